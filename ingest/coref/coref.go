// Package coref resolves the mentions of one document into entities: it
// groups names that refer to the same thing (parenthetical acronyms, "also
// known as" lists, acronym matching, surname-only mentions, transliteration
// variants, gazetteer aliases such as "US" for the United States, demonyms
// such as "Albanian" for Albania), chooses each entity's canonical name and
// type, and links pronouns and definite descriptions ("it", "the group",
// "the country", "he") to the entity they most likely mean.
//
// It does not recognise names itself: it works on the mentions an entity
// recogniser put into the analysis, plus places a gazetteer finds. It does
// not link entities across documents either: deterministic entity IDs do
// that, see dossier.EntityID.
package coref

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// Gazetteer answers the questions the resolver asks about known places and
// organisations. Package gazetteer provides one; tests use small fakes.
type Gazetteer interface {
	// Canonical returns the canonical name and type of a known name
	// ("US" -> "United States", PLACE), and whether the name is known.
	// Kind is "country", "city", "region", "continent" or "intl_org".
	Canonical(name string) (canonical string, typ dossier.EntityType, kind string, ok bool)
	// Demonym returns the country a demonym or nationality adjective
	// refers to ("Albanian", "Iranians" -> "Albania").
	Demonym(word string) (country string, ok bool)
	// CountryOf returns the canonical name of the country a city or region
	// lies in ("Tehran" -> "Iran").
	CountryOf(name string) (country string, ok bool)
	// CapitalOf returns the country whose capital the city is ("Tehran" ->
	// "Iran").
	CapitalOf(name string) (country string, ok bool)
}

// Resolver is the pipeline stage that builds a.Entities from a.Mentions.
// It is safe for concurrent use.
type Resolver struct {
	// Gazetteer may be nil: then only in-document evidence is used.
	Gazetteer Gazetteer
}

// Name implements ingest.Stage.
func (*Resolver) Name() string { return "coref" }

// Process implements ingest.Stage: it drops mentions of credit lines, adds
// demonym and gazetteer mentions, clusters names into entities, and links
// pronouns and definite descriptions.
func (r *Resolver) Process(ctx context.Context, a *dossier.Analysis) error {
	d := newDoc(a, r.Gazetteer)
	d.dropCredits()
	d.repair()
	d.addGazetteerMentions()
	d.clusterNames()
	d.buildEntities()
	d.linkAnaphora()
	d.finish()
	d.capitals()
	d.cityCountry()
	return nil
}

// cityCountry records located_in(city, country) where the text writes
// "City, Country" ("Quito, Ecuador", "Toulouse, France") and the gazetteer
// puts the city in that country, "City, Region" for a region of the city's
// country ("Crawley, England"), and either for a town the gazetteer does not
// know ("Kirkwall, Scotland").
func (d *doc) cityCountry() {
	if d.gaz == nil {
		return
	}
	ms := d.a.Mentions
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if m.Type != dossier.Place || n.Type != dossier.Place || m.Entity == "" || n.Entity == "" || m.Entity == n.Entity || m.Sentence != n.Sentence || m.End > n.Start {
			continue
		}
		if m.Kind == "demonym" || n.Kind == "demonym" {
			continue // "posed by the Iranians, Ireland pressed": people, not a town
		}
		if _, e := tokenRange(d.a.Tokens, n.Span); e < len(d.a.Tokens) && (d.a.Tokens[e].UPOS == "VERB" || d.a.Tokens[e].UPOS == "AUX") {
			continue // "freed in Darfur, Qatar said": the country opens the next clause
		}
		// "Quito, Ecuador", and "Rodez (France)" in a dateline.
		sep := strings.TrimSpace(d.a.Doc.Text[m.End:n.Start])
		if sep != "," && !(sep == "(" && strings.HasPrefix(strings.TrimSpace(d.a.Doc.Text[n.End:]), ")")) {
			continue
		}
		c, ok := d.gaz.CountryOf(m.Text)
		nk := d.gazKind(n.Text)
		switch {
		case ok && dossier.EntityID(dossier.Place, c) == n.Entity:
		case ok && nk == "region":
			// "Crawley, England": a region of the city's country.
			if rc, rok := d.gaz.CountryOf(n.Text); !rok || rc != c {
				continue
			}
		case !ok && d.gazKind(m.Text) == "" && (nk == "country" || nk == "region"):
			// "Kirkwall, Scotland": a town the gazetteer does not know,
			// placed by the text; not in a list ("Kent, Essex, Sussex").
			if i > 0 && ms[i-1].Type == dossier.Place && ms[i-1].Sentence == m.Sentence && strings.TrimSpace(d.a.Doc.Text[ms[i-1].End:m.Start]) == "," {
				continue
			}
		default:
			continue
		}
		d.a.Relations = append(d.a.Relations, dossier.Relation{Subject: m.Entity, Predicate: LocatedIn, Object: n.Entity, Evidence: d.a.EvidenceFor(m.Sentence, 0.85)})
	}
}

// capitals records capital_of(city, country) for capitals whose country is
// also an entity of the document, so that later stages can read "Tehran"
// as Iran's government where the text means the state.
func (d *doc) capitals() {
	if d.gaz == nil {
		return
	}
	for _, e := range d.a.Entities {
		if e.Type != dossier.Place || len(e.Mentions) == 0 {
			continue
		}
		c, ok := d.gaz.CapitalOf(e.Name)
		if !ok {
			continue
		}
		cid := dossier.EntityID(dossier.Place, c)
		if d.a.Entity(cid) == nil {
			continue
		}
		m := e.Mentions[0]
		d.a.Relations = append(d.a.Relations, dossier.Relation{Subject: e.ID, Predicate: CapitalOf, Object: cid, Evidence: d.a.EvidenceFor(m.Sentence, 0.9)})
	}
}

// CapitalOf is the predicate of the relations the resolver adds from the
// gazetteer: capital_of(city, country).
const CapitalOf = "capital_of"

// LocatedIn is the predicate of located_in(city, country), which the
// resolver adds where the text writes "City, Country".
const LocatedIn = "located_in"

// doc is the working state of one resolution.
type doc struct {
	a   *dossier.Analysis
	gaz Gazetteer
	ms  []mention
	uf  []int // union-find parent over ms
	// tokMention maps a token index to the index in ms of the name mention
	// covering it, or -1.
	tokMention []int
	entities   []dossier.Entity
	// words are the document's words in lower case, for textHasWordOf.
	words map[string]bool
	entOf []int // entity index per mention, after buildEntities
	// ownAcronyms are the acronyms the text spells out itself, which the
	// gazetteer's sense of them must not override.
	ownAcronyms map[string]bool
}

// mention is a Mention with its token range and working attributes.
type mention struct {
	dossier.Mention
	first, last int    // token range [first, last)
	norm        string // dossier.NormalizeName of the text
	canon       string // gazetteer canonical name, if known
	kind        string // gazetteer kind, if known
	drop        bool
	titled      bool // a person title was cut off the front of the name
	storm       bool // a named storm ("Hurricane Delia"), never a gazetteer name
	settlement  bool // set off before a word for a settlement ("Mbarani, the capital of"): a place
	body        bool // set off before a word for a business or group ("Sterling Kessler, a London-based bank"): an organisation
}

func newDoc(a *dossier.Analysis, g Gazetteer) *doc {
	d := &doc{a: a, gaz: g}
	for _, m := range a.Mentions {
		first, last := tokenRange(a.Tokens, m.Span)
		if first >= last {
			continue
		}
		if m.Kind == "" {
			m.Kind = "name"
		}
		d.ms = append(d.ms, mention{Mention: m, first: first, last: last})
	}
	return d
}

// setTokens makes mention m cover tokens [first, last), its span and text
// with them.
func (d *doc) setTokens(m *mention, first, last int) {
	toks := d.a.Tokens
	m.first, m.last = first, last
	m.Mention.Span = dossier.Span{Start: toks[first].Start, End: toks[last-1].End}
	m.Text = d.a.Doc.Text[m.Start:m.End]
}

// tokenRange returns the tokens covered by span s.
func tokenRange(toks []dossier.Token, s dossier.Span) (int, int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first := lo
	last := first
	for last < len(toks) && toks[last].Start < s.End {
		last++
	}
	return first, last
}

func (d *doc) dropCredits() {
	credit := make([]bool, len(d.a.Sentences))
	for i := range d.a.Sentences {
		credit[i] = d.a.Sentences[i].Credit
	}
	for i := range d.ms {
		if s := d.ms[i].Sentence; s >= 0 && s < len(credit) && credit[s] {
			d.ms[i].drop = true
		}
	}
}

// addDatelinePlace adds the place in capitals that opens a dateline the
// segmenter set apart, when the recogniser missed it and the gazetteer
// knows it: "PORT-AU-PRINCE, Sept 25 (Caribbean Wire) -".
func (d *doc) addDatelinePlace(si int, covered []bool) {
	s := d.a.Sentences[si]
	toks := d.a.Tokens
	if s.Last-s.First < 2 || !d.apartDateline(s) || covered[s.First] {
		return
	}
	end := s.First
	for end < s.Last-1 && end-s.First < 4 && !covered[end] && allCapsName(toks[end:end+1]) {
		end++
	}
	if end == s.First {
		return
	}
	span := dossier.Span{Start: toks[s.First].Start, End: toks[end-1].End}
	text := d.a.Doc.Text[span.Start:span.End]
	canon, typ, kind, ok := d.gaz.Canonical(text)
	if !ok || typ != dossier.Place {
		return
	}
	d.ms = append(d.ms, mention{Mention: dossier.Mention{Span: span, Text: text, Type: dossier.Place, Sentence: si, Kind: "name", Confidence: 0.7}, first: s.First, last: end, canon: canon, kind: kind})
	for t := s.First; t < end; t++ {
		covered[t] = true
	}
}

// addGazetteerMentions turns demonym mentions into references to their
// country, fixes the type of names the gazetteer knows as places, and adds
// mentions of countries the recogniser missed.
func (d *doc) addGazetteerMentions() {
	if d.gaz == nil {
		return
	}
	covered := make([]bool, len(d.a.Tokens))
	// Surnames of people named in full ("Marta Ibarra"): alone, they are
	// the person, not the city of that name ("a sample taken from Ibarra").
	surnames := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first >= 2 && givenNames()[d.a.Tokens[m.first].Text] != 0 {
			surnames[d.a.Tokens[m.last-1].Text] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		for t := m.first; t < m.last; t++ {
			covered[t] = true
		}
		if m.last-m.first == 1 && surnames[m.Text] {
			continue
		}
		if m.last-m.first == 1 || m.last-m.first <= 3 && (m.Type == dossier.Misc || m.Type == dossier.Place) {
			// "Iranian", and "Costa Rican", "Sri Lankan" tagged as one
			// miscellaneous name
			// (Not "Djibouti", whose people's word is the country's name.)
			if c, ok := d.gaz.Demonym(m.Text); ok && c != m.Text {
				m.Kind = "demonym"
				m.Type = dossier.Place
				m.canon = c
				m.kind = "country"
				continue
			}
		}
		if m.storm {
			continue
		}
		if canon, typ, kind, ok := d.gaz.Canonical(m.Text); ok {
			// "The IOC said": a little-known body's acronym stands for
			// it only when the story has a word of its full name
			// ("olive" for the International Olive Council).
			if kind == "intl_org" && isAcronym(m.Text) && !wellKnownAcronyms[m.Text] && !d.textHasWordOf(canon) {
				continue
			}
			// A city or region name on a person or organisation is a
			// namesake ("Jackson", "Real Madrid"), not the place.
			if (kind == "city" || kind == "region") && m.Type != dossier.Place {
				// A national capital tagged as an organisation is the
				// state's government ("cut ties with Doha"): a place.
				if _, capital := d.gaz.CapitalOf(m.Text); !capital && !d.placeContext(m) {
					continue
				}
				m.Type = dossier.Place
			}
			m.canon, m.kind = canon, kind
			// A country name tagged as an organisation is usually the
			// state acting; the graph keeps states as places.
			if kind == "country" || kind == "continent" || kind == "region" {
				m.Type = typ
			} else if kind == "intl_org" && m.Type != dossier.Person {
				m.Type = typ
			}
		}
	}
	// Demonyms and country names the recogniser did not tag.
	for si, s := range d.a.Sentences {
		if d.a.Sentences[si].Credit {
			continue
		}
		if si < 4 {
			d.addDatelinePlace(si, covered)
		}
		for t := s.First; t < s.Last; t++ {
			if covered[t] {
				continue
			}
			tok := d.a.Tokens[t]
			r, _ := utf8.DecodeRuneInString(tok.Text)
			if !unicode.IsUpper(r) {
				continue
			}
			if c, ok := d.gaz.Demonym(tok.Text); ok && c != tok.Text {
				d.ms = append(d.ms, mention{Mention: dossier.Mention{Span: tok.Span, Text: tok.Text, Type: dossier.Place, Sentence: si, Kind: "demonym", Confidence: 0.7}, first: t, last: t + 1, canon: c, kind: "country"})
				continue
			}
			if canon, typ, kind, ok := d.gaz.Canonical(tok.Text); ok && kind == "country" && len(tok.Text) > 3 {
				d.ms = append(d.ms, mention{Mention: dossier.Mention{Span: tok.Span, Text: tok.Text, Type: typ, Sentence: si, Kind: "name", Confidence: 0.6}, first: t, last: t + 1, canon: canon, kind: kind})
			}
		}
	}
	sortMentions(d.ms)
}

// placeContext reports whether the words around a mention say it is a
// place: a locative preposition before it ("in Lahti", "visited Lahti") or
// an apposition calling it a town ("Lahti, a small town in...").
func (d *doc) placeContext(m *mention) bool {
	toks := d.a.Tokens
	if k := m.first - 1; k >= 0 {
		switch strings.ToLower(toks[k].Text) {
		case "in", "at", "near", "from", "to", "into", "outside", "visited", "visit", "across":
			return true
		case "of", "and", ",":
			// "the province of Sindh", "the departments of Alto Paraná
			// and Caaguazú": a division's name
			j := k
			for j > 0 && j > k-8 && toks[j].Text != "of" {
				j--
				w := toks[j].Text
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsUpper(r) && w != "and" && w != "," && w != "of" {
					break
				}
			}
			if toks[j].Text == "of" && j > 0 && divisionNouns[strings.ToLower(toks[j-1].Text)] {
				return true
			}
		case "the", "a":
			// "the Glasgow firm Clyde Orbital": the firm's home
			if m.last < len(toks) && firmNouns[toks[m.last].Text] {
				return true
			}
		}
	}
	if m.last+1 < len(toks) && toks[m.last].Text == "," {
		for k := m.last + 1; k < len(toks) && k <= m.last+5; k++ {
			switch strings.ToLower(toks[k].Text) {
			case "town", "city", "village", "capital", "port", "region", "province":
				return true
			case ",", ".", ";":
				return false
			}
		}
	}
	return false
}

// divisionNouns name the divisions of a country, whose names follow them
// after "of".
var divisionNouns = map[string]bool{
	"province": true, "provinces": true, "department": true, "departments": true, "region": true,
	"regions": true, "state": true, "states": true, "district": true, "districts": true, "county": true,
	"counties": true, "governorate": true, "governorates": true, "prefecture": true, "prefectures": true,
	"municipality": true, "municipalities": true, "city": true, "cities": true, "town": true, "towns": true,
	"village": true, "villages": true, "island": true, "islands": true,
}

// firmNouns follow a place that is a business's home: "the Glasgow firm".
var firmNouns = map[string]bool{
	"firm": true, "company": true, "startup": true, "start-up": true, "lender": true, "carrier": true,
	"manufacturer": true, "maker": true, "group": true, "insurer": true, "retailer": true, "bank": true,
}

func sortMentions(ms []mention) {
	// insertion sort is fine: mentions are nearly sorted already.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// wellKnownAcronyms are the acronyms of international organisations that
// news text uses for them alone: "the UN", "NATO". Other acronyms in the
// gazetteer name a body only with a word of its full name in the text: the
// IOC of sports news is the Olympic committee, not the International Olive
// Council the gazetteer lists; ESA is the space agency.
var wellKnownAcronyms = map[string]bool{
	"UN": true, "EU": true, "NATO": true, "WHO": true, "IMF": true, "WTO": true, "OPEC": true, "ASEAN": true,
	"AU": true, "OSCE": true, "OECD": true, "IAEA": true, "UNESCO": true, "UNICEF": true, "UNHCR": true,
	"ECB": true, "ECOWAS": true, "SCO": true, "GCC": true, "APEC": true, "UNRWA": true, "WFP": true,
	"FAO": true, "ILO": true, "UNDP": true, "OPCW": true, "ICJ": true, "ICC": true, "IOM": true, "OHCHR": true,
	"CJEU": true, "ECHR": true, "CIS": true, "CSTO": true, "EAEU": true, "EFTA": true, "SADC": true,
	"IGAD": true, "OAS": true, "EBRD": true, "CERN": true, "FATF": true, "ICAO": true, "IMO": true,
	"ITU": true, "WIPO": true, "WMO": true, "UNEP": true, "OCHA": true, "CTBTO": true, "IRENA": true,
	"SAARC": true, "OAPEC": true, "EEAS": true, "BIS": true, "IFAD": true, "UNFPA": true, "UNIDO": true,
}

// genericOrgWords are the words of organisation names that say nothing
// about which one is meant.
var genericOrgWords = map[string]bool{
	"international": true, "organization": true, "organisation": true, "council": true, "committee": true,
	"union": true, "agency": true, "european": true, "world": true, "united": true, "nations": true,
	"bank": true, "court": true, "commission": true, "office": true, "of": true, "the": true, "for": true,
	"and": true, "on": true, "in": true, "community": true, "association": true, "institute": true,
	"centre": true, "center": true, "fund": true, "board": true, "authority": true, "group": true,
	"development": true, "cooperation": true, "co-operation": true, "economic": true, "secretariat": true,
	"programme": true, "program": true, "states": true, "national": true, "joint": true, "undertaking": true,
	"global": true, "regional": true, "general": true, "executive": true, "study": true, "system": true,
}

// textHasWordOf reports whether the document's text contains, as a word in
// any case, a word of name that is not a generic organisation word.
func (d *doc) textHasWordOf(name string) bool {
	if d.words == nil {
		d.words = map[string]bool{}
		for _, w := range lowerWords(d.a.Doc.Text) {
			d.words[w] = true
		}
	}
	for _, w := range lowerWords(name) {
		if len(w) >= 3 && !genericOrgWords[w] && d.words[w] {
			return true
		}
	}
	return false
}

// lowerWords splits a text into its runs of letters and digits, lower-cased.
func lowerWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
