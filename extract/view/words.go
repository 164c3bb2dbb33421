package view

import (
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// The wording of facts that the text summary and the HTML page share.

// claimKindOrder is the order in which the views group claims: the kinds
// that carry most weight first, plain statements last.
var claimKindOrder = []string{"responsibility", "accusation", "denial", "condemnation", "support", "statement"}

// figureText renders a casualty figure the way the article qualified it:
// "92", "at least 18", "more than 400", "dozens (24–99)", "between 30 and
// 40", "180 (earlier figure)".
func figureText(c record.Casualty) string {
	count := numText(c.Count)
	q := strings.TrimSpace(deref(c.Qualifier))
	ranged := c.Min != nil && c.Max != nil && *c.Min != *c.Max
	switch {
	case ranged && strings.EqualFold(q, "between"):
		return "between " + numText(*c.Min) + " and " + numText(*c.Max)
	case ranged && q != "":
		return q + " (" + numText(*c.Min) + "–" + numText(*c.Max) + ")"
	case ranged:
		s := numText(*c.Min) + "–" + numText(*c.Max)
		if c.Approximate {
			s = "about " + s
		}
		return s
	case q != "" && (c.Approximate || c.Max == nil):
		// "at least", "more than", "about": the wording leads the figure.
		return q + " " + count
	case q != "":
		// A qualifier that is no approximation ("earlier figure") is a note.
		return count + " (" + q + ")"
	case c.Approximate:
		return "about " + count
	}
	return count
}

// whenText renders the time of a figure: the resolved date with the words
// it came from, or either alone.
func whenText(w *record.When) string {
	if w == nil {
		return ""
	}
	date, text := deref(w.Date), strings.TrimSpace(w.Text)
	switch {
	case date != "" && text != "" && text != date:
		return date + " (“" + text + "”)"
	case date != "":
		return date
	case text != "":
		return "“" + text + "”"
	}
	return ""
}

// numText writes n with thousands separators: 26000 → "26,000".
func numText(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// joinText joins the parts that are not blank, trimmed.
func joinText(sep string, parts ...string) string {
	var kept []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, sep)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
