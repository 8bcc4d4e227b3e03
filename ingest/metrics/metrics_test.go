package metrics

import (
	"math"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{Pred: 10, Gold: 8, Correct: 6}, 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
		{Counts{Pred: 0, Gold: 5, Correct: 0}, 0, 0, 0},
		{Counts{Pred: 3, Gold: 0, Correct: 0}, 0, 0, 0},
		{Counts{Pred: 4, Gold: 4, Correct: 4}, 1, 1, 1},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); math.Abs(p-tt.p) > 1e-12 || math.Abs(r-tt.r) > 1e-12 || math.Abs(f-tt.f) > 1e-12 {
			t.Errorf("%+v: P/R/F1 = %v/%v/%v, want %v/%v/%v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	var sum Counts
	sum.Add(Counts{1, 2, 1})
	sum.Add(Counts{3, 1, 1})
	if sum != (Counts{4, 3, 2}) {
		t.Errorf("Add: %+v", sum)
	}
}
