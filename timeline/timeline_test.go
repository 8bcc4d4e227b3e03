package timeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

// fixture is a small graph: a group founded, listed and delisted, moved to
// a host country that later breaks ties with a neighbour, plus an unrelated
// event and a demanded one.
func fixture() *dossier.Graph {
	ev := func(doc, id, typ, date string, start int, ps ...dossier.Participant) dossier.Event {
		return dossier.Event{ID: id, Type: typ, Date: date, Trigger: dossier.Span{Start: start, End: start + 3}, Participants: ps,
			Evidence: dossier.Evidence{Document: doc, Text: id + " sentence", Confidence: 0.8}}
	}
	p := func(id string, r dossier.Role) dossier.Participant { return dossier.Participant{Entity: id, Role: r} }
	demanded := ev("d1", "e7", "designation", "", 90, p("org/guard", dossier.Patient))
	demanded.Modality = "demanded"
	return &dossier.Graph{
		Entities: []dossier.Entity{
			{ID: "org/front", Type: dossier.Org, Name: "Liberation Front", Aliases: []string{"LF"}},
			{ID: "org/state-dept", Type: dossier.Org, Name: "State Department"},
			{ID: "place/host", Type: dossier.Place, Name: "Hostland"},
			{ID: "place/rival", Type: dossier.Place, Name: "Rivalia"},
			{ID: "org/guard", Type: dossier.Org, Name: "Rival Guard"},
		},
		Events: []dossier.Event{
			ev("d1", "e1", "delisting", "2012", 40, p("org/state-dept", dossier.Agent), p("org/front", dossier.Patient)),
			ev("d1", "e2", "founding", "1965", 10, p("org/front", dossier.Patient)),
			ev("d1", "e3", "designation", "1997-10", 30, p("org/state-dept", dossier.Agent), p("org/front", dossier.Patient)),
			ev("d1", "e4", "relocation", "2013", 50, p("org/front", dossier.Patient), p("place/host", dossier.Agent)),
			ev("d1", "e5", "diplomatic_break", "2022-09", 60, p("place/host", dossier.Agent), p("place/rival", dossier.Recipient)),
			ev("d1", "e6", "statement", "", 70, p("org/front", dossier.Speaker)),
			demanded,
			ev("d2", "e8", "election", "2020", 5, p("place/rival", dossier.Agent)),
			ev("d1", "e9", "founding", "197X", 80, p("org/front", dossier.Agent)),
		},
	}
}

func ids(t *Timeline) []string {
	var out []string
	for _, r := range t.Rows {
		out = append(out, r.Event.ID)
	}
	return out
}

func TestBuild(t *testing.T) {
	g := fixture()
	mustDate := func(s string) *dossier.Date {
		d, err := dossier.ParseDate(s)
		require.NoError(t, err)
		return &d
	}
	for _, tc := range []struct {
		name string
		opts Options
		want []string
	}{
		{"all facts in time order, undated last", Options{}, []string{"e2", "e9", "e3", "e1", "e4", "e8", "e5", "e6"}},
		{"subject with context events of the host country", Options{Subject: "org/front"}, []string{"e2", "e9", "e3", "e1", "e4", "e5", "e6"}},
		{"subject, direct only", Options{Subject: "org/front", Direct: true}, []string{"e2", "e9", "e3", "e1", "e4", "e6"}},
		{"date range drops undated and out-of-range", Options{Subject: "org/front", From: mustDate("1990"), To: mustDate("2012")}, []string{"e3", "e1"}},
		{"a month bound includes the whole month", Options{From: mustDate("1997-10"), To: mustDate("1997-10")}, []string{"e3"}},
		{"event types", Options{Types: []string{"designation", "delisting"}}, []string{"e3", "e1"}},
		{"all moods", Options{Subject: "org/guard", All: true}, []string{"e7"}},
		{"non-facts hidden by default", Options{Subject: "org/guard"}, nil},
		{"same entity under another id", Options{Subject: "org/other-id", Same: []string{"org/front"}, Direct: true}, []string{"e2", "e9", "e3", "e1", "e4", "e6"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(Build(g, tc.opts)))
		})
	}
}

func TestBuildMarksContextAndResolves(t *testing.T) {
	tl := Build(fixture(), Options{Subject: "org/front"})
	require.NotNil(t, tl.Subject)
	assert.Equal(t, "Liberation Front", tl.Subject.Name)
	for _, r := range tl.Rows {
		assert.Equal(t, r.Event.ID == "e5", r.Context, "only the host country's break is context: %s", r.Event.ID)
		for _, p := range r.Participants {
			assert.NotEmpty(t, p.Entity.Name)
		}
	}
}

func TestRender(t *testing.T) {
	tl := Build(fixture(), Options{Subject: "org/front"})
	var b bytes.Buffer
	require.NoError(t, tl.WriteText(&b))
	out := b.String()
	assert.Contains(t, out, "Timeline of Liberation Front (ORG), also LF")
	lines := strings.Split(out, "\n")
	var dates []string
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 1 && (f[0] == "undated" || f[0][0] >= '0' && f[0][0] <= '9') {
			dates = append(dates, f[0])
		}
	}
	assert.Equal(t, []string{"1965", "197X", "1997-10", "2012", "2013", "2022-09", "undated"}, dates, "dates at their true precision, in order")
	assert.Contains(t, out, "diplomatic_break (context)")
	assert.Contains(t, out, "agent: State Department; patient: Liberation Front")
	assert.Contains(t, out, `"e3 sentence" (d1)`)

	b.Reset()
	require.NoError(t, tl.WriteJSON(&b))
	var back struct {
		Subject struct{ Name string }
		Rows    []struct {
			Event   struct{ ID string }
			Dated   bool
			Context bool
		}
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &back))
	assert.Equal(t, "Liberation Front", back.Subject.Name)
	require.Len(t, back.Rows, 7)
	assert.False(t, back.Rows[6].Dated)

	b.Reset()
	require.NoError(t, Build(&dossier.Graph{}, Options{}).WriteText(&b))
	assert.Equal(t, "no events\n", b.String())
}

// TestFold checks that reports of one event fold into one row: the same
// fact from two documents, and an undated mention beside the dated report
// in one document; an undated report in another document, a different
// date or a different participant stay apart.
func TestFold(t *testing.T) {
	p := func(id string, r dossier.Role) dossier.Participant { return dossier.Participant{Entity: id, Role: r} }
	ev := func(doc, id, date string, ps ...dossier.Participant) dossier.Event {
		return dossier.Event{ID: id, Type: "designation", Date: date, Participants: ps,
			Evidence: dossier.Evidence{Document: doc, Text: id}}
	}
	agent, patient := p("org/state", dossier.Agent), p("org/front", dossier.Patient)
	g := &dossier.Graph{
		Entities: []dossier.Entity{{ID: "org/state", Name: "State"}, {ID: "org/front", Name: "Front"}},
		Events: []dossier.Event{
			ev("d1", "a", "1997", agent, patient),
			ev("d2", "b", "1997", patient, agent), // same fact, other document
			ev("d1", "c", "", agent, patient),     // undated, beside the dated report
			ev("d3", "d", "", agent, patient),     // undated, alone in its document
			ev("d2", "e", "2001", agent, patient), // another date
			ev("d1", "f", "1997", patient),        // other participants
			ev("d1", "g", "", agent),              // undated, part of a's participants only
			ev("d1", "h", "", patient),            // undated, the same as f
		},
	}
	tl := Build(g, Options{})
	assert.Equal(t, []string{"a", "f", "e", "d"}, ids(tl))
	var also []string
	for _, ev := range tl.Rows[0].Also {
		also = append(also, ev.Text)
	}
	assert.Equal(t, []string{"b", "c", "g"}, also)
	require.Len(t, tl.Rows[1].Also, 1)
	assert.Equal(t, "h", tl.Rows[1].Also[0].Text)

	var buf bytes.Buffer
	require.NoError(t, tl.WriteText(&buf))
	assert.Contains(t, buf.String(), "also reported 3 more time(s), in 2 document(s) in all")

	assert.Len(t, Build(g, Options{Separate: true}).Rows, 8)

	// An undated report whose participants fit two dated reports stays
	// (g now fits a and j).
	g.Events = append(g.Events, ev("d1", "j", "1999", agent, p("org/other", dossier.Recipient)))
	assert.Equal(t, []string{"a", "f", "j", "e", "g", "d"}, ids(Build(g, Options{})))

	// An undated headline beside two dated reports of the same event in
	// its document is the latest one's: the news, not the background.
	g.Events = []dossier.Event{ev("d4", "old", "2022-04", agent, patient), ev("d4", "new", "2026-11-05", agent, patient), ev("d4", "head", "", agent, patient)}
	tl = Build(g, Options{})
	assert.Equal(t, []string{"old", "new"}, ids(tl))
	require.Len(t, tl.Rows[1].Also, 1)
	assert.Equal(t, "head", tl.Rows[1].Also[0].Text)

	// Statements are never folded: two things said the same day by one
	// speaker are two rows.
	st := func(id string) dossier.Event {
		e := ev("d1", id, "2025-05-05", p("org/state", dossier.Speaker))
		e.Type = "statement"
		return e
	}
	g.Events = []dossier.Event{st("s1"), st("s2")}
	assert.Equal(t, []string{"s1", "s2"}, ids(Build(g, Options{})))
}

func TestDisplayDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"197", "1970s"}, {"19", "1900s"}, {"1965", "1965"}, {"2022-09", "2022-09"}, {"2013-W11", "2013-W11"}, {"19XX", "19XX"},
	} {
		if got := displayDate(tc.in); got != tc.want {
			t.Errorf("displayDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
