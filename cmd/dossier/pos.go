package main

import (
	"fmt"
	"os"
	"time"

	"github.com/dossier-kg/dossier/ingest/pos"
	"github.com/spf13/cobra"
)

// posModel returns the tagger from a model file, or the embedded one when
// path is empty.
func posModel(path string) (*pos.Tagger, error) {
	if path == "" {
		return pos.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := pos.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// readCoNLLU reads a CoNLL-U file, "-" meaning standard input.
func (a *app) readCoNLLU(path string) ([]pos.Sentence, error) {
	if path == "-" {
		s, err := pos.ReadCoNLLU(a.stdin)
		if err != nil {
			return nil, fmt.Errorf("stdin: %w", err)
		}
		return s, nil
	}
	return pos.ReadCoNLLUFile(path)
}

// tagPOSCmd fills the UPOS and XPOS columns of a CoNLL-U file.
func (a *app) tagPOSCmd() *cobra.Command {
	var conllu, model string
	cmd := &cobra.Command{
		Use:   "pos --conllu FILE",
		Short: "Tag the words of a CoNLL-U file with UPOS and XPOS",
		Long: `Reads CoNLL-U (FILE "-" is standard input; .gz is gunzipped), keeps its
tokenisation, comments, multiword ranges and empty nodes, and writes it to
standard output with the UPOS and XPOS columns of every word filled in.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := posModel(model)
			if err != nil {
				return err
			}
			sents, err := a.readCoNLLU(conllu)
			if err != nil {
				return err
			}
			if err := pos.TagSentences(cmd.Context(), t, sents); err != nil {
				return err
			}
			return pos.WriteCoNLLU(a.stdout, sents)
		},
	}
	cmd.Flags().StringVar(&conllu, "conllu", "", "CoNLL-U file to tag (- for stdin)")
	cmd.Flags().StringVar(&model, "model", "", "model file (default: the embedded model)")
	cmd.MarkFlagRequired("conllu")
	return cmd
}

// trainPOSCmd trains a tagger and writes the model file.
func (a *app) trainPOSCmd() *cobra.Command {
	var (
		train    []string
		dev, out string
		iters    int
		stages   int
		exclude  []string
		seed     uint64
		keepBest bool
	)
	cmd := &cobra.Command{
		Use:   "pos --train FILE --dev FILE --out FILE",
		Short: "Train the part-of-speech tagger (reproducible with a fixed seed)",
		Long: `Trains the averaged-perceptron tagger on the word lines of one or more
CoNLL-U files (--train may be repeated; .gz is gunzipped), reports each pass
with its dev accuracy, and writes the gzip model to --out. The embedded model
was trained with:

  dossier train pos --train ../shared/data/ud_english_ewt/en_ewt-ud-train.conllu \
    --train ../shared/data/gum/gum_train.conllu.gz \
    --train ../shared/data/gum/gum_dev.conllu.gz \
    --dev ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu \
    --exclude-docs GUM_fiction,GUM_whow,GUM_essay,GUM_letter,GUM_podcast \
    --out ingest/pos/model/pos.model.gz --iters 8 --keep-best

The excluded GUM genres have texts under CC BY-NC licences.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var trainSents []pos.Sentence
			for _, p := range train {
				s, err := a.readCoNLLU(p)
				if err != nil {
					return err
				}
				trainSents = append(trainSents, pos.ExcludeDocs(s, exclude)...)
			}
			var devSents []pos.Sentence
			if dev != "" {
				s, err := a.readCoNLLU(dev)
				if err != nil {
					return err
				}
				devSents = s
			}
			start := time.Now()
			t, err := pos.Train(cmd.Context(), trainSents, devSents,
				pos.TrainOptions{Iters: iters, Seed: seed, Stages: stages, KeepBest: keepBest}, a.stderr)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := t.Save(f); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", out, err)
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "pos: wrote %s (trained in %s)\n", out, time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&train, "train", nil, "training CoNLL-U file (repeatable)")
	cmd.Flags().StringVar(&dev, "dev", "", "dev CoNLL-U file, scored after each pass")
	cmd.Flags().StringVar(&out, "out", "", "model file to write")
	cmd.Flags().IntVar(&iters, "iters", 0, "passes over the training data (default 10)")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "shuffling seed")
	cmd.Flags().StringSliceVar(&exclude, "exclude-docs", nil, "prefixes of document ids (# newdoc id) to leave out of the training files")
	cmd.Flags().IntVar(&stages, "stages", 0, "1 for a first-stage model only (default 2: a second stage that sees the first stage's tags)")
	cmd.Flags().BoolVar(&keepBest, "keep-best", false, "keep the pass that scored best on --dev")
	cmd.MarkFlagRequired("train")
	cmd.MarkFlagRequired("out")
	return cmd
}

// evalPOSCmd scores the tagger against the gold columns of a CoNLL-U file.
func (a *app) evalPOSCmd() *cobra.Command {
	var conllu, model string
	cmd := &cobra.Command{
		Use:   "pos --conllu FILE",
		Short: "Print UPOS and XPOS accuracy, and per-tag figures, on a gold CoNLL-U file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := posModel(model)
			if err != nil {
				return err
			}
			sents, err := a.readCoNLLU(conllu)
			if err != nil {
				return err
			}
			start := time.Now()
			sc, err := pos.Evaluate(cmd.Context(), t, sents)
			if err != nil {
				return err
			}
			el := time.Since(start)
			if err := sc.WriteReport(a.stdout); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "pos: tagged %d words in %s (%.0f words/s)\n", sc.Words, el.Round(time.Millisecond), float64(sc.Words)/el.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&conllu, "conllu", "", "gold CoNLL-U file (- for stdin)")
	cmd.Flags().StringVar(&model, "model", "", "model file (default: the embedded model)")
	cmd.MarkFlagRequired("conllu")
	return cmd
}
