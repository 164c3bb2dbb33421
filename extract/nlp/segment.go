package nlp

import (
	"strings"
	"unicode/utf8"
)

// isLineBreak reports whether r ends a line (and so a sentence).
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// abbreviation classes, for the words in abbrevs.
const (
	abbrTitle  = 1 << iota // precedes a name: never ends a sentence ("Gen.", "Dr.")
	abbrNumber             // precedes a number: "No. 10", "Jan. 5"
	abbrOther              // ordinary abbreviation ("Corp.", "Ariz."), which may end a sentence
	abbrSaint              // "St.", "Mt.", "Ft.", "Del.": a title before a name ("St. Louis"), an ordinary abbreviation after one ("Baker St.")
	abbrLower              // also an abbreviation when written in lower case ("etc.", "vs.")
)

// abbrevs maps lower-case abbreviations, without their final period, to
// their classes. Unless marked abbrLower, a word is an abbreviation only
// when it starts with a capital ("Gen." but not "gen.", "No. 10" but not
// "no."). Initials and words with periods inside ("J.", "U.S.", "a.m.")
// need no entry.
var abbrevs = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(cls uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = cls
		}
	}
	add(abbrTitle, `mr mrs ms mx messrs mmes dr prof rev fr hon
		gen gens lt col maj capt cpt cmdr cdr adm brig sgt cpl pvt pte spc lieut cmdt
		sen sens rep reps gov pres insp supt det amb atty`)
	add(abbrTitle|abbrLower, `vs v`)
	add(abbrNumber, `no nos art fig vol pp ch sec para rs
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(abbrOther, `inc corp co cos ltd bros jr sr ave blvd rd dept govt univ assn intl natl
		ala ariz ark calif colo conn fla ga ill ind kan kans ky la md mass mich minn miss
		mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo`)
	add(abbrOther|abbrLower, `etc esp approx est al cf ca incl ret`)
	add(abbrSaint, `st mt ft del`)
	return m
}()

// lowerKey writes the ASCII lower-case form of w into buf and returns it,
// or false when w is too long or not ASCII. Looking up string(key) in a
// map does not allocate.
func lowerKey(buf []byte, w string) ([]byte, bool) {
	if len(w) > len(buf) || w == "" {
		return nil, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		buf[k] = lowerASCII(c)
	}
	return buf[:len(w)], true
}

// lookupAbbrev returns the class of the abbreviation w (any case, without
// its period).
func lookupAbbrev(w string) (uint8, bool) {
	var buf [8]byte
	key, ok := lowerKey(buf[:], w)
	if !ok {
		return 0, false
	}
	cls, ok := abbrevs[string(key)]
	return cls, ok
}

// starters are lower-case words that, capitalised after a period, more
// likely begin a new sentence than continue a name: closed-class words
// (articles, pronouns, conjunctions, prepositions), common sentence
// adverbs, and the subjects news sentences often start with. After an
// initial or an acronym ("the U.S. Army" against "in the U.S. The army"),
// after an ellipsis, and after a one-word parenthesis ("(Ariz.)") a
// sentence ends only before one of these.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those his her its their our my your
		he she it they we i you there here who what when where why how which whose
		and but or nor so yet for if as while although though because since unless once
		in on at to from by with without after before during under over about against
		among between into through despite until of according amid
		meanwhile however also still then later earlier now today yesterday tomorrow
		instead indeed moreover nevertheless nonetheless thus separately similarly
		sometimes often perhaps maybe
		last next some many most several both all each every few no not one two three
		such other another more even only just much
		police officials authorities witnesses residents analysts critics experts
		is are was were has have had will would can could should may might must do does did`) {
		m[w] = true
	}
	return m
}()

// isStarter reports whether the token s[tok.start:tok.end] is a
// capitalised word in starters.
func isStarter(s string, tok rawToken) bool {
	if tok.flags&fUpper == 0 {
		return false
	}
	var buf [16]byte
	key, ok := lowerKey(buf[:], s[tok.start:tok.end])
	return ok && starters[string(key)]
}

// split marks the last token of every sentence with fEnd. A sentence
// ends
//   - at every line break: the HTML stage writes one paragraph or heading
//     per line, and headings have no full stop;
//   - after ".", "!", "?" and the closing quotation marks and brackets
//     written right after them, unless the next token starts with a
//     lower-case letter (`“Get out!” he said.`) or is punctuation that
//     cannot start a sentence (a comma, colon, dash, closing bracket);
//   - after an abbreviation's period under the same conditions and its
//     class's rule: never after a title ("Gen. Ali"); after "No." or a
//     month only before a non-number ("No. 10"); after initials or an
//     acronym only before a likely sentence starter (starters), and
//     after an acronym also before an opening quotation mark ("the U.S.
//     Army" but "… the U.S. The army");
//     after other abbreviations before a capitalised word or an opening
//     quotation mark;
//   - after an ellipsis ("...", "…", or periods spaced out, ". . .") only
//     before a likely sentence starter;
//   - after a one-word parenthesis ending in a period, "(Ariz.)", only
//     before a likely sentence starter.
func split(s string, toks []rawToken) {
	n := len(toks)
	for i := 0; i < n; i++ {
		if i+1 == n || toks[i+1].flags&fLineStart != 0 {
			toks[i].flags |= fEnd
			continue
		}
		f := toks[i].flags
		if f&(fPeriod|fBang|fEllipsis|fAbbr) == 0 {
			continue
		}
		kind := termAbbr
		switch {
		case f&fBang != 0:
			kind = termPlain
		case f&fEllipsis != 0:
			kind = termEllipsis
		case f&fPeriod != 0:
			kind = termPlain
		}
		j := i
		// Three or more periods, spaced out or not, are an ellipsis.
		if f&fPeriod != 0 {
			k := i
			for k+1 < n && toks[k+1].flags&fPeriod != 0 && toks[k+1].flags&fLineStart == 0 {
				k++
			}
			if k-i >= 2 {
				j, kind = k, termEllipsis
			}
		}
		// The terminators and closing marks written right after it: a
		// full stop, "!" or "?" among them makes the end plain.
		for j+1 < n {
			g := toks[j+1].flags
			if g&fLineStart != 0 || g&(fPeriod|fBang|fEllipsis|fCloseQ) == 0 {
				break
			}
			if g&fSpaceBef != 0 {
				if !looseCloser(toks, j+1) {
					break
				}
				j++ // nothing after a loose closer belongs to the group
				break
			}
			if g&(fPeriod|fBang) != 0 {
				kind = termPlain
			}
			j++
		}
		if j+1 == n || toks[j+1].flags&fLineStart != 0 || breakAfter(s, toks, i, j, kind) {
			toks[j].flags |= fEnd
		}
		i = j
	}
}

// looseCloser reports whether toks[k], written after white space, is a
// straight quotation mark that closes: one with white space or the end of
// the line after it (`… he said . "` in text tokenized before), where an
// opening one would touch the word it opens.
func looseCloser(toks []rawToken, k int) bool {
	if toks[k].flags&(fOpenQ|fCloseQ) != fOpenQ|fCloseQ {
		return false
	}
	return k+1 == len(toks) || toks[k+1].flags&(fLineStart|fSpaceBef) != 0
}

// Kinds of sentence-final punctuation, for breakAfter.
const (
	termPlain    = iota // ".", "!" or "?", possibly with closing marks
	termEllipsis        // "...", "…", ". . ."
	termAbbr            // an abbreviation's own period, possibly with closing marks
)

// breakAfter reports whether a sentence ends after toks[j], where
// toks[i:j+1] is sentence-final punctuation of the given kind (toks[i]
// being the abbreviation for termAbbr) and toks[j+1] is on the same line.
func breakAfter(s string, toks []rawToken, i, j, kind int) bool {
	next := toks[j+1]
	nf := next.flags
	if nf&(fLower|fNoStart) != 0 || nf&fCloseQ != 0 && nf&fOpenQ == 0 {
		return false
	}
	// A quotation that opens with a lower-case word continues the
	// sentence: `… saying the U.S. “does not have the capacity …”`.
	if nf&fOpenQ != 0 && j+2 < len(toks) && toks[j+2].flags&(fLower|fSpaceBef) == fLower {
		return false
	}
	if oneWordParen(toks, i, j) {
		return isStarter(s, next)
	}
	switch kind {
	case termPlain:
		return true
	case termEllipsis:
		return isStarter(s, next)
	}
	// An abbreviation's period, possibly followed by closing marks.
	f := toks[i].flags
	quote := nf&fOpenQ != 0 && s[next.start] != '(' && s[next.start] != '[' && s[next.start] != '{'
	switch {
	case f&fTitle != 0:
		return false
	case f&fSaint != 0:
		// "Baker St." may end a sentence, "St. Louis" and "Mari St.
		// Martin" do not.
		return afterName(s, toks, i) && (isStarter(s, next) || quote)
	case f&fNumAbbr != 0:
		return nf&fDigit == 0
	case f&fDotted != 0:
		return isStarter(s, next) || quote
	case f&fInitial != 0:
		// Not before a quotation mark: `Robert C. "Bobby" Scott`.
		return isStarter(s, next)
	}
	// Other abbreviations end a sentence before a capitalised word or an
	// opening quotation mark, but not before a number or a bracket
	// ("Casey Jr. (D-Pa.)").
	return nf&fUpper != 0 || quote
}

// afterName reports whether toks[i] follows a capitalised word on its
// line that is not a likely sentence starter: "Baker St." but not "The
// St. Paul City Council".
func afterName(s string, toks []rawToken, i int) bool {
	return toks[i].flags&fLineStart == 0 && toks[i-1].flags&fUpper != 0 && !isStarter(s, toks[i-1])
}

// oneWordParen reports whether toks[i:j+1] closes a parenthesis of one
// word that ends in a period: "(Ariz.)" as toks[i-1], toks[i], toks[j], or
// "(Foo.)" with the period a token of its own. A full stop after the
// parenthesis, "(Ariz.).", makes it an ordinary end.
func oneWordParen(toks []rawToken, i, j int) bool {
	if j != i+1 || toks[j].flags&fParenClose == 0 {
		return false
	}
	switch {
	case toks[i].flags&fAbbr != 0:
		return i >= 1 && toks[i-1].flags&fParenOpen != 0
	case toks[i].flags&fPeriod != 0:
		return i >= 2 && toks[i-2].flags&fParenOpen != 0 && toks[i-1].flags&(fUpper|fLower|fDigit) != 0 &&
			toks[i-1].flags&fSpaceBef == 0 && toks[i].flags&fSpaceBef == 0
	}
	return false
}
