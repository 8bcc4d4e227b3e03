package evaluate

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// Scoring is the one-paragraph summary of the scoring rules that
// WriteTable prints above the figures; the package documentation has the
// full text.
const Scoring = `scope: names, events and participants are scored in the fully annotated sentences 0-5 (headline, dateline, first five); clusters everywhere.
names: gold = NAM mentions of PER/ORG/LOC entities, system = name/alias/acronym mentions (PERSON->PER, ORG->ORG, PLACE->LOC, MISC dropped);
  strict = same token extent (a leading article of the gold mention dropped) and type, one to one; relaxed = token overlap and same type;
  system names that equal (strict) or overlap (relaxed) only unscored gold names (PRE.NAM, untyped, unlinked) are ignored.
events: gold = EVENT_MENTIONs except groupings of coordinated events, system = distinct trigger spans; match = token overlap;
  targeted R = recall over gold events whose pred is known to TargetType.
participants: gold = HAS_PARTICIPANT links to entity mentions; system = (trigger, mention of a participant or the place in the trigger's sentence);
  match = trigger overlaps the gold event mention and mention overlaps the gold entity mention; nearest = only each participant's mention nearest the trigger.
clusters: B-cubed over gold NAM PER/ORG/LOC mentions overlapped by a system name (largest overlap); gold = instance_id, system = entity ID;
  pooled over all documents of the row.`

// WriteTable prints the scoring rules and one block of figures per result.
func WriteTable(w io.Writer, rs []*Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tdocs\tfigure\tP\tR\tF1\tsys ok/all\tgold ok/all\t")
	row := func(name string, docs string, fig string, s Score) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%.1f\t%.1f\t%d/%d\t%d/%d\t\n", name, docs, fig,
			100*s.Precision(), 100*s.Recall(), 100*s.F1(), s.SysMatched, s.Sys, s.GoldMatched, s.Gold)
	}
	for _, r := range rs {
		row(r.Name, fmt.Sprint(r.Docs), "names strict", r.Entities)
		for _, t := range []string{"PER", "ORG", "LOC"} {
			row("", "", "  "+t, r.EntityTypes[t])
		}
		row("", "", "names relaxed", r.EntitiesRelaxed)
		row("", "", "events", r.Events)
		fmt.Fprintf(tw, "\t\t  targeted R\t\t%.1f\t\t\t%d/%d\t\n", 100*r.TargetedEvents.Recall(), r.TargetedEvents.GoldMatched, r.TargetedEvents.Gold)
		row("", "", "participants", r.Participants)
		row("", "", "  nearest", r.ParticipantsNearest)
		c := r.Clusters
		fmt.Fprintf(tw, "\t\tclusters B3\t%.1f\t%.1f\t%.1f\t\t%d/%d\t\n", 100*c.Precision, 100*c.Recall, 100*c.F1,
			c.Mentions, c.Mentions+r.ClusterUnmatched)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing MEANTIME table: %w", err)
	}
	fmt.Fprintln(w)
	for _, r := range rs {
		speed := 0.0
		if s := r.Elapsed.Seconds(); s > 0 {
			speed = float64(r.Tokens) / s
		}
		fmt.Fprintf(w, "%s: %d docs, %d tokens, %d bytes in %s (%.0f tokens/s); %d system names ignored (unscored gold names); %d gold names unmatched for clustering\n",
			r.Name, r.Docs, r.Tokens, r.Bytes, r.Elapsed.Round(1e6), speed, r.EntitiesIgnored, r.ClusterUnmatched)
	}
	fmt.Fprintln(w)
	_, err := fmt.Fprintln(w, Scoring)
	return err
}

// WriteCases prints the error cases as tab-separated lines: corpus,
// document, layer, kind, gold, system, context; sorted by layer and kind.
func WriteCases(w io.Writer, cases []Case) error {
	cs := append([]Case(nil), cases...)
	sortCases(cs)
	clean := strings.NewReplacer("\t", " ", "\n", " ")
	for _, c := range cs {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Corpus, c.Doc, c.Layer, c.Kind,
			clean.Replace(c.Gold), clean.Replace(c.System), clean.Replace(c.Context)); err != nil {
			return fmt.Errorf("writing cases: %w", err)
		}
	}
	return nil
}

// WriteCasesFile writes the error cases as WriteCases does to the file at
// path, created or truncated.
func WriteCasesFile(path string, cases []Case) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing cases: %w", err)
	}
	if err := WriteCases(f, cases); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing cases to %s: %w", path, err)
	}
	return nil
}

// PronounScoring summarises the rules of the pronoun score for
// WritePronouns.
const PronounScoring = `gold: he/him/his/himself, she/her/herself, it/its/itself, they/them/their/themselves forming a one-word gold mention;
  resolvable = the last word (head) of an earlier mention of the pronoun's gold entity lies inside a system name (not a pronoun, nominal or demonym mention).
system: mentions of kind "pronoun"; correct = a name of the linked entity covers the last word of a mention of the gold pronoun's entity.
P = correct/linked, R = correct/resolvable.`

// WritePronouns prints the pronoun-resolution figures overall and per
// pronoun.
func WritePronouns(w io.Writer, r *PronounResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "pronoun\tgold\tresolvable\tlinked\tcorrect\tP\tR\tF1\t")
	row := func(name string, c PronounCount) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t\n", name, c.Gold, c.Resolvable, c.Linked, c.Correct,
			100*c.Precision(), 100*c.Recall(), 100*c.F1())
	}
	forms := make([]string, 0, len(r.Forms))
	for f := range r.Forms {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		row(f, *r.Forms[f])
	}
	row("all", r.Total())
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing pronoun table: %w", err)
	}
	_, err := fmt.Fprintf(w, "\n%d documents, %d words\n%s\n", r.Docs, r.Words, PronounScoring)
	return err
}
