package parse

import (
	"context"
	"fmt"

	"github.com/dossier-kg/dossier"
)

// Stage is the pipeline step that parses every sentence of an analysis:
// it fills Token.Head (an index into a.Tokens, -1 for the root word) and
// Token.Rel. It needs the tokens, the sentences and the part-of-speech tags
// (UPOS; XPOS when available) of earlier stages. A nil Parser means
// Default(). Stage is safe for concurrent use on different analyses.
type Stage struct{ Parser *Parser }

// Name implements ingest.Stage.
func (Stage) Name() string { return "parse" }

// Process implements ingest.Stage. It fails, naming the document and the
// sentence, when a sentence's token range is broken or a token has no
// UPOS tag, and stops with ctx's error when ctx is done.
func (s Stage) Process(ctx context.Context, a *dossier.Analysis) error {
	p := s.Parser
	if p == nil {
		var err error
		if p, err = Default(); err != nil {
			return err
		}
	}
	src := "document"
	if a.Doc != nil {
		src = a.Doc.Source
	}
	var words, upos, xpos []string
	for si, sent := range a.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if sent.First < 0 || sent.Last < sent.First || sent.Last > len(a.Tokens) {
			return &dossier.InputError{Source: src, Reason: fmt.Sprintf("sentence %d has token range %d..%d outside the %d tokens", si, sent.First, sent.Last, len(a.Tokens))}
		}
		toks := a.Tokens[sent.First:sent.Last]
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for i := range toks {
			if toks[i].UPOS == "" {
				return &dossier.InputError{Source: src, Reason: fmt.Sprintf("token %d (%q) of sentence %d has no part-of-speech tag: run the pos stage before parse", sent.First+i, toks[i].Text, si)}
			}
			words = append(words, toks[i].Text)
			upos = append(upos, toks[i].UPOS)
			xpos = append(xpos, toks[i].XPOS)
		}
		heads, rels := p.Parse(words, upos, xpos)
		for i := range toks {
			if heads[i] < 0 {
				toks[i].Head = -1
			} else {
				toks[i].Head = sent.First + heads[i]
			}
			toks[i].Rel = rels[i]
		}
	}
	return nil
}
