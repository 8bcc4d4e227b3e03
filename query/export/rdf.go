package export

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
)

// The vocabularies of the RDF formats (N-Quads, JSON-LD): the store's own
// (see package graph, vocab.go), so an export of part of the graph says
// things the way the store does. Every IRI is written in full; prefixes
// are only for JSON-LD's context.
const (
	nsSchema  = "http://schema.org/"
	nsDossier = "https://dossier-kg.org/ns#"
	nsRole    = "https://dossier-kg.org/role#"
	nsRel     = "https://dossier-kg.org/rel#"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXSD     = "http://www.w3.org/2001/XMLSchema#"
	// IRIBase prefixes every ID of the graph (entity, document, event,
	// relation) to make its IRI:
	// "https://dossier-kg.org/id/org/united-nations".
	IRIBase = "https://dossier-kg.org/id/"
)

// term is an RDF node: an IRI, or a literal with a datatype (xsd:string
// when empty).
type term struct {
	iri      bool
	value    string
	datatype string
}

func iri(v string) term           { return term{iri: true, value: v} }
func str(v string) term           { return term{value: v} }
func lit(v, datatype string) term { return term{value: v, datatype: datatype} }
func integer(n int) term          { return lit(strconv.Itoa(n), nsXSD+"integer") }

// po is one property of a resource.
type po struct {
	p string
	o term
}

// resource is a subject and its properties, all in one named graph.
type resource struct {
	iri string
	// graphs are the named graphs (document IRIs) the properties are
	// written in; none is the default graph. An entity is written once per
	// document that cites it, as the store does.
	graphs []string
	props  []po
}

func (r *resource) add(p string, o term) { r.props = append(r.props, po{p, o}) }

func (r *resource) addStr(p, v string) {
	if v != "" {
		r.add(p, str(v))
	}
}

// escapeID percent-encodes every byte of id outside letters, digits and
// "-._~/", as the store does, so that any ID makes a valid IRI.
func escapeID(id string) string {
	const hexd = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexd[c>>4])
		b.WriteByte(hexd[c&15])
	}
	return b.String()
}

// unescapeID inverts escapeID; ok is false for text escapeID cannot
// produce.
func unescapeID(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 >= len(s) {
			return "", false
		}
		n, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
		if err != nil {
			return "", false
		}
		b.WriteByte(byte(n))
		i += 2
	}
	id := b.String()
	return id, escapeID(id) == s
}

// idIRI returns the IRI of a graph ID.
func idIRI(id string) string { return IRIBase + escapeID(id) }

// iriID inverts idIRI; ok is false for an IRI that idIRI cannot produce.
func iriID(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, IRIBase)
	if !ok {
		return "", false
	}
	return unescapeID(rest)
}

// roleIRI returns the predicate of a participant role: role: and the
// role ("role:agent").
func roleIRI(r dossier.Role) string { return nsRole + escapeID(string(r)) }

// typeClasses are the classes of the entity types, besides dossier:Entity.
var typeClasses = map[dossier.EntityType]string{
	dossier.Org:    nsSchema + "Organization",
	dossier.Person: nsSchema + "Person",
	dossier.Place:  nsSchema + "Place",
	dossier.Misc:   nsDossier + "Misc",
}

// dateTerm returns the typed literal for a TIMEX3 value when XSD can say
// it at its precision: xsd:gYear, xsd:gYearMonth or xsd:date.
func dateTerm(value string) (term, bool) {
	d, err := dossier.ParseDate(value)
	if err != nil {
		return term{}, false
	}
	switch {
	case d.Precision == dossier.PrecisionYear && len(value) == 4:
		return lit(value, nsXSD+"gYear"), true
	case d.Precision == dossier.PrecisionMonth && len(value) == 7:
		return lit(value, nsXSD+"gYearMonth"), true
	case d.Precision == dossier.PrecisionDay && len(value) == 10:
		return lit(value, nsXSD+"date"), true
	}
	return term{}, false
}

// xsdDouble writes f in the canonical form of xsd:double that JSON-LD
// processors produce ("8.5E-1", "1.0E0"): 16 significant digits at most,
// trailing zeros dropped, so that RDF from JSON-LD and from N-Quads agree.
// A confidence therefore keeps 16 significant digits, not the 17 a float64
// may need.
func xsdDouble(f float64) string {
	if math.IsNaN(f) {
		return "NaN"
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return "INF"
		}
		return "-INF"
	}
	s := strconv.FormatFloat(f, 'e', 15, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(mant, "0")
		if strings.HasSuffix(mant, ".") {
			mant += "0"
		}
	}
	n, _ := strconv.Atoi(exp)
	return mant + "E" + strconv.Itoa(n)
}

// relationID returns the stable ID of a relation: its document, "relation"
// and a hash of everything else it says.
func relationID(r *dossier.Relation) string {
	h := sha256.New()
	for _, s := range []string{r.Subject, r.Predicate, r.Object, r.Value, strconv.Itoa(r.Evidence.Sentence),
		strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End), r.Evidence.Text, xsdDouble(r.Evidence.Confidence)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return r.Evidence.Document + "/relation/" + hex.EncodeToString(h.Sum(nil)[:8])
}

func relationPredicate(pred string) string { return nsRel + escapeID(pred) }

// addEvidence writes the provenance properties of a fact.
func addEvidence(r *resource, ev dossier.Evidence) {
	if ev.Document != "" {
		r.add(nsDossier+"document", iri(idIRI(ev.Document)))
	}
	r.add(nsDossier+"sentenceIndex", integer(ev.Sentence))
	r.add(nsDossier+"start", integer(ev.Start))
	r.add(nsDossier+"end", integer(ev.End))
	r.addStr(nsDossier+"evidence", ev.Text)
	r.add(nsDossier+"confidence", lit(xsdDouble(ev.Confidence), nsXSD+"double"))
}

// rdfResources calls fn with every resource of g in a canonical order:
// documents, entities, events and relations, each sorted by ID, so that the
// same graph always gives the same bytes whatever order it was read in. A
// document's quads are labelled with the document, a fact's with the
// document it was read from, an entity's with every document whose facts
// in g cite it. fn must not keep r.
func rdfResources(g *dossier.Graph, fn func(r *resource) error) error {
	r := &resource{}
	reset := func(id string, graphs ...string) {
		r.iri, r.graphs, r.props = idIRI(id), graphs, r.props[:0]
	}
	for _, i := range sortedBy(len(g.Documents), func(i int) string { return g.Documents[i].ID }) {
		d := &g.Documents[i]
		reset(d.ID, idIRI(d.ID))
		r.add(nsRDF+"type", iri(nsSchema+"NewsArticle"))
		r.addStr(nsSchema+"headline", d.Title)
		if !d.Published.IsZero() {
			r.add(nsSchema+"datePublished", lit(d.Published.UTC().Format(time.RFC3339Nano), nsXSD+"dateTime"))
		}
		r.addStr(nsSchema+"url", d.URL)
		r.addStr(nsDossier+"source", d.Source)
		r.addStr(nsDossier+"format", d.Format)
		if err := fn(r); err != nil {
			return err
		}
	}
	citing := citingDocuments(g)
	for id, docs := range citing {
		iris := make([]string, len(docs))
		for i, d := range docs {
			iris[i] = idIRI(d)
		}
		citing[id] = iris
	}
	for _, i := range sortedBy(len(g.Entities), func(i int) string { return g.Entities[i].ID }) {
		e := &g.Entities[i]
		reset(e.ID, citing[e.ID]...)
		r.add(nsRDF+"type", iri(nsDossier+"Entity"))
		if cls, ok := typeClasses[e.Type]; ok {
			r.add(nsRDF+"type", iri(cls))
		} else {
			r.add(nsDossier+"entityType", str(string(e.Type)))
		}
		r.add(nsSchema+"name", str(e.Name))
		seen := map[string]bool{}
		for _, a := range sortedStrings(e.Aliases) {
			if !seen[a] {
				seen[a] = true
				r.add(nsSchema+"alternateName", str(a))
			}
		}
		r.add(nsDossier+"mentionCount", integer(e.MentionCount))
		r.add(nsDossier+"documentCount", integer(e.DocumentCount))
		if err := fn(r); err != nil {
			return err
		}
	}
	for _, i := range sortedBy(len(g.Events), func(i int) string { return g.Events[i].ID }) {
		e := &g.Events[i]
		reset(e.ID, docGraph(e.Evidence.Document)...)
		r.add(nsRDF+"type", iri(nsSchema+"Event"))
		r.add(nsDossier+"eventType", str(e.Type))
		r.addStr(nsDossier+"cameo", e.CAMEO)
		r.addStr(nsDossier+"trigger", e.TriggerText)
		r.add(nsDossier+"triggerStart", integer(e.Trigger.Start))
		r.add(nsDossier+"triggerEnd", integer(e.Trigger.End))
		if e.Date != "" {
			r.add(nsDossier+"dateValue", str(e.Date))
			if t, ok := dateTerm(e.Date); ok {
				r.add(nsSchema+"startDate", t)
			}
			if d, err := dossier.ParseDate(e.Date); err == nil {
				r.add(nsDossier+"precision", str(string(d.Precision)))
				r.add(nsDossier+"sortKey", lit(strconv.FormatInt(d.SortKey(), 10), nsXSD+"integer"))
			}
		}
		r.addStr(nsDossier+"dateText", e.DateText)
		seen := map[dossier.Participant]bool{}
		seenEnt := map[string]bool{}
		parts := sortedParticipants(e.Participants)
		for _, p := range parts {
			if !seenEnt[p.Entity] {
				seenEnt[p.Entity] = true
				r.add(nsDossier+"participant", iri(idIRI(p.Entity)))
			}
		}
		for _, p := range parts {
			if !seen[p] {
				seen[p] = true
				r.add(roleIRI(p.Role), iri(idIRI(p.Entity)))
			}
		}
		if e.Place != "" {
			r.add(nsSchema+"location", iri(idIRI(e.Place)))
		}
		r.addStr(nsDossier+"polarity", e.Polarity)
		r.addStr(nsDossier+"modality", e.Modality)
		if e.Source != "" {
			r.add(nsDossier+"attributedTo", iri(idIRI(e.Source)))
		}
		addEvidence(r, e.Evidence)
		if err := fn(r); err != nil {
			return err
		}
	}
	type relKey struct {
		id string
		i  int
	}
	rels := make([]relKey, len(g.Relations))
	for i := range g.Relations {
		rels[i] = relKey{relationID(&g.Relations[i]), i}
	}
	slices.SortStableFunc(rels, func(a, b relKey) int { return cmp.Compare(a.id, b.id) })
	for k, rk := range rels {
		if k > 0 && rels[k-1].id == rk.id {
			continue // the same statement twice says nothing more
		}
		rel := &g.Relations[rk.i]
		reset(rk.id, docGraph(rel.Evidence.Document)...)
		r.add(nsRDF+"type", iri(nsRDF+"Statement"))
		r.add(nsRDF+"subject", iri(idIRI(rel.Subject)))
		r.add(nsRDF+"predicate", iri(relationPredicate(rel.Predicate)))
		r.add(nsRDF+"object", iri(idIRI(rel.Object)))
		r.addStr(nsDossier+"value", rel.Value)
		addEvidence(r, rel.Evidence)
		if err := fn(r); err != nil {
			return err
		}
		// The relation itself as a direct edge, for traversal.
		reset(rel.Subject, docGraph(rel.Evidence.Document)...)
		r.add(relationPredicate(rel.Predicate), iri(idIRI(rel.Object)))
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// sortedStrings returns a sorted copy of ss.
func sortedStrings(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

// sortedParticipants returns the participants ordered by role, then
// entity: RDF keeps no order, so the export fixes one.
func sortedParticipants(ps []dossier.Participant) []dossier.Participant {
	out := slices.Clone(ps)
	slices.SortFunc(out, func(a, b dossier.Participant) int {
		if c := cmp.Compare(a.Role, b.Role); c != 0 {
			return c
		}
		return cmp.Compare(a.Entity, b.Entity)
	})
	return out
}

// citingDocuments returns, per entity ID, the sorted IDs of the documents
// whose events or relations in g involve it: the provenance of a node.
func citingDocuments(g *dossier.Graph) map[string][]string {
	sets := map[string]map[string]bool{}
	add := func(id, doc string) {
		if id == "" || doc == "" {
			return
		}
		if sets[id] == nil {
			sets[id] = map[string]bool{}
		}
		sets[id][doc] = true
	}
	for i := range g.Events {
		e := &g.Events[i]
		for _, id := range eventEntities(e) {
			add(id, e.Evidence.Document)
		}
		add(e.Source, e.Evidence.Document)
	}
	for _, r := range g.Relations {
		add(r.Subject, r.Evidence.Document)
		add(r.Object, r.Evidence.Document)
	}
	out := make(map[string][]string, len(sets))
	for id, docs := range sets {
		for d := range docs {
			out[id] = append(out[id], d)
		}
		slices.Sort(out[id])
	}
	return out
}

func docGraph(doc string) []string {
	if doc == "" {
		return nil
	}
	return []string{idIRI(doc)}
}

// sortedBy returns the indexes 0..n-1 ordered by key (stable).
func sortedBy(n int, key func(int) string) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(key(a), key(b)) })
	return idx
}
