package parse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/pos"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// analysisFromCoNLLU builds a parsed analysis from hand-annotated CoNLL-U,
// the words joined by single spaces. A filler sentence comes first so that
// every test sentence sits at a non-zero token offset.
func analysisFromCoNLLU(t *testing.T, src string) *dossier.Analysis {
	t.Helper()
	sents, err := pos.ReadCoNLLU(strings.NewReader(src))
	if err != nil {
		t.Fatalf("reading test CoNLL-U: %v", err)
	}
	var text strings.Builder
	a := &dossier.Analysis{}
	add := func(words, upos, xpos, rels []string, heads []int) {
		first := len(a.Tokens)
		start := text.Len()
		for i, w := range words {
			if i > 0 {
				text.WriteByte(' ')
			}
			s := text.Len()
			text.WriteString(w)
			h := -1
			if heads[i] >= 0 {
				h = first + heads[i]
			}
			a.Tokens = append(a.Tokens, dossier.Token{Span: dossier.Span{Start: s, End: text.Len()}, Text: w,
				UPOS: upos[i], XPOS: xpos[i], Head: h, Rel: rels[i]})
		}
		a.Sentences = append(a.Sentences, dossier.Sentence{Span: dossier.Span{Start: start, End: text.Len()}, First: first, Last: len(a.Tokens)})
		text.WriteByte(' ')
	}
	add([]string{"Hi", "there", "."}, []string{"INTJ", "ADV", "PUNCT"}, []string{"UH", "RB", "."},
		[]string{"root", "advmod", "punct"}, []int{-1, 0, 0})
	for i := range sents {
		ex, err := ExampleFromCoNLLU(&sents[i])
		if err != nil {
			t.Fatalf("test sentence %d: %v", i+1, err)
		}
		add(ex.Words, ex.UPOS, ex.XPOS, ex.Rels, ex.Heads)
	}
	a.Doc = &dossier.Document{ID: "test", Source: "test", Text: text.String()}
	return a
}

// describe prints what the helpers say about every verb of the sentences.
func describe(a *dossier.Analysis) string {
	var b strings.Builder
	for si := 1; si < len(a.Sentences); si++ {
		s := SentenceOf(a, si)
		words := func(ix []int) string {
			var parts []string
			for _, i := range ix {
				parts = append(parts, fmt.Sprintf("%q", a.Doc.SpanText(s.PhraseSpan(i))))
			}
			return "[" + strings.Join(parts, " ") + "]"
		}
		word := func(i int) string {
			if i < 0 {
				return "-"
			}
			return s.Tokens[i].Text
		}
		fmt.Fprintf(&b, "sentence %d (offset %d) root=%s\n", si, s.Offset, word(s.Root()))
		for v := range s.Tokens {
			if s.Tokens[v].UPOS != "VERB" {
				continue
			}
			fmt.Fprintf(&b, "  %s: subj=%s obj=%s iobj=%s agent=%s comp=%s conj=%s passive=%t negated=%t modal=%q clause=%s\n",
				word(v), words(s.Subjects(v)), words(s.Objects(v)), words(s.IndirectObjects(v)), words(s.Agents(v)),
				words(s.Complements(v)), words(s.Conjuncts(v)), s.Passive(v), s.Negated(v), s.Modal(v), word(s.ClauseHead(v)))
			fmt.Fprintf(&b, "    phrase=%q in=%s\n", a.Doc.SpanText(s.PhraseSpan(v)), words(s.Obliques(v, "in")))
		}
		var clauses []string
		for i := range s.Tokens {
			clauses = append(clauses, s.Tokens[i].Text+">"+word(s.ClauseHead(i)))
		}
		fmt.Fprintf(&b, "  clauses: %s\n", strings.Join(clauses, " "))
	}
	return b.String()
}

// TestHelpersGolden runs the helpers over hand-annotated trees of sentences
// written for the test and compares what they say with testdata/helpers.
func TestHelpersGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/helpers/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata/helpers: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input string
			wantIdx := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input.conllu":
					input = string(f.Data)
				case "want":
					wantIdx = i
				}
			}
			if input == "" || wantIdx < 0 {
				t.Fatalf("%s needs input.conllu and want sections", file)
			}
			got := describe(analysisFromCoNLLU(t, input))
			if *update {
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("helpers disagree with %s\n--- got ---\n%s--- want ---\n%s", file, got, want)
			}
		})
	}
}

// TestSentenceOutOfRange checks that the view never panics on bad indexes.
func TestSentenceOutOfRange(t *testing.T) {
	a := analysisFromCoNLLU(t, "1\tGo\t_\tVERB\tVB\t_\t0\troot\t_\t_\n")
	for _, si := range []int{-1, 0, 1, 2, 99} {
		s := SentenceOf(a, si)
		for _, i := range []int{-5, -1, 0, 1, 3, 100} {
			s.Subjects(i)
			s.Objects(i)
			s.Agents(i)
			s.Passive(i)
			s.Negated(i)
			s.Modal(i)
			s.Conjuncts(i)
			s.ClauseHead(i)
			s.PhraseSpan(i)
			if f, e := s.Subtree(i); (f < 0) != (i < 0 || i >= s.Len()) || e < f {
				t.Errorf("sentence %d: Subtree(%d) = %d, %d", si, i, f, e)
			}
		}
	}
	if s := SentenceOf(a, 1); s.Len() != 1 || s.Root() != 0 || s.Head(0) != -1 {
		t.Errorf("one-word sentence: len %d root %d head %d", s.Len(), s.Root(), s.Head(0))
	}
}
