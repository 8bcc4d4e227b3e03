package gazetteer

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCoNLLDev measures Match on the CoNLL-2003 development set (eng.testa,
// read from ../shared at test time, never shipped): the share of matches
// that cover only tokens of a gold entity (any type), the share of country
// matches tagged LOC, and the share of LOC tokens covered. The floors sit a
// little under the figures measured when this test was written (0.997,
// 0.926, 0.681) to catch regressions in the data or the matcher.
func TestCoNLLDev(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the CoNLL-2003 development set")
	}
	path := filepath.Join("..", "..", "..", "shared", "data", "conll2003", "eng.testa")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("the shared corpora are missing (want %s): %v", path, err)
	}
	defer f.Close()
	g := mustDefault(t)
	var words, tags []string
	var matches, entity, countries, countryLOC, loc, locCovered int
	flush := func() {
		covered := make([]bool, len(words))
		for _, m := range g.Match(words) {
			matches++
			inEntity, isLOC := true, true
			for i := m.Start; i < m.End; i++ {
				covered[i] = true
				inEntity = inEntity && tags[i] != "O"
				isLOC = isLOC && strings.HasSuffix(tags[i], "LOC")
			}
			if inEntity {
				entity++
			}
			if !m.Demonym && m.Entries[0].Kind == KindCountry {
				countries++
				if isLOC {
					countryLOC++
				}
			}
		}
		for i, tag := range tags {
			if strings.HasSuffix(tag, "LOC") {
				loc++
				if covered[i] {
					locCovered++
				}
			}
		}
		words, tags = words[:0], tags[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			continue
		}
		c := strings.Fields(line)
		words = append(words, c[0])
		tags = append(tags, c[len(c)-1])
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if matches == 0 || countries == 0 || loc == 0 {
		t.Fatalf("nothing measured: %d matches, %d countries, %d LOC tokens", matches, countries, loc)
	}
	entityP := float64(entity) / float64(matches)
	countryP := float64(countryLOC) / float64(countries)
	locR := float64(locCovered) / float64(loc)
	t.Logf("matches %d: on entities %.3f; countries tagged LOC %.3f; LOC tokens covered %.3f", matches, entityP, countryP, locR)
	if entityP < 0.99 || countryP < 0.90 || locR < 0.65 {
		t.Errorf("below the floors (0.99, 0.90, 0.65): %.3f, %.3f, %.3f", entityP, countryP, locR)
	}
}
