package text

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/segment")

// render writes one sentence per line, its tokens separated by spaces
// (tokens never contain white space).
func render(toks []dossier.Token, sents []dossier.Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		for i, t := range toks[s.First:s.Last] {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden segments the input of every testdata/segment/*.txtar file and
// compares the result with its "sentences" section.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/segment/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata/segment")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := section(t, ar, "input")
			toks, sents := Segment(in)
			checkInvariants(t, in, toks, sents)
			got := render(toks, sents)
			if *update {
				for i := range ar.Files {
					if ar.Files[i].Name == "sentences" {
						ar.Files[i].Data = []byte(got)
					}
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := section(t, ar, "sentences"); got != want {
				t.Errorf("segmentation differs\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func section(t *testing.T, ar *txtar.Archive, name string) string {
	t.Helper()
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	t.Fatalf("no %q section", name)
	return ""
}

// checkInvariants checks what every segmentation must satisfy: tokens are
// non-empty, in order, without white space, and match their offsets; the
// sentences partition the tokens and span them.
func checkInvariants(t testing.TB, text string, toks []dossier.Token, sents []dossier.Sentence) {
	t.Helper()
	valid := utf8.ValidString(text)
	prevEnd := 0
	for i, tk := range toks {
		if valid && !utf8.ValidString(tk.Text) {
			t.Fatalf("token %d %q splits a character of valid UTF-8 text", i, tk.Text)
		}
		if tk.Start < prevEnd || tk.Start >= tk.End || tk.End > len(text) {
			t.Fatalf("token %d %q has bad span %d..%d (previous end %d, text length %d)", i, tk.Text, tk.Start, tk.End, prevEnd, len(text))
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d text %q != text[%d:%d] %q", i, tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		if tk.Head != -1 {
			t.Fatalf("token %d %q has head %d, want -1", i, tk.Text, tk.Head)
		}
		for _, r := range tk.Text {
			if unicode.IsSpace(r) {
				t.Fatalf("token %d %q contains white space", i, tk.Text)
			}
		}
		prevEnd = tk.End
	}
	// Every non-space character of the text lies in a token.
	k := 0
	for i, r := range text {
		for k < len(toks) && toks[k].End <= i {
			k++
		}
		inToken := k < len(toks) && toks[k].Start <= i
		if !inToken && r != utf8.RuneError && !isSpace(r) {
			t.Fatalf("character %q at byte %d is in no token", r, i)
		}
	}
	if len(toks) == 0 {
		if len(sents) != 0 {
			t.Fatalf("%d sentences without tokens", len(sents))
		}
		return
	}
	next := 0
	for i, s := range sents {
		if s.First != next || s.Last <= s.First || s.Last > len(toks) {
			t.Fatalf("sentence %d has token range %d..%d, want it to start at %d", i, s.First, s.Last, next)
		}
		if s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			t.Fatalf("sentence %d span %d..%d does not match its tokens %d..%d", i, s.Start, s.End, toks[s.First].Start, toks[s.Last-1].End)
		}
		next = s.Last
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func FuzzSegment(f *testing.F) {
	seeds := []string{
		"", " ", "\n\n", "a", ".", "...", "U.S.", "don't", "n't", "'s", "’", "\xff", "a\xffb", "e\u0301",
		"He said, “It's over.” Then he left...",
		"Mr. J. R. Smith Jr. arrived at 10:30 a.m. in Washington, D.C. The end.",
		"visit https://example.com/a_(b). or mail x.y@example.org!",
		"Title\nBody text follows here.\n- item one\n1. item two",
		"in ParisImage: A. Person/AFP\n\nNext.",
		"3,000.5% $12 1978/79 ---- —— ……",
		"\u2028\u2029\u0085\f\v\r\n\r",
		"x\u200dy \u00ad z\u200b",
	}
	files, _ := filepath.Glob("testdata/segment/*.txtar")
	for _, file := range files {
		if ar, err := txtar.ParseFile(file); err == nil && len(ar.Files) > 0 {
			seeds = append(seeds, string(ar.Files[0].Data))
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := Segment(text)
		checkInvariants(t, text, toks, sents)
	})
}

// seedArticle reads the reference DW article.
func seedArticle(t testing.TB) string {
	t.Helper()
	const path = "../../../shared/seeds/000_df6e2bbf6ffeb53d.txt"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reference article missing (the shared data must be at ../shared beside the work tree): %v", err)
	}
	return string(b)
}

// TestSeedArticle checks properties of the segmentation of the reference
// article: captions, hyphenated names, headlines and abbreviations.
func TestSeedArticle(t *testing.T) {
	text := seedArticle(t)
	toks, sents := Segment(text)
	checkInvariants(t, text, toks, sents)
	sentText := make([]string, len(sents))
	for i, s := range sents {
		sentText[i] = text[s.Start:s.End]
	}
	hasSentence := func(want string) bool { return slices.Contains(sentText, want) }

	// The article is not hard-wrapped: its lines are paragraphs, headings,
	// image descriptions and captions, so no sentence spans a line break.
	for _, s := range sentText {
		if strings.Contains(s, "\n") {
			t.Errorf("sentence spans a line break: %q", s)
		}
	}
	// Image credits glued to captions are sentences of their own.
	credits := 0
	for _, s := range sentText {
		if strings.HasPrefix(s, "Image:") {
			credits++
			if strings.Contains(s, "\n") {
				t.Errorf("image credit runs past its line: %q", s)
			}
		}
		if i := strings.Index(s, "Image:"); i > 0 {
			t.Errorf("image credit inside a sentence: %q", s)
		}
	}
	if want := strings.Count(text, "Image:"); credits != want {
		t.Errorf("%d image credit sentences, want %d", credits, want)
	}
	for _, tk := range toks {
		if strings.HasSuffix(tk.Text, "Image") && tk.Text != "Image" {
			t.Errorf("token %q still carries the glued credit label", tk.Text)
		}
	}
	// Hyphenated names, numbers and clitics.
	for _, want := range []string{"Mujahedeen-e-Khalq", "Iran-Iraq", "uranium-enrichment", "3,000", "1978/1979", "'s"} {
		if !slices.ContainsFunc(toks, func(tk dossier.Token) bool { return tk.Text == want }) {
			t.Errorf("no token %q", want)
		}
	}
	// Headlines and subheadings without punctuation are sentences.
	for _, want := range []string{
		"What is an exiled Iranian opposition group doing in Albania?",
		"January 20, 2026",
		"What is the MEK?",
		"The recent protests in Iran",
		"A fragmented opposition",
		"The view from Albania",
	} {
		if !hasSentence(want) {
			t.Errorf("no sentence %q", want)
		}
	}
	checkBoundaries(t, text, toks, sents)
}

// checkBoundaries checks properties of sentence ends in running text: no
// sentence ends on a comma, after a title or inline abbreviation (Dr.,
// e.g.) or before a closing quote, unless a blank line or a list item
// follows.
func checkBoundaries(t *testing.T, text string, toks []dossier.Token, sents []dossier.Sentence) {
	t.Helper()
	for i, s := range sents[:max(len(sents)-1, 0)] {
		sp := splitter{text: text}
		if newlines(text[s.End:sents[i+1].Start]) >= 2 || sp.listItemAt(sents[i+1].Start) {
			continue // a paragraph or a list item follows
		}
		last, next := toks[s.Last-1].Text, toks[s.Last].Text
		class, known := abbreviations[strings.TrimSuffix(last, ".")]
		switch {
		case last == ",":
			t.Errorf("sentence ends with a comma: %q", text[s.Start:s.End])
		case strings.HasSuffix(last, ".") && known && (class == abbrevTitle || class == abbrevInline):
			t.Errorf("sentence ends with the abbreviation %q: %q", last, text[s.Start:s.End])
		case (next == "”" || next == "''") && toks[s.Last].Start == s.End:
			t.Errorf("sentence ends before its closing quote: %q", text[s.Start:s.End])
		}
	}
}

// TestBBCBoundaries checks the boundary properties on the 2,225 BBC
// articles.
func TestBBCBoundaries(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus check skipped in short mode")
	}
	texts := bbcTexts(t)
	for _, text := range texts {
		toks, sents := Segment(text)
		checkBoundaries(t, text, toks, sents)
	}
	if t.Failed() {
		t.Logf("in %d articles", len(texts))
	}
}

func TestAbbreviationsDoNotEndSentences(t *testing.T) {
	tests := []struct {
		in   string
		want int // sentences
	}{
		{"The U.S. Department of State acted.", 1},
		{"They met in the U.S. He left.", 2},
		{"Dr. Smith and Prof. Jones met Gen. Lee.", 1},
		{"It was founded by J. R. Smith in St. Louis.", 1},
		{"It closed on Jan. 5 after Acme Corp. Chairman Bob Roe quit.", 1},
		{"She works for Acme Inc. The firm agreed.", 2},
		{"They arrived at 9 a.m. and left.", 1},
		{"Some cities, e.g. Paris, agreed.", 1},
		{"No. 10 Downing St. is there.", 1},
	}
	for _, tt := range tests {
		toks, sents := Segment(tt.in)
		checkInvariants(t, tt.in, toks, sents)
		if len(sents) != tt.want {
			t.Errorf("Segment(%q): %d sentences, want %d:\n%s", tt.in, len(sents), tt.want, render(toks, sents))
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	in := "caf\xc3 ok \xff\xfe. Next"
	toks, sents := Segment(in)
	checkInvariants(t, in, toks, sents)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := []string{"caf", "\xc3", "ok", "\xff", "\xfe", ".", "Next"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

func TestSegmenter(t *testing.T) {
	var s Segmenter
	if s.Name() != "segment" {
		t.Errorf("Name() = %q", s.Name())
	}
	a := &dossier.Analysis{Doc: &dossier.Document{ID: "d", Text: "One. Two."}}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Tokens) != 4 || len(a.Sentences) != 2 {
		t.Errorf("got %d tokens, %d sentences; want 4, 2", len(a.Tokens), len(a.Sentences))
	}
	if err := s.Process(context.Background(), &dossier.Analysis{}); err == nil {
		t.Error("no error for an analysis without a document")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v, want context.Canceled", err)
	}
}

// bbcTexts reads the article texts of the BBC News corpus.
func bbcTexts(tb testing.TB) []string {
	tb.Helper()
	const path = "../../../shared/data/bbc_news/bbc_news.jsonl.gz"
	f, err := os.Open(path)
	if err != nil {
		msg := "BBC corpus missing (the shared data must be at ../shared beside the work tree): %v"
		if _, bench := tb.(*testing.B); bench {
			tb.Skipf(msg, err)
		}
		tb.Fatalf(msg, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var texts []string
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return texts
}

func BenchmarkSegment(b *testing.B) {
	texts := bbcTexts(b)
	var size, ntok int
	for _, t := range texts {
		size += len(t)
		toks, _ := Segment(t)
		ntok += len(toks)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Segment(t)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestLinearTime segments long runs of patterns that once made the
// tokenizer rescan the rest of the text at every token (addresses,
// letters-and-periods abbreviations, signed numbers, reference markers).
// Linear code takes well under a second each; quadratic code took minutes.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow-input guard skipped in short mode")
	}
	for _, unit := range []string{"A.a", "U.S", "a+", "+1", "x@", "a@b.", "[1]", "?” ", "J.\n", "aImage:", "1. ", "#a"} {
		in := strings.Repeat(unit, 100_000/len(unit))
		start := time.Now()
		toks, sents := Segment(in)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%d× %q took %v", len(in)/len(unit), unit, d)
		}
		if len(toks) == 0 || len(sents) == 0 {
			t.Errorf("%q: no tokens or sentences", unit)
		}
	}
}

func TestDatelineSentence(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"BOGOTA — The rebels signed.", []string{"BOGOTA —", "The rebels signed."}},
		{"Intro.\nWASHINGTON (Reuters) - Officials met.", []string{"Intro.", "WASHINGTON (Reuters) -", "Officials met."}},
		{"PORT-AU-PRINCE, HAITI — Rain fell.", []string{"PORT-AU-PRINCE, HAITI —", "Rain fell."}},
		{"CARACAS, Aug 29 (Reuters) - Envoys returned.", []string{"CARACAS, Aug 29 (Reuters) -", "Envoys returned."}},
		{"PARIS, March 3, 2024 — Talks began.", []string{"PARIS, March 3, 2024 —", "Talks began."}},
		{"FRANKFURT, Germany, Oct 9 (AP) — The chief resigned.", []string{"FRANKFURT, Germany, Oct 9 (AP) —", "The chief resigned."}},
		{"SAN JOSE, Costa Rica — Rain fell.", []string{"SAN JOSE, Costa Rica —", "Rain fell."}},
		{"COLOMBO, Nov 28 (Lanka Financial Wire) - The bank cut rates.", []string{"COLOMBO, Nov 28 (Lanka Financial Wire) -", "The bank cut rates."}},
		{"PARIS (Agence France-Presse) - Talks began.", []string{"PARIS (Agence France-Presse) -", "Talks began."}},
		{"PARIS (which is large) - Talks began.", []string{"PARIS (which is large) - Talks began."}},
		{"US, China — the rivals — met.", []string{"US, China — the rivals — met."}},
		{"Bogotá, Colombia — The president resigned.", []string{"Bogotá, Colombia —", "The president resigned."}},
		{"Paris, Texas — A storm hit.", []string{"Paris, Texas —", "A storm hit."}},
		{"Smith, Jones — and others — came.", []string{"Smith, Jones — and others — came."}},
		// Not datelines: mixed case, or not at the start of a line.
		{"Berlin — the capital — grew.", []string{"Berlin — the capital — grew."}},
		{"He said NATO — and only NATO — acted.", []string{"He said NATO — and only NATO — acted."}},
		{"The pact was signed. NATO — the alliance — grew.", []string{"The pact was signed.", "NATO — the alliance — grew."}},
	}
	for _, tt := range tests {
		checkSentences(t, tt.in, tt.want)
	}
}

// TestInitialOrEnd checks when a single capital before a period is an
// initial and when it ends a sentence.
func TestInitialOrEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The minister wrote on X. Kenya's ministry agreed.", []string{"The minister wrote on X.", "Kenya's ministry agreed."}},
		{"A tribute to Malcolm X. He was killed in 1965.", []string{"A tribute to Malcolm X.", "He was killed in 1965."}},
		{"It was written by X. Li Wei read it.", []string{"It was written by X. Li Wei read it."}},
		{"Rev. J. K. Mensah preached.", []string{"Rev. J. K. Mensah preached."}},
	} {
		checkSentences(t, tt.in, tt.want)
	}
}

// checkSentences checks the sentences Segment finds in text.
func checkSentences(t *testing.T, text string, want []string) {
	t.Helper()
	_, sents := Segment(text)
	var got []string
	for _, s := range sents {
		got = append(got, text[s.Start:s.End])
	}
	if !slices.Equal(got, want) {
		t.Errorf("Segment(%q) sentences = %q, want %q", text, got, want)
	}
}
