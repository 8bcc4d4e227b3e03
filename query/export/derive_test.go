package export

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

func spanString(s Span) string {
	a, b := "", ""
	if s.Start != nil {
		a = s.Start.Value
	}
	if s.End != nil {
		b = s.End.Value
	}
	return a + ".." + b
}

func TestDerive(t *testing.T) {
	v := Derive(fixtureGraph())
	nodes := map[string]string{}
	for _, n := range v.Nodes {
		nodes[n.Entity.ID] = spanString(n.Span)
	}
	for id, want := range map[string]string{
		fxGroup:   "1965..", // founded
		fxUS:      "1997..", // first dated event: the designation
		fxAlbania: "2013..", // took the group in
		fxPM:      "..",     // only an undated statement
		fxIran:    "1965..", // place of the founding
		fxCouncil: "..",     // only a relation
		fxLonely:  "..",     // nothing
		fxIraq:    "1986..", // the move
		fxUN:      "2013..", // requester of the relocation
	} {
		if got := nodes[id]; got != want {
			t.Errorf("node %s spans %s, want %s", id, got, want)
		}
	}
	type key struct{ src, label, tgt string }
	edges := map[key][]string{}
	for _, e := range v.Edges {
		if _, ok := nodes[e.Source]; !ok {
			t.Errorf("edge %s starts at %s, not a node", e.ID, e.Source)
		}
		if _, ok := nodes[e.Target]; !ok {
			t.Errorf("edge %s ends at %s, not a node", e.ID, e.Target)
		}
		k := key{e.Source, e.Label, e.Target}
		edges[k] = append(edges[k], spanString(e.Span))
	}
	for k, want := range map[key]string{
		{fxUS, "designation", fxGroup}:          "1997..2012", // closed by the delisting
		{fxUS, "delisting", fxGroup}:            "2012..2012",
		{fxGroup, "based_in", fxIraq}:           "1986..2013", // ended by the move to Albania
		{fxGroup, "based_in", fxAlbania}:        "2013..",     // from the relocation on
		{fxGroup, "member_of", fxCouncil}:       "..",         // no dated event involves both
		{fxAlbania, "diplomatic_break", fxIran}: "2022-09..2022-09",
		{fxAlbania, "relocation", fxGroup}:      "2013..2013",
		{fxAlbania, "relocation", fxUN}:         "2013..2013",
		{fxGroup, "founding", fxIran}:           "1965..1965", // no agent: the patient is the source
		{fxPM, "statement", fxAlbania}:          "..",         // undated
		{fxIran, "attack", fxGroup}:             "..",         // negated: an edge, but no span
	} {
		got := edges[k]
		if len(got) != 1 || got[0] != want {
			t.Errorf("edge %s -%s-> %s spans %v, want [%s]", k.src, k.label, k.tgt, got, want)
		}
	}
	if n := len(edges[key{fxPM, "holds_position", fxAlbania}]); n != 2 {
		t.Errorf("%d holds_position edges, want 2 (one per document)", n)
	}
	seen := map[string]bool{}
	for _, e := range v.Edges {
		if seen[e.ID] {
			t.Errorf("edge ID %s repeats", e.ID)
		}
		seen[e.ID] = true
	}
}

func TestLastDay(t *testing.T) {
	for in, want := range map[string]string{
		"1997": "1997-12-31", "2022-09": "2022-09-30", "2024-02": "2024-02-29", "2013-03-22": "2013-03-22",
		"197X": "1979-12-31", "2013-Q1": "2013-03-31", "2013-H2": "2013-12-31", "19XX": "1999-12-31",
	} {
		d, err := dossier.ParseDate(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := lastDay(&d).Format("2006-01-02"); got != want {
			t.Errorf("lastDay(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestTimelineJSDates checks that dates keep their precision on the way to
// TimelineJS and that the designation becomes a span.
func TestTimelineJSDates(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineJS(context.Background(), &buf, fixtureGraph(), Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []struct {
			Start map[string]string `json:"start_date"`
			End   map[string]string `json:"end_date"`
			Text  struct{ Headline, Text string }
			Group string
		}
		Eras []struct {
			Start map[string]string `json:"start_date"`
			End   map[string]string `json:"end_date"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	byGroup := map[string]int{}
	for i, e := range doc.Events {
		byGroup[e.Group] = i
		if !strings.Contains(e.Text.Text, "<blockquote>") || !strings.Contains(e.Text.Text, "doc-") {
			t.Errorf("slide %q does not cite its sentence and document: %s", e.Text.Headline, e.Text.Text)
		}
	}
	if len(doc.Events) != 6 {
		t.Errorf("%d slides, want the 6 dated facts", len(doc.Events))
	}
	des := doc.Events[byGroup["Designation"]]
	if len(des.Start) != 1 || des.Start["year"] != "1997" || des.End["year"] != "2012" || len(des.End) != 1 {
		t.Errorf("designation runs %v to %v, want year-only 1997 to 2012", des.Start, des.End)
	}
	brk := doc.Events[byGroup["Diplomatic break"]]
	if brk.Start["year"] != "2022" || brk.Start["month"] != "9" || brk.Start["day"] != "" || brk.End != nil {
		t.Errorf("diplomatic break dated %v to %v, want September 2022", brk.Start, brk.End)
	}
	if len(doc.Eras) != 2 {
		t.Fatalf("%d eras, want based_in Iraq and based_in Albania", len(doc.Eras))
	}
	if doc.Eras[1].Start["year"] != "2013" || doc.Eras[1].End["year"] != "2026" {
		t.Errorf("based_in Albania era %v to %v, want 2013 to the article's publication in 2026", doc.Eras[1].Start, doc.Eras[1].End)
	}
}

// TestReadableEscaping checks that names full of markup stay text in the
// HTML and Markdown timelines.
func TestReadableEscaping(t *testing.T) {
	g := generatedGraph(5, 40, 120)
	var h, m bytes.Buffer
	if err := WriteHTML(context.Background(), &h, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(context.Background(), &m, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h.String(), "<b>Bold") {
		t.Error("HTML timeline let <b> from a name through as markup")
	}
	if !strings.Contains(h.String(), "&lt;b&gt;Bold") {
		t.Error("HTML timeline lost the escaped name")
	}
	if strings.Contains(m.String(), "<b>") || strings.Contains(m.String(), "*starred*") {
		t.Error("Markdown timeline left markup unescaped")
	}
}

// TestCloserAgents checks which delistings end a designation: one by the
// same state or by a person (acting for it) does, one by another
// organisation does not.
func TestCloserAgents(t *testing.T) {
	for _, c := range []struct {
		name, agent string
		agentType   dossier.EntityType
		want        string
	}{
		{"same state", fxUS, dossier.Place, "1997..2012"},
		{"a minister", "person/a-secretary", dossier.Person, "1997..2012"},
		{"another body", "org/a-union", dossier.Org, "1997..1997"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := fixtureGraph()
			g.Entities = append(g.Entities, dossier.Entity{ID: c.agent, Type: c.agentType, Name: c.name})
			for i := range g.Events {
				if g.Events[i].Type == "delisting" {
					g.Events[i].Participants[0].Entity = c.agent
				}
			}
			for _, e := range Derive(g).Edges {
				if e.Label == "designation" {
					if got := spanString(e.Span); got != c.want {
						t.Errorf("designation spans %s, want %s", got, c.want)
					}
					return
				}
			}
			t.Fatal("no designation edge")
		})
	}
}
