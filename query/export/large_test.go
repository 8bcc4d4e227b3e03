package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"
)

// countingWriter counts bytes and lines and drops them.
type countingWriter struct{ bytes, lines int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += int64(len(p))
	c.lines += int64(bytes.Count(p, []byte{'\n'}))
	return len(p), nil
}

// peakHeap samples the live heap every millisecond until stop is called,
// and returns the largest value seen.
func peakHeap() (stop func() uint64) {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			mu.Lock()
			peak = max(peak, m.HeapAlloc)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

func heapNow() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestLargeExport writes a graph of about a million N-Quads in every
// format and logs the time, output size and peak heap of each. It is a
// measurement, run on request: DOSSIER_EXPORT_LARGE=1 go test -run
// TestLargeExport -v ./query/export/
func TestLargeExport(t *testing.T) {
	if os.Getenv("DOSSIER_EXPORT_LARGE") == "" {
		t.Skip("set DOSSIER_EXPORT_LARGE=1 to measure exports of about a million quads")
	}
	base := heapNow()
	g := generatedGraph(42, 10000, 23000)
	withGraph := heapNow()
	t.Logf("graph: %d entities, %d events, %d relations, %d documents; %.0f MB of heap",
		len(g.Entities), len(g.Events), len(g.Relations), len(g.Documents), float64(withGraph-base)/1e6)
	for _, f := range Formats() {
		var c countingWriter
		_ = heapNow()
		stop := peakHeap()
		start := time.Now()
		if err := f.Write(context.Background(), &c, g, Options{}); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		took := time.Since(start)
		peak := stop()
		extra := int64(peak) - int64(withGraph)
		t.Logf("%-10s %7.2f s  %8.1f MB out  %9d lines  peak heap %6.0f MB (%+.0f MB over the graph)",
			f.Name, took.Seconds(), float64(c.bytes)/1e6, c.lines, float64(peak)/1e6, float64(extra)/1e6)
	}
	runtime.KeepAlive(g)
}

// BenchmarkWrite measures every writer on a generated graph of about 25,000
// N-Quads.
func BenchmarkWrite(b *testing.B) {
	g := generatedGraph(1, 500, 1000)
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.Write(context.Background(), io.Discard, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadNQuads measures the N-Quads reader on the same graph.
func BenchmarkReadNQuads(b *testing.B) {
	data := encodeNQ(b, generatedGraph(1, 500, 1000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadNQuads(context.Background(), bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
