package events

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/mentions"
)

// sentence is the working view of one sentence: the shared mention view
// (tokens, lower-cased words, the entity mention at each token) plus its
// dated time expressions and whether it is parsed.
type sentence struct {
	*mentions.Sentence
	a      *dossier.Analysis
	index  int
	first  int // index of the sentence's first token in a.Tokens
	toks   []dossier.Token
	lower  []string // lower-cased token texts, indexed like toks
	ms     []smention
	timexs []stimex
	// offsetOf maps a date that a count of days or weeks is reckoned from
	// to that count, both as indexes into timexs: in "Two weeks after the
	// interception on March 28, police arrested", March 28 is the
	// interception's date and "two weeks after" it the arrest's.
	offsetOf map[int]int
	// counts are the counts of days, weeks, months or years right before
	// "after" or "before" that no date follows ("five days after a tunnel
	// caved in"): the clause they open happened that long before or
	// after the sentence's dated event (dateCountClauses).
	counts []stimex
	// unresolved holds the first tokens of the dates and times with no
	// calendar value ("in November" without a publication date).
	unresolved []int
	// habits holds the first tokens of sets of times that make a clause a
	// habit ("every year", "each week").
	habits []int
	// dateline is the index of the dash ending an agency dateline that
	// opens the sentence ("GOMBERA, 14 November 2026 (Reuters) -"), or -1.
	dateline int
	// dated are the document's time expressions as they date events
	// (datedTimexes), shared by its sentences.
	dated  []dossier.Timex
	parsed bool
	// countries are the IDs of the document's places that are countries.
	countries map[string]bool
}

// headline reports whether the sentence is the document's headline: its
// first sentence, ending without a full stop.
func (s *sentence) headline() bool {
	if s.index != 0 || len(s.toks) == 0 {
		return false
	}
	switch s.lower[len(s.toks)-1] {
	case ".", "!", "?", "\"", "”":
		return false
	}
	return true
}

// smention is a resolved mention within a sentence, by token positions
// relative to the sentence.
type smention = mentions.Mention

// stimex is a dated time expression by relative token positions.
type stimex struct {
	first, last int
	timex       dossier.Timex
}

func newSentence(a *dossier.Analysis, si int, dated []dossier.Timex) *sentence {
	v := mentions.Of(a, si)
	st := &sentence{Sentence: v, a: a, index: si, first: v.Offset, toks: v.Tokens, lower: v.Lower, ms: v.Mentions, dated: dated}
	for _, t := range st.toks {
		if t.Head >= 0 {
			st.parsed = true
			break
		}
	}
	st.dateline = -1
	for k := 1; k < len(st.lower) && k < 25; k++ {
		if w := st.lower[k]; (w == "-" || w == "–" || w == "—") && st.lower[k-1] == ")" {
			st.dateline = k
			break
		}
	}
	// "Nairobi — Kenyan police arrested ...": a place opening the
	// sentence right before a dash is a dateline too.
	if st.dateline < 0 && len(st.lower) > 2 {
		if m := st.mentionAt(0); m != nil && m.Type == dossier.Place && m.Last < len(st.lower) {
			switch st.lower[m.Last] {
			case "-", "–", "—":
				st.dateline = m.Last
			}
		}
	}
	for _, tx := range dated {
		s := a.Sentences[si]
		if tx.End <= s.Start || tx.Start >= s.End {
			continue
		}
		if v, ok := sameDayAsBefore(dated, tx); ok {
			// "detained hours later": the day of the date before it.
			tx.Value = v
		}
		f, l := v.TokenRange(tx.Span)
		if tx.Type == "DURATION" && f < l && l < len(st.lower) && (st.lower[l] == "after" || st.lower[l] == "before") && tx.Anchored == "" {
			if isCount(tx.Value) {
				st.counts = append(st.counts, stimex{first: f, last: l, timex: tx})
			}
		}
		if _, err := dossier.ParseDate(tx.Value); err != nil || tx.Type == "DURATION" || tx.Type == "SET" {
			if f < l && (tx.Type == "DATE" || tx.Type == "TIME") {
				st.unresolved = append(st.unresolved, f)
			}
			// ("sells 700,000 cars a year" is a rate, which says what a
			// company is; "every year" says it happens again and again.)
			if f < l && tx.Type == "SET" && (st.lower[f] == "every" || st.lower[f] == "each") {
				st.habits = append(st.habits, f)
			}
			continue
		}
		if f < l && !st.superlativeSince(f) {
			st.timexs = append(st.timexs, stimex{first: f, last: l, timex: tx})
		}
	}
	for j := 0; j+1 < len(st.timexs); j++ {
		d := st.timexs[j]
		if w := st.lower; d.last < len(w) && (w[d.last] == "after" || w[d.last] == "before") && anchoredCount(a, d.timex) {
			if st.offsetOf == nil {
				st.offsetOf = map[int]int{}
			}
			st.offsetOf[j+1] = j
		}
	}
	return st
}

// anchoredCount reports whether tx, as read for dating, was a count the
// tagger anchored ("[Two weeks] after ... March 28").
func anchoredCount(a *dossier.Analysis, tx dossier.Timex) bool {
	for _, o := range a.Timexes {
		if o.Span == tx.Span {
			return o.Type == "DURATION" && o.Anchored != ""
		}
	}
	return false
}

// datedTimexes returns the document's time expressions as they date
// events (asDate), worked out once for all its sentences.
func datedTimexes(a *dossier.Analysis) []dossier.Timex {
	out := make([]dossier.Timex, len(a.Timexes))
	for i, tx := range a.Timexes {
		out[i] = asDate(a.Doc.Text, tx)
	}
	return out
}

// laterWords after a duration make it the date that long after the story's
// last one: "[two years] later", "[three days] afterwards".
var laterWords = map[string]bool{"later": true, "afterwards": true, "afterward": true}

// asDate returns tx as the date it points to, which is what dates events.
// The tagger annotates "[two years] later" as TimeML does, a DURATION
// without "later", and keeps the date in Anchored; here the expression is
// again the DATE "two years later", its value the anchored date, or
// FUTURE_REF when the tagger knew none ("[hours] later", which
// sameDayAsBefore may still date). Other expressions are returned as they
// are: the tagger sets Anchored on durations only.
func asDate(text string, tx dossier.Timex) dossier.Timex {
	if tx.Type != "DURATION" {
		return tx
	}
	end := tx.End
	for end < len(text) && text[end] == ' ' {
		end++
	}
	w := end
	for w < len(text) && unicode.IsLetter(rune(text[w])) {
		w++
	}
	later := w > end && laterWords[strings.ToLower(text[end:w])] && !strings.HasPrefix(text[w:], " than ")
	if !later && tx.Anchored == "" {
		return tx
	}
	tx.Type, tx.Value = "DATE", "FUTURE_REF"
	if tx.Anchored != "" {
		tx.Value = tx.Anchored
		if strings.Contains(tx.Anchored, "T") {
			tx.Type = "TIME"
		}
	}
	if later {
		tx.End, tx.Text = w, text[tx.Start:w]
	}
	return tx
}

// sameDayAsBefore returns, for "hours later", "minutes after", "moments
// later" (which the tagger values FUTURE_REF or PAST_REF, as TimeML does),
// the day of the last dated expression before it in the document (dated:
// the document's expressions as asDate reads them), to date
// an event by; ok is false for any other expression or when no earlier
// expression gives a day.
func sameDayAsBefore(dated []dossier.Timex, tx dossier.Timex) (string, bool) {
	if tx.Value != "FUTURE_REF" && tx.Value != "PAST_REF" {
		return "", false
	}
	t := strings.ToLower(tx.Text)
	if !strings.Contains(t, "hour") && !strings.Contains(t, "minute") && !strings.Contains(t, "moment") {
		return "", false
	}
	for i := len(dated) - 1; i >= 0; i-- {
		p := dated[i]
		if p.End > tx.Start || p.Type == "DURATION" || p.Type == "SET" {
			continue
		}
		if d, err := dossier.ParseDate(p.Value); err == nil && d.Precision == dossier.PrecisionDay {
			return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day), true
		}
		return "", false
	}
	return "", false
}

// inMention reports whether token i is part of an entity mention.
func (s *sentence) inMention(i int) bool { return s.Covering(i) >= 0 }

// mentionAt returns the mention starting at token i, or nil.
func (s *sentence) mentionAt(i int) *smention { return s.At(i) }

// mentionEndingAt returns the mention whose last token is i, or nil.
func (s *sentence) mentionEndingAt(i int) *smention { return s.EndingAt(i) }

var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "from": true, "to": true, "with": true, "by": true, "for": true,
	"against": true, "about": true, "into": true, "during": true, "after": true, "before": true, "since": false,
	"under": true, "over": true, "among": true, "between": true, "through": true, "across": true, "near": true,
	"outside": true, "inside": true, "within": true, "without": true, "towards": true, "toward": true, "like": true,
	"per": true, "via": true, "despite": true, "amid": true, "than": true, "behind": true, "beyond": true, "upon": true,
	"including": true, "following": true, "as": true, "off": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true,
	"these": true, "those": true, "some": true, "many": true, "several": true, "both": true, "all": true,
}

var adverbs = map[string]bool{
	"not": true, "n't": true, "never": true, "also": true, "later": true, "then": true, "now": true, "once": true,
	"first": true, "publicly": true, "immediately": true, "formally": true, "officially": true, "eventually": true,
	"finally": true, "reportedly": true, "allegedly": true, "already": true, "still": true, "again": true, "quickly": true,
	"recently": true, "subsequently": true, "previously": true, "initially": true, "ultimately": true, "effectively": true,
	"unilaterally": true, "jointly": true, "only": true, "just": true, "even": true, "however": true, "soon": true,
}

var beForms = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true, "'s": true, "’s": true,
	"got": true, "get": true, "gets": true, "getting": true,
}

// isVerbish reports whether token i is (likely) a verb: by its POS tag
// when the sentence is tagged, by its form otherwise.
func (s *sentence) isVerbish(i int) bool {
	t := s.toks[i]
	switch t.UPOS {
	case "VERB":
		return true
	case "":
	default:
		return false
	}
	w := s.lower[i]
	if _, ok := irregular[w]; ok {
		return true
	}
	for _, l := range lemmas(w) {
		if _, ok := verbRules[l]; ok && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true
		}
	}
	return false
}

// precededByPrep reports whether the mention starting at token i is the
// object of a preposition (skipping determiners and modifiers), and which.
func (s *sentence) precededByPrep(i int) (string, bool) {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		if determiners[w] || s.toks[k].UPOS == "ADJ" || s.toks[k].UPOS == "NUM" || w == "'s" || w == "’s" {
			continue
		}
		if s.inMention(k) {
			// possessive or compound name before: "Iran's X"
			continue
		}
		if prepositions[w] {
			return w, true
		}
		return "", false
	}
	return "", false
}

// precededByVerb reports whether the mention starting at token i follows a
// verb directly (skipping determiners), i.e. is likely its object.
func (s *sentence) precededByVerb(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.lower[k]
		if determiners[w] || s.toks[k].UPOS == "ADJ" {
			continue
		}
		return s.isVerbish(k)
	}
	return false
}

func isCap(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// superlativeSince reports whether the date at token f follows "since"
// after a superlative ("the largest swap since October", "its lowest
// level since 2009"): the date is the comparison's, not the event's.
func (st *sentence) superlativeSince(f int) bool {
	if f == 0 || st.lower[f-1] != "since" {
		return false
	}
	// ("the deadliest since August 2007, when an earthquake killed 500":
	// the "when" clause's own date.)
	for k := f + 1; k < len(st.lower) && k <= f+5; k++ {
		if st.lower[k] == "when" {
			return false
		}
		if st.lower[k] == "." || st.lower[k] == ";" {
			break
		}
	}
	for k := f - 2; k >= 0 && k >= f-8; k-- {
		w := st.lower[k]
		if w == "," || w == "." || w == ";" {
			return false
		}
		if superlatives[w] || len(w) > 4 && strings.HasSuffix(w, "est") && st.toks[k].XPOS == "JJS" {
			return true
		}
	}
	return false
}

// superlatives are the words that make a comparison with a date after
// "since".
var superlatives = map[string]bool{"first": true, "worst": true, "best": true, "biggest": true,
	"largest": true, "highest": true, "lowest": true, "deadliest": true, "strongest": true, "weakest": true}
