package view

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsx/newsx/extract/record"
)

// htmlLoadGolden reads the records of a fixture's want.json: one or more
// indented JSON objects, one after the other.
func htmlLoadGolden(t testing.TB, fixture string) []*record.Record {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "articles", fixture, "want.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	var recs []*record.Record
	for {
		rec := new(record.Record)
		err := dec.Decode(rec)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", fixture, err)
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: want.json holds no record", fixture)
	}
	return recs
}

// htmlFixtures lists the fixture folders that have a want.json.
func htmlFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*", "want.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden records found (%v)", err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(filepath.Dir(p)))
	}
	return names
}

// htmlRender writes a page for recs and returns it.
func htmlRender(t testing.TB, opt HTMLOptions, recs ...*record.Record) string {
	t.Helper()
	var buf bytes.Buffer
	h := NewHTML(&buf, opt)
	for _, r := range recs {
		if err := h.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// htmlDoc is a parsed page with its elements by id.
type htmlDoc struct {
	root *html.Node
	ids  map[string]*html.Node
}

func htmlParse(t testing.TB, page string) *htmlDoc {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	d := &htmlDoc{root: root, ids: map[string]*html.Node{}}
	htmlWalk(root, func(n *html.Node) {
		if id, ok := htmlAttr(n, "id"); ok {
			if _, dup := d.ids[id]; dup {
				t.Errorf("duplicate id %q", id)
			}
			d.ids[id] = n
		}
	})
	return d
}

func (d *htmlDoc) byID(t testing.TB, id string) *html.Node {
	t.Helper()
	n := d.ids[id]
	if n == nil {
		t.Fatalf("no element with id %q", id)
	}
	return n
}

// htmlWalk calls fn for every element under n, in document order.
func htmlWalk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		htmlWalk(c, fn)
	}
}

func htmlFind(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	htmlWalk(n, func(e *html.Node) {
		if match(e) {
			out = append(out, e)
		}
	})
	return out
}

func htmlAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func htmlAttrOf(n *html.Node, key string) string {
	v, _ := htmlAttr(n, key)
	return v
}

func htmlHasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(htmlAttrOf(n, "class")), class)
}

// htmlTextOf is the text content of n.
func htmlTextOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// htmlBefore reports whether a comes before b in document order.
func htmlBefore(root, a, b *html.Node) bool {
	seenA := false
	before := false
	htmlWalk(root, func(n *html.Node) {
		if n == a {
			seenA = true
		}
		if n == b && seenA {
			before = true
		}
	})
	return before
}

// htmlSlice is text[start:end] in code points, as Python slices it.
func htmlSlice(text string, start, end int) string {
	return htmlSliceRunes([]rune(text), start, end)
}

func htmlSliceRunes(r []rune, start, end int) string {
	start, end = max(start, 0), min(end, len(r))
	if start >= end {
		return ""
	}
	return string(r[start:end])
}

// htmlPieces maps each data-mark value under n to the concatenated text of
// its elements, in document order, and counts its elements.
func htmlPieces(n *html.Node) (text map[string]string, count map[string]int) {
	text, count = map[string]string{}, map[string]int{}
	htmlWalk(n, func(e *html.Node) {
		if e.Data != "mark" {
			return
		}
		m := htmlAttrOf(e, "data-mark")
		text[m] += htmlTextOf(e)
		count[m]++
	})
	return text, count
}

// htmlCheckParagraphs checks that the article text is rec's text, line by
// line.
func htmlCheckParagraphs(t *testing.T, d *htmlDoc, art string, text string) {
	t.Helper()
	div := d.byID(t, art+"-text")
	var got []string
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.Data != "p" {
				t.Errorf("%s: unexpected <%s> in the text", art, c.Data)
			}
			got = append(got, htmlTextOf(c))
		}
	}
	want := strings.Split(text, "\n")
	if !slices.Equal(got, want) {
		t.Errorf("%s: the text differs from the record's\n got %q\nwant %q", art, got, want)
	}
}

// htmlSpanWant is a highlight the page must hold.
type htmlSpanWant struct {
	id, kind, fact, item string
	span                 record.Span
	whole                bool // must be one element (not split)
}

// htmlWants lists the highlights that article art must hold for rec.
func htmlWants(art string, rec *record.Record) []htmlSpanWant {
	var w []htmlSpanWant
	for i, p := range rec.Places {
		item := fmt.Sprintf("%s-p%d", art, i+1)
		for j, sp := range p.Mentions {
			w = append(w, htmlSpanWant{fmt.Sprintf("%s-m%d", item, j+1), "place", p.ID, item, sp, true})
		}
	}
	for i, a := range rec.Actors {
		item := fmt.Sprintf("%s-a%d", art, i+1)
		for j, sp := range a.Mentions {
			w = append(w, htmlSpanWant{fmt.Sprintf("%s-m%d", item, j+1), "actor", a.ID, item, sp, true})
		}
	}
	for i, c := range rec.Casualties {
		item := fmt.Sprintf("%s-c%d", art, i+1)
		w = append(w, htmlSpanWant{item + "-ev", "casualty", c.ID, item, c.Evidence, true})
	}
	for i, k := range rec.Claims {
		item := fmt.Sprintf("%s-k%d", art, i+1)
		w = append(w, htmlSpanWant{item + "-cue", "cue", k.ID, item, k.Cue, true})
		if k.SpeakerSpan != nil {
			w = append(w, htmlSpanWant{item + "-spk", "speaker", k.ID, item, *k.SpeakerSpan, false})
		}
		if k.Content != nil {
			w = append(w, htmlSpanWant{item + "-con", "content", k.ID, item, *k.Content, false})
		}
	}
	return w
}

// htmlCheckMarks checks every highlight of rec in the page: the first
// element has the id, the kind's class and the fact's id; its pieces
// together give the span's text (paragraph breaks aside); atomic spans are
// one element, unless named in split. It also checks that the page has no
// other highlight.
func htmlCheckMarks(t *testing.T, d *htmlDoc, art string, rec *record.Record, split ...string) {
	t.Helper()
	div := d.byID(t, art+"-text")
	pieces, count := htmlPieces(div)
	runes := []rune(rec.Text)
	n := len(runes)
	want := 0
	for _, w := range htmlWants(art, rec) {
		start, end := max(w.span.Start, 0), min(w.span.End, n)
		if start >= end || strings.Trim(htmlSliceRunes(runes, start, end), "\n") == "" {
			if _, ok := d.ids[w.id]; ok {
				t.Errorf("%s: %s is outside the text or blank but has a highlight", art, w.id)
			}
			continue
		}
		want++
		el, ok := d.ids[w.id]
		if !ok {
			t.Errorf("%s: no highlight %s for %s %q", art, w.id, w.fact, w.span.Text)
			continue
		}
		exact := htmlSliceRunes(runes, start, end)
		if w.span.Start >= 0 && w.span.End <= n && w.span.Text != "" && exact != w.span.Text {
			t.Fatalf("%s: the record itself is inconsistent: text[%d:%d] = %q, span says %q", art, start, end, exact, w.span.Text)
		}
		switch {
		case el.Data != "mark" || !htmlHasClass(el, "hl") || !htmlHasClass(el, "hl-"+w.kind):
			t.Errorf("%s: %s is <%s class=%q>, want a mark of class hl-%s", art, w.id, el.Data, htmlAttrOf(el, "class"), w.kind)
		case htmlAttrOf(el, "data-fact") != w.fact || htmlAttrOf(el, "data-item") != w.item || htmlAttrOf(el, "data-mark") != w.id:
			t.Errorf("%s: %s names fact %q item %q mark %q, want %q %q %q", art, w.id,
				htmlAttrOf(el, "data-fact"), htmlAttrOf(el, "data-item"), htmlAttrOf(el, "data-mark"), w.fact, w.item, w.id)
		}
		if got := pieces[w.id]; got != strings.ReplaceAll(exact, "\n", "") {
			t.Errorf("%s: %s reads %q in %d pieces, want %q", art, w.id, got, count[w.id], exact)
		}
		if w.whole && !slices.Contains(split, w.id) && !strings.Contains(exact, "\n") && htmlTextOf(el) != exact {
			t.Errorf("%s: %s (%s) is split: its first element reads %q, want %q", art, w.id, w.kind, htmlTextOf(el), exact)
		}
	}
	if len(pieces) != want {
		t.Errorf("%s: %d distinct highlights in the text, want %d", art, len(pieces), want)
	}
}

// TestHTMLGoldens renders the golden record of every fixture and checks
// the page against the records: the text, every highlight, the side
// panel, the warnings and their links.
func TestHTMLGoldens(t *testing.T) {
	for _, fx := range htmlFixtures(t) {
		t.Run(fx, func(t *testing.T) {
			recs := htmlLoadGolden(t, fx)
			page := htmlRender(t, HTMLOptions{}, recs...)
			htmlCheckWellFormed(t, page)
			d := htmlParse(t, page)
			for i, rec := range recs {
				art := pageArticleID(i + 1)
				article := d.byID(t, art)
				if rec.Error != nil {
					boxes := htmlFind(article, func(n *html.Node) bool { return htmlHasClass(n, "rec-error") })
					if len(boxes) != 1 || !strings.Contains(htmlTextOf(boxes[0]), rec.Error.Message) {
						t.Errorf("%s: failed record without its error box", art)
					}
					continue
				}
				htmlCheckParagraphs(t, d, art, rec.Text)
				htmlCheckMarks(t, d, art, rec)
				htmlCheckPanel(t, d, art, rec)
				htmlCheckWarnings(t, d, art, rec)
			}
		})
	}
}

// htmlCheckPanel checks that every fact has its entry in the side panel,
// linked to the highlight that the fact leads to.
func htmlCheckPanel(t *testing.T, d *htmlDoc, art string, rec *record.Record) {
	t.Helper()
	check := func(item, target, fid string) {
		t.Helper()
		li, ok := d.ids[item]
		if !ok {
			t.Errorf("%s: no panel entry %s", art, item)
			return
		}
		if !htmlBefore(d.root, d.ids[art+"-text"], li) || htmlFind(d.ids[art], func(n *html.Node) bool { return n == li }) == nil {
			t.Errorf("%s: panel entry %s is not in the article's panel", art, item)
		}
		links := htmlFind(li, func(n *html.Node) bool { return n.Data == "a" && htmlHasClass(n, "go") })
		if len(links) != 1 {
			t.Errorf("%s: panel entry %s has %d links, want 1", art, item, len(links))
			return
		}
		if href := htmlAttrOf(links[0], "href"); href != "#"+target {
			t.Errorf("%s: panel entry %s links to %q, want #%s", art, item, href, target)
		}
		if _, ok := d.ids[target]; !ok {
			t.Errorf("%s: panel entry %s links to a missing element", art, item)
		}
		if !strings.HasPrefix(htmlTextOf(li), fid) {
			t.Errorf("%s: panel entry %s reads %q, want it to start with %q", art, item, htmlTextOf(li), fid)
		}
	}
	firstMention := func(spans []record.Span) int {
		best := 0
		for j, sp := range spans {
			if sp.Start < spans[best].Start {
				best = j
			}
		}
		return best + 1
	}
	for i, p := range rec.Places {
		item := fmt.Sprintf("%s-p%d", art, i+1)
		check(item, fmt.Sprintf("%s-m%d", item, firstMention(p.Mentions)), p.ID)
	}
	for i, a := range rec.Actors {
		item := fmt.Sprintf("%s-a%d", art, i+1)
		check(item, fmt.Sprintf("%s-m%d", item, firstMention(a.Mentions)), a.ID)
	}
	for i, c := range rec.Casualties {
		item := fmt.Sprintf("%s-c%d", art, i+1)
		check(item, item+"-ev", c.ID)
	}
	for i, k := range rec.Claims {
		item := fmt.Sprintf("%s-k%d", art, i+1)
		check(item, item+"-cue", k.ID)
	}
}

// htmlCheckPanelLinks checks that every link to a fact leads to a
// highlight of that fact.
func htmlCheckPanelLinks(t *testing.T, d *htmlDoc) {
	t.Helper()
	for _, a := range htmlFind(d.root, func(n *html.Node) bool { return n.Data == "a" && htmlHasClass(n, "go") }) {
		target := strings.TrimPrefix(htmlAttrOf(a, "href"), "#")
		el, ok := d.ids[target]
		if !ok {
			t.Errorf("link to missing #%s", target)
			continue
		}
		if htmlAttrOf(el, "data-item") != htmlAttrOf(a, "data-item") {
			t.Errorf("link for %s leads to a highlight of %s", htmlAttrOf(a, "data-item"), htmlAttrOf(el, "data-item"))
		}
	}
}

// htmlCheckWarnings checks that each warning is shown above the text with
// its message and a working link for each of its references.
func htmlCheckWarnings(t *testing.T, d *htmlDoc, art string, rec *record.Record) {
	t.Helper()
	text := d.byID(t, art+"-text")
	known := map[string]bool{}
	for _, p := range rec.Places {
		known[p.ID] = true
	}
	for _, a := range rec.Actors {
		known[a.ID] = true
	}
	for _, c := range rec.Casualties {
		known[c.ID] = true
	}
	for _, k := range rec.Claims {
		known[k.ID] = true
	}
	for i, w := range rec.Warnings {
		var refs []string
		for _, r := range w.Refs {
			if known[r] {
				refs = append(refs, r)
			}
		}
		li := d.byID(t, fmt.Sprintf("%s-w%d", art, i+1))
		if !htmlBefore(d.root, li, text) {
			t.Errorf("%s: warning %d comes after the text", art, i+1)
		}
		if !strings.Contains(htmlTextOf(li), w.Message) {
			t.Errorf("%s: warning %d does not show its message", art, i+1)
		}
		links := htmlFind(li, func(n *html.Node) bool { return n.Data == "a" && htmlHasClass(n, "ref") })
		if len(links) != len(refs) {
			t.Errorf("%s: warning %d has %d reference links, want %d (%v)", art, i+1, len(links), len(refs), refs)
		}
		for j, a := range links {
			target := strings.TrimPrefix(htmlAttrOf(a, "href"), "#")
			el, ok := d.ids[target]
			if !ok {
				t.Errorf("%s: warning %d links to missing #%s", art, i+1, target)
				continue
			}
			if j < len(refs) && htmlAttrOf(el, "data-fact") != refs[j] {
				t.Errorf("%s: warning %d reference %d leads to fact %q, want %q", art, i+1, j, htmlAttrOf(el, "data-fact"), refs[j])
			}
		}
	}
}

// htmlCheckWellFormed checks the markup as written, before a parser can
// repair it: every <mark> closes in the order it opened and inside its
// paragraph.
func htmlCheckWellFormed(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			if len(stack) != 0 {
				t.Errorf("unclosed elements at the end: %v", stack)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if s := string(name); s == "mark" || s == "p" {
				if s == "p" && len(stack) != 0 {
					t.Fatalf("<p> opened inside %v", stack)
				}
				stack = append(stack, s)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if s := string(name); s == "mark" || s == "p" {
				if len(stack) == 0 || stack[len(stack)-1] != s {
					t.Fatalf("</%s> closes %v", s, stack)
				}
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// TestHTMLSelfContained checks that a page of every golden record loads
// nothing: no element that fetches, no URL but fragment links and the
// articles' own http(s) sources, one inline style sheet and one script,
// both admitted by the Content-Security-Policy through their hashes.
func TestHTMLSelfContained(t *testing.T) {
	var recs []*record.Record
	for _, fx := range htmlFixtures(t) {
		recs = append(recs, htmlLoadGolden(t, fx)...)
	}
	web := record.New("https://news.example/story?id=1&x=2", record.Source{Kind: record.SourceURL, URL: "https://news.example/story?id=1&x=2"})
	web.Text = "A short text."
	recs = append(recs, web)
	page := htmlRender(t, HTMLOptions{}, recs...)
	d := htmlParse(t, page)
	htmlCheckSelfContained(t, d)

	links := htmlFind(d.root, func(n *html.Node) bool { return n.Data == "a" && htmlHasClass(n, "src") })
	if len(links) != 1 || htmlAttrOf(links[0], "href") != "https://news.example/story?id=1&x=2" {
		t.Errorf("want one source link to the URL input, got %d", len(links))
	}
}

func htmlCheckSelfContained(t *testing.T, d *htmlDoc) {
	t.Helper()
	var styles, scripts []*html.Node
	var csp string
	htmlWalk(d.root, func(n *html.Node) {
		switch n.Data {
		case "link", "img", "iframe", "frame", "object", "embed", "base", "form", "audio", "video", "source", "picture", "svg", "math", "input", "textarea", "button", "meta-refresh":
			t.Errorf("element <%s> in the page", n.Data)
		case "style":
			styles = append(styles, n)
		case "script":
			scripts = append(scripts, n)
		case "meta":
			if strings.EqualFold(htmlAttrOf(n, "http-equiv"), "content-security-policy") {
				csp = htmlAttrOf(n, "content")
			}
			if strings.EqualFold(htmlAttrOf(n, "http-equiv"), "refresh") {
				t.Error("meta refresh in the page")
			}
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"):
				t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			case key == "style":
				t.Errorf("style attribute on <%s> (the CSP forbids it)", n.Data)
			case key == "src" || key == "srcset" || key == "action" || key == "formaction" || key == "poster" ||
				key == "background" || key == "data" || key == "xlink:href" || key == "ping" || key == "manifest":
				t.Errorf("attribute %s=%q on <%s> loads a resource", a.Key, a.Val, n.Data)
			case key == "href":
				if strings.HasPrefix(a.Val, "#") {
					continue
				}
				u, err := url.Parse(a.Val)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") || n.Data != "a" || !htmlHasClass(n, "src") {
					t.Errorf("href=%q on <%s class=%q>: only fragments and http(s) source links are allowed", a.Val, n.Data, htmlAttrOf(n, "class"))
					continue
				}
				rel := strings.Fields(htmlAttrOf(n, "rel"))
				if !slices.Contains(rel, "noopener") || !slices.Contains(rel, "noreferrer") {
					t.Errorf("source link %q without rel=\"noopener noreferrer\"", a.Val)
				}
			}
		}
	})
	if len(styles) != 1 || len(scripts) != 1 {
		t.Fatalf("%d <style> and %d <script> elements, want one of each", len(styles), len(scripts))
	}
	if len(scripts[0].Attr) != 0 {
		t.Errorf("the script has attributes %v", scripts[0].Attr)
	}
	css, js := htmlTextOf(styles[0]), htmlTextOf(scripts[0])
	if css != pageCSS || js != pageJS {
		t.Error("the inline style sheet or script is not the embedded asset")
	}
	lower := strings.ToLower(css)
	for _, bad := range []string{"url(", "@import", "@font-face", "http:", "https:"} {
		if strings.Contains(lower, bad) {
			t.Errorf("the style sheet contains %q", bad)
		}
	}
	for _, bad := range []string{"fetch(", "XMLHttpRequest", "import(", "http:", "https:", "eval(", "innerHTML", "WebSocket"} {
		if strings.Contains(js, bad) {
			t.Errorf("the script contains %q", bad)
		}
	}
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	directives := map[string]string{}
	for _, part := range strings.Split(csp, ";") {
		f := strings.Fields(part)
		if len(f) > 0 {
			directives[f[0]] = strings.Join(f[1:], " ")
		}
	}
	if directives["default-src"] != "'none'" {
		t.Errorf("CSP %q: want default-src 'none'", csp)
	}
	if directives["style-src"] != hash(css) {
		t.Errorf("CSP style-src %q, want %s", directives["style-src"], hash(css))
	}
	if directives["script-src"] != hash(js) {
		t.Errorf("CSP script-src %q, want %s", directives["script-src"], hash(js))
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q allows unsafe sources", csp)
	}
}

// TestHTMLHostile feeds markup, quotes and a javascript: URL through
// every field that comes from an article and checks that all of it comes
// back as text.
func TestHTMLHostile(t *testing.T) {
	const (
		id      = `"><script>alert(1)</script>`
		title   = `</title><script>alert("t")</script>`
		site    = `<img src=x onerror=alert(1)>`
		author  = `" onmouseover="alert(1)`
		jsURL   = "javascript:alert(document.cookie)"
		path    = `</code><script>alert(2)</script>`
		pubDate = `'><svg onload=alert(1)>`
		placeID = `p1"><script>alert(3)</script>`
		warnMsg = `<script>alert('w')</script></textarea>`
	)
	text := "Before <script>alert('x')</script> and </textarea><b>bold</b> & “quotes” 'single' \"double\"\n" +
		"Line two mentions Gaza & Rafah <!-- comment --> ]]> &amp; &lt;"
	rec := record.New(id, record.Source{Kind: record.SourceURL, URL: jsURL, Path: path})
	rec.Title, rec.Site, rec.Published = &[]string{title}[0], &[]string{site}[0], &[]string{pubDate}[0]
	rec.Lang = &[]string{`en" onload="x`}[0]
	rec.Authors = []string{author, "<i>B</i>"}
	rec.Text = text
	rec.Places = []record.Place{{ID: placeID, Name: "<b>Gaza</b>", Kind: "city\"'", Mentions: []record.Span{htmlSpan(t, text, "Gaza", 0)}}}
	rec.Actors = []record.Actor{{ID: "a1", Name: `" autofocus onfocus="alert(1)`, Kind: "person", Titles: []string{"</aside>"},
		Aliases: []string{"<q>"}, Mentions: []record.Span{htmlSpan(t, text, "Rafah", 0)}}}
	rec.Casualties = []record.Casualty{{ID: "c1", Count: 3, Outcome: "killed<", Victims: "<em>people</em>",
		When: &record.When{Text: "</dd>"}, Where: &[]string{placeID}[0], Evidence: htmlSpan(t, text, "<b>bold</b>", 0)}}
	rec.Claims = []record.Claim{{ID: "k1", Kind: "statement\"", Speaker: &[]string{"</aside><script>x</script>"}[0],
		Cue: htmlSpan(t, text, "and", 0), Content: &[]record.Span{htmlSpan(t, text, "<script>alert('x')</script>", 0)}[0]}}
	rec.Warnings = []record.Warning{{Kind: "casualty_sum_mismatch", Message: warnMsg, Refs: []string{placeID, "missing\"<>"}}}

	page := htmlRender(t, HTMLOptions{Title: `</title><script>alert("page")</script>`}, rec)
	for _, bad := range []string{"<script>alert", "<img", "<svg", "<b>", "</textarea>", `" onmouseover`, `" autofocus`, "<!-- comment"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q unescaped", bad)
		}
	}
	htmlCheckWellFormed(t, page)
	d := htmlParse(t, page)
	htmlCheckSelfContained(t, d)

	titles := htmlFind(d.root, func(n *html.Node) bool { return n.Data == "title" })
	if len(titles) != 1 || htmlTextOf(titles[0]) != `</title><script>alert("page")</script>` {
		t.Errorf("page title not kept as text: %d titles", len(titles))
	}
	if got := htmlTextOf(d.byID(t, "art1-h")); got != title {
		t.Errorf("article heading %q, want %q", got, title)
	}
	htmlCheckParagraphs(t, d, "art1", text)
	htmlCheckMarks(t, d, "art1", rec)
	htmlCheckWarnings(t, d, "art1", rec)
	if got := htmlAttrOf(d.byID(t, "art1-p1-m1"), "data-fact"); got != placeID {
		t.Errorf("data-fact %q, want %q", got, placeID)
	}
	if text := htmlTextOf(d.byID(t, "art1")); !strings.Contains(text, jsURL) || !strings.Contains(text, path) ||
		!strings.Contains(text, author) || !strings.Contains(text, site) || !strings.Contains(text, pubDate) {
		t.Error("the metadata is not shown as text")
	}
	for _, a := range htmlFind(d.root, func(n *html.Node) bool { return n.Data == "a" }) {
		if strings.Contains(strings.ToLower(htmlAttrOf(a, "href")), "javascript") {
			t.Errorf("link to %q", htmlAttrOf(a, "href"))
		}
	}
	if _, ok := htmlAttr(d.byID(t, "art1-text"), "lang"); ok {
		t.Error("a language tag with quotes was written as the lang attribute")
	}
	missing := htmlFind(d.byID(t, "art1-w1"), func(n *html.Node) bool { return htmlHasClass(n, "ref-missing") })
	if len(missing) != 1 || htmlTextOf(missing[0]) != "missing\"<>" {
		t.Error("a reference to an unknown fact should be shown, unlinked")
	}
}

// TestHTMLSourceLinks checks which sources become links.
func TestHTMLSourceLinks(t *testing.T) {
	for _, tc := range []struct {
		url  string
		link bool
	}{
		{"https://example.org/a?b=1&c=2", true},
		{"http://example.org/", true},
		{"HTTPS://EXAMPLE.ORG/x", true},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"file:///etc/passwd", false},
		{"vbscript:x", false},
		{"//example.org/x", false},
		{"https:///nohost", false},
		{"http://exa mple.org/", false},
	} {
		rec := record.New(tc.url, record.Source{Kind: record.SourceURL, URL: tc.url})
		rec.Text = "x"
		d := htmlParse(t, htmlRender(t, HTMLOptions{}, rec))
		links := htmlFind(d.root, func(n *html.Node) bool { return n.Data == "a" && htmlHasClass(n, "src") })
		if got := len(links) == 1; got != tc.link {
			t.Errorf("%q: link %v, want %v", tc.url, got, tc.link)
			continue
		}
		if tc.link {
			if rel := htmlAttrOf(links[0], "rel"); rel != "noopener noreferrer" {
				t.Errorf("%q: rel=%q", tc.url, rel)
			}
			if htmlTextOf(links[0]) != tc.url {
				t.Errorf("%q: link text %q", tc.url, htmlTextOf(links[0]))
			}
		}
		if !strings.Contains(htmlTextOf(d.byID(t, "art1")), tc.url) {
			t.Errorf("%q: the source is not shown", tc.url)
		}
	}
}

// htmlSpan is the span of the n-th occurrence of sub in text, in code
// points.
func htmlSpan(t testing.TB, text, sub string, n int) record.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q not found in the text", sub)
		}
		if n == 0 {
			start := utf8.RuneCountInString(text[:from+i])
			return record.Span{Text: sub, Start: start, End: start + utf8.RuneCountInString(sub)}
		}
		n--
		from += i + len(sub)
	}
}

// TestHTMLCodePoints checks offsets in text with accents, curly quotes,
// Arabic, and characters outside the Basic Multilingual Plane (which take
// two UTF-16 units in a browser and four bytes in Go).
func TestHTMLCodePoints(t *testing.T) {
	text := "Zoë met Éric in São Paulo on “Día 1” 🎉🎉 — then القاهرة.\n" +
		"👩‍👩‍👧 Kraków: 3 killed, naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 said Zoë.\n" +
		"\n" +
		"Ünïcödé end 🇺🇦 Київ"
	rec := record.New("unicode", record.Source{Kind: record.SourceFile, Path: "unicode.txt"})
	rec.Text = text
	rec.Places = []record.Place{
		{ID: "p1", Name: "São Paulo", Kind: "city", Mentions: []record.Span{htmlSpan(t, text, "São Paulo", 0)}},
		{ID: "p2", Name: "Cairo", Kind: "city", Mentions: []record.Span{htmlSpan(t, text, "القاهرة", 0)}},
		{ID: "p3", Name: "Kraków", Kind: "city", Mentions: []record.Span{htmlSpan(t, text, "Kraków", 0)}},
		{ID: "p4", Name: "Kyiv", Kind: "city", Mentions: []record.Span{htmlSpan(t, text, "Київ", 0)}},
	}
	rec.Actors = []record.Actor{
		{ID: "a1", Name: "Zoë", Kind: "person", Mentions: []record.Span{htmlSpan(t, text, "Zoë", 0), htmlSpan(t, text, "Zoë", 1)}},
		{ID: "a2", Name: "Éric", Kind: "person", Mentions: []record.Span{htmlSpan(t, text, "Éric", 0)}},
		{ID: "a3", Name: "party", Kind: "group", Mentions: []record.Span{htmlSpan(t, text, "🎉🎉", 0), htmlSpan(t, text, "👩‍👩‍👧", 0)}},
	}
	rec.Casualties = []record.Casualty{{ID: "c1", Count: 3, Outcome: "killed", Evidence: htmlSpan(t, text, "3 killed", 0)}}
	content := htmlSpan(t, text, "Kraków: 3 killed, naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", 0)
	rec.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", Speaker: &[]string{"Zoë"}[0], SpeakerSpan: &[]record.Span{htmlSpan(t, text, "Zoë", 1)}[0],
			Cue: htmlSpan(t, text, "said", 0), Content: &content},
		{ID: "k2", Kind: "statement", Cue: htmlSpan(t, text, "“Día 1”", 0)},
		{ID: "k3", Kind: "statement", Cue: htmlSpan(t, text, "🇺🇦", 0)},
	}
	page := htmlRender(t, HTMLOptions{}, rec)
	htmlCheckWellFormed(t, page)
	d := htmlParse(t, page)
	htmlCheckParagraphs(t, d, "art1", text)
	htmlCheckMarks(t, d, "art1", rec)
	if got := htmlTextOf(d.byID(t, "art1-a1-m2")); got != "Zoë" {
		t.Errorf("second mention of Zoë reads %q", got)
	}
}

// TestHTMLOutOfRange checks that spans outside the text neither panic
// nor break the page: they are clamped, or dropped when nothing is left,
// and their facts stay in the panel without a link.
func TestHTMLOutOfRange(t *testing.T) {
	text := "Héllo wörld\nsecond line"
	n := utf8.RuneCountInString(text)
	spans := []record.Span{
		{Start: -5, End: 3}, {Start: 2, End: 1000}, {Start: 8, End: 4}, {Start: -10, End: -2},
		{Start: n, End: n + 10}, {Start: 3, End: 3}, {Start: 1000, End: 10}, {Start: 0, End: n}, {Start: 11, End: 12},
	}
	rec := record.New("range", record.Source{Kind: record.SourceFile, Path: "r.txt"})
	rec.Text = text
	for i, sp := range spans {
		id := "p" + strconv.Itoa(i+1)
		rec.Places = append(rec.Places, record.Place{ID: id, Name: id, Kind: "city", Mentions: []record.Span{sp}})
		rec.Casualties = append(rec.Casualties, record.Casualty{ID: "c" + strconv.Itoa(i+1), Count: i, Outcome: "killed", Evidence: sp})
		k := record.Claim{ID: "k" + strconv.Itoa(i+1), Kind: "statement", Cue: sp, Content: &sp, SpeakerSpan: &sp}
		rec.Claims = append(rec.Claims, k)
	}
	rec.Warnings = []record.Warning{{Kind: "conflicting_figures", Message: "m", Refs: []string{"c3", "c1"}}}
	page := htmlRender(t, HTMLOptions{}, rec)
	htmlCheckWellFormed(t, page)
	d := htmlParse(t, page)
	htmlCheckParagraphs(t, d, "art1", text)
	htmlCheckRandomMarks(t, d, rec)
	htmlCheckPanelLinks(t, d)

	// c3 (8..4) has no highlight: its entry and the warning's chip are
	// there, unlinked; c1 is clamped to the start of the text.
	if pieces, _ := htmlPieces(d.byID(t, "art1-text")); pieces["art1-c1-ev"] != "Hél" {
		t.Errorf("clamped span reads %q, want %q", pieces["art1-c1-ev"], "Hél")
	}
	if _, ok := d.ids["art1-c3-ev"]; ok {
		t.Error("an empty span got a highlight")
	}
	unlinked := htmlFind(d.byID(t, "art1-c3"), func(n *html.Node) bool { return htmlHasClass(n, "unlinked") })
	if len(unlinked) != 1 {
		t.Error("the entry of a fact without a highlight should be unlinked")
	}
	chips := htmlFind(d.byID(t, "art1-w1"), func(n *html.Node) bool { return htmlHasClass(n, "ref") })
	if len(chips) != 2 || chips[0].Data != "span" || chips[1].Data != "a" {
		t.Errorf("warning chips: want an unlinked c3 and a linked c1")
	}

	// Text that is not UTF-8, and offsets counted the way Go ranges over
	// it (one code point per bad byte), must not panic either.
	bad := record.New("bad", record.Source{Kind: record.SourceFile})
	bad.Text = "a\xffb\xfe\xfdc\r\nd\x00e"
	bad.Places = []record.Place{{ID: "p1", Name: "x", Mentions: []record.Span{{Start: 1, End: 4}, {Start: 5, End: 9}}}}
	page = htmlRender(t, HTMLOptions{}, bad)
	if !utf8.ValidString(page) {
		t.Error("the page is not valid UTF-8")
	}
	d = htmlParse(t, page)
	htmlCheckParagraphs(t, d, "art1", strings.NewReplacer("\xff", "\uFFFD", "\xfe", "\uFFFD", "\xfd", "\uFFFD", "\x00", "\uFFFD").Replace(bad.Text))
	if got := htmlTextOf(d.byID(t, "art1-p1-m1")); got != "\uFFFDb\uFFFD" {
		t.Errorf("highlight over bad bytes reads %q", got)
	}
}

// TestHTMLOverlaps checks highlights that cross each other and
// paragraph breaks.
func TestHTMLOverlaps(t *testing.T) {
	text := "Officials in North Kordofan said the attack on El Obeid killed nine.\nThe army denied it, its spokesman said."
	rec := record.New("overlap", record.Source{Kind: record.SourceFile})
	rec.Text = text
	sp := func(s string, n int) record.Span { return htmlSpan(t, text, s, n) }
	join := func(a, b record.Span) record.Span {
		return record.Span{Text: htmlSlice(text, a.Start, b.End), Start: a.Start, End: b.End}
	}
	rec.Places = []record.Place{
		{ID: "p1", Name: "North Kordofan", Kind: "admin1", Mentions: []record.Span{sp("North Kordofan", 0)}},
		{ID: "p2", Name: "El Obeid", Kind: "city", Mentions: []record.Span{sp("El Obeid", 0)}},
	}
	rec.Actors = []record.Actor{
		// Crosses the place, which has the same rank: "Officials in
		// North" against "North Kordofan"; one of them has to be split.
		{ID: "a1", Name: "Officials", Kind: "group", Mentions: []record.Span{join(sp("Officials", 0), sp("North", 0))}},
		{ID: "a2", Name: "army", Kind: "security_force", Mentions: []record.Span{sp("The army", 0), sp("its spokesman", 0)}},
	}
	rec.Casualties = []record.Casualty{{ID: "c1", Count: 9, Outcome: "killed", Evidence: join(sp("killed", 0), sp("nine", 0))}}
	// The first claim's content starts inside the place, crosses the
	// speaker span and the figure, and runs over the paragraph break; its
	// speaker span crosses a mention.
	content := join(sp("Kordofan", 0), sp("The army", 0))
	rec.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", Cue: sp("said", 0), Content: &content, SpeakerSpan: &[]record.Span{join(sp("in", 0), sp("said", 0))}[0]},
		{ID: "k2", Kind: "denial", Cue: sp("denied", 0), Content: &[]record.Span{sp("it", 1)}[0], SpeakerSpan: &[]record.Span{sp("The army", 0)}[0]},
		{ID: "k3", Kind: "statement", Cue: sp("said", 1), SpeakerSpan: &[]record.Span{sp("its spokesman", 0)}[0]},
	}
	page := htmlRender(t, HTMLOptions{}, rec)
	htmlCheckWellFormed(t, page)
	d := htmlParse(t, page)
	htmlCheckParagraphs(t, d, "art1", text)
	// Of the two mentions that cross, the one that starts first is split.
	htmlCheckMarks(t, d, "art1", rec, "art1-a1-m1")
	_, count := htmlPieces(d.byID(t, "art1-text"))
	for id, want := range map[string]int{
		"art1-a1-m1":  2, // split by the place it crosses
		"art1-p1-m1":  1,
		"art1-c1-ev":  1,
		"art1-k1-cue": 1,
		"art1-k1-spk": -2, // gives way to the mentions it crosses
		"art1-k1-con": -3, // gives way to everything, and to the paragraph break
	} {
		if want > 0 && count[id] != want || want < 0 && count[id] < -want {
			t.Errorf("%s is in %d pieces, want %d (negative: at least)", id, count[id], want)
		}
	}
}

// TestHTMLRandomSpans renders random spans over random text and checks
// the invariants: well-formed nesting, the text unchanged, and each
// highlight's pieces giving its span.
func TestHTMLRandomSpans(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", " ", " ", "é", "“", "”", "🎉", "\n", "<", "&", "ش", "\r"}
	kinds := 0
	for iter := range 300 {
		var b strings.Builder
		size := rng.IntN(60)
		for range size {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		n := utf8.RuneCountInString(text)
		span := func() record.Span {
			s := rng.IntN(n+6) - 3
			e := s + rng.IntN(n/2+4) - 1
			return record.Span{Text: htmlSlice(text, s, e), Start: s, End: e}
		}
		rec := record.New("r"+strconv.Itoa(iter), record.Source{Kind: record.SourceFile})
		rec.Text = text
		for i := range rng.IntN(4) {
			var ms []record.Span
			for range rng.IntN(4) + 1 {
				ms = append(ms, span())
			}
			rec.Places = append(rec.Places, record.Place{ID: "p" + strconv.Itoa(i+1), Mentions: ms})
			rec.Actors = append(rec.Actors, record.Actor{ID: "a" + strconv.Itoa(i+1), Mentions: []record.Span{span()}})
			rec.Casualties = append(rec.Casualties, record.Casualty{ID: "c" + strconv.Itoa(i+1), Evidence: span()})
			sp, co := span(), span()
			rec.Claims = append(rec.Claims, record.Claim{ID: "k" + strconv.Itoa(i+1), Cue: span(), SpeakerSpan: &sp, Content: &co})
			kinds++
		}
		page := htmlRender(t, HTMLOptions{}, rec)
		htmlCheckWellFormed(t, page)
		d := htmlParse(t, page)
		// The parser turns a lone CR into LF inside text only when it is
		// raw; the page writes it as a reference, so it survives.
		htmlCheckParagraphs(t, d, "art1", text)
		htmlCheckRandomMarks(t, d, rec)
		htmlCheckPanelLinks(t, d)
		if t.Failed() {
			t.Fatalf("iteration %d, text %q", iter, text)
		}
	}
	if kinds == 0 {
		t.Fatal("the generator made no facts")
	}
}

// htmlCheckRandomMarks is htmlCheckMarks without the demand that atomic
// spans stay whole, which random crossings cannot always allow.
func htmlCheckRandomMarks(t *testing.T, d *htmlDoc, rec *record.Record) {
	t.Helper()
	pieces, _ := htmlPieces(d.byID(t, "art1-text"))
	n := utf8.RuneCountInString(rec.Text)
	want := 0
	for _, w := range htmlWants("art1", rec) {
		start, end := max(w.span.Start, 0), min(w.span.End, n)
		if start >= end || strings.Trim(htmlSlice(rec.Text, start, end), "\n") == "" {
			if _, ok := d.ids[w.id]; ok {
				t.Errorf("%s is outside the text or blank but has a highlight", w.id)
			}
			continue
		}
		want++
		if got, exp := pieces[w.id], strings.ReplaceAll(htmlSlice(rec.Text, start, end), "\n", ""); got != exp {
			t.Errorf("%s reads %q, want %q", w.id, got, exp)
		}
		if el, ok := d.ids[w.id]; !ok || htmlAttrOf(el, "data-fact") != w.fact {
			t.Errorf("%s: missing, or names the wrong fact", w.id)
		}
	}
	if len(pieces) != want {
		t.Errorf("%d highlights, want %d", len(pieces), want)
	}
}

// TestHTMLFailedRecord checks the error box of a failed input and its
// entry in the table of contents.
func TestHTMLFailedRecord(t *testing.T) {
	failed := record.New("missing.txt", record.Source{Kind: record.SourceFile, Path: "missing.txt"})
	failed.Warn(record.WarnInvalidUTF8, "Some bytes were not UTF-8.")
	failed.Fail(record.ErrRead, "open missing.txt: no such file or directory <b>")
	ok := record.New("ok.txt", record.Source{Kind: record.SourceFile, Path: "ok.txt"})
	ok.Text = "Fine."
	d := htmlParse(t, htmlRender(t, HTMLOptions{}, failed, ok))

	boxes := htmlFind(d.byID(t, "art1"), func(n *html.Node) bool { return htmlHasClass(n, "rec-error") })
	if len(boxes) != 1 {
		t.Fatalf("%d error boxes, want 1", len(boxes))
	}
	if htmlAttrOf(boxes[0], "role") != "alert" || !strings.Contains(htmlTextOf(boxes[0]), "open missing.txt: no such file or directory <b>") ||
		!strings.Contains(htmlTextOf(boxes[0]), "read") {
		t.Errorf("error box reads %q", htmlTextOf(boxes[0]))
	}
	if _, has := d.ids["art1-text"]; has {
		t.Error("a failed record without text got a text column")
	}
	if _, has := d.ids["art1-w1"]; !has {
		t.Error("the failed record's input warning is not shown")
	}
	toc := htmlFind(d.root, func(n *html.Node) bool { return htmlHasClass(n, "toc") })
	if len(toc) != 1 || len(htmlFind(toc[0], func(n *html.Node) bool { return htmlHasClass(n, "badge-error") })) != 1 {
		t.Error("the table of contents does not mark the failed record")
	}
	htmlCheckParagraphs(t, d, "art2", "Fine.")
}

// TestHTMLEmptyRun checks that a run without records is still a valid,
// self-contained page, and the writer's life cycle.
func TestHTMLEmptyRun(t *testing.T) {
	var buf bytes.Buffer
	h := NewHTML(&buf, HTMLOptions{})
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := h.Add(record.New("x", record.Source{})); err == nil {
		t.Error("Add after Close succeeded")
	}
	page := buf.String()
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.HasSuffix(page, "</html>\n") {
		t.Error("not a complete document")
	}
	d := htmlParse(t, page)
	htmlCheckSelfContained(t, d)
	titles := htmlFind(d.root, func(n *html.Node) bool { return n.Data == "title" })
	if len(titles) != 1 || htmlTextOf(titles[0]) != "newsx report" {
		t.Error("want the default title")
	}
	if len(htmlFind(d.root, func(n *html.Node) bool { return htmlHasClass(n, "empty") })) != 1 {
		t.Error("no note that the run was empty")
	}
	if len(htmlFind(d.root, func(n *html.Node) bool { return n.Data == "article" || htmlHasClass(n, "toc") })) != 0 {
		t.Error("an empty run has articles or a table of contents")
	}
}

// TestHTMLStreaming checks that each record is written when it is added,
// the head once, and the table of contents at the end, only for runs of
// several records.
func TestHTMLStreaming(t *testing.T) {
	var buf bytes.Buffer
	h := NewHTML(&buf, HTMLOptions{Title: "Run <1> & co"})
	recs := htmlLoadGolden(t, "jsonl-mixed-briefs")
	for i, rec := range recs {
		if err := h.Add(rec); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if !strings.Contains(page, `<article class="rec" id="art`+strconv.Itoa(i+1)+`"`) {
			t.Fatalf("record %d was not written by Add", i+1)
		}
		if strings.Contains(page, "</html>") || strings.Contains(page, `class="toc"`) {
			t.Fatal("the tail was written before Close")
		}
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if c := strings.Count(page, "<!DOCTYPE html>"); c != 1 {
		t.Errorf("%d document heads", c)
	}
	d := htmlParse(t, page)
	titles := htmlFind(d.root, func(n *html.Node) bool { return n.Data == "title" || n.Data == "h1" })
	for _, n := range titles {
		if htmlTextOf(n) != "Run <1> & co" {
			t.Errorf("<%s> reads %q", n.Data, htmlTextOf(n))
		}
	}
	toc := htmlFind(d.root, func(n *html.Node) bool { return htmlHasClass(n, "toc") })
	if len(toc) != 1 {
		t.Fatalf("%d tables of contents, want 1", len(toc))
	}
	links := htmlFind(toc[0], func(n *html.Node) bool { return n.Data == "a" })
	if len(links) != len(recs) {
		t.Fatalf("%d entries in the table of contents, want %d", len(links), len(recs))
	}
	for i, a := range links {
		if htmlAttrOf(a, "href") != "#art"+strconv.Itoa(i+1) {
			t.Errorf("entry %d links to %q", i+1, htmlAttrOf(a, "href"))
		}
		want := recs[i].ID
		if recs[i].Title != nil && *recs[i].Title != "" {
			want = *recs[i].Title
		}
		if htmlTextOf(a) != want {
			t.Errorf("entry %d reads %q, want %q", i+1, htmlTextOf(a), want)
		}
	}

	one := htmlParse(t, htmlRender(t, HTMLOptions{}, recs[0]))
	if len(htmlFind(one.root, func(n *html.Node) bool { return htmlHasClass(n, "toc") })) != 0 {
		t.Error("a run of one record has a table of contents")
	}
}

// htmlFailWriter fails after n bytes.
type htmlFailWriter struct{ n int }

func (w *htmlFailWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestHTMLWriteError checks that a failing writer's error comes back.
func TestHTMLWriteError(t *testing.T) {
	rec := htmlLoadGolden(t, "kp-coordinated-attacks")[0]
	h := NewHTML(&htmlFailWriter{n: 1000}, HTMLOptions{})
	if err := h.Add(rec); err == nil {
		t.Fatal("Add on a failing writer returned no error")
	}
	if err := h.Close(); err == nil {
		t.Error("Close after a write error returned no error")
	}
	if err := NewHTML(&htmlFailWriter{}, HTMLOptions{}).Close(); err == nil {
		t.Error("Close on a failing writer returned no error")
	}
}

// TestHTMLPanelText checks the wording of the side panel.
func TestHTMLPanelText(t *testing.T) {
	text := "At least 18 soldiers were killed in Bannu on Sunday, the army said."
	rec := record.New("panel", record.Source{Kind: record.SourceFile})
	rec.Text = text
	rec.Places = []record.Place{{ID: "p1", Name: "Bannu", Kind: "admin2", Country: &[]string{"PK"}[0],
		Admin1: &[]string{"Khyber Pakhtunkhwa"}[0], Mentions: []record.Span{htmlSpan(t, text, "Bannu", 0)}}}
	rec.Actors = []record.Actor{{ID: "a1", Name: "Pakistan Army", Kind: "security_force", Titles: []string{"spokesman"},
		Aliases: []string{"the army"}, Mentions: []record.Span{htmlSpan(t, text, "the army", 0)}}}
	rec.Casualties = []record.Casualty{{ID: "c1", Count: 18, Min: &[]int{18}[0], Approximate: true, Qualifier: &[]string{"at least"}[0],
		Outcome: "killed", Victims: "soldiers", When: &record.When{Text: "on Sunday", Date: &[]string{"2025-03-16"}[0]},
		Where: &[]string{"p1"}[0], ReportedBy: &[]string{"a1"}[0], Evidence: htmlSpan(t, text, "At least 18 soldiers", 0)}}
	content := htmlSpan(t, text, "At least 18 soldiers were killed in Bannu on Sunday", 0)
	rec.Claims = []record.Claim{{ID: "k1", Kind: "statement", Speaker: &[]string{"Pakistan Army"}[0], Cue: htmlSpan(t, text, "said", 0),
		Content: &content, SpeakerSpan: &[]record.Span{htmlSpan(t, text, "the army", 0)}[0]}}
	d := htmlParse(t, htmlRender(t, HTMLOptions{}, rec))
	for id, want := range map[string]string{
		"art1-c1": "c1at least 18 soldiers killedBannu — 2025-03-16 (“on Sunday”) — reported by Pakistan Army",
		"art1-p1": "p1Bannuadmin2 · PK · Khyber Pakhtunkhwa · 1 mention",
		"art1-a1": "a1Pakistan Armysecurity force · spokesman · also “the army” · 1 mention",
		"art1-k1": "k1Pakistan Army said“At least 18 soldiers were killed in Bannu on Sunday”",
	} {
		if got := htmlTextOf(d.byID(t, id)); got != want {
			t.Errorf("%s reads\n %q, want\n %q", id, got, want)
		}
	}
}

// TestHTMLFigure checks how casualty figures are worded.
func TestHTMLFigure(t *testing.T) {
	i := func(n int) *int { return &n }
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		c    record.Casualty
		want string
	}{
		{record.Casualty{Count: 92, Victims: "militants", Outcome: "killed"}, "92 militants killed"},
		{record.Casualty{Count: 1200, Outcome: "displaced"}, "1,200 people displaced"},
		{record.Casualty{Count: 18, Min: i(18), Approximate: true, Qualifier: s("at least"), Victims: "soldiers", Outcome: "killed"}, "at least 18 soldiers killed"},
		{record.Casualty{Count: 35, Min: i(30), Max: i(40), Qualifier: s("between"), Outcome: "injured"}, "between 30 and 40 people injured"},
		{record.Casualty{Count: 24, Min: i(24), Max: i(99), Approximate: true, Qualifier: s("dozens"), Outcome: "killed"}, "dozens (24–99) people killed"},
		{record.Casualty{Count: 50, Approximate: true, Outcome: "missing"}, "about 50 people missing"},
		{record.Casualty{Count: 180, Min: i(180), Max: i(180), Qualifier: s("earlier figure"), Outcome: "killed"}, "180 (earlier figure) people killed"},
		{record.Casualty{Count: 15, Min: i(10), Max: i(20), Outcome: "arrested"}, "10–20 people arrested"},
	} {
		if got := pageFigureLine(tc.c); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.c, got, tc.want)
		}
	}
}

// TestHTMLShorten checks that long claim contents are cut on a word.
func TestHTMLShorten(t *testing.T) {
	long := strings.Repeat("word ", 40) + "é🎉"
	got := pageShorten(long, 30)
	if utf8.RuneCountInString(got) > 31 || !strings.HasSuffix(got, "…") || strings.HasSuffix(got, " …") {
		t.Errorf("pageShorten: %q", got)
	}
	if got := pageShorten("short", 30); got != "short" {
		t.Errorf("pageShorten(short) = %q", got)
	}
	if got := pageShorten("🎉🎉🎉🎉", 2); got != "🎉🎉…" {
		t.Errorf("pageShorten(emoji) = %q", got)
	}
}

// BenchmarkHTML renders the golden records, and a long synthetic article
// dense with overlapping highlights.
func BenchmarkHTML(b *testing.B) {
	var recs []*record.Record
	for _, fx := range htmlFixtures(b) {
		recs = append(recs, htmlLoadGolden(b, fx)...)
	}
	b.Run("goldens", func(b *testing.B) {
		size := 0
		for _, r := range recs {
			size += len(r.Text)
		}
		b.SetBytes(int64(size))
		for b.Loop() {
			h := NewHTML(io.Discard, HTMLOptions{})
			for _, r := range recs {
				if err := h.Add(r); err != nil {
					b.Fatal(err)
				}
			}
			if err := h.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("large", func(b *testing.B) {
		rec := htmlLarge(2000)
		b.SetBytes(int64(len(rec.Text)))
		for b.Loop() {
			h := NewHTML(io.Discard, HTMLOptions{})
			if err := h.Add(rec); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// htmlLarge builds an article of n paragraphs, each with a place, an
// actor, a figure and a claim whose content holds them all.
func htmlLarge(n int) *record.Record {
	rec := record.New("large", record.Source{Kind: record.SourceFile})
	para := "Officials in Kraków said that 12 people were killed when the army shelled the “old town”."
	width := utf8.RuneCountInString(para) + 1
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(para)
		off := i * width
		at := func(s string, from int) record.Span {
			j := strings.Index(para, s)
			start := off + utf8.RuneCountInString(para[:j])
			return record.Span{Text: s, Start: start + from, End: start + utf8.RuneCountInString(s)}
		}
		id := strconv.Itoa(i + 1)
		rec.Places = append(rec.Places, record.Place{ID: "p" + id, Name: "Kraków", Mentions: []record.Span{at("Kraków", 0)}})
		rec.Actors = append(rec.Actors, record.Actor{ID: "a" + id, Name: "army", Mentions: []record.Span{at("Officials", 0), at("the army", 0)}})
		rec.Casualties = append(rec.Casualties, record.Casualty{ID: "c" + id, Count: 12, Outcome: "killed", Evidence: at("12 people", 0)})
		content := at("that 12 people were killed when the army shelled the “old town”", 0)
		rec.Claims = append(rec.Claims, record.Claim{ID: "k" + id, Kind: "statement", Cue: at("said", 0), Content: &content,
			SpeakerSpan: &[]record.Span{at("Officials in Kraków", 0)}[0]})
	}
	rec.Text = b.String()
	return rec
}

// TestHTMLLarge checks the long synthetic article fully, as a guard for
// the benchmark's input and for the renderer at size.
func TestHTMLLarge(t *testing.T) {
	rec := htmlLarge(300)
	page := htmlRender(t, HTMLOptions{}, rec)
	htmlCheckWellFormed(t, page)
	d := htmlParse(t, page)
	htmlCheckParagraphs(t, d, "art1", rec.Text)
	htmlCheckMarks(t, d, "art1", rec)
}
