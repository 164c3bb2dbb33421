package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/nlp"
)

// consistentLabels are the labels the document pass votes on.
var consistentLabels = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true}

// consistent makes the labels of ents (in text order) agree over doc; see
// Recognizer.Entities.
func consistent(doc *nlp.Doc, ents []Entity) []Entity {
	if len(ents) == 0 {
		return ents
	}
	votes := map[string]map[string]int{}
	vote := func(text, label string, n int) {
		if votes[text] == nil {
			votes[text] = map[string]int{}
		}
		votes[text][label] += n
	}
	for _, e := range ents {
		if !consistentLabels[e.Label] {
			continue
		}
		vote(e.Text, e.Label, 2)
		if e.Label == "PERSON" {
			if i := strings.LastIndexByte(e.Text, ' '); i > 0 {
				vote(e.Text[i+1:], "PERSON", 1)
			}
		}
	}
	best := func(text string) (string, bool) {
		v := votes[text]
		label, n := "", 0
		for _, l := range []string{"PERSON", "ORG", "GPE", "LOC"} {
			if v[l] > n {
				label, n = l, v[l]
			}
		}
		return label, n > 0
	}
	for i, e := range ents {
		if !consistentLabels[e.Label] {
			continue
		}
		if l, ok := best(e.Text); ok && l != e.Label {
			if (l == "GPE" || l == "LOC") && (e.Label == "GPE" || e.Label == "LOC") {
				continue
			}
			ents[i].Label = l
		}
	}
	// Occurrences the model missed: single capitalised tokens, or runs of
	// tokens, equal to a voted name and covered by no entity.
	covered := func(start, end int) bool {
		k, _ := slices.BinarySearchFunc(ents, start, func(e Entity, s int) int { return e.End - 1 - s })
		return k < len(ents) && ents[k].Start < end
	}
	var added []Entity
	for _, s := range doc.Sentences {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !startsUpper(toks[i].Text) || len([]rune(toks[i].Text)) < 3 {
				continue
			}
			// longest voted name starting here, up to 4 tokens
			for n := min(4, len(toks)-i); n >= 1; n-- {
				text := doc.Slice(toks[i].Start, toks[i+n-1].End)
				label, ok := best(text)
				if !ok || !allUpperStart(toks[i:i+n]) {
					continue
				}
				if n == 1 && i == 0 && votes[text][label] < 2 {
					continue // a capitalised first word is weak evidence
				}
				if !covered(toks[i].Start, toks[i+n-1].End) {
					added = append(added, Entity{Label: label, Start: toks[i].Start, End: toks[i+n-1].End, Text: text})
				}
				i += n - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return ents
	}
	ents = append(ents, added...)
	slices.SortFunc(ents, func(a, b Entity) int { return a.Start - b.Start })
	return ents
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func allUpperStart(toks []nlp.Token) bool {
	for _, t := range toks {
		if !startsUpper(t.Text) && t.Text != "&" && t.Text != "of" {
			return false
		}
	}
	return true
}
