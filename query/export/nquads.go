package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// WriteNQuads writes g as N-Quads in the store's vocabulary (package
// graph, vocab.go) with full IRIs: schema.org classes and names, dossier:
// properties, role: predicates for participants and rel: predicates for
// relations. Facts sit in the named graph of the document they were read
// from and carry their provenance (dossier:document, sentenceIndex, start,
// end, evidence, confidence); relations are reified as rdf:Statement and
// also written as a direct edge; an entity is written once per document
// citing it. Dates are typed xsd:gYear, xsd:gYearMonth or xsd:date at their
// precision (the store itself keeps xsd:dateTime), with the TIMEX3 value in
// dossier:dateValue and the precision beside it. Entities also carry
// dossier:mentionCount and dossier:documentCount, which the store computes
// from its mentions. Document texts are not exported.
//
// The output is canonical (resources sorted by ID, aliases sorted,
// participants by role and entity, repeated facts once, confidences to 16
// significant digits, as JSON-LD's canonical xsd:double) and lossless for
// the graph up to that order: ReadNQuads gives it back, and writing that again gives the same
// bytes. The store's own dump (graph.Store.WriteNQuads) is what `dossier
// import` loads; this writer serves part of a graph.
func WriteNQuads(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	ew := &errWriter{w: bw}
	var line []byte
	n := 0
	err := rdfResources(g, func(r *resource) error {
		graphs := r.graphs
		if len(graphs) == 0 {
			graphs = []string{""}
		}
		for _, gr := range graphs {
			for _, p := range r.props {
				line = appendQuad(line[:0], r.iri, p.p, p.o, gr)
				ew.Write(line)
			}
		}
		n++
		if n%1024 == 0 {
			return ew.check(ctx)
		}
		return ew.err
	})
	if err != nil {
		return err
	}
	if err := ew.check(ctx); err != nil {
		return err
	}
	return bw.Flush()
}

func appendQuad(b []byte, s, p string, o term, g string) []byte {
	b = append(b, '<')
	b = append(b, s...)
	b = append(b, "> <"...)
	b = append(b, p...)
	b = append(b, "> "...)
	b = appendTerm(b, o)
	if g != "" {
		b = append(b, " <"...)
		b = append(b, g...)
		b = append(b, '>')
	}
	return append(b, " .\n"...)
}

func appendTerm(b []byte, t term) []byte {
	if t.iri {
		b = append(b, '<')
		b = append(b, t.value...)
		return append(b, '>')
	}
	b = append(b, '"')
	for _, r := range t.value {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			if r < 0x20 || r == 0x7f {
				b = append(b, fmt.Sprintf(`\u%04X`, r)...)
				continue
			}
			b = utf8.AppendRune(b, r) // invalid UTF-8 arrives as U+FFFD
		}
	}
	b = append(b, '"')
	if t.datatype != "" && t.datatype != nsXSD+"string" {
		b = append(b, "^^<"...)
		b = append(b, t.datatype...)
		b = append(b, '>')
	}
	return b
}

// quad is one parsed N-Quads statement.
type quad struct {
	s, p  string
	o     term
	graph string
}

// parseQuad parses one N-Quads line (without its newline). Blank nodes and
// language tags are refused: Dossier never writes them. ok is false for a
// blank or comment line.
func parseQuad(line string) (q quad, ok bool, err error) {
	s := strings.TrimSpace(line)
	if s == "" || s[0] == '#' {
		return quad{}, false, nil
	}
	var t term
	if q.s, s, err = parseIRI(s); err != nil {
		return q, false, fmt.Errorf("subject: %w", err)
	}
	if q.p, s, err = parseIRI(skipSpace(s)); err != nil {
		return q, false, fmt.Errorf("predicate: %w", err)
	}
	s = skipSpace(s)
	if strings.HasPrefix(s, "<") {
		var v string
		v, s, err = parseIRI(s)
		t = iri(v)
	} else {
		t, s, err = parseLiteral(s)
	}
	if err != nil {
		return q, false, fmt.Errorf("object: %w", err)
	}
	q.o = t
	s = skipSpace(s)
	if strings.HasPrefix(s, "<") {
		if q.graph, s, err = parseIRI(s); err != nil {
			return q, false, fmt.Errorf("graph label: %w", err)
		}
		s = skipSpace(s)
	}
	if s != "." {
		if rest, found := strings.CutPrefix(s, "."); found && strings.HasPrefix(skipSpace(rest), "#") {
			return q, true, nil
		}
		return q, false, fmt.Errorf("expected \".\" at the end, found %q", clip(s))
	}
	return q, true, nil
}

func skipSpace(s string) string { return strings.TrimLeft(s, " \t") }

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func parseIRI(s string) (string, string, error) {
	if !strings.HasPrefix(s, "<") {
		if strings.HasPrefix(s, "_:") {
			return "", s, fmt.Errorf("blank nodes are not supported")
		}
		return "", s, fmt.Errorf("expected an IRI, found %q", clip(s))
	}
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", s, fmt.Errorf("unterminated IRI")
	}
	v := s[1:end]
	if strings.ContainsAny(v, " <\"{}|^`\\\t\n") || !utf8.ValidString(v) {
		return "", s, fmt.Errorf("invalid character in IRI %q", clip(v))
	}
	if !strings.Contains(v, ":") {
		return "", s, fmt.Errorf("relative IRI %q", clip(v))
	}
	return v, s[end+1:], nil
}

func parseLiteral(s string) (term, string, error) {
	if !strings.HasPrefix(s, `"`) {
		return term{}, s, fmt.Errorf("expected an IRI or a literal, found %q", clip(s))
	}
	var b strings.Builder
	i := 1
	for {
		if i >= len(s) {
			return term{}, s, fmt.Errorf("unterminated literal")
		}
		c := s[i]
		if c == '"' {
			i++
			break
		}
		if c != '\\' {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				return term{}, s, fmt.Errorf("invalid UTF-8 in literal")
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		if i+1 >= len(s) {
			return term{}, s, fmt.Errorf("unterminated escape")
		}
		e := s[i+1]
		i += 2
		switch e {
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case '"', '\'', '\\':
			b.WriteByte(e)
		case 'u', 'U':
			n := 4
			if e == 'U' {
				n = 8
			}
			if i+n > len(s) {
				return term{}, s, fmt.Errorf("short \\%c escape", e)
			}
			v, err := strconv.ParseUint(s[i:i+n], 16, 32)
			if err != nil || !utf8.ValidRune(rune(v)) {
				return term{}, s, fmt.Errorf("bad \\%c escape %q", e, s[i:i+n])
			}
			b.WriteRune(rune(v))
			i += n
		default:
			return term{}, s, fmt.Errorf("unknown escape \\%c", e)
		}
	}
	t := term{value: b.String()}
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "^^"):
		dt, r, err := parseIRI(rest[2:])
		if err != nil {
			return term{}, s, fmt.Errorf("datatype: %w", err)
		}
		if dt != nsXSD+"string" {
			t.datatype = dt
		}
		rest = r
	case strings.HasPrefix(rest, "@"):
		return term{}, s, fmt.Errorf("language-tagged literals are not supported")
	}
	return t, rest, nil
}

// ReadNQuads reads N-Quads written by WriteNQuads back into a graph.
// Statements may come in any order. Anything WriteNQuads does not write (an
// unknown class or property, a blank node, a literal where an IRI belongs)
// is an error naming the line.
func ReadNQuads(ctx context.Context, r io.Reader) (*dossier.Graph, error) {
	subjects := map[string]*resource{}
	var order []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	lineNo := 0
	firstLine := map[string]int{}
	seen := map[string]map[po]bool{}
	for sc.Scan() {
		lineNo++
		if lineNo%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		q, ok, err := parseQuad(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("n-quads line %d: %w", lineNo, err)
		}
		if !ok {
			continue
		}
		if strings.HasPrefix(q.p, nsRel) {
			if !q.o.iri {
				return nil, fmt.Errorf("n-quads line %d: relation %s needs an IRI object", lineNo, q.p)
			}
			continue // the direct edge of a reified relation
		}
		res := subjects[q.s]
		if res == nil {
			res = &resource{iri: q.s}
			subjects[q.s] = res
			order = append(order, q.s)
			firstLine[q.s] = lineNo
			seen[q.s] = map[po]bool{}
		}
		if k := (po{q.p, q.o}); !seen[q.s][k] {
			seen[q.s][k] = true // an entity comes once per citing document
			res.add(q.p, q.o)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading n-quads: %w", err)
	}
	g := &dossier.Graph{}
	for _, s := range order {
		res := subjects[s]
		if err := decodeResource(g, res); err != nil {
			return nil, fmt.Errorf("n-quads line %d: %s: %w", firstLine[s], s, err)
		}
	}
	return g, nil
}

// decoder reads the properties of one resource, remembering the first
// error.
type decoder struct {
	res  *resource
	used []bool
	err  error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

// all returns every value of property p, marking them used.
func (d *decoder) all(p string) []term {
	var out []term
	for i, x := range d.res.props {
		if x.p == p {
			d.used[i] = true
			out = append(out, x.o)
		}
	}
	return out
}

func (d *decoder) one(p string) (term, bool) {
	vs := d.all(p)
	switch len(vs) {
	case 0:
		return term{}, false
	case 1:
		return vs[0], true
	}
	d.fail("%s given %d times", p, len(vs))
	return vs[0], true
}

func (d *decoder) str(p string) string {
	t, ok := d.one(p)
	if !ok {
		return ""
	}
	if t.iri || t.datatype != "" {
		d.fail("%s must be a plain string", p)
	}
	return t.value
}

func (d *decoder) int(p string) int {
	t, ok := d.one(p)
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(t.value)
	if err != nil || t.datatype != nsXSD+"integer" {
		d.fail("%s must be an xsd:integer, not %q", p, t.value)
	}
	return n
}

func (d *decoder) float(p string) float64 {
	t, ok := d.one(p)
	if !ok {
		return 0
	}
	f, err := strconv.ParseFloat(t.value, 64)
	if err != nil || t.datatype != nsXSD+"double" {
		d.fail("%s must be an xsd:double, not %q", p, t.value)
	}
	return f
}

func (d *decoder) id(p string) string {
	t, ok := d.one(p)
	if !ok {
		return ""
	}
	return d.idOf(p, t)
}

func (d *decoder) idOf(p string, t term) string {
	if !t.iri {
		d.fail("%s must be an IRI", p)
		return ""
	}
	id, ok := iriID(t.value)
	if !ok {
		d.fail("%s: %s is not a Dossier IRI", p, t.value)
	}
	return id
}

func (d *decoder) evidence() dossier.Evidence {
	return dossier.Evidence{
		Document:   d.id(nsDossier + "document"),
		Sentence:   d.int(nsDossier + "sentenceIndex"),
		Span:       dossier.Span{Start: d.int(nsDossier + "start"), End: d.int(nsDossier + "end")},
		Text:       d.str(nsDossier + "evidence"),
		Confidence: d.float(nsDossier + "confidence"),
	}
}

// finish reports the first error, or the first property nothing read.
func (d *decoder) finish() error {
	if d.err != nil {
		return d.err
	}
	for i, u := range d.used {
		if !u {
			return fmt.Errorf("unknown property %s", d.res.props[i].p)
		}
	}
	return nil
}

func decodeResource(g *dossier.Graph, res *resource) error {
	d := &decoder{res: res, used: make([]bool, len(res.props))}
	id, ok := iriID(res.iri)
	if !ok {
		return fmt.Errorf("not a Dossier IRI (want %s...)", IRIBase)
	}
	var classes []string
	for _, t := range d.all(nsRDF + "type") {
		if !t.iri {
			return fmt.Errorf("rdf:type %q is not an IRI", t.value)
		}
		classes = append(classes, t.value)
	}
	switch {
	case slices.Equal(classes, []string{nsSchema + "NewsArticle"}):
		doc := dossier.Document{ID: id, Title: d.str(nsSchema + "headline"), Source: d.str(nsDossier + "source"),
			URL: d.str(nsSchema + "url"), Format: d.str(nsDossier + "format")}
		if t, ok := d.one(nsSchema + "datePublished"); ok {
			p, err := time.Parse(time.RFC3339Nano, t.value)
			if err != nil || t.datatype != nsXSD+"dateTime" {
				d.fail("datePublished must be an xsd:dateTime, not %q", t.value)
			}
			doc.Published = p
		}
		g.Documents = append(g.Documents, doc)
	case slices.Equal(classes, []string{nsSchema + "Event"}):
		e := dossier.Event{ID: id, Type: d.str(nsDossier + "eventType"), CAMEO: d.str(nsDossier + "cameo"),
			Trigger:     dossier.Span{Start: d.int(nsDossier + "triggerStart"), End: d.int(nsDossier + "triggerEnd")},
			TriggerText: d.str(nsDossier + "trigger"), Date: d.str(nsDossier + "dateValue"), DateText: d.str(nsDossier + "dateText"),
			Place: d.id(nsSchema + "location"), Polarity: d.str(nsDossier + "polarity"), Modality: d.str(nsDossier + "modality"),
			Source: d.id(nsDossier + "attributedTo"), Participants: []dossier.Participant{}}
		// Derived from dateValue and the roles: read, not kept.
		d.all(nsSchema + "startDate")
		d.all(nsDossier + "precision")
		d.all(nsDossier + "sortKey")
		d.all(nsDossier + "participant")
		for i, x := range res.props {
			role, ok := strings.CutPrefix(x.p, nsRole)
			if !ok {
				continue
			}
			d.used[i] = true
			r, ok := unescapeID(role)
			if !ok {
				d.fail("bad role predicate %s", x.p)
			}
			e.Participants = append(e.Participants, dossier.Participant{Entity: d.idOf(x.p, x.o), Role: dossier.Role(r)})
		}
		e.Participants = sortedParticipants(e.Participants)
		e.Evidence = d.evidence()
		g.Events = append(g.Events, e)
	case slices.Equal(classes, []string{nsRDF + "Statement"}):
		rel := dossier.Relation{Subject: d.id(nsRDF + "subject"), Object: d.id(nsRDF + "object"), Value: d.str(nsDossier + "value")}
		if t, ok := d.one(nsRDF + "predicate"); ok {
			p, found := strings.CutPrefix(t.value, nsRel)
			pred, valid := unescapeID(p)
			if !t.iri || !found || !valid {
				d.fail("rdf:predicate %s is not a relation of %s", t.value, nsRel)
			}
			rel.Predicate = pred
		}
		rel.Evidence = d.evidence()
		g.Relations = append(g.Relations, rel)
	case slices.Contains(classes, nsDossier+"Entity"):
		classes = slices.DeleteFunc(slices.Clone(classes), func(c string) bool { return c == nsDossier+"Entity" })
		e := dossier.Entity{ID: id, Name: d.str(nsSchema + "name"),
			MentionCount: d.int(nsDossier + "mentionCount"), DocumentCount: d.int(nsDossier + "documentCount"), Aliases: []string{}}
		switch len(classes) {
		case 0:
			e.Type = dossier.EntityType(d.str(nsDossier + "entityType"))
		case 1:
			for t, c := range typeClasses {
				if c == classes[0] {
					e.Type = t
				}
			}
			if e.Type == "" {
				return fmt.Errorf("unknown entity class %s", classes[0])
			}
		default:
			return fmt.Errorf("an entity has one class besides dossier:Entity, found %v", classes)
		}
		for _, a := range d.all(nsSchema + "alternateName") {
			if a.iri || a.datatype != "" {
				d.fail("alternateName must be a plain string")
			}
			e.Aliases = append(e.Aliases, a.value)
		}
		slices.Sort(e.Aliases)
		g.Entities = append(g.Entities, e)
	default:
		return fmt.Errorf("unknown classes %v", classes)
	}
	return d.finish()
}
