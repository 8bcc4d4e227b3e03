package ner

import (
	"fmt"

	"github.com/dossier-kg/dossier/ingest/pos"
)

// uposTags are the universal parts of speech, numbered for features by
// their position; a tag outside the list counts as X.
var uposTags = [...]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// posPad is the part-of-speech value of window positions outside the
// sentence.
const posPad = 255

// posClass returns the number of a universal part of speech.
func posClass(upos string) uint8 {
	for i, t := range uposTags {
		if t == upos {
			return uint8(i)
		}
	}
	return uint8(len(uposTags) - 1)
}

// loadExtras readies what the optional feature groups of r.extras need at
// tagging time: the part-of-speech tagger for xPOS (the pos package's
// embedded model, which training used too).
func (r *Recognizer) loadExtras() error {
	if r.extras&^xAll != 0 {
		return fmt.Errorf("ner: unknown feature groups %#x", r.extras&^xAll)
	}
	if r.extras&xPOS != 0 && r.posTagger == nil {
		t, err := pos.Default()
		if err != nil {
			return fmt.Errorf("ner: part-of-speech features: %w", err)
		}
		r.posTagger = t
	}
	return nil
}

// addExtras fills the document facts the optional feature groups read: the
// parts of speech of every sentence (xPOS), from upos when it gives the
// universal tag of every token of the document (as the pipeline's pos
// stage does), else from the tagger.
func (r *Recognizer) addExtras(d *docState, upos [][]string) {
	if r.extras&xPOS == 0 {
		return
	}
	d.pos = make([][]uint8, len(d.sents))
	if complete(upos, d.sents) {
		for si, tags := range upos {
			ps := make([]uint8, len(tags))
			for i, t := range tags {
				ps[i] = posClass(t)
			}
			d.pos[si] = ps
		}
		return
	}
	if r.posTagger != nil {
		for si, s := range d.sents {
			ps := make([]uint8, len(s))
			r.posTagger.TagFunc(s, func(i int, t pos.Tag) { ps[i] = posClass(t.UPOS) })
			d.pos[si] = ps
		}
	}
}

// complete reports whether upos has a non-empty tag for every token of
// sents.
func complete(upos [][]string, sents [][]string) bool {
	if len(upos) != len(sents) {
		return false
	}
	for si, s := range sents {
		if len(upos[si]) != len(s) {
			return false
		}
		for _, t := range upos[si] {
			if t == "" {
				return false
			}
		}
	}
	return true
}
