package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// EntityFilter selects entities; the zero value selects all.
type EntityFilter struct {
	// Type, if set, keeps only entities of that type.
	Type dossier.EntityType
	// IDs, if set, keeps only these entities.
	IDs []string
	// Document, if set, keeps only entities the document mentions.
	Document string
}

// EventFilter selects events; the zero value selects all. Set fields combine
// with AND.
type EventFilter struct {
	// Entities, if set, keeps events in which any of these entities takes
	// part (in any role, or as the place).
	Entities []string
	// Documents, if set, keeps events read from these documents.
	Documents []string
	// Types, if set, keeps events of these types.
	Types []string
}

// RelationFilter selects relations; the zero value selects all. Set fields
// combine with AND.
type RelationFilter struct {
	// Entities, if set, keeps relations whose subject or object is one of
	// these entities.
	Entities []string
	// Predicates, if set, keeps relations with these predicates.
	Predicates []string
	// Documents, if set, keeps relations read from these documents.
	Documents []string
}

// Documents lists the stored documents, sorted by ID. Their Text is empty:
// the store keeps facts, not articles.
func (s *Store) Documents(ctx context.Context) ([]dossier.Document, error) {
	var out []dossier.Document
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		out, err = documents(ctx, qs)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: list documents: %w", err)
	}
	return out, nil
}

// Entities lists entities, sorted by ID, with Aliases, MentionCount and
// DocumentCount filled and Mentions empty. When documents disagree on an
// entity's name, Name is the one most documents use (the smallest string on
// a tie) and the others become aliases.
func (s *Store) Entities(ctx context.Context, f EntityFilter) ([]dossier.Entity, error) {
	var out []dossier.Entity
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		out, err = entities(ctx, qs, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: list entities: %w", err)
	}
	return out, nil
}

// FindEntities returns the entities whose name or any alias equals name,
// case-insensitively (after dossier.NormalizeName), or, for organisations,
// whose name is a spelling variant of it (dossier.SoundKey), sorted by ID.
func (s *Store) FindEntities(ctx context.Context, name string) ([]dossier.Entity, error) {
	key := dossier.NormalizeName(name)
	if key == "" {
		return nil, fmt.Errorf("graph: find entities: empty name %q", name)
	}
	var out []dossier.Entity
	err := s.View(ctx, func(qs cgraph.QuadStore) error {
		qs = newCached(qs)
		cands, err := subjects(ctx, qs, PropNameKey, quad.String(key))
		if err != nil {
			return err
		}
		// Spelling variants of an organisation's name ("Mojahedin",
		// "Mujahedeen") meet through the sound key.
		if sk := dossier.SoundKey(name); sk != "" {
			more, err := subjects(ctx, qs, PropSoundKey, quad.String(sk))
			if err != nil {
				return err
			}
			cands = uniq(append(cands, more...))
		}
		out, err = readEntities(ctx, qs, cands, "")
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: find entities named %q: %w", name, err)
	}
	return out, nil
}

// FindEntitiesByWord returns the entities one word of whose name or an
// alias equals word (case and diacritics folded, as dossier.Slug does),
// sorted by ID: "Vaitkus"
// finds Andrius Vaitkus when the surname never stood alone in the text.
// It reads every entity, so it is the fallback after FindEntities.
func (s *Store) FindEntitiesByWord(ctx context.Context, word string) ([]dossier.Entity, error) {
	key := dossier.Slug(word) // case and Latin diacritics folded
	if key == "" || strings.ContainsAny(strings.TrimSpace(word), " \t") {
		return nil, fmt.Errorf("graph: find entities by word: want one word, got %q", word)
	}
	all, err := s.Entities(ctx, EntityFilter{})
	if err != nil {
		return nil, err
	}
	var out []dossier.Entity
	for _, e := range all {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n == word || slices.Contains(strings.Split(dossier.Slug(n), "-"), key) {
				out = append(out, e)
				break
			}
		}
	}
	return out, nil
}

// Events returns events with their participants, date and evidence
// (including the document ID), sorted by document, trigger offset and ID.
// Participants are sorted by role and entity.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]dossier.Event, error) {
	var out []dossier.Event
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		out, err = events(ctx, qs, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: list events: %w", err)
	}
	return out, nil
}

// Relations returns relations with their evidence, sorted by subject,
// predicate, object, document and evidence offset.
func (s *Store) Relations(ctx context.Context, f RelationFilter) ([]dossier.Relation, error) {
	var out []dossier.Relation
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		out, err = relations(ctx, qs, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: list relations: %w", err)
	}
	return out, nil
}

// Snapshot reads the whole graph back as a dossier.Graph, for exports and
// timelines, under one read lock, so it is consistent.
func (s *Store) Snapshot(ctx context.Context) (*dossier.Graph, error) {
	g := &dossier.Graph{}
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		if g.Documents, err = documents(ctx, qs); err != nil {
			return err
		}
		if g.Entities, err = entities(ctx, qs, EntityFilter{}); err != nil {
			return err
		}
		if g.Events, err = events(ctx, qs, EventFilter{}); err != nil {
			return err
		}
		g.Relations, err = relations(ctx, qs, RelationFilter{})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: snapshot: %w", err)
	}
	return g, nil
}

// Subgraph reads the documents that mention any of the given entities,
// whole: each with all its entities, events and relations (so events
// elsewhere in those articles come along as context). It is what a
// timeline or an export of a few entities needs, without reading the whole
// store as Snapshot does. Unknown entity IDs are ignored.
func (s *Store) Subgraph(ctx context.Context, entityIDs []string) (*dossier.Graph, error) {
	g := &dossier.Graph{}
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		qs = newCached(qs)
		var docs []quad.Value
		for _, id := range entityIDs {
			ds, err := subjects(ctx, qs, SchemaMentions, IRI(id))
			if err != nil {
				return err
			}
			docs = append(docs, ds...)
		}
		docs = uniq(docs)
		if len(docs) == 0 {
			return nil
		}
		if g.Documents, err = readDocuments(ctx, qs, docs); err != nil {
			return err
		}
		var docIDs []string
		var ents []quad.Value
		for _, d := range docs {
			docIDs = append(docIDs, idOf(d))
			es, err := objects(ctx, qs, d, SchemaMentions)
			if err != nil {
				return err
			}
			ents = append(ents, es...)
		}
		if g.Entities, err = readEntities(ctx, qs, ents, ""); err != nil {
			return err
		}
		if g.Events, err = events(ctx, qs, EventFilter{Documents: docIDs}); err != nil {
			return err
		}
		g.Relations, err = relations(ctx, qs, RelationFilter{Documents: docIDs})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: subgraph of %v: %w", entityIDs, err)
	}
	return g, nil
}

func documents(ctx context.Context, qs cgraph.QuadStore) ([]dossier.Document, error) {
	ids, err := subjectsOfType(ctx, qs, SchemaNewsArticle)
	if err != nil {
		return nil, err
	}
	return readDocuments(ctx, qs, ids)
}

// readDocuments reads the given document nodes, sorted by ID.
func readDocuments(ctx context.Context, qs cgraph.QuadStore, ids []quad.Value) ([]dossier.Document, error) {
	var docs []dossier.Document
	for _, n := range ids {
		d, err := readDocument(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, nil
}

func entities(ctx context.Context, qs cgraph.QuadStore, f EntityFilter) ([]dossier.Entity, error) {
	var cands []quad.Value
	var err error
	switch {
	case len(f.IDs) > 0:
		for _, id := range f.IDs {
			cands = append(cands, IRI(id))
		}
		if f.Document != "" {
			mentioned, err := objects(ctx, qs, IRI(f.Document), SchemaMentions)
			if err != nil {
				return nil, err
			}
			cands = intersect(cands, mentioned)
		}
	case f.Document != "":
		cands, err = objects(ctx, qs, IRI(f.Document), SchemaMentions)
	default:
		cands, err = subjectsOfType(ctx, qs, ClassEntity)
	}
	if err != nil {
		return nil, err
	}
	return readEntities(ctx, qs, cands, f.Type)
}

func events(ctx context.Context, qs cgraph.QuadStore, f EventFilter) ([]dossier.Event, error) {
	cands, err := eventCandidates(ctx, qs, f)
	if err != nil {
		return nil, err
	}
	types := set(f.Types)
	var out []dossier.Event
	for _, n := range cands {
		e, ok, err := readEvent(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		if !ok || (len(types) > 0 && !types[e.Type]) {
			continue
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Evidence.Document != b.Evidence.Document {
			return a.Evidence.Document < b.Evidence.Document
		}
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start < b.Trigger.Start
		}
		return a.ID < b.ID
	})
	return out, nil
}

func relations(ctx context.Context, qs cgraph.QuadStore, f RelationFilter) ([]dossier.Relation, error) {
	var cands []quad.Value
	if len(f.Entities) > 0 {
		for _, id := range f.Entities {
			for _, p := range []quad.IRI{RDFSubject, RDFObject} {
				ss, err := subjects(ctx, qs, p, IRI(id))
				if err != nil {
					return nil, err
				}
				cands = append(cands, ss...)
			}
		}
		cands = uniq(cands)
	} else if len(f.Documents) > 0 {
		var err error
		if cands, err = typedInDocuments(ctx, qs, f.Documents, RDFStatement); err != nil {
			return nil, err
		}
	} else {
		var err error
		if cands, err = subjectsOfType(ctx, qs, RDFStatement); err != nil {
			return nil, err
		}
	}
	preds, docs := set(f.Predicates), set(f.Documents)
	var out []dossier.Relation
	for _, n := range cands {
		r, ok, err := readRelation(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		if !ok || (len(preds) > 0 && !preds[r.Predicate]) || (len(docs) > 0 && !docs[r.Evidence.Document]) {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		switch {
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		case a.Predicate != b.Predicate:
			return a.Predicate < b.Predicate
		case a.Object != b.Object:
			return a.Object < b.Object
		case a.Evidence.Document != b.Evidence.Document:
			return a.Evidence.Document < b.Evidence.Document
		case a.Evidence.Start != b.Evidence.Start:
			return a.Evidence.Start < b.Evidence.Start
		}
		return a.Value < b.Value
	})
	return out, nil
}

// subjectsOfType returns the subjects of rdf:type class.
func subjectsOfType(ctx context.Context, qs cgraph.QuadStore, class quad.IRI) ([]quad.Value, error) {
	return subjects(ctx, qs, RDFType, class)
}

// subjects returns the distinct subjects of quads with predicate p and
// object o.
func subjects(ctx context.Context, qs cgraph.QuadStore, p quad.IRI, o quad.Value) ([]quad.Value, error) {
	qq, err := quadsWith(ctx, qs, quad.Object, o, p)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for _, q := range qq {
		if q.Predicate == p {
			out = append(out, q.Subject)
		}
	}
	return uniq(out), nil
}

// objects returns the distinct objects of quads with subject s and
// predicate p.
func objects(ctx context.Context, qs cgraph.QuadStore, s quad.Value, p quad.IRI) ([]quad.Value, error) {
	qq, err := quadsWith(ctx, qs, quad.Subject, s, p)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for _, q := range qq {
		if q.Predicate == p {
			out = append(out, q.Object)
		}
	}
	return uniq(out), nil
}

// uniq sorts values by their N-Quads form and drops duplicates.
func uniq(vs []quad.Value) []quad.Value {
	sort.Slice(vs, func(i, j int) bool { return vs[i].String() < vs[j].String() })
	out := vs[:0]
	for i, v := range vs {
		if i == 0 || v.String() != vs[i-1].String() {
			out = append(out, v)
		}
	}
	return out
}

func intersect(a, b []quad.Value) []quad.Value {
	in := make(map[string]bool, len(b))
	for _, v := range b {
		in[v.String()] = true
	}
	var out []quad.Value
	for _, v := range a {
		if in[v.String()] {
			out = append(out, v)
		}
	}
	return out
}

func set(xs []string) map[string]bool {
	if len(xs) == 0 {
		return nil
	}
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	if v == nil {
		return ""
	}
	return quad.StringOf(v)
}

func integer(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.Float:
		return int(v)
	}
	return 0
}

func float(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	return 0
}

func idOf(v quad.Value) string {
	id, _ := ID(v)
	return id
}

func readDocument(ctx context.Context, qs cgraph.QuadStore, n quad.Value) (dossier.Document, error) {
	var d dossier.Document
	d.ID = idOf(n)
	qq, err := quadsWith(ctx, qs, quad.Subject, n)
	if err != nil {
		return d, err
	}
	for _, q := range qq {
		switch q.Predicate {
		case SchemaHeadline:
			d.Title = str(q.Object)
		case SchemaDatePublished:
			if t, ok := q.Object.(quad.Time); ok {
				d.Published = time.Time(t).UTC()
			}
		case SchemaURL:
			d.URL = str(q.Object)
		case PropSource:
			d.Source = str(q.Object)
		case PropFormat:
			d.Format = str(q.Object)
		}
	}
	return d, nil
}

// readEntities reads the candidates that are entities, keeps those of type
// t (any if ""), sorted by ID.
func readEntities(ctx context.Context, qs cgraph.QuadStore, cands []quad.Value, t dossier.EntityType) ([]dossier.Entity, error) {
	var out []dossier.Entity
	for _, n := range uniq(cands) {
		e, ok, err := readEntity(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		if ok && (t == "" || e.Type == t) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func readEntity(ctx context.Context, qs cgraph.QuadStore, n quad.Value) (dossier.Entity, bool, error) {
	e := dossier.Entity{ID: idOf(n)}
	qq, err := quadsWith(ctx, qs, quad.Subject, n)
	if err != nil {
		return e, false, err
	}
	isEntity := false
	names := map[string]int{} // name -> number of documents using it as the canonical name
	aliases := map[string]bool{}
	for _, q := range qq {
		switch q.Predicate {
		case RDFType:
			if q.Object == ClassEntity {
				isEntity = true
			} else if t, ok := classType(q.Object); ok {
				e.Type = t
			}
		case SchemaName:
			names[str(q.Object)]++
		case SchemaAlternateName:
			aliases[str(q.Object)] = true
		}
	}
	if !isEntity {
		return e, false, nil
	}
	for name, c := range names {
		if e.Name == "" || c > names[e.Name] || c == names[e.Name] && name < e.Name {
			e.Name = name
		}
	}
	for name := range names {
		aliases[name] = true
	}
	delete(aliases, e.Name)
	e.Aliases = make([]string, 0, len(aliases))
	for a := range aliases {
		e.Aliases = append(e.Aliases, a)
	}
	sort.Strings(e.Aliases)
	in, err := quadsWith(ctx, qs, quad.Object, n, SchemaMentions, PropMentionOf)
	if err != nil {
		return e, false, err
	}
	docs, mentions := map[string]bool{}, map[string]bool{}
	for _, q := range in {
		switch q.Predicate {
		case SchemaMentions:
			docs[q.Subject.String()] = true
		case PropMentionOf:
			mentions[q.Subject.String()] = true
		}
	}
	e.DocumentCount, e.MentionCount = len(docs), len(mentions)
	return e, true, nil
}

func eventCandidates(ctx context.Context, qs cgraph.QuadStore, f EventFilter) ([]quad.Value, error) {
	var cands []quad.Value
	restricted := false
	if len(f.Entities) > 0 {
		restricted = true
		for _, id := range f.Entities {
			for _, p := range []quad.IRI{PropParticipant, SchemaLocation} {
				ss, err := subjects(ctx, qs, p, IRI(id))
				if err != nil {
					return nil, err
				}
				cands = append(cands, ss...)
			}
		}
		cands = uniq(cands)
	}
	if len(f.Documents) > 0 {
		inDocs, err := typedInDocuments(ctx, qs, f.Documents, SchemaEvent)
		if err != nil {
			return nil, err
		}
		if restricted {
			cands = intersect(cands, inDocs)
		} else {
			cands = inDocs
		}
		restricted = true
	}
	if restricted {
		return cands, nil
	}
	return subjectsOfType(ctx, qs, SchemaEvent)
}

// typedInDocuments returns the nodes of class the documents state (in
// quads labelled with them).
func typedInDocuments(ctx context.Context, qs cgraph.QuadStore, docs []string, class quad.IRI) ([]quad.Value, error) {
	var out []quad.Value
	for _, id := range docs {
		qq, err := quadsWith(ctx, qs, quad.Label, IRI(id), RDFType)
		if err != nil {
			return nil, err
		}
		for _, q := range qq {
			if q.Object == class {
				out = append(out, q.Subject)
			}
		}
	}
	return uniq(out), nil
}

func readEvidence(ev *dossier.Evidence, q quad.Quad) bool {
	switch q.Predicate {
	case PropDocument:
		ev.Document = idOf(q.Object)
	case PropSentenceIndex:
		ev.Sentence = integer(q.Object)
	case PropStart:
		ev.Start = integer(q.Object)
	case PropEnd:
		ev.End = integer(q.Object)
	case PropEvidence:
		ev.Text = str(q.Object)
	case PropConfidence:
		ev.Confidence = float(q.Object)
	default:
		return false
	}
	return true
}

func readEvent(ctx context.Context, qs cgraph.QuadStore, n quad.Value) (dossier.Event, bool, error) {
	e := dossier.Event{ID: idOf(n)}
	qq, err := quadsWith(ctx, qs, quad.Subject, n)
	if err != nil {
		return e, false, err
	}
	isEvent := false
	roles := map[string]bool{} // entities with a role
	var plain []string         // participants by dossier:participant
	for _, q := range qq {
		if readEvidence(&e.Evidence, q) {
			continue
		}
		switch q.Predicate {
		case RDFType:
			isEvent = isEvent || q.Object == SchemaEvent
		case PropEventType:
			e.Type = str(q.Object)
		case PropCAMEO:
			e.CAMEO = str(q.Object)
		case PropTrigger:
			e.TriggerText = str(q.Object)
		case PropTriggerStart:
			e.Trigger.Start = integer(q.Object)
		case PropTriggerEnd:
			e.Trigger.End = integer(q.Object)
		case PropDateValue:
			e.Date = str(q.Object)
		case PropDateText:
			e.DateText = str(q.Object)
		case PropParticipant:
			plain = append(plain, idOf(q.Object))
		case SchemaLocation:
			e.Place = idOf(q.Object)
		case PropPolarity:
			e.Polarity = str(q.Object)
		case PropModality:
			e.Modality = str(q.Object)
		case PropAttributedTo:
			e.Source = idOf(q.Object)
		default:
			if role, ok := local(q.Predicate, RoleNS); ok {
				ent := idOf(q.Object)
				e.Participants = append(e.Participants, dossier.Participant{Entity: ent, Role: dossier.Role(role)})
				roles[ent] = true
			}
		}
	}
	if !isEvent {
		return e, false, nil
	}
	for _, ent := range plain {
		if !roles[ent] {
			e.Participants = append(e.Participants, dossier.Participant{Entity: ent})
		}
	}
	sort.Slice(e.Participants, func(i, j int) bool {
		a, b := e.Participants[i], e.Participants[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.Entity < b.Entity
	})
	return e, true, nil
}

func readRelation(ctx context.Context, qs cgraph.QuadStore, n quad.Value) (dossier.Relation, bool, error) {
	var r dossier.Relation
	qq, err := quadsWith(ctx, qs, quad.Subject, n)
	if err != nil {
		return r, false, err
	}
	isStmt := false
	for _, q := range qq {
		if readEvidence(&r.Evidence, q) {
			continue
		}
		switch q.Predicate {
		case RDFType:
			isStmt = isStmt || q.Object == RDFStatement
		case RDFSubject:
			r.Subject = idOf(q.Object)
		case RDFPredicate:
			r.Predicate, _ = local(q.Object, RelNS)
		case RDFObject:
			r.Object = idOf(q.Object)
		case PropValue:
			r.Value = str(q.Object)
		}
	}
	return r, isStmt, nil
}

// Stats counts what a store holds.
type Stats struct {
	Quads     int `json:"quads"`
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Events    int `json:"events"`
	Relations int `json:"relations"`
}

// Stats counts the quads, documents, entities, mentions, events and
// relations in the store.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.View(ctx, func(qs cgraph.QuadStore) error {
		qs = newCached(qs)
		qst, err := qs.Stats(ctx, true)
		if err != nil {
			return err
		}
		st.Quads = int(qst.Quads.Value)
		for _, c := range []struct {
			n     *int
			class quad.IRI
		}{
			{&st.Documents, SchemaNewsArticle}, {&st.Entities, ClassEntity}, {&st.Mentions, ClassMention},
			{&st.Events, SchemaEvent}, {&st.Relations, RDFStatement},
		} {
			ss, err := subjectsOfType(ctx, qs, c.class)
			if err != nil {
				return err
			}
			*c.n = len(ss)
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	return st, nil
}
