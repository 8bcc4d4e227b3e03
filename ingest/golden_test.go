package ingest_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/extract")

// TestGoldenExtractions runs the pipeline over the team-written articles in
// testdata/articles and compares a readable digest of each extraction
// (entities, time expressions, events, relations) with
// testdata/extract/<article>.txtar. Run with -update after a deliberate
// change and review the diff.
func TestGoldenExtractions(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	// Saved web pages, with their clutter, go through the HTML reader.
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.html"))
	require.NoError(t, err)
	articles = append(articles, pages...)
	require.GreaterOrEqual(t, len(articles), 3)
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, path := range articles {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			docs, err := read.File(path, read.DefaultOptions())
			require.NoError(t, err)
			a, err := p.Run(context.Background(), docs[0])
			require.NoError(t, err)
			checkInvariants(t, a)
			got := digest(a)
			golden := filepath.Join("..", "testdata", "extract", name+".txtar")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, txtar.Format(got), 0o644))
				return
			}
			data, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file; run go test ./ingest -run TestGoldenExtractions -update")
			want := txtar.Parse(data)
			require.Equal(t, len(want.Files), len(got.Files))
			for i := range want.Files {
				assert.Equal(t, want.Files[i].Name, got.Files[i].Name)
				assert.Equal(t, string(want.Files[i].Data), string(got.Files[i].Data), "section %s of %s", want.Files[i].Name, golden)
			}
		})
	}
}

// checkInvariants checks what must hold for any document: offsets in range
// and matching their text, every reference resolving to an entity.
func checkInvariants(t *testing.T, a *dossier.Analysis) {
	t.Helper()
	text := a.Doc.Text
	ids := map[string]bool{}
	for _, e := range a.Entities {
		assert.False(t, ids[e.ID], "duplicate entity %s", e.ID)
		ids[e.ID] = true
		for _, m := range e.Mentions {
			require.True(t, m.Valid(len(text)), "mention %v out of range", m.Span)
			assert.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
	for _, tx := range a.Timexes {
		require.True(t, tx.Valid(len(text)))
		assert.Equal(t, text[tx.Start:tx.End], tx.Text)
	}
	for _, e := range a.Events {
		assert.Equal(t, text[e.Evidence.Start:e.Evidence.End], e.Evidence.Text)
		assert.Equal(t, text[e.Trigger.Start:e.Trigger.End], e.TriggerText)
		assert.True(t, e.Evidence.Confidence > 0 && e.Evidence.Confidence <= 1)
		for _, p := range e.Participants {
			assert.True(t, ids[p.Entity], "event %s: unknown participant %s", e.ID, p.Entity)
		}
		if e.Place != "" {
			assert.True(t, ids[e.Place], "event %s: unknown place %s", e.ID, e.Place)
		}
	}
	for _, r := range a.Relations {
		assert.True(t, ids[r.Subject] && ids[r.Object], "relation %v: unknown entity", r)
		assert.Equal(t, text[r.Evidence.Start:r.Evidence.End], r.Evidence.Text)
	}
}

// digest renders an analysis as sorted, readable lines per section.
func digest(a *dossier.Analysis) *txtar.Archive {
	name := func(id string) string {
		if e := a.Entity(id); e != nil {
			return e.Name
		}
		return id
	}
	var ents, tims, evs, rels []string
	for _, e := range a.Entities {
		ents = append(ents, fmt.Sprintf("%s %s | %s", e.Type, e.Name, strings.Join(e.Aliases, "; ")))
	}
	for _, t := range a.Timexes {
		line := fmt.Sprintf("%d-%d %q %s %s", t.Start, t.End, t.Text, t.Type, t.Value)
		if t.Anchored != "" {
			line += " -> " + t.Anchored // the date "[two years] later" points to
		}
		tims = append(tims, line)
	}
	for _, e := range a.Events {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, string(p.Role)+"="+name(p.Entity))
		}
		line := fmt.Sprintf("%s %s %q [%s]", orDash(e.Date), e.Type, e.TriggerText, strings.Join(ps, ", "))
		if e.Place != "" {
			line += " place=" + name(e.Place)
		}
		if !e.IsFact() {
			line += " (" + e.Polarity + ", " + e.Modality + ")"
		}
		evs = append(evs, line)
	}
	for _, r := range a.Relations {
		line := fmt.Sprintf("%s %s %s", name(r.Subject), r.Predicate, name(r.Object))
		if r.Value != "" {
			line += " (" + r.Value + ")"
		}
		rels = append(rels, line)
	}
	slices.Sort(ents)
	slices.Sort(rels)
	file := func(n string, lines []string) txtar.File {
		var b bytes.Buffer
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		return txtar.File{Name: n, Data: b.Bytes()}
	}
	pub := "unknown"
	if a.Doc.HasPublished() {
		pub = a.Doc.Published.Format("2006-01-02")
	}
	return &txtar.Archive{
		Comment: []byte("Extraction digest of testdata/articles; published " + pub + ".\nRegenerate with: go test ./ingest -run TestGoldenExtractions -update\n"),
		Files:   []txtar.File{file("entities", ents), file("timexes", tims), file("events", evs), file("relations", rels)},
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
