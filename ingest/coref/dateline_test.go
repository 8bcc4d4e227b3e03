package coref_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
)

// TestDatelineAgency checks that "WASHINGTON (Reuters) -" gives the city no
// alias while "NAME (ACR)" in a sentence still does.
func TestDatelineAgency(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		text, name, alias string
		want              bool
	}{
		{"Intro line.\n\nWASHINGTON (Reuters) - The Northern Liberation Front was delisted on Friday.", "Washington", "Reuters", false},
		{"The Northern Liberation Front (NLF) was delisted on Friday. The NLF said it was pleased.", "Northern Liberation Front", "NLF", true},
	} {
		a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Text: tc.text})
		require.NoError(t, err)
		got := false
		for _, e := range a.Entities {
			if strings.EqualFold(e.Name, tc.name) && slices.Contains(e.Aliases, tc.alias) {
				got = true
			}
		}
		assert.Equal(t, tc.want, got, "%q: %s has alias %s", tc.text, tc.name, tc.alias)
	}
}
