package timex_test

import (
	"fmt"
	"time"

	"github.com/dossier-kg/dossier/ingest/timex"
)

func ExampleTagger_Tag() {
	dct := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	text := "The movement, founded in 1965, moved abroad in the 1970s. A month earlier, talks had failed; they resume next Tuesday."
	for _, x := range timex.New().Tag(text, dct) {
		fmt.Printf("%q %s %s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// "1965" DATE 1965
	// "the 1970s" DATE 197
	// "A month earlier" DATE 197
	// "next Tuesday" DATE 2026-01-27
}

func ExampleDateline() {
	d, ok := timex.Dateline("BERLIN, March 3, 2021 (dpa) - Talks ended.")
	fmt.Println(d.Format("2006-01-02"), ok)
	// Output: 2021-03-03 true
}
