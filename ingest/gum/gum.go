// Package gum reads the GUM corpus (Georgetown University Multilayer
// corpus) from CoNLL-U with its CorefUD entity layer: the Entity= items of
// the MISC column, which mark every mention of a person, organisation,
// place, abstract thing... with its document-level entity, its type, its
// minimal span and its Wikification. It serves the evaluations that run
// the pipeline over GUM documents (pronoun links) and the recogniser's
// training on GUM's named mentions; it does no analysis itself.
package gum

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Document is one document of the GUM corpus read from CoNLL-U with its
// CorefUD coreference layer (the Entity= items of the MISC column).
type Document struct {
	// ID is the newdoc id ("GUM_news_iodine"), Genre its second part.
	ID, Genre string
	// Source is the file the document was read from.
	Source string
	// Tokens are the syntactic words in document order.
	Tokens []Token
	// Mentions are the coreference mentions in the order they close.
	Mentions []Mention
}

// Token is one syntactic word of GUM.
type Token struct {
	// Text is the word; Surface the text written for it, which differs for
	// the words of a multi-word token ("Don't" for both "Do" and "n't"),
	// where only the first word carries the surface and the others are
	// empty.
	Text, Surface string
	// UPOS is the word's universal part of speech.
	UPOS string
	// SpaceAfter is false when the CoNLL-U MISC column says SpaceAfter=No.
	SpaceAfter bool
	// Sentence numbers the sentences of the document from 0; NewPar marks
	// the first word of a paragraph (or heading).
	Sentence int
	NewPar   bool
}

// Mention is a coreference mention: an inclusive word range and the
// document-level entity it refers to.
type Mention struct {
	// Entity is the entity number ("6"), unique in the document; Type the
	// entity type (person, organization, place, abstract...).
	Entity, Type string
	// First and Last are indexes into Document.Tokens, inclusive.
	First, Last int
	// MinSpan lists the mention's minimal-span words, 1-based positions
	// inside it (the head words, "2,4" in "The University of Lagos").
	MinSpan []int
	// Identity is the Wikification of a named entity ("University_of_Lagos"),
	// "" when none.
	Identity string
}

// ReadGUM reads a GUM CoNLL-U file with Entity= annotations. source names
// the input in errors.
func Read(r io.Reader, source string) ([]*Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	var (
		docs    []*Document
		d       *Document
		open    = map[string][]Mention{}
		sent    = -1
		newPar  bool
		mwtEnd  int    // last word id covered by the current multi-word token
		mwtForm string // its surface, given to its first word
		mwtSpc  bool
		line    int
	)
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# newdoc id"):
			_, id, _ := strings.Cut(l, "=")
			id = strings.TrimSpace(id)
			d = &Document{ID: id, Source: source}
			if f := strings.Split(id, "_"); len(f) >= 3 {
				d.Genre = f[1]
			}
			docs = append(docs, d)
			clear(open)
			sent = -1
			newPar = true
			continue
		case strings.HasPrefix(l, "# newpar"):
			newPar = true
			continue
		case strings.HasPrefix(l, "#"):
			continue
		case l == "":
			mwtEnd = 0
			continue
		}
		if d == nil {
			return nil, fmt.Errorf("%s:%d: a word before the first '# newdoc id' line", source, line)
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", source, line, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue // empty node
		}
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo {
				return nil, fmt.Errorf("%s:%d: bad multi-word token id %q", source, line, f[0])
			}
			mwtEnd, mwtForm, mwtSpc = hi, f[1], !strings.Contains(f[9], "SpaceAfter=No")
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad word id %q", source, line, f[0])
		}
		if id == 1 {
			sent++
		}
		t := Token{Text: f[1], Surface: f[1], UPOS: f[3], SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No"), Sentence: sent, NewPar: newPar && id == 1}
		if id == 1 {
			newPar = false
		}
		if mwtEnd > 0 {
			switch {
			case id > mwtEnd:
				mwtEnd = 0
			case mwtForm != "":
				t.Surface, mwtForm = mwtForm, ""
				t.SpaceAfter = false
			default:
				t.Surface = ""
				t.SpaceAfter = false
				if id == mwtEnd {
					t.SpaceAfter = mwtSpc
				}
			}
		}
		i := len(d.Tokens)
		d.Tokens = append(d.Tokens, t)
		for _, item := range strings.Split(f[9], "|") {
			v, ok := strings.CutPrefix(item, "Entity=")
			if !ok {
				continue
			}
			if err := readEntityItems(v, i, open, &d.Mentions); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", source, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", source, err)
	}
	return docs, nil
}

// readEntityItems reads one Entity= value at word i: "(6-person-...",
// "6)" and "(6-person-...)" items, several possibly in a row, opening
// mentions in open and appending the closed ones to done.
func readEntityItems(v string, i int, open map[string][]Mention, done *[]Mention) error {
	for len(v) > 0 {
		if v[0] == '(' {
			end := strings.IndexAny(v[1:], "()")
			desc := v[1:]
			if end >= 0 {
				desc = v[1 : 1+end]
			}
			f := strings.Split(desc, "-")
			if len(f) < 2 || f[0] == "" {
				return fmt.Errorf("bad entity item %q", desc)
			}
			m := Mention{Entity: f[0], Type: f[1], First: i, Last: i}
			// id-type-infstat-salience-centering-minspan-cf-identity
			if len(f) > 5 {
				for _, p := range strings.Split(f[5], ",") {
					if k, err := strconv.Atoi(p); err == nil {
						m.MinSpan = append(m.MinSpan, k)
					}
				}
			}
			if len(f) > 7 {
				m.Identity = strings.Join(f[7:], "-")
			}
			if end >= 0 && v[1+end] == ')' {
				*done = append(*done, m)
				v = v[2+end:]
				continue
			}
			open[m.Entity] = append(open[m.Entity], m)
			if end < 0 {
				return nil
			}
			v = v[1+end:]
			continue
		}
		j := strings.IndexByte(v, ')')
		if j < 0 {
			return fmt.Errorf("bad entity closing %q", v)
		}
		id := v[:j]
		st := open[id]
		if len(st) == 0 {
			return fmt.Errorf("entity %s closed but not open", id)
		}
		m := st[len(st)-1]
		open[id] = st[:len(st)-1]
		m.Last = i
		*done = append(*done, m)
		v = v[j+1:]
	}
	return nil
}

// Text rebuilds the document's running text and returns it with the byte
// span of every word (the whole surface for each word of a multi-word
// token). Words are joined as the SpaceAfter marks say, sentences of one
// paragraph by a space and paragraphs (headings included) by a blank line.
func (d *Document) Text() (string, []dossier.Span) {
	var b strings.Builder
	spans := make([]dossier.Span, len(d.Tokens))
	space := false
	for i, t := range d.Tokens {
		if i > 0 {
			switch {
			case t.NewPar:
				b.WriteString("\n\n")
			case t.Sentence != d.Tokens[i-1].Sentence, space:
				b.WriteByte(' ')
			}
		}
		if t.Surface == "" && i > 0 {
			spans[i] = spans[i-1] // a later word of a multi-word token
		} else {
			spans[i] = dossier.Span{Start: b.Len(), End: b.Len() + len(t.Surface)}
			b.WriteString(t.Surface)
		}
		space = t.SpaceAfter
	}
	return b.String(), spans
}

// ReadGUMFile reads a GUM CoNLL-U file, gzip-compressed when its name ends
// in ".gz".
func ReadFile(path string) ([]*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading GUM: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("reading GUM %s: %w", path, err)
		}
		defer z.Close()
		r = z
	}
	return Read(r, path)
}

// WithGenres returns the documents whose genre is one of genres (all of
// them when genres is empty).
func WithGenres(docs []*Document, genres []string) []*Document {
	if len(genres) == 0 {
		return docs
	}
	var out []*Document
	for _, d := range docs {
		if slices.Contains(genres, d.Genre) {
			out = append(out, d)
		}
	}
	return out
}
