package pos

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestCoNLLURoundTrip reads every NAME.in of testdata/roundtrip.txtar and
// checks that writing it back gives NAME.out byte for byte.
func TestCoNLLURoundTrip(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "roundtrip.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range ar.Files {
		files[f.Name] = f.Data
	}
	n := 0
	for name, in := range files {
		base, ok := strings.CutSuffix(name, ".in")
		if !ok {
			continue
		}
		n++
		t.Run(base, func(t *testing.T) {
			want, ok := files[base+".out"]
			if !ok {
				t.Fatalf("no %s.out beside %s", base, name)
			}
			sents, err := ReadCoNLLU(bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteCoNLLU(&buf, sents); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("round trip differs:\n--- got ---\n%s--- want ---\n%s", got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no .in files in testdata/roundtrip.txtar")
	}
}

func TestCoNLLUKinds(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "roundtrip.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(bytes.NewReader(ar.Files[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	tests := []struct {
		sent  int
		words string
		idx   []int
	}{
		{0, "The ferry did n't sail on Monday .", []int{0, 1, 3, 4, 5, 6, 7, 8}},
		{1, "Anna went home and Ben too .", []int{0, 1, 2, 3, 4, 6, 7}},
	}
	for _, tc := range tests {
		s := &sents[tc.sent]
		if got := strings.Join(s.Words(), " "); got != tc.words {
			t.Errorf("sentence %d words = %q, want %q", tc.sent, got, tc.words)
		}
		got := s.WordIndexes()
		if len(got) != len(tc.idx) {
			t.Fatalf("sentence %d word indexes = %v, want %v", tc.sent, got, tc.idx)
		}
		for i := range got {
			if got[i] != tc.idx[i] {
				t.Errorf("sentence %d word indexes = %v, want %v", tc.sent, got, tc.idx)
				break
			}
		}
	}
	if k := sents[0].Tokens[2].Kind(); k != RangeLine {
		t.Errorf("kind of 3-4 = %d, want RangeLine", k)
	}
	if k := sents[1].Tokens[5].Kind(); k != EmptyLine {
		t.Errorf("kind of 5.1 = %d, want EmptyLine", k)
	}
	if h, ok := sents[0].Tokens[5].HeadIndex(); !ok || h != 0 {
		t.Errorf("head of sail = %d %v, want 0 true", h, ok)
	}
	if _, ok := sents[0].Tokens[2].HeadIndex(); ok {
		t.Error("head of a range line should not parse")
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	row := func(id string) string { return id + "\tw\t_\t_\t_\t_\t_\t_\t_\t_\n" }
	tests := []struct {
		name, in string
		line     int
		reason   string
	}{
		{"few columns", "1\tw\t_\n", 1, "3 tab-separated columns"},
		{"many columns", strings.TrimSuffix(row("1"), "\n") + "\t_\n", 1, "11 tab-separated columns"},
		{"bad id", row("1") + row("x"), 2, `bad ID "x"`},
		{"zero id", row("0"), 1, `bad ID "0"`},
		{"half range", row("1-"), 1, `bad ID "1-"`},
		{"empty form", "1\t\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "empty FORM"},
		{"comment after tokens", row("1") + "# late\n", 2, "comment line inside"},
		{"comments only", "# a\n# b\n", 2, "no token lines"},
		{"bad utf8", row("1") + "2\t\xff\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "invalid UTF-8"},
		{"inner CR", "1\tw\r\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "carriage return"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tc.in))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a *SyntaxError", err)
			}
			if !errors.Is(err, ErrCoNLLU) {
				t.Errorf("err %v does not wrap ErrCoNLLU", err)
			}
			if se.Line != tc.line || !strings.Contains(se.Reason, tc.reason) {
				t.Errorf("err = %v, want line %d and %q", err, tc.line, tc.reason)
			}
		})
	}
}

func TestReadCoNLLUTooLong(t *testing.T) {
	in := "1\t" + strings.Repeat("a", maxLine+10) + "\t_\t_\t_\t_\t_\t_\t_\t_\n"
	_, err := ReadCoNLLU(strings.NewReader(in))
	if !errors.Is(err, ErrCoNLLU) || !strings.Contains(err.Error(), "longer than") {
		t.Fatalf("err = %v, want a too-long line error", err)
	}
}

func TestWriteCoNLLURejectsBrokenColumns(t *testing.T) {
	tests := []Sentence{
		{Tokens: []Token{{ID: "1", Form: "a\tb"}}},
		{Tokens: []Token{{ID: "1", Form: "a", Misc: "x\ny"}}},
		{Comments: []string{"no hash"}, Tokens: []Token{{ID: "1", Form: "a"}}},
	}
	for i, s := range tests {
		if err := WriteCoNLLU(io.Discard, []Sentence{s}); err == nil {
			t.Errorf("case %d: WriteCoNLLU accepted a column that breaks the format", i)
		}
	}
}

// TestReadEWT reads the real treebank and checks the counts its stats.xml
// gives for the dev split.
func TestReadEWT(t *testing.T) {
	f, err := os.Open(ewtPath(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for i := range sents {
		words += len(sents[i].WordIndexes())
	}
	if len(sents) != 2001 || words != 25147 {
		t.Errorf("EWT dev: %d sentences, %d words; want 2001 and 25147", len(sents), words)
	}
}

// ewtPath returns the path of an EWT split and fails the test if the shared
// data is missing.
func ewtPath(t testing.TB, split string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "ud_english_ewt", "en_ewt-ud-"+split+".conllu")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared corpus missing (expected ../shared next to the work tree): %v", err)
	}
	return p
}

// FuzzReadCoNLLU checks that the reader never panics and that whatever it
// accepts survives a write and a second read unchanged.
func FuzzReadCoNLLU(f *testing.F) {
	if ar, err := txtar.ParseFile(filepath.Join("testdata", "roundtrip.txtar")); err == nil {
		for _, file := range ar.Files {
			f.Add(file.Data)
		}
	}
	f.Add([]byte("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n# c\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadCoNLLU(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatalf("writing what was read: %v", err)
		}
		again, err := ReadCoNLLU(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, buf.Bytes())
		}
		var buf2 bytes.Buffer
		if err := WriteCoNLLU(&buf2, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
			t.Fatalf("second round trip differs:\n%s\n---\n%s", buf.Bytes(), buf2.Bytes())
		}
	})
}

func TestExcludeDocs(t *testing.T) {
	sent := func(comments ...string) Sentence {
		return Sentence{Comments: comments, Tokens: []Token{{ID: "1", Form: "x"}}}
	}
	in := []Sentence{
		sent("# newdoc id = GUM_news_a", "# sent_id = 1"),
		sent("# sent_id = 2"),
		sent("# newdoc id = GUM_fiction_b"),
		sent("# sent_id = 4"),
		sent("# newdoc id=GUM_news_c"),
	}
	tests := []struct {
		prefixes []string
		want     int
	}{
		{nil, 5},
		{[]string{"GUM_fiction"}, 3},
		{[]string{"GUM_news", "GUM_fiction"}, 0},
		{[]string{"GUM_whow"}, 5},
	}
	for _, tc := range tests {
		if got := len(ExcludeDocs(in, tc.prefixes)); got != tc.want {
			t.Errorf("ExcludeDocs(%v) kept %d sentences, want %d", tc.prefixes, got, tc.want)
		}
	}
	if id := in[4].DocID(); id != "GUM_news_c" {
		t.Errorf("DocID = %q", id)
	}
}
