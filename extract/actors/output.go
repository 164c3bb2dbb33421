package actors

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/record"
)

// output turns the clusters into record actors, in order of first mention.
func (f *finder) output() []record.Actor {
	type ord struct {
		cl    int
		first int
	}
	var order []ord
	for c := range f.cls {
		cc := &f.cls[c]
		if cc.merged >= 0 || len(cc.ments) == 0 {
			continue
		}
		first := 1 << 62
		for _, m := range cc.ments {
			if s := f.toks[f.ments[m].s].start; s < first {
				first = s
			}
		}
		order = append(order, ord{c, first})
	}
	// Buildings and sites stay only when they act or employ someone.
	referenced := map[int]bool{}
	for c := range f.cls {
		if cc := &f.cls[c]; cc.kind == KindPerson && cc.merged < 0 && cc.affCl >= 0 {
			referenced[f.root(cc.affCl)] = true
		}
	}
	w := 0
	for _, o := range order {
		if cc := &f.cls[o.cl]; cc.facility && !referenced[o.cl] && !f.clusterActs(o.cl) {
			continue
		}
		order[w] = o
		w++
	}
	order = order[:w]
	slices.SortFunc(order, func(a, b ord) int { return a.first - b.first })
	names := make([]string, len(f.cls))
	for _, o := range order {
		names[o.cl] = f.clusterName(o.cl)
	}
	out := make([]record.Actor, 0, len(order))
	for n, o := range order {
		c := &f.cls[o.cl]
		a := record.Actor{
			ID:       "a" + strconv.Itoa(n+1),
			Name:     names[o.cl],
			Kind:     c.kind,
			Titles:   append([]string{}, c.titles...),
			Aliases:  []string{},
			Mentions: f.spans(c),
		}
		if c.kind != KindPerson {
			a.Titles = []string{}
		}
		country := c.country
		switch {
		case c.kind == KindPerson:
			if c.affCl >= 0 {
				r := f.root(c.affCl)
				if names[r] == "" {
					names[r] = f.clusterName(r)
				}
				a.Affiliation = record.Str(names[r])
				if country == "" {
					country = f.cls[r].country
					if f.cls[r].kind == KindState {
						country = f.cls[r].country
					}
				}
			} else if c.affCode != "" {
				a.Affiliation = record.Str(f.d.countryName(c.affCode))
			}
		case c.kind == KindSecurityForce || c.kind == KindOrganization && country != "" && f.governmentBody(o.cl):
			if country != "" {
				a.Affiliation = record.Str(f.d.countryName(country))
			}
		}
		if country != "" {
			a.Country = record.Str(country)
		}
		for _, m := range a.Mentions {
			al := aliasForm(m.Text)
			if al == "" || strings.EqualFold(al, a.Name) || slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, al) }) {
				continue
			}
			a.Aliases = append(a.Aliases, al)
		}
		out = append(out, a)
	}
	return out
}

// clusterActs reports whether some mention of a cluster is the subject of a
// verb or otherwise a party to an action (see acts).
func (f *finder) clusterActs(c int) bool {
	for _, mk := range f.cls[c].ments {
		m := &f.ments[mk]
		if f.acts(m.s, m.e) {
			return true
		}
	}
	return false
}

// governmentBody reports whether an organisation cluster is a state body,
// which then belongs to its country.
func (f *finder) governmentBody(c int) bool {
	for _, mk := range f.cls[c].ments {
		m := &f.ments[mk]
		if m.acr {
			continue
		}
		return f.governmental(m.s, m.e)
	}
	return false
}

// spans returns the mentions of a cluster, in text order, each once.
func (f *finder) spans(c *cluster) []record.Span {
	out := make([]record.Span, 0, len(c.ments))
	for _, mk := range c.ments {
		m := &f.ments[mk]
		st, en := f.toks[m.s].start, f.toks[m.e-1].end
		out = append(out, record.Span{Text: f.doc.Slice(st, en), Start: st, End: en, Sentence: f.toks[m.s].sent})
	}
	slices.SortFunc(out, func(a, b record.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	w := 0
	for i := range out {
		if w > 0 && out[w-1].Start == out[i].Start && out[w-1].End == out[i].End {
			continue
		}
		out[w] = out[i]
		w++
	}
	return out[:w]
}

// clusterName chooses an actor's name: a state's common name; for a person
// the mention with the most words; for a force named only by common nouns
// its type, after its country when the text names the country; otherwise
// the longest mention that is no acronym.
func (f *finder) clusterName(cl int) string {
	c := &f.cls[cl]
	if c.fixedName != "" {
		return c.fixedName
	}
	if c.kind == KindSecurityForce && !c.named && c.forceType != "" {
		if c.explicit && c.country != "" {
			return f.d.countryName(c.country) + " " + c.forceType
		}
		return c.forceType
	}
	best, bestN := "", -1
	if c.group >= 0 {
		// A known group goes by its usual name when the text uses it
		// ("Taliban", not "Islamic Emirate").
		want := normKey(knownGroups[c.group].name)
		if acronymLike(knownGroups[c.group].name) {
			want = "" // "UNICEF": the spelled-out name is fuller
		}
		for _, mk := range c.ments {
			m := &f.ments[mk]
			if want != "" && normKey(aliasForm(f.text(m.s, m.e))) == want {
				return aliasForm(f.text(m.s, m.e))
			}
		}
	}
	for _, mk := range c.ments {
		m := &f.ments[mk]
		if m.acr || m.generic {
			continue
		}
		t := aliasForm(f.text(m.s, m.e))
		n := len([]rune(t))
		if c.kind == KindPerson {
			n = len(f.personKeys(m))
		}
		if n > bestN {
			best, bestN = t, n
		}
	}
	if best != "" {
		return best
	}
	if c.group >= 0 {
		return knownGroups[c.group].name
	}
	for _, mk := range c.ments {
		return aliasForm(f.text(f.ments[mk].s, f.ments[mk].e))
	}
	return ""
}

// aliasForm is a mention's text as a name: without a leading "the" or a
// final possessive.
func aliasForm(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The ", "THE "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, p) && len(s) > len(p) {
			s = strings.TrimSpace(s[:len(s)-len(p)])
		}
	}
	return s
}

// properName reports whether a mention's text is a proper name: every word
// capitalised but for connectors ("Frontier Corps", "Armed Forces of the
// Philippines"), not opened by a country's possessive.
func properName(s string) bool {
	if possessorLen(s) > 0 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if lexicon[strings.ToLower(w)]&wConnector != 0 {
			continue
		}
		return false
	}
	return true
}
