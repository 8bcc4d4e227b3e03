package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/query/export"
)

// runExportCLI runs the export and import commands under a root with the
// shared flags, as the real root registers them.
func runExportCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	root := &cobra.Command{Use: "dossier", SilenceUsage: true, SilenceErrors: true}
	addConfigFlags(root)
	root.AddCommand(a.exportCmd(), a.importCmd())
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	if err := root.ExecuteContext(context.Background()); err != nil {
		return 1, out.String(), err.Error()
	}
	return 0, out.String(), errb.String()
}

// TestExportImport ingests the team's articles, exports them in every
// format, and checks that N-Quads go through import into an empty store and
// come out byte for byte.
func TestExportImport(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "kg")
	articles := filepath.Join("..", "..", "testdata", "articles")
	if _, err := os.Stat(articles); err != nil {
		t.Fatal(err)
	}
	var ingestErr bytes.Buffer
	if code := Main(context.Background(), []string{"ingest", "--store", store, "-q", articles}, strings.NewReader(""), io.Discard, &ingestErr); code != 0 {
		t.Fatalf("ingest: %s", ingestErr.String())
	}
	dump := filepath.Join(dir, "kg.nq")
	if code, _, stderr := runExportCLI(t, "export", "--store", store, "--format", "nquads", "-o", dump); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	first, err := os.ReadFile(dump)
	if err != nil || len(first) == 0 {
		t.Fatalf("export wrote nothing: %v", err)
	}
	copyStore := filepath.Join(dir, "copy")
	if code, _, stderr := runExportCLI(t, "import", "--store", copyStore, dump); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	code, second, stderr := runExportCLI(t, "export", "--store", copyStore, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export of the copy: %s", stderr)
	}
	if second != string(first) {
		t.Fatalf("export → import → export is not byte-identical (%d vs %d bytes)", len(second), len(first))
	}

	for _, f := range export.Formats() {
		for _, args := range [][]string{{}, {"--entity", "mek"}, {"--entity", "MEK", "--hops", "2", "--from", "1990", "--to", "2015"}} {
			all := append([]string{"export", "--store", store, "--format", f.Name}, args...)
			code, out, stderr := runExportCLI(t, all...)
			if code != 0 {
				t.Errorf("%v: %s", all, stderr)
				continue
			}
			if len(out) == 0 {
				t.Errorf("%v wrote nothing", all)
			}
		}
	}
	neo := filepath.Join(dir, "neo4j") + "/"
	if code, _, stderr := runExportCLI(t, "export", "--store", store, "--format", "csv", "-o", neo); code != 0 {
		t.Fatalf("csv export to a directory: %s", stderr)
	}
	for _, n := range export.Neo4jFiles {
		if st, err := os.Stat(filepath.Join(neo, n)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", n, err)
		}
	}
	code, out, _ := runExportCLI(t, "export", "--store", store, "--format", "markdown", "--entity", "MEK")
	if code != 0 || !strings.Contains(out, "Timeline of") || !strings.Contains(out, "Source:") {
		t.Errorf("markdown timeline of MEK:\n%s", out)
	}
}

func TestExportErrors(t *testing.T) {
	store := filepath.Join(t.TempDir(), "kg")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--store", store, "--format", "pdf"}, `unknown format "pdf"`},
		{[]string{"export", "--store", store}, `"format" not set`},
		{[]string{"export", "--store", store, "--format", "gexf", "--from", "2013-02-30"}, "--from"},
		{[]string{"export", "--store", store, "--format", "gexf", "--types", "ORG,planet"}, `"planet"`},
		{[]string{"export", "--store", store, "--format", "gexf", "--hops", "-1"}, "--hops"},
		{[]string{"export", "--store", store, "--format", "gexf", "--entity", "Atlantis"}, `no entity named "Atlantis"`},
		{[]string{"import", "--store", store, filepath.Join(t.TempDir(), "missing.nq")}, "missing.nq"},
	} {
		code, _, stderr := runExportCLI(t, c.args...)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, error %q, want one containing %q", c.args, code, stderr, c.want)
		}
	}
}
