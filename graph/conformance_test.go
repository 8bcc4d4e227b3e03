package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

// backend describes how the conformance suite opens a store of one kind.
// A PostgreSQL backend would add an entry whose open creates a fresh
// database (and skips when no server is configured).
type backend struct {
	name string
	// open returns a new, empty store; reopen (nil for stores that keep
	// nothing) opens the same store again with the given options.
	open func(t *testing.T) (s *Store, reopen func(t *testing.T, o Options) *Store)
}

func backends() []backend {
	disk := func(kind string) func(t *testing.T) (*Store, func(*testing.T, Options) *Store) {
		return func(t *testing.T) (*Store, func(*testing.T, Options) *Store) {
			path := filepath.Join(t.TempDir(), "graph."+kind)
			reopen := func(t *testing.T, o Options) *Store {
				t.Helper()
				o.Backend, o.Path, o.NoSync = kind, path, true
				s, err := Open(context.Background(), o)
				require.NoError(t, err)
				t.Cleanup(func() { s.Close() })
				return s
			}
			return reopen(t, Options{}), reopen
		}
	}
	return []backend{
		{name: BackendMemory, open: func(t *testing.T) (*Store, func(*testing.T, Options) *Store) {
			return mustOpen(t, Options{Backend: BackendMemory}), nil
		}},
		{name: BackendBolt, open: disk(BackendBolt)},
		{name: BackendLevelDB, open: disk(BackendLevelDB)},
	}
}

func mustOpen(tb testing.TB, o Options) *Store {
	tb.Helper()
	s, err := Open(context.Background(), o)
	if err != nil {
		tb.Fatalf("open %+v: %v", o, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestConformance runs every store test on every backend.
func TestConformance(t *testing.T) {
	tests := []struct {
		name string
		fn   func(t *testing.T, b backend)
	}{
		{"WriteReadBack", testWriteReadBack},
		{"Idempotent", testIdempotent},
		{"Replace", testReplace},
		{"Delete", testDelete},
		{"DumpLoad", testDumpLoad},
		{"AtomicFailure", testAtomicFailure},
		{"Concurrent", testConcurrent},
		{"Persistence", testPersistence},
		{"BadInput", testBadInput},
		{"Overrides", testOverrides},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) { tc.fn(t, b) })
			}
		})
	}
}

func write(t *testing.T, s *Store, as ...*dossier.Analysis) {
	t.Helper()
	for _, a := range as {
		if _, err := s.WriteDocument(context.Background(), a); err != nil {
			t.Fatalf("write %s: %v", a.Doc.ID, err)
		}
	}
}

func dump(t *testing.T, s *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &buf); err != nil {
		t.Fatalf("dump: %v", err)
	}
	return buf.Bytes()
}

// dumpOf returns the dump of a fresh memory store holding only as.
func dumpOf(t *testing.T, as ...*dossier.Analysis) []byte {
	t.Helper()
	s := mustOpen(t, Options{Backend: BackendMemory})
	write(t, s, as...)
	return dump(t, s)
}

// wantEvents is what Events returns for the analyses' events: sorted as
// Events sorts, participants sorted by role and entity.
func wantEvents(as ...*dossier.Analysis) []dossier.Event {
	var out []dossier.Event
	for _, a := range as {
		for _, e := range a.Events {
			e.Participants = append([]dossier.Participant(nil), e.Participants...)
			sort.Slice(e.Participants, func(i, j int) bool {
				p, q := e.Participants[i], e.Participants[j]
				if p.Role != q.Role {
					return p.Role < q.Role
				}
				return p.Entity < q.Entity
			})
			if len(e.Participants) == 0 {
				e.Participants = nil
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Evidence.Document != b.Evidence.Document {
			return a.Evidence.Document < b.Evidence.Document
		}
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start < b.Trigger.Start
		}
		return a.ID < b.ID
	})
	return out
}

func wantDoc(a *dossier.Analysis) dossier.Document {
	d := *a.Doc
	d.Text = ""
	d.Published = d.Published.UTC()
	return d
}

func testWriteReadBack(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	a, bb := docA(), docB()
	for _, x := range []*dossier.Analysis{a, bb} {
		changed, err := s.WriteDocument(ctx, x)
		require.NoError(t, err)
		require.True(t, changed, "first write of %s must report a change", x.Doc.ID)
	}

	docs, err := s.Documents(ctx)
	require.NoError(t, err)
	require.Equal(t, []dossier.Document{wantDoc(a), wantDoc(bb)}, docs)

	ents, err := s.Entities(ctx, EntityFilter{})
	require.NoError(t, err)
	want := []dossier.Entity{
		{ID: "org/harbour-trust", Type: dossier.Org, Name: "Harbour Trust", Aliases: []string{}, MentionCount: 1, DocumentCount: 1},
		{ID: "org/northwind-cooperative", Type: dossier.Org, Name: "Northwind Cooperative",
			Aliases: []string{"NWC", "the cooperative"}, MentionCount: 3, DocumentCount: 2},
		{ID: "person/marta-silva", Type: dossier.Person, Name: "Marta Silva", Aliases: []string{"Silva"}, MentionCount: 3, DocumentCount: 2},
		{ID: "place/lisbon", Type: dossier.Place, Name: "Lisbon", Aliases: []string{}, MentionCount: 1, DocumentCount: 1},
		{ID: "place/porto", Type: dossier.Place, Name: "Porto", Aliases: []string{}, MentionCount: 2, DocumentCount: 2},
	}
	require.Equal(t, want, ents)

	places, err := s.Entities(ctx, EntityFilter{Type: dossier.Place})
	require.NoError(t, err)
	require.Equal(t, []dossier.Entity{want[3], want[4]}, places)
	inB, err := s.Entities(ctx, EntityFilter{Document: bb.Doc.ID})
	require.NoError(t, err)
	require.Equal(t, []dossier.Entity{want[0], want[1], want[2], want[4]}, inB)
	byID, err := s.Entities(ctx, EntityFilter{IDs: []string{"place/lisbon", "org/unknown"}})
	require.NoError(t, err)
	require.Equal(t, []dossier.Entity{want[3]}, byID)

	for _, tc := range []struct {
		name string
		want []string
	}{
		{"nwc", []string{"org/northwind-cooperative"}},
		{"  THE Northwind   cooperative ", []string{"org/northwind-cooperative"}},
		{"Cooperative", []string{"org/northwind-cooperative"}}, // alias "the cooperative"
		{"silva", []string{"person/marta-silva"}},
		{"Harbour", nil},
	} {
		got, err := s.FindEntities(ctx, tc.name)
		require.NoError(t, err, tc.name)
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		require.Equal(t, tc.want, ids, "FindEntities(%q)", tc.name)
	}
	_, err = s.FindEntities(ctx, "   ")
	require.Error(t, err, "an empty name is an error")

	evs, err := s.Events(ctx, EventFilter{})
	require.NoError(t, err)
	require.Equal(t, wantEvents(a, bb), evs)
	evs, err = s.Events(ctx, EventFilter{Entities: []string{"org/harbour-trust"}})
	require.NoError(t, err)
	require.Equal(t, []string{"appointment"}, eventTypes(evs))
	evs, err = s.Events(ctx, EventFilter{Entities: []string{"place/porto"}})
	require.NoError(t, err)
	require.Equal(t, []string{"relocation", "appointment"}, eventTypes(evs), "Porto as place and as participant")
	evs, err = s.Events(ctx, EventFilter{Entities: []string{"person/marta-silva"}, Documents: []string{a.Doc.ID}})
	require.NoError(t, err)
	require.Equal(t, []string{"founding"}, eventTypes(evs))
	evs, err = s.Events(ctx, EventFilter{Types: []string{"departure", "founding"}})
	require.NoError(t, err)
	require.Equal(t, []string{"founding", "departure"}, eventTypes(evs))
	require.Equal(t, "org/harbour-trust", evs[1].Source)
	require.Equal(t, bb.Doc.ID, evs[1].Evidence.Document)
	require.Equal(t, bb.Doc.Text[evs[1].Evidence.Start:evs[1].Evidence.End], evs[1].Evidence.Text)

	rels, err := s.Relations(ctx, RelationFilter{})
	require.NoError(t, err)
	require.Len(t, rels, 4)
	rels, err = s.Relations(ctx, RelationFilter{Entities: []string{"place/porto"}})
	require.NoError(t, err)
	require.Equal(t, []dossier.Relation{bb.Relations[1], a.Relations[1]}, rels)
	rels, err = s.Relations(ctx, RelationFilter{Predicates: []string{"holds_position"}})
	require.NoError(t, err)
	require.Equal(t, []dossier.Relation{bb.Relations[0]}, rels)
	require.Equal(t, "chair", rels[0].Value)

	sub, err := s.Subgraph(ctx, []string{"org/harbour-trust", "org/nobody"})
	require.NoError(t, err)
	require.Equal(t, []dossier.Document{wantDoc(bb)}, sub.Documents)
	require.Equal(t, []dossier.Entity{want[0], want[1], want[2], want[4]}, sub.Entities)
	require.Equal(t, wantEvents(bb), sub.Events)
	require.Equal(t, []dossier.Relation{bb.Relations[1], bb.Relations[0]}, sub.Relations)
	sub, err = s.Subgraph(ctx, []string{"person/marta-silva"})
	require.NoError(t, err)
	require.Len(t, sub.Documents, 2)
	require.Equal(t, wantEvents(a, bb), sub.Events)
	sub, err = s.Subgraph(ctx, nil)
	require.NoError(t, err)
	require.Empty(t, sub.Documents)
	rels, err = s.Relations(ctx, RelationFilter{Documents: []string{a.Doc.ID}})
	require.NoError(t, err)
	require.Equal(t, []dossier.Relation{a.Relations[1], a.Relations[0]}, rels)

	st, err := s.Stats(ctx)
	require.NoError(t, err)
	qa, _ := Quads(a)
	qb, _ := Quads(bb)
	require.Equal(t, Stats{Quads: len(qa) + len(qb), Documents: 2, Entities: 5, Mentions: 10, Events: 4, Relations: 4}, st)

	g, err := s.Snapshot(ctx)
	require.NoError(t, err)
	require.Equal(t, docs, g.Documents)
	require.Equal(t, want, g.Entities)
	require.Equal(t, wantEvents(a, bb), g.Events)
	require.Len(t, g.Relations, 4)
}

func eventTypes(evs []dossier.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type)
	}
	return out
}

func testIdempotent(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	before := dump(t, s)
	for _, a := range []*dossier.Analysis{docA(), docB()} {
		changed, err := s.WriteDocument(ctx, a)
		require.NoError(t, err)
		require.False(t, changed, "rewriting unchanged %s must change nothing", a.Doc.ID)
	}
	require.Equal(t, string(before), string(dump(t, s)))
	// The order documents arrive in does not matter either.
	require.Equal(t, string(before), string(dumpOf(t, docB(), docA())))
}

func testReplace(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	changed, err := s.WriteDocument(ctx, docAEdited())
	require.NoError(t, err)
	require.True(t, changed)
	require.Equal(t, string(dumpOf(t, docB(), docAEdited())), string(dump(t, s)),
		"replacing a document must leave exactly what writing its new version alone gives")

	lisbon, err := s.FindEntities(ctx, "Lisbon")
	require.NoError(t, err)
	require.Empty(t, lisbon, "Lisbon was only in the old version")
	silva, err := s.Entities(ctx, EntityFilter{IDs: []string{"person/marta-silva"}})
	require.NoError(t, err)
	require.Len(t, silva, 1)
	require.Empty(t, silva[0].Aliases, "alias Silva was only in the old version")
	evs, err := s.Events(ctx, EventFilter{Types: []string{"founding"}})
	require.NoError(t, err)
	require.Len(t, evs, 1)
	require.Equal(t, "1997", evs[0].Date)
}

func testDelete(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	require.NoError(t, s.DeleteDocument(ctx, docA().Doc.ID))
	require.Equal(t, string(dumpOf(t, docB())), string(dump(t, s)))
	nwc, err := s.FindEntities(ctx, "northwind cooperative")
	require.NoError(t, err)
	require.Len(t, nwc, 1, "shared entity survives")
	require.Equal(t, 1, nwc[0].DocumentCount)
	require.Equal(t, []string{"the cooperative"}, nwc[0].Aliases)
	gone, err := s.FindEntities(ctx, "NWC")
	require.NoError(t, err)
	require.Empty(t, gone)

	err = s.DeleteDocument(ctx, docA().Doc.ID)
	require.ErrorIs(t, err, ErrNotFound)
	require.NoError(t, s.DeleteDocument(ctx, docB().Doc.ID))
	require.Empty(t, dump(t, s))
}

func testDumpLoad(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	d := dump(t, s)
	g1, err := s.Snapshot(ctx)
	require.NoError(t, err)

	s2, _ := b.open(t)
	require.NoError(t, s2.ReadNQuads(ctx, bytes.NewReader(d)))
	require.Equal(t, string(d), string(dump(t, s2)))
	g2, err := s2.Snapshot(ctx)
	require.NoError(t, err)
	require.Equal(t, g1, g2)
	// Loading twice changes nothing, and the loaded document is still
	// recognised as unchanged.
	require.NoError(t, s2.ReadNQuads(ctx, bytes.NewReader(d)))
	changed, err := s2.WriteDocument(ctx, docA())
	require.NoError(t, err)
	require.False(t, changed)
	require.Equal(t, string(d), string(dump(t, s2)))

	err = s2.ReadNQuads(ctx, bytes.NewBufferString("<a> <b> <c> <d> .\n<a> <b> nonsense\n"))
	require.ErrorContains(t, err, "quad 2")
	err = s2.ReadNQuads(ctx, bytes.NewBufferString("<a> <b> <c> .\n"))
	require.ErrorContains(t, err, "no label")
}

func testAtomicFailure(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	before := dump(t, s)

	// Count the steps of a replace, then make each step fail in turn with
	// a real backend error: the step ends with the deletion of a quad that
	// does not exist, after its other changes.
	steps := 0
	s.beforeApply = func(i int, d []cgraph.Delta) []cgraph.Delta {
		steps = max(steps, i+1)
		return d
	}
	probe := mustOpen(t, Options{Backend: BackendMemory})
	write(t, probe, docA(), docB())
	probe.beforeApply = s.beforeApply
	_, err := probe.WriteDocument(ctx, docAEdited())
	require.NoError(t, err)
	if b.name != BackendMemory {
		// Same store contents, so the same diff; a KV store splits it.
		steps = len(phases(diffFor(t, docA(), docAEdited())))
		require.Equal(t, 2, steps, "the fixture should exercise a two-step replace on KV stores")
	}
	bogus := quad.Quad{Subject: IRI("x"), Predicate: RDFType, Object: IRI("y"), Label: IRI(docA().Doc.ID)}
	for fail := 0; fail < steps; fail++ {
		s.beforeApply = func(i int, d []cgraph.Delta) []cgraph.Delta {
			if i == fail {
				return append(d, cgraph.Delta{Quad: bogus, Action: cgraph.Delete})
			}
			return d
		}
		changed, err := s.WriteDocument(ctx, docAEdited())
		require.Error(t, err, "failing step %d", fail)
		require.NotContains(t, err.Error(), "undoing")
		require.False(t, changed)
		require.Equal(t, string(before), string(dump(t, s)), "a replace failing in step %d must leave the store as it was", fail)
	}
	s.beforeApply = func(i int, d []cgraph.Delta) []cgraph.Delta {
		return append(d, cgraph.Delta{Quad: bogus, Action: cgraph.Delete})
	}
	err = s.DeleteDocument(ctx, docB().Doc.ID)
	require.Error(t, err)
	require.Equal(t, string(before), string(dump(t, s)), "a failed delete must leave the store as it was")
	s.beforeApply = nil

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = s.WriteDocument(cctx, docAEdited())
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorIs(t, s.DeleteDocument(cctx, docA().Doc.ID), context.Canceled)
	require.Equal(t, string(before), string(dump(t, s)))

	// The store still works afterwards.
	changed, err := s.WriteDocument(ctx, docAEdited())
	require.NoError(t, err)
	require.True(t, changed)
}

// diffFor returns the deltas that replace a's quads with b's.
func diffFor(t *testing.T, a, b *dossier.Analysis) []cgraph.Delta {
	t.Helper()
	qa, err := Quads(a)
	require.NoError(t, err)
	qb, err := Quads(b)
	require.NoError(t, err)
	return diff(qa, qb)
}

// renamed returns a copy of a with another document ID (and event and
// evidence document IDs to match).
func renamed(a *dossier.Analysis, id string) *dossier.Analysis {
	d := *a.Doc
	d.ID = id
	out := *a
	out.Doc = &d
	out.Events = nil
	for _, e := range a.Events {
		e.ID = dossier.EventID(id, e.Type, e.Trigger)
		e.Evidence.Document = id
		out.Events = append(out.Events, e)
	}
	out.Relations = nil
	for _, r := range a.Relations {
		r.Evidence.Document = id
		out.Relations = append(out.Relations, r)
	}
	return &out
}

func testConcurrent(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	const writers, docs = 4, 5
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	stop := make(chan struct{})
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < docs; i++ {
				src := docA()
				if i%2 == 1 {
					src = docB()
				}
				a := renamed(src, fmt.Sprintf("doc-%016x", w*100+i))
				if _, err := s.WriteDocument(ctx, a); err != nil {
					errs <- err
					return
				}
				if i == docs-1 && w%2 == 0 {
					if err := s.DeleteDocument(ctx, a.Doc.ID); err != nil {
						errs <- err
						return
					}
				}
			}
		}(w)
	}
	var readers sync.WaitGroup
	for r := 0; r < 3; r++ {
		readers.Add(1)
		go func(r int) {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				var err error
				switch r {
				case 0:
					_, err = s.Entities(ctx, EntityFilter{})
				case 1:
					_, err = s.Events(ctx, EventFilter{Entities: []string{"person/marta-silva"}})
				case 2:
					err = s.WriteNQuads(ctx, &bytes.Buffer{})
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(r)
	}
	wg.Wait()
	close(stop)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got, err := s.Documents(ctx)
	require.NoError(t, err)
	require.Len(t, got, writers*docs-writers/2)
	silva, err := s.FindEntities(ctx, "Marta Silva")
	require.NoError(t, err)
	require.Len(t, silva, 1)
	require.Equal(t, writers*docs-writers/2, silva[0].DocumentCount)
}

func testPersistence(t *testing.T, b backend) {
	ctx := context.Background()
	s, reopen := b.open(t)
	if reopen == nil {
		t.Skipf("%s keeps nothing after Close", b.name)
	}
	write(t, s, docA(), docB())
	want := dump(t, s)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "closing twice is harmless")
	_, err := s.Documents(ctx)
	require.ErrorIs(t, err, ErrClosed)

	ro := reopen(t, Options{ReadOnly: true})
	require.Equal(t, string(want), string(dump(t, ro)))
	_, err = ro.WriteDocument(ctx, docAEdited())
	require.ErrorIs(t, err, ErrReadOnly)
	require.ErrorIs(t, ro.DeleteDocument(ctx, docA().Doc.ID), ErrReadOnly)
	require.ErrorIs(t, ro.ReadNQuads(ctx, bytes.NewReader(want)), ErrReadOnly)
	require.NoError(t, ro.Close())

	rw := reopen(t, Options{})
	require.Equal(t, string(want), string(dump(t, rw)))
	changed, err := rw.WriteDocument(ctx, docA())
	require.NoError(t, err)
	require.False(t, changed, "a reopened store still knows the document")
}

func testBadInput(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	noEntityID := docA()
	noEntityID.Entities[0].ID = ""
	badUTF8 := docA()
	badUTF8.Entities[1].Name = "Marta \xff Silva"
	noID := docA()
	noID.Doc.ID = ""
	foreign := docA()
	foreign.Events[0].Evidence.Document = "doc-elsewhere"
	for _, tc := range []struct {
		name string
		a    *dossier.Analysis
		want string
	}{
		{"nil", nil, "no document"},
		{"no doc", &dossier.Analysis{}, "no document"},
		{"no doc ID", noID, "has no ID"},
		{"entity without ID", noEntityID, "entity \"Northwind Cooperative\" has no ID"},
		{"invalid UTF-8", badUTF8, "not valid UTF-8"},
		{"foreign evidence", foreign, "doc-elsewhere"},
	} {
		_, err := s.WriteDocument(ctx, tc.a)
		require.ErrorContains(t, err, tc.want, tc.name)
	}
	require.Empty(t, dump(t, s), "nothing written")
	require.Error(t, s.DeleteDocument(ctx, ""))
	_, err := Open(ctx, Options{Backend: "nosuch"})
	require.ErrorContains(t, err, "nosuch")
}

func TestOpenDefaultPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	p, err := DefaultPath("")
	require.NoError(t, err)
	require.Equal(t, filepath.Join(dir, "dossier", "graph.bolt"), p)
	s := mustOpen(t, DefaultOptions())
	require.Equal(t, p, s.Path())
	require.Equal(t, BackendBolt, s.Backend())

	// A second writer gets a clear error, not a hang.
	_, err = Open(context.Background(), Options{LockTimeout: 50e6})
	require.True(t, errors.Is(err, ErrLocked), "got %v", err)

	t.Setenv("XDG_DATA_HOME", "relative/path")
	t.Setenv("HOME", dir)
	p, err = DefaultPath(BackendLevelDB)
	require.NoError(t, err)
	require.Equal(t, filepath.Join(dir, ".local", "share", "dossier", "graph.leveldb"), p)
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "not-a-store.bolt")
	require.NoError(t, os.WriteFile(garbage, []byte("this is not a bolt file, just text that is long enough to be read as a header page"), 0o600))
	_, err := Open(ctx, Options{Backend: BackendBolt, Path: garbage})
	require.ErrorContains(t, err, garbage)

	missing := filepath.Join(dir, "missing.bolt")
	_, err = Open(ctx, Options{Backend: BackendBolt, Path: missing, ReadOnly: true})
	require.ErrorContains(t, err, missing)
	require.NoFileExists(t, missing, "a read-only open creates nothing")
	_, err = Open(ctx, Options{Backend: BackendLevelDB, Path: filepath.Join(dir, "missing.leveldb"), ReadOnly: true})
	require.ErrorContains(t, err, "missing.leveldb")

	// A directory as Path holds graph.bolt.
	s := mustOpen(t, Options{Backend: BackendBolt, Path: dir})
	require.Equal(t, filepath.Join(dir, "graph.bolt"), s.Path())

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = Open(cctx, Options{Backend: BackendMemory})
	require.ErrorIs(t, err, context.Canceled)
}

// FuzzIRI checks that every ID survives the trip to an IRI and back, and
// that the IRI is a valid N-Quads IRI.
func FuzzIRI(f *testing.F) {
	for _, s := range []string{"org/acme", "doc-1/event/1-2-x y", "100%", "a>b", "ünï/cödé", "", "%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		iri := IRI(id)
		got, ok := ID(iri)
		if !ok || got != id {
			t.Fatalf("ID(IRI(%q)) = %q, %v", id, got, ok)
		}
		for _, c := range []byte(string(iri)) {
			if c <= ' ' || c >= 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
				t.Fatalf("IRI(%q) = %q holds %q", id, iri, c)
			}
		}
		if r, ok := local(RoleIRI(id), RoleNS); !ok || r != id {
			t.Fatalf("role %q came back as %q", id, r)
		}
	})
}
