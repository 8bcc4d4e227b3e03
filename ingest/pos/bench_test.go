package pos

import (
	"os"
	"testing"
)

// loadTestTagger loads the model at $POS_MODEL, or the embedded one.
func loadTestTagger(tb testing.TB) *Tagger {
	tb.Helper()
	if p := os.Getenv("POS_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		t, err := Load(f)
		if err != nil {
			tb.Fatal(err)
		}
		return t
	}
	t, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// BenchmarkTag tags the EWT dev sentences and reports words per second.
func BenchmarkTag(b *testing.B) {
	t := loadTestTagger(b)
	sents, err := ReadCoNLLUFile(ewtPath(b, "dev"))
	if err != nil {
		b.Fatal(err)
	}
	var words [][]string
	n := 0
	for i := range sents {
		w := sents[i].Words()
		words = append(words, w)
		n += len(w)
	}
	sink := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			t.TagFunc(w, func(i int, tag Tag) { sink += len(tag.UPOS) })
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if sink == 0 {
		b.Fatal("no tags")
	}
}
