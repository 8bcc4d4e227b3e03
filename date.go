package dossier

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date is known.
type Precision string

// The precisions a Date can have, from finest to coarsest.
const (
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionSeason  Precision = "season" // also quarters and halves
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
	PrecisionCentury Precision = "century"
)

// Contract returns the precision as the extraction contract names it: "day",
// "month", "year" or "decade". Weeks count as months and seasons, quarters
// and halves as years (the coarser unit that still holds); centuries have no
// contract name and give "".
func (p Precision) Contract() string {
	switch p {
	case PrecisionDay, PrecisionMonth, PrecisionYear, PrecisionDecade:
		return string(p)
	case PrecisionWeek:
		return string(PrecisionMonth)
	case PrecisionSeason:
		return string(PrecisionYear)
	}
	return ""
}

// Date is a calendar date known to some precision, parsed from a TIMEX3
// value. Unknown parts are zero.
type Date struct {
	Year      int
	Month     int // 1-12, 0 if unknown
	Day       int // 1-31, 0 if unknown
	Precision Precision
	// Value is the TIMEX3 value the date was parsed from.
	Value string
}

// String returns the TIMEX3 value.
func (d Date) String() string { return d.Value }

// SortKey orders dates chronologically: YYYYMMDD with unknown parts as zero,
// so a year sorts before the months inside it. A week sorts at its Monday
// (its weekend at its Saturday), not at the start of its month: "last
// week" (2026-W47) comes after 17 November, not before.
func (d Date) SortKey() int64 {
	if d.Precision == PrecisionWeek {
		if _, rest, ok := strings.Cut(d.Value, "-W"); ok && len(rest) >= 2 && digits(rest[:2]) {
			w, _ := strconv.Atoi(rest[:2])
			t := isoWeekStart(d.Year, w)
			if strings.HasSuffix(rest, "-WE") {
				t = t.AddDate(0, 0, 5)
			}
			return int64(t.Year())*10000 + int64(t.Month())*100 + int64(t.Day())
		}
	}
	return int64(d.Year)*10000 + int64(d.Month)*100 + int64(d.Day)
}

// Start returns the first day the date can denote.
func (d Date) Start() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// ParseDate parses the calendar part of a TIMEX3 value: "1965", "197" or "197X" (a decade),
// "19XX", "2022-09", "2013-03-22", "2013-03-22T10:00", "2013-W11",
// "2013-Q1", "2013-SU", "2013-H1". Values without a known year ("XXXX-12-08",
// "PRESENT_REF", "P1M") are not calendar dates and give an error, as do
// impossible ones ("2013-02-30", "2013-13").
func ParseDate(value string) (Date, error) {
	v := value
	if i := strings.IndexByte(v, 'T'); i > 0 && i >= 4 {
		v = v[:i]
	}
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("date %q: %s", value, why)
	}
	if len(v) < 2 {
		return bad("not a calendar date")
	}
	d := Date{Value: value}
	head, rest, _ := strings.Cut(v, "-")
	switch {
	case len(head) == 4 && digits(head):
		d.Year, _ = strconv.Atoi(head)
		d.Precision = PrecisionYear
	case len(head) == 4 && digits(head[:3]) && head[3] == 'X':
		d.Year, _ = strconv.Atoi(head[:3] + "0")
		d.Precision = PrecisionDecade
	case len(head) == 4 && digits(head[:2]) && head[2:] == "XX":
		d.Year, _ = strconv.Atoi(head[:2] + "00")
		d.Precision = PrecisionCentury
	case len(head) == 3 && digits(head):
		d.Year, _ = strconv.Atoi(head + "0")
		d.Precision = PrecisionDecade
	case len(head) == 2 && digits(head):
		d.Year, _ = strconv.Atoi(head + "00")
		d.Precision = PrecisionCentury
	default:
		return bad("no known year")
	}
	if rest == "" || d.Precision != PrecisionYear {
		return d, nil
	}
	mpart, dpart, _ := strings.Cut(rest, "-")
	switch {
	case len(mpart) == 2 && digits(mpart):
		d.Month, _ = strconv.Atoi(mpart)
		if d.Month < 1 || d.Month > 12 {
			return bad("month out of range")
		}
		d.Precision = PrecisionMonth
	case len(mpart) == 3 && mpart[0] == 'W' && digits(mpart[1:]):
		w, _ := strconv.Atoi(mpart[1:])
		if w < 1 || w > 53 {
			return bad("week out of range")
		}
		// The month of the week's Thursday, which always lies in the
		// ISO year: 2026-W01 starts on 29 December 2025 but is January's.
		t := isoWeekStart(d.Year, w).AddDate(0, 0, 3)
		d.Month = int(t.Month())
		d.Precision = PrecisionWeek
		return d, nil
	case mpart == "Q1" || mpart == "H1" || mpart == "WI":
		d.Month, d.Precision = 0, PrecisionSeason
		return d, nil
	case mpart == "SP":
		// Spring sorts with March, not before the year's January.
		d.Month, d.Precision = 3, PrecisionSeason
		return d, nil
	case mpart == "Q2":
		d.Month, d.Precision = 4, PrecisionSeason
		return d, nil
	case mpart == "Q3" || mpart == "H2" || mpart == "SU":
		d.Month, d.Precision = 7, PrecisionSeason
		if mpart == "SU" {
			d.Month = 6
		}
		return d, nil
	case mpart == "Q4" || mpart == "FA":
		d.Month, d.Precision = 10, PrecisionSeason
		if mpart == "FA" {
			d.Month = 9
		}
		return d, nil
	case strings.HasPrefix(mpart, "X"):
		return d, nil // "2013-XX-XX": year only
	default:
		return bad("unknown month part")
	}
	if dpart == "" || strings.HasPrefix(dpart, "X") {
		return d, nil
	}
	if len(dpart) != 2 || !digits(dpart) {
		return bad("unknown day part")
	}
	d.Day, _ = strconv.Atoi(dpart)
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if d.Day < 1 || t.Day() != d.Day {
		return bad("no such day")
	}
	d.Precision = PrecisionDay
	return d, nil
}

func isoWeekStart(year, week int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	monday := jan4.AddDate(0, 0, 1-wd)
	return monday.AddDate(0, 0, 7*(week-1))
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ParseDay parses a "YYYY-MM-DD" date, as given by --published, rejecting
// impossible dates ("2026-02-30") with an error that names the input.
func ParseDay(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}

// ShiftDate moves a calendar value ("2026-03-28", "2026-03", "2026"; a
// time of day is dropped) by a TIMEX3 duration of whole days, weeks, months
// or years ("P2W", "P7M"), forward for sign 1 and back for sign -1. The
// result is as coarse as the coarser of the two ("seven months" from a day
// names a month); ok is false for a duration finer than the value (days from
// a month) and for anything else.
func ShiftDate(value, dur string, sign int) (string, bool) {
	if len(dur) < 3 || dur[0] != 'P' {
		return "", false
	}
	n, err := strconv.Atoi(dur[1 : len(dur)-1])
	if err != nil || n <= 0 {
		return "", false
	}
	n *= sign
	if i := strings.IndexByte(value, 'T'); i == 10 {
		value = value[:i]
	}
	// The value's layout and how fine it is (3 day, 2 month, 1 year).
	layouts := map[int]string{10: "2006-01-02", 7: "2006-01", 4: "2006"}
	layout, ok := layouts[len(value)]
	if !ok {
		return "", false
	}
	t, err := time.Parse(layout, value)
	if err != nil {
		return "", false
	}
	fine := map[int]int{10: 3, 7: 2, 4: 1}[len(value)]
	switch unit := dur[len(dur)-1]; {
	case (unit == 'D' || unit == 'W') && fine == 3:
		days := n
		if unit == 'W' {
			days *= 7
		}
		return t.AddDate(0, 0, days).Format("2006-01-02"), true
	case unit == 'M' && fine >= 2:
		return t.AddDate(0, n, 0).Format("2006-01"), true
	case unit == 'Y':
		return t.AddDate(n, 0, 0).Format("2006"), true
	}
	return "", false
}
