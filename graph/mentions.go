package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// MentionRecord is one stored mention of an entity with the document it is
// in: the evidence for each name an entity goes by. Kind says how the
// resolver linked the name to the entity ("name", "alias", "acronym",
// "surname", "transliteration", "gazetteer", "demonym", "pronoun"...).
type MentionRecord struct {
	dossier.Mention
	Document string `json:"document"`
}

// EntityMentions returns the stored mentions of an entity, sorted by
// document and offset.
func (s *Store) EntityMentions(ctx context.Context, entityID string) ([]MentionRecord, error) {
	var out []MentionRecord
	err := s.View(ctx, func(qs cgraph.QuadStore) error {
		qs = newCached(qs)
		ms, err := subjects(ctx, qs, PropMentionOf, IRI(entityID))
		if err != nil {
			return err
		}
		for _, m := range ms {
			r := MentionRecord{}
			r.Entity = entityID
			one := func(p quad.IRI) (quad.Value, error) {
				vs, err := objects(ctx, qs, m, p)
				if err != nil || len(vs) == 0 {
					return nil, err
				}
				return vs[0], nil
			}
			for p, set := range map[quad.IRI]func(quad.Value){
				PropDocument:      func(v quad.Value) { r.Document = idOf(v) },
				PropText:          func(v quad.Value) { r.Text = str(v) },
				PropStart:         func(v quad.Value) { r.Start = integer(v) },
				PropEnd:           func(v quad.Value) { r.End = integer(v) },
				PropSentenceIndex: func(v quad.Value) { r.Sentence = integer(v) },
				PropKind:          func(v quad.Value) { r.Kind = str(v) },
				PropConfidence:    func(v quad.Value) { r.Confidence = float(v) },
			} {
				v, err := one(p)
				if err != nil {
					return err
				}
				if v != nil {
					set(v)
				}
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: mentions of %s: %w", entityID, err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Document != out[j].Document {
			return out[i].Document < out[j].Document
		}
		return out[i].Start < out[j].Start
	})
	return out, nil
}
