// Package export writes the knowledge graph, or part of it, in the formats
// other tools read: GEXF for Gephi, GraphML for yEd, Cytoscape and Gephi,
// cytoscape.js JSON, Graphviz DOT, Neo4j import CSV, JSON-LD, N-Quads,
// TimelineJS 3 JSON, and Markdown and HTML timelines for people.
//
// Every format is built from a *dossier.Graph read back from the store; the
// package never queries the store itself (Source is the one seam the command
// line uses). Filter cuts a graph down to an entity's neighbourhood, a date
// range, entity types and event types; Derive computes the time spans that
// the dynamic formats (GEXF, TimelineJS) show. Writers write as they go and
// never build the whole document in memory; the graph they read is the only
// thing held.
//
// Every node and edge carries its type, label, aliases, dates with their
// precision and its provenance (document, sentence index, byte offsets,
// sentence text, confidence) in the form its format allows. Each format is
// checked by its real consumer (xmllint against the GEXF 1.3 schema,
// networkx, Graphviz, cytoscape.js, TimelineJS, jsonld.js) in
// consumers_test.go; the scripts live in the repository's tools/ folder.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Source is what the exporter needs from a graph store: a consistent view
// of the whole graph.
type Source interface {
	Snapshot(ctx context.Context) (*dossier.Graph, error)
}

// Options are the settings a writer needs beyond the graph itself.
type Options struct {
	// Subject is the ID of the entity the export is about, if any. Timeline
	// formats show that entity's timeline (all events when empty); graph
	// formats name it in their metadata.
	Subject string
	// Title overrides the title of timelines and documents ("" derives one
	// from Subject).
	Title string
}

// Format is one export format: its name on the command line and the HTTP
// API, the file extension and MIME type to serve it with, and its writer.
type Format struct {
	// Name is the value of --format ("gexf").
	Name string
	// Ext is the file extension, with the dot (".gexf").
	Ext string
	// MIME is the media type to serve the output with.
	MIME string
	// Timeline reports whether the format renders a timeline of events
	// rather than the graph of entities.
	Timeline bool
	// Doc says in one line what the format is for.
	Doc string
	// Write writes g to w. It writes element by element and returns the
	// first error, from w or from the context.
	Write func(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error
}

// formats is the table of every format, in the order help lists them.
var formats = []Format{
	{Name: "gexf", Ext: ".gexf", MIME: "application/gexf+xml", Doc: "GEXF 1.3 dynamic graph for Gephi", Write: WriteGEXF},
	{Name: "graphml", Ext: ".graphml", MIME: "application/graphml+xml", Doc: "GraphML with yFiles labels for yEd, Cytoscape and Gephi", Write: WriteGraphML},
	{Name: "cytoscape", Ext: ".cyjs", MIME: "application/json", Doc: "cytoscape.js elements JSON", Write: WriteCytoscape},
	{Name: "dot", Ext: ".dot", MIME: "text/vnd.graphviz", Doc: "Graphviz DOT", Write: WriteDOT},
	{Name: "csv", Ext: ".zip", MIME: "application/zip", Doc: "Neo4j neo4j-admin import CSV files (a zip; a directory with -o DIR)", Write: WriteNeo4jZip},
	{Name: "jsonld", Ext: ".jsonld", MIME: "application/ld+json", Doc: "JSON-LD with the schema.org context", Write: WriteJSONLD},
	{Name: "nquads", Ext: ".nq", MIME: "application/n-quads", Doc: "N-Quads, lossless (dossier import reads it back)", Write: WriteNQuads},
	{Name: "timelinejs", Ext: ".json", MIME: "application/json", Timeline: true, Doc: "TimelineJS 3 JSON", Write: WriteTimelineJS},
	{Name: "markdown", Ext: ".md", MIME: "text/markdown; charset=utf-8", Timeline: true, Doc: "Markdown timeline to read", Write: WriteMarkdown},
	{Name: "html", Ext: ".html", MIME: "text/html; charset=utf-8", Timeline: true, Doc: "HTML timeline to read", Write: WriteHTML},
}

// Formats returns every export format, in a fixed order. The slice is a
// copy: changing it changes nothing in the package.
func Formats() []Format { return slices.Clone(formats) }

// Names returns the names of every format, in the order of Formats.
func Names() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.Name
	}
	return out
}

// Lookup returns the format with the given name (case-insensitive), or an
// error listing the known names.
func Lookup(name string) (Format, error) {
	for _, f := range formats {
		if strings.EqualFold(f.Name, name) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("export: unknown format %q (known: %s)", name, strings.Join(Names(), ", "))
}

// ResolveEntity finds the entity a user means by name: its ID, its
// canonical name or one of its aliases, compared after
// dossier.NormalizeName. An exact ID or name wins over an alias; a name
// that fits several entities equally is an error listing them.
func ResolveEntity(g *dossier.Graph, name string) (*dossier.Entity, error) {
	want := dossier.NormalizeName(name)
	if want == "" {
		return nil, fmt.Errorf("export: empty entity name")
	}
	var byName, byAlias []*dossier.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.ID == name {
			return e, nil
		}
		switch {
		case dossier.NormalizeName(e.Name) == want:
			byName = append(byName, e)
		case slices.ContainsFunc(e.Aliases, func(a string) bool { return dossier.NormalizeName(a) == want }):
			byAlias = append(byAlias, e)
		}
	}
	for _, cands := range [][]*dossier.Entity{byName, byAlias} {
		switch len(cands) {
		case 0:
			continue
		case 1:
			return cands[0], nil
		}
		ids := make([]string, len(cands))
		for i, c := range cands {
			ids[i] = c.ID
		}
		return nil, fmt.Errorf("export: %q is ambiguous: %s", name, strings.Join(ids, ", "))
	}
	return nil, fmt.Errorf("export: no entity named %q", name)
}

// errWriter keeps the first write error and makes every later write a
// no-op, so writers can write freely and check once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) WriteString(s string) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := io.WriteString(e.w, s)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// check returns the sticky error, or the context's every so often.
func (e *errWriter) check(ctx context.Context) error {
	if e.err != nil {
		return e.err
	}
	return ctx.Err()
}
