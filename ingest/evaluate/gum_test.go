package evaluate

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

func readSmallGUM(t *testing.T) []*GUMDocument {
	t.Helper()
	f, err := os.Open("testdata/gum_small.conllu")
	require.NoError(t, err)
	defer f.Close()
	docs, err := ReadGUM(f, "gum_small.conllu")
	require.NoError(t, err)
	return docs
}

func TestReadGUM(t *testing.T) {
	docs := readSmallGUM(t)
	require.Len(t, docs, 2)
	d := docs[0]
	assert.Equal(t, "GUM_news_ferry", d.ID)
	assert.Equal(t, "news", d.Genre)
	assert.Equal(t, "bio", docs[1].Genre)
	require.Len(t, d.Tokens, 3+7+8)
	text, spans := d.Text()
	assert.Equal(t, "Ferry firm sold\n\nNordline said it won't close. Its boss Ann Lee said they agreed.", text)
	for i, tok := range d.Tokens {
		if tok.Surface != "" {
			assert.Equal(t, tok.Surface, text[spans[i].Start:spans[i].End], "word %d", i)
		}
	}
	// "wo" and "n't" both have the span of "won't".
	assert.Equal(t, "won't", text[spans[6].Start:spans[6].End])
	assert.Equal(t, spans[6], spans[7])
	want := []GUMMention{
		{Entity: "1", Type: "organization", First: 0, Last: 1},
		{Entity: "1", Type: "organization", First: 3, Last: 3},
		{Entity: "1", Type: "organization", First: 5, Last: 5},
		{Entity: "1", Type: "organization", First: 10, Last: 10},
		{Entity: "2", Type: "person", First: 10, Last: 13},
		{Entity: "3", Type: "person", First: 15, Last: 15},
	}
	assert.ElementsMatch(t, want, d.Mentions)
	assert.Len(t, WithGenres(docs, []string{"news"}), 1)
	assert.Len(t, WithGenres(docs, nil), 2)
}

func TestReadGUMErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no newdoc":     "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"columns":       "# newdoc id = GUM_news_a\n1\tA\ta\n",
		"bad id":        "# newdoc id = GUM_news_a\nx\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"closed early":  "# newdoc id = GUM_news_a\n1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=4)\n",
		"bad range":     "# newdoc id = GUM_news_a\n3-1\tAb\t_\t_\t_\t_\t_\t_\t_\t_\n",
		"empty opening": "# newdoc id = GUM_news_a\n1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=()\n",
	} {
		_, err := ReadGUM(strings.NewReader(in), "in.conllu")
		assert.Error(t, err, name)
		if err != nil {
			assert.Contains(t, err.Error(), "in.conllu", name)
		}
	}
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
