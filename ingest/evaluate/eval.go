package evaluate

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"golang.org/x/sync/errgroup"
)

// Analyzer runs Dossier's pipeline over one document; *ingest.Pipeline
// satisfies it.
type Analyzer interface {
	Run(ctx context.Context, doc *dossier.Document) (*dossier.Analysis, error)
}

// Options tune an evaluation.
type Options struct {
	// Workers is the number of documents analysed at once; below 1 means 1.
	Workers int
	// Cases asks for every error to be listed in Result.Cases.
	Cases bool
	// Sentences is the number of leading sentences (headline and dateline
	// included) in which MEANTIME annotates every entity and event; names,
	// events and participants are scored there only. 0 means
	// AnnotatedSentences.
	Sentences int
}

// AnnotatedSentences is the number of leading sentences MEANTIME annotates
// in full: the headline (0), the dateline (1) and the first five sentences
// of the body (2-5). Later sentences carry only the mentions of the
// instances annotated across documents, so system output there cannot be
// judged.
const AnnotatedSentences = 6

// Result holds the figures of one (sub-)corpus. See the package
// documentation for what each figure counts.
type Result struct {
	// Name is the sub-corpus ("apple") or "overall".
	Name string
	// Docs, Tokens and Bytes count the documents, the MEANTIME tokens and
	// the bytes of rebuilt text analysed.
	Docs, Tokens, Bytes int
	// Elapsed is the wall time spent in the pipeline.
	Elapsed time.Duration
	// Entities is the strict named-mention score, EntitiesRelaxed the
	// overlap one, EntityTypes the strict score per gold/system type (PER,
	// ORG, LOC).
	Entities, EntitiesRelaxed Score
	EntityTypes               map[string]Score
	// EntitiesIgnored counts the system names left out of precision because
	// they match a gold name the corpus leaves unscored (PRE.NAM or untyped
	// mentions, names of unlinked entities), under the strict match.
	EntitiesIgnored int
	// Events scores event mentions by overlap; TargetedEvents holds only
	// recall (Gold, GoldMatched) over the gold events whose predicate
	// TargetType knows.
	Events, TargetedEvents Score
	// Participants scores (event, participant mention) pairs;
	// ParticipantsNearest the same with only the mention of each
	// participant nearest to the trigger.
	Participants, ParticipantsNearest Score
	// Clusters is B-cubed over the gold named mentions the system found;
	// ClusterUnmatched counts those it did not find.
	Clusters         BCubed
	ClusterUnmatched int
	// Cases lists the errors when Options.Cases is set.
	Cases []Case

	clusterGold, clusterSys []string
	clusterText             []string
}

// Case is one error, for reading what goes wrong.
type Case struct {
	// Corpus and Doc name where it happened (the sub-corpus and doc_id).
	Corpus, Doc string
	// Layer is "entity", "event", "participant" or "cluster".
	Layer string
	// Kind is "missed", "missed-targeted", "spurious", "type" (right
	// extent, wrong type), "other-type" (a name of a product or financial
	// entity taken for a person, organisation or place), "extent" (overlap
	// only), "duplicate", "missed-arg" (the event was found but not this
	// participant), "split" or "merge".
	Kind string
	// Gold and System describe the items ("Tim Cook/PER", "said/statement").
	Gold, System string
	// Context is the text around the item.
	Context string
}

// extent is an inclusive range of token indexes.
type extent struct{ first, last int }

func (e extent) overlaps(o extent) bool { return e.first <= o.last && o.first <= e.last }

// overlapsTokens reports whether the range holds one of the tokens.
func (e extent) overlapsTokens(toks []int) bool {
	for _, t := range toks {
		if e.first <= t && t <= e.last {
			return true
		}
	}
	return false
}

func extentOf(toks []int) extent { return extent{toks[0], toks[len(toks)-1]} }

// Evaluate runs the analyzer over the documents of one sub-corpus and
// scores what it found against the gold annotation.
func Evaluate(ctx context.Context, an Analyzer, name string, docs []*Document, opt Options) (*Result, error) {
	workers := max(opt.Workers, 1)
	type job struct {
		text  string
		spans []dossier.Span
		a     *dossier.Analysis
	}
	jobs := make([]job, len(docs))
	for i, d := range docs {
		jobs[i].text, jobs[i].spans = d.Text()
	}
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, d := range docs {
		g.Go(func() error {
			doc := &dossier.Document{
				ID:     dossier.DocumentID("meantime:" + d.ID),
				Title:  d.Name,
				Source: d.Source,
				URL:    d.URL,
				Format: "text",
				Text:   jobs[i].text,
			}
			if t, ok := d.Published(); ok {
				doc.Published = t
			}
			a, err := an.Run(gctx, doc)
			if err != nil {
				return fmt.Errorf("analysing MEANTIME document %s: %w", d.Source, err)
			}
			jobs[i].a = a
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	r := &Result{Name: name, Docs: len(docs), Elapsed: time.Since(start), EntityTypes: map[string]Score{}}
	scope := opt.Sentences
	if scope <= 0 {
		scope = AnnotatedSentences
	}
	for i, d := range docs {
		r.Tokens += len(d.Tokens)
		r.Bytes += len(jobs[i].text)
		s := scorer{d: d, a: jobs[i].a, spans: jobs[i].spans, r: r, cases: opt.Cases, scope: scope}
		s.run()
	}
	if err := r.finishClusters(opt.Cases); err != nil {
		return nil, err
	}
	return r, nil
}

// Merge adds up results into one named result. Counts are summed; B-cubed
// is computed again over the pooled mentions, so entities are clustered
// across all the merged sub-corpora.
func Merge(name string, rs ...*Result) (*Result, error) {
	m := &Result{Name: name, EntityTypes: map[string]Score{}}
	for _, r := range rs {
		m.Docs += r.Docs
		m.Tokens += r.Tokens
		m.Bytes += r.Bytes
		m.Elapsed += r.Elapsed
		m.Entities.Add(r.Entities)
		m.EntitiesRelaxed.Add(r.EntitiesRelaxed)
		for t, s := range r.EntityTypes {
			ts := m.EntityTypes[t]
			ts.Add(s)
			m.EntityTypes[t] = ts
		}
		m.EntitiesIgnored += r.EntitiesIgnored
		m.Events.Add(r.Events)
		m.TargetedEvents.Add(r.TargetedEvents)
		m.Participants.Add(r.Participants)
		m.ParticipantsNearest.Add(r.ParticipantsNearest)
		m.ClusterUnmatched += r.ClusterUnmatched
		m.clusterGold = append(m.clusterGold, r.clusterGold...)
		m.clusterSys = append(m.clusterSys, r.clusterSys...)
		m.clusterText = append(m.clusterText, r.clusterText...)
		m.Cases = append(m.Cases, r.Cases...)
	}
	b, err := ScoreBCubed(m.clusterGold, m.clusterSys)
	if err != nil {
		return nil, err
	}
	m.Clusters = b
	return m, nil
}

// finishClusters computes B-cubed and, if asked, lists the gold entities
// the system split and the system entities that merge gold ones.
func (r *Result) finishClusters(cases bool) error {
	b, err := ScoreBCubed(r.clusterGold, r.clusterSys)
	if err != nil {
		return err
	}
	r.Clusters = b
	if !cases {
		return nil
	}
	bySys := map[string]map[string]int{}
	byGold := map[string]map[string]int{}
	text := map[string]string{}
	for i := range r.clusterGold {
		g, s := r.clusterGold[i], r.clusterSys[i]
		if byGold[g] == nil {
			byGold[g] = map[string]int{}
			text[g] = r.clusterText[i]
		}
		byGold[g][s]++
		if bySys[s] == nil {
			bySys[s] = map[string]int{}
		}
		bySys[s][g]++
	}
	describe := func(m map[string]int, name func(string) string) string {
		keys := slices.Sorted(maps.Keys(m))
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s×%d", name(k), m[k])
		}
		return strings.Join(parts, " ")
	}
	for _, g := range slices.Sorted(maps.Keys(byGold)) {
		if len(byGold[g]) > 1 {
			r.Cases = append(r.Cases, Case{Corpus: r.Name, Layer: "cluster", Kind: "split",
				Gold: text[g] + " (" + g + ")", System: describe(byGold[g], func(s string) string { return s })})
		}
	}
	for _, s := range slices.Sorted(maps.Keys(bySys)) {
		if len(bySys[s]) > 1 {
			r.Cases = append(r.Cases, Case{Corpus: r.Name, Layer: "cluster", Kind: "merge",
				System: s, Gold: describe(bySys[s], func(g string) string { return text[g] + " (" + g + ")" })})
		}
	}
	return nil
}

// scorer compares one analysed document with its gold annotation.
type scorer struct {
	d     *Document
	a     *dossier.Analysis
	spans []dossier.Span
	r     *Result
	cases bool
	// scope is the number of leading sentences scored.
	scope int
}

// inScope reports whether an extent starts in the fully annotated
// sentences.
func (s *scorer) inScope(e extent) bool { return s.d.Tokens[e.first].Sentence < s.scope }

// scoped returns the items whose extent starts in the fully annotated
// sentences.
func scoped[T any](s *scorer, items []T, ext func(T) extent) []T {
	var out []T
	for _, it := range items {
		if s.inScope(ext(it)) {
			out = append(out, it)
		}
	}
	return out
}

// goldName is a gold entity mention scored or tolerated by the name score.
type goldName struct {
	ext     extent
	typ     string
	cluster string
	text    string
}

// sysName is one of the system's name mentions.
type sysName struct {
	ext    extent
	typ    string
	entity string
	text   string
}

var scoredTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true}

// systemType maps Dossier's entity types to MEANTIME's; MISC has none.
func systemType(t dossier.EntityType) string {
	switch t {
	case dossier.Person:
		return "PER"
	case dossier.Org:
		return "ORG"
	case dossier.Place:
		return "LOC"
	}
	return ""
}

// nameKinds are the mention kinds that count as names.
// nameKinds are the mention kinds that are names (coref's linkKind): all
// but demonyms, pronouns and descriptions.
var nameKinds = map[string]bool{"": true, "name": true, "alias": true, "acronym": true, "gazetteer": true, "surname": true, "transliteration": true, "plural": true, "short form": true}

func (s *scorer) run() {
	gold, dontCare, others := s.goldNames()
	sys := s.systemNames()
	nameExt := func(g goldName) extent { return g.ext }
	sysExt := func(m sysName) extent { return m.ext }
	s.scoreNames(scoped(s, gold, nameExt), scoped(s, dontCare, nameExt), others, scoped(s, sys, sysExt))
	s.scoreClusters(gold, sys)
	s.scoreEvents()
	s.scoreParticipants()
}

// trimArticle drops a leading article from a multi-token mention.
func (s *scorer) trimArticle(toks []int) []int {
	if len(toks) > 1 {
		switch strings.ToLower(s.d.Tokens[toks[0]].Text) {
		case "the", "a", "an":
			return toks[1:]
		}
	}
	return toks
}

// nameLike reports whether a token begins with an upper-case letter or a
// digit, as the first and last words of a name do.
func nameLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// goldNames returns the scored gold names (NAM mentions of PER, ORG and
// LOC entities) and the tolerated ones: name-like mentions the corpus does
// not score as names (PRE.NAM or untyped mentions of such entities, NAM
// mentions linked to no entity).
//
// others are the NAM mentions of entities of other types (PRO, FIN, MIX):
// a system name there is wrong, and the error case says so.
func (s *scorer) goldNames() (gold, dontCare, others []goldName) {
	ents := map[string]Entity{}
	for _, e := range s.d.Entities {
		ents[e.ID] = e
	}
	for _, m := range s.d.EntityMentions {
		if len(m.Tokens) == 0 {
			continue
		}
		e, linked := ents[m.Entity]
		toks := s.trimArticle(m.Tokens)
		g := goldName{ext: extentOf(toks), typ: e.Type, text: s.d.MentionText(m.Tokens)}
		switch {
		case m.SyntacticType == "NAM" && scoredTypes[e.Type]:
			g.cluster = e.InstanceID
			if g.cluster == "" {
				g.cluster = s.d.ID + "#" + e.ID
			}
			gold = append(gold, g)
		case (m.SyntacticType == "NAM" && !linked) ||
			((m.SyntacticType == "PRE.NAM" || m.SyntacticType == "") && (!linked || scoredTypes[e.Type])):
			if nameLike(s.d.Tokens[toks[0]].Text) && nameLike(s.d.Tokens[toks[len(toks)-1]].Text) {
				dontCare = append(dontCare, g)
			}
		case m.SyntacticType == "NAM" || m.SyntacticType == "PRE.NAM":
			others = append(others, g)
		}
	}
	return gold, dontCare, others
}

// systemNames returns the system's name mentions of persons,
// organisations and places, with their extents in MEANTIME tokens.
func (s *scorer) systemNames() []sysName {
	var out []sysName
	for _, m := range s.a.Mentions {
		t := systemType(m.Type)
		if t == "" || !nameKinds[m.Kind] {
			continue
		}
		first, last, ok := tokenRange(s.spans, m.Span)
		if !ok {
			continue
		}
		out = append(out, sysName{ext: extent{first, last}, typ: t, entity: m.Entity, text: m.Text})
	}
	return out
}

func (s *scorer) scoreNames(gold, dontCare, others []goldName, sys []sysName) {
	r := s.r
	used := make([]bool, len(gold))
	for _, m := range sys {
		match, sameExtent, overlap := -1, -1, -1
		for i, g := range gold {
			switch {
			case g.ext == m.ext && g.typ == m.typ && !used[i] && match < 0:
				match = i
			case g.ext == m.ext:
				sameExtent = i
			case g.ext.overlaps(m.ext):
				overlap = i
			}
		}
		if match >= 0 {
			used[match] = true
			r.Entities.Sys++
			r.Entities.SysMatched++
			r.Entities.Gold++ // counted with its match; unmatched gold below
			r.Entities.GoldMatched++
			addType(r.EntityTypes, m.typ, Score{Sys: 1, SysMatched: 1, Gold: 1, GoldMatched: 1})
			continue
		}
		if sameExtent < 0 && slices.ContainsFunc(dontCare, func(g goldName) bool { return g.ext == m.ext }) {
			r.EntitiesIgnored++
			continue
		}
		r.Entities.Sys++
		addType(r.EntityTypes, m.typ, Score{Sys: 1})
		switch {
		case sameExtent >= 0 && gold[sameExtent].typ == m.typ:
			s.addCase("entity", "duplicate", gold[sameExtent].text+"/"+gold[sameExtent].typ, m.text+"/"+m.typ, m.ext)
		case sameExtent >= 0:
			s.addCase("entity", "type", gold[sameExtent].text+"/"+gold[sameExtent].typ, m.text+"/"+m.typ, m.ext)
		case overlap >= 0:
			s.addCase("entity", "extent", gold[overlap].text+"/"+gold[overlap].typ, m.text+"/"+m.typ, m.ext)
		default:
			if i := slices.IndexFunc(others, func(g goldName) bool { return g.ext.overlaps(m.ext) }); i >= 0 {
				s.addCase("entity", "other-type", others[i].text+"/"+others[i].typ, m.text+"/"+m.typ, m.ext)
				break
			}
			s.addCase("entity", "spurious", "", m.text+"/"+m.typ, m.ext)
		}
	}
	for i, g := range gold {
		if used[i] {
			continue
		}
		r.Entities.Gold++
		addType(r.EntityTypes, g.typ, Score{Gold: 1})
		if !slices.ContainsFunc(sys, func(m sysName) bool { return m.ext.overlaps(g.ext) }) {
			s.addCase("entity", "missed", g.text+"/"+g.typ, "", g.ext)
		}
	}
	// Relaxed: overlap and same type, each side counting its own matches.
	for _, m := range sys {
		matched := slices.ContainsFunc(gold, func(g goldName) bool { return g.typ == m.typ && g.ext.overlaps(m.ext) })
		if !matched && !slices.ContainsFunc(gold, func(g goldName) bool { return g.ext.overlaps(m.ext) }) &&
			slices.ContainsFunc(dontCare, func(g goldName) bool { return g.ext.overlaps(m.ext) }) {
			continue
		}
		r.EntitiesRelaxed.Sys++
		if matched {
			r.EntitiesRelaxed.SysMatched++
		}
	}
	for _, g := range gold {
		r.EntitiesRelaxed.Gold++
		if slices.ContainsFunc(sys, func(m sysName) bool { return g.typ == m.typ && g.ext.overlaps(m.ext) }) {
			r.EntitiesRelaxed.GoldMatched++
		}
	}
}

func addType(m map[string]Score, t string, s Score) {
	v := m[t]
	v.Add(s)
	m[t] = v
}

// scoreClusters pairs every gold name with the system name that overlaps
// it most (any type) and records both cluster labels.
func (s *scorer) scoreClusters(gold []goldName, sys []sysName) {
	for _, g := range gold {
		best, bestLen := -1, 0
		for i, m := range sys {
			if !m.ext.overlaps(g.ext) {
				continue
			}
			n := min(m.ext.last, g.ext.last) - max(m.ext.first, g.ext.first) + 1
			if n > bestLen {
				best, bestLen = i, n
			}
		}
		if best < 0 {
			s.r.ClusterUnmatched++
			continue
		}
		label := sys[best].entity
		if label == "" {
			label = fmt.Sprintf("%s#%d-%d", s.d.ID, sys[best].ext.first, sys[best].ext.last)
		}
		s.r.clusterGold = append(s.r.clusterGold, g.cluster)
		s.r.clusterSys = append(s.r.clusterSys, label)
		s.r.clusterText = append(s.r.clusterText, g.text)
	}
}

// goldEvents returns the gold event mentions that are scored: all but the
// ones that only group coordinated events whose every token is also in
// another event mention ("set and release" over "set" and "release").
func (s *scorer) goldEvents() []EventMention {
	cover := map[int]int{}
	for _, e := range s.d.EventMentions {
		for _, t := range e.Tokens {
			cover[t]++
		}
	}
	var out []EventMention
	for _, e := range s.d.EventMentions {
		if len(e.Tokens) == 0 {
			continue
		}
		group := len(e.Tokens) > 1
		for _, t := range e.Tokens {
			if cover[t] < 2 {
				group = false
			}
		}
		if !group {
			out = append(out, e)
		}
	}
	return out
}

// sysEvent is one distinct trigger extent of the system.
type sysEvent struct {
	ext  extent
	text string
	typ  string
}

func (s *scorer) systemEvents() []sysEvent {
	var out []sysEvent
	seen := map[extent]bool{}
	for _, e := range s.a.Events {
		first, last, ok := tokenRange(s.spans, e.Trigger)
		if !ok || seen[extent{first, last}] {
			continue
		}
		seen[extent{first, last}] = true
		out = append(out, sysEvent{ext: extent{first, last}, text: e.TriggerText, typ: e.Type})
	}
	return out
}

func (s *scorer) scoreEvents() {
	gold := scoped(s, s.goldEvents(), func(e EventMention) extent { return extentOf(e.Tokens) })
	sys := scoped(s, s.systemEvents(), func(e sysEvent) extent { return e.ext })
	r := s.r
	for _, e := range sys {
		r.Events.Sys++
		if slices.ContainsFunc(gold, func(g EventMention) bool { return e.ext.overlapsTokens(g.Tokens) }) {
			r.Events.SysMatched++
		} else {
			s.addCase("event", "spurious", "", e.text+"/"+e.typ, e.ext)
		}
	}
	for _, g := range gold {
		r.Events.Gold++
		found := slices.ContainsFunc(sys, func(e sysEvent) bool { return e.ext.overlapsTokens(g.Tokens) })
		targeted := knownTarget(s.predicate(g))
		if found {
			r.Events.GoldMatched++
		}
		if targeted {
			r.TargetedEvents.Gold++
			if found {
				r.TargetedEvents.GoldMatched++
			}
		}
		if !found {
			kind := "missed"
			if targeted {
				kind = "missed-targeted"
			}
			s.addCase("event", kind, s.d.MentionText(g.Tokens)+"/"+s.predicate(g), "", extentOf(g.Tokens))
		}
	}
}

// pair is an (event, participant mention) pair of the system.
type pair struct {
	trigger, arg extent
	text         string
}

func (s *scorer) scoreParticipants() {
	ev := map[string][]int{}
	for _, e := range s.d.EventMentions {
		ev[e.ID] = e.Tokens
	}
	ent := map[string][]int{}
	for _, e := range s.d.EntityMentions {
		ent[e.ID] = e.Tokens
	}
	var sys, nearest []pair
	seen := map[[2]extent]bool{}
	seenNear := map[[2]extent]bool{}
	for _, e := range s.a.Events {
		trig, last, ok := tokenRange(s.spans, e.Trigger)
		if !ok {
			continue
		}
		tr := extent{trig, last}
		si := s.a.SentenceAt(e.Trigger.Start)
		ids := map[string]bool{}
		for _, p := range e.Participants {
			ids[p.Entity] = true
		}
		if e.Place != "" {
			ids[e.Place] = true
		}
		best := map[string]dossier.Mention{}
		for _, m := range s.a.Mentions {
			if !ids[m.Entity] || m.Sentence != si {
				continue
			}
			if b, ok := best[m.Entity]; !ok || distance(m.Span, e.Trigger) < distance(b.Span, e.Trigger) {
				best[m.Entity] = m
			}
			f, l, ok := tokenRange(s.spans, m.Span)
			if !ok || seen[[2]extent{tr, {f, l}}] {
				continue
			}
			seen[[2]extent{tr, {f, l}}] = true
			if !s.inScope(tr) {
				continue
			}
			sys = append(sys, pair{trigger: tr, arg: extent{f, l}, text: e.TriggerText + " → " + m.Text})
		}
		if !s.inScope(tr) {
			continue
		}
		for _, id := range slices.Sorted(maps.Keys(best)) {
			f, l, ok := tokenRange(s.spans, best[id].Span)
			if !ok || seenNear[[2]extent{tr, {f, l}}] {
				continue
			}
			seenNear[[2]extent{tr, {f, l}}] = true
			nearest = append(nearest, pair{trigger: tr, arg: extent{f, l}})
		}
	}
	matches := func(p pair, g Participation) bool {
		return p.trigger.overlapsTokens(ev[g.Event]) && p.arg.overlapsTokens(ent[g.Mention])
	}
	r := s.r
	var links []Participation
	for _, g := range s.d.Participants {
		if len(ev[g.Event]) > 0 && len(ent[g.Mention]) > 0 {
			links = append(links, g)
		}
	}
	goldLinks := scoped(s, links, func(g Participation) extent { return extentOf(ev[g.Event]) })
	for _, p := range sys {
		r.Participants.Sys++
		if slices.ContainsFunc(goldLinks, func(g Participation) bool { return matches(p, g) }) {
			r.Participants.SysMatched++
		} else {
			s.addCase("participant", "spurious", "", p.text, p.trigger)
		}
	}
	for _, p := range nearest {
		r.ParticipantsNearest.Sys++
		if slices.ContainsFunc(goldLinks, func(g Participation) bool { return matches(p, g) }) {
			r.ParticipantsNearest.SysMatched++
		}
	}
	for _, g := range goldLinks {
		r.ParticipantsNearest.Gold++
		if slices.ContainsFunc(nearest, func(p pair) bool { return matches(p, g) }) {
			r.ParticipantsNearest.GoldMatched++
		}
	}
	for _, g := range goldLinks {
		r.Participants.Gold++
		if slices.ContainsFunc(sys, func(p pair) bool { return matches(p, g) }) {
			r.Participants.GoldMatched++
			continue
		}
		kind := "missed"
		if slices.ContainsFunc(sys, func(p pair) bool { return p.trigger.overlapsTokens(ev[g.Event]) }) {
			kind = "missed-arg"
		}
		s.addCase("participant", kind, s.d.MentionText(ev[g.Event])+" → "+s.d.MentionText(ent[g.Mention])+" ("+g.Role+")", "", extentOf(ev[g.Event]))
	}
}

// distance is the number of bytes between two spans (0 when they overlap).
func distance(a, b dossier.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// addCase records an error with the words around it.
func (s *scorer) addCase(layer, kind, gold, system string, at extent) {
	if !s.cases {
		return
	}
	lo, hi := max(at.first-8, 0), min(at.last+8, len(s.d.Tokens)-1)
	words := make([]string, 0, hi-lo+3)
	for i := lo; i <= hi; i++ {
		if i == at.first {
			words = append(words, "[")
		}
		words = append(words, s.d.Tokens[i].Text)
		if i == at.last {
			words = append(words, "]")
		}
	}
	s.r.Cases = append(s.r.Cases, Case{Corpus: s.r.Name, Doc: s.d.ID, Layer: layer, Kind: kind, Gold: gold, System: system,
		Context: strings.Join(words, " ")})
}

// sortCases orders cases by layer, kind, corpus, document.
func sortCases(cs []Case) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Layer != b.Layer {
			return a.Layer < b.Layer
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Corpus != b.Corpus {
			return a.Corpus < b.Corpus
		}
		return a.Doc < b.Doc
	})
}

// predicate returns the lemma of a gold event mention: its pred attribute,
// else the PropBank roleset of its EVENT ("release.01"), else its word in
// lower case, reduced to a target lemma by stripping an inflection when
// one fits (pred is empty on all of corpus_gm and half of corpus_apple).
func (s *scorer) predicate(m EventMention) string {
	if m.Pred != "" {
		return m.Pred
	}
	for _, e := range s.d.Events {
		if e.ID == m.Event && e.ExternalRef != "" {
			stem, _, _ := strings.Cut(e.ExternalRef, ".")
			return stem
		}
	}
	return inflectedTarget(strings.ToLower(s.d.MentionText(m.Tokens)))
}

// irregularForms maps irregular inflections of target lemmas to them.
var irregularForms = map[string]string{
	"said": "say", "says": "say", "told": "tell", "fled": "flee", "sold": "sell", "bought": "buy",
	"died": "die", "dying": "die", "won": "win", "overthrew": "overthrow", "overthrown": "overthrow",
}

// inflectedTarget returns the target lemma a word form inflects, or the
// form itself.
func inflectedTarget(w string) string {
	if l, ok := irregularForms[w]; ok {
		return l
	}
	for _, suf := range []struct{ cut, add string }{
		{"s", ""}, {"es", ""}, {"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"}, {"ied", "y"}, {"ies", "y"},
	} {
		if stem, ok := strings.CutSuffix(w, suf.cut); ok && stem != "" {
			if knownTarget(stem + suf.add) {
				return stem + suf.add
			}
			// A doubled consonant: "banned", "planning".
			if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && knownTarget(stem[:n-1]) {
				return stem[:n-1]
			}
		}
	}
	return w
}

func knownTarget(pred string) bool {
	_, ok := TargetType(pred)
	return ok
}
