package htmltext

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

func nodePath(n *html.Node) string {
	var path []string
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		s := a.Data
		if c := attr(a, "class"); c != "" {
			if len(c) > 40 {
				c = c[:40]
			}
			s += "." + strings.ReplaceAll(c, " ", ".")
		}
		if c := attr(a, "id"); c != "" {
			s += "#" + c
		}
		path = append([]string{s}, path...)
	}
	if len(path) > 5 {
		path = path[len(path)-5:]
	}
	return fmt.Sprintf("d%d ", depth(n)) + strings.Join(path, " > ")
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

func TestDebugDoc(t *testing.T) {
	id := os.Getenv("DEBUG_DOC")
	if id == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile("/work/shared/eval/trafilatura-eval/docs/" + id + ".html")
	enc, _, _ := charset.DetermineEncoding(raw, "text/html")
	b, _ := io.ReadAll(transform.NewReader(bytes.NewReader(raw), enc.NewDecoder()))
	root, _ := html.Parse(bytes.NewReader(b))
	body := findBody(root)
	for _, f := range passSchedule {
		p := newPass(f, hintCache{})
		p.analyze(root, walkCtx{})
		parts := p.pick(body)
		fmt.Printf("== pass %b\n", f)
		for i, c := range p.cands {
			if i >= 8 {
				break
			}
			in := p.info[c]
			fmt.Printf("%7.1f ld=%.2f text=%d prose=%d %s\n", in.score, in.st.linkDensity(), in.st.text, in.st.prose, nodePath(c))
		}
		for _, pt := range parts {
			fmt.Printf("PART %s .. %s\n", nodePath(pt.first), nodePath(pt.last))
		}
		for _, pt := range parts {
			for n := pt.first; ; n = n.NextSibling {
				p.clean(n, false)
				if n == pt.last {
					break
				}
			}
		}
		for n := range p.dropped {
			if os.Getenv("DEBUG_DROPPED") == "" {
				break
			}
			fmt.Printf("DROPPED %s %q\n", nodePath(n), trunc(innerText(n), 80))
		}
		if sn := os.Getenv("DEBUG_SNIP"); sn != "" {
			for n := range p.removed {
				if strings.Contains(innerText(n), sn) {
					fmt.Printf("REMOVED %s hint=%+v\n", nodePath(n), p.hints.of(n))
				}
			}
		}
		lines := p.render(parts)
		fmt.Println("RUNES", runeCount(lines))
		if runeCount(lines) >= minTextRunes {
			break
		}
	}
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func TestDebugMeta(t *testing.T) {
	id := os.Getenv("DEBUG_META")
	if id == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile("/work/shared/eval/trafilatura-eval/docs/" + id + ".html")
	enc, _, _ := charset.DetermineEncoding(raw, "text/html")
	b, _ := io.ReadAll(transform.NewReader(bytes.NewReader(raw), enc.NewDecoder()))
	root, _ := html.Parse(bytes.NewReader(b))
	m := &pageMeta{metas: map[string][]string{}}
	m.walk(root, metaCtx{}, hintCache{})
	fmt.Printf("h1=%q\ntitle=%q\nbylines=%q\ndates=%q\ntimes=%q %q\nitemAuth=%q\n", m.h1, m.titleTag, m.bylines, m.dateTexts, m.times, m.timesLow, m.itemAuth)
	for k, v := range m.metas {
		fmt.Printf("meta %s = %q\n", k, trunc(strings.Join(v, " || "), 150))
	}
	d := parseLD(m.ldTexts)
	if d.article != nil {
		fmt.Printf("ld article %+v\n", *d.article)
	}
}

func TestDebugHint(t *testing.T) {
	if os.Getenv("DEBUG_HINT") == "" {
		t.Skip()
	}
	fmt.Printf("%+v\n", computeHint(os.Getenv("DEBUG_HINT"), ""))
}
