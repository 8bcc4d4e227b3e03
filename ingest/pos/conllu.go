package pos

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// LineKind says what a CoNLL-U token line is: a syntactic word, a multiword
// token range ("1-2") or an empty node of the enhanced graph ("8.1").
type LineKind uint8

// The kinds of CoNLL-U token lines.
const (
	WordLine  LineKind = iota // "7": a syntactic word, the unit taggers and parsers work on
	RangeLine                 // "1-2": a multiword token spanning several words
	EmptyLine                 // "8.1": an empty node of the enhanced dependency graph
)

// Token is one token line of a CoNLL-U file: its ten columns exactly as read
// ("_" stays "_"). The writer prints an empty column as "_".
type Token struct {
	ID, Form, Lemma, UPOS, XPOS, Feats, Head, Deprel, Deps, Misc string
}

// Kind reports whether the line is a word, a multiword range or an empty
// node, from the shape of its ID.
func (t *Token) Kind() LineKind {
	switch {
	case strings.IndexByte(t.ID, '-') >= 0:
		return RangeLine
	case strings.IndexByte(t.ID, '.') >= 0:
		return EmptyLine
	}
	return WordLine
}

// HeadIndex returns the HEAD column as an integer (0 for the root) and false
// when it is "_" or not a number.
func (t *Token) HeadIndex() (int, bool) {
	h, err := strconv.Atoi(t.Head)
	if err != nil || h < 0 {
		return 0, false
	}
	return h, true
}

// Sentence is one CoNLL-U sentence block: its comment lines and every token
// line (words, multiword ranges, empty nodes) in file order, so that
// WriteCoNLLU reproduces the input with whatever columns were changed.
type Sentence struct {
	// Comments are the comment lines, "#" included, in order.
	Comments []string
	// Tokens are the token lines in order.
	Tokens []Token
}

// WordIndexes returns the indexes into s.Tokens of the syntactic words (the
// lines with an integer ID), in order.
func (s *Sentence) WordIndexes() []int {
	idx := make([]int, 0, len(s.Tokens))
	for i := range s.Tokens {
		if s.Tokens[i].Kind() == WordLine {
			idx = append(idx, i)
		}
	}
	return idx
}

// Words returns the forms of the syntactic words, in order.
func (s *Sentence) Words() []string {
	words := make([]string, 0, len(s.Tokens))
	for i := range s.Tokens {
		if s.Tokens[i].Kind() == WordLine {
			words = append(words, s.Tokens[i].Form)
		}
	}
	return words
}

// ErrCoNLLU is wrapped by every error ReadCoNLLU returns for malformed input.
var ErrCoNLLU = errors.New("pos: malformed CoNLL-U")

// SyntaxError reports a malformed CoNLL-U line by its 1-based line number.
type SyntaxError struct {
	Line   int
	Reason string
}

// Error implements error.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("CoNLL-U line %d: %s", e.Line, e.Reason)
}

// Unwrap lets errors.Is(err, ErrCoNLLU) hold.
func (e *SyntaxError) Unwrap() error { return ErrCoNLLU }

// maxLine bounds the length of one line, so that a file without newlines
// cannot make the reader grow without limit.
const maxLine = 1 << 20

// ReadCoNLLU reads every sentence of a CoNLL-U file. Sentences are separated
// by blank lines; the last one needs no trailing blank line. A token line
// must have ten tab-separated columns and an ID that is a positive integer,
// a range "n-m" or an empty node "n.k"; a byte-order mark and CRLF line ends
// are accepted. Errors are *SyntaxError (wrapping ErrCoNLLU) naming the
// line, or the reader's own error.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	cr := NewCoNLLUReader(r)
	var out []Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// CoNLLUReader reads a CoNLL-U stream one sentence at a time, for files too
// big to hold at once.
type CoNLLUReader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewCoNLLUReader returns a reader of the CoNLL-U text in r.
func NewCoNLLUReader(r io.Reader) *CoNLLUReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &CoNLLUReader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. After an
// error every call returns the same error.
func (cr *CoNLLUReader) Next() (Sentence, error) {
	var s Sentence
	if cr.err != nil {
		return s, cr.err
	}
	for cr.sc.Scan() {
		cr.line++
		text := cr.sc.Text()
		if cr.line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		text = strings.TrimSuffix(text, "\r")
		if !utf8.ValidString(text) {
			return s, cr.fail("invalid UTF-8")
		}
		if strings.IndexByte(text, '\r') >= 0 {
			return s, cr.fail("carriage return inside a line")
		}
		if strings.TrimSpace(text) == "" {
			if len(s.Tokens) > 0 || len(s.Comments) > 0 {
				if len(s.Tokens) == 0 {
					return s, cr.fail("sentence has comments but no token lines")
				}
				return s, nil
			}
			continue
		}
		if text[0] == '#' {
			if len(s.Tokens) > 0 {
				return s, cr.fail("comment line inside a sentence's token lines")
			}
			s.Comments = append(s.Comments, text)
			continue
		}
		tok, reason := parseTokenLine(text)
		if reason != "" {
			return s, cr.fail(reason)
		}
		s.Tokens = append(s.Tokens, tok)
	}
	if err := cr.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			cr.line++
			return s, cr.fail(fmt.Sprintf("line longer than %d bytes", maxLine))
		}
		cr.err = fmt.Errorf("reading CoNLL-U after line %d: %w", cr.line, err)
		return s, cr.err
	}
	if len(s.Tokens) > 0 {
		return s, nil
	}
	if len(s.Comments) > 0 {
		return s, cr.fail("sentence has comments but no token lines")
	}
	cr.err = io.EOF
	return s, io.EOF
}

func (cr *CoNLLUReader) fail(reason string) error {
	cr.err = &SyntaxError{Line: cr.line, Reason: reason}
	return cr.err
}

// parseTokenLine splits one token line into its columns, or returns why it
// cannot.
func parseTokenLine(text string) (Token, string) {
	var c [10]string
	rest := text
	for i := 0; i < 9; i++ {
		j := strings.IndexByte(rest, '\t')
		if j < 0 {
			return Token{}, fmt.Sprintf("token line has %d tab-separated columns, want 10", i+1)
		}
		c[i], rest = rest[:j], rest[j+1:]
	}
	if strings.IndexByte(rest, '\t') >= 0 {
		return Token{}, fmt.Sprintf("token line has %d tab-separated columns, want 10", 10+strings.Count(rest, "\t"))
	}
	c[9] = rest
	if !validID(c[0]) {
		return Token{}, fmt.Sprintf("bad ID %q: want an integer, a range n-m or an empty node n.k", c[0])
	}
	if c[1] == "" {
		return Token{}, fmt.Sprintf("token %s has an empty FORM", c[0])
	}
	return Token{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]}, ""
}

// validID accepts "7", "1-2" and "8.1".
func validID(id string) bool {
	if i := strings.IndexAny(id, "-."); i >= 0 {
		return digits(id[:i]) && digits(id[i+1:])
	}
	return digits(id) && id != "0"
}

func digits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// WriteCoNLLU writes sentences in CoNLL-U: each sentence's comments, its
// token lines with ten tab-separated columns (an empty column printed as
// "_"), and a blank line.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		if err := writeSentence(bw, &sents[i]); err != nil {
			return fmt.Errorf("writing CoNLL-U sentence %d: %w", i+1, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing CoNLL-U: %w", err)
	}
	return nil
}

func writeSentence(bw *bufio.Writer, s *Sentence) error {
	for _, c := range s.Comments {
		if !strings.HasPrefix(c, "#") || strings.ContainsAny(c, "\n\r") {
			return fmt.Errorf("comment %q is not one line starting with #", c)
		}
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		for j, col := range [10]string{t.ID, t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.Deprel, t.Deps, t.Misc} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			if col == "" {
				col = "_"
			}
			if strings.ContainsAny(col, "\t\n\r") {
				return fmt.Errorf("token %q: column %d %q holds a tab or line break", t.ID, j+1, col)
			}
			bw.WriteString(col)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return nil
}

// ReadCoNLLUFile reads a CoNLL-U file, gunzipping it if its name ends in
// ".gz". Errors name the file.
func ReadCoNLLUFile(name string) ([]Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	sents, err := ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return sents, nil
}

// DocID returns the document id a sentence opens ("# newdoc id = X"), or ""
// when the sentence continues the previous document.
func (s *Sentence) DocID() string {
	for _, c := range s.Comments {
		rest, ok := strings.CutPrefix(c, "# newdoc id")
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest, ok = strings.CutPrefix(rest, "="); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// ExcludeDocs returns the sentences that do not belong to a document whose
// id (from "# newdoc id" comments; a sentence belongs to the last document
// opened before it) starts with one of the prefixes. It is how the training
// command leaves out the GUM genres whose texts are not openly licensed.
func ExcludeDocs(sents []Sentence, prefixes []string) []Sentence {
	if len(prefixes) == 0 {
		return sents
	}
	out := make([]Sentence, 0, len(sents))
	skip := false
	for i := range sents {
		if id := sents[i].DocID(); id != "" {
			skip = false
			for _, p := range prefixes {
				if p != "" && strings.HasPrefix(id, p) {
					skip = true
					break
				}
			}
		}
		if !skip {
			out = append(out, sents[i])
		}
	}
	return out
}
