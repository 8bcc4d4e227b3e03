package read

import (
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
)

// readText reads plain text: the text is kept as is, apart from the byte
// order mark (already gone) and line ends made LF.
func readText(data []byte, in input) (*dossier.Document, error) {
	text := normalizeNewlines(string(data))
	return &dossier.Document{
		ID:     dossier.DocumentID(in.idKey("", "", data)),
		Title:  textTitle(text),
		Source: in.source,
		Format: "text",
		Text:   text,
	}, nil
}

// textTitle returns the headline of a plain-text article, or "". It looks at
// the first few non-blank lines and takes the first one that reads like a
// headline: 3 to 25 words, at most 200 bytes, not a list item, a byline or
// a "skip to" link, not ending like a sentence part (".", ",", ";", ":"), and
// followed by a blank line, a date or byline line, or the end of the text. It stops at the first line that
// reads like body text (ending in "." with more than 25 words), so a text
// that starts with a paragraph has no title.
func textTitle(text string) string {
	lines := strings.Split(text, "\n")
	seen := 0
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		seen++
		if seen > 6 {
			break
		}
		words := strings.Fields(line)
		if strings.HasSuffix(line, ".") && len(words) > 25 {
			break
		}
		if len(words) < 3 || len(words) > 25 || len(line) > 200 || listItem(line) {
			continue
		}
		if l := strings.ToLower(line); strings.HasPrefix(l, "skip to") || strings.HasPrefix(l, "jump to") {
			continue
		}
		if strings.ContainsAny(line[len(line)-1:], ".,;:") {
			continue
		}
		if !startsUpperOrDigit(line) || strings.HasPrefix(line, "By ") {
			continue // a byline is no headline
		}
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !metaLine(lines[i+1]) {
			continue
		}
		return strings.Join(words, " ")
	}
	return ""
}

// metaLine reports whether a line under a headline gives the article's
// date or author ("Published: 2024-01-19", "By Jane Doe"), which may follow
// the headline without a blank line.
func metaLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range []string{"published", "updated", "posted", "last updated", "by ", "date:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// listItem reports whether a line starts with a list marker ("1.", "-", "*").
func listItem(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "+ ") {
		return true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

func startsUpperOrDigit(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '\u201c' || r == '\u2018'
	}
	return false
}
