package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer turns kept content into lines: every block element and every
// <br> ends a line, inline content flows into the current one, and white
// space collapses to single spaces.
type renderer struct {
	skip  func(*html.Node) bool // elements left out with their subtree
	lines []string
	b     strings.Builder
	space bool // a space is pending before the next visible rune
	pre   int  // depth of <pre> elements: there newlines end lines
}

// flush ends the current line, if it holds anything.
func (r *renderer) flush() {
	if r.b.Len() > 0 {
		r.lines = append(r.lines, r.b.String())
		r.b.Reset()
	}
	r.space = false
}

func (r *renderer) text(s string) {
	for _, c := range s {
		switch {
		case c == '\n' && r.pre > 0:
			r.flush()
		case isSpace(c):
			r.space = r.b.Len() > 0
		case isInvisible(c):
		default:
			if r.space {
				r.b.WriteByte(' ')
				r.space = false
			}
			r.b.WriteRune(c)
		}
	}
}

func (r *renderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.node(c)
		}
		return
	default:
		return
	}
	if r.skip(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br, atom.Hr:
		r.flush()
		return
	case atom.Img:
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		r.flush()
	}
	if n.DataAtom == atom.Pre {
		r.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
	if n.DataAtom == atom.Pre {
		r.pre--
	}
	if block {
		r.flush()
	}
}

// render returns the lines of the parts, in order.
func (p *pass) render(parts []part) []string {
	r := &renderer{skip: func(n *html.Node) bool { return p.removed[n] || p.dropped[n] }}
	for _, pt := range parts {
		for n := pt.first; ; n = n.NextSibling {
			r.node(n)
			if n == pt.last {
				break
			}
		}
		r.flush()
	}
	return r.lines
}
