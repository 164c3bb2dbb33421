package main

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// makeInitials returns copies of a share of the training sentences that
// name a person by given name(s) and surname, with the given names written
// as initials, as many papers and results lists write them: "M. Bello",
// "MA Bello", "M.A. Bello", "M.A Bello", "M Bello". The GMB has few such
// names, and a run of capitals without periods ("OE Ekanem") otherwise
// reads as an acronym.
func makeInitials(train []sentence, share float64, rng *rand.Rand) []sentence {
	var out []sentence
	for _, s := range train {
		spans := goldSpans(s.tags)
		var persons [][2]int
		for _, sp := range spans {
			if sp.Label == "PER" && sp.End-sp.Start >= 2 && capitalisedWords(s.words[sp.Start:sp.End]) {
				persons = append(persons, [2]int{sp.Start, sp.End})
			}
		}
		if len(persons) == 0 || rng.Float64() >= share {
			continue
		}
		var c sentence
		next := 0
		for _, p := range persons {
			c.words = append(c.words, s.words[next:p[0]]...)
			c.pos = append(c.pos, s.pos[next:p[0]]...)
			c.tags = append(c.tags, s.tags[next:p[0]]...)
			c.words = append(c.words, initials(s.words[p[0]:p[1]-1], rng), s.words[p[1]-1])
			c.pos = append(c.pos, "NNP", "NNP")
			c.tags = append(c.tags, "B-PER", "I-PER")
			next = p[1]
		}
		c.words = append(c.words, s.words[next:]...)
		c.pos = append(c.pos, s.pos[next:]...)
		c.tags = append(c.tags, s.tags[next:]...)
		out = append(out, c)
	}
	return out
}

// initials writes the initials of the given names in one of the usual
// forms, sometimes with a middle initial added.
func initials(given []string, rng *rand.Rand) string {
	var letters []rune
	for _, g := range given {
		letters = append(letters, unicode.ToUpper([]rune(g)[0]))
	}
	if len(letters) == 1 && rng.IntN(2) == 0 {
		letters = append(letters, rune('A'+rng.IntN(26)))
	}
	var b strings.Builder
	switch x := rng.IntN(100); {
	case x < 25: // "M."
		b.WriteRune(letters[0])
		b.WriteByte('.')
	case x < 55: // "MA"
		b.WriteString(string(letters))
	case x < 75: // "M.A."
		for _, r := range letters {
			b.WriteRune(r)
			b.WriteByte('.')
		}
	case x < 85: // "M.A"
		for i, r := range letters {
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteRune(r)
		}
	default: // "M"
		b.WriteRune(letters[0])
	}
	return b.String()
}
