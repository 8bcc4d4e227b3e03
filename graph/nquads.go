package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// loadBatch is how many quads ReadNQuads applies per transaction.
const loadBatch = 10000

// dumpChunk is how many lines WriteNQuads sorts in memory at once; larger
// stores are sorted in chunks spilled to temporary files and merged, so a
// dump of millions of quads runs in bounded memory.
const dumpChunk = 200000

// WriteNQuads writes every quad of the store to w as N-Quads, one line per
// quad, sorted bytewise: the same graph always gives the same bytes, and
// ReadNQuads loads it back losslessly. Memory stays bounded: lines are
// sorted in chunks of dumpChunk, spilled to temporary files when there is
// more than one, and merged.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	return s.writeNQuads(ctx, w, dumpChunk)
}

// writeNQuads is WriteNQuads with a chunk size of its own, for tests.
func (s *Store) writeNQuads(ctx context.Context, w io.Writer, chunk int) error {
	var (
		lines  []string
		chunks []*os.File
	)
	defer func() {
		for _, f := range chunks {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	spill := func() error {
		sort.Strings(lines)
		f, err := os.CreateTemp("", "dossier-dump-*.nq")
		if err != nil {
			return err
		}
		chunks = append(chunks, f)
		bw := bufio.NewWriter(f)
		for _, l := range lines {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
		lines = lines[:0]
		if err := bw.Flush(); err != nil {
			return err
		}
		_, err = f.Seek(0, io.SeekStart)
		return err
	}
	err := s.View(ctx, func(qs cgraph.QuadStore) error {
		it := qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			lines = append(lines, nquad(q))
			if len(lines) == chunk {
				if err := spill(); err != nil {
					return err
				}
			}
		}
		return it.Err()
	})
	if err != nil {
		return fmt.Errorf("graph: dump quads: %w", err)
	}
	bw := bufio.NewWriter(w)
	if len(chunks) == 0 {
		sort.Strings(lines)
		for _, l := range lines {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
	} else {
		if len(lines) > 0 {
			if err := spill(); err != nil {
				return fmt.Errorf("graph: dump quads: %w", err)
			}
		}
		if err := mergeSorted(ctx, bw, chunks); err != nil {
			return fmt.Errorf("graph: dump quads: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: dump quads: %w", err)
	}
	return nil
}

// mergeSorted merges sorted line files into w, dropping nothing.
func mergeSorted(ctx context.Context, w *bufio.Writer, files []*os.File) error {
	type head struct {
		line string
		sc   *bufio.Scanner
	}
	var heads []head
	for _, f := range files {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64*1024), 64<<20)
		if sc.Scan() {
			heads = append(heads, head{sc.Text(), sc})
		} else if err := sc.Err(); err != nil {
			return err
		}
	}
	for n := 0; len(heads) > 0; n++ {
		if n%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		min := 0
		for i := 1; i < len(heads); i++ {
			if heads[i].line < heads[min].line {
				min = i
			}
		}
		w.WriteString(heads[min].line)
		w.WriteByte('\n')
		if heads[min].sc.Scan() {
			heads[min].line = heads[min].sc.Text()
		} else {
			if err := heads[min].sc.Err(); err != nil {
				return err
			}
			heads = append(heads[:min], heads[min+1:]...)
		}
	}
	return nil
}

// ReadNQuads loads N-Quads (such as a WriteNQuads dump) into the store, in
// transactions of loadBatch quads; quads already present are skipped. Every
// quad needs a label (its document). A malformed quad stops the load with an
// error naming its number; the batches before it stay loaded.
func (s *Store) ReadNQuads(ctx context.Context, r io.Reader) error {
	dec := nquads.NewReader(r, false)
	defer dec.Close()
	line := 0
	batch := make([]cgraph.Delta, 0, loadBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := s.update(ctx, func(qs cgraph.QuadStore) error {
			if err := qs.ApplyDeltas(batch, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
				if rerr := s.resetKV(); rerr != nil {
					return fmt.Errorf("%w (and reopening the store failed: %v)", err, rerr)
				}
				return err
			}
			return nil
		})
		batch = batch[:0]
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		q, err := dec.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			return fmt.Errorf("graph: load quads: quad %d: %w", line, err)
		}
		if err := checkQuad(q); err != nil {
			return fmt.Errorf("graph: load quads: quad %d: %w", line, err)
		}
		batch = append(batch, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(batch) == loadBatch {
			if err := flush(); err != nil {
				return fmt.Errorf("graph: load quads %d-%d: %w", line-loadBatch+1, line, err)
			}
		}
	}
	if err := flush(); err != nil {
		return fmt.Errorf("graph: load quads: %w", err)
	}
	return nil
}

// checkQuad rejects quads the store cannot keep faithfully: a missing label
// (every fact belongs to a document) or a value that N-Quads cannot write.
func checkQuad(q quad.Quad) error {
	if q.Label == nil {
		return fmt.Errorf("%s: no label (every quad must name its document)", q.NQuad())
	}
	for _, d := range quad.Directions {
		v := q.Get(d)
		if !quad.IsValidValue(v) {
			return fmt.Errorf("%s: invalid %s", q.NQuad(), d)
		}
		if _, ok := v.(quad.BNode); ok {
			return fmt.Errorf("%s: blank node as %s is not supported", q.NQuad(), d)
		}
	}
	return nil
}

// nquad returns the N-Quads line of q (without the newline), with the
// datatypes of numbers, booleans and times written as full XSD IRIs (Cayley
// writes them short, as <xsd:integer>, which other tools do not read).
func nquad(q quad.Quad) string {
	var b strings.Builder
	for i, d := range quad.Directions {
		v := q.Get(d)
		if v == nil {
			continue
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(valueKey(v))
	}
	b.WriteString(" .")
	return b.String()
}

// valueKey returns the N-Quads form of v, datatypes in full.
func valueKey(v quad.Value) string {
	switch t := v.(type) {
	case quad.TypedString:
		t.Type = t.Type.Full()
		return t.String()
	case interface{ TypedString() quad.TypedString }:
		ts := t.TypedString()
		ts.Type = ts.Type.Full()
		return ts.String()
	}
	return v.String()
}
