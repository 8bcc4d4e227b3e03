package ner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	textpkg "github.com/dossier-kg/dossier/ingest/text"
)

// sharedData returns the shared data directory or stops the test.
func sharedData(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(dir, "conll2003", "eng.testa")); err != nil {
		tb.Fatalf("shared corpora missing (want ../shared next to the work tree): %v", err)
	}
	return dir
}

func defaultModel(tb testing.TB) *Recognizer {
	tb.Helper()
	r, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// plainModel returns the embedded model with its optional feature groups
// switched off (and no word cache), as a model trained without them would
// tag: the reference for tests of those groups.
func plainModel(tb testing.TB) *Recognizer {
	tb.Helper()
	r := *defaultModel(tb)
	r.extras, r.words = 0, nil
	return &r
}

func TestDefaultLoadsQuickly(t *testing.T) {
	// The best of three loads, in CPU time where the platform tells it, so
	// that a busy shared machine does not fail the test.
	var r *Recognizer
	best := time.Hour
	for range 3 {
		start, cpu0 := time.Now(), cpuTime()
		var err error
		if r, err = Load(bytes.NewReader(embeddedModel)); err != nil {
			t.Fatal(err)
		}
		el := time.Since(start)
		if cpu := cpuTime() - cpu0; cpu > 0 {
			el = cpu
		}
		best = min(best, el)
	}
	if best > time.Second {
		t.Errorf("model load took %v, want under 1s", best)
	}
	if len(embeddedModel) > 25<<20 {
		t.Errorf("embedded model is %d bytes, want under 25 MB", len(embeddedModel))
	}
	if len(r.stages) == 0 || len(r.clusters.raw) == 0 || len(r.gazetteers.phrases) == 0 {
		t.Errorf("model lacks weights, clusters or gazetteers: %d stages, %d cluster words, %d phrases",
			len(r.stages), len(r.clusters.raw), len(r.gazetteers.phrases))
	}
	r2, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r3, _ := Default()
	if r2 != r3 {
		t.Error("Default decoded the model twice")
	}
}

// saveLoad writes r with Save and reads it back with Load.
func saveLoad(tb testing.TB, r *Recognizer) *Recognizer {
	tb.Helper()
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		tb.Fatal(err)
	}
	r2, err := Load(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	return r2
}

func TestSaveLoadRoundTrip(t *testing.T) {
	r := defaultModel(t)
	r2 := saveLoad(t, r)
	doc := [][]string{
		strings.Fields("Officials in Nairobi said Kenya Airways would resume flights to Lagos on Friday ."),
		strings.Fields("Airline chief Allan Kilavuka told reporters the Boeing jets were ready ."),
	}
	if a, b := r.TagDocument(doc), r2.TagDocument(doc); !slices.EqualFunc(a, b, slices.Equal) {
		t.Errorf("tags differ after save and load:\n%v\n%v", a, b)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := map[string][]byte{
		"empty":    nil,
		"not gzip": []byte("hello"),
		"truncated": func() []byte {
			var buf bytes.Buffer
			defaultModel(t).Save(&buf)
			return buf.Bytes()[:buf.Len()/2]
		}(),
	}
	for name, data := range tests {
		if _, err := Load(bytes.NewReader(data)); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: got %v, want ErrBadModel", name, err)
		}
	}
}

// TestTagDocument checks plain cases written for this test: common first
// names, a capital, a country and well-known organisations.
func TestTagDocument(t *testing.T) {
	r := defaultModel(t)
	doc := [][]string{
		strings.Fields("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday ."),
		strings.Fields("The European Union and the United Nations welcomed the talks , a spokesman for Scholz said ."),
		strings.Fields("Shares of Siemens rose 2 percent in Frankfurt ."),
	}
	want := map[string]string{
		"Olaf Scholz": "PER", "Emmanuel Macron": "PER", "Paris": "LOC", "European Union": "ORG",
		"United Nations": "ORG", "Scholz": "PER", "Siemens": "ORG", "Frankfurt": "LOC", "German": "MISC", "French": "MISC",
	}
	got := map[string]string{}
	tags := r.TagDocument(doc)
	for i, s := range doc {
		if len(tags[i]) != len(s) {
			t.Fatalf("sentence %d: %d tags for %d tokens", i, len(tags[i]), len(s))
		}
		for _, c := range chunks(tags[i]) {
			got[strings.Join(s[c.start:c.end], " ")] = c.typ
		}
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q tagged %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("found %d entities, want %d: %v", len(got), len(want), got)
	}
	if out := r.TagDocument(nil); len(out) != 0 {
		t.Errorf("TagDocument(nil) = %v", out)
	}
}

// TestAccuracyFloor scores the embedded model on CoNLL-2003 testb. The
// shipped model is trained on train+testa (settings chosen on testa with a
// train-only model), so testa is training data for it and only testb is
// held out; testb was looked at once, to report, and the floor sits just
// under that figure (0.8563) to catch regressions, not to tune.
func TestAccuracyFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("scores a whole corpus")
	}
	dir := sharedData(t)
	f, err := os.Open(filepath.Join(dir, "conll2003", "eng.testb"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := ReadCoNLL(f, "eng.testb")
	if err != nil {
		t.Fatal(err)
	}
	s := defaultModel(t).Evaluate(c)
	const floor = 0.85
	if f1 := s.Overall.F1(); f1 < floor {
		var buf bytes.Buffer
		s.Write(&buf)
		t.Errorf("testb F1 %.4f under the floor %.2f:\n%s", f1, floor, buf.String())
	}
}

func TestStage(t *testing.T) {
	text := "Image : Jane Roe/Example Agency\nLawmakers in Canberra voted on Monday. Prime Minister Anthony Albanese thanked the senators."
	a := &dossier.Analysis{Doc: &dossier.Document{Source: "test", Text: text}}
	// Whitespace tokens with the final period split off; one sentence per
	// line or period.
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '\n' {
			if i > start {
				w := text[start:i]
				if strings.HasSuffix(w, ".") && len(w) > 1 {
					a.Tokens = append(a.Tokens, dossier.Token{Span: dossier.Span{Start: start, End: i - 1}, Text: w[:len(w)-1], Head: -1})
					start = i - 1
				}
				a.Tokens = append(a.Tokens, dossier.Token{Span: dossier.Span{Start: start, End: i}, Text: text[start:i], Head: -1})
			}
			start = i + 1
		}
	}
	first := 0
	for i, tok := range a.Tokens {
		if tok.Text == "." || i == len(a.Tokens)-1 || a.Tokens[i+1].Start > tok.End+1 || strings.Contains(text[tok.End:a.Tokens[i+1].Start], "\n") {
			// Credit lines are marked as the segmenter marks them.
			sp := dossier.Span{Start: a.Tokens[first].Start, End: tok.End}
			a.Sentences = append(a.Sentences, dossier.Sentence{Span: sp, First: first, Last: i + 1, Credit: textpkg.IsCredit(text[sp.Start:sp.End])})
			first = i + 1
		}
	}
	if err := (Stage{Recognizer: defaultModel(t)}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := map[string]dossier.EntityType{}
	for _, m := range a.Mentions {
		if m.Text != text[m.Start:m.End] || m.Kind != "name" || m.Confidence <= 0 || m.Confidence > 1 {
			t.Errorf("bad mention %+v", m)
		}
		if s := a.Sentences[m.Sentence]; !s.Contains(m.Span) {
			t.Errorf("mention %q outside its sentence %d", m.Text, m.Sentence)
		}
		got[m.Text] = m.Type
	}
	want := map[string]dossier.EntityType{"Canberra": dossier.Place, "Anthony Albanese": dossier.Person}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q: got type %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
	for _, tok := range a.SentenceTokens(0) {
		if tok.NER != "" {
			t.Errorf("credit line token %q tagged %q", tok.Text, tok.NER)
		}
	}
	if err := (Stage{}).Process(context.Background(), a); err == nil {
		t.Error("stage without a recognizer: want an error")
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// benchModels returns the recognisers the tagging benchmarks measure: the
// embedded model and, when the environment variable DOSSIER_NER_MODEL names
// a model file (for instance a two-stage model from "dossier train ner
// --stages 2"), that model with all its stages and with its first stage
// only, so that one run gives the cost of the second stage as a ratio.
func benchModels(b *testing.B) []struct {
	name string
	r    *Recognizer
} {
	out := []struct {
		name string
		r    *Recognizer
	}{{"model=embedded", defaultModel(b)}}
	path := os.Getenv("DOSSIER_NER_MODEL")
	if path == "" {
		return out
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	r, err := Load(f)
	f.Close()
	if err != nil {
		b.Fatalf("DOSSIER_NER_MODEL: %v", err)
	}
	for n := 1; n <= len(r.stages); n++ {
		rn := *r
		rn.stages = r.stages[:n]
		rn.finish()
		out = append(out, struct {
			name string
			r    *Recognizer
		}{fmt.Sprintf("model=%s/stages=%d", filepath.Base(path), n), &rn})
	}
	if os.Getenv("DOSSIER_NER_BENCH_REFERENCE") != "" {
		// Each pass scored with its weight table, as training tags.
		rn := *r
		rn.words = nil
		out = append(out, struct {
			name string
			r    *Recognizer
		}{fmt.Sprintf("model=%s/reference", filepath.Base(path)), &rn})
	}
	return out
}

// BenchmarkTag tags CoNLL-2003 testa document by document and reports
// tokens per second. Set DOSSIER_NER_MODEL to a model file to measure it
// too (see benchModels), e.g.
//
//	DOSSIER_NER_MODEL=/tmp/ner2.gz GOMAXPROCS=1 go test -run XXX -bench Tag ./ingest/ner/
func BenchmarkTag(b *testing.B) {
	dir := sharedData(b)
	f, err := os.Open(filepath.Join(dir, "conll2003", "eng.testa"))
	if err != nil {
		b.Fatal(err)
	}
	c, err := ReadCoNLL(f, "eng.testa")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][][]string
	n := 0
	for _, doc := range c.Documents() {
		var sents [][]string
		for _, s := range doc {
			sents = append(sents, c.Tokens(s))
			n += s.Last - s.First
		}
		docs = append(docs, sents)
	}
	for _, m := range benchModels(b) {
		b.Run(m.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					m.r.TagDocument(d)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
			// On a shared machine wall time overstates the cost; with
			// GOMAXPROCS=1 the process CPU time is the single-core figure.
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
			}
		})
	}
}

func TestTrainSmall(t *testing.T) {
	// A tiny end-to-end training run on a file written here, without
	// gazetteers or clusters: the model must learn its own training data.
	dir := t.TempDir()
	var sb strings.Builder
	names := []string{"Anna Berg", "Tom Wright", "Lena Ford", "Omar Haddad"}
	places := []string{"Oslo", "Quito", "Hanoi", "Dakar"}
	for i := 0; i < 40; i++ {
		sb.WriteString("-DOCSTART- O\n\n")
		n := strings.Fields(names[i%4])
		p := places[(i/4)%4]
		sb.WriteString(n[0] + " B-PER\n" + n[1] + " I-PER\nflew O\nto O\n" + p + " B-LOC\n. O\n\n")
	}
	train := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(train, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []TrainOptions{
		{Train: train, Dev: train, Iters: 3, Stages: 2, Folds: 2, Seed: 7},
		{Train: train, Iters: 3, Ensemble: 2, Seed: 7},
	} {
		r, err := Train(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		got := r.TagDocument([][]string{strings.Fields("Anna Berg flew to Hanoi .")})
		if want := strings.Fields("B-PER I-PER O O B-LOC O"); !slices.Equal(got[0], want) {
			t.Errorf("%+v: got %v, want %v", opts, got[0], want)
		}
	}
	// Without a dev file the second stage is kept, here as an average of
	// two perceptrons.
	r, err := Train(context.Background(), TrainOptions{Train: train, Iters: 3, Stages: 2, Folds: 2, Ensemble: 2, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.stages) != 2 || !strings.Contains(r.Info(), "stage 2: 3 epochs") {
		t.Errorf("two-stage training without dev: %d stages, info %q", len(r.stages), r.Info())
	}
	if _, err := Train(context.Background(), TrainOptions{Train: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing training file: want an error")
	}
}

func TestTrainExtraFiles(t *testing.T) {
	// The extra file is the only source of organisation names: a model
	// trained on both files must tag them, and a missing extra file is an
	// error naming it.
	dir := t.TempDir()
	write := func(name string, lines func(i int) string) string {
		var sb strings.Builder
		for i := 0; i < 30; i++ {
			sb.WriteString("-DOCSTART- O\n\n" + lines(i) + "\n")
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	people := []string{"Anna", "Tom", "Lena", "Omar"}
	orgs := []string{"Nordvik", "Altamar", "Kestrel", "Pellworth"}
	train := write("train.conll", func(i int) string {
		return people[i%4] + " B-PER\nslept O\n. O\n"
	})
	extra := write("extra.conll", func(i int) string {
		return people[i%4] + " B-PER\njoined O\n" + orgs[(i/4)%4] + " B-ORG\n. O\n"
	})
	r, err := Train(context.Background(), TrainOptions{Train: train, ExtraTrain: []string{extra}, Iters: 3, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := r.TagDocument([][]string{strings.Fields("Lena joined Kestrel .")})
	if want := strings.Fields("B-PER O B-ORG O"); !slices.Equal(got[0], want) {
		t.Errorf("got %v, want %v", got[0], want)
	}
	missing := filepath.Join(dir, "missing.conll")
	_, err = Train(context.Background(), TrainOptions{Train: train, ExtraTrain: []string{missing}, Iters: 1})
	if err == nil || !strings.Contains(err.Error(), "missing.conll") {
		t.Errorf("missing extra file: got error %v, want one naming the file", err)
	}
}
