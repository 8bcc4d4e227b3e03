package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFileErrors checks that every kind of bad input gives an InputError
// naming the file and the reason.
func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name   string
		file   string
		data   []byte
		opts   Options
		reason string // substring of the error
	}{
		{"empty", "empty.txt", nil, DefaultOptions(), "empty file"},
		{"whitespace only", "blank.txt", []byte(" \n\t\r\n  "), DefaultOptions(), "empty file"},
		{"bom only", "bom.txt", []byte("\xef\xbb\xbf\n"), DefaultOptions(), "empty file"},
		{"nul byte", "nul.txt", []byte("Some text\x00more"), DefaultOptions(), "binary data (NUL byte at offset 9)"},
		{"control characters", "ctrl.bin", []byte("ab\x01\x02\x03\x04\x05\x06cd"), DefaultOptions(), "binary data"},
		{"utf16", "utf16.txt", []byte("\xff\xfeH\x00i\x00"), DefaultOptions(), "UTF-16"},
		{"invalid utf8", "latin1.txt", []byte("First line\nCaf\xe9 au lait\n"), DefaultOptions(), "invalid UTF-8 at byte 14 (line 2, column 4)"},
		{"invalid utf8 html with charset", "page.html", []byte("<html><head><meta charset=\"shift_jis\"></head><body><p>Caf\xe9</p></body></html>"), DefaultOptions(), `declares charset "shift_jis"`},
		{"over size limit", "big.txt", bytes.Repeat([]byte("word "), 100), Options{MaxBytes: 100}, "over the size limit of 100 bytes"},
		{"html without text", "chrome.html", []byte("<html><body><nav>Home</nav><script>x()</script></body></html>"), DefaultOptions(), "HTML without text"},
		{"markdown without text", "rule.md", []byte("---\ntitle: x\n---\n\n* * *\n"), DefaultOptions(), "Markdown without text"},
		{"markdown bad date", "bad.md", []byte("---\ndate: someday\n---\nText.\n"), DefaultOptions(), `front matter date: "someday" is not a date`},
		{"jsonl only blank lines", "blank.jsonl", []byte("{}\n"), DefaultOptions(), `missing field "text"`},
		{"bad format option", "a.txt", []byte("text"), Options{Format: "pdf"}, `unknown format "pdf"`},
		{"missing file", "", nil, DefaultOptions(), "cannot read file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "does-not-exist.txt")
			if tt.file != "" {
				path = writeFile(t, dir, tt.file, tt.data)
			}
			docs, err := File(path, tt.opts)
			if err == nil {
				t.Fatalf("File(%s) = %d docs, no error; want error containing %q", tt.file, len(docs), tt.reason)
			}
			var ie *dossier.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not a *dossier.InputError", err, err)
			}
			if !strings.HasPrefix(ie.Source, path) {
				t.Errorf("error source %q does not name the file %q", ie.Source, path)
			}
			if !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q does not contain %q", err, tt.reason)
			}
			if len(docs) != 0 {
				t.Errorf("got %d documents with the error, want none", len(docs))
			}
		})
	}
}

// TestLatinCharset checks that a page declaring windows-1252 is decoded.
func TestLatinCharset(t *testing.T) {
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Caf\xe9 prices rose 5\x80 \x96 said the owner.</p></body></html>"
	docs, err := Reader(strings.NewReader(page), "old.html", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if want := "Café prices rose 5€ – said the owner."; docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
}

// TestDeepNesting checks the fallback for pages nested deeper than the
// HTML parser accepts: the text and title still come out, scripts and
// navigation stay out.
func TestDeepNesting(t *testing.T) {
	page := "<title>Deep page | Site</title><nav>Menu items</nav><script>var a = 1;</script>" +
		strings.Repeat("<div>", 600) + "<h1>Headline</h1><p>First paragraph.</p><p>Second<br>line.</p>"
	docs, err := Reader(strings.NewReader(page), "deep.html", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if want := "Headline\n\nFirst paragraph.\n\nSecond\nline."; docs[0].Text != want || docs[0].Title != "Deep page" {
		t.Errorf("got title %q text %q, want title %q text %q", docs[0].Title, docs[0].Text, "Deep page", want)
	}
}

// TestHeadlinePlacement checks that an <h1> before the article text is put
// in front of it and one after it (a sidebar) is not.
func TestHeadlinePlacement(t *testing.T) {
	body := "<div class=\"story\"><p>The harbour master reported three ships waiting outside the port on Sunday.</p>" +
		"<p>Fog had closed the channel for most of the weekend, the port authority said.</p></div>"
	tests := []struct{ page, wantStart string }{
		{"<html><body><div class=\"top\"><h1>Fog closes the port</h1></div>" + body + "</body></html>", "Fog closes the port\n\nThe harbour"},
		{"<html><body>" + body + "<div class=\"side\"><h1>Weather this week</h1></div></body></html>", "The harbour"},
	}
	for _, tt := range tests {
		docs, err := Reader(strings.NewReader(tt.page), "p.html", DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(docs[0].Text, tt.wantStart) {
			t.Errorf("text %q does not start with %q", docs[0].Text, tt.wantStart)
		}
	}
}

// TestClassGuard checks that a wrapper whose class happens to contain a
// boilerplate word keeps the story it holds, while a real share block goes.
func TestClassGuard(t *testing.T) {
	page := `<html><body><div class="layout has-nav"><div class="content">
<p>The regional parliament approved the new budget on Thursday after a long debate.</p>
<div class="share-tools"><a href="#">Share</a></div>
<p>Opposition members voted against it, saying it cut funding for rural schools.</p>
</div></div><div class="footer-links">About us · Contact · Jobs · Terms of use · Privacy</div></body></html>`
	docs, err := Reader(strings.NewReader(page), "p.html", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := "The regional parliament approved the new budget on Thursday after a long debate.\n\nOpposition members voted against it, saying it cut funding for rural schools."
	if docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
}

// TestParagraphsInBody checks a plain page whose paragraphs sit directly in
// <body>: a small block of other paragraphs must not win over them.
func TestParagraphsInBody(t *testing.T) {
	page := `<html><body><h1>Town hall to close for repairs</h1>
<p>The town hall will close for six months from May while its roof is replaced, the mayor said.</p>
<p>Council meetings will move to the library, and the registry office to the old school.</p>
<p>The work is expected to cost about two million, paid from the reserve fund.</p>
<div class="box"><p>Opening hours of the library are printed on the back page.</p></div>
</body></html>`
	docs, err := Reader(strings.NewReader(page), "p.html", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(docs[0].Text, "Town hall to close for repairs\n\nThe town hall will close") || !strings.Contains(docs[0].Text, "reserve fund.") {
		t.Errorf("text = %q, want the headline and the three body paragraphs", docs[0].Text)
	}
}

func TestFileDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := File(dir, DefaultOptions())
	var ie *dossier.InputError
	if !errors.As(err, &ie) || ie.Source != dir || !strings.Contains(ie.Reason, "directory") {
		t.Fatalf("File(dir) error = %v, want an InputError saying it is a directory", err)
	}
}

// TestReaderLimit checks that a stream is read up to the limit only.
func TestReaderLimit(t *testing.T) {
	big := strings.NewReader(strings.Repeat("x", 1000))
	_, err := Reader(big, "-", Options{MaxBytes: 10})
	if err == nil || !strings.Contains(err.Error(), "over the size limit of 10 bytes") {
		t.Fatalf("err = %v, want size limit error", err)
	}
	if rest := big.Len(); rest != 1000-11 {
		t.Errorf("reader left %d bytes unread, want %d (limit+1 read)", rest, 1000-11)
	}
}

// TestIDs checks the ID keys: absolute path for files, stable across
// reads; content hash for stdin; URL when the document has one.
func TestIDs(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("Some article text.\n"))
	d1, err := File(p, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(p)
	if want := dossier.DocumentID(abs); d1[0].ID != want {
		t.Errorf("file ID = %s, want DocumentID(abs path) = %s", d1[0].ID, want)
	}
	d2, _ := File(p, DefaultOptions())
	if d1[0].ID != d2[0].ID {
		t.Errorf("re-reading gave ID %s, then %s", d1[0].ID, d2[0].ID)
	}
	if d1[0].Source != p {
		t.Errorf("Source = %q, want the path %q", d1[0].Source, p)
	}

	s1, _ := Reader(strings.NewReader("Some article text.\n"), "-", DefaultOptions())
	s2, _ := Reader(strings.NewReader("Other article text.\n"), "-", DefaultOptions())
	s3, _ := Reader(strings.NewReader("Some article text.\n"), "-", DefaultOptions())
	if s1[0].ID == s2[0].ID || s1[0].ID != s3[0].ID {
		t.Errorf("stdin IDs must follow the content: %s %s %s", s1[0].ID, s2[0].ID, s3[0].ID)
	}
	if s1[0].Source != "-" {
		t.Errorf("stdin Source = %q, want -", s1[0].Source)
	}

	j := writeFile(t, dir, "b.jsonl", []byte(`{"text":"One."}`+"\n"+`{"text":"Two.","url":"https://x.example/2"}`+"\n"+`{"text":"Three.","id":7}`+"\n"))
	jd, err := File(j, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	absJ, _ := filepath.Abs(j)
	want := []string{dossier.DocumentID(absJ + "#1"), dossier.DocumentID("https://x.example/2"), dossier.DocumentID(absJ + "#7")}
	for i, d := range jd {
		if d.ID != want[i] {
			t.Errorf("jsonl line %d ID = %s, want %s", i+1, d.ID, want[i])
		}
	}
}

// TestGzip checks that compressed input is read like its content, with the
// format from the name without ".gz" and the size limit on the output.
func TestGzip(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(`{"text":"First story."}` + "\n" + strings.Repeat(`{"text":"Second story."}`+"\n", 50)))
	zw.Close()
	p := writeFile(t, t.TempDir(), "stories.jsonl.gz", b.Bytes())
	docs, err := File(p, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 51 || docs[1].Source != p+":2" || docs[1].Format != "jsonl" || docs[1].Text != "Second story." {
		t.Fatalf("got %d docs, last %+v", len(docs), docs[len(docs)-1])
	}
	_, err = File(p, Options{MaxBytes: int64(b.Len()) + 5})
	if err == nil || !strings.Contains(err.Error(), "decompressed size is over the size limit") {
		t.Errorf("small limit: err = %v, want a decompressed size error", err)
	}
	_, err = Reader(bytes.NewReader([]byte{0x1f, 0x8b, 1, 2, 3}), "-", DefaultOptions())
	if err == nil || !strings.Contains(err.Error(), "bad gzip data") {
		t.Errorf("corrupt gzip: err = %v", err)
	}
}

func TestTextNormalisation(t *testing.T) {
	docs, err := Reader(strings.NewReader("\xef\xbb\xbfFirst line\r\nsecond line\rthird\n"), "x.txt", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if want := "First line\nsecond line\nthird\n"; docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
}

func TestPublishedOverride(t *testing.T) {
	loc := time.FixedZone("UTC-5", -5*3600)
	opts := Options{Published: time.Date(2026, 1, 20, 22, 0, 0, 0, loc)}
	page := `<html><head><meta property="article:published_time" content="2020-05-05"></head><body><p>Some text of the page.</p></body></html>`
	docs, err := Reader(strings.NewReader(page), "p.html", opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC); !docs[0].Published.Equal(want) {
		t.Errorf("published = %v, want %v", docs[0].Published, want)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" means an error
	}{
		{"2026-01-20", "2026-01-20"},
		{"2026-01-20T23:30:00-05:00", "2026-01-20"},
		{"2026-01-20T10:00:00Z", "2026-01-20"},
		{"2026-01-20T10:00:00.123+0100", "2026-01-20"},
		{"2026-01-20 10:00:00", "2026-01-20"},
		{"20260120", "2026-01-20"},
		{"2026/01/20", "2026-01-20"},
		{"Tue, 20 Jan 2026 10:00:00 GMT", "2026-01-20"},
		{"January 20, 2026", "2026-01-20"},
		{"20 January 2026", "2026-01-20"},
		{"Jan 20, 2026", "2026-01-20"},
		{"  2026-01-20  ", "2026-01-20"},
		{"", ""},
		{"yesterday", ""},
		{"2026-13-01", ""},
		{"2026-02-30", ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			} else if !strings.Contains(err.Error(), "not a date") {
				t.Errorf("ParseDate(%q) error %q does not say it is not a date", tt.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if g := got.Format("2006-01-02"); g != tt.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("ParseDate(%q) = %v, want %s 00:00 UTC", tt.in, got, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]string{"": "", "md": "markdown", "HTML": "html", "txt": "text", "ndjson": "jsonl"} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("docx"); err == nil {
		t.Error("ParseFormat(docx) gave no error")
	}
}

// TestDetect checks format detection by extension, then by content.
func TestDetect(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"a.HTM", "plain words", "html"},
		{"a.md", "<p>x</p>", "markdown"},
		{"a.ndjson", "x", "jsonl"},
		{"-", "<!DOCTYPE html><html><body>x</body></html>", "html"},
		{"-", "  <div><p>Para</p></div>", "html"},
		{"-", `{"text": "a", "title": "b"}` + "\n", "jsonl"},
		{"-", "---\ntitle: x\n---\nBody", "markdown"},
		{"-", "Intro\n\n## Section\nText", "markdown"},
		{"-", "Just a plain story. With <angle> brackets.", "text"},
		{"notes", "{braces} but not json lines", "text"},
	}
	for _, tt := range tests {
		if got := detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("detect(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

// TestExpand checks folder walking: lexical order, recursion, hidden files
// skipped, "-" kept, duplicates dropped, bad arguments reported while the
// good ones are returned.
func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.html", "sub/c.md", "sub/deeper/d.jsonl", ".hidden.txt", ".git/config", "sub/.cache/x.txt"} {
		writeFile(t, dir, f, []byte("x"))
	}
	single := filepath.Join(dir, "b.txt")
	missing := filepath.Join(dir, "missing.txt")
	got, err := Expand([]string{dir, "-", single, missing})
	want := []string{
		filepath.Join(dir, "a.html"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub/c.md"),
		filepath.Join(dir, "sub/deeper/d.jsonl"), "-",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Expand = %q, want %q", got, want)
	}
	var ie *dossier.InputError
	if !errors.As(err, &ie) || ie.Source != missing {
		t.Errorf("Expand error = %v, want an InputError naming %s", err, missing)
	}

	// A folder given through a symbolic link is walked too.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	got, err = Expand([]string{link})
	if err != nil || len(got) != 2 || filepath.Base(got[0]) != "c.md" || filepath.Base(got[1]) != "d.jsonl" {
		t.Errorf("Expand(symlinked folder) = %q, %v; want c.md and deeper/d.jsonl", got, err)
	}
}

// TestFolderWithBadFiles reads a folder the way the CLI does: the good files
// give documents, each bad one an error naming its path.
func TestFolderWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "1-good.txt", []byte("A good article about a bridge.\n"))
	writeFile(t, dir, "2-empty.txt", nil)
	writeFile(t, dir, "3-binary.dat", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13})
	writeFile(t, dir, "4-good.md", []byte("# Title\n\nBody text.\n"))
	writeFile(t, dir, "5-mixed.jsonl", []byte(`{"text":"fine"}`+"\n"+`{"text":1}`+"\n"))
	inputs, err := Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*dossier.Document
	var bad []string
	for _, in := range inputs {
		ds, err := File(in, DefaultOptions())
		docs = append(docs, ds...)
		if err != nil {
			var ie *dossier.InputError
			for _, e := range unjoin(err) {
				if !errors.As(e, &ie) {
					t.Fatalf("%v is not an InputError", e)
				}
				bad = append(bad, filepath.Base(ie.Source))
			}
		}
	}
	if len(docs) != 3 {
		t.Errorf("got %d documents, want 3 (two files and one JSON line)", len(docs))
	}
	if want := "2-empty.txt 3-binary.dat 5-mixed.jsonl:2"; strings.Join(bad, " ") != want {
		t.Errorf("bad inputs = %q, want %q", strings.Join(bad, " "), want)
	}
}

// TestAll reads files, a folder and stdin in one batch: good documents come
// back in order, each bad input is reported, and an error from the callback
// or a cancelled context stops the batch.
func TestAll(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("First article.\n"))
	writeFile(t, dir, "sub/b.md", []byte("# Second\n\nSecond article.\n"))
	writeFile(t, dir, "sub/c.txt", []byte("   \n"))
	stdin := strings.NewReader("Article from standard input.\n")
	docs, err := All(context.Background(), []string{a, filepath.Join(dir, "sub"), "-", filepath.Join(dir, "nope")}, stdin, DefaultOptions())
	var got []string
	for _, d := range docs {
		got = append(got, d.Source)
	}
	want := []string{a, filepath.Join(dir, "sub/b.md"), "-"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sources = %q, want %q", got, want)
	}
	errs := unjoin(err)
	if len(errs) != 2 || !strings.Contains(err.Error(), "c.txt: empty file") || !strings.Contains(err.Error(), "nope: cannot read") {
		t.Errorf("errors = %v, want the empty c.txt and the missing nope", err)
	}

	stop := errors.New("stop")
	n := 0
	err = Each(context.Background(), []string{dir}, nil, DefaultOptions(), func(*dossier.Document) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("callback error: n=%d err=%v", n, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := All(ctx, []string{a}, nil, DefaultOptions()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// checkDocs holds the invariants every successful read must keep.
func checkDocs(t *testing.T, docs []*dossier.Document, err error) {
	t.Helper()
	for _, d := range docs {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not valid UTF-8: %q", d.Text)
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatalf("document with empty text, err=%v", err)
		}
		if !strings.HasPrefix(d.ID, "doc-") || d.Format == "" || d.Source == "" {
			t.Fatalf("incomplete document %+v", d)
		}
	}
	if err == nil && len(docs) == 0 {
		t.Fatal("no documents and no error")
	}
	for _, e := range unjoin(err) {
		if e == nil {
			continue
		}
		var ie *dossier.InputError
		if !errors.As(e, &ie) {
			t.Fatalf("error %v is not an InputError", e)
		}
	}
}

func fuzzFormat(f *testing.F, format string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Reader(bytes.NewReader(data), "fuzz", Options{Format: format, MaxBytes: 1 << 20})
		checkDocs(t, docs, err)
	})
}

func FuzzText(f *testing.F) {
	fuzzFormat(f, "text", "Headline here today\n\nBody.", "\r\r\n", "\xef\xbb\xbf")
}

func FuzzMarkdown(f *testing.F) {
	fuzzFormat(f, "markdown", "---\ntitle: a\ndate: 2020-01-01\n---\n# H\n![x](y) [a](b) **c** _d_ `e`\n", "```\ncode", "> > quote\n- [ ] task", "\\*x\\*")
}

func FuzzHTML(f *testing.F) {
	fuzzFormat(f, "html", "<p>x", "<article><h1>t</h1><p>body text</p></article>", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-01-01"}]}</script><p>x</p>`, "<h1><p>a<table><td>b")
}

func FuzzJSONL(f *testing.F) {
	fuzzFormat(f, "jsonl", `{"text":"a","published":"2020-01-01"}`, "{\"text\":\"\\u0000\"}\n[]\nnull\n", `{"text":"a","id":1e99}`)
}

func BenchmarkHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/golden/html_news_page.txtar")
	if err != nil {
		b.Fatal(err)
	}
	page := bytes.Repeat(data, 20)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Reader(bytes.NewReader(page), "bench.html", DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Gulf states end boycott of Qatar\n\nSaudi Arabia and its allies agreed on Tuesday.\n", "Gulf states end boycott of Qatar"},
		{"Britain bans a militant group\nPublished: 2024-01-19\n\nBy our Home Affairs Correspondent\n\nThe ban was approved.\n", "Britain bans a militant group"},
		{"By our Home Affairs Correspondent\n\nThe ban was approved by parliament on Friday after a long debate.\n", ""},
		{"The ban was approved by parliament on Friday after a long debate that ran late into the night and ended with a vote of both houses.\n", ""},
		{"Britain bans a militant group\nThe ban was approved.\n", ""},
	}
	for _, tt := range tests {
		if got := textTitle(tt.in); got != tt.want {
			t.Errorf("textTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
