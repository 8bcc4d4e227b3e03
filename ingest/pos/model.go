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
// was trained on UD English EWT and GUM (see MODELS.md); the Tagger is
// shared and safe for concurrent use.
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
	t, err := readModel(bufio.NewReader(zr))
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		if !errors.Is(err, ErrModel) {
			err = fmt.Errorf("%w: %w", ErrModel, err)
		}
		return nil, err
	}
	return t, nil
}

// Bounds that keep a corrupt file from asking for absurd allocations.
const (
	maxTagLen = 64
	maxLex    = 1 << 24
)

func readModel(br *bufio.Reader) (*Tagger, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrModel, fmt.Sprintf(format, args...))
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return nil, err
	}
	if string(magic) != modelMagic {
		return nil, bad("not a pos model (bad magic %q)", magic)
	}
	uv := func() (uint64, error) { return binary.ReadUvarint(br) }
	u64 := func() (uint64, error) {
		var b [8]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return 0, err
		}
		return binary.LittleEndian.Uint64(b[:]), nil
	}
	str := func() (string, error) {
		n, err := uv()
		if err != nil {
			return "", err
		}
		if n == 0 || n > maxTagLen {
			return "", bad("tag name of %d bytes", n)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return "", err
		}
		return string(b), nil
	}
	v, err := uv()
	if err != nil {
		return nil, err
	}
	if v != modelVersion {
		return nil, bad("format version %d, this build reads %d", v, modelVersion)
	}
	nTags, err := uv()
	if err != nil {
		return nil, err
	}
	if nTags == 0 || nTags > 255 {
		return nil, bad("%d tags", nTags)
	}
	tags := make([]Tag, nTags)
	for i := range tags {
		if tags[i].UPOS, err = str(); err != nil {
			return nil, err
		}
		if tags[i].XPOS, err = str(); err != nil {
			return nil, err
		}
	}

	nAmbig, err := uv()
	if err != nil {
		return nil, err
	}
	if nAmbig > maxLex {
		return nil, bad("%d ambiguity classes", nAmbig)
	}
	ambigs := make([]uint64, 0, min(nAmbig, 1<<16))
	for range nAmbig {
		a, err := u64()
		if err != nil {
			return nil, err
		}
		ambigs = append(ambigs, a)
	}
	nLex, err := uv()
	if err != nil {
		return nil, err
	}
	if nLex > maxLex {
		return nil, bad("%d lexicon entries", nLex)
	}
	lex := make(map[uint64]lexEntry, min(nLex, 1<<16))
	for range nLex {
		h, err := u64()
		if err != nil {
			return nil, err
		}
		ai, err := uv()
		if err != nil {
			return nil, err
		}
		mi, err := uv()
		if err != nil {
			return nil, err
		}
		d, err := uv()
		if err != nil {
			return nil, err
		}
		if ai >= uint64(len(ambigs)) || mi >= uint64(len(ambigs)) || d > nTags {
			return nil, bad("lexicon entry %#x out of range", h)
		}
		lex[h] = lexEntry{ambig: ambigs[ai], major: ambigs[mi], dict: int32(d) - 1}
	}

	nStages, err := uv()
	if err != nil {
		return nil, err
	}
	if nStages != 1 && nStages != 2 {
		return nil, bad("%d stages, want 1 or 2", nStages)
	}
	var stages []*weights
	for range nStages {
		w, err := readWeights(br, int(nTags))
		if err != nil {
			return nil, err
		}
		stages = append(stages, w)
	}
	end := make([]byte, len(modelEnd))
	if _, err := io.ReadFull(br, end); err != nil {
		return nil, err
	}
	if string(end) != modelEnd {
		return nil, bad("missing end marker")
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, bad("data after the end marker")
	}
	var second *weights
	if len(stages) == 2 {
		second = stages[1]
	}
	return newTagger(tags, lex, stages[0], second)
}

// readWeights reads one stage's features.
func readWeights(br *bufio.Reader, nTags int) (*weights, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrModel, fmt.Sprintf(format, args...))
	}
	nFeats, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if nFeats > maxEntries {
		return nil, bad("%d features", nFeats)
	}
	feats := make([]featWeights, 0, min(nFeats, 1<<16))
	all := make([]uint32, 0, min(nFeats*4, 1<<20))
	key := uint64(0)
	for i := range nFeats {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		key += d
		if (d == 0 && i > 0) || key == 0 || key > 0xffffffff {
			return nil, bad("feature keys not strictly increasing at feature %d", i)
		}
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if n == 0 || n > uint64(nTags) {
			return nil, bad("feature %#x has %d weights", key, n)
		}
		start := len(all)
		for range n {
			c, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, err
			}
			w, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			if c >= uint64(nTags) || w < -(1<<23) || w >= 1<<23 {
				return nil, bad("feature %#x: weight %d for class %d out of range", key, w, c)
			}
			all = append(all, uint32(int32(w))<<8|uint32(c))
			if len(all) > maxEntries {
				return nil, bad("more than %d weights", maxEntries)
			}
		}
		feats = append(feats, featWeights{key: uint32(key), entries: all[start:len(all):len(all)]})
	}
	return newWeights(nTags, feats)
}
