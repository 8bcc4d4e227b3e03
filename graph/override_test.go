package graph

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

// docC names the cooperative by its acronym only, after the overrides
// were made.
func docC() *dossier.Analysis {
	f := newFixture("doc-00000000000000c3", "Cooperative opens a branch",
		"The NWC opened a branch in Faro in 2021. "+
			"The Northwind Cooperative said the branch would hire twelve people.",
		day("2021-09-01"))
	nwc := f.entity(dossier.Org, "Northwind Cooperative", []string{"NWC"}, "NWC", "Northwind Cooperative")
	faro := f.entity(dossier.Place, "Faro", nil, "Faro")
	f.event("opening", "opened", "2021", "2021", faro, dossier.Participant{Entity: nwc, Role: dossier.Agent})
	f.event("statement", "said", "", "", "", dossier.Participant{Entity: nwc, Role: dossier.Speaker})
	return f.a
}

// withoutOverrides drops the lines of a dump that belong to override
// records, whose numbers and times differ between stores.
func withoutOverrides(d []byte) string {
	var out bytes.Buffer
	for _, l := range bytes.SplitAfter(d, []byte("\n")) {
		if !bytes.Contains(l, []byte("/override")) && !bytes.Contains(l, []byte("#Override")) {
			out.Write(l)
		}
	}
	return out.String()
}

func participant(t *testing.T, s *Store, typ string, role dossier.Role) string {
	t.Helper()
	evs, err := s.Events(context.Background(), EventFilter{Types: []string{typ}})
	require.NoError(t, err)
	require.Len(t, evs, 1, "events of type %s", typ)
	for _, p := range evs[0].Participants {
		if p.Role == role {
			return p.Entity
		}
	}
	return ""
}

func testOverrides(t *testing.T, b backend) {
	ctx := context.Background()
	s, _ := b.open(t)
	write(t, s, docA(), docB())
	original := dump(t, s)
	nwc := dossier.EntityID(dossier.Org, "Northwind Cooperative")
	acronym := dossier.EntityID(dossier.Org, "NWC")
	trust := dossier.EntityID(dossier.Org, "Harbour Trust")

	// Wrong requests fail, naming what is wrong, and change nothing.
	_, err := s.Split(ctx, nwc, "Northwind Cooperative")
	require.ErrorContains(t, err, "canonical name")
	_, err = s.Split(ctx, nwc, "Harbour Trust")
	require.ErrorContains(t, err, "has no name")
	_, err = s.Split(ctx, "org/nosuch", "X")
	require.True(t, errors.Is(err, ErrNotFound), "%v", err)
	_, err = s.Merge(ctx, nwc, nwc)
	require.Error(t, err)
	_, err = s.Undo(ctx, "7")
	require.True(t, errors.Is(err, ErrNotFound), "%v", err)
	require.Equal(t, string(original), string(dump(t, s)))

	// Split the acronym off: its mention, the event and the relation of
	// the sentence that names the cooperative only by it move; the
	// founding stays.
	ov, err := s.Split(ctx, nwc, "nwc")
	require.NoError(t, err)
	require.Equal(t, Override{ID: "override/1", Seq: 1, Op: OpSplit, Entity: nwc, Target: acronym,
		Name: "NWC", Type: dossier.Org, Created: ov.Created, Documents: 1}, ov)
	require.Equal(t, acronym, participant(t, s, "relocation", dossier.Agent))
	require.Equal(t, nwc, participant(t, s, "founding", dossier.Patient))
	ents, err := s.FindEntities(ctx, "NWC")
	require.NoError(t, err)
	require.Len(t, ents, 1)
	require.Equal(t, acronym, ents[0].ID)
	require.Equal(t, 1, ents[0].MentionCount)
	ents, err = s.Entities(ctx, EntityFilter{IDs: []string{nwc}})
	require.NoError(t, err)
	require.NotContains(t, ents[0].Aliases, "NWC")
	rels, err := s.Relations(ctx, RelationFilter{Predicates: []string{"based_in"}, Documents: []string{docA().Doc.ID}})
	require.NoError(t, err)
	require.Len(t, rels, 1)
	require.Equal(t, acronym, rels[0].Subject)

	// The split holds for documents written again and written later.
	split := dump(t, s)
	write(t, s, docA())
	require.Equal(t, string(split), string(dump(t, s)))
	write(t, s, docC())
	evs, err := s.Events(ctx, EventFilter{Types: []string{"opening"}})
	require.NoError(t, err)
	require.Equal(t, acronym, evs[0].Participants[0].Entity)
	require.Equal(t, nwc, participant(t, s, "statement", dossier.Speaker))

	// Merge the trust into the cooperative.
	ov2, err := s.Merge(ctx, trust, nwc)
	require.NoError(t, err)
	require.Equal(t, 2, ov2.Seq)
	require.Equal(t, 1, ov2.Documents)
	require.Equal(t, nwc, participant(t, s, "appointment", dossier.Recipient))
	ents, err = s.FindEntities(ctx, "Harbour Trust")
	require.NoError(t, err)
	require.Len(t, ents, 1)
	require.Equal(t, nwc, ents[0].ID)
	require.Contains(t, ents[0].Aliases, "Harbour Trust")
	ovs, err := s.Overrides(ctx)
	require.NoError(t, err)
	require.Len(t, ovs, 2)
	require.Equal(t, []int{2, 1}, []int{ovs[0].Documents, ovs[1].Documents})

	// Undoing the split first leaves exactly the merge alone.
	_, err = s.Undo(ctx, "override/1")
	require.NoError(t, err)
	fresh, _ := backends()[0].open(t)
	write(t, fresh, docA(), docB(), docC())
	_, err = fresh.Merge(ctx, trust, nwc)
	require.NoError(t, err)
	require.Equal(t, withoutOverrides(dump(t, fresh)), withoutOverrides(dump(t, s)))

	// Undoing the merge restores what the resolver wrote, byte for byte
	// (but for the number counter, which never goes back).
	gone, err := s.Undo(ctx, "2")
	require.NoError(t, err)
	require.Equal(t, OpMerge, gone.Op)
	require.Equal(t, withoutOverrides(dumpOf(t, docA(), docB(), docC())), withoutOverrides(dump(t, s)))
	again, err := s.Merge(ctx, trust, nwc)
	require.NoError(t, err)
	require.Equal(t, 3, again.Seq, "override numbers are not reused")
	_, err = s.Undo(ctx, "3")
	require.NoError(t, err)
	ovs, err = s.Overrides(ctx)
	require.NoError(t, err)
	require.Empty(t, ovs)
}
