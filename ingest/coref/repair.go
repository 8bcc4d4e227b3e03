package coref

import (
	"strings"

	"github.com/dossier-kg/dossier"
)

// personTitles are words of titles that precede a person's name and are not
// part of it ("Supreme Leader Ali Khamenei", "President Trump").
var personTitles = map[string]bool{
	"president": true, "prime": true, "minister": true, "supreme": true, "leader": true, "king": true, "queen": true,
	"chancellor": true, "secretary": true, "senator": true, "general": true, "gen.": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "sir": true, "pope": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "chief": true,
	"executive": true, "governor": true, "mayor": true, "judge": true, "justice": true, "emir": true, "sheikh": true,
	"crown": true, "prince": true, "princess": true, "former": true, "vice": true, "deputy": true, "spokesman": true,
	"spokeswoman": true, "ambassador": true, "commander": true, "colonel": true, "lieutenant": true, "rep.": true,
	"sen.": true, "gov.": true, "pres.": true, "state": true, "of": true,
}

// repair fixes common recogniser slips before clustering: a name split at a
// possessive ("People" 's "Mujahedeen Organization of Iran") is joined, and
// a title glued to a person's name ("Supreme Leader Ali Khamenei") is cut
// off so the person is typed and named as such.
func (d *doc) repair() {
	toks := d.a.Tokens
	// Join "X 's Y" when X is one unknown capitalised word and both are
	// organisation-like names: "People's Republic", "King's College".
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.last+1 != b.first || a.last-a.first != 1 {
			continue
		}
		if w := toks[a.last].Text; w != "'s" && w != "’s" {
			continue
		}
		if a.Type == dossier.Person || b.Type == dossier.Person || a.Type == dossier.Place {
			continue
		}
		if d.gaz != nil {
			if _, _, _, ok := d.gaz.Canonical(a.Text); ok {
				continue
			}
		}
		span := dossier.Span{Start: a.Start, End: b.End}
		b.Mention.Span = span
		b.Text = d.a.Doc.Text[span.Start:span.End]
		b.first = a.first
		b.Type = dossier.Org
		a.drop = true
	}
	// Cut leading titles off person names.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last-m.first < 2 {
			continue
		}
		k := m.first
		for k < m.last-1 && personTitles[strings.ToLower(toks[k].Text)] {
			k++
		}
		if k == m.first || strings.EqualFold(toks[k-1].Text, "of") {
			continue
		}
		// Only when what is left looks like a name.
		if !isCap(toks[k].Text) {
			continue
		}
		m.first = k
		m.Mention.Span = dossier.Span{Start: toks[k].Start, End: m.End}
		m.Text = d.a.Doc.Text[m.Start:m.End]
		m.Type = dossier.Person
	}
}

func isCap(w string) bool {
	r := firstRune(w)
	return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}
