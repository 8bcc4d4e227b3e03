package parse

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/pos"
	"github.com/dossier-kg/dossier/ingest/text"
)

func defaultTagger(tb testing.TB) *pos.Tagger {
	tb.Helper()
	t, err := pos.Default()
	if err != nil {
		tb.Fatalf("pos.Default: %v", err)
	}
	return t
}

// tagStage fills UPOS and XPOS with the POS tagger, sentence by sentence.
func tagStage(tb testing.TB, a *dossier.Analysis) {
	tb.Helper()
	tg := defaultTagger(tb)
	for si := range a.Sentences {
		toks := a.SentenceTokens(si)
		words := make([]string, len(toks))
		for i := range toks {
			words[i] = toks[i].Text
		}
		upos, xpos := tg.Tag(words)
		for i := range toks {
			toks[i].UPOS, toks[i].XPOS = upos[i], xpos[i]
		}
	}
}

// TestReferenceArticle segments, tags and parses the DW article of the
// shared seeds and checks that every sentence gets a well-formed tree.
func TestReferenceArticle(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "seeds", "000_df6e2bbf6ffeb53d.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reference article missing (../shared must be next to the work tree): %v", err)
	}
	doc := &dossier.Document{ID: "dw", Source: path, Text: string(raw)}
	a := &dossier.Analysis{Doc: doc}
	a.Tokens, a.Sentences = text.Segment(doc.Text)
	if len(a.Sentences) < 10 {
		t.Fatalf("only %d sentences in the article", len(a.Sentences))
	}
	tagStage(t, a)
	if err := (Stage{}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	verbsWithSubject := 0
	for si, s := range a.Sentences {
		heads := make([]int, 0, s.Last-s.First)
		for i := s.First; i < s.Last; i++ {
			h := a.Tokens[i].Head
			if h != -1 && (h < s.First || h >= s.Last) {
				t.Fatalf("sentence %d: token %d has head %d outside it", si, i, h)
			}
			if h != -1 {
				h -= s.First
			}
			heads = append(heads, h)
		}
		if err := checkTree(heads); err != nil {
			t.Fatalf("sentence %d: %v", si, err)
		}
		view := SentenceOf(a, si)
		for i := range view.Tokens {
			if view.Tokens[i].UPOS == "VERB" && len(view.Subjects(i)) > 0 {
				verbsWithSubject++
			}
		}
	}
	if verbsWithSubject < 20 {
		t.Errorf("only %d verbs of the article have a subject", verbsWithSubject)
	}
}

// BenchmarkParse tags and parses EWT dev, as the pipeline does, and
// reports tokens per second.
func BenchmarkParse(b *testing.B) {
	p := defaultParser(b)
	tg := defaultTagger(b)
	dev := devExamples(b)
	tokens := 0
	cpu0, _ := cpuTime()
	for b.Loop() {
		for i := range dev {
			upos, xpos := tg.Tag(dev[i].Words)
			p.Parse(dev[i].Words, upos, xpos)
			tokens += len(dev[i].Words)
		}
	}
	reportSpeed(b, tokens, cpu0)
}

// BenchmarkParseOnly parses EWT dev with its gold tags.
func BenchmarkParseOnly(b *testing.B) {
	p := defaultParser(b)
	dev := devExamples(b)
	tokens := 0
	cpu0, _ := cpuTime()
	for b.Loop() {
		for i := range dev {
			p.Parse(dev[i].Words, dev[i].UPOS, dev[i].XPOS)
			tokens += len(dev[i].Words)
		}
	}
	reportSpeed(b, tokens, cpu0)
}

// reportSpeed reports tokens per wall-clock second and, where the platform
// tells, per CPU second (the fair figure on a shared machine).
func reportSpeed(b *testing.B, tokens int, cpu0 time.Duration) {
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu1, ok := cpuTime(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(tokens)/(cpu1-cpu0).Seconds(), "tokens/cpu-s")
	}
}
