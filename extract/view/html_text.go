package view

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// pageKind is the kind of a highlight in the text.
type pageKind uint8

const (
	pagePlace pageKind = iota
	pageActor
	pageCasualty
	pageSpeaker
	pageCue
	pageContent
)

// pageKinds describes each highlight kind: its class suffix (hl-place,
// lg-place) and its name in the legend, in legend order.
var pageKinds = [...]struct{ class, sample string }{
	pagePlace:    {"place", "Place"},
	pageActor:    {"actor", "Actor"},
	pageCasualty: {"casualty", "Casualty figure"},
	pageSpeaker:  {"speaker", "Claim speaker"},
	pageCue:      {"cue", "Claim cue"},
	pageContent:  {"content", "Claim content"},
}

// prio ranks kinds for when two highlights cross (overlap without one
// holding the other): the one with the lower rank is split in two. Cues
// and figures are short and precise and stay whole; mentions next; the
// longer speaker spans and claim contents give way.
func (k pageKind) prio() int {
	switch k {
	case pageCue, pageCasualty:
		return 3
	case pagePlace, pageActor:
		return 2
	case pageSpeaker:
		return 1
	}
	return 0
}

// pageMark is one span to highlight: a mention, an evidence span, or a
// part of a claim.
type pageMark struct {
	start, end int // code-point offsets into the text, in range, start < end
	kind       pageKind
	fact       string // the fact's id in the record (data-fact)
	item       string // element id of the fact's entry in the side panel
	id         string // element id of the first element of the highlight
	title      string // tooltip
	seq        int    // order of creation, for a stable layout
	opened     bool   // the first element (the one with the id) is written
}

// pageFrag is a piece of a mark that is open, or waiting to be opened,
// from start to end.
type pageFrag struct {
	m          *pageMark
	start, end int
}

// pageTarget is where a fact's entry in the side panel (or a warning's
// reference) leads.
type pageTarget struct {
	item   string // element id of the panel entry
	target string // element id of the highlight to scroll to; "" when the fact has none in the text
	label  string // short label for reference links
}

// pageFacts holds the highlights of one record and the targets of its
// facts, by the facts' ids in the record.
type pageFacts struct {
	marks   []*pageMark
	targets map[string]pageTarget
	places  []pageTarget // by index in rec.Places
	actors  []pageTarget
	figures []pageTarget
	claims  []pageTarget
}

// pageIndex locates code points and lines in a text.
type pageIndex struct {
	text  string
	offs  []int // offs[i] is the byte offset of code point i; offs[n] = len(text)
	lines []int // the code point index at which each line ends: its '\n', or n
}

func pageNewIndex(text string) *pageIndex {
	x := &pageIndex{text: text, offs: make([]int, 0, len(text)+1)}
	for i, c := range text {
		if c == '\n' {
			x.lines = append(x.lines, len(x.offs))
		}
		x.offs = append(x.offs, i)
	}
	x.lines = append(x.lines, len(x.offs))
	x.offs = append(x.offs, len(text))
	return x
}

// n is the number of code points in the text.
func (x *pageIndex) n() int { return len(x.offs) - 1 }

// blank reports whether the code points start to end are all line
// breaks, which leave nothing to highlight.
func (x *pageIndex) blank(start, end int) bool {
	for i := start; i < end; i++ {
		if x.text[x.offs[i]] != '\n' {
			return false
		}
	}
	return true
}

// pageCollect gathers the highlights of rec. Spans that fall outside the
// text are clamped to it; those left empty, or holding nothing but line
// breaks, are dropped (their facts still appear in the side panel,
// unlinked).
func pageCollect(rec *record.Record, art string, x *pageIndex) *pageFacts {
	f := &pageFacts{targets: make(map[string]pageTarget)}
	n := x.n()
	add := func(sp record.Span, kind pageKind, fact, item, id, title string) *pageMark {
		start, end := max(sp.Start, 0), min(sp.End, n)
		if start >= end || x.blank(start, end) {
			return nil
		}
		m := &pageMark{start: start, end: end, kind: kind, fact: fact, item: item, id: id, title: title, seq: len(f.marks)}
		f.marks = append(f.marks, m)
		return m
	}
	// first keeps the earliest of a fact's highlights as its target.
	first := func(t *pageTarget, best *int, m *pageMark) {
		if m != nil && (t.target == "" || m.start < *best) {
			t.target, *best = m.id, m.start
		}
	}
	register := func(id string, t pageTarget) {
		if _, dup := f.targets[id]; !dup && id != "" {
			f.targets[id] = t
		}
	}

	for i, p := range rec.Places {
		item := art + "-p" + strconv.Itoa(i+1)
		t, best := pageTarget{item: item, label: pageRefLabel(p.ID, p.Name)}, 0
		title := "Place " + p.ID + ": " + p.Name + pageParen(joinText(", ", p.Kind, deref(p.Country)))
		for j, sp := range p.Mentions {
			first(&t, &best, add(sp, pagePlace, p.ID, item, item+"-m"+strconv.Itoa(j+1), title))
		}
		f.places = append(f.places, t)
		register(p.ID, t)
	}
	for i, a := range rec.Actors {
		item := art + "-a" + strconv.Itoa(i+1)
		t, best := pageTarget{item: item, label: pageRefLabel(a.ID, a.Name)}, 0
		title := "Actor " + a.ID + ": " + a.Name + pageParen(pageHuman(a.Kind))
		for j, sp := range a.Mentions {
			first(&t, &best, add(sp, pageActor, a.ID, item, item+"-m"+strconv.Itoa(j+1), title))
		}
		f.actors = append(f.actors, t)
		register(a.ID, t)
	}
	for i, c := range rec.Casualties {
		item := art + "-c" + strconv.Itoa(i+1)
		headline := pageFigureLine(c)
		t, best := pageTarget{item: item, label: pageRefLabel(c.ID, headline)}, 0
		first(&t, &best, add(c.Evidence, pageCasualty, c.ID, item, item+"-ev", "Casualty figure "+c.ID+": "+headline))
		f.figures = append(f.figures, t)
		register(c.ID, t)
	}
	for i, k := range rec.Claims {
		item := art + "-k" + strconv.Itoa(i+1)
		speaker := deref(k.Speaker)
		if strings.TrimSpace(speaker) == "" {
			speaker = "unattributed"
		}
		label := speaker + cueSep(k.Cue.Text) + k.Cue.Text
		if accordingCue(k.Cue.Text) {
			label = "according to " + speaker
		}
		t := pageTarget{item: item, label: pageRefLabel(k.ID, label)}
		title := "Claim " + k.ID + " (" + pageHuman(k.Kind) + ") by " + speaker
		var spk, con *pageMark
		if k.SpeakerSpan != nil {
			spk = add(*k.SpeakerSpan, pageSpeaker, k.ID, item, item+"-spk", title)
		}
		cue := add(k.Cue, pageCue, k.ID, item, item+"-cue", title)
		if k.Content != nil {
			con = add(*k.Content, pageContent, k.ID, item, item+"-con", title)
		}
		// The cue leads; without one, whatever else the claim has.
		for _, m := range []*pageMark{cue, spk, con} {
			if m != nil {
				t.target = m.id
				break
			}
		}
		f.claims = append(f.claims, t)
		register(k.ID, t)
	}
	slices.SortStableFunc(f.marks, func(a, b *pageMark) int { return a.start - b.start })
	return f
}

// pageRender writes an article's text with its highlights. Highlights
// are <mark> elements that nest properly: where two of them cross, one is
// split into several elements that share a data-mark value, and only the
// first carries the id. Paragraphs (the lines of the text) close every
// open highlight and reopen it in the next paragraph.
type pageRender struct {
	o        *htmlOut
	stack    []pageFrag // open elements, outermost first; ends never increase
	deferred []pageFrag // rests of split highlights, by start
	batch    []pageFrag
}

// pageText writes text as one <p> per line with marks highlighted; marks
// must be sorted by start.
func pageText(o *htmlOut, x *pageIndex, marks []*pageMark) {
	text, offs := x.text, x.offs

	r := &pageRender{o: o}
	pos, mi := 0, 0
	for _, lineEnd := range x.lines {
		o.raw(`<p dir="auto">`)
		for {
			mi = r.openAt(pos, marks, mi)
			// Write up to the next place where something starts or ends.
			next := lineEnd
			if mi < len(marks) && marks[mi].start < next {
				next = marks[mi].start
			}
			if len(r.deferred) > 0 && r.deferred[0].start < next {
				next = r.deferred[0].start
			}
			if k := len(r.stack); k > 0 && r.stack[k-1].end < next {
				next = r.stack[k-1].end
			}
			o.text(text[offs[pos]:offs[next]])
			pos = next
			for k := len(r.stack); k > 0 && r.stack[k-1].end <= pos; k-- {
				r.pop()
			}
			if pos == lineEnd {
				break
			}
		}
		// End of the paragraph: what is still open goes on in the next one.
		for k := len(r.stack) - 1; k >= 0; k-- {
			r.deferPiece(pageFrag{r.stack[k].m, lineEnd + 1, r.stack[k].end})
			r.pop()
		}
		o.raw("</p>\n")
		pos = lineEnd + 1
	}
}

// openAt opens the marks (from marks[mi] on) and the deferred pieces that
// start at or before pos, and returns the index of the first mark that
// starts later.
func (r *pageRender) openAt(pos int, marks []*pageMark, mi int) int {
	r.batch = r.batch[:0]
	for ; mi < len(marks) && marks[mi].start <= pos; mi++ {
		if m := marks[mi]; m.end > pos {
			r.batch = append(r.batch, pageFrag{m, pos, m.end})
		}
	}
	for len(r.deferred) > 0 && r.deferred[0].start <= pos {
		if d := r.deferred[0]; d.end > pos {
			r.batch = append(r.batch, pageFrag{d.m, pos, d.end})
		}
		r.deferred = r.deferred[1:]
	}
	// Longer first, so that they hold the shorter ones; at equal ends the
	// claim contents go outside.
	slices.SortFunc(r.batch, func(a, b pageFrag) int {
		if a.end != b.end {
			return b.end - a.end
		}
		if pa, pb := a.m.kind.prio(), b.m.kind.prio(); pa != pb {
			return pa - pb
		}
		return a.m.seq - b.m.seq
	})
	for _, f := range r.batch {
		r.push(f)
	}
	return mi
}

// push opens f inside the open elements. Open elements that end before f
// does would cross it: if one of them outranks f, f is cut where the
// innermost of them ends and its rest waits; otherwise they are closed and
// reopened inside f.
func (r *pageRender) push(f pageFrag) {
	k := len(r.stack)
	for k > 0 && r.stack[k-1].end < f.end {
		k--
	}
	if k == len(r.stack) {
		r.open(f)
		return
	}
	crossing := r.stack[k:]
	for _, c := range crossing {
		if c.m.kind.prio() > f.m.kind.prio() {
			cut := r.stack[len(r.stack)-1].end
			r.deferPiece(pageFrag{f.m, cut, f.end})
			f.end = cut
			r.open(f)
			return
		}
	}
	saved := slices.Clone(crossing)
	for range saved {
		r.pop()
	}
	r.open(f)
	for _, c := range saved {
		r.open(c)
	}
}

// deferPiece keeps f to be opened when the text reaches f.start.
func (r *pageRender) deferPiece(f pageFrag) {
	i, _ := slices.BinarySearchFunc(r.deferred, f.start, func(d pageFrag, start int) int {
		if d.start <= start {
			return -1 // after every piece that starts at the same place
		}
		return 1
	})
	r.deferred = slices.Insert(r.deferred, i, f)
}

func (r *pageRender) open(f pageFrag) {
	o, m := r.o, f.m
	o.raw(`<mark class="hl hl-` + pageKinds[m.kind].class + `" data-fact="`)
	o.text(m.fact)
	o.raw(`" data-item="` + m.item + `" data-mark="` + m.id + `"`)
	if !m.opened {
		m.opened = true
		o.raw(` id="` + m.id + `"`)
	}
	o.raw(` title="`)
	o.text(m.title)
	o.raw(`">`)
	r.stack = append(r.stack, f)
}

func (r *pageRender) pop() {
	r.o.raw("</mark>")
	r.stack = r.stack[:len(r.stack)-1]
}
