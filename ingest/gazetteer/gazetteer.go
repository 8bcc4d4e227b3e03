// Package gazetteer provides lists of known place and organisation names —
// countries (with ISO codes, capitals, English aliases and demonyms),
// cities, first-level regions, continents and world regions, and
// international organisations (with their abbreviations) — and finds them
// in token sequences.
//
// The data is built into the binary (data/gazetteer.tsv.gz, about 150 KB)
// by the generator in internal/build from the shared corpora:
//
//	go run ./ingest/gazetteer/internal/build -shared ../shared/data -out ingest/gazetteer/data
//
// Nothing is read from ../shared at run time. See LICENSES.md for the
// sources and their licences (GeoNames CC BY 4.0, mledoze countries ODbL 1.0
// share-alike, Wikidata aliases CC0/MIT, SupraVerden CC BY-SA 4.0).
//
// Ambiguity is handled when the data is built and when it is matched.
// Cities are kept only if they are national capitals, have 100,000 people
// or more, or are seats of first-level divisions with 50,000 or more;
// first-level regions only for countries of a million people or more. A
// city or region name (or ASCII spelling) that is an ordinary lower-case
// English word in the EWT and GUM training texts ("Reading", "Nice",
// "Split", "Of", "Bath"; "Sale" for Salé), or a one-word name GUM marks as
// a person at least twice and never as a place ("George", "Tyler",
// "Nelson"), is left out, and so is a non-capital city under 300,000 whose
// one-word name those texts write capitalised five times or more but never
// as a place ("San", "Mary", "Columbia"). Matching is case-sensitive on the first letter, so "china" or
// "may" in lower case match nothing, and a word in capitals matches only an
// abbreviation listed in capitals ("WHO", "US"), never a name ("CHINA").
//
// The package does not decide what a match means in context ("Jordan" the
// country or the person); the recogniser weighs it with other evidence.
//
// Data file format: one entry per line, tab-separated: kind, name, country
// (ISO2), admin1, population, feature code, ISO3, capital, aliases
// ("|"-separated), demonyms ("|"-separated); lines starting with "#" are
// comments.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

//go:embed data/gazetteer.tsv.gz
var embedded []byte

// Kind says what sort of thing an entry is.
type Kind string

// The kinds of entries.
const (
	KindCountry   Kind = "country"   // a country or territory (mledoze)
	KindCity      Kind = "city"      // a city or town (GeoNames cities15000, filtered)
	KindRegion    Kind = "region"    // a first-level division: state, province (GeoNames admin1)
	KindContinent Kind = "continent" // one of the seven continents
	KindArea      Kind = "area"      // a world region or sea ("Middle East", "Balkans", "Red Sea")
	KindOrg       Kind = "intl_org"  // an international organisation (SupraVerden)
)

// Entry is one gazetteer entry. Entries returned by a Gazetteer share their
// slices with it: treat them as read-only.
type Entry struct {
	// Name is the canonical English name ("United States", "Tirana").
	Name string
	// Type is dossier.Place for places and dossier.Org for organisations.
	Type dossier.EntityType
	Kind Kind
	// Country is the ISO 3166-1 alpha-2 code: the country itself, the
	// country a city or region lies in, or an organisation's headquarters
	// country ("" if unknown).
	Country string
	// ISO3 and Capital are set for countries.
	ISO3    string
	Capital string
	// Admin1 is the first-level division a city lies in, if known.
	Admin1 string
	// Feature is the GeoNames feature code of a city ("PPLC" for a
	// national capital, "PPLA" for a regional seat).
	Feature string
	// Population is the number of inhabitants of a country or city (0 if
	// unknown).
	Population int
	// Aliases are other names: official names, English variants, ASCII
	// spellings, abbreviations, former names.
	Aliases []string
	// Demonyms are the words for the people and the adjective of a country
	// ("Albanian", "Albanians"), or the adjective of a continent or world
	// region ("European", "Balkan").
	Demonyms []string
}

// Match is a gazetteer name found in a token sequence.
type Match struct {
	// Start and End delimit the tokens of the name: words[Start:End].
	Start, End int
	// Entries are the candidates, best first (see Lookup).
	Entries []Entry
	// Demonym is true when the words are a demonym ("Albanians") of the
	// country, or the adjective ("Balkan") of the continent or region, in
	// Entries, not its name.
	Demonym bool
}

// ref points from an index key to an entry and says how the name must be
// written to match.
type ref struct {
	entry   int32
	demonym bool
	// acronym: the name is written in capitals and matches only exactly
	// as form (dots and spaces aside).
	acronym bool
	// withThe: the name starts with "The" ("The Hague") and may match a
	// span starting with it.
	withThe bool
	form    string
}

// Gazetteer holds the entries and their name index. It is immutable after
// loading and safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	index   map[string][]ref
	codes   map[string]int32
	// firstWords maps the key of a name's first token to the longest name
	// starting with it, in tokens, so that Match tries only useful spans.
	firstWords map[string]int
}

var loadDefault = sync.OnceValues(func() (*Gazetteer, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the gazetteer built into the binary. It is loaded once per
// process; the result is immutable and safe for concurrent use.
func Default() (*Gazetteer, error) { return loadDefault() }

// Load reads a gazetteer from gzip-compressed data in the format of
// data/gazetteer.tsv.gz (see the package documentation).
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading data: %w", err)
	}
	g := &Gazetteer{
		entries:    make([]Entry, 0, 16384),
		index:      make(map[string][]ref, 40000),
		codes:      make(map[string]int32, 512),
		firstWords: make(map[string]int, 20000),
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		e, err := parseEntry(text)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: data line %d: %w", line, err)
		}
		g.add(e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: reading data: %w", err)
	}
	if len(g.entries) == 0 {
		return nil, fmt.Errorf("gazetteer: no entries in data")
	}
	// A division's name without its kind word, where no other entry has
	// it, is its name, and the full one an alias: "Alto Paraná" is the
	// department, but "Beni" stays the Congolese city and "Kars" the
	// Turkish one.
	for id, e := range g.entries {
		if e.Kind != KindRegion {
			continue
		}
		if short, ok := divisionShort(e.Name); ok && len(g.index[key(short)]) == 0 {
			g.addName(short, int32(id), false)
			g.entries[id].Aliases = append(g.entries[id].Aliases, e.Name)
			g.entries[id].Name = short
		}
	}
	for k, refs := range g.index {
		if len(refs) < 2 {
			continue
		}
		sort.SliceStable(refs, func(i, j int) bool {
			return g.better(refs[i].entry, refs[j].entry)
		})
		g.index[k] = refs
	}
	return g, nil
}

func parseEntry(line string) (Entry, error) {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return Entry{}, fmt.Errorf("%d fields, want 10", len(f))
	}
	e := Entry{Name: f[1], Kind: Kind(f[0]), Country: f[2], Admin1: f[3], Feature: f[5], ISO3: f[6], Capital: f[7]}
	switch e.Kind {
	case KindCountry, KindCity, KindRegion, KindContinent, KindArea:
		e.Type = dossier.Place
	case KindOrg:
		e.Type = dossier.Org
	default:
		return Entry{}, fmt.Errorf("unknown kind %q", f[0])
	}
	if e.Name == "" {
		return Entry{}, fmt.Errorf("empty name")
	}
	if f[4] != "" {
		n, err := strconv.Atoi(f[4])
		if err != nil {
			return Entry{}, fmt.Errorf("population %q: %w", f[4], err)
		}
		e.Population = n
	}
	if f[8] != "" {
		e.Aliases = strings.Split(f[8], "|")
	}
	if f[9] != "" {
		e.Demonyms = strings.Split(f[9], "|")
	}
	return e, nil
}

func (g *Gazetteer) add(e Entry) {
	id := int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.addName(e.Name, id, false)
	for _, a := range e.Aliases {
		g.addName(a, id, false)
	}
	for _, d := range e.Demonyms {
		g.addName(d, id, true)
	}
	if e.Kind == KindCountry {
		g.codes[strings.ToUpper(e.Country)] = id
		if e.ISO3 != "" {
			g.codes[strings.ToUpper(e.ISO3)] = id
		}
	}
}

func (g *Gazetteer) addName(name string, id int32, demonym bool) {
	tk := tokenKey(name)
	k := strings.TrimPrefix(tk, "the ") // as key(name), normalising once
	if k == "" {
		return
	}
	r := ref{entry: id, demonym: demonym, acronym: isAcronym(name)}
	if r.acronym {
		r.form = compact(name)
	}
	if l := strings.ToLower(name); strings.HasPrefix(l, "the ") {
		r.withThe = true
	}
	for _, old := range g.index[k] {
		if old.entry == id && old.demonym == demonym && old.acronym == r.acronym && old.form == r.form {
			return
		}
	}
	g.index[k] = append(g.index[k], r)
	g.noteFirst(tk)
	if rest, ok := strings.CutPrefix(tk, "the "); ok && r.withThe {
		g.noteFirst(rest) // also reachable from the word after "the"
	}
}

// divisionShort returns a first-level division's name without the word
// for its kind that GeoNames writes after it, as news mostly writes it:
// "Alto Paraná" for "Alto Paraná Department", "Sindh" for "Sindh
// Province". A name left as one word of direction or rank ("Eastern
// Province", "Central Region") keeps its kind word.
func divisionShort(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !divisionWords[name[i+1:]] {
		return "", false
	}
	short := name[:i]
	if !strings.Contains(short, " ") && genericDivision[strings.ToLower(short)] {
		return "", false
	}
	return short, true
}

// divisionWords are the kind words GeoNames puts after a division's name.
var divisionWords = map[string]bool{
	"Province": true, "Department": true, "Region": true, "District": true, "Governorate": true,
	"Oblast": true, "Prefecture": true, "County": true, "Municipality": true,
}

// genericDivision are the one-word names that are no name without their
// kind word.
var genericDivision = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "capital": true, "upper": true, "lower": true,
	"coast": true, "coastal": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true, "far": true, "great": true,
	"new": true, "old": true, "federal": true, "national": true, "metropolitan": true, "middle": true,
	"highland": true, "lakes": true, "islands": true, "border": true, "river": true, "plateau": true,
	"centre": true, "center": true, "interior": true, "mountain": true, "valley": true, "greater": true,
}

// noteFirst records the longest a name starting with the first word of tk
// can be, in tokens: an upper bound counting each run of letters and
// digits and each other character as a token ("U.S." may be 4).
func (g *Gazetteer) noteFirst(tk string) {
	first := leadWord(tk)
	if first == "" {
		return
	}
	n := 0
	inWord := false
	for _, r := range tk {
		switch {
		case alnum(r):
			if !inWord {
				n++
			}
			inWord = true
		case r == ' ':
			inWord = false
		default:
			n++
			inWord = false
		}
	}
	if n > g.firstWords[first] {
		g.firstWords[first] = n
	}
}

// leadWord returns the leading run of letters and digits of a key.
func leadWord(k string) string {
	for i, r := range k {
		if !alnum(r) {
			return k[:i]
		}
	}
	return k
}

// rank orders kinds: countries, continents, areas and organisations first,
// then capitals and cities of a million or more, then cities of 200,000 or
// more ("Manchester" the English city before the Jamaican parish), then
// first-level regions, then other cities.
func (g *Gazetteer) rank(i int32) int {
	e := &g.entries[i]
	switch e.Kind {
	case KindCountry:
		return 0
	case KindContinent:
		return 1
	case KindArea:
		return 2
	case KindOrg:
		return 3
	case KindCity:
		switch {
		case e.Feature == "PPLC" || e.Population >= 1000000:
			return 4
		case e.Population >= 200000:
			return 5
		}
		return 7
	}
	return 6
}

// better orders two entries of one name: by rank, then by population; two
// regions by the population of their countries ("Florida" the US state
// before the Puerto Rican municipality).
func (g *Gazetteer) better(a, b int32) bool {
	ra, rb := g.rank(a), g.rank(b)
	if ra != rb {
		return ra < rb
	}
	pa, pb := g.entries[a].Population, g.entries[b].Population
	if g.entries[a].Kind == KindRegion && g.entries[b].Kind == KindRegion {
		pa, pb = g.countryPop(g.entries[a].Country), g.countryPop(g.entries[b].Country)
	}
	return pa > pb
}

// countryPop returns the population of the country with an ISO2 code.
func (g *Gazetteer) countryPop(code string) int {
	if i, ok := g.codes[code]; ok {
		return g.entries[i].Population
	}
	return 0
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries with a name or alias equal to name after
// dossier.NormalizeName (case, diacritics and a leading "the" ignored),
// best first: countries, continents, world regions, organisations, then
// capitals and cities of a million or more, cities of 200,000 or more,
// first-level regions (those of more populous countries first), other
// cities; larger first within a rank. Demonyms are not names: see Demonym.
func (g *Gazetteer) Lookup(name string) []Entry {
	var out []Entry
	seen := map[int32]bool{}
	k := key(name)
	for _, r := range g.index[k] {
		if r.demonym || seen[r.entry] {
			continue
		}
		seen[r.entry] = true
		out = append(out, g.entries[r.entry])
	}
	// "Tunis" is an old name of Tunisia in the country aliases but the
	// name of its capital: a capital's own name goes before a country
	// that has it only as an alias ("Kuwait", "Singapore", the country's
	// own name, stay the country).
	if len(out) > 1 && out[0].Kind == KindCountry && key(out[0].Name) != k {
		for i, e := range out[1:] {
			if e.Kind == KindCity && e.Feature == "PPLC" && key(e.Name) == k && e.Country == out[0].Country {
				copy(out[1:i+2], out[:i+1])
				out[0] = e
				break
			}
		}
	}
	return out
}

// Demonym returns the country a demonym belongs to ("Albanian",
// "Albanians", "Filipino" give the country entry; with several countries,
// as for "Congolese", the most populous), or the continent or world region
// an adjective names ("European" gives Europe, "Balkan" the Balkans).
func (g *Gazetteer) Demonym(word string) (Entry, bool) {
	for _, r := range g.index[key(word)] {
		if r.demonym {
			return g.entries[r.entry], true
		}
	}
	return Entry{}, false
}

// Country returns the country with an ISO 3166-1 alpha-2 or alpha-3 code,
// in any case ("AL", "alb").
func (g *Gazetteer) Country(code string) (Entry, bool) {
	i, ok := g.codes[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Match finds gazetteer names in a token sequence, left to right, longest
// match first, without overlaps. A name matches only if its first token
// starts with a capital letter (or a digit); a span written in capitals
// matches only an abbreviation listed in capitals, and such an
// abbreviation only its exact spelling ("US" and "U.S." match the United
// States, "us" and "Us" do not). A span never starts with "the" unless the
// name does ("The Hague").
func (g *Gazetteer) Match(words []string) []Match {
	var out []Match
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = leadWord(tokenKey(w))
	}
	for i := 0; i < len(words); {
		max := g.firstWords[keys[i]]
		if keys[i] == "the" && i+1 < len(words) {
			if n := g.firstWords[keys[i+1]]; n+1 > max {
				max = n + 1
			}
		}
		if max == 0 || !startsName(words[i]) {
			i++
			continue
		}
		if max > len(words)-i {
			max = len(words) - i
		}
		found := false
		for n := max; n >= 1; n-- {
			span := words[i : i+n]
			m, ok := g.matchSpan(span)
			if !ok {
				continue
			}
			m.Start, m.End = i, i+n
			out = append(out, m)
			i += n
			found = true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// matchSpan checks the case rules of the names a span's key hits.
func (g *Gazetteer) matchSpan(span []string) (Match, bool) {
	refs := g.index[key(strings.Join(span, " "))]
	if len(refs) == 0 {
		return Match{}, false
	}
	text := strings.Join(span, " ")
	caps := isAcronym(text)
	startsThe := strings.EqualFold(span[0], "the")
	var m Match
	seen := map[int32]bool{}
	for _, r := range refs {
		switch {
		case r.acronym:
			if compact(text) != r.form {
				continue
			}
		case caps:
			continue // "CHINA" is not China
		case startsThe && !r.withThe:
			continue
		}
		if len(m.Entries) > 0 && r.demonym != m.Demonym {
			continue // names and demonyms do not mix in one match
		}
		if seen[r.entry] {
			continue
		}
		seen[r.entry] = true
		m.Demonym = r.demonym
		m.Entries = append(m.Entries, g.entries[r.entry])
	}
	return m, len(m.Entries) > 0
}

// startsName reports whether a token can start a name: a capital letter or
// a digit first.
func startsName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// key is the index key of a name: dossier.NormalizeName, with the spaces
// next to punctuation removed so that "U.S." and the tokens "U.S" "." or
// "People 's" and "People's" meet.
func key(s string) string {
	return tokenKey(dossier.NormalizeName(s))
}

// tokenKey lower-cases and folds one token or name the way key does,
// without dropping a leading "the".
func tokenKey(s string) string {
	n := strings.TrimPrefix(strings.TrimPrefix(dossier.NormalizeName("x "+s), "x"), " ")
	if !strings.Contains(n, " ") {
		return n
	}
	var b strings.Builder
	rs := []rune(n)
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && (!alnum(rs[i-1]) || !alnum(rs[i+1])) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAcronym reports whether a name is written in capitals: at least two
// letters, all of them upper case ("UN", "U.S.", "EU-OSHA").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// compact drops spaces, so that tokens "U.S" "." compare equal to "U.S.".
func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}
