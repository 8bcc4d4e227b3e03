package dossier

// Token is one word or punctuation mark of a document, with the annotations
// the taggers and the parser add to it.
type Token struct {
	Span
	// Text is Document.Text[Start:End].
	Text string `json:"text"`
	// UPOS and XPOS are the universal and Penn Treebank part-of-speech tags.
	UPOS string `json:"upos,omitempty"`
	XPOS string `json:"xpos,omitempty"`
	// Lemma is the dictionary form, when a stage provides it.
	Lemma string `json:"lemma,omitempty"`
	// Head is the index (into Analysis.Tokens) of the syntactic head, or -1
	// for the root of a sentence or when the sentence is not parsed.
	Head int `json:"head"`
	// Rel is the Universal Dependencies relation to the head ("nsubj", "obj").
	Rel string `json:"rel,omitempty"`
	// NER is the IOB2 entity tag the recogniser gave the token ("B-ORG").
	NER string `json:"ner,omitempty"`
}

// Sentence is a span of the text and the range of tokens inside it.
type Sentence struct {
	Span
	// First and Last are indexes into Analysis.Tokens: the sentence holds
	// tokens First..Last-1.
	First int `json:"first"`
	Last  int `json:"last"`
	// Credit marks a line that credits a picture, an author or an editor,
	// or is page chrome ("Image: ...", "By ...", "Skip next section"):
	// names in it are not entities of the story. The segmenter sets it.
	Credit bool `json:"credit,omitempty"`
}

// EntityType is the coarse type of a named entity.
type EntityType string

// The entity types Dossier knows. CoNLL's PER, ORG, LOC and MISC map to them.
const (
	Org    EntityType = "ORG"
	Person EntityType = "PERSON"
	Place  EntityType = "PLACE"
	Misc   EntityType = "MISC"
)

// EntityTypes lists every entity type, in display order.
var EntityTypes = []EntityType{Org, Person, Place, Misc}

// ParseEntityType accepts Dossier's names and the CoNLL ones (PER, LOC) in
// any case and reports whether the name is known.
func ParseEntityType(s string) (EntityType, bool) {
	switch upper(s) {
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org, true
	case "PERSON", "PER":
		return Person, true
	case "PLACE", "LOC", "LOCATION", "GPE":
		return Place, true
	case "MISC":
		return Misc, true
	}
	return "", false
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Span
	// Text is Document.Text[Start:End].
	Text string `json:"text"`
	// Type is the entity type the recogniser assigned.
	Type EntityType `json:"type"`
	// Sentence is the index of the sentence holding the mention.
	Sentence int `json:"sentence"`
	// Entity is the ID of the entity the mention was resolved to ("" until
	// the alias resolver has run).
	Entity string `json:"entity,omitempty"`
	// Kind says how the mention refers: "name", "acronym", "alias",
	// "demonym", "pronoun" or "nominal".
	Kind string `json:"kind,omitempty"`
	// Confidence is in [0, 1].
	Confidence float64 `json:"confidence"`
}

// Entity is an organisation, person, place or other named thing, with every
// name it goes by in a document (or, read back from the graph, in all of them).
type Entity struct {
	// ID is deterministic from Type and the normalised canonical Name (see
	// EntityID), so that two documents about the same thing meet in one node.
	ID   string     `json:"id"`
	Type EntityType `json:"type"`
	// Name is the canonical name.
	Name string `json:"name"`
	// Aliases are the other names, sorted, without Name.
	Aliases []string `json:"aliases"`
	// Mentions are the occurrences in the document (empty when read back
	// from the graph, which keeps counts instead).
	Mentions []Mention `json:"mentions,omitempty"`
	// MentionCount and DocumentCount are filled when read back from the graph.
	MentionCount  int `json:"mention_count,omitempty"`
	DocumentCount int `json:"document_count,omitempty"`
}

// Evidence is the provenance of a fact: where in which document it was read.
type Evidence struct {
	// Document is the ID of the source document.
	Document string `json:"document,omitempty"`
	// Sentence is the index of the sentence in the document.
	Sentence int `json:"sentence_index"`
	// Span is the byte range of the sentence in the document.
	Span
	// Text is the sentence text.
	Text string `json:"sentence"`
	// Confidence is in [0, 1].
	Confidence float64 `json:"confidence"`
}

// Timex is a time expression with its TIMEX3 type and normalised value.
type Timex struct {
	Span
	// Text is Document.Text[Start:End].
	Text string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value: "1965", "2022-09", "2026-01-20", "197" (the 1970s, also read as "197X"),
	// "P1M", "PRESENT_REF", "XXXX-12-08"...
	Value string `json:"value"`
	// Mod is the TIMEX3 mod attribute ("START", "MID", "APPROX"...), if any.
	Mod string `json:"mod,omitempty"`
	// Anchored is the calendar value the expression points to when Value
	// is not one: "[two years] later" after 1965 is the DURATION P2Y, as
	// TimeML annotates it, anchored at "1967". Empty when Value is itself
	// the date, or when the expression points to no known date.
	Anchored string `json:"anchored,omitempty"`
	// Sentence is the index of the sentence holding the expression.
	Sentence int `json:"-"`
}

// Calendar returns the calendar value the expression points to: Anchored
// when it is set, else Value. Consumers that date things from a time
// expression use it rather than Value.
func (x Timex) Calendar() string {
	if x.Anchored != "" {
		return x.Anchored
	}
	return x.Value
}

// Role names the part a participant plays in an event.
type Role string

// The participant roles events use.
const (
	Agent     Role = "agent"     // who does it: the designating state, the founder
	Patient   Role = "patient"   // who it is done to: the designated group
	Recipient Role = "recipient" // who receives: the country ties were cut with
	Requester Role = "requester" // at whose request it happened
	Speaker   Role = "speaker"   // who said it, for statements and reported claims
	// Predecessor is whom the patient of an appointment succeeds.
	Predecessor Role = "predecessor"
	Location    Role = "place" // where it happened
)

// Participant is an entity taking part in an event.
type Participant struct {
	Entity string `json:"entity"`
	Role   Role   `json:"role"`
}

// Event is something that happened (or was reported, negated or demanded) at
// a time, with its participants and the sentence it was read from.
type Event struct {
	// ID is deterministic from the document, the trigger offsets and the type;
	// an event split off by a coordinated date ("coups in 2006 and 2014")
	// adds its ordinal ("-2").
	ID string `json:"id"`
	// Type is the event type from the taxonomy ("founding", "designation",
	// "delisting", "relocation", "diplomatic_break"...).
	Type string `json:"type"`
	// CAMEO is the CAMEO event code the type maps to, if one fits.
	CAMEO string `json:"cameo,omitempty"`
	// Trigger is the word or phrase that evokes the event.
	Trigger Span `json:"trigger"`
	// TriggerText is Document.Text[Trigger.Start:Trigger.End].
	TriggerText string `json:"trigger_text"`
	// Date is the TIMEX3 value of the event's time ("" when undated), and
	// DateText the expression it was read from. A statement reported as
	// just made ("X said", with no time of its own) is dated by the
	// publication date, with DateText empty.
	Date     string `json:"date,omitempty"`
	DateText string `json:"date_text,omitempty"`
	// Participants are the entities involved, with their roles.
	Participants []Participant `json:"participants"`
	// Place is the entity ID of where it happened, if known.
	Place string `json:"place,omitempty"`
	// Polarity is "positive" or "negative"; Modality is "actual",
	// "hypothetical", "demanded" or "future". Only positive, actual events
	// belong on a timeline as facts.
	Polarity string `json:"polarity,omitempty"`
	Modality string `json:"modality,omitempty"`
	// Source is the entity ID of whoever the claim is attributed to in
	// reported speech ("X told DW that ..."), if any.
	Source string `json:"source,omitempty"`
	// Evidence is the sentence the event was read from.
	Evidence Evidence `json:"evidence"`
}

// IsFact reports whether the event is asserted as having happened: positive
// polarity and actual modality (the empty values count as those).
func (e *Event) IsFact() bool {
	return (e.Polarity == "" || e.Polarity == "positive") && (e.Modality == "" || e.Modality == "actual")
}

// Relation is a typed link between two entities ("member_of", "based_in"...).
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	// Value qualifies the relation, e.g. the title of holds_position.
	Value string `json:"value,omitempty"`
	// Evidence is the sentence the relation was read from.
	Evidence Evidence `json:"evidence"`
}

// Analysis is one document and everything the pipeline found in it. Stages
// fill it in order; slices are in text order unless a field says otherwise.
type Analysis struct {
	Doc       *Document
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention
	Entities  []Entity
	Timexes   []Timex
	Events    []Event
	Relations []Relation
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (a *Analysis) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := a.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i.
func (a *Analysis) SentenceTokens(i int) []Token {
	s := a.Sentences[i]
	return a.Tokens[s.First:s.Last]
}

// Entity returns the entity with the given ID, or nil.
func (a *Analysis) Entity(id string) *Entity {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

// EvidenceFor returns the provenance record of sentence i with a confidence.
func (a *Analysis) EvidenceFor(i int, confidence float64) Evidence {
	s := a.Sentences[i]
	return Evidence{Document: a.Doc.ID, Sentence: i, Span: s.Span, Text: a.Doc.Text[s.Start:s.End], Confidence: confidence}
}

// Graph is a read-back view of the knowledge graph, or of part of it: what
// timelines and exports work from. Events and relations carry their
// provenance in Evidence; an entity's Mentions are empty and its counts set.
type Graph struct {
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
}
