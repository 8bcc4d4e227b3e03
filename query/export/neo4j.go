package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
)

// Neo4jFiles lists the files WriteNeo4j writes, nodes first, in the order
// neo4j-admin should read them.
var Neo4jFiles = []string{"documents.csv", "entities.csv", "events.csv", "participants.csv", "sources.csv", "relations.csv", "README.txt"}

// neo4jImportCommand is the command that loads the files into a database
// named dossier.
const neo4jImportCommand = "neo4j-admin database import full --nodes=documents.csv --nodes=entities.csv --nodes=events.csv " +
	"--relationships=participants.csv --relationships=sources.csv --relationships=relations.csv dossier"

// WriteNeo4jZip writes the Neo4j import files (see WriteNeo4j) into one zip
// archive.
func WriteNeo4jZip(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	zw := zip.NewWriter(w)
	var fixed = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) // same bytes for the same graph
	err := WriteNeo4j(ctx, func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: fixed})
	}, g)
	if err != nil {
		return err
	}
	return zw.Close()
}

// WriteNeo4jDir writes the Neo4j import files into dir, creating it if
// needed and replacing files of the same names.
func WriteNeo4jDir(ctx context.Context, dir string, g *dossier.Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var open []*os.File
	defer func() {
		for _, f := range open {
			f.Close()
		}
	}()
	err := WriteNeo4j(ctx, func(name string) (io.Writer, error) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		open = append(open, f)
		return f, nil
	}, g)
	if err != nil {
		return fmt.Errorf("export: writing %s: %w", dir, err)
	}
	for _, f := range open {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	open = nil
	return nil
}

// WriteNeo4j writes g as CSV files for `neo4j-admin database import full`,
// asking create for each file of Neo4jFiles in turn (a file is complete
// when create is called for the next one):
//
//   - documents.csv: (:Document) nodes, ID space Document;
//   - entities.csv: (:Entity) nodes with a second label by type
//     (Organization, Person, Place, Thing), aliases as a string[] column;
//   - events.csv: (:Event) nodes with their date, provenance and
//     confidence;
//   - participants.csv: (Event)-[:AGENT|PATIENT|...|PLACE]->(Entity);
//   - sources.csv: (Event)-[:SOURCE]->(Document);
//   - relations.csv: (Entity)-[:BASED_IN|MEMBER_OF|...]->(Entity) with their
//     derived spans and provenance;
//   - README.txt: the import command.
//
// Headers are typed (name:int, confidence:double, aliases:string[],
// published:datetime, date:date). Neo4j dates cannot say "year only", so
// every date column has a *_precision column beside it (year, month,
// day...) and the TIMEX3 value itself; the date is the first day the value
// can denote. Arrays and labels use ";" (Neo4j's default delimiter), so a
// ";" inside an alias becomes ","; line breaks inside texts become spaces.
// Rows that point at an entity or document the graph lacks are left out,
// as the importer would refuse them.
func WriteNeo4j(ctx context.Context, create func(name string) (io.Writer, error), g *dossier.Graph) error {
	v := Derive(g)
	entities := map[string]bool{}
	for i := range g.Entities {
		entities[g.Entities[i].ID] = true
	}
	docs := map[string]bool{}
	for i := range g.Documents {
		docs[g.Documents[i].ID] = true
	}
	closers := closingEvents(g)
	files := []struct {
		name   string
		header []string
		rows   func(emit func([]string) error) error
	}{
		{"documents.csv", []string{"documentId:ID(Document)", ":LABEL", "title", "published:datetime", "source", "url", "format"},
			func(emit func([]string) error) error {
				for i := range g.Documents {
					d := &g.Documents[i]
					pub := ""
					if d.HasPublished() {
						pub = d.Published.Format(time.RFC3339)
					}
					if err := emit([]string{d.ID, "Document", d.Title, pub, d.Source, d.URL, d.Format}); err != nil {
						return err
					}
				}
				return nil
			}},
		{"entities.csv", []string{"entityId:ID(Entity)", ":LABEL", "name", "type", "aliases:string[]", "mention_count:int", "document_count:int",
			"documents:string[]", "start_date:date", "start_precision", "start_timex", "end_date:date", "end_precision", "end_timex"},
			func(emit func([]string) error) error {
				for i := range v.Nodes {
					n := &v.Nodes[i]
					e := n.Entity
					as := make([]string, len(e.Aliases))
					for j, a := range e.Aliases {
						as[j] = strings.ReplaceAll(a, ";", ",")
					}
					row := []string{e.ID, "Entity;" + neo4jLabel(e.Type), e.Name, string(e.Type), strings.Join(as, ";"),
						strconv.Itoa(e.MentionCount), strconv.Itoa(e.DocumentCount), strings.Join(n.Documents, ";")}
					row = append(row, neo4jDate(n.Span.Start)...)
					row = append(row, neo4jDate(n.Span.End)...)
					if err := emit(row); err != nil {
						return err
					}
				}
				return nil
			}},
		{"events.csv", []string{"eventId:ID(Event)", ":LABEL", "type", "cameo", "trigger", "trigger_start:int", "trigger_end:int",
			"date:date", "date_precision", "timex", "date_text", "end_date:date", "end_precision", "end_timex", "closed_by",
			"polarity", "modality", "fact:boolean", "document", "sentence_index:int", "sentence_start:int", "sentence_end:int", "sentence", "confidence:double"},
			func(emit func([]string) error) error {
				for i := range g.Events {
					e := &g.Events[i]
					row := []string{e.ID, "Event", e.Type, e.CAMEO, e.TriggerText, strconv.Itoa(e.Trigger.Start), strconv.Itoa(e.Trigger.End)}
					var d *dossier.Date
					if p, err := dossier.ParseDate(e.Date); err == nil {
						d = &p
					}
					start := neo4jDate(d)
					start[2] = e.Date // keep values ParseDate refuses ("PRESENT_REF")
					row = append(row, start[0], start[1], start[2], oneLine(e.DateText))
					var end *dossier.Date
					closer := ""
					if c := closers[e.ID]; c != nil {
						if p, err := dossier.ParseDate(c.Date); err == nil {
							end, closer = &p, c.ID
						}
					}
					row = append(row, neo4jDate(end)...)
					row = append(row, closer, e.Polarity, e.Modality, strconv.FormatBool(e.IsFact()))
					row = append(row, evidenceRow(e.Evidence)...)
					if err := emit(row); err != nil {
						return err
					}
					if i%1024 == 0 {
						if err := ctx.Err(); err != nil {
							return err
						}
					}
				}
				return nil
			}},
		{"participants.csv", []string{":START_ID(Event)", ":END_ID(Entity)", ":TYPE", "role"},
			func(emit func([]string) error) error {
				for i := range g.Events {
					e := &g.Events[i]
					for _, p := range e.Participants {
						if entities[p.Entity] {
							if err := emit([]string{e.ID, p.Entity, neo4jType(string(p.Role)), string(p.Role)}); err != nil {
								return err
							}
						}
					}
					if e.Place != "" && entities[e.Place] {
						if err := emit([]string{e.ID, e.Place, "PLACE", string(dossier.Location)}); err != nil {
							return err
						}
					}
					if e.Source != "" && entities[e.Source] {
						if err := emit([]string{e.ID, e.Source, "ATTRIBUTED_TO", "source"}); err != nil {
							return err
						}
					}
				}
				return nil
			}},
		{"sources.csv", []string{":START_ID(Event)", ":END_ID(Document)", ":TYPE", "sentence_index:int", "sentence_start:int", "sentence_end:int", "confidence:double"},
			func(emit func([]string) error) error {
				for i := range g.Events {
					ev := g.Events[i].Evidence
					if !docs[ev.Document] {
						continue
					}
					if err := emit([]string{g.Events[i].ID, ev.Document, "SOURCE", strconv.Itoa(ev.Sentence), strconv.Itoa(ev.Start),
						strconv.Itoa(ev.End), formatFloat(ev.Confidence)}); err != nil {
						return err
					}
				}
				return nil
			}},
		{"relations.csv", []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "predicate", "value",
			"start_date:date", "start_precision", "start_timex", "end_date:date", "end_precision", "end_timex",
			"document", "sentence_index:int", "sentence_start:int", "sentence_end:int", "sentence", "confidence:double"},
			func(emit func([]string) error) error {
				for i := range v.Edges {
					e := &v.Edges[i]
					if e.Relation == nil {
						continue
					}
					row := []string{e.Source, e.Target, neo4jType(e.Label), e.Label, e.Relation.Value}
					row = append(row, neo4jDate(e.Span.Start)...)
					row = append(row, neo4jDate(e.Span.End)...)
					row = append(row, evidenceRow(e.Relation.Evidence)...)
					if err := emit(row); err != nil {
						return err
					}
				}
				return nil
			}},
	}
	for _, f := range files {
		w, err := create(f.name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(f.header); err != nil {
			return err
		}
		emit := func(row []string) error {
			for i, s := range row {
				row[i] = neo4jField(s)
			}
			return cw.Write(row)
		}
		if err := f.rows(emit); err != nil {
			return err
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	}
	w, err := create("README.txt")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "Neo4j import files written by Dossier. Load them into a new database with:\n\n  %s\n\n"+
		"Dates are the first day their value can denote; the *_precision columns say whether a date is known to the day, month, year or decade,\n"+
		"and the *_timex columns keep the TIMEX3 value it was read as.\n", neo4jImportCommand)
	return err
}

// neo4jDate returns the date, precision and TIMEX3 columns of a date.
func neo4jDate(d *dossier.Date) []string {
	if d == nil {
		return []string{"", "", ""}
	}
	return []string{firstDay(d).Format("2006-01-02"), string(d.Precision), d.Value}
}

func evidenceRow(ev dossier.Evidence) []string {
	return []string{ev.Document, strconv.Itoa(ev.Sentence), strconv.Itoa(ev.Start), strconv.Itoa(ev.End), oneLine(ev.Text), formatFloat(ev.Confidence)}
}

// neo4jField makes a value safe for the importer's default settings: no
// line breaks (multiline fields are off by default) and valid UTF-8.
func neo4jField(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.ContainsAny(s, "\r\n") {
		s = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
	}
	return s
}

func neo4jLabel(t dossier.EntityType) string {
	switch t {
	case dossier.Org:
		return "Organization"
	case dossier.Person:
		return "Person"
	case dossier.Place:
		return "Place"
	}
	return "Thing"
}

// neo4jType turns a predicate or role into a relationship type: upper case
// letters, digits and underscores ("based_in" gives "BASED_IN").
func neo4jType(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else if b.Len() > 0 {
			b.WriteByte('_')
		}
	}
	t := strings.Trim(b.String(), "_")
	if t == "" || (t[0] >= '0' && t[0] <= '9') {
		t = "REL_" + t
	}
	return t
}
