package parse

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sync"
)

// Parser is a trained dependency parser. It is immutable and safe for
// concurrent use by many goroutines.
type Parser struct {
	labels    []string
	rootLabel int
	// beam is the number of configurations kept while parsing; 1 parses
	// greedily.
	beam int
	scorer
	// cands maps (direction, dependent UPOS, head UPOS) to the labels seen
	// with it in training; dirLabels holds every label seen per direction,
	// for unseen combinations.
	cands     map[uint64][]uint8
	dirLabels [2][]uint8
}

// scorer holds the weights, as bfloat16 (the top half of a float32).
type scorer struct {
	tbits, lbits uint
	trans        []uint16 // nActions weights per hashed feature row
	lab          []uint16 // one weight per hashed (feature, label)
	pool         *sync.Pool
}

func bf16(x uint16) float32 { return math.Float32frombits(uint32(x) << 16) }

// toBF16 rounds a float32 to the nearest bfloat16.
func toBF16(f float32) uint16 {
	b := math.Float32bits(f)
	b += 0x7fff + (b>>16)&1
	return uint16(b >> 16)
}

func (s *scorer) transScores(feats []uint64, out *[nActions]float32) {
	*out = [nActions]float32{}
	shift := 64 - s.tbits
	for _, f := range feats {
		row := s.trans[(f>>shift)*nActions:]
		row = row[:nActions]
		out[0] += bf16(row[0])
		out[1] += bf16(row[1])
		out[2] += bf16(row[2])
		out[3] += bf16(row[3])
	}
}

// labelIndex places the weights of one feature for every label in one
// block of 64 entries (two cache lines), at an offset the feature's hash
// picks, so that scoring all candidate labels costs one or two cache misses
// per feature.
func labelIndex(f uint64, l int, bits uint) uint64 {
	base := f >> (64 - bits)
	return base&^63 | (base+uint64(l))&63
}

// bestLabel returns the candidate label with the highest score for feats
// (the first on ties), or -1 without candidates. The weights are summed
// feature by feature, so that each feature's block is read while it is in
// cache.
func (s *scorer) bestLabel(feats []uint64, cands []uint8) int {
	var sums [256]float32
	shift := 64 - s.lbits
	for _, f := range feats {
		base := f >> shift
		block := s.lab[base&^63:]
		block = block[:64]
		for i, l := range cands {
			sums[i] += bf16(block[(base+uint64(l))&63])
		}
	}
	best := -1
	for i := range cands {
		if best < 0 || sums[i] > sums[best] {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	return int(cands[best])
}

// candKey is the key of the candidate-label table.
func candKey(dir int, depUPOS, headUPOS uint64) uint64 {
	return f3(200, uint64(dir), depUPOS, headUPOS)
}

func dirOf(h, d int) int {
	if d < h {
		return 0
	}
	return 1
}

// candidates returns the labels allowed for the arc h -> d.
func (p *Parser) candidates(e *encoded, h, d int) []uint8 {
	dir := dirOf(h, d)
	if c, ok := p.cands[candKey(dir, e.upos[d], e.upos[h])]; ok {
		return c
	}
	return p.dirLabels[dir]
}

// workspace is the reusable memory of one parse.
type workspace struct {
	e      encoded
	st     state
	feats  []uint64
	lfeats []uint64
	b      beam
	// labels caches chooseLabel: the label is a function of the label
	// features alone, and the items of a beam often build the same arc in
	// the same context.
	labels [256]labelMemo
}

// labelMemo is one entry of the label cache: a hash of the label features
// and the label they gave (key 0: empty).
type labelMemo struct {
	key   uint64
	label int
}

func (s *scorer) getWorkspace() *workspace {
	if s.pool != nil {
		if w, ok := s.pool.Get().(*workspace); ok {
			return w
		}
	}
	return &workspace{feats: make([]uint64, 0, maxTransFeatures), lfeats: make([]uint64, 0, maxLabelFeatures)}
}

// Parse returns 0-based heads (-1 = root) and UD relations for one sentence.
// upos and xpos are the tags of the words; a missing or "_" XPOS falls back
// to the UPOS, and tags beyond the end of a short slice count as unknown.
// The result is always a tree: exactly one word has head -1, with relation
// "root", and every other word reaches it. An empty sentence gives empty
// slices.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	n := len(words)
	heads, rels = make([]int, n), make([]string, n)
	if n == 0 {
		return heads, rels
	}
	ws := p.getWorkspace()
	if p.pool != nil {
		defer p.pool.Put(ws)
	}
	encode(&ws.e, words, upos, xpos)
	st := &ws.st
	st.reset(n)
	if p.beam > 1 {
		p.parseBeam(ws)
	}
	var sc [nActions]float32
	for !st.terminal() {
		ok := st.valid()
		ws.feats = transFeatures(st, &ws.e, ws.feats)
		p.transScores(ws.feats, &sc)
		best := -1
		for a := 0; a < nActions; a++ {
			if ok[a] && (best < 0 || sc[a] > sc[best]) {
				best = a
			}
		}
		l := 0
		if best == left || best == right {
			h, d := st.arc(best)
			l = p.chooseLabel(ws, st, h, d)
		}
		st.apply(best, l)
	}
	p.finish(ws)
	for i := 1; i <= n; i++ {
		heads[i-1] = st.head[i] - 1
		rels[i-1] = p.labels[st.label[i]]
	}
	return heads, rels
}

// chooseLabel picks the best-scoring allowed label for h -> d in the
// configuration st.
func (p *Parser) chooseLabel(ws *workspace, st *state, h, d int) int {
	if h == 0 {
		return p.rootLabel
	}
	ws.lfeats = labelFeatures(st, &ws.e, h, d, ws.lfeats)
	key := uint64(len(ws.lfeats))
	for _, f := range ws.lfeats {
		key = (key^f)*mulB + golden
	}
	key |= 1
	m := &ws.labels[key>>56]
	if m.key == key {
		return m.label
	}
	l := max(p.bestLabel(ws.lfeats, p.candidates(&ws.e, h, d)), 0)
	*m = labelMemo{key: key, label: l}
	return l
}

// finish attaches the words the transitions left without a head: the first
// verb among them (or the first of them) becomes the root word when the root
// has none, and the others become its dependents.
func (p *Parser) finish(ws *workspace) {
	st := &ws.st
	r := st.rootChild
	if r == none {
		for i := 1; i <= st.n; i++ {
			if st.head[i] == none && (r == none || ws.e.ucls[r] != "VERB" && ws.e.ucls[i] == "VERB") {
				r = i
			}
		}
		st.addArc(0, r, p.rootLabel)
	}
	for i := 1; i <= st.n; i++ {
		if st.head[i] == none {
			st.addArc(r, i, p.chooseLabel(ws, st, r, i))
		}
	}
}

//go:embed parser.model.gz
var embedded []byte

var loadDefault = sync.OnceValues(func() (*Parser, error) {
	p, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("parse: embedded model: %w", err)
	}
	return p, nil
})

// Default returns the parser embedded in the package, trained on UD English
// EWT. The model is decoded once per process; every call returns the same
// *Parser.
func Default() (*Parser, error) { return loadDefault() }

// Load reads a model written by (*Parser).Save: gzip-compressed, as
// embedded in the package.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	defer zr.Close()
	p, err := readModel(zr)
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	return p, nil
}

// Labels returns the dependency relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }
