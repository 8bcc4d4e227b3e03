package export

import (
	"time"

	"github.com/dossier-kg/dossier"
)

// Entity IDs of the fixture.
const (
	fxGroup   = "org/peoples-mojahedin-organization-of-iran"
	fxCouncil = "org/national-council-of-resistance-of-iran"
	fxUS      = "place/united-states"
	fxIran    = "place/iran"
	fxIraq    = "place/iraq"
	fxAlbania = "place/albania"
	fxUN      = "org/united-nations"
	fxPM      = "person/edi-rama"
	fxLonely  = "misc/unrelated-festival"
)

// fixtureGraph returns a small graph shaped like what the pipeline reads
// from a few news articles about an exiled opposition group: founded in
// 1965, designated by the United States in 1997 and delisted in 2012,
// based in Iraq from 1986 and in Albania from 2013, and a host country that
// cut ties with Iran in September 2022. The sentences are written for this
// test. It returns a fresh copy on every call.
func fixtureGraph() *dossier.Graph {
	docA := dossier.DocumentID("fixture/exile-group-profile")
	docB := dossier.DocumentID("fixture/tirana-tehran-rift")
	sA := []string{
		"The group was set up by left-leaning students in Iran in 1965.",
		"It moved its fighters to Iraq in 1986.",
		`Washington put the People's Mojahedin on its terrorism list in 1997 and took it off in 2012, saying "the threat had passed".`,
		"In 2013 Albania agreed to take in about 3,000 of its members at the request of the United States and the UN.",
		"The MEK, which belongs to the National Council of Resistance of Iran, now runs a camp near Tirana.",
		"Prime Minister Edi Rama has defended the decision.",
		"Iran has never been accused by the group of bombing the camp.",
	}
	sB := []string{
		"In September 2022 Albania broke off diplomatic relations with Iran over a cyberattack.",
		"Rama said the attack had been sponsored by Tehran.",
	}
	textA, offA := joinSentences(sA)
	textB, offB := joinSentences(sB)
	ev := func(doc string, off [][2]int, texts []string, i int, conf float64) dossier.Evidence {
		return dossier.Evidence{Document: doc, Sentence: i, Span: dossier.Span{Start: off[i][0], End: off[i][1]}, Text: texts[i], Confidence: conf}
	}
	event := func(doc, typ string, trig dossier.Span, trigText, date, dateText string, parts []dossier.Participant, place string, e dossier.Evidence) dossier.Event {
		return dossier.Event{
			ID: dossier.EventID(doc, typ, trig), Type: typ, Trigger: trig, TriggerText: trigText,
			Date: date, DateText: dateText, Participants: parts, Place: place, Evidence: e,
		}
	}
	p := func(id string, r dossier.Role) dossier.Participant { return dossier.Participant{Entity: id, Role: r} }
	at := func(text, sentence, word string, off [2]int) dossier.Span {
		i := indexOf(sentence, word)
		return dossier.Span{Start: off[0] + i, End: off[0] + i + len(word)}
	}
	g := &dossier.Graph{
		Documents: []dossier.Document{
			{ID: docA, Title: "Why an exiled opposition group lives in a Balkan camp", Published: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC),
				Source: "https://news.example.org/exile-group", URL: "https://news.example.org/exile-group", Format: "html", Text: textA},
			{ID: docB, Title: "Tirana cuts ties with Tehran", Source: "testdata/rift.txt", Format: "text", Text: textB},
		},
		Entities: []dossier.Entity{
			{ID: fxGroup, Type: dossier.Org, Name: "People's Mojahedin Organization of Iran", Aliases: []string{"MEK", "Mujahedeen-e-Khalq", "PMOI"}, MentionCount: 5, DocumentCount: 1},
			{ID: fxCouncil, Type: dossier.Org, Name: "National Council of Resistance of Iran", Aliases: []string{"NCRI"}, MentionCount: 1, DocumentCount: 1},
			{ID: fxUS, Type: dossier.Place, Name: "United States", Aliases: []string{"US", "Washington"}, MentionCount: 2, DocumentCount: 1},
			{ID: fxIran, Type: dossier.Place, Name: "Iran", Aliases: []string{"Tehran"}, MentionCount: 4, DocumentCount: 2},
			{ID: fxIraq, Type: dossier.Place, Name: "Iraq", MentionCount: 1, DocumentCount: 1},
			{ID: fxAlbania, Type: dossier.Place, Name: "Albania", Aliases: []string{"Tirana"}, MentionCount: 3, DocumentCount: 2},
			{ID: fxUN, Type: dossier.Org, Name: "United Nations", Aliases: []string{"UN"}, MentionCount: 1, DocumentCount: 1},
			{ID: fxPM, Type: dossier.Person, Name: "Edi Rama", Aliases: []string{"Rama"}, MentionCount: 2, DocumentCount: 2},
			{ID: fxLonely, Type: dossier.Misc, Name: "Unrelated <Festival> & \"Fair\"", MentionCount: 1, DocumentCount: 1},
		},
	}
	g.Events = []dossier.Event{
		event(docA, "founding", at(textA, sA[0], "set up", offA[0]), "set up", "1965", "1965",
			[]dossier.Participant{p(fxGroup, dossier.Patient)}, fxIran, ev(docA, offA, sA, 0, 0.9)),
		event(docA, "relocation", at(textA, sA[1], "moved", offA[1]), "moved", "1986", "in 1986",
			[]dossier.Participant{p(fxGroup, dossier.Patient)}, fxIraq, ev(docA, offA, sA, 1, 0.8)),
		event(docA, "designation", at(textA, sA[2], "put", offA[2]), "put", "1997", "1997",
			[]dossier.Participant{p(fxUS, dossier.Agent), p(fxGroup, dossier.Patient)}, "", ev(docA, offA, sA, 2, 0.85)),
		event(docA, "delisting", at(textA, sA[2], "took it off", offA[2]), "took it off", "2012", "2012",
			[]dossier.Participant{p(fxUS, dossier.Agent), p(fxGroup, dossier.Patient)}, "", ev(docA, offA, sA, 2, 0.75)),
		event(docA, "relocation", at(textA, sA[3], "take in", offA[3]), "take in", "2013", "In 2013",
			[]dossier.Participant{p(fxAlbania, dossier.Agent), p(fxGroup, dossier.Patient), p(fxUS, dossier.Requester), p(fxUN, dossier.Requester)}, fxAlbania, ev(docA, offA, sA, 3, 0.7)),
		event(docA, "statement", at(textA, sA[5], "defended", offA[5]), "defended", "", "",
			[]dossier.Participant{p(fxPM, dossier.Speaker), p(fxAlbania, dossier.Patient)}, "", ev(docA, offA, sA, 5, 0.6)),
		event(docA, "attack", at(textA, sA[6], "bombing", offA[6]), "bombing", "", "",
			[]dossier.Participant{p(fxIran, dossier.Agent), p(fxGroup, dossier.Patient)}, "", ev(docA, offA, sA, 6, 0.4)),
		event(docB, "diplomatic_break", at(textB, sB[0], "broke off", offB[0]), "broke off", "2022-09", "September 2022",
			[]dossier.Participant{p(fxAlbania, dossier.Agent), p(fxIran, dossier.Recipient)}, "", ev(docB, offB, sB, 0, 0.95)),
	}
	g.Events[6].Polarity = "negative"
	g.Events[2].CAMEO = "1724"
	g.Relations = []dossier.Relation{
		{Subject: fxGroup, Predicate: "based_in", Object: fxIraq, Evidence: ev(docA, offA, sA, 1, 0.7)},
		{Subject: fxGroup, Predicate: "based_in", Object: fxAlbania, Evidence: ev(docA, offA, sA, 4, 0.8)},
		{Subject: fxGroup, Predicate: "member_of", Object: fxCouncil, Evidence: ev(docA, offA, sA, 4, 0.9)},
		{Subject: fxPM, Predicate: "holds_position", Object: fxAlbania, Value: "prime minister", Evidence: ev(docA, offA, sA, 5, 0.9)},
		{Subject: fxPM, Predicate: "holds_position", Object: fxAlbania, Value: "prime minister", Evidence: ev(docB, offB, sB, 1, 0.6)},
	}
	return g
}

func joinSentences(ss []string) (string, [][2]int) {
	var text string
	var off [][2]int
	for i, s := range ss {
		if i > 0 {
			text += " "
		}
		off = append(off, [2]int{len(text), len(text) + len(s)})
		text += s
	}
	return text, off
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	panic("fixture: " + sub + " not in " + s)
}
