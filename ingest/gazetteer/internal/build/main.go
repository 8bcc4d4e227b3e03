// Command build generates the gazetteer data file that package gazetteer
// embeds, from the shared corpora:
//
//	go run ./ingest/gazetteer/internal/build -shared ../shared/data -out ingest/gazetteer/data
//
// It reads the mledoze country list (ODbL), the Wikidata country aliases
// (CC0), GeoNames countryInfo, admin1 codes and cities15000 (CC BY 4.0), the
// SupraVerden international organisations (CC BY-SA 4.0), and, to decide
// which names are too ambiguous to keep, word counts from the UD English EWT
// and GUM training texts. It writes data/gazetteer.tsv.gz (see package
// gazetteer for the row format). The output is deterministic: the same
// inputs give the same bytes.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
)

func main() {
	shared := flag.String("shared", "../shared/data", "folder of the shared corpora")
	out := flag.String("out", "ingest/gazetteer/data", "output folder")
	flag.Parse()
	summary, err := run(*shared, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	fmt.Println(summary)
}

// row is one gazetteer entry as written to the data file.
type row struct {
	kind, name, country, admin1 string
	population                  int
	feature, iso3, capital      string
	aliases, demonyms           []string
}

// Selection thresholds for cities: a city is kept when it is a national
// capital, or has at least minCityPop people, or is the seat of a
// first-level division with at least minSeatPop people.
const (
	minCityPop = 100000
	minSeatPop = 50000
)

// run builds the data file under out and returns a one-line summary.
func run(shared, out string) (string, error) {
	words, err := countWords(shared)
	if err != nil {
		return "", err
	}
	countryPop, err := readCountryInfo(filepath.Join(shared, "geonames/countryInfo.txt"))
	if err != nil {
		return "", err
	}
	countries, err := readCountries(shared, words, countryPop)
	if err != nil {
		return "", err
	}
	byName := map[string]string{} // normalised country name -> ISO2
	for _, c := range countries {
		byName[dossier.NormalizeName(c.name)] = c.country
		for _, a := range c.aliases {
			byName[dossier.NormalizeName(a)] = c.country
		}
	}
	admin1, regions, err := readAdmin1(filepath.Join(shared, "geonames/admin1CodesASCII.txt"), countryPop, words)
	if err != nil {
		return "", err
	}
	cities, err := readCities(filepath.Join(shared, "geonames/cities15000.txt.gz"), admin1, byName, words)
	if err != nil {
		return "", err
	}
	orgs, err := readOrgs(filepath.Join(shared, "gazetteers/intl_orgs_supraverden/intl_orgs_en.tsv"), byName, words)
	if err != nil {
		return "", err
	}
	rows := append([]row{}, countries...)
	rows = append(rows, areas()...)
	rows = append(rows, orgs...)
	rows = append(rows, regions...)
	rows = append(rows, cities...)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(out, "gazetteer.tsv.gz")
	if err := write(path, rows); err != nil {
		return "", err
	}
	counts := map[string]int{}
	for _, r := range rows {
		counts[r.kind]++
	}
	st, _ := os.Stat(path)
	return fmt.Sprintf("wrote %s: %d bytes; %d countries, %d continents, %d areas, %d organisations, %d regions, %d cities",
		path, st.Size(), counts["country"], counts["continent"], counts["area"], counts["intl_org"], counts["region"], counts["city"]), nil
}

// write stores the rows as gzip-compressed TSV, one entry per line:
// kind, name, country, admin1, population, feature, iso3, capital,
// aliases ("|"-separated), demonyms ("|"-separated).
func write(path string, rows []row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# kind\tname\tcountry\tadmin1\tpopulation\tfeature\tiso3\tcapital\taliases\tdemonyms")
	for _, r := range rows {
		fields := []string{r.kind, r.name, r.country, r.admin1, strconv.Itoa(r.population), r.feature, r.iso3, r.capital,
			strings.Join(r.aliases, "|"), strings.Join(r.demonyms, "|")}
		for i, s := range fields {
			fields[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
		}
		fmt.Fprintln(w, strings.Join(fields, "\t"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// wordCounts holds how often each word is seen in lower case and
// capitalised (not sentence-initially), keyed by its lower-case form, and,
// from GUM's entity layer, how often each capitalised form is inside a
// person mention and inside a place mention (innermost mention).
type wordCounts struct {
	lower, capital map[string]int
	person, place  map[string]int
	// singlePlace counts one-token place mentions ("Texas", not the
	// "San" of "San Antonio").
	singlePlace map[string]int
}

// otherName reports whether a one-word name is written capitalised in
// the corpora (5 times or more, mid-sentence) but never as a place of its
// own: a name of something else ("San" of San Francisco, "Mary"). Used
// for smaller cities only, whose fame cannot explain the count.
func (w *wordCounts) otherName(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	return w.capital[strings.ToLower(name)] >= 5 && w.singlePlace[name] == 0
}

// ambiguous reports whether a place name is a common word or a person's
// name first (commonWord or personName).
func (w *wordCounts) ambiguous(name string) bool {
	return w.commonWord(name) || w.personName(name)
}

// personName reports whether a single-word name is used for people and
// never for places in GUM ("George", "Tyler", "Nelson"): at least twice in
// a person mention and never in a place mention. Such cities ("George",
// South Africa) are left out; "Paris" (both) stays.
func (w *wordCounts) personName(name string) bool {
	return !strings.Contains(name, " ") && w.person[name] >= 2 && w.place[name] == 0
}

// commonWord reports whether a single-word name is common as an ordinary
// lower-case word: seen in lower case, and in lower case at least a fifth
// as often as capitalised mid-sentence. "Reading", "Nice", "Split", "Of",
// "Bath" are; "Victoria" and "March" are not.
func (w *wordCounts) commonWord(name string) bool {
	if strings.ContainsAny(strings.TrimSpace(name), " -") {
		return false
	}
	// Folded like the index keys, so that "Salé" meets "sale".
	l := dossier.NormalizeName(name)
	lo := w.lower[l]
	return lo >= 1 && lo*5 >= w.capital[l]
}

// countWords reads the word forms of the EWT and GUM training sets.
func countWords(shared string) (*wordCounts, error) {
	w := &wordCounts{lower: map[string]int{}, capital: map[string]int{}, person: map[string]int{}, place: map[string]int{}, singlePlace: map[string]int{}}
	files := []string{
		filepath.Join(shared, "ud_english_ewt/en_ewt-ud-train.conllu"),
		filepath.Join(shared, "gum/gum_train.conllu.gz"),
	}
	for _, p := range files {
		if err := countConllu(p, w); err != nil {
			return nil, err
		}
	}
	return w, nil
}

func countConllu(path string, w *wordCounts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	initial := true
	type open struct{ id, etype string }
	var stack []open // GUM entity mentions open at the current token
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			initial = true
			stack = stack[:0]
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		form := cols[1]
		if form == "" {
			continue
		}
		var ent string
		if len(cols) >= 10 {
			for _, f := range strings.Split(cols[9], "|") {
				if v, ok := strings.CutPrefix(f, "Entity="); ok {
					ent = v
				}
			}
		}
		// "(12-person-..." opens mention 12; "12)" closes it.
		for _, part := range strings.Split(ent, "(")[1:] {
			id, rest, _ := strings.Cut(part, "-")
			etype, _, _ := strings.Cut(rest, "-")
			stack = append(stack, open{id, etype})
			if etype == "place" && strings.Contains(part, ")") {
				w.singlePlace[form]++ // a place mention of this one token
			}
		}
		if len(stack) > 0 && unicode.IsUpper([]rune(form)[0]) {
			switch stack[len(stack)-1].etype {
			case "person":
				w.person[form]++
			case "place":
				w.place[form]++
			}
		}
		parts := strings.Split(ent, ")")
		for _, part := range parts[:len(parts)-1] {
			id := closeID(part)
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].id == id {
					stack = append(stack[:j], stack[j+1:]...)
					break
				}
			}
		}
		l := strings.ToLower(form)
		first := []rune(form)[0]
		switch {
		case form == l && unicode.IsLetter(first):
			w.lower[l]++
		case unicode.IsUpper(first) && !initial:
			w.capital[l]++
		}
		if unicode.IsLetter(first) || unicode.IsDigit(first) {
			initial = false
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// closeID returns the mention id a GUM closing bracket ends: "12" in
// "12", in "(12-person-...-Some_Name" (a single-token mention) or after
// earlier brackets.
func closeID(part string) string {
	if i := strings.LastIndex(part, "("); i >= 0 {
		part = part[i+1:]
		id, _, _ := strings.Cut(part, "-")
		return id
	}
	return part
}

// latin reports whether every letter of s is in the Latin script, so that
// names in other scripts (which English text does not use) are left out.
func latin(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
		}
	}
	return letters > 0
}

// acronym reports whether a name is written in capitals ("UN", "U.S.").
func acronym(s string) bool {
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

// aliasSet collects distinct aliases of one entry, without its name.
type aliasSet struct {
	name string
	seen map[string]bool
	list []string
}

func newAliasSet(name string) *aliasSet {
	return &aliasSet{name: name, seen: map[string]bool{dossier.NormalizeName(name): true}}
}

func (a *aliasSet) add(s string) {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimPrefix(s, "The ")
	if s == "" || strings.ContainsAny(s, "|\t") {
		return
	}
	// "Korea, Republic of": an inverted catalogue form, not how text says it.
	if strings.Contains(s, ", ") {
		return
	}
	k := dossier.NormalizeName(s)
	if a.seen[k] {
		return
	}
	a.seen[k] = true
	a.list = append(a.list, s)
}

// theWord reports whether s is "the" and one word that is not an acronym
// ("the States"); such aliases name the country only with their article,
// which matching drops.
func theWord(s string) bool {
	rest, ok := strings.CutPrefix(s, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "The ")
	}
	return ok && !strings.Contains(rest, " ") && !acronym(rest)
}

// mledoze is the part of a countries.json record the gazetteer uses.
type mledoze struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	CIOC         string   `json:"cioc"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     struct {
		Eng struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"eng"`
	} `json:"demonyms"`
}

func readCountryInfo(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pop := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 8 {
			continue
		}
		n, _ := strconv.Atoi(cols[7])
		pop[cols[0]] = n
	}
	return pop, nil
}

// nameVariants are short names of countries in common English use that
// neither mledoze nor the Wikidata snapshot lists (general knowledge), by
// ISO2 code.
var nameVariants = map[string][]string{
	"GB": {"Britain"},
	"CZ": {"Czech Republic"},
	"MM": {"Burma"},
	"CI": {"Ivory Coast"},
	"MK": {"Macedonia"},
	"SZ": {"Swaziland"},
	"VA": {"Vatican"},
	"PS": {"Palestine"},
	"KP": {"North Korea"},
	"KR": {"South Korea"},
	"TR": {"Turkey"},
	"CV": {"Cape Verde"},
}

// demonymVariants are well-known demonyms mledoze lacks (general knowledge),
// by ISO2 code.
var demonymVariants = map[string][]string{
	"AR": {"Argentinian", "Argentinians"},
	"AZ": {"Azeri", "Azeris"},
	"GB": {"Briton", "Britons", "Brit", "Brits", "the British"},
	"PH": {"Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"},
	"AE": {"Emirati", "Emiratis"},
	"SA": {"Saudi", "Saudis"},
	"XK": {"Kosovar", "Kosovars"},
	"NL": {"the Dutch", "Dutchman", "Dutchmen"},
	"FR": {"the French", "Frenchman", "Frenchmen", "Frenchwoman"},
	"IE": {"the Irish", "Irishman", "Irishmen"},
	"CH": {"the Swiss"},
	"NZ": {"Kiwi", "Kiwis"},
	"PS": {"Palestinian", "Palestinians"},
	"TR": {"Turk", "Turks"},
	"DK": {"Dane", "Danes"},
	"SE": {"Swede", "Swedes"},
	"FI": {"Finn", "Finns"},
	"PL": {"Pole", "Poles"},
	"ES": {"Spaniard", "Spaniards"},
	"CZ": {"Czechs"},
	"KR": {"Korean", "Koreans"},
	"US": {"Americans"},
	"CN": {"the Chinese"},
	"JP": {"the Japanese"},
	"KZ": {"Kazakh", "Kazakhs"},
	"UZ": {"Uzbek", "Uzbeks"},
	"KG": {"Kyrgyz"},
	"TJ": {"Tajik", "Tajiks"},
	"BA": {"Bosnian", "Bosnians"},
	"SI": {"Slovenian", "Slovenians", "Slovene", "Slovenes"},
	"IS": {"Icelandic", "Icelander", "Icelanders"},
	"NP": {"Nepali", "Nepalis"},
	"EC": {"Ecuadorian", "Ecuadorians"},
	"SL": {"Sierra Leonean", "Sierra Leoneans"},
	"DJ": {"Djiboutian", "Djiboutians"},
}

// plural generates the plural of an English demonym: "Albanian" gives
// "Albanians", "Iraqi" "Iraqis"; forms in -ese, -ss, -sh, -ch and -ch stay
// as they are ("the Chinese", "the Swiss", "the French").
func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "sh"),
		strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "s"), strings.HasSuffix(d, "x"), strings.HasSuffix(d, "z"):
		return ""
	case strings.HasSuffix(d, "man"):
		return d[:len(d)-3] + "men"
	}
	return d + "s"
}

func readCountries(shared string, words *wordCounts, pop map[string]int) ([]row, error) {
	data, err := os.ReadFile(filepath.Join(shared, "gazetteers/countries_mledoze/countries.json"))
	if err != nil {
		return nil, err
	}
	var list []mledoze
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("countries.json: %w", err)
	}
	wikidata, err := readWikidata(filepath.Join(shared, "gazetteers/country_aliases_wikidata/country_aliases.csv"))
	if err != nil {
		return nil, err
	}
	var rows []row
	for _, c := range list {
		codes := map[string]bool{strings.ToLower(c.CCA2): true, strings.ToLower(c.CCA3): true, strings.ToLower(c.CIOC): true}
		as := newAliasSet(c.Name.Common)
		// Acronyms that are also given with dots ("U.S.") are what writers
		// use; other code-like acronyms ("GB", "CD") are codes, not names.
		dotted := map[string]bool{}
		for _, s := range append(append([]string{}, c.AltSpellings...), wikidata[c.CCA2]...) {
			if acronym(s) && strings.Contains(s, ".") {
				dotted[strings.ReplaceAll(s, ".", "")] = true
			}
		}
		keep := func(s string) {
			s = strings.TrimSpace(s)
			switch {
			case !latin(s):
			case strings.ToLower(s) == s: // "al", "cn": codes, not names
			case codes[strings.ToLower(s)] && !dotted[s]: // "GB", "NED", "CD"; "US" (also "U.S.") stays
			case theWord(s): // "the States": a plain word needing its article
			default:
				as.add(s)
			}
		}
		keep(c.Name.Official)
		for _, s := range c.AltSpellings {
			keep(s)
		}
		for _, s := range wikidata[c.CCA2] {
			keep(s)
		}
		for _, s := range nameVariants[c.CCA2] {
			keep(s)
		}
		r := row{kind: "country", name: c.Name.Common, country: c.CCA2, iso3: c.CCA3, population: pop[c.CCA2], aliases: as.list}
		if len(c.Capital) > 0 {
			r.capital = c.Capital[0]
		}
		ds := newAliasSet("")
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d == "" {
				continue
			}
			ds.add(d)
			if p := plural(d); p != "" {
				ds.add(p)
			}
		}
		for _, d := range demonymVariants[c.CCA2] {
			ds.add(d)
		}
		r.demonyms = ds.list
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].country < rows[j].country })
	return rows, nil
}

// readWikidata returns the English labels and aliases by ISO2 code.
func readWikidata(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string][]string{}
	for _, rec := range recs[1:] {
		if len(rec) < 6 || rec[2] != "en" {
			continue
		}
		out[rec[1]] = append(out[rec[1]], rec[4])
	}
	return out, nil
}

// minRegionCountryPop is the population a country needs for its
// first-level divisions to be listed: the divisions of micro-states and
// small territories ("Peel", Isle of Man; "Southampton", Bermuda) are rarely
// news and collide with better-known places and names.
const minRegionCountryPop = 1000000

// readAdmin1 returns admin1 names by "CC.code" (all of them, for the
// cities' admin1 field) and the region rows.
func readAdmin1(path string, countryPop map[string]int, words *wordCounts) (map[string]string, []row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	names := map[string]string{}
	var rows []row
	for _, line := range strings.Split(string(data), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			continue
		}
		name := cols[1]
		names[cols[0]] = name
		cc, _, _ := strings.Cut(cols[0], ".")
		if !latin(name) || words.ambiguous(name) {
			continue
		}
		as := newAliasSet(name)
		if cols[2] != name && latin(cols[2]) && !words.ambiguous(cols[2]) {
			as.add(cols[2])
		}
		if countryPop[cc] < minRegionCountryPop {
			continue // first-level divisions of micro-states and small territories
		}
		rows = append(rows, row{kind: "region", name: name, country: cc, aliases: as.list})
	}
	return names, rows, nil
}

// minFamousPop is the population under which a non-capital city whose
// one-word name is frequent in the corpora but never a place there is
// taken for a name of something else (see otherName).
const minFamousPop = 300000

// minAltPop is the population from which a city's alternate names are
// considered (capitals always are).
const minAltPop = 500000

// englishAlternate decides cheaply whether a GeoNames alternate name is one
// English text uses ("Kiev", "Bombay"): a single capitalised ASCII word
// (not an all-capitals airport code) that GUM marks as (part of) a place
// name, and that is neither a common lower-case word nor a person's name
// there. Other languages' spellings ("Moskau", "Mosca") are not attested
// and drop out; readCities also refuses alternates that are another
// entry's own name (GeoNames lists "Alexandria" for Mashhad).
func englishAlternate(alt string, words *wordCounts) bool {
	if len(alt) < 3 || strings.ContainsAny(alt, " -'.") || !unicode.IsUpper(rune(alt[0])) || acronym(alt) {
		return false
	}
	for i := 0; i < len(alt); i++ {
		c := alt[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return words.place[alt] >= 1 && !words.commonWord(alt) && !words.personName(alt)
}

// readCities keeps the capitals and the large cities whose names are not
// common words.
func readCities(path string, admin1, countryByName map[string]string, words *wordCounts) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 4<<20)
	var lines [][]string
	names := map[string]bool{} // every city's own and ASCII name
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 15 {
			continue
		}
		lines = append(lines, cols)
		names[dossier.NormalizeName(cols[1])] = true
		names[dossier.NormalizeName(cols[2])] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for k := range admin1 {
		names[dossier.NormalizeName(admin1[k])] = true
	}
	var rows []row
	for _, cols := range lines {
		name, ascii, feature, cc := cols[1], cols[2], cols[7], cols[8]
		pop, _ := strconv.Atoi(cols[14])
		keep := feature == "PPLC" || pop >= minCityPop || feature == "PPLA" && pop >= minSeatPop
		if !keep || !latin(name) || words.ambiguous(name) ||
			feature != "PPLC" && pop < minFamousPop && (words.otherName(name) || words.otherName(ascii)) {
			continue
		}
		as := newAliasSet(name)
		if ascii != name && latin(ascii) && !words.ambiguous(ascii) {
			as.add(ascii) // "Sale" for Salé, "Bush" for Būsh are words first
		}
		if feature == "PPLC" || pop >= minAltPop {
			for _, alt := range strings.Split(cols[3], ",") {
				k := dossier.NormalizeName(alt)
				if englishAlternate(alt, words) && countryByName[k] == "" && !names[k] {
					as.add(alt)
				}
			}
		}
		rows = append(rows, row{kind: "city", name: name, country: cc, admin1: admin1[cc+"."+cols[10]],
			population: pop, feature: feature, aliases: as.list})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].population > rows[j].population })
	return rows, nil
}

// readOrgs reads the SupraVerden organisations: name, abbreviations (kept
// as listed, so "WHO" matches only in capitals), other and former names,
// and the headquarters country.
func readOrgs(path string, countryByName map[string]string, words *wordCounts) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []row
	for i, line := range strings.Split(string(data), "\n") {
		if i == 0 || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", path, i+1, len(cols))
		}
		name := cols[2]
		if name == "" {
			continue
		}
		as := newAliasSet(name)
		for _, col := range []string{cols[3], cols[4], cols[5]} {
			for _, s := range strings.Split(col, "|") {
				s = strings.TrimSpace(s)
				if s == "" || !latin(s) || !acronym(s) && words.commonWord(s) {
					continue
				}
				as.add(s)
			}
		}
		country := ""
		if hq := cols[8]; hq != "" {
			parts := strings.Split(hq, ",")
			country = countryByName[dossier.NormalizeName(parts[len(parts)-1])]
		}
		rows = append(rows, row{kind: "intl_org", name: name, country: country, aliases: as.list})
	}
	return rows, nil
}

// areas are continents, world regions and seas news text names, listed by
// hand (general knowledge).
func areas() []row {
	list := []struct {
		kind, name string
		aliases    []string
		adjectives []string // "Balkan", "European": demonym-like forms
	}{
		{"continent", "Africa", nil, []string{"African", "Africans"}},
		{"continent", "Antarctica", nil, []string{"Antarctic"}},
		{"continent", "Asia", nil, []string{"Asian", "Asians"}},
		{"continent", "Europe", nil, []string{"European", "Europeans"}},
		{"continent", "North America", nil, []string{"North American", "North Americans"}},
		{"continent", "South America", nil, []string{"South American", "South Americans"}},
		{"continent", "Oceania", nil, nil},
		{"area", "Middle East", []string{"Mideast"}, []string{"Middle Eastern"}},
		{"area", "Near East", nil, nil},
		{"area", "Far East", nil, []string{"Far Eastern"}},
		{"area", "Balkans", []string{"Western Balkans", "Balkan Peninsula"}, []string{"Balkan"}},
		{"area", "Latin America", nil, []string{"Latin American", "Latin Americans"}},
		{"area", "Central America", nil, []string{"Central American", "Central Americans"}},
		{"area", "Caribbean", nil, nil},
		{"area", "Gulf", []string{"Gulf region", "Arabian Gulf"}, nil},
		{"area", "Caucasus", []string{"South Caucasus", "North Caucasus"}, nil},
		{"area", "Central Asia", nil, []string{"Central Asian"}},
		{"area", "South Asia", nil, []string{"South Asian", "South Asians"}},
		{"area", "Southeast Asia", []string{"South-East Asia", "South East Asia"}, []string{"Southeast Asian", "South-East Asian"}},
		{"area", "East Asia", nil, []string{"East Asian"}},
		{"area", "Asia-Pacific", []string{"Asia Pacific"}, nil},
		{"area", "Eastern Europe", nil, []string{"Eastern European", "Eastern Europeans"}},
		{"area", "Western Europe", nil, []string{"Western European", "Western Europeans"}},
		{"area", "Central Europe", nil, []string{"Central European"}},
		{"area", "Northern Europe", nil, []string{"Northern European"}},
		{"area", "Southern Europe", nil, []string{"Southern European"}},
		{"area", "Scandinavia", nil, []string{"Scandinavian", "Scandinavians"}},
		{"area", "Baltics", []string{"Baltic states"}, []string{"Baltic"}},
		{"area", "North Africa", nil, []string{"North African", "North Africans"}},
		{"area", "West Africa", nil, []string{"West African", "West Africans"}},
		{"area", "East Africa", nil, []string{"East African", "East Africans"}},
		{"area", "Southern Africa", nil, nil},
		{"area", "Sub-Saharan Africa", []string{"sub-Saharan Africa"}, []string{"Sub-Saharan", "sub-Saharan"}},
		{"area", "Horn of Africa", nil, nil},
		{"area", "Sahel", nil, []string{"Sahelian"}},
		{"area", "Maghreb", nil, []string{"Maghrebi"}},
		{"area", "Levant", nil, []string{"Levantine"}},
		{"area", "Arctic", nil, nil},
		{"area", "Mediterranean", []string{"Mediterranean Sea"}, nil},
		{"area", "Persian Gulf", nil, nil},
		{"area", "Red Sea", nil, nil},
		{"area", "Black Sea", nil, nil},
		{"area", "Caspian Sea", nil, nil},
		{"area", "Baltic Sea", nil, nil},
		{"area", "South China Sea", nil, nil},
		{"area", "Atlantic Ocean", []string{"Atlantic"}, nil},
		{"area", "Pacific Ocean", []string{"Pacific"}, nil},
		{"area", "Indian Ocean", nil, nil},
		{"area", "Strait of Hormuz", nil, nil},
		{"area", "Gaza Strip", nil, nil},
		{"area", "West Bank", nil, nil},
		{"area", "Kurdistan", nil, nil},
		{"area", "Siberia", nil, []string{"Siberian"}},
		{"area", "Patagonia", nil, []string{"Patagonian"}},
	}
	rows := make([]row, 0, len(list))
	for _, a := range list {
		rows = append(rows, row{kind: a.kind, name: a.name, aliases: a.aliases, demonyms: a.adjectives})
	}
	return rows
}
