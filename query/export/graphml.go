package export

import (
	"context"
	"io"

	"github.com/dossier-kg/dossier"
)

// graphmlType maps an attribute type to GraphML's attr.type; lists become
// strings joined with "|".
func graphmlType(t string) string {
	switch t {
	case "integer":
		return "int"
	case "double":
		return "double"
	}
	return "string"
}

// typeStyle is how a node of an entity type is drawn in yEd and Graphviz.
type typeStyle struct {
	yShape, dotShape, fill string
}

var styles = map[dossier.EntityType]typeStyle{
	dossier.Org:    {"roundrectangle", "box", "#cfe2f3"},
	dossier.Person: {"ellipse", "ellipse", "#fce5cd"},
	dossier.Place:  {"hexagon", "hexagon", "#d9ead3"},
	dossier.Misc:   {"rectangle", "note", "#eeeeee"},
}

func styleOf(t dossier.EntityType) typeStyle {
	if s, ok := styles[t]; ok {
		return s
	}
	return styles[dossier.Misc]
}

// WriteGraphML writes g as GraphML: entities are nodes and relations and
// events between entities are directed edges (see Derive). Every attribute
// is a typed key; the label is both a plain "label" key (Gephi, Cytoscape,
// networkx) and a yFiles node or edge label, so yEd shows names without a
// mapping step. Nodes get a yFiles shape and colour by entity type. Lists
// use "|" between items.
func WriteGraphML(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	v := Derive(g)
	ew := newErrWriter(w)
	ew.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	ew.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">` + "\n")
	ew.WriteString(`  <key id="n_label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	for _, a := range nodeAttrs {
		ew.printf("  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.id, a.title, graphmlType(a.typ))
	}
	ew.WriteString(`  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	for _, a := range edgeAttrs {
		ew.printf("  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.id, a.title, graphmlType(a.typ))
	}
	ew.WriteString(`  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>` + "\n")
	ew.WriteString(`  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>` + "\n")
	ew.printf("  <graph id=\"dossier\" edgedefault=\"directed\">\n    <desc>%s</desc>\n", xmlText(describe(g, opts)))
	for i := range v.Nodes {
		n := &v.Nodes[i]
		label := xmlText(oneLine(n.Entity.Name))
		ew.printf("    <node id=\"%s\">\n", xmlText(n.Entity.ID))
		ew.printf("      <data key=\"n_label\">%s</data>\n", label)
		for _, a := range nodeValues(n, "|") {
			ew.printf("      <data key=\"n_%s\">%s</data>\n", a.key, xmlText(a.val))
		}
		st := styleOf(n.Entity.Type)
		width := 30 + 7*len([]rune(oneLine(n.Entity.Name)))
		ew.printf("      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry height=\"40.0\" width=\"%d.0\"/><y:Fill color=\"%s\" transparent=\"false\"/><y:NodeLabel>%s</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
			width, st.fill, label, st.yShape)
		ew.WriteString("    </node>\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	for i := range v.Edges {
		e := &v.Edges[i]
		label := xmlText(e.Label)
		ew.printf("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlText(e.ID), xmlText(e.Source), xmlText(e.Target))
		ew.printf("      <data key=\"e_label\">%s</data>\n", label)
		for _, a := range edgeValues(v, e) {
			ew.printf("      <data key=\"e_%s\">%s</data>\n", a.key, xmlText(a.val))
		}
		ew.printf("      <data key=\"e_graphics\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>%s</y:EdgeLabel></y:PolyLineEdge></data>\n", label)
		ew.WriteString("    </edge>\n")
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("  </graph>\n</graphml>\n")
	return ew.flush(ctx)
}
