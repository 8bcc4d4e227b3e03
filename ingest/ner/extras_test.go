package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestPOSClass(t *testing.T) {
	tests := []struct {
		upos string
		want uint8
	}{
		{"ADJ", 0}, {"PROPN", 11}, {"X", 16}, {"", 16}, {"propn", 16},
	}
	for _, tc := range tests {
		if got := posClass(tc.upos); got != tc.want {
			t.Errorf("posClass(%q) = %d, want %d", tc.upos, got, tc.want)
		}
	}
}

func TestPOSFeatures(t *testing.T) {
	ps := []uint8{posClass("DET"), posClass("PROPN"), posClass("VERB")}
	const shape = 77
	tests := []struct {
		i    int
		want []uint64
	}{
		{0, []uint64{
			feat2(tPOS, posSlotM1, posPad), feat2(tPOS, posSlot0, 5), feat2(tPOS, posSlotP1, 11),
			feat2(tPOSShape, 5, shape), feat3(tPOS, posSlotBiM, posPad, 5), feat3(tPOS, posSlotBiP, 5, 11),
		}},
		{1, []uint64{
			feat2(tPOS, posSlotM1, 5), feat2(tPOS, posSlot0, 11), feat2(tPOS, posSlotP1, 15),
			feat2(tPOSShape, 11, shape), feat3(tPOS, posSlotBiM, 5, 11), feat3(tPOS, posSlotBiP, 11, 15),
		}},
		{2, []uint64{
			feat2(tPOS, posSlotM1, 11), feat2(tPOS, posSlot0, 15), feat2(tPOS, posSlotP1, posPad),
			feat2(tPOSShape, 15, shape), feat3(tPOS, posSlotBiM, 11, 15), feat3(tPOS, posSlotBiP, 15, posPad),
		}},
	}
	for _, tc := range tests {
		if got := posFeatures(nil, ps, tc.i, shape); !slices.Equal(got, tc.want) {
			t.Errorf("token %d: got %x, want %x", tc.i, got, tc.want)
		}
	}
}

func TestComplete(t *testing.T) {
	sents := [][]string{{"Anna", "left"}, {"."}}
	tests := []struct {
		name string
		upos [][]string
		want bool
	}{
		{"all tagged", [][]string{{"PROPN", "VERB"}, {"PUNCT"}}, true},
		{"nil", nil, false},
		{"a tag missing", [][]string{{"PROPN", ""}, {"PUNCT"}}, false},
		{"a sentence short", [][]string{{"PROPN"}, {"PUNCT"}}, false},
		{"a sentence missing", [][]string{{"PROPN", "VERB"}}, false},
	}
	for _, tc := range tests {
		if got := complete(tc.upos, sents); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTrainPOS trains a small model with part-of-speech features and checks
// that the parts of speech reach the document, from the tagger or from
// given tags, and that the model keeps them through a save and load.
func TestTrainPOS(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	names := []string{"Anna Berg", "Tom Wright", "Lena Ford", "Omar Haddad"}
	places := []string{"Oslo", "Quito", "Hanoi", "Dakar"}
	for i := 0; i < 40; i++ {
		n := strings.Fields(names[i%4])
		sb.WriteString("-DOCSTART- O\n\n" + n[0] + " B-PER\n" + n[1] + " I-PER\nflew O\nto O\n" + places[(i/4)%4] + " B-LOC\n. O\n\n")
	}
	train := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(train, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Train(context.Background(), TrainOptions{Train: train, Iters: 3, Seed: 7, POS: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.extras != xPOS || r.posTagger == nil {
		t.Fatalf("trained model: extras %#x, tagger %v", r.extras, r.posTagger != nil)
	}
	doc := [][]string{strings.Fields("Anna Berg flew to Hanoi .")}
	d := r.prepare(doc)
	if len(d.pos) != 1 || len(d.pos[0]) != 6 || d.pos[0][3] != posClass("ADP") || d.pos[0][5] != posClass("PUNCT") {
		t.Errorf("tagged parts of speech: %v", d.pos)
	}
	given := [][]string{{"X", "X", "X", "X", "X", "SYM"}}
	if d := r.prepareCached(doc, given, nil); !slices.Equal(d.pos[0], []uint8{16, 16, 16, 16, 16, posClass("SYM")}) {
		t.Errorf("given parts of speech: got %v", d.pos[0])
	}
	if got, want := r.TagDocument(doc)[0], strings.Fields("B-PER I-PER O O B-LOC O"); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	r2 := saveLoad(t, r)
	if r2.extras != xPOS || r2.posTagger == nil {
		t.Fatalf("loaded model: extras %#x, tagger %v", r2.extras, r2.posTagger != nil)
	}
	if a, b := r.TagDocument(doc), r2.TagDocument(doc); !slices.EqualFunc(a, b, slices.Equal) {
		t.Errorf("tags differ after save and load:\n%v\n%v", a, b)
	}
	// A model without the features neither tags nor reads parts of speech.
	r3, err := Train(context.Background(), TrainOptions{Train: train, Iters: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if r3.extras != 0 || r3.prepare(doc).pos != nil {
		t.Errorf("model without POS: extras %#x", r3.extras)
	}
}

// TestSaveFormat checks that a model without optional feature groups is
// written in the previous format (so that older recipes reproduce older
// models byte for byte) and one with them in the current one, and that both
// load with their groups.
func TestSaveFormat(t *testing.T) {
	base := plainModel(t)
	withPOS := *base
	withPOS.extras = xPOS
	if err := withPOS.loadExtras(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		r     *Recognizer
		magic string
	}{
		{base, modelMagicV3},
		{&withPOS, modelMagic},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := tc.r.Save(&buf); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		head := make([]byte, len(tc.magic))
		if _, err := io.ReadFull(zr, head); err != nil {
			t.Fatal(err)
		}
		if string(head) != tc.magic {
			t.Errorf("extras %#x: written as %q, want %q", tc.r.extras, head, tc.magic)
		}
		r2, err := Load(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if r2.extras != tc.r.extras {
			t.Errorf("extras %#x: loaded as %#x", tc.r.extras, r2.extras)
		}
	}
}
