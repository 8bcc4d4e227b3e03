package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

// run calls the real Main with a fresh set of streams.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func articles(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "articles")
	_, err := os.Stat(dir)
	require.NoError(t, err)
	return dir
}

func dump(t *testing.T, store string) string {
	t.Helper()
	opts := graph.DefaultOptions()
	opts.Path = store
	opts.ReadOnly = true
	s, err := graph.Open(context.Background(), opts)
	require.NoError(t, err)
	defer s.Close()
	var b bytes.Buffer
	require.NoError(t, s.WriteNQuads(context.Background(), &b))
	return b.String()
}

// TestEndToEnd ingests the team's articles through the real command line,
// then lists entities, prints a timeline by alias and runs a Gizmo query.
func TestEndToEnd(t *testing.T) {
	store := filepath.Join(t.TempDir(), "kg.bolt")
	code, _, stderr := run(t, "", "ingest", "--store", store, "-q", articles(t))
	require.Equal(t, 0, code, stderr)
	before := dump(t, store)
	require.NotEmpty(t, before)

	// Re-ingesting unchanged documents changes nothing.
	code, _, stderr = run(t, "", "ingest", "--store", store, "-q", articles(t))
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, before, dump(t, store), "re-ingest changed the store")

	code, out, stderr := run(t, "", "entities", "--store", store, "--type", "ORG")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "National Council of Resistance of Iran")
	assert.NotContains(t, out, "PERSON")

	// Any alias, any case, gives the same timeline.
	var timelines []string
	for _, name := range []string{"MEK", "pmoi", "People's Mojahedin Organization of Iran"} {
		code, out, stderr = run(t, "", "timeline", "--store", store, "--json", name)
		require.Equal(t, 0, code, "%s: %s", name, stderr)
		timelines = append(timelines, out)
	}
	assert.Equal(t, timelines[0], timelines[1])
	assert.Equal(t, timelines[0], timelines[2])
	var tl struct {
		Rows []struct {
			Event struct {
				Type string `json:"type"`
				Date string `json:"date"`
			} `json:"event"`
			Dated bool `json:"dated"`
		} `json:"rows"`
	}
	require.NoError(t, json.Unmarshal([]byte(timelines[0]), &tl))
	var dates []string
	for _, r := range tl.Rows {
		if r.Dated {
			dates = append(dates, r.Event.Date)
		}
	}
	require.NotEmpty(t, dates)
	year := func(v string) int64 {
		d, err := dossier.ParseDate(v)
		require.NoError(t, err, v)
		return d.SortKey() / 10000
	}
	for i := 1; i < len(dates); i++ {
		assert.LessOrEqual(t, year(dates[i-1]), year(dates[i]), "timeline out of order: %v", dates)
	}
	assert.Contains(t, dates, "1965")

	code, out, stderr = run(t, "", "query", "--store", store, `g.V().Has("<rdf:type>", "<schema:Event>").Out("<schema:startDate>").All()`)
	require.Equal(t, 0, code, stderr)
	var res []any
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.NotEmpty(t, res)

	code, _, stderr = run(t, "", "timeline", "--store", store, "No Such Entity Anywhere")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "No Such Entity Anywhere")

	code, _, stderr = run(t, "", "query", "--store", store, `g.V(.All(`)
	assert.Equal(t, 1, code)
	assert.NotEmpty(t, stderr)
}

// TestIngestBadInputs checks that a folder with bad files stores the good
// ones, names every bad one with its reason on stderr and exits non-zero.
func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	write("good.txt", []byte("The Example Party was founded in Lisbon in 1974.\n"))
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0})
	write("latin1.txt", []byte("Caf\xe9 society was founded in 1990.\n"))
	write("empty.txt", nil)
	store := filepath.Join(t.TempDir(), "kg.bolt")
	code, _, stderr := run(t, "", "ingest", "--store", store, "-q", dir)
	assert.Equal(t, 1, code)
	for _, bad := range []string{"binary.txt", "latin1.txt", "empty.txt"} {
		assert.Contains(t, stderr, bad)
	}
	assert.Contains(t, stderr, "UTF-8")
	code, out, stderr := run(t, "", "entities", "--store", store)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Lisbon", "the good file was stored")

	code, _, stderr = run(t, "", "ingest", "--store", store, "--published", "2026-02-30", filepath.Join(dir, "good.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "2026-02-30")
}

// TestExtractContract checks the JSON contract of "dossier extract".
func TestExtractContract(t *testing.T) {
	path := filepath.Join(articles(t), "new_start_treaty.txt")
	code, out, stderr := run(t, "", "extract", "--format", "json", path)
	require.Equal(t, 0, code, stderr)
	var x map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &x))
	for _, k := range []string{"document", "entities", "events", "relations", "timexes"} {
		assert.Contains(t, x, k)
	}
	var doc struct {
		ID        string  `json:"id"`
		Published *string `json:"published"`
		Source    string  `json:"source"`
	}
	require.NoError(t, json.Unmarshal(x["document"], &doc))
	assert.NotEmpty(t, doc.ID)
	require.NotNil(t, doc.Published)
	assert.Equal(t, "2023-03-01", *doc.Published)
	text, err := os.ReadFile(path)
	require.NoError(t, err)
	var events []struct {
		Type      string  `json:"type"`
		Date      *string `json:"date"`
		Precision *string `json:"precision"`
		Sentence  string  `json:"sentence"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
	}
	require.NoError(t, json.Unmarshal(x["events"], &events))
	require.NotEmpty(t, events)
	for _, e := range events {
		assert.Equal(t, string(text[e.Start:e.End]), e.Sentence)
		if e.Date != nil {
			require.NotNil(t, e.Precision, "a dated event has a precision")
		}
	}
	var timexes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	}
	require.NoError(t, json.Unmarshal(x["timexes"], &timexes))
	require.NotEmpty(t, timexes)
	for _, tx := range timexes {
		assert.Equal(t, string(text[tx.Start:tx.End]), tx.Text)
	}

	code, _, stderr = run(t, "", "extract", "--format", "json", "--published", "yesterday", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "yesterday")
}

// TestOverridesCLI splits an alias off an entity, merges two entities, and
// undoes both, through the command line: the store ends as it began.
func TestOverridesCLI(t *testing.T) {
	store := filepath.Join(t.TempDir(), "kg.bolt")
	code, _, stderr := run(t, "", "ingest", "--store", store, "-q", articles(t))
	require.Equal(t, 0, code, stderr)
	before := dump(t, store)

	code, out, stderr := run(t, "", "entities", "split", "--store", store, "PMOI")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `override/1: "PMOI" split from org/`)
	code, out, stderr = run(t, "", "entities", "--store", store, "--explain", "PMOI")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "ORG PMOI (org/pmoi)")
	assert.Contains(t, out, "override 1: split")
	assert.NotContains(t, out, "MEK")

	code, out, stderr = run(t, "", "entities", "merge", "--store", store, "PMOI", "--into", "MEK")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "override/2: org/pmoi merged into")

	code, out, stderr = run(t, "", "entities", "overrides", "--store", store, "--json")
	require.Equal(t, 0, code, stderr)
	var ovs []graph.Override
	require.NoError(t, json.Unmarshal([]byte(out), &ovs))
	require.Len(t, ovs, 2)
	assert.Equal(t, []string{graph.OpSplit, graph.OpMerge}, []string{ovs[0].Op, ovs[1].Op})

	// Bad requests name what is wrong.
	code, _, stderr = run(t, "", "entities", "undo", "--store", store, "9")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `no override "override/9"`)
	code, _, stderr = run(t, "", "entities", "merge", "--store", store, "PMOI")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "--into")

	for _, n := range []string{"1", "2"} {
		code, _, stderr = run(t, "", "entities", "undo", "--store", store, n)
		require.Equal(t, 0, code, stderr)
	}
	// All but the counter that keeps override numbers from being reused.
	var after []string
	for _, l := range strings.SplitAfter(dump(t, store), "\n") {
		if !strings.Contains(l, "/id/overrides>") {
			after = append(after, l)
		}
	}
	assert.Equal(t, before, strings.Join(after, ""), "undoing every override must restore the store")
	code, out, stderr = run(t, "", "entities", "split", "--store", store, "PMOI")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "override/3:", "override numbers are not reused")
}
