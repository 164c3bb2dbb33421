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
	// unlikely marks names of page furniture (comments, sidebars, menus,
	// share bars, related links, newsletter boxes, ads). Such elements are
	// dropped in the strict pass unless the name also reads like content.
	unlikely bool
	// protect marks names that read like the article container.
	protect bool
	// minor marks small furniture inside articles (captions, photo credits,
	// bylines, tag lists, date lines). It is dropped while it stays small.
	minor bool
	// hidden marks the usual "not displayed" utility classes.
	hidden bool
}

// unlikelyStems are matched as substrings of the lower-cased class and id.
var unlikelyStems = []string{
	"advert", "banner", "breadcrumb", "comment", "cookie", "consent",
	"disqus", "footer", "gdpr", "masthead", "newsletter", "outbrain",
	"pagination", "popup", "promo", "recirc", "related", "shoutbox",
	"sidebar", "signup", "skyscraper", "social", "sponsor", "subscri",
	"taboola", "trending", "widget", "agegate", "navigation", "navbar",
	"menu", "modal", "sharing", "share", "replies", "combx", "community",
	"remark", "mostpopular", "most-popular", "most-read", "mostread",
	"read-more", "readmore", "readnext", "read-next", "more-stories",
	"recommend", "jump-link", "skip-link", "skiplink", "tagcloud", "tag-cloud",
	"pre-footer", "login", "lightbox", "toolbar",
}

// unlikelyWords are matched against whole words of the class and id.
var unlikelyWords = map[string]bool{
	"ad": true, "ads": true, "adv": true, "nav": true, "header": true,
	"rss": true, "pager": true, "respond": true, "reply": true,
	"search": true, "tools": true, "sponsored": true, "aside": true,
	"dropdown": true, "overlay": true, "donate": true, "donation": true,
}

// protectStems name the article container.
var protectStems = []string{
	"article", "body", "content", "main", "column", "story", "entry",
	"post-text", "posttext", "blog-post",
}

// minorWords name small furniture found inside articles.
var minorWords = map[string]bool{
	"caption": true, "captions": true, "figcaption": true, "credit": true,
	"credits": true, "byline": true, "bylines": true, "author": true,
	"authors": true, "meta": true, "metadata": true, "tags": true,
	"tag": true, "print": true, "date": true, "dateline": true,
	"timestamp": true, "published": true, "updated": true, "category": true,
	"categories": true, "topics": true, "keywords": true, "copyright": true,
	"disclaimer": true, "source": true, "photo": true, "thumbnail": true,
	"avatar": true, "bio": true, "breadcrumbs": true,
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
		if containsAny(v, negativeWeightStems) || hasWord(v, unlikelyWords) {
			h.weight -= 25
		}
		if containsAny(v, positiveWeightStems) {
			h.weight += 25
		}
		if containsAny(v, unlikelyStems) || hasWord(v, unlikelyWords) {
			h.unlikely = true
		}
		if containsAny(v, protectStems) {
			h.protect = true
		}
		if hasWord(v, minorWords) {
			h.minor = true
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
