package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/evaluate"
	"github.com/spf13/cobra"
)

// evalMeantimeCmd scores the whole pipeline on the MEANTIME corpus.
func (a *app) evalMeantimeCmd() *cobra.Command {
	var (
		dir       string
		corpora   []string
		workers   int
		casesPath string
	)
	cmd := &cobra.Command{
		Use:   "meantime [--dir DIR] [--corpus apple,airbus,gm,stock]",
		Short: "Score names, events, participants and cross-document entities on MEANTIME",
		Long: `Reads the MEANTIME sub-corpora (intra_cross-doc_annotation/corpus_NAME/*.xml),
rebuilds each document's text from its tokens, runs the default pipeline over
it and prints, per sub-corpus and overall: named entity mention P/R/F1 (strict
and relaxed, per type), event mention P/R/F1 and the recall of the event
kinds Dossier targets, event-participant P/R/F1 and cross-document entity
clustering (B-cubed), with the scoring rules and the time taken.

corpus_gm and corpus_stock are also the SemEval-2015 TimeLine test set:
report on them, do not tune on them. --cases writes every error as a
tab-separated line for reading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, c := range corpora {
				if !slices.Contains(evaluate.Corpora(), c) {
					return fmt.Errorf("unknown MEANTIME corpus %q (want %s)", c, strings.Join(evaluate.Corpora(), ", "))
				}
			}
			start := time.Now()
			p, err := ingest.Default()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "pipeline loaded in %s\n", time.Since(start).Round(time.Millisecond))
			opt := evaluate.Options{Workers: workers, Cases: casesPath != ""}
			var results []*evaluate.Result
			for _, c := range corpora {
				docs, err := evaluate.ReadCorpus(dir, c)
				if err != nil {
					return err
				}
				r, err := evaluate.Evaluate(cmd.Context(), p, c, docs, opt)
				if err != nil {
					return err
				}
				results = append(results, r)
			}
			if len(results) > 1 {
				all, err := evaluate.Merge("overall", results...)
				if err != nil {
					return err
				}
				results = append(results, all)
			}
			if err := evaluate.WriteTable(a.stdout, results); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "total time %s\n", time.Since(start).Round(time.Millisecond))
			if casesPath == "" {
				return nil
			}
			var cases []evaluate.Case
			for _, r := range results[:len(corpora)] {
				cases = append(cases, r.Cases...)
			}
			return evaluate.WriteCasesFile(casesPath, cases)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "../shared/data/meantime_en/intra_cross-doc_annotation", "MEANTIME intra_cross-doc_annotation directory")
	cmd.Flags().StringSliceVar(&corpora, "corpus", evaluate.Corpora(), "sub-corpora to score")
	cmd.Flags().IntVar(&workers, "workers", 1, "documents analysed at once")
	cmd.Flags().StringVar(&casesPath, "cases", "", "write every error case to this TSV file")
	return cmd
}
