package nlp

import (
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
)

// span is a half-open range of code-point offsets.
type span struct{ start, end int }

// maxChunk is the longest run of non-space bytes handed to prose. prose
// strips punctuation off a word one character at a time, rescanning the
// word each time, so a long run such as ")))…" would take quadratic time;
// longer runs are not words anyway and become single tokens (fillGaps).
const maxChunk = 256

// proseTokens runs prose's tokenizer alone on text: no sentence
// segmentation (which would reload the Punkt data on every call), no tagger
// and no entity model, so nothing is loaded.
func proseTokens(text string) []string {
	doc, err := prose.NewDocument(blankLongChunks(text),
		prose.WithSegmentation(false),
		prose.WithTagging(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil // prose v2.0.0 never returns one; fillGaps covers the text
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// blankLongChunks returns text with every run of more than maxChunk
// non-space bytes replaced by spaces.
func blankLongChunks(text string) string {
	var b []byte // copy of text, made on the first long run
	start := -1  // start of the current run, or -1 in white space
	for i, r := range text + " " {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > maxChunk {
			if b == nil {
				b = []byte(text)
			}
			for k := start; k < i; k++ {
				b[k] = ' '
			}
		}
		start = -1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// tokens makes the tokens of the sentence sent, given the spans of prose's
// tokens found inside it.
func tokens(rs []rune, sent span, found []span) []Token {
	spans := fillGaps(rs, sent, found)
	spans = splitMarks(rs, spans)
	spans = mergePeriods(rs, spans)
	out := make([]Token, len(spans))
	for i, sp := range spans {
		out[i] = Token{Text: string(rs[sp.start:sp.end]), Start: sp.start, End: sp.end}
	}
	return out
}

// fold maps the characters that prose rewrites to the form prose gives
// them, so that a token can be found in the original text.
func fold(r rune) rune {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f':
		return '"'
	case '\u2018', '\u2019', '\u201a', '\u201b':
		return '\''
	}
	return r
}

// matchAt reports whether tok occurs in rs at p, up to fold.
func matchAt(rs []rune, p int, tok []rune) bool {
	if p+len(tok) > len(rs) {
		return false
	}
	for i, r := range tok {
		if fold(rs[p+i]) != fold(r) {
			return false
		}
	}
	return true
}

// align finds prose's tokens in rs, left to right. prose returns bare
// strings, cut from whitespace-separated chunks and sometimes rewritten
// (curly quotes become straight ones, "&rsquo;" an apostrophe). A token is
// looked for at the cursor, then further on within the current and the next
// chunk; a token that cannot be found is skipped (fillGaps covers its text
// later), so a mismatch never moves the cursor past text it cannot explain.
func align(rs []rune, toks []string) []span {
	spans := make([]span, 0, len(toks))
	cur := 0
	for _, t := range toks {
		tok := []rune(t)
		if len(tok) == 0 {
			continue
		}
		for cur < len(rs) && unicode.IsSpace(rs[cur]) {
			cur++
		}
		if matchAt(rs, cur, tok) {
			spans = append(spans, span{cur, cur + len(tok)})
			cur += len(tok)
			continue
		}
		limit := chunkEnd(rs, chunkEnd(rs, cur))
		for p := cur + 1; p+len(tok) <= limit; p++ {
			if matchAt(rs, p, tok) {
				spans = append(spans, span{p, p + len(tok)})
				cur = p + len(tok)
				break
			}
		}
	}
	return spans
}

// chunkEnd returns the end of the whitespace-separated chunk at or after p.
func chunkEnd(rs []rune, p int) int {
	for p < len(rs) && unicode.IsSpace(rs[p]) {
		p++
	}
	for p < len(rs) && !unicode.IsSpace(rs[p]) {
		p++
	}
	return p
}

// fillGaps makes every non-space character of the range sent belong to a
// token: each run of non-space characters that no span covers becomes a
// token of its own. spans must be ordered, disjoint and inside sent; the
// result is too.
func fillGaps(rs []rune, sent span, spans []span) []span {
	out := make([]span, 0, len(spans)+1)
	gap := func(from, to int) {
		for p := from; p < to; {
			if unicode.IsSpace(rs[p]) {
				p++
				continue
			}
			q := p
			for q < to && !unicode.IsSpace(rs[q]) {
				q++
			}
			out = append(out, span{p, q})
			p = q
		}
	}
	cur := sent.start
	for _, sp := range spans {
		gap(cur, sp.start)
		out = append(out, sp)
		cur = sp.end
	}
	gap(cur, sent.end)
	return out
}

// isMark reports whether r is always a token of its own: dashes, the
// ellipsis character and the quotation marks that prose does not split off.
func isMark(r rune) bool {
	switch r {
	case '\u2013', '\u2014', '\u2015', '\u2026', '«', '»', '‹', '›', '\u201e', '\u201a':
		return true
	}
	return false
}

// splitMarks splits the characters for which isMark holds off the tokens
// that contain them: "12—including" becomes "12", "—", "including".
func splitMarks(rs []rune, spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		from := sp.start
		for p := sp.start; p < sp.end; p++ {
			if !isMark(rs[p]) || sp.end-sp.start == 1 {
				continue
			}
			if from < p {
				out = append(out, span{from, p})
			}
			out = append(out, span{p, p + 1})
			from = p + 1
		}
		if from < sp.end {
			out = append(out, span{from, sp.end})
		}
	}
	return out
}

// mergePeriods undoes two splits of prose's: "..." written as three
// periods becomes one token, and a period that prose split off a single
// letter or a known abbreviation ("J" "." → "J.", "Corp" "." → "Corp.") is
// joined back, unless it is the last token of the sentence (where it is the
// sentence's full stop).
func mergePeriods(rs []rune, spans []span) []span {
	out := make([]span, 0, len(spans))
	for i, sp := range spans {
		if n := len(out); n > 0 && isPeriod(rs, sp) && out[n-1].end == sp.start {
			prev := string(rs[out[n-1].start:out[n-1].end])
			switch {
			case strings.Trim(prev, ".") == "":
				out[n-1].end = sp.end // ". . ." → "..."
				continue
			case i < len(spans)-1 && isAbbrevWord(prev):
				out[n-1].end = sp.end
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

func isPeriod(rs []rune, sp span) bool {
	return sp.end-sp.start == 1 && rs[sp.start] == '.'
}

// isAbbrevWord reports whether w, without its period, is an initial (one
// letter) or a known abbreviation; of a compound such as "Lt.-Gen" the last
// part counts.
func isAbbrevWord(w string) bool {
	rs := []rune(w)
	if len(rs) == 1 {
		return unicode.IsLetter(rs[0])
	}
	w = strings.ToLower(w)
	if i := strings.LastIndexAny(w, ".-"); i >= 0 {
		w = w[i+1:]
	}
	return abbrevs[w] != 0
}
