package ner

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/ingest/gum"
)

// unknownLabel marks a training token whose label is not known: a proper
// noun of GUM outside its person, organisation and place names, which
// CoNLL would often call MISC. Training makes no update on it.
const unknownLabel = 255

// gumMention is a named-entity candidate of GUM within one sentence: its
// token range, type, minimal span and Wikification.
type gumMention struct {
	etype, identity string
	minspan         []int // 1-based positions inside the mention
	start, end      int   // token range in the sentence, end exclusive
}

// ReadGUM reads a GUM CoNLL-U file (with CorefUD Entity= annotations in the
// MISC column) and returns its documents as sentences of tokens with
// BILOU-style labels in IOB2: the named person, organization and place
// mentions become PER, ORG and LOC; other proper nouns are "?" (unknown,
// possibly MISC); everything else is O. name identifies the input in errors.
func ReadGUM(r io.Reader, name string) (docs [][][]string, tags [][][]string, err error) {
	gds, err := gum.Read(r, name)
	if err != nil {
		return nil, nil, fmt.Errorf("ner: %w", err)
	}
	for _, d := range gds {
		var dt, dg [][]string
		for lo := 0; lo < len(d.Tokens); {
			hi := lo + 1
			for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
				hi++
			}
			var ms []gumMention
			for _, m := range d.Mentions {
				if m.First >= lo && m.Last < hi {
					ms = append(ms, gumMention{etype: m.Type, identity: m.Identity, minspan: m.MinSpan, start: m.First - lo, end: m.Last + 1 - lo})
				}
			}
			toks, ts := gumSentence(d.Tokens[lo:hi], ms)
			dt, dg = append(dt, toks), append(dg, ts)
			lo = hi
		}
		if len(dt) > 0 {
			docs, tags = append(docs, dt), append(tags, dg)
		}
	}
	return docs, tags, nil
}

// personTitles are words of titles that precede names in GUM person
// mentions but stay outside CoNLL names.
var personTitles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "lady": true, "lord": true, "professor": true, "prof.": true, "president": true,
	"minister": true, "chancellor": true, "secretary": true, "senator": true, "sen.": true,
	"governor": true, "gov.": true, "mayor": true, "judge": true, "justice": true, "general": true,
	"gen.": true, "colonel": true, "captain": true, "sergeant": true, "admiral": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "saint": true, "st.": true,
	"rev.": true, "reverend": true, "father": true, "bishop": true, "archbishop": true, "rabbi": true,
	"imam": true, "ayatollah": true, "sheikh": true, "emperor": true, "chairman": true, "director": true,
	"leader": true, "premier": true, "representative": true, "rep.": true, "ambassador": true,
	"commissioner": true, "coach": true, "dame": true, "uncle": true, "aunt": true,
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// gumSentence turns a sentence and its mentions into tokens and IOB2 tags
// ("?" for unknown).
func gumSentence(sent []gum.Token, ms []gumMention) ([]string, []string) {
	toks := make([]string, len(sent))
	tags := make([]string, len(sent))
	for i, t := range sent {
		toks[i] = t.Text
		tags[i] = "O"
		if t.UPOS == "PROPN" || (t.UPOS == "ADJ" && capitalised(t.Text)) {
			tags[i] = "?"
		}
	}
	type span struct {
		start, end int
		typ        string
	}
	var spans []span
	for _, m := range ms {
		typ := map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}[m.etype]
		if m.end > len(sent) || m.start >= m.end {
			continue
		}
		// The head: the first minimal-span token, if a proper noun
		// ("citizens of San Francisco" is not a name).
		head := -1
		if len(m.minspan) > 0 {
			if p := m.start + m.minspan[0] - 1; p >= m.start && p < m.end && sent[p].UPOS == "PROPN" {
				head = p
			}
		}
		if head < 0 && m.identity != "" {
			for p := m.start; p < m.end; p++ {
				if sent[p].UPOS == "PROPN" {
					head = p
					break
				}
			}
		}
		if head < 0 {
			continue
		}
		// The name: the run of capitalised words around the head, with
		// lower-case connectors ("of", "and", "'s") inside it.
		s, e := head, head+1
		for s > m.start && sent[s-1].UPOS == "PROPN" {
			s--
		}
		for p := e; p < m.end; p++ {
			if sent[p].UPOS == "PROPN" || capitalised(sent[p].Text) {
				e = p + 1
				continue
			}
			switch sent[p].UPOS {
			case "ADP", "DET", "CCONJ", "PART", "PUNCT":
				continue
			}
			break
		}
		if typ == "" {
			// A named entity of another type (event, object...): unknown.
			for p := s; p < e; p++ {
				if tags[p] == "O" {
					tags[p] = "?"
				}
			}
			continue
		}
		if typ == "PER" {
			// CoNLL leaves titles out: "US President Barack Obama" gives
			// LOC "US" (its own mention) and PER "Barack Obama".
			for p := e - 2; p >= s; p-- {
				if personTitles[strings.ToLower(sent[p].Text)] {
					tags[p] = "O"
					s = p + 1
					break
				}
			}
			if sent[s].UPOS != "PROPN" {
				continue // "Emperor of the United States": a title, not a name
			}
		}
		spans = append(spans, span{s, e, typ})
	}
	// Outermost names win; a span inside another is dropped.
	for _, sp := range spans {
		inner := false
		for _, o := range spans {
			if o != sp && o.start <= sp.start && sp.end <= o.end && (o.end-o.start) > (sp.end-sp.start) {
				inner = true
			}
		}
		if inner {
			continue
		}
		for p := sp.start; p < sp.end; p++ {
			if p == sp.start {
				tags[p] = "B-" + sp.typ
			} else {
				tags[p] = "I-" + sp.typ
			}
		}
	}
	return toks, tags
}
