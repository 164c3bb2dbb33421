package actors

import (
	"strings"
	"sync"
	"unicode"

	"github.com/newsx/newsx/extract/gazetteer"
)

// entryKind says what a dictionary phrase names.
type entryKind uint8

const (
	eGroup   entryKind = iota + 1 // an entry of knownGroups
	eCountry                      // a country's name or short form
	eCapital                      // a country's capital
	eDemonym                      // a country's demonym ("Pakistani")
	eMetonym                      // a building that stands for a government ("Kremlin")
)

// entry is one meaning of a dictionary phrase.
type entry struct {
	kind  entryKind
	group int    // index into knownGroups, for eGroup
	code  string // country code, for the other kinds
	// exact is set for acronym-like spellings ("BLA", "U.S.", "LeT"): the
	// text, without dots, must equal it.
	exact string
	// lowerStart: the spelling starts in lower case ("al-Shabaab"), so the
	// text may too.
	lowerStart bool
}

// dictionary is the phrase table shared by every call: the known groups
// and the countries' names, capitals and demonyms, filed by key (normKey).
type dictionary struct {
	full   map[string][]entry
	prefix map[string]struct{} // every prefix of every key
	// country holds each country's common name, by code.
	country map[string]gazetteer.Country
}

var getDict = sync.OnceValue(buildDict)

func buildDict() *dictionary {
	d := &dictionary{
		full:    map[string][]entry{},
		prefix:  map[string]struct{}{},
		country: map[string]gazetteer.Country{},
	}
	for i, g := range knownGroups {
		d.add(g.name, entry{kind: eGroup, group: i})
		for _, a := range g.aliases {
			d.add(a, entry{kind: eGroup, group: i})
		}
	}
	for _, c := range gazetteer.Countries() {
		d.country[c.Code] = c
		for _, n := range c.Names {
			// "The Sudan", "The Gambia": the article is no part of the name
			// here, or "The Sudan Doctors Network" would start with it.
			n = strings.TrimPrefix(n, "The ")
			d.add(n, entry{kind: eCountry, code: c.Code})
		}
		for _, n := range c.Demonyms {
			d.add(n, entry{kind: eDemonym, code: c.Code})
		}
		if c.Capital != "" {
			d.add(c.Capital, entry{kind: eCapital, code: c.Code})
		}
	}
	for k, code := range metonyms {
		d.full[k] = append(d.full[k], entry{kind: eMetonym, code: code})
		d.addPrefixes(k)
	}
	return d
}

func (d *dictionary) add(spelling string, e entry) {
	k := normKey(spelling)
	if k == "" {
		return
	}
	if acronymLike(spelling) {
		e.exact = strings.ReplaceAll(spelling, ".", "")
	}
	for _, r := range spelling {
		e.lowerStart = unicode.IsLower(r)
		break
	}
	for _, old := range d.full[k] {
		if old == e {
			return
		}
	}
	d.full[k] = append(d.full[k], e)
	d.addPrefixes(k)
}

func (d *dictionary) addPrefixes(k string) {
	for i := 1; i <= len(k); i++ {
		d.prefix[k[:i]] = struct{}{}
	}
}

// acronymLike reports whether a spelling is an acronym that must match in
// its own case: one word of at most eight letters with two or more
// capitals ("BLA", "U.S.", "LeT", "ISIS-K").
func acronymLike(s string) bool {
	if strings.ContainsRune(s, ' ') {
		return false
	}
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper >= 2 && letters <= 8
}

// dmatch is a run of tokens that the dictionary knows.
type dmatch struct {
	s, e    int
	entries []entry
}

// scanDict finds the dictionary phrases among the tokens: at each token,
// the longest run whose key is a phrase and whose case agrees with one of
// its spellings, left to right, without overlaps. Tokens made only of
// apostrophes or hyphens may sit inside a run.
func (d *dictionary) scanDict(toks []tok, buf []byte, out []dmatch) []dmatch {
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.key == "" || t.flags&tLetter == 0 {
			i++
			continue
		}
		buf = buf[:0]
		bestE := -1
		var best []entry
		for j := i; j < len(toks) && j < i+12; j++ {
			u := &toks[j]
			if u.sent != t.sent {
				break
			}
			if u.key == "" {
				if j > i && joinerTok(u.text) {
					continue
				}
				break
			}
			buf = append(buf, u.key...)
			if _, ok := d.prefix[string(buf)]; !ok {
				break
			}
			if es, ok := d.full[string(buf)]; ok {
				if ok := d.caseOK(toks, i, j+1, es); ok != nil {
					bestE, best = j+1, ok
				}
			}
		}
		if bestE < 0 {
			i++
			continue
		}
		out = append(out, dmatch{s: i, e: bestE, entries: best})
		i = bestE
	}
	return out
}

// caseOK returns the entries whose spelling the tokens' case agrees with.
func (d *dictionary) caseOK(toks []tok, s, e int, es []entry) []entry {
	first := &toks[s]
	var text string
	if e-s == 1 {
		text = first.text
	}
	pass := func(en entry) bool {
		switch {
		case en.exact != "":
			if e-s != 1 || strings.ReplaceAll(text, ".", "") != en.exact {
				return false
			}
			// "WHO" in a headline is the pronoun as often as not.
			return first.flags&tCapsLine == 0 || en.kind != eGroup
		case first.flags&tCap != 0:
			return true
		}
		return en.lowerStart
	}
	n := 0
	for _, en := range es {
		if pass(en) {
			n++
		}
	}
	switch n {
	case 0:
		return nil
	case len(es):
		return es
	}
	ok := make([]entry, 0, n)
	for _, en := range es {
		if pass(en) {
			ok = append(ok, en)
		}
	}
	return ok
}

// joinerTok reports whether a token is only apostrophes or hyphens.
func joinerTok(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '\'', '’', '-', '‐', '‑':
		default:
			return false
		}
	}
	return true
}

// countryName returns the common name of a country ("United States").
func (d *dictionary) countryName(code string) string {
	if c, ok := d.country[code]; ok {
		return c.Name
	}
	return ""
}
