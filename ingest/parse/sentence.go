package parse

import (
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Sentence is a view of one parsed sentence for the extractors. Tokens are
// the sentence's tokens as the pipeline stores them (Head an index into the
// document's tokens) and Offset the index of Tokens[0] in the document, so
// that document index = Offset + local index.
//
// Every method takes and returns local indexes, 0..len(Tokens)-1, with -1
// for "none" (no head, no such dependent). Methods never panic: an index out
// of range is treated as a word with no head and no dependents.
type Sentence struct {
	Tokens []dossier.Token
	Offset int
}

// SentenceOf returns the view of sentence i of a parsed analysis, or an
// empty view if i is out of range.
func SentenceOf(a *dossier.Analysis, i int) Sentence {
	if i < 0 || i >= len(a.Sentences) {
		return Sentence{}
	}
	s := a.Sentences[i]
	if s.First < 0 || s.Last > len(a.Tokens) || s.First > s.Last {
		return Sentence{}
	}
	return Sentence{Tokens: a.Tokens[s.First:s.Last], Offset: s.First}
}

// Len returns the number of words.
func (s Sentence) Len() int { return len(s.Tokens) }

func (s Sentence) ok(i int) bool { return 0 <= i && i < len(s.Tokens) }

// Head returns the head of word i, or -1 for the root word (or a head
// outside the sentence).
func (s Sentence) Head(i int) int {
	if !s.ok(i) {
		return -1
	}
	h := s.Tokens[i].Head - s.Offset
	if !s.ok(h) || h == i {
		return -1
	}
	return h
}

// Rel returns the relation of word i to its head ("" out of range).
func (s Sentence) Rel(i int) string {
	if !s.ok(i) {
		return ""
	}
	return s.Tokens[i].Rel
}

// Lower returns the text of word i in lower case.
func (s Sentence) Lower(i int) string {
	if !s.ok(i) {
		return ""
	}
	return strings.ToLower(s.Tokens[i].Text)
}

// Root returns the root word, or -1 for an empty or unparsed sentence.
func (s Sentence) Root() int {
	for i := range s.Tokens {
		if s.Tokens[i].Rel == "root" || s.Tokens[i].Rel != "" && s.Head(i) < 0 {
			return i
		}
	}
	return -1
}

// relMatch reports whether rel matches one of the patterns: a pattern is a
// relation ("nsubj:pass" matches only itself) or a base with ":*" ("obl:*"
// matches obl, obl:agent, obl:tmod...).
func relMatch(rel string, patterns []string) bool {
	for _, p := range patterns {
		if p == rel {
			return true
		}
		if base, ok := strings.CutSuffix(p, ":*"); ok && universal(rel) == base {
			return true
		}
	}
	return false
}

// Children returns the dependents of word i, in order; with patterns, only
// those whose relation matches one (see Sentence docs: "obl:*" matches every
// obl subtype).
func (s Sentence) Children(i int, rels ...string) []int {
	var out []int
	if !s.ok(i) {
		return nil
	}
	for j := range s.Tokens {
		if j != i && s.Head(j) == i && (len(rels) == 0 || relMatch(s.Tokens[j].Rel, rels)) {
			out = append(out, j)
		}
	}
	return out
}

// Child returns the first dependent of word i whose relation matches one of
// the patterns, or -1.
func (s Sentence) Child(i int, rels ...string) int {
	if c := s.Children(i, rels...); len(c) > 0 {
		return c[0]
	}
	return -1
}

// Dominates reports whether word a is word d or one of its ancestors.
func (s Sentence) Dominates(a, d int) bool {
	for steps := 0; s.ok(d) && steps <= len(s.Tokens); steps++ {
		if d == a {
			return true
		}
		d = s.Head(d)
	}
	return false
}

// Subtree returns the range [first, end) of local indexes covered by word
// i and all its descendants: the phrase i heads. (-1, -1) out of range.
func (s Sentence) Subtree(i int) (first, end int) {
	if !s.ok(i) {
		return -1, -1
	}
	first, end = i, i+1
	for j := range s.Tokens {
		if (j < first || j >= end) && s.Dominates(i, j) {
			first, end = min(first, j), max(end, j+1)
		}
	}
	return first, end
}

// PhraseSpan returns the byte span of the phrase word i heads: its subtree
// without the words that only introduce it (a leading preposition, case
// marker, conjunction or subordinator among i's own dependents: "by
// Norway" gives "Norway", "but removed it" gives "removed it") and without
// punctuation at either end (the comma after an apposition).
func (s Sentence) PhraseSpan(i int) dossier.Span {
	first, end := s.Subtree(i)
	if first < 0 {
		return dossier.Span{}
	}
	for first < i {
		if s.Tokens[first].UPOS == "PUNCT" || s.Head(first) == i && relMatch(s.Tokens[first].Rel, introducers) {
			first++
			continue
		}
		break
	}
	for end-1 > i && s.Tokens[end-1].UPOS == "PUNCT" {
		end--
	}
	return dossier.Span{Start: s.Tokens[first].Start, End: s.Tokens[end-1].End}
}

// introducers are the relations of the words PhraseSpan leaves out at the
// start of a phrase.
var introducers = []string{"case", "cc", "mark", "cc:preconj"}

var relativePronouns = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "whose": true}

// resolveRelative maps a relative pronoun that is an argument of a relative
// clause headed by v to the noun the clause modifies.
func (s Sentence) resolveRelative(arg, v int) int {
	if !relativePronouns[s.Lower(arg)] {
		return arg
	}
	c := v
	for s.Rel(c) == "conj" {
		c = s.Head(c)
	}
	if s.Rel(c) == "acl:relcl" && s.Head(c) >= 0 {
		// "Mahdi Rostami, an Iranian engineer who was arrested": a
		// description in apposition to a name stands for the name.
		n := s.Head(c)
		if h := s.Head(n); s.Rel(n) == "appos" && h >= 0 && h < n && s.Tokens[h].UPOS == "PROPN" {
			return h
		}
		return n
	}
	return arg
}

var subjectRels = []string{"nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"}

// Subjects returns the subjects of predicate v: its nsubj, nsubj:pass and
// csubj dependents, with a relative pronoun replaced by the noun its clause
// modifies ("the group, which was founded..." gives "group"; a description
// in apposition gives the name it describes). A predicate
// without a subject of its own takes one from the structure: a conjunct
// shares the subject of the first conjunct ("X designated A but removed
// it": X removed), an xcomp is controlled by its governor's object, or else
// its subject ("X agreed to take them in": X takes), a participial modifier
// (acl) has the noun it modifies, and a non-finite adverbial clause the
// subject of the clause it modifies.
func (s Sentence) Subjects(v int) []int {
	return s.subjects(v, 0)
}

// notControllers are objects that do not do what the infinitive after
// them says: "joined forces to create", "took steps to curb".
var notControllers = map[string]bool{
	"forces": true, "steps": true, "step": true, "measures": true, "efforts": true, "action": true, "time": true,
	"money": true, "funds": true, "power": true, "advantage": true, "opportunity": true, "chance": true,
	"hands": true, "part": true, "care": true, "pains": true, "effort": true, "decision": true, "way": true,
}

func (s Sentence) subjects(v, depth int) []int {
	if !s.ok(v) || depth > len(s.Tokens) {
		return nil
	}
	subj := s.Children(v, subjectRels...)
	for k, a := range subj {
		subj[k] = s.resolveRelative(a, v)
	}
	if len(subj) > 0 {
		return subj
	}
	h := s.Head(v)
	if h < 0 {
		return nil
	}
	switch universal(s.Rel(v)) {
	case "conj":
		return s.subjects(h, depth+1)
	case "xcomp":
		// "ordered the army to withdraw": the object does what follows;
		// not in "joined forces to create", "took steps to", "used the
		// money to": the subject does.
		if o := s.Children(h, "obj", "iobj"); len(o) > 0 && !notControllers[s.Lower(o[0])] {
			return o[:1]
		}
		// "called for the cabinet to step down": the one the verb is
		// for does what follows.
		if o := s.forControl(h, v); o >= 0 {
			return []int{o}
		}
		return s.subjects(h, depth+1)
	case "acl":
		if s.Rel(v) == "acl" {
			return []int{h}
		}
	case "advcl":
		switch s.Tokens[v].XPOS {
		case "VBG", "VBN", "VB":
			if s.Child(v, "mark") < 0 || s.Tokens[v].XPOS != "VB" {
				return s.subjects(h, depth+1)
			}
			if o := s.forControl(h, v); o >= 0 {
				return []int{o}
			}
			// "joined forces to create C", "met in Paris to sign": a
			// purpose with no object that could do it is the subject's.
			if o := s.Children(h, "obj"); len(o) == 0 || notControllers[s.Lower(o[0])] {
				return s.subjects(h, depth+1)
			}
		}
	}
	return nil
}

// forControl returns the oblique "for" dependent of h before v that does
// what v says ("called for the cabinet to step down"), or -1.
func (s Sentence) forControl(h, v int) int {
	for _, o := range s.Children(h, "obl") {
		if o < v && s.Case(o) == "for" {
			return o
		}
	}
	return -1
}

// Controlled reports whether v's subject is a "for" oblique of its
// governor rather than the governor's own subject ("called for the
// cabinet to step down").
func (s Sentence) Controlled(v int) bool {
	h := s.Head(v)
	if !s.ok(v) || h < 0 {
		return false
	}
	switch universal(s.Rel(v)) {
	case "xcomp", "advcl":
		return len(s.Children(h, "obj", "iobj")) == 0 && s.forControl(h, v) >= 0
	}
	return false
}

// Objects returns the direct objects (obj) of predicate v, with a relative
// pronoun resolved as in Subjects. A conjunct without an object of its own
// shares an object that follows it on the first conjunct ("X founded and
// led the group").
func (s Sentence) Objects(v int) []int {
	obj := s.Children(v, "obj")
	for k, a := range obj {
		obj[k] = s.resolveRelative(a, v)
	}
	if len(obj) > 0 || s.Rel(v) != "conj" {
		return obj
	}
	h := s.Head(v)
	for _, o := range s.Children(h, "obj") {
		if o > v {
			obj = append(obj, o)
		}
	}
	return obj
}

// IndirectObjects returns the iobj dependents of v.
func (s Sentence) IndirectObjects(v int) []int { return s.Children(v, "iobj") }

// Complements returns the clausal complements of v (xcomp and ccomp).
func (s Sentence) Complements(v int) []int { return s.Children(v, "xcomp", "ccomp") }

// Obliques returns the obl dependents of v (every subtype) whose case
// marker is one of the given prepositions (any, if none is given), e.g.
// Obliques(v, "in", "since").
func (s Sentence) Obliques(v int, preps ...string) []int {
	var out []int
	for _, o := range s.Children(v, "obl:*") {
		if len(preps) == 0 {
			out = append(out, o)
			continue
		}
		for _, c := range s.Children(o, "case") {
			for _, p := range preps {
				if s.Lower(c) == p {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// Case returns the case marker (preposition) of a nominal, lower-cased, or
// "" if it has none.
func (s Sentence) Case(i int) string {
	c := s.Child(i, "case")
	if c < 0 {
		return ""
	}
	return s.Lower(c)
}

// Agents returns the agents of a passive predicate: obl:agent dependents, or
// obl dependents introduced by "by" when v is passive.
func (s Sentence) Agents(v int) []int {
	// (Not "Three workers were arrested, a police spokeswoman said": an
	// agent the parse gave no "by" is none.)
	out := slices.DeleteFunc(s.Children(v, "obl:agent"), func(c int) bool {
		k := s.Child(c, "case")
		return k < 0 || s.Lower(k) != "by"
	})
	if len(out) > 0 || !s.Passive(v) {
		return out
	}
	return s.Obliques(v, "by")
}

// Passive reports whether predicate v is in the passive voice: it has a
// passive subject or auxiliary, or it is a past participle modifying a noun
// ("the group designated by Y").
func (s Sentence) Passive(v int) bool {
	if !s.ok(v) {
		return false
	}
	// A passive auxiliary is a form of "be" or "get"; a capitalised name
	// the tagger took for a gerund ("Boeing bought ...") is none.
	if c := s.Child(v, "aux:pass"); c >= 0 && passiveAux[s.Lower(c)] {
		return true
	}
	if s.Child(v, "nsubj:pass", "csubj:pass") >= 0 {
		// A passive subject with no passive auxiliary beside an object
		// or a perfect "have" is a labelling slip: "The United States
		// has removed the group from its list" is active, and so is
		// "Hanbit Motors named Anna Lindqvist as its chief", with the
		// object read as a predicate.
		return s.Child(v, "obj", "xcomp") < 0 && !s.perfect(v)
	}
	// "Yoon was arrested and indicted": a conjunct tagged as a past
	// tense, with no subject or object of its own, shares the passive.
	if s.Tokens[v].XPOS == "VBD" && s.Rel(v) == "conj" && s.Child(v, "obj") < 0 {
		return s.Child(v, "nsubj", "aux") < 0 && s.Passive(s.Head(v))
	}
	if s.Tokens[v].XPOS == "VBN" {
		switch s.Rel(v) {
		case "acl":
			return true
		case "conj":
			// "was founded in 1965 and designated in 1997"
			return s.Child(v, "nsubj", "aux") < 0 && s.Passive(s.Head(v))
		}
	}
	return false
}

// passiveAux are the forms of the passive auxiliaries.
var passiveAux = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "’s": true, "'re": true, "’re": true, "get": true, "gets": true, "got": true, "gotten": true, "getting": true,
}

// perfect reports whether verb v has a "have" auxiliary.
func (s Sentence) perfect(v int) bool {
	for _, c := range s.Children(v, "aux") {
		switch s.Lower(c) {
		case "has", "have", "had", "having", "'ve", "’ve", "'d", "’d":
			return true
		}
	}
	return false
}

// Conjuncts returns the words coordinated with word i, i excluded: the
// conj dependents of its first conjunct and that first conjunct itself.
func (s Sentence) Conjuncts(i int) []int {
	if !s.ok(i) {
		return nil
	}
	first := s.FirstConjunct(i)
	out := []int{}
	if first != i {
		out = append(out, first)
	}
	for _, c := range s.Children(first, "conj") {
		if c != i {
			out = append(out, c)
		}
	}
	return out
}

// FirstConjunct returns the first word of the coordination word i is in
// (following conj arcs up), or i itself.
func (s Sentence) FirstConjunct(i int) int {
	for steps := 0; s.Rel(i) == "conj" && s.Head(i) >= 0 && steps < len(s.Tokens); steps++ {
		i = s.Head(i)
	}
	return i
}

var clauseRels = map[string]bool{
	"root": true, "ccomp": true, "xcomp": true, "advcl": true, "acl": true, "csubj": true,
	"parataxis": true,
}

// IsClauseHead reports whether word i heads a clause: it is the root or a
// clausal dependent (ccomp, xcomp, advcl, acl, acl:relcl, csubj, parataxis),
// a verb coordinated with one, or any word with a subject or copula.
func (s Sentence) IsClauseHead(i int) bool {
	if !s.ok(i) {
		return false
	}
	r := s.Rel(i)
	if clauseRels[universal(r)] || s.Head(i) < 0 {
		return true
	}
	if s.Child(i, "nsubj:*", "csubj:*", "cop") >= 0 {
		return true
	}
	if r == "conj" {
		u := s.Tokens[i].UPOS
		return (u == "VERB" || u == "AUX") && s.IsClauseHead(s.FirstConjunct(i))
	}
	return false
}

// ClauseHead returns the head of the smallest clause containing word i: the
// nearest of i and its ancestors that IsClauseHead, or -1.
func (s Sentence) ClauseHead(i int) int {
	for steps := 0; s.ok(i) && steps <= len(s.Tokens); steps++ {
		if s.IsClauseHead(i) {
			return i
		}
		i = s.Head(i)
	}
	return -1
}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "nt": true}

// Negated reports whether predicate v has an adverbial negation as a
// dependent: advmod "not", "n't", "never" or "no" ("no longer"). A negated
// argument ("no group was listed") does not count.
func (s Sentence) Negated(v int) bool {
	for _, c := range s.Children(v, "advmod", "neg", "advmod:neg") {
		if negations[strings.ReplaceAll(s.Lower(c), "’", "'")] {
			return true
		}
	}
	return false
}

var modals = map[string]string{
	"must": "must", "should": "should", "would": "would", "could": "could", "may": "may",
	"might": "might", "will": "will", "shall": "shall", "can": "can", "'ll": "will", "wo": "will",
	"ca": "can", "'d": "would", "ought": "ought",
}

// Modal returns the modal auxiliary of predicate v, normalised ("wo" and
// "'ll" give "will"), or "". A conjunct with neither a subject nor an
// auxiliary of its own shares the modal of the first conjunct ("X will meet
// Y and sign the deal").
func (s Sentence) Modal(v int) string {
	for steps := 0; s.ok(v) && steps < len(s.Tokens); steps++ {
		for _, c := range s.Children(v, "aux") {
			if m, ok := modals[strings.ReplaceAll(s.Lower(c), "’", "'")]; ok {
				return m
			}
		}
		if s.Rel(v) != "conj" || s.Child(v, "nsubj:*", "aux:*") >= 0 {
			return ""
		}
		v = s.Head(v)
	}
	return ""
}
