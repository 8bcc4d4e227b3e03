package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

func (a *app) ingestCmd() *cobra.Command {
	var published, format string
	var maxBytes int64
	var quiet bool
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|-]...",
		Short: "Analyse articles and store their entities, events and relations",
		Long: `Ingest reads articles (plain text, Markdown, HTML, JSON lines with the fields
text/title/published/url; folders are walked, "-" reads standard input), extracts
entities, time expressions, events and relations, and stores them in the graph,
one transaction per document. Re-ingesting an unchanged document changes nothing;
a changed one replaces its earlier facts. Bad files are reported on stderr with
the reason and the command exits non-zero, after storing the good ones.`,
		Example: `  dossier ingest ~/articles/ news.jsonl page.html
  curl -s https://example.org/a.html | dossier ingest --format html -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			ro := read.DefaultOptions()
			ro.Format = format
			ro.MaxBytes = cfg.Ingest.MaxBytes
			if maxBytes > 0 {
				ro.MaxBytes = maxBytes
			}
			if published != "" {
				t, err := dossier.ParseDay(published)
				if err != nil {
					return fmt.Errorf("--published: %w", err)
				}
				ro.Published = t
			}
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			store, err := openStoreConfig(cmd.Context(), cfg, false)
			if err != nil {
				return err
			}
			defer store.Close()
			b := &ingest.Batch{Pipeline: p, Read: ro, Workers: cfg.Ingest.Workers}
			if !quiet && isTerminal(a.stderr) {
				b.Progress = func(pr ingest.Progress) {
					fmt.Fprintf(a.stderr, "\r%d/%d inputs, %d documents, %.0f words/s   ", pr.Done, pr.Inputs, pr.Documents, pr.WordsPerSecond())
				}
			}
			stdin := func() ([]*dossier.Document, error) { return read.Reader(a.stdin, "-", ro) }
			res, err := b.Run(cmd.Context(), args, stdin, store)
			if b.Progress != nil {
				fmt.Fprintln(a.stderr)
			}
			if err != nil {
				for _, e := range flatten(err) {
					fmt.Fprintln(a.stderr, "dossier: ingest:", e)
				}
			}
			if !quiet {
				fmt.Fprintln(a.stderr, res.Summary())
			}
			if err != nil {
				return &exitError{code: 1, err: fmt.Errorf("%d of the inputs failed", max(res.Failed, 1))}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&published, "published", "", "publication date YYYY-MM-DD for every input, overriding the documents' own dates (the anchor of relative dates)")
	f.StringVar(&format, "format", "", `input format: "text", "markdown", "html" or "jsonl" (default: by extension, then by content)`)
	f.Int64Var(&maxBytes, "max-bytes", 0, "size limit per input file in bytes (default 16 MiB, config ingest.max_bytes)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress and no summary")
	return cmd
}

// flatten lists the errors inside joined errors.
func flatten(err error) []error {
	var j interface{ Unwrap() []error }
	if errors.As(err, &j) && err == j.(error) {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}
