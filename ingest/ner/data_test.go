package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestClustersRoundTrip(t *testing.T) {
	c := &Clusters{
		Words: []string{"Monday", "Tuesday", "monday", "Paris"},
		IDs:   [][numClusterLevels]uint16{{4, 1, 0}, {4, 1, 0}, {7, 2, 0}, {9, 3, 1}},
	}
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	c2, err := ReadClusters(&buf, "clusters")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Words, c2.Words) || !slices.Equal(c.IDs, c2.IDs) {
		t.Fatalf("round trip changed the clusters: %+v", c2)
	}
	tab := c2.table()
	tests := []struct {
		word string
		want uint64 // finest cluster + 1, 0 for none
	}{
		{"Monday", 5},
		{"monday", 8}, // its own entry, not the capitalised one
		{"MONDAY", 5}, // lower-case fallback: the most frequent casing (listed first)
		{"PARIS", 10}, // fallback
		{"Lyon", 0},   // unknown
	}
	for _, tt := range tests {
		ids, ok := tab.lookup(hashString(tt.word), hashLower(tt.word))
		if got := ids[0]; ok != (tt.want != 0) || got != tt.want {
			t.Errorf("lookup(%q) = %d, %v; want %d", tt.word, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"word\t1\t2\n", "word\tx\t1\t2\n", "\t1\t2\t3\n", "w\t1\t2\t70000\n"} {
		if _, err := ReadClusters(strings.NewReader(bad), "bad"); err == nil {
			t.Errorf("ReadClusters(%q): want an error", bad)
		}
	}
}

func TestBuildGazetteers(t *testing.T) {
	g, err := buildGazetteers(sharedData(t))
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{gazetteers: *g}
	sent := strings.Fields("The European Central Bank met in Buenos Aires with German and Kenyan officials from Bavaria")
	lx := make([]lexInfo, len(sent))
	for i, w := range sent {
		lx[i] = r.lexOf(w)
	}
	got := g.match(lx)
	has := func(i, list, pos int) bool { return slices.Contains(got[i], uint16(list<<2|pos)) }
	checks := []struct {
		tok, list, pos int
	}{
		{1, gazOrg, posB}, {2, gazOrg, posI}, {3, gazOrg, posL},
		{6, gazCity, posB}, {7, gazCity, posL},
		{9, gazDemonym, posU}, {11, gazDemonym, posU},
		{14, gazRegion, posU},
	}
	for _, c := range checks {
		if !has(c.tok, c.list, c.pos) {
			t.Errorf("%q: want list %s position %d, got %v", sent[c.tok], g.names[c.list], c.pos, got[c.tok])
		}
	}
	if len(got[0]) != 0 || len(got[4]) != 0 {
		t.Errorf("lower-case or function words matched: %v %v", got[0], got[4])
	}
	if _, err := buildGazetteers(t.TempDir()); err == nil {
		t.Error("buildGazetteers on an empty directory: want an error")
	}
}

func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	small := &Recognizer{
		clusters:   (&Clusters{Words: []string{"a"}, IDs: [][numClusterLevels]uint16{{1, 2, 3}}}).table(),
		gazetteers: gazetteer{names: []string{"x"}, phrases: map[uint64]uint16{42: 1}, maxLen: 2},
		stages:     []*weightTable{buildWeightTable([]uint64{7, 99}, make([]float32, 2*numLabels))},
	}
	if err := small.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		// A model that loads must tag without panicking.
		r.TagDocument([][]string{{"Anna", "met", "a", "UN", "envoy", "."}, {}})
	})
}

func FuzzReadClusters(f *testing.F) {
	f.Add("Monday\t4\t1\t0\nParis\t9\t3\t1\n")
	f.Add("x\t1\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ReadClusters(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		if len(c.Words) != len(c.IDs) {
			t.Fatalf("%d words, %d cluster rows", len(c.Words), len(c.IDs))
		}
		var buf bytes.Buffer
		if err := c.Write(&buf); err != nil {
			t.Fatal(err)
		}
		c2, err := ReadClusters(&buf, "again")
		if err != nil || !slices.Equal(c.Words, c2.Words) {
			t.Fatalf("rewrite does not read back: %v", err)
		}
	})
}
