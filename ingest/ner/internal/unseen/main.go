// Command unseen scores named-entity predictions on a labelled CoNLL-2003
// file overall and on the entities none of whose words occur in a training
// file: the proxy, on a dev set, for how the recogniser does on names it has
// not seen, which a test set from a later period is full of.
//
//	dossier tag ner --conll eng.testa --model dev.gz > pred.txt
//	go run ./ingest/ner/internal/unseen -train eng.train -gold eng.testa -pred pred.txt
//
// An entity, gold or predicted, is unseen when none of its tokens appears
// (same spelling) anywhere in the training file. It prints P/R/F1 per type,
// overall and on the unseen subset.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dossier-kg/dossier/ingest/ner"
)

func main() {
	train := flag.String("train", "", "training CoNLL-2003 file (whose words count as seen)")
	gold := flag.String("gold", "", "labelled CoNLL-2003 file")
	pred := flag.String("pred", "", "predictions for -gold as written by dossier tag ner")
	flag.Parse()
	if err := run(*train, *gold, *pred); err != nil {
		fmt.Fprintln(os.Stderr, "unseen:", err)
		os.Exit(1)
	}
}

func read(path string) (*ner.Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f, path)
}

func run(trainPath, goldPath, predPath string) error {
	if trainPath == "" || goldPath == "" || predPath == "" {
		return fmt.Errorf("-train, -gold and -pred are required")
	}
	tr, err := read(trainPath)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, l := range tr.Lines {
		if l.IsToken() {
			seen[l.Token] = true
		}
	}
	g, err := read(goldPath)
	if err != nil {
		return err
	}
	p, err := read(predPath)
	if err != nil {
		return err
	}
	if len(g.Lines) != len(p.Lines) {
		return fmt.Errorf("%s has %d lines, %s %d", goldPath, len(g.Lines), predPath, len(p.Lines))
	}
	all, unseen := &ner.Scores{}, &ner.Scores{}
	for _, doc := range g.Documents() {
		for _, sp := range doc {
			toks := g.Tokens(sp)
			gt, pt := g.GoldTags(sp), p.GoldTags(sp)
			all.Add(gt, pt)
			unseen.AddIf(gt, pt, func(start, end int) bool {
				for _, t := range toks[start:end] {
					if seen[t] {
						return false
					}
				}
				return true
			})
		}
	}
	fmt.Println("all entities:")
	if err := all.Write(os.Stdout); err != nil {
		return err
	}
	fmt.Println("entities with no word seen in training:")
	return unseen.Write(os.Stdout)
}
