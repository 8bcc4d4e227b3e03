package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// WriteDocument stores one analysed document atomically, replacing any
// earlier version of it. It reports whether anything changed: writing an
// unchanged analysis again changes nothing and returns false.
//
// The write is the diff between the quads labelled with the document and
// the quads of the new analysis (see Quads), applied atomically: in one
// transaction, except that on the KV backends a replace may take two, the
// first undone if the second fails (see apply). On any error, including a
// cancelled ctx, the store is left as it was; only a crash between the two
// transactions can leave a document half replaced, and writing it again
// repairs that.
func (s *Store) WriteDocument(ctx context.Context, a *dossier.Analysis) (changed bool, err error) {
	quads, err := Quads(a)
	if err != nil {
		return false, err
	}
	label := IRI(a.Doc.ID)
	err = s.update(ctx, func(qs cgraph.QuadStore) error {
		c := newCached(qs)
		old, err := labelQuads(ctx, c, label)
		if err != nil {
			return fmt.Errorf("read its quads: %w", err)
		}
		// Corrections of entity resolution hold for documents written
		// after them too (see override.go).
		ovs, err := readOverrides(ctx, c)
		if err != nil {
			return fmt.Errorf("read the overrides: %w", err)
		}
		if quads, err = applyOverrides(quads, label, ovs); err != nil {
			return err
		}
		deltas := diff(old, quads)
		if len(deltas) == 0 {
			return nil
		}
		if err := s.apply(ctx, deltas); err != nil {
			return err
		}
		changed = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("graph: write document %s: %w", a.Doc.ID, err)
	}
	return changed, nil
}

// DeleteDocument removes every quad labelled with the document, atomically.
// Entities the document shared with others keep the quads the other
// documents wrote. It returns an error wrapping ErrNotFound if the store
// holds nothing for docID.
func (s *Store) DeleteDocument(ctx context.Context, docID string) error {
	if docID == "" {
		return fmt.Errorf("graph: delete document: empty document ID")
	}
	label := IRI(docID)
	err := s.update(ctx, func(qs cgraph.QuadStore) error {
		old, err := labelQuads(ctx, newCached(qs), label)
		if err != nil {
			return fmt.Errorf("read its quads: %w", err)
		}
		if len(old) == 0 {
			return ErrNotFound
		}
		return s.apply(ctx, diff(old, nil))
	})
	if err != nil {
		return fmt.Errorf("graph: delete document %s: %w", docID, err)
	}
	return nil
}

// apply applies deltas to qs. On memstore it is one call, checked before
// anything changes. Cayley's KV stores (bolt, leveldb) commit each call in one
// transaction but mis-resolve a node that a call both adds quads to and
// removes more quads from (the added quads lose that value), so for them the
// deltas are split into phases (see phases) that avoid it: usually one, at
// most two. If a later phase fails, the earlier ones are undone before apply
// returns, so the store is left as it was; only a crash between two phases
// can leave a document half replaced, which writing it again repairs.
func (s *Store) apply(ctx context.Context, deltas []cgraph.Delta) error {
	steps := [][]cgraph.Delta{deltas}
	if s.backend != BackendMemory {
		steps = phases(deltas)
	}
	for i, step := range steps {
		if s.beforeApply != nil {
			step = s.beforeApply(i, step)
		}
		if err := ctx.Err(); err != nil {
			return s.undo(steps[:i], err)
		}
		// No ignore options: the diff was computed under the write lock,
		// so a duplicate or missing quad means something is wrong, and
		// failing rolls the transaction back.
		if err := s.qs.ApplyDeltas(step, cgraph.IgnoreOpts{}); err != nil {
			if rerr := s.resetKV(); rerr != nil {
				return fmt.Errorf("%w (and reopening the store failed: %v)", err, rerr)
			}
			return s.undo(steps[:i], err)
		}
	}
	return nil
}

// undo reverts the applied steps, last first, and returns cause (joined with
// what went wrong undoing, if anything did).
func (s *Store) undo(applied [][]cgraph.Delta, cause error) error {
	for i := len(applied) - 1; i >= 0; i-- {
		var readd, remove []cgraph.Delta
		for _, d := range applied[i] {
			switch d.Action {
			case cgraph.Add:
				remove = append(remove, cgraph.Delta{Quad: d.Quad, Action: cgraph.Delete})
			case cgraph.Delete:
				readd = append(readd, cgraph.Delta{Quad: d.Quad, Action: cgraph.Add})
			}
		}
		// Pure additions and pure deletions never hit the KV node bug.
		for _, step := range [][]cgraph.Delta{readd, remove} {
			if len(step) == 0 {
				continue
			}
			if err := s.qs.ApplyDeltas(step, cgraph.IgnoreOpts{}); err != nil {
				s.resetKV()
				return fmt.Errorf("%w (undoing the partial write failed too: %v; write the document again to repair it)", cause, err)
			}
		}
	}
	return cause
}

// phases splits deltas into at most two steps, each safe for Cayley's KV
// stores: the first holds every addition and the deletions that leave every
// value used by an addition with a non-negative net reference count; the
// second holds the remaining deletions (pure deletions are always safe).
func phases(deltas []cgraph.Delta) [][]cgraph.Delta {
	net := map[string]int{} // value -> references added minus removed, for values of added quads
	var first, second []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			first = append(first, d)
			for _, dir := range quad.Directions {
				if v := d.Quad.Get(dir); v != nil {
					net[valueKey(v)]++
				}
			}
		}
	}
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			continue
		}
		need := map[string]int{}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				if k := valueKey(v); hasKey(net, k) {
					need[k]++
				}
			}
		}
		ok := true
		for k, n := range need {
			if net[k] < n {
				ok = false
				break
			}
		}
		if !ok {
			second = append(second, d)
			continue
		}
		for k, n := range need {
			net[k] -= n
		}
		first = append(first, d)
	}
	if len(second) == 0 {
		return [][]cgraph.Delta{first}
	}
	return [][]cgraph.Delta{first, second}
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// quadKey identifies a quad by its N-Quads line.
func quadKey(q quad.Quad) string {
	return nquad(q)
}

// diff returns the deltas that turn the set old into the set new: deletions
// of quads only in old, additions of quads only in new, in a deterministic
// order.
func diff(old, new []quad.Quad) []cgraph.Delta {
	have := make(map[string]bool, len(old))
	for _, q := range old {
		have[quadKey(q)] = true
	}
	want := make(map[string]bool, len(new))
	var deltas []cgraph.Delta
	for _, q := range new {
		k := quadKey(q)
		want[k] = true
		if !have[k] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	for _, q := range old {
		if !want[quadKey(q)] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	return deltas
}

// labelQuads returns every quad labelled label.
func labelQuads(ctx context.Context, qs cgraph.QuadStore, label quad.Value) ([]quad.Quad, error) {
	return quadsWith(ctx, qs, quad.Label, label)
}

// quadsWith returns every quad whose value in direction d is v and, if
// preds are given, whose predicate is one of them. Quads with other
// predicates are skipped without decoding their values.
func quadsWith(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, preds ...quad.IRI) ([]quad.Quad, error) {
	ref, err := qs.ValueOf(v)
	if err != nil {
		return nil, err
	}
	if ref == nil {
		return nil, nil
	}
	var want map[any]bool
	if len(preds) > 0 {
		want = make(map[any]bool, len(preds))
		for _, p := range preds {
			pr, err := qs.ValueOf(p)
			if err != nil {
				return nil, err
			}
			if pr != nil {
				want[pr.Key()] = true
			}
		}
		if len(want) == 0 {
			return nil, nil
		}
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		r := it.Result()
		if want != nil {
			pr, err := qs.QuadDirection(r, quad.Predicate)
			if err != nil {
				return nil, err
			}
			if pr == nil || !want[pr.Key()] {
				continue
			}
		}
		q, err := qs.Quad(r)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Quads returns the quads WriteDocument stores for an analysis, sorted and
// without duplicates, every one labelled with the document's IRI. The layout
// is described in vocab.go. It returns an error naming the document for an
// analysis it cannot store: no document, no document ID, an entity, event or
// relation without an ID or with a string that is not valid UTF-8.
func Quads(a *dossier.Analysis) ([]quad.Quad, error) {
	if a == nil || a.Doc == nil {
		return nil, fmt.Errorf("graph: analysis has no document")
	}
	if a.Doc.ID == "" {
		return nil, fmt.Errorf("graph: document %q has no ID", a.Doc.Source)
	}
	b := &builder{doc: a.Doc.ID, label: IRI(a.Doc.ID), seen: make(map[string]bool)}
	b.document(a)
	for i := range a.Entities {
		b.entity(a, &a.Entities[i])
	}
	for i := range a.Events {
		b.event(&a.Events[i])
	}
	for i := range a.Relations {
		b.relation(&a.Relations[i])
	}
	if b.err != nil {
		return nil, b.err
	}
	sort.Sort(byKey{b.keys, b.quads})
	return b.quads, nil
}

// builder accumulates the quads of one document, keeping the first error.
type builder struct {
	doc   string
	label quad.IRI
	quads []quad.Quad
	keys  []string // quadKey of each quad
	seen  map[string]bool
	err   error
}

// byKey sorts quads by their keys.
type byKey struct {
	keys  []string
	quads []quad.Quad
}

func (s byKey) Len() int           { return len(s.keys) }
func (s byKey) Less(i, j int) bool { return s.keys[i] < s.keys[j] }
func (s byKey) Swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	s.quads[i], s.quads[j] = s.quads[j], s.quads[i]
}

func (b *builder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf("graph: document %s: "+format, append([]any{b.doc}, args...)...)
	}
}

func (b *builder) add(s, p quad.IRI, o quad.Value) {
	if str, ok := o.(quad.String); ok && !utf8.ValidString(string(str)) {
		b.fail("%s %s: value is not valid UTF-8: %q", s, p, str)
		return
	}
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	k := quadKey(q)
	if b.seen[k] {
		return
	}
	b.seen[k] = true
	b.quads = append(b.quads, q)
	b.keys = append(b.keys, k)
}

// addString adds a string-valued quad unless v is empty.
func (b *builder) addString(s, p quad.IRI, v string) {
	if v != "" {
		b.add(s, p, quad.String(v))
	}
}

func (b *builder) document(a *dossier.Analysis) {
	d := b.label
	b.add(d, RDFType, SchemaNewsArticle)
	b.addString(d, SchemaHeadline, a.Doc.Title)
	if a.Doc.HasPublished() {
		b.add(d, SchemaDatePublished, quad.Time(a.Doc.Published.UTC().Truncate(time.Second)))
	}
	b.addString(d, SchemaURL, a.Doc.URL)
	b.addString(d, PropSource, a.Doc.Source)
	b.addString(d, PropFormat, a.Doc.Format)
}

func (b *builder) entity(a *dossier.Analysis, e *dossier.Entity) {
	if e.ID == "" {
		b.fail("entity %q has no ID", e.Name)
		return
	}
	n := IRI(e.ID)
	b.add(b.label, SchemaMentions, n)
	b.add(n, RDFType, ClassEntity)
	b.add(n, RDFType, typeClass(e.Type))
	b.addString(n, SchemaName, e.Name)
	b.addString(n, PropNameKey, dossier.NormalizeName(e.Name))
	sound := map[string]bool{}
	addSound := func(name string) {
		// Organisations only: personal names collide (see SoundKey).
		if k := dossier.SoundKey(name); k != "" && e.Type == dossier.Org && !sound[k] {
			sound[k] = true
			b.addString(n, PropSoundKey, k)
		}
	}
	addSound(e.Name)
	for _, al := range e.Aliases {
		if al == "" || al == e.Name {
			continue
		}
		b.addString(n, SchemaAlternateName, al)
		b.addString(n, PropNameKey, dossier.NormalizeName(al))
		addSound(al)
	}
	mentions := e.Mentions
	if len(mentions) == 0 {
		for _, m := range a.Mentions {
			if m.Entity == e.ID {
				mentions = append(mentions, m)
			}
		}
	}
	for _, m := range mentions {
		mi := IRI(fmt.Sprintf("%s/mention/%d-%d", b.doc, m.Start, m.End))
		b.add(mi, RDFType, ClassMention)
		b.add(mi, PropMentionOf, n)
		b.add(mi, PropDocument, b.label)
		b.addString(mi, PropText, m.Text)
		b.add(mi, PropStart, quad.Int(m.Start))
		b.add(mi, PropEnd, quad.Int(m.End))
		b.add(mi, PropSentenceIndex, quad.Int(m.Sentence))
		b.addString(mi, PropKind, m.Kind)
		b.add(mi, PropConfidence, quad.Float(m.Confidence))
	}
}

func (b *builder) evidence(n quad.IRI, ev *dossier.Evidence) {
	doc := b.label
	if ev.Document != "" && ev.Document != b.doc {
		b.fail("%s: evidence names document %q", n, ev.Document)
		return
	}
	b.add(n, PropDocument, doc)
	b.add(n, PropSentenceIndex, quad.Int(ev.Sentence))
	b.add(n, PropStart, quad.Int(ev.Start))
	b.add(n, PropEnd, quad.Int(ev.End))
	b.addString(n, PropEvidence, ev.Text)
	b.add(n, PropConfidence, quad.Float(ev.Confidence))
}

func (b *builder) event(e *dossier.Event) {
	if e.ID == "" {
		b.fail("event %q at %d has no ID", e.Type, e.Trigger.Start)
		return
	}
	n := IRI(e.ID)
	b.add(n, RDFType, SchemaEvent)
	b.addString(n, PropEventType, e.Type)
	b.addString(n, PropCAMEO, e.CAMEO)
	b.addString(n, PropTrigger, e.TriggerText)
	b.add(n, PropTriggerStart, quad.Int(e.Trigger.Start))
	b.add(n, PropTriggerEnd, quad.Int(e.Trigger.End))
	if e.Date != "" {
		b.addString(n, PropDateValue, e.Date)
		b.addString(n, PropDateText, e.DateText)
		if d, err := dossier.ParseDate(e.Date); err == nil {
			b.add(n, SchemaStartDate, quad.Time(d.Start()))
			p := d.Precision.Contract()
			if p == "" {
				p = string(d.Precision)
			}
			b.addString(n, PropPrecision, p)
			b.add(n, PropSortKey, quad.Int(d.SortKey()))
		}
	}
	for _, p := range e.Participants {
		if p.Entity == "" {
			b.fail("event %s: participant without entity", e.ID)
			return
		}
		ent := IRI(p.Entity)
		b.add(n, PropParticipant, ent)
		if p.Role != "" {
			b.add(n, RoleIRI(string(p.Role)), ent)
		}
	}
	if e.Place != "" {
		b.add(n, SchemaLocation, IRI(e.Place))
	}
	b.addString(n, PropPolarity, e.Polarity)
	b.addString(n, PropModality, e.Modality)
	if e.Source != "" {
		b.add(n, PropAttributedTo, IRI(e.Source))
	}
	b.evidence(n, &e.Evidence)
}

// relationID returns the deterministic ID of a relation statement.
func relationID(doc string, r *dossier.Relation) string {
	h := sha256.New()
	for _, s := range []string{r.Subject, r.Predicate, r.Object, r.Value,
		strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return doc + "/relation/" + hex.EncodeToString(h.Sum(nil)[:8])
}

func (b *builder) relation(r *dossier.Relation) {
	if r.Subject == "" || r.Object == "" || r.Predicate == "" {
		b.fail("relation %q %q %q: subject, predicate and object are required", r.Subject, r.Predicate, r.Object)
		return
	}
	subj, pred, obj := IRI(r.Subject), RelIRI(r.Predicate), IRI(r.Object)
	b.add(subj, pred, obj)
	n := IRI(relationID(b.doc, r))
	b.add(n, RDFType, RDFStatement)
	b.add(n, RDFSubject, subj)
	b.add(n, RDFPredicate, pred)
	b.add(n, RDFObject, obj)
	b.addString(n, PropValue, r.Value)
	b.evidence(n, &r.Evidence)
}
