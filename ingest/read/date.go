package read

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date and date-time spellings found in meta tags,
// JSON-LD, front matter and JSON lines, most common first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
}

// ParseDate reads a publication date in the common spellings (ISO 8601 and
// RFC 3339 dates and date-times, RFC 1123, "January 2, 2006", "2 January
// 2006"...). The result is the UTC midnight of the calendar date as written
// (a time of day and zone are read but only the date is kept, so that
// "2026-01-20T23:30:00-05:00" is January 20). The CLI uses it for
// --published; the error names the input.
func ParseDate(s string) (time.Time, error) {
	v := strings.TrimSpace(s)
	if v == "" {
		return time.Time{}, fmt.Errorf("%q is not a date: empty", s)
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			if t.Year() < 1 || t.Year() > 9999 {
				break
			}
			return dateOnly(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want e.g. 2026-01-20 or 2026-01-20T10:00:00Z)", s)
}
