package casualties

import (
	"strconv"
	"strings"
	"time"
)

// dateExpr is a time expression of a sentence: words [s, e), the text as
// written (without a leading "on"), and the ISO date when it resolves.
type dateExpr struct {
	s, e int
	text string
	date string // "" when it cannot be resolved
	attr bool   // the date of a statement ("said on Sunday"), not of the figure
}

// parsePublished reads the publication date: "2025-03-16", or a date-time
// that starts with one. The second result is false when there is none.
func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// dayParts may follow a weekday or "yesterday": "Friday night".
var dayParts = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true, "overnight": true}

// findDates returns the time expressions of a sentence in text order.
func findDates(doc docText, ws []word, pub time.Time, hasPub bool, out []dateExpr) []dateExpr {
	n := len(ws)
	for i := 0; i < n; i++ {
		w := &ws[i]
		var d dateExpr
		ok := false
		switch {
		case w.is(kDay) && (w.low == weekdayNames[w.e.day%7] || w.upper && !w.allUpper || w.allUpper && len(w.low) > 3):
			d, ok = weekdayAt(doc, ws, i, pub, hasPub)
		case w.is(kMonth) && (w.upper || i+1 < n && ws[i+1].digit):
			d, ok = monthAt(doc, ws, i, pub, hasPub)
		case w.digit && i+1 < n && ws[i+1].is(kMonth) && (ws[i+1].upper):
			d, ok = dayMonthAt(doc, ws, i, pub, hasPub)
		case w.is(kRelDay):
			d, ok = relDayAt(doc, ws, i, pub, hasPub)
		case w.low == "last" || w.low == "this" || w.low == "earlier":
			d, ok = relPeriodAt(doc, ws, i, pub, hasPub)
		case (w.low == "a" || w.low == "the") && i+2 < n && (ws[i+1].low == "day" || ws[i+1].low == "week") &&
			(ws[i+2].low == "earlier" || ws[i+2].low == "before" || ws[i+2].low == "later"):
			// relative to another date of the text: kept as written, unresolved
			d, ok = dateExpr{s: i, e: i + 3, text: span(doc, ws, i, i+3)}, true
		case (w.low == "in" || w.low == "since" || w.low == "of") && i+1 < n && ws[i+1].digit && len(ws[i+1].text) == 4:
			if y, err := strconv.Atoi(ws[i+1].text); err == nil && y >= 1900 && y <= 2100 {
				d, ok = dateExpr{s: i + 1, e: i + 2, text: ws[i+1].text}, true
			}
		}
		if ok {
			out = append(out, d)
			i = d.e - 1
		}
	}
	return out
}

var weekdayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// docText gives the text between two code-point offsets.
type docText interface{ Slice(start, end int) string }

func span(doc docText, ws []word, s, e int) string { return doc.Slice(ws[s].start, ws[e-1].end) }

// weekdayAt reads "Saturday", "last Tuesday", "late Saturday", "Friday
// night", "Tuesday, Jan. 27".
func weekdayAt(doc docText, ws []word, i int, pub time.Time, hasPub bool) (dateExpr, bool) {
	n := len(ws)
	s, e := i, i+1
	last, next := false, false
	if i > 0 {
		switch ws[i-1].low {
		case "last":
			last, s = true, i-1
		case "next", "coming":
			next, s = true, i-1
		case "this", "early", "late":
			s = i - 1
		}
	}
	if e < n && dayParts[ws[e].low] {
		e++
	}
	// an explicit date after the weekday wins: "Tuesday, Jan. 27"
	k := e
	if k < n && ws[k].text == "," {
		k++
	}
	if k < n && ws[k].is(kMonth) && ws[k].upper {
		if d, ok := monthAt(doc, ws, k, pub, hasPub); ok && d.date != "" {
			d.s = s
			d.text = span(doc, ws, s, d.e)
			return d, true
		}
	}
	d := dateExpr{s: s, e: e, text: span(doc, ws, s, e)}
	if hasPub && !next {
		wd := time.Weekday(ws[i].e.day % 7)
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		if last && back == 0 {
			back = 7
		}
		d.date = pub.AddDate(0, 0, -back).Format(time.DateOnly)
	}
	return d, true
}

// monthAt reads "March 3", "Jan. 27", "March 3, 2025", "March 2025".
func monthAt(doc docText, ws []word, i int, pub time.Time, hasPub bool) (dateExpr, bool) {
	n := len(ws)
	m := ws[i].e.day
	if ws[i].low == "may" && !(i+1 < n && ws[i+1].digit) {
		return dateExpr{}, false
	}
	if i+1 < n && ws[i+1].digit {
		day, ok := dayNumber(ws[i+1].low)
		if ok {
			e := i + 2
			year := 0
			if e+1 < n && ws[e].text == "," && isYear(ws[e+1].text) {
				year, _ = strconv.Atoi(ws[e+1].text)
				e += 2
			} else if e < n && isYear(ws[e].text) {
				year, _ = strconv.Atoi(ws[e].text)
				e++
			}
			return resolveDate(doc, ws, i, e, year, m, day, pub, hasPub), true
		}
		if isYear(ws[i+1].text) { // "March 2025"
			return dateExpr{s: i, e: i + 2, text: span(doc, ws, i, i+2)}, true
		}
	}
	return dateExpr{}, false
}

// dayMonthAt reads "3 March", "3 March 2025".
func dayMonthAt(doc docText, ws []word, i int, pub time.Time, hasPub bool) (dateExpr, bool) {
	day, ok := dayNumber(ws[i].low)
	if !ok {
		return dateExpr{}, false
	}
	m := ws[i+1].e.day
	e := i + 2
	year := 0
	if e < len(ws) && isYear(ws[e].text) {
		year, _ = strconv.Atoi(ws[e].text)
		e++
	}
	return resolveDate(doc, ws, i, e, year, m, day, pub, hasPub), true
}

func resolveDate(doc docText, ws []word, s, e, year, month, day int, pub time.Time, hasPub bool) dateExpr {
	d := dateExpr{s: s, e: e, text: span(doc, ws, s, e)}
	if year == 0 {
		if !hasPub {
			return d
		}
		year = pub.Year()
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.After(pub.AddDate(0, 0, 7)) { // "December 30" in a January article
			year--
		}
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31 February
		return d
	}
	d.date = t.Format(time.DateOnly)
	return d
}

// dayNumber reads a day of the month: "3", "27", "3rd", "21st".
func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	d, err := strconv.Atoi(s)
	return d, err == nil && d >= 1 && d <= 31
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1900 && y <= 2100
}

// relDayAt reads "today", "yesterday", "tonight", "yesterday morning",
// "the day before yesterday".
func relDayAt(doc docText, ws []word, i int, pub time.Time, hasPub bool) (dateExpr, bool) {
	n := len(ws)
	s, e := i, i+1
	off := 0
	switch ws[i].low {
	case "yesterday":
		off = -1
		if i >= 3 && ws[i-1].low == "before" && ws[i-2].low == "day" && ws[i-3].low == "the" {
			s, off = i-3, -2
		}
	}
	if e < n && dayParts[ws[e].low] {
		e++
	}
	if s > 0 && (ws[s-1].low == "late" || ws[s-1].low == "early" || ws[s-1].low == "earlier") {
		s--
	}
	d := dateExpr{s: s, e: e, text: span(doc, ws, s, e)}
	if hasPub {
		d.date = pub.AddDate(0, 0, off).Format(time.DateOnly)
	}
	return d, true
}

// relPeriodAt reads "last night", "this morning", "last week", "earlier
// this month"; only days resolve to a date.
func relPeriodAt(doc docText, ws []word, i int, pub time.Time, hasPub bool) (dateExpr, bool) {
	n := len(ws)
	k := i
	if ws[k].low == "earlier" {
		if k+1 < n && ws[k+1].low == "this" {
			k++
		} else {
			return dateExpr{}, false
		}
	}
	if k+1 >= n {
		return dateExpr{}, false
	}
	nx := ws[k+1].low
	d := dateExpr{s: i, e: k + 2, text: span(doc, ws, i, k+2)}
	switch {
	case ws[k].low == "last" && nx == "night":
		if hasPub {
			d.date = pub.AddDate(0, 0, -1).Format(time.DateOnly)
		}
	case ws[k].low == "this" && (nx == "morning" || nx == "afternoon" || nx == "evening"):
		if hasPub {
			d.date = pub.Format(time.DateOnly)
		}
	case nx == "week" || nx == "month" || nx == "year" || nx == "weekend":
	default:
		return dateExpr{}, false
	}
	return d, true
}
