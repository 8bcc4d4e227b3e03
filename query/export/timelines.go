package export

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/timeline"
)

// slide is one event of a timeline export, resolved for display.
type slide struct {
	Row timeline.Row
	// ID is a slug unique within the timeline.
	ID string
	// Headline is "Designation: United States, People's Mojahedin ...".
	Headline string
	// When is the date as a reader sees it: "1997", "September 2022",
	// "1997–2012", "undated".
	When string
	// End is the date of the event that closed the state this event
	// opened (designation → delisting), if any; Closer is that event.
	End    *dossier.Date
	Closer *dossier.Event
	// Who lists the participants with their roles.
	Who []string
	// Doc is the source document, if the graph has it.
	Doc *dossier.Document
}

// era is a stretch of time a timeline shades: a relation of the subject
// with the span Derive gave it (based in Albania from 2013 on).
type era struct {
	Headline   string
	Start, End dossier.Date
	Open       bool // End is the last date known to hold, not a known end
	Point      bool // no end is known past Start: a TimelineJS era cannot show it
}

// timelineData is everything the three timeline writers show.
type timelineData struct {
	Title    string
	Subject  *dossier.Entity
	Slides   []slide
	Eras     []era
	Undated  int
	Entities map[string]*dossier.Entity
}

// orderEvents returns the timeline rows of g: the subject's events (with
// context events, see timeline.Options) or every factual event, sorted by
// date with undated events last. It is the one place the order is decided.
func orderEvents(g *dossier.Graph, subject string, same []string) *timeline.Timeline {
	return timeline.Build(g, timeline.Options{Subject: subject, Same: same})
}

// buildTimeline resolves the rows of a timeline for display.
func buildTimeline(g *dossier.Graph, opts Options) *timelineData {
	t := orderEvents(g, opts.Subject, opts.Same)
	td := &timelineData{Subject: t.Subject, Entities: map[string]*dossier.Entity{}}
	for i := range g.Entities {
		td.Entities[g.Entities[i].ID] = &g.Entities[i]
	}
	docs := map[string]*dossier.Document{}
	for i := range g.Documents {
		docs[g.Documents[i].ID] = &g.Documents[i]
	}
	td.Title = opts.Title
	if td.Title == "" {
		switch {
		case t.Subject != nil:
			td.Title = "Timeline of " + t.Subject.Name
		case opts.Subject != "":
			td.Title = "Timeline of " + opts.Subject
		default:
			td.Title = "Timeline of all events"
		}
	}
	closers := closingEvents(g)
	used := map[string]int{}
	var last *dossier.Date
	for _, r := range t.Rows {
		s := slide{Row: r, Doc: docs[r.Event.Evidence.Document]}
		id := slugID(r.Event.Type + "-" + r.Event.Date + "-" + r.Event.ID)
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		s.ID = id
		var names []string
		for _, p := range r.Participants {
			names = append(names, p.Entity.Name)
			s.Who = append(s.Who, p.Entity.Name+" ("+string(p.Role)+")")
		}
		if r.Place != nil {
			s.Who = append(s.Who, r.Place.Name+" (place)")
			names = append(names, r.Place.Name)
		}
		s.Who = dedupe(s.Who)
		s.Headline = humanize(r.Event.Type)
		if len(names) > 0 {
			s.Headline += ": " + strings.Join(dedupe(names), ", ")
		}
		if r.Context {
			s.Headline += " (context)"
		}
		if c, ok := closers[r.Event.ID]; ok && r.Dated {
			if d, err := dossier.ParseDate(c.Date); err == nil {
				s.End, s.Closer = &d, c
			}
		}
		switch {
		case !r.Dated:
			s.When = "undated"
			td.Undated++
		case s.End != nil:
			s.When = displayDate(r.Date) + "–" + displayDate(*s.End)
		default:
			s.When = displayDate(r.Date)
		}
		if r.Dated && (last == nil || r.Date.SortKey() > last.SortKey()) {
			d := r.Date
			last = &d
		}
		if s.End != nil && (last == nil || s.End.SortKey() > last.SortKey()) {
			last = s.End
		}
		td.Slides = append(td.Slides, s)
	}
	v := Derive(g)
	subjects := append([]string{opts.Subject}, opts.Same...)
	for i := range v.Edges {
		e := &v.Edges[i]
		if e.Relation == nil || e.Span.Start == nil {
			continue
		}
		if opts.Subject != "" && !slices.Contains(subjects, e.Source) && !slices.Contains(subjects, e.Target) {
			continue
		}
		src, tgt := td.name(e.Source), td.name(e.Target)
		h := src + " " + strings.ReplaceAll(e.Label, "_", " ") + " " + tgt
		if e.Relation.Value != "" {
			h += " (" + e.Relation.Value + ")"
		}
		er := era{Headline: h, Start: *e.Span.Start}
		switch {
		case e.Span.End != nil:
			er.End = *e.Span.End
		default:
			// An open relation holds at least until the last date shown
			// and until the day the article reporting it was published.
			er.End, er.Open = *e.Span.Start, true
			if last != nil && last.SortKey() > er.End.SortKey() {
				er.End = *last
			}
			if d := docs[e.Relation.Evidence.Document]; d != nil && d.HasPublished() {
				if p := dayDate(d.Published); p.SortKey() > er.End.SortKey() {
					er.End = p
				}
			}
		}
		if er.End.Year == er.Start.Year && (er.Start.Month == 0 || er.End.Month == er.Start.Month) && (er.Start.Day == 0 || er.End.Day == er.Start.Day) {
			// Nothing known past the start at its precision: TimelineJS
			// would drop the end and refuse the era.
			er.End = er.Start
			er.Point = true
		}
		if !containsEra(td.Eras, er) {
			td.Eras = append(td.Eras, er)
		}
	}
	return td
}

// dayDate returns the day-precision Date of t.
func dayDate(t time.Time) dossier.Date {
	return dossier.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: dossier.PrecisionDay, Value: t.Format("2006-01-02")}
}

func containsEra(eras []era, e era) bool {
	for _, x := range eras {
		if x.Headline == e.Headline && x.Start.Value == e.Start.Value && x.End.Value == e.End.Value {
			return true
		}
	}
	return false
}

func (td *timelineData) name(id string) string {
	if e := td.Entities[id]; e != nil {
		return e.Name
	}
	return id
}

// closingEvents maps each opening event of g (see intervalPairs) to the
// event that closed it.
func closingEvents(g *dossier.Graph) map[string]*dossier.Event {
	ix := newEventIndex(g)
	out := map[string]*dossier.Event{}
	for i := range g.Events {
		if _, ok := intervalPairs[g.Events[i].Type]; !ok {
			continue
		}
		if c, _ := findCloser(g, ix, i); c != nil {
			out[g.Events[i].ID] = c
		}
	}
	return out
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// displayDate renders a date at its precision: "1997", "September 2022",
// "22 March 2013", "the 1970s".
func displayDate(d dossier.Date) string {
	y := strconv.Itoa(d.Year)
	switch d.Precision {
	case dossier.PrecisionDay:
		return strconv.Itoa(d.Day) + " " + monthNames[d.Month] + " " + y
	case dossier.PrecisionMonth, dossier.PrecisionWeek:
		return monthNames[d.Month] + " " + y
	case dossier.PrecisionDecade:
		return "the " + y + "s"
	case dossier.PrecisionCentury:
		return "the " + strconv.Itoa(d.Year/100+1) + ordinal(d.Year/100+1) + " century"
	case dossier.PrecisionSeason:
		if _, part, ok := strings.Cut(d.Value, "-"); ok {
			return part + " " + y
		}
	}
	return y
}

func ordinal(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// humanize turns an event type into a heading: "diplomatic_break" gives
// "Diplomatic break".
func humanize(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return "Event"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// slugID makes a lower-case ASCII identifier of letters, digits and
// hyphens.
func slugID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "event"
	}
	return b.String()
}

// sourceLine says where a slide's event was read: document title (or ID),
// sentence number and confidence.
func sourceLine(s *slide) (title, url string, detail string) {
	ev := s.Row.Event.Evidence
	title = ev.Document
	if s.Doc != nil {
		if s.Doc.Title != "" {
			title = s.Doc.Title
		}
		url = docURL(s.Doc)
	}
	detail = "document " + ev.Document + ", sentence index " + strconv.Itoa(ev.Sentence) +
		" (bytes " + strconv.Itoa(ev.Start) + "–" + strconv.Itoa(ev.End) + "), confidence " + strconv.FormatFloat(ev.Confidence, 'f', 2, 64)
	return title, url, detail
}
