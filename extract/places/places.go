package places

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// Input is what the places stage needs beyond the analysed text.
type Input struct {
	// Entities are the named-entity mentions of the document, as
	// ner.Entities returns them. Nil means none: recognition then rests on
	// the gazetteer, capitalisation and context alone.
	Entities []ner.Entity
	// Exclude lists code-point spans, half-open, that are not place
	// mentions: the names of organizations, armed groups and people that
	// the actors stage found ("Balochistan Liberation Army" contains
	// "Balochistan"). A candidate overlapping one is dropped, so a span
	// should not take in a place named in the possessive ("Pakistan's
	// military"). May be nil.
	Exclude [][2]int
}

// Find returns the places named in doc, in order of first mention, with ids
// "p1", "p2", ... Every mention of a place is in its Mentions, in text
// order. It never returns nil. Find may be called from many goroutines at
// once.
func Find(doc *nlp.Doc, in Input) []record.Place {
	if doc == nil || len(doc.Sentences) == 0 {
		return []record.Place{}
	}
	f := newFinder(doc, in)
	f.recognize()
	f.makeGroups()
	f.link()
	f.resolve()
	return f.output()
}

// Origins of a mention.
const (
	fromGazetteer = iota // a run of tokens the gazetteer knows
	fromEntity           // a GPE or LOC entity the gazetteer knows only in another form
	fromAbbrev           // a state abbreviation after a town ("Ridge Farm, Ill.")
)

// mention is one candidate place mention.
type mention struct {
	sent       int // sentence index
	t0, t1     int // sub-token range in the sentence (see tok), half-open
	start, end int // code points, half-open
	key        string
	origin     int
	ner        string // label of a GPE/LOC entity over it, "" for none
	nerExact   string // label of an entity with exactly this span, any label
	soft       bool   // a spelling variant: kept only if the text supports its country
	support    int    // context for (> 0) or against (< 0) a place reading, besides the entity label
	personWord bool   // a word of a person's name found elsewhere in the text
	acronym    bool   // written as an acronym in a mixed-case sentence ("US", "EST")
	// other marks a place the gazetteer does not know: a named feature
	// ("Avalon Boulevard") or a name the recognizer found ("Prisi").
	other   bool
	feature bool // named by a feature word: a street, river, lake, mountain...
	strict  bool // an unknown name in words that only a place takes: "the village of X", "in X"
	group   int
	// kinds restricts the candidates to kinds named by a designator the
	// entity carried ("Laurel County" when only "Laurel" is known); 0 for
	// any.
	kinds gazetteer.Kinds
}

// tok is a token, or a part of a hyphenated token: "Pakistan-Afghanistan"
// is read as "Pakistan" "-" "Afghanistan" and "St. Louis-based" as "St."
// "Louis" "-" "based", so that the names inside are found.
type tok struct {
	text       string
	start, end int
	orig       int32 // index of the token it comes from
	part       bool  // a part of a hyphenated token
}

// group is one name (its normalised key) and the places it may denote.
type group struct {
	key    string
	stem   string // first word of the key: groups sharing it are no evidence for each other
	cands  []gazetteer.Place
	ments  []int
	score  []float64 // per candidate, pattern evidence
	prob   []float64 // per candidate, the probability that it is meant
	akeys  []string  // per candidate, its country and first-level division as a key; "" for none
	best   int       // chosen candidate, -1 for none
	level  int       // best support of a mention: see support levels
	weight float64   // how much the group counts as context for others
	drop   bool
}

// Support levels of a group, from the best of its mentions.
const (
	levelPerson  = -2 // a word of a person's name, with nothing to say it is a place here
	levelAgainst = -1 // an entity of another kind, or the subject of "said"
	levelNone    = 0  // capitalised and known, nothing more
	levelContext = 1  // a locative word, a list of places, a designator
	levelStrong  = 2  // a GPE/LOC entity, a containment pattern, a dateline, a state abbreviation
)

type finder struct {
	doc *nlp.Doc
	in  Input

	ents     [][]ner.Entity // per sentence
	tags     map[int][]string
	persons  map[string]bool // words of multi-word person names
	demonyms map[string]float64

	ments    []mention
	sents    [][]tok // sub-tokens of each sentence
	groups   []*group
	byKey    map[string]int
	pairs    []pair
	dateline []int // groups of a dateline's places
	levels   []int // support level of each mention

	toks    []string
	matches []gazetteer.Match
	tokBuf  []tok                        // the sub-tokens of every sentence, one after another
	lookups map[string][]gazetteer.Place // gazetteer.Lookup by name, once per document
}

// pair is a containment pattern between two mentions: inner "X" and
// outer "Y" in "X, Y", "X (Y)" or "X in Y".
type pair struct {
	inner, outer int // mention indexes
}

func newFinder(doc *nlp.Doc, in Input) *finder {
	f := &finder{
		doc:      doc,
		in:       in,
		ents:     make([][]ner.Entity, len(doc.Sentences)),
		sents:    make([][]tok, len(doc.Sentences)),
		persons:  map[string]bool{},
		demonyms: map[string]float64{},
		byKey:    map[string]int{},
		lookups:  map[string][]gazetteer.Place{},
	}
	n := 0
	for i := range doc.Sentences {
		n += len(doc.Sentences[i].Tokens)
	}
	f.tokBuf = make([]tok, 0, n+n/8+16)
	for _, e := range in.Entities {
		if e.End <= e.Start {
			continue
		}
		s := doc.SentenceAt(e.Start)
		if s < 0 || s >= len(doc.Sentences) {
			continue
		}
		f.ents[s] = append(f.ents[s], e)
		if e.Label == "PERSON" {
			words := strings.Fields(e.Text)
			if len(words) > 1 {
				for _, w := range words {
					f.persons[trimPossessive(w)] = true
				}
			}
		}
	}
	return f
}

// recognize finds the candidate mentions of every sentence.
func (f *finder) recognize() {
	for si := range f.doc.Sentences {
		f.sentence(si)
	}
}

// subTokens splits the hyphenated tokens of a sentence into their parts.
func subTokens(dst []tok, toks []nlp.Token) []tok {
	for i, t := range toks {
		if !splittable(t.Text) {
			dst = append(dst, tok{text: t.Text, start: t.Start, end: t.End, orig: int32(i)})
			continue
		}
		pos, last := t.Start, 0
		s := t.Text
		for j, r := range s {
			if r != '-' {
				continue
			}
			if j > last {
				n := utf8.RuneCountInString(s[last:j])
				dst = append(dst, tok{text: s[last:j], start: pos, end: pos + n, orig: int32(i), part: true})
				pos += n
			}
			dst = append(dst, tok{text: "-", start: pos, end: pos + 1, orig: int32(i), part: true})
			pos++
			last = j + 1
		}
		if last < len(s) {
			dst = append(dst, tok{text: s[last:], start: pos, end: t.End, orig: int32(i), part: true})
		}
	}
	return dst
}

// splittable reports a hyphenated word with a capital letter after the
// first character or a capitalised first part ("Pakistan-based",
// "D-Iowa", "Watertown-Mayer"); "well-known" and "40-hour" stay whole.
func splittable(s string) bool {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i == len(s)-1 || len(s) > 60 {
		return false
	}
	return hasUpper(s)
}

// tokenRange maps a code-point span onto sub-tokens: those that lie inside
// it, half-open; ok is false when it covers none.
func tokenRange(ts []tok, start, end int) (t0, t1 int, ok bool) {
	t0 = sort.Search(len(ts), func(i int) bool { return ts[i].start >= start })
	t1 = t0
	for t1 < len(ts) && ts[t1].end <= end {
		t1++
	}
	return t0, t1, t1 > t0
}

func (f *finder) sentence(si int) {
	s := &f.doc.Sentences[si]
	n := len(f.tokBuf)
	f.tokBuf = subTokens(f.tokBuf, s.Tokens)
	ts := f.tokBuf[n:len(f.tokBuf):len(f.tokBuf)]
	f.sents[si] = ts
	f.toks = f.toks[:0]
	for _, t := range ts {
		f.toks = append(f.toks, t.text)
	}
	headline := isHeadline(ts)
	allCaps := headline && isCapsLine(ts)
	ents := f.ents[si]
	covered := make([]bool, len(ents)) // GPE/LOC entities a kept gazetteer match lies in

	// Named features first ("Avalon Boulevard", "Lake Lanier", "Kanawha
	// River"): a place name inside one is not a mention of that place.
	// Then state abbreviations: "Pa." is also a town in Burkina Faso.
	first := len(f.ments)
	f.features(si, ts, headline)
	f.abbrevs(si, ts)

	f.matches = gazetteer.AppendMatches(f.matches[:0], f.toks)
	for _, m := range f.matches {
		if m.Kinds&gazetteer.FlagDemonym != 0 {
			// A demonym is no place mention ("Pakistani forces"), but it
			// tells which country the text is about.
			if m.Cased {
				if code, ok := m.Demonym(); ok {
					f.demonyms[code]++
				}
			}
			continue
		}
		if m.Kinds&placeKinds == 0 || !m.Cased || !hasUpper(ts[m.Start].text) || notPlaceForm(ts, m.Start, m.End) {
			continue
		}
		mn := mention{sent: si, t0: m.Start, t1: m.End, origin: fromGazetteer, group: -1}
		mn.start, mn.end = ts[m.Start].start, ts[m.End-1].end
		if f.overlapsSince(first, mn.start, mn.end) {
			continue
		}
		mn.key = gazetteer.Normalize(trimPossessive(f.doc.Slice(mn.start, mn.end)))
		drop := false
		for ei, e := range ents {
			if e.End <= mn.start || e.Start >= mn.end {
				continue
			}
			if e.Start == mn.start && e.End == mn.end {
				mn.nerExact = e.Label
			}
			inside := e.Start <= mn.start && e.End >= mn.end
			switch e.Label {
			case "GPE", "LOC":
				if !inside {
					continue // the entity cuts the name: no support either way
				}
				mn.ner = e.Label
				covered[ei] = true
				// A place entity that goes beyond the gazetteer's name with
				// more words of a name ("Vermilion Grove" over "Vermilion")
				// is handled as an entity.
				if (e.Start < mn.start || e.End > mn.end) && f.entityOwns(ts, e, mn) {
					drop = true
					covered[ei] = false
				}
			case "DATE", "EVENT", "ARTIFACT", "NATURAL":
				drop = true // "August 2008", "Christmas Day", "Hurricane Katrina"
			default: // PERSON, ORG, NORP
				if (e.Start < mn.start || e.End > mn.end) && !possessiveOf(f.doc, e, mn, m.Kinds) &&
					!institutionOf(ts, e, mn, m.Kinds) {
					drop = true // part of a longer name: "Georgia Smith", "Bank of America"
				}
			}
		}
		if drop || f.excludedName(ts, mn, m.Kinds) || f.notAName(ts, mn, m.Kinds, headline, allCaps) || dateLike(ts, mn) {
			continue
		}
		// A word of a person's name found elsewhere ("Baker" after
		// "Natalie Baker") is that person unless the words around it say
		// otherwise (see level).
		mn.personWord = mn.ner == "" && mn.t1-mn.t0 == 1 && f.persons[trimPossessive(ts[mn.t0].text)]
		if mn.ner == "" && mn.t1-mn.t0 == 1 && !allCaps {
			w := ts[mn.t0].text
			opens := headline || opensSentence(ts, mn.t0)
			if opens && (functionWord(w) || commonWords[w] || !f.properNoun(si, int(ts[mn.t0].orig))) {
				// "Police said ...", "Reading the report, ...", "Split
				// decisions ...": a common word that is capitalised because
				// it opens a sentence or a headline. The tagger tells most
				// of them from names.
				continue
			}
			if commonWords[w] && f.context(ts, mn) <= 0 {
				continue // "the Mobile app": a word the recognizer does not take for a place
			}
		}
		if !allCaps && mn.t1-mn.t0 == 1 && isShortCaps(ts[mn.t0].text) && !opensSentence(ts, mn.t0) {
			// "EST", "E.U.": an acronym that is also some small place. An
			// acronym is a place only as another name of a country, a
			// division or a region ("US", "KPK", "UAE") or of a city whose
			// name it is not ("NYC").
			mn.acronym = true
		}
		mn.support = f.context(ts, mn)
		f.add(mn)
	}

	// Place entities the gazetteer did not match as they are written, and
	// names of other labels that stand where only a place fits ("Quetta,
	// Mastung and Noshki districts" with Noshki taken for a person).
	for ei, e := range ents {
		place := e.Label == "GPE" || e.Label == "LOC"
		if covered[ei] || !place && e.Label != "PERSON" && e.Label != "ORG" {
			continue
		}
		t0, t1, ok := tokenRange(ts, e.Start, e.End)
		if ok && t1-t0 > 1 && isApostropheS(ts[t1-1].text) {
			t1-- // "Pakistan's" tagged whole
		}
		if !ok || f.excluded(e.Start, e.End) {
			continue
		}
		mn := mention{sent: si, t0: t0, t1: t1, origin: fromEntity, ner: e.Label, nerExact: e.Label, group: -1}
		if !place {
			if !strictContext(ts, mn, false) {
				continue
			}
			mn.ner = ""
		}
		mn.start, mn.end = ts[t0].start, ts[t1-1].end
		name := trimPossessive(f.doc.Slice(mn.start, mn.end))
		name, mn.start = trimArticle(name, mn.start)
		if mn.start > ts[mn.t0].start {
			mn.t0++
		}
		if mn.end-mn.start <= 1 || !hasUpper(name) || !nameLike(ts[mn.t0:mn.t1]) || f.overlapsSince(first, mn.start, mn.end) {
			continue
		}
		if f.notAName(ts, mn, 0, headline, allCaps) {
			continue
		}
		mn.key = gazetteer.Normalize(name)
		if len(f.lookup(mn.key)) == 0 {
			// "Laurel County" when only "Laurel" is known: try the name
			// without its designator, limited to the kinds it names.
			if base, kinds, ok := stripDesignator(name); ok && len(f.lookup(base)) > 0 {
				mn.key, mn.kinds = gazetteer.Normalize(base), kinds
			} else if v := variantKey(mn.key); v != "" {
				mn.key, mn.soft = v, true
			} else {
				// A name the gazetteer does not know at all ("Prisi",
				// "Ushba"): a place without coordinates, if the words
				// around it say it is one (see accept). The recognizer's
				// label alone is not enough: it calls "Ebola" and
				// "Tamiflu" locations.
				mn.other = true
				mn.strict = strictContext(ts, mn, place) && !institutionName(ts[mn.t0:mn.t1])
			}
		}
		mn.support = f.context(ts, mn)
		f.add(mn)
	}
}

// lookup is gazetteer.Lookup with a cache for the document.
func (f *finder) lookup(name string) []gazetteer.Place {
	if ps, ok := f.lookups[name]; ok {
		return ps
	}
	ps := gazetteer.Lookup(name)
	f.lookups[name] = ps
	return ps
}

// add appends a candidate mention; groups are made once every sentence
// has been read (see makeGroups).
func (f *finder) add(mn mention) {
	f.ments = append(f.ments, mn)
}

// makeGroups sorts the mentions into text order and files each under its
// name, dropping those whose name gives no candidate place.
func (f *finder) makeGroups() {
	sort.SliceStable(f.ments, func(i, j int) bool { return f.ments[i].start < f.ments[j].start })
	f.pluralDesignators()
	kept := f.ments[:0]
	for _, mn := range f.ments {
		k := groupKey(mn)
		gi, ok := f.byKey[k]
		if !ok {
			var cands []gazetteer.Place
			if !mn.other {
				if cands = f.candidates(mn); len(cands) == 0 {
					continue
				}
			}
			if len(cands) > maxCandidates {
				cands = cands[:maxCandidates]
			}
			gi = len(f.groups)
			f.byKey[k] = gi
			stem := mn.key
			if i := strings.IndexByte(stem, ' '); i > 0 {
				stem = stem[:i]
			}
			f.groups = append(f.groups, &group{key: k, stem: stem, cands: cands, best: -1,
				score: make([]float64, len(cands))})
		}
		mn.group = gi
		f.groups[gi].ments = append(f.groups[gi].ments, len(kept))
		kept = append(kept, mn)
	}
	f.ments = kept
}

// pluralDesignators gives the names of a list followed by a plural
// designator the kind it names: "Muscogee and Harris counties", "Clark,
// Madison and Warren counties", "Sindh and Punjab provinces".
func (f *finder) pluralDesignators() {
	for i := 0; i < len(f.ments); i++ {
		last := i
		for last+1 < len(f.ments) {
			a, b := &f.ments[last], &f.ments[last+1]
			if a.sent != b.sent || b.t0 < a.t1 || !listPattern(f.sents[a.sent][a.t1:b.t0]) {
				break
			}
			last++
		}
		m := &f.ments[last]
		ts := f.sents[m.sent]
		if m.t1 >= len(ts) {
			i = last
			continue
		}
		if d, ok := pluralDesignator[ts[m.t1].text]; ok {
			for j := i; j <= last; j++ {
				mj := &f.ments[j]
				if mj.kinds != 0 || mj.origin != fromGazetteer || f.namedElsewhere(mj.key, i, last) {
					continue // "In Quetta, ..." before "Quetta, Gwadar and Mastung districts": the city
				}
				mj.support++
				if k := mj.key + " " + d.singular; len(f.lookup(k)) > 0 {
					mj.key = k
				}
				mj.kinds = d.kinds
			}
		}
		i = last
	}
}

// namedElsewhere reports a mention of key outside mentions first..last.
func (f *finder) namedElsewhere(key string, first, last int) bool {
	for i := range f.ments {
		if (i < first || i > last) && f.ments[i].key == key {
			return true
		}
	}
	return false
}

// pluralDesignator maps the plural designators written after a list of
// names to the singular that is part of each name ("Harris County") and
// the kinds of places they name.
var pluralDesignator = map[string]struct {
	singular string
	kinds    gazetteer.Kinds
}{
	"counties":  {"county", gazetteer.KindAdmin2.Bit()},
	"parishes":  {"parish", gazetteer.KindAdmin2.Bit()},
	"districts": {"district", gazetteer.KindAdmin2.Bit() | gazetteer.KindAdmin1.Bit()},
	"provinces": {"province", gazetteer.KindAdmin1.Bit()},
	"states":    {"state", gazetteer.KindAdmin1.Bit()},
	"regions":   {"region", gazetteer.KindAdmin1.Bit() | gazetteer.KindRegion.Bit()},
	"oblasts":   {"oblast", gazetteer.KindAdmin1.Bit()},
}

// maxCandidates bounds the places considered for one name; the gazetteer
// ranks them, so the ones left out are the smallest ("Springfield" has 24).
const maxCandidates = 40

func groupKey(mn mention) string {
	if mn.other {
		return "\x00other\x00" + mn.key
	}
	if mn.kinds != 0 {
		return mn.key + "\x00" + string(rune('0'+mn.kinds))
	}
	return mn.key
}

// candidates returns the places a mention may denote, best first.
func (f *finder) candidates(mn mention) []gazetteer.Place {
	if mn.origin == fromAbbrev {
		st := stateAbbrevs[mn.key]
		if p, ok := gazetteer.Admin1(st.country, st.name); ok {
			return []gazetteer.Place{p}
		}
		return nil
	}
	ps := f.lookup(mn.key)
	if mn.kinds != 0 {
		kept := ps[:0:0]
		for _, p := range ps {
			if mn.kinds&p.Kind.Bit() != 0 {
				kept = append(kept, p)
			}
		}
		ps = kept
	}
	return ps
}

// features adds the named features of a sentence: a run of capitalised
// words ending in a feature word ("Avalon Boulevard", "West 16th Street",
// "Kanawha River", "Ural Mountains") or opened by one ("Lake Lanier",
// "Mount Kenya", "Fort Detrick"). Names the gazetteer knows whole ("Black
// Sea", "Rift Valley", "Lake Placid") are left to it.
func (f *finder) features(si int, ts []tok, headline bool) {
	if headline {
		return // in title case every run of words looks like a name
	}
	for j := 0; j < len(ts); j++ {
		w := ts[j].text
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			continue // every feature word is capitalised ASCII
		}
		i0, i1 := j, j
		if featureLast[w] {
			for i0 > 0 && j-i0 < 4 && nameWord(ts[i0-1]) {
				i0--
			}
			if w == "St." && j+1 < len(ts) && startsUpper(ts[j+1].text) {
				i0 = j // "St. Louis" is a saint's name
			}
			if i0 < j {
				i1 = j + 1
			}
		}
		if i1 == j && featureFirst[w] {
			for i1 = j + 1; i1 < len(ts) && i1-j < 4 && nameWord(ts[i1]); i1++ {
			}
		}
		if i1-i0 < 2 {
			continue
		}
		if opensSentence(ts, i0) && i1-i0 < 2 {
			continue
		}
		if i1 < len(ts) && (startsUpper(ts[i1].text) && !dateWords[ts[i1].text] || startsDigit(ts[i1].text)) {
			continue // "Blackmon Road Middle School", "Redgrave Park Farm", "WIVB Channel 4": a longer name
		}
		mn := mention{sent: si, t0: i0, t1: i1, start: ts[i0].start, end: ts[i1-1].end, origin: fromGazetteer,
			group: -1, support: 1}
		name := f.doc.Slice(mn.start, mn.end)
		mn.key = gazetteer.Normalize(name)
		if len(f.lookup(mn.key)) == 0 {
			mn.other, mn.feature = true, true
		}
		if !f.excluded(mn.start, mn.end) && !inOrgName(ts, mn, 0) && !(i0 > 0 && titles[ts[i0-1].text]) {
			f.add(mn)
		}
		j = i1 - 1
	}
}

// nameWord reports a word that may stand in a feature's name: capitalised
// or an ordinal ("16th"), and not a title, a date word or "The".
func nameWord(t tok) bool {
	w := t.text
	if w == "" || t.part {
		return false
	}
	if !startsUpper(w) {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsDigit(r) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") ||
			strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd"))
	}
	return !titles[w] && !dateWords[w] && w != "The" && w != "I" && !orgHeads[w]
}

// abbrevs adds the state abbreviations written after a place and a comma:
// "Ridge Farm, Ill.", "CHARLESTON, W.Va. (AP)".
func (f *finder) abbrevs(si int, ts []tok) {
	for i := 2; i < len(ts); i++ {
		t := ts[i].text
		if ts[i-1].text != "," || t[len(t)-1] != '.' {
			continue // every abbreviation ends in a period
		}
		if _, ok := stateAbbrevs[t]; !ok || !hasUpper(ts[i-2].text) {
			continue
		}
		if t == "D.C." {
			continue // "Washington, D.C." names the capital, which "Washington" resolves to
		}
		mn := mention{sent: si, t0: i, t1: i + 1, start: ts[i].start, end: ts[i].end,
			key: t, origin: fromAbbrev, group: -1, support: 1}
		if !f.excluded(mn.start, mn.end) {
			f.add(mn)
		}
	}
}

// overlapsSince reports whether a mention added since index first
// overlaps the span.
func (f *finder) overlapsSince(first, start, end int) bool {
	for i := first; i < len(f.ments); i++ {
		if m := &f.ments[i]; m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// excludedName reports a mention inside a span the caller excluded,
// unless the span is the name of the place's own institution or an
// organization in the possessive ("Quetta Police", "Canada's Food
// Inspection Agency"), which still name the place.
func (f *finder) excludedName(ts []tok, mn mention, kinds gazetteer.Kinds) bool {
	for _, x := range f.in.Exclude {
		if x[0] >= mn.end || mn.start >= x[1] {
			continue
		}
		e := ner.Entity{Label: "ORG", Start: x[0], End: x[1]}
		if x[1] > mn.end && (possessiveOf(f.doc, e, mn, kinds) || institutionOf(ts, e, mn, kinds)) {
			continue
		}
		return true
	}
	return false
}

func (f *finder) excluded(start, end int) bool {
	for _, x := range f.in.Exclude {
		if x[0] < end && start < x[1] {
			return true
		}
	}
	return false
}

// entityOwns reports whether a GPE/LOC entity e that extends beyond
// mention mn is a name of its own: it is when the gazetteer knows the
// whole entity, or when its other words are capitalised words other than
// directions ("North") and articles.
func (f *finder) entityOwns(ts []tok, e ner.Entity, mn mention) bool {
	t0, t1, ok := tokenRange(ts, e.Start, e.End)
	if !ok {
		return false
	}
	name, _ := trimArticle(trimPossessive(e.Text), e.Start)
	if len(f.lookup(name)) > 0 {
		return true
	}
	if !nameLike(ts[t0:t1]) {
		return false // "Bila Tserkva south of Kyiv": no name, whatever the recognizer says
	}
	for i := t0; i < t1; i++ {
		if i >= mn.t0 && i < mn.t1 {
			continue
		}
		w := ts[i].text
		if !hasUpper(w) || directions[w] || strings.EqualFold(w, "the") || isApostropheS(w) ||
			ts[i].part && utf8.RuneCountInString(w) == 1 {
			continue // "the", "North", "D-Charleston"
		}
		return true
	}
	return false
}

// dateLike reports a month or a day written as one ("Mon 11:48", "May
// 5", "10 March") that is also the name of some place.
func dateLike(ts []tok, mn mention) bool {
	if mn.t1-mn.t0 != 1 || !dateWords[strings.TrimSuffix(ts[mn.t0].text, ".")] {
		return false
	}
	next := mn.t1 < len(ts) && startsDigit(ts[mn.t1].text)
	prev := mn.t0 > 0 && startsDigit(ts[mn.t0-1].text)
	return next || prev
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// nameLike reports whether tokens can be one name: every word is
// capitalised, or a short connector of names ("of", "de", "al", "and"),
// or a generic word that names take in lower case ("province").
func nameLike(ts []tok) bool {
	for _, t := range ts {
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsLower(r) {
			continue
		}
		switch t.text {
		case "of", "de", "del", "la", "le", "al", "el", "and", "the", "da", "do", "dos", "das", "upon", "on", "am", "an", "der", "di":
			continue
		}
		if _, ok := designators[t.text]; ok {
			continue
		}
		return false
	}
	return true
}

// possessiveOf reports an organization entity that opens with a country,
// a division or a big city in the possessive ("Canada's Food Inspection
// Agency", "the United Kingdom's Health Ministry"): the place is named as
// the organization's owner.
func possessiveOf(doc *nlp.Doc, e ner.Entity, mn mention, kinds gazetteer.Kinds) bool {
	if e.Start != mn.start || kinds&(gazetteer.KindCountry.Bit()|gazetteer.KindAdmin1.Bit()|gazetteer.FlagBigCity) == 0 {
		return false
	}
	return isApostropheS(doc.Slice(mn.end, mn.end+2))
}

// institutionOf reports an entity that is the name of a place's own
// institution: it opens with the place, and the words after it include an
// institution word and no word of a proper organization's name ("Guernsey
// County Common Pleas Court", "Ohio Department of Development", "New
// London Police Department").
func institutionOf(ts []tok, e ner.Entity, mn mention, kinds gazetteer.Kinds) bool {
	if e.Start != mn.start || e.Label == "NORP" || kinds.Has(gazetteer.KindCountry) {
		// A country's ministries and agencies are the state acting
		// ("the United States Department of Agriculture"), which the
		// actors stage reports.
		return false
	}
	found := false
	for i := mn.t1; i < len(ts) && ts[i].end <= e.End; i++ {
		w := strings.TrimSuffix(ts[i].text, ".")
		switch {
		case orgHeads[w]:
			return false
		case militaryHeads[w]:
			if i > mn.t1 || !kinds.Has(gazetteer.KindCountry) {
				return false
			}
			found = true
		case institutionHeads[w]:
			found = true
		}
	}
	return found
}

// notAName reports a candidate that the words around it show to be no
// place name: part of an organization's or a person's name, after a
// person's title, a generic word, or a holiday.
func (f *finder) notAName(ts []tok, mn mention, kinds gazetteer.Kinds, headline, allCaps bool) bool {
	if allGeneric(ts[mn.t0:mn.t1]) {
		return true // "North", "City", "Eastern province": shortened names that are mostly words
	}
	if mn.t0 > 0 && titles[ts[mn.t0-1].text] {
		return true // "Sen. Lincoln", "Mr. Jordan"
	}
	if mn.t1+1 < len(ts) && isApostropheS(ts[mn.t1].text) && ts[mn.t1+1].text == "Day" {
		return true // "St. Patrick's Day"
	}
	if inOrgName(ts, mn, kinds) {
		return true
	}
	if mn.t1 < len(ts) && (ts[mn.t1].text == "dollars" || ts[mn.t1].text == "dollar") {
		return true // "US dollars": a currency
	}
	if mn.t1+1 < len(ts) && ts[mn.t1].text == "-" && ts[mn.t1].part && actorSuffix[ts[mn.t1+1].text] {
		return true // "U.S.-led", "Iran-backed": an actor, not a place
	}
	if headline && !allCaps {
		return false // in title case every word is capitalised
	}
	return f.nameNeighbour(ts, mn)
}

// nameNeighbour reports a capitalised word right before or after the
// candidate that is neither a place, a designator, a direction, a date
// word nor a title: the candidate is then one word of a longer name
// ("Peabody Energy", "Douglas Polling", "Martinsville Roofing",
// "Consumers Energy").
func (f *finder) nameNeighbour(ts []tok, mn mention) bool {
	check := func(i int, before bool) bool {
		t := ts[i]
		w := t.text
		if w == "-" && t.part {
			// a hyphenated compound: look at the word across the hyphen
			j := i + 1
			if before {
				j = i - 1
			}
			if j < 0 || j >= len(ts) || !ts[j].part {
				return false
			}
			if before && len(ts[j].text) == 1 {
				return false // "D-Iowa City", "R-London": a legislator's party
			}
			t, w = ts[j], ts[j].text
		}
		if !startsUpper(w) || lowerFunction[strings.ToLower(w)] || neighbourOK(w) {
			return false
		}
		if before && opensSentence(ts, i) && !t.part {
			return false // "Across Quetta, ...": capitalised because it opens the sentence
		}
		if _, ok := stateAbbrevs[w]; ok {
			return false
		}
		if f.knownPlaceWord(w) {
			return false // "Watertown-Mayer", "Quetta Gwadar"
		}
		return true
	}
	if mn.t0 > 0 && check(mn.t0-1, true) {
		return true
	}
	return mn.t1 < len(ts) && check(mn.t1, false) && !institutionAfter(ts, mn.t1)
}

// institutionAfter reports a run of capitalised words from token i that
// names an institution of the place before it ("Dublin Arts Council",
// "Grand Ledge Police Chief").
func institutionAfter(ts []tok, i int) bool {
	for n := 0; i < len(ts) && n < 5; i, n = i+1, n+1 {
		w := strings.TrimSuffix(ts[i].text, ".")
		if w == "of" || w == "&" || w == "and" {
			continue
		}
		if !startsUpper(w) || orgHeads[w] {
			return false
		}
		if institutionHeads[w] {
			return true
		}
	}
	return false
}

// knownPlaceWord reports a capitalised word that is itself a country,
// division or city of some size, so that two place names side by side are
// not taken for one longer name.
func (f *finder) knownPlaceWord(w string) bool {
	ps := f.lookup(w)
	for i := range ps {
		if ps[i].Kind != gazetteer.KindCity || ps[i].Population >= 10000 {
			return true
		}
	}
	return false
}

// inOrgName reports whether the mention is part of an organization's
// proper name by its neighbours: capitalised words after it that include
// an organization word ("Baloch Liberation Army", "Ohio State
// University", "Kansas City Star"), an armed force after anything but a
// country ("Arakan Army"), or "University of" before it. A place's own
// institutions ("New London Police", "Dublin City Council") keep it.
func inOrgName(ts []tok, mn mention, kinds gazetteer.Kinds) bool {
	i := mn.t1
	for n := 0; i < len(ts) && n < 5; i, n = i+1, n+1 {
		w := ts[i].text
		if w == "of" || w == "&" || w == "and" || w == "-" && ts[i].part {
			if n == 0 {
				break
			}
			continue
		}
		if !startsUpper(w) {
			break
		}
		w = strings.TrimSuffix(w, ".")
		if orgHeads[w] {
			return true
		}
		if militaryHeads[w] && (n > 0 || !kinds.Has(gazetteer.KindCountry)) {
			return true
		}
		if _, isAbbrev := stateAbbrevs[ts[i].text]; isAbbrev {
			break
		}
	}
	if mn.t0 >= 2 && ts[mn.t0-1].text == "of" && orgLeads[ts[mn.t0-2].text] {
		return true
	}
	return false
}

// context scores the words around a mention for a place reading: a
// locative preposition before it ("in", "near"), a designator of a unit
// before ("the city of") or after it ("Muscogee and Harris counties");
// and against it: a verb of speech right after a single word ("Edison
// said").
func (f *finder) context(ts []tok, mn mention) int {
	s := 0
	afterPrep := false
	if mn.t0 > 0 {
		p := ts[mn.t0-1].text
		switch {
		case locPreps[p]:
			s++
			afterPrep = true
		case p == "of" && mn.t0 > 1:
			afterPrep = true
			// "the city of X", "a resident of X", "Smith, 39, of X"
			q := strings.ToLower(ts[mn.t0-2].text)
			if unitNouns[q] || ofPlaceNouns[q] || q == "," || isNumber(q) {
				s++
			}
		}
	}
	if _, ok := designators[strings.ToLower(ts[mn.t1-1].text)]; ok && mn.t1-mn.t0 > 1 {
		s++ // "Walker County", "Mastung District": the name says what it is
	}
	if mn.t1 < len(ts) {
		n := strings.ToLower(ts[mn.t1].text)
		if unitNouns[n] && !startsUpper(ts[mn.t1].text) {
			s++
		}
		if speechVerbs[n] && mn.t1-mn.t0 == 1 && mn.ner == "" && !afterPrep {
			s -= 2
		}
	}
	return s
}

// institutionName reports a name made of institution and organization
// words only ("Parliament", "City Hall"): a building or a body, not a
// place the gazetteer lacks.
func institutionName(ts []tok) bool {
	for _, t := range ts {
		w := strings.TrimSuffix(t.text, ".")
		if !institutionHeads[w] && !orgHeads[w] && !generic[w] && !titles[w] && w != "Parliament" && w != "Capitol" {
			return false
		}
	}
	return true
}

// strictContext reports the words around an unknown name that only a
// place takes: "the village of X", "villages of X and Y", "X district",
// and with preps, "in X" or "near X" (enough for a name the recognizer
// calls a place, not for one it calls a person: "in Hamas").
func strictContext(ts []tok, mn mention, preps bool) bool {
	if isShortCaps(ts[mn.t0].text) {
		return false // "BAI", "UNAMID"
	}
	if mn.t0 > 0 {
		switch p := ts[mn.t0-1].text; {
		case preps && (p == "in" || p == "near" || p == "outside" || p == "inside" || p == "around" || p == "across" || p == "throughout"):
			return true
		case p == "of" && mn.t0 > 1 && unitNouns[strings.ToLower(ts[mn.t0-2].text)]:
			return true
		case (p == "and" || p == ",") && mn.t0 > 3 && ts[mn.t0-3].text == "of" && unitNouns[strings.ToLower(ts[mn.t0-4].text)]:
			return true // "the villages of Nuli and Avnevi"
		}
	}
	return mn.t1 < len(ts) && unitNouns[ts[mn.t1].text]
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// properNoun reports whether the tagger takes token i of sentence si for a
// proper noun. Tags are computed once per sentence, and only for the
// sentences that need them.
func (f *finder) properNoun(si, i int) bool {
	if f.tags == nil {
		f.tags = map[int][]string{}
	}
	tags, ok := f.tags[si]
	if !ok {
		tags = ner.Tag(f.doc.Sentences[si].Tokens)
		f.tags[si] = tags
	}
	return i < len(tags) && strings.HasPrefix(tags[i], "NNP")
}

// placeKinds are the bits of the place kinds in a Kinds set.
var placeKinds = gazetteer.KindCountry.Bit() | gazetteer.KindAdmin1.Bit() | gazetteer.KindAdmin2.Bit() |
	gazetteer.KindCity.Bit() | gazetteer.KindRegion.Bit()

// trimPossessive removes a final "'s" or "’s".
func trimPossessive(s string) string {
	if strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "'S") || strings.HasSuffix(s, "’S") {
		_, n := utf8.DecodeLastRuneInString(s[:len(s)-1])
		return s[:len(s)-1-n]
	}
	return s
}

func isApostropheS(s string) bool {
	return s == "'s" || s == "’s" || s == "'S" || s == "’S"
}

// trimArticle removes a leading "the " from a name and moves its start.
func trimArticle(s string, start int) (string, int) {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:], start + 4
	}
	return s, start
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCapsWord reports a word of two or more letters, all capitals
// ("LONDON", "RIDGE").
func isAllCapsWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isShortCaps reports an acronym-like word: two to four letters, all
// capitals ("EST", "CNN", "AP").
func isShortCaps(s string) bool {
	return isAllCapsWord(s) && utf8.RuneCountInString(s) <= 5
}

// opensSentence reports whether token i is the first word of its sentence,
// after any opening quotation marks, brackets, dashes or list bullets.
func opensSentence(ts []tok, i int) bool {
	for j := 0; j < i; j++ {
		for _, r := range ts[j].text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// notPlaceForm reports a run of tokens written in a way no place name is
// used: a currency ("US$"), part of a code ("A/California/7/2009"), a
// hyphenated word that is not about the place ("Green-winged",
// "mid-Atlantic"), or "The" before a common noun ("The village of").
func notPlaceForm(ts []tok, t0, t1 int) bool {
	for _, t := range ts[t0:t1] {
		if strings.ContainsAny(t.text, "$€£/") {
			return true
		}
	}
	if t0 > 0 && (ts[t0-1].text == "$" || ts[t0-1].text == "/") && ts[t0-1].end == ts[t0].start {
		return true
	}
	if t1 < len(ts) && ts[t1].text == "/" && ts[t1].start == ts[t1-1].end {
		return true
	}
	if ts[t0].part && t0 > 1 && ts[t0-1].text == "-" && ts[t0-2].part {
		if p := ts[t0-2].text; !startsUpper(p) && p != "anti" && p != "pro" {
			return true // "mid-Atlantic", "euro-Atlantic"
		}
	}
	if ts[t1-1].part && t1+1 < len(ts) && ts[t1].text == "-" && ts[t1+1].part {
		if n := ts[t1+1].text; !startsUpper(n) && !placeSuffix[n] && !actorSuffix[n] {
			return true // "Green-winged"
		}
	}
	if t1-t0 > 1 && (ts[t0].text == "The" || ts[t0].text == "THE") && !startsUpper(ts[t0+1].text) {
		return true // "The village of Pongpong"
	}
	return false
}

// allGeneric reports a name made only of directions, designators and
// generic words ("North", "Eastern province", "North-Western"). A
// capitalised designator after a direction makes a proper name ("East
// Region" of Cameroon, "Northern Province").
func allGeneric(ts []tok) bool {
	for i, t := range ts {
		if t.text == "-" && t.part {
			continue
		}
		if !genericWord(t.text) {
			return false
		}
		if _, ok := designators[strings.ToLower(t.text)]; ok && i > 0 && startsUpper(t.text) {
			return false
		}
	}
	return true
}

// isHeadline reports a sentence in title case or in capitals, where
// capitals do not mark names: three quarters or more of its words other
// than short function words ("of", "in", "a") start with a capital and
// it has no final full stop, or nine tenths of them do.
func isHeadline(ts []tok) bool {
	words, upper := 0, 0
	for _, t := range ts {
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsLetter(r) || r >= 'a' && r <= 'z' && len(t.text) <= 4 && lowerFunction[t.text] {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if words < 3 {
		return false
	}
	if last := ts[len(ts)-1].text; last == "." || last == "!" || last == "?" {
		return upper*10 >= words*9
	}
	return upper*4 >= words*3
}

// isCapsLine reports a sentence whose words are mostly in capitals.
func isCapsLine(ts []tok) bool {
	words, caps := 0, 0
	for _, t := range ts {
		if !hasLetter(t.text) {
			continue
		}
		words++
		if isAllCapsWord(t.text) {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}

// genericWord reports a single capitalised word that the gazetteer knows
// as a shortened name but that news uses as a word: directions ("the
// North"), designators ("City officials"), "Capital".
func genericWord(w string) bool {
	if directions[w] || generic[w] {
		return true
	}
	_, ok := designators[strings.ToLower(w)]
	return ok
}

// neighbourOK reports capitalised words that may stand next to a place
// name without making it part of another name: designators and features
// ("Laurel County", "Lake Lanier"), directions, days and months ("in
// Kabul Monday"), titles ("Quetta Mayor"), and "The".
func neighbourOK(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if featureWords[w] || directions[w] || dateWords[w] || titles[w] || institutionHeads[w] || militaryHeads[w] || w == "The" || w == "I" {
		return true
	}
	_, ok := designators[strings.ToLower(w)]
	return ok
}
