package parse

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

// Example is one gold-annotated sentence for training or evaluation. Heads
// are 0-based indexes into Words, -1 for the root word, as Parse returns
// them.
type Example struct {
	Words, UPOS, XPOS []string
	Heads             []int
	Rels              []string
	// Doc is the document the sentence comes from, if known.
	Doc string
}

// check reports what is wrong with an example, naming it by number.
func (ex *Example) check(i int) error {
	n := len(ex.Words)
	switch {
	case n == 0:
		return fmt.Errorf("sentence %d: no words", i+1)
	case len(ex.UPOS) != n || len(ex.XPOS) != n || len(ex.Heads) != n || len(ex.Rels) != n:
		return fmt.Errorf("sentence %d: %d words but %d UPOS, %d XPOS, %d heads, %d relations",
			i+1, n, len(ex.UPOS), len(ex.XPOS), len(ex.Heads), len(ex.Rels))
	}
	if err := checkTree(ex.Heads); err != nil {
		return fmt.Errorf("sentence %d: %w", i+1, err)
	}
	return nil
}

// checkTree reports whether heads (0-based, -1 root) form a tree with a
// single root.
func checkTree(heads []int) error {
	roots := 0
	for i, h := range heads {
		switch {
		case h == -1:
			roots++
		case h < -1 || h >= len(heads) || h == i:
			return fmt.Errorf("word %d has head %d", i+1, h+1)
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d root words, want 1", roots)
	}
	for i := range heads {
		steps := 0
		for j := i; j != -1; j = heads[j] {
			if steps++; steps > len(heads) {
				return fmt.Errorf("word %d is on a cycle", i+1)
			}
		}
	}
	return nil
}

// TrainOptions control Train. The zero value gives the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 15);
	// the model of the epoch with the best dev LAS is kept.
	Epochs int
	// Seed fixes the shuffling and exploration (default 1).
	Seed uint64
	// Explore is the probability of following the model's own (wrong)
	// transition after the first epoch, as the dynamic oracle allows
	// (default 0.9; negative disables exploration).
	Explore float64
	// Seeds is the number of models trained, with seeds Seed, Seed+1...,
	// whose weights are averaged (default 1).
	Seeds int
	// Beam is the number of configurations the parser keeps (default 1).
	// With 1 the parser is greedy and trained with the dynamic oracle;
	// above 1 it is trained as a global structured perceptron with
	// max-violation updates, and parses with that beam.
	Beam int
	// TransBits and LabelBits size the hashed weight tables: 2^TransBits
	// feature rows and 2^LabelBits label weights (defaults 22 and 22).
	TransBits, LabelBits uint
	// Log receives one line of progress per epoch, if not nil.
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Seeds <= 0 {
		o.Seeds = 1
	}
	if o.Beam <= 0 {
		o.Beam = 1
	}
	if o.TransBits == 0 {
		o.TransBits = 22
	}
	if o.LabelBits == 0 {
		o.LabelBits = 22
	}
}

// trainer holds the weights being learnt: integer perceptron weights w and
// the sums u of c*update, so that the average is w - u/c.
type trainer struct {
	tbits, lbits uint
	tw           []int32
	tu           []int64
	lw           []int32
	lu           []int64
	c            int64
}

func (t *trainer) transScores(feats []uint64, out *[nActions]float32) {
	var s [nActions]int64
	shift := 64 - t.tbits
	for _, f := range feats {
		row := t.tw[(f>>shift)*nActions:]
		row = row[:nActions]
		s[0] += int64(row[0])
		s[1] += int64(row[1])
		s[2] += int64(row[2])
		s[3] += int64(row[3])
	}
	for a := range s {
		out[a] = float32(s[a])
	}
}

func (t *trainer) updateTrans(feats []uint64, a int, delta int32) {
	shift := 64 - t.tbits
	for _, f := range feats {
		i := (f>>shift)*nActions + uint64(a)
		t.tw[i] += delta
		t.tu[i] += t.c * int64(delta)
	}
}

// bestLabel is scorer.bestLabel on the training weights.
func (t *trainer) bestLabel(feats []uint64, cands []uint8) int {
	var sums [256]int64
	shift := 64 - t.lbits
	for _, f := range feats {
		base := f >> shift
		block := t.lw[base&^63:]
		block = block[:64]
		for i, l := range cands {
			sums[i] += int64(block[(base+uint64(l))&63])
		}
	}
	best := -1
	for i := range cands {
		if best < 0 || sums[i] > sums[best] {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	return int(cands[best])
}

func (t *trainer) updateLabel(feats []uint64, l int, delta int32) {
	for _, f := range feats {
		i := labelIndex(f, l, t.lbits)
		t.lw[i] += delta
		t.lu[i] += t.c * int64(delta)
	}
}

// averageFloat returns the averaged transition and label weights.
func (t *trainer) averageFloat() (trans, lab []float32) {
	c := float64(t.c)
	avg := func(w []int32, u []int64) []float32 {
		out := make([]float32, len(w))
		for i := range w {
			if w[i] == 0 && u[i] == 0 {
				continue
			}
			out[i] = float32(float64(w[i]) - float64(u[i])/c)
		}
		return out
	}
	return avg(t.tw, t.tu), avg(t.lw, t.lu)
}

// toScorer rounds weights to bfloat16.
func toScorer(tbits, lbits uint, trans, lab []float32) scorer {
	s := scorer{tbits: tbits, lbits: lbits, pool: &sync.Pool{}}
	round := func(w []float32) []uint16 {
		out := make([]uint16, len(w))
		for i, x := range w {
			if x != 0 {
				out[i] = toBF16(x)
			}
		}
		return out
	}
	s.trans, s.lab = round(trans), round(lab)
	return s
}

// gold is an example prepared for training: 1-based projective heads (0 for
// the root) and label ids.
type gold struct {
	ex     *Example
	heads  []int
	labels []int
}

// projectivize lifts non-projective arcs (the shortest first) to the head's
// head until the tree is projective. heads are 1-based with 0 for the root
// and heads[0] unused.
func projectivize(heads []int) {
	n := len(heads) - 1
	for {
		bestD, bestLen := -1, 0
		for d := 1; d <= n; d++ {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			proj := true
			for k := lo + 1; k < hi && proj; k++ {
				a := heads[k]
				for a != 0 && a != h {
					a = heads[a]
				}
				if a != h {
					proj = false
				}
			}
			if !proj && h != 0 && (bestD < 0 || hi-lo < bestLen) {
				bestD, bestLen = d, hi-lo
			}
		}
		if bestD < 0 {
			return
		}
		heads[bestD] = heads[heads[bestD]]
	}
}

// Train learns a parser from gold sentences and keeps the epoch that scores
// best (LAS) on dev. Training is deterministic for given data and options.
// It stops with ctx's error when ctx is done.
func Train(ctx context.Context, train, dev []Example, opt TrainOptions) (*Parser, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("parse: no training sentences")
	}
	if opt.TransBits < minBits || opt.TransBits > maxBits || opt.LabelBits < minBits || opt.LabelBits > maxBits {
		return nil, fmt.Errorf("parse: table bits must be within %d..%d", minBits, maxBits)
	}
	if opt.Beam > maxBeam {
		return nil, fmt.Errorf("parse: beam %d above the maximum %d", opt.Beam, maxBeam)
	}
	for i := range train {
		if err := train[i].check(i); err != nil {
			return nil, fmt.Errorf("parse: training data: %w", err)
		}
	}
	for i := range dev {
		if err := dev[i].check(i); err != nil {
			return nil, fmt.Errorf("parse: dev data: %w", err)
		}
	}

	// Labels, sorted, and the gold trees made projective.
	seen := map[string]bool{"root": true, "dep": true}
	for i := range train {
		for _, r := range train[i].Rels {
			seen[r] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for r := range seen {
		labels = append(labels, r)
	}
	slices.Sort(labels)
	if len(labels) > 255 {
		return nil, fmt.Errorf("parse: %d relations, at most 255 supported", len(labels))
	}
	labelID := make(map[string]int, len(labels))
	for i, l := range labels {
		labelID[l] = i
	}
	golds := make([]gold, len(train))
	var e encoded
	cands := map[uint64][]uint8{}
	var dirSeen [2][256]bool
	for i := range train {
		ex := &train[i]
		n := len(ex.Words)
		g := gold{ex: ex, heads: make([]int, n+1), labels: make([]int, n+1)}
		for j := 0; j < n; j++ {
			g.heads[j+1] = ex.Heads[j] + 1
			g.labels[j+1] = labelID[ex.Rels[j]]
		}
		projectivize(g.heads)
		encode(&e, ex.Words, ex.UPOS, ex.XPOS)
		for d := 1; d <= n; d++ {
			h := g.heads[d]
			if h == 0 {
				continue
			}
			dir := dirOf(h, d)
			k := candKey(dir, e.upos[d], e.upos[h])
			l := uint8(g.labels[d])
			if !slices.Contains(cands[k], l) {
				cands[k] = append(cands[k], l)
			}
			dirSeen[dir][l] = true
		}
		golds[i] = g
	}
	p := &Parser{labels: labels, rootLabel: labelID["root"], beam: opt.Beam, cands: cands}
	for k := range cands {
		slices.Sort(cands[k])
	}
	for dir := range dirSeen {
		for l, ok := range dirSeen[dir] {
			if ok {
				p.dirLabels[dir] = append(p.dirLabels[dir], uint8(l))
			}
		}
	}

	// Each seed trains its own model; their weights are averaged, which
	// for linear models is the same as adding up their scores.
	var sumT, sumL []float32
	for run := 0; run < opt.Seeds; run++ {
		trans, lab, err := trainRun(ctx, p, golds, dev, opt, opt.Seed+uint64(run))
		if err != nil {
			return nil, err
		}
		if sumT == nil {
			sumT, sumL = trans, lab
			continue
		}
		for i, x := range trans {
			sumT[i] += x
		}
		for i, x := range lab {
			sumL[i] += x
		}
	}
	n := float32(opt.Seeds)
	for i := range sumT {
		sumT[i] /= n
	}
	for i := range sumL {
		sumL[i] /= n
	}
	best := *p
	best.scorer = toScorer(opt.TransBits, opt.LabelBits, sumT, sumL)
	if opt.Seeds > 1 && opt.Log != nil && len(dev) > 0 {
		sc := Evaluate(&best, dev)
		fmt.Fprintf(opt.Log, "average of %d seeds: dev UAS %.4f LAS %.4f\n", opt.Seeds, sc.UAS, sc.LAS)
	}
	return &best, nil
}

// trainRun trains one model with the given seed and returns the averaged
// weights of its epoch with the best dev LAS (the last epoch without dev).
func trainRun(ctx context.Context, p *Parser, golds []gold, dev []Example, opt TrainOptions, seed uint64) (trans, lab []float32, err error) {
	t := &trainer{
		tbits: opt.TransBits, lbits: opt.LabelBits,
		tw: make([]int32, nActions<<opt.TransBits), tu: make([]int64, nActions<<opt.TransBits),
		lw: make([]int32, 1<<opt.LabelBits), lu: make([]int64, 1<<opt.LabelBits),
		c: 1,
	}
	rng := rand.New(rand.NewPCG(seed, 0x70617273))
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	bestLAS := -1.0
	ws := &workspace{feats: make([]uint64, 0, maxTransFeatures), lfeats: make([]uint64, 0, maxLabelFeatures)}
	var bs beamScratch
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var transErr, transN, labErr, labN int
		for k, gi := range order {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
			}
			g := &golds[gi]
			if opt.Beam > 1 {
				up, le, ln := t.trainSentenceBeam(p, ws, g, opt.Beam, &bs)
				transErr, transN, labErr, labN = transErr+b2i(up), transN+1, labErr+le, labN+ln
				continue
			}
			te, tn, le, ln := t.trainSentence(p, ws, g, epoch > 0 && opt.Explore > 0, opt.Explore, rng)
			transErr, transN, labErr, labN = transErr+te, transN+tn, labErr+le, labN+ln
		}
		cand := *p
		ft, fl := t.averageFloat()
		cand.scorer = toScorer(t.tbits, t.lbits, ft, fl)
		what := "transition errors"
		if opt.Beam > 1 {
			what = "sentences updated"
		}
		msg := fmt.Sprintf("seed %d epoch %d: %s %.4f, label errors %.4f, %s",
			seed, epoch+1, what, float64(transErr)/float64(max(transN, 1)), float64(labErr)/float64(max(labN, 1)), time.Since(start).Round(time.Millisecond))
		las := 0.0
		if len(dev) > 0 {
			sc := Evaluate(&cand, dev)
			las = sc.LAS
			msg += fmt.Sprintf("; dev UAS %.4f LAS %.4f", sc.UAS, sc.LAS)
		}
		if las > bestLAS || len(dev) == 0 {
			bestLAS = las
			trans, lab = ft, fl
			msg += " (best)"
		}
		if opt.Log != nil {
			fmt.Fprintln(opt.Log, msg)
		}
	}
	return trans, lab, nil
}

// trainSentence runs the dynamic oracle over one sentence, updating the
// weights, and returns the transition and label mistakes and decisions.
func (t *trainer) trainSentence(p *Parser, ws *workspace, g *gold, explore bool, pExplore float64, rng *rand.Rand) (transErr, transN, labErr, labN int) {
	ex := g.ex
	encode(&ws.e, ex.Words, ex.UPOS, ex.XPOS)
	st := &ws.st
	st.reset(len(ex.Words))
	var sc [nActions]float32
	for !st.terminal() {
		ok := st.valid()
		ws.feats = transFeatures(st, &ws.e, ws.feats)
		t.transScores(ws.feats, &sc)
		cost := st.costs(g.heads, ok)
		pred, minCost := -1, 1<<30
		for a := 0; a < nActions; a++ {
			if !ok[a] {
				continue
			}
			if pred < 0 || sc[a] > sc[pred] {
				pred = a
			}
			minCost = min(minCost, cost[a])
		}
		next := pred
		transN++
		if cost[pred] > minCost {
			transErr++
			oracle := -1
			for a := 0; a < nActions; a++ {
				if ok[a] && cost[a] == minCost && (oracle < 0 || sc[a] > sc[oracle]) {
					oracle = a
				}
			}
			t.updateTrans(ws.feats, oracle, 1)
			t.updateTrans(ws.feats, pred, -1)
			if !explore || rng.Float64() >= pExplore {
				next = oracle
			}
		}
		l := 0
		if next == left || next == right {
			h, d := st.arc(next)
			if h == 0 {
				l = p.rootLabel
			} else {
				ws.lfeats = labelFeatures(st, &ws.e, h, d, ws.lfeats)
				bestL := t.bestLabel(ws.lfeats, p.candidates(&ws.e, h, d))
				l = bestL
				if g.heads[d] == h {
					labN++
					if gl := g.labels[d]; bestL != gl {
						labErr++
						t.updateLabel(ws.lfeats, gl, 1)
						t.updateLabel(ws.lfeats, bestL, -1)
						if !explore {
							l = gl
						}
					}
				}
			}
		}
		st.apply(next, l)
		t.c++
	}
	return transErr, transN, labErr, labN
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
