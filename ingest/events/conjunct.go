package events

import (
	"fmt"
	"slices"

	"github.com/dossier-kg/dossier"
)

// conjuncts splits an event whose date is coordinated with other dates into
// one event per date: "the army staged coups in 2006 and 2014" happened
// twice, and "removed Anna Berg in 2024 and Tomas Lind in 2025" is two
// removals, each with its own patient and date (gapping); with no object,
// "Beatrix abdicated in 2013, and Juan Carlos in 2014" gaps the subject.
// ev is the event as framed, its trigger at token head, dated by tx; subj
// and obj are its subject and object mentions, nil when none; hi ends the
// trigger's segment. It returns ev (without the patients that moved to
// a conjunct) and the events the conjuncts add, numbered after ev's ID.
//
// A range ("between 2006 and 2014", "from May to June") is one period,
// not two dates; and a conjunct must end where its clause does, so "in 2006
// and 2014 prices" or "in 2024 and Lind in charge" add nothing.
func (s *sentence) conjuncts(ev dossier.Event, head int, tx stimex, subj, obj *smention, hi int) (dossier.Event, []dossier.Event) {
	if tx.first > 0 && (s.lower[tx.first-1] == "between" || s.lower[tx.first-1] == "from") {
		return ev, nil
	}
	var more []dossier.Event
	// The object's role is what a gapped conjunct's name takes: a patient
	// ("dismissed A in 2024 and B in 2025"), a recipient ("will meet the
	// LVZS on Wednesday and the Freedom Party on Thursday"); with no
	// object, the subject's role ("Beatrix abdicated in 2013, and Juan
	// Carlos in 2014").
	model := obj
	if model == nil && subj != nil && subj.Last <= head {
		model = subj
	}
	role := dossier.Patient
	if model != nil {
		role = roleOf(ev, model.Entity)
	}
	add := func(t stimex, patient *smention) {
		e := ev
		e.Date, e.DateText = t.timex.Value, t.timex.Text
		e.Participants = slices.Clone(ev.Participants)
		if patient != nil {
			e.Participants = slices.DeleteFunc(e.Participants, func(p dossier.Participant) bool {
				return p.Entity == model.Entity || p.Entity == patient.Entity
			})
			e.Participants = append(e.Participants, dossier.Participant{Entity: patient.Entity, Role: role})
		}
		e.ID = fmt.Sprintf("%s-%d", ev.ID, len(more)+2)
		more = append(more, e)
	}
	// Forward: "in 2006 and 2014", "in 2006, 2010 and in 2014", "A in 2024
	// and B in 2025". A list comma counts only when an "and" ends the list:
	// "Three years later, in May 2018," restates one date.
	type conjunct struct {
		t       stimex
		patient *smention
		and     bool
	}
	var found []conjunct
	for i := tx.last; i < hi; {
		j, and, ok := s.conjunction(i)
		if !ok {
			break
		}
		var patient *smention
		// "and the (liberal) Freedom Party on Thursday", "and King Juan
		// Carlos in 2014".
		for k := j; k < hi && k < j+3 && s.mentionAt(k) == nil && (determiners[s.lower[k]] || s.toks[k].UPOS == "ADJ" || titleHeadWords[s.lower[k]] || royalTitles[s.lower[k]]); k++ {
			if s.mentionAt(k+1) != nil {
				j = k + 1
				break
			}
		}
		if m := s.mentionAt(j); m != nil {
			// Only a second patient of the same kind, after the first
			// and its date: not "in 2024 and Germany in 2025" when the
			// first date had no patient before it.
			if model == nil || m.Type != model.Type || m.Entity == model.Entity || model.Last > tx.first || role == "" ||
				role == dossier.Agent && model == obj || role == dossier.Speaker {
				break
			}
			patient, j = m, m.Last
			// "and King Juan Carlos of Spain in 2014".
			if j+1 < hi && s.lower[j] == "of" {
				if of := s.mentionAt(j + 1); of != nil && of.Type == dossier.Place {
					j = of.Last
				}
			}
		}
		j = s.skipDatePreposition(j)
		t, ok := s.timexAt(j)
		// (Fronted, the list needs no end of clause after it: "In 2006
		// and 2014 she won the prize".)
		if !ok || !s.clauseEnds(t.last) && !(patient == nil && t.last <= head) {
			break
		}
		found = append(found, conjunct{t, patient, and})
		i = t.last
	}
	for len(found) > 0 && !found[len(found)-1].and {
		found = found[:len(found)-1]
	}
	var moved []string
	for _, c := range found {
		if c.patient == nil && c.t.timex.Value == tx.timex.Value {
			continue
		}
		add(c.t, c.patient)
		if c.patient != nil {
			moved = append(moved, c.patient.Entity)
		}
	}
	// Backward, dates only: "In 2006 and 2014, the army staged coups"
	// (not "in 2011 and 2018, when 14 men were killed": the clause is the
	// last date's).
	whenAfter := tx.last+1 < len(s.lower) && s.lower[tx.last] == "," && (s.lower[tx.last+1] == "when" || s.lower[tx.last+1] == "where")
	if len(more) == 0 && tx.last <= head && !whenAfter {
		for f := tx.first; f > 0; {
			// "2006 and 2014": an "and" right before this date, and a
			// date ending right before it.
			j := f - 1
			if s.lower[j] != "and" {
				break
			}
			t, ok := s.timexEndingAt(j)
			if !ok || t.first > 0 && (s.lower[t.first-1] == "between" || s.lower[t.first-1] == "from") || t.timex.Value == tx.timex.Value {
				break
			}
			add(t, nil)
			f = t.first
		}
	}
	if len(moved) > 0 {
		ev.Participants = slices.DeleteFunc(slices.Clone(ev.Participants), func(p dossier.Participant) bool {
			return p.Role == role && slices.Contains(moved, p.Entity)
		})
	}
	return ev, more
}

// royalTitles come before a monarch's name: "King Juan Carlos".
var royalTitles = map[string]bool{"king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"empress": true, "sultan": true, "emir": true, "pope": true, "grand": true, "duke": true, "duchess": true}

// conjunction returns the token after a coordinating "and" (", and", or a
// list comma) at token i, whether it was an "and", and whether there is
// one. "and then" and "and again" count; "or" does not: alternatives are
// not both facts.
func (s *sentence) conjunction(i int) (int, bool, bool) {
	if i >= len(s.toks) {
		return i, false, false
	}
	and := false
	switch s.lower[i] {
	case ",":
		i++
		if i < len(s.toks) && s.lower[i] == "and" {
			i, and = i+1, true
		}
	case "and":
		i, and = i+1, true
	default:
		return i, false, false
	}
	if i < len(s.toks) && (s.lower[i] == "again" || s.lower[i] == "then") {
		i++
	}
	return i, and, true
}

// skipDatePreposition steps over "in", "on" or "at" before a date.
func (s *sentence) skipDatePreposition(i int) int {
	if i < len(s.toks) && (s.lower[i] == "in" || s.lower[i] == "on" || s.lower[i] == "at") {
		return i + 1
	}
	return i
}

// timexAt returns the date expression starting at token i.
func (s *sentence) timexAt(i int) (stimex, bool) {
	for _, t := range s.timexs {
		if t.first == i {
			return t, true
		}
	}
	return stimex{}, false
}

// timexEndingAt returns the date expression whose last token is i-1.
func (s *sentence) timexEndingAt(i int) (stimex, bool) {
	for _, t := range s.timexs {
		if t.last == i {
			return t, true
		}
	}
	return stimex{}, false
}

// clauseEnds reports whether a phrase ending before token i ends its
// clause or its subject: the sentence ends, or punctuation, a conjunction
// or a verb follows ("protests on Monday and Tuesday drew thousands").
func (s *sentence) clauseEnds(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	if u := s.toks[i].UPOS; u == "VERB" || u == "AUX" {
		return true
	}
	// "went on strike in 2006 and 2014 over similar grievances": a
	// phrase of its own follows (not "of": "in May and June of 2014").
	if s.toks[i].UPOS == "ADP" && s.lower[i] != "of" {
		return true
	}
	switch s.lower[i] {
	case ".", ",", ";", ":", "and", "but", "!", "?", ")", "—", "–", "\"", "”", "'", "’", "respectively":
		return true
	case "that":
		// "said in 2019 and again in 2025 that the island was for sale"
		return i > 0 && s.toks[i-1].UPOS == "NUM"
	}
	return false
}

// roleOf returns the role of entity in ev, "" when it takes no part.
func roleOf(ev dossier.Event, entity string) dossier.Role {
	for _, p := range ev.Participants {
		if p.Entity == entity {
			return p.Role
		}
	}
	return ""
}
