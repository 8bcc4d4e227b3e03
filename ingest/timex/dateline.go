package timex

import (
	"fmt"
	"strconv"
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
// A dateline with a month and day but no year ("BISHKEK, Nov 24 (Reuters)")
// takes the year the story's own dates give it (see yearOfStory), if any.
func Dateline(text string) (time.Time, bool) {
	full := text
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
				// "BISHKEK, Nov 24 (Reuters) -": a month and day without
				// the year, which the story's own dates may give.
				if len(x.Value) == 10 && strings.HasPrefix(x.Value, "XXXX-") && datelinePrefix(line[:x.Start]) && datelineSuffix(line[x.End:]) {
					if d, ok := yearOfStory(t, full, x.Value[5:]); ok {
						return d, true
					}
				}
				continue
			}
			if datelinePrefix(line[:x.Start]) && datelineSuffix(line[x.End:]) {
				if alt, ok := daySwapped(x.Text, d); ok && (storyAfter(t, text, d, alt) || dayFirstAgency(full)) {
					return alt, true
				}
				return d, true
			}
			break
		}
	}
	return time.Time{}, false
}

// dayFirstAgencies are news agencies that write all-numeric dates day
// first: "Nairobi (AFP) - ... 04/09/2026" is 4 September.
var dayFirstAgencies = []string{"(AFP)", "(dpa)", "(EFE)", "(ANSA)", "AFP -", "AFP –", "AFP —"}

// dayFirstAgency reports whether the top of a story credits an agency that
// writes the day first.
func dayFirstAgency(text string) bool {
	if len(text) > datelineBytes {
		text = text[:datelineBytes]
	}
	for _, a := range dayFirstAgencies {
		if strings.Contains(text, a) {
			return true
		}
	}
	return false
}

// daySwapped returns the other reading of an all-numeric date with
// slashes that the tagger read month first ("03/11/2025": 11 March, or 3
// November as most of the world writes it), if there is one.
func daySwapped(text string, d time.Time) (time.Time, bool) {
	parts := strings.Split(text, "/")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || d.Day() > 12 || d.Day() == int(d.Month()) {
		return time.Time{}, false
	}
	for _, p := range parts {
		for _, r := range p {
			if r < '0' || r > '9' {
				return time.Time{}, false
			}
		}
	}
	return time.Date(d.Year(), time.Month(d.Day()), int(d.Month()), 0, 0, 0, 0, time.UTC), true
}

// yearOfStory dates a dateline's month and day ("11-24") by the story: the
// year that puts it on or after the latest full date (day, month and year)
// the story names, and within 60 days of it. A story that names no such
// date, or a year alone after that year, gives none: background months
// ("clashes in June 2024") are no sign of the story's own year.
func yearOfStory(t *Tagger, body, md string) (time.Time, bool) {
	var latest time.Time
	maxYear := 0 // the latest year the story names alone ("The 2026 prize")
	for _, x := range t.Tag(body, time.Time{}) {
		if x.Type != "DATE" {
			continue
		}
		if len(x.Value) == 4 {
			if y, err := strconv.Atoi(x.Value); err == nil && y > maxYear {
				maxYear = y
			}
		}
		if len(x.Value) < 10 {
			continue
		}
		if d, err := time.Parse("2006-01-02", x.Value[:10]); err == nil && d.After(latest) {
			latest = d
		}
	}
	if latest.IsZero() {
		return time.Time{}, false
	}
	for _, y := range []int{latest.Year(), latest.Year() + 1} {
		d, err := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", y, md))
		// (Not when the story names a later year alone: "The 2026 Nobel
		// Peace Prize" after "on January 5, 2025" leaves the year open.)
		if err == nil && !d.Before(latest) && d.Before(latest.AddDate(0, 0, 61)) && maxYear <= y {
			return d, true
		}
	}
	return time.Time{}, false
}

// storyAfter reports whether the story below a dateline speaks for the
// later of two readings of its date: it names a day or month after the
// earlier reading and none after the later one (a story that names dates
// beyond both may be looking ahead, and says nothing).
func storyAfter(t *Tagger, body string, a, b time.Time) bool {
	early, late := a, b
	if late.Before(early) {
		early, late = late, early
	}
	between := false
	for _, x := range t.Tag(body, time.Time{}) {
		if x.Type != "DATE" || len(x.Value) < 7 {
			continue
		}
		d, err := time.Parse("2006-01", x.Value[:7])
		if err != nil {
			continue
		}
		if len(x.Value) >= 10 {
			if day, err := time.Parse("2006-01-02", x.Value[:10]); err == nil {
				d = day
			}
		}
		switch {
		case d.After(late):
			return false
		case d.After(early):
			between = true
		}
	}
	return between && late.Equal(b)
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
