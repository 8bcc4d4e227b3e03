package timex

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want lines of testdata/normalise.txtar from the tagger's output")

// goldenCase is one case of testdata/normalise.txtar.
type goldenCase struct {
	name string
	dct  time.Time
	text string
	want []string
}

func parseGolden(t *testing.T, ar *txtar.Archive) []goldenCase {
	t.Helper()
	var cases []goldenCase
	for _, f := range ar.Files {
		c := goldenCase{name: f.Name}
		for _, line := range strings.Split(strings.TrimRight(string(f.Data), "\n"), "\n") {
			key, rest, _ := strings.Cut(line, " ")
			switch key {
			case "dct":
				if rest != "unknown" {
					d, err := dossier.ParseDay(rest)
					if err != nil {
						t.Fatalf("%s: %v", f.Name, err)
					}
					c.dct = d
				}
			case "text":
				if c.text != "" {
					c.text += "\n" // several text lines are lines of one text
				}
				c.text += rest
			case "want":
				c.want = append(c.want, rest)
			case "":
			default:
				t.Fatalf("%s: unknown line %q", f.Name, line)
			}
		}
		if c.text == "" {
			t.Fatalf("%s: no text", f.Name)
		}
		cases = append(cases, c)
	}
	return cases
}

func formatTimex(x dossier.Timex) string {
	s := fmt.Sprintf("%s %s %s", strconv.Quote(x.Text), x.Type, x.Value)
	if x.Mod != "" {
		s += " " + x.Mod
	}
	if x.Anchored != "" {
		s += " -> " + x.Anchored // the date "[two years] later" points to
	}
	return s
}

// TestGolden checks exact normalisation (expression + DCT -> type, value,
// mod) for every pattern family.
func TestGolden(t *testing.T) {
	path := filepath.Join("testdata", "normalise.txtar")
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tg := New()
	cases := parseGolden(t, ar)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, x := range tg.Tag(c.text, c.dct) {
				got = append(got, formatTimex(x))
				checkValueParses(t, x)
			}
			if *update {
				var b strings.Builder
				for _, line := range strings.Split(strings.TrimRight(string(ar.Files[i].Data), "\n"), "\n") {
					if !strings.HasPrefix(line, "want ") {
						b.WriteString(line + "\n")
					}
				}
				for _, g := range got {
					b.WriteString("want " + g + "\n")
				}
				ar.Files[i].Data = []byte(b.String())
				return
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("DCT %s, text %q\n got:\n  %s\nwant:\n  %s", c.dct.Format("2006-01-02"), c.text,
					strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
	if *update {
		if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkValueParses asserts that calendar values parse with dossier.ParseDate,
// which events and timelines use for precision and sort keys.
func checkValueParses(t *testing.T, x dossier.Timex) {
	t.Helper()
	if x.Anchored != "" {
		if _, err := dossier.ParseDate(x.Anchored); err != nil {
			t.Errorf("%q: anchored value %q does not parse: %v", x.Text, x.Anchored, err)
		}
	}
	v := x.Value
	if x.Type != "DATE" && x.Type != "TIME" || v == "" || v[0] < '0' || v[0] > '9' {
		return
	}
	if _, err := dossier.ParseDate(v); err != nil {
		t.Errorf("%q: value %q does not parse: %v", x.Text, v, err)
	}
}

// TestOffsets checks spans against the text, including after multi-byte
// characters.
func TestOffsets(t *testing.T) {
	text := "Zürich — « Le 3 mars 2024 » — in 1965, and on January 20, 2026."
	xs := New().Tag(text, time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC))
	want := []string{"2024", "1965", "January 20, 2026"}
	if len(xs) != len(want) {
		t.Fatalf("got %d expressions %v, want %v", len(xs), xs, want)
	}
	for i, x := range xs {
		if x.Text != want[i] || text[x.Start:x.End] != x.Text {
			t.Errorf("expression %d: %q at [%d,%d) (%q), want %q", i, x.Text, x.Start, x.End, text[x.Start:x.End], want[i])
		}
	}
}

// TestCorpusFloor scores the tagger on the TBAQ development data and on
// the modern-news dev set of testdata/modern (our own articles of
// 2011-2025), the TempEval-3 way; the floors sit a little under the
// figures reached.
func TestCorpusFloor(t *testing.T) {
	for _, tc := range []struct {
		part                string
		relaxed, strict, vf float64
	}{
		{"TimeBank", 0.94, 0.895, 0.825},
		// AQUAINT writes decades "199X", TimeBank and MEANTIME "199" as we do
		{"AQUAINT", 0.935, 0.85, 0.765},
		{"modern", 0.98, 0.97, 0.91},
	} {
		dir := filepath.Join(sharedDir, "tempeval3", "TBAQ-cleaned", tc.part)
		if tc.part == "modern" {
			dir = filepath.Join("testdata", "modern")
		}
		if _, err := os.Stat(dir); err != nil {
			t.Fatalf("shared corpora missing (%v): this test reads %s", err, dir)
		}
		docs, err := ReadTimeMLDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		res, err := New().Evaluate(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		// every calendar value the tagger gives must parse for the timeline
		for _, d := range docs {
			for _, x := range New().Tag(d.Text, d.DCT) {
				checkValueParses(t, x)
			}
		}
		rf, _, _ := res.RelaxedF1()
		sf, _, _ := res.StrictF1()
		t.Logf("%s: %s", tc.part, strings.ReplaceAll(res.Scores.String(), "\n", "; "))
		if rf < tc.relaxed || sf < tc.strict || res.ValueF1() < tc.vf {
			t.Errorf("%s: relaxed F1 %.4f (floor %.2f), strict F1 %.4f (floor %.2f), value F1 %.4f (floor %.2f)",
				tc.part, rf, tc.relaxed, sf, tc.strict, res.ValueF1(), tc.vf)
		}
	}
}

// FuzzTag checks the invariants of Tag on any input: no panic, valid
// offsets in text order without overlap, text equal to the span, a type.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", "in 1965", "January 20, 2026", "last December 8", "the '80s", "1978/1979",
		"10:30 a.m. Friday", "Q1 2014", "a year and a half", "2 1/2 years", "mid-", "the",
		"nineteen ninety-", "\xff\xfe 2013", "Monday.", "New Year's", "every",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC).Unix())
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string, dctUnix int64) {
		var dct time.Time
		if dctUnix > 0 && dctUnix < 1<<40 {
			dct = time.Unix(dctUnix, 0).UTC()
		}
		prev := 0
		for _, x := range tg.Tag(text, dct) {
			if !x.Valid(len(text)) || x.Start >= x.End || x.Start < prev {
				t.Fatalf("bad span [%d,%d) after %d in %q", x.Start, x.End, prev, text)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("text %q != input[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(x.Text) {
				t.Fatalf("span [%d,%d) splits a character in %q", x.Start, x.End, text)
			}
			switch x.Type {
			case "DATE", "TIME", "DURATION", "SET":
			default:
				t.Fatalf("bad type %q for %q", x.Type, x.Text)
			}
			if x.Value == "" {
				t.Fatalf("empty value for %q", x.Text)
			}
			prev = x.End
		}
	})
}

func TestDateline(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "" = none
	}{
		{"agency", "WASHINGTON, March 3, 2021 (AP) — Lawmakers met on Tuesday.", "2021-03-03"},
		{"alone", "Politics\n\nWhy the exiles wait\n\nJanuary 20, 2026\n\nFar from home, they wait.", "2026-01-20"},
		{"published", "Published: Monday, 5 May 2025 10:30 GMT\nThe story begins.", "2025-05-05"},
		{"iso", "2019-07-04\nFireworks lit the sky.", "2019-07-04"},
		{"european", "Politik | 20.01.2026\nDie Gruppe lebt im Exil.", "2026-01-20"},
		{"slashed month first", "Published on: 03/11/2025\nTalks ended on Monday.", "2025-03-11"},
		{"slashed day first by the story's dates", "Published on: 03/11/2025\nThe talks began in June 2025 and stalled on October 14, 2025.", "2025-11-03"},
		{"slashed, the story's dates beyond both readings", "Published on: 03/11/2025\nTalks began in June 2025; a vote is due in December 2025.", "2025-03-11"},
		{"slashed, one reading", "Published on: 11/23/2025\nThe talks began in June 2025.", "2025-11-23"},
		{"slashed, an agency that writes the day first", "Algiers (AFP) - Militants seized a gas plant on Thursday.\n\nPublished on 04/09/2026\n\nThe army said the siege was over.", "2026-09-04"},
		{"yearless, the story's latest full date", "BISHKEK, Nov 24 (Reuters) - A court freed a reporter on Monday.\nShe was jailed on October 30, 2026, after a closed trial.", "2026-11-24"},
		{"yearless, into the next year", "OSLO, Jan 5 (Reuters) - Talks resumed.\nThey broke down on December 12, 2025.", "2026-01-05"},
		{"yearless, background months are no sign", "MANILA, Oct 7 (Reuters) - A vessel rammed a patrol ship on Tuesday.\nSimilar clashes took place in June 2024 and August 2024.", ""},
		{"yearless, a full date long before", "OSLO, Oct 7 (Reuters) - Talks resumed.\nThey began on March 3, 2019.", ""},
		{"yearless, a later year named alone", "OSLO, Jan 9 (Reuters) - The 2026 prize was awarded on Friday.\nThe talks began on January 5, 2025.", ""},
		{"yearless, a story dated by years alone", "OSLO, Jan 5 (Reuters) - Talks resumed.\nThey began in 2019.", ""},
		{"yearless, no dates", "OSLO, Jan 5 (Reuters) - Talks resumed on Monday.", ""},
		{"in-sentence", "The council was founded on March 3, 2021 by three towns.", ""},
		{"month-only", "March 2021\nA report.", ""},
		{"too-far", strings.Repeat("Some line of text here.\n", 30) + "January 20, 2026\n", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := Dateline(tc.text)
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("Dateline = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

func TestStage(t *testing.T) {
	text := "The party was founded in 1965. It was banned two years later."
	a := &dossier.Analysis{
		Doc:       &dossier.Document{Text: text, Published: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)},
		Sentences: []dossier.Sentence{{Span: dossier.Span{Start: 0, End: 30}}, {Span: dossier.Span{Start: 31, End: len(text)}}},
	}
	s := Stage{Tagger: New()}
	if s.Name() != "timex" {
		t.Errorf("Name = %q", s.Name())
	}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range a.Timexes {
		got = append(got, fmt.Sprintf("%s=%s/%s@%d", x.Text, x.Value, x.Calendar(), x.Sentence))
	}
	want := "1965=1965/1965@0 two years=P2Y/1967@1"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	// without sentences the index is -1
	a.Sentences = nil
	if err := (Stage{}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Timexes) != 2 || a.Timexes[0].Sentence != -1 {
		t.Errorf("without sentences: %+v", a.Timexes)
	}
	// no publication date: the dateline gives it
	doc := &dossier.Document{Text: "BERLIN, March 3, 2021 (dpa) - The talks ended yesterday."}
	b := &dossier.Analysis{Doc: doc}
	if err := (Stage{}).Process(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if !doc.HasPublished() || doc.Published.Format("2006-01-02") != "2021-03-03" || len(b.Timexes) != 2 || b.Timexes[1].Value != "2021-03-02" {
		t.Errorf("dateline DCT: published %v, timexes %+v", doc.Published, b.Timexes)
	}
	// neither: unknown DCT
	doc = &dossier.Document{Text: "The talks ended yesterday."}
	b = &dossier.Analysis{Doc: doc}
	if err := (Stage{}).Process(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if doc.HasPublished() || len(b.Timexes) != 1 || b.Timexes[0].Value != "XXXX-XX-XX" {
		t.Errorf("unknown DCT: published %v, timexes %+v", doc.Published, b.Timexes)
	}
	if err := (Stage{}).Process(context.Background(), &dossier.Analysis{}); err == nil {
		t.Error("no document: want an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Stage{}).Process(ctx, a); err == nil {
		t.Error("cancelled context: want an error")
	}
}

// TestTagWithAnchor checks that a caller-supplied anchor resolves anaphora
// before the text names a date of its own.
func TestTagWithAnchor(t *testing.T) {
	dct := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	anchor := time.Date(2013, 9, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		anchor time.Time
		want   string
	}{
		{anchor, "2013-08"},
		{time.Time{}, "2025-12"},
	} {
		xs := New().TagWithAnchor("A month earlier the camp was emptied.", dct, tc.anchor)
		if len(xs) != 1 || xs[0].Value != tc.want {
			t.Errorf("anchor %v: got %+v, want value %s", tc.anchor, xs, tc.want)
		}
	}
}

// TestConcurrent tags one text from many goroutines with one Tagger and
// expects the same result everywhere.
func TestConcurrent(t *testing.T) {
	text := "On January 20, 2026 the council met; a month earlier, in December, talks had failed. Next Tuesday at 10 a.m. it meets again."
	dct := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	tg := New()
	want := fmt.Sprint(tg.Tag(text, dct))
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				if got := fmt.Sprint(tg.Tag(text, dct)); got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-errs; got != "" {
			t.Fatalf("concurrent Tag gave %s, want %s", got, want)
		}
	}
}
