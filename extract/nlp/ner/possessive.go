package ner

import (
	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
)

// The tokenizer splits "'s" off a word, and the model, trained on text where
// "'s" is always outside a name, cuts place names that contain one ("Cox's
// Bazar", "Martha's Vineyard", "St. John's") into pieces: a GPE "Cox" and an
// ORG "Bazar". joinPossessivePlaces repairs that class: where the gazetteer
// knows a capitalised place name running across a possessive token, the
// entity pieces inside it become one GPE mention.

// hasInnerPossessive reports whether a possessive token sits between two
// capitalised tokens of the sentence, the only case the repair is for; it
// keeps the gazetteer off the common path.
func hasInnerPossessive(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if isPossessive(words[i]) && startsUpper(words[i-1]) && startsUpper(words[i+1]) {
			return true
		}
	}
	return false
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// joinPossessivePlaces rewrites the spans found in sentence i (out[from:])
// so that every cased gazetteer place match containing a possessive token
// and overlapping model spans is one GPE span. Spans that reach outside the
// match are left alone.
func joinPossessivePlaces(out []mention, from int, doc *nlp.Doc, i int, words []string) []mention {
	toks := doc.Sentences[i].Tokens
	for _, m := range gazetteer.MatchTokens(words) {
		if !m.Cased || m.Kinds.Has(gazetteer.KindCountry) && m.End-m.Start < 3 {
			continue
		}
		inner := false
		for k := m.Start + 1; k < m.End-1; k++ {
			if isPossessive(words[k]) {
				inner = true
			}
		}
		if !inner {
			continue
		}
		overlap, outside := 0, false
		for _, sp := range out[from:] {
			if sp.last <= m.Start || sp.first >= m.End {
				continue
			}
			overlap++
			if sp.first < m.Start || sp.last > m.End {
				outside = true
			}
		}
		if overlap == 0 || outside {
			continue
		}
		kept := out[:from]
		placed := false
		for _, sp := range out[from:] {
			inside := sp.last > m.Start && sp.first < m.End
			if inside {
				if !placed {
					start, end := toks[m.Start].Start, toks[m.End-1].End
					kept = append(kept, mention{Entity: Entity{Label: "GPE", Start: start, End: end, Text: doc.Slice(start, end)}, sent: i, first: m.Start, last: m.End})
					placed = true
				}
				continue
			}
			kept = append(kept, sp)
		}
		out = kept
	}
	return out
}
