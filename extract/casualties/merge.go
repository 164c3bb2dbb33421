package casualties

import "strings"

// mergeRepeats removes figures that repeat another one and returns the
// figures left, in text order.
//
// A figure repeated in the same terms (a headline and its lead: "AT LEAST
// 17 DEAD", "At least 17 people were killed") is one reported figure: the
// same count, range, outcome and group, victims that agree, and no
// different day or place. The mention kept is the most complete one (a
// member of a list of figures, then one that names the victims, then one
// with a day); what the other adds (day, place, source) is copied to it.
//
// A figure of the headline joins the first figure of the body that
// repeats it, even when the two name the place or day differently (a
// headline's place is often the wider one); the body's mention is kept.
//
// One person mentioned again ("A man was shot ... He died at the
// hospital"; "the victim", "Taylor") is one figure too: a pronoun, a
// definite noun phrase or a name joins the nearest earlier one-person
// figure with the same outcome; when the earlier one was only "shot" and
// the later one says the person died, the earlier figure becomes a death.
func mergeRepeats(figs []figure) []figure {
	chainSize := map[int]int{}
	for i := range figs {
		chainSize[figs[i].chain]++
	}
	drop := make([]bool, len(figs))
	for i := range figs {
		f := &figs[i]
		if isOne(f) {
			if j := sameOne(figs, drop, i); j >= 0 {
				p := &figs[j]
				if p.c.shot && f.rec.Outcome == outKilled {
					p.rec.Outcome = outKilled
					p.c.shot = false
				}
				fill(p, f)
				drop[i] = true
			}
			continue
		}
		if f.c.subset || f.c.earlier {
			continue
		}
		// "shot three women" and "three women" killed: the same people
		if f.c.shot || f.rec.Outcome == outKilled {
			if j := shotTwin(figs, drop, i); j >= 0 {
				keep, gone := j, i
				if figs[j].c.shot {
					keep, gone = i, j
				}
				fill(&figs[keep], &figs[gone])
				drop[gone] = true
				continue
			}
		}
		for j := 0; j < i; j++ {
			if drop[j] || !sameFigure(&figs[j], f) && !headlineRepeat(&figs[j], f) {
				continue
			}
			keep, gone := j, i
			if figs[j].headline && !f.headline {
				// the body's mention has the fuller evidence
				keep, gone = i, j
			} else if better(f, &figs[j], chainSize) {
				keep, gone = i, j
			}
			fill(&figs[keep], &figs[gone])
			drop[gone] = true
			break
		}
	}
	out := figs[:0]
	for i := range figs {
		if !drop[i] {
			out = append(out, figs[i])
		}
	}
	return out
}

// sameOne returns the earlier one-person figure that figure i mentions
// again, or -1.
func sameOne(figs []figure, drop []bool, i int) int {
	f := &figs[i]
	for j := i - 1; j >= 0; j-- {
		p := &figs[j]
		if drop[j] || !isOne(p) || f.sent-p.sent > 4 {
			continue
		}
		sameOut := p.rec.Outcome == f.rec.Outcome || p.c.shot && f.rec.Outcome == outKilled ||
			f.c.shot && p.rec.Outcome == outKilled
		if !sameOut {
			continue
		}
		switch f.c.one {
		case onePronoun:
			return j
		case oneDef:
			if p.head == "" || f.head == "" || p.head == f.head || f.head == "victim" || p.head == "victim" {
				return j
			}
		case oneName:
			if p.c.one != oneName || nameOverlap(p.rec.Victims, f.rec.Victims) {
				return j
			}
		default:
			if p.head != "" && (p.head == f.head || genericOne[p.head] || genericOne[f.head]) &&
				p.rec.Outcome == f.rec.Outcome {
				return j
			}
			return -1
		}
	}
	return -1
}

// shotTwin returns an earlier figure that counts the same people as
// figure i, one as shot and the other as killed, or -1.
func shotTwin(figs []figure, drop []bool, i int) int {
	f := &figs[i]
	for j := 0; j < i; j++ {
		p := &figs[j]
		if drop[j] || p.c.singular || p.c.subset || p.rec.Count != f.rec.Count || p.chain == f.chain {
			continue
		}
		if !(p.c.shot && f.rec.Outcome == outKilled || f.c.shot && p.rec.Outcome == outKilled) {
			continue
		}
		if p.head != "" && f.head != "" && p.head == f.head {
			return j
		}
	}
	return -1
}

// isOne reports whether a figure counts one person: "a man", "one person".
func isOne(f *figure) bool {
	return f.c.singular || f.rec.Count == 1 && !f.rec.Approximate && !f.c.subset && !f.c.earlier
}

// genericOne are head nouns that may stand for any one person.
var genericOne = map[string]bool{"person": true, "victim": true, "individual": true}

// nameOverlap reports whether two names share a word ("Courtney Taylor",
// "Taylor").
func nameOverlap(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// sameFigure reports whether two figures report the same count of the same
// victims in the same terms.
func sameFigure(a, b *figure) bool {
	ra, rb := &a.rec, &b.rec
	if ra.Count != rb.Count || ra.Outcome != rb.Outcome || ra.Approximate != rb.Approximate ||
		!eqPtr(ra.Min, rb.Min) || !eqPtr(ra.Max, rb.Max) || a.c.subset || a.c.earlier || a.c.singular {
		return false
	}
	// a generic mention ("14 people", or no victims) repeats a specific one
	if ra.VictimGroup != rb.VictimGroup && !a.generic && !b.generic {
		return false
	}
	if a.head != b.head && a.head != "" && b.head != "" && stem(a.head) != stem(b.head) &&
		!genericCivilians[a.head] && !genericCivilians[b.head] {
		return false
	}
	if a.whenKey != b.whenKey && a.whenKey != "" && b.whenKey != "" {
		return false
	}
	if a.whereKey != b.whereKey && a.whereKey != "" && b.whereKey != "" {
		return false
	}
	// two figures of one list are different figures
	return a.chain != b.chain
}

// headlineRepeat reports whether figure h of the headline is repeated by
// figure b of the body: a headline names the count in brief ("kills
// dozens", "AT LEAST 17 DEAD") and often a wider place or no day, so only
// the count, its range, the outcome and the victims must agree, and the
// body's figure must be the first of the body with that count.
func headlineRepeat(h, b *figure) bool {
	if !h.headline || b.headline {
		return false
	}
	hw, bw := h.whereKey, h.whenKey
	h.whereKey, h.whenKey = b.whereKey, b.whenKey
	// a headline drops the hedge of its lead: "kills 23" repeats "killed
	// at least 23"
	ha, hmin, hmax := h.rec.Approximate, h.rec.Min, h.rec.Max
	exact := !ha && (hmin == nil || *hmin == h.rec.Count) && (hmax == nil || *hmax == h.rec.Count)
	if exact && b.rec.Approximate && b.rec.Max == nil && b.rec.Min != nil && *b.rec.Min == h.rec.Count {
		h.rec.Approximate, h.rec.Min, h.rec.Max = b.rec.Approximate, b.rec.Min, b.rec.Max
	}
	same := sameFigure(h, b)
	h.whereKey, h.whenKey = hw, bw
	h.rec.Approximate, h.rec.Min, h.rec.Max = ha, hmin, hmax
	return same
}

func eqPtr(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// better reports whether mention f is more complete than mention g.
func better(f, g *figure, chainSize map[int]int) bool {
	fc, gc := chainSize[f.chain] > 1, chainSize[g.chain] > 1
	if fc != gc {
		return fc
	}
	fv, gv := f.head != "", g.head != ""
	if fv != gv {
		return fv
	}
	fw, gw := f.rec.When != nil, g.rec.When != nil
	if fw != gw {
		return fw
	}
	return false
}

// fill copies to f what g knows and f does not: day, place, source.
func fill(f, g *figure) {
	if f.rec.When == nil && g.rec.When != nil {
		f.rec.When, f.whenKey = g.rec.When, g.whenKey
	}
	if f.rec.Where == nil && g.rec.Where != nil {
		f.rec.Where, f.whereKey, f.whereName = g.rec.Where, g.whereKey, g.whereName
	}
	if f.rec.ReportedBy == nil && g.rec.ReportedBy != nil {
		f.rec.ReportedBy, f.srcID = g.rec.ReportedBy, g.srcID
	}
	if len(f.src) == 0 && len(g.src) > 0 {
		f.src, f.srcText = g.src, g.srcText
	}
}
