package graph

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/dossier-kg/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGoldenLayout pins the quads of the fixture documents: the layout
// vocab.go describes, byte for byte. Run with -update after a deliberate
// change of the layout, and review the diff.
func TestGoldenLayout(t *testing.T) {
	path := filepath.Join("testdata", "layout.txtar")
	cases := []struct {
		name string
		docs []*dossier.Analysis
	}{
		{"docA.nq", []*dossier.Analysis{docA()}},
		{"docB.nq", []*dossier.Analysis{docB()}},
	}
	got := &txtar.Archive{Comment: []byte("N-Quads dumps of the fixture documents (fixtures_test.go), each written alone into an empty store.\n")}
	for _, c := range cases {
		s := mustOpen(t, Options{Backend: BackendMemory})
		write(t, s, c.docs...)
		got.Files = append(got.Files, txtar.File{Name: c.name, Data: dump(t, s)})
	}
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenLayout -update to create it)", err)
	}
	if len(want.Files) != len(got.Files) {
		t.Fatalf("golden file has %d sections, want %d", len(want.Files), len(got.Files))
	}
	for i, f := range got.Files {
		if w := want.Files[i]; w.Name != f.Name || !bytes.Equal(w.Data, f.Data) {
			t.Errorf("%s differs from %s section %s:\n%s", f.Name, path, w.Name, f.Data)
		}
	}
	// The golden dumps load back into the same graph.
	for _, f := range want.Files {
		s := mustOpen(t, Options{Backend: BackendMemory})
		if err := s.ReadNQuads(context.Background(), bytes.NewReader(f.Data)); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if d := dump(t, s); !bytes.Equal(d, f.Data) {
			t.Errorf("%s: reloaded dump differs", f.Name)
		}
	}
}

// FuzzReadNQuads feeds arbitrary input to ReadNQuads: it must return an
// error or load quads, never panic, and what it loads must dump and load
// back to the same bytes.
func FuzzReadNQuads(f *testing.F) {
	a, err := Quads(docA())
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range a[:20] {
		f.Add(nquad(q) + "\n")
	}
	f.Add("<a> <b> \"c\\n\\\"d\" <e> .\n")
	f.Add("<a> <b> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <d> .\n# comment\n")
	f.Add("_:x <b> <c> <d> .\n")
	f.Add("<a> <b> \"x\"@en <d> .\n")
	f.Add("garbage")
	f.Fuzz(func(t *testing.T, in string) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				panic(fmt.Sprintf("ReadNQuads hangs on %q", in))
			}
		}()
		ctx := context.Background()
		s := mustOpen(t, Options{Backend: BackendMemory})
		if err := s.ReadNQuads(ctx, bytes.NewBufferString(in)); err != nil {
			return
		}
		d1 := dump(t, s)
		s2 := mustOpen(t, Options{Backend: BackendMemory})
		if err := s2.ReadNQuads(ctx, bytes.NewReader(d1)); err != nil {
			t.Fatalf("dump of loaded input does not load: %v\ninput %q\ndump %q", err, in, d1)
		}
		if d2 := dump(t, s2); !bytes.Equal(d1, d2) {
			t.Fatalf("dump changed on reload:\n%q\n%q", d1, d2)
		}
	})
}
