package export

import (
	"context"
	"io"
	"strings"

	"github.com/dossier-kg/dossier"
)

// WriteDOT writes g as a Graphviz digraph: every ID quoted, nodes labelled
// with their names and shaped and coloured by entity type (box for
// organisations, ellipse for people, hexagon for places, note for the
// rest), edges labelled with the predicate or event type and the span they
// hold; graphs of more than 100 edges get layout limits (nslimit,
// mclimit) that keep dot to seconds. Every attribute of the other formats rides along as a DOT
// attribute (Graphviz keeps unknown attributes without warning), with the
// source sentence as the tooltip and the document's URL as the link.
func WriteDOT(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	v := Derive(g)
	ew := newErrWriter(w)
	ew.printf("digraph dossier {\n  graph [label=%s, labelloc=t, fontname=\"DejaVu Sans\", rankdir=LR];\n", dotQuote(describe(g, opts)))
	if len(v.Edges) > 100 {
		// dot's crossing minimisation and network simplex grow fast with
		// labelled edges; these limits keep big graphs to seconds.
		ew.WriteString("  graph [nslimit=2, mclimit=0.5];\n")
	}
	ew.WriteString("  node [fontname=\"DejaVu Sans\", style=filled];\n  edge [fontname=\"DejaVu Sans\", fontsize=10];\n")
	for i := range v.Nodes {
		n := &v.Nodes[i]
		st := styleOf(n.Entity.Type)
		ew.printf("  %s [label=%s, shape=%s, fillcolor=%s", dotQuote(n.Entity.ID), dotQuote(oneLine(n.Entity.Name)), st.dotShape, dotQuote(st.fill))
		tip := string(n.Entity.Type)
		if len(n.Entity.Aliases) > 0 {
			tip += ", also " + strings.Join(n.Entity.Aliases, ", ")
		}
		ew.printf(", tooltip=%s", dotQuote(tip))
		for _, a := range nodeValues(n, "|") {
			ew.printf(", %s=%s", a.key, dotQuote(a.val))
		}
		ew.WriteString("];\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	for i := range v.Edges {
		e := &v.Edges[i]
		label := e.Label
		if s := spanText(e.Span); s != "" {
			label += "\n" + s
		}
		ew.printf("  %s -> %s [id=%s, label=%s", dotQuote(e.Source), dotQuote(e.Target), dotQuote(e.ID), dotQuote(label))
		if e.Event != nil && !e.Event.IsFact() {
			ew.WriteString(", style=dashed")
		}
		ev := e.Evidence()
		if ev.Text != "" {
			ew.printf(", tooltip=%s", dotQuote(oneLine(ev.Text)))
		}
		if d := v.Documents[ev.Document]; d != nil && docURL(d) != "" {
			ew.printf(", URL=%s", dotQuote(docURL(d)))
		}
		for _, a := range edgeValues(v, e) {
			ew.printf(", %s=%s", a.key, dotQuote(a.val))
		}
		ew.WriteString("];\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("}\n")
	return ew.flush(ctx)
}

// spanText renders a span for a label: "1997", "1997–2012", "2013–".
func spanText(s Span) string {
	switch {
	case s.Start == nil && s.End == nil:
		return ""
	case s.Start == nil:
		return "–" + s.End.Value
	case s.End == nil:
		return s.Start.Value + "–"
	case s.Start.Value == s.End.Value:
		return s.Start.Value
	}
	return s.Start.Value + "–" + s.End.Value
}

// dotQuote returns s as a DOT double-quoted string. Backslashes are
// doubled (DOT reads \n, \l and \N in labels as escapes), quotes escaped,
// and a real newline becomes DOT's centred line break.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r', '\t':
			b.WriteByte(' ')
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteRune('\uFFFD')
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
