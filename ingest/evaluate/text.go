package evaluate

import (
	"sort"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Text rebuilds the running text of a document from its tokens and returns
// it with the byte span of every token (spans[i] is Tokens[i]).
//
// The detokenisation undoes the Penn Treebank conventions of the corpus so
// that the pipeline sees ordinary news text: the quote tokens (two backquotes, two
// apostrophes) become straight double quotes, -LRB-/-RRB- brackets; there is no space before closing
// punctuation (, . ; : ! ? % ) ] }), clitics ('s n't 're 've 'll 'd 'm) and
// closing quotes, and none after opening brackets, currency signs and
// opening quotes. The headline (sentence 0) and the dateline (sentence 1)
// end with a blank line, as in the published article; the other sentences
// are joined by one space, so the segmenter has to find their boundaries.
func (d *Document) Text() (string, []dossier.Span) {
	var b strings.Builder
	spans := make([]dossier.Span, len(d.Tokens))
	glueNext := true // no space before the first token
	openQuote := false
	for i, t := range d.Tokens {
		w := surface(t.Text)
		isQuote := t.Text == "``" || t.Text == "''" || t.Text == `"`
		opening := t.Text == "``" || (t.Text == `"` && !openQuote)
		if i > 0 {
			switch {
			case t.Sentence != d.Tokens[i-1].Sentence && d.Tokens[i-1].Sentence <= 1:
				b.WriteString("\n\n")
			case glueNext:
			case isQuote && !opening:
			case !isQuote && gluesLeft(t.Text):
			default:
				b.WriteByte(' ')
			}
		}
		if isQuote {
			openQuote = opening
		}
		spans[i] = dossier.Span{Start: b.Len(), End: b.Len() + len(w)}
		b.WriteString(w)
		glueNext = (isQuote && opening) || gluesRight(t.Text)
	}
	return b.String(), spans
}

// surface maps PTB escapes back to the characters they stand for.
func surface(tok string) string {
	switch tok {
	case "``", "''":
		return `"`
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LSB-":
		return "["
	case "-RSB-":
		return "]"
	}
	return tok
}

func gluesLeft(tok string) bool {
	switch tok {
	case ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "-RRB-", "-RSB-", "...":
		return true
	}
	switch strings.ToLower(tok) {
	case "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'":
		return true
	}
	return false
}

func gluesRight(tok string) bool {
	switch tok {
	case "(", "[", "{", "-LRB-", "-LSB-", "$", "US$", "AU$", "£", "€":
		return true
	}
	return false
}

// tokenRange returns the first and last (inclusive) token whose span
// overlaps s, given the token spans in text order; ok is false when none
// does.
func tokenRange(spans []dossier.Span, s dossier.Span) (first, last int, ok bool) {
	first = sort.Search(len(spans), func(i int) bool { return spans[i].End > s.Start })
	last = first - 1
	for j := first; j < len(spans) && spans[j].Start < s.End; j++ {
		if spans[j].Overlaps(s) {
			last = j
		}
	}
	if last < first {
		return 0, 0, false
	}
	return first, last, true
}
