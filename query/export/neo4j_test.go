package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
)

// The rules of `neo4j-admin database import` (Neo4j 5 operations manual,
// "Import": header format and CSV file options), checked on our files:
//   - a header field is name, name:type, or a special field :ID(space)
//     (optionally named), :LABEL, :START_ID(space), :END_ID(space), :TYPE;
//   - types are int, long, float, double, boolean, byte, short, char,
//     string, point, date, localtime, time, localdatetime, datetime and
//     duration, each optionally an array with "[]" (items split by ";");
//   - a node file has exactly one :ID; a relationship file exactly one
//     :START_ID, one :END_ID and (as we write them) a :TYPE column;
//   - property names are unique within a header;
//   - every row has the header's number of fields, with no line breaks
//     (multiline fields are off by default);
//   - IDs are unique within their ID space across node files, and every
//     START_ID and END_ID names a node of its space;
//   - values parse as their type; empty means no property.
var (
	neoTypes   = []string{"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
	neoSpecial = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)?:(ID|START_ID|END_ID)\(([A-Za-z]+)\)$`)
	neoRelType = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
)

type neoColumn struct {
	name, kind, typ, space string // kind: prop, ID, START_ID, END_ID, LABEL, TYPE
	array                  bool
}

func parseNeoHeader(t *testing.T, file string, header []string) []neoColumn {
	t.Helper()
	var cols []neoColumn
	names := map[string]bool{}
	for _, h := range header {
		var c neoColumn
		switch m := neoSpecial.FindStringSubmatch(h); {
		case m != nil:
			c = neoColumn{name: m[1], kind: m[2], space: m[3]}
		case h == ":LABEL" || h == ":TYPE":
			c = neoColumn{kind: h[1:]}
		default:
			name, typ, found := strings.Cut(h, ":")
			if !found {
				typ = "string"
			}
			c = neoColumn{name: name, kind: "prop", typ: strings.TrimSuffix(typ, "[]"), array: strings.HasSuffix(typ, "[]")}
			if name == "" || !slices.Contains(neoTypes, c.typ) {
				t.Errorf("%s: header field %q is not name:type with a Neo4j type", file, h)
			}
		}
		if c.name != "" {
			if names[c.name] {
				t.Errorf("%s: property %q twice in the header", file, c.name)
			}
			names[c.name] = true
		}
		cols = append(cols, c)
	}
	return cols
}

func checkNeoValue(c neoColumn, v string) error {
	if v == "" {
		return nil
	}
	items := []string{v}
	if c.array {
		items = strings.Split(v, ";")
	}
	for _, s := range items {
		var err error
		switch c.typ {
		case "int", "long", "short", "byte":
			_, err = strconv.ParseInt(s, 10, 64)
		case "float", "double":
			_, err = strconv.ParseFloat(s, 64)
		case "boolean":
			if s != "true" && s != "false" {
				err = fmt.Errorf("not true or false")
			}
		case "date":
			_, err = time.Parse("2006-01-02", s)
		case "datetime":
			_, err = time.Parse(time.RFC3339, s)
		}
		if err != nil {
			return fmt.Errorf("%q is not a %s: %v", s, c.typ, err)
		}
	}
	return nil
}

// checkNeo4jFiles applies the import rules to a set of files by name.
func checkNeo4jFiles(t *testing.T, files map[string][]byte) (nodes, rels int) {
	t.Helper()
	ids := map[string]map[string]bool{}
	type ref struct{ file, space, id string }
	var refs []ref
	for _, name := range Neo4jFiles {
		body, ok := files[name]
		if !ok {
			t.Fatalf("%s is missing", name)
		}
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		if bytes.ContainsAny(body, "\r") {
			t.Errorf("%s has a carriage return", name)
		}
		r := csv.NewReader(bytes.NewReader(body))
		r.FieldsPerRecord = 0 // every row as long as the header
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(rows) == 0 {
			t.Fatalf("%s has no header", name)
		}
		cols := parseNeoHeader(t, name, rows[0])
		count := func(kind string) int {
			n := 0
			for _, c := range cols {
				if c.kind == kind {
					n++
				}
			}
			return n
		}
		isNode := count("ID") == 1 && count("START_ID") == 0
		isRel := count("ID") == 0 && count("START_ID") == 1 && count("END_ID") == 1 && count("TYPE") == 1
		if !isNode && !isRel {
			t.Fatalf("%s is neither a node file (one :ID) nor a relationship file (:START_ID, :END_ID, :TYPE)", name)
		}
		if want := bytes.Count(body, []byte("\n")); want != len(rows) {
			t.Errorf("%s: %d lines for %d records: a field holds a line break", name, want, len(rows))
		}
		for i, row := range rows[1:] {
			line := i + 2
			for j, c := range cols {
				v := row[j]
				switch c.kind {
				case "ID":
					if ids[c.space] == nil {
						ids[c.space] = map[string]bool{}
					}
					if v == "" || ids[c.space][v] {
						t.Errorf("%s:%d: ID %q empty or repeated in space %s", name, line, v, c.space)
					}
					ids[c.space][v] = true
				case "START_ID", "END_ID":
					refs = append(refs, ref{fmt.Sprintf("%s:%d", name, line), c.space, v})
				case "LABEL":
					for _, l := range strings.Split(v, ";") {
						if l == "" {
							t.Errorf("%s:%d: empty label in %q", name, line, v)
						}
					}
				case "TYPE":
					if !neoRelType.MatchString(v) {
						t.Errorf("%s:%d: relationship type %q", name, line, v)
					}
				case "prop":
					if err := checkNeoValue(c, v); err != nil {
						t.Errorf("%s:%d: %s: %v", name, line, c.name, err)
					}
				}
			}
			if isNode {
				nodes++
			} else {
				rels++
			}
		}
	}
	for _, r := range refs {
		if !ids[r.space][r.id] {
			t.Errorf("%s: %s %q is not a node", r.file, r.space, r.id)
		}
	}
	return nodes, rels
}

func TestNeo4jImportRules(t *testing.T) {
	for name, g := range map[string]*dossier.Graph{"fixture": fixtureGraph(), "generated": generatedGraph(9, 80, 300)} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteNeo4jZip(context.Background(), &buf, g, Options{}); err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			files := map[string][]byte{}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				files[f.Name], err = io.ReadAll(rc)
				rc.Close()
				if err != nil {
					t.Fatal(err)
				}
			}
			nodes, rels := checkNeo4jFiles(t, files)
			if want := len(g.Documents) + len(g.Entities) + len(g.Events); nodes != want {
				t.Errorf("%d nodes, want %d", nodes, want)
			}
			if rels == 0 {
				t.Error("no relationships")
			}
			if !bytes.Contains(files["README.txt"], []byte("neo4j-admin database import full")) {
				t.Error("README.txt does not give the import command")
			}
			dir := t.TempDir()
			if err := WriteNeo4jDir(context.Background(), dir, g); err != nil {
				t.Fatal(err)
			}
			for _, n := range Neo4jFiles {
				b, err := os.ReadFile(filepath.Join(dir, n))
				if err != nil || !bytes.Equal(b, files[n]) {
					t.Errorf("%s in the directory differs from the zip (%v)", n, err)
				}
			}
		})
	}
}

// TestNeo4jDates checks the precision columns beside Neo4j dates.
func TestNeo4jDates(t *testing.T) {
	files := map[string][]byte{}
	err := WriteNeo4j(context.Background(), func(name string) (io.Writer, error) {
		return writerFunc(func(p []byte) (int, error) { files[name] = append(files[name], p...); return len(p), nil }), nil
	}, fixtureGraph())
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(files["events.csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	found := 0
	for _, r := range rows[1:] {
		switch r[col["type"]] {
		case "designation":
			found++
			if r[col["date:date"]] != "1997-01-01" || r[col["date_precision"]] != "year" || r[col["timex"]] != "1997" ||
				r[col["end_date:date"]] != "2012-01-01" || r[col["end_precision"]] != "year" {
				t.Errorf("designation row %v", r)
			}
		case "diplomatic_break":
			found++
			if r[col["date:date"]] != "2022-09-01" || r[col["date_precision"]] != "month" {
				t.Errorf("diplomatic break row %v", r)
			}
		case "statement":
			found++
			if r[col["date:date"]] != "" || r[col["date_precision"]] != "" {
				t.Errorf("undated statement row %v", r)
			}
		}
	}
	if found != 3 {
		t.Errorf("found %d of the 3 rows checked", found)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
