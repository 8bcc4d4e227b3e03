package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// twoStageModel returns a two-stage recogniser made from the embedded
// model: its second stage has the first stage's weights moved by one label
// and a weight for every first-pass feature, so that the passes differ and
// the second one reads the first one's labels. It tags no better; it serves
// to compare ways of scoring.
// posModel returns the embedded model with part-of-speech features: its
// weights plus made-up ones for the features of a proper noun as the
// current, previous or next word, strong enough to change some labels.
func posModel(tb testing.TB) *Recognizer {
	tb.Helper()
	base := defaultModel(tb)
	keys, rows := tableEntries(base.stages[0], func(row []int16, l int) int16 { return row[l] }, 1)
	propn := uint64(posClass("PROPN"))
	for slot, label := range map[uint64]int{posSlotM1: 2, posSlot0: 4, posSlotP1: 6} {
		keys = append(keys, feat2(tPOS, slot, propn))
		row := make([]float32, numLabels)
		row[label] = 100
		rows = append(rows, row...)
	}
	r := *base
	r.extras = xPOS
	r.stages = []*weightTable{buildWeightTable(keys, rows)}
	if err := r.loadExtras(); err != nil {
		tb.Fatal(err)
	}
	r.finish()
	return &r
}

// tableEntries lists a weight table's keys and rows as float weights:
// label l's weight is pick(row, l) scaled by the table's scale and factor.
func tableEntries(w *weightTable, pick func(row []int16, l int) int16, factor float32) ([]uint64, []float32) {
	var keys []uint64
	var rows []float32
	for i, k := range w.keys {
		if k == 0 {
			continue
		}
		keys = append(keys, k)
		row := w.rows[i*numLabels : (i+1)*numLabels]
		for l := range numLabels {
			rows = append(rows, float32(pick(row, l))*w.scale*factor)
		}
	}
	return keys, rows
}

// twoStageModel returns the embedded model made two-stage with made-up
// second-stage weights.
func twoStageModel(tb testing.TB) *Recognizer {
	tb.Helper()
	base := defaultModel(tb)
	keys, rows := tableEntries(base.stages[0], func(row []int16, l int) int16 { return row[(l+1)%numLabels] }, 0.8)
	for l := range uint64(numLabels) {
		for _, k := range []uint64{feat(tPass1, l), feat(tPass1M1, l), feat(tPass1P1, l), feat2(tPass1Doc, l%numTypes, l%5), feat2(tPass1DocShape, l%numTypes, l)} {
			keys = append(keys, k)
			for m := range uint64(numLabels) {
				v := float32(0)
				if m == l {
					v = 3
				}
				rows = append(rows, v)
			}
		}
	}
	r := *base
	r.stages = []*weightTable{base.stages[0], buildWeightTable(keys, rows)}
	r.finish()
	return &r
}

// testaDocuments returns the documents of CoNLL-2003 testa as sentences of
// tokens.
func testaDocuments(tb testing.TB) [][][]string {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedData(tb), "conll2003", "eng.testa"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	c, err := ReadCoNLL(f, "eng.testa")
	if err != nil {
		tb.Fatal(err)
	}
	var docs [][][]string
	for _, doc := range c.Documents() {
		var sents [][]string
		for _, s := range doc {
			sents = append(sents, c.Tokens(s))
		}
		docs = append(docs, sents)
	}
	return docs
}

// TestWordCacheSameTags checks that tagging with word caches (tag, as Stage
// and TagDocument do) gives exactly the labels and margins of scoring each
// pass with its weight table (tagPass, as training does), over the whole of
// CoNLL testa, for the embedded model, a two-stage one and one with
// part-of-speech features, with a cache large enough for every word and one
// emptied every few documents.
func TestWordCacheSameTags(t *testing.T) {
	docs := testaDocuments(t)
	if testing.Short() {
		docs = docs[:20]
	}
	for _, tc := range []struct {
		name  string
		r     *Recognizer
		limit int
	}{
		{"embedded", defaultModel(t), wordCacheWords},
		{"two stages", twoStageModel(t), wordCacheWords},
		{"two stages, small cache", twoStageModel(t), 500},
		{"part-of-speech features", posModel(t), wordCacheWords},
	} {
		c := tc.r.words.get()
		c.limit = tc.limit
		tc.r.words.put(c)
		changed, resets, posChanged := 0, 0, 0
		for di, sents := range docs {
			before := len(c.words)
			gotL, gotM := tc.r.tag(sents, nil)
			if len(c.words) < before {
				resets++
			}
			d := tc.r.prepare(sents)
			var wantL [][]uint8
			var wantM [][]float32
			for k, w := range tc.r.stages {
				if k > 0 {
					d.setPass1(wantL)
				}
				wantL, wantM = tc.r.tagPass(d, w)
			}
			if !slices.EqualFunc(gotL, wantL, slices.Equal) || !slices.EqualFunc(gotM, wantM, slices.Equal) {
				t.Fatalf("%s: document %d: cached tagging differs from tagPass:\n%v\n%v", tc.name, di, gotL, wantL)
			}
			if tc.r.extras&xPOS != 0 {
				if plain, _ := plainModel(t).tag(sents, nil); !slices.EqualFunc(plain, wantL, slices.Equal) {
					posChanged++
				}
			}
			if len(tc.r.stages) > 1 {
				first, _ := tc.r.tagPass(tc.r.prepare(sents), tc.r.stages[0])
				if !slices.EqualFunc(first, wantL, slices.Equal) {
					changed++
				}
			}
		}
		if tc.r.extras&xPOS != 0 && posChanged == 0 {
			t.Errorf("%s: the part-of-speech features changed no document: the test does not exercise them", tc.name)
		}
		if len(tc.r.stages) > 1 && changed == 0 {
			t.Errorf("%s: the second stage changed no document: the test does not exercise it", tc.name)
		}
		if tc.limit < wordCacheWords && resets == 0 && !testing.Short() {
			t.Errorf("%s: the cache was never emptied", tc.name)
		}
	}
}

// TestTagConcurrent tags testa from several goroutines sharing one
// recogniser (and its word caches) and checks that every document gets the
// tags it gets alone.
func TestTagConcurrent(t *testing.T) {
	docs := testaDocuments(t)[:40]
	r := twoStageModel(t)
	want := make([][][]string, len(docs))
	for i, d := range docs {
		want[i] = r.TagDocument(d)
	}
	const workers = 4
	errs := make(chan error, workers)
	for w := range workers {
		go func() {
			for k := range 3 * len(docs) {
				i := (k*7 + w*13) % len(docs)
				if got := r.TagDocument(docs[i]); !slices.EqualFunc(got, want[i], slices.Equal) {
					errs <- fmt.Errorf("worker %d: document %d tagged differently", w, i)
					return
				}
			}
			errs <- nil
		}()
	}
	for range workers {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
