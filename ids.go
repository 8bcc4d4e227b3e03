package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DocumentID returns the stable ID of a document from the key that
// identifies its source (an absolute path, a URL, or a content hash for
// stdin): "doc-" and 16 hex digits.
func DocumentID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "doc-" + hex.EncodeToString(sum[:8])
}

// EntityID returns the deterministic ID of an entity from its type and
// canonical name, e.g. "org/national-council-of-resistance-of-iran". Two
// documents naming the same thing the same way meet in one node.
func EntityID(t EntityType, name string) string {
	return strings.ToLower(string(t)) + "/" + Slug(name)
}

// EventID returns the deterministic ID of an event from its document, type
// and trigger offset.
func EventID(doc, typ string, trigger Span) string {
	return fmt.Sprintf("%s/event/%d-%d-%s", doc, trigger.Start, trigger.End, typ)
}

// Slug turns a name into a lower-case ASCII identifier: letters and digits
// kept (Latin diacritics folded), apostrophes dropped, anything else a single
// hyphen. "People's Mojahedin" gives "peoples-mojahedin".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range NormalizeName(name) {
		switch {
		case r == '\'':
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			fmt.Fprintf(&b, "u%x", r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// NormalizeName folds a name for comparison: lower case, Latin diacritics
// removed, typographic apostrophes and dashes made ASCII, runs of spaces
// collapsed, a leading "the " dropped. It keeps punctuation otherwise.
func NormalizeName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(name) {
		r = foldRune(r)
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	s := b.String()
	s = strings.TrimPrefix(s, "the ")
	return s
}

// foldRune maps typographic punctuation to ASCII and strips the diacritics
// of common Latin letters.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02bc', '\u02bb', '`', '\u00b4':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	case '\u00a0':
		return ' '
	}
	if r < 0xC0 || r > 0x17F {
		return r
	}
	const from = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ"
	const to = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy"
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	if r >= 0x100 {
		// Latin Extended-A (U+0100-U+017F), one base letter per code
		// point: "Nausėda", "Wałęsa", "Dvořák", "Erdoğan", "Ōsaka".
		const extA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
		return rune(extA[r-0x100])
	}
	return r
}

// SoundKey returns a spelling-tolerant key for a name of two or more words,
// so that transliteration variants meet: "People's Mojahedin Organization
// of Iran" and "People's Mujahedeen Organisation of Iran" give the same
// key, as do "Hayat Tahrir al-Sham" and "Hay'at Tahrir al Sham". Words of
// five or more letters keep their first letter and their consonants (z
// read as s, doubled letters once); shorter words are kept whole, so "Iran"
// and "Iraq" stay apart. A one-word name gives "": one word is too little
// to tell a variant from another name. Personal names collide too easily
// ("Hussein" and "Hassan" share a skeleton): the store keys organisations
// only.
func SoundKey(name string) string {
	n := strings.ReplaceAll(NormalizeName(name), "'", "")
	words := strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < 2 {
		return ""
	}
	for i, w := range words {
		if len(w) < 5 {
			continue
		}
		b := []byte{w[0]}
		for j := 1; j < len(w); j++ {
			c := w[j]
			if c == 'z' {
				c = 's'
			}
			if strings.IndexByte("aeiouy", c) >= 0 || c == b[len(b)-1] {
				continue
			}
			b = append(b, c)
		}
		words[i] = string(b)
	}
	return strings.Join(words, " ")
}
