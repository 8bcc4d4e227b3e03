package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

func (a *app) extractCmd() *cobra.Command {
	var published, format, inFormat string
	cmd := &cobra.Command{
		Use:   "extract [--format json] [--published YYYY-MM-DD] FILE",
		Short: "Print the extraction of one document as JSON, without a store",
		Long: `Extract analyses one document (a file, or "-" for standard input) and prints
its entities, events, relations and time expressions as one JSON object:

  {"document": {"id", "title", "published", "source"},
   "entities": [{"id", "type", "name", "aliases", "mentions": [{"start", "end", "text"}]}],
   "events": [{"id", "type", "date", "precision", "participants": [{"entity", "role"}],
               "place", "sentence", "start", "end", "confidence"}],
   "relations": [{"subject", "predicate", "object", "sentence", "confidence"}],
   "timexes": [{"start", "end", "text", "type", "value"}]}

Offsets are byte offsets into the document's text as read (for HTML the
extracted text), end exclusive. A JSON-lines file gives one object per line.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" {
				return fmt.Errorf("--format %q: only \"json\" is supported", format)
			}
			ro := read.DefaultOptions()
			ro.Format = inFormat
			if published != "" {
				t, err := dossier.ParseDay(published)
				if err != nil {
					return fmt.Errorf("--published: %w", err)
				}
				ro.Published = t
			}
			var docs []*dossier.Document
			var err error
			if args[0] == "-" {
				docs, err = read.Reader(a.stdin, "-", ro)
			} else {
				docs, err = read.File(args[0], ro)
			}
			if err != nil && len(docs) == 0 {
				return err
			}
			p, perr := a.pipeline()
			if perr != nil {
				return perr
			}
			enc := json.NewEncoder(a.stdout)
			for _, d := range docs {
				an, rerr := p.Run(cmd.Context(), d)
				if rerr != nil {
					return rerr
				}
				if werr := enc.Encode(ingest.NewExtraction(an)); werr != nil {
					return werr
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "json", `output format: "json"`)
	f.StringVar(&published, "published", "", "publication date YYYY-MM-DD (the anchor of relative dates)")
	f.StringVar(&inFormat, "input-format", "", `input format: "text", "markdown", "html" or "jsonl" (default: detect)`)
	return cmd
}
