package evaluate

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/events"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func spanOf(start, n int) dossier.Span { return dossier.Span{Start: start, End: start + n} }

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		s        Score
		p, r, f1 float64
	}{
		{Score{Sys: 4, SysMatched: 3, Gold: 6, GoldMatched: 3}, 0.75, 0.5, 0.6},
		{Score{Sys: 6, SysMatched: 4, Gold: 5, GoldMatched: 4}, 4.0 / 6, 0.8, 2 * (4.0 / 6) * 0.8 / (4.0/6 + 0.8)},
		{Score{}, 0, 0, 0},
		{Score{Sys: 3, Gold: 2}, 0, 0, 0},
	} {
		assert.InDelta(t, tc.p, tc.s.Precision(), 1e-9, "%+v", tc.s)
		assert.InDelta(t, tc.r, tc.s.Recall(), 1e-9, "%+v", tc.s)
		assert.InDelta(t, tc.f1, tc.s.F1(), 1e-9, "%+v", tc.s)
	}
	s := Score{Sys: 1, SysMatched: 1}
	s.Add(Score{Sys: 2, Gold: 3, GoldMatched: 1})
	assert.Equal(t, Score{Sys: 3, SysMatched: 1, Gold: 3, GoldMatched: 1}, s)
	assert.Equal(t, "P  33.3 R  33.3 F1  33.3 (sys 1/3, gold 1/3)", s.String())
}

func TestScoreBCubed(t *testing.T) {
	for _, tc := range []struct {
		name      string
		gold, sys []string
		p, r      float64
	}{
		// One system cluster over two gold ones: precision 2/3, 2/3, 1/3.
		{"merge", []string{"a", "a", "b"}, []string{"x", "x", "x"}, 5.0 / 9, 1},
		// Gold {1,2}{3,4}, system {1}{2,3}{4}: P = (1 + 1/2 + 1/2 + 1)/4, R = 1/2 each.
		{"split and cross", []string{"a", "a", "b", "b"}, []string{"x", "y", "y", "z"}, 0.75, 0.5},
		{"perfect", []string{"a", "b", "a"}, []string{"q", "r", "q"}, 1, 1},
		{"all singletons", []string{"a", "a", "a", "a"}, []string{"1", "2", "3", "4"}, 1, 0.25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ScoreBCubed(tc.gold, tc.sys)
			require.NoError(t, err)
			assert.InDelta(t, tc.p, b.Precision, 1e-9)
			assert.InDelta(t, tc.r, b.Recall, 1e-9)
			assert.InDelta(t, 2*tc.p*tc.r/(tc.p+tc.r), b.F1, 1e-9)
			assert.Equal(t, len(tc.gold), b.Mentions)
		})
	}
	b, err := ScoreBCubed(nil, nil)
	require.NoError(t, err)
	assert.Equal(t, BCubed{}, b)
	_, err = ScoreBCubed([]string{"a"}, nil)
	assert.ErrorContains(t, err, "1 gold labels but 0 system labels")
}

// fakeAnalyzer returns a hand-made analysis of the fixture: its sentences
// are the gold ones, and its mentions and events are placed by their text.
type fakeAnalyzer struct {
	gold *Document
	// mentions: text, occurrence (0 = first), type, kind, entity ID.
	mentions []fakeMention
	events   []fakeEvent
}

type fakeMention struct {
	text   string
	nth    int
	typ    dossier.EntityType
	kind   string
	entity string
}

type fakeEvent struct {
	trigger      string
	nth          int
	typ          string
	participants []string
}

func nthIndex(t, s string, n int) int {
	off := 0
	for {
		i := strings.Index(t[off:], s)
		if i < 0 {
			return -1
		}
		if n == 0 {
			return off + i
		}
		n--
		off += i + len(s)
	}
}

func (f *fakeAnalyzer) Run(_ context.Context, doc *dossier.Document) (*dossier.Analysis, error) {
	text, spans := f.gold.Text()
	if doc.Text != text {
		return nil, errors.New("the evaluator did not pass the rebuilt text")
	}
	a := &dossier.Analysis{Doc: doc}
	for i, tok := range f.gold.Tokens {
		if len(a.Sentences) <= tok.Sentence {
			a.Sentences = append(a.Sentences, dossier.Sentence{Span: spans[i], First: i})
		}
		s := &a.Sentences[tok.Sentence]
		s.End, s.Last = spans[i].End, i+1
	}
	for _, m := range f.mentions {
		i := nthIndex(text, m.text, m.nth)
		if i < 0 {
			return nil, errors.New("fake mention not in text: " + m.text)
		}
		sp := spanOf(i, len(m.text))
		a.Mentions = append(a.Mentions, dossier.Mention{Span: sp, Text: m.text, Type: m.typ, Kind: m.kind, Entity: m.entity, Sentence: a.SentenceAt(i)})
	}
	for _, e := range f.events {
		i := nthIndex(text, e.trigger, e.nth)
		if i < 0 {
			return nil, errors.New("fake trigger not in text: " + e.trigger)
		}
		ev := dossier.Event{Type: e.typ, Trigger: spanOf(i, len(e.trigger)), TriggerText: e.trigger}
		for _, p := range e.participants {
			ev.Participants = append(ev.Participants, dossier.Participant{Entity: p, Role: dossier.Agent})
		}
		a.Events = append(a.Events, ev)
	}
	return a, nil
}

// TestEvaluate checks every figure on the fixture against counts worked
// out by hand (see the comments).
func TestEvaluate(t *testing.T) {
	d := readFixture(t)
	an := &fakeAnalyzer{gold: d,
		mentions: []fakeMention{
			{"Northwind", 0, dossier.Org, "name", "org/northwind"},            // strict TP
			{"Contoso", 0, dossier.Person, "name", "person/contoso"},          // wrong type: FP, gold FN
			{"Northwind Traders", 0, dossier.Org, "name", "org/northwind"},    // TP
			{"Contoso", 1, dossier.Org, "alias", "org/contoso"},               // TP
			{"Ana", 0, dossier.Person, "name", "person/ana"},                  // short extent: FP, gold FN
			{"Lisbon", 0, dossier.Place, "name", "place/lisbon"},              // only a PRE.NAM: ignored
			{"Tuesday", 0, dossier.Org, "name", "org/tuesday"},                // spurious
			{"it", 0, dossier.Org, "pronoun", "org/northwind"},                // not a name
			{"software maker", 0, dossier.Misc, "name", "misc/software"},      // MISC: dropped
			{"Chief executive", 0, dossier.Person, "nominal", "person/ana-r"}, // nominal: not a name
		},
		events: []fakeEvent{
			{"buys", 0, "acquisition", []string{"org/northwind", "person/contoso"}},
			{"acquired", 0, "acquisition", []string{"org/northwind", "org/contoso"}},
			{"acquired", 0, "merger", nil}, // same trigger twice counts once
			{"software", 0, "founding", nil},
		},
	}
	r, err := Evaluate(context.Background(), an, "fixture", []*Document{d}, Options{Cases: true})
	require.NoError(t, err)
	assert.Equal(t, 1, r.Docs)
	assert.Equal(t, 33, r.Tokens)

	// Gold names: Northwind, Contoso, Northwind Traders, Contoso, Ana Ruiz.
	// System names: all but Lisbon (ignored), it, software maker, Chief executive.
	assert.Equal(t, Score{Sys: 6, SysMatched: 3, Gold: 5, GoldMatched: 3}, r.Entities)
	assert.Equal(t, Score{Sys: 4, SysMatched: 3, Gold: 4, GoldMatched: 3}, r.EntityTypes["ORG"])
	assert.Equal(t, Score{Sys: 2, SysMatched: 0, Gold: 1, GoldMatched: 0}, r.EntityTypes["PER"])
	assert.Equal(t, Score{}, r.EntityTypes["LOC"])
	assert.Equal(t, 1, r.EntitiesIgnored)
	// Relaxed: Ana overlaps Ana Ruiz; Contoso/PER still has the wrong type.
	assert.Equal(t, Score{Sys: 6, SysMatched: 4, Gold: 5, GoldMatched: 4}, r.EntitiesRelaxed)

	// Gold events: buys, said, acquired, lead (the said+acquired group is
	// left out); system triggers: buys, acquired, software.
	assert.Equal(t, Score{Sys: 3, SysMatched: 2, Gold: 4, GoldMatched: 2}, r.Events)
	// Targeted: say and acquire (buy is not a target lemma).
	assert.Equal(t, Score{Gold: 2, GoldMatched: 1}, r.TargetedEvents)

	// System pairs: buys→Northwind ✓, buys→Contoso ✓, acquired→Northwind
	// Traders ✗, acquired→it ✓, acquired→Contoso ✓ (inside "the software
	// maker Contoso"). Gold links: 6, of which the two of "lead" are missed.
	assert.Equal(t, Score{Sys: 5, SysMatched: 4, Gold: 6, GoldMatched: 4}, r.Participants)
	// Nearest: acquired→it is nearer than acquired→Northwind Traders.
	assert.Equal(t, Score{Sys: 4, SysMatched: 4, Gold: 6, GoldMatched: 4}, r.ParticipantsNearest)

	// Clusters: gold ORG1 ORG2 ORG1 ORG2 PER1 against system northwind,
	// contoso/PER, northwind, contoso, ana: P 1, R (1+1/2+1+1/2+1)/5.
	assert.Equal(t, 5, r.Clusters.Mentions)
	assert.Equal(t, 0, r.ClusterUnmatched)
	assert.InDelta(t, 1, r.Clusters.Precision, 1e-9)
	assert.InDelta(t, 0.8, r.Clusters.Recall, 1e-9)

	kinds := map[string]int{}
	for _, c := range r.Cases {
		kinds[c.Layer+" "+c.Kind]++
	}
	assert.Equal(t, map[string]int{
		"entity type": 1, "entity extent": 1, "entity spurious": 1,
		"event spurious": 1, "event missed-targeted": 1, "event missed": 1,
		"participant spurious": 1, "participant missed": 2,
		"cluster split": 1,
	}, kinds)

	var buf bytes.Buffer
	require.NoError(t, WriteTable(&buf, []*Result{r}))
	assert.Equal(t, []string{"fixture", "1", "names", "strict", "50.0", "60.0", "54.5", "3/6", "3/5"}, tableRow(buf.String(), "names strict"))
	assert.Equal(t, []string{"clusters", "B3", "100.0", "80.0", "88.9", "5/5"}, tableRow(buf.String(), "clusters B3"))
	assert.Equal(t, []string{"targeted", "R", "50.0", "1/2"}, tableRow(buf.String(), "targeted R"))
	buf.Reset()
	require.NoError(t, WriteCases(&buf, r.Cases))
	assert.Equal(t, len(r.Cases), strings.Count(buf.String(), "\n"))
	assert.Contains(t, buf.String(), "fixture\t900001\tentity\ttype\tContoso/ORG\tContoso/PER\t")
}

// tableRow returns the fields of the first line of a table that holds label.
func tableRow(table, label string) []string {
	for _, l := range strings.Split(table, "\n") {
		if strings.Contains(l, label) {
			return strings.Fields(l)
		}
	}
	return nil
}

// TestEvaluateScope checks that only the leading sentences are scored.
func TestEvaluateScope(t *testing.T) {
	d := readFixture(t)
	an := &fakeAnalyzer{gold: d,
		mentions: []fakeMention{{"Ana Ruiz", 0, dossier.Person, "name", "person/ana-ruiz"}, {"Tuesday", 0, dossier.Org, "name", "org/tuesday"}},
		events:   []fakeEvent{{"lead", 0, "appointment", []string{"person/ana-ruiz"}}},
	}
	// Three sentences: sentence 3 (Ana Ruiz, lead) is out of scope.
	r, err := Evaluate(context.Background(), an, "fixture", []*Document{d}, Options{Sentences: 3})
	require.NoError(t, err)
	assert.Equal(t, Score{Sys: 1, Gold: 4}, r.Entities)
	assert.Equal(t, Score{Gold: 3}, r.Events)
	assert.Equal(t, Score{Gold: 4}, r.Participants)
	assert.Equal(t, Score{Gold: 4}, r.ParticipantsNearest)
	// Clustering still judges the gold name of sentence 3.
	assert.Equal(t, 1, r.Clusters.Mentions)
	assert.Equal(t, 4, r.ClusterUnmatched)

	r, err = Evaluate(context.Background(), an, "fixture", []*Document{d}, Options{})
	require.NoError(t, err)
	assert.Equal(t, Score{Sys: 2, SysMatched: 1, Gold: 5, GoldMatched: 1}, r.Entities)
	assert.Equal(t, Score{Sys: 1, SysMatched: 1, Gold: 4, GoldMatched: 1}, r.Events)
	assert.Equal(t, Score{Sys: 1, SysMatched: 1, Gold: 6, GoldMatched: 1}, r.Participants)
	assert.Equal(t, Score{Sys: 1, SysMatched: 1, Gold: 6, GoldMatched: 1}, r.ParticipantsNearest)
}

func TestMerge(t *testing.T) {
	a := &Result{Name: "a", Docs: 1, Entities: Score{Sys: 2, SysMatched: 1, Gold: 3, GoldMatched: 1},
		EntityTypes: map[string]Score{"ORG": {Sys: 2}}, clusterGold: []string{"g1", "g1"}, clusterSys: []string{"s1", "s2"}, clusterText: []string{"x", "x"}}
	b := &Result{Name: "b", Docs: 2, Entities: Score{Sys: 1, SysMatched: 1, Gold: 1, GoldMatched: 1},
		EntityTypes: map[string]Score{"ORG": {Gold: 1}}, clusterGold: []string{"g1"}, clusterSys: []string{"s1"}, clusterText: []string{"x"}}
	m, err := Merge("all", a, b)
	require.NoError(t, err)
	assert.Equal(t, 3, m.Docs)
	assert.Equal(t, Score{Sys: 3, SysMatched: 2, Gold: 4, GoldMatched: 2}, m.Entities)
	assert.Equal(t, Score{Sys: 2, Gold: 1}, m.EntityTypes["ORG"])
	// Pooled: gold g1 = {1,2,3}, system {1,3}{2}: P 1, R (2/3+1/3+2/3)/3.
	assert.InDelta(t, 1, m.Clusters.Precision, 1e-9)
	assert.InDelta(t, 5.0/9, m.Clusters.Recall, 1e-9)
}

func TestEvaluateError(t *testing.T) {
	d := readFixture(t)
	_, err := Evaluate(context.Background(), failing{}, "fixture", []*Document{d}, Options{Workers: 2})
	require.Error(t, err)
	assert.ErrorContains(t, err, fixture)
	assert.ErrorIs(t, err, errBroken)
}

var errBroken = errors.New("broken")

type failing struct{}

func (failing) Run(context.Context, *dossier.Document) (*dossier.Analysis, error) {
	return nil, errBroken
}

// TestTargetTypes keeps the target lemmas in step with the taxonomy.
func TestTargetTypes(t *testing.T) {
	require.NotEmpty(t, targetPredicates)
	for lemma, typ := range targetPredicates {
		_, ok := events.TypeByName(typ)
		assert.True(t, ok, "lemma %q maps to %q, which is not in the events taxonomy", lemma, typ)
	}
	typ, ok := TargetType("Say")
	assert.True(t, ok)
	assert.Equal(t, "statement", typ)
	_, ok = TargetType("release")
	assert.False(t, ok)
}

func TestInflectedTarget(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"said", "say"}, {"announced", "announce"}, {"signed", "sign"}, {"agreed", "agree"},
		{"banned", "ban"}, {"acquires", "acquire"}, {"resigning", "resign"}, {"dies", "die"},
		{"sales", "sales"}, {"released", "released"}, {"s", "s"},
	} {
		assert.Equal(t, tc.want, inflectedTarget(tc.in), tc.in)
	}
	d := &Document{
		Tokens: []Token{{Text: "Announced"}, {Text: "sold"}},
		Events: []EventInstance{{ID: "e1", ExternalRef: "sell.01"}},
	}
	s := &scorer{d: d}
	assert.Equal(t, "buy", s.predicate(EventMention{Pred: "buy", Tokens: []int{1}}))
	assert.Equal(t, "sell", s.predicate(EventMention{Event: "e1", Tokens: []int{1}}))
	assert.Equal(t, "announce", s.predicate(EventMention{Tokens: []int{0}}))
}

// TestWriteCasesFile checks that the cases land in the named file as
// WriteCases writes them, and that an unwritable path is an error naming
// the problem.
func TestWriteCasesFile(t *testing.T) {
	cases := []Case{{Corpus: "gum", Doc: "d1", Layer: "pronoun", Kind: "wrong", Gold: "a", System: "b", Context: "x\ty"}}
	path := filepath.Join(t.TempDir(), "cases.tsv")
	require.NoError(t, WriteCasesFile(path, cases))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, WriteCases(&want, cases))
	assert.Equal(t, want.String(), string(got))
	err = WriteCasesFile(filepath.Join(t.TempDir(), "missing", "cases.tsv"), cases)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "writing cases")
}
