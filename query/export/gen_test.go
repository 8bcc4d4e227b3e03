package export

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
)

// awkward are name parts that break careless writers: markup, quotes,
// separators of the formats (| ; , #), backslashes and DOT escapes, line
// breaks, a control character, non-Latin scripts and an emoji.
var awkward = []string{
	"Al-Qard", "Ñúñez", "Østergaard", "Łódź", "Zürich", "Москва", "北京", "القاهرة", "O'Brien", "\"Quoted\"",
	"<b>Bold</b>", "A & B", "semi;colon", "pipe|bar", "comma, inc", "hash#tag", `back\slash`, `new\nline`,
	"real\nbreak", "tab\there", "bell\x07", "emoji 🙂", "  spaced  out  ", "[bracketed]", "*starred*", "{braced}",
}

var eventTypes = []string{"founding", "designation", "delisting", "relocation", "diplomatic_break", "arrest", "release", "statement", "attack", "election"}

var predicates = []string{"based_in", "member_of", "holds_position", "leads", "allied_with"}

// generatedGraph returns a random graph (fixed seed) with nEnt entities,
// nEv events and about nEv/3 relations, awkward names, dates at every
// precision and some dangling references and duplicate facts.
func generatedGraph(seed uint64, nEnt, nEv int) *dossier.Graph {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &dossier.Graph{}
	nDocs := 1 + nEv/20
	for i := 0; i < nDocs; i++ {
		d := dossier.Document{ID: dossier.DocumentID(fmt.Sprint("gen/", seed, "/", i)), Title: pick(r, awkward) + " report " + fmt.Sprint(i),
			Source: fmt.Sprintf("gen/%d.txt", i), Format: "text"}
		if i%2 == 0 {
			d.Published = time.Date(2000+r.IntN(26), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			d.URL = fmt.Sprintf("https://news.example.org/%d?a=1&b=%%22", i)
		}
		g.Documents = append(g.Documents, d)
	}
	for i := 0; i < nEnt; i++ {
		t := dossier.EntityTypes[r.IntN(len(dossier.EntityTypes))]
		name := fmt.Sprintf("%s %d", pick(r, awkward), i)
		e := dossier.Entity{ID: dossier.EntityID(t, name), Type: t, Name: name, Aliases: []string{}, MentionCount: 1 + r.IntN(50), DocumentCount: 1 + r.IntN(5)}
		if e.ID == strings.ToLower(string(t))+"/" {
			e.ID += fmt.Sprint(i)
		}
		for k := r.IntN(3); k > 0; k-- {
			e.Aliases = append(e.Aliases, pick(r, awkward))
		}
		g.Entities = append(g.Entities, e)
	}
	ent := func() string {
		if r.IntN(40) == 0 {
			return "org/not-in-the-graph" // dangling reference
		}
		return g.Entities[r.IntN(len(g.Entities))].ID
	}
	for i := 0; i < nEv; i++ {
		doc := g.Documents[r.IntN(len(g.Documents))].ID
		typ := pick(r, eventTypes)
		trig := dossier.Span{Start: 10 * i, End: 10*i + 4}
		e := dossier.Event{ID: dossier.EventID(doc, typ, trig), Type: typ, Trigger: trig, TriggerText: pick(r, awkward),
			Date: randomDate(r), Evidence: randomEvidence(r, doc)}
		e.Participants = []dossier.Participant{{Entity: ent(), Role: dossier.Agent}, {Entity: ent(), Role: dossier.Patient}}
		if r.IntN(3) == 0 {
			e.Participants = append(e.Participants, dossier.Participant{Entity: ent(), Role: dossier.Role(pick(r, []string{"recipient", "requester", "speaker", "witness"}))})
		}
		if r.IntN(3) == 0 {
			e.Place = ent()
		}
		switch r.IntN(8) {
		case 0:
			e.Polarity = "negative"
		case 1:
			e.Modality = "hypothetical"
		}
		if r.IntN(5) == 0 {
			e.DateText = pick(r, awkward)
		}
		g.Events = append(g.Events, e)
	}
	for i := 0; i < nEv/3; i++ {
		rel := dossier.Relation{Subject: ent(), Predicate: pick(r, predicates), Object: ent(), Evidence: randomEvidence(r, g.Documents[r.IntN(len(g.Documents))].ID)}
		if rel.Predicate == "holds_position" {
			rel.Value = pick(r, awkward)
		}
		g.Relations = append(g.Relations, rel)
		if r.IntN(10) == 0 {
			g.Relations = append(g.Relations, rel) // the same fact twice
		}
	}
	return g
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func randomDate(r *rand.Rand) string {
	y := 1900 + r.IntN(126)
	switch r.IntN(9) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("%03dX", y/10)
	case 2:
		return fmt.Sprintf("%04d-%02d", y, 1+r.IntN(12))
	case 3:
		return fmt.Sprintf("%04d-%02d-%02d", y, 1+r.IntN(12), 1+r.IntN(28))
	case 4:
		return pick(r, []string{"PRESENT_REF", "XXXX-12-08", "P1M"})
	case 5:
		return fmt.Sprintf("%04d-%s", y, pick(r, []string{"Q1", "Q3", "SU", "H2", "W07"}))
	}
	return fmt.Sprintf("%04d", y)
}

func randomEvidence(r *rand.Rand, doc string) dossier.Evidence {
	s := r.IntN(40)
	start := 100 * s
	text := pick(r, awkward) + " said " + pick(r, awkward) + "."
	return dossier.Evidence{Document: doc, Sentence: s, Span: dossier.Span{Start: start, End: start + len(text)}, Text: text, Confidence: float64(r.IntN(1000)) / 997}
}
