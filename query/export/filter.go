package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
)

// FilterOptions selects part of a graph. The zero value selects everything.
type FilterOptions struct {
	// Entity is the ID of the entity whose neighbourhood is kept; "" keeps
	// the whole graph.
	Entity string
	// Same lists other entity IDs that name the same thing as Entity: the
	// neighbourhood starts from all of them.
	Same []string
	// Hops is how far from Entity to go: entities reached through at most
	// Hops relations or shared events are kept. 0 keeps Entity alone (and
	// the events that involve it only).
	Hops int
	// From and To bound event dates, inclusive at the precision of the
	// bound ("2012" as To includes 2012-12-31). When either is set, undated
	// events are dropped. Relations carry no date of their own and stay.
	From, To *dossier.Date
	// Types keeps only entities of these types (Entity itself always
	// stays), when not empty.
	Types []dossier.EntityType
	// Events keeps only events of these types, when not empty.
	Events []string
}

// ParseTypes parses a comma-separated list of entity types ("ORG,PERSON",
// CoNLL names accepted), naming the first unknown one in the error.
func ParseTypes(list string) ([]dossier.EntityType, error) {
	var out []dossier.EntityType
	for _, s := range splitList(list) {
		t, ok := dossier.ParseEntityType(s)
		if !ok {
			return nil, fmt.Errorf("export: unknown entity type %q (known: ORG, PERSON, PLACE, MISC)", s)
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// ParseBound parses a --from or --to date (a TIMEX3 calendar value such as
// "1997", "2022-09" or "2013-03-22"); "" gives nil.
func ParseBound(s string) (*dossier.Date, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	d, err := dossier.ParseDate(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("export: bad date bound: %w", err)
	}
	return &d, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(list string) []string {
	var out []string
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// SplitList splits a comma-separated flag value such as --events, trimming
// spaces and dropping empty items.
func SplitList(list string) []string { return splitList(list) }

// Filter returns the part of g that opts selects, as a new graph sharing
// no slices with g. It works in this order:
//  1. events are kept when their type is in Events (if set) and their date
//     lies in [From, To] (if set);
//  2. with Entity set, entities are kept within Hops steps of it, a step
//     being a relation or a kept event that two entities share;
//  3. with Types set, entities of other types are dropped (Entity stays);
//  4. the result is the induced subgraph: events whose participants and
//     place are all kept, relations whose two ends are kept, and the
//     documents their evidence cites.
//
// An Entity that is not in g gives an empty graph.
func Filter(g *dossier.Graph, opts FilterOptions) *dossier.Graph {
	events := make([]int, 0, len(g.Events))
	for i := range g.Events {
		if keepEvent(&g.Events[i], opts) {
			events = append(events, i)
		}
	}
	keep := make(map[string]bool, len(g.Entities))
	if opts.Entity == "" {
		for i := range g.Entities {
			keep[g.Entities[i].ID] = true
		}
	} else {
		keep = neighbourhood(g, events, append([]string{opts.Entity}, opts.Same...), opts.Hops)
	}
	if len(opts.Types) > 0 {
		for i := range g.Entities {
			e := &g.Entities[i]
			if e.ID != opts.Entity && !slices.Contains(opts.Same, e.ID) && !slices.Contains(opts.Types, e.Type) {
				delete(keep, e.ID)
			}
		}
	}
	out := &dossier.Graph{}
	known := make(map[string]bool, len(g.Entities))
	for i := range g.Entities {
		e := g.Entities[i]
		known[e.ID] = true
		if keep[e.ID] {
			e.Aliases = slices.Clone(e.Aliases)
			out.Entities = append(out.Entities, e)
		}
	}
	// An ID that names no entity (a dangling reference) does not exclude
	// an event unless an entity filter is on.
	kept := func(id string) bool { return keep[id] || (!known[id] && opts.Entity == "" && len(opts.Types) == 0) }
	docs := map[string]bool{}
	for _, i := range events {
		e := g.Events[i]
		ok := true
		for _, id := range eventEntities(&e) {
			if !kept(id) {
				ok = false
				break
			}
		}
		if !ok || (opts.Entity != "" && len(eventEntities(&e)) == 0) {
			continue
		}
		e.Participants = slices.Clone(e.Participants)
		out.Events = append(out.Events, e)
		docs[e.Evidence.Document] = true
	}
	for _, r := range g.Relations {
		if kept(r.Subject) && kept(r.Object) {
			out.Relations = append(out.Relations, r)
			docs[r.Evidence.Document] = true
		}
	}
	whole := opts.Entity == "" && len(opts.Types) == 0 && len(opts.Events) == 0 && opts.From == nil && opts.To == nil
	for _, d := range g.Documents {
		if whole || docs[d.ID] {
			out.Documents = append(out.Documents, d)
		}
	}
	return out
}

func keepEvent(e *dossier.Event, opts FilterOptions) bool {
	if len(opts.Events) > 0 && !slices.Contains(opts.Events, e.Type) {
		return false
	}
	if opts.From == nil && opts.To == nil {
		return true
	}
	d, err := dossier.ParseDate(e.Date)
	if err != nil {
		return false
	}
	if opts.From != nil && d.SortKey() < opts.From.SortKey() {
		return false
	}
	if opts.To != nil && !lastDay(&d).Before(lastDay(opts.To).AddDate(0, 0, 1)) {
		return false
	}
	return true
}

// neighbourhood returns the entities within hops steps of any of starts
// over relations and the given events.
func neighbourhood(g *dossier.Graph, events []int, starts []string, hops int) map[string]bool {
	adj := map[string][]string{}
	link := func(a, b string) {
		if a != b {
			adj[a] = append(adj[a], b)
			adj[b] = append(adj[b], a)
		}
	}
	for _, r := range g.Relations {
		link(r.Subject, r.Object)
	}
	for _, i := range events {
		ents := eventEntities(&g.Events[i])
		for x := range ents {
			for y := x + 1; y < len(ents); y++ {
				link(ents[x], ents[y])
			}
		}
	}
	known := make(map[string]bool, len(g.Entities))
	for i := range g.Entities {
		known[g.Entities[i].ID] = true
	}
	keep := map[string]bool{}
	var frontier []string
	for _, s := range starts {
		if known[s] && !keep[s] {
			keep[s] = true
			frontier = append(frontier, s)
		}
	}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, id := range frontier {
			for _, n := range adj[id] {
				if !keep[n] && known[n] {
					keep[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	return keep
}
