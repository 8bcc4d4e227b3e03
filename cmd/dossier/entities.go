package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

func (a *app) entitiesCmd() *cobra.Command {
	var typ, explain string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "entities [--type ORG|PERSON|PLACE|MISC] [--json] [--explain NAME]",
		Short: "List the stored entities with their type, aliases, mention and document counts",
		Long: `Entities lists the stored entities, most mentioned first, with their type,
canonical name, mention and document counts and aliases.

--explain NAME shows why the names of the entity called NAME (any alias) were
merged: every name with how the resolver linked it (the canonical name, an alias
the text declares as in "X (Y)" or "also known as", an acronym, a surname, a
transliteration, a gazetteer alias, a demonym...) and the documents and byte
offsets that say so, and the splits and merges made by hand.

The resolver's merges live in the documents that made them: deleting or
re-ingesting a document removes its evidence. When it is wrong, correct it:
"dossier entities split NAME" gives a merged name an entity of its own,
"dossier entities merge A --into B" joins two entities, "dossier entities
overrides" lists the corrections and "dossier entities undo N" reverses one
exactly. Corrections hold for documents ingested later too.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var f graph.EntityFilter
			if typ != "" {
				t, ok := dossier.ParseEntityType(typ)
				if !ok {
					return fmt.Errorf("--type %q: want ORG, PERSON, PLACE or MISC", typ)
				}
				f.Type = t
			}
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			if explain != "" {
				return a.explainEntity(cmd.Context(), s, explain, asJSON)
			}
			ents, err := s.Entities(cmd.Context(), f)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if ents == nil {
					ents = []dossier.Entity{}
				}
				return enc.Encode(ents)
			}
			return writeEntityTable(a.stdout, ents)
		},
	}
	cmd.AddCommand(a.overrideCmds()...)
	cmd.Flags().StringVar(&typ, "type", "", "only entities of this type: ORG, PERSON, PLACE or MISC")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	cmd.Flags().StringVar(&explain, "explain", "", "show why the names of this entity (any alias) were merged, with evidence")
	return cmd
}

// explanation is the --explain output for one entity.
type explanation struct {
	Entity   dossier.Entity        `json:"entity"`
	Mentions []graph.MentionRecord `json:"mentions"`
}

func (a *app) explainEntity(ctx context.Context, s *graph.Store, name string, asJSON bool) error {
	ids, err := resolveEntity(ctx, s, name)
	if err != nil {
		return err
	}
	ents, err := s.Entities(ctx, graph.EntityFilter{IDs: ids})
	if err != nil {
		return err
	}
	var out []explanation
	for _, e := range ents {
		ms, err := s.EntityMentions(ctx, e.ID)
		if err != nil {
			return err
		}
		out = append(out, explanation{Entity: e, Mentions: ms})
	}
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, x := range out {
		fmt.Fprintf(a.stdout, "%s %s (%s): %d mentions in %d documents\n", x.Entity.Type, x.Entity.Name, x.Entity.ID, x.Entity.MentionCount, x.Entity.DocumentCount)
		byName := map[string][]graph.MentionRecord{}
		var names []string
		for _, m := range x.Mentions {
			if m.Kind == "pronoun" || m.Kind == "nominal" {
				continue
			}
			k := m.Text + "\x00" + m.Kind
			if _, ok := byName[k]; !ok {
				names = append(names, k)
			}
			byName[k] = append(byName[k], m)
		}
		slices.Sort(names)
		tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  NAME\tLINKED AS\tEVIDENCE (document: byte offsets)")
		for _, k := range names {
			ms := byName[k]
			var ev []string
			for i, m := range ms {
				if i == 4 {
					ev = append(ev, fmt.Sprintf("... %d more", len(ms)-4))
					break
				}
				ev = append(ev, fmt.Sprintf("%s:%d-%d", m.Document, m.Start, m.End))
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", ms[0].Text, ms[0].Kind, strings.Join(ev, ", "))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(out) > 1 {
		fmt.Fprintf(a.stdout, "%d entities go by %q; timelines of that name show them together.\n", len(out), name)
	}
	ovs, err := s.Overrides(ctx)
	if err != nil {
		return err
	}
	for _, o := range ovs {
		for _, x := range out {
			if o.Entity == x.Entity.ID || o.Target == x.Entity.ID {
				fmt.Fprintf(a.stdout, "override %d: %s %s -> %s (%q), %s (undo: dossier entities undo %d)\n",
					o.Seq, o.Op, o.Entity, o.Target, o.Name, o.Created.Format("2006-01-02"), o.Seq)
				break
			}
		}
	}
	return nil
}

// writeEntityTable prints entities as an aligned table, most mentioned first.
func writeEntityTable(w interface{ Write([]byte) (int, error) }, ents []dossier.Entity) error {
	sortEntities(ents)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tNAME\tMENTIONS\tDOCS\tALIASES")
	for _, e := range ents {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", e.Type, e.Name, e.MentionCount, e.DocumentCount, strings.Join(e.Aliases, "; "))
	}
	return tw.Flush()
}
