package parse

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/dossier-kg/dossier/ingest/pos"
)

// JackknifePOS replaces the gold tags of the training examples with
// predicted ones, as the parser will see them at run time: the examples are
// split into folds (sentence i goes to fold i mod folds), and each fold is
// tagged by a POS tagger trained on the other folds with opts. Training the
// parser on such tags makes it robust to tagging errors. progress, if not
// nil, receives a line per fold. The dev examples, if any, are tagged by a
// tagger trained on all the training examples, so that model selection
// sees predicted tags too and the result does not depend on the tagger
// embedded in package pos.
func JackknifePOS(ctx context.Context, examples, dev []Example, folds int, opts pos.TrainOptions, progress io.Writer) error {
	if folds < 2 {
		return fmt.Errorf("parse: jackknifing needs at least 2 folds, not %d", folds)
	}
	sents := make([]pos.Sentence, len(examples))
	for i := range examples {
		sents[i] = toPOSSentence(&examples[i])
	}
	tagged := make([][2][]string, len(examples))
	for f := 0; f < folds; f++ {
		var train []pos.Sentence
		for i := range sents {
			if i%folds != f {
				train = append(train, sents[i])
			}
		}
		t, err := pos.Train(ctx, train, nil, opts, nil)
		if err != nil {
			return fmt.Errorf("parse: jackknife fold %d: %w", f+1, err)
		}
		same, total := 0, 0
		for i := f; i < len(examples); i += folds {
			upos, xpos := t.Tag(examples[i].Words)
			tagged[i] = [2][]string{upos, xpos}
			for j := range upos {
				total++
				if upos[j] == examples[i].UPOS[j] {
					same++
				}
			}
		}
		if progress != nil {
			fmt.Fprintf(progress, "jackknife fold %d/%d: UPOS accuracy %.4f on %d held-out words\n", f+1, folds, float64(same)/float64(max(total, 1)), total)
		}
	}
	if len(dev) > 0 {
		t, err := pos.Train(ctx, sents, nil, opts, nil)
		if err != nil {
			return fmt.Errorf("parse: tagger for dev: %w", err)
		}
		Retag(t, dev)
	}
	for i := range examples {
		examples[i].UPOS, examples[i].XPOS = tagged[i][0], tagged[i][1]
	}
	return nil
}

func toPOSSentence(ex *Example) pos.Sentence {
	var s pos.Sentence
	for i, w := range ex.Words {
		s.Tokens = append(s.Tokens, pos.Token{ID: strconv.Itoa(i + 1), Form: w, Lemma: "_", UPOS: ex.UPOS[i], XPOS: ex.XPOS[i],
			Feats: "_", Head: strconv.Itoa(ex.Heads[i] + 1), Deprel: ex.Rels[i], Deps: "_", Misc: "_"})
	}
	return s
}
