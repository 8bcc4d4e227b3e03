package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditPrefixes open lines that credit a picture, an author or an editor
// rather than tell the story.
var creditPrefixes = []string{
	"image:", "images:", "photo:", "photos:", "photograph:", "picture:", "pictures:", "foto:",
	"credit:", "credits:", "edited by", "editing by", "reporting by", "additional reporting by", "written by",
	"writing by", "compiled by", "produced by",
	"author:", "source:", "copyright", "©",
}

// creditMarks are picture agencies whose name in a line makes it a credit.
var creditMarks = []string{"picture alliance", "getty images", "/ap photo", "ap photo/", "/afp", "/reuters", "/dpa"}

// pageChrome open the short lines of a saved web page that are navigation
// or promotion, not story: "Skip next section DW's Top Story".
var pageChrome = []string{
	"skip next section", "skip to content", "skip to main content", "skip navigation", "advertisement",
	"read more", "related topics", "related content", "related articles", "most read", "most popular",
	"share this", "share on", "sign up for", "subscribe to", "follow us", "click here", "you might also like",
}

// IsCredit reports whether a sentence is a picture credit ("Image: Evan
// Vucci/AP Photo/picture alliance"), a credit line ("Reporting by ...") or a
// byline ("By Jane Doe | 8 January 2025"), or a short line of page chrome
// ("Skip next section ...", "Advertisement", "Read more"): names in it are
// not entities of the story. A byline is "By" and a capitalised word, short, without a final
// full stop, so that "By July, the group had moved." is still a sentence.
func IsCredit(sentence string) bool {
	s := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(sentence)), " :", ":")
	// Wire stories close with their credits in brackets: "(Reporting by
	// Grace Mwansa; Editing by Mark Heinrich)".
	s = strings.TrimLeft(s, "([ ")
	for _, p := range creditPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for _, m := range creditMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	if len(strings.Fields(s)) <= 10 {
		for _, p := range pageChrome {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
	}
	return isByline(strings.TrimSpace(sentence))
}

func isByline(s string) bool {
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”") {
		return false
	}
	return len(strings.Fields(s)) <= 12
}
