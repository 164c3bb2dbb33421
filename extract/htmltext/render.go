package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// text appends s to the current line, collapsing white space and
// dropping invisible runes; inside <pre> a newline ends the line.
func (r *renderer) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c == '\n' && r.pre > 0 {
					r.flush()
				} else {
					r.space = r.b.Len() > 0
				}
				i++
				continue
			}
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			r.write(s[i:j])
			i = j
			continue
		}
		rr, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(rr):
			r.space = r.b.Len() > 0
		case isInvisible(rr):
		default:
			r.write(s[i : i+size])
		}
		i += size
	}
}

// write appends visible text, after the pending space if any.
func (r *renderer) write(s string) {
	if r.space {
		r.b.WriteByte(' ')
		r.space = false
	}
	r.b.WriteString(s)
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
