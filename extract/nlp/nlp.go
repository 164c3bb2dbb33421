package nlp

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Token is one word or punctuation mark. Start and End are half-open
// code-point offsets into Doc.Text, and Text is always exactly the text
// between them: curly quotes, apostrophes and dashes are kept as written.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is one sentence: half-open code-point offsets into Doc.Text and
// its tokens, in text order. A sentence never crosses a line break and never
// starts or ends with white space.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Doc is an analysed text. Sentences are in text order and do not overlap;
// the white space between them belongs to no sentence.
//
// A Doc is not modified after Analyze returns it, so its methods may be
// called from many goroutines at once.
type Doc struct {
	// Text is the analysed text. It equals the text given to Analyze,
	// except that invalid UTF-8 byte sequences are replaced by U+FFFD; all
	// offsets refer to it.
	Text      string
	Sentences []Sentence

	index runeByteMark // code point -> byte offset, built by Analyze
}

// Analyze splits text into sentences and tokens. It never fails; empty text
// gives an empty Doc (with a non-nil, empty Sentences list).
//
// Every line break ends a sentence, so a heading or a paragraph without a
// final period is a sentence of its own. Nothing is loaded: the first call
// costs what the others do, and Analyze may be called from many goroutines
// at once.
func Analyze(text string) *Doc {
	ascii := isASCII(text)
	if !ascii && !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	d := &Doc{Text: text}
	d.index = markValid(text, ascii)

	scratch := rawPool.Get().(*[]rawToken)
	raw := tokenize(text, (*scratch)[:0])
	split(text, raw)

	// Size the outputs exactly, so that the tokens of every sentence can
	// be a slice of one array that never moves.
	nt, ns := len(raw), 0
	for _, rt := range raw {
		if rt.flags&fEnd != 0 {
			ns++
			if givesUpPeriod(rt) {
				nt++
			}
		}
	}
	toks := make([]Token, 0, nt)
	d.Sentences = make([]Sentence, 0, ns)
	pos := runeCursor{text: text, ascii: ascii}
	first := 0
	for _, rt := range raw {
		if rt.flags&fEnd != 0 && givesUpPeriod(rt) {
			toks = append(toks, pos.token(rt.start, rt.end-1), pos.token(rt.end-1, rt.end))
		} else {
			toks = append(toks, pos.token(rt.start, rt.end))
		}
		if rt.flags&fEnd != 0 {
			last := len(toks)
			d.Sentences = append(d.Sentences, Sentence{
				Start:  toks[first].Start,
				End:    toks[last-1].End,
				Tokens: toks[first:last:last],
			})
			first = last
		}
	}

	if cap(raw) <= maxPooledTokens {
		*scratch = raw[:0]
		rawPool.Put(scratch)
	}
	return d
}

// rawPool holds the tokenizer's scratch lists between calls.
var rawPool = sync.Pool{New: func() any { return new([]rawToken) }}

// maxPooledTokens bounds the scratch lists kept for reuse, so that one huge
// text does not pin its scratch list for the life of the process.
const maxPooledTokens = 1 << 16

// givesUpPeriod reports whether a token that ends a sentence is a one-word
// abbreviation or an initial whose period is also the sentence's full stop
// ("He works for Acme Corp."): the period then becomes a token of its own.
// Abbreviations with periods inside keep theirs ("… paid by the U.S.").
func givesUpPeriod(rt rawToken) bool {
	return rt.flags&fAbbr != 0 && rt.flags&fDotted == 0
}

// runeCursor converts increasing byte offsets into code-point offsets.
type runeCursor struct {
	text  string
	ascii bool
	b, r  int // a byte offset and its code-point offset
}

// at returns the code-point offset of the byte offset b, which must not be
// less than the one of the previous call.
func (c *runeCursor) at(b int) int {
	if c.ascii {
		return b
	}
	// The text is valid UTF-8: a code point starts at every byte that is
	// not a continuation byte.
	n := c.r
	for k := c.b; k < b; k++ {
		if c.text[k]&0xc0 != 0x80 {
			n++
		}
	}
	c.r, c.b = n, b
	return n
}

// token makes the Token of text[start:end].
func (c *runeCursor) token(start, end int) Token {
	s := c.at(start)
	return Token{Text: c.text[start:end], Start: s, End: c.at(end)}
}

// Slice returns the text between the code-point offsets start and end. The
// offsets are clamped to the text; an empty or reversed range gives "".
// On a Doc made by Analyze it takes constant time; on one built by hand it
// first counts the text's code points.
func (d *Doc) Slice(start, end int) string {
	idx := d.index
	if idx.runes == 0 && d.Text != "" {
		idx = newRuneByteMark(d.Text)
	}
	start = max(0, min(start, idx.runes))
	end = max(0, min(end, idx.runes))
	if start >= end {
		return ""
	}
	return d.Text[idx.byteAt(d.Text, start):idx.byteAt(d.Text, end)]
}

// SentenceAt returns the index of the sentence that contains the code-point
// offset, or -1 when the offset is outside every sentence (in the white
// space between sentences, or outside the text).
func (d *Doc) SentenceAt(offset int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > offset })
	if i < len(d.Sentences) && d.Sentences[i].Start <= offset {
		return i
	}
	return -1
}

// runeByteMark maps code-point offsets to byte offsets without keeping one
// entry per code point: it records the byte offset of every markEvery-th
// code point and walks forward from the nearest mark. ASCII text needs no
// table at all.
type runeByteMark struct {
	runes int
	ascii bool
	marks []int // marks[k] is the byte offset of code point k*markEvery
}

const markEvery = 64

func newRuneByteMark(text string) runeByteMark {
	m := runeByteMark{ascii: isASCII(text)}
	if m.ascii {
		m.runes = len(text)
		return m
	}
	m.marks = make([]int, 0, len(text)/markEvery+1)
	n := 0
	for i := range text {
		if n%markEvery == 0 {
			m.marks = append(m.marks, i)
		}
		n++
	}
	m.runes = n
	return m
}

// markValid is newRuneByteMark for text known to be valid UTF-8 (and known
// to be ASCII or not), where a code point starts at every byte that is not
// a continuation byte.
func markValid(text string, ascii bool) runeByteMark {
	if ascii {
		return runeByteMark{ascii: true, runes: len(text)}
	}
	m := runeByteMark{marks: make([]int, 0, len(text)/markEvery+1)}
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i]&0xc0 == 0x80 {
			continue
		}
		if n%markEvery == 0 {
			m.marks = append(m.marks, i)
		}
		n++
	}
	m.runes = n
	return m
}

// isASCII reports whether s holds only ASCII bytes, eight at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteAt returns the byte offset of code point r (0 <= r <= runes) in text.
func (m runeByteMark) byteAt(text string, r int) int {
	if m.ascii {
		return r
	}
	if r >= m.runes {
		return len(text)
	}
	b := m.marks[r/markEvery]
	for k := r % markEvery; k > 0; k-- {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	return b
}
