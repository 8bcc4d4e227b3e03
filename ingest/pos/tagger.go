package pos

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync"
)

// Tag is one part-of-speech class of the model: a universal tag and the Penn
// Treebank tag it came with in the training data.
type Tag struct {
	UPOS, XPOS string
}

// lexEntry is what the model knows about a frequent word form: its
// ambiguity class (the set of tags seen with it, hashed) and, for frequent
// unambiguous words, the tag to give it without scoring.
type lexEntry struct {
	ambig uint64
	// major hashes the form's most frequent tag with how dominant it is.
	major uint64
	dict  int32
}

// lowerSalt tells the lexicon's entries for lower-cased forms from those
// for exact forms.
const lowerSalt = 0x6c6f776572636173

// lookup sets the ambiguity class and dictionary tag of a word from the
// lexicon: by its exact form, or failing that by its lower-cased form (whose
// ambiguity class is marked as such and which gives no dictionary tag).
func lookup(lex map[uint64]lexEntry, wi *wordInfo) {
	if e, ok := lex[wi.word]; ok {
		wi.ambig, wi.major, wi.dict = e.ambig, e.major, e.dict
		return
	}
	if e, ok := lex[wi.lower^lowerSalt]; ok {
		wi.ambig, wi.major = pair(e.ambig, lowerSalt), pair(e.major, lowerSalt)
	}
}

// Tagger is a trained part-of-speech tagger: averaged perceptrons over
// hashed features with greedy left-to-right decoding, in two stages. The
// first stage tags each word from its neighbours and the tags already given
// to the words on its left; the second does it again, seeing the first
// stage's tags of the words on its right as well. A Tagger is immutable
// once built by Load or Train and safe for concurrent use by many
// goroutines.
type Tagger struct {
	tags []Tag
	lex  map[uint64]lexEntry
	// first and second are the two stages; second is nil in a one-stage
	// model.
	first, second *weights
	// gate is the first-stage margin (best score minus the runner-up) at
	// and above which the second stage keeps the first stage's tag
	// without scoring the word again; 0 rescores every word.
	gate    int32
	scratch sync.Pool
}

// weights is one perceptron: an open-addressing table of the features that
// carry weights.
type weights struct {
	// slots holds key<<32 | start<<8 | count, where
	// entries[start:start+count] are the feature's weights. A zero key marks
	// an empty slot.
	slots []uint64
	mask  uint64
	// entries packs a class index in the low 8 bits and a signed weight in
	// the upper 24.
	entries []uint32
	nFeats  int
}

// maxEntries bounds the number of weights start can address (24 bits).
const maxEntries = 1 << 24

// Tags returns the model's classes, in the order of its class indexes. The
// slice is a copy.
func (t *Tagger) Tags() []Tag { return append([]Tag(nil), t.tags...) }

// scratch is the per-call working memory of Tag, pooled so that tagging
// does not allocate per word.
type scratch struct {
	infos  []wordInfo
	tags   []int32
	p1     []int32
	margin []int32
	scores [256]int32
	keys   [featsPerToken]uint32
}

func (t *Tagger) getScratch(n int) *scratch {
	s, _ := t.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if cap(s.infos) < n {
		s.infos = make([]wordInfo, n+16)
		s.tags = make([]int32, n+16)
		s.p1 = make([]int32, n+16)
		s.margin = make([]int32, n+16)
	}
	s.infos, s.tags, s.p1, s.margin = s.infos[:n], s.tags[:n], s.p1[:n], s.margin[:n]
	return s
}

// Tag returns UPOS and XPOS tags for one sentence of words. It returns nil
// slices for an empty sentence.
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	if len(words) == 0 {
		return nil, nil
	}
	upos, xpos = make([]string, len(words)), make([]string, len(words))
	s := t.getScratch(len(words))
	t.tagClasses(words, s)
	for i, c := range s.tags {
		upos[i], xpos[i] = t.tags[c].UPOS, t.tags[c].XPOS
	}
	t.scratch.Put(s)
	return upos, xpos
}

// TagFunc tags one sentence of words and hands the tags of word i to set,
// without allocating: the form the pipeline stage and the CoNLL-U tagger
// use.
func (t *Tagger) TagFunc(words []string, set func(i int, tag Tag)) {
	if len(words) == 0 {
		return
	}
	s := t.getScratch(len(words))
	t.tagClasses(words, s)
	for i, c := range s.tags {
		set(i, t.tags[c])
	}
	t.scratch.Put(s)
}

// tagClasses fills s.tags with the class of every word.
func (t *Tagger) tagClasses(words []string, s *scratch) {
	for i, w := range words {
		wi := &s.infos[i]
		analyse(w, wi)
		lookup(t.lex, wi)
	}
	nTags := len(t.tags)
	for i := range s.infos {
		if d := s.infos[i].dict; d >= 0 {
			s.tags[i], s.margin[i] = d, math.MaxInt32
			continue
		}
		n := featuresAt(s.keys[:], s.infos, s.tags, nil, i)
		s.tags[i], s.margin[i] = t.first.predict(s.keys[:n], &s.scores, nTags)
	}
	if t.second == nil {
		return
	}
	copy(s.p1, s.tags)
	for i := range s.infos {
		if t.gate > 0 && s.margin[i] >= t.gate || s.infos[i].dict >= 0 {
			continue
		}
		n := featuresAt(s.keys[:], s.infos, s.tags, s.p1, i)
		s.tags[i], _ = t.second.predict(s.keys[:n], &s.scores, nTags)
	}
}

// predict scores every class for the feature keys and returns the best,
// the lowest index on ties, with its margin over the runner-up. scores has room for every class index a byte
// can hold, so that adding a weight needs no bounds check; nTags bounds
// the argmax.
func (w *weights) predict(keys []uint32, scores *[256]int32, nTags int) (int32, int32) {
	// Find every feature's slot first: the loads do not depend on each
	// other, so the processor can overlap their cache misses.
	var found [featsPerToken]uint64
	nf := 0
	slots, mask := w.slots, w.mask
	for _, k := range keys[:min(len(keys), featsPerToken)] {
		h := uint64(k) * 0x9e3779b97f4a7c15 >> 20
		for {
			slot := slots[h&mask]
			sk := uint32(slot >> 32)
			if sk == k {
				found[nf] = slot
				nf++
				break
			}
			if sk == 0 {
				break
			}
			h++
		}
	}
	clear(scores[:nTags])
	for _, slot := range found[:nf] {
		start := uint32(slot) >> 8
		count := uint32(slot) & 0xff
		for _, e := range w.entries[start : start+count] {
			scores[uint8(e)] += int32(e) >> 8
		}
	}
	best, second := int32(0), int32(math.MinInt32)
	for c, v := range scores[:nTags] {
		if v > scores[best] {
			second = scores[best]
			best = int32(c)
		} else if c > 0 && v > second {
			second = v
		}
	}
	if nTags == 1 {
		return 0, math.MaxInt32
	}
	return best, scores[best] - second
}

// featWeights is one feature's weights while a model is assembled.
type featWeights struct {
	key     uint32
	entries []uint32
}

// newWeights builds the lookup table of a perceptron over nTags classes.
// feats must have distinct non-zero keys.
func newWeights(nTags int, feats []featWeights) (*weights, error) {
	total := 0
	for _, f := range feats {
		total += len(f.entries)
	}
	if total >= maxEntries {
		return nil, fmt.Errorf("pos: model has %d weights, more than the %d the format addresses", total, maxEntries)
	}
	size := 1024
	for size < len(feats)*3/2+1 {
		size *= 2
	}
	w := &weights{
		slots:   make([]uint64, size),
		mask:    uint64(size - 1),
		entries: make([]uint32, 0, total),
		nFeats:  len(feats),
	}
	for _, f := range feats {
		if f.key == 0 {
			return nil, fmt.Errorf("pos: model has a feature with key 0")
		}
		if len(f.entries) == 0 || len(f.entries) > 255 {
			return nil, fmt.Errorf("pos: feature %#x has %d weights, want 1 to 255", f.key, len(f.entries))
		}
		for _, e := range f.entries {
			if int(e&0xff) >= nTags {
				return nil, fmt.Errorf("pos: feature %#x has a weight for class %d of %d", f.key, e&0xff, nTags)
			}
		}
		start := len(w.entries)
		w.entries = append(w.entries, f.entries...)
		h := uint64(f.key) * 0x9e3779b97f4a7c15 >> 20
		for {
			slot := &w.slots[h&w.mask]
			if *slot == 0 {
				*slot = uint64(f.key)<<32 | uint64(start)<<8 | uint64(len(f.entries))
				break
			}
			if uint32(*slot>>32) == f.key {
				return nil, fmt.Errorf("pos: model has feature %#x twice", f.key)
			}
			h++
		}
	}
	return w, nil
}

// features returns the weights by feature, sorted by key.
func (w *weights) features() []featWeights {
	out := make([]featWeights, 0, w.nFeats)
	for _, slot := range w.slots {
		if slot == 0 {
			continue
		}
		start, count := uint32(slot)>>8, uint32(slot)&0xff
		out = append(out, featWeights{key: uint32(slot >> 32), entries: w.entries[start : start+count]})
	}
	slices.SortFunc(out, func(a, b featWeights) int { return cmp.Compare(a.key, b.key) })
	return out
}

// newTagger assembles a model; second may be nil.
func newTagger(tags []Tag, lex map[uint64]lexEntry, first, second *weights) (*Tagger, error) {
	if len(tags) == 0 || len(tags) > 255 {
		return nil, fmt.Errorf("pos: model has %d tags, want 1 to 255", len(tags))
	}
	if first == nil {
		return nil, fmt.Errorf("pos: model has no weights")
	}
	for h, e := range lex {
		if e.dict >= int32(len(tags)) {
			return nil, fmt.Errorf("pos: lexicon entry %#x has tag %d of %d", h, e.dict, len(tags))
		}
	}
	return &Tagger{tags: tags, lex: lex, first: first, second: second}, nil
}
