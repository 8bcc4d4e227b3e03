package events

import (
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// isCount reports whether a TIMEX3 duration is a count of whole days,
// weeks, months or years up to 100 ("P5D", "P2W", "P1Y").
func isCount(v string) bool {
	if len(v) < 3 || v[0] != 'P' || !strings.ContainsRune("DWMY", rune(v[len(v)-1])) {
		return false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	return err == nil && n > 0 && n <= 100
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
		after := s.lower[c.last] == "after"
		// That long before the anchor after "after", after it after
		// "before".
		sign := 1
		if after {
			sign = -1
		}
		end := c.last + 1
		for end < len(s.lower) && s.lower[end] != "," && s.lower[end] != ";" && s.lower[end] != "." {
			end++
		}
		inside := func(i int) bool { h := trigs[from[i]].head; return h > c.last && h < end }
		// "was abducted on 3 March and was released two weeks after the
		// abduction": the clause names an event of the sentence by its
		// noun; the verb the count follows is that long after it.
		if s.countAfterNamedEvent(c, end, trigs, evs, from, sign) {
			continue
		}
		v, found := "", false
		for i := range evs {
			if inside(i) || evs[i].Date == "" || evs[i].Type == "statement" {
				continue
			}
			if v, found = dossier.ShiftDate(evs[i].Date, c.timex.Value, sign); found {
				break
			}
		}
		// With no dated event outside the clause, its date: "A court on
		// Thursday ordered Ali Khan held, a day after police detained
		// him".
		for _, t := range s.timexs {
			if found || t.first > c.last && t.first < end {
				continue
			}
			v, found = dossier.ShiftDate(t.timex.Value, c.timex.Value, sign)
		}
		if !found {
			s.dateFromEarlierEvent(c, -sign, end, trigs, evs, from)
			continue
		}
		for i := range evs {
			if inside(i) {
				evs[i].Date, evs[i].DateText = v, c.timex.Text+" "+s.lower[c.last]
			}
		}
	}
}

// clauseNounType returns the type of the first event noun in the clause a
// count opens ("two weeks after the abduction"), or "".
func clauseNounType(c stimex, end int, trigs []trigger) string {
	for _, tr := range trigs {
		if tr.nominal && tr.head > c.last && tr.head < end {
			return tr.typ
		}
	}
	return ""
}

// countAfterNamedEvent dates the event whose verb the count at c follows
// ("released two weeks after the abduction") from the dated event of the
// sentence, outside the clause, whose type the clause's noun names; it
// reports whether it did.
func (s *sentence) countAfterNamedEvent(c stimex, end int, trigs []trigger, evs []dossier.Event, from []int, sign int) bool {
	typ := clauseNounType(c, end, trigs)
	if typ == "" {
		return false
	}
	anchor := -1
	for i := range evs {
		if h := trigs[from[i]].head; evs[i].Type == typ && evs[i].Date != "" && (h < c.first || h >= end) && !trigs[from[i]].nominal {
			anchor = i
		}
	}
	if anchor < 0 {
		return false
	}
	v, ok := dossier.ShiftDate(evs[anchor].Date, c.timex.Value, -sign)
	if !ok {
		return false
	}
	done := false
	for i := range evs {
		if h := trigs[from[i]].head; i != anchor && h < c.first && h >= c.first-3 && !trigs[from[i]].nominal {
			evs[i].Date, evs[i].DateText = v, c.timex.Text+" "+s.lower[c.last]
			done = true
		}
	}
	return done
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
func (s *sentence) dateFromEarlierEvent(c stimex, sign, end int, trigs []trigger, evs []dossier.Event, from []int) {
	typ := clauseNounType(c, end, trigs)
	if typ == "" {
		return
	}
	v, found := "", false
	for i := len(s.a.Events) - 1; i >= 0 && !found; i-- {
		if e := s.a.Events[i]; e.Type == typ && e.Date != "" && e.DateText != "" {
			v, found = dossier.ShiftDate(e.Date, c.timex.Value, sign)
		}
	}
	if !found {
		return
	}
	for i := range evs {
		h := trigs[from[i]].head
		if (h < c.first || h >= end) && evs[i].DateText == "" && evs[i].Type != "statement" {
			evs[i].Date, evs[i].DateText = v, c.timex.Text+" "+s.lower[c.last]
		}
	}
}
