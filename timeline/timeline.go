// Package timeline orders the events of the knowledge graph in time: the
// events of one entity (or all of them), sorted by date with undated events
// last, filtered by date range and event type, and rendered as a text table
// or JSON.
//
// It works on a dossier.Graph read back from the store and sorts in Go:
// sorting in Gizmo is orders of magnitude slower (see the Cayley notes).
// It does not query the store itself.
package timeline

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Options selects the events of a timeline. The zero value gives every
// factual event of the graph.
type Options struct {
	// Subject is the ID of the entity whose timeline is built; "" means all
	// events.
	Subject string
	// Same lists other entity IDs that name the same thing as Subject (the
	// nodes an alias lookup found); their events count as the subject's.
	Same []string
	// Direct keeps only events the subject takes part in. Otherwise the
	// timeline also shows context events: events of the documents about the
	// subject whose participants are entities the subject is linked to there
	// (by a relation or a shared event), e.g. the host country of a group.
	Direct bool
	// From and To bound the dates (inclusive, compared by sort key at the
	// precision of the bound); a zero bound is open. Undated events are
	// dropped when a bound is set.
	From, To *dossier.Date
	// Types keeps only these event types, when not empty.
	Types []string
	// All includes negated, hypothetical and demanded events, marked as such.
	// By default only facts are shown.
	All bool
	// Separate keeps every report of an event as its own row. By default
	// reports of one event (same type, participants, place, polarity and
	// modality, and the same date; or, undated, beside the one dated report
	// of that type in the same document whose participants include its own
	// or are included in them) are folded into the first, earliest-dated
	// row, their evidence listed in Row.Also.
	Separate bool
}

// Participant is an event participant with its entity resolved.
type Participant struct {
	Entity dossier.Entity `json:"entity"`
	Role   dossier.Role   `json:"role"`
}

// Row is one event of a timeline.
type Row struct {
	Event dossier.Event `json:"event"`
	// Date is the parsed event date; Dated is false for undated events.
	Date  dossier.Date `json:"-"`
	Dated bool         `json:"dated"`
	// Participants are the event's participants with their entities.
	Participants []Participant `json:"participants"`
	// Place is the place of the event, if known.
	Place *dossier.Entity `json:"place,omitempty"`
	// Context is true for an event shown because it involves an entity the
	// subject is linked to, not the subject itself.
	Context bool `json:"context,omitempty"`
	// Also holds the evidence of other reports of the same event folded
	// into this row (see Options.Separate): the same type, participants,
	// place and date in another sentence or document, or an undated
	// mention of it in the same document.
	Also []dossier.Evidence `json:"also,omitempty"`
}

// Timeline is an ordered list of events, optionally about one subject.
type Timeline struct {
	Subject *dossier.Entity `json:"subject,omitempty"`
	Rows    []Row           `json:"rows"`
}

// Build selects, resolves and sorts the events of g according to opts.
func Build(g *dossier.Graph, opts Options) *Timeline {
	ents := make(map[string]*dossier.Entity, len(g.Entities))
	for i := range g.Entities {
		ents[g.Entities[i].ID] = &g.Entities[i]
	}
	t := &Timeline{}
	if opts.Subject != "" {
		t.Subject = ents[opts.Subject]
	}
	subject := map[string]bool{}
	if opts.Subject != "" {
		subject[opts.Subject] = true
		for _, id := range opts.Same {
			subject[id] = true
		}
	}
	var related map[string]map[string]bool // document -> linked entity IDs
	if opts.Subject != "" && !opts.Direct {
		related = linked(g, subject)
	}
	for _, e := range g.Events {
		if !opts.All && !e.IsFact() {
			continue
		}
		if len(opts.Types) > 0 && !slices.Contains(opts.Types, e.Type) {
			continue
		}
		ctx := false
		if opts.Subject != "" && !involvesAny(&e, subject) && !subject[e.Place] {
			if related == nil || !involvesAny(&e, related[e.Evidence.Document]) {
				continue
			}
			ctx = true
		}
		r := Row{Event: e, Context: ctx}
		if d, err := dossier.ParseDate(e.Date); err == nil {
			r.Date, r.Dated = d, true
		}
		if (opts.From != nil || opts.To != nil) && !r.Dated {
			continue
		}
		if opts.From != nil && r.Date.SortKey() < opts.From.SortKey() {
			continue
		}
		if opts.To != nil && !before(r.Date, *opts.To) {
			continue
		}
		for _, p := range e.Participants {
			r.Participants = append(r.Participants, Participant{Entity: resolve(ents, p.Entity), Role: p.Role})
		}
		if e.Place != "" {
			pl := resolve(ents, e.Place)
			r.Place = &pl
		}
		t.Rows = append(t.Rows, r)
	}
	slices.SortStableFunc(t.Rows, compareRows)
	if !opts.Separate {
		t.Rows = fold(t.Rows)
	}
	return t
}

// fold merges the rows that report one event into the first of them (rows
// are sorted, so dated rows come before undated ones).
func fold(rows []Row) []Row {
	type key struct{ what, date string }
	type docKey struct{ doc, what string }
	exact := map[key]int{}       // (event, date) -> row
	dated := map[docKey]int{}    // (document, event) -> its first dated row
	byType := map[docKey][]int{} // (document, event type) -> dated rows
	out := rows[:0]
	for _, r := range rows {
		// Each statement is news of its own: "X said on Monday" twice
		// is two things said, not one reported twice.
		if r.Event.Type == "statement" {
			out = append(out, r)
			continue
		}
		what := eventKey(&r.Event)
		doc := r.Event.Evidence.Document
		i, ok := exact[key{what, r.Event.Date}]
		if !ok && !r.Dated {
			if i, ok = dated[docKey{doc, what}]; !ok {
				// A headline's "Maduro cuts ties with Colombia" beside
				// the body's dated "Maduro broke off relations": the
				// same kind of event in one document whose participants
				// one of the two reports names in full.
				i = partialMatch(out, byType[docKey{doc, r.Event.Type}], &r)
				ok = i >= 0
			}
		}
		if ok {
			out[i].Also = append(out[i].Also, r.Event.Evidence)
			continue
		}
		exact[key{what, r.Event.Date}] = len(out)
		if r.Dated {
			// The latest dated report: an undated headline ("Germany
			// expels two Russian diplomats") is the story's news, not the
			// background's earlier expulsion.
			dated[docKey{doc, what}] = len(out)
			byType[docKey{doc, r.Event.Type}] = append(byType[docKey{doc, r.Event.Type}], len(out))
		}
		out = append(out, r)
	}
	return out
}

// partialMatch returns the one row among cands (dated rows of r's document
// and type) with r's polarity, modality and place whose participants
// include r's or are included in them, or -1 if there is none or more than
// one.
func partialMatch(rows []Row, cands []int, r *Row) int {
	found := -1
	mine := participantSet(&r.Event)
	for _, i := range cands {
		o := &rows[i].Event
		if o.Polarity != r.Event.Polarity || o.Modality != r.Event.Modality || (o.Place != "" && r.Event.Place != "" && o.Place != r.Event.Place) {
			continue
		}
		theirs := participantSet(o)
		if len(mine) == 0 || len(theirs) == 0 || !(subset(mine, theirs) || subset(theirs, mine)) {
			continue
		}
		if found >= 0 {
			return -1 // ambiguous
		}
		found = i
	}
	return found
}

func participantSet(e *dossier.Event) map[string]bool {
	m := make(map[string]bool, len(e.Participants))
	for _, p := range e.Participants {
		m[string(p.Role)+"="+p.Entity] = true
	}
	return m
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// eventKey identifies what an event says, apart from its date and source:
// type, participants with roles, place, polarity, modality and source.
func eventKey(e *dossier.Event) string {
	parts := make([]string, 0, len(e.Participants)+5)
	for _, p := range e.Participants {
		parts = append(parts, string(p.Role)+"="+p.Entity)
	}
	slices.Sort(parts)
	parts = append(parts, "type="+e.Type, "place="+e.Place, "pol="+e.Polarity, "mod="+e.Modality, "src="+e.Source)
	return strings.Join(parts, "\x00")
}

// before reports whether d falls at or before the end of bound at the
// bound's precision ("2012" includes 2012-12-31).
func before(d, bound dossier.Date) bool {
	hi := bound.SortKey()
	switch {
	case bound.Day != 0:
	case bound.Month != 0:
		hi += 99
	case bound.Precision == dossier.PrecisionDecade:
		hi += 9*10000 + 9999
	default:
		hi += 9999
	}
	return d.SortKey() <= hi
}

func compareRows(a, b Row) int {
	if a.Dated != b.Dated {
		if a.Dated {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.Date.SortKey(), b.Date.SortKey()); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Event.Evidence.Document, b.Event.Evidence.Document); c != 0 {
		return c
	}
	return cmp.Compare(a.Event.Trigger.Start, b.Event.Trigger.Start)
}

func resolve(ents map[string]*dossier.Entity, id string) dossier.Entity {
	if e, ok := ents[id]; ok {
		return *e
	}
	return dossier.Entity{ID: id, Name: id}
}

// authorityTypes are events an authority does to the subject; their agents
// (the listing state, the court) do not make the subject's context.
var authorityTypes = map[string]bool{
	"designation": true, "delisting": true, "ban": true, "ban_lifted": true, "sanction": true,
	"sanction_lifted": true, "expulsion": true, "arrest": true, "trial": true, "release": true,
	"charge": true, "conviction": true, "sentence": true, "acquittal": true, "impeachment": true,
	"attack": true, "killing": true, "statement": true, "dissolution": true, "overthrow": true,
	"ruling": true, "arrest_warrant": true, "fine": true, "raid": true, "investigation": true, "pardon": true,
	"dismissal": true, "capture": true, "seizure": true, "abduction": true,
}

func involvesAny(e *dossier.Event, ids map[string]bool) bool {
	for _, p := range e.Participants {
		if ids[p.Entity] {
			return true
		}
	}
	return false
}

// linked returns, per document that involves subject, the entities the
// subject is linked to there: the other ends of its relations and the
// participants and places of its own factual events (where it went, who
// took it in, whom it dealt with). Authorities acting on it (a designating
// state, a court) are left out so that they do not pull their whole
// history into the timeline.
func linked(g *dossier.Graph, subject map[string]bool) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(doc, id string) {
		if id == "" || subject[id] {
			return
		}
		if out[doc] == nil {
			out[doc] = map[string]bool{}
		}
		out[doc][id] = true
	}
	for _, r := range g.Relations {
		switch {
		case subject[r.Subject]:
			add(r.Evidence.Document, r.Object)
		case subject[r.Object]:
			add(r.Evidence.Document, r.Subject)
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		if !e.IsFact() || !(involvesAny(e, subject) || subject[e.Place]) {
			continue
		}
		add(e.Evidence.Document, e.Place)
		for _, p := range e.Participants {
			if p.Role == dossier.Requester || p.Role == dossier.Agent && authorityTypes[e.Type] {
				continue
			}
			add(e.Evidence.Document, p.Entity)
		}
	}
	return out
}
