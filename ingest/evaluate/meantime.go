package evaluate

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Document is one MEANTIME document: its tokens, its markables (entity and
// event mentions, time expressions), the unanchored entity and event
// instances they refer to, and the participant links between them.
type Document struct {
	// ID is the doc_id attribute ("101354"), Name the doc_name and URL the
	// Wikinews address.
	ID, Name, URL string
	// Source is the path or name the document was read from.
	Source string
	// Tokens are in document order (by their number attribute).
	Tokens []Token
	// EntityMentions, EventMentions and Timexes are the anchored markables
	// in file order.
	EntityMentions []EntityMention
	EventMentions  []EventMention
	Timexes        []Timex
	// Entities and Events are the unanchored ENTITY and EVENT elements that
	// mentions refer to.
	Entities []Entity
	Events   []EventInstance
	// Participants are the HAS_PARTICIPANT links from an event mention to an
	// entity mention. Links to VALUE markables are dropped.
	Participants []Participation
	// Dangling counts the relations that name an m_id the document does not
	// define, or link markables of the wrong kinds; they are skipped.
	Dangling int
}

// Token is one MEANTIME token.
type Token struct {
	// ID is the t_id attribute.
	ID string
	// Number is the token's position in the document, from 0.
	Number int
	// Sentence is the sentence number, from 0 (the headline).
	Sentence int
	// Text is the token as written (PTB style: `` and '' for quotes).
	Text string
}

// EntityMention is an ENTITY_MENTION markable.
type EntityMention struct {
	// ID is the m_id attribute.
	ID string
	// Tokens are indexes into Document.Tokens, ascending, without repeats.
	Tokens []int
	// SyntacticType is NAM, NOM, PRO, PRE.NAM, APP, CONJ... or "" when the
	// annotation does not say.
	SyntacticType string
	// Head is the head attribute, often empty.
	Head string
	// Entity is the m_id of the ENTITY this mention refers to ("" if none).
	Entity string
}

// EventMention is an EVENT_MENTION markable.
type EventMention struct {
	// ID is the m_id attribute.
	ID string
	// Tokens are indexes into Document.Tokens, ascending, without repeats.
	Tokens []int
	// Pred is the predicate lemma ("release"); empty on mentions that group
	// coordinated events.
	Pred string
	// POS, Tense, Aspect, Certainty, Polarity, Time and Modality are the
	// attributes of the same names.
	POS, Tense, Aspect, Certainty, Polarity, Time, Modality string
	// Event is the m_id of the EVENT this mention refers to ("" if none).
	Event string
}

// Timex is a TIMEX3 markable.
type Timex struct {
	// ID is the m_id attribute.
	ID string
	// Tokens are indexes into Document.Tokens; empty for an unanchored DCT.
	Tokens []int
	// Type, Value, Function (functionInDocument) and AnchorTimeID are the
	// TIMEX3 attributes.
	Type, Value, Function, AnchorTimeID string
}

// Entity is an ENTITY instance.
type Entity struct {
	// ID is the m_id attribute.
	ID string
	// Type is ent_type: PER, ORG, LOC, PRO, FIN or MIX.
	Type string
	// InstanceID is the cross-document instance ("ORG19274271187160719"),
	// "" when the entity was not linked across documents.
	InstanceID string
	// ExternalRef is the DBpedia URI, Descriptor the TAG_DESCRIPTOR.
	ExternalRef, Descriptor string
}

// EventInstance is an EVENT instance.
type EventInstance struct {
	// ID is the m_id attribute.
	ID string
	// Class is OTHER, SPEECH_COGNITIVE or GRAMMATICAL.
	Class string
	// InstanceID, ExternalRef (a PropBank roleset) and Descriptor are the
	// attributes of the same names.
	InstanceID, ExternalRef, Descriptor string
}

// Participation is a HAS_PARTICIPANT link.
type Participation struct {
	// Event and Mention are the m_ids of the event mention and of the
	// entity mention taking part.
	Event, Mention string
	// Role is the PropBank sem_role ("Arg0", "Argm-LOC").
	Role string
}

// DCT returns the document creation time: the TIMEX3 whose
// functionInDocument is CREATION_TIME.
func (d *Document) DCT() (Timex, bool) {
	for _, t := range d.Timexes {
		if t.Function == "CREATION_TIME" {
			return t, true
		}
	}
	return Timex{}, false
}

// Published returns the DCT as a date. MEANTIME values are ISO dates
// ("2008-03-06"); one document writes month-day-year ("03-02-2009"),
// which is accepted too. It reports false when there is no usable DCT.
func (d *Document) Published() (time.Time, bool) {
	t, ok := d.DCT()
	if !ok {
		return time.Time{}, false
	}
	v := t.Value
	if len(v) > 10 {
		v = v[:10]
	}
	for _, layout := range []string{"2006-01-02", "01-02-2006", "2006-01", "2006"} {
		if p, err := time.Parse(layout, v); err == nil {
			return p, true
		}
	}
	return time.Time{}, false
}

// MentionText returns the tokens of a mention joined by spaces.
func (d *Document) MentionText(tokens []int) string {
	words := make([]string, 0, len(tokens))
	for _, i := range tokens {
		if i >= 0 && i < len(d.Tokens) {
			words = append(words, d.Tokens[i].Text)
		}
	}
	return strings.Join(words, " ")
}

// The XML shapes of a MEANTIME file, as encoding/xml reads them.
type (
	xmlDocument struct {
		XMLName   xml.Name     `xml:"Document"`
		ID        string       `xml:"doc_id,attr"`
		Name      string       `xml:"doc_name,attr"`
		URL       string       `xml:"url,attr"`
		Tokens    []xmlToken   `xml:"token"`
		Markables xmlMarkables `xml:"Markables"`
		Relations xmlRelations `xml:"Relations"`
	}
	xmlToken struct {
		ID       string `xml:"t_id,attr"`
		Number   string `xml:"number,attr"`
		Sentence string `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	}
	xmlAnchor struct {
		ID string `xml:"t_id,attr"`
	}
	xmlMarkables struct {
		EntityMentions []struct {
			ID            string      `xml:"m_id,attr"`
			SyntacticType string      `xml:"syntactic_type,attr"`
			Head          string      `xml:"head,attr"`
			Anchors       []xmlAnchor `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		EventMentions []struct {
			ID        string      `xml:"m_id,attr"`
			Pred      string      `xml:"pred,attr"`
			POS       string      `xml:"pos,attr"`
			Tense     string      `xml:"tense,attr"`
			Aspect    string      `xml:"aspect,attr"`
			Certainty string      `xml:"certainty,attr"`
			Polarity  string      `xml:"polarity,attr"`
			Time      string      `xml:"time,attr"`
			Modality  string      `xml:"modality,attr"`
			Anchors   []xmlAnchor `xml:"token_anchor"`
		} `xml:"EVENT_MENTION"`
		Timexes []struct {
			ID           string      `xml:"m_id,attr"`
			Type         string      `xml:"type,attr"`
			Value        string      `xml:"value,attr"`
			Function     string      `xml:"functionInDocument,attr"`
			AnchorTimeID string      `xml:"anchorTimeID,attr"`
			Anchors      []xmlAnchor `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		Values []struct {
			ID string `xml:"m_id,attr"`
		} `xml:"VALUE"`
		Entities []struct {
			ID          string `xml:"m_id,attr"`
			Type        string `xml:"ent_type,attr"`
			InstanceID  string `xml:"instance_id,attr"`
			ExternalRef string `xml:"external_ref,attr"`
			Descriptor  string `xml:"TAG_DESCRIPTOR,attr"`
		} `xml:"ENTITY"`
		Events []struct {
			ID          string `xml:"m_id,attr"`
			Class       string `xml:"class,attr"`
			InstanceID  string `xml:"instance_id,attr"`
			ExternalRef string `xml:"external_ref,attr"`
			Descriptor  string `xml:"TAG_DESCRIPTOR,attr"`
		} `xml:"EVENT"`
	}
	xmlLink struct {
		Role    string `xml:"sem_role,attr"`
		Sources []struct {
			ID string `xml:"m_id,attr"`
		} `xml:"source"`
		Targets []struct {
			ID string `xml:"m_id,attr"`
		} `xml:"target"`
	}
	xmlRelations struct {
		RefersTo       []xmlLink `xml:"REFERS_TO"`
		HasParticipant []xmlLink `xml:"HAS_PARTICIPANT"`
	}
)

// ReadMeantime reads one MEANTIME XML document; source names the input in
// errors. Tokens must have unique t_ids and numeric number and sentence
// attributes, and every token_anchor must name a token of the document.
func ReadMeantime(r io.Reader, source string) (*Document, error) {
	var x xmlDocument
	dec := xml.NewDecoder(r)
	dec.Strict = true
	if err := dec.Decode(&x); err != nil {
		return nil, fmt.Errorf("%s: reading MEANTIME XML: %w", source, err)
	}
	d := &Document{ID: x.ID, Name: x.Name, URL: x.URL, Source: source}
	if len(x.Tokens) == 0 {
		return nil, fmt.Errorf("%s: MEANTIME document %q has no tokens", source, x.ID)
	}
	d.Tokens = make([]Token, 0, len(x.Tokens))
	for _, t := range x.Tokens {
		n, err := strconv.Atoi(t.Number)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s: token %q: bad number %q", source, t.ID, t.Number)
		}
		s, err := strconv.Atoi(t.Sentence)
		if err != nil || s < 0 {
			return nil, fmt.Errorf("%s: token %q: bad sentence %q", source, t.ID, t.Sentence)
		}
		text := strings.TrimSpace(t.Text)
		if t.ID == "" || text == "" || !utf8.ValidString(text) {
			return nil, fmt.Errorf("%s: token %q (number %d) has no id or no valid text", source, t.ID, n)
		}
		d.Tokens = append(d.Tokens, Token{ID: t.ID, Number: n, Sentence: s, Text: text})
	}
	sort.SliceStable(d.Tokens, func(i, j int) bool { return d.Tokens[i].Number < d.Tokens[j].Number })
	index := make(map[string]int, len(d.Tokens))
	for i, t := range d.Tokens {
		if _, dup := index[t.ID]; dup {
			return nil, fmt.Errorf("%s: token id %q appears twice", source, t.ID)
		}
		if i > 0 && t.Sentence < d.Tokens[i-1].Sentence {
			return nil, fmt.Errorf("%s: token %q: sentence %d after sentence %d", source, t.ID, t.Sentence, d.Tokens[i-1].Sentence)
		}
		index[t.ID] = i
	}
	anchors := func(kind, id string, as []xmlAnchor) ([]int, error) {
		out := make([]int, 0, len(as))
		for _, a := range as {
			i, ok := index[a.ID]
			if !ok {
				return nil, fmt.Errorf("%s: %s %q anchored to unknown token %q", source, kind, id, a.ID)
			}
			out = append(out, i)
		}
		slices.Sort(out)
		return slices.Compact(out), nil
	}
	// kinds maps every m_id to the element that defined it.
	kinds := map[string]string{}
	define := func(kind, id string) error {
		if id == "" {
			return fmt.Errorf("%s: %s without m_id", source, kind)
		}
		if k, dup := kinds[id]; dup {
			return fmt.Errorf("%s: m_id %q defined twice (%s and %s)", source, id, k, kind)
		}
		kinds[id] = kind
		return nil
	}
	m := &x.Markables
	for _, e := range m.EntityMentions {
		toks, err := anchors("ENTITY_MENTION", e.ID, e.Anchors)
		if err != nil {
			return nil, err
		}
		if err := define("ENTITY_MENTION", e.ID); err != nil {
			return nil, err
		}
		d.EntityMentions = append(d.EntityMentions, EntityMention{ID: e.ID, Tokens: toks, SyntacticType: e.SyntacticType, Head: e.Head})
	}
	for _, e := range m.EventMentions {
		toks, err := anchors("EVENT_MENTION", e.ID, e.Anchors)
		if err != nil {
			return nil, err
		}
		if err := define("EVENT_MENTION", e.ID); err != nil {
			return nil, err
		}
		d.EventMentions = append(d.EventMentions, EventMention{ID: e.ID, Tokens: toks, Pred: e.Pred, POS: e.POS,
			Tense: e.Tense, Aspect: e.Aspect, Certainty: e.Certainty, Polarity: e.Polarity, Time: e.Time, Modality: e.Modality})
	}
	for _, t := range m.Timexes {
		toks, err := anchors("TIMEX3", t.ID, t.Anchors)
		if err != nil {
			return nil, err
		}
		if err := define("TIMEX3", t.ID); err != nil {
			return nil, err
		}
		d.Timexes = append(d.Timexes, Timex{ID: t.ID, Tokens: toks, Type: t.Type, Value: t.Value, Function: t.Function, AnchorTimeID: t.AnchorTimeID})
	}
	for _, v := range m.Values {
		if err := define("VALUE", v.ID); err != nil {
			return nil, err
		}
	}
	for _, e := range m.Entities {
		if err := define("ENTITY", e.ID); err != nil {
			return nil, err
		}
		d.Entities = append(d.Entities, Entity{ID: e.ID, Type: e.Type, InstanceID: e.InstanceID, ExternalRef: strings.TrimSpace(e.ExternalRef), Descriptor: e.Descriptor})
	}
	for _, e := range m.Events {
		if err := define("EVENT", e.ID); err != nil {
			return nil, err
		}
		d.Events = append(d.Events, EventInstance{ID: e.ID, Class: e.Class, InstanceID: e.InstanceID, ExternalRef: e.ExternalRef, Descriptor: e.Descriptor})
	}
	entMention := make(map[string]int, len(d.EntityMentions))
	for i, e := range d.EntityMentions {
		entMention[e.ID] = i
	}
	evMention := make(map[string]int, len(d.EventMentions))
	for i, e := range d.EventMentions {
		evMention[e.ID] = i
	}
	for _, l := range x.Relations.RefersTo {
		if len(l.Targets) != 1 {
			d.Dangling++
			continue
		}
		target := l.Targets[0].ID
		for _, s := range l.Sources {
			switch {
			case kinds[target] == "ENTITY" && kinds[s.ID] == "ENTITY_MENTION":
				d.EntityMentions[entMention[s.ID]].Entity = target
			case kinds[target] == "EVENT" && kinds[s.ID] == "EVENT_MENTION":
				d.EventMentions[evMention[s.ID]].Event = target
			default:
				d.Dangling++
			}
		}
	}
	for _, l := range x.Relations.HasParticipant {
		if len(l.Sources) != 1 || len(l.Targets) != 1 {
			d.Dangling++
			continue
		}
		src, tgt := l.Sources[0].ID, l.Targets[0].ID
		switch {
		case kinds[src] == "EVENT_MENTION" && kinds[tgt] == "ENTITY_MENTION":
			d.Participants = append(d.Participants, Participation{Event: src, Mention: tgt, Role: l.Role})
		case kinds[src] == "EVENT_MENTION" && kinds[tgt] == "VALUE":
			// Values (money, percentages) are not entities: not scored.
		default:
			d.Dangling++
		}
	}
	return d, nil
}

// ReadMeantimeFile reads one MEANTIME XML file.
func ReadMeantimeFile(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading MEANTIME file: %w", err)
	}
	defer f.Close()
	return ReadMeantime(f, path)
}

// ReadMeantimeDir reads every *.xml file of a directory, in name order.
func ReadMeantimeDir(dir string) ([]*Document, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("reading MEANTIME directory: %w", err)
		}
		return nil, fmt.Errorf("%s: no MEANTIME .xml files", dir)
	}
	sort.Strings(paths)
	docs := make([]*Document, 0, len(paths))
	for _, p := range paths {
		d, err := ReadMeantimeFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Corpora returns the names of the four MEANTIME English sub-corpora.
// Develop on apple and airbus only: gm and stock are also the SemEval-2015
// TimeLine test data.
func Corpora() []string { return []string{"apple", "airbus", "gm", "stock"} }

// ReadCorpus reads the sub-corpus name ("apple") under dir, the
// intra_cross-doc_annotation directory of MEANTIME.
func ReadCorpus(dir, name string) ([]*Document, error) {
	return ReadMeantimeDir(filepath.Join(dir, "corpus_"+name))
}
