package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

func TestReadWriteGolden(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/reader.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	c, err := ReadCoNLL(strings.NewReader(files["input"]), "input")
	if err != nil {
		t.Fatal(err)
	}
	tags := make([]string, len(c.Lines))
	var docs []string
	for _, doc := range c.Documents() {
		s := fmt.Sprint(len(doc))
		for _, sp := range doc {
			copy(tags[sp.First:sp.Last], c.GoldTags(sp))
			s += fmt.Sprintf(" %d:%d", sp.First, sp.Last)
		}
		docs = append(docs, s)
	}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, c, tags); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), files["output"]; got != want {
		t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
	if got, want := strings.Join(docs, "\n")+"\n", files["documents"]; got != want {
		t.Errorf("documents:\n%s\nwant:\n%s", got, want)
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-PER", "B-PER B-PER I-PER"},
		{"I-ORG I-LOC", "B-ORG B-LOC"},
		{"B-MISC I-MISC O", "B-MISC I-MISC O"},
		{"O X-PER I", "O O O"},
	}
	for _, tt := range tests {
		got := strings.Join(ToIOB2(strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("ToIOB2(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("ok O\nbad\xff O\n"), "bad.conll")
	if err == nil || !strings.Contains(err.Error(), "bad.conll:2") {
		t.Errorf("invalid UTF-8: got %v, want an error naming bad.conll:2", err)
	}
	c, _ := ReadCoNLL(strings.NewReader("a O\n"), "x")
	if err := WriteCoNLL(&bytes.Buffer{}, c, nil); err == nil {
		t.Error("WriteCoNLL with too few tags: want an error")
	}
}

func TestBILOURoundTrip(t *testing.T) {
	tests := []string{
		"B-PER I-PER O B-LOC",
		"B-PER B-PER I-PER I-PER O",
		"B-ORG B-LOC I-LOC I-LOC",
		"O O B-MISC",
	}
	for _, in := range tests {
		ls := bilouFromIOB2(strings.Fields(in))
		var prev uint8
		for i, l := range ls {
			if !allowed(prev, l, i == len(ls)-1) {
				t.Errorf("%s: label %d at %d not allowed after %d", in, l, i, prev)
			}
			prev = l
		}
		if got := strings.Join(labelsIOB2(ls), " "); got != in {
			t.Errorf("round trip of %s gave %s", in, got)
		}
	}
}

func TestScores(t *testing.T) {
	var s Scores
	s.Add(strings.Fields("B-PER I-PER O B-LOC O B-ORG"), strings.Fields("B-PER I-PER O B-ORG O B-ORG"))
	s.Add(strings.Fields("B-MISC O"), strings.Fields("I-MISC O"))
	if got, want := s.Overall, (Counts{Pred: 4, Gold: 4, Correct: 3}); got != want {
		t.Errorf("overall = %+v, want %+v", got, want)
	}
	if got := s.ByType["LOC"]; got != (Counts{Gold: 1}) {
		t.Errorf("LOC = %+v", got)
	}
	if f := s.ByType["ORG"].F1(); f < 0.666 || f > 0.667 {
		t.Errorf("ORG F1 = %v, want 2/3", f)
	}
}

func TestScoresAddIf(t *testing.T) {
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG")
	pred := strings.Fields("B-PER I-PER O B-ORG O B-LOC")
	tests := []struct {
		name string
		keep func(start, end int) bool
		want Counts
	}{
		{"all", nil, Counts{Pred: 3, Gold: 3, Correct: 1}},
		{"from token 3", func(start, _ int) bool { return start >= 3 }, Counts{Pred: 2, Gold: 2}},
		{"two tokens", func(start, end int) bool { return end-start == 2 }, Counts{Pred: 1, Gold: 1, Correct: 1}},
		{"none", func(int, int) bool { return false }, Counts{}},
	}
	for _, tt := range tests {
		var s Scores
		s.AddIf(gold, pred, tt.keep)
		if s.Overall != tt.want {
			t.Errorf("%s: overall = %+v, want %+v", tt.name, s.Overall, tt.want)
		}
	}
}

func TestTokenizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The U.S. firm (Acme Corp.) said "no".`, `The U.S. firm ( Acme Corp. ) said " no " .`},
		{"Germany's exports rose 5%, officials said.", "Germany 's exports rose 5 % , officials said ."},
	}
	for _, tt := range tests {
		if got := strings.Join(tokenizeText(tt.in, nil), " "); got != tt.want {
			t.Errorf("tokenizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n"))
	f.Add([]byte("a\tb\r\n\n\n-DOCSTART-\nx"))
	f.Add([]byte("  \n\t\nword\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ReadCoNLL(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		n := 0
		for _, doc := range c.Documents() {
			for _, sp := range doc {
				if sp.First >= sp.Last || sp.Last > len(c.Lines) {
					t.Fatalf("bad sentence span %+v", sp)
				}
				for _, l := range c.Lines[sp.First:sp.Last] {
					if !l.IsToken() {
						t.Fatalf("non-token line in a sentence: %q", l.Raw)
					}
				}
				n += sp.Last - sp.First
				if len(ToIOB2(c.GoldTags(sp))) != sp.Last-sp.First {
					t.Fatal("GoldTags length differs from the sentence")
				}
			}
		}
		tokens := 0
		tags := make([]string, len(c.Lines))
		for i, l := range c.Lines {
			if l.IsToken() {
				tokens++
				tags[i] = "O"
			}
		}
		if n != tokens {
			t.Fatalf("sentences hold %d tokens, file has %d", n, tokens)
		}
		var buf bytes.Buffer
		if err := WriteCoNLL(&buf, c, tags); err != nil {
			t.Fatal(err)
		}
		c2, err := ReadCoNLL(&buf, "rewritten")
		if err != nil {
			t.Fatal(err)
		}
		var a, b []string
		for _, l := range c.Lines {
			a = append(a, l.Token)
		}
		for _, l := range c2.Lines {
			b = append(b, l.Token)
		}
		if !slices.Equal(a, b) {
			t.Fatalf("tokens changed by a write and read:\n%q\n%q", a, b)
		}
	})
}
