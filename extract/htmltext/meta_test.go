package htmltext

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// meta is the metadata part of an Article, for comparisons.
type meta struct {
	Title, Site, Lang, Published, Canonical string
	Authors                                 []string
}

func metaOf(a *Article) meta {
	return meta{Title: a.Title, Site: a.Site, Lang: a.Lang, Published: a.Published, Canonical: a.Canonical, Authors: a.Authors}
}

// page wraps head and body markup into a document with one paragraph of
// text, so that metadata tests also exercise the text path.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body +
		"<div class=\"text\"><p>" + strings.Join(articleParas, "</p><p>") + "</p></div></body></html>"
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		pageURL string
		want    meta
	}{
		{
			name: "JSON-LD graph with references",
			src: page(`<title>Quay to close for repairs | Harbour Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://gazette.example/#website","name":"Harbour Gazette","inLanguage":"en-GB"},
 {"@type":"Organization","@id":"https://gazette.example/#org","name":"Harbour Gazette Ltd"},
 {"@type":"Person","@id":"https://gazette.example/#jd","name":"Jane Doe"},
 {"@type":"WebPage","@id":"https://gazette.example/quay","url":"https://gazette.example/quay","name":"Quay to close | Harbour Gazette"},
 {"@type":"NewsArticle","headline":"Quay to close for six months of repairs","datePublished":"2024-03-02T10:15:00+01:00",
  "mainEntityOfPage":{"@id":"https://gazette.example/quay"},
  "author":[{"@id":"https://gazette.example/#jd"},{"@type":"Person","name":"John Roe"}],
  "publisher":{"@id":"https://gazette.example/#org"}}]}</script>`, ""),
			want: meta{Title: "Quay to close for six months of repairs", Site: "Harbour Gazette Ltd", Lang: "en-GB",
				Published: "2024-03-02T10:15:00+01:00", Canonical: "https://gazette.example/quay", Authors: []string{"Jane Doe", "John Roe"}},
		},
		{
			name: "JSON-LD list, byline string and subtype",
			src: page(`<script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[]},
 {"@type":["ReportageNewsArticle"],"headline":"Boats move to the east basin","datePublished":"2024-03-02",
  "author":"By Jane Doe and John Roe","publisher":{"@type":"Organization","name":"Harbour Gazette"},"url":"/quay"}]</script>`,
				""), pageURL: "https://gazette.example/news/",
			want: meta{Title: "Boats move to the east basin", Site: "Harbour Gazette", Published: "2024-03-02",
				Canonical: "https://gazette.example/quay", Authors: []string{"Jane Doe", "John Roe"}},
		},
		{
			name: "JSON-LD blog posting under mainEntity, given and family names",
			src: page(`<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"http://schema.org/BlogPosting",
 "headline":"Quay diary","dateCreated":"2023-11-05T08:00:00Z","author":{"@type":"Person","givenName":"Ann","familyName":"Lee"}}}</script>`, ""),
			want: meta{Title: "Quay diary", Published: "2023-11-05T08:00:00Z", Authors: []string{"Ann Lee"}},
		},
		{
			name: "JSON-LD with raw newlines and comment wrapper",
			src:  page("<script type=\"application/ld+json\"><!--\n{\"@type\":\"Article\",\"headline\":\"Quay\nrepairs &amp; costs\",\n\"datePublished\":\"2024-01-09T00:00:00-05:00\"}\n--></script>", ""),
			want: meta{Title: "Quay repairs & costs", Published: "2024-01-09T00:00:00-05:00", Authors: []string{}},
		},
		{
			name: "broken JSON-LD is skipped",
			src: page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken",</script>
<meta property="og:title" content="Quay to close">`, ""),
			want: meta{Title: "Quay to close", Authors: []string{}},
		},
		{
			name: "OpenGraph only",
			src: page(`<meta property="og:title" content="Quay to close for repairs | Harbour Gazette">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:url" content="https://gazette.example/quay">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2024-03-02T10:15:00.000Z">
<meta property="article:author" content="https://www.facebook.com/harbourgazette">`, ""),
			want: meta{Title: "Quay to close for repairs", Site: "Harbour Gazette", Lang: "en-GB",
				Published: "2024-03-02T10:15:00Z", Canonical: "https://gazette.example/quay", Authors: []string{}},
		},
		{
			name: "meta names only",
			src: page(`<title>Harbour Gazette - Quay to close for repairs</title>
<meta name="application-name" content="Harbour Gazette">
<meta name="author" content="Jane Doe">
<meta name="dc.date" content="2024-03-02">
<meta http-equiv="content-language" content="en-US">`, ""),
			want: meta{Title: "Quay to close for repairs", Site: "Harbour Gazette", Lang: "en-US",
				Published: "2024-03-02", Authors: []string{"Jane Doe"}},
		},
		{
			name: "parsely and sailthru",
			src: page(`<title>Quay to close</title>
<meta name="parsely-pub-date" content="2024-03-02T10:15:00Z">
<meta name="sailthru.author" content="Jane Doe, Staff Writer">`, ""),
			want: meta{Title: "Quay to close", Published: "2024-03-02T10:15:00Z", Authors: []string{"Jane Doe"}},
		},
		{
			name: "visible byline and time only",
			src: page(`<title>Quay to close - Gazette</title><base href="/news/">`,
				`<h1>Quay to close for repairs</h1><div class="byline">By <a href="/jane">Jane Doe</a> and John Roe</div>
<time datetime="2024-03-02T10:15:00+00:00">2 March</time><link rel="canonical" href="quay-to-close">`),
			pageURL: "https://gazette.example/x/y",
			want: meta{Title: "Quay to close for repairs", Published: "2024-03-02T10:15:00Z",
				Canonical: "https://gazette.example/news/quay-to-close", Authors: []string{"Jane Doe", "John Roe"}},
		},
		{
			name: "date written out in a date line",
			src:  page(`<title>Quay</title>`, `<p class="post-date">Published March 2, 2024 at 10:15 am EST</p>`),
			want: meta{Title: "Quay", Published: "2024-03-02T10:15:00-05:00", Authors: []string{}},
		},
		{
			name:    "date from the URL",
			src:     page(`<title>Quay</title>`, ``),
			pageURL: "https://gazette.example/2021/07/09/quay-story/",
			want:    meta{Title: "Quay", Published: "2021-07-09", Authors: []string{}},
		},
		{
			name: "comment bylines and dates ignored",
			src: page(`<title>Quay</title>`, `<div id="comments"><div class="comment"><span class="author">Grumpy Skipper</span>
<time datetime="2024-05-01T09:00:00Z">1 May</time></div></div>`),
			want: meta{Title: "Quay", Authors: []string{}},
		},
		{
			name: "itemprop author with nested name",
			src: page(`<title>Quay</title>`, `<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<a href="/jd"><span itemprop="name">Jane Doe</span></a> <span class="role">Harbour correspondent</span></span>`),
			want: meta{Title: "Quay", Authors: []string{"Jane Doe"}},
		},
		{
			name: "relative canonical without a page URL",
			src:  page(`<title>Quay</title><link rel="canonical" href="/quay">`, ``),
			want: meta{Title: "Quay", Authors: []string{}},
		},
		{
			name: "single h1 preferred over declared title",
			src: page(`<meta property="og:title" content="Harbour quay closure: what it means for boats">`,
				`<h1>Quay closure: what it means for the fishing boats</h1>`),
			want: meta{Title: "Quay closure: what it means for the fishing boats", Authors: []string{}},
		},
		{
			name: "h1 with a kicker",
			src: page(`<meta property="og:title" content="Quay to close for repairs">`,
				`<h1><span class="kicker">Harbour news</span> Quay to close for repairs</h1>`),
			want: meta{Title: "Quay to close for repairs", Authors: []string{}},
		},
		{
			name: "h1 holding the blog name",
			src:  page(`<title>Harbour Diary » Notes on the quay closing for repairs</title>`, `<h1>Harbour Diary</h1>`),
			want: meta{Title: "Harbour Diary » Notes on the quay closing for repairs", Authors: []string{}},
		},
		{
			name: "h1 that is a logo is not the title",
			src:  page(`<meta property="og:title" content="Quay to close for repairs">`, `<h1><a href="/">Gazette</a></h1>`),
			want: meta{Title: "Quay to close for repairs", Authors: []string{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, tt.src, tt.pageURL)
			if diff := cmp.Diff(tt.want, metaOf(a)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct {
		title, site, host string
		h1                []string
		want              string
	}{
		{"Quay to close | Harbour Gazette", "Harbour Gazette", "", nil, "Quay to close"},
		{"Quay to close - Harbour Gazette", "", "www.harbourgazette.example", nil, "Quay to close"},
		{"Harbour Gazette: Quay to close", "Harbour Gazette", "", nil, "Harbour Gazette: Quay to close"},
		{"Harbour Gazette » Quay to close", "Harbour Gazette", "", nil, "Quay to close"},
		{"Quay to close – Gazette", "The Harbour Gazette", "", nil, "Quay to close"},
		{"Quay to close | News | Gazette", "Gazette", "", nil, "Quay to close | News"},
		{"Quay to close | Local news", "", "", []string{"Quay to close"}, "Quay to close"},
		{"Fish - and chips - for all", "Harbour Gazette", "gazette.example", nil, "Fish - and chips - for all"},
		{"Quay to close", "Quay to close", "", nil, "Quay to close"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site, tt.host, tt.h1); got != tt.want {
			t.Errorf("stripSite(%q, %q, %q, %q) = %q, want %q", tt.title, tt.site, tt.host, tt.h1, got, tt.want)
		}
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", " en-GB ": "en-GB", "en_US": "en-US", "en, fr": "en", "": "",
	} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		raw  []string
		site string
		want []string
	}{
		{[]string{"By Jane Doe and John Roe"}, "", []string{"Jane Doe", "John Roe"}},
		{[]string{"Jane Doe, John Roe & Ann Lee"}, "", []string{"Jane Doe", "John Roe", "Ann Lee"}},
		{[]string{"Jane Doe, Staff Writer"}, "", []string{"Jane Doe"}},
		{[]string{"By JANE DOE | Reuters"}, "", []string{"JANE DOE", "Reuters"}},
		{[]string{"Written by: Jane Doe"}, "", []string{"Jane Doe"}},
		{[]string{"By Jane Doe Updated March 2, 2024 10:15 am"}, "", []string{"Jane Doe"}},
		{[]string{"Jane Doe", "jane doe", "Jane Doe"}, "", []string{"Jane Doe"}},
		{[]string{"Posted by admin"}, "", []string{}},
		{[]string{"https://www.facebook.com/janedoe"}, "", []string{}},
		{[]string{"@janedoe"}, "", []string{}},
		{[]string{"jane@example.com"}, "", []string{}},
		{[]string{"Harbour Gazette"}, "Harbour Gazette", []string{}},
		{[]string{"By Mary-Kate O'Neill"}, "", []string{"Mary-Kate O'Neill"}},
		{[]string{"Photo by Jane Doe"}, "", []string{"Jane Doe"}},
		{[]string{"more from this author"}, "", []string{}},
		{[]string{"Jobs & Hire"}, "Jobs & Hire", []string{}},
		{[]string{"Adam Aaronson PhillyVoice Staff"}, "PhillyVoice", []string{"Adam Aaronson"}},
		{[]string{"Jane Doe Senior Correspondent"}, "", []string{"Jane Doe"}},
		{nil, "", []string{}},
	}
	for _, tt := range tests {
		got := cleanAuthors(tt.raw, tt.site)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("cleanAuthors(%q) (-want +got):\n%s", tt.raw, diff)
		}
	}
}
