package text

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// Segment splits text into tokens and sentences. Tokens carry byte offsets
// (Token.Span, Token.Text == text[Start:End], Token.Head == -1); sentences
// carry their byte span (first token start .. last token end) and token
// range First..Last.
//
// Every token lies in exactly one sentence; tokens and sentences are in text
// order and do not overlap. Invalid UTF-8 bytes become one-byte tokens.
// Segment never fails: any string has a segmentation.
func Segment(text string) ([]dossier.Token, []dossier.Sentence) {
	toks := tokenize(text, make([]dossier.Token, 0, len(text)/5+4))
	return toks, splitSentences(text, toks)
}

// Segmenter is the pipeline stage: it fills a.Tokens and a.Sentences from
// a.Doc.Text. It has no state and is safe for concurrent use.
type Segmenter struct{}

// Name implements ingest.Stage.
func (Segmenter) Name() string { return "segment" }

// Process implements ingest.Stage: it replaces a.Tokens and a.Sentences with
// the segmentation of a.Doc.Text.
func (Segmenter) Process(ctx context.Context, a *dossier.Analysis) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("segment: %w", err)
	}
	if a == nil || a.Doc == nil {
		return errors.New("segment: analysis has no document")
	}
	a.Tokens, a.Sentences = Segment(a.Doc.Text)
	return nil
}

// splitter decides where sentences end in a tokenised text.
type splitter struct {
	text string
	toks []dossier.Token
	// wrap is the width of hard-wrapped lines in the text, computed on
	// first use (0 until then).
	wrap int
	// first is the first token of the current sentence.
	first int
}

func splitSentences(text string, toks []dossier.Token) []dossier.Sentence {
	if len(toks) == 0 {
		return nil
	}
	sp := splitter{text: text, toks: toks}
	sents := make([]dossier.Sentence, 0, len(toks)/16+1)
	first := 0
	caption := sp.captionStart(0)
	for k := 0; k < len(toks)-1; k++ {
		if !sp.boundaryAfter(k, caption) {
			continue
		}
		sents = append(sents, sp.sentence(first, k+1))
		first = k + 1
		sp.first = first
		caption = sp.captionStart(first)
	}
	return append(sents, sp.sentence(first, len(toks)))
}

func (sp *splitter) sentence(first, last int) dossier.Sentence {
	span := dossier.Span{Start: sp.toks[first].Start, End: sp.toks[last-1].End}
	return dossier.Sentence{
		Span:   span,
		First:  first,
		Last:   last,
		Credit: IsCredit(sp.text[span.Start:span.End]),
	}
}

// captionStart reports whether the sentence starting at token f is an image
// credit ("Image: AP Photo/..."), which ends at the end of its line.
func (sp *splitter) captionStart(f int) bool {
	return f+1 < len(sp.toks) && sp.toks[f+1].Text == ":" && isCaptionWord(sp.toks[f].Text)
}

// creditFollows reports whether the token after the colon at token c
// starts a credit line: a capitalised word or name on the same line.
func (sp *splitter) creditFollows(c int) bool {
	if c+1 >= len(sp.toks) || newlines(sp.text[sp.toks[c].End:sp.toks[c+1].Start]) > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sp.toks[c+1].Text)
	return isUpper(r)
}

// boundaryAfter reports whether a sentence ends after token k (which is
// not the last token). caption says the current sentence is an image credit.
func (sp *splitter) boundaryAfter(k int, caption bool) bool {
	t, next := &sp.toks[k], &sp.toks[k+1]
	nl := newlines(sp.text[t.End:next.Start])
	if nl >= 2 || (caption && nl == 1) {
		return true
	}
	// An image credit glued to the previous word ("in IranImage: AP") or
	// after a caption on the same line ("in Berlin Image: AP").
	if sp.captionStart(k + 1) {
		if next.Start == t.End {
			if gluesCaption(t.Text) {
				return true
			}
		} else if sp.creditFollows(k+2) && !continues(t.Text) {
			return true
		}
	}
	// A dateline ends at its dash: "BOGOTA — The United States ...".
	if nl == 0 && sp.datelineEnds(k) {
		return true
	}
	// A closing quote or bracket glued to a terminator, or a reference
	// marker ("in 2014. [4]"): decide after it.
	if next.Start == t.End && isCloser(next.Text) || nl == 0 && sp.citationAt(k+1) {
		return false
	}
	m := k
	for steps := 0; m > 0 && steps < maxClosers; steps++ {
		if m >= 3 && sp.citationAt(m-2) {
			m -= 3
		} else if isCloser(sp.toks[m].Text) && sp.toks[m].Start == sp.toks[m-1].End {
			m--
		} else {
			break
		}
	}
	if end, decided := sp.terminates(m, k, nl); decided && (end || nl == 0) {
		return end
	}
	if nl == 1 {
		// No sentence end by punctuation, but perhaps by layout (also
		// after an abbreviation ending a headline or paragraph line).
		return sp.lineEnds(k)
	}
	return false
}

// datelineEnds reports whether token k is the dash closing a dateline
// that opens the current sentence at the start of a line: place words in
// capitals, commas, a country after the city ("FRANKFURT, Germany, Oct 9
// (AP) —"), a date and an agency in brackets ("WASHINGTON (Reuters) -").
func (sp *splitter) datelineEnds(k int) bool {
	switch sp.toks[k].Text {
	case "—", "–", "--", "-":
	default:
		return false
	}
	f := sp.first
	if k == f || k-f > 12 {
		return false
	}
	if f > 0 && newlines(sp.text[sp.toks[f-1].End:sp.toks[f].Start]) == 0 {
		return false
	}
	words, country, city := 0, 0, 0
	for i := f; i < k; i++ {
		w := sp.toks[i].Text
		switch {
		case w == ",":
		case w == "(" && sp.agencyBracket(i, k) > 0:
			// "(Reuters)", "(Lanka Financial Wire)"
			i = sp.agencyBracket(i, k)
		case allCaps(w):
			words++
		case words == 0 && country == 0 && city < 3 && titleCase(w) && (i == f || titleCase(sp.toks[i-1].Text)):
			// "Bogotá, Colombia —": a city in title case counts only
			// with the country after it.
			city++
		case (words > 0 || city > 0) && country < 3 && titleCase(w) && (sp.toks[i-1].Text == "," || country > 0 && titleCase(sp.toks[i-1].Text)):
			// the country or state after the city: "Germany", "Costa Rica"
			country++
		case (words > 0 || country > 0) && (datelineMonths[strings.ToLower(strings.TrimSuffix(w, "."))] || isNumber(w)):
			// "CARACAS, Aug 29 (Reuters) -", "PARIS, March 3, 2024 -"
		default:
			return false
		}
	}
	if country > 0 && k+1 < len(sp.toks) {
		// "US, China — the rivals — met": a dateline opens a sentence.
		if r, _ := utf8.DecodeRuneInString(sp.toks[k+1].Text); unicode.IsLower(r) {
			return false
		}
	}
	return words > 0 || city > 0 && country > 0
}

// agencyBracket returns the index of the ")" closing the bracket opened at
// token i before token k when it holds a news agency's name: one to four
// capitalised words ("(AP)", "(Asia Business Wire)", "(Agence France-Presse)"),
// else -1.
func (sp *splitter) agencyBracket(i, k int) int {
	for j := i + 1; j < k && j <= i+5; j++ {
		w := sp.toks[j].Text
		if w == ")" {
			if j == i+1 {
				return -1
			}
			return j
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "&" && w != "-" {
			return -1
		}
	}
	return -1
}

// titleCase reports whether w is a capital followed by lower-case letters
// ("Germany", not "GERMANY" or "iPhone").
func titleCase(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// datelineMonths are month names and abbreviations a dateline may carry.
var datelineMonths = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true,
	"april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true,
	"august": true, "sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true,
	"november": true, "dec": true, "december": true,
}

// isNumber reports whether w is all ASCII digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// attribution reports whether the tokens from i are a name of one to three
// capitalised words (not a sentence opener) and a speech verb: "Smith
// asked", "Ali Safavi said".
func (sp *splitter) attribution(i int) bool {
	for j := i; j < len(sp.toks) && j < i+4; j++ {
		w := sp.toks[j].Text
		if j > i && speechVerbs[w] {
			return true
		}
		if !isUpperStart(w) || sentenceStarters[w] {
			return false
		}
	}
	return false
}

// speechVerbs are the verbs of attribution after a quotation (read-only).
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true, "tells": true,
	"added": true, "adds": true, "replied": true, "replies": true, "wrote": true, "writes": true,
	"explained": true, "insisted": true, "shouted": true, "cried": true, "exclaimed": true,
	"tweeted": true, "wondered": true, "continued": true, "demanded": true, "declared": true,
	"recalled": true, "warned": true, "urged": true, "called": true, "yelled": true,
}

// maxClosers bounds the closing quotes, brackets and reference markers
// looked through to find the punctuation before them.
const maxClosers = 8

// citationAt reports whether tokens i..i+2 are a reference marker: "[",
// a number, "]".
func (sp *splitter) citationAt(i int) bool {
	return i+2 < len(sp.toks) && sp.toks[i].Text == "[" && allDigits(sp.toks[i+1].Text) && sp.toks[i+2].Text == "]" &&
		sp.toks[i+1].Start == sp.toks[i].End && sp.toks[i+2].Start == sp.toks[i+1].End
}

// terminates reports, when token m is sentence-final punctuation or an
// abbreviation, possibly followed by closing quotes and brackets up to token
// k, whether the sentence ends after token k (decided is false when m is
// neither).
func (sp *splitter) terminates(m, k, nl int) (end, decided bool) {
	w := sp.toks[m].Text
	if last := w[len(w)-1]; last != '.' && last != '!' && last != '?' && w != "…" && w != "。" && w != "！" && w != "？" {
		return false, false
	}
	next := sp.toks[k+1].Text
	if (next == "," || next == ";" || next == ":") && k == m && nl == 0 {
		// "Does the Team Think?, a comic show": a title inside a sentence.
		return false, true
	}
	if onlyMarks(next) && sp.toks[k+1].Start == sp.toks[k].End {
		// "(?)." or "?)." : the sentence ends at the last mark.
		return false, true
	}
	switch {
	case w == "." || w == "。":
		switch {
		case sp.listNumber(m):
			return false, true
		case next == "." || next == "…":
			return false, true // a spaced ellipsis ". . ."
		case startsLower(next):
			// Lower case after a period continues the sentence after an
			// unknown abbreviation, but not after an ordinary word or a
			// number ("call 555-0100. they said").
			return m > 0 && k == m && plainWord(sp.toks[m-1].Text), true
		}
		return true, true
	case onlyMarks(w) && strings.ContainsAny(w, "!?") || w == "！" || w == "？":
		// "Why?" he asked: a closing quote and lower case continue.
		// An exclamation mark before lower case may be part of a name
		// (Yahoo! said); a question mark without a quote ends.
		if startsLower(next) && (k > m || !strings.Contains(w, "?")) {
			return false, true
		}
		// "Why now?" Smith asked: a quoted question or exclamation
		// attributed to a name goes on.
		if k > m && sp.attribution(k+1) {
			return false, true
		}
		return true, true
	case w == "…" || onlyMarks(w):
		// An ellipsis ends a sentence when a capitalised word follows.
		r, _ := utf8.DecodeRuneInString(next)
		return isUpper(r) || (nl > 0 && !startsLower(next)), true
	case len(w) > 1 && w[len(w)-1] == '.':
		class, known := abbreviations[w[:len(w)-1]]
		if !known {
			class = abbrevOther
		}
		switch class {
		case abbrevOther:
			return sentenceStarters[next], true
		case abbrevFinal:
			return isUpperStart(next), true
		}
		return false, true
	}
	return false, false
}

// plainWord reports whether w, followed by a period, is an ordinary word or
// a number rather than an abbreviation: digits, or four or more lower-case
// letters with a vowel.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(rune(w[len(w)-1])) {
		return true
	}
	if len(w) < 4 {
		return false
	}
	vowel := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		vowel = vowel || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
	}
	return vowel
}

// listNumber reports whether the period at token m closes a list number
// that starts the sentence ("1. Skip to content").
func (sp *splitter) listNumber(m int) bool {
	if m-1 != sp.first || !allDigits(sp.toks[m-1].Text) || sp.toks[m-1].End != sp.toks[m].Start {
		return false
	}
	if m+1 < len(sp.toks) && sp.toks[m+1].Start == sp.toks[m].End {
		return false
	}
	return m-1 == 0 || newlines(sp.text[sp.toks[m-2].End:sp.toks[m-1].Start]) > 0
}

// lineEnds decides whether the single line break after token k ends a
// sentence although no punctuation does: after a headline, title or list
// item, but not inside hard-wrapped prose.
func (sp *splitter) lineEnds(k int) bool {
	t, next := sp.toks[k], sp.toks[k+1]
	if startsLower(next.Text) {
		return false
	}
	ls := strings.LastIndexByte(sp.text[:t.Start], '\n') + 1
	line := strings.TrimLeft(sp.text[ls:t.End], " \t\r\f\v")
	n := utf8.RuneCountInString(line)
	w := sp.wrapWidth()
	if sp.listItemAt(next.Start) && (w == unwrapped || n*4 < w*3 || !isDigit(rune(sp.text[next.Start]))) {
		// A bullet, or a number unless it only continues a wrapped
		// line ("on March\n13. The...").
		return true
	}
	if continues(t.Text) {
		return false
	}
	if indent := len(sp.text[ls:t.End]) - len(line); sp.indent(next.Start) >= indent+2 {
		// A paragraph indented more than the line before it.
		return true
	}
	if n > longLine || sp.listItemAt(t.End-len(line)) || allCaps(line) {
		return true
	}
	if w != unwrapped && isUpperStart(t.Text) && hasLowerWord(line) {
		// A name broken by the wrap ("the United\nStates"): a headline in
		// sentence case would rarely stand in wrapped text.
		return false
	}
	return n*4 < w*3
}

// isUpperStart reports whether w starts with a capital letter.
func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpper(r)
}

// hasLowerWord reports whether a line holds a word starting in lower case.
func hasLowerWord(line string) bool {
	for i := 0; i < len(line); i++ {
		if 'a' <= line[i] && line[i] <= 'z' && (i == 0 || line[i-1] == ' ') {
			return true
		}
	}
	return false
}

// indent returns the width of the white space before text[i] on its line.
func (sp *splitter) indent(i int) int {
	n := 0
	for i > 0 && (sp.text[i-1] == ' ' || sp.text[i-1] == '\t') {
		i--
		n++
	}
	return n
}

// longLine is the length in runes beyond which a line cannot be hard-wrapped
// prose: a line break after it ends a block.
const longLine = 100

// wrapWidth returns the width at which the text is hard-wrapped, or
// unwrapped if it is not. A text is wrapped if more of its lines of 40 runes
// or more run on into a next line than there are lines longer than
// longLine; its width is then the median length of those run-on lines.
// Otherwise its lines are paragraphs, headlines and captions.
func (sp *splitter) wrapWidth() int {
	if sp.wrap > 0 {
		return sp.wrap
	}
	var hist [longLine + 1]int // run-on lines by length
	long, runOn := 0, 0
	for s := sp.text; len(s) > 0; {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(line) < 40 {
			continue
		}
		n := utf8.RuneCountInString(strings.TrimSpace(line))
		switch {
		case n > longLine:
			long++
		case n >= 40:
			if next, _, _ := strings.Cut(s, "\n"); strings.TrimSpace(next) != "" {
				hist[n]++
				runOn++
			}
		}
	}
	sp.wrap = unwrapped
	if runOn > long {
		for n, seen := 0, 0; n <= longLine; n++ {
			if seen += hist[n]; 2*seen >= runOn {
				sp.wrap = n
				break
			}
		}
	}
	return sp.wrap
}

// unwrapped is the wrap width of a text that is not hard-wrapped.
const unwrapped = 1 << 30

// listItemAt reports whether a list item starts at text[i]: a bullet or a
// number with a period or parenthesis, followed by a space.
func (sp *splitter) listItemAt(i int) bool {
	s := sp.text[i:]
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '·', '‣', '◦', '▪', '■', '►', '–', '—', '+':
		return len(s) > size && (s[size] == ' ' || s[size] == '\t')
	}
	j := 0
	for j < len(s) && j < 3 && isDigit(rune(s[j])) {
		j++
	}
	return j > 0 && j+1 < len(s) && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t')
}

// newlines counts the line breaks in a run of white space, up to 2 (a blank
// line). Form feeds and paragraph separators count as blank lines.
func newlines(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				n++
			}
		case '\f', '\v':
			n += 2
		case 0xe2: // U+2028 line separator, U+2029 paragraph separator
			if i+2 < len(gap) && gap[i+1] == 0x80 {
				switch gap[i+2] {
				case 0xa8:
					n++
				case 0xa9:
					n += 2
				}
			}
		case 0xc2: // U+0085 next line
			if i+1 < len(gap) && gap[i+1] == 0x85 {
				n++
			}
		}
	}
	return min(n, 2)
}

// isCloser reports whether a token closes a quotation or bracket.
func isCloser(w string) bool {
	switch w {
	case "”", "’", "\"", "'", ")", "]", "}", "»", "›", "''":
		return true
	}
	return false
}

// continues reports whether a line ending in w must go on: a comma or
// similar, or a lower-case function word.
func continues(w string) bool {
	switch w {
	case ",", ";", ":", "-", "(", "[", "“", "‘", "&", "/",
		"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
		"as", "that", "which", "who", "is", "was", "are", "were", "be", "been", "has", "have", "had",
		"will", "would", "its", "their", "his", "her", "this", "than", "into", "over", "under", "about":
		return true
	}
	return false
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isLower(r)
}

// gluesCaption reports whether a token an image-credit label is glued to
// ends a caption: a word, a number or a closing bracket or quote.
func gluesCaption(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return isAlnum(r) || r == ')' || r == ']' || r == '"' || r == '”' || r == '’'
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(rune(w[i])) {
			return false
		}
	}
	return true
}

// allCaps reports whether a line has at least two letters and no lower-case
// ones (a wire-service headline).
func allCaps(line string) bool {
	letters := 0
	for _, r := range line {
		if isLower(r) {
			return false
		}
		if isUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// onlyMarks reports whether w is made of . ! and ? only.
func onlyMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}
