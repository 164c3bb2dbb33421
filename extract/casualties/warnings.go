package casualties

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// Warning kinds this stage adds to the record.
const (
	WarnSumMismatch = "casualty_sum_mismatch"
	WarnConflicting = "conflicting_figures"
)

// genericCivilians lists the generic heads that name ordinary people: a
// figure of them is civilians unless its sentence names a fighting side.
var genericCivilians = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true,
	"individual": true, "others": true}

// decideGroups settles the group of figures whose victims are generic
// ("people", "individuals", or none written).
//
// A generic figure is mixed when it is the total of figures of several
// groups: coordinated figures of two or more groups whose sum it allows
// ("17 officers and 31 civilians" against "close to 50 individuals"), or
// a part of it named from a fighting side ("12 people, including five
// soldiers"); it is civilians when its named parts are all civilians
// ("including four children"). Otherwise "people", "persons",
// "individuals" and "others" are civilians (people not named as fighters
// are non-combatants) unless the same sentence also counts soldiers or
// militants; figures whose victims are not written, or named by "men",
// "victims", "members", stay unknown.
func decideGroups(figs []figure) {
	for i := range figs {
		f := &figs[i]
		if !f.generic || f.c.earlier {
			continue
		}
		g := ""
		// parts named with "including"
		civ, armed := false, false
		for j := i + 1; j < len(figs) && figs[j].sent == f.sent && figs[j].c.via == viaSubset; j++ {
			switch figs[j].rec.VictimGroup {
			case vgCivilians:
				civ = true
			case vgSecurity, vgMilitants, vgMixed:
				armed = true
			}
		}
		if armed {
			g = vgMixed
		} else if civ {
			g = vgCivilians
		}
		if g == "" && totalOfGroups(figs, i) {
			g = vgMixed
		}
		if g == "" && genericCivilians[f.head] && !fightersAlongside(figs, i) {
			g = vgCivilians
		}
		if g != "" {
			f.rec.VictimGroup = g
		}
	}
}

// fightersAlongside reports whether a figure of the same sentence counts
// soldiers or militants: then "people" may be either.
func fightersAlongside(figs []figure, i int) bool {
	for j := range figs {
		if j != i && figs[j].sent == figs[i].sent {
			switch figs[j].rec.VictimGroup {
			case vgSecurity, vgMilitants, vgMixed:
				return true
			}
		}
	}
	return false
}

// totalOfGroups reports whether figure i is the total of a chain of figures
// of two or more groups with the same outcome.
func totalOfGroups(figs []figure, i int) bool {
	f := &figs[i]
	for a := 0; a < len(figs); {
		b := a + 1
		for b < len(figs) && figs[b].chain == figs[a].chain {
			b++
		}
		if b-a >= 2 && figs[a].chain != f.chain {
			var sum int64
			groups := map[string]bool{}
			ok := true
			for k := a; k < b; k++ {
				p := &figs[k]
				if p.c.subset || p.c.earlier {
					continue
				}
				if p.rec.Outcome != f.rec.Outcome || p.generic {
					ok = false
					break
				}
				groups[p.rec.VictimGroup] = true
				sum += int64(p.rec.Count)
			}
			if ok && len(groups) >= 2 && allows(f, sum) {
				return true
			}
		}
		a = b
	}
	return false
}

// allows reports whether figure f's wording allows the value v: within its
// range, or, for a figure with no bounds ("about 50", "close to 50"),
// within a tenth of it (at least 2).
func allows(f *figure, v int64) bool {
	r := &f.rec
	if !r.Approximate {
		return int64(r.Count) == v
	}
	if r.Min != nil && v < int64(*r.Min) {
		return false
	}
	if r.Max != nil && v > int64(*r.Max) {
		return false
	}
	if r.Min == nil || r.Max == nil {
		// one bound or none: the other side is near the stated number
		tol := max(2, int64(r.Count)/10)
		if r.Min == nil && v < int64(r.Count)-tol {
			return false
		}
		if r.Max == nil && r.Min == nil && v > int64(r.Count)+tol {
			return false
		}
	}
	return true
}

// exact reports whether a figure is an exact count.
func exact(f *figure) bool { return !f.rec.Approximate }

// comparable reports whether two figures count the same kind of victims:
// the same outcome and group, and the same head noun unless one of them
// has none ("militants" and an ellipsis of it, "people" and "civilians").
func comparable(a, b *figure) bool {
	if a.rec.Outcome != b.rec.Outcome {
		return false
	}
	if a.generic && b.generic && a.rec.VictimGroup != vgMixed && b.rec.VictimGroup != vgMixed {
		// "people", "individuals", or no victims written: everyone
		return a.head == b.head || a.head == "" || b.head == "" || genericCivilians[a.head] && genericCivilians[b.head]
	}
	ga, gb := a.rec.VictimGroup, b.rec.VictimGroup
	if ga != gb {
		return false
	}
	if ga == vgUnknown || ga == vgMixed {
		return a.head == b.head || a.head == "" || b.head == ""
	}
	return a.head == b.head || a.head == "" || b.head == "" || a.generic || b.generic ||
		stem(a.head) == stem(b.head)
}

func stem(s string) string { return strings.TrimSuffix(s, "s") }

// sameSource reports whether two attributed figures come from the same
// source: the same actor id, or (without ids) source phrases that share a
// content word. Unattributed figures are never said to differ.
func sameSource(a, b *figure) (same, known bool) {
	if a.srcID != "" && b.srcID != "" {
		return a.srcID == b.srcID, true
	}
	if len(a.src) == 0 || len(b.src) == 0 {
		return false, false
	}
	for _, x := range a.src {
		for _, y := range b.src {
			if x == y {
				return true, true
			}
		}
	}
	return false, true
}

// figureWarnings compares figures of the same outcome and victims.
//
// Parts and totals: a chain of two or more exact figures joined in one
// sentence and told apart by day or place ("92 militants were eliminated
// on Saturday, with an additional 41 neutralized on Friday"; "27 in
// Zambézia, 11 in Nampula and five in Sofala"), or by "another"/"a
// further", is a set of parts. A figure elsewhere of the same outcome and
// victims that is larger than every part, and is not itself tied to one of
// the parts' days or places, is their total. When the total's wording does
// not allow the sum of the parts, that is a casualty_sum_mismatch; but
// when the total comes from another source than the parts and one of them
// is marked as a comparison ("gave a much higher figure"), it is
// conflicting_figures: two sources counting differently.
//
// Conflicts: two figures of the same outcome and victims, for the same day
// (or neither given) and no two different places, in different sentences, attributed to
// different sources, whose ranges cannot both be true ("38" and "41"; "at
// least 340" and "about 200") but that are no further apart than twice, are
// conflicting_figures, when one of the two sentences marks the comparison
// ("a third figure came from", "gave a higher tally", "puts the toll at"),
// or the sentence before one of them, when it has no figure of its own
// ("Residents put the number higher.").
// Without such a mark two figures of one article are too often about two
// events or a part and a whole. Parts, subsets, earlier values of a
// changing toll, vague quantities and unattributed figures are never
// compared this way, and one warning is given per outcome and group.
func figureWarnings(figs []figure) []record.Warning {
	warns := []record.Warning{}
	inParts := make([]bool, len(figs))
	for a := 0; a < len(figs); {
		b := a + 1
		for b < len(figs) && figs[b].chain == figs[a].chain {
			b++
		}
		parts := partsOf(figs, a, b)
		if len(parts) >= 2 {
			for _, p := range parts {
				inParts[p] = true
			}
			if w, ok := sumWarning(figs, parts); ok {
				warns = append(warns, w)
			}
		}
		a = b
	}
	// conflicts between single figures
	reported := map[string]bool{}
	for i := range figs {
		a := &figs[i]
		if !conflictCandidate(a, inParts[i]) {
			continue
		}
		for j := i + 1; j < len(figs); j++ {
			b := &figs[j]
			if !conflictCandidate(b, inParts[j]) || b.sent == a.sent || !a.contrast && !b.contrast {
				continue
			}
			if !comparable(a, b) || a.whereKey != b.whereKey && a.whereKey != "" && b.whereKey != "" || a.whenKey != b.whenKey {
				continue
			}
			if a.head != b.head && a.head != "" && b.head != "" && !genericCivilians[a.head] && !genericCivilians[b.head] {
				continue
			}
			if lo, hi := min(a.rec.Count, b.rec.Count), max(a.rec.Count, b.rec.Count); lo <= 0 || hi > 2*lo {
				continue // an order apart: another event, or a part and a whole
			}
			if reported[a.rec.Outcome+"/"+a.rec.VictimGroup] {
				continue
			}
			if (a.c.toll || b.c.toll) && a.whenKey != b.whenKey {
				continue // a toll may have changed in between
			}
			same, known := sameSource(a, b)
			if !known || same {
				continue
			}
			if overlap(a, b) {
				continue
			}
			reported[a.rec.Outcome+"/"+a.rec.VictimGroup] = true
			warns = append(warns, record.Warning{
				Kind: WarnConflicting,
				Message: fmt.Sprintf("Sources disagree on %s %s: %s gives %s (%s), %s gives %s (%s).",
					describe(a), a.rec.Outcome, sourceName(a), figureText(a), a.rec.ID,
					sourceName(b), figureText(b), b.rec.ID),
				Refs: []string{a.rec.ID, b.rec.ID},
			})
		}
	}
	return warns
}

// conflictCandidate reports whether a figure can be set against another
// source's: an attributed count of a group, not one person, not a part,
// not a larger count it belongs to ("They were among 19 people killed").
func conflictCandidate(f *figure, part bool) bool {
	return !part && !f.c.subset && !f.c.earlier && !isOne(f) && !f.c.q.vague && !f.c.among &&
		(len(f.src) > 0 || f.srcID != "")
}

// partsOf returns the figures of chain [a, b) that are parts of a larger
// count: exact, of one outcome and group, told apart by day, place or
// "another".
func partsOf(figs []figure, a, b int) []int {
	var parts []int
	for k := a; k < b; k++ {
		p := &figs[k]
		if p.c.subset || p.c.earlier || p.c.toll || p.c.singular {
			continue
		}
		parts = append(parts, k)
	}
	if len(parts) < 2 {
		return nil
	}
	first := &figs[parts[0]]
	whens, wheres := map[string]bool{}, map[string]bool{}
	byWhen, byWhere, additive := true, true, false
	for i, k := range parts {
		p := &figs[k]
		if !exact(p) || p.rec.Outcome != first.rec.Outcome || p.rec.VictimGroup != first.rec.VictimGroup {
			return nil
		}
		if p.whenKey == "" || whens[p.whenKey] {
			byWhen = false
		}
		whens[p.whenKey] = true
		if p.whereKey == "" || wheres[p.whereKey] {
			byWhere = false
		}
		wheres[p.whereKey] = true
		if i > 0 && p.c.additive {
			additive = true
		}
	}
	if !byWhen && !byWhere && !additive {
		return nil
	}
	return parts
}

// sumWarning compares parts with a total elsewhere in the article.
func sumWarning(figs []figure, parts []int) (record.Warning, bool) {
	inChain := map[int]bool{}
	var sum, largest int64
	for _, k := range parts {
		inChain[k] = true
		sum += int64(figs[k].rec.Count)
		largest = max(largest, int64(figs[k].rec.Count))
	}
	first := &figs[parts[0]]
	var totals []int
	for t := range figs {
		f := &figs[t]
		if inChain[t] || f.chain == first.chain || f.c.subset || f.c.earlier || f.c.singular {
			continue
		}
		if !comparable(f, first) {
			continue
		}
		if f.c.toll && f.whenKey != "" || f.c.q.vague || f.rec.Approximate && f.rec.Min == nil && f.rec.Max == nil {
			continue
		}
		if f.rec.When != nil && f.rec.When.Date == nil {
			continue // "last year", "in 2007": another time
		}
		if int64(f.rec.Count) <= largest && (f.rec.Max == nil || int64(*f.rec.Max) <= largest) {
			continue
		}
		tied := false
		for _, k := range parts {
			if f.whenKey != "" && f.whenKey == figs[k].whenKey || f.whereKey != "" && f.whereKey == figs[k].whereKey {
				tied = true
			}
		}
		if tied {
			continue
		}
		totals = append(totals, t)
	}
	if len(totals) == 0 {
		return record.Warning{}, false
	}
	// every total must tell the same story; totals that differ from each
	// other are a matter for the conflict check, not for this one
	for _, t := range totals[1:] {
		if figs[t].rec.Count != figs[totals[0]].rec.Count || figs[t].rec.Approximate != figs[totals[0]].rec.Approximate {
			return record.Warning{}, false
		}
	}
	for _, t := range totals {
		if allows(&figs[t], sum) {
			return record.Warning{}, false
		}
	}
	tot := &figs[totals[0]]
	if tot.rec.Approximate && tot.rec.Min == nil && tot.rec.Max == nil {
		// "about 150" is not precise enough to contradict a sum
		return record.Warning{}, false
	}
	var b strings.Builder
	refs := make([]string, 0, len(parts)+len(totals))
	for i, k := range parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		p := &figs[k]
		b.WriteString(strconv.Itoa(p.rec.Count))
		if p.rec.When != nil && len(parts) > 1 && p.whenKey != figs[parts[0]].whenKey || i == 0 && p.rec.When != nil &&
			figs[parts[1]].whenKey != p.whenKey {
			b.WriteString(" (" + p.rec.When.Text + ")")
		} else if p.rec.Where != nil {
			b.WriteString(" (in " + p.whereName + ")")
		}
		refs = append(refs, p.rec.ID)
	}
	for _, t := range totals {
		refs = append(refs, figs[t].rec.ID)
	}
	sortIDs(refs)
	if !tot.hasSameSourceAs(first) && (tot.contrast || anyContrast(figs, parts)) {
		// another source's count, marked as such ("gave a much higher
		// figure"): two sources disagree, not a sum gone wrong
		msg := fmt.Sprintf("Sources disagree on %s %s: %s gives %s = %d (%s), %s gives %s (%s).",
			describe(first), first.rec.Outcome, sourceName(first), b.String(), sum, strings.Join(partIDs(figs, parts), ", "),
			sourceName(tot), figureText(tot), tot.rec.ID)
		return record.Warning{Kind: WarnConflicting, Message: msg, Refs: refs}, true
	}
	partsBy, by := "", ""
	if s := sourceName(tot); s != "" && !tot.hasSameSourceAs(first) {
		by = " according to " + s
		if p := sourceName(first); p != "" {
			partsBy = " according to " + p
		}
	}
	msg := fmt.Sprintf("The parts do not add up: %s %s %s = %d%s, but %s in all%s.",
		describe(first), first.rec.Outcome, b.String(), sum, partsBy, figureText(tot), by)
	return record.Warning{Kind: WarnSumMismatch, Message: msg, Refs: refs}, true
}

func (f *figure) hasSameSourceAs(g *figure) bool {
	same, known := sameSource(f, g)
	return same || !known
}

// describe names the victims of a figure for a message.
func describe(f *figure) string {
	switch {
	case f.rec.Victims != "" && f.head != "":
		return f.head
	case f.rec.VictimGroup != vgUnknown:
		return strings.ReplaceAll(f.rec.VictimGroup, "_", " ")
	}
	return "people"
}

// figureText writes a figure as the text words it: "145", "at least 340".
func figureText(f *figure) string {
	n := strconv.Itoa(f.rec.Count)
	if f.rec.Qualifier == nil || *f.rec.Qualifier == earlierQualifier {
		return n
	}
	q := *f.rec.Qualifier
	switch q {
	case "or more", "or so", "plus":
		return n + " " + q
	}
	if f.c.q.vague {
		return q
	}
	return q + " " + n
}

// sourceName is the source as the text names it, for messages.
func sourceName(f *figure) string {
	if f.srcText != "" {
		return f.srcText
	}
	if f.srcID != "" {
		return f.srcID
	}
	return ""
}

// overlap reports whether the ranges two figures allow meet.
func overlap(a, b *figure) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	return alo <= bhi && blo <= ahi
}

// bounds is the range a figure's wording allows; approximate figures
// without bounds get a tenth either side (at least 2).
func bounds(f *figure) (int64, int64) {
	n := int64(f.rec.Count)
	tol := max(2, n/10)
	lo, hi := n, n
	if f.rec.Approximate {
		lo, hi = n-tol, n+tol
		if f.rec.Min != nil {
			lo = int64(*f.rec.Min)
			if f.rec.Max == nil {
				hi = 1 << 62
			}
		}
		if f.rec.Max != nil {
			hi = int64(*f.rec.Max)
			if f.rec.Min == nil {
				lo = hi - max(2, hi/4)
			}
		}
	}
	return lo, hi
}

// sortIDs orders "c2" before "c10".
func sortIDs(ids []string) {
	num := func(s string) int { n, _ := strconv.Atoi(strings.TrimPrefix(s, "c")); return n }
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && num(ids[j]) < num(ids[j-1]); j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
}

// anyContrast reports whether one of the figures ks is in a sentence that
// sets figures against each other.
func anyContrast(figs []figure, ks []int) bool {
	for _, k := range ks {
		if figs[k].contrast {
			return true
		}
	}
	return false
}

// partIDs returns the ids of the figures ks.
func partIDs(figs []figure, ks []int) []string {
	ids := make([]string, len(ks))
	for i, k := range ks {
		ids[i] = figs[k].rec.ID
	}
	return ids
}
