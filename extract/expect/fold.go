package expect

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold reduces a name to the form names are compared in: lower case,
// without diacritics, punctuation or symbols, with single spaces. Hyphens
// and apostrophes separate words ("al-Shabaab" = "al Shabaab").
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '‘' || r == '.':
			// "Cote d'Ivoire", "U.S.": keep the letters together.
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// sameName reports whether two names are the same once folded, ignoring a
// leading "the".
func sameName(a, b string) bool {
	fa, fb := strings.TrimPrefix(fold(a), "the "), strings.TrimPrefix(fold(b), "the ")
	return fa != "" && fa == fb
}
