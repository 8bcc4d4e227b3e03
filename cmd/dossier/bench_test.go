package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

// BenchmarkIngestSeed ingests the reference article end to end, as
// "dossier ingest" does: read, analyse, and write to an embedded bolt
// store (a fresh document ID each round, so every write is a real one).
func BenchmarkIngestSeed(b *testing.B) {
	seed := filepath.Join("..", "..", "..", "shared", "seeds", "000_df6e2bbf6ffeb53d.txt")
	if _, err := os.Stat(seed); err != nil {
		b.Fatalf("the reference article is missing (%v): benchmarks need ../shared", err)
	}
	p, err := ingest.Default()
	if err != nil {
		b.Fatal(err)
	}
	opts := graph.DefaultOptions()
	opts.Path = filepath.Join(b.TempDir(), "graph.bolt")
	opts.NoSync = false
	ctx := context.Background()
	s, err := graph.Open(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	words := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs, err := read.File(seed, read.DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		d := docs[0]
		d.ID = d.ID + "-" + string(rune('a'+i%26)) + string(rune('a'+i/26%26))
		a, err := p.Run(ctx, d)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.WriteDocument(ctx, a); err != nil {
			b.Fatal(err)
		}
		words += len(a.Tokens)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
