package pos

import (
	"bytes"
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

// BenchmarkLoad measures reading the embedded model (it must stay under a
// second).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
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
	cpu0 := cpuTime()
	for b.Loop() {
		for _, w := range words {
			t.TagFunc(w, func(i int, tag Tag) { sink += len(tag.UPOS) })
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time understates the speed; with GOMAXPROCS=1
	// the process CPU time is the single-core figure.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
	if sink == 0 {
		b.Fatal("no tags")
	}
}
