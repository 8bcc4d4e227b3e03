package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Line is one line of a CoNLL-2003 file: a token line, a blank line between
// sentences, or a -DOCSTART- line between documents.
type Line struct {
	// Raw is the line as read, without its line ending.
	Raw string
	// Token is the first field of a token line; "" for blank and -DOCSTART- lines.
	Token string
	// Tag is the last field of a token line when the line has at least two
	// fields (the gold tag in a labelled file), else "".
	Tag string
	// DocStart marks a -DOCSTART- line.
	DocStart bool
}

// IsToken reports whether the line carries a token.
func (l Line) IsToken() bool { return l.Token != "" }

// Corpus is a CoNLL file as read: every line, in order, so that it can be
// written back with predicted tags.
type Corpus struct {
	Lines []Line
}

// ReadCoNLL reads a CoNLL-2003 file: one token per line (token first,
// further space- or tab-separated columns ignored except the last, kept as
// Tag), blank lines between sentences, "-DOCSTART-" lines between documents.
// name identifies the input in errors. Invalid UTF-8 is an error.
func ReadCoNLL(r io.Reader, name string) (*Corpus, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	c := &Corpus{}
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(raw) {
			return nil, fmt.Errorf("ner: %s:%d: invalid UTF-8", name, n)
		}
		fields := strings.Fields(raw)
		l := Line{Raw: raw}
		switch {
		case len(fields) == 0:
		case fields[0] == "-DOCSTART-":
			l.DocStart = true
		default:
			l.Token = fields[0]
			if len(fields) > 1 {
				l.Tag = fields[len(fields)-1]
			}
		}
		c.Lines = append(c.Lines, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading %s at line %d: %w", name, n+1, err)
	}
	return c, nil
}

// LineRange locates one sentence in Corpus.Lines: lines First..Last-1 are its tokens.
type LineRange struct{ First, Last int }

// Documents groups the sentences of the corpus into documents: the spans
// between -DOCSTART- lines (a file without them is one document).
func (c *Corpus) Documents() [][]LineRange {
	var docs [][]LineRange
	var cur []LineRange
	start := -1
	flushSent := func(i int) {
		if start >= 0 {
			cur = append(cur, LineRange{start, i})
			start = -1
		}
	}
	for i, l := range c.Lines {
		switch {
		case l.DocStart:
			flushSent(i)
			if len(cur) > 0 {
				docs = append(docs, cur)
			}
			cur = nil
		case !l.IsToken():
			flushSent(i)
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flushSent(len(c.Lines))
	if len(cur) > 0 {
		docs = append(docs, cur)
	}
	return docs
}

// Tokens returns the tokens of a sentence span.
func (c *Corpus) Tokens(s LineRange) []string {
	out := make([]string, 0, s.Last-s.First)
	for _, l := range c.Lines[s.First:s.Last] {
		out = append(out, l.Token)
	}
	return out
}

// GoldTags returns the last-column tags of a sentence span converted to IOB2.
func (c *Corpus) GoldTags(s LineRange) []string {
	tags := make([]string, 0, s.Last-s.First)
	for _, l := range c.Lines[s.First:s.Last] {
		tags = append(tags, l.Tag)
	}
	return ToIOB2(tags)
}

// ToIOB2 converts IOB1 tags (where I- starts an entity unless it continues
// one of the same type) to IOB2, where every entity starts with B-. Tags
// already in IOB2 are unchanged; anything without a known prefix counts as O.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		p, typ := splitTag(t)
		switch p {
		case 'B':
			out[i] = "B-" + typ
		case 'I':
			pp, ptyp := splitTag(prev)
			if pp == 'O' || ptyp != typ {
				out[i] = "B-" + typ
			} else {
				out[i] = "I-" + typ
			}
		default:
			out[i] = "O"
		}
		prev = out[i]
	}
	return out
}

// splitTag splits "B-PER" into 'B' and "PER"; anything else is 'O'.
func splitTag(t string) (byte, string) {
	if len(t) > 2 && t[1] == '-' && (t[0] == 'B' || t[0] == 'I') {
		return t[0], t[2:]
	}
	return 'O', ""
}

// WriteCoNLL writes the corpus with one predicted tag per token line: the
// token, a space and the tag. Blank and -DOCSTART- lines are written as read.
// tags[i] is the tag of Lines[i] and is ignored for lines without a token.
func WriteCoNLL(w io.Writer, c *Corpus, tags []string) error {
	if len(tags) != len(c.Lines) {
		return fmt.Errorf("ner: %d tags for %d lines", len(tags), len(c.Lines))
	}
	bw := bufio.NewWriter(w)
	for i, l := range c.Lines {
		if l.IsToken() {
			bw.WriteString(l.Token)
			bw.WriteByte(' ')
			bw.WriteString(tags[i])
		} else {
			bw.WriteString(l.Raw)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: writing tags: %w", err)
	}
	return nil
}
