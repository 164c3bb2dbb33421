package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FeatureVersion names the feature set: the templates below, the word
// analysis and the lexicons. A model records the version it was trained
// with, and a model whose version differs is refused: bump it on every
// change that alters any feature hash.
const FeatureVersion = 5

// Token flags.
const (
	fCap      uint16 = 1 << iota // first letter upper case
	fAllCaps                     // every letter upper case, at least two letters
	fHasLower                    // some lower-case letter
	fHasDigit                    // some digit
	fAllDigit                    // only digits
	fAlpha                       // some letter
	fPunct                       // no letter and no digit
	fHyphen                      // contains '-'
	fPeriod                      // contains '.'
	fFirst                       // first word of the sentence (after opening punctuation)
	fWasCap                      // first letter upper case as written (kept in capitals mode)
	fHasUpper                    // some upper-case letter
)

// tok is what the features need to know about one word, as hashes.
type tok struct {
	word, lower, shape, short uint64
	pre                       [3]uint64 // lower-case prefixes of 1..3 code points
	suf                       [4]uint64 // lower-case suffixes of 1..4 code points
	flags, lex, gaz           uint16
	letters, runes            uint16 // letters and code points in the word, up to 65535
	pos                       uint64 // POS tag index + 1 (0 when unknown)
}

var (
	padBefore = tok{word: HashString("<s>"), lower: HashString("<s>"), shape: HashString("<s>"), short: HashString("<s>")}
	padAfter  = tok{word: HashString("</s>"), lower: HashString("</s>"), shape: HashString("</s>"), short: HashString("</s>")}
	capsShape = HashString("<CAPS>")
)

// Feature templates. Each feature is mix(template, value) (or a mix of two
// values), so two templates never share a hash by design.
const (
	tBias uint64 = iota + 1
	tLower
	tWord
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tLowerP1
	tLowerN1
	tLowerP2
	tLowerN2
	tShortP1
	tShortN1
	tShortP1Cur
	tShortCurN1
	tLowerP1Cur
	tLowerCurN1
	tPOS
	tPOSP1
	tPOSN1
	tPOSShort
	tLex
	tLexP1
	tLexN1
	tLexP2
	tOrgAhead
	tGaz
	tGazP1
	tGazN1
	tFirstCap
	tFirstShort
	tCapsMode
	tCapRun
	tSuf3P1
	tSuf3N1
	tPrevTag
	tPrev2Tags
	tPrevTagWord
	tTitleMode
	tLine
	tLineShort
	tLineShortN1
	tSportCap
	tGazContext
)

// Sentence is reusable scratch space for one sentence's word analysis and
// features. It is not safe for concurrent use; give each goroutine its own.
type Sentence struct {
	toks  []tok
	caps  bool   // a headline or line in capitals: case carries no information
	title bool   // a headline in title case
	line  uint64 // the kind of line: see lineKind
	sport bool   // some word of the sentence is a sports word
	runes []rune
	feats []uint64
	offs  []int
	gaz   []uint16
}

// GazetteerFunc marks gazetteer matches: for every token index it ors Gaz*
// bits into kinds (len(kinds) == len(words)). It may be nil.
type GazetteerFunc func(words []string, kinds []uint16)

// Gazetteer bits.
const (
	GazCountry uint16 = 1 << iota
	GazAdmin1
	GazCity
	GazBigCity
	GazRegion
	GazDemonym
	GazBegin // the token starts a match
	GazMulti // the match has more than one token
)

// Len is the number of analysed words.
func (s *Sentence) Len() int { return len(s.toks) }

// Caps reports whether the sentence was taken as written in capitals.
func (s *Sentence) Caps() bool { return s.caps }

// prepare analyses words. lx gives lexical classes; gaz may be nil.
func (s *Sentence) prepare(words []string, lx *lexicon, gaz GazetteerFunc) {
	n := len(words)
	if cap(s.toks) < n {
		s.toks = make([]tok, n, n+n/2)
	}
	s.toks = s.toks[:n]
	nAlpha, nUpper, nTitleable, nTitled := 0, 0, 0, 0
	first := true
	for i, w := range words {
		t := &s.toks[i]
		s.analyze(t, w)
		t.lex = lx.get(t.lower)
		if t.flags&fHyphen != 0 && t.lex&LexTitle == 0 && hyphenTitle(w, lx) {
			t.lex |= LexTitle // "Lt-Gen.", "Maj.-Gen.", "Brigadier-General"
		}
		if first && t.flags&fPunct == 0 {
			t.flags |= fFirst
			first = false
		}
		if t.flags&fAlpha != 0 && utf8.RuneCountInString(w) >= 2 {
			nAlpha++
			if t.flags&fAllCaps != 0 {
				nUpper++
			}
		}
		if t.flags&fAlpha != 0 && len(w) >= 4 && t.flags&fFirst == 0 {
			nTitleable++
			if t.flags&fCap != 0 {
				nTitled++
			}
		}
	}
	s.caps = nAlpha > 0 && nUpper*10 >= nAlpha*6
	s.line = lineKind(s.toks)
	s.sport = false
	for i := range s.toks {
		if s.toks[i].lex&LexSport != 0 {
			s.sport = true
			break
		}
	}
	s.title = !s.caps && nTitleable >= 3 && nTitled*10 >= nTitleable*8
	if s.caps {
		for i := range s.toks {
			t := &s.toks[i]
			if t.flags&fAlpha != 0 {
				t.word = t.lower
				t.shape, t.short = capsShape, capsShape
				t.flags &^= fCap | fAllCaps
			}
		}
	}
	if cap(s.gaz) < n {
		s.gaz = make([]uint16, n, n+n/2)
	}
	s.gaz = s.gaz[:n]
	clear(s.gaz)
	if gaz != nil {
		gaz(words, s.gaz)
	}
	for i := range s.toks {
		s.toks[i].gaz = s.gaz[i]
	}
}

// lineKind describes the shape of a sentence, so that results tables
// ("Haitai 2 Samsung 0", "Ipswich 4 1 2 1 9 7 5") and lists read
// differently from prose: the share of tokens with a digit (in quarters,
// 0…3), whether the sentence ends in . ? or !, and its length (up to 4
// tokens, 10, 20, more).
func lineKind(toks []tok) uint64 {
	n := len(toks)
	if n == 0 {
		return 0
	}
	digits := 0
	for i := range toks {
		if toks[i].flags&fHasDigit != 0 {
			digits++
		}
	}
	kind := uint64(min(digits*4/n, 3))
	if last := &toks[n-1]; last.flags&fPunct != 0 && (last.lower == hashPeriod || last.lower == hashQuestion || last.lower == hashBang) {
		kind |= 4
	}
	switch {
	case n <= 4:
	case n <= 10:
		kind |= 8
	case n <= 20:
		kind |= 16
	default:
		kind |= 24
	}
	return kind
}

var (
	hashPeriod   = HashString(".")
	hashQuestion = HashString("?")
	hashBang     = HashString("!")
)

// hyphenTitle reports whether every part of a hyphenated word is a title.
func hyphenTitle(w string, lx *lexicon) bool {
	parts := 0
	for part := range strings.SplitSeq(w, "-") {
		if part == "" || lx.get(HashLower(part))&LexTitle == 0 {
			return false
		}
		parts++
	}
	return parts > 1
}

// analyze fills t from the word w.
func (s *Sentence) analyze(t *tok, w string) {
	*t = tok{}
	rs := s.runes[:0]
	var flags uint16
	nLetters, nUpper := 0, 0
	allDigit := true
	shape, short := uint64(fnvOffset), uint64(fnvOffset)
	lower := uint64(fnvOffset) // HashString of the lower-case form, as it grows
	var last byte
	run := 0
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(w); {
		var c byte
		var lr rune
		if b := w[i]; b < utf8.RuneSelf {
			i++
			c, lr = asciiClass[b], rune(asciiLower[b])
			lower = (lower ^ uint64(lr)) * fnvPrime
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				c = 'X'
			case unicode.IsLetter(r):
				c = 'x'
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = '*'
			}
			lr = unicode.ToLower(r)
			n := utf8.EncodeRune(buf[:], lr)
			for _, b := range buf[:n] {
				lower = (lower ^ uint64(b)) * fnvPrime
			}
		}
		switch c {
		case 'X':
			nLetters++
			nUpper++
			if len(rs) == 0 {
				flags |= fCap
			}
			flags |= fAlpha
		case 'x':
			nLetters++
			flags |= fAlpha | fHasLower
		case 'd':
			flags |= fHasDigit
		case '-':
			flags |= fHyphen
		case '.':
			flags |= fPeriod
		}
		if c != 'd' {
			allDigit = false
		}
		if c == last {
			run++
		} else {
			run = 1
			short = (short ^ uint64(c)) * fnvPrime
		}
		if run <= 4 {
			shape = (shape ^ uint64(c)) * fnvPrime
		}
		last = c
		if len(rs) < len(t.pre) {
			t.pre[len(rs)] = lower
		}
		rs = append(rs, lr)
	}
	s.runes = rs
	if nLetters >= 2 && nUpper == nLetters {
		flags |= fAllCaps
	}
	if allDigit && len(w) > 0 {
		flags |= fAllDigit
	}
	if nLetters == 0 && flags&fHasDigit == 0 {
		flags |= fPunct
	}
	if flags&fCap != 0 {
		flags |= fWasCap
	}
	t.flags = flags
	t.letters = uint16(min(nLetters, 65535))
	t.runes = uint16(min(len(rs), 65535))
	if nUpper > 0 {
		t.flags |= fHasUpper
	}
	t.word = HashString(w)
	t.lower = lower
	t.shape, t.short = shape, short
	for k := range t.suf {
		if k < len(rs) {
			t.suf[k] = hashRunes(rs[len(rs)-k-1:])
		}
	}
}

// asciiClass is the shape character of each ASCII byte ('X' upper case,
// 'x' lower case, 'd' digit, the byte itself otherwise), and asciiLower
// its lower case.
var asciiClass, asciiLower = func() (cls, low [utf8.RuneSelf]byte) {
	for b := range utf8.RuneSelf {
		c := byte(b)
		cls[b], low[b] = c, c
		switch {
		case 'A' <= c && c <= 'Z':
			cls[b], low[b] = 'X', c+'a'-'A'
		case 'a' <= c && c <= 'z':
			cls[b] = 'x'
		case '0' <= c && c <= '9':
			cls[b] = 'd'
		}
	}
	return cls, low
}()

// hashRunes is HashString of the UTF-8 encoding of rs.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	for _, r := range rs {
		if r < utf8.RuneSelf {
			h = (h ^ uint64(r)) * fnvPrime
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

func (s *Sentence) at(i int) *tok {
	if i < 0 {
		return &padBefore
	}
	if i >= len(s.toks) {
		return &padAfter
	}
	return &s.toks[i]
}

// lexFeatures adds one feature per lexical class bit of t, with whether t
// is capitalised. Being a common word counts only for a word written with
// a capital (a headline's, a sentence's first): for others their shape
// says as much.
func lexFeatures(f []uint64, tmpl uint64, t *tok) []uint64 {
	capBit := uint64(t.flags & fCap)
	lex := t.lex
	if t.flags&fWasCap == 0 {
		lex &^= LexCommon
	}
	for b := lex; b != 0; b &= b - 1 {
		bit := uint64(b & -b)
		f = append(f, mix(tmpl, bit<<1|capBit))
	}
	return f
}

func gazFeatures(f []uint64, tmpl uint64, g uint16) []uint64 {
	pos := uint64(g & (GazBegin | GazMulti))
	for b := g &^ (GazBegin | GazMulti); b != 0; b &= b - 1 {
		bit := uint64(b & -b)
		f = append(f, mix(tmpl, bit<<8|pos))
	}
	return f
}

// nerFeatures computes the entity features of every token into s.feats,
// the features of token i being s.feats[s.offs[i]:s.offs[i+1]]. usePOS
// says whether t.pos is set, useGaz whether to use gazetteer matches.
func (s *Sentence) nerFeatures(usePOS, useGaz bool) {
	f := s.feats[:0]
	offs := s.offs[:0]
	n := len(s.toks)
	for i := range n {
		offs = append(offs, len(f))
		t, p1, n1, p2, n2 := &s.toks[i], s.at(i-1), s.at(i+1), s.at(i-2), s.at(i+2)
		f = append(f,
			mix(tBias, 0),
			mix(tLower, t.lower),
			mix(tShape, t.shape),
			mix(tShort, t.short),
			mix(tLowerP1, p1.lower),
			mix(tLowerN1, n1.lower),
			mix(tLowerP2, p2.lower),
			mix(tLowerN2, n2.lower),
			mix(tShortP1, p1.short),
			mix(tShortN1, n1.short),
			mix(mix(tShortP1Cur, p1.short), t.short),
			mix(mix(tShortCurN1, t.short), n1.short),
			mix(mix(tLowerP1Cur, p1.lower), t.lower),
			mix(mix(tLowerCurN1, t.lower), n1.lower),
			mix(tSuf3P1, p1.suf[2]),
		)
		if !s.caps {
			f = append(f, mix(tWord, t.word))
		} else {
			f = append(f, mix(tCapsMode, 0))
		}
		if s.title {
			f = append(f, mix(tTitleMode, t.short))
		}
		f = append(f, mix(tLine, s.line), mix(mix(tLineShort, s.line), t.short))
		if t.flags&fAlpha != 0 {
			f = append(f, mix(mix(tLineShortN1, s.line), mix(t.short, n1.short)))
		}
		if s.sport && t.flags&fWasCap != 0 {
			f = append(f, mix(tSportCap, t.short))
		}
		for k, h := range t.pre {
			if h != 0 {
				f = append(f, mix(tPre1+uint64(k), h))
			}
		}
		for k, h := range t.suf {
			if h != 0 {
				f = append(f, mix(tSuf1+uint64(k), h))
			}
		}
		if usePOS {
			f = append(f,
				mix(tPOS, t.pos),
				mix(tPOSP1, p1.pos),
				mix(tPOSN1, n1.pos),
				mix(mix(tPOSShort, t.pos), t.short))
		}
		f = lexFeatures(f, tLex, t)
		f = lexFeatures(f, tLexP1, p1)
		f = lexFeatures(f, tLexN1, n1)
		if p2.lex&LexTitle != 0 {
			f = append(f, mix(tLexP2, uint64(LexTitle)))
		}
		if t.flags&fFirst != 0 {
			f = append(f, mix(tFirstShort, t.short))
			if t.flags&fCap != 0 {
				f = append(f, mix(tFirstCap, t.lower))
			}
		}
		if useGaz {
			if t.gaz != 0 {
				f = gazFeatures(f, tGaz, t.gaz)
				// The place classes together, with the kind of sentence: a
				// town in a results line or a sports report is often a club.
				ctx := s.line&3 | uint64(t.flags&fFirst)<<2
				if s.sport {
					ctx |= 8
				}
				f = append(f, mix(tGazContext, uint64(t.gaz&^GazMulti)<<4|ctx))
			}
			if p1.gaz != 0 {
				f = gazFeatures(f, tGazP1, p1.gaz)
			}
			if n1.gaz != 0 {
				f = gazFeatures(f, tGazN1, n1.gaz)
			}
		}
		// The run of capitalised words around i, and an organisation head
		// word ahead in it.
		if t.flags&fCap != 0 {
			lo, hi := i, i
			for lo > 0 && s.toks[lo-1].flags&fCap != 0 {
				lo--
			}
			for hi+1 < n && (s.toks[hi+1].flags&fCap != 0 || isConnector(&s.toks[hi+1]) && hi+2 < n && s.toks[hi+2].flags&fCap != 0) {
				hi++
			}
			length := min(hi-lo+1, 5)
			where := uint64(0)
			if i == lo {
				where |= 1
			}
			if i == hi {
				where |= 2
			}
			f = append(f, mix(tCapRun, uint64(length)<<2|where))
			for j := i + 1; j <= hi; j++ {
				if s.toks[j].lex&LexOrgHead != 0 {
					f = append(f, mix(tOrgAhead, uint64(min(j-i, 4))))
					break
				}
			}
		}
	}
	offs = append(offs, len(f))
	s.feats, s.offs = f, offs
}

var connectors = [...]uint64{HashString("of"), HashString("for"), HashString("and"), HashString("the"), HashString("de"), HashString("&")}

// isConnector reports a lower-case word that may join the parts of a name:
// "Ministry of Defence", "Bank for International Settlements".
func isConnector(t *tok) bool {
	for _, h := range connectors {
		if t.lower == h {
			return t.flags&fCap == 0
		}
	}
	return false
}

// posStatic computes the features of every token that do not depend on the
// tags before it, into s.feats / s.offs as nerFeatures does.
func (s *Sentence) posStatic() {
	f := s.feats[:0]
	offs := s.offs[:0]
	for i := range s.toks {
		offs = append(offs, len(f))
		t, p1, n1, p2, n2 := &s.toks[i], s.at(i-1), s.at(i+1), s.at(i-2), s.at(i+2)
		f = append(f,
			mix(tBias, 0),
			mix(tLower, t.lower),
			mix(tShort, t.short),
			mix(tPre1, t.pre[0]),
			mix(tSuf1, t.suf[0]),
			mix(tSuf2, t.suf[1]),
			mix(tSuf3, t.suf[2]),
			mix(tLowerP1, p1.lower),
			mix(tSuf3P1, p1.suf[2]),
			mix(tLowerP2, p2.lower),
			mix(tLowerN1, n1.lower),
			mix(tSuf3N1, n1.suf[2]),
			mix(tLowerN2, n2.lower),
		)
		if s.caps {
			f = append(f, mix(tCapsMode, 0))
		} else if t.flags&fFirst != 0 {
			f = append(f, mix(tFirstShort, t.short))
		}
	}
	offs = append(offs, len(f))
	s.feats, s.offs = f, offs
}

// posDynamic returns the features of token i that depend on the two tags
// before it (tag indexes + 1, 0 for none), appended to buf.
func (s *Sentence) posDynamic(buf []uint64, i int, prev, prev2 uint64) []uint64 {
	return append(buf,
		mix(tPrevTag, prev),
		mix(mix(tPrev2Tags, prev), prev2),
		mix(mix(tPrevTagWord, prev), s.toks[i].lower))
}

// Feats returns the features of token i after nerFeatures or posStatic.
func (s *Sentence) Feats(i int) []uint64 { return s.feats[s.offs[i]:s.offs[i+1]] }
