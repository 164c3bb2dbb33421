package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of the attribute key (lower case) of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key, whatever its value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// isElem reports whether n is an HTML element (not SVG or MathML) with tag a.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a && n.Namespace == ""
}

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// isSpace reports whether r is white space for the purpose of collapsing:
// the Unicode White_Space runes, which include the no-break spaces.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// isInvisible reports runes that take no room and carry no text: zero-width
// spaces and joiners used as line-break hints, the byte-order mark and the
// soft hyphen. They are dropped from the output.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// isComma reports the comma-like punctuation counted by the scorer.
func isComma(r rune) bool {
	switch r {
	case ',', '\u060c', '\ufe50', '\ufe10', '\ufe11', '\u2e41', '\u2e34', '\u2e32', '\uff0c', '\u3001':
		return true
	}
	return false
}

// collapse returns s with runs of white space replaced by one space,
// invisible runes dropped, and no leading or trailing space.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isSpace(r):
			space = b.Len() > 0
		case isInvisible(r):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// textStats returns the length in runes that s has once collapsed, and the
// number of commas it holds.
func textStats(s string) (n, commas int) {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if space && n > 0 {
				n++
			}
			space = false
			n++
			if c == ',' {
				commas++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			space = true
		case isInvisible(r):
		default:
			if space && n > 0 {
				n++
			}
			space = false
			n++
			if isComma(r) {
				commas++
			}
		}
	}
	return n, commas
}

// innerText returns the collapsed text of n's subtree, skipping script,
// style and template content. It is meant for small elements (bylines,
// titles, dates); the main text goes through the renderer.
func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			case atom.Br:
				b.WriteByte(' ')
				return
			}
			if blockTags[n.DataAtom] {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return collapse(b.String())
}

// shortText returns the collapsed text of n's subtree, like innerText, or
// false when the subtree holds more than limit bytes of text or more than
// a few hundred nodes: callers look for bylines, dates and headings, and
// must not pay for walking a whole page when a wrapper carries such a name.
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	nodes := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if nodes++; nodes > 400 || b.Len() > limit*2+64 {
			return false
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return true
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return true
			}
			if blockTags[n.DataAtom] {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			b.WriteByte(' ')
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	t := collapse(b.String())
	return t, len(t) <= limit
}

// blockTags are the elements that start a new line in the output; anything
// else (and any unknown or custom element) flows inline.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.Frameset: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.Option: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Br: true,
}

// paraBreakers are the elements whose presence inside a <div> keeps the
// div from being treated as a paragraph of its own.
var paraBreakers = map[atom.Atom]bool{
	atom.Blockquote: true, atom.Dl: true, atom.Div: true, atom.Img: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Table: true,
	atom.Ul: true, atom.Section: true, atom.Article: true, atom.Figure: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true,
}
