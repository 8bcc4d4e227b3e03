// Package mentions gives the extractors (events, relations) one view of a
// sentence: its tokens, their lower-case forms, and the resolved entity
// mention starting at or covering each token. It does not find or resolve
// mentions; package coref has done that when the view is built.
package mentions

import (
	"strings"

	"github.com/dossier-kg/dossier"
)

// Mention is a resolved entity mention located by sentence-relative token
// positions [First, Last).
type Mention struct {
	First, Last int
	Entity      string
	Type        dossier.EntityType
	Kind        string
}

// Sentence is the view of one sentence of an analysis.
type Sentence struct {
	// Index is the sentence's index in the analysis; Offset the index of
	// its first token in Analysis.Tokens.
	Index, Offset int
	// Tokens are the sentence's tokens, Lower their lower-cased texts.
	Tokens []dossier.Token
	Lower  []string
	// Mentions are the resolved mentions in text order; a longer mention
	// already covering a token wins over one starting inside it.
	Mentions []Mention
	cover    []int // per token: index into Mentions, or -1
}

// Of builds the view of sentence si of a.
func Of(a *dossier.Analysis, si int) *Sentence {
	s := a.Sentences[si]
	v := &Sentence{Index: si, Offset: s.First, Tokens: a.Tokens[s.First:s.Last]}
	v.Lower = make([]string, len(v.Tokens))
	v.cover = make([]int, len(v.Tokens))
	for i, t := range v.Tokens {
		v.Lower[i] = strings.ToLower(t.Text)
		v.cover[i] = -1
	}
	for _, m := range a.Mentions {
		if m.Entity == "" || m.End <= s.Start || m.Start >= s.End {
			continue
		}
		f, l := v.TokenRange(m.Span)
		if f >= l || v.cover[f] >= 0 {
			continue
		}
		v.Mentions = append(v.Mentions, Mention{First: f, Last: l, Entity: m.Entity, Type: m.Type, Kind: m.Kind})
		for k := f; k < l; k++ {
			v.cover[k] = len(v.Mentions) - 1
		}
	}
	return v
}

// TokenRange returns the sentence-relative tokens [first, last) that
// overlap span sp, or (0, 0) if none does.
func (v *Sentence) TokenRange(sp dossier.Span) (int, int) {
	f, l := -1, -1
	for i, t := range v.Tokens {
		if t.End > sp.Start && t.Start < sp.End {
			if f < 0 {
				f = i
			}
			l = i + 1
		}
	}
	if f < 0 {
		return 0, 0
	}
	return f, l
}

// Covering returns the index in Mentions of the mention covering token i,
// or -1.
func (v *Sentence) Covering(i int) int {
	if i < 0 || i >= len(v.cover) {
		return -1
	}
	return v.cover[i]
}

// At returns the mention starting at token i, or nil.
func (v *Sentence) At(i int) *Mention {
	if k := v.Covering(i); k >= 0 && v.Mentions[k].First == i {
		return &v.Mentions[k]
	}
	return nil
}

// EndingAt returns the mention whose last token is i, or nil.
func (v *Sentence) EndingAt(i int) *Mention {
	if k := v.Covering(i); k >= 0 && v.Mentions[k].Last-1 == i {
		return &v.Mentions[k]
	}
	return nil
}
