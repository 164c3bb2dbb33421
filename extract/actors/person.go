package actors

import (
	"slices"
	"strings"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// isVerbLike reports whether a token looks like a finite verb or a past
// participle: a listed verb, or a lower-case word ending in -ed.
func isVerbLike(t *tok) bool {
	if t.class&wVerb != 0 {
		return true
	}
	if t.flags&tLower == 0 || len(t.lower) < 4 {
		return false
	}
	return strings.HasSuffix(t.lower, "ed") && !nonVerbEd[t.lower]
}

// persons adds the people the recognizer found, without the titles it may
// have left at their start and with the name words it may have left out
// ("Mykola" before "Hrytsenko", "el-Nur" after "Osman Hamid"), and the
// people a rank or title introduces that it missed ("Maj.-Gen. Enobong
// Udoh", "Inspector General of Police Khalid Mehmood Shinwari"). Names
// the text uses as places ("in El Obeid") are left out, everywhere.
func (f *finder) persons() {
	var places map[string]bool
	type span struct{ s, e int }
	var found []span
	for _, en := range f.ents {
		if en.label != "PERSON" {
			continue
		}
		s, e := en.s, en.e
		for s < e && (f.owner[s] >= 0 || f.toks[s].class&(wRank|wHonorific|wRole|wMod|wMilRank) != 0 && f.toks[s].isCap() && e-s > 1 || f.toks[s].flags&tPunct != 0) {
			s++
		}
		for e > s && (f.owner[e-1] >= 0 || f.toks[e-1].flags&(tPoss|tPunct) != 0) {
			e--
		}
		// A headline in capitals: "AS ENGLAND ..." starts with no name.
		for s < e && f.toks[s].flags&tCapsLine != 0 && f.toks[s].class&(wCommon|wVerb) != 0 {
			s++
		}
		// "Donald Hartley of Madison": a name ends before "of".
		for k := s + 1; k < e; k++ {
			if f.toks[k].lower == "of" {
				e = k
				break
			}
		}
		// "Divisional Officer Kwabena Asante-Mensah": titles inside.
		for k := e - 2; k > s; k-- {
			if t := &f.toks[k]; t.isCap() && t.class&(wRole|wRank|wMilRank) != 0 {
				s = k + 1
				break
			}
		}
		if s >= e || !f.free(s, e) {
			continue
		}
		if f.placeUse(s, e, true) {
			if places == nil {
				places = map[string]bool{}
			}
			places[f.nameKey(s, e)] = true
			continue
		}
		if f.facilityModifier(e) || f.partOfLongerName(s, e) || !f.personWorthy(s, e) || e-s == 1 && f.loneRegion(s) {
			continue
		}
		// Two names in a row are one ("Colonel Andrés" "Felipe Gómez Arbeláez").
		n := len(found)
		if n > 0 && found[n-1].e == s && f.toks[s-1].sent == f.toks[s].sent {
			s = found[n-1].s
			found = found[:n-1]
		} else if s > f.sentBegin(s) && f.unknownCap(s-1) &&
			(s-1 == f.sentBegin(s) && f.properNoun(s-1) || s-1 > f.sentBegin(s) && (!f.toks[s-2].isCap() || f.toks[s-2].class&(wRank|wMilRank|wHonorific|wRole) != 0)) &&
			(n == 0 || found[n-1].e < s-1) {
			// One given name the recognizer left out before the name
			// ("Mykola" in "Mykola Hrytsenko"), when nothing
			// capitalised but a title precedes it.
			s--
		}
		// Surnames and particles it left out after.
		for e < f.sentEnd(e-1) && f.unknownCap(e) {
			e++
		}
		e = f.extendParticles(e)
		found = append(found, span{s, e})
	}
	for _, sp := range found {
		if places[f.nameKey(sp.s, sp.e)] || !f.free(sp.s, sp.e) {
			continue
		}
		// Right after a name found before ("Abdikadir" "Hassan Farah"): one name.
		if sp.s > 0 && f.toks[sp.s-1].sent == f.toks[sp.s].sent {
			if o := f.owner[sp.s-1]; o >= 0 && f.ments[o].person && f.ments[o].e == sp.s {
				f.ments[o].e = sp.e
				for q := sp.s; q < sp.e; q++ {
					f.owner[q] = o
				}
				continue
			}
		}
		f.addMention(mention{s: sp.s, e: sp.e, cl: -1, person: true})
	}
	// People introduced by a rank or title.
	for i := 0; i < len(f.toks); i++ {
		t := &f.toks[i]
		if !t.isCap() || t.class&(wRank|wHonorific) == 0 || f.owner[i] >= 0 || f.inPerson(i) || !f.casedName(i) {
			continue
		}
		j := i
		for j < len(f.toks) && f.toks[j].sent == t.sent && f.toks[j].isCap() && f.toks[j].class&(wRank|wHonorific|wMilRank) != 0 && f.owner[j] < 0 {
			j++
		}
		// "Inspector General of Police Khalid ...", "Chief of Army Staff Tukur ..."
		if j < len(f.toks) && j > i && f.toks[j].lower == "of" {
			k := j + 1
			for k < len(f.toks) && k < j+4 && f.toks[k].isCap() && f.toks[k].class&(wOrgHead|wMod|wRole) != 0 {
				k++
			}
			if k > j+1 {
				j = k
			}
		}
		k := j
		for k < len(f.toks) && k < j+4 && f.rankedNameToken(k, t.sent) {
			k++
		}
		for k > j && !f.nameToken(k-1, t.sent) && f.toks[k-1].flags&tUpper == 0 {
			k-- // a name ends in a name word, not in a weekday
		}
		if k == j {
			if j > i {
				i = j - 1
			}
			continue
		}
		k = f.extendParticles(k)
		if k-j == 1 {
			// One word after a title: a surname ("General Buratai"),
			// unless it is a place or an acronym.
			if _, ok := f.dmStarting(j); ok || f.toks[j].flags&tUpper != 0 {
				i = k - 1
				continue
			}
		}
		if k < len(f.toks) && f.free(j, k) && f.toks[k].sent == t.sent {
			// "Major" "Abdikadir" + "Hassan Farah": the rest of the name
			// is a person already.
			if o := f.owner[k]; o >= 0 && f.ments[o].person && f.ments[o].s == k {
				f.ments[o].s = j
				for q := j; q < k; q++ {
					f.owner[q] = o
				}
				i = k - 1
				continue
			}
		}
		if f.free(j, k) && f.personWorthy(j, k) && !f.placeLike(j, k) && !places[f.nameKey(j, k)] {
			f.addMention(mention{s: j, e: k, cl: -1, person: true})
		}
		i = k - 1
	}
}

// properNoun reports whether the tagger takes token i, at the start of a
// sentence, for a proper noun ("Mykola Hrytsenko said" but "Follow Pam
// Key"). The sentence is tagged only when this is asked.
func (f *finder) properNoun(i int) bool {
	sent := f.toks[i].sent
	s := &f.doc.Sentences[sent]
	tags := ner.Tag(s.Tokens)
	k := i - f.sentStart[sent]
	return k < len(tags) && strings.HasPrefix(tags[k], "NNP")
}

// surnameInText reports whether a word is the last word of a person's name
// of two words or more that the recognizer found ("King" after "Billie Jean
// King").
func (f *finder) surnameInText(key string) bool {
	for _, en := range f.ents {
		if en.label == "PERSON" && en.e-en.s >= 2 && f.toks[en.e-1].key == key {
			return true
		}
	}
	return false
}

// loneRegion reports whether the single word at i, which the recognizer
// took for a person, is rather a country or a first-level division
// ("Alabama"): the gazetteer's best candidate for it is one, no rank or
// title comes before it, and no longer person's name holds it.
func (f *finder) loneRegion(i int) bool {
	if i > 0 && f.toks[i-1].class&(wRank|wHonorific|wRole) != 0 {
		return false
	}
	ps := gazetteer.Lookup(f.toks[i].text)
	if len(ps) == 0 || ps[0].Kind != gazetteer.KindAdmin1 && ps[0].Kind != gazetteer.KindCountry {
		return false
	}
	for _, en := range f.ents {
		if en.label != "PERSON" || en.e-en.s < 2 {
			continue
		}
		for k := en.s; k < en.e; k++ {
			if f.toks[k].key == f.toks[i].key {
				return false // "Michael Jordan", then "Jordan"
			}
		}
	}
	return true
}

// unknownCap reports whether token i is a capitalised word that no list
// knows and no rule or other entity has claimed: a likely part of a name.
func (f *finder) unknownCap(i int) bool {
	t := &f.toks[i]
	if t.flags&tCap == 0 || t.flags&tUpper != 0 || t.class != 0 || f.owner[i] >= 0 || t.flags&tDigit != 0 {
		return false
	}
	if k := f.entAt[i]; k > 0 && f.ents[k-1].label != "PERSON" {
		return false
	}
	if k := f.dmAt[i]; k > 0 {
		return false
	}
	if namedThingWords[t.lower] || geoWords[t.lower] || facilityWords[t.lower] {
		return false
	}
	if i := strings.IndexByte(t.text, '-'); i >= 0 && i+1 < len(t.text) && t.text[i+1] >= 'a' && t.text[i+1] <= 'z' {
		return false // "Brazilian-born"
	}
	return f.casedName(i)
}

// nameToken reports whether token k may be a word of a person's name.
func (f *finder) nameToken(k, sent int) bool {
	t := &f.toks[k]
	if t.sent != sent || f.owner[k] >= 0 {
		return false
	}
	if t.flags&tCap == 0 {
		return false
	}
	if t.class&(wCommon|wTime|wOrgHead|wRole|wRank|wNORP) != 0 {
		return false
	}
	if t.flags&tDigit != 0 {
		return false
	}
	if en := f.entAt[k]; en > 0 && f.ents[en-1].label != "PERSON" {
		return false
	}
	return true
}

// rankedNameToken is nameToken for the words after a rank, which are a
// name even when the recognizer labelled them otherwise ("Brig.-Gen. Texas
// Chukwu") or they look like other words: initials ("Rear Admiral OP
// Ozojiofor", "AT Jibrin") and weekdays used as given names ("Major
// General Sunday Idoko").
func (f *finder) rankedNameToken(k, sent int) bool {
	t := &f.toks[k]
	if t.sent != sent || f.owner[k] >= 0 || t.flags&tCap == 0 || t.flags&tDigit != 0 {
		return false
	}
	if _, ok := f.dmStarting(k); ok {
		return false
	}
	next := k+1 < len(f.toks) && f.toks[k+1].sent == sent && f.toks[k+1].isCap() && f.toks[k+1].class&(wCommon|wOrgHead|wRole|wRank) == 0
	if t.flags&tUpper != 0 && len(t.key) <= 3 && next {
		return true // initials
	}
	if t.class&wTime != 0 && t.class&wCommon == 0 && next {
		return true
	}
	if t.class&(wCommon|wTime|wOrgHead|wRole|wRank|wNORP) != 0 {
		return false
	}
	return true
}

// personWorthy filters person names: capitalised words, no digits, not a
// lone function word, country or ethnic word.
func (f *finder) personWorthy(s, e int) bool {
	for i := s; i < e; i++ {
		t := &f.toks[i]
		if t.flags&tDigit != 0 {
			return false
		}
		if t.flags&tLower != 0 && t.class&(wParticle|wConnector) == 0 && !particleJoined(t.text) {
			return false
		}
	}
	if !f.toks[s].isCap() {
		return false
	}
	// "Pro-Clinton", "Anti-Trump", "Ex-President": no names.
	if pre, _, ok := strings.Cut(f.toks[s].lower, "-"); ok {
		switch pre {
		case "pro", "anti", "ex", "non", "post", "pre", "neo":
			return false
		}
	}
	if f.toks[e-1].class&wOrgHead != 0 && f.toks[e-1].isCap() && e-s > 1 {
		return false
	}
	if e-s == 1 {
		t := &f.toks[s]
		if t.class&(wCommon|wTime|wNORP|wRole|wRank|wOrgHead) != 0 && !f.surnameInText(t.key) {
			return false
		}
		if t.class&(wCommon|wTime|wNORP) != 0 {
			return false
		}
		if m, ok := f.dmStarting(s); ok && m.e == e {
			return false // a country, capital, demonym or known group
		}
	}
	if m, ok := f.dmStarting(s); ok && m.e == e {
		for _, en := range m.entries {
			if en.kind == eCountry || en.kind == eGroup {
				return false
			}
		}
	}
	return true
}

// personKeys returns the keys of the name words of a person mention.
func (f *finder) personKeys(m *mention) []string {
	var out []string
	for i := m.s; i < m.e; i++ {
		if k := f.toks[i].key; k != "" {
			out = append(out, k)
		}
	}
	return out
}

// clusterPersons groups the person mentions: full names that are equal or
// one inside the other ("Tukur Buratai", "Yusuf Tukur Buratai") form one
// person; a single name joins the person whose name holds it, preferring
// the last one mentioned before it whose surname it is.
func (f *finder) clusterPersons() {
	var singles []int
	for k := range f.ments {
		m := &f.ments[k]
		if !m.person {
			continue
		}
		keys := f.personKeys(m)
		if len(keys) < 2 {
			singles = append(singles, k)
			continue
		}
		cl := -1
		for c := range f.cls {
			pc := &f.cls[c]
			if pc.kind != KindPerson {
				continue
			}
			if subseq(pc.tokens, keys) || subseq(keys, pc.tokens) {
				cl = c
				break
			}
		}
		if cl < 0 {
			cl = f.newCluster("", cluster{kind: KindPerson, group: -1})
		}
		pc := &f.cls[cl]
		if len(keys) > len(pc.tokens) {
			pc.tokens = keys
		}
		m.cl = cl
		pc.ments = append(pc.ments, k)
	}
	for _, k := range singles {
		m := &f.ments[k]
		key := f.toks[m.s].key
		cl := f.personFor(key, f.toks[m.s].start)
		if cl < 0 {
			cl = f.givenName(key)
		}
		if cl < 0 {
			// "Trump" throughout an article that never gives the full name.
			if c, ok := f.byKey["P|"+key]; ok {
				cl = c
			} else {
				cl = f.newCluster("P|"+key, cluster{kind: KindPerson, group: -1, tokens: []string{key}})
			}
		}
		m.cl = cl
		f.cls[cl].ments = append(f.cls[cl].ments, k)
	}
}

// surnameOrgs gives back to people the names the recognizer took for an
// organisation: a lone word right after a person's name ("John" "Kasich")
// or equal to a word of one ("Praeli" after "Lorella Praeli"), when no head
// noun, table or acronym makes it an organisation.
func (f *finder) surnameOrgs() {
	for pass := 0; pass < 2; pass++ {
		f.surnameOrgsPass(pass == 0)
	}
}

func (f *finder) surnameOrgsPass(adjacentOnly bool) {
	for k := range f.ments {
		m := &f.ments[k]
		if m.person || m.cl < 0 || m.e-m.s != 1 || m.acr || m.generic {
			continue
		}
		c := &f.cls[m.cl]
		if c.kind != KindOrganization || c.group >= 0 || f.toks[m.s].class&wOrgHead != 0 {
			continue
		}
		if m.s > 0 {
			if o := f.owner[m.s-1]; o >= 0 && f.ments[o].person && f.ments[o].e == m.s && f.toks[m.s-1].sent == f.toks[m.s].sent {
				// "John" "Kasich": one name.
				pm := &f.ments[o]
				pm.e = m.e
				f.owner[m.s] = o
				c.ments = slices.DeleteFunc(c.ments, func(x int) bool { return x == k })
				m.cl, m.e = -1, m.s
				if pc := &f.cls[pm.cl]; len(pc.tokens) < len(f.personKeys(pm)) {
					pc.tokens = f.personKeys(pm)
				}
				continue
			}
		}
		if adjacentOnly {
			continue
		}
		target := f.personFor(f.toks[m.s].key, f.toks[m.s].start)
		if target < 0 {
			continue
		}
		c.ments = slices.DeleteFunc(c.ments, func(x int) bool { return x == k })
		m.person = true
		m.cl = target
		f.cls[target].ments = append(f.cls[target].ments, k)
	}
}

// givenName returns the one person whose name begins with the word key
// ("Bernie" for "Bernie Sanders"), or -1 when none or several do.
func (f *finder) givenName(key string) int {
	found := -1
	for c := range f.cls {
		pc := &f.cls[c]
		if pc.kind != KindPerson || len(pc.tokens) < 2 || pc.tokens[0] != key {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = c
	}
	return found
}

// personFor returns the person cluster a single name word refers to, given
// where it appears: the last person named before it whose surname it is,
// else whose name holds it, else the first one named after it; -1 if none.
func (f *finder) personFor(key string, at int) int {
	bestLast, bestLastAt := -1, -1
	bestAny, bestAnyAt := -1, -1
	after, afterAt := -1, 1<<62
	for c := range f.cls {
		pc := &f.cls[c]
		if pc.kind != KindPerson || len(pc.tokens) < 2 {
			continue
		}
		pos := -1
		for i, t := range pc.tokens {
			if t == key {
				pos = i
			}
		}
		if pos <= 0 && !(pos == 0 && len(pc.tokens) == 1) {
			if pos != 0 {
				continue
			}
			// A given name alone rarely refers to a person in news; only
			// when nothing else fits (handled below by 'after').
		}
		first := 1 << 62
		prevAt := -1
		for _, mk := range pc.ments {
			st := f.toks[f.ments[mk].s].start
			if st < first {
				first = st
			}
			if st < at && st > prevAt {
				prevAt = st
			}
		}
		if pos <= 0 {
			continue
		}
		if prevAt >= 0 {
			if pos == len(pc.tokens)-1 && prevAt > bestLastAt {
				bestLast, bestLastAt = c, prevAt
			}
			if prevAt > bestAnyAt {
				bestAny, bestAnyAt = c, prevAt
			}
		} else if first < afterAt {
			after, afterAt = c, first
		}
	}
	switch {
	case bestLast >= 0:
		return bestLast
	case bestAny >= 0:
		return bestAny
	}
	return after
}

// subseq reports whether short appears in long as a run of whole words.
func subseq(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j := range short {
			if long[i+j] != short[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// rescanSurnames adds the mentions of people by a part of their name that
// the recognizer missed ("Bugti said").
func (f *finder) rescanSurnames() {
	want := map[string]bool{}
	for c := range f.cls {
		pc := &f.cls[c]
		if pc.kind != KindPerson || len(pc.tokens) < 2 {
			continue
		}
		for _, k := range pc.tokens[1:] {
			if len(k) >= 3 {
				want[k] = true
			}
		}
	}
	if len(want) == 0 {
		return
	}
	for i := range f.toks {
		t := &f.toks[i]
		if f.owner[i] >= 0 || t.flags&tCap == 0 || t.flags&tUpper != 0 && len(t.key) > 1 && t.flags&tCapsLine == 0 || !want[t.key] {
			continue
		}
		if t.class&(wCommon|wTime|wRole|wRank|wOrgHead|wNORP|wParticle) != 0 {
			continue
		}
		if t.flags&tCapsLine != 0 {
			continue
		}
		// Part of another name: a capitalised word next to it that is no title.
		if i+1 < len(f.toks) && f.toks[i+1].sent == t.sent && f.toks[i+1].nameLike() && f.toks[i+1].class&(wRole|wRank) == 0 {
			continue
		}
		if i > 0 && f.toks[i-1].sent == t.sent && f.toks[i-1].nameLike() && f.toks[i-1].class&(wRank|wRole|wHonorific|wMod) == 0 && f.toks[i-1].flags&tSentStart == 0 {
			continue
		}
		cl := f.personFor(t.key, t.start)
		if cl < 0 {
			continue
		}
		f.addMention(mention{s: i, e: i + 1, cl: cl, person: true})
	}
}

// personTitles reads each person's titles, affiliation and country from
// the words around their mentions.
func (f *finder) personTitles() {
	for k := range f.ments {
		m := f.ments[k]
		if !m.person || m.cl < 0 {
			continue
		}
		stop := f.preTitle(k)
		f.reverseApposition(k, stop)
		f.apposition(k)
	}
}

// addTitle adds a title to a person, once.
func (f *finder) addTitle(cl int, title string) {
	title = strings.TrimSpace(strings.Trim(title, ",;:"))
	if title == "" {
		return
	}
	c := &f.cls[cl]
	for _, t := range c.titles {
		if strings.EqualFold(t, title) {
			return
		}
	}
	c.titles = append(c.titles, title)
}

// setAffiliation sets a person's affiliation to a cluster (an
// organisation or force) or, with cl -1, to a country; the first found
// wins, except that an organisation beats a country.
func (f *finder) setAffiliation(pc, cl int, code string) {
	c := &f.cls[pc]
	if cl >= 0 {
		if c.affCl < 0 {
			c.affCl = cl
			c.affCode = ""
		}
		return
	}
	if code != "" && c.affCl < 0 && c.affCode == "" {
		c.affCode = code
	}
	if code != "" && c.country == "" {
		c.country, c.explicit = code, true
	}
}

// titleWord reports whether token i may be part of a title written before
// a name or in an apposition.
func (f *finder) titleWord(i int) bool {
	t := &f.toks[i]
	if t.flags&tLetter == 0 {
		return false
	}
	if t.class&(wRole|wRank|wMilRank|wMod|wHonorific) != 0 {
		return true
	}
	if t.isCap() && t.class&(wCommon|wTime|wVerb) == 0 {
		return true // "Mines Minister", "Zamfara State Police Command spokesman"
	}
	return false
}

// preTitle reads the title written before a person's name ("Pakistan's
// junior interior minister Talal Chaudhry", "Maj.-Gen. Enobong Udoh") and
// returns the index where it stopped reading.
func (f *finder) preTitle(k int) int {
	m := &f.ments[k]
	lo := f.sentBegin(m.s)
	i := m.s
	code := ""
	for i > lo && m.s-i < 14 {
		p := i - 1
		t := &f.toks[p]
		if o := f.owner[p]; o >= 0 {
			om := &f.ments[o]
			if om.person {
				break
			}
			c := &f.cls[om.cl]
			if c.kind == KindState {
				break
			}
			i = om.s // an organisation or force inside the title
			continue
		}
		if c, _, kind := f.countryEnding(p + 1); c != "" && kind != eCapital {
			code = c // "U.S. deputy chief of mission", "Pakistani Defence Minister"
			break
		}
		if t.lower == "of" && i < m.s && p > lo && f.titleWord(p-1) {
			i = p
			continue
		}
		if t.lower == "the" && p-1 > lo && f.toks[p-1].lower == "of" && f.titleWord(p-2) && i < m.s && f.owner[i] >= 0 {
			i = p - 1 // "Chief of Training and Operations of the Nigeria Army Major General ..."
			continue
		}
		if t.lower == "and" && i < m.s && p > lo && f.owner[p-1] < 0 && f.toks[p-1].class&(wRole|wMod|wRank|wMilRank) != 0 && f.toks[i].flags&tCap != 0 {
			i = p // "Chief of Training and Operations"
			continue
		}
		if !f.titleWord(p) || (t.flags&tSentStart != 0 && t.class&wCommon != 0) {
			break
		}
		i = p
	}
	// A possessive before the title: "Pakistan's", "the ministry's"; a
	// role's is part of the title ("President's office adviser").
	poss := -1
	if i > lo+1 && f.toks[i-1].flags&tPoss != 0 {
		if pt := &f.toks[i-2]; pt.isCap() && pt.class&(wRole|wRank) != 0 && f.owner[i-2] < 0 {
			i -= 2
		} else {
			poss = i - 2
		}
	}
	// Trim leading words that are neither title words nor part of a name
	// the title holds ("of" and "and" cannot start a title).
	for i < m.s && (f.toks[i].lower == "of" || f.toks[i].lower == "and" || f.toks[i].flags&tPunct != 0) {
		i++
	}
	if i >= m.s {
		if code != "" {
			f.setAffiliation(m.cl, -1, code)
		}
		return i
	}
	if !f.hasTitleHead(i, m.s) {
		return m.s
	}
	f.emitTitle(m.cl, i, m.s)
	if code != "" {
		f.setAffiliation(m.cl, -1, code)
	}
	if poss >= 0 {
		f.possessor(m.cl, poss)
	}
	return i
}

// hasTitleHead reports whether tokens [s, e) hold a role or a rank.
func (f *finder) hasTitleHead(s, e int) bool {
	for i := s; i < e; i++ {
		t := &f.toks[i]
		if t.class&(wRole|wRank|wMilRank) != 0 && t.class&wHonorific == 0 {
			if t.class&(wRole|wRank) == 0 && t.flags&tCap == 0 {
				continue
			}
			return true
		}
	}
	return false
}

// emitTitle turns the title words [s, e) into titles and an affiliation:
// a rank at the end is a title of its own ("Lieutenant Colonel"); an
// organisation's name at the start ("Zamfara State Police Command
// spokesman"), after "of" at the end ("... of the Nigeria Army") or
// trailing the role ("Commander 32 Brigade") is the affiliation and no
// part of the title; courtesy words (Mr, Mrs) are dropped. A force named
// by a common noun stays in the title ("Army spokesman").
func (f *finder) emitTitle(cl, s, e int) {
	for s < e && f.toks[s].class&wHonorific != 0 {
		s++
	}
	end := e
	for end > s && f.toks[end-1].class&wHonorific != 0 {
		end--
	}
	// The rank at the end.
	rank := end
	core := false
	for rank > s && f.toks[rank-1].class&wMilRank != 0 && (f.toks[rank-1].isCap() || strings.Contains(f.toks[rank-1].text, ".")) && f.owner[rank-1] < 0 {
		switch f.toks[rank-1].lower {
		case "deputy", "assistant", "senior", "chief", "officer", "staff", "master", "petty", "vice":
		default:
			core = true
		}
		rank--
	}
	if !core {
		rank = end
	}
	// An organisation at the start of the role.
	t0, r := s, rank
	if o := f.owner[s]; o >= 0 && !f.ments[o].person {
		om := &f.ments[o]
		f.setAffiliation(cl, om.cl, "")
		if !om.generic && om.e < r {
			t0 = om.e // "GNFS regional spokesman": the GNFS's regional spokesman
		}
	}
	// "... of the Nigeria Army" at the end.
	for q := t0 + 1; q < r; q++ {
		if f.toks[q].lower != "of" {
			continue
		}
		z := q + 1
		if z < r && f.toks[z].lower == "the" {
			z++
		}
		if o := f.owner[z]; z < r && o >= 0 && !f.ments[o].person && f.ments[o].e == r {
			f.setAffiliation(cl, f.ments[o].cl, "")
			r = q
			break
		}
	}
	// Units and organisations after the role: "General Officer Commanding
	// (GOC) 82 Division", "Commander 32 Brigade".
	re := r
	for re > t0 {
		q := re - 1
		if o := f.owner[q]; o >= 0 && !f.ments[o].person {
			if f.ments[o].generic {
				break
			}
			f.setAffiliation(cl, f.ments[o].cl, "")
			re = f.ments[o].s
			continue
		}
		if f.toks[q].flags&tDigit != 0 || f.toks[q].text == "," {
			re = q
			continue
		}
		break
	}
	if re > t0 && f.hasTitleHead(t0, re) {
		r = re
	}
	// Any other organisation in the role is the affiliation.
	for i := t0; i < r; i++ {
		if o := f.owner[i]; o >= 0 && !f.ments[o].person {
			f.setAffiliation(cl, f.ments[o].cl, "")
			break
		}
	}
	if t0 < r && (f.hasTitleHead(t0, r) || rank == end) {
		f.addTitle(cl, f.text(t0, r))
	}
	if rank < end {
		f.addTitle(cl, f.text(rank, end))
	}
}

// possessor sets the affiliation from a possessive before a title: a
// country ("Pakistan's"), an organisation named there, or one referred
// back to ("the ministry's", "its").
func (f *finder) possessor(cl, p int) {
	if o := f.owner[p]; o >= 0 {
		om := &f.ments[o]
		if !om.person {
			c := &f.cls[om.cl]
			if c.kind == KindState {
				f.setAffiliation(cl, -1, c.country)
			} else {
				f.setAffiliation(cl, om.cl, "")
			}
		}
		return
	}
	if code, _, kind := f.countryEnding(p + 1); code != "" && kind != eCapital {
		f.setAffiliation(cl, -1, code)
		return
	}
	if f.toks[p].flags&tLower != 0 {
		if o := f.referBack(p, f.toks[p].lower); o >= 0 {
			f.setAffiliation(cl, o, "")
		}
	}
}

// referBack resolves a definite description ("the network", "the group",
// "the ministry", "its") at token p to the organisation mentioned last
// before it whose name has that head word (any organisation for "group"
// and pronouns); -1 if none.
func (f *finder) referBack(p int, head string) int {
	any := head == "its" || head == "their" || head == "group" || head == "organisation" || head == "organization"
	generic := any || head == "agency" || head == "body" || head == "network" || head == "company" || head == "firm"
	lo := f.sentStart[max(0, f.toks[p].sent-3)]
	fallback := -1
	for i := p - 1; i >= lo; i-- {
		o := f.owner[i]
		if o < 0 {
			continue
		}
		om := &f.ments[o]
		if om.person || om.cl < 0 {
			continue
		}
		c := &f.cls[om.cl]
		if c.kind == KindState {
			continue
		}
		if any && (head != "group" || c.kind != KindSecurityForce) {
			return om.cl
		}
		for j := om.s; j < om.e; j++ {
			if f.toks[j].lower == head {
				return om.cl
			}
		}
		if generic && fallback < 0 && c.kind != KindSecurityForce {
			fallback = om.cl
		}
		i = om.s
	}
	return fallback
}

// reverseApposition reads a title that comes before a name and a comma:
// "Its spokesman, Rahmat Hidayat Nugroho", "the Chief of Army Staff, Lt.
// Gen. Tukur Buratai", "The General Officer Commanding 3rd Armoured
// Division, Jos, Major General Sunday Idoko" (a short segment without a
// role between is skipped). stop is where the title before the name
// began.
func (f *finder) reverseApposition(k, stop int) {
	m := &f.ments[k]
	lo := f.sentBegin(m.s)
	if stop <= lo+1 || f.toks[stop-1].text != "," {
		return
	}
	e := stop - 1
	for try := 0; try < 3; try++ {
		i, ok := f.titleBefore(e, lo)
		if !ok {
			return
		}
		if i < e && f.hasTitleHead(i, e) {
			if f.leftEdge(i, lo) {
				f.emitReverse(m.cl, i, e, lo)
			}
			return
		}
		// Skip a segment that names a place or a unit ("Jos", "7 Division").
		if i > lo+1 && i < e && e-i <= 5 && f.toks[i-1].text == "," {
			e = i - 1
			continue
		}
		return
	}
}

// titleBefore walks left from the comma at e over the words of a title and
// returns where they begin; ok is false when a person's name is in the way.
func (f *finder) titleBefore(e, lo int) (int, bool) {
	i := e
	for i > lo && e-i < 12 {
		p := i - 1
		t := &f.toks[p]
		if o := f.owner[p]; o >= 0 {
			om := &f.ments[o]
			if om.person {
				return i, false
			}
			i = om.s
			continue
		}
		if t.lower == "of" || t.lower == "the" && p > lo && f.toks[p-1].lower == "of" {
			i = p
			continue
		}
		if t.text == "(" || t.text == ")" || t.flags&tDigit != 0 && t.flags&tPunct == 0 {
			i = p // "(GOC)", "82 Division", "3rd Armoured Division"
			continue
		}
		if t.lower == "and" && p > lo && f.titleWord(p-1) && i < e {
			i = p // "the Purworejo search and rescue office"
			continue
		}
		if !f.titleWord(p) || (t.flags&tSentStart != 0 && t.class&wCommon != 0) {
			break
		}
		if c, _, _ := f.countryEnding(p + 1); c != "" {
			break
		}
		i = p
	}
	for i < e && (f.toks[i].class&wHonorific != 0 || f.toks[i].lower == "of" || f.toks[i].text == ")") {
		i++
	}
	return i, true
}

// leftEdge reports whether a title in reverse apposition starts at a
// proper boundary: a determiner, a possessive, a preposition of
// attribution, or the sentence start.
func (f *finder) leftEdge(i, lo int) bool {
	if i <= lo {
		return true
	}
	prev := &f.toks[i-1]
	switch {
	case prev.class&wDet != 0, prev.flags&tPoss != 0:
		return true
	}
	switch prev.lower {
	case "by", "to", "from", "with", "said", ":", ",", "—", "–", "as", "and", "while", "also", "meanwhile":
		return true
	}
	return false
}

// emitReverse records the title [i, e) of a reverse apposition, with the
// affiliation an "of the X" in it or a possessive before it gives.
func (f *finder) emitReverse(cl, i, e, lo int) {
	te := e
	for j := i + 1; j < e; j++ {
		if f.toks[j].lower == "of" && j+1 < e && (f.toks[j+1].lower == "the" || f.owner[j+1] >= 0) {
			for q := j + 1; q < e; q++ {
				if o := f.owner[q]; o >= 0 && !f.ments[o].person {
					f.setAffiliation(cl, f.ments[o].cl, "")
					break
				}
			}
			te = j
			break
		}
	}
	f.emitTitle(cl, i, te)
	if i > lo {
		prev := &f.toks[i-1]
		switch {
		case prev.flags&tPoss != 0 && i >= lo+2:
			f.possessor(cl, i-2)
		case prev.lower == "its" || prev.lower == "their":
			if o := f.referBack(i-1, prev.lower); o >= 0 {
				f.setAffiliation(cl, o, "")
			}
		}
	}
}

// apposition reads a title after a name and a comma: "Natalie Baker, the
// U.S. deputy chief of mission", "Khalid Abdelrahim, a spokesman for the
// network", "Fernando Muianga, a 38-year-old teacher in Quelimane".
func (f *finder) apposition(k int) {
	m := &f.ments[k]
	hi := f.sentEnd(m.s)
	i := m.e
	if i >= hi {
		return
	}
	switch f.toks[i].lower {
	case ",":
	case "is", "was", "becomes", "became", "remains":
		// "Major-General Moses Obi is the new Chief of Operations".
		if i+1 >= hi || f.toks[i+1].class&wDet == 0 && f.toks[i+1].lower != "now" {
			return
		}
	default:
		return
	}
	i++
	for i < hi {
		switch f.toks[i].lower {
		case "formerly", "now", "currently", "also", "until", "recently":
			i++
			continue
		}
		break
	}
	// Skip an age: "Sri Wahyuni, 45, said".
	if i < hi && f.toks[i].flags&tDigit != 0 && f.toks[i].flags&tLetter == 0 {
		return
	}
	det := false
	if i < hi && f.toks[i].class&wDet != 0 {
		det = true
		i++
	}
	code := ""
	// A possessive: "the department's health secretary", "the U.S.".
	if i < hi {
		if c, ce, kind := f.countryAt(i); c != "" && kind != eCapital {
			code = c
			i = ce
			if i < hi && f.toks[i].flags&tPoss != 0 {
				i++
			}
		} else if i+1 < hi && f.toks[i+1].flags&tPoss != 0 && f.toks[i].flags&tLower != 0 {
			if o := f.referBack(i, f.toks[i].lower); o >= 0 {
				f.setAffiliation(m.cl, o, "")
			}
			i += 2
		}
	}
	// Skip ages and numbers: "a 38-year-old teacher".
	for i < hi && (f.toks[i].flags&tDigit != 0 || strings.HasSuffix(f.toks[i].lower, "-old")) {
		i++
	}
	s := i
	for i < hi {
		t := &f.toks[i]
		if t.lower == "of" && i > s && i+1 < hi && f.toks[i+1].class&wDet == 0 && f.owner[i+1] < 0 && f.toks[i+1].flags&tLower != 0 {
			i++ // "chief of mission"
			continue
		}
		if t.lower == "of" && i > s && i+1 < hi && f.toks[i+1].isCap() && f.owner[i+1] < 0 && f.toks[i+1].class&wOrgHead == 0 {
			i++ // "Chief of Army Staff"
			continue
		}
		if f.owner[i] >= 0 {
			om := &f.ments[f.owner[i]]
			if om.person || f.cls[om.cl].kind == KindState {
				break
			}
			// "the Zamfara State Police Command spokesman" is fine; an
			// organisation ending the apposition is the affiliation.
			f.setAffiliation(m.cl, om.cl, "")
			i = om.e
			continue
		}
		if !f.titleWord(i) || isVerbLike(t) && t.class&(wRole|wMod) == 0 || (t.flags&tLower != 0 && t.class&(wRole|wMod) == 0) {
			break
		}
		i++
	}
	e := i
	for e > s && (f.toks[e-1].lower == "of" || f.toks[e-1].flags&tPunct != 0) {
		e--
	}
	if e <= s || !f.hasTitleHead(s, e) {
		return
	}
	// The apposition must end the phrase: a comma, a full stop, a
	// relative pronoun, a verb, or a preposition that names where or for
	// whom.
	if e < hi {
		nx := &f.toks[e]
		switch {
		case nx.flags&tPunct != 0, nx.lower == "who", nx.lower == "which", nx.lower == "and", isVerbLike(nx), nx.class&wPrep != 0, nx.flags&tDigit != 0:
		default:
			if !det {
				return
			}
		}
		if nx.lower == "for" || nx.lower == "of" || nx.lower == "at" || nx.lower == "with" {
			f.affiliationAfter(m.cl, e+1, hi)
		}
	}
	if !det && code == "" && s == m.e+1 {
		// "Bugti, Chaudhry and Asif": no determiner, a capitalised list.
		if f.toks[s].isCap() && f.toks[s].class&(wRole|wRank) == 0 {
			return
		}
	}
	f.emitTitle(m.cl, s, e)
	if code != "" {
		f.setAffiliation(m.cl, -1, code)
	}
}

// affiliationAfter sets the affiliation from the words after "for", "of"
// or "at" in an apposition: an organisation named there, or one referred
// back to ("for the network").
func (f *finder) affiliationAfter(cl, i, hi int) {
	if i < hi && f.toks[i].lower == "the" {
		i++
	}
	if i >= hi {
		return
	}
	// "the highway police": an organisation a word or two further.
	for j := i; j < hi && j < i+3; j++ {
		if f.owner[j] >= 0 {
			i = j
			break
		}
		if f.toks[j].flags&tLower == 0 || f.toks[j].class&(wPrep|wVerb) != 0 {
			break
		}
	}
	if o := f.owner[i]; o >= 0 && !f.ments[o].person {
		om := &f.ments[o]
		c := &f.cls[om.cl]
		if c.kind == KindState {
			f.setAffiliation(cl, -1, c.country)
		} else {
			f.setAffiliation(cl, om.cl, "")
		}
		return
	}
	if c, _, kind := f.countryAt(i); c != "" && kind == eCountry {
		f.setAffiliation(cl, -1, c)
		return
	}
	t := &f.toks[i]
	if t.flags&tLower != 0 && t.class&wOrgHead != 0 {
		if o := f.referBack(i, t.lower); o >= 0 {
			f.setAffiliation(cl, o, "")
		}
	}
}
