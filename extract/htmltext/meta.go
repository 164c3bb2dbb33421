package htmltext

import (
	"encoding/json"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one walk over the document collects for the metadata
// fields; resolve turns it into Article fields.
type pageMeta struct {
	htmlLang  string
	titleTag  string
	metas     map[string][]string // lower-cased name/property/itemprop/http-equiv -> contents, in order
	canonical string
	baseHref  string
	ldTexts   []string
	h1        []string // texts of the first few <h1> outside page furniture
	h1Parts   []string // texts of the first <h1>'s children
	times     []string // <time datetime> values, preferred ones first
	timesLow  []string // other <time datetime> values
	itemDates []string // itemprop=datePublished outside <meta>
	itemAuth  []string // itemprop=author outside <meta>
	bylines   []string // texts of byline-like elements
	dateTexts []string // short texts of date-like elements
	ld        *ldData  // parsed JSON-LD, once asked for
}

// Limits on how many small elements the walk reads the text of.
const (
	maxBylines   = 6
	maxDateTexts = 6
	maxH1        = 3
)

func (m *pageMeta) meta(key string) string {
	for _, v := range m.metas[key] {
		if v = collapse(v); v != "" {
			return v
		}
	}
	return ""
}

// metaCtx is the walk state: whether we are inside page furniture (where
// bylines and dates belong to comments or other stories), or inside SVG.
type metaCtx struct {
	furniture bool
	foreign   bool
	byline    bool // inside a byline already recorded
	date      bool // inside a date text already recorded
}

func (m *pageMeta) walk(n *html.Node, ctx metaCtx, hints hintCache) {
	if n.Type == html.ElementNode {
		if !m.element(n, &ctx, hints) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.DocumentNode {
			m.walk(c, ctx, hints)
		}
	}
}

// element records what n says and reports whether to walk its children.
func (m *pageMeta) element(n *html.Node, ctx *metaCtx, hints hintCache) bool {
	if n.Namespace != "" {
		ctx.foreign = true
	}
	switch n.DataAtom {
	case atom.Html:
		if m.htmlLang == "" {
			m.htmlLang = attr(n, "lang")
			if m.htmlLang == "" {
				m.htmlLang = attr(n, "xml:lang")
			}
		}
	case atom.Title:
		if !ctx.foreign && m.titleTag == "" {
			m.titleTag = innerText(n)
		}
		return false
	case atom.Meta:
		content, ok := metaContent(n)
		if !ok {
			return false
		}
		for _, k := range [...]string{"property", "name", "itemprop", "http-equiv"} {
			for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
				m.metas[key] = append(m.metas[key], content)
			}
		}
		return false
	case atom.Link:
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Base:
		if m.baseHref == "" {
			m.baseHref = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			m.ldTexts = append(m.ldTexts, n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Noscript, atom.Template:
		return false
	case atom.Nav, atom.Aside, atom.Footer:
		ctx.furniture = true
	}
	if !ctx.furniture && canStrip(n) {
		// Headers hold the headline, byline and date, so they do not
		// count as furniture here.
		h := hints.of(n)
		if ((h.boiler || h.layout && !h.header) && !h.protect) || h.comment || unlikelyRoles[attr(n, "role")] {
			ctx.furniture = true
		}
	}
	if ctx.furniture || ctx.foreign {
		return true
	}
	prop := attr(n, "itemprop")
	switch {
	case hasToken(prop, "datePublished"):
		if v := firstNonEmpty(attr(n, "content"), attr(n, "datetime")); v != "" {
			m.itemDates = append(m.itemDates, v)
		} else {
			if t, ok := shortText(n, 100); ok {
				m.itemDates = append(m.itemDates, t)
			}
		}
	case hasToken(prop, "author") && len(m.itemAuth) < maxBylines:
		if name := itempropName(n); name != "" {
			m.itemAuth = append(m.itemAuth, name)
		} else if v := attr(n, "content"); v != "" {
			m.itemAuth = append(m.itemAuth, v)
		} else if t, ok := shortText(n, 100); ok {
			m.itemAuth = append(m.itemAuth, t)
		}
		return true
	}
	switch n.DataAtom {
	case atom.H1:
		if len(m.h1) < maxH1 {
			if t, ok := shortText(n, 500); ok && t != "" {
				m.h1 = append(m.h1, t)
				if len(m.h1) == 1 {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if ct := innerText(c); ct != "" {
							m.h1Parts = append(m.h1Parts, ct)
						}
					}
				}
			}
		}
		return false
	case atom.Time:
		if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content")); v != "" {
			if hasAttr(n, "pubdate") || hasToken(prop, "datePublished") || strings.Contains(strings.ToLower(attr(n, "class")), "publish") {
				m.times = append(m.times, v)
			} else {
				m.timesLow = append(m.timesLow, v)
			}
		}
	}
	h := hints.of(n)
	if !ctx.byline && len(m.bylines) < maxBylines && (hasToken(attr(n, "rel"), "author") || n.DataAtom == atom.Address || h.byline) {
		if t, ok := shortText(n, 120); ok && t != "" {
			m.bylines = append(m.bylines, t)
			ctx.byline = true
		}
	}
	if !ctx.date && len(m.dateTexts) < maxDateTexts && h.date {
		if t, ok := shortText(n, 100); ok && t != "" {
			m.dateTexts = append(m.dateTexts, t)
			ctx.date = true
		}
	}
	return true
}

var (
	headerStems = []string{"header", "masthead", "banner"}
	bylineStems = []string{"byline", "author", "writtenby", "written-by", "contributor"}
	dateStems   = []string{"date", "time", "publish", "posted", "updated", "dateline"}
)

// metaContent returns the value a <meta> carries.
func metaContent(n *html.Node) (string, bool) {
	for _, k := range [...]string{"content", "value"} {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val, true
			}
		}
	}
	return "", false
}

// itempropName returns the text of the first itemprop=name element below
// n, or of a nested <meta itemprop=name content=...>.
func itempropName(n *html.Node) string {
	var found string
	var walk func(*html.Node) bool
	walk = func(c *html.Node) bool {
		for c := c.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasToken(attr(c, "itemprop"), "name") {
				if v, ok := metaContent(c); ok && c.DataAtom == atom.Meta {
					found = collapse(v)
				} else {
					found = innerText(c)
				}
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(n)
	return found
}

// hasToken reports whether the space-separated list s holds tok
// (ASCII case-insensitive).
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// Meta keys, best first.
var (
	titleKeys = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title", "headline"}
	siteKeys  = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "dcterms.publisher", "twitter:app:name:iphone"}
	dateKeys  = []string{
		"article:published_time", "og:article:published_time", "article:published", "published_time",
		"og:published_time", "datepublished", "article.published", "parsely-pub-date", "sailthru.date",
		"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
		"date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
		"citation_publication_date", "citation_date", "article_date_original", "original-publish-date",
		"originalpublicationdate", "rnews:datepublished", "displaydate", "datecreated", "created",
	}
	authorKeys = []string{"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
		"dc.creator", "dcterms.creator", "byl", "citation_author", "book:author", "creator"}
)

// parselyPage is the JSON some pages put in <meta name="parsely-page">.
type parselyPage struct {
	Title   string   `json:"title"`
	PubDate string   `json:"pub_date"`
	Author  string   `json:"author"`
	Authors []string `json:"authors"`
}

// resolve fills the metadata fields of a.
func (m *pageMeta) resolve(a *Article, pageURL string) {
	ld := parseLDCached(m)
	var pp parselyPage
	if v := m.meta("parsely-page"); v != "" {
		_ = json.Unmarshal([]byte(v), &pp) // optional: an unreadable value is ignored
	}
	art := ld.article
	if art == nil {
		art = ld.page
	}
	if art == nil {
		art = &ldObject{}
	}

	base := m.base(pageURL)
	a.Canonical = absURL(base, m.canonical, m.meta("og:url"), art.url)

	a.Site = firstNonEmpty(m.meta("og:site_name"), art.publisher, ld.siteName)
	if a.Site == "" {
		for _, k := range siteKeys[1:] {
			if v := m.meta(k); v != "" && !strings.HasPrefix(v, "http") {
				a.Site = v
				break
			}
		}
	}

	host := ""
	for _, u := range []string{a.Canonical, pageURL} {
		if pu, err := url.Parse(u); err == nil && pu.Host != "" {
			host = pu.Hostname()
			break
		}
	}
	a.Title = m.title(art, pp, a.Site, host)

	a.Lang = firstNonEmpty(m.htmlLang, m.meta("content-language"), m.meta("language"),
		m.meta("dc.language"), m.meta("dcterms.language"), art.lang, ld.lang, m.meta("og:locale"))
	a.Lang = normLang(a.Lang)

	a.Published = m.published(art, pp, a.Canonical, pageURL)
	a.Authors = m.authors(art, pp, a.Site)
}

// base returns the URL relative links resolve against.
func (m *pageMeta) base(pageURL string) *url.URL {
	b, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		b = &url.URL{}
	}
	if m.baseHref != "" {
		if h, err := url.Parse(m.baseHref); err == nil {
			b = b.ResolveReference(h)
		}
	}
	return b
}

// absURL returns the first candidate that resolves to an absolute http(s)
// URL against base.
func absURL(base *url.URL, cands ...string) string {
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		u = base.ResolveReference(u)
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// title picks the headline and strips a site name glued to it. The
// visible headline (the page's only <h1>) comes first when it reads like
// one (see headlineLike), which tells it from a logo, a blog name or a
// section label; then og:title, the JSON-LD headline, other title metas and
// <title>.
func (m *pageMeta) title(art *ldObject, pp parselyPage, site, host string) string {
	declared := []string{m.meta("og:title"), art.headline, m.meta("twitter:title")}
	for _, k := range titleKeys[2:] {
		declared = append(declared, m.meta(k))
	}
	declared = append(declared, pp.Title, art.name, m.titleTag)
	var cands, headings []string
	if len(m.h1) == 1 && m.headlineLike(m.h1[0], declared, site) {
		cands = append(cands, m.h1[0])
	}
	for _, h := range m.h1 {
		if !m.siteLike(h, site) {
			headings = append(headings, h)
		}
	}
	cands = append(cands, declared...)
	cands = append(cands, m.h1...)
	for _, c := range cands {
		c = collapse(unescape(c))
		if c == "" || (site != "" && strings.EqualFold(c, site)) {
			continue
		}
		return stripSite(c, site, host, headings)
	}
	return ""
}

// headlineLike reports whether the heading h reads like the headline: it
// shares a word with the declared titles, does not merely wrap one of them
// in a kicker or a section label ("Politics | Headline"), and is not the
// site's name: the known one, or else the short end of <title> ("Blog
// name » Post title").
func (m *pageMeta) headlineLike(h string, declared []string, site string) bool {
	if !sharesWord(h, declared) {
		return false
	}
	nh := normName(h)
	for _, d := range declared {
		nd := normName(d)
		if len(nd) < 12 || nd == nh || !strings.Contains(nh, nd) {
			continue
		}
		// The heading holds the declared title plus a label: as one of its
		// parts, or beside a separator.
		for _, p := range m.h1Parts {
			if normName(p) == nd {
				return false
			}
		}
		if i, sep := firstSep(h); i > 0 && (normName(h[i+len(sep):]) == nd || normName(h[:i]) == nd) {
			return false
		}
	}
	return !m.siteLike(h, site)
}

// siteLike reports whether the heading h is the site's name: the known
// one, or else the short end of <title> ("Blog name » Post title").
func (m *pageMeta) siteLike(h, site string) bool {
	nh := normName(h)
	if site != "" {
		return nh == normName(site)
	}
	i, _ := firstSep(m.titleTag)
	if i <= 0 {
		return false
	}
	first, last := m.titleTag[:i], ""
	if j, sep := lastSep(m.titleTag); j > 0 {
		last = m.titleTag[j+len(sep):]
	}
	return nh == normName(first) && len(m.titleTag)-len(first) > len(first) ||
		nh == normName(last) && len(m.titleTag)-len(last) > len(last)
}

// sharesWord reports whether s has a word of four or more letters in
// common with one of others.
func sharesWord(s string, others []string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetterOrDigit) {
		if len(w) >= 4 {
			words[w] = true
		}
	}
	for _, o := range others {
		for _, w := range strings.FieldsFunc(strings.ToLower(o), notLetterOrDigit) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// titleSeps separate a headline from a site or section name.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ~ "}

// stripSite removes a leading or trailing site name ("Headline | Site",
// "Site - Headline") when the part matches the site name, the host name,
// or when the rest is exactly a heading of the page.
func stripSite(title, site, host string, h1 []string) string {
	match := func(part, rest string) bool {
		np := normName(part)
		if np == "" {
			return false
		}
		if ns := normName(site); ns != "" && (np == ns || len(np) >= 4 && strings.Contains(ns, np) || len(ns) >= 4 && strings.Contains(np, ns)) {
			return true
		}
		if host != "" {
			h := strings.TrimPrefix(host, "www.")
			if np == normName(h) {
				return true
			}
			if label, _, ok := strings.Cut(h, "."); ok && len(label) >= 3 && np == normName(label) {
				return true
			}
		}
		nr := normName(rest)
		for _, h := range h1 {
			if nr != "" && normName(h) == nr {
				return true
			}
		}
		return false
	}
	// Suffix: the last separator.
	if i, sep := lastSep(title); i > 0 {
		if rest := strings.TrimSpace(title[:i]); rest != "" && match(title[i+len(sep):], rest) {
			return rest
		}
	}
	// Prefix: the first separator.
	if i, sep := firstSep(title); i > 0 {
		if rest := strings.TrimSpace(title[i+len(sep):]); rest != "" && match(title[:i], rest) {
			return rest
		}
	}
	return title
}

func lastSep(s string) (int, string) {
	best, bsep := -1, ""
	for _, sep := range titleSeps {
		if i := strings.LastIndex(s, sep); i > best {
			best, bsep = i, sep
		}
	}
	return best, bsep
}

func firstSep(s string) (int, string) {
	best, bsep := -1, ""
	for _, sep := range titleSeps {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best, bsep = i, sep
		}
	}
	return best, bsep
}

// normName lower-cases s and keeps only its letters and digits.
func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// published returns the first candidate date that parses, best sources
// first.
func (m *pageMeta) published(art *ldObject, pp parselyPage, canonical, pageURL string) string {
	cands := []string{art.published, art.created}
	for _, k := range dateKeys {
		cands = append(cands, m.metas[k]...)
	}
	cands = append(cands, pp.PubDate)
	cands = append(cands, m.itemDates...)
	cands = append(cands, m.times...)
	cands = append(cands, m.timesLow...)
	for _, c := range cands {
		if d, ok := normDate(c); ok {
			return d
		}
	}
	for _, u := range []string{canonical, pageURL} {
		if d, ok := dateFromURL(u); ok {
			return d
		}
	}
	for _, t := range m.dateTexts {
		if d, ok := findDate(t); ok {
			return d
		}
	}
	for _, t := range m.bylines {
		if d, ok := findDate(t); ok {
			return d
		}
	}
	return ""
}

// authors returns the cleaned bylines of the first source that has any.
func (m *pageMeta) authors(art *ldObject, pp parselyPage, site string) []string {
	sources := [][]string{art.authors}
	var metaAuth []string
	for _, k := range authorKeys {
		for _, v := range m.metas[k] {
			if !looksLikeURL(v) {
				metaAuth = append(metaAuth, v)
			}
		}
		if len(metaAuth) > 0 {
			break
		}
	}
	sources = append(sources, metaAuth, append([]string{pp.Author}, pp.Authors...), m.itemAuth, m.bylines)
	for _, s := range sources {
		if got := cleanAuthors(s, site); len(got) > 0 {
			return got
		}
	}
	return []string{}
}

// normLang tidies a declared language tag: the first of a list, with
// underscores turned into hyphens ("en_GB" -> "en-GB").
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, "_", "-")
}

// unescape decodes HTML entities left in JSON-LD or attribute values.
func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

func looksLikeURL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}
