package graph

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// The graph layout (vocabulary).
//
// Every IRI is stored in full; the prefixes below are for display and for
// Gizmo queries only (package query expands them). Every quad carries the IRI
// of the document it was read from as its label, so a document's facts can be
// listed, replaced and deleted by label, and a fact stated by two documents is
// two quads.
//
//	prefix   IRI                                          holds
//	id:      https://dossier-kg.org/id/                   resources: id: + dossier ID
//	dossier: https://dossier-kg.org/ns#                   classes and properties
//	role:    https://dossier-kg.org/role#                 participant roles (event -> entity)
//	rel:     https://dossier-kg.org/rel#                  relation predicates (entity -> entity)
//	schema:  http://schema.org/                           schema.org terms
//	rdf:, rdfs:, xsd:                                     the W3C vocabularies
//
// Resources. The IRI of anything with a dossier ID is id: followed by the ID
// (characters outside letters, digits and -._~/ percent-escaped):
// documents <id:doc-0123456789abcdef>, entities <id:org/national-council-of-resistance-of-iran>
// (dossier.EntityID: two documents naming one thing meet in one node), events
// <id:doc-.../event/120-127-founding> (dossier.EventID), mentions
// <id:doc-.../mention/120-135> and relation statements
// <id:doc-.../relation/1a2b3c4d5e6f7a8b> (a hash of subject, predicate,
// object, value and evidence span).
//
// Documents:
//
//	<doc> rdf:type schema:NewsArticle
//	<doc> schema:headline "title"             (when known)
//	<doc> schema:datePublished time           (xsd:dateTime, UTC, whole seconds)
//	<doc> schema:url "address"                (when known)
//	<doc> dossier:source "path or URL"
//	<doc> dossier:format "html"               (when known)
//	<doc> schema:mentions <entity>            (every entity of the analysis)
//
// Entities (written again by every document that mentions them, each copy
// labelled with that document, so they live as long as one document does):
//
//	<entity> rdf:type dossier:Entity
//	<entity> rdf:type schema:Organization | schema:Person | schema:Place | dossier:Misc
//	<entity> schema:name "canonical name"
//	<entity> schema:alternateName "alias"     (one per alias)
//	<entity> dossier:nameKey "normalised name" (dossier.NormalizeName of the name and of each alias: the lookup index)
//	<entity> dossier:soundKey "ppls mjhdn orgnstn of iran" (organisations with names of two or more words:
//	         dossier.SoundKey of the name and aliases, so FindEntities meets transliteration variants)
//
// Mentions (the provenance of entities; counts are computed from them):
//
//	<mention> rdf:type dossier:Mention
//	<mention> dossier:mentionOf <entity>
//	<mention> dossier:document <doc>
//	<mention> dossier:text "surface form"
//	<mention> dossier:start 120 ; dossier:end 135 (byte offsets, xsd:integer)
//	<mention> dossier:sentenceIndex 3
//	<mention> dossier:kind "acronym"          (when known)
//	<mention> dossier:confidence 0.93         (xsd:double)
//
// Events (statement nodes carrying their own provenance):
//
//	<event> rdf:type schema:Event
//	<event> dossier:eventType "founding"
//	<event> dossier:cameo "0xx"               (when known)
//	<event> dossier:trigger "founded" ; dossier:triggerStart 130 ; dossier:triggerEnd 137
//	<event> dossier:dateValue "2013-03"       (the TIMEX3 value, when dated)
//	<event> dossier:dateText "March 2013"
//	<event> schema:startDate time             (xsd:dateTime, first day the date can denote; only calendar dates)
//	<event> dossier:precision "month"         (day, month, year, decade, or week/season/century)
//	<event> dossier:sortKey 20130300          (dossier.Date.SortKey, xsd:integer)
//	<event> dossier:participant <entity>      (every participant, whatever the role)
//	<event> role:agent <entity>               (one per participant: role: + dossier.Role)
//	<event> schema:location <entity>          (Event.Place)
//	<event> dossier:polarity "negative" ; dossier:modality "demanded" (when set)
//	<event> dossier:attributedTo <entity>     (Event.Source, reported speech)
//	<event> + evidence properties (below)
//
// Relations (RDF reification, plus a direct edge for traversal):
//
//	<subject> rel:member_of <object>          (direct edge)
//	<stmt> rdf:type rdf:Statement
//	<stmt> rdf:subject <subject> ; rdf:predicate rel:member_of ; rdf:object <object>
//	<stmt> dossier:value "title"              (when set)
//	<stmt> + evidence properties (below)
//
// Evidence (on events and relation statements):
//
//	dossier:document <doc> ; dossier:sentenceIndex 3 ;
//	dossier:start 100 ; dossier:end 180 (byte offsets of the sentence) ;
//	dossier:evidence "sentence text" ; dossier:confidence 0.8
const (
	// NS is the namespace of Dossier's own classes and properties (prefix dossier:).
	NS = "https://dossier-kg.org/ns#"
	// IDBase is prepended to a dossier ID to make a resource IRI (prefix id:).
	IDBase = "https://dossier-kg.org/id/"
	// RoleNS is the namespace of participant-role predicates (prefix role:).
	RoleNS = "https://dossier-kg.org/role#"
	// RelNS is the namespace of relation predicates (prefix rel:).
	RelNS = "https://dossier-kg.org/rel#"
	// SchemaNS is schema.org (prefix schema:).
	SchemaNS = "http://schema.org/"
	// RDFNS is the RDF namespace (prefix rdf:).
	RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// RDFSNS is the RDF Schema namespace (prefix rdfs:).
	RDFSNS = "http://www.w3.org/2000/01/rdf-schema#"
	// XSDNS is the XML Schema datatypes namespace (prefix xsd:).
	XSDNS = "http://www.w3.org/2001/XMLSchema#"
)

// Prefix is a short name for a namespace, as used in Gizmo queries
// ("<schema:Event>") and for display.
type Prefix struct {
	Name string // without the colon: "schema"
	IRI  string // the namespace: "http://schema.org/"
}

// Prefixes lists the prefixes of the vocabulary, in display order.
func Prefixes() []Prefix {
	return []Prefix{
		{"id", IDBase},
		{"dossier", NS},
		{"role", RoleNS},
		{"rel", RelNS},
		{"schema", SchemaNS},
		{"rdf", RDFNS},
		{"rdfs", RDFSNS},
		{"xsd", XSDNS},
	}
}

// Classes and properties of the vocabulary, as full IRIs.
const (
	// rdf
	RDFType      = quad.IRI(RDFNS + "type")
	RDFStatement = quad.IRI(RDFNS + "Statement")
	RDFSubject   = quad.IRI(RDFNS + "subject")
	RDFPredicate = quad.IRI(RDFNS + "predicate")
	RDFObject    = quad.IRI(RDFNS + "object")

	// schema.org classes
	SchemaNewsArticle  = quad.IRI(SchemaNS + "NewsArticle")
	SchemaOrganization = quad.IRI(SchemaNS + "Organization")
	SchemaPerson       = quad.IRI(SchemaNS + "Person")
	SchemaPlace        = quad.IRI(SchemaNS + "Place")
	SchemaEvent        = quad.IRI(SchemaNS + "Event")

	// schema.org properties
	SchemaName          = quad.IRI(SchemaNS + "name")
	SchemaAlternateName = quad.IRI(SchemaNS + "alternateName")
	SchemaHeadline      = quad.IRI(SchemaNS + "headline")
	SchemaDatePublished = quad.IRI(SchemaNS + "datePublished")
	SchemaURL           = quad.IRI(SchemaNS + "url")
	SchemaMentions      = quad.IRI(SchemaNS + "mentions")
	SchemaStartDate     = quad.IRI(SchemaNS + "startDate")
	SchemaLocation      = quad.IRI(SchemaNS + "location")

	// Dossier classes
	ClassEntity  = quad.IRI(NS + "Entity")
	ClassMisc    = quad.IRI(NS + "Misc")
	ClassMention = quad.IRI(NS + "Mention")

	// Dossier properties
	PropSource        = quad.IRI(NS + "source")
	PropFormat        = quad.IRI(NS + "format")
	PropNameKey       = quad.IRI(NS + "nameKey")
	PropSoundKey      = quad.IRI(NS + "soundKey")
	PropMentionOf     = quad.IRI(NS + "mentionOf")
	PropDocument      = quad.IRI(NS + "document")
	PropText          = quad.IRI(NS + "text")
	PropStart         = quad.IRI(NS + "start")
	PropEnd           = quad.IRI(NS + "end")
	PropSentenceIndex = quad.IRI(NS + "sentenceIndex")
	PropKind          = quad.IRI(NS + "kind")
	PropConfidence    = quad.IRI(NS + "confidence")
	PropEvidence      = quad.IRI(NS + "evidence")
	PropEventType     = quad.IRI(NS + "eventType")
	PropCAMEO         = quad.IRI(NS + "cameo")
	PropTrigger       = quad.IRI(NS + "trigger")
	PropTriggerStart  = quad.IRI(NS + "triggerStart")
	PropTriggerEnd    = quad.IRI(NS + "triggerEnd")
	PropDateValue     = quad.IRI(NS + "dateValue")
	PropDateText      = quad.IRI(NS + "dateText")
	PropPrecision     = quad.IRI(NS + "precision")
	PropSortKey       = quad.IRI(NS + "sortKey")
	PropParticipant   = quad.IRI(NS + "participant")
	PropPolarity      = quad.IRI(NS + "polarity")
	PropModality      = quad.IRI(NS + "modality")
	PropAttributedTo  = quad.IRI(NS + "attributedTo")
	PropValue         = quad.IRI(NS + "value")
)

// IRI returns the resource IRI of a dossier ID (document, entity, event...).
func IRI(id string) quad.IRI { return quad.IRI(IDBase + escapeID(id)) }

// ID returns the dossier ID of a resource IRI made by IRI, and whether iri
// is one.
func ID(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), IDBase) {
		return "", false
	}
	id, err := url.PathUnescape(string(iri)[len(IDBase):])
	if err != nil {
		return "", false
	}
	return id, true
}

// RoleIRI returns the predicate of a participant role.
func RoleIRI(r string) quad.IRI { return quad.IRI(RoleNS + escapeID(r)) }

// RelIRI returns the predicate of a relation ("member_of").
func RelIRI(p string) quad.IRI { return quad.IRI(RelNS + escapeID(p)) }

// local returns the unescaped local name of iri in namespace ns.
func local(v quad.Value, ns string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), ns) {
		return "", false
	}
	s, err := url.PathUnescape(string(iri)[len(ns):])
	if err != nil {
		return "", false
	}
	return s, true
}

// escapeID percent-escapes every byte of id outside the unreserved IRI
// characters and "/", so that any ID makes a valid IRI and comes back intact.
func escapeID(id string) string {
	safe := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~' || c == '/'
	}
	n := 0
	for i := 0; i < len(id); i++ {
		if !safe(id[i]) {
			n++
		}
	}
	if n == 0 {
		return id
	}
	var b strings.Builder
	b.Grow(len(id) + 2*n)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if safe(c) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// typeClass returns the class of an entity type.
func typeClass(t dossier.EntityType) quad.IRI {
	switch t {
	case dossier.Org:
		return SchemaOrganization
	case dossier.Person:
		return SchemaPerson
	case dossier.Place:
		return SchemaPlace
	}
	return ClassMisc
}

// classType returns the entity type of a class, and whether it is one.
func classType(v quad.Value) (dossier.EntityType, bool) {
	switch v {
	case SchemaOrganization:
		return dossier.Org, true
	case SchemaPerson:
		return dossier.Person, true
	case SchemaPlace:
		return dossier.Place, true
	case ClassMisc:
		return dossier.Misc, true
	}
	return "", false
}
