package ner

import (
	"fmt"
	"strings"

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
// tagging time: the part-of-speech tagger for xPOS.
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
	if r.extras&xAux != 0 && r.aux == nil {
		return fmt.Errorf("ner: model has auxiliary features but no auxiliary weights")
	}
	return nil
}

// ParseFeatures returns the set of optional feature groups named in a
// comma-separated list ("grams", "pos", "aux"; "" for none), for
// TrainOptions.Features.
func ParseFeatures(list string) (uint64, error) {
	var set uint64
	for _, name := range strings.Split(list, ",") {
		switch strings.TrimSpace(name) {
		case "":
		case "grams":
			set |= xGrams
		case "pos":
			set |= xPOS
		case "aux":
			set |= xAux
		default:
			return 0, fmt.Errorf("ner: unknown feature group %q (want grams, pos or aux)", name)
		}
	}
	return set, nil
}

// addExtras fills the document facts the optional feature groups read: the
// parts of speech of every sentence (xPOS) and the auxiliary recogniser's
// labels (xAux; after the parts of speech, which it may read).
func (r *Recognizer) addExtras(d *docState) {
	if r.posTagger != nil && r.extras&xPOS != 0 {
		d.pos = make([][]uint8, len(d.sents))
		for si, s := range d.sents {
			ps := make([]uint8, len(s))
			r.posTagger.TagFunc(s, func(i int, t pos.Tag) { ps[i] = posClass(t.UPOS) })
			d.pos[si] = ps
		}
	}
	if r.aux != nil && r.extras&xAux != 0 {
		d.aux, _ = r.tagPass(d, r.aux)
	}
}
