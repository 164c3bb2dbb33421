package actors

import (
	"strings"

	"github.com/newsx/newsx/extract/gazetteer"
)

// forceNounAt returns the force type of the common noun at token i ("army",
// "security forces", "counterterrorism units") and the noun's end.
func (f *finder) forceNounAt(i int) (string, int) {
	t := &f.toks[i]
	if forceFirst[t.lower] && i+1 < len(f.toks) && f.toks[i+1].sent == t.sent {
		var buf [64]byte
		two := append(append(append(buf[:0], t.lower...), ' '), f.toks[i+1].lower...)
		if typ, ok := forceTypes[string(two)]; ok {
			return typ, i + 2
		}
	}
	if typ, ok := forceTypes[t.lower]; ok {
		return typ, i + 1
	}
	return "", 0
}

// nounUse reports whether the word before token e is used as a noun: not
// followed by a lower-case noun it would qualify ("military target", "army
// posts").
func (f *finder) nounUse(e int) bool {
	if e >= len(f.toks) || f.toks[e].sent != f.toks[e-1].sent {
		return true
	}
	nx := &f.toks[e]
	if nx.flags&tLower == 0 {
		return true
	}
	if nx.class&(wPrep|wAdverb|wVerb) != 0 || isVerbLike(nx) {
		return true
	}
	switch nx.lower {
	case "and", "or", "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "officials", "sources", "statement":
		return true
	}
	return false
}

// forces finds the security forces named by common nouns: "Pakistan's
// military", "Pakistani security forces", "the army", "police",
// "counterterrorism units", "Russian troops". Each kind of force of one
// country is one actor; the country comes from a possessive, a demonym
// or a country name before the noun, or else is the article's main
// country.
func (f *finder) forces() {
	for i := 0; i < len(f.toks); i++ {
		if f.owner[i] >= 0 || f.toks[i].flags&tLetter == 0 {
			continue
		}
		typ, e := f.forceNounAt(i)
		if typ == "" || !f.free(i, e) {
			continue
		}
		w := f.toks[i].lower
		if e == i+1 && !f.nounUse(e) {
			continue
		}
		if f.toks[i].isCap() && f.toks[i].flags&tSentStart == 0 && f.casedName(i) && e < len(f.toks) && f.toks[e].nameLike() {
			continue // part of a name no rule knew
		}
		s, code, explicit := f.forceModifier(i)
		if (w == "troops" || w == "forces") && s == i {
			continue // "troops" and "forces" alone say whose only in context
		}
		if !explicit {
			code = ""
			if f.domStrong {
				code = f.dominant
			}
		}
		key := "F|" + typ + "|" + code
		cl, ok := f.byKey[key]
		if !ok {
			cl = f.newCluster(key, cluster{kind: KindSecurityForce, group: -1, country: code, forceType: typ})
		}
		if explicit {
			f.cls[cl].explicit = true
		}
		f.addMention(mention{s: s, e: e, cl: cl, generic: true})
		i = e - 1
	}
}

// forceModifier reads what comes before a force noun at i: a country's
// possessive ("Pakistan's", "the country's"), a demonym ("Pakistani"), a
// country's name ("Kenya police"), or "government". It returns where the
// mention starts and the country.
func (f *finder) forceModifier(i int) (start int, code string, explicit bool) {
	lo := f.sentBegin(i)
	p := i
	// One adjective between: "Pakistani paramilitary forces".
	if p-1 > lo {
		t := &f.toks[p-1]
		if t.flags&tLower != 0 && t.class&(wDet|wPrep|wVerb|wCommon|wConnector) == 0 && !isVerbLike(t) && f.owner[p-1] < 0 {
			if _, _, ok := f.modifierAt(p - 1); ok {
				p--
			}
		}
	}
	if s, c, ok := f.modifierAt(p); ok {
		return s, c, c != ""
	}
	return i, "", false
}

// modifierAt reads the country modifier that ends right before token p.
func (f *finder) modifierAt(p int) (int, string, bool) {
	lo := f.sentBegin(p)
	if p <= lo {
		return p, "", false
	}
	prev := &f.toks[p-1]
	if f.owner[p-1] >= 0 {
		return p, "", false
	}
	if prev.flags&tPoss != 0 && p-2 >= lo {
		if code, cs, kind := f.countryEnding(p - 1); code != "" && kind == eCountry && f.free(cs, p-1) {
			return cs, code, true
		}
		if f.toks[p-2].lower == "country" && f.dominant != "" {
			return p - 2, f.dominant, true
		}
		return p, "", false
	}
	if code, cs, kind := f.countryEnding(p); code != "" && kind != eCapital && f.free(cs, p) {
		return cs, code, true
	}
	if prev.lower == "government" && f.dominant != "" {
		return p - 1, f.dominant, true
	}
	return p, "", false
}

// countryEntry returns the country a dictionary match names, preferring a
// country's name to a capital and a capital to a metonym.
func countryEntry(m dmatch) (string, entryKind) {
	for _, want := range []entryKind{eCountry, eCapital, eMetonym, eDemonym} {
		for _, e := range m.entries {
			if e.kind == want {
				return e.code, want
			}
		}
	}
	return "", 0
}

// states finds the countries that act in the article: the subject of a
// verb ("India refuted", "Islamabad said", "the Kremlin said"), the agent
// of a passive ("refuted by India"), the object of an accusation ("accused
// Pakistan of"), and a government ("the Indian government", "Pakistan's
// government", "the government" for the article's main country).
func (f *finder) states() {
	for _, m := range f.dm {
		code, kind := countryEntry(m)
		if code == "" || !f.free(m.s, m.e) {
			continue
		}
		hi := f.sentEnd(m.s)
		// The government of a country: "the Indian government", "Pakistan's government".
		if g := f.governmentAfter(m.e, hi); g > 0 {
			f.addState(code, m.s, g)
			continue
		}
		if kind == eDemonym {
			continue
		}
		if f.partOfName(m.s, m.e) {
			continue
		}
		if f.acts(m.s, m.e) {
			f.addState(code, m.s, m.e)
		}
	}
	// "the government", for the article's main country.
	if !f.domStrong {
		return
	}
	for i := 1; i < len(f.toks); i++ {
		t := &f.toks[i]
		if t.lower != "government" || t.flags&tLower == 0 || f.owner[i] >= 0 {
			continue
		}
		p := i - 1
		switch f.toks[p].lower {
		case "federal", "national", "central":
			p--
		}
		if p < 0 || f.toks[p].lower != "the" {
			if !(p >= 1 && f.toks[p].flags&tPoss != 0 && f.toks[p-1].lower == "country") {
				continue
			}
		}
		if i+1 < len(f.toks) && f.toks[i+1].sent == t.sent {
			nx := &f.toks[i+1]
			if nx.lower == "of" || nx.lower == "-" || nx.flags&tLower != 0 && nx.class&(wPrep|wAdverb|wVerb) == 0 && !isVerbLike(nx) {
				continue
			}
		}
		f.addState(f.dominant, i, i+1)
	}
}

// governmentAfter returns the end of "government" or "authorities" right
// after a country's name or demonym ("Indian government", "Pakistan's
// government"), or 0.
func (f *finder) governmentAfter(e, hi int) int {
	j := e
	if j < hi && f.toks[j].flags&tPoss != 0 {
		j++
	}
	if j < hi && f.owner[j] < 0 {
		switch f.toks[j].lower {
		case "government", "authorities", "administration", "leadership":
			if f.toks[j].flags&tLower != 0 {
				return j + 1
			}
		}
	}
	return 0
}

// partOfName reports whether tokens [s, e) are part of a longer name:
// "Washington Post", "Latin America".
func (f *finder) partOfName(s, e int) bool {
	if e < len(f.toks) && f.toks[e].sent == f.toks[s].sent && f.toks[e].nameLike() && f.casedName(s) {
		return true
	}
	if s > 0 && f.toks[s-1].sent == f.toks[s].sent && f.toks[s-1].nameLike() && f.casedName(s) {
		if f.toks[s-1].class&(wRole|wRank) == 0 {
			return true // "New Mexico", "Latin America"
		}
	}
	return false
}

// acts reports whether the country or capital at [s, e) acts or is a party
// to a claim.
func (f *finder) acts(s, e int) bool {
	lo, hi := f.sentBegin(s), f.sentEnd(s)
	if e < hi && f.toks[e].flags&tPoss != 0 {
		return false // "Pakistan's minister" acts, not Pakistan
	}
	prev := ""
	if s > lo {
		prev = f.toks[s-1].lower
	}
	// The agent of a passive: "a claim refuted by India".
	if prev == "by" && s-2 >= lo {
		v := &f.toks[s-2]
		if (isVerbLike(v) || verbIrregularParticiples[v.lower]) && !geoParticiple(v.lower) {
			return true
		}
	}
	// The object of an accusation: "accused (neighbouring) Afghanistan of".
	for p, n := s-1, 0; p >= lo && n < 3; p, n = p-1, n+1 {
		t := &f.toks[p]
		if t.class&wAccuse != 0 {
			return true
		}
		if (t.lower == "on" || t.lower == "upon") && p > lo && strings.HasPrefix(f.toks[p-1].lower, "call") {
			return true
		}
		if t.flags&tLower == 0 || t.class&(wPrep|wVerb) != 0 || f.owner[p] >= 0 {
			break
		}
	}
	if s > lo && f.toks[s-1].class&wPrep != 0 && prev != "by" {
		return false
	}
	// The subject of a verb: "India refuted", "The United States
	// condemned", "India, which accused", "Pakistan and India have".
	j := e
	if j+1 < hi && f.toks[j].text == "," && (f.toks[j+1].lower == "which" || f.toks[j+1].lower == "who") {
		j += 2
	} else if j+1 < hi && f.toks[j].lower == "and" {
		if code, ce, kind := f.countryAt(j + 1); code != "" && kind != eDemonym {
			j = ce
		}
	}
	for n := 0; j < hi && n < 2 && f.toks[j].class&wAdverb != 0 && f.toks[j].class&wVerb == 0; n++ {
		j++
	}
	if j >= hi {
		return false
	}
	v := &f.toks[j]
	if v.flags&tLower == 0 && v.flags&tCapsLine == 0 {
		return false
	}
	return v.class&wVerb != 0 || isVerbLike(v)
}

// geoParticiple reports participles after which "by" names a place, not an
// agent ("bordered by Iran").
func geoParticiple(w string) bool {
	switch w {
	case "bordered", "surrounded", "flanked", "separated", "divided", "crossed", "dominated", "located", "situated", "ringed", "hemmed":
		return true
	}
	return false
}

// addState records a mention of a state.
func (f *finder) addState(code string, s, e int) {
	if code == "" {
		return
	}
	key := "S|" + code
	cl, ok := f.byKey[key]
	if !ok {
		cl = f.newCluster(key, cluster{kind: KindState, group: -1, country: code, explicit: true, fixedName: f.d.countryName(code)})
	}
	f.addMention(mention{s: s, e: e, cl: cl})
}

// mergeForces joins the common-noun mentions of a force to the one force
// of that type and country the article names properly ("the police" and
// "the National Police Service (NPS)").
func (f *finder) mergeForces() {
	for g := range f.cls {
		gc := &f.cls[g]
		if gc.merged >= 0 || gc.kind != KindSecurityForce || gc.named || gc.forceType == "" {
			continue
		}
		target, n := -1, 0
		for c := range f.cls {
			nc := &f.cls[c]
			if c == g || nc.merged >= 0 || !nc.named || nc.forceType != gc.forceType || len(nc.ments) == 0 {
				continue
			}
			if nc.country != gc.country && gc.country != "" && nc.country != "" {
				continue
			}
			target = c
			n++
		}
		if n == 1 {
			f.merge(target, g)
		}
	}
}

// merge moves the mentions of cluster b into cluster a.
func (f *finder) merge(a, b int) {
	ca, cb := &f.cls[a], &f.cls[b]
	for _, m := range cb.ments {
		f.ments[m].cl = a
	}
	ca.ments = append(ca.ments, cb.ments...)
	cb.ments = nil
	for _, x := range cb.acronyms {
		dup := false
		for _, y := range ca.acronyms {
			dup = dup || x == y
		}
		if !dup {
			ca.acronyms = append(ca.acronyms, x)
		}
	}
	if ca.country == "" {
		ca.country, ca.explicit = cb.country, cb.explicit
	}
	if ca.group < 0 && cb.group >= 0 {
		ca.group = cb.group
		ca.kind = cb.kind
	}
	cb.merged = a
}

// mergeOrgVariants joins organisations whose names differ only in the form
// of a word: "Baloch Liberation Army" and "Balochistan Liberation Army",
// "Sudan Doctors Network" and "Sudanese Doctors Network".
func (f *finder) mergeOrgVariants() {
	type cand struct {
		cl   int
		keys []string
	}
	var cs []cand
	for c := range f.cls {
		cc := &f.cls[c]
		if cc.merged >= 0 || len(cc.ments) == 0 {
			continue
		}
		switch cc.kind {
		case KindOrganization, KindArmedGroup, KindSecurityForce:
		default:
			continue
		}
		if !cc.named {
			continue
		}
		for _, mk := range cc.ments {
			m := &f.ments[mk]
			if m.acr {
				continue
			}
			var keys []string
			for i := m.s; i < m.e; i++ {
				if k := f.toks[i].key; k != "" && f.toks[i].flags&tPoss == 0 {
					keys = append(keys, k)
				}
			}
			if len(keys) >= 2 {
				cs = append(cs, cand{c, keys})
			}
		}
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			a, b := f.root(cs[i].cl), f.root(cs[j].cl)
			if a == b || !variantNames(cs[i].keys, cs[j].keys) && !f.containedOrg(cs[i].keys, cs[j].keys) {
				continue
			}
			if f.cls[a].kind == KindSecurityForce && f.cls[b].kind == KindSecurityForce && f.cls[a].forceType != f.cls[b].forceType {
				continue
			}
			if f.cls[a].group >= 0 && f.cls[b].group >= 0 {
				continue // two entries of the table are two groups
			}
			if f.cls[b].group >= 0 || len(f.cls[b].ments) > len(f.cls[a].ments) && f.cls[a].group < 0 {
				a, b = b, a
			}
			f.merge(a, b)
		}
	}
}

// containedOrg is containedName for organisations: the shorter name must
// end in a head noun ("Red Cross", not "Lexington County" in "Lexington
// County Sheriff's Department").
func (f *finder) containedOrg(a, b []string) bool {
	short := a
	if len(b) < len(a) {
		short = b
	}
	if len(short) == 0 || lexicon[short[len(short)-1]]&wOrgHead == 0 {
		return false
	}
	return containedName(a, b)
}

// containedName reports whether one name lies inside the other: "Red
// Cross" in "Uganda Red Cross Society" (a run of two words or more), or
// "North Kordofan health ministry" in "North Kordofan state health
// ministry" (three words or more, in order, ending alike).
func containedName(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(a) == len(b) {
		return false
	}
	if subseq(b, a) {
		return true
	}
	if len(a) < 3 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	j := 0
	for _, w := range b {
		if j < len(a) && w == a[j] {
			j++
		}
	}
	return j == len(a)
}

// variantNames reports whether two names of as many words, ending in the
// same word, differ only in words one of which begins the other ("Baloch"
// and "Balochistan") or that name the same country ("Sudan", "Sudanese").
func variantNames(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	diff := 0
	for i := range a {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		diff++
		if len(x) > len(y) {
			x, y = y, x
		}
		if len(x) >= 4 && strings.HasPrefix(y, x) {
			continue
		}
		if sameCountryWord(x, y) {
			continue
		}
		return false
	}
	return diff > 0
}

// sameCountryWord reports whether two words name the same country, as a
// name or a demonym.
func sameCountryWord(x, y string) bool {
	cx := countryOfWord(x)
	return cx != "" && cx == countryOfWord(y)
}

func countryOfWord(w string) string {
	if c, ok := gazetteer.CountryByName(w); ok {
		return c.Code
	}
	if c, ok := gazetteer.Demonym(w); ok {
		return c
	}
	return ""
}
