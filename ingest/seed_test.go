package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
)

// seedPath is the reference article, kept in ../shared, never copied here.
var seedPath = filepath.Join("..", "..", "shared", "seeds", "000_df6e2bbf6ffeb53d.txt")

// analyseSeed runs the default pipeline over the reference article.
func analyseSeed(t *testing.T) *dossier.Analysis {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Fatalf("the reference article is missing (%v): these tests need ../shared beside the repository", err)
	}
	docs, err := read.File(seedPath, read.DefaultOptions())
	require.NoError(t, err)
	require.Len(t, docs, 1)
	p, err := ingest.Default()
	require.NoError(t, err)
	a, err := p.Run(context.Background(), docs[0])
	require.NoError(t, err)
	return a
}

// entityNamed returns the ID of the entity with the given name or alias.
func entityNamed(a *dossier.Analysis, name string) string {
	key := dossier.NormalizeName(name)
	for _, e := range a.Entities {
		if dossier.NormalizeName(e.Name) == key {
			return e.ID
		}
		for _, al := range e.Aliases {
			if dossier.NormalizeName(al) == key {
				return e.ID
			}
		}
	}
	return ""
}

type wantEvent struct {
	typ, date, precision string
	roles                map[string][]dossier.Role // entity name -> acceptable roles
	place                string
}

// TestSeedArticleEvents checks the six dated events of the reference
// article (plus the 2002 disclosure) with their participants and precision.
func TestSeedArticleEvents(t *testing.T) {
	a := analyseSeed(t)
	assert.Equal(t, "2026-01-20", a.Doc.Published.Format("2006-01-02"), "publication date from the dateline")
	anyRole := []dossier.Role{dossier.Agent, dossier.Patient, dossier.Recipient, dossier.Location}
	wants := []wantEvent{
		{"founding", "1965", "year", map[string][]dossier.Role{"MEK": {dossier.Patient}}, "Iran"},
		{"designation", "1997", "year", map[string][]dossier.Role{"US Department of State": {dossier.Agent}, "MEK": {dossier.Patient}}, ""},
		{"disclosure", "2002", "year", map[string][]dossier.Role{"MEK": {dossier.Agent}}, ""},
		{"delisting", "2012", "year", map[string][]dossier.Role{"US Department of State": {dossier.Agent}, "MEK": {dossier.Patient}}, ""},
		{"relocation", "2013", "year", map[string][]dossier.Role{"MEK": {dossier.Patient}, "Albania": {dossier.Agent, dossier.Location}, "United Nations": {dossier.Requester}, "US": {dossier.Requester}}, ""},
		{"diplomatic_break", "2022-09", "month", map[string][]dossier.Role{"Edi Rama": {dossier.Agent}, "Iran": {dossier.Recipient}, "Albania": anyRole}, ""},
	}
	for _, w := range wants {
		t.Run(w.typ+"-"+w.date, func(t *testing.T) {
			var found *dossier.Event
			for i := range a.Events {
				if a.Events[i].Type == w.typ && a.Events[i].Date == w.date && a.Events[i].IsFact() {
					found = &a.Events[i]
					break
				}
			}
			require.NotNil(t, found, "no %s event dated %s; events: %s", w.typ, w.date, describe(a))
			d, err := dossier.ParseDate(found.Date)
			require.NoError(t, err)
			assert.Equal(t, w.precision, d.Precision.Contract())
			for name, roles := range w.roles {
				id := entityNamed(a, name)
				require.NotEmpty(t, id, "no entity named %q", name)
				ok := slices.ContainsFunc(found.Participants, func(p dossier.Participant) bool {
					return p.Entity == id && slices.Contains(roles, p.Role)
				}) || (slices.Contains(roles, dossier.Location) && found.Place == id)
				assert.True(t, ok, "%s should take part as %v in %s", name, roles, describeEvent(a, found))
			}
			if w.place != "" {
				assert.Equal(t, entityNamed(a, w.place), found.Place, "place of %s", describeEvent(a, found))
			}
		})
	}
}

// TestSeedArticleNonFacts checks that the demanded and negated actions of
// the last paragraphs do not come out as facts: the designation of the IRGC
// and the expulsion of diplomats that "Europe must" carry out, and the
// comments the prime minister "has not made".
func TestSeedArticleNonFacts(t *testing.T) {
	a := analyseSeed(t)
	irgc := entityNamed(a, "IRGC")
	require.NotEmpty(t, irgc, "the IRGC is an entity")
	demanded := 0
	for _, e := range a.Events {
		inDemand := strings.Contains(e.Evidence.Text, "must immediately")
		inNegation := strings.Contains(e.Evidence.Text, "has not made any comments")
		if !e.IsFact() {
			if inDemand {
				demanded++
			}
			continue
		}
		assert.False(t, inDemand && (e.Type == "designation" || e.Type == "expulsion"), "demanded action taken as fact: %s", describeEvent(a, &e))
		assert.False(t, e.Type == "designation" && slices.ContainsFunc(e.Participants, func(p dossier.Participant) bool { return p.Entity == irgc }),
			"designation of the IRGC taken as fact: %s", describeEvent(a, &e))
		assert.False(t, inNegation && (e.TriggerText == "made" || e.TriggerText == "comments"), "negated comment taken as fact: %s", describeEvent(a, &e))
	}
	assert.Positive(t, demanded, "the demanded designation is kept apart as a non-fact")
}

// TestSeedArticleEntities checks the merged names of the MEK and the
// relations the article states.
func TestSeedArticleEntities(t *testing.T) {
	a := analyseSeed(t)
	mek := entityNamed(a, "MEK")
	require.NotEmpty(t, mek)
	for _, n := range []string{"PMOI", "Mujahedeen-e-Khalq", "People's Mojahedin Organization of Iran", "People's Mujahedeen Organization of Iran"} {
		assert.Equal(t, mek, entityNamed(a, n), "%s is the MEK", n)
	}
	ncri := entityNamed(a, "NCRI")
	require.NotEmpty(t, ncri)
	assert.Equal(t, ncri, entityNamed(a, "National Council of Resistance of Iran"))
	assert.NotEqual(t, mek, ncri)
	assert.Equal(t, entityNamed(a, "IRGC"), entityNamed(a, "Islamic Revolutionary Guards Corps"))
	assert.NotEqual(t, entityNamed(a, "Iran"), entityNamed(a, "Iranian opposition"))
	for _, r := range []struct{ s, p, o string }{
		{"MEK", "member_of", "NCRI"},
		{"Andreas Krieg", "affiliated_with", "King's College London"},
		{"Edi Rama", "leader_of", "Albania"},
		{"Reza Pahlavi", "based_in", "US"},
		{"Manze", "located_in", "Albania"},
	} {
		s, o := entityNamed(a, r.s), entityNamed(a, r.o)
		ok := slices.ContainsFunc(a.Relations, func(x dossier.Relation) bool {
			return x.Subject == s && x.Predicate == r.p && x.Object == o
		})
		assert.True(t, ok, "relation %s %s %s", r.s, r.p, r.o)
	}
}

func describe(a *dossier.Analysis) string {
	var b strings.Builder
	for i := range a.Events {
		b.WriteString("\n  ")
		b.WriteString(describeEvent(a, &a.Events[i]))
	}
	return b.String()
}

func describeEvent(a *dossier.Analysis, e *dossier.Event) string {
	var parts []string
	for _, p := range e.Participants {
		name := p.Entity
		if en := a.Entity(p.Entity); en != nil {
			name = en.Name
		}
		parts = append(parts, string(p.Role)+"="+name)
	}
	return e.Type + " " + e.Date + " [" + strings.Join(parts, ", ") + "] place=" + e.Place + " (" + e.TriggerText + ")"
}
