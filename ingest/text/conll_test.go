package text

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readCoNLL reads the token column of a CoNLL-2003 file, one slice per
// sentence.
func readCoNLL(tb testing.TB, path string) [][]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("CoNLL-2003 missing (the shared data must be at ../shared beside the work tree): %v", err)
	}
	defer f.Close()
	var (
		sents [][]string
		cur   []string
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
			continue
		}
		if fields[0] != "-DOCSTART-" {
			cur = append(cur, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// detokenize rebuilds plausible running text from CoNLL tokens: no space
// before closing punctuation and clitics, none after opening brackets and
// currency signs, quotes attached inwards. It returns the text and the gold
// token spans in it.
func detokenize(words []string) (string, [][2]int) {
	var b strings.Builder
	spans := make([][2]int, 0, len(words))
	open := false // inside a straight double quote
	for i, w := range words {
		space := i > 0
		if i > 0 {
			prev := words[i-1]
			switch {
			case len(w) == 1 && strings.Contains(",.;:!?)]%", w):
				space = false
			case w == "'s" || w == "n't" || w == "'re" || w == "'ve" || w == "'ll" || w == "'d" || w == "'m":
				space = false
			case prev == "(" || prev == "[" || prev == "$":
				space = false
			case w == `"`:
				space = !open
			case prev == `"` && open:
				space = false
			}
		}
		if w == `"` {
			open = !open
		}
		if space {
			b.WriteByte(' ')
		}
		spans = append(spans, [2]int{b.Len(), b.Len() + len(w)})
		b.WriteString(w)
	}
	return b.String(), spans
}

// TestCoNLLAgreement checks that the tokenizer reproduces CoNLL-2003 tokens
// (the NER training data) from detokenized dev sentences.
func TestCoNLLAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus accuracy floor skipped in short mode")
	}
	sents := readCoNLL(t, "../../../shared/data/conll2003/eng.testa")
	var c prf
	for _, words := range sents {
		text, gold := detokenize(words)
		toks, _ := Segment(text)
		got := make([][2]int, len(toks))
		for i, tk := range toks {
			got[i] = [2]int{tk.Start, tk.End}
		}
		c.add(gold, got)
	}
	t.Logf("CoNLL-2003 testa, %d sentences: token F1 %.4f (tp %d fp %d fn %d)", len(sents), c.f1(), c.tp, c.fp, c.fn)
	if c.f1() < 0.985 {
		t.Errorf("token F1 %.4f below the floor 0.985", c.f1())
	}
}
