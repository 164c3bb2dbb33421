package htmltext

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// passFlags select how strict one extraction pass is. The first pass uses
// all of them; when it yields too little text, later passes relax them.
type passFlags uint8

const (
	// flagStrip drops elements whose class or id name page furniture.
	flagStrip passFlags = 1 << iota
	// flagWeight lets class and id names raise or lower candidate scores.
	flagWeight
	// flagClean removes link-heavy or paragraph-poor blocks from the
	// chosen content.
	flagClean
)

// passSchedule is the order in which passes are tried.
var passSchedule = []passFlags{
	flagStrip | flagWeight | flagClean,
	flagWeight | flagClean,
	flagClean,
}

// minTextRunes is the length under which a pass is deemed to have missed
// the article and the next, more lenient one is tried.
const minTextRunes = 500

// stats are the counts the scorer and the cleaner need about a subtree,
// excluding anything already removed.
type stats struct {
	text     int     // runes of collapsed text
	link     float64 // runes inside links (in-page anchors count 0.3)
	commas   int     // comma-like punctuation
	paras    int     // <p> and paragraph-like <div> elements
	imgs     int     // images
	lis      int     // list items
	inputs   int     // form inputs other than hidden ones
	listText int     // runes inside list items
	headText int     // runes inside headings
	tables   int     // nested tables
	thead    int     // table header cells, captions, thead/tfoot/colgroup
	pres     int     // preformatted blocks
	prose    int     // runes in paragraphs of 25+ runes with few links
	articles int     // <article>, <main> and articleBody elements
}

func (s *stats) add(o stats) {
	s.text += o.text
	s.link += o.link
	s.commas += o.commas
	s.paras += o.paras
	s.imgs += o.imgs
	s.lis += o.lis
	s.inputs += o.inputs
	s.listText += o.listText
	s.headText += o.headText
	s.tables += o.tables
	s.thead += o.thead
	s.pres += o.pres
	s.prose += o.prose
	s.articles += o.articles
}

// linkDensity is the share of the text that sits inside links.
func (s *stats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return s.link / float64(s.text)
}

// own adds to s (the sum over n's children) what element n itself
// contributes.
func (s *stats) own(n *html.Node, blockDesc bool) {
	switch n.DataAtom {
	case atom.A:
		if href := attr(n, "href"); href != "" {
			w := 1.0
			if strings.HasPrefix(href, "#") {
				w = 0.3
			}
			s.link = float64(s.text) * w
		}
	case atom.P:
		s.paras++
	case atom.Div, atom.Section, atom.Article:
		if !blockDesc && s.text > 0 {
			s.paras++
		}
	case atom.Img:
		s.imgs++
	case atom.Li:
		s.lis++
		s.listText = s.text
	case atom.Input:
		if !strings.EqualFold(attr(n, "type"), "hidden") {
			s.inputs++
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		s.headText = s.text
	case atom.Table:
		s.tables++
	case atom.Th, atom.Caption, atom.Thead, atom.Tfoot, atom.Colgroup:
		s.thead++
	case atom.Pre, atom.Code:
		s.pres++
	}
}

// isProse reports a paragraph long enough and free enough of links to
// count as running text.
func (s *stats) isProse() bool {
	return s.text >= minParaRunes && s.linkDensity() < 0.25
}

// nodeInfo is what a pass knows about one kept element.
type nodeInfo struct {
	st        stats
	hint      hint
	blockDesc bool // holds an element that keeps it from being a paragraph
	candidate bool // received a score from a paragraph inside it
	score     float64
}

// pass is one extraction attempt with a fixed set of flags.
type pass struct {
	flags   passFlags
	hints   hintCache
	info    map[*html.Node]*nodeInfo
	removed map[*html.Node]bool // boilerplate found before scoring
	named   map[*html.Node]bool // the part of removed dropped for its class or id
	dropped map[*html.Node]bool // removed by cleaning the chosen content
	slab    []nodeInfo
	cands   []*html.Node
}

func newPass(f passFlags, hints hintCache) *pass {
	return &pass{
		flags:   f,
		hints:   hints,
		info:    make(map[*html.Node]*nodeInfo, 256),
		removed: make(map[*html.Node]bool, 64),
		named:   make(map[*html.Node]bool),
		dropped: make(map[*html.Node]bool),
	}
}

// newInfo hands out nodeInfo records from slabs, so that a page costs a
// few allocations rather than one per element.
func (p *pass) newInfo() *nodeInfo {
	if len(p.slab) == cap(p.slab) {
		// Slabs grow with the page: small pages stay cheap.
		p.slab = make([]nodeInfo, 0, min(max(2*cap(p.slab), 64), 1024))
	}
	p.slab = p.slab[:len(p.slab)+1]
	return &p.slab[len(p.slab)-1]
}

// dropTags never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Applet: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Option: true, atom.Label: true, atom.Nav: true,
	atom.Aside: true, atom.Footer: true, atom.Figcaption: true, atom.Dialog: true,
	atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Base: true, atom.Source: true, atom.Track: true, atom.Frame: true,
	atom.Frameset: true, atom.Map: true, atom.Menu: true, atom.Datalist: true,
	atom.Output: true, atom.Progress: true, atom.Meter: true,
}

// walkCtx carries what the analysis needs to know about a node's ancestors.
type walkCtx struct {
	inArticle bool // below <article>, <main> or an articleBody
	inPara    bool // below a paragraph or heading: names are not trusted here
}

// isHidden reports an element the browser would not display.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if isHiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// analyze walks the tree below n, marks boilerplate as removed and records
// the stats of every kept element. It returns the stats of n and whether n
// has a descendant that keeps it from being a paragraph.
func (p *pass) analyze(n *html.Node, ctx walkCtx) (stats, bool) {
	switch n.Type {
	case html.TextNode:
		var st stats
		st.text, st.commas = textStats(n.Data)
		return st, false
	case html.DocumentNode:
		var st stats
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs, _ := p.analyze(c, ctx)
			st.add(cs)
		}
		return st, true
	case html.ElementNode:
	default:
		return stats{}, false
	}
	skeleton := n.DataAtom == atom.Html || n.DataAtom == atom.Body
	h := p.hints.of(n)
	if !skeleton && (n.Namespace != "" || dropTags[n.DataAtom] || h.hidden || isHidden(n) || unlikelyRoles[attr(n, "role")]) {
		p.removed[n] = true
		return stats{}, false
	}
	inPara := ctx.inPara
	switch n.DataAtom {
	case atom.Header:
		if !ctx.inArticle {
			p.removed[n] = true
			return stats{}, false
		}
	case atom.Article, atom.Main:
		ctx.inArticle = true
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre:
		ctx.inPara = true
	}
	isArticle := n.DataAtom == atom.Article || n.DataAtom == atom.Main || attr(n, "itemprop") == "articleBody"
	if isArticle {
		ctx.inArticle = true
	}
	// Inside an article, a "header" is the article's own.
	layout := h.layout && !(ctx.inArticle && h.header)
	strip := p.flags&flagStrip != 0 && (h.boiler || layout) && !h.protect && !inPara && canStrip(n)
	if strip && h.boiler {
		p.removed[n] = true
		p.named[n] = true
		return stats{}, false
	}
	var st, run stats
	runProse := 0
	blockDesc := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs, cb := p.analyze(c, ctx)
		if c.Type == html.ElementNode && p.removed[c] {
			continue
		}
		st.add(cs)
		if c.Type == html.ElementNode && (cb || paraBreakers[c.DataAtom] || breaksRun(c)) {
			if cb || paraBreakers[c.DataAtom] {
				blockDesc = true
			}
			if run.isProse() {
				runProse += run.text
			}
			run = stats{}
		} else {
			run.add(cs)
		}
	}
	if run.isProse() {
		runProse += run.text
	}
	st.own(n, blockDesc)
	switch {
	case n.DataAtom == atom.A && st.link > 0:
		st.prose = 0 // text inside a link is not running text
	case n.DataAtom == atom.P || n.DataAtom == atom.Pre ||
		!blockDesc && (n.DataAtom == atom.Li || n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Article):
		st.prose = 0
		if st.isProse() {
			st.prose = st.text
		}
	case blockDesc:
		st.prose += runProse
	}
	if strip && st.articles == 0 && !(st.prose >= minRegionProse && 2*st.prose >= st.text) {
		// A layout region, unless it turns out to wrap the article.
		p.removed[n] = true
		p.named[n] = true
		return stats{}, false
	}
	if isArticle && !h.boiler {
		st.articles++
	}
	if h.minor && !inPara && canStrip(n) && st.text < 500 && st.paras <= 1 {
		p.removed[n] = true
		return stats{}, false
	}
	in := p.newInfo()
	in.st, in.hint, in.blockDesc = st, h, blockDesc
	p.info[n] = in
	return st, blockDesc
}

// minRegionProse is how much running text keeps a region named like page
// furniture (a "header" or "sidebar" class) from being dropped.
const minRegionProse = 500

// canStrip reports whether n may be dropped for its class or id: the
// document skeleton, semantic article containers and links never are.
func canStrip(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main, atom.A:
		return false
	}
	return attr(n, "itemprop") != "articleBody"
}

// tagScore is the starting score of a candidate by its tag.
func tagScore(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// isParaLike reports an element scored as a paragraph of its own.
func (p *pass) isParaLike(n *html.Node, in *nodeInfo) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td:
		return true
	case atom.Div, atom.Section, atom.Article:
		return !in.blockDesc
	}
	return false
}

// score walks the kept tree and credits every paragraph's score to its
// ancestors: the parent gets it all, the grandparent half, and the next
// three levels a third of it divided by their depth.
func (p *pass) score(n *html.Node, stack []*html.Node) {
	in := p.info[n]
	if in == nil {
		return
	}
	if p.isParaLike(n, in) {
		p.credit(in.st, stack)
	}
	if in.blockDesc {
		// Text and inline elements between blocks form paragraphs of their
		// own, credited to n.
		var run stats
		for c := n.FirstChild; ; c = c.NextSibling {
			if c == nil || p.isBlockChild(c) {
				if run.text > 0 {
					p.credit(run, append(stack, n))
				}
				run = stats{}
				if c == nil {
					break
				}
				continue
			}
			run.add(p.inlineStats(c))
		}
	}
	stack = append(stack, n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			p.score(c, stack)
		}
	}
}

// breaksRun reports an element that ends a run of inline content: a block
// element, or the first <br> of two in a row (a single <br> is a line
// break inside a paragraph).
func breaksRun(c *html.Node) bool {
	if c.DataAtom != atom.Br && c.DataAtom != atom.Hr {
		return blockTags[c.DataAtom]
	}
	if c.DataAtom == atom.Hr {
		return true
	}
	for n := c.NextSibling; n != nil; n = n.NextSibling {
		switch {
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) == "":
		case isElem(n, atom.Br):
			return true
		default:
			return false
		}
	}
	return true
}

// isBlockChild reports a kept child that ends a run of inline content.
func (p *pass) isBlockChild(c *html.Node) bool {
	if c.Type != html.ElementNode || p.removed[c] {
		return false
	}
	if paraBreakers[c.DataAtom] || breaksRun(c) {
		return true
	}
	in := p.info[c]
	return in != nil && in.blockDesc
}

// inlineStats returns the stats of an inline child (text or element).
func (p *pass) inlineStats(c *html.Node) stats {
	switch c.Type {
	case html.TextNode:
		var st stats
		st.text, st.commas = textStats(c.Data)
		return st
	case html.ElementNode:
		if in := p.info[c]; in != nil {
			return in.st
		}
	}
	return stats{}
}

// minParaRunes is the length under which a paragraph adds nothing.
const minParaRunes = 25

// credit adds the score of one paragraph with stats st to its ancestors,
// the innermost last in stack.
func (p *pass) credit(st stats, stack []*html.Node) {
	if st.text < minParaRunes {
		return
	}
	s := 1 + float64(st.commas) + float64(min(st.text/100, 3))
	for level := 0; level < 5 && level < len(stack); level++ {
		a := stack[len(stack)-1-level]
		if a.Parent == nil || a.Parent.Type != html.ElementNode {
			break
		}
		in := p.info[a]
		if !in.candidate {
			in.candidate = true
			in.score = tagScore(a.DataAtom)
			if p.flags&flagWeight != 0 {
				in.score += in.hint.weight
			}
			p.cands = append(p.cands, a)
		}
		switch level {
		case 0:
			in.score += s
		case 1:
			in.score += s / 2
		default:
			in.score += s / float64(level*3)
		}
	}
}

// minTopScore is the score under which the best candidate is no article
// container, e.g. on a page of links.
const minTopScore = 1

// part is a piece of the chosen content: one element, or a run of inline
// siblings from first to last.
type part struct{ first, last *html.Node }

// pick chooses the article container and the siblings that belong with
// it. body is the document's <body> (or root).
func (p *pass) pick(body *html.Node) []part {
	p.score(body, nil)
	if len(p.cands) == 0 {
		return []part{{body, body}}
	}
	for _, c := range p.cands {
		in := p.info[c]
		in.score *= 1 - in.st.linkDensity()
	}
	sort.SliceStable(p.cands, func(i, j int) bool {
		return p.info[p.cands[i]].score > p.info[p.cands[j]].score
	})
	top := p.cands[0]
	topScore := p.info[top].score
	if top == body {
		return []part{{body, body}}
	}
	if topScore < minTopScore {
		return nil // nothing reads like an article: leave it to the fallbacks
	}

	// When several strong candidates share an ancestor, the article is
	// probably split into blocks under it: take the ancestor.
	var alts [][]*html.Node
	for _, c := range p.cands[1:min(len(p.cands), 5)] {
		if p.info[c].score/topScore >= 0.75 {
			alts = append(alts, ancestors(c))
		}
	}
	if len(alts) >= 3 {
		for a := top.Parent; a != nil && a != body && a.Type == html.ElementNode; a = a.Parent {
			n := 0
			for _, list := range alts {
				for _, x := range list {
					if x == a {
						n++
						break
					}
				}
			}
			if n >= 3 {
				top = a
				p.initCandidate(top)
				break
			}
		}
	}

	// Climb while the parent scores better: the top candidate is often one
	// block of a larger article.
	last := p.info[top].score
	threshold := last / 3
	for a := top.Parent; a != nil && a != body && a.Type == html.ElementNode; a = a.Parent {
		in := p.info[a]
		if in == nil || !in.candidate {
			continue
		}
		if in.score < threshold {
			break
		}
		if in.score > last {
			top = a
			break
		}
		last = in.score
	}
	// Climb to an ancestor that holds clearly more running text, when what
	// it adds is itself prose with few links: articles split into several
	// blocks (sections, a letter and its signatures, a newsletter's items).
	for a := top.Parent; a != nil && a != body && a.Type == html.ElementNode; a = a.Parent {
		ai, ti := p.info[a], p.info[top]
		extraText := ai.st.text - ti.st.text
		extraProse := ai.st.prose - ti.st.prose
		if extraProse >= 300 && float64(ai.st.prose) >= 1.1*float64(ti.st.prose) &&
			2*extraProse >= extraText && (ai.st.link-ti.st.link) < 0.25*float64(extraText) {
			top = a
		}
	}
	// A lone child says nothing its parent does not.
	for a := top.Parent; a != nil && a != body && a.Type == html.ElementNode && p.elementChildren(a) == 1; a = a.Parent {
		top = a
	}
	p.initCandidate(top)
	if top == body || top.Parent == nil || top.Parent.Type != html.ElementNode {
		return []part{{top, top}}
	}
	parts := p.siblings(top)
	return append(p.lead(top, parts), parts...)
}

// maxLead bounds how many standfirst blocks lead adds.
const maxLead = 3

// lead returns the standfirst: headings and paragraphs of prose that sit
// in the same <article> (or <main>) as the chosen content but above it,
// typically in the article's header, and are not already part of it.
func (p *pass) lead(top *html.Node, parts []part) []part {
	var art *html.Node
	for a := top.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			art = a
			break
		}
	}
	if art == nil || len(parts) == 0 {
		return nil
	}
	first := parts[0].first
	var out []part
	var walk func(n *html.Node) bool // false once first is reached
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == first {
				return false
			}
			if c.Type != html.ElementNode || p.removed[c] {
				continue
			}
			in := p.info[c]
			if in == nil {
				continue
			}
			switch c.DataAtom {
			case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if len(out) < maxLead && in.st.text >= 50 && in.st.linkDensity() < 0.1 && wordCount(innerText(c)) >= 6 {
					out = append(out, part{c, c})
				}
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if walk(art) {
		return nil // the content is not below the article's start
	}
	return out
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	return len(strings.Fields(s))
}

// initCandidate gives n a score if it has none.
func (p *pass) initCandidate(n *html.Node) {
	in := p.info[n]
	if in == nil || in.candidate {
		return
	}
	in.candidate = true
	in.score = tagScore(n.DataAtom)
	if p.flags&flagWeight != 0 {
		in.score += in.hint.weight
	}
}

func ancestors(n *html.Node) []*html.Node {
	var out []*html.Node
	for a := n.Parent; a != nil; a = a.Parent {
		out = append(out, a)
	}
	return out
}

// elementChildren counts n's kept element children.
func (p *pass) elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !p.removed[c] {
			k++
		}
	}
	return k
}

// siblings gathers top and those of its siblings that look like more of
// the same article: well-scored blocks, or paragraphs with prose and few
// links.
func (p *pass) siblings(top *html.Node) []part {
	tin := p.info[top]
	threshold := max(10, tin.score*0.2)
	class := attr(top, "class")
	var parts []part
	var runFirst, runLast *html.Node
	var run stats
	flushRun := func() {
		if runFirst != nil && p.proseLike(run, runFirst, runLast) {
			parts = append(parts, part{runFirst, runLast})
		}
		runFirst, runLast, run = nil, nil, stats{}
	}
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && p.removed[s] {
			continue
		}
		if !p.isBlockChild(s) {
			if s.Type == html.TextNode || s.Type == html.ElementNode {
				if runFirst == nil {
					runFirst = s
				}
				runLast = s
				run.add(p.inlineStats(s))
			}
			continue
		}
		flushRun()
		if s == top {
			parts = append(parts, part{s, s})
			continue
		}
		in := p.info[s]
		if in == nil {
			continue
		}
		bonus := 0.0
		if class != "" && attr(s, "class") == class {
			bonus = tin.score * 0.2
		}
		if in.candidate && in.score+bonus >= threshold {
			parts = append(parts, part{s, s})
			continue
		}
		if (s.DataAtom == atom.P || p.isParaLike(s, in) && s.DataAtom != atom.Td && s.DataAtom != atom.Pre) && p.proseLike(in.st, s, s) {
			parts = append(parts, part{s, s})
		}
	}
	flushRun()
	return parts
}

// proseLike reports a paragraph next to the article that reads like part
// of it: long with few links, or short, link-free and ending a sentence.
func (p *pass) proseLike(st stats, first, last *html.Node) bool {
	ld := st.linkDensity()
	if st.text > 80 {
		return ld < 0.25
	}
	if st.text == 0 || ld > 0 {
		return false
	}
	var b strings.Builder
	for n := first; ; n = n.NextSibling {
		b.WriteString(innerText(n))
		b.WriteByte(' ')
		if n == last {
			break
		}
	}
	t := strings.TrimSpace(b.String())
	return endsSentence(t) && !strings.Contains(t, "©")
}

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by a closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// clean removes from the content below n the blocks that are mostly links,
// hold more inputs or images than paragraphs, or are too short to matter,
// working bottom-up so that a block is judged on what remains inside it.
func (p *pass) clean(n *html.Node, inFigure bool) (stats, bool) {
	switch n.Type {
	case html.TextNode:
		var st stats
		st.text, st.commas = textStats(n.Data)
		return st, false
	case html.ElementNode:
	default:
		return stats{}, false
	}
	if p.removed[n] {
		return stats{}, false
	}
	if n.DataAtom == atom.Figure {
		inFigure = true
	}
	var st stats
	blockDesc := false
	elems, onlyP, loose := 0, true, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs, cb := p.clean(c, inFigure)
		if c.Type == html.ElementNode && (p.removed[c] || p.dropped[c]) {
			continue
		}
		st.add(cs)
		switch c.Type {
		case html.ElementNode:
			elems++
			onlyP = onlyP && c.DataAtom == atom.P
			if cb || paraBreakers[c.DataAtom] {
				blockDesc = true
			}
		case html.TextNode:
			loose = loose || strings.TrimSpace(c.Data) != ""
		}
	}
	st.own(n, blockDesc)
	// A <div> of inline content is a paragraph, and so is a <div> that
	// only wraps one; paragraphs are not cleaned away.
	if (n.DataAtom == atom.Div || n.DataAtom == atom.Section) &&
		(!blockDesc || elems == 1 && onlyP && !loose && st.linkDensity() < 0.25) {
		return st, blockDesc
	}
	if p.shouldDrop(n, &st, inFigure) {
		p.dropped[n] = true
		return stats{}, false
	}
	return st, blockDesc
}

// shouldDrop is the conditional cleaning rule for one block of content.
func (p *pass) shouldDrop(n *html.Node, st *stats, inFigure bool) bool {
	in := p.info[n]
	weight := 0.0
	if in != nil && p.flags&flagWeight != 0 {
		weight = in.hint.weight
	}
	switch n.DataAtom {
	case atom.H1, atom.H2:
		return weight < 0
	case atom.P:
		// A paragraph that is mostly a link points to another page
		// ("Read more: ...").
		return p.flags&flagClean != 0 && st.linkDensity() > 0.5 && st.text < 200
	case atom.Form, atom.Fieldset, atom.Table, atom.Ul, atom.Ol, atom.Div, atom.Section:
	default:
		return false
	}
	if p.flags&flagClean == 0 {
		return false
	}
	if n.DataAtom == atom.Table && st.tables == 1 && (st.thead > 0 || attr(n, "summary") != "") {
		return false // a data table
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol ||
		st.text > 0 && float64(st.listText)/float64(st.text) > 0.9
	ld := st.linkDensity()
	if isList && weight >= 0 && ld <= 0.2 && st.lis > 0 && st.text >= 20*st.lis && st.inputs == 0 {
		// Items of text, not links or thumbnails: bullet points, steps,
		// ingredients.
		return false
	}
	score := 0.0
	if in != nil && in.candidate {
		score = in.score
	}
	if weight+score < 0 {
		return true
	}
	if st.commas >= 10 {
		return false
	}
	paras, imgs, lis := float64(st.paras), float64(st.imgs), st.lis-100
	headDensity := 0.0
	if st.text > 0 {
		headDensity = float64(st.headText) / float64(st.text)
	}
	switch {
	case imgs > 1 && paras/imgs < 0.5 && !inFigure:
		return true
	case !isList && lis > st.paras:
		return true
	case st.inputs > st.paras/3:
		return true
	case !isList && headDensity < 0.9 && st.text < 25 && (st.imgs == 0 || st.imgs > 2) && !inFigure && st.pres == 0:
		return true
	case !isList && weight < 25 && ld > 0.2:
		return true
	case weight >= 25 && ld > 0.5:
		return true
	case isList && ld > 0.5:
		return true
	}
	return false
}
