package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/text"
)

// memSink records the documents written to it, refusing those whose text
// contains "REFUSE" as a store error would.
type memSink struct {
	mu   sync.Mutex
	docs map[string]int
}

func (m *memSink) WriteDocument(_ context.Context, a *dossier.Analysis) (bool, error) {
	if strings.Contains(a.Doc.Text, "REFUSE") {
		return false, errors.New("store refused the document")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[a.Doc.ID]++
	return m.docs[a.Doc.ID] == 1, nil
}

func TestBatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	write("a.txt", "The first article was written in 2020.\n")
	write("b.jsonl", `{"text": "One line."}`+"\n"+`{"text": "Two lines."}`+"\n"+`not json`+"\n"+`{"text": "REFUSE this one."}`+"\n"+`{"text": "Three lines."}`+"\n")
	write("empty.txt", "")
	sink := &memSink{docs: map[string]int{}}
	var progress []ingest.Progress
	b := &ingest.Batch{
		Pipeline: &ingest.Pipeline{Stages: []ingest.Stage{text.Segmenter{}}},
		Workers:  3,
		Progress: func(p ingest.Progress) { progress = append(progress, p) },
	}
	res, err := b.Run(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, nil, sink)
	require.Error(t, err)
	msg := err.Error()
	for _, want := range []string{"missing.txt", "empty.txt", "b.jsonl:3", "store refused"} {
		assert.Contains(t, msg, want)
	}
	assert.Equal(t, 4, res.Documents, "a.txt and three good JSON lines")
	assert.Equal(t, 4, len(sink.docs))
	assert.Equal(t, 4, res.Changed)
	assert.Equal(t, 4, res.Failed, "missing file, empty file, bad line, refused document")
	assert.Equal(t, 3, res.Inputs)
	assert.Equal(t, 3, res.Done)
	assert.Positive(t, res.Words)
	require.NotEmpty(t, progress)
	assert.Equal(t, res.Documents, progress[len(progress)-1].Documents)

	// Again: nothing changes.
	res, _ = b.Run(context.Background(), []string{dir}, nil, sink)
	assert.Equal(t, 0, res.Changed)
	assert.Equal(t, 4, res.Unchanged)
}

// TestStagePanicFailsOneDocument checks that a stage that panics on one
// document fails that document with an error naming it and the stage, and
// that the pipeline goes on with the next.
func TestStagePanicFailsOneDocument(t *testing.T) {
	p := &ingest.Pipeline{Stages: []ingest.Stage{ingest.StageFunc{StageName: "fragile", Func: func(_ context.Context, a *dossier.Analysis) error {
		if strings.Contains(a.Doc.Text, "boom") {
			var s []int
			_ = s[len(a.Doc.Text)] // index out of range
		}
		return nil
	}}}}
	_, err := p.Run(context.Background(), &dossier.Document{ID: "doc-a", Source: "a.txt", Text: "boom"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a.txt")
	assert.Contains(t, err.Error(), "fragile")
	a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-b", Source: "b.txt", Text: "calm"})
	require.NoError(t, err)
	assert.Equal(t, "calm", a.Doc.Text)
}
