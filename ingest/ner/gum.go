package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unknownLabel marks a training token whose label is not known: a proper
// noun of GUM outside its person, organisation and place names, which
// CoNLL would often call MISC. Training makes no update on it.
const unknownLabel = 255

// gumToken is one word of a GUM sentence.
type gumToken struct {
	form, upos string
}

// gumMention is an entity mention of GUM: token range, type and whether it
// is named.
type gumMention struct {
	id, etype, identity string
	minspan             []int // 1-based positions inside the mention
	start, end          int   // token range in the sentence, end exclusive
}

// ReadGUM reads a GUM CoNLL-U file (with CorefUD Entity= annotations in the
// MISC column) and returns its documents as sentences of tokens with
// BILOU-style labels in IOB2: the named person, organization and place
// mentions become PER, ORG and LOC; other proper nouns are "?" (unknown,
// possibly MISC); everything else is O. name identifies the input in errors.
func ReadGUM(r io.Reader, name string) (docs [][][]string, tags [][][]string, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	var sent []gumToken
	var misc []string
	open := map[string][]gumMention{}
	var done []gumMention
	n := 0
	flush := func() {
		if len(sent) == 0 {
			return
		}
		toks, ts := gumSentence(sent, done)
		if len(docs) == 0 {
			docs, tags = append(docs, nil), append(tags, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], toks)
		tags[len(tags)-1] = append(tags[len(tags)-1], ts)
		sent, misc, done = nil, nil, nil
		clear(open)
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "# newdoc") {
			flush()
			docs, tags = append(docs, nil), append(tags, nil)
			continue
		}
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, nil, fmt.Errorf("ner: %s:%d: want 10 tab-separated columns, got %d", name, n, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		i := len(sent)
		sent = append(sent, gumToken{form: f[1], upos: f[3]})
		misc = append(misc, f[9])
		for _, m := range strings.Split(f[9], "|") {
			v, ok := strings.CutPrefix(m, "Entity=")
			if !ok {
				continue
			}
			if err := parseEntityField(v, i, open, &done); err != nil {
				return nil, nil, fmt.Errorf("ner: %s:%d: %w", name, n, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("ner: reading %s: %w", name, err)
	}
	flush()
	// Drop empty documents.
	var d2 [][][]string
	var t2 [][][]string
	for i := range docs {
		if len(docs[i]) > 0 {
			d2, t2 = append(d2, docs[i]), append(t2, tags[i])
		}
	}
	return d2, t2, nil
}

// parseEntityField reads one Entity= value at token i: "(id-etype-...",
// "id)" and "(id-...)" items, possibly several in a row.
func parseEntityField(v string, i int, open map[string][]gumMention, done *[]gumMention) error {
	for len(v) > 0 {
		if v[0] == '(' {
			end := strings.IndexAny(v[1:], "()")
			desc := v[1:]
			if end >= 0 {
				desc = v[1 : 1+end]
			}
			f := strings.Split(desc, "-")
			if len(f) < 6 {
				return fmt.Errorf("bad entity %q", desc)
			}
			m := gumMention{id: f[0], etype: f[1], start: i}
			for _, s := range strings.Split(f[5], ",") {
				if k, err := strconv.Atoi(s); err == nil {
					m.minspan = append(m.minspan, k)
				}
			}
			if len(f) > 7 {
				m.identity = strings.Join(f[7:], "-")
			}
			if end >= 0 && v[1+end] == ')' {
				m.end = i + 1
				*done = append(*done, m)
				v = v[2+end:]
				continue
			}
			open[m.id] = append(open[m.id], m)
			if end < 0 {
				return nil
			}
			v = v[1+end:]
			continue
		}
		j := strings.IndexByte(v, ')')
		if j < 0 {
			return fmt.Errorf("bad entity closing %q", v)
		}
		id := v[:j]
		st := open[id]
		if len(st) == 0 {
			return fmt.Errorf("entity %s closed but not open", id)
		}
		m := st[len(st)-1]
		open[id] = st[:len(st)-1]
		m.end = i + 1
		*done = append(*done, m)
		v = v[j+1:]
	}
	return nil
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
func gumSentence(sent []gumToken, ms []gumMention) ([]string, []string) {
	toks := make([]string, len(sent))
	tags := make([]string, len(sent))
	for i, t := range sent {
		toks[i] = t.form
		tags[i] = "O"
		if t.upos == "PROPN" || (t.upos == "ADJ" && capitalised(t.form)) {
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
			if p := m.start + m.minspan[0] - 1; p >= m.start && p < m.end && sent[p].upos == "PROPN" {
				head = p
			}
		}
		if head < 0 && m.identity != "" {
			for p := m.start; p < m.end; p++ {
				if sent[p].upos == "PROPN" {
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
		for s > m.start && sent[s-1].upos == "PROPN" {
			s--
		}
		for p := e; p < m.end; p++ {
			if sent[p].upos == "PROPN" || capitalised(sent[p].form) {
				e = p + 1
				continue
			}
			switch sent[p].upos {
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
				if personTitles[strings.ToLower(sent[p].form)] {
					tags[p] = "O"
					s = p + 1
					break
				}
			}
			if sent[s].upos != "PROPN" {
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
