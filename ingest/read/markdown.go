package read

import (
	"html"
	"regexp"
	"strings"

	"github.com/dossier-kg/dossier"
)

// readMarkdown strips Markdown to plain text: headings, emphasis, links (to
// their text), images (to their alt text, on a line of its own), lists,
// block quotes and tables lose their markup; fenced and indented code is
// kept as text; YAML front matter is not text, but its title and date are
// used as metadata. The title is the front matter's title, else the first
// level-1 heading.
func readMarkdown(data []byte, in input) (*dossier.Document, error) {
	src := normalizeNewlines(string(data))
	meta, body := frontMatter(src)
	d := &dossier.Document{
		ID:     "",
		Source: in.source,
		Format: "markdown",
	}
	d.Title = meta["title"]
	for _, k := range []string{"date", "published", "pubdate", "publishdate", "published_at", "created"} {
		if v := meta[k]; v != "" {
			t, err := ParseDate(v)
			if err != nil {
				return nil, &dossier.InputError{Source: in.source, Reason: "front matter " + k, Err: err}
			}
			d.Published = t
			break
		}
	}
	url := meta["url"]
	if url == "" {
		url = meta["canonical_url"]
	}
	d.URL = url

	text, h1 := markdownText(body)
	if d.Title == "" {
		d.Title = h1
	}
	if strings.TrimSpace(text) == "" {
		return nil, &dossier.InputError{Source: in.source, Reason: "Markdown without text"}
	}
	d.Text = text
	d.ID = dossier.DocumentID(in.idKey(d.URL, "", data))
	return d, nil
}

// frontMatter splits YAML front matter ("---" lines around "key: value"
// lines) from the body and returns its flat string keys, lower-cased.
func frontMatter(src string) (map[string]string, string) {
	meta := map[string]string{}
	if !strings.HasPrefix(src, "---\n") {
		return meta, src
	}
	rest := src[4:]
	end := -1
	var after string
	for off := 0; off <= len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if nl >= 0 {
			line = rest[off : off+nl]
			next = off + nl + 1
		}
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			end = off
			after = rest[next:]
			break
		}
		if nl < 0 {
			break
		}
		off = next
	}
	if end < 0 {
		return meta, src // no closing line: not front matter
	}
	for _, line := range strings.Split(rest[:end], "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, `"`) && !strings.HasPrefix(v, "'") {
			v = strings.TrimSpace(v[:i])
		}
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		meta[k] = v
	}
	return meta, after
}

var (
	mdATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	mdFence     = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	mdListItem  = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?`)
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+`)
	mdTableRule = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]+)>`)
	mdHTMLTag   = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdCode      = regexp.MustCompile("`+([^`]+)`+")
	mdStrong    = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
	mdEm        = regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*|(^|[^\w])_([^_\s](?:[^_\n]*[^_\s])?)_($|[^\w])`)
	mdStrike    = regexp.MustCompile(`~~([^~\n]+)~~`)
	mdEscape    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])")
)

// markdownText converts a Markdown body to plain text, one block per
// paragraph, and returns the first level-1 heading.
func markdownText(body string) (string, string) {
	var out []string
	var h1 string
	lines := strings.Split(body, "\n")
	fence := ""
	comment := false
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t")
		if fence == "" {
			// HTML comments ("<!-- draft note -->"), also over several
			// lines, are not text.
			line, comment = stripComments(line, comment)
		}
		if fence != "" {
			if m := mdFence.FindStringSubmatch(line); m != nil && strings.HasPrefix(strings.TrimSpace(line), fence) {
				fence = ""
				out = append(out, "")
				continue
			}
			out = append(out, lines[i])
			continue
		}
		if m := mdFence.FindStringSubmatch(line); m != nil {
			fence = m[1][:3]
			out = append(out, "")
			continue
		}
		// Strip block-quote markers.
		for {
			t := strings.TrimLeft(line, " ")
			if !strings.HasPrefix(t, ">") {
				break
			}
			line = strings.TrimPrefix(t[1:], " ")
		}
		switch {
		case strings.TrimSpace(line) == "":
			out = append(out, "")
			continue
		case mdRefDef.MatchString(line):
			continue
		case mdTableRule.MatchString(line) && strings.Contains(line, "|"):
			continue
		case mdRule.MatchString(line):
			out = append(out, "")
			continue
		}
		// A setext underline turns the previous line into a heading.
		if mdSetext.MatchString(line) && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			if strings.HasPrefix(strings.TrimSpace(line), "=") && h1 == "" {
				h1 = strings.TrimSpace(out[len(out)-1])
			}
			out = append(out, "")
			continue
		}
		if m := mdATX.FindStringSubmatch(line); m != nil {
			text := mdInline(m[2])
			if m[1] == "#" && h1 == "" {
				h1 = strings.Join(strings.Fields(text), " ")
			}
			out = append(out, "", text, "")
			continue
		}
		if mdListItem.MatchString(line) {
			line = mdListItem.ReplaceAllString(line, "")
		} else if strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t") {
			// Indented code or a continuation line: keep the text.
			line = strings.TrimLeft(line, " \t")
		}
		if strings.Contains(line, "|") && strings.Count(line, "|") >= 2 {
			cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
			for j := range cells {
				cells[j] = strings.TrimSpace(cells[j])
			}
			line = strings.Join(cells, "\t")
		}
		// Images: alt text on a line of its own.
		if mdImage.MatchString(line) {
			parts := splitImages(line)
			for _, p := range parts {
				out = append(out, "", mdInline(p), "")
			}
			continue
		}
		out = append(out, mdInline(line))
	}
	return joinBlocks(out), strings.TrimSpace(mdInline(h1))
}

// stripComments removes HTML comments from a line; open says whether a
// comment is open at its start, and the result whether one is open at
// its end.
func stripComments(line string, open bool) (string, bool) {
	var b strings.Builder
	for line != "" {
		if open {
			end := strings.Index(line, "-->")
			if end < 0 {
				return b.String(), true
			}
			line = line[end+3:]
			open = false
			continue
		}
		start := strings.Index(line, "<!--")
		if start < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:start])
		line = line[start+4:]
		open = true
	}
	return b.String(), open
}

// splitImages returns the text around and the alt texts of the images on a
// line, in order, dropping empty pieces.
func splitImages(line string) []string {
	var parts []string
	last := 0
	for _, m := range mdImage.FindAllStringSubmatchIndex(line, -1) {
		if s := strings.TrimSpace(line[last:m[0]]); s != "" {
			parts = append(parts, s)
		}
		alt := ""
		if m[2] >= 0 {
			alt = line[m[2]:m[3]]
		} else if m[4] >= 0 {
			alt = line[m[4]:m[5]]
		}
		if s := strings.TrimSpace(alt); s != "" {
			parts = append(parts, s)
		}
		last = m[1]
	}
	if s := strings.TrimSpace(line[last:]); s != "" {
		parts = append(parts, s)
	}
	return parts
}

// mdInline strips inline markup from one line.
func mdInline(s string) string {
	// Escaped characters are hidden from the markup rules as private-use
	// runes and restored at the end.
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xF0000 + int(m[1]))) })
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1$2")
	s = mdHTMLTag.ReplaceAllString(s, "")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$1$2")
	s = mdEm.ReplaceAllString(s, "$1$2$3$4$5")
	s = mdStrike.ReplaceAllString(s, "$1")
	s = strings.Map(func(r rune) rune {
		if r >= 0xF0000 && r < 0xF0080 {
			return r - 0xF0000
		}
		return r
	}, s)
	s = html.UnescapeString(s)
	return strings.TrimRight(s, " \t")
}

// joinBlocks joins lines, trimming leading and trailing blank lines and
// collapsing runs of blank lines into one.
func joinBlocks(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
