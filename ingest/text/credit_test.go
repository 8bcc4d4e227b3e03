package text

import (
	"slices"
	"testing"
)

func TestIsCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Image: Evan Vucci/AP Photo/picture alliance", true},
		{"Photo: Marwan Ali/AP/dpa", true},
		{"Reporting by Jane Doe; editing by John Roe", true},
		{"By Staff Reporter | 8 January 2025", true},
		{"By Maria Lopez and Tom Hart", true},
		{"Fighters in Khartoum in 2023 (Getty Images)", true},
		{"Edited by: John Smith", true},
		{"Photo: Reuters", true},
		{"Skip next section Top Stories", true},
		{"Advertisement", true},
		{"Read more: Sanctions on Iran tightened", true},
		{"Image : Jane Roe/Example Agency", true},
		{"Picture : AP", true},
		{"(Reporting by Grace Mwansa; Editing by Mark Heinrich)", true},
		{"[Writing by Tom Hart]", true},
		{"(Reuters) - Sales rose by 3% in May.", false},
		// Story sentences.
		{"Image makers met in Rome .", false},
		{"Rome : talks resumed", false},
		{"Image", false},
		{"Read more than a hundred pages of the court ruling and you will see why the judges hesitated for so long.", false},
		{"The image of the leader was everywhere.", false},
		{"Supporters rally outside the White House.", false},
		{"By July, the group had moved its offices to Paris.", false},
		{"By 2030 the company wants to halve its emissions", false},
		{"The photo: a protest in Tehran.", false},
		{"Iran reopened its embassy in Riyadh on June 6, 2023.", false},
	}
	for _, tt := range tests {
		if got := IsCredit(tt.in); got != tt.want {
			t.Errorf("IsCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzIsCredit checks that any sentence, valid UTF-8 or not, gets an answer
// without a panic, and that surrounding spaces do not change it.
func FuzzIsCredit(f *testing.F) {
	for _, s := range []string{"Image: A/B", "By Jane Doe", "By July, it moved.", "Skip next section", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if IsCredit(s) != IsCredit("  "+s+"\n") {
			t.Errorf("IsCredit(%q) depends on surrounding space", s)
		}
	})
}

// TestSegmentMarksCredits checks that the segmenter sets Sentence.Credit,
// which the later stages read instead of testing each sentence again.
func TestSegmentMarksCredits(t *testing.T) {
	in := "Fighters rallied in the square.\n\nImage: Jane Roe/Example Agency\n\nThe vote was held on Sunday."
	_, sents := Segment(in)
	var got []bool
	for _, s := range sents {
		got = append(got, s.Credit)
	}
	if want := []bool{false, true, false}; !slices.Equal(got, want) {
		t.Errorf("Credit of %d sentences = %v, want %v", len(sents), got, want)
	}
}
