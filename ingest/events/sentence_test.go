package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dossier-kg/dossier"
)

// TestAsDate checks that a duration the tagger anchored ("[two years]
// later") is read back as the date it points to, with "later" in its
// wording, and that other expressions are left alone.
func TestAsDate(t *testing.T) {
	text := "It was founded in 1965. Two years later it was banned; days afterwards it left, " +
		"and it ruled for three years, two years later than planned."
	span := func(s string) dossier.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return dossier.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return dossier.Span{}
	}
	for _, tc := range []struct {
		name       string
		tx         dossier.Timex
		want, kind string // wording and "TYPE value" after asDate
	}{
		{"anchored", dossier.Timex{Span: span("Two years"), Text: "Two years", Type: "DURATION", Value: "P2Y", Anchored: "1967"},
			"Two years later", "DATE 1967"},
		{"unanchored bare plural", dossier.Timex{Span: span("days"), Text: "days", Type: "DURATION", Value: "PXD"},
			"days afterwards", "DATE FUTURE_REF"},
		{"a plain duration", dossier.Timex{Span: span("three years"), Text: "three years", Type: "DURATION", Value: "P3Y"},
			"three years", "DURATION P3Y"},
		{"a comparison of lengths", dossier.Timex{Span: dossier.Span{Start: span("two years later than").Start, End: span("two years later than").Start + 9},
			Text: "two years", Type: "DURATION", Value: "P2Y"}, "two years", "DURATION P2Y"},
		{"a date", dossier.Timex{Span: span("1965"), Text: "1965", Type: "DATE", Value: "1965"}, "1965", "DATE 1965"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := asDate(text, tc.tx)
			assert.Equal(t, tc.want, got.Text)
			assert.Equal(t, text[got.Start:got.End], got.Text)
			assert.Equal(t, tc.kind, got.Type+" "+got.Value)
		})
	}
}
