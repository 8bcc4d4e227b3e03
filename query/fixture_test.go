package query

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
)

// builder makes a hand-written analysis, finding spans by substring.
type builder struct{ a *dossier.Analysis }

func newDoc(id, text string, published string) *builder {
	t, err := time.Parse("2006-01-02", published)
	if err != nil {
		panic(err)
	}
	a := &dossier.Analysis{Doc: &dossier.Document{ID: id, Title: "Title of " + id, Source: id + ".txt", Text: text, Published: t}}
	start := 0
	for _, part := range strings.SplitAfter(text, ". ") {
		end := start + len(strings.TrimRight(part, " "))
		a.Sentences = append(a.Sentences, dossier.Sentence{Span: dossier.Span{Start: start, End: end}})
		start += len(part)
	}
	return &builder{a: a}
}

func (b *builder) span(s string) dossier.Span {
	i := strings.Index(b.a.Doc.Text, s)
	if i < 0 {
		panic("fixture: " + s + " not in text")
	}
	return dossier.Span{Start: i, End: i + len(s)}
}

func (b *builder) entity(t dossier.EntityType, name string, aliases ...string) string {
	id := dossier.EntityID(t, name)
	e := dossier.Entity{ID: id, Type: t, Name: name, Aliases: aliases}
	for _, form := range append([]string{name}, aliases...) {
		if strings.Contains(b.a.Doc.Text, form) {
			sp := b.span(form)
			e.Mentions = append(e.Mentions, dossier.Mention{Span: sp, Text: form, Type: t, Sentence: b.a.SentenceAt(sp.Start), Entity: id, Confidence: 1})
		}
	}
	b.a.Entities = append(b.a.Entities, e)
	return id
}

func (b *builder) event(typ, trigger, date string, parts ...dossier.Participant) {
	sp := b.span(trigger)
	b.a.Events = append(b.a.Events, dossier.Event{
		ID: dossier.EventID(b.a.Doc.ID, typ, sp), Type: typ, Trigger: sp, TriggerText: trigger, Date: date,
		Participants: parts, Evidence: b.a.EvidenceFor(b.a.SentenceAt(sp.Start), 0.8),
	})
}

func (b *builder) relation(subj, pred, obj, in string) {
	b.a.Relations = append(b.a.Relations, dossier.Relation{Subject: subj, Predicate: pred, Object: obj,
		Evidence: b.a.EvidenceFor(b.a.SentenceAt(b.span(in).Start), 0.7)})
}

func agent(id string) dossier.Participant {
	return dossier.Participant{Entity: id, Role: dossier.Agent}
}
func patient(id string) dossier.Participant {
	return dossier.Participant{Entity: id, Role: dossier.Patient}
}

// fixtureStore holds two small articles about a ferry company, in memory.
func fixtureStore(t testing.TB) *graph.Store {
	return fixtureStoreOn(t, graph.Options{Backend: graph.BackendMemory})
}

// fixtureStoreOn writes the fixture articles into a store opened with o.
func fixtureStoreOn(t testing.TB, o graph.Options) *graph.Store {
	t.Helper()
	one := newDoc("doc-q1", "Fjordline Ferries was founded in Bergen in 2001 by Ingrid Dahl. "+
		"In 2015 the company bought two ships from Baltic Yards.", "2023-01-10")
	fl := one.entity(dossier.Org, "Fjordline Ferries", "Fjordline")
	dahl := one.entity(dossier.Person, "Ingrid Dahl")
	one.entity(dossier.Place, "Bergen")
	by := one.entity(dossier.Org, "Baltic Yards")
	one.event("founding", "founded", "2001", agent(dahl), patient(fl))
	one.event("purchase", "bought", "2015", agent(fl), dossier.Participant{Entity: by, Role: dossier.Recipient})
	one.relation(dahl, "founder_of", fl, "founded")

	two := newDoc("doc-q2", "Ingrid Dahl sold her stake in Fjordline in March 2015. "+
		"Baltic Yards sued Fjordline on 2 May 2019.", "2019-05-03")
	dahl = two.entity(dossier.Person, "Ingrid Dahl")
	fl = two.entity(dossier.Org, "Fjordline Ferries", "Fjordline")
	by = two.entity(dossier.Org, "Baltic Yards")
	two.event("sale", "sold", "2015-03", agent(dahl), patient(fl))
	two.event("lawsuit", "sued", "2019-05-02", agent(by), patient(fl))
	two.relation(by, "supplier_of", fl, "sued")

	s, err := graph.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, a := range []*dossier.Analysis{one.a, two.a} {
		if _, err := s.WriteDocument(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
