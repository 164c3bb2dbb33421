package htmltext

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	// isoDate matches "2024-03-02", "2024/03/02" or "2024.03.02" with an
	// optional time and zone: "T10:15", " 10:15:00.123+01:00", "10:15Z".
	isoDate = regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:(?:T|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`)
	// monthFirst matches "March 2, 2024", "Mar. 2nd 2024".
	monthFirst = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// dayFirst matches "2 March 2024", "2nd of Mar 2024".
	dayFirst = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b`)
	// numericDate matches "02/03/2024" and "2.3.2024".
	numericDate = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	// clockTime matches a time of day after a textual date.
	clockTime = regexp.MustCompile(`(?i)^[\s,]*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})?`)
	// urlDate matches dates in URL paths: /2024/03/02/, /2024-03-02, _20240302.
	urlDate = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])|[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)`)
)

// months maps English month names and abbreviations to months.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// zoneOffsets are the zone abbreviations commonly printed on English news
// pages, in seconds east of UTC.
var zoneOffsets = map[string]int{
	"Z": 0, "UTC": 0, "GMT": 0, "UT": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"BST": 3600, "CET": 3600, "CEST": 2 * 3600, "IST": 19800, "AEST": 10 * 3600,
	"AEDT": 11 * 3600,
}

// rfcLayouts are the mail and HTTP date forms.
var rfcLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", time.RFC850, time.UnixDate, time.RubyDate, time.ANSIC,
}

// dateParts is a calendar date with an optional time and zone.
type dateParts struct {
	y, mo, d      int
	hasTime       bool
	h, mi, s      int
	hasZone       bool
	offsetSeconds int
}

// format renders the date as ISO 8601: a date-time with its offset when
// both are known, otherwise the date alone (a time without a zone cannot be
// placed on the time line, so it is not reported).
func (p dateParts) format() (string, bool) {
	if p.y < 1900 || p.y > 2100 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 {
		return "", false
	}
	t := time.Date(p.y, time.Month(p.mo), p.d, p.h, p.mi, p.s, 0, time.UTC)
	if t.Day() != p.d || int(t.Month()) != p.mo {
		return "", false // 31 February and the like
	}
	if !p.hasTime || !p.hasZone || p.h > 23 || p.mi > 59 || p.s > 60 {
		return t.Format("2006-01-02"), true
	}
	t = time.Date(p.y, time.Month(p.mo), p.d, p.h, p.mi, p.s, 0, time.FixedZone("", p.offsetSeconds))
	return t.Format("2006-01-02T15:04:05Z07:00"), true
}

// normDate normalises a date from page metadata to ISO 8601 ("2024-03-02"
// or "2024-03-02T10:15:00Z" / "...+01:00"). It accepts ISO forms,
// mail/HTTP forms, Unix timestamps and English textual dates.
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if allDigits(s) {
		switch len(s) {
		case 8:
			y, _ := strconv.Atoi(s[:4])
			mo, _ := strconv.Atoi(s[4:6])
			d, _ := strconv.Atoi(s[6:])
			return dateParts{y: y, mo: mo, d: d}.format()
		case 10, 13:
			v, _ := strconv.ParseInt(s, 10, 64)
			if len(s) == 13 {
				v /= 1000
			}
			t := time.Unix(v, 0).UTC()
			return dateParts{y: t.Year(), mo: int(t.Month()), d: t.Day(), hasTime: true,
				h: t.Hour(), mi: t.Minute(), s: t.Second(), hasZone: true}.format()
		}
		return "", false
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil && m[0] == 0 {
		return isoParts(s, m).format()
	}
	for _, l := range rfcLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		p := dateParts{y: t.Year(), mo: int(t.Month()), d: t.Day(), hasTime: true, h: t.Hour(), mi: t.Minute(), s: t.Second()}
		name, off := t.Zone()
		if strings.Contains(l, "MST") {
			off, p.hasZone = zoneOffsets[name]
		} else {
			p.hasZone = true
		}
		p.offsetSeconds = off
		return p.format()
	}
	return findDate(s)
}

// isoParts reads the submatches of isoDate.
func isoParts(s string, m []int) dateParts {
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	var p dateParts
	p.y = atoi(g(1))
	p.mo = atoi(g(3))
	p.d = atoi(g(5))
	if g(2) != g(4) {
		return dateParts{} // "2024-03/02" is no date
	}
	if g(6) != "" {
		p.hasTime = true
		p.h, p.mi, p.s = atoi(g(6)), atoi(g(7)), atoi(g(8))
		p.offsetSeconds, p.hasZone = parseZone(g(9))
	}
	return p
}

// parseZone reads "Z", "UTC", "+01:00", "+0100", "+01" or a known
// abbreviation.
func parseZone(z string) (int, bool) {
	if z == "" {
		return 0, false
	}
	if off, ok := zoneOffsets[strings.ToUpper(z)]; ok {
		return off, true
	}
	if z[0] != '+' && z[0] != '-' {
		return 0, false
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	h, m := 0, 0
	switch len(digits) {
	case 2:
		h = atoi(digits)
	case 4:
		h, m = atoi(digits[:2]), atoi(digits[2:])
	default:
		return 0, false
	}
	off := h*3600 + m*60
	if z[0] == '-' {
		off = -off
	}
	return off, true
}

// findDate finds the first date written in free text, such as "Published
// March 2, 2024 at 10:15 am EST" or "Posted on 2 Mar 2024".
func findDate(s string) (string, bool) {
	best := -1
	var bp dateParts
	var bend int
	consider := func(at, end int, p dateParts) {
		if best >= 0 && at >= best {
			return
		}
		if _, ok := p.format(); ok {
			best, bp, bend = at, p, end
		}
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		consider(m[0], m[1], isoParts(s, m))
	}
	if m := monthFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := months[strings.ToLower(s[m[2]:m[3]])]; ok {
			consider(m[0], m[1], dateParts{y: atoi(s[m[6]:m[7]]), mo: int(mo), d: atoi(s[m[4]:m[5]])})
		}
	}
	if m := dayFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := months[strings.ToLower(s[m[4]:m[5]])]; ok {
			consider(m[0], m[1], dateParts{y: atoi(s[m[6]:m[7]]), mo: int(mo), d: atoi(s[m[2]:m[3]])})
		}
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		y := atoi(s[m[6]:m[7]])
		switch {
		case a > 12 && b <= 12:
			consider(m[0], m[1], dateParts{y: y, mo: b, d: a})
		case b > 12 && a <= 12:
			consider(m[0], m[1], dateParts{y: y, mo: a, d: b})
		}
	}
	if best < 0 {
		return "", false
	}
	if !bp.hasTime {
		if m := clockTime.FindStringSubmatch(s[bend:]); m != nil {
			h, mi := atoi(m[1]), atoi(m[2])
			switch strings.ToLower(strings.ReplaceAll(m[4], ".", "")) {
			case "pm":
				if h < 12 {
					h += 12
				}
			case "am":
				if h == 12 {
					h = 0
				}
			}
			bp.hasTime, bp.h, bp.mi, bp.s = true, h, mi, atoi(m[3])
			bp.offsetSeconds, bp.hasZone = parseZone(m[5])
		}
	}
	return bp.format()
}

// dateFromURL reads a date from a URL path such as /2024/03/02/slug.
func dateFromURL(u string) (string, bool) {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return "", false
	}
	for i := 1; i+2 < len(m); i += 3 {
		if m[i] != "" {
			return dateParts{y: atoi(m[i]), mo: atoi(m[i+1]), d: atoi(m[i+2])}.format()
		}
	}
	return "", false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi parses a short run of digits; "" gives 0.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// NormalizeDate turns a date as people and feeds write it ("2024-03-02",
// "Sat, 02 Mar 2024 10:15:00 GMT", "March 2, 2024", a Unix timestamp) into
// ISO 8601: the date alone, or a date-time with its offset when the input
// gives a time zone. ok is false when no date can be read.
func NormalizeDate(s string) (iso string, ok bool) { return normDate(s) }
