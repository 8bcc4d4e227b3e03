package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// The model file, inside gzip: a magic line, the table sizes, the labels,
// the candidate-label table, then the non-zero weights of both tables as
// (index delta, bfloat16) runs.
// Version 2 adds the beam width after the table sizes; version 1 models
// parse greedily.
const (
	magic   = "dossier-parse-model 2\n"
	magicV1 = "dossier-parse-model 1\n"
)

const (
	minBits = 8
	maxBits = 24
	maxBeam = 64
)

// Save writes the model, gzip-compressed, in the form Load reads.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	u16 := func(x uint16) { bw.WriteByte(byte(x)); bw.WriteByte(byte(x >> 8)) }
	bytesOf := func(b []byte) { uv(uint64(len(b))); bw.Write(b) }

	bw.WriteString(magic)
	uv(uint64(p.tbits))
	uv(uint64(p.lbits))
	uv(uint64(max(p.beam, 1)))
	uv(uint64(p.rootLabel))
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		bytesOf([]byte(l))
	}
	keys := make([]uint64, 0, len(p.cands))
	for k := range p.cands {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		var kb [8]byte
		binary.LittleEndian.PutUint64(kb[:], k)
		bw.Write(kb[:])
		bytesOf(p.cands[k])
	}
	bytesOf(p.dirLabels[0])
	bytesOf(p.dirLabels[1])

	rows := 0
	for r := 0; r < len(p.trans)/nActions; r++ {
		if !allZero(p.trans[r*nActions : (r+1)*nActions]) {
			rows++
		}
	}
	uv(uint64(rows))
	last := 0
	for r := 0; r < len(p.trans)/nActions; r++ {
		row := p.trans[r*nActions : (r+1)*nActions]
		if allZero(row) {
			continue
		}
		uv(uint64(r - last))
		last = r
		for _, x := range row {
			u16(x)
		}
	}
	count := 0
	for _, x := range p.lab {
		if x != 0 {
			count++
		}
	}
	uv(uint64(count))
	last = 0
	for i, x := range p.lab {
		if x == 0 {
			continue
		}
		uv(uint64(i - last))
		last = i
		u16(x)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	return nil
}

func allZero(row []uint16) bool {
	for _, x := range row {
		if x != 0 {
			return false
		}
	}
	return true
}

var errModel = errors.New("not a parser model")

// maxModelBytes bounds the decompressed size of a model, so that a
// malicious file cannot exhaust memory.
const maxModelBytes = 1 << 30

func readModel(r io.Reader) (*Parser, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("model larger than %d bytes", maxModelBytes)
	}
	v1 := bytes.HasPrefix(data, []byte(magicV1))
	if !v1 && !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errModel
	}
	at := len(magic)
	uv := func(limit uint64, what string) uint64 {
		if err != nil {
			return 0
		}
		x, n := binary.Uvarint(data[at:])
		if n <= 0 {
			err = fmt.Errorf("%s: %w", what, io.ErrUnexpectedEOF)
			return 0
		}
		at += n
		if x > limit {
			err = fmt.Errorf("%s %d out of range (max %d)", what, x, limit)
			return 0
		}
		return x
	}
	take := func(n uint64, what string) []byte {
		if err != nil {
			return nil
		}
		if n > uint64(len(data)-at) {
			err = fmt.Errorf("%s: %w", what, io.ErrUnexpectedEOF)
			return nil
		}
		b := data[at : at+int(n)]
		at += int(n)
		return b
	}
	bytesOf := func(limit uint64, what string) []byte {
		n := uv(limit, what+" length")
		return bytes.Clone(take(n, what))
	}
	u16 := func() uint16 {
		b := take(2, "weights")
		if b == nil {
			return 0
		}
		return uint16(b[0]) | uint16(b[1])<<8
	}

	p := &Parser{}
	p.tbits = uint(uv(maxBits, "transition table bits"))
	p.lbits = uint(uv(maxBits, "label table bits"))
	if err == nil && (p.tbits < minBits || p.lbits < minBits) {
		return nil, fmt.Errorf("table bits %d/%d below %d", p.tbits, p.lbits, minBits)
	}
	p.beam = 1
	if !v1 {
		p.beam = int(uv(maxBeam, "beam width"))
		if err == nil && p.beam < 1 {
			return nil, fmt.Errorf("beam width 0")
		}
	}
	p.rootLabel = int(uv(255, "root label"))
	nl := uv(255, "label count")
	for i := uint64(0); i < nl && err == nil; i++ {
		p.labels = append(p.labels, string(bytesOf(64, "label")))
	}
	if err != nil {
		return nil, err
	}
	if nl == 0 || uint64(p.rootLabel) >= nl {
		return nil, fmt.Errorf("root label %d of %d labels", p.rootLabel, nl)
	}
	checkLabels := func(b []byte) {
		for _, l := range b {
			if uint64(l) >= nl && err == nil {
				err = fmt.Errorf("label id %d of %d labels", l, nl)
			}
		}
	}
	nc := uv(1<<24, "candidate count")
	p.cands = make(map[uint64][]uint8, nc)
	for i := uint64(0); i < nc && err == nil; i++ {
		kb := take(8, "candidate key")
		b := bytesOf(255, "candidates")
		checkLabels(b)
		if err == nil {
			p.cands[binary.LittleEndian.Uint64(kb)] = b
		}
	}
	for d := range p.dirLabels {
		p.dirLabels[d] = bytesOf(255, "direction labels")
		checkLabels(p.dirLabels[d])
	}
	if err != nil {
		return nil, err
	}
	nrows := uint64(1) << p.tbits
	p.trans = make([]uint16, nrows*nActions)
	rows := uv(nrows, "row count")
	row := uint64(0)
	for i := uint64(0); i < rows && err == nil; i++ {
		row += uv(nrows, "row delta")
		if row >= nrows {
			return nil, fmt.Errorf("row %d beyond table of %d", row, nrows)
		}
		for a := 0; a < nActions; a++ {
			p.trans[row*nActions+uint64(a)] = u16()
		}
	}
	size := uint64(1) << p.lbits
	p.lab = make([]uint16, size)
	count := uv(size, "label weight count")
	idx := uint64(0)
	for i := uint64(0); i < count && err == nil; i++ {
		idx += uv(size, "label weight delta")
		if idx >= size {
			return nil, fmt.Errorf("label weight %d beyond table of %d", idx, size)
		}
		p.lab[idx] = u16()
	}
	if err != nil {
		return nil, err
	}
	p.pool = &sync.Pool{}
	return p, nil
}
