package coref

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// buildEntities turns each cluster of name mentions into an entity with a
// type, a canonical name and aliases.
func (d *doc) buildEntities() {
	clusters := map[int][]int{}
	var roots []int
	for i := range d.ms {
		if d.ms[i].drop {
			continue
		}
		r := d.find(i)
		if _, ok := clusters[r]; !ok {
			roots = append(roots, r)
		}
		clusters[r] = append(clusters[r], i)
	}
	d.entOf = make([]int, len(d.ms))
	for i := range d.entOf {
		d.entOf[i] = -1
	}
	byID := map[string]int{}
	country := d.mainCountry()
	endsAt := map[int]int{} // last token -> mention, for the countries before a name
	for i := range d.ms {
		if !d.ms[i].drop {
			endsAt[d.ms[i].last-1] = i
		}
	}
	for _, r := range roots {
		idx := clusters[r]
		typ, name := d.typeAndName(idx)
		if name == "" {
			continue
		}
		key := idName(typ, name)
		// "the Senate" of a story about Nigeria is not Mexico's: a name
		// any state's institution could bear is told apart by the
		// country written with it ("Belarus's Foreign Ministry", "the
		// Polish Foreign Ministry"), else by that of its last mention
		// with one, else by the document's main country (the name itself
		// stays as written).
		generic := typ == dossier.Org && genericInstitution(name)
		// "the Supreme Court of Kenya" is "Kenya's Supreme Court".
		if before, after, ok := strings.Cut(name, " of "); ok && typ == dossier.Org && genericInstitution(before) && d.gaz != nil {
			if canon, _, kind, ok := d.gaz.Canonical(after); ok && kind == "country" {
				key = idName(typ, before) + " " + canon
			}
		}
		if generic {
			slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(d.ms[a].first, d.ms[b].first) })
		}
		last := country
		for _, i := range idx {
			k := key
			if generic {
				if c := d.countryBefore(i, endsAt); c != "" {
					last = c
				}
				if last != "" {
					k += " " + last
				}
			}
			id := dossier.EntityID(typ, k)
			ei, ok := byID[id]
			if !ok {
				ei = len(d.entities)
				byID[id] = ei
				d.entities = append(d.entities, dossier.Entity{ID: id, Type: typ, Name: name})
			}
			d.entOf[i] = ei
		}
	}
	for ei := range d.entities {
		e := &d.entities[ei]
		seen := map[string]bool{dossier.NormalizeName(e.Name): true}
		for i := range d.ms {
			m := &d.ms[i]
			if d.entOf[i] != ei || m.Kind == "demonym" {
				continue
			}
			key := dossier.NormalizeName(m.Text)
			if !seen[key] {
				seen[key] = true
				e.Aliases = append(e.Aliases, strings.Join(strings.Fields(m.Text), " "))
			}
		}
		slices.Sort(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
	}
}

// countryBefore returns the country written right before mention i: a
// country's possessive ("Belarus's Foreign Ministry") or a demonym ("the
// Polish Foreign Ministry"); endsAt maps a token to the mention ending
// there. It returns "" when there is none.
func (d *doc) countryBefore(i int, endsAt map[int]int) string {
	t := d.ms[i].first - 1
	if t >= 0 && (d.a.Tokens[t].Text == "'s" || d.a.Tokens[t].Text == "’s") {
		t--
	}
	j, ok := endsAt[t]
	if !ok || j == i || d.ms[j].canon == "" || d.ms[j].kind != "country" {
		return ""
	}
	return d.ms[j].canon
}

// institutionNameWords make up the names any state's institutions bear
// ("Senate", "Supreme Court", "Interior Ministry", "National Assembly").
var institutionNameWords = map[string]bool{
	"senate": true, "parliament": true, "congress": true, "house": true, "assembly": true, "supreme": true,
	"court": true, "constitutional": true, "high": true, "federal": true, "national": true, "interior": true,
	"foreign": true, "finance": true, "defence": true, "defense": true, "justice": true, "ministry": true,
	"of": true, "the": true, "cabinet": true, "government": true, "police": true, "army": true, "navy": true,
	"central": true, "bank": true, "electoral": true, "election": true, "commission": true, "public": true,
	"prosecutor": true, "prosecutor's": true, "office": true, "council": true, "security": true,
	"upper": true, "lower": true, "chamber": true, "appeals": true, "appeal": true, "representatives": true,
	"presidency": true, "ministry's": true, "health": true, "education": true, "economy": true,
	"affairs": true, "home": true, "state": true, "department": true, "armed": true, "forces": true,
}

// genericInstitution reports whether an organisation's name is made only of
// words for state institutions, with at least one noun of them.
func genericInstitution(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	noun := false
	for _, w := range f {
		if !institutionNameWords[w] {
			return false
		}
		if institutionWords[w] || w == "bank" || w == "forces" {
			noun = true
		}
	}
	return noun
}

// mainCountry returns the canonical name of the country the document
// names most often (by name or nationality), "" when none.
func (d *doc) mainCountry() string {
	n := map[string]int{}
	best := ""
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.canon == "" || m.kind != "country" && m.kind != "demonym" {
			continue
		}
		n[m.canon]++
		if c := n[m.canon]; c > n[best] || c == n[best] && m.canon < best {
			best = m.canon
		}
	}
	return best
}

// typeAndName chooses a cluster's type (the gazetteer's if it knows a
// member, else the vote of the recogniser weighted by confidence) and its
// canonical name (the gazetteer's, else the longest full name, the most
// frequent among equals, then the alphabetically first).
func (d *doc) typeAndName(idx []int) (dossier.EntityType, string) {
	votes := map[dossier.EntityType]float64{}
	canon := ""
	var canonType dossier.EntityType
	// settlement: a member set off before a word for a settlement, and
	// none longer than it ("Casamance, a fertile region" says nothing of
	// the Movement of Democratic Forces of Casamance it was joined to).
	corporate, settlement, settleLen, longest := false, false, 0, 0
	for _, i := range idx {
		m := &d.ms[i]
		if m.settlement {
			settlement, settleLen = true, max(settleLen, m.last-m.first)
		}
		corporate = corporate || m.body
		if m.Kind != "pronoun" && m.Kind != "nominal" {
			longest = max(longest, m.last-m.first)
		}
		// "Nokia Corporation", "Nokia Ab": a legal form proves a company,
		// whatever a town of the same name makes of the short form.
		if n := dossier.NormalizeName(m.Text); m.Type == dossier.Org && m.last-m.first > 1 && corporateKey(n) != n {
			corporate = true
		}
		if m.canon != "" && canon == "" {
			canon = m.canon
			canonType = m.Type
		}
		if m.Kind != "demonym" {
			// Full names are typed more reliably than acronyms, and MISC
			// is the recogniser's fallback: both weigh less.
			w := 0.5 + m.Confidence
			if m.last-m.first > 1 {
				w *= 2
			}
			if m.Type == dossier.Misc {
				w *= 0.5
			}
			votes[m.Type] += w
		}
	}
	if corporate {
		canon, votes = "", map[dossier.EntityType]float64{dossier.Org: 1}
	} else if settlement && canon == "" && longest <= settleLen {
		// "Mbarani, the capital of Kiruvu province": the text says it is a
		// place, whatever the recogniser made of its other mentions.
		votes = map[dossier.EntityType]float64{dossier.Place: 1}
	}
	if canon != "" {
		return canonType, canon
	}
	var typ dossier.EntityType
	best := -1.0
	for _, t := range dossier.EntityTypes {
		if votes[t] > best {
			typ, best = t, votes[t]
		}
	}
	if typ == dossier.Person && !d.personEvidence(idx) {
		// News introduces people by full name or title; a one-word
		// "person" never so introduced is a company or a brand the
		// recogniser mistook ("Boeing challenged the award").
		typ = dossier.Org
	}
	count := map[string]int{}
	forms := map[string]string{}
	for _, i := range idx {
		m := &d.ms[i]
		if m.Kind == "demonym" {
			continue
		}
		k := dossier.NormalizeName(m.Text)
		count[k]++
		if _, ok := forms[k]; !ok {
			forms[k] = strings.Join(strings.Fields(m.Text), " ")
		}
	}
	var keys []string
	for k := range forms {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return typ, ""
	}
	slices.SortFunc(keys, func(a, b string) int {
		fa, fb := forms[a], forms[b]
		if c := cmp.Compare(nameRank(fb), nameRank(fa)); c != 0 {
			return c
		}
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	name := forms[keys[0]]
	if typ == dossier.Org {
		// "Apple Inc." and "Apple" are one company; the legal form is
		// not part of the canonical name, so documents meet in one node.
		name = trimForms(name, func(w string) bool { return legalForms[w] })
	}
	return typ, name
}

// idName returns the name an entity's ID is made from: the canonical name
// of an organisation without its trailing legal or descriptive forms
// ("Aer Lingus Group" -> "Aer Lingus"), so that documents naming it either
// way meet in one node.
func idName(typ dossier.EntityType, name string) string {
	if typ != dossier.Org {
		return name
	}
	return trimForms(name, func(w string) bool { return legalForms[w] || descriptiveForms[w] })
}

// trimForms drops the trailing words of a name, lower-cased and without
// "." or ",", for which drop holds, keeping at least one word.
func trimForms(name string, drop func(word string) bool) string {
	for {
		f := strings.Fields(name)
		if len(f) < 2 || !drop(strings.Trim(strings.ToLower(f[len(f)-1]), ".,")) {
			return name
		}
		name = strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), ",")
	}
}

// nameRank prefers full names to acronyms, and names of more words to
// fewer. Spelling length does not count, so that transliteration variants
// of one name ("Mojahedin", "Mujahedeen") tie and the same one wins in every
// document (by frequency, then alphabetically), giving one entity ID.
func nameRank(s string) int {
	r := len(strings.Fields(s)) * 100
	if isAcronym(s) {
		r -= 10000
	}
	return r
}

// finish writes the entities and resolved mentions back to the analysis.
func (d *doc) finish() {
	var out []dossier.Mention
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || d.entOf[i] < 0 {
			continue
		}
		mm := m.Mention
		mm.Entity = d.entities[d.entOf[i]].ID
		mm.Kind = d.linkKind(m, &d.entities[d.entOf[i]])
		if mm.Kind != "demonym" {
			mm.Type = d.entities[d.entOf[i]].Type // resolved, not the recogniser's guess
		}
		if mm.Confidence == 0 {
			mm.Confidence = 0.5
		}
		out = append(out, mm)
		e := &d.entities[d.entOf[i]]
		e.Mentions = append(e.Mentions, mm)
	}
	slices.SortStableFunc(out, func(a, b dossier.Mention) int { return cmp.Compare(a.Start, b.Start) })
	for i := range d.entities {
		slices.SortStableFunc(d.entities[i].Mentions, func(a, b dossier.Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
	d.a.Mentions = out
	d.a.Entities = d.entities
}

// linkKind says how a mention is tied to its entity, for provenance and
// "dossier entities --explain": the canonical name itself, a gazetteer
// alias, an acronym, a surname, a transliteration, a plural, a short form,
// an alias the text declares ("X (Y)", "also known as Y"), or a demonym,
// pronoun or description.
func (d *doc) linkKind(m *mention, e *dossier.Entity) string {
	switch m.Kind {
	case "demonym", "pronoun", "nominal":
		return m.Kind
	}
	norm, name := dossier.NormalizeName(m.Text), dossier.NormalizeName(e.Name)
	switch {
	case norm == name || corporateKey(norm) == corporateKey(name):
		return "name"
	case m.canon != "" && m.canon == e.Name:
		return "gazetteer"
	case isAcronym(m.Text) && (acronymOf(e.Name, m.Text) || anyAcronym(e.Aliases, m.Text)):
		return "acronym"
	case m.Kind == "alias":
		return "alias"
	case e.Type == dossier.Person && !strings.Contains(norm, " ") && strings.HasSuffix(name, " "+norm):
		return "surname"
	case SameName(m.Text, e.Name):
		return "transliteration"
	case norm+"s" == name || name+"s" == norm:
		return "plural"
	case !strings.Contains(norm, " ") && strings.Contains(" "+name+" ", " "+norm+" "):
		return "short form"
	}
	return "alias"
}

func anyAcronym(names []string, acr string) bool {
	for _, n := range names {
		if !isAcronym(n) && acronymOf(n, acr) {
			return true
		}
	}
	return false
}

// personEvidence reports whether a cluster shows it names a person: a name
// of two or more words, a title right before a mention ("President Trump",
// "Mr. Lee"), or a pronoun he/she/his/her in the sentence of a mention.
func (d *doc) personEvidence(idx []int) bool {
	toks := d.a.Tokens
	for _, i := range idx {
		m := &d.ms[i]
		if m.Kind == "demonym" {
			continue
		}
		if m.last-m.first > 1 || m.titled {
			return true
		}
		if k := m.first - 1; k >= 0 && (personTitles[strings.ToLower(toks[k].Text)] || titleish(toks[k].Text) || kinship[toks[k].Text]) {
			return true
		}
		// A given name ("Erik") or an occupation in apposition ("Harvey,
		// a lawyer,") says a person, as a title does.
		if givenNames()[m.Text] != 0 || d.occupationAfter(m.last) || d.ageAfter(m.last) || d.kinBefore(m.first) {
			return true
		}
		if s := m.Sentence; s >= 0 && s < len(d.a.Sentences) {
			for _, t := range toks[d.a.Sentences[s].First:d.a.Sentences[s].Last] {
				switch strings.ToLower(t.Text) {
				case "he", "she", "his", "her", "him", "himself", "herself":
					return true
				}
			}
		}
	}
	return false
}

// kinship are words for relatives that, right before a name, say it is a
// person's: "founded by brothers Erik and Lars Haugen".
var kinship = map[string]bool{
	"brother": true, "brothers": true, "sister": true, "sisters": true, "son": true, "daughter": true,
	"wife": true, "husband": true, "father": true, "mother": true, "uncle": true, "aunt": true,
	"cousin": true, "widow": true, "nephew": true, "niece": true, "grandson": true, "granddaughter": true,
}

// occupationAfter reports whether an apposition naming an occupation or a
// post starts at token i: ", a lawyer,", ", the company's founder".
// ageAfter reports whether an age is set off at token i: "Kallas, 41,".
func (d *doc) ageAfter(i int) bool {
	toks := d.a.Tokens
	if i+2 >= len(toks) || toks[i].Text != "," || toks[i+2].Text != "," {
		return false
	}
	n, err := strconv.Atoi(toks[i+1].Text)
	return err == nil && n >= 1 && n <= 110
}

func (d *doc) occupationAfter(i int) bool {
	toks := d.a.Tokens
	if i >= len(toks) || toks[i].Text != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		w := strings.ToLower(toks[k].Text)
		if w == "," || w == "." || w == "who" || w == "which" {
			return false
		}
		if occupations[w] || titleHeads[w] {
			return true
		}
	}
	return false
}

// titleish reports whether a word is a title abbreviation ("Sen.", "Gov.").
func titleish(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && strings.HasSuffix(w, ".") && isCap(w)
}
