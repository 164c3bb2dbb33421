package htmltext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// bylinePrefix matches the words that introduce a byline.
	bylinePrefix = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|words|story|text|reporting|compiled|edited|published|updated|photos?|interview)\s+)?by\s*:?\s*|^(?:authors?|writers?|byline)\s*:\s*`)
	// authorSplit matches the separators between several names.
	authorSplit = regexp.MustCompile(`(?i)\s*(?:,|;|\||•|·|/|\s&\s|\band\b|\bund\b)\s*|\s+[-–—]\s+`)
	// innerBy splits "Jane Doe by-line text" forms such as "Photo by X".
	innerBy = regexp.MustCompile(`(?i)\s+by\s+`)
)

// roleWords are words that make a byline part a job title, a credit or a
// date rather than a name.
var roleWords = map[string]bool{
	"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"editor": true, "editors": true, "correspondent": true, "contributor": true,
	"contributors": true, "columnist": true, "senior": true, "associate": true,
	"contributing": true, "freelance": true, "photographer": true, "published": true,
	"updated": true, "posted": true, "min": true, "mins": true, "minute": true,
	"minutes": true, "read": true, "follow": true, "share": true, "email": true,
	"view": true, "profile": true, "more": true, "articles": true, "posts": true,
	"comments": true, "comment": true, "ago": true, "hours": true, "today": true,
	"yesterday": true, "phd": true, "md": true, "editorial": true,
	"team": true, "desk": true, "bureau": true, "agency": true, "on": true,
	"in": true, "at": true, "the": true, "of": true, "for": true, "am": true,
	"pm": true, "gmt": true, "utc": true, "est": true, "edt": true,
	"january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "unknown": true,
	"admin": true, "administrator": true, "anonymous": true, "guest": true,
}

// cleanAuthors turns raw byline strings into names: "By Jane Doe and John
// Roe" gives "Jane Doe" and "John Roe". Parts that are job titles, dates,
// handles, e-mail addresses, links or the site's own name are dropped, and
// duplicates are removed. The result is never nil.
func cleanAuthors(raw []string, site string) []string {
	out := []string{}
	seen := map[string]bool{}
	nsite := normName(site)
	for _, s := range raw {
		s = collapse(unescape(s))
		if s == "" || looksLikeURL(s) || nsite != "" && normName(s) == nsite {
			continue
		}
		s = bylinePrefix.ReplaceAllString(s, "")
		for _, part := range authorSplit.Split(s, -1) {
			part = bylinePrefix.ReplaceAllString(part, "")
			if loc := innerBy.FindStringIndex(part); loc != nil {
				part = part[loc[1]:]
			}
			if strings.Contains(part, "@") {
				continue // a handle or an e-mail address
			}
			part = cutTrailer(part, nsite)
			part = strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) })
			if !plausibleName(part) {
				continue
			}
			key := strings.ToLower(part)
			if seen[key] || (nsite != "" && normName(part) == nsite) {
				continue
			}
			seen[key] = true
			out = append(out, part)
		}
	}
	return out
}

// plausibleName reports whether s can be a person's (or an agency's)
// name: one to six words, letters only apart from a few punctuation
// marks, not a job title or a date.
func plausibleName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’' || r == '(' || r == ')':
		default:
			return false
		}
	}
	if letters < 2 {
		return false
	}
	allRole := true
	for _, w := range words {
		if !roleWords[strings.ToLower(strings.Trim(w, ".()"))] {
			allRole = false
		}
	}
	if allRole {
		return false
	}
	// A part led by a role word ("Staff Writer Jane") or made of lower
	// case words only ("more from this author") is not a name.
	lower := true
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			lower = false
			break
		}
	}
	return !lower || len(words) == 1
}

// trailerWords start the date or status text that bylines often carry
// after the name ("Jane Doe Updated 2:30 PM").
var trailerWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "modified": true,
	"last": true, "edited": true,
}

// cutTrailer drops from s, and from everything after it, the first
// trailer word, word with a digit, month name followed by a number, word
// that is the site's name (nsite, normalised), or job title after a name of
// two words or more ("Jane Doe PhillyVoice Staff" gives "Jane Doe").
func cutTrailer(s, nsite string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;"))
		_, month := months[lw]
		if trailerWords[lw] || strings.ContainsAny(w, "0123456789") ||
			month && i+1 < len(words) && strings.ContainsAny(words[i+1], "0123456789") ||
			i > 0 && nsite != "" && normName(w) == nsite ||
			i >= 2 && roleWords[lw] {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}
