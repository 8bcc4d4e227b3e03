package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// ASCII character classes, looked up by byte on the hot path; the table is
// built once and read-only.
const (
	cSpace = 1 << iota
	cLower
	cUpper
	cDigit
	cPunct
	cCtrl
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c < ' ' || c == 0x7f:
			t[c] = cCtrl
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		default:
			t[c] = cPunct
		}
	}
	return t
}()

// decode returns the rune at s[i] and its size; invalid UTF-8 gives
// (utf8.RuneError, 1) and i beyond the end gives (0, 0).
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune ending at s[i-1] and its size.
func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace reports whether r separates tokens: white space, control
// characters and invisible format characters (zero-width space, BOM).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cSpace|cCtrl) != 0
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// isJoiner reports whether r is an invisible format character that may sit
// inside a word (soft hyphen, zero-width joiner and non-joiner).
func isJoiner(r rune) bool { return r == 0xad || r == 0x200c || r == 0x200d }

// isAlnum reports whether r is a letter, digit or combining mark.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLower|cUpper|cDigit) != 0
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLower|cUpper) != 0
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenizer collects the tokens of a text.
type tokenizer struct {
	text string
	toks []dossier.Token
}

func (tz *tokenizer) emit(s, e int) {
	if len(tz.toks) == cap(tz.toks) {
		// Double: append grows large slices by a quarter, which copies
		// the 120-byte tokens many times over on symbol-dense input.
		grown := make([]dossier.Token, len(tz.toks), 2*cap(tz.toks)+16)
		copy(grown, tz.toks)
		tz.toks = grown
	}
	tz.toks = append(tz.toks, dossier.Token{Span: dossier.Span{Start: s, End: e}, Text: tz.text[s:e], Head: -1})
}

// tokenize appends the tokens of text to toks.
func tokenize(text string, toks []dossier.Token) []dossier.Token {
	tz := tokenizer{text: text, toks: toks}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			cls := ascii[c]
			switch {
			case cls&(cSpace|cCtrl) != 0:
				i++
				continue
			case cls&(cLower|cUpper|cDigit) != 0:
				i = tz.word(i)
				continue
			}
			i = tz.punct(i, rune(c), 1)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			tz.emit(i, i+1) // an invalid byte stands alone
			i++
		case isSpace(r):
			i += size
		case isAlnum(r):
			i = tz.word(i)
		default:
			i = tz.punct(i, r, size)
		}
	}
	return tz.toks
}

// punct emits the punctuation or symbol token at text[i] (rune r of the
// given size) and returns where the next token may start. Runs of dots
// (ellipses), hyphens (dashes), ! and ? stay together.
func (tz *tokenizer) punct(i int, r rune, size int) int {
	text := tz.text
	j := i + size
	switch r {
	case '-', '*', '=', '_', '~', '<', '>', '$', '#', '+', '@', '`':
		// A hashtag or handle (#MeToo, @dwnews) stays whole.
		if (r == '#' || r == '@') && j < len(text) && isASCIILetter(text[j]) && !precededByAlnum(text, i) {
			e := j
			for e < len(text) && (isASCIILetter(text[e]) || isDigit(rune(text[e])) || text[e] == '_') {
				e++
			}
			if r2, _ := decode(text, e); !isAlnum(r2) {
				tz.emit(i, e)
				return e
			}
		}
		// A signed number (+31, +1.5) stays whole.
		if r == '+' && j < len(text) && isDigit(rune(text[j])) && !precededByAlnum(text, i) {
			e, _ := scanWord(text, j)
			tz.emit(i, e)
			return e
		}
		for j < len(text) && text[j] == byte(r) {
			j++
		}
	case '.', '!', '?':
		// A decimal without its leading zero (.25) is a number.
		if r == '.' && j < len(text) && isDigit(rune(text[j])) && !precededByAlnum(text, i) {
			e, _ := scanWord(text, j)
			tz.emit(i, e)
			return e
		}
		// "...", "?!", "!." are one token each.
		for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
	case '—', '–', '―':
		for {
			r2, s2 := decode(text, j)
			if r2 != r {
				break
			}
			j += s2
		}
	case '\'', '’':
		// A clitic after a space or at a line start still is a clitic
		// ("Iran 's"); a decade ('90s) is a number; otherwise the mark is
		// a quote.
		if e := cliticEnd(text, i); e > 0 {
			j = e
		} else if e := decadeEnd(text, j); e > 0 && !precededByAlnum(text, i) {
			j = e
		} else if r == '\'' && j < len(text) && text[j] == '\'' {
			j++ // '' closes a quotation opened by `` in Treebank-style text
		}
	}
	tz.emit(i, j)
	return j
}

// cliticEnd reports whether an English clitic ('s 're 've 'll 'd 'm, with
// either apostrophe) starts at text[i] and is followed by a non-letter, and
// returns its end, or 0.
func cliticEnd(text string, i int) int {
	_, size := decode(text, i)
	j := i + size
	end := j
	for end < len(text) && end-j < 3 && isASCIILetter(text[end]) {
		end++
	}
	if r, _ := decode(text, end); isAlnum(r) || end == j {
		return 0
	}
	switch c := text[j:end]; {
	case strings.EqualFold(c, "s"), strings.EqualFold(c, "re"), strings.EqualFold(c, "ve"),
		strings.EqualFold(c, "ll"), strings.EqualFold(c, "d"), strings.EqualFold(c, "m"):
		return end
	}
	return 0
}

// word emits the token(s) starting with the letter or digit at text[i] (a
// URL, an e-mail address, an abbreviation, a word with its clitic) and
// returns where the next token may start.
func (tz *tokenizer) word(i int) int {
	text := tz.text
	if e := urlEnd(text, i); e > i {
		tz.emit(i, e)
		return e
	}
	if e := dottedAbbrevEnd(text, i); e > i {
		e = hyphenated(text, e)
		tz.emit(i, e)
		return e
	}
	j, clitic := scanWord(text, i)
	if clitic < 0 && j < len(text) && text[j] == '$' && j-i <= 3 && allUpperASCII(text[i:j]) {
		// US$, C$, HK$: a currency sign of its own.
		tz.emit(i, j+1)
		return j + 1
	}
	if clitic < 0 {
		if k := fusedSplit(text[i:j]); k > 0 {
			tz.emit(i, i+k)
			tz.emit(i+k, j)
			return j
		}
	}
	if clitic > i {
		tz.emit(i, clitic)
		tz.emit(clitic, j)
		return j
	}
	if clitic < 0 && j < len(text) {
		switch text[j] {
		case '@', '.', '_', '+', '-', '/':
			if e := emailEnd(text, i); e > j {
				tz.emit(i, e)
				return e
			}
			if text[j] == '/' {
				// A domain joined by the dotted-name rule, with a path.
				if e := domainEnd(text, i); e > j {
					tz.emit(i, e)
					return e
				}
			}
			if text[j] == '.' {
				if e := domainEnd(text, i); e > j {
					tz.emit(i, e)
					return e
				}
				if e := fileNameEnd(text, j); e > j {
					tz.emit(i, e)
					return e
				}
				if attachPeriod(text, i, j) {
					j = hyphenated(text, j+1)
				}
			}
		}
	}
	tz.emit(i, j)
	return j
}

// scanWord scans a word from text[i]: letters, digits and marks, joined by
// hyphens, by apostrophes inside names (O'Brien), by . , / : between digits
// (2.5, 3,000, 1978/1979, 10:30), by periods between lower-case letters
// (alt.news.misc) and by & between capitals (AT&T). It stops
// before a clitic ('s, n't...) and before an image credit glued to the word
// ("IranImage:"). It returns the end of the word with its clitic, and the
// start of the clitic (-1 when there is none; i when the word is only a
// clitic, as "n't" after a space).
func scanWord(text string, i int) (end, clitic int) {
	j := i
	prev := rune(0)
	for j < len(text) {
		r, size := decode(text, j)
		if isAlnum(r) {
			if prev != 0 && r < utf8.RuneSelf && isUpper(r) && gluedCaption(text, j, prev) {
				return j, -1
			}
			prev = r
			j += size
			continue
		}
		if prev == 0 {
			break
		}
		next, nsize := decode(text, j+size)
		switch {
		case isHyphen(r) || r == '_':
			if isAlnum(next) {
				prev = r
				j += size
				continue
			}
		case r == '.' || r == ':' || r == '/':
			if isDigit(prev) && isDigit(next) {
				prev = r
				j += size
				continue
			}
			// Dotted lower-case names (alt.animals.cat, file.name).
			if r == '.' && isLowerASCII(prev) && isLowerASCII(next) {
				prev = r
				j += size
				continue
			}
		case r == ',':
			if isDigit(prev) && thousands(text, j+1) {
				prev = r
				j += size
				continue
			}
		case r == '&':
			if isUpper(prev) && isUpper(next) {
				prev = r
				j += size
				continue
			}
		case isApostrophe(r):
			if !isLetter(next) {
				break
			}
			if e := cliticEnd(text, j); e > 0 {
				if j == i {
					return e, -1
				}
				return e, j
			}
			// n't: the n belongs to the clitic (do|n't, ca|n't).
			if (next == 't' || next == 'T') && (prev == 'n' || prev == 'N') {
				if r3, _ := decode(text, j+size+nsize); !isAlnum(r3) {
					return j + size + nsize, j - 1
				}
			}
			if isLetter(prev) {
				prev = r
				j += size
				continue
			}
		case isJoiner(r):
			if isAlnum(next) {
				prev = r
				j += size
				continue
			}
		}
		break
	}
	return j, -1
}

// thousands reports whether text[j:] starts with exactly three digits (a
// thousands group after a comma).
func thousands(text string, j int) bool {
	if j+3 > len(text) {
		return false
	}
	for k := j; k < j+3; k++ {
		if !isDigit(rune(text[k])) {
			return false
		}
	}
	return j+3 == len(text) || !isDigit(rune(text[j+3]))
}

// captionAt reports whether an image-credit label ("Image:", "Photo:")
// starts at text[j].
func captionAt(text string, j int) bool {
	for _, w := range captionWords {
		if len(text) > j+len(w) && text[j+len(w)] == ':' && text[j:j+len(w)] == w {
			return true
		}
	}
	return false
}

// gluedCaption reports whether an image-credit label starts at text[j],
// glued to a word ending in prev: "IranImage:", "2023Photo:", and after a
// capital only with a space after the colon ("USImage: AP").
func gluedCaption(text string, j int, prev rune) bool {
	switch {
	case isLower(prev) || isDigit(prev):
		return captionAt(text, j)
	case isUpper(prev) && captionAt(text, j):
		k := strings.IndexByte(text[j:], ':') + j + 1
		return k < len(text) && text[k] == ' '
	}
	return false
}

// captionWords are the labels that introduce image credits on news pages.
var captionWords = [...]string{"Image", "Images", "Photo", "Photos", "Picture", "Pictures", "Photograph", "Video", "Graphic", "Source", "Credit", "Credits"}

// isCaptionWord reports whether w is one of captionWords.
func isCaptionWord(w string) bool {
	for _, c := range captionWords {
		if w == c {
			return true
		}
	}
	return false
}

// dottedAbbrevEnd recognises letters-and-periods abbreviations at text[i]:
// U.S., e.g., a.m., Ph.D., M.Sc., U.S.A. (two or more groups of one or two
// ASCII letters, each with its period, at least one group a single letter),
// and also U.S without its final period. It returns their end or 0.
func dottedAbbrevEnd(text string, i int) int {
	j := i
	groups, single := 0, 0
	for {
		k := j
		for k < len(text) && k-j < 2 && isASCIILetter(text[k]) {
			k++
		}
		if k == j || k >= len(text) || text[k] != '.' || groups == maxDottedGroups {
			break
		}
		if k-j == 1 {
			single++
		}
		groups++
		j = k + 1
	}
	if groups == 0 || single == 0 {
		return 0
	}
	if r, _ := decode(text, j); isAlnum(r) {
		// U.S, U.K without the final period: single letters only.
		if r2, _ := decode(text, j+1); r >= utf8.RuneSelf || !isUpper(r) || isAlnum(r2) || j-i != 2*groups {
			return 0
		}
		return j + 1
	}
	if groups < 2 {
		return 0
	}
	return j
}

// maxDottedGroups bounds letters-and-periods abbreviations (S.A.R.L. has
// four groups) so that long runs of them cost linear time.
const maxDottedGroups = 6

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && ascii[c]&(cLower|cUpper) != 0 }

// urlEnd returns the end of a URL starting at text[i] (http://, https://,
// ftp:// or www.), or 0. Trailing sentence punctuation and unbalanced
// closing brackets are left out.
func urlEnd(text string, i int) int {
	c := text[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' {
		return 0
	}
	rest := text[i:]
	n := 0
	switch {
	case hasPrefixFold(rest, "http://"):
		n = 7
	case hasPrefixFold(rest, "https://"):
		n = 8
	case hasPrefixFold(rest, "ftp://"):
		n = 6
	case hasPrefixFold(rest, "www."):
		n = 4
	default:
		return 0
	}
	j := i + n
	open := 0
	for j < len(text) {
		r, size := decode(text, j)
		if isSpace(r) || r == utf8.RuneError || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '\'' {
			break
		}
		switch r {
		case '(':
			open++
		case ')':
			open--
		}
		j += size
	}
	for j > i+n {
		c := text[j-1]
		if c == ')' && open < 0 {
			open++
			j--
			continue
		}
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']' || c == '}' {
			j--
			continue
		}
		break
	}
	if j == i+n {
		return 0
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// emailEnd returns the end of an e-mail address starting at text[i], or 0.
func emailEnd(text string, i int) int {
	j := i
	for j < len(text) && j-i <= maxEmailLocal && isEmailLocal(text[j]) {
		j++
	}
	if j == i || j >= len(text) || text[j] != '@' {
		return 0
	}
	e := domainEnd(text, j+1)
	if e == 0 {
		return 0
	}
	return e
}

// maxEmailLocal and maxDomain are the longest local part and domain name
// an address may have (RFC 5321); they keep scans for addresses linear.
const (
	maxEmailLocal = 64
	maxDomain     = 253
)

func isEmailLocal(c byte) bool {
	return c < utf8.RuneSelf && (ascii[c]&(cLower|cUpper|cDigit) != 0 || c == '.' || c == '_' || c == '+' || c == '-' || c == '%')
}

// domainEnd returns the end of a domain name starting at text[i] (labels of
// letters, digits and hyphens joined by dots, ending in a known top-level
// domain, optionally followed by a /path), or 0.
func domainEnd(text string, i int) int {
	j := i
	labels := 0
	lastStart, lastEnd := 0, 0
	for {
		k := j
		for k < len(text) && k-i <= maxDomain && text[k] < utf8.RuneSelf && (ascii[text[k]]&(cLower|cUpper|cDigit) != 0 || text[k] == '-') {
			k++
		}
		if k == j || k-i > maxDomain {
			return 0
		}
		labels++
		lastStart, lastEnd = j, k
		if k+1 < len(text) && text[k] == '.' && text[k+1] < utf8.RuneSelf && ascii[text[k+1]]&(cLower|cUpper|cDigit) != 0 {
			j = k + 1
			continue
		}
		j = k
		break
	}
	if labels < 2 || !isTLD(text[lastStart:lastEnd]) {
		return 0
	}
	if r, _ := decode(text, j); isAlnum(r) {
		return 0
	}
	if j < len(text) && text[j] == '/' {
		if e := urlPathEnd(text, j); e > j {
			return e
		}
	}
	return j
}

// urlPathEnd extends a domain by its path starting with the slash at text[j].
func urlPathEnd(text string, j int) int {
	k := j
	for k < len(text) {
		r, size := decode(text, k)
		if isSpace(r) || r == utf8.RuneError || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '’' || r == '\'' || r == '(' || r == ')' {
			break
		}
		k += size
	}
	for k > j+1 && (text[k-1] == '.' || text[k-1] == ',' || text[k-1] == ';' || text[k-1] == ':' || text[k-1] == '!' || text[k-1] == '?') {
		k--
	}
	return k
}

// isTLD reports whether s is a common top-level domain, in lower case, or
// one of the few generic ones that are also written capitalised (Newsday.Com).
func isTLD(s string) bool {
	switch s {
	case "Com", "COM", "Org", "ORG", "Net", "NET":
		return true
	case "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk", "de", "fr", "eu",
		"us", "ca", "au", "ir", "al", "ru", "cn", "jp", "in", "it", "es", "nl", "ch", "be", "at", "se", "no",
		"dk", "fi", "pl", "tv", "me", "news", "ly":
		return true
	}
	return false
}

// attachPeriod decides whether the period at text[j] belongs to the word
// text[i:j]: known abbreviations (Dr., Jan., Inc.) and initials followed by
// a capitalised word (J. R. R. Tolkien).
func attachPeriod(text string, i, j int) bool {
	w := text[i:j]
	class, ok := abbreviations[w]
	if !ok {
		// A state or title after a hyphen: (D-Calif.), (R-Texas.).
		if h := strings.LastIndexByte(w, '-'); h >= 0 {
			class, ok = abbreviations[w[h+1:]]
			ok = ok && class == abbrevOther
		}
	}
	if ok {
		if class == abbrevNumber {
			k := j + 1
			for k < len(text) && text[k] == ' ' {
				k++
			}
			return k > j+1 && k < len(text) && isDigit(rune(text[k]))
		}
		return true
	}
	r, size := decode(text, i)
	if size != j-i || !isUpper(r) {
		return false
	}
	// "wrote on X. Kenya's ministry": the social network X after "on" or
	// "via" ends the sentence.
	if w == "X" && i >= 4 && (text[i-4:i] == " on " || i >= 5 && text[i-5:i] == " via ") {
		return false
	}
	// A single capital: an initial when a capitalised word follows.
	k := j + 1
	if k < len(text) && text[k] != ' ' && text[k] != '\n' {
		return false
	}
	for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
		k++
	}
	next, _ := decode(text, k)
	return isUpper(next)
}

// fileNameEnd returns the end of a file extension (".pdf", ".doc") at the
// period text[j] ending a word, or 0.
func fileNameEnd(text string, j int) int {
	k := j + 1
	for k < len(text) && k-j <= 5 && text[k] < utf8.RuneSelf && ascii[text[k]]&(cLower|cDigit) != 0 {
		k++
	}
	if r, _ := decode(text, k); isAlnum(r) {
		return 0
	}
	switch text[j+1 : k] {
	case "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "htm", "html", "csv", "xml", "json",
		"jpg", "jpeg", "png", "gif", "zip", "mp3", "mp4", "wav", "exe", "rtf", "odt":
		return k
	}
	return 0
}

// fusedSplit returns where a fused word that the treebanks split in two
// divides ("can|not", "gon|na"), or 0.
func fusedSplit(w string) int {
	if len(w) != 5 && len(w) != 6 {
		return 0
	}
	if strings.EqualFold(w, "cannot") || strings.EqualFold(w, "gonna") || strings.EqualFold(w, "wanna") || strings.EqualFold(w, "gotta") {
		return 3
	}
	return 0
}

func isLowerASCII(r rune) bool { return 'a' <= r && r <= 'z' }

// hyphenated extends an abbreviation ending at text[j] by a hyphenated
// continuation (U.S.-led, Mo.-based) and returns the new end.
func hyphenated(text string, j int) int {
	if j+1 < len(text) && text[j] == '-' && isASCIILetter(text[j+1]) {
		e, clitic := scanWord(text, j+1)
		if clitic < 0 {
			return e
		}
	}
	return j
}

// precededByAlnum reports whether the rune before text[i] is a letter or
// digit.
func precededByAlnum(text string, i int) bool {
	r, _ := decodeLast(text, i)
	return isAlnum(r)
}

func allUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// decadeEnd returns the end of a two-digit decade or year after an
// apostrophe at text[j]: 90s, 80, or 0.
func decadeEnd(text string, j int) int {
	if j+2 > len(text) || !isDigit(rune(text[j])) || !isDigit(rune(text[j+1])) {
		return 0
	}
	e := j + 2
	if e < len(text) && text[e] == 's' {
		e++
	}
	if r, _ := decode(text, e); isAlnum(r) {
		return 0
	}
	return e
}
