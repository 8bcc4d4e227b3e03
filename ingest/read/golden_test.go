package read

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dossier-kg/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden reads the input file of each testdata/golden/*.txtar archive
// (its name gives the format by extension; an "options" file may set
// "format: X" or "published: DATE") and compares every document's metadata
// and text, and the error if any, with the "want" file.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata/golden: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input *txtar.File
			opts := DefaultOptions()
			wantIdx := -1
			for i := range ar.Files {
				f := &ar.Files[i]
				switch {
				case strings.HasPrefix(f.Name, "input"):
					input = f
				case f.Name == "options":
					for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
						k, v, _ := strings.Cut(line, ":")
						v = strings.TrimSpace(v)
						switch strings.TrimSpace(k) {
						case "format":
							opts.Format = v
						case "published":
							p, err := ParseDate(v)
							if err != nil {
								t.Fatal(err)
							}
							opts.Published = p
						}
					}
				case f.Name == "want":
					wantIdx = i
				}
			}
			if input == nil {
				t.Fatalf("%s: no input file", file)
			}
			docs, err := Reader(bytes.NewReader(input.Data), input.Name, opts)
			got := describe(docs, err)
			if *update {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatalf("%s: no want file (run go test -update)", file)
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("%s: output differs\n--- got\n%s\n--- want\n%s", file, got, want)
			}
		})
	}
}

// describe prints documents and errors in the golden format.
func describe(docs []*dossier.Document, err error) string {
	var b strings.Builder
	for i, d := range docs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "id: %s\nsource: %s\nformat: %s\n", d.ID, d.Source, d.Format)
		if d.Title != "" {
			fmt.Fprintf(&b, "title: %s\n", d.Title)
		}
		if d.HasPublished() {
			fmt.Fprintf(&b, "published: %s\n", d.Published.Format("2006-01-02"))
		}
		if d.URL != "" {
			fmt.Fprintf(&b, "url: %s\n", d.URL)
		}
		fmt.Fprintf(&b, "text:\n%s\n", d.Text)
	}
	if err != nil {
		if len(docs) > 0 {
			b.WriteString("\n")
		}
		var errs []error
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		} else {
			errs = []error{err}
		}
		for _, e := range errs {
			var ie *dossier.InputError
			if !errors.As(e, &ie) {
				fmt.Fprintf(&b, "error (not an InputError): %v\n", e)
				continue
			}
			fmt.Fprintf(&b, "error: %v\n", e)
		}
	}
	return b.String()
}
