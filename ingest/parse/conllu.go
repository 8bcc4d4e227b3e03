package parse

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier/ingest/pos"
)

// ExampleFromCoNLLU turns the word lines (ids 1..n) of a CoNLL-U sentence
// into an Example; multiword ranges and empty nodes are skipped. It fails
// when the word ids are not 1..n in order, or a HEAD is not a word of the
// sentence.
func ExampleFromCoNLLU(s *pos.Sentence) (Example, error) {
	var ex Example
	idx := s.WordIndexes()
	for k, i := range idx {
		t := &s.Tokens[i]
		if t.ID != strconv.Itoa(k+1) {
			return ex, fmt.Errorf("word line %q where id %d was expected", t.ID, k+1)
		}
		h, ok := t.HeadIndex()
		if !ok || h > len(idx) {
			return ex, fmt.Errorf("word %s: HEAD %q is not 0..%d", t.ID, t.Head, len(idx))
		}
		ex.Words = append(ex.Words, t.Form)
		ex.UPOS = append(ex.UPOS, t.UPOS)
		ex.XPOS = append(ex.XPOS, t.XPOS)
		ex.Heads = append(ex.Heads, h-1)
		ex.Rels = append(ex.Rels, t.Deprel)
	}
	if len(idx) == 0 {
		return ex, fmt.Errorf("sentence has no word lines")
	}
	return ex, nil
}

// ReadExamples reads a gold CoNLL-U treebank. name labels errors. Each
// example's Doc is the id of the last "# newdoc id = ..." comment seen.
func ReadExamples(r io.Reader, name string) ([]Example, error) {
	sents, err := pos.ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]Example, 0, len(sents))
	doc := ""
	for i := range sents {
		for _, c := range sents[i].Comments {
			if id, ok := strings.CutPrefix(c, "# newdoc id ="); ok {
				doc = strings.TrimSpace(id)
			}
		}
		ex, err := ExampleFromCoNLLU(&sents[i])
		if err != nil {
			return nil, fmt.Errorf("%s: sentence %d: %w", name, i+1, err)
		}
		ex.Doc = doc
		if err := checkTree(ex.Heads); err != nil {
			return nil, fmt.Errorf("%s: sentence %d: %w", name, i+1, err)
		}
		out = append(out, ex)
	}
	return out, nil
}

// ReadExamplesFile reads a gold CoNLL-U treebank from a file, gunzipping
// it when its name ends in ".gz".
func ReadExamplesFile(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("parse: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return ReadExamples(r, path)
}

// Tagger gives words their universal and Penn Treebank tags; *pos.Tagger
// is one.
type Tagger interface {
	Tag(words []string) (upos, xpos []string)
}

// Retag replaces the tags of the examples with the tagger's, for scoring
// the parser on predicted rather than gold tags.
func Retag(t Tagger, examples []Example) {
	for i := range examples {
		examples[i].UPOS, examples[i].XPOS = t.Tag(examples[i].Words)
	}
}

// AnnotateCoNLLU parses every sentence and writes the result into its word
// lines: UPOS and XPOS from the tagger (kept as read when tagger is nil),
// HEAD and DEPREL from the parser. Multiword ranges and empty nodes are
// left as read. It stops with ctx's error when ctx is done.
func AnnotateCoNLLU(ctx context.Context, p *Parser, t Tagger, sents []pos.Sentence) error {
	for si := range sents {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := &sents[si]
		idx := s.WordIndexes()
		words := make([]string, len(idx))
		var upos, xpos []string
		for k, i := range idx {
			words[k] = s.Tokens[i].Form
		}
		if t != nil {
			upos, xpos = t.Tag(words)
		} else {
			upos, xpos = make([]string, len(idx)), make([]string, len(idx))
			for k, i := range idx {
				upos[k], xpos[k] = s.Tokens[i].UPOS, s.Tokens[i].XPOS
			}
		}
		heads, rels := p.Parse(words, upos, xpos)
		for k, i := range idx {
			tok := &s.Tokens[i]
			tok.UPOS, tok.XPOS = upos[k], xpos[k]
			tok.Head = strconv.Itoa(heads[k] + 1)
			tok.Deprel = rels[k]
		}
	}
	return nil
}
