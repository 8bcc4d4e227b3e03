package export

import (
	"context"
	"encoding/json"
	"io"
	"strconv"

	"github.com/dossier-kg/dossier"
)

// WriteCytoscape writes g as cytoscape.js elements JSON (also read by
// Cytoscape desktop as .cyjs): {"data": {...}, "elements": {"nodes": [...],
// "edges": [...]}}. Each element's data has a unique "id", a "label" and
// every attribute with its JSON type (aliases as an array, counts and
// offsets as numbers); every edge's source and target are nodes.
func WriteCytoscape(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	v := Derive(g)
	ew := newErrWriter(w)
	head, err := json.Marshal(map[string]any{"name": "dossier", "description": describe(g, opts)})
	if err != nil {
		return err
	}
	ew.WriteString(`{"format_version":"1.0","generated_by":"dossier","data":`)
	ew.Write(head)
	ew.WriteString(",\n\"elements\":{\"nodes\":[\n")
	for i := range v.Nodes {
		n := &v.Nodes[i]
		data := map[string]any{"id": n.Entity.ID, "label": n.Entity.Name, "aliases": nonNil(n.Entity.Aliases), "documents": nonNil(n.Documents)}
		for _, a := range nodeValues(n, "|") {
			if a.key != "aliases" && a.key != "documents" {
				data[a.key] = typed(nodeAttrs, a)
			}
		}
		if err := writeElement(ew, i, data); err != nil {
			return err
		}
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("],\n\"edges\":[\n")
	for i := range v.Edges {
		e := &v.Edges[i]
		data := map[string]any{"id": e.ID, "source": e.Source, "target": e.Target, "label": e.Label}
		for _, a := range edgeValues(v, e) {
			data[a.key] = typed(edgeAttrs, a)
		}
		if err := writeElement(ew, i, data); err != nil {
			return err
		}
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("]}}\n")
	return ew.flush(ctx)
}

func writeElement(ew *errWriter, i int, data map[string]any) error {
	b, err := json.Marshal(map[string]any{"data": data})
	if err != nil {
		return err
	}
	if i > 0 {
		ew.WriteString(",\n")
	}
	ew.Write(b)
	return nil
}

// typed turns an attribute value back into a JSON number where its
// declared type is numeric.
func typed(attrs []attr, a kv) any {
	for _, at := range attrs {
		if at.id != a.key {
			continue
		}
		switch at.typ {
		case "integer":
			if n, err := strconv.Atoi(a.val); err == nil {
				return n
			}
		case "double":
			if f, err := strconv.ParseFloat(a.val, 64); err == nil {
				return f
			}
		}
	}
	return a.val
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
