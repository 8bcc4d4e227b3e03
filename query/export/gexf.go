package export

import (
	"context"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// attr is one typed attribute a graph format declares for nodes or edges.
type attr struct {
	id, title, typ string // typ in GEXF terms: string, integer, double, liststring
}

var nodeAttrs = []attr{
	{"type", "type", "string"},
	{"aliases", "aliases", "liststring"},
	{"mention_count", "mention_count", "integer"},
	{"document_count", "document_count", "integer"},
	{"documents", "documents", "liststring"},
	{"start_date", "start_date", "string"},
	{"start_precision", "start_precision", "string"},
	{"end_date", "end_date", "string"},
	{"end_precision", "end_precision", "string"},
}

var edgeAttrs = []attr{
	{"kind", "kind", "string"},
	{"predicate", "predicate", "string"},
	{"value", "value", "string"},
	{"event_id", "event_id", "string"},
	{"event_type", "event_type", "string"},
	{"role", "role", "string"},
	{"cameo", "cameo", "string"},
	{"trigger", "trigger", "string"},
	{"polarity", "polarity", "string"},
	{"modality", "modality", "string"},
	{"date", "date", "string"},
	{"date_text", "date_text", "string"},
	{"start_date", "start_date", "string"},
	{"start_precision", "start_precision", "string"},
	{"end_date", "end_date", "string"},
	{"end_precision", "end_precision", "string"},
	{"closed_by", "closed_by", "string"},
	{"document", "document", "string"},
	{"document_title", "document_title", "string"},
	{"document_url", "document_url", "string"},
	{"sentence_index", "sentence_index", "integer"},
	{"sentence_start", "sentence_start", "integer"},
	{"sentence_end", "sentence_end", "integer"},
	{"sentence", "sentence", "string"},
	{"confidence", "confidence", "double"},
}

// kv is an attribute value ready to write; empty values are left out.
type kv struct{ key, val string }

// nodeValues returns the attribute values of a node, in nodeAttrs order.
// List values are joined with listSep.
func nodeValues(n *Node, listSep string) []kv {
	e := n.Entity
	out := []kv{{"type", string(e.Type)}}
	if len(e.Aliases) > 0 {
		as := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			as[i] = strings.ReplaceAll(a, listSep, " ")
		}
		out = append(out, kv{"aliases", strings.Join(as, listSep)})
	}
	out = append(out, kv{"mention_count", strconv.Itoa(e.MentionCount)}, kv{"document_count", strconv.Itoa(e.DocumentCount)})
	if len(n.Documents) > 0 {
		out = append(out, kv{"documents", strings.Join(n.Documents, listSep)})
	}
	out = append(out, spanValues(n.Span)...)
	return out
}

func spanValues(s Span) []kv {
	var out []kv
	if s.Start != nil {
		out = append(out, kv{"start_date", s.Start.Value}, kv{"start_precision", string(s.Start.Precision)})
	}
	if s.End != nil {
		out = append(out, kv{"end_date", s.End.Value}, kv{"end_precision", string(s.End.Precision)})
	}
	return out
}

// edgeValues returns the attribute values of an edge, with its provenance.
func edgeValues(v *View, e *Edge) []kv {
	var out []kv
	add := func(k, val string) {
		if val != "" {
			out = append(out, kv{k, val})
		}
	}
	if e.Relation != nil {
		add("kind", "relation")
		add("predicate", e.Relation.Predicate)
		add("value", e.Relation.Value)
	} else {
		ev := e.Event
		add("kind", "event")
		add("event_id", ev.ID)
		add("event_type", ev.Type)
		add("role", e.Role)
		add("cameo", ev.CAMEO)
		add("trigger", ev.TriggerText)
		add("polarity", ev.Polarity)
		add("modality", ev.Modality)
		add("date", ev.Date)
		add("date_text", ev.DateText)
	}
	out = append(out, spanValues(e.Span)...)
	if e.Closer != nil {
		add("closed_by", e.Closer.ID)
	}
	out = append(out, evidenceValues(v, e.Evidence())...)
	return out
}

func evidenceValues(v *View, ev dossier.Evidence) []kv {
	var out []kv
	if ev.Document != "" {
		out = append(out, kv{"document", ev.Document})
		if d := v.Documents[ev.Document]; d != nil {
			if d.Title != "" {
				out = append(out, kv{"document_title", d.Title})
			}
			if u := docURL(d); u != "" {
				out = append(out, kv{"document_url", u})
			}
		}
	}
	out = append(out,
		kv{"sentence_index", strconv.Itoa(ev.Sentence)},
		kv{"sentence_start", strconv.Itoa(ev.Start)},
		kv{"sentence_end", strconv.Itoa(ev.End)})
	if ev.Text != "" {
		out = append(out, kv{"sentence", oneLine(ev.Text)})
	}
	out = append(out, kv{"confidence", formatFloat(ev.Confidence)})
	return out
}

// docURL returns the address a reader can open for a document: its URL, or
// its source when that is a URL.
func docURL(d *dossier.Document) string {
	if d.URL != "" {
		return d.URL
	}
	if strings.HasPrefix(d.Source, "http://") || strings.HasPrefix(d.Source, "https://") {
		return d.Source
	}
	return ""
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// xmlText escapes s for XML text and attribute values; characters XML
// cannot carry become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGEXF writes g as a dynamic GEXF 1.3 graph for Gephi: entities are
// nodes, relations and events between entities are directed edges (see
// Derive), every attribute is declared with its type, and nodes and edges
// carry start and end days from their derived spans (timeformat "date").
// Lists use "|" between items. The output is valid against the GEXF 1.3
// RELAX NG schema.
func WriteGEXF(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	v := Derive(g)
	ew := newErrWriter(w)
	ew.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	ew.WriteString(`<gexf xmlns="http://gexf.net/1.3" version="1.3">` + "\n")
	ew.WriteString("  <meta>\n    <creator>Dossier</creator>\n")
	ew.printf("    <description>%s</description>\n  </meta>\n", xmlText(describe(g, opts)))
	ew.WriteString(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">` + "\n")
	for _, a := range []struct {
		class string
		attrs []attr
	}{{"node", nodeAttrs}, {"edge", edgeAttrs}} {
		ew.printf("    <attributes class=\"%s\" mode=\"static\">\n", a.class)
		for _, at := range a.attrs {
			ew.printf("      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", at.id, at.title, at.typ)
		}
		ew.WriteString("    </attributes>\n")
	}
	ew.printf("    <nodes count=\"%d\">\n", len(v.Nodes))
	for i := range v.Nodes {
		n := &v.Nodes[i]
		ew.printf("      <node id=\"%s\" label=\"%s\"%s>\n", xmlText(n.Entity.ID), xmlText(oneLine(n.Entity.Name)), gexfSpan(n.Span))
		writeAttvalues(ew, nodeValues(n, "|"))
		ew.WriteString("      </node>\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("    </nodes>\n")
	ew.printf("    <edges count=\"%d\">\n", len(v.Edges))
	for i := range v.Edges {
		e := &v.Edges[i]
		ew.printf("      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\"%s>\n",
			xmlText(e.ID), xmlText(e.Source), xmlText(e.Target), xmlText(e.Label), gexfSpan(e.Span))
		writeAttvalues(ew, edgeValues(v, e))
		ew.WriteString("      </edge>\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return ew.flush(ctx)
}

func writeAttvalues(ew *errWriter, vals []kv) {
	ew.WriteString("        <attvalues>\n")
	for _, a := range vals {
		ew.printf("          <attvalue for=\"%s\" value=\"%s\"/>\n", a.key, xmlText(a.val))
	}
	ew.WriteString("        </attvalues>\n")
}

func gexfSpan(s Span) string {
	var b strings.Builder
	if s.Start != nil {
		b.WriteString(` start="` + firstDay(s.Start).Format("2006-01-02") + `"`)
	}
	if s.End != nil {
		b.WriteString(` end="` + lastDay(s.End).Format("2006-01-02") + `"`)
	}
	return b.String()
}

// describe says in one line what an export holds.
func describe(g *dossier.Graph, opts Options) string {
	ents := plural(len(g.Entities), "entity")
	if len(g.Entities) != 1 {
		ents = strconv.Itoa(len(g.Entities)) + " entities"
	}
	s := "Knowledge graph exported by Dossier: " + ents + ", " + plural(len(g.Events), "event") + ", " +
		plural(len(g.Relations), "relation") + " from " + plural(len(g.Documents), "document")
	if opts.Subject != "" {
		s += ", around " + opts.Subject
	}
	return s
}
