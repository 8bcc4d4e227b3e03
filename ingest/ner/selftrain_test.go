package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// docsText writes documents one sentence a line, a blank line between
// documents.
func docsText(docs [][][]string) string {
	var parts []string
	for _, d := range docs {
		var lines []string
		for _, s := range d {
			lines = append(lines, strings.Join(s, " "))
		}
		parts = append(parts, strings.Join(lines, "\n")+"\n")
	}
	return strings.Join(parts, "\n")
}

func TestReutersDocumentsGolden(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/news.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	if got, want := docsText(reutersDocuments(files["input"])), files["output"]; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestReadNewsDocuments(t *testing.T) {
	// Both corpora are read: the Reuters stories first, then one document
	// per BBC article, its first paragraph (the title) a sentence of its own.
	dir := t.TempDir()
	writeGz := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		zw.Write([]byte(text))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i <= 21; i++ {
		text := ""
		if i == 3 {
			text = "<REUTERS NEWID=\"9\"><TITLE>OIL UP</TITLE><BODY>Prices rose in Houston.\n Reuter</BODY></REUTERS>"
		}
		writeGz(filepath.Join("reuters21578", fmt.Sprintf("reut2-%03d.sgm.gz", i)), text)
	}
	if _, err := readNewsDocuments(dir); err == nil {
		t.Error("missing BBC file: want an error")
	}
	writeGz("bbc_news/bbc_news.jsonl.gz", `{"id": "a/1", "text": "Mr Khan wins\n\nMr Khan won in Leeds. He said so."}`+"\n")
	docs, err := readNewsDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := "OIL UP\nPrices rose in Houston .\n\nMr Khan wins\nMr Khan won in Leeds .\nHe said so .\n"
	if got := docsText(docs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He left . She stayed .", "He left . | She stayed ."},
		{"Prices rose 5 . 3 pct was expected .", "Prices rose 5 . | 3 pct was expected ."},
		{"a . b", "a . b"}, // no capital after the period
		{`" It is fair , " he said . " We agree . " Shares rose .`, `" It is fair , " he said . | " We agree . " | Shares rose .`},
		{"It fell ( sharply . ) Then it rose !", "It fell ( sharply . ) | Then it rose !"},
		{"Why ? Because .", "Why ? | Because ."},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(strings.Fields(tt.in)) {
			got = append(got, strings.Join(s, " "))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestNewsTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a stake in Standard Oil.", "a stake in Standard Oil ."},
		{"the Council (MCB).", "the Council ( MCB ) ."},
		{"Acme Inc. and Mr. Smith", "Acme Inc. and Mr. Smith"},
		{"in the U.S. and J. Smith", "in the U.S. and J. Smith"},
		{"it rose 5 pct.", "it rose 5 pct ."},
	}
	for _, tt := range tests {
		if got := strings.Join(newsTokens(tt.in), " "); got != tt.want {
			t.Errorf("newsTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeepAuto(t *testing.T) {
	per, loc := label(typeIndex("PER"), posU), label(typeIndex("LOC"), posU)
	perB, perL := label(typeIndex("PER"), posB), label(typeIndex("PER"), posL)
	toks := strings.Fields("Anna Berg flew to Oslo")
	labels := []uint8{perB, perL, 0, 0, loc}
	tests := []struct {
		name    string
		toks    []string
		labels  []uint8
		members [][]uint8
		seen    map[string]bool
		want    bool
	}{
		{"all agree", toks, labels, [][]uint8{labels, labels}, nil, true},
		{"one member differs", toks, labels, [][]uint8{labels, {perB, perL, 0, 0, 0}}, nil, false},
		{"no entity", toks, make([]uint8, 5), nil, nil, false},
		{"too short", toks[:4], labels[:4], nil, nil, false},
		{"too long", slices.Repeat(toks, 13), slices.Repeat(labels, 13), nil, nil, false},
		{"unseen name", toks, labels, nil, map[string]bool{"oslo": true, "flew": true}, true},
		{"part of each name seen", toks, labels, nil, map[string]bool{"berg": true, "oslo": true}, false},
		{"single-word name seen", strings.Fields("Oslo is where they met"), []uint8{loc, 0, 0, 0, 0}, nil, map[string]bool{"oslo": true}, false},
		{"second name unseen", strings.Fields("Oslo hosts Anna today ."), []uint8{loc, 0, per, 0, 0}, nil, map[string]bool{"oslo": true}, true},
	}
	for _, tt := range tests {
		if got := keepAuto(tt.toks, tt.labels, tt.members, tt.seen); got != tt.want {
			t.Errorf("%s: keepAuto = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTrainStageAuto(t *testing.T) {
	// The gold data has no organisations; auto-labelled documents that do
	// teach them. The same inputs give the same weights.
	r := &Recognizer{}
	people := []string{"Anna", "Tom", "Lena", "Omar"}
	orgs := []string{"Nordvik", "Altamar", "Kestrel", "Pellworth"}
	perU, orgU := label(typeIndex("PER"), posU), label(typeIndex("ORG"), posU)
	var gold, auto []example
	for i := 0; i < 20; i++ {
		gold = append(gold, example{d: r.prepare([][]string{{people[i%4], "slept", "."}}), gold: [][]uint8{{perU, 0, 0}}})
		auto = append(auto, example{d: r.prepare([][]string{{people[i%4], "joined", orgs[i%4], "."}}), gold: [][]uint8{{perU, 0, orgU, 0}}})
	}
	train := func() *weightTable {
		w, _, _, err := r.trainStageAuto(context.Background(), gold, autoSet{examples: auto, tokens: 30, weight: 1}, nil, 4, 5, 0, nil, "test")
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	w := train()
	labels, _ := r.tagPass(r.prepare([][]string{{"Lena", "joined", "Kestrel", "."}}), w)
	if want := []uint8{perU, 0, orgU, 0}; !slices.Equal(labels[0], want) {
		t.Errorf("got labels %v, want %v", labels[0], want)
	}
	saved := func(w *weightTable) []byte {
		var buf bytes.Buffer
		if err := (&Recognizer{stages: []*weightTable{w}}).Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(saved(w), saved(train())) {
		t.Error("two runs with the same seed gave different weights")
	}
}

func TestAutoDocsRoundTrip(t *testing.T) {
	// Auto-labelled documents survive the cache file, adjacent entities of
	// one type included, and autoExamples keeps only sentences with an
	// unseen name when asked to.
	perB, perL := label(typeIndex("PER"), posB), label(typeIndex("PER"), posL)
	perU, locU := label(typeIndex("PER"), posU), label(typeIndex("LOC"), posU)
	docs := []autoDoc{
		{sents: [][]string{strings.Fields("Anna Berg met Tom in Oslo"), strings.Fields("Tom Lena and Omar left Oslo")},
			labels: [][]uint8{{perB, perL, 0, perU, 0, locU}, {perU, perU, 0, perU, 0, locU}}},
		{sents: [][]string{strings.Fields("Rain fell on Oslo today .")}, labels: [][]uint8{{0, 0, 0, locU, 0, 0}}},
	}
	p := filepath.Join(t.TempDir(), "auto.conll")
	if err := writeFile(p, func(w io.Writer) error { return writeAutoDocs(w, docs) }); err != nil {
		t.Fatal(err)
	}
	got, err := readAutoDocs(p)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(docs) {
		t.Errorf("read back %v, want %v", got, docs)
	}
	r := &Recognizer{}
	seen := map[string]bool{"oslo": true, "tom": true, "lena": true, "omar": true}
	exs, n := r.autoExamples(got, seen)
	if len(exs) != 1 || n != 6 || len(exs[0].d.sents) != 1 || exs[0].d.sents[0][0] != "Anna" {
		t.Errorf("unseen filter: %d documents, %d tokens, want the first sentence alone", len(exs), n)
	}
	if exs, n := r.autoExamples(got, nil); len(exs) != 2 || n != 18 {
		t.Errorf("no filter: %d documents, %d tokens, want 2 and 18", len(exs), n)
	}
}

func TestConsistentAuto(t *testing.T) {
	// "Atalanta" is a club (ORG) in three sentences and a person in one:
	// with a share of 0.7 the person sentence goes, the others stay; with
	// 0.8 every sentence naming it goes too (3 of 4 is below 0.8).
	orgU, perU, locU := label(typeIndex("ORG"), posU), label(typeIndex("PER"), posU), label(typeIndex("LOC"), posU)
	sent := func(text string, labels ...uint8) ([]string, []uint8) { return strings.Fields(text), labels }
	var d autoDoc
	add := func(s []string, l []uint8) { d.sents = append(d.sents, s); d.labels = append(d.labels, l) }
	add(sent("Atalanta won", orgU, 0))
	add(sent("Atalanta lost", orgU, 0))
	add(sent("Atalanta drew", orgU, 0))
	add(sent("Atalanta smiled", perU, 0))
	add(sent("Rome is big", locU, 0, 0))
	for _, tt := range []struct {
		share float64
		want  int
	}{{0.7, 4}, {0.8, 1}, {0, 5}} {
		got := consistentAuto([]autoDoc{d}, tt.share)
		n := 0
		for _, ad := range got {
			n += len(ad.sents)
		}
		if n != tt.want {
			t.Errorf("share %.1f: kept %d sentences, want %d", tt.share, n, tt.want)
		}
	}
	perB, perL := label(typeIndex("PER"), posB), label(typeIndex("PER"), posL)
	// Spans are [start, end, type] with PER 0 and LOC 2.
	if got, want := fmt.Sprint(entitySpans([]uint8{perB, perL, 0, locU})), "[[0 2 0] [3 4 2]]"; got != want {
		t.Errorf("entitySpans = %s, want %s", got, want)
	}
}
