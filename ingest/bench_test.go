package ingest_test

import (
	"context"
	"os"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

// BenchmarkPipelineSeed analyses the reference article with the default
// pipeline (no store) and reports words per second.
func BenchmarkPipelineSeed(b *testing.B) {
	if _, err := os.Stat(seedPath); err != nil {
		b.Fatalf("the reference article is missing (%v): benchmarks need ../shared", err)
	}
	docs, err := read.File(seedPath, read.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	p, err := ingest.Default()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	words := 0
	b.SetBytes(int64(len(docs[0].Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *docs[0]
		a, err := p.Run(ctx, &d)
		if err != nil {
			b.Fatal(err)
		}
		words += len(a.Tokens)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	_ = dossier.Org
}
