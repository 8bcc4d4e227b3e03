package coref

import (
	"strings"

	"github.com/dossier-kg/dossier"
)

// longFormWords are the lower-case words a name spelt out before its
// acronym may hold: "Party of Action and Solidarity (PAS)", "Petroleos de
// Venezuela SA (PDVSA)".
var longFormWords = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "de": true, "del": true,
	"la": true, "le": true, "du": true, "des": true, "di": true, "da": true, "do": true, "&": true,
	"'s": true, "’s": true,
}

// acronymLongForms makes each name spelt out before its acronym in
// parentheses one mention, whatever pieces the recogniser made of it:
// "Party of Action and Solidarity (PAS)" tagged as "Party of Action" is
// taken in whole, "Authority for Consumers and Markets (ACM)" left untagged
// is added. The long form is the shortest run of capitalised words (and the
// lower-case words of names between them) before "(" whose initials spell
// the acronym (acronymOf, as alias resolution reads them); the mentions inside it are
// dropped. Its type is the recogniser's for the acronym, or the type of
// the mention it extends, organisation when neither says.
func (d *doc) acronymLongForms() {
	toks := d.a.Tokens
	cover := make([]int, len(toks)) // token -> mention index + 1
	for i := range d.ms {
		if !d.ms[i].drop {
			for t := d.ms[i].first; t < d.ms[i].last; t++ {
				cover[t] = i + 1
			}
		}
	}
	var added []mention
	for p := 1; p+2 < len(toks); p++ {
		if toks[p].Text != "(" || toks[p+2].Text != ")" || !acronymLike(toks[p+1].Text) && !mixedAcronym(toks[p+1].Text) {
			continue
		}
		acr := strings.ReplaceAll(toks[p+1].Text, "-", "")
		if len(acr) < 2 || len(acr) > 8 {
			continue
		}
		first := -1
		lower := 0 // lower-case words the acronym skips: "Medicines and Healthcare products Regulatory Agency (MHRA)"
		for s := p - 1; s >= 0 && s >= p-12; s-- {
			w := toks[s].Text
			if !isCap(w) && !longFormWords[w] {
				if lower > 0 || !isLowerWord(w) || len(w) < 4 || s == p-1 {
					break
				}
				lower++
				continue
			}
			if isCap(w) && acronymOf(d.a.Doc.Text[toks[s].Start:toks[p-1].End], acr) {
				first = s
				break
			}
		}
		if first < 0 || p-first < 2 {
			continue // one word is the acronym's own business ("Reuters (R)")
		}
		// "the Office of the United States Trade Representative (USTR)":
		// a name the long form completes after "of (the)" is the whole.
		if k := first - 1; k >= 1 {
			head := -1 // the capitalised word before "of (the)"
			if toks[k].Text == "of" {
				head = k - 1
			} else if toks[k].Text == "the" && k >= 2 && toks[k-1].Text == "of" {
				head = k - 2
			}
			// (Not "the Embassy of the United Arab Emirates (UAE)": a
			// place's acronym stays the place's.)
			long := d.a.Doc.Text[toks[first].Start:toks[p-1].End]
			if head >= 0 && isCap(toks[head].Text) && cover[head] > 0 && d.gazKind(long) == "" && d.gazKind(acr) == "" {
				if m := &d.ms[cover[head]-1]; m.Type != dossier.Person && m.first < first {
					first = m.first
				}
			}
		}
		if c := cover[first]; c > 0 && d.ms[c-1].first < first {
			// "Dutch Authority" tagged in "the Dutch Authority for
			// Consumers and Markets (ACM)": the name before keeps the
			// words before the long form.
			m := &d.ms[c-1]
			d.setTokens(m, m.first, first)
			// "The Bank of Ghana (BoG)": an article left alone is no name.
			if longFormWords[strings.ToLower(m.Text)] {
				m.drop = true
			}
			for t := first; t < p; t++ {
				if cover[t] == c {
					cover[t] = 0
				}
			}
		}
		typ := dossier.EntityType("")
		if c := cover[p+1]; c > 0 {
			typ = d.ms[c-1].Type
		}
		var sent int = -1
		var conf float64 = 0.7
		for t := first; t < p; t++ {
			c := cover[t]
			if c == 0 {
				continue
			}
			m := &d.ms[c-1]
			if m.first == first && m.last == p {
				sent = -2 // already one mention
				break
			}
			if typ == "" || typ == dossier.Misc || typ == dossier.Person {
				if m.Type == dossier.Org || m.Type == dossier.Place {
					typ = m.Type
				}
			}
			sent, conf = m.Sentence, m.Confidence
		}
		if sent == -2 {
			continue
		}
		if typ == "" || typ == dossier.Person || typ == dossier.Misc {
			typ = dossier.Org
		}
		if sent < 0 {
			sent = d.a.SentenceAt(toks[first].Start)
		}
		for t := first; t < p; t++ {
			if c := cover[t]; c > 0 {
				d.ms[c-1].drop = true
			}
		}
		span := dossier.Span{Start: toks[first].Start, End: toks[p-1].End}
		added = append(added, mention{
			Mention: dossier.Mention{Span: span, Text: d.a.Doc.Text[span.Start:span.End], Type: typ, Sentence: sent, Kind: "name", Confidence: conf},
			first:   first, last: p,
		})
	}
	d.addMentions(added)
}

// foldAccent maps an accented Latin capital or small letter to its base
// letter for matching initials ("Élysée" gives E).
func foldAccent(r rune) rune {
	switch {
	case strings.ContainsRune("ÀÁÂÃÄÅàáâãäå", r):
		return 'A'
	case strings.ContainsRune("ÈÉÊËèéêë", r):
		return 'E'
	case strings.ContainsRune("ÌÍÎÏìíîï", r):
		return 'I'
	case strings.ContainsRune("ÒÓÔÕÖØòóôõöø", r):
		return 'O'
	case strings.ContainsRune("ÙÚÛÜùúûü", r):
		return 'U'
	}
	return r
}

// mixedAcronym reports whether w is an acronym with lower-case letters for
// small words, like "BoG" (Bank of Ghana) or "DoJ": it opens and ends with
// a capital and has at least two.
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 8 {
		return false
	}
	caps := 0
	for i, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	last := w[len(w)-1]
	return caps >= 2 && last >= 'A' && last <= 'Z'
}
