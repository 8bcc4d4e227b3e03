package graph

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

// TestMergeSorted checks the external merge WriteNQuads uses for stores
// larger than one in-memory chunk: the output is every line, sorted.
func TestMergeSorted(t *testing.T) {
	chunks := [][]string{{"a", "d", "g"}, {"b", "c", "h", "i"}, {}, {"e", "f"}}
	var files []*os.File
	var all []string
	for _, c := range chunks {
		f, err := os.CreateTemp(t.TempDir(), "chunk")
		require.NoError(t, err)
		_, err = f.WriteString(strings.Join(c, "\n") + strings.Repeat("\n", min(len(c), 1)))
		require.NoError(t, err)
		_, err = f.Seek(0, 0)
		require.NoError(t, err)
		files = append(files, f)
		all = append(all, c...)
		defer f.Close()
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	require.NoError(t, mergeSorted(context.Background(), w, files))
	require.NoError(t, w.Flush())
	sort.Strings(all)
	assert.Equal(t, strings.Join(all, "\n")+"\n", b.String())
}

// TestWriteNQuadsChunked checks that a dump sorted in many spilled chunks
// is the same bytes as one sorted in memory.
func TestWriteNQuadsChunked(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, Options{Backend: BackendMemory})
	for _, a := range []*dossier.Analysis{docA(), docB()} {
		_, err := s.WriteDocument(ctx, a)
		require.NoError(t, err)
	}
	var whole, chunked bytes.Buffer
	require.NoError(t, s.WriteNQuads(ctx, &whole))
	require.NoError(t, s.writeNQuads(ctx, &chunked, 7))
	require.Greater(t, strings.Count(whole.String(), "\n"), 7*3, "the fixture must span several chunks")
	assert.Equal(t, whole.String(), chunked.String())
}
