// Package codec holds what the gazetteer's generator and its reader must
// agree on: how a name is normalised into a lookup key, how a key is
// hashed into the bucket table, how a name's capitalisation is summarised,
// and the varint helpers of the binary data format.
//
// Keeping these in one package is what makes a key written by the
// generator findable by the reader: both call the same functions.
package codec

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Magic starts every decompressed data file; Version is bumped whenever the
// layout written by the generator changes.
const (
	Magic   = "NXGZ"
	Version = 1
)

// Rune classes of the normalisation.
const (
	classEmit  = iota // a letter or digit: kept, lower-cased and folded
	classDrop         // apostrophes, dots and combining marks: removed
	classSpace        // everything else (spaces, hyphens, commas, ...): a word break
)

// fold describes what one input rune becomes: up to two output runes
// (n of them) or, when n is 0, nothing or a word break (see class).
type fold struct {
	a, b  rune
	n     uint8
	class uint8
	upper bool
}

// Latin letters with diacritics live in these blocks; their folded forms
// are computed once, on first use, from their canonical decompositions.
const (
	latinLo, latinHi       = 0x00C0, 0x0250
	latinAddLo, latinAddHi = 0x1E00, 0x1F00
)

var foldTables = sync.OnceValues(func() (latin, latinAdd []fold) {
	latin = make([]fold, latinHi-latinLo)
	for r := rune(latinLo); r < latinHi; r++ {
		latin[r-latinLo] = computeFold(r)
	}
	latinAdd = make([]fold, latinAddHi-latinAddLo)
	for r := rune(latinAddLo); r < latinAddHi; r++ {
		latinAdd[r-latinAddLo] = computeFold(r)
	}
	return latin, latinAdd
})

// special folds letters that have no canonical decomposition into an ASCII
// base letter.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th", 'ħ': "h", 'Ħ': "h",
	'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l", 'ŋ': "n", 'Ŋ': "n", 'ĸ': "k",
	'ƒ': "f", 'ǝ': "e", 'Ǝ': "e", 'ə': "e", 'Ə': "e",
}

// isApostrophe reports the apostrophe-like marks that transliterations and
// typography put inside names (Sana'a, Kramators’k, ‘Afrīn, Nuku‘alofa).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '´', '‘', '’', '‛', '′', 'ʹ', 'ʻ', 'ʼ', 'ʽ', 'ʾ', 'ʿ', 'ˈ', '＇':
		return true
	}
	return false
}

func computeFold(r rune) fold {
	up := unicode.IsUpper(r) || unicode.IsTitle(r)
	if s, ok := special[r]; ok {
		f := fold{n: uint8(len(s)), class: classEmit, upper: up}
		f.a = rune(s[0])
		if len(s) > 1 {
			f.b = rune(s[1])
		}
		return f
	}
	switch {
	case r == '.' || isApostrophe(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r):
		return fold{class: classDrop}
	case unicode.IsLetter(r) || unicode.IsDigit(r):
	default:
		return fold{class: classSpace}
	}
	var out []rune
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if s, ok := special[d]; ok {
			out = append(out, []rune(s)...)
			continue
		}
		out = append(out, unicode.ToLower(d))
	}
	f := fold{class: classEmit, upper: up}
	switch len(out) {
	case 0:
		f.class = classDrop
	case 1:
		f.a, f.n = out[0], 1
	default:
		f.a, f.b, f.n = out[0], out[1], 2
	}
	return f
}

// foldOf returns the fold of r, fast for ASCII.
func foldOf(r rune) fold {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return fold{a: r, n: 1, class: classEmit}
		case 'A' <= r && r <= 'Z':
			return fold{a: r + 'a' - 'A', n: 1, class: classEmit, upper: true}
		case r == '.' || r == '\'' || r == '`':
			return fold{class: classDrop}
		}
		return fold{class: classSpace}
	}
	if latinLo <= r && r < latinHi {
		l, _ := foldTables()
		return l[r-latinLo]
	}
	if latinAddLo <= r && r < latinAddHi {
		_, l := foldTables()
		return l[r-latinAddLo]
	}
	return computeFold(r)
}

// Normalize returns the lookup key of a name: lower case, diacritics
// removed (ß, æ, ø, ł and a few other letters spelled out in ASCII),
// apostrophes and dots removed ("Sana'a" → "sanaa", "U.S." → "us"), and
// every other run of non-letters (spaces, hyphens, commas, parentheses)
// turned into one space, with none at either end ("Guinea-Bissau" →
// "guinea bissau"). Letters of other scripts are only lower-cased.
func Normalize(s string) string {
	buf, _ := AppendKey(make([]byte, 0, len(s)), s)
	return string(buf)
}

// AppendKey appends the normalised form of s to dst as one more piece of a
// key: if both dst and the normalised s are non-empty, a space separates
// them, so appending the tokens of a text one by one gives the key of the
// whole span. It reports whether s contributed any letter or digit.
func AppendKey(dst []byte, s string) ([]byte, bool) {
	space := len(dst) > 0
	emitted := false
	for i := 0; i < len(s); {
		c := s[i]
		var f fold
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				if space && len(dst) > 0 {
					dst = append(dst, ' ')
				}
				space = false
				dst = append(dst, c)
				emitted = true
				continue
			case 'A' <= c && c <= 'Z':
				if space && len(dst) > 0 {
					dst = append(dst, ' ')
				}
				space = false
				dst = append(dst, c+'a'-'A')
				emitted = true
				continue
			case c == '.' || c == '\'' || c == '`':
				continue
			default:
				space = true
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		f = foldOf(r)
		switch f.class {
		case classDrop:
			continue
		case classSpace:
			space = true
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, f.a)
		if f.n > 1 {
			dst = utf8.AppendRune(dst, f.b)
		}
		emitted = true
	}
	return dst, emitted
}

// WordCount returns the number of space-separated words of a key.
func WordCount(key string) int {
	if key == "" {
		return 0
	}
	n := 1
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			n++
		}
	}
	return n
}

// Hash hashes a key with a seed (FNV-1a, then a multiplicative mix so that
// every bit depends on every byte). The generator picks the seed that
// leaves no two keys of a bucket with the same fingerprint.
func Hash[T ~string | ~[]byte](key T, seed uint64) uint64 {
	h := uint64(14695981039346656037) ^ seed*0x9E3779B97F4A7C15
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	h ^= h >> 32
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// Bucket returns the bucket of a hash in a table of 1<<bits buckets: its
// top bits.
func Bucket(h uint64, bits uint) uint32 {
	if bits == 0 {
		return 0
	}
	return uint32(h >> (64 - bits))
}

// Fingerprint returns the bits of a hash that identify a key within its
// bucket: the low 32 bits, which Bucket does not use for tables of up to
// 2^32 buckets.
func Fingerprint(h uint64) uint32 { return uint32(h) }

// Capitalisation requirements of one word of a name, as summarised in a
// case pattern (2 bits per word, first word in the low bits, 4 words at
// most; later words carry no requirement).
const (
	CaseAny     = 0 // the word may be written in any case ("de", "al")
	CaseInitial = 1 // its first letter must be a capital ("Paris")
	CaseUpper   = 2 // all its letters must be capitals ("US", "KPK")
	MaxCaseWord = 4
)

// wordCase is what the text of one word of a key looks like.
type wordCase struct {
	letters  int
	first    bool // first letter is a capital
	allUpper bool
	hasFirst bool
}

// caseWalker yields the capitalisation of each word of the key that some
// pieces of text normalise to (pieces joined as AppendKey joins them).
type caseWalker struct {
	pieces []string
	p, i   int // current piece, byte offset in it
}

// next returns the next word, or false at the end.
func (w *caseWalker) next() (wordCase, bool) {
	var c wordCase
	c.allUpper = true
	in := false
	for w.p < len(w.pieces) {
		s := w.pieces[w.p]
		if w.i >= len(s) {
			w.p++
			w.i = 0
			if in {
				return c, true // a piece boundary ends a word
			}
			continue
		}
		if ch := s[w.i]; ch < utf8.RuneSelf {
			w.i++
			upper := 'A' <= ch && ch <= 'Z'
			switch {
			case upper || 'a' <= ch && ch <= 'z':
				in = true
				if !c.hasFirst {
					c.hasFirst, c.first = true, upper
				}
				c.letters++
				c.allUpper = c.allUpper && upper
			case '0' <= ch && ch <= '9':
				in = true
			case ch == '.' || ch == '\'' || ch == '`':
			default:
				if in {
					return c, true
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[w.i:])
		f := foldOf(r)
		switch f.class {
		case classDrop:
			w.i += size
			continue
		case classSpace:
			w.i += size
			if in {
				return c, true
			}
			continue
		}
		w.i += size
		in = true
		if unicode.IsLetter(r) {
			if !c.hasFirst {
				c.hasFirst, c.first = true, f.upper
			}
			c.letters++
			if !f.upper {
				c.allUpper = false
			}
		}
	}
	return c, in
}

// CasePattern summarises the capitalisation of a name as written: for
// each word, CaseUpper if it is an acronym of two letters or more written
// in capitals ("US", "U.S.", "DRC"), CaseInitial if it starts with a
// capital, CaseAny otherwise ("de" in "Rio de Janeiro").
func CasePattern(name string) uint8 {
	var p uint8
	w := caseWalker{pieces: []string{name}}
	for word := 0; word < MaxCaseWord; word++ {
		c, ok := w.next()
		if !ok {
			break
		}
		var req uint8
		switch {
		case c.hasFirst && c.allUpper && c.letters >= 2:
			req = CaseUpper
		case c.hasFirst && c.first:
			req = CaseInitial
		}
		p |= req << (2 * word)
	}
	return p
}

// MinPattern combines the patterns of two spellings that share a key: each
// word keeps the weaker requirement, so a text matches the combination when
// it is capitalised at least as one of the spellings requires.
func MinPattern(a, b uint8) uint8 {
	var p uint8
	for w := 0; w < MaxCaseWord; w++ {
		x, y := a>>(2*w)&3, b>>(2*w)&3
		p |= min(x, y) << (2 * w)
	}
	return p
}

// CaseMatches reports whether text, given as the pieces (tokens) that
// normalise to a key, satisfies a case pattern made by CasePattern.
func CaseMatches(pattern uint8, pieces []string) bool {
	w := caseWalker{pieces: pieces}
	for word := 0; word < MaxCaseWord; word++ {
		c, ok := w.next()
		if !ok {
			return true
		}
		switch pattern >> (2 * word) & 3 {
		case CaseInitial:
			if c.hasFirst && !c.first {
				return false
			}
		case CaseUpper:
			if c.hasFirst && !c.allUpper {
				return false
			}
		}
	}
	return true
}

// AppendUvarint and the readers below are the integer encodings of the data
// file: unsigned LEB128 varints, and zig-zag varints for signed values.
func AppendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// AppendVarint appends a signed value in zig-zag encoding.
func AppendVarint(b []byte, v int64) []byte {
	return AppendUvarint(b, uint64(v<<1)^uint64(v>>63))
}

// AppendString appends a length-prefixed string.
func AppendString(b []byte, s string) []byte {
	b = AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Reader decodes the integers and strings of a data file held in a string.
// A read past the end sets Err and returns zero values; callers check Err
// once at the end.
type Reader struct {
	Data string
	Pos  int
	Err  bool
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	var v uint64
	var shift uint
	for {
		if r.Pos >= len(r.Data) || shift > 63 {
			r.Err = true
			return 0
		}
		c := r.Data[r.Pos]
		r.Pos++
		v |= uint64(c&0x7F) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
	}
}

// Varint reads a zig-zag varint.
func (r *Reader) Varint() int64 {
	u := r.Uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// Bytes returns the next n bytes as a substring of Data (no copy).
func (r *Reader) Bytes(n int) string {
	if n < 0 || n > len(r.Data)-r.Pos {
		r.Err = true
		return ""
	}
	s := r.Data[r.Pos : r.Pos+n]
	r.Pos += n
	return s
}

// String reads a length-prefixed string (no copy).
func (r *Reader) String() string {
	n := r.Uvarint()
	if n > uint64(len(r.Data)) {
		r.Err = true
		return ""
	}
	return r.Bytes(int(n))
}

// Place kinds as stored in the data file (the gazetteer's Kind values).
const (
	KindCountry = 1 + iota
	KindAdmin1
	KindAdmin2
	KindCity
	KindRegion
)

// KindBit returns the bit of a kind in a kinds byte.
func KindBit(kind int) byte { return 1 << (kind - 1) }

// Bits of a key's kinds byte beyond the KindBit bits.
const (
	FlagDemonym = 1 << (5 + iota)
	FlagBigCity
	FlagCapital
)

// BigCity is the population from which a city sets FlagBigCity.
const BigCity = 100_000

// A key's postings byte holds the number of its postings, PostEscape when
// there are that many or more (the exact count is then in an overflow
// table), and PostPrefix when the key is the beginning, in whole words, of
// a longer key.
const (
	PostPrefix = 0x80
	PostEscape = 0x7F
)

// ClassEscape is the class byte of a key whose (postings byte, kinds byte,
// case pattern) triple is not among the classes of the data file; the
// exceptions table holds its triple.
const ClassEscape = 0xFF
