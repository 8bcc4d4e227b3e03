package export

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

func ids(g *dossier.Graph) []string {
	var out []string
	for _, e := range g.Entities {
		out = append(out, e.ID)
	}
	slices.Sort(out)
	return out
}

func eventTypesOf(g *dossier.Graph) []string {
	var out []string
	for _, e := range g.Events {
		out = append(out, e.Type)
	}
	slices.Sort(out)
	return out
}

func date(t *testing.T, s string) *dossier.Date {
	t.Helper()
	d, err := ParseBound(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFilter(t *testing.T) {
	sorted := func(ss ...string) []string { slices.Sort(ss); return ss }
	for _, c := range []struct {
		name      string
		opts      func(t *testing.T) FilterOptions
		entities  []string
		events    []string
		relations int
		documents int
	}{
		{"everything", func(*testing.T) FilterOptions { return FilterOptions{} },
			sorted(fxGroup, fxCouncil, fxUS, fxIran, fxIraq, fxAlbania, fxUN, fxPM, fxLonely),
			sorted("founding", "relocation", "designation", "delisting", "relocation", "statement", "attack", "diplomatic_break"), 5, 2},
		{"entity alone", func(*testing.T) FilterOptions { return FilterOptions{Entity: fxGroup} },
			[]string{fxGroup}, nil, 0, 0},
		{"one hop", func(*testing.T) FilterOptions { return FilterOptions{Entity: fxIraq, Hops: 1} },
			sorted(fxIraq, fxGroup), []string{"relocation"}, 1, 1},
		{"two hops", func(*testing.T) FilterOptions { return FilterOptions{Entity: fxIraq, Hops: 2} },
			sorted(fxIraq, fxGroup, fxIran, fxUS, fxAlbania, fxUN, fxCouncil),
			sorted("founding", "relocation", "designation", "delisting", "relocation", "attack", "diplomatic_break"), 3, 2},
		{"types keep the focus", func(*testing.T) FilterOptions {
			return FilterOptions{Entity: fxGroup, Hops: 1, Types: []dossier.EntityType{dossier.Org}}
		}, sorted(fxGroup, fxCouncil, fxUN), nil, 1, 1},
		{"event types", func(*testing.T) FilterOptions { return FilterOptions{Events: []string{"designation", "delisting"}} },
			sorted(fxGroup, fxCouncil, fxUS, fxIran, fxIraq, fxAlbania, fxUN, fxPM, fxLonely), sorted("designation", "delisting"), 5, 2},
		{"date range at precision", func(t *testing.T) FilterOptions {
			return FilterOptions{From: date(t, "1997"), To: date(t, "2012")}
		}, sorted(fxGroup, fxCouncil, fxUS, fxIran, fxIraq, fxAlbania, fxUN, fxPM, fxLonely), sorted("designation", "delisting"), 5, 2},
		{"month bound includes the month", func(t *testing.T) FilterOptions {
			return FilterOptions{From: date(t, "2022-09-30"), To: date(t, "2022-09")}
		}, sorted(fxGroup, fxCouncil, fxUS, fxIran, fxIraq, fxAlbania, fxUN, fxPM, fxLonely), nil, 5, 2},
		{"from drops undated", func(t *testing.T) FilterOptions { return FilterOptions{From: date(t, "2013")} },
			sorted(fxGroup, fxCouncil, fxUS, fxIran, fxIraq, fxAlbania, fxUN, fxPM, fxLonely), sorted("relocation", "diplomatic_break"), 5, 2},
		{"same entity under two IDs", func(*testing.T) FilterOptions {
			return FilterOptions{Entity: fxIraq, Same: []string{fxPM}, Hops: 1}
		}, sorted(fxIraq, fxGroup, fxPM, fxAlbania), sorted("relocation", "statement"), 4, 2},
		{"unknown entity", func(*testing.T) FilterOptions { return FilterOptions{Entity: "org/nobody", Hops: 3} }, nil, nil, 0, 0},
		{"hops over events only in range", func(t *testing.T) FilterOptions {
			return FilterOptions{Entity: fxUS, Hops: 1, From: date(t, "2013")}
		}, sorted(fxUS, fxAlbania, fxGroup, fxUN), []string{"relocation"}, 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := fixtureGraph()
			out := Filter(g, c.opts(t))
			if got := ids(out); !slices.Equal(got, c.entities) {
				t.Errorf("entities %v, want %v", got, c.entities)
			}
			if got := eventTypesOf(out); !slices.Equal(got, c.events) {
				t.Errorf("events %v, want %v", got, c.events)
			}
			if len(out.Relations) != c.relations {
				t.Errorf("%d relations, want %d", len(out.Relations), c.relations)
			}
			if len(out.Documents) != c.documents {
				t.Errorf("%d documents, want %d", len(out.Documents), c.documents)
			}
			if !equalGraph(g, fixtureGraph()) {
				t.Error("Filter changed its input")
			}
		})
	}
}

// equalGraph compares two graphs by their N-Quads.
func equalGraph(a, b *dossier.Graph) bool {
	var x, y bytes.Buffer
	if WriteNQuads(context.Background(), &x, a, Options{}) != nil || WriteNQuads(context.Background(), &y, b, Options{}) != nil {
		return false
	}
	return bytes.Equal(x.Bytes(), y.Bytes())
}

func TestFilterInducedSubgraph(t *testing.T) {
	g := generatedGraph(11, 50, 200)
	for hops := 0; hops <= 3; hops++ {
		out := Filter(g, FilterOptions{Entity: g.Entities[0].ID, Hops: hops})
		kept := map[string]bool{}
		for _, e := range out.Entities {
			kept[e.ID] = true
		}
		for _, e := range out.Events {
			for _, id := range eventEntities(&e) {
				if !kept[id] {
					t.Fatalf("hops %d: event %s keeps %s, which was dropped", hops, e.ID, id)
				}
			}
		}
		for _, r := range out.Relations {
			if !kept[r.Subject] || !kept[r.Object] {
				t.Fatalf("hops %d: relation %s %s %s has a dropped end", hops, r.Subject, r.Predicate, r.Object)
			}
		}
	}
}

func TestParseOptions(t *testing.T) {
	ts, err := ParseTypes("org, per,LOC,,org")
	if err != nil || !slices.Equal(ts, []dossier.EntityType{dossier.Org, dossier.Person, dossier.Place}) {
		t.Errorf("ParseTypes = %v, %v", ts, err)
	}
	if _, err := ParseTypes("ORG,planet"); err == nil || !strings.Contains(err.Error(), `"planet"`) {
		t.Errorf("ParseTypes(planet) error %v, want one naming it", err)
	}
	if d, err := ParseBound(""); d != nil || err != nil {
		t.Errorf("ParseBound(\"\") = %v, %v", d, err)
	}
	if _, err := ParseBound("2013-02-30"); err == nil || !strings.Contains(err.Error(), "2013-02-30") {
		t.Errorf("ParseBound(2013-02-30) error %v, want one naming it", err)
	}
	if got := SplitList(" a, ,b,"); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("SplitList = %v", got)
	}
}

func TestResolveEntity(t *testing.T) {
	g := fixtureGraph()
	g.Entities = append(g.Entities,
		dossier.Entity{ID: "org/un-agency", Type: dossier.Org, Name: "Another Body", Aliases: []string{"UN"}, MentionCount: 9},
		dossier.Entity{ID: "misc/mek", Type: dossier.Misc, Name: "MEK", MentionCount: 1},
		dossier.Entity{ID: "org/mek", Type: dossier.Org, Name: "MEK", MentionCount: 2})
	for _, c := range []struct {
		name string
		want []string
		err  string
	}{
		{"MEK", []string{fxGroup, "org/mek"}, ""},
		{"the people’s mojahedin organization of iran", []string{fxGroup}, ""},
		{fxIraq, []string{fxIraq}, ""},
		{"Tehran", []string{fxIran}, ""},
		{"UN", []string{"org/un-agency", fxUN}, ""},
		{"Atlantis", nil, "no entity"},
		{"  ", nil, "empty"},
	} {
		r, err := ResolveEntity(g, c.name)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ResolveEntity(%q) error %v, want %q", c.name, err, c.err)
			}
		case err != nil:
			t.Errorf("ResolveEntity(%q): %v", c.name, err)
		case !slices.Equal(r.IDs(), c.want):
			t.Errorf("ResolveEntity(%q) = %v, want %v", c.name, r.IDs(), c.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, f := range Formats() {
		got, err := Lookup(strings.ToUpper(f.Name))
		if err != nil || got.Name != f.Name {
			t.Errorf("Lookup(%s) = %v, %v", f.Name, got.Name, err)
		}
		if f.Ext == "" || f.MIME == "" || f.Write == nil || f.Doc == "" {
			t.Errorf("format %s is incomplete", f.Name)
		}
	}
	if _, err := Lookup("pdf"); err == nil || !strings.Contains(err.Error(), "gexf") {
		t.Errorf("Lookup(pdf) error %v, want the list of formats", err)
	}
}
