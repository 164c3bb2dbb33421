package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// agencies are news agencies as datelines credit them.
var agencies = []string{"Reuters", "AFP", "AP", "Xinhua", "dpa", "ANSA", "UPI", "PTI", "IANS", "Anadolu", "NAN", "Interfax"}

// makeDatelines returns n synthetic datelines, as wire stories open. Two
// fifths are a line of their own, a place and a date ("LONDON
// 1996-08-30", "Kabul, March 3"); the others open a training sentence:
// the place, often its country, sometimes the agency, and a dash ("GOMA,
// Congo (Reuters) — Fighters of …"). The place is in capitals in most of
// them.
func makeDatelines(train []sentence, n int, rng *rand.Rand) []sentence {
	var places [][]string
	seen := map[string]bool{}
	for _, s := range train {
		for _, sp := range goldSpans(s.tags) {
			if sp.Label != "GEO" || sp.End-sp.Start > 3 {
				continue
			}
			name := strings.Join(s.words[sp.Start:sp.End], " ")
			if !seen[name] {
				seen[name] = true
				places = append(places, s.words[sp.Start:sp.End])
			}
		}
	}
	countries := sportsPools(train).countries
	if len(places) == 0 || len(countries) == 0 {
		return nil
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	out := make([]sentence, 0, n)
	for range n {
		var s sentence
		add := func(word, pos, tag string) {
			s.words = append(s.words, word)
			s.pos = append(s.pos, pos)
			s.tags = append(s.tags, tag)
		}
		name := func(words []string, typ string, upper bool) {
			for k, w := range words {
				if upper {
					w = strings.ToUpper(w)
				}
				tag := "I-" + typ
				if k == 0 {
					tag = "B-" + typ
				}
				add(w, "NNP", tag)
			}
		}
		name(places[rng.IntN(len(places))], "GEO", rng.Float64() < 0.7)
		if rng.IntN(5) < 2 {
			if rng.IntN(3) == 0 {
				add(",", ",", "O")
			}
			year, month, day := 1990+rng.IntN(36), 1+rng.IntN(12), 1+rng.IntN(28)
			if rng.IntN(3) == 0 {
				add(fmt.Sprintf("%04d-%02d-%02d", year, month, day), "CD", "B-DATE")
			} else {
				add(months[rng.IntN(len(months))], "NNP", "B-DATE")
				add(fmt.Sprint(day), "CD", "I-DATE")
			}
			out = append(out, s)
			continue
		}
		if rng.IntN(3) > 0 {
			add(",", ",", "O")
			name(countries[rng.IntN(len(countries))], "GEO", false)
		}
		if rng.IntN(2) == 0 {
			add("(", "LRB", "O")
			add(agencies[rng.IntN(len(agencies))], "NNP", "B-ORG")
			add(")", "RRB", "O")
		}
		add([]string{"—", "-", "--", "–", ":"}[rng.IntN(5)], ":", "O")
		body := train[rng.IntN(len(train))]
		s.words = append(s.words, body.words...)
		s.pos = append(s.pos, body.pos...)
		s.tags = append(s.tags, body.tags...)
		out = append(out, s)
	}
	return out
}
