package htmltext

import (
	"encoding/json"
	"strings"
)

// ldObject holds the fields read from one schema.org object in JSON-LD.
type ldObject struct {
	headline  string
	name      string
	published string
	created   string
	authors   []string
	lang      string
	url       string
	body      string
	publisher string
	rank      int // how many useful fields the object has
}

// ldData is what all JSON-LD blocks of a page say.
type ldData struct {
	article  *ldObject // the best article-like object
	page     *ldObject // the best web-page object, used when there is no article
	siteName string    // the WebSite's name
	lang     string
}

// maxLDDepth bounds the walk into nested JSON-LD values.
const maxLDDepth = 8

// parseLD reads the JSON-LD blocks. Unreadable blocks are skipped: pages
// often ship broken JSON-LD and the rest of the page is still useful.
func parseLD(texts []string) ldData {
	var d ldData
	if len(texts) == 0 {
		return d
	}
	var objs []map[string]any
	ids := map[string]map[string]any{}
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > maxLDDepth {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				collect(x, depth+1)
			}
		case map[string]any:
			objs = append(objs, v)
			if id, ok := v["@id"].(string); ok && len(v) > 1 {
				if _, seen := ids[id]; !seen {
					ids[id] = v
				}
			}
			for k, x := range v {
				switch k {
				case "@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement":
					collect(x, depth+1)
				}
			}
		}
	}
	for _, t := range texts {
		var v any
		if err := json.Unmarshal([]byte(sanitizeLD(t)), &v); err != nil {
			continue
		}
		collect(v, 0)
	}
	for _, o := range objs {
		types := ldTypes(o)
		switch {
		case anyType(types, isArticleType):
			if a := readLDObject(o, ids); d.article == nil || a.rank > d.article.rank {
				d.article = a
			}
		case anyType(types, isPageType):
			if p := readLDObject(o, ids); d.page == nil || p.rank > d.page.rank {
				d.page = p
			}
		case anyType(types, func(t string) bool { return t == "WebSite" }):
			if d.siteName == "" {
				d.siteName = ldString(o["name"])
			}
			if d.lang == "" {
				d.lang = ldString(o["inLanguage"])
			}
		}
	}
	return d
}

// sanitizeLD removes the wrappers and raw control characters that make
// otherwise fine JSON-LD unreadable.
func sanitizeLD(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "//<![CDATA[")
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "//]]>")
	s = strings.TrimSuffix(s, "]]>")
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ";")
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// ldTypes returns the object's @type values without a vocabulary prefix.
func ldTypes(o map[string]any) []string {
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			if i := strings.LastIndexAny(s, "/:"); i >= 0 {
				s = s[i+1:]
			}
			out = append(out, s)
		}
	}
	switch t := o["@type"].(type) {
	case []any:
		for _, x := range t {
			add(x)
		}
	default:
		add(t)
	}
	return out
}

func anyType(types []string, f func(string) bool) bool {
	for _, t := range types {
		if f(t) {
			return true
		}
	}
	return false
}

// isArticleType matches Article and its schema.org subtypes, which all
// end in "Article" or "Posting" (NewsArticle, ReportageNewsArticle,
// BlogPosting, LiveBlogPosting, ...), plus Report.
func isArticleType(t string) bool {
	return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
}

func isPageType(t string) bool {
	return strings.HasSuffix(t, "Page")
}

// readLDObject reads the fields of an article or page object; ids resolves
// {"@id": ...} references to objects found elsewhere in the page.
func readLDObject(o map[string]any, ids map[string]map[string]any) *ldObject {
	a := &ldObject{
		headline:  ldString(o["headline"]),
		name:      ldString(o["name"]),
		published: ldString(o["datePublished"]),
		created:   ldString(o["dateCreated"]),
		lang:      ldString(o["inLanguage"]),
		url:       ldString(o["url"]),
		body:      ldString(o["articleBody"]),
	}
	if a.url == "" {
		switch v := o["mainEntityOfPage"].(type) {
		case string:
			a.url = v
		case map[string]any:
			a.url = firstNonEmpty(ldString(v["@id"]), ldString(v["url"]))
		}
	}
	a.authors = ldNames(o["author"], ids, 0)
	if a.authors == nil {
		a.authors = ldNames(o["creator"], ids, 0)
	}
	if pub := ldNames(o["publisher"], ids, 0); len(pub) > 0 {
		a.publisher = pub[0]
	}
	for _, f := range []string{a.headline, a.published, a.body, a.url} {
		if f != "" {
			a.rank++
		}
	}
	if len(a.authors) > 0 {
		a.rank++
	}
	return a
}

// ldString returns v when it is a string (or the first string of a list,
// or the @value / name of an object).
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		for _, x := range v {
			if s := ldString(x); s != "" {
				return s
			}
		}
	case map[string]any:
		return firstNonEmpty(ldString(v["@value"]), ldString(v["name"]))
	}
	return ""
}

// ldNames reads an author or publisher value: a string, an object with a
// name (or given and family names), a reference by @id, or a list of them.
func ldNames(v any, ids map[string]map[string]any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch v := v.(type) {
	case string:
		if s := strings.TrimSpace(v); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, ldNames(x, ids, depth+1)...)
		}
		return out
	case map[string]any:
		name := ldString(v["name"])
		if name == "" {
			name = strings.TrimSpace(ldString(v["givenName"]) + " " + ldString(v["familyName"]))
		}
		if name != "" {
			return []string{name}
		}
		// A reference to an object described elsewhere in the page.
		if id, ok := v["@id"].(string); ok {
			if ref, ok := ids[id]; ok && (ref["name"] != nil || ref["givenName"] != nil) {
				return ldNames(ref, ids, depth+1)
			}
		}
	}
	return nil
}
