package ner

// numClusterLevels is the number of cluster granularities per word.
const numClusterLevels = 3

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

// weightTable is an open-addressing hash table from feature key to a row of
// per-label weights. It is read only once built.
type weightTable struct {
	keys []uint64
	rows []float32
	mask uint64
}

func newWeightTable(n int) *weightTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &weightTable{keys: make([]uint64, size), rows: make([]float32, size*numLabels), mask: uint64(size - 1)}
}

// slot returns the slot of key k, or of the empty slot where it belongs.
func (w *weightTable) slot(k uint64) int {
	i := k & w.mask
	for {
		if w.keys[i] == k || w.keys[i] == 0 {
			return int(i)
		}
		i = (i + 1) & w.mask
	}
}

// set stores the row of key k (k != 0).
func (w *weightTable) set(k uint64, row []float32) {
	i := w.slot(k)
	w.keys[i] = k
	copy(w.rows[i*numLabels:(i+1)*numLabels], row)
}

// addScores adds the rows of the given features to scores.
func (w *weightTable) addScores(scores *[numLabels]float32, feats []uint64) {
	for _, k := range feats {
		i := k & w.mask
		for {
			kk := w.keys[i]
			if kk == k {
				row := w.rows[i*numLabels : i*numLabels+numLabels : i*numLabels+numLabels]
				for l := range scores {
					scores[l] += row[l]
				}
				break
			}
			if kk == 0 {
				break
			}
			i = (i + 1) & w.mask
		}
	}
}

// len returns the number of keys stored.
func (w *weightTable) len() int {
	n := 0
	for _, k := range w.keys {
		if k != 0 {
			n++
		}
	}
	return n
}
