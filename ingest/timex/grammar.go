package timex

import (
	"strings"
	"time"
)

// cand is a candidate time expression over tokens [i, j).
type cand struct {
	i, j          int
	typ, val, mod string
	// date is the calendar value of a DATE that later anaphora ("a month
	// later", "the following year") may be anchored to; anchor says so.
	date   dval
	anchor bool
	// anchored is the calendar value a DURATION points to: "[two years]
	// later" after 1965 is P2Y anchored at "1967" (dossier.Timex.Anchored).
	anchored string
}

// parser holds the state of one Tag call: the tokens, the DCT and the
// narrative anchor (the last calendar date the text mentioned).
type parser struct {
	t         []tok
	dct       time.Time
	hasDCT    bool
	anchor    dval
	hasAnchor bool
	// fine is the last narrative anchor at month granularity or finer,
	// which "two days later" may fall back on when the anchor is a year
	// ("who had led the company since 2019, resigned two days later").
	fine    dval
	hasFine bool
	// lead is a year that opens its sentence ("Last year, ...", "In
	// 2019, ..."), and leadEnd the token after it: a month alone later in
	// that sentence is in that year.
	lead    dval
	leadEnd int
	hasLead bool
	// poss is a year with a possessive ("last year's election"), possEnd
	// the token after the "'s": a month and day in that noun phrase are in
	// that year ("last year's election on September 28").
	poss    int
	possEnd int
}

// possessedYear returns the year of a possessive year expression a few
// words before token i ("last year's parliamentary election on").
func (p *parser) possessedYear(i int) (int, bool) {
	if p.poss == 0 || p.possEnd > i || i-p.possEnd > 5 {
		return 0, false
	}
	for k := p.possEnd; k < i; k++ {
		if p.t[k].kind == 'p' || p.t[k].kind == 'd' {
			return 0, false
		}
	}
	return p.poss, true
}

// leadYear returns the year of a fronted year expression in the sentence
// of token i, before it.
func (p *parser) leadYear(i int) (int, bool) {
	if !p.hasLead || p.leadEnd > i {
		return 0, false
	}
	for k := p.leadEnd; k < i; k++ {
		if t := &p.t[k]; t.kind == 'p' && (t.l == "." || t.l == ";" || t.l == "!" || t.l == "?") || t.nl {
			return 0, false
		}
	}
	return p.lead.y, true
}

// setAnchor makes v the narrative anchor.
func (p *parser) setAnchor(v dval) {
	p.anchor, p.hasAnchor = v, true
	if v.g <= uMonth {
		p.fine, p.hasFine = v, true
	}
}

func (p *parser) w(i int) string {
	if i >= 0 && i < len(p.t) {
		return p.t[i].l
	}
	return ""
}

// glued reports whether token i follows token i-1 without white space.
func (p *parser) glued(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].sp }

// dctVal returns the DCT at granularity g, or an unknown value.
func (p *parser) dctVal(g unit) dval {
	if !p.hasDCT {
		return dval{g: g}
	}
	return fromTime(p.dct, g)
}

// ref returns the value anaphora resolve against: the narrative anchor if
// there is one, else the DCT. ok is false when neither is known.
func (p *parser) ref() (dval, bool) {
	if p.hasAnchor {
		return p.anchor, true
	}
	if p.hasDCT {
		return fromTime(p.dct, uDay), true
	}
	return dval{}, false
}

// resultGran is the granularity of "N units ago/later": the unit's own.
func resultGran(u unit) unit {
	switch u {
	case uDecade, uCentury:
		return uYear
	case uWeekend:
		return uWeek
	case uHour, uMinute, uSecond, uPartOfDay:
		return uDay
	}
	return u
}

// match returns the longest expression starting at token i.
func (p *parser) match(i int) (cand, bool) {
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.j > c.i && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	try(p.core(i))
	if p.w(i) == "the" && p.w(i+1) == "year" && p.w(i+2) == "-" && p.glued(i+2) && (p.w(i+3) == "earlier" || p.w(i+3) == "ago") {
		// "the year-earlier nine months": the compared stretch, a
		// duration as TimeBank annotates it, the article and the
		// comparison inside
		if c, ok := p.core(i + 4); ok && c.typ == "DURATION" && c.i == i+4 {
			c.i = i
			try(c, true)
		}
	}
	if mod, k, kind := p.prefix(i); k > 0 {
		c, ok := p.core(i + k)
		if ok {
			okKind := true
			switch kind {
			case pfxApprox:
				okKind = c.typ == "DURATION" || startsNumeric(p, i+k) || strings.HasSuffix(p.w(c.j-1), "ago")
			case pfxPoint:
				okKind = c.typ == "DATE" || c.typ == "TIME"
			case pfxPhase:
				okKind = c.typ != "SET" // "I've been late every day": lateness, not a phase
			}
			if okKind {
				c.i = i
				if kind == pfxPhase && p.w(i) == "the" && (p.w(i+1) == "early" || p.w(i+1) == "late" || p.w(i+1) == "mid") &&
					c.typ == "DATE" && (c.date.g == uMonth || c.date.g == uDay) {
					// "the late-November trip": the article is the noun's,
					// the phase and the month modify it (a decade keeps
					// its article: "the late 1980s")
					c.i = i + 1
				}
				if c.mod == "" {
					c.mod = mod
				}
				try(c, true)
			}
		}
	}
	if found && p.w(best.j) == "or" && p.w(best.j+1) == "so" && (best.typ == "DURATION" || best.typ == "DATE") {
		best.j += 2 // "the next year or so": the hedge is inside
	}
	if found && best.typ == "DATE" && best.date.known && best.date.g >= uDay {
		// "until 1994 or later", "for 1990 and beyond": an open-ended
		// date, one expression with the mod of its open end
		switch {
		case p.w(best.j) == "and" && p.w(best.j+1) == "beyond",
			p.w(best.j) == "or" && p.w(best.j+1) == "later" && p.endOfPhrase(best.j+2):
			best.j, best.mod = best.j+2, "ON_OR_AFTER"
		case p.w(best.j) == "or" && (p.w(best.j+1) == "earlier" || p.w(best.j+1) == "before") && p.endOfPhrase(best.j+2):
			best.j, best.mod = best.j+2, "ON_OR_BEFORE"
		}
	}
	if found && best.typ == "DURATION" && (p.w(best.j) == "or" || p.w(best.j) == "and") && plural(p.w(best.j-1)) {
		// "weeks or months", "in recent weeks and months": one duration
		// of unknown length, valued at the first unit
		if u, ok := p.unitAt(best.j + 1); ok && plural(p.w(best.j+1)) && u != uPartOfDay && u != uWeekend {
			best.j += 2
		}
	}
	if found && best.anchor && (p.w(best.i-1) == "ended" || p.w(best.i-1) == "ending") {
		// "the quarter ended Aug. 2": the date closes the period, which
		// stays what the story compares against ("a year earlier")
		if _, ok := p.unitAt(best.i - 2); ok || p.w(best.i-2) == "period" {
			best.anchor = false
		}
	}
	if found && best.typ == "DATE" && best.date.g == uQuarter && best.j == best.i+2 && p.w(best.i) == "the" &&
		(p.w(best.i+1) == "quarter" || p.w(best.i+1) == "period") && p.w(best.j) != "in" {
		// "the quarter a year ago": the quarter reported, one year back,
		// one expression as "the same period last year" is
		if k, ok := p.yearBack(best.j); ok {
			if best.date.known {
				best.date = best.date.shifted(uYear, -1, uQuarter)
			}
			best.j, best.val, best.anchor = best.j+k, best.date.String(), false
		}
	}
	if found && p.namesWork(best) {
		return best, false
	}
	// "high noon comes today": the idiom's moment of decision, no clock
	// time
	if found && p.w(best.i) == "noon" && best.j == best.i+1 && p.w(best.i-1) == "high" {
		return best, false
	}
	// "the March 23 Movement", "the 6 April Youth Movement": a date that
	// names a group is part of its name.
	if found && best.typ == "DATE" && p.namesGroup(best.j) {
		return best, false
	}
	if found && best.typ == "DATE" && (best.date.g == uMonth || best.date.g == uDay) && best.date.m > 0 {
		if v, k, ok := p.ofThatYear(best); ok {
			best.j, best.date, best.anchor, best.val = best.j+k, v, true, v.String()
		}
	}
	return best, found
}

// timeNouns are words of time expressions that style guides never
// capitalise: a capital letter on one of them inside a sentence marks a
// title ("60 Minutes", ABC's "This Week", "VOA Today", "High Noon").
// "Century", "Year" and "Night" are left out: "the 21st Century", "Saturday
// Night" are common styling.
var timeNouns = map[string]bool{
	"today": true, "tomorrow": true, "tonight": true, "yesterday": true, "noon": true, "midnight": true,
	"week": true, "weeks": true, "hour": true, "hours": true, "minute": true, "minutes": true, "second": true, "seconds": true,
	"daily": true, "weekly": true, "monthly": true, // "LA Weekly", "the Daily Telegraph"
}

// namesWork reports whether the expression c is (part of) the title of a
// programme or a work: a time noun in it is capitalised where a sentence
// does not start, in a line that is not a headline. Holidays ("Christmas
// Day") are names of days and stay.
func (p *parser) namesWork(c cand) bool {
	for k := c.i; k < c.j; k++ {
		t := &p.t[k]
		if t.kind != 'a' || !t.isUpper() || !timeNouns[t.l] {
			continue
		}
		if k == c.i && (k == 0 || t.nl || p.t[k-1].kind == 'p') {
			continue // "Today, ...", "(AP) -- Today": a sentence may start here
		}
		if _, ok := p.holiday(c.i); ok {
			return false
		}
		return !p.headline(k)
	}
	return false
}

// headline reports whether the line of token k is written in title case
// (most of its longer words capitalised), as headlines are.
func (p *parser) headline(k int) bool {
	s := k
	for s > 0 && !p.t[s].nl {
		s--
	}
	upper, words := 0, 0
	for e := s; e < len(p.t) && (e == s || !p.t[e].nl); e++ {
		if t := &p.t[e]; t.kind == 'a' && len(t.s) >= 4 {
			words++
			if t.isUpper() {
				upper++
			}
		}
	}
	return words > 0 && upper*10 >= words*7
}

// groupNames are the capitalised heads of names that may open with a
// date.
var groupNames = map[string]bool{
	"movement": true, "party": true, "front": true, "brigade": true, "brigades": true,
	"coalition": true, "alliance": true, "youth": true, "organization": true, "organisation": true,
}

// namesGroup reports whether the capitalised words from token j on end in
// a group's name head ("Movement", "Youth Movement").
func (p *parser) namesGroup(j int) bool {
	for k := j; k < len(p.t) && k < j+2 && p.t[k].kind == 'a' && p.t[k].isUpper(); k++ {
		if groupNames[p.w(k)] {
			return true
		}
	}
	return false
}

// ofThatYear reads "of that year", "that same year", "of the following
// year" after a month or day without a year of its own ("in October of
// that year"): the year is the narrative's (or the one after or before
// it), not the DCT's. It returns the date and the tokens read.
func (p *parser) ofThatYear(c cand) (dval, int, bool) {
	for k := c.i; k < c.j; k++ {
		if p.t[k].kind == 'd' && len(p.t[k].s) == 4 {
			return dval{}, 0, false // "October 2021 of ...": it has its year
		}
	}
	k := c.j
	if p.w(k) == "of" {
		k++
	}
	shift := 0
	switch {
	case p.w(k) == "that" && p.w(k+1) == "year":
		k += 2
	case p.w(k) == "that" && p.w(k+1) == "same" && p.w(k+2) == "year":
		k += 3
	case p.w(k) == "the" && p.w(k+2) == "year":
		switch p.w(k + 1) {
		case "same":
		case "following", "next":
			shift = 1
		case "previous":
			shift = -1
		default:
			return dval{}, 0, false
		}
		k += 3
	default:
		return dval{}, 0, false
	}
	r, ok := p.ref()
	if !ok || !r.known {
		return dval{}, 0, false
	}
	v := c.date
	v.y, v.known = r.y+shift, true
	return v, k - c.j, true
}

func startsNumeric(p *parser, i int) bool {
	if i < len(p.t) && p.t[i].kind == 'd' {
		return true
	}
	_, ok := numberWords[p.w(i)]
	return ok
}

const (
	pfxPhase = iota + 1 // early, late, mid, the end of
	pfxApprox
	pfxPoint // "around Nov. 1": only before a date
)

// prefix reads a modifier that may precede a time expression and returns
// its TIMEX3 mod, its length in tokens and its kind.
func (p *parser) prefix(i int) (string, int, int) {
	w := p.w(i)
	k := 0
	if w == "the" {
		k = 1
		w = p.w(i + 1)
	}
	switch w {
	case "early", "late":
		m := "START"
		if w == "late" {
			m = "END"
		}
		if p.w(i+k+1) == "-" && p.glued(i+k+1) {
			return m, k + 2, pfxPhase
		}
		return m, k + 1, pfxPhase
	case "mid":
		if p.w(i+k+1) == "-" && p.glued(i+k+1) {
			return "MID", k + 2, pfxPhase
		}
		return "MID", k + 1, pfxPhase
	case "earlier", "later":
		// "earlier this year", "later that day", "earlier in the year":
		// inside the expression, as TimeBank and MEANTIME annotate
		if k > 0 {
			break
		}
		m := "START"
		if w == "later" {
			m = "END"
		}
		switch p.w(i + 1) {
		case "this", "that":
			if p.w(i+2) != "week" { // annotators leave it out of "earlier this week"
				return m, 1, pfxPhase
			}
		case "today", "tonight", "yesterday", "tomorrow":
			return m, 1, pfxPhase
		case "in":
			// "later in [the day]" and "[the week]" are annotated without
			// the phase word, "earlier in the year" with it
			if p.w(i+2) == "the" && p.w(i+3) != "day" && p.w(i+3) != "week" {
				return m, 2, pfxPhase
			}
		}
	case "middle", "end", "beginning", "start", "close", "turn":
		if w == "end" && k == 0 && p.w(i+1) == "-" && p.glued(i+1) && p.glued(i+2) {
			// "end-2012", "end-March", as business news writes them
			if _, ok := p.yearAt(i + 2); ok {
				return "END", 2, pfxPhase
			}
			if _, _, ok := p.monthAt(i + 2); ok {
				return "END", 2, pfxPhase
			}
		}
		if p.w(i+k+1) == "of" {
			m := map[string]string{"middle": "MID", "end": "END", "beginning": "START", "start": "START", "close": "END", "turn": "START"}[w]
			return m, k + 2, pfxPhase
		}
	}
	if k == 1 {
		return "", 0, 0
	}
	switch w {
	case "around":
		// "to be completed around Nov. 1", "close around year end"; not
		// after a verb it forms a phrase with ("get around Wednesday's
		// ruling")
		if !aroundVerbs[p.w(i-1)] {
			if _, _, ok := p.number(i + 1); !ok {
				return "APPROX", 1, pfxPoint
			}
		}
	case "over":
		// "in over six years", "to last over a week", "just over an
		// hour": a count after "over" that follows a preposition or a
		// verb of lasting is inside the expression, as annotated ("used
		// over three years" is a span of time, read without "over")
		if _, _, ok := p.number(i + 1); !ok || !overBefore[p.w(i-1)] {
			return "", 0, 0
		}
		return "MORE_THAN", 1, pfxApprox
	case "more", "very":
		// "more recently", "very soon": the adverb belongs to the
		// expression
		if r := p.w(i + 1); r == "recently" || r == "soon" && w == "very" {
			return "", 1, pfxPhase
		}
	}
	switch w {
	case "around", "approximately", "roughly", "some", "almost", "nearly":
		m := "APPROX"
		switch w {
		case "almost", "nearly":
			m = "LESS_THAN"
		}
		return m, 1, pfxApprox
	case "more", "less", "fewer":
		if p.w(i+1) == "than" {
			if w == "more" {
				return "MORE_THAN", 2, pfxApprox
			}
			return "LESS_THAN", 2, pfxApprox
		}
	case "at":
		switch p.w(i + 1) {
		case "least":
			return "EQUAL_OR_MORE", 2, pfxApprox
		case "most":
			return "EQUAL_OR_LESS", 2, pfxApprox
		}
	case "up":
		if p.w(i+1) == "to" {
			return "EQUAL_OR_LESS", 2, pfxApprox
		}
	case "no":
		if (p.w(i+1) == "more" || p.w(i+1) == "less") && p.w(i+2) == "than" {
			return "EQUAL_OR_LESS", 3, pfxApprox
		}
	}
	return "", 0, 0
}

// aroundVerbs take "around" as a particle ("get around", "turned around").
var aroundVerbs = map[string]bool{"get": true, "gets": true, "got": true, "getting": true, "come": true, "comes": true, "came": true, "coming": true, "turn": true, "turns": true, "turned": true, "turning": true, "work": true, "worked": true, "way": true, "ways": true, "all": true, "look": true, "looked": true, "go": true, "went": true}

// overBefore holds the words after which "over" and a count read as "more
// than" that count.
var overBefore = map[string]bool{"in": true, "for": true, "just": true, "last": true, "lasted": true, "lasting": true, "lasts": true, "took": true, "take": true, "takes": true, "within": true}

// core tries every expression family at token i and keeps the longest.
func (p *parser) core(i int) (cand, bool) {
	if i >= len(p.t) {
		return cand{}, false
	}
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.j > c.i && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	try(p.refWord(i))
	try(p.absolute(i))
	try(p.relative(i))
	try(p.duration(i))
	try(p.set(i))
	try(p.clock(i))
	try(p.ordinalDay(i))
	try(p.prePostYear(i))
	try(p.namedDay(i))
	try(p.atTheTime(i))
	try(p.thePartOfDay(i))
	try(p.sessionTime(i))
	return best, found
}

// pointPrepositions before "the morning", "the evening" make it a part of
// the day the story is on: "fell in the afternoon", "ran late into the
// evening", "stretched through the night".
var pointPrepositions = map[string]bool{"in": true, "into": true, "during": true, "through": true, "throughout": true}

// sessionNouns after "morning" or "afternoon" make a market session of the
// day the story is on: "rose in morning trading".
var sessionNouns = map[string]bool{"trading": true, "trade": true, "dealings": true, "dealing": true}

// sessionTime reads "morning" in "in morning trading", "during afternoon
// trade": a TIME on the DCT's day, the trading day a market story reports
// (a date named before is more often a record or payment date than the
// session's), the part of the day alone (the noun is outside), as
// MEANTIME annotates it.
func (p *parser) sessionTime(i int) (cand, bool) {
	c := cand{i: i, j: i + 1, typ: "TIME"}
	if p.w(i-1) != "in" && p.w(i-1) != "during" || i+1 >= len(p.t) || !sessionNouns[p.w(i+1)] || p.t[i].isUpper() && !p.sentenceStart(i) {
		return c, false
	}
	pod, ok := partOfDayWords[p.w(i)]
	if !ok || plural(p.w(i)) || pod == "NI" {
		return c, false
	}
	c.val = p.dctVal(uDay).String() + "T" + pod
	return c, true
}

// thePartOfDay reads "the afternoon" after one of pointPrepositions and
// closing its phrase (before punctuation, a conjunction or "to", "with",
// "before"...: "placed orders in the morning to start") as a TIME on the day the story is on (the narrative
// anchor when it is a day, else the DCT). "in the morning of May 2" and
// "the evening news" are not read.
func (p *parser) thePartOfDay(i int) (cand, bool) {
	c := cand{i: i, j: i + 2, typ: "TIME"}
	if p.w(i) != "the" || !pointPrepositions[p.w(i-1)] || i+1 >= len(p.t) || p.t[i+1].isUpper() {
		return c, false
	}
	pod, ok := partOfDayWords[p.w(i+1)]
	if !ok || plural(p.w(i+1)) {
		return c, false
	}
	if i+2 < len(p.t) {
		switch p.w(i + 2) {
		case ",", ".", ";", ")", "\"", "\u201d", "and", "but", "to", "when", "as", "before", "after", "while", "until", "with":
		default:
			return c, false
		}
	}
	d := p.dctVal(uDay)
	if p.hasAnchor && p.anchor.known && p.anchor.g == uDay {
		d = p.anchor
	}
	c.val = d.String() + "T" + pod
	return c, true
}

// atTheTime reads "the time" in "at the time," closing a clause or opening
// a sentence: the time the story is telling, the narrative anchor when the
// text named a date, else a past time of unknown value (PAST_REF). "at
// the time he was captured" and "at the same time" are not read.
func (p *parser) atTheTime(i int) (cand, bool) {
	c := cand{i: i, j: i + 2, typ: "DATE"}
	if p.w(i) != "the" || p.w(i+1) != "time" || p.w(i-1) != "at" || i+2 > len(p.t) {
		return c, false
	}
	if i+2 < len(p.t) {
		switch p.w(i + 2) {
		case ",", ".", ";", ")", "\"", "\u201d", "'":
		default:
			return c, false
		}
	}
	c.val = "PAST_REF"
	if p.hasAnchor && p.anchor.known {
		c.val = p.anchor.String()
	}
	return c, true
}

// prePostYear reads "post-1959", "pre-1990": the year, with the mod AFTER
// or BEFORE ("the post-1959 politics").
func (p *parser) prePostYear(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	w := p.w(i)
	if (w != "post" && w != "pre") || p.w(i+1) != "-" || !p.glued(i+1) || !p.glued(i+2) {
		return c, false
	}
	y, ok := p.yearAt(i + 2)
	if !ok || p.glued(i+3) && p.t[i+3].kind != 'p' {
		return c, false
	}
	c.mod = "AFTER"
	if w == "pre" {
		c.mod = "BEFORE"
	}
	v := dval{y: y, g: uYear, known: true}
	c.j, c.val = i+3, v.String()
	return c, true
}

// ordinalDay reads "the second day", "a third straight day": the day the
// story is on (the narrative anchor, else the DCT), counted in a run of
// days ("for a second consecutive day", "today is the eighth day of the
// strike"). "The first day" is left out: it mostly opens a span of its own
// ("his first day in office").
func (p *parser) ordinalDay(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	j := i
	article := p.w(i) == "the" || p.w(i) == "a"
	if article {
		j++
	}
	o, ok := ordinalWords[p.w(j)]
	if !ok || o < 2 {
		return c, false
	}
	j++
	switch p.w(j) {
	case "straight", "consecutive", "successive":
		j++
	}
	u, ok := unitWords[p.w(j)]
	if !ok || u != uDay && u != uWeek || plural(p.w(j)) {
		return c, false
	}
	if !article && !(p.w(j+1) == "in" && p.w(j+2) == "a" && p.w(j+3) == "row") {
		return c, false // without an article only "fourth week in a row"
	}
	v := p.dctVal(u)
	if r, ok := p.ref(); ok && p.hasAnchor && r.g <= uDay {
		v = r.shifted(u, 0, u)
	}
	c.j, c.val = j+1, v.String()
	return c, true
}

// ---- numbers ----

// number reads a count: digits, number words ("twenty-five", "a", "an"),
// or a vague quantity ("several", "a few": n = -1). k is its length.
func (p *parser) number(i int) (n, k int, ok bool) {
	if i >= len(p.t) {
		return 0, 0, false
	}
	t := p.t[i]
	if t.kind == 'd' {
		if t.num < 0 || len(t.s) > 5 {
			return 0, 0, false
		}
		// "1,000" or "1.5": not a plain count
		if (p.w(i+1) == "," || p.w(i+1) == ".") && p.glued(i+1) && i+2 < len(p.t) && p.t[i+2].kind == 'd' && p.glued(i+2) {
			return 0, 0, false
		}
		if i > 0 && p.glued(i) && (p.t[i-1].kind == 'a' || p.t[i-1].kind == 'd' || p.w(i-1) == "." || p.w(i-1) == ",") {
			return 0, 0, false
		}
		return t.num, 1, true
	}
	w := t.l
	if w == "a" || w == "an" {
		if p.w(i+1) == "few" {
			return -1, 2, true
		}
		if p.w(i+1) == "couple" && p.w(i+2) == "of" {
			return 2, 3, true
		}
		if p.w(i+1) == "dozen" {
			return 12, 2, true
		}
		if p.w(i+1) == "hundred" {
			return 100, 2, true // "almost a hundred years"
		}
		return 1, 1, true
	}
	if vagueQuantity[w] {
		return -1, 1, true
	}
	if w == "couple" && p.w(i+1) == "of" {
		return 2, 2, true // "the next couple of years"
	}
	if v, ok := numberWords[w]; ok {
		k = 1
		if v >= 20 && v < 100 {
			j := i + 1
			if p.w(j) == "-" && p.glued(j) {
				j++
			}
			if u, ok := numberWords[p.w(j)]; ok && u < 10 && p.w(j) != "a" && p.w(j) != "an" {
				v += u
				k = j - i + 1
			}
		}
		if p.w(i+k) == "hundred" {
			v *= 100
			k++
		}
		if p.w(i+k) == "thousand" {
			v *= 1000 // "more than two thousand years"
			k++
		}
		return v, k, true
	}
	if w == "single" && p.w(i+1) == "-" && p.glued(i+1) && p.glued(i+2) {
		if u, ok := unitWords[p.w(i+2)]; ok && !plural(p.w(i+2)) && u != uPartOfDay {
			return 1, 1, true // "the worst single-day decline"
		}
	}
	return 0, 0, false
}

// unitAt reads a unit word at i.
func (p *parser) unitAt(i int) (unit, bool) {
	u, ok := unitWords[p.w(i)]
	return u, ok
}

// ---- single words and fixed references ----

func (p *parser) refWord(i int) (cand, bool) {
	w := p.w(i)
	c := cand{i: i, j: i + 1, typ: "DATE"}
	switch w {
	case "some":
		// "some time ago": some time before the DCT ("long ago", "not that
		// long ago" are left out, as TimeBank leaves them)
		if p.w(i+1) == "time" && p.w(i+2) == "ago" {
			c.j, c.val = i+3, "PAST_REF"
			return c, true
		}
		if p.w(i+1) == "time" && (p.w(i-1) == "for" || p.w(i-1) == "in") {
			c.typ, c.j, c.val = "DURATION", i+2, "PXX" // "for some time", as "for a while"
			return c, true
		}
		return c, false
	case "now", "currently", "nowadays":
		if w == "now" && p.t[i].isUpper() && p.w(i+1) == "," {
			return c, false // "Now, he says, ...": a discourse marker
		}
		if p.w(i+1) == "-" && p.glued(i+1) {
			return c, false // "the now-cancelled deal": part of an adjective
		}
		c.val = "PRESENT_REF"
		return c, true
	case "overnight":
		// "prices fell overnight", "overnight losses in New York": the
		// night before the DCT; not the money-market term or "an
		// overnight stay"
		if p.w(i-1) == "an" || overnightNot[p.w(i+1)] {
			return c, false
		}
		d := p.dctVal(uDay)
		if p.hasAnchor && p.anchor.g == uDay && p.anchor.known {
			d = p.anchor.shifted(uDay, -1, uDay) // the night before the story's day
		} else if p.hasDCT {
			d = fromTime(p.dct.AddDate(0, 0, -1), uDay)
		}
		c.typ, c.val = "TIME", d.String()+"TNI"
		return c, true
	case "a", "an":
		if w == "a" && p.w(i+1) == "generation" {
			// "a generation ago": some time before the DCT; "for a
			// generation", "within a generation": a span of unknown years
			if p.w(i+2) == "ago" {
				c.j, c.val = i+3, "PAST_REF"
				return c, true
			}
			switch p.w(i - 1) {
			case "for", "within", "in", "over":
				c.typ, c.j, c.val = "DURATION", i+2, "PXY"
				return c, true
			}
			return c, false
		}
		if w == "a" && p.w(i+1) == "long" && p.w(i+2) == "time" && (p.w(i+3) == "ago" || p.w(i+3) == "back") {
			c.j, c.val = i+4, "PAST_REF" // "a long time ago"
			return c, true
		}
		if w == "a" && p.w(i+1) == "while" {
			// "for a while", "a while ago": a stretch of unknown length
			switch p.w(i + 2) {
			case "ago", "back":
				c.j, c.val = i+3, "PAST_REF"
				return c, true
			}
			switch p.w(i - 1) {
			case "for", "in", "after", "quite", "little", "take", "takes", "took":
				c.typ, c.j, c.val = "DURATION", i+2, "PXX"
				return c, true
			}
			return c, false
		}
		// "at a later date", "an earlier time": an unnamed time after or
		// before the one in view
		if n := p.w(i + 2); n == "date" || n == "time" || n == "stage" {
			switch p.w(i + 1) {
			case "later":
				c.j, c.val = i+3, "FUTURE_REF"
				return c, true
			case "earlier":
				c.j, c.val = i+3, "PAST_REF"
				return c, true
			}
		}
	case "recently", "lately":
		c.val = "PAST_REF"
		return c, true
	case "soon":
		if p.w(i+1) == "after" || p.w(i+1) == "as" || p.w(i-1) == "as" || p.w(i-1) == "too" || p.w(i+1) == "-" && p.glued(i+1) {
			return c, false // "the soon-to-open terminal" is an adjective
		}
		if p.tenseWithin(i, i+1, 1, 1) < 0 {
			return c, false // "was soon released", "soon became": after, in a past story
		}
		c.val = "FUTURE_REF"
		return c, true
	case "morning", "afternoon", "evening":
		// "mid-afternoon", "late morning yesterday": a part of the DCT's
		// day, or of the day named after it; match adds the mod
		prev := p.w(i - 1)
		if prev == "-" {
			prev = p.w(i - 2)
		}
		if prev != "mid" && prev != "early" && prev != "late" {
			return c, false
		}
		d := p.dctVal(uDay)
		c.typ = "TIME"
		switch p.w(i + 1) {
		case "today", "yesterday", "tomorrow":
			dc, _ := p.deicticDay(i + 1)
			d, c.j = dc.date, i+2
		}
		c.val = d.String() + "T" + partOfDayWords[w]
		return c, true
	case "current":
		// "the current market conditions", "his current wife": the present
		// as an attribute; "the current quarter" is read by deictic, and
		// "current" as a noun (electric, ocean) or in "current account"
		// is no time
		n := i + 1
		if n < len(p.t) && p.t[n].kind == 'a' && !p.t[n].isUpper() && p.t[i].sp && !currentNot[p.w(n)] {
			c.val = "PRESENT_REF"
			return c, true
		}
	case "these":
		if p.w(i+1) == "days" {
			c.j, c.val = i+2, "PRESENT_REF"
			return c, true
		}
	case "present":
		if p.w(i-1) == "at" {
			c.val = "PRESENT_REF"
			return c, true
		}
	case "recent", "coming", "future", "past":
		// "in recent years", "in coming weeks": an unknown stretch
		if u, ok := p.unitAt(i + 1); ok && plural(p.w(i+1)) && u != uPartOfDay {
			c.j, c.typ, c.val = i+2, "DURATION", durationValue(-1, u, false)
			if w == "future" {
				c.typ, c.val = "DATE", "FUTURE_REF"
			}
			return c, true
		}
		if w == "recent" && p.w(i+1) == "times" {
			c.j, c.val = i+2, "PAST_REF"
			return c, true
		}
		if w == "recent" && p.w(i-1) != "most" && p.w(i-1) != "more" && i+1 < len(p.t) && p.t[i+1].kind == 'a' {
			c.val = "PAST_REF" // "the recent sale", "recent declines"
			return c, true
		}
	case "the":
		switch p.w(i + 1) {
		case "past":
			c.j, c.val = i+2, "PAST_REF"
			return c, true
		case "future":
			c.j, c.val = i+2, "FUTURE_REF"
			return c, true
		case "near", "foreseeable":
			if p.w(i+2) == "future" {
				c.j, c.val = i+3, "FUTURE_REF"
				return c, true
			}
			if p.w(i+1) == "near" && p.w(i+2) == "term" {
				c.j, c.val = i+3, "FUTURE_REF"
				return c, true
			}
		case "short", "long", "medium":
			if p.w(i+2) == "term" && (p.w(i-1) == "in" || p.w(i-1) == "over" || p.w(i-1) == "for") {
				c.j, c.val = i+3, "FUTURE_REF"
				return c, true
			}
		case "years", "decades", "centuries":
			if p.w(i-1) == "over" || p.w(i-1) == "through" {
				u, _ := p.unitAt(i + 1)
				c.j, c.typ, c.val = i+2, "DURATION", durationValue(-1, u, false)
				return c, true
			}
		case "recent", "distant":
			if p.w(i+2) == "past" {
				c.j, c.val = i+3, "PAST_REF"
				return c, true
			}
		}
	case "this":
		if p.w(i+1) == "day" && p.w(i-1) == "to" {
			c.j, c.val = i+2, "PRESENT_REF"
			return c, true
		}
	case "today", "tomorrow", "yesterday", "tonight":
		if (w == "today" || w == "tomorrow") && (p.w(i+1) == "'" || p.w(i+1) == "\u2019") && p.w(i+2) == "s" {
			// "today's world", "tomorrow's leaders": the present or the
			// future in general, not the day
			n := i + 3
			for n < len(p.t) && p.t[n].kind == 'a' && !genericNouns[p.w(n)] && strings.HasSuffix(p.w(n), "al") {
				n++ // "today's personal computers"
			}
			if genericNouns[p.w(n)] {
				return c, false
			}
		}
		return p.deicticDay(i)
	}
	return c, false
}

// overnightNot after "overnight" make it a money-market or travel term.
var overnightNot = map[string]bool{
	"rate": true, "rates": true, "repo": true, "deposit": true, "deposits": true, "lending": true,
	"loan": true, "loans": true, "index": true, "bag": true, "stay": true, "stays": true,
	"sensation": true, "success": true, "funds": true, "money": true, "interbank": true, "-": true,
}

// genericNouns after "today's" or "tomorrow's" make the present or the
// future in general ("today's youth", "tomorrow's world").
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true,
	"kids": true, "young": true, "economy": true, "standards": true, "terms": true,
	"dollars": true, "technology": true, "computers": true, "consumers": true, "families": true,
	"politics": true, "culture": true, "leaders": true, "students": true, "women": true,
	"men": true, "market": true, "markets": true, "media": true, "age": true, "era": true,
}

// currentNot are the words after which "current" is no time expression:
// a noun current, the balance of payments, function words.
var currentNot = map[string]bool{
	"account": true, "accounts": true, "and": true, "or": true, "of": true, "in": true, "is": true,
	"was": true, "flows": true, "flow": true, "that": true, "which": true, "affairs": true,
	"assets": true, "liabilities": true,
}

// deicticDay reads today, tomorrow, yesterday, tonight, optionally with a
// part of the day ("yesterday afternoon").
func (p *parser) deicticDay(i int) (cand, bool) {
	off := map[string]int{"today": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0}[p.w(i)]
	c := cand{i: i, j: i + 1, typ: "DATE"}
	d := p.dctVal(uDay)
	if p.hasDCT {
		d = fromTime(p.dct.AddDate(0, 0, off), uDay)
	}
	c.date, c.anchor, c.val = d, p.hasDCT, d.String()
	if p.w(i) == "tonight" {
		c.typ, c.val = "TIME", d.String()+"TNI"
		return c, true
	}
	if pod, ok := partOfDayWords[p.w(i+1)]; ok && !plural(p.w(i+1)) {
		c.j, c.typ, c.val = i+2, "TIME", d.String()+"T"+pod
	}
	return c, true
}

// ---- absolute dates ----

// monthAt reads a month name (with the dot of an abbreviation) at i.
// strict asks for the context that makes "May" or "march" a month.
func (p *parser) monthAt(i int) (m, k int, ok bool) {
	if i >= len(p.t) || p.t[i].kind != 'a' {
		return 0, 0, false
	}
	w := p.w(i)
	m, ok = monthWords[w]
	if !ok {
		return 0, 0, false
	}
	k = 1
	if monthAbbrev[w] {
		if p.w(i+1) == "." && p.glued(i+1) {
			k = 2
		} else if w != "sept" && !(i+1 < len(p.t) && p.t[i+1].kind == 'd') {
			return 0, 0, false // "mar", "dec", "jan" alone are rarely months
		}
		if !p.t[i].isUpper() {
			return 0, 0, false
		}
	}
	if w == "may" || w == "march" || w == "august" {
		if !p.t[i].isUpper() {
			return 0, 0, false // "this may", "this august body"
		}
	}
	return m, k, true
}

// dayAt reads a day of month at i: "8", "08", "8th".
func (p *parser) dayAt(i int) (d, k int, ok bool) {
	if i >= len(p.t) || p.t[i].kind != 'd' || len(p.t[i].s) > 2 {
		return 0, 0, false
	}
	d = p.t[i].num
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	k = 1
	switch p.w(i + 1) {
	case "st", "nd", "rd", "th":
		if p.glued(i + 1) {
			k = 2
		}
	}
	// "8:30", "8.5", "8%"; a colon ending a dateline ("on Monday, Oct.
	// 26:") is no clock
	if n := p.w(i + k); p.glued(i+k) && (n == "%" || (n == ":" || n == "." || n == ",") && i+k+1 < len(p.t) && p.t[i+k+1].kind == 'd' && p.glued(i+k+1)) {
		return 0, 0, false
	}
	return d, k, true
}

// spokenDay reads a day of the month written as an ordinal word after a
// month, as broadcast transcripts have it: "March eighth", "May
// twenty-first", "June thirty first". Not before a noun it counts ("the
// March first quarter") or a hyphen ("May first-half").
func (p *parser) spokenDay(i int) (d, k int, ok bool) {
	if i >= len(p.t) || p.t[i].kind != 'a' || p.t[i].isUpper() {
		return 0, 0, false
	}
	switch p.w(i) {
	case "twenty", "thirty":
		tens := 20
		if p.w(i) == "thirty" {
			tens = 30
		}
		j := i + 1
		if p.w(j) == "-" && p.glued(j) {
			j++
		}
		o, isOrd := ordinalWords[p.w(j)]
		if !isOrd || o > 9 || tens+o > 31 {
			return 0, 0, false
		}
		d, k = tens+o, j+1-i
	default:
		o, isOrd := ordinalWords[p.w(i)]
		if !isOrd {
			return 0, 0, false
		}
		d, k = o, 1
	}
	switch n := p.w(i + k); n {
	case "-", "quarter", "quarters", "half", "time", "place", "round", "week", "day", "year", "anniversary":
		return 0, 0, false
	}
	return d, k, true
}

// yearAt reads a four-digit year at i (1000-2199).
func (p *parser) yearAt(i int) (y int, ok bool) {
	if i >= len(p.t) || p.t[i].kind != 'd' || len(p.t[i].s) != 4 {
		return 0, false
	}
	y = p.t[i].num
	if y < 1000 || y > 2199 {
		return 0, false
	}
	if i > 0 && p.glued(i) {
		switch p.w(i - 1) {
		case "$", "#", "£", "€", ".", ",", ":":
			return 0, false
		case "/":
			if p.glued(i - 1) {
				return 0, false // a path: "example.com/2013/05"
			}
		}
		if p.t[i-1].kind == 'a' || p.t[i-1].kind == 'd' {
			return 0, false
		}
	}
	if n := p.w(i + 1); p.glued(i+1) && (n == "%" || n == ":" || (n == "," || n == ".") && i+2 < len(p.t) && p.t[i+2].kind == 'd' && p.glued(i+2)) {
		return 0, false
	}
	return y, true
}

// plausibleBareYear checks the context of a year standing alone.
func (p *parser) plausibleBareYear(i int) bool {
	y := p.t[i].num
	prev := p.w(i - 1)
	if (prev == "about" || prev == "around" || prev == "circa") && yearPrepositions[p.w(i-2)] {
		prev = p.w(i - 2) // "since about 1750": the hedge stays outside
	}
	switch prev {
	case "in", "since", "from", "until", "till", "by", "of", "to", "between", "and", "during", "before", "after", "year", "fiscal", "early", "late", "mid", "-", "\u2013", "\u2014", "(", "through", "around", "circa", "c", "summer", "spring", "winter", "autumn", "fall", "than", "for", "at", "or", "the":
	default:
		if y < 1800 {
			return false
		}
		if i > 0 && p.t[i-1].kind == 'd' {
			return false
		}
		if _, isNum := numberWords[prev]; isNum && prev != "a" {
			return false
		}
		if prev == "$" || prev == "no" || prev == "number" || prev == "about" || prev == "some" || prev == "nearly" || prev == "over" {
			return false
		}
	}
	if y < 1500 && prev != "in" && prev != "since" && prev != "year" && prev != "until" && prev != "from" {
		return false
	}
	next := p.w(i + 1)
	switch next {
	case "percent", "per", "people", "men", "women", "troops", "soldiers", "members", "persons", "residents", "gmt", "utc", "hours", "hrs", "km", "miles", "meters", "metres", "feet", "tons", "tonnes", "dollars", "euros", "pounds", "units", "shares", "cars", "jobs", "pages", "words", "times", "kg", "mm", "cm", "m", "index":
		return false
	}
	if next == "s" && p.glued(i+1) {
		return true
	}
	if y >= 1900 && y <= 2099 && (prev == "s" && (p.w(i-2) == "'" || p.w(i-2) == "\u2019") || prev == "its" || prev == "their" || prev == "his" || prev == "her" || prev == "our") {
		return true // "the company's 2012 results", "its 2013 accounts"
	}
	if y >= 1900 && y <= 2099 && yearNouns[next] {
		return true // "2004 results", "its hopes for 2005 sales"
	}
	if prev != "the" && i+1 < len(p.t) && p.t[i+1].kind == 'a' && !p.t[i+1].isUpper() && strings.HasSuffix(next, "s") && len(next) > 3 && !strings.HasSuffix(next, "ss") && !strings.HasSuffix(next, "us") && !strings.HasSuffix(next, "is") && next != "was" && next != "has" && next != "this" && next != "its" && next != "his" && next != "as" && next != "does" && next != "goes" && next != "remains" && next != "becomes" && next != "comes" && next != "marks" && next != "sees" && next != "saw" {
		return false // "2000 troops"
	}
	return true
}

// yearPrepositions may stand before a hedged year ("since about 1750").
var yearPrepositions = map[string]bool{"in": true, "since": true, "from": true, "until": true, "by": true, "before": true, "after": true}

// yearNouns are plural nouns a year names the period of ("2004 results",
// "2005 sales"), where a count would not stand ("2000 troops" is a count).
var yearNouns = map[string]bool{
	"sales": true, "results": true, "earnings": true, "revenues": true, "profits": true, "losses": true,
	"figures": true, "levels": true, "finals": true, "elections": true, "accounts": true, "forecasts": true,
	"estimates": true, "budgets": true, "targets": true, "games": true, "olympics": true, "championships": true,
	"protests": true, "riots": true, "talks": true, "polls": true, "shipments": true, "deliveries": true,
	"exports": true, "imports": true, "dividends": true, "bonuses": true, "models": true, "editions": true,
	"totals": true, "returns": true, "gains": true, "attacks": true, "bombings": true,
}

// absolute reads calendar dates: "January 20, 2026", "20 January 2026",
// "September 2022", "1965", "the 1970s", "1978/1979", "2026-01-20",
// "the third quarter of 2013", "the summer of 1994", a month alone.
func (p *parser) absolute(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	j := i
	// optional weekday: "Friday, Oct. 23"
	if _, ok := weekdayWords[p.w(j)]; ok && !plural(p.w(j)) && p.t[j].isUpper() {
		k := j + 1
		if p.w(k) == "." && p.glued(k) {
			k++
		}
		if p.w(k) == "," {
			k++
		}
		if k < len(p.t) && p.t[k].nl {
			// a weekday ending a headline is not part of the dateline below
		} else if _, _, ok := p.monthAt(k); ok {
			j = k
		} else if _, _, ok := p.dayAt(k); ok {
			if _, _, ok2 := p.monthAt(k + 1); ok2 {
				j = k
			}
		}
	}
	if c2, ok := p.monthDate(i, j); ok {
		return c2, true
	}
	if j != i {
		return c, false
	}
	w := p.w(i)
	switch {
	case w == "the":
		return p.theDate(i)
	case w == "fiscal" || w == "fy":
		k := i + 1
		if w == "fy" && p.t[i].isUpper() && k < len(p.t) && p.t[k].kind == 'd' && p.glued(k) && !(k+1 < len(p.t) && p.glued(k+1) && p.t[k+1].kind != 'p') {
			// "FY2019", "FY19": the fiscal year written as one word
			y := -1
			switch len(p.t[k].s) {
			case 2:
				y = twoDigitYear(p.t[k].num)
			case 4:
				y = p.t[k].num
			}
			if y >= 1900 && y <= 2199 {
				v := dval{y: y, g: uYear, known: true}
				return cand{i: i, j: k + 1, typ: "DATE", val: v.String(), date: v, anchor: true}, true
			}
		}
		if p.w(k) == "year" {
			k++
		}
		if y, ok := p.yearAt(k); ok {
			v := dval{y: y, g: uYear, known: true}
			return cand{i: i, j: k + 1, typ: "DATE", val: v.String(), date: v, anchor: true}, true
		}
		return p.quarter(i)
	case w == "'" || w == "\u2019":
		return p.decadeShort(i, i)
	case p.t[i].kind == 'd':
		if c2, ok := p.numericDate(i); ok {
			return c2, true
		}
		return p.dayOfRange(i)
	case w == "q" || w == "h":
		return p.quarter(i)
	case (w == "this" || w == "last" || w == "next") && p.w(i+1) == "year" && (p.w(i+2) == "'" || p.w(i+2) == "’"):
		return p.quarter(i) // "this year's first quarter"
	}
	if _, ok := ordinalWords[w]; ok {
		return p.quarter(i)
	}
	if _, ok := seasonWords[w]; ok {
		return p.season(i, i)
	}
	// "nineteen twenty soldiers" counts; a year is not followed by a
	// plural noun
	if y, k, ok := p.spokenYear(i); ok && !(i+k < len(p.t) && p.t[i+k].kind == 'a' && !p.t[i+k].isUpper() && plural(p.w(i+k)) && unitWords[p.w(i+k)] == uNone) {
		switch p.w(i - 1) {
		case "in", "since", "of", "until", "by", "from", "year", "during", "early", "late", "and", "to", "-":
			v := dval{y: y, g: uYear, known: true}
			c.j, c.date, c.anchor, c.val = i+k, v, true, v.String()
			return c, true
		}
		_, afterMonth := monthWords[p.w(i-1)]
		// "nineteen ninety-six" with its tens is a year wherever it
		// stands ("Atlanta, nineteen ninety-six")
		if afterMonth || k >= 2 && p.w(i) != "two" {
			v := dval{y: y, g: uYear, known: true}
			c.j, c.date, c.anchor, c.val = i+k, v, true, v.String()
			return c, true
		}
	}
	return p.holiday(i)
}

// spokenYear reads a year said in words: "nineteen ninety-six", "nineteen
// eighty", "two thousand", "two thousand and three".
func (p *parser) spokenYear(i int) (y, k int, ok bool) {
	w := p.w(i)
	switch w {
	case "nineteen", "eighteen", "seventeen":
		cent := numberWords[w]
		j := i + 1
		tens, ok := numberWords[p.w(j)]
		if !ok || tens < 10 || tens >= 100 && tens != 100 {
			return 0, 0, false
		}
		if tens == 100 { // "nineteen hundred"
			return cent * 100, 2, true
		}
		j++
		if tens >= 20 {
			jj := j
			if p.w(jj) == "-" && p.glued(jj) {
				jj++
			}
			if u, ok := numberWords[p.w(jj)]; ok && u < 10 && p.w(jj) != "a" && p.w(jj) != "an" {
				tens += u
				j = jj + 1
			}
		}
		return cent*100 + tens, j - i, true
	case "two":
		if p.w(i+1) != "thousand" {
			return 0, 0, false
		}
		j := i + 2
		if p.w(j) == "and" {
			if u, ok := numberWords[p.w(j+1)]; ok && u < 20 && p.w(j+1) != "a" && p.w(j+1) != "an" {
				return 2000 + u, j + 2 - i, true
			}
		}
		if u, ok := numberWords[p.w(j)]; ok && u < 20 && p.w(j) != "a" && p.w(j) != "an" {
			return 2000 + u, j + 1 - i, true
		}
		return 2000, 2, true
	}
	return 0, 0, false
}

// monthDate reads dates that start with a month name (at j; the weekday,
// if any, starts at i) or with a day followed by a month name.
func (p *parser) monthDate(i, j int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	if m, k, ok := p.monthAt(j); ok {
		e := j + k
		d, dk, ok := p.dayAt(e)
		if !ok {
			d, dk, ok = p.spokenDay(e)
		}
		if ok {
			e += dk
			// optional year: ", 2026" or " 2026"
			ye := e
			if p.w(ye) == "," {
				ye++
			}
			if y, ok := p.yearAt(ye); ok {
				return p.dayCand(c, y, m, d, ye+1), true
			}
			if p.w(ye) == "'" || p.w(ye) == "\u2019" {
				if i2 := ye + 1; i2 < len(p.t) && p.t[i2].kind == 'd' && len(p.t[i2].s) == 2 {
					return p.dayCand(c, twoDigitYear(p.t[i2].num), m, d, i2+1), true
				}
			}
			if yv, k, ok := p.yearWords(e); ok {
				v := dval{y: yv.y, m: m, d: d, g: uDay, known: yv.known}
				c.j, c.date, c.anchor, c.val = e+k, v, v.known, v.String()
				return c, true
			}
			v := p.resolveMD(m, d, p.tenseMD(i, e))
			if y, ok := p.rangeYear(e, m, false); ok {
				v = dval{y: y, m: m, d: d, g: uDay, known: true}
			} else if y, ok := p.possessedYear(i); ok {
				v = dval{y: y, m: m, d: d, g: uDay, known: true}
			}
			c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
			return c, true
		}
		e2 := e
		if p.w(e2) == "," || p.w(e2) == "of" {
			e2++
		}
		if y, ok := p.yearAt(e2); ok {
			v := dval{y: y, m: m, g: uMonth, known: true}
			c.j, c.date, c.anchor, c.val = e2+1, v, true, v.String()
			return c, true
		}
		if p.w(e) == "of" && j == i {
			// "October of next year": the month takes its year from the
			// words after it, which stay an expression of their own
			if yv, _, ok := p.yearWords(e + 1); ok {
				v := dval{y: yv.y, m: m, g: uMonth, known: yv.known}
				c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
				return c, true
			}
		}
		if yv, k, ok := p.yearWords(e); ok && (j == i || k > 0) {
			// "June last year", "January nineteen ninety-seven"
			v := dval{y: yv.y, m: m, g: uMonth, known: yv.known}
			c.j, c.date, c.anchor, c.val = e+k, v, v.known, v.String()
			return c, true
		}
		if j != i {
			return c, false
		}
		// a month alone: needs context for the ambiguous ones
		if !p.monthAloneOK(j, m) {
			return c, false
		}
		t := p.tense(i, e)
		if p.deadline(i) && !p.hadAfter(e) && !p.hadBefore(i) {
			t = weakFuture // "by March" ahead, unless told in the past perfect ("By March, it had ...", "had removed most of the oil by June")
		}
		if p.w(i-1) == "for" && statNouns[p.w(i-2)] || reportNouns[p.w(e)] && monthEventNouns[p.w(e)] {
			t = -1 // "retail sales for March are due Friday", "its May forecast": a month gone by
		}
		if p.w(i-1) == "for" && !statNouns[p.w(i-2)] && t <= 0 && i >= 2 && p.t[i-2].kind == 'a' && plural(p.w(i-2)) && !p.t[i-2].isUpper() && !p.hadAfter(e) {
			t = weakFuture // "called strikes for December", "elections for March": what is set for it
		}
		if forwardNouns[p.w(e)] {
			t = 1 // "crude for January delivery", "the March futures contract": a month ahead
		}
		if p.aheadOf(i) && !p.hadAfter(e) {
			t = weakFuture // "chose a candidate ahead of November's elections": the next one when near
		}
		v := p.resolveMD(m, 0, t)
		if y, ok := p.rangeYear(e, m, true); ok {
			v = dval{y: y, m: m, g: uMonth, known: true}
		} else if y, ok := p.leadYear(i); ok {
			// (After "in November 2023", "in February" is the next one.)
			if p.lead.g == uMonth && m < p.lead.m {
				y++
			}
			v = dval{y: y, m: m, g: uMonth, known: true}
		}
		c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
		return c, true
	}
	if d, dk, ok := p.dayAt(j); ok {
		e := j + dk
		if p.w(e) == "of" {
			e++
		}
		m, mk, ok := p.monthAt(e)
		if !ok {
			return c, false
		}
		e += mk
		ye := e
		if p.w(ye) == "," {
			ye++
		}
		if y, ok := p.yearAt(ye); ok {
			return p.dayCand(c, y, m, d, ye+1), true
		}
		v := p.resolveMD(m, d, p.tenseMD(i, e))
		if y, ok := p.rangeYear(e, m, false); ok {
			v = dval{y: y, m: m, d: d, g: uDay, known: true}
		}
		c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
		return c, true
	}
	return c, false
}

// rangeJoins join the two days of a range: "April 24 and 25", "1 to 3
// April", "March 20-21".
var rangeJoins = map[string]bool{"and": true, "to": true, "or": true, "through": true, "-": true}

// dayOfRange reads a day without its month that shares the month of the
// date next to it: "25" in "April 24 and 25", "1" in "from 1 to 3 April".
func (p *parser) dayOfRange(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	d, dk, ok := p.dayAt(i)
	if !ok || !rangeJoins[p.w(i-1)] && !rangeJoins[p.w(i+dk)] {
		return c, false
	}
	if rangeJoins[p.w(i-1)] && i >= 3 && p.t[i-2].kind == 'd' {
		// "April 24 and 25": the date before ends at i-1
		for s := i - 3; s >= 0 && s >= i-5; s-- {
			if dc, ok := p.monthDate(s, s); ok && dc.j == i-1 && dc.date.g == uDay {
				v := dc.date
				v.d = d
				if v.known && (d <= dc.date.d || d > daysIn(v.y, v.m)) {
					return c, false
				}
				c.j, c.val = i+dk, v.String()
				return c, true
			}
		}
	}
	if rangeJoins[p.w(i+dk)] && p.w(i-1) != "," {
		// "from 1 to 3 April": the date after starts at i+dk+1
		if dc, ok := p.monthDate(i+dk+1, i+dk+1); ok && dc.date.g == uDay && dc.i == i+dk+1 && p.t[i+dk+1].kind == 'd' {
			v := dc.date
			v.d = d
			if v.known && d >= dc.date.d {
				return c, false
			}
			c.j, c.val = i+dk, v.String()
			return c, true
		}
	}
	return c, false
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// yearWords reads a year given in words after a month: "last year",
// "this year", "next year" or a spoken year ("nineteen ninety-seven").
func (p *parser) yearWords(i int) (dval, int, bool) {
	if y, k, ok := p.spokenYear(i); ok {
		return dval{y: y, g: uYear, known: true}, k, true
	}
	switch p.w(i) {
	case "last", "this", "next":
		if p.w(i+1) != "year" || p.w(i+2) == "'" || p.w(i+2) == "’" {
			return dval{}, 0, false
		}
		v := p.dctVal(uYear)
		if v.known {
			v.y += map[string]int{"last": -1, "this": 0, "next": 1}[p.w(i)]
		}
		return v, 2, true
	}
	return dval{}, 0, false
}

func twoDigitYear(n int) int {
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

func (p *parser) dayCand(c cand, y, m, d, j int) cand {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	c.j = j
	if t.Day() != d {
		// "February 30, 2013": keep the month, the day is impossible
		v := dval{y: y, m: m, g: uMonth, known: true}
		c.date, c.anchor, c.val = v, true, v.String()
		return c
	}
	v := dval{y: y, m: m, d: d, g: uDay, known: true}
	c.date, c.anchor, c.val = v, true, v.String()
	return c
}

// tenseMD is the tense that places a month and day without a year: a cue
// right before it ("payable", "on" after "announced"), else the nearest
// cue of its clause ("Police arrested the town mayor on March 3": past
// even when next March is nearer; a deferral verb before an object, "set
// sentencing for March 9", "moved to Dec. 15", looks ahead), else
// unknown.
func (p *parser) tenseMD(i, e int) int {
	if (p.deadline(i) || p.aheadOf(i)) && !p.hadAfter(e) {
		return weakFuture
	}
	if p.w(i-1) == "ended" {
		return closedPast // "the quarter ended Oct. 31": a period over
	}
	t, k := p.tenseCue(i, e, 3, 0)
	if t == 0 {
		t, k = p.tenseAt(i, e)
	}
	if t == -1 && p.lexicalPast(k) && (k < i && p.sameClause(k+1, i) || p.fronted(i, e)) &&
		!nounDeterminers[p.w(i-1)] && !perfectAux[p.w(k-1)] && !p.infinitiveIn(k+1, i) {
		// the verb's own date: after it in its clause, or opening the
		// sentence; not a date naming a thing ("gave no reason for the
		// Jan. 14 deadline"), nor one a perfect sets ("has fixed Nov. 20
		// as the deadline"), nor an infinitive's ("were summoned to
		// testify on March 20")
		return eventPast
	}
	return t
}

// infinitiveIn reports whether "to" and a lower-case word come in tokens
// [a, b).
func (p *parser) infinitiveIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if p.t[k].l == "to" && p.t[k+1].kind == 'a' && !p.t[k+1].isUpper() && monthWords[p.t[k+1].l] == 0 {
			return true
		}
	}
	return false
}

// perfectAux are the auxiliaries of a perfect.
var perfectAux = map[string]bool{"has": true, "have": true, "had": true, "having": true}

// sameClause reports whether no punctuation that ends a clause or opens an
// aside (a comma, a colon, a bracket, a quote or a dash) comes in tokens
// [a, b): a full stop after an initial or an abbreviation, a hyphen or a
// possessive apostrophe does not.
func (p *parser) sameClause(a, b int) bool {
	for k := a; k < b; k++ {
		if p.t[k].kind != 'p' {
			continue
		}
		switch p.t[k].l {
		case ".", "-", "'", "\u2019":
			continue
		}
		return false
	}
	return true
}

// eventPast is the tense a verb telling what happened gives a month and
// day: the last one, even within justAheadDays after the DCT ("The ship
// sank off Crete on December 28" in a November article was last
// December's).
const eventPast = -3

// forwardNouns after a month make it a delivery month of a forward or
// futures contract, which lies ahead of the trading day.
var forwardNouns = map[string]bool{"delivery": true, "futures": true, "contract": true, "contracts": true}

func (p *parser) monthAloneOK(i, m int) bool {
	w := p.w(i)
	if w == "may" || w == "march" || !p.t[i].isUpper() {
		if !p.t[i].isUpper() {
			return false
		}
		switch p.w(i - 1) {
		case "in", "since", "until", "till", "by", "of", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "before", "after", "each", "every":
			return true
		case "for":
			// "retail sales for March are due", "collections for May":
			// the period a statistic covers
			return statNouns[p.w(i-2)]
		case "its", "the", "their", "his", "her", "our":
			// "its May forecast", "the March meeting": a month naming
			// the time of a report or a meeting
			return monthEventNouns[p.w(i+1)] || forwardNouns[p.w(i+1)]
		case "and", "or", "to", "-", "between":
			// "mid-March", "pre-May", "end-June"
			if p.w(i-1) == "-" && p.glued(i-1) && p.glued(i) {
				switch p.w(i - 2) {
				case "mid", "early", "late", "pre", "post", "end":
					return true
				}
			}
			// "April and May": only next to another month
			_, ok := monthWords[p.w(i-2)]
			return ok || p.w(i-2) == "." && monthWords[p.w(i-3)] > 0
		}
		return false
	}
	return true
}

// rangeYear reads, after a date of month m without a year that ends
// before token e, the other end of a range that has one: "from 23 March to
// 10 May 2020", "between March 23 and May 10, 2020". The first date takes
// that year (the one before when its month comes later in the calendar).
// For a day the other end is a day; for a month alone (month true) it may
// be a month or a day, and the two may be coordinated with "or" too:
// "September and October 2019", "December to February 2020".
func (p *parser) rangeYear(e, m int, month bool) (int, bool) {
	switch p.w(e) {
	case "to", "until", "till", "through", "and", "-", "\u2013":
	case "or":
		if !month {
			return 0, false
		}
	default:
		return 0, false
	}
	dc, ok := p.monthDate(e+1, e+1)
	if !ok || !dc.date.known || !p.hasYear(e+1, dc.j) || dc.date.g != uDay && !(month && dc.date.g == uMonth) {
		return 0, false
	}
	y := dc.date.y
	if m > dc.date.m {
		y--
	}
	return y, true
}

// hasYear reports whether a four-digit year is written in tokens [i, j).
func (p *parser) hasYear(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := p.yearAt(k); ok {
			return true
		}
	}
	return false
}

// statNouns are the figures that "for" and a month may follow: "sales
// for March", "tax collections for May".
var statNouns = map[string]bool{
	"sales": true, "figures": true, "data": true, "numbers": true, "results": true, "collections": true,
	"orders": true, "payrolls": true, "prices": true, "receipts": true, "exports": true, "imports": true,
	"output": true, "production": true, "revenue": true, "revenues": true, "earnings": true, "traffic": true,
	"rate": true, "forecast": true, "forecasts": true, "index": true, "statistics": true, "deficit": true,
}

// monthEventNouns may follow a determiner and a month that names their
// time: "its May forecast", "the March meeting".
var monthEventNouns = map[string]bool{
	"forecast": true, "forecasts": true, "meeting": true, "report": true, "figures": true, "data": true,
	"election": true, "elections": true, "deadline": true, "vote": true, "referendum": true, "survey": true,
	"estimate": true, "estimates": true, "statement": true, "summit": true, "budget": true, "session": true,
	"issue": true, "edition": true, "primary": true, "announcement": true, "decision": true, "outlook": true,
}

// reportNouns name figures about a month that is over: "its May
// forecast", "the March figures".
var reportNouns = map[string]bool{
	"forecast": true, "forecasts": true, "figures": true, "data": true, "report": true, "survey": true,
	"estimate": true, "estimates": true, "statement": true, "outlook": true,
}

// closedPast is the tense of the closing date of a period that "ended":
// the last one, however near the next one is.
const closedPast = -2

// weakFuture is the tense of a date after "until" or "by": the next
// occurrence when it is near, else as if no tense were known.
const weakFuture = 2

// aheadOf reports whether the date starting at token i follows "ahead of"
// or "in advance of", with or without "the": what is done ahead of a day
// looks forward to it ("campaigned ahead of November's elections"), so a
// month or a day without a year is its next occurrence when that is near,
// as after "until".
func (p *parser) aheadOf(i int) bool {
	k := i - 1
	if p.w(k) == "the" {
		k--
	}
	return p.w(k) == "of" && (p.w(k-1) == "ahead" || p.w(k-1) == "advance" && p.w(k-2) == "in")
}

// deadline reports whether the date starting at token i follows "until",
// "till", "through" or "by", over phase words ("until mid-November") and
// a month before it in a pair ("until March or April").
func (p *parser) deadline(i int) bool {
	k := i - 1
	if (p.w(k) == "or" || p.w(k) == "and") && k > 0 && monthWords[p.w(k-1)] > 0 && p.t[k-1].isUpper() {
		k -= 2 // "until March or April": the second month shares the first's deadline
	}
	for k >= 0 && k > i-4 {
		switch p.w(k) {
		case "early", "late", "mid", "-", "the", "end", "beginning", "middle", "of", "start":
			k--
			continue
		case "until", "till", "through", "by":
			return true
		}
		break
	}
	return false
}

// hadBefore reports whether "had" comes within the eight words before
// token i, in the same clause: "divers had removed most of the oil by
// June".
func (p *parser) hadBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k-- {
		if p.t[k].kind == 'p' {
			return false
		}
		if p.t[k].l == "had" {
			return true
		}
		n++
	}
	return false
}

// hadAfter reports whether "had" comes within the six words after token
// e, in the same sentence: "By March, the movement had drawn ...".
func (p *parser) hadAfter(e int) bool {
	for k, n := e, 0; k < len(p.t) && n < 6; k++ {
		if p.t[k].kind == 'p' {
			if l := p.t[k].l; l == "." || l == ";" || l == "!" || l == "?" {
				return false
			}
			continue
		}
		if p.t[k].l == "had" {
			return true
		}
		n++
	}
	return false
}

// resolveMD gives a month (d == 0) or a month and day a year from the DCT:
// the next one for future tense, the last one for past tense, else the
// nearest.
func (p *parser) resolveMD(m, d int, tense int) dval {
	g := uDay
	if d == 0 {
		g = uMonth
	}
	if !p.hasDCT {
		return dval{m: m, d: d, g: g}
	}
	dy, dm, dd := p.dct.Date()
	y := dy
	cmp := func(y int) int { // sign of (candidate - dct)
		switch {
		case m != int(dm):
			if m < int(dm) {
				return -1
			}
			return 1
		case d == 0 || d == dd:
			return 0
		case d < dd:
			return -1
		}
		return 1
	}
	c := cmp(y)
	if tense == weakFuture {
		tense = 0
		day := d
		if day == 0 {
			day = 1
		}
		next := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if c < 0 {
			next = next.AddDate(1, 0, 0)
		}
		if next.Sub(p.dct) < 200*24*time.Hour {
			tense = 1
		}
	}
	switch {
	case tense > 0 && c < 0 && !p.justBehind(y, m, d):
		y++
	case tense < 0 && c > 0 && (tense == closedPast || tense == eventPast || !p.justAhead(y, m, d)):
		y--
	case tense == 0:
		dist := func(yy int) int {
			day := d
			if day == 0 {
				day = 15
			}
			t := time.Date(yy, time.Month(m), day, 0, 0, 0, 0, time.UTC)
			x := t.Sub(p.dct).Hours()
			if x < 0 {
				x = -x
			}
			return int(x)
		}
		best := dist(y)
		if dist(y-1) < best {
			best, y = dist(y-1), dy-1
		}
		if dist(dy+1) < best {
			y = dy + 1
		}
		// news mostly looks back: a date more than four months ahead
		// without a future cue is last year's
		day := d
		if day == 0 {
			day = 1
		}
		if time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).Sub(p.dct) > 120*24*time.Hour {
			y--
		}
	}
	v := dval{y: y, m: m, d: d, g: g, known: true}
	if g == uDay && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d {
		v = dval{y: y, m: m, g: uMonth, known: true}
	}
	return v
}

// justAheadDays is how far from the DCT a month and day may fall and
// still be this year's against a tense cue pointing the other way.
const justAheadDays = 45

// justAhead reports whether day d of month m in year y (d > 0) falls
// within justAheadDays after the DCT. A past cue near such a date is
// about something else ("had been set to expire Nov. 6", "has set Nov.
// 10 as the deadline"): news dates an event of eleven months ago with
// its year, and TimeBank puts no bare month and day there.
func (p *parser) justAhead(y, m, d int) bool {
	return d > 0 && p.within(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(p.dct))
}

// justBehind is justAhead's mirror: day d of month m in year y is within
// justAheadDays before the DCT, and a future cue near it ("became
// effective Feb. 17", "is expected ... under a Jan. 30 offer") does not
// send it eleven months ahead, where TimeBank puts no bare date either.
func (p *parser) justBehind(y, m, d int) bool {
	return d > 0 && p.within(p.dct.Sub(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)))
}

func (p *parser) within(x time.Duration) bool {
	return x > 0 && x <= justAheadDays*24*time.Hour
}

// numericDate reads dates that start with digits: years, year ranges,
// decades ("1970s"), ISO dates and US numeric dates.
func (p *parser) numericDate(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	t := p.t[i]
	// ISO 2026-01-20
	if len(t.s) == 4 && p.w(i+1) == "-" && p.glued(i+1) && i+4 < len(p.t) && p.t[i+2].kind == 'd' && len(p.t[i+2].s) == 2 && p.glued(i+2) && p.w(i+3) == "-" && p.glued(i+3) && p.t[i+4].kind == 'd' && len(p.t[i+4].s) == 2 && p.glued(i+4) {
		y, m, d := t.num, p.t[i+2].num, p.t[i+4].num
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 {
			return p.dayCand(c, y, m, d, i+5), true
		}
	}
	// European 20.01.2026 and Asian 2026/01/20, all glued
	if i+4 < len(p.t) && p.glued(i+1) && p.glued(i+2) && p.glued(i+3) && p.glued(i+4) && p.t[i+2].kind == 'd' && p.t[i+4].kind == 'd' {
		sep := p.w(i + 1)
		if sep == "." && p.w(i+3) == "." && len(t.s) <= 2 && len(p.t[i+2].s) <= 2 && len(p.t[i+4].s) == 4 {
			d, m, y := t.num, p.t[i+2].num, p.t[i+4].num
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y < 2200 {
				return p.dayCand(c, y, m, d, i+5), true
			}
		}
		if sep == "/" && p.w(i+3) == "/" && len(t.s) == 4 && len(p.t[i+2].s) <= 2 && len(p.t[i+4].s) <= 2 {
			y, m, d := t.num, p.t[i+2].num, p.t[i+4].num
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y < 2200 && !p.glued(i) {
				return p.dayCand(c, y, m, d, i+5), true
			}
		}
	}
	// US 1/20/2026
	if len(t.s) <= 2 && p.w(i+1) == "/" && p.glued(i+1) && i+4 < len(p.t) && p.t[i+2].kind == 'd' && len(p.t[i+2].s) <= 2 && p.glued(i+2) && p.w(i+3) == "/" && p.glued(i+3) && p.t[i+4].kind == 'd' && p.glued(i+4) {
		m, d, y := t.num, p.t[i+2].num, p.t[i+4].num
		if len(p.t[i+4].s) == 2 {
			y = twoDigitYear(y)
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y < 2200 {
			return p.dayCand(c, y, m, d, i+5), true
		}
		// "22/11/2026": only the day can come first (most of the world
		// writes the day first; an ambiguous "03/11/2026" stays US).
		if d >= 1 && d <= 12 && m > 12 && m <= 31 && y >= 1000 && y < 2200 {
			return p.dayCand(c, y, d, m, i+5), true
		}
		return c, false
	}
	// day month (year)
	if c2, ok := p.monthDate(i, i); ok {
		return c2, true
	}
	// ordinal century: "20th century"
	if c2, ok := p.century(i, i); ok {
		return c2, true
	}
	if c2, ok := p.shortDecade(i); ok {
		return c2, true
	}
	y, ok := p.yearAt(i)
	if !ok {
		return c, false
	}
	// decade: 1970s
	if p.w(i+1) == "s" && p.glued(i+1) {
		v := dval{y: y, g: uDecade, known: true}
		if y%10 != 0 {
			return c, false
		}
		c.j, c.date, c.anchor, c.val = i+2, v, true, v.String()
		return c, true
	}
	if !p.plausibleBareYear(i) {
		return c, false
	}
	v := dval{y: y, g: uYear, known: true}
	c.j, c.date, c.anchor, c.val = i+1, v, true, v.String()
	// a range: 1978/1979, 1997-98, 1990-1991: the value is the first year
	if (p.w(i+1) == "/" || p.w(i+1) == "-") && p.glued(i+1) && i+2 < len(p.t) && p.t[i+2].kind == 'd' && p.glued(i+2) {
		n := p.t[i+2]
		if len(n.s) == 4 && n.num > y && n.num-y < 100 || len(n.s) == 2 && (n.num == (y+1)%100) {
			c.j = i + 3
		}
	}
	// "1965-66" covered; "2013 's" left to the caller
	return c, true
}

// decadeShort reads "'80s" at i (start is where the candidate starts).
func (p *parser) decadeShort(start, i int) (cand, bool) {
	c := cand{i: start, typ: "DATE"}
	if i+2 < len(p.t) && p.t[i+1].kind == 'd' && len(p.t[i+1].s) == 2 && p.glued(i+1) && p.w(i+2) == "s" && p.glued(i+2) && p.t[i+1].num%10 == 0 {
		v := dval{y: twoDigitYear(p.t[i+1].num), g: uDecade, known: true}
		c.j, c.date, c.anchor, c.val = i+3, v, true, v.String()
		return c, true
	}
	// "since '82", "in '97": a year, when a preposition of time comes
	// before and no letter glued after
	if start == i && i+1 < len(p.t) && p.t[i+1].kind == 'd' && len(p.t[i+1].s) == 2 && p.glued(i+1) && !(i+2 < len(p.t) && p.glued(i+2) && p.t[i+2].kind != 'p') {
		switch p.w(i - 1) {
		case "since", "in", "of", "from", "until", "till", "to", "and", "by", "before", "after", "during":
			v := dval{y: twoDigitYear(p.t[i+1].num), g: uYear, known: true}
			c.j, c.date, c.anchor, c.val = i+2, v, true, v.String()
			return c, true
		}
	}
	return c, false
}

// shortDecade reads a decade without its century, "the 70s", "the 80s", at
// i (the digits); the article or a decade before it makes it one ("in
// their 70s" is an age).
func (p *parser) shortDecade(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	t := p.t[i]
	if len(t.s) != 2 || t.num%10 != 0 || p.w(i+1) != "s" || !p.glued(i+1) || i+2 < len(p.t) && p.glued(i+2) && p.t[i+2].kind == 'a' {
		return c, false
	}
	switch p.w(i - 1) {
	case "the", "early", "late", "mid", "-":
	case "and", "or", "to":
		// "the 70s and 80s"
		if p.w(i-2) != "s" {
			return c, false
		}
	default:
		return c, false
	}
	v := dval{y: twoDigitYear(t.num), g: uDecade, known: true}
	c.j, c.date, c.anchor, c.val = i+2, v, true, v.String()
	return c, true
}

// century reads "20th century" or "twentieth century" at i.
func (p *parser) century(start, i int) (cand, bool) {
	c := cand{i: start, typ: "DATE"}
	n, k := 0, 0
	if i < len(p.t) && p.t[i].kind == 'd' && len(p.t[i].s) <= 2 {
		switch p.w(i + 1) {
		case "st", "nd", "rd", "th":
			if p.glued(i + 1) {
				n, k = p.t[i].num, 2
			}
		}
	} else if v, ok := ordinalWords[p.w(i)]; ok {
		n, k = v, 1
		if v == 20 && (p.w(i+1) == "first" || p.w(i+1) == "-" && p.w(i+2) == "first") {
			n = 21
			k = 2
			if p.w(i+1) == "-" {
				k = 3
			}
		}
	}
	if n < 1 || n > 22 {
		return c, false
	}
	if p.w(i+k) == "-" && p.glued(i+k) && p.glued(i+k+1) && p.w(i+k+1) == "century" {
		k++ // "19th-century architecture"
	}
	if p.w(i+k) != "century" {
		return c, false
	}
	v := dval{y: (n - 1) * 100, g: uCentury, known: true}
	c.j, c.date, c.anchor, c.val = i+k+1, v, true, v.String()
	return c, true
}

// theDate reads dates that start with "the": decades, centuries, quarters,
// halves, seasons, "the year 2000".
func (p *parser) theDate(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	n := p.w(i + 1)
	switch {
	case n == "'" || n == "\u2019":
		return p.decadeShort(i, i+1)
	case n == "year":
		if y, ok := p.yearAt(i + 2); ok {
			v := dval{y: y, g: uYear, known: true}
			c.j, c.date, c.anchor, c.val = i+3, v, true, v.String()
			return c, true
		}
		if y, k, ok := p.spokenYear(i + 2); ok {
			v := dval{y: y, g: uYear, known: true}
			c.j, c.date, c.anchor, c.val = i+2+k, v, true, v.String()
			return c, true
		}
		return p.quarter(i)
	}
	if i+1 < len(p.t) && p.t[i+1].kind == 'd' {
		if y, ok := p.yearAt(i + 1); ok && p.w(i+2) == "s" && p.glued(i+2) && y%10 == 0 {
			v := dval{y: y, g: uDecade, known: true}
			c.j, c.date, c.anchor, c.val = i+3, v, true, v.String()
			return c, true
		}
		if c2, ok := p.century(i, i+1); ok {
			return c2, true
		}
		return p.quarter(i)
	}
	if d, ok := decadeWords[n]; ok {
		v := dval{y: 1900 + d, g: uDecade, known: true}
		c.j, c.date, c.anchor, c.val = i+2, v, true, v.String()
		return c, true
	}
	if c2, ok := p.century(i, i+1); ok {
		return c2, true
	}
	if _, ok := seasonWords[n]; ok {
		return p.season(i, i+1)
	}
	return p.quarter(i)
}

// yearRef reads what can qualify a quarter, half or season: "of 2013",
// "2013", "of last year", "of this year", "of that year".
func (p *parser) yearRef(i int) (v dval, k int, ok bool) {
	j := i
	if p.w(j) == "of" {
		j++
		if p.w(j) == "fiscal" && j+1 < len(p.t) && p.t[j+1].kind == 'd' {
			j++ // "the first half of fiscal 2020"
		}
	}
	if y, ok := p.yearAt(j); ok {
		return dval{y: y, g: uYear, known: true}, j - i + 1, true
	}
	if j == i {
		return v, 0, false
	}
	if y, k, ok := p.spokenYear(j); ok {
		return dval{y: y, g: uYear, known: true}, j - i + k, true
	}
	if p.w(j) == "the" && p.w(j+1) == "year" {
		switch p.w(j + 2) {
		case "before", "earlier":
			if r, ok := p.ref(); ok {
				return r.shifted(uYear, -1, uYear), j - i + 3, true
			}
		case "ended", "ending", "-", "'", "\u2019":
		default:
			if j > i {
				// "the first half of the year": the DCT's year
				return p.dctVal(uYear), j - i + 2, true
			}
		}
	}
	switch p.w(j) {
	case "last", "this", "next", "that":
		if p.w(j+1) == "year" {
			off := map[string]int{"last": -1, "this": 0, "next": 1, "that": 0}[p.w(j)]
			if p.w(j) == "that" {
				r, ok := p.ref()
				if !ok {
					return dval{g: uYear}, j - i + 2, true
				}
				return r.shifted(uYear, 0, uYear), j - i + 2, true
			}
			d := p.dctVal(uYear)
			if d.known {
				d.y += off
			}
			return d, j - i + 2, true
		}
	}
	return v, 0, false
}

// partOfYear reads, at token j after the article at i, the first or last
// months or quarters of a year that make a quarter or a half of it: "the
// first two quarters of 1990" (1990-H1), "the last three months of the
// year" (Q4). Other counts ("the first nine months of 1989") name no
// calendar period and are left to the duration and the year.
func (p *parser) partOfYear(i, j int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	first := p.w(j) == "first"
	if !first && p.w(j) != "last" && p.w(j) != "final" {
		return c, false
	}
	n, k, ok := p.number(j + 1)
	if !ok || p.w(j+1+k+1) != "of" {
		return c, false
	}
	var g unit
	switch p.w(j + 1 + k) {
	case "quarters":
		switch n {
		case 2:
			g = uHalf
		default:
			return c, false
		}
	case "months":
		switch n {
		case 3:
			g = uQuarter
		case 6:
			g = uHalf
		default:
			return c, false
		}
	default:
		return c, false
	}
	e := j + 1 + k + 1
	yv, yk, ok := p.yearRef(e)
	if !ok {
		return c, false
	}
	part := 1
	if !first {
		part = 2
		if g == uQuarter {
			part = 4
		}
	}
	v := dval{y: yv.y, n: part, g: g, known: yv.known}
	c.j, c.date, c.anchor, c.val = e+yk, v, v.known, v.String()
	return c, true
}

// quarter reads quarters and halves: "the third quarter (of 2013)",
// "third-quarter", "the fiscal first quarter", "Q3 2013", "the first half".
func (p *parser) quarter(i int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	j := i
	if p.w(j) == "the" {
		j++
	}
	if p.w(j) == "fiscal" {
		j++
		if p.w(j) == "-" {
			j++
		}
	}
	if sameWords[p.w(j)] && p.w(j+1) == "year" && p.w(j+2) == "-" {
		j++ // "the comparable year-ago quarter"
	}
	// a year before the ordinal: "the 1988 third quarter", "this year's
	// first quarter", "the year-earlier quarter"
	var qy dval
	hasQY, compared := false, false
	if y, ok := p.yearAt(j); ok && j+1 < len(p.t) && p.t[j+1].kind == 'a' {
		qy, hasQY = dval{y: y, g: uYear, known: true}, true
		j++
	} else if (p.w(j) == "this" || p.w(j) == "last" || p.w(j) == "next") && p.w(j+1) == "year" && (p.w(j+2) == "'" || p.w(j+2) == "’") && p.w(j+3) == "s" {
		qy, hasQY = p.dctVal(uYear), true
		if qy.known {
			qy.y += map[string]int{"this": 0, "last": -1, "next": 1}[p.w(j)]
		}
		j += 4
	} else if p.w(j) == "year" && p.w(j+1) == "-" && (p.w(j+2) == "earlier" || p.w(j+2) == "ago") {
		// "the year-ago quarter" compares with the period reported, not
		// with whatever year the text named last
		if r, ok := p.comparedQuarter(); ok {
			qy, hasQY = r.shifted(uYear, -1, uYear), true
		} else if p.hasDCT {
			qy, hasQY = p.reportedQuarter(-1).shifted(uYear, -1, uYear), true
		} else {
			qy, hasQY = dval{g: uYear}, true
		}
		j += 3
		compared = true
	}
	n, u := 0, uQuarter
	hyph := false
	if p.w(j) == "q" && j+1 < len(p.t) && p.t[j+1].kind == 'd' && p.glued(j+1) && p.t[j+1].num >= 1 && p.t[j+1].num <= 4 && p.t[j].isUpper() {
		n = p.t[j+1].num
		j += 2
	} else if p.w(j) == "h" && j+1 < len(p.t) && p.t[j+1].kind == 'd' && len(p.t[j+1].s) == 1 && p.glued(j+1) && p.t[j+1].num >= 1 && p.t[j+1].num <= 2 && p.t[j].isUpper() &&
		!(j+2 < len(p.t) && p.glued(j+2) && p.t[j+2].kind != 'p') {
		// "H1 2019", "H2": a half, as business news writes it ("H1N1"
		// and "H2O" go on with letters)
		n, u = p.t[j+1].num, uHalf
		j += 2
		goto year
	} else if hasQY && (p.w(j) == "quarter" || p.w(j) == "period") {
		v := p.reportedQuarter(-1)
		if r, ok := p.ref(); ok && r.g == uQuarter {
			v = r
		}
		if p.w(j) == "period" && !p.hasDCT {
			return c, false
		}
		v.y, v.known = qy.y, qy.known
		// a compared period ("the year-earlier quarter") leaves the
		// story on the period reported
		c.j, c.date, c.anchor, c.val = j+1, v, v.known && !compared, v.String()
		return c, true
	} else {
		if c, ok := p.partOfYear(i, j); ok {
			return c, true
		}
		if p.w(j) == "latest" || p.w(j) == "last" || p.w(j) == "current" || sameWords[p.w(j)] {
			if p.w(j) == "last" && p.w(j+1) == "quarter" && p.w(j+2) == "of" {
				if _, _, ok := p.yearRef(j + 2); ok {
					n, u = 4, uQuarter // "the last quarter of 2012", "of the year"
					j += 2
					goto year
				}
			}
			// "the latest quarter": the last one reported
			if (p.w(j+1) == "quarter" || p.w(j+1) == "period") && p.w(i) == "the" {
				v := p.reportedQuarter(p.tense(i, j+2))
				if p.w(j) == "current" {
					v = p.dctVal(uQuarter) // the quarter under way
				}
				e := j + 2
				if sameWords[p.w(j)] {
					if r, ok := p.ref(); ok && (r.g == uQuarter || r.g == uMonth || r.g == uHalf) && p.hasAnchor {
						v = r
					}
					// "the same period last year", "the corresponding
					// quarter a year ago": that period one year back
					if k, ok := p.yearBack(e); ok {
						if v.known {
							v = v.shifted(uYear, -1, v.g)
						}
						c.j, c.val = e+k, v.String()
						return c, true
					}
					if p.w(j) != "same" {
						return c, false
					}
				}
				c.j, c.date, c.anchor, c.val = e, v, v.known, v.String()
				return c, true
			}
			if p.w(j) == "last" && p.w(j+1) == "half" && p.w(j+2) == "of" {
				n, u = 2, uHalf
				j += 2
				goto year
			}
			return c, false
		}
		o, ok := ordinalWords[p.w(j)]
		if p.w(j) == "final" {
			// "the final quarter of 2009", "the final half": the last one
			switch p.w(j + 1) {
			case "quarter":
				o, ok = 4, true
			case "half":
				o, ok = 2, true
			}
		}
		if !ok && j < len(p.t) && p.t[j].kind == 'd' && len(p.t[j].s) == 1 {
			switch p.w(j + 1) {
			case "st", "nd", "rd", "th":
				o, ok = p.t[j].num, true
				j++
			}
		}
		if !ok {
			return c, false
		}
		j++
		if p.w(j) == "-" && p.glued(j) {
			hyph = true
			j++
		}
		if p.w(j) == "fiscal" {
			j++
		}
		switch p.w(j) {
		case "quarter":
			u = uQuarter
			if o > 4 {
				return c, false
			}
		case "half":
			u = uHalf
			if o > 2 {
				return c, false
			}
		default:
			return c, false
		}
		n = o
		j++
	}
	if hyph && p.w(i) == "the" && !hasQY {
		c.i = i + 1 // "the third-quarter results": the article belongs to the noun
	}
	if hasQY {
		v := dval{y: qy.y, n: n, g: u, known: qy.known}
		c.j, c.date, c.anchor, c.val = j, v, v.known && !compared, v.String()
		return c, true
	}
year:
	if yv, k, ok := p.yearRef(j); ok {
		v := dval{y: yv.y, n: n, g: u, known: yv.known}
		c.j, c.date, c.anchor, c.val = j+k, v, v.known, v.String()
		return c, true
	}
	if u == uHalf && p.w(j) == "of" {
		// "the last half of the '80s": the decade, its first or last
		// half the mod, as TimeBank writes it
		if dc, ok := p.core(j + 1); ok && dc.typ == "DATE" && dc.date.g == uDecade && dc.i == j+1 {
			c.j, c.val, c.mod = dc.j, dc.val, "START"
			if n == 2 {
				c.mod = "END"
			}
			return c, true
		}
	}
	// "the first half" of an unnamed year: the DCT's year, the previous
	// year when that quarter has not started yet at the DCT. A half needs
	// its year: "the second half" of a match is no date.
	if u == uHalf {
		return c, false
	}
	if !p.hasDCT {
		v := dval{n: n, g: u}
		c.j, c.val = j, v.String()
		return c, true
	}
	cur := fromTime(p.dct, u)
	v := dval{y: cur.y, n: n, g: u, known: true}
	if n > cur.n && p.tense(i, j) < 0 {
		v.y--
	}
	c.j, c.date, c.anchor, c.val = j, v, true, v.String()
	return c, true
}

// sameWords introduce a period compared with its like: "the same
// quarter", "the corresponding period", "the comparable period".
var sameWords = map[string]bool{"same": true, "corresponding": true, "comparable": true}

// yearBack reads what puts a period one year back, at i: "last year", "of
// last year", "a year ago", "a year earlier", "the previous year", "the
// year before", "a year before". It returns its length in tokens.
func (p *parser) yearBack(i int) (int, bool) {
	j := i
	if p.w(j) == "of" || p.w(j) == "in" {
		j++
	}
	switch {
	case p.w(j) == "last" && p.w(j+1) == "year" && p.w(j+2) != "'" && p.w(j+2) != "\u2019":
		return j + 2 - i, true
	case (p.w(j) == "a" || p.w(j) == "one") && p.w(j+1) == "year" && (p.w(j+2) == "ago" || p.w(j+2) == "earlier" || p.w(j+2) == "before"):
		return j + 3 - i, true
	case p.w(j) == "the" && (p.w(j+1) == "previous" || p.w(j+1) == "prior") && p.w(j+2) == "year":
		return j + 3 - i, true
	case p.w(j) == "the" && p.w(j+1) == "year" && (p.w(j+2) == "before" || p.w(j+2) == "earlier"):
		return j + 3 - i, true
	}
	return 0, false
}

// reportedQuarter is the quarter a report refers to as "the quarter": the
// current one in future tense, else the last one that has ended.
func (p *parser) reportedQuarter(tense int) dval {
	if !p.hasDCT {
		return dval{g: uQuarter}
	}
	if tense > 0 {
		return fromTime(p.dct, uQuarter)
	}
	return fromTime(p.dct.AddDate(0, -3, 0), uQuarter)
}

// habitualWords mark a clause that tells what happens as a rule.
var habitualWords = map[string]bool{
	"usually": true, "typically": true, "normally": true, "generally": true, "traditionally": true,
	"often": true, "always": true, "tends": true,
}

// habitual reports whether the expression over [i, j) sits in a sentence
// that speaks of what happens as a rule: a habitual adverb within six
// words, or a rate ("a year", "each year", "annually") before it in the
// sentence.
func (p *parser) habitual(i, j int) bool {
	for k, d := i-1, 0; k >= 0 && d < 12; k, d = k-1, d+1 {
		t := &p.t[k]
		if p.t[k+1].nl || t.kind == 'p' && (t.l == "." || t.l == "!" || t.l == "?" || t.l == ";") {
			break
		}
		if habitualWords[t.l] && d < 6 {
			return true
		}
		if t.l == "annually" || t.l == "year" && (p.w(k-1) == "a" || p.w(k-1) == "each" || p.w(k-1) == "every" || p.w(k-1) == "per") && k+1 < i && p.w(k+1) != "ago" && p.w(k+1) != "earlier" {
			return true
		}
	}
	for k, d := j, 0; k < len(p.t) && d < 6; k, d = k+1, d+1 {
		t := &p.t[k]
		if t.nl || t.kind == 'p' && (t.l == "." || t.l == "!" || t.l == "?" || t.l == ";" || t.l == ",") {
			break
		}
		if habitualWords[t.l] {
			return true
		}
	}
	return false
}

// fallHeading reports whether a capitalised "Fall" at token k is a
// downfall rather than the season: a heading of that one word on its own
// line, or "Fall and" before a word that is no season or year ("Fall and
// exile", but "Fall and winter"). "Fall of" without a year is left to
// the rule for "the fall of the regime".
func (p *parser) fallHeading(k int) bool {
	if (k == 0 || p.t[k].nl) && (k+1 >= len(p.t) || p.t[k+1].nl) {
		return true
	}
	if p.w(k+1) != "and" || k+2 >= len(p.t) || p.t[k+2].kind != 'a' {
		return false
	}
	_, isSeason := seasonWords[p.w(k+2)]
	return !isSeason
}

// season reads "summer", "the summer of 1994", "winter 2013"; k is where
// the season word is.
func (p *parser) season(i, k int) (cand, bool) {
	c := cand{i: i, typ: "DATE"}
	s, ok := seasonWords[p.w(k)]
	if !ok || plural(p.w(k)) {
		return c, false
	}
	// "Winter Harbour", "the Summer Palace": a capitalised season before
	// a capitalised word (not a year) opens a name.
	if p.t[k].isUpper() && k+1 < len(p.t) && p.t[k+1].kind == 'a' && p.t[k+1].isUpper() && !p.sentenceStart(k+1) {
		return c, false
	}
	if p.w(k) == "fall" && k == i && !p.t[k].isUpper() {
		// "fall" alone is usually the verb; "the fall" or "fall 2013" only
		if _, ok := p.yearAt(k + 1); !ok {
			return c, false
		}
	}
	if p.w(k) == "fall" && p.t[k].isUpper() && p.fallHeading(k) {
		return c, false
	}
	if p.w(k) == "spring" || p.w(k) == "fall" {
		// "the fall of the regime": needs a year or no following "of"
		if p.w(k+1) == "of" {
			if _, ok := p.yearAt(k + 2); !ok {
				return c, false
			}
		}
	}
	j := k + 1
	if yv, n, ok := p.yearRef(j); ok {
		v := dval{y: yv.y, season: s, g: uSeason, known: yv.known}
		c.j, c.date, c.anchor, c.val = j+n, v, v.known, v.String()
		return c, true
	}
	v := dval{season: s, g: uSeason}
	if p.habitual(i, j) {
		// "usually in the spring", "55 tornadoes a year, most of them in
		// the spring": the season of any year
		c.j, c.val = j, v.String()
		return c, true
	}
	if p.hasDCT {
		v.y, v.known = p.dct.Year(), true
		cur := fromTime(p.dct, uSeason)
		order := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
		t := p.tense(i, j)
		if t == 0 && p.deadline(i) {
			t = 1
		}
		switch {
		case t > 0 && order[s] < order[cur.season] && cur.y == v.y:
			// "wait until the spring" in November: the next one
			v.y++
		case t < 0 && order[s] > order[cur.season] && cur.y == v.y:
			// "was hit in the autumn" in March: the last one
			v.y--
		}
	}
	c.j, c.date, c.anchor, c.val = j, v, v.known, v.String()
	return c, true
}
