package relations

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/coref"
)

// leaderTitles are titles whose holder leads the state or organisation
// named with them.
var leaderTitles = map[string]bool{
	"president": true, "prime minister": true, "premier": true, "king": true, "queen": true, "chancellor": true,
	"emir": true, "supreme leader": true, "leader": true, "chairman": true, "chairwoman": true, "chair": true,
	"ceo": true, "chief executive": true, "head": true, "founder": true, "secretary-general": true,
	"secretary general": true, "director-general": true, "director general": true, "sultan": true, "monarch": true,
	"shah": true, "ayatollah": false, "governor": true, "mayor": true, "speaker": true,
	"editor-in-chief": true, "commander-in-chief": true,
}

var spokesTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// titleWords are the words titles are made of, lower-cased.
var titleWords = map[string]bool{
	// "Saudi Crown Prince Mohammed bin Salman", "The UN's humanitarian
	// chief, Tom Fletcher", "its foreign policy chief".
	"crown": true, "prince": true, "princess": true, "humanitarian": true, "military": true, "political": true,
	"security": true, "intelligence": true, "legal": true, "financial": true, "policy": true, "operating": true,
	"managing": true, "technical": true, "medical": true, "scientific": true, "artistic": true,
	"marketing": true, "technology": true, "commercial": true, "compliance": true, "risk": true, "sporting": true,
	// posts below the top: "Its chief investigator, Peter Otieno".
	"investigator": true, "prosecutor": true, "negotiator": true, "inspector": true, "auditor": true,
	"counsel": true, "adviser": true, "advisor": true, "officer": true, "manager": true, "editor": true,
	"treasurer": true, "registrar": true, "ombudsman": true, "economist": true, "strategist": true,
	// portfolios before "minister" or "secretary": "mines minister",
	// "Agriculture Minister Karel Tuma".
	"mines": true, "mining": true, "energy": true, "health": true, "education": true, "trade": true, "agriculture": true,
	"transport": true, "labour": true, "labor": true, "environment": true, "economy": true, "economic": true,
	"culture": true, "tourism": true, "housing": true, "industry": true, "oil": true, "petroleum": true,
	"information": true, "communications": true, "science": true, "sports": true, "youth": true, "home": true,
	"treasury": true, "commerce": true, "investment": true, "immigration": true, "fisheries": true, "water": true,
	"infrastructure": true, "development": true, "planning": true, "budget": true, "digital": true, "welfare": true,
	"cabinet":   true, // "Chief Cabinet Secretary Kenji Hoshino"
	"president": true, "prime": true, "minister": true, "premier": true, "king": true, "queen": true, "chancellor": true,
	"emir": true, "supreme": true, "leader": true, "chairman": true, "chairwoman": true, "chair": true, "ceo": true,
	"chief": true, "executive": true, "head": true, "founder": true, "secretary": true, "general": true, "director": true,
	"foreign": true, "defense": true, "defence": true, "interior": true, "finance": true, "deputy": true, "vice": true,
	"ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "senator": true,
	"governor": true, "mayor": true, "judge": true, "commander": true, "colonel": true, "ayatollah": true, "sultan": true,
	"shah": true, "former": true, "acting": true, "opposition": true, "lawmaker": true, "official": true, "justice": true,
	"state": true, "of": true, "the": false, "sheikh": true, "minister-president": true, "ex-president": true,
	"current": true, "interim": true, "new": true, "incoming": true, "outgoing": true, "longtime": true,
	"first": true, "founding": true,
	"speaker": true, "co-founder": true, "cofounder": true, "administrator": true, "coordinator": true, "commissioner": true,
	"director-general": true, "secretary-general": true, "brigadier": true, "major": true, "captain": true,
	"lieutenant-colonel": true, "lieutenant-general": true, "major-general": true, "admiral": true,
	"vice-president": true, "vice-chairman": true, "vice-chair": true, "co-chair": true, "co-leader": true,
	// sport: "Brighton coach Fabian Hurzeler", "Liverpool goalkeeper
	// Alisson Becker".
	// "MSF's field coordinator", "its regional director".
	"field": true, "programme": true, "program": true, "project": true,
	"coach": true, "skipper": true, "striker": true, "goalkeeper": true, "midfielder": true, "defender": true,
	"winger": true, "assistant": true, "boss": true, "owner": true, "co-owner": true,
	// "Bernstein analyst X", "CAB's former country manager, X", "EU
	// competition commissioner X", "its commission president, X", "Ohio
	// Gov. X".
	"analyst": true, "correspondent": true, "researcher": true, "professor": true, "lecturer": true, "fellow": true,
	"country": true, "senior": true, "competition": true, "climate": true, "migration": true,
	"enlargement": true, "commission": true, "gov.": true, "sen.": true, "rep.": true, "gen.": true,
	"editor-in-chief": true, "commander-in-chief": true, "special": true, "representative": true, "rapporteur": true,
	"legislator": true, "councillor": true, "councilor": true, "congressman": true, "congresswoman": true, "mp": true,
}

// titleAbbreviations spell out abbreviated titles for their kind: "Ohio
// Gov. X" leads Ohio.
var titleAbbreviations = map[string]string{"gov.": "governor", "pres.": "president", "sen.": "senator", "rep.": "representative"}

// honorifics stand between a title set off by a comma and the name: "its
// chief executive, Dr. Alan Whitfield".
var honorifics = map[string]bool{"dr.": true, "dr": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "prof.": true, "sir": true, "dame": true,
	// ranks written short: "UPDF spokesman Brig Felix Kulayigye"
	"brig": true, "brig.": true, "gen": true, "gen.": true, "col": true, "col.": true, "maj": true, "maj.": true,
	"capt": true, "capt.": true, "lt": true, "lt.": true, "sgt": true, "sgt.": true, "cmdr": true, "cdr": true,
	// clergy and chiefs: "its general secretary, Reverend Simione Tugi"
	"reverend": true, "rev": true, "rev.": true, "sheikh": true, "imam": true, "rabbi": true, "ratu": true,
	"professor": true, "prof": true}

// titleBefore returns the title words right before token i (e.g. "Prime
// Minister") and the index of the first of them.
func (v *view) titleBefore(i int) (string, int) {
	k := i - 1
	for k >= 0 && i-k <= 4 && !v.inMention(k) && titleWords[v.lower[k]] {
		k--
	}
	if k == i-1 {
		return "", i
	}
	var words []string
	for j := k + 1; j < i; j++ {
		words = append(words, v.toks[j].Text)
	}
	// Drop a leading "of" left from "Secretary of State" cut short, and
	// a body before it: "The cabinet of Prime Minister Krzysztof Lis".
	if len(words) > 2 && strings.EqualFold(words[0], "cabinet") && strings.EqualFold(words[1], "of") {
		words = words[1:]
		k++
	}
	for len(words) > 0 && strings.EqualFold(words[0], "of") {
		words = words[1:]
		k++
	}
	return strings.Join(words, " "), k + 1
}

// titleKind classifies a title: "leader", "spokes" or "".
func titleKind(title string) string {
	t := strings.ToLower(title)
	if full, ok := titleAbbreviations[t]; ok {
		t = full
	}
	for _, p := range []string{"former ", "acting ", "deputy ", "vice ", "then ", "late ", "ex- ", "opposition "} {
		if strings.HasPrefix(t, p) {
			return ""
		}
	}
	// "first deputy governor", "senior vice president": a deputy leads
	// nothing.
	for _, w := range []string{"deputy", "vice", "assistant", "associate"} {
		if strings.Contains(" "+t+" ", " "+w+" ") {
			return ""
		}
	}
	for k := range spokesTitles {
		if strings.Contains(t, k) {
			return "spokes"
		}
	}
	if leaderTitles[t] {
		return "leader"
	}
	for k, ok := range leaderTitles {
		if ok && strings.HasSuffix(t, " "+k) && !strings.Contains(t, "minister") {
			return "leader"
		}
	}
	return ""
}

// titles reads "Albanian Prime Minister Edi Rama", "NCRI spokesman X",
// "Iran's President X": holds_position, leader_of, spokesperson_of,
// citizen_of, affiliated_with.
func (v *view) titles(c *collector) {
	for mi := range v.ms {
		p := &v.ms[mi]
		if p.Type != dossier.Person {
			continue
		}
		title, start := v.titleBefore(p.First)
		k := start - 1
		brief := false   // the title has a brief after "for": "regional head for Bavaria"
		first := p.First // the name, or an honorific before it
		if first > 0 && honorifics[v.lower[first-1]] && !v.inMention(first-1) {
			first--
			// "UPDF spokesman Brig Felix Kulayigye": the title before
			// the rank.
			if title == "" {
				title, start = v.titleBefore(first)
				k = start - 1
			}
		}
		// "Its president, Judge Domnica Manole": a rank right after the
		// comma is the person's; the post before the comma is the one
		// to read.
		if title != "" && start >= 3 && v.lower[start-1] == "," && titleWords[v.lower[start-2]] && !v.inMention(start-2) {
			title, first = "", start
		}
		if title == "" && first >= 3 && v.lower[first-1] == "," {
			// "BaFin's president at the time, Thomas Gerlach": past the
			// words that date the post.
			end := first - 1
			if end >= 4 && v.lower[end-3] == "at" && v.lower[end-2] == "the" && v.lower[end-1] == "time" {
				end -= 3
			}
			// "Colombia's current president, Ivan Duque": a possessed
			// title set off by a comma.
			if t, st := v.titleBefore(end); t != "" && st >= 2 && (v.lower[st-1] == "'s" || v.lower[st-1] == "’s") {
				title, k = strings.TrimPrefix(strings.TrimPrefix(t, "current "), "new "), st-1
			} else if t != "" && st >= 1 && (v.lower[st-1] == "his" || v.lower[st-1] == "her") && titleKind(t) == "spokes" {
				// "His spokesman, Dmitri Pavlov": the spokesperson of the
				// person the pronoun stands for.
				title, k = t, st-1
			} else if t != "" && st >= 1 && (v.lower[st-1] == "its" || v.lower[st-1] == "their") {
				// "Its chairman, Vyacheslav Bakhmin": the possessive
				// pronoun stands for the organisation it was resolved to.
				title, k = t, st-1
			} else if o := v.endingAt(st - 1); t != "" && st >= 2 && o != nil && (articles[v.lower[o.First]] || o.First >= 1 && articles[v.lower[o.First-1]]) {
				// "The UCI president, David Lappartient,", "The United
				// Nations Secretary-General, Antonio Guterres,": the
				// organisation names the title before the comma.
				title, k = t, st-1
			} else if t != "" && st >= 1 && v.lower[st-1] == "the" && stateTitle(t) {
				// "The Health Minister, Cesar Vasquez, said": a post of
				// the story's state (see homeTitles).
				title, k = t, st-2
			}
		}
		if title == "" && first >= 4 && v.lower[first-1] == "," {
			// "A spokesman for Europol, Jan de Vries,": the title and its
			// organisation set before the name.
			if o := v.endingAt(first - 2); o != nil && o.First >= 2 {
				prep := o.First - 1
				if v.lower[prep] == "the" && prep > 0 {
					prep--
				}
				if w := v.lower[prep]; w == "for" || w == "of" || w == "at" {
					if t, st := v.titleBefore(prep); t != "" {
						title, k = t, o.Last-1
						// "The UN's special envoy for Yemen, Hans
						// Grundberg": the possessor employs; the place
						// after "for" is the brief.
						// (Past adjectives the title did not take in:
						// "IG Metall's regional head for Bavaria".)
						j := st - 1
						for j > 0 && j >= st-3 && v.toks[j].UPOS == "ADJ" && !v.inMention(j) {
							j--
						}
						if w == "for" && j >= 1 && (v.lower[j] == "'s" || v.lower[j] == "’s") && v.endingAt(j-1) != nil {
							k, brief = j, true
						}
					}
				}
			}
		}
		v.servedBy(c, p)
		if n := v.nationality(p); n != nil {
			c.add(v.index, p.Entity, CitizenOf, n.Entity, "", 0.6)
		}
		possessed := k >= 0 && (v.lower[k] == "'s" || v.lower[k] == "’s")
		if possessed {
			k--
		}
		// "Athletics Kenya (AK) president Jackson Tuwei": past the
		// bracketed acronym.
		if !possessed && title != "" && k >= 3 && v.lower[k] == ")" && v.lower[k-2] == "(" && v.inMention(k-1) {
			k -= 3
		}
		org := v.endingAt(k)
		// "European Commissioner X", "European users": a continent's
		// adjective names no state the person serves or belongs to.
		if org != nil && org.Type == dossier.Place && v.continent(org) {
			org = nil
			title = ""
		}
		// (Not "regional interior minister X", "shadow chancellor Y": an
		// adjective before the title makes it another state's or none.)
		// (Nor "The tribunal's president, Jaime Bestard": a body the
		// text does not name holds the post.)
		if org == nil && title != "" && !possessed && (k < 0 || v.lower[k] != "'s" && v.lower[k] != "’s" && v.lower[k] != "his" && v.lower[k] != "her" && v.lower[k] != "its" && v.lower[k] != "their" && v.lower[k] != "shadow" && v.toks[k].UPOS != "ADJ" && !capitalised(v.toks[k].Text)) {
			// "Foreign Minister Katarzyna Lis": a post whose state the
			// text leaves to the reader (see homeTitles).
			c.untitled = append(c.untitled, untitled{sent: v.index, person: p.Entity, title: title})
		}
		// "his deputy Doina Lupu": a person holds no post in a person,
		// but may speak for one ("His spokesman, Dmitri Pavlov").
		if org != nil && org.Type == dossier.Person && org.Entity != p.Entity && title != "" && titleKind(title) == "spokes" && k >= 0 && (v.lower[k] == "his" || v.lower[k] == "her") {
			c.add(v.index, p.Entity, SpokespersonOf, org.Entity, title, 0.7)
			continue
		}
		if org == nil || org.Type == dossier.Person {
			continue
		}
		// "Spanish defender Diego Ruiz": a player's nationality, not a
		// post in the state ("Liverpool goalkeeper Alisson" plays for
		// the club).
		if org.Kind == "demonym" && org.Type == dossier.Place && playingPositions[strings.ToLower(title)] {
			c.add(v.index, p.Entity, CitizenOf, org.Entity, "", 0.6)
			continue
		}
		// "Former Romanian Prime Minister X": a post held before leads
		// nothing now.
		if title != "" && org.First > 0 && formerWords[v.lower[org.First-1]] {
			title = v.lower[org.First-1] + " " + title
		}
		switch {
		case title != "" && org.Type == dossier.Org && isFounder(strings.Fields(strings.ToLower(title))):
			// "Veltria Pharma founder Ruth Kessler"
			c.add(v.index, org.Entity, FoundedBy, p.Entity, "", 0.7)
		case title != "" && titleKind(title) == "leader" && !brief:
			c.add(v.index, p.Entity, LeaderOf, org.Entity, title, 0.75)
			c.add(v.index, p.Entity, HoldsPosition, org.Entity, title, 0.75)
		case title != "" && titleKind(title) == "spokes":
			c.add(v.index, p.Entity, SpokespersonOf, org.Entity, title, 0.75)
		case title != "":
			c.add(v.index, p.Entity, HoldsPosition, org.Entity, title, 0.7)
			c.add(v.index, p.Entity, AffiliatedWith, org.Entity, "", 0.6)
		}
		if org.Kind == "demonym" && org.Type == dossier.Place {
			c.add(v.index, p.Entity, CitizenOf, org.Entity, "", 0.6)
		}
	}
}

// appointingVerbs give a post to the person after them: "elected X as".
var appointingVerbs = map[string]bool{"appointed": true, "named": true, "elected": true, "installed": true, "chose": true,
	"picked": true, "nominated": true, "confirmed": true, "appoints": true, "names": true, "elects": true}

// playingPositions are a player's place in a team.
var playingPositions = map[string]bool{"striker": true, "goalkeeper": true, "midfielder": true, "defender": true,
	"winger": true, "forward": true, "full-back": true, "centre-back": true, "playmaker": true}

// articles are the articles that open a noun phrase.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// capitalised reports whether a word starts with a capital letter: "Court
// President Ioana Stanciu" holds a post of the court, not of a state.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// formerWords mark a post no longer held.
var formerWords = map[string]bool{"former": true, "ex-": true, "late": true, "then": true, "then-": true}

// nationality returns the country a person is introduced with: a demonym
// before the person's description ("Lithuanian discus thrower Darius
// Vaitkus", "Canadian lawyer Richard McLaren") or a country's possessive
// right before the name ("Australia's Tom Hendry"); else nil.
func (v *view) nationality(p *vmention) *vmention {
	k := p.First - 1
	if k >= 1 && (v.lower[k] == "'s" || v.lower[k] == "’s") {
		// Not "Moscow's Ivan Petrov", a city's.
		if m := v.endingAt(k - 1); m != nil && m.Type == dossier.Place && m.Kind != "demonym" && !v.within[m.Entity] && v.country(m) {
			return m
		}
		return nil
	}
	// Up to three lower-case words of description between them.
	for n := 0; k >= 0 && n < 3 && !v.inMention(k) && describing(v.toks[k]); n++ {
		k--
	}
	if m := v.endingAt(k); m != nil && m.Type == dossier.Place && m.Kind == "demonym" && !v.continent(m) {
		return m
	}
	return nil
}

// mentionName returns the name of a mention's entity, or its words.
func (v *view) mentionName(m *vmention) string {
	if e := v.a.Entity(m.Entity); e != nil {
		return e.Name
	}
	var words []string
	for k := m.First; k < m.Last; k++ {
		words = append(words, v.toks[k].Text)
	}
	return strings.Join(words, " ")
}

// country reports whether a place mention names a country, when the
// extractor has a gazetteer to ask (yes without one).
func (v *view) country(m *vmention) bool {
	kind, asked := v.placeKind(m)
	return !asked || kind == "country"
}

// continent reports whether a place mention names a continent ("Europe"
// for "European"), when the extractor has a gazetteer to ask.
func (v *view) continent(m *vmention) bool {
	kind, asked := v.placeKind(m)
	return asked && kind == "continent"
}

// placeKind returns the gazetteer's kind of a mention's entity ("" when the
// gazetteer does not know it); asked is false without a gazetteer.
func (v *view) placeKind(m *vmention) (kind string, asked bool) {
	if v.gaz == nil {
		return "", false
	}
	_, _, kind, _ = v.gaz.Canonical(v.mentionName(m))
	return kind, true
}

// describing reports whether a word can be part of a lower-case
// description before a name ("discus thrower", "human rights lawyer").
func describing(t dossier.Token) bool {
	w := t.Text
	if len(w) < 3 || stopWords[w] {
		return false
	}
	switch t.UPOS {
	case "VERB", "AUX", "ADV", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT":
		return false // "Chadian police arrested Kossi"
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// stopWords are function words that end a description.
var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "said": true, "who": true, "that": true, "from": true,
	"his": true, "her": true, "its": true, "their": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "are": true, "but": true, "not": true, "after": true, "before": true, "when": true, "told": true,
	"through": true, "during": true, "against": true, "without": true, "between": true, "about": true, "under": true,
	"into": true, "over": true, "since": true, "until": true, "among": true, "than": true, "like": true,
}

// groupWords are words for a party, alliance or movement after its name:
// "the Green Left alliance".
var groupWords = map[string]bool{
	"alliance": true, "party": true, "coalition": true, "group": true, "movement": true, "bloc": true,
	"front": true, "faction": true, "militia": true, "network": true, "union": true,
}

var partNouns = map[string]bool{"part": true, "branch": true, "wing": true, "unit": true, "subsidiary": true, "division": true, "arm": true, "affiliate": true, "faction": true, "offshoot": true, "splinter": true, "spin-off": true, "chapter": true}
var placeNouns = map[string]bool{"village": true, "town": true, "city": true, "region": true, "province": true, "camp": true, "district": true, "area": true, "capital": true, "suburb": true, "neighbourhood": true, "neighborhood": true, "port": true, "state": true, "island": true, "county": true, "municipality": true, "base": true, "compound": true}
var roleNouns = map[string]bool{"executive": true, "expert": true, "lecturer": true, "professor": true, "analyst": true, "researcher": true, "fellow": true, "director": true, "head": true, "member": true, "official": true, "adviser": true, "advisor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "founder": true, "leader": true, "chairman": true, "president": true, "employee": true, "economist": true, "scholar": true, "correspondent": true, "editor": true, "journalist": true,
	"scientist": true, "historian": true, "lawyer": true, "engineer": true, "consultant": true, "strategist": true, "coach": true,
	"coordinator": true, "manager": true, "officer": true, "representative": true, "administrator": true, "treasurer": true}

// appositions reads "X, the largest member of Y", "X, a small village in
// Y", "X, senior lecturer at Y", "X, the president of Y", "Y, a coalition
// ..., of which X is the largest".
func (v *view) appositions(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		if x.Kind == "pronoun" || x.Last >= len(v.toks) {
			continue
		}
		sep := v.lower[x.Last]
		if sep != "," && sep != "—" && sep != "–" && sep != "(" {
			continue
		}
		// "Temir Asanbekov, 54, who heads the party": past the age.
		last := x.Last
		if sep == "," && last+2 < len(v.toks) && v.toks[last+1].UPOS == "NUM" && v.lower[last+2] == "," {
			last += 2
		}
		if k := last + 1; last != x.Last && k < len(v.toks) && v.lower[k] == "who" {
			v.relativeClause(c, x, k+1, v.phraseEnd(k+1))
			continue
		}
		// "X, who heads the MTVA," is a relative clause, not a
		// description: "X, who led the Kenyan branch of the group" is
		// no branch.
		if k := x.Last + 1; k < len(v.toks) && (v.lower[k] == "who" || v.lower[k] == "which" || v.lower[k] == "that") {
			v.relativeClause(c, x, k+1, v.phraseEnd(k+1))
			continue
		}
		// A description has no finite verb: "In neighbouring India, the
		// storm brushed the Sundarbans region of West Bengal" is a clause.
		end := v.phraseEnd(x.Last + 1)
		// (A copula still describes: "X, became Syria's interim
		// president"; so does a relative clause: "an area that makes up
		// two-thirds of Guyana".)
		for k := x.Last + 1; k < end; k++ {
			// "Marta Villalba, a former senator who leads the Civic
			// Union": the relative clause is the person's.
			if v.lower[k] == "who" && x.Type == dossier.Person && k > x.Last+1 {
				v.relativeClause(c, x, k+1, end)
				end = k
				break
			}
			if w := v.lower[k]; w == "that" || w == "which" || w == "who" {
				break
			}
			if t := v.toks[k].XPOS; (t == "VBD" || t == "MD" || (t == "VBZ" || t == "VBP") && presentVerbs[v.lower[k]]) && !copulaVerbs[v.lower[k]] {
				end = k
				break
			}
		}
		// "based in Austin, Texas, and has its base in Dublin": what
		// follows a conjunction is no description.
		if k := x.Last + 1; k < len(v.toks) && (v.lower[k] == "and" || v.lower[k] == "or" || v.lower[k] == "but") {
			continue
		}
		v.describe(c, x, x.Last+1, end)
	}
	v.ofWhich(c)
	v.possessedParty(c)
	v.possessedKin(c)
}

// leads reads "Manuel Pérez led the ELN from 1983", "Antonio García heads
// its Central Command": a person's own clause of leading, read as the
// relative clause "X, who heads Y" is (relativeClause).
func (v *view) leads(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		k := x.Last
		for k < len(v.toks) && (v.lower[k] == "has" || v.lower[k] == "had" || v.lower[k] == "also" || v.lower[k] == "now") {
			k++
		}
		if x.Type == dossier.Person && x.Kind != "pronoun" && k < len(v.toks) && (leadVerbs[v.lower[k]] || ledVerbs[v.lower[k]]) && v.toks[k].UPOS == "VERB" {
			v.relativeClause(c, x, x.Last, v.phraseEnd(x.Last))
		}
	}
}

// fieldNouns name a unit's field after a place: "head of Africa
// research", "director of Asia operations".
var fieldNouns = map[string]bool{"research": true, "operations": true, "sales": true, "affairs": true, "marketing": true,
	"strategy": true, "studies": true, "trading": true, "policy": true, "coverage": true, "desk": true, "business": true}

// divisionWords follow the name of a part of a country.
var divisionWords = map[string]bool{"region": true, "province": true, "state": true, "district": true, "county": true,
	"coast": true, "exclave": true, "enclave": true, "department": true, "governorate": true, "oblast": true}

// describedCompany reads "German carmaker Voltana", "the Kazakh bank
// Halyk Bank": a company a nationality and a trade noun introduce is based
// in that country.
func (v *view) describedCompany(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		if x.Kind != "demonym" || x.Type != dossier.Place || !v.country(x) {
			continue
		}
		k := x.Last
		for k < len(v.toks) && k < x.Last+3 && !v.inMention(k) && v.toks[k].UPOS == "NOUN" && !strings.Contains(v.lower[k], "-") {
			k++
		}
		if k == x.Last || k >= len(v.toks) || !companyNouns[strings.TrimSuffix(v.lower[k-1], "s")] {
			continue
		}
		if y := v.at(k); y != nil && y.Type == dossier.Org && y.Entity != x.Entity {
			c.add(v.index, y.Entity, BasedIn, x.Entity, "", 0.6)
		}
	}
}

// companyNouns are the trade nouns before a company's name.
var companyNouns = map[string]bool{"carmaker": true, "automaker": true, "bank": true, "lender": true, "airline": true,
	"company": true, "firm": true, "group": true, "giant": true, "miner": true, "insurer": true, "retailer": true,
	"operator": true, "conglomerate": true, "manufacturer": true, "chipmaker": true, "drugmaker": true, "startup": true,
	"broadcaster": true, "publisher": true, "producer": true, "supplier": true, "developer": true, "utility": true}

// possessedPlace reads a place's possessive before a name: "Uganda's
// Karamoja region" (located_in), "Switzerland's Holcim", "Quetta's Civil
// Hospital" (based_in).
func (v *view) possessedPlace(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		k := x.Last
		if x.Type != dossier.Place || x.Kind == "demonym" || k+1 >= len(v.toks) || v.lower[k] != "'s" && v.lower[k] != "’s" {
			continue
		}
		y := v.at(k + 1)
		if y == nil || y.Entity == x.Entity {
			continue
		}
		switch y.Type {
		case dossier.Place:
			if v.country(x) {
				v.possessedRegion(c, x, y)
			}
		case dossier.Org:
			// "sold its cement unit to Switzerland's Holcim", "at
			// Quetta's Civil Hospital": a company or body a country's or
			// town's possessive names is based there. (Not a lower-case
			// word the recogniser took for a name: "Pakistan's interior
			// ministry".)
			if kind, _ := v.placeKind(x); !v.country(x) && kind != "city" || !capitalised(v.toks[y.First].Text) {
				continue
			}
			if kind, _ := v.placeKind(y); kind == "intl_org" {
				continue
			}
			c.add(v.index, y.Entity, BasedIn, x.Entity, "", 0.6)
		}
	}
}

// possessedRegion reads "Uganda's Karamoja region": a region or town a
// country's possessive names lies in that country.
func (v *view) possessedRegion(c *collector, x, y *vmention) {
	if y.Kind == "demonym" || v.country(y) {
		return
	}
	// A region or town the gazetteer knows, or a name a word for a
	// division follows ("Karamoja region", "the Algarve coast"); not "the
	// UK's Corus", a company the recogniser called a place.
	if kind, _ := v.placeKind(y); kind != "region" && kind != "city" && !(y.Last < len(v.lower) && divisionWords[v.lower[y.Last]]) {
		return
	}
	switch v.lower[y.Last-1] {
	case "sea", "ocean", "gulf", "bay", "strait", "river", "lake":
		return // "Turkey's Black Sea coast": a sea is no part of one country
	}
	c.add(v.index, y.Entity, LocatedIn, x.Entity, "", 0.7)
}

// siblings reads "two brothers, Mark and Kevin Borg", "the sisters Ana
// and Sofia Reyes": the two named are sibling_of each other.
func (v *view) siblings(c *collector) {
	for k := 0; k+3 < len(v.toks); k++ {
		switch v.lower[k] {
		case "brothers", "sisters", "siblings":
		default:
			continue
		}
		j := k + 1
		if v.lower[j] == "," {
			j++
		}
		x := v.at(j)
		if x == nil || x.Type != dossier.Person || x.Last+1 >= len(v.toks) || v.lower[x.Last] != "and" {
			continue
		}
		y := v.at(x.Last + 1)
		if y == nil || y.Type != dossier.Person || y.Entity == x.Entity {
			continue
		}
		c.add(v.index, x.Entity, SiblingOf, y.Entity, v.lower[k], 0.7)
	}
}

// personAfterTitles returns the mention at token k, or the one after up
// to two capitalised words outside any mention ("Queen Mary", "Crown
// Princess Amalia"), nil when there is none.
func (v *view) personAfterTitles(k int) *vmention {
	for j := k; j < len(v.toks) && j <= k+2; j++ {
		if m := v.at(j); m != nil {
			return m
		}
		if v.inMention(j) || !capitalised(v.toks[j].Text) || v.toks[j].UPOS != "PROPN" && v.toks[j].UPOS != "NOUN" {
			return nil
		}
	}
	return nil
}

// marriedTo reads "X is married to Y", "X has been married to Y since
// 1990": spouse_of.
func (v *view) marriedTo(c *collector) {
	for k := 1; k+1 < len(v.toks); k++ {
		if v.lower[k] != "married" || v.lower[k+1] != "to" {
			continue
		}
		y := v.personAfterTitles(k + 2)
		x := v.subjectBefore(k)
		if x == nil || y == nil || x.Type != dossier.Person || y.Type != dossier.Person || x.Entity == y.Entity || y.Kind == "pronoun" {
			continue
		}
		c.add(v.index, x.Entity, SpouseOf, y.Entity, "married", 0.7)
	}
}

// titledOf reads a title before a person's name and the body or state
// after it: "President Joseph Abekah of Tamsala", "Chief Executive Anna
// Berg of Nordic Air".
func (v *view) titledOf(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		if x.Type != dossier.Person || x.Kind == "pronoun" || x.First == 0 || x.Last+1 >= len(v.toks) || v.lower[x.Last] != "of" {
			continue
		}
		var title []string
		for k := x.First - 1; k >= 0 && titleWords[v.lower[k]] && v.lower[k] != "of" && capitalised(v.toks[k].Text) && !v.inMention(k); k-- {
			title = append([]string{v.lower[k]}, title...)
		}
		if !titleHead(title) {
			continue
		}
		y := v.at(x.Last + 1)
		if y == nil && v.lower[x.Last+1] == "the" {
			y = v.at(x.Last + 2)
		}
		if y == nil || y.Type != dossier.Place && y.Type != dossier.Org {
			continue
		}
		// "President Tsai Ing-wen of the Democratic Progressive Party":
		// a state's title and the holder's party.
		if y.Type == dossier.Org {
			if h := v.lower[y.Last-1]; partyWords[h] || h == "front" || h == "congress" {
				c.add(v.index, x.Entity, MemberOf, y.Entity, "", 0.7)
				continue
			}
		}
		t := strings.Join(title, " ")
		if titleKind(t) == "leader" {
			c.add(v.index, x.Entity, LeaderOf, y.Entity, t, 0.7)
		}
		c.add(v.index, x.Entity, HoldsPosition, y.Entity, t, 0.7)
	}
}

// appointedAs reads the post a person is given: "Tomaz Novak was sworn in
// as Slovenia's prime minister", "named Anna Berg as chief executive of
// Nordic Air", "became the bank's governor". The post is read as an
// apposition's description is.
func (v *view) appointedAs(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		if x.Type != dossier.Person || x.Kind == "pronoun" {
			continue
		}
		// "The PSD elected Helena Vidal as its leader", "named Sarah Lee
		// as its chief executive": the post after "as", the possessive
		// standing for the one who appoints.
		if x.First > 0 && x.Last+1 < len(v.toks) && v.lower[x.Last] == "as" && appointingVerbs[v.lower[x.First-1]] {
			v.describe(c, x, x.Last+1, v.phraseEnd(x.Last+1))
			continue
		}
		k := x.Last
		// "Karel Novotny, a former banker, was named": past the
		// apposition.
		if k < len(v.toks) && v.lower[k] == "," {
			for j := k + 1; j < len(v.toks) && j <= k+8; j++ {
				if v.lower[j] == "," {
					if j+1 < len(v.toks) && (v.lower[j+1] == "was" || v.lower[j+1] == "has" || v.lower[j+1] == "is") {
						k = j + 1
					}
					break
				}
				if v.toks[j].UPOS == "VERB" || v.toks[j].UPOS == "AUX" || v.lower[j] == "who" {
					break
				}
			}
		}
		start := k
		// "was sworn in as", "has been appointed as", "became".
		for k < len(v.toks) && k <= start+3 && (v.lower[k] == "was" || v.lower[k] == "is" || v.lower[k] == "has" || v.lower[k] == "been" || v.lower[k] == "had" ||
			v.lower[k] == "also" || v.lower[k] == "previously" || v.lower[k] == "once" || v.lower[k] == "briefly" || v.lower[k] == "later") {
			k++
		}
		if k >= len(v.toks) {
			continue
		}
		// "X served as deputy governor of the Czech National Bank",
		// "worked as finance director at Equinor".
		if k+2 < len(v.toks) && v.lower[k+1] == "as" && servingVerbs[v.lower[k]] {
			v.describe(c, x, k+2, v.phraseEnd(k+2))
			continue
		}
		switch v.lower[k] {
		case "sworn", "appointed", "named", "elected", "installed", "confirmed", "made":
			k++
			if k < len(v.toks) && v.lower[k] == "in" {
				k++
			}
			if k >= len(v.toks) {
				continue
			}
			// "was elected president of Athletics Kenya": the post
			// without "as" (a title word, or "the" and one).
			if v.lower[k] != "as" {
				t := k
				if v.lower[t] == "the" && t+1 < len(v.toks) {
					t++
				}
				if !titleWords[v.lower[t]] || v.inMention(t) || v.toks[k-1].XPOS != "VBN" {
					continue
				}
				k--
			}
			k++
		case "became", "becomes", "become":
			k++
		default:
			continue
		}
		end := v.phraseEnd(k)
		v.describe(c, x, k, end)
		// "was named finance minister on Wednesday": a post of
		// government with no state named is the story's state's (see
		// homeTitles).
		if v.lower[k] == "the" {
			k++
		}
		var title []string
		for j := k; j < end && titleWords[v.lower[j]] && v.lower[j] != "of" && !v.inMention(j); j++ {
			title = append(title, v.lower[j])
		}
		if n := k + len(title); len(title) > 0 && (n >= end || v.lower[n] != "of" && v.lower[n] != "for" && v.lower[n] != "at" && v.toks[n].UPOS != "NOUN" && v.toks[n].UPOS != "PROPN") {
			c.untitled = append(c.untitled, untitled{sent: v.index, person: x.Entity, title: strings.Join(title, " ")})
		}
	}
}

// kinWords map a word for a relative to the predicate that links the
// relative (subject) to the possessor (object).
var kinWords = map[string]string{
	"wife": SpouseOf, "husband": SpouseOf, "widow": SpouseOf, "widower": SpouseOf, "spouse": SpouseOf,
	"son": ChildOf, "daughter": ChildOf, "sons": ChildOf, "daughters": ChildOf, "stepson": ChildOf, "stepdaughter": ChildOf,
	"father": ParentOf, "mother": ParentOf,
	"brother": SiblingOf, "sister": SiblingOf, "half-brother": SiblingOf, "half-sister": SiblingOf,
	"niece": RelativeOf, "nephew": RelativeOf, "cousin": RelativeOf, "uncle": RelativeOf, "aunt": RelativeOf,
	"grandson": RelativeOf, "granddaughter": RelativeOf, "grandfather": RelativeOf, "grandmother": RelativeOf,
	"son-in-law": RelativeOf, "daughter-in-law": RelativeOf, "brother-in-law": RelativeOf, "sister-in-law": RelativeOf,
	"father-in-law": RelativeOf, "mother-in-law": RelativeOf, "stepfather": ParentOf, "stepmother": ParentOf,
}

// possessedKin reads "Her son, the film-maker Chidi Nwachukwu", "his wife
// Maria", "Okafor's niece, Carmen Elizeche": a possessed word for a
// relative, an optional comma and description of up to four words, and a
// person's name. The relative is the subject: "Chidi Nwachukwu child_of
// Adaora Nwachukwu".
func (v *view) possessedKin(c *collector) {
	for k := 1; k+1 < len(v.toks); k++ {
		pred, ok := kinWords[v.lower[k]]
		if !ok || v.inMention(k) {
			continue
		}
		j := k - 1
		if v.toks[j].UPOS == "ADJ" && j > 0 && !v.inMention(j) {
			j-- // "his late wife", "her eldest son"
		}
		x := v.possessorAt(j)
		var couple []string
		if x == nil && v.lower[j] == "their" && pred != SpouseOf {
			couple = c.couple(v.index)
		}
		if (x == nil || x.Type != dossier.Person) && couple == nil {
			continue
		}
		n := k + 1
		if v.lower[n] == "," {
			n++
			if n < len(v.toks) && (v.lower[n] == "the" || v.lower[n] == "a" || v.lower[n] == "an") {
				for d := n + 1; d < len(v.toks) && d <= n+4; d++ {
					if v.at(d) != nil {
						n = d
						break
					}
					if u := v.toks[d].UPOS; u != "NOUN" && u != "ADJ" && u != "PROPN" && u != "PUNCT" || v.lower[d] == "," {
						break
					}
				}
			}
		}
		y := v.personAfterTitles(n) // "his mother, Queen Mary", "her son, Crown Prince Frederik"
		if y == nil || y.Type != dossier.Person || y.Kind == "pronoun" {
			continue
		}
		if couple != nil {
			// "Emeka Obi and his wife, Ngozi Obi, were arrested. Their
			// son, Chidi Obi, fled": the relative of both.
			for _, h := range couple {
				c.add(v.index, y.Entity, pred, h, v.lower[k], 0.6)
			}
			continue
		}
		if y.Entity == x.Entity {
			continue
		}
		holder := x.Entity
		// "her son Paul Camilleri": a pronoun may have gone to the wrong
		// woman; a blood relative shares the family name of the person
		// the text names with it, when one does.
		if v.lower[j] != "'s" && v.lower[j] != "’s" && pred != SpouseOf {
			if o := v.namesake(y.Entity, x.Entity); o != "" {
				holder = o
			}
		}
		c.add(v.index, y.Entity, pred, holder, v.lower[k], 0.7)
	}
}

// couple returns the two people of the latest spouse_of relation read
// in sentence sent or the one before it (whom "their" then names), nil
// when there is none.
func (c *collector) couple(sent int) []string {
	for i := len(c.rels) - 1; i >= 0; i-- {
		r := c.rels[i]
		if r.Predicate == SpouseOf && r.Evidence.Sentence >= sent-1 && r.Evidence.Sentence <= sent {
			return []string{r.Object, r.Subject}
		}
	}
	return nil
}

// namesake returns the one other person of the document, neither
// relative nor holder, whose name ends in the relative's family name,
// when holder's does not; "" otherwise.
func (v *view) namesake(relative, holder string) string {
	family := func(id string) string {
		if e := v.a.Entity(id); e != nil {
			if f := strings.Fields(e.Name); len(f) > 1 {
				return strings.ToLower(f[len(f)-1])
			}
		}
		return ""
	}
	fam := family(relative)
	if fam == "" || family(holder) == fam {
		return ""
	}
	found := ""
	for _, e := range v.a.Entities {
		if e.Type != dossier.Person || e.ID == relative || e.ID == holder || family(e.ID) != fam {
			continue
		}
		if found != "" {
			return ""
		}
		found = e.ID
	}
	return found
}

// partyWords are what a person's party or movement is called before its
// name: "Valcarcel's party, Fuerza Patria".
var partyWords = map[string]bool{"party": true, "movement": true, "union": true, "alliance": true, "coalition": true, "faction": true}

// possessedParty reads "Pedro Valcarcel's party, Fuerza Patria" and "his
// party, the Reform Party" (the person is a member of the organisation),
// and "The MFDC's armed wing, Atika" (a part of the organisation): a
// possessed word for a party or a part, a comma and the name.
func (v *view) possessedParty(c *collector) {
	for k := 2; k+2 < len(v.toks); k++ {
		party, part := partyWords[v.lower[k]], partWords[v.lower[k]]
		if !party && !part || v.lower[k+1] != "," || v.inMention(k) {
			continue
		}
		y := v.at(k + 2)
		if y == nil && party && v.lower[k+2] == "the" {
			y = v.at(k + 3)
		}
		if y == nil || y.Type != dossier.Org {
			continue
		}
		j := k - 1
		for part && j > 0 && (v.toks[j].UPOS == "ADJ" || v.toks[j].UPOS == "NOUN") && !v.inMention(j) {
			j-- // "armed", "political", "youth"
		}
		x := v.possessorAt(j)
		switch {
		case x == nil || x.Entity == y.Entity:
		case party && x.Type == dossier.Person:
			c.add(v.index, x.Entity, MemberOf, y.Entity, "", 0.7)
		case part && x.Type == dossier.Org:
			c.add(v.index, y.Entity, PartOf, x.Entity, "", 0.7)
		}
	}
}

// possessorAt returns the possessor a possessive at token j stands for:
// the name before "'s", or the mention a possessive pronoun was resolved
// to ("his party", "its armed wing").
func (v *view) possessorAt(j int) *vmention {
	switch v.lower[j] {
	case "'s", "’s":
		return v.endingAt(j - 1)
	case "his", "her", "its", "their":
		return v.endingAt(j)
	case "whose":
		// "Elena Rojas, whose husband Miguel Rojas was trapped", and past
		// an age or a description set off before it ("Miguel Santos,
		// 34, a shift supervisor, whose wife").
		if j >= 2 && v.lower[j-1] == "," {
			for k := j - 2; k >= 0 && k >= j-10; k-- {
				if m := v.endingAt(k); m != nil && m.Type == dossier.Person && m.Last < len(v.lower) && v.lower[m.Last] == "," {
					return m
				}
				if v.lower[k] == "." || v.lower[k] == ";" || v.toks[k].XPOS == "VBD" {
					break
				}
			}
		}
	}
	return nil
}

// partWords name a part of an organisation before the part's name: "its
// armed wing, Atika", "the group's youth branch, ...".
var partWords = map[string]bool{"wing": true, "branch": true, "subsidiary": true, "affiliate": true, "arm": true, "unit": true, "division": true}

// leadVerbs say that the subject leads what follows; past forms say it
// did.
var leadVerbs = map[string]bool{"heads": true, "leads": true, "chairs": true, "runs": true, "directs": true, "commands": true, "head": true, "lead": true}
var ledVerbs = map[string]bool{"headed": true, "led": true, "chaired": true, "ran": true, "directed": true, "commanded": true, "ruled": true}

// relativeClause reads "X, who heads Y" (leader_of), "X, who led Y" (a
// former post), "X, who works for Y" (affiliated_with) in tokens [from,
// end) after the relative pronoun.
func (v *view) relativeClause(c *collector, x *vmention, from, end int) {
	if x.Type != dossier.Person || from >= end {
		return
	}
	k := from
	for k < end && (v.lower[k] == "now" || v.lower[k] == "also" || v.lower[k] == "still" || v.lower[k] == "has" || v.lower[k] == "had" || v.lower[k] == "once") {
		k++
	}
	if k >= end {
		return
	}
	// "who runs a textile firm in Kumasi and chairs the Association of
	// Ghana Industries": the second verb of the clause is read too.
	for j := k + 2; j+1 < end; j++ {
		if v.lower[j] == "and" && (leadVerbs[v.lower[j+1]] || ledVerbs[v.lower[j+1]]) {
			v.relativeClause(c, x, j+1, end)
			end = j
			break
		}
	}
	w := v.lower[k]
	switch {
	case leadVerbs[w] || ledVerbs[w]:
		// (Not "Mr Justice Forbes ruled that UK jurisdiction ...", a
		// judge's ruling.)
		if k+1 < end {
			switch v.lower[k+1] {
			case "that", "on", "against", "in", "out", "for":
				return
			}
		}
		y := v.next(k+1, 3)
		// "who heads the second-division side CS Dunarea": past a
		// description of the body.
		// (Not "who leads a fishermen's cooperative in Pola": the body's
		// place.)
		if y == nil && k+1 < end && (v.lower[k+1] == "the" || v.lower[k+1] == "a") {
			if z := v.next(k+1, 6); z != nil && z.Type == dossier.Org && !slices.ContainsFunc(v.toks[k+1:z.First], func(t dossier.Token) bool { return t.UPOS == "ADP" }) {
				y = z
			}
		}
		// "who heads Europol's European Migrant Smuggling Centre": the
		// possessed body, not its owner.
		if y != nil && y.Last+1 < end && (v.lower[y.Last] == "'s" || v.lower[y.Last] == "’s") {
			if z := v.next(y.Last+1, 3); z != nil && z.Type == dossier.Org && z.Last <= end {
				y = z
			}
		}
		// "who had led the Hamburg-based developer": not the seat's.
		if y != nil && strings.HasSuffix(v.toks[y.Last-1].Text, "-based") {
			y = v.next(y.Last, 4)
		}
		if y == nil || y.Type == dossier.Person || y.Last > end {
			return
		}
		// "who heads", "who has led X since 2024": leads now; "who led",
		// "who had led": did.
		now := leadVerbs[w] || ledVerbs[w] && (v.lower[from] == "has" || v.lower[from] == "have")
		if now {
			c.add(v.index, x.Entity, LeaderOf, y.Entity, "head", 0.7)
			c.add(v.index, x.Entity, HoldsPosition, y.Entity, "head", 0.7)
		} else {
			c.add(v.index, x.Entity, HoldsPosition, y.Entity, "former head", 0.65)
		}
	case (w == "works" || w == "worked") && k+1 < end && (v.lower[k+1] == "for" || v.lower[k+1] == "at"):
		if y := v.employer(k + 2); y != nil && y.Last <= end {
			c.add(v.index, x.Entity, AffiliatedWith, y.Entity, "", 0.65)
		}
	case w == "is" || w == "remains" || w == "serves":
		// "X, who remains chairman of the board of Halvern,", "who is the
		// bank's governor", "who serves as its treasurer".
		k++
		if w == "serves" && k < end && v.lower[k] == "as" {
			k++
		}
		// Up to a second clause: "who is a member of X and was part of Y".
		e := k
		for e < end && v.lower[e] != "and" && v.lower[e] != "but" {
			e++
		}
		v.describe(c, x, k, e)
	}
}

// phraseEnd returns where a description starting at token from ends: the
// next comma, dash, bracket or full stop, at most 15 tokens on.
func (v *view) phraseEnd(from int) int {
	end := from
	for end < len(v.toks) && end-from < 15 {
		w := v.lower[end]
		if w == "," || w == "—" || w == "–" || w == ")" || w == ";" || w == "." {
			break
		}
		end++
	}
	return end
}

// describe reads a description of x in tokens [from, end): "the largest
// member of Y", "a village in Y", "senior lecturer at Y", "Y's chief
// executive".
func (v *view) describe(c *collector, x *vmention, from, end int) {
	var nouns []string
	for k := from; k < end; k++ {
		w := v.lower[k]
		if y := v.at(k); y != nil {
			// "Kronberg Bank, a Salzburg-based regional lender".
			// (Not "The Markfield, Leicestershire-based company": a town
			// and its county.)
			if x.Type == dossier.Org && y.Type == dossier.Place && strings.HasSuffix(v.toks[y.Last-1].Text, "-based") && k > from {
				c.add(v.index, x.Entity, BasedIn, y.Entity, "", 0.7)
				continue
			}
			// "X, the PCG spokesman,": a name modifying the title after it
			// (nothing before it but the article).
			// ("a former Kenyan foreign minister", "a UNHCR spokeswoman in
			// Rome": past "former", and before a place.)
			lead := k == from+1 || k == from+2 && (v.lower[from+1] == "former" || v.lower[from+1] == "senior")
			if j := y.Last; lead && (v.lower[from] == "the" || v.lower[from] == "a") && j < end && titleWords[v.lower[j]] && v.lower[j] != "of" && y.Type != dossier.Person && y.Entity != x.Entity {
				var title []string
				for ; j < end && titleWords[v.lower[j]] && v.lower[j] != "of"; j++ {
					title = append(title, v.lower[j])
				}
				if j+1 < end && (v.lower[j] == "in" || v.lower[j] == "at") {
					if p := v.at(j + 1); p != nil && p.Type == dossier.Place && (p.Last == end || v.lower[p.Last] == ",") {
						j = p.Last
					}
				}
				if k == from+2 {
					title = append([]string{v.lower[from+1]}, title...)
				}
				if j == end || v.lower[j] == "," {
					v.appositionRelation(c, x, y, title, "of")
					k = j - 1
					continue
				}
			}
			// "Ana Ruiz, a former McKinsey consultant": an organisation's
			// name before an occupation.
			if j := y.Last; x.Type == dossier.Person && y.Type == dossier.Org && y.Entity != x.Entity && j < end && staffNouns[v.lower[j]] && k <= from+2 && (j+1 == end || v.lower[j+1] == ",") {
				c.add(v.index, x.Entity, AffiliatedWith, y.Entity, v.lower[j], 0.65)
				k = j
				continue
			}
			// "as its leader": the body "its" stands for and the title.
			if y.Kind == "pronoun" && (w == "its" || w == "their") && y.Type == dossier.Org && y.Entity != x.Entity {
				var title []string
				j := y.Last
				for ; j < end && titleWords[v.lower[j]] && v.lower[j] != "of"; j++ {
					title = append(title, v.lower[j])
				}
				if len(title) > 0 {
					v.appositionRelation(c, x, y, title, "of")
				}
				k = j - 1
				continue
			}
			// "Y's chief executive": the possessor and the title after.
			if j := y.Last; j+1 < end && (v.lower[j] == "'s" || v.lower[j] == "’s") {
				var title []string
				for j++; j < end && titleWords[v.lower[j]] && v.lower[j] != "of"; j++ {
					title = append(title, v.lower[j])
				}
				for len(title) > 1 && (title[0] == "current" || title[0] == "new" || title[0] == "longtime") {
					title = title[1:]
				}
				// "Dennis Muilenburg, Calhoun's predecessor"; "Peter
				// Ochieng, Kiprono's lawyer"
				if j < end && y.Type == dossier.Person && x.Type == dossier.Person && y.Entity != x.Entity {
					switch w := v.lower[j]; {
					case w == "predecessor":
						c.add(v.index, y.Entity, SuccessorOf, x.Entity, "", 0.7)
					case w == "successor":
						c.add(v.index, x.Entity, SuccessorOf, y.Entity, "", 0.7)
					case serviceNouns[w] && (j+1 == end || v.lower[j+1] == ","):
						c.add(v.index, x.Entity, WorksFor, y.Entity, w, 0.7)
					}
				}
				if len(title) > 0 && y.Entity != x.Entity {
					v.appositionRelation(c, x, y, title, "of")
				}
				k = j - 1
				continue
			}
		}
		// Names are not description words; "the founder", a description
		// the resolver linked back to a person, is.
		if c := v.Covering(k); c >= 0 && v.Mentions[c].Kind != "nominal" {
			continue
		}
		// "head of commodity strategy at RBC": "of" and lower-case words
		// name a unit the title heads, not the organisation.
		if w == "of" && len(nouns) > 0 && k+1 < end && v.at(k+1) == nil && v.toks[k+1].UPOS == "NOUN" && !capitalised(v.toks[k+1].Text) {
			nouns = append(nouns, w)
			continue
		}
		if w == "of" || w == "in" || w == "at" || w == "for" || w == "to" || w == "near" {
			y := v.next(k+1, 4)
			if y == nil {
				continue
			}
			// "the firm's head of Africa research": a name before a common
			// noun names a unit's field, not the body.
			if w == "of" && y.Last < end && y.Type == dossier.Place && fieldNouns[v.lower[y.Last]] {
				k = y.Last
				continue
			}
			// "deputy director general of the European consumer
			// organisation BEUC": the name after the nationality and the
			// words for what it is.
			if y.Kind == "demonym" {
				if z := v.next(y.Last, 4); z != nil && v.lowerOnly(y.Last, z.First) {
					y = z
				}
			}
			// "a subsidiary of London-based Shell plc", "a member of the
			// Moscow-led CSTO": the name after the place of its seat or
			// of its leader.
			if v.compoundModifier(y) {
				if z := v.next(y.Last, 4); z != nil {
					y = z
				}
			}
			// "the secretary of Iran's Supreme National Security
			// Council": the possessed name is the one meant.
			if j := y.Last; j+1 < end && (v.lower[j] == "'s" || v.lower[j] == "’s") {
				if z := v.at(j + 1); z != nil {
					y = z
				} else if w == "of" && len(nouns) > 0 && kinWords[nouns[len(nouns)-1]] != "" && x.Type == dossier.Person && y.Type == dossier.Person {
					// "Martin Sedlak, the husband of Hruby's sister": a
					// relative by marriage, not Hruby's husband.
					c.add(v.index, x.Entity, RelativeOf, y.Entity, nouns[len(nouns)-1]+" of "+v.lower[j+1], 0.6)
					k = y.Last - 1
					continue
				} else if z := v.possessedPastModifiers(j + 1); z != nil {
					// "head of Sudan's ruling Sovereign Council"
					y = z
				} else if w == "of" && y.Type == dossier.Place && x.Type == dossier.Person && !v.stateBodyAfter(j+1) {
					// "mayor of Brazil's largest city": the post is in a
					// place the text does not name, not in Brazil (but
					// "minister of Peru's new cabinet" serves Peru).
					k = y.Last - 1
					continue
				}
			}
			v.appositionRelation(c, x, y, nouns, w)
			k = y.Last - 1
			continue
		}
		nouns = append(nouns, w)
	}
}

// presentVerbs are the present-tense verbs that end a description ("X,
// and has its base in Dublin"); a tagger's VBZ on a plural noun ("news
// and features editor") does not.
var presentVerbs = map[string]bool{"has": true, "have": true, "says": true, "say": true, "plans": true, "wants": true, "owns": true}

// copulaVerbs link a subject to a description of it.
var copulaVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "became": true, "becomes": true, "become": true,
	"remains": true, "remained": true, "been": true,
}

// copulas reads "X is the largest member of Y", "X became Syria's interim
// president", "X has been the group's spokesman".
func (v *view) copulas(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		k := x.Last
		for k < len(v.toks) && (v.lower[k] == "has" || v.lower[k] == "had" || v.lower[k] == "have" || v.lower[k] == "also" || v.lower[k] == "now" || v.lower[k] == "still" || v.lower[k] == "never" ||
			v.lower[k] == "always" || v.lower[k] == "long") {
			k++
		}
		if k >= len(v.toks) || !copulaVerbs[v.lower[k]] || k-x.Last > 3 {
			continue
		}
		// Not a passive or a progressive: "X was founded", "X is based".
		if k+1 < len(v.toks) && (v.toks[k+1].XPOS == "VBN" || v.toks[k+1].XPOS == "VBG") {
			continue
		}
		// Nor a denial: "Serbia is not a member of the EU", "is no longer
		// its chief executive", "has never been".
		if k+1 < len(v.toks) && (v.lower[k+1] == "not" || v.lower[k+1] == "n't" || v.lower[k+1] == "no" || v.lower[k+1] == "never") ||
			k > x.Last && (v.lower[k-1] == "never" || v.lower[k-1] == "not") {
			continue
		}
		v.describe(c, x, k+1, v.phraseEnd(k+1))
		// "Both Kyrgyzstan and Tajikistan are members of the CSTO": each
		// of a plural subject's names.
		if o := v.membersOf(k); o != nil {
			c.add(v.index, x.Entity, MemberOf, o.Entity, "", 0.75)
			for j := x.First - 1; j >= 1 && (v.lower[j] == "and" || v.lower[j] == ","); {
				y := v.endingAt(j - 1)
				if y == nil || y.Type != x.Type || y.Kind == "pronoun" {
					break
				}
				c.add(v.index, y.Entity, MemberOf, o.Entity, "", 0.75)
				j = y.First - 1
			}
		}
	}
}

// membersOf returns the organisation of "are members of X" (also "were",
// "are both/all/founding members of") at the copula k, or nil.
func (v *view) membersOf(k int) *vmention {
	if v.lower[k] != "are" && v.lower[k] != "were" {
		return nil
	}
	j := k + 1
	for j < len(v.lower) && (v.lower[j] == "both" || v.lower[j] == "all" || v.lower[j] == "founding" || v.lower[j] == "full") {
		j++
	}
	if j+2 >= len(v.lower) || v.lower[j] != "members" || v.lower[j+1] != "of" {
		return nil
	}
	if o := v.next(j+2, 3); o != nil && o.Type == dossier.Org {
		return o
	}
	return nil
}

func (v *view) appositionRelation(c *collector, x, y *vmention, nouns []string, prep string) {
	has := func(set map[string]bool) string {
		for i := len(nouns) - 1; i >= 0; i-- {
			if set[nouns[i]] {
				return nouns[i]
			}
		}
		return ""
	}
	switch {
	case has(map[string]bool{"member": true}) != "" && prep == "of":
		c.add(v.index, x.Entity, MemberOf, y.Entity, "", 0.75)
	case has(partNouns) != "" && prep == "of" && y.Kind != "nominal":
		// (Not "destroyed part of the city": a description names no
		// whole the subject belongs to.)
		c.add(v.index, x.Entity, PartOf, y.Entity, "", 0.7)
	case x.Type == dossier.Place && y.Type == dossier.Place && has(placeNouns) != "" && (prep == "in" || prep == "of"):
		// "Port Vila, the capital of Vanuatu": a capital lies in its
		// country and is its capital.
		if prep == "of" && len(nouns) > 0 && nouns[len(nouns)-1] == "capital" && v.country(y) {
			c.add(v.index, x.Entity, coref.CapitalOf, y.Entity, "", 0.75)
		}
		c.add(v.index, x.Entity, LocatedIn, y.Entity, "", 0.75)
	case x.Type == dossier.Person && y.Type == dossier.Person && prep == "of" && len(nouns) > 0 && kinWords[nouns[len(nouns)-1]] != "":
		// "Natalia Gómez is the wife of Carlos Duarte", "X, the son of Y"
		c.add(v.index, x.Entity, kinWords[nouns[len(nouns)-1]], y.Entity, nouns[len(nouns)-1], 0.7)
	case x.Type == dossier.Person && y.Type == dossier.Person && (prep == "of" || prep == "for") && len(nouns) > 0 && serviceNouns[nouns[len(nouns)-1]]:
		// "Peter Ochieng, the lawyer of Daniel Kiprono", "a coach for"
		c.add(v.index, x.Entity, WorksFor, y.Entity, nouns[len(nouns)-1], 0.7)
	case x.Type == dossier.Person && (prep == "of" || prep == "for") && spokesTitles[has(spokesTitles)] && (y.Type == dossier.Org || v.country(y)):
		// (Not "the navy's spokesperson for the West Philippine Sea", a
		// brief.)
		c.add(v.index, x.Entity, SpokespersonOf, y.Entity, "", 0.75)
	case x.Type == dossier.Person && prep == "of" && y.Type == dossier.Org && isFounder(titleTail(nouns)):
		// "X, the founder of Y"
		c.add(v.index, y.Entity, FoundedBy, x.Entity, "", 0.7)
	case x.Type == dossier.Person && prep == "of" && titleKind(strings.Join(titleTail(nouns), " ")) == "leader" && (y.Type == dossier.Place || y.Type == dossier.Org):
		title := strings.Join(titleTail(nouns), " ")
		c.add(v.index, x.Entity, LeaderOf, y.Entity, title, 0.7)
		c.add(v.index, x.Entity, HoldsPosition, y.Entity, title, 0.7)
	case x.Type == dossier.Person && prep == "of" && titleHead(titleTail(nouns)) && (y.Type == dossier.Place || y.Type == dossier.Org):
		// "X, Iran's foreign minister", "X, the secretary of state of Y"
		c.add(v.index, x.Entity, HoldsPosition, y.Entity, strings.Join(titleTail(nouns), " "), 0.65)
	case x.Type == dossier.Person && y.Type == dossier.Org && (prep == "at" || prep == "of" || prep == "for") && has(roleNouns) != "":
		c.add(v.index, x.Entity, AffiliatedWith, y.Entity, has(roleNouns), 0.7)
	case x.Type == dossier.Org && y.Type == dossier.Place && has(map[string]bool{"based": true, "headquartered": true}) != "":
		c.add(v.index, x.Entity, BasedIn, y.Entity, "", 0.7)
	}
}

// ownedBy reads "Deltaline is partly owned by Van Roon Capital", "Al-Nassr,
// which is owned by the Public Investment Fund," and "The mine,
// majority-owned by Northgate Resources,": the organisation owned and its
// owner, a body or a person named within six words after "by".
func (v *view) ownedBy(c *collector) {
	for k := 1; k+2 < len(v.toks); k++ {
		// "Holcim, which already owns the supermarket chain Plaza
		// Andina": the owner before the verb, the owned after it.
		if w := v.lower[k]; w == "owns" || w == "owned" && v.lower[k+1] != "by" || w == "controls" {
			j := k - 1
			for j >= 0 && (v.lower[j] == "already" || v.lower[j] == "also" || v.lower[j] == "now" || v.lower[j] == "which" || v.lower[j] == "that" || v.lower[j] == "," || v.lower[j] == "jointly") {
				j--
			}
			owner := v.endingAt(j)
			owned := v.employer(k + 1)
			if owner != nil && owned != nil && (owner.Type == dossier.Org || owner.Type == dossier.Person) && owned.Entity != owner.Entity {
				c.add(v.index, owned.Entity, OwnedBy, owner.Entity, "", 0.65)
			}
			continue
		}
		if !strings.HasSuffix(v.lower[k], "owned") && v.lower[k] != "controlled" || v.lower[k+1] != "by" {
			continue
		}
		var owner *vmention
		for j := k + 2; j < len(v.toks) && j <= k+7; j++ {
			if m := v.at(j); m != nil && m.Kind != "demonym" {
				owner = m
				break
			}
			if w := v.lower[j]; w == "," || w == "and" || w == "." {
				break
			}
		}
		if owner == nil || owner.Type != dossier.Org && owner.Type != dossier.Person {
			continue
		}
		// Back to the one owned, past "partly", "is", "which" and a comma.
		j := k - 1
		for j >= 0 {
			switch v.lower[j] {
			case "partly", "majority", "wholly", "jointly", "largely", "fully", "also", "now", "is", "was", "are", "were", "been", "has", "had", "which", "that", ",",
				"percent", "per", "cent", "%":
				j--
				continue
			}
			// "is 70 percent owned by"
			if v.toks[j].UPOS == "NUM" {
				j--
				continue
			}
			break
		}
		owned := v.endingAt(j)
		if owned == nil || owned.Type != dossier.Org || owned.Entity == owner.Entity {
			continue
		}
		c.add(v.index, owned.Entity, OwnedBy, owner.Entity, "", 0.7)
	}
}

// educatedAt reads "He studied law at Makerere University", "Mwangoi
// graduated from the University of Dar es Salaam", "was educated at
// Sandhurst": the person (or the pronoun standing for one) before the verb
// and the school after "at", "from" or "in", within five words.
func (v *view) educatedAt(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		k := v.verbAfterPerson(x, "later", "also", "then", "was", "had")
		if k < 0 {
			continue
		}
		switch v.lower[k] {
		case "studied", "graduated", "educated", "trained", "enrolled":
		default:
			continue
		}
		for j := k + 1; j < len(v.toks) && j <= k+6; j++ {
			w := v.lower[j]
			if w == "," || w == "." || w == "and" || w == "before" || w == "after" {
				break
			}
			if w != "at" && w != "from" && w != "in" {
				continue
			}
			if y := v.next(j+1, 3); y != nil && y.Type == dossier.Org && schoolName(v.mentionName(y)) {
				c.add(v.index, x.Entity, EducatedAt, y.Entity, "", 0.7)
			}
			break
		}
	}
}

// verbAfterPerson returns the token after person mention x past the
// given adverbs and auxiliaries ("X later studied", "X has worked"), or -1
// when x is no person or the sentence ends.
func (v *view) verbAfterPerson(x *vmention, skip ...string) int {
	if x.Type != dossier.Person {
		return -1
	}
	k := x.Last
	for k < len(v.toks) && slices.Contains(skip, v.lower[k]) {
		k++
	}
	if k >= len(v.toks) {
		return -1
	}
	return k
}

// worksFor reads "Katrin Vollmer worked for Medical Relief International",
// "Otieno has worked for the Geneva-based charity MRI since 2019": the
// person (or the pronoun standing for one) right before the verb works for
// the organisation after "for" or "at".
func (v *view) worksFor(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		k := v.verbAfterPerson(x, "also", "previously", "later", "has", "have", "had")
		if k < 0 || k+1 >= len(v.toks) || !servingVerbs[v.lower[k]] || v.lower[k] == "serve" || v.lower[k] == "served" || v.lower[k] == "serves" || v.lower[k] == "serving" {
			continue
		}
		if v.lower[k+1] != "for" && v.lower[k+1] != "at" {
			continue
		}
		if y := v.employer(k + 2); y != nil {
			c.add(v.index, x.Entity, AffiliatedWith, y.Entity, "", 0.65)
		}
	}
}

// employer returns the organisation named from token k on, past a short
// description of it ("the Geneva-based medical charity Medical Relief
// International", "state-owned Codelco"), or nil.
func (v *view) employer(k int) *vmention {
	for j := k; j < len(v.toks) && j < k+7; j++ {
		if m := v.at(j); m != nil {
			// "the Geneva-based charity X": the seat is no employer.
			if m.Last < len(v.toks) && strings.HasPrefix(v.lower[m.Last], "-based") || strings.HasSuffix(v.toks[m.Last-1].Text, "-based") {
				j = m.Last - 1
				continue
			}
			if m.Type == dossier.Org {
				return m
			}
			return nil
		}
		if v.inMention(j) {
			return nil
		}
		switch t := v.toks[j]; {
		case t.UPOS == "DET", t.UPOS == "ADJ", t.UPOS == "NOUN", strings.HasSuffix(t.Text, "-based"), t.Text == "-":
		default:
			return nil
		}
	}
	return nil
}

// schoolName reports whether a name is a school's: a university, college,
// academy, institute or school.
func schoolName(name string) bool { return hasWordIn(name, schoolWords) }

// schoolWords name schools.
var schoolWords = map[string]bool{"university": true, "college": true, "academy": true, "institute": true, "school": true,
	"polytechnic": true, "sandhurst": true, "sorbonne": true, "conservatory": true, "seminary": true}

// servingVerbs hold a post named after "as": "served as", "worked as".
var servingVerbs = map[string]bool{"served": true, "serves": true, "serving": true, "serve": true,
	"worked": true, "works": true, "working": true, "work": true}

// stateBodyAfter reports whether a word for a state's government comes
// within three modifiers of token j: "Peru's new cabinet".
func (v *view) stateBodyAfter(j int) bool {
	for k := j; k < len(v.toks) && k <= j+3; k++ {
		switch v.lower[k] {
		case "cabinet", "government", "parliament", "administration", "army", "military", "navy", "police", "senate", "congress":
			return true
		}
		if v.toks[k].UPOS != "ADJ" {
			return false
		}
	}
	return false
}

// compoundModifiers end a name that modifies the next one: "London-based
// Shell", "the Moscow-led CSTO", "the Iran-backed Houthis".
var compoundModifiers = []string{"-based", "-led", "-backed", "-owned", "-run", "-controlled", "-allied", "-funded", "-registered"}

// compoundModifier reports whether mention y ends in, or is followed by, a
// hyphenated modifier of the name after it.
func (v *view) compoundModifier(y *vmention) bool {
	last := v.toks[y.Last-1].Text
	for _, suf := range compoundModifiers {
		if strings.HasSuffix(last, suf) {
			return true
		}
		if y.Last+1 < len(v.toks) && v.lower[y.Last] == "-" && "-"+v.lower[y.Last+1] == suf {
			return true
		}
	}
	return false
}

// possessedPastModifiers returns the name that starts within three
// lower-case modifiers of token j ("ruling Sovereign Council"), or nil.
func (v *view) possessedPastModifiers(j int) *vmention {
	for k := j; k < len(v.toks) && k <= j+3; k++ {
		if z := v.at(k); z != nil {
			if k > j {
				return z
			}
			return nil
		}
		if u := v.toks[k].UPOS; u != "ADJ" && u != "VERB" || capitalised(v.toks[k].Text) {
			return nil
		}
	}
	return nil
}

// staffNouns are occupations that an organisation's name before them
// makes its staff: "a former McKinsey consultant", "a Reuters
// photographer".
var staffNouns = map[string]bool{
	"consultant": true, "engineer": true, "analyst": true, "lawyer": true, "banker": true, "employee": true,
	"executive": true, "researcher": true, "scientist": true, "partner": true, "trader": true, "worker": true,
	"pilot": true, "staffer": true, "photographer": true, "reporter": true, "journalist": true, "correspondent": true,
	"economist": true, "strategist": true, "programmer": true, "designer": true, "accountant": true, "auditor": true,
}

// serviceNouns are the people who work for a person: "his lawyer",
// "the coach of Daniel Kiprono".
var serviceNouns = map[string]bool{
	"lawyer": true, "attorney": true, "solicitor": true, "barrister": true, "counsel": true, "coach": true,
	"trainer": true, "agent": true, "manager": true, "aide": true, "adviser": true, "advisor": true,
	"bodyguard": true, "doctor": true, "physician": true, "assistant": true, "secretary": true, "publicist": true,
	"biographer": true, "chauffeur": true, "driver": true, "deputy": true,
}

// servedBy reads "Kiprono's lawyer, Peter Ochieng" and "His coach, Gabriel
// Rotich": the person named after a possessed service noun and a comma
// works for the possessor (the person a pronoun was resolved to).
func (v *view) servedBy(c *collector, p *vmention) {
	k := p.First - 1
	// "Her lawyer Mohamed Bangura" without the comma too.
	if k >= 1 && serviceNouns[v.lower[k]] {
		k++
	}
	if k < 2 || k != p.First && v.lower[k] != "," || !serviceNouns[v.lower[k-1]] {
		return
	}
	noun := v.lower[k-1]
	j := k - 2
	for j >= 0 && v.toks[j].UPOS == "ADJ" && !v.inMention(j) {
		j-- // "his longtime lawyer"
	}
	if j < 0 {
		return
	}
	var owner *vmention
	switch w := v.lower[j]; {
	case (w == "his" || w == "her") && noun != "deputy":
		// (Not "named his deputy X": whose deputy a pronoun makes one
		// is too often the post's holder, not the one "his" was
		// resolved to.)
		owner = v.at(j)
	case (w == "'s" || w == "’s") && j >= 1:
		owner = v.endingAt(j - 1)
	}
	if owner != nil && owner.Type == dossier.Person && owner.Entity != p.Entity {
		c.add(v.index, p.Entity, WorksFor, owner.Entity, noun, 0.7)
	}
}

// isFounder reports whether a title is a founder's.
func isFounder(title []string) bool {
	if len(title) == 0 {
		return false
	}
	switch title[len(title)-1] {
	case "founder", "co-founder", "cofounder":
		return true
	}
	return false
}

// titleHeads are the words a title of office ends with.
var titleHeads = map[string]bool{
	"minister": true, "secretary": true, "ambassador": true, "envoy": true, "governor": true, "mayor": true,
	"commander": true, "judge": true, "senator": true, "director": true, "official": true, "general": true,
	"president": true, "chancellor": true, "premier": true, "chairman": true, "chairwoman": true, "leader": true,
	"executive": true, "ceo": true, "head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	// posts below the top: "the chief prosecutor of", "chief marketing
	// officer"
	"prosecutor": true, "officer": true, "treasurer": true, "registrar": true, "auditor": true, "inspector": true,
	"commissioner": true, "administrator": true,
}

// titleHead reports whether a run of title words ends with the head of a
// title of office.
func titleHead(title []string) bool {
	return len(title) > 0 && titleHeads[title[len(title)-1]]
}

// titleTail returns the trailing title words of a noun list ("the",
// "prime", "minister" -> "prime minister").
func titleTail(nouns []string) []string {
	i := len(nouns)
	for i > 0 && titleWords[nouns[i-1]] && nouns[i-1] != "of" {
		i--
	}
	return nouns[i:]
}

// ofWhich reads "Y, a coalition of groups, of which X is the largest".
func (v *view) ofWhich(c *collector) {
	for k := 0; k+2 < len(v.toks); k++ {
		if v.lower[k] != "of" || (v.lower[k+1] != "which" && v.lower[k+1] != "whom") {
			continue
		}
		x := v.next(k+2, 3)
		if x == nil {
			continue
		}
		// Y: the nearest organisation before, outside "of" phrases.
		for j := k - 1; j >= 0; j-- {
			if m := v.at(j); m != nil && m.Type == dossier.Org && m.Entity != x.Entity {
				if j == 0 || v.lower[j-1] != "of" {
					c.add(v.index, x.Entity, MemberOf, m.Entity, "", 0.65)
					break
				}
			}
		}
	}
}

// ofPhrases reads "Ali Safavi of the NCRI": a person followed by "of" and an
// organisation is affiliated with it.
func (v *view) ofPhrases(c *collector) {
	for mi := range v.ms {
		x := &v.ms[mi]
		if x.Type != dossier.Person || x.Kind == "pronoun" || x.Last+1 >= len(v.toks) {
			continue
		}
		of := x.Last
		if v.lower[of] == "," && of+1 < len(v.toks) {
			of++ // "Saulos Chilima, of the Democratic Progressive Party,"
		}
		if v.lower[of] != "of" {
			continue
		}
		y := v.next(of+1, 3)
		// "Sven Herpig of the Berlin think tank Interface": a place
		// modifying common nouns before the organisation's name.
		for y != nil && y.Type == dossier.Place && y.Last < len(v.toks) && v.toks[y.Last].UPOS == "NOUN" {
			k := y.Last
			for k < len(v.toks) && k-y.Last < 3 && v.toks[k].UPOS == "NOUN" && v.at(k) == nil {
				k++
			}
			y = v.at(k)
		}
		if y != nil && y.Type == dossier.Org {
			c.add(v.index, x.Entity, AffiliatedWith, y.Entity, "", 0.7)
		}
	}
}

// basedIn reads "X is based in Y", "X, headquartered in Y", "X lives in Y"
// and "Y-based X".
func (v *view) basedIn(c *collector) {
	for k := 0; k+1 < len(v.toks); k++ {
		w := v.lower[k]
		if (w == "based" || w == "headquartered" || w == "lives" || w == "living" || w == "resides" || w == "exiled") && v.lower[k+1] == "in" {
			y := v.next(k+2, 3)
			if y == nil || y.Type != dossier.Place {
				continue
			}
			// "sanctioned seven companies based in the UAE": the
			// participle is about the noun before it, which names no one.
			// Nor in "creates a joint commission, based in Shymkent".
			j := k - 1
			if j > 0 && v.lower[j] == "," {
				j--
			}
			if j >= 0 && !v.inMention(j) && (v.toks[j].UPOS == "NOUN" || v.toks[j].UPOS == "PROPN") {
				continue
			}
			// "The Commission said Halvor, based in Copenhagen, ...": the
			// name the participle follows, not the clause's subject.
			if j >= 0 && v.lower[k-1] == "," && k >= 2 {
				if x := v.endingAt(j); x != nil {
					if x.Entity != y.Entity {
						v.seat(c, x, y, 0.7)
					}
					continue
				}
			}
			// "will buy Tasman Mobile, which is headquartered in
			// Christchurch": the name the relative clause follows.
			if j >= 2 && (v.lower[j] == "is" || v.lower[j] == "was" || v.lower[j] == "are") && (v.lower[j-1] == "which" || v.lower[j-1] == "that") {
				if x := v.endingAt(j - 2); x == nil && v.lower[j-2] == "," && j >= 3 {
					if x = v.endingAt(j - 3); x != nil && x.Entity != y.Entity && x.Type != dossier.Place {
						v.seat(c, x, y, 0.7)
					}
					continue
				}
			}
			if x := v.subjectBefore(k); x != nil && x.Entity != y.Entity {
				v.seat(c, x, y, 0.7)
			}
		}
		// "the Labour Court in Johannesburg", "the ICJ in The Hague":
		// an institution with a seat, right before "in" and a place.
		if w == "in" && k > 0 {
			if x := v.endingAt(k - 1); x != nil && x.Type == dossier.Org && seatedInstitution(v.mentionName(x)) {
				if y := v.at(k + 1); y != nil && y.Type == dossier.Place && y.Kind != "demonym" && y.Entity != x.Entity {
					v.seat(c, x, y, 0.65)
				}
			}
		}
		if strings.HasSuffix(w, "-based") {
			// "the London-based group X": the place is the word's own
			// mention, or a name right before ("New York-based").
			y := v.at(k)
			if y == nil && k > 0 {
				y = v.endingAt(k - 1)
			}
			// (Not "The Paris-based group ranks Vardania 158th": a name
			// past a verb is no longer the group's.)
			if y != nil && y.Type == dossier.Place {
				// (Nor "the Washington-based lender since it first
				// borrowed": only modifiers of the noun come between.)
				if x := v.next(k+1, 4); x != nil && !slices.ContainsFunc(v.toks[k+1:x.First], func(t dossier.Token) bool {
					return t.UPOS != "ADJ" && t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "NUM" && t.UPOS != "DET"
				}) &&
					(x.First == k+1 || v.toks[x.First-1].UPOS != "VERB" && v.toks[x.First-1].UPOS != "AUX") {
					v.seat(c, x, y, 0.65)
				}
			}
		}
	}
}

// seatWords head the names of institutions that sit in one place.
var seatWords = map[string]bool{"court": true, "tribunal": true, "museum": true, "university": true, "hospital": true,
	"embassy": true, "consulate": true, "college": true, "library": true, "gallery": true, "prison": true, "academy": true}

// seatedInstitution reports whether a name's head (the word before "of" or
// "for", else the last) is a seatWord: "International Court of Justice",
// "Royal Museum for Central Africa".
func seatedInstitution(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for") {
			return seatWords[words[i-1]]
		}
	}
	return len(words) > 1 && seatWords[words[len(words)-1]]
}

// ledBy reads "The RSF, led by General Mohamed Hamdan Dagalo, ..." and
// "a coalition led by X": the person leads the organisation or state.
func (v *view) ledBy(c *collector) {
	for k := 1; k+2 < len(v.toks); k++ {
		// (And "headed by", "chaired by", "run by".)
		if !ledVerbs[v.lower[k]] || v.lower[k] == "ruled" || v.lower[k+1] != "by" {
			continue
		}
		j := k - 1
		// "The Sudan Liberation Army, which is led by X", "which has
		// been headed by X since 2019"
		if j >= 4 && v.lower[j] == "been" && (v.lower[j-1] == "has" || v.lower[j-1] == "had") {
			j--
		}
		if j >= 3 && (v.lower[j] == "is" || v.lower[j] == "was" || v.lower[j] == "has" || v.lower[j] == "had") && v.lower[j-1] == "which" && v.lower[j-2] == "," {
			j -= 2
		}
		if v.lower[j] == "," && j > 0 {
			j--
		}
		// "The Rapid Support Forces (RSF), commanded by": past the acronym.
		if j >= 3 && v.lower[j] == ")" && v.lower[j-2] == "(" {
			j -= 3
		}
		org := v.endingAt(j)
		// "The Green Left alliance, led by ...": a name and a word for a
		// group.
		if org == nil && j > 0 && groupWords[v.lower[j]] {
			if o := v.endingAt(j - 1); o != nil && (o.Type == dossier.Org || o.Type == dossier.Misc) {
				org = o
			}
		}
		if org == nil || org.Type != dossier.Org && org.Type != dossier.Place && !(org.Type == dossier.Misc && groupWords[v.lower[j]]) {
			continue
		}
		// Titles may stand before the name: "led by General X", "led by
		// former European Commissioner X".
		p := k + 2
		for p < len(v.toks) && p < k+6 {
			if m := v.at(p); m != nil && m.Kind == "demonym" && m.First == p {
				p = m.Last
				continue
			}
			// ("led by former central bank governor Meera Lal": the
			// title's own nouns, lower-case, before its head.)
			if v.inMention(p) || !titleWords[v.lower[p]] && !(v.toks[p].UPOS == "NOUN" || v.toks[p].UPOS == "ADJ") || capitalised(v.toks[p].Text) && !titleWords[v.lower[p]] {
				break
			}
			p++
		}
		if x := v.at(p); x != nil && x.Type == dossier.Person && (p == k+2 || titleWords[v.lower[p-1]] || v.inMention(p-1)) {
			c.add(v.index, x.Entity, LeaderOf, org.Entity, "", 0.7)
		}
	}
}

// seat records that x is based in place y: a place lies in it ("el-Geneina,
// in West Darfur, based ..."), an organisation or person is based there;
// a nationality or other name is neither.
func (v *view) seat(c *collector, x, y *vmention, conf float64) {
	switch {
	case x.Type == dossier.Place && x.Kind != "demonym":
		c.add(v.index, x.Entity, LocatedIn, y.Entity, "", conf)
	case x.Type == dossier.Org || x.Type == dossier.Person:
		c.add(v.index, x.Entity, BasedIn, y.Entity, "", conf)
	}
}

// subjectBefore returns the first mention of the clause before token k that
// is not inside a prepositional phrase: the subject of "X ... is based in".
func (v *view) subjectBefore(k int) *vmention {
	start := 0
	for j := k - 1; j >= 0; j-- {
		if w := v.lower[j]; w == ";" || w == "while" || w == "whereas" || w == "but" {
			start = j + 1
			break
		}
	}
	for j := start; j < k; j++ {
		m := v.at(j)
		if m == nil {
			continue
		}
		if j > 0 {
			p := v.lower[j-1]
			if p == "the" && j > 1 {
				p = v.lower[j-2]
			}
			if p == "of" || p == "in" || p == "at" || p == "from" || p == "to" || p == "with" || p == "by" {
				continue
			}
		}
		if v.lower[j] == "who" {
			continue
		}
		return m
	}
	return nil
}

// fromEvents derives relations from extracted events: founded_by from
// foundings with a founder, based_in from relocations of a group.
func fromEvents(a *dossier.Analysis, c *collector) {
	for _, e := range a.Events {
		if !e.IsFact() {
			continue
		}
		var agent, patient string
		for _, p := range e.Participants {
			switch p.Role {
			case dossier.Agent:
				if agent == "" {
					agent = p.Entity
				}
			case dossier.Patient:
				if patient == "" {
					patient = p.Entity
				}
			}
		}
		switch e.Type {
		case "founding":
			// "Founded by brothers Daniel and Marcus Reyes": every founder.
			for _, p := range e.Participants {
				if p.Role == dossier.Agent && patient != "" {
					c.add(e.Evidence.Sentence, patient, FoundedBy, p.Entity, "", e.Evidence.Confidence)
				}
			}
		case "marriage":
			// "Wierzbicki married the French translator Odile Marchand".
			if agent != "" && patient != "" {
				c.add(e.Evidence.Sentence, patient, SpouseOf, agent, "", e.Evidence.Confidence)
			}
		case "birth":
			// "Samuel Mwangoi was born in Moshi in 1941".
			if patient != "" && e.Place != "" {
				if ent := a.Entity(patient); ent != nil && ent.Type == dossier.Person {
					c.add(e.Evidence.Sentence, patient, BornIn, e.Place, "", e.Evidence.Confidence)
				}
			}
		case "appointment":
			for _, p := range e.Participants {
				if p.Role == dossier.Predecessor && patient != "" {
					c.add(e.Evidence.Sentence, patient, SuccessorOf, p.Entity, "", e.Evidence.Confidence)
				}
			}
		case "accession":
			// "Romania joined the EU in 2007": a member since; "Koech
			// joined the CBK in the 1990s": works there.
			if agent != "" && patient != "" {
				if ent := a.Entity(patient); ent != nil && ent.Type == dossier.Org {
					pred := MemberOf
					if ag := a.Entity(agent); ag != nil && ag.Type == dossier.Person {
						pred = AffiliatedWith
					}
					c.add(e.Evidence.Sentence, agent, pred, patient, "", e.Evidence.Confidence*0.9)
				}
			}
		case "relocation":
			if patient != "" && e.Place != "" {
				if ent := a.Entity(patient); ent != nil && ent.Type != dossier.Place {
					c.add(e.Evidence.Sentence, patient, BasedIn, e.Place, "", e.Evidence.Confidence*0.9)
				}
			}
		}
	}
}

// stateTitles are the posts of a state's government, which a story gives
// without naming the state when it is the story's own: "President X",
// "Foreign Minister Y", "Transport Secretary Z".
// (Not kings and queens, whom stories of royal houses name without their
// realms, nor premiers of provinces.)
var stateTitles = map[string]bool{
	"president": true, "prime minister": true, "chancellor": true,
	"minister": true, "secretary": true, "vice president": true, "deputy prime minister": true,
}

// homeTitles gives the posts of government that name no state to the
// state of the story's dateline ("WARSAW, Nov 24 (Reuters) - ... Foreign
// Minister Katarzyna Lis said"), when that state is an entity of the
// document and the person holds no other post in it. Wire stories name
// foreign leaders with their state ("Belarusian President X") and the
// dateline's own without.
func homeTitles(a *dossier.Analysis, c *collector, gaz Gazetteer) {
	if len(c.untitled) == 0 || gaz == nil {
		return
	}
	home := datelineCountry(a, gaz)
	if home == "" {
		// No dateline: the one country the story is about, when it
		// names it far more than any other.
		home = dominantCountry(a, gaz)
	}
	// "THE HAGUE, Netherlands - ... Foreign Minister Yvan Gil": the home
	// state must be named at least as often as any other (a tie goes to
	// the dateline's).
	n := countryMentions(a, gaz)
	if best, _ := topCountry(n); home == "" || n[home] < n[best] {
		return
	}
	// (A party's leader may be the prime minister: only a post in a
	// state or a state body counts.)
	orgs := map[string]bool{}
	for _, e := range a.Entities {
		if e.Type == dossier.Org && !isStateBody(e.Name) {
			orgs[e.ID] = true
		}
	}
	held := map[string]bool{}
	for _, r := range c.rels {
		if (r.Predicate == HoldsPosition || r.Predicate == LeaderOf || r.Predicate == SpokespersonOf) && !orgs[r.Object] {
			held[r.Subject] = true
		}
	}
	once := map[string]bool{} // "Prime Minister X" and "X became prime minister": one post
	for _, u := range c.untitled {
		if held[u.person] || !stateTitle(u.title) || once[u.person+"|"+strings.ToLower(u.title)] {
			continue
		}
		once[u.person+"|"+strings.ToLower(u.title)] = true
		if titleKind(u.title) == "leader" {
			c.add(u.sent, u.person, LeaderOf, home, u.title, 0.5)
		}
		c.add(u.sent, u.person, HoldsPosition, home, u.title, 0.5)
	}
}

// isStateBody reports whether an organisation's name is a state body's:
// a ministry, government, parliament or agency.
func isStateBody(name string) bool { return hasWordIn(name, stateBodyWords) }

// stateBodyWords name the bodies of a state.
var stateBodyWords = map[string]bool{"ministry": true, "government": true, "parliament": true, "cabinet": true, "department": true,
	"agency": true, "assembly": true, "senate": true, "congress": true, "presidency": true, "office": true, "council": true, "commission": true}

// hasWordIn reports whether a name has a word, lower-cased, in words.
func hasWordIn(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

// stateTitle reports whether a title is a post of a state's government:
// one of stateTitles, or a portfolio before "minister" or "secretary".
func stateTitle(title string) bool {
	t := strings.ToLower(title)
	if strings.HasPrefix(t, "former ") || strings.HasPrefix(t, "shadow ") {
		return false // nor the opposition's "shadow chancellor"
	}
	if stateTitles[t] {
		return true
	}
	return strings.HasSuffix(t, " minister") || strings.HasSuffix(t, " secretary") && !strings.Contains(t, "general")
}

// datelineDash reports whether a place opening sentence s is followed
// within five tokens by the dash or bracket of a dateline written in mixed
// case ("Nairobi, Kenya -", "Lisbon (Reuters) —").
func datelineDash(a *dossier.Analysis, s dossier.Sentence, m dossier.Mention) bool {
	for t := s.First; t < s.Last && t < s.First+6; t++ {
		if a.Tokens[t].Start < m.End {
			continue
		}
		switch a.Tokens[t].Text {
		case "-", "—", "–", "(":
			return true
		}
	}
	return false
}

// dominantCountry returns the ID of the country a document names at least
// four times and at least four times as often as any other, or "".
func dominantCountry(a *dossier.Analysis, gaz Gazetteer) string {
	n := countryMentions(a, gaz)
	best, second := topCountry(n)
	if best == "" || n[best] < 4 || n[best] < 4*second {
		return ""
	}
	return best
}

// countryMentions counts the mentions, by name or demonym, of each country
// entity of a document.
func countryMentions(a *dossier.Analysis, gaz Gazetteer) map[string]int {
	n := map[string]int{}
	for _, m := range a.Mentions {
		if m.Type != dossier.Place || m.Entity == "" {
			continue
		}
		if e := a.Entity(m.Entity); e != nil {
			if _, _, kind, ok := gaz.Canonical(e.Name); ok && kind == "country" {
				n[m.Entity]++
			}
		}
	}
	return n
}

// topCountry returns the most counted ID (the smallest on a tie) and the
// count of the runner-up.
func topCountry(n map[string]int) (best string, second int) {
	for id, c := range n {
		if best == "" || c > n[best] || c == n[best] && id < best {
			if best != "" {
				second = max(second, n[best])
			}
			best = id
		} else {
			second = max(second, c)
		}
	}
	return best, second
}

// datelineCountry returns the ID of the country of the dateline that
// opens one of the first sentences ("WARSAW, Nov 24 (Reuters) -", "KYIV,
// Ukraine (AP) —"), when that country is an entity of the document; else "".
func datelineCountry(a *dossier.Analysis, gaz Gazetteer) string {
	for si := 0; si < len(a.Sentences) && si < 3; si++ {
		s := a.Sentences[si]
		for _, m := range a.Mentions {
			if m.Sentence != si || m.Type != dossier.Place {
				continue
			}
			if m.Start != a.Tokens[s.First].Start || len(m.Text) < 3 || strings.ToUpper(m.Text) != m.Text && !datelineDash(a, s, m) {
				break
			}
			name := m.Text
			if e := a.Entity(m.Entity); e != nil {
				name = e.Name
			}
			country := ""
			if canon, _, kind, ok := gaz.Canonical(name); ok && kind == "country" {
				country = canon
			} else if c, ok := gaz.CountryOf(name); ok {
				country = c
			}
			if id := dossier.EntityID(dossier.Place, country); country != "" && a.Entity(id) != nil {
				return id
			}
			return ""
		}
	}
	return ""
}

// lowerOnly reports whether tokens [a, b) are all lower-case words.
func (v *view) lowerOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].UPOS == "PUNCT" || capitalised(v.toks[k].Text) || v.inMention(k) {
			return false
		}
	}
	return a < b
}
