package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/dossier-kg/dossier/ingest/pos"
)

// Recognizer tags named entities. A loaded Recognizer is immutable and safe
// for concurrent use by any number of goroutines.
type Recognizer struct {
	clusters   clusterTable
	gazetteers gazetteer
	// stages holds the weights of each pass: one, or two when the second
	// pass reads the first pass's predictions over the whole document.
	stages []*weightTable
	// words pools the word caches of tagging (see wordCache), so that each
	// goroutine tagging documents reuses one; nil in a recogniser being
	// trained, which tags with tagPass.
	words *wordCaches
	// info describes how the model was trained (free text, for reports).
	info string
	// extras is the set of optional feature groups (xPOS) the model was
	// trained with.
	extras uint64
	// posTagger gives the parts of speech of xPOS.
	posTagger *pos.Tagger
}

//go:embed model.bin.gz
var embeddedModel []byte

// loadDefault decodes the embedded model once per process.
var loadDefault = sync.OnceValues(func() (*Recognizer, error) {
	r, err := Load(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return r, nil
})

// Default returns the recogniser of the embedded model, decoded on first use
// and shared afterwards.
func Default() (*Recognizer, error) { return loadDefault() }

// Info returns the training description stored in the model.
func (r *Recognizer) Info() string { return r.info }

// TagDocument tags every sentence of one document (document-level features
// use all sentences) and returns IOB2 tags ("B-PER", "I-ORG", "O") per token.
func (r *Recognizer) TagDocument(sents [][]string) [][]string {
	labels, _ := r.tag(sents, nil)
	out := make([][]string, len(labels))
	for i, ls := range labels {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = iob2(l)
		}
	}
	return out
}

// tag returns BILOU labels and, per token, the margin between the best
// label and the runner-up in the last pass. upos, when it has a tag for
// every token, gives the parts of speech of a model with xPOS; nil lets
// the model's tagger find them.
func (r *Recognizer) tag(sents [][]string, upos [][]string) ([][]uint8, [][]float32) {
	if r.words != nil {
		return r.tagCached(sents, upos)
	}
	d := r.prepareCached(sents, upos, nil)
	var labels [][]uint8
	var margins [][]float32
	for k, w := range r.stages {
		if k > 0 {
			d.setPass1(labels)
		}
		labels, margins = r.tagPass(d, w)
	}
	return labels, margins
}

// setPass1 stores first-pass labels for the second pass's features.
func (d *docState) setPass1(labels [][]uint8) {
	d.pass1 = labels
	d.pass1Doc = make(map[uint64]*[numTypes]uint16)
	for si, ls := range labels {
		for i, l := range ls {
			if l == 0 {
				continue
			}
			x := &d.lex[si][i]
			cnt := d.pass1Doc[x.lower]
			if cnt == nil {
				cnt = new([numTypes]uint16)
				d.pass1Doc[x.lower] = cnt
			}
			if cnt[labelType(l)] < 60000 {
				cnt[labelType(l)]++
			}
		}
	}
}

// tagPass runs one greedy left-to-right pass over the document with the
// weights of one stage (the features of d.pass1 too if it is set). Training
// tags with it; tagCached gives the same labels faster.
func (r *Recognizer) tagPass(d *docState, w *weightTable) ([][]uint8, [][]float32) {
	labels := make([][]uint8, len(d.sents))
	margins := make([][]float32, len(d.sents))
	h := make(history)
	buf := make([]uint64, 0, 128)
	for si, s := range d.sents {
		ls := make([]uint8, len(s))
		ms := make([]float32, len(s))
		var prev, prev2 uint8
		for i := range s {
			buf = r.staticFeatures(buf[:0], d, si, i)
			if d.pass1 != nil {
				buf = pass1Features(buf, d, si, i)
			}
			buf = dynamicFeatures(buf, &d.lex[si][i], prev, prev2, h, false)
			var scores [numLabels]float32
			w.addScores(&scores, buf)
			best, second := bestAllowed(&scores, prev, i == len(s)-1)
			ls[i] = best
			ms[i] = second
			h.record(&d.lex[si][i], best)
			prev2, prev = prev, best
		}
		labels[si] = ls
		margins[si] = ms
	}
	return labels, margins
}

// bestAllowed returns the best label allowed after prev and its margin over
// the next best allowed label.
func bestAllowed(scores *[numLabels]float32, prev uint8, last bool) (uint8, float32) {
	best := -1
	bs, ss := float32(math.Inf(-1)), float32(math.Inf(-1))
	for l := 0; l < numLabels; l++ {
		if !allowed(prev, uint8(l), last) {
			continue
		}
		s := scores[l]
		if best < 0 || s > bs {
			ss = bs
			best, bs = l, s
		} else if s > ss {
			ss = s
		}
	}
	if math.IsInf(float64(ss), -1) {
		return uint8(best), float32(math.Inf(1))
	}
	return uint8(best), bs - ss
}

// confidence maps a margin to (0, 1].
func confidence(margin float32) float64 {
	if math.IsInf(float64(margin), 1) {
		return 1
	}
	return 1 / (1 + math.Exp(-float64(margin)))
}

// TagCorpus tags every document of a CoNLL corpus and returns one IOB2 tag
// per line ("" for lines without a token).
func (r *Recognizer) TagCorpus(c *Corpus) []string {
	tags := make([]string, len(c.Lines))
	for _, doc := range c.Documents() {
		sents := make([][]string, len(doc))
		for i, s := range doc {
			sents[i] = c.Tokens(s)
		}
		out := r.TagDocument(sents)
		for i, s := range doc {
			copy(tags[s.First:s.Last], out[i])
		}
	}
	return tags
}

// Load decodes a model written by Save (gzip-compressed).
func Load(rd io.Reader) (*Recognizer, error) {
	return decodeModel(rd)
}
