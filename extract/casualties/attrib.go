package casualties

import "strings"

// attribution is a source cue of a sentence: "the military said",
// "according to police", "as stated by the province's chief minister".
type attribution struct {
	cue    int // word index of the cue
	s, e   int // the source's words [s, e); s == e when none was found
	zs, ze int // the statement's words: dates and places here are the statement's
}

// findAttributions returns the attribution cues of a sentence.
func findAttributions(ws []word, out []attribution) []attribution {
	n := len(ws)
	for i := 0; i < n; i++ {
		w := &ws[i]
		switch {
		case w.low == "according" && i+1 < n && ws[i+1].low == "to":
			s, e := npAfter(ws, i+2)
			out = append(out, attribution{cue: i, s: s, e: e, zs: i, ze: clauseEnd(ws, e)})
			i = e - 1
		case w.low == "by" && i > 0 && isByVerb(ws[i-1].low):
			s, e := npAfter(ws, i+1)
			zs := i - 1
			if zs > 0 && ws[zs-1].low == "as" {
				zs--
			}
			out = append(out, attribution{cue: i - 1, s: s, e: e, zs: zs, ze: clauseEnd(ws, e)})
			i = e - 1
		case (w.low == "put" || w.low == "puts" || w.low == "putting" || w.low == "gave" || w.low == "gives" ||
			w.low == "giving") && tollAhead(ws, i+1):
			// "the network puts the death toll at 41", "SANA gave a toll of 12"
			s, e := npBefore(ws, i)
			out = append(out, attribution{cue: i, s: s, e: e, zs: s, ze: i + 1})
		case w.is(kAttr) && w.low != "according":
			if i > 0 && (ws[i-1].is(kAux) && ws[i-1].low != "also" && ws[i-1].low != "later" && ws[i-1].low != "who" &&
				ws[i-1].low != "which" && ws[i-1].low != "that" || ws[i-1].low == "as") {
				continue // "were reported killed", "as reported"
			}
			if i+1 < n && (ws[i+1].digit || ws[i+1].is(kNum) || ws[i+1].low == "the" && i+2 < n && ws[i+2].low == "lives") &&
				(w.low == "claimed" || w.low == "reported" || w.low == "confirmed" || w.low == "recorded" || w.low == "counted" ||
					w.low == "documented" || w.low == "estimated") {
				// "claimed 12 lives", "recorded 340 arrests": the verb of the figure
				out = append(out, attribution{cue: i, s: i, e: i, zs: i, ze: i})
				if ps, pe := npBefore(ws, i); pe > ps {
					out[len(out)-1].s, out[len(out)-1].e = ps, pe
				}
				continue
			}
			if i > 1 && ws[i-1].text == "," {
				// "The ministry, which answers to the government, said":
				// the subject stands before a parenthetical
				if s, e := subjectBefore(ws, i-1); e > s {
					out = append(out, attribution{cue: i, s: s, e: e, zs: s, ze: clauseEnd(ws, i+1)})
					continue
				}
			}
			if i > 0 && (ws[i-1].text == "," || isQuote(ws[i-1].text)) && i+1 < n && npStart(&ws[i+1]) {
				s, e := npAfter(ws, i+1)
				out = append(out, attribution{cue: i, s: s, e: e, zs: i, ze: clauseEnd(ws, e)})
				i = e - 1
				continue
			}
			s, e := npBefore(ws, i)
			if s == e && i >= 2 && (ws[i-1].low == "which" || ws[i-1].low == "who") && ws[i-2].text == "," {
				// "the doctors' union, which said": the source is before the comma
				s, e = npBefore(ws, i-2)
				if ns, ne := namedBefore(ws, s); ne > ns {
					// "the Sudan Doctors Network, a medical group, which
					// said": the name, not its description
					s, e = ns, ne
				}
			}
			out = append(out, attribution{cue: i, s: s, e: e, zs: s, ze: clauseEnd(ws, i+1)})
		}
	}
	return out
}

// tollAhead reports whether a toll, a number or a figure is named within
// four words from k ("the death toll", "a higher figure").
func tollAhead(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+4; j++ {
		switch ws[j].low {
		case "toll", "number", "figure", "tally", "count":
			return true
		}
	}
	return false
}

func isByVerb(s string) bool {
	switch s {
	case "stated", "mentioned", "reported", "confirmed", "announced", "cited", "quoted", "released", "compiled",
		"given", "provided", "issued", "published", "disclosed":
		return true
	}
	return false
}

func isQuote(s string) bool {
	return s == `"` || s == "“" || s == "”" || s == "'" || s == "’" || s == "‘" || s == "''" || s == "``"
}

// npStart reports whether a noun phrase can start at w.
func npStart(w *word) bool {
	return w.low == "the" || w.low == "a" || w.is(kPoss) || (w.upper && !w.is(kDay|kMonth)) || w.is(kPerson)
}

// npWord reports whether w can be inside a source's noun phrase.
func npWord(w *word) bool {
	if !wordish(w.text) && w.low != "'s" && w.low != "'" {
		return false
	}
	if w.digit || w.is(kDay|kMonth|kRelDay|kAttr|kAux|kNeg|kPost|kPre) && !w.is(kPerson) {
		return false
	}
	if w.is(kFunc) {
		switch w.low {
		case "of", "for", "'s", "the", "and", "&":
			return true
		}
		return false
	}
	return true
}

// npAfter returns the noun phrase that starts at word k.
func npAfter(ws []word, k int) (int, int) {
	n := len(ws)
	s := k
	if s < n && (ws[s].low == "the" || ws[s].low == "a" || ws[s].is(kPoss)) {
		k++
	}
	for k < n && k < s+10 && npWord(&ws[k]) && !(k > s && ws[k].low == "the") {
		k++
	}
	for k > s && (ws[k-1].low == "of" || ws[k-1].low == "and" || ws[k-1].low == "for" || ws[k-1].low == "the") {
		k--
	}
	return s, k
}

// npBefore returns the noun phrase that ends before word k.
func npBefore(ws []word, k int) (int, int) {
	e := k
	j := k - 1
	for j >= 0 && j >= k-10 {
		w := &ws[j]
		if w.text == ")" {
			// "The National Police Service (NPS) said"
			m := j - 1
			for m >= 0 && m > j-4 && ws[m].text != "(" {
				m--
			}
			if m >= 0 && ws[m].text == "(" {
				j = m - 1
				continue
			}
			break
		}
		if w.low == "the" || w.low == "a" || w.low == "an" || w.is(kPoss) {
			j--
			break
		}
		if (w.low == "in" || w.low == "at") && j+1 < e && ws[j+1].upper && j > 0 && npWord(&ws[j-1]) {
			j--
			continue
		}
		if !npWord(w) {
			break
		}
		j--
	}
	s := j + 1
	for s < e && (ws[s].low == "of" || ws[s].low == "and" || ws[s].low == "for" || ws[s].low == "'s") {
		s++
	}
	return s, e
}

// clauseEnd returns the end of the statement part that starts at k: up to
// a comma, "that", a quote, a number or the end of the sentence.
func clauseEnd(ws []word, k int) int {
	n := len(ws)
	for ; k < n; k++ {
		w := &ws[k]
		if w.text == "," || w.text == ";" || w.low == "that" || isQuote(w.text) || w.digit || w.is(kNum|kPost|kPre) ||
			w.low == "when" || w.low == "after" || w.low == "as" || w.low == "while" || w.low == "but" {
			return k
		}
	}
	return n
}

// sourceWords is how two sources are told apart when no actor id is known:
// the content words of the source's noun phrase. Two sources are the same
// when they share a content word ("Chief Minister Sarfraz Bugti" and
// "Bugti", "the chief minister").
func sourceWords(ws []word, s, e int) []string {
	var out []string
	for k := s; k < e; k++ {
		w := &ws[k]
		if w.is(kFunc) || w.is(kPoss) || !wordish(w.text) || w.low == "'s" {
			continue
		}
		out = append(out, strings.TrimSuffix(w.low, "'s"))
	}
	return out
}

// subjectBefore returns the subject of a cue that follows a parenthetical
// closed by the comma at k: "The ministry, which answers to the
// government in the capital, said"; "The RSF, the group that has fought
// the army since 2023, said". The parenthetical opens with a comma followed
// by a relative pronoun or a determiner, and the subject before it starts
// the sentence or follows an opening phrase and a comma. Returns s == e
// when there is none.
func subjectBefore(ws []word, k int) (int, int) {
	for c := k - 1; c > 0 && c > k-30; c-- {
		w := &ws[c]
		if isQuote(w.text) || w.is(kAttr) || w.text == ";" {
			return 0, 0
		}
		if w.text != "," {
			continue
		}
		if c+1 >= k {
			return 0, 0
		}
		open := &ws[c+1]
		if open.low != "which" && open.low != "who" && open.low != "whose" && open.low != "the" &&
			open.low != "a" && open.low != "an" && !open.is(kPoss) {
			return 0, 0
		}
		s, e := npBefore(ws, c)
		if e == s || e != c || !(s == 0 || ws[s-1].text == ",") {
			return 0, 0
		}
		return s, e
	}
	return 0, 0
}

// namedBefore returns the name that a description at word k stands in
// apposition to ("the Sudan Doctors Network, an independent medical
// group"), or s == e when the words before k are not ", Name".
func namedBefore(ws []word, k int) (int, int) {
	if k < 2 || ws[k-1].text != "," || ws[k].upper {
		return 0, 0
	}
	s, e := npBefore(ws, k-1)
	if e == s {
		return 0, 0
	}
	for j := s; j < e; j++ {
		if ws[j].upper && ws[j].low != "the" {
			return s, e
		}
	}
	return 0, 0
}
