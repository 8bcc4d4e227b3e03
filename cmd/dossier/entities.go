package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

func (a *app) entitiesCmd() *cobra.Command {
	var typ string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "entities [--type ORG|PERSON|PLACE|MISC] [--json]",
		Short: "List the stored entities with their type, aliases, mention and document counts",
		Args:  cobra.NoArgs,
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
	cmd.Flags().StringVar(&typ, "type", "", "only entities of this type: ORG, PERSON, PLACE or MISC")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
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
