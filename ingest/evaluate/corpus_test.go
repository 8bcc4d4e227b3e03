package evaluate_test

import (
	"context"
	"os"
	"testing"

	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/evaluate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const meantimeDir = "../../../shared/data/meantime_en/intra_cross-doc_annotation"

func requireMeantime(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(meantimeDir); err != nil {
		t.Fatalf("MEANTIME corpus missing (the shared data must sit beside the work tree, as ../shared): %v", err)
	}
}

// TestReadCorpora reads all 120 documents and checks the sizes the corpus
// manifest gives.
func TestReadCorpora(t *testing.T) {
	requireMeantime(t)
	// Two airbus documents have no CREATION_TIME; the pipeline reads their
	// date from the dateline instead.
	want := map[string]struct{ tokens, events, dct int }{
		"airbus": {9909, 704, 28}, "apple": {10343, 600, 30}, "gm": {10063, 738, 30}, "stock": {9916, 657, 30},
	}
	for _, c := range evaluate.Corpora() {
		docs, err := evaluate.ReadCorpus(meantimeDir, c)
		require.NoError(t, err, c)
		assert.Len(t, docs, 30, c)
		tokens, events, dct := 0, 0, 0
		for _, d := range docs {
			tokens += len(d.Tokens)
			events += len(d.EventMentions)
			if _, ok := d.Published(); ok {
				dct++
			}
			text, spans := d.Text()
			for i, s := range spans {
				require.True(t, s.Valid(len(text)), "%s token %d", d.Source, i)
			}
		}
		assert.Equal(t, want[c].tokens, tokens, c)
		assert.Equal(t, want[c].events, events, c)
		assert.Equal(t, want[c].dct, dct, "%s: documents with a usable DCT", c)
	}
	_, err := evaluate.ReadCorpus(meantimeDir, "nosuch")
	assert.ErrorContains(t, err, "corpus_nosuch")
}

// TestAppleFloors runs the real pipeline over corpus_apple (a development
// sub-corpus) and holds the figures a little under those measured when
// the evaluation was written, so that a regression in any stage shows.
func TestAppleFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over 30 documents")
	}
	requireMeantime(t)
	docs, err := evaluate.ReadCorpus(meantimeDir, "apple")
	require.NoError(t, err)
	p, err := ingest.Default()
	require.NoError(t, err)
	r, err := evaluate.Evaluate(context.Background(), p, "apple", docs, evaluate.Options{Workers: 2})
	require.NoError(t, err)
	t.Logf("names strict %s", r.Entities)
	t.Logf("names relaxed %s", r.EntitiesRelaxed)
	t.Logf("events %s, targeted recall %.3f", r.Events, r.TargetedEvents.Recall())
	t.Logf("participants %s; nearest %s", r.Participants, r.ParticipantsNearest)
	t.Logf("clusters %s, unmatched %d", r.Clusters, r.ClusterUnmatched)
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"names strict F1", r.Entities.F1(), 0.62},
		{"names relaxed F1", r.EntitiesRelaxed.F1(), 0.70},
		{"event precision", r.Events.Precision(), 0.90},
		{"targeted event recall", r.TargetedEvents.Recall(), 0.50},
		{"participant precision", r.Participants.Precision(), 0.45},
		{"nearest participant precision", r.ParticipantsNearest.Precision(), 0.65},
		{"cluster B-cubed F1", r.Clusters.F1, 0.70},
	} {
		assert.GreaterOrEqual(t, f.got, f.floor, f.name)
	}
}
