package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/read"
)

// Sink receives analysed documents, one call per document; the graph store
// implements it. WriteDocument must be atomic per document and report
// whether the stored facts changed.
type Sink interface {
	WriteDocument(ctx context.Context, a *dossier.Analysis) (changed bool, err error)
}

// Progress is a snapshot of a running batch, passed to Batch.Progress.
type Progress struct {
	// Inputs is the number of inputs (files, "-"); Done how many are finished.
	Inputs, Done int
	// Documents, Words and Failed count documents analysed, their words,
	// and inputs or documents that failed.
	Documents, Words, Failed int
	// Elapsed is the time since the batch started.
	Elapsed time.Duration
}

// WordsPerSecond returns the throughput so far.
func (p Progress) WordsPerSecond() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Words) / p.Elapsed.Seconds()
}

// Result summarises a finished batch.
type Result struct {
	Progress
	// Changed and Unchanged count stored documents by whether their facts
	// changed.
	Changed, Unchanged int
	// Entities, Events and Relations count what the documents yielded.
	Entities, Events, Relations int
}

// Batch reads inputs, analyses every document with the pipeline and writes
// each to a sink, several documents at a time.
type Batch struct {
	Pipeline *Pipeline
	// Read are the reader options (size limit, --published, format).
	Read read.Options
	// Workers is the number of documents analysed at once; 0 means 1.
	Workers int
	// Progress, if set, is called after each document with a snapshot.
	// Calls are serialised.
	Progress func(Progress)
}

// Run ingests inputs (files, folders, "-" with stdin given as stdin). Bad
// inputs do not stop the batch: each is reported in the returned error
// (errors.Join of *dossier.InputError and per-document errors), and the good
// ones are stored.
func (b *Batch) Run(ctx context.Context, args []string, stdin func() ([]*dossier.Document, error), sink Sink) (Result, error) {
	start := time.Now()
	inputs, expandErr := read.Expand(args)
	var (
		mu   sync.Mutex
		res  Result
		errs []error
	)
	if expandErr != nil {
		errs = append(errs, expandErr)
		res.Failed += countJoined(expandErr)
	}
	res.Inputs = len(inputs)
	report := func() {
		res.Elapsed = time.Since(start)
		if b.Progress != nil {
			b.Progress(res.Progress)
		}
	}
	workers := b.Workers
	if workers < 1 {
		workers = 1
	}
	// Concurrency is per document: inputs are read one after the other
	// here, and each document is analysed and stored by one of the
	// workers, so a JSON-lines file of thousands of articles uses them all.
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	add := func(st Result, errList []error, inputDone bool) {
		mu.Lock()
		defer mu.Unlock()
		if inputDone {
			res.Done++
		}
		res.Documents += st.Documents
		res.Words += st.Words
		res.Changed += st.Changed
		res.Unchanged += st.Unchanged
		res.Entities += st.Entities
		res.Events += st.Events
		res.Relations += st.Relations
		if len(errList) > 0 {
			res.Failed += len(errList)
			errs = append(errs, errList...)
		}
		report()
	}
	for _, in := range inputs {
		if gctx.Err() != nil {
			break
		}
		var docs []*dossier.Document
		var err error
		if in == "-" && stdin != nil {
			docs, err = stdin()
		} else {
			docs, err = read.File(in, b.Read)
		}
		if err != nil {
			add(Result{}, []error{err}, len(docs) == 0)
		}
		var left atomic.Int64
		left.Store(int64(len(docs)))
		for _, d := range docs {
			if gctx.Err() != nil {
				break
			}
			g.Go(func() error {
				st, docErrs := b.analyse(gctx, []*dossier.Document{d}, sink)
				add(st, docErrs, left.Add(-1) == 0)
				return nil
			})
		}
	}
	_ = g.Wait()
	res.Elapsed = time.Since(start)
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return res, errors.Join(errs...)
}

// Documents analyses and stores documents already read, e.g. the bundled
// samples of the demo, one after the other.
func (b *Batch) Documents(ctx context.Context, docs []*dossier.Document, sink Sink) (Result, error) {
	start := time.Now()
	res, errs := b.analyse(ctx, docs, sink)
	res.Inputs, res.Done = len(docs), len(docs)
	res.Failed = len(errs)
	res.Elapsed = time.Since(start)
	return res, errors.Join(errs...)
}

// analyse runs the pipeline over docs and writes each to sink.
func (b *Batch) analyse(ctx context.Context, docs []*dossier.Document, sink Sink) (Result, []error) {
	var st Result
	var errs []error
	for _, d := range docs {
		if ctx.Err() != nil {
			break
		}
		a, err := b.Pipeline.Run(ctx, d)
		if err == nil {
			var changed bool
			changed, err = sink.WriteDocument(ctx, a)
			if changed {
				st.Changed++
			} else if err == nil {
				st.Unchanged++
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", d.Source, err))
			continue
		}
		st.Documents++
		st.Words += len(a.Tokens)
		st.Entities += len(a.Entities)
		st.Events += len(a.Events)
		st.Relations += len(a.Relations)
	}
	return st, errs
}

func countJoined(err error) int {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return len(j.Unwrap())
	}
	return 1
}

// Summary formats a result as one line for people.
func (r Result) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents (%d changed, %d unchanged) from %d inputs, %d words in %.1fs (%.0f words/s): %d entities, %d events, %d relations",
		r.Documents, r.Changed, r.Unchanged, r.Inputs, r.Words, r.Elapsed.Seconds(), r.WordsPerSecond(), r.Entities, r.Events, r.Relations)
	if r.Failed > 0 {
		fmt.Fprintf(&b, "; %d failed", r.Failed)
	}
	return b.String()
}
