package ner

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a parameters for string hashes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower hashes the lower-case form of s without allocating; equal to
// hashString(strings.ToLower(s)) for the characters ToLower maps one to one.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h ^= uint64(b)
			h *= fnvPrime
		}
		i += n
	}
	return h
}

// mix is the splitmix64 finaliser: a cheap, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat hashes a feature template and one value to a feature key (never 0).
func feat(t tmpl, v uint64) uint64 {
	return mix(v^(uint64(t)*0x9e3779b97f4a7c15)) | 1
}

// feat2 hashes a template and two values.
func feat2(t tmpl, a, b uint64) uint64 {
	return feat(t, a^mix(b+0x632be59bd9b4e019))
}

// feat3 hashes a template and three values.
func feat3(t tmpl, a, b, c uint64) uint64 {
	return feat(t, a^mix(b+0x632be59bd9b4e019)^mix(mix(c)+0x2545f4914f6cdd1d))
}

// phraseStep extends a phrase hash by one token hash (for gazetteer lookups).
func phraseStep(h, tok uint64) uint64 {
	return mix(h*31 + tok + 0x51ed27)
}
