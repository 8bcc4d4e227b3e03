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

// TestFindEntitiesSpellingVariants checks that documents spelling an
// organisation's name two ways meet in a lookup, and that people do not.
func TestFindEntitiesSpellingVariants(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, Options{Backend: BackendMemory})
	doc := func(id, org, person string) *dossier.Analysis {
		d := &dossier.Document{ID: id, Source: id, Text: org + " " + person}
		a := &dossier.Analysis{Doc: d}
		a.Entities = []dossier.Entity{
			{ID: dossier.EntityID(dossier.Org, org), Type: dossier.Org, Name: org, Aliases: []string{}},
			{ID: dossier.EntityID(dossier.Person, person), Type: dossier.Person, Name: person, Aliases: []string{}},
		}
		return a
	}
	for _, a := range []*dossier.Analysis{
		doc("doc-a", "People's Mojahedin Organization of Iran", "Saddam Hussein"),
		doc("doc-b", "People's Mujahedeen Organisation of Iran", "Saddam Hassan"),
	} {
		_, err := s.WriteDocument(ctx, a)
		require.NoError(t, err)
	}
	ents, err := s.FindEntities(ctx, "people's mujahideen organization of iran")
	require.NoError(t, err)
	assert.Len(t, ents, 2, "both spellings of the organisation")
	ents, err = s.FindEntities(ctx, "Saddam Hussein")
	require.NoError(t, err)
	require.Len(t, ents, 1, "a person is found by his own name only")
	assert.Equal(t, "Saddam Hussein", ents[0].Name)
}

// TestFindEntitiesByWord checks the one-word lookup: a surname finds the
// person named in full, several matches are all returned, and more than
// one word is refused.
func TestFindEntitiesByWord(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, Options{Backend: BackendMemory})
	d := &dossier.Document{ID: "doc-a", Source: "doc-a", Text: "Andrius Vaitkus and Rasa Vaitkus met Inga Kalniete."}
	a := &dossier.Analysis{Doc: d}
	for _, n := range []string{"Andrius Vaitkus", "Rasa Vaitkus", "Inga Kalnietė"} {
		a.Entities = append(a.Entities, dossier.Entity{ID: dossier.EntityID(dossier.Person, n), Type: dossier.Person, Name: n, Aliases: []string{}})
	}
	_, err := s.WriteDocument(ctx, a)
	require.NoError(t, err)
	ents, err := s.FindEntitiesByWord(ctx, "vaitkus")
	require.NoError(t, err)
	assert.Len(t, ents, 2)
	ents, err = s.FindEntitiesByWord(ctx, "KALNIETE")
	require.NoError(t, err)
	require.Len(t, ents, 1)
	assert.Equal(t, "Inga Kalnietė", ents[0].Name)
	ents, err = s.FindEntitiesByWord(ctx, "Sison")
	require.NoError(t, err)
	assert.Empty(t, ents)
	_, err = s.FindEntitiesByWord(ctx, "Andrius Vaitkus")
	assert.Error(t, err)
}
