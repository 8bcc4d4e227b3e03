package mentions

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/text"
)

func TestOf(t *testing.T) {
	doc := "Nordbank moved to Oslo. The Oslo City Council agreed."
	toks, sents := text.Segment(doc)
	a := &dossier.Analysis{Doc: &dossier.Document{Text: doc}, Tokens: toks, Sentences: sents}
	span := func(s string, from int) dossier.Span {
		i := from + strings.Index(doc[from:], s)
		return dossier.Span{Start: i, End: i + len(s)}
	}
	a.Mentions = []dossier.Mention{
		{Span: span("Nordbank", 0), Entity: "org/nordbank", Type: dossier.Org, Kind: "name"},
		{Span: span("Oslo", 0), Entity: "place/oslo", Type: dossier.Place, Kind: "name"},
		{Span: span("Oslo City Council", 24), Entity: "org/oslo-city-council", Type: dossier.Org, Kind: "name"},
		{Span: span("Oslo", 24), Entity: "place/oslo", Type: dossier.Place, Kind: "name"}, // inside the longer name
		{Span: span("Council", 24), Type: dossier.Org},                                    // unresolved: ignored
	}
	require.Len(t, sents, 2)

	s0 := Of(a, 0)
	assert.Equal(t, []string{"nordbank", "moved", "to", "oslo", "."}, s0.Lower)
	require.Len(t, s0.Mentions, 2)
	assert.Equal(t, "org/nordbank", s0.At(0).Entity)
	assert.Nil(t, s0.At(1))
	assert.Equal(t, "place/oslo", s0.EndingAt(3).Entity)
	assert.Equal(t, -1, s0.Covering(2))
	assert.Equal(t, -1, s0.Covering(99))

	s1 := Of(a, 1)
	assert.Equal(t, 1, s1.Index)
	assert.Equal(t, sents[1].First, s1.Offset)
	require.Len(t, s1.Mentions, 1, "the longer name wins over one inside it; unresolved mentions are left out")
	m := s1.At(1)
	require.NotNil(t, m)
	assert.Equal(t, Mention{First: 1, Last: 4, Entity: "org/oslo-city-council", Type: dossier.Org, Kind: "name"}, *m)
	assert.Equal(t, m, s1.EndingAt(3))
	assert.Equal(t, 0, s1.Covering(2))
	f, l := s1.TokenRange(span("City", 24))
	assert.Equal(t, [2]int{2, 3}, [2]int{f, l})
	f, l = s1.TokenRange(dossier.Span{Start: 0, End: 1})
	assert.Equal(t, [2]int{0, 0}, [2]int{f, l}, "a span outside the sentence")
}
