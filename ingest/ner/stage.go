package ner

import (
	"context"
	"errors"

	"github.com/dossier-kg/dossier"
)

// Stage is the pipeline stage: it sets Token.NER and appends one
// dossier.Mention per entity (Type mapped PER->Person, ORG->Org,
// LOC->Place, MISC->Misc; Kind "name"; the sentence index; Confidence from
// the model's margins, in [0,1]). Sentences that are picture credits (see
// IsCredit) are left untagged, so photographers and agencies are not taken
// for actors of the story. A Stage is safe for concurrent use.
type Stage struct{ Recognizer *Recognizer }

// Name implements ingest.Stage.
func (Stage) Name() string { return "ner" }

// Process implements ingest.Stage. It needs the tokens and sentences of an
// earlier segmentation stage; a document without tokens is left as is. A
// model with part-of-speech features reads the universal tags (Token.UPOS)
// of an earlier pos stage when every token of the document has one, and
// tags the words itself otherwise.
func (s Stage) Process(ctx context.Context, a *dossier.Analysis) error {
	if s.Recognizer == nil {
		return errors.New("ner: stage has no recognizer")
	}
	if a == nil || a.Doc == nil {
		return errors.New("ner: analysis without a document")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(a.Tokens) == 0 {
		return nil
	}
	sentSpans := a.Sentences
	if len(sentSpans) == 0 {
		sentSpans = []dossier.Sentence{{Span: dossier.Span{Start: a.Tokens[0].Start, End: a.Tokens[len(a.Tokens)-1].End}, First: 0, Last: len(a.Tokens)}}
	}
	var sents, upos [][]string
	var index []int // index into sentSpans of each tagged sentence
	for i, sp := range sentSpans {
		if sp.First < 0 || sp.Last > len(a.Tokens) || sp.First > sp.Last {
			return &dossier.InputError{Source: a.Doc.Source, Reason: "ner: sentence token range out of bounds"}
		}
		toks := make([]string, 0, sp.Last-sp.First)
		tags := make([]string, 0, sp.Last-sp.First)
		for _, t := range a.Tokens[sp.First:sp.Last] {
			toks = append(toks, t.Text)
			tags = append(tags, t.UPOS)
		}
		// Picture credits and bylines name no one in the story.
		if len(toks) == 0 || sp.Credit {
			continue
		}
		sents = append(sents, toks)
		upos = append(upos, tags)
		index = append(index, i)
	}
	// The part-of-speech tags of an earlier pos stage, if every token has
	// one, spare a model with part-of-speech features tagging again.
	labels, margins := s.Recognizer.tag(sents, upos)
	for k, ls := range labels {
		sp := sentSpans[index[k]]
		toks := a.Tokens[sp.First:sp.Last]
		start := -1
		conf := 1.0
		for i, l := range ls {
			toks[i].NER = iob2(l)
			if l == 0 {
				continue
			}
			p := labelPos(l)
			if p == posB || p == posU {
				start, conf = i, 1.0
			}
			conf = min(conf, confidence(margins[k][i]))
			if (p == posL || p == posU) && start >= 0 {
				span := dossier.Span{Start: toks[start].Start, End: toks[i].End}
				if !span.Valid(len(a.Doc.Text)) {
					return &dossier.InputError{Source: a.Doc.Source, Reason: "ner: token offsets outside the text"}
				}
				a.Mentions = append(a.Mentions, dossier.Mention{
					Span:       span,
					Text:       a.Doc.Text[span.Start:span.End],
					Type:       entityType(labelType(l)),
					Sentence:   index[k],
					Kind:       "name",
					Confidence: conf,
				})
				start = -1
			}
		}
	}
	return nil
}

// entityType maps a CoNLL type number to Dossier's entity type.
func entityType(t int) dossier.EntityType {
	switch t {
	case 0:
		return dossier.Person
	case 1:
		return dossier.Org
	case 2:
		return dossier.Place
	}
	return dossier.Misc
}
