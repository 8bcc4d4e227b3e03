package text

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ewtSentence is one sentence of a CoNLL-U file: its text, the spans of its
// surface tokens and of its syntactic words (multiword tokens such as
// "don't" split into "do" "n't" when the words spell the surface form), and
// whether it starts a document or paragraph.
type ewtSentence struct {
	doc            string // the document ID, on the first sentence of a document
	text           string
	surface, words [][2]int
	newDoc, newPar bool
}

// readEWT reads a UD CoNLL-U file, gzipped if its name ends in .gz.
func readEWT(tb testing.TB, path string) []ewtSentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("UD corpus missing (the shared data must be at ../shared beside the work tree): %v", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		r = zr
	}
	var (
		out   []ewtSentence
		cur   ewtSentence
		pos   int      // offset in cur.text after the last token
		mwt   [2]int   // span of the current multiword token
		mEnd  int      // last word ID of the current multiword token
		forms []string // its words so far
		fail  bool     // the tokens do not spell the text
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		switch {
		case l == "":
			if cur.text != "" && !fail {
				out = append(out, cur)
			}
			cur, pos, mEnd, fail = ewtSentence{}, 0, 0, false
		case strings.HasPrefix(l, "# text = "):
			cur.text = strings.TrimPrefix(l, "# text = ")
		case strings.HasPrefix(l, "# newdoc"):
			cur.newDoc = true
			if _, id, ok := strings.Cut(l, "id = "); ok {
				cur.doc = id
			}
		case l == "# newpar" || strings.HasPrefix(l, "# newpar "):
			cur.newPar = true
		case strings.HasPrefix(l, "#"):
		default:
			cols := strings.Split(l, "\t")
			if len(cols) != 10 {
				tb.Fatalf("%s:%d: %d columns", path, line, len(cols))
			}
			id, form := cols[0], cols[1]
			if strings.Contains(id, ".") || fail {
				continue // empty nodes, or a sentence already given up
			}
			if _, hi, ok := strings.Cut(id, "-"); ok {
				s := locate(cur.text, pos, form)
				if s < 0 {
					fail = true
					continue
				}
				mwt = [2]int{s, s + len(form)}
				cur.surface = append(cur.surface, mwt)
				pos, forms = mwt[1], forms[:0]
				mEnd, _ = strconv.Atoi(hi)
				continue
			}
			if n, _ := strconv.Atoi(id); n <= mEnd {
				// A word inside a multiword token: the words get spans of
				// their own when they spell the surface form ("do" "n't"),
				// else the whole token counts as one word ("gon" "na").
				forms = append(forms, form)
				if n < mEnd {
					continue
				}
				if strings.Join(forms, "") != cur.text[mwt[0]:mwt[1]] {
					cur.words = append(cur.words, mwt)
					continue
				}
				off := mwt[0]
				for _, w := range forms {
					cur.words = append(cur.words, [2]int{off, off + len(w)})
					off += len(w)
				}
				continue
			}
			s := locate(cur.text, pos, form)
			if s < 0 {
				fail = true
				continue
			}
			sp := [2]int{s, s + len(form)}
			cur.surface = append(cur.surface, sp)
			cur.words = append(cur.words, sp)
			pos = sp[1]
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

// locate finds form in text at pos after white space and returns its
// offset, or -1.
func locate(text string, pos int, form string) int {
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if strings.HasPrefix(text[i:], form) {
		return i
	}
	return -1
}

// prf counts matching spans.
type prf struct{ tp, fp, fn int }

func (c *prf) add(gold, got [][2]int) {
	set := make(map[[2]int]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	tp := 0
	for _, s := range got {
		if set[s] {
			tp++
		}
	}
	c.tp += tp
	c.fp += len(got) - tp
	c.fn += len(gold) - tp
}

func (c prf) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

// ewtScores tokenises every sentence text of a UD file and compares the
// tokens with the gold surface tokens and syntactic words, and segments
// each document (sentences joined by spaces, paragraphs by blank lines) and
// compares the sentence ends.
func ewtScores(sents []ewtSentence) (surface, words, bounds prf, n int) {
	for _, s := range sents {
		toks, _ := Segment(s.text)
		got := make([][2]int, len(toks))
		for i, t := range toks {
			got[i] = [2]int{t.Start, t.End}
		}
		surface.add(s.surface, got)
		words.add(s.words, got)
	}
	var doc strings.Builder
	var gold [][2]int
	flush := func() {
		if doc.Len() == 0 {
			return
		}
		_, ss := Segment(doc.String())
		got := make([][2]int, len(ss))
		for i, s := range ss {
			got[i] = [2]int{s.End, s.End}
		}
		bounds.add(gold, got)
		doc.Reset()
		gold = gold[:0]
	}
	for _, s := range sents {
		if s.newDoc {
			flush()
		}
		switch {
		case doc.Len() == 0:
		case s.newPar:
			doc.WriteString("\n\n")
		default:
			doc.WriteByte(' ')
		}
		doc.WriteString(s.text)
		e := doc.Len()
		gold = append(gold, [2]int{e, e})
	}
	flush()
	return surface, words, bounds, len(sents)
}

// TestEWTAgreement holds the tokenizer to the UD English EWT conventions on
// the dev split: syntactic words (clitics split) and sentence ends.
func TestEWTAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus accuracy floor skipped in short mode")
	}
	surface, words, bounds, n := ewtScores(readEWT(t, "../../../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu"))
	t.Logf("EWT dev, %d sentences: surface-token F1 %.4f, word F1 %.4f, sentence-end F1 %.4f (tp %d fp %d fn %d)",
		n, surface.f1(), words.f1(), bounds.f1(), bounds.tp, bounds.fp, bounds.fn)
	if n < 1900 {
		t.Fatalf("read only %d EWT dev sentences", n)
	}
	if words.f1() < 0.97 {
		t.Errorf("word F1 %.4f below the floor 0.97", words.f1())
	}
	if bounds.f1() < 0.80 {
		t.Errorf("sentence-end F1 %.4f below the floor 0.80", bounds.f1())
	}
}

// TestGUMSentences measures sentence ends on GUM's train split: on its
// Wikinews documents (news, the genre Dossier reads), and on all genres for
// robustness. Headlines and datelines are sentences of their own, and
// paragraphs are separated by blank lines.
func TestGUMSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus accuracy floor skipped in short mode")
	}
	all := readEWT(t, "../../../shared/data/gum/gum_train.conllu.gz")
	var news []ewtSentence
	in := false
	for _, s := range all {
		if s.newDoc {
			in = strings.HasPrefix(s.doc, "GUM_news_")
		}
		if in {
			news = append(news, s)
		}
	}
	_, words, bounds, n := ewtScores(news)
	t.Logf("GUM train news, %d sentences: word F1 %.4f (GUM splits hyphens), sentence-end F1 %.4f (tp %d fp %d fn %d)",
		n, words.f1(), bounds.f1(), bounds.tp, bounds.fp, bounds.fn)
	if n < 500 {
		t.Fatalf("read only %d GUM news sentences", n)
	}
	if bounds.f1() < 0.975 {
		t.Errorf("news sentence-end F1 %.4f below the floor 0.975", bounds.f1())
	}
	_, words, bounds, n = ewtScores(all)
	t.Logf("GUM train, all genres, %d sentences: word F1 %.4f, sentence-end F1 %.4f (tp %d fp %d fn %d)",
		n, words.f1(), bounds.f1(), bounds.tp, bounds.fp, bounds.fn)
	if bounds.f1() < 0.98 {
		t.Errorf("all-genre sentence-end F1 %.4f below the floor 0.98", bounds.f1())
	}
}
