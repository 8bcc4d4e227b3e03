package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

// The consumer checks: every export is opened by the tool people use it
// with. The tools come from tools/install.sh (Debian packages, the npm
// packages pinned in tools/package-lock.json, the machine's python3 with
// networkx >= 3). When one is missing the check fails if the environment
// variable CI is set, and is skipped with a message otherwise.

const (
	toolsDir  = "../../tools"
	sharedDir = "../../../shared"
)

// need fails (in CI) or skips (elsewhere) the test when ok is false.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; CI must have it (run tools/install.sh)", what)
	}
	t.Skipf("%s is missing; run tools/install.sh to check this (CI fails instead of skipping)", what)
}

func haveCmd(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

func haveNodeModule(name string) bool {
	_, err := os.Stat(filepath.Join(toolsDir, "node_modules", name, "package.json"))
	return haveCmd("node") && err == nil
}

func haveNetworkx3() bool {
	if !haveCmd("python3") {
		return false
	}
	out, err := exec.Command("python3", "-c", "import networkx; print(networkx.__version__)").Output()
	if err != nil {
		return false
	}
	major, _, _ := strings.Cut(strings.TrimSpace(string(out)), ".")
	n, err := strconv.Atoi(major)
	return err == nil && n >= 3
}

// run runs a command and fails the test with its output if it fails.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	t.Logf("%s", strings.TrimSpace(stdout.String()))
	return stderr.String()
}

// consumerGraphs are the graphs every consumer reads: the fixture, and
// (unless -short) a generated graph with awkward names (quotes, markup,
// line breaks, control characters, non-Latin scripts) and duplicate facts.
func consumerGraphs() map[string]*dossier.Graph {
	if testing.Short() {
		return map[string]*dossier.Graph{"fixture": fixtureGraph()}
	}
	return map[string]*dossier.Graph{"fixture": fixtureGraph(), "generated": generatedGraph(7, 40, 100)}
}

// writeAll writes g in every format into dir as <format><ext> and returns
// the paths by format name.
func writeAll(t *testing.T, dir string, g *dossier.Graph, opts Options) map[string]string {
	t.Helper()
	paths := map[string]string{}
	for _, f := range Formats() {
		p := filepath.Join(dir, f.Name+f.Ext)
		var buf bytes.Buffer
		if err := f.Write(context.Background(), &buf, g, opts); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[f.Name] = p
	}
	return paths
}

// expectation is what networkx must read back: ids, labels, types and
// the GEXF days of every node and edge.
func expectation(t *testing.T, g *dossier.Graph, dir string) string {
	t.Helper()
	v := Derive(g)
	days := func(s Span) (string, string) {
		var a, b string
		if s.Start != nil {
			a = firstDay(s.Start).Format("2006-01-02")
		}
		if s.End != nil {
			b = lastDay(s.End).Format("2006-01-02")
		}
		return a, b
	}
	want := struct {
		Nodes map[string]map[string]string `json:"nodes"`
		Edges map[string]map[string]string `json:"edges"`
	}{map[string]map[string]string{}, map[string]map[string]string{}}
	for _, n := range v.Nodes {
		s, e := days(n.Span)
		want.Nodes[n.Entity.ID] = map[string]string{"label": xmlChars(oneLine(n.Entity.Name)), "type": string(n.Entity.Type), "start": s, "end": e}
	}
	for _, ed := range v.Edges {
		s, e := days(ed.Span)
		kind := "event"
		if ed.Relation != nil {
			kind = "relation"
		}
		want.Edges[ed.ID] = map[string]string{"source": ed.Source, "target": ed.Target, "label": ed.Label, "kind": kind, "start": s, "end": e}
	}
	b, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "expect.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConsumers(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedDir, "schemas", "gexf-1.3", "gexf.rng")); err != nil {
		t.Fatalf("the shared data folder is missing (want %s/schemas/gexf-1.3/gexf.rng beside the work tree): %v", sharedDir, err)
	}
	for name, g := range consumerGraphs() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			paths := writeAll(t, dir, g, Options{})
			expect := expectation(t, g, dir)
			v := Derive(g)
			t.Run("gexf/xmllint-relaxng", func(t *testing.T) {
				need(t, haveCmd("xmllint"), "xmllint (Debian libxml2-utils)")
				run(t, "xmllint", "--noout", "--relaxng", filepath.Join(sharedDir, "schemas", "gexf-1.3", "gexf.rng"), paths["gexf"])
			})
			t.Run("gexf/networkx", func(t *testing.T) {
				need(t, haveNetworkx3(), "python3 with networkx >= 3")
				run(t, "python3", filepath.Join(toolsDir, "check", "networkx_check.py"), "gexf", paths["gexf"], expect)
			})
			t.Run("graphml/networkx", func(t *testing.T) {
				need(t, haveNetworkx3(), "python3 with networkx >= 3")
				run(t, "python3", filepath.Join(toolsDir, "check", "networkx_check.py"), "graphml", paths["graphml"], expect)
			})
			t.Run("dot/graphviz", func(t *testing.T) {
				need(t, haveCmd("dot"), "dot (Debian graphviz)")
				svg := filepath.Join(dir, "graph.svg")
				if stderr := run(t, "dot", "-Tsvg", "-o", svg, paths["dot"]); stderr != "" {
					t.Fatalf("dot warned:\n%s", stderr)
				}
				b, err := os.ReadFile(svg)
				if err != nil {
					t.Fatal(err)
				}
				if n := bytes.Count(b, []byte(`class="node"`)); n != len(v.Nodes) {
					t.Errorf("SVG has %d nodes, want %d", n, len(v.Nodes))
				}
				if n := bytes.Count(b, []byte(`class="edge"`)); n != len(v.Edges) {
					t.Errorf("SVG has %d edges, want %d", n, len(v.Edges))
				}
			})
			t.Run("cytoscape/cytoscape.js", func(t *testing.T) {
				need(t, haveNodeModule("cytoscape"), "node with the npm cytoscape package")
				run(t, "node", filepath.Join(toolsDir, "check", "cytoscape_check.js"), paths["cytoscape"], strconv.Itoa(len(v.Nodes)), strconv.Itoa(len(v.Edges)))
			})
			t.Run("jsonld/jsonld.js", func(t *testing.T) {
				need(t, haveNodeModule("jsonld"), "node with the npm jsonld package")
				run(t, "node", filepath.Join(toolsDir, "check", "jsonld_check.js"), paths["jsonld"], paths["nquads"])
			})
			events, eras := timelineCounts(t, paths["timelinejs"])
			t.Run("timelinejs/config", func(t *testing.T) {
				need(t, haveNodeModule("@knight-lab/timelinejs") && haveNodeModule("jsdom"), "node with the npm @knight-lab/timelinejs and jsdom packages")
				run(t, "node", filepath.Join(toolsDir, "check", "timelinejs_check.js"), paths["timelinejs"], strconv.Itoa(events), strconv.Itoa(eras))
			})
			t.Run("timelinejs/chromium", func(t *testing.T) {
				need(t, haveNodeModule("@knight-lab/timelinejs") && (haveCmd("chromium") || haveCmd("chromium-browser")), "chromium and the npm @knight-lab/timelinejs package")
				run(t, "sh", filepath.Join(toolsDir, "check", "timelinejs_render.sh"), paths["timelinejs"], strconv.Itoa(events))
			})
		})
	}
}

// xmlChars replaces what XML 1.0 cannot carry with U+FFFD, as the XML
// writers do.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 0x09 || r == 0x0A || r == 0x0D || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF) {
			return r
		}
		return '\uFFFD'
	}, s)
}

// timelineCounts returns how many events and eras a TimelineJS file holds,
// read with encoding/json.
func timelineCounts(t *testing.T, path string) (events, eras int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []json.RawMessage `json:"events"`
		Eras   []json.RawMessage `json:"eras"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return len(doc.Events), len(doc.Eras)
}
