package timex

import (
	"strconv"
	"strings"
	"time"
)

// relative reads expressions resolved against the DCT or the narrative
// anchor: weekdays, "last year", "next Monday", "this week", "the previous
// year", "two weeks ago", "a month earlier", "the past two months"...
func (p *parser) relative(i int) (cand, bool) {
	w := p.w(i)
	c := cand{i: i, typ: "DATE"}
	if v, ok := weekdayWords[w]; ok && !plural(w) {
		if !p.t[i].isUpper() || len(w) <= 3 && p.w(i+1) != "." {
			return c, false
		}
		if i+1 < len(p.t) && p.t[i+1].isUpper() && paperNames[p.w(i+1)] {
			return c, false // "The Sunday Times", "the Sunday Telegraph"
		}
		if i > 0 && namedDayWords[p.w(i-1)] && p.t[i-1].isUpper() {
			return c, false // "Black Monday": a name, read by namedDay
		}
		j := i + 1
		if len(w) <= 4 && p.w(j) == "." && p.glued(j) {
			j++
		}
		t := p.tense(i, j)
		if t == 0 {
			// "would meet the LVZS on Wednesday and the Freedom Party on
			// Thursday": a weekday coordinated with an earlier one goes
			// the same way, whose tense marker may be out of reach.
			if k := p.coordinatedWeekday(i); k >= 0 {
				t = p.tense(k, k+1)
			}
		}
		if p.w(i-1) == "for" && t <= 0 && p.scheduledBefore(i-1) && !p.hadAfter(j) {
			// "called a one-day strike for Friday", "an emergency summit
			// for Sunday", "a warning strike at the plant for Thursday",
			// "a day of mourning has been declared for Friday": what is
			// set for a day is ahead of the story.
			t = 1
		}
		switch p.w(i - 1) {
		case "until", "till", "by", "through":
			if t == 0 || t < 0 && p.w(i-1) != "by" && (p.stateHolds(i-1) || p.infinitiveBefore(i-1)) {
				// "to stay closed until Friday", "has kept markets closed
				// until Friday", "urged them not to return until Monday"
				t = 1
			}
		}
		d := p.resolveWeekday(v, t, 0)
		// "on Sept. 22, 2024, a Sunday": the weekday of the date just
		// given, not one near the DCT.
		if p.w(i-1) == "a" && p.w(i-2) == "," && i >= 3 && p.t[i-3].kind == 'd' && p.hasAnchor && p.anchor.g == uDay && p.anchor.known {
			at := time.Date(p.anchor.y, time.Month(p.anchor.m), p.anchor.d, 0, 0, 0, 0, time.UTC)
			if wd := int(at.Weekday()); wd == v || wd == 0 && v == 7 {
				return p.withPartOfDay(c, j, p.anchor), true
			}
		}
		if shift, ok := weekAfter[p.w(j)]; ok && p.w(j+1) == "week" && p.hasDCT {
			// "On Wednesday last week": that weekday in the week before
			// the DCT's ("next week": after), whatever the tense.
			dw := int(p.dct.Weekday())
			if dw == 0 {
				dw = 7
			}
			d = fromTime(p.dct.AddDate(0, 0, v-dw+7*shift), uDay)
		}
		return p.withPartOfDay(c, j, d), true
	}
	switch w {
	case "this", "last", "next", "past", "coming", "previous", "following", "that", "the", "same":
		return p.deictic(i)
	case "midyear":
		// "by midyear": the middle of the DCT's year
		v := p.dctVal(uYear)
		c.j, c.date, c.anchor, c.val, c.mod = i+1, v, false, v.String(), "MID"
		return c, true
	case "year":
		if p.w(i+1) == "-" && p.w(i+2) == "to" && p.w(i+3) == "-" && p.w(i+4) == "date" && p.glued(i+1) && p.glued(i+4) {
			// "down 22% year-to-date": the DCT's year so far
			v := p.dctVal(uYear)
			c.j, c.val = i+5, v.String()
			return c, true
		}
		// "year-earlier", "year-ago"
		if p.w(i+1) == "-" && p.glued(i+1) && (p.w(i+2) == "earlier" || p.w(i+2) == "ago") {
			return p.yearAgo(i, i+3)
		}
		// "year-end", "year end": the end of the DCT's year
		k := i + 1
		if p.w(k) == "-" && p.glued(k) {
			k++
		}
		if (p.w(k) == "'" || p.w(k) == "\u2019") && p.w(k+1) == "s" {
			k += 2 // "year's end"
		}
		if p.w(k) == "end" && p.w(k+1) != "-" {
			v := p.dctVal(uYear)
			c.j, c.date, c.anchor, c.val, c.mod = k+1, v, v.known, v.String(), "END"
			return c, true
		}
	}
	// "two weeks ago", "a month earlier", "three years later"
	return p.offset(i)
}

// weekAfter are the words before "week" after a weekday that say which
// week it is in: "Wednesday last week", "Friday next week".
var weekAfter = map[string]int{"last": -1, "next": 1, "this": 0}

// withPartOfDay adds "morning", "night"... after a day value d read over
// [c.i, j).
func (p *parser) withPartOfDay(c cand, j int, d dval) cand {
	c.j, c.date, c.anchor, c.val = j, d, d.known, d.String()
	if pod, ok := partOfDayWords[p.w(j)]; ok && !plural(p.w(j)) {
		c.j, c.typ, c.val = j+1, "TIME", d.String()+"T"+pod
	}
	return c
}

// coordinatedWeekday returns the token of a weekday earlier in the
// sentence that the one at i is coordinated with ("on Wednesday and ... on
// Thursday"), or -1.
func (p *parser) coordinatedWeekday(i int) int {
	and := false
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		t := &p.t[k]
		if p.t[k+1].nl || t.kind == 'p' && (t.l == "." || t.l == "!" || t.l == "?" || t.l == ";") {
			return -1
		}
		if t.l == "and" {
			and = true
			continue
		}
		if _, ok := weekdayWords[t.l]; ok && and && t.isUpper() && !plural(t.l) {
			return k
		}
	}
	return -1
}

// resolveWeekday finds the weekday wd (ISO) near the DCT: rel -1 means
// strictly before ("last Friday"), +1 strictly after ("next Friday"), 0
// by tense (past by default, the DCT itself when it is that day).
func (p *parser) resolveWeekday(wd, tense, rel int) dval {
	if !p.hasDCT {
		return dval{g: uDay, wd: wd} // XXXX-WXX-5
	}
	dw := int(p.dct.Weekday())
	if dw == 0 {
		dw = 7
	}
	var off int
	switch {
	case rel < 0:
		off = -((dw - wd + 7) % 7)
		if off == 0 {
			off = -7
		}
	case rel > 0:
		off = (wd - dw + 7) % 7
		if off == 0 {
			off = 7
		}
	case tense > 0:
		off = (wd - dw + 7) % 7
	default:
		off = -((dw - wd + 7) % 7)
	}
	return fromTime(p.dct.AddDate(0, 0, off), uDay)
}

// deictic reads "this/last/next/past/coming/previous/following/that" and
// "the ..." followed by a unit, a month, a weekday, a season or a count.
func (p *parser) deictic(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	j := i
	the := false
	if p.w(j) == "the" {
		the = true
		j++
	}
	if the {
		// "the nine months", "the four days"
		if n, nk, ok := p.number(j); ok && n > 1 && p.t[j].kind != 'p' && p.w(j) != "a" {
			if u, ok := p.unitAt(j + nk); ok && plural(p.w(j+nk)) && u != uPartOfDay {
				c.typ, c.j, c.val = "DURATION", j+nk+1, durationValue(n, u, false)
				return c, true
			}
		}
	}
	det := p.w(j)
	if det == "preceding" && the {
		det = "previous" // "the preceding year"
	}
	if det == "that" && p.w(j+1) == "same" {
		j++
		det = "same"
	}
	if u, ok := p.unitAt(j); ok && the && plural(p.w(j)) && u != uPartOfDay && (p.w(j+1) == "ahead" || p.w(j+1) == "to" && p.w(j+2) == "come") {
		// "in the weeks ahead", "in the years to come"
		e := j + 2
		if p.w(j+1) == "to" {
			e = j + 3
		}
		c.typ, c.j, c.val = "DURATION", e, durationValue(-1, u, false)
		return c, true
	}
	if the {
		// "the fiscal year", "the full year", "the current fiscal year";
		// "the latest fiscal year" is the last one closed
		k := j
		back := 0
		switch p.w(k) {
		case "latest", "last", "past", "prior", "previous":
			if p.w(k+1) == "fiscal" {
				back, k = 1, k+1
			}
		}
		for k < j+3 {
			switch p.w(k) {
			case "fiscal", "full", "calendar", "entire", "whole", "current":
				k++
				continue
			}
			break
		}
		if k > j && p.w(k) == "year" && p.w(k+1) != "-" {
			if p.w(k+1) == "ended" || p.w(k+1) == "ending" {
				c.typ, c.j, c.val = "DURATION", k+1, "P1Y"
				return c, true
			}
			v := p.dctVal(uYear)
			if v.known {
				v.y -= back
			}
			if back == 0 && p.w(j) != "current" && p.hasAnchor && p.anchor.known && (p.anchor.g == uQuarter || p.anchor.g == uHalf) {
				// "fourth-quarter loss ... For the full year, it earned":
				// the year of the quarter reported
				v.y = p.anchor.y
			}
			c.j, c.date, c.anchor, c.val = k+1, v, v.known, v.String()
			return c, true
		}
		if det == "month" && p.endOfPhrase(j+1) {
			v := p.dctVal(uMonth)
			if r, ok := p.ref(); ok && r.g <= uMonth && p.hasAnchor {
				v = r.shifted(uMonth, 0, uMonth)
			}
			c.j, c.date, c.anchor, c.val = j+1, v, v.known, v.String()
			return c, true
		}
	}
	if pod, ok := partOfDayWords[det]; ok && the && !plural(det) && (p.w(j+1) == "before" || p.w(j+1) == "after") && p.endOfPhrase(j+2) {
		// "the night before, he slept": the part of the day before or
		// after the story's day
		r, ok := p.ref()
		if !ok || r.g > uDay {
			return c, false
		}
		n := 1
		if p.w(j+1) == "before" {
			n = -1
		}
		c.typ, c.j, c.val = "TIME", j+2, r.shifted(uDay, n, uDay).String()+"T"+pod
		return c, true
	}
	if the && (det == "early" || det == "small") && p.w(j+1) == "hours" && p.w(j+2) == "of" {
		// "in the early hours of Friday", "the small hours of March 3":
		// the start of that day's morning
		var d dval
		e := j + 3
		if pod, ok := partOfDayWords[p.w(e+1)]; ok && p.w(e) == "the" && !plural(p.w(e+1)) && (pod == "MO" || pod == "NI") {
			r, ok := p.ref()
			if !ok || r.g != uDay {
				return c, false
			}
			d, e = r, e+2 // "the early hours of the morning": the story's day
		} else {
			dc, ok := p.core(e)
			if !ok || dc.typ != "DATE" || dc.date.g != uDay || !dc.date.known {
				return c, false
			}
			d, e = dc.date, dc.j
		}
		c.typ, c.j, c.val, c.mod, c.date, c.anchor = "TIME", e, d.String()+"TMO", "START", d, true
		return c, true
	}
	if the && det == "century" && p.w(i-1) == "of" && phaseNouns[p.w(i-2)] && p.hasDCT {
		// "by the end of the century": the DCT's
		v := fromTime(p.dct, uCentury)
		c.j, c.date, c.val = j+1, v, v.String()
		return c, true
	}
	if the && det == "new" && p.w(j+1) == "year" && !p.t[j].isUpper() && p.hasDCT {
		// "walkouts in the new year": the year about to start, late in a
		// year; the current one early in it
		v := p.dctVal(uYear)
		if p.dct.Month() >= time.October {
			v.y++
		}
		c.j, c.date, c.anchor, c.val = j+2, v, true, v.String()
		return c, true
	}
	switch det {
	case "this", "last", "next", "past", "coming", "previous", "following", "that", "same", "latest", "current", "first", "year", "day", "week", "weekend", "quarter", "year's":
	case "final":
		if !the {
			return c, false
		}
	default:
		return c, false
	}
	if det == "last" && !the && lastAsVerb[p.w(i-1)] {
		return c, false // "expected to last several weeks": the verb
	}
	if det == "this" && p.w(j+1) == "past" { // "this past spring"
		j++
		det = "last"
	}
	if det == "this" && p.w(j+1) == "coming" { // "this coming weekend"
		j++
		det = "coming"
	}
	k := j + 1
	// ---- "the day before yesterday", "the year", "the weekend" ----
	if the && (det == "year" || det == "day" || det == "week" || det == "weekend" || det == "quarter") {
		u := unitWords[det]
		switch {
		case det == "year" && p.w(i+2) == "-" && p.glued(i+2) && (p.w(i+3) == "earlier" || p.w(i+3) == "ago"):
			if p.w(i+4) != "quarter" && p.w(i+4) != "period" {
				return c, false // "the [year-ago] results": the article stays out
			}
			return p.yearAgo(i, i+4)
		case p.w(k) == "before" || p.w(k) == "after" || p.w(k) == "earlier" || p.w(k) == "later" || p.w(k) == "previous" || p.w(k) == "prior":
			if det == "day" && (p.w(k) == "before" || p.w(k) == "after") && !p.endOfPhrase(k+1) {
				// "the day before last Tuesday's hearing": a day next to
				// a date, one expression
				dc, ok := p.core(k + 1)
				if !ok || dc.typ != "DATE" || dc.date.g != uDay || !dc.date.known {
					return c, false
				}
				n := 1
				if p.w(k) == "before" {
					n = -1
				}
				v := dc.date.shifted(uDay, n, uDay)
				c.j, c.date, c.anchor, c.val = dc.j, v, true, v.String()
				return c, true
			}
			if !p.endOfPhrase(k + 1) {
				if det == "year" && p.w(i-1) == "of" && phaseNouns[p.w(i-2)] {
					// "since the start of the year after falling 35%":
					// the DCT's year, followed by a clause of its own
					v := p.dctVal(uYear)
					c.j, c.date, c.anchor, c.val = k, v, v.known, v.String()
					return c, true
				}
				return c, false
			}
			r, ok := p.ref()
			n := 1
			if p.w(k) == "before" || p.w(k) == "earlier" || p.w(k) == "previous" || p.w(k) == "prior" {
				n = -1 // "the year previous"
			}
			v := dval{g: resultGran(u)}
			if ok {
				v = r.shifted(u, n, resultGran(u))
			}
			c.j, c.date, c.anchor, c.val = k+1, v, ok, v.String()
			return c, true
		case det == "week" && (p.w(k) == "of" || p.w(k) == "ending" || p.w(k) == "ended" || p.w(k) == "to"):
			// "the week of March 6": the ISO week holding that day; "the
			// week ending 6 February", "the week to Friday": the one
			// that ends on it
			dc, ok := p.monthDate(k+1, k+1)
			if !ok || dc.date.g != uDay {
				return c, false
			}
			v := dval{g: uWeek}
			if dc.date.known {
				v = fromTime(dc.date.start(), uWeek)
			}
			c.j, c.date, c.anchor, c.val = dc.j, v, v.known, v.String()
			return c, true
		case (det == "day" || det == "week") && (p.w(i-1) == "of" || p.w(i-1) == "in") && phaseNouns[p.w(i-2)] && p.w(k) != "of" && p.w(k) != "'" && p.w(k) != "\u2019" && !(det == "day" && p.w(i-2) == "end" && p.w(i-4) == "at"):
			// "the end of the week", "earlier in the day": the day the
			// story is on, or the DCT's ("at the end of the day" is an
			// idiom); a day ahead of the DCT is not where a past clause
			// is ("set for Monday ... told reporters earlier in the day")
			v := p.dctVal(u)
			if r, ok := p.ref(); ok && p.hasAnchor && r.g <= uDay && !(p.hasDCT && r.known && r.start().After(p.dct) && p.tense(i, k) < 0) {
				v = r.shifted(u, 0, u)
			}
			c.j, c.date, c.anchor, c.val = k, v, false, v.String()
			return c, true
		case det == "day" && dayEnders[p.w(i-1)] && (p.endOfPhrase(k) || marketMoves[p.w(k)]),
			(det == "day" || det == "week") && (p.w(i-1) == "for" && p.w(k) == "," || p.possessive(k)):
			// "ended the day at 7,114", "For the day, the Nikkei fell",
			// "For the week,", "the week's most active session": the
			// trading day or week the story is on; a story of a weekend
			// reports Friday's session
			v := p.dctVal(u)
			if r, ok := p.ref(); ok && p.hasAnchor && r.g <= uDay {
				v = r.shifted(u, 0, u)
			} else if u == uDay && p.hasDCT {
				switch p.dct.Weekday() {
				case time.Saturday:
					v = fromTime(p.dct.AddDate(0, 0, -1), uDay)
				case time.Sunday:
					v = fromTime(p.dct.AddDate(0, 0, -2), uDay)
				}
			}
			c.j, c.date, c.anchor, c.val = k, v, false, v.String()
			return c, true
		case det == "quarter":
			v := p.reportedQuarter(p.tense(i, k))
			c.j, c.date, c.anchor, c.val = k, v, v.known, v.String()
			return c, true
		case det == "weekend":
			v := p.dctVal(uWeekend)
			if p.hasDCT {
				// the last weekend, unless the DCT falls on one or the
				// sentence speaks of the future, or "until", "through" or
				// "by" look ahead without a tense ("rain through the
				// weekend")
				t := p.dct
				wd := t.Weekday()
				tense := p.tense(i, k)
				if tense == 0 && p.deadline(i) {
					tense = 1
				}
				if wd != time.Saturday && wd != time.Sunday && tense <= 0 {
					t = t.AddDate(0, 0, -7)
				}
				v = fromTime(t, uWeekend)
			}
			c.j, c.date, c.anchor, c.val = k, v, v.known, v.String()
			return c, true
		case det == "year":
			if _, ok := p.yearAt(k); ok {
				return c, false // "the year 2000" is absolute
			}
			if p.w(k) == "-" && p.glued(k) {
				return c, false // "the year-end bonus": "year-end" is read on its own
			}
			if p.w(k) == "ended" || p.w(k) == "ending" || (p.w(k) == "to" || p.w(k) == "through") && monthWords[p.w(k+1)] > 0 && p.t[k+1].isUpper() {
				// "the year ended March 31", "the year to March", "the
				// year through February": twelve months up to a date
				c.typ, c.j, c.val = "DURATION", k, "P1Y"
				return c, true
			}
			v := p.dctVal(uYear)
			// "in 2007, the year Romania joined the EU": the year just
			// named, set off by a comma.
			if i >= 2 && p.w(i-1) == "," {
				if y, ok := p.yearAt(i - 2); ok {
					v = dval{g: uYear, y: y, known: true}
				}
			}
			c.j, c.date, c.anchor, c.val = k, v, v.known, v.String()
			return c, true
		}
		return c, false
	}
	// ---- "the past two months", "the next five years", "the first nine months" ----
	if det == "past" || det == "last" || det == "next" || det == "coming" || det == "first" || det == "following" || det == "previous" || det == "latest" || det == "final" {
		if n, nk, half, ok := p.count(k); ok && p.w(k) != "a" && p.w(k) != "an" {
			e := k + nk
			if m, mk, _, ok := p.count(e + 1); ok && p.w(e) == "to" && m > n && n > 0 {
				e += 1 + mk // "the next 12 to 18 months"
			}
			if unitAdjectives[p.w(e)] {
				e++ // "the past five trading days"
			}
			if u, ok := p.unitAt(e); ok && u != uPartOfDay {
				c.typ, c.j, c.val = "DURATION", e+1, durationValue(weeksIn(p.w(e), n), u, half)
				return c, true
			}
			if s, ok := seasonWords[strings.TrimSuffix(p.w(e), "s")]; ok && n > 1 && plural(p.w(e)) && !half {
				// "for the past three summers": that season, year after
				// year, a set as TimeBank annotates it
				c.typ, c.j, c.val = "SET", e+1, "XXXX-"+s
				return c, true
			}
		}
		if det == "first" || det == "last" {
			if c2, ok := p.weekOfMonth(i, k); ok {
				return c2, true
			}
		}
		if det == "first" || det == "final" {
			return c, false
		}
	}
	// ---- "this year", "last week", "next month", "the previous year" ----
	if u, ok := p.unitAt(k); ok && !plural(p.w(k)) && u >= uDay && u != uPartOfDay {
		return p.unitDeictic(i, det, the, u, k+1)
	}
	if u, ok := p.unitAt(k); ok && the && !plural(p.w(k)) && u < uDay && (det == "past" || det == "last" || det == "next" || det == "coming") && spanPrepositions[p.w(i-1)] {
		// "in the last hour", "over the next minute": a clock unit up to
		// or from the DCT, a duration as "the past 24 hours"
		c.typ, c.j, c.val = "DURATION", k+1, durationValue(1, u, false)
		return c, true
	}
	if (det == "past" || det == "coming" || det == "last" || det == "next") && the {
		if u, ok := p.unitAt(k); ok && plural(p.w(k)) {
			c.typ, c.j, c.val = "DURATION", k+1, durationValue(-1, u, false)
			return c, true
		}
	}
	if pod, ok := partOfDayWords[p.w(k)]; ok && !plural(p.w(k)) && the && (det == "next" || det == "following" || det == "previous") {
		// "the next morning", "the previous night": the day after or
		// before the one the story is on
		r, ok := p.ref()
		if !ok || r.g > uDay {
			return c, false
		}
		n := 1
		if det == "previous" {
			n = -1
		}
		d := r.shifted(uDay, n, uDay)
		c.typ, c.j, c.val = "TIME", k+1, d.String()+"T"+pod
		return c, true
	}
	if the && det != "previous" && det != "following" {
		return c, false
	}
	if det == "last" || det == "next" {
		if hc, ok := p.holiday(k); ok && p.hasDCT {
			hc.i = i // "last Thanksgiving", "next Christmas"
			return hc, true
		}
	}
	// ---- "last December", "next Monday", "this summer", "last night" ----
	if m, mk, ok := p.monthAt(k); ok || p.w(k) != "" && monthWords[p.w(k)] > 0 && (p.w(k) == "may" || p.w(k) == "march") && p.t[k].isUpper() {
		if !ok {
			m, mk = monthWords[p.w(k)], 1
		}
		e := k + mk
		d := 0
		if dd, dk, ok := p.dayAt(e); ok {
			d, e = dd, e+dk
		}
		v := p.monthDeictic(det, m, d, p.tense(i, e))
		c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
		return c, true
	}
	if wd, ok := weekdayWords[p.w(k)]; ok && !plural(p.w(k)) {
		rel := 0
		switch det {
		case "last", "previous", "past":
			rel = -1
		case "next", "coming", "following":
			rel = 1
		}
		e := k + 1
		var d dval
		if (det == "previous" || det == "following") && p.hasAnchor && p.anchor.g == uDay {
			// "the previous Friday": relative to the anchor day
			a := p.anchor.start()
			aw := int(a.Weekday())
			if aw == 0 {
				aw = 7
			}
			off := wd - aw
			if rel < 0 && off >= 0 {
				off -= 7
			}
			if rel > 0 && off <= 0 {
				off += 7
			}
			d = fromTime(a.AddDate(0, 0, off), uDay)
		} else {
			d = p.resolveWeekday(wd, p.tense(i, e), rel)
		}
		if p.w(e) == "," {
			// "this coming Sunday, March eighth": the date written out
			// is part of it, as after a bare weekday ("Friday, Oct. 23")
			if dc, ok := p.monthDate(e+1, e+1); ok && dc.date.g == uDay && dc.date.known {
				c.j, c.date, c.anchor, c.val = dc.j, dc.date, true, dc.val
				return c, true
			}
		}
		return p.withPartOfDay(c, e, d), true
	}
	if s, ok := seasonWords[p.w(k)]; ok && !plural(p.w(k)) {
		v := dval{season: s, g: uSeason}
		if p.hasDCT {
			cur := fromTime(p.dct, uSeason)
			v.y, v.known = p.dct.Year(), true
			order := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
			switch det {
			case "last", "previous", "past":
				if order[s] >= order[cur.season] {
					v.y--
				}
			case "next", "coming", "following":
				if order[s] <= order[cur.season] {
					v.y++
				}
			case "that":
				// "that summer": the season of the year the story is
				// telling, not the DCT's
				if p.hasAnchor && p.anchor.known && p.anchor.g <= uYear {
					v.y = p.anchor.y
				}
			}
		}
		c.j, c.date, c.anchor, c.val = k+1, v, v.known, v.String()
		return c, true
	}
	if pod, ok := partOfDayWords[p.w(k)]; ok && !plural(p.w(k)) && det == "that" {
		// "that night": on the day the story is on
		d := p.dctVal(uDay)
		if r, ok := p.ref(); ok && p.hasAnchor {
			if r.g > uDay {
				return c, false
			}
			d = r
		}
		c.typ, c.j, c.val = "TIME", k+1, d.String()+"T"+pod
		return c, true
	}
	if pod, ok := partOfDayWords[p.w(k)]; ok && !plural(p.w(k)) && (det == "this" || det == "last") {
		d := p.dctVal(uDay)
		if det == "last" && p.hasDCT {
			if pod != "NI" && pod != "EV" {
				return c, false
			}
			d = fromTime(p.dct.AddDate(0, 0, -1), uDay)
		}
		// "this morning", "last night": the story is on that day again
		c.typ, c.j, c.val, c.date, c.anchor = "TIME", k+1, d.String()+"T"+pod, d, d.known
		return c, true
	}
	return c, false
}

// spanPrepositions introduce a stretch of time ("in the last hour"); "at
// the last minute" is an idiom, not an hour.
var spanPrepositions = map[string]bool{"in": true, "over": true, "during": true, "within": true, "for": true, "throughout": true}

// lastAsVerb before "last" make it the verb ("could last several weeks").
var lastAsVerb = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "not": true, "did": true, "does": true, "do": true, "ll": true,
}

// paperNames after a weekday name a newspaper, not a day.
var paperNames = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "observer": true,
	"post": true, "mail": true, "independent": true, "tribune": true, "star": true, "people": true,
	"sport": true, "world": true, "edition": true, "magazine": true,
}

// phaseNouns put a part of a period before it: "the end of the week",
// "earlier in the day".
// dayEnders are the verbs of a market closing the day ("ended the day up").
var dayEnders = map[string]bool{"end": true, "ends": true, "ended": true, "ending": true, "finish": true, "finishes": true, "finished": true, "finishing": true, "close": true, "closes": true, "closed": true, "closing": true}

// marketMoves are the words after "ended the day" that say how a market
// closed ("ended the day down 31 points").
var marketMoves = map[string]bool{"up": true, "down": true, "higher": true, "lower": true, "flat": true, "unchanged": true, "slightly": true}

var phaseNouns = map[string]bool{
	"end": true, "rest": true, "remainder": true, "start": true, "beginning": true, "middle": true, "close": true,
	"earlier": true, "later": true, "early": true, "late": true,
}

// unitAdjectives may stand between a count and its unit: "five trading
// days", "six straight days".
var unitAdjectives = map[string]bool{
	"straight": true, "consecutive": true, "successive": true, "trading": true, "business": true,
	"working": true, "more": true, "additional": true, "full": true, "calendar": true, "further": true,
}

// weekOfMonth reads "week of March (2009)" at k after "the first", "the
// last", ... (starting at i): the ISO week of the month's first or last
// days, the way a calendar shows them.
func (p *parser) weekOfMonth(i, k int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	if p.w(k) != "week" || p.w(k+1) != "of" {
		return c, false
	}
	m, mk, ok := p.monthAt(k + 2)
	if !ok {
		return c, false
	}
	e := k + 2 + mk
	var y int
	known := false
	if yy, ok := p.yearAt(e); ok {
		y, known, e = yy, true, e+1
	} else if p.hasDCT {
		y, known = p.resolveMD(m, 0, p.tense(i, e)).y, true
	}
	if !known {
		return cand{i: i, j: e, typ: "DATE", val: "XXXX-WXX"}, true
	}
	day := time.Date(y, time.Month(m), 4, 0, 0, 0, 0, time.UTC) // the first week
	if p.w(i+1) == "last" || p.w(i) == "last" {
		day = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -3)
	}
	v := fromTime(day, uWeek)
	c.j, c.date, c.anchor, c.val = e, v, true, v.String()
	return c, true
}

// endOfPhrase reports whether token i ends a phrase (punctuation, a
// conjunction or the end of the text), so "a day before" is an expression
// and "a day before the vote" is not.
func (p *parser) endOfPhrase(i int) bool {
	if i >= len(p.t) || p.t[i].kind == 'p' {
		return true
	}
	switch p.w(i) {
	case "and", "or", "but", "when", "that", "as", "while", "in", "at", "on", "with":
		return true
	}
	return false
}

// unitDeictic resolves "this/last/next/that/the previous/the following"
// with a unit; j is after the unit.
func (p *parser) unitDeictic(i int, det string, the bool, u unit, j int) (cand, bool) {
	c := cand{i: i, j: j, typ: "DATE"}
	g := resultGran(u)
	if u == uDecade || u == uCentury {
		g = u
	}
	if u == uWeekend {
		g = uWeekend
	}
	switch {
	case the && (det == "past" || det == "last") && u != uQuarter && u != uWeekend && u != uCentury && !(det == "past" && u == uDecade):
		// ("the past decade" is the ten years up to the DCT, a duration,
		// as TimeBank and MEANTIME mostly annotate it)
		// "over the past year", "in the last decade": news means the
		// period before the current one, as with "last year"
		if !p.hasDCT {
			c.val = dval{g: g}.String()
			return c, true
		}
		v := fromTime(shiftTime(p.dct, u, -1), g)
		c.date, c.anchor, c.val = v, true, v.String()
		return c, true
	case the && (det == "past" || det == "last" || det == "coming" || det == "next" && !p.hasAnchor || det == "latest"):
		if u == uQuarter && (det == "latest" || det == "last") {
			v := p.reportedQuarter(p.tense(i, j))
			c.date, c.anchor, c.val = v, v.known, v.String()
			return c, true
		}
		// "the past year": a duration ending at the DCT
		c.typ, c.val = "DURATION", durationValue(1, u, false)
		return c, true
	case det == "current" || det == "latest":
		if !the && det == "latest" {
			return c, false
		}
		v := p.dctVal(g)
		c.date, c.anchor, c.val = v, v.known, v.String()
		return c, true
	case det == "that" || det == "same":
		r, ok := p.ref()
		if !ok {
			c.val = dval{g: g}.String()
			return c, true
		}
		v := r.shifted(u, 0, g)
		if r.g > g && r.g != uWeek {
			v = r // "that day" after "in 1997": stay with the year
		}
		if k, ok := p.yearBack(j); ok && det == "same" {
			// "the same month a year ago": compared, not narrated
			v = v.shifted(uYear, -1, v.g)
			c.j, c.val = j+k, v.String()
			return c, true
		}
		c.date, c.anchor, c.val = v, true, v.String()
		return c, true
	case det == "previous" || det == "following" || det == "next" && the:
		r, ok := p.ref()
		n := 1
		if det == "previous" {
			n = -1
		}
		if !ok {
			c.val = dval{g: g}.String()
			return c, true
		}
		if r.g > g {
			// "the following day" after "in 1997", "the following year"
			// after "the 1970s": only the coarser period is known
			c.val = r.String()
			return c, true
		}
		v := r.shifted(u, n, g)
		c.date, c.anchor, c.val = v, true, v.String()
		return c, true
	case the:
		return c, false
	}
	off := map[string]int{"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1}[det]
	if !p.hasDCT {
		c.val = dval{g: g}.String()
		return c, true
	}
	if det == "this" && u == uDecade || u == uCentury {
		// "this decade" / "the last century"
		v := fromTime(shiftTime(p.dct, u, off), u)
		c.date, c.anchor, c.val = v, true, v.String()
		return c, true
	}
	if u == uWeekend {
		t := p.dct
		if off != 0 {
			t = shiftTime(t, uWeek, off)
		}
		v := fromTime(t, uWeekend)
		c.date, c.anchor, c.val = v, true, v.String()
		return c, true
	}
	v := fromTime(shiftTime(p.dct, u, off), g)
	c.date, c.anchor, c.val = v, true, v.String()
	return c, true
}

// monthDeictic resolves "last December", "next April", "this September".
func (p *parser) monthDeictic(det string, m, d, tense int) dval {
	g := uMonth
	if d > 0 {
		g = uDay
	}
	// "convicted in 1993 and sentenced him the following March": the
	// story's date, not the publication's, is what follows or precedes.
	if r := p.anchor; (det == "following" || det == "previous") && p.hasAnchor && r.known && (r.g == uYear || r.g <= uMonth && r.m > 0) {
		y := r.y
		switch {
		case det == "following" && (r.g == uYear || r.m >= m):
			y++
		case det == "previous" && (r.g == uYear || r.m <= m):
			y--
		}
		return dval{y: y, m: m, d: d, g: g, known: true}
	}
	if !p.hasDCT {
		return dval{m: m, d: d, g: g}
	}
	dy, dm, dd := p.dct.Date()
	y := dy
	after := m > int(dm) || m == int(dm) && d > dd
	same := m == int(dm) && (d == 0 || d == dd)
	switch det {
	case "last", "past", "previous":
		if after || same {
			y--
		}
	case "next", "coming", "following":
		if !after {
			y++
		}
	case "that":
		if r, ok := p.ref(); ok {
			y = r.y
			break
		}
		return p.resolveMD(m, d, 0)
	}
	return dval{y: y, m: m, d: d, g: g, known: true}
}

// yearAgo reads "year-earlier" / "year-ago" (ending at j) with an optional
// following "quarter" or "period": the same period a year before.
func (p *parser) yearAgo(i, j int) (cand, bool) {
	c := cand{i: i, j: j, typ: "DATE"}
	q := false
	switch p.w(j) {
	case "quarter", "period":
		q = true
		c.j = j + 1
	}
	if r, ok := p.comparedQuarter(); ok || q && p.hasDCT {
		if !ok {
			r = p.reportedQuarter(-1)
		}
		v := r.shifted(uYear, -1, uQuarter)
		c.val = v.String()
		return c, true
	}
	v := p.dctVal(uYear)
	if v.known {
		v.y--
	}
	c.val = v.String()
	return c, true
}

// comparedQuarter is the quarter a report compares with the year before
// ("up from $3 a year earlier"): the anchor when it is a quarter that
// started in the year before the DCT. A quarter more than a year before
// the DCT ("the 1988 period") is already the comparison, and one still to
// come ("losses through the third quarter of 1990") is no report.
func (p *parser) comparedQuarter() (dval, bool) {
	if !p.hasAnchor || p.anchor.g != uQuarter || !p.anchor.known {
		return dval{}, false
	}
	if p.hasDCT && (p.anchor.start().Before(p.dct.AddDate(-1, 0, 0)) || p.anchor.start().After(p.dct)) {
		return dval{}, false // long past, or not reported yet
	}
	return p.anchor, true
}

// afterWords after a count and a unit ("three days later") make the count
// a DURATION with the word outside, as TimeBank annotates "[Three days]
// later" (3 of 3 on TBAQ, and our modern sets): the span is the time
// between the anchor and the date the phrase points to. "ago" and
// "earlier" stay inside a DATE, as TimeBank mostly has them ("[five years
// ago]" 46 of 49, "[a year earlier]" 24 of 27).
var afterWords = map[string]bool{"later": true, "afterwards": true, "afterward": true}

// laterDuration turns the DATE c of "three days later", ending after the
// word at j, into the DURATION val ending before it, anchored at the date
// c had when that is a calendar value.
func laterDuration(c cand, j int, val string) cand {
	if c.val != "" && c.val[0] >= '0' && c.val[0] <= '9' {
		c.anchored = c.val
	}
	c.typ, c.j, c.val = "DURATION", j, val
	return c
}

// offset reads "N units ago", "N units earlier/later/before/after" and
// "N units from now".
func (p *parser) offset(i int) (c cand, ok bool) {
	c = cand{i: i, typ: "DATE"}
	if u, ok := p.unitAt(i); ok && plural(p.w(i)) && u != uPartOfDay && u != uWeekend && (i == 0 || !p.glued(i)) {
		switch {
		case p.w(i+1) == "ago":
			// "just months ago", "Years ago,": some time before the DCT
			c.j, c.val = i+2, "PAST_REF"
			return c, true
		case p.w(i+1) == "earlier" && p.w(i+2) != "than":
			// "Hours earlier, ...": as "a few hours earlier"
			c.j, c.val = i+2, "PAST_REF"
			return c, true
		case afterWords[p.w(i+1)] && p.w(i+2) != "than":
			// "[Hours] later, he was dead": as "[a few hours] later"
			c.typ, c.j, c.val = "DURATION", i+1, durationValue(-1, u, false)
			return c, true
		}
	}
	n, nk, half, ok := p.count(i)
	if !ok {
		return c, false
	}
	u, ok := p.unitAt(i + nk)
	if !ok || u == uPartOfDay || u == uWeekend {
		return c, false
	}
	n = weeksIn(p.w(i+nk), n)
	j := i + nk + 1
	if p.w(j) == "or" && p.w(j+1) == "so" {
		j += 2 // "a week or so ago"
	}
	dir := 0
	anchorBased := false
	switch p.w(j) {
	case "ago":
		dir = -1
	case "earlier", "before":
		dir, anchorBased = -1, true
	case "later", "after", "afterwards", "afterward", "on":
		dir, anchorBased = 1, true
	case "from":
		if p.w(j+1) == "now" {
			dir = 1
			j++
		}
	}
	if dir == 0 || (p.w(j) == "later" || p.w(j) == "earlier") && p.w(j+1) == "than" {
		return c, false // "two years later than planned": a comparison of lengths
	}
	if (p.w(j) == "before" || p.w(j) == "after" || p.w(j) == "on") && !p.endOfPhrase(j+1) && !(p.w(j) == "on" && p.w(j+1) == "from") {
		return c, false
	}
	c.j = j + 1
	if afterWords[p.w(j)] {
		// "[three days] later": the DURATION, as TimeBank annotates it,
		// which still points to the date three days after the anchor.
		// With no date before it in the text, the time it is later than
		// is not told, and the publication date would put it ahead of
		// the writing ("Acme filed for bankruptcy two months later"):
		// it then points nowhere and moves no anchor.
		told := p.hasAnchor
		defer func() {
			c = laterDuration(c, j, durationValue(n, u, half))
			if !told {
				c.anchored, c.anchor = "", false
			}
		}()
	}
	if n < 0 {
		if dir < 0 {
			c.val = "PAST_REF"
		} else {
			c.val = "FUTURE_REF"
		}
		return c, true
	}
	g := resultGran(u)
	if p.w(j) == "on" && p.hasDCT && p.sentenceStart(i) && (p.w(j+1) == "," || p.w(j+1) == "from") {
		// "A year on, little has changed", "Four years on from the
		// flood": that long after an event, which is the time of writing
		v := p.dctVal(g)
		c.val = v.String()
		return c, true
	}
	if u == uWeek && n <= 2 && !anchorBased {
		// "a week ago", "two weeks ago": annotated as the day, while "six
		// weeks ago" names only the week
		g = uDay
	}
	var base dval
	var known, quarterCompare bool
	if anchorBased {
		base, known = p.ref()
		if afterWords[p.w(j)] && known && g < uMonth && base.g > uMonth && p.hasFine && !p.fine.start().Before(base.start()) {
			// "On March 3, 2024 the board met. Park, who had led the
			// company since 2019, resigned [two days] later": a year is
			// too coarse to count days from, and one that starts before
			// the last date fine enough is background, not a new time of
			// the story. A year after that date ("In 2023, ...") moves
			// the story on and stays the anchor, as does a year with no
			// finer date before it.
			base = p.fine
		}
	} else if p.hasDCT {
		base, known = fromTime(p.dct, uDay), true
	}
	if !known {
		c.val = dval{g: g}.String()
		return c, true
	}
	if u < uDay {
		// "two hours later": a time of day
		if !anchorBased || !p.hasDCT {
			c.typ = "TIME"
			t := shiftTime(p.dct, u, dir*n)
			c.val = fromTime(t, uDay).String() + "T" + pad2(t.Hour()) + ":" + pad2(t.Minute())
			return c, true
		}
		c.val = base.String()
		return c, true
	}
	coarse := false
	if base.g > g && anchorBased {
		// "a month later" after "in 1965": only the year is known, and
		// the shift starts from the middle of it ("a month earlier" than
		// the 1970s is still in the 1970s)
		g, coarse = base.g, true
	}
	if q, ok := p.comparedQuarter(); ok && u == uYear && n == 1 {
		// "a year ago/earlier" after "the third quarter": the same quarter
		// of the year before, as earnings reports compare
		base, g = q, uQuarter
		quarterCompare = true
	} else if u == uYear && n == 1 && p.hasAnchor && p.anchor.g == uQuarter && p.hasDCT {
		// after "the 1988 period", "a year earlier" is that period again
		v := p.dctVal(uYear)
		v.y--
		c.val = v.String()
		return c, true
	}
	v := base.shifted(u, dir*n, g)
	if half && u == uYear {
		// "six and a half years ago": six years and six months
		v = fromTime(shiftTime(base.start(), uMonth, dir*(12*n+6)), g)
	}
	if coarse {
		v = fromTime(shiftTime(base.middle(), u, dir*n), g)
	}
	// a comparison with the same quarter a year before does not move the
	// story's time, nor does "a year ago/earlier", which news mostly uses
	// to compare ("up from $3 a year earlier") rather than to narrate
	c.date, c.anchor, c.val = v, !quarterCompare && !(u == uYear && n == 1), v.String()
	return c, true
}

// count reads a number of units at i as number does, and also a number
// with a half before its unit: "1.5 years", "two and a half years". half
// says the count is n and a half; k is the length without the unit.
func (p *parser) count(i int) (n, k int, half, ok bool) {
	n, k, ok = p.number(i)
	if !ok && i+2 < len(p.t) && p.t[i].kind == 'd' && len(p.t[i].s) <= 3 && p.w(i+1) == "." && p.glued(i+1) && p.w(i+2) == "5" && p.glued(i+2) {
		if _, isUnit := p.unitAt(i + 3); isUnit && !(i > 0 && p.glued(i) && p.t[i-1].kind != 'p') {
			return p.t[i].num, 3, true, true // "1.5 years"
		}
	}
	if !ok && i+3 < len(p.t) && p.t[i].kind == 'd' && len(p.t[i].s) <= 3 && p.w(i+1) == "," && p.glued(i+1) && p.glued(i+2) && p.t[i+2].kind == 'd' && len(p.t[i+2].s) == 3 && !(i > 0 && p.glued(i) && p.t[i-1].kind != 'p') {
		if _, isUnit := p.unitAt(i + 3); isUnit {
			return p.t[i].num*1000 + p.t[i+2].num, 3, false, true // "1,200 years"
		}
	}
	if !ok {
		return 0, 0, false, false
	}
	if n >= 0 && p.w(i+k) == "and" && p.w(i+k+1) == "a" && p.w(i+k+2) == "half" {
		if _, isUnit := p.unitAt(i + k + 3); isUnit {
			return n, k + 3, true, true // "two and a half years"
		}
	}
	return n, k, false, true
}

// weeksIn is the number of units that n of unit word w make: a fortnight
// is read as the unit week, so n fortnights are 2n weeks.
func weeksIn(w string, n int) int {
	if n > 0 && strings.HasPrefix(w, "fortnight") {
		return 2 * n
	}
	return n
}

// ---- durations ----

// duration reads "three years", "a month", "five-year", "2 1/2 years",
// "a year and a half", "half an hour", "decades".
func (p *parser) duration(i int) (cand, bool) {
	c := cand{i: i, typ: "DURATION"}
	w := p.w(i)
	if (w == "a" || w == "an") && p.w(i+1) == "half" {
		// "a half-hour", "a half century"
		if hc, ok := p.duration(i + 1); ok && p.w(i+2) != "a" && p.w(i+2) != "an" {
			hc.i = i
			return hc, true
		}
		return c, false
	}
	if (w == "a" || w == "an") && periodNouns[p.w(i+4)] && p.w(i+2) == "-" {
		// "a three-year period": the article goes with the period noun
		if hc, ok := p.duration(i + 1); ok && hc.j == i+5 {
			hc.i = i
			return hc, true
		}
	}
	if w == "half" {
		k := i + 1
		if p.w(k) == "a" || p.w(k) == "an" {
			k++
		} else if p.w(k) == "-" && p.glued(k) {
			k++ // "half-hour"
		}
		if u, ok := p.unitAt(k); ok && !plural(p.w(k)) && u != uPartOfDay {
			c.j, c.val = k+1, halfOf(u)
			if p.w(k) == "fortnight" {
				c.val = "P1W"
			}
			return c, true
		}
		return c, false
	}
	if u, ok := p.unitAt(i); ok && !plural(p.w(i)) && u != uPartOfDay && p.w(i+1) == "-" && p.glued(i+1) && p.w(i+2) == "long" && p.glued(i+2) {
		// "the year-long war", "a month-long strike" read from the unit
		c.j, c.val = i+3, durationValue(1, u, false)
		return c, true
	}
	if u, ok := p.unitAt(i); ok && plural(p.w(i)) && u != uWeekend && p.w(i-1) == "the" && (p.w(i-2) == "in" || p.w(i-2) == "during" || p.w(i-2) == "over") && u >= uDay && u <= uYear {
		// "in the [weeks] before the shooting", "in the [years] that
		// followed": a stretch next to the event the story is on, annotated
		// without the article
		switch p.w(i + 1) {
		case "before", "after", "following", "leading", "that", "since", "preceding":
			if u == uYear || u == uMonth {
				c.j, c.val = i+1, durationValue(-1, u, false)
				return c, true
			}
			v := p.dctVal(uMonth)
			if r, ok := p.ref(); ok && p.hasAnchor && r.g <= uMonth {
				v = r.shifted(uMonth, 0, uMonth)
			}
			c.typ, c.j, c.val = "DATE", i+1, v.String()
			return c, true
		}
	}
	if u, ok := p.unitAt(i); ok && plural(p.w(i)) && u != uWeekend {
		// a bare plural: "for years", "within days", "decades-long", "in
		// just minutes"
		prev := p.w(i - 1)
		if prev == "just" || prev == "only" || prev == "mere" {
			prev = p.w(i - 2)
		}
		switch prev {
		case "for", "within", "over", "in", "lasting", "took", "take", "takes", "spent", "had", "waited", "lasted":
			c.j, c.val = i+1, durationValue(-1, u, false)
			return c, true
		case "not":
			k := i - 2
			if p.w(k) == "," {
				k--
			}
			if v, ok := p.unitAt(k); ok && k >= 0 && plural(p.w(k)) && v != uPartOfDay {
				c.j, c.val = i+1, durationValue(-1, u, false) // "take years, not months"
				return c, true
			}
		}
		if p.w(i+1) == "-" && p.glued(i+1) && p.w(i+2) == "long" {
			c.j, c.val = i+3, durationValue(-1, u, false)
			return c, true
		}
		return c, false
	}
	n, nk, half, ok := p.count(i)
	if !ok {
		return c, false
	}
	j := i + nk
	if n > 0 && w != "a" && w != "an" && p.w(i-1) == "between" && (p.w(j) == "and" || p.w(j) == "to") {
		// "between 60 and 90 days": the lower bound is an expression of
		// its own, in the unit of the upper one, as annotated
		if m, mk, _, ok := p.count(j + 1); ok && m > n && p.w(j+1) != "a" && p.w(j+1) != "an" {
			if u, ok := p.unitAt(j + 1 + mk); ok && u != uPartOfDay && plural(p.w(j+1+mk)) {
				c.j, c.val = j, durationValue(weeksIn(p.w(j+1+mk), n), u, false)
				return c, true
			}
		}
	}
	if n > 0 && w != "a" && w != "an" && p.w(j) == "to" && p.w(i-1) != "between" && p.w(i-1) != "from" {
		// "two to three weeks", "12 to 18 months": one expression
		// whose value is the lower count, as annotated
		if m, mk, _, ok := p.count(j + 1); ok && m > n && p.w(j+1) != "a" && p.w(j+1) != "an" {
			if u, ok := p.unitAt(j + 1 + mk); ok && u != uPartOfDay && plural(p.w(j+1+mk)) {
				c.j, c.val = j+2+mk, durationValue(weeksIn(p.w(j+1+mk), n), u, false)
				return c, true
			}
		}
	}
	// "six straight days", "two consecutive quarters", "five trading days"
	switch p.w(j) {
	case "straight", "consecutive", "successive", "trading", "business", "working", "more", "additional", "full", "calendar", "further", "long":
		if _, ok := p.unitAt(j + 1); ok {
			j++
		}
	}
	// "2 1/2 years"
	if i+nk+2 < len(p.t) && p.t[j].kind == 'd' && p.t[j].num == 1 && p.w(j+1) == "/" && p.w(j+2) == "2" {
		half = true
		j += 3
	}
	hyph := false
	if p.w(j) == "-" && p.glued(j) && nk == 1 {
		hyph = true
		j++
	}
	u, ok := p.unitAt(j)
	if !ok || u == uPartOfDay {
		return c, false
	}
	uw := p.w(j)
	if hyph && plural(uw) {
		return c, false
	}
	if u == uYear && n == 1 && p.w(j+1) == "-" && p.glued(j+1) && (p.w(j+2) == "earlier" || p.w(j+2) == "ago") {
		// "a year-earlier loss": the same period a year before; the
		// article stays out of the expression
		return p.yearAgo(j, j+3)
	}
	if (w == "a" || w == "an") && u == uSecond && (!p.endOfPhrase(j+1) || !secondBefore[p.w(i-1)] && !secondAfter[p.w(j+1)]) {
		return c, false // "a second round", "a second-hand lorry", "A second, larger conflict"
	}
	if u == uWeekend {
		if w != "a" && n < 2 {
			return c, false
		}
	}
	if p.t[i].kind == 'd' && !hyph && p.t[i].num > 0 && len(p.t[i].s) == 4 && !plural(uw) {
		return c, false
	}
	j++
	// "37 years old", "55 years of age": an age, not a time expression
	if p.w(j) == "old" || p.w(j) == "of" && p.w(j+1) == "age" {
		return c, false
	}
	if hyph && periodNouns[p.w(j)] {
		j++ // "a three-year period", "its one-year term"
	}
	// "-long"; "a 45-year-old" is an age, not a time expression
	if p.w(j) == "-" && p.glued(j) {
		switch p.w(j + 1) {
		case "long":
			j += 2
		case "old", "olds":
			return c, false
		}
	}
	if u == uQuarter && (w == "a" || w == "an") {
		return c, false // "a quarter of the vote"
	}
	if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
		half = true
		j += 3
	}
	c.j, c.val = j, durationValue(weeksIn(uw, n), u, half)
	if v, k, ok := p.compound(j, n, u, half, hyph); ok {
		c.j, c.val = k, v // "2 hours, 41 minutes", "two years and three months"
		return c, true
	}
	if (w == "a" || w == "an" || w == "per") && !hyph && n == 1 && p.setContext(i) {
		c.typ, c.val = "SET", setValue(u)
	}
	return c, true
}

// compound reads, after a duration of n units u ending before token j, a
// second count of the next smaller unit joined by "and" or a comma ("2
// hours, 41 minutes", "three years and five months") and returns the value
// of the whole and its end.
func (p *parser) compound(j, n int, u unit, half, hyph bool) (string, int, bool) {
	if half || hyph || n < 1 || (p.w(j) != "and" && p.w(j) != ",") {
		return "", 0, false
	}
	m, mk, mhalf, ok := p.count(j + 1)
	if !ok || mhalf || m < 1 || p.w(j+1) == "a" || p.w(j+1) == "an" {
		return "", 0, false
	}
	v, ok := p.unitAt(j + 1 + mk)
	if !ok {
		return "", 0, false
	}
	var a, b string
	switch {
	case u == uHour && v == uMinute:
		a, b = "PT"+strconv.Itoa(n)+"H", strconv.Itoa(m)+"M"
	case u == uMinute && v == uSecond:
		a, b = "PT"+strconv.Itoa(n)+"M", strconv.Itoa(m)+"S"
	case u == uYear && v == uMonth:
		a, b = "P"+strconv.Itoa(n)+"Y", strconv.Itoa(m)+"M"
	case u == uDay && v == uHour:
		a, b = "P"+strconv.Itoa(n)+"D", "T"+strconv.Itoa(m)+"H"
	default:
		return "", 0, false
	}
	return a + b, j + 2 + mk, true
}

// periodNouns name a stretch of time after a hyphenated length ("a
// three-year period", "its 41-year history"); annotators put them inside.
var periodNouns = map[string]bool{"period": true, "term": true, "history": true, "span": true, "stretch": true, "spell": true}

func halfOf(u unit) string {
	switch u {
	case uYear:
		return "P6M"
	case uDay:
		return "PT12H"
	case uHour:
		return "PT30M"
	case uMinute:
		return "PT30S"
	case uDecade:
		return "P5Y"
	case uCentury:
		return "P50Y"
	case uMonth:
		return "P2W"
	case uWeek:
		return "P3DT12H"
	case uSecond:
		return "PT0.5S"
	case uQuarter, uSeason:
		return "P1M15D"
	case uHalf:
		return "P3M"
	}
	return "P1D" // half a weekend
}

// setContext reports whether "a year" at i is a rate ("$5 a year", "twice
// a week", "10 percent a year").
func (p *parser) setContext(i int) bool {
	prev := p.w(i - 1)
	switch prev {
	case "times", "once", "twice", "thrice", "percent", "%", "cents", "dollars", "hours", "miles", "days", "meals", "barrels", "tons", "per":
		return true
	}
	if i > 0 && p.t[i-1].kind == 'd' {
		return true
	}
	if i > 1 && p.t[i-2].kind == 'd' && p.t[i-1].kind == 'a' && plural(prev) && !p.t[i-1].isUpper() {
		return true // "55 tornadoes a year": a count of things per unit
	}
	if i > 2 && p.t[i-3].kind == 'd' && p.t[i-2].kind == 'a' && !p.t[i-2].isUpper() && p.t[i-1].kind == 'a' && plural(prev) && !p.t[i-1].isUpper() {
		return true // "2,000 new arrivals a day": the count with an adjective
	}
	if strings.HasSuffix(prev, "illion") {
		return true
	}
	return false
}

// ---- sets ----

// set reads "daily", "every week", "each year", "every Monday", "per day".
func (p *parser) set(i int) (cand, bool) {
	c := cand{i: i, j: i + 1, typ: "SET"}
	switch p.w(i) {
	case "daily", "nightly":
		c.val = "P1D"
		return c, true
	case "weekly":
		c.val = "P1W"
		return c, true
	case "monthly":
		c.val = "P1M"
		return c, true
	case "annually", "yearly":
		c.val = "P1Y"
		return c, true
	case "annual":
		// "an annual loss", "its first annual profit": a result over a
		// year, a duration as MEANTIME annotates it ("the annual
		// meeting", "annual sales" are not annotated)
		switch p.w(i + 1) {
		case "profit", "profits", "loss", "losses":
			c.typ, c.val = "DURATION", "P1Y"
			return c, true
		}
	case "hourly":
		c.val = "PT1H"
		return c, true
	case "per":
		if u, ok := p.unitAt(i + 1); ok && !plural(p.w(i+1)) && u != uPartOfDay {
			c.j, c.val = i+2, setValue(u)
			return c, true
		}
	case "once", "twice", "thrice":
		// "twice a week", "once per month": the rate is inside
		if u, ok := p.rateUnit(i + 1); ok {
			c.j, c.val = i+3, setValue(u)
			return c, true
		}
		return c, false
	case "every", "each":
		k := i + 1
		if p.w(k) == "other" {
			if u, ok := p.unitAt(k + 1); ok && !plural(p.w(k+1)) {
				c.j, c.val = k+2, durationValue(2, u, false)
				return c, true
			}
			return c, false
		}
		if u, ok := p.unitAt(k); ok && !plural(p.w(k)) && u != uPartOfDay {
			c.j, c.val = k+1, setValue(u)
			if u == uWeekend {
				c.val = "XXXX-WXX-WE" // "every weekend", as "every Monday"
			}
			return c, true
		}
		if n, nk, ok := p.number(k); ok && n > 0 && p.w(k) != "a" {
			if u, ok := p.unitAt(k + nk); ok && plural(p.w(k+nk)) {
				c.j, c.val = k+nk+1, durationValue(n, u, false)
				return c, true
			}
		}
		if wd, ok := weekdayWords[p.w(k)]; ok && p.t[k].isUpper() {
			c.j, c.val = k+1, "XXXX-WXX-"+strconv.Itoa(wd)
			if pod, ok := partOfDayWords[p.w(k+1)]; ok {
				c.j, c.val = k+2, c.val+"T"+pod
			}
			return c, true
		}
		if m, mk, ok := p.monthAt(k); ok {
			c.j, c.val = k+mk, "XXXX-"+pad2(m)
			return c, true
		}
		if s, ok := seasonWords[p.w(k)]; ok && !plural(p.w(k)) {
			c.j, c.val = k+1, "XXXX-"+s
			return c, true
		}
		if pod, ok := partOfDayWords[p.w(k)]; ok && !plural(p.w(k)) {
			c.j, c.val = k+1, "XXXX-XX-XXT"+pod
			return c, true
		}
	}
	if wd, ok := weekdayWords[p.w(i)]; ok && p.t[i].isUpper() {
		pod, podOK := partOfDayWords[p.w(i+1)]
		switch {
		case plural(p.w(i)) && (p.w(i-1) == "on" || p.pluralDayBefore(i)):
			// "on Tuesdays and Fridays"
			c.val = "XXXX-WXX-" + strconv.Itoa(wd)
			if podOK {
				c.j, c.val = i+2, c.val+"T"+pod
			}
			return c, true
		case !plural(p.w(i)) && podOK && plural(p.w(i+1)):
			// "on Friday nights", "Sunday mornings": every such part of day
			c.j, c.val = i+2, "XXXX-WXX-"+strconv.Itoa(wd)+"T"+pod
			return c, true
		}
	}
	if p.w(i) == "weekends" && (p.w(i-1) == "on" || p.w(i-1) == "at" || p.w(i-1) == "over") {
		c.val = "XXXX-WXX-WE" // "works on weekends"
		return c, true
	}
	if n, nk, ok := p.number(i); ok && n > 0 && p.w(i) != "a" && p.w(i) != "an" {
		// "six days a week", "three times a year": the rate is inside
		k := i + nk
		if sub, ok := p.unitAt(k); ok && plural(p.w(k)) && sub != uPartOfDay || p.w(k) == "times" {
			if u, ok := p.rateUnit(k + 1); ok && (p.w(k) == "times" || u > sub) {
				c.j, c.val = k+3, setValue(u)
				return c, true
			}
		}
	}
	return c, false
}

// rateUnit reads "a week", "an hour", "per year" at i: the unit of a rate.
func (p *parser) rateUnit(i int) (unit, bool) {
	switch p.w(i) {
	case "a", "an", "per", "every", "each":
		if u, ok := p.unitAt(i + 1); ok && !plural(p.w(i+1)) && u != uPartOfDay && u != uWeekend {
			return u, true
		}
	}
	return uNone, false
}

// pluralDayBefore reports whether a plural weekday comes right before
// token i, joined by "and", "or" or a comma: "Tuesdays and [Fridays]".
func (p *parser) pluralDayBefore(i int) bool {
	switch p.w(i - 1) {
	case "and", "or", ",":
		w := p.w(i - 2)
		_, ok := weekdayWords[w]
		return ok && plural(w) && p.t[i-2].isUpper()
	}
	return false
}

// ---- clock times ----

// clock reads "10 p.m.", "7:15 a.m. EST", "noon", "midnight", "10
// o'clock", optionally followed by a day ("10 p.m. Wednesday").
func (p *parser) clock(i int) (cand, bool) {
	c := cand{i: i, typ: "TIME"}
	w := p.w(i)
	h, m := -1, 0
	j := i
	switch w {
	case "noon", "midday":
		h, j = 12, i+1
	case "midnight":
		h, j = 24, i+1
	default:
		if i < len(p.t) && p.t[i].kind == 'd' && len(p.t[i].s) == 4 && zoneWords[p.w(i+1)] && p.t[i+1].isUpper() && p.t[i].num%100 < 60 && p.t[i].num/100 < 24 && clockPrepositions[p.w(i-1)] {
			// "at 0900 GMT", "1530 EST": a 24-hour clock with its zone
			h, m, j = p.t[i].num/100, p.t[i].num%100, i+1
			break
		}
		if i >= len(p.t) || p.t[i].kind != 'd' || len(p.t[i].s) > 2 || p.t[i].num > 24 {
			return c, false
		}
		h = p.t[i].num
		j = i + 1
		hasMin := false
		if (p.w(j) == ":" || p.w(j) == ".") && p.glued(j) && j+1 < len(p.t) && p.t[j+1].kind == 'd' && len(p.t[j+1].s) == 2 && p.glued(j+1) {
			m = p.t[j+1].num
			if m > 59 {
				return c, false
			}
			j += 2
			hasMin = true
		}
		ampm := ""
		switch p.w(j) {
		case "am", "pm":
			ampm = p.w(j)
			j++
		case "a", "p":
			if p.w(j+1) == "." && p.w(j+2) == "m" {
				ampm = p.w(j) + "m"
				j += 3
				if p.w(j) == "." && p.glued(j) {
					j++
				}
			}
		case "o":
			if (p.w(j+1) == "'" || p.w(j+1) == "\u2019") && p.w(j+2) == "clock" {
				j += 3
				ampm = "?"
			}
		case "gmt", "utc":
			if hasMin || len(p.t[i].s) == 4 {
				ampm = "24"
			}
		case "in", "at":
			// "at 4 in the morning", "at 10 at night"
			pod := ""
			if p.w(j) == "in" && p.w(j+1) == "the" {
				pod = partOfDayWords[p.w(j+2)]
				j += 3
			} else if p.w(j) == "at" && p.w(j+1) == "night" {
				pod = "NI"
				j += 2
			}
			if pod == "" || h < 1 || h > 12 || plural(p.w(j-1)) || p.w(i-1) != "at" && p.w(i-1) != "by" && p.w(i-1) != "until" && p.w(i-1) != "around" {
				return c, false
			}
			ampm = "am"
			if pod == "AF" || pod == "EV" || pod == "NI" && h >= 6 {
				ampm = "pm"
			}
		}
		if ampm == "" {
			// "at 16:08" and "at 10.30" are times, "at 2.46 billion" is not
			if !hasMin || !clockPrepositions[p.w(i-1)] || p.w(i-1) == "-" || p.w(i+1) == "." && amountWords[p.w(j)] {
				return c, false
			}
			if p.w(i+1) == "." && (p.w(i-1) != "at" && p.w(i-1) != "by" && p.w(i-1) != "until" || len(p.t[i].s) == 1 && h == 0) {
				return c, false // "about 0.55 share", "rose to 10.30"
			}
		}
		if h > 12 && (ampm == "am" || ampm == "pm") {
			return c, false
		}
		if ampm == "pm" && h < 12 {
			h += 12
		}
		if ampm == "am" && h == 12 {
			h = 0
		}
	}
	// time zone
	zone := ""
	if zoneWords[p.w(j)] && p.t[j].isUpper() && (len(p.w(j)) > 2 || p.t[j].s[1] >= 'A' && p.t[j].s[1] <= 'Z') {
		if p.w(j) == "utc" || p.w(j) == "gmt" {
			zone = "Z"
		}
		j++
	} else if p.w(j) == "local" && p.w(j+1) == "time" {
		j += 2 // "9 a.m. local time"
	}
	// an optional day after it ("10 p.m. Wednesday"); after "on" or a
	// comma the day gives the date but stays an expression of its own
	day := p.dctVal(uDay)
	stamp := (i == 0 || p.t[i].nl) && (j >= len(p.t) || p.t[j].nl) && p.hasDCT
	if p.hasAnchor && p.anchor.g == uDay && p.anchor.known && !stamp &&
		!(p.hasDCT && p.anchor.start().Before(day.start()) && p.tense(i, j) > 0) {
		// "shot on Oct. 23 ... at 10 p.m.": the day the story is on; but
		// a time stamp on a line of its own ("9:52 a.m. ET" over a live
		// blog's entry) is the DCT's, and so is a time in a future clause
		// after a past day ("is expected to sign the bill at noon")
		day = p.anchor
	}
	if d, k, ok := p.dayAfterClock(i, j); ok {
		day, j = d, k
	} else if k := p.afterAside(i, j); p.w(k) == "on" || p.w(k) == "," {
		// "at 22:00 local time (21:00 GMT) on 13 December", "at 11:39
		// p.m. EST on Valentine's Day"
		if d, _, ok := p.dayAfterClock(i, k+1); ok {
			day = d
		} else if p.w(k) == "on" {
			if hc, ok := p.holiday(k + 1); ok && hc.date.g == uDay {
				day = hc.date
			}
		}
	}
	c.j = j
	if stamp {
		c.date, c.anchor = day, true // the entry under the stamp is on that day
	}
	c.val = day.String() + "T" + pad2(h) + ":" + pad2(m) + zone
	if h == 24 {
		c.val = day.String() + "T24:00"
	}
	return c, true
}

// afterAside returns where the text goes on after a clock time that ends at
// j, past an aside in parentheses: "22:00 local time (21:00 GMT) on", and
// for a clock time inside one ("(21:00 GMT) on") past its closing bracket.
func (p *parser) afterAside(i, j int) int {
	switch {
	case p.w(j) == "(":
		for k := j + 1; k < len(p.t) && k <= j+8 && !p.t[k].nl; k++ {
			if p.w(k) == ")" {
				return k + 1
			}
		}
	case p.w(j) == ")" && p.w(i-1) == "(":
		return j + 1
	}
	return j
}

// clockPrepositions may introduce a bare 24-hour clock ("at 1530 GMT",
// "by 15:00", "updated 1431 GMT").
var clockPrepositions = map[string]bool{
	"at": true, "by": true, "until": true, "till": true, "from": true, "before": true, "after": true,
	"around": true, "about": true, "since": true, "to": true, "-": true, "posted": true, "updated": true,
}

// zoneWords are the time zones a clock time may carry ("7:15 a.m. EST",
// "10 a.m. ET"); only upper-case spellings count.
var zoneWords = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "pst": true, "pdt": true, "gmt": true, "utc": true,
	"bst": true, "cet": true, "cest": true, "mst": true, "mdt": true, "et": true, "pt": true, "ct": true, "mt": true,
}

// amountWords after "2.46" make it an amount, not a clock time.
var amountWords = map[string]bool{
	"billion": true, "million": true, "trillion": true, "thousand": true, "percent": true,
	"%": true, "points": true, "point": true, "cents": true, "dollars": true, "euros": true,
	"pounds": true, "yen": true, "per": true, "times": true, "bn": true, "m": true, "mln": true,
}

// dayAfterClock reads, for a clock time starting at i, a weekday, "today"/"yesterday"/"tomorrow" or a
// month-day date at j and returns its value and end.
func (p *parser) dayAfterClock(i, j int) (dval, int, bool) {
	if wd, ok := weekdayWords[p.w(j)]; ok && !plural(p.w(j)) && p.t[j].isUpper() {
		// the tense of the whole expression: "will leave at 4 a.m. EDT
		// Thursday" counts from the clock, not from the weekday
		t := p.tense(i, j+1)
		if p.deadline(i) && (t == 0 || t < 0 && p.w(i-1) != "by" && p.stateHolds(i-1)) {
			t = 1 // "until 9 a.m. Tuesday", "has given them until 9 a.m. Tuesday", as for a weekday alone
		}
		return p.resolveWeekday(wd, t, 0), j + 1, true
	}
	if dc, ok := p.monthDate(j, j); ok && dc.date.g == uDay {
		return dc.date, dc.j, true
	}
	switch p.w(j) {
	case "today", "yesterday", "tomorrow":
		dc, _ := p.deicticDay(j)
		if dc.typ == "DATE" {
			return dc.date, j + 1, true
		}
	}
	return dval{}, j, false
}

// ---- tense ----

var futureMarkers = map[string]bool{
	"will": true, "shall": true, "ll": true, "going": true, "scheduled": true,
	"expected": true, "expects": true, "expect": true, "plans": true, "plan": true, "due": true,
	"upcoming": true, "intends": true, "hopes": true, "should": true, "must": true,
	"may": true, "might": true, "begins": true, "starts": true,
	"opens": true, "ends": true, "expire": true, "expires": true, "tomorrow": true,
	"payable": true, "effective": true, "soon": true, "next": true, "planning": true,
	"possible": true, "likely": true,
}

// deferralVerbs put what follows them in the future when "to", "for" or
// "until" comes next: "planned to leave Thursday", "set for Monday",
// "extended to Nov. 20".
var deferralVerbs = map[string]bool{
	"planned": true, "scheduled": true, "expected": true, "supposed": true, "slated": true,
	"set": true, "due": true, "extended": true, "postponed": true, "delayed": true, "moved": true,
	"deferred": true, "rescheduled": true, "adjourned": true, "pushed": true,
}

// scheduleNouns are what is called or set for a day: "a strike for
// Friday", "talks for Monday".
// scheduledBefore reports whether a noun for something scheduled comes
// shortly before the "for" at token f, in the same clause: "a strike at
// the plant for", "a day of mourning has been declared for".
func (p *parser) scheduledBefore(f int) bool {
	for k := f - 1; k >= 0 && k >= f-6; k-- {
		switch w := p.w(k); {
		case scheduleNouns[w]:
			return true
		case w == "," || w == ";" || w == "." || w == "and" || w == "but" || w == "said" || w == "says":
			return false
		}
	}
	return false
}

var scheduleNouns = map[string]bool{
	"strike": true, "strikes": true, "walkout": true, "stoppage": true, "shutdown": true, "summit": true,
	"meeting": true, "talks": true, "vote": true, "session": true, "hearing": true, "protest": true,
	"protests": true, "rally": true, "march": true, "demonstration": true, "election": true,
	"referendum": true, "debate": true, "ceremony": true, "deadline": true, "sitting": true,
	"mourning": true, "funeral": true, "memorial": true, "service": true,
}

// planVerbs before a date make it the date of what was planned, even
// without "to": "planned a rally on Saturday", "scheduled talks Monday".
var planVerbs = map[string]bool{"planned": true, "scheduled": true, "slated": true, "plan": true}

// planVerb reports whether "plan" at k is a verb: before "to", or after a
// plural subject or a pronoun ("Depositors plan another protest on
// Monday"); not after a determiner or a noun ("its plan", "the pension
// plan on September 9").
func (p *parser) planVerb(k int) bool {
	if p.w(k+1) == "to" {
		return !nounDeterminers[p.w(k-1)]
	}
	switch prev := p.w(k - 1); prev {
	case "we", "they", "i", "you", "both", "also", "now", "still":
		return true
	default:
		return len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !nounDeterminers[prev]
	}
}

// nounDeterminers before "plan" or "plans" make it a noun ("its plan to
// tackle the backlog"), which says nothing of the tense.
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"my": true, "your": true, "s": true, "this": true, "that": true, "new": true,
}

var pastMarkers = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "ago": true, "took": true,
	"came": true, "went": true, "made": true, "told": true, "met": true, "began": true, "left": true,
	"won": true, "lost": true, "fell": true, "rose": true, "saw": true, "gave": true, "got": true,
	"held": true, "became": true, "sold": true, "bought": true, "paid": true, "hit": true,
	"yesterday": true, "last": true, "since": true, "earlier": true, "has": true, "have": true, "been": true,
	// irregular past forms the "-ed" rule misses
	"brought": true, "thought": true, "caught": true, "taught": true, "sought": true, "fought": true,
	"built": true, "sent": true, "spent": true, "meant": true, "felt": true, "kept": true, "stood": true,
	"wrote": true, "spoke": true, "broke": true, "chose": true, "drove": true, "struck": true,
	"ran": true, "flew": true, "grew": true, "knew": true, "threw": true, "drew": true, "withdrew": true,
	"led": true, "fled": true, "heard": true, "found": true, "shot": true, "shook": true, "forgot": true,
	"overthrew": true, "swore": true, "tore": true, "sank": true, "arose": true, "undertook": true,
	"swung": true, "slid": true, "shrank": true, "dealt": true, "lent": true, "stole": true, "froze": true, "underwent": true, "overtook": true,
}

// asPlannedAdverbs may stand between "as" and "planned": "as originally
// planned".
var asPlannedAdverbs = map[string]bool{
	"previously": true, "originally": true, "first": true, "initially": true, "earlier": true, "long": true,
}

// degreeAdverb reports whether w is an adverb that may stand between a
// determiner and an adjectival participle: "a still unspecified date",
// "the newly elected mayor", "the recently announced plan".
func degreeAdverb(w string) bool {
	switch w {
	case "still", "yet", "as", "so", "very", "much", "once", "long", "not", "well", "ill", "now",
		"newly", "widely", "highly", "closely", "jointly", "publicly", "largely", "partly", "fully", "heavily":
		return true
	}
	// "-ly" alone would take in nouns ("the assembly rejected")
	return len(w) > 6 && (strings.HasSuffix(w, "edly") || strings.HasSuffix(w, "ously") ||
		strings.HasSuffix(w, "ntly") || strings.HasSuffix(w, "ically") || strings.HasSuffix(w, "ewly") ||
		strings.HasSuffix(w, "ially") || strings.HasSuffix(w, "ately") || strings.HasSuffix(w, "ively") ||
		strings.HasSuffix(w, "inally") || strings.HasSuffix(w, "iously"))
}

// notPastED end in "-ed" and are no past forms.
var notPastED = map[string]bool{
	"hundred": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true, "speed": true,
	"preferred": true, "united": true, "limited": true, "sacred": true, "naked": true, "wicked": true,
}

// subordinators open a subordinate clause whose verb, after a date, tells
// nothing of the date's tense.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "when": true, "because": true, "until": true, "while": true}

// clauseStarts begin a new clause after a comma; the tense of a date is
// not looked for past them.
var clauseStarts = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true, "though": true}

// pluperfect reports whether "had" comes within the four words before
// token k, with no punctuation between.
func (p *parser) pluperfect(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.t[j].kind == 'p' {
			return false
		}
		if p.t[j].l == "had" {
			return true
		}
	}
	return false
}

// tense guesses the tense around tokens [i, j): +1 future, -1 past, 0 not
// known, from the nearest tense marker in the same sentence.
func (p *parser) tense(i, j int) int {
	t, _ := p.tenseAt(i, j)
	return t
}

// tenseAt is tense with the index of the token that gave it (-1 when
// none did).
func (p *parser) tenseAt(i, j int) (int, int) {
	if p.fronted(i, j) {
		// "On Tuesday, the National Abortion Rights Action League plans
		// to ...": the main verb comes after the whole subject
		return p.tenseCue(i, j, 12, 20)
	}
	return p.tenseCue(i, j, 12, 8)
}

// fronted reports whether the expression over tokens [i, j) opens its
// sentence, alone or after a preposition, and a comma closes it: "In
// January, a bomb ...".
func (p *parser) fronted(i, j int) bool {
	if p.w(j) != "," {
		return false
	}
	if p.sentenceStart(i) {
		return true
	}
	switch p.w(i - 1) {
	case "on", "in", "by", "since", "until", "from", "at", "during", "before", "after":
		return i > 0 && p.t[i-1].isUpper() && p.sentenceStart(i-1)
	}
	return false
}

// secondBefore and secondAfter are the words around "a second" that make
// it a length of time ("for a second", "a second later") rather than an
// ordinal.
var secondBefore = map[string]bool{"for": true, "in": true, "within": true, "just": true, "only": true, "than": true, "every": true, "per": true, "split": true, "half": true}
var secondAfter = map[string]bool{"later": true, "ago": true, "earlier": true, "before": true, "after": true}

// attributionAfter reports whether the comma at k opens a trailing
// attribution: a few words and a verb of saying ("a presidency spokeswoman
// said", "officials told reporters").
func (p *parser) attributionAfter(k int) bool {
	for j := k + 1; j < len(p.t) && j <= k+6; j++ {
		if p.t[j].kind == 'p' {
			return false
		}
		if reportingVerbs[p.t[j].l] {
			return j > k+1
		}
	}
	return false
}

// tenseWithin is tense with the window of left and right tokens to search.
func (p *parser) tenseWithin(i, j, left, right int) int {
	t, _ := p.tenseCue(i, j, left, right)
	return t
}

// tenseCue is tenseWithin with the index of the token that gave the tense
// (-1 when none did).
func (p *parser) tenseCue(i, j, left, right int) (int, int) {
	best, bestD, bestK := 0, 1<<30, -1
	look := func(k, d int) bool {
		t := &p.t[k]
		if t.kind == 'p' && p.asciiQuote(k) {
			return true // ``...'', as AP wires write quotes: the quote ends the clause
		}
		if t.kind == 'p' {
			switch t.l {
			case ".", "!", "?", ";", "\"", "\u201c", "\u201d":
				if t.l == "." && k > 0 && p.t[k-1].kind == 'a' && (len(p.t[k-1].s) <= 4 && p.t[k-1].isUpper() || len(p.t[k-1].s) == 1) &&
					(monthWords[p.t[k-1].l] == 0 || monthAbbrev[p.t[k-1].l]) {
					return false // "Sept.", "Mr.", "a.m.", but not "in early May."
				}
				if t.l == "." && k > 0 && k+1 < len(p.t) && p.t[k-1].kind == 'd' && p.t[k+1].kind == 'd' && p.glued(k) && p.glued(k+1) {
					return false // a decimal point: "slowed to 2.6% in the fourth quarter"
				}
				return true
			}
			return false
		}
		v := 0
		switch {
		case deferralVerbs[t.l] && (p.w(k+1) == "to" || p.w(k+1) == "for" || p.w(k+1) == "until" || p.w(k+1) == "till" || p.w(k+1) == "beyond") &&
			!p.placeAfter(k+1):
			// "planned to leave", "set for Tuesday", "extended to Nov. 20",
			// "if delayed beyond April 30"; but "was moved to Hartwell" is a
			// move to a place
			v = 1
		case deferralVerbs[t.l] && k < i && i-k <= 5 && (p.w(i-1) == "until" || p.w(i-1) == "till" || p.w(i-1) == "to" || p.w(i-1) == "for") && p.wordsOnly(k+1, i-1):
			// "extended its deadline until Tuesday", "set sentencing for
			// Jan. 14": the object between
			v = 1
		case planVerbs[t.l] && (p.w(k-1) == "as" || asPlannedAdverbs[p.w(k-1)] && p.w(k-2) == "as"):
			// "began as previously planned Saturday night": the plan
			// came true, the tense is the clause's
			v = 0
		case planVerbs[t.l] && k < i && p.w(k-1) != "the" && p.w(k-1) != "a" && !(t.l == "plan" && !p.planVerb(k)):
			// "planned a large demonstration on Saturday": the date is
			// the plan's, ahead of the planning
			v = 1
		case t.l == "to" && (p.w(k-1) == "is" || p.w(k-1) == "are") && k+1 < len(p.t) && p.t[k+1].kind == 'a' && !p.t[k+1].isUpper():
			v = 1 // "is to resume trading Tuesday"
		case (t.l == "would" || t.l == "could") && p.reportedBefore(k):
			v = 1 // "said she would tour the area Wednesday", "said it could begin deliveries on Sunday": ahead of the saying
		case (t.l == "take" || t.l == "takes") && p.w(k+1) == "effect":
			v = 1 // "takes effect Friday": a schedule
		case (t.l == "beginning" || t.l == "starting") && k+2 == i && (p.w(k+1) == "on" || p.w(k+1) == "from") && p.w(k-1) == ",":
			v = 1 // "three days of national mourning, beginning on Wednesday": a schedule
		case (t.l == "early" || t.l == "soon") && p.w(k-1) == "as" && p.w(k+1) == "as":
			v = 1 // "as early as Tuesday"
		case futureMarkers[t.l]:
			v = 1
			if (t.l == "may" || t.l == "will") && t.isUpper() {
				v = 0
			}
			if t.l == "ll" && !(k > 0 && p.glued(k) && (p.w(k-1) == "'" || p.w(k-1) == "\u2019")) {
				v = 0
			}
			if t.l == "next" && p.w(k+1) == "to" {
				v = 0 // "next to the embassy"
			}
			if (t.l == "plan" || t.l == "plans" || t.l == "planning") && (p.w(k+1) != "to" || nounDeterminers[p.w(k-1)]) {
				v = 0 // "vacation plans", "the plan", "its plan to tackle": nouns
			}
		case (t.l == "was" || t.l == "were") && (futureMarkers[p.w(k+1)] || deferralVerbs[p.w(k+1)]) && (p.w(k+2) == "to" || p.w(k+2) == "for"):
			v = 1 // "were planning to drive Saturday", "was due to vote Monday"
		case pastMarkers[t.l]:
			v = -1
		case edForm(t.l) && !t.isUpper():
			v = -1
			b := k - 1
			if degreeAdverb(p.w(b)) {
				b-- // "a still unspecified date", "the newly elected mayor"
			}
			switch p.w(b) {
			case "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those":
				v = 0 // "the proposed merger": an adjective
			case "of", "for", "with", "from", "among":
				if k+1 < len(p.t) && p.t[k+1].kind == 'a' && !p.t[k+1].isUpper() {
					v = 0 // "a list of affected batches": an adjective before its noun
				}
			}
			switch p.w(b - 1) {
			case "would", "will", "could", "can", "to", "should", "might", "may":
				if k+1 < len(p.t) && p.t[k+1].kind == 'a' && !p.t[k+1].isUpper() {
					v = 0 // "would fly stranded travellers home": an adjective after the verb
				}
			}
			if k > 0 && p.t[k-1].kind == 'd' {
				v = 0 // "200 armed men"
			}
		}
		if v > 0 && p.pluperfect(k) {
			v = -1 // "had been due to expire Friday": a plan of the past
		}
		if (t.l == "has" || t.l == "have") && (p.w(k+1) == "until" || p.w(k+1) == "till") {
			v = 1 // "has until Monday to pay": a deadline ahead
		}
		if v < 0 && t.l != "was" && t.l != "were" && k > 0 {
			switch p.w(k - 1) {
			case "be", "being", "is", "are", "stay", "stays", "remain", "remains":
				v = 0 // a passive ("will be held") says nothing of the time
			}
		}
		if v != 0 && d < bestD {
			best, bestD, bestK = v, d, k
			return true
		}
		return false
	}
	// d counts words only: punctuation ("a.m.", commas) does not widen
	// the gap
	step := func(k, d int) int {
		if p.t[k].kind == 'p' {
			return d
		}
		return d + 1
	}
	k, d := i-1, 1
	for ; k >= 0 && d <= left; k, d = k-1, step(k, d) {
		if p.t[k+1].nl {
			break
		}
		if look(k, d) {
			break
		}
	}
	// No cue near a weekday: the clause's future may be further back in a
	// long sentence ("said Berlin would raise the issue with EU partners
	// at a meeting of economy ministers on Thursday"); look a little
	// further within the clause, up to a comma, for a cue of the future
	// only (a far past verb belongs to another clause more often than
	// not: "responded within hours by ordering six Canadian diplomats to
	// leave the country by Saturday"). Months read so on the dev sets
	// lose as much as they gain.
	if _, wd := weekdayWords[p.w(j-1)]; wd && best == 0 && d > left && left >= 12 && !p.punctBetween(k+1, i) {
		for ; k >= 0 && d <= left+8; k, d = k-1, step(k, d) {
			if p.t[k+1].nl || p.punctBetween(k, k+1) {
				break
			}
			if look(k, d) {
				if best < 0 {
					best, bestK = 0, -1
				}
				break
			}
		}
	}
	for k, d := j, 1; k < len(p.t) && d <= right && d < bestD; k, d = k+1, step(k, d) {
		if p.t[k].nl {
			break
		}
		if p.t[k].l == "," && clauseStarts[p.w(k+1)] {
			break // "rejected it on Tuesday, and will vote again": another clause
		}
		if p.t[k].l == "but" || p.t[k].l == "if" || p.t[k].l == "unless" {
			break // "would end it on Monday but warned ...", "on Sunday if guarantees held": another clause
		}
		if k == j && p.t[k].l == "that" {
			break // "told reporters in Vienna on Wednesday that the suspects would be sent": what was told
		}
		if p.t[k].l == "," && p.attributionAfter(k) {
			break // "will be sworn in on Thursday, a spokeswoman said": the saying is not the date's clause
		}
		if p.t[k].l == "," && p.inRelative(i) {
			break // "who were ordered to leave on Monday, are not likely to": the clause closes
		}
		if p.t[k].l == "who" || p.t[k].l == "which" {
			break // "On Tuesday, the official who will lead the talks said": a relative clause's verb is not the date's
		}
		if subordinators[p.t[k].l] {
			break // "would step down in December, two years after he took over": another clause's verb
		}
		if p.t[k].l == "and" && best != 0 {
			break // "held a vigil Thursday and were planning to ...": the verb before governs
		}
		if look(k, d) {
			break
		}
	}
	return best, bestK
}

// punctBetween reports whether a comma, colon, semicolon or dash lies in
// [from, to): a clause's or an apposition's edge (a bracket is not).
func (p *parser) punctBetween(from, to int) bool {
	for k := max(from, 0); k < to && k < len(p.t); k++ {
		switch p.t[k].l {
		case ",", ";", ":", "-", "–", "—":
			return true
		}
	}
	return false
}

// lexicalPast reports whether token k is a verb in the past tense that
// tells what happened ("sank", "arrested"), not an auxiliary, a verb of
// saying or an adverb ("had", "was", "said", "last"), which more often
// belong to something else than the date near them ("had been set to
// expire Nov. 6").
func (p *parser) lexicalPast(k int) bool {
	if k < 0 || k >= len(p.t) || p.t[k].kind != 'a' || p.t[k].isUpper() {
		return false
	}
	w := p.t[k].l
	if weakPast[w] || reportingVerbs[w] || deferralVerbs[w] {
		return false
	}
	return pastMarkers[w] || edForm(w)
}

// edForm reports whether a lower-cased word looks like a regular past
// form or participle ("arrested", "signed"; not "hundred", "indeed").
func edForm(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastED[w]
}

// weakPast are the past cues that are no event verbs.
var weakPast = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "has": true, "have": true, "been": true,
	"ago": true, "yesterday": true, "last": true, "since": true, "earlier": true, "said": true, "told": true,
}

// placeAfter reports whether the preposition at k ("to") is followed by a
// capitalised name that is no time word: "moved to Hartwell", "moved to New
// York" name a place, not a date.
func (p *parser) placeAfter(k int) bool {
	if p.w(k) != "to" || k+1 >= len(p.t) {
		return false
	}
	n := &p.t[k+1]
	if n.kind != 'a' || !n.isUpper() {
		return false
	}
	if monthWords[n.l] != 0 {
		return false
	}
	if _, ok := weekdayWords[n.l]; ok {
		return false
	}
	if _, ok := p.holiday(k + 1); ok {
		return false // "postponed to Christmas"
	}
	return true
}

// infinitiveBefore reports whether an infinitive ("to return", "not to
// leave") comes within the five words before token k, in the same clause:
// what someone was told or agreed to do lies ahead of the telling.
func (p *parser) infinitiveBefore(k int) bool {
	for j, n := k-1, 0; j > 0 && n < 5; j-- {
		if p.t[j].kind == 'p' {
			return false
		}
		n++
		if p.t[j].l == "to" && j+1 < k && p.t[j+1].kind == 'a' && !p.t[j+1].isUpper() && !nounDeterminers[p.w(j+1)] {
			return true
		}
	}
	return false
}

// wordsOnly reports whether tokens [a, b) are all words.
func (p *parser) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if p.t[k].kind == 'p' {
			return false
		}
	}
	return true
}

// asciiQuote reports whether token k is half of a doubled grave accent or
// apostrophe: the quote marks of wire copy, written with two of each.
func (p *parser) asciiQuote(k int) bool {
	l := p.t[k].l
	if l != "'" && l != "`" {
		return false
	}
	return k+1 < len(p.t) && p.t[k+1].l == l && p.glued(k+1) || k > 0 && p.t[k-1].l == l && p.glued(k)
}

// reportingVerbs report speech: a "would" after one of them is the future
// of the report ("said it would vote Tuesday").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "added": true,
	"promised": true, "insisted": true, "warned": true, "predicted": true, "signalled": true, "signaled": true,
}

// reportedBefore reports whether a reporting verb comes within the 20
// words before token k, in the same sentence.
func (p *parser) reportedBefore(k int) bool {
	return p.wordsBefore(k, 20, func(t *tok) (bool, bool) { return reportingVerbs[t.l], reportingVerbs[t.l] })
}

// wordsBefore walks back over the up to n words before token k in its
// sentence (punctuation skipped, a sentence end stops it), calling f on
// each until f reports done; it returns f's answer, or false.
func (p *parser) wordsBefore(k, n int, f func(t *tok) (done, answer bool)) bool {
	for j, c := k-1, 0; j >= 0 && c < n; j-- {
		t := &p.t[j]
		if t.kind == 'p' {
			if l := t.l; l == "." || l == ";" || l == "!" || l == "?" {
				return false
			}
			continue
		}
		c++
		if done, answer := f(t); done {
			return answer
		}
	}
	return false
}

// sentenceStart reports whether token i opens a sentence or a line.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.t[i].nl {
		return true
	}
	switch p.w(i - 1) {
	case ".", "!", "?", "\"", "\u201c":
		return true
	}
	return false
}

// inRelative reports whether token i is inside a relative clause opened
// by a comma and "who" or "which" earlier in the same stretch between
// commas ("Residents, who were ordered to leave on Monday, ..."), or by a
// comma and a past participle ("Under the deal, announced in Port Selene
// on Monday, investors will ...").
func (p *parser) inRelative(i int) bool {
	for j, n := i-1, 0; j > 0 && n < 12; j-- {
		t := &p.t[j]
		if t.kind == 'p' {
			switch t.l {
			case ".", ";", "!", "?", ",":
				return false
			}
			continue
		}
		n++
		if (t.l == "who" || t.l == "which") && p.w(j-1) == "," {
			return true
		}
		if p.w(j-1) == "," && !t.isUpper() && edForm(t.l) {
			return true
		}
	}
	return false
}

// possessive reports whether a possessive "'s" starts at token i, glued to
// the word before it ("the week's").
func (p *parser) possessive(i int) bool {
	return (p.w(i) == "'" || p.w(i) == "\u2019") && p.glued(i) && p.w(i+1) == "s" && p.glued(i+1)
}

// stateHolds reports whether the state that lasts until the date after
// token k ("until") still holds at the DCT: the clause before it is in the
// present perfect or the present ("has kept markets closed until",
// "remain shut until"), not in the past ("were closed until").
// Participles ("closed", "continued") are skipped, the auxiliary decides.
func (p *parser) stateHolds(k int) bool {
	return p.wordsBefore(k, 10, func(t *tok) (bool, bool) {
		switch t.l {
		case "has", "have", "is", "are", "remain", "remains", "stay", "stays":
			return true, true
		case "had", "was", "were", "did":
			return true, false
		}
		return pastMarkers[t.l] && t.l != "been", false
	})
}
