package timex

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-kg/dossier"
)

// TimeMLDoc is a TimeML document (TempEval-3 .tml) reduced to what the
// tagger is scored on: the plain text of its TEXT element, its creation
// time and its gold TIMEX3 expressions with byte offsets into Text.
type TimeMLDoc struct {
	Name string    // base name of the file read, when read from a directory
	DCT  time.Time // zero when the document has no CREATION_TIME
	Text string
	Gold []dossier.Timex
}

// ReadTimeML parses a TimeML document. The text is the concatenated
// character data of the TEXT element, as the TempEval-3 scorer builds it.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	doc := &TimeMLDoc{}
	var b strings.Builder
	inText := 0
	type open struct {
		start    int
		typ, val string
		mod      string
		name     string
		isTimex  bool
	}
	var stack []open
	for {
		tk, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		switch e := tk.(type) {
		case xml.StartElement:
			o := open{start: b.Len(), name: e.Name.Local}
			if e.Name.Local == "TEXT" {
				inText++
			}
			if e.Name.Local == "TIMEX3" {
				o.isTimex = true
				var fn string
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "type":
						o.typ = a.Value
					case "value":
						o.val = a.Value
					case "mod":
						o.mod = a.Value
					case "functionInDocument":
						fn = a.Value
					}
				}
				if fn == "CREATION_TIME" && doc.DCT.IsZero() && len(o.val) >= 10 {
					if t, err := dossier.ParseDay(o.val[:10]); err == nil {
						doc.DCT = t
					}
				}
			}
			stack = append(stack, o)
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, fmt.Errorf("timeml: unbalanced </%s>", e.Name.Local)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if e.Name.Local == "TEXT" {
				inText--
			}
			if o.isTimex && inText > 0 {
				doc.Gold = append(doc.Gold, dossier.Timex{Span: dossier.Span{Start: o.start, End: b.Len()}, Type: o.typ, Value: o.val, Mod: o.mod})
			}
		case xml.CharData:
			if inText > 0 {
				b.Write(e)
			}
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("timeml: unexpected end of input inside <%s>", stack[len(stack)-1].name)
	}
	doc.Text = b.String()
	for i := range doc.Gold {
		g := &doc.Gold[i]
		g.Text = doc.Text[g.Start:g.End]
	}
	return doc, nil
}

// Scores are TempEval-3 Task A figures: counts and the derived measures.
type Scores struct {
	Gold, System, Strict, Relaxed, Value, Type int
}

// Add scores one document's system output against its gold expressions
// the way the TempEval-3 scorer does: relaxed match is overlap (an exact
// extent preferred), strict is the same extent ignoring surrounding white
// space; value and type are compared over relaxed matches.
func (s *Scores) Add(text string, gold, sys []dossier.Timex) {
	s.Gold += len(gold)
	s.System += len(sys)
	for gi, si := range align(text, gold, sys) {
		if si < 0 {
			continue
		}
		g, x := gold[gi], sys[si]
		s.Relaxed++
		if sameExtent(text, g.Span, x.Span) {
			s.Strict++
		}
		if x.Value == g.Value {
			s.Value++
		}
		if x.Type == g.Type {
			s.Type++
		}
	}
}

// align pairs every gold expression with the system expression the
// TempEval-3 scorer matches it to: the first unused overlapping one, the
// one with the same extent if there is one. The result holds, per gold
// expression, the index of its system expression or -1.
func align(text string, gold, sys []dossier.Timex) []int {
	out := make([]int, len(gold))
	used := make([]bool, len(sys))
	for gi, g := range gold {
		gs, ge := trimSpan(text, g.Span)
		best := -1
		for i, x := range sys {
			xs, xe := trimSpan(text, x.Span)
			if used[i] || xe <= gs || xs >= ge {
				continue
			}
			best = i
			if xs == gs && xe == ge {
				break
			}
		}
		out[gi] = best
		if best >= 0 {
			used[best] = true
		}
	}
	return out
}

func sameExtent(text string, a, b dossier.Span) bool {
	as, ae := trimSpan(text, a)
	bs, be := trimSpan(text, b)
	return as == bs && ae == be
}

// A Mismatch is one disagreement between the tagger and the gold
// annotation: Kind is "missed" (gold only), "spurious" (system only),
// "extent" (overlapping, different extents), "value" or "type" (same
// extent, different value or type). Gold or System is the zero Timex when
// the other side has none.
type Mismatch struct {
	Kind         string
	Gold, System dossier.Timex
}

// Mismatches lists the disagreements between sys and gold over text, in
// text order, pairing expressions as Scores.Add does. An extent mismatch
// with a different value is reported once, as "extent".
func Mismatches(text string, gold, sys []dossier.Timex) []Mismatch {
	var out []Mismatch
	matched := make([]bool, len(sys))
	for gi, si := range align(text, gold, sys) {
		g := gold[gi]
		if si < 0 {
			out = append(out, Mismatch{Kind: "missed", Gold: g})
			continue
		}
		matched[si] = true
		x := sys[si]
		switch {
		case !sameExtent(text, g.Span, x.Span):
			out = append(out, Mismatch{Kind: "extent", Gold: g, System: x})
		case x.Value != g.Value:
			out = append(out, Mismatch{Kind: "value", Gold: g, System: x})
		case x.Type != g.Type:
			out = append(out, Mismatch{Kind: "type", Gold: g, System: x})
		}
	}
	for i, x := range sys {
		if !matched[i] {
			out = append(out, Mismatch{Kind: "spurious", System: x})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start() < out[j].start() })
	return out
}

func (m Mismatch) start() int {
	if m.Kind == "spurious" {
		return m.System.Start
	}
	return m.Gold.Start
}

func trimSpan(text string, sp dossier.Span) (int, int) {
	s, e := sp.Start, sp.End
	for s < e && unicode.IsSpace(rune(text[s])) {
		s++
	}
	for e > s && unicode.IsSpace(rune(text[e-1])) {
		e--
	}
	return s, e
}

func f1(m, sys, gold int) (f, p, r float64) {
	if sys > 0 {
		p = float64(m) / float64(sys)
	}
	if gold > 0 {
		r = float64(m) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return f, p, r
}

// StrictF1 returns the strict-extent F1, precision and recall.
func (s Scores) StrictF1() (f, p, r float64) { return f1(s.Strict, s.System, s.Gold) }

// RelaxedF1 returns the overlap F1, precision and recall.
func (s Scores) RelaxedF1() (f, p, r float64) { return f1(s.Relaxed, s.System, s.Gold) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (s Scores) ValueAccuracy() float64 { return ratio(s.Value, s.Relaxed) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (s Scores) TypeAccuracy() float64 { return ratio(s.Type, s.Relaxed) }

// ValueF1 is value accuracy times relaxed F1, as TempEval-3 defines it.
func (s Scores) ValueF1() float64 { f, _, _ := s.RelaxedF1(); return f * s.ValueAccuracy() }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String prints the figures in the layout of the TempEval-3 scorer.
func (s Scores) String() string {
	sf, sp, sr := s.StrictF1()
	rf, rp, rr := s.RelaxedF1()
	return fmt.Sprintf("gold %d system %d\nstrict  P %.4f R %.4f F1 %.4f\nrelaxed P %.4f R %.4f F1 %.4f\nvalue accuracy %.4f  type accuracy %.4f\nstrictF1 %.4f relaxedF1 %.4f valueF1 %.4f typeF1 %.4f",
		s.Gold, s.System, sp, sr, sf, rp, rr, rf, s.ValueAccuracy(), s.TypeAccuracy(), sf, rf, s.ValueF1(), s.TypeAccuracy()*rf)
}

// EvalResult is the outcome of scoring the tagger on a corpus.
type EvalResult struct {
	Scores
	Docs    int
	Bytes   int
	Elapsed time.Duration // time spent tagging
}

// Evaluate tags every document with its own DCT and scores the output. A
// document without a DCT gets one from its dateline, if it has one, as in
// Stage.
func (t *Tagger) Evaluate(ctx context.Context, docs []*TimeMLDoc) (EvalResult, error) {
	return t.EvaluateEach(ctx, docs, nil)
}

// EvaluateEach is Evaluate that also hands each document and the tagger's
// output for it to each (when not nil), for listing errors.
func (t *Tagger) EvaluateEach(ctx context.Context, docs []*TimeMLDoc, each func(d *TimeMLDoc, sys []dossier.Timex)) (EvalResult, error) {
	var res EvalResult
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		start := time.Now()
		dct := d.DCT
		if dct.IsZero() {
			dct, _ = Dateline(d.Text)
		}
		sys := t.Tag(d.Text, dct)
		res.Elapsed += time.Since(start)
		res.Docs++
		res.Bytes += len(d.Text)
		res.Add(d.Text, d.Gold, sys)
		if each != nil {
			each(d, sys)
		}
	}
	return res, nil
}

// ReadTimeMLDir reads every *.tml file of dir, in name order.
func ReadTimeMLDir(dir string) ([]*TimeMLDoc, error) {
	return readDir(dir, "*.tml", "timeml", ReadTimeML)
}

// readDir reads the files of dir matching pattern, in name order, with
// read; errors name the file (or the format and dir).
func readDir(dir, pattern, format string, read func(io.Reader) (*TimeMLDoc, error)) ([]*TimeMLDoc, error) {
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", format, dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: %s: no %s files", format, dir, pattern)
	}
	sort.Strings(names)
	docs := make([]*TimeMLDoc, 0, len(names))
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", format, err)
		}
		d, err := read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		d.Name = filepath.Base(n)
		docs = append(docs, d)
	}
	return docs, nil
}
