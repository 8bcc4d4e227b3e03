package ner

import (
	"fmt"
	"io"

	"github.com/dossier-kg/dossier/ingest/metrics"
)

// Counts are entity-level counts for one type: predicted, gold and correct
// (same span and type) entities.
type Counts = metrics.Counts

// Scores holds entity-level counts per type and overall (micro-averaged).
type Scores struct {
	ByType  map[string]Counts
	Overall Counts
}

type chunk struct {
	typ        string
	start, end int
}

// chunks returns the entities of an IOB2 (or IOB1) tag sequence using
// conlleval's rules: an I- tag of another type than the previous tag starts
// a new entity.
func chunks(tags []string) []chunk {
	var out []chunk
	start, typ := -1, ""
	for i, t := range tags {
		p, ty := splitTag(t)
		if start >= 0 && (p != 'I' || ty != typ) {
			out = append(out, chunk{typ, start, i})
			start = -1
		}
		if p == 'B' || (p == 'I' && start < 0) {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, chunk{typ, start, len(tags)})
	}
	return out
}

// Add counts the entities of one sentence.
func (s *Scores) Add(gold, pred []string) { s.AddIf(gold, pred, nil) }

// AddIf counts the entities of one sentence, gold and predicted, for which
// keep (given the tokens start..end-1 of the entity) is true; a nil keep
// counts all of them. It scores a subset of entities, such as those whose
// words were never seen in training.
func (s *Scores) AddIf(gold, pred []string, keep func(start, end int) bool) {
	if s.ByType == nil {
		s.ByType = make(map[string]Counts)
	}
	g, p := chunks(gold), chunks(pred)
	gs := make(map[chunk]bool, len(g))
	for _, c := range g {
		gs[c] = true
		if keep != nil && !keep(c.start, c.end) {
			continue
		}
		ct := s.ByType[c.typ]
		ct.Gold++
		s.ByType[c.typ] = ct
		s.Overall.Gold++
	}
	for _, c := range p {
		if keep != nil && !keep(c.start, c.end) {
			continue
		}
		ct := s.ByType[c.typ]
		ct.Pred++
		if gs[c] {
			ct.Correct++
			s.Overall.Correct++
		}
		s.ByType[c.typ] = ct
		s.Overall.Pred++
	}
}

// Write prints P/R/F1 per type and overall, one line each, the last line
// being "F1 <overall>".
func (s *Scores) Write(w io.Writer) error {
	for _, t := range []string{"LOC", "MISC", "ORG", "PER"} {
		c := s.ByType[t]
		if _, err := fmt.Fprintf(w, "%-5s P %.4f R %.4f F1 %.4f (gold %d, pred %d)\n", t, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred); err != nil {
			return err
		}
	}
	c := s.Overall
	_, err := fmt.Fprintf(w, "all   P %.4f R %.4f F1 %.4f (gold %d, pred %d)\nF1 %.4f\n", c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred, c.F1())
	return err
}

// Evaluate tags a labelled corpus and scores the predictions against its
// last column (IOB1 or IOB2).
func (r *Recognizer) Evaluate(c *Corpus) *Scores {
	tags := r.TagCorpus(c)
	s := &Scores{}
	for _, doc := range c.Documents() {
		for _, sp := range doc {
			s.Add(c.GoldTags(sp), tags[sp.First:sp.Last])
		}
	}
	return s
}
