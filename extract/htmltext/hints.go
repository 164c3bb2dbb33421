package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// hint is what an element's class and id attributes say about it. The
// words are general naming conventions of page templates, not rules for
// particular sites.
type hint struct {
	// weight is added to the element's candidate score: -25 for each of
	// class and id that reads like boilerplate, +25 for each that reads
	// like article content.
	weight float64
	// boiler marks names of page furniture (comments, related links,
	// newsletter boxes, ads). Such elements are dropped in the strict pass
	// unless the name also reads like content.
	boiler bool
	// layout marks names of page regions (footer, sidebar, menu). Such
	// elements are dropped in the strict pass unless the name reads like
	// content or they hold the article.
	layout bool
	// protect marks names that read like the article container.
	protect bool
	// minor marks small furniture inside articles (captions, photo credits,
	// bylines, tag lists, date lines). It is dropped while it stays small.
	minor bool
	// hidden marks the usual "not displayed" utility classes.
	hidden bool
}

// boilerStems are matched as substrings of the lower-cased class and id:
// names of page furniture that never holds the article (comments, related
// links, promotions, newsletter boxes, ads, consent banners).
var boilerStems = []string{
	"comment", "disqus", "replies", "related", "recommend", "recirc", "promo",
	"newsletter", "subscri", "signup", "sign-up", "advert", "sponsor", "outbrain",
	"taboola", "trending", "mostpopular", "most-popular", "most-read", "mostread",
	"read-more", "readmore", "readnext", "read-next", "more-stories", "cookie",
	"consent", "gdpr", "agegate", "shoutbox", "login", "jump-link", "skip-link",
	"skiplink", "tagcloud", "tag-cloud", "breadcrumb", "paywall-promo",
}

// boilerWords are matched against whole words of the class and id.
var boilerWords = map[string]bool{
	"ad": true, "ads": true, "adv": true, "respond": true, "reply": true,
	"rss": true, "donate": true, "donation": true, "sponsored": true,
	"cta": true, "btn": true, "button": true, "buttons": true,
}

// layoutStems and layoutWords name page regions (header, footer, sidebar,
// menus, pop-ups). Templates also use such words on wrappers ("has-sidebar",
// "above-footer"), so these regions are kept when they hold the article.
var layoutStems = []string{
	"footer", "sidebar", "banner", "masthead", "navigation", "navbar", "menu",
	"modal", "popup", "lightbox", "toolbar", "pagination", "combx", "community",
	"remark",
}

var layoutWords = map[string]bool{
	"nav": true, "header": true, "pager": true, "search": true, "tools": true,
	"aside": true, "dropdown": true, "overlay": true,
}

// protectStems name the article container.
var protectStems = []string{
	"article", "body", "content", "main", "column", "story", "entry",
	"post-text", "posttext", "blog-post",
}

// minorStems and minorWords name small furniture found inside articles:
// share bars, captions, photo credits, bylines, tag lists, date lines.
// Such elements are dropped while they stay small.
var minorStems = []string{"share", "sharing", "social", "caption", "credit", "byline"}

// minorWords name small furniture found inside articles.
var minorWords = map[string]bool{
	"caption": true, "captions": true, "figcaption": true, "credit": true,
	"credits": true, "byline": true, "bylines": true, "author": true,
	"authors": true, "meta": true, "metadata": true, "tags": true,
	"tag": true, "print": true, "date": true, "dateline": true,
	"timestamp": true, "published": true, "updated": true, "category": true,
	"categories": true, "topics": true, "keywords": true, "copyright": true,
	"disclaimer": true, "source": true, "photo": true, "thumbnail": true,
	"avatar": true, "bio": true, "breadcrumbs": true, "disclosure": true,
}

// hiddenClasses are whole class tokens that hide an element.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "sr-only": true, "visually-hidden": true,
	"visuallyhidden": true, "screen-reader-text": true, "screen-reader-only": true,
	"invisible": true, "d-none": true, "offscreen": true, "is-hidden": true,
}

// negativeWeightStems lower an element's candidate score.
var negativeWeightStems = []string{
	"-ad-", "banner", "combx", "comment", "com-", "contact", "foot",
	"masthead", "media", "meta", "outbrain", "promo", "related",
	"scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
	"shopping", "tags", "tool", "widget", "caption", "credit", "byline",
	"newsletter", "subscri", "social", "nav", "menu", "header",
}

// positiveWeightStems raise it.
var positiveWeightStems = []string{
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "post", "text", "blog", "story", "prose",
}

// hintCache memoises hints by the element's class and id; templates repeat
// the same few names thousands of times.
type hintCache map[[2]string]hint

// of returns the hint for n.
func (c hintCache) of(n *html.Node) hint {
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return hint{}
	}
	key := [2]string{class, id}
	if h, ok := c[key]; ok {
		return h
	}
	h := computeHint(class, id)
	c[key] = h
	return h
}

func computeHint(class, id string) hint {
	var h hint
	for _, tok := range strings.Fields(class) {
		if hiddenClasses[strings.ToLower(tok)] {
			h.hidden = true
		}
	}
	for _, v := range [2]string{class, id} {
		if v == "" {
			continue
		}
		v = strings.ToLower(v)
		if containsAny(v, negativeWeightStems) || hasWord(v, boilerWords) || hasWord(v, layoutWords) {
			h.weight -= 25
		}
		if containsAny(v, positiveWeightStems) {
			h.weight += 25
		}
		if hasWord(v, minorWords) || containsAny(v, minorStems) {
			h.minor = true
		}
		// A name protects only when it does not itself name furniture:
		// "main-content has-sidebar" is a wrapper, "comment-content" and
		// "ArticleBody-related" are not article text.
		for _, tok := range strings.Fields(v) {
			boiler := containsAny(tok, boilerStems) || hasWord(tok, boilerWords)
			layout := containsAny(tok, layoutStems) || hasWord(tok, layoutWords)
			h.boiler = h.boiler || boiler
			h.layout = h.layout || layout
			if !boiler && !layout && containsAny(tok, protectStems) {
				h.protect = true
			}
		}
	}
	return h
}

func containsAny(s string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of the words of s (runs of letters and
// digits) is true in words.
func hasWord(s string, words map[string]bool) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if words[s[start:i]] {
				return true
			}
			start = -1
		}
	}
	return false
}

// unlikelyRoles are ARIA roles of page furniture.
var unlikelyRoles = map[string]bool{
	"navigation": true, "menu": true, "menubar": true, "complementary": true,
	"contentinfo": true, "banner": true, "search": true, "dialog": true,
	"alertdialog": true, "alert": true, "tooltip": true, "toolbar": true,
}

// isHiddenStyle reports an inline style that hides the element.
func isHiddenStyle(style string) bool {
	if style == "" {
		return false
	}
	s := strings.ToLower(style)
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}
