package timex

import (
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-01-20" functionInDocument="CREATION_TIME">20 Jan 2026</TIMEX3></DCT>
<TEXT>The group, founded in <TIMEX3 tid="t1" type="DATE" value="1965">1965</TIMEX3>, <EVENT eid="e1">moved</EVENT> &amp; regrouped <TIMEX3 tid="t2" type="DATE" value="2025-12" mod="START">early last month</TIMEX3>.</TEXT>
</TimeML>`

func TestReadTimeML(t *testing.T) {
	d, err := ReadTimeML(strings.NewReader(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.DCT.Format("2006-01-02"); got != "2026-01-20" {
		t.Errorf("DCT = %s", got)
	}
	if want := "The group, founded in 1965, moved & regrouped early last month."; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if len(d.Gold) != 2 || d.Gold[0].Text != "1965" || d.Gold[1].Text != "early last month" || d.Gold[1].Mod != "START" || d.Gold[1].Value != "2025-12" {
		t.Errorf("Gold = %+v", d.Gold)
	}
	if _, err := ReadTimeML(strings.NewReader("<TimeML><TEXT>broken</TimeML>")); err == nil {
		t.Error("malformed XML: want an error")
	}
}

func TestScores(t *testing.T) {
	text := "in 1965 and in the 1970s and now"
	gold := []dossier.Timex{
		{Span: dossier.Span{Start: 3, End: 7}, Type: "DATE", Value: "1965"},
		{Span: dossier.Span{Start: 15, End: 24}, Type: "DATE", Value: "197X"},
		{Span: dossier.Span{Start: 29, End: 32}, Type: "DATE", Value: "PRESENT_REF"},
	}
	sys := []dossier.Timex{
		{Span: dossier.Span{Start: 3, End: 7}, Type: "DATE", Value: "1965"},       // exact, right
		{Span: dossier.Span{Start: 19, End: 24}, Type: "DURATION", Value: "197X"}, // overlap, wrong type
		{Span: dossier.Span{Start: 8, End: 11}, Type: "DATE", Value: "X"},         // spurious
	}
	var s Scores
	s.Add(text, gold, sys)
	want := Scores{Gold: 3, System: 3, Strict: 1, Relaxed: 2, Value: 2, Type: 1}
	if s != want {
		t.Fatalf("Scores = %+v, want %+v", s, want)
	}
	rf, rp, rr := s.RelaxedF1()
	if rp != 2.0/3 || rr != 2.0/3 || rf < 0.666 || rf > 0.667 {
		t.Errorf("relaxed = %v %v %v", rf, rp, rr)
	}
	if s.ValueAccuracy() != 1 || s.TypeAccuracy() != 0.5 {
		t.Errorf("accuracies %v %v", s.ValueAccuracy(), s.TypeAccuracy())
	}
}

func TestMismatches(t *testing.T) {
	text := "in 1965 and in the 1970s and now on Monday"
	sp := func(s, e int, typ, val string) dossier.Timex {
		return dossier.Timex{Span: dossier.Span{Start: s, End: e}, Text: text[s:e], Type: typ, Value: val}
	}
	gold := []dossier.Timex{
		sp(3, 7, "DATE", "1965"),
		sp(15, 24, "DATE", "197"),
		sp(29, 32, "DATE", "PRESENT_REF"),
		sp(36, 42, "DATE", "2026-01-19"),
	}
	sys := []dossier.Timex{
		sp(3, 7, "DATE", "1965"),         // right
		sp(8, 11, "DATE", "X"),           // spurious
		sp(19, 24, "DATE", "197"),        // extent
		sp(29, 32, "DATE", "2026-01-20"), // value
	}
	var got []string
	for _, m := range Mismatches(text, gold, sys) {
		got = append(got, m.Kind+" "+m.Gold.Text+"/"+m.System.Text)
	}
	want := []string{"spurious /and", "extent the 1970s/1970s", "value now/now", "missed Monday/"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("Mismatches = %q, want %q", got, want)
	}
}

// FuzzReadTimeML checks that the reader never panics and that gold spans
// always lie inside the text.
func FuzzReadTimeML(f *testing.F) {
	f.Add(sampleTML)
	f.Add("<TEXT><TIMEX3>x</TIMEX3></TEXT>")
	f.Add("<TEXT>")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadTimeML(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, g := range d.Gold {
			if !g.Valid(len(d.Text)) || d.Text[g.Start:g.End] != g.Text {
				t.Fatalf("bad gold span %+v in %q", g, d.Text)
			}
		}
	})
}
