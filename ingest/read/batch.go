package read

import (
	"context"
	"errors"
	"io"

	"github.com/dossier-kg/dossier"
)

// Each expands command-line arguments (see Expand) and reads every input in
// order, calling fn with each document: stdin is read for "-". Bad inputs
// and bad JSON lines do not stop the batch: Each returns a joined error
// with one *dossier.InputError per bad argument, file or line, after the
// good documents have been passed to fn. An error from fn, or ctx being
// done, stops the batch at once and is returned (joined with the input
// errors so far).
func Each(ctx context.Context, args []string, stdin io.Reader, opts Options, fn func(*dossier.Document) error) error {
	inputs, err := Expand(args)
	var errs []error
	if err != nil {
		errs = append(errs, unwrapJoined(err)...)
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return errors.Join(append(errs, err)...)
		}
		var docs []*dossier.Document
		if in == "-" {
			if stdin == nil {
				errs = append(errs, &dossier.InputError{Source: "-", Reason: "no standard input"})
				continue
			}
			docs, err = Reader(stdin, "-", opts)
		} else {
			docs, err = File(in, opts)
		}
		if err != nil {
			errs = append(errs, unwrapJoined(err)...)
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return errors.Join(append(errs, err)...)
			}
		}
	}
	return errors.Join(errs...)
}

// All reads every input like Each and returns the documents of the good
// ones together with the joined error of the bad ones.
func All(ctx context.Context, args []string, stdin io.Reader, opts Options) ([]*dossier.Document, error) {
	var docs []*dossier.Document
	err := Each(ctx, args, stdin, opts, func(d *dossier.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// unwrapJoined flattens an errors.Join result into its parts.
func unwrapJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
