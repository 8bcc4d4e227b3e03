package main

import (
	"fmt"
	"time"

	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/evaluate"
	"github.com/dossier-kg/dossier/ingest/gum"
	"github.com/spf13/cobra"
)

// evalPronounsCmd scores pronoun resolution on GUM's coreference layer.
func (a *app) evalPronounsCmd() *cobra.Command {
	var (
		path      string
		genres    []string
		workers   int
		casesPath string
	)
	cmd := &cobra.Command{
		Use:   "pronouns [--gum FILE] [--genres news,bio,...]",
		Short: "Score how pronouns are linked to named entities, on GUM coreference",
		Long: `Reads a GUM CoNLL-U file with its coreference layer (Entity= in the MISC
column), rebuilds each document's text, runs the default pipeline over it and
prints, per pronoun and overall, how many gold pronouns there are, how many
have an antecedent among the names the pipeline found (resolvable), how many
pronouns the pipeline linked, and how many links point to the right entity
(P = correct/linked, R = correct/resolvable).

Tune on gum_train and gum_dev; gum_test is for reporting. --cases writes every
wrong, spurious and missed link as a tab-separated line for reading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			docs, err := gum.ReadFile(path)
			if err != nil {
				return err
			}
			docs = gum.WithGenres(docs, genres)
			if len(docs) == 0 {
				return fmt.Errorf("no GUM documents of genres %v in %s", genres, path)
			}
			p, err := ingest.Default()
			if err != nil {
				return err
			}
			r, err := evaluate.EvaluatePronouns(cmd.Context(), p, docs, workers, casesPath != "")
			if err != nil {
				return err
			}
			if err := evaluate.WritePronouns(a.stdout, r); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "total time %s\n", time.Since(start).Round(time.Millisecond))
			if casesPath == "" {
				return nil
			}
			return evaluate.WriteCasesFile(casesPath, r.Cases)
		},
	}
	cmd.Flags().StringVar(&path, "gum", "../shared/data/gum/gum_dev.conllu.gz", "GUM CoNLL-U file (gzip if it ends in .gz)")
	cmd.Flags().StringSliceVar(&genres, "genres", []string{"news", "bio", "interview", "voyage", "speech", "court", "letter", "textbook", "academic", "essay"}, "genres to score (empty: all)")
	cmd.Flags().IntVar(&workers, "workers", 1, "documents analysed at once")
	cmd.Flags().StringVar(&casesPath, "cases", "", "write every error case to this TSV file")
	return cmd
}
