package timex

import (
	"strings"
	"time"
	"unicode"
)

// datelineLines and datelineBytes bound how far down Dateline looks.
const (
	datelineLines = 25
	datelineBytes = 4000
)

// datelineWords may precede a date on a dateline besides place names.
var datelineWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "date": true, "last": true,
	"modified": true, "on": true, "first": true, "dated": true, "created": true, "as": true, "of": true,
}

// Dateline finds a publication date stated at the top of an article (a dateline such as "WASHINGTON, March 3, 2021 (AP)"
// or a date alone on a line among the first lines, like "January 20, 2026") and reports whether it found one.
//
// A line qualifies when a full calendar date (day, month and year) starts
// it, or follows only capitalised words (a place), punctuation or words
// like "Published" and "Updated", and nothing follows it on the line but a
// clock time, a source in parentheses or a dash that starts the story.
// Dates inside sentences ("... was founded on March 3, 2021") do not count.
func Dateline(text string) (time.Time, bool) {
	if len(text) > datelineBytes {
		text = text[:datelineBytes]
	}
	t := New()
	for n := 0; n < datelineLines && text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if strings.TrimSpace(line) == "" {
			n--
			continue
		}
		for _, x := range t.Tag(line, time.Time{}) {
			if x.Type != "DATE" && x.Type != "TIME" {
				continue
			}
			d, err := parseDayValue(x.Value)
			if err != nil {
				continue
			}
			if datelinePrefix(line[:x.Start]) && datelineSuffix(line[x.End:]) {
				return d, true
			}
			break
		}
	}
	return time.Time{}, false
}

func parseDayValue(v string) (time.Time, error) {
	if len(v) > 10 {
		v = v[:10]
	}
	return time.Parse("2006-01-02", v)
}

// datelinePrefix accepts "", "WASHINGTON, ", "Berlin, Germany - ",
// "Published: Monday, ".
func datelinePrefix(s string) bool {
	if len(s) > 80 {
		return false
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		f = strings.Trim(f, ".")
		if f == "" {
			continue
		}
		r := []rune(f)
		if unicode.IsUpper(r[0]) {
			continue
		}
		if datelineWords[strings.ToLower(f)] {
			continue
		}
		return false
	}
	return true
}

// datelineSuffix accepts "", " (AP) -- The ...", " 10:30 GMT", " | Updated".
func datelineSuffix(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	switch {
	case strings.HasPrefix(s, "("), strings.HasPrefix(s, "—"), strings.HasPrefix(s, "–"),
		strings.HasPrefix(s, "-"), strings.HasPrefix(s, "_"), strings.HasPrefix(s, "|"),
		strings.HasPrefix(s, ":"), strings.HasPrefix(s, "/"), strings.HasPrefix(s, "•"), strings.HasPrefix(s, "·"):
		return true
	}
	if s[0] >= '0' && s[0] <= '9' && len(s) <= 20 { // "10:30 GMT"
		return true
	}
	return len(s) <= 12 && !strings.ContainsAny(s, ".!?")
}
