package nlp

import (
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// byteRange is a half-open range of byte offsets.
type byteRange struct{ start, end int }

// textLine is one line of a document and the code-point offset of its start.
type textLine struct {
	text    string
	runeOff int
}

// isLineBreak reports whether r ends a line (and so a sentence).
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// lines yields the lines of text, without their line breaks.
func lines(text string) iter.Seq[textLine] {
	return func(yield func(textLine) bool) {
		start, runeStart, n := 0, 0, 0
		for i, r := range text {
			if isLineBreak(r) {
				if !yield(textLine{text[start:i], runeStart}) {
					return
				}
				start = i + utf8.RuneLen(r)
				runeStart = n + 1
			}
			n++
		}
		yield(textLine{text[start:], runeStart})
	}
}

func isBlank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// abbreviation classes, for the words in abbrevs.
const (
	abbrTitle  = 1 << iota // precedes a name: never ends a sentence ("Gen.", "Dr.")
	abbrNumber             // precedes a number: "No. 10", "Jan. 5"
	abbrOther              // ordinary abbreviation ("Corp.", "St."), which may end a sentence
)

// abbrevs maps lower-case abbreviations, without their final period, to
// their classes. They are added to the Punkt model and drive the repairs in
// join and in the tokenizer.
var abbrevs = map[string]int{
	// titles and ranks
	"mr": abbrTitle, "mrs": abbrTitle, "ms": abbrTitle, "mx": abbrTitle, "messrs": abbrTitle,
	"dr": abbrTitle, "prof": abbrTitle, "rev": abbrTitle, "fr": abbrTitle, "hon": abbrTitle,
	"gen": abbrTitle, "gens": abbrTitle, "lt": abbrTitle, "col": abbrTitle, "maj": abbrTitle,
	"capt": abbrTitle, "cmdr": abbrTitle, "cdr": abbrTitle, "adm": abbrTitle, "brig": abbrTitle,
	"sgt": abbrTitle, "cpl": abbrTitle, "pvt": abbrTitle, "lieut": abbrTitle, "cmdt": abbrTitle,
	"sen": abbrTitle, "sens": abbrTitle, "rep": abbrTitle, "reps": abbrTitle, "gov": abbrTitle,
	"pres": abbrTitle, "insp": abbrTitle, "supt": abbrTitle, "amb": abbrTitle, "atty": abbrTitle,
	// before a number
	"no": abbrNumber, "nos": abbrNumber, "art": abbrNumber, "fig": abbrNumber, "vol": abbrNumber,
	"pp": abbrNumber, "ch": abbrNumber, "sec": abbrNumber, "para": abbrNumber,
	"jan": abbrNumber, "feb": abbrNumber, "mar": abbrNumber, "apr": abbrNumber, "jun": abbrNumber,
	"jul": abbrNumber, "aug": abbrNumber, "sep": abbrNumber, "sept": abbrNumber, "oct": abbrNumber,
	"nov": abbrNumber, "dec": abbrNumber,
	// others
	"inc": abbrOther, "corp": abbrOther, "co": abbrOther, "cos": abbrOther, "ltd": abbrOther,
	"bros": abbrOther, "jr": abbrOther, "sr": abbrOther, "st": abbrOther, "mt": abbrOther,
	"ft": abbrOther, "ave": abbrOther, "blvd": abbrOther, "dept": abbrOther, "govt": abbrOther,
	"est": abbrOther, "approx": abbrOther, "vs": abbrOther, "etc": abbrOther, "esp": abbrOther,
}

// starters are lower-case words that, capitalised after a period, more
// likely begin a new sentence than continue a name: closed-class words
// (articles, pronouns, conjunctions, prepositions) and common sentence
// adverbs. Punkt's own list of frequent sentence starters is added to it.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those his her its their our my your
		he she it they we i you there here who what when where why how which
		and but or nor so yet for if as while although though because since unless
		in on at to from by with without after before during under over about against
		among between into through despite until of
		meanwhile however also still then later earlier now today yesterday tomorrow
		last next some many most several both all each few no not one two three
		police officials authorities witnesses residents`) {
		m[w] = true
	}
	return m
}()

// splitter finds sentence boundaries inside one line: the Punkt segmenter
// that prose uses, trained for English, followed by join.
type splitter struct {
	punkt    *sentences.DefaultSentenceTokenizer
	starters map[string]bool
}

// segmenter returns the process-wide splitter, building it on first use.
var segmenter = sync.OnceValue(newSplitter)

func newSplitter() *splitter {
	storage := sentences.NewStorage()
	// The English data is compiled into the binary; should it ever fail
	// to load, Punkt still works (less well) from an empty model, which is
	// better than failing every article.
	if b, err := data.Asset("data/english.json"); err == nil {
		if st, err := sentences.LoadTraining(b); err == nil {
			storage = st
		}
	}
	for w := range abbrevs {
		storage.AbbrevTypes.Add(w)
	}
	st := make(map[string]bool, len(starters)+len(storage.SentStarters))
	for w := range starters {
		st[w] = true
	}
	for w := range storage.SentStarters {
		st[w] = true
	}
	punkt, err := english.NewSentenceTokenizer(storage)
	if err != nil {
		// Unreachable with a non-nil storage, but never leave punkt nil.
		punkt = sentences.NewSentenceTokenizer(storage)
	}
	return &splitter{punkt: punkt, starters: st}
}

// split returns the sentences of one line (which holds no line break) as
// byte ranges trimmed of white space, in order.
func (s *splitter) split(line string) []byteRange {
	// Punkt's word tokenizer drops the last word of a text that ends in a
	// multi-byte character (such as ” or an emoji), so give it a final space.
	raw := s.punkt.Tokenize(line + " ")
	out := make([]byteRange, 0, len(raw))
	for _, r := range raw {
		b := trimRange(line, min(r.Start, len(line)), min(r.End, len(line)))
		if b.start >= b.end {
			continue
		}
		if n := len(out); n > 0 && b.start < out[n-1].end {
			b.start = out[n-1].end // defensive: keep ranges ordered and disjoint
			if b = trimRange(line, b.start, b.end); b.start >= b.end {
				continue
			}
		}
		if n := len(out); n > 0 && s.join(line[out[n-1].start:out[n-1].end], line[b.start:b.end]) {
			out[n-1].end = b.end
			continue
		}
		out = append(out, b)
	}
	return out
}

// trimRange shrinks [start, end) of s to exclude white space at both ends.
func trimRange(s string, start, end int) byteRange {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return byteRange{start, end}
}

// join reports whether a boundary that Punkt put between prev and next is
// wrong and the two belong to one sentence. It fixes the splits that matter
// in news text:
//   - before a lower-case word: `“Get out!” he said.`, `Yahoo! said`, and
//     before a comma, semicolon, colon, closing bracket or dash, which
//     cannot start a sentence;
//   - after a one-word parenthesis ending in a period, "Sheriff (Ariz.)
//     Joe Arpaio", unless the next word is a likely sentence starter;
//   - after a title, which always precedes a name: "Gen. Mark Milley";
//   - after an abbreviation that precedes a number: "No. 10", "Jan. 5";
//   - after initials or an acronym, when the next word is capitalised and
//     is not a likely sentence starter: "J. R. R. Tolkien", "the U.S. Army"
//     (but not "… in the U.S. The …").
func (s *splitter) join(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) || strings.ContainsRune(",;:)]}-–—", first) {
		return true
	}
	last := prev
	if i := strings.LastIndexFunc(prev, unicode.IsSpace); i >= 0 {
		last = prev[i+1:]
	}
	if len(last) > 3 && last[0] == '(' && strings.HasSuffix(last, ".)") {
		// A one-word parenthesis that ends in a period, "(Ariz.)" or
		// "(D-Mo.)", holds an abbreviation: a sentence that ends in a
		// parenthesis puts its full stop after it.
		return unicode.IsUpper(first) && !s.starters[firstWord(next)]
	}
	last = strings.TrimLeft(last, `"'“‘«([`)
	if !strings.HasSuffix(last, ".") {
		return false
	}
	core := strings.ToLower(strings.TrimSuffix(last, "."))
	// "Lt.-Gen." and "Maj.-Gen." are titles because "gen" is.
	if i := strings.LastIndexAny(core, ".-"); i >= 0 && !isInitials(last) {
		core = core[i+1:]
	}
	class := abbrevs[core]
	switch {
	case class&abbrTitle != 0:
		return true
	case class&abbrNumber != 0:
		return unicode.IsDigit(first)
	case isInitials(last):
		return unicode.IsUpper(first) && !s.starters[firstWord(next)]
	}
	return false
}

// isInitials reports whether w is one or more capital letters each followed
// by a period: "J.", "U.S.", "J.R.R.".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(w) == size || w[size] != '.' {
			return false
		}
		w = w[size+1:]
	}
	return true
}

// firstWord returns the leading letters of s, lower-cased.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}
