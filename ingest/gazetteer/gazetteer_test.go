package gazetteer

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
)

func mustDefault(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name     string
		wantName string // best entry's name; "" means no entry
		kind     Kind
		country  string
	}{
		{"Albania", "Albania", KindCountry, "AL"},
		{"albania", "Albania", KindCountry, "AL"},
		{"the United States", "United States", KindCountry, "US"},
		{"U.S.", "United States", KindCountry, "US"},
		{"USA", "United States", KindCountry, "US"},
		{"America", "United States", KindCountry, "US"},
		{"UK", "United Kingdom", KindCountry, "GB"},
		{"Great Britain", "United Kingdom", KindCountry, "GB"},
		{"Islamic Republic of Iran", "Iran", KindCountry, "IR"},
		{"Persia", "Iran", KindCountry, "IR"},
		{"Holland", "Netherlands", KindCountry, "NL"},
		{"Turkey", "Türkiye", KindCountry, "TR"},
		{"Tirana", "Tirana", KindCity, "AL"},
		{"Tehran", "Tehran", KindCity, "IR"},
		{"São Paulo", "São Paulo", KindCity, "BR"},
		{"Sao Paulo", "São Paulo", KindCity, "BR"},
		{"Georgia", "Georgia", KindCountry, "GE"}, // the country before the US state
		{"Bavaria", "Bavaria", KindRegion, "DE"},
		{"Alto Paraná", "Alto Paraná", KindRegion, "PY"}, // "Alto Paraná Department" without its kind word
		{"Alto Parana Department", "Alto Paraná", KindRegion, "PY"},
		{"Beni", "Beni", KindCity, "CD"}, // not the Bolivian department: the name was taken
		{"Eastern", "", "", ""},          // "Eastern Province" keeps its kind word
		{"Europe", "Europe", KindContinent, ""},
		{"the Balkans", "Balkans", KindArea, ""},
		{"Middle East", "Middle East", KindArea, ""},
		{"United Nations", "United Nations", KindOrg, "US"},
		{"European Union", "European Union", KindOrg, "FR"},
		{"NATO", "North Atlantic Treaty Organisation", KindOrg, "BE"},
		{"Reading", "", "", ""}, // a common word first
		{"Nice", "", "", ""},
		{"Split", "", "", ""},
		{"Of", "", "", ""},
		{"Atlantis", "", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		got := g.Lookup(tt.name)
		if tt.wantName == "" {
			if len(got) > 0 {
				t.Errorf("Lookup(%q) = %s (%s), want nothing", tt.name, got[0].Name, got[0].Kind)
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("Lookup(%q) found nothing, want %s", tt.name, tt.wantName)
			continue
		}
		best := got[0]
		if best.Name != tt.wantName {
			t.Errorf("Lookup(%q) best = %q (%s), want %q", tt.name, best.Name, best.Kind, tt.wantName)
		}
		if best.Kind != tt.kind || best.Country != tt.country {
			t.Errorf("Lookup(%q) best = %s/%s, want %s/%s", tt.name, best.Kind, best.Country, tt.kind, tt.country)
		}
		wantType := dossier.Place
		if tt.kind == KindOrg {
			wantType = dossier.Org
		}
		if best.Type != wantType {
			t.Errorf("Lookup(%q) type = %s, want %s", tt.name, best.Type, wantType)
		}
	}
}

func TestLookupOrder(t *testing.T) {
	g := mustDefault(t)
	// Several cities share a name: the largest first.
	got := g.Lookup("Victoria")
	if len(got) < 2 {
		t.Fatalf("Lookup(Victoria) = %d entries, want several", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Kind == KindCity && got[i-1].Kind == KindCity && got[i].Population > got[i-1].Population &&
			got[i].Feature != "PPLC" && got[i-1].Feature != "PPLC" {
			t.Errorf("Lookup(Victoria) out of order: %s %d before %s %d", got[i-1].Country, got[i-1].Population, got[i].Country, got[i].Population)
		}
	}
}

// TestCapitalBeforeCountryAlias checks that a capital's own name beats a
// country that has it only as an alias, and not a country's own name.
func TestCapitalBeforeCountryAlias(t *testing.T) {
	g := mustDefault(t)
	for name, want := range map[string]Kind{"Tunis": KindCity, "Kuwait": KindCountry, "Singapore": KindCountry, "Djibouti": KindCountry} {
		got := g.Lookup(name)
		if len(got) == 0 || got[0].Kind != want {
			t.Errorf("Lookup(%s) first = %v, want %s first", name, got, want)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ word, country string }{
		{"Albanian", "AL"},
		{"Albanians", "AL"},
		{"Iranian", "IR"},
		{"Iranians", "IR"},
		{"Iraqis", "IQ"},
		{"French", "FR"},
		{"Chinese", "CN"},
		{"Swiss", "CH"},
		{"Filipino", "PH"},
		{"Argentinian", "AR"},
		{"Britons", "GB"},
		{"American", "US"},
		{"Congolese", "CD"}, // two countries: the more populous
		{"Balkan", "area:Balkans"},
		{"European", "continent:Europe"},
		{"Middle Eastern", "area:Middle East"},
		{"Albania", ""}, // a name, not a demonym
		{"Martian", ""},
	}
	for _, tt := range tests {
		e, ok := g.Demonym(tt.word)
		if tt.country == "" {
			if ok {
				t.Errorf("Demonym(%q) = %s, want none", tt.word, e.Name)
			}
			continue
		}
		if kind, name, area := strings.Cut(tt.country, ":"); area {
			if !ok || string(e.Kind) != kind || e.Name != name {
				t.Errorf("Demonym(%q) = %q (%s), %v; want %s %s", tt.word, e.Name, e.Kind, ok, kind, name)
			}
			continue
		}
		if !ok || e.Country != tt.country || e.Kind != KindCountry {
			t.Errorf("Demonym(%q) = %q/%s, %v; want country %s", tt.word, e.Name, e.Country, ok, tt.country)
		}
	}
}

func TestCountry(t *testing.T) {
	g := mustDefault(t)
	for code, want := range map[string]string{"AL": "Albania", "alb": "Albania", "GB": "United Kingdom", "XK": "Kosovo", "USA": "United States"} {
		e, ok := g.Country(code)
		if !ok || e.Name != want {
			t.Errorf("Country(%q) = %q, %v; want %q", code, e.Name, ok, want)
		}
		if ok && (e.ISO3 == "" || e.Capital == "" || e.Population == 0) {
			t.Errorf("Country(%q) lacks ISO3, capital or population: %+v", code, e)
		}
	}
	if e, ok := g.Country("ZZ"); ok {
		t.Errorf("Country(ZZ) = %s, want none", e.Name)
	}
}

// TestMatch runs Match over sentences written for this test, tokenised on
// spaces, and lists the matches as "words=Name(kind)" or
// "words=demonym:Name".
func TestMatch(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		sentence string
		want     string
	}{
		{
			"The exiles moved from Iraq to a camp near Tirana in Albania .",
			"Iraq=Iraq(country) Tirana=Tirana(city) Albania=Albania(country)",
		},
		{
			"Albanian police said the Iranians had lived there since 2013 .",
			"Albanian=demonym:Albania Iranians=demonym:Iran",
		},
		{
			"Officials in the United States and the United Nations welcomed the deal .",
			"United States=United States(country) United Nations=United Nations(intl_org)",
		},
		{
			"The U.S. and the UK asked the WHO for data , but who knows .",
			"U.S.=United States(country) UK=United Kingdom(country) WHO=World Health Organization(intl_org)",
		},
		{
			"The U.S . delegation arrived in The Hague .",
			"U.S .=United States(country) The Hague=The Hague(city)",
		},
		{
			"She may visit china shops in Reading or Nice before March .",
			"",
		},
		{
			"CHINA AND US AGREE ON TRADE",
			"US=United States(country)",
		},
		{
			"Trade between the People 's Republic of China and the European Union grew .",
			"People 's Republic of China=China(country) European Union=European Union(intl_org)",
		},
		{
			"Refugees crossed the Balkans toward Western Europe and the Middle East .",
			"Balkans=Balkans(area) Western Europe=Western Europe(area) Middle East=Middle East(area)",
		},
		{
			"Balkan and European leaders met Asian investors .",
			"Balkan=demonym:Balkans European=demonym:Europe Asian=demonym:Asia",
		},
		{
			"New York City and New Delhi are large .",
			"New York City=New York City(city) New Delhi=New Delhi(city)",
		},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		var got []string
		for _, m := range g.Match(words) {
			if m.Start < 0 || m.End > len(words) || m.Start >= m.End || len(m.Entries) == 0 {
				t.Fatalf("bad match %+v for %q", m, tt.sentence)
			}
			text := strings.Join(words[m.Start:m.End], " ")
			if m.Demonym {
				got = append(got, fmt.Sprintf("%s=demonym:%s", text, m.Entries[0].Name))
			} else {
				got = append(got, fmt.Sprintf("%s=%s(%s)", text, m.Entries[0].Name, m.Entries[0].Kind))
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Match(%q)\n got: %s\nwant: %s", tt.sentence, g, tt.want)
		}
	}
}

func TestMatchEdgeCases(t *testing.T) {
	g := mustDefault(t)
	for _, words := range [][]string{nil, {}, {""}, {"", "Albania"}, {"the"}, {"The"}, {"\xff"}, {"U", ".", "S", "."}} {
		for _, m := range g.Match(words) {
			if m.Start < 0 || m.End > len(words) || m.Start >= m.End {
				t.Errorf("Match(%q) gave bad range %d-%d", words, m.Start, m.End)
			}
		}
	}
}

// TestDataFilters checks the build-time rules on the shipped data: no city
// or region named by a common lower-case word, no city below the
// population floor unless a capital or a regional seat, countries complete.
func TestDataFilters(t *testing.T) {
	g := mustDefault(t)
	counts := map[Kind]int{}
	for _, e := range g.entries {
		counts[e.Kind]++
		if e.Kind == KindCity && e.Feature != "PPLC" && e.Population < 50000 {
			t.Errorf("city %s (%s) has %d people and is not a capital", e.Name, e.Country, e.Population)
		}
		if e.Kind == KindCountry && (len(e.Country) != 2 || len(e.ISO3) != 3) {
			t.Errorf("country %s has codes %q/%q", e.Name, e.Country, e.ISO3)
		}
		for _, a := range e.Aliases {
			if strings.ToLower(a) == a && !strings.ContainsAny(a, " -") {
				t.Errorf("%s has a lower-case alias %q", e.Name, a)
			}
		}
	}
	if counts[KindCountry] < 240 || counts[KindCity] < 3000 || counts[KindRegion] < 3000 || counts[KindOrg] < 500 || counts[KindContinent] != 7 {
		t.Errorf("unexpected entry counts %v", counts)
	}
}

func TestLoadErrors(t *testing.T) {
	gz := func(s string) *bytes.Reader {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return bytes.NewReader(b.Bytes())
	}
	tests := []struct {
		name string
		data *bytes.Reader
		want string
	}{
		{"not gzip", bytes.NewReader([]byte("plain")), "reading data"},
		{"empty", gz("# only a comment\n"), "no entries"},
		{"short line", gz("country\tX\n"), "data line 1: 2 fields"},
		{"bad kind", gz("planet\tMars\t\t\t0\t\t\t\t\t\n"), `unknown kind "planet"`},
		{"bad population", gz("city\tX\tAL\t\tmany\t\t\t\t\t\n"), `population "many"`},
	}
	for _, tt := range tests {
		_, err := Load(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestConcurrent uses one gazetteer from several goroutines (run with
// -race to check it is safe).
func TestConcurrent(t *testing.T) {
	g := mustDefault(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				g.Match(strings.Fields("Albanian officials met in Tirana with the UN ."))
				g.Lookup("Albania")
			}
		}()
	}
	wg.Wait()
}

// TestLoadTime guards against a slow loader; the target is under 100 ms
// (see BenchmarkLoad), the bound here is loose for busy machines.
func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Load(bytes.NewReader(embedded)); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Load took %v, want well under 1s", d)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g := mustDefault(b)
	words := strings.Fields("Ministers from Tehran and Baghdad flew to Tirana on Monday , where the US envoy and officials of the United Nations and the European Union discussed how Albania and its Balkan neighbours would handle the new arrivals .")
	b.SetBytes(int64(len(words)))
	for b.Loop() {
		g.Match(words)
	}
}

// FuzzMatch feeds arbitrary token sequences to Match and Lookup: no panic,
// ranges in bounds, ordered and not overlapping, entries present.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"Albanian officials in Tirana", "The U.S . and UK", "the The THE", "People 's Republic of China", "\xff\xfe Z", ""} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		last := 0
		for _, m := range g.Match(words) {
			if m.Start < last || m.Start >= m.End || m.End > len(words) || len(m.Entries) == 0 {
				t.Fatalf("Match(%q): bad match %d-%d (%d entries) after %d", words, m.Start, m.End, len(m.Entries), last)
			}
			last = m.End
		}
		g.Lookup(s)
		g.Demonym(s)
		g.Country(s)
	})
}

func ExampleGazetteer_Match() {
	g, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Albanian officials met UN envoys in Tirana .")
	for _, m := range g.Match(words) {
		e := m.Entries[0]
		fmt.Printf("%s -> %s (%s, %s, demonym %v)\n", strings.Join(words[m.Start:m.End], " "), e.Name, e.Kind, e.Country, m.Demonym)
	}
	// Output:
	// Albanian -> Albania (country, AL, demonym true)
	// UN -> United Nations (intl_org, US, demonym false)
	// Tirana -> Tirana (city, AL, demonym false)
}
