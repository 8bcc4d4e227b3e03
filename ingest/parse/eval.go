package parse

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Scores are attachment scores over a set of sentences, punctuation
// included, as the CoNLL 2018 shared task counts them. LAS compares the
// universal part of each relation (before ':'); FullLAS the whole label.
type Scores struct {
	Sentences, Tokens int
	UAS, LAS, FullLAS float64
	// Relations holds per-relation figures, by universal relation.
	Relations map[string]RelationScore
}

// RelationScore is how well one relation is found: Gold and Predicted
// counts, Correct arcs (right head and relation), and precision, recall and
// F1 derived from them.
type RelationScore struct {
	Gold, Predicted, Correct int
	Precision, Recall, F1    float64
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Evaluate parses every example with its own tags and scores the result
// against its gold heads and relations.
func Evaluate(p *Parser, examples []Example) Scores {
	sc := Scores{Relations: map[string]RelationScore{}}
	var uas, las, full int
	for i := range examples {
		ex := &examples[i]
		heads, rels := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		sc.Sentences++
		for j := range heads {
			sc.Tokens++
			g, pr := universal(ex.Rels[j]), universal(rels[j])
			gs, ps := sc.Relations[g], sc.Relations[pr]
			if g == pr {
				gs.Predicted++
			} else {
				ps.Predicted++
				sc.Relations[pr] = ps
			}
			gs.Gold++
			if heads[j] == ex.Heads[j] {
				uas++
				if g == pr {
					las++
					gs.Correct++
					if ex.Rels[j] == rels[j] {
						full++
					}
				}
			}
			sc.Relations[g] = gs
		}
	}
	if sc.Tokens > 0 {
		n := float64(sc.Tokens)
		sc.UAS, sc.LAS, sc.FullLAS = float64(uas)/n, float64(las)/n, float64(full)/n
	}
	for r, s := range sc.Relations {
		if s.Predicted > 0 {
			s.Precision = float64(s.Correct) / float64(s.Predicted)
		}
		if s.Gold > 0 {
			s.Recall = float64(s.Correct) / float64(s.Gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		sc.Relations[r] = s
	}
	return sc
}

// Write prints the scores: a summary line, then one line per relation, most
// frequent first.
func (sc Scores) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "sentences %d tokens %d\nUAS %.4f LAS %.4f (full labels %.4f)\n", sc.Sentences, sc.Tokens, sc.UAS, sc.LAS, sc.FullLAS)
	rels := make([]string, 0, len(sc.Relations))
	for r := range sc.Relations {
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, c string) int {
		if d := sc.Relations[c].Gold - sc.Relations[a].Gold; d != 0 {
			return d
		}
		return strings.Compare(a, c)
	})
	fmt.Fprintf(&b, "%-12s %7s %7s %7s %7s %7s\n", "relation", "gold", "pred", "prec", "recall", "F1")
	for _, r := range rels {
		s := sc.Relations[r]
		fmt.Fprintf(&b, "%-12s %7d %7d %7.4f %7.4f %7.4f\n", r, s.Gold, s.Predicted, s.Precision, s.Recall, s.F1)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
