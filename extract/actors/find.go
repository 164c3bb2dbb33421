package actors

import (
	"slices"
	"strings"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// mention is one span of tokens that names an actor.
type mention struct {
	s, e    int // tokens, half-open
	cl      int // cluster index, -1 until clustered
	person  bool
	generic bool // a common noun ("the army", "police")
	acr     bool // an acronym
}

// cluster is one actor under construction.
type cluster struct {
	kind      string
	group     int    // index into knownGroups, or -1
	country   string // ISO code, "" when unknown
	explicit  bool   // the country comes from the text, not from the article's main country
	forceType string // for security forces named by a common noun or merged with one
	fixedName string // a name that is not a mention's text (states, generic forces)
	titles    []string
	affCl     int    // affiliation: a cluster, or -1
	affCode   string // affiliation: a country, when affCl is -1
	ments     []int
	acronyms  []string
	tokens    []string // person: the key of each name token
	merged    int      // the cluster this one was merged into, or -1
	named     bool     // security force with a proper name
	facility  bool     // a building or site ("Madina Hospital"): kept only when it acts or employs someone
}

// espan is an entity of the recognizer, in tokens.
type espan struct {
	s, e  int
	label string
}

// finder holds the state of one Find call.
type finder struct {
	doc       *nlp.Doc
	d         *dictionary
	toks      []tok
	sentStart []int
	owner     []int32 // index of the mention that owns each token, -1 for none
	ents      []espan
	entAt     []int16 // index+1 of the entity each token is in, 0 for none
	dm        []dmatch
	dmAt      []int16 // index+1 of the dictionary match each token is in
	titleLine []bool  // sentence written in title case (a headline)
	ments     []mention
	cls       []cluster
	byKey     map[string]int
	acr       map[string]int // acronym defined in the text -> cluster
	dominant  string         // the article's main country, "" when none stands out
	domStrong bool           // dominant is set
	buf       []byte
}

func newFinder(doc *nlp.Doc, ents []ner.Entity) *finder {
	f := &finder{doc: doc, d: getDict()}
	f.toks, f.sentStart = tokens(doc)
	n := len(f.toks)
	f.owner = make([]int32, n)
	for i := range f.owner {
		f.owner[i] = -1
	}
	f.entAt = make([]int16, n)
	for _, e := range ents {
		s, en, ok := tokenRange(f.toks, e.Start, e.End)
		if !ok || len(f.ents) >= 1<<15-1 {
			continue
		}
		f.ents = append(f.ents, espan{s: s, e: en, label: e.Label})
		for i := s; i < en; i++ {
			f.entAt[i] = int16(len(f.ents))
		}
	}
	f.buf = make([]byte, 0, 64)
	f.dm = f.d.scanDict(f.toks, f.buf, nil)
	f.dmAt = make([]int16, n)
	for k, m := range f.dm {
		if k >= 1<<15-1 {
			break
		}
		for i := m.s; i < m.e; i++ {
			f.dmAt[i] = int16(k + 1)
		}
	}
	f.ments = make([]mention, 0, 64)
	f.cls = make([]cluster, 0, 32)
	f.byKey = map[string]int{}
	f.acr = map[string]int{}
	f.markTitleLines()
	return f
}

func (f *finder) run() {
	f.findDominant()
	defs := f.parenDefs()
	f.tableGroups(defs)
	f.chunkOrgs()
	f.lowerHeadOrgs()
	f.nerOrgs(defs)
	f.resolveDefs(defs)
	f.rescanOrgs()
	f.persons()
	f.cuePersons()
	f.clusterPersons()
	f.surnameOrgs()
	f.rescanSurnames()
	f.forces()
	f.states()
	f.personTitles()
	f.mergeOrgVariants()
	f.mergeForces()
}

// text returns the text of tokens [s, e).
func (f *finder) text(s, e int) string {
	if s >= e {
		return ""
	}
	return f.doc.Slice(f.toks[s].start, f.toks[e-1].end)
}

// free reports whether no mention owns any of the tokens [s, e).
func (f *finder) free(s, e int) bool {
	for i := s; i < e; i++ {
		if f.owner[i] >= 0 {
			return false
		}
	}
	return true
}

// addMention records a mention and makes it own its tokens.
func (f *finder) addMention(m mention) int {
	k := len(f.ments)
	f.ments = append(f.ments, m)
	for i := m.s; i < m.e; i++ {
		f.owner[i] = int32(k)
	}
	if m.cl >= 0 {
		f.cls[m.cl].ments = append(f.cls[m.cl].ments, k)
	}
	return k
}

// newCluster adds a cluster and files it under key (unless key is "").
// orgCluster returns the cluster of the organisation named by tokens
// [s, e), making it on first sight: kind from the name, country from the
// name or, for a government body, the article's dominant country. With
// facilities, a name that is a building or site ("Al-Shifa Hospital") is
// marked as one.
func (f *finder) orgCluster(s, e int, facilities bool) int {
	key := "O|" + f.nameKey(s, e)
	if cl, ok := f.byKey[key]; ok {
		return cl
	}
	kind, ftype := f.kindOfName(s, e)
	code, explicit := f.countryInName(s, e)
	if !explicit && f.governmental(s, e) {
		code = f.dominant
	}
	c := cluster{kind: kind, group: -1, country: code, explicit: explicit, forceType: ftype, named: true}
	if facilities {
		c.facility = f.facilityName(s, e)
	}
	return f.newCluster(key, c)
}

func (f *finder) newCluster(key string, c cluster) int {
	c.merged = -1
	if c.affCl == 0 && c.affCode == "" {
		c.affCl = -1
	}
	k := len(f.cls)
	f.cls = append(f.cls, c)
	if key != "" {
		f.byKey[key] = k
	}
	return k
}

// root follows merges to the cluster that absorbed c.
func (f *finder) root(c int) int {
	for c >= 0 && f.cls[c].merged >= 0 {
		c = f.cls[c].merged
	}
	return c
}

// sentEnd returns the index after the last token of the sentence of token i.
func (f *finder) sentEnd(i int) int { return f.sentStart[f.toks[i].sent+1] }

// sentBegin returns the index of the first token of the sentence of token i.
func (f *finder) sentBegin(i int) int { return f.sentStart[f.toks[i].sent] }

// markTitleLines flags the sentences written in title case, where
// capitals say nothing about names ("Military Recaptures Bama As More
// Insurgents Are Killed").
func (f *finder) markTitleLines() {
	f.titleLine = make([]bool, len(f.doc.Sentences))
	for si := range f.doc.Sentences {
		capFn, words, capWords := 0, 0, 0
		for i := f.sentStart[si]; i < f.sentStart[si+1]; i++ {
			t := &f.toks[i]
			if t.flags&tLetter == 0 {
				continue
			}
			words++
			if t.flags&tCap != 0 {
				capWords++
				if t.flags&tSentStart == 0 && t.class&(wPrep|wDet) != 0 && i > 0 && !opener(f.toks[i-1].text) {
					capFn++
				}
			}
		}
		titleCase := capFn >= 2 || capFn >= 1 && capWords*10 >= words*6
		allCaps := words >= 3 && capWords == words && f.toks[f.sentStart[si]].flags&tCapsLine == 0
		if titleCase || allCaps {
			f.titleLine[si] = true
		}
	}
}

// opener reports whether a token opens a quotation or parenthesis, or ends
// a clause, after which a capital is expected.
func opener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-", "|":
		return true
	}
	return false
}

// casedName reports whether capitals in token i's sentence mark names.
func (f *finder) casedName(i int) bool {
	t := &f.toks[i]
	return t.flags&tCapsLine == 0 && !f.titleLine[t.sent]
}

// dmStarting returns the dictionary match that token i starts, if any.
func (f *finder) dmStarting(i int) (dmatch, bool) {
	if k := f.dmAt[i]; k > 0 {
		m := f.dm[k-1]
		if m.s == i {
			return m, true
		}
	}
	return dmatch{}, false
}

// countryAt returns the country that the dictionary match starting at i
// names or whose demonym or capital it is, the match's end, and its kind.
func (f *finder) countryAt(i int) (code string, end int, kind entryKind) {
	m, ok := f.dmStarting(i)
	if !ok {
		return "", 0, 0
	}
	for _, want := range []entryKind{eCountry, eDemonym, eCapital} {
		for _, e := range m.entries {
			if e.kind == want {
				return e.code, m.e, want
			}
		}
	}
	return "", 0, 0
}

// countryEnding returns the country named by a dictionary match that ends
// at token e (exclusive), with its start.
func (f *finder) countryEnding(e int) (code string, start int, kind entryKind) {
	if e <= 0 {
		return "", 0, 0
	}
	k := f.dmAt[e-1]
	if k == 0 {
		return "", 0, 0
	}
	m := f.dm[k-1]
	if m.e != e {
		return "", 0, 0
	}
	c, _, kd := f.countryAt(m.s)
	return c, m.s, kd
}

// findDominant chooses the article's main country: the one its dateline
// names or whose names, demonyms and capital it mentions most.
func (f *finder) findDominant() {
	var codes []string
	var counts []int
	add := func(code string, n int) {
		for i, c := range codes {
			if c == code {
				counts[i] += n
				return
			}
		}
		codes = append(codes, code)
		counts = append(counts, n)
	}
	for _, m := range f.dm {
		for _, e := range m.entries {
			if e.kind == eCountry || e.kind == eDemonym || e.kind == eCapital {
				add(e.code, 1)
				break
			}
		}
	}
	dateline := f.datelineCountry()
	if dateline != "" {
		add(dateline, 3)
	}
	best, bestN := "", 0
	for i, c := range codes {
		if counts[i] > bestN {
			best, bestN = c, counts[i]
		}
	}
	if dateline != "" && best == dateline && bestN-3 <= 1 {
		// a bureau's dateline ("BANGKOK -" on a story about Myanmar): a
		// country the text names twice or more, when the dateline's is
		// named nowhere else
		other, otherN := "", 1
		for i, c := range codes {
			if c != dateline && counts[i] > otherN {
				other, otherN = c, counts[i]
			}
		}
		if other != "" {
			best, bestN = other, otherN
		}
	}
	// One passing mention makes no main country.
	if bestN >= 2 || dateline != "" && best == dateline {
		f.dominant = best
		f.domStrong = true
	}
}

// datelineCountry returns the country of a dateline ("QUETTA, Pakistan —",
// "MILWAUKEE —") in the first lines of the article.
func (f *finder) datelineCountry() string {
	for si := 0; si < len(f.doc.Sentences) && si < 3; si++ {
		s, e := f.sentStart[si], f.sentStart[si+1]
		j := s
		for j < e && f.toks[j].flags&tUpper != 0 {
			j++
		}
		if j == s || j >= e {
			continue
		}
		switch f.toks[j].text {
		case ",", "—", "–", "-", "(":
		default:
			continue
		}
		if f.toks[j].text == "," && j+1 < e {
			if code, _, kind := f.countryAt(j + 1); code != "" && kind == eCountry {
				return code
			}
		}
		if ps := gazetteer.Lookup(f.text(s, j)); len(ps) > 0 && ps[0].Country != "" {
			return ps[0].Country
		}
	}
	return ""
}

// parenDef is a parenthesis right after a name: "(BLA)", "(Defensa Civil)".
type parenDef struct {
	open, s, e int // "(" and the tokens inside
}

// parenDefs finds the parentheses that may define an acronym or another
// name for what comes before them.
func (f *finder) parenDefs() []parenDef {
	var out []parenDef
	for i := 1; i+2 < len(f.toks); i++ {
		if f.toks[i].text != "(" || f.toks[i-1].sent != f.toks[i].sent {
			continue
		}
		j := i + 1
		for j < len(f.toks) && j < i+6 && f.toks[j].text != ")" && f.toks[j].sent == f.toks[i].sent {
			j++
		}
		if j >= len(f.toks) || f.toks[j].text != ")" || j == i+1 {
			continue
		}
		ok := true
		for k := i + 1; k < j; k++ {
			t := &f.toks[k]
			if t.flags&tCap == 0 && t.class&wConnector == 0 && !joinerTok(t.text) {
				ok = false
				break
			}
		}
		if ok && f.toks[i+1].flags&tCap != 0 {
			out = append(out, parenDef{open: i, s: i + 1, e: j})
		}
	}
	return out
}

// tableGroups marks the known groups of the table.
func (f *finder) tableGroups(defs []parenDef) {
	for _, m := range f.dm {
		g := -1
		acr := false
		for _, e := range m.entries {
			if e.kind == eGroup {
				g = e.group
				acr = e.exact != ""
				break
			}
		}
		if g < 0 || !f.free(m.s, m.e) {
			continue
		}
		if acr && f.definedElsewhere(defs, m.s, g) {
			continue
		}
		end := m.e
		kg := &knownGroups[g]
		// "African Union Support and Stabilisation Mission": a longer name
		// that begins with a known one is another body.
		if kg.kind == KindOrganization && end < len(f.toks) && f.toks[end].sent == f.toks[m.s].sent &&
			f.toks[end].nameLike() && f.casedName(m.s) && (!acr || f.headAhead(end, f.sentEnd(end))) {
			if code, _, kind := f.countryAt(end); code == "" || kind != eCountry {
				continue
			}
		}
		// "Amnesty International Kenya": a branch named after its country.
		if kg.kind == KindOrganization && !acr && end < len(f.toks) {
			if code, ce, kind := f.countryAt(end); code != "" && kind == eCountry && f.toks[end].sent == f.toks[m.s].sent {
				end = ce
			}
		}
		key := "G|" + kg.name
		cl, ok := f.byKey[key]
		if !ok {
			cl = f.newCluster(key, cluster{kind: kg.kind, group: g, country: kg.country, explicit: kg.country != "", named: true})
		}
		if acr {
			f.addAcronym(cl, f.toks[m.s].text)
		}
		f.addMention(mention{s: m.s, e: end, cl: cl, acr: acr})
	}
}

// definedElsewhere reports whether the acronym at token i is defined in the
// text for something other than group g.
func (f *finder) definedElsewhere(defs []parenDef, i, g int) bool {
	text := f.toks[i].text
	for _, d := range defs {
		if d.e-d.s != 1 || f.toks[d.s].text != text {
			continue
		}
		// The definition's antecedent ends right before the parenthesis.
		if k := f.dmAt[d.open-1]; k > 0 {
			for _, e := range f.dm[k-1].entries {
				if e.kind == eGroup && e.group == g {
					return false
				}
			}
		}
		return true
	}
	return false
}

func (f *finder) addAcronym(cl int, a string) {
	c := &f.cls[cl]
	for _, x := range c.acronyms {
		if x == a {
			return
		}
	}
	c.acronyms = append(c.acronyms, a)
	if _, ok := f.acr[a]; !ok {
		f.acr[a] = cl
	}
}

// inPerson reports whether token i lies in an entity the recognizer
// labelled PERSON.
func (f *finder) inPerson(i int) bool {
	k := f.entAt[i]
	return k > 0 && f.ents[k-1].label == "PERSON"
}

// chunkOrgs finds organisations by the head noun of their name: runs of
// capitalised words such as "Zamfara State Police Command", "Ministry of
// Interior and National Administration" or "National Search and Rescue
// Agency".
func (f *finder) chunkOrgs() {
	for si := range f.doc.Sentences {
		s, e := f.sentStart[si], f.sentStart[si+1]
		if s == e || !f.casedName(s) {
			continue
		}
		for i := s; i < e; {
			if f.numberedUnit(i, e) {
				i++
				continue
			}
			if !f.chunkStart(i) {
				i++
				continue
			}
			j, heads := f.chunkEnd(i, e)
			if len(heads) == 0 {
				i = max(j, i+1)
				continue
			}
			f.orgFromChunk(i, j, heads)
			if j <= i {
				j = i + 1
			}
			i = j
		}
	}
}

// numberedUnit makes a security force of a numbered unit starting at
// token i: "82 Division", "3rd Armoured Division", "21 Brigade", "145
// Task Force Battalion". It reports whether it made one.
func (f *finder) numberedUnit(i, e int) bool {
	t := &f.toks[i]
	if t.flags&tDigit == 0 || t.flags&tPunct != 0 || i+1 >= e || !f.toks[i+1].isCap() || f.owner[i] >= 0 {
		return false
	}
	if t.flags&tLetter != 0 && !ordinal(t.lower) {
		return false
	}
	j, heads := f.chunkEnd(i+1, e)
	if len(heads) == 0 || j-i > 6 {
		return false
	}
	last := heads[len(heads)-1]
	switch f.toks[last].lower {
	case "division", "brigade", "battalion", "regiment", "corps", "squadron", "command", "force", "wing", "fleet", "army":
	default:
		return false
	}
	end := last + 1
	key := "O|" + f.nameKey(i, end)
	cl, ok := f.byKey[key]
	if !ok {
		code := f.dominant
		if c, ex := f.countryInName(i, end); ex {
			code = c
		}
		cl = f.newCluster(key, cluster{kind: KindSecurityForce, group: -1, country: code, named: true})
	}
	f.addMention(mention{s: i, e: end, cl: cl})
	return true
}

// companySuffix reports whether a head noun ends a company's name ("Kia
// Motor Corp"), after which "of South Korea" is no part of the name.
func companySuffix(w string) bool {
	switch w {
	case "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "llc", "gmbh", "holdings", "company", "corporation", "group":
		return true
	}
	return false
}

// basedWord reports whether a capitalised word ends in a lower-case part
// after a hyphen: "Ohio-based", "Islamabad-based", "U.S.-led".
func basedWord(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && w[0] >= 'A' && w[0] <= 'Z'
}

// ordinal reports whether a word is an ordinal number: "3rd", "81st".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		for _, c := range w[:n-2] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

func (f *finder) chunkStart(i int) bool {
	t := &f.toks[i]
	if !t.nameLike() || f.owner[i] >= 0 || basedWord(t.text) {
		return false
	}
	if f.inPerson(i) && !f.personIsOrg(i) {
		return false
	}
	return true
}

// personIsOrg reports whether the PERSON entity at token i ends in an
// organisation's head noun, in which case it is no person.
func (f *finder) personIsOrg(i int) bool {
	k := f.entAt[i]
	if k == 0 {
		return false
	}
	en := f.ents[k-1]
	last := &f.toks[en.e-1]
	return last.class&wOrgHead != 0 && last.isCap() && en.e-en.s >= 2
}

// chunkEnd returns the end of the run of name words starting at i, and the
// positions of the organisation head nouns in it.
func (f *finder) chunkEnd(i, e int) (int, []int) {
	var heads []int
	inCompl := false
	j := i
	for j < e {
		t := &f.toks[j]
		if f.owner[j] >= 0 || (f.inPerson(j) && !f.personIsOrg(j)) {
			break
		}
		if t.class&wTime != 0 && t.flags&tSentStart == 0 {
			break // "National Tennis Centre on Friday"
		}
		if j > i && f.toks[j-1].class&wOrgHead != 0 && f.toks[j-1].isCap() {
			if code, _, _ := f.countryAt(j); code != "" {
				break // "82 Division Nigerian Army" is two names
			}
		}
		if basedWord(t.text) {
			break // "Ohio-based": a place's adjective, no part of the name
		}
		if t.isCap() && t.flags&tLetter != 0 {
			if t.class&wOrgHead != 0 {
				heads = append(heads, j)
			}
			j++
			continue
		}
		lw := t.lower
		nxt := j + 1
		if (lw == "of" || lw == "for" || lw == "on") && nxt < e && f.toks[nxt].lower == "the" {
			nxt++ // "Office of the Prime Minister"
		}
		if nxt >= e || !f.toks[nxt].isCap() || f.owner[nxt] >= 0 {
			break
		}
		ok := false
		switch {
		case lw == "of" || lw == "for" || lw == "on":
			if len(heads) > 0 {
				ok, inCompl = true, true
			}
		case lw == "the":
			if j > i && (f.toks[j-1].lower == "of" || f.toks[j-1].lower == "for" || f.toks[j-1].lower == "on") {
				ok = true
			}
		case lw == "and" || lw == "&":
			// "Search and Rescue Agency", "Support and Stabilisation
			// Mission", "Ministry of Interior and National
			// Administration"; but "Army and Frontier Corps" are two.
			ok = inCompl || (f.toks[j-1].class&wOrgHead == 0 && f.headAhead(j+1, e))
		case t.flags&tPoss != 0:
			prev := &f.toks[j-1]
			ok = prev.class&wPluralOwner != 0 || f.toks[j+1].lower == "office" ||
				f.entAt[j] > 0 && f.entAt[j] == f.entAt[j-1] && f.entAt[j] == f.entAt[j+1] && f.ents[f.entAt[j]-1].label == "ORG"
		case lw == ",":
			ok = inCompl && f.listCloses(j+1, e)
		case t.class&wConnector != 0 && t.flags&tLower != 0:
			ok = true // "des", "de", "al"
		}
		if !ok {
			break
		}
		j++
	}
	// A connector never ends a chunk.
	for j > i && !f.toks[j-1].isCap() {
		j--
	}
	for len(heads) > 0 && heads[len(heads)-1] >= j {
		heads = heads[:len(heads)-1]
	}
	return j, heads
}

// headAhead reports whether a head noun follows in the run of capitalised
// words starting at i.
func (f *finder) headAhead(i, e int) bool {
	for ; i < e && f.toks[i].isCap(); i++ {
		if f.toks[i].class&wOrgHead != 0 {
			return true
		}
	}
	return false
}

// listCloses reports whether a comma at i-1 continues a list of
// capitalised words that "and" closes: "Ministry of Mines, Industry and
// Technological Development".
func (f *finder) listCloses(i, e int) bool {
	for ; i < e; i++ {
		t := &f.toks[i]
		if t.isCap() {
			continue
		}
		if t.lower == "," {
			continue
		}
		return t.lower == "and" && i+1 < e && f.toks[i+1].isCap()
	}
	return false
}

// orgFromChunk makes an organisation of the chunk [s, e) whose head nouns
// are at heads.
func (f *finder) orgFromChunk(s, e int, heads []int) {
	last := heads[len(heads)-1]
	end := last + 1
	// Keep a complement that follows the head: "Ministry of Health",
	// "Bank of England"; but "Kia Motor Corp of South Korea" ends before
	// the country.
	if end < e {
		lw := f.toks[end].lower
		if lw == "of" || lw == "for" || lw == "on" {
			c := end + 1
			if c < e && f.toks[c].lower == "the" {
				c++
			}
			code, ce, _ := f.countryAt(c)
			if !(code != "" && ce == e && companySuffix(f.toks[last].lower)) {
				end = e
			}
		}
	}
	// Drop a leading "The" and title words before the name proper.
	for s < end && (f.toks[s].lower == "the" || (f.toks[s].class&(wRole|wRank) != 0 && f.toks[s].class&wOrgHead == 0 && s < heads[0])) {
		s++
	}
	if s >= end {
		return
	}
	n := end - s
	h := &f.toks[last]
	if n == 1 {
		// A head noun alone: "Parliament" is a body (but "near Parliament"
		// is a building); "Police" and "Army" are the forces stage's;
		// "Ministry" alone refers back.
		switch h.lower {
		case "parliament", "congress", "senate":
			if s > 0 && f.toks[s-1].class&wPrep != 0 {
				return
			}
		default:
			return
		}
	}
	if f.placeLike(s, end) || f.placeName(s, end) {
		return
	}
	f.addMention(mention{s: s, e: end, cl: f.orgCluster(s, end, false)})
}

// facilityName reports whether tokens [s, e) name a building or site.
func (f *finder) facilityName(s, e int) bool {
	return facilityWords[f.toks[e-1].lower] && f.toks[e-1].isCap()
}

// nameKey returns the key of tokens [s, e): their keys joined by spaces,
// without a leading "the" or a final possessive.
func (f *finder) nameKey(s, e int) string {
	for s < e && f.toks[s].lower == "the" {
		s++
	}
	for e > s && f.toks[e-1].flags&tPoss != 0 {
		e--
	}
	var b strings.Builder
	for i := s; i < e; i++ {
		if f.toks[i].key == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.toks[i].key)
	}
	return b.String()
}

// kindOfName returns the kind of the organisation named by tokens [s, e),
// and the force type when it is a state's army, police, navy or air force.
func (f *finder) kindOfName(s, e int) (kind, ftype string) {
	armed, force, intel := false, false, false
	lastHead := ""
	hasCountry := false
	var words [4]string // the last words, lower case
	for i := s; i < e; i++ {
		t := &f.toks[i]
		if t.class&wArmedCue != 0 {
			armed = true
		}
		if t.class&wForceHead != 0 && t.isCap() {
			force = true
		}
		if t.lower == "intelligence" {
			intel = true
		}
		if t.class&wOrgHead != 0 {
			lastHead = t.lower
		}
		if code, _, _ := f.countryAt(i); code != "" {
			hasCountry = true
		}
		if t.key != "" {
			copy(words[:], words[1:])
			words[3] = t.lower
		}
	}
	two := words[2] + " " + words[3]
	switch {
	case two == "armed forces" || two == "defence forces" || two == "defense forces" || words[3] == "army" && (hasCountry || words[2] == "national"):
		if armed && !hasCountry {
			return KindArmedGroup, ""
		}
		return KindSecurityForce, "military"
	case two == "air force":
		return KindSecurityForce, "air force"
	case words[3] == "navy":
		return KindSecurityForce, "navy"
	case words[3] == "police" || two == "police force" || two == "police service" || two == "police command" || two == "police department" || two == "police forces":
		return KindSecurityForce, "police"
	case words[3] == "gendarmerie":
		return KindSecurityForce, "gendarmerie"
	}
	switch lastHead {
	case "army", "forces", "force", "brigade", "brigades", "militia", "cartel", "front", "movement":
		if armed || lastHead == "militia" || lastHead == "cartel" {
			return KindArmedGroup, ""
		}
		switch lastHead {
		case "army", "forces":
			if hasCountry || two == "security forces" || two == "special forces" || two == "task force" {
				return KindSecurityForce, ""
			}
			return KindArmedGroup, ""
		case "force", "brigade", "brigades":
			return KindSecurityForce, ""
		}
		return KindOrganization, ""
	case "corps", "guard", "guards", "command", "gendarmerie", "constabulary", "rangers", "battalion", "battalions", "regiment", "division", "navy":
		return KindSecurityForce, ""
	case "service", "services", "department", "agency", "directorate", "bureau":
		if force || intel {
			return KindSecurityForce, ""
		}
	}
	if armed {
		return KindArmedGroup, ""
	}
	return KindOrganization, ""
}

// countryInName returns the country a name mentions ("Kenya Red Cross",
// "Sudanese Armed Forces").
func (f *finder) countryInName(s, e int) (string, bool) {
	for i := s; i < e; i++ {
		if code, ce, kind := f.countryAt(i); code != "" && ce <= e && kind != eCapital {
			return code, true
		}
	}
	return "", false
}

// governmental reports whether a name is that of a state body (a ministry,
// an agency, a police force) rather than an international or private one,
// so that it belongs to the article's main country when it names none.
func (f *finder) governmental(s, e int) bool {
	gov := false
	for i := s; i < e; i++ {
		t := &f.toks[i]
		if t.class&wIntl != 0 {
			return false
		}
		switch t.lower {
		case "ministry", "department", "agency", "commission", "authority", "directorate", "secretariat",
			"superintendency", "police", "army", "navy", "corps", "command", "gendarmerie", "parliament",
			"senate", "congress", "assembly", "institute", "service", "bureau", "office", "court", "national",
			"state", "federal", "provincial", "county", "regional":
			gov = true
		}
	}
	return gov
}

// nerOrgs adds the recognizer's organisations that no rule has claimed.
// An organisation that is a person's name by its context ("Dr Halima Nur
// Ali", "Its coordinator, Sylvie Ngo Mbock,") becomes a person; titles
// the recognizer put in front ("Divisional Officer Kwabena Asante-Mensah")
// are left out.
func (f *finder) nerOrgs(defs []parenDef) {
	for _, en := range f.ents {
		if en.label != "ORG" {
			continue
		}
		s, e := en.s, en.e
		for s < e && (f.owner[s] >= 0 || f.toks[s].lower == "the" || f.toks[s].flags&tPunct != 0) {
			s++
		}
		for e > s && (f.owner[e-1] >= 0 || f.toks[e-1].flags&(tPoss|tPunct) != 0 || f.toks[e-1].class&wConnector != 0 && f.toks[e-1].flags&tLower != 0) {
			e--
		}
		for s < e && (f.toks[s].flags&tPoss != 0 || basedWord(f.toks[s].text) || f.toks[s].class&wConnector != 0 && f.toks[s].flags&tLower != 0) {
			s++ // "'s Drazek", "St. Louis-based Mercantile Bancorp Inc."
		}
		if s >= e || !f.free(s, e) {
			continue
		}
		if inParens(defs, s, e) || e-s == 1 && definedAcronym(f, defs, f.toks[s].text) {
			continue // resolveDefs gives it to the name before it, rescanOrgs the rest
		}
		if f.allTitleWords(s, e) {
			continue // "General Officer Commanding" is a title
		}
		// Titles in front of a name: the rest is a person.
		r := s
		for r < e && f.toks[r].isCap() && f.toks[r].class&(wRank|wMilRank|wHonorific) != 0 && f.toks[r].class&wOrgHead == 0 {
			r++
		}
		for k := e - 2; k >= r; k-- {
			if t := &f.toks[k]; t.isCap() && t.class&(wRole|wRank|wMilRank) != 0 && t.class&wOrgHead == 0 {
				r = k + 1 // "Divisional Officer Kwabena Asante-Mensah"
				break
			}
		}
		if r > s && r < e && f.personWorthy(r, e) && !f.hasOrgHead(r, e) {
			f.addMention(mention{s: r, e: e, cl: -1, person: true})
			continue
		}
		if !f.hasOrgHead(s, e) && f.personWorthy(s, e) && (f.personCue(s, e) || f.surnameElsewhere(s, e)) {
			f.addMention(mention{s: s, e: e, cl: -1, person: true})
			continue
		}
		if !f.orgWorthy(s, e) || f.placeLike(s, e) || f.placeName(s, e) {
			continue
		}
		f.addMention(mention{s: s, e: e, cl: f.orgCluster(s, e, true), acr: e-s == 1 && f.toks[s].flags&tUpper != 0})
	}
}

// surnameElsewhere reports whether the last word of a name of two or
// three words is, elsewhere in the text, a person by itself ("Lorella
// Praeli" ... "Praeli said").
func (f *finder) surnameElsewhere(s, e int) bool {
	if e-s < 2 || e-s > 3 {
		return false
	}
	last := f.toks[e-1].key
	for _, en := range f.ents {
		if en.label == "PERSON" && en.e-en.s == 1 && f.toks[en.s].key == last {
			return true
		}
	}
	return false
}

// definedAcronym reports whether text is the inside of one of the
// parentheses defs.
func definedAcronym(f *finder, defs []parenDef, text string) bool {
	for _, d := range defs {
		if d.e-d.s == 1 && f.toks[d.s].text == text {
			return true
		}
	}
	return false
}

// allTitleWords reports whether tokens [s, e) are all words of titles.
func (f *finder) allTitleWords(s, e int) bool {
	role := false
	for i := s; i < e; i++ {
		t := &f.toks[i]
		if t.class&(wRole|wRank|wMilRank|wMod|wHonorific) == 0 && t.lower != "of" {
			return false
		}
		role = role || t.class&(wRole|wRank|wMilRank) != 0
	}
	return role
}

// partyState reports whether a word is a US lawmaker's party and state:
// "R-SC", "D-N.Y.".
func partyState(w string) bool {
	if len(w) < 4 || w[1] != '-' {
		return false
	}
	switch w[0] {
	case 'R', 'D', 'I':
	default:
		return false
	}
	for _, c := range w[2:] {
		if (c < 'A' || c > 'Z') && c != '.' {
			return false
		}
	}
	return true
}

// inParens reports whether tokens [s, e) are the whole inside of one of
// the parentheses defs.
func inParens(defs []parenDef, s, e int) bool {
	for _, d := range defs {
		if d.s == s && d.e == e {
			return true
		}
	}
	return false
}

// hasOrgHead reports whether tokens [s, e) hold a capitalised head noun of
// an organisation's name.
func (f *finder) hasOrgHead(s, e int) bool {
	for i := s; i < e; i++ {
		if f.toks[i].class&wOrgHead != 0 && f.toks[i].isCap() {
			return true
		}
	}
	return false
}

// orgWorthy filters the recognizer's organisations: no lone common word,
// country, demonym or ethnic word, and no name used as a modifier
// ("ethnic Baloch separatists").
func (f *finder) orgWorthy(s, e int) bool {
	hasCap := false
	for i := s; i < e; i++ {
		if f.toks[i].isCap() {
			hasCap = true
		}
	}
	if !hasCap {
		return false
	}
	if m, ok := f.dmStarting(s); ok && m.e == e {
		for _, en := range m.entries {
			if en.kind != eGroup {
				return false // a country, capital or demonym
			}
		}
	}
	first, last := &f.toks[s], &f.toks[e-1]
	if f.facilityModifier(e) {
		return false // "the San Juan de Dios hospital" is a building
	}
	if first.flags&tCapsLine != 0 && e-s >= 3 && !f.hasOrgHead(s, e) {
		return false // a headline in capitals: "LANDSLIDE BURIES HILLSIDE VILLAGE"
	}
	if !last.isCap() && last.flags&tDigit == 0 && strings.ToLower(last.text) == last.text {
		return false // "English county": a name ends in a capitalised word ("l'Est" is one)
	}
	if e-s == 1 && (len(first.key) < 2 || first.class&wOrgHead != 0 || facilityWords[first.lower]) {
		return false // "B", "Airport", "Council" alone
	}
	if first.lower == "operation" || last.class&(wRole|wRank) != 0 && last.class&wOrgHead == 0 {
		return false // a military operation; a title ("Zamfara State Governor")
	}
	if s > 0 && f.toks[s-1].sent == first.sent {
		switch f.toks[s-1].lower {
		case "a", "an":
			return false // "a Social Democrat" is a member
		}
	}
	// A portfolio before a title: "Information Minister".
	if e < len(f.toks) && f.toks[e].sent == first.sent && f.toks[e].isCap() && f.toks[e].class&(wRole|wRank) != 0 && !f.hasOrgHead(s, e) {
		return false
	}
	if e-s > 1 {
		return true
	}
	t := &f.toks[s]
	// Part of a title: "Secretary of State".
	if s > 1 && f.toks[s-1].lower == "of" && f.toks[s-2].class&(wRole|wRank) != 0 && f.toks[s-2].isCap() {
		return false
	}
	// A medium: "in a post on Telegram", "said on X".
	if s > 0 && (f.toks[s-1].lower == "on" || f.toks[s-1].lower == "via") {
		return false
	}
	if t.class&(wCommon|wTime|wNORP|wRole|wRank) != 0 || t.flags&tLetter == 0 {
		return false
	}
	if partyState(t.text) {
		return false // "R-SC": a lawmaker's party and state
	}
	if t.flags&tSentStart != 0 && t.class&wOrgHead != 0 {
		return false
	}
	// A modifier: "ethnic Baloch separatists", "the Purworejo search and
	// rescue office" (but "KNP shares", "Reuters reporters" name their
	// organisation).
	if e < len(f.toks) && f.toks[e].sent == t.sent && t.flags&tUpper == 0 {
		next := &f.toks[e]
		if next.flags&tLower != 0 && next.class&(wVerb|wPrep|wAdverb|wConnector) == 0 && !isVerbLike(next) {
			prev := s > 0 && f.toks[s-1].sent == t.sent && f.toks[s-1].flags&tLower != 0 && f.toks[s-1].class&(wDet|wPrep|wVerb) == 0
			if prev || len(gazetteer.Lookup(t.text)) > 0 {
				return false
			}
		}
	}
	return true
}

// lowerHeadOrgs finds organisations named by capitals and a lower-case head
// ("the Dawn of Nemunas party") and ministries named in lower case ("the
// health ministry", "Afghanistan's foreign ministry").
func (f *finder) lowerHeadOrgs() {
	for i := 1; i < len(f.toks); i++ {
		t := &f.toks[i]
		if t.flags&tLower == 0 || f.owner[i] >= 0 {
			continue
		}
		switch t.lower {
		case "party", "movement", "militia", "faction", "alliance", "coalition":
			f.partyBefore(i)
		case "ministry":
			f.lowerMinistry(i)
		case "embassy", "consulate", "embassies":
			f.embassyAfter(i)
		}
	}
}

func (f *finder) partyBefore(i int) {
	e := i
	s := e
	lo := f.sentBegin(i)
	hasOf := false
	for s > lo && f.toks[s-1].isCap() && f.owner[s-1] < 0 {
		s--
		if s > lo+1 && f.toks[s-1].lower == "of" && f.toks[s-2].isCap() && f.owner[s-2] < 0 {
			s--
			hasOf = true
		}
	}
	for s < e && !f.toks[s].nameLike() {
		s++
	}
	if s >= e || !f.casedName(s) {
		return
	}
	if !hasOf {
		for k := s; k < e; k++ {
			if f.inPerson(k) {
				return // "the Trump party" is a person's
			}
		}
	}
	if code, ce, _ := f.countryAt(s); code != "" && ce == e {
		return // "the Pakistani party" names no party
	}
	if f.toks[e-1].class&(wRole|wRank|wNORP) != 0 {
		return
	}
	kind := KindOrganization
	switch f.toks[i].lower {
	case "militia", "faction":
		kind = KindArmedGroup
	}
	for k := s; k < e; k++ {
		if f.toks[k].class&wArmedCue != 0 {
			kind = KindArmedGroup
		}
	}
	key := "O|" + f.nameKey(s, e)
	cl, ok := f.byKey[key]
	if !ok {
		cl = f.newCluster(key, cluster{kind: kind, group: -1, named: true})
	}
	f.addMention(mention{s: s, e: e, cl: cl})
}

// embassyAfter makes an organisation of "the French embassy": an embassy
// named by its country's demonym or name in lower case.
func (f *finder) embassyAfter(i int) {
	code, cs, kind := f.countryEnding(i)
	if code == "" || kind == eCapital || !f.free(cs, i+1) {
		return
	}
	key := "O|embassy " + code
	cl, ok := f.byKey[key]
	if !ok {
		cl = f.newCluster(key, cluster{kind: KindOrganization, group: -1, country: code, explicit: true, named: true})
	}
	f.addMention(mention{s: cs, e: i + 1, cl: cl})
}

func (f *finder) lowerMinistry(i int) {
	s := i
	for s > f.sentBegin(i) && f.toks[s-1].flags&tLower != 0 && f.toks[s-1].class&wMod != 0 && f.owner[s-1] < 0 {
		s--
	}
	if s == i {
		return // "the ministry" refers back
	}
	code, explicit := "", false
	if c, cs, _ := f.countryEnding(s); c != "" {
		code, explicit, s = c, true, cs
	} else if s >= 2 && f.toks[s-1].flags&tPoss != 0 {
		if c, cs, _ := f.countryEnding(s - 1); c != "" {
			code, explicit, s = c, true, cs
		}
	}
	if !explicit {
		for s > f.sentBegin(i) && f.toks[s-1].nameLike() && f.owner[s-1] < 0 && !f.inPerson(s-1) {
			s--
		}
		code = f.dominant
	}
	if !f.free(s, i+1) {
		return
	}
	key := "O|" + f.nameKey(s, i+1)
	if explicit {
		key = "O|" + code + " " + f.nameKey(s+1, i+1)
	}
	cl, ok := f.byKey[key]
	if !ok {
		cl = f.newCluster(key, cluster{kind: KindOrganization, group: -1, country: code, explicit: explicit, named: true})
	}
	f.addMention(mention{s: s, e: i + 1, cl: cl})
}

// resolveDefs attaches the acronyms and other names in parentheses to the
// organisation before them ("Balochistan Liberation Army (BLA)", "the
// African Union Mission in Somalia (AMISOM)"), or, when no rule found
// one, makes an organisation of the capitalised words whose initials spell
// the acronym ("Inter-Services Public Relations (ISPR)"), or of the
// acronym alone when the recognizer took it for one.
func (f *finder) resolveDefs(defs []parenDef) {
	for _, d := range defs {
		if !f.free(d.s, d.e) {
			continue
		}
		acr := d.e-d.s == 1 && f.toks[d.s].flags&tUpper != 0
		if cl := f.antecedent(d.open - 1); cl >= 0 {
			if acr {
				f.addAcronym(cl, f.toks[d.s].text)
			} else if f.ments[f.owner[d.open-1]].generic {
				continue
			}
			f.addMention(mention{s: d.s, e: d.e, cl: cl, acr: acr})
			continue
		}
		if !acr {
			continue
		}
		prev := d.open - 1
		if cl := f.extendForInitials(prev, f.toks[d.s].text); cl >= 0 {
			// The recognizer saw only the start of the name
			// ("Observatoire" of "Observatoire des Mines de l'Est (OME)").
			f.addAcronym(cl, f.toks[d.s].text)
			f.addMention(mention{s: d.s, e: d.e, cl: cl, acr: true})
			continue
		}
		if s := f.initialsMatch(prev, f.toks[d.s].text); s >= 0 {
			kind, ftype := f.kindOfName(s, prev+1)
			code, explicit := f.countryInName(s, prev+1)
			if !explicit && f.governmental(s, prev+1) {
				code = f.dominant
			}
			key := "O|" + f.nameKey(s, prev+1)
			cl, ok := f.byKey[key]
			if !ok {
				cl = f.newCluster(key, cluster{kind: kind, group: -1, country: code, explicit: explicit, forceType: ftype, named: true})
			}
			f.addMention(mention{s: s, e: prev + 1, cl: cl})
			f.addAcronym(cl, f.toks[d.s].text)
			f.addMention(mention{s: d.s, e: d.e, cl: cl, acr: true})
			continue
		}
		if k := f.entAt[d.s]; k > 0 && f.ents[k-1].label == "ORG" && !partyState(f.toks[d.s].text) {
			key := "O|" + f.toks[d.s].key
			cl, ok := f.byKey[key]
			if !ok {
				cl = f.newCluster(key, cluster{kind: KindOrganization, group: -1, named: true})
			}
			f.addAcronym(cl, f.toks[d.s].text)
			f.addMention(mention{s: d.s, e: d.e, cl: cl, acr: true})
		}
	}
}

// antecedent returns the organisation whose mention ends at token p, or
// ends before "in" and a place there ("Mission in Somalia"); -1 if none.
func (f *finder) antecedent(p int) int {
	if p < 0 {
		return -1
	}
	try := func(q int) int {
		if q < 0 {
			return -1
		}
		o := f.owner[q]
		if o < 0 {
			return -1
		}
		m := &f.ments[o]
		if m.person || m.cl < 0 || m.e != q+1 {
			return -1
		}
		if f.cls[m.cl].kind == KindState {
			return -1
		}
		return m.cl
	}
	if cl := try(p); cl >= 0 {
		return cl
	}
	// "... Mission in Somalia (AUSSOM)"
	lo := f.sentBegin(p)
	for q := p; q > lo && p-q < 4; q-- {
		if f.toks[q].lower == "in" {
			if _, cs, _ := f.countryEnding(p + 1); cs == q+1 || f.toks[q+1].isCap() {
				return try(q - 1)
			}
			return -1
		}
		if !f.toks[q].isCap() {
			return -1
		}
	}
	return -1
}

// initialsMatch looks left from token end for a run of capitalised words
// (and connectors) whose initials spell acr, and returns its first token,
// or -1. Words with hyphens give one initial per part ("Inter-Services");
// connectors may give their initial or none.
func (f *finder) initialsMatch(end int, acr string) int {
	letters := make([]byte, 0, len(acr))
	for _, r := range acr {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, byte(r))
		} else if r >= 'a' && r <= 'z' {
			letters = append(letters, byte(r-'a'+'A'))
		}
	}
	if len(letters) < 2 {
		return -1
	}
	lo := f.sentBegin(end)
	for s := end; s >= lo && end-s < 12; s-- {
		t := &f.toks[s]
		if f.owner[s] >= 0 || f.inPerson(s) {
			return -1
		}
		if !t.isCap() && t.class&wConnector == 0 && !joinerTok(t.text) {
			return -1
		}
		if !t.isCap() || (s == lo && !t.nameLike()) {
			continue
		}
		if f.spells(s, end+1, letters) {
			for k := s; k <= end; k++ {
				if f.toks[k].class&wRole != 0 {
					return -1 // "Chief of Army Staff (COAS)" is a title
				}
			}
			return s
		}
	}
	return -1
}

// extendForInitials looks left from token end for an organisation's
// mention followed by capitalised words and connectors up to end, such
// that together their initials spell acr; it extends the mention over them
// and returns its cluster, or -1.
func (f *finder) extendForInitials(end int, acr string) int {
	lo := f.sentBegin(end)
	q := end
	for q >= lo && f.owner[q] < 0 && end-q < 8 {
		t := &f.toks[q]
		if !t.isCap() && t.class&wConnector == 0 && strings.ToLower(t.text) == t.text {
			return -1
		}
		q--
	}
	if q < lo || q == end || f.owner[q] < 0 {
		return -1
	}
	o := f.owner[q]
	m := &f.ments[o]
	if m.person || m.cl < 0 || m.e != q+1 || f.cls[m.cl].kind == KindState || f.cls[m.cl].group >= 0 {
		return -1
	}
	letters := make([]byte, 0, len(acr))
	for _, r := range acr {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, byte(r))
		}
	}
	if len(letters) < 2 || !f.spells(m.s, end+1, letters) {
		return -1
	}
	m.e = end + 1
	for i := m.s; i < m.e; i++ {
		f.owner[i] = o
	}
	return m.cl
}

// spells reports whether the initials of tokens [s, e) can spell letters.
func (f *finder) spells(s, e int, letters []byte) bool {
	if s == e {
		return len(letters) == 0
	}
	t := &f.toks[s]
	if t.key == "" {
		return f.spells(s+1, e, letters)
	}
	opt := t.class&wConnector != 0 && t.flags&tLower != 0
	if opt && f.spells(s+1, e, letters) {
		return true
	}
	// Initials of the word: the first letter, and the first letter after
	// each hyphen or apostrophe ("Inter-Services", "l'Est").
	var ini [4]byte
	n := 0
	prevSep := true
	for _, r := range t.text {
		isL := (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || r > 0x7f
		if isL && prevSep && n < len(ini) {
			c := byte('?')
			switch {
			case r >= 'a' && r <= 'z':
				c = byte(r - 'a' + 'A')
			case r >= 'A' && r <= 'Z':
				c = byte(r)
			}
			ini[n] = c
			n++
		}
		prevSep = r == '-' || r == '\'' || r == '’'
	}
	if n == 0 {
		return false
	}
	// Either every part's initial, the first one alone, or the last one
	// alone ("l'Est" gives E).
	if n <= len(letters) && string(ini[:n]) == string(letters[:n]) && f.spells(s+1, e, letters[n:]) {
		return true
	}
	if len(letters) > 0 && ini[0] == letters[0] && f.spells(s+1, e, letters[1:]) {
		return true
	}
	if n > 1 && len(letters) > 0 && ini[n-1] == letters[0] && f.spells(s+1, e, letters[1:]) {
		return true
	}
	return false
}

// rescanOrgs adds the later mentions of organisations found so far: their
// acronyms ("BLA") and their names where no rule saw them.
func (f *finder) rescanOrgs() {
	type name struct {
		cl   int
		keys []string
		acr  bool
	}
	var ns []name
	seen := func(cl int, keys []string) bool {
		for _, n := range ns {
			if n.cl == cl && slices.Equal(n.keys, keys) {
				return true
			}
		}
		return false
	}
	for k := range f.ments {
		m := &f.ments[k]
		if m.person || m.cl < 0 || m.generic {
			continue
		}
		c := &f.cls[m.cl]
		if c.kind == KindState || c.kind == KindPerson {
			continue
		}
		keys := make([]string, 0, m.e-m.s)
		for i := m.s; i < m.e; i++ {
			if f.toks[i].key != "" {
				keys = append(keys, f.toks[i].key)
			}
		}
		if len(keys) == 0 || len(keys) == 1 && (f.toks[m.s].class&(wCommon|wOrgHead) != 0 || len(keys[0]) < 2) {
			continue
		}
		if !seen(m.cl, keys) {
			ns = append(ns, name{cl: m.cl, keys: keys, acr: m.acr})
		}
	}
	for a, cl := range f.acr {
		ns = append(ns, name{cl: cl, keys: []string{normKey(a)}, acr: true})
	}
	if len(ns) == 0 {
		return
	}
	// Acronyms are filed in a map: keep the order stable.
	slices.SortStableFunc(ns, func(a, b name) int { return strings.Compare(a.keys[0], b.keys[0]) })
	for i := 0; i < len(f.toks); i++ {
		if f.owner[i] >= 0 || f.toks[i].flags&tCap == 0 {
			continue
		}
		key := f.toks[i].key
		best, bestE := -1, 0
		for _, n := range ns {
			if n.keys[0] != key {
				continue
			}
			e, ok := f.matchKeys(i, n.keys)
			if !ok || e <= bestE {
				continue
			}
			if n.acr && f.toks[i].flags&tUpper == 0 {
				continue
			}
			if e-i == 1 && f.toks[i].flags&tSentStart != 0 && f.toks[i].class&wCommon != 0 {
				continue
			}
			best, bestE = n.cl, e
		}
		if best < 0 || !f.free(i, bestE) {
			continue
		}
		// A longer capitalised name goes on: "Reuters Foundation" is not Reuters.
		if bestE < len(f.toks) && f.toks[bestE].nameLike() && f.toks[bestE].sent == f.toks[i].sent && f.toks[bestE].flags&tUpper == 0 {
			continue
		}
		f.addMention(mention{s: i, e: bestE, cl: best, acr: bestE-i == 1 && f.toks[i].flags&tUpper != 0})
		i = bestE - 1
	}
}

// matchKeys reports whether the tokens from i on have the given keys,
// skipping tokens without letters or digits between them, and returns the
// end.
func (f *finder) matchKeys(i int, keys []string) (int, bool) {
	j := i
	for _, k := range keys {
		for j < len(f.toks) && f.toks[j].key == "" && j > i {
			if !joinerTok(f.toks[j].text) {
				return 0, false
			}
			j++
		}
		if j >= len(f.toks) || f.toks[j].key != k || f.toks[j].sent != f.toks[i].sent {
			return 0, false
		}
		j++
	}
	return j, true
}
