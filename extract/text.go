package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normaliseText turns plain-text input into the text newsx analyses and
// prints: one paragraph per line, as for HTML pages.
//
//   - line ends become "\n" (CRLF and lone CR included), a BOM is dropped;
//   - spaces and tabs are collapsed inside a line and trimmed at both ends;
//   - blank lines are dropped (they separate paragraphs, which are lines);
//   - hard-wrapped paragraphs (text broken into lines of similar length
//     inside a block) are joined back into one line.
//
// Offsets in the record refer to the result, never to the raw input.
func normaliseText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []string
	var block []string
	flush := func() {
		out = append(out, unwrap(block)...)
		block = block[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		line = collapseSpace(line)
		if line == "" {
			flush()
			continue
		}
		block = append(block, line)
	}
	flush()
	return strings.Join(out, "\n")
}

// collapseSpace trims a line and turns every run of white space (including
// no-break spaces and tabs) into one space. Control characters other than
// white space are dropped: they carry no text and confuse terminals.
func collapseSpace(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || r == '\u200b' || r == '\ufeff':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// unwrap joins the lines of one block (lines between blank lines) when they
// look hard-wrapped: several lines, most of them long and of similar length,
// where a line does not end a sentence. A block whose lines are short or end
// sentences is kept line by line (headlines, lists, one paragraph per line).
func unwrap(block []string) []string {
	if len(block) < 2 {
		return append([]string(nil), block...)
	}
	longest := 0
	for _, l := range block {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest < 40 || longest > 120 {
		return append([]string(nil), block...)
	}
	// Wrapped text fills lines close to the wrap width; count how many of
	// the non-final lines do, and how many end a sentence: wrapped text
	// breaks lines mid-sentence far more often than at a full stop.
	filled, ended := 0, 0
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l) >= longest*6/10 {
			filled++
		}
		if last, _ := utf8.DecodeLastRuneInString(l); strings.ContainsRune(".!?\"”’", last) {
			ended++
		}
	}
	if filled*10 < (len(block)-1)*7 || ended*2 > len(block)-1 {
		return append([]string(nil), block...)
	}
	var out []string
	cur := block[0]
	curLast := utf8.RuneCountInString(block[0]) // length of the physical line cur ends with
	for _, l := range block[1:] {
		last, _ := utf8.DecodeLastRuneInString(cur)
		// A short line that ends a sentence closes a paragraph even inside a
		// wrapped block (a paragraph's last line with no blank line after it).
		if strings.ContainsRune(".!?\"”’:", last) && curLast < longest*6/10 {
			out = append(out, cur)
			cur, curLast = l, utf8.RuneCountInString(l)
			continue
		}
		cur += " " + l
		curLast = utf8.RuneCountInString(l)
	}
	return append(out, cur)
}

// guessTitle takes the first line of a plain-text article as its title when
// it reads like a headline: short, more text follows, and it does not end
// like a sentence. The line stays in the text.
func guessTitle(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	n := utf8.RuneCountInString(first)
	if n < 8 || n > 160 || len(strings.Fields(first)) > 25 {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune(".,;:—–-", last) {
		return ""
	}
	if strings.ContainsAny(first, "—–") && strings.Contains(first, ",") && isUpperWord(strings.Fields(first)[0]) {
		return "" // a dateline ("QUETTA, Pakistan —") opens the body, not a headline
	}
	return first
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// englishFunctionWords are frequent English words that rarely occur in other
// languages' running text.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true,
	"is": true, "was": true, "that": true, "for": true, "on": true, "with": true,
	"said": true, "by": true, "as": true, "at": true, "from": true, "were": true,
	"have": true, "has": true, "it": true, "be": true, "an": true, "which": true,
	"their": true, "they": true, "he": true, "she": true, "had": true, "are": true,
}

// guessLang returns "en" when English function words make up a good share of
// the text's words, and "" (unknown) otherwise. newsx analyses English; the
// guess lets batch users filter out the rest.
func guessLang(text string) string {
	words, hits := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if englishFunctionWords[strings.ToLower(w)] {
			hits++
		}
		if words >= 2000 {
			break
		}
	}
	if words >= 8 && hits*100 >= words*15 {
		return "en"
	}
	return ""
}
