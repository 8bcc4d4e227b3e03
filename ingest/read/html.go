package read

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dossier-kg/dossier"
)

// readHTML extracts the article text and metadata of a (saved) web page.
//
// Metadata: the title is og:title, else JSON-LD headline, else the first
// <h1> of the content, else <title> (its longest part between " | " or
// " - " separators, which drops the site name). The publication date comes
// from the first of: meta article:published_time and its kin
// (og:published_time, datePublished, date, pubdate, DC.date.issued,
// parsely-pub-date...), JSON-LD datePublished (arrays and @graph included,
// article types preferred), a <time> marked pubdate or datePublished, the
// first <time datetime> of the content. The URL is link rel=canonical, else
// og:url.
//
// Text: boilerplate is removed (script, style, nav, header outside the
// article, footer, aside, forms, buttons, iframes, svg, hidden elements,
// "skip to" links, and elements whose class or id names a menu, cookie or
// consent banner, share, social, related, newsletter, promo, ad or comment
// block). The content is the <article> holding the densest paragraphs, else
// the <main> holding them, else the densest block and its rich siblings (a
// simple paragraph-length score with link text discounted). Headings,
// paragraphs, list items and figure captions each become a paragraph of
// their own, separated by blank lines; <br> is a line break; entities are
// decoded and white space collapsed (except in <pre>).
func readHTML(data []byte, in input) (*dossier.Document, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The parser refuses pathological nesting (over 512 open
		// elements); a flat pass over the tokens still gets the text.
		title, text := flatHTML(data)
		if strings.TrimSpace(text) == "" {
			return nil, &dossier.InputError{Source: in.source, Reason: "HTML without text", Err: err}
		}
		return &dossier.Document{
			ID:     dossier.DocumentID(in.idKey("", "", data)),
			Title:  cleanTitle(title),
			Source: in.source,
			Format: "html",
			Text:   text,
		}, nil
	}
	meta := htmlMeta(root)
	clean(root, true)
	st := computeStats(root)
	content := pickContent(root, st)
	pruneLinkBlocks(content, st)
	text := renderBlocks(content)
	if strings.TrimSpace(text) == "" {
		// The class heuristics may have eaten an odd page whole: retry
		// with tag rules only before giving up.
		root, _ = html.Parse(bytes.NewReader(data))
		clean(root, false)
		content = pickContent(root, computeStats(root))
		text = renderBlocks(content)
	}
	if strings.TrimSpace(text) == "" {
		return nil, &dossier.InputError{Source: in.source, Reason: "HTML without text"}
	}
	d := &dossier.Document{
		Source: in.source,
		Format: "html",
		URL:    meta.url,
	}
	h1, h1Node := headline(root)
	switch {
	case meta.ogTitle != "":
		d.Title = meta.ogTitle
	case meta.ldHeadline != "":
		d.Title = meta.ldHeadline
	case h1 != "":
		d.Title = h1
	default:
		d.Title = cleanTitle(meta.title)
	}
	// A headline before the chosen block (in a page header) is put back
	// in front, so that the text starts with the headline; one after it
	// (in a sidebar) is not the article's.
	if h1 != "" && !strings.Contains(text, h1) && precedes(root, h1Node, content[0]) {
		text = h1 + "\n\n" + text
	}
	d.Text = text
	d.Published = meta.published
	if d.Published.IsZero() {
		if t := firstTime(content); !t.IsZero() {
			d.Published = t
		}
	}
	d.ID = dossier.DocumentID(in.idKey(d.URL, "", data))
	return d, nil
}

// pageMeta is what the head and JSON-LD of a page say about it.
type pageMeta struct {
	title, ogTitle, ldHeadline, url string
	published                       time.Time
}

// publishedMeta lists the meta names and properties that carry the
// publication date, best first.
var publishedMeta = []string{
	"article:published_time", "og:published_time", "og:article:published_time", "published_time",
	"datepublished", "article.published", "publish-date", "publish_date", "publishdate", "pubdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
	"dc.date.created", "dc.date", "dcterms.date", "date", "citation_publication_date", "citation_date",
	"article_date_original", "original-publish-date", "release_date", "displaydate",
}

// htmlMeta collects the title, canonical URL and publication date.
func htmlMeta(root *html.Node) pageMeta {
	var m pageMeta
	dates := map[string]string{}
	var ldDates []ldDate
	var timePub string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = collapse(textOf(n))
			}
		case atom.Meta:
			key := strings.ToLower(firstAttr(n, "property", "name", "itemprop", "http-equiv"))
			content := strings.TrimSpace(attr(n, "content"))
			if key == "" || content == "" {
				break
			}
			if key == "og:title" && m.ogTitle == "" {
				m.ogTitle = collapse(content)
			}
			if key == "og:url" && m.url == "" {
				m.url = content
			}
			if _, ok := dates[key]; !ok {
				dates[key] = content
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				if h := strings.TrimSpace(attr(n, "href")); h != "" {
					m.url = h
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				hl, ds := jsonLD(textOf(n))
				if m.ldHeadline == "" {
					m.ldHeadline = hl
				}
				ldDates = append(ldDates, ds...)
			}
			return false
		case atom.Time:
			if timePub == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datepublished")) {
				timePub = firstAttr(n, "datetime", "content")
				if timePub == "" {
					timePub = collapse(textOf(n))
				}
			}
		default:
			if strings.EqualFold(attr(n, "itemprop"), "datepublished") {
				if v := firstAttr(n, "content", "datetime"); v != "" {
					if _, ok := dates["datepublished"]; !ok {
						dates["datepublished"] = v
					}
				}
			}
		}
		return true
	})
	try := func(s string) bool {
		if t, err := ParseDate(s); err == nil {
			m.published = t
			return true
		}
		return false
	}
	// Article meta first, then JSON-LD on articles, then other metas.
	for _, k := range publishedMeta[:4] {
		if v, ok := dates[k]; ok && try(v) {
			return m
		}
	}
	for _, pass := range []bool{true, false} {
		for _, d := range ldDates {
			if d.article == pass && try(d.value) {
				return m
			}
		}
	}
	for _, k := range publishedMeta[4:] {
		if v, ok := dates[k]; ok && try(v) {
			return m
		}
	}
	if timePub != "" {
		try(timePub)
	}
	return m
}

// ldDate is a datePublished found in JSON-LD, and whether its object is an
// article type.
type ldDate struct {
	value   string
	article bool
}

// jsonLD reads the headline and datePublished values of a JSON-LD block,
// walking arrays and @graph. Invalid JSON gives nothing.
func jsonLD(src string) (string, []ldDate) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return "", nil
	}
	var headline string
	var dates []ldDate
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 20 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			article := isArticleType(x["@type"])
			if s, ok := x["datePublished"].(string); ok && s != "" {
				dates = append(dates, ldDate{value: s, article: article})
			}
			if s, ok := x["headline"].(string); ok && article && headline == "" {
				headline = collapse(s)
			}
			// Fixed order, for a deterministic result. Lists of other
			// articles (itemListElement) are not this page's.
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if e, ok := x[k]; ok {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
	return headline, dates
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || x == "BlogPosting" || x == "Report" || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// dropTags are elements that never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Button: true, atom.Svg: true, atom.Iframe: true,
	atom.Template: true, atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Menu: true,
	atom.Dialog: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Head: true, atom.Link: true, atom.Meta: true, atom.Math: true,
	atom.Label: true, atom.Option: true, atom.Frameset: true, atom.Frame: true,
}

// dropRoles are ARIA roles of page chrome.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true,
	"menu": true, "menubar": true, "dialog": true, "alertdialog": true, "toolbar": true, "tablist": true,
}

// dropWords are words of class and id values (split at spaces, "-" and
// "_", lower-cased) that mark boilerplate blocks.
var dropWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "share": true, "sharing": true,
	"shares": true, "social": true, "related": true, "newsletter": true, "newsletters": true,
	"subscribe": true, "subscription": true, "signup": true, "promo": true, "promotion": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "adslot": true, "sponsored": true,
	"sponsor": true, "breadcrumb": true, "breadcrumbs": true, "menu": true, "nav": true, "navbar": true,
	"navigation": true, "sidebar": true, "footer": true, "comments": true, "comment": true,
	"popup": true, "modal": true, "overlay": true, "recommended": true, "recommendations": true,
	"trending": true, "popular": true, "outbrain": true, "taboola": true, "toolbar": true,
	"masthead": true, "skip": true, "skiplink": true, "widget": true, "paywall": true, "banner": true,
}

// dropClasses are whole class tokens of visually hidden helper text.
var dropClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
	"screenreader-only": true, "a11y-hidden": true, "hidden": true, "is-hidden": true, "d-none": true,
}

// siteHeaders are class and id tokens of page headers built from divs.
var siteHeaders = map[string]bool{
	"header": true, "site-header": true, "siteheader": true, "page-header": true, "global-header": true,
	"top-bar": true, "topbar": true, "site_header": true,
}

var classSplit = regexp.MustCompile(`[\s_-]+`)

// tagBoilerplate reports whether an element is page chrome by its tag,
// role or visibility. inArticle says whether it lies inside an <article>
// or <main>, where <header> holds the headline and is kept.
func tagBoilerplate(n *html.Node, inArticle bool) bool {
	if dropTags[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	case atom.Header:
		if !inArticle {
			return true
		}
	case atom.A:
		if h := attr(n, "href"); strings.HasPrefix(h, "#") {
			t := strings.ToLower(collapse(textOf(n)))
			if strings.HasPrefix(t, "skip to") || strings.HasPrefix(t, "jump to") || strings.HasPrefix(t, "skip navigation") {
				return true
			}
		}
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", "")); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	return dropRoles[strings.ToLower(attr(n, "role"))]
}

// classBoilerplate reports whether an element's class or id names page
// chrome: a word of dropWords, a token of dropClasses, or, outside the
// article, a site header.
func classBoilerplate(n *html.Node, inArticle bool) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	}
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, tok := range strings.Fields(strings.ToLower(v)) {
			if dropClasses[tok] || !inArticle && siteHeaders[tok] {
				return true
			}
			for _, w := range classSplit.Split(tok, -1) {
				if dropWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// clean removes comments and boilerplate from the tree: first by tag, role
// and visibility, then (if useClasses) by class and id words. A
// class-matched element is kept when it holds the page's <article> or
// <main>, or 40% or more of the remaining text: a wrapper with an unlucky
// class ("has-nav", "ad-free") must not take the story with it.
func clean(root *html.Node, useClasses bool) {
	var tags func(n *html.Node, inArticle bool)
	tags = func(n *html.Node, inArticle bool) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch c.Type {
			case html.CommentNode, html.DoctypeNode:
				n.RemoveChild(c)
			case html.ElementNode:
				if tagBoilerplate(c, inArticle) {
					n.RemoveChild(c)
				} else {
					tags(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
				}
			}
			c = next
		}
	}
	tags(root, false)
	if !useClasses {
		return
	}
	st := computeStats(root)
	total := 0
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		total += st.length(c)
	}
	var classes func(n *html.Node, inArticle bool)
	classes = func(n *html.Node, inArticle bool) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if classBoilerplate(c, inArticle) && st.length(c)*10 < total*4 &&
					find(c, atom.Article) == nil && find(c, atom.Main) == nil {
					n.RemoveChild(c)
				} else {
					classes(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
				}
			}
			c = next
		}
	}
	classes(root, false)
}

// pickContent chooses the element holding the article text: the innermost
// <article> (else <main>) around the densest block, else the densest block
// with its rich siblings, else the largest <article>, <main> or the body.
func pickContent(root *html.Node, st textStats) []*html.Node {
	scores := map[*html.Node]float64{}
	pos := map[*html.Node]int{}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		pos[n] = len(pos)
		if n.DataAtom != atom.P && n.DataAtom != atom.Pre && n.DataAtom != atom.Blockquote && n.DataAtom != atom.Td {
			// Bare text directly in a div counts as a paragraph too.
			if n.DataAtom == atom.Div {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						if l := len(strings.TrimSpace(c.Data)); l >= 25 {
							scores[n] += float64(l)
						}
					}
				}
			}
			return true
		}
		t := st.length(n)
		if t < 25 {
			return true
		}
		score := float64(t) * (1 - st.density(n))
		if p := n.Parent; p != nil {
			scores[p] += score
			if g := p.Parent; g != nil {
				scores[g] += score / 2
			}
		}
		return false
	})
	var best *html.Node
	for n, s := range scores {
		if n.DataAtom == atom.Html || n.Type != html.ElementNode {
			continue
		}
		if best == nil || s > scores[best] || s == scores[best] && pos[n] < pos[best] {
			best = n
		}
	}
	if best != nil {
		for _, a := range []atom.Atom{atom.Article, atom.Main} {
			for p := best; p != nil; p = p.Parent {
				if p.DataAtom == a {
					return []*html.Node{p}
				}
			}
		}
		// The densest block and its siblings that score at least a fifth
		// of it (articles split over several blocks).
		if best.Parent != nil && best.DataAtom != atom.Body {
			var out []*html.Node
			for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
				if c == best || scores[c] >= scores[best]/5 && scores[c] > 0 {
					out = append(out, c)
				}
			}
			return out
		}
		return []*html.Node{best}
	}
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		var top *html.Node
		topLen := 0
		walk(root, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == a {
				if l := st.length(n); l > topLen {
					top, topLen = n, l
				}
			}
			return true
		})
		if top != nil {
			return []*html.Node{top}
		}
	}
	if body := find(root, atom.Body); body != nil {
		return []*html.Node{body}
	}
	return []*html.Node{root}
}

// textStats holds, for every element of a tree, the length of its text
// (white space collapsed per text node) and the part of it inside links,
// computed in one pass so that scoring nested blocks stays linear.
type textStats map[*html.Node][2]int

func computeStats(root *html.Node) textStats {
	st := textStats{}
	var visit func(n *html.Node, inLink bool) (int, int)
	visit = func(n *html.Node, inLink bool) (int, int) {
		if n.Type == html.TextNode {
			l := len(collapse(n.Data))
			if inLink {
				return l, l
			}
			return l, 0
		}
		link := inLink || n.Type == html.ElementNode && n.DataAtom == atom.A
		total, links := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, l := visit(c, link)
			total += t
			links += l
		}
		if n.Type == html.ElementNode {
			st[n] = [2]int{total, links}
		}
		return total, links
	}
	visit(root, false)
	return st
}

// length returns the text length of an element.
func (st textStats) length(n *html.Node) int { return st[n][0] }

// density returns the share of an element's text inside links.
func (st textStats) density(n *html.Node) float64 {
	v := st[n]
	if v[0] == 0 {
		return 0
	}
	return float64(v[1]) / float64(v[0])
}

// pruneLinkBlocks removes, inside the chosen content, lists and blocks that
// are mostly link text ("Read more" lists, tag clouds, teasers that escaped
// the class rules): more than half of their text inside links.
func pruneLinkBlocks(nodes []*html.Node, st textStats) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.Table, atom.Nav, atom.P:
					if st.length(c) > 0 && st.density(c) > 0.5 {
						n.RemoveChild(c)
						c = next
						continue
					}
				}
				visit(c)
			}
			c = next
		}
	}
	for _, n := range nodes {
		visit(n)
	}
}

// blockTags start and end a paragraph of their own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Address: true, atom.Hr: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
	atom.Center: true, atom.Body: true, atom.Html: true, atom.Picture: false, atom.Hgroup: true,
	atom.Fieldset: true, atom.Legend: true,
}

// blockWriter accumulates paragraphs.
type blockWriter struct {
	paras []string
	cur   strings.Builder
	space bool // a space is pending before the next word
}

func (w *blockWriter) text(s string, pre bool) {
	if pre {
		if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
			w.cur.WriteByte('\n')
		}
		w.cur.WriteString(strings.Trim(s, "\n"))
		w.space = false
		return
	}
	for _, r := range s {
		r = normRune(r)
		switch {
		case r < 0:
			continue
		case unicode.IsSpace(r):
			w.space = true
		default:
			if w.space && w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
				w.cur.WriteByte(' ')
			}
			w.space = false
			w.cur.WriteRune(r)
		}
	}
}

// glues reports whether writing n next would join its first word to the
// last word written, with no space between.
func (w *blockWriter) glues(n *html.Node) bool {
	cur := w.cur.String()
	if w.space || cur == "" || strings.HasSuffix(cur, "\n") {
		return false
	}
	t := textOf(n)
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && !unicode.IsSpace(r)
}

func (w *blockWriter) lineBreak() {
	if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte('\n')
	}
	w.space = false
}

func (w *blockWriter) flush() {
	s := strings.TrimSpace(w.cur.String())
	if s != "" {
		w.paras = append(w.paras, s)
	}
	w.cur.Reset()
	w.space = false
}

// normRune maps characters of web text: no-break and other spaces to a
// space; soft hyphens, zero-width characters and controls are dropped (-1).
func normRune(r rune) rune {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return -1
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	case utf8.RuneError:
		return r
	}
	if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
		return -1
	}
	return r
}

// renderBlocks renders elements as paragraphs separated by blank lines.
func renderBlocks(nodes []*html.Node) string {
	w := &blockWriter{}
	var visit func(n *html.Node, pre bool)
	visit = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			w.text(n.Data, pre)
			return
		case html.ElementNode, html.DocumentNode:
		default:
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.lineBreak()
			return
		case atom.Img:
			return
		case atom.Td, atom.Th:
			if n.PrevSibling != nil {
				w.space = true
			}
		}
		block := blockTags[n.DataAtom]
		if block {
			w.flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			// In a caption, parts in separate elements that touch
			// ("Protesters in Tirana<span>Image: J. Doe/AP</span>") are
			// separate lines, not one glued word.
			if n.DataAtom == atom.Figcaption && c.PrevSibling != nil &&
				(c.Type == html.ElementNode || c.PrevSibling.Type == html.ElementNode) && w.glues(c) {
				w.lineBreak()
			}
			visit(c, pre || n.DataAtom == atom.Pre)
		}
		if block {
			w.flush()
		}
	}
	for _, n := range nodes {
		visit(n, false)
		w.flush()
	}
	return strings.Join(w.paras, "\n\n")
}

// flatHTML extracts the <title> and the text of a page from its token
// stream, without building a tree: the fallback for pages the parser
// refuses. Elements that never hold article text (script, style, nav,
// header, footer, aside...) are skipped; block elements break paragraphs.
func flatHTML(data []byte) (title, text string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	w := &blockWriter{}
	skip := map[atom.Atom]int{}
	skipping := 0
	inTitle, pre := false, 0
	var tb strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			return collapse(tb.String()), strings.Join(w.paras, "\n\n")
		case html.TextToken:
			if inTitle {
				tb.Write(z.Text())
			} else if skipping == 0 {
				w.text(string(z.Text()), pre > 0)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt == html.StartTagToken
			switch {
			case a == atom.Title:
				inTitle = start
			case dropTags[a] || a == atom.Header:
				if tt == html.SelfClosingTagToken {
					break
				}
				if start {
					skip[a]++
					skipping++
				} else if skip[a] > 0 {
					skip[a]--
					skipping--
				}
			case a == atom.Br:
				w.lineBreak()
			case blockTags[a]:
				w.flush()
				if a == atom.Pre {
					if start {
						pre++
					} else if pre > 0 {
						pre--
					}
				}
			}
		}
	}
}

// firstTime returns the date of the first <time datetime> in the nodes.
func firstTime(nodes []*html.Node) time.Time {
	var t time.Time
	for _, root := range nodes {
		walk(root, func(n *html.Node) bool {
			if !t.IsZero() {
				return false
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.Time {
				if v := attr(n, "datetime"); v != "" {
					if d, err := ParseDate(v); err == nil {
						t = d
					}
				}
			}
			return true
		})
	}
	return t
}

// cleanTitle drops the site name from a <title>: the longest part between
// " | ", " - ", " – " or " — " separators.
func cleanTitle(t string) string {
	parts := []string{t}
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	best := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}

// declaredCharset returns the charset a page declares in a meta tag, if any.
func declaredCharset(data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	m := charsetRe.FindSubmatch(head)
	if m == nil {
		return ""
	}
	return string(m[1])
}

var charsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)`)

// walk visits n and its descendants in document order; f returns false to
// skip a node's children.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// find returns the first element with the given tag.
func find(root *html.Node, a atom.Atom) *html.Node {
	var out *html.Node
	walk(root, func(n *html.Node) bool {
		if out != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = n
			return false
		}
		return true
	})
	return out
}

// headline returns the text of the first <h1>, up to its first block
// child (an unclosed <h1> in broken markup swallows the paragraphs after
// it), and the element; "" and nil if there is none or it is too long for
// a headline.
func headline(root *html.Node) (string, *html.Node) {
	h := find(root, atom.H1)
	if h == nil {
		return "", nil
	}
	var b strings.Builder
	stop := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !stop; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && blockTags[c.DataAtom]:
				stop = true
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte(' ')
			default:
				visit(c)
			}
		}
	}
	visit(h)
	t := collapse(b.String())
	if len(t) > 250 {
		return "", nil
	}
	return t, h
}

// precedes reports whether a comes before b in document order.
func precedes(root, a, b *html.Node) bool {
	found := 0 // 1: a seen first; 2: b seen first
	walk(root, func(n *html.Node) bool {
		if found != 0 {
			return false
		}
		switch n {
		case a:
			found = 1
		case b:
			found = 2
		}
		return found == 0
	})
	return found == 1
}

// textOf returns the concatenated text of a node's descendants.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// collapse normalises white space to single spaces and trims.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = normRune(r)
		if r < 0 {
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return v
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}
