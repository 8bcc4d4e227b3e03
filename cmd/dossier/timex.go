package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/timex"
	"github.com/spf13/cobra"
)

// timexLine is one line of "tag timex" output: the contract's five fields.
type timexLine struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// tagTimexCmd prints the time expressions of a plain-text file as JSON lines.
func (a *app) tagTimexCmd() *cobra.Command {
	var dct string
	var dateline bool
	cmd := &cobra.Command{
		Use:   "timex [--dct YYYY-MM-DD] FILE",
		Short: "Find and normalise the time expressions of a plain-text file",
		Long: `Reads plain text (FILE "-" is standard input) and prints one JSON object per
time expression, in text order:
  {"start": 12, "end": 28, "text": "January 20, 2026", "type": "DATE", "value": "2026-01-20"}
Offsets are bytes into the file, end exclusive. --dct is the document creation
time relative expressions are resolved against; without it the DCT is unknown
and they stay underspecified ("XXXX-12-08"), unless --dateline takes it from a
date at the top of the text.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var anchor time.Time
			if dct != "" {
				t, err := dossier.ParseDay(dct)
				if err != nil {
					return fmt.Errorf("--dct: %w", err)
				}
				anchor = t
			}
			text, err := a.readTimexInput(args[0])
			if err != nil {
				return err
			}
			if anchor.IsZero() && dateline {
				if t, ok := timex.Dateline(text); ok {
					anchor = t
				}
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false)
			for _, x := range timex.New().Tag(text, anchor) {
				if err := enc.Encode(timexLine{x.Start, x.End, x.Text, x.Type, x.Value}); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dct, "dct", "", "document creation time, YYYY-MM-DD (default: unknown)")
	cmd.Flags().BoolVar(&dateline, "dateline", false, "without --dct, take the DCT from a dateline at the top of the text")
	return cmd
}

// readTimexInput reads a whole file, "-" meaning standard input.
func (a *app) readTimexInput(path string) (string, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(a.stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// evalTimexCmd scores the tagger on a directory of TimeML files.
func (a *app) evalTimexCmd() *cobra.Command {
	var (
		dir   string
		kinds []string
	)
	cmd := &cobra.Command{
		Use:   "timex --dir DIR [--errors KIND,...]",
		Short: "Score the time-expression tagger on TimeML files (TempEval-3 style)",
		Long: `Reads every *.tml file of DIR (TempEval-3 TimeML with gold TIMEX3 and a
CREATION_TIME) or, when DIR has none, every *.xml file (MEANTIME articles,
scored over the sentences MEANTIME annotates), tags each text with its own
DCT and prints relaxed and strict
P/R/F1, type and value accuracy and value F1, computed as the TempEval-3
scorer (../shared/eval/timexscore.py) does, and the tagging speed.

With --errors, it first prints one tab-separated line per disagreement of
the kinds named (missed, spurious, extent, value, type; "all" for every
kind): kind, file, DCT, gold text/type/value, system text/type/value and the
text around the expression.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := timex.ReadCorpusDir(dir)
			if err != nil {
				return err
			}
			var each func(*timex.TimeMLDoc, []dossier.Timex)
			if len(kinds) > 0 {
				want := map[string]bool{}
				for _, k := range kinds {
					want[k] = true
				}
				each = func(d *timex.TimeMLDoc, sys []dossier.Timex) {
					for _, m := range timex.Mismatches(d.Text, d.Gold, sys) {
						if want[m.Kind] || want["all"] {
							fmt.Fprintln(a.stdout, mismatchLine(d, m))
						}
					}
				}
			}
			res, err := timex.New().EvaluateEach(cmd.Context(), docs, each)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "docs %d %s\n", res.Docs, res.Scores)
			if s := res.Elapsed.Seconds(); s > 0 {
				fmt.Fprintf(a.stdout, "speed %.1f MB/s (%d bytes in %s)\n", float64(res.Bytes)/s/1e6, res.Bytes, res.Elapsed.Round(time.Microsecond))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "directory of .tml (TempEval-3) or .xml (MEANTIME) files")
	cmd.Flags().StringSliceVar(&kinds, "errors", nil, "list disagreements of these kinds: missed, spurious, extent, value, type, all")
	cmd.MarkFlagRequired("dir")
	return cmd
}

// mismatchLine formats one disagreement for "eval timex --errors".
func mismatchLine(d *timex.TimeMLDoc, m timex.Mismatch) string {
	side := func(x dossier.Timex) string {
		if x.End == 0 {
			return "-"
		}
		return fmt.Sprintf("%q %s %s", x.Text, x.Type, x.Value)
	}
	sp := m.Gold.Span
	if m.Kind == "spurious" {
		sp = m.System.Span
	}
	s, e := max(sp.Start-60, 0), min(sp.End+60, len(d.Text))
	ctx := strings.Join(strings.Fields(strings.ToValidUTF8(d.Text[s:sp.Start]+"[["+d.Text[sp.Start:sp.End]+"]]"+d.Text[sp.End:e], "")), " ")
	dct := "-"
	if !d.DCT.IsZero() {
		dct = d.DCT.Format("2006-01-02 Mon")
	}
	return strings.Join([]string{m.Kind, d.Name, dct, side(m.Gold), side(m.System), ctx}, "\t")
}
