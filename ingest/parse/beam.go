package parse

import "slices"

// Beam search (Zhang & Clark 2008; Zhang & Nivre 2011): the parser keeps the
// k highest-scoring configurations, a configuration's score being the sum of
// the scores of its transitions, and expands all of them at every step. A
// configuration whose buffer is empty carries over unchanged, so that
// configurations with different numbers of transitions compete. Relations
// are chosen greedily, by the label perceptron, when an arc is built.

// item is one configuration of the beam.
type item struct {
	st    state
	score float64
	// hist is the index in beam.hist of the item's last transition (-1 at
	// the start); gold says whether every transition so far is the gold
	// one (training only).
	hist int32
	gold bool
}

// histNode is one transition of an item's history. Items share the nodes
// of their common prefix.
type histNode struct {
	prev   int32
	action int8 // -1: the item was terminal and carried over
	label  uint8
}

// candidate is one expansion of an item: its index, the transition (-1 for
// a terminal item) and the score it would reach.
type candidate struct {
	from   int
	action int
	score  float64
}

// beam is the reusable memory of a beam search.
type beam struct {
	cur, next []item
	cands     []candidate
	hist      []histNode
}

// copyFrom makes st a copy of o.
func (st *state) copyFrom(o *state) {
	n := o.n
	st.n, st.b, st.rootChild = n, o.b, o.rootChild
	cp := func(dst, src []int) []int {
		if cap(dst) < n+1 {
			dst = make([]int, n+1)
		}
		dst = dst[:n+1]
		copy(dst, src)
		return dst
	}
	st.head, st.label = cp(st.head, o.head), cp(st.label, o.label)
	st.l1, st.l2, st.r1, st.r2 = cp(st.l1, o.l1), cp(st.l2, o.l2), cp(st.r1, o.r1), cp(st.r2, o.r2)
	st.nl, st.nr = cp(st.nl, o.nl), cp(st.nr, o.nr)
	st.stack = append(st.stack[:0], o.stack...)
	if cap(st.lset) < n+1 {
		st.lset, st.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	st.lset, st.rset = st.lset[:n+1], st.rset[:n+1]
	copy(st.lset, o.lset)
	copy(st.rset, o.rset)
}

// start empties the beam and puts in it the initial configuration of an
// n-word sentence.
func (b *beam) start(k, n int) {
	if cap(b.cur) < k {
		b.cur, b.next = make([]item, k), make([]item, k)
	}
	b.cur, b.next = b.cur[:1], b.next[:k]
	b.cur[0].st.reset(n)
	b.cur[0].score, b.cur[0].hist, b.cur[0].gold = 0, -1, true
	b.hist = b.hist[:0]
}

// done reports whether every item of the beam is terminal.
func (b *beam) done() bool {
	for i := range b.cur {
		if !b.cur[i].st.terminal() {
			return false
		}
	}
	return true
}

// stepHooks are what a beam step needs from the model: transition scores
// and a relation for each arc. goldAction is the gold transition at this
// step (-1 when the gold sequence is over or unknown) and goldLabel its
// relation; an item on the gold path that takes it gets goldLabel.
type stepHooks struct {
	scores      func(st *state, feats []uint64, out *[nActions]float32)
	label       func(st *state, h, d int) int
	goldAction  int
	goldLabel   int
	feats       *[]uint64
	e           *encoded
	wantHistory bool
}

// step expands every item of the beam and keeps the k best expansions.
func (b *beam) step(k int, hk *stepHooks) {
	b.cands = b.cands[:0]
	var sc [nActions]float32
	for i := range b.cur {
		it := &b.cur[i]
		if it.st.terminal() {
			b.cands = append(b.cands, candidate{from: i, action: -1, score: it.score})
			continue
		}
		ok := it.st.valid()
		*hk.feats = transFeatures(&it.st, hk.e, *hk.feats)
		hk.scores(&it.st, *hk.feats, &sc)
		for a := 0; a < nActions; a++ {
			if ok[a] {
				b.cands = append(b.cands, candidate{from: i, action: a, score: it.score + float64(sc[a])})
			}
		}
	}
	slices.SortStableFunc(b.cands, func(x, y candidate) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	m := min(k, len(b.cands))
	b.next = b.next[:m]
	for j := 0; j < m; j++ {
		c := b.cands[j]
		src, dst := &b.cur[c.from], &b.next[j]
		dst.st.copyFrom(&src.st)
		dst.score = c.score
		dst.gold = src.gold && c.action == hk.goldAction
		l := 0
		if c.action == left || c.action == right {
			h, d := src.st.arc(c.action)
			if dst.gold {
				l = hk.goldLabel
			} else {
				l = hk.label(&src.st, h, d)
			}
		}
		if c.action >= 0 {
			dst.st.apply(c.action, l)
		}
		dst.hist = src.hist
		if hk.wantHistory {
			b.hist = append(b.hist, histNode{prev: src.hist, action: int8(c.action), label: uint8(l)})
			dst.hist = int32(len(b.hist) - 1)
		}
	}
	b.cur, b.next = b.next, b.cur[:cap(b.cur)]
}

// parseBeam runs the beam search and leaves the best terminal
// configuration in ws.st.
func (p *Parser) parseBeam(ws *workspace) {
	b := &ws.b
	b.start(p.beam, ws.e.n)
	hk := stepHooks{
		scores:     func(_ *state, feats []uint64, out *[nActions]float32) { p.transScores(feats, out) },
		label:      func(st *state, h, d int) int { return p.chooseLabel(ws, st, h, d) },
		goldAction: -2,
		feats:      &ws.feats,
		e:          &ws.e,
	}
	for !b.done() {
		b.step(p.beam, &hk)
	}
	ws.st.copyFrom(&b.cur[0].st)
}

// beamScratch is the memory the beam trainer reuses between sentences.
type beamScratch struct {
	acts         []int
	labs         []int
	prefix       []float64
	predA, predL []int
	gst, pst     state
}

// trainLabel scores the allowed labels of h -> d in st with the training
// weights and returns the best.
func (t *trainer) trainLabel(p *Parser, ws *workspace, st *state, h, d int) int {
	if h == 0 {
		return p.rootLabel
	}
	ws.lfeats = labelFeatures(st, &ws.e, h, d, ws.lfeats)
	return max(t.bestLabel(ws.lfeats, p.candidates(&ws.e, h, d)), 0)
}

// goldSequence walks the gold transitions of g (left, then right, then
// reduce, then shift, whichever loses no gold arc), recording them, their
// relations and the scores of their prefixes, and trains the label
// perceptron on every gold arc.
func (t *trainer) goldSequence(p *Parser, ws *workspace, g *gold, bs *beamScratch) (labErr, labN int) {
	st := &bs.gst
	st.reset(len(g.ex.Words))
	bs.acts, bs.labs, bs.prefix = bs.acts[:0], bs.labs[:0], append(bs.prefix[:0], 0)
	var sc [nActions]float32
	for !st.terminal() {
		ok := st.valid()
		cost := st.costs(g.heads, ok)
		a := -1
		for _, c := range [...]int{left, right, reduce, shift} {
			if ok[c] && (a < 0 || cost[c] < cost[a]) {
				a = c
			}
		}
		ws.feats = transFeatures(st, &ws.e, ws.feats)
		t.transScores(ws.feats, &sc)
		bs.prefix = append(bs.prefix, bs.prefix[len(bs.prefix)-1]+float64(sc[a]))
		l := 0
		if a == left || a == right {
			h, d := st.arc(a)
			l = g.labels[d]
			if h == 0 {
				l = p.rootLabel
			} else {
				labN++
				if pl := t.trainLabel(p, ws, st, h, d); pl != l {
					labErr++
					t.updateLabel(ws.lfeats, l, 1)
					t.updateLabel(ws.lfeats, pl, -1)
				}
			}
		}
		bs.acts, bs.labs = append(bs.acts, a), append(bs.labs, l)
		st.apply(a, l)
	}
	return labErr, labN
}

// trainSentenceBeam is one step of the global structured perceptron with
// max-violation updates (Huang et al. 2012): it runs the beam over the
// sentence, finds the step where the best item outscores the gold prefix
// by most, and updates towards the gold prefix and away from that item. It
// reports whether it updated, and the label mistakes and decisions.
func (t *trainer) trainSentenceBeam(p *Parser, ws *workspace, g *gold, k int, bs *beamScratch) (updated bool, labErr, labN int) {
	ex := g.ex
	encode(&ws.e, ex.Words, ex.UPOS, ex.XPOS)
	labErr, labN = t.goldSequence(p, ws, g, bs)
	nGold := len(bs.acts)

	b := &ws.b
	b.start(k, len(ex.Words))
	hk := stepHooks{
		scores:      func(_ *state, feats []uint64, out *[nActions]float32) { t.transScores(feats, out) },
		label:       func(st *state, h, d int) int { return t.trainLabel(p, ws, st, h, d) },
		feats:       &ws.feats,
		e:           &ws.e,
		wantHistory: true,
	}
	found, maxV, vStep, vHist := false, 0.0, 0, int32(-1)
	for step := 0; !b.done(); {
		hk.goldAction, hk.goldLabel = -1, 0
		if step < nGold {
			hk.goldAction, hk.goldLabel = bs.acts[step], bs.labs[step]
		}
		b.step(k, &hk)
		step++
		best := &b.cur[0]
		if best.gold {
			continue
		}
		if v := best.score - bs.prefix[min(step, nGold)]; v >= 0 && (!found || v > maxV) {
			found, maxV, vStep, vHist = true, v, step, best.hist
		}
	}
	if !found {
		t.c++
		return false, labErr, labN
	}

	bs.predA, bs.predL = bs.predA[:0], bs.predL[:0]
	for h := vHist; h >= 0; h = b.hist[h].prev {
		bs.predA = append(bs.predA, int(b.hist[h].action))
		bs.predL = append(bs.predL, int(b.hist[h].label))
	}
	slices.Reverse(bs.predA)
	slices.Reverse(bs.predL)
	gst, pst := &bs.gst, &bs.pst
	gst.reset(len(ex.Words))
	pst.reset(len(ex.Words))
	diverged := false
	for s := 0; s < vStep; s++ {
		ga, gl := -1, 0
		if s < nGold {
			ga, gl = bs.acts[s], bs.labs[s]
		}
		pa, pl := bs.predA[s], bs.predL[s]
		if !diverged && (ga != pa || gl != pl) {
			diverged = true
		}
		if diverged {
			if ga >= 0 {
				ws.feats = transFeatures(gst, &ws.e, ws.feats)
				t.updateTrans(ws.feats, ga, 1)
			}
			if pa >= 0 {
				ws.feats = transFeatures(pst, &ws.e, ws.feats)
				t.updateTrans(ws.feats, pa, -1)
			}
		}
		if ga >= 0 {
			gst.apply(ga, gl)
		}
		if pa >= 0 {
			pst.apply(pa, pl)
		}
	}
	t.c++
	return true, labErr, labN
}
