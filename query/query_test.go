package query

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

// canon returns the results as sorted JSON lines, so tests do not depend
// on the order a backend yields them in.
func canon(t testing.TB, vals []any) []string {
	t.Helper()
	out := jsonLines(t, vals)
	sort.Strings(out)
	return out
}

// jsonLines returns the results as JSON lines, in order.
func jsonLines(t testing.TB, vals []any) []string {
	t.Helper()
	var out []string
	for _, v := range vals {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatalf("result %v is not JSON-able: %v", v, err)
		}
		out = append(out, strings.TrimSuffix(b.String(), "\n"))
	}
	return out
}

// Recipes are the Gizmo queries the README documents; each is tested here
// against the fixture graph.
var recipes = []struct {
	name, query string
	want        []string
	ordered     bool // the query orders its results: compare in order
}{
	{
		name:  "start dates of all events (the issue's example)",
		query: `g.V().Has("<rdf:type>", "<schema:Event>").Out("<schema:startDate>").All()`,
		want: []string{
			`{"id":"2001-01-01T00:00:00Z"}`, `{"id":"2015-01-01T00:00:00Z"}`,
			`{"id":"2015-03-01T00:00:00Z"}`, `{"id":"2019-05-02T00:00:00Z"}`,
		},
	},
	{
		name: "events of an entity",
		query: `g.V("<id:org/fjordline-ferries>").In("<dossier:participant>").Tag("event")
  .Out("<dossier:eventType>").Tag("type").Back("event")
  .Out("<dossier:dateValue>").Tag("date").All()`,
		want: []string{
			`{"date":"2001","event":"<id:doc-q1/event/22-29-founding>","id":"2001","type":"founding"}`,
			`{"date":"2015","event":"<id:doc-q1/event/84-90-purchase>","id":"2015","type":"purchase"}`,
			`{"date":"2015-03","event":"<id:doc-q2/event/12-16-sale>","id":"2015-03","type":"sale"}`,
			`{"date":"2019-05-02","event":"<id:doc-q2/event/68-72-lawsuit>","id":"2019-05-02","type":"lawsuit"}`,
		},
	},
	{
		name: "who did what in a given year",
		query: `g.V().Has("<rdf:type>", "<schema:Event>").Tag("event")
  .Out("<dossier:sortKey>").Filter(gte(20150000), lt(20160000)).Back("event")
  .Out("<dossier:eventType>").Tag("what").Back("event")
  .Out("<role:agent>").Tag("who").All()`,
		want: []string{
			`{"event":"<id:doc-q1/event/84-90-purchase>","id":"<id:org/fjordline-ferries>","what":"purchase","who":"<id:org/fjordline-ferries>"}`,
			`{"event":"<id:doc-q2/event/12-16-sale>","id":"<id:person/ingrid-dahl>","what":"sale","who":"<id:person/ingrid-dahl>"}`,
		},
	},
	{
		name:  "aliases of an entity",
		query: `g.V("<id:org/fjordline-ferries>").Out("<schema:alternateName>").Unique().All()`,
		want:  []string{`{"id":"Fjordline"}`},
	},
	{
		name: "relations between two entities, either way",
		query: `var a = "<id:org/fjordline-ferries>", b = "<id:org/baltic-yards>";
g.V().Has("<rdf:subject>", a).Has("<rdf:object>", b)
  .Union(g.V().Has("<rdf:subject>", b).Has("<rdf:object>", a)).Tag("statement")
  .Out("<rdf:predicate>").Tag("predicate").Back("statement")
  .Out("<dossier:evidence>").Tag("evidence").All()`,
		want: []string{
			`{"evidence":"Baltic Yards sued Fjordline on 2 May 2019.","id":"Baltic Yards sued Fjordline on 2 May 2019.",` +
				`"predicate":"<rel:supplier_of>","statement":"<id:doc-q2/relation/24f930bc75ddeb28>"}`,
		},
	},
	{
		name: "documents that mention an entity",
		query: `g.V("<id:person/ingrid-dahl>").In("<schema:mentions>").Tag("document")
  .Out("<schema:headline>").Tag("title").All()`,
		want: []string{
			`{"document":"<id:doc-q1>","id":"Title of doc-q1","title":"Title of doc-q1"}`,
			`{"document":"<id:doc-q2>","id":"Title of doc-q2","title":"Title of doc-q2"}`,
		},
	},
	{
		name: "dated events of an entity in time order",
		query: `g.V("<id:org/fjordline-ferries>").In("<dossier:participant>").Tag("event")
  .Out("<dossier:eventType>").Tag("type").Back("event")
  .Out("<schema:startDate>").order().All()`,
		want: []string{
			`{"event":"<id:doc-q1/event/22-29-founding>","id":"2001-01-01T00:00:00Z","type":"founding"}`,
			`{"event":"<id:doc-q1/event/84-90-purchase>","id":"2015-01-01T00:00:00Z","type":"purchase"}`,
			`{"event":"<id:doc-q2/event/12-16-sale>","id":"2015-03-01T00:00:00Z","type":"sale"}`,
			`{"event":"<id:doc-q2/event/68-72-lawsuit>","id":"2019-05-02T00:00:00Z","type":"lawsuit"}`,
		},
		ordered: true,
	},
	{
		name: "events in a date range",
		query: `g.V().Has("<rdf:type>", "<schema:Event>").Tag("event").Out("<schema:startDate>")
  .Filter(gte(new Date("2015-02-01T00:00:00Z")), lt(new Date("2020-01-01T00:00:00Z")))
  .Back("event").Out("<dossier:eventType>").All()`,
		want: []string{
			`{"event":"<id:doc-q2/event/12-16-sale>","id":"sale"}`,
			`{"event":"<id:doc-q2/event/68-72-lawsuit>","id":"lawsuit"}`,
		},
	},
	{
		name:  "entities by exact name, with g.IRI and a count",
		query: `g.Emit(g.V().Has(g.IRI("schema:name"), "Baltic Yards").Unique().Count())`,
		want:  []string{`1`},
	},
	{
		name:  "nothing matches",
		query: `g.V("<id:org/nobody>").In("<dossier:participant>").All()`,
		want:  nil,
	},
}

func TestRecipes(t *testing.T) {
	for _, backend := range []string{graph.BackendMemory, graph.BackendBolt} {
		s := fixtureStoreOn(t, graph.Options{Backend: backend, Path: filepath.Join(t.TempDir(), "g.bolt"), NoSync: true})
		for _, tc := range recipes {
			t.Run(backend+"/"+tc.name, func(t *testing.T) {
				got, err := Gizmo(context.Background(), s, tc.query, Options{ShortIRIs: true})
				if err != nil {
					t.Fatal(err)
				}
				lines := canon(t, got)
				if tc.ordered {
					lines = jsonLines(t, got)
				}
				if g, w := strings.Join(lines, "\n"), strings.Join(tc.want, "\n"); g != w {
					t.Errorf("got\n%s\nwant\n%s", g, w)
				}
			})
		}
	}
}

func TestFullIRIs(t *testing.T) {
	s := fixtureStore(t)
	got, err := Gizmo(context.Background(), s, `g.V("<id:org/baltic-yards>").Out("<rdf:type>").All()`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`{"id":"<http://schema.org/Organization>"}`, `{"id":"<https://dossier-kg.org/ns#Entity>"}`}
	// Each type quad is written by both documents.
	want = append(want, want...)
	sort.Strings(want)
	if g, w := strings.Join(canon(t, got), "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("got\n%s\nwant\n%s", g, w)
	}
}

func TestLimit(t *testing.T) {
	s := fixtureStore(t)
	q := `g.V().Has("<rdf:type>", "<schema:Event>").All()`
	for _, tc := range []struct {
		limit, want int
		truncated   bool
	}{
		{1, 1, true}, {3, 3, true}, {4, 4, false}, {10, 4, false}, {-1, 4, false}, {0, 4, false},
	} {
		r, err := Run(context.Background(), s, q, Options{Limit: tc.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Values) != tc.want || r.Truncated != tc.truncated {
			t.Errorf("limit %d: %d results, truncated %v; want %d, %v", tc.limit, len(r.Values), r.Truncated, tc.want, tc.truncated)
		}
	}
	// Emit counts against the limit too.
	r, err := Run(context.Background(), s, `for (var i = 0; i < 100; i++) { g.Emit(i) }`, Options{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(r.Values) != "[0 1 2 3 4]" || !r.Truncated {
		t.Errorf("emit with limit 5: %v truncated %v", r.Values, r.Truncated)
	}
}

func TestTimeout(t *testing.T) {
	s := fixtureStore(t)
	base := runtime.NumGoroutine()
	start := time.Now()
	_, err := Gizmo(context.Background(), s, `while (true) {}`, Options{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want a timeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timeout took %v", d)
	}
	// Stopped early by a timeout or a limit, a query leaves no goroutine
	// behind (Gizmo runs each query in one).
	for i := 0; i < 5; i++ {
		if _, err := Gizmo(context.Background(), s, `g.V().All()`, Options{Limit: 1}); err != nil {
			t.Fatal(err)
		}
	}
	// A goroutine that is on its way out may take a moment under -race on
	// a loaded machine; a leaked one stays.
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(3 * time.Second); n > base && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(20 * time.Millisecond)
	}
	if n > base {
		t.Errorf("%d goroutines after the queries, %d before", n, base)
	}
	// The store is usable (not left locked) after a timed-out query.
	if _, err := s.WriteDocument(context.Background(), &dossier.Analysis{Doc: &dossier.Document{ID: "doc-after", Source: "x"}}); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Gizmo(ctx, s, `g.V().All()`, Options{}); !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
}

func TestMalformed(t *testing.T) {
	s := fixtureStore(t)
	for _, tc := range []struct{ query, want string }{
		{``, "empty query"},
		{"  \n", "empty query"},
		{`g.V(`, "Line 1:5"},
		{`g.V().NoSuchStep()`, "NoSuchStep"},
		{"g.V()\n  .Out(\"<schema:name>\")\n  .Oops()", "<eval>:3:"},
		{`throw new Error("custom failure")`, "custom failure"},
		{`g.V("<id:x>").Has()`, ""},
	} {
		_, err := Gizmo(context.Background(), s, tc.query, Options{})
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("%q: got %v, want a *query.Error", tc.query, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %q does not mention %q", tc.query, err, tc.want)
		}
		if strings.Contains(err.Error(), "addNamespace") {
			t.Errorf("%q: error %q shows the prelude", tc.query, err)
		}
	}
}

func TestExpandShorten(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`g.V("<rdf:type>")`, `g.V("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")`},
		{`"<schema:Event>", '<dossier:sortKey>'`, `"<http://schema.org/Event>", '<https://dossier-kg.org/ns#sortKey>'`},
		{`<id:org/acme-corp> <role:agent> <rel:member_of>`, `<https://dossier-kg.org/id/org/acme-corp> <https://dossier-kg.org/role#agent> <https://dossier-kg.org/rel#member_of>`},
		{`<http://example.org/x> <foo:bar> a < b && c > d`, `<http://example.org/x> <foo:bar> a < b && c > d`},
		{`<schema:has space>`, `<schema:has space>`},
		{``, ``},
	} {
		if got := Expand(tc.in); got != tc.want {
			t.Errorf("Expand(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, p := range graph.Prefixes() {
		full := "<" + p.IRI + "x/y>"
		if got, want := Shorten(full), "<"+p.Name+":x/y>"; got != want {
			t.Errorf("Shorten(%q) = %q, want %q", full, got, want)
		}
		if got := Expand(Shorten(full)); got != full {
			t.Errorf("Expand(Shorten(%q)) = %q", full, got)
		}
	}
	for _, s := range []string{"plain", "<http://example.org/>", "<", ""} {
		if got := Shorten(s); got != s {
			t.Errorf("Shorten(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestConcurrentQueries runs queries beside writes on the default on-disk
// backend and on memory; run with -race.
func TestConcurrentQueries(t *testing.T) {
	for _, backend := range []string{graph.BackendMemory, graph.BackendBolt} {
		t.Run(backend, func(t *testing.T) {
			s := fixtureStore(t)
			if backend != graph.BackendMemory {
				var err error
				s, err = graph.Open(context.Background(), graph.Options{Backend: backend, Path: filepath.Join(t.TempDir(), "g.bolt"), NoSync: true})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
			}
			ctx := context.Background()
			var wg sync.WaitGroup
			errs := make(chan error, 100)
			for w := 0; w < 2; w++ {
				wg.Add(1)
				go func(w int) {
					defer wg.Done()
					for i := 0; i < 10; i++ {
						b := newDoc(fmt.Sprintf("doc-w%d-%d", w, i), "Harbour Pilots hired Ola Nordmann in 2020.", "2021-01-01")
						hp := b.entity(dossier.Org, "Harbour Pilots")
						ola := b.entity(dossier.Person, "Ola Nordmann")
						b.event("hiring", "hired", "2020", agent(hp), patient(ola))
						if _, err := s.WriteDocument(ctx, b.a); err != nil {
							errs <- err
						}
					}
				}(w)
			}
			for r := 0; r < 3; r++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 15; i++ {
						q := `g.V("<id:org/harbour-pilots>").In("<dossier:participant>").Out("<schema:startDate>").All()`
						if i%3 == 0 {
							q = `g.V().Has("<rdf:type>", "<schema:Event>").Limit(3).All()` // stops early
						}
						if _, err := Gizmo(ctx, s, q, Options{Limit: 5}); err != nil {
							errs <- err
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			got, err := Gizmo(ctx, s, `g.Emit(g.V("<id:org/harbour-pilots>").In("<dossier:participant>").Count())`, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != "[20]" {
				t.Errorf("events of Harbour Pilots after 20 writes: %v", got)
			}
		})
	}
}

func FuzzExpand(f *testing.F) {
	for _, s := range []string{`g.V("<rdf:type>")`, `<schema:>`, `<<id:x>>`, `<id:a b>`, "<xsd:\x00>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := Expand(q)
		if !strings.Contains(q, "<") && got != q {
			t.Fatalf("Expand changed a query without IRIs: %q -> %q", q, got)
		}
		if again := Expand(got); again != got {
			t.Fatalf("Expand is not idempotent: %q -> %q -> %q", q, got, again)
		}
	})
}

func BenchmarkGizmoEventsOfEntity(b *testing.B) {
	s := fixtureStore(b)
	ctx := context.Background()
	q := recipes[1].query
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Gizmo(ctx, s, q, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
