// Package relations finds typed links between the entities of a document:
// member_of, part_of, leader_of and holds_position (with the title),
// affiliated_with, based_in, located_in, citizen_of, spokesperson_of,
// works_for (a person's lawyer, coach, agent or aide, with the word),
// owned_by, educated_at, born_in (from birth events),
// founded_by, and the family links spouse_of, child_of, parent_of,
// sibling_of and relative_of. It reads appositions ("X, the largest member of Y"), copulas
// ("X is based in Y"), titles ("Albanian Prime Minister Edi Rama"), "X of Y"
// phrases ("Ali Safavi of the NCRI") and the founding events already
// extracted.
//
// Entities must be resolved (package coref) and events extracted (package
// events) before it runs.
package relations

import (
	"context"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/coref"
	"github.com/dossier-kg/dossier/ingest/mentions"
)

// The relation predicates this package produces.
const (
	MemberOf       = "member_of"
	PartOf         = "part_of"
	LeaderOf       = "leader_of"
	HoldsPosition  = "holds_position"
	AffiliatedWith = "affiliated_with"
	BasedIn        = "based_in"
	LocatedIn      = "located_in"
	CitizenOf      = "citizen_of"
	SpokespersonOf = "spokesperson_of"
	WorksFor       = "works_for"
	OwnedBy        = "owned_by"
	EducatedAt     = "educated_at"
	BornIn         = "born_in"
	FoundedBy      = "founded_by"
	SuccessorOf    = "successor_of"
	SpouseOf       = "spouse_of"
	ChildOf        = "child_of"
	ParentOf       = "parent_of"
	SiblingOf      = "sibling_of"
	RelativeOf     = "relative_of"
)

// Gazetteer says what kind of place a name is: "country", "city",
// "region", "continent" or "intl_org", and in which country a city lies
// (coref.Gazetteer answers both).
type Gazetteer interface {
	Canonical(name string) (canonical string, typ dossier.EntityType, kind string, ok bool)
	CountryOf(name string) (country string, ok bool)
}

// Extractor is the pipeline stage that fills a.Relations. It is safe for
// concurrent use.
type Extractor struct {
	// Gazetteer, when set, tells countries from cities ("Australia's Tom
	// Hendry" is Australian, "Moscow's Ivan Petrov" no citizen of Moscow).
	Gazetteer Gazetteer
}

// Name implements ingest.Stage.
func (*Extractor) Name() string { return "relations" }

// Process implements ingest.Stage.
func (x *Extractor) Process(ctx context.Context, a *dossier.Analysis) error {
	out := &collector{a: a, seen: map[string]bool{}, rels: a.Relations}
	// Places the resolver found to lie in another (cities, regions).
	within := map[string]bool{}
	for _, r := range a.Relations {
		if r.Predicate == coref.CapitalOf || r.Predicate == coref.LocatedIn {
			within[r.Subject] = true
		}
	}
	for si := range a.Sentences {
		sp := a.Sentences[si]
		if sp.Credit {
			continue
		}
		s := newView(a, si)
		s.within, s.gaz = within, x.Gazetteer
		s.titles(out)
		s.appositions(out)
		s.marriedTo(out)
		s.siblings(out)
		s.possessedPlace(out)
		s.describedCompany(out)
		s.leads(out)
		s.appointedAs(out)
		s.titledOf(out)
		s.copulas(out)
		s.ofPhrases(out)
		s.basedIn(out)
		s.ledBy(out)
		s.ownedBy(out)
		s.educatedAt(out)
		s.worksFor(out)
	}
	fromEvents(a, out)
	homeTitles(a, out, x.Gazetteer)
	a.Relations = out.rels
	return nil
}

// collector de-duplicates relations per sentence.
type collector struct {
	a    *dossier.Analysis
	rels []dossier.Relation
	seen map[string]bool
	// untitled are the people given a post with no state or organisation
	// named with it.
	untitled []untitled
}

// untitled is a person given a post whose state the text does not name:
// "Foreign Minister Katarzyna Lis".
type untitled struct {
	sent          int
	person, title string
}

func (c *collector) add(sent int, subj, pred, obj, value string, conf float64) {
	if subj == "" || obj == "" || subj == obj {
		return
	}
	key := subj + "|" + pred + "|" + obj + "|" + value
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.rels = append(c.rels, dossier.Relation{Subject: subj, Predicate: pred, Object: obj, Value: value, Evidence: c.a.EvidenceFor(sent, conf)})
}

// view is the shared mention view of a sentence (package mentions).
type view struct {
	*mentions.Sentence
	index int
	toks  []dossier.Token
	lower []string
	ms    []vmention
	// within marks the places that lie in another place of the document.
	within map[string]bool
	gaz    Gazetteer
	a      *dossier.Analysis
}

// vmention is a resolved mention by sentence-relative token positions.
type vmention = mentions.Mention

func newView(a *dossier.Analysis, si int) *view {
	s := mentions.Of(a, si)
	return &view{Sentence: s, index: si, toks: s.Tokens, lower: s.Lower, ms: s.Mentions, a: a}
}

func (v *view) at(i int) *vmention       { return v.At(i) }
func (v *view) endingAt(i int) *vmention { return v.EndingAt(i) }

// inMention reports whether token i is part of a mention.
func (v *view) inMention(i int) bool { return v.Covering(i) >= 0 }

// next returns the first mention starting within [from, from+n) whose
// tokens before it are only determiners/adjectives, or nil.
func (v *view) next(from, n int) *vmention {
	for k := from; k < len(v.toks) && k < from+n; k++ {
		if m := v.at(k); m != nil {
			return m
		}
		if v.inMention(k) {
			return nil
		}
		w := v.lower[k]
		if w == "," || w == ";" || w == "." || w == "(" || w == ")" {
			return nil
		}
	}
	return nil
}
