package export

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
)

// Span is a stretch of time at the precision of its dates: it runs from the
// first day Start can denote to the last day End can denote, so a point
// event dated "1997" has Start and End both "1997" and covers the year. A
// nil bound is open.
type Span struct {
	Start *dossier.Date
	End   *dossier.Date
}

// Node is an entity as the graph formats draw it, with the span it exists in.
type Node struct {
	Entity *dossier.Entity
	Span   Span
	// Documents are the IDs of the documents whose events or relations
	// cite the entity, sorted: its provenance.
	Documents []string
}

// Edge is one line between two entities: a relation, or an event seen from
// one participant to another.
type Edge struct {
	// ID is unique within a View and stable across runs.
	ID string
	// Source and Target are entity IDs; both are nodes of the View.
	Source, Target string
	// Label is the relation's predicate or the event's type.
	Label string
	// Relation is set for relation edges, Event for event edges.
	Relation *dossier.Relation
	Event    *dossier.Event
	// Role is, for event edges, the part the target plays ("patient",
	// "place"...).
	Role string
	// Span is when the edge holds. Closer is the event that ended it, if the
	// span was derived from a pair of events (designation → delisting).
	Span   Span
	Closer *dossier.Event
}

// Evidence returns the provenance of the edge.
func (e *Edge) Evidence() dossier.Evidence {
	if e.Relation != nil {
		return e.Relation.Evidence
	}
	return e.Event.Evidence
}

// View is the entity graph that graph formats write: every entity a node,
// every relation and every event between two entities an edge, with the
// time spans Derive works out.
type View struct {
	Nodes []Node
	Edges []Edge
	// Documents indexes g.Documents by ID.
	Documents map[string]*dossier.Document
}

// intervalPairs maps an event type that opens a state to the event types
// that close it: a designation holds until the delisting of the same
// target.
var intervalPairs = map[string][]string{
	"designation":      {"delisting"},
	"ban":              {"unban", "lifting_of_ban"},
	"sanction":         {"sanction_lifting", "lifting_of_sanctions"},
	"diplomatic_break": {"diplomatic_restoration", "restoration_of_ties"},
	"arrest":           {"release"},
	"occupation":       {"withdrawal"},
}

// supportTypes lists, per relation predicate, the event types whose date
// says when the relation began, best first: based_in starts with the
// relocation that brought the subject there.
var supportTypes = map[string][]string{
	"based_in":         {"relocation", "founding", "arrival"},
	"located_in":       {"relocation", "founding", "arrival"},
	"headquartered_in": {"relocation", "founding"},
	"member_of":        {"accession", "founding"},
	"holds_position":   {"election", "appointment", "inauguration"},
	"leads":            {"election", "appointment", "inauguration"},
}

// functional predicates hold for one object at a time: a later relation of
// the same subject and predicate ends the earlier one (based in Iraq until
// based in Albania).
var functional = map[string]bool{"based_in": true, "located_in": true, "headquartered_in": true, "holds_position": true, "leads": true}

// endTypes end an entity's existence when it is the patient (or the only
// participant).
var endTypes = map[string]bool{"dissolution": true, "disbandment": true, "death": true}

// Derive builds the entity graph of g with time spans. The rules, applied to
// factual (positive, actual), dated events only:
//   - a node starts at the earliest event it takes part in (as participant
//     or place) and ends at its dissolution or death, if any;
//   - an event edge holds at the event's date, from the event's agents (or
//     its speaker, or else its first participant) to each other participant
//     and its place; an event with one entity and no place has no edge;
//   - an edge of an opening event (designation, ban, sanction, diplomatic
//     break, arrest, occupation) holds until the earliest later closing
//     event (delisting, unban, ...) with the same target and, when both
//     name agents and none of them is a person, a shared agent (a minister
//     delisting acts for the state that designated; another state's
//     delisting does not end this designation);
//   - a relation edge starts at the earliest event involving both its ends,
//     preferring the event types that start such a relation (relocation
//     for based_in), and, for predicates with one object at a time
//     (based_in, holds_position), ends when a later relation of the same
//     subject and predicate starts.
//
// Edges whose ends are not entities of g are dropped, so every edge's ends
// are nodes. Non-factual events still get edges (with their polarity and
// modality as attributes) but never derive spans.
func Derive(g *dossier.Graph) *View {
	v := &View{Documents: make(map[string]*dossier.Document, len(g.Documents))}
	for i := range g.Documents {
		v.Documents[g.Documents[i].ID] = &g.Documents[i]
	}
	idx := make(map[string]int, len(g.Entities))
	cited := citingDocuments(g)
	for i := range g.Entities {
		idx[g.Entities[i].ID] = i
		v.Nodes = append(v.Nodes, Node{Entity: &g.Entities[i], Documents: cited[g.Entities[i].ID]})
	}
	ix := newEventIndex(g)
	dates := ix.dates
	for i := range g.Events {
		if dates[i] == nil {
			continue
		}
		e := &g.Events[i]
		d := dates[i]
		for _, id := range eventEntities(e) {
			if j, ok := idx[id]; ok {
				n := &v.Nodes[j]
				if n.Span.Start == nil || d.SortKey() < n.Span.Start.SortKey() {
					n.Span.Start = d
				}
			}
		}
		if endTypes[e.Type] {
			for _, id := range targets(e) {
				if j, ok := idx[id]; ok {
					v.Nodes[j].Span.End = d
				}
			}
		}
	}
	seen := map[string]int{}
	uniq := func(id string) string {
		seen[id]++
		if n := seen[id]; n > 1 {
			return id + "#" + itoa(n)
		}
		return id
	}
	relStart := len(v.Edges)
	for i := range g.Relations {
		r := &g.Relations[i]
		if _, ok := idx[r.Subject]; !ok {
			continue
		}
		if _, ok := idx[r.Object]; !ok {
			continue
		}
		ed := Edge{
			ID:       uniq("rel:" + r.Subject + ">" + r.Predicate + ">" + r.Object + "@" + r.Evidence.Document + ":" + itoa(r.Evidence.Sentence)),
			Source:   r.Subject,
			Target:   r.Object,
			Label:    r.Predicate,
			Relation: r,
		}
		ed.Span.Start = relationStart(g, ix, r)
		v.Edges = append(v.Edges, ed)
	}
	closeFunctional(v.Edges[relStart:])
	for i := range g.Events {
		e := &g.Events[i]
		srcs, tgts := edgeEnds(e)
		var closer *dossier.Event
		var end *dossier.Date
		if dates[i] != nil {
			end = dates[i]
			if c, d := findCloser(g, ix, i); c != nil {
				closer, end = c, d
			}
		}
		for _, s := range srcs {
			if _, ok := idx[s]; !ok {
				continue
			}
			for _, t := range tgts {
				if _, ok := idx[t.Entity]; !ok || t.Entity == s {
					continue
				}
				v.Edges = append(v.Edges, Edge{
					ID:     uniq(e.ID + ":" + s + ">" + t.Entity),
					Source: s,
					Target: t.Entity,
					Label:  e.Type,
					Event:  e,
					Role:   string(t.Role),
					Span:   Span{Start: dates[i], End: end},
					Closer: closer,
				})
			}
		}
	}
	return v
}

// eventIndex finds the factual, dated events of an entity or of a type.
type eventIndex struct {
	byEntity map[string][]int
	dates    []*dossier.Date // per event; nil when not factual or undated
	people   map[string]bool // IDs of PERSON entities
}

// anyPerson reports whether any of the agents is a person: a person acts
// for an institution (a secretary of state delisting for the state that
// designated), so different agents do not keep such events apart.
func (ix *eventIndex) anyPerson(lists ...[]string) bool {
	for _, l := range lists {
		for _, id := range l {
			if ix.people[id] {
				return true
			}
		}
	}
	return false
}

// newEventIndex parses the dates of g's factual events and indexes them.
func newEventIndex(g *dossier.Graph) *eventIndex {
	ix := &eventIndex{byEntity: map[string][]int{}, dates: make([]*dossier.Date, len(g.Events)), people: map[string]bool{}}
	for i := range g.Entities {
		if g.Entities[i].Type == dossier.Person {
			ix.people[g.Entities[i].ID] = true
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		if !e.IsFact() {
			continue
		}
		d, err := dossier.ParseDate(e.Date)
		if err != nil {
			continue
		}
		ix.dates[i] = &d
		for _, id := range eventEntities(e) {
			ix.byEntity[id] = append(ix.byEntity[id], i)
		}
	}
	return ix
}

// involving returns the factual dated events of any of the entities.
func (ix *eventIndex) involving(ids []string) []int {
	var out []int
	for _, id := range ids {
		out = append(out, ix.byEntity[id]...)
	}
	return out
}

// eventEntities returns every entity an event involves: participants and
// place.
func eventEntities(e *dossier.Event) []string {
	out := make([]string, 0, len(e.Participants)+1)
	for _, p := range e.Participants {
		out = append(out, p.Entity)
	}
	if e.Place != "" {
		out = append(out, e.Place)
	}
	return out
}

// targets returns the entities an event is done to: its non-agent
// participants, or its only participant.
func targets(e *dossier.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if p.Role != dossier.Agent && p.Role != dossier.Speaker && p.Role != dossier.Requester {
			out = append(out, p.Entity)
		}
	}
	if len(out) == 0 && len(e.Participants) == 1 {
		out = append(out, e.Participants[0].Entity)
	}
	return out
}

// edgeEnds splits an event's entities into edge sources (agents, else
// speakers, else the first participant) and targets (everyone else, and
// the place).
func edgeEnds(e *dossier.Event) (srcs []string, tgts []dossier.Participant) {
	for _, role := range []dossier.Role{dossier.Agent, dossier.Speaker} {
		for _, p := range e.Participants {
			if p.Role == role && !slices.Contains(srcs, p.Entity) {
				srcs = append(srcs, p.Entity)
			}
		}
		if len(srcs) > 0 {
			break
		}
	}
	if len(srcs) == 0 && len(e.Participants) > 0 {
		srcs = append(srcs, e.Participants[0].Entity)
	}
	for _, p := range e.Participants {
		if !slices.Contains(srcs, p.Entity) {
			tgts = append(tgts, p)
		}
	}
	if e.Place != "" && !slices.Contains(srcs, e.Place) {
		tgts = append(tgts, dossier.Participant{Entity: e.Place, Role: dossier.Location})
	}
	return srcs, tgts
}

// findCloser returns the earliest factual, dated event that closes event i
// (see intervalPairs), and its date.
func findCloser(g *dossier.Graph, ix *eventIndex, i int) (*dossier.Event, *dossier.Date) {
	dates := ix.dates
	open := &g.Events[i]
	closers := intervalPairs[open.Type]
	if len(closers) == 0 || dates[i] == nil {
		return nil, nil
	}
	otgt := targets(open)
	oag := agents(open)
	var best *dossier.Event
	var bestDate *dossier.Date
	for _, j := range ix.involving(otgt) {
		c := &g.Events[j]
		if !slices.Contains(closers, c.Type) {
			continue
		}
		if dates[j].SortKey() < dates[i].SortKey() {
			continue
		}
		if !overlap(otgt, targets(c)) {
			continue
		}
		if cag := agents(c); len(oag) > 0 && len(cag) > 0 && !overlap(oag, cag) && !ix.anyPerson(oag, cag) {
			continue
		}
		if best == nil || dates[j].SortKey() < bestDate.SortKey() {
			best, bestDate = c, dates[j]
		}
	}
	return best, bestDate
}

func agents(e *dossier.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if p.Role == dossier.Agent {
			out = append(out, p.Entity)
		}
	}
	return out
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// relationStart returns the date of the earliest factual event involving
// both ends of r, preferring the event types of supportTypes.
func relationStart(g *dossier.Graph, ix *eventIndex, r *dossier.Relation) *dossier.Date {
	var best, bestAny *dossier.Date
	pref := supportTypes[r.Predicate]
	dates := ix.dates
	for _, i := range ix.byEntity[r.Subject] {
		ents := eventEntities(&g.Events[i])
		if !slices.Contains(ents, r.Subject) || !slices.Contains(ents, r.Object) {
			continue
		}
		d := dates[i]
		if slices.Contains(pref, g.Events[i].Type) {
			if best == nil || d.SortKey() < best.SortKey() {
				best = d
			}
		}
		if bestAny == nil || d.SortKey() < bestAny.SortKey() {
			bestAny = d
		}
	}
	if best != nil {
		return best
	}
	return bestAny
}

// closeFunctional ends each functional relation edge at the start of the
// next later edge of the same subject and predicate with another object.
func closeFunctional(edges []Edge) {
	groups := map[[2]string][]int{}
	for i := range edges {
		if functional[edges[i].Label] && edges[i].Span.Start != nil {
			k := [2]string{edges[i].Source, edges[i].Label}
			groups[k] = append(groups[k], i)
		}
	}
	for i := range edges {
		a := &edges[i]
		if !functional[a.Label] || a.Span.Start == nil {
			continue
		}
		for _, j := range groups[[2]string{a.Source, a.Label}] {
			b := &edges[j]
			if b.Source != a.Source || b.Label != a.Label || b.Target == a.Target || b.Span.Start == nil {
				continue
			}
			if b.Span.Start.SortKey() <= a.Span.Start.SortKey() {
				continue
			}
			if a.Span.End == nil || b.Span.Start.SortKey() < a.Span.End.SortKey() {
				a.Span.End = b.Span.Start
			}
		}
	}
}

// firstDay returns the first day d can denote.
func firstDay(d *dossier.Date) time.Time { return d.Start() }

// lastDay returns the last day d can denote, at its precision.
func lastDay(d *dossier.Date) time.Time {
	s := d.Start()
	switch d.Precision {
	case dossier.PrecisionDay:
		return s
	case dossier.PrecisionWeek:
		if d.Day == 0 {
			return s.AddDate(0, 1, -1) // the week's month: the Date keeps no day
		}
		return s.AddDate(0, 0, 6)
	case dossier.PrecisionMonth:
		return s.AddDate(0, 1, -1)
	case dossier.PrecisionSeason:
		if strings.Contains(d.Value, "-H") {
			return s.AddDate(0, 6, -1)
		}
		return s.AddDate(0, 3, -1)
	case dossier.PrecisionDecade:
		return time.Date(d.Year+9, 12, 31, 0, 0, 0, 0, time.UTC)
	case dossier.PrecisionCentury:
		return time.Date(d.Year+99, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
}

func itoa(n int) string { return strconv.Itoa(n) }
