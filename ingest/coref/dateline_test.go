package coref_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dossier-kg/dossier"
)

// TestDatelineAgency checks that "WASHINGTON (Reuters) -" gives the city no
// alias while "NAME (ACR)" in a sentence still does.
func TestDatelineAgency(t *testing.T) {
	for _, tc := range []struct {
		text, name, alias string
		want              bool
	}{
		{"Intro line.\n\nWASHINGTON (Reuters) - The Northern Liberation Front was delisted on Friday.", "Washington", "Reuters", false},
		{"The Northern Liberation Front (NLF) was delisted on Friday. The NLF said it was pleased.", "Northern Liberation Front", "NLF", true},
		{"Intro line.\n\nASTANA, Kazakhstan (AP) — Published: Saturday, 13 September 2025\n\nThe treaty was ratified.", "Kazakhstan", "AP", false},
		{"Teachers end strike\n\nNairobi (AFP) - Kenyan teachers ended their strike on Thursday.", "Nairobi", "AFP", false},
		{"Cathedral burns\n\nRodez (France) (AFP) - A fire tore through the cathedral on Saturday.", "France", "Rodez", false},
	} {
		a := analyse(t, tc.text)
		got := false
		for _, e := range a.Entities {
			if strings.EqualFold(e.Name, tc.name) && slices.Contains(e.Aliases, tc.alias) {
				got = true
			}
		}
		assert.Equal(t, tc.want, got, "%q: %s has alias %s", tc.text, tc.name, tc.alias)
		for _, e := range a.Entities {
			assert.NotEqual(t, "Published", e.Name, "%q: a page label is no entity", tc.text)
		}
	}
	// The agency is no entity of the story, and its initials join no name.
	a := analyse(t, "Opposition demands recount\n\nASUNCIÓN, Paraguay (AP) — Marta Villalba cited irregularities in the departments of Alto Paraná and Caaguazú.")
	places := 0
	for _, e := range a.Entities {
		assert.NotEqual(t, "AP", e.Name, "the dateline's agency")
		assert.NotContains(t, e.Aliases, "AP", "%s takes the agency's initials", e.Name)
		if e.Name == "Alto Paraná" || e.Name == "Caaguazú" {
			assert.Equal(t, dossier.Place, e.Type, "%s: a department after \"departments of\"", e.Name)
			places++
		}
	}
	assert.Equal(t, 2, places, "the two departments")
}

// TestDatelineApart checks a dateline the segmenter sets apart with a date
// and an agency of several words: the agency is no entity, the city in
// capitals is a place even when the recogniser misses it, and the lead
// sentence keeps its actors.
func TestDatelineApart(t *testing.T) {
	for _, tc := range []struct {
		text, agency, city string
		actor              string
	}{
		{"Gangs sanctioned\n\nPORT-AU-PRINCE, Sept 25 (Caribbean Wire) - The United States on Wednesday imposed sanctions on Jimmy Cherizier.",
			"Caribbean Wire", "Port-au-Prince", "United States"},
		{"Rates cut\n\nCOLOMBO, Nov 28 (Lanka Financial Wire) - The Central Bank of Sri Lanka cut its main policy rate on Thursday.",
			"Lanka Financial Wire", "Colombo", "Central Bank of Sri Lanka"},
	} {
		a := analyse(t, tc.text)
		types := map[string]dossier.EntityType{}
		for _, e := range a.Entities {
			types[e.Name] = e.Type
		}
		assert.NotContains(t, types, tc.agency, "%q: the agency", tc.text)
		assert.Equal(t, dossier.Place, types[tc.city], "%q: the dateline's city", tc.text)
		assert.Contains(t, types, tc.actor, "%q: the lead sentence's actor", tc.text)
	}
}

// TestOrgByContext checks that a name the recogniser may call a person is
// an organisation when the sentence says so.
func TestOrgByContext(t *testing.T) {
	for _, text := range []string{
		"Hizb ut-Tahrir was founded in Jerusalem in 1953 by Taqiuddin al-Nabhani.",
		"Membership of Hizb ut-Tahrir became a criminal offence on Friday.",
	} {
		a := analyse(t, text)
		typ := dossier.EntityType("")
		for _, e := range a.Entities {
			if strings.HasPrefix(e.Name, "Hizb") {
				typ = e.Type
			}
		}
		assert.Equal(t, dossier.Org, typ, text)
	}
}

// TestStatePlaceNoAlias checks that a state opening the name of one of its
// bodies is not that body's short name.
func TestStatePlaceNoAlias(t *testing.T) {
	a := analyse(t, "Texas Gov. Mark Whitfield declared an emergency. The Texas Commission on Environmental Quality (TCEQ) fined the company on Monday.")
	for _, e := range a.Entities {
		if strings.HasPrefix(e.Name, "Texas Commission") {
			assert.NotContains(t, e.Aliases, "Texas", "the state is no alias of its commission")
		}
	}
}
