package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
)

// Token flags.
const (
	tCap       uint16 = 1 << iota // starts with an upper-case letter
	tUpper                        // has letters, all upper case ("BLA", "U.S.")
	tLower                        // starts with a lower-case letter
	tLetter                       // has a letter
	tDigit                        // has a digit
	tPunct                        // neither letter nor digit
	tSentStart                    // first word of its sentence (after opening quotes or brackets)
	tCapsLine                     // its sentence is written mostly in capitals (a headline)
	tPoss                         // a possessive clitic: 's, ’s, ' or ’
)

// tok is one token of the document, with what the rules ask of it.
type tok struct {
	text       string
	lower      string // lower case
	key        string // lower-case letters and digits only ("U.S." -> "us")
	start, end int    // code points
	sent       int
	flags      uint16
	class      wordClass
}

// isCap reports whether the token is a capitalised word (or an acronym).
func (t *tok) isCap() bool { return t.flags&tCap != 0 }

// nameLike reports whether the token may be part of a proper name: a
// capitalised word that is no function word at the start of a sentence.
func (t *tok) nameLike() bool {
	if t.flags&tCap == 0 {
		return false
	}
	if t.flags&tSentStart != 0 && t.class&wCommon != 0 {
		return false
	}
	return true
}

// tokens flattens the document's tokens, computes their flags, lower-case
// forms and keys. The lower-case forms and keys are substrings of two
// strings built once, so that the whole costs a handful of allocations.
func tokens(doc *nlp.Doc) ([]tok, []int) {
	n := 0
	for i := range doc.Sentences {
		n += len(doc.Sentences[i].Tokens)
	}
	toks := make([]tok, n)
	sentStart := make([]int, len(doc.Sentences)+1)
	var lowBuf, keyBuf []byte
	lowBuf = make([]byte, 0, len(doc.Text)+n)
	keyBuf = make([]byte, 0, len(doc.Text)+n)
	type offs struct{ l0, l1, k0, k1 int }
	off := make([]offs, n)
	k := 0
	for si := range doc.Sentences {
		sentStart[si] = k
		s := &doc.Sentences[si]
		upperLetters, letters := 0, 0
		first := true
		for _, nt := range s.Tokens {
			t := &toks[k]
			t.text, t.start, t.end, t.sent = nt.Text, nt.Start, nt.End, si
			var o offs
			o.l0 = len(lowBuf)
			o.k0 = len(keyBuf)
			firstRune := true
			hasLower := false
			if isASCIIWord(nt.Text) {
				// The common case, without the unicode tables.
				for j := 0; j < len(nt.Text); j++ {
					c := nt.Text[j]
					switch {
					case c >= 'a' && c <= 'z':
						t.flags |= tLetter
						if firstRune {
							t.flags |= tLower
						}
						hasLower = true
						letters++
						lowBuf = append(lowBuf, c)
						keyBuf = append(keyBuf, c)
					case c >= 'A' && c <= 'Z':
						t.flags |= tLetter
						if firstRune {
							t.flags |= tCap
						}
						upperLetters++
						letters++
						lowBuf = append(lowBuf, c+'a'-'A')
						keyBuf = append(keyBuf, c+'a'-'A')
					case c >= '0' && c <= '9':
						t.flags |= tDigit
						lowBuf = append(lowBuf, c)
						keyBuf = append(keyBuf, c)
					default:
						lowBuf = append(lowBuf, c)
					}
					firstRune = false
				}
				goto done
			}
			for _, r := range nt.Text {
				switch {
				case unicode.IsLetter(r):
					t.flags |= tLetter
					if firstRune {
						if unicode.IsUpper(r) {
							t.flags |= tCap
						} else {
							t.flags |= tLower
						}
					}
					if unicode.IsLower(r) {
						hasLower = true
					} else if unicode.IsUpper(r) {
						upperLetters++
					}
					letters++
					lr := unicode.ToLower(r)
					lowBuf = utf8.AppendRune(lowBuf, lr)
					keyBuf = utf8.AppendRune(keyBuf, fold(lr))
				case unicode.IsDigit(r):
					t.flags |= tDigit
					lowBuf = utf8.AppendRune(lowBuf, r)
					keyBuf = utf8.AppendRune(keyBuf, r)
				default:
					lowBuf = utf8.AppendRune(lowBuf, unicode.ToLower(r))
				}
				firstRune = false
			}
		done:
			if t.flags&tCap != 0 && !hasLower {
				t.flags |= tUpper
			}
			if t.flags&(tLetter|tDigit) == 0 {
				t.flags |= tPunct
			}
			switch nt.Text {
			case "'s", "’s", "'", "’", "'S", "’S":
				t.flags |= tPoss
			}
			if first && t.flags&(tLetter|tDigit) != 0 {
				t.flags |= tSentStart
				first = false
			}
			o.l1, o.k1 = len(lowBuf), len(keyBuf)
			off[k] = o
			k++
		}
		if letters >= 8 && upperLetters*10 >= letters*7 {
			for j := sentStart[si]; j < k; j++ {
				toks[j].flags |= tCapsLine
			}
		}
	}
	sentStart[len(doc.Sentences)] = k
	low, key := string(lowBuf), string(keyBuf)
	for i := range toks {
		o := off[i]
		toks[i].lower = low[o.l0:o.l1]
		toks[i].key = key[o.k0:o.k1]
		toks[i].class = lexicon[toks[i].lower]
		if toks[i].class == 0 && strings.ContainsAny(toks[i].lower, "-.") {
			toks[i].class = compoundRank(toks[i].lower)
		}
	}
	return toks, sentStart
}

// isASCIIWord reports whether s is all ASCII.
func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// compoundRank returns the rank classes of a rank written with hyphens or
// dots ("Major-Gen.", "Brig.-Gen", "Lt.Col."), when every part is a rank
// word, and 0 otherwise.
func compoundRank(lower string) wordClass {
	parts := strings.FieldsFunc(lower, func(r rune) bool { return r == '-' || r == '.' })
	if len(parts) < 2 {
		return 0
	}
	for _, p := range parts {
		if lexicon[p]&wMilRank == 0 {
			return 0
		}
	}
	return wRank | wMilRank
}

// fold removes the common Latin diacritics from a lower-case letter, so
// that keys match across spellings ("Médecins" and "Medecins").
func fold(r rune) rune {
	if r < 0xC0 {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'č', 'ć':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī':
		return 'i'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ų':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'š', 'ś', 'ş':
		return 's'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ğ':
		return 'g'
	case 'ł':
		return 'l'
	case 'ı':
		return 'i'
	}
	return r
}

// normKey returns the key of a phrase as tokens computes it: lower-case
// letters and digits, without diacritics, nothing else.
func normKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(fold(unicode.ToLower(r)))
		case unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tokenRange returns the tokens [s, e) that cover the code points [start,
// end), or ok false when no token starts at start.
func tokenRange(toks []tok, start, end int) (s, e int, ok bool) {
	s = sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if s >= len(toks) || toks[s].start != start {
		return 0, 0, false
	}
	e = s
	for e < len(toks) && toks[e].end <= end {
		e++
	}
	if e == s {
		return 0, 0, false
	}
	return s, e, true
}
