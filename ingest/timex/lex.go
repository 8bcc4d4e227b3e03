package timex

import (
	"unicode"
	"unicode/utf8"
)

// tok is one token of the light tokenizer: a run of ASCII letters, a run of
// ASCII digits, a run of other letters, or a single other character.
// Whitespace separates tokens and is recorded in sp.
type tok struct {
	start, end int
	s          string // the text
	l          string // ASCII-lower-cased text
	kind       byte   // 'a' letters, 'd' digits, 'p' anything else
	sp         bool   // preceded by whitespace or at the start of the text
	nl         bool   // preceded by a line break
	num        int    // value of a digit token of at most 9 digits, else -1
}

// tokenize splits text into tokens with byte offsets. It never fails: bytes
// that are not valid UTF-8 become single punctuation tokens.
func tokenize(text string, buf []tok) []tok {
	toks := buf[:0]
	// lower-casing ASCII keeps every byte offset, so one lower-cased copy
	// of the text serves all tokens
	lower := lowerASCII(text)
	sp, nl := true, false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		}
		t := tok{start: i, sp: sp, nl: nl, num: -1}
		sp, nl = false, false
		switch {
		case isASCIILetter(c):
			j := i + 1
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			t.end, t.kind = j, 'a'
		case c >= '0' && c <= '9':
			j := i + 1
			n := int(c - '0')
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			t.end, t.kind = j, 'd'
			if j-i <= 9 {
				t.num = n
			}
		case c < utf8.RuneSelf:
			t.end, t.kind = i+1, 'p'
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				t.end, t.kind = i+1, 'p'
				break
			}
			if unicode.IsSpace(r) {
				sp = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					nl = true
				}
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if r2 < utf8.RuneSelf || !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				t.end, t.kind = j, 'a'
			} else {
				t.end, t.kind = i+size, 'p'
			}
		}
		t.s = text[t.start:t.end]
		t.l = lower[t.start:t.end]
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lowerASCII lower-cases ASCII letters, allocating only when it must.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// isUpper reports whether a token starts with an upper-case ASCII letter.
func (t *tok) isUpper() bool { return len(t.s) > 0 && t.s[0] >= 'A' && t.s[0] <= 'Z' }

// unit is a calendar or clock unit, ordered from fine to coarse.
type unit int

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uPartOfDay
	uDay
	uWeekend
	uWeek
	uMonth
	uSeason
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

var unitWords = map[string]unit{
	"second": uSecond, "seconds": uSecond, "sec": uSecond, "secs": uSecond,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
	"day": uDay, "days": uDay,
	"weekend": uWeekend, "weekends": uWeekend,
	"week": uWeek, "weeks": uWeek, "fortnight": uWeek, "fortnights": uWeek,
	"month": uMonth, "months": uMonth,
	"quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
	"decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
}

// plural reports whether a unit word is plural.
func plural(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's' || w == "centuries"
}

var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// monthAbbrev lists month words that are abbreviations (they may take a dot).
var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
}

var weekdayWords = map[string]int{ // ISO: Monday 1 ... Sunday 7
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

var seasonWords = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
	"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI",
}

var partOfDayWords = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

// vagueQuantity words stand for an unknown number ("several years": PXY).
var vagueQuantity = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true, "multiple": true,
}

// triggers holds every lower-cased word a time expression can start with;
// the matcher skips other tokens at once.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, tab := range []map[string]int{monthWords, weekdayWords, numberWords, ordinalWords, decadeWords} {
		for k := range tab {
			m[k] = true
		}
	}
	for k := range unitWords {
		m[k] = true
	}
	for k := range seasonWords {
		m[k] = true
	}
	for k := range partOfDayWords {
		m[k] = true
	}
	for k := range vagueQuantity {
		m[k] = true
	}
	for _, k := range []string{
		"the", "this", "that", "these", "last", "next", "past", "coming", "previous", "following", "preceding",
		"today", "tomorrow", "yesterday", "tonight", "now", "currently", "recently", "nowadays",
		"soon", "previously", "formerly", "future", "early", "late", "mid", "earlier", "later",
		"about", "around", "nearly", "almost", "approximately", "roughly", "more", "less", "over",
		"at", "up", "no", "under", "fewer", "daily", "weekly", "monthly", "annually", "yearly",
		"quarterly", "hourly", "nightly", "every", "each", "per", "q", "noon", "midnight",
		"midday", "overnight", "fiscal", "recent", "current", "final", "beginning", "end", "start", "middle",
		"year", "half", "same", "present", "within", "just", "'", "\u2019", "fy",
		"christmas", "new", "thanksgiving", "easter", "good", "independence", "labor", "memorial",
		"once", "twice", "thrice", "midyear", "h", "generation", "valentine", "halloween", "boxing", "election", "single", "some", "maundy", "palm", "ash", "shrove", "black", "bloody", "super", "cyber", "nineteen", "eighteen", "seventeen", "very", "annual", "post", "pre",
	} {
		m[k] = true
	}
	return m
}()
