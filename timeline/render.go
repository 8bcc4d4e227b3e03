package timeline

import (
	"encoding/json"

	"fmt"
	"github.com/dossier-kg/dossier"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText renders the timeline as a table for a terminal: one row per
// event with its date at its true precision, the event type, the
// participants with their roles, and the source sentence on the line below.
func (t *Timeline) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	if t.Subject != nil {
		fmt.Fprintf(ew, "Timeline of %s (%s)", t.Subject.Name, t.Subject.Type)
		if len(t.Subject.Aliases) > 0 {
			fmt.Fprintf(ew, ", also %s", strings.Join(t.Subject.Aliases, ", "))
		}
		fmt.Fprintf(ew, "\n\n")
	}
	if len(t.Rows) == 0 {
		fmt.Fprintln(ew, "no events")
		return ew.err
	}
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tEVENT\tPARTICIPANTS")
	for _, r := range t.Rows {
		date := "undated"
		if r.Dated {
			date = displayDate(r.Event.Date)
		}
		typ := r.Event.Type
		if r.Context {
			typ += " (context)"
		}
		if !r.Event.IsFact() {
			typ += " [" + strings.Trim(r.Event.Polarity+" "+r.Event.Modality, " ") + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", date, typ, r.participants())
		fmt.Fprintf(tw, "\t\t%q (%s)\n", oneLine(r.Event.Evidence.Text), r.Event.Evidence.Document)
		if n := len(r.Also); n > 0 {
			docs := map[string]bool{r.Event.Evidence.Document: true}
			for _, ev := range r.Also {
				docs[ev.Document] = true
			}
			fmt.Fprintf(tw, "\t\talso reported %d more time(s), in %d document(s) in all\n", n, len(docs))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return ew.err
}

func (r Row) participants() string {
	var parts []string
	for _, p := range r.Participants {
		if p.Role == dossier.Location && r.Place != nil && p.Entity.ID == r.Place.ID {
			continue // shown once, as the place
		}
		parts = append(parts, fmt.Sprintf("%s: %s", p.Role, p.Entity.Name))
	}
	if r.Place != nil {
		parts = append(parts, "place: "+r.Place.Name)
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}

// displayDate writes a TIMEX3 value for a reader: decades and centuries,
// which TimeML writes "197" and "19", as "1970s" and "1900s"; other values
// as they are ("2022-09", "1965").
func displayDate(v string) string {
	digits := len(v) > 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			digits = false
		}
	}
	switch {
	case digits && len(v) == 3:
		return v + "0s"
	case digits && len(v) == 2:
		return v + "00s"
	}
	return v
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// WriteJSON renders the timeline as one indented JSON object with the
// subject and the rows in order.
func (t *Timeline) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(t)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
