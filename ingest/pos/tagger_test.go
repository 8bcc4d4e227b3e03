package pos

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-kg/dossier"
	"golang.org/x/tools/txtar"
)

// smallTrain returns the first n sentences of EWT train.
func smallTrain(t testing.TB, n int) []Sentence {
	t.Helper()
	f, err := os.Open(ewtPath(t, "train"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := NewCoNLLUReader(f)
	sents := make([]Sentence, n)
	for i := range sents {
		if sents[i], err = r.Next(); err != nil {
			t.Fatal(err)
		}
	}
	return sents
}

// TestTrainDeterministic trains two small models with the same seed and
// checks they are byte-identical, that they learnt their training data, and
// that Save and Load preserve them.
func TestTrainDeterministic(t *testing.T) {
	train := smallTrain(t, 400)
	opts := TrainOptions{Iters: 3, Seed: 7, Folds: 2}
	var saved [2][]byte
	var models [2]*Tagger
	for i := range saved {
		m, err := Train(context.Background(), train, nil, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		saved[i], models[i] = buf.Bytes(), m
	}
	if !bytes.Equal(saved[0], saved[1]) {
		t.Fatal("two trainings with the same data and seed gave different models")
	}
	sc, err := Evaluate(context.Background(), models[0], train)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOSAccuracy() < 0.95 {
		t.Errorf("accuracy on its own training data %.4f, want at least 0.95", sc.UPOSAccuracy())
	}
	loaded, err := Load(bytes.NewReader(saved[0]))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := loaded.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), saved[0]) {
		t.Error("Load then Save changed the model")
	}
	for i := range train[:50] {
		w := train[i].Words()
		u1, x1 := models[0].Tag(w)
		u2, x2 := loaded.Tag(w)
		if strings.Join(u1, " ") != strings.Join(u2, " ") || strings.Join(x1, " ") != strings.Join(x2, " ") {
			t.Fatalf("loaded model tags %q differently", w)
		}
	}
	// A one-stage model is a valid model too.
	one, err := Train(context.Background(), train[:100], nil, TrainOptions{Iters: 1, Stages: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if one.second != nil {
		t.Error("Stages: 1 trained a second stage")
	}
}

func TestTrainErrors(t *testing.T) {
	blank := []Sentence{{Tokens: []Token{{ID: "1", Form: "word", UPOS: "_", XPOS: "_"}}}}
	if _, err := Train(context.Background(), blank, nil, TrainOptions{}, nil); err == nil {
		t.Error("training on untagged data succeeded")
	}
	half := []Sentence{{Tokens: []Token{{ID: "1", Form: "a", UPOS: "DET", XPOS: "DT"}, {ID: "2", Form: "b", UPOS: "_", XPOS: "_"}}}}
	if _, err := Train(context.Background(), half, nil, TrainOptions{}, nil); err == nil || !strings.Contains(err.Error(), `"b"`) {
		t.Errorf("err = %v, want one naming the untagged word", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, smallTrain(t, 10), nil, TrainOptions{}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestLoadErrors(t *testing.T) {
	m, err := Train(context.Background(), smallTrain(t, 50), nil, TrainOptions{Iters: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good[:len(good)/2],
		"other gzip": func() []byte {
			var b bytes.Buffer
			zw := gzipWriter(&b)
			zw.Write([]byte("DOSSIER-NER\n"))
			zw.Close()
			return b.Bytes()
		}(),
	}
	for name, data := range tests {
		if _, err := Load(bytes.NewReader(data)); !errors.Is(err, ErrModel) {
			t.Errorf("%s: err = %v, want ErrModel", name, err)
		}
	}
}

// TestDefaultAccuracy is the accuracy floor of the embedded model on EWT
// dev (tags from gold tokens).
func TestDefaultAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("tags the whole EWT dev set")
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := ReadCoNLLUFile(ewtPath(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(context.Background(), m, dev)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT dev: UPOS %.4f XPOS %.4f over %d words", sc.UPOSAccuracy(), sc.XPOSAccuracy(), sc.Words)
	if sc.UPOSAccuracy() < 0.953 || sc.XPOSAccuracy() < 0.946 {
		t.Errorf("EWT dev UPOS %.4f XPOS %.4f, want at least 0.953 and 0.946", sc.UPOSAccuracy(), sc.XPOSAccuracy())
	}
}

// TestDefaultNews checks the tags of sentences written in the style of a
// news report, where names must come out as proper nouns.
func TestDefaultNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		want     map[int]string // word index -> UPOS
	}{
		{"The government of Albania expelled the diplomats on Wednesday .",
			map[int]string{0: "DET", 1: "NOUN", 3: "PROPN", 4: "VERB", 8: "PROPN", 9: "PUNCT"}},
		{"Members of the Mujahedeen-e-Khalq live in a camp near Tirana .",
			map[int]string{0: "NOUN", 3: "PROPN", 4: "VERB", 9: "PROPN"}},
		{"In 2012 , Washington removed the group from its list of terrorist organizations .",
			map[int]string{1: "NUM", 3: "PROPN", 4: "VERB", 6: "NOUN", 8: "PRON"}},
		{"She said the talks would resume next week .",
			map[int]string{0: "PRON", 1: "VERB", 4: "AUX", 5: "VERB", 6: "ADJ"}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.sentence)
		upos, xpos := m.Tag(words)
		if len(upos) != len(words) || len(xpos) != len(words) {
			t.Fatalf("%q: got %d and %d tags for %d words", tc.sentence, len(upos), len(xpos), len(words))
		}
		for i, want := range tc.want {
			if upos[i] != want {
				t.Errorf("%q: word %q tagged %s, want %s", tc.sentence, words[i], upos[i], want)
			}
		}
	}
	if u, x := m.Tag(nil); u != nil || x != nil {
		t.Error("empty sentence gave tags")
	}
}

// TestTagConcurrent tags from several goroutines at once; run with -race.
func TestTagConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The minister visited Berlin and Paris last month .")
	want, _ := m.Tag(words)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got, _ := m.Tag(words)
				if strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("concurrent Tag gave %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestTagSentencesBlanked blanks every column but ID and FORM, as the
// acceptance checks do, and checks that tagging fills UPOS and XPOS of the
// words only and keeps everything else.
func TestTagSentencesBlanked(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile(filepath.Join("testdata", "roundtrip.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(bytes.NewReader(ar.Files[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	for i := range sents {
		for j := range sents[i].Tokens {
			tok := &sents[i].Tokens[j]
			*tok = Token{ID: tok.ID, Form: tok.Form, Lemma: "_", UPOS: "_", XPOS: "_", Feats: "_", Head: "_", Deprel: "_", Deps: "_", Misc: "_"}
		}
	}
	if err := TagSentences(context.Background(), m, sents); err != nil {
		t.Fatal(err)
	}
	for i := range sents {
		for _, tok := range sents[i].Tokens {
			filled := tok.UPOS != "_" && tok.XPOS != "_" && tok.UPOS != "" && tok.XPOS != ""
			if filled != (tok.Kind() == WordLine) {
				t.Errorf("line %s %q: UPOS %q XPOS %q", tok.ID, tok.Form, tok.UPOS, tok.XPOS)
			}
			if tok.Lemma != "_" || tok.Head != "_" || tok.Misc != "_" {
				t.Errorf("line %s: other columns changed: %+v", tok.ID, tok)
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "3-4\tdidn't\t_\t_\t_\t") {
		t.Errorf("multiword range not kept as read:\n%s", buf.String())
	}
}

func TestStage(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Rome is big. It grew."
	toks := []dossier.Token{
		{Span: dossier.Span{Start: 0, End: 4}, Text: "Rome"},
		{Span: dossier.Span{Start: 5, End: 7}, Text: "is"},
		{Span: dossier.Span{Start: 8, End: 11}, Text: "big"},
		{Span: dossier.Span{Start: 11, End: 12}, Text: "."},
		{Span: dossier.Span{Start: 13, End: 15}, Text: "It"},
		{Span: dossier.Span{Start: 16, End: 20}, Text: "grew"},
		{Span: dossier.Span{Start: 20, End: 21}, Text: "."},
	}
	a := &dossier.Analysis{
		Doc:       &dossier.Document{ID: "d", Text: text},
		Tokens:    toks,
		Sentences: []dossier.Sentence{{Span: dossier.Span{Start: 0, End: 12}, First: 0, Last: 4}, {Span: dossier.Span{Start: 13, End: 21}, First: 4, Last: 7}},
	}
	st := Stage{Tagger: m}
	if st.Name() != "pos" {
		t.Errorf("Name() = %q", st.Name())
	}
	if err := st.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	want := []string{"PROPN", "AUX", "ADJ", "PUNCT", "PRON", "VERB", "PUNCT"}
	for i, w := range want {
		if a.Tokens[i].UPOS != w || a.Tokens[i].XPOS == "" {
			t.Errorf("token %q: UPOS %q XPOS %q, want UPOS %s", a.Tokens[i].Text, a.Tokens[i].UPOS, a.Tokens[i].XPOS, w)
		}
	}
	a.Sentences = append(a.Sentences, dossier.Sentence{First: 6, Last: 9})
	if err := st.Process(context.Background(), a); err == nil {
		t.Error("a sentence past the last token was accepted")
	}
}

// TestStagePastAfterPossessive checks that the stage reads a lower-case
// past form after a possessive name as a verb, where the model takes it
// for part of the name.
func TestStagePastAfterPossessive(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Moody", "'s", "downgraded", "Kenya", "'s", "sovereign", "rating", "in", "January", "."}
	text := ""
	var toks []dossier.Token
	for _, w := range words {
		if text != "" && w != "'s" && w != "." {
			text += " "
		}
		toks = append(toks, dossier.Token{Span: dossier.Span{Start: len(text), End: len(text) + len(w)}, Text: w})
		text += w
	}
	a := &dossier.Analysis{
		Doc:       &dossier.Document{ID: "d", Text: text},
		Tokens:    toks,
		Sentences: []dossier.Sentence{{Span: dossier.Span{Start: 0, End: len(text)}, First: 0, Last: len(toks)}},
	}
	if err := (Stage{Tagger: m}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got := a.Tokens[2].UPOS; got != "VERB" {
		t.Errorf("%q tagged %s, want VERB", a.Tokens[2].Text, got)
	}
}

// FuzzLoad checks that Load never panics on a damaged model file.
func FuzzLoad(f *testing.F) {
	m, err := Train(context.Background(), tinyCorpus(), nil, TrainOptions{Iters: 2, Folds: 2, LexFolds: 2}, nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrModel) {
				t.Fatalf("error %v does not wrap ErrModel", err)
			}
			return
		}
		m.Tag([]string{"A", "test", "."})
	})
}

func gzipWriter(b *bytes.Buffer) *gzip.Writer { return gzip.NewWriter(b) }

// tinyCorpus is a few tagged sentences written for the tests.
func tinyCorpus() []Sentence {
	var out []Sentence
	for _, s := range []string{
		"The/DET/DT cat/NOUN/NN sat/VERB/VBD ./PUNCT/.",
		"Anna/PROPN/NNP reads/VERB/VBZ books/NOUN/NNS ./PUNCT/.",
		"A/DET/DT dog/NOUN/NN barked/VERB/VBD loudly/ADV/RB ./PUNCT/.",
		"Berlin/PROPN/NNP is/AUX/VBZ big/ADJ/JJ ./PUNCT/.",
	} {
		var sent Sentence
		for i, w := range strings.Fields(s) {
			p := strings.Split(w, "/")
			sent.Tokens = append(sent.Tokens, Token{ID: strconv.Itoa(i + 1), Form: p[0], Lemma: "_", UPOS: p[1], XPOS: p[2],
				Feats: "_", Head: "_", Deprel: "_", Deps: "_", Misc: "_"})
		}
		out = append(out, sent)
	}
	return out
}

// FuzzReadModel fuzzes the decoder behind Load on uncompressed bytes, where
// mutations reach the model structure instead of breaking the gzip CRC.
func FuzzReadModel(f *testing.F) {
	m, err := Train(context.Background(), tinyCorpus(), nil, TrainOptions{Iters: 2, Folds: 2, LexFolds: 2}, nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &decoder{b: data}
		m, err := readModel(d)
		if err != nil || d.err != nil {
			return
		}
		m.Tag([]string{"The", "dog", "sat", "."})
	})
}
