package gazetteer

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// Match is a run of tokens that names places or is a demonym.
type Match struct {
	Start, End int   // token indexes, half-open
	Kinds      Kinds // kinds of the candidate places, and flags
	// Cased reports whether the tokens are capitalised as at least one
	// spelling of the name is: "New York", "NEW YORK", "US" and "U.S." are;
	// "new york" and "us" are not.
	Cased bool

	key int32 // key index + 1; 0 for none
}

// maxKey bounds the bytes of a span MatchTokens looks up; no name is longer.
const maxKey = 200

// MatchTokens finds the names of places and the demonyms among tokens:
// at each token, the longest run of tokens that is a known name ("New
// York", "Khyber Pakhtunkhwa", "Gaza Strip"), scanning left to right
// without overlaps. Matching ignores case and diacritics (see Normalize)
// and reports capitalisation in Match.Cased. A match covers whole tokens
// only: "Pakistan-based" is no match, while a possessive "Pakistan's" is.
// Tokens of hyphens or apostrophes alone may sit inside a match
// ("Guinea", "-", "Bissau"); any other punctuation ends one.
func MatchTokens(tokens []string) []Match {
	return AppendMatches(nil, tokens)
}

// AppendMatches is MatchTokens appending to dst, so that a caller can
// reuse one slice: it allocates nothing when dst has room.
func AppendMatches(dst []Match, tokens []string) []Match {
	d := get()
	if d == nil {
		return dst
	}
	var arr [maxKey + 8]byte
	for i := 0; i < len(tokens); {
		best, bestKey := -1, -1
		buf := arr[:0]
		for j := i; j < len(tokens); j++ {
			t := tokens[j]
			var letters bool
			buf, letters = codec.AppendKey(buf, t)
			if !letters {
				if j > i && joiner(t) {
					continue
				}
				break
			}
			if len(buf) > maxKey {
				break
			}
			k := d.find(buf)
			if k < 0 {
				// "Pakistan's": the possessive ends the name.
				if possessive(t) {
					if k = d.find(buf[:len(buf)-1]); k >= 0 && d.triple(k)[0]&^codec.PostPrefix != 0 {
						best, bestKey = j, k
					}
				}
				break
			}
			pb := d.triple(k)[0]
			if pb&^codec.PostPrefix != 0 {
				best, bestKey = j, k
			}
			if pb&codec.PostPrefix == 0 {
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		t := d.triple(bestKey)
		dst = append(dst, Match{
			Start: i, End: best + 1, Kinds: Kinds(t[1]),
			Cased: codec.CaseMatches(t[2], tokens[i:best+1]),
			key:   int32(bestKey) + 1,
		})
		i = best + 1
	}
	return dst
}

// joiner reports a token made only of hyphens, dashes or apostrophes.
func joiner(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		switch r {
		case '-', '‐', '‑', '‒', '–', '—', '\'', '’', '‘', 'ʼ':
		default:
			return false
		}
	}
	return true
}

// possessive reports a token ending in 's or ’s after a letter.
func possessive(t string) bool {
	if len(t) < 3 || t[len(t)-1] != 's' && t[len(t)-1] != 'S' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1])
	return r == '\'' || r == '’'
}

// Places returns the candidate places of a match, best first, as Lookup
// ranks them.
func (m Match) Places() []Place {
	d := get()
	if d == nil || m.key <= 0 || int(m.key) > d.nkeys {
		return nil
	}
	return d.places(int(m.key) - 1)
}

// Demonym returns the country code of a match that is a demonym
// ("Pakistani" → "PK"), as the package function Demonym does.
func (m Match) Demonym() (string, bool) {
	d := get()
	if d == nil || m.Kinds&FlagDemonym == 0 || m.key <= 0 || int(m.key) > d.nkeys {
		return "", false
	}
	return d.demonym(int(m.key) - 1)
}

// Text returns the tokens of a match joined by spaces, for messages and
// tests.
func (m Match) Text(tokens []string) string {
	if m.Start < 0 || m.End > len(tokens) || m.Start >= m.End {
		return ""
	}
	return strings.Join(tokens[m.Start:m.End], " ")
}
