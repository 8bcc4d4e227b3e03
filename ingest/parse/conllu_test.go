package parse

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/ingest/pos"
)

// A sentence written for the test, with a multiword token, an empty node and
// every column but ID and FORM blanked, as the benchmark checks feed it.
const blanked = `# text = They weren't told.
1	They	_	_	_	_	_	_	_	_
2-3	weren't	_	_	_	_	_	_	_	_
2	were	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
3.1	told	_	_	_	_	_	_	_	_
4	told	_	_	_	_	_	_	_	_
5	.	_	_	_	_	_	_	_	_

`

// fixedTagger tags from a table, so the test does not depend on package pos
// having a trained model.
type fixedTagger map[string][2]string

func (f fixedTagger) Tag(words []string) (upos, xpos []string) {
	for _, w := range words {
		t := f[w]
		upos, xpos = append(upos, t[0]), append(xpos, t[1])
	}
	return upos, xpos
}

func TestAnnotateCoNLLU(t *testing.T) {
	sents, err := pos.ReadCoNLLU(strings.NewReader(blanked))
	if err != nil {
		t.Fatal(err)
	}
	tagger := fixedTagger{"They": {"PRON", "PRP"}, "were": {"AUX", "VBD"}, "n't": {"PART", "RB"}, "told": {"VERB", "VBN"}, ".": {"PUNCT", "."}}
	if err := AnnotateCoNLLU(context.Background(), defaultParser(t), tagger, sents); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := pos.WriteCoNLLU(&out, sents); err != nil {
		t.Fatal(err)
	}
	inLines, outLines := strings.Split(blanked, "\n"), strings.Split(out.String(), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out.String())
	}
	var heads []int
	for i, line := range outLines {
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			if line != inLines[i] {
				t.Errorf("line %d changed: %q -> %q", i+1, inLines[i], line)
			}
			continue
		}
		if strings.ContainsAny(cols[0], "-.") {
			if line != inLines[i] {
				t.Errorf("range or empty node changed: %q -> %q", inLines[i], line)
			}
			continue
		}
		tag := tagger[cols[1]]
		if cols[3] != tag[0] || cols[4] != tag[1] {
			t.Errorf("word %s tagged %s/%s, want %s/%s", cols[1], cols[3], cols[4], tag[0], tag[1])
		}
		h, err := strconv.Atoi(cols[6])
		if err != nil || cols[7] == "_" || cols[7] == "" {
			t.Fatalf("word line %q has no HEAD or DEPREL", line)
		}
		heads = append(heads, h-1)
	}
	if err := checkTree(heads); err != nil {
		t.Errorf("output is not a tree: %v\n%s", err, out.String())
	}
	// "They" is the passive subject of "told" (word 4), the root.
	if !strings.Contains(out.String(), "1\tThey\t_\tPRON\tPRP\t_\t4\tnsubj:pass\t") ||
		!strings.Contains(out.String(), "4\ttold\t_\tVERB\tVBN\t_\t0\troot\t") {
		t.Errorf("unexpected parse of the test sentence:\n%s", out.String())
	}
}
