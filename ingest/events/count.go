package events

import (
	"strconv"
	"time"

	"github.com/dossier-kg/dossier"
)

// countUnit reads a TIMEX3 duration of whole days, weeks, months or years
// ("P5D", "P2W", "P1Y"): the count and the unit letter.
func countUnit(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	u := v[len(v)-1]
	switch u {
	case 'D', 'W', 'M', 'Y':
	default:
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 100 {
		return 0, 0, false
	}
	return n, u, true
}

// dateCountClauses dates the events of a clause that a count opens ("five
// days after a tunnel caved in", "A day after Okoro resigned, police
// arrested his deputy on Tuesday") from the sentence's other dated event:
// that long before it after "after", that long after it after "before".
// The clause runs from the count to the next comma or the sentence's end.
// The dated event must be outside the clause and dated to the day (to the
// month or year for counts of months or years); nothing is done otherwise.
func (s *sentence) dateCountClauses(trigs []trigger, evs []dossier.Event, from []int) {
	for _, c := range s.counts {
		if s.lengthBefore(c.first) {
			continue
		}
		n, u, _ := countUnit(c.timex.Value)
		after := s.lower[c.last] == "after"
		end := c.last + 1
		for end < len(s.lower) && s.lower[end] != "," && s.lower[end] != ";" && s.lower[end] != "." {
			end++
		}
		inside := func(i int) bool { h := trigs[from[i]].head; return h > c.last && h < end }
		var anchor dossier.Date
		found := false
		for i := range evs {
			if inside(i) || evs[i].Date == "" || evs[i].Type == "statement" {
				continue
			}
			d, err := dossier.ParseDate(evs[i].Date)
			if err != nil || !countFits(d.Precision, u) {
				continue
			}
			anchor, found = d, true
			break
		}
		// With no dated event outside the clause, its date: "A court on
		// Thursday ordered Ali Khan held, a day after police detained
		// him".
		for _, t := range s.timexs {
			if found || t.first > c.last && t.first < end {
				continue
			}
			d, err := dossier.ParseDate(t.timex.Value)
			if err == nil && countFits(d.Precision, u) {
				anchor, found = d, true
			}
		}
		if !found {
			s.dateFromEarlierEvent(c, n, u, after, end, trigs, evs, from)
			continue
		}
		sign := 1
		if after {
			sign = -1
		}
		v := shiftDate(anchor, sign*n, u)
		for i := range evs {
			if inside(i) {
				evs[i].Date, evs[i].DateText = v, c.timex.Text+" "+s.lower[c.last]
			}
		}
	}
}

// countFits reports whether a count in unit u can be taken from a date of
// precision p: days and weeks from a day, months from a day or a month,
// years from a day, a month or a year.
func countFits(p dossier.Precision, u byte) bool {
	switch u {
	case 'D', 'W':
		return p == dossier.PrecisionDay
	case 'M':
		return p == dossier.PrecisionDay || p == dossier.PrecisionMonth
	}
	return p == dossier.PrecisionDay || p == dossier.PrecisionMonth || p == dossier.PrecisionYear
}

// shiftDate moves d by n units u and writes it at the coarser of d's
// precision and the unit's.
func shiftDate(d dossier.Date, n int, u byte) string {
	day := d.Day
	if day == 0 {
		day = 1
	}
	mon := d.Month
	if mon == 0 {
		mon = 1
	}
	t := time.Date(d.Year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	switch u {
	case 'D':
		t = t.AddDate(0, 0, n)
	case 'W':
		t = t.AddDate(0, 0, 7*n)
	case 'M':
		t = t.AddDate(0, n, 0)
	case 'Y':
		t = t.AddDate(n, 0, 0)
	}
	// The count is as coarse as its unit: "seven months after" a day
	// names a month, "three years after" a year.
	switch {
	case d.Precision == dossier.PrecisionDay && (u == 'D' || u == 'W'):
		return t.Format("2006-01-02")
	case (d.Precision == dossier.PrecisionDay || d.Precision == dossier.PrecisionMonth) && u != 'Y':
		return t.Format("2006-01")
	}
	return t.Format("2006")
}

// lengthBefore reports whether the count starting at token i is a length
// of time, not an offset: "for", "over" or "during" before it, past words
// of approximation ("ruled for more than two decades before being
// ousted", "a policy in place for six years after").
func (s *sentence) lengthBefore(i int) bool {
	k := i - 1
	for k >= 0 {
		switch s.lower[k] {
		case "more", "less", "than", "nearly", "almost", "about", "some", "around", "roughly", "just", "only", "at", "least":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch s.lower[k] {
	case "for", "over", "during", "throughout", "within", "in", "lasting", "spanning":
		return true
	}
	return false
}

// dateFromEarlierEvent dates the events outside a count's clause that
// have no date of their own when the clause names an event by a noun that
// an earlier sentence dated: "The plant exploded on 3 March. Three weeks
// after the explosion, the families sued" is March 24.
func (s *sentence) dateFromEarlierEvent(c stimex, n int, u byte, after bool, end int, trigs []trigger, evs []dossier.Event, from []int) {
	typ := ""
	for _, tr := range trigs {
		if tr.nominal && tr.head > c.last && tr.head < end {
			typ = tr.typ
			break
		}
	}
	if typ == "" {
		return
	}
	var anchor dossier.Date
	found := false
	for i := len(s.a.Events) - 1; i >= 0 && !found; i-- {
		e := s.a.Events[i]
		if e.Type != typ || e.Date == "" || e.DateText == "" {
			continue
		}
		if d, err := dossier.ParseDate(e.Date); err == nil && countFits(d.Precision, u) {
			anchor, found = d, true
		}
	}
	if !found {
		return
	}
	sign := -1
	if after {
		sign = 1
	}
	v := shiftDate(anchor, sign*n, u)
	for i := range evs {
		h := trigs[from[i]].head
		if (h < c.first || h >= end) && evs[i].DateText == "" && evs[i].Type != "statement" {
			evs[i].Date, evs[i].DateText = v, c.timex.Text+" "+s.lower[c.last]
		}
	}
}
