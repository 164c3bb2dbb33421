package casualties

import (
	"strings"
)

// How a candidate's outcome was found.
const (
	viaNone     uint8 = iota
	viaPost           // a verb or adjective after the victims: "12 people were killed"
	viaPre            // a verb before the figure: "killing 12 people"
	viaNoun           // a noun right after the number: "12 deaths"
	viaOf             // a noun with "of": "the deaths of 12 people"
	viaToll           // a toll: "the death toll rose to 12"
	viaModifier       // an outcome word before the head noun: "37 wounded people"
	viaInherit        // shared with a coordinated figure: "17 officers and 31 civilians died"
	viaSubset         // part of the previous figure: "including five children"
)

// cand is a figure candidate of one sentence; indices are word indices.
type cand struct {
	q        quant
	singular bool  // "a police officer", "his wife": one person
	one      uint8 // the kind of one-person candidate (oneIndef, ...)
	cue      int   // word index of the outcome cue, for a post binding
	skipped  int   // end of the words skipped between the victims and the cue
	es, ee   int   // evidence words
	vs, ve   int   // victims words; vs == ve: none written
	head     int   // head noun of the victims, or -1
	grp      group
	out      string
	via      uint8
	fatal    bool   // "fatally" or "died": an injury turned into a death
	shot     bool   // the outcome is a bare "shot" (injured)
	toll     bool   // a running toll, cumulative: never a part of a sum
	earlier  bool   // the previous value of a changing toll ("up from 180")
	subset   bool   // a part of the previous figure ("three of them children")
	additive bool   // adds to another figure ("another 41", "a further 63")
	inherits int    // index of the candidate the victims were taken from, or -1
	joinPrev bool   // joined to the previous candidate by coordination or ellipsis
	weak     bool   // the head noun is a word the lexicon does not know: only a verb of the victim binds it
	among    bool   // a larger count that others belong to: "among 19 people killed"
	ofOut    string // the outcome of "30 of the dead", used when no verb gives one
	dropped  bool
}

// scanSentence finds the figure candidates of one sentence.
func scanSentence(ws []word, out []cand) []cand {
	start := len(out)
	for i := 0; i < len(ws); i++ {
		// cheap tests first: most words start no figure
		var c cand
		ok := false
		if canStartQuant(&ws[i]) {
			c, ok = quantityAt(ws, i)
		}
		if !ok && maySingular(ws, i) {
			c, ok = singularAt(ws, i)
		}
		if !ok {
			continue
		}
		out = append(out, c)
		i = max(c.ve, c.q.end) - 1
	}
	cs := out[start:]
	for i := range cs {
		bind(ws, cs, i)
	}
	for i := range cs {
		c := &cs[i]
		if c.out == "" || c.via != viaPost {
			continue
		}
		// a figure inside the words skipped before another figure's verb
		// is no subject of it: "13 rebels from the six families were among the dead"
		for j := i + 1; j < len(cs) && cs[j].es < c.cue; j++ {
			if cs[j].via == viaPost && cs[j].cue == c.cue && cs[j].es >= c.ve {
				if precededBySubset(ws, cs[j].q.qs) || precededBy(ws, cs[j].q.qs, "mostly", "mainly", "them") {
					cs[j].subset = true // "51 civilians including four children were killed"
					continue
				}
				cs[j].dropped = true
			}
		}
	}
	// a cue that is already the verb of an earlier figure does not take a
	// name or a pronoun as its object: "left another 30 injured Ahmed Mustafa told"
	for i := range cs {
		c := &cs[i]
		if c.via != viaPre || c.singular && c.one == oneIndef || !c.singular {
			continue
		}
		k := c.q.qs - 1
		for j := 0; j < i; j++ {
			if cs[j].via == viaPost && cs[j].cue == k {
				c.dropped = true
			}
		}
	}
	for i := range cs {
		if precededBySubset(ws, cs[i].q.qs) {
			cs[i].subset = true
		}
		if k := cs[i].q.qs - 1; k >= 0 && (ws[k].low == "among" || ws[k].low == "amongst" ||
			k > 0 && ws[k].low == "the" && (ws[k-1].low == "among" || ws[k-1].low == "amongst")) {
			cs[i].among = true
		}
	}
	inherit(ws, cs)
	// keep only figures with an outcome; inherits indices follow
	var newIdx [64]int
	n := start
	for i, c := range cs {
		if i < len(newIdx) {
			newIdx[i] = -1
		}
		if c.out != "" && !c.dropped {
			if i < len(newIdx) {
				newIdx[i] = n - start
			}
			out[n] = c
			n++
		}
	}
	kept := out[start:n]
	for i := range kept {
		if p := kept[i].inherits; p >= 0 {
			if p < len(newIdx) && newIdx[p] >= 0 {
				kept[i].inherits = newIdx[p]
			} else {
				kept[i].inherits = -1
			}
		}
	}
	return out[:n]
}

// canStartQuant reports whether a quantity may start at word w.
func canStartQuant(w *word) bool {
	if w.digit || w.is(kNum|kVague|kQualStart) {
		return true
	}
	switch w.low {
	case "between", "a", "an", "half", "several", "tens":
		return true
	}
	return strings.IndexByte(w.low, '-') > 0 && isCompoundWord(w.low)
}

// quantityAt reads a number figure with its victims at word i.
func quantityAt(ws []word, i int) (cand, bool) {
	w := &ws[i]
	if !canStartQuant(w) {
		return cand{}, false
	}
	q, ok := parseQuant(ws, i)
	if !ok || q.count <= 0 {
		return cand{}, false
	}
	if notPeople(ws, q) {
		return cand{}, false
	}
	c := cand{q: q, head: -1, inherits: -1, es: q.qs, additive: q.sem == semAdd}
	if !victimsAfter(ws, &c) {
		return cand{}, false
	}
	// a capitalised name before a bare number: "Apollo 11", "Route 9"
	if c.vs == c.ve && q.ns > 1 && q.sem == semNone {
		if p := &ws[q.ns-1]; p.upper && !p.allUpper && p.e == nil {
			return cand{}, false
		}
	}
	c.ee = max(c.ve, q.end)
	return c, true
}

// notPeople reports whether the quantity is a year, an age, a time, money, a
// percentage, a measure or an address rather than a count of people.
func notPeople(ws []word, q quant) bool {
	n := len(ws)
	if q.ns > 0 {
		p := &ws[q.ns-1]
		if p.is(kCurrency|kMonth) || p.text == "#" || p.low == "no." || p.low == "number" || p.low == "aged" ||
			p.low == "age" || p.low == "ages" || p.low == "route" || p.low == "highway" || p.low == "flight" ||
			p.low == "chapter" || p.low == "article" || p.low == "section" || p.low == "magnitude" ||
			p.low == "ranked" || p.low == "rank" || p.low == "channel" || p.low == "resolution" {
			return true
		}

	}
	if q.end < n {
		nx := &ws[q.end]
		if nx.is(kThing|kMonth) || nx.text == "%" {
			return true
		}
		if nx.low == "years" || nx.low == "year" {
			return true
		}
		if nx.text == ":" {
			return true
		}
		if nx.low == "a.m." || nx.low == "p.m." {
			return true
		}
	}
	// a year
	if q.digits && q.sem == semNone && !q.rangeQ && q.count >= 1800 && q.count <= 2100 && !strings.Contains(ws[q.ns].text, ",") {
		if q.end >= n || !ws[q.end].is(kPerson) {
			return true
		}
	}
	// an age: "Smith, 25, was killed", "Smith (25)", "Jamal Berry, 30 after",
	// "under the age of 12", "was only 3"
	if q.sem == semNone && q.end-q.ns == 1 && q.ns > 0 && q.count < 120 {
		p := ws[q.ns-1].low
		nx := ""
		if q.end < n {
			nx = ws[q.end].text
		}
		if p == "," && q.ns >= 2 && (ws[q.ns-2].upper && ws[q.ns-2].e == nil || ws[q.ns-2].is(kPerson)) &&
			(q.end >= n || !ws[q.end].is(kPerson) && !ws[q.end].is(kPost) && !listPrep(ws[q.end].low)) {
			return true
		}
		if p == "(" && nx == ")" {
			return true
		}
		if (p == "of" && q.ns >= 2 && ws[q.ns-2].low == "age") || p == "only" || p == "just" {
			if q.end >= n || !ws[q.end].is(kPerson) {
				return true
			}
		}
	}
	return false
}

// listPrep reports whether a preposition after a bare number continues a
// list of figures ("27 died in Zambezia, 11 in Nampula") rather than
// following an age.
func listPrep(s string) bool {
	switch s {
	case "in", "on", "at", "near", "during", "across", "inside", "of":
		return true
	}
	return false
}

// victimsAfter reads the victims after the quantity: "militants", "law
// enforcement officers", "of them", "of the dead", "of people".
func victimsAfter(ws []word, c *cand) bool {
	n := len(ws)
	k := c.q.end
	c.vs, c.ve = k, k
	if k < n && ws[k].low == "of" {
		if k+1 < n {
			switch ws[k+1].low {
			case "them", "whom", "those", "these", "us":
				c.subset = true
				k += 2
				c.vs, c.ve = k, k
				c.es = c.q.qs
				// "three of them children"
				if k < n && ws[k].is(kPerson) && !ws[k].is(kFunc) {
					c.vs, c.ve, c.head = k, k+1, k
					c.grp = ws[k].e.group
				}
				c.q.end = k
				return true
			}
		}
		if c.q.vague || c.q.one || c.q.count > 0 {
			j := k + 1
			if !c.q.vague {
				c.subset = true
			}
			for j < n && (ws[j].low == "the" || ws[j].is(kPoss) || ws[j].low == "those") {
				j++
			}
			if j < n && (ws[j].digit || ws[j].is(kNum)) {
				// "14 of the 212 victims": a part of another figure
				return false
			}
			// "30 of the dead", "430 of the injured"
			if j < n && ws[j].is(kPost|kPre) && ws[j].e.out != "" && !ws[j].is(kPerson) &&
				(j+1 >= n || !ws[j+1].is(kPerson)) && ws[j].low != "shot" {
				// the outcome is the noun's unless a verb follows: "two of the
				// wounded died"
				c.vs, c.ve = j, j+1
				c.ofOut = ws[j].e.out
				c.q.end = k
				return true
			}
			save := c.q.end
			c.q.end = j
			if findHead(ws, c, j) {
				c.q.end = k
				return true
			}
			c.q.end = save
			if !c.q.vague {
				return false
			}
			return false
		}
	}
	if findHead(ws, c, k) {
		return true
	}
	if c.q.one {
		return false // "one" alone is too often a pronoun or part of a phrase
	}
	// a bare number must be followed by a word that ends a noun phrase
	if k < n && !stopper(ws, k) {
		return false
	}
	return true
}

// stopper reports whether word k ends a noun phrase.
func stopper(ws []word, k int) bool {
	w := &ws[k]
	if w.is(kFunc | kAux | kNeg | kAttr | kDay | kMonth | kRelDay | kPost | kPre | kNoun | kSubset) {
		return true
	}
	if !wordish(w.text) {
		return true
	}
	return false
}

// findHead looks for the head noun of the victims from word k: up to five
// modifiers, then a person noun (plus compound nouns after it).
func findHead(ws []word, c *cand, k int) bool {
	n := len(ws)
	limit := min(n, k+6)
	for j := k; j < limit; j++ {
		w := &ws[j]
		if w.is(kPerson) && !(w.is(kFunc) && w.low != "others") {
			h := j
			// compounds: "police officers", "rebel fighters", "militia members";
			// a plural ends the noun phrase ("civilians, activists")
			for h+1 < n && ws[h+1].is(kPerson) && !ws[h+1].is(kFunc) && (!ws[h].e.plural || ws[h].low == "police" ||
				ws[h].low == "militia") {
				h++
			}
			// "members of the Syrian Democratic Forces"
			e := h + 1
			if e+1 < n && ws[e].low == "of" && (ws[h].low == "members" || ws[h].low == "member" ||
				ws[h].low == "fighters" || ws[h].low == "militants" || ws[h].low == "leaders" ||
				ws[h].low == "commanders" || ws[h].low == "operatives" || ws[h].low == "staff") {
				m := e + 1
				if m < n && ws[m].low == "the" {
					m++
				}
				s := m
				for m < n && m < s+6 && (ws[m].upper || ws[m].low == "of" || ws[m].low == "al" ||
					strings.HasPrefix(ws[m].low, "al-")) {
					m++
				}
				for m > s && ws[m-1].low == "of" {
					m--
				}
				if m > s {
					e = m
				}
			}
			c.vs, c.ve, c.head = k, e, h
			c.grp = classify(ws, k, e, h)
			return true
		}
		if w.acronym || w.is(kGroupName) {
			// "31 IS group militants", "41 FSA rebels", "20 Houthis"
			if j+1 < n && stopper(ws, j+1) && !ws[j+1].is(kPerson) && (w.is(kGroupName) || looksPlural(w.low)) {
				c.vs, c.ve, c.head = k, j+1, j
				c.grp = gMilitant
				return true
			}
			continue
		}
		if w.text == "(" {
			// "Islamic State (IS) group militants"
			m := j + 1
			for m < n && m < j+4 && ws[m].text != ")" {
				m++
			}
			if m < n && ws[m].text == ")" {
				limit = min(n, limit+(m-j)+1)
				j = m
				continue
			}
			return false
		}
		if w.is(kThing) {
			// "two shop workers": a thing as a modifier of a person noun
			if j+1 < n && (ws[j+1].is(kPerson) || ws[j+1].is(kThing) && j+2 < n && ws[j+2].is(kPerson)) &&
				!ws[j+1].is(kFunc) {
				continue
			}
			return false
		}
		if w.is(kPost|kPre) && !w.is(kPerson) {
			// "37 wounded people": an outcome word used as a modifier
			if j+1 < n && ws[j+1].is(kPerson) && !ws[j+1].is(kFunc) {
				continue
			}
			return false
		}
		if w.low == "and" && j > k && andJoinsModifiers(ws, j+1) {
			continue // "Syrian regime and rebel fighters"
		}
		if w.low == "other" && j == k && j+1 < n && !ws[j+1].is(kFunc) {
			// "seven other officers": more victims, not a part of the
			// figure before
			c.additive = true
			continue
		}
		if w.is(kFunc|kAux|kNeg|kAttr|kDay|kMonth|kRelDay|kSubset) || !wordish(w.text) || w.digit && !w.age || w.is(kNum) {
			return false
		}
		// a capitalised plural as the head: "12 Palestinians"
		if w.upper && j+1 < n && (stopper(ws, j+1) || ws[j+1].is(kPost)) && looksPlural(w.low) && !w.is(kThing) {
			c.vs, c.ve, c.head = k, j+1, j
			c.grp = classify(ws, k, j+1, j)
			return true
		}
		// a plural the lexicon does not know, followed by its verb: "12
		// pilgrims were killed"; only a verb of the victims binds it
		if w.e == nil && !w.upper && looksPlural(w.low) && j+1 < n && ws[j+1].is(kAux|kPost) && ws[j+1].low != "that" {
			c.vs, c.ve, c.head = k, j+1, j
			c.grp = gGeneric
			c.weak = true
			return true
		}
	}
	return false
}

// andJoinsModifiers reports whether the words from k are one or two
// modifiers and the head noun of the same victims: "(regime and) rebel
// fighters".
func andJoinsModifiers(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+3; j++ {
		w := &ws[j]
		if w.is(kPerson) && !w.is(kFunc) && !(j+1 < len(ws) && ws[j+1].is(kPerson) && !ws[j+1].is(kFunc)) {
			return j > k // at least one modifier: "soldiers and rebels" are two figures
		}
		if !(w.is(kArmedMod|kStateMod|kCivMod) || w.e == nil && wordish(w.text) && !w.digit) {
			return false
		}
	}
	return false
}

func looksPlural(s string) bool {
	return len(s) > 4 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us")
}

// bind finds the outcome of candidate i from its own cue words.
func bind(ws []word, cs []cand, i int) {
	c := &cs[i]
	if c.out != "" {
		return
	}
	switch c.one {
	case onePronoun:
		if l := ws[c.vs].low; l == "he" || l == "she" {
			bindPost(ws, c)
		} else {
			bindPre(ws, c)
		}
		return
	case oneDef, oneName:
		_ = bindPost(ws, c) || bindPre(ws, c) || bindOf(ws, c)
		return
	case oneIndef:
		if c.weak {
			bindPost(ws, c)
			return
		}
		_ = bindPost(ws, c) || bindPre(ws, c) || bindOf(ws, c)
		return
	}
	if c.weak {
		bindPost(ws, c)
		return
	}
	if bindPost(ws, c) || bindPre(ws, c) || bindNoun(ws, c) || bindOf(ws, c) || bindToll(ws, cs, i) {
		return
	}
	if c.ofOut != "" {
		c.out, c.via = c.ofOut, viaNoun
		return
	}
	// "37 wounded people", "two abducted passengers"
	for j := c.vs; j < c.head; j++ {
		if ws[j].is(kPost|kPre) && ws[j].e.out != "" && ws[j].low != "shot" && ws[j].low != "treated" {
			c.out, c.via = ws[j].e.out, viaModifier
			return
		}
	}
	// "100 bodies"
	if c.head >= 0 && ws[c.head].e != nil && ws[c.head].e.special == spBody {
		c.out, c.via = outKilled, viaNoun
	}
}

// firm reports whether a one-person candidate other than "a man" needs a
// firm binding: a singular auxiliary before the cue ("the victim was
// killed", "Taylor was pronounced dead") or "died".
func firm(c *cand) bool { return c.one == oneDef || c.one == onePronoun || c.one == oneName }

// bindPost looks after the victims for a passive, intransitive or
// adjectival outcome: "were killed", "died", "lost their lives", "dead".
func bindPost(ws []word, c *cand) bool {
	n := len(ws)
	k := max(c.ve, c.q.end)
	k = skipInsert(ws, k)
	if k == max(c.ve, c.q.end) && !c.singular {
		k = skipPP(ws, k)
	}
	skipped := k
	neg, fatal, aux, singAux, passive := false, false, false, false, false
	for steps := 0; k < n && steps < 7; steps++ {
		w := &ws[k]
		switch {
		case w.is(kNeg):
			neg = true
		case w.e != nil && w.e.special == spFatal:
			fatal = true
		case w.is(kPost) && !(w.low == "reported" || w.low == "confirmed"):
			goto cue
		case w.low == "to" && k+1 < n && (ws[k+1].low == "have" || ws[k+1].low == "be"):
		case w.low == "to":
			return false
		case w.e != nil && w.e.special == spTaken || w.low == "among" || w.low == "amongst" || w.low == "rounded":
			goto cue
		case w.low == "suffered" || w.low == "sustained" || w.low == "received" || w.low == "suffering" ||
			w.low == "with" && k == max(c.ve, c.q.end) ||
			w.low == "had" && k > 0 && ws[k-1].low == "who" && woundAhead(ws, k+1):
			// "six who had gunshot wounds"
			// "suffered a gunshot wound", "a man with stab wounds was found"
			if out := woundOutcome(ws, k+1); out != "" && !neg {
				if w.low == "with" && !(k+1 < n && woundAhead(ws, k+1)) {
					return false
				}
				c.out, c.via, c.cue, c.skipped = out, viaPost, k, skipped
				return true
			}
			return false
		case w.is(kAux) || w.low == "went" || w.low == "were" || w.low == "others" && c.ve == k:
			aux = true
			switch w.low {
			case "was", "is", "has", "had", "been":
				singAux = true
			}
			switch w.low {
			case "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "remain", "remained",
				"remains", "found", "pronounced", "declared", "left", "reported", "confirmed", "feared", "believed",
				"presumed", "thought":
				passive = true
			}
		case len(w.low) > 4 && w.low[len(w.low)-2:] == "ly" && w.e == nil:
			// an adverb: "critically", "seriously"
		default:
			return false
		}
		k++
	}
	return false
cue:
	w := &ws[k]
	out := ""
	if w.e != nil {
		out = w.e.out
	}
	next := func(d int) string {
		if k+d < n {
			return ws[k+d].low
		}
		return ""
	}
	if firm(c) && !singAux && w.low != "died" && w.low != "dies" {
		return false
	}
	// an active verb with an object: "two gunmen killed three people", "a
	// hunter had shot his friend"; then the figure is no victim
	if w.is(kPre) && !passive && k+1 < n && startsObject(ws, k+1) && !objectHasOutcome(ws, k+1) {
		return false
	}
	switch {
	case w.low == "among" || w.low == "amongst":
		out = amongOutcome(ws, k+1)
		if out == "" {
			return false
		}
		c.subset = c.subset || !c.singular
	case w.e.special == spTaken:
		switch {
		case w.low != "marched" && w.low != "herded" && (next(1) == "hostage" || next(1) == "captive" || next(1) == "hostages"):
			out = outAbducted
		case passive && (w.low != "held") && (next(1) == "into" || next(1) == "to") && next(2) == "the" &&
			(next(3) == "bush" || next(3) == "forest" || next(3) == "forests"):
			// "had been marched into the bush": carried off by kidnappers
			out = outAbducted
		case next(1) == "into" && next(2) == "custody", next(1) == "in" && next(2) == "custody":
			out = outArrested
		default:
			return false
		}
	case w.low == "rounded":
		if next(1) != "up" {
			return false
		}
		out = outArrested
	case w.e.special == spShot:
		switch {
		case next(1) == "dead" || next(1) == "to" && next(2) == "death" ||
			(next(1) == "and" || next(1) == ",") && (next(2) == "killed" || next(2) == "fatally"):
			out = outKilled
		case next(1) == "at":
			return false
		case fatal:
			out = outKilled
		default:
			c.shot = true
		}
	case w.e.special == spLost:
		if !(ws[min(k+1, n-1)].is(kPoss) && (next(2) == "lives" || next(2) == "life")) {
			return false
		}
	case w.e.special == spGunned:
		if next(1) != "down" {
			return false
		}
	case w.e.special == spTreat:
		// "were treated for injuries", "treated in hospital"
		if !aux {
			return false
		}
	case w.e.special == spEvacuated:
		// "640 residents were evacuated"; a casualty flown "to hospital"
		// is no displacement
		if !passive || c.singular {
			return false // "Daraya was evacuated": a place, not a person
		}
		for m := k + 1; m < n && m <= k+5; m++ {
			if ws[m].low == "hospital" || ws[m].low == "hospitals" || ws[m].low == "treatment" || ws[m].low == "clinic" {
				return false
			}
		}
	case w.e.special == spFled:
		if !(aux || next(1) == "their" || next(1) == "the" || next(1) == "to" || next(1) == "," || next(1) == ".") {
			return false
		}
	case w.low == "seized" && !passive:
		return false
	}
	if out == "" || neg {
		return false
	}
	// "were abducted and killed", "were rounded up and executed", "had
	// been shot multiple times and was pronounced dead"
	if out != outKilled && laterDeath(ws, k+1) {
		out = outKilled
		c.shot = false
	}
	if fatal && out == outInjured {
		out = outKilled
		c.shot = false
	}
	c.out, c.via = out, viaPost
	c.fatal = fatal
	c.cue, c.skipped = k, skipped
	return true
}

// laterDeath reports whether the clause that follows an outcome verb at
// word k goes on to a death: "and killed", "and was pronounced dead", ",
// later died".
func laterDeath(ws []word, k int) bool {
	n := len(ws)
	for j := k; j < n && j < k+7; j++ {
		w := &ws[j]
		if w.text == "." || w.text == ";" || w.is(kAttr) || w.low == "but" || w.low == "while" || w.is(kNeg) {
			return false
		}
		if w.low != "and" && !(w.text == "," && j+1 < n && ws[j+1].low == "later") {
			continue
		}
		m := j + 1
		for m < n && m < j+5 && (ws[m].is(kAux) || ws[m].low == "then" || ws[m].low == "later" ||
			ws[m].low == "subsequently" || ws[m].low == "eventually") {
			m++
		}
		if m < n && ws[m].is(kPost) && ws[m].e.out == outKilled && ws[m].low != "dead" && ws[m].e.special != spLost ||
			m < n && ws[m].low == "dead" && m > j+1 {
			return true
		}
		return false
	}
	return false
}

// woundOutcome reads "a gunshot wound", "multiple stab wounds", "serious
// injuries", "fatal injuries" from word k: injured, killed when fatal, ""
// when no wound is named within five words.
func woundOutcome(ws []word, k int) string {
	fatal := false
	for j := k; j < len(ws) && j < k+6; j++ {
		switch ws[j].low {
		case "fatal", "mortal", "fatally", "deadly":
			fatal = true
		case "wound", "wounds", "injury", "injuries", "burns", "gunshot", "gunshots", "fractures",
			"bruises", "lacerations", "concussion", "concussions", "trauma":
			if ws[j].low == "gunshot" && j+1 < len(ws) && ws[j+1].low != "wound" && ws[j+1].low != "wounds" {
				return ""
			}
			if fatal {
				return outKilled
			}
			return outInjured
		case "broken", "fractured":
			// "with broken bones", "a fractured skull"; not "broken windows"
			if j+1 < len(ws) && bodyParts[ws[j+1].low] {
				return outInjured
			}
		case "and":
			// "head and chest injuries"; not "a knife and fled"
			if j+1 >= len(ws) || ws[j+1].is(kAux|kPost) {
				return ""
			}
		case ",", ".", ";", "but", "who", "that":
			return ""
		}
	}
	return ""
}

func woundAhead(ws []word, k int) bool { return woundOutcome(ws, k) != "" }

// amongOutcome reads the outcome of "among the dead", "among the 26
// civilians killed", "among at least 48 people killed".
func amongOutcome(ws []word, k int) string {
	n := len(ws)
	for j := k; j < n && j < k+8; j++ {
		w := &ws[j]
		if w.e != nil && w.e.out != "" && w.e.special != spShot && !w.is(kPerson) && w.low != "treated" {
			return w.e.out
		}
		if w.text == "," || w.text == "." || w.text == ";" || w.is(kAttr) {
			return ""
		}
	}
	return ""
}

// objectHasOutcome reports whether the figure that starts at word k has its
// own outcome right after it: "20 people killed 30 others injured" is two
// figures, not a killing.
func objectHasOutcome(ws []word, k int) bool {
	var c cand
	var ok bool
	if c, ok = quantityAt(ws, k); !ok {
		return false
	}
	e := max(c.ve, c.q.end)
	return e < len(ws) && ws[e].is(kPost)
}

// startsObject reports whether a noun phrase with a number or a
// determiner starts at word k: the object of an active verb.
func startsObject(ws []word, k int) bool {
	w := &ws[k]
	if w.digit || w.is(kNum|kVague) || w.is(kDet|kPoss) || w.low == "the" {
		return true
	}
	if _, ok := parseQuant(ws, k); ok {
		return true
	}
	if w.low == "him" || w.low == "her" || w.low == "them" || w.low == "himself" || w.low == "herself" {
		return true
	}
	return w.is(kPerson) && !w.is(kFunc) || nameWord(w)
}

// skipInsert skips a parenthesis, an appositive or a relative clause after
// the victims: "Eleven civilians, three of them children, died", "Two
// soldiers who were escorting a member of parliament were also killed",
// "At least 51 civilians including four children were killed".
func skipInsert(ws []word, k int) int {
	n := len(ws)
	if k >= n {
		return k
	}
	landing := func(j int) bool {
		return j < n && (ws[j].is(kAux) || ws[j].is(kPost)) && ws[j].low != "that" && ws[j].low != "who" &&
			ws[j].low != "which"
	}
	switch ws[k].text {
	case "(":
		for j := k + 1; j < n && j < k+12; j++ {
			if ws[j].text == ")" {
				return j + 1
			}
		}
	case ",", "—", "–", "-", "--":
		// one or two appositives: "Felimon Contreras, 29, a Latino man, was killed"
		closeP := ws[k].text
		commas := 0
		for j := k + 1; j < n && j < k+16; j++ {
			if ws[j].text == closeP || (closeP != "," && ws[j].text == ",") {
				if landing(j+1) || relativeOutcome(ws, j+1) {
					return j + 1
				}
				commas++
				if commas == 2 || closeP != "," {
					return k
				}
				continue
			}
			if ws[j].is(kAttr) || ws[j].text == ";" || ws[j].text == "." {
				return k
			}
		}
		return k
	}
	switch ws[k].low {
	case "including", "mostly", "mainly", "among", "amongst", "most", "many", "all", "both", "some":
		// an insert without commas: "51 civilians including four children were killed"
		if ws[k].low == "all" || ws[k].low == "most" || ws[k].low == "many" || ws[k].low == "some" {
			if k+2 >= n || ws[k+1].low != "of" {
				return k
			}
		}
		for j := k + 1; j < n && j < k+9; j++ {
			if ws[j].text == "," || ws[j].text == ";" || ws[j].text == "." || ws[j].is(kAttr) {
				return k
			}
			if (ws[j].low == "were" || ws[j].low == "was" || ws[j].low == "have" || ws[j].low == "had" ||
				ws[j].low == "are" || ws[j].low == "died") && j > k+1 {
				return j
			}
		}
		return k
	}
	if ws[k].low == "who" || ws[k].low == "that" || ws[k].low == "which" {
		if j := skipRelative(ws, k); j > k {
			return j // "A woman who had been shot in the chest died at the hospital"
		}
		if relativeOutcome(ws, k) {
			return k + 1 // "a man who was found dead": the clause holds the outcome
		}
	}
	return skipParticiple(ws, k)
}

// skipRelative skips a relative clause to the main verb after it, or
// returns k.
func skipRelative(ws []word, k int) int {
	n := len(ws)
	{
		// a relative clause: skip to the next "was"/"were" that follows a
		// verb of the clause, if there is one within a dozen words
		seenVerb := false
		for j := k + 1; j < n && j < k+14; j++ {
			w := &ws[j]
			if w.text == "," || w.text == ";" || w.is(kAttr) {
				if w.text == "," && j+1 < n && (ws[j+1].low == "was" || ws[j+1].low == "were") && seenVerb {
					return j + 1
				}
				return k
			}
			if (w.low == "was" || w.low == "were" || w.low == "died" || w.low == "have" || w.low == "has" ||
				w.low == "had") && seenVerb && j > k+2 {
				// the clause had its own verb; this one is the main verb
				if w.low == "died" {
					return j
				}
				if j+1 < n && (ws[j+1].is(kPost) || ws[j+1].is(kAux)) {
					return j
				}
			}
			if j > k+1 {
				seenVerb = true
			}
		}
	}
	return k
}

// skipParticiple skips a participle clause: "A man wielding two handguns
// was shot and killed".
func skipParticiple(ws []word, k int) int {
	n := len(ws)
	if l := ws[k].low; len(l) > 5 && l[len(l)-3:] == "ing" && ws[k].e == nil {
		for j := k + 1; j < n && j < k+8; j++ {
			if ws[j].text == "," || ws[j].text == ";" || ws[j].is(kAttr) {
				return k
			}
			if ws[j].low == "was" || ws[j].low == "were" {
				return j
			}
		}
	}
	return k
}

// relativeOutcome reports whether a relative clause at word k says what
// happened to its antecedent: "who was shot and killed", "that was found dead".
func relativeOutcome(ws []word, k int) bool {
	n := len(ws)
	if k >= n || ws[k].low != "who" && ws[k].low != "that" {
		return false
	}
	j := k + 1
	aux := false
	for ; j < n && j < k+5; j++ {
		w := &ws[j]
		if w.is(kPost) && !(w.low == "reported" || w.low == "confirmed") {
			return aux || w.low == "died"
		}
		if !w.is(kAux) || w.low == "who" || w.low == "that" {
			return false
		}
		aux = true
	}
	return false
}

// skipPP skips a prepositional phrase between the victims and their verb:
// "18 jihadists from the Islamic State group were killed", "12 people in
// the village were killed". It gives up unless an auxiliary or an outcome
// verb follows within eight words.
func skipPP(ws []word, k int) int {
	n := len(ws)
	if k >= n {
		return k
	}
	switch ws[k].low {
	case "in", "from", "at", "near", "inside", "outside", "across", "around", "along", "aboard", "on", "of", "with",
		"under", "aged", "between", "during", "since", "belonging":
	default:
		return k
	}
	for j := k + 1; j < n && j < k+9; j++ {
		w := &ws[j]
		if w.text == "," || w.text == ";" || w.text == "." || w.is(kAttr) || w.low == "who" || w.low == "that" {
			return k
		}
		if w.low == "were" || w.low == "was" || w.low == "have" || w.low == "had" || w.low == "are" ||
			w.is(kPost) && j > k+1 {
			return j
		}
		if w.is(kPre) {
			return k
		}
	}
	return k
}

// bindPre looks before the figure for an active verb: "killing 12",
// "killed at least 17 people", "arrested his brother", "Among the dead were".
func bindPre(ws []word, c *cand) bool {
	k := c.q.qs - 1
	for s := 0; k >= 0 && s < 2; s++ {
		l := ws[k].low
		if l == "the" || l == "all" || (ws[k].is(kPoss) && !c.singular) || l == "some" || l == "both" {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	w := &ws[k]
	// "Among the dead were 18 soldiers", "Among those killed were"
	if (w.low == "were" || w.low == "was" || w.low == "are" || w.low == "is") && k >= 3 &&
		ws[k-1].e != nil && ws[k-1].e.out != "" && (ws[k-2].low == "the" || ws[k-2].low == "those") &&
		(ws[k-3].low == "among" || ws[k-3].low == "amongst") {
		c.out, c.via = ws[k-1].e.out, viaPre
		c.subset = !c.singular
		return true
	}
	// "Those killed included six women", "the dead include 14 children"
	if w.low == "include" || w.low == "includes" || w.low == "included" {
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			x := &ws[j]
			if x.text == "," || x.text == "." || x.is(kAttr) {
				break
			}
			if x.e != nil && x.e.out != "" && x.e.special != spShot && x.low != "treated" &&
				j > 0 && (ws[j-1].low == "those" || ws[j-1].low == "the" || ws[j-1].low == "people") {
				c.out, c.via = x.e.out, viaPre
				c.subset = !c.singular
				return true
			}
		}
		return false
	}
	// "shot dead three men", "gunned down two"
	if w.low == "dead" && k > 0 && ws[k-1].low == "shot" || w.low == "down" && k > 0 && ws[k-1].low == "gunned" {
		c.out, c.via = outKilled, viaPre
		return true
	}
	if !w.is(kPre) || w.e.out == "" {
		return false
	}
	// "threatened to kill 10 hostages", "did not kill anyone"
	if k > 0 {
		p := &ws[k-1]
		if p.is(kNeg) || (p.is(kModal) && !(len(w.low) > 2 && w.low[len(w.low)-2:] == "ed") &&
			!(len(w.low) > 3 && w.low[len(w.low)-3:] == "ing")) {
			return false
		}
		if k > 1 && ws[k-2].is(kNeg) && (p.low == "be" || p.low == "been" || p.low == "have") {
			return false
		}
	}
	// a passive before the figure ("were killed 5 km away") has no object
	if w.is(kPost) && k > 0 && (ws[k-1].low == "were" || ws[k-1].low == "was" || ws[k-1].low == "been" || ws[k-1].low == "being") {
		return false
	}
	if firm(c) || c.one == oneName {
		// "go ahead and kill him" is no report: a one-person object needs
		// a past or a gerund ("killed him", "killing the guard")
		l := w.low
		if !(len(l) > 2 && l[len(l)-2:] == "ed") && !(len(l) > 3 && l[len(l)-3:] == "ing") && l != "shot" &&
			l != "slew" && l != "hurt" {
			return false
		}
	}
	out := w.e.out
	if w.e.special == spShot {
		out = outInjured
		c.shot = true
	}
	if w.e.special == spTreat && !c.singular {
		// "treated 47 people for injuries"
		out = outInjured
	}
	if k > 0 && ws[k-1].e != nil && ws[k-1].e.special == spFatal && out == outInjured {
		out, c.shot = outKilled, false
	}
	// "shot and killed him"
	if w.low == "killed" && k > 1 && ws[k-1].low == "and" && ws[k-2].low == "shot" {
		c.shot = false
	}
	c.out, c.via = out, viaPre
	return true
}

// bindNoun reads an outcome noun right after a bare number: "12 deaths",
// "12 dead", "340 arrests", "claimed 12 lives".
func bindNoun(ws []word, c *cand) bool {
	if c.vs != c.ve || c.q.end >= len(ws) {
		return false
	}
	w := &ws[c.q.end]
	if !w.is(kNoun) || w.e.out == "" {
		return false
	}
	if w.e.special == spLives {
		// "claimed 12 lives", "12 lives were lost", "cost 12 lives"
		ok := false
		if k := c.q.qs - 1; k >= 0 {
			switch ws[k].low {
			case "claimed", "claiming", "claims", "claim", "took", "taking", "takes", "cost", "costing", "costs":
				ok = true
			}
		}
		if e := c.q.end + 1; e+1 < len(ws) && (ws[e].low == "were" || ws[e].low == "have") {
			ok = ok || ws[e+1].low == "lost" || e+2 < len(ws) && ws[e+2].low == "lost"
		}
		if !ok {
			return false
		}
	}
	c.out, c.via = w.e.out, viaNoun
	c.ee = c.q.end + 1
	return true
}

// bindOf reads a nominal outcome with "of": "the elimination of 145
// militants", "the deaths of 12", "claimed the lives of 12 people".
func bindOf(ws []word, c *cand) bool {
	k := c.q.qs - 1
	if k < 1 || ws[k].low != "of" {
		return false
	}
	w := &ws[k-1]
	if w.low == "lives" && k >= 3 && ws[k-2].low == "the" {
		switch ws[k-3].low {
		case "claimed", "claiming", "claims", "took", "taking", "cost", "costing":
			c.out, c.via = outKilled, viaOf
			return true
		}
		return false
	}
	if w.low == "bodies" || w.low == "remains" {
		c.out, c.via = outKilled, viaOf
		return true
	}
	if !w.is(kOf) || w.e.out == "" {
		return false
	}
	out := w.e.out
	if w.e.special == spShot {
		// "the shooting of a man": injured, unless "fatal" or "deadly"
		c.shot = true
		if k >= 2 && (ws[k-2].low == "fatal" || ws[k-2].low == "deadly" || ws[k-2].low == "fatally") {
			out, c.shot = outKilled, false
		}
	}
	c.out, c.via = out, viaOf
	return true
}

// bindToll finds a toll before the figure: "the death toll rose to 212",
// "bringing the number of dead to five", "put the toll at 96".
func bindToll(ws []word, cs []cand, i int) bool {
	c := &cs[i]
	// "bringing to 45 the number killed", "raising to 12 the death toll"
	if e := max(c.ve, c.q.end); c.q.qs > 0 && ws[c.q.qs-1].low == "to" && e+1 < len(ws) && ws[e].low == "the" {
		for j := e + 1; j < min(len(ws), e+5); j++ {
			x := &ws[j]
			if x.e != nil && x.e.special == spToll {
				c.out, c.via, c.toll = outKilled, viaToll, true
				return true
			}
			if x.e != nil && x.e.out != "" && x.e.special != spShot && ws[j-1].low == "number" {
				c.out, c.via, c.toll = x.e.out, viaToll, true
				return true
			}
		}
	}
	lo := 0
	for p := i - 1; p >= 0; p-- {
		if cs[p].out != "" || !cs[p].singular {
			lo = max(cs[p].ee, cs[p].q.end)
			break
		}
	}
	for k := c.q.qs - 1; k >= lo && k >= c.q.qs-24; k-- {
		w := &ws[k]
		if w.text == ";" || w.text == ":" || w.text == "." {
			return false
		}
		if w.e != nil && w.e.special == spToll {
			out := outKilled
			if k > 0 && (ws[k-1].low == "injury" || ws[k-1].low == "casualty") {
				if ws[k-1].low == "injury" {
					out = outInjured
				}
			}
			c.out, c.via, c.toll = out, viaToll, true
			for j := max(0, k-3); j < k; j++ {
				if ws[j].low == "previous" || ws[j].low == "earlier" || ws[j].low == "initial" || ws[j].low == "old" {
					c.earlier = true
				}
			}
			return true
		}
		// "the number of dead", "the number of people killed"
		if w.low == "number" && k+2 < len(ws) && ws[k+1].low == "of" {
			for j := k + 2; j < min(k+14, c.q.qs); j++ {
				if ws[j].e != nil && ws[j].e.out != "" && ws[j].e.special != spShot {
					c.out, c.via, c.toll = ws[j].e.out, viaToll, true
					return true
				}
			}
		}
		if w.is(kPost|kPre) && k < c.q.qs-1 {
			// another outcome verb stands between: not this toll's figure
			if w.low != "killed" && w.low != "dead" || k > 0 && ws[k-1].low != "of" {
				return false
			}
		}
	}
	return false
}

// inherit shares outcomes and victims between coordinated figures of one
// sentence, marks parts of a figure, and the previous values of a changing
// toll.
func inherit(ws []word, cs []cand) {
	// right to left: "17 officers and 31 civilians lost their lives"
	for i := len(cs) - 2; i >= 0; i-- {
		c, nx := &cs[i], &cs[i+1]
		if c.out != "" || nx.out == "" || nx.via != viaPost && nx.via != viaInherit {
			continue
		}
		if i > 0 && precededBySubset(ws, c.q.qs) && cs[i-1].out != "" {
			continue // a part of the figure before it, not of the one after
		}
		bareOK := c.vs < c.ve || nx.vs == nx.ve && hasAnd(ws, c.ee, nx.q.qs)
		if bareOK && coordinated(ws, c.ee, nx.q.qs) && !precededBySubset(ws, nx.q.qs) || c.vs < c.ve && nx.subset &&
			precededBySubset(ws, nx.q.qs) && nx.q.qs-c.ee <= 2 {
			c.out, c.via, c.fatal, c.shot = nx.out, viaInherit, nx.fatal, nx.shot
			nx.joinPrev = true
		}
	}
	// left to right: "killing 12 soldiers and three civilians", subsets,
	// ellipsis ("41 militants were killed on Thursday, 27 on Friday")
	for i := 1; i < len(cs); i++ {
		c := &cs[i]
		p := prevBound(cs, i)
		if p < 0 {
			continue
		}
		pc := &cs[p]
		gapStart := pc.ee
		switch {
		case c.out == "" && (c.subset || precededBySubset(ws, c.q.qs)) && near(ws, pc.ee, c.q.qs):
			c.out, c.via, c.subset = pc.out, viaSubset, true
			c.joinPrev = true
		case c.out == "" && (pc.via == viaPre || pc.via == viaToll || pc.via == viaOf || pc.via == viaInherit ||
			pc.via == viaSubset) && coordinated(ws, gapStart, c.q.qs):
			c.out, c.via, c.toll, c.shot = pc.out, viaInherit, pc.toll, pc.shot
			c.subset = c.subset || pc.subset
			c.joinPrev = true
		case c.out == "" && c.vs == c.ve && !c.subset && ellipsis(ws, c):
			c.out, c.via, c.toll = pc.out, viaInherit, pc.toll
			c.additive = c.additive || precededBy(ws, c.q.qs, "another", "further", "additional")
			c.joinPrev = true
		case c.q.qs > 0 && (ws[c.q.qs-1].low == "from") && (pc.toll || riseBefore(ws, c.q.qs)):
			// "rose to 212 on Wednesday from 180": the earlier value
			c.out, c.via, c.earlier, c.toll = pc.out, viaInherit, true, true
			if c.vs == c.ve {
				c.inherits = p
			}
			continue
		}
		// "killed 60 attackers, with 41 of them killed on Saturday": the
		// victims of the figure the part belongs to
		if c.out != "" && c.subset && c.vs == c.ve && c.q.end > c.q.ns+1 && ws[c.q.end-1].low == "them" && pc.vs != pc.ve {
			c.inherits = p
			continue
		}
		// ellipsis: the victims of the previous figure ("17 people were
		// killed and 23 injured"); not for a toll or an outcome noun
		if c.out != "" && c.vs == c.ve && !c.singular && c.via != viaNoun && !(c.via == viaToll && c.toll) && !c.subset {
			src := p
			if pc.vs == pc.ve && pc.inherits >= 0 {
				src = pc.inherits // "41 militants ..., 27 on Friday and 19 on Saturday"
			}
			if cs[src].vs != cs[src].ve {
				c.inherits = src
				c.joinPrev = true
			}
		}
		if c.additive && c.out != "" {
			c.joinPrev = true
		}
	}
}

// prevBound returns the index of the nearest candidate before i that has an
// outcome, or -1.
func prevBound(cs []cand, i int) int {
	for p := i - 1; p >= 0; p-- {
		if cs[p].out != "" {
			return p
		}
	}
	return -1
}

// coordinated reports whether the words between a and b only join two
// figures: ",", "and", ", and", "as well as", "plus", "along with".
func coordinated(ws []word, a, b int) bool {
	if b == a && a > 0 && b < len(ws) && ws[a-1].is(kPerson) {
		return true // a list without commas: "six women five children"
	}
	if b <= a || b-a > 3 {
		return false
	}
	hasJoin := false
	for k := a; k < b; k++ {
		switch ws[k].low {
		case ",", "and", "plus", "&":
			hasJoin = true
		case "as", "well", "along", "with", "while", "but", "also":
		default:
			return false
		}
	}
	return hasJoin
}

func hasAnd(ws []word, a, b int) bool {
	for k := a; k < b; k++ {
		if ws[k].low == "and" {
			return true
		}
	}
	return false
}

// ellipsis reports whether a bare figure continues a list of figures: "27
// on Friday", "and 11 in Nampula", "with an additional 41 neutralized".
func ellipsis(ws []word, c *cand) bool {
	k := c.q.qs - 1
	if k > 0 && (ws[k].low == "at" || ws[k].low == "to") {
		k-- // "put the toll at 96 on Sunday and at 151 on Monday"
	}
	if k < 0 {
		return false
	}
	switch ws[k].low {
	case ",", "and", "with", "while", "plus":
	default:
		return false
	}
	e := c.q.end
	if e >= len(ws) {
		return true
	}
	switch ws[e].low {
	case "on", "in", "at", "near", "from", "during", "and", ",", ".", ";", "last", "this", "early", "late", "yesterday", "today", "overnight":
		return true
	}
	return ws[e].is(kDay)
}

// near reports whether a part that starts at word b belongs to the figure
// that ends at word a: at most six words between them, none of them a
// noun or a number ("12 people were killed, including five children").
func near(ws []word, a, b int) bool {
	if b-a > 7 {
		return false
	}
	for k := a; k < b; k++ {
		w := &ws[k]
		if w.digit || w.is(kNum|kThing) || w.is(kPerson) && !w.is(kFunc) {
			return false
		}
	}
	return true
}

func precededBySubset(ws []word, k int) bool {
	if k > 0 && (ws[k-1].low == "including" || ws[k-1].low == "incl.") {
		return true
	}
	if k > 1 && (ws[k-2].low == "among" || ws[k-2].low == "amongst") && (ws[k-1].low == "them" || ws[k-1].low == "whom") {
		return true
	}
	return false
}

func precededBy(ws []word, k int, words ...string) bool {
	for j := max(0, k-2); j < k; j++ {
		for _, w := range words {
			if ws[j].low == w {
				return true
			}
		}
	}
	return false
}

func riseBefore(ws []word, k int) bool {
	for j := max(0, k-12); j < k; j++ {
		if ws[j].is(kRise) && ws[j].low != "up" {
			return true
		}
	}
	return k > 0 && ws[k-1].low == "from" && k > 1 && (ws[k-2].low == "up" || ws[k-2].low == "down")
}

// bodyParts follow "broken" or "fractured" in an injury ("broken bones").
var bodyParts = map[string]bool{"bones": true, "bone": true, "limbs": true, "limb": true, "legs": true,
	"leg": true, "arms": true, "arm": true, "ribs": true, "rib": true, "neck": true, "back": true,
	"skull": true, "skulls": true, "hip": true, "hips": true, "jaw": true, "pelvis": true, "spine": true,
	"wrist": true, "wrists": true, "ankle": true, "ankles": true, "collarbone": true, "noses": true, "nose": true}
