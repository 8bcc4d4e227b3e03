package ingest

import (
	"github.com/dossier-kg/dossier"
)

// Extraction is the stable JSON form of one analysed document, printed by
// "dossier extract --format json". Other tools depend on its field names:
// change them only with a new contract.
type Extraction struct {
	Document  ExtractedDocument   `json:"document"`
	Entities  []ExtractedEntity   `json:"entities"`
	Events    []ExtractedEvent    `json:"events"`
	Relations []ExtractedRelation `json:"relations"`
	Timexes   []ExtractedTimex    `json:"timexes"`
}

// ExtractedDocument describes the document.
type ExtractedDocument struct {
	ID        string  `json:"id"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Source    string  `json:"source"`
}

// ExtractedEntity is an entity with its names and mentions.
type ExtractedEntity struct {
	ID       string             `json:"id"`
	Type     dossier.EntityType `json:"type"`
	Name     string             `json:"name"`
	Aliases  []string           `json:"aliases"`
	Mentions []ExtractedMention `json:"mentions"`
}

// ExtractedMention is one occurrence of an entity; Text == doc[Start:End].
type ExtractedMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"`
}

// ExtractedEvent is an event; Start and End are the byte offsets of its
// evidence sentence, so Sentence == doc[Start:End].
type ExtractedEvent struct {
	ID           string                `json:"id"`
	Type         string                `json:"type"`
	Date         *string               `json:"date"`
	Precision    *string               `json:"precision"`
	Participants []dossier.Participant `json:"participants"`
	Place        *string               `json:"place"`
	Sentence     string                `json:"sentence"`
	Start        int                   `json:"start"`
	End          int                   `json:"end"`
	Confidence   float64               `json:"confidence"`
	// The fields below extend the contract; consumers may ignore them.
	CAMEO    string       `json:"cameo,omitempty"`
	Trigger  dossier.Span `json:"trigger"`
	Text     string       `json:"trigger_text"`
	DateText string       `json:"date_text,omitempty"`
	Polarity string       `json:"polarity"`
	Modality string       `json:"modality"`
	Source   string       `json:"attributed_to,omitempty"`
	SortKey  *int64       `json:"sort_key,omitempty"`
}

// ExtractedRelation is a relation between two entities.
type ExtractedRelation struct {
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Sentence   string  `json:"sentence"`
	Confidence float64 `json:"confidence"`
	Value      string  `json:"value,omitempty"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
}

// ExtractedTimex is a time expression; Text == doc[Start:End].
type ExtractedTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// NewExtraction converts an analysis into its JSON contract form. Slices
// are never nil, so they encode as [] rather than null.
func NewExtraction(a *dossier.Analysis) *Extraction {
	d := a.Doc
	x := &Extraction{
		Document:  ExtractedDocument{ID: d.ID, Source: d.Source},
		Entities:  []ExtractedEntity{},
		Events:    []ExtractedEvent{},
		Relations: []ExtractedRelation{},
		Timexes:   []ExtractedTimex{},
	}
	if d.Title != "" {
		t := d.Title
		x.Document.Title = &t
	}
	if d.HasPublished() {
		p := d.Published.Format("2006-01-02")
		x.Document.Published = &p
	}
	for _, e := range a.Entities {
		xe := ExtractedEntity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Mentions: []ExtractedMention{}}
		if xe.Aliases == nil {
			xe.Aliases = []string{}
		}
		for _, m := range e.Mentions {
			xe.Mentions = append(xe.Mentions, ExtractedMention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind})
		}
		x.Entities = append(x.Entities, xe)
	}
	for _, e := range a.Events {
		xe := ExtractedEvent{
			ID: e.ID, Type: e.Type, Participants: e.Participants, Sentence: e.Evidence.Text,
			Start: e.Evidence.Start, End: e.Evidence.End, Confidence: e.Evidence.Confidence,
			CAMEO: e.CAMEO, Trigger: e.Trigger, Text: e.TriggerText, DateText: e.DateText,
			Polarity: e.Polarity, Modality: e.Modality, Source: e.Source,
		}
		if xe.Participants == nil {
			xe.Participants = []dossier.Participant{}
		}
		if e.Date != "" {
			v := e.Date
			xe.Date = &v
			if dt, err := dossier.ParseDate(e.Date); err == nil {
				if p := dt.Precision.Contract(); p != "" {
					xe.Precision = &p
				}
				k := dt.SortKey()
				xe.SortKey = &k
			}
		}
		if e.Place != "" {
			p := e.Place
			xe.Place = &p
		}
		x.Events = append(x.Events, xe)
	}
	for _, r := range a.Relations {
		x.Relations = append(x.Relations, ExtractedRelation{
			Subject: r.Subject, Predicate: r.Predicate, Object: r.Object, Sentence: r.Evidence.Text,
			Confidence: r.Evidence.Confidence, Value: r.Value, Start: r.Evidence.Start, End: r.Evidence.End,
		})
	}
	for _, t := range a.Timexes {
		x.Timexes = append(x.Timexes, ExtractedTimex{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value})
	}
	return x
}
