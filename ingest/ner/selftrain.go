package ner

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Self-training (uptraining): a model trained on the gold data tags the
// unlabelled news under the data directory, and the sentences it is sure of
// are added, as if labelled, to a second training run.

// Bounds on the length of an auto-labelled sentence, in tokens: shorter
// ones are mostly table rows and bylines, longer ones badly split text.
const (
	autoMinTokens = 5
	autoMaxTokens = 60
)

// readNewsDocuments returns the documents of the unlabelled news corpora
// under dataDir, each a list of tokenised sentences laid out like a
// CoNLL-2003 document: the Reuters-21578 stories (title, dateline, body)
// and the BBC News articles (title, body).
func readNewsDocuments(dataDir string) ([][][]string, error) {
	var docs [][][]string
	for i := 0; i <= 21; i++ {
		p := filepath.Join(dataDir, "reuters21578", fmt.Sprintf("reut2-%03d.sgm.gz", i))
		b, err := readGz(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, reutersDocuments(strings.ToValidUTF8(string(b), " "))...)
	}
	p := filepath.Join(dataDir, "bbc_news", "bbc_news.jsonl.gz")
	b, err := readGz(p)
	if err != nil {
		return nil, err
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		var doc struct{ Text string }
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			return nil, fmt.Errorf("ner: %s:%d: %w", p, n+1, err)
		}
		var d [][]string
		for _, para := range strings.Split(doc.Text, "\n") {
			d = append(d, splitSentences(newsTokens(para))...)
		}
		if len(d) > 0 {
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// reutersEntities decodes the character entities of Reuters-21578 SGML;
// the angle brackets the agency put around company names are dropped, as
// CoNLL text has none.
var reutersEntities = strings.NewReplacer("&lt;", "", "&gt;", "", ">", "", "&amp;", "&", "&#3;", " ", "&#2;", " ")

// reutersDocuments returns the stories of one Reuters-21578 SGML file that
// have a body: the title as first sentence, the dateline ("SALVADOR, Feb
// 26 -") as second, then the body's sentences without the closing
// "Reuter" signature.
func reutersDocuments(sgml string) [][][]string {
	var docs [][][]string
	for {
		i := strings.Index(sgml, "<REUTERS")
		if i < 0 {
			break
		}
		sgml = sgml[i+len("<REUTERS"):]
		story := sgml
		if j := strings.Index(sgml, "</REUTERS>"); j >= 0 {
			story = sgml[:j]
		}
		body, ok := element(story, "BODY")
		if !ok {
			continue
		}
		var d [][]string
		for _, tag := range []string{"TITLE", "DATELINE"} {
			if s, ok := element(story, tag); ok {
				s = strings.TrimSuffix(strings.TrimSpace(reutersEntities.Replace(s)), "-")
				if t := newsTokens(s); len(t) > 0 {
					d = append(d, t)
				}
			}
		}
		body = strings.TrimSpace(reutersEntities.Replace(body))
		for _, sig := range []string{"REUTER", "Reuter"} {
			body = strings.TrimSpace(strings.TrimSuffix(body, sig))
		}
		for _, para := range strings.Split(body, "\n    ") {
			d = append(d, splitSentences(newsTokens(para))...)
		}
		docs = append(docs, d)
	}
	return docs
}

// element returns the text between <tag> and </tag> in s.
func element(s, tag string) (string, bool) {
	i := strings.Index(s, "<"+tag+">")
	if i < 0 {
		return "", false
	}
	s = s[i+len(tag)+2:]
	j := strings.Index(s, "</"+tag+">")
	if j < 0 {
		return "", false
	}
	return s[:j], true
}

// abbreviations are the words whose final period tokenizeText keeps and
// newsTokens leaves on (CoNLL-2003 writes "Inc." and "Mr." as one token).
var abbreviations = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields("Inc Co Corp Ltd Bros Cos Mr Mrs Ms Dr St Jr Sr No Gen Col Lt Sgt Capt Gov Sen Rep Prof Rev Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec") {
		m[w] = true
	}
	return m
}()

// newsTokens tokenises a paragraph like tokenizeText, then splits the
// final period off the short capitalised words tokenizeText takes for
// abbreviations ("Oil." ending a sentence, "MCB).") unless they are known
// ones: a single capital ("J."), a dotted word ("U.S.") or abbreviations.
func newsTokens(para string) []string {
	toks := tokenizeText(para, nil)
	var out []string
	for _, t := range toks {
		w, ok := strings.CutSuffix(t, ".")
		if !ok || w == "" || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 || abbreviations[w] {
			out = append(out, t)
			continue
		}
		out = append(tokenizeText(w, out), ".")
	}
	return out
}

// splitSentences splits a paragraph's tokens into sentences: after a final
// ".", "?" or "!" token (and a quote that closes one opened in the
// sentence, or a closing parenthesis) when the next token starts with a
// capital letter, a digit or an opening quote or parenthesis.
func splitSentences(toks []string) [][]string {
	var out [][]string
	start, quotes := 0, 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == `"` {
			quotes++
		}
		if t != "." && t != "?" && t != "!" {
			continue
		}
		j := i + 1
		if j < len(toks) && ((toks[j] == `"` && quotes%2 == 1) || toks[j] == ")") {
			j++
		}
		if j >= len(toks) {
			break
		}
		r, _ := utf8.DecodeRuneInString(toks[j])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '(' {
			out = append(out, toks[start:j])
			start, quotes = j, 0
			i = j - 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// keepAuto reports whether an auto-labelled sentence is trusted enough to
// train on: between autoMinTokens and autoMaxTokens tokens, at least one
// entity, and every ensemble member's labels equal to those of the
// averaged model (labels). When seen is not nil, the sentence must also
// hold an entity none of whose words (lower-cased) is in seen: a name the
// gold training data does not teach.
func keepAuto(toks []string, labels []uint8, members [][]uint8, seen map[string]bool) bool {
	if len(toks) < autoMinTokens || len(toks) > autoMaxTokens {
		return false
	}
	for _, m := range members {
		for i, l := range m {
			if l != labels[i] {
				return false
			}
		}
	}
	hasEnt, hasNew := false, false
	fresh := true
	for i, l := range labels {
		if l == 0 {
			continue
		}
		hasEnt = true
		if seen != nil && seen[strings.ToLower(toks[i])] {
			fresh = false
		}
		if p := labelPos(l); p == posL || p == posU {
			if fresh {
				hasNew = true
			}
			fresh = true
		}
	}
	return hasEnt && (seen == nil || hasNew)
}

// autoDoc is an unlabelled document's kept sentences with the labels the
// model gave them.
type autoDoc struct {
	sents  [][]string
	labels [][]uint8
}

// autoLabel tags the documents with the averaged weights avg and with every
// member, and returns for each document the sentences keepAuto keeps (seen
// nil) labelled by avg.
func (r *Recognizer) autoLabel(ctx context.Context, docs [][][]string, avg *weightTable, members []*weightTable) ([]autoDoc, error) {
	var out []autoDoc
	for _, sents := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := r.prepare(sents)
		labels, _ := r.tagPass(d, avg)
		ml := make([][][]uint8, len(members))
		for k, w := range members {
			ml[k], _ = r.tagPass(d, w)
		}
		var ad autoDoc
		ms := make([][]uint8, len(members))
		for si, s := range sents {
			for k := range members {
				ms[k] = ml[k][si]
			}
			if keepAuto(s, labels[si], ms, nil) {
				ad.sents = append(ad.sents, s)
				ad.labels = append(ad.labels, labels[si])
			}
		}
		if len(ad.sents) > 0 {
			out = append(out, ad)
		}
	}
	return out, nil
}

// autoExamples returns the training examples of the auto-labelled
// documents, keeping only the sentences with an entity unseen in gold
// training data when seen is not nil (see keepAuto), and their number of
// tokens.
func (r *Recognizer) autoExamples(docs []autoDoc, seen map[string]bool) ([]example, int) {
	var out []example
	ntok := 0
	for _, ad := range docs {
		var keep [][]string
		var gold [][]uint8
		for si, s := range ad.sents {
			if seen == nil || keepAuto(s, ad.labels[si], nil, seen) {
				keep = append(keep, s)
				gold = append(gold, ad.labels[si])
				ntok += len(s)
			}
		}
		if len(keep) > 0 {
			out = append(out, example{d: r.prepare(keep), gold: gold})
		}
	}
	return out, ntok
}

// entitySpans returns the entities of a BILOU label sequence as
// [start, end) token spans with their type.
func entitySpans(labels []uint8) [][3]int {
	var out [][3]int
	start := -1
	for i, l := range labels {
		if l == 0 {
			start = -1
			continue
		}
		switch labelPos(l) {
		case posB:
			start = i
		case posU:
			out = append(out, [3]int{i, i + 1, labelType(l)})
		case posL:
			if start >= 0 {
				out = append(out, [3]int{start, i + 1, labelType(l)})
			}
			start = -1
		}
	}
	return out
}

// consistentAuto keeps, of the auto-labelled documents, the sentences each
// of whose entities has, over all the documents, the type it has here in
// at least minShare of its occurrences as an entity (one sense per corpus:
// a name the model calls a person in one story and a club in nine is
// likely wrong in the one).
func consistentAuto(docs []autoDoc, minShare float64) []autoDoc {
	counts := make(map[string]*[numTypes]int)
	key := func(s []string, sp [3]int) string { return strings.Join(s[sp[0]:sp[1]], " ") }
	for _, ad := range docs {
		for si, s := range ad.sents {
			for _, sp := range entitySpans(ad.labels[si]) {
				c := counts[key(s, sp)]
				if c == nil {
					c = new([numTypes]int)
					counts[key(s, sp)] = c
				}
				c[sp[2]]++
			}
		}
	}
	var out []autoDoc
	for _, ad := range docs {
		var kept autoDoc
		for si, s := range ad.sents {
			ok := true
			for _, sp := range entitySpans(ad.labels[si]) {
				c := counts[key(s, sp)]
				total := 0
				for _, n := range c {
					total += n
				}
				if float64(c[sp[2]]) < minShare*float64(total) {
					ok = false
					break
				}
			}
			if ok {
				kept.sents = append(kept.sents, s)
				kept.labels = append(kept.labels, ad.labels[si])
			}
		}
		if len(kept.sents) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// writeAutoDocs writes auto-labelled documents as CoNLL-2003 text (IOB2).
func writeAutoDocs(w io.Writer, docs []autoDoc) error {
	bw := bufio.NewWriter(w)
	for _, ad := range docs {
		bw.WriteString("-DOCSTART- O\n\n")
		for si, s := range ad.sents {
			for i, tok := range s {
				bw.WriteString(tok)
				bw.WriteByte(' ')
				bw.WriteString(iob2(ad.labels[si][i]))
				bw.WriteByte('\n')
			}
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: writing auto-labelled text: %w", err)
	}
	return nil
}

// readAutoDocs reads documents written by writeAutoDocs.
func readAutoDocs(path string) ([]autoDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	c, err := ReadCoNLL(f, path)
	if err != nil {
		return nil, err
	}
	var out []autoDoc
	for _, doc := range c.Documents() {
		var ad autoDoc
		for _, s := range doc {
			ad.sents = append(ad.sents, c.Tokens(s))
			ad.labels = append(ad.labels, bilouFromIOB2(c.GoldTags(s)))
		}
		out = append(out, ad)
	}
	return out, nil
}

// tokenCount returns the number of tokens of the examples.
func tokenCount(exs []example) int {
	n := 0
	for _, ex := range exs {
		for _, s := range ex.d.sents {
			n += len(s)
		}
	}
	return n
}
