package view

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/record"
)

// pageContentRunes is how much of a claim's content the side panel shows.
const pageContentRunes = 140

// pageArticle writes record rec, the n-th of the run, as one <article>.
func pageArticle(o *htmlOut, n int, rec *record.Record) {
	art := pageArticleID(n)
	o.raw("\n<article class=\"rec\" id=\"" + art + "\" aria-labelledby=\"" + art + "-h\">\n")
	pageHeader(o, n, art, rec)

	if rec.Error != nil {
		o.raw(`<div class="rec-error" role="alert"><strong>This input failed`)
		if rec.Error.Kind != "" {
			o.raw(` (`)
			o.text(rec.Error.Kind)
			o.raw(`)`)
		}
		o.raw(`.</strong> `)
		o.text(rec.Error.Message)
		o.raw("</div>\n")
	}

	x := pageNewIndex(rec.Text)
	facts := pageCollect(rec, art, x)
	pageWarnings(o, art, rec, facts)

	hasFacts := len(rec.Places)+len(rec.Actors)+len(rec.Casualties)+len(rec.Claims) > 0
	if rec.Error != nil && rec.Text == "" && !hasFacts {
		o.raw("</article>\n")
		return
	}
	o.raw(`<div class="rec-body">` + "\n")
	o.raw(`<div class="text" id="` + art + `-text"`)
	if lang := pageLang(deref(rec.Lang)); lang != "" {
		o.raw(` lang="` + lang + `"`)
	}
	o.raw(` aria-label="Article text">` + "\n")
	pageText(o, x, facts.marks)
	o.raw("</div>\n")
	pagePanel(o, art, rec, facts)
	o.raw("</div>\n</article>\n")
}

func pageHeader(o *htmlOut, n int, art string, rec *record.Record) {
	o.raw(`<header class="rec-head">` + "\n")
	o.raw(`<p class="kicker">Article ` + strconv.Itoa(n) + ` · <span class="rec-id">`)
	o.text(rec.ID)
	o.raw("</span></p>\n")
	title := strings.TrimSpace(deref(rec.Title))
	o.raw(`<h2 id="` + art + `-h">`)
	if title == "" {
		o.raw(`<span class="untitled">Untitled: `)
		o.text(rec.ID)
		o.raw(`</span>`)
	} else {
		o.text(title)
	}
	o.raw("</h2>\n<dl class=\"meta\">")

	item := func(label string, body func()) {
		o.raw(`<div><dt>` + label + `</dt><dd>`)
		body()
		o.raw(`</dd></div>`)
	}
	item("Source", func() { pageSource(o, rec.Source) })
	if s := deref(rec.Published); s != "" {
		item("Published", func() { o.text(s) })
	}
	if s := deref(rec.Site); s != "" {
		item("Site", func() { o.text(s) })
	}
	if len(rec.Authors) > 0 {
		label := "Author"
		if len(rec.Authors) > 1 {
			label = "Authors"
		}
		item(label, func() { o.text(strings.Join(rec.Authors, ", ")) })
	}
	if s := deref(rec.Lang); s != "" {
		item("Language", func() { o.text(s) })
	}
	o.raw("</dl>\n</header>\n")
}

// pageSource writes where the record came from. Only http and https URLs
// become links.
func pageSource(o *htmlOut, src record.Source) {
	if src.Kind != "" {
		o.raw(`<span class="src-kind">`)
		o.text(src.Kind)
		o.raw(`</span> `)
	}
	if src.URL != "" {
		if u, err := url.Parse(src.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			o.raw(`<a class="src" href="`)
			o.text(u.String())
			o.raw(`" rel="noopener noreferrer" target="_blank">`)
			o.text(src.URL)
			o.raw(`</a>`)
		} else {
			o.raw(`<code class="src">`)
			o.text(src.URL)
			o.raw(`</code>`)
		}
	}
	if src.Path != "" {
		if src.URL != "" {
			o.raw(" · ")
		}
		o.raw(`<code class="src">`)
		o.text(src.Path)
		o.raw(`</code>`)
	}
	if src.ContentType != "" {
		o.raw(` <span class="src-type">`)
		o.text(src.ContentType)
		o.raw(`</span>`)
	}
}

// pageWarnings writes the record's warnings, each with links to the facts
// it refers to.
func pageWarnings(o *htmlOut, art string, rec *record.Record, facts *pageFacts) {
	if len(rec.Warnings) == 0 {
		return
	}
	o.raw(`<section class="warnings" aria-label="Warnings"><ul>` + "\n")
	for i, w := range rec.Warnings {
		o.raw(`<li class="warn" id="` + art + `-w` + strconv.Itoa(i+1) + `"><span class="warn-kind">`)
		o.text(pageHuman(w.Kind))
		o.raw(`</span> <span class="warn-msg">`)
		o.text(w.Message)
		o.raw(`</span>`)
		if len(w.Refs) > 0 {
			o.raw(` <span class="warn-refs">`)
			for j, ref := range w.Refs {
				if j > 0 {
					o.raw(" ")
				}
				t, ok := facts.targets[ref]
				if !ok {
					o.raw(`<span class="ref ref-missing" title="no such fact in this record">`)
					o.text(ref)
					o.raw(`</span>`)
					continue
				}
				pageLink(o, "ref", t, func() { o.text(t.label) })
			}
			o.raw(`</span>`)
		}
		o.raw("</li>\n")
	}
	o.raw("</ul></section>\n")
}

// pageLink writes a link from the panel or a warning to a fact's
// highlight. A fact that has no highlight gets a plain, unlinked entry.
func pageLink(o *htmlOut, class string, t pageTarget, body func()) {
	if t.target == "" {
		o.raw(`<span class="` + class + ` unlinked" title="not found in the text">`)
		body()
		o.raw(`</span>`)
		return
	}
	o.raw(`<a class="go ` + class + `" href="#` + t.target + `" data-item="` + t.item + `">`)
	body()
	o.raw(`</a>`)
}

// pagePanel writes the side panel: the record's facts grouped by type.
func pagePanel(o *htmlOut, art string, rec *record.Record, facts *pageFacts) {
	o.raw(`<aside class="panel" aria-label="Facts">` + "\n")
	o.raw(`<p class="panel-sum">` + pageCounts(len(rec.Casualties), len(rec.Places), len(rec.Actors), len(rec.Claims)) + "</p>\n")
	if len(rec.Casualties)+len(rec.Places)+len(rec.Actors)+len(rec.Claims) == 0 {
		o.raw(`<p class="none">No facts were found in this article.</p>` + "\n</aside>\n")
		return
	}
	group := func(kind pageKind, title string, count int, body func()) {
		if count == 0 {
			return
		}
		o.raw(`<details class="grp" open><summary><span class="lg lg-` + pageKinds[kind].class + `">` + title +
			`</span> <span class="n">` + strconv.Itoa(count) + "</span></summary>\n")
		body()
		o.raw("</details>\n")
	}
	entry := func(id, fid string, t pageTarget, cycle bool, main, sub func()) {
		o.raw(`<li class="fact" id="` + id + `">`)
		cls := "fact-link"
		if cycle {
			cls += " cycle"
		}
		pageLink(o, cls, t, func() {
			o.raw(`<span class="fid">`)
			o.text(fid)
			o.raw(`</span><span class="fact-main">`)
			main()
			o.raw(`</span>`)
			if sub != nil {
				o.raw(`<span class="fact-sub">`)
				sub()
				o.raw(`</span>`)
			}
		})
		o.raw("</li>\n")
	}
	names := func(list []string) string { return strings.Join(list, ", ") }
	placeName, actorName := map[string]string{}, map[string]string{}
	for _, p := range slices.Backward(rec.Places) {
		placeName[p.ID] = p.Name // the first of equal ids wins
	}
	for _, a := range slices.Backward(rec.Actors) {
		actorName[a.ID] = a.Name
	}
	nameOf := func(names map[string]string, id string) string {
		if name, ok := names[id]; ok {
			return name
		}
		return id
	}

	group(pageCasualty, "Casualty figures", len(rec.Casualties), func() {
		o.raw(`<ul class="facts">` + "\n")
		for i, c := range rec.Casualties {
			t := facts.figures[i]
			entry(t.item, c.ID, t, false, func() { o.text(pageFigureLine(c)) }, func() {
				parts := []string{}
				if c.Where != nil {
					parts = append(parts, nameOf(placeName, *c.Where))
				}
				parts = append(parts, whenText(c.When))
				if c.ReportedBy != nil {
					parts = append(parts, "reported by "+nameOf(actorName, *c.ReportedBy))
				}
				if s := joinText(" — ", parts...); s != "" {
					o.text(s)
				} else {
					o.raw(`<span class="dim">no place, date or source</span>`)
				}
			})
		}
		o.raw("</ul>\n")
	})
	group(pagePlace, "Places", len(rec.Places), func() {
		o.raw(`<ul class="facts">` + "\n")
		for i, p := range rec.Places {
			t := facts.places[i]
			entry(t.item, p.ID, t, len(p.Mentions) > 1, func() { o.text(p.Name) }, func() {
				admin := deref(p.Admin1)
				if admin == p.Name {
					admin = ""
				}
				o.text(joinText(" · ", pageHuman(p.Kind), deref(p.Country), admin, pagePlural(len(p.Mentions), "mention")))
			})
		}
		o.raw("</ul>\n")
	})
	group(pageActor, "Actors", len(rec.Actors), func() {
		o.raw(`<ul class="facts">` + "\n")
		for i, a := range rec.Actors {
			t := facts.actors[i]
			entry(t.item, a.ID, t, len(a.Mentions) > 1, func() { o.text(a.Name) }, func() {
				aff := deref(a.Affiliation)
				if aff != "" {
					aff = "of " + aff
				}
				aliases := names(a.Aliases)
				if aliases != "" {
					aliases = "also “" + strings.Join(a.Aliases, "”, “") + "”"
				}
				o.text(joinText(" · ", pageHuman(a.Kind), names(a.Titles), aff, aliases, pagePlural(len(a.Mentions), "mention")))
			})
		}
		o.raw("</ul>\n")
	})
	group(pageCue, "Claims", len(rec.Claims), func() {
		byKind := map[string][]int{}
		order := append([]string(nil), claimKindOrder...)
		for i, k := range rec.Claims {
			if _, seen := byKind[k.Kind]; !seen && !slices.Contains(order, k.Kind) {
				order = append(order, k.Kind)
			}
			byKind[k.Kind] = append(byKind[k.Kind], i)
		}
		for _, kind := range order {
			list := byKind[kind]
			if len(list) == 0 {
				continue
			}
			label := pageHuman(kind)
			if label == "" {
				label = "unclassified"
			}
			o.raw(`<h4 class="sub">`)
			o.text(pageCapital(label))
			o.raw(` <span class="n">` + strconv.Itoa(len(list)) + "</span></h4>\n" + `<ul class="facts">` + "\n")
			for _, i := range list {
				k, t := rec.Claims[i], facts.claims[i]
				entry(t.item, k.ID, t, false, func() {
					if s := strings.TrimSpace(deref(k.Speaker)); s != "" {
						o.text(s)
					} else {
						o.raw(`<span class="dim">unattributed</span>`)
					}
					o.raw(` <span class="cue">`)
					o.text(k.Cue.Text)
					o.raw(`</span>`)
					if tg := strings.TrimSpace(deref(k.Target)); tg != "" {
						o.raw(` <span class="target">→ `)
						o.text(tg)
						o.raw(`</span>`)
					}
				}, func() {
					if k.Content == nil || strings.TrimSpace(k.Content.Text) == "" {
						o.raw(`<span class="dim">no content</span>`)
						return
					}
					o.text("“" + pageShorten(strings.Trim(elideAttribution(k), " \"“”"), pageContentRunes) + "”")
				})
			}
			o.raw("</ul>\n")
		}
	})
	o.raw("</aside>\n")
}

// pageFigureLine says a casualty figure in words: "at least 18 soldiers
// killed", "between 30 and 40 people displaced".
func pageFigureLine(c record.Casualty) string {
	victims := strings.TrimSpace(c.Victims)
	if victims == "" {
		victims = "people"
	}
	return figureText(c) + " " + victims + " " + c.Outcome
}

// pageRefLabel is the text of a link to a fact: "c1 · 92 militants killed".
func pageRefLabel(id, what string) string {
	return joinText(" · ", id, pageShorten(what, 60))
}

// pageShorten cuts s to at most max code points, at a space when there is
// one in the last third, and marks the cut with an ellipsis.
func pageShorten(s string, limit int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut, i := 0, 0
	for b := range s {
		if i == limit {
			cut = b
			break
		}
		i++
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)*2/3 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ,;:") + "…"
}

// pageParen gives " (s)", or "" for a blank s.
func pageParen(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return " (" + s + ")"
}

// pageHuman turns an enum value into words: "security_force" → "security
// force".
func pageHuman(s string) string { return strings.ReplaceAll(s, "_", " ") }

func pageCapital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}

// pageLang keeps a language tag only when it looks like one (letters,
// digits and hyphens), so that it can be written as an attribute as is.
func pageLang(s string) string {
	if s == "" || len(s) > 35 {
		return ""
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return ""
		}
	}
	return s
}
