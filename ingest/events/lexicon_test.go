package events

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLemmas(t *testing.T) {
	for form, lemma := range map[string]string{
		"designated": "designate", "founded": "found", "banned": "ban", "removed": "remove", "took": "take",
		"designating": "designate", "founding": "found", "cut": "cut", "severed": "sever", "expelled": "expel",
		"relocated": "relocate", "moves": "move", "died": "die", "fled": "flee", "sanctions": "sanction",
	} {
		ls := lemmas(form)
		ok := slices.ContainsFunc(ls, func(l string) bool {
			_, known := verbRules[l]
			return known && l == lemma
		})
		assert.True(t, ok, "%s -> %v, want %s among them", form, ls, lemma)
	}
}

func TestTaxonomyCoversRules(t *testing.T) {
	for _, rules := range []map[string][]rule{verbRules, nounRules} {
		for w, rs := range rules {
			for _, r := range rs {
				_, ok := TypeByName(r.typ)
				assert.True(t, ok, "%s triggers unknown type %q", w, r.typ)
			}
		}
	}
}

func TestNounLemma(t *testing.T) {
	for form, want := range map[string]string{"ties": "tie", "parties": "party", "relations": "relation", "sanctions": "sanction", "embargo": "embargo", "press": "press"} {
		assert.Equal(t, want, nounLemma(form), form)
	}
}
