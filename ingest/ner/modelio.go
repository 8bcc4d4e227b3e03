package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

const modelMagic = "DOSSIER-NER\x04"

// modelMagicV3 is the previous format, without the set of feature groups:
// that of models without any.
const modelMagicV3 = "DOSSIER-NER\x03"

// maxCount bounds every count read from a model file, so that a corrupt file
// fails cleanly instead of allocating without limit.
const maxCount = 1 << 26

// ErrBadModel is returned (wrapped) for a model file that cannot be decoded.
var ErrBadModel = errors.New("ner: bad model file")

type modelWriter struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (m *modelWriter) uvarint(v uint64) {
	n := binary.PutUvarint(m.buf[:], v)
	m.w.Write(m.buf[:n])
}

func (m *modelWriter) str(s string) {
	m.uvarint(uint64(len(s)))
	m.w.WriteString(s)
}

// sortedKeys returns the keys of a map in increasing order.
func sortedKeys[V any](mp map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(mp))
	for k := range mp {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// Save writes the model, gzip-compressed, in the format Load reads.
func (r *Recognizer) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	m := &modelWriter{w: bufio.NewWriter(zw)}
	// A model without optional feature groups is written in the previous
	// format, so that it stays byte for byte what older code wrote.
	if r.extras == 0 {
		m.w.WriteString(modelMagicV3)
		m.str(r.info)
	} else {
		m.w.WriteString(modelMagic)
		m.str(r.info)
		m.uvarint(r.extras)
	}
	for _, tab := range []map[uint64][numClusterLevels]uint16{r.clusters.raw, r.clusters.lower} {
		ks := sortedKeys(tab)
		m.uvarint(uint64(len(ks)))
		prev := uint64(0)
		for _, k := range ks {
			m.uvarint(k - prev)
			prev = k
			for _, id := range tab[k] {
				m.uvarint(uint64(id))
			}
		}
	}
	g := &r.gazetteers
	m.uvarint(uint64(len(g.names)))
	for _, n := range g.names {
		m.str(n)
	}
	m.uvarint(uint64(g.maxLen))
	ks := sortedKeys(g.phrases)
	m.uvarint(uint64(len(ks)))
	prev := uint64(0)
	for _, k := range ks {
		m.uvarint(k - prev)
		prev = k
		m.uvarint(uint64(g.phrases[k]))
	}
	m.uvarint(uint64(len(r.stages)))
	for _, st := range r.stages {
		m.weights(st)
	}
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

// weights writes one weight table: its scale, its keys (delta-coded) and
// its rows.
func (m *modelWriter) weights(st *weightTable) {
	var keys []uint64
	for _, k := range st.keys {
		if k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	binary.Write(m.w, binary.LittleEndian, math.Float32bits(st.scale))
	m.uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		m.uvarint(k - prev)
		prev = k
	}
	// Weights as little-endian int16, label-major so that the many zero
	// weights of rare labels form long runs for gzip.
	q := make([]byte, 2*len(keys))
	for l := 0; l < numLabels; l++ {
		for j, k := range keys {
			binary.LittleEndian.PutUint16(q[2*j:], uint16(st.row(k)[l]))
		}
		m.w.Write(q)
	}
}

type modelReader struct {
	r   *bufio.Reader
	err error
}

func (m *modelReader) uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(m.r)
	if err != nil {
		m.err = err
	}
	return v
}

func (m *modelReader) count() int {
	n := m.uvarint()
	if n > maxCount {
		if m.err == nil {
			m.err = fmt.Errorf("count %d too large", n)
		}
		return 0
	}
	return int(n)
}

func (m *modelReader) str() string {
	n := m.count()
	if n > 1<<20 && m.err == nil {
		m.err = fmt.Errorf("string of %d bytes", n)
	}
	if m.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(m.r, b); err != nil {
		m.err = err
		return ""
	}
	return string(b)
}

// weights reads one weight table as modelWriter.weights writes it; nil
// with m.err set on failure.
func (m *modelReader) weights() *weightTable {
	var bits uint32
	if err := binary.Read(m.r, binary.LittleEndian, &bits); err != nil {
		m.err = err
		return nil
	}
	scale := math.Float32frombits(bits)
	n := m.count()
	if m.err != nil {
		return nil
	}
	// Keys are read before anything is sized by n, so a short file
	// fails before a large allocation.
	keys := make([]uint64, 0, min(n, 1<<16))
	k := uint64(0)
	for i := 0; i < n && m.err == nil; i++ {
		k += m.uvarint()
		if k == 0 && m.err == nil {
			m.err = errors.New("zero feature key")
		}
		keys = append(keys, k)
	}
	if m.err != nil {
		return nil
	}
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		m.err = fmt.Errorf("bad weight scale %v", scale)
		return nil
	}
	w := newWeightTable(n, scale)
	ents := make([][]int16, n)
	for j, k := range keys {
		ents[j] = w.row(k)
	}
	q := make([]byte, 2*n)
	for l := 0; l < numLabels && m.err == nil; l++ {
		if _, err := io.ReadFull(m.r, q); err != nil {
			m.err = err
			return nil
		}
		for j, e := range ents {
			e[l] = int16(binary.LittleEndian.Uint16(q[2*j:]))
		}
	}
	if m.err != nil {
		return nil
	}
	return w
}

func decodeModel(rd io.Reader) (*Recognizer, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	m := &modelReader{r: bufio.NewReaderSize(zr, 1<<16)}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(m.r, magic); err != nil || (string(magic) != modelMagic && string(magic) != modelMagicV3) {
		return nil, fmt.Errorf("%w: not a Dossier NER model (version %q)", ErrBadModel, modelMagic)
	}
	r := &Recognizer{}
	r.info = m.str()
	if string(magic) == modelMagic {
		r.extras = m.uvarint()
		if r.extras&^xAll != 0 && m.err == nil {
			m.err = fmt.Errorf("unknown feature groups %#x", r.extras)
		}
	}
	for t := 0; t < 2; t++ {
		n := m.count()
		tab := make(map[uint64][numClusterLevels]uint16, min(n, 1<<16))
		k := uint64(0)
		for i := 0; i < n && m.err == nil; i++ {
			k += m.uvarint()
			var ids [numClusterLevels]uint16
			for j := range ids {
				ids[j] = uint16(m.uvarint())
			}
			tab[k] = ids
		}
		if t == 0 {
			r.clusters.raw = tab
		} else {
			r.clusters.lower = tab
		}
	}
	g := &r.gazetteers
	nl := m.count()
	if nl > 16 {
		return nil, fmt.Errorf("%w: %d gazetteer lists", ErrBadModel, nl)
	}
	for i := 0; i < nl && m.err == nil; i++ {
		g.names = append(g.names, m.str())
	}
	g.maxLen = m.count()
	np := m.count()
	g.phrases = make(map[uint64]uint16, min(np, 1<<16))
	k := uint64(0)
	for i := 0; i < np && m.err == nil; i++ {
		k += m.uvarint()
		g.phrases[k] = uint16(m.uvarint())
	}
	ns := m.count()
	if ns > 4 {
		return nil, fmt.Errorf("%w: %d stages", ErrBadModel, ns)
	}
	for s := 0; s < ns && m.err == nil; s++ {
		if w := m.weights(); w != nil {
			r.stages = append(r.stages, w)
		}
	}
	if m.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, m.err)
	}
	if len(r.stages) == 0 {
		return nil, fmt.Errorf("%w: no weights", ErrBadModel)
	}
	if err := r.loadExtras(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	r.finish()
	return r, nil
}
