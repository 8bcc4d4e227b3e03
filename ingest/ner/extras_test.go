package ner

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCharGrams(t *testing.T) {
	tests := []struct {
		word string
		want []string // the n-grams, 3-grams first
	}{
		{"Berg", []string{"ber", "erg", "berg"}},
		{"OSLO", []string{"osl", "slo", "oslo"}},
		{"Zhou", []string{"zho", "hou", "zhou"}},
		{"Łódź", []string{"łód", "ódź", "łódź"}},
		{"Ab", nil},
		{strings.Repeat("x", maxGramRunes+1), nil},
	}
	for _, tc := range tests {
		var want []uint64
		for _, g := range tc.want {
			want = append(want, gramHash(g))
		}
		if got := charGrams(tc.word); !slices.Equal(got, want) {
			t.Errorf("charGrams(%q) = %x, want the hashes of %q", tc.word, got, tc.want)
		}
	}
	// Shared name morphology gives shared features.
	a, b := charGrams("Petrovic"), charGrams("Ivanovic")
	if !slices.Contains(a, gramHash("ovic")) || !slices.Contains(b, gramHash("ovic")) {
		t.Error(`"Petrovic" and "Ivanovic" do not share the 4-gram "ovic"`)
	}
}

// gramHash hashes one lower-case n-gram as charGrams does.
func gramHash(g string) uint64 {
	rs := []rune(g)
	h := uint64(fnvOffset) ^ uint64(len(rs))
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

func TestLexOfGrams(t *testing.T) {
	on := &Recognizer{extras: xGrams}
	off := &Recognizer{}
	tests := []struct {
		r     *Recognizer
		word  string
		grams int
	}{
		{on, "Petrovic", 6 + 5},
		{on, "petrovic", 0}, // not capitalised
		{on, "Zeta", 3},
		{on, "Zet", 0}, // too short: affixes cover it
		{on, "1990s", 0},
		{off, "Petrovic", 0},
	}
	for _, tc := range tests {
		if got := len(tc.r.lexOf(tc.word).grams); got != tc.grams {
			t.Errorf("extras %#x: lexOf(%q) has %d n-grams, want %d", tc.r.extras, tc.word, got, tc.grams)
		}
	}
}

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

func TestParseFeatures(t *testing.T) {
	tests := []struct {
		list string
		want uint64
		ok   bool
	}{
		{"", 0, true},
		{"grams", xGrams, true},
		{"pos, aux", xPOS | xAux, true},
		{"grams,pos,aux", xAll, true},
		{"gazetteer", 0, false},
	}
	for _, tc := range tests {
		got, err := ParseFeatures(tc.list)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseFeatures(%q) = %#x, %v; want %#x, ok %v", tc.list, got, err, tc.want, tc.ok)
		}
	}
}

// TestTrainFeatureGroups trains a small model with every optional feature
// group (the auxiliary recogniser on a GUM fragment written for this test)
// and checks that the groups' facts reach the document and that the model
// survives a save and load.
func TestTrainFeatureGroups(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	names := []string{"Anna Berg", "Tom Wright", "Lena Ford", "Omar Haddad"}
	places := []string{"Oslo", "Quito", "Hanoi", "Dakar"}
	for i := 0; i < 40; i++ {
		n := strings.Fields(names[i%4])
		sb.WriteString("-DOCSTART- O\n\n" + n[0] + " B-PER\n" + n[1] + " I-PER\nflew O\nto O\n" + places[(i/4)%4] + " B-LOC\n. O\n\n")
	}
	train := filepath.Join(dir, "train.conll")
	gum := filepath.Join(dir, "gum.conllu")
	if err := os.WriteFile(train, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gum, []byte(strings.Repeat(gumSample, 5)), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Train(context.Background(), TrainOptions{Train: train, Iters: 3, Seed: 7, Features: xAll, AuxGUM: gum, AuxIters: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.extras != xAll || r.aux == nil || r.posTagger == nil {
		t.Fatalf("trained model: extras %#x, aux %v, tagger %v", r.extras, r.aux != nil, r.posTagger != nil)
	}
	doc := [][]string{strings.Fields("Anna Berg flew to Hanoi .")}
	d := r.prepare(doc)
	if len(d.pos) != 1 || len(d.pos[0]) != 6 || d.pos[0][5] != posClass("PUNCT") || len(d.aux) != 1 || len(d.aux[0]) != 6 {
		t.Errorf("document facts: pos %v, aux %v", d.pos, d.aux)
	}
	if got, want := r.TagDocument(doc)[0], strings.Fields("B-PER I-PER O O B-LOC O"); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if r2.extras != xAll || r2.aux == nil {
		t.Fatalf("loaded model: extras %#x, aux %v", r2.extras, r2.aux != nil)
	}
	if a, b := r.TagDocument(doc), r2.TagDocument(doc); !slices.EqualFunc(a, b, slices.Equal) {
		t.Errorf("tags differ after save and load:\n%v\n%v", a, b)
	}
	if _, err := Train(context.Background(), TrainOptions{Train: train, Iters: 1, Features: xAux, AuxGUM: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing GUM file: want an error")
	}
}
