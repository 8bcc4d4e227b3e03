package events

import "strings"

// rule says when a word triggers an event of a type.
type rule struct {
	typ string
	// with lists lemmas one of which must follow within `within` tokens
	// ("cut" needs "ties" or "relations").
	with   []string
	within int
	// particle must follow within three tokens ("take ... in", "set up").
	particle string
	// toPlace requires a place after "to" or "into" within four tokens
	// ("moved to Iraq", but not "moved from deterrence to suppression").
	toPlace bool
	// org requires the patient (object, or subject when passive) to be an
	// organisation: "founded a party", not "found a solution".
	org bool
	// notBefore lists lemmas that, right after the trigger, cancel it
	// ("agree to", "take part").
	notBefore []string
	// orElse is the type to use instead when the org condition fails:
	// "bought 20 aircraft" is a purchase, "bought the airline" an
	// acquisition.
	orElse string
	// notInfinitive cancels the trigger when "to" follows it: "agreed to
	// take them in" is not an agreement; "X signed to Y" is not a treaty.
	notInfinitive bool
	// countable requires a number or a word for goods within three words
	// ("ordered 20 aircraft", "ordered new jets").
	countable bool
	// prev lists words one of which must come right before the trigger
	// ("general strike", "drone strike").
	prev []string
	// person requires the agent to be a person: "the president flew to
	// Kyiv", not "the airline keeps flying to Kirkwall".
	person bool
	// personSubject requires the trigger's subject to be a named person
	// when the trigger is found: "Felix Nwankwo disappeared", "He married
	// the singer Almaz Wolde"; not "3,400 people were killed or
	// disappeared" (whose date is then left to the killing), "the plane
	// disappeared from radar", "CEC has married speech technology with
	// search".
	personSubject bool
	// without lists lemmas none of which may follow within `within` tokens
	// ("ordered to pay a fine", not "ordered to pay compensation").
	without []string
	// subject lists nouns one of which must be the trigger's subject
	// ("the dam collapsed", not "the talks collapsed").
	subject []string
	// notObject lists nouns that, after a determiner right after the
	// trigger, cancel it: "who has ruled the country since 2008" governed.
	notObject []string
	// active requires the trigger not to be passive: "was received with
	// military honours" is a welcome, not an award received.
	active bool
	// passive requires the trigger to be a passive participle: "Radu
	// Mitrescu was charged in January" (not "he charged that").
	passive bool
	// afterShares requires a company named right before the trigger and a
	// word for shares earlier in the sentence: "Shares in Aramco rose
	// 3.1%, while ADNOC Drilling fell 2.4%".
	afterShares bool
	// undergone makes the subject of the active verb the patient: "X lost
	// office", "Lithuania's coalition collapsed", "X went on trial".
	undergone bool
	// notAfterDeterminer cancels a participle right after an article, an
	// adjective: "a retired teacher" (not "have all retired").
	notAfterDeterminer bool
	// personObject requires a named person right after the trigger (past
	// a title): "suspended Hassan El-Masri", not "suspended trading".
	personObject bool
	// notSubject lists nouns none of which may be the trigger's subject
	// ("shares crash" is no accident).
	notSubject []string
}

// diseases are what breaks out in an epidemic.
var diseases = []string{"cholera", "ebola", "measles", "marburg", "mpox", "plague", "dengue", "virus", "disease", "flu",
	"influenza", "covid-19", "polio", "typhoid", "diphtheria", "meningitis", "malaria", "yellow"}

// prisonNouns are what inmates escape from.
var prisonNouns = []string{"prison", "prisons", "jail", "jails", "penitentiary", "custody", "detention", "cell", "cells", "gaol",
	"custodial", "correctional"}

// captorNouns are those a hostage escapes from: "escaped from his
// captors".
var captorNouns = []string{"captor", "captors", "kidnapper", "kidnappers", "abductor", "abductors", "captivity"}

// computerNouns are what hackers break into.
var computerNouns = []string{"network", "networks", "system", "systems", "server", "servers", "computer", "computers",
	"database", "databases", "account", "accounts", "email", "emails", "e-mail"}

// premisesNouns are what burglars break into.
var premisesNouns = []string{"home", "homes", "house", "houses", "museum", "shop", "shops", "store", "stores", "office",
	"offices", "flat", "apartment", "warehouse", "vault", "bank", "gallery", "church", "school", "car", "cars"}

// seizedPeople are the people whose seizing is an abduction.
var seizedPeople = []string{"worker", "workers", "hostage", "hostages", "tourist", "tourists", "journalist", "journalists",
	"people", "civilians", "villagers", "passengers", "nationals", "citizens", "students", "schoolgirls", "schoolchildren",
	"children", "women", "missionaries", "engineers", "employees", "foreigners", "crew"}

// envoyNouns are the diplomats a state summons.
var envoyNouns = []string{"ambassador", "ambassadors", "envoy", "envoys", "chargé", "charge", "diplomat", "diplomats", "emissary", "representative", "consul", "nuncio", "commissioner"}

// appealForHelp follow an appeal that asks the public, not a court: "launched
// an appeal for witnesses".
var appealForHelp = []string{"for", "public", "donations", "witnesses", "information", "help", "funds"}

// notExpelled are those ordered out of a place who are not expelled from a
// country: troops withdrawn, staff evacuated.
var notExpelled = []string{"troop", "troops", "force", "forces", "soldier", "soldiers", "staff", "personnel", "resident",
	"residents", "citizen", "citizens", "national", "nationals", "employee", "employees", "worker", "workers", "building", "area", "zone"}

// identified are those the police or the press name, not appoint.
var identified = []string{"victim", "victims", "suspect", "suspects", "deceased", "dead", "gunman", "gunmen", "attacker",
	"attackers", "killer", "bomber", "assailant", "assailants", "body", "bodies", "perpetrator"}

// strikers are the workers who strike or walk out: "Pilots first struck in
// September 2022".
var strikers = []string{"worker", "workers", "pilot", "pilots", "nurse", "nurses", "doctor", "doctors", "teacher", "teachers",
	"driver", "drivers", "miner", "miners", "docker", "dockers", "employee", "employees", "staff", "crew", "crews",
	"controller", "controllers", "attendant", "attendants", "guard", "guards", "union", "unions", "members"}

// swapped are the people two sides exchange: "exchanged two convicted
// spies", "a prisoner swap".
var swapped = []string{"detainee", "prisoner", "captive", "hostage", "pow", "pows", "spy", "spies", "agent", "convict", "inmate"}

// restituted are the objects a museum or state returns to their owners:
// "returned more than 1,100 Benin Bronzes", "handed back 119 bronzes".
var restituted = []string{"artefact", "artefacts", "artifact", "artifacts", "bronze", "bronzes", "antiquity", "antiquities",
	"artwork", "artworks", "treasure", "treasures", "relic", "relics", "manuscript", "manuscripts", "sculpture", "sculptures",
	"skull", "skulls", "remains", "object", "objects", "painting", "paintings", "statue", "statues", "mask", "masks", "heritage", "loot"}

// policyNouns are what a government unveils: no product.
var policyNouns = []string{"reform", "reforms", "plan", "plans", "budget", "proposal", "proposals", "policy", "strategy", "measures",
	"package", "programme", "program", "bill", "law", "agenda", "manifesto", "cabinet", "roadmap", "blueprint", "overhaul", "scheme"}

// stockMove is the rule of a verb of rising or falling whose subject is a
// company's shares and a percentage follows: "Shares in Hallworth fell
// 18%".
var stockMove = rule{typ: "stock_move", subject: shareNouns, with: []string{"%", "percent", "per", "pct"}, within: 5}

// companyMove is a company's own move in a sentence about shares.
var companyMove = rule{typ: "stock_move", afterShares: true, with: []string{"%", "percent", "per", "pct"}, within: 3}

// shareNouns are a company's shares, whose sharp moves are news.
// (Not "market share".)
var shareNouns = []string{"shares", "stock", "stocks"}

// marketNouns are what falls in a market crash, not a vehicle.
var marketNouns = []string{"share", "shares", "stock", "stocks", "market", "markets", "price", "prices", "index", "bourse", "currency", "bitcoin", "crypto"}

// talksNouns are negotiations that break down or are broken off.
var talksNouns = []string{"talks", "negotiations", "negotiation", "dialogue"}

// notJobCuts are what is cut for workers, not workers cut: "cut income
// taxes for workers under 30".
var notJobCuts = []string{"tax", "taxes", "price", "prices", "rate", "rates", "cost", "costs", "wage", "wages", "pay", "salary", "salaries", "hours", "fee", "fees", "for"}

// jobNouns are what a company cuts in a layoff.
// fugitives are those caught again after an escape.
var fugitives = []string{"escapee", "escapees", "fugitive", "fugitives", "inmate", "inmates", "prisoner", "prisoners", "convict", "convicts"}

// seizedProperty are the goods authorities seize from their owner.
var seizedProperty = []string{"farm", "house", "home", "property", "asset", "land", "vehicle", "car", "cash", "account",
	"share", "villa", "mansion", "yacht", "jet", "apartment", "flat", "building", "estate", "passport", "document", "computer",
	"phone", "equipment", "goods", "fund", "money", "cocaine", "heroin", "drug", "weapon", "arms", "ammunition", "contraband",
	"gold", "ivory", "cigarette", "fuel", "tonne", "ton", "kilogram", "kilo", "rifle", "gun", "pistol", "explosive",
	"mine", "refinery", "oilfield", "factory", "plant"}

// reliefSent are what a state sends when it sends help.
var reliefSent = []string{"aid", "assistance", "relief", "supplies", "rescuer", "rescue", "medic", "doctor", "tent", "blanket", "medicine", "food"}

// rateNouns are what a central bank raises or cuts.
var rateNouns = []string{"rate", "rates", "borrowing"}

var jobNouns = []string{"job", "jobs", "post", "posts", "position", "positions", "worker", "workers", "staff", "employee", "employees", "role", "roles", "workforce"}

// blastSites are the words around a physical explosion, one of which must
// follow the noun: what it hit or did ("an explosion at a plastics plant",
// "the blast killed five", "happened shortly before 11 p.m."), not "the
// explosion in consumer technology".
var blastSites = []string{"plant", "factory", "mine", "depot", "site", "facility", "refinery", "warehouse", "pipeline", "park",
	"port", "station", "building", "tower", "reactor", "kill", "injure", "wound", "tear", "rip", "rock", "destroy", "damage",
	"happen", "occur", "level", "flatten", "hit", "shake", "dead", "killed", "injured", "tore", "ripped", "rocked", "happened", "occurred"}

// tariffNouns are what a state imposes on goods in a tariff.
var tariffNouns = []string{"tariff", "tariffs", "duty", "duties", "levy", "levies"}

// stormNouns are what hits a coast in a disaster.
var stormNouns = []string{"cyclone", "hurricane", "typhoon", "storm", "earthquake", "quake", "tsunami", "floods", "flood", "wildfire", "tornado",
	"avalanche", "landslide", "mudslide", "landslip", "rockfall", "blizzard", "eruption"}

// truces are what takes effect in a ceasefire.
var truces = []string{"ceasefire", "cease-fire", "truce", "armistice"}

// explosives are what goes off in an attack.
var explosives = []string{"bomb", "device", "explosive", "explosives", "grenade", "mine", "landmine", "shell", "rocket",
	"missile", "car", "truck", "vest", "bus", "parcel"}

// structures are things built whose failure is a disaster.
var structures = []string{"dam", "bridge", "building", "mine", "tunnel", "stadium", "tower", "roof", "hotel", "factory",
	"school", "embankment", "levee", "dyke", "dike", "wall", "block", "ceiling", "crane", "complex", "reservoir", "pit",
	"shaft", "overpass", "flyover", "mall"}

// recalledGoods are what a maker recalls: "recalled about 400,000 cars".
var recalledGoods = []string{"car", "vehicle", "product", "unit", "device", "phone", "battery", "model", "medicine", "drug",
	"vaccine", "food", "toy", "appliance", "truck", "laptop", "charger", "airbag", "batch", "lot", "pack", "packet",
	"package", "bottle", "box", "tablet", "pill", "jar", "dose", "inhaler", "heater", "stroller", "tyre", "tire", "bike",
	"pump", "monitor", "cooker", "kettle", "seat"}

// goods are things bought and delivered by the unit.
var goods = map[string]bool{
	"aircraft": true, "airliner": true, "jet": true, "plane": true, "helicopter": true, "ship": true,
	"vessel": true, "tank": true, "missile": true, "submarine": true, "train": true, "truck": true,
	"vehicle": true, "vaccine": true, "dose": true, "unit": true, "engine": true, "satellite": true,
	"frigate": true, "drone": true, "rocket": true, "bus": true, "car": true, "turbine": true,
}

var verbRules = map[string][]rule{
	// "found them guilty" is a verdict, "found a party" a founding.
	// "were found dead": a death.
	// "found they could not open the records", "found that": the past of
	// "find" before a clause founds nothing.
	"found": {{typ: "trial", with: []string{"guilty"}, within: 5}, {typ: "death", with: []string{"dead"}, within: 2},
		{typ: "founding", org: true, notBefore: []string{"that", "they", "he", "she", "it", "we", "i", "you", "themselves", "himself", "herself", "itself", "no", "nothing", "evidence", "out"}}},
	"establish": {{typ: "founding", org: true}},
	// "Forward Together, which had been registered quietly in April", "the
	// company was incorporated in Delaware in 1998": a body comes into
	// legal being (not "registered voters", "registered a profit").
	"register":    {{typ: "founding", org: true, passive: true}},
	"incorporate": {{typ: "founding", org: true, passive: true}},
	// "formed a party"; not "form a government" (a cabinet is formed, not
	// founded).
	// "formed an alliance with the Patriotic Front": two parties agree.
	"form": {{typ: "agreement", with: []string{"alliance", "partnership", "pact"}, within: 3, without: []string{"government", "cabinet"}},
		{typ: "founding", org: true, without: []string{"government", "cabinet"}, within: 3}},
	"create": {{typ: "founding", org: true}},
	// (Not "unveiled the reform", a policy announced.)
	"unveil":    {{typ: "product_launch", without: append([]string{"tomb", "tombs", "statue", "statues", "monument", "memorial", "plaque", "mural", "sculpture", "portrait", "mummy", "discovery", "remains"}, policyNouns...), within: 3}},
	"introduce": {{typ: "product_launch", notBefore: []string{"legislation", "a", "the", "new"}}},
	"deliver":   {{typ: "delivery"}},
	// "ordered six diplomats to leave" is an expulsion, "ordered 20
	// aircraft" a purchase, "ordered an inquiry" neither.
	// "ordered the bank to pay $40 million" is a fine; "to pay $40 million
	// in compensation" is not.
	// "ordered 15 Russian officials out of the country"; not "ordered
	// its troops out of Syria", a withdrawal, nor "ordered staff out of
	// the building".
	"order": {{typ: "expulsion", with: []string{"leave"}, within: 8}, {typ: "expulsion", with: []string{"out"}, within: 6, without: notExpelled}, {typ: "fine", with: []string{"pay"}, within: 6, without: []string{"compensation", "damage", "damages", "cost", "costs", "back", "wage", "wages", "salary", "salaries", "reparation", "reparations", "restitution"}}, {typ: "purchase", notBefore: []string{"the", "that", "a", "an", "its", "his", "her", "their", "to", "in", "on", "by"}, countable: true}, {typ: "ruling", with: []string{"damages", "compensation", "reparations", "restitution"}, within: 6}},
	// "set fire to the cathedral": arson.
	"set":       {{typ: "founding", particle: "up", org: true}, {typ: "attack", with: []string{"fire"}, within: 1}},
	"co-found":  {{typ: "founding"}},
	"bear":      {{typ: "founding", org: true}}, // "the company was born in 1929"
	"dissolve":  {{typ: "dissolution", org: true}},
	"disband":   {{typ: "dissolution"}},
	"designate": {{typ: "designation"}},
	// "classified the group as a terrorist organisation".
	"classify": {{typ: "designation", with: []string{"terrorist", "terror", "extremist"}, within: 8}},
	"brand":    {{typ: "designation", with: []string{"terrorist", "terror", "extremist"}, within: 8}},
	// "Iswap split from Boko Haram in 2016", "broke away from".
	"split": {{typ: "founding", with: []string{"from"}, within: 2}},
	// "Armenia and Azerbaijan exchanged 32 detainees".
	"exchange": {{typ: "release", with: swapped, within: 4},
		{typ: "attack", with: []string{"fire", "gunfire", "shots", "shellfire", "blows"}, within: 2}},
	"swap": {{typ: "release", with: swapped, within: 4}},
	// "Blazes burned 40 homes in Evia"
	"burn": {{typ: "disaster", subject: fireNouns}},
	// "A fire tore through the cathedral", "Fire gutted the school",
	// "a blaze destroyed the museum".
	"tear":      {{typ: "disaster", particle: "through", subject: fireNouns}},
	"gut":       {{typ: "disaster", subject: fireNouns}},
	"destroy":   {{typ: "disaster", subject: fireNouns}},
	"ravage":    {{typ: "disaster", subject: fireNouns}},
	"engulf":    {{typ: "disaster", subject: fireNouns}},
	"blacklist": {{typ: "designation"}},
	"list":      {{typ: "designation", with: []string{"terrorist", "terror", "sanctions", "blacklist"}, within: 6}},
	"add":       {{typ: "designation", with: []string{"list", "blacklist", "register", "registry", "listing"}, within: 8}},
	"liquidate": {{typ: "dissolution", org: true}},
	// "shut its last reactor", "closed the plant": a facility closes; "shut
	// down the firm", "closed the bank": the organisation is dissolved.
	"shut":   {{typ: "diplomatic_break", with: []string{"embassy", "consulate", "mission"}, within: 3}, {typ: "closure", with: facilityNouns, within: 5}, {typ: "dissolution", particle: "down", org: true}},
	"close":  {{typ: "diplomatic_break", with: []string{"embassy", "consulate", "mission"}, within: 3}, {typ: "closure", with: facilityNouns, within: 5}, {typ: "dissolution", org: true}},
	"switch": {{typ: "closure", particle: "off", with: facilityNouns, within: 6}},
	// "Armenia and Turkey reopened their land border", "reopened the
	// mine".
	"reopen": {{typ: "diplomatic_restoration", with: []string{"embassy", "consulate", "mission"}, within: 3}, {typ: "reopening", with: facilityNouns, within: 5},
		// "closed its border in 2014 and reopened parts of it last year".
		{typ: "reopening", with: []string{"parts", "part", "sections"}, within: 2}},
	"recall": {{typ: "diplomatic_break", with: []string{"ambassador", "envoy"}, within: 3},
		{typ: "recall", with: recalledGoods, within: 5}},
	// "The Security Council voted on Thursday to extend the mission",
	// "Russia vetoed the draft", "China abstained"; "parliament passed
	// the bill".
	"vote": {{typ: "vote", with: []string{"to", "for", "against", "on", "unanimously", "overwhelmingly"}, within: 4}},
	// "lost office in 2016", "lost power": a post taken away (not "lost
	// power to the grid", which has no person losing it).
	"lose": {{typ: "vote", with: []string{"vote", "ballot", "motion"}, within: 4}, {typ: "dismissal", with: []string{"office", "power", "premiership", "presidency", "throne"}, within: 2, personSubject: true, undergone: true}},
	// "Elections are scheduled for March 2027", "talks are scheduled for
	// Monday": what is scheduled is typed by its subject.
	"schedule": {{typ: "election", subject: []string{"election", "elections", "referendum", "poll", "polls", "runoff", "run-off", "primary", "primaries", "vote"}},
		{typ: "meeting", subject: []string{"talks", "summit", "meeting", "negotiations"}}},
	// "vetoed the merger", "blocked Helvion's takeover of Arventa": a
	// regulator refuses its approval (negative).
	"veto":    {{typ: "approval", with: dealNouns, within: 6}, {typ: "vote"}},
	"block":   {{typ: "approval", with: dealNouns, within: 6}},
	"abstain": {{typ: "vote"}},
	"pass":    {{typ: "vote", with: []string{"law", "bill", "resolution", "motion", "amendment", "budget", "legislation", "act", "reform", "measure", "overhaul", "package", "treaty"}, within: 4}},
	// "recommended approval of a new vaccine", "recommended it for
	// approval".
	"recommend": {{typ: "approval", with: []string{"approval", "authorisation", "authorization", "licensing"}, within: 4}},
	// "spoke by phone with Faye on Thursday".
	"speak": {{typ: "meeting", with: []string{"phone", "telephone", "videolink", "video"}, within: 3}},
	// "reduced its workforce in Cologne by 2,900".
	"reduce": {{typ: "layoff", with: []string{"workforce", "headcount", "staff"}, within: 3}},
	"put":    {{typ: "designation", with: []string{"list", "blacklist"}, within: 8}},
	// "was placed under US sanctions in 2021".
	"place": {{typ: "designation", with: []string{"list", "blacklist"}, within: 8}, {typ: "arrest", with: []string{"detention", "custody"}, within: 5},
		{typ: "sanction", with: []string{"sanction", "sanctions"}, within: 4}},
	"host":   {{typ: "relocation", org: true}},
	"admit":  {{typ: "relocation", org: true, toPlace: true}},
	"label":  {{typ: "designation", with: []string{"terrorist", "terror"}, within: 5}},
	"delist": {{typ: "delisting"}},
	// "annulled the decision to keep Hamas on the list", "strikes Hamas
	// from terror list", "was returned to the list of state sponsors".
	"annul": {{typ: "delisting", with: []string{"list", "listing", "designation", "blacklist", "proscription"}, within: 20}, {typ: "ban_lifted", with: []string{"ban"}, within: 6}, {typ: "ruling", with: []string{"conviction", "sentence", "election", "vote", "referendum", "result", "decision", "law", "verdict"}, within: 4}},
	"strike": {{typ: "delisting", with: []string{"list", "blacklist"}, within: 6, notBefore: []string{"a", "an", "deal", "agreement"}},
		// "Pilots first struck in September 2022": workers strike (not
		// "struck a deal", "struck the bus").
		{typ: "protest", subject: strikers, notBefore: []string{"a", "an", "the", "deal", "agreement", "down", "out", "back", "off"}},
		// "The tanker struck rocks off Faro": a vessel wrecked.
		{typ: "crash", with: []string{"rocks", "rock", "reef", "iceberg", "sandbank"}, within: 2},
		// "Famine struck parts of Unity state", "the earthquake struck".
		{typ: "disaster", subject: append([]string{"famine", "drought", "fire"}, stormNouns...)},
		// "the court struck down the law".
		{typ: "ruling", particle: "down", with: []string{"law", "ban", "rule", "decree", "legislation", "measure", "provision", "act", "amendment", "ordinance", "statute"}, within: 6}},
	// "returned home in 2023" from exile, as "returned to Tehran".
	// "returned to power in January 2025", "returned to office".
	"return": {{typ: "restitution", with: restituted, within: 6}, {typ: "appointment", with: []string{"power", "office"}, within: 2, notBefore: []string{"home"}}, {typ: "designation", with: []string{"list", "blacklist"}, within: 6}, {typ: "relocation", toPlace: true}, {typ: "relocation", with: []string{"home"}, within: 1, person: true}},
	// "captured the rebel leader" is an arrest, "captured the town" a
	// capture (frame tells them apart by the object's type).
	"capture": {{typ: "arrest"}},
	// "Police recaptured 61 of the escapees": fugitives caught again.
	"recapture": {{typ: "arrest", with: fugitives, within: 4}, {typ: "capture"}},
	"retake":    {{typ: "capture"}},
	"overrun":   {{typ: "capture"}},
	// "removed PDVSA and four of its subsidiaries from its list".
	// "removed her from office", "removed Anna Berg as chair".
	"remove": {{typ: "delisting", with: []string{"list", "blacklist"}, within: 12}, {typ: "ban_lifted", with: []string{"ban", "proscription"}, within: 3}, {typ: "dismissal", with: []string{"office", "post", "position"}, within: 6}, {typ: "overthrow", with: []string{"power"}, within: 6},
		{typ: "dismissal", with: append([]string{"board", "post", "position", "job", "role"}, officeNouns...), within: 6}},
	// "reversed a ban on the party", "overturned the designation".
	"reverse":  {{typ: "ban_lifted", with: []string{"ban", "proscription"}, within: 3}, {typ: "delisting", with: []string{"designation", "listing"}, within: 3}, {typ: "sanction_lifted", with: []string{"sanction", "embargo"}, within: 3}},
	"overturn": {{typ: "ban_lifted", with: []string{"ban", "proscription"}, within: 3}, {typ: "delisting", with: []string{"designation", "listing"}, within: 3}, {typ: "ruling", with: []string{"appeal", "conviction", "verdict", "ruling", "decision", "sentence"}, within: 4}},
	"quash": {{typ: "ban_lifted", with: []string{"ban", "proscription"}, within: 3}, {typ: "delisting", with: []string{"designation", "listing"}, within: 3},
		{typ: "ruling", with: []string{"appeal", "conviction", "convictions", "verdict", "ruling", "decision", "sentence", "charges", "charge", "indictment"}, within: 4}},
	// "revoked the company's mining licence": its activity banned.
	"revoke": {{typ: "delisting", with: []string{"designation", "listing"}, within: 4}, {typ: "ban_lifted", with: []string{"ban"}, within: 4},
		{typ: "ban", with: []string{"licence", "license", "permit", "concession", "accreditation", "registration"}, within: 5}},
	// "dropped its bid for Arm", "abandoned the takeover": a buyer
	// withdraws from a deal.
	"drop":      {stockMove, {typ: "delisting", with: []string{"list", "blacklist"}, within: 8}, {typ: "withdrawal", with: dealNouns, within: 6}},
	"abandon":   {{typ: "withdrawal", with: dealNouns, within: 6}},
	"scrap":     {{typ: "withdrawal", with: dealNouns, within: 6}},
	"ban":       {{typ: "ban"}},
	"outlaw":    {{typ: "ban"}},
	"proscribe": {{typ: "ban"}},
	"prohibit":  {{typ: "approval", with: dealNouns, within: 6}, {typ: "ban", org: true}},
	"sanction":  {{typ: "sanction"}},
	// "imposed a travel ban and asset freeze on", "imposed a penalty of
	// 25 million pesos on".
	"impose": {{typ: "sanction", with: []string{"sanction", "embargo", "freeze"}, within: 6}, {typ: "fine", with: []string{"penalty", "fine"}, within: 3}, {typ: "tariff", with: tariffNouns, within: 6}, {typ: "emergency", with: []string{"curfew", "lockdown", "emergency"}, within: 5}},
	// "slapped 25% tariffs on Canadian steel".
	"slap": {{typ: "tariff", with: tariffNouns, within: 6}},
	// "ordered Nusantara Air to ground its remaining aircraft": a flying
	// ban.
	"ground": {{typ: "ban", with: []string{"aircraft", "fleet", "plane", "planes", "jet", "jets", "airliner", "airliners", "flight", "flights", "helicopter", "helicopters"}, within: 6}},
	// "Felix Nwankwo disappeared in 2014".
	"disappear": {{typ: "disappearance", personSubject: true}},
	// "The jet plunged into the Java Sea".
	"plunge": {stockMove, {typ: "crash", with: []string{"sea", "river", "ocean", "ravine", "gorge", "lake", "water", "valley", "canal"}, within: 4}},
	// "reimposed them six months later": sanctions are what is reimposed
	// in news, restrictions and tariffs aside.
	"reimpose":  {{typ: "sanction", with: []string{"sanction", "embargo", "them"}, within: 5}},
	"reinstate": {{typ: "sanction", with: []string{"sanction", "embargo"}, within: 5}, {typ: "appointment"}},
	"reappoint": {{typ: "appointment"}},
	// "Hundreds of supporters gathered outside the court"
	// (not "thousands of people gathered in the square", who may be
	// celebrating or mourning)
	"gather": {{typ: "protest", subject: []string{"protester", "protesters", "demonstrator", "demonstrators", "supporters", "activists"}}},
	// "Cyclone Kenneth hit Cabo Delgado in April 2019"
	"hit": {{typ: "disaster", subject: stormNouns}},
	// "A coast guard vessel rammed a supply boat"
	"ram": {{typ: "attack", with: []string{"boat", "ship", "vessel", "car", "vehicle", "truck", "barrier", "gate", "crowd"}, within: 4}},
	// "was barred from running", "barred the party from contesting".
	"bar":      {{typ: "ban", with: []string{"from"}, within: 4}},
	"lift":     {{typ: "sanction_lifted", with: []string{"sanction", "embargo"}, within: 5}, {typ: "ban_lifted", with: []string{"ban"}, within: 4}},
	"ease":     {{typ: "sanction_lifted", with: []string{"sanction", "embargo"}, within: 4}},
	"relocate": {{typ: "relocation"}},
	"move":     {{typ: "relocation", toPlace: true}},
	"transfer": {{typ: "relocation", toPlace: true}},
	"resettle": {{typ: "relocation"}},
	// "taking 130 workers hostage", "took two aid workers captive".
	// "Bainimarama took power in a coup in 2006": an overthrow, however
	// the taker is named.
	"take": {{typ: "overthrow", with: []string{"coup", "putsch"}, within: 5, notInfinitive: true, notBefore: []string{"office", "part", "charge"}}, {typ: "abduction", with: []string{"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}, within: 6}, {typ: "relocation", particle: "in", notBefore: []string{"part", "place", "over", "up", "control", "power", "action", "office"}},
		// "took over the airline" is an acquisition, "took over in
		// January", "took over from Juan Perez" an appointment; "took over
		// Mopani Copper Mines from Glencore" still an acquisition.
		{typ: "acquisition", particle: "over", org: true, orElse: "appointment"}, {typ: "delisting", particle: "off", with: []string{"list", "blacklist"}, within: 8},
		// "Soldiers took power in Mali in 2020": a coup, not an inauguration.
		{typ: "overthrow", with: []string{"power"}, within: 1, subject: militaryNouns},
		{typ: "appointment", with: []string{"office", "power"}, within: 1},
		// "will take charge for the remaining matches": a post taken.
		{typ: "appointment", with: []string{"charge"}, within: 1, person: true},
		// "A ceasefire took effect on Sunday".
		{typ: "ceasefire", with: []string{"effect", "hold"}, within: 1, subject: truces},
		// "took control of the town of Kassala": a capture.
		{typ: "capture", with: []string{"control"}, within: 2},
		// "took silver at the Olympic Games", "took the title".
		{typ: "award", with: []string{"gold", "silver", "bronze", "title", "medal"}, within: 2}},
	"reconcile": {{typ: "diplomatic_restoration"}},
	// "Katrin Albers turned herself in two days later", "surrendered to
	// police in Lyon": the one who gives up goes into custody.
	"turn":      {{typ: "arrest", particle: "in", with: []string{"himself", "herself", "themselves"}, within: 1, undergone: true}},
	"surrender": {{typ: "arrest", with: []string{"police", "authorities", "prosecutors", "investigators", "court", "tribunal"}, within: 3, undergone: true, active: true}},
	"storm":     {{typ: "attack"}},
	// "gave up the throne in 1997": an abdication.
	"give": {{typ: "restitution", particle: "back", with: restituted, within: 6}, {typ: "expulsion", with: []string{"leave"}, within: 8}, {typ: "disaster", with: []string{"way"}, within: 1, subject: structures},
		{typ: "resignation", particle: "up", with: []string{"throne", "crown", "power", "presidency", "premiership", "post", "leadership", "seat"}, within: 4}},
	// "Hun Sen handed the premiership to his son".
	// "handed back 119 bronzes to Nigeria", "returned the Benin Bronzes".
	"hand": {{typ: "restitution", particle: "back", with: restituted, within: 6}, {typ: "appointment", with: []string{"premiership", "presidency", "power", "leadership", "reins", "throne", "crown", "post", "job", "role"}, within: 3}},
	// "A bomb hidden in a bag exploded at the bus terminal".
	// "A gas pipeline exploded near Multan": an accident.
	"explode":  {{typ: "attack", subject: explosives}, {typ: "disaster", subject: []string{"pipeline", "tanker", "boiler", "reactor", "depot", "cylinder", "plant", "factory", "refinery", "warehouse"}}},
	"detonate": {{typ: "attack"}},
	// "the tailings dam collapsed", "a levee burst".
	// "His governing coalition collapsed on Tuesday": a government's end.
	"collapse": {{typ: "disaster", subject: structures}, {typ: "dissolution", subject: []string{"coalition", "government", "cabinet", "alliance", "bloc"}, undergone: true},
		{typ: "talks_collapse", subject: talksNouns}},
	// "Thieves stole three drawings from the National Gallery", "robbed a
	// bank", "burgled the house".
	// (Not "the election was stolen through fraud".)
	"repatriate": {{typ: "restitution", with: restituted, within: 6}},
	// "Shares in Hallworth fell 18% on Tuesday", "Veltrix shares soared 40
	// percent".
	"fall":      {stockMove, companyMove},
	"plummet":   {stockMove},
	"slump":     {stockMove, companyMove},
	"tumble":    {stockMove, companyMove},
	"slide":     {stockMove, companyMove},
	"dive":      {stockMove},
	"soar":      {stockMove, companyMove},
	"surge":     {stockMove},
	"jump":      {stockMove, companyMove},
	"rise":      {stockMove, companyMove},
	"climb":     {stockMove, companyMove},
	"restitute": {{typ: "restitution"}},
	"steal":     {{typ: "theft", notSubject: []string{"election", "elections", "vote", "votes", "ballot", "victory", "mandate", "presidency", "show", "limelight"}, without: []string{"election", "elections", "vote", "votes", "victory", "show"}, within: 3}},
	"rob":       {{typ: "theft"}},
	"burgle":    {{typ: "theft"}},
	// "The Brazilian delegation walked out of the talks"; not workers
	// walking out (a strike).
	"walk": {{typ: "talks_collapse", particle: "out", with: talksNouns, within: 5},
		// "John Banda walked out of prison on Friday": freed.
		{typ: "release", particle: "out", with: prisonNouns, within: 4},
		// "Pilots walked off the job on Tuesday", "nurses walked out".
		{typ: "protest", particle: "off", with: []string{"job", "jobs", "work"}, within: 3},
		{typ: "protest", particle: "out", subject: strikers}},
	"halt": {{typ: "talks_collapse", with: talksNouns, within: 3}},
	"fail": {{typ: "talks_collapse", subject: talksNouns}},
	// "Moody's downgraded Kenya's sovereign rating to Caa2".
	"downgrade": {{typ: "rating_change", with: []string{"rating", "ratings", "outlook", "debt", "bonds"}, within: 5}},
	"upgrade":   {{typ: "rating_change", with: []string{"rating", "ratings", "outlook", "debt", "bonds"}, within: 5}},
	// "published stolen patient data on a leak site".
	"leak":    {{typ: "disclosure", with: []string{"data", "documents", "files", "emails", "records", "details", "information", "recordings"}, within: 4, notBefore: []string{"by"}}},
	"publish": {{typ: "disclosure", with: []string{"data", "documents", "files", "emails", "records", "recordings"}, within: 4, notBefore: []string{"by"}}},
	"burst":   {{typ: "disaster", subject: structures}},
	// "promoted him to colonel".
	// (not "promoted to the Premier League", a club's)
	"promote": {{typ: "appointment", with: []string{"to"}, within: 5, without: []string{"league", "division", "championship", "bundesliga", "serie", "liga", "tier", "flight"}}},
	// "sold its phone business", "sell a stake": not "sell 10,000 cars".
	"sell":   {{typ: "divestiture", org: true, orElse: "sale"}},
	"divest": {{typ: "divestiture"}},
	// "replaced Peter Holm as chief executive"; "Mbadi was replaced by
	// Njoroge": one person replacing another.
	"replace": {{typ: "appointment", with: []string{"as"}, within: 6}, {typ: "appointment", person: true}},
	"succeed": {{typ: "appointment", notBefore: []string{"in", ".", ",", "and"}}},
	// "became the EU's foreign policy chief".
	"become": {{typ: "appointment", with: officeNouns, within: 6}},
	"shoot":  {{typ: "killing", with: []string{"dead"}, within: 2}},
	"swear":  {{typ: "appointment", particle: "in"}},
	// "was inaugurated as president"; not "the dam was inaugurated by
	// the president", a structure opened.
	"inaugurate": {{typ: "appointment", notSubject: append([]string{"plant", "station", "road", "line", "airport", "port", "museum", "hospital", "railway", "pipeline", "terminal", "factory", "building"}, structures...)}},
	"crown":      {{typ: "appointment"}},
	"ordain":     {{typ: "appointment"}},
	"run":        {{typ: "crash", with: []string{"aground"}, within: 2}},
	"enthrone":   {{typ: "appointment"}},
	"consecrate": {{typ: "appointment"}},
	"abdicate":   {{typ: "resignation"}},
	// "dismissed its chief executive", "fired the coach", "sacked".
	"dismiss": {{typ: "ruling", with: []string{"appeal", "lawsuit", "petition"}, within: 4}, {typ: "dismissal"}},
	// "fired tear gas at protesters", "fired rockets at the base".
	"fire": {{typ: "attack", with: []string{"tear", "teargas", "rocket", "missile", "shot", "bullet", "shell", "mortar", "drone", "gas"}, within: 2},
		{typ: "dismissal", notBefore: []string{"at", "on", "into", "rockets", "missiles", "shots", "back"}}},
	"sack":   {{typ: "dismissal"}},
	"pardon": {{typ: "pardon"}},
	"kidnap": {{typ: "abduction"}},
	"abduct": {{typ: "abduction"}},
	"raid":   {{typ: "raid"}},
	"poison": {{typ: "attack"}},
	// "Harwell Group shares crash 38%": a market falls.
	"crash": {stockMove, {typ: "crash", notSubject: marketNouns}},
	// "the boat capsized off Lampedusa", "the ferry sank".
	"capsize": {{typ: "crash"}},
	"sink":    {stockMove, {typ: "crash", notBefore: []string{"into", "to", "in"}}},
	// "seized a Greek-managed oil tanker", "hijacked a bulk carrier".
	"hijack":     {{typ: "seizure"}},
	"confiscate": {{typ: "seizure"}},
	// "was awarded the Nobel Peace Prize"; "awarded a contract" is none.
	"award": {{typ: "award", with: []string{"prize", "medal", "award", "honour", "honor", "order"}, within: 6}},
	// "rejected his appeal", "dismissed the appeal": a court's ruling.
	// "Voters in Slovenia rejected plans for a second reactor": a vote.
	"reject": {{typ: "vote", subject: voterNouns}, {typ: "ruling", with: []string{"appeal", "petition", "challenge", "lawsuit", "case"}, within: 4},
		// "rejected the charges": a denial, said.
		{typ: "statement", with: []string{"charge", "allegation", "accusation", "claim", "report", "criticism"}, within: 4}},
	"deny":  {{typ: "statement", notBefore: []string{"access", "entry", "bail", "visas", "permission"}}},
	"blame": {{typ: "statement"}},
	// "warned that the outbreak could spread", "warned of reprisals".
	"warn": {{typ: "statement", with: []string{"that", "of", "against", ":", "\"", "“", ","}, within: 3}},
	// Not "a national accused of running a network": a participle.
	"accuse": {{typ: "statement", notBefore: []string{"of"}}},
	"uphold": {{typ: "ruling", with: []string{"conviction", "sentence", "ruling", "verdict", "decision", "ban", "appeal", "fine", "penalty", "order", "judgment", "judgement"}, within: 7}},
	// "met Ribera in Brussels", "met with the president".
	// ("whether the commission's conditions were met": a passive
	// meets nothing.)
	"meet": {{typ: "meeting", active: true, notBefore: []string{"expectations", "demands", "targets", "criteria", "requirements", "deadline"},
		// "would meet the EU's 3% deficit limit" is no meeting.
		without: []string{"limit", "target", "threshold", "goal", "deadline", "criteria", "requirement", "standard", "expectation", "demand", "need", "cost", "obligation"}, within: 6}},
	// "stripped Vaitkus of the silver medal", "was stripped of his title".
	"strip": {{typ: "award_revoked", with: []string{"medal", "title", "gold", "silver", "bronze", "prize", "award", "crown", "honour", "honor", "knighthood", "victory", "win", "result", "record", "medals", "titles", "results", "records"}, within: 8}},
	// "appealed the verdict", "appealed against his conviction"; not
	// "appealed for calm" or "appealed to voters".
	"appeal": {{typ: "appeal", notBefore: []string{"for", "to"}},
		// "appealed to the Court of Arbitration for Sport", "appealed to
		// the supreme court": to a court, an appeal; to voters, a plea.
		{typ: "appeal", with: []string{"court", "tribunal", "cas", "arbitration"}, within: 4}},
	"lodge": {{typ: "appeal", with: []string{"appeal"}, within: 3}},
	// "retired in 2023"; not "retired to his farm".
	// (Not "a retired teacher": an adjective after a determiner.)
	"retire": {{typ: "resignation", notBefore: []string{"to", "the", "a", "an", "its", "their", "his", "her", "some", "all"}, notAfterDeterminer: true}},
	// "received a state award", "received the Nobel Peace Prize".
	// "received 15 years each", "received a life sentence": a sentence.
	// "shared the 2011 Nobel Prize with X"; not "shared the prize money".
	"share": {{typ: "award", with: []string{"prize", "award", "medal", "title", "trophy"}, within: 4, without: []string{"money", "fund", "funds", "pot"}}},
	"receive": {{typ: "award", with: []string{"prize", "medal", "award", "honour", "honor", "order", "title", "doctorate", "knighthood", "fellowship"}, within: 5, active: true},
		{typ: "trial", with: []string{"sentence", "years", "months", "life"}, within: 4}},
	// "agreed a $3 billion bailout with the IMF"; not "agreed to".
	// "has agreed to pay $1.2 billion to settle thousands of lawsuits".
	// "agreed on Tuesday to form a government with Green Horizon": a
	// coalition deal.
	"agree": {{typ: "agreement", with: []string{"settle"}, within: 8}, {typ: "agreement", with: []string{"coalition"}, within: 6},
		{typ: "agreement", with: []string{"form"}, within: 5, without: []string{"committee", "commission", "panel", "team", "group"}}, {typ: "agreement", notInfinitive: true, with: []string{"deal", "bailout", "agreement", "accord", "truce", "ceasefire", "cease-fire", "loan", "package", "settlement", "terms", "programme", "program", "pact"}, within: 5}},
	// "the steelworks was nationalised in 1983 and privatised in 1995".
	"nationalise": {{typ: "acquisition"}},
	"nationalize": {{typ: "acquisition"}},
	"privatise":   {{typ: "divestiture"}},
	"privatize":   {{typ: "divestiture"}},
	// "visited Kyiv in May", "travelled to Beijing on Monday"; not
	// "travelled from Lyon" alone.
	"visit":  {{typ: "visit"}},
	"travel": {{typ: "visit", toPlace: true}},
	// "President Boric arrived in Copiapo on Saturday": a person's trip
	// (not "the ship arrived", "the rains arrived").
	"arrive": {{typ: "visit", person: true}},
	// "Mount Lawu Kidul erupted on Monday": a volcano's disaster (not
	// "protests erupted", whose noun is the event).
	"erupt": {{typ: "disaster", subject: []string{"volcano", "mount", "mountain", "crater", "volcanoes"}}},
	// "Part of the mine caved in late Thursday" (not "the minister caved
	// in to pressure").
	"cave": {{typ: "disaster", particle: "in", subject: append([]string{"part", "section", "portion"}, structures...)}},
	"fly":  {{typ: "visit", toPlace: true, person: true}, {typ: "relocation", with: []string{"home"}, within: 1, person: true}},
	// "pledged $50 million in aid", "sent humanitarian assistance";
	// not "pledged to resign", "pledged support", "sent troops".
	"pledge": {{typ: "aid", notInfinitive: true, with: aidWords, within: 6}},
	"donate": {{typ: "aid"}},
	// "sent 80 rescuers and two planes to Tajikistan", "dispatched
	// rescue teams".
	"send":     {{typ: "aid", with: reliefSent, within: 4}},
	"dispatch": {{typ: "aid", with: reliefSent, within: 4}},
	"provide":  {{typ: "aid", with: []string{"aid", "assistance", "relief", "supplies", "loan", "grant"}, within: 6}},
	// "raised its main interest rate by 300 basis points", "cut rates".
	// "last trimmed borrowing costs by 25 basis points".
	"raise": {{typ: "rate_change", with: rateNouns, within: 4}},
	"hike":  {{typ: "rate_change", with: rateNouns, within: 4}},
	"lower": {{typ: "rate_change", with: rateNouns, within: 4}},
	"trim":  {{typ: "rate_change", with: rateNouns, within: 4}},
	"slash": {{typ: "rate_change", with: rateNouns, within: 4}},
	// "The army staged a coup in 1987", "attempted a coup on Sunday".
	"stage":   {{typ: "overthrow", with: []string{"coup", "putsch"}, within: 3}},
	"mount":   {{typ: "overthrow", with: []string{"coup", "putsch"}, within: 3}},
	"attempt": {{typ: "overthrow", with: []string{"coup", "putsch"}, within: 3}},
	"default": {{typ: "default", notBefore: []string{"to"}}},
	// "opened infringement proceedings against Hungary".
	// "opened his first restaurant, Le Comptoir, in Lyon in 1979": a
	// business founded (not "opened fire", "opened the border").
	// "Soldiers opened fire on protesters".
	"open": {{typ: "attack", with: []string{"fire"}, within: 1}, {typ: "investigation", with: []string{"investigation", "inquiry", "probe", "proceedings"}, within: 3},
		{typ: "founding", with: []string{"restaurant", "restaurants", "shop", "store", "hotel", "bakery", "cafe", "café", "bar", "brewery", "boutique", "salon", "studio", "gallery", "bookshop"}, within: 4}},
	"initiate": {{typ: "investigation", with: []string{"investigation", "inquiry", "probe", "proceedings"}, within: 3}},
	// "launched its latest offensive in January": an attack.
	"launch": {{typ: "attack", with: []string{"offensive", "counteroffensive", "counter-offensive", "assault", "raid", "raids", "airstrikes", "incursion", "invasion"}, within: 4}, {typ: "product_launch", subject: launchables}, {typ: "appeal", with: []string{"appeal"}, within: 3, without: appealForHelp}, {typ: "investigation", with: []string{"investigation", "inquiry", "probe"}, within: 3}, {typ: "lawsuit", with: []string{"lawsuit", "proceedings", "suit"}, within: 3}, {typ: "founding", org: true, orElse: "product_launch", without: []string{"operation", "offensive", "campaign", "strike", "attack", "appeal", "bid", "uprising", "insurgency", "rebellion", "revolt", "war", "invasion", "raid", "raids", "assault", "crackdown", "protest", "protests", "counteroffensive", "counter-offensive", "airstrikes", "strikes", "reform", "reforms", "initiative", "programme", "program", "scheme", "plan", "effort", "drive", "manhunt", "search", "review", "tender"}, within: 3}},
	// "filed a lawsuit against", "brought a case against".
	"file": {{typ: "appeal", with: []string{"appeal"}, within: 3}, {typ: "lawsuit", with: []string{"lawsuit", "suit", "complaint", "claim", "arbitration"}, within: 5}, {typ: "bankruptcy", with: []string{"bankruptcy", "insolvency", "administration", "receivership"}, within: 3}},
	// "adopted a joint declaration".
	"adopt": {{typ: "agreement", with: []string{"declaration", "resolution", "treaty", "agreement", "accord", "convention", "communique", "charter"}, within: 4}},
	// "cleared the deal" approves it; "was cleared of all charges" acquits.
	"clear": {{typ: "approval", with: []string{"deal", "merger", "acquisition", "takeover", "purchase", "sale", "bid", "transaction", "vaccine", "drug", "plan", "project", "pipeline", "proposal"}, within: 4},
		{typ: "trial", with: []string{"charge", "wrongdoing", "murder", "corruption", "fraud", "manslaughter"}, within: 5}},
	// "searched the offices of BSS" is a raid.
	"search": {{typ: "raid", with: []string{"office", "home", "premises", "headquarters", "house", "apartment", "residence"}, within: 4}},
	// "held talks", "held elections", "held a rally".
	"hold": {{typ: "meeting", with: []string{"talks", "negotiations", "summit", "meeting"}, within: 3}, {typ: "election", with: []string{"election", "referendum", "vote", "poll", "primary"}, within: 3},
		{typ: "protest", with: []string{"protest", "rally", "demonstration", "vigil", "march"}, within: 3}},
	"resume": {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}, {typ: "meeting", with: []string{"talks", "negotiations", "dialogue"}, within: 3}},
	"bring":  {{typ: "lawsuit", with: []string{"lawsuit", "suit", "case", "proceedings", "action"}, within: 3, notBefore: []string{"back", "down", "about", "in", "up"}}},
	// "The court ruled on Monday that ...", "ruled in favour of"; not
	// "ruled out" or "ruled the country".
	// (Not "who has ruled the country since 2008, said that": governed.)
	"rule": {{typ: "ruling", with: []string{"that", "favour", "favor", "against", "unlawful", "illegal", "unconstitutional"}, within: 12, notBefore: []string{"out", "over"},
		notObject: []string{"country", "nation", "kingdom", "empire", "island", "territory", "province", "region", "state", "city", "party"}}},
	// "withdrew from the JCPOA"; not "withdrew troops".
	// "withdrew its last troops from Chad".
	// "withdrew its final bid": a buyer leaves the deal.
	"withdraw": {{typ: "withdrawal", with: []string{"from"}, within: 1}, {typ: "withdrawal", with: []string{"troops", "forces", "soldiers", "peacekeepers", "contingent"}, within: 4},
		{typ: "withdrawal", with: dealNouns, within: 4}},
	// "agreed to inject 3.1 billion euros into Kronberg": a rescue with
	// money.
	"inject": {{typ: "aid", with: []string{"$", "€", "£", "million", "billion", "euros", "dollars", "capital"}, within: 4}},
	// "granted conditional marketing authorisation to MarVax".
	"grant": {{typ: "approval", with: []string{"authorisation", "authorization", "approval", "licence", "license", "permit"}, within: 4},
		// "was granted a presidential pardon in 2023"
		{typ: "pardon", with: []string{"pardon", "clemency", "amnesty"}, within: 3}},
	// "forced President X from office", "forced from power"
	"force": {{typ: "dismissal", with: []string{"office", "post", "job"}, within: 6, notInfinitive: true}, {typ: "overthrow", with: []string{"power"}, within: 6, notInfinitive: true}},
	// "He married the singer Almaz Wolde in 1971".
	"marry": {{typ: "marriage", personSubject: true}},
	// "presented him with a lifetime achievement award".
	"present": {{typ: "award", with: []string{"with"}, within: 4}},
	// "the navy intercepted the vessel".
	"intercept": {{typ: "seizure", with: []string{"vessel", "ship", "tanker", "boat", "aircraft", "plane", "cargo", "shipment", "freighter", "trawler"}, within: 4}},
	// "Cyclone Tarani slammed into the coast", "the storm hit Bangladesh".
	"slam":    {{typ: "disaster", subject: stormNouns}},
	"lash":    {{typ: "disaster", subject: stormNouns}},
	"batter":  {{typ: "disaster", subject: stormNouns}},
	"approve": {{typ: "vote", subject: voterNouns}, {typ: "approval"}},
	// "The EDPB backed the decision", "endorsed the merger".
	"back":    {{typ: "approval", with: []string{"decision", "ruling", "deal", "plan", "proposal", "merger", "takeover", "bill", "law", "fine", "agreement"}, within: 4}},
	"endorse": {{typ: "approval", with: []string{"decision", "ruling", "deal", "plan", "proposal", "merger", "takeover", "bill", "law", "fine", "agreement"}, within: 4}},
	"issue":   {{typ: "arrest_warrant", with: []string{"warrant"}, within: 4}},
	// "Forty prisoners fled a jail in Escuintla": an escape, not exile.
	// "143 inmates fled the Tunga Medium Security Custodial Centre".
	"flee":   {{typ: "escape", with: prisonNouns, within: 6}, {typ: "exile"}},
	"escape": {{typ: "escape", with: prisonNouns, within: 4}, {typ: "escape", with: captorNouns, within: 4}},
	"exile":  {{typ: "exile"}},
	// "went into exile", "went into administration", "went on strike".
	// "will stand trial in Munich": who stands trial is tried.
	"stand": {{typ: "trial", with: []string{"trial"}, within: 1, undergone: true}},
	"go": {{typ: "exile", with: []string{"exile"}, within: 3}, {typ: "bankruptcy", with: []string{"administration", "receivership", "liquidation", "bankruptcy", "insolvency", "bankrupt", "bust"}, within: 2},
		{typ: "protest", with: []string{"strike"}, within: 2},
		// "went on trial in Munich in December 2022".
		{typ: "trial", with: []string{"trial"}, within: 2, undergone: true}},
	"expel": {{typ: "expulsion"}},
	// "summoned the Croatian ambassador", "summoned Russia's envoy"; not
	// "summoned the courage" nor "summoned witnesses".
	"summon":    {{typ: "summons", with: envoyNouns, within: 4}},
	"extradite": {{typ: "expulsion"}},
	"deport":    {{typ: "expulsion"}},
	"cut":       {{typ: "diplomatic_break", with: []string{"tie", "relation"}, within: 3}, {typ: "rate_change", with: rateNouns, within: 4}, {typ: "layoff", with: jobNouns, within: 4, without: notJobCuts}},
	// "laid off 300 workers", "will shed 2,000 jobs", "axed 500 posts".
	"lay":  {{typ: "layoff", particle: "off"}},
	"shed": {{typ: "layoff", with: jobNouns, within: 4}},
	// "would eliminate 1,100 of the 3,400 jobs".
	"eliminate": {{typ: "layoff", with: jobNouns, within: 5}},
	"axe":       {{typ: "layoff", with: jobNouns, within: 4}},
	"sever":     {{typ: "diplomatic_break", with: []string{"tie", "relation"}, within: 3}},
	// "The fire broke out on Wednesday": see also "fighting" below.
	// "Hackers broke into the utility's network", "thieves broke into the
	// museum".
	"break": {{typ: "attack", particle: "into", with: computerNouns, within: 5}, {typ: "theft", particle: "into", with: premisesNouns, within: 5},
		{typ: "escape", particle: "out", with: prisonNouns, within: 6}, {typ: "disaster", particle: "out", subject: fireNouns}, {typ: "talks_collapse", particle: "down", subject: talksNouns}, {typ: "talks_collapse", particle: "off", with: talksNouns, within: 4}, {typ: "diplomatic_break", with: []string{"tie", "relation"}, within: 4}, {typ: "founding", particle: "away", with: []string{"from"}, within: 2}},
	// "suspended its operating licence", "was provisionally suspended",
	// "suspended from competition"; not "shares were suspended from trading".
	// "Cerro Alto Mining suspended operations", "suspended production at
	// the plant": a facility shut.
	// "Samuel Kiprono was suspended by the federation": a person
	// suspended is banned.
	"suspend": {{typ: "closure", with: []string{"operations", "production", "output", "mining", "work", "works"}, within: 2},
		{typ: "ban", passive: true, personSubject: true},
		{typ: "diplomatic_break", with: []string{"tie", "relation"}, within: 3}, {typ: "talks_collapse", with: talksNouns, within: 3},
		{typ: "ban", with: []string{"licence", "license", "permit", "accreditation", "membership", "provisionally", "competition", "racing", "sport", "party"}, within: 5},
		// "The AIU provisionally suspended her": a person suspended.
		{typ: "ban", with: []string{"him", "her"}, within: 1}, {typ: "ban", prev: []string{"provisionally", "temporarily"}},
		// "The IHF executive committee suspended Hassan El-Masri".
		{typ: "ban", personObject: true},
		// "FIFA suspended Nigeria in 2014", "suspended the federation".
		{typ: "ban", org: true, without: []string{"trading", "flight", "flights", "production", "operation", "operations", "talks", "aid", "service", "services", "payment", "payments"}, within: 4}},
	// "froze the assets of", "froze EU funds".
	"freeze": {{typ: "sanction", with: []string{"asset", "fund", "account", "funding", "aid"}, within: 5}},
	// "Ties between Algeria and Morocco were restored in 1988".
	"restore":      {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}},
	"re-establish": {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}},
	"reestablish":  {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}},
	"normalize":    {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}},
	"normalise":    {{typ: "diplomatic_restoration", with: []string{"tie", "relation"}, within: 3}},
	// "signed it into law two days later": a law enacted.
	// "a ceasefire brokered by the African Union in March 1999".
	"broker": {{typ: "agreement", with: []string{"ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "peace", "settlement", "pact"}, within: 4}},
	"sign": {{typ: "approval", with: []string{"law"}, within: 4, without: []string{"firm", "firms", "enforcement", "school", "graduate", "graduates", "degree", "students"}}, {typ: "agreement", with: []string{"agreement", "treaty", "deal", "accord", "pact", "memorandum", "protocol", "convention", "contract", "declaration", "communique", "settlement",
		"truce", "ceasefire", "cease-fire", "armistice", "roadmap", "charter", "compact", "framework", "arrangement", "loan"}, within: 8}},
	"reach":    {{typ: "agreement", with: []string{"agreement", "deal", "accord", "truce", "ceasefire", "cease-fire", "settlement", "compromise"}, within: 4}},
	"conclude": {{typ: "agreement", with: []string{"agreement", "treaty", "deal", "accord", "pact"}, within: 4}},
	"ratify":   {{typ: "agreement"}},
	"elect":    {{typ: "election"}},
	"re-elect": {{typ: "election"}},
	"reelect":  {{typ: "election"}},
	"win":      {{typ: "election", with: []string{"election", "vote", "presidency", "poll", "ballot", "seat", "runoff", "run-off", "referendum", "mandate", "primary", "term", "power"}, within: 5}, {typ: "award", with: []string{"prize", "medal", "award", "championship", "title", "gold", "silver", "bronze", "race", "tournament", "cup", "stage", "marathon", "trophy", "grand", "star"}, within: 5}},
	"appoint":  {{typ: "appointment"}},
	// "joined the CEA in 2006", "Croatia joined the EU in 2013"; not
	// "joined forces" or "joined the protest".
	// (Not "joined the protest on Wednesday": an event joined, which keeps
	// the clause's date.)
	"join": {{typ: "accession", org: true, notBefore: []string{"forces", "hands", "in", "together", "us", "them"},
		without: []string{"protest", "protests", "strike", "strikes", "rally", "demonstration", "demonstrations", "boycott", "walkout", "talks", "search", "campaign", "fight", "race", "celebrations", "mourners", "queue"}, within: 3}},
	"rejoin": {{typ: "accession", org: true}},
	// "Prosecutors investigated the company in 2009".
	"investigate": {{typ: "investigation"}},
	"probe":       {{typ: "investigation", notBefore: []string{"into"}}},
	// "Niger left ECOWAS in January 2025": a member leaves a body.
	// "Peter Vance left the company in January 2025": a person leaving a
	// post; "Niger left ECOWAS": a state leaving a body.
	// "Kari Haugen left Spotify in 2023": a named person leaving a body
	// quits it (a state leaving one withdraws).
	"leave": {{typ: "resignation", person: true, with: []string{"company", "firm", "bank", "government", "cabinet", "board", "club", "post", "job", "role", "group"}, within: 2},
		{typ: "resignation", personSubject: true, org: true, notBefore: []string{"office", "power", "a", "his", "her", "their", "its", "for", "the", "in", "on", "of"}},
		{typ: "withdrawal", org: true, notBefore: []string{"office", "power", "a", "his", "her", "their", "its"}}},
	"accede":   {{typ: "accession", with: []string{"to"}, within: 1}},
	"nominate": {{typ: "appointment"}},
	// "was named as chief", "was named head of its laboratory".
	// "named Edmund Hallworth its music director": past the name and a
	// possessive.
	// (Not "named the third victim as Javier Ortega": an identification.)
	"name": {{typ: "appointment", with: []string{"as"}, within: 7, without: identified}, {typ: "appointment", with: officeNouns, within: 2},
		{typ: "appointment", with: officeNouns, within: 5, without: []string{"after", "for", "by"}}},
	// "was knighted in 1998".
	"knight": {{typ: "award"}},
	// "A train derailed near Olomouc".
	// (Not "a coup that derailed the transition".)
	"derail": {{typ: "crash", subject: []string{"train", "trains", "tram", "locomotive", "carriages", "wagons", "coaches", "carriage"}}},
	// "depositors clashed with police": a violent protest.
	"clash": {{typ: "protest", with: []string{"police", "riot", "security", "troops", "officers"}, within: 3}},
	// "was disqualified by the commission": barred from a race or vote.
	"disqualify": {{typ: "ban"}},
	// "Turkey sealed the border with Armenia in 1993".
	"seal": {{typ: "closure", with: facilityNouns, within: 4}},
	// "seized power in a coup"; "came to power in 2016".
	// "Gunmen seized three aid workers": people seized are abducted.
	// "seized a farm belonging to X", "seized the farm of X": property
	// taken, not its owner.
	"seize": {{typ: "overthrow", with: []string{"power"}, within: 2}, {typ: "abduction", with: seizedPeople, without: []string{"by"}, within: 5},
		{typ: "seizure", with: seizedProperty, within: 4}, {typ: "capture"}},
	"grab": {{typ: "overthrow", with: []string{"power"}, within: 2}},
	// "A truce came into force at midnight".
	"come":      {{typ: "appointment", with: []string{"power"}, within: 2}, {typ: "ceasefire", with: []string{"force", "effect"}, within: 2, subject: truces}},
	"dismantle": {{typ: "dissolution", org: true}},
	"resign":    {{typ: "resignation"}},
	"step":      {{typ: "resignation", particle: "down"}},
	"quit":      {{typ: "resignation"}},
	"arrest":    {{typ: "arrest"}},
	"detain":    {{typ: "arrest"}},
	// "charged former chief executive Marko Dalen and his deputy": a
	// person charged, with or without the charge named.
	"charge": {{typ: "trial", with: []string{"with"}, within: 12}, {typ: "trial", personObject: true},
		{typ: "trial", passive: true, personSubject: true, notBefore: []string{"down", "up"}, without: []string{"fee", "fees", "interest", "rate", "price", "prices", "battery", "batteries"}, within: 4}},
	"jail": {{typ: "trial"}},
	// "Both men face charges of abuse of authority", "will face trial";
	// "A military court will try the colonel", "would be tried by a
	// military court" (not "tried to").
	"face":     {{typ: "trial", with: []string{"charge", "charges", "trial", "prosecution"}, within: 3, undergone: true, active: true}},
	"try":      {{typ: "trial", passive: true, personSubject: true, notInfinitive: true}, {typ: "trial", subject: []string{"court", "tribunal", "judge", "judges"}, notInfinitive: true, active: true}},
	"imprison": {{typ: "trial"}},
	"sue":      {{typ: "lawsuit"}},
	// "would challenge the ban in the High Court".
	// (Not "challenged the court's jurisdiction".)
	"challenge": {{typ: "lawsuit", with: []string{"court", "tribunal"}, within: 7, without: []string{"jurisdiction", "authority", "independence"}}},
	"fine":      {{typ: "fine"}},
	// "voted to confirm Ozola as prime minister".
	"confirm": {{typ: "appointment", with: []string{"as"}, within: 6}},
	// "marched through Belgrade"; troops marching into a town attack.
	"march":   {{typ: "protest", notBefore: []string{"into", "on"}}},
	"convict": {{typ: "trial"}},
	// "pleaded not guilty to fraud charges".
	"plead":    {{typ: "trial", with: []string{"guilty"}, within: 3}},
	"sentence": {{typ: "trial"}}, // the verb is the court's (the noun is another word)
	"indict":   {{typ: "trial"}},
	"impeach":  {{typ: "trial"}},
	"acquit":   {{typ: "trial"}},
	// Not "released part of the money", "released its results".
	// "released $10m from its emergency fund": money released is aid.
	"release": {{typ: "aid", with: []string{"$", "€", "£", "million", "billion", "funds", "funding"}, within: 3}, {typ: "release", without: []string{"money", "fund", "report", "data", "figure", "statement", "video", "album", "film", "result", "detail", "version", "update", "statistic", "tranche", "payment", "image", "record", "document", "footage", "song", "single", "forecast", "slot", "capacity", "reserve", "stock", "water", "gas", "emission", "funding", "tool", "app", "software", "product", "guidance", "guideline", "plan", "list", "finding", "photo", "picture", "trailer", "book", "memoir", "game", "model", "feature", "edition", "transcript", "recording", "tape", "evidence", "name",
		// "was released from hospital", "release 40 percent of the river's flow"
		"hospital", "clinic", "flow", "percent", "%", "reservoir"}, within: 4}},
	"concede":   {{typ: "statement", with: []string{"defeat"}, within: 2}},
	"apologise": {{typ: "statement"}},
	"apologize": {{typ: "statement"}},
	"condemn":   {{typ: "statement"}},
	// "welcomed the agreement on Thursday", "praised the deal"; not
	// "welcomed 2,000 refugees", "welcomed the visitors".
	"welcome":   {{typ: "statement", with: []string{"agreement", "deal", "decision", "ruling", "verdict", "release", "move", "announcement", "accord", "ceasefire", "truce", "plan", "step", "news", "vote", "result", "results", "election", "outcome", "resolution", "report", "proposal", "pact", "treaty"}, within: 4}},
	"praise":    {{typ: "statement", with: []string{"agreement", "deal", "decision", "ruling", "verdict", "release", "move", "announcement", "accord", "ceasefire", "courage", "work", "efforts", "role"}, within: 4}},
	"criticise": {{typ: "statement"}},
	"criticize": {{typ: "statement"}},
	"free":      {{typ: "release"}},
	"attack":    {{typ: "attack"}},
	"bomb":      {{typ: "attack"}},
	"shell":     {{typ: "attack"}},
	"invade":    {{typ: "attack"}},
	// "An earthquake killed 300 people": a disaster, not a killing.
	"kill":        {{typ: "disaster", subject: stormNouns}, {typ: "killing"}},
	"murder":      {{typ: "killing"}},
	"assassinate": {{typ: "killing"}},
	"execute":     {{typ: "killing"}},
	"die":         {{typ: "death"}},
	"drown":       {{typ: "death"}},
	// "authorities evacuated 40,000 people", "ordered to evacuate".
	"evacuate": {{typ: "evacuation"}},
	"airlift":  {{typ: "evacuation"}},
	// "rescuers pulled 11 miners alive from the shaft", "were rescued".
	// "rescued the failing bank" is a bailout (aid).
	"rescue":      {{typ: "aid", org: true, orElse: "rescue", notBefore: []string{"plan", "package", "deal", "bid", "talks", "fund"}}},
	"pull":        {{typ: "rescue", with: []string{"alive", "survivor", "survivors"}, within: 7}},
	"protest":     {{typ: "protest"}},
	"demonstrate": {{typ: "protest", notBefore: []string{"that", "how", "the", "a", "its", "their", "his", "her"}}},
	"rally":       {stockMove, {typ: "protest", notBefore: []string{"support", "behind"}}},
	"merge":       {{typ: "merger"}},
	"acquire":     {{typ: "acquisition", org: true, orElse: "purchase"}},
	"buy":         {{typ: "acquisition", org: true, orElse: "purchase"}},
	"purchase":    {{typ: "acquisition", org: true, orElse: "purchase"}},
	"reveal":      {{typ: "disclosure"}},
	"disclose":    {{typ: "disclosure"}},
	"expose":      {{typ: "disclosure"}},
	"uncover":     {{typ: "disclosure"}},
	"overthrow":   {{typ: "overthrow"}},
	// "ousts chief executive" is a dismissal, "ousted the president" an
	// overthrow.
	"oust":   {{typ: "dismissal", with: []string{"chief", "ceo", "chairman", "chairwoman", "director", "coach", "manager", "executive"}, within: 3}, {typ: "overthrow"}},
	"topple": {{typ: "overthrow"}},
	"depose": {{typ: "overthrow"}},
	"say":    {{typ: "statement"}},
	"tell":   {{typ: "statement"}},
	// "stated that", "states:"; not "Gulf states end a boycott".
	"state": {{typ: "statement", notBefore: []string{"'s", "’s", "of", "media", "department", "television", "tv"}, with: []string{"that", ":", "\"", "“", ","}, within: 4}},
	// "announced his retirement" steps down; anything else announced is
	// said.
	// "wrote to Fed Chair Jerome Powell": a letter is a statement.
	"write": {{typ: "statement", with: []string{"to"}, within: 1, person: true}},
	// "announced 12 million euros in humanitarian aid".
	"announce": {{typ: "resignation", with: []string{"retirement", "resignation", "departure"}, within: 3}, {typ: "ceasefire", with: []string{"ceasefire", "cease-fire", "truce"}, within: 3},
		{typ: "aid", with: []string{"aid", "assistance"}, within: 7, notBefore: []string{"that", "it", "he", "she", "they", "on", "in"}}, {typ: "statement"}},
	// Not "claimed responsibility", nor "the attack, claimed by X".
	"claim":   {{typ: "statement", notBefore: []string{"responsibility", "by"}}},
	"comment": {{typ: "statement"}},
	// "declared the ambassador persona non grata" expels; "declared that"
	// states; "declared a state of emergency" is one; "declared martial law"
	// is neither.
	// "declared a unilateral ceasefire": one side's truce, no agreement.
	// "declared the ECN a terrorist organisation": a designation.
	// "A court declared Solara Energia bankrupt in 2019".
	"declare": {{typ: "bankruptcy", with: []string{"bankrupt", "insolvent"}, within: 5}, {typ: "ceasefire", with: []string{"ceasefire", "cease-fire", "truce"}, within: 3}, {typ: "ceasefire", subject: truces}, {typ: "designation", with: []string{"terrorist", "terror", "extremist"}, within: 6, notBefore: []string{"that", ":", ","}}, {typ: "emergency", with: []string{"emergency", "famine"}, within: 12}, {typ: "expulsion", with: []string{"persona"}, within: 8}, {typ: "statement", with: []string{"that", ":", "\"", "“", ","}, within: 4}},
}

var nounRules = map[string][]rule{
	// "the restitution of the bronzes", "the repatriation of 20 skulls".
	"restitution":  {{typ: "restitution", with: []string{"of"}, within: 1}},
	"repatriation": {{typ: "restitution", with: restituted, within: 5}},
	"theft":        {{typ: "theft"}},
	"jailbreak":    {{typ: "escape"}},
	"heist":        {{typ: "theft"}},
	"robbery":      {{typ: "theft"}},
	"burglary":     {{typ: "theft"}},
	// "the collapse of the talks", "the breakdown of negotiations".
	"breakdown":     {{typ: "talks_collapse", with: talksNouns, within: 3}},
	"founding":      {{typ: "founding"}},
	"foundation":    {{typ: "founding", with: []string{"of", "in"}, within: 1}},
	"establishment": {{typ: "founding", with: []string{"of", "in"}, within: 1}},
	"creation":      {{typ: "founding", with: []string{"of", "in"}, within: 1}},
	"dissolution":   {{typ: "dissolution"}},
	"liquidation":   {{typ: "dissolution", with: []string{"of"}, within: 1}},
	"closure":       {{typ: "closure", with: facilityNouns, within: 4}, {typ: "dissolution", with: []string{"of"}, within: 1}},
	"shutdown":      {{typ: "closure", with: facilityNouns, within: 4}},
	"reopening":     {{typ: "reopening", with: facilityNouns, within: 4}},
	"designation":   {{typ: "designation"}},
	"rescission":    {{typ: "delisting"}},
	"relisting":     {{typ: "designation"}},
	"listing":       {{typ: "designation", with: []string{"terrorist", "terror", "as"}, within: 4}},
	"delisting":     {{typ: "delisting"}},
	"ban":           {{typ: "ban", with: []string{"on", "of"}, within: 1}},
	"sanctions":     {{typ: "sanction", with: []string{"on", "against"}, within: 1}},
	"lifting":       {{typ: "sanction_lifted", with: []string{"sanction", "embargo"}, within: 5}, {typ: "ban_lifted", with: []string{"ban", "proscription"}, within: 4}},
	"embargo":       {{typ: "sanction"}},
	"relocation":    {{typ: "relocation"}},
	"expulsion":     {{typ: "expulsion"}},
	"deportation":   {{typ: "expulsion"}},
	"extradition":   {{typ: "expulsion", with: []string{"of", "to", "from"}, within: 1}},
	"truce":         {{typ: "agreement", with: []string{"between", "with"}, within: 1}},
	"ceasefire":     {{typ: "agreement", with: []string{"between", "with"}, within: 1}},
	"armistice":     {{typ: "agreement"}},
	"treaty":        {{typ: "agreement", with: []string{"of", "with", "between", "on", "in"}, within: 1}},
	"election":      {{typ: "election", with: []string{"of", "in", "as"}, within: 1}},
	"appointment":   {{typ: "appointment", with: []string{"of", "as"}, within: 1}},
	"accession":     {{typ: "accession", with: []string{"to", "of"}, within: 1}},
	"resignation":   {{typ: "resignation"}},
	"kidnapping":    {{typ: "abduction"}},
	"abduction":     {{typ: "abduction"}},
	// "a general strike" is a protest, "a drone strike" an attack.
	"strike":        {{typ: "protest", prev: []string{"general", "national", "nationwide", "hunger", "labour", "labor", "rail", "transport", "teachers'", "workers'", "two-day", "one-day", "24-hour", "48-hour"}}, {typ: "attack", prev: []string{"drone", "air", "missile", "rocket", "airstrike", "military"}}},
	"strikes":       {{typ: "protest", prev: []string{"general", "national", "nationwide", "hunger"}}, {typ: "attack", prev: []string{"drone", "air", "missile", "rocket", "military"}}},
	"stoppage":      {{typ: "protest"}},
	"raid":          {{typ: "raid", with: []string{"on"}, within: 1}},
	"investigation": {{typ: "investigation", with: []string{"into"}, within: 1}},
	"inquiry":       {{typ: "investigation", with: []string{"into"}, within: 1}},
	"crash":         {{typ: "crash", with: []string{"of"}, within: 1}},
	"arrest":        {{typ: "arrest", notBefore: []string{"warrant", "warrants"}}},
	"warrant":       {{typ: "arrest_warrant", with: []string{"for", "against"}, within: 2}},
	"abdication":    {{typ: "resignation"}},
	"coronation":    {{typ: "appointment", with: []string{"of"}, within: 1}},
	"indictment":    {{typ: "trial", with: []string{"of", "against", "charging"}, within: 1}},
	"ruling":        {{typ: "ruling", with: []string{"on", "that", "against", "in"}, within: 1}},
	"withdrawal":    {{typ: "withdrawal", with: []string{"from"}, within: 1}},
	// "announced its exit from the ICO".
	"exit":     {{typ: "withdrawal", with: []string{"from"}, within: 1}},
	"approval": {{typ: "approval", with: []string{"of", "for"}, within: 1}},
	"recall":   {{typ: "recall", with: []string{"of"}, within: 1}},
	// "the trial of X", "His trial began on November 7".
	"trial":        {{typ: "trial", with: []string{"of"}, within: 1}, {typ: "trial", with: []string{"begin", "began", "begun", "begins", "open", "opened", "opens", "start", "started", "starts", "resume", "resumed", "resumes"}, within: 2}},
	"conviction":   {{typ: "trial"}},
	"release":      {{typ: "release", with: []string{"of"}, within: 1}},
	"attack":       {{typ: "attack"}},
	"attacks":      {{typ: "attack"}},
	"cyberattack":  {{typ: "attack"}},
	"cyberattacks": {{typ: "attack"}},
	"bombing":      {{typ: "attack"}},
	"fighting":     {{typ: "attack", with: []string{"between", "break", "erupt"}, within: 3}},
	// "A civil war broke out in December 2013".
	"war":      {{typ: "attack", with: []string{"broke", "erupted", "began", "started"}, within: 1}},
	"conflict": {{typ: "attack", with: []string{"broke", "erupted"}, within: 1}},
	// "the 2023 sinking of the MT Princess Empress".
	"sinking":       {{typ: "crash", with: []string{"of"}, within: 1}},
	"clashes":       {{typ: "attack", with: []string{"between", "with"}, within: 2}},
	"offensive":     {{typ: "attack", with: []string{"against", "on"}, within: 2}},
	"bombings":      {{typ: "attack"}},
	"assassination": {{typ: "killing"}},
	"killing":       {{typ: "killing", with: []string{"of"}, within: 1}},
	"death":         {{typ: "death", with: []string{"of", "in"}, within: 1}},
	"protest":       {{typ: "protest"}},
	"protests":      {{typ: "protest"}},
	"demonstration": {{typ: "protest"}},
	"uprising":      {{typ: "protest"}},
	"merger":        {{typ: "merger"}},
	"deal":          {{typ: "agreement"}},
	"agreement":     {{typ: "agreement"}},
	"contract":      {{typ: "agreement", with: []string{"with", "to", "for", "worth"}, within: 1}},
	"announcement":  {{typ: "statement"}},
	"order":         {{typ: "purchase", with: []string{"for"}, within: 1}},
	"orders":        {{typ: "purchase", with: []string{"for"}, within: 1}},
	"delivery":      {{typ: "delivery", with: []string{"of"}, within: 1}},
	"acquisition":   {{typ: "acquisition", with: []string{"of", "by"}, within: 1}},
	"takeover":      {{typ: "acquisition"}},
	"revelation":    {{typ: "disclosure"}},
	"disclosure":    {{typ: "disclosure"}},
	"overthrow":     {{typ: "overthrow"}},
	"ousting":       {{typ: "overthrow"}},
	"ouster":        {{typ: "overthrow"}},
	"coup":          {{typ: "overthrow"}},
	// "a magnitude 7.1 earthquake struck eastern Turkey"; placed by the
	// sentence or by what it struck.
	"earthquake": {{typ: "disaster"}},
	"quake":      {{typ: "disaster"}},
	"tsunami":    {{typ: "disaster"}},
	"floods":     {{typ: "disaster"}},
	"flooding":   {{typ: "disaster"}},
	"hurricane":  {{typ: "disaster"}},
	"cyclone":    {{typ: "disaster"}},
	"typhoon":    {{typ: "disaster"}},
	"wildfire":   {{typ: "disaster"}},
	"wildfires":  {{typ: "disaster"}},
	// "signed the pardon for Hernan Cevallos on Thursday"
	"pardon": {{typ: "pardon", with: []string{"for", "of"}, within: 1}},
	// "backed independence in a referendum on Sunday"
	"referendum": {{typ: "election"}},
	"landslide":  {{typ: "disaster", notBefore: []string{"victory", "win"}}},
	"avalanche":  {{typ: "disaster"}},
	"mudslide":   {{typ: "disaster"}},
	// "an outbreak of cholera", "the Ebola epidemic".
	"outbreak": {{typ: "disaster", with: diseases, within: 3}},
	"epidemic": {{typ: "disaster"}},
	// "the collapse of the dam".
	// "The collapse happened shortly after 2 a.m. on Thursday".
	"collapse": {{typ: "disaster", with: structures, within: 4}, {typ: "disaster", with: []string{"happened", "occurred"}, within: 1}, {typ: "talks_collapse", with: talksNouns, within: 3}},
	// "A car bomb explosion", "the blast at the fireworks depot"; not "an
	// explosion of violence".
	"explosion":  {{typ: "attack", prev: explosives}, {typ: "disaster", with: blastSites, within: 8}},
	"blast":      {{typ: "attack", prev: explosives}, {typ: "disaster", with: blastSites, within: 8}},
	"eruption":   {{typ: "disaster"}},
	"evacuation": {{typ: "evacuation", with: []string{"of", "from"}, within: 1}},
	"rescue":     {{typ: "rescue", with: []string{"of"}, within: 1}},
	// "the walkout began last Monday".
	"walkout": {{typ: "protest"}},
	// "Russia's full-scale invasion of Ukraine".
	"invasion": {{typ: "attack", with: []string{"of"}, within: 1}},
	// "reductions of 300 basis points", "a 50-basis-point hike", "a rate
	// cut of 25 basis points".
	"reduction":  {{typ: "rate_change", with: []string{"basis", "rate", "rates"}, within: 5}},
	"hike":       {{typ: "rate_change", with: []string{"basis", "rate", "rates"}, within: 5}, {typ: "rate_change", prev: []string{"rate", "50-basis-point", "25-basis-point", "quarter-point", "half-point"}}},
	"cut":        {{typ: "rate_change", with: []string{"basis"}, within: 5}, {typ: "rate_change", prev: []string{"rate", "50-basis-point", "25-basis-point", "quarter-point", "half-point"}}},
	"reductions": {{typ: "rate_change", with: []string{"basis", "rate", "rates"}, within: 5}},
	"cuts":       {{typ: "rate_change", with: []string{"basis"}, within: 5}, {typ: "rate_change", prev: []string{"rate"}}, {typ: "layoff", prev: []string{"job"}}},
	"losses":     {{typ: "layoff", prev: []string{"job"}}},
	"hikes":      {{typ: "rate_change", with: []string{"basis"}, within: 5}, {typ: "rate_change", prev: []string{"rate"}}},
	// "Interpol issued a red notice for him".
	"notice": {{typ: "arrest_warrant", prev: []string{"red"}}},
	// "Hurricane Delia made landfall near Grand Isle".
	"landfall":   {{typ: "disaster"}},
	"bankruptcy": {{typ: "bankruptcy", with: []string{"of", "filing", "protection"}, within: 1}},
	"insolvency": {{typ: "bankruptcy", with: []string{"of", "proceedings", "filing"}, within: 1}},
	"coups":      {{typ: "overthrow"}},
	"exile":      {{typ: "exile", with: []string{"in", "to"}, within: 1}},
	// "an appeal against his conviction".
	"appeal": {{typ: "appeal", with: []string{"against"}, within: 1}},
	// "his visit to China", "a three-day trip to Japan".
	"visit": {{typ: "visit", with: []string{"to"}, within: 1}},
	"trip":  {{typ: "visit", with: []string{"to"}, within: 1}},
}

// aidWords are what a pledge of aid names: the aid itself or money.
var aidWords = []string{"aid", "assistance", "relief", "funding", "fund", "loan", "grant", "donation", "million", "billion",
	"$", "€", "£", "dollar", "euro", "pound", "supplies"}

// officeNouns are the posts one becomes or is named to.
// voterNouns are the subjects whose approving or rejecting is a vote.
var voterNouns = []string{"voters", "electorate", "voter", "citizens", "residents", "members", "shareholders", "delegates"}

// launchables are what is launched into the air or space, never founded:
// "The MULA satellite was launched on Thursday".
var launchables = []string{"satellite", "satellites", "rocket", "rockets", "probe", "spacecraft", "telescope", "capsule", "lander", "rover"}

// facilityNouns are what is shut or closed without an organisation
// ending: plants, mines, borders.
var facilityNouns = []string{"plant", "plants", "factory", "factories", "mine", "mines", "reactor", "reactors", "refinery",
	"smelter", "mill", "border", "crossing", "crossings", "airport", "port", "airspace", "pipeline", "station", "unit", "units",
	"site", "facility", "facilities", "camp", "school", "schools", "hospital", "store", "stores", "branch", "branches", "office", "offices",
	// "shut a component works in Osnabrück"
	"works"}

// militaryNouns are the subjects whose taking power is a coup.
var militaryNouns = []string{"soldier", "soldiers", "army", "military", "junta", "officer", "officers", "troops", "mutineers",
	"putschists", "general", "generals", "colonel", "colonels", "guard"}

// dealNouns are what a buyer may drop or abandon: "abandoned its bid".
var dealNouns = []string{"bid", "offer", "takeover", "deal", "merger", "acquisition", "purchase", "plan"}

// fireNouns are what breaks out in a fire disaster.
var fireNouns = []string{"fire", "fires", "wildfire", "wildfires", "blaze", "blazes", "bushfire", "bushfires", "forest"}

var officeNouns = []string{"president", "minister", "leader", "chief", "ceo", "chairman", "chairwoman", "chair", "head",
	"premier", "chancellor", "governor", "mayor", "secretary-general", "director", "commander",
	"ambassador", "envoy", "bishop", "archbishop", "patriarch", "pope", "coach", "manager", "captain", "editor",
	"commissioner", "speaker", "king", "queen", "emir", "sultan", "prosecutor", "judge"}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"left": "leave", "leaves": "leave", "leaving": "leave", "lost": "lose", "losing": "lose", "loses": "lose",
	"took": "take", "taken": "take", "laid": "lay", "axed": "axe", "tore": "tear", "torn": "tear", "gutted": "gut", "gutting": "gut", "slapped": "slap", "grounded": "ground", "went": "go", "gone": "go", "cut": "cut", "broke": "break", "broken": "break",
	"fled": "flee", "escaped": "escape", "set": "set", "said": "say", "told": "tell", "won": "win", "overthrew": "overthrow",
	"overthrown": "overthrow", "bought": "buy", "froze": "freeze", "frozen": "freeze", "stepped": "step",
	"quit": "quit", "shot": "shoot", "slain": "slay", "sought": "seek", "led": "lead", "began": "begin",
	"died": "die", "dies": "die", "dying": "die", "freed": "free", "banned": "ban", "banning": "ban",
	"shelled": "shell", "ran": "run", "dropped": "drop", "dropping": "drop", "listed": "list",
	"sworn": "swear", "swore": "swear", "born": "bear", "put": "put", "putting": "put", "shut": "shut",
	"closed": "close", "reopened": "reopen", "liquidated": "liquidate", "sold": "sell", "selling": "sell", "became": "become", "came": "come", "coming": "come", "gave": "give", "held": "hold", "holding": "hold", "brought": "bring", "bringing": "bring", "given": "give", "retook": "retake", "met": "meet", "meeting": "meet", "upheld": "uphold", "retaken": "retake", "overran": "overrun", "withdrew": "withdraw", "withdrawn": "withdraw", "ruled": "rule", "ruling": "rule", "struck": "strike", "stricken": "strike", "striking": "strike",
	"stole": "steal", "stolen": "steal", "robbed": "rob", "robbing": "rob", "burgled": "burgle",
	"spoke": "speak", "spoken": "speak", "sent": "send", "wrote": "write", "written": "write", "flew": "fly", "flown": "fly", "made": "make", "making": "make", "sank": "sink", "sunk": "sink", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "slid": "slide",
}

// lemmas returns candidate lemmas of a lower-cased word form, most likely
// first: the form itself, then with inflectional endings removed.
func lemmas(w string) []string {
	if l, ok := irregular[w]; ok {
		return []string{l}
	}
	c := []string{w}
	add := func(s string) {
		if len(s) >= 2 {
			c = append(c, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ed"):
		add(w[:len(w)-1]) // designated -> designate
		add(w[:len(w)-2]) // founded -> found
		if n := len(w); n > 4 && w[n-3] == w[n-4] {
			add(w[:n-3]) // banned -> ban
		}
	case strings.HasSuffix(w, "ing"):
		add(w[:len(w)-3])       // founding -> found
		add(w[:len(w)-3] + "e") // designating -> designate
		if n := len(w); n > 5 && w[n-4] == w[n-5] {
			add(w[:n-4])
		}
	case strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-1])
		add(w[:len(w)-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	}
	return c
}

// nounLemma folds a plural noun to the singular for the `with` checks.
func nounLemma(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4: // parties -> party, but ties -> tie
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
