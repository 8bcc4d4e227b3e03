package export

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// tlDate is a TimelineJS date: only the parts the date knows, so a year
// stays a year.
type tlDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

func toTLDate(d dossier.Date) *tlDate {
	t := &tlDate{Year: strconv.Itoa(d.Year)}
	switch d.Precision {
	case dossier.PrecisionDay:
		t.Month, t.Day = strconv.Itoa(d.Month), strconv.Itoa(d.Day)
	case dossier.PrecisionMonth, dossier.PrecisionWeek:
		t.Month = strconv.Itoa(d.Month)
	case dossier.PrecisionYear:
	default:
		t.DisplayDate = displayDate(d)
	}
	return t
}

// WriteTimelineJS writes the timeline of opts.Subject (every factual event
// when empty) as TimelineJS 3 JSON. Dates keep their precision (a year-only
// event has only a year); an event that opened a state later closed
// (designation → delisting) gets an end date; the subject's relations with
// a derived start become eras (open ones run to the last date shown). Each
// slide's text cites its source sentence, document (linked when it has a
// URL), sentence number, offsets and confidence. TimelineJS needs a date
// on every slide, so undated events are left out and counted on the title
// slide; the Markdown and HTML timelines list them.
func WriteTimelineJS(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	td := buildTimeline(g, opts)
	ew := newErrWriter(w)
	title := tlSlide{Text: tlText{Headline: html.EscapeString(td.Title), Text: html.EscapeString(titleText(td, g))}, UniqueID: "title"}
	b, err := json.Marshal(title)
	if err != nil {
		return err
	}
	ew.WriteString(`{"title":`)
	ew.Write(b)
	ew.WriteString(",\n\"events\":[\n")
	n := 0
	for i := range td.Slides {
		s := &td.Slides[i]
		if !s.Row.Dated {
			continue
		}
		ts := tlSlide{StartDate: toTLDate(s.Row.Date), Group: humanize(s.Row.Event.Type), UniqueID: s.ID,
			Text: tlText{Headline: html.EscapeString(s.Headline), Text: slideHTML(s)}}
		if s.End != nil {
			ts.EndDate = toTLDate(*s.End)
			ts.DisplayDate = s.When
		}
		b, err := json.Marshal(ts)
		if err != nil {
			return err
		}
		if n > 0 {
			ew.WriteString(",\n")
		}
		ew.Write(b)
		n++
		if n%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	ew.WriteString("\n],\n\"eras\":[\n")
	i := 0
	for _, e := range td.Eras {
		if e.Point {
			continue
		}
		es := tlSlide{StartDate: toTLDate(e.Start), EndDate: toTLDate(e.End), Text: tlText{Headline: html.EscapeString(e.Headline)}}
		b, err := json.Marshal(es)
		if err != nil {
			return err
		}
		if i > 0 {
			ew.WriteString(",\n")
		}
		ew.Write(b)
		i++
	}
	ew.WriteString("\n]}\n")
	return ew.flush(ctx)
}

func titleText(td *timelineData, g *dossier.Graph) string {
	var parts []string
	if s := td.Subject; s != nil {
		t := string(s.Type)
		if len(s.Aliases) > 0 {
			t += ", also known as " + strings.Join(s.Aliases, ", ")
		}
		parts = append(parts, t+".")
	}
	parts = append(parts, plural(len(td.Slides)-td.Undated, "dated event")+" from "+plural(len(g.Documents), "document")+".")
	switch {
	case td.Undated == 1:
		parts = append(parts, "1 undated event is not shown.")
	case td.Undated > 1:
		parts = append(parts, strconv.Itoa(td.Undated)+" undated events are not shown.")
	}
	return strings.Join(parts, " ")
}

// slideHTML is the text of a slide: participants, the source sentence as a
// quotation, and where it was read.
func slideHTML(s *slide) string {
	var b strings.Builder
	if len(s.Who) > 0 {
		b.WriteString("<p>" + html.EscapeString(strings.Join(s.Who, "; ")) + "</p>")
	}
	if s.Closer != nil {
		b.WriteString("<p>Until " + html.EscapeString(untilText(s)) + ".</p>")
	}
	ev := s.Row.Event.Evidence
	b.WriteString("<blockquote>" + html.EscapeString(oneLine(ev.Text)) + "</blockquote>")
	title, url, detail := sourceLine(s)
	b.WriteString("<p>Source: ")
	if url != "" {
		b.WriteString(`<a href="` + html.EscapeString(url) + `">` + html.EscapeString(title) + "</a>")
	} else {
		b.WriteString(html.EscapeString(title))
	}
	b.WriteString(" — " + html.EscapeString(detail) + "</p>")
	return b.String()
}

// untilText says what closed a slide's span: "the delisting in September
// 2012".
func untilText(s *slide) string {
	return "the " + strings.ToLower(humanize(s.Closer.Type)) + " in " + displayDate(*s.End)
}

// plural says "1 event" or "3 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
