package claims

import (
	"slices"
	"strings"
)

// Speakers: the noun phrases that speak and the rules that find them on
// either side of the cue — names and common nouns for people and bodies,
// appositions, relative and participial phrases on the speaker, the
// subject of a clause the noun-phrase rules do not parse, and the span
// shown for a speaker.

// isPersonish says whether a common noun can think and speak.
func isPersonish(w string) bool {
	return securityHeads[w] || groupHeads[w] || stateHeads[w] || personHeads[w] || ageNoun(w)
}

// ageNoun says whether w names a person by age: "the 46-year-old",
// "two 19-year-olds".
func ageNoun(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-year-olds")
}

// personHeads are common nouns naming people who speak.
var personHeads = set("minister", "president", "official", "officials", "spokesman",
	"spokeswoman", "spokesperson", "chief", "leader", "leaders", "governor", "mayor",
	"senator", "lawmaker", "lawmakers", "experts", "analysts", "witnesses", "residents",
	"police", "commander", "general", "secretary", "ambassador", "envoy", "candidate",
	"critics", "supporters", "aides", "aide", "adviser", "advisers", "director", "head",
	"source", "sources", "voters", "democrats", "republicans", "officer", "officers",
	"people", "chairman", "representative", "analyst", "expert", "witness", "resident")

// startsNP says whether a noun phrase can start at token k.
func startsNP(s *sentence, k int) bool {
	if k >= len(s.toks) || s.quoted[k] {
		return false
	}
	switch s.tags[k] {
	case "DT", "NNP", "NNPS", "NN", "NNS", "PRP", "JJ", "PRP$", "CD":
		return s.lower[k] != "that" && s.lower[k] != "this" || s.tags[k] != "DT"
	case "PDT":
		// "all the experts", "both the candidates"
		return k+1 < len(s.toks) && s.tags[k+1] == "DT"
	}
	return false
}

// npAllowed says whether token k can be inside a speaker noun phrase.
func npAllowed(s *sentence, k int) bool {
	switch s.tags[k] {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "CD", "POS", "DT", "PRP$":
		return !s.quoted[k]
	}
	switch s.lower[k] {
	case "’s", "'s", "&", "-", "mr.", "mrs.", "ms.", "dr.":
		return true
	case "/":
		// "a New York Times/CBS News survey", "CNN/ORC"
		return k > 0 && k+1 < len(s.toks) && s.tags[k-1] == "NNP" && s.tags[k+1] == "NNP"
	}
	// "the most recent survey"
	return (s.tags[k] == "RBS" || s.tags[k] == "RBR") && k+1 < len(s.toks) && s.tags[k+1] == "JJ" && !s.quoted[k]
}

// npLeft returns the first token of the noun phrase that ends at token j,
// or -1 when there is none.
func (f *finder) npLeft(s *sentence, j int) int {
	if j < 0 || s.quoted[j] {
		return -1
	}
	if s.tags[j] == "PRP" {
		if _, ok := pronounKind[s.lower[j]]; ok {
			return j
		}
		return -1
	}
	if (pronounSubjects[s.lower[j]] || quantifiers[s.lower[j]]) && j+1 < len(s.toks) && (finite(s.tags[j+1]) || s.tags[j+1] == "MD") && !(j > 0 && (s.tags[j-1] == "DT" || s.tags[j-1] == "PRP$" || s.tags[j-1] == "PRP" || s.tags[j-1] == "IN")) {
		// a pronoun of people as the subject: "Some accused Trump of
		// …", "someone told him that …", "Others said …"
		return j
	}
	if !isNounTag(s.tags[j]) && s.tags[j] != "CD" && !isPersonish(s.lower[j]) {
		return -1
	}
	st := j
	for k := j - 1; k >= 0 && j-k < 14; k-- {
		if s.tags[k] == "DT" || s.tags[k] == "PRP$" {
			if s.lower[k] == "that" {
				break
			}
			st = k
			break
		}
		if s.lower[k] == "of" && k > 0 && isNounTag(s.tags[k-1]) {
			st = k
			continue
		}
		if (s.lower[k] == "in" || s.lower[k] == "at") && k > 1 && (s.tags[k-1] == "NN" || s.tags[k-1] == "NNS" || s.tags[k-1] == "NNP") && s.tags[j] == "NNP" && locatedHead(s, k-1) {
			// "the French embassy in Lima", "police officials in Bannu"
			st = k
			continue
		}
		if s.lower[k] == "in" && st == k+1 && s.tags[st] == "CD" && k > 0 && s.tags[k-1] == "CD" {
			// a share: "4 in 10 Republican voters"
			st = k - 1
			k--
			continue
		}
		if (s.lower[k] == "and" || s.lower[k] == "or") && st == k+1 && st < j && (s.tags[st] == "JJ" || s.tags[st] == "NN" || s.tags[st] == "NNP" && k > 0 && s.tags[k-1] == "JJ") && k > 0 && (s.tags[k-1] == "NN" || s.tags[k-1] == "JJ") && !s.quoted[k-1] &&
			(k == 1 || s.lower[k-2] == "," || s.tags[k-2] == "DT" || s.tags[k-2] == "CD") {
			// two modifiers of one head: "campaign and corporate records",
			// "eleven progressive and Muslim organizations"
			st = k - 1
			if k > 1 && (s.tags[k-2] == "DT" || s.tags[k-2] == "CD") {
				st = k - 2
			}
			break
		}
		if subjectFocus[s.lower[k]] && k > 0 && s.lower[k-1] == "of" && st == k+1 && (s.tags[st] == "CD" || quantifiers[s.lower[st]]) {
			// an approximation inside the phrase: "the elders of nearly
			// four villages"
			st = k
			continue
		}
		if premodifier(s, k, j) {
			// "fundraising documents", "newly filed reports"
			st = k
			if s.tags[k-1] == "RB" && s.tags[k] == "VBN" {
				st = k - 1
				k--
			}
			continue
		}
		if !npAllowed(s, k) {
			break
		}
		st = k
	}
	for st < j && (s.lower[st] == "of" || s.tags[st] == "POS") {
		st++
	}
	if st >= 2 && s.lower[st-1] == "of" && (s.tags[st] == "DT" || s.tags[st] == "PRP$") && (pollShares[s.lower[st-2]] || quantifiers[s.lower[st-2]] || s.tags[st-2] == "CD") {
		// a share of a group: "half of the officials", "most of his
		// aides", "two of the witnesses"
		st -= 2
		if st > 0 && (s.tags[st] == "NN" || s.tags[st] == "JJ") && (s.lower[st-1] == "a" || s.lower[st-1] == "the") {
			st-- // "a third of the voters", "a majority of its members"
		} else if st > 0 && s.tags[st-1] == "CD" && pollShares[s.lower[st]] {
			st-- // "55 percent of all voters"
		}
	}
	for m := st; m < j; m++ {
		if momentNouns[s.lower[m]] && s.toks[m].Text == s.lower[m] && (s.tags[m+1] == "NNP" || s.tags[m+1] == "PRP") {
			// a time the clause hangs on: "At the moment | Sanders
			// announced", "the day | Trump said"
			st = m + 1
		}
	}
	if st > 2 && (s.lower[st-1] == "–" || s.lower[st-1] == "-") && s.tags[st] == "NNP" && s.tags[st-2] == "NNP" {
		// a party named in two parts: "The opposition Homeland Union –
		// Lithuanian Christian Democrats" (but not a dateline: the first
		// part must open with an article or adjective)
		if a := f.npLeft(s, st-2); a >= 0 && (s.tags[a] == "DT" || s.tags[a] == "JJ") {
			st = a
		}
	}
	if st > 1 && (s.lower[st-1] == "in" || s.lower[st-1] == "at") && (s.tags[st] == "DT" || s.tags[st] == "NNP") && isNounTag(s.tags[st-2]) && locatedHead(s, st-2) {
		// "authorities in the department of Antioquia": the located
		// head speaks
		if a := f.npLeft(s, st-2); a >= 0 {
			st = a
		}
	}
	return st
}

// premodifier says whether the participle at token k modifies the noun
// after it inside a noun phrase: "fundraising documents", "the elected
// officials", "newly filed reports"; not the verb of a clause ("have
// arrested protesters", "are polling voters").
func premodifier(s *sentence, k, j int) bool {
	n := len(s.toks)
	if k+1 >= n || k == 0 || s.quoted[k] || !(s.tags[k] == "VBG" || s.tags[k] == "VBN") || prepositionalGerunds[s.lower[k]] {
		return false
	}
	if !(s.tags[k+1] == "NN" || s.tags[k+1] == "NNS" || s.tags[k+1] == "JJ" || (s.tags[k+1] == "NNP" || s.tags[k+1] == "NNPS") && s.tags[k-1] == "DT") {
		// (also a name after a determiner: "another leading Supreme
		// Court advocate")
		return false
	}
	p, pw := s.tags[k-1], s.lower[k-1]
	if s.tags[k] == "VBN" {
		return p == "DT" || p == "JJ" || p == "PRP$" || pw == "of" ||
			p == "RB" && k > 1 && (s.tags[k-2] == "DT" || s.lower[k-2] == "of")
	}
	if pw == "," {
		// after a comma, a participle clause ("…, carrying signs
		// saying …"), unless the phrase is the subject of a cue that
		// ends the sentence: "…, fundraising documents show."
		return j+2 >= n || s.lower[j+2] == "." || s.lower[j+2] == "!" || s.lower[j+2] == "?"
	}
	return p == "DT" || p == "JJ" || p == "PRP$" || p == "POS" || pw == "of"
}

// npRight returns the end (exclusive) of the noun phrase starting at token
// k, or k when there is none. A phrase ends before a comma, a verb or a
// preposition other than "of" between names.
func (f *finder) npRight(s *sentence, k int) int {
	n := len(s.toks)
	if k >= n || s.quoted[k] {
		return k
	}
	if s.tags[k] == "PRP" {
		return k + 1
	}
	e := k
	noun := false
	for m := k; m < n && m-k < 14; m++ {
		if s.lower[m] == "of" && noun && m+1 < n && (s.tags[m+1] == "NNP" || s.tags[m+1] == "DT" || isNounTag(s.tags[m+1])) {
			continue
		}
		if !npAllowed(s, m) && !(m > k && premodifier(s, m, m)) {
			break
		}
		if (s.tags[m] == "DT" || s.tags[m] == "PRP$") && m > k {
			if s.tags[m-1] != "POS" && s.lower[m-1] != "of" {
				break
			}
		}
		if isNounTag(s.tags[m]) || s.tags[m] == "CD" || isPersonish(s.lower[m]) {
			noun = true
			e = m + 1
		}
	}
	if !noun {
		return k
	}
	return e
}

// appositionStart returns where the phrase holding the speaker [ps, pe)
// begins when the speaker is the name inside an apposition ("Its
// spokesman, Rahmat Nugroho, said"): the start of the description before
// it; otherwise ps.
func (f *finder) appositionStart(s *sentence, ps, pe int) int {
	if ps < 2 || s.lower[ps-1] != "," {
		return ps
	}
	st := f.npLeft(s, ps-2)
	if st >= 2 && (s.lower[st-1] == "for" || s.lower[st-1] == "to") && (s.tags[st-2] == "NN" || s.tags[st-2] == "NNS") {
		// "The U.N. envoy for Sudan, X", "Pakistan's ambassador to the
		// United Nations, X": the title with the body it serves, when
		// the title opens its clause
		if a := f.npLeft(s, st-2); a >= 0 && (a == 0 || s.tags[a-1] != "IN" && s.tags[a-1] != "TO") {
			st = a
		}
	}
	if st < 0 || isTimeWord(s.lower[ps-2]) || momentNouns[s.lower[ps-2]] || periodWords[s.lower[ps-2]] || st > 0 && (s.tags[st-1] == "IN" || s.tags[st-1] == "TO") && s.lower[st-1] != "of" && s.lower[st-1] != "that" && !subordinators[s.lower[st-1]] {
		// not a time or the object of a preposition before the comma:
		// "In a message to Clinton, Tanden, head of …, recounted"
		return ps
	}
	// "The head of the water board, X", "the search and rescue office, X":
	// the whole description
	for st >= 2 && (s.lower[st-1] == "of" || s.lower[st-1] == "and") && isNounTag(s.tags[st-2]) {
		a := f.npLeft(s, st-2)
		if a < 0 {
			break
		}
		st = a
	}
	return st
}

// appositive finds the speaker of "X, a banned group, claimed" and "X, who
// heads Y, said", given the comma before the cue at j.
func (f *finder) appositive(s *sentence, j int) (int, int, bool) {
	for k := j - 1; k > 0 && j-k < 30; k-- {
		if s.quoted[k] || s.lower[k] == ";" {
			return 0, 0, false
		}
		if s.lower[k] != "," {
			continue
		}
		nx := s.lower[k+1]
		if nx == "of" && k+2 < j && properName(s, k+2, k+3) {
			// a home town: "Cory James, 22, of Flint, Mich., said"
			continue
		}
		// "X, dean of the law school, said": a bare title noun with its body
		titled := s.tags[k+1] == "NN" && k+2 < j && (s.lower[k+2] == "of" || s.lower[k+2] == "for" || s.lower[k+2] == "at")
		// "X, speaking to reporters, said": a participial phrase
		participle := (s.tags[k+1] == "VBG" || s.tags[k+1] == "VBN" || s.tags[k+1] == "NN" && strings.HasSuffix(nx, "ing") && (s.tags[k+2] == "RB" || s.tags[k+2] == "IN" || s.tags[k+2] == "TO")) && k+2 < j
		// "X, now 81, said", "X, then ambassador to Israel, said"
		adverbed := s.tags[k+1] == "RB" && k+2 < j && (s.tags[k+2] == "CD" || s.tags[k+2] == "JJ" || s.tags[k+2] == "DT" || isNounTag(s.tags[k+2]))
		if !(nx == "who" || nx == "whose" || nx == "which" || personHeads[nx] || titled || participle || adverbed || s.tags[k+1] == "DT" || s.tags[k+1] == "NNP" || s.tags[k+1] == "JJ" || s.tags[k+1] == "PRP$" || s.tags[k+1] == "CD") {
			return 0, 0, false
		}
		if k >= 2 && s.tags[k-1] == "CD" && s.lower[k-2] == "," {
			// "Tanya Whitfield, 41, who lives nearby, said": the age is
			// one more apposition; the name is further left
			continue
		}
		if s.lower[k-1] == ")" {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said"
			o := k - 2
			for o > 0 && k-o < 8 && s.lower[o] != "(" {
				o--
			}
			if o > 0 && s.lower[o] == "(" {
				if st := f.npLeft(s, o-1); st >= 0 && opensClause(s, st) {
					return st, o, true
				}
			}
		}
		if st := f.npLeft(s, k-1); st < 0 && properName(s, k+1, j) && shortOpening(s, k) {
			// "A third, Daniel Traynor, said": the name speaks
			return k + 1, j, true
		} else if st >= 0 {
			if (nx == "which" || nx == "who" || nx == "a" || nx == "an") && (st > 0 && s.tags[st-1] == "IN" && !(subordinators[s.lower[st-1]] && clauseStart(s, st-1) == st-1) || hasPrep(s, st, k)) ||
				st > 0 && (s.lower[st-1] == "in" || s.lower[st-1] == "at" || s.lower[st-1] == "near" || s.lower[st-1] == "from" || s.lower[st-1] == "of" && st > 1 && s.lower[st-2] == ",") && properName(s, k+1, j) {
				// (also a description of the body: "Mike Shields,
				// president of the Leadership Fund, a super PAC allied
				// with …, said"; and a home town: "a philanthropist from
				// Monsey, New York, said")
				// (also a place in two parts inside a longer apposition:
				// "Trump, speaking at a rally in Charleston, West
				// Virginia, did not …")
				// "X, head of the union, which represents …, said": the
				// union is inside a longer apposition; look further left
				continue
			}
			if st > 0 && (s.tags[st-1] == "IN" || s.tags[st-1] == "TO") && relativeBefore(s, st-1) {
				// the object of a preposition inside a relative clause on
				// the subject: "A soldier who took part in | the assault,
				// speaking …, said" (openingSubject reads it)
				return 0, 0, false
			}
			if st > 1 && s.lower[st-1] == "to" && (s.tags[st-2] == "NN" || s.tags[st-2] == "NNS") && properName(s, k+1, j) {
				// "Russia's ambassador to the U.N., Vassily Nebenzia,
				// called": the name speaks
				return k + 1, j, true
			}
			if opensClause(s, st) {
				if k+2 < j && s.lower[k+1] == "the" && properName(s, k+2, j) && isNounTag(s.tags[k-1]) && s.tags[k-1] != "NNP" && s.tags[k-1] != "NNPS" {
					// "Sirika's party, the All Progressives Congress, said",
					// "The ruling party, the APC, said": the body the
					// description names
					return k + 1, j, true
				}
				if properName(s, k+1, j) && (!properName(s, st, k) || st > 1 && (s.lower[st-1] == "for" || s.lower[st-1] == "to" || s.lower[st-1] == "of") && (s.tags[st-2] == "NN" || s.tags[st-2] == "NNS")) {
					// "Its spokesman, Rahmat Nugroho, said": the name
					// speaks; so also after the body a title serves ("The
					// U.N. envoy for Sudan, Ramtane Lamamra, said")
					return k + 1, j, true
				}
				return st, k, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// hasPrep says whether a preposition other than "of" joins two parts of
// the phrase [a, b) ("a minister in the cabinet").
func hasPrep(s *sentence, a, b int) bool {
	for m := a + 1; m < b-1; m++ {
		if s.tags[m] == "IN" && s.lower[m] != "of" {
			return true
		}
	}
	return false
}

// shortOpening says whether the words before the comma at k are a short
// phrase that opens the clause, made of words a noun phrase can hold ("A
// third", "Another").
func shortOpening(s *sentence, k int) bool {
	st := clauseStart(s, k)
	if st >= k || k-st > 4 {
		return false
	}
	for m := st; m < k; m++ {
		if !npAllowed(s, m) {
			return false
		}
	}
	return true
}

// labels says whether the words from token k give a thing a damning
// label ("called the shooting “an act of cowardice”"), which makes "call"
// a cue.
// npEnd returns the end of the simple noun phrase at k — determiners,
// adjectives, nouns and numbers, with quoted words inside ("a “let a
// thousand flowers bloom” approach") — or k when none starts there.
func npEnd(s *sentence, k int) int {
	e := k
	for m := k; m < len(s.toks) && m-k < 12; m++ {
		t := s.tags[m]
		if s.quoted[m] && m > k || t == "DT" && m == k || t == "PRP$" && m == k || t == "JJ" || t == "JJS" || t == "JJR" || t == "CD" || t == "POS" || isNounTag(t) {
			if !s.quoted[m] || s.quoted[m-1] && !isOpenQuote(s.toks[m].Text) {
				e = m + 1
			}
			continue
		}
		break
	}
	return e
}

// locatedHead says whether the noun at token k names a body that a place
// can qualify ("the embassy in Lima", "authorities in Antioquia").
func locatedHead(s *sentence, k int) bool {
	w := s.lower[k]
	return isPersonish(w) || orgHeads[w] || s.tags[k] == "NNP" && (orgHeads[w] || w == "embassy")
}

// subjectOfVerb says whether the noun phrase ending before token e is the
// subject of a verb that follows it ("said the search would go on"), so
// that it cannot be the speaker of an inverted cue.
func (f *finder) subjectOfVerb(s *sentence, e int) bool {
	n := len(s.toks)
	if e+1 < n && s.lower[e] == "of" && !s.quoted[e+1] {
		// "said seven of them were …"
		if s.tags[e+1] == "PRP" {
			e += 2
		} else if r := f.npRight(s, e+1); r > e+1 {
			e = r
		}
	}
	for e < n && s.tags[e] == "RB" {
		e++
	}
	return e < len(s.toks) && !s.quoted[e] && (s.tags[e] == "MD" || isVerbTag(s.tags[e]) && s.tags[e] != "VBG" && s.tags[e] != "VBN")
}

// properName says whether tokens [a, b) are a proper name: capitalized
// words only, with an optional honorific ("Dr", "Colonel").
func properName(s *sentence, a, b int) bool {
	if a >= b || b-a > 6 {
		return false
	}
	for k := a; k < b; k++ {
		if k > a && k+1 < b && nameParticles[s.toks[k].Text] && !s.quoted[k] {
			// "Nos Petits Frères et Sœurs", "Agence France-Presse"
			continue
		}
		if s.quoted[k] || s.tags[k] != "NNP" && s.tags[k] != "NNPS" {
			return false
		}
		if r := s.toks[k].Text; r == "" || !(r[0] >= 'A' && r[0] <= 'Z') && r[0] < 0x80 {
			return false
		}
	}
	return true
}

// mainSubject finds the subject of the clause before the comma at j, for
// participial cues: the speaker of an earlier claim in the sentence, or
// the noun phrase that opens the sentence.
func (f *finder) mainSubject(s *sentence, j int) (int, int, bool) {
	for k := len(f.drafts) - 1; k >= 0; k-- {
		d := f.drafts[k]
		if d.sent != s.idx {
			break
		}
		if d.srcS >= 0 && d.cueS < j && !f.insideContent(s, d.srcS) {
			// (not a speaker inside another claim: "The employee said he
			// did not recall …, but … said")
			if a, b, ok := f.laterClause(s, d.cueE, j); ok {
				// "Trump talked about the economy, but Wallace brought
				// him back to it, | asking …": the nearer clause's
				// subject
				return a, b, true
			}
			return d.srcS, d.srcE, true
		}
	}
	if a, b, ok := f.subjectBefore(s, j); ok {
		if c, e, ok := f.laterClause(s, b, j); ok {
			return c, e, true
		}
		return a, b, true
	}
	// "Biden, recalling the breakfasts, said …": the phrase set off by
	// the comma is the subject of the main clause that follows it
	if st := clauseStart(s, j); st < j && startsNP(s, st) && f.npRight(s, st) == j && j+1 < len(s.toks) && s.tags[j+1] == "VBG" && !periodWords[s.lower[j-1]] {
		// (not a stretch of time: "Eight years, backing …")
		return st, j, true
	}
	return 0, 0, false
}

// laterClause finds the subject of the last clause joined by a
// conjunction in tokens [a, j): "…, but Wallace brought him back".
func (f *finder) laterClause(s *sentence, a, j int) (int, int, bool) {
	for m := j - 2; m >= max(a, 1); m-- {
		if s.quoted[m] || s.lower[m] == ";" {
			return 0, 0, false
		}
		switch s.lower[m] {
		case "but", "and", "while", "whereas", "yet":
			if (s.lower[m-1] == "," || s.lower[m] == "but" || s.lower[m] == "while" || s.lower[m] == "whereas") && f.newClause(s, m+1, j) && !f.insideContent(s, m+1) {
				// (not a clause inside what someone said: "the hacker who
				// revealed that she used … while she was secretary")
				return m + 1, f.npRight(s, m+1), true
			}
		case "when", "after", "before", "because", "since", "although", "though", "until", "once":
			// "The crowd cheered when Trump spotted a sign | and asked
			// …": the subordinate clause's subject (a pronoun there is
			// most often the main subject again: "McConnell said … when
			// he …")
			// (a participle after the clause's comma is the main
			// clause's: "…, after her statement was shown false, |
			// stating …")
			if f.newClause(s, m+1, j) && !f.insideContent(s, m+1) && s.tags[m+1] != "PRP" && !slices.Contains(s.lower[m+1:min(j+1, len(s.lower))], ",") {
				return m + 1, f.npRight(s, m+1), true
			}
		}
	}
	return 0, 0, false
}

// subjectBefore finds the first noun phrase followed by a verb in the
// clause that ends at token j: the subject the verbs of the clause share
// ("Scott blasted Congress and said ...").
func (f *finder) subjectBefore(s *sentence, j int) (int, int, bool) {
	for k := clauseStart(s, j); k < j; k++ {
		if !startsNP(s, k) {
			continue
		}
		e := f.npRight(s, k)
		if e <= k {
			continue
		}
		v := timeAfter(s, e, j)
		if v == e {
			// "The other candidate on the stage drew …": the subject's
			// own phrases, up to a time or a medium ("Bugti in a speech
			// on Monday praised …")
			var pe int
			v, pe = f.subjectPhrases(s, e, j)
			if v > e && v < j && isVerbTag(s.tags[v]) && !(k > 0 && subordinators[s.lower[k-1]]) {
				return k, pe, true
			}
			v = e
		}
		if v < j && s.lower[v] == "," {
			// "House Democrats, looking for a way out, seized …": past an
			// apposition or a participial phrase set off by commas
			for m := v + 1; m < j && m-v < 16; m++ {
				if s.lower[m] == "," && !s.quoted[m] {
					v = m + 1
					break
				}
			}
		}
		for v < j && (s.tags[v] == "RB" || s.tags[v] == "MD") {
			v++
		}
		if v < j && isVerbTag(s.tags[v]) {
			if k > 0 && subordinators[s.lower[k-1]] {
				// the subject of a subordinate clause: "Shortly after
				// Murphy’s call ended, | Rubio’s campaign sent …"
				for k = v; k < j && s.lower[k] != ","; k++ {
				}
				continue
			}
			return k, e, true
		}
		k = e - 1
	}
	return 0, 0, false
}

// subjectPhrases returns the end of the prepositional phrases after a
// subject that ends at token e, up to limit, and where the subject's own
// phrases end: those before the first time or medium ("candidates on the
// stage | in a debate on Monday").
func (f *finder) subjectPhrases(s *sentence, e, limit int) (int, int) {
	m, pe, own := e, e, true
	for m+1 < limit && subjectPrepositions[s.lower[m]] && !s.quoted[m] && startsNP(s, m+1) {
		q := f.npRight(s, m+1)
		if q <= m+1 || q > limit {
			break
		}
		if own && (mediaNouns[s.lower[q-1]] || timePhrase(s, m+1, q) || s.tags[q-1] == "CD") {
			own = false
		}
		if own {
			pe = q
		}
		m = timeAfter(s, q, limit)
	}
	for m < limit && s.tags[m] == "RB" {
		m++
	}
	return m, pe
}

// subjectPrepositions open a phrase on a subject before its verb: "the
// officials in Kabul", "candidates on the stage".
var subjectPrepositions = set("in", "on", "at", "from", "for", "with", "across", "inside", "outside", "near", "within", "throughout", "around")

// openingSubject finds the speaker of "X, <anything set off by commas>,
// said" when the appositions are too long or nested for appositive: the
// noun phrase that opens the clause, followed by a comma, when nothing
// before the comma at j is a verb of the main clause (a finite verb
// outside a relative or participial phrase).
func (f *finder) openingSubject(s *sentence, j int) (int, int, bool) {
	st := clauseStart(s, j)
	if a, b, ok := f.openingSubjectAt(s, st, j); ok {
		return a, b, true
	}
	// the subject of a clause after a subordinator or a conjunction: "The
	// governor resisted, while Mike Huckabee, the former governor,
	// proposed …"
	for k := j - 2; k > st; k-- {
		if s.quoted[k] {
			break
		}
		if s.lower[k-1] == "," && (subordinators[s.lower[k]] || s.lower[k] == "and" || s.lower[k] == "but" || s.lower[k] == "whereas") {
			return f.openingSubjectAt(s, k+1, j)
		}
		if subordinators[s.lower[k]] && hasFinite(s, st, k) && startsNP(s, k+1) {
			// with no comma after the main clause: "It came up after Mr.
			// Trump, asked about the deaths, had said …"
			return f.openingSubjectAt(s, k+1, j)
		}
	}
	return 0, 0, false
}

// openingSubjectAt is openingSubject for the clause that starts at st.
func (f *finder) openingSubjectAt(s *sentence, st, j int) (int, int, bool) {
	for q := st; q < j && s.quoted[q]; q++ {
		// past a quotation that opens the sentence: "“…,” Mr. Mahaney,
		// of RBC Capital Markets, said"
		if isCloseQuote(s.toks[q].Text) && q > st {
			st = q + 1
			break
		}
	}
	if st < j && (s.lower[st] == "even" || subordinators[s.lower[st]] && st+1 < j && startsNP(s, st+1)) {
		// "Even the field's hawks, like Rubio, say": the focus stays
		// out; so does a subordinator ("As Andrew Tabler, an expert on
		// Syria, noted, …")
		st++
	} else if st < j && (s.tags[st] == "IN" || s.tags[st] == "RB") {
		// past a short adverbial opening: "For now, Pantucci, at the
		// institute, said"
		for k := st + 1; k < j && k-st <= 5; k++ {
			if s.lower[k] == "," {
				st = k + 1
				break
			}
			if isVerbTag(s.tags[k]) || s.quoted[k] {
				break
			}
		}
	}
	if st >= j || !startsNP(s, st) {
		return 0, 0, false
	}
	e := f.npRight(s, st)
	if e > st && e+1 < j && ppPreps[s.lower[e]] && !s.quoted[e+1] {
		// "Executives for Mondelez, which …, say"
		if r := f.npRight(s, e+1); r > e+1 {
			e = r
		}
	}
	if e > st && e+1 < j && (s.lower[e] == "that" || s.lower[e] == "which" || s.lower[e] == "who") && !s.quoted[e] {
		// a relative clause on the subject, then the name it describes:
		// "The Catholic charity that runs the hospital, Nos Petits
		// Frères et Sœurs, said"
		m := e + 1
		for m < j && s.lower[m] != "," && !s.quoted[m] {
			m++
		}
		if m < j && s.lower[m] == "," && properName(s, m+1, j) {
			return m + 1, j, true
		}
		if m < j && s.lower[m] == "," && s.lower[e] == "who" {
			// "A soldier who took part in the assault, speaking on
			// condition of anonymity, said": past the relative clause,
			// the aside is checked as any other
			e = m
		}
	}
	if e <= st || e >= j || s.lower[e] != "," || j-e > 40 {
		return 0, 0, false
	}
	// between the phrase and the cue, every finite verb must sit in a
	// relative clause ("which represents …") or follow a comma-opened
	// participle; a quotation must close before the cue (a title: "the
	// co-author of “Going Viral,” about …, said")
	rel := false
	for k := e; k < j; k++ {
		switch {
		case s.quoted[k] && s.quoted[j-1] && isOpenQuote(s.toks[k].Text) && k > e+1 && (s.tags[k-1] == "VBG" || s.tags[k-1] == "IN"):
			// a quotation inside the aside, after a participle or a
			// preposition: "Mr. Manafort, citing “the unique magic of
			// Trump,” said"
			for k+1 < j && s.quoted[k+1] {
				k++
			}
		case s.quoted[k] && s.quoted[j-1]:
			return 0, 0, false
		case s.lower[k] == "who" || s.lower[k] == "which" || s.lower[k] == "whose" || s.lower[k] == "that":
			rel = true
		case k == e+1 && (s.tags[k] == "VBD" || s.tags[k] == "VBN") && k+1 < j && (s.tags[k+1] == "IN" || s.tags[k+1] == "TO" || s.tags[k+1] == "RB"):
			// a participle that opens the aside: "Mark Rutte, asked
			// about the attacks, said", "The company, based in Ohio,
			// said"
			rel = true
		case s.lower[k] == ",":
			if c := nameBetweenCommas(s, k, j); rel && c > 0 {
				// a name set off inside the relative clause keeps it
				// open: "whose agency, Fenton, made the ads"
				k = c
			} else {
				rel = false
			}
		case (s.tags[k] == "VBD" || s.tags[k] == "VBZ" || s.tags[k] == "VBP" || s.tags[k] == "MD") && !rel:
			return 0, 0, false
		}
	}
	return st, e, true
}

// nameBetweenCommas returns the closing comma when the comma at token k
// opens a short proper name closed by another comma before token j (",
// Fenton,"), or 0.
func nameBetweenCommas(s *sentence, k, j int) int {
	m := k + 1
	for m < j && m-k <= 4 && (s.tags[m] == "NNP" || s.tags[m] == "NNPS") {
		m++
	}
	if m > k+1 && m < j && s.lower[m] == "," {
		return m
	}
	return 0
}

// opensClause says whether a speaker phrase starting at token st can be
// the subject of its clause: it opens the sentence, or follows a comma, a
// conjunction, a closing quotation mark or a preposition.
func opensClause(s *sentence, st int) bool {
	if st == 0 {
		return true
	}
	p := s.lower[st-1]
	if subjectFocus[p] {
		// "Nearly | all of the mayors …"; not the object of "of" ("The
		// employee of nearly four years")
		return st == 1 || s.lower[st-2] != "of" && opensClause(s, st-1)
	}
	return p == "," || p == "and" || p == "but" || p == "yet" || p == "so" || isCloseQuote(s.toks[st-1].Text) || s.tags[st-1] == "IN" || subordinators[p] || s.tags[st-1] == "WDT" || s.tags[st-1] == "WP"
}

// beforeInterjection returns the index before a time phrase or a sentence
// adverb set off by commas that ends at token j ("on Friday", "last
// week", ", meanwhile,"), or j when there is none.
func beforeInterjection(s *sentence, j int) int {
	w := s.lower[j]
	if (w == "morning" || w == "night" || w == "afternoon" || w == "evening") && j >= 2 && isTimeWord(s.lower[j-1]) {
		// "on Tuesday morning"
		if k := beforeInterjection(s, j-1); k < j-1 {
			return k
		}
	}
	switch {
	case w == "," && j >= 2 && s.lower[j-2] == "," && (s.tags[j-1] == "RB" || interjections[s.lower[j-1]]):
		return j - 3
	case isTimeWord(w) && j >= 1 && (s.lower[j-1] == "on" || s.lower[j-1] == "late" || s.lower[j-1] == "early" || s.lower[j-1] == "earlier" || s.lower[j-1] == "later"):
		return j - 2
	case periodWords[w] && j >= 1 && (s.lower[j-1] == "last" || s.lower[j-1] == "this"):
		return j - 2
	case periodWords[w] && j >= 2 && (s.lower[j-1] == "past" || s.lower[j-1] == "same") && (s.lower[j-2] == "this" || s.lower[j-2] == "the"):
		// "Priebus, the GOP chairman, this past week announced" (also
		// "who in the past week has said")
		if j >= 4 && (s.lower[j-3] == "in" || s.lower[j-3] == "over" || s.lower[j-3] == "during") {
			return j - 4
		}
		return j - 3
	case (w == "ago" || w == "later" || w == "earlier") && j >= 2 && periodWords[s.lower[j-1]] && (s.tags[j-2] == "CD" || s.lower[j-2] == "a"):
		// "Bugti two weeks ago said", "the minister a day later said"
		return j - 3
	case isTimeWord(w) && j >= 1 && (s.tags[j-1] == "NNP" || s.tags[j-1] == "NNPS"):
		// "McAuliffe Friday announced"
		return j - 1
	case (w == "—" || w == "--" || w == "–" || w == "-") && !s.quoted[j]:
		// "Murphy — after a knock-on-wood gesture — told me": an aside
		// between dashes, after a name or a noun (also a spaced hyphen
		// or an en dash: "Sroka - whose group has endorsed Sanders -
		// said")
		for k := j - 2; k >= 1 && j-k <= 24; k-- {
			if s.quoted[k] || s.lower[k] == "." || s.lower[k] == ";" {
				break
			}
			if s.lower[k] == w || w == "—" && s.lower[k] == "--" || w == "--" && s.lower[k] == "—" {
				nx := s.lower[k+1]
				if (w == "-" || w == "–") && !(nx == "who" || nx == "which" || nx == "whose" || nx == "where" || s.tags[k+1] == "IN") {
					// (between hyphens, an apposition is the speaker's
					// own phrase: "Reynolds - Santilli's girlfriend -
					// said")
					break
				}
				if isNounTag(s.tags[k-1]) && (k < 2 || !isVerbTag(s.tags[k-2]) || s.tags[k-2] == "VBN") && nx != "and" && nx != "or" && nx != "but" && nx != "including" {
					// (not a second subject: "Farmers — and some traders —
					// say")
					return k - 1
				}
				break
			}
		}
	case isNounTag(s.tags[j]):
		// "Sanders during a Sunday speech thanked"
		for k := j - 1; k >= 1 && j-k <= 5; k-- {
			if s.lower[k] == "during" || s.lower[k] == "in" || s.lower[k] == "for" || s.lower[k] == "over" {
				// (also "who in the past has voiced", "who for years
				// has argued")
				if timeAfter(s, k, j+1) == j+1 {
					return k - 1
				}
				break
			}
			if !(s.tags[k] == "DT" || s.tags[k] == "JJ" || s.tags[k] == "CD" || isNounTag(s.tags[k]) || s.tags[k] == "POS") {
				break
			}
		}
	}
	return j
}

// timeAfter returns the end of a time phrase that starts at token k and
// ends before limit ("on Wednesday", "on Monday night", "last week",
// "during a Sunday speech"), or k when none starts there: the time that
// may stand between a subject and its verb.
func timeAfter(s *sentence, k, limit int) int {
	e := k
	switch {
	case k < limit && isTimeWord(s.lower[k]):
		e = k + 1
	case k+1 < limit && (s.lower[k] == "on" || s.lower[k] == "late" || s.lower[k] == "early") && isTimeWord(s.lower[k+1]):
		e = k + 2
	case k+1 < limit && (s.lower[k] == "last" || s.lower[k] == "this") && periodWords[s.lower[k+1]]:
		return k + 2
	case k+1 < limit && (s.lower[k] == "in" || s.lower[k] == "for" || s.lower[k] == "over"):
		// a stretch of time: "in the past", "for years", "over the
		// past few months", "in recent weeks" (a year is left to the
		// callers: "filed a lawsuit in 2012 | challenging")
		m := k + 1
		for m < limit && m-k <= 5 && !periodWords[s.lower[m]] && !s.quoted[m] && (s.tags[m] == "DT" || s.tags[m] == "JJ" || s.tags[m] == "CD" && !yearAt(s, m) || s.lower[m] == "past" || s.lower[m] == "few") {
			m++
		}
		switch {
		case m < limit && periodWords[s.lower[m]] && !s.quoted[m]:
			return m + 1 // "in recent weeks", "over the past few months"
		case m-1 > k && s.lower[m-1] == "past":
			return m // "in the past"
		}
		return k
	case k+1 < limit && s.lower[k] == "during":
		// a short noun phrase: "during a Sunday speech", "during the
		// debate"
		m := k + 1
		for m < limit && m-k <= 5 && (s.tags[m] == "DT" || s.tags[m] == "PRP$" || s.tags[m] == "JJ" || s.tags[m] == "CD" || isNounTag(s.tags[m]) || s.tags[m] == "POS") {
			m++
		}
		if m > k+1 && isNounTag(s.tags[m-1]) {
			return m
		}
		return k
	default:
		return k
	}
	if e < limit && periodWords[s.lower[e]] {
		e++ // "on Monday night"
	}
	return e
}

// gerundSubject finds who speaks in "by saying …", "after saying …": the
// subject before the preposition, or, when the phrase opens the sentence
// ("After saying …, she left"), the noun phrase after its comma.
func (f *finder) gerundSubject(s *sentence, i, j int) (int, int, bool) {
	p := j
	if p > 1 && (s.lower[p-1] == "instead" || s.lower[p-1] == "addition" || s.lower[p-1] == "aside" && s.lower[p] == "from") {
		p-- // "instead of", "in addition to", "aside from"
		if s.lower[p] == "addition" {
			p--
		}
	}
	if p >= 2 && s.lower[p-1] == "," && clauseStart(s, p) != p {
		// the subject set off before the phrase: "Mr. Sanders, after
		// initially saying …, changed his mind"
		if st := f.npLeft(s, p-2); st >= 0 && clauseStart(s, st) == st && f.subjectAfterAside(s, i) {
			return st, p - 1, true
		}
	}
	if j < 0 || clauseStart(s, p) == p {
		// "After thanking the crowd, which chanted his name, he touted
		// …": the subject after the phrase; a relative clause on its last
		// noun is skipped
		for m := i + 1; m < len(s.toks); m++ {
			if s.quoted[m] || s.lower[m] != "," {
				continue
			}
			if e := f.npRight(s, m+1); e > m+1 && f.subjectOfVerb(s, e) {
				return m + 1, e, true
			}
			if m+1 < len(s.toks) && (s.lower[m+1] == "which" || s.lower[m+1] == "who" || s.lower[m+1] == "where") {
				continue
			}
			break
		}
		return 0, 0, false
	}
	return f.mainSubject(s, j)
}

// subjectAfterAside says whether the phrase of the gerund at i closes
// with a comma before a finite verb, the main clause's verb that the
// subject before the phrase goes on with.
func (f *finder) subjectAfterAside(s *sentence, i int) bool {
	for m := i + 1; m+1 < len(s.toks); m++ {
		if s.quoted[m] {
			continue
		}
		if s.lower[m] == "," {
			k := m + 1
			for k < len(s.toks) && s.tags[k] == "RB" {
				k++
			}
			return k < len(s.toks) && (finite(s.tags[k]) || s.tags[k] == "MD")
		}
		if s.lower[m] == ";" || s.lower[m] == "." {
			return false
		}
	}
	return false
}

// gerundAt says whether the gerund at i follows a preposition at j that
// makes it an act of the main clause's subject: "after saying", "despite
// challenging", "instead of calling", "in addition to stating".
func gerundAt(s *sentence, i, j int) bool {
	if j < 0 || !strings.HasSuffix(s.lower[i], "ing") {
		return false
	}
	if gerundPreps[s.lower[j]] {
		return true
	}
	return j > 0 && (s.lower[j] == "of" && s.lower[j-1] == "instead" || s.lower[j] == "to" && s.lower[j-1] == "addition" && j > 1 && s.lower[j-2] == "in")
}

// trailingApposition returns the end of an apposition that follows an
// inverted speaker ending at token e and runs to the end of the sentence
// ("…, said Sean Spicer, the party's chief strategist."), or e. A
// quotation or a semicolon ends the sentence's speaker part first.
func trailingApposition(s *sentence, e int) int {
	end := trimEnd(s, len(s.toks))
	if e+1 >= end || s.lower[e] != "," || !startsNP(s, e+1) && s.lower[e+1] != "who" && !(e+2 < end && (s.lower[e+1] == "now" || s.lower[e+1] == "then" || s.lower[e+1] == "formerly") && startsNP(s, e+2)) {
		// (also after an adverb of time: "…, asked Bennett, now a radio
		// host")
		return e
	}
	rel := false // a relative clause on the apposition may have its verb
	for m := e + 1; m < end; m++ {
		if s.quoted[m] || s.lower[m] == ";" {
			return e
		}
		switch s.lower[m] {
		case "who", "whose", "which", "that":
			rel = true
		}
		if (s.tags[m] == "VBZ" || s.tags[m] == "VBP" || s.tags[m] == "MD" || s.tags[m] == "VBD" && properName(s, e+1, m)) && !rel && (m == npEnd(s, e+1) || s.lower[m-1] == "," || m == e+2 && s.tags[e+1] == "PRP") {
			// a clause, not an apposition: "…, Human Rights Watch, state
			// forces have killed …", "said Kofman, an expert on Russia,
			// would read this as …"
			return e
		}
		if s.lower[m] == "," && m+1 < end && s.tags[m+1] == "VBG" {
			// the writer's participle closes the apposition: "…, said
			// Erik Flannigan, the head of programming, referring to …"
			return m
		}
	}
	return end
}

// coordinated widens the speaker span over names joined to it by "and"
// ("Clinton and Sanders said"): they spoke together. The speaker stays the
// actor the last name resolves to.
func (f *finder) coordinated(s *sentence, d *draft) {
	if d.srcS < 2 || d.srcE > d.cueS || d.spanE > 0 && d.spanS > d.srcS {
		return
	}
	if a := slices.Index(s.lower[d.srcS:d.srcE], "and"); s.lower[d.srcS-1] != "and" && !(s.lower[d.srcS-1] == "," && d.srcS >= 3 && a > 0 && properName(s, d.srcS, d.srcS+a) && properName(s, d.srcS+a+1, d.srcE)) {
		// (a list whose last names the noun-phrase rules joined: "the
		// United States, | Britain and France")
		return
	}
	// (names listed before "and other …" are joined as names are:
	// "Crane, Kibbe and | other libertarians")
	names := properName(s, d.srcS, d.srcE) || s.lower[d.srcS] == "other" && s.lower[d.srcS-1] == "and"
	st := d.srcS
	for st >= 2 && (s.lower[st-1] == "and" || s.lower[st-1] == ",") {
		a := f.npLeft(s, st-2)
		if a < 0 || isTimeWord(s.lower[st-2]) || s.lower[st-1] == "," && a > 0 && s.tags[a-1] == "IN" && s.lower[a-1] != "of" && !subordinators[s.lower[a-1]] {
			// not "On Sunday, | Mr. Rubio and Senator Cruz"
			break
		}
		b := a
		if s.lower[b] == "the" {
			b++ // "the United States, Britain and France"
		}
		if !names || !properName(s, b, st-1) {
			// common nouns joined ("union members and leaders", "Edwards
			// and others") only as the subject that opens the clause
			if !opensClause(s, a) || a > 0 && s.tags[a-1] == "IN" || s.lower[st-1] == "," {
				break
			}
			names = false
		}
		st = a
	}
	if st < d.srcS {
		if d.spanE == 0 {
			d.spanS, d.spanE = st, d.srcE
		} else {
			d.spanS = min(d.spanS, st)
		}
	}
}

// clauseSubject returns the words between the start of the clause and a
// speech verb after token j when they can only be its subject: at most 20
// words after a sentence start, a semicolon, a colon or a comma (not the
// comma after a name, which opens an apposition), none of them quoted,
// opening with a noun phrase, and with no finite verb or modal of their
// own outside a relative clause ("the groups who wrote to her say", "the
// experts I interviewed said"). Adverbs before the verb are not part of
// the speaker ("Cruz gingerly said").
func (f *finder) clauseSubject(s *sentence, j int) (int, int, bool) {
	e := j + 1
	for e > 0 && (s.tags[e-1] == "RB" || verbGroup[s.lower[e-1]]) && s.lower[e-1] != "," {
		e--
	}
	if e > 0 && (s.lower[e-1] == "that" || s.lower[e-1] == "who" || s.lower[e-1] == "which") {
		return 0, 0, false
	}
	k := e - 1
	if k >= 0 && (s.lower[k] == "," || s.lower[k] == "—" || s.lower[k] == "--") {
		k--
	}
	for k >= 0 && e-k <= 20 {
		w := s.lower[k]
		if s.quoted[k] || w == ";" || w == ":" || w == "," && !inDashes(s, k, e) {
			break
		}
		k--
	}
	if k >= 0 && e-k > 20 || k > 0 && s.lower[k] == "," && (s.tags[k-1] == "NNP" || s.tags[k-1] == "NNPS") {
		return 0, 0, false
	}
	st := k + 1
	for st < e && (s.lower[st] == "and" || s.lower[st] == "but" || s.lower[st] == "yet" || s.lower[st] == "so" || s.lower[st] == "," || s.lower[st] == "—" || subordinators[s.lower[st]] && (s.tags[st] == "IN" || s.tags[st] == "WRB")) {
		// (a subordinate clause's subject: "While those surveyed said …")
		st++
	}
	// an approximation before the subject ("About two-thirds of …",
	// "Fewer than half of …") is left to the caller's span
	if st+1 < e && subjectFocus[s.lower[st]] && (s.tags[st+1] == "CD" || s.tags[st+1] == "NNS" || pollShares[s.lower[st+1]]) {
		st++
	} else if st+2 < e && s.lower[st+1] == "than" && (s.lower[st] == "more" || s.lower[st] == "fewer" || s.lower[st] == "less") {
		st += 2
	}
	if st >= e || !startsNP(s, st) && s.tags[st] != "RB" && s.tags[st] != "JJS" && s.tags[st] != "WP" {
		return 0, 0, false
	}
	noun, rel := false, false
	for m := st; m < e; m++ {
		t, w := s.tags[m], s.lower[m]
		if isNounTag(t) || t == "PRP" || t == "CD" || t == "DT" || t == "JJS" || t == "WP" {
			noun = true
		}
		if w == "who" || w == "whose" || w == "which" || w == "whom" || t == "WDT" {
			rel = true
		}
		if t == "VBD" && m > st && (s.tags[m-1] == "NNS" || s.tags[m-1] == "NN" || m > st+2 && (s.tags[m-1] == "NNP" || s.tags[m-1] == "NNPS") && s.lower[st] != "and") && (m+1 == e || m+2 == e && isTimeWord(s.lower[m+1])) {
			// a participle the tagger read as a past form, ending the
			// subject: "students polled", "senators surveyed Tuesday",
			// "a poll of South Carolina released"
			continue
		}
		if finite(t) || t == "MD" {
			// a verb of a relative clause, or of a reduced one after a
			// pronoun ("the experts I interviewed")
			if !noun || !(rel || m > st+1 && s.tags[m-1] == "PRP" && isNounTag(s.tags[m-2])) {
				return 0, 0, false
			}
		}
		if subordinators[w] && m > st || t == "VBG" && m > st && s.tags[m-1] == "IN" && !rel {
			// (a gerund after a preposition is a phrase of the clause, not
			// a subject: "aside from saying he | wants")
			return 0, 0, false
		}
	}
	if !noun {
		return 0, 0, false
	}
	switch s.lower[e-1] {
	case "me", "him", "us", "them":
		// an object, not a subject: "Let me first express …"; but the
		// object of a preposition or a relative clause inside the subject
		// is not ("a source close to him said", "most of them said",
		// "groups that have endorsed him say")
		if !(e-1 > st && (s.tags[e-2] == "IN" || s.tags[e-2] == "TO") || rel) {
			return 0, 0, false
		}
	}
	if p := s.lower[e-1]; p == "," || p == "—" || p == "--" {
		// "Sen. Jack Reed (D-R.I.), said", "Jason Sims — a teacher —
		// says": the phrase must open the sentence, and a dash must close
		// a dash of its own
		if k >= 0 && s.lower[k] != ";" {
			return 0, 0, false
		}
		if p != "," && !inDashes(s, e-2, e) {
			return 0, 0, false
		}
	}
	return st, e, true
}

// inDashes says whether the comma at k lies between dashes that close
// before token j ("Democrats — and some Republicans, too — say").
func inDashes(s *sentence, k, j int) bool {
	for m := k + 1; m <= j; m++ {
		if s.lower[m] == "—" || s.lower[m] == "--" {
			for a := k - 1; a >= 0 && k-a < 20; a-- {
				if s.lower[a] == "—" || s.lower[a] == "--" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// speakerHead returns the head of the speaker phrase [a, b): the word
// before a relative clause or a prepositional "of" inside it ("One of the
// doctors who signed the letter"), else the last word.
func speakerHead(s *sentence, a, b int) int {
	for m := a + 1; m < b; m++ {
		switch s.lower[m] {
		case "who", "whose", "whom", "which", "that":
			h := m - 1
			if s.lower[h] == "," && h > a {
				h--
			}
			return h
		}
		if (s.tags[m] == "VBN" || s.tags[m] == "VBD") && isNounTag(s.tags[m-1]) {
			// a participle on the head: "New polls released Sunday", "a
			// poll conducted by voters"
			return m - 1
		}
		if placePreps[s.lower[m]] && (s.tags[m-1] == "NNS" || s.tags[m-1] == "NN") {
			// a place on the head: "voters in each district"
			return m - 1
		}
	}
	h := b - 1
	if s.lower[h] == ")" {
		// a bracket after the name: "Sen. Bernie Sanders (I-Vt.)"
		for m := h - 1; m > a; m-- {
			if s.lower[m] == "(" {
				h = m - 1
				break
			}
		}
	}
	return h
}

// agentSuffixes end nouns that name people by what they do ("voters",
// "economists", "historians", "residents").
var agentSuffixes = []string{"ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives", "ates", "ics"}

// peopleNouns name people by what they are to others ("friends",
// "allies", "women").
var peopleNouns = set("friends", "allies", "rivals", "colleagues", "members", "fans", "women",
	"men", "people", "children", "kids", "youth", "citizens", "staff", "staffers", "team",
	"crowd", "audience", "public", "pundits", "skeptics", "sceptics", "liberals", "moderates",
	"hopefuls", "partners", "clients", "victims", "relatives", "neighbors", "neighbours",
	"mothers", "fathers", "parents", "families", "couples", "veterans", "americans",
	"democrats", "republicans", "conservatives", "progressives", "independents", "elites",
	"friend", "ally", "rival", "colleague", "member", "woman", "man", "person", "neighbor",
	"neighbour", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
	"cousin", "uncle", "aunt", "widow", "boss", "owner", "pastor", "priest", "imam", "rabbi",
	"doctor", "nurse", "lawyer", "attorney", "judge", "teacher", "student", "farmer", "worker",
	"driver", "soldier", "survivor", "victim", "relative", "elder", "chief",
	// people by rank or fame
	"king", "queen", "prince", "princess", "pope", "lady", "gentleman", "tycoon", "mogul",
	"star", "celebrity", "actor", "actress", "singer", "rapper", "comedian", "moderator",
	"front-runner", "frontrunner", "appointee", "fact-checker", "surrogate", "surrogates",
	"insider", "insiders", "millennials", "folks", "dems", "justice", "justices", "stranger")

// personNoun says whether a common noun names people who can think and
// speak: a known head, or a plural with an agent suffix.
func personNoun(w, tag string) bool {
	if isPersonish(w) || collectiveHeads[w] || peopleNouns[w] || agentNouns[w] || bodyNouns[w] {
		return true
	}
	if tag != "NNS" || reportNouns[w] {
		return false
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ppPreps attach a phrase to the speaker before them ("advocates for stem
// cell research", "delegates at the convention", "people close to").
var ppPreps = set("of", "for", "at", "in", "from", "with", "on", "to", "among", "inside", "within")

// ppHead returns the phrase a speaker noun phrase starting at st is
// attached to by a preposition: a noun phrase ("James Pethokoukis of the
// American Enterprise Institute", "the Republican from Alabama"), a
// quantity ("Many in the crowd", "more than 4 in 10") or a noun with
// "close" ("People close to the Clintons"). Only a phrase that opens its
// clause qualifies, so that an object ("had a lead in the poll") does not.
func (f *finder) ppHead(s *sentence, st int) (int, int, bool) {
	p := st - 1
	if p >= 2 && s.lower[p] == "by" && !s.quoted[p] {
		// the author of a report: "A study by the watchdog group found",
		// "a survey conducted by an analyst found"
		h := p - 1
		if s.tags[h] == "VBN" {
			h--
		}
		if reportNouns[s.lower[h]] {
			if a := f.npLeft(s, h); a >= 0 && opensClause(s, a) {
				return a, h + 1, true
			}
		}
		return 0, 0, false
	}
	if p < 1 || !(ppPreps[s.lower[p]] || (s.lower[p] == "under" || s.lower[p] == "over") && s.tags[st] == "CD") || s.quoted[p] {
		// (an age: "Men under 35 support …")
		return 0, 0, false
	}
	h := p - 1
	if h >= 1 && (s.tags[h] == "VBN" || s.tags[h] == "VBG") && isNounTag(s.tags[h-1]) && (personNoun(s.lower[h-1], s.tags[h-1]) || pollShares[s.lower[h-1]]) {
		// a participle on a noun of people: "People involved in the
		// project", "voters looking for an outsider"
		h--
	}
	if s.lower[p] == "to" {
		if s.lower[h] != "close" || h < 1 {
			return 0, 0, false
		}
		h--
	}
	var a int
	switch {
	case quantifiers[s.lower[h]] || s.tags[h] == "CD" || s.tags[h] == "JJS":
		a = h
		if a >= 2 && s.lower[a-1] == "than" && (s.lower[a-2] == "more" || s.lower[a-2] == "fewer" || s.lower[a-2] == "less") {
			a -= 2
		}
	case (isNounTag(s.tags[h]) || isPersonish(s.lower[h])) && !periodWords[s.lower[h]]:
		// (not a time: "for nearly eight years in the nation's …")
		a = f.npLeft(s, h)
		if a < 0 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if !opensClause(s, a) {
		return 0, 0, false
	}
	return a, h + 1, true
}

// sharedSpan returns the speaker span of an earlier claim of the sentence
// whose speaker is tokens [ps, pe), for a claim that shares it ("The
// Office of the Prime Minister said … and repeated …"); 0, 0 when it has
// none of its own.
func (f *finder) sharedSpan(s *sentence, ps, pe int) (int, int) {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		if d := f.drafts[k]; d.srcS == ps && d.srcE == pe && d.spanE > 0 {
			return d.spanS, d.spanE
		}
	}
	return 0, 0
}

// attachPP moves a speaker that is the object of a preposition to the
// phrase the preposition attaches to ("James Pethokoukis of the American
// Enterprise Institute wrote", "Many in the crowd said", "Some delegates
// at the convention in Philadelphia said"); the span, ending at e, covers
// them all.
func (f *finder) attachPP(s *sentence, d *draft, e int) {
	for n := 0; n < 3; n++ {
		hs, he, found := f.ppHead(s, d.srcS)
		if !found {
			return
		}
		d.srcS, d.srcE = hs, he
		d.spanS, d.spanE = hs, e
	}
}

// relativeBefore says whether a relative pronoun ("who", "which", "that")
// opens a clause between the start of the clause holding token k and k.
func relativeBefore(s *sentence, k int) bool {
	for m := clauseStart(s, k); m < k; m++ {
		if (s.lower[m] == "who" || s.lower[m] == "which" || s.lower[m] == "that") && !s.quoted[m] && m > 0 && isNounTag(s.tags[m-1]) {
			return true
		}
	}
	return false
}
