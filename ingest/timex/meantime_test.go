package timex

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// sampleMEANTIME is a MEANTIME-shaped article written for this test.
const sampleMEANTIME = `<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">4</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2011</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">closed</token>
<token number="8" sentence="2" t_id="9">(</token>
<token number="9" sentence="2" t_id="10">briefly</token>
<token number="10" sentence="2" t_id="11">)</token>
<token number="11" sentence="2" t_id="12">last</token>
<token number="12" sentence="2" t_id="13">week</token>
<token number="13" sentence="2" t_id="14">.</token>
<token number="14" sentence="6" t_id="15">Tomorrow</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2011-05-04">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2011-W17">
<token_anchor t_id="12"/><token_anchor t_id="13"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="22" type="DATE" value="2011-05-05">
<token_anchor t_id="15"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="x" functionInDocument="NONE" m_id="23" type="DATE" value="2058"/>
</Markables>
</Document>`

func TestReadMEANTIME(t *testing.T) {
	d, err := ReadMEANTIME(strings.NewReader(sampleMEANTIME))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Port reopens\nMay 4, 2011\nIt closed (briefly) last week."; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if got := d.DCT.Format("2006-01-02"); got != "2011-05-04" {
		t.Errorf("DCT = %s", got)
	}
	// the markable without tokens and the one past sentence 5 are left out
	var got []string
	for _, g := range d.Gold {
		got = append(got, g.Text+"="+g.Value)
	}
	if want := "May 4, 2011=2011-05-04|last week=2011-W17"; strings.Join(got, "|") != want {
		t.Errorf("Gold = %v, want %s", got, want)
	}
	for _, bad := range []string{
		`<Document><token sentence="0">x</token></Document>`,
		`<Document><token t_id="1" sentence="0">x</token><TIMEX3 value="1"><token_anchor t_id="9"/></TIMEX3></Document>`,
		`<Document><token t_id="1">x</token>`,
	} {
		if _, err := ReadMEANTIME(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

// TestMEANTIMEFloor scores the tagger on MEANTIME, the second development
// corpus; the floors sit a little under the figures reached.
func TestMEANTIMEFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus floor")
	}
	var docs []*TimeMLDoc
	for _, c := range []string{"airbus", "apple", "gm", "stock"} {
		d, err := ReadCorpusDir(filepath.Join(sharedDir, "meantime_en", "intra_cross-doc_annotation", "corpus_"+c))
		if err != nil {
			t.Fatalf("shared corpora missing or unreadable: %v", err)
		}
		docs = append(docs, d...)
	}
	res, err := New().Evaluate(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	rf, _, _ := res.RelaxedF1()
	t.Logf("MEANTIME: %s", strings.ReplaceAll(res.Scores.String(), "\n", "; "))
	if rf < 0.91 || res.ValueF1() < 0.825 {
		t.Errorf("relaxed F1 %.4f (floor 0.91), value F1 %.4f (floor 0.825)", rf, res.ValueF1())
	}
}

// FuzzReadMEANTIME checks that the reader never panics and that gold spans
// lie inside the text.
func FuzzReadMEANTIME(f *testing.F) {
	f.Add(sampleMEANTIME)
	f.Add(`<Document><token t_id="1" sentence="0">x</token></Document>`)
	f.Add(`<TIMEX3><token_anchor t_id="1"/></TIMEX3>`)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadMEANTIME(strings.NewReader(s))
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
