package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tmpl numbers the feature templates; a feature key is the hash of its
// template and value(s).
type tmpl uint64

const (
	tBias tmpl = iota + 1
	tWord
	tLower
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tBigramM1
	tBigramP1
	tShape
	tShapeM1
	tShapeP1
	tShapeM2
	tShapeP2
	tShapeTriM
	tShapeTriP
	tShapeFirst
	tPrefix
	tSuffix
	tClus
	tClusM1
	tClusP1
	tClusM2
	tClusP2
	tClusBiM
	tClusBiP
	tGaz
	tGazM1
	tGazP1
	tGazShape
	tDocLower
	tDocCapMid
	tRestored
	tRestoredClus
	tHeadline
	tPrev
	tPrev2
	tPrevWord
	tPrevShape
	tHist
	tHistShape
	tPass1
	tPass1Doc
	tPass1DocShape
	tPass1M1
	tPass1P1
	tLowerAsCap // unused; kept so later template numbers (and trained models) stay valid
	tLen
	tAggLeft
	tAggRight
	tGivenBefore
	tGivenAfter
	tGram // unused (character n-grams, tried); kept so later template numbers stay valid
	tPOS
	tPOSShape
)

// Optional feature groups of a model (Recognizer.extras), fixed at training
// time and stored in the model file.
const (
	// xPOS adds the universal parts of speech that the pos package's
	// tagger predicts for the current word and its neighbours (posFeatures).
	xPOS uint64 = 1 << iota
	// xAll is the union of the known groups.
	xAll = xPOS
)

// maxAggContexts bounds the contexts a word gathers from its other
// occurrences in a document, per side.
const maxAggContexts = 8

// Token flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fHasAlpha
	fLowerInit
)

// lexInfo is what features need of one token string, computed once per token.
type lexInfo struct {
	raw, lower, shape uint64
	pre, suf          [4]uint64
	clus              [numClusterLevels]uint64
	hasClus           bool
	// backClus marks clusters borrowed from a part of the word (backOff),
	// which feed their own feature values.
	backClus bool
	flags    uint8
	runes    uint8
}

// shapeHash returns the hash of a word's short shape: letters mapped to X or
// x, digits to d, other characters kept, runs of the same class collapsed.
func shapeHash(s string) (h uint64, flags uint8, runes int) {
	h = fnvOffset
	var last rune = -1
	upper, lower, digit, alpha := 0, 0, 0, 0
	first := true
	for _, r := range s {
		runes++
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			alpha++
			if first {
				flags |= fInitCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			lower++
			alpha++
			if first {
				flags |= fLowerInit
			}
		case unicode.IsDigit(r):
			c = 'd'
			digit++
		default:
			c = r
		}
		first = false
		if c != last {
			h ^= uint64(c)
			h *= fnvPrime
			last = c
		}
	}
	if alpha > 0 {
		flags |= fHasAlpha
	}
	if digit > 0 {
		flags |= fHasDigit
	}
	if upper > 0 && lower == 0 && upper+digit >= 1 && alpha > 0 {
		flags |= fAllCaps
	}
	if runes > 255 {
		runes = 255
	}
	return h, flags, runes
}

// lexOf computes the lexical information of one token with the model's
// cluster table.
func (m *Recognizer) lexOf(s string) lexInfo {
	var x lexInfo
	x.raw = hashString(s)
	x.lower = hashLower(s)
	var n int
	x.shape, x.flags, n = shapeHash(s)
	x.runes = uint8(n)
	// Prefixes and suffixes of 1..4 runes, of the lower-case form's bytes
	// (hashed on the fly).
	if n > 1 {
		i := 0
		for k := 0; k < 4 && i < len(s); k++ {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			if i >= len(s) {
				break
			}
			x.pre[k] = hashLower(s[:i])
		}
		j := len(s)
		for k := 0; k < 4 && j > 0; k++ {
			_, w := utf8.DecodeLastRuneInString(s[:j])
			j -= w
			if j <= 0 {
				break
			}
			x.suf[k] = hashLower(s[j:])
		}
	}
	x.clus, x.hasClus = m.clusters.lookup(x.raw, x.lower)
	if !x.hasClus && x.flags&fHasAlpha != 0 && n > 3 {
		x.clus, x.hasClus = m.clusters.backOff(s)
		x.backClus = x.hasClus
	}
	return x
}

// backOff returns the clusters of a part of a word that has none of its
// own: of a hyphenated word's first part of three letters or more, else its
// last part ("Moscow-backed", "Tyler-Sharman"), or of the word without a
// final "s" ("Clintons"). Most names unseen in training have no cluster; a
// part often has one.
func (c *clusterTable) backOff(s string) ([numClusterLevels]uint64, bool) {
	try := func(p string) ([numClusterLevels]uint64, bool) {
		if len(p) < 3 {
			return [numClusterLevels]uint64{}, false
		}
		return c.lookup(hashString(p), hashLower(p))
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		if ids, ok := try(s[:i]); ok {
			return ids, true
		}
		return try(s[strings.LastIndexByte(s, '-')+1:])
	}
	if strings.HasSuffix(s, "s") || strings.HasSuffix(s, "S") {
		return try(s[:len(s)-1])
	}
	return [numClusterLevels]uint64{}, false
}

// Sentinel values of window positions outside the sentence.
const (
	padBefore = 0x5eed0001
	padAfter  = 0x5eed0002
)

// docState is one document prepared for tagging: lexical information of
// every token, gazetteer matches and document-level facts.
type docState struct {
	sents    [][]string
	lex      [][]lexInfo
	ent      [][]int32    // word cache entry of each token, when tagging with one
	gaz      [][][]uint16 // per token: list<<2 | position (0 B, 1 I, 2 L, 3 U)
	headline []bool       // sentence is (mostly) upper case
	// lowerSeen holds lower-case hashes of words seen starting lower case.
	lowerSeen map[uint64]bool
	// capMid holds raw hashes of capitalised words seen after the first
	// position of a mixed-case sentence.
	capMid map[uint64]bool
	// restored maps the lower-case hash of a word to its most frequent
	// mixed-case raw hash in the document.
	restored map[uint64]uint64
	// agg maps the lower-case hash of a capitalised word to the words seen
	// left (agg[0]) and right (agg[1]) of its occurrences in the document:
	// Ratinov & Roth's context aggregation.
	agg map[uint64]*[2][]uint64
	// drop, set by training only, leaves out the identity features of the
	// current word, as if it were unknown (word dropout).
	drop bool
	// pos holds the predicted universal part of speech of every token
	// (posClass) when the model has xPOS.
	pos [][]uint8
	// pass1 holds first-pass labels when the model is two-stage.
	pass1 [][]uint8
	// pass1Doc maps a lower-case word hash to the entity types the first
	// pass gave it anywhere in the document (counts per type).
	pass1Doc map[uint64]*[numTypes]uint16
}

func (m *Recognizer) prepare(sents [][]string) *docState {
	return m.prepareCached(sents, nil, nil)
}

// prepareCached prepares a document, taking the lexical information of its
// words from the cache c (when not nil) and noting their entries in d.ent,
// and its parts of speech from upos when it has them all (see addExtras).
func (m *Recognizer) prepareCached(sents [][]string, upos [][]string, c *wordCache) *docState {
	d := &docState{
		sents:     sents,
		lex:       make([][]lexInfo, len(sents)),
		gaz:       make([][][]uint16, len(sents)),
		headline:  make([]bool, len(sents)),
		lowerSeen: make(map[uint64]bool),
		capMid:    make(map[uint64]bool),
		restored:  make(map[uint64]uint64),
		agg:       make(map[uint64]*[2][]uint64),
	}
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	slab := make([]lexInfo, total)
	var entSlab []int32
	if c != nil {
		entSlab = make([]int32, total)
		d.ent = make([][]int32, len(sents))
	}
	restCount := make(map[uint64]int)
	for si, s := range sents {
		lx := slab[:len(s):len(s)]
		slab = slab[len(s):]
		var ent []int32
		if c != nil {
			ent = entSlab[:len(s):len(s)]
			entSlab = entSlab[len(s):]
			d.ent[si] = ent
		}
		caps, alpha := 0, 0
		for i, w := range s {
			if c != nil {
				ent[i] = c.entry(m, w)
				lx[i] = c.lex[ent[i]]
			} else {
				lx[i] = m.lexOf(w)
			}
			if lx[i].flags&fHasAlpha != 0 && lx[i].runes > 1 {
				alpha++
				if lx[i].flags&fAllCaps != 0 {
					caps++
				}
			}
		}
		d.lex[si] = lx
		d.headline[si] = alpha >= 2 && caps*10 >= alpha*7
		d.gaz[si] = m.gazetteers.match(lx)
		for i := range lx {
			x := &lx[i]
			if x.flags&fInitCap != 0 {
				a := d.agg[x.lower]
				if a == nil {
					a = new([2][]uint64)
					d.agg[x.lower] = a
				}
				if i > 0 {
					addContext(&a[0], lx[i-1].lower)
				}
				if i+1 < len(lx) {
					addContext(&a[1], lx[i+1].lower)
				}
			}
			if x.flags&fLowerInit != 0 {
				d.lowerSeen[x.lower] = true
			}
			if !d.headline[si] && x.flags&fInitCap != 0 && x.flags&fAllCaps == 0 {
				if i > 0 {
					d.capMid[x.raw] = true
				}
				k := x.raw ^ x.lower*7
				restCount[k]++
				if best, ok := d.restored[x.lower]; !ok || restCount[k] > restCount[best^x.lower*7] {
					d.restored[x.lower] = x.raw
				}
			}
		}
	}
	m.addExtras(d, upos)
	return d
}

// Roles of a token's word in the features of a token: its own (roleSelf)
// and that of the words one and two to the left and right, whose features
// the current token reads (roleM1 ... roleP2).
const (
	roleSelf = iota
	roleM1
	roleP1
	roleM2
	roleP2
	numRoles
)

// roleOffsets are the positions of the word of each role relative to the
// current token.
var roleOffsets = [numRoles]int{0, -1, 1, -2, 2}

// staticFeatures appends the features of token i of sentence si that do not
// depend on predictions, neither of this pass nor of an earlier one: the
// features of each role's word (wordFeatures, neighbourFeatures) and those
// of the context (contextFeatures).
func (m *Recognizer) staticFeatures(buf []uint64, d *docState, si, i int) []uint64 {
	lx := d.lex[si]
	buf = wordFeatures(buf, &lx[i], d.drop)
	for role := roleM1; role < numRoles; role++ {
		buf = neighbourFeatures(buf, role, lx, i+roleOffsets[role])
	}
	return m.contextFeatures(buf, d, si, i)
}

// at returns the lower-case and shape hashes and the lexical information of
// token j of a sentence, or the padding values and nil outside it.
func at(lx []lexInfo, j int) (uint64, uint64, *lexInfo) {
	if j < 0 {
		return padBefore, padBefore, nil
	}
	if j >= len(lx) {
		return padAfter, padAfter, nil
	}
	return lx[j].lower, lx[j].shape, &lx[j]
}

// wordFeatures appends the features of a token that depend on its word
// alone (and the bias): identity, length, affixes and clusters. drop leaves
// out the identity (word dropout).
func wordFeatures(buf []uint64, x *lexInfo, drop bool) []uint64 {
	if !drop {
		buf = append(buf, feat(tWord, x.raw), feat(tLower, x.lower))
	}
	buf = append(buf, feat(tBias, 0), feat(tLen, uint64(min(x.runes, 12))))
	for k, h := range x.pre {
		if h != 0 {
			buf = append(buf, feat2(tPrefix, uint64(k), h))
		}
	}
	for k, h := range x.suf {
		if h != 0 {
			buf = append(buf, feat2(tSuffix, uint64(k), h))
		}
	}
	return clusterFeatures(buf, tClus, x)
}

// neighbourTemplates are the templates of the lower-case form, shape and
// clusters of the word of each neighbour role.
var neighbourTemplates = [numRoles][3]tmpl{
	roleM1: {tLowerM1, tShapeM1, tClusM1},
	roleP1: {tLowerP1, tShapeP1, tClusP1},
	roleM2: {tLowerM2, tShapeM2, tClusM2},
	roleP2: {tLowerP2, tShapeP2, tClusP2},
}

// neighbourFeatures appends the features the current token reads of token
// j of its sentence in a neighbour role: they depend on that word alone (or
// on the sentence edge).
func neighbourFeatures(buf []uint64, role int, lx []lexInfo, j int) []uint64 {
	lower, shape, y := at(lx, j)
	t := &neighbourTemplates[role]
	buf = append(buf, feat(t[0], lower), feat(t[1], shape))
	return clusterFeatures(buf, t[2], y)
}

// clusterFeatures appends a word's cluster at each granularity under
// template t (nothing for nil or a word without clusters).
func clusterFeatures(buf []uint64, t tmpl, y *lexInfo) []uint64 {
	if y == nil || !y.hasClus {
		return buf
	}
	// A cluster borrowed from a part of the word (backClus) is a value of
	// its own.
	off := uint64(0)
	if y.backClus {
		off = numClusterLevels
	}
	for k, c := range y.clus {
		buf = append(buf, feat2(t, uint64(k)+off, c))
	}
	return buf
}

// contextFeatures appends the static features of token i of sentence si
// that depend on more than one word: bigrams, shape trigrams, cluster
// bigrams, gazetteer matches and the document-level facts.
func (m *Recognizer) contextFeatures(buf []uint64, d *docState, si, i int) []uint64 {
	lx := d.lex[si]
	x := &lx[i]
	lm1, sm1, xm1 := at(lx, i-1)
	lp1, sp1, xp1 := at(lx, i+1)
	_, sm2, _ := at(lx, i-2)
	hl := uint64(0)
	if d.headline[si] {
		hl = 1
	}
	if !d.drop {
		buf = append(buf,
			feat2(tBigramM1, lm1, x.lower),
			feat2(tBigramP1, x.lower, lp1),
		)
	}
	buf = append(buf,
		feat2(tShape, x.shape, hl),
		feat3(tShapeTriM, sm1, x.shape, sp1),
		feat3(tShapeTriP, sm2, sm1, x.shape),
	)
	if i == 0 {
		buf = append(buf, feat2(tShapeFirst, x.shape, hl))
	}
	if x.hasClus && !x.backClus {
		if xm1 != nil && xm1.hasClus && !xm1.backClus {
			buf = append(buf, feat2(tClusBiM, xm1.clus[1], x.clus[1]))
		}
		if xp1 != nil && xp1.hasClus && !xp1.backClus {
			buf = append(buf, feat2(tClusBiP, x.clus[1], xp1.clus[1]))
		}
	}
	g := d.gaz[si]
	for _, c := range g[i] {
		buf = append(buf, feat(tGaz, uint64(c)), feat2(tGazShape, uint64(c), x.shape))
	}
	if i > 0 {
		for _, c := range g[i-1] {
			buf = append(buf, feat(tGazM1, uint64(c)))
		}
	}
	if i+1 < len(g) {
		for _, c := range g[i+1] {
			buf = append(buf, feat(tGazP1, uint64(c)))
		}
	}
	// A capitalised word after a given name ("Jiri Novak") and a given name
	// before a capitalised word, whether or not the other word is a known
	// family name.
	if i > 0 && x.flags&fInitCap != 0 && hasGaz(g[i-1], gazGiven<<2|posU) {
		buf = append(buf, feat2(tGivenBefore, boolBit(hasGaz(g[i], gazFamily<<2|posU)), hl))
	}
	if i+1 < len(g) && lx[i+1].flags&fInitCap != 0 && hasGaz(g[i], gazGiven<<2|posU) {
		buf = append(buf, feat2(tGivenAfter, boolBit(hasGaz(g[i+1], gazFamily<<2|posU)), hl))
	}
	// Document-level facts.
	if x.flags&fInitCap != 0 {
		if d.lowerSeen[x.lower] {
			buf = append(buf, feat2(tDocLower, boolBit(i == 0), hl))
		}
		if (i == 0 || d.headline[si]) && d.capMid[x.raw] {
			buf = append(buf, feat(tDocCapMid, hl))
		}
	}
	if x.flags&fAllCaps != 0 && d.headline[si] {
		if r, ok := d.restored[x.lower]; ok {
			buf = append(buf, feat(tRestored, r))
			if c, ok := m.clusters.lookup(r, x.lower); ok {
				for k, v := range c {
					buf = append(buf, feat2(tRestoredClus, uint64(k), v))
				}
			}
		}
	}
	if d.headline[si] {
		buf = append(buf, feat(tHeadline, x.shape))
	}
	if d.pos != nil {
		buf = posFeatures(buf, d.pos[si], i, x.shape)
	}
	if a := d.agg[x.lower]; a != nil && x.flags&fInitCap != 0 {
		for _, c := range a[0] {
			if c != lm1 {
				buf = append(buf, feat(tAggLeft, c))
			}
		}
		for _, c := range a[1] {
			if c != lp1 {
				buf = append(buf, feat(tAggRight, c))
			}
		}
	}
	return buf
}

// Slots of the part-of-speech features (posFeatures): one per position of
// the window and per bigram, hashed with the value(s) under tPOS.
const (
	posSlotM1  = 1
	posSlot0   = 2
	posSlotP1  = 3
	posSlotBiM = 9  // previous and current
	posSlotBiP = 10 // current and next
)

// posFeatures appends the part-of-speech features of token i of a sentence
// whose predicted parts of speech are ps (posClass values): those of the
// previous, current and next word, the two bigrams with the current one,
// and the current one with the word's shape (a capitalised noun or proper
// noun after a verb is more likely a name than one after a determiner).
// Wider windows (±2) did worse on testa.
func posFeatures(buf []uint64, ps []uint8, i int, shape uint64) []uint64 {
	pm1, p0, pp1 := uint64(posPad), uint64(ps[i]), uint64(posPad)
	if i > 0 {
		pm1 = uint64(ps[i-1])
	}
	if i+1 < len(ps) {
		pp1 = uint64(ps[i+1])
	}
	return append(buf,
		feat2(tPOS, posSlotM1, pm1),
		feat2(tPOS, posSlot0, p0),
		feat2(tPOS, posSlotP1, pp1),
		feat2(tPOSShape, p0, shape),
		feat3(tPOS, posSlotBiM, pm1, p0),
		feat3(tPOS, posSlotBiP, p0, pp1),
	)
}

// pass1Features appends the features of token i of sentence si that read
// the previous pass's labels (d.pass1): those of a second stage.
func pass1Features(buf []uint64, d *docState, si, i int) []uint64 {
	x := &d.lex[si][i]
	p := d.pass1[si]
	buf = append(buf, feat(tPass1, uint64(p[i])))
	if i > 0 {
		buf = append(buf, feat(tPass1M1, uint64(p[i-1])))
	}
	if i+1 < len(p) {
		buf = append(buf, feat(tPass1P1, uint64(p[i+1])))
	}
	if cnt := d.pass1Doc[x.lower]; cnt != nil && x.flags&(fInitCap|fHasDigit) != 0 {
		if best, frac, ok := majority(cnt); ok {
			buf = append(buf, feat2(tPass1Doc, best, frac), feat2(tPass1DocShape, best, x.shape))
		}
	}
	return buf
}

// hasGaz reports whether a token's gazetteer matches include code c.
func hasGaz(codes []uint16, c uint16) bool {
	for _, v := range codes {
		if v == c {
			return true
		}
	}
	return false
}

// addContext adds a context word to a bounded set.
func addContext(set *[]uint64, h uint64) {
	if len(*set) >= maxAggContexts {
		return
	}
	for _, c := range *set {
		if c == h {
			return
		}
	}
	*set = append(*set, h)
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// history tracks, within one document, the entity types the tagger has given
// each word so far (Ratinov & Roth's prediction history).
type history map[uint64]*[numTypes]uint16

// majority returns the type most often counted (the first of equals), the
// share of the counts it has in fifths of 4 (0..4), and false when nothing
// was counted.
func majority(cnt *[numTypes]uint16) (best, frac uint64, ok bool) {
	b, bc, tot := 0, uint16(0), uint16(0)
	for t, c := range cnt {
		tot += c
		if c > bc {
			b, bc = t, c
		}
	}
	if bc == 0 {
		return 0, 0, false
	}
	return uint64(b), uint64(4 * int(bc) / int(tot)), true
}

// dynamicFeatures appends the features that depend on earlier predictions in
// the sentence (prev, prev2) and in the document (h).
func dynamicFeatures(buf []uint64, x *lexInfo, prev, prev2 uint8, h history, drop bool) []uint64 {
	buf = append(buf,
		feat(tPrev, uint64(prev)),
		feat2(tPrev2, uint64(prev2), uint64(prev)),
		feat2(tPrevShape, uint64(prev), x.shape),
	)
	if !drop {
		buf = append(buf, feat2(tPrevWord, uint64(prev), x.lower))
	}
	if x.flags&(fInitCap|fHasDigit) != 0 {
		if cnt := h[x.lower]; cnt != nil {
			if best, frac, ok := majority(cnt); ok {
				buf = append(buf, feat2(tHist, best, frac), feat2(tHistShape, best, x.shape))
			}
		}
	}
	return buf
}

// record notes in h the entity type of a token labelled l.
func (h history) record(x *lexInfo, l uint8) {
	if l == 0 || x.flags&(fInitCap|fHasDigit) == 0 {
		return
	}
	cnt := h[x.lower]
	if cnt == nil {
		cnt = new([numTypes]uint16)
		h[x.lower] = cnt
	}
	if cnt[labelType(l)] < 60000 {
		cnt[labelType(l)]++
	}
}
