package pos

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. Every feature is a template number mixed with the hash
// of a value (a word form, an affix, a shape, earlier tags), reduced to a
// 32-bit key. The numbering is part of the model format: append new
// templates at the end and never renumber.
const (
	tBias = iota
	tWord
	tLower
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShape
	tShortShape
	tAmbig
	tPrevLower
	tPrev2Lower
	tNextLower
	tNext2Lower
	tPrevSuf3
	tNextSuf3
	tNextAmbig
	tNext2Ambig
	tPrevTag
	tPrev2Tag
	tPrevTags
	tPrevTagLower
	tPrevTagNextLower
	tFirstShape
	tNextShortShape
	tPrevShortShape
	tLowerNextLower
	tPrevLowerLower
	tPrevTagAmbig
	tAmbigNextAmbig
	tFlags
	tSuf5
	tPrevTagSuf3
	tLowerNextAmbig
	tPrevAmbigLower
	tNextLowerNext2Lower
	tShapeNextShape
	tMajor
	tPrevTagMajor
	tNextMajor
	tMajorNextMajor
	nTemplates
)

// Templates of the second stage, which sees the first stage's tags of the
// whole sentence (p1), right context included.
const (
	sCur = nTemplates + iota
	sNext
	sNext2
	sPrev
	sNextPair
	sCurLower
	sPrevTagNext
	sNextNextLower
	sCurNext
	sPrevCurNext
	nStackedTemplates = iota
)

// featsPerToken is the most features featuresAt produces for one word.
const featsPerToken = nTemplates + nStackedTemplates

// featuresAt writes the features of word i into keys and returns how many:
// the first-stage features, and when p1 is not nil (second stage) those of
// the first stage's tags.
func featuresAt(keys []uint32, infos []wordInfo, tags, p1 []int32, i int) int {
	n := extract(keys, infos, tags, i)
	if p1 != nil {
		n += extractStacked(keys[n:], infos, tags, p1, i)
	}
	return n
}

// extractStacked writes the second-stage features of word i.
func extractStacked(keys []uint32, infos []wordInfo, tags, p1 []int32, i int) int {
	const none = 1 << 20
	cur := uint64(p1[i])
	prev, prevTag := uint64(none), uint64(none)
	if i > 0 {
		prev, prevTag = uint64(p1[i-1]), uint64(tags[i-1])
	}
	next, next2 := uint64(none+1), uint64(none+2)
	nextLower := hEnd
	if i+1 < len(p1) {
		next, nextLower = uint64(p1[i+1]), infos[i+1].lower
		if i+2 < len(p1) {
			next2 = uint64(p1[i+2])
		}
	}
	k := keys[:nStackedTemplates]
	k[sCur-nTemplates] = featKey(sCur, cur)
	k[sNext-nTemplates] = featKey(sNext, next)
	k[sNext2-nTemplates] = featKey(sNext2, next2)
	k[sPrev-nTemplates] = featKey(sPrev, prev)
	k[sNextPair-nTemplates] = featKey(sNextPair, pair(next, next2))
	k[sCurLower-nTemplates] = featKey(sCurLower, pair(cur, infos[i].lower))
	k[sPrevTagNext-nTemplates] = featKey(sPrevTagNext, pair(prevTag, next))
	k[sNextNextLower-nTemplates] = featKey(sNextNextLower, pair(next, nextLower))
	k[sCurNext-nTemplates] = featKey(sCurNext, pair(cur, next))
	k[sPrevCurNext-nTemplates] = featKey(sPrevCurNext, pair(pair(prevTag, cur), next))
	return nStackedTemplates
}

// FNV-1a constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser: it spreads the bits of a combination of
// hashes so that the low 32 bits make a good table key.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// featKey returns the 32-bit key of template t with value hash v. Zero marks
// an empty slot in the model's table, so it is never returned.
func featKey(t int, v uint64) uint32 {
	k := uint32(mix(v+uint64(t+1)*0x9e3779b97f4a7c15) >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// pair hashes two values into one.
func pair(a, b uint64) uint64 { return mix(a*0x9e3779b97f4a7c15 ^ b) }

// Hashes standing for the words before the start and after the end of a
// sentence, so that context features exist at the edges.
var (
	hStart  = hashString("-START-")
	hStart2 = hashString("-START2-")
	hEnd    = hashString("-END-")
	hEnd2   = hashString("-END2-")
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashRune adds the UTF-8 bytes of r to the FNV-1a hash h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return h
}

// lowerRune lower-cases one rune, with an ASCII fast path.
func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// Flag bits of a word, mixed into the tFlags feature.
const (
	flagUpper   = 1 << iota // starts with an upper-case letter
	flagAllCaps             // has letters, all upper case
	flagDigit               // has a digit
	flagHyphen              // has a hyphen
	flagLetter              // has a letter
	flagFirst               // first word of the sentence
)

// wordInfo is what the features need to know about one word, computed once
// per word of a sentence.
type wordInfo struct {
	word, lower       uint64
	pre               [4]uint64
	suf               [5]uint64
	shape, shortShape uint64
	ambig             uint64
	major             uint64
	dict              int32 // class from the tag dictionary, or -1
	flags             uint8
}

// shapeClass maps a rune to its shape character.
func shapeClass(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// analyse fills wi for the word w. It does not allocate.
func analyse(w string, wi *wordInfo) {
	h := uint64(fnvOffset)
	lo := uint64(fnvOffset)
	sh := uint64(fnvOffset)
	ssh := uint64(fnvOffset)
	var last rune = -1
	run := 0
	n := 0
	var flags uint8
	letters, uppers := 0, 0
	for i, r := range w {
		_ = i
		h = hashRune(h, r)
		l := lowerRune(r)
		lo = hashRune(lo, l)
		if n < 4 {
			wi.pre[n] = lo
		}
		n++
		c := shapeClass(r)
		switch c {
		case 'X':
			letters++
			uppers++
			if n == 1 {
				flags |= flagUpper
			}
		case 'x':
			letters++
		case 'd':
			flags |= flagDigit
		case '-':
			flags |= flagHyphen
		}
		if c == last {
			run++
		} else {
			run = 1
			ssh = hashRune(ssh, c)
		}
		if run <= 4 {
			sh = hashRune(sh, c)
		}
		last = c
	}
	for k := n; k < 4; k++ {
		wi.pre[k] = lo
	}
	if letters > 0 {
		flags |= flagLetter
		if uppers == letters {
			flags |= flagAllCaps
		}
	}
	// Suffixes: hash the last k runes, lower-cased, for k = 1..4.
	start := len(w)
	for k := 0; k < 5; k++ {
		if start > 0 {
			_, size := utf8.DecodeLastRuneInString(w[:start])
			start -= size
		}
		s := uint64(fnvOffset)
		for _, r := range w[start:] {
			s = hashRune(s, lowerRune(r))
		}
		wi.suf[k] = s
	}
	wi.word, wi.lower, wi.shape, wi.shortShape, wi.flags = h, lo, sh, ssh, flags
	wi.ambig, wi.major = 0, 0
	wi.dict = -1
}

// extract writes the features of word i into keys, given the words'
// infos and the classes already predicted for words 0..i-1. It returns the
// number of keys written (always nTemplates).
func extract(keys []uint32, infos []wordInfo, tags []int32, i int) int {
	wi := &infos[i]
	n := len(infos)
	prevLower, prev2Lower := hStart, hStart2
	prevSuf3, prevShort, prevAmbig := hStart, hStart, hStart
	nextMajor := hEnd
	prevTag, prev2Tag := uint64(1<<20), uint64(1<<20+1)
	if i > 0 {
		p := &infos[i-1]
		prevLower, prevSuf3, prevShort, prevAmbig = p.lower, p.suf[2], p.shortShape, p.ambig
		prevTag = uint64(tags[i-1])
		if i > 1 {
			prev2Lower = infos[i-2].lower
			prev2Tag = uint64(tags[i-2])
		} else {
			prev2Tag = uint64(1 << 20)
		}
	}
	nextLower, next2Lower := hEnd, hEnd2
	nextSuf3, nextShort := hEnd, hEnd
	nextAmbig, next2Ambig := hEnd, hEnd2
	if i+1 < n {
		x := &infos[i+1]
		nextLower, nextSuf3, nextShort, nextAmbig, nextMajor = x.lower, x.suf[2], x.shortShape, x.ambig, x.major
		if i+2 < n {
			next2Lower, next2Ambig = infos[i+2].lower, infos[i+2].ambig
		}
	}
	flags := uint64(wi.flags)
	if i == 0 {
		flags |= flagFirst
	}
	keys[tBias] = featKey(tBias, 0)
	keys[tWord] = featKey(tWord, wi.word)
	keys[tLower] = featKey(tLower, wi.lower)
	keys[tPre1] = featKey(tPre1, wi.pre[0])
	keys[tPre2] = featKey(tPre2, wi.pre[1])
	keys[tPre3] = featKey(tPre3, wi.pre[2])
	keys[tPre4] = featKey(tPre4, wi.pre[3])
	keys[tSuf1] = featKey(tSuf1, wi.suf[0])
	keys[tSuf2] = featKey(tSuf2, wi.suf[1])
	keys[tSuf3] = featKey(tSuf3, wi.suf[2])
	keys[tSuf4] = featKey(tSuf4, wi.suf[3])
	keys[tShape] = featKey(tShape, wi.shape)
	keys[tShortShape] = featKey(tShortShape, wi.shortShape)
	keys[tAmbig] = featKey(tAmbig, wi.ambig)
	keys[tPrevLower] = featKey(tPrevLower, prevLower)
	keys[tPrev2Lower] = featKey(tPrev2Lower, prev2Lower)
	keys[tNextLower] = featKey(tNextLower, nextLower)
	keys[tNext2Lower] = featKey(tNext2Lower, next2Lower)
	keys[tPrevSuf3] = featKey(tPrevSuf3, prevSuf3)
	keys[tNextSuf3] = featKey(tNextSuf3, nextSuf3)
	keys[tNextAmbig] = featKey(tNextAmbig, nextAmbig)
	keys[tNext2Ambig] = featKey(tNext2Ambig, next2Ambig)
	keys[tPrevTag] = featKey(tPrevTag, prevTag)
	keys[tPrev2Tag] = featKey(tPrev2Tag, prev2Tag)
	keys[tPrevTags] = featKey(tPrevTags, pair(prevTag, prev2Tag))
	keys[tPrevTagLower] = featKey(tPrevTagLower, pair(prevTag, wi.lower))
	keys[tPrevTagNextLower] = featKey(tPrevTagNextLower, pair(prevTag, nextLower))
	keys[tFirstShape] = featKey(tFirstShape, pair(flags&flagFirst, wi.shortShape))
	keys[tNextShortShape] = featKey(tNextShortShape, nextShort)
	keys[tPrevShortShape] = featKey(tPrevShortShape, prevShort)
	keys[tLowerNextLower] = featKey(tLowerNextLower, pair(wi.lower, nextLower))
	keys[tPrevLowerLower] = featKey(tPrevLowerLower, pair(prevLower, wi.lower))
	keys[tPrevTagAmbig] = featKey(tPrevTagAmbig, pair(prevTag, wi.ambig))
	keys[tAmbigNextAmbig] = featKey(tAmbigNextAmbig, pair(wi.ambig, nextAmbig))
	keys[tFlags] = featKey(tFlags, flags)
	keys[tSuf5] = featKey(tSuf5, wi.suf[4])
	keys[tPrevTagSuf3] = featKey(tPrevTagSuf3, pair(prevTag, wi.suf[2]))
	keys[tLowerNextAmbig] = featKey(tLowerNextAmbig, pair(wi.lower, nextAmbig))
	keys[tPrevAmbigLower] = featKey(tPrevAmbigLower, pair(prevAmbig, wi.lower))
	keys[tNextLowerNext2Lower] = featKey(tNextLowerNext2Lower, pair(nextLower, next2Lower))
	keys[tShapeNextShape] = featKey(tShapeNextShape, pair(wi.shortShape, nextShort))
	keys[tMajor] = featKey(tMajor, wi.major)
	keys[tPrevTagMajor] = featKey(tPrevTagMajor, pair(prevTag, wi.major))
	keys[tNextMajor] = featKey(tNextMajor, nextMajor)
	keys[tMajorNextMajor] = featKey(tMajorNextMajor, pair(wi.major, nextMajor))
	return nTemplates
}
