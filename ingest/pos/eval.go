package pos

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/dossier-kg/dossier/ingest/metrics"
)

// TagSentences fills the UPOS and XPOS columns of every word line of sents
// with the tagger's tags, keeping the tokenisation and every other column as
// read. Multiword ranges and empty nodes are left alone.
func TagSentences(ctx context.Context, t *Tagger, sents []Sentence) error {
	var words []string
	var idx []int
	for si := range sents {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := &sents[si]
		words, idx = words[:0], idx[:0]
		for i := range s.Tokens {
			if s.Tokens[i].Kind() == WordLine {
				words = append(words, s.Tokens[i].Form)
				idx = append(idx, i)
			}
		}
		t.TagFunc(words, func(i int, tag Tag) {
			tok := &s.Tokens[idx[i]]
			tok.UPOS, tok.XPOS = tag.UPOS, tag.XPOS
		})
	}
	return nil
}

// TagCount is how often one tag was right, predicted and in the gold data,
// with its precision, recall and F1.
type TagCount struct {
	Tag string
	metrics.Counts
}

func ratio(a, b int) float64 { return metrics.Ratio(a, b) }

// Scores are the accuracy figures of a tagger against gold tags.
type Scores struct {
	// Words is the number of words scored; UPOSCorrect and XPOSCorrect how
	// many got the gold tag, and BothCorrect how many got both.
	Words, UPOSCorrect, XPOSCorrect, BothCorrect int
	// UPOS and XPOS are the per-tag counts, sorted by tag.
	UPOS, XPOS []TagCount
}

// UPOSAccuracy is UPOSCorrect/Words.
func (s *Scores) UPOSAccuracy() float64 { return ratio(s.UPOSCorrect, s.Words) }

// XPOSAccuracy is XPOSCorrect/Words.
func (s *Scores) XPOSAccuracy() float64 { return ratio(s.XPOSCorrect, s.Words) }

// Evaluate tags the words of gold and compares the result with its UPOS
// and XPOS columns. Every word line must carry gold tags; a missing one is
// an error naming the sentence and word.
func Evaluate(ctx context.Context, t *Tagger, gold []Sentence) (*Scores, error) {
	sc := &Scores{}
	upos, xpos := map[string]*TagCount{}, map[string]*TagCount{}
	get := func(m map[string]*TagCount, tag string) *TagCount {
		c := m[tag]
		if c == nil {
			c = &TagCount{Tag: tag}
			m[tag] = c
		}
		return c
	}
	var words []string
	var idx []int
	for si := range gold {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := &gold[si]
		words, idx = words[:0], idx[:0]
		for i := range s.Tokens {
			tok := &s.Tokens[i]
			if tok.Kind() != WordLine {
				continue
			}
			if missing(tok.UPOS) || missing(tok.XPOS) {
				return nil, fmt.Errorf("pos: gold sentence %d, word %s %q: UPOS or XPOS missing", si+1, tok.ID, tok.Form)
			}
			words = append(words, tok.Form)
			idx = append(idx, i)
		}
		t.TagFunc(words, func(i int, tag Tag) {
			g := &s.Tokens[idx[i]]
			sc.Words++
			get(upos, g.UPOS).Gold++
			get(upos, tag.UPOS).Pred++
			get(xpos, g.XPOS).Gold++
			get(xpos, tag.XPOS).Pred++
			okU, okX := g.UPOS == tag.UPOS, g.XPOS == tag.XPOS
			if okU {
				sc.UPOSCorrect++
				get(upos, g.UPOS).Correct++
			}
			if okX {
				sc.XPOSCorrect++
				get(xpos, g.XPOS).Correct++
			}
			if okU && okX {
				sc.BothCorrect++
			}
		})
	}
	sc.UPOS, sc.XPOS = sorted(upos), sorted(xpos)
	return sc, nil
}

func sorted(m map[string]*TagCount) []TagCount {
	out := make([]TagCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b TagCount) int { return cmp.Compare(a.Tag, b.Tag) })
	return out
}

// WriteReport prints the scores: overall accuracies, then a table of
// per-tag precision, recall, F1 and gold count for UPOS and for XPOS.
func (s *Scores) WriteReport(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "words %d\nUPOS accuracy %.4f\nXPOS accuracy %.4f\nUPOS+XPOS accuracy %.4f\n",
		s.Words, s.UPOSAccuracy(), s.XPOSAccuracy(), ratio(s.BothCorrect, s.Words)); err != nil {
		return err
	}
	for _, part := range []struct {
		name   string
		counts []TagCount
	}{{"UPOS", s.UPOS}, {"XPOS", s.XPOS}} {
		if _, err := fmt.Fprintf(w, "\n%-8s %9s %9s %9s %7s\n", part.name, "precision", "recall", "F1", "gold"); err != nil {
			return err
		}
		for _, c := range part.counts {
			if _, err := fmt.Fprintf(w, "%-8s %9.4f %9.4f %9.4f %7d\n", c.Tag, c.Precision(), c.Recall(), c.F1(), c.Gold); err != nil {
				return err
			}
		}
	}
	return nil
}
