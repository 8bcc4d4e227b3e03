package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/read"
	"github.com/dossier-kg/dossier/timeline"
)

func (a *app) demoCmd() *cobra.Command {
	var seeds, subject string
	var keep bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled sample articles into a fresh embedded store and show a timeline and the entities",
		Long: `Demo runs the main job end to end on the embedded (bolt) store: it ingests
the sample articles bundled in the binary (and the reference articles in
../shared/seeds when that folder exists), then prints the timeline of the MEK
and the entity table. The store is a temporary one unless --store is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("store") {
				dir, err := os.MkdirTemp("", "dossier-demo-")
				if err != nil {
					return err
				}
				if !keep {
					defer os.RemoveAll(dir)
				}
				cfg.Store.Path = filepath.Join(dir, "graph.bolt")
			}
			docs, err := sampleDocuments(seeds)
			if err != nil {
				return err
			}
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			s, err := openStoreConfig(cmd.Context(), cfg, false)
			if err != nil {
				return err
			}
			defer s.Close()
			b := &ingest.Batch{Pipeline: p}
			res, err := b.Documents(cmd.Context(), docs, s)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Ingested into %s store %s:\n  %s\n\n", s.Backend(), s.Path(), res.Summary())
			return a.demoReport(cmd, s, subject)
		},
	}
	cmd.Flags().StringVar(&seeds, "seeds", filepath.Join("..", "shared", "seeds"), "folder of extra articles to ingest if it exists")
	cmd.Flags().StringVar(&subject, "timeline", "MEK", "entity whose timeline to print")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the temporary store and print where it is")
	return cmd
}

// sampleDocuments reads the bundled samples and, if the folder exists, the
// seed articles.
func sampleDocuments(seeds string) ([]*dossier.Document, error) {
	var docs []*dossier.Document
	names, err := fs.Glob(dossier.Samples, "testdata/articles/*.txt")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	for _, n := range names {
		data, err := dossier.Samples.ReadFile(n)
		if err != nil {
			return nil, err
		}
		d, err := read.Reader(bytes.NewReader(data), "samples/"+filepath.Base(n), read.DefaultOptions())
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	if st, err := os.Stat(seeds); err == nil && st.IsDir() {
		paths, err := read.Expand([]string{seeds})
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			d, err := read.File(p, read.DefaultOptions())
			if err != nil {
				return nil, err
			}
			docs = append(docs, d...)
		}
	}
	return docs, nil
}

func (a *app) demoReport(cmd *cobra.Command, s *graph.Store, subject string) error {
	ctx := cmd.Context()
	ids, err := resolveEntity(ctx, s, subject)
	if err != nil {
		return err
	}
	g, err := s.Snapshot(ctx)
	if err != nil {
		return err
	}
	t := timeline.Build(g, timeline.Options{Subject: ids[0], Same: ids[1:]})
	if err := t.WriteText(a.stdout); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout)
	ents, err := s.Entities(ctx, graph.EntityFilter{})
	if err != nil {
		return err
	}
	sortEntities(ents)
	if len(ents) > 30 {
		fmt.Fprintf(a.stdout, "Entities (30 most mentioned of %d):\n", len(ents))
		ents = ents[:30]
	} else {
		fmt.Fprintln(a.stdout, "Entities:")
	}
	return writeEntityTable(a.stdout, ents)
}
