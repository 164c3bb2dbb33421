package main

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// makeHeadlines returns headline-like lines cut from a share of the
// training sentences: the first four to ten words (never ending inside a
// name), without the final punctuation, in capitals or, one time in five,
// in title case. Without them the only short lines in capitals the model
// sees are datelines, all places and dates, and it takes every word of a
// headline for a place.
func makeHeadlines(train []sentence, share float64, rng *rand.Rand) []sentence {
	var out []sentence
	for _, s := range train {
		if rng.Float64() >= share || len(s.words) < 5 {
			continue
		}
		end := min(len(s.words), 4+rng.IntN(7))
		for end < len(s.words) && strings.HasPrefix(s.tags[end], "I-") {
			end++
		}
		for end > 0 && isPunct(s.words[end-1]) {
			end--
		}
		if end < 3 {
			continue
		}
		cut := sentence{words: s.words[:end], pos: s.pos[:end], tags: s.tags[:end]}
		if rng.IntN(5) == 0 {
			out = append(out, recase(cut, titleCase))
		} else {
			out = append(out, recase(cut, strings.ToUpper))
		}
	}
	return out
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
