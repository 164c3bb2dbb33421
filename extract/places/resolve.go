package places

import (
	"math"
	"strings"

	"github.com/newsx/newsx/extract/gazetteer"
)

// Weights of the resolution score. A candidate's score is its prior (how
// likely the name means this place with no context: kind, population,
// rank), plus the evidence of the text: containment patterns ("Paris,
// Texas"), a dateline, and the countries, first-level divisions and
// neighbourhood of the other places the text names. They were set by hand
// on development data (see the package documentation) and are round
// numbers on purpose.
const (
	wPattern      = 4.0 // the candidate lies in the place named next to it ("X, Y", "X in Y")
	wPatternOuter = 1.5 // the candidate contains the place named before it
	wCountry      = 2.0 // another place of the text lies in the candidate's country
	wCountryMore  = 0.5 // ... for each further one, up to two
	wAdmin1       = 2.5 // another place lies in the candidate's first-level division
	wAdmin1More   = 0.5
	wNear         = 1.0  // another place lies within nearKm
	wNearish      = 0.5  // ... within nearishKm
	wDateline     = 2.0  // weight of a dateline's place as context
	wDemonym      = 0.5  // weight of a demonym ("Pakistani") as context for its country
	wDropped      = 0.25 // weight of a name that is no place mention as context

	nearKm    = 50.0
	nearishKm = 150.0

	// minPopAlone is the population a city needs to count as a place
	// when no entity, pattern or other place of its country supports it.
	minPopAlone = 100000
	// minPopCountry is the population a city needs when only other places
	// of its country support it.
	minPopCountry = 5000
	// minPopForeign is the population a city named as a place (by the
	// recognizer or the words around it) needs when nothing else in the
	// text is in its country.
	minPopForeign = 20000
)

// link finds the containment patterns and lists between neighbouring
// mentions, and the dateline.
func (f *finder) link() {
	var links []int // mention i and i+1 are neighbours in a list
	for i := 0; i+1 < len(f.ments); i++ {
		a, b := &f.ments[i], &f.ments[i+1]
		if a.sent != b.sent || b.t0 < a.t1 {
			continue
		}
		between := f.sents[a.sent][a.t1:b.t0]
		if containPattern(between) {
			f.pairs = append(f.pairs, pair{inner: i, outer: i + 1})
		}
		if listPattern(between) {
			links = append(links, i)
		}
	}
	f.supportLists(links)

	// A dateline: a place in capitals opening one of the first sentences
	// and followed by a comma, a bracket or a dash ("QUETTA, Pakistan —",
	// "RIDGE FARM, Ill. (AP) —", "LONDON (Reuters) -").
	for i := range f.ments {
		m := &f.ments[i]
		if m.sent > 2 {
			break
		}
		ts := f.sents[m.sent]
		if !opensSentence(ts, m.t0) || m.t1 >= len(ts) {
			continue
		}
		allCaps := true
		for _, t := range ts[m.t0:m.t1] {
			if !isAllCapsWord(t.text) && hasLetter(t.text) {
				allCaps = false
			}
		}
		if next := ts[m.t1].text; allCaps && (next == "," || next == "(" || isDash(next)) {
			f.dateline = append(f.dateline, m.group)
			for _, p := range f.pairs {
				if p.inner == i {
					f.dateline = append(f.dateline, f.ments[p.outer].group)
				}
			}
			break
		}
	}
}

// supportLists gives the names of a list ("Monroe, Trenton and Seven
// Mile") the support of a place reading when one of them is a place by
// the recognizer or is a country or division; a list of names none of
// which is ("Williams and King") gets none.
func (f *finder) supportLists(links []int) {
	for k := 0; k < len(links); {
		first, last := links[k], links[k]+1
		for k++; k < len(links) && links[k] == last; k++ {
			last++
		}
		ok := false
		for i := first; i <= last; i++ {
			m := &f.ments[i]
			if m.ner != "" {
				ok = true
			} else if cs := f.groups[m.group].cands; len(cs) > 0 && (cs[0].Kind == gazetteer.KindCountry || cs[0].Kind == gazetteer.KindAdmin1) {
				ok = true
			}
		}
		if ok {
			for i := first; i <= last; i++ {
				f.ments[i].support++
			}
		}
	}
}

// containPattern reports whether the tokens between two place names say
// that the first lies in the second: ",", "(", "in", "in the", "in
// southern", "in the north of"...
func containPattern(between []tok) bool {
	switch len(between) {
	case 0:
		return false
	case 1:
		t := between[0].text
		return t == "," || t == "(" || t == "in"
	}
	if len(between) > 4 || between[0].text != "in" && !(between[0].text == "," && between[1].text == "in") {
		return false
	}
	for _, t := range between[1:] {
		switch w := strings.ToLower(t.text); {
		case w == "in" || w == "the" || w == "of" || w == ",":
		case strings.HasSuffix(w, "ern") || w == "central" || w == "north" || w == "south" || w == "east" || w == "west":
		default:
			return false
		}
	}
	return true
}

// listPattern reports the words between two names of a list: ",",
// "and", "or", ", and".
func listPattern(between []tok) bool {
	switch len(between) {
	case 1:
		w := between[0].text
		return w == "," || w == "and" || w == "or" || w == "&"
	case 2:
		return between[0].text == "," && (between[1].text == "and" || between[1].text == "or")
	}
	return false
}

func isDash(s string) bool {
	switch s {
	case "-", "--", "–", "—":
		return true
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 {
			return true
		}
	}
	return false
}

// contains reports whether place outer contains place inner, as far as
// the gazetteer's fields tell: a country its divisions and towns, a
// division its towns, a city its neighbourhoods.
func contains(outer, inner *gazetteer.Place) bool {
	if outer.Country == "" || inner.Country != outer.Country || samePlace(outer, inner) {
		return false
	}
	switch outer.Kind {
	case gazetteer.KindCountry:
		return inner.Kind != gazetteer.KindCountry
	case gazetteer.KindRegion:
		return inner.Kind != gazetteer.KindCountry && inner.Kind != gazetteer.KindRegion
	case gazetteer.KindAdmin1:
		return inner.Kind != gazetteer.KindAdmin1 && inner.Admin1 == outer.Admin1
	case gazetteer.KindAdmin2:
		return inner.Kind == gazetteer.KindCity && inner.Admin1 == outer.Admin1 && inner.Admin2 == outer.Admin2
	case gazetteer.KindCity:
		return inner.Kind == gazetteer.KindCity && inner.Population < outer.Population &&
			distanceKm(outer.Lat, outer.Lon, inner.Lat, inner.Lon) < 30
	}
	return false
}

// samePlace reports whether two candidates are one place: the same
// GeoNames id, or for admin units and regions (which have none) the same
// kind, country, division and name.
func samePlace(a, b *gazetteer.Place) bool {
	if a.GeonamesID != 0 || b.GeonamesID != 0 {
		return a.GeonamesID == b.GeonamesID
	}
	return a.Kind == b.Kind && a.Country == b.Country && a.Admin1 == b.Admin1 && a.Admin2 == b.Admin2 && a.Name == b.Name
}

// prior scores a candidate by itself: larger places and higher ranks are
// more often meant. rank is its position in the gazetteer's order.
func prior(p *gazetteer.Place, rank int) float64 {
	s := math.Log10(float64(p.Population) + 1000)
	switch p.Kind {
	case gazetteer.KindCountry:
		s = math.Max(s, 6.5) + 2.5
	case gazetteer.KindAdmin1:
		s = 0.9*s + 1.0
	case gazetteer.KindRegion:
		s = 7.0
	case gazetteer.KindAdmin2:
		s -= 0.5
	case gazetteer.KindCity:
		switch p.FeatureCode {
		case "PPLC":
			s += 1.5
		case "PPLA":
			s += 0.6
		case "PPLA2":
			s += 0.2
		}
	}
	return s - 0.05*float64(rank)
}

// resolve chooses a place for every group: first by prior and patterns,
// then again a few times with the other groups' choices as context.
func (f *finder) resolve() {
	patterned := make([]bool, len(f.ments))
	for _, p := range f.pairs {
		gi, gOut := f.ments[p.inner].group, f.ments[p.outer].group
		if gi == gOut {
			continue
		}
		if f.ments[p.inner].other && len(f.groups[gOut].cands) > 0 {
			patterned[p.inner] = true // "Prisi, South Ossetia", "Avalon Boulevard in Los Angeles"
			continue
		}
		in, out := f.groups[gi], f.groups[gOut]
		for a := range in.cands {
			for b := range out.cands {
				if contains(&out.cands[b], &in.cands[a]) {
					in.score[a] = math.Max(in.score[a], wPattern)
					out.score[b] = math.Max(out.score[b], wPatternOuter)
					patterned[p.inner], patterned[p.outer] = true, true
				}
			}
		}
	}
	f.levels = make([]int, len(f.ments))
	for gi, g := range f.groups {
		g.level = levelPerson
		for _, mi := range g.ments {
			f.levels[mi] = f.level(mi, patterned[mi])
			g.level = max(g.level, f.levels[mi])
		}
		if f.isDateline(gi) {
			g.level = levelStrong
		}
		switch g.level {
		case levelStrong:
			g.weight = 1
		case levelContext:
			g.weight = 0.75
		default:
			g.weight = 0.5
		}
	}

	priors := make([][]float64, len(f.groups))
	for gi, g := range f.groups {
		priors[gi] = make([]float64, len(g.cands))
		g.prob = make([]float64, len(g.cands))
		g.akeys = make([]string, len(g.cands))
		for i := range g.cands {
			if inAdmin1(&g.cands[i]) {
				g.akeys[i] = admin1Key(&g.cands[i])
			}
		}
		for i := range g.cands {
			priors[gi][i] = prior(&g.cands[i], i)
			g.prob[i] = priors[gi][i] + g.score[i]
		}
		g.best = softmax(g.prob)
		if len(g.cands) == 0 {
			g.best = -1
		}
	}

	// Each round, every group's candidates are scored against the places
	// the other groups probably mean (their probabilities from the round
	// before), so that two names that fit together ("Gainesville" and
	// "Hall County" in Georgia) pull each other to the right state.
	ctx := newContext(len(f.groups))
	scores := make([]float64, maxCandidates)
	for iter := 0; iter < 5; iter++ {
		ctx.reset()
		for gi, g := range f.groups {
			w := f.weight(gi)
			if g.drop {
				// A name left out still says a little about where the
				// story is ("Gainesville" as an organization's name).
				w = wDropped
			}
			ctx.add(g, w, gi)
		}
		for code, n := range f.demonyms {
			ctx.country[code] += wDemonym * math.Min(n, 2)
		}
		changed := false
		for gi, g := range f.groups {
			if len(g.cands) == 0 {
				continue
			}
			sc := scores[:len(g.cands)]
			for i := range g.cands {
				sc[i] = priors[gi][i] + g.score[i] + ctx.evidence(&g.cands[i], g.akeys[i], f.groups, gi)
			}
			copy(g.prob, sc)
			if best := softmax(g.prob); best != g.best {
				g.best, changed = best, true
			}
		}
		dropped := false
		for gi, g := range f.groups {
			d := !f.accept(gi, ctx)
			if d != g.drop {
				g.drop, dropped = d, true
			}
		}
		if !changed && !dropped && iter > 0 {
			break
		}
	}
}

// temperature turns score differences into probabilities: a candidate
// one point (a factor of ten in population) behind another gets
// exp(-1/temperature) of its weight.
const temperature = 0.7

// softmax turns scores into probabilities in place and returns the index
// of the best.
func softmax(s []float64) int {
	if len(s) == 0 {
		return -1
	}
	best := 0
	for i := range s {
		if s[i] > s[best] {
			best = i
		}
	}
	top, sum := s[best], 0.0
	for i := range s {
		s[i] = math.Exp((s[i] - top) / temperature)
		sum += s[i]
	}
	for i := range s {
		s[i] /= sum
	}
	return best
}

// weight is how much group gi counts as context for the others.
func (f *finder) weight(gi int) float64 {
	w := f.groups[gi].weight
	if f.isDateline(gi) {
		w += wDateline
	}
	return w
}

// level is the support of mention mi for a place reading.
func (f *finder) level(mi int, patterned bool) int {
	m := &f.ments[mi]
	switch {
	case m.ner != "" || patterned || m.origin == fromAbbrev:
		return levelStrong
	case m.support > 0:
		return levelContext
	case m.personWord:
		return levelPerson
	case m.support < 0:
		return levelAgainst
	}
	switch m.nerExact {
	case "PERSON", "ORG", "NORP":
		return levelAgainst
	}
	return levelNone
}

func (f *finder) isDateline(gi int) bool {
	for _, d := range f.dateline {
		if d == gi {
			return true
		}
	}
	return false
}

// accept decides whether a group's best place is a place the text
// names, by the support its mentions have.
func (f *finder) accept(gi int, ctx *context) bool {
	g := f.groups[gi]
	if len(g.cands) == 0 {
		// A place the gazetteer does not know: a named feature, or a
		// name the words around it show to be a place.
		for _, mi := range g.ments {
			if m := &f.ments[mi]; m.feature || m.strict {
				return true
			}
		}
		return false
	}
	if g.best < 0 {
		return false
	}
	c := &g.cands[g.best]
	others := ctx.others(c.Country, gi)
	soft, acronym := true, true
	for _, mi := range g.ments {
		if !f.ments[mi].soft {
			soft = false
		}
		if !f.ments[mi].acronym {
			acronym = false
		}
	}
	if soft {
		// A spelling variant: only when other places put the text in
		// that country.
		return c.Country != "" && others >= 1
	}
	big := c.Kind == gazetteer.KindCountry || c.Kind == gazetteer.KindAdmin1 || c.Kind == gazetteer.KindRegion
	if acronym && gazetteer.Normalize(c.Name) == g.key {
		return false // "E.U." is not Eu in Normandy, nor "EST" a region of Burkina Faso
	}
	// A country other than the candidate's that the text is about.
	elsewhere := ctx.total - ctx.ownTotal(gi) - others
	switch g.level {
	case levelStrong:
		if big || g.score[g.best] > 0 || f.isDateline(gi) {
			return true
		}
		// An entity alone does not make a village abroad: "Barakat" the
		// footballer is not a town in Libya when the text is about Egypt.
		return c.Population >= minPopForeign || others >= 0.5 || elsewhere < 1
	case levelContext:
		return big || c.Population >= minPopForeign || others >= 0.5 || elsewhere < 1 && c.Population >= minPopCountry
	case levelNone:
		return big || c.Population >= minPopAlone || others >= 0.5 && c.Population >= minPopCountry
	case levelPerson:
		// A word of a person's name: only a well-known place of a country
		// the text is about ("Tbilisi" in a story about Georgia).
		return (big || c.Population >= minPopAlone) && others >= 1
	}
	// Every mention is an entity of another kind ("Buenos Aires" as an
	// organization) or the subject of "said": a country stays a place, a
	// division or a big city only when the text is about its country.
	switch {
	case c.Kind == gazetteer.KindCountry:
		return true
	case big || c.Population >= minPopAlone:
		return others >= 0.5
	}
	return false
}

// context sums, by country and by first-level division, the places the
// groups probably mean, weighted by their probabilities, and keeps the
// points of the likely towns for the neighbourhood evidence.
type context struct {
	total   float64 // all the weight added
	country map[string]float64
	admin1  map[string]float64
	points  []point
	byGroup [][]share // what each group added, to leave a group's own part out
}

type point struct {
	lat, lon, w float64
	group       int
}

// share is a group's contribution to one country and division.
type share struct {
	country, admin1 string
	w               float64
}

// minShare is the probability below which a candidate adds nothing.
const minShare = 0.05

func newContext(groups int) *context {
	return &context{country: map[string]float64{}, admin1: map[string]float64{}, byGroup: make([][]share, groups)}
}

func (c *context) reset() {
	c.total = 0
	clear(c.country)
	clear(c.admin1)
	c.points = c.points[:0]
	for i := range c.byGroup {
		c.byGroup[i] = c.byGroup[i][:0]
	}
}

func admin1Key(p *gazetteer.Place) string { return p.Country + "\x00" + p.Admin1 }

func inAdmin1(p *gazetteer.Place) bool {
	return p.Kind != gazetteer.KindCountry && p.Kind != gazetteer.KindRegion && p.Admin1 != ""
}

// add adds group gi's candidates, each with weight w times its
// probability.
func (c *context) add(g *group, w float64, gi int) {
	for i := range g.cands {
		p := &g.cands[i]
		pw := w * g.prob[i]
		if g.prob[i] < minShare || p.Country == "" {
			continue
		}
		sh := share{country: p.Country, w: pw}
		c.total += pw
		c.country[p.Country] += pw
		if g.akeys[i] != "" {
			sh.admin1 = g.akeys[i]
			c.admin1[sh.admin1] += pw
		}
		c.byGroup[gi] = append(c.byGroup[gi], sh)
		if p.Kind == gazetteer.KindCity || p.Kind == gazetteer.KindAdmin2 {
			c.points = append(c.points, point{p.Lat, p.Lon, g.prob[i], gi})
		}
	}
}

// others is the weight of the places of country code that groups other
// than gi probably mean.
func (c *context) others(code string, gi int) float64 {
	n := c.country[code]
	for _, sh := range c.byGroup[gi] {
		if sh.country == code {
			n -= sh.w
		}
	}
	return n
}

// ownTotal is the weight group gi added.
func (c *context) ownTotal(gi int) float64 {
	n := 0.0
	for _, sh := range c.byGroup[gi] {
		n += sh.w
	}
	return n
}

// evidence is what the places the other groups probably mean say for
// candidate p of group gi. Groups whose names share a first word with
// gi's ("Dublin City" for "Dublin") are left out: they are the same
// ambiguity, not independent evidence.
func (c *context) evidence(p *gazetteer.Place, ak string, groups []*group, gi int) float64 {
	if p.Country == "" {
		return 0
	}
	stem := groups[gi].stem
	n := c.country[p.Country]
	a := 0.0
	if ak != "" {
		a = c.admin1[ak]
	}
	for gj := range c.byGroup {
		if gj != gi && groups[gj].stem != stem {
			continue
		}
		for _, sh := range c.byGroup[gj] {
			if sh.country == p.Country {
				n -= sh.w
			}
			if ak != "" && sh.admin1 == ak {
				a -= sh.w
			}
		}
	}
	e := 0.0
	if n > 0.01 {
		e += wCountry*math.Min(n, 1) + wCountryMore*math.Min(math.Max(n-1, 0), 2)
	}
	if a > 0.01 {
		ea := wAdmin1*math.Min(a, 1) + wAdmin1More*math.Min(math.Max(a-1, 0), 2)
		if p.Kind == gazetteer.KindAdmin1 {
			// Towns of a province say less for the province than for a
			// town of its name: "Kyiv" beside Bila Tserkva is the city.
			ea /= 2
		}
		e += ea
	}
	if p.Kind == gazetteer.KindCity || p.Kind == gazetteer.KindAdmin2 {
		near := 0.0
		for i := range c.points {
			q := &c.points[i]
			if q.group == gi || groups[q.group].stem == stem {
				continue
			}
			d := distanceKm(p.Lat, p.Lon, q.lat, q.lon)
			switch {
			case d < nearKm:
				near = math.Max(near, wNear*q.w)
			case d < nearishKm:
				near = math.Max(near, wNearish*q.w)
			}
		}
		e += near
	}
	return e
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
