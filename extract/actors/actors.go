package actors

import (
	"sort"
	"strings"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// Actor kinds, as RECORD.md lists them.
const (
	KindPerson        = "person"
	KindState         = "state"
	KindSecurityForce = "security_force"
	KindArmedGroup    = "armed_group"
	KindOrganization  = "organization"
	KindGroup         = "group"
)

// Find returns the actors of an analysed article: the people, groups,
// organisations, states and security forces it names, each once, with
// every mention, in order of first mention (ids "a1", "a2", ...). ents
// are the entity mentions of ner.Entities for the same document; Find
// works without them (nil), from its own patterns and tables alone, but
// finds fewer people and organisations.
//
// The result is never nil. Find may be called from many goroutines at
// once.
func Find(doc *nlp.Doc, ents []ner.Entity) []record.Actor {
	if doc == nil || len(doc.Sentences) == 0 {
		return []record.Actor{}
	}
	f := newFinder(doc, ents)
	f.run()
	return f.output()
}

// Spans returns the code-point spans of the names of people, organisations
// and armed groups among actors, and those of security forces written as
// proper names ("Frontier Corps", "Pakistan Army"), sorted by start. A
// place name inside one of them ("Balochistan" in "Balochistan Liberation
// Army") is part of a name, not a mention of the place. Mentions of states
// and common-noun mentions of forces ("Pakistan's military") are left out:
// the places stage still sees the country in them.
func Spans(actors []record.Actor) [][2]int {
	var out [][2]int
	for _, a := range actors {
		switch a.Kind {
		case KindPerson, KindOrganization, KindArmedGroup, KindGroup:
			for _, m := range a.Mentions {
				out = append(out, [2]int{m.Start + possessorLen(m.Text), m.End})
			}
		case KindSecurityForce:
			for _, m := range a.Mentions {
				if properName(m.Text) {
					out = append(out, [2]int{m.Start, m.End})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	if out == nil {
		out = [][2]int{}
	}
	return out
}

// possessorLen returns the length in code points of a country's
// possessive that opens a mention ("Russia's " in "Russia's defence
// ministry"), 0 when there is none: the country there is the places
// stage's.
func possessorLen(text string) int {
	n := 0
	for i, r := range text {
		if r == ' ' {
			w := text[:i]
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if len(w) == i {
				return 0
			}
			for _, e := range getDict().full[normKey(w)] {
				if e.kind == eCountry {
					return n + 1
				}
			}
			return 0
		}
		n++
	}
	return 0
}
