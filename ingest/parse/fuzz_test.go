package parse

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// FuzzLoad feeds Load arbitrary model bytes (gzipped, so the decoder sees
// them): it must return an error or a parser that parses, never panic.
func FuzzLoad(f *testing.F) {
	ex := Example{Words: []string{"Go", "home", "."}, UPOS: []string{"VERB", "ADV", "PUNCT"}, XPOS: []string{"VB", "RB", "."}, Heads: []int{-1, 0, 0}, Rels: []string{"root", "advmod", "punct"}}
	small, err := Train(context.Background(), []Example{ex}, nil, TrainOptions{Epochs: 1, TransBits: 8, LabelBits: 8})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := small.Save(&buf); err != nil {
		f.Fatal(err)
	}
	raw, err := gunzip(buf.Bytes())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(magic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Load(bytes.NewReader(gzipped(b)))
		if err != nil {
			return
		}
		h, r := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		checkParse(t, ex.Words, h, r)
	})
}

// FuzzReadExamples reads arbitrary CoNLL-U: every example it returns must
// be well formed.
func FuzzReadExamples(f *testing.F) {
	f.Add(blanked)
	f.Add("1\tGo\t_\tVERB\tVB\t_\t0\troot\t_\t_\n2\t.\t_\tPUNCT\t.\t_\t1\tpunct\t_\t_\n")
	f.Add("1\tGo\t_\tVERB\tVB\t_\t2\troot\t_\t_\n2\t.\t_\tPUNCT\t.\t_\t1\tpunct\t_\t_\n")
	f.Fuzz(func(t *testing.T, src string) {
		exs, err := ReadExamples(strings.NewReader(src), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		for i := range exs {
			if err := exs[i].check(i); err != nil {
				t.Errorf("ReadExamples returned a broken example: %v", err)
			}
		}
	})
}
