package dossier

import "testing"

func TestTimexCalendar(t *testing.T) {
	for _, tc := range []struct {
		x    Timex
		want string
	}{
		{Timex{Type: "DURATION", Value: "P2Y", Anchored: "1967"}, "1967"}, // "[two years] later"
		{Timex{Type: "DATE", Value: "2026-01-20"}, "2026-01-20"},
		{Timex{Type: "DURATION", Value: "P3D"}, "P3D"}, // "for three days": no date
	} {
		if got := tc.x.Calendar(); got != tc.want {
			t.Errorf("%+v: Calendar() = %q, want %q", tc.x, got, tc.want)
		}
	}
}
