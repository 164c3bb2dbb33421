package places

import (
	"sort"
	"strconv"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/record"
)

// output turns the accepted groups into places: groups that resolved to
// the same place (spelling variants, "Kiev" and "Kyiv") become one, its
// mentions in text order, and places are numbered in order of first
// mention.
func (f *finder) output() []record.Place {
	type acc struct {
		p     *gazetteer.Place
		ments []int
		first int
		other *record.Place // a place the gazetteer does not know
	}
	var accs []*acc
	for gi, g := range f.groups {
		if g.drop {
			continue
		}
		if len(g.cands) == 0 {
			accs = append(accs, &acc{ments: g.ments, first: f.ments[g.ments[0]].start, other: f.otherPlace(gi)})
			continue
		}
		if g.best < 0 {
			continue
		}
		c := &g.cands[g.best]
		var a *acc
		for _, x := range accs {
			if x.p != nil && samePlace(x.p, c) {
				a = x
				break
			}
		}
		if a == nil {
			a = &acc{p: c, first: f.ments[g.ments[0]].start}
			accs = append(accs, a)
		}
		a.ments = append(a.ments, g.ments...)
		if s := f.ments[g.ments[0]].start; s < a.first {
			a.first = s
		}
	}
	sort.SliceStable(accs, func(i, j int) bool { return accs[i].first < accs[j].first })
	out := make([]record.Place, 0, len(accs))
	for i, a := range accs {
		sort.Ints(a.ments)
		if a.other != nil {
			pl := *a.other
			pl.ID = "p" + strconv.Itoa(i+1)
			pl.Mentions = f.spans(a.ments, nil)
			out = append(out, pl)
			continue
		}
		pl := record.Place{
			ID:       "p" + strconv.Itoa(i+1),
			Name:     a.p.Name,
			Kind:     a.p.Kind.String(),
			Mentions: make([]record.Span, 0, len(a.ments)),
		}
		if a.p.Kind == gazetteer.KindCountry {
			if c, ok := gazetteer.CountryByCode(a.p.Country); ok {
				pl.Name = c.Name
			}
		}
		if a.p.Country != "" {
			pl.Country = record.Str(a.p.Country)
		}
		if a.p.Admin1 != "" && a.p.Kind != gazetteer.KindCountry && a.p.Kind != gazetteer.KindRegion {
			pl.Admin1 = record.Str(a.p.Admin1)
		}
		lat, lon := a.p.Lat, a.p.Lon
		pl.Lat, pl.Lon = &lat, &lon
		if a.p.GeonamesID != 0 {
			id := a.p.GeonamesID
			pl.GeonamesID = &id
		}
		pl.Mentions = f.spans(a.ments, a.p)
		out = append(out, pl)
	}
	return out
}

// spans returns the spans of mentions ms of place p (nil for a place the
// gazetteer does not know), in text order.
func (f *finder) spans(ms []int, p *gazetteer.Place) []record.Span {
	out := make([]record.Span, 0, len(ms))
	last := -1
	for _, mi := range ms {
		m := &f.ments[mi]
		if m.start < last {
			continue // overlapping mentions of one place keep the first
		}
		if f.levels[mi] == levelPerson || m.support < 0 && (p == nil || p.Kind != gazetteer.KindCountry) {
			continue // "Edison said": the company, where elsewhere the town
		}
		out = append(out, record.Span{Text: f.doc.Slice(m.start, m.end), Start: m.start, End: m.end, Sentence: m.sent})
		last = m.end
	}
	return out
}

// otherPlace describes a place the gazetteer does not know, group gi. Its
// name is as first written; its country and first-level division, and
// the coordinates of the town or district it lies in, come from the place
// the text puts it in ("Avalon Boulevard in Los Angeles", "Prisi, South
// Ossetia"), or for a street or a park without one, from the town the
// text is most about (see focus). Otherwise they are null.
func (f *finder) otherPlace(gi int) *record.Place {
	g := f.groups[gi]
	m := &f.ments[g.ments[0]]
	pl := &record.Place{Name: f.doc.Slice(m.start, m.end), Kind: "other"}
	var in *gazetteer.Place
	for _, p := range f.pairs {
		if f.ments[p.inner].group != gi {
			continue
		}
		if og := f.groups[f.ments[p.outer].group]; !og.drop && og.best >= 0 {
			in = &og.cands[og.best]
			break
		}
	}
	if in == nil && m.feature && localFeature[f.sents[m.sent][m.t1-1].text] {
		in = f.focus() // a street or a park is in the town the story is about
	}
	if in == nil {
		return pl
	}
	if in.Country != "" {
		pl.Country = record.Str(in.Country)
	}
	if inAdmin1(in) || in.Kind == gazetteer.KindAdmin1 {
		pl.Admin1 = record.Str(in.Admin1)
	}
	if in.Kind == gazetteer.KindCity || in.Kind == gazetteer.KindAdmin2 {
		lat, lon := in.Lat, in.Lon
		pl.Lat, pl.Lon = &lat, &lon
	}
	return pl
}

// focus returns the town the text is most about: the accepted city or
// district with the most mentions, the first named on a tie; nil when
// there is none.
func (f *finder) focus() *gazetteer.Place {
	var best *group
	for _, g := range f.groups {
		if g.drop || g.best < 0 {
			continue
		}
		if k := g.cands[g.best].Kind; k != gazetteer.KindCity && k != gazetteer.KindAdmin2 {
			continue
		}
		if best == nil || len(g.ments) > len(best.ments) {
			best = g
		}
	}
	if best == nil {
		return nil
	}
	return &best.cands[best.best]
}
