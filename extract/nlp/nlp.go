package nlp

import (
	"sort"
	"strings"
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
// final period is a sentence of its own. The first call loads the English
// sentence-boundary data (about 20 ms); later calls reuse it, and Analyze may
// be called from many goroutines at once.
func Analyze(text string) *Doc {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	d := &Doc{Text: text, Sentences: []Sentence{}}
	d.index = newRuneByteMark(text)

	seg := segmenter()
	var ranges []span // sentences, as code-point ranges
	for line := range lines(text) {
		if isBlank(line.text) {
			continue
		}
		// Punkt gives byte ranges in the line; count code points forward
		// from the previous range rather than from the start of the line.
		b, r := 0, line.runeOff
		for _, br := range seg.split(line.text) {
			r += utf8.RuneCountInString(line.text[b:br.start])
			start := r
			r += utf8.RuneCountInString(line.text[br.start:br.end])
			b = br.end
			ranges = append(ranges, span{start, r})
		}
	}
	if len(ranges) == 0 {
		return d
	}
	// prose tokenizes the whole text at once (its per-call cache of
	// split words then serves the whole article); the tokens are found in
	// the text and handed to the sentences that contain them.
	rs := []rune(text)
	spans := align(rs, proseTokens(text))
	d.Sentences = make([]Sentence, len(ranges))
	next := 0
	for i, sr := range ranges {
		for next < len(spans) && spans[next].start < sr.start {
			next++ // outside every sentence: cannot happen, as tokens hold no space
		}
		first := next
		for next < len(spans) && spans[next].end <= sr.end {
			next++
		}
		d.Sentences[i] = Sentence{Start: sr.start, End: sr.end, Tokens: tokens(rs, sr, spans[first:next])}
	}
	return d
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
	m := runeByteMark{ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			m.ascii = false
			break
		}
	}
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
