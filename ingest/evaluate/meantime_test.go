package evaluate

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixture = "testdata/northwind.xml"

func readFixture(t testing.TB) *Document {
	t.Helper()
	d, err := ReadMeantimeFile(fixture)
	require.NoError(t, err)
	return d
}

func TestReadMeantime(t *testing.T) {
	d := readFixture(t)
	assert.Equal(t, "900001", d.ID)
	assert.Equal(t, "900001_Northwind_buys_Contoso", d.Name)
	assert.Equal(t, "http://example.org/wiki/Northwind_buys_Contoso", d.URL)
	require.Len(t, d.Tokens, 33)
	assert.Equal(t, Token{ID: "4", Number: 3, Sentence: 1, Text: "May"}, d.Tokens[3])
	require.Len(t, d.EntityMentions, 9)
	require.Len(t, d.EventMentions, 5)
	require.Len(t, d.Timexes, 2)
	require.Len(t, d.Entities, 4)
	require.Len(t, d.Events, 1)

	m := d.EntityMentions[2]
	assert.Equal(t, "3", m.ID)
	assert.Equal(t, "NAM", m.SyntacticType)
	assert.Equal(t, "Northwind Traders", d.MentionText(m.Tokens))
	assert.Equal(t, "40", m.Entity)
	assert.Equal(t, "", d.EntityMentions[8].SyntacticType, "a mention without syntactic_type")
	assert.Equal(t, "41", d.EntityMentions[8].Entity)

	// The grouping mention lists its tokens out of order; they are sorted.
	g := d.EventMentions[4]
	assert.Equal(t, "said acquired", d.MentionText(g.Tokens))
	assert.Equal(t, "", g.Pred)
	assert.Equal(t, "acquire", d.EventMentions[2].Pred)
	assert.Equal(t, "50", d.EventMentions[2].Event)

	assert.Equal(t, Entity{ID: "41", Type: "ORG", InstanceID: "ORG2", ExternalRef: "http://example.org/Contoso", Descriptor: "Contoso"}, d.Entities[1])
	assert.Equal(t, "", d.Entities[3].InstanceID)

	// The link to a VALUE is dropped; the REFERS_TO from an unknown m_id
	// is counted as dangling.
	assert.Equal(t, []Participation{
		{Event: "20", Mention: "1", Role: "Arg0"}, {Event: "20", Mention: "2", Role: "Arg1"},
		{Event: "22", Mention: "6", Role: "Arg0"}, {Event: "22", Mention: "4", Role: "Arg1"},
		{Event: "23", Mention: "7", Role: "Arg0"}, {Event: "23", Mention: "9", Role: "Arg1"},
	}, d.Participants)
	assert.Equal(t, 1, d.Dangling)

	dct, ok := d.DCT()
	require.True(t, ok)
	assert.Equal(t, "2021-05-04", dct.Value)
	assert.Equal(t, "May 4 , 2021", d.MentionText(dct.Tokens))
	pub, ok := d.Published()
	require.True(t, ok)
	assert.Equal(t, time.Date(2021, 5, 4, 0, 0, 0, 0, time.UTC), pub)
}

func TestPublishedFormats(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  time.Time
		ok    bool
	}{
		{"2008-03-06", time.Date(2008, 3, 6, 0, 0, 0, 0, time.UTC), true},
		{"03-02-2009", time.Date(2009, 3, 2, 0, 0, 0, 0, time.UTC), true},
		{"2008-03-06T10:00", time.Date(2008, 3, 6, 0, 0, 0, 0, time.UTC), true},
		{"2011-10", time.Date(2011, 10, 1, 0, 0, 0, 0, time.UTC), true},
		{"PRESENT_REF", time.Time{}, false},
	} {
		d := &Document{Timexes: []Timex{{Function: "CREATION_TIME", Value: tc.value}}}
		got, ok := d.Published()
		assert.Equal(t, tc.ok, ok, tc.value)
		assert.Equal(t, tc.want, got, tc.value)
	}
	_, ok := (&Document{}).Published()
	assert.False(t, ok, "no DCT")
}

func TestReadMeantimeErrors(t *testing.T) {
	const head = `<Document doc_id="1" doc_name="x">`
	tok := `<token number="0" sentence="0" t_id="1">Word</token>`
	for _, tc := range []struct {
		name, xml, want string
	}{
		{"not XML", "hello", "reading MEANTIME XML"},
		{"wrong root", `<TimeML></TimeML>`, "reading MEANTIME XML"},
		{"no tokens", head + `</Document>`, "has no tokens"},
		{"bad number", head + `<token number="x" sentence="0" t_id="1">A</token></Document>`, `bad number "x"`},
		{"negative sentence", head + `<token number="0" sentence="-1" t_id="1">A</token></Document>`, `bad sentence "-1"`},
		{"empty token", head + `<token number="0" sentence="0" t_id="1"> </token></Document>`, "no valid text"},
		{"duplicate token", head + tok + tok + `</Document>`, `token id "1" appears twice`},
		{"sentences out of order", head + `<token number="0" sentence="1" t_id="1">A</token><token number="1" sentence="0" t_id="2">B</token></Document>`, "sentence 0 after sentence 1"},
		{"unknown anchor", head + tok + `<Markables><ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="9"/></ENTITY_MENTION></Markables></Document>`, `ENTITY_MENTION "5" anchored to unknown token "9"`},
		{"duplicate m_id", head + tok + `<Markables><ENTITY m_id="5" ent_type="ORG"/><EVENT m_id="5" class="OTHER"/></Markables></Document>`, `m_id "5" defined twice`},
		{"missing m_id", head + tok + `<Markables><ENTITY ent_type="ORG"/></Markables></Document>`, "ENTITY without m_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadMeantime(strings.NewReader(tc.xml), "in.xml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), "in.xml")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestReadMeantimeDir(t *testing.T) {
	docs, err := ReadMeantimeDir("testdata")
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, "900001", docs[0].ID)

	_, err = ReadMeantimeDir(t.TempDir())
	assert.ErrorContains(t, err, "no MEANTIME .xml files")
	_, err = ReadMeantimeDir("testdata/missing")
	assert.ErrorContains(t, err, "testdata/missing")
	_, err = ReadMeantimeFile("testdata/missing.xml")
	assert.ErrorContains(t, err, "testdata/missing.xml")
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sents [][]string
		want  string
	}{
		{"headline and dateline", [][]string{{"Apple", "wins"}, {"May", "1", ",", "2020"}, {"It", "did", "."}, {"Yes", "."}},
			"Apple wins\n\nMay 1, 2020\n\nIt did. Yes."},
		{"quotes and clitics", [][]string{{"T"}, {"D"}, {"He", "said", "``", "we", "do", "n't", "know", "''", "about", "Apple", "'s", "plans", "."}},
			"T\n\nD\n\nHe said \"we don't know\" about Apple's plans."},
		{"brackets money percent", [][]string{{"T"}, {"D"}, {"It", "cost", "$", "5", "(", "-LRB-", "up", "3", "%", ")", ";", "ok", "?"}},
			"T\n\nD\n\nIt cost $5 ((up 3%); ok?"},
		{"straight quotes alternate", [][]string{{"A", `"`, "b", `"`, "c"}},
			`A "b" c`},
		{"one sentence", [][]string{{"Only", "one", "."}}, "Only one."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Document{}
			for si, s := range tc.sents {
				for _, w := range s {
					d.Tokens = append(d.Tokens, Token{Sentence: si, Text: w, Number: len(d.Tokens)})
				}
			}
			text, spans := d.Text()
			assert.Equal(t, tc.want, text)
			require.Len(t, spans, len(d.Tokens))
			for i, s := range spans {
				require.True(t, s.Valid(len(text)))
				assert.Equal(t, surface(d.Tokens[i].Text), text[s.Start:s.End])
			}
		})
	}
}

func TestTokenRange(t *testing.T) {
	d := readFixture(t)
	text, spans := d.Text()
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		f, l, ok := tokenRange(spans, spanOf(i, len(s)))
		require.True(t, ok, s)
		return f, l
	}
	f, l := at("Northwind Traders")
	assert.Equal(t, "Northwind Traders", d.MentionText([]int{f, l}))
	f, l = at("ana Ruiz"[1:]) // part of a token still takes the token
	assert.Equal(t, "Ana Ruiz", d.MentionText([]int{f, l}))
	_, _, ok := tokenRange(spans, spanOf(len(text), 0))
	assert.False(t, ok, "an empty span at the end")
	_, _, ok = tokenRange(spans, spanOf(strings.Index(text, "\n\n"), 2))
	assert.False(t, ok, "whitespace only")
}

func FuzzReadMeantime(f *testing.F) {
	seed, err := os.ReadFile(fixture)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`<Document doc_id="1"><token number="0" sentence="0" t_id="1">''</token><token number="1" sentence="2" t_id="2">-LRB-</token></Document>`))
	f.Add([]byte(`<Document><token number="1" sentence="0" t_id="a">x</token><token number="0" sentence="0" t_id="b">y</token><Markables><EVENT_MENTION m_id="1"><token_anchor t_id="b"/><token_anchor t_id="a"/><token_anchor t_id="b"/></EVENT_MENTION></Markables></Document>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadMeantime(bytes.NewReader(data), "fuzz.xml")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.xml") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		check := func(kind string, toks []int) {
			for i, x := range toks {
				if x < 0 || x >= len(d.Tokens) || (i > 0 && toks[i-1] >= x) {
					t.Fatalf("%s tokens %v out of range or order (%d tokens)", kind, toks, len(d.Tokens))
				}
			}
		}
		for _, m := range d.EntityMentions {
			check("entity mention", m.Tokens)
		}
		for _, m := range d.EventMentions {
			check("event mention", m.Tokens)
		}
		for _, m := range d.Timexes {
			check("timex", m.Tokens)
		}
		text, spans := d.Text()
		for i, s := range spans {
			if !s.Valid(len(text)) || text[s.Start:s.End] != surface(d.Tokens[i].Text) || (i > 0 && s.Start < spans[i-1].End) {
				t.Fatalf("token %d span %v wrong in %q", i, s, text)
			}
		}
	})
}

func BenchmarkReadMeantime(b *testing.B) {
	data, err := os.ReadFile(fixture)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadMeantime(bytes.NewReader(data), fixture); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) {
	d := readFixture(b)
	for b.Loop() {
		d.Text()
	}
}
