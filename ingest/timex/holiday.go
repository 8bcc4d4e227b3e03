package timex

import "time"

// holidayRule gives the date of a holiday in a year.
type holidayRule func(y int) time.Time

func fixed(m time.Month, d int) holidayRule {
	return func(y int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
}

// nthWeekday is the n-th weekday wd of a month (n = -1: the last one).
func nthWeekday(m time.Month, wd time.Weekday, n int) holidayRule {
	return func(y int) time.Time {
		if n < 0 {
			t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, -1)
			}
			return t
		}
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(n-1))
	}
}

// easter is Easter Sunday (Gregorian computus), shifted by off days.
func easter(off int) holidayRule {
	return func(y int) time.Time {
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		month := (h + l - 7*m + 114) / 31
		day := (h+l-7*m+114)%31 + 1
		return time.Date(y, time.Month(month), day+off, 0, 0, 0, 0, time.UTC)
	}
}

// orthodoxEaster is Orthodox Easter Sunday (Julian computus) as a
// Gregorian date, shifted by off days; the 13-day calendar gap holds for
// 1900-2099.
func orthodoxEaster(off int) holidayRule {
	return func(y int) time.Time {
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		month := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		return time.Date(y, time.Month(month), day+13+off, 0, 0, 0, 0, time.UTC)
	}
}

// holidays maps the words of a holiday name (lower case, as tokens) to its
// rule. Names with a possessive are written with the apostrophe token.
var holidays = []struct {
	words []string
	rule  holidayRule
}{
	{[]string{"christmas", "eve"}, fixed(time.December, 24)},
	{[]string{"christmas", "day"}, fixed(time.December, 25)},
	{[]string{"christmas"}, fixed(time.December, 25)},
	{[]string{"new", "year", "'", "s", "eve"}, fixed(time.December, 31)},
	{[]string{"new", "year", "'", "s", "day"}, fixed(time.January, 1)},
	{[]string{"new", "year", "\u2019", "s", "eve"}, fixed(time.December, 31)},
	{[]string{"new", "year", "\u2019", "s", "day"}, fixed(time.January, 1)},
	{[]string{"thanksgiving", "day"}, nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"thanksgiving"}, nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"easter", "sunday"}, easter(0)},
	{[]string{"easter", "monday"}, easter(1)},
	{[]string{"easter"}, easter(0)},
	{[]string{"good", "friday"}, easter(-2)},
	{[]string{"maundy", "thursday"}, easter(-3)},
	{[]string{"palm", "sunday"}, easter(-7)},
	{[]string{"ash", "wednesday"}, easter(-46)},
	{[]string{"shrove", "tuesday"}, easter(-47)},
	{[]string{"black", "friday"}, func(y int) time.Time {
		return nthWeekday(time.November, time.Thursday, 4)(y).AddDate(0, 0, 1) // the day after Thanksgiving
	}},
	{[]string{"cyber", "monday"}, func(y int) time.Time {
		return nthWeekday(time.November, time.Thursday, 4)(y).AddDate(0, 0, 4) // the Monday after Thanksgiving
	}},
	{[]string{"independence", "day"}, fixed(time.July, 4)},
	{[]string{"labor", "day"}, nthWeekday(time.September, time.Monday, 1)},
	{[]string{"memorial", "day"}, nthWeekday(time.May, time.Monday, -1)},
	{[]string{"valentine", "'", "s", "day"}, fixed(time.February, 14)},
	{[]string{"halloween"}, fixed(time.October, 31)},
	{[]string{"boxing", "day"}, fixed(time.December, 26)},
	{[]string{"may", "day"}, fixed(time.May, 1)},
	{[]string{"election", "day"}, func(y int) time.Time {
		return nthWeekday(time.November, time.Monday, 1)(y).AddDate(0, 0, 1)
	}},
}

// holiday reads a named holiday, optionally with a year ("Christmas 2012"),
// resolved to the occurrence nearest the DCT when the year is not given.
func (p *parser) holiday(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	if i >= len(p.t) || !p.t[i].isUpper() {
		return c, false
	}
	for _, h := range holidays {
		if i+len(h.words) > len(p.t) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if p.w(i+k) != w || k > 0 && p.t[i+k].kind == 'a' && w != "s" && !p.t[i+k].isUpper() && w != "day" && w != "eve" {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		j := i + len(h.words)
		if p.w(i-1) == "orthodox" && h.words[0] == "easter" {
			// "Orthodox Easter": the Eastern churches' date ("Orthodox"
			// stays outside, as a modifier)
			off := 0
			if len(h.words) > 1 && h.words[1] == "monday" {
				off = 1
			}
			h.rule = orthodoxEaster(off)
		}
		if y, ok := p.yearAt(j); ok {
			v := fromTime(h.rule(y), uDay)
			c.j, c.date, c.anchor, c.val = j+1, v, true, v.String()
			return c, true
		}
		if !p.hasDCT {
			t := h.rule(2001) // the month and day of fixed holidays
			v := dval{g: uDay}
			if t == h.rule(2002).AddDate(-1, 0, 0) {
				v.m, v.d = int(t.Month()), t.Day()
			}
			c.j, c.val = j, v.String()
			return c, true
		}
		best := h.rule(p.dct.Year())
		switch p.w(i - 1) {
		case "last", "next":
			// "last Thanksgiving", "next Christmas": the one before or
			// after the DCT (deictic puts the word in the expression)
			found := false
			for _, y := range []int{p.dct.Year() - 1, p.dct.Year(), p.dct.Year() + 1} {
				t := h.rule(y)
				if p.w(i-1) == "last" && t.Before(p.dct) && (!found || t.After(best)) ||
					p.w(i-1) == "next" && t.After(p.dct) && (!found || t.Before(best)) {
					best, found = t, true
				}
			}
		default:
			for _, y := range []int{p.dct.Year() - 1, p.dct.Year() + 1} {
				t := h.rule(y)
				if absDur(t.Sub(p.dct)) < absDur(best.Sub(p.dct)) {
					best = t
				}
			}
		}
		v := fromTime(best, uDay)
		if p.w(j) == "week" && p.t[j].kind == 'a' {
			// "Easter week", "Christmas week": the ISO week holding it
			v = fromTime(best, uWeek)
			j++
		} else if p.w(j) == "weekend" && p.t[j].kind == 'a' {
			// "the Labor Day weekend": the weekend before a Monday
			// holiday, else the one of the holiday's week
			t := best
			if t.Weekday() == time.Monday {
				t = t.AddDate(0, 0, -1)
			}
			v = fromTime(t, uWeekend)
			j++
			if p.w(i-1) == "the" {
				c.i = i - 1
			}
		}
		c.j, c.date, c.anchor, c.val = j, v, true, v.String()
		return c, true
	}
	return c, false
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// namedDayWords before a capitalised weekday make a name of a day whose
// date a text does not give: "Black Monday", "Super Tuesday", "Bloody
// Sunday". ("Black Friday", "Cyber Monday", "Good Friday" are holidays.)
var namedDayWords = map[string]bool{"black": true, "bloody": true, "super": true, "cyber": true}

// namedDay reads such a name as a date of unknown value, so the weekday
// is not resolved against the DCT.
func (p *parser) namedDay(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	if i+1 >= len(p.t) || !namedDayWords[p.w(i)] || !p.t[i].isUpper() || !p.t[i+1].isUpper() || plural(p.w(i+1)) {
		return c, false
	}
	if _, ok := weekdayWords[p.w(i+1)]; !ok {
		return c, false
	}
	c.j, c.val = i+2, dval{g: uDay}.String()
	return c, true
}
