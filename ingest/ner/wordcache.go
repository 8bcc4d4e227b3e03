package ner

import (
	"slices"
	"strings"
	"sync"
)

// wordCacheWords bounds the words a cache holds between documents; a cache
// that would outgrow it is emptied before the next document. News text of
// a few hundred articles has about 11,000 distinct words.
const wordCacheWords = 1 << 14

// wordCache holds, for the words a goroutine has tagged recently, their
// lexical information and, for each role and stage, the sum of the weights
// of the features the word gives a token in that role (wordFeatures for
// its own token, neighbourFeatures for the tokens around it). Most of a
// token's static features are such word features: with the sums at hand a
// pass looks up only the context, second-pass and prediction features,
// about a quarter of the whole, for words seen before. Integer sums do not
// depend on the order of the terms, so the scores are those of tagPass.
//
// A cache belongs to one goroutine at a time (Recognizer.words pools them)
// and to the stages it was filled with.
type wordCache struct {
	stages []*weightTable
	// limit is the number of words past which the cache is emptied
	// (wordCacheWords; smaller in tests).
	limit int
	// slots holds entry+1 by the word's hash (linear probing), 0 if empty.
	slots []int32
	mask  uint64
	words []string
	lex   []lexInfo
	// hits marks the entries met again since they were added or last kept.
	hits []uint8
	// sums holds the weight sums of entry e, role r and stage s at
	// ((e*numRoles+r)*len(stages)+s)*numLabels.
	sums []int32
	buf  []uint64
}

func newWordCache(stages []*weightTable) *wordCache {
	const size = 4 * wordCacheWords
	return &wordCache{
		stages: stages,
		limit:  wordCacheWords,
		slots:  make([]int32, size),
		mask:   size - 1,
	}
}

// finish readies a loaded or trained recogniser for tagging.
func (r *Recognizer) finish() {
	r.words = &wordCaches{stages: slices.Clone(r.stages)}
}

// wordCaches keeps the word caches of goroutines that are not tagging,
// unlike a sync.Pool across garbage collections, so that the caches of a
// long run stay warm.
type wordCaches struct {
	stages []*weightTable
	mu     sync.Mutex
	free   []*wordCache
}

// maxFreeCaches bounds the idle caches kept.
const maxFreeCaches = 8

func (p *wordCaches) get() *wordCache {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		return c
	}
	return newWordCache(p.stages)
}

func (p *wordCaches) put(c *wordCache) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < maxFreeCaches {
		p.free = append(p.free, c)
	}
}

// reset makes room for n more words if the cache could not take them
// without growing past its bound: it keeps the words met again since they
// were added (or since the last reset), if they fill at most half of it,
// and drops the others.
func (c *wordCache) reset(n int) {
	if len(c.words)+n <= c.limit {
		return
	}
	kept := 0
	for _, h := range c.hits {
		if h > 0 {
			kept++
		}
	}
	if kept+n > c.limit || kept > c.limit/2 {
		kept = 0
	}
	nst := len(c.stages)
	stride := numRoles * nst * numLabels
	k := 0
	for e := range c.words {
		if kept == 0 || c.hits[e] == 0 {
			continue
		}
		c.words[k], c.lex[k], c.hits[k] = c.words[e], c.lex[e], 0
		copy(c.sums[k*stride:(k+1)*stride], c.sums[e*stride:(e+1)*stride])
		k++
	}
	clear(c.words[k:])
	c.words, c.lex, c.hits, c.sums = c.words[:k], c.lex[:k], c.hits[:k], c.sums[:k*stride]
	if size := len(c.slots); 2*(k+n) > size {
		for size < 4*(k+n) {
			size <<= 1
		}
		c.slots, c.mask = make([]int32, size), uint64(size-1)
	} else {
		clear(c.slots)
	}
	for e := range c.words {
		i := c.lex[e].raw & c.mask
		for c.slots[i] != 0 {
			i = (i + 1) & c.mask
		}
		c.slots[i] = int32(e) + 1
	}
}

// entry returns the cache entry of word s, adding it if need be.
func (c *wordCache) entry(r *Recognizer, s string) int32 {
	h := hashString(s)
	i := h & c.mask
	for {
		e := c.slots[i] - 1
		if e < 0 {
			break
		}
		if c.lex[e].raw == h && c.words[e] == s {
			c.hits[e] = 1
			return e
		}
		i = (i + 1) & c.mask
	}
	e := int32(len(c.words))
	c.slots[i] = e + 1
	c.words = append(c.words, strings.Clone(s))
	c.hits = append(c.hits, 0)
	c.lex = append(c.lex, r.lexOf(s))
	x := &c.lex[e]
	for role := range numRoles {
		if role == roleSelf {
			c.buf = wordFeatures(c.buf[:0], x, false)
		} else {
			c.buf = neighbourFeatures(c.buf[:0], role, c.lex[e:e+1], 0)
		}
		for _, w := range c.stages {
			var acc [numLabels]int32
			w.addInts(&acc, c.buf)
			c.sums = append(c.sums, acc[:]...)
		}
	}
	return e
}

// addSums adds to acc the sums of stage st for the word of entry e in role
// role.
func (c *wordCache) addSums(acc *[numLabels]int32, e int32, role, st int) {
	nst := len(c.stages)
	sums := c.sums[((int(e)*numRoles+role)*nst+st)*numLabels:][:numLabels]
	for l := range acc {
		acc[l] += sums[l]
	}
}

// tagCached tags a document as tag does, with a pooled word cache: the
// word features of every token come from the cache's sums.
func (r *Recognizer) tagCached(sents [][]string, upos [][]string) ([][]uint8, [][]float32) {
	c := r.words.get()
	defer r.words.put(c)
	if !slices.Equal(c.stages, r.stages) {
		// A copy of r with other stages: no cache of its own.
		c = newWordCache(r.stages)
	}
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	c.reset(total)
	d := r.prepareCached(sents, upos, c)
	var labels [][]uint8
	var margins [][]float32
	buf := make([]uint64, 0, 64)
	for st, w := range c.stages {
		if st > 0 {
			d.setPass1(labels)
		}
		labels = make([][]uint8, len(d.sents))
		margins = make([][]float32, len(d.sents))
		h := make(history)
		for si, s := range d.sents {
			ls := make([]uint8, len(s))
			ms := make([]float32, len(s))
			lx, ent := d.lex[si], d.ent[si]
			var prev, prev2 uint8
			for i := range s {
				var acc [numLabels]int32
				c.addSums(&acc, ent[i], roleSelf, st)
				buf = buf[:0]
				for role := roleM1; role < numRoles; role++ {
					if j := i + roleOffsets[role]; j >= 0 && j < len(s) {
						c.addSums(&acc, ent[j], role, st)
					} else {
						buf = neighbourFeatures(buf, role, lx, j)
					}
				}
				buf = r.contextFeatures(buf, d, si, i)
				if st > 0 {
					buf = pass1Features(buf, d, si, i)
				}
				buf = dynamicFeatures(buf, &lx[i], prev, prev2, h, false)
				w.addInts(&acc, buf)
				var scores [numLabels]float32
				for l := range scores {
					scores[l] = float32(acc[l]) * w.scale
				}
				best, second := bestAllowed(&scores, prev, i == len(s)-1)
				ls[i] = best
				ms[i] = second
				h.record(&lx[i], best)
				prev2, prev = prev, best
			}
			labels[si] = ls
			margins[si] = ms
		}
	}
	return labels, margins
}
