package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/ner"
	"github.com/dossier-kg/dossier/ingest/pos"
	"github.com/dossier-kg/dossier/ingest/read"
	"github.com/dossier-kg/dossier/ingest/text"
)

// BenchmarkTokenizePOSNER runs the NLP core (segmentation, part-of-speech
// tagging, entity recognition) over the first 300 BBC News articles and
// reports tokens per second: the speed target is 100k on one core
// (GOMAXPROCS=1). It measures the embedded recogniser and, when the
// environment variable DOSSIER_NER_MODEL names a model file, that one too in
// the same run, so that a two-stage model's cost shows as a ratio:
//
//	DOSSIER_NER_MODEL=/tmp/ner2.gz GOMAXPROCS=1 go test -run XXX -bench TokenizePOSNER ./ingest/
func BenchmarkTokenizePOSNER(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "data", "bbc_news", "bbc_news.jsonl.gz")
	if _, err := os.Stat(path); err != nil {
		b.Fatalf("BBC News is missing (%v): benchmarks need ../shared", err)
	}
	docs, err := read.File(path, read.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	docs = docs[:300]
	tagger, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	rec, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	models := []struct {
		name string
		rec  *ner.Recognizer
	}{{"model=embedded", rec}}
	if mp := os.Getenv("DOSSIER_NER_MODEL"); mp != "" {
		f, err := os.Open(mp)
		if err != nil {
			b.Fatal(err)
		}
		r, err := ner.Load(f)
		f.Close()
		if err != nil {
			b.Fatalf("DOSSIER_NER_MODEL: %v", err)
		}
		models = append(models, struct {
			name string
			rec  *ner.Recognizer
		}{"model=" + filepath.Base(mp), r})
	}
	ctx := context.Background()
	for _, m := range models {
		b.Run(m.name, func(b *testing.B) {
			p := &ingest.Pipeline{Stages: []ingest.Stage{text.Segmenter{}, pos.Stage{Tagger: tagger}, ner.Stage{Recognizer: m.rec}}}
			tokens := 0
			cpu0 := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					dd := *d
					a, err := p.Run(ctx, &dd)
					if err != nil {
						b.Fatal(err)
					}
					tokens += len(a.Tokens)
				}
			}
			b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
			// On a shared machine wall time overstates the cost; with
			// GOMAXPROCS=1 the process CPU time is the single-core figure.
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
			}
		})
	}
	_ = dossier.Org
}
