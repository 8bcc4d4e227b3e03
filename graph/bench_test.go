package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
)

// BenchmarkWriteDocument writes new documents (each like docA, under its own
// ID) into a store that grows, on each backend; quads/s is reported.
func BenchmarkWriteDocument(b *testing.B) {
	for _, backend := range Backends() {
		b.Run(backend, func(b *testing.B) {
			s := mustOpen(b, Options{Backend: backend, Path: filepath.Join(b.TempDir(), "g")})
			ctx := context.Background()
			src := docA()
			qs, err := Quads(src)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			i := 0
			cpu := cpuTime()
			for b.Loop() {
				a := renamed(src, fmt.Sprintf("doc-%016x", i))
				i++
				if _, err := s.WriteDocument(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(qs)*i)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(cpuTime()-cpu)/float64(i), "cpu-ns/op")
		})
	}
}

// BenchmarkRewriteUnchanged measures re-ingesting an unchanged document: a
// read of its quads and a diff, no write.
func BenchmarkRewriteUnchanged(b *testing.B) {
	s := mustOpen(b, Options{Backend: BackendBolt, Path: filepath.Join(b.TempDir(), "g")})
	ctx := context.Background()
	a := docA()
	if _, err := s.WriteDocument(ctx, a); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if changed, err := s.WriteDocument(ctx, a); err != nil || changed {
			b.Fatal(changed, err)
		}
	}
}

// BenchmarkEventsOfEntity reads the events of a shared entity from a store
// of 200 documents, on each backend.
func BenchmarkEventsOfEntity(b *testing.B) {
	for _, backend := range Backends() {
		b.Run(backend, func(b *testing.B) {
			s := mustOpen(b, Options{Backend: backend, Path: filepath.Join(b.TempDir(), "g"), NoSync: true})
			ctx := context.Background()
			for i := 0; i < 200; i++ {
				src := docA()
				if i%2 == 1 {
					src = docB()
				}
				if _, err := s.WriteDocument(ctx, renamed(src, fmt.Sprintf("doc-%016x", i))); err != nil {
					b.Fatal(err)
				}
			}
			f := EventFilter{Entities: []string{dossier.EntityID(dossier.Org, "Northwind Cooperative")}}
			n := 0
			var cpu time.Duration
			for b.Loop() {
				if n == 0 {
					cpu = cpuTime()
				}
				n++
				evs, err := s.Events(ctx, f)
				if err != nil || len(evs) != 300 {
					b.Fatal(len(evs), err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(n), "cpu-ns/op")
		})
	}
}

// cpuTime returns the CPU time (user and system) the process has used: on
// a shared machine it measures work better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
