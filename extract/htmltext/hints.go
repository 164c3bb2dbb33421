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
	// byline, date and header mark where the metadata walk looks for
	// bylines and dates, and headers, which are not furniture to it.
	byline, date, header bool
	// comment marks reader comments, whose bylines and dates are not the
	// article's.
	comment bool
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
	"next-post", "nextpost", "prev-post", "prevpost", "previous-post", "next-story",
	"nextstory", "prevnext", "author-box", "authorbox", "about-author",
	"about-the-author", "author-bio", "authorbio", "author-info",
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

// commentStems name reader comments.
var commentStems = []string{"comment", "disqus", "replies"}

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
	"disclaimer": true, "photo": true, "thumbnail": true,
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

// The lexicon of class and id names. Every stem and word carries the
// categories it signals; a name is scanned once for all of them.
type category uint16

const (
	catNeg     category = 1 << iota // lowers the candidate score
	catPos                          // raises it
	catBoiler                       // page furniture
	catLayout                       // page region
	catProtect                      // the article container
	catMinor                        // small furniture inside articles
	catByline                       // a byline (metadata)
	catDate                         // a date line (metadata)
	catHeader                       // a page or article header (metadata)
	catComment                      // reader comments
)

var (
	// lexStems maps stems, matched as substrings, to their categories.
	lexStems = map[string]category{}
	// lexWords maps whole words to their categories.
	lexWords = map[string]category{}
	// stemPairs marks the two-byte prefixes that start some stem, so that
	// most positions of a name are passed over with one array look-up.
	stemPairs [1 << 14]bool
	// stemsByPair lists the stems by their first two bytes.
	stemsByPair = map[uint16][]string{}
)

func init() {
	addStems := func(c category, stems []string) {
		for _, s := range stems {
			lexStems[s] |= c
		}
	}
	addWords := func(c category, words map[string]bool) {
		for w, ok := range words {
			if ok {
				lexWords[w] |= c
			}
		}
	}
	addStems(catBoiler, boilerStems)
	addStems(catLayout, layoutStems)
	addStems(catProtect, protectStems)
	addStems(catMinor, minorStems)
	addStems(catNeg, negativeWeightStems)
	addStems(catPos, positiveWeightStems)
	addStems(catByline, bylineStems)
	addStems(catDate, dateStems)
	addStems(catHeader, headerStems)
	addStems(catComment, commentStems)
	addWords(catBoiler|catNeg, boilerWords)
	addWords(catLayout|catNeg, layoutWords)
	addWords(catMinor, minorWords)
	for s := range lexStems {
		k := pairKey(s[0], s[1])
		stemPairs[k] = true
		stemsByPair[k] = append(stemsByPair[k], s)
	}
}

func pairKey(a, b byte) uint16 { return uint16(a&0x7f)<<7 | uint16(b&0x7f) }

// modifierWords turn the word after them into a state of the element
// ("has-sidebar", "o-section--has-ads", "no-comments"), which says nothing
// about what the element is.
var modifierWords = map[string]bool{
	"has": true, "with": true, "no": true, "without": true, "show": true,
	"hide": true, "enable": true, "disable": true, "allow": true, "after": true,
	"before": true, "above": true, "below": true,
}

// stripModifiers removes modifier words and the word after each from the
// name token tok.
func stripModifiers(tok string) string {
	found := false
	forWords(tok, func(w string) {
		found = found || modifierWords[w]
	})
	if !found {
		return tok
	}
	var words []string
	forWords(tok, func(w string) { words = append(words, w) })
	kept := words[:0:0]
	for i := 0; i < len(words); i++ {
		if modifierWords[words[i]] {
			i++ // and the word it modifies
			continue
		}
		kept = append(kept, words[i])
	}
	return strings.Join(kept, "-")
}

// categories returns what the lower-case name token tok signals.
func categories(tok string) category {
	tok = stripModifiers(tok)
	var c category
	for i := 0; i+1 < len(tok); i++ {
		k := pairKey(tok[i], tok[i+1])
		if !stemPairs[k] {
			continue
		}
		for _, st := range stemsByPair[k] {
			if strings.HasPrefix(tok[i:], st) {
				c |= lexStems[st]
			}
		}
	}
	forWords(tok, func(w string) { c |= lexWords[w] })
	return c
}

// forWords calls f with each run of lower-case letters and digits of s.
func forWords(s string, f func(string)) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(s[start:i])
			start = -1
		}
	}
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
		var all category
		for _, tok := range strings.Fields(strings.ToLower(v)) {
			c := categories(tok)
			all |= c
			// A name protects only when it does not itself name furniture:
			// "main-content has-sidebar" is a wrapper, "comment-content" and
			// "ArticleBody-related" are not article text.
			if c&catProtect != 0 && c&(catBoiler|catLayout) == 0 {
				h.protect = true
			}
		}
		if all&catNeg != 0 {
			h.weight -= 25
		}
		if all&catPos != 0 {
			h.weight += 25
		}
		h.boiler = h.boiler || all&catBoiler != 0
		h.layout = h.layout || all&catLayout != 0
		h.minor = h.minor || all&catMinor != 0
		h.byline = h.byline || all&catByline != 0
		h.date = h.date || all&catDate != 0
		h.header = h.header || all&catHeader != 0
		h.comment = h.comment || all&catComment != 0
	}
	return h
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
