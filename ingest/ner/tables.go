package ner

import "math"

// numClusterLevels is the number of cluster granularities per word.
const numClusterLevels = 3 * numClusterings

// numClusterings is the number of independent clusterings (different random
// starts) whose levels a word carries.
const numClusterings = 2

// clusterTable maps words to their cluster at each granularity; it is read
// only once built.
type clusterTable struct {
	raw   map[uint64][numClusterLevels]uint16 // by hashString(word)
	lower map[uint64][numClusterLevels]uint16 // by hashLower(word), most frequent casing
}

// lookup returns the clusters of a word by its raw hash, falling back to its
// lower-case hash.
func (c *clusterTable) lookup(raw, lower uint64) ([numClusterLevels]uint64, bool) {
	var out [numClusterLevels]uint64
	ids, ok := c.raw[raw]
	if !ok {
		ids, ok = c.lower[lower]
	}
	if !ok {
		return out, false
	}
	for k, v := range ids {
		out[k] = uint64(v) + 1
	}
	return out, true
}

// gazetteer holds phrase lists as hashes of their lower-case tokens.
type gazetteer struct {
	names   []string          // list names, indexed by list number
	phrases map[uint64]uint16 // phrase hash -> bit set of lists
	maxLen  int
}

// match returns, per token, the gazetteer matches covering it as
// list<<2|position codes. Phrases must start and end with a capitalised (or
// all-caps) token, so common words that happen to be names do not match.
func (g *gazetteer) match(lx []lexInfo) [][]uint16 {
	out := make([][]uint16, len(lx))
	if len(g.phrases) == 0 {
		return out
	}
	for i := range lx {
		if lx[i].flags&fInitCap == 0 {
			continue
		}
		h := uint64(0)
		for j := i; j < len(lx) && j-i < g.maxLen; j++ {
			h = phraseStep(h, lx[j].lower)
			if lx[j].flags&fInitCap == 0 {
				continue
			}
			set, ok := g.phrases[h]
			if !ok {
				continue
			}
			for list := 0; set != 0; list++ {
				if set&1 != 0 {
					for k := i; k <= j; k++ {
						pos := posI
						switch {
						case i == j:
							pos = posU
						case k == i:
							pos = posB
						case k == j:
							pos = posL
						}
						out[k] = append(out[k], uint16(list<<2|pos))
					}
				}
				set >>= 1
			}
		}
	}
	return out
}

// weightTable is an open-addressing hash table (linear probing, at most
// half full) from feature key to per-label weights, quantised to int16 with
// one scale for the table. The probe array holds 32-bit fingerprints only, so
// that it stays in cache and a feature the model does not know costs no trip
// to memory; the weights of slot i are rows[i*numLabels:][:numLabels]. It is
// read only once built.
type weightTable struct {
	fp    []uint32 // fingerprint of the key in each slot, 0 if empty
	keys  []uint64 // full key in each slot (for Save), 0 if empty
	rows  []int16
	mask  uint64
	scale float32
	n     int
}

// fingerprint is the part of a key stored in the probe array (never 0).
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// newWeightTable returns an empty table sized for n keys with the given
// quantisation scale.
func newWeightTable(n int, scale float32) *weightTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &weightTable{
		fp:    make([]uint32, size),
		keys:  make([]uint64, size),
		rows:  make([]int16, size*numLabels),
		mask:  uint64(size - 1),
		scale: scale,
	}
}

// buildWeightTable quantises float rows (numLabels per key) into a table.
func buildWeightTable(keys []uint64, rows []float32) *weightTable {
	maxAbs := float32(0)
	for _, v := range rows {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	w := newWeightTable(len(keys), scale)
	for j, k := range keys {
		row := w.row(k)
		for l := range row {
			row[l] = int16(math.Round(float64(rows[j*numLabels+l] / scale)))
		}
	}
	return w
}

// row returns the weights of key k (k != 0), adding the key if absent.
// Keys with equal fingerprints share a row.
func (w *weightTable) row(k uint64) []int16 {
	f := fingerprint(k)
	i := k & w.mask
	for {
		if w.fp[i] == f {
			break
		}
		if w.fp[i] == 0 {
			w.fp[i], w.keys[i] = f, k
			w.n++
			break
		}
		i = (i + 1) & w.mask
	}
	return w.rows[int(i)*numLabels : int(i+1)*numLabels : int(i+1)*numLabels]
}

// addScores adds the weights of the given features to scores.
func (w *weightTable) addScores(scores *[numLabels]float32, feats []uint64) {
	var acc [numLabels]int32
	w.addInts(&acc, feats)
	for l := range scores {
		scores[l] += float32(acc[l]) * w.scale
	}
}

// addInts adds the quantised weights of the given features to acc.
func (w *weightTable) addInts(acc *[numLabels]int32, feats []uint64) {
	fp, rows := w.fp, w.rows
	for _, k := range feats {
		f := fingerprint(k)
		i := k & w.mask
		for {
			g := fp[i]
			if g == f {
				row := rows[int(i)*numLabels : int(i+1)*numLabels : int(i+1)*numLabels]
				for l := range acc {
					acc[l] += int32(row[l])
				}
				break
			}
			if g == 0 {
				break
			}
			i = (i + 1) & w.mask
		}
	}
}

// len returns the number of keys stored.
func (w *weightTable) len() int { return w.n }
