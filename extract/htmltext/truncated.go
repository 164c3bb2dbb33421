package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksTruncated reports whether the HTML source seems cut off: it has no
// closing </body> or </html> tag and it ends inside an element, either in
// the middle of a tag or text, inside the <html> of a whole document, or
// with elements still open.
func looksTruncated(src string) bool {
	src = strings.TrimRight(src, " \t\r\n\f")
	if src == "" || strings.IndexByte(src, '<') < 0 {
		return false
	}
	if hasClosingTag(src, "body") || hasClosingTag(src, "html") {
		return false
	}
	if src[len(src)-1] != '>' {
		return true
	}
	// A whole document that never closes its <body> or <html> was cut
	// inside them.
	if hasTag(src, "<html") || hasTag(src, "<body") || hasTag(src, "<head") {
		return true
	}
	// The source ends with a complete tag: it is cut off if elements that
	// need an end tag are still open.
	var open []atom.Atom
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return len(open) > 0
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !voidOrOptional[a] {
				open = append(open, a)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
	}
}

// voidOrOptional are elements that never need an end tag: void elements
// and those whose end tag HTML lets authors leave out.
var voidOrOptional = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Option: true, atom.Optgroup: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true,
	atom.Html: true, atom.Head: true, atom.Body: true, atom.Rt: true, atom.Rp: true,
	0: true, // unknown elements
}

// hasClosingTag reports whether src contains "</name" in any letter case.
// It searches from the end, where closing tags of the document are.
func hasClosingTag(src, name string) bool {
	for i := len(src); ; {
		j := strings.LastIndex(src[:i], "</")
		if j < 0 {
			return false
		}
		if k := j + 2; len(src)-k >= len(name) && strings.EqualFold(src[k:k+len(name)], name) {
			return true
		}
		i = j
	}
}

// hasTag reports whether src contains prefix (lower case, such as "<body")
// in any letter case, followed by white space, '>' or '/'.
func hasTag(src, prefix string) bool {
	for i := 0; ; {
		j := strings.IndexByte(src[i:], '<')
		if j < 0 {
			return false
		}
		i += j
		if rest := src[i:]; len(rest) > len(prefix) && strings.EqualFold(rest[:len(prefix)], prefix) {
			switch rest[len(prefix)] {
			case ' ', '\t', '\n', '\r', '\f', '>', '/':
				return true
			}
		}
		i++
	}
}
