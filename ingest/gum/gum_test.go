package gum

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readSmallGUM(t *testing.T) []*Document {
	t.Helper()
	docs, err := ReadFile("testdata/gum_small.conllu")
	require.NoError(t, err)
	return docs
}

func TestRead(t *testing.T) {
	docs := readSmallGUM(t)
	require.Len(t, docs, 2)
	d := docs[0]
	assert.Equal(t, "GUM_news_ferry", d.ID)
	assert.Equal(t, "news", d.Genre)
	assert.Equal(t, "bio", docs[1].Genre)
	require.Len(t, d.Tokens, 3+7+8)
	assert.Equal(t, "PROPN", d.Tokens[3].UPOS)
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
	want := []Mention{
		{Entity: "1", Type: "organization", First: 0, Last: 1, MinSpan: []int{1, 2}},
		{Entity: "1", Type: "organization", First: 3, Last: 3, MinSpan: []int{1}},
		{Entity: "1", Type: "organization", First: 5, Last: 5, MinSpan: []int{1}},
		{Entity: "1", Type: "organization", First: 10, Last: 10, MinSpan: []int{1}},
		{Entity: "2", Type: "person", First: 10, Last: 13, MinSpan: []int{1, 2, 3, 4}, Identity: "Ann_Lee"},
		{Entity: "3", Type: "person", First: 15, Last: 15, MinSpan: []int{1}},
	}
	assert.ElementsMatch(t, want, d.Mentions)
	assert.Len(t, WithGenres(docs, []string{"news"}), 1)
	assert.Len(t, WithGenres(docs, nil), 2)
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no newdoc":     "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"columns":       "# newdoc id = GUM_news_a\n1\tA\ta\n",
		"bad id":        "# newdoc id = GUM_news_a\nx\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"closed early":  "# newdoc id = GUM_news_a\n1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=4)\n",
		"bad range":     "# newdoc id = GUM_news_a\n3-1\tAb\t_\t_\t_\t_\t_\t_\t_\t_\n",
		"empty opening": "# newdoc id = GUM_news_a\n1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=()\n",
	} {
		_, err := Read(strings.NewReader(in), "in.conllu")
		assert.Error(t, err, name)
		if err != nil {
			assert.Contains(t, err.Error(), "in.conllu", name)
		}
	}
}

// FuzzRead checks that any input gives documents or an error, never a
// panic, and that every mention lies inside its document's words.
func FuzzRead(f *testing.F) {
	data, err := os.ReadFile("testdata/gum_small.conllu")
	require.NoError(f, err)
	f.Add(string(data))
	f.Add("# newdoc id = GUM_news_a\n1-2\tAb\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=(1-x-y-z-w-1,2-coref-Q(2-p)\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, m := range d.Mentions {
				if m.First < 0 || m.First > m.Last || m.Last >= len(d.Tokens) {
					t.Fatalf("mention %+v outside %d words", m, len(d.Tokens))
				}
			}
			text, spans := d.Text()
			for _, sp := range spans {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %+v outside text of %d bytes", sp, len(text))
				}
			}
		}
	})
}
