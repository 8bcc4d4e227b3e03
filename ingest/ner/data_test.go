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

func TestPersonAndOrgLists(t *testing.T) {
	g, err := buildGazetteers(sharedData(t))
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{gazetteers: *g}
	tests := []struct {
		sent      string
		tok, list int
		want      bool
	}{
		{"Jiri Novak won", 0, gazGiven, true},
		{"Jiri Novak won", 1, gazFamily, true},
		{"said Margarethe Schmidt", 2, gazFamily, true},
		{"Dolejsi scored", 0, gazFamily, true}, // folded from Dolejší
		{"Will it rain", 0, gazGiven, false},   // a common lower-case word
		{"Bill Clinton", 0, gazGiven, false},   // "bill" too, even as a name
		{"the will of", 1, gazGiven, false},    // lower case never matches
		{"Pirelli SpA said", 1, gazLegal, true},
		{"KeyCorp Inc. said", 1, gazLegal, true},
		{"Dinamo Zagreb won", 0, gazTeam, true},
		{"Bristol Rovers won", 1, gazTeam, true},
		{"Bristol Rovers won", 0, gazTeam, false},
	}
	for _, tt := range tests {
		sent := strings.Fields(tt.sent)
		lx := make([]lexInfo, len(sent))
		for i, w := range sent {
			lx[i] = r.lexOf(w)
		}
		got := slices.Contains(g.match(lx)[tt.tok], uint16(tt.list<<2|posU))
		if got != tt.want {
			t.Errorf("%q token %d in list %s: %v, want %v", tt.sent, tt.tok, g.names[tt.list], got, tt.want)
		}
	}
}

func TestGivenNameSpanFeatures(t *testing.T) {
	g, err := buildGazetteers(sharedData(t))
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{gazetteers: *g}
	tests := []struct {
		sent          string
		tok           int
		before, after bool
	}{
		{"Jiri Zbynek won", 0, false, true},
		{"Jiri Zbynek won", 1, true, false},
		{"Jiri won", 0, false, false}, // no capitalised word after
		{"Jiri won", 1, false, false},
		{"Kwiatkowski Zbynek Jiri", 1, false, true}, // a family name before is not a given name
		{"Kwiatkowski Zbynek Jiri", 2, true, false},
	}
	for _, tt := range tests {
		d := r.prepare([][]string{strings.Fields(tt.sent)})
		feats := r.staticFeatures(nil, d, 0, tt.tok)
		has := func(tm tmpl) bool {
			for _, v := range []uint64{0, 1} {
				if slices.Contains(feats, feat2(tm, v, 0)) {
					return true
				}
			}
			return false
		}
		if got := has(tGivenBefore); got != tt.before {
			t.Errorf("%q token %d: given name before %v, want %v", tt.sent, tt.tok, got, tt.before)
		}
		if got := has(tGivenAfter); got != tt.after {
			t.Errorf("%q token %d: given name after %v, want %v", tt.sent, tt.tok, got, tt.after)
		}
	}
}

func TestClusterBackOff(t *testing.T) {
	c := (&Clusters{
		Words: []string{"Moscow", "Clinton", "Tyler", "al"},
		IDs:   [][numClusterLevels]uint16{{4, 1, 0}, {7, 2, 0}, {9, 3, 1}, {11, 4, 1}},
	}).table()
	r := &Recognizer{clusters: c}
	tests := []struct {
		word string
		want uint64 // finest cluster + 1, 0 for none
		back bool
	}{
		{"Moscow", 5, false},       // its own cluster
		{"Moscow-backed", 5, true}, // first part
		{"Lucy-Tyler", 10, true},   // last part when the first has none
		{"al-Aqsa", 0, false},      // parts of fewer than three letters are not tried
		{"Clintons", 8, true},      // without the final s
		{"CLINTONS", 8, true},      // case-folded
		{"Nagorno-Karabakh", 0, false},
	}
	for _, tt := range tests {
		x := r.lexOf(tt.word)
		if x.clus[0] != tt.want || x.hasClus != (tt.want != 0) || x.backClus != tt.back {
			t.Errorf("lexOf(%q): cluster %d (has %v, back-off %v), want %d (back-off %v)", tt.word, x.clus[0], x.hasClus, x.backClus, tt.want, tt.back)
		}
	}
}
