package claims

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// mention is one actor mention, in code points.
type mention struct {
	start, end int
	actor      int
}

// resolver names the actors that speakers and targets refer to.
type resolver struct {
	doc      *nlp.Doc
	acts     []record.Actor
	mentions []mention // sorted by start
	names    map[string]int
	titles   [][]string        // lower-case title words of each actor
	tails    []map[string]bool // the last words of each actor's name and aliases, lower-case
	// heads of the descriptions the article gives each actor in an
	// apposition ("the Sudan Doctors Network, an independent medical
	// group" → group), by actor index
	described []map[string]bool
	// where each actor spoke: the code points of its cues so far, by
	// actor index
	spoke map[int][]int
}

func newResolver(doc *nlp.Doc, _ []ner.Entity, acts []record.Actor) *resolver {
	r := &resolver{doc: doc, acts: acts, names: map[string]int{}, spoke: map[int][]int{}}
	r.titles = make([][]string, len(acts))
	r.tails = make([]map[string]bool, len(acts))
	for i, a := range acts {
		r.tails[i] = map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if f := strings.Fields(strings.ToLower(n)); len(f) > 0 {
				r.tails[i][f[len(f)-1]] = true
			}
		}
		for _, m := range a.Mentions {
			r.mentions = append(r.mentions, mention{m.Start, m.End, i})
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := strings.ToLower(n)
			if _, dup := r.names[k]; !dup {
				r.names[k] = i
			}
		}
		for _, t := range a.Titles {
			r.titles[i] = append(r.titles[i], strings.Fields(strings.ToLower(t))...)
		}
	}
	sort.Slice(r.mentions, func(i, j int) bool { return r.mentions[i].start < r.mentions[j].start })
	r.learnDescriptions()
	return r
}

// learnDescriptions reads the appositions that describe an actor: a
// mention followed by ", a/an/the … HEAD," ("the Sudan Doctors Network,
// an independent medical group, said") or preceded by "The … HEAD, "
// ("The bus company, Transportes Occidente Unido, said"). The head noun
// lets a later "the group" or "the company" find that actor.
func (r *resolver) learnDescriptions() {
	if len(r.mentions) == 0 {
		return
	}
	r.described = make([]map[string]bool, len(r.acts))
	mi := 0
	for _, sn := range r.doc.Sentences {
		toks := sn.Tokens
		for k := 0; k < len(toks); k++ {
			for mi < len(r.mentions) && r.mentions[mi].end <= toks[k].Start {
				mi++
			}
			if mi >= len(r.mentions) {
				return
			}
			m := r.mentions[mi]
			if toks[k].Start != m.start {
				continue
			}
			e := k
			for e < len(toks) && toks[e].End <= m.end {
				e++
			}
			// after: "X, a … group,"; not the end of a phrase that opens
			// the sentence ("In a letter to the Security Council, | the
			// foreign ministers said")
			if e+1 < len(toks) && toks[e].Text == "," && !inOpeningPhrase(toks, k) {
				if h := descriptionHead(toks[e+1:], true); h != "" {
					r.describe(m.actor, h)
				}
			}
			// before: "The … company, X,"
			if k >= 2 && toks[k-1].Text == "," {
				st := k - 2
				for st > 0 && toks[st-1].Text != "," && k-st < 8 {
					st--
				}
				if h := descriptionHead(toks[st:k-1], false); h != "" && st == 0 {
					r.describe(m.actor, h)
				}
			}
			k = max(k, e-1)
		}
	}
}

func (r *resolver) describe(actor int, head string) {
	if r.described[actor] == nil {
		r.described[actor] = map[string]bool{}
	}
	r.described[actor][head] = true
}

// inOpeningPhrase says whether token k lies in a prepositional phrase
// that opens the sentence, before its first comma.
func inOpeningPhrase(toks []nlp.Token, k int) bool {
	if !openingPreps[strings.ToLower(toks[0].Text)] {
		return false
	}
	for m := 1; m < k; m++ {
		if toks[m].Text == "," {
			return false
		}
	}
	return true
}

// descriptionHead returns the head noun of a description that opens
// toks with a determiner ("an independent medical group, …", "the
// country's grid operator"): the last word before a comma, a preposition
// or a relative pronoun, in lower case; "" when toks hold no such phrase.
// With open, the phrase may run to the end of toks only if it ends there.
func descriptionHead(toks []nlp.Token, open bool) string {
	if len(toks) == 0 {
		return ""
	}
	switch strings.ToLower(toks[0].Text) {
	case "a", "an", "the", "its", "their":
	default:
		return ""
	}
	head := ""
	for i := 1; i < len(toks) && i < 9; i++ {
		w := strings.ToLower(toks[i].Text)
		switch w {
		case ",", ".", ";", "of", "in", "for", "based", "that", "which", "who", "with", "at", "from", "and", "(", ")":
			return head
		}
		if !isWordLower(toks[i].Text) {
			if w == "’s" || w == "'s" {
				head = ""
				continue
			}
			continue // a name inside the description ("a Red Cross spokeswoman")
		}
		head = w
	}
	if open {
		return ""
	}
	return head
}

// isWordLower says whether a token is a word in lower case.
func isWordLower(t string) bool {
	for _, c := range t {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return t != ""
}

// speaker returns the actor named by tokens [a, b) of s, the speaker of a
// cue at code point cue, or -1.
func (r *resolver) speaker(s *sentence, a, b, cue int) int {
	if len(r.acts) == 0 {
		return -1
	}
	st, en := s.toks[a].Start, s.toks[b-1].End
	if b-a == 1 {
		if k, ok := pronounKind[s.lower[a]]; ok {
			return r.pronoun(k, st)
		}
		if k, ok := possessiveKind[s.lower[a]]; ok {
			// the owner of a nominal cue ("his criticism of")
			return r.pronoun(k, st)
		}
	}
	for k := a + 1; k < b-1; k++ {
		if (s.tags[k] == "WP" || s.tags[k] == "WDT") && !s.quoted[k] && s.lower[k-1] != "," {
			// a relative clause on the speaker names someone else: "Traders
			// who met Bugti said …" are the traders
			b, en = k, s.toks[k-1].End
			break
		}
	}
	if h := speakerHead(s, a, b); followerNouns[s.lower[h]] || followerNouns[s.lower[a]] && a+1 < b && s.lower[a+1] == "of" {
		// "Bugti supporters say", "critics of the plan": people who
		// follow or oppose an actor are not that actor
		return -1
	}
	if i := r.governmentOf(s, a, b); i >= 0 {
		return i
	}
	if i := r.sentBodyOf(s, a, b); i >= 0 {
		return i
	}
	last, lastEnd := -1, -1
	for _, m := range r.mentions {
		if m.start >= en {
			break
		}
		if m.end <= st {
			continue
		}
		if last < 0 && ownedBodyAt(s, a, b, m.end) {
			// "North Korea's mission to the United Nations": the
			// owner's body, not where it is sent
			return m.actor
		}
		if last >= 0 && placedAt(s, a, b, lastEnd) {
			break
		}
		if m.end == en {
			return m.actor
		}
		last, lastEnd = m.actor, m.end
	}
	if last >= 0 && placedAt(s, a, b, lastEnd) {
		// "the Russian embassy in Warsaw": the body, not where it is
		return last
	}
	if i, ok := r.names[strings.ToLower(r.doc.Slice(st, en))]; ok {
		return i
	}
	if i := r.description(s, a, b, st); i >= 0 {
		return i
	}
	if b-a <= 2 && last < 0 {
		// a capital for its government: "an accusation Abidjan rejected"
		if code := capitalOf(r.doc.Slice(st, en)); code != "" {
			if i := r.recent(st, func(ac record.Actor) bool { return ac.Kind == "state" && ac.Country != nil && *ac.Country == code }); i >= 0 {
				return i
			}
		}
	}
	if s.tags[b-1] == "NNP" || s.tags[b-1] == "NNPS" {
		// a short name the actors stage missed here: match a name's last word
		w := s.lower[b-1]
		for i, ac := range r.acts {
			f := strings.Fields(strings.ToLower(ac.Name))
			if len(f) > 1 && f[len(f)-1] == w {
				return i
			}
		}
	}
	return last
}

// placedAt says whether the mention that ends at code point end, inside
// the speaker phrase [a, b) of s, is followed by "in", "at" or "near" and
// more words: "the Russian embassy | in Warsaw".
func placedAt(s *sentence, a, b, end int) bool {
	k := endingAt(s, a, b, end)
	if k < 0 || k+2 >= b {
		return false
	}
	w := s.lower[k+1]
	return w == "in" || w == "at" || w == "near"
}

// endingAt returns the token of [a, b) that ends at code point end, or -1.
func endingAt(s *sentence, a, b, end int) int {
	for k := a; k < b; k++ {
		if s.toks[k].End == end {
			return k
		}
	}
	return -1
}

// sentBodyOf returns the state whose body abroad the phrase [a, b)
// names, "North Korea's mission to the United Nations", when the article
// has that state as an actor; or -1.
func (r *resolver) sentBodyOf(s *sentence, a, b int) int {
	for k := a + 1; k+2 < b && k-a <= 3; k++ {
		if s.lower[k] != "'s" && s.lower[k] != "’s" {
			continue
		}
		if !ownedBodyAt(s, a, b, s.toks[k-1].End) {
			return -1
		}
		if code := countryEnding(s, a, k); code != "" {
			return r.recent(s.toks[a].Start, func(ac record.Actor) bool { return ac.Kind == "state" && ac.Country != nil && *ac.Country == code })
		}
		return -1
	}
	return -1
}

// ownedBodyAt says whether the mention that ends at code point end,
// inside the speaker phrase [a, b) of s, owns a body that is sent or
// placed somewhere named after it: "North Korea's mission | to the
// United Nations", "Russia's embassy | in Warsaw".
func ownedBodyAt(s *sentence, a, b, end int) bool {
	k := endingAt(s, a, b, end)
	if k < 0 || k+3 >= b || s.lower[k+1] != "'s" && s.lower[k+1] != "’s" {
		return false
	}
	for h := k + 2; h+1 < b && h-k <= 4; h++ {
		if sentBodies[s.lower[h]] {
			w := s.lower[h+1]
			return w == "to" || w == "in" || w == "at" || w == "near"
		}
	}
	return false
}

// sentBodies are bodies a state or an organisation keeps abroad.
var sentBodies = set("mission", "embassy", "delegation", "consulate", "envoy", "ambassador", "representative", "office")

// recent returns the actor, among those ok accepts, mentioned last before
// code point at; failing that, the first one mentioned after it.
func (r *resolver) recent(at int, ok func(record.Actor) bool) int {
	return r.recentIndex(at, func(i int) bool { return ok(r.acts[i]) })
}

// recentIndex is recent with a test on the actor's index.
func (r *resolver) recentIndex(at int, ok func(int) bool) int {
	best, bestEnd := -1, -1
	for _, m := range r.mentions {
		if m.end > at {
			break
		}
		if m.end >= bestEnd && ok(m.actor) {
			best, bestEnd = m.actor, m.end
		}
	}
	if best >= 0 {
		return best
	}
	for _, m := range r.mentions {
		if m.start >= at && ok(m.actor) {
			return m.actor
		}
	}
	return -1
}

// pronoun resolves "he", "she", "it" and "they" to the latest compatible
// actor before code point at.
func (r *resolver) pronoun(kind string, at int) int {
	switch kind {
	case "person":
		return r.recentBefore(at, func(a record.Actor) bool { return a.Kind == "person" })
	case "thing":
		return r.recentBefore(at, func(a record.Actor) bool { return a.Kind != "person" && a.Kind != "group" })
	case "group":
		return r.recentBefore(at, func(a record.Actor) bool {
			return a.Kind == "armed_group" || a.Kind == "organization" || a.Kind == "group" || a.Kind == "security_force" || a.Kind == "state"
		})
	}
	return -1
}

// recentBefore is recent without the look ahead: a pronoun points back.
func (r *resolver) recentBefore(at int, ok func(record.Actor) bool) int {
	best, bestEnd := -1, -1
	for _, m := range r.mentions {
		if m.end > at {
			break
		}
		if m.end >= bestEnd && ok(r.acts[m.actor]) {
			best, bestEnd = m.actor, m.end
		}
	}
	return best
}

// description resolves a common-noun speaker ("the minister", "the
// province's chief minister", "the military", "the group") to the actor
// whose titles, name or kind fit its head noun.
func (r *resolver) description(s *sentence, a, b, at int) int {
	head := s.lower[b-1]
	if mouthpieces[head] || partHeads[head] {
		// "his spokesman", "the minister's office": one who speaks for
		// the possessor; so does a part of it ("the company's threat
		// intelligence team")
		if p := r.possessor(s, a, b-1, at); p >= 0 {
			if partHeads[head] {
				return p
			}
			return r.mouthpiece(p, head, at)
		}
	}
	if stateHeads[head] {
		// "Myanmar's military government", "the Sudanese government":
		// that country's state, or none the article names; never another
		// country's, nor a body whose name ends in "Government"
		stated := false
		for k := a; k < b-1; k++ {
			if r.stateOf(s.toks[k].Text) >= 0 {
				stated = true
			}
		}
		if code := countryIn(s, a, b-1); code != "" && !stated {
			return r.recent(at, func(ac record.Actor) bool { return ac.Kind == "state" && ac.Country != nil && *ac.Country == code })
		}
	}
	if indefinites[s.lower[a]] {
		// "a spokesman for the group": the body it speaks for
		for k := a + 2; k+1 < b; k++ {
			if (s.lower[k] == "for" || s.lower[k] == "of") && mouthpieces[s.lower[k-1]] {
				return r.speaker(s, k+1, b, at)
			}
		}
	}
	if indefinites[s.lower[a]] && !(a > 0 && s.lower[a-1] == "," && b < len(s.toks) && s.lower[b] == ",") {
		// "a local aid group", "an official": someone new, not an actor
		// named before with that head (an apposition describes the name
		// before it: "the Doctors Network, an independent medical
		// group, which said"). A name set off after it is who it is ("An
		// army spokesman, Brig. Gen. Osman Hamid, said"), and a force's
		// modifier tells whose ("a military spokesman", "a police
		// official").
		if b+1 < len(s.toks) && s.lower[b] == "," {
			lim := s.toks[min(b+6, len(s.toks)-1)].End
			for _, m := range r.mentions {
				if m.start >= lim {
					break
				}
				if m.start >= s.toks[b].End && r.acts[m.actor].Kind == "person" && closedByComma(s, m.end) {
					return m.actor
				}
			}
		}
		for k := a + 1; k < b-1; k++ {
			if w := s.lower[k]; securityHeads[w] && !mouthpieces[w] && w != "officials" {
				// (the police are not the army: "a police official" needs
				// a force named police)
				return r.recentIndex(at, func(i int) bool {
					return r.acts[i].Kind == "security_force" && (w != "police") == !r.tails[i]["police"]
				})
			}
		}
		return -1
	}
	words := map[string]bool{}
	for k := a; k < b; k++ {
		words[s.lower[k]] = true
	}
	// titles: every word of some title the phrase uses, the head among them
	best, bestScore := -1, 0
	for i := range r.acts {
		t := r.titles[i]
		if len(t) == 0 {
			continue
		}
		score := 0
		hasHead := false
		for _, w := range t {
			if words[w] {
				score++
			}
			if w == head {
				hasHead = true
			}
		}
		if contrasted(words, t) {
			// "the main opposition candidate" is not the ruling party's
			// candidate, nor "the deputy minister" the minister
			continue
		}
		if hasHead && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		// among actors with an equally good title, the latest before the cue
		if j := r.recent(at, func(ac record.Actor) bool {
			return r.titleScore(ac, words, head) == bestScore
		}); j >= 0 {
			return j
		}
		return best
	}
	// an actor the article described with this head ("the Sudan Doctors
	// Network, an independent medical group" … "the group said")
	if r.described != nil {
		// (an armed group named since is "the group" as much: "…, the
		// Doctors Network, a medical group, said … the RSF committed
		// genocide, a finding the group rejects")
		armed := armedHeads[head]
		if j := r.recentIndex(at, func(i int) bool { return r.described[i][head] || armed && r.acts[i].Kind == "armed_group" }); j >= 0 {
			return j
		}
	}
	// names and aliases ending in the head ("the military" → "Pakistan military")
	// (a state's "army" is not the "Liberation Army")
	if j := r.recentIndex(at, func(i int) bool {
		ac := r.acts[i]
		return r.tails[i][head] && ac.Kind != "person" && !(ac.Kind == "armed_group" && securityHeads[head])
	}); j >= 0 {
		return j
	}
	if orgHeads[head] {
		// "the disaster agency" → the Disaster Management Centre, "the
		// health ministry" → the Ministry of Health: a body whose name
		// has every word that describes it
		// (the words right before the head: not an owner's, "the British
		// military's UKMTO agency")
		var mods []string
		for k := b - 2; k >= a && (s.tags[k] == "NN" || s.tags[k] == "JJ") && lowerAt(s, k); k-- {
			mods = append(mods, s.lower[k])
		}
		if len(mods) > 0 {
			if j := r.recent(at, func(ac record.Actor) bool {
				if ac.Kind != "organization" && ac.Kind != "security_force" {
					return false
				}
				words := strings.Fields(strings.ToLower(ac.Name))
				for _, m := range mods {
					if !slices.Contains(words, m) {
						return false
					}
				}
				return true
			}); j >= 0 {
				return j
			}
		}
	}
	switch {
	case (head == "company" || head == "firm") && b-a <= 2:
		// "the company": the latest organisation that is not a public
		// body, and among those first the latest that spoke ("Microsoft
		// said hackers linked to the GRU … The company said")
		company := func(i int) bool {
			if r.acts[i].Kind != "organization" {
				return false
			}
			for _, w := range strings.Fields(strings.ToLower(r.acts[i].Name)) {
				if publicBodyWords[w] {
					return false
				}
			}
			return true
		}
		best, bestAt := -1, -1
		for i, cs := range r.spoke {
			for _, c := range cs {
				if c <= at && (c > bestAt || c == bestAt && i < best) && company(i) {
					best, bestAt = i, c
				}
			}
		}
		if best >= 0 {
			return best
		}
		return r.recentIndex(at, company)
	case orgHeads[head] && (b-a <= 2 || head == "agency" || head == "institute"):
		// "the agency" after a national institute or agency was named,
		// "the commission" after "the Kenya National Commission on Human
		// Rights": a bare head names the latest body with it in its name
		if j := r.recent(at, func(ac record.Actor) bool {
			if ac.Kind != "organization" {
				return false
			}
			for _, w := range strings.Fields(strings.ToLower(ac.Name)) {
				if w == head || head == "agency" && w == "institute" || head == "institute" && w == "agency" {
					return true
				}
			}
			return false
		}); j >= 0 || head != "agency" {
			return j
		}
		// a body news calls "the agency", named before it: "the World
		// Health Organization", "the World Food Programme", "UNHCR"
		return r.recentBefore(at, func(ac record.Actor) bool {
			if ac.Kind != "organization" {
				return false
			}
			for _, w := range strings.Fields(strings.ToLower(ac.Name)) {
				if agencyWords[w] {
					return true
				}
			}
			return len(ac.Name) >= 4 && strings.HasPrefix(ac.Name, "UN") && strings.ToUpper(ac.Name) == ac.Name
		})
	case securityHeads[head] && head != "officials" && !mouthpieces[head]:
		return r.recent(at, func(ac record.Actor) bool { return ac.Kind == "security_force" })
	case armedHeads[head]:
		return r.recent(at, func(ac record.Actor) bool { return ac.Kind == "armed_group" })
	case stateHeads[head]:
		for k := a; k < b-1; k++ {
			if i := r.stateOf(s.toks[k].Text); i >= 0 {
				return i // "Ukrainian authorities"
			}
			if localWords[s.lower[k]] {
				return -1 // "regional authorities" are not the state
			}
		}
		return r.recent(at, func(ac record.Actor) bool { return ac.Kind == "state" })
	}
	return -1
}

// countryIn returns the code of the first country named in tokens [a, b)
// of s, by a name of up to three words ("Burkina Faso", "Sudan") or a
// national adjective ("Sudanese"), or "".
func countryIn(s *sentence, a, b int) string {
	for k := a; k < b; k++ {
		if code := countryEnding(s, a, k+1); code != "" {
			return code
		}
	}
	return ""
}

// countryEnding returns the code of a country whose name of up to three
// capitalised words ends at token e of s, starting at or after token a;
// or "".
func countryEnding(s *sentence, a, e int) string {
	for l := min(3, e-a); l >= 1; l-- {
		st := e - l
		if !startsUpper(s.toks[st].Text) {
			continue
		}
		if l == 1 {
			if code := countryWord(s.toks[st].Text); code != "" {
				return code
			}
			continue
		}
		parts := make([]string, 0, l)
		for k := st; k < e; k++ {
			parts = append(parts, s.toks[k].Text)
		}
		if c, ok := gazetteer.CountryByName(strings.Join(parts, " ")); ok {
			return c.Code
		}
	}
	return ""
}

// capitalOf returns the code of the country whose capital is named w
// ("Abidjan" → "CI"), or "".
func capitalOf(w string) string {
	capitalsOnce.Do(func() {
		capitals = map[string]string{}
		for _, c := range gazetteer.Countries() {
			if c.Capital != "" {
				capitals[c.Capital] = c.Code
			}
		}
		// seats of government that are not the capital in law
		for city, code := range map[string]string{"Abidjan": "CI", "Dar es Salaam": "TZ", "La Paz": "BO", "Pretoria": "ZA", "Putrajaya": "MY", "The Hague": "NL"} {
			capitals[city] = code
		}
	})
	return capitals[w]
}

var (
	capitalsOnce sync.Once
	capitals     map[string]string
)

// countryWord returns the country code of a capitalised country name or
// national adjective ("Sudan", "Sudanese"), or "".
func countryWord(w string) string {
	if !startsUpper(w) || len(w) < 3 {
		return ""
	}
	if c, ok := gazetteer.CountryByName(w); ok {
		return c.Code
	}
	if code, ok := gazetteer.Demonym(w); ok {
		return code
	}
	return ""
}

// closedByComma says whether a comma follows the token of s that ends at
// code point end: a name set off as an apposition.
func closedByComma(s *sentence, end int) bool {
	for k, t := range s.toks {
		if t.End == end {
			return k+1 < len(s.toks) && s.lower[k+1] == ","
		}
	}
	return false
}

// governmentOf returns the actor that a government named in tokens [a, b)
// belongs to, by the country or group named before its head, ahead of
// any actor that goes by the head alone: "Afghanistan's Taliban
// government", "the Taliban administration". It returns -1 for other
// phrases.
func (r *resolver) governmentOf(s *sentence, a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if s.lower[k] == "of" && stateHeads[s.lower[k-1]] && s.lower[k-1] != "state" && s.lower[k-1] != "country" && s.lower[k-1] != "nation" {
			// "the military government of Captain Ibrahim Traore", "the
			// administration of President X": the state a name after "of"
			// stands for, or the only state the article names
			for m := k + 1; m < b; m++ {
				if i := r.stateOf(s.toks[m].Text); i >= 0 {
					return i
				}
			}
			// (the one state the article names, if only one: a leader's
			// government is hardly another country's)
			only := -1
			for i, ac := range r.acts {
				if ac.Kind == "state" {
					if only >= 0 {
						return -1
					}
					only = i
				}
			}
			return only
		}
	}
	if b-a < 2 || !stateHeads[s.lower[b-1]] {
		return -1
	}
	for k := a; k < b-1; k++ {
		if i := r.stateOf(s.toks[k].Text); i >= 0 {
			return i
		}
	}
	for _, m := range r.mentions {
		if m.start >= s.toks[b-1].Start {
			break
		}
		if m.start >= s.toks[a].Start && r.acts[m.actor].Kind != "person" {
			return m.actor
		}
	}
	return -1
}

// possessor returns the actor that owns the phrase ending before token
// e: a possessive pronoun at a ("his", "its") or a name or description
// before "'s" ("the Secretary-General's", "Pakistan's"), or -1.
func (r *resolver) possessor(s *sentence, a, e, at int) int {
	if e-a >= 1 {
		switch s.lower[a] {
		case "his", "her":
			return r.pronoun("person", at)
		case "its", "their":
			return r.pronoun("group", at)
		}
	}
	for k := a + 1; k < e; k++ {
		if s.lower[k] == "'s" || s.lower[k] == "’s" {
			st := a
			if s.lower[st] == "the" && k > st+1 {
				st++
			}
			if i := r.speaker(s, st, k, at); i >= 0 {
				return i
			}
			// "the Israeli prime minister's office": an owner the
			// article does not name speaks for its country
			if code := countryIn(s, st, k); code != "" {
				return r.recent(at, func(ac record.Actor) bool { return ac.Kind == "state" && ac.Country != nil && *ac.Country == code })
			}
			return -1
		}
	}
	return -1
}

// mouthpiece returns who speaks when the spokesman or office (head) of
// actor p does: a person the article titled so and tied to p, or p
// itself.
func (r *resolver) mouthpiece(p int, head string, at int) int {
	name := r.acts[p].Name
	if j := r.recentIndex(at, func(i int) bool {
		ac := r.acts[i]
		return i != p && ac.Kind == "person" && ac.Affiliation != nil && *ac.Affiliation == name && slices.Contains(r.titles[i], head)
	}); j >= 0 {
		return j
	}
	return p
}

// contrastWords set a role apart from the bare title: an opposition
// candidate, a deputy minister, a vice president.
var contrastWords = set("opposition", "deputy", "vice", "assistant", "rival")

// contrasted says whether the description's words hold a word of
// contrast that the title words t lack.
func contrasted(words map[string]bool, t []string) bool {
	for w := range contrastWords {
		if words[w] && !slices.Contains(t, w) {
			return true
		}
	}
	return false
}

func (r *resolver) titleScore(ac record.Actor, words map[string]bool, head string) int {
	var all []string
	for _, t := range ac.Titles {
		all = append(all, strings.Fields(strings.ToLower(t))...)
	}
	if contrasted(words, all) {
		return -1
	}
	score, hasHead := 0, false
	for _, t := range ac.Titles {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if words[w] {
				score++
			}
			if w == head {
				hasHead = true
			}
		}
	}
	if !hasHead {
		return -1
	}
	return score
}

// target returns the actor named by tokens [a, b): the first actor
// mention inside them, or a state named by its adjective ("Indian"); a
// pronoun is the latest fitting actor other than the claim's speaker.
func (r *resolver) target(s *sentence, a, b, speaker int) int {
	if len(r.acts) == 0 {
		return -1
	}
	st, en := s.toks[a].Start, s.toks[b-1].End
	if b-a == 1 {
		// "blamed the RSF, accusing them of shelling civilians": the
		// latest fitting actor other than the speaker ("Chaudhry accused
		// him" is not Chaudhry)
		kind := ""
		switch s.lower[a] {
		case "them":
			kind = "group"
		case "him", "her":
			kind = "person"
		}
		if kind != "" {
			return r.recentBefore(st, func(ac record.Actor) bool {
				return (kind == "person") == (ac.Kind == "person") && (speaker < 0 || ac.ID != r.acts[speaker].ID)
			})
		}
	}
	for _, m := range r.mentions {
		if m.start >= en {
			break
		}
		if m.end > st {
			return m.actor
		}
	}
	if i, ok := r.names[strings.ToLower(r.doc.Slice(st, en))]; ok {
		return i
	}
	for k := a; k < b; k++ {
		if i := r.stateOf(s.toks[k].Text); i >= 0 {
			return i
		}
	}
	return -1
}

// sponsor finds a state blamed through a compound adjective in tokens
// [a, b) ("Indian-sponsored militants").
func (r *resolver) sponsor(s *sentence, a, b int) int {
	for k := a; k < b; k++ {
		w := s.lower[k]
		for _, suf := range sponsorSuffixes {
			if strings.HasSuffix(w, suf) {
				if i := r.stateOf(w[:len(w)-len(suf)]); i >= 0 {
					return i
				}
			}
		}
	}
	return -1
}

// stateOf returns the state actor a nationality adjective or name refers
// to ("Indian" → India, "Pakistani" → Pakistan), or -1.
func (r *resolver) stateOf(word string) int {
	w := strings.ToLower(word)
	if len(w) < 4 {
		return -1
	}
	for i, ac := range r.acts {
		if ac.Kind != "state" {
			continue
		}
		for _, n := range append([]string{ac.Name}, ac.Aliases...) {
			n = strings.ToLower(n)
			if n == w {
				return i
			}
			stem := n
			if strings.ContainsAny(n[len(n)-1:], "aeiouy") {
				stem = n[:len(n)-1]
			}
			if len(stem) >= 4 && strings.HasPrefix(w, stem) && len(w)-len(n) <= 3 && !strings.Contains(n, " ") {
				return i
			}
		}
	}
	return -1
}

// namesSpeaker says whether tokens [a, b) of s name an actor who can
// speak: a mention or a name of a person, organisation, group, force or
// state.
func (r *resolver) namesSpeaker(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tags[k] != "NNP" && s.tags[k] != "NNPS" {
			return false
		}
	}
	return r.speaker(s, a, b, s.toks[a].Start) >= 0
}

// hasID says whether an actor has the id.
func (r *resolver) hasID(id string) bool {
	for _, a := range r.acts {
		if a.ID == id {
			return true
		}
	}
	return false
}
