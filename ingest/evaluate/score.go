package evaluate

import (
	"fmt"

	"github.com/dossier-kg/dossier/ingest/metrics"
)

// Score counts a detection task. Precision is SysMatched/Sys and recall
// GoldMatched/Gold; under a one-to-one match the two numerators are equal
// (the true positives), under an overlap match each side counts its own
// items that found a partner.
type Score struct {
	Sys, SysMatched   int
	Gold, GoldMatched int
}

// Precision returns SysMatched/Sys, or 0 when there is no system item.
func (s Score) Precision() float64 { return ratio(s.SysMatched, s.Sys) }

// Recall returns GoldMatched/Gold, or 0 when there is no gold item.
func (s Score) Recall() float64 { return ratio(s.GoldMatched, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 { return harmonic(s.Precision(), s.Recall()) }

// Add adds the counts of o to s.
func (s *Score) Add(o Score) {
	s.Sys += o.Sys
	s.SysMatched += o.SysMatched
	s.Gold += o.Gold
	s.GoldMatched += o.GoldMatched
}

// String formats the score as "P 81.2 R 70.0 F1 75.2 (sys 12/15, gold 12/17)".
func (s Score) String() string {
	return fmt.Sprintf("P %5.1f R %5.1f F1 %5.1f (sys %d/%d, gold %d/%d)",
		100*s.Precision(), 100*s.Recall(), 100*s.F1(), s.SysMatched, s.Sys, s.GoldMatched, s.Gold)
}

func ratio(a, b int) float64 { return metrics.Ratio(a, b) }

func harmonic(p, r float64) float64 { return metrics.Harmonic(p, r) }

// BCubed is the B-cubed clustering score of Bagga and Baldwin (1998).
type BCubed struct {
	// Precision, Recall and F1 are in [0, 1].
	Precision, Recall, F1 float64
	// Mentions is the number of items scored.
	Mentions int
}

// String formats the score like Score.String.
func (b BCubed) String() string {
	return fmt.Sprintf("P %5.1f R %5.1f F1 %5.1f (%d mentions)", 100*b.Precision, 100*b.Recall, 100*b.F1, b.Mentions)
}

// ScoreBCubed computes B-cubed over n items, where gold[i] and sys[i] are
// the cluster labels of item i. For each item m with gold cluster G(m) and
// system cluster S(m), precision is |G(m) ∩ S(m)| / |S(m)| and recall
// |G(m) ∩ S(m)| / |G(m)|; both are averaged over the items with equal
// weight, and F1 is their harmonic mean. It returns an error when the
// slices differ in length; no items give zeros.
func ScoreBCubed(gold, sys []string) (BCubed, error) {
	if len(gold) != len(sys) {
		return BCubed{}, fmt.Errorf("b-cubed: %d gold labels but %d system labels", len(gold), len(sys))
	}
	n := len(gold)
	if n == 0 {
		return BCubed{}, nil
	}
	type pair struct{ g, s string }
	gSize := map[string]int{}
	sSize := map[string]int{}
	both := map[pair]int{}
	for i := range gold {
		gSize[gold[i]]++
		sSize[sys[i]]++
		both[pair{gold[i], sys[i]}]++
	}
	var p, r float64
	for i := range gold {
		c := float64(both[pair{gold[i], sys[i]}])
		p += c / float64(sSize[sys[i]])
		r += c / float64(gSize[gold[i]])
	}
	b := BCubed{Precision: p / float64(n), Recall: r / float64(n), Mentions: n}
	b.F1 = harmonic(b.Precision, b.Recall)
	return b, nil
}
