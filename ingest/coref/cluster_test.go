package coref

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAcronymOf(t *testing.T) {
	for _, tc := range []struct {
		name, acr string
		want      bool
	}{
		{"National Council of Resistance of Iran", "NCRI", true},
		{"Mujahedeen-e-Khalq", "MEK", true},
		{"People's Mojahedin Organization of Iran", "PMOI", true},
		{"Islamic Revolutionary Guards Corps", "IRGC", true},
		{"United Nations", "UN", true},
		{"United Nations", "U.N.", true},
		{"North Atlantic Treaty Organization", "NATO", true},
		{"Federal Bureau of Investigation", "FBI", true},
		{"National Council of Resistance of Iran", "IRGC", false},
		{"Iran", "IR", false},
		{"Royal Dutch Shell", "RDS", true},
		{"Royal Dutch Shell", "BP", false},
	} {
		assert.Equal(t, tc.want, acronymOf(tc.name, tc.acr), "%s / %s", tc.name, tc.acr)
	}
}

func TestIsAcronym(t *testing.T) {
	for s, want := range map[string]bool{"NCRI": true, "U.N.": true, "MEK": true, "PMOI": true, "Iran": false, "A": false, "EU": true, "NATO": true, "Tehran": false, "AT&T": true} {
		assert.Equal(t, want, isAcronym(s), s)
	}
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"People's Mojahedin Organization of Iran", "People's Mujahedeen Organization of Iran", true},
		{"People's Mujahideen Organization of Iran", "People's Mojahedin Organization of Iran", true},
		{"Hayat Tahrir al-Sham", "Hay'at Tahrir al Sham", true},
		{"Iranian opposition", "Iran", false},
		{"Reza Pahlavi", "Mohammed Reza Pahlavi", false},
		{"Ali Safavi", "Ali Khamenei", false},
		{"Royal Dutch Shell", "Royal Dutch Petroleum", false},
		{"North Atlantic Treaty Organisation", "North Atlantic Treaty Organization", true},
	} {
		assert.Equal(t, tc.want, SameName(tc.a, tc.b), "%s / %s", tc.a, tc.b)
	}
}
