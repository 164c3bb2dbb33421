package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
)

// mention is an entity with the tokens it covers: sentence sent, tokens
// [first, last).
type mention struct {
	Entity
	sent, first, last int
}

// The labels the document pass votes on, as vote indexes.
var voteLabels = [...]string{"PERSON", "ORG", "GPE", "LOC"}

func voteIndex(label string) int {
	for i, l := range voteLabels {
		if l == label {
			return i
		}
	}
	return -1
}

// name is one distinct name text of the document and its votes.
type name struct {
	toks  []string // its words
	votes [len(voteLabels)]int
}

// best returns the label most votes give name (PERSON before ORG before
// GPE before LOC on a tie), or "" when it has none.
func (n *name) best() string {
	k, v := -1, 0
	for i, x := range n.votes {
		if x > v {
			k, v = i, x
		}
	}
	if k < 0 {
		return ""
	}
	return voteLabels[k]
}

// consistent makes the labels of ms (in text order) agree over doc and
// returns the entities; see Recognizer.Entities.
func consistent(doc *nlp.Doc, ms []mention) []Entity {
	if len(ms) == 0 {
		return nil
	}
	ms = splitCountries(doc, ms)
	ms = joinCountries(doc, ms)
	trimArticles(doc, ms)
	names := map[string]*name{}
	get := func(m *mention) *name {
		n := names[m.Text]
		if n == nil {
			n = &name{toks: tokenTexts(doc, m)}
			names[m.Text] = n
		}
		return n
	}
	// The last word of a person's full name (a surname) standing alone is
	// that person, whatever the model said; when it names a country
	// ("Jordan" after "Michael Jordan") it is only a vote, worth more than
	// one mention and less than two.
	surnames := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		v := voteIndex(m.Label)
		if v < 0 {
			continue
		}
		get(m).votes[v] += 2
		if m.Label == "PERSON" && m.last-m.first >= 2 {
			toks := doc.Sentences[m.sent].Tokens
			if last := toks[m.last-1].Text; startsUpper(last) && utf8.RuneCountInString(last) > 1 {
				surnames[last] = true
			}
		}
	}
	vote := func(word string, n int) {
		nm := names[word]
		if nm == nil {
			nm = &name{toks: []string{word}}
			names[word] = nm
		}
		nm.votes[0] += n
	}
	for w := range surnames {
		if _, country := gazetteer.CountryByName(w); country {
			vote(w, 3)
		} else {
			vote(w, 1000)
		}
	}
	acronyms(doc, ms, names)

	for i := range ms {
		m := &ms[i]
		if voteIndex(m.Label) < 0 {
			continue
		}
		l := names[m.Text].best()
		if l == m.Label || (l == "GPE" || l == "LOC") && (m.Label == "GPE" || m.Label == "LOC") {
			continue
		}
		m.Label = l
	}
	ms = addMissed(doc, ms, names)
	out := make([]Entity, len(ms))
	for i := range ms {
		out[i] = ms[i].Entity
	}
	return out
}

// acronyms gives an acronym written in brackets after a name ("Balochistan
// Liberation Army ( BLA )") the votes of the name, when its letters are the
// initials of the name's capitalised words, so that the acronym takes the
// name's label wherever it is used.
func acronyms(doc *nlp.Doc, ms []mention, names map[string]*name) {
	for i := range ms {
		m := &ms[i]
		if voteIndex(m.Label) < 0 || m.last-m.first < 2 {
			continue
		}
		toks := doc.Sentences[m.sent].Tokens
		if m.last+2 >= len(toks) || toks[m.last].Text != "(" || toks[m.last+2].Text != ")" {
			continue
		}
		acr := toks[m.last+1].Text
		if !isAcronymOf(acr, toks[m.first:m.last]) {
			continue
		}
		n := names[acr]
		if n == nil {
			n = &name{toks: []string{acr}}
			names[acr] = n
		}
		n.votes[voteIndex(m.Label)] += 4
	}
}

// isAcronymOf reports whether acr (two to six capitals) is the initials of
// the capitalised words of toks, in order, each used once ("BLA" of
// "Balochistan Liberation Army", "NAN" of "News Agency of Nigeria").
func isAcronymOf(acr string, toks []nlp.Token) bool {
	n := utf8.RuneCountInString(acr)
	if n < 2 || n > 6 {
		return false
	}
	var initials []rune
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	k := 0
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return false
		}
		for k < len(initials) && initials[k] != r {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return k == len(initials) || len(initials)-k <= 1
}

// addMissed marks the occurrences of voted names the model missed: runs of
// up to four capitalised tokens equal to a name and covered by no mention.
// A capitalised word that opens a sentence counts only when the name has
// more than one vote there.
func addMissed(doc *nlp.Doc, ms []mention, names map[string]*name) []mention {
	// byFirst: the names by their first word, longest first.
	byFirst := map[string][]*name{}
	for _, n := range names {
		if n.best() != "" && len(n.toks) <= 4 {
			byFirst[n.toks[0]] = append(byFirst[n.toks[0]], n)
		}
	}
	for _, l := range byFirst {
		slices.SortFunc(l, func(a, b *name) int {
			if len(a.toks) != len(b.toks) {
				return len(b.toks) - len(a.toks)
			}
			return slices.Compare(a.toks, b.toks)
		})
	}
	covered := func(start, end int) bool {
		k, _ := slices.BinarySearchFunc(ms, start, func(m mention, s int) int { return m.End - 1 - s })
		return k < len(ms) && ms[k].Start < end
	}
	var added []mention
	for si, s := range doc.Sentences {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !startsUpper(toks[i].Text) {
				continue
			}
			cands := byFirst[toks[i].Text]
			for _, n := range cands {
				k := len(n.toks)
				if i+k > len(toks) || !sameTexts(toks[i:i+k], n.toks) || !allUpperStart(toks[i:i+k]) {
					continue
				}
				label := n.best()
				if k == 1 && (utf8.RuneCountInString(toks[i].Text) < 2 || i == 0 && n.votes[voteIndex(label)] < 3) {
					break // a capitalised first word is weak evidence
				}
				start, end := toks[i].Start, toks[i+k-1].End
				if !covered(start, end) {
					added = append(added, mention{Entity: Entity{Label: label, Start: start, End: end, Text: doc.Slice(start, end)}, sent: si, first: i, last: i + k})
				}
				i += k - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	slices.SortFunc(ms, func(a, b mention) int { return a.Start - b.Start })
	return ms
}

func tokenTexts(doc *nlp.Doc, m *mention) []string {
	toks := doc.Sentences[m.sent].Tokens[m.first:m.last]
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func sameTexts(toks []nlp.Token, texts []string) bool {
	for i, t := range toks {
		if t.Text != texts[i] {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	if s == "" {
		return false
	}
	if b := s[0]; b < utf8.RuneSelf {
		return 'A' <= b && b <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func allUpperStart(toks []nlp.Token) bool {
	for _, t := range toks {
		if !startsUpper(t.Text) && t.Text != "&" && t.Text != "of" {
			return false
		}
	}
	return true
}

// splitCountries splits a mention that joins country names with "and" or
// commas ("Saudi Arabia and Qatar", read as one organisation) into one
// GPE mention for each country. Every part must be a country's name.
func splitCountries(doc *nlp.Doc, ms []mention) []mention {
	var out []mention
	for i := range ms {
		m := &ms[i]
		toks := doc.Sentences[m.sent].Tokens
		var parts [][2]int
		st := m.first
		for k := m.first; k <= m.last; k++ {
			if k < m.last && toks[k].Text != "and" && toks[k].Text != "," {
				continue
			}
			if k == st {
				parts = nil
				break
			}
			parts = append(parts, [2]int{st, k})
			st = k + 1
		}
		if len(parts) < 2 {
			if out != nil {
				out = append(out, *m)
			}
			continue
		}
		for _, p := range parts {
			if _, ok := gazetteer.CountryByName(doc.Slice(toks[p[0]].Start, toks[p[1]-1].End)); !ok {
				parts = nil
				break
			}
		}
		if parts == nil {
			if out != nil {
				out = append(out, *m)
			}
			continue
		}
		if out == nil {
			out = append(make([]mention, 0, len(ms)+len(parts)), ms[:i]...)
		}
		for _, p := range parts {
			a, b := toks[p[0]].Start, toks[p[1]-1].End
			out = append(out, mention{Entity: Entity{Label: "GPE", Start: a, End: b, Text: doc.Slice(a, b)}, sent: m.sent, first: p[0], last: p[1]})
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// openingWords are capitalized function words that open a sentence and
// no name: "Although Bugti says …" is not the person "Although Bugti".
var openingWords = map[string]bool{
	"Although": true, "Though": true, "While": true, "Whereas": true, "When": true, "Whenever": true,
	"If": true, "Because": true, "Since": true, "Unless": true, "Until": true, "Once": true,
	"After": true, "Before": true, "As": true, "But": true, "And": true, "Yet": true, "Or": true,
	"Nor": true, "Whether": true, "Meanwhile": true, "However": true, "Still": true, "Then": true,
	"Thus": true, "Instead": true, "Moreover": true, "Besides": true,
}

// trimArticles drops an article that opens a person's mention ("A Myanmar
// military airstrike" read as the person "A Myanmar"), or a conjunction
// that opens a sentence and a person's or an organisation's mention
// ("Although Bugti", "While Microsoft"): names do not start with one.
// What is left is a place when it names a country.
func trimArticles(doc *nlp.Doc, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.Label != "PERSON" && m.Label != "ORG" || m.last-m.first < 2 {
			continue
		}
		toks := doc.Sentences[m.sent].Tokens
		rest := doc.Slice(toks[m.first+1].Start, m.End)
		_, country := gazetteer.CountryByName(rest)
		switch a := toks[m.first].Text; {
		case openingWords[a] && (m.first == 0 || !startsUpper(toks[m.first-1].Text)):
			// (not inside a title: "Gone With the Wind", "Before Sunrise")
		case m.Label != "PERSON":
			continue
		case a == "An" || a == "The":
		case a == "A" && country:
			// ("A Shettima" may be an initial and a surname)
		default:
			continue
		}
		m.first++
		m.Start = toks[m.first].Start
		m.Text = rest
		if country {
			m.Label = "GPE"
		}
	}
}

// joinCountries joins two mentions side by side that together name a
// country ("Sri" and "Lanka", read as a person and a place in a
// headline) into one GPE mention.
func joinCountries(doc *nlp.Doc, ms []mention) []mention {
	var out []mention // nil until a pair is joined
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && ms[i+1].sent == m.sent && ms[i+1].first == m.last {
			if _, ok := gazetteer.CountryByName(doc.Slice(m.Start, ms[i+1].End)); ok {
				if out == nil {
					out = append(make([]mention, 0, len(ms)), ms[:i]...)
				}
				m.End, m.last, m.Label = ms[i+1].End, ms[i+1].last, "GPE"
				m.Text = doc.Slice(m.Start, m.End)
				i++
			}
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}
