package text_test

import (
	"fmt"

	"github.com/dossier-kg/dossier/ingest/text"
)

func ExampleSegment() {
	doc := "Storm hits coast\n\nDr. Lee said the U.S. Navy didn't help. Winds reached 150 km/h."
	toks, sents := text.Segment(doc)
	for _, s := range sents {
		fmt.Printf("%d..%d:", s.Start, s.End)
		for _, t := range toks[s.First:s.Last] {
			fmt.Printf(" %s", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// 0..16: Storm hits coast
	// 18..57: Dr. Lee said the U.S. Navy did n't help .
	// 58..81: Winds reached 150 km / h .
}
