package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawToken is a token as the tokenizer finds it: byte offsets into the text
// and what the sentence splitter needs to know about it.
type rawToken struct {
	start, end int // byte offsets, half-open
	flags      tokFlags
}

// tokFlags describe a raw token.
type tokFlags uint32

const (
	fUpper      tokFlags = 1 << iota // starts with an upper-case letter
	fLower                           // starts with a lower-case letter
	fDigit                           // starts with a digit
	fLineStart                       // first token of its line
	fSpaceBef                        // white space (or the start of the text) comes before it
	fPeriod                          // "."
	fBang                            // "!" or "?"
	fEllipsis                        // "..." (or longer) or "…"
	fOpenQ                           // a quotation mark or bracket that may open: “ ‘ " ' ( [ { «
	fCloseQ                          // a quotation mark or bracket that may close: ” ’ " ' ) ] } »
	fNoStart                         // punctuation that cannot start a sentence: , ; : % and dashes
	fParenOpen                       // "("
	fParenClose                      // ")"
	fAbbr                            // a word that kept its final period (an abbreviation or initial)
	fDotted                          // an abbreviation with periods inside: "U.S.", "a.m.", "Ph.D."
	fTitle                           // abbreviation that precedes a name: "Gen.", "Dr."
	fNumAbbr                         // abbreviation that precedes a number: "No.", "Jan."
	fOtherAbbr                       // other abbreviation: "Corp.", "Ariz."
	fInitial                         // a single letter and its period: "J."
	fSaint                           // "St.", "Mt.", "Ft.", "Del.": a title ("St. Louis") or not ("Baker St.")
	fEnd                             // the last token of a sentence (set by the splitter)
)

// maxChunk is the longest run of non-space bytes that is tokenized; a
// longer run (a run of punctuation, a data blob) is not prose and becomes a
// single token, which bounds the number of tokens garbage can produce.
const maxChunk = 256

// Character classes of ASCII bytes.
const (
	cSpace = 1 << iota
	cUpper
	cLower
	cDigit
	cBreak // a line break
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace | cBreak
		case c == ' ' || c == '\t':
			t[c] = cSpace
		}
	}
	return t
}()

// isWordRune reports whether r continues or starts a word: a letter, a
// combining mark, a digit or other number, an underscore, or one of the
// invisible characters that occur inside words (soft hyphen, zero-width
// joiner and non-joiner).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(cUpper|cLower|cDigit) != 0 || r == '_'
	}
	switch r {
	case '\u00ad', '\u200c', '\u200d':
		return true
	}
	if r >= '\u2000' && r <= '\u206f' {
		return false // General Punctuation: dashes, quotation marks, "…"
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

// isHyphen reports whether r joins the parts of a hyphenated word.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// decode returns the rune at s[i:] and its size, with a fast path for
// ASCII; at the end of s it returns (0, 0).
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune that ends at s[:i] and its size.
func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// tokenizer splits a text into raw tokens in one pass.
type tokenizer struct {
	s   string
	out []rawToken
	// flags to add to the next token emitted: fLineStart after a line
	// break, fSpaceBef after white space.
	pending tokFlags
}

// tokenize appends the raw tokens of text to out and returns it.
func tokenize(text string, out []rawToken) []rawToken {
	t := tokenizer{s: text, out: out, pending: fLineStart | fSpaceBef}
	i := 0
	for i < len(text) {
		// Skip white space, noting line breaks.
		c := text[i]
		if c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl&cSpace != 0 {
				if cl&cBreak != 0 {
					t.pending |= fLineStart
				}
				t.pending |= fSpaceBef
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				if isLineBreak(r) {
					t.pending |= fLineStart
				}
				t.pending |= fSpaceBef
				i += size
				continue
			}
		}
		// A chunk: the run of non-space characters from i.
		j := i + 1
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiClass[c]&cSpace != 0 {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if j-i > maxChunk {
			t.emit(i, j, 0)
		} else {
			t.chunk(i, j)
		}
		i = j
	}
	return t.out
}

// emit appends the token s[start:end] with the given flags, adding the
// flags that depend on its first character and on what precedes it.
func (t *tokenizer) emit(start, end int, f tokFlags) {
	if c := t.s[start]; c < utf8.RuneSelf {
		f |= asciiCase[c]
	} else if r, _ := utf8.DecodeRuneInString(t.s[start:]); r < '\u2000' || r > '\u206f' {
		switch {
		case isUpperRune(r):
			f |= fUpper
		case isLowerRune(r):
			f |= fLower
		case isDigitRune(r):
			f |= fDigit
		}
	}
	t.out = append(t.out, rawToken{start: start, end: end, flags: f | t.pending})
	t.pending = 0
}

// asciiCase holds the case flags of ASCII characters.
var asciiCase = func() (t [utf8.RuneSelf]tokFlags) {
	for c := range utf8.RuneSelf {
		switch cl := asciiClass[c]; {
		case cl&cUpper != 0:
			t[c] = fUpper
		case cl&cLower != 0:
			t[c] = fLower
		case cl&cDigit != 0:
			t[c] = fDigit
		}
	}
	return t
}()

// chunk tokenizes the non-space run s[cs:ce].
func (t *tokenizer) chunk(cs, ce int) {
	s := t.s
	i := cs
	for i < ce {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c]&(cUpper|cLower|cDigit) != 0 {
			// The common case: a word starting with an ASCII letter or
			// digit, unless it is a web address.
			if (c|0x20 == 'h' || c|0x20 == 'w') && urlAt(s[i:ce]) {
				i = t.url(i, ce)
			} else {
				i = t.word(i, ce, cs)
			}
			continue
		}
		r, size := decode(s[:ce], i)
		next, nsize := decode(s[:ce], i+size)
		switch {
		case isWordRune(r):
			i = t.word(i, ce, cs)
		case (r == '#' || r == '@') && isWordRune(next) && (i == cs || !isWordRune(lastRune(s, i))):
			i = t.word(i, ce, cs) // a hashtag or a mention
		case r == '+' && isDigitRune(next) && (i == cs || !isWordRune(lastRune(s, i))):
			i = t.word(i, ce, cs) // a signed number: "+0.5"
		case r == '.':
			n := run(s[:ce], i, '.')
			switch {
			case n >= 3:
				t.emit(i, i+n, fEllipsis)
				i += n
			case isDigitRune(next) && (i == cs || !isWordRune(lastRune(s, i))):
				i = t.word(i, ce, cs) // ".5"
			default:
				t.emit(i, i+1, fPeriod)
				i++
			}
		case r == '!' || r == '?':
			t.emit(i, i+1, fBang)
			i++
		case r == '\u2026':
			t.emit(i, i+size, fEllipsis)
			i += size
		case r == '-':
			if n := run(s[:ce], i, '-'); n >= 2 {
				t.emit(i, i+n, fNoStart)
				i += n
			} else {
				t.emit(i, i+1, fNoStart)
				i++
			}
		case r == '\'' || r == '\u2019':
			i = t.apostrophe(i, ce, cs, size)
		case r == '`':
			n := min(run(s[:ce], i, '`'), 2) // `` opens a quotation
			t.emit(i, i+n, fOpenQ)
			i += n
		case r == '&':
			if n := entityLen(s[i:ce]); n > 0 {
				t.emit(i, i+n, 0)
				i += n
			} else {
				t.emit(i, i+1, 0)
				i++
			}
		case isRegionalIndicator(r) && isRegionalIndicator(next):
			end := t.symbolTail(i+size+nsize, ce)
			t.emit(i, end, 0)
			i = end
		case unicode.IsSymbol(r) && !unicode.Is(unicode.Sc, r) && r >= utf8.RuneSelf:
			end := t.symbolTail(i+size, ce)
			t.emit(i, end, 0)
			i = end
		default:
			t.emit(i, i+size, punctFlags(r))
			i += size
		}
	}
}

// punctFlags returns the flags of a one-character punctuation token.
func punctFlags(r rune) tokFlags {
	switch r {
	case '"', '\'':
		return fOpenQ | fCloseQ
	case '\u201c', '\u2018', '\u201e', '\u201a', '[', '{', '«', '‹':
		return fOpenQ
	case '(':
		return fOpenQ | fParenOpen
	case '\u201d', ']', '}', '»', '›':
		return fCloseQ
	case ')':
		return fCloseQ | fParenClose
	case ',', ';', ':', '%', '\u2013', '\u2014', '\u2015', '\u2012':
		return fNoStart
	}
	return 0
}

// run returns how many bytes b repeat from s[i].
func run(s string, i int, b byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == b {
		n++
	}
	return n
}

// lastRune returns the rune before byte offset i.
func lastRune(s string, i int) rune {
	r, _ := decodeLast(s, i)
	return r
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// symbolTail extends a symbol (an emoji) that ends at i over what belongs
// to it: combining marks and variation selectors, skin-tone modifiers, tag
// characters, and a zero-width joiner with the character after it.
func (t *tokenizer) symbolTail(i, ce int) int {
	s := t.s[:ce]
	for i < ce {
		r, size := decode(s, i)
		switch {
		case unicode.IsMark(r), r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
			i += size
		case r == '\u200d':
			i += size
			if i < ce {
				_, size = decode(s, i)
				i += size
			}
		default:
			return i
		}
	}
	return i
}

// entityLen returns the length of the HTML character reference at the
// start of s ("&amp;", "&#8217;", "&#x2019;"), or 0.
func entityLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	if s[1] == '#' {
		i = 2
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i < 12 && (isASCIILetter(s[i]) || isASCIIDigit(s[i])) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

// apostropheLen returns the length of the apostrophe at s[i:] (', ’ or an
// HTML reference to one), or 0.
func apostropheLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case '\'':
		return 1
	case 0xe2:
		if len(s) >= i+3 && s[i+1] == 0x80 && s[i+2] == 0x99 { // ’
			return 3
		}
	case '&':
		for _, e := range [...]string{"&rsquo;", "&#8217;", "&#39;", "&apos;", "&#x2019;"} {
			if len(s)-i >= len(e) && s[i:i+len(e)] == e {
				return len(e)
			}
		}
	}
	return 0
}

// cliticLen returns the length of the clitic that follows an apostrophe
// at s[i:] ("s", "ll", "re", "ve", "d", "m", in either case) when it ends
// the word, or 0.
func cliticLen(s string, i int) int {
	n := 0
	for i+n < len(s) && n < 3 && isASCIILetter(s[i+n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	if r, _ := decode(s, i+n); isWordRune(r) {
		return 0
	}
	switch lowerASCII(s[i]) {
	case 's', 'd', 'm':
		if n == 1 {
			return 1
		}
	case 'l':
		if n == 2 && lowerASCII(s[i+1]) == 'l' {
			return 2
		}
	case 'r', 'v':
		if n == 2 && lowerASCII(s[i+1]) == 'e' {
			return 2
		}
	}
	return 0
}

func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// apostrophe handles an apostrophe (of size bytes) that does not stand
// inside a word: a clitic after a word that ended in a period ("U.S.'s"),
// a decade ("'90s"), or a quotation mark.
func (t *tokenizer) apostrophe(i, ce, cs, size int) int {
	s := t.s[:ce]
	// Two straight apostrophes are a double quotation mark, as some
	// newspapers write it ("''We won,'' he said").
	if s[i] == '\'' && i+1 < ce && s[i+1] == '\'' {
		t.emit(i, i+2, fOpenQ|fCloseQ)
		return i + 2
	}
	// A clitic written apart ("England 's", as in text tokenized
	// before) or after a period ("U.S.'s").
	if prev := lastRune(s, i); i == cs || isWordRune(prev) || prev == '.' {
		if n := cliticLen(s, i+size); n > 0 {
			t.emit(i, i+size+n, 0)
			return i + size + n
		}
	}
	// '90s: two digits, an optional s, then the end of the word.
	if j := i + size; j+2 <= len(s) && isASCIIDigit(s[j]) && isASCIIDigit(s[j+1]) {
		k := j + 2
		if k < len(s) && s[k] == 's' {
			k++
		}
		if r, _ := decode(s, k); !isWordRune(r) {
			t.emit(i, k, 0)
			return k
		}
	}
	f := fOpenQ | fCloseQ
	if s[i] != '\'' {
		f = fCloseQ // ’ is a closing single quotation mark
	}
	t.emit(i, i+size, f)
	return i + size
}

// urlAt reports whether s starts with a web address: "http://",
// "https://" or "www." followed by more.
func urlAt(s string) bool {
	for _, p := range [...]string{"http://", "https://", "www."} {
		if len(s) > len(p) && hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, p string) bool {
	for k := 0; k < len(p); k++ {
		if lowerASCII(s[k]) != p[k] {
			return false
		}
	}
	return true
}

// url emits the web address that starts at s[i:ce]: the rest of the chunk
// but the punctuation that ends it, a closing bracket being kept when the
// address opened one.
func (t *tokenizer) url(i, ce int) int {
	s := t.s
	end := ce
	for end > i {
		r, size := decodeLast(s, end)
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '\u201d', '\u2019', ']', '>', '»', '*':
			end -= size
			continue
		case ')':
			if countByte(s[i:end], '(') >= countByte(s[i:end], ')') {
				break
			}
			end -= size
			continue
		}
		break
	}
	t.emit(i, end, 0)
	return end
}

func countByte(s string, b byte) int {
	n := 0
	for k := 0; k < len(s); k++ {
		if s[k] == b {
			n++
		}
	}
	return n
}

// word emits the word that starts at s[i] (inside the chunk
// s[cs:ce]), with the clitics split off it, and returns where it ends.
//
// A word is a run of letters, digits and marks, joined across
//   - a hyphen between word characters ("40-hour", "U.S.-led");
//   - a period followed by a lower-case letter or a digit ("3.5",
//     "example.com", "a.m"), or after a single letter ("U.S");
//   - a comma, colon, slash or en dash between digits ("1,200", "10:30",
//     "24/7", "6–3");
//   - a degree sign after a digit, with C or F ("45°C");
//   - an ampersand between capitals ("AT&T");
//   - an at sign ("desk@example.com");
//   - an apostrophe followed by a letter ("O'Brien"), unless what follows
//     is a clitic: "'s", "'ll", "'re", "'ve", "'d", "'m" and, before the n,
//     "n't", which become tokens of their own.
//
// A domain name followed by a slash is a web address ("bbc.co.uk/news").
// A period after the word is kept with it when the word is an initial
// ("J."), has periods inside ("U.S."), or is a known abbreviation; a
// numeral of one or two digits that starts a line keeps its period too
// ("1." in a list).
func (t *tokenizer) word(i, ce, cs int) int {
	s := t.s[:ce]
	start := i
	segStart := i // start of the current period-separated segment
	dotted := false
	p := i
	if s[p] == '#' || s[p] == '@' || s[p] == '.' || s[p] == '+' {
		p++
	}
	for p < ce {
		c := s[p]
		if c < utf8.RuneSelf && asciiClass[c]&(cUpper|cLower|cDigit) != 0 {
			p++
			continue
		}
		r, size := decode(s, p)
		if isWordRune(r) {
			p += size
			continue
		}
		next, nsize := decode(s, p+size)
		prev := lastRune(s, p)
		switch {
		case isHyphen(r):
			if isWordRune(next) && p > start {
				p += size + nsize
				segStart = p - nsize
				continue
			}
		case r == '.':
			switch {
			case isDigitRune(next) && isWordRune(prev),
				isLowerRune(next) && isWordRune(prev),
				isUpperRune(next) && isLetterSeg(s, segStart, p) && p-segStart <= 4 && runeLen1(s, segStart, p):
				p += size + nsize
				segStart = p - nsize
				dotted = true
				continue
			case isUpperRune(next) && isLetterSeg(s, segStart, p) && singleLetterThenDot(s, p+size):
				p += size + nsize // "Ph.D."
				segStart = p - nsize
				dotted = true
				continue
			case isHyphen(next) && p+size+nsize < ce:
				// "U.S.-led", "Maj.-Gen.": the period stays with the
				// word if what precedes it is an abbreviation.
				if after, _ := decode(s, p+size+nsize); isWordRune(after) && t.abbrevClass(s[start:p], s[segStart:p], dotted) != 0 {
					p += size + nsize
					segStart = p
					continue
				}
			}
		case r == ',' || r == ':' || r == '/' || r == '\u2013':
			if isDigitRune(prev) && isDigitRune(next) {
				p += size + nsize
				continue
			}
			if r == '/' && dotted && isDomain(s[start:p]) {
				// A web address without its scheme: "bbc.co.uk/news".
				return t.url(start, ce)
			}
		case r == '\u00b0':
			// Degrees: "45°", "45°C".
			if isDigitRune(prev) {
				p += size
				if (next == 'C' || next == 'F') && !isWordRuneAt(s, p+nsize) {
					p += nsize
				}
				t.emit(start, p, 0)
				return p
			}
		case r == '&':
			if isUpperRune(prev) && isUpperRune(next) {
				p += size + nsize
				continue
			}
			if n := apostropheLen(s, p); n > 1 {
				if q, ok := t.clitic(start, p, n, ce); ok {
					return q
				}
				if after, _ := decode(s, p+n); isLetterRune(after) {
					p += n
					continue
				}
			}
		case r == '@':
			if isWordRune(prev) && isWordRune(next) {
				p += size + nsize
				continue
			}
		case r == '$':
			// A currency written with its country: "US$", "C$", "HK$".
			if p-start <= 3 && allUpperASCII(s[start:p]) {
				t.emit(start, p+1, 0)
				return p + 1
			}
		case r == '\'' || r == '\u2019':
			if q, ok := t.clitic(start, p, size, ce); ok {
				return q
			}
			if isLetterRune(next) {
				p += size + nsize
				continue
			}
		}
		break
	}
	// A final period: kept by abbreviations and initials.
	if p < ce && s[p] == '.' && (p+1 >= ce || s[p+1] != '.') {
		if cls := t.abbrevClass(s[start:p], s[segStart:p], dotted); cls != 0 {
			t.emit(start, p+1, cls)
			return p + 1
		}
		if start == cs && t.pending&fLineStart != 0 && p-start <= 2 && allDigits(s[start:p]) {
			t.emit(start, p+1, 0) // a list number: "1."
			return p + 1
		}
	}
	t.emit(start, p, 0)
	return p
}

// clitic splits a clitic off the word s[start:ap], where ap is an
// apostrophe of size bytes: "Pakistan's" gives "Pakistan" "'s", "don't"
// gives "do" "n't". It reports false, emitting nothing, when no clitic
// follows.
func (t *tokenizer) clitic(start, ap, size, ce int) (int, bool) {
	s := t.s[:ce]
	if n := cliticLen(s, ap+size); n > 0 {
		t.emit(start, ap, 0)
		t.emit(ap, ap+size+n, 0)
		return ap + size + n, true
	}
	// n't: the n before the apostrophe and a t after it, then the end.
	if ap-start >= 2 && (s[ap-1] == 'n' || s[ap-1] == 'N') && ap+size < len(s) &&
		(s[ap+size] == 't' || s[ap+size] == 'T') {
		if r, _ := decode(s, ap+size+1); !isWordRune(r) {
			t.emit(start, ap-1, 0)
			t.emit(ap-1, ap+size+1, 0)
			return ap + size + 1, true
		}
	}
	return 0, false
}

// isWordRuneAt reports whether a word character starts at s[i].
func isWordRuneAt(s string, i int) bool {
	r, size := decode(s, i)
	return size > 0 && isWordRune(r)
}

// isDomain reports whether w looks like a domain name: dotted, with a last
// segment of two to six lower-case ASCII letters ("bbc.co.uk").
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 1 || len(w)-dot-1 < 2 || len(w)-dot-1 > 6 {
		return false
	}
	for k := dot + 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(cUpper|cLower) != 0
	}
	return unicode.IsLetter(r)
}

// isLetterSeg reports whether s[a:b] is all letters.
func isLetterSeg(s string, a, b int) bool {
	if a >= b {
		return false
	}
	for _, r := range s[a:b] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// runeLen1 reports whether s[a:b] is a single code point.
func runeLen1(s string, a, b int) bool {
	_, size := utf8.DecodeRuneInString(s[a:b])
	return size == b-a
}

// singleLetterThenDot reports whether s[i:] is one upper-case letter and a
// period: the "D." of "Ph.D.".
func singleLetterThenDot(s string, i int) bool {
	r, size := decode(s, i)
	return isUpperRune(r) && i+size < len(s) && s[i+size] == '.'
}

func allUpperASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return s != ""
}

func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

// abbrevClass returns the flags of the word w (without its final period)
// if the period after it belongs to it, or 0. last is w's last segment
// after a period or hyphen ("Gen" in "Maj.-Gen"); dotted reports whether w
// has periods inside.
func (t *tokenizer) abbrevClass(w, last string, dotted bool) tokFlags {
	if dotted {
		// "U.S", "a.m", "Ph.D": every segment a letter or two; of a
		// hyphenated word the last part counts ("anti-U.S").
		if isInitialism(afterHyphen(w)) {
			return fAbbr | fDotted
		}
		return 0
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && isUpperRune(r) {
		return fAbbr | fInitial
	}
	cls, ok := lookupAbbrev(last)
	if !ok {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(last)
	if cls&abbrLower == 0 && !isUpperRune(first) {
		return 0
	}
	switch {
	case cls&abbrSaint != 0:
		return fAbbr | fSaint
	case cls&abbrTitle != 0:
		return fAbbr | fTitle
	case cls&abbrNumber != 0:
		return fAbbr | fNumAbbr
	}
	return fAbbr | fOtherAbbr
}

// afterHyphen returns the part of w after its last hyphen, or w.
func afterHyphen(w string) string {
	for k := len(w); k > 0; {
		r, size := utf8.DecodeLastRuneInString(w[:k])
		if isHyphen(r) {
			return w[k:]
		}
		k -= size
	}
	return w
}

// isInitialism reports whether w is made of two or more segments of one
// or two letters separated by periods, with at most one two-letter segment
// ("U.S", "a.m", "Ph.D", "U.S.A").
func isInitialism(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	long, seg := 0, 0
	for k := 0; k <= len(w); {
		if k == len(w) || w[k] == '.' {
			switch seg {
			case 1:
			case 2:
				long++
			default:
				return false
			}
			seg = 0
			k++
			continue
		}
		r, size := decode(w, k)
		if !isLetterRune(r) {
			return false
		}
		seg++
		k += size
	}
	return long <= 1
}
