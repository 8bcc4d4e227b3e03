package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/query"
)

func (a *app) queryCmd() *cobra.Command {
	var limit int
	var timeoutFlag string
	var short bool
	cmd := &cobra.Command{
		Use:   "query GIZMO",
		Short: "Run a Gizmo query against the store and print the results as JSON",
		Long: `Query runs a Gizmo (JavaScript) query with a timeout and a result limit and
prints the results as a JSON array. The prefixes rdf:, schema: and dossier: may
be used in IRIs; see the README for the vocabulary and recipes.`,
		Example: `  dossier query 'g.V().Has("<rdf:type>", "<schema:Event>").Out("<schema:startDate>").All()'`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			opts := query.Options{Timeout: cfg.Query.Timeout, Limit: cfg.Query.Limit, ShortIRIs: short}
			if limit > 0 {
				opts.Limit = limit
			}
			if timeoutFlag != "" {
				if opts.Timeout, err = parseDuration("--timeout", timeoutFlag); err != nil {
					return err
				}
			}
			s, err := openStoreConfig(cmd.Context(), cfg, true)
			if err != nil {
				return err
			}
			defer s.Close()
			r, err := query.Run(cmd.Context(), s, args[0], opts)
			if err != nil {
				return err
			}
			res := r.Values
			if res == nil {
				res = []any{}
			}
			if r.Truncated {
				fmt.Fprintf(a.stderr, "dossier: query: results cut at --limit %d\n", opts.Limit)
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false) // IRIs print as <...>, not \u003c...\u003e
			return enc.Encode(res)
		},
	}
	cmd.Flags().BoolVar(&short, "short", false, "print IRIs with prefixes (<schema:Event>) instead of in full")
	cmd.Flags().IntVar(&limit, "limit", 0, "maximum number of results (default 1000, config query.limit)")
	cmd.Flags().StringVar(&timeoutFlag, "timeout", "", "stop the query after this long, e.g. 10s (default 30s, config query.timeout)")
	return cmd
}
