package main

import (
	"fmt"
	"os"
	"time"

	"github.com/dossier-kg/dossier/ingest/ner"
	"github.com/spf13/cobra"
)

// nerModel returns the recogniser of a model file, or the embedded one when
// path is empty.
func nerModel(path string) (*ner.Recognizer, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// readCoNLLFile reads a CoNLL-2003 file.
func readCoNLLFile(path string) (*ner.Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f, path)
}

// tagNERCmd tags a CoNLL-2003 file with the named-entity recogniser.
func (a *app) tagNERCmd() *cobra.Command {
	var conll, model string
	cmd := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "Tag named entities in a CoNLL-2003 file (token first), writing token and IOB2 tag per line",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := nerModel(model)
			if err != nil {
				return err
			}
			c, err := readCoNLLFile(conll)
			if err != nil {
				return err
			}
			return ner.WriteCoNLL(a.stdout, c, r.TagCorpus(c))
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "CoNLL-2003 file to tag (required)")
	cmd.Flags().StringVar(&model, "model", "", "model file (default: the embedded model)")
	cmd.MarkFlagRequired("conll")
	return cmd
}

// trainNERCmd trains the named-entity recogniser from the shared corpora.
func (a *app) trainNERCmd() *cobra.Command {
	var opts ner.TrainOptions
	var out string
	cmd := &cobra.Command{
		Use:   "ner --train FILE --dev FILE --out FILE",
		Short: "Train the named-entity recogniser (gazetteers and word clusters from --data)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Log = a.stderr
			start := time.Now()
			r, err := ner.Train(cmd.Context(), opts)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := r.Save(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "wrote %s (%s) in %.0fs\n", out, r.Info(), time.Since(start).Seconds())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Train, "train", "", "CoNLL-2003 training file (required)")
	f.StringArrayVar(&opts.ExtraTrain, "train-extra", nil, "further labelled CoNLL-2003 file added to the training data, not to the clusters (repeatable; for the final model: the dev file, without --dev, with --iters set to the epoch chosen on dev)")
	f.StringVar(&opts.Dev, "dev", "", "CoNLL-2003 development file, picks the best epoch")
	f.StringVar(&out, "out", "", "model file to write (required)")
	f.StringVar(&opts.Data, "data", "../shared/data", "shared data directory (gazetteers, GeoNames, unlabelled text for clusters)")
	f.StringVar(&opts.Clusters, "clusters", "", "word cluster file to use instead of computing clusters")
	f.StringVar(&opts.ClustersOut, "clusters-out", "", "write the computed word clusters to this file")
	f.IntVar(&opts.Iters, "iters", 20, "maximum epochs per stage")
	f.Uint64Var(&opts.Seed, "seed", 1, "random seed")
	f.IntVar(&opts.Stages, "stages", 1, "1, or 2 for a second pass over the first pass's predictions")
	f.Float64Var(&opts.Dropout, "dropout", 0, "probability of leaving out a training token's own word features (word dropout)")
	f.IntVar(&opts.Ensemble, "ensemble", 1, "number of perceptrons (differently shuffled) whose weights are averaged")
	f.StringVar(&opts.GUM, "gum", "", "GUM CoNLL-U file whose named person, organisation and place mentions are added to the training data")
	f.IntVar(&opts.Folds, "folds", 5, "jackknife folds for the second stage's training input")
	f.BoolVar(&opts.POS, "pos", true, "features of the parts of speech the embedded POS tagger predicts (--pos=false: a model without them)")
	cmd.MarkFlagRequired("train")
	cmd.MarkFlagRequired("out")
	return cmd
}

// evalNERCmd scores the recogniser on a labelled CoNLL-2003 file.
func (a *app) evalNERCmd() *cobra.Command {
	var conll, model string
	cmd := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "Print entity-level P/R/F1 per type and overall on a labelled CoNLL-2003 file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := nerModel(model)
			if err != nil {
				return err
			}
			c, err := readCoNLLFile(conll)
			if err != nil {
				return err
			}
			start := time.Now()
			s := r.Evaluate(c)
			el := time.Since(start)
			if err := s.Write(a.stdout); err != nil {
				return err
			}
			n := 0
			for _, l := range c.Lines {
				if l.IsToken() {
					n++
				}
			}
			fmt.Fprintf(a.stderr, "%d tokens in %.2fs (%.0f tokens/s)\n", n, el.Seconds(), float64(n)/el.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "labelled CoNLL-2003 file (required)")
	cmd.Flags().StringVar(&model, "model", "", "model file (default: the embedded model)")
	cmd.MarkFlagRequired("conll")
	return cmd
}
