package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/ingest/parse"
	"github.com/dossier-kg/dossier/ingest/pos"
)

// tagParseCmd reads CoNLL-U, tags and parses its words and writes CoNLL-U
// with UPOS, XPOS, HEAD and DEPREL filled in.
func (a *app) tagParseCmd() *cobra.Command {
	var path, modelPath string
	var goldPOS bool
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Tag and parse the words of a CoNLL-U file, writing CoNLL-U",
		Long: `Reads a CoNLL-U file, keeps its words (ID and FORM; multiword ranges and
empty nodes are copied as read), predicts UPOS and XPOS with the POS tagger and
HEAD and DEPREL with the dependency parser, and writes CoNLL-U to stdout.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := readCoNLLUFile(path)
			if err != nil {
				return err
			}
			p, tagger, err := parserAndTagger(modelPath, goldPOS)
			if err != nil {
				return err
			}
			if err := parse.AnnotateCoNLLU(cmd.Context(), p, tagger, sents); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			return pos.WriteCoNLLU(a.stdout, sents)
		},
	}
	cmd.Flags().StringVar(&path, "conllu", "", "CoNLL-U file to parse (required)")
	cmd.Flags().BoolVar(&goldPOS, "gold-pos", false, "keep the UPOS and XPOS of the file instead of tagging")
	cmd.Flags().StringVar(&modelPath, "model", "", "parser model file (default: the embedded model)")
	return cmd
}

// parserAndTagger loads the parser (the embedded model, or the model file
// at modelPath) and the embedded tagger; the tagger is nil with goldPOS.
func parserAndTagger(modelPath string, goldPOS bool) (*parse.Parser, parse.Tagger, error) {
	var p *parse.Parser
	var err error
	if modelPath == "" {
		p, err = parse.Default()
	} else {
		p, err = loadParser(modelPath)
	}
	if err != nil {
		return nil, nil, err
	}
	if goldPOS {
		return p, nil, nil
	}
	t, err := pos.Default()
	if err != nil {
		return nil, nil, err
	}
	return p, t, nil
}

func loadParser(path string) (*parse.Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := parse.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

func readCoNLLUFile(path string) ([]pos.Sentence, error) {
	if path == "" {
		return nil, errors.New("--conllu FILE is required")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := pos.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// trainParseCmd trains the dependency parser on CoNLL-U treebanks and
// writes the gzip-compressed model.
func (a *app) trainParseCmd() *cobra.Command {
	var trainPaths []string
	var devPath, out, exclude string
	var jackknife, jackIters int
	var keepGold bool
	var opt parse.TrainOptions
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Train the dependency parser on CoNLL-U (e.g. UD English EWT)",
		Long: `Trains the dependency parser on one or more CoNLL-U treebanks (.gz accepted),
keeps the epoch with the best LAS on --dev, and writes the gzip-compressed model
that package ingest/parse embeds as parser.model.gz. Training is deterministic
for a given seed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(trainPaths) == 0 || out == "" {
				return errors.New("train parse: --train and --out are required")
			}
			var train []parse.Example
			for _, path := range trainPaths {
				ex, err := parse.ReadExamplesFile(path)
				if err != nil {
					return err
				}
				kept := 0
				for _, e := range ex {
					if !excluded(e.Doc, exclude) {
						train = append(train, e)
						kept++
					}
				}
				fmt.Fprintf(a.stderr, "%s: %d of %d sentences\n", path, kept, len(ex))
			}
			var dev []parse.Example
			if devPath != "" {
				var err error
				if dev, err = parse.ReadExamplesFile(devPath); err != nil {
					return err
				}
			}
			start := time.Now()
			if jackknife > 0 {
				gold := slices.Clone(train)
				if err := parse.JackknifePOS(cmd.Context(), train, dev, jackknife, pos.TrainOptions{Iters: jackIters, Stages: 1}, a.stderr); err != nil {
					return err
				}
				if keepGold {
					train = append(train, gold...)
				}
			}
			opt.Log = a.stderr
			p, err := parse.Train(cmd.Context(), train, dev, opt)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train parse: %w", err)
			}
			if err := p.Save(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("train parse: %w", err)
			}
			fmt.Fprintf(a.stderr, "trained in %s, model written to %s\n", time.Since(start).Round(time.Second), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&trainPaths, "train", nil, "training treebank (CoNLL-U, may be .gz); repeat for several")
	f.StringVar(&exclude, "exclude-docs", "", "comma-separated prefixes of document ids (# newdoc id) to leave out of training")
	f.StringVar(&devPath, "dev", "", "development treebank (CoNLL-U); the best epoch on it is kept")
	f.StringVar(&out, "out", "", "model file to write (gzip)")
	f.IntVar(&jackknife, "jackknife", 0, "train on POS tags predicted by taggers trained on this many folds (0: gold tags)")
	f.BoolVar(&keepGold, "jackknife-keep-gold", false, "with --jackknife, train on every sentence twice: with predicted and with gold tags")
	f.IntVar(&jackIters, "jackknife-iters", 0, "training passes of each jackknife tagger, a one-stage pos tagger (0: the pos package default)")
	f.IntVar(&opt.Epochs, "epochs", 15, "training epochs")
	f.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	f.IntVar(&opt.Seeds, "seeds", 1, "models to train (seeds seed, seed+1...) and average")
	f.Float64Var(&opt.Explore, "explore", 0.9, "probability of following the model's own mistakes after epoch 1 (negative: never)")
	f.IntVar(&opt.Beam, "beam", 1, "configurations kept while parsing (1: greedy, trained with the dynamic oracle; more: global training)")
	f.UintVar(&opt.TransBits, "trans-bits", 22, "log2 of the transition feature rows")
	f.UintVar(&opt.LabelBits, "label-bits", 22, "log2 of the label weights")
	return cmd
}

func excluded(doc, prefixes string) bool {
	for _, p := range strings.Split(prefixes, ",") {
		if p = strings.TrimSpace(p); p != "" && strings.HasPrefix(doc, p) {
			return true
		}
	}
	return false
}

// evalParseCmd parses a gold CoNLL-U file (with predicted tags unless
// --gold-pos) and prints UAS, LAS and per-relation figures.
func (a *app) evalParseCmd() *cobra.Command {
	var path, modelPath string
	var goldPOS bool
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Score the dependency parser on a gold CoNLL-U file (UAS, LAS, per relation)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if path == "" {
				return errors.New("--conllu FILE is required")
			}
			ex, err := parse.ReadExamplesFile(path)
			if err != nil {
				return err
			}
			p, tagger, err := parserAndTagger(modelPath, goldPOS)
			if err != nil {
				return err
			}
			tags := "gold"
			start := time.Now()
			if tagger != nil {
				parse.Retag(tagger, ex)
				tags = "predicted"
			}
			sc := parse.Evaluate(p, ex)
			el := time.Since(start)
			fmt.Fprintf(a.stdout, "%s (%s POS), %.0f tokens/s including tagging\n", path, tags, float64(sc.Tokens)/el.Seconds())
			return sc.Write(a.stdout)
		},
	}
	cmd.Flags().StringVar(&path, "conllu", "", "gold CoNLL-U file (required)")
	cmd.Flags().BoolVar(&goldPOS, "gold-pos", false, "parse with the gold tags of the file instead of the tagger's")
	cmd.Flags().StringVar(&modelPath, "model", "", "parser model file (default: the embedded model)")
	return cmd
}
