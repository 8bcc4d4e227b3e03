package pos

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions are the settings of Train. The zero value means the
// defaults, which are the settings the embedded model was trained with.
type TrainOptions struct {
	// Iters is the number of passes over the training data (default 10).
	Iters int
	// Seed fixes the order the sentences are shuffled in (default 1); the
	// same data, options and seed give the same model, byte for byte.
	Seed uint64
	// AmbigMinFreq is how often a word form must occur in training for the
	// set of tags seen with it to become a feature (default 1).
	AmbigMinFreq int
	// DictMinFreq and DictMinRatio select the frequent, unambiguous forms
	// that get their majority tag without scoring (defaults 20 and 0.97).
	DictMinFreq  int
	DictMinRatio float64
	// Stages is 1 for a first-stage model only, 2 (the default) for a
	// model that tags a second time seeing the first stage's tags.
	Stages int
	// Folds is the number of jackknife folds that produce the first-stage
	// tags the second stage trains on (default 4).
	Folds int
	// Gate is the first-stage margin at and above which the second stage
	// keeps the first stage's tag without scoring the word again, in the
	// units of the quantised weights (the largest weight is 32767). The
	// default, 16000, rescored 7% of EWT dev words and lost nothing against
	// rescoring all of them; a negative Gate rescores every word.
	Gate int
	// LexFolds is the number of folds of the training data the lexicon is
	// jackknifed over while the perceptron trains (default 10).
	LexFolds int
	// KeepBest, when a dev set is given, returns the model of the pass that
	// scored best on it instead of the last one.
	KeepBest bool
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iters <= 0 {
		o.Iters = 10
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.AmbigMinFreq <= 0 {
		o.AmbigMinFreq = 1
	}
	if o.DictMinFreq <= 0 {
		o.DictMinFreq = 20
	}
	if o.Stages != 1 {
		o.Stages = 2
	}
	if o.Gate == 0 {
		o.Gate = 16000
	}
	if o.Gate < 0 {
		o.Gate = 0
	}
	if o.LexFolds < 2 {
		o.LexFolds = 10
	}
	if o.Folds < 2 {
		o.Folds = 4
	}
	if o.DictMinRatio <= 0 {
		o.DictMinRatio = 0.97
	}
	return o
}

// example is one training sentence: its words and gold classes.
type example struct {
	words []string
	gold  []int32
}

// weight is one class weight of a feature during training, with what
// averaging needs: the running total and when the weight last changed.
type weight struct {
	cls   int32
	w     int32
	ts    int64
	total int64
}

// trainer holds the perceptron while it learns.
type trainer struct {
	index map[uint32]int32
	feats [][]weight
	keys  []uint32 // key of each feature, by index
	now   int64
}

func (tr *trainer) score(keys []uint32, scores []int32) int32 {
	clear(scores)
	for _, k := range keys {
		i, ok := tr.index[k]
		if !ok {
			continue
		}
		for _, e := range tr.feats[i] {
			scores[e.cls] += e.w
		}
	}
	best := int32(0)
	for c, v := range scores {
		if v > scores[best] {
			best = int32(c)
		}
	}
	return best
}

func (tr *trainer) update(keys []uint32, gold, pred int32) {
	for _, k := range keys {
		i, ok := tr.index[k]
		if !ok {
			i = int32(len(tr.feats))
			tr.index[k] = i
			tr.feats = append(tr.feats, nil)
			tr.keys = append(tr.keys, k)
		}
		tr.bump(i, gold, 1)
		tr.bump(i, pred, -1)
	}
}

func (tr *trainer) bump(i, cls, delta int32) {
	ws := tr.feats[i]
	for j := range ws {
		if ws[j].cls == cls {
			e := &ws[j]
			e.total += (tr.now - e.ts) * int64(e.w)
			e.ts = tr.now
			e.w += delta
			return
		}
	}
	tr.feats[i] = append(ws, weight{cls: cls, w: delta, ts: tr.now})
}

// averaged returns the averaged weights of the perceptron, quantised to
// integers so that the largest is about 2^15, features sorted by key.
func (tr *trainer) averaged() []featWeights {
	now := max(tr.now, 1)
	maxAbs := 0.0
	for _, ws := range tr.feats {
		for _, e := range ws {
			avg := float64(e.total+(tr.now-e.ts)*int64(e.w)) / float64(now)
			maxAbs = max(maxAbs, math.Abs(avg))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	out := make([]featWeights, 0, len(tr.feats))
	for i, ws := range tr.feats {
		var es []uint32
		for _, e := range ws {
			avg := float64(e.total+(tr.now-e.ts)*int64(e.w)) / float64(now)
			q := int32(math.Round(avg * scale))
			if q == 0 {
				continue
			}
			es = append(es, uint32(q)<<8|uint32(e.cls))
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b uint32) int { return cmp.Compare(a&0xff, b&0xff) })
		out = append(out, featWeights{key: tr.keys[i], entries: es})
	}
	slices.SortFunc(out, func(a, b featWeights) int { return cmp.Compare(a.key, b.key) })
	return out
}

// Train learns a tagger from the word lines of train, whose UPOS and XPOS
// columns must be filled, and reports each pass (training accuracy, and
// dev accuracy when dev is not empty) to progress, which may be nil.
// Training is deterministic for given data, options and seed.
//
// The second stage learns from first-stage tags of the training data that
// the first stage did not see: they come from Folds first-stage models,
// each trained without one fold of the data and tagging that fold.
func Train(ctx context.Context, train, dev []Sentence, opts TrainOptions, progress io.Writer) (*Tagger, error) {
	opts = opts.withDefaults()
	if progress == nil {
		progress = io.Discard
	}
	tags, classOf, err := collectTags(train)
	if err != nil {
		return nil, err
	}
	exs, err := examples(train, classOf, "train")
	if err != nil {
		return nil, err
	}
	if len(exs) == 0 {
		return nil, errors.New("pos: no training sentences")
	}
	lex := buildLexicon(exs, len(tags), opts)
	fmt.Fprintf(progress, "pos: %d training sentences, %d tags, %d lexicon forms\n", len(exs), len(tags), len(lex))
	evalWith := func(first *weights) func(w *weights) (string, float64, error) {
		if len(dev) == 0 {
			return nil
		}
		return func(w *weights) (string, float64, error) {
			m, err := newTagger(tags, lex, w, nil)
			if first != nil {
				m, err = newTagger(tags, lex, first, w)
			}
			if err != nil {
				return "", 0, err
			}
			m.gate = int32(opts.Gate)
			sc, err := Evaluate(ctx, m, dev)
			if err != nil {
				return "", 0, fmt.Errorf("pos: scoring dev: %w", err)
			}
			return fmt.Sprintf("dev UPOS %.4f XPOS %.4f", sc.UPOSAccuracy(), sc.XPOSAccuracy()), sc.UPOSAccuracy(), nil
		}
	}

	lexOf := jackknifeLexicons(exs, len(tags), opts, 100)
	first, err := runPerceptron(ctx, exs, lexOf, len(tags), nil, opts, 1, progress, "stage 1", evalWith(nil))
	if err != nil {
		return nil, err
	}
	if opts.Stages == 1 {
		return newTagger(tags, lex, first, nil)
	}

	// Jackknife: first-stage tags for every training sentence from a model
	// that did not train on it.
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x0f01d5))
	fold := make([]int, len(exs))
	for i, j := range rng.Perm(len(exs)) {
		fold[j] = i % opts.Folds
	}
	p1 := make([][]int32, len(exs))
	for f := range opts.Folds {
		var in []example
		var out []int
		for i := range exs {
			if fold[i] == f {
				out = append(out, i)
			} else {
				in = append(in, exs[i])
			}
		}
		foldLex := buildLexicon(in, len(tags), opts)
		w, err := runPerceptron(ctx, in, jackknifeLexicons(in, len(tags), opts, uint64(110+f)), len(tags), nil, opts, uint64(10+f), progress, fmt.Sprintf("fold %d/%d", f+1, opts.Folds), nil)
		if err != nil {
			return nil, err
		}
		m, err := newTagger(tags, foldLex, w, nil)
		if err != nil {
			return nil, err
		}
		for _, i := range out {
			p1[i] = m.classes(exs[i].words)
		}
	}
	second, err := runPerceptron(ctx, exs, lexOf, len(tags), p1, opts, 2, progress, "stage 2", evalWith(first))
	if err != nil {
		return nil, err
	}
	m, err := newTagger(tags, lex, first, second)
	if err != nil {
		return nil, err
	}
	m.gate = int32(opts.Gate)
	return m, nil
}

// classes returns the class index of every word.
func (t *Tagger) classes(words []string) []int32 {
	out := make([]int32, len(words))
	if len(words) == 0 {
		return out
	}
	s := t.getScratch(len(words))
	t.tagClasses(words, s)
	copy(out, s.tags)
	t.scratch.Put(s)
	return out
}

// jackknifeLexicons returns, for every example, the lexicon built from the
// examples of the other opts.LexFolds folds, so that the ambiguity classes
// and dictionary tags the perceptron trains with are as incomplete as they
// will be on unseen text: a rare word's ambiguity class would otherwise
// give its gold tag away.
func jackknifeLexicons(exs []example, nTags int, opts TrainOptions, stream uint64) []map[uint64]lexEntry {
	k := opts.LexFolds
	rng := rand.New(rand.NewPCG(opts.Seed, stream))
	fold := make([]int, len(exs))
	for i, j := range rng.Perm(len(exs)) {
		fold[j] = i % k
	}
	lexs := make([]map[uint64]lexEntry, k)
	for f := range lexs {
		var in []example
		for i := range exs {
			if fold[i] != f {
				in = append(in, exs[i])
			}
		}
		lexs[f] = buildLexicon(in, nTags, opts)
	}
	out := make([]map[uint64]lexEntry, len(exs))
	for i := range exs {
		out[i] = lexs[fold[i]]
	}
	return out
}

// runPerceptron trains one stage: p1 holds the first-stage tags of every
// example for the second stage and is nil for the first. stream varies the
// shuffling between the perceptrons of one training run. After each pass,
// eval (if not nil) scores the averaged weights.
func runPerceptron(ctx context.Context, exs []example, lexOf []map[uint64]lexEntry, nTags int, p1 [][]int32, opts TrainOptions, stream uint64, progress io.Writer, label string, eval func(*weights) (string, float64, error)) (*weights, error) {
	tr := &trainer{index: make(map[uint32]int32, 1<<18)}
	rng := rand.New(rand.NewPCG(opts.Seed, stream))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var infos []wordInfo
	var pred []int32
	var keys [featsPerToken]uint32
	scores := make([]int32, nTags)
	var best *weights
	bestAcc := -1.0
	for it := 1; it <= opts.Iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for n, oi := range order {
			if n%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			ex := &exs[oi]
			infos = slices.Grow(infos[:0], len(ex.words))[:len(ex.words)]
			pred = slices.Grow(pred[:0], len(ex.words))[:len(ex.words)]
			for i, w := range ex.words {
				analyse(w, &infos[i])
				lookup(lexOf[oi], &infos[i])
			}
			var stacked []int32
			if p1 != nil {
				stacked = p1[oi]
			}
			for i := range ex.words {
				tr.now++
				if d := infos[i].dict; d >= 0 {
					pred[i] = d
				} else {
					k := featuresAt(keys[:], infos, pred, stacked, i)
					p := tr.score(keys[:k], scores)
					if p != ex.gold[i] {
						tr.update(keys[:k], ex.gold[i], p)
					}
					pred[i] = p
				}
				if pred[i] == ex.gold[i] {
					correct++
				}
				total++
			}
		}
		line := fmt.Sprintf("pos: %s pass %d/%d: train %.4f", label, it, opts.Iters, float64(correct)/float64(total))
		if eval == nil && it < opts.Iters {
			fmt.Fprintf(progress, "%s (%s)\n", line, time.Since(start).Round(time.Millisecond))
			continue
		}
		w, err := newWeights(nTags, tr.averaged())
		if err != nil {
			return nil, err
		}
		line += fmt.Sprintf(", %d features", w.nFeats)
		if eval == nil {
			best = w
		} else {
			msg, acc, err := eval(w)
			if err != nil {
				return nil, err
			}
			line += ", " + msg
			if !opts.KeepBest || acc > bestAcc {
				best, bestAcc = w, acc
			}
		}
		fmt.Fprintf(progress, "%s (%s)\n", line, time.Since(start).Round(time.Millisecond))
	}
	return best, nil
}

// collectTags returns the UPOS/XPOS pairs of the training words, most
// frequent first (ties by name), and their indexes.
func collectTags(train []Sentence) ([]Tag, map[Tag]int32, error) {
	count := map[Tag]int{}
	for si := range train {
		for ti := range train[si].Tokens {
			tok := &train[si].Tokens[ti]
			if tok.Kind() != WordLine || missing(tok.UPOS) || missing(tok.XPOS) {
				continue
			}
			count[Tag{tok.UPOS, tok.XPOS}]++
		}
	}
	tags := make([]Tag, 0, len(count))
	for t := range count {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b Tag) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.UPOS, b.UPOS), cmp.Compare(a.XPOS, b.XPOS))
	})
	if len(tags) > 255 {
		return nil, nil, fmt.Errorf("pos: training data has %d UPOS/XPOS pairs, more than the 255 the model holds", len(tags))
	}
	classOf := make(map[Tag]int32, len(tags))
	for i, t := range tags {
		classOf[t] = int32(i)
	}
	return tags, classOf, nil
}

func missing(col string) bool { return col == "" || col == "_" }

// examples turns sentences into training examples. A sentence with a word
// whose tags are missing is an error naming it.
func examples(sents []Sentence, classOf map[Tag]int32, name string) ([]example, error) {
	out := make([]example, 0, len(sents))
	for si := range sents {
		var ex example
		for ti := range sents[si].Tokens {
			tok := &sents[si].Tokens[ti]
			if tok.Kind() != WordLine {
				continue
			}
			if missing(tok.UPOS) || missing(tok.XPOS) {
				return nil, fmt.Errorf("pos: %s sentence %d, word %s %q: UPOS or XPOS missing", name, si+1, tok.ID, tok.Form)
			}
			ex.words = append(ex.words, tok.Form)
			ex.gold = append(ex.gold, classOf[Tag{tok.UPOS, tok.XPOS}])
		}
		if len(ex.words) > 0 {
			out = append(out, ex)
		}
	}
	return out, nil
}

// buildLexicon finds the ambiguity class of every frequent word form and
// the tag of the frequent unambiguous ones.
func buildLexicon(exs []example, nTags int, opts TrainOptions) map[uint64]lexEntry {
	counts := map[uint64][]int{}
	var wi wordInfo
	for _, ex := range exs {
		for i, w := range ex.words {
			analyse(w, &wi)
			for _, h := range [2]uint64{wi.word, wi.lower ^ lowerSalt} {
				c := counts[h]
				if c == nil {
					c = make([]int, nTags)
					counts[h] = c
				}
				c[ex.gold[i]]++
			}
		}
	}
	lex := map[uint64]lexEntry{}
	for h, c := range counts {
		n, best := 0, 0
		for k, v := range c {
			n += v
			if v > c[best] {
				best = k
			}
		}
		if n < opts.AmbigMinFreq {
			continue
		}
		ambig := uint64(0x1234567)
		for k, v := range c {
			if v > 0 && float64(v) >= 0.05*float64(n) {
				ambig = pair(ambig, uint64(k)+1)
			}
		}
		share := float64(c[best]) / float64(n)
		bucket := uint64(0)
		switch {
		case share >= 0.99:
			bucket = 3
		case share >= 0.9:
			bucket = 2
		case share >= 0.7:
			bucket = 1
		}
		e := lexEntry{ambig: ambig, major: pair(uint64(best)+1, bucket+0x77), dict: -1}
		if n >= opts.DictMinFreq && float64(c[best]) >= opts.DictMinRatio*float64(n) {
			e.dict = int32(best)
		}
		lex[h] = e
	}
	return lex
}
