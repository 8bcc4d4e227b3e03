package timex

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-kg/dossier"
)

// ReadMEANTIME parses one article of the NewsReader MEANTIME corpus (CAT
// XML: tokens, then TIMEX3 markables anchored to token IDs) into the shape
// the tagger is scored on. The text is rebuilt from the tokens, one line
// per sentence, without a space before closing punctuation or after an
// opening one; gold spans run from their first to their last token.
// MEANTIME annotates time expressions in the title, the dateline and the
// first sentences only (sentence index 5 at most), so the text stops after
// sentence 5, where the annotation does; scores then count only annotated
// text. The
// DCT is the value of the CREATION_TIME markable. Markables without
// tokens (values the annotators inferred) are not expressions of the text
// and are left out.
func ReadMEANTIME(r io.Reader) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	type token struct {
		id, sent int
		text     string
	}
	type markable struct {
		typ, val, fn string
		ids          []int
	}
	var (
		toks    []token
		timexes []markable
		cur     *token
		mk      *markable
		inTimex bool
	)
	for {
		tk, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
		switch e := tk.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "token":
				t := token{id: -1}
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "t_id":
						fmt.Sscan(a.Value, &t.id)
					case "sentence":
						fmt.Sscan(a.Value, &t.sent)
					}
				}
				if t.id < 0 {
					return nil, fmt.Errorf("meantime: token without t_id")
				}
				toks = append(toks, t)
				cur = &toks[len(toks)-1]
			case "TIMEX3":
				timexes = append(timexes, markable{})
				mk, inTimex = &timexes[len(timexes)-1], true
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "type":
						mk.typ = a.Value
					case "value":
						mk.val = a.Value
					case "functionInDocument":
						mk.fn = a.Value
					}
				}
			case "token_anchor":
				if inTimex {
					for _, a := range e.Attr {
						if a.Name.Local == "t_id" {
							var id int
							if _, err := fmt.Sscan(a.Value, &id); err != nil {
								return nil, fmt.Errorf("meantime: token_anchor t_id %q: %w", a.Value, err)
							}
							mk.ids = append(mk.ids, id)
						}
					}
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "token":
				cur = nil
			case "TIMEX3":
				inTimex = false
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(e)
			}
		}
	}
	doc := &TimeMLDoc{}
	// rebuild the text and remember where each token went
	type span struct{ s, e int }
	at := make(map[int]span, len(toks))
	cut := map[int]bool{}
	var b strings.Builder
	for i, t := range toks {
		if t.sent > meantimeLastSentence {
			cut[t.id] = true
			continue
		}
		text := strings.TrimSpace(t.text)
		if i > 0 {
			switch {
			case t.sent != toks[i-1].sent:
				b.WriteByte('\n')
			case noSpaceBefore(text) || noSpaceAfter(strings.TrimSpace(toks[i-1].text)):
			default:
				b.WriteByte(' ')
			}
		}
		at[t.id] = span{b.Len(), b.Len() + len(text)}
		b.WriteString(text)
	}
	doc.Text = b.String()
	for _, m := range timexes {
		if m.fn == "CREATION_TIME" && len(m.val) >= 10 {
			if t, err := dossier.ParseDay(m.val[:10]); err == nil {
				doc.DCT = t
			}
		}
		if len(m.ids) == 0 {
			continue
		}
		sp := dossier.Span{Start: -1}
		for _, id := range m.ids {
			ts, ok := at[id]
			if !ok && cut[id] {
				sp.Start = -2 // outside the annotated sentences
				break
			}
			if !ok {
				return nil, fmt.Errorf("meantime: TIMEX3 %q anchored to unknown token %d", m.val, id)
			}
			if sp.Start < 0 || ts.s < sp.Start {
				sp.Start = ts.s
			}
			if ts.e > sp.End {
				sp.End = ts.e
			}
		}
		if sp.Start < 0 {
			continue
		}
		doc.Gold = append(doc.Gold, dossier.Timex{Span: sp, Text: doc.Text[sp.Start:sp.End], Type: m.typ, Value: m.val})
	}
	sort.SliceStable(doc.Gold, func(i, j int) bool { return doc.Gold[i].Start < doc.Gold[j].Start })
	return doc, nil
}

// meantimeLastSentence is the last sentence of a MEANTIME article whose
// time expressions are annotated.
const meantimeLastSentence = 5

func noSpaceBefore(t string) bool {
	switch t {
	case ",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "'", "n't", "''", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
}

func noSpaceAfter(t string) bool {
	switch t {
	case "(", "[", "$", "``", "#":
		return true
	}
	return false
}

// ReadCorpusDir reads a directory of scored documents: TimeML (*.tml,
// TempEval-3) if it holds any, else MEANTIME articles (*.xml), in name
// order.
func ReadCorpusDir(dir string) ([]*TimeMLDoc, error) {
	if names, _ := filepath.Glob(filepath.Join(dir, "*.tml")); len(names) > 0 {
		return ReadTimeMLDir(dir)
	}
	return readDir(dir, "*.xml", "meantime", ReadMEANTIME)
}
