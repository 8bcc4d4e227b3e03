package export

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden writes the fixture graph, and the group's timeline, in every
// format and compares with testdata/golden/<case>.<ext>. Run with -update
// to accept new output after checking it (the consumer checks in
// consumers_test.go read the same files).
func TestGolden(t *testing.T) {
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.format.Write(context.Background(), &buf, c.graph, c.opts); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", c.name+c.format.Ext)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file; run with -update after checking the diff:\n%s", path, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

type goldenCase struct {
	name   string
	format Format
	graph  *dossier.Graph
	opts   Options
}

// goldenCases are the fixture graph in every graph format, and the
// group's timeline and the whole timeline in every timeline format.
func goldenCases() []goldenCase {
	var out []goldenCase
	for _, f := range Formats() {
		if f.Timeline {
			out = append(out,
				goldenCase{"group-" + f.Name, f, fixtureGraph(), Options{Subject: fxGroup}},
				goldenCase{"all-" + f.Name, f, fixtureGraph(), Options{}})
			continue
		}
		out = append(out, goldenCase{"graph-" + f.Name, f, fixtureGraph(), Options{}})
	}
	return out
}

func firstDiff(got, want string) string {
	gl, wl := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !bytes.Equal(g, w) {
			return "line " + itoa(i+1) + ":\n got: " + string(g) + "\nwant: " + string(w)
		}
	}
	return "(no line differs)"
}
