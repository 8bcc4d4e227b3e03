// Package metrics turns counts into the precision, recall and F1 figures the
// evaluation commands of the NLP stages print.
package metrics

// Counts are the counts of a detection task scored one to one: predicted
// items, gold items and correct ones (predicted items that match a gold one).
type Counts struct {
	Pred, Gold, Correct int
}

// Precision returns Correct/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return Ratio(c.Correct, c.Pred) }

// Recall returns Correct/Gold (0 when there is no gold item).
func (c Counts) Recall() float64 { return Ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return Harmonic(c.Precision(), c.Recall()) }

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	c.Pred += o.Pred
	c.Gold += o.Gold
	c.Correct += o.Correct
}

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Harmonic returns the harmonic mean of p and r, or 0 when both are 0.
func Harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
