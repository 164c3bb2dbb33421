package casualties

import (
	"strconv"
	"strings"
	"sync"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/record"
)

// Mention is a place or an actor found by another stage, as a span of the
// analysed text. ID is the record id the casualty will point at ("p1",
// "a3"); Kind is the stage's kind ("city", "security_force", ...) and is
// informational. Start and End are half-open code-point offsets into
// nlp.Doc.Text.
type Mention struct {
	ID         string
	Kind       string
	Name       string // the place's or actor's name, for messages; may be ""
	Start, End int
}

// Input is what Find needs besides the text.
type Input struct {
	// Published is the publication date, an ISO 8601 date or date-time
	// ("2025-03-16", "2025-03-16T08:00:00+05:00"). Relative days ("on
	// Saturday", "yesterday") resolve against it; empty leaves them
	// unresolved (When.Date null).
	Published string
	// Places are place mentions: a figure's Where is the place mentioned
	// in its sentence, nearest to the figure, outside the attribution.
	Places []Mention
	// Actors are actor mentions: a figure's ReportedBy is the actor whose
	// mention lies in the figure's attribution ("the military said").
	Actors []Mention
}

// figure is a casualty under construction, with what the warnings need.
type figure struct {
	rec       record.Casualty
	c         cand
	sent      int
	chain     int      // figures joined in one sentence ("41 on Thursday, 27 on Friday") share a chain
	src       []string // content words of the attribution's source, when there is one
	srcID     string
	head      string // lower-case head noun of the victims ("militants"), "" when none
	generic   bool   // victims named by a generic noun or not at all
	srcText   string // the source as written ("the military")
	whenKey   string
	whereKey  string
	whereName string // the place's name, for messages
	contrast  bool   // the sentence sets figures against each other ("a higher figure", "puts the toll at")
	headline  bool   // the figure is in the article's headline
}

// scratch holds per-call buffers.
type scratch struct {
	ws    []word
	prev  []word
	cands []cand
	dates []dateExpr
	attrs []attribution
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Find returns the casualty figures of doc, with ids "c1", "c2", … in text
// order, and the warnings about figures that disagree. It never fails; a
// text without figures gives empty (non-nil) lists.
func Find(doc *nlp.Doc, in Input) ([]record.Casualty, []record.Warning) {
	pub, hasPub := parsePublished(in.Published)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	figs := make([]figure, 0, 16)
	chain, lastFig := 0, -1
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if !mayHaveFigure(s.Tokens) {
			continue
		}
		sc.ws = buildWords(doc, s.Tokens, sc.ws)
		ws := sc.ws
		sc.cands = scanSentence(ws, sc.cands[:0])
		if len(sc.cands) == 0 {
			continue
		}
		sc.attrs = findAttributions(ws, sc.attrs[:0])
		sc.dates = findDates(doc, ws, pub, hasPub, sc.dates[:0])
		for i := range sc.dates {
			d := &sc.dates[i]
			for _, a := range sc.attrs {
				if d.s >= a.zs && d.s < a.ze {
					d.attr = true
				}
				// a date right before the source: "On Monday, the ministry
				// said", "Mon 16:30 the health ministry says"
				if a.e > a.s && a.s <= a.cue && d.e <= a.s && a.s-d.e <= 2 && a.cue+1 < len(ws) && wordish(ws[a.cue+1].text) {
					between := true
					for k := d.e; k < a.s; k++ {
						if ws[k].text != "," && !(ws[k].digit && strings.Contains(ws[k].text, ":")) {
							between = false
						}
					}
					if between {
						d.attr = true
					}
				}
			}
		}
		contrast := contrasts(ws)
		if !contrast && si > 0 && si-1 != lastFig {
			// "Residents put the number higher. A teacher said 17 ...":
			// a sentence without figures of its own marks the next one
			sc.prev = buildWords(doc, doc.Sentences[si-1].Tokens, sc.prev)
			contrast = contrasts(sc.prev)
		}
		lastFig = si
		head := si == 0 && isHeadline(ws)
		for ci := range sc.cands {
			c := &sc.cands[ci]
			if ci == 0 || !joined(sc.cands, ci) {
				chain++
			}
			f := figure{c: *c, sent: si, chain: chain, contrast: contrast, headline: head}
			f.rec = record.Casualty{
				Count:       int(c.q.count),
				Approximate: c.q.approx,
				Qualifier:   record.Str(c.q.qual),
				Outcome:     c.out,
			}
			if c.q.min >= 0 {
				f.rec.Min = intPtr(c.q.min)
			}
			if c.q.max >= 0 {
				f.rec.Max = intPtr(c.q.max)
			}
			if c.earlier {
				f.rec.Qualifier = record.Str(earlierQualifier)
			}
			// victims
			vc := c
			if c.inherits >= 0 {
				vc = &sc.cands[c.inherits]
				f.c.grp, f.c.head = vc.grp, -1
			}
			if vc.vs < vc.ve {
				f.rec.Victims = span(doc, ws, vc.vs, vc.ve)
				if vc.head >= 0 {
					f.head = ws[vc.head].low
				}
			}
			f.generic = vc.grp == gGeneric || vc.vs == vc.ve || vc.grp == gNone
			f.rec.VictimGroup = groupName(vc.grp)
			es, ee := c.es, max(c.ee, c.q.end)
			f.rec.Evidence = record.Span{Text: span(doc, ws, es, ee), Start: ws[es].start, End: ws[ee-1].end, Sentence: si}
			// when
			if d := pickDate(ws, sc.dates, sc.cands, ci); d != nil {
				f.rec.When = &record.When{Text: d.text, Date: record.Str(d.date)}
				f.whenKey = d.date
				if f.whenKey == "" {
					f.whenKey = lower(d.text)
				}
			}
			// attribution
			if a := nearestAttribution(sc.attrs, es); a != nil && a.e > a.s {
				f.src = sourceWords(ws, a.s, a.e)
				f.srcText = span(doc, ws, a.s, a.e)
				if id := mentionIn(in.Actors, ws[a.s].start, ws[a.e-1].end); id != "" {
					f.srcID = id
					f.rec.ReportedBy = record.Str(id)
				}
			}
			// where
			if id := pickPlace(in.Places, ws, sc.attrs, sc.cands, ci); id != "" {
				f.rec.Where = record.Str(id)
				f.whereKey, f.whereName = id, mentionName(in.Places, id)
			}
			figs = append(figs, f)
		}
	}
	figs = mergeRepeats(figs)
	decideGroups(figs)
	cs := make([]record.Casualty, len(figs))
	for i := range figs {
		figs[i].rec.ID = "c" + strconv.Itoa(i+1)
		cs[i] = figs[i].rec
	}
	return cs, figureWarnings(figs)
}

// earlierQualifier marks the previous value of a changing toll ("rose to
// 212 from 180": 180).
const earlierQualifier = "earlier figure"

func intPtr(v int64) *int { i := int(v); return &i }

// joined reports whether candidate i continues the figures before it in
// one construction: coordination, ellipsis, an additional figure.
func joined(cs []cand, i int) bool {
	return cs[i].joinPrev
}

// contrasts reports whether a sentence sets a figure against another one:
// "gave a higher figure", "a third figure came from", "puts the death toll
// at 41", "its own tally", "whereas".
func contrasts(ws []word) bool {
	for i := range ws {
		switch ws[i].low {
		case "figure", "figures", "tally", "tallies", "higher", "lower", "differ", "differs", "different", "differing",
			"conflicting", "contradict", "contradicts", "contradicted", "disputed", "disputes", "whereas", "estimate",
			"estimates", "estimated", "count", "counted":
			return true
		case "put", "puts", "putting":
			for j := i + 1; j < len(ws) && j < i+5; j++ {
				if ws[j].low == "toll" || ws[j].low == "number" {
					return true
				}
			}
		}
	}
	return false
}

// mayHaveFigure is a cheap test that skips sentences without any outcome
// word (most of an article).
func mayHaveFigure(toks []nlp.Token) bool {
	for i := range toks {
		t := toks[i].Text
		if len(t) < 3 {
			continue
		}
		e := lexicon[t]
		if e == nil {
			e = lexicon[lower(t)]
		}
		if e != nil && (e.k&(kPost|kPre|kNoun|kOf) != 0 || e.special == spToll || e.special == spShot ||
			e.special == spTaken || e.special == spWound || t == "rounded") {
			return true
		}
	}
	return false
}

// pickDate chooses the time of candidate ci: a date in its own stretch of
// the sentence (up to the next figure), else the nearest date before it,
// else the first date after it; statement dates ("said on Sunday") never.
func pickDate(ws []word, ds []dateExpr, cs []cand, ci int) *dateExpr {
	c := &cs[ci]
	end := 1 << 30
	if ci+1 < len(cs) {
		end = cs[ci+1].es
	}
	next := end
	if k := clauseBreak(ws, max(c.ee, c.q.end), end); k < end {
		end = k
	}
	for i := range ds {
		d := &ds[i]
		if d.attr || d.s < c.es || d.s >= end {
			continue
		}
		// a date right before the next figure is that figure's: "and on Sunday 3 more died"
		if ci+1 < len(cs) && d.e == next && d.s > c.ee {
			continue
		}
		return d
	}
	var before *dateExpr
	for i := range ds {
		d := &ds[i]
		if !d.attr && d.e <= c.es {
			before = d
		}
	}
	if before != nil {
		return before
	}
	stop := newClause(ws, max(c.ee, c.q.end))
	for i := range ds {
		d := &ds[i]
		if !d.attr && d.s >= end && d.s < stop {
			return d
		}
	}
	return nil
}

// clauseBreak returns the first comma or semicolon in [from, to), or to.
func clauseBreak(ws []word, from, to int) int {
	for k := from; k < to && k < len(ws); k++ {
		if ws[k].text == "," || ws[k].text == ";" {
			return k
		}
	}
	return to
}

// newClause returns where a new clause with a subject of its own starts
// after word k (", nine were still in hospital"), or the sentence end.
func newClause(ws []word, k int) int {
	for ; k+2 < len(ws); k++ {
		if ws[k].text != "," && ws[k].text != ";" {
			continue
		}
		w, v := &ws[k+1], &ws[k+2]
		if (w.digit || w.is(kNum|kDet) || w.low == "he" || w.low == "she" || w.low == "they") &&
			(v.is(kAux) || v.is(kPost)) {
			return k
		}
	}
	return len(ws)
}

// nearestAttribution returns the attribution whose cue is nearest to word k.
func nearestAttribution(as []attribution, k int) *attribution {
	var best *attribution
	bd := 1 << 30
	for i := range as {
		d := as[i].cue - k
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = &as[i], d
		}
	}
	return best
}

// mentionIn returns the id of a mention inside [start, end): the one that
// ends last (the head of "Pakistan's military" is the military).
func mentionIn(ms []Mention, start, end int) string {
	id, bestEnd, bestLen := "", -1, 0
	for _, m := range ms {
		if m.Start < start || m.End > end || m.ID == "" {
			continue
		}
		l := m.End - m.Start
		if m.End > bestEnd || m.End == bestEnd && l > bestLen {
			id, bestEnd, bestLen = m.ID, m.End, l
		}
	}
	return id
}

// pickPlace chooses the place of candidate ci: the nearest place mention
// after it in its own stretch of the sentence, else the nearest before it,
// leaving out mentions inside an attribution ("Pakistan's military said").
func pickPlace(ms []Mention, ws []word, as []attribution, cs []cand, ci int) string {
	if len(ms) == 0 {
		return ""
	}
	c := &cs[ci]
	sStart, sEnd := ws[0].start, ws[len(ws)-1].end
	from := ws[c.es].start
	to := sEnd
	if ci+1 < len(cs) {
		to = ws[cs[ci+1].es].start
	}
	inAttr := func(m Mention) bool {
		for _, a := range as {
			if a.e > a.s && m.Start >= ws[a.s].start && m.End <= ws[a.e-1].end {
				return true
			}
			if a.ze > a.zs && m.Start >= ws[a.zs].start && m.End <= ws[a.ze-1].end {
				return true
			}
		}
		return false
	}
	// "a Britain-based war monitor": where a source is based, not where
	// the dead were
	basedAt := func(m Mention) bool {
		for k := range ws {
			if ws[k].start <= m.Start && ws[k].end > m.End {
				// a hyphenated word the place opens: "Britain-based"
				t := strings.ToLower(ws[k].text)
				return strings.HasSuffix(t, "-based") || strings.HasSuffix(t, "-headquartered") || strings.HasSuffix(t, "-registered") || strings.HasSuffix(t, "-born")
			}
			if ws[k].start == m.End && k+1 < len(ws) {
				return ws[k].text == "-" && (ws[k+1].text == "based" || ws[k+1].text == "headquartered" || ws[k+1].text == "registered" || ws[k+1].text == "born")
			}
		}
		return false
	}
	after, afterStart := "", 1<<30
	before, beforeEnd := "", -1
	for _, m := range ms {
		if m.Start < sStart || m.End > sEnd || m.ID == "" || inAttr(m) || basedAt(m) {
			continue
		}
		if m.Start >= from && m.Start < to && m.Start < afterStart {
			after, afterStart = m.ID, m.Start
		}
		if m.End <= from && m.End > beforeEnd {
			before, beforeEnd = m.ID, m.End
		}
	}
	if after != "" {
		return after
	}
	return before
}

// isHeadline reports whether the first sentence of a text is a headline:
// it does not end like a sentence ("Gunmen abduct 14 villagers in
// Zamfara"), or it is written in capitals ("AT LEAST 17 DEAD").
func isHeadline(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	k := len(ws) - 1
	for k > 0 && isQuote(ws[k].text) {
		k--
	}
	switch ws[k].text {
	case ".", "!", "?", "…":
	default:
		return true
	}
	return len(ws) > 1 && !ws[0].acronym && ws[0].allUpper && !ws[1].acronym && ws[1].allUpper
}

// mentionName returns the name given with the mentions of id, or id itself.
func mentionName(ms []Mention, id string) string {
	for _, m := range ms {
		if m.ID == id && m.Name != "" {
			return m.Name
		}
	}
	return id
}
