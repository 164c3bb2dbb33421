package casualties

import (
	"strconv"
	"strings"
)

// sem is what a qualifier does to a figure's range.
type sem uint8

const (
	semNone     sem = iota
	semMin          // at least N: min N
	semMinPlus      // more than N: min N+1
	semMax          // up to N: max N
	semMaxMinus     // fewer than N: max N-1
	semNear         // nearly N: max N, approximate
	semApprox       // about N: approximate, no bounds
	semAdd          // another N: exact, and adds to an earlier figure
	semTotal        // a total of N: exact, and a total
)

type qualifier struct {
	words []string
	sem   sem
}

// qualifiers that stand before a number, longest first within each first
// word (qualByFirst keeps the order).
var qualByFirst = map[string][]qualifier{}

func init() {
	for _, q := range []struct {
		s   string
		sem sem
	}{
		{"at least another", semMin}, {"at least", semMin}, {"no fewer than", semMin}, {"no less than", semMin},
		{"not less than", semMin}, {"a minimum of", semMin},
		{"more than", semMinPlus}, {"over", semMinPlus}, {"just over", semMinPlus}, {"well over", semMinPlus},
		{"upwards of", semMinPlus}, {"in excess of", semMinPlus}, {"nearly another", semNear},
		{"surpasses", semMinPlus}, {"surpassed", semMinPlus}, {"exceeds", semMinPlus}, {"exceeded", semMinPlus},
		{"topped", semMinPlus}, {"tops", semMinPlus},
		{"up to", semMax}, {"as many as", semMax}, {"at most", semMax}, {"no more than", semMax},
		{"a maximum of", semMax},
		{"fewer than", semMaxMinus}, {"less than", semMaxMinus}, {"under", semMaxMinus}, {"just under", semMaxMinus},
		{"nearly", semNear}, {"almost", semNear}, {"close to", semNear}, {"just shy of", semNear},
		{"about", semApprox}, {"around", semApprox}, {"some", semApprox}, {"approximately", semApprox},
		{"roughly", semApprox}, {"an estimated", semApprox}, {"estimated", semApprox}, {"approx.", semApprox},
		{"perhaps", semApprox}, {"possibly", semApprox}, {"reportedly", semApprox},
		{"another", semAdd}, {"an additional", semAdd}, {"a further", semAdd}, {"additional", semAdd},
		{"a total of", semTotal}, {"all", semTotal}, {"all of the", semTotal}, {"all the", semTotal},
	} {
		ws := strings.Fields(q.s)
		qualByFirst[ws[0]] = append(qualByFirst[ws[0]], qualifier{ws, q.sem})
	}
	for w, l := range qualByFirst {
		add(w, entry{k: kQualStart})
		for i := 1; i < len(l); i++ { // longest first
			for j := i; j > 0 && len(l[j].words) > len(l[j-1].words); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
}

// quant is a quantity found in a sentence: word indices and the figure.
type quant struct {
	qs, ns, end int // qualifier start, number start, end (exclusive)
	count       int64
	min, max    int64 // -1: no bound
	approx      bool
	qual        string // the qualifier as written, lower case ("at least", "dozens")
	sem         sem
	vague       bool
	rangeQ      bool
	digits      bool // written in digits
	one         bool // the word "one" alone
}

// parseQuant reads a quantity starting at word i. It returns false when no
// number starts there.
func parseQuant(ws []word, i int) (quant, bool) {
	q := quant{qs: i, min: -1, max: -1}
	// qualifier
	for _, c := range qualByFirst[ws[i].low] {
		if matchWords(ws, i, c.words) {
			q.sem = c.sem
			q.ns = i + len(c.words)
			break
		}
	}
	if q.sem == semNone {
		q.ns = i
	}
	if q.ns >= len(ws) {
		return q, false
	}
	k := q.ns
	// between A and B
	if ws[k].low == "between" {
		a, e1, ok1 := parseNumber(ws, k+1)
		if ok1 && e1 < len(ws) && ws[e1].low == "and" {
			if b, e2, ok2 := parseNumber(ws, e1+1); ok2 && b > a {
				q.count, q.min, q.max = a, a, b
				q.approx, q.rangeQ, q.qual = true, true, "between"
				q.end = e2
				q.digits = ws[k+1].digit
				return q, true
			}
		}
		return q, false
	}
	// vague quantities
	if v, e, ok := parseVague(ws, k); ok {
		q.count, q.min, q.max = v.vmin, v.vmin, v.vmax
		if q.max == 0 {
			q.max = -1
		}
		q.vague, q.approx = true, true
		q.qual = joinLow(ws, k, e)
		if q.sem != semNone {
			q.qual = joinLow(ws, q.qs, e)
		}
		q.end = e
		return q, true
	}
	// a compound written as one word: "10-15", "twenty-four", "100-plus"
	if lo, hi, plus, ok := parseCompound(ws[k].low); ok {
		q.end = k + 1
		q.digits = ws[k].digit
		switch {
		case hi > lo:
			q.count, q.min, q.max = lo, lo, hi
			q.approx, q.rangeQ = true, true
		case plus:
			q.count, q.min = lo, lo
			q.approx, q.qual = true, "plus"
		default:
			q.count = lo
			q.applySem(ws)
		}
		return q, true
	}
	n, e, ok := parseNumber(ws, k)
	if !ok {
		return q, false
	}
	q.count, q.end = n, e
	q.digits = ws[k].digit
	q.one = e == k+1 && ws[k].low == "one"
	// range: "10 to 15", "two or three", "10 - 15"
	if e+1 < len(ws) && (ws[e].low == "to" || ws[e].low == "or" || isDash(ws[e].text)) {
		if b, e2, ok := parseNumber(ws, e+1); ok && b > n && (ws[e].low != "or" || b < 2*n+10) {
			q.min, q.max, q.end = n, b, e2
			q.approx, q.rangeQ = true, true
			return q, true
		}
	}
	q.applySem(ws)
	// "two more", "three more people": an additional figure
	if q.end < len(ws) && ws[q.end].low == "more" && q.sem == semNone {
		q.sem, q.end = semAdd, q.end+1
	}
	// after the number: "or more", "or so", "-odd"
	if q.end+1 < len(ws) && ws[q.end].low == "or" {
		switch ws[q.end+1].low {
		case "more":
			q.min, q.max, q.approx, q.qual, q.end = q.count, -1, true, "or more", q.end+2
		case "so":
			q.approx, q.qual, q.end = true, "or so", q.end+2
		}
	}
	return q, true
}

// applySem sets the range, the approximate flag and the qualifier text from
// the qualifier before the number.
func (q *quant) applySem(ws []word) {
	n := q.count
	switch q.sem {
	case semNone, semTotal:
		q.min, q.max = n, n
		return
	case semAdd:
		q.min, q.max = n, n
		return
	case semMin:
		q.min = n
	case semMinPlus:
		q.min = n + 1
	case semMax:
		q.max = n
	case semMaxMinus:
		q.max = n - 1
	case semNear:
		if ws[q.qs].low != "close" {
			q.max = n
		}
	}
	q.approx = true
	q.qual = joinLow(ws, q.qs, q.ns)
}

func matchWords(ws []word, i int, want []string) bool {
	if i+len(want) > len(ws) {
		return false
	}
	for j, w := range want {
		if ws[i+j].low != w {
			return false
		}
	}
	return true
}

func joinLow(ws []word, i, j int) string {
	if j-i == 1 {
		return ws[i].low
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(ws[k].low)
	}
	return b.String()
}

// parseVague reads "dozens", "hundreds of thousands", "several hundred",
// "tens of thousands" at word i.
func parseVague(ws []word, i int) (entry, int, bool) {
	w := ws[i]
	switch w.low {
	case "tens", "hundreds":
		if i+2 < len(ws) && ws[i+1].low == "of" && (ws[i+2].low == "thousands" || ws[i+2].low == "millions") {
			base := int64(1000)
			if ws[i+2].low == "millions" {
				base = 1_000_000
			}
			f := int64(10)
			if w.low == "hundreds" {
				f = 100
			}
			return entry{vmin: 2 * f * base, vmax: 10*f*base - 1}, i + 3, true
		}
	case "several", "a", "many":
		j := i + 1
		if w.low == "a" {
			if j >= len(ws) || ws[j].low != "few" {
				return entry{}, 0, false
			}
			j++
		}
		if j < len(ws) && ws[j].is(kScale) && ws[j].e.num >= 12 {
			s := ws[j].e.num
			lo := int64(3)
			if w.low == "a" {
				lo = 2
			}
			return entry{vmin: lo * s, vmax: 10*s - 1}, j + 1, true
		}
		return entry{}, 0, false
	}
	if w.is(kVague) {
		return *w.e, i + 1, true
	}
	return entry{}, 0, false
}

// parseNumber reads a cardinal at word i: digits ("1,200", "1.2 million"),
// words ("twenty four", "one hundred and twenty", "two dozen", "a dozen").
func parseNumber(ws []word, i int) (int64, int, bool) {
	if i >= len(ws) {
		return 0, i, false
	}
	w := ws[i]
	if w.digit {
		v, frac, ok := parseDigits(w.low)
		if !ok {
			return 0, i, false
		}
		e := i + 1
		if e < len(ws) && ws[e].is(kScale) && ws[e].e.num >= 12 {
			v = v * ws[e].e.num
			if frac {
				v /= 10000 // parseDigits keeps four decimals
			}
			return v, e + 1, true
		}
		if frac {
			return 0, i, false // "7.1" is no count of people
		}
		return v, e, true
	}
	// "a dozen", "a hundred", "half a dozen"
	if w.low == "a" || w.low == "an" {
		if i+1 < len(ws) && ws[i+1].is(kScale) && ws[i+1].e.num >= 12 {
			return parseWordNumber(ws, i+1, 1)
		}
		return 0, i, false
	}
	if w.low == "half" && i+2 < len(ws) && ws[i+1].low == "a" && ws[i+2].low == "dozen" {
		return 6, i + 3, true
	}
	if w.is(kNum) {
		return parseWordNumber(ws, i, 0)
	}
	if v, ok := compoundWordNumber(w.low); ok {
		return parseWordNumber(ws, i, 0, v)
	}
	return 0, i, false
}

// parseWordNumber reads number words from i; cur is a value already read
// ("a" before "dozen" is 1). extra, when given, is the value of word i.
func parseWordNumber(ws []word, i int, cur int64, extra ...int64) (int64, int, bool) {
	var total int64
	seen := cur > 0
	lastTens := false // the last word was twenty..ninety: a unit may follow
	lastScale := cur > 0
	k := i
	for ; k < len(ws); k++ {
		w := ws[k]
		var v int64
		isNum := false
		if k == i && len(extra) > 0 {
			v, isNum = extra[0], true
		} else if w.is(kNum) {
			v, isNum = w.e.num, true
		} else if cv, ok := compoundWordNumber(w.low); ok {
			v, isNum = cv, true
		}
		switch {
		case isNum:
			if seen && !(lastTens && v < 10) && !(lastScale && cur%100 == 0) {
				goto done
			}
			cur += v
			lastTens = v >= 20 && v%10 == 0 && v < 100
			lastScale = false
			seen = true
		case w.is(kScale):
			if !seen {
				goto done
			}
			s := w.e.num
			switch {
			case s == 100:
				cur = max(cur, 1) * 100
			case s == 12:
				cur = max(cur, 1) * 12
			default:
				total += max(cur, 1) * s
				cur = 0
			}
			lastTens, lastScale = false, true
		case w.low == "and" && lastScale && k+1 < len(ws) && (ws[k+1].is(kNum) || isCompoundWord(ws[k+1].low)):
			// "one hundred and twenty"
		default:
			goto done
		}
	}
done:
	if !seen {
		return 0, i, false
	}
	// do not end on "and"
	if k > i && ws[k-1].low == "and" {
		k--
	}
	return total + cur, k, true
}

func isCompoundWord(s string) bool { _, ok := compoundWordNumber(s); return ok }

// compoundWordNumber reads "twenty-four".
func compoundWordNumber(s string) (int64, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	ea, eb := lexicon[a], lexicon[b]
	if ea == nil || eb == nil || ea.k&kNum == 0 || eb.k&kNum == 0 {
		return 0, false
	}
	if ea.num < 20 || ea.num%10 != 0 || ea.num >= 100 || eb.num == 0 || eb.num >= 10 {
		return 0, false
	}
	return ea.num + eb.num, true
}

// parseCompound reads a number compound written as one word: a range
// "10-15" or "ten-to-15", "100-plus". Number-unit compounds ("40-hour",
// "25-year-old") are not quantities.
func parseCompound(s string) (lo, hi int64, plus, ok bool) {
	a, b, found := strings.Cut(s, "-")
	if !found {
		return 0, 0, false, false
	}
	la, _, okA := parseSimple(a)
	if !okA {
		return 0, 0, false, false
	}
	if b == "plus" || b == "odd" {
		return la, 0, true, true
	}
	lb, _, okB := parseSimple(b)
	if !okB || lb <= la {
		return 0, 0, false, false
	}
	return la, lb, false, true
}

// parseSimple reads digits or one number word.
func parseSimple(s string) (int64, bool, bool) {
	if s == "" {
		return 0, false, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		v, frac, ok := parseDigits(s)
		return v, true, ok && !frac
	}
	if e := lexicon[s]; e != nil && e.k&kNum != 0 {
		return e.num, false, true
	}
	return 0, false, false
}

// parseDigits reads "17", "1,200", "1.2" (frac: the value is times 10000).
// Anything else ("11:40", "3rd", "1.2.3") is refused.
func parseDigits(s string) (v int64, frac, ok bool) {
	intPart, fracPart, hasDot := strings.Cut(s, ".")
	if hasDot && (fracPart == "" || len(fracPart) > 4) {
		return 0, false, false
	}
	if strings.IndexByte(intPart, ',') >= 0 {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false, false
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	if len(intPart) == 0 || len(intPart) > 12 {
		return 0, false, false
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil || n < 0 {
		return 0, false, false
	}
	if !hasDot {
		return n, false, true
	}
	f := fracPart + strings.Repeat("0", 4-len(fracPart))
	fv, err := strconv.ParseInt(f, 10, 64)
	if err != nil || fv < 0 {
		return 0, false, false
	}
	return n*10000 + fv, true, true
}
