package coref

import (
	"strings"

	"github.com/dossier-kg/dossier"
)

// anaphor describes what a pronoun or definite description can refer to.
type anaphor struct {
	kind  string // "pronoun" or "nominal"
	types []dossier.EntityType
	// country restricts place antecedents to countries (other types are
	// not affected).
	country bool
	// window is how many sentences back the antecedent may be.
	window int
}

// namedHeads are description heads whose antecedent's name must contain
// the head word: "the court" is the Supreme Court named before, not any
// organisation.
var namedHeads = map[string]bool{
	"department": true, "ministry": true, "court": true, "council": true, "commission": true, "union": true,
	"alliance": true, "bank": true, "center": true, "centre": true, "foundation": true, "institute": true,
	"committee": true, "tribunal": true, "authority": true, "bureau": true, "board": true, "assembly": true,
}

var pronouns = map[string]anaphor{
	// "it" is an organisation or a country ("Iran reopened its embassy").
	"it": {"pronoun", []dossier.EntityType{dossier.Org, dossier.Place}, true, 2}, "its": {"pronoun", []dossier.EntityType{dossier.Org, dossier.Place}, true, 2},
	"itself": {"pronoun", []dossier.EntityType{dossier.Org, dossier.Place}, true, 1},
	// "they" is a group or, as in "Turkey and Israel said they would", states.
	"they": {"pronoun", []dossier.EntityType{dossier.Org, dossier.Place}, true, 1}, "them": {"pronoun", []dossier.EntityType{dossier.Org}, false, 1},
	"their": {"pronoun", []dossier.EntityType{dossier.Org, dossier.Place}, true, 1},
	"he":    {"pronoun", []dossier.EntityType{dossier.Person}, false, 3}, "him": {"pronoun", []dossier.EntityType{dossier.Person}, false, 3},
	"his": {"pronoun", []dossier.EntityType{dossier.Person}, false, 3}, "she": {"pronoun", []dossier.EntityType{dossier.Person}, false, 3},
	"her": {"pronoun", []dossier.EntityType{dossier.Person}, false, 3},
}

// nominalHeads are the heads of definite descriptions ("the group") and
// what they can refer to.
var nominalHeads = map[string]anaphor{
	"group": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "organization": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"organisation": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "movement": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"party": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "militia": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"coalition": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "company": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"firm": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "charity": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"agency": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "network": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"faction": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "ngo": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"country": {"nominal", []dossier.EntityType{dossier.Place}, true, 4}, "nation": {"nominal", []dossier.EntityType{dossier.Place}, true, 4},
	"kingdom": {"nominal", []dossier.EntityType{dossier.Place}, true, 4}, "republic": {"nominal", []dossier.EntityType{dossier.Place}, true, 4},
	// "The city's mayor": the last town named (never a country).
	"city": {"nominal", []dossier.EntityType{dossier.Place}, false, 2}, "town": {"nominal", []dossier.EntityType{dossier.Place}, false, 2},
	"rebels": {"nominal", []dossier.EntityType{dossier.Org}, false, 3}, "guerrillas": {"nominal", []dossier.EntityType{dossier.Org}, false, 3},
	"militants": {"nominal", []dossier.EntityType{dossier.Org}, false, 3}, "insurgents": {"nominal", []dossier.EntityType{dossier.Org}, false, 3},
	"conglomerate": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "bloc": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"department": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "ministry": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"court": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "council": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"commission": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "union": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"alliance": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "bank": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"center": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "centre": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"foundation": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "institute": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	// "The committee's chairman": a body whose name has the word.
	"committee": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "tribunal": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"authority": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "bureau": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	"board": {"nominal", []dossier.EntityType{dossier.Org}, false, 6}, "assembly": {"nominal", []dossier.EntityType{dossier.Org}, false, 6},
	// trades: "The carmaker bought Lumen Electric", "the lender said".
	"carmaker": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "automaker": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"airline": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "carrier": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"lender": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "insurer": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"retailer": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "miner": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"chipmaker": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "drugmaker": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"manufacturer": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "broadcaster": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"publisher": {"nominal", []dossier.EntityType{dossier.Org}, false, 4}, "start-up": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
	"startup": {"nominal", []dossier.EntityType{dossier.Org}, false, 4},
}

// groupHeads are descriptions of a group or movement: never a court, a
// parliament or a ministry, whatever was named last.
var groupHeads = map[string]bool{
	"group": true, "organization": true, "organisation": true, "movement": true, "militia": true,
	"faction": true, "network": true, "rebels": true, "guerrillas": true, "militants": true, "insurgents": true,
	"ngo": true, "charity": true,
	// nor is "the company" a regulator: "The company's board said"
	"company": true, "firm": true, "conglomerate": true, "carmaker": true, "automaker": true, "airline": true,
	"carrier": true, "lender": true, "insurer": true, "retailer": true, "miner": true, "chipmaker": true,
	"drugmaker": true, "manufacturer": true, "broadcaster": true, "publisher": true, "start-up": true, "startup": true,
	// nor "the party" a court: "the party's candidate"
	"party": true, "coalition": true, "bloc": true,
}

// titledPeople maps a title word to the person entities the document
// gives it: right before a name ("President Luis Villacis", "Prime
// Minister X") or in an apposition after it ("X, the country's
// president,").
func (d *doc) titledPeople() map[string]map[int]bool {
	out := map[string]map[int]bool{}
	toks := d.a.Tokens
	add := func(w string, e int) {
		if out[w] == nil {
			out[w] = map[int]bool{}
		}
		out[w][e] = true
	}
	for i := range d.ms {
		m := &d.ms[i]
		e := d.entOf[i]
		if m.drop || e < 0 || d.entities[e].Type != dossier.Person || m.Kind != "name" {
			continue
		}
		// (Not "shadow chancellor X", "former president Y": another
		// post than the one "the chancellor" means.)
		if k := m.first - 1; k >= 0 && titleHeads[strings.ToLower(toks[k].Text)] {
			other := false // "ex-Conservative chancellor Ken Clarke"
			for j := k - 1; j >= 0 && j >= k-3 && !other; j-- {
				lw := strings.ToLower(toks[j].Text)
				other = otherPost[lw] || strings.HasPrefix(lw, "ex-")
			}
			if !other {
				add(strings.ToLower(toks[k].Text), e)
			}
		}
		if m.last < len(toks) && toks[m.last].Text == "," {
			for k := m.last + 1; k < len(toks) && k <= m.last+5; k++ {
				lw := strings.ToLower(toks[k].Text)
				if otherPost[lw] {
					break
				}
				if titleHeads[lw] {
					add(lw, e)
					break
				}
				if lw == "," || lw == "." || lw == "of" {
					break
				}
			}
		}
	}
	return out
}

// soleTitles are the posts one person holds at a time, so that "the
// president" is the one the text calls so ("President Luis Villacis"),
// not the person named last; "the minister" may be any of several.
var soleTitles = map[string]bool{"president": true, "chancellor": true, "king": true, "queen": true, "premier": true,
	"ceo": true, "chairman": true, "chairwoman": true}

// otherPost are the words that make a title another post: "shadow
// chancellor", "former president".
var otherPost = map[string]bool{"shadow": true, "former": true, "ex": true, "deputy": true, "vice": true,
	"opposition": true, "acting": true, "interim": true, "late": true, "then": true, "assistant": true}

// businesses marks the entities named somewhere in the document with a
// company's legal form ("Orbital Forge Ltd") or a trade word at the end
// ("Nordgas Infrastructure").
func (d *doc) businesses() []bool {
	b := make([]bool, len(d.entities))
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		e := d.entOf[i]
		if m.drop || e < 0 || d.entities[e].Type != dossier.Org || m.last-m.first < 2 {
			continue
		}
		last := strings.Trim(strings.ToLower(toks[m.last-1].Text), ".,")
		if legalForms[last] || tradeWords[last] {
			b[e] = true
		}
	}
	return b
}

// notCompanyHeads end the names of organisations that are no business.
var notCompanyHeads = map[string]bool{
	"union": true, "unions": true, "party": true, "movement": true, "front": true, "church": true, "federation": true,
	"association": true, "council": true, "court": true, "ministry": true, "army": true, "police": true,
	"congress": true, "league": true, "alliance": true, "coalition": true, "committee": true, "commission": true,
}

// notCompany reports whether a lower-cased organisation name's head (the
// word before "of" or "for", else the last) is a notCompanyHead: "South
// African Transport and Allied Workers Union".
func notCompany(name string) bool {
	return notCompanyHeads[nameHead(strings.Fields(name))]
}

// nameHead returns the head of a name's lower-cased words: the word
// before its first "of" or "for" ("House of Lords", "Commission for the
// Investigation of Aviation Accidents"), else its last word.
func nameHead(f []string) string {
	for i := 1; i < len(f)-1; i++ {
		if f[i] == "of" || f[i] == "for" {
			return f[i-1]
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// companyHeads describe a business, never an international organisation.
var companyHeads = map[string]bool{"company": true, "firm": true, "conglomerate": true, "carmaker": true, "airline": true,
	"automaker": true, "carrier": true, "lender": true, "insurer": true, "retailer": true, "miner": true, "chipmaker": true,
	"drugmaker": true, "manufacturer": true, "broadcaster": true, "publisher": true, "start-up": true, "startup": true}

// institutionWords end the names of state institutions.
var institutionWords = map[string]bool{
	"court": true, "parliament": true, "lords": true, "commons": true, "house": true, "ministry": true,
	"department": true, "council": true, "assembly": true, "congress": true, "senate": true, "government": true,
	"committee": true, "commission": true, "police": true, "army": true, "office": true, "tribunal": true,
	"agency": true, "administration": true, "cabinet": true, "presidency": true, "prosecutor": true, "registry": true,
	// regulators and services: "the company" is never SEBI (Securities
	// and Exchange Board of India) or a transport authority
	"board": true, "authority": true, "directorate": true, "inspectorate": true, "bureau": true, "courts": true,
	"regulator": true, "service": true, "ombudsman": true, "guard": true,
}

// armedGroup reports whether a name is an armed group's rather than a
// state's army: "National Liberation Army", "Lord's Resistance Army",
// "Free Syrian Army" (not "Pakistan Army").
func armedGroup(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch strings.Trim(w, "'’s") {
		case "liberation", "resistance", "republican", "revolutionary", "free", "independence", "salvation",
			"popular", "people", "peoples", "islamic", "patriotic", "insurgent", "rebel", "guerrilla":
			return true
		}
	}
	return false
}

// isInstitution reports whether an entity's name ends with a word for a
// state institution ("Moscow City Court", "House of Lords").
// townLike reports whether entity e may be what "the city" or "the town"
// stands for: a city the gazetteer knows (not a region or a country, nor a
// name it does not know, which may be an invented country's).
func (d *doc) townLike(e int) bool {
	return d.gazKind(d.entities[e].Name) == "city"
}

// indefiniteIntro returns the token of the last indefinite phrase with
// head noun head ("a hacking group", "an armed group") before token t and
// within window sentences of it, or -1.
func (d *doc) indefiniteIntro(head string, t, window int) int {
	toks := d.a.Tokens
	si := d.a.SentenceAt(toks[t].Start)
	lo := 0
	if si-window > 0 {
		lo = d.a.Sentences[si-window].First
	}
	for k := t - 1; k > lo; k-- {
		// (The head itself: not "a senior party spokesman".)
		if strings.ToLower(toks[k].Text) != head || d.tokMention[k] >= 0 || k+1 < len(toks) && (toks[k+1].UPOS == "NOUN" || toks[k+1].UPOS == "PROPN") {
			continue
		}
		// back over modifiers to the article: "a little-known hacking group"
		for j := k - 1; j >= lo && j >= k-4; j-- {
			w := strings.ToLower(toks[j].Text)
			if w == "a" || w == "an" || w == "another" {
				// (Not a description of a name: "the Marcial Lopez
				// Column, a smaller armed group", "X is an armed group".)
				if j >= 2 && toks[j-1].Text == "," && d.tokMention[j-2] >= 0 {
					break
				}
				if j >= 1 && copulaWords[strings.ToLower(toks[j-1].Text)] {
					break
				}
				return j
			}
			if d.tokMention[j] >= 0 || toks[j].UPOS != "ADJ" && toks[j].UPOS != "NOUN" && toks[j].UPOS != "VERB" && w != "-" {
				break
			}
		}
	}
	return -1
}

// copulaWords link a subject to what describes it.
var copulaWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "became": true, "becomes": true, "remains": true, "remained": true, "been": true, "as": true}

// seatBodies end the names of bodies that are also buildings: centres,
// universities, hospitals, museums.
var seatBodies = map[string]bool{"centre": true, "center": true, "university": true, "college": true, "hospital": true,
	"museum": true, "academy": true, "observatory": true, "laboratory": true, "school": true, "library": true}

// seatBody reports whether a lower-cased name is a seat body's ("National
// Cyber Security Centre", "University of Ghana").
func seatBody(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && (seatBodies[f[len(f)-1]] || seatBodies[nameHead(f)])
}

func isInstitution(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	n := len(f)
	if n == 0 {
		return false
	}
	// "Moscow City Court"; "House of Lords", "Commission for the
	// Investigation of Aviation Accidents": the head before "of X" or
	// "for X".
	return institutionWords[f[n-1]] || institutionWords[nameHead(f)]
}

// descriptionModifier reports whether token t may stand between "the" and
// the head of a definite description: an adjective or a noun ("the Marxist
// guerrilla group", "the exiled opposition movement"), but not a name of an
// organisation, person or place, which the description would be about.
func (d *doc) descriptionModifier(t int) bool {
	if m := d.tokMention[t]; m >= 0 {
		switch d.ms[m].Type {
		case dossier.Misc:
			return true
		}
		return d.ms[m].kind == "demonym"
	}
	tok := d.a.Tokens[t]
	switch tok.UPOS {
	case "ADJ", "NOUN":
		return true
	case "VERB":
		return tok.XPOS == "VBN" || tok.XPOS == "VBG"
	case "PUNCT":
		return tok.Text == "-"
	}
	return false
}

// titleHeads are job titles that, after "the", refer back to a person.
var titleHeads = map[string]bool{
	"president": true, "minister": true, "leader": true, "chancellor": true, "king": true, "queen": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "founder": true, "chairman": true, "chairwoman": true,
	"ceo": true, "director": true, "secretary": true, "premier": true, "general": true, "commander": true,
}

// linkAnaphora links pronouns and definite descriptions to the most recent
// compatible entity mention within a few sentences.
func (d *doc) linkAnaphora() {
	type ante struct {
		ent     int
		sent    int
		typ     dossier.EntityType
		country bool
		subject bool // the mention is (likely) a clause subject
		tok     int  // the mention's first token
	}
	count := make([]int, len(d.entities)) // mentions of each entity so far
	// What the salience loop asks of every candidate, worked out once.
	lowerName := make([]string, len(d.entities))
	institution := make([]bool, len(d.entities))
	intl := make([]bool, len(d.entities)) // international organisations (the gazetteer's)
	for i, e := range d.entities {
		lowerName[i] = strings.ToLower(e.Name)
		institution[i] = e.Type == dossier.Org && isInstitution(e.Name) && !armedGroup(e.Name)
		if d.gaz != nil && e.Type == dossier.Org {
			if _, _, kind, ok := d.gaz.Canonical(e.Name); ok && kind == "intl_org" {
				intl[i] = true
			}
		}
	}
	source := d.newsSources()
	sex := d.genders()
	business := d.businesses()
	titled := d.titledPeople()
	var hist []ante
	next := 0 // next mention (by position) to add to the history
	order := make([]int, 0, len(d.ms))
	for i := range d.ms {
		if !d.ms[i].drop && d.entOf[i] >= 0 {
			order = append(order, i)
		}
	}
	toks := d.a.Tokens
	var added []mention
	var addedEnt []int
	for si, s := range d.a.Sentences {
		if s.Credit {
			continue
		}
		for t := s.First; t < s.Last; t++ {
			for next < len(order) && d.ms[order[next]].first <= t {
				m := &d.ms[order[next]]
				hist = append(hist, ante{ent: d.entOf[order[next]], sent: m.Sentence, typ: d.entities[d.entOf[order[next]]].Type, country: m.kind == "country", subject: d.isSubject(m), tok: m.first})
				count[d.entOf[order[next]]]++
				// A city or region also brings its country to mind: "the
				// rulers in Tehran ... banned in the country".
				if ci := d.countryOf(m); ci >= 0 {
					hist = append(hist, ante{ent: ci, sent: m.Sentence, typ: dossier.Place, country: true, subject: hist[len(hist)-1].subject, tok: m.first})
				}
				next++
			}
			if d.tokMention[t] >= 0 {
				continue
			}
			w := strings.ToLower(toks[t].Text)
			an, ok := pronouns[w]
			first, last := t, t+1
			// "Its mayor", "its residents": a place's.
			if ok && (w == "its" || w == "their") && t+1 < s.Last && placeOwnedHeads[strings.ToLower(toks[t+1].Text)] {
				an.types, an.country = []dossier.EntityType{dossier.Place}, false
			}
			// "Its executive director", "its shareholders": an
			// organisation's (the institution penalty below does not
			// apply: the body owns them).
			orgOwned := false
			if ok && (w == "its" || w == "their") && t+1 < s.Last && orgOwnedHeads[strings.ToLower(toks[t+1].Text)] {
				an.types, an.country, orgOwned = []dossier.EntityType{dossier.Org}, false, true
			}
			if ok && (w == "it") && (d.expletive(t) || toks[t].Rel == "expl") {
				continue
			}
			named, titleWord := "", ""
			if !ok && (w == "the" || w == "this" || w == "that") && t+1 < s.Last {
				h := strings.ToLower(toks[t+1].Text)
				// (Not "the City" of London, a name; nor "the town of
				// Biltine", which names its town.)
				if an, ok = nominalHeads[h]; ok && (h == "city" || h == "town") && (toks[t+1].Text != h || t+2 < s.Last && (toks[t+2].Text == "of" || toks[t+2].Text == ",")) {
					ok = false
				} else if ok {
					last = t + 2
					named = h
				} else if titleHeads[h] && !(t+2 < s.Last && !titleHeads[strings.ToLower(toks[t+2].Text)] && toks[t+2].UPOS == "NOUN") {
					titleWord = h
					// Not a modifier of another noun: "the general
					// election", "the president's office" aside.
					an, ok, last = anaphor{"nominal", []dossier.EntityType{dossier.Person}, false, 3}, true, t+2
					// "the prime minister": take in the compound title.
					if t+2 < s.Last && titleHeads[strings.ToLower(toks[t+2].Text)] {
						last = t + 3
					}
				}
				if !ok && w == "the" {
					// "the Marxist guerrilla group": up to three modifiers
					// before the head; the mention is the head word alone,
					// so that it does not overlap a modifier's mention.
					for j := t + 1; j < s.Last && j <= t+4 && d.descriptionModifier(j); j++ {
						h := strings.ToLower(toks[j+1].Text)
						if j+1 >= s.Last || d.tokMention[j+1] >= 0 {
							break
						}
						if an, ok = nominalHeads[h]; ok {
							// ("the border town of Kanyabayonga" names it, and
							// "the largest town on the island" describes one:
							// only "the city" itself refers back.)
							if h == "city" || h == "town" {
								ok = false
								break
							}
							first, last, named = j+1, j+2, h
							// "the opposition group leader": not the head.
							if last < s.Last && toks[last].UPOS == "NOUN" {
								ok = false
							}
							break
						}
					}
				}
				if ok && last < s.Last && d.tokMention[last] >= 0 {
					ok = false // "the group Hamas": the name follows
				}
				// "said the 34-year-old", "the New Zealander said": a
				// person described by age or nationality alone.
				if !ok && w == "the" {
					if l := d.personDescription(t+1, s.Last); l > 0 {
						an, ok, last = anaphor{"nominal", []dossier.EntityType{dossier.Person}, false, 3}, true, l
						if j := d.tokMention[t+1]; j >= 0 {
							d.ms[j].drop = true
						}
					}
				}
			}
			if !ok {
				continue
			}
			// The antecedent is the most salient compatible entity in the
			// window: often mentioned so far, recent, a subject.
			best, bestScore := -1, -1.0
			// A possessive in a clause refers first to the clause's own
			// subject: "Britain is reviewing its ban on the group".
			if an.kind == "pronoun" {
				e := -1
				if possessives[w] {
					e = d.clauseSubject(t, s.First)
				} else {
					// "The Treasury sanctioned firms that it said ...":
					// a subject pronoun inside a subordinate clause
					// refers first to the main clause's subject.
					e = d.mainSubject(t, s.First, s.Last)
				}
				// "the assets of the coalition, its founder X and his
				// lieutenants": "its" right after a body set off by a
				// comma (named or described) is that body's.
				if (w == "its" || w == "their") && t >= 2 && toks[t-1].Text == "," {
					for k := len(hist) - 1; k >= 0 && hist[k].sent == si && hist[k].tok >= t-6; k-- {
						if hist[k].tok < t-1 && hist[k].typ == dossier.Org && d.endsBefore(hist[k].tok, t-1) {
							best, e = k, -1
							break
						}
					}
				}
				if e >= 0 {
					for k := len(hist) - 1; k >= 0; k-- {
						h := hist[k]
						if h.ent == d.entOf[e] && typeIn(h.typ, an.types) && (!an.country || h.typ != dossier.Place || h.country) && !mismatch(sex[h.ent], w) {
							best = k
							break
						}
					}
				}
			}
			// "During his visit to Beijing, Olaf Scholz met Li Qiang": a
			// pronoun in an opening adjunct looks ahead to the subject
			// that follows it.
			cataphor := -1
			if an.kind == "pronoun" && best < 0 {
				if m := d.frontedSubject(t, s.First, s.Last); m >= 0 {
					if e := d.entOf[m]; typeIn(d.entities[e].Type, an.types) && !mismatch(sex[e], w) &&
						(an.types[0] != dossier.Person || d.entities[e].Type == dossier.Person) {
						cataphor = e
					}
				}
			}
			// '"...," his lawyer, X, said. He said ...': a pronoun that
			// speaks continues the last sentence's speaker.
			if an.kind == "pronoun" && best < 0 && cataphor < 0 && (w == "he" || w == "she") && si > 0 {
				if e := d.lastSpeaker(t, si); e >= 0 && d.entities[e].Type == dossier.Person && !mismatch(sex[e], w) {
					cataphor = e
				} else if d.quoteBefore(t, s.First) >= 0 && d.speaksAt(t) {
					// '"They are using this plot," he told the Guardian'
					// after a sentence about Pereira: the quotation is the
					// last sentence's subject's.
					if e := d.rootSubject(si - 1); e >= 0 && d.entities[e].Type == dossier.Person && !mismatch(sex[e], w) {
						cataphor = e
					}
				}
			}
			bound := best >= 0 || cataphor >= 0
			// '"... until Ferreira's innocence is recognised," he told
			// reporters': the speaker of a quote is not named inside it.
			quoteFrom := -1
			if an.kind == "pronoun" {
				quoteFrom = d.quoteBefore(t, s.First)
			}
			notSubj := -1
			if an.kind == "pronoun" {
				if e := d.objectsSubject(t, s.First); e >= 0 {
					notSubj = d.entOf[e]
				}
			}
			// "The TCEQ fined the company": nor is a description the
			// object of its own clause's subject.
			if an.kind == "nominal" && last-1 > t {
				h := last - 1
				// "Sydhavn Bank froze the company's credit line": the
				// possessor of the object.
				if toks[h].Rel == "nmod:poss" && toks[h].Head > h && toks[h].Head < s.Last {
					h = toks[h].Head
				}
				if e := d.objectsSubject(h, s.First); e >= 0 {
					notSubj = d.entOf[e]
				}
			}
			// "... to a hacking group linked to North Korea. The NCSC said
			// the group had broken in": a description refers to the
			// indefinite phrase with its head that came in since, which
			// names no one, rather than to a name before it.
			intro := -1
			if an.kind == "nominal" && named != "" {
				intro = d.indefiniteIntro(named, first, an.window)
			}
			for k := len(hist) - 1; k >= 0 && !bound; k-- {
				h := hist[k]
				if si-h.sent > an.window || h.tok < intro {
					break
				}
				if !typeIn(h.typ, an.types) || (an.country && h.typ == dossier.Place && !h.country) || (named == "city" || named == "town") && (h.country || !d.townLike(h.ent)) {
					continue
				}
				// "The president has told reporters": a person the text
				// gave that title, when it gave it to anyone.
				if soleTitles[titleWord] && len(titled[titleWord]) > 0 && !titled[titleWord][h.ent] {
					continue
				}
				if namedHeads[named] && !strings.Contains(lowerName[h.ent], named) {
					continue
				}
				inst := h.typ == dossier.Org && institution[h.ent]
				// (Nor is "the group" a centre, university or hospital:
				// "The National Cyber Security Centre said the group had
				// broken into the network".)
				if groupHeads[named] && (inst || seatBody(lowerName[h.ent])) {
					continue
				}
				// "the company" is no European Union or United Nations, nor a
				// union, party or church.
				if companyHeads[named] && (intl[h.ent] || notCompany(lowerName[h.ent])) {
					continue
				}
				// "the agency" is a state body or one with "agency" in its
				// name, never a shipping firm.
				if named == "agency" && !inst && !intl[h.ent] && !strings.Contains(lowerName[h.ent], "agency") {
					continue
				}
				// "he told Reuters ... The rebels blamed the army": the
				// medium reports the story and is not its actor.
				if source[h.ent] && (an.kind == "pronoun" || groupHeads[named]) {
					continue
				}
				// "The police arrested four men and charged them": an
				// object pronoun is not its own clause's subject.
				if h.ent == notSubj {
					continue
				}
				if quoteFrom >= 0 && h.sent == si && h.tok >= quoteFrom && h.tok < t {
					continue
				}
				// "She said ..." is not about Mr Somchai.
				if h.typ == dossier.Person && mismatch(sex[h.ent], w) {
					continue
				}

				// (The bonuses for a recent name and for a person named
				// in the pronoun's sentence, 5 each, were 2 and 3 before:
				// dossier eval pronouns on GUM train 691 -> 698 right
				// links, dev unchanged; "police raided the home of Kem
				// Sokha and arrested him" after a sentence about Sam
				// Rainsy.)
				score := float64(min(count[h.ent], 6))
				if si-h.sent <= 1 { // in this sentence or the one before
					score += 5
				}
				if h.sent == si && h.typ == dossier.Person && an.types[0] == dossier.Person {
					// "... ordered by Barack Obama took effect, months
					// after he announced": a person just named in the
					// sentence beats one often named before.
					score += 5
				}
				if h.subject {
					score += 1.5
				}
				if h.typ == dossier.Person && sex[h.ent] != 0 && sex[h.ent] == pronounSex(w) {
					score += 3.5 // and is rather about Mrs Okafor than about Jin
				}
				if h.typ == dossier.Place && len(an.types) > 1 {
					score -= 2 // "it" is more often the organisation than the country
				}
				if inst && an.kind == "pronoun" && !orgOwned {
					score -= 2 // and the group the story is about than the court
				}
				if named != "" && strings.Contains(lowerName[h.ent], named) {
					score += 3 // "the group" for the Moscow Helsinki Group
				}
				if companyHeads[named] && business[h.ent] && si-h.sent <= 1 {
					// "the company" for Orbital Forge Ltd, not the North
					// Atlantic it crashed into, when both were just named
					score += 3
				}
				score += float64(k) / float64(len(hist)+1) // recency breaks ties
				if score > bestScore {
					best, bestScore = k, score
				}
			}
			// "People ... decrease their energy use", "a lamp ... its
			// price": a common noun of the pronoun's number, named after
			// the entity was last, is what the pronoun refers to. (Tuned
			// with dossier eval pronouns on GUM train and dev.)
			if best >= 0 && an.kind == "pronoun" && !bound {
				// The entity's last mention, and whether it was a subject
				// in that mention's sentence ("The IAEA (IAEA) will monitor
				// the deal. Its director ...").
				latest, subject := hist[best], false
				for k := len(hist) - 1; k >= 0; k-- {
					if hist[k].ent != latest.ent {
						continue
					}
					if hist[k].tok > latest.tok {
						latest = hist[k]
					}
					if hist[k].sent < latest.sent {
						break
					}
					subject = subject || hist[k].subject
				}
				// "they" and "their" name people or things far more often
				// than a named organisation ("Prosecutors said they had
				// opened an investigation"): they refer to a name only
				// as the subject of their clause ("The Houthis said
				// they would"). A subject named last stays the topic
				// against a noun in another role ("Nordvik was founded
				// by an engineer as a consultancy. It moved ...").
				if c := d.commonNounBetween(latest.tok, t, w); pluralPronouns[w] || c >= 0 && (!subject || isSubjectRel(toks[c].Rel)) {
					best = -1
				}
			}
			// "some 3,000 members of the PMOI ... agreed to take them in":
			// the members stand for their organisation.
			if pluralPronouns[w] && !bound {
				from := s.First
				if si > 0 {
					from = d.a.Sentences[si-1].First
				}
				if g := d.membersGroup(from, t); g >= 0 {
					for k := len(hist) - 1; k >= 0; k-- {
						if hist[k].ent == g {
							best = k
							break
						}
					}
				}
			}
			if cataphor >= 0 {
				hist = append(hist, ante{ent: cataphor, sent: si, typ: d.entities[cataphor].Type, tok: t})
				best = len(hist) - 1
			}
			if best >= 0 {
				h := hist[best]
				span := dossier.Span{Start: toks[first].Start, End: toks[last-1].End}
				added = append(added, mention{Mention: dossier.Mention{Span: span, Text: d.a.Doc.Text[span.Start:span.End], Type: h.typ, Sentence: si, Kind: an.kind, Confidence: 0.5}, first: first, last: last})
				addedEnt = append(addedEnt, h.ent)
				count[h.ent]++
				// "He said ..." tells the sex of whom it refers to.
				if h.typ == dossier.Person && sex[h.ent] == 0 {
					sex[h.ent] = pronounSex(w)
				}
				hist = append(hist, ante{ent: h.ent, sent: si, typ: h.typ, country: h.country, subject: isSubjectRel(toks[last-1].Rel), tok: first})
			}
			t = last - 1
		}
	}
	for i, m := range added {
		d.ms = append(d.ms, m)
		d.entOf = append(d.entOf, addedEnt[i])
	}
}

// endsBefore reports whether the phrase opening at token first (a name or
// a description such as "the coalition") runs up to token end: only words
// of one noun phrase come between.
func (d *doc) endsBefore(first, end int) bool {
	for k := first; k < end; k++ {
		switch d.a.Tokens[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM":
		default:
			return false
		}
	}
	return true
}

// personDescription returns the end of a description of a person by age
// or nationality alone starting at token k ("34-year-old", "New
// Zealander", "Briton"; not "the German government", "the French", "the
// Iranians"), 0 when there is none.
func (d *doc) personDescription(k, end int) int {
	toks := d.a.Tokens
	last := k + 1
	if j := d.tokMention[k]; j >= 0 {
		m := &d.ms[j]
		if m.drop || m.Kind != "demonym" || m.first != k {
			return 0
		}
		w := toks[m.last-1].Text
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese") {
			return 0
		}
		last = m.last
	} else if !ageWord(toks[k].Text) {
		return 0
	}
	if last < end {
		// "the Kenyan runner", "the 34-year-old man", "the German Foreign
		// Office": another head follows.
		switch toks[last].UPOS {
		case "PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "ADV":
		default:
			return 0
		}
		if d.tokMention[last] >= 0 {
			return 0
		}
	}
	return last
}

// ageWord reports whether w is an age used as a noun: "34-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// orgOwnedHeads are nouns whose possessor is an organisation: "its
// executive director", "its shareholders".
var orgOwnedHeads = map[string]bool{
	"executive": true, "director": true, "chairman": true, "chairwoman": true, "chairperson": true, "ceo": true,
	"founder": true, "founders": true, "board": true, "shareholders": true, "headquarters": true, "employees": true,
	"staff": true, "secretary-general": true, "director-general": true, "coordinator": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "treasurer": true, "co-founder": true, "members": true, "membership": true,
}

// placeOwnedHeads are nouns whose possessor is a place: "its mayor".
var placeOwnedHeads = map[string]bool{
	"mayor": true, "residents": true, "citizens": true, "inhabitants": true, "capital": true, "borders": true,
	"mayoralty": true, "townspeople": true, "population": true,
}

// possessives are the possessive pronouns.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// clauseSubject returns the index in d.ms of the mention that is the
// subject of the clause holding token t, when it comes before t in the
// sentence starting at token first; else -1. The clause is found by going up
// the parse to the first verb.
func (d *doc) clauseSubject(t, first int) int {
	toks := d.a.Tokens
	v := t
	for steps := 0; steps < 6; steps++ {
		h := toks[v].Head
		if h < first || h >= len(toks) || h == v {
			return -1
		}
		v = h
		if toks[v].UPOS == "VERB" {
			break
		}
	}
	if toks[v].UPOS != "VERB" {
		return -1
	}
	return d.subjectMention(v, first, t)
}

// quoteBefore returns the first token of the quotation that closes right
// before the speaker pronoun at t ('"...," he said'), or -1.
func (d *doc) quoteBefore(t, first int) int {
	toks := d.a.Tokens
	k := t - 1
	if k >= first && toks[k].Text == "," {
		k--
	}
	// the closing mark, possibly after the comma: '...," he' or '...", he'
	if k < first || !quoteMark(toks[k].Text) {
		if k-1 >= first && toks[k].Text == "," && quoteMark(toks[k-1].Text) {
			k--
		} else {
			return -1
		}
	}
	for j := k - 1; j >= first; j-- {
		if quoteMark(toks[j].Text) {
			return j
		}
	}
	return first // the quotation opened in an earlier sentence
}

func quoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``":
		return true
	}
	return false
}

// objectsSubject returns the index in d.ms of the subject mention of the
// verb whose object token t is (the subject of the first conjunct when the
// verb has none of its own: "arrested four men and charged them"), or -1.
func (d *doc) objectsSubject(t, first int) int {
	toks := d.a.Tokens
	if r := toks[t].Rel; r != "obj" && r != "iobj" {
		return -1
	}
	v := toks[t].Head
	if v < first || v >= len(toks) {
		return -1
	}
	if m := d.subjectMention(v, first, t); m >= 0 {
		return m
	}
	// "arrested four men and charged them", "dismissed X, less than two
	// years after appointing him": a verb without a subject of its own
	// shares its governor's.
	switch toks[v].Rel {
	case "conj", "advcl", "xcomp":
		if h := toks[v].Head; h >= first && h < v {
			return d.subjectMention(h, first, t)
		}
	}
	return -1
}

// mainSubject returns the index in d.ms of the mention that is the subject
// of the sentence's main verb, when token t is the subject of a clause below
// that verb (subordinate or coordinated) and the subject comes before t;
// else -1.
func (d *doc) mainSubject(t, first, last int) int {
	toks := d.a.Tokens
	root := d.rootOf(first, last)
	if root < 0 || toks[root].UPOS != "VERB" || toks[t].Head == root {
		return -1
	}
	// t must be the subject of a subordinate or coordinated clause ("X
	// declared himself president, but he resigned").
	if r := toks[t].Rel; r != "nsubj" && r != "nsubj:pass" {
		return -1
	}
	v := toks[t].Head
	if v < first || v >= last || !predicate(toks[v].UPOS) || v == root {
		return -1
	}
	switch toks[v].Rel {
	case "ccomp", "advcl", "acl", "acl:relcl", "xcomp", "csubj", "parataxis", "conj":
	default:
		return -1
	}
	return d.subjectMention(root, first, t)
}

// rootSubject returns the entity index of the named subject of sentence
// si's root verb, or -1.
func (d *doc) rootSubject(si int) int {
	p := d.a.Sentences[si]
	if root := d.rootOf(p.First, p.Last); root >= 0 {
		if m := d.subjectMention(root, p.First, p.Last); m >= 0 {
			return d.entOf[m]
		}
	}
	return -1
}

// rootOf returns the first token of [first, last) whose head lies outside
// the span (the sentence's root), or -1.
func (d *doc) rootOf(first, last int) int {
	for i := first; i < last; i++ {
		if h := d.a.Tokens[i].Head; h < first || h >= last || h == i {
			return i
		}
	}
	return -1
}

// speaksAt reports whether token t is the subject of a verb of saying.
func (d *doc) speaksAt(t int) bool {
	toks := d.a.Tokens
	v := toks[t].Head
	return isSubjectRel(toks[t].Rel) && v >= 0 && v < len(toks) && reportingVerbs[strings.ToLower(toks[v].Text)]
}

// reportingVerbs are the verbs of saying whose subject speaks.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true}

// lastSpeaker returns the entity index of the speaker of the sentence
// before sentence si, when the pronoun at t is the subject of a verb of
// saying and that sentence's verb of saying has a named subject; else -1.
func (d *doc) lastSpeaker(t, si int) int {
	toks := d.a.Tokens
	if !d.speaksAt(t) {
		return -1
	}
	p := d.a.Sentences[si-1]
	for k := p.First; k < p.Last; k++ {
		if !reportingVerbs[strings.ToLower(toks[k].Text)] {
			continue
		}
		if m := d.subjectMention(k, p.First, p.Last); m >= 0 {
			return d.entOf[m]
		}
	}
	return -1
}

// frontedSubject returns the index in d.ms of the resolved mention that
// opens the main clause right after the comma closing an opening adjunct
// ("During his visit to Beijing, Olaf Scholz met ...", "After she won,
// Merkel ...") when token t lies inside that adjunct and the mention is the
// subject of the sentence's root verb; else -1. The sentence spans tokens
// [first, last).
func (d *doc) frontedSubject(t, first, last int) int {
	toks := d.a.Tokens
	if u := toks[first].UPOS; u != "ADP" && u != "SCONJ" {
		return -1
	}
	c := -1
	for k := first + 1; k < last && k <= t+15; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c <= t || c+1 >= last {
		return -1
	}
	m := d.tokMention[c+1]
	if m < 0 || d.ms[m].drop || d.entOf[m] < 0 || d.ms[m].first != c+1 {
		return -1
	}
	for k := d.ms[m].first; k < d.ms[m].last; k++ {
		h := toks[k].Head
		if h >= d.ms[m].first && h < d.ms[m].last {
			continue
		}
		if !isSubjectRel(toks[k].Rel) || h < first || h >= last {
			return -1
		}
		if r := toks[h].Head; r >= first && r < last && r != h {
			return -1 // the subject of a clause below the root
		}
		return m
	}
	return -1
}

// predicate reports whether a word of this UPOS can head a clause: a verb,
// or the adjective or noun of a copula ("said it was pleased").
func predicate(upos string) bool { return upos == "VERB" || upos == "ADJ" || upos == "NOUN" }

// subjectMention returns the index in d.ms of the resolved mention whose
// head is a subject of verb v, among tokens [first, before); else -1.
func (d *doc) subjectMention(v, first, before int) int {
	toks := d.a.Tokens
	for c := first; c < before; c++ {
		if toks[c].Head != v || (toks[c].Rel != "nsubj" && toks[c].Rel != "nsubj:pass") {
			continue
		}
		if m := d.tokMention[c]; m >= 0 && !d.ms[m].drop && d.entOf[m] >= 0 {
			return m
		}
		// "Its leader, Michel Djotodia, declared ...": the name in
		// apposition to a subject noun.
		for a := c + 1; a < before && a <= c+4; a++ {
			if toks[a].Head == c && toks[a].Rel == "appos" {
				if m := d.tokMention[a]; m >= 0 && !d.ms[m].drop && d.entOf[m] >= 0 {
					return m
				}
			}
		}
		// "Japan's foreign ministry said it would send tents", "FIFA's
		// ethics committee opened its own investigation": a body's own
		// organ speaks and acts for it.
		if toks[c].UPOS == "NOUN" {
			for a := max(first, c-4); a < c; a++ {
				if toks[a].Head == c && toks[a].Rel == "nmod:poss" {
					if m := d.tokMention[a]; m >= 0 && !d.ms[m].drop && d.entOf[m] >= 0 && (d.ms[m].Type == dossier.Place || d.ms[m].Type == dossier.Org) {
						return m
					}
				}
			}
		}
	}
	return -1
}

// countryOf returns the entity index of the country a city or region
// mention lies in, when that country is an entity of the document, or -1.
func (d *doc) countryOf(m *mention) int {
	if d.gaz == nil || (m.kind != "city" && m.kind != "region") {
		return -1
	}
	c, ok := d.gaz.CountryOf(m.Text)
	if !ok {
		return -1
	}
	id := dossier.EntityID(dossier.Place, c)
	for i := range d.entities {
		if d.entities[i].ID == id {
			return i
		}
	}
	return -1
}

// newsAgencies are news agencies and wire services, which news text cites
// as sources ("told AFP"), by their lower-cased names.
var newsAgencies = map[string]bool{
	"reuters": true, "associated press": true, "ap": true, "afp": true, "agence france-presse": true,
	"agence france presse": true, "dpa": true, "efe": true, "ansa": true, "xinhua": true, "tass": true,
	"ria novosti": true, "interfax": true, "kyodo": true, "kyodo news": true, "yonhap": true, "bernama": true,
	"anadolu": true, "anadolu agency": true, "irna": true, "pti": true, "ani": true, "bloomberg": true,
	"upi": true, "united press international": true, "wafa": true, "sana": true, "kcna": true, "apa": true,
	"bbc": true, "cnn": true, "al jazeera": true, "dw": true, "deutsche welle": true, "france 24": true,
	"rfi": true, "voa": true, "voice of america": true, "npr": true, "sky news": true, "euronews": true,
	"nhk": true, "cgtn": true, "rt": true, "abc news": true, "nbc news": true, "cbs news": true,
}

// newsSources marks the organisations the document uses as its sources:
// news agencies, and any organisation told something ("he told DW"),
// reporting ("Al Jazeera reported") or cited ("according to CNN").
// Pronouns and group descriptions do not refer to them.
func (d *doc) newsSources() []bool {
	src := make([]bool, len(d.entities))
	toks := d.a.Tokens
	lower := func(t int) string { return strings.ToLower(toks[t].Text) }
	for i := range d.ms {
		m := &d.ms[i]
		e := d.entOf[i]
		if m.drop || e < 0 || d.entities[e].Type != dossier.Org {
			continue
		}
		if newsAgencies[strings.ToLower(d.entities[e].Name)] {
			src[e] = true
			continue
		}
		if m.first > 0 {
			switch lower(m.first - 1) {
			case "told", "tell", "tells", "telling":
				src[e] = true
			case "to":
				src[e] = src[e] || m.first > 1 && lower(m.first-2) == "according"
			}
		}
		if m.last < len(toks) {
			switch lower(m.last) {
			case "reported", "reports", "reporting":
				src[e] = true
			}
		}
		// "KAMPALA, Uganda, Feb 5 (Reuters) -": the agency of a dateline.
		if m.first > 0 && m.last+1 < len(toks) && toks[m.first-1].Text == "(" && toks[m.last].Text == ")" {
			if isDash(toks[m.last+1].Text) {
				src[e] = true
			}
		}
	}
	return src
}

// isSubject reports whether a mention is a clause subject: by the parse
// when there is one, else when it opens its sentence.
func (d *doc) isSubject(m *mention) bool {
	toks := d.a.Tokens
	for t := m.first; t < m.last; t++ {
		if toks[t].Head >= 0 || toks[t].Rel != "" {
			h := toks[t].Head
			if h < m.first || h >= m.last {
				// "Chinese manufacturer CATL began", "The Islamic State
				// group claimed": the name of the subject.
				if h >= 0 && h < len(toks) {
					_, head := nominalHeads[strings.ToLower(toks[h].Text)]
					if r := toks[t].Rel; r == "appos" || r == "flat" || r == "compound" && head {
						return isSubjectRel(toks[h].Rel)
					}
				}
				return isSubjectRel(toks[t].Rel)
			}
		}
	}
	if s := m.Sentence; s >= 0 && s < len(d.a.Sentences) {
		return m.first <= d.a.Sentences[s].First+1
	}
	return false
}

func isSubjectRel(r string) bool {
	return r == "nsubj" || r == "nsubj:pass" || r == "nsubj:outer"
}

func typeIn(t dossier.EntityType, ts []dossier.EntityType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// expletive reports whether "it" at token t is a dummy subject: "it is
// important to", "it remains unclear what", "it seems that".
func (d *doc) expletive(t int) bool {
	toks := d.a.Tokens
	if t+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[t+1].Text) {
	case "is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared", "'s", "’s", "would", "will", "has", "had":
	default:
		return false
	}
	for k := t + 2; k < len(toks) && k <= t+5; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "that", "to", "what", "whether", "how", "why", "unclear", "clear", "important", "likely", "unlikely", "possible", "impossible", "necessary", "time", "true", "said", "reported", "expected", "believed":
			return true
		}
	}
	return false
}

// mismatch reports whether pronoun w cannot refer to a person of the given
// sex (0 when unknown).
func mismatch(sex byte, w string) bool {
	p := pronounSex(w)
	return sex != 0 && p != 0 && sex != p
}

// pluralPronouns are the pronouns that refer to plural nouns.
var pluralPronouns = map[string]bool{"they": true, "them": true, "their": true, "themselves": true}

// commonNounBetween returns the last common noun heading a noun phrase
// that agrees in number with the neuter or plural pronoun w, after token
// from and before the pronoun at t, outside every name, or -1: "it" and
// "they" may refer to it rather than to the entity named before.
func (d *doc) commonNounBetween(from, t int, w string) int {
	if pronounSex(w) != 0 {
		return -1
	}
	toks := d.a.Tokens
	plural := pluralPronouns[w]
	for c := t - 1; c > from && c >= 0; c-- {
		tok := toks[c]
		if tok.UPOS != "NOUN" || d.tokMention[c] >= 0 || tok.Head == t || toks[t].Head == c {
			continue
		}
		switch tok.Rel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "root", "conj", "appos":
		default:
			continue // a modifier or part of a compound
		}
		lw := strings.ToLower(tok.Text)
		if _, ok := nominalHeads[lw]; ok || titleHeads[lw] {
			continue
		}
		if (tok.XPOS == "NNS") == plural {
			return c
		}
	}
	return -1
}

// groupPeople are plural nouns for the people of an organisation.
var groupPeople = map[string]bool{
	"members": true, "fighters": true, "supporters": true, "followers": true, "militants": true, "activists": true,
	"employees": true, "workers": true, "staff": true, "soldiers": true, "troops": true, "officials": true,
	"leaders": true, "delegates": true, "lawmakers": true, "deputies": true, "envoys": true, "diplomats": true,
}

// membersGroup returns the entity of the organisation whose members the
// last plural noun between tokens from and t names ("members of the MEK",
// "Hamas fighters", or "these members" after "members of the MEK"), or -1.
func (d *doc) membersGroup(from, t int) int {
	toks := d.a.Tokens
	c := -1
	for k := t - 1; k >= from; k-- {
		if toks[k].XPOS == "NNS" && d.tokMention[k] < 0 {
			c = k
			break
		}
	}
	if c < 0 || !groupPeople[strings.ToLower(toks[c].Text)] {
		return -1
	}
	group := func(c int) int {
		for k := max(from, c-4); k < len(toks) && k <= c+6; k++ {
			m := d.tokMention[k]
			if m < 0 || d.ms[m].Type != dossier.Org || d.entOf[m] < 0 {
				continue
			}
			// "MEK members" (a modifier right before the noun) or
			// "members of the MEK" (a name attached to the noun).
			if k < c && d.ms[m].last == c || k > c && (toks[k].Head == c || toks[toks[k].Head].Head == c) {
				return d.entOf[m]
			}
		}
		return -1
	}
	if g := group(c); g >= 0 {
		return g
	}
	// "These members ...": the same noun named with its group before.
	for k := c - 1; k >= from; k-- {
		if strings.EqualFold(toks[k].Text, toks[c].Text) {
			return group(k)
		}
	}
	return -1
}
