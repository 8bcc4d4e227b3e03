package pos

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// modelMagic starts every model file, before the format version.
const (
	modelMagic   = "DOSSIER-POS\n"
	modelVersion = 1
	modelEnd     = "END\n"
)

//go:embed model/pos.model.gz
var embedded []byte

// defaultTagger loads the embedded model once per process.
var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	t, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("pos: loading the embedded model: %w", err)
	}
	return t, nil
})

// Default returns the embedded model, loaded once per process. The model
// was trained on UD English EWT train and the openly licensed genres of GUM
// train and dev (see MODELS.md); the Tagger is shared and safe for
// concurrent use.
func Default() (*Tagger, error) { return defaultTagger() }

// Save writes the model in its gzip-compressed binary format, which Load
// reads. The output depends only on the model, so retraining with the same
// data and seed gives the same bytes.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	u64 := func(x uint64) { binary.LittleEndian.PutUint64(buf[:8], x); bw.Write(buf[:8]) }

	bw.WriteString(modelMagic)
	uv(modelVersion)
	uv(uint64(len(t.tags)))
	for _, tg := range t.tags {
		str(tg.UPOS)
		str(tg.XPOS)
	}

	// Lexicon: the distinct ambiguity classes, then the forms by hash.
	hashes := make([]uint64, 0, len(t.lex))
	ambigSet := map[uint64]bool{}
	for h, e := range t.lex {
		hashes = append(hashes, h)
		ambigSet[e.ambig] = true
		ambigSet[e.major] = true
	}
	slices.Sort(hashes)
	ambigs := make([]uint64, 0, len(ambigSet))
	for a := range ambigSet {
		ambigs = append(ambigs, a)
	}
	slices.Sort(ambigs)
	uv(uint64(len(ambigs)))
	for _, a := range ambigs {
		u64(a)
	}
	uv(uint64(len(hashes)))
	for _, h := range hashes {
		e := t.lex[h]
		i, _ := slices.BinarySearch(ambigs, e.ambig)
		u64(h)
		uv(uint64(i))
		j, _ := slices.BinarySearch(ambigs, e.major)
		uv(uint64(j))
		uv(uint64(e.dict + 1))
	}

	// The stages, each its features sorted by key, keys delta-coded.
	stages := []*weights{t.first}
	if t.second != nil {
		stages = append(stages, t.second)
	}
	uv(uint64(len(stages)))
	uv(uint64(t.gate))
	for _, w := range stages {
		feats := w.features()
		uv(uint64(len(feats)))
		prev := uint32(0)
		for _, f := range feats {
			uv(uint64(f.key - prev))
			prev = f.key
			uv(uint64(len(f.entries)))
			for _, e := range f.entries {
				uv(uint64(e & 0xff))
				sv(int64(int32(e) >> 8))
			}
		}
	}
	bw.WriteString(modelEnd)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	return nil
}

// ErrModel is wrapped by the errors Load returns for data that is not a
// valid model.
var ErrModel = errors.New("pos: invalid model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	defer zr.Close()
	// Decoding from memory is several times faster than byte by byte from
	// the gzip stream; the limit stops a hostile file from inflating
	// without end.
	data, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("%w: more than %d bytes uncompressed", ErrModel, maxModelBytes)
	}
	d := &decoder{b: data}
	t, err := readModel(d)
	if err == nil {
		err = d.err
	}
	if err != nil {
		if !errors.Is(err, ErrModel) {
			err = fmt.Errorf("%w: %w", ErrModel, err)
		}
		return nil, err
	}
	return t, nil
}

// Bounds that keep a corrupt file from asking for absurd allocations.
const (
	maxTagLen     = 64
	maxLex        = 1 << 24
	maxModelBytes = 1 << 29
)

// decoder reads the fields of a model from memory. After the first error
// every read returns zero and err keeps the error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) uv() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) sv() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) u64() uint64 {
	if len(d.b) < 8 {
		d.fail(errTruncated)
		return 0
	}
	x := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return x
}

func (d *decoder) bytes(n int) []byte {
	if n < 0 || len(d.b) < n {
		d.fail(errTruncated)
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

var errTruncated = fmt.Errorf("%w: truncated or malformed data", ErrModel)

func bad(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrModel, fmt.Sprintf(format, args...))
}

func readModel(d *decoder) (*Tagger, error) {
	if magic := d.bytes(len(modelMagic)); string(magic) != modelMagic {
		return nil, bad("not a pos model (bad magic %q)", magic)
	}
	if v := d.uv(); v != modelVersion {
		return nil, bad("format version %d, this build reads %d", v, modelVersion)
	}
	nTags := d.uv()
	if nTags == 0 || nTags > 255 {
		return nil, bad("%d tags", nTags)
	}
	tags := make([]Tag, nTags)
	for i := range tags {
		for _, dst := range []*string{&tags[i].UPOS, &tags[i].XPOS} {
			n := d.uv()
			if n == 0 || n > maxTagLen {
				return nil, bad("tag name of %d bytes", n)
			}
			*dst = string(d.bytes(int(n)))
		}
	}

	nAmbig := d.uv()
	if nAmbig > maxLex || nAmbig*8 > uint64(len(d.b)) {
		return nil, bad("%d ambiguity classes", nAmbig)
	}
	ambigs := make([]uint64, nAmbig)
	for i := range ambigs {
		ambigs[i] = d.u64()
	}
	nLex := d.uv()
	if nLex > maxLex || nLex*11 > uint64(len(d.b)) {
		return nil, bad("%d lexicon entries", nLex)
	}
	lex := make(map[uint64]lexEntry, nLex)
	for range nLex {
		h, ai, mi, dict := d.u64(), d.uv(), d.uv(), d.uv()
		if d.err != nil {
			return nil, d.err
		}
		if ai >= nAmbig || mi >= nAmbig || dict > nTags {
			return nil, bad("lexicon entry %#x out of range", h)
		}
		lex[h] = lexEntry{ambig: ambigs[ai], major: ambigs[mi], dict: int32(dict) - 1}
	}

	nStages := d.uv()
	if nStages != 1 && nStages != 2 {
		return nil, bad("%d stages, want 1 or 2", nStages)
	}
	gate := d.uv()
	if gate > math.MaxInt32 {
		return nil, bad("gate %d out of range", gate)
	}
	var stages []*weights
	for range nStages {
		w, err := readWeights(d, int(nTags))
		if err != nil {
			return nil, err
		}
		stages = append(stages, w)
	}
	if end := d.bytes(len(modelEnd)); string(end) != modelEnd {
		return nil, bad("missing end marker")
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, bad("data after the end marker")
	}
	var second *weights
	if len(stages) == 2 {
		second = stages[1]
	}
	t, err := newTagger(tags, lex, stages[0], second)
	if err != nil {
		return nil, err
	}
	t.gate = int32(gate)
	return t, nil
}

// readWeights reads one stage's features: every feature takes at least
// three bytes, which bounds the counts a damaged file can claim.
func readWeights(d *decoder, nTags int) (*weights, error) {
	nFeats := d.uv()
	if nFeats > maxEntries || nFeats*3 > uint64(len(d.b)) {
		return nil, bad("%d features", nFeats)
	}
	feats := make([]featWeights, 0, nFeats)
	// Weights take two to four bytes each; append grows the rest.
	all := make([]uint32, 0, min(uint64(len(d.b))/3, maxEntries))
	key := uint64(0)
	for i := range nFeats {
		delta := d.uv()
		key += delta
		if (delta == 0 && i > 0) || key == 0 || key > math.MaxUint32 {
			return nil, bad("feature keys not strictly increasing at feature %d", i)
		}
		n := d.uv()
		if n == 0 || n > uint64(nTags) {
			return nil, bad("feature %#x has %d weights", key, n)
		}
		start := len(all)
		for range n {
			c, w := d.uv(), d.sv()
			if c >= uint64(nTags) || w < -(1<<23) || w >= 1<<23 {
				return nil, bad("feature %#x: weight %d for class %d out of range", key, w, c)
			}
			all = append(all, uint32(int32(w))<<8|uint32(c))
		}
		if d.err != nil {
			return nil, d.err
		}
		feats = append(feats, featWeights{key: uint32(key), entries: all[start:len(all):len(all)]})
	}
	return newWeights(nTags, feats)
}
