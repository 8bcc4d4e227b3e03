package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/timeline"
)

func (a *app) timelineCmd() *cobra.Command {
	var from, to, types string
	var asJSON, all, direct, separate bool
	cmd := &cobra.Command{
		Use:   "timeline [NAME]",
		Short: "Print the events of an entity (any of its names, any case), or of all, in time order",
		Long: `Timeline prints the dated events of an entity in time order, undated ones last:
the date at its true precision ("1965", "2022-09"), the event type, the
participants with their roles and the source sentence. NAME may be any name or
alias of the entity, in any case. Without NAME, every event is listed.

By default the timeline also shows context events (marked "(context)"): events
of the documents about the entity that involve places or organisations the
entity is linked to there, such as its host country. --direct leaves them out.

Reports of one event (the same type, participants and date in several sentences
or documents, or an undated mention beside the dated report) are shown once,
with "also reported N more time(s)"; --separate lists every report.`,
		Example: `  dossier timeline MEK
  dossier timeline "mujahedeen-e-khalq" --from 1990 --to 2015 --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := timeline.Options{All: all, Direct: direct, Separate: separate}
			var err error
			if opts.From, err = parseBound("--from", from); err != nil {
				return err
			}
			if opts.To, err = parseBound("--to", to); err != nil {
				return err
			}
			if types != "" {
				opts.Types = strings.Split(types, ",")
			}
			s, err := a.openStore(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			if len(args) == 1 {
				ids, err := resolveEntity(cmd.Context(), s, args[0])
				if err != nil {
					return err
				}
				opts.Subject, opts.Same = ids[0], ids[1:]
			}
			var g *dossier.Graph
			if opts.Subject != "" {
				// Only the documents that mention the entity hold its
				// events and their context.
				g, err = s.Subgraph(cmd.Context(), append([]string{opts.Subject}, opts.Same...))
			} else {
				g, err = s.Snapshot(cmd.Context())
			}
			if err != nil {
				return err
			}
			t := timeline.Build(g, opts)
			if asJSON {
				return t.WriteJSON(a.stdout)
			}
			return t.WriteText(a.stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&to, "to", "", "latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&types, "type", "", "only these event types, comma-separated (e.g. designation,delisting)")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	f.BoolVar(&all, "all", false, "also show negated, hypothetical and demanded events")
	f.BoolVar(&direct, "direct", false, "only events the entity itself takes part in")
	f.BoolVar(&separate, "separate", false, "list every report of an event as its own row")
	return cmd
}

func parseBound(flag, s string) (*dossier.Date, error) {
	if s == "" {
		return nil, nil
	}
	d, err := dossier.ParseDate(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return &d, nil
}

// resolveEntity finds the entities named name (any alias, any case; a
// single word may be one word of a longer name) and returns their IDs, the
// most mentioned first. Entities of the same type
// under one name are taken to be the same thing.
func resolveEntity(ctx context.Context, s *graph.Store, name string) ([]string, error) {
	ents, err := s.FindEntities(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 && !strings.ContainsAny(strings.TrimSpace(name), " \t") {
		// A surname or one word of a longer name: "Vaitkus".
		if ents, err = s.FindEntitiesByWord(ctx, name); err != nil {
			return nil, err
		}
	}
	if len(ents) == 0 {
		return nil, fmt.Errorf("no entity is named %q (try \"dossier entities\")", name)
	}
	sortEntities(ents)
	ids := []string{ents[0].ID}
	for _, e := range ents[1:] {
		if e.Type == ents[0].Type {
			ids = append(ids, e.ID)
		}
	}
	return ids, nil
}

// sortEntities orders entities by mentions, then documents, then name.
func sortEntities(ents []dossier.Entity) {
	slices.SortStableFunc(ents, func(a, b dossier.Entity) int {
		if c := cmp.Compare(b.MentionCount, a.MentionCount); c != 0 {
			return c
		}
		if c := cmp.Compare(b.DocumentCount, a.DocumentCount); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
}
