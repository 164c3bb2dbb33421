package htmltext

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
)

// Paragraphs of a made-up article, used to build test pages.
var articleParas = []string{
	"The harbour authority said on Tuesday that the north quay would close for six months, from April, while engineers replace the timber piles that have held it up since 1910.",
	"Fishing boats that use the quay will move to temporary berths in the east basin, and the authority said it would pay for extra ladders, lighting and a water supply there.",
	"Skippers welcomed the plan, although several said the east basin dries out at low spring tides, which would stop them landing their catch for a few hours each month.",
	"The work is expected to cost about 4.2 million pounds, most of it from a coastal communities fund, with the rest coming from the authority's own reserves and berth fees.",
}

// articlePage returns a page whose article holds articleParas, with extra
// inserted before the article, inside it after the second paragraph, or
// after it.
func articlePage(before, inside, after string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>North quay to close for repairs</title></head><body>`)
	b.WriteString(before)
	b.WriteString(`<article><h1>North quay to close for repairs</h1><div class="article-body">`)
	for i, p := range articleParas {
		b.WriteString("<p>" + p + "</p>\n")
		if i == 1 {
			b.WriteString(inside)
		}
	}
	b.WriteString(`</div></article>`)
	b.WriteString(after)
	b.WriteString(`</body></html>`)
	return b.String()
}

// checkShape fails the test when text breaks the Text contract.
func checkShape(t *testing.T, text string) {
	t.Helper()
	if text == "" {
		return
	}
	for i, l := range strings.Split(text, "\n") {
		if l == "" {
			t.Errorf("line %d is empty in %q", i, text)
		}
		if strings.TrimSpace(l) != l || strings.Contains(l, "  ") || strings.ContainsAny(l, "\t\r\u00a0\u200b") {
			t.Errorf("line %d has stray white space: %q", i, l)
		}
	}
	if !utf8.ValidString(text) {
		t.Errorf("text is not valid UTF-8")
	}
}

// checkInOrder fails the test unless every want string is in text, in the
// given order.
func checkInOrder(t *testing.T, text string, want []string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%q is out of order in:\n%s", w, text)
			} else {
				t.Errorf("%q is missing from:\n%s", w, text)
			}
			continue
		}
		at += i + len(w)
	}
}

func mustExtract(t *testing.T, src, pageURL string) *Article {
	t.Helper()
	a, err := Extract(src, pageURL)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Authors == nil {
		t.Errorf("Authors is nil")
	}
	checkShape(t, a.Text)
	return a
}

func TestBoilerplateRemoved(t *testing.T) {
	tests := []struct {
		name                  string
		before, inside, after string
		marker                string // must not appear in the text
	}{
		{name: "nav", before: `<nav><a href="/">Home</a> <a href="/world">World news and analysis</a></nav>`, marker: "World news and analysis"},
		{name: "nav class", inside: `<div class="navbar"><a href="/a">Previous story</a> | <a href="/b">Next story in this series</a></div>`, marker: "Next story"},
		{name: "page header", before: `<header><div>The Harbour Gazette</div><p>Subscribe to the Gazette for one pound a week, cancel at any time.</p></header>`, marker: "Subscribe to the Gazette"},
		{name: "header class", before: `<div class="site-header"><p>Subscribe to the Gazette for one pound a week, cancel at any time.</p></div>`, marker: "Subscribe to the Gazette"},
		{name: "page footer", after: `<footer><p>Copyright the Harbour Gazette. All rights reserved, everywhere, for ever.</p></footer>`, marker: "All rights reserved"},
		{name: "footer class", after: `<div id="footer"><p>Copyright the Harbour Gazette. All rights reserved, everywhere, for ever.</p></div>`, marker: "All rights reserved"},
		{name: "aside", inside: `<aside><p>Factbox: the quay in numbers, with dates, costs, and other figures.</p></aside>`, marker: "quay in numbers"},
		{name: "sidebar", after: `<div class="sidebar"><h3>Most read</h3><p>Council tax set to rise again, says the leader of the council.</p></div>`, marker: "Council tax"},
		{name: "related links", inside: `<div class="related-stories"><h3>More on this story</h3><ul><li><a href="/1">Quay repairs delayed again</a></li><li><a href="/2">Fish prices fall at auction</a></li></ul></div>`, marker: "Fish prices"},
		{name: "related list by link density", inside: `<ul><li><a href="/1">Quay repairs delayed again after storm damage</a></li><li><a href="/2">Fish prices fall at the Monday auction</a></li><li><a href="/3">Harbour master retires after thirty years</a></li></ul>`, marker: "Fish prices"},
		{name: "read more link", inside: `<p>Read more: <a href="/quay-history">A short history of the north quay and its timber piles</a></p>`, marker: "history of the north quay"},
		{name: "share bar", inside: `<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>`, marker: "Share on"},
		{name: "social", inside: `<ul class="social-links"><li>Follow us</li><li>Like us</li></ul>`, marker: "Follow us"},
		{name: "ad", inside: `<div class="ad-slot"><span>Advertisement</span><a href="https://ads.example">Cheap ferry tickets, book today!</a></div>`, marker: "ferry tickets"},
		{name: "advert", inside: `<div id="advert-mpu-1"><p>Sponsored: the best waterproof jackets of the year, reviewed.</p></div>`, marker: "waterproof jackets"},
		{name: "comments", after: `<section id="comments"><h3>3 comments</h3>` +
			strings.Repeat(`<div class="comment"><p>I have fished from that quay for forty years, and frankly, the authority has neglected it, ignored every warning, and wasted money elsewhere, so this is long overdue.</p></div>`, 6) +
			`</section>`, marker: "fished from that quay"},
		{name: "newsletter", inside: `<div class="newsletter-signup"><h3>The morning briefing</h3><p>Get our free newsletter in your inbox every morning.</p><form><input type="email" name="e"><button>Sign up</button></form></div>`, marker: "free newsletter"},
		{name: "figure caption", inside: `<figure><img src="q.jpg" alt="The quay"><figcaption>The north quay at low tide, photographed last week.</figcaption></figure>`, marker: "at low tide"},
		{name: "caption class", inside: `<div class="image-caption">The north quay at low tide, photographed last week.</div>`, marker: "at low tide"},
		{name: "photo credit", inside: `<p class="photo-credit">Photograph: Harbour Gazette picture desk</p>`, marker: "picture desk"},
		{name: "script", inside: `<script>var markerScript = "do not show this";</script>`, marker: "markerScript"},
		{name: "style", inside: `<style>.markerStyle { color: red }</style>`, marker: "markerStyle"},
		{name: "noscript", inside: `<noscript>Please enable JavaScript to view the interactive map.</noscript>`, marker: "enable JavaScript"},
		{name: "form", inside: `<form action="/search"><label>Search the archive</label><input name="q"><select><option>All sections</option></select></form>`, marker: "Search the archive"},
		{name: "iframe", inside: `<iframe src="https://video.example/embed/1">Your browser cannot show the video player.</iframe>`, marker: "video player"},
		{name: "hidden style", inside: `<div style="display: none"><p>Hidden text that a browser would never show to the reader.</p></div>`, marker: "Hidden text"},
		{name: "hidden attribute", inside: `<p hidden>Hidden text that a browser would never show to the reader.</p>`, marker: "Hidden text"},
		{name: "aria hidden", inside: `<div aria-hidden="true"><p>Hidden text that a browser would never show to the reader.</p></div>`, marker: "Hidden text"},
		{name: "screen reader class", inside: `<span class="sr-only">Hidden text for screen readers only</span>`, marker: "Hidden text"},
		{name: "cookie banner", after: `<div class="cookie-consent"><p>We use cookies to improve your experience on our site, as described in our policy.</p></div>`, marker: "We use cookies"},
		{name: "dialog role", after: `<div role="dialog"><p>Before you go: would you like to take part in a short survey about our site?</p></div>`, marker: "short survey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, articlePage(tt.before, tt.inside, tt.after), "")
			checkInOrder(t, a.Text, articleParas)
			if strings.Contains(a.Text, tt.marker) {
				t.Errorf("boilerplate %q kept:\n%s", tt.marker, a.Text)
			}
		})
	}
}

func TestTextShape(t *testing.T) {
	tests := []struct {
		name   string
		inside string
		want   []string // lines that must be in the text, in order
	}{
		{
			name:   "heading kept in order",
			inside: `<h2>Who pays for the work</h2>`,
			want:   []string{articleParas[1], "\nWho pays for the work\n", articleParas[2]},
		},
		{
			name:   "list items one per line",
			inside: `<ul><li>new timber piles along the whole quay;</li><li>a steel walkway on the seaward side;</li><li>lighting and a water supply for the boats.</li></ul>`,
			want:   []string{"\nnew timber piles along the whole quay;\na steel walkway on the seaward side;\nlighting and a water supply for the boats.\n"},
		},
		{
			name:   "blockquote",
			inside: `<blockquote><p>We have waited twenty years for this, and it cannot come soon enough.</p></blockquote>`,
			want:   []string{"\nWe have waited twenty years for this, and it cannot come soon enough.\n"},
		},
		{
			name:   "br separated text",
			inside: `<div>The authority listed three phases of the work.<br><br>First, the old piles will be pulled out.<br>Then new ones will be driven in.<br><br>Last, the deck will be relaid.</div>`,
			want:   []string{"\nThe authority listed three phases of the work.\nFirst, the old piles will be pulled out.\nThen new ones will be driven in.\nLast, the deck will be relaid.\n"},
		},
		{
			name:   "entities decoded",
			inside: `<p>Costs &amp; fees: &lt;&euro;5m&gt;, caf&eacute; owners&#8217; worries, &quot;quoted&quot; &#x2014; all decoded.</p>`,
			want:   []string{"Costs & fees: <€5m>, café owners’ worries, \"quoted\" — all decoded."},
		},
		{
			name:   "spaces normalised",
			inside: "<p>Berth\u00a0fees&nbsp;&nbsp;will rise\u2009by 3%,\n\t  the\u200b authority\u00a0said.</p>",
			want:   []string{"\nBerth fees will rise by 3%, the authority said.\n"},
		},
		{
			name:   "inline markup flows",
			inside: `<p>The <em>north</em> quay, <a href="/q">built in 1910</a>, is <strong>listed</strong>.</p>`,
			want:   []string{"\nThe north quay, built in 1910, is listed.\n"},
		},
		{
			name:   "table cells one per line",
			inside: `<table><caption>Costs</caption><tr><th>Item</th><th>Cost</th></tr><tr><td>Piles</td><td>2.1m</td></tr></table>`,
			want:   []string{"Item\nCost\nPiles\n2.1m"},
		},
		{
			name:   "preformatted lines",
			inside: "<pre>tide  height\n06:10 4.2m\n12:25 0.9m</pre>",
			want:   []string{"\ntide height\n06:10 4.2m\n12:25 0.9m\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, articlePage("", tt.inside, ""), "")
			checkInOrder(t, "\n"+a.Text+"\n", tt.want)
			checkInOrder(t, a.Text, articleParas)
		})
	}
}

func TestHeadlineFirst(t *testing.T) {
	a := mustExtract(t, articlePage("", "", ""), "")
	if first, _, _ := strings.Cut(a.Text, "\n"); first != "North quay to close for repairs" {
		t.Errorf("first line = %q, want the headline", first)
	}
	if n := strings.Count(a.Text, "North quay to close for repairs"); n != 1 {
		t.Errorf("headline appears %d times", n)
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, src := range []string{"", "   ", "<html></html>", "<html><body></body></html>", "<!DOCTYPE html>"} {
		a, err := Extract(src, "")
		if err != nil {
			t.Fatalf("Extract(%q): %v", src, err)
		}
		want := &Article{Authors: []string{}}
		if diff := cmp.Diff(want, a); diff != "" {
			t.Errorf("Extract(%q) (-want +got):\n%s", src, diff)
		}
	}
}

func TestLinkPage(t *testing.T) {
	a := mustExtract(t, readTestdata(t, "links.html"), "")
	if n := utf8.RuneCountInString(a.Text); n > 40 {
		t.Errorf("a page of links gave %d runes of text:\n%s", n, a.Text)
	}
	if strings.Contains(a.Text, "Bakery") {
		t.Errorf("link text kept:\n%s", a.Text)
	}
}

func TestTruncated(t *testing.T) {
	full := readTestdata(t, "news.html")
	cut := strings.Index(full, "Network officials said")
	if cut < 0 {
		t.Fatal("testdata/news.html changed")
	}
	tests := []struct {
		name      string
		src       string
		truncated bool
		has       []string
		hasNot    []string
	}{
		{name: "complete page", src: full, truncated: false,
			has: []string{"The River Wend fell", "more rain is forecast on Monday."}},
		{name: "cut in text", src: full[:cut+40], truncated: true,
			has:    []string{"The River Wend fell", "The A61 bridge reopened", "Network officials said replacement"},
			hasNot: []string{"more rain is forecast"}},
		{name: "cut in a tag", src: full[:cut-3], truncated: true,
			has: []string{"The River Wend fell", "The A61 bridge reopened"}},
		{name: "cut after a tag", src: full[:cut-3] + ">", truncated: true,
			has: []string{"The River Wend fell"}},
		{name: "cut in the head", src: full[:strings.Index(full, "<style>")], truncated: true},
		{name: "whole document without end tags", src: "<!doctype html><html><title>x</title><p>" + articleParas[0] + "</p>", truncated: true},
		{name: "fragment", src: "<p>" + articleParas[0] + "</p>", truncated: false, has: articleParas[:1]},
		{name: "unclosed fragment", src: "<div><p>" + articleParas[0] + "</p>", truncated: true, has: articleParas[:1]},
		{name: "plain text", src: articleParas[0], truncated: false},
		{name: "upper case end tags", src: "<HTML><BODY><P>" + articleParas[0] + "</P></BODY></HTML>", truncated: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, tt.src, "")
			if a.Truncated != tt.truncated {
				t.Errorf("Truncated = %v, want %v", a.Truncated, tt.truncated)
			}
			for _, h := range tt.has {
				if !strings.Contains(a.Text, h) {
					t.Errorf("text lacks %q:\n%s", h, a.Text)
				}
			}
			for _, h := range tt.hasNot {
				if strings.Contains(a.Text, h) {
					t.Errorf("text has %q", h)
				}
			}
		})
	}
}

func TestFallbacks(t *testing.T) {
	long := strings.Join(articleParas, "\n")
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "JSON-LD articleBody",
			src: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay","articleBody":` +
				jsonString(long) + `}</script></head><body><div id="app"><p>Loading the story&hellip;</p></div></body></html>`,
			want: articleParas,
		},
		{
			name: "JSON-LD articleBody holding HTML",
			src: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay","articleBody":` +
				jsonString("<p>"+strings.Join(articleParas, "</p><p>")+"</p>") + `}</script></head><body><p>Loading&hellip;</p></body></html>`,
			want: articleParas,
		},
		{
			name: "noscript copy",
			src: `<html><body><div id="root"></div><noscript><div class="post"><h1>Quay</h1>` +
				"<p>" + strings.Join(articleParas, "</p><p>") + `</p></div></noscript></body></html>`,
			want: articleParas,
		},
		{
			name: "prose paragraphs when no container scores",
			src: `<html><body>` + strings.Repeat(`<div class="box"><ul>`+strings.Repeat(`<li><a href="/x">A link to another story on this site</a></li>`, 12)+`</ul></div>`, 1) +
				`<div class="box"><p>` + articleParas[0] + `</p>` + strings.Repeat(`<a href="/y">Another link to another story on this site</a> `, 12) + `</div>` +
				`<div class="box"><p>` + articleParas[1] + `</p>` + strings.Repeat(`<a href="/z">Yet another link to a story on this site</a> `, 12) + `</div>` +
				`</body></html>`,
			want: articleParas[:2],
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, tt.src, "")
			checkInOrder(t, a.Text, tt.want)
			if strings.Contains(a.Text, "link to another story") {
				t.Errorf("links kept:\n%s", a.Text)
			}
		})
	}
}

func TestTestdataPages(t *testing.T) {
	tests := []struct {
		file   string
		url    string
		want   Article // metadata; Text is checked with has/hasNot
		has    []string
		hasNot []string
	}{
		{
			file: "news.html",
			url:  "https://courier.example/news/2024/03/02/riverton-floods?ref=home",
			want: Article{
				Title: "Flood waters recede in Riverton as clean-up begins", Site: "The Valley Courier",
				Lang: "en-GB", Published: "2024-03-02T10:15:00Z", Authors: []string{"Amina Okafor", "Tomasz Nowak"},
				Canonical: "https://courier.example/news/2024/03/02/riverton-floods",
			},
			has: []string{
				"Flood waters recede in Riverton as clean-up begins",
				"Residents returned to waterlogged homes on Saturday",
				"The River Wend fell by almost a metre overnight",
				"“The water came in through the floorboards & we lost nearly everything downstairs.”",
				"\nRoads and rail\n",
				"\nRecovery will take months, not weeks, and we will need every bit of help we can get.\n",
				"\ncall the council's flood line, which is open around the clock;\n",
				"more rain is forecast on Monday.",
			},
			hasNot: []string{"Skip to content", "Subscribe today", "Share on", "Volunteers carry sandbags", "Photo: Courier staff",
				"Advertisement", "Cheap flights", "Riverton braces", "morning briefing", "Tags:", "RiverWatcher",
				"were warned", "Most read", "Council tax", "cookies", "All rights reserved", "By Amina"},
		},
		{
			file: "blog.html",
			want: Article{
				Title: "Notes from the allotment: the first frost", Site: "Green Thumbs Diary",
				Published: "2019-11-17", Authors: []string{"Hugh Marsh"},
			},
			has: []string{
				"\nThe first proper frost arrived on Tuesday night, three weeks later than last year, and it finished off the last of the dahlias in a single stroke.\n",
				"\nA few notes for next year:\nsow the broad beans before the end of October;\nput the fleece over the chard much earlier.\n",
				"dry & frost-free.",
			},
			hasNot: []string{"Lovely post", "Blog archive", "November (3)", "Retired teacher", "Posted by"},
		},
		{
			file: "feature.html",
			url:  "https://coastline.example/features/keepers",
			want: Article{
				Title: "The last lighthouse keepers", Site: "Coastline Magazine", Lang: "en-US",
				Published: "2023-08-14", Authors: []string{"Rosa Lindqvist"},
			},
			has: []string{
				"For most of the twentieth century, the light at Skerry Point",
				"\nA life measured in watches\n",
				"The work was monotonous and exacting.",
				"\nThe end of the watch\n",
				"sat with the book open on the reading-room table for a long time before he closed it.",
			},
			hasNot: []string{"Stories from the edge", "Features", "Advertisement", "travelling libraries", "writes about the sea",
				"Share this", "Recent posts", "tide table", "Proudly powered"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := mustExtract(t, readTestdata(t, tt.file), tt.url)
			got := *a
			got.Text = ""
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("metadata (-want +got):\n%s", diff)
			}
			for _, h := range tt.has {
				if !strings.Contains("\n"+a.Text+"\n", h) {
					t.Errorf("text lacks %q", h)
				}
			}
			for _, h := range tt.hasNot {
				if strings.Contains(a.Text, h) {
					t.Errorf("text has %q", h)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", a.Text)
			}
		})
	}
}

func TestFromDocument(t *testing.T) {
	src := readTestdata(t, "news.html")
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	doc.Url, _ = url.Parse("https://courier.example/news/other")
	before, err := doc.Html()
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromDocument(doc, "")
	if err != nil {
		t.Fatal(err)
	}
	after, _ := doc.Html()
	if before != after {
		t.Errorf("FromDocument modified the document")
	}
	want, _ := Extract(src, "https://courier.example/news/other")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromDocument differs from Extract (-Extract +FromDocument):\n%s", diff)
	}
	if _, err := FromDocument(nil, ""); err == nil {
		t.Errorf("FromDocument(nil) gave no error")
	}
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// FuzzExtract checks that any input gives an Article that keeps the Text
// contract, without panicking. The seeds run with the ordinary tests.
func FuzzExtract(f *testing.F) {
	f.Add("")
	f.Add("<p>a&nbsp;b<br><br>c</p>")
	f.Add(articlePage("<nav>x</nav>", "<ul><li>a</li></ul>", "<footer>y</footer>"))
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#a"}},{"@id":"#a","author":{"@id":"#a"}}]}</script>`)
	f.Add("<div><div><p>unclosed <b>bold <i>text")
	f.Add("<table><tr><td><pre>\n\n x \n</pre></td></tr></table><noscript>&lt;p&gt;</noscript>")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := Extract(src, "https://example.com/a/b")
		if err != nil {
			t.Skip()
		}
		if a.Authors == nil {
			t.Fatal("nil Authors")
		}
		if !utf8.ValidString(src) {
			return // invalid input bytes pass through; the contract assumes UTF-8
		}
		for _, l := range strings.Split(a.Text, "\n") {
			if a.Text != "" && (l == "" || strings.TrimSpace(l) != l) {
				t.Fatalf("bad line %q in %q", l, a.Text)
			}
		}
	})
}

func TestDeepNesting(t *testing.T) {
	// The HTML parser refuses more than 512 open elements; Extract flattens
	// the deepest levels instead of failing.
	src := "<html><body>" + strings.Repeat("<div><span>", 400) + "<p>" + strings.Join(articleParas, "</p><p>") + "</p>" +
		strings.Repeat("</span></div>", 400) + "<p>After the nesting, the last paragraph of the page.</p></body></html>"
	a := mustExtract(t, src, "")
	checkInOrder(t, a.Text, articleParas)
	if a.Truncated {
		t.Errorf("Truncated = true for a complete page")
	}
	if got := capNesting("<a><b><c>x</c></b><d>y</d></a>", 2); got != "<a><b>x</b><d>y</d></a>" {
		t.Errorf("capNesting = %q", got)
	}
}

func TestShortArticleStaysShort(t *testing.T) {
	// A short post followed by teasers of other stories: the lenient passes
	// would find more text, but it is text the strict pass dropped by name.
	var teasers strings.Builder
	for i := 0; i < 5; i++ {
		teasers.WriteString(`<div class="next-story"><h2><a href="/s">Another story from the archive</a></h2><p>` + articleParas[3] + `</p></div>`)
	}
	src := `<html><body><div id="story"><h1>Quay closes</h1><div class="post-body"><p>` + articleParas[0] + `</p></div></div>` +
		`<div id="more">` + teasers.String() + `</div></body></html>`
	a := mustExtract(t, src, "")
	checkInOrder(t, a.Text, articleParas[:1])
	if strings.Contains(a.Text, articleParas[3]) {
		t.Errorf("teasers kept:\n%s", a.Text)
	}
}
