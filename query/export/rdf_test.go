package export

import (
	"bytes"
	"cmp"
	"context"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

func encodeNQ(t testing.TB, g *dossier.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteNQuads(context.Background(), &buf, g, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// canonical returns g as the RDF export keeps it: slices sorted by ID,
// repeated relations, aliases and participants once, publication times in
// UTC, no document texts, empty slices instead of nil.
func canonical(g *dossier.Graph) *dossier.Graph {
	c := &dossier.Graph{}
	for _, d := range g.Documents {
		d.Text = ""
		if !d.Published.IsZero() {
			d.Published = d.Published.UTC()
		}
		c.Documents = append(c.Documents, d)
	}
	for _, e := range g.Entities {
		var as []string
		for _, a := range e.Aliases {
			if !slices.Contains(as, a) {
				as = append(as, a)
			}
		}
		e.Aliases = append([]string{}, sortedStrings(as)...)
		c.Entities = append(c.Entities, e)
	}
	for _, e := range g.Events {
		ps := []dossier.Participant{}
		for _, p := range e.Participants {
			if !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
		e.Participants = sortedParticipants(ps)
		e.Evidence.Confidence = sixteenDigits(e.Evidence.Confidence)
		c.Events = append(c.Events, e)
	}
	seen := map[string]bool{}
	for _, r := range g.Relations {
		r.Evidence.Confidence = sixteenDigits(r.Evidence.Confidence)
		if id := relationID(&r); !seen[id] {
			seen[id] = true
			c.Relations = append(c.Relations, r)
		}
	}
	slices.SortStableFunc(c.Documents, func(a, b dossier.Document) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(c.Entities, func(a, b dossier.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(c.Events, func(a, b dossier.Event) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(c.Relations, func(a, b dossier.Relation) int { return cmp.Compare(relationID(&a), relationID(&b)) })
	return c
}

// sixteenDigits rounds f as xsd:double's canonical form does.
func sixteenDigits(f float64) float64 {
	v, _ := strconv.ParseFloat(xsdDouble(f), 64)
	return v
}

// TestNQuadsRoundTrip checks that N-Quads are lossless: reading an export
// gives back the graph, and writing it again gives the same bytes.
func TestNQuadsRoundTrip(t *testing.T) {
	for name, g := range map[string]*dossier.Graph{"fixture": fixtureGraph(), "generated": generatedGraph(3, 80, 300), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			first := encodeNQ(t, g)
			back, err := ReadNQuads(context.Background(), bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			if second := encodeNQ(t, back); !bytes.Equal(first, second) {
				t.Fatalf("second export differs:\n%s", firstDiff(string(second), string(first)))
			}
			want, got := canonical(g), canonical(back)
			for i := range want.Documents {
				if !want.Documents[i].Published.Equal(got.Documents[i].Published) {
					t.Errorf("document %s published %v, read back %v", want.Documents[i].ID, want.Documents[i].Published, got.Documents[i].Published)
				}
				got.Documents[i].Published = want.Documents[i].Published
			}
			for _, part := range []struct {
				name      string
				want, got any
			}{{"documents", want.Documents, got.Documents}, {"entities", want.Entities, got.Entities},
				{"events", want.Events, got.Events}, {"relations", want.Relations, got.Relations}} {
				if !reflect.DeepEqual(part.want, part.got) {
					t.Errorf("%s differ after the round trip:\nwant %+v\n got %+v", part.name, part.want, part.got)
				}
			}
		})
	}
}

// TestNQuadsShuffled checks that the order of the input does not matter:
// the same quads in reverse give the same export.
func TestNQuadsShuffled(t *testing.T) {
	first := encodeNQ(t, fixtureGraph())
	lines := strings.SplitAfter(strings.TrimSuffix(string(first), "\n"), "\n")
	slices.Reverse(lines)
	back, err := ReadNQuads(context.Background(), strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if second := encodeNQ(t, back); !bytes.Equal(first, second) {
		t.Fatalf("export of the reversed input differs:\n%s", firstDiff(string(second), string(first)))
	}
}

func TestReadNQuadsErrors(t *testing.T) {
	ent := "<" + IRIBase + "org/x> "
	typ := "<" + nsRDF + "type> "
	for _, c := range []struct{ name, in, want string }{
		{"blank node", "_:b0 " + typ + "<" + nsSchema + "Event> .", "line 1: subject: blank nodes"},
		{"no dot", ent + typ + "<" + nsDossier + "Entity>", `line 1: expected "."`},
		{"literal subject", `"x" ` + typ + "<" + nsSchema + "Event> .", "line 1: subject: expected an IRI"},
		{"relative IRI", "<org/x> " + typ + "<" + nsSchema + "Event> .", "relative IRI"},
		{"bad escape", ent + "<" + nsSchema + `name> "a\qb" .`, `unknown escape \q`},
		{"unterminated literal", ent + "<" + nsSchema + `name> "abc .`, "unterminated literal"},
		{"language tag", ent + "<" + nsSchema + `name> "abc"@en .`, "language-tagged"},
		{"unknown class", "\n" + ent + typ + "<http://example.org/Thing> .", "line 2: " + IRIBase + "org/x: unknown classes"},
		{"unknown property", ent + typ + "<" + nsDossier + "Entity> .\n" + ent + "<http://example.org/colour> \"red\" .", "unknown property http://example.org/colour"},
		{"foreign IRI", "<http://example.org/x> " + typ + "<" + nsSchema + "Event> .", "not a Dossier IRI"},
		{"integer typed wrong", ent + typ + "<" + nsDossier + "Entity> .\n" + ent + "<" + nsDossier + `mentionCount> "many"^^<` + nsXSD + "integer> .", "mentionCount must be an xsd:integer"},
		{"no type", ent + "<" + nsSchema + `name> "x" .`, "unknown classes []"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadNQuads(context.Background(), strings.NewReader(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestIRIEscaping(t *testing.T) {
	for _, id := range []string{"org/plain-name", "misc/a b", "x/100%", "p/Ünï#?<>\"", ""} {
		s := idIRI(id)
		if strings.ContainsAny(s[len(IRIBase):], " <>\"#?%") && !strings.Contains(s, "%") {
			t.Errorf("idIRI(%q) = %q keeps a character IRIs cannot hold", id, s)
		}
		back, ok := iriID(s)
		if !ok || back != id {
			t.Errorf("iriID(idIRI(%q)) = %q, %v", id, back, ok)
		}
	}
	if _, ok := iriID(IRIBase + "a%2"); ok {
		t.Error("a truncated escape was accepted")
	}
	if _, ok := iriID(IRIBase + "a%41"); ok {
		t.Error("an escape of a safe character was accepted (escapeID never writes it)")
	}
}

func TestXSDDouble(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{{0.85, "8.5E-1"}, {0.9, "9.0E-1"}, {1, "1.0E0"}, {0, "0.0E0"}, {123.25, "1.2325E2"}, {1e-7, "1.0E-7"}, {0.1 + 0.2, "3.0E-1"}} {
		if got := xsdDouble(c.f); got != c.want {
			t.Errorf("xsdDouble(%v) = %q, want %q (the form jsonld.js writes)", c.f, got, c.want)
		}
	}
}

// FuzzReadNQuads feeds arbitrary text to the reader: it must never panic,
// and whatever it accepts must write out and read back to the same bytes.
func FuzzReadNQuads(f *testing.F) {
	f.Add(string(encodeNQ(f, fixtureGraph())))
	f.Add("<" + IRIBase + "org/x> <" + nsRDF + "type> <" + nsDossier + "Entity> .\n")
	f.Add(`<a:b> <c:d> "\u00e9\U0001F642\n" <e:f> .`)
	f.Add("# comment\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ReadNQuads(context.Background(), strings.NewReader(in))
		if err != nil {
			return
		}
		first := encodeNQ(t, g)
		g2, err := ReadNQuads(context.Background(), bytes.NewReader(first))
		if err != nil {
			t.Fatalf("reading our own export failed: %v\n%s", err, first)
		}
		if second := encodeNQ(t, g2); !bytes.Equal(first, second) {
			t.Fatalf("export is not stable:\n%s", firstDiff(string(second), string(first)))
		}
	})
}
