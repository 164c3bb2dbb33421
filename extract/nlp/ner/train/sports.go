package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/gazetteer"
)

// The GMB is general news with almost no sport, while wire services send
// pages of results: score lines, league tables, fixtures, athletics and
// tennis results, cricket scorecards. makeSports writes such lines, with
// the names drawn from the training data, so that the model learns how a
// name reads in them: a club named after its town is an organisation
// ("Oxford 2 Stoke 1"), a national side is its country ("Germany 2 Italy
// 1"), an athlete is a person and the country after the name a place
// ("Lars Riedel ( Germany ) 70.60").

// namePools are the names the synthetic lines are made of.
type namePools struct {
	towns     [][]string // place names that are not countries
	countries [][]string
	orgs      [][]string
	persons   [][]string // given name(s) and surname
}

// clubSuffixes and clubPrefixes turn a town into a club name.
var (
	clubSuffixes = []string{"United", "City", "Rovers", "Athletic", "Wanderers", "Town", "County", "FC", "Albion", "Rangers"}
	clubPrefixes = []string{"Real", "Dynamo", "Sporting", "Inter", "Olympique"}
	sportNames   = []string{"SOCCER", "TENNIS", "CRICKET", "BASEBALL", "RUGBY UNION", "ATHLETICS", "GOLF", "BASKETBALL", "CYCLING", "ICE HOCKEY"}
)

// sportsPools collects the names of the training sentences: spans of one
// or two capitalised words of letters (three for persons) given the same
// type at least twice and in at least four fifths of their tagged
// occurrences (towns once), which leaves out most of the GMB's tagging noise; a name of
// one word that is also written in lower case ("Army", "General") is left
// out too. Towns are places the gazetteer knows that are not countries.
func sportsPools(train []sentence) namePools {
	common := map[string]bool{}
	for _, s := range train {
		for _, w := range s.words {
			if w != "" && unicode.IsLower([]rune(w)[0]) {
				common[w] = true
			}
		}
	}
	type name struct {
		words  []string
		counts map[string]int
	}
	names := map[string]*name{}
	var order []string
	for _, s := range train {
		for _, sp := range goldSpans(s.tags) {
			words := s.words[sp.Start:sp.End]
			if len(words) > 3 || !capitalisedWords(words) || len(words) == 1 && common[strings.ToLower(words[0])] {
				continue
			}
			key := strings.Join(words, " ")
			nm := names[key]
			if nm == nil {
				nm = &name{words: words, counts: map[string]int{}}
				names[key] = nm
				order = append(order, key)
			}
			nm.counts[sp.Label]++
		}
	}
	var p namePools
	for _, key := range order {
		nm := names[key]
		total := 0
		for _, c := range nm.counts {
			total += c
		}
		for label, c := range nm.counts {
			// Towns need one tagging: the gazetteer vouches for them, and
			// the more of them, the less the model learns any one town as
			// a club.
			if c < 2 && label != "GEO" || c*5 < total*4 {
				continue
			}
			words := nm.words
			switch {
			case label == "GEO" && len(words) <= 2:
				if isCountry(words) {
					p.countries = append(p.countries, words)
				} else if isPlace(words) {
					p.towns = append(p.towns, words)
				}
			case label == "ORG" && len(words) <= 2:
				p.orgs = append(p.orgs, words)
			case label == "PER" && len(words) >= 2:
				p.persons = append(p.persons, words)
			}
		}
	}
	return p
}

func capitalisedWords(words []string) bool {
	for _, w := range words {
		rs := []rune(w)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// isCountry reports whether words are exactly the name of a country.
func isCountry(words []string) bool {
	return wholeMatch(words, gazetteer.KindCountry.Bit())
}

// isPlace reports whether words are exactly the name of a city or an
// administrative division.
func isPlace(words []string) bool {
	return wholeMatch(words, gazetteer.KindCity.Bit()|gazetteer.KindAdmin1.Bit()|gazetteer.KindAdmin2.Bit())
}

func wholeMatch(words []string, kinds gazetteer.Kinds) bool {
	for _, m := range gazetteer.MatchTokens(words) {
		if m.Start == 0 && m.End == len(words) && m.Cased && m.Kinds&kinds != 0 {
			return true
		}
	}
	return false
}

// line builds one synthetic sentence.
type line struct {
	sentence
	rng *rand.Rand
}

func (l *line) add(label string, words ...string) {
	for k, w := range words {
		l.words = append(l.words, w)
		switch {
		case label == "":
			l.pos = append(l.pos, "NN")
			l.tags = append(l.tags, "O")
		default:
			l.pos = append(l.pos, "NNP")
			if k == 0 {
				l.tags = append(l.tags, "B-"+label)
			} else {
				l.tags = append(l.tags, "I-"+label)
			}
		}
	}
}

func (l *line) o(words ...string) { l.add("", words...) }

// text adds the words of s, outside any name.
func (l *line) text(s string) { l.o(strings.Fields(s)...) }

func (l *line) num(lo, hi int) { l.o(fmt.Sprint(lo + l.rng.IntN(hi-lo+1))) }

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// team adds a team name: mostly a town or a club named after one
// (organisations), sometimes an organisation's name, sometimes a country
// (a national side, tagged as the place).
func (l *line) team(p *namePools) {
	x := l.rng.Float64()
	switch {
	case x < 0.4:
		l.add("ORG", pick(l.rng, p.towns)...)
	case x < 0.52:
		l.add("ORG", append(append([]string{}, pick(l.rng, p.towns)...), pick(l.rng, clubSuffixes))...)
	case x < 0.56:
		l.add("ORG", append([]string{pick(l.rng, clubPrefixes)}, pick(l.rng, p.towns)...)...)
	case x < 0.68:
		l.add("ORG", pick(l.rng, p.orgs)...)
	default:
		l.add("GEO", pick(l.rng, p.countries)...)
	}
}

// person adds a person's name, sometimes as an initial and surname
// ("C. Tolley").
func (l *line) person(p *namePools, initial bool) {
	name := pick(l.rng, p.persons)
	if initial {
		first := []rune(name[0])
		l.add("PER", string(first[0])+".", name[len(name)-1])
		return
	}
	l.add("PER", name...)
}

func (l *line) country(p *namePools) {
	l.o("(")
	l.add("GEO", pick(l.rng, p.countries)...)
	l.o(")")
}

func (l *line) score() string { return fmt.Sprintf("%d-%d", l.rng.IntN(6), l.rng.IntN(6)) }

func (l *line) decimal() string {
	switch l.rng.IntN(3) {
	case 0:
		return fmt.Sprintf(".%03d", l.rng.IntN(1000))
	case 1:
		return fmt.Sprintf("%d.%02d", 9+l.rng.IntN(60), l.rng.IntN(100))
	}
	return fmt.Sprintf("%d:%02d.%02d", 1+l.rng.IntN(4), l.rng.IntN(60), l.rng.IntN(100))
}

// makeSports returns n synthetic lines of sports results and reports.
func makeSports(train []sentence, n int, rng *rand.Rand) []sentence {
	p := sportsPools(train)
	if len(p.towns) == 0 || len(p.countries) == 0 || len(p.orgs) == 0 || len(p.persons) == 0 {
		return nil
	}
	out := make([]sentence, 0, n)
	for range n {
		l := &line{rng: rng}
		switch x := rng.IntN(100); {
		case x < 20: // "Oxford 2 Stoke 1"
			l.team(&p)
			l.num(0, 6)
			if rng.IntN(4) == 0 {
				l.o(",")
			}
			l.team(&p)
			l.num(0, 6)
		case x < 34: // league table row
			l.team(&p)
			for range 3 + rng.IntN(5) {
				if rng.IntN(5) == 0 {
					l.o(l.decimal())
				} else {
					l.num(0, 80)
				}
			}
		case x < 41: // fixture
			l.team(&p)
			l.o(pick(rng, []string{"v", "vs", "at", "-", "vs."}))
			l.team(&p)
		case x < 47: // headline in capitals
			l.o(pick(rng, sportNames), "-")
			l.team(&p)
			l.text(pick(rng, []string{"BEAT", "DRAW WITH", "HOLD", "CRUSH", "EDGE PAST", "LOSE TO"}))
			l.team(&p)
			if rng.IntN(2) == 0 {
				l.o(l.score())
			}
			l.o(".")
			l.upper()
		case x < 57: // athletics: "3. Falk Balzer ( Germany ) 13.52"
			if rng.IntN(2) == 0 {
				l.o(fmt.Sprintf("%d.", 1+rng.IntN(8)))
			}
			l.person(&p, false)
			l.country(&p)
			l.o(l.decimal())
		case x < 64: // tennis: "Linda Wild ( U.S. ) beat Barbara Rittner ( Germany ) 6-4 4-6 7-5"
			if rng.IntN(3) == 0 {
				l.num(1, 16)
				l.o("-")
			}
			l.person(&p, false)
			l.country(&p)
			l.o("beat")
			l.person(&p, false)
			l.country(&p)
			for range 2 + rng.IntN(2) {
				l.o(fmt.Sprintf("%d-%d", 6, rng.IntN(5)))
			}
		case x < 72: // cricket scorecard
			l.team(&p)
			l.num(80, 450)
			if rng.IntN(2) == 0 {
				l.o("and", fmt.Sprintf("%d-%d", 20+rng.IntN(250), rng.IntN(10)))
			}
			l.o("(")
			for k := range 1 + rng.IntN(3) {
				if k > 0 {
					l.o(pick(rng, []string{",", ";"}))
				}
				l.person(&p, true)
				if rng.IntN(2) == 0 {
					l.num(10, 150)
				} else {
					l.o(fmt.Sprintf("%d-%d", rng.IntN(8), 20+rng.IntN(80)))
				}
			}
			l.o(")")
		case x < 76: // batting line: "A. Dale c S. Watkin b D. Blenkiron 69"
			l.person(&p, true)
			l.o("c")
			l.person(&p, true)
			l.o("b")
			l.person(&p, true)
			l.num(0, 120)
		case x < 81: // golf: "68 Billy Andrade , Duffy Waldorf ( Sweden )"
			l.num(64, 76)
			l.person(&p, false)
			if rng.IntN(2) == 0 {
				l.o(",")
				l.person(&p, false)
			}
			if rng.IntN(2) == 0 {
				l.country(&p)
			}
		default:
			l.prose(&p)
		}
		if rng.IntN(8) == 0 && mixedCase(l.words) {
			l.upper()
		}
		out = append(out, l.sentence)
	}
	return out
}

// mixedCase reports whether some word is not in capitals.
func mixedCase(words []string) bool {
	for _, w := range words {
		if strings.ToUpper(w) != w {
			return true
		}
	}
	return false
}

func (l *line) upper() {
	for i, w := range l.words {
		l.words[i] = strings.ToUpper(w)
	}
}

// prose adds a sentence of a match report.
func (l *line) prose(p *namePools) {
	rng := l.rng
	switch rng.IntN(9) {
	case 7: // "Ukraine beat Northern Ireland 1-0 in a World Cup qualifier ."
		l.add("GEO", pick(rng, p.countries)...)
		l.text(pick(rng, []string{"beat", "drew with", "lost to", "and"}))
		l.add("GEO", pick(rng, p.countries)...)
		if rng.IntN(2) == 0 {
			l.text(pick(rng, []string{"drew", "played"}))
		}
		l.o(l.score())
		l.text(pick(rng, []string{"in a qualifier on Saturday", "in their group match", "in a friendly international", "at the world championships"}))
	case 8: // "Seles beat Graf 6-4 6-3 ."
		for k := range 2 {
			name := pick(rng, p.persons)
			l.add("PER", name[len(name)-1])
			if k == 0 {
				l.text(pick(rng, []string{"beat", "lost to", "outplayed", "edged"}))
			}
		}
		for range 2 {
			l.o(fmt.Sprintf("%d-%d", 6, rng.IntN(5)))
		}
	case 0: // "Leeds beat Hull 2-1 on Saturday ."
		l.team(p)
		l.text(pick(rng, []string{"beat", "drew with", "lost to", "held"}))
		l.team(p)
		l.o(l.score())
		l.o("on", pick(rng, []string{"Saturday", "Sunday", "Wednesday"}))
	case 1: // "Tim Smith scored twice as Leeds beat Hull ."
		l.person(p, false)
		l.text(pick(rng, []string{"scored twice as", "scored the winner as", "took four wickets as", "hit a century as"}))
		l.team(p)
		l.o("beat")
		l.team(p)
	case 2: // "At Chesterfield : Derbyshire beat Worcestershire by nine wickets ."
		l.o("At")
		l.add("GEO", pick(rng, p.towns)...)
		l.o(":")
		l.team(p)
		l.o("beat")
		l.team(p)
		l.o("by")
		l.text(pick(rng, []string{"nine wickets", "an innings and 39 runs", "three goals", "two strokes", "seven runs"}))
	case 3: // "Leeds captain Tim Smith said ..."
		l.team(p)
		l.o(pick(rng, []string{"captain", "coach", "striker", "goalkeeper", "manager"}))
		l.person(p, false)
		l.text(pick(rng, []string{"said the side had played well", "was sent off", "scored in the first half", "will miss the match"}))
	case 4: // "the Hull midfielder Tim Smith"
		l.o("The")
		l.team(p)
		l.o(pick(rng, []string{"midfielder", "defender", "batsman", "bowler", "winger"}))
		l.person(p, false)
		l.o("joined", "from")
		l.team(p)
	case 5: // "Leeds , who beat Hull last week , lead the league ."
		l.team(p)
		l.o(",", "who", "beat")
		l.team(p)
		l.o("last", "week", ",", "lead", "the", "league")
	default: // "Leeds will play Hull in the final ."
		l.team(p)
		l.o(pick(rng, []string{"will play", "meet", "face", "host"}))
		l.team(p)
		l.o("in", "the", pick(rng, []string{"final", "semi-final", "second round"}))
	}
	l.o(".")
}
