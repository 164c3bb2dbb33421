package expect

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// Categories of a Mismatch.
const (
	CatRecord   = "record" // id, error, metadata and text checks
	CatPlace    = "place"
	CatActor    = "actor"
	CatCasualty = "casualty"
	CatClaim    = "claim"
	CatWarning  = "warning"
	CatAbsent   = "absent"
)

// InputWarnings are the warning kinds about the input itself. An expectation
// that lists warnings lists exactly these; other kinds only need to be
// present.
var InputWarnings = map[string]bool{
	record.WarnInvalidUTF8: true,
	record.WarnTruncated:   true,
	record.WarnEncoding:    true,
	record.WarnBadDate:     true,
}

// Mismatch is one expectation the record does not meet.
type Mismatch struct {
	Category string
	// Message says in plain words what is missing, extra or different.
	Message string
	// KnownGap is the reason given in the entry's known_gap mark, or "".
	KnownGap string
}

// String gives the message, with the known-gap reason when there is one.
func (m Mismatch) String() string {
	if m.KnownGap != "" {
		return m.Message + " (known gap: " + m.KnownGap + ")"
	}
	return m.Message
}

// Report is the outcome of comparing one record with its expectation.
type Report struct {
	// Checked counts the entries compared (optional ones included);
	// Passed counts those that held.
	Checked, Passed int
	// Mismatches lists every entry that did not hold, known gaps included,
	// in the order of the expectation file. Optional entries never appear.
	Mismatches []Mismatch
	// Fixed lists entries marked known_gap that now hold: the mark can be
	// removed.
	Fixed []Mismatch
}

// OK reports whether the record meets every entry that is not a known gap.
func (r Report) OK() bool { return len(r.Failures()) == 0 }

// Failures are the mismatches that are not known gaps.
func (r Report) Failures() []Mismatch {
	var out []Mismatch
	for _, m := range r.Mismatches {
		if m.KnownGap == "" {
			out = append(out, m)
		}
	}
	return out
}

// KnownGaps are the mismatches marked known_gap.
func (r Report) KnownGaps() []Mismatch {
	var out []Mismatch
	for _, m := range r.Mismatches {
		if m.KnownGap != "" {
			out = append(out, m)
		}
	}
	return out
}

// checker accumulates a Report.
type checker struct {
	rec *record.Record
	rep Report
}

// result records the outcome of one entry.
func (c *checker) result(ok bool, mark Mark, cat, msg string) {
	c.rep.Checked++
	switch {
	case ok:
		c.rep.Passed++
		if mark.KnownGap != "" {
			c.rep.Fixed = append(c.rep.Fixed, Mismatch{Category: cat, Message: "met now, was: " + msg, KnownGap: mark.KnownGap})
		}
	case mark.Optional:
	default:
		c.rep.Mismatches = append(c.rep.Mismatches, Mismatch{Category: cat, Message: msg, KnownGap: mark.KnownGap})
	}
}

func (c *checker) plain(ok bool, msg string) { c.result(ok, Mark{}, CatRecord, msg) }

// Check compares rec with the single-article expectation f (for a JSON
// Lines file, call it once per item with f.Items[i]). Only what f states
// is compared.
func Check(rec *record.Record, f *File) Report {
	c := &checker{rec: rec}
	if f.ID != "" {
		c.plain(rec.ID == f.ID, fmt.Sprintf("record id %q, want %q", rec.ID, f.ID))
	}
	if f.Error != nil {
		ok := rec.Error != nil && rec.Error.Kind == *f.Error
		got := "no error"
		if rec.Error != nil {
			got = fmt.Sprintf("error %s (%s)", rec.Error.Kind, rec.Error.Message)
		}
		c.plain(ok, fmt.Sprintf("%s, want error %s", got, *f.Error))
		return c.rep
	}
	if rec.Error != nil {
		c.plain(false, fmt.Sprintf("unexpected error %s: %s", rec.Error.Kind, rec.Error.Message))
		return c.rep
	}
	c.metadata(f)
	c.warnings(f.Warnings)
	c.places(f.Places)
	c.actors(f.Actors)
	c.casualties(f.Casualties)
	c.claims(f.Claims)
	c.absent(f.Absent)
	return c.rep
}

func (c *checker) metadata(f *File) {
	r := c.rec
	for _, s := range f.Text.With {
		c.plain(strings.Contains(r.Text, s), fmt.Sprintf("text lacks %q", s))
	}
	for _, s := range f.Text.Without {
		c.plain(!strings.Contains(r.Text, s), fmt.Sprintf("text has %q", s))
	}
	str := func(field string, got, want *string) {
		if want == nil {
			return
		}
		g := "null"
		if got != nil {
			g = strconv.Quote(*got)
		}
		c.plain(got != nil && *got == *want, fmt.Sprintf("%s %s, want %q", field, g, *want))
	}
	str("title", r.Title, f.Title)
	str("published", r.Published, f.Published)
	str("site", r.Site, f.Site)
	if f.Authors != nil {
		c.plain(slices.Equal(r.Authors, f.Authors), fmt.Sprintf("authors %q, want %q", r.Authors, f.Authors))
	}
}

func (c *checker) warnings(want []Warning) {
	if want == nil {
		return
	}
	have := map[string]int{}
	for _, w := range c.rec.Warnings {
		have[w.Kind]++
	}
	need := map[string]int{}
	for _, w := range want {
		need[w.Kind]++
		c.result(have[w.Kind] >= need[w.Kind], w.Mark, CatWarning,
			fmt.Sprintf("missing warning %s (%d in the record, want at least %d)", w.Kind, have[w.Kind], need[w.Kind]))
	}
	kinds := make([]string, 0, len(have))
	for k := range have {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		if InputWarnings[k] && have[k] > need[k] {
			c.result(false, Mark{}, CatWarning, fmt.Sprintf("unexpected input warning %s (%d, want %d)", k, have[k], need[k]))
		}
	}
}

// assign pairs each expected entry with its own record fact: it returns,
// for each entry, the index of the fact it was given, or -1. ok(i, j) says
// whether entry i can take fact j. It finds a maximum matching (augmenting
// paths), so the order of entries does not decide how many are met. Entries
// are tried in the order given by order (see byMark), and an entry once
// matched stays matched, so the entries tried first are the ones met.
func assign(entries, facts int, order []int, ok func(i, j int) bool) []int {
	owner := make([]int, facts) // fact -> entry
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j := 0; j < facts; j++ {
			if seen[j] || !ok(i, j) {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for _, i := range order {
		try(i, make([]bool, facts))
	}
	got := make([]int, entries)
	for i := range got {
		got[i] = -1
	}
	for j, i := range owner {
		if i >= 0 {
			got[i] = j
		}
	}
	return got
}

// byMark orders entry indexes so that plain entries are tried before
// optional ones and those before known gaps: among identical entries, the
// one marked as a known gap is the one left unmatched.
func byMark(marks []Mark) []int {
	rank := func(m Mark) int {
		switch {
		case m.KnownGap != "":
			return 2
		case m.Optional:
			return 1
		}
		return 0
	}
	order := make([]int, len(marks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(marks[a]) - rank(marks[b]) })
	return order
}

// marksOf returns the marks of a list of entries.
func marksOf[T any](list []T, mark func(T) Mark) []Mark {
	out := make([]Mark, len(list))
	for i, e := range list {
		out[i] = mark(e)
	}
	return out
}

// placeNamed reports whether p is named n, by name or by a mention.
func placeNamed(p *record.Place, n string) bool {
	if sameName(p.Name, n) {
		return true
	}
	for _, m := range p.Mentions {
		if sameName(m.Text, n) {
			return true
		}
	}
	return false
}

func placeFits(p *record.Place, e Place) bool {
	return placeNamed(p, e.Name) &&
		(e.Kind == "" || p.Kind == e.Kind) &&
		(e.Country == "" || p.Country != nil && strings.EqualFold(*p.Country, e.Country))
}

func describePlace(e Place) string {
	var q []string
	if e.Kind != "" {
		q = append(q, e.Kind)
	}
	if e.Country != "" {
		q = append(q, e.Country)
	}
	if len(q) == 0 {
		return e.Name
	}
	return e.Name + " (" + strings.Join(q, ", ") + ")"
}

func (c *checker) places(want []Place) {
	ps := c.rec.Places
	got := assign(len(want), len(ps), byMark(marksOf(want, func(e Place) Mark { return e.Mark })), func(i, j int) bool { return placeFits(&ps[j], want[i]) })
	for i, e := range want {
		msg := "missing place " + describePlace(e)
		if got[i] < 0 {
			for j := range ps {
				if p := &ps[j]; placeFits(p, e) {
					msg = fmt.Sprintf("place %s: its only match %s is taken by another entry", describePlace(e), p.Name)
					break
				}
				if p := &ps[j]; placeNamed(p, e.Name) {
					msg = fmt.Sprintf("place %s: kind %s, country %s, want %s", e.Name, p.Kind, deref(p.Country), describePlace(e))
					break
				}
			}
		}
		c.result(got[i] >= 0, e.Mark, CatPlace, msg)
	}
}

func actorNamed(a *record.Actor, n string) bool {
	if sameName(a.Name, n) {
		return true
	}
	for _, s := range a.Aliases {
		if sameName(s, n) {
			return true
		}
	}
	return false
}

func actorFits(a *record.Actor, e Actor) bool {
	if !actorNamed(a, e.Name) || e.Kind != "" && a.Kind != e.Kind {
		return false
	}
	if e.Title == "" {
		return true
	}
	t := fold(e.Title)
	for _, s := range a.Titles {
		if strings.Contains(fold(s), t) {
			return true
		}
	}
	return false
}

func describeActor(e Actor) string {
	var q []string
	if e.Kind != "" {
		q = append(q, e.Kind)
	}
	if e.Title != "" {
		q = append(q, "title "+strconv.Quote(e.Title))
	}
	if len(q) == 0 {
		return e.Name
	}
	return e.Name + " (" + strings.Join(q, ", ") + ")"
}

func (c *checker) actors(want []Actor) {
	as := c.rec.Actors
	got := assign(len(want), len(as), byMark(marksOf(want, func(e Actor) Mark { return e.Mark })), func(i, j int) bool { return actorFits(&as[j], want[i]) })
	for i, e := range want {
		msg := "missing actor " + describeActor(e)
		if got[i] < 0 {
			for j := range as {
				if a := &as[j]; actorFits(a, e) {
					msg = fmt.Sprintf("actor %s: its only match %s is taken by another entry", describeActor(e), a.Name)
					break
				}
				if a := &as[j]; actorNamed(a, e.Name) {
					var want []string
					if e.Kind != "" {
						want = append(want, "kind "+e.Kind)
					}
					if e.Title != "" {
						want = append(want, "title "+strconv.Quote(e.Title))
					}
					msg = fmt.Sprintf("actor %s: kind %s, titles %q, want %s", e.Name, a.Kind, a.Titles, strings.Join(want, ", "))
					break
				}
			}
		}
		c.result(got[i] >= 0, e.Mark, CatActor, msg)
	}
}

func (c *checker) placeName(id *string) string {
	if id == nil {
		return ""
	}
	for i := range c.rec.Places {
		if c.rec.Places[i].ID == *id {
			return c.rec.Places[i].Name
		}
	}
	return ""
}

// casualtyCore reports whether k has e's count and outcome (those given).
func casualtyCore(k *record.Casualty, e Casualty) bool {
	if e.Count != nil {
		d := k.Count - *e.Count
		if d < -e.Tolerance || d > e.Tolerance {
			return false
		}
	}
	return e.Outcome == "" || k.Outcome == e.Outcome
}

func (c *checker) casualtyFits(k *record.Casualty, e Casualty) bool {
	if !casualtyCore(k, e) {
		return false
	}
	if e.VictimGroup != "" && k.VictimGroup != e.VictimGroup {
		return false
	}
	if e.Approximate != nil && k.Approximate != *e.Approximate {
		return false
	}
	if e.When != "" && (k.When == nil || !strings.Contains(fold(k.When.Text), fold(e.When))) {
		return false
	}
	if e.WhenDate != "" && (k.When == nil || k.When.Date == nil || *k.When.Date != e.WhenDate) {
		return false
	}
	if e.Where != "" {
		p := c.placeByID(k.Where)
		if p == nil || !placeNamed(p, e.Where) {
			return false
		}
	}
	return true
}

func (c *checker) placeByID(id *string) *record.Place {
	if id == nil {
		return nil
	}
	for i := range c.rec.Places {
		if c.rec.Places[i].ID == *id {
			return &c.rec.Places[i]
		}
	}
	return nil
}

func describeCasualty(e Casualty) string {
	var b strings.Builder
	if e.Count != nil {
		b.WriteString(strconv.Itoa(*e.Count))
		if e.Tolerance > 0 {
			fmt.Fprintf(&b, "±%d", e.Tolerance)
		}
	}
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	add(e.Outcome)
	var q []string
	if e.VictimGroup != "" {
		q = append(q, e.VictimGroup)
	}
	if e.When != "" {
		q = append(q, "when "+strconv.Quote(e.When))
	}
	if e.WhenDate != "" {
		q = append(q, "on "+e.WhenDate)
	}
	if e.Approximate != nil {
		q = append(q, "approximate "+strconv.FormatBool(*e.Approximate))
	}
	if e.Where != "" {
		q = append(q, "in "+e.Where)
	}
	if len(q) > 0 {
		add("(" + strings.Join(q, ", ") + ")")
	}
	return b.String()
}

func describeFigure(k *record.Casualty, placeName string) string {
	s := fmt.Sprintf("%d %s %s", k.Count, k.Outcome, k.VictimGroup)
	if k.When != nil {
		s += " when " + strconv.Quote(k.When.Text)
		if k.When.Date != nil {
			s += " (" + *k.When.Date + ")"
		}
	}
	if k.Approximate {
		s += " approximate"
	}
	if placeName != "" {
		s += " in " + placeName
	}
	return s
}

func (c *checker) casualties(want []Casualty) {
	ks := c.rec.Casualties
	got := assign(len(want), len(ks), byMark(marksOf(want, func(e Casualty) Mark { return e.Mark })), func(i, j int) bool { return c.casualtyFits(&ks[j], want[i]) })
	used := map[int]bool{}
	for _, j := range got {
		used[j] = true
	}
	for i, e := range want {
		msg := "missing casualty " + describeCasualty(e)
		if got[i] < 0 {
			var near []string
			for j := range ks {
				if k := &ks[j]; !used[j] && casualtyCore(k, e) {
					near = append(near, describeFigure(k, c.placeName(k.Where)))
				}
			}
			if len(near) > 0 {
				msg += "; the record has " + strings.Join(near, "; ")
			}
		}
		c.result(got[i] >= 0, e.Mark, CatCasualty, msg)
	}
}

// claimSpeakerIs reports whether the claim's speaker is named n: the actor
// its speaker_id points to (name or alias), or its speaker string. The
// speaker_span is not consulted: words that name a speaker but resolve to
// the wrong actor, or to none, are a mismatch.
func (c *checker) claimSpeakerIs(k *record.Claim, n string) bool {
	if k.Speaker != nil && sameName(*k.Speaker, n) {
		return true
	}
	a := c.actorByID(k.SpeakerID)
	return a != nil && actorNamed(a, n)
}

func (c *checker) claimTargetIs(k *record.Claim, n string) bool {
	if k.Target != nil && sameName(*k.Target, n) {
		return true
	}
	a := c.actorByID(k.TargetID)
	return a != nil && actorNamed(a, n)
}

func (c *checker) actorByID(id *string) *record.Actor {
	if id == nil {
		return nil
	}
	for i := range c.rec.Actors {
		if c.rec.Actors[i].ID == *id {
			return &c.rec.Actors[i]
		}
	}
	return nil
}

func (c *checker) claimFits(k *record.Claim, e Claim) bool {
	return (e.Kind == "" || k.Kind == e.Kind) &&
		(e.Speaker == "" || c.claimSpeakerIs(k, e.Speaker)) &&
		(e.Target == "" || c.claimTargetIs(k, e.Target))
}

func describeClaim(e Claim) string {
	var parts []string
	if e.Kind != "" {
		parts = append(parts, e.Kind)
	}
	if e.Speaker != "" {
		parts = append(parts, "by "+e.Speaker)
	}
	if e.Target != "" {
		parts = append(parts, "against "+e.Target)
	}
	return strings.Join(parts, " ")
}

func (c *checker) claims(want []Claim) {
	ks := c.rec.Claims
	got := assign(len(want), len(ks), byMark(marksOf(want, func(e Claim) Mark { return e.Mark })), func(i, j int) bool { return c.claimFits(&ks[j], want[i]) })
	for i, e := range want {
		msg := "missing claim " + describeClaim(e)
		if got[i] < 0 && e.Speaker != "" {
			var near []string
			for j := range ks {
				if k := &ks[j]; c.claimSpeakerIs(k, e.Speaker) {
					s := k.Kind
					if k.Target != nil {
						s += " against " + *k.Target
					}
					near = append(near, s)
				}
			}
			if len(near) > 0 {
				msg += "; that speaker's claims are " + strings.Join(near, ", ")
			}
		}
		c.result(got[i] >= 0, e.Mark, CatClaim, msg)
	}
}

func (c *checker) absent(a Absent) {
	for _, n := range a.Places {
		var hit *record.Place
		for i := range c.rec.Places {
			if placeNamed(&c.rec.Places[i], n.Name) {
				hit = &c.rec.Places[i]
				break
			}
		}
		msg := "unexpected place " + n.Name
		if hit != nil && !sameName(hit.Name, n.Name) {
			msg += " (as " + hit.Name + ")"
		}
		c.result(hit == nil, n.Mark, CatAbsent, msg)
	}
	for _, n := range a.Actors {
		var hit *record.Actor
		for i := range c.rec.Actors {
			if actorNamed(&c.rec.Actors[i], n.Name) {
				hit = &c.rec.Actors[i]
				break
			}
		}
		msg := "unexpected actor " + n.Name
		if hit != nil {
			msg += " (" + hit.Kind + ")"
		}
		c.result(hit == nil, n.Mark, CatAbsent, msg)
	}
	for _, e := range a.Casualties {
		var hit *record.Casualty
		for i := range c.rec.Casualties {
			if c.casualtyFits(&c.rec.Casualties[i], e) {
				hit = &c.rec.Casualties[i]
				break
			}
		}
		msg := "unexpected casualty " + describeCasualty(e)
		if hit != nil {
			msg = fmt.Sprintf("unexpected casualty %s: %q", describeFigure(hit, c.placeName(hit.Where)), hit.Evidence.Text)
		}
		c.result(hit == nil, e.Mark, CatAbsent, msg)
	}
	for _, e := range a.Claims {
		var hit *record.Claim
		for i := range c.rec.Claims {
			if c.claimFits(&c.rec.Claims[i], e) {
				hit = &c.rec.Claims[i]
				break
			}
		}
		msg := "unexpected claim " + describeClaim(e)
		if hit != nil {
			msg += fmt.Sprintf(": %q", hit.Evidence.Text)
		}
		c.result(hit == nil, e.Mark, CatAbsent, msg)
	}
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}
