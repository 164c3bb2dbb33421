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
		return nil, err
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
		if p.removed[body] {
			continue
		}
		parts := p.pick(body)
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
		lines := p.render(parts)
		n := runeCount(lines)
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
			if c.Type == html.ElementNode && isElem(c, atom.Html) && walk(c) {
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

// splitLines turns a plain-text body into output lines.
func splitLines(s string) []string {
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
		if normName(lines[i]) == nt {
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
