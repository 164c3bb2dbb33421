package casualties

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
)

// word is one token of a sentence as the stage sees it: tokens joined by a
// hyphen or a dash with no space ("40", "-", "hour") become one word, so the
// stage does not depend on how the tokenizer treats compounds.
type word struct {
	text       string // as written
	low        string // lower case, curly apostrophes made straight
	start, end int    // code-point offsets into the document text
	e          *entry // lexicon entry of low (nil when unknown)
	k          kind   // e.k, or 0
	upper      bool   // starts with an upper-case letter
	allUpper   bool   // two or more letters, all upper case
	digit      bool   // starts with a digit
	acronym    bool   // all capitals in a sentence that is not all capitals ("IS", "FSA")
	age        bool   // an age or age compound used as a noun or modifier ("25-year-old")
}

// is reports whether the word is in one of the classes.
func (w *word) is(k kind) bool { return w.k&k != 0 }

// buildWords fills buf with the words of the sentence and returns it.
func buildWords(doc *nlp.Doc, toks []nlp.Token, buf []word) []word {
	ws := buf[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		start, end := t.Start, t.End
		text := t.Text
		// join "40" "-" "hour" written without spaces
		j := i
		for j+2 < len(toks) && isDash(toks[j+1].Text) && toks[j+1].Start == toks[j].End &&
			toks[j+2].Start == toks[j+1].End && wordish(toks[j].Text) && wordish(toks[j+2].Text) {
			j += 2
		}
		if j > i {
			end = toks[j].End
			text = doc.Slice(start, end)
			i = j
		}
		ws = append(ws, newWord(text, start, end))
	}
	// a headline in capitals: its words are no acronyms
	caps, letters := 0, 0
	for i := range ws {
		if wordish(ws[i].text) && !ws[i].digit {
			letters++
			if ws[i].allUpper {
				caps++
			}
		}
	}
	shout := caps*2 > letters
	for i := range ws {
		ws[i].acronym = ws[i].allUpper && !shout
	}
	return ws
}

func newWord(text string, start, end int) word {
	w := word{text: text, start: start, end: end}
	w.low = lower(text)
	if e := lexicon[w.low]; e != nil {
		w.e, w.k = e, e.k
	}
	r, _ := utf8.DecodeRuneInString(text)
	w.upper = unicode.IsUpper(r)
	w.digit = r >= '0' && r <= '9'
	w.age = isAge(w.low)
	if w.upper {
		n, up := 0, true
		for _, r := range text {
			if unicode.IsLetter(r) {
				n++
				if !unicode.IsUpper(r) {
					up = false
					break
				}
			}
		}
		w.allUpper = up && n >= 2
	}
	return w
}

// lower returns s in lower case with curly apostrophes and dashes made
// plain; it allocates only when s changes.
func lower(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		case '–', '—', '‑', '‐':
			if len(s) > len(string(r)) { // a dash inside a word is a hyphen
				r = '-'
			}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "‑" || s == "‐" }

// wordish reports whether a token is a word or a number (not punctuation).
func wordish(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAge reports whether s is an age compound: "25-year-old",
// "13-month-old", "five-year-old", "25-years-old".
func isAge(s string) bool {
	if !strings.HasSuffix(s, "-old") {
		return false
	}
	a, rest, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	if _, _, ok := parseSimple(a); !ok {
		if _, ok := compoundWordNumber(a); !ok {
			return false
		}
	}
	switch strings.TrimSuffix(rest, "-old") {
	case "year", "years", "month", "months", "week", "weeks", "day", "days":
		return true
	}
	return false
}
