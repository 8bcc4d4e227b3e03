package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
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

// seedStore writes two small analysed documents into a new store at path,
// through the store's own API (the NLP pipeline is not under test here).
func seedStore(t *testing.T, path string) {
	t.Helper()
	opts := graph.DefaultOptions()
	opts.Path = path
	s, err := graph.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	type ent struct {
		typ     dossier.EntityType
		name    string
		aliases []string
	}
	for i, doc := range []struct {
		text   string
		ents   []ent
		events [][4]string // type, date, agent name, patient name
		rel    [3]string   // subject, predicate, object
	}{
		{"Washington listed the PMOI as a terrorist group in 1997 and delisted the MEK in 2012. In 2013 the group moved to Albania.",
			[]ent{{dossier.Org, "People's Mojahedin Organization of Iran", []string{"MEK", "PMOI"}}, {dossier.Place, "United States", []string{"Washington"}}, {dossier.Place, "Albania", nil}},
			[][4]string{{"designation", "1997", "United States", "People's Mojahedin Organization of Iran"}, {"delisting", "2012", "United States", "People's Mojahedin Organization of Iran"}, {"relocation", "2013", "Albania", "People's Mojahedin Organization of Iran"}},
			[3]string{"People's Mojahedin Organization of Iran", "based_in", "Albania"}},
		{"Albania cut its ties with Iran in September 2022.",
			[]ent{{dossier.Place, "Albania", nil}, {dossier.Place, "Iran", nil}},
			[][4]string{{"diplomatic_break", "2022-09", "Albania", "Iran"}}, [3]string{}},
	} {
		d := &dossier.Document{ID: dossier.DocumentID(fmt.Sprint("cli-test/", i)), Source: fmt.Sprintf("cli-test/%d.txt", i), Format: "text", Text: doc.text,
			Title: fmt.Sprint("Test article ", i), Published: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)}
		a := &dossier.Analysis{Doc: d, Sentences: []dossier.Sentence{{Span: dossier.Span{Start: 0, End: len(doc.text)}}}}
		ids := map[string]string{}
		for j, e := range doc.ents {
			id := dossier.EntityID(e.typ, e.name)
			ids[e.name] = id
			a.Entities = append(a.Entities, dossier.Entity{ID: id, Type: e.typ, Name: e.name, Aliases: e.aliases,
				Mentions: []dossier.Mention{{Span: dossier.Span{Start: j, End: j + 1}, Text: doc.text[j : j+1], Type: e.typ, Entity: id, Confidence: 0.9}}})
		}
		ev := a.EvidenceFor(0, 0.8)
		for j, e := range doc.events {
			trig := dossier.Span{Start: 10 * j, End: 10*j + 3}
			a.Events = append(a.Events, dossier.Event{ID: dossier.EventID(d.ID, e[0], trig), Type: e[0], Trigger: trig, TriggerText: doc.text[trig.Start:trig.End],
				Date: e[1], Participants: []dossier.Participant{{Entity: ids[e[2]], Role: dossier.Agent}, {Entity: ids[e[3]], Role: dossier.Patient}}, Evidence: ev})
		}
		if doc.rel[1] != "" {
			a.Relations = append(a.Relations, dossier.Relation{Subject: ids[doc.rel[0]], Predicate: doc.rel[1], Object: ids[doc.rel[2]], Evidence: ev})
		}
		if _, err := s.WriteDocument(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

// TestExportImport exports a store in every format, and checks that
// N-Quads go through import into an empty store and come out byte for
// byte.
func TestExportImport(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "kg")
	seedStore(t, store)
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
		for _, args := range [][]string{{}, {"--entity", "mek"}, {"--entity", "place/albania"}, {"--entity", "MEK", "--hops", "2", "--from", "1990", "--to", "2015"}} {
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
	if code != 0 || !strings.Contains(out, "Timeline of People's Mojahedin") || !strings.Contains(out, "1997–2012") || !strings.Contains(out, "Source:") {
		t.Errorf("markdown timeline of MEK:\n%s", out)
	}
	// --types must not drop the entity whose timeline it is.
	code, typed, _ := runExportCLI(t, "export", "--store", store, "--format", "markdown", "--entity", "MEK", "--types", "PLACE")
	if code != 0 || !strings.Contains(typed, "Source:") {
		t.Errorf("markdown timeline of MEK with --types PLACE lost the entity's events:\n%s", typed)
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
