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
// (GOMAXPROCS=1).
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
	p := &ingest.Pipeline{Stages: []ingest.Stage{text.Segmenter{}, pos.Stage{Tagger: tagger}, ner.Stage{Recognizer: rec}}}
	ctx := context.Background()
	tokens := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
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
	_ = dossier.Org
}
