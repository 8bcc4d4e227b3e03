package ner

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"
)

// TrainOptions configure Train.
type TrainOptions struct {
	// Train and Dev are CoNLL-2003 files (IOB1 or IOB2 tags in the last
	// column). Dev picks the best epoch.
	Train, Dev string
	// ExtraTrain are further labelled CoNLL-2003 files added to the
	// training data (but not to the unlabelled text of the clusters, so the
	// clusters stay those of Train alone). The usual final step is to pick
	// Iters, Ensemble and Dropout with Dev, then retrain without Dev on
	// Train plus the dev file as ExtraTrain for the chosen number of epochs.
	ExtraTrain []string
	// Data is the shared data directory (../shared/data): gazetteers,
	// GeoNames and the unlabelled text the word clusters are learnt from.
	Data string
	// Clusters is an optional cluster file (as written by WriteClusters);
	// when empty the clusters are computed from Data.
	Clusters string
	// ClustersOut, when set, is where clusters computed from Data are
	// written, so that later runs can pass them as Clusters.
	ClustersOut string
	// GUM is an optional GUM CoNLL-U file (gzip-compressed if it ends in
	// .gz) whose named person, organisation and place mentions are added to
	// the training data; its other proper nouns are left unlabelled.
	GUM string
	// Iters is the maximum number of epochs per stage (default 20).
	Iters int
	// Seed fixes the order in which documents are visited.
	Seed uint64
	// Stages is 1 or 2; a second stage reads the first stage's predictions
	// over the whole document (default 1). On CoNLL testa the second stage
	// gained 0.0013 F1 on average over eight runs (from -0.0008 to +0.0043)
	// for twice the tagging time.
	Stages int
	// Folds is the number of jackknife folds giving the second stage honest
	// first-stage predictions on the training data (default 5).
	Folds int
	// Ensemble is the number of perceptrons, trained on differently
	// shuffled data for the first one's best number of epochs, whose
	// weights are averaged into each stage (default 1). Tagging costs the
	// same; training costs Ensemble times more.
	Ensemble int
	// Dropout is the probability with which a training token's own word
	// identity features are left out, so that the model learns to tag
	// words it has not seen from shape, clusters, gazetteers and context.
	Dropout float64
	// POS adds features of the universal parts of speech that the pos
	// package's embedded tagger predicts for the current word and its
	// neighbours (the model then tags with that tagger, or with the tags
	// of the pipeline's pos stage). "dossier train ner" sets it unless
	// --pos=false.
	POS bool
	// Log receives progress lines (nil: discarded).
	Log io.Writer
}

// example is one training or dev document.
type example struct {
	d    *docState
	gold [][]uint8
}

// readExamples reads a labelled CoNLL file into documents.
func (r *Recognizer) readExamples(path string) ([]example, *Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	c, err := ReadCoNLL(f, path)
	if err != nil {
		return nil, nil, err
	}
	var out []example
	for _, doc := range c.Documents() {
		sents := make([][]string, len(doc))
		gold := make([][]uint8, len(doc))
		for i, s := range doc {
			sents[i] = c.Tokens(s)
			gold[i] = bilouFromIOB2(c.GoldTags(s))
		}
		out = append(out, example{d: r.prepare(sents), gold: gold})
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("ner: %s: no sentences", path)
	}
	return out, c, nil
}

// readGUMExamples reads GUM documents for training.
func (r *Recognizer) readGUMExamples(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	var rd io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		rd = zr
	}
	docs, tags, err := ReadGUM(rd, path)
	if err != nil {
		return nil, err
	}
	var out []example
	for d := range docs {
		gold := make([][]uint8, len(docs[d]))
		for s, ts := range tags[d] {
			clean := make([]string, len(ts))
			for i, t := range ts {
				if t == "?" {
					clean[i] = "O"
				} else {
					clean[i] = t
				}
			}
			gold[s] = bilouFromIOB2(clean)
			for i, t := range ts {
				if t == "?" {
					gold[s][i] = unknownLabel
				}
			}
		}
		out = append(out, example{d: r.prepare(docs[d]), gold: gold})
	}
	return out, nil
}

// perceptron is an averaged multiclass perceptron over hashed features.
type perceptron struct {
	index map[uint64]int32
	w     []float32
	acc   []float64 // sum of step*delta, for averaging
	step  float64
}

func newPerceptron() *perceptron {
	return &perceptron{index: make(map[uint64]int32, 1<<20), step: 1}
}

func (p *perceptron) scores(s *[numLabels]float32, feats []uint64) {
	for _, f := range feats {
		if i, ok := p.index[f]; ok {
			row := p.w[int(i)*numLabels : int(i+1)*numLabels]
			for l := range s {
				s[l] += row[l]
			}
		}
	}
}

func (p *perceptron) update(feats []uint64, gold, pred uint8) {
	for _, f := range feats {
		i, ok := p.index[f]
		if !ok {
			i = int32(len(p.index))
			p.index[f] = i
			p.w = append(p.w, make([]float32, numLabels)...)
			p.acc = append(p.acc, make([]float64, numLabels)...)
		}
		b := int(i) * numLabels
		p.w[b+int(gold)]++
		p.w[b+int(pred)]--
		p.acc[b+int(gold)] += p.step
		p.acc[b+int(pred)] -= p.step
	}
}

// averaged returns the averaged weights as a table, dropping features whose
// weights are all negligible.
func (p *perceptron) averaged() *weightTable {
	const eps = 1e-3
	var keys []uint64
	var rows []float32
	row := make([]float32, numLabels)
	for k, i := range p.index {
		b := int(i) * numLabels
		big := false
		for l := 0; l < numLabels; l++ {
			v := float64(p.w[b+l]) - p.acc[b+l]/p.step
			row[l] = float32(v)
			big = big || v > eps || v < -eps
		}
		if big {
			keys = append(keys, k)
			rows = append(rows, row...)
		}
	}
	return buildWeightTable(keys, rows)
}

// averageTables returns the mean of weight tables (a key missing from a
// table counts as zero weights there).
func averageTables(ws []*weightTable) *weightTable {
	sum := map[uint64][]float32{}
	var order []uint64
	for _, w := range ws {
		for i, k := range w.keys {
			if k == 0 {
				continue
			}
			row := sum[k]
			if row == nil {
				row = make([]float32, numLabels)
				sum[k] = row
				order = append(order, k)
			}
			for l, v := range w.rows[i*numLabels : (i+1)*numLabels] {
				row[l] += float32(v) * w.scale / float32(len(ws))
			}
		}
	}
	rows := make([]float32, 0, len(order)*numLabels)
	for _, k := range order {
		rows = append(rows, sum[k]...)
	}
	return buildWeightTable(order, rows)
}

// trainStage trains the weights of one stage: examples visited in a seeded
// random order each epoch, greedy decoding with the model's own previous
// predictions, evaluated on dev after each epoch when dev is given. It
// returns the best epoch's weights (or the last, without dev) and that epoch.
func (r *Recognizer) trainStage(ctx context.Context, train, dev []example, iters int, seed uint64, dropout float64, log io.Writer, name string) (*weightTable, int, float64, error) {
	p := newPerceptron()
	rng := rand.New(rand.NewPCG(seed, 0x4e4552))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *weightTable
	bestF, bestEpoch := -1.0, 0
	buf := make([]uint64, 0, 128)
	for epoch := 1; epoch <= iters; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, oi := range order {
			if err := ctx.Err(); err != nil {
				return nil, 0, 0, err
			}
			ex := train[oi]
			d := ex.d
			h := make(history)
			for si, s := range d.sents {
				var prev, prev2 uint8
				for i := range s {
					d.drop = dropout > 0 && rng.Float64() < dropout
					buf = r.staticFeatures(buf[:0], d, si, i)
					if d.pass1 != nil {
						buf = pass1Features(buf, d, si, i)
					}
					buf = dynamicFeatures(buf, &d.lex[si][i], prev, prev2, h, d.drop)
					d.drop = false
					var sc [numLabels]float32
					p.scores(&sc, buf)
					pred, _ := bestAllowed(&sc, prev, i == len(s)-1)
					gold := ex.gold[si][i]
					if gold != unknownLabel && pred != gold {
						p.update(buf, gold, pred)
						errs++
					}
					p.step++
					toks++
					h.record(&d.lex[si][i], pred)
					prev2, prev = prev, pred
				}
			}
		}
		w := p.averaged()
		f := -1.0
		if dev != nil {
			r2 := *r
			r2.stages = append(append([]*weightTable(nil), r.stages...), w)
			s := r2.scoreExamples(dev)
			f = s.Overall.F1()
		}
		if log != nil {
			fmt.Fprintf(log, "%s epoch %d: train errors %.4f, %d features, dev F1 %.4f (%.1fs)\n", name, epoch, float64(errs)/float64(toks), w.len(), f, time.Since(start).Seconds())
		}
		if dev == nil || f > bestF {
			best, bestF, bestEpoch = w, f, epoch
		}
	}
	return best, bestEpoch, bestF, nil
}

// scoreExamples tags the examples with all of r's stages and scores them.
func (r *Recognizer) scoreExamples(exs []example) *Scores {
	s := &Scores{}
	for _, ex := range exs {
		ex.d.pass1, ex.d.pass1Doc = nil, nil
		var labels [][]uint8
		for k, w := range r.stages {
			if k > 0 {
				ex.d.setPass1(labels)
			}
			labels, _ = r.tagPass(ex.d, w)
		}
		ex.d.pass1, ex.d.pass1Doc = nil, nil
		for si := range labels {
			s.Add(labelsIOB2(ex.gold[si]), labelsIOB2(labels[si]))
		}
	}
	return s
}

func labelsIOB2(ls []uint8) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = iob2(l)
	}
	return out
}

// Train builds a recogniser: gazetteers and word clusters from opts.Data,
// then one or two perceptron stages on opts.Train (and opts.ExtraTrain),
// choosing each stage's epoch on opts.Dev, or taking the last of opts.Iters
// epochs without Dev. The same options and data give the same model.
func Train(ctx context.Context, opts TrainOptions) (*Recognizer, error) {
	if opts.Iters <= 0 {
		opts.Iters = 20
	}
	if opts.Stages <= 0 {
		opts.Stages = 1
	}
	if opts.Stages > 2 {
		return nil, fmt.Errorf("ner: %d stages: at most 2 are supported", opts.Stages)
	}
	if opts.Folds <= 1 {
		opts.Folds = 5
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format+"\n", args...)
		}
	}
	r := &Recognizer{}
	t0 := time.Now()
	if opts.Data != "" {
		g, err := buildGazetteers(opts.Data)
		if err != nil {
			return nil, err
		}
		r.gazetteers = *g
		logf("gazetteers: %d phrases in %d lists (%.1fs)", len(g.phrases), len(g.names), time.Since(t0).Seconds())
	}
	switch {
	case opts.Clusters != "":
		c, err := ReadClustersFile(opts.Clusters)
		if err != nil {
			return nil, err
		}
		r.clusters = c.table()
		logf("clusters: %d words from %s", len(r.clusters.raw), opts.Clusters)
	case opts.Data != "":
		c, err := BuildClusters(ctx, opts.Data, opts.Train, opts.Seed, opts.Log)
		if err != nil {
			return nil, err
		}
		r.clusters = c.table()
		if opts.ClustersOut != "" {
			if err := writeFile(opts.ClustersOut, c.Write); err != nil {
				return nil, err
			}
		}
		logf("clusters: %d words (%.1fs)", len(r.clusters.raw), time.Since(t0).Seconds())
	}
	if opts.POS {
		r.extras |= xPOS
	}
	if err := r.loadExtras(); err != nil {
		return nil, err
	}
	train, _, err := r.readExamples(opts.Train)
	if err != nil {
		return nil, err
	}
	for _, p := range opts.ExtraTrain {
		ex, _, err := r.readExamples(p)
		if err != nil {
			return nil, err
		}
		logf("extra training data: %d documents from %s", len(ex), p)
		train = append(train, ex...)
	}
	if opts.GUM != "" {
		g, err := r.readGUMExamples(opts.GUM)
		if err != nil {
			return nil, err
		}
		logf("GUM: %d documents", len(g))
		train = append(train, g...)
	}
	var dev []example
	if opts.Dev != "" {
		if dev, _, err = r.readExamples(opts.Dev); err != nil {
			return nil, err
		}
	}
	w1, ep1, f1, err := r.trainStage(ctx, train, dev, opts.Iters, opts.Seed, opts.Dropout, opts.Log, "stage 1")
	if err != nil {
		return nil, err
	}
	r.stages = []*weightTable{w1}
	if dev != nil {
		r.info = fmt.Sprintf("stage 1: epoch %d of %d, dev F1 %.4f", ep1, opts.Iters, f1)
	} else {
		r.info = fmt.Sprintf("stage 1: %d epochs on %d documents, no dev file", ep1, len(train))
	}
	logf("%s", r.info)
	if opts.Ensemble > 1 {
		ws := []*weightTable{w1}
		for k := 1; k < opts.Ensemble; k++ {
			wk, _, _, err := r.trainStage(ctx, train, nil, ep1, opts.Seed+1000*uint64(k), opts.Dropout, nil, "ensemble")
			if err != nil {
				return nil, err
			}
			ws = append(ws, wk)
			logf("ensemble member %d trained (%.1fs)", k+1, time.Since(t0).Seconds())
		}
		r.stages = []*weightTable{averageTables(ws)}
		if dev != nil {
			f1 = r.scoreExamples(dev).Overall.F1()
		}
		r.info += fmt.Sprintf("; average of %d perceptrons", opts.Ensemble)
		if dev != nil {
			r.info += fmt.Sprintf(": dev F1 %.4f", f1)
		}
		logf("%s", r.info)
	}
	if opts.Stages == 2 {
		// Honest first-pass labels on the training documents: each fold is
		// tagged by a first stage trained on the other folds.
		pass1 := make(map[*docState][][]uint8, len(train))
		for k := 0; k < opts.Folds; k++ {
			var rest, held []example
			for i, ex := range train {
				if i%opts.Folds == k {
					held = append(held, ex)
				} else {
					rest = append(rest, ex)
				}
			}
			rk := *r
			rk.stages = nil
			wk, _, _, err := rk.trainStage(ctx, rest, nil, ep1, opts.Seed+uint64(k)+1, opts.Dropout, nil, "fold")
			if err != nil {
				return nil, err
			}
			for _, ex := range held {
				labels, _ := rk.tagPass(ex.d, wk)
				pass1[ex.d] = labels
			}
			logf("fold %d/%d tagged (%.1fs)", k+1, opts.Folds, time.Since(t0).Seconds())
		}
		for d, labels := range pass1 {
			d.setPass1(labels)
		}
		w2, ep2, f2, err := r.trainStage(ctx, train, dev, opts.Iters, opts.Seed+100, opts.Dropout, opts.Log, "stage 2")
		if err != nil {
			return nil, err
		}
		if opts.Ensemble > 1 {
			ws := []*weightTable{w2}
			for k := 1; k < opts.Ensemble; k++ {
				wk, _, _, err := r.trainStage(ctx, train, nil, ep2, opts.Seed+100+1000*uint64(k), opts.Dropout, nil, "ensemble")
				if err != nil {
					return nil, err
				}
				ws = append(ws, wk)
			}
			w2 = averageTables(ws)
			if dev != nil {
				r2 := *r
				r2.stages = append(append([]*weightTable(nil), r.stages...), w2)
				f2 = r2.scoreExamples(dev).Overall.F1()
			}
			logf("stage 2: average of %d perceptrons, dev F1 %.4f (%.1fs)", opts.Ensemble, f2, time.Since(t0).Seconds())
		}
		if dev == nil || f2 > f1 {
			r.stages = append(r.stages, w2)
			if dev != nil {
				r.info += fmt.Sprintf("; stage 2: epoch %d, dev F1 %.4f", ep2, f2)
			} else {
				r.info += fmt.Sprintf("; stage 2: %d epochs", ep2)
			}
		} else {
			r.info += fmt.Sprintf("; stage 2 dropped (dev F1 %.4f)", f2)
		}
		logf("%s", r.info)
	}
	r.finish()
	return r, nil
}

// writeFile creates path and writes it with write.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	return nil
}
