package coref

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
)

func (d *doc) find(i int) int {
	for d.uf[i] != i {
		d.uf[i] = d.uf[d.uf[i]]
		i = d.uf[i]
	}
	return i
}

func (d *doc) union(i, j int) {
	ri, rj := d.find(i), d.find(j)
	if ri == rj {
		return
	}
	if ri < rj {
		d.uf[rj] = ri
	} else {
		d.uf[ri] = rj
	}
}

// clusterNames groups the name mentions of the document.
func (d *doc) clusterNames() {
	d.uf = make([]int, len(d.ms))
	for i := range d.uf {
		d.uf[i] = i
	}
	for i := range d.ms {
		d.ms[i].norm = dossier.NormalizeName(d.ms[i].Text)
	}
	d.tokMention = make([]int, len(d.a.Tokens))
	for i := range d.tokMention {
		d.tokMention[i] = -1
	}
	for i, m := range d.ms {
		if m.drop {
			continue
		}
		for t := m.first; t < m.last; t++ {
			d.tokMention[t] = i
		}
	}
	d.parentheticalAliases()
	d.knownAs()
	for i := range d.ms {
		if m := &d.ms[i]; d.ownAcronyms[m.Text] {
			m.canon, m.kind = "", ""
		}
	}
	// Pairwise rules over the (few hundred) live mentions of a document.
	byNorm := map[string]int{}
	byCanon := map[string]int{}
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		if m.canon != "" {
			if j, ok := byCanon[m.canon]; ok {
				d.union(i, j)
			} else {
				byCanon[m.canon] = i
			}
		}
		if m.Kind == "demonym" {
			continue
		}
		// One sense per discourse: the same name twice in a document is
		// one entity, even when the recogniser typed the two differently.
		key := corporateKey(m.norm)
		if j, ok := byNorm[key]; ok {
			d.union(i, j)
		} else {
			byNorm[key] = i
		}
	}
	live := make([]int, 0, len(d.ms))
	for i := range d.ms {
		if !d.ms[i].drop && d.ms[i].Kind != "demonym" {
			live = append(live, i)
		}
	}
	d.middleNames(live)
	d.orgPrefixes(live)
	for _, i := range live {
		for _, j := range live {
			if i == j || d.find(i) == d.find(j) {
				continue
			}
			mi, mj := &d.ms[i], &d.ms[j]
			switch {
			case isAcronym(mi.Text) && !isAcronym(mj.Text) && mi.Type != dossier.Person && mj.Type != dossier.Person &&
				acronymOf(mj.Text, mi.Text):
				// (Not "Upper Nile" for the UN: an acronym the gazetteer
				// knows stands for its own name, and a place's initials
				// are no organisation's.)
				if mi.canon != "" && mj.canon != mi.canon || (mi.Type == dossier.Place) != (mj.Type == dossier.Place) {
					continue
				}
				d.union(i, j)
			case mi.Type == dossier.Person && mj.Type == dossier.Person && mi.last-mi.first == 1 && mj.last-mj.first > 1:
				// Surname-only mention: it joins the one full name that
				// ends with it, and none if several do; failing that, the
				// one full name that starts with it (family names first:
				// "Lee" for "Lee Jae-myung"). A lone name typed as an
				// organisation stays apart: "Ford" the company is not
				// "William Clay Ford".
				if d.uniqueSurname(mi, live) == j {
					d.union(i, j)
				}
			case mi.Type == dossier.Person && mj.Type == dossier.Person && (mi.last-mi.first == 2 || mi.last-mi.first == 3) && mj.last-mj.first > mi.last-mi.first &&
				surnameParticles[strings.ToLower(d.a.Tokens[mi.first].Text)] && strings.HasSuffix(mj.norm, " "+mi.norm):
				// "Van Dalen", "van Dalen" for "Marieke van Dalen", "Van der
				// Bellen" for "Alexander Van der Bellen": a surname with
				// its particles.
				d.union(i, j)
			case mi.Type == dossier.Person && mj.Type == dossier.Person && mi.last-mi.first == 2 && mj.last-mj.first > 2 &&
				givenNames()[d.a.Tokens[mi.first].Text] == 0 && strings.HasSuffix(mj.norm, " "+mi.norm) &&
				d.onlyCluster(live, func(c *mention) bool {
					return c.Type == dossier.Person && c.last-c.first > 2 && strings.HasSuffix(c.norm, " "+mi.norm)
				}) == j:
				// "Castro Duarte" for "Helena Castro Duarte": a double
				// family name (not a given name and a surname: "Maria
				// Lopez" is not "Ana Maria Lopez").
				d.union(i, j)
			case mi.Type == mj.Type && mi.Type != dossier.Place && SameName(mi.Text, mj.Text):
				d.union(i, j)
			case mi.last-mi.first == 1 && mj.last-mj.first == 1 && mi.Type != dossier.Place && mj.Type != dossier.Place &&
				(mi.norm+"s" == mj.norm || mi.norm+"es" == mj.norm):
				// "Houthi" and "Houthis": a group and its members.
				d.union(i, j)
			case (mi.Type == dossier.Org || mi.Type == dossier.Person || mi.Type == dossier.Misc) && mj.Type == dossier.Org && mi.last-mi.first >= 2 && mj.last-mj.first == mi.last-mi.first+1 &&
				(industryHeads[strings.ToLower(d.a.Tokens[mj.last-1].Text)] || d.a.Tokens[mj.last-1].Text == "Party" && mi.Type != dossier.Person) && strings.HasPrefix(mj.norm, mi.norm+" "):
				// (And "New Horizon" for the "New Horizon Party", but not
				// Sam Rainsy for the "Sam Rainsy Party".)
				// "Safari Express" for "Safari Express Airways", "Grey Fox"
				// (tagged a person) for "Grey Fox Research": a name without
				// the word for its trade.
				d.union(i, j)
			case mi.last-mi.first == 1 && mj.storm && strings.EqualFold(d.a.Tokens[mj.last-1].Text, mi.Text):
				// "Cyclone Idai ... Idai killed more than 600 people": a
				// storm by its name alone.
				mi.Type, mi.storm = mj.Type, true
				d.union(i, j)
			case mi.last-mi.first == 1 && mj.last-mj.first > 1 && mj.Type == dossier.Org && mi.Type != dossier.Place && !isAcronym(mi.Text):
				// "Memorial" for "International Memorial": a one-word
				// short form of exactly one organisation's name; not a
				// person's surname ("Okafor" is Emeka Okafor, not Okafor
				// Cement Works).
				if d.uniqueOrgPart(mi, live) == j && !(mi.Type == dossier.Person && d.uniqueSurname(mi, live) >= 0) {
					d.union(i, j)
				}
			}
		}
	}
}

// placeKinds are the gazetteer kinds of places.
var placeKinds = map[string]bool{"country": true, "region": true, "city": true, "continent": true}

// middleNames joins a two-word person name to the one longer person name
// with the same first and last words ("Brock Holt" and "Brock Wyatt Holt",
// "Maria Silva" and "Maria da Graça Silva"), before surnames are resolved,
// so that "Holt" is not taken for a third person. Two longer names that
// differ ("George W. Bush" and "George H. W. Bush") leave the short one
// alone.
func (d *doc) middleNames(live []int) {
	toks := d.a.Tokens
	word := func(t int) string { return strings.ToLower(bareSurname(toks[t].Text)) }
	for _, i := range live {
		mi := &d.ms[i]
		if mi.Type != dossier.Person || mi.last-mi.first != 2 {
			continue
		}
		found := d.onlyCluster(live, func(mj *mention) bool {
			return mj.Type == dossier.Person && mj.last-mj.first >= 3 && word(mj.first) == word(mi.first) && word(mj.last-1) == word(mi.last-1)
		})
		if found >= 0 {
			d.union(i, found)
		}
	}
}

// orgPrefixes joins a name the recogniser typed as a place or MISC, and
// the gazetteer does not know, to the one company name with a legal form
// that starts with all its words: a headline's "Rheinwerk recalls cars"
// before "Rheinwerk Automobil AG". A short name already clustered with other
// names is left alone ("Credit" of Helvetia Credit Group is not Credit
// Suisse AG), and so are organisation names without a legal form, whose
// first words are often a place ("Korea International Trade Association").
func (d *doc) orgPrefixes(live []int) {
	toks := d.a.Tokens
	for _, i := range live {
		mi := &d.ms[i]
		n := mi.last - mi.first
		if mi.Type != dossier.Place && mi.Type != dossier.Misc || mi.canon != "" || n > 3 || isAcronym(mi.Text) || !d.singleName(i, live) {
			continue
		}
		found := d.onlyCluster(live, func(mj *mention) bool {
			if mj.Type != dossier.Org || mj.last-mj.first <= n || !legalForms[strings.Trim(strings.ToLower(toks[mj.last-1].Text), ".,")] {
				return false
			}
			for k := range n {
				if toks[mi.first+k].Text != toks[mj.first+k].Text {
					return false
				}
			}
			return true
		})
		if found >= 0 {
			mi.Type = dossier.Org
			d.union(i, found)
		}
	}
}

// onlyCluster returns a live mention that match accepts when all the
// mentions it accepts are in one cluster, else -1 (none, or several
// entities: the evidence is ambiguous).
func (d *doc) onlyCluster(live []int, match func(*mention) bool) int {
	found, several := d.matchCluster(live, match)
	if several {
		return -1
	}
	return found
}

// matchCluster returns the last live mention that match accepts (-1 if
// none) and whether the accepted mentions lie in several clusters.
func (d *doc) matchCluster(live []int, match func(*mention) bool) (found int, several bool) {
	found, root := -1, -1
	for _, j := range live {
		if !match(&d.ms[j]) {
			continue
		}
		if r := d.find(j); root == -1 || r == root {
			found, root = j, r
		} else {
			return -1, true
		}
	}
	return found, false
}

// singleName reports whether every live mention clustered with mention i
// has its text.
func (d *doc) singleName(i int, live []int) bool {
	r := d.find(i)
	for _, j := range live {
		if d.find(j) == r && d.ms[j].norm != d.ms[i].norm {
			return false
		}
	}
	return true
}

// uniqueSurname returns the index of the only multi-token person mention
// whose last token equals m's text (up to clustering), or -1.
func (d *doc) uniqueSurname(m *mention, live []int) int {
	k := d.uniqueNamePart(m, live, true)
	if k == -1 {
		// Several people share the surname ("Jean-Marc Ekambi ... his
		// wife, Odile Ekambi"): news calls the one it introduced first
		// by the surname alone and the others by their given names.
		return d.firstWithSurname(m, live)
	}
	if k != -2 {
		// "Tesfaye Gebremariam ... His daughter, Selamawit Tesfaye, ...
		// Tesfaye moved to Addis Ababa": a patronymic names the child
		// after the father, whom the text introduced first and calls by
		// his given name.
		if f := d.uniqueNamePart(m, live, false); f >= 0 && d.ms[f].first < d.ms[k].first && d.ms[k].first < m.first {
			return f
		}
		return k
	}
	if k := d.uniqueNamePart(m, live, false); k >= 0 {
		return k
	}
	// "Raul Benitez Maldonado ... Benitez said", "Mohammed Badaru Abubakar
	// ... Badaru": the first of two family names, by which the person is
	// called.
	// ("Lula" for Luiz Inacio Lula da Silva: past the particle.)
	return d.onlyCluster(live, func(c *mention) bool {
		if c.Type != dossier.Person || c.last-c.first < 3 {
			return false
		}
		k := c.last - 2
		if surnameParticles[d.a.Tokens[k].Text] && k-1 > c.first {
			k--
		}
		return strings.EqualFold(d.a.Tokens[k].Text, m.Text)
	})
}

// namePart returns a test of whether a full person name c has m's text as
// its last (or first) word, with a given name whose sex agrees with a
// title before m ("Mr Adel" among Karim and Nadia Adel).
func (d *doc) namePart(m *mention, last bool) func(c *mention) bool {
	sex := byte(0)
	if m.first > 0 {
		sex = genderTitles[strings.ToLower(d.a.Tokens[m.first-1].Text)]
	}
	given := givenNames()
	return func(c *mention) bool {
		if c.Type != dossier.Person || c.last-c.first < 2 {
			return false
		}
		t := c.first
		if last {
			t = c.last - 1
		}
		if !strings.EqualFold(bareSurname(d.a.Tokens[t].Text), bareSurname(m.Text)) {
			return false
		}
		g := given[d.a.Tokens[c.first].Text]
		return sex == 0 || g == 0 || g == sex
	}
}

// firstWithSurname returns the first multi-token person mention before m
// whose last word is m's text (namePart), or -1.
func (d *doc) firstWithSurname(m *mention, live []int) int {
	match := d.namePart(m, true)
	best := -1
	for _, j := range live {
		if c := &d.ms[j]; c.first < m.first && match(c) && (best < 0 || c.first < d.ms[best].first) {
			best = j
		}
	}
	return best
}

// uniqueNamePart returns the index of the only multi-token person mention
// whose last (or first) token equals m's text (namePart), up to
// clustering; -1 if several people have it, -2 if nobody does.
func (d *doc) uniqueNamePart(m *mention, live []int, last bool) int {
	found, several := d.matchCluster(live, d.namePart(m, last))
	switch {
	case several:
		return -1
	case found < 0:
		return -2
	}
	return found
}

// corporateKey drops a trailing legal-form suffix from a normalised name,
// so that "Apple Inc." and "Apple" cluster: "apple inc." -> "apple"; also
// descriptive forms ("Aer Lingus Group", "NPD Group").
func corporateKey(norm string) string {
	for {
		i := strings.LastIndexByte(norm, ' ')
		if i <= 0 {
			return norm
		}
		last := strings.TrimSuffix(strings.TrimPrefix(norm[i+1:], ","), ".")
		if !legalForms[last] && !descriptiveForms[last] {
			return norm
		}
		norm = strings.TrimSuffix(strings.TrimSpace(norm[:i]), ",")
	}
}

// industryHeads end company names with a word for their trade, which short
// forms drop ("Safari Express Airways" is "Safari Express").
var industryHeads = map[string]bool{
	"airways": true, "airlines": true, "bank": true, "motors": true, "energy": true, "oil": true,
	"petroleum": true, "pharmaceuticals": true, "systems": true, "technologies": true, "telecom": true,
	"media": true, "industries": true, "resources": true, "mining": true, "insurance": true, "capital": true,
	"partners": true, "foods": true, "steel": true, "shipping": true, "logistics": true, "railways": true,
	"entertainment": true, "communications": true, "electronics": true, "software": true, "labs": true,
	"studios": true, "metals": true, "minerals": true, "holdings": true, "group": true, "motor": true,
	"research": true, "networks": true, "services": true, "consulting": true, "ventures": true, "robotics": true,
	"analytics": true, "aerospace": true, "engineering": true, "construction": true, "chemicals": true,
	"therapeutics": true, "biotech": true, "solutions": true,
}

// legalForms end company names and are left out of canonical names
// ("Apple Inc." is "Apple").
var legalForms = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "ltd": true, "limited": true, "plc": true, "llc": true,
	"co": true, "sa": true, "ag": true, "nv": true, "gmbh": true, "se": true, "ab": true, "oy": true, "oyj": true,
	"asa": true, "spa": true, "bv": true,
}

// descriptiveForms end names too but stay in the canonical name ("Moscow
// Helsinki Group"); like legal forms they are left out of the entity ID, so
// "Aer Lingus Group" and "Aer Lingus" meet across documents.
var descriptiveForms = map[string]bool{"group": true, "holdings": true, "company": true}

// corporateSuffixes do not count as the distinctive word of a name.
var corporateSuffixes = map[string]bool{"plc": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true, "llc": true, "group": true, "company": true, "corporation": true, "corp": true, "corp.": true, "co": true, "co.": true, "sa": true, "ag": true, "nv": true}

// uniqueOrgPart returns the index of the one organisation mention (up to
// clustering) whose last distinctive word is m's text ("Shell" for "Royal
// Dutch Shell"), or failing that whose first word is ("Memorial" for
// "Memorial Human Rights Centre"); -1 if none or several.
func (d *doc) uniqueOrgPart(m *mention, live []int) int {
	for _, last := range []bool{true, false} {
		found, root, ambiguous := -1, -1, false
		for _, k := range live {
			c := &d.ms[k]
			if c.last-c.first < 2 || c.Type == dossier.Person {
				continue
			}
			end := c.last
			for end-1 > c.first && corporateSuffixes[strings.ToLower(d.a.Tokens[end-1].Text)] {
				end--
			}
			w := d.a.Tokens[c.first].Text
			// (Not "Texas" for "the Texas Commission on Environmental
			// Quality": a place the gazetteer knows opening the name of a
			// state body is its place; a club or a company named after
			// one, "Exeter City", "Baoshan Iron and Steel", is the name.)
			if !last && placeKinds[d.gazKind(m.Text)] && slices.ContainsFunc(strings.Fields(strings.ToLower(c.Text)), func(w string) bool { return institutionWords[w] }) {
				continue
			}
			if last {
				w = d.a.Tokens[end-1].Text
			}
			if !strings.EqualFold(w, m.Text) {
				continue
			}
			// "Clarion" after "the Northern Clarion" (typed a place) and
			// "the Clarion Cooperative": another name with the word makes
			// the short form ambiguous.
			if c.Type != dossier.Org {
				if r := d.find(k); root == -1 || r != root {
					ambiguous = true
				}
				continue
			}
			if r := d.find(k); root == -1 || r == root {
				found, root = k, r
			} else {
				ambiguous = true
			}
		}
		if ambiguous {
			return -1
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// parentheticalAliases links "NAME (ACR)", "NAME (ACR, also known as X, Y)",
// "ACR [NAME]" and "NAME, also known as X," patterns.
func (d *doc) parentheticalAliases() {
	toks := d.a.Tokens
	d.dropDatelineAgencies()
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Kind == "demonym" {
			continue
		}
		t := m.last
		if t >= len(toks) {
			continue
		}
		open := toks[t].Text
		var closeTok string
		switch open {
		case "(":
			// "WASHINGTON (Reuters) -": a dateline's agency is no alias,
			// and no entity of the story either (its initials would
			// match a name: "ASUNCIÓN, Paraguay (AP)" and Alto Paraná).
			if d.datelineAgency(m, t) {
				d.dropBracket(t)
				continue
			}
			// "Rodez (France) (AFP) -": the country in the first bracket
			// is where the city lies, no alias of it.
			if c := closingBracket(toks, t); c > 0 && c+1 < len(toks) && toks[c+1].Text == "(" && d.datelineAgency(m, c+1) {
				d.dropBracket(c + 1)
				continue
			}
			closeTok = ")"
		case "[":
			closeTok = "]"
		case ",":
			// "NAME, also known as X, ..." / "NAME, or X,"
			if t+3 < len(toks) && strings.EqualFold(toks[t+1].Text, "also") && strings.EqualFold(toks[t+2].Text, "known") && strings.EqualFold(toks[t+3].Text, "as") {
				d.aliasList(i, t+4, len(toks), "")
			}
			continue
		default:
			continue
		}
		end := t + 1
		for end < len(toks) && end-t < 30 && toks[end].Text != closeTok && toks[end].Text != "." {
			end++
		}
		if end >= len(toks) || toks[end].Text != closeTok {
			continue
		}
		d.aliasList(i, t+1, end, closeTok)
	}
}

// dropBracket drops the mentions inside the bracket opened at token t.
func (d *doc) dropBracket(t int) {
	toks := d.a.Tokens
	for k := t + 1; k < len(toks) && toks[k].Text != ")"; k++ {
		if j := d.tokMention[k]; j >= 0 {
			d.ms[j].drop = true
			for x := d.ms[j].first; x < d.ms[j].last; x++ {
				d.tokMention[x] = -1
			}
		}
	}
}

// datelineAgency reports whether the bracket at token t after mention m
// holds a news agency in a dateline: m in capitals opens its sentence, and
// a dash or the sentence's end follows the closing bracket.
func (d *doc) datelineAgency(m *mention, t int) bool {
	toks := d.a.Tokens
	s := d.a.SentenceAt(toks[m.first].Start)
	if s < 0 {
		return false
	}
	first := d.a.Sentences[s].First
	// "WASHINGTON (Reuters)", and "ASTANA, Kazakhstan (AP)": the city
	// in capitals opens the sentence, its country may follow it;
	// "Nairobi (AFP) -": a place opening it with a dash after the bracket.
	c := closingBracket(toks, t)
	dash := c > 0 && c+1 < len(toks) && isDash(toks[c+1].Text)
	city := first == m.first && (allCapsName(toks[m.first:m.last]) || dash && m.Type == dossier.Place)
	if !city && m.first-first >= 2 && toks[m.first-1].Text == "," {
		city = allCapsName(toks[first : m.first-1])
	}
	if !city {
		return false
	}
	// The bracket closes in the sentence, which ends there or goes on
	// with a dash.
	last := d.a.Sentences[s].Last
	return c > 0 && c < last && (c+1 == last || dash)
}

// dropDatelineAgencies drops the agency of a dateline the segmenter set
// apart as a sentence of its own, however the date comes between:
// "COLOMBO, Nov 28 (Lanka Financial Wire) -", "PORT-AU-PRINCE, Sept 25
// (Caribbean Wire) -". The agency filed the story; it is not in it.
func (d *doc) dropDatelineAgencies() {
	toks := d.a.Tokens
	for _, s := range d.a.Sentences {
		if s.Last-s.First < 4 || !d.apartDateline(s) || !allCapsName(toks[s.First:s.First+1]) || toks[s.Last-2].Text != ")" {
			continue
		}
		for t := s.Last - 3; t > s.First; t-- {
			if toks[t].Text == "(" {
				if closingBracket(toks, t) == s.Last-2 {
					d.dropBracket(t)
				}
				break
			}
		}
	}
}

// apartDateline reports whether sentence s is a dateline the segmenter set
// apart: at most fourteen tokens ending in a dash ("COLOMBO, Nov 28 (Lanka
// Financial Wire) -").
func (d *doc) apartDateline(s dossier.Sentence) bool {
	return s.Last-s.First <= 14 && s.Last > s.First && isDash(d.a.Tokens[s.Last-1].Text)
}

// isDash reports whether w is a dash that closes a dateline.
func isDash(w string) bool {
	switch w {
	case "-", "—", "–", "--":
		return true
	}
	return false
}

// closingBracket returns the ")" closing the bracket opened at token t
// within four tokens, -1 when there is none.
func closingBracket(toks []dossier.Token, t int) int {
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		if toks[k].Text == ")" {
			return k
		}
	}
	return -1
}

// allCapsName reports whether every word of a name is in capitals of two or
// more letters, as cities are in datelines ("WASHINGTON", "NEW YORK").
func allCapsName(toks []dossier.Token) bool {
	for _, t := range toks {
		letters := 0
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 {
			return false
		}
	}
	return len(toks) > 0
}

// aliasList reads comma-separated alias items from tokens [from, to) and
// links each to mention i. Items are names (runs of capitalised tokens or
// acronyms, hyphenated words included), optionally after "also known as",
// "aka", "formerly", "or".
func (d *doc) aliasList(i, from, to int, closeTok string) {
	toks := d.a.Tokens
	m := &d.ms[i]
	t := from
	for t < to {
		// skip connectors
		for t < to && isConnector(toks[t].Text) {
			t++
		}
		start := t
		for t < to && toks[t].Text != "," && toks[t].Text != ";" && toks[t].Text != closeTok && !(closeTok == "" && toks[t].Text == ".") {
			t++
		}
		if start < t && d.nameLike(start, t) {
			d.linkAlias(i, start, t, m.Type)
		} else if closeTok == "" {
			return // outside brackets only a clean list counts
		}
		if t < to && (toks[t].Text == "," || toks[t].Text == ";") {
			t++
		} else {
			return
		}
	}
}

// knownAs links "NAME ..., better known as X" and "NAME ..., known by its
// initials X" within a sentence: X is an alias of the nearest organisation
// or person name before the phrase.
func (d *doc) knownAs() {
	toks := d.a.Tokens
	for _, s := range d.a.Sentences {
		for t := s.First; t+1 < s.Last; t++ {
			w := strings.ToLower(toks[t].Text)
			start := -1
			switch {
			case w == "known" && strings.ToLower(toks[t+1].Text) == "as":
				start = t + 2
			case w == "initials" || w == "acronym" || w == "abbreviation" || w == "nickname":
				start = t + 1
			case w == "aka" || w == "a.k.a.":
				start = t + 1
			case (w == "calls" || w == "called") && strings.ToLower(toks[t+1].Text) == "itself":
				start = t + 2
			case w == "called" && t > s.First && (strings.ToLower(toks[t-1].Text) == "also" || strings.ToLower(toks[t-1].Text) == "formerly"):
				start = t + 1
			}
			if start < 0 || start >= s.Last {
				continue
			}
			for start < s.Last && (toks[start].Text == "the" || toks[start].Text == "\"" || toks[start].Text == "“") {
				start++
			}
			// The named thing: nearest non-place mention before, in the sentence.
			owner := -1
			for k := t - 1; k >= s.First; k-- {
				if j := d.tokMention[k]; j >= 0 && (d.ms[j].Type == dossier.Org || d.ms[j].Type == dossier.Person) && d.ms[j].Kind != "demonym" {
					owner = j
					break
				}
			}
			// "Quanta's e-invoicing platform, known as QLink": the name is
			// the possessed thing's, not its owner's.
			if owner < 0 || d.ms[owner].last < t && possessiveMark(toks[d.ms[owner].last].Text) {
				continue
			}
			// "samples from Vaitkus contained a steroid known as
			// Turinabol": a verb between them makes the name another
			// thing's.
			if d.verbBetween(d.ms[owner].last, t) {
				continue
			}
			end := start
			for end < s.Last && end-start < 6 && (isCap(toks[end].Text) || (end > start && nameFunctionWord(toks[end].Text))) {
				end++
			}
			for end > start && nameFunctionWord(toks[end-1].Text) {
				end--
			}
			if end > start && d.nameLike(start, end) {
				d.linkAlias(owner, start, end, d.ms[owner].Type)
			}
		}
	}
}

// verbBetween reports whether a verb or auxiliary other than one of naming
// ("known by its initials", "also called") lies in tokens [from, to).
func (d *doc) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if u := d.a.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			switch strings.ToLower(d.a.Tokens[k].Text) {
			case "known", "called", "named", "dubbed", "nicknamed":
				continue
			}
			return true
		}
	}
	return false
}

// possessiveMark reports whether w is the possessive ending of a name:
// "'s", or a bare apostrophe after a plural ("Quanta Systems' platform").
func possessiveMark(w string) bool {
	switch w {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

func isConnector(w string) bool {
	switch strings.ToLower(w) {
	case "also", "known", "as", "aka", "a.k.a.", "formerly", "or", "short", "for", "the", "called", "officially":
		return true
	}
	return false
}

// nameLike reports whether tokens [from, to) look like a name: every
// content word capitalised (function words of names allowed inside).
func (d *doc) nameLike(from, to int) bool {
	if to-from > 8 {
		return false
	}
	caps := 0
	for t := from; t < to; t++ {
		w := d.a.Tokens[t].Text
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameFunctionWord(w) && t > from && t < to-1:
		case w == "'s" || w == "’s" || w == "-":
		default:
			return false
		}
	}
	return caps > 0
}

func nameFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "for", "de", "al", "el", "e", "y", "du", "des", "la", "le", "van", "von", "der", "bin", "ibn", "&",
		"in", "on", "del", "di", "da", "do":
		return true
	}
	return false
}

// linkAlias links tokens [from, to) to mention i, reusing a mention that
// covers exactly those tokens or adding one of the given type.
func (d *doc) linkAlias(i, from, to int, typ dossier.EntityType) {
	if j := d.tokMention[from]; j >= 0 && d.ms[j].first == from && d.ms[j].last == to {
		// An alias names the same thing, so it takes the type of the
		// name it is given for (unless that is the recogniser's MISC).
		if typ != dossier.Misc && d.ms[j].canon == "" {
			d.ms[j].Type = typ
		}
		// "the Confederation of Portuguese Business (CIP)": the text
		// says what its acronym stands for, whatever other body the
		// gazetteer knows by it (the International Potato Center).
		if m := &d.ms[j]; m.canon != "" && m.canon != d.ms[i].canon && isAcronym(m.Text) {
			if d.ownAcronyms == nil {
				d.ownAcronyms = map[string]bool{}
			}
			d.ownAcronyms[m.Text] = true
		}
		d.union(i, j)
		return
	}
	// Do not override a different mention that overlaps.
	for t := from; t < to; t++ {
		if d.tokMention[t] >= 0 {
			return
		}
	}
	toks := d.a.Tokens
	span := dossier.Span{Start: toks[from].Start, End: toks[to-1].End}
	nm := mention{
		Mention: dossier.Mention{Span: span, Text: d.a.Doc.Text[span.Start:span.End], Type: typ, Sentence: d.ms[i].Sentence, Kind: "alias", Confidence: 0.8},
		first:   from, last: to,
	}
	nm.norm = dossier.NormalizeName(nm.Text)
	d.ms = append(d.ms, nm)
	d.uf = append(d.uf, len(d.uf))
	j := len(d.ms) - 1
	for t := from; t < to; t++ {
		d.tokMention[t] = j
	}
	d.union(i, j)
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// isAcronym reports whether s is written like an acronym: 2-7 letters,
// mostly capitals, dots allowed ("NCRI", "U.N.", "PMOI").
func isAcronym(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		switch {
		case r == '.' || r == '&':
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 7 && upper >= letters-1 && upper >= 2
}

// acronymOf reports whether acr abbreviates name: the initials of the
// name's words (hyphenated parts count as words; function words may be
// skipped or kept) spell the acronym. "MEK" abbreviates
// "Mujahedeen-e-Khalq", "PMOI" "People's Mojahedin Organization of Iran".
func acronymOf(name, acr string) bool {
	var a []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			a = append(a, unicode.ToUpper(r))
		}
	}
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" && unicode.IsLetter(firstRune(w)) {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return false
	}
	return matchInitials(words, a)
}

// matchInitials matches initials to words; function words may be skipped,
// and a word in capitals may give all its letters ("Petroleos de Venezuela
// SA" for PDVSA). Accented initials count as their base letter.
func matchInitials(words []string, a []rune) bool {
	if len(a) == 0 {
		for _, w := range words {
			if !nameFunctionWord(w) && !unicode.IsLower(firstRune(w)) {
				return false
			}
		}
		return true
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	if foldAccent(unicode.ToUpper(firstRune(w))) == a[0] && matchInitials(words[1:], a[1:]) {
		return true
	}
	if n := len(w); n >= 2 && n <= len(a) && acronymLike(w) && w == string(a[:n]) && matchInitials(words[1:], a[n:]) {
		return true
	}
	// A function word, or any lower-case word ("Committee to Protect
	// Journalists"), may go without an initial.
	return (nameFunctionWord(w) || unicode.IsLower(firstRune(w))) && matchInitials(words[1:], a)
}

// SameName reports whether two multi-word names differ only by
// transliteration or punctuation: "People's Mojahedin Organization of Iran"
// and "People's Mujahedeen Organization of Iran", "Hayat Tahrir al-Sham" and
// "Hay'at Tahrir al Sham". Each word is reduced to a consonant skeleton; all
// skeletons must agree and at least one word must be spelled the same.
func SameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) < 2 || len(wa) != len(wb) {
		return false
	}
	exact := 0
	for i := range wa {
		if wa[i] == wb[i] {
			exact++
			continue
		}
		if len(wa[i]) < 4 || len(wb[i]) < 4 || skeleton(wa[i]) != skeleton(wb[i]) {
			return false
		}
	}
	return exact > 0
}

func nameWords(s string) []string {
	n := dossier.NormalizeName(s)
	n = strings.ReplaceAll(n, "'", "")
	return strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// skeleton keeps a word's first letter and its consonants, with doubled
// letters collapsed and z read as s: "mojahedin",
// "mujahedeen" and "mujahideen" all give "mjhdn".
func skeleton(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'z' {
			c = 's' // "Organization", "Organisation"
		}
		if i > 0 && strings.IndexByte("aeiouy", c) >= 0 {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
