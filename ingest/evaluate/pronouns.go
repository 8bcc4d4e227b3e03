package evaluate

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/gum"
)

// PronounResult holds the figures of the pronoun-resolution score.
//
// Gold pronouns are the words he, him, his, himself, she, her, herself, it,
// its, itself, they, them, their and themselves that form a gold mention by
// themselves. A gold pronoun is resolvable when an earlier word of its gold
// entity is covered by a name the system found (a mention of kind other than
// pronoun, nominal or demonym) that covers the last word (in English, the
// head) of that gold mention: only then can Dossier, which links pronouns to
// named entities, get it right. A system link is a system mention of kind
// "pronoun"; it is correct when a name of the entity it was linked to covers
// the last word of a mention of the gold pronoun's entity ("the Evening
// Post", not "Scientology officials" for Scientology). Precision is Correct/Linked
// and recall Correct/Resolvable.
type PronounResult struct {
	// Docs and Words count the documents and words scored.
	Docs, Words int
	// Gold counts the gold pronouns, Resolvable those with a named
	// antecedent the system found, Linked the system's pronoun links and
	// Correct the right ones.
	Gold, Resolvable, Linked, Correct int
	// Forms holds the same counts per lower-cased pronoun.
	Forms map[string]*PronounCount
	// Cases lists the errors when asked for: "wrong" (linked to another
	// entity), "spurious" (linked, but the gold pronoun has no named
	// antecedent or is no mention) and "missed" (resolvable, not linked).
	Cases []Case
}

// PronounCount is one row of PronounResult.Forms.
type PronounCount struct {
	Gold, Resolvable, Linked, Correct int
}

// Precision is Correct/Linked.
func (c PronounCount) Precision() float64 { return ratio(c.Correct, c.Linked) }

// Recall is Correct/Resolvable.
func (c PronounCount) Recall() float64 { return ratio(c.Correct, c.Resolvable) }

// F1 is the harmonic mean of Precision and Recall.
func (c PronounCount) F1() float64 { return harmonic(c.Precision(), c.Recall()) }

// Total returns the overall counts.
func (r *PronounResult) Total() PronounCount {
	return PronounCount{Gold: r.Gold, Resolvable: r.Resolvable, Linked: r.Linked, Correct: r.Correct}
}

// scoredPronouns are the pronouns the score judges.
var scoredPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "herself": true,
	"it": true, "its": true, "itself": true, "they": true, "them": true, "their": true, "themselves": true,
}

// EvaluatePronouns runs an over the documents and scores how it links
// pronouns to named entities (see PronounResult).
func EvaluatePronouns(ctx context.Context, an Analyzer, docs []*gum.Document, workers int, cases bool) (*PronounResult, error) {
	type job struct {
		text  string
		spans []dossier.Span
		a     *dossier.Analysis
	}
	jobs := make([]job, len(docs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(workers, 1))
	for i, d := range docs {
		jobs[i].text, jobs[i].spans = d.Text()
		g.Go(func() error {
			doc := &dossier.Document{ID: dossier.DocumentID("gum:" + d.ID), Title: d.ID, Source: d.Source, Format: "text", Text: jobs[i].text}
			a, err := an.Run(gctx, doc)
			if err != nil {
				return fmt.Errorf("analysing GUM document %s: %w", d.ID, err)
			}
			jobs[i].a = a
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	r := &PronounResult{Docs: len(docs), Forms: map[string]*PronounCount{}}
	for i, d := range docs {
		r.Words += len(d.Tokens)
		scorePronouns(r, d, jobs[i].a, jobs[i].spans, jobs[i].text, cases)
	}
	return r, nil
}

// scorePronouns adds one document's counts to r.
func scorePronouns(r *PronounResult, d *gum.Document, a *dossier.Analysis, spans []dossier.Span, text string, cases bool) {
	// The one-word gold mentions, and the pronoun links.
	single := map[int]string{}
	for _, m := range d.Mentions {
		if m.First == m.Last {
			single[m.First] = m.Entity
		}
	}
	links := map[int]string{}   // word -> system entity of a pronoun link
	named := map[int][]string{} // word -> system entities of the names covering it
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			first, last, ok := tokenRange(spans, m.Span)
			if !ok {
				continue
			}
			switch m.Kind {
			case "pronoun":
				links[first] = e.ID
				continue
			case "nominal", "demonym":
				continue
			}
			for w := first; w <= last; w++ {
				named[w] = append(named[w], e.ID)
			}
		}
	}
	// A gold mention whose last word (its head, in English) lies inside a
	// system name ties its gold entity to that name's entity: "the Evening
	// Post" to Evening Post, but not "Scientology officials" to Scientology.
	sysGold := map[string]map[string]bool{}
	firstNamed := map[string]int{} // gold entity -> first word of such a mention
	for _, m := range d.Mentions {
		for _, id := range named[m.Last] {
			if sysGold[id] == nil {
				sysGold[id] = map[string]bool{}
			}
			sysGold[id][m.Entity] = true
			if f, ok := firstNamed[m.Entity]; !ok || m.First < f {
				firstNamed[m.Entity] = m.First
			}
		}
	}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	form := func(w int) *PronounCount {
		k := strings.ToLower(d.Tokens[w].Text)
		c := r.Forms[k]
		if c == nil {
			c = &PronounCount{}
			r.Forms[k] = c
		}
		return c
	}
	addCase := func(kind string, w int, gold, sys string) {
		if !cases {
			return
		}
		sp := spans[w]
		lo, hi := max(0, sp.Start-90), min(len(text), sp.End+40)
		ctx := strings.ReplaceAll(text[lo:sp.Start]+"["+text[sp.Start:sp.End]+"]"+text[sp.End:hi], "\n", " ")
		r.Cases = append(r.Cases, Case{Corpus: "gum", Doc: d.ID, Layer: "pronoun", Kind: kind, Gold: gold, System: sys, Context: ctx})
	}
	goldName := func(g string) string {
		// the first system-found word of the entity, for reading cases
		if f, ok := firstNamed[g]; ok {
			return d.Tokens[f].Text + "/" + g
		}
		return g
	}
	seen := map[int]bool{}
	for w, t := range d.Tokens {
		if !scoredPronouns[strings.ToLower(t.Text)] {
			continue
		}
		g, isGold := single[w]
		sys, linked := links[w]
		if !isGold && !linked {
			continue
		}
		c := form(w)
		resolvable := false
		if isGold {
			r.Gold++
			c.Gold++
			if f, ok := firstNamed[g]; ok && f < w {
				resolvable = true
				r.Resolvable++
				c.Resolvable++
			}
		}
		if linked {
			seen[w] = true
			r.Linked++
			c.Linked++
			switch {
			case isGold && sysGold[sys][g]:
				r.Correct++
				c.Correct++
			case resolvable:
				addCase("wrong", w, goldName(g), names[sys])
			default:
				addCase("spurious", w, "-", names[sys])
			}
		} else if resolvable {
			addCase("missed", w, goldName(g), "-")
		}
	}
	// Pronoun links on other words ("one", "who") still count as links.
	var rest []int
	for w := range links {
		if !seen[w] && !scoredPronouns[strings.ToLower(d.Tokens[w].Text)] {
			rest = append(rest, w)
		}
	}
	sort.Ints(rest)
	for _, w := range rest {
		r.Linked++
		if g, ok := single[w]; ok && sysGold[links[w]][g] {
			r.Correct++
			continue
		}
		addCase("spurious", w, "-", names[links[w]])
	}
}
