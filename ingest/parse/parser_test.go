package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-kg/dossier"
)

// ewtPath returns the path of an EWT split, failing the test if the shared
// data is missing.
func ewtPath(tb testing.TB, split string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "ud_english_ewt", "en_ewt-ud-"+split+".conllu")
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("UD English EWT is missing (../shared must be next to the work tree): %v", err)
	}
	return p
}

var loadDev = sync.OnceValues(func() ([]Example, error) {
	return ReadExamplesFile(filepath.Join("..", "..", "..", "shared", "data", "ud_english_ewt", "en_ewt-ud-dev.conllu"))
})

func devExamples(tb testing.TB) []Example {
	tb.Helper()
	ewtPath(tb, "dev")
	ex, err := loadDev()
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

func defaultParser(tb testing.TB) *Parser {
	tb.Helper()
	p, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return p
}

// xposToUPOS maps the Penn tags the tests use to UPOS.
var xposToUPOS = map[string]string{
	"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB", "VBN": "VERB",
	"VBZ": "VERB", "VBP": "VERB", "VBG": "VERB", "MD": "AUX", "DT": "DET", "IN": "ADP", "CD": "NUM",
	"PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WDT": "PRON", "JJ": "ADJ", "RB": "ADV", "CC": "CCONJ",
	"TO": "PART", "RP": "ADP", ",": "PUNCT", ".": "PUNCT", "POS": "PART", "HYPH": "PUNCT",
}

// tagged splits "word/TAG word/TAG" into words, UPOS and XPOS; a tag
// AUX:VBD gives UPOS AUX and XPOS VBD.
func tagged(tb testing.TB, s string) (words, upos, xpos []string) {
	tb.Helper()
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		if i <= 0 {
			tb.Fatalf("token %q has no /TAG", f)
		}
		w, tag := f[:i], f[i+1:]
		u, x, ok := strings.Cut(tag, ":")
		if !ok {
			x, u = tag, xposToUPOS[tag]
			if u == "" {
				tb.Fatalf("no UPOS for tag %q", tag)
			}
		}
		words, upos, xpos = append(words, w), append(upos, u), append(xpos, x)
	}
	return words, upos, xpos
}

func checkParse(tb testing.TB, words []string, heads []int, rels []string) {
	tb.Helper()
	if len(heads) != len(words) || len(rels) != len(words) {
		tb.Fatalf("%d words, %d heads, %d relations", len(words), len(heads), len(rels))
	}
	if len(words) == 0 {
		return
	}
	if err := checkTree(heads); err != nil {
		tb.Fatalf("not a tree: %v (heads %v)", err, heads)
	}
	for i, r := range rels {
		if r == "" {
			tb.Fatalf("word %d has no relation", i+1)
		}
		if (heads[i] == -1) != (r == "root") {
			tb.Fatalf("word %d: head %d with relation %q", i+1, heads[i], r)
		}
	}
}

// analysisOf builds an analysis of tagged sentences (see tagged) and runs
// the parse stage over it.
func analysisOf(t *testing.T, p *Parser, sentences ...string) *dossier.Analysis {
	t.Helper()
	var text strings.Builder
	a := &dossier.Analysis{}
	for _, s := range sentences {
		words, upos, xpos := tagged(t, s)
		first, start := len(a.Tokens), text.Len()
		for i, w := range words {
			if i > 0 {
				text.WriteByte(' ')
			}
			b := text.Len()
			text.WriteString(w)
			a.Tokens = append(a.Tokens, dossier.Token{Span: dossier.Span{Start: b, End: text.Len()}, Text: w, UPOS: upos[i], XPOS: xpos[i], Head: -1})
		}
		a.Sentences = append(a.Sentences, dossier.Sentence{Span: dossier.Span{Start: start, End: text.Len()}, First: first, Last: len(a.Tokens)})
		text.WriteString("\n")
	}
	a.Doc = &dossier.Document{ID: "t", Source: "test", Text: text.String()}
	if err := (Stage{Parser: p}).Process(context.Background(), a); err != nil {
		t.Fatalf("parse stage: %v", err)
	}
	return a
}

// TestParseHelpersOnOwnSentences parses sentences written for the test with
// the embedded model and checks what the helpers read from the trees.
func TestParseHelpersOnOwnSentences(t *testing.T) {
	p := defaultParser(t)
	tests := []struct {
		sentence     string
		verb         string
		subj, obj    string // first words of the phrases, "" for none
		agent        string
		passive, neg bool
		modal        string
	}{
		{"The/DT Freedom/NNP League/NNP was/AUX:VBD designated/VBN by/IN Norway/NNP in/IN 1997/CD ./.",
			"designated", "League", "", "Norway", true, false, ""},
		{"Norway/NNP designated/VBD the/DT league/NN in/IN 1997/CD but/CC removed/VBD it/PRP in/IN 2012/CD ./.",
			"removed", "Norway", "it", "", false, false, ""},
		{"Peru/NNP ,/, which/WDT cut/VBD ties/NNS with/IN Chile/NNP in/IN 2022/CD ,/, did/AUX:VBD not/PART:RB reopen/VB its/PRP$ embassy/NN ./.",
			"cut", "Peru", "ties", "", false, false, ""},
		{"Peru/NNP ,/, which/WDT cut/VBD ties/NNS with/IN Chile/NNP in/IN 2022/CD ,/, did/AUX:VBD not/PART:RB reopen/VB its/PRP$ embassy/NN ./.",
			"reopen", "Peru", "embassy", "", false, true, ""},
		{"The/DT government/NN agreed/VBD to/TO take/VB them/PRP in/RP ./.",
			"take", "government", "them", "", false, false, ""},
		{"The/DT ministry/NN said/VBD the/DT refugees/NNS would/MD leave/VB the/DT camp/NN next/JJ year/NN ./.",
			"leave", "refugees", "camp", "", false, false, "would"},
		{"The/DT company/NN was/AUX:VBD founded/VBN in/IN 1921/CD and/CC sold/VBN in/IN 1990/CD ./.",
			"sold", "company", "", "", true, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			a := analysisOf(t, p, tt.sentence)
			s := SentenceOf(a, 0)
			v := -1
			for i := range s.Tokens {
				if s.Tokens[i].Text == tt.verb {
					v = i
				}
			}
			if v < 0 {
				t.Fatalf("no %q in %q", tt.verb, tt.sentence)
			}
			first := func(ix []int) string {
				if len(ix) == 0 {
					return ""
				}
				return s.Tokens[ix[0]].Text
			}
			tree := treeString(s)
			if got := first(s.Subjects(v)); got != tt.subj {
				t.Errorf("subject of %s = %q, want %q\n%s", tt.verb, got, tt.subj, tree)
			}
			if got := first(s.Objects(v)); got != tt.obj {
				t.Errorf("object of %s = %q, want %q\n%s", tt.verb, got, tt.obj, tree)
			}
			if got := first(s.Agents(v)); got != tt.agent {
				t.Errorf("agent of %s = %q, want %q\n%s", tt.verb, got, tt.agent, tree)
			}
			if got := s.Passive(v); got != tt.passive {
				t.Errorf("Passive(%s) = %t\n%s", tt.verb, got, tree)
			}
			if got := s.Negated(v); got != tt.neg {
				t.Errorf("Negated(%s) = %t\n%s", tt.verb, got, tree)
			}
			if got := s.Modal(v); got != tt.modal {
				t.Errorf("Modal(%s) = %q, want %q\n%s", tt.verb, got, tt.modal, tree)
			}
		})
	}
}

func treeString(s Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		h := "ROOT"
		if j := s.Head(i); j >= 0 {
			h = s.Tokens[j].Text
		}
		b.WriteString("  " + t.Text + " <-" + t.Rel + "- " + h + "\n")
	}
	return b.String()
}

// TestDevAccuracy is the accuracy floor of the embedded model on EWT dev
// with gold tags.
func TestDevAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the whole EWT dev set")
	}
	sc := Evaluate(defaultParser(t), devExamples(t))
	t.Logf("EWT dev, gold POS: UAS %.4f LAS %.4f over %d tokens", sc.UAS, sc.LAS, sc.Tokens)
	if sc.UAS < 0.895 || sc.LAS < 0.875 {
		t.Errorf("EWT dev, gold POS: UAS %.4f LAS %.4f, want at least 0.895 / 0.875", sc.UAS, sc.LAS)
	}
}

// TestDevAccuracyPredictedPOS is the floor of the whole chain the pipeline
// runs: the embedded POS tagger, then the parser, on EWT dev.
func TestDevAccuracyPredictedPOS(t *testing.T) {
	if testing.Short() {
		t.Skip("tags and parses the whole EWT dev set")
	}
	dev := slices.Clone(devExamples(t))
	Retag(defaultTagger(t), dev)
	sc := Evaluate(defaultParser(t), dev)
	t.Logf("EWT dev, predicted POS: UAS %.4f LAS %.4f over %d tokens", sc.UAS, sc.LAS, sc.Tokens)
	if sc.UAS < 0.87 || sc.LAS < 0.835 {
		t.Errorf("EWT dev, predicted POS: UAS %.4f LAS %.4f, want at least 0.87 / 0.835", sc.UAS, sc.LAS)
	}
}

// TestTrainDeterministicAndRoundTrip trains a small model twice on part of
// EWT: the saved bytes must match, Load must give back a parser that parses
// the same way, and even this small model must beat attaching every word to
// its neighbour by far.
func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	all, err := ReadExamplesFile(ewtPath(t, "train"))
	if err != nil {
		t.Fatal(err)
	}
	train, dev := all[:600], all[600:800]
	opt := TrainOptions{Epochs: 2, TransBits: 16, LabelBits: 16}
	save := func() ([]byte, *Parser) {
		p, err := Train(context.Background(), train, dev, opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes(), p
	}
	b1, p1 := save()
	b2, _ := save()
	if !bytes.Equal(b1, b2) {
		t.Fatalf("two trainings with the same seed wrote different models (%d and %d bytes)", len(b1), len(b2))
	}
	p3, err := Load(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	for i := range dev[:50] {
		ex := &dev[i]
		h1, r1 := p1.Parse(ex.Words, ex.UPOS, ex.XPOS)
		h3, r3 := p3.Parse(ex.Words, ex.UPOS, ex.XPOS)
		if !slicesEqual(h1, h3) || !slicesEqual(r1, r3) {
			t.Fatalf("sentence %d parses differently after Save/Load", i)
		}
	}
	if sc := Evaluate(p3, dev); sc.UAS < 0.6 || sc.LAS < 0.5 {
		t.Errorf("small model: UAS %.3f LAS %.3f on 200 sentences", sc.UAS, sc.LAS)
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTrainRejectsBadData(t *testing.T) {
	good := Example{Words: []string{"Go", "."}, UPOS: []string{"VERB", "PUNCT"}, XPOS: []string{"VB", "."}, Heads: []int{-1, 0}, Rels: []string{"root", "punct"}}
	cycle := good
	cycle.Heads = []int{1, 0}
	short := good
	short.Rels = []string{"root"}
	for name, ex := range map[string]Example{"cycle": cycle, "short": short, "empty": {}} {
		if _, err := Train(context.Background(), []Example{good, ex}, nil, TrainOptions{Epochs: 1, TransBits: 10, LabelBits: 10}); err == nil {
			t.Errorf("%s: Train accepted a broken sentence", name)
		} else if !strings.Contains(err.Error(), "sentence 2") {
			t.Errorf("%s: error %q does not name sentence 2", name, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, []Example{good}, nil, TrainOptions{Epochs: 1, TransBits: 10, LabelBits: 10}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: %v", err)
	}
}

func TestLoadRejectsBrokenModels(t *testing.T) {
	ex := Example{Words: []string{"Go", "."}, UPOS: []string{"VERB", "PUNCT"}, XPOS: []string{"VB", "."}, Heads: []int{-1, 0}, Rels: []string{"root", "punct"}}
	small, err := Train(context.Background(), []Example{ex}, nil, TrainOptions{Epochs: 1, TransBits: 10, LabelBits: 10})
	if err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if err := small.Save(&good); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(good.Bytes())); err != nil {
		t.Fatalf("Load of a good model: %v", err)
	}
	raw, err := gunzip(good.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"not gzip":    []byte("hello"),
		"no magic":    gzipped([]byte("something else entirely\n")),
		"truncated":   gzipped(raw[:len(raw)/2]),
		"header only": gzipped([]byte(magic)),
	}
	for name, b := range cases {
		if _, err := Load(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: Load accepted a broken model", name)
		}
	}
}

func TestProjectivize(t *testing.T) {
	// 1-based heads, 0 root: word 2 -> 4 crosses 3 -> 1 (root 1).
	heads := []int{0, 0, 4, 1, 1}
	projectivize(heads)
	for d := 1; d < len(heads); d++ {
		h := heads[d]
		for k := min(h, d) + 1; k < max(h, d); k++ {
			a := heads[k]
			for a != 0 && a != h {
				a = heads[a]
			}
			if a != h {
				t.Fatalf("arc %d -> %d still crosses word %d: %v", h, d, k, heads)
			}
		}
	}
	if heads[2] != 1 {
		t.Errorf("word 2 lifted to %d, want 1", heads[2])
	}
}

func TestStage(t *testing.T) {
	p := defaultParser(t)
	a := analysisOf(t, p, "Hi/UH:UH ./.", "Norway/NNP designated/VBD the/DT league/NN ./.")
	for si := range a.Sentences {
		s := a.Sentences[si]
		roots := 0
		for i := s.First; i < s.Last; i++ {
			h := a.Tokens[i].Head
			if h == -1 {
				roots++
				continue
			}
			if h < s.First || h >= s.Last {
				t.Errorf("token %d: head %d outside its sentence %d..%d", i, h, s.First, s.Last)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", si, roots)
		}
	}
	a.Tokens[3].UPOS = ""
	err := Stage{Parser: p}.Process(context.Background(), a)
	var ie *dossier.InputError
	if !errors.As(err, &ie) || ie.Source != "test" || !strings.Contains(err.Error(), "pos stage") {
		t.Errorf("untagged token: got %v", err)
	}
	a.Tokens[3].UPOS = "NOUN"
	a.Sentences[1].Last = 99
	if err := (Stage{Parser: p}).Process(context.Background(), a); err == nil {
		t.Error("sentence beyond the tokens accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Stage{Parser: p}).Process(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	if (Stage{}).Name() != "parse" {
		t.Error("stage name")
	}
}

// TestLongAndOddSentences parses a very long sentence and odd inputs.
func TestLongAndOddSentences(t *testing.T) {
	p := defaultParser(t)
	var words, upos, xpos []string
	pattern := [][]string{{"The", "DET", "DT"}, {"group", "NOUN", "NN"}, {"said", "VERB", "VBD"}, {"that", "SCONJ", "IN"}, {",", "PUNCT", ","}}
	for i := 0; i < 3000; i++ {
		w := pattern[i%len(pattern)]
		words, upos, xpos = append(words, w[0]), append(upos, w[1]), append(xpos, w[2])
	}
	h, r := p.Parse(words, upos, xpos)
	checkParse(t, words, h, r)
	for _, c := range []struct{ words, upos, xpos []string }{
		{[]string{"x"}, nil, nil},
		{[]string{"", "\xff\xfe", "日本"}, []string{"X"}, []string{"_", "_", "_"}},
		{[]string{".", ".", "."}, []string{"PUNCT", "PUNCT", "PUNCT"}, []string{".", ".", "."}},
		{nil, nil, nil},
	} {
		h, r := p.Parse(c.words, c.upos, c.xpos)
		checkParse(t, c.words, h, r)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The group moved to Albania in 2013 .", []byte{5, 7, 9, 1, 3})
	f.Add("", []byte{})
	f.Add("a b c d e f g h i j k l m n o p", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	p := defaultParser(f)
	tags := []string{"NOUN/NN", "VERB/VBD", "DET/DT", "ADP/IN", "PROPN/NNP", "PUNCT/.", "PRON/PRP", "AUX/MD", "ADJ/JJ", "CCONJ/CC", "NUM/CD", "ADV/RB", "SCONJ/IN", "PART/TO", "X/FW", "SYM/$", "_/_"}
	f.Fuzz(func(t *testing.T, text string, tagBytes []byte) {
		words := strings.Fields(text)
		var upos, xpos []string
		for i := range words {
			tag := "X/_"
			if i < len(tagBytes) {
				tag = tags[int(tagBytes[i])%len(tags)]
			}
			u, x, _ := strings.Cut(tag, "/")
			upos, xpos = append(upos, u), append(xpos, x)
		}
		h, r := p.Parse(words, upos, xpos)
		checkParse(t, words, h, r)
	})
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// BenchmarkLoad decodes the embedded model, as Default does once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentParse parses the same sentences from several goroutines:
// the shared parser must give every one of them the sequential result.
func TestConcurrentParse(t *testing.T) {
	p := defaultParser(t)
	dev := devExamples(t)[:200]
	want := make([][]int, len(dev))
	for i := range dev {
		want[i], _ = p.Parse(dev[i].Words, dev[i].UPOS, dev[i].XPOS)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range dev {
				i := (k + g*25) % len(dev)
				got, _ := p.Parse(dev[i].Words, dev[i].UPOS, dev[i].XPOS)
				if !slicesEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: sentence %d parsed differently", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
