package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Clusters assigns words to clusters at three nested granularities (fine,
// middle, coarse), learnt from unlabelled text: each word is described by the
// words around it (positive PMI of its left and right neighbours), the
// descriptions are randomly projected to a few dimensions and grouped by
// spherical k-means; the fine clusters' centroids are then grouped again for
// the coarser levels, so that the levels nest like prefixes of Brown paths.
// The clustering is run numClusterings times from different random starts
// and a word carries the three levels of each run: k-means on this little
// text varies from start to start (testa F1 moved by up to 0.005 with the
// seed), and two runs' clusters together gained 0.003 over one on testa
// for two seeds.
type Clusters struct {
	// Words are the clustered words, most frequent first.
	Words []string
	// IDs[i] are the clusters of Words[i]: fine, middle and coarse of the
	// first clustering, then of the second.
	IDs [][numClusterLevels]uint16
}

// Cluster sizes per level and the learning parameters.
const (
	clusterFine     = 1000
	clusterMid      = 250
	clusterCoarse   = 50
	clusterVocab    = 60000
	clusterMinCount = 3
	clusterCtx1     = 1500 // context words at distance 1
	clusterCtx2     = 300  // context words at distance 2
	clusterIters    = 12
)

// table builds the lookup table the recogniser uses.
func (c *Clusters) table() clusterTable {
	t := clusterTable{
		raw:   make(map[uint64][numClusterLevels]uint16, len(c.Words)),
		lower: make(map[uint64][numClusterLevels]uint16, len(c.Words)),
	}
	for i, w := range c.Words {
		t.raw[hashString(w)] = c.IDs[i]
		if _, ok := t.lower[hashLower(w)]; !ok {
			t.lower[hashLower(w)] = c.IDs[i]
		}
	}
	return t
}

// Write writes the clusters as text: one word per line, tab, its cluster
// numbers finest first separated by tabs.
func (c *Clusters) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i, word := range c.Words {
		bw.WriteString(word)
		for _, id := range c.IDs[i] {
			bw.WriteByte('\t')
			bw.WriteString(strconv.Itoa(int(id)))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: writing clusters: %w", err)
	}
	return nil
}

// ReadClusters reads clusters written by Clusters.Write; name identifies the
// input in errors.
func ReadClusters(r io.Reader, name string) (*Clusters, error) {
	c := &Clusters{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 1+numClusterLevels || f[0] == "" {
			return nil, fmt.Errorf("ner: %s:%d: want a word and %d cluster numbers", name, n, numClusterLevels)
		}
		var ids [numClusterLevels]uint16
		for k := range ids {
			v, err := strconv.ParseUint(f[k+1], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("ner: %s:%d: %w", name, n, err)
			}
			ids[k] = uint16(v)
		}
		c.Words = append(c.Words, f[0])
		c.IDs = append(c.IDs, ids)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading %s: %w", name, err)
	}
	return c, nil
}

// ReadClustersFile reads a cluster file.
func ReadClustersFile(path string) (*Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return ReadClusters(f, path)
}

// tokenizeText splits running text into CoNLL-like tokens: on spaces, with
// leading and trailing punctuation split off (a final period stays on
// abbreviations such as "U.S." or "Corp.").
func tokenizeText(s string, out []string) []string {
	for _, f := range strings.Fields(s) {
		var tail []string
		for len(f) > 0 {
			r, n := utf8.DecodeRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			out = append(out, f[:n])
			f = f[n:]
		}
		for len(f) > 0 {
			r, n := utf8.DecodeLastRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			if r == '.' && (strings.Count(f, ".") > 1 || (len(f) <= 5 && len(f) > 1 && unicode.IsUpper(rune(f[0])))) {
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			tail = append(tail, "'s")
			f = f[:len(f)-2]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// readUnlabelled returns the sentences (or paragraphs) of the unlabelled
// corpora as token lists: Reuters-21578 bodies, BBC News texts and the tokens
// of the CoNLL training file.
func readUnlabelled(dataDir, conllTrain string) ([][]string, error) {
	var out [][]string
	for i := 0; i <= 21; i++ {
		p := filepath.Join(dataDir, "reuters21578", fmt.Sprintf("reut2-%03d.sgm.gz", i))
		b, err := readGz(p)
		if err != nil {
			return nil, err
		}
		s := strings.ToValidUTF8(string(b), " ")
		for {
			i := strings.Index(s, "<BODY>")
			if i < 0 {
				break
			}
			s = s[i+len("<BODY>"):]
			j := strings.Index(s, "</BODY>")
			if j < 0 {
				break
			}
			body := s[:j]
			s = s[j:]
			body = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#3;", " ").Replace(body)
			for _, para := range strings.Split(body, "\n    ") {
				out = append(out, tokenizeText(para, nil))
			}
		}
	}
	p := filepath.Join(dataDir, "bbc_news", "bbc_news.jsonl.gz")
	b, err := readGz(p)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		var doc struct{ Text string }
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			return nil, fmt.Errorf("ner: %s: %w", p, err)
		}
		for _, para := range strings.Split(doc.Text, "\n") {
			if t := tokenizeText(para, nil); len(t) > 0 {
				out = append(out, t)
			}
		}
	}
	if conllTrain != "" {
		f, err := os.Open(conllTrain)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		c, err := ReadCoNLL(f, conllTrain)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, doc := range c.Documents() {
			for _, s := range doc {
				out = append(out, c.Tokens(s))
			}
		}
	}
	return out, nil
}

func readGz(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", p, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", p, err)
	}
	return b, nil
}

// BuildClusters learns word clusters from the unlabelled text under dataDir
// (Reuters-21578, BBC News) and the tokens of conllTrain. The result depends
// only on the data and the seed.
func BuildClusters(ctx context.Context, dataDir, conllTrain string, seed uint64, log io.Writer) (*Clusters, error) {
	t0 := time.Now()
	logf := func(format string, args ...any) {
		if log != nil {
			fmt.Fprintf(log, "clusters: "+format+" (%.1fs)\n", append(args, time.Since(t0).Seconds())...)
		}
	}
	sents, err := readUnlabelled(dataDir, conllTrain)
	if err != nil {
		return nil, err
	}
	freq := make(map[string]int)
	lfreq := make(map[string]int)
	ntok := 0
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
			lfreq[strings.ToLower(w)]++
			ntok++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= clusterMinCount {
			words = append(words, w)
		}
	}
	byFreq := func(f map[string]int) func(a, b string) int {
		return func(a, b string) int {
			if c := cmp.Compare(f[b], f[a]); c != 0 {
				return c
			}
			return strings.Compare(a, b)
		}
	}
	slices.SortFunc(words, byFreq(freq))
	if len(words) > clusterVocab {
		words = words[:clusterVocab]
	}
	ctxWords := make([]string, 0, len(lfreq))
	for w := range lfreq {
		ctxWords = append(ctxWords, w)
	}
	slices.SortFunc(ctxWords, byFreq(lfreq))
	logf("%d tokens, %d sentences, %d words to cluster", ntok, len(sents), len(words))
	widx := make(map[string]int32, len(words))
	for i, w := range words {
		widx[w] = int32(i)
	}
	cidx := make(map[string]int32)
	for i, w := range ctxWords {
		if i >= clusterCtx1 {
			break
		}
		cidx[w] = int32(i)
	}
	// Context dimensions: left and right neighbour among the clusterCtx1
	// most frequent words, then at distance two among the clusterCtx2 most
	// frequent.
	dims := 2*clusterCtx1 + 2*clusterCtx2
	counts := make([]uint16, len(words)*dims)
	inc := func(w int32, d int) {
		p := &counts[int(w)*dims+d]
		if *p < math.MaxUint16 {
			*p++
		}
	}
	for _, s := range sents {
		ids := make([]int32, len(s))
		for i, w := range s {
			ids[i] = -1
			if c, ok := cidx[strings.ToLower(w)]; ok {
				ids[i] = c
			}
		}
		for i, w := range s {
			wi, ok := widx[w]
			if !ok {
				continue
			}
			if i > 0 && ids[i-1] >= 0 {
				inc(wi, int(ids[i-1]))
			}
			if i+1 < len(s) && ids[i+1] >= 0 {
				inc(wi, clusterCtx1+int(ids[i+1]))
			}
			if i > 1 && ids[i-2] >= 0 && ids[i-2] < clusterCtx2 {
				inc(wi, 2*clusterCtx1+int(ids[i-2]))
			}
			if i+2 < len(s) && ids[i+2] >= 0 && ids[i+2] < clusterCtx2 {
				inc(wi, 2*clusterCtx1+clusterCtx2+int(ids[i+2]))
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Positive PMI vectors, sparse and of unit length.
	colSum := make([]float64, dims)
	rowSum := make([]float64, len(words))
	total := 0.0
	for w := range words {
		row := counts[w*dims : (w+1)*dims]
		for d, c := range row {
			colSum[d] += float64(c)
			rowSum[w] += float64(c)
		}
		total += rowSum[w]
	}
	// Context distribution smoothing (exponent 0.75), as in Levy et al. 2015.
	colP := make([]float64, dims)
	norm := 0.0
	for d, c := range colSum {
		colP[d] = math.Pow(c, 0.75)
		norm += colP[d]
	}
	vecs := make([]sparseVec, len(words))
	for w := range words {
		row := counts[w*dims : (w+1)*dims]
		var v sparseVec
		for d, c := range row {
			if c == 0 || colP[d] == 0 {
				continue
			}
			pmi := math.Log(float64(c) / rowSum[w] / (colP[d] / norm))
			if pmi > 0 {
				v.idx = append(v.idx, uint16(d))
				v.val = append(v.val, float32(pmi))
			}
		}
		normalize(v.val)
		vecs[w] = v
	}
	counts = nil
	logf("vectors built")
	out := &Clusters{}
	ids := make([][numClusterLevels]uint16, len(words))
	ok := make([]bool, len(words))
	for run := 0; run < numClusterings; run++ {
		rng := rand.New(rand.NewPCG(seed+uint64(run)*7919, 0xc1057e75))
		fine, cent, err := kmeansSparse(ctx, vecs, dims, clusterFine, rng)
		if err != nil {
			return nil, err
		}
		logf("clustering %d, fine level: %d clusters", run+1, clusterFine)
		// Coarser levels cluster the fine centroids, weighted by size.
		size := make([]float32, clusterFine)
		for _, c := range fine {
			if c >= 0 {
				size[c]++
			}
		}
		mid, _, err := kmeans(ctx, cent, dims, clusterFine, clusterMid, rng, size)
		if err != nil {
			return nil, err
		}
		coarse, _, err := kmeans(ctx, cent, dims, clusterFine, clusterCoarse, rng, size)
		if err != nil {
			return nil, err
		}
		for i := range words {
			if fine[i] < 0 {
				continue // no context among the frequent words
			}
			ok[i] = true
			ids[i][3*run] = uint16(fine[i])
			ids[i][3*run+1] = uint16(mid[fine[i]])
			ids[i][3*run+2] = uint16(coarse[fine[i]])
		}
	}
	for i, w := range words {
		if ok[i] {
			out.Words = append(out.Words, w)
			out.IDs = append(out.IDs, ids[i])
		}
	}
	logf("done")
	return out, nil
}

func normalize(v []float32) {
	s := float32(0)
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(float64(s)))
	for k := range v {
		v[k] *= inv
	}
}

// sparseVec is a sparse vector: values at dimensions idx.
type sparseVec struct {
	idx []uint16
	val []float32
}

// kmeansSparse groups sparse unit vectors of dims dimensions into k
// clusters by spherical k-means and returns the assignment (-1 for empty
// vectors) and the dense centroids (k rows of dims).
func kmeansSparse(ctx context.Context, vecs []sparseVec, dims, k int, rng *rand.Rand) ([]int32, []float32, error) {
	var live []int
	for i, v := range vecs {
		if len(v.idx) > 0 {
			live = append(live, i)
		}
	}
	if len(live) < k {
		return nil, nil, fmt.Errorf("ner: clusters: %d words with contexts, fewer than %d clusters", len(live), k)
	}
	// centT holds the centroids transposed: dims rows of k values, so that
	// a sparse vector's scores are a sum of a few contiguous rows.
	centT := make([]float32, dims*k)
	perm := rng.Perm(len(live))
	for c := 0; c < k; c++ {
		v := vecs[live[perm[c]]]
		for j, d := range v.idx {
			centT[int(d)*k+c] = v.val[j]
		}
	}
	assign := make([]int32, len(vecs))
	for i := range assign {
		assign[i] = -1
	}
	scores := make([]float32, k)
	cent := make([]float32, k*dims)
	for it := 0; it < clusterIters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		changed := 0
		for _, i := range live {
			v := vecs[i]
			clear(scores)
			for j, d := range v.idx {
				x := v.val[j]
				row := centT[int(d)*k : int(d+1)*k : int(d+1)*k]
				for c := range scores {
					scores[c] += x * row[c]
				}
			}
			best := 0
			for c, s := range scores {
				if s > scores[best] {
					best = c
				}
			}
			if assign[i] != int32(best) {
				changed++
			}
			assign[i] = int32(best)
		}
		clear(cent)
		for _, i := range live {
			v := vecs[i]
			row := cent[int(assign[i])*dims : int(assign[i]+1)*dims]
			for j, d := range v.idx {
				row[d] += v.val[j]
			}
		}
		for c := 0; c < k; c++ {
			row := cent[c*dims : (c+1)*dims]
			empty := true
			for _, x := range row {
				if x != 0 {
					empty = false
					break
				}
			}
			if empty { // reseed an empty cluster with a random word
				v := vecs[live[rng.IntN(len(live))]]
				for j, d := range v.idx {
					row[d] = v.val[j]
				}
			}
			normalize(row)
			for d, x := range row {
				centT[d*k+c] = x
			}
		}
		if changed == 0 {
			break
		}
	}
	return assign, cent, nil
}

// kmeans groups n unit vectors of D dimensions into k clusters
// by spherical k-means, with optional per-vector weights; it returns the
// assignment and the centroids.
func kmeans(ctx context.Context, vecs []float32, D, n, k int, rng *rand.Rand, weight []float32) ([]int32, []float32, error) {
	cent := make([]float32, k*D)
	perm := rng.Perm(n)
	for c := 0; c < k; c++ {
		copy(cent[c*D:(c+1)*D], vecs[perm[c%n]*D:(perm[c%n]+1)*D])
	}
	assign := make([]int32, n)
	for it := 0; it < clusterIters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		for i := 0; i < n; i++ {
			v := vecs[i*D : (i+1)*D]
			best, bs := 0, float32(math.Inf(-1))
			for c := 0; c < k; c++ {
				cv := cent[c*D : (c+1)*D : (c+1)*D]
				s := float32(0)
				for j := range v {
					s += v[j] * cv[j]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			assign[i] = int32(best)
		}
		clear(cent)
		for i := 0; i < n; i++ {
			w := float32(1)
			if weight != nil {
				w = weight[i]
			}
			cv := cent[int(assign[i])*D : (int(assign[i])+1)*D]
			for j, x := range vecs[i*D : (i+1)*D] {
				cv[j] += w * x
			}
		}
		for c := 0; c < k; c++ {
			cv := cent[c*D : (c+1)*D]
			empty := true
			for _, x := range cv {
				if x != 0 {
					empty = false
					break
				}
			}
			if empty { // reseed an empty cluster with a random vector
				r := rng.IntN(n)
				copy(cv, vecs[r*D:(r+1)*D])
			}
			normalize(cv)
		}
	}
	return assign, cent, nil
}
