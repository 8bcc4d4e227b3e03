package events_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
)

// TestConjuncts checks that coordinated dates split an event into one per
// date (and gapped objects give each its own patient), and that ranges,
// restatements and clause-level "and" do not.
func TestConjuncts(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text, typ string
		want            []string // "date patient" of each event of typ, in order; nil: at most one
	}{
		{"two dates", "Thailand's army staged coups in 2006 and 2014.", "overthrow", []string{"2006 -", "2014 -"}},
		{"three dates with a list comma", "Police in Lagos arrested Musa Bello in 2019, 2021 and again in 2023.", "arrest",
			[]string{"2019 Musa Bello", "2021 Musa Bello", "2023 Musa Bello"}},
		{"fronted dates", "In 2006 and 2014, Thailand's army staged coups.", "overthrow", []string{"2006 -", "2014 -"}},
		{"fronted dates without a comma", "In 2006 and 2014 Maria Lopez won the National Journalism Prize.", "award", []string{"2006 National Journalism Prize", "2014 National Journalism Prize"}},
		{"a when-clause has the last date", "Fighting flared again in 2011 and 2018, when rebels killed Musa Bello near Ziguinchor.", "killing", []string{"2018 Musa Bello"}},
		{"gapped objects", "Kestrel Bank dismissed Anna Berg in 2024 and Tomas Lind in 2025.", "dismissal",
			[]string{"2024 Anna Berg", "2025 Tomas Lind"}},
		{"gapped recipients", "Rasa Kalniete will meet the LVZS on Wednesday, November 11, 2026 and the liberal Freedom Party on Thursday, November 12, 2026.", "meeting",
			[]string{"2026-11-11 LVZS", "2026-11-12 Freedom Party"}},
		{"a statement about two years", "The European Commission said its aid would be released in two tranches, in 2025 and 2026.", "statement", nil},
		{"a range is one period", "Thailand's army staged a coup between 2006 and 2014.", "overthrow", nil},
		{"a restated date", "Three years later, in May 2018, Donald Trump withdrew the United States from the accord.", "withdrawal", nil},
		{"clauses, not dates", "Brazil extradited Carlos Villalba in 2008, and three years later a court in Asuncion sentenced him.", "expulsion",
			[]string{"2008 Carlos Villalba"}},
		{"two dates before a phrase", "Thailand's army staged coups in 2006 and 2014 over claims of corruption.", "overthrow", []string{"2006 -", "2014 -"}},
		{"a date before a noun", "Thailand's army staged a coup in 2006 and 2014 budgets fell.", "overthrow", []string{"2006 -"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, name := analyse(t, p, tc.name, tc.text)
			var got []string
			ids := map[string]bool{}
			for _, ev := range a.Events {
				if ev.Type != tc.typ {
					continue
				}
				require.False(t, ids[ev.ID], "duplicate event ID %s", ev.ID)
				ids[ev.ID] = true
				date, patient := "-", "-"
				if ev.Date != "" {
					date = ev.Date
				}
				for _, p := range ev.Participants {
					if p.Role == dossier.Patient || p.Role == dossier.Recipient {
						patient = name[p.Entity]
					}
				}
				got = append(got, date+" "+patient)
			}
			if tc.want == nil {
				require.LessOrEqual(t, len(got), 1, "events %q", got)
				return
			}
			require.Equal(t, tc.want, got)
		})
	}
}
