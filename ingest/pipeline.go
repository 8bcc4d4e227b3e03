// Package ingest turns documents into analyses: it runs the stages of the
// NLP pipeline (segmentation, tagging, parsing, entity recognition, time
// expressions, alias resolution, events and relations) over one document.
//
// Readers of files live in ingest/read, and each big stage has a subpackage
// of its own (ingest/text, ingest/pos, ingest/ner, ingest/parse,
// ingest/timex...). This package only defines what a stage is and runs them
// in order; it never touches the graph store.
package ingest

import (
	"context"
	"fmt"

	"github.com/dossier-kg/dossier"
)

// Stage is one step of the pipeline. It reads what earlier stages put into
// the analysis and adds its own layer. Stages are synchronous and must be
// safe for concurrent use on different analyses.
type Stage interface {
	// Name identifies the stage in errors and timings ("tokenize", "ner").
	Name() string
	// Process adds the stage's annotations to a.
	Process(ctx context.Context, a *dossier.Analysis) error
}

// StageFunc adapts a function to the Stage interface.
type StageFunc struct {
	StageName string
	Func      func(ctx context.Context, a *dossier.Analysis) error
}

// Name implements Stage.
func (f StageFunc) Name() string { return f.StageName }

// Process implements Stage.
func (f StageFunc) Process(ctx context.Context, a *dossier.Analysis) error { return f.Func(ctx, a) }

// Pipeline runs its stages in order over one document at a time. A Pipeline
// is safe for concurrent use if its stages are; concurrency belongs at the
// document level.
type Pipeline struct {
	Stages []Stage
}

// Run analyses one document. It stops at the first failing stage, or when
// ctx is done, and names the stage and the document in the error.
func (p *Pipeline) Run(ctx context.Context, doc *dossier.Document) (*dossier.Analysis, error) {
	a := &dossier.Analysis{Doc: doc}
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := process(ctx, s, a); err != nil {
			return nil, fmt.Errorf("%s: stage %s: %w", doc.Source, s.Name(), err)
		}
	}
	return a, nil
}

// process runs one stage over a, turning a panic into an error: a fault
// that one document's text brings out fails that document, not the batch
// it came in (nothing of it is stored; the other documents are).
func process(ctx context.Context, s Stage, a *dossier.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it with the document): %v", r)
		}
	}()
	return s.Process(ctx, a)
}
