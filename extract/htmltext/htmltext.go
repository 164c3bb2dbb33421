package htmltext

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Article is what a page yields.
type Article struct {
	// Text is the main text: the article's paragraphs and in-article
	// headings in document order, one per line, joined by "\n". White space
	// inside a line is collapsed to single spaces; there are no empty lines
	// and no leading or trailing blank lines.
	Text string
	// Title is the headline, without a site name glued to it; "" when unknown.
	Title string
	// Site is the site's name; "" when unknown.
	Site string
	// Lang is the language tag as the page declares it ("en", "en-GB").
	Lang string
	// Published is the publication date in ISO 8601: "2024-03-02", or
	// "2024-03-02T10:15:00Z" / "2024-03-02T10:15:00+01:00" when the page
	// gives a time with its zone; "" when unknown.
	Published string
	// Authors are the cleaned bylines ("By Jane Doe and John Roe" gives
	// "Jane Doe" and "John Roe"); empty, never nil, when unknown.
	Authors []string
	// Canonical is the absolute canonical URL; "" when unknown or when a
	// relative link cannot be resolved.
	Canonical string
	// Truncated reports that the source looks cut off: no closing </body>
	// or </html> and it ends inside an element. Only Extract, which sees
	// the source, can tell; FromDocument leaves it false.
	Truncated bool
}

// Extract parses a UTF-8 HTML document and returns its article. pageURL,
// which may be "", is the address the page was fetched from; it resolves
// a relative canonical link and lends a date or a host name when the page
// lacks them. An empty document gives an empty Article and no error.
func Extract(src string, pageURL string) (*Article, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser refuses documents nested more than 512 deep; flatten
		// the deepest levels and try once more.
		root, err = html.Parse(strings.NewReader(capNesting(src, maxNesting)))
		if err != nil {
			return nil, err
		}
	}
	a := fromRoot(root, pageURL)
	a.Truncated = looksTruncated(src)
	return a, nil
}

// FromDocument works on an already parsed document; the document is not
// modified. When pageURL is "" and the document knows its URL, that one
// is used.
func FromDocument(doc *goquery.Document, pageURL string) (*Article, error) {
	if doc == nil {
		return nil, errors.New("htmltext: nil document")
	}
	if pageURL == "" && doc.Url != nil {
		pageURL = doc.Url.String()
	}
	if len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return &Article{Authors: []string{}}, nil
	}
	return fromRoot(doc.Nodes[0], pageURL), nil
}

// fromRoot extracts metadata and main text below root.
func fromRoot(root *html.Node, pageURL string) *Article {
	a := &Article{Authors: []string{}}
	hints := hintCache{}
	m := &pageMeta{metas: map[string][]string{}}
	m.walk(root, metaCtx{}, hints)
	m.resolve(a, pageURL)

	lines := mainText(root, hints)
	if runeCount(lines) < minTextRunes {
		if alt := noscriptText(root, hints); runeCount(alt) > runeCount(lines) {
			lines = alt
		}
	}
	if body := ldArticleBody(m); runeCount(lines) < utf8.RuneCountInString(body)/2 {
		lines = splitLines(body)
	}
	lines = withHeadline(lines, a.Title, m.h1)
	a.Text = strings.Join(lines, "\n")
	return a
}

// mainText runs the extraction passes from strictest to most lenient and
// returns the lines of the first one that finds enough text, or the
// longest. When none finds enough, paragraphs with prose and few links are
// collected from the whole page instead, if that gives more.
func mainText(root *html.Node, hints hintCache) []string {
	body := findBody(root)
	var best []string
	bestLen := -1
	var strict *pass
	for _, f := range passSchedule {
		p := newPass(f, hints)
		p.analyze(root, walkCtx{})
		if strict == nil {
			strict = p
		}
		parts := p.pick(body)
		p.cleanParts(parts, body)
		lines := p.render(parts)
		// Text that the strict pass dropped for its class or id (related
		// stories, comments) does not count in favour of a lenient pass.
		n := runeCount(lines)
		if p != strict {
			n -= p.textIn(parts, strict.named)
		}
		if n >= minTextRunes {
			return lines
		}
		if n > bestLen {
			best, bestLen = lines, n
		}
	}
	if fb := strict.paragraphs(body); runeCount(fb) > bestLen {
		return fb
	}
	return best
}

// minNoscriptBytes is the size from which a <noscript> may hold a copy of
// the article.
const minNoscriptBytes = 500

// noscriptText is the fallback for pages that render the article with
// script and keep a copy inside <noscript>, which parsers with scripting
// enabled leave as raw text: that text is parsed and searched as a page of
// its own.
func noscriptText(root *html.Node, hints hintCache) []string {
	var chunks []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isElem(c, atom.Noscript) {
				if t := c.FirstChild; t != nil && t.Type == html.TextNode && t.NextSibling == nil &&
					len(t.Data) >= minNoscriptBytes && strings.Contains(t.Data, "<") {
					chunks = append(chunks, t.Data)
				}
				continue
			}
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(root)
	if len(chunks) == 0 {
		return nil
	}
	doc, err := html.Parse(strings.NewReader(strings.Join(chunks, "\n")))
	if err != nil {
		return nil
	}
	return mainText(doc, hints)
}

// maxNesting is the depth past which capNesting drops tags, well under the
// parser's limit of 512 open elements.
const maxNesting = 200

// capNesting returns src without the start and end tags of elements nested
// deeper than limit (counted naively, tag by tag); their content stays,
// attached to the deepest kept element.
func capNesting(src string, limit int) string {
	type open struct {
		name string
		kept bool
	}
	var stack []open
	count := map[string]int{} // open elements by name, to skip hopeless searches
	var b strings.Builder
	b.Grow(len(src))
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidOrOptional[atom.Lookup(name)] && atom.Lookup(name) != 0 {
				break
			}
			kept := len(stack) < limit
			stack = append(stack, open{string(name), kept})
			count[string(name)]++
			if !kept {
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if count[string(name)] == 0 {
				break
			}
			// Close it and everything opened after it; each element is
			// popped once, so the walk stays linear.
			kept := true
			for i := len(stack) - 1; i >= 0; i-- {
				count[stack[i].name]--
				if stack[i].name == string(name) {
					kept = stack[i].kept
					stack = stack[:i]
					break
				}
			}
			if !kept {
				continue
			}
		}
		b.Write(z.Raw())
	}
}

// textIn returns how many runes of the kept content of parts lie inside
// the nodes of set.
func (p *pass) textIn(parts []part, set map[*html.Node]bool) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode || p.removed[n] || p.dropped[n] {
			return
		}
		if set[n] {
			if in := p.info[n]; in != nil {
				total += in.st.text
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, pt := range parts {
		for n := pt.first; ; n = n.NextSibling {
			walk(n)
			if n == pt.last {
				break
			}
		}
	}
	return total
}

// cleanParts runs the conditional cleaning over the chosen content; when
// that is the whole body, over its children.
func (p *pass) cleanParts(parts []part, body *html.Node) {
	for _, pt := range parts {
		for n := pt.first; ; n = n.NextSibling {
			if n == body {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					p.clean(c, false)
				}
			} else {
				p.clean(n, false)
			}
			if n == pt.last {
				break
			}
		}
	}
}

// paragraphs is the fallback: every kept paragraph of the page that reads
// like prose (long enough, few links), in order.
func (p *pass) paragraphs(body *html.Node) []string {
	r := &renderer{skip: func(n *html.Node) bool { return p.removed[n] }}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || p.removed[c] {
				continue
			}
			in := p.info[c]
			if in == nil {
				continue
			}
			if c.DataAtom == atom.P || p.isParaLike(c, in) && c.DataAtom != atom.Td && in.st.text >= 80 {
				if in.st.text >= minParaRunes && in.st.linkDensity() < 0.3 {
					r.node(c)
					r.flush()
				}
				continue
			}
			walk(c)
		}
	}
	walk(body)
	return r.lines
}

// findBody returns the <body> element, or root when there is none.
func findBody(root *html.Node) *html.Node {
	var found *html.Node
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isElem(c, atom.Body) {
				found = c
				return true
			}
			if isElem(c, atom.Html) && walk(c) {
				return true
			}
		}
		return false
	}
	if walk(root) {
		return found
	}
	return root
}

// ldArticleBody returns the JSON-LD articleBody, if any.
func ldArticleBody(m *pageMeta) string {
	d := parseLDCached(m)
	if d.article != nil {
		return d.article.body
	}
	return ""
}

// parseLDCached parses the page's JSON-LD once per extraction.
func parseLDCached(m *pageMeta) ldData {
	if m.ld == nil {
		d := parseLD(m.ldTexts)
		m.ld = &d
	}
	return *m.ld
}

// splitLines turns a JSON-LD articleBody into output lines. Most are plain
// text with newlines between paragraphs; some hold HTML, which is rendered.
func splitLines(s string) []string {
	if strings.Contains(s, "</") || strings.Contains(s, "<br") {
		doc, err := html.Parse(strings.NewReader(s))
		if err == nil {
			r := &renderer{skip: func(n *html.Node) bool { return dropTags[n.DataAtom] }}
			r.node(doc)
			r.flush()
			return r.lines
		}
	}
	var out []string
	for _, l := range strings.Split(unescape(s), "\n") {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// withHeadline makes sure the text opens with the headline when the page
// shows it as a heading: the heading often sits above the container the
// text comes from. title is the extracted title, h1 the page's top-level
// headings.
func withHeadline(lines []string, title string, h1 []string) []string {
	if title == "" || len(lines) == 0 {
		return lines
	}
	nt := normName(title)
	for i := 0; i < len(lines) && i < 3; i++ {
		if len(lines[i]) <= 2*len(title)+8 && normName(lines[i]) == nt {
			return lines
		}
	}
	for _, h := range h1 {
		if normName(h) == nt {
			return append([]string{h}, lines...)
		}
	}
	return lines
}

func runeCount(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}
