package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier"
)

// Corrections of entity resolution (overrides).
//
// The alias resolver decides per document which names denote one entity,
// and deterministic IDs make documents meet. When it is wrong, a user can
// split a name off an entity or merge two entities. Such a correction is an
// Override: stored as quads under the label <id:overrides>, applied at once
// to every stored document it concerns, and applied again to every document
// written later, so that re-ingesting keeps it. Each document an override
// changed holds an application record (labelled with the document, so it
// goes when the document goes) with the exact quads the override removed and
// added; undoing an override replays these records backwards to recover the
// document as the resolver wrote it, then applies the remaining overrides.
// Undo is therefore exact, whatever the order of the overrides.
//
//	<id:override/3> rdf:type dossier:Override
//	<id:override/3> dossier:op "split" | "merge"
//	<id:override/3> dossier:seq 3
//	<id:override/3> dossier:entity <entity>  (split: the entity the name leaves; merge: the entity merged away)
//	<id:override/3> dossier:target <entity>  (split: the new entity of the name; merge: the entity kept)
//	<id:override/3> schema:name "name"       (split: the name split off; merge: the kept entity's name)
//	<id:override/3> dossier:entityType "ORG"
//	<id:override/3> schema:dateCreated time
//	<id:overrides> dossier:seq 3             (the last number given; numbers are never reused)
//
//	<id:doc-.../override/3> rdf:type dossier:OverrideApplication
//	<id:doc-.../override/3> dossier:override <id:override/3> ; dossier:document <doc>
//	<id:doc-.../override/3> dossier:removed "N-Quads" ; dossier:added "N-Quads"

// Override operations.
const (
	// OpSplit gives one name of an entity, and its mentions, an entity of
	// its own.
	OpSplit = "split"
	// OpMerge makes one entity part of another.
	OpMerge = "merge"
)

// Override is a stored correction of entity resolution.
type Override struct {
	// ID identifies the override ("override/3"); Seq is its number, the
	// order in which overrides apply.
	ID  string `json:"id"`
	Seq int    `json:"seq"`
	// Op is OpSplit or OpMerge.
	Op string `json:"op"`
	// Entity is, for a split, the entity the name leaves and, for a merge,
	// the entity merged away.
	Entity string `json:"entity"`
	// Target is, for a split, the entity the name gets and, for a merge,
	// the entity kept.
	Target string `json:"target"`
	// Name is, for a split, the name split off and, for a merge, the name
	// of the entity kept.
	Name string `json:"name"`
	// Type is the entity type of Target.
	Type dossier.EntityType `json:"type"`
	// Created is when the override was made.
	Created time.Time `json:"created"`
	// Documents counts the stored documents it changes (filled when read
	// back).
	Documents int `json:"documents"`
}

// Vocabulary of overrides.
const (
	ClassOverride            = quad.IRI(NS + "Override")
	ClassOverrideApplication = quad.IRI(NS + "OverrideApplication")
	PropOp                   = quad.IRI(NS + "op")
	PropSeq                  = quad.IRI(NS + "seq")
	PropEntity               = quad.IRI(NS + "entity")
	PropTarget               = quad.IRI(NS + "target")
	PropEntityType           = quad.IRI(NS + "entityType")
	PropOverride             = quad.IRI(NS + "override")
	PropRemoved              = quad.IRI(NS + "removed")
	PropAdded                = quad.IRI(NS + "added")
	SchemaDateCreated        = quad.IRI(SchemaNS + "dateCreated")
)

// overridesLabel labels the override records.
var overridesLabel = IRI("overrides")

// Overrides lists the stored overrides in the order they apply.
func (s *Store) Overrides(ctx context.Context) ([]Override, error) {
	var out []Override
	err := s.View(ctx, func(qs cgraph.QuadStore) (err error) {
		c := newCached(qs)
		out, err = readOverrides(ctx, c)
		if err != nil {
			return err
		}
		for i := range out {
			apps, err := subjects(ctx, c, PropOverride, IRI(out[i].ID))
			if err != nil {
				return err
			}
			out[i].Documents = len(apps)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: list overrides: %w", err)
	}
	return out, nil
}

// Split gives the name of an entity (one of its aliases, not its canonical
// name) an entity of its own, in every stored document and in every
// document written later: the mentions with that name move to the new
// entity, and so do the events and relations read from sentences that name
// the entity only by it. It returns the stored override.
func (s *Store) Split(ctx context.Context, entityID, name string) (Override, error) {
	var ov Override
	err := s.update(ctx, func(qs cgraph.QuadStore) error {
		c := newCached(qs)
		e, ok, err := readEntity(ctx, c, IRI(entityID))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no entity %q: %w", entityID, ErrNotFound)
		}
		key := dossier.NormalizeName(name)
		if key == "" {
			return fmt.Errorf("empty name %q", name)
		}
		if key == dossier.NormalizeName(e.Name) {
			return fmt.Errorf("%q is the canonical name of %s; split off one of its other names (%s)", name, e.ID, strings.Join(e.Aliases, "; "))
		}
		spelling := ""
		for _, a := range e.Aliases {
			if dossier.NormalizeName(a) == key {
				spelling = a
				break
			}
		}
		if spelling == "" {
			return fmt.Errorf("%s has no name %q (its names: %s)", e.ID, name, strings.Join(append([]string{e.Name}, e.Aliases...), "; "))
		}
		target := dossier.EntityID(e.Type, spelling)
		if target == e.ID {
			return fmt.Errorf("%q and %q have the same ID %s; nothing to split", spelling, e.Name, e.ID)
		}
		ov = Override{Op: OpSplit, Entity: e.ID, Target: target, Name: spelling, Type: e.Type}
		return s.addOverride(ctx, c, &ov)
	})
	if err != nil {
		return Override{}, fmt.Errorf("graph: split %q from %s: %w", name, entityID, err)
	}
	return ov, nil
}

// Merge makes the entity fromID part of intoID in every stored document and
// in every document written later: its mentions, names, events and
// relations become intoID's. It returns the stored override.
func (s *Store) Merge(ctx context.Context, fromID, intoID string) (Override, error) {
	var ov Override
	err := s.update(ctx, func(qs cgraph.QuadStore) error {
		if fromID == intoID {
			return fmt.Errorf("an entity cannot be merged into itself")
		}
		c := newCached(qs)
		from, ok, err := readEntity(ctx, c, IRI(fromID))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no entity %q: %w", fromID, ErrNotFound)
		}
		into, ok, err := readEntity(ctx, c, IRI(intoID))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no entity %q: %w", intoID, ErrNotFound)
		}
		ov = Override{Op: OpMerge, Entity: from.ID, Target: into.ID, Name: into.Name, Type: into.Type}
		return s.addOverride(ctx, c, &ov)
	})
	if err != nil {
		return Override{}, fmt.Errorf("graph: merge %s into %s: %w", fromID, intoID, err)
	}
	return ov, nil
}

// Undo removes an override (its ID, "override/3", or its number, "3") and
// restores every document it changed to what it would be without it. It
// returns the removed override.
func (s *Store) Undo(ctx context.Context, id string) (Override, error) {
	if _, err := strconv.Atoi(id); err == nil {
		id = "override/" + id
	}
	var gone Override
	err := s.update(ctx, func(qs cgraph.QuadStore) error {
		c := newCached(qs)
		ovs, err := readOverrides(ctx, c)
		if err != nil {
			return err
		}
		var rest []Override
		found := false
		for _, o := range ovs {
			if o.ID == id {
				gone, found = o, true
				continue
			}
			rest = append(rest, o)
		}
		if !found {
			return fmt.Errorf("no override %q (list them with \"dossier entities overrides\"): %w", id, ErrNotFound)
		}
		apps, err := subjects(ctx, c, PropOverride, IRI(id))
		if err != nil {
			return err
		}
		var docs []quad.Value
		for _, a := range apps {
			ds, err := objects(ctx, c, a, PropDocument)
			if err != nil {
				return err
			}
			docs = append(docs, ds...)
		}
		gone.Documents = len(docs)
		// The record goes first: should rewriting a document fail, the
		// override is no longer applied to anything written later, and
		// undoing again (or re-ingesting) finishes the job.
		rec, err := labelQuads(ctx, c, overridesLabel)
		if err != nil {
			return err
		}
		var del []quad.Quad
		for _, q := range rec {
			if q.Subject == IRI(id) {
				del = append(del, q)
			}
		}
		if err := s.apply(ctx, diff(del, nil)); err != nil {
			return err
		}
		for _, d := range uniq(docs) {
			if _, err := s.rewrite(ctx, qs, d, ovs, rest); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Override{}, fmt.Errorf("graph: undo %s: %w", id, err)
	}
	return gone, nil
}

// addOverride stores ov (numbering it after the last override, unless the
// same correction exists, which is applied again) and applies it to every
// document that mentions its entity.
func (s *Store) addOverride(ctx context.Context, c *cached, ov *Override) error {
	ovs, err := readOverrides(ctx, c)
	if err != nil {
		return err
	}
	exists := false
	// Numbers are never reused, even after an undo: the last one given
	// is kept as <id:overrides> dossier:seq N.
	rec, err := labelQuads(ctx, c, overridesLabel)
	if err != nil {
		return err
	}
	last := 0
	var counter []quad.Quad
	for _, q := range rec {
		if q.Subject == overridesLabel && q.Predicate == PropSeq {
			counter = append(counter, q)
			last = max(last, integer(q.Object))
		}
	}
	for _, o := range ovs {
		if o.Op == ov.Op && o.Entity == ov.Entity && o.Target == ov.Target {
			*ov, exists = o, true
		}
		last = max(last, o.Seq)
	}
	if !exists {
		ov.Seq = last + 1
		ov.ID = "override/" + strconv.Itoa(ov.Seq)
		ov.Created = time.Now().UTC().Truncate(time.Second)
		add := append(overrideQuads(*ov), quad.Quad{Subject: overridesLabel, Predicate: PropSeq, Object: quad.Int(ov.Seq), Label: overridesLabel})
		if err := s.apply(ctx, diff(counter, add)); err != nil {
			return fmt.Errorf("store the override: %w", err)
		}
		ovs = append(ovs, *ov)
	}
	docs, err := subjects(ctx, c, SchemaMentions, IRI(ov.Entity))
	if err != nil {
		return err
	}
	for _, d := range docs {
		changed, err := s.rewrite(ctx, c, d, ovs, ovs)
		if err != nil {
			return err
		}
		if changed {
			ov.Documents++
		}
	}
	return nil
}

// rewrite recomputes the quads of one document: the quads the resolver
// wrote (the current quads with the records of the overrides in known
// undone) with the overrides in apply applied. It is one atomic write, and
// it reports whether anything changed.
func (s *Store) rewrite(ctx context.Context, qs cgraph.QuadStore, doc quad.Value, known, apply []Override) (bool, error) {
	label, ok := doc.(quad.IRI)
	if !ok {
		return false, fmt.Errorf("document %v is not an IRI", doc)
	}
	c := newCached(qs)
	old, err := labelQuads(ctx, c, label)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", label, err)
	}
	raw, err := unapplyOverrides(old, known)
	if err != nil {
		return false, fmt.Errorf("document %s: %w", label, err)
	}
	final, err := applyOverrides(raw, label, apply)
	if err != nil {
		return false, fmt.Errorf("document %s: %w", label, err)
	}
	deltas := diff(old, final)
	if len(deltas) == 0 {
		return false, nil
	}
	if err := s.apply(ctx, deltas); err != nil {
		return false, fmt.Errorf("rewrite %s: %w", label, err)
	}
	return true, nil
}

// overrideQuads returns the record of an override.
func overrideQuads(ov Override) []quad.Quad {
	n := IRI(ov.ID)
	l := overridesLabel
	return []quad.Quad{
		{Subject: n, Predicate: RDFType, Object: ClassOverride, Label: l},
		{Subject: n, Predicate: PropOp, Object: quad.String(ov.Op), Label: l},
		{Subject: n, Predicate: PropSeq, Object: quad.Int(ov.Seq), Label: l},
		{Subject: n, Predicate: PropEntity, Object: IRI(ov.Entity), Label: l},
		{Subject: n, Predicate: PropTarget, Object: IRI(ov.Target), Label: l},
		{Subject: n, Predicate: SchemaName, Object: quad.String(ov.Name), Label: l},
		{Subject: n, Predicate: PropEntityType, Object: quad.String(string(ov.Type)), Label: l},
		{Subject: n, Predicate: SchemaDateCreated, Object: quad.Time(ov.Created), Label: l},
	}
}

// readOverrides returns the stored overrides sorted by Seq.
func readOverrides(ctx context.Context, qs cgraph.QuadStore) ([]Override, error) {
	rec, err := labelQuads(ctx, qs, overridesLabel)
	if err != nil {
		return nil, err
	}
	byID := map[quad.Value]*Override{}
	get := func(n quad.Value) *Override {
		o := byID[n]
		if o == nil {
			o = &Override{ID: idOf(n)}
			byID[n] = o
		}
		return o
	}
	for _, q := range rec {
		o := get(q.Subject)
		switch q.Predicate {
		case PropOp:
			o.Op = str(q.Object)
		case PropSeq:
			o.Seq = integer(q.Object)
		case PropEntity:
			o.Entity = idOf(q.Object)
		case PropTarget:
			o.Target = idOf(q.Object)
		case SchemaName:
			o.Name = str(q.Object)
		case PropEntityType:
			o.Type = dossier.EntityType(str(q.Object))
		case SchemaDateCreated:
			if t, ok := q.Object.(quad.Time); ok {
				o.Created = time.Time(t).UTC()
			}
		}
	}
	out := make([]Override, 0, len(byID))
	for _, o := range byID {
		if o.Op == OpSplit || o.Op == OpMerge {
			out = append(out, *o)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

// applyOverrides applies the overrides in order to the quads of one
// document, adding an application record for each override that changed
// something.
func applyOverrides(qs []quad.Quad, label quad.IRI, ovs []Override) ([]quad.Quad, error) {
	if len(ovs) == 0 {
		return qs, nil
	}
	docID := idOf(label)
	var recs []quad.Quad
	for _, ov := range ovs {
		var next []quad.Quad
		switch ov.Op {
		case OpSplit:
			next = splitQuads(qs, label, ov)
		case OpMerge:
			next = mergeQuads(qs, label, ov)
		default:
			return nil, fmt.Errorf("override %s: unknown operation %q", ov.ID, ov.Op)
		}
		deltas := diff(qs, next)
		if len(deltas) == 0 {
			continue
		}
		var removed, added strings.Builder
		for _, d := range deltas {
			w := &added
			if d.Action == cgraph.Delete {
				w = &removed
			}
			w.WriteString(nquad(d.Quad))
			w.WriteByte('\n')
		}
		n := IRI(docID + "/" + ov.ID)
		recs = append(recs,
			quad.Quad{Subject: n, Predicate: RDFType, Object: ClassOverrideApplication, Label: label},
			quad.Quad{Subject: n, Predicate: PropOverride, Object: IRI(ov.ID), Label: label},
			quad.Quad{Subject: n, Predicate: PropDocument, Object: label, Label: label},
			quad.Quad{Subject: n, Predicate: PropRemoved, Object: quad.String(removed.String()), Label: label},
			quad.Quad{Subject: n, Predicate: PropAdded, Object: quad.String(added.String()), Label: label},
		)
		qs = next
	}
	return dedupe(append(qs, recs...)), nil
}

// unapplyOverrides undoes the application records in qs, the latest
// override first (by Seq in known; records of unknown overrides first of
// all), and returns the quads without the records.
func unapplyOverrides(qs []quad.Quad, known []Override) ([]quad.Quad, error) {
	apps := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Predicate == RDFType && q.Object == ClassOverrideApplication {
			apps[q.Subject] = true
		}
	}
	if len(apps) == 0 {
		return qs, nil
	}
	seq := map[string]int{}
	for _, o := range known {
		seq[o.ID] = o.Seq
	}
	type record struct {
		seq            int
		removed, added string
	}
	recs := map[quad.Value]*record{}
	var rest []quad.Quad
	for _, q := range qs {
		if !apps[q.Subject] {
			rest = append(rest, q)
			continue
		}
		r := recs[q.Subject]
		if r == nil {
			r = &record{seq: int(^uint(0) >> 1)}
			recs[q.Subject] = r
		}
		switch q.Predicate {
		case PropOverride:
			if s, ok := seq[idOf(q.Object)]; ok {
				r.seq = s
			}
		case PropRemoved:
			r.removed = str(q.Object)
		case PropAdded:
			r.added = str(q.Object)
		}
	}
	order := make([]*record, 0, len(recs))
	for _, r := range recs {
		order = append(order, r)
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].seq > order[j].seq })
	for _, r := range order {
		removed, err := parseNQuads(r.removed)
		if err != nil {
			return nil, fmt.Errorf("override record: %w", err)
		}
		added, err := parseNQuads(r.added)
		if err != nil {
			return nil, fmt.Errorf("override record: %w", err)
		}
		drop := map[string]bool{}
		for _, q := range added {
			drop[quadKey(q)] = true
		}
		var next []quad.Quad
		for _, q := range rest {
			if !drop[quadKey(q)] {
				next = append(next, q)
			}
		}
		rest = dedupe(append(next, removed...))
	}
	return rest, nil
}

// parseNQuads reads N-Quads lines.
func parseNQuads(s string) ([]quad.Quad, error) {
	if s == "" {
		return nil, nil
	}
	r := nquads.NewReader(strings.NewReader(s), false)
	defer r.Close()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
}

// dedupe returns qs without repeated quads, sorted by key.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[string]bool, len(qs))
	b := byKey{}
	for _, q := range qs {
		k := quadKey(q)
		if seen[k] {
			continue
		}
		seen[k] = true
		b.keys = append(b.keys, k)
		b.quads = append(b.quads, q)
	}
	sort.Sort(b)
	return b.quads
}

// nameKinds are the mention kinds that name an entity (not pronouns or
// descriptions).
func namesEntity(kind string) bool { return kind != "pronoun" && kind != "nominal" }

// splitQuads moves the mentions of ov.Entity named ov.Name (by normalised
// name) to ov.Target in one document's quads, with the events and
// relations of the sentences that name the entity only so.
func splitQuads(qs []quad.Quad, label quad.IRI, ov Override) []quad.Quad {
	from, to := IRI(ov.Entity), IRI(ov.Target)
	key := dossier.NormalizeName(ov.Name)
	type mention struct {
		entity quad.Value
		text   string
		kind   string
		sent   int
	}
	ms := map[quad.Value]*mention{}
	get := func(n quad.Value) *mention {
		m := ms[n]
		if m == nil {
			m = &mention{sent: -1}
			ms[n] = m
		}
		return m
	}
	isMention := map[quad.Value]bool{}
	statements := map[quad.Value]int{} // events and relation statements -> sentence
	for _, q := range qs {
		switch q.Predicate {
		case RDFType:
			switch q.Object {
			case ClassMention:
				isMention[q.Subject] = true
			case SchemaEvent, RDFStatement:
				if _, ok := statements[q.Subject]; !ok {
					statements[q.Subject] = -1
				}
			}
		case PropMentionOf:
			get(q.Subject).entity = q.Object
		case PropText:
			get(q.Subject).text = str(q.Object)
		case PropKind:
			get(q.Subject).kind = str(q.Object)
		}
	}
	for _, q := range qs {
		if q.Predicate != PropSentenceIndex {
			continue
		}
		if isMention[q.Subject] {
			get(q.Subject).sent = integer(q.Object)
		} else if _, ok := statements[q.Subject]; ok {
			statements[q.Subject] = integer(q.Object)
		}
	}
	moved := map[quad.Value]bool{}
	var texts []string
	left := 0 // mentions of from that stay
	stay, went := map[int]int{}, map[int]int{}
	for n, m := range ms {
		if !isMention[n] || m.entity != from {
			continue
		}
		if dossier.NormalizeName(m.text) == key {
			moved[n] = true
			texts = append(texts, m.text)
			went[m.sent]++
			continue
		}
		left++
		if namesEntity(m.kind) {
			stay[m.sent]++
		}
	}
	if len(moved) == 0 {
		return qs
	}
	redirect := map[quad.Value]bool{}
	for n, sent := range statements {
		if left == 0 || went[sent] > 0 && stay[sent] == 0 {
			redirect[n] = true
		}
	}
	// The names that stay with from, for its sound keys.
	keepSound := map[string]bool{}
	for _, q := range qs {
		if q.Subject == from && (q.Predicate == SchemaName || q.Predicate == SchemaAlternateName) {
			if dossier.NormalizeName(str(q.Object)) != key {
				keepSound[dossier.SoundKey(str(q.Object))] = true
			}
		}
	}
	var classes []quad.Value
	out := make([]quad.Quad, 0, len(qs)+8)
	for _, q := range qs {
		switch {
		case moved[q.Subject] && q.Predicate == PropMentionOf:
			q.Object = to
		case redirect[q.Subject] && q.Object == from:
			q.Object = to
		case q.Subject == from:
			if q.Predicate == RDFType && q.Object != ClassEntity {
				classes = append(classes, q.Object)
			}
			if left == 0 {
				continue // from is no longer in this document
			}
			switch q.Predicate {
			case SchemaAlternateName, PropNameKey:
				if dossier.NormalizeName(str(q.Object)) == key {
					continue
				}
			case PropSoundKey:
				if !keepSound[str(q.Object)] {
					continue
				}
			}
		case left == 0 && q.Object == from:
			if q.Predicate == SchemaMentions {
				continue
			}
			q.Object = to
		}
		out = append(out, q)
	}
	add := func(p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: to, Predicate: p, Object: o, Label: label})
	}
	out = append(out, quad.Quad{Subject: label, Predicate: SchemaMentions, Object: to, Label: label})
	add(RDFType, ClassEntity)
	for _, c := range classes {
		add(RDFType, c)
	}
	add(SchemaName, quad.String(ov.Name))
	sort.Strings(texts)
	names := append([]string{ov.Name}, texts...)
	for i, t := range names {
		if i > 0 && t != ov.Name {
			add(SchemaAlternateName, quad.String(t))
		}
		add(PropNameKey, quad.String(dossier.NormalizeName(t)))
		if sk := dossier.SoundKey(t); sk != "" && ov.Type == dossier.Org {
			add(PropSoundKey, quad.String(sk))
		}
	}
	return dedupe(directEdges(out, label))
}

// mergeQuads makes ov.Entity part of ov.Target in one document's quads.
func mergeQuads(qs []quad.Quad, label quad.IRI, ov Override) []quad.Quad {
	from, to := IRI(ov.Entity), IRI(ov.Target)
	found := false
	for _, q := range qs {
		if q.Subject == from || q.Object == from {
			found = true
			break
		}
	}
	if !found {
		return qs
	}
	key := dossier.NormalizeName(ov.Name)
	out := make([]quad.Quad, 0, len(qs)+6)
	for _, q := range qs {
		if q.Subject == from {
			switch {
			case q.Predicate == SchemaName:
				q.Predicate = SchemaAlternateName
			case q.Predicate == RDFType && q.Object != ClassEntity:
				continue // the kept entity's type wins
			}
			q.Subject = to
		}
		if q.Object == from {
			q.Object = to
		}
		if q.Subject == to && q.Predicate == SchemaAlternateName && dossier.NormalizeName(str(q.Object)) == key {
			continue
		}
		out = append(out, q)
	}
	add := func(p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: to, Predicate: p, Object: o, Label: label})
	}
	add(RDFType, ClassEntity)
	add(RDFType, typeClass(ov.Type))
	add(SchemaName, quad.String(ov.Name))
	add(PropNameKey, quad.String(key))
	if sk := dossier.SoundKey(ov.Name); sk != "" && ov.Type == dossier.Org {
		add(PropSoundKey, quad.String(sk))
	}
	// A relation of the kept entity with itself says nothing.
	self := map[quad.Value]bool{}
	subj, obj := map[quad.Value]quad.Value{}, map[quad.Value]quad.Value{}
	for _, q := range out {
		switch q.Predicate {
		case RDFSubject:
			subj[q.Subject] = q.Object
		case RDFObject:
			obj[q.Subject] = q.Object
		}
	}
	for n, s := range subj {
		if obj[n] == s {
			self[n] = true
		}
	}
	kept := out[:0]
	for _, q := range out {
		if !self[q.Subject] {
			kept = append(kept, q)
		}
	}
	return dedupe(directEdges(kept, label))
}

// directEdges replaces the direct relation edges (subject rel:p object) of
// a document's quads with those its relation statements give.
func directEdges(qs []quad.Quad, label quad.IRI) []quad.Quad {
	out := qs[:0:0]
	type stmt struct{ s, p, o quad.Value }
	st := map[quad.Value]*stmt{}
	get := func(n quad.Value) *stmt {
		x := st[n]
		if x == nil {
			x = &stmt{}
			st[n] = x
		}
		return x
	}
	for _, q := range qs {
		if p, ok := q.Predicate.(quad.IRI); ok && strings.HasPrefix(string(p), RelNS) {
			continue
		}
		switch q.Predicate {
		case RDFSubject:
			get(q.Subject).s = q.Object
		case RDFPredicate:
			get(q.Subject).p = q.Object
		case RDFObject:
			get(q.Subject).o = q.Object
		}
		out = append(out, q)
	}
	for _, x := range st {
		if x.s != nil && x.p != nil && x.o != nil {
			out = append(out, quad.Quad{Subject: x.s, Predicate: x.p, Object: x.o, Label: label})
		}
	}
	return out
}
