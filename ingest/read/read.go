// Package read turns input files into documents: plain text, Markdown, HTML
// (with boilerplate removal and the publication date from meta tags, JSON-LD
// or <time>) and JSON lines. It also expands command-line arguments (files,
// folders, "-" for standard input) into the list of inputs to read.
//
// The text a reader puts into Document.Text is what every later stage sees:
// all offsets downstream are byte offsets into it. For HTML and Markdown it is
// the extracted plain text; for plain text it is the file with a UTF-8 byte
// order mark removed and CRLF or CR line ends turned into LF.
//
// Every failure is a *dossier.InputError naming the input (the path, "-", or
// "path:line" for a JSON line) and the reason: binary data, invalid UTF-8
// (with the byte offset and line), an empty file, a file over the size limit,
// HTML without text, a JSON line that is not an object or lacks text, a date
// that is not a date.
//
// An HTML page that is not valid UTF-8 but declares a single-byte Latin
// charset (windows-1252, ISO-8859-1, -2, -15, windows-1250) is decoded from
// it; any other invalid UTF-8 is an error.
//
// Gzip-compressed input (such as corpus.jsonl.gz) is decompressed first; the
// size limit then applies to the decompressed bytes as well, and the format
// is detected from the name without ".gz".
//
// Partial results: a JSON-lines file with some bad lines yields the
// documents of the good lines AND a non-nil error joining (errors.Join) one
// InputError per bad line. Callers must use the documents even when the
// error is not nil. Expand likewise returns the inputs it found and a joined
// error of the arguments it could not use, and Each and All (a whole batch
// of command-line arguments: files, folders, "-") pass on every good
// document and return one InputError per bad input.
//
// Metadata by format. Titles: HTML takes og:title, else the JSON-LD
// headline, else the first <h1>, else <title> without the site name;
// Markdown the front matter title, else the first level-1 heading; JSON
// lines the "title" field; plain text the first of its first lines that
// reads like a headline (3 to 25 words, starting with a capital, not ending
// in ".", ",", ";" or ":", followed by a blank line; skip links and list
// items are passed over), else none. Dates (Document.Published, always the
// UTC midnight of the date as written): HTML meta tags, JSON-LD
// datePublished, <time>; Markdown front matter "date"; JSON lines
// "published"; plain text none; Options.Published overrides them all.
// Document.URL: HTML link rel=canonical or og:url, Markdown front matter
// "url", JSON lines "url".
//
// The package reads no network resources and no configuration: everything it
// needs comes in Options.
package read

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/dossier-kg/dossier"
)

// DefaultMaxBytes is the default size limit of one input: 16 MiB.
const DefaultMaxBytes = 16 << 20

// formats lists the format names Options.Format accepts, besides "" (detect).
var formats = []string{"text", "markdown", "html", "jsonl"}

// Options control how inputs are read. The zero value is usable and means
// the defaults.
type Options struct {
	// MaxBytes is the size limit per file (per stream for standard input);
	// zero or less means DefaultMaxBytes.
	MaxBytes int64
	// Published, if not zero, overrides the document's own date (the
	// --published flag). It is stored as the UTC midnight of its calendar
	// date, like every date this package reads.
	Published time.Time
	// Format is "", "text", "markdown", "html" or "jsonl". The empty string
	// picks the format by file extension, then by sniffing the content.
	Format string
}

// DefaultOptions returns the default options: a 16 MiB size limit, no date
// override and format detection.
func DefaultOptions() Options {
	return Options{MaxBytes: DefaultMaxBytes}
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// File reads one file; a JSON-lines file yields one document per line. The
// document ID is derived from the document's URL if it has one, else from
// the absolute path (plus "#N" or "#id" for a JSON line), so re-reading the
// same file gives the same IDs.
//
// For JSON lines, File returns the documents of the good lines together
// with a joined error of the bad ones (see the package documentation).
func File(path string, opts Options) ([]*dossier.Document, error) {
	if err := checkFormat(path, opts.Format); err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, &dossier.InputError{Source: path, Reason: "cannot read file", Err: err}
	}
	if st.IsDir() {
		return nil, &dossier.InputError{Source: path, Reason: "is a directory (use Expand to list its files)"}
	}
	limit := opts.maxBytes()
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, tooBig(path, st.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &dossier.InputError{Source: path, Reason: "cannot read file", Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &dossier.InputError{Source: path, Reason: "cannot read file", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, tooBig(path, int64(len(data)), limit)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return decode(data, input{source: path, key: abs, name: path}, opts)
}

// Reader reads a stream the same way File reads a file, reading at most
// Options.MaxBytes+1 bytes. source names the stream in documents and errors
// ("-" for standard input). The document ID comes from the document's URL if
// it has one; otherwise, for "-" or an empty source, from the SHA-256 of the
// content (of the line, for JSON lines), and for any other source from the
// source string itself (plus "#N" or "#id" for a JSON line). The format is
// detected from source's extension, then from the content.
func Reader(r io.Reader, source string, opts Options) ([]*dossier.Document, error) {
	if source == "" {
		source = "-"
	}
	if err := checkFormat(source, opts.Format); err != nil {
		return nil, err
	}
	limit := opts.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &dossier.InputError{Source: source, Reason: "cannot read input", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, &dossier.InputError{Source: source, Reason: fmt.Sprintf("input is over the size limit of %d bytes", limit)}
	}
	in := input{source: source, key: source, name: source}
	if source == "-" {
		in.key, in.name = "", ""
	}
	return decode(data, in, opts)
}

// Expand turns command-line arguments into the list of inputs to read:
// a file stays as given, a folder is walked recursively in lexical order
// (hidden files and folders, whose names start with ".", are skipped) and
// "-" stands for standard input. Each path appears once. The error joins
// one *dossier.InputError per argument or folder entry that cannot be used;
// the inputs found are returned even when it is not nil.
func Expand(args []string) ([]string, error) {
	var out []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		if arg == "" {
			errs = append(errs, &dossier.InputError{Source: `""`, Reason: "empty path"})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, &dossier.InputError{Source: arg, Reason: "cannot read", Err: err})
			continue
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		root := arg
		if lst, err := os.Lstat(arg); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a symbolic link at the root; a
			// trailing separator makes it resolve the link.
			root = arg + string(filepath.Separator)
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &dossier.InputError{Source: p, Reason: "cannot read", Err: err})
				if d != nil && d.IsDir() && p != root {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(p)
				if err != nil {
					errs = append(errs, &dossier.InputError{Source: p, Reason: "broken symbolic link", Err: err})
					return nil
				}
				if st.IsDir() {
					return nil // not followed: avoids cycles
				}
			} else if !d.Type().IsRegular() {
				return nil // sockets, devices, pipes
			}
			add(p)
			return nil
		})
		if err != nil {
			errs = append(errs, &dossier.InputError{Source: arg, Reason: "cannot walk folder", Err: err})
		}
	}
	return out, errors.Join(errs...)
}

// ParseFormat checks a format name for Options.Format and returns it in its
// canonical spelling ("md" gives "markdown", "txt" "text", "htm" "html",
// "ndjson" "jsonl").
func ParseFormat(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "text", "txt", "plain":
		return "text", nil
	case "markdown", "md":
		return "markdown", nil
	case "html", "htm", "xhtml":
		return "html", nil
	case "jsonl", "ndjson", "json-lines", "jsonlines":
		return "jsonl", nil
	}
	return "", fmt.Errorf("unknown format %q (want one of %s)", s, strings.Join(formats, ", "))
}

func checkFormat(source, format string) error {
	if _, err := ParseFormat(format); err != nil {
		return &dossier.InputError{Source: source, Reason: "bad format option", Err: err}
	}
	return nil
}

func tooBig(path string, size, limit int64) error {
	return &dossier.InputError{Source: path, Reason: fmt.Sprintf("file is %d bytes, over the size limit of %d bytes", size, limit)}
}

// input describes where the bytes came from.
type input struct {
	source string // Document.Source and error prefix
	key    string // ID key: absolute path or source name; "" = content hash
	name   string // file name used for extension-based detection
}

// idKey returns the key a document's ID is derived from.
func (in input) idKey(url, suffix string, content []byte) string {
	if url != "" {
		return url
	}
	if in.key == "" {
		sum := sha256.Sum256(content)
		return "sha256:" + hex.EncodeToString(sum[:])
	}
	return in.key + suffix
}

// decode validates raw bytes and dispatches to the format reader.
func decode(data []byte, in input, opts Options) ([]*dossier.Document, error) {
	format, _ := ParseFormat(opts.Format)
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		var err error
		if data, err = gunzip(data, opts.maxBytes()); err != nil {
			return nil, &dossier.InputError{Source: in.source, Reason: err.Error()}
		}
		in.name = strings.TrimSuffix(strings.TrimSuffix(in.name, ".gz"), ".GZ")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if err := checkBinary(data); err != nil {
		return nil, &dossier.InputError{Source: in.source, Reason: err.Error()}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &dossier.InputError{Source: in.source, Reason: "empty file (no text)"}
	}
	if format == "" {
		format = detect(in.name, data)
	}
	if format != "jsonl" {
		// JSON lines are checked line by line so that one bad line does
		// not lose the others.
		if err := checkUTF8(data, 0, 1); err != nil {
			reason := err.Error()
			cs := ""
			if format == "html" {
				cs = declaredCharset(data)
			}
			if dec := latinDecoder(cs); dec != nil {
				// A page in a declared single-byte Latin charset is not
				// broken: decode it.
				out, derr := dec.Bytes(data)
				if derr != nil {
					return nil, &dossier.InputError{Source: in.source, Reason: "cannot decode charset " + cs, Err: derr}
				}
				data = out
			} else {
				if cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
					reason += fmt.Sprintf("; the page declares charset %q: convert it to UTF-8 first", cs)
				}
				return nil, &dossier.InputError{Source: in.source, Reason: reason}
			}
		}
	}
	published := dateOnly(opts.Published)
	var docs []*dossier.Document
	var err error
	switch format {
	case "jsonl":
		docs, err = readJSONL(data, in)
	case "html":
		var d *dossier.Document
		d, err = readHTML(data, in)
		if d != nil {
			docs = []*dossier.Document{d}
		}
	case "markdown":
		var d *dossier.Document
		d, err = readMarkdown(data, in)
		if d != nil {
			docs = []*dossier.Document{d}
		}
	default:
		var d *dossier.Document
		d, err = readText(data, in)
		if d != nil {
			docs = []*dossier.Document{d}
		}
	}
	if !published.IsZero() {
		for _, d := range docs {
			d.Published = published
		}
	}
	return docs, err
}

// gunzip decompresses gzip data, refusing more than limit bytes of output.
func gunzip(data []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %v", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %v", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("decompressed size is over the size limit of %d bytes", limit)
	}
	return out, nil
}

// latinDecoder returns a decoder for the single-byte Latin charsets saved
// web pages declare, or nil.
func latinDecoder(charset string) *encoding.Decoder {
	switch strings.ToLower(charset) {
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii":
		// WHATWG maps all of these labels to windows-1252.
		return charmap.Windows1252.NewDecoder()
	case "iso-8859-15", "iso8859-15", "latin9", "latin-9":
		return charmap.ISO8859_15.NewDecoder()
	case "iso-8859-2", "iso8859-2", "latin2", "latin-2":
		return charmap.ISO8859_2.NewDecoder()
	case "windows-1250", "cp1250":
		return charmap.Windows1250.NewDecoder()
	}
	return nil
}

// detect picks a format from the file extension, then from the content.
func detect(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return "text"
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return sniff(data)
}

// sniff guesses the format of content without a telling extension.
func sniff(data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(trimmed)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		(bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<p>")) ||
			bytes.Contains(lower, []byte("<div")) || bytes.Contains(lower, []byte("<head")) || bytes.Contains(lower, []byte("<article")))) {
		return "html"
	}
	if bytes.HasPrefix(trimmed, []byte("{")) {
		line, _, _ := bytes.Cut(trimmed, []byte("\n"))
		line = bytes.TrimSpace(line)
		if bytes.HasSuffix(line, []byte("}")) && bytes.Contains(line, []byte(`"text"`)) {
			return "jsonl"
		}
	}
	if bytes.HasPrefix(trimmed, []byte("---\n")) || bytes.HasPrefix(trimmed, []byte("---\r\n")) {
		return "markdown"
	}
	for _, line := range bytes.Split(head, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if bytes.HasPrefix(line, []byte("# ")) || bytes.HasPrefix(line, []byte("## ")) || bytes.HasPrefix(line, []byte("```")) {
			return "markdown"
		}
	}
	return "text"
}

// checkBinary rejects data that is not text: NUL bytes (also UTF-16) or a
// high share of control characters.
func checkBinary(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return errors.New("UTF-16 text (byte order mark found): convert it to UTF-8")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary data (NUL byte at offset %d)", i)
	}
	ctrl := 0
	for _, c := range data {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f {
			ctrl++
		}
	}
	if ctrl >= 4 && ctrl*20 > len(data) {
		return fmt.Errorf("binary data (%d control characters in %d bytes)", ctrl, len(data))
	}
	return nil
}

// checkUTF8 reports the first invalid UTF-8 sequence with its byte offset
// (base plus the offset in data) and line (firstLine plus the newlines
// before it).
func checkUTF8(data []byte, base, firstLine int) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			line := firstLine + bytes.Count(data[:i], []byte("\n"))
			col := i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1
			return fmt.Errorf("invalid UTF-8 at byte %d (line %d, column %d): byte 0x%02x", base+i, line, col, data[i])
		}
		i += n
	}
	return nil
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// dateOnly returns the UTC midnight of t's calendar date (in t's own
// location), or the zero time.
func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
