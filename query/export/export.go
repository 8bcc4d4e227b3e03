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
	"bufio"
	"cmp"
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
	// Same lists other entity IDs that name the same thing as Subject;
	// their events join its timeline.
	Same []string
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

// Resolution is the entity a name denotes, and the other entities of the
// same type that go by that name too (the same thing, split by the
// resolver).
type Resolution struct {
	Entity *dossier.Entity
	Same   []string
}

// IDs returns the IDs of the entity and of the same ones.
func (r Resolution) IDs() []string { return append([]string{r.Entity.ID}, r.Same...) }

// ResolveEntity finds the entity a user means by name: an exact ID, or
// every entity whose canonical name or one of whose aliases equals name
// after dossier.NormalizeName. Of several, the most mentioned (then the one
// in most documents, then the first by name) is the entity, and the others
// of its type are Same, as "dossier timeline" resolves names.
func ResolveEntity(g *dossier.Graph, name string) (Resolution, error) {
	want := dossier.NormalizeName(name)
	if want == "" {
		return Resolution{}, fmt.Errorf("export: empty entity name")
	}
	var cands []*dossier.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.ID == name {
			return Resolution{Entity: e}, nil
		}
		if dossier.NormalizeName(e.Name) == want || slices.ContainsFunc(e.Aliases, func(a string) bool { return dossier.NormalizeName(a) == want }) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		return Resolution{}, fmt.Errorf("export: no entity named %q", name)
	}
	slices.SortStableFunc(cands, func(a, b *dossier.Entity) int {
		if c := cmp.Compare(b.MentionCount, a.MentionCount); c != 0 {
			return c
		}
		if c := cmp.Compare(b.DocumentCount, a.DocumentCount); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	r := Resolution{Entity: cands[0]}
	for _, c := range cands[1:] {
		if c.Type == r.Entity.Type {
			r.Same = append(r.Same, c.ID)
		}
	}
	return r, nil
}

// errWriter keeps the first write error and makes every later write a
// no-op, so writers can write freely and check once at the end. Made by
// newErrWriter it buffers, and flush writes out the rest.
type errWriter struct {
	w   io.Writer
	buf *bufio.Writer
	err error
}

// newErrWriter returns an errWriter buffering writes to w in 64 KiB.
func newErrWriter(w io.Writer) *errWriter {
	b := bufio.NewWriterSize(w, 64<<10)
	return &errWriter{w: b, buf: b}
}

// flush reports the sticky error or the context's, or writes out the
// buffer.
func (e *errWriter) flush(ctx context.Context) error {
	if err := e.check(ctx); err != nil {
		return err
	}
	if e.buf != nil {
		e.err = e.buf.Flush()
	}
	return e.err
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
