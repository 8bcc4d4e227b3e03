package parse

import (
	"context"
	"math"
	"testing"
)

// TestSeedsAverageWeights checks that a model trained with several seeds
// holds the average of the models each seed trains alone (up to bfloat16
// rounding), for both the greedy and the beam trainer.
func TestSeedsAverageWeights(t *testing.T) {
	all, err := ReadExamplesFile(ewtPath(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	train := all[:200]
	tests := []struct {
		name string
		beam int
	}{
		{"greedy", 1},
		{"beam", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := TrainOptions{Epochs: 1, TransBits: 12, LabelBits: 12, Beam: tc.beam}
			one := func(seed uint64, seeds int) *Parser {
				o := opt
				o.Seed, o.Seeds = seed, seeds
				p, err := Train(context.Background(), train, nil, o)
				if err != nil {
					t.Fatal(err)
				}
				return p
			}
			a, b, avg := one(1, 1), one(2, 1), one(1, 2)
			if p := one(1, 0); !slicesEqual(p.trans, a.trans) || !slicesEqual(p.lab, a.lab) {
				t.Fatal("Seeds 0 and Seeds 1 train different models")
			}
			check := func(what string, x, y, m []uint16) {
				differ := 0
				for i := range m {
					fx, fy, fm := bf16(x[i]), bf16(y[i]), bf16(m[i])
					if fx != fy {
						differ++
					}
					// bfloat16 keeps 8 significant bits: allow its rounding.
					tol := 0.01 * max(math.Abs(float64(fx)), math.Abs(float64(fy)))
					if float64(fm) < float64(min(fx, fy))-tol || float64(fm) > float64(max(fx, fy))+tol {
						t.Fatalf("%s weight %d: %g is not between %g and %g", what, i, fm, fx, fy)
					}
				}
				if differ == 0 {
					t.Fatalf("%s: seeds 1 and 2 trained identical weights", what)
				}
			}
			check("transition", a.trans, b.trans, avg.trans)
			check("label", a.lab, b.lab, avg.lab)
		})
	}
}
