// Package timex finds time expressions in English news text and normalises
// them to TIMEX3 values: types DATE, TIME, DURATION and SET, values such as
// "1965", "2022-09", "2026-01-20", "197", "2013-W11", "2013-Q1", "P1M",
// "PRESENT_REF" or "XXXX-12-08".
//
// The tagger is a grammar of hand-written patterns over tokens of its own
// light tokenizer: the text is tokenised once, tokens that cannot start a
// time expression are skipped by one map lookup, and at the others every
// pattern family (calendar dates, deictic and anaphoric expressions,
// durations, sets, clock times) is tried and the longest match wins.
// Nothing is learned and there are no regular expressions.
//
// Relative expressions are resolved against the document creation time
// (DCT): "yesterday", "last year", "next Monday", "two weeks ago". Tense
// cues near an expression ("will", "said", past participles) choose between
// the last and the next occurrence of a weekday or a month without a year;
// a plan ("planned to leave", "set for", "extended to", "is to", "were
// planning to", "planned a rally on Saturday") looks ahead unless "had"
// puts it in the past, and "until", "through" or "by" before a month or a
// date without tense looks ahead when the next one is near, as "until"
// does after a state that still holds ("has kept markets closed until
// Friday"). The verb before a date governs it: a cue after "and" or inside
// a relative clause after the date ("On Tuesday, the official who will
// lead the talks said") does not.
// Anaphoric expressions ("a month earlier", "the following year", "that
// day") are resolved against the narrative anchor: the last calendar date
// the text mentioned before them, or the DCT when there is none. With an
// unknown DCT, relative expressions stay underspecified ("XXXX-12-08").
//
// Choices where TimeML leaves room:
//   - a year range such as "the 1978/1979 Islamic Revolution" gives one
//     expression over "1978/1979" whose value is the first year, "1978": the
//     range starts there, and a timeline needs one point;
//   - "to this day" gives "this day" with value PRESENT_REF;
//   - "recent decades", "in recent years" are durations of unknown length
//     (PXDE, PXY), not dates;
//   - decades are "197" and centuries "19", as the TimeML guidelines and
//     most of TimeBank and MEANTIME write them; ISO weeks two-digit ("2013-W04");
//     "the last week of March" is the ISO week of March's last days, "the
//     week of March 6" the one holding that day;
//   - a clock time without a day ("at 10 p.m.") is on the day the text
//     last named, else on the DCT;
//   - "earlier"/"later" before "this year", "that day" or "today" are
//     inside the expression and set the mod START/END, as TimeBank and
//     MEANTIME annotate (but "earlier this week" keeps them out, as
//     annotators did); "early", "late", "mid" are inside and set the mod;
//   - "the past year", "the last decade" are the period before the DCT's
//     (DATE, as "last year"), while "the past two years" is a DURATION;
//   - earnings comparisons ("a year earlier", "the year-ago quarter", "the
//     same period last year") go one year back from the period reported
//     and do not move the narrative anchor;
//   - "about", "just" and "right" stay outside the expression ("about
//     [six hours]", "right [now]"), as TimeBank annotates, while "nearly",
//     "almost", "around", "more than", "at least" are inside and set the
//     mod;
//   - "current" as an attribute ("the current system") is PRESENT_REF, and
//     so is "recent" PAST_REF ("recent losses"; about half of them are
//     annotated on dev, which is enough to gain);
//   - "1994 or later", "1990 and beyond" are one date with the mod
//     ON_OR_AFTER; "weeks or months" one duration valued at the first unit;
//   - a count of units before "later" or "afterwards" is the DURATION
//     without that word, as TimeBank annotates "[Three days] later" (P3D),
//     while "ago" and "earlier" stay inside a DATE ("[five years ago]",
//     "[a year earlier]"), as TimeBank mostly has them. The date such a
//     duration points to (three days after the narrative anchor) is kept in
//     dossier.Timex.Anchored and moves the anchor, as a date does; events
//     are dated by it. Days, weeks or hours later than a year ("who had led
//     the company since 2019, resigned two days later") count from the
//     last date of a month or finer when that one does not lie before the
//     year, which is then background;
//   - "ahead of" or "in advance of" before a month or a day without a year
//     looks forward as "until" does ("ahead of November's elections" in
//     June is the coming November);
//   - a capitalised "Fall" alone on its line or before "and" and a word
//     that is no season ("Fall and exile") is a heading about a downfall,
//     not the season;
//   - bare plural units before "ago", "earlier" ("just months ago") are
//     PAST_REF, and before "later" ("[Hours] later") a duration of unknown
//     length (PTXH), as "[a few hours] later" is;
//   - "For the week,", "the week's session" are the week the story is on,
//     as "For the day," is its (trading) day, Friday for a weekend story;
//   - names of days a text does not date ("Black Monday", "Super Tuesday")
//     are DATE XXXX-XX-XX, not the weekday near the DCT; a time word
//     capitalised inside a sentence is a title ("60 Minutes", ABC's "This
//     Week", "LA Weekly") and no expression;
//   - "over" before a count after "in", "for" or "last" ("in over six
//     years") and "around" before a date ("around Nov. 1") are inside the
//     expression and set the mod; a trailing "or so" is inside too;
//   - "two to three weeks" is one duration valued at the lower count, while
//     in "between 60 and 90 days" the lower count is a duration of its own;
//   - "a week ago" and "two weeks ago" are days, "six weeks ago" a week;
//   - a rate keeps its count inside: "twice a week", "six days a week",
//     "three times a year" are one SET (P1W, P1Y), as the TimeML
//     guidelines write "twice a week";
//   - a clock time alone on its line (a live blog's "9:52 a.m. ET") is on
//     the DCT and puts the entries under it on that day;
//   - "the early hours of Friday" is one TIME, Friday's morning with the
//     mod START; "A year on," opening a sentence is the time of writing;
//   - the first date of a range takes the year written on the second
//     ("from 23 March to 10 May 2020"); a month as the period of a
//     statistic ("sales for March", "its May forecast") is one gone by;
//   - clock times in GMT or UTC carry the zone ("T14:00Z"), as MEANTIME
//     writes them; other zones are dropped, as TimeBank does;
//   - a part of a year named by its first or last months or quarters is
//     one DATE when it is a calendar quarter or half ("the first two
//     quarters of 1990" 1990-H1, "the last three months of 2012" 2012-Q4),
//     as TimeBank annotates it; other counts ("the first nine months of
//     1989") stay a duration and a year. "the last half of the '80s" is
//     the decade with the mod END;
//   - "for the past three summers" is a SET of that season (XXXX-SU);
//   - a month and day within 45 days of the DCT stay in its year
//     against a past cue ("had been set to expire Nov. 6", unless a period
//     "ended" on it) or a future one ("became effective Feb. 17");
//   - "at the time," is the time the story is telling: "the time" (without
//     "at") takes the narrative anchor, PAST_REF without one; "at the
//     time he was captured" and "at the same time" are not read;
//   - "in the afternoon", "into the evening", "through the night" closing
//     their phrase are a part of the story's day, and "in morning
//     trading" the part of the DCT's (trading) day, "morning" alone;
//   - a season without a year follows the tense past the DCT's season
//     ("wait until the spring" in November is the next one), is the
//     narrative anchor's after "that" ("that summer"), and of any year
//     (XXXX-SP) in a habitual sentence ("usually in the spring", "55
//     tornadoes a year, most of them in the spring");
//   - a month before "delivery" or "futures" is a month ahead ("crude for
//     January delivery"), as is one after a plural noun and "for" that
//     is no statistic ("called strikes for December");
//   - "Orthodox Easter" follows the Julian computus.
//
// The modern-news dev set in testdata/modern (our own articles of
// 2011-2025, TempEval-3 format) measures the forms 2010s-2020s news uses,
// and testdata/modern2 (our own agency copy of 1997-2016, annotated
// blind) the forms of TempEval-style newswire the first set lacks;
// testdata/modern-holdout is scored only, never tuned on.
//
// Every DATE or TIME value that starts with a digit parses with
// dossier.ParseDate, which gives events their precision and sort key.
//
// The package does not read documents or detect sentences; Stage fits it
// into the ingest pipeline.
package timex

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dossier-kg/dossier"
)

// Tagger finds and normalises time expressions. Safe for concurrent use.
type Tagger struct {
	pool sync.Pool // *[]tok buffers
}

// New returns a Tagger. The grammar is compiled into the package, so New is
// cheap; a Tagger can be shared by any number of goroutines.
func New() *Tagger {
	return &Tagger{pool: sync.Pool{New: func() any { b := make([]tok, 0, 1024); return &b }}}
}

// Tag returns the time expressions of text in text order, normalised against dct (zero time = unknown DCT: relative
// expressions stay underspecified, e.g. "XXXX-12-08").
func (t *Tagger) Tag(text string, dct time.Time) []dossier.Timex {
	return t.TagWithAnchor(text, dct, time.Time{})
}

// TagWithAnchor is Tag with a narrative anchor to start from: anaphoric
// expressions ("a month earlier", "the following year", "that day") before
// the first calendar date of text resolve against anchor (taken at day
// precision) instead of the DCT. Callers that tag a passage on its own,
// such as one sentence of an article whose previous sentence named a date,
// pass that date as anchor. A zero anchor means none, as in Tag.
func (t *Tagger) TagWithAnchor(text string, dct, anchor time.Time) []dossier.Timex {
	bp := t.pool.Get().(*[]tok)
	toks := tokenize(text, *bp)
	p := parser{t: toks, dct: dct, hasDCT: !dct.IsZero()}
	if !anchor.IsZero() {
		p.setAnchor(fromTime(anchor, uDay))
	}
	var out []dossier.Timex
	for i := 0; i < len(toks); {
		if !p.startable(i) {
			i++
			continue
		}
		c, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		s, e := toks[c.i].start, toks[c.j-1].end
		out = append(out, dossier.Timex{
			Span:     dossier.Span{Start: s, End: e},
			Text:     text[s:e],
			Type:     c.typ,
			Value:    c.val,
			Mod:      c.mod,
			Anchored: c.anchored,
		})
		if c.anchor && (c.typ == "DATE" || c.typ == "TIME" && c.date.g == uDay || c.anchored != "") && c.date.known {
			p.setAnchor(c.date)
		}
		if c.typ == "DATE" && c.date.g == uYear && c.date.known && c.mod == "" && p.fronted(c.i, c.j) {
			p.lead, p.leadEnd, p.hasLead = c.date, c.j, true
		}
		// "adopted in May 2024 and took effect in August": a month with
		// its year leads the months after it in the sentence.
		if c.typ == "DATE" && c.date.g == uMonth && c.date.known && c.mod == "" && c.j-c.i >= 2 {
			p.lead, p.leadEnd, p.hasLead = c.date, c.j, true
		}
		if c.typ == "DATE" && c.date.g == uYear && c.date.known && (p.w(c.j) == "'s" || p.w(c.j) == "'" && p.w(c.j+1) == "s" || p.w(c.j) == "\u2019" && p.w(c.j+1) == "s") {
			p.poss, p.possEnd = c.date.y, c.j+1
			if p.w(c.j) != "'s" {
				p.possEnd = c.j + 2
			}
		}
		i = c.j
	}
	*bp = toks[:0]
	t.pool.Put(bp)
	anchorAfter(text, out)
	return out
}

// anchorAfter sets Anchored on a count of days, weeks, months or years
// followed by "after" or "before" and, later in the same sentence, a
// calendar date: "[Two weeks] after the interception on March 28" points
// to 2026-04-11. The expressions keep their TIMEX3 type and value.
func anchorAfter(text string, xs []dossier.Timex) {
	for i := range xs {
		d := &xs[i]
		if d.Type != "DURATION" || d.Anchored != "" {
			continue
		}
		// Not a length: "besieged the city for more than a year before
		// it fell".
		if before := strings.ToLower(strings.TrimRight(text[:d.Start], " ")); strings.HasSuffix(before, " for") || strings.HasSuffix(before, " over") || strings.HasSuffix(before, " during") {
			continue
		}
		rest := strings.ToLower(text[d.End:])
		sign := 0
		switch {
		case strings.HasPrefix(rest, " after "):
			sign = 1
		case strings.HasPrefix(rest, " before "):
			sign = -1
		default:
			continue
		}
		for j := i + 1; j < len(xs); j++ {
			r := xs[j]
			// (Not past a comma: "A day after Okoro resigned, police
			// arrested his deputy on Tuesday" counts from the
			// resignation, which the events stage dates.)
			if r.Start-d.End > 80 || strings.ContainsAny(text[d.End:r.Start], ".;\n,") {
				break
			}
			if r.Type != "DATE" {
				continue
			}
			if v, ok := dossier.ShiftDate(r.Value, d.Value, sign); ok {
				d.Anchored = v
			}
			break
		}
	}
}

// startable reports whether a time expression can start at token i: a
// trigger word or a number, not glued to the end of a word.
func (p *parser) startable(i int) bool {
	t := &p.t[i]
	if t.kind == 'p' {
		return t.l == "'" || t.l == "\u2019"
	}
	if i > 0 && !t.sp && p.t[i-1].kind != 'p' {
		return false
	}
	if t.kind == 'd' {
		return true
	}
	return triggers[t.l]
}

// Stage is the pipeline stage: fills a.Timexes (with Sentence indexes from a.Sentences if present) using
// a.Doc.Published as the DCT. Without sentences, Sentence is -1. When the
// document has no publication date, a dateline at the top of its text (see
// Dateline) gives one and is stored in a.Doc.Published; with neither, the
// DCT stays unknown and relative expressions stay underspecified.
type Stage struct{ Tagger *Tagger }

// Name implements ingest.Stage.
func (Stage) Name() string { return "timex" }

// Process implements ingest.Stage.
func (s Stage) Process(ctx context.Context, a *dossier.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if a == nil || a.Doc == nil {
		return fmt.Errorf("timex: analysis has no document")
	}
	tg := s.Tagger
	if tg == nil {
		tg = New()
	}
	if !a.Doc.HasPublished() {
		if d, ok := Dateline(a.Doc.Text); ok {
			a.Doc.Published = d
		}
	}
	xs := tg.Tag(a.Doc.Text, a.Doc.Published)
	for i := range xs {
		xs[i].Sentence = -1
		if len(a.Sentences) > 0 {
			xs[i].Sentence = a.SentenceAt(xs[i].Start)
		}
	}
	a.Timexes = xs
	return nil
}
