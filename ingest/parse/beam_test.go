package parse

import (
	"bytes"
	"context"
	"testing"
)

// TestGoldSequenceRebuildsTree checks the static oracle the beam trainer
// follows: its transitions must rebuild every (projectivised) training tree
// with its relations, and must be replayable from the recorded actions.
func TestGoldSequenceRebuildsTree(t *testing.T) {
	all, err := ReadExamplesFile(ewtPath(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Train(context.Background(), all[:50], nil, TrainOptions{Epochs: 1, TransBits: 10, LabelBits: 10})
	if err != nil {
		t.Fatal(err)
	}
	labelID := map[string]int{}
	for i, l := range p.labels {
		labelID[l] = i
	}
	tr := &trainer{tbits: 10, lbits: 10, tw: make([]int32, nActions<<10), tu: make([]int64, nActions<<10),
		lw: make([]int32, 1<<10), lu: make([]int64, 1<<10), c: 1}
	ws := &workspace{}
	var bs beamScratch
	for i := range all[:50] {
		ex := &all[i]
		n := len(ex.Words)
		g := gold{ex: ex, heads: make([]int, n+1), labels: make([]int, n+1)}
		for j := 0; j < n; j++ {
			g.heads[j+1] = ex.Heads[j] + 1
			g.labels[j+1] = labelID[ex.Rels[j]]
		}
		projectivize(g.heads)
		encode(&ws.e, ex.Words, ex.UPOS, ex.XPOS)
		tr.goldSequence(p, ws, &g, &bs)
		var st state
		st.reset(n)
		for s, a := range bs.acts {
			if !st.valid()[a] {
				t.Fatalf("sentence %d: gold transition %d at step %d is not allowed", i+1, a, s)
			}
			st.apply(a, bs.labs[s])
		}
		if !st.terminal() {
			t.Fatalf("sentence %d: gold sequence stops before the end of the buffer", i+1)
		}
		for d := 1; d <= n; d++ {
			want := g.labels[d]
			if g.heads[d] == 0 {
				want = p.rootLabel
			}
			if st.head[d] != g.heads[d] || st.label[d] != want {
				t.Fatalf("sentence %d word %d: head %d label %d, want %d %d", i+1, d, st.head[d], st.label[d], g.heads[d], want)
			}
		}
		if len(bs.prefix) != len(bs.acts)+1 {
			t.Fatalf("sentence %d: %d prefix scores for %d transitions", i+1, len(bs.prefix), len(bs.acts))
		}
	}
}

// TestCopyState checks that a copied configuration is independent of its
// source.
func TestCopyState(t *testing.T) {
	var a, b state
	a.reset(4)
	a.apply(shift, 0)
	a.apply(right, 3)
	b.copyFrom(&a)
	b.apply(reduce, 0)
	b.apply(left, 2)
	if a.head[1] != none || len(a.stack) != 3 || a.b != 3 {
		t.Errorf("source changed by its copy: heads %v stack %v buffer %d", a.head, a.stack, a.b)
	}
	if b.head[1] != 3 || b.label[1] != 2 || b.head[2] != 1 {
		t.Errorf("copy: heads %v labels %v", b.head, b.label)
	}
}

// TestBeamTrainDeterministicAndRoundTrip trains small beam models twice:
// the saved bytes must match, Load must keep the beam width and the
// parses, and the model must parse 200 EWT sentences reasonably.
func TestBeamTrainDeterministicAndRoundTrip(t *testing.T) {
	all, err := ReadExamplesFile(ewtPath(t, "train"))
	if err != nil {
		t.Fatal(err)
	}
	train, dev := all[:600], all[600:800]
	opt := TrainOptions{Epochs: 2, TransBits: 16, LabelBits: 16, Beam: 4}
	save := func() ([]byte, *Parser) {
		p, err := Train(context.Background(), train, dev, opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes(), p
	}
	b1, p1 := save()
	b2, _ := save()
	if !bytes.Equal(b1, b2) {
		t.Fatalf("two beam trainings with the same seed wrote different models (%d and %d bytes)", len(b1), len(b2))
	}
	p3, err := Load(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if p3.beam != 4 {
		t.Errorf("loaded beam width %d, want 4", p3.beam)
	}
	for i := range dev[:50] {
		ex := &dev[i]
		h1, r1 := p1.Parse(ex.Words, ex.UPOS, ex.XPOS)
		h3, r3 := p3.Parse(ex.Words, ex.UPOS, ex.XPOS)
		if !slicesEqual(h1, h3) || !slicesEqual(r1, r3) {
			t.Fatalf("sentence %d parses differently after Save/Load", i)
		}
		checkParse(t, ex.Words, h3, r3)
	}
	if sc := Evaluate(p3, dev); sc.UAS < 0.65 || sc.LAS < 0.55 {
		t.Errorf("small beam model: UAS %.3f LAS %.3f on 200 sentences", sc.UAS, sc.LAS)
	}
	if _, err := Train(context.Background(), train[:1], nil, TrainOptions{Beam: maxBeam + 1}); err == nil {
		t.Errorf("Train accepted beam %d", maxBeam+1)
	}
}

// TestLoadVersions checks that a version 1 model (no beam width) loads as a
// greedy parser and that a beam width of 0 is refused.
func TestLoadVersions(t *testing.T) {
	ex := Example{Words: []string{"Go", "."}, UPOS: []string{"VERB", "PUNCT"}, XPOS: []string{"VB", "."}, Heads: []int{-1, 0}, Rels: []string{"root", "punct"}}
	small, err := Train(context.Background(), []Example{ex}, nil, TrainOptions{Epochs: 1, TransBits: 10, LabelBits: 10, Beam: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := small.Save(&buf); err != nil {
		t.Fatal(err)
	}
	raw, err := gunzip(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// After the magic: table bits (10, 10), then the beam width (3).
	at := len(magic) + 2
	if raw[at] != 3 {
		t.Fatalf("byte %d is %d, want the beam width 3", at, raw[at])
	}
	v1 := append([]byte(magicV1), raw[len(magic):at]...)
	v1 = append(v1, raw[at+1:]...)
	zero := bytes.Clone(raw)
	zero[at] = 0
	tests := []struct {
		name     string
		data     []byte
		wantBeam int // 0: Load must fail
	}{
		{"version 2", raw, 3},
		{"version 1", v1, 1},
		{"beam 0", zero, 0},
	}
	for _, tc := range tests {
		p, err := Load(bytes.NewReader(gzipped(tc.data)))
		switch {
		case tc.wantBeam == 0 && err == nil:
			t.Errorf("%s: Load accepted the model", tc.name)
		case tc.wantBeam != 0 && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case err == nil && p.beam != tc.wantBeam:
			t.Errorf("%s: beam %d, want %d", tc.name, p.beam, tc.wantBeam)
		}
		if err == nil {
			h, r := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
			checkParse(t, ex.Words, h, r)
		}
	}
}
