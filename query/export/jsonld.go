package export

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/dossier-kg/dossier"
)

// jsonldContext is the context of every JSON-LD export: schema.org as the
// vocabulary, and prefixes for the rest.
var jsonldContext = map[string]string{
	"@vocab":  nsSchema,
	"schema":  nsSchema,
	"dossier": nsDossier,
	"role":    nsRole,
	"rel":     nsRel,
	"rdf":     nsRDF,
	"xsd":     nsXSD,
}

// compact shortens a full IRI with the context's prefixes.
func compact(s string) string {
	for _, p := range []struct{ prefix, ns string }{{"schema:", nsSchema}, {"dossier:", nsDossier}, {"role:", nsRole}, {"rel:", nsRel}, {"rdf:", nsRDF}, {"xsd:", nsXSD}} {
		if rest, ok := strings.CutPrefix(s, p.ns); ok {
			return p.prefix + rest
		}
	}
	return s
}

// WriteJSONLD writes g as JSON-LD: a schema.org context and a "@graph" of
// node objects, one per resource of the N-Quads export (same IRIs, same
// properties), so that expanding it and converting it to RDF gives exactly
// the triples of WriteNQuads. Links are {"@id": IRI}; dates are typed
// xsd:gYear, xsd:gYearMonth or xsd:date at their precision; numbers are
// typed literals ({"@value": "3", "@type": "xsd:integer"}) so that their
// lexical form survives. Named graphs (the document a fact came from) are
// not written: provenance is in the dossier:document property. Each
// entity is written once, not once per citing document.
func WriteJSONLD(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	ew := &errWriter{w: bw}
	head, err := json.Marshal(jsonldContext)
	if err != nil {
		return err
	}
	ew.WriteString(`{"@context":`)
	ew.Write(head)
	ew.WriteString(",\n\"@graph\":[\n")
	n := 0
	err = rdfResources(g, func(r *resource) error {
		b, err := json.Marshal(nodeObject(r))
		if err != nil {
			return err
		}
		if n > 0 {
			ew.WriteString(",\n")
		}
		ew.Write(b)
		n++
		if n%1024 == 0 {
			return ew.check(ctx)
		}
		return ew.err
	})
	if err != nil {
		return err
	}
	ew.WriteString("\n]}\n")
	if err := ew.check(ctx); err != nil {
		return err
	}
	return bw.Flush()
}

// nodeObject turns a resource into a JSON-LD node object with compact keys.
func nodeObject(r *resource) map[string]any {
	obj := map[string]any{"@id": r.iri}
	var types []any
	for _, p := range r.props {
		if p.p == nsRDF+"type" && p.o.iri {
			types = append(types, compact(p.o.value))
			continue
		}
		k := compact(p.p)
		v := jsonldValue(p.o)
		if old, ok := obj[k]; ok {
			if list, ok := old.([]any); ok {
				obj[k] = append(list, v)
			} else {
				obj[k] = []any{old, v}
			}
			continue
		}
		obj[k] = v
	}
	switch len(types) {
	case 0:
	case 1:
		obj["@type"] = types[0]
	default:
		obj["@type"] = types
	}
	return obj
}

func jsonldValue(t term) any {
	switch {
	case t.iri:
		return map[string]string{"@id": t.value}
	case t.datatype == "":
		return t.value
	}
	return map[string]string{"@value": t.value, "@type": compact(t.datatype)}
}
