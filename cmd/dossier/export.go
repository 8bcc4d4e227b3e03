package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/query/export"
)

// exportFlags are the values of the export command's flags.
type exportFlags struct {
	format, entity, from, to, types, events, out string
	hops                                         int
}

func (a *app) exportCmd() *cobra.Command {
	var fl exportFlags
	var names []string
	for _, f := range export.Formats() {
		names = append(names, fmt.Sprintf("  %-11s %s (%s)", f.Name, f.Doc, f.Ext))
	}
	cmd := &cobra.Command{
		Use:   "export --format NAME",
		Short: "Write the graph, or part of it, for Gephi, yEd, Cytoscape, Graphviz, Neo4j, TimelineJS...",
		Long: `Export writes the knowledge graph in a format another tool reads, to standard
output or to -o FILE. Every node and edge carries its type, label, aliases,
dates with their precision and its provenance (document, sentence, offsets,
confidence). Formats:

` + strings.Join(names, "\n") + `

Without --entity the whole graph is exported; with it, the entity's
neighbourhood within --hops steps (relations and shared events). The timeline
formats (timelinejs, markdown, html) give the entity's timeline, or the whole
timeline without --entity. --from/--to bound event dates (YYYY, YYYY-MM or
YYYY-MM-DD, inclusive at their precision), --types keeps entity types and
--events event types.

nquads without any filter is the store's own dump, every quad included, which
"dossier import" loads back into an empty store byte for byte. With a filter it
is the selected part, in the same vocabulary.

csv writes the Neo4j import files as a zip, or into a directory when -o names
one (an existing directory or a path ending in "/"); README.txt inside gives
the neo4j-admin command.`,
		Example: `  dossier export --format gexf -o graph.gexf
  dossier export --format timelinejs --entity MEK -o mek.json
  dossier export --format dot --entity "People's Mojahedin" --hops 2 | dot -Tsvg > mek.svg
  dossier export --format csv -o neo4j/
  dossier export --format markdown --entity pmoi --from 1990 --to 2015`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runExport(cmd, fl)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&fl.format, "format", "f", "", "output format: "+strings.Join(export.Names(), ", "))
	f.StringVar(&fl.entity, "entity", "", "export this entity's neighbourhood or timeline (any name or alias, any case)")
	f.IntVar(&fl.hops, "hops", 1, "with --entity: how many steps of relations and shared events to include")
	f.StringVar(&fl.from, "from", "", "earliest event date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&fl.to, "to", "", "latest event date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&fl.types, "types", "", "only these entity types, comma-separated (ORG,PERSON,PLACE,MISC)")
	f.StringVar(&fl.events, "events", "", "only these event types, comma-separated (e.g. designation,delisting)")
	f.StringVarP(&fl.out, "output", "o", "", "write to this file (or directory, for csv) instead of standard output")
	_ = cmd.MarkFlagRequired("format")
	return cmd
}

func (a *app) runExport(cmd *cobra.Command, fl exportFlags) error {
	ctx := cmd.Context()
	format, err := export.Lookup(fl.format)
	if err != nil {
		return err
	}
	if fl.hops < 0 {
		return fmt.Errorf("--hops %d: must be 0 or more", fl.hops)
	}
	var opts export.FilterOptions
	if opts.From, err = export.ParseBound(fl.from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if opts.To, err = export.ParseBound(fl.to); err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	if opts.Types, err = export.ParseTypes(fl.types); err != nil {
		return fmt.Errorf("--types: %w", err)
	}
	opts.Events = export.SplitList(fl.events)
	filtered := fl.entity != "" || opts.From != nil || opts.To != nil || len(opts.Types) > 0 || len(opts.Events) > 0

	s, err := a.openStore(cmd)
	if err != nil {
		return err
	}
	defer s.Close()
	if format.Name == "nquads" && !filtered {
		return a.writeOutput(fl.out, func(w io.Writer) error { return s.WriteNQuads(ctx, w) })
	}
	g, err := a.exportGraph(ctx, s, fl, format)
	if err != nil {
		return err
	}
	var wopts export.Options
	if fl.entity != "" {
		r, err := export.ResolveEntity(g, fl.entity)
		if err != nil {
			return fmt.Errorf("--entity: %w", err)
		}
		wopts.Subject, wopts.Same = r.Entity.ID, r.Same
		opts.Entity, opts.Same, opts.Hops = r.Entity.ID, r.Same, fl.hops
		if format.Timeline {
			// A timeline shows the entity's events and context events of
			// the entities it is linked to: keep all it reaches (and the
			// entity itself whatever --types says).
			opts.Hops = len(g.Entities)
		}
	}
	if filtered {
		g = export.Filter(g, opts)
	}
	if format.Name == "csv" && isDirTarget(fl.out) {
		return export.WriteNeo4jDir(ctx, fl.out, g)
	}
	return a.writeOutput(fl.out, func(w io.Writer) error { return format.Write(ctx, w, g, wopts) })
}

// exportGraph reads what the export needs: for an entity's timeline, or
// its neighbourhood of one hop, only the documents that mention an entity
// of that name (graph.Store.Subgraph); otherwise the whole graph.
func (a *app) exportGraph(ctx context.Context, s *graph.Store, fl exportFlags, format export.Format) (*dossier.Graph, error) {
	if fl.entity == "" || (!format.Timeline && fl.hops > 1) {
		return s.Snapshot(ctx)
	}
	ents, err := s.FindEntities(ctx, fl.entity)
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 {
		return s.Snapshot(ctx) // an entity ID, or no such entity: ResolveEntity says which
	}
	ids := make([]string, len(ents))
	for i, e := range ents {
		ids[i] = e.ID
	}
	return s.Subgraph(ctx, ids)
}

// isDirTarget reports whether -o names a directory: an existing one, or a
// path ending in a separator.
func isDirTarget(path string) bool {
	if path == "" {
		return false
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// writeOutput runs write on standard output, or on the file path (written
// beside it first and renamed, so a failed export leaves no half file).
func (a *app) writeOutput(path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(a.stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func (a *app) importCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: `Load N-Quads (from "dossier export --format nquads") into the store`,
		Long: `Import reads an N-Quads file, as written by "dossier export --format nquads"
without filters, into the store; "-" reads standard input. Quads already in the
store are skipped, so importing twice changes nothing. Every quad must carry
its document as the graph label. Exporting the store again gives the imported
file byte for byte.`,
		Example: `  dossier export --format nquads -o kg.nq
  dossier import --store /tmp/copy kg.nq`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runImport(cmd.Context(), cmd, args[0])
		},
	}
}

func (a *app) runImport(ctx context.Context, cmd *cobra.Command, path string) error {
	var r io.Reader = a.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		r = f
	}
	s, err := a.openStore(cmd)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.ReadNQuads(ctx, r); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	return nil
}
