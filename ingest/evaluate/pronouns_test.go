package evaluate

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/gum"
)

func readSmallGUM(t *testing.T) []*gum.Document {
	t.Helper()
	docs, err := gum.ReadFile("../gum/testdata/gum_small.conllu")
	require.NoError(t, err)
	return docs
}

// fixedAnalyzer returns a prepared analysis, whatever the document.
type fixedAnalyzer struct{ a *dossier.Analysis }

func (f fixedAnalyzer) Run(_ context.Context, doc *dossier.Document) (*dossier.Analysis, error) {
	a := *f.a
	a.Doc = doc
	return &a, nil
}

func TestEvaluatePronouns(t *testing.T) {
	docs := readSmallGUM(t)[:1]
	text, _ := docs[0].Text()
	at := func(s string, nth int) dossier.Span {
		off := -1
		for range nth + 1 {
			off += 1 + strings.Index(text[off+1:], s)
		}
		return dossier.Span{Start: off, End: off + len(s)}
	}
	m := func(s string, nth int, kind string) dossier.Mention {
		return dossier.Mention{Span: at(s, nth), Text: s, Kind: kind}
	}
	a := &dossier.Analysis{Entities: []dossier.Entity{
		// "it" right, "Its" right, "they" wrong (no named antecedent).
		{ID: "org/nordline", Name: "Nordline", Mentions: []dossier.Mention{m("Nordline", 0, "name"), m("it", 0, "pronoun"), m("Its", 0, "pronoun"), m("they", 0, "pronoun")}},
		{ID: "person/ann-lee", Name: "Ann Lee", Mentions: []dossier.Mention{m("Ann Lee", 0, "name")}},
	}}
	r, err := EvaluatePronouns(context.Background(), fixedAnalyzer{a}, docs, 1, true)
	require.NoError(t, err)
	// Gold pronouns: it, Its, they. Resolvable: it and Its (Nordline named
	// before). Linked: 3, correct: 2.
	assert.Equal(t, PronounCount{Gold: 3, Resolvable: 2, Linked: 3, Correct: 2}, r.Total())
	assert.Equal(t, PronounCount{Gold: 1, Resolvable: 0, Linked: 1, Correct: 0}, *r.Forms["they"])
	require.Len(t, r.Cases, 1)
	assert.Equal(t, "spurious", r.Cases[0].Kind)
	assert.Contains(t, r.Cases[0].Context, "[they]")
	var b strings.Builder
	require.NoError(t, WritePronouns(&b, r))
	assert.Contains(t, b.String(), "all")
	assert.InDelta(t, 2.0/3, r.Total().Precision(), 1e-9)
	assert.InDelta(t, 1.0, r.Total().Recall(), 1e-9)
}
