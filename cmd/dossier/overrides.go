package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

// overrideCmds are the subcommands of "entities" that correct entity
// resolution: split, merge, overrides and undo.
func (a *app) overrideCmds() []*cobra.Command {
	var from, into string
	split := &cobra.Command{
		Use:   "split NAME [--from ENTITY]",
		Short: "Give a name that was merged into an entity an entity of its own",
		Long: `Split undoes a merge the alias resolver made: the mentions called NAME (any
case or spelling that normalises the same) leave ENTITY for an entity of their
own, with the events and relations of the sentences that name ENTITY only by
NAME. It applies to every stored document and to every document ingested later;
"dossier entities undo" reverses it exactly.

ENTITY is a name, alias or ID (org/...); without --from, the one entity that has
NAME among its aliases.`,
		Example: `  dossier entities split "NWC" --from "Northwind Cooperative"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			id, err := entityForSplit(ctx, s, args[0], from)
			if err != nil {
				return err
			}
			ov, err := s.Split(ctx, id, args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s: %q split from %s into %s in %d documents (undo: dossier entities undo %d)\n",
				ov.ID, ov.Name, ov.Entity, ov.Target, ov.Documents, ov.Seq)
			return nil
		},
	}
	split.Flags().StringVar(&from, "from", "", "the entity that has NAME (name, alias or ID)")
	merge := &cobra.Command{
		Use:   "merge ENTITY --into ENTITY",
		Short: "Make one entity part of another (names, mentions, events, relations)",
		Long: `Merge joins two entities the alias resolver kept apart: the first becomes part of
the one given by --into, which keeps its name and type; the first's names become
its aliases, and its mentions, events and relations are the kept entity's. It
applies to every stored document and to every document ingested later;
"dossier entities undo" reverses it exactly. Entities are given by name, alias or
ID (org/...).`,
		Example: `  dossier entities merge "Mujahedin-e Khalq" --into "People's Mojahedin Organization of Iran"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if into == "" {
				return fmt.Errorf("merge: --into ENTITY is required")
			}
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			fromID, err := oneEntity(ctx, s, args[0])
			if err != nil {
				return err
			}
			intoID, err := oneEntity(ctx, s, into)
			if err != nil {
				return err
			}
			ov, err := s.Merge(ctx, fromID, intoID)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s: %s merged into %s (%s) in %d documents (undo: dossier entities undo %d)\n",
				ov.ID, ov.Entity, ov.Target, ov.Name, ov.Documents, ov.Seq)
			return nil
		},
	}
	merge.Flags().StringVar(&into, "into", "", "the entity to keep (name, alias or ID)")
	var asJSON bool
	list := &cobra.Command{
		Use:   "overrides [--json]",
		Short: "List the splits and merges made by hand, in the order they apply",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			ovs, err := s.Overrides(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				if ovs == nil {
					ovs = []graph.Override{}
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(ovs)
			}
			if len(ovs) == 0 {
				fmt.Fprintln(a.stdout, "no overrides: every merge is the resolver's (see dossier entities split --help)")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "#\tOP\tENTITY\tTARGET\tNAME\tDOCS\tCREATED")
			for _, o := range ovs {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", o.Seq, o.Op, o.Entity, o.Target, o.Name, o.Documents, o.Created.Format("2006-01-02 15:04:05Z"))
			}
			return tw.Flush()
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	undo := &cobra.Command{
		Use:   "undo N",
		Short: "Remove a split or merge and restore the documents it changed",
		Long: `Undo removes override N (its number in "dossier entities overrides", or its ID
override/N) and rewrites every document it changed as if it had never been made;
the other overrides stay in force.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			ov, err := s.Undo(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s (%s %s, %s) undone in %d documents\n", ov.ID, ov.Op, ov.Entity, ov.Target, ov.Documents)
			return nil
		},
	}
	return []*cobra.Command{split, merge, list, undo}
}

// oneEntity resolves a name, alias or ID to exactly one entity ID.
func oneEntity(ctx context.Context, s *graph.Store, name string) (string, error) {
	if strings.Contains(name, "/") {
		ents, err := s.Entities(ctx, graph.EntityFilter{IDs: []string{name}})
		if err != nil {
			return "", err
		}
		if len(ents) == 1 {
			return ents[0].ID, nil
		}
	}
	ents, err := s.FindEntities(ctx, name)
	if err != nil {
		return "", err
	}
	switch len(ents) {
	case 0:
		return "", fmt.Errorf("no entity is named %q (try \"dossier entities\")", name)
	case 1:
		return ents[0].ID, nil
	}
	return "", ambiguous(name, ents)
}

// entityForSplit finds the entity a name is to be split from: --from if
// given, else the one entity with the name among its aliases.
func entityForSplit(ctx context.Context, s *graph.Store, name, from string) (string, error) {
	if from != "" {
		return oneEntity(ctx, s, from)
	}
	ents, err := s.FindEntities(ctx, name)
	if err != nil {
		return "", err
	}
	key := dossier.NormalizeName(name)
	var cands []dossier.Entity
	for _, e := range ents {
		for _, al := range e.Aliases {
			if dossier.NormalizeName(al) == key {
				cands = append(cands, e)
				break
			}
		}
	}
	switch len(cands) {
	case 0:
		return "", fmt.Errorf("no entity has %q among its aliases (try \"dossier entities --explain %s\")", name, name)
	case 1:
		return cands[0].ID, nil
	}
	return "", ambiguous(name, cands)
}

func ambiguous(name string, ents []dossier.Entity) error {
	var ids []string
	for _, e := range ents {
		ids = append(ids, fmt.Sprintf("%s (%s)", e.ID, e.Name))
	}
	return fmt.Errorf("%q is ambiguous: %s; give an ID", name, strings.Join(ids, ", "))
}
