package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Gazetteer list numbers.
const (
	gazCountry = iota
	gazDemonym
	gazCity
	gazRegion
	gazOrg
	gazOrgAbbr
	gazTitle
	gazGiven
	gazFamily
	gazLegal
	gazTeam
	numGaz
)

// namesTSV is the person-name list (given and family names from
// @faker-js/faker, MIT licence), written by internal/names/extract.mjs.
//
//go:embed data/names.tsv.gz
var namesTSV []byte

// gazMaxLen is the longest phrase, in tokens, a gazetteer keeps.
const gazMaxLen = 6

// gazBuilder collects phrases per list.
type gazBuilder struct {
	g *gazetteer
}

func (b *gazBuilder) add(list int, phrase string) {
	toks := phraseTokens(phrase)
	if len(toks) == 0 || len(toks) > b.g.maxLen {
		return
	}
	h := uint64(0)
	for _, t := range toks {
		h = phraseStep(h, hashLower(t))
	}
	b.g.phrases[h] |= 1 << list
}

// phraseTokens splits a gazetteer phrase the way CoNLL text is tokenised:
// on spaces, with commas and brackets split off.
func phraseTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ",()[]\"")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// buildGazetteers reads the gazetteer sources under the shared data
// directory: countries and demonyms (mledoze/countries), English country
// aliases (Wikidata), GeoNames countries, first-level divisions and cities of
// 15,000 people or more, and international organisations with acronyms
// (SupraVerden), and the embedded given and family names. Each source missing
// or malformed is an error naming the file.
func buildGazetteers(dataDir string) (*gazetteer, error) {
	b := &gazBuilder{g: &gazetteer{
		names:   []string{"country", "demonym", "city", "region", "org", "orgabbr", "title", "given", "family", "legal", "team"},
		phrases: make(map[uint64]uint16),
		maxLen:  gazMaxLen,
	}}
	steps := []struct {
		path string
		read func(io.Reader) error
	}{
		{"gazetteers/countries_mledoze/countries.json", b.readCountries},
		{"gazetteers/country_aliases_wikidata/country_aliases.csv", b.readAliases},
		{"geonames/countryInfo.txt", b.readCountryInfo},
		{"geonames/admin1CodesASCII.txt", b.readAdmin1},
		{"geonames/cities15000.txt.gz", b.readCities},
		{"gazetteers/intl_orgs_supraverden/intl_orgs_en.tsv", b.readOrgs},
	}
	for t := range personTitles {
		b.add(gazTitle, t)
	}
	for _, t := range officeTitles {
		b.add(gazTitle, t)
	}
	for _, t := range legalForms {
		b.add(gazLegal, t)
	}
	for _, t := range teamWords {
		b.add(gazTeam, t)
	}
	if err := b.readNames(); err != nil {
		return nil, err
	}
	for _, s := range steps {
		p := filepath.Join(dataDir, s.path)
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer: %w", err)
		}
		var r io.Reader = f
		if strings.HasSuffix(p, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("ner: gazetteer %s: %w", p, err)
			}
			r = zr
		}
		err = s.read(r)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer %s: %w", p, err)
		}
	}
	return b.g, nil
}

// officeTitles are multi-word titles of office that precede names in news
// ("Prime Minister", "Secretary of State"); with the one-word personTitles
// they form the title list, which lets the tagger learn that a title is not
// part of the name after it.
var officeTitles = []string{
	"prime minister", "deputy prime minister", "foreign minister", "defence minister", "defense minister",
	"interior minister", "finance minister", "economy minister", "health minister", "justice minister",
	"vice president", "vice-president", "secretary of state", "secretary-general", "secretary general",
	"attorney general", "attorney-general", "chief executive", "chief justice", "crown prince",
	"first lady", "supreme leader", "foreign secretary", "home secretary", "defense secretary",
	"national security adviser", "press secretary", "special envoy", "grand ayatollah", "supreme court justice",
}

// legalForms are the legal forms that end company names across countries
// ("Pirelli SpA", "Siemens AG", "KeyCorp Inc."), with and without their
// full stops; after a capitalised word they are a strong organisation cue
// even when the name itself is unknown.
var legalForms = []string{
	"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.", "Company", "Ltd", "Ltd.",
	"Limited", "Plc", "PLC", "LLC", "L.L.C.", "LP", "L.P.", "LLP", "Pty", "Pte", "Bhd", "Berhad", "Tbk",
	"AG", "GmbH", "KGaA", "SA", "S.A.", "SpA", "S.p.A.", "Srl", "S.r.l.", "SARL", "NV", "N.V.", "BV",
	"B.V.", "AB", "ASA", "A/S", "Oy", "Oyj", "KK", "K.K.", "SE", "SAB", "Ltda", "Cia", "Holdings",
	"Holding", "Group", "Bancorp", "Bancshares",
}

// teamWords are generic words that end or begin the names of sports clubs
// in many countries ("Bristol Rovers", "Dinamo Zagreb", "Real Sociedad";
// no club names), a cue that a town's
// name next to them names a team (ORG), not a place.
var teamWords = []string{
	"United", "City", "Town", "County", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers",
	"Harriers", "FC", "F.C.", "AFC", "SC", "CF", "CD", "SV", "VfB", "VfL", "TSV", "FSV", "AC", "AS",
	"Real", "Sporting", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo", "CSKA", "Olympique",
	"Racing", "Atletico", "Deportivo", "Inter", "Borussia", "Eintracht", "Fortuna", "Sport", "Clube",
	"Club", "Calcio", "Sportiva",
}

func (b *gazBuilder) readCountries(r io.Reader) error {
	var cs []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Region       string
		Subregion    string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.NewDecoder(r).Decode(&cs); err != nil {
		return err
	}
	for _, c := range cs {
		b.add(gazCountry, c.Name.Common)
		b.add(gazCountry, c.Name.Official)
		for _, a := range c.AltSpellings {
			if len(a) > 2 { // two-letter codes are too ambiguous
				b.add(gazCountry, a)
			}
		}
		b.add(gazRegion, c.Region)
		b.add(gazRegion, c.Subregion)
		for _, cap := range c.Capital {
			b.add(gazCity, cap)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, w := range []string{d.M, d.F} {
				if w == "" {
					continue
				}
				b.add(gazDemonym, w)
				b.add(gazDemonym, plural(w))
			}
		}
	}
	return nil
}

// plural forms the plural of a demonym: "German" gives "Germans", "Swiss"
// and "Chinese" stay.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "ese"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"):
		return w
	}
	return w + "s"
}

func (b *gazBuilder) readAliases(r io.Reader) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return err
	}
	if len(head) < 5 || head[2] != "language" || head[4] != "label" {
		return fmt.Errorf("unexpected header %q", head)
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if len(rec) >= 5 && rec[2] == "en" && len([]rune(rec[4])) > 2 {
			b.add(gazCountry, strings.TrimPrefix(rec[4], "the "))
		}
	}
}

func (b *gazBuilder) readCountryInfo(r io.Reader) error {
	return eachTSV(r, 6, func(f []string) {
		b.add(gazCountry, f[4])
		b.add(gazCity, f[5])
	})
}

func (b *gazBuilder) readAdmin1(r io.Reader) error {
	return eachTSV(r, 3, func(f []string) {
		b.add(gazRegion, f[1])
		b.add(gazRegion, f[2])
	})
}

func (b *gazBuilder) readCities(r io.Reader) error {
	return eachTSV(r, 3, func(f []string) {
		b.add(gazCity, f[1])
		b.add(gazCity, f[2])
	})
}

func (b *gazBuilder) readOrgs(r io.Reader) error {
	first := true
	return eachTSV(r, 6, func(f []string) {
		if first {
			first = false
			return
		}
		b.add(gazOrg, f[2])
		for _, col := range []int{4, 5} {
			for _, n := range strings.Split(f[col], "|") {
				b.add(gazOrg, n)
			}
		}
		for _, a := range strings.Split(f[3], "|") {
			if len(a) >= 2 {
				b.add(gazOrgAbbr, a)
			}
		}
	})
}

// eachTSV calls fn with the fields of every tab-separated line that has at
// least min fields, skipping '#' comments.
func eachTSV(r io.Reader, min int, fn func([]string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) >= min {
			fn(f)
		}
	}
	return sc.Err()
}

// readNames adds the embedded person names to the given and family lists.
func (b *gazBuilder) readNames() error {
	zr, err := gzip.NewReader(bytes.NewReader(namesTSV))
	if err != nil {
		return fmt.Errorf("ner: names: %w", err)
	}
	err = eachTSV(zr, 2, func(f []string) {
		switch f[1] {
		case "given":
			b.add(gazGiven, f[0])
		case "family":
			b.add(gazFamily, f[0])
		}
	})
	if err != nil {
		return fmt.Errorf("ner: names: %w", err)
	}
	return nil
}
