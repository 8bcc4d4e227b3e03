package parse

import "unicode/utf8"

// Features are 64-bit hashes of a template number and the atoms it joins
// (word, tag and label hashes, small counts). Nothing is allocated per
// feature: the hashes go into a buffer the caller reuses.

const (
	golden = 0x9E3779B97F4A7C15
	mulB   = 0xbf58476d1ce4e5b9
	mulC   = 0x94d049bb133111eb
)

// mix is the finaliser of splitmix64: a cheap bijective scrambler.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= mulB
	h ^= h >> 27
	h *= mulC
	h ^= h >> 31
	return h
}

func f1(t, a uint64) uint64       { return mix(t*golden ^ a) }
func f2(t, a, b uint64) uint64    { return mix((t*golden^a)*mulB ^ b) }
func f3(t, a, b, c uint64) uint64 { return mix(((t*golden^a)*mulB^b)*mulC ^ c) }

// Atoms for positions that do not exist, and for the root.
const (
	noWord   = 0x6e6f6e65 // "none"
	rootWord = 0x726f6f74 // "root"
)

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// normWord hashes a word form folded to ASCII lower case with every digit
// made 0, and returns the hash of its last three bytes too.
func normWord(s string) (word, suffix uint64) {
	h := uint64(14695981039346656037)
	start := len(s) - 3
	if start < 0 {
		start = 0
	}
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	sfx := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
		if i >= start {
			sfx ^= uint64(c)
			sfx *= 1099511628211
		}
	}
	return h, sfx ^ 0x736678
}

// encode computes the atoms of a sentence. Missing tags count as empty.
func encode(e *encoded, words, upos, xpos []string) {
	n := len(words)
	e.n = n
	if cap(e.word) < n+1 {
		e.word = make([]uint64, n+1)
		e.tag = make([]uint64, n+1)
		e.upos = make([]uint64, n+1)
		e.sfx = make([]uint64, n+1)
		e.ucls = make([]string, n+1)
		e.nverb = make([]int, n+1)
		e.npunct = make([]int, n+1)
	}
	e.word, e.tag, e.upos, e.sfx, e.ucls = e.word[:n+1], e.tag[:n+1], e.upos[:n+1], e.sfx[:n+1], e.ucls[:n+1]
	e.nverb, e.npunct = e.nverb[:n+1], e.npunct[:n+1]
	e.nverb[0], e.npunct[0] = 0, 0
	e.word[0], e.tag[0], e.upos[0], e.sfx[0], e.ucls[0] = rootWord, rootWord, rootWord, rootWord, ""
	for i, w := range words {
		var u, x string
		if i < len(upos) {
			u = upos[i]
		}
		if i < len(xpos) {
			x = xpos[i]
		}
		if u == "_" {
			u = ""
		}
		if x == "_" || x == "" {
			x = u
		}
		e.word[i+1], e.sfx[i+1] = normWord(w)
		e.upos[i+1] = hashString(u) ^ 0x75
		e.tag[i+1] = hashString(x) ^ 0x78
		e.ucls[i+1] = u
		e.nverb[i+1], e.npunct[i+1] = e.nverb[i], e.npunct[i]
		switch u {
		case "VERB":
			e.nverb[i+1]++
		case "PUNCT":
			e.npunct[i+1]++
		}
	}
}

func (e *encoded) w(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return e.word[i]
}

func (e *encoded) sf(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return e.sfx[i]
}

func (e *encoded) p(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return e.tag[i]
}

func (e *encoded) u(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return e.upos[i]
}

func (st *state) lab(i int) uint64 {
	if i < 0 || st.label[i] < 0 {
		return noWord
	}
	return uint64(st.label[i]) + 1
}

func (st *state) headOf(i int) int {
	if i <= 0 {
		return none
	}
	return st.head[i]
}

func at(s []int, i int) int {
	if i < 0 {
		return none
	}
	return s[i]
}

func distBucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

func capCount(v int) uint64 {
	if v > 6 {
		return 6
	}
	return uint64(v)
}

// between returns, capped at 3, the verbs and the punctuation marks
// strictly between words i < j.
func (e *encoded) between(i, j int) (verbs, puncts uint64) {
	if i < 0 || j < 0 || j <= i+1 {
		return 0, 0
	}
	return capAt3(e.nverb[j-1] - e.nverb[i]), capAt3(e.npunct[j-1] - e.npunct[i])
}

func capAt3(v int) uint64 { return uint64(min(v, 3)) }

// maxTransFeatures bounds the number of transition features.
const maxTransFeatures = 112

// transFeatures appends the transition features of the configuration to
// out[:0] and returns it: Zhang & Nivre (2011) templates over the stack top
// s0, the buffer words n0..n2, their heads and outer dependents, with
// distance, valency and label-set features, plus a few UPOS and s1 ones.
func transFeatures(st *state, e *encoded, out []uint64) []uint64 {
	out = out[:0]
	s0 := st.s0()
	s1 := st.s1()
	n0, n1, n2 := none, none, none
	if st.b <= st.n {
		n0 = st.b
	}
	if st.b+1 <= st.n {
		n1 = st.b + 1
	}
	if st.b+2 <= st.n {
		n2 = st.b + 2
	}
	s0w, s0p := e.w(s0), e.p(s0)
	n0w, n0p := e.w(n0), e.p(n0)
	n1w, n1p := e.w(n1), e.p(n1)
	n2w, n2p := e.w(n2), e.p(n2)
	s0h := st.headOf(s0)
	s0h2 := st.headOf(s0h)
	s0l, s0r := at(st.l1, s0), at(st.r1, s0)
	s0l2, s0r2 := at(st.l2, s0), at(st.r2, s0)
	n0l, n0l2 := at(st.l1, n0), at(st.l2, n0)
	s0hw, s0hp := e.w(s0h), e.p(s0h)
	s0lp, s0rp, n0lp := e.p(s0l), e.p(s0r), e.p(n0l)
	d := uint64(0)
	if n0 != none {
		d = distBucket(n0 - s0)
	}
	bv, bp := e.between(s0, n0)
	var s0vl, s0vr, n0vl uint64
	var s0sl, s0sr, n0sl uint64
	s0vl, s0vr = capCount(st.nl[s0]), capCount(st.nr[s0])
	s0sl, s0sr = st.lset[s0], st.rset[s0]
	if n0 != none {
		n0vl = capCount(st.nl[n0])
		n0sl = st.lset[n0]
	} else {
		n0vl, n0sl = 7, 1<<63
	}

	out = append(out,
		f1(0, 0),
		// single words
		f2(1, s0w, s0p), f1(2, s0w), f1(3, s0p),
		f2(4, n0w, n0p), f1(5, n0w), f1(6, n0p),
		f2(7, n1w, n1p), f1(8, n1w), f1(9, n1p),
		f2(10, n2w, n2p), f1(11, n2w), f1(12, n2p),
		// word pairs
		f3(13, s0w, s0p, f2(0, n0w, n0p)), f3(14, s0w, s0p, n0w), f3(15, s0w, n0w, n0p),
		f3(16, s0w, s0p, n0p), f3(17, s0p, n0w, n0p), f2(18, s0w, n0w), f2(19, s0p, n0p),
		f2(20, n0p, n1p),
		// three words
		f3(21, n0p, n1p, n2p), f3(22, s0p, n0p, n1p), f3(23, s0hp, s0p, n0p),
		f3(24, s0p, s0lp, n0p), f3(25, s0p, s0rp, n0p), f3(26, s0p, n0p, n0lp),
		// distance
		f2(27, s0w, d), f2(28, s0p, d), f2(29, n0w, d), f2(30, n0p, d),
		f3(31, s0w, n0w, d), f3(32, s0p, n0p, d),
		// valency
		f2(33, s0w, s0vr), f2(34, s0p, s0vr), f2(35, s0w, s0vl), f2(36, s0p, s0vl),
		f2(37, n0w, n0vl), f2(38, n0p, n0vl),
		// first-order dependents and heads
		f1(39, s0hw), f1(40, s0hp), f1(41, st.lab(s0)),
		f1(42, e.w(s0l)), f1(43, s0lp), f1(44, st.lab(s0l)),
		f1(45, e.w(s0r)), f1(46, s0rp), f1(47, st.lab(s0r)),
		f1(48, e.w(n0l)), f1(49, n0lp), f1(50, st.lab(n0l)),
		// second-order (third-order factors)
		f1(51, e.w(s0h2)), f1(52, e.p(s0h2)), f1(53, st.lab(s0h)),
		f1(54, e.w(s0l2)), f1(55, e.p(s0l2)), f1(56, st.lab(s0l2)),
		f1(57, e.w(s0r2)), f1(58, e.p(s0r2)), f1(59, st.lab(s0r2)),
		f1(60, e.w(n0l2)), f1(61, e.p(n0l2)), f1(62, st.lab(n0l2)),
		f3(63, s0p, s0lp, e.p(s0l2)), f3(64, s0p, s0rp, e.p(s0r2)),
		f3(65, s0p, s0hp, e.p(s0h2)), f3(66, n0p, n0lp, e.p(n0l2)),
		// label sets
		f2(67, s0w, s0sr), f2(68, s0p, s0sr), f2(69, s0w, s0sl), f2(70, s0p, s0sl),
		f2(71, n0w, n0sl), f2(72, n0p, n0sl),
		// extras: UPOS, the second stack word, labels with tags
		f2(73, e.u(s0), e.u(n0)), f3(74, e.u(s0), e.u(n0), e.u(n1)),
		f2(75, e.p(s1), s0p), f3(76, e.p(s1), s0p, n0p), f2(77, e.w(s1), e.p(s1)),
		f3(78, s0p, st.lab(s0), n0p), f3(79, s0p, st.lab(s0l), st.lab(s0r)),
		f3(80, n0p, st.lab(n0l), n1p), f3(81, s0w, s0p, st.lab(s0)),
		f3(82, s0p, n0p, b2u(st.head[s0] != none)), f3(83, n0w, n0p, n1p),
		f3(84, s0p, n0w, n1p), f2(85, e.w(n0-1), n0p),
		// suffixes, for words rarely seen in training
		f2(86, e.sf(s0), s0p), f2(87, e.sf(n0), n0p), f3(88, e.sf(n0), n0p, s0p),
		// UPOS twins of the main tag features: UPOS is tagged more
		// reliably than XPOS, so these back the model up on tagging errors
		f3(89, s0w, e.u(s0), e.u(n0)), f3(90, e.u(s0), n0w, e.u(n0)),
		f3(91, e.u(s0h), e.u(s0), e.u(n0)), f3(92, e.u(s0), e.u(s0l), e.u(n0)),
		f3(93, e.u(s0), e.u(s0r), e.u(n0)), f3(94, e.u(s0), e.u(n0), e.u(n0l)),
		f3(95, e.u(s0), e.u(n0), d), f3(96, e.u(n0), e.u(n1), e.u(n2)),
		// what lies between s0 and n0: verbs and punctuation
		f3(97, s0p, n0p, f2(0, bv, bp)), f3(98, e.u(s0), e.u(n0), bv), f3(99, e.u(s0), e.u(n0), bp),
		f3(140, s0w, n0p, bv), f3(141, s0p, n0w, bv),
		// the word that introduces n0 (case, mark, cc) with s0: where a
		// phrase attaches
		f3(142, s0w, e.w(n0l), n0p), f3(143, s0p, e.w(n0l), n0w), f3(144, s0hp, f2(0, s0p, e.w(n0l)), n0p),
		f3(145, e.u(s0), e.w(n0l), e.u(n0)),
	)
	return out
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// maxLabelFeatures bounds the number of labeller features.
const maxLabelFeatures = 48

// labelFeatures appends the features for labelling the arc h -> d in the
// configuration before the arc is added.
func labelFeatures(st *state, e *encoded, h, d int, out []uint64) []uint64 {
	out = out[:0]
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	dw, dp, du := e.w(d), e.p(d), e.u(d)
	hw, hp, hu := e.w(h), e.p(h), e.u(h)
	dist := uint64(0)
	if d < h {
		dist = distBucket(h - d)
	} else {
		dist = distBucket(d - h)
	}
	dl1, dr1 := at(st.l1, d), at(st.r1, d)
	hh := st.headOf(h)
	bv, bp := e.between(min(h, d), max(h, d))
	prev, next := d-1, d+1
	if next > st.n {
		next = none
	}
	out = append(out,
		f1(100, dir),
		f2(101, dw, dir), f2(102, dp, dir), f2(103, du, dir),
		f2(104, hw, dir), f2(105, hp, dir), f2(106, hu, dir),
		f3(107, dp, hp, dir), f3(108, dw, hp, dir), f3(109, dp, hw, dir),
		f3(110, dw, hw, dir), f3(111, du, hu, dir), f3(112, dp, hp, dist),
		f3(113, e.w(dl1), st.lab(dl1), dp), f3(114, e.p(dl1), st.lab(dl1), dp),
		f3(115, e.p(dr1), st.lab(dr1), dp), f3(116, e.w(dr1), st.lab(dr1), hp),
		f3(117, st.lset[d], dp, dir), f3(118, st.rset[d], dp, dir),
		f3(119, st.lab(h), hp, dp), f3(120, e.p(hh), hp, dp),
		f3(121, st.lset[h], dp, dir), f3(122, st.rset[h], dp, dir),
		f3(123, e.sfx[d], dp, dir), f3(124, e.sfx[d], hp, dir),
		f3(125, e.p(prev), dp, hp), f3(126, e.p(next), dp, hp),
		f3(127, e.w(prev), dp, dir), f3(128, e.w(next), dp, dir),
		f3(129, capCount(st.nl[d]), capCount(st.nr[d]), dp),
		f3(130, e.w(dl1), dw, hp), f3(131, e.sfx[h], hp, dp),
		f3(132, st.lab(h), dp, dir), f2(133, e.w(at(st.l2, d)), dp),
		f3(134, dp, hp, b2u(h == 0)),
		// the word that introduces d (case, mark) with the head
		f3(135, hu, e.w(dl1), dir), f3(136, hw, e.w(dl1), dp),
		f3(137, capCount(st.nl[h]), capCount(st.nr[h]), f2(0, dp, hp)),
		// words, not tags, where tagging errors hurt: ADJ/NOUN modifiers,
		// copulas and auxiliaries
		f3(138, dw, hu, dir), f3(139, e.sfx[d], hw, dir), f3(150, du, hw, dir),
		f3(151, e.w(dr1), dp, dir), f3(152, e.w(at(st.l1, h)), dw, dir),
		f3(153, dw, f2(0, bv, bp), dir), f3(154, dp, hp, f2(0, bv, bp)),
	)
	return out
}
