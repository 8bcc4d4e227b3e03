package graph

import (
	"fmt"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
)

// fixture builds a hand-made analysis over a text, finding spans by
// substring so offsets stay right when the text is edited.
type fixture struct {
	a *dossier.Analysis
}

func newFixture(id, title, text string, published time.Time) *fixture {
	doc := &dossier.Document{
		ID: id, Title: title, Published: published, Source: "testdata/" + id + ".txt",
		URL: "https://news.example.org/" + id, Format: "text", Text: text,
	}
	a := &dossier.Analysis{Doc: doc}
	// Sentences: split after ". ".
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end = start + end + 1
		}
		a.Sentences = append(a.Sentences, dossier.Sentence{Span: dossier.Span{Start: start, End: end}})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return &fixture{a: a}
}

// span returns the span of the nth (0-based) occurrence of s.
func (f *fixture) span(s string, nth int) dossier.Span {
	text := f.a.Doc.Text
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], s)
		if j < 0 {
			panic(fmt.Sprintf("fixture %s: %q occurrence %d not in text", f.a.Doc.ID, s, nth))
		}
		if i == nth {
			return dossier.Span{Start: off + j, End: off + j + len(s)}
		}
		off += j + len(s)
	}
}

// entity adds an entity with mentions of the given surface forms (each its
// first occurrence unless written "form#n").
func (f *fixture) entity(t dossier.EntityType, name string, aliases []string, mentions ...string) string {
	id := dossier.EntityID(t, name)
	e := dossier.Entity{ID: id, Type: t, Name: name, Aliases: aliases}
	for _, m := range mentions {
		form, nth := m, 0
		if i := strings.LastIndexByte(m, '#'); i > 0 {
			form = m[:i]
			fmt.Sscan(m[i+1:], &nth)
		}
		sp := f.span(form, nth)
		e.Mentions = append(e.Mentions, dossier.Mention{
			Span: sp, Text: form, Type: t, Sentence: f.a.SentenceAt(sp.Start), Entity: id, Kind: "name", Confidence: 0.9,
		})
	}
	f.a.Entities = append(f.a.Entities, e)
	return id
}

func (f *fixture) event(typ, trigger, date, dateText string, place string, parts ...dossier.Participant) {
	sp := f.span(trigger, 0)
	sent := f.a.SentenceAt(sp.Start)
	f.a.Events = append(f.a.Events, dossier.Event{
		ID: dossier.EventID(f.a.Doc.ID, typ, sp), Type: typ, Trigger: sp, TriggerText: trigger,
		Date: date, DateText: dateText, Participants: parts, Place: place,
		Evidence: f.a.EvidenceFor(sent, 0.75),
	})
}

func (f *fixture) relation(subj, pred, obj, value, in string) {
	sent := f.a.SentenceAt(f.span(in, 0).Start)
	f.a.Relations = append(f.a.Relations, dossier.Relation{
		Subject: subj, Predicate: pred, Object: obj, Value: value, Evidence: f.a.EvidenceFor(sent, 0.6),
	})
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// docA is about a cooperative's founding and move.
func docA() *dossier.Analysis {
	f := newFixture("doc-00000000000000a1", "Cooperative moves north",
		"The Northwind Cooperative was founded in Lisbon in 1998 by Marta Silva. "+
			"In March 2013 the NWC moved its headquarters to Porto. "+
			"Silva said the move \"saved the cooperative\".",
		day("2024-05-02"))
	nwc := f.entity(dossier.Org, "Northwind Cooperative", []string{"NWC"}, "Northwind Cooperative", "NWC")
	silva := f.entity(dossier.Person, "Marta Silva", []string{"Silva"}, "Marta Silva", "Silva#1")
	lisbon := f.entity(dossier.Place, "Lisbon", nil, "Lisbon")
	porto := f.entity(dossier.Place, "Porto", nil, "Porto")
	f.event("founding", "founded", "1998", "1998", lisbon,
		dossier.Participant{Entity: silva, Role: dossier.Agent}, dossier.Participant{Entity: nwc, Role: dossier.Patient})
	f.event("relocation", "moved", "2013-03", "March 2013", porto,
		dossier.Participant{Entity: nwc, Role: dossier.Agent})
	f.a.Events[1].Participants = append(f.a.Events[1].Participants, dossier.Participant{Entity: porto, Role: dossier.Location})
	f.relation(silva, "founder_of", nwc, "", "founded")
	f.relation(nwc, "based_in", porto, "", "moved")
	return f.a
}

// docB shares Marta Silva, the cooperative and Porto with docA.
func docB() *dossier.Analysis {
	f := newFixture("doc-00000000000000b2", "Founder leaves",
		"Marta Silva left the Northwind Cooperative on 4 June 2020. "+
			"She now chairs the Harbour Trust in Porto, the trust's spokesman told reporters.",
		time.Date(2020, 6, 5, 14, 30, 0, 0, time.FixedZone("CEST", 2*3600)))
	silva := f.entity(dossier.Person, "Marta Silva", nil, "Marta Silva")
	nwc := f.entity(dossier.Org, "Northwind Cooperative", []string{"the cooperative"}, "Northwind Cooperative")
	trust := f.entity(dossier.Org, "Harbour Trust", nil, "Harbour Trust")
	porto := f.entity(dossier.Place, "Porto", nil, "Porto")
	f.event("departure", "left", "2020-06-04", "4 June 2020", "",
		dossier.Participant{Entity: silva, Role: dossier.Agent}, dossier.Participant{Entity: nwc, Role: dossier.Patient})
	f.a.Events[0].Source = trust
	f.event("appointment", "chairs", "PRESENT_REF", "now", porto,
		dossier.Participant{Entity: silva, Role: dossier.Agent}, dossier.Participant{Entity: trust, Role: dossier.Recipient})
	f.relation(silva, "holds_position", trust, "chair", "chairs")
	f.relation(trust, "based_in", porto, "", "chairs")
	return f.a
}

// docAEdited is docA after an edit: the founding moved to 1997, Lisbon
// dropped, a new demanded event added.
func docAEdited() *dossier.Analysis {
	f := newFixture("doc-00000000000000a1", "Cooperative moves north (corrected)",
		"The Northwind Cooperative was founded in 1997 by Marta Silva. "+
			"In March 2013 the NWC moved its headquarters to Porto. "+
			"Members demanded a return south.",
		day("2024-05-03"))
	nwc := f.entity(dossier.Org, "Northwind Cooperative", []string{"NWC"}, "Northwind Cooperative", "NWC")
	silva := f.entity(dossier.Person, "Marta Silva", nil, "Marta Silva")
	porto := f.entity(dossier.Place, "Porto", nil, "Porto")
	f.event("founding", "founded", "1997", "1997", "",
		dossier.Participant{Entity: silva, Role: dossier.Agent}, dossier.Participant{Entity: nwc, Role: dossier.Patient})
	f.event("relocation", "moved", "2013-03", "March 2013", porto,
		dossier.Participant{Entity: nwc, Role: dossier.Agent})
	f.event("relocation", "demanded", "", "", "")
	f.a.Events[2].Modality = "demanded"
	f.relation(silva, "founder_of", nwc, "", "founded")
	return f.a
}
