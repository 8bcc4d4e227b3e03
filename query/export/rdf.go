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

// The vocabularies of the RDF formats (N-Quads, JSON-LD). Every IRI is
// written in full; prefixes are only for JSON-LD's context.
const (
	nsSchema  = "http://schema.org/"
	nsDossier = "https://github.com/dossier-kg/dossier/ns#"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXSD     = "http://www.w3.org/2001/XMLSchema#"
	// IRIBase prefixes every ID of the graph (entity, document, event,
	// relation) to make its IRI: "urn:dossier:org/united-nations".
	IRIBase = "urn:dossier:"
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
	iri   string
	graph string // "" is the default graph
	props []po
}

func (r *resource) add(p string, o term) { r.props = append(r.props, po{p, o}) }

func (r *resource) addStr(p, v string) {
	if v != "" {
		r.add(p, str(v))
	}
}

// idIRI returns the IRI of a graph ID: IRIBase and the ID with every byte
// that may not stand in an IRI (and "%") percent-encoded.
func idIRI(id string) string {
	const hexd = "0123456789ABCDEF"
	var b strings.Builder
	b.WriteString(IRIBase)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c <= 0x20 || c >= 0x7f || strings.IndexByte("<>\"{}|^`\\%#?[]", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hexd[c>>4])
			b.WriteByte(hexd[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// iriID inverts idIRI; ok is false for an IRI that idIRI cannot produce.
func iriID(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, IRIBase)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 >= len(rest) {
			return "", false
		}
		n, err := strconv.ParseUint(rest[i+1:i+3], 16, 8)
		if err != nil {
			return "", false
		}
		b.WriteByte(byte(n))
		i += 2
	}
	id := b.String()
	return id, idIRI(id) == s
}

// roleIRIs maps participant roles to properties; other roles get
// nsDossier + "role/" + role.
var roleIRIs = map[dossier.Role]string{
	dossier.Agent:     nsSchema + "agent",
	dossier.Patient:   nsDossier + "patient",
	dossier.Recipient: nsSchema + "recipient",
	dossier.Requester: nsDossier + "requester",
	dossier.Speaker:   nsDossier + "speaker",
	dossier.Location:  nsDossier + "placeParticipant",
}

func roleIRI(r dossier.Role) string {
	if s, ok := roleIRIs[r]; ok {
		return s
	}
	return nsDossier + "role/" + strings.TrimPrefix(idIRI(string(r)), IRIBase)
}

var typeClasses = map[dossier.EntityType]string{
	dossier.Org:    nsSchema + "Organization",
	dossier.Person: nsSchema + "Person",
	dossier.Place:  nsSchema + "Place",
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
		strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End), r.Evidence.Text, formatFloat(r.Evidence.Confidence)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return r.Evidence.Document + "/relation/" + hex.EncodeToString(h.Sum(nil)[:8])
}

func relationPredicate(pred string) string {
	return nsDossier + "rel/" + strings.TrimPrefix(idIRI(pred), IRIBase)
}

// addEvidence writes the provenance properties of a fact.
func addEvidence(r *resource, ev dossier.Evidence) {
	if ev.Document != "" {
		r.add(nsDossier+"document", iri(idIRI(ev.Document)))
	}
	r.add(nsDossier+"sentenceIndex", integer(ev.Sentence))
	r.add(nsDossier+"sentenceStart", integer(ev.Start))
	r.add(nsDossier+"sentenceEnd", integer(ev.End))
	r.addStr(nsDossier+"sentence", ev.Text)
	r.add(nsDossier+"confidence", lit(xsdDouble(ev.Confidence), nsXSD+"double"))
}

// rdfResources calls fn with every resource of g in a canonical order:
// documents, entities, events and relations, each sorted by ID, so that the
// same graph always gives the same bytes whatever order it was read in.
// Facts (events, relations) live in the named graph of their document.
func rdfResources(g *dossier.Graph, fn func(*resource) error) error {
	r := &resource{}
	reset := func(id, graph string) {
		r.iri, r.graph, r.props = idIRI(id), graph, r.props[:0]
	}
	for _, i := range sortedBy(len(g.Documents), func(i int) string { return g.Documents[i].ID }) {
		d := &g.Documents[i]
		reset(d.ID, "")
		r.add(nsRDF+"type", iri(nsSchema+"NewsArticle"))
		r.addStr(nsSchema+"headline", d.Title)
		if !d.Published.IsZero() {
			r.add(nsSchema+"datePublished", lit(d.Published.Format(time.RFC3339Nano), nsXSD+"dateTime"))
		}
		r.addStr(nsDossier+"sourceLocation", d.Source)
		r.addStr(nsSchema+"url", d.URL)
		r.addStr(nsDossier+"format", d.Format)
		r.addStr(nsSchema+"text", d.Text)
		if err := fn(r); err != nil {
			return err
		}
	}
	for _, i := range sortedBy(len(g.Entities), func(i int) string { return g.Entities[i].ID }) {
		e := &g.Entities[i]
		reset(e.ID, "")
		cls, ok := typeClasses[e.Type]
		if !ok {
			cls = nsSchema + "Thing"
		}
		r.add(nsRDF+"type", iri(cls))
		r.add(nsDossier+"entityType", str(string(e.Type)))
		r.add(nsSchema+"name", str(e.Name))
		for _, a := range e.Aliases {
			r.add(nsSchema+"alternateName", str(a))
		}
		r.add(nsDossier+"mentionCount", integer(e.MentionCount))
		r.add(nsDossier+"documentCount", integer(e.DocumentCount))
		if err := fn(r); err != nil {
			return err
		}
	}
	for _, i := range sortedBy(len(g.Events), func(i int) string { return g.Events[i].ID }) {
		e := &g.Events[i]
		reset(e.ID, docGraph(e.Evidence.Document))
		r.add(nsRDF+"type", iri(nsSchema+"Event"))
		r.add(nsDossier+"eventType", str(e.Type))
		r.addStr(nsDossier+"cameo", e.CAMEO)
		r.add(nsDossier+"triggerStart", integer(e.Trigger.Start))
		r.add(nsDossier+"triggerEnd", integer(e.Trigger.End))
		r.addStr(nsDossier+"triggerText", e.TriggerText)
		if e.Date != "" {
			r.add(nsDossier+"timex", str(e.Date))
			if t, ok := dateTerm(e.Date); ok {
				r.add(nsSchema+"startDate", t)
			}
			if d, err := dossier.ParseDate(e.Date); err == nil {
				r.add(nsDossier+"datePrecision", str(string(d.Precision)))
			}
		}
		r.addStr(nsDossier+"dateText", e.DateText)
		for _, p := range e.Participants {
			r.add(roleIRI(p.Role), iri(idIRI(p.Entity)))
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
		reset(rk.id, docGraph(rel.Evidence.Document))
		r.add(nsRDF+"type", iri(nsRDF+"Statement"))
		r.add(nsRDF+"subject", iri(idIRI(rel.Subject)))
		r.add(nsRDF+"predicate", iri(relationPredicate(rel.Predicate)))
		r.add(nsRDF+"object", iri(idIRI(rel.Object)))
		r.addStr(nsDossier+"value", rel.Value)
		addEvidence(r, rel.Evidence)
		if err := fn(r); err != nil {
			return err
		}
		// The statement itself, asserted, so that queries need not
		// unpack the reification.
		reset(rel.Subject, docGraph(rel.Evidence.Document))
		r.add(relationPredicate(rel.Predicate), iri(idIRI(rel.Object)))
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func docGraph(doc string) string {
	if doc == "" {
		return ""
	}
	return idIRI(doc)
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
