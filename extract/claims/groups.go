package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// groupSpeakers makes actors of the speakers (and accusation or support
// targets) the article describes but does not name, so that their claims
// have a speaker: groups of people
// ("Relatives", "local officials", "Witnesses", "according to hospital
// officials") and bodies named only by what they are ("the city
// council", "the state prosecutor's office"). Claims whose speaker words
// are the same description share one actor. The new actors follow acts
// in the resolver, with ids after theirs, and are returned.
func (f *finder) groupSpeakers() []record.Actor {
	base := len(f.res.acts)
	// the caller's slice is never written: the first new actor copies it
	f.res.acts = slices.Clip(f.res.acts)
	byKey := map[string]int{} // lower-case name → index in f.res.acts
	next := len(f.res.acts) + 1
	for i := range f.drafts {
		d := &f.drafts[i]
		s := &f.sents[d.sent]
		if d.speaker < 0 && d.srcS >= 0 {
			if ai := f.describedActor(s, d.srcS, d.srcE, d.sent, byKey, &next); ai >= 0 {
				d.speaker = ai
			} else if i > 0 {
				d.speaker = f.inherited(s, d, &f.drafts[i-1])
			}
		}
		if d.target < 0 && d.tgtS >= 0 {
			// "accused some residents of …": the target is described too
			if ai := f.describedActor(s, d.tgtS, d.tgtE, d.sent, byKey, &next); ai >= 0 && ai != d.speaker {
				d.target = ai
			}
		}
	}
	if len(f.res.acts) == base {
		return nil
	}
	return append([]record.Actor(nil), f.res.acts[base:]...)
}

// inherited returns the speaker of claim p, the one before d, when d's
// speaker refers back to a body this pass made for p: "the state
// prosecutor's office said … the office said …", "… It did not say".
func (f *finder) inherited(s *sentence, d, p *draft) int {
	if p.speaker < 0 || p.sent < d.sent-1 || nestedIn(d, p) {
		return -1
	}
	ac := f.res.acts[p.speaker]
	if ac.Kind != "organization" && ac.Kind != "state" {
		return -1
	}
	switch {
	case d.srcE-d.srcS == 1 && s.lower[d.srcS] == "it":
		return p.speaker
	case d.srcE-d.srcS == 2 && s.lower[d.srcS] == "the":
		words := strings.Fields(strings.ToLower(ac.Name))
		if len(words) > 0 && words[len(words)-1] == s.lower[d.srcS+1] {
			return p.speaker
		}
	}
	return -1
}

// describedActor returns the actor that tokens [a, b) of s describe
// (describedSpeaker), making it on first sight and adding the words as a
// mention; -1 when they describe no group or body.
func (f *finder) describedActor(s *sentence, a, b, sent int, byKey map[string]int, next *int) int {
	a, b, kind := describedSpeaker(s, a, b)
	if kind == "" {
		return -1
	}
	st, en := s.toks[a].Start, s.toks[b-1].End
	name := f.doc.Slice(st, en)
	key := strings.ToLower(name)
	ai, ok := byKey[key]
	if b-a == 1 && kind == "group" && a > 0 && s.lower[a-1] == "the" {
		// "two U.S. officials said … The officials said": a bare head
		// after "the" is the group last described with it (not a generic
		// "accused officials of …")
		best, bestAt := -1, -1
		for k, i := range byKey {
			ms := f.res.acts[i].Mentions
			if f.res.acts[i].Kind != "group" || len(ms) == 0 || !(k == key || strings.HasSuffix(k, " "+key)) {
				continue
			}
			if at := ms[len(ms)-1].Start; at < st && (at > bestAt || at == bestAt && i < best) {
				best, bestAt = i, at
			}
		}
		if best >= 0 {
			ai, ok = best, true
		}
	}
	if !ok {
		id := "a" + strconv.Itoa(*next)
		for f.res.hasID(id) {
			*next++
			id = "a" + strconv.Itoa(*next)
		}
		*next++
		ac := record.Actor{ID: id, Name: name, Kind: kind, Titles: []string{}, Aliases: []string{}}
		if code := countryIn(s, a, b); code != "" {
			// "Sudan's army-aligned government", "the Sudanese embassy":
			// the country's; a government is its state
			ac.Country = &code
			if stateHeads[s.lower[b-1]] && kind == "organization" {
				ac.Kind = "state"
			}
		}
		f.res.acts = append(f.res.acts, ac)
		ai = len(f.res.acts) - 1
		byKey[key] = ai
	}
	ac := &f.res.acts[ai]
	if n := len(ac.Mentions); n == 0 || ac.Mentions[n-1].Start != st {
		ac.Mentions = append(ac.Mentions, record.Span{Text: name, Start: st, End: en, Sentence: sent})
	}
	return ai
}

// describedSpeaker reads the speaker words [a, b) as a description of a
// group or a body: it returns the words that name it — without
// determiners, quantifiers, an owner ("the country's") or a place after
// it ("in Bannu") — and the actor kind, group or organization; kind ""
// when the words are no such description.
func describedSpeaker(s *sentence, a, b int) (int, int, string) {
	if b-a == 1 && s.tags[a] == "PRP" {
		return 0, 0, ""
	}
	if st, en, ok := titledBody(s, a, b); ok {
		return st, en, "organization"
	}
	// a share of a group speaks for the group: "Almost half of the
	// officials", "two of the witnesses"
	for k := a + 1; k < b-1 && k-a < 4; k++ {
		if s.lower[k] == "of" && (pollShares[s.lower[k-1]] || quantifiers[s.lower[k-1]] || s.tags[k-1] == "CD") {
			a = k + 1
			break
		}
	}
	// a place or body after the head: "Police officials in Bannu",
	// "Residents of Maca"
	for k := a + 1; k < b; k++ {
		if afterHead[s.lower[k]] {
			b = k
			break
		}
	}
	countryOwned := false
	// an owner: "the country's disaster management agency" is a
	// "disaster management agency"; but a bare head keeps the owner that
	// names it: "the state prosecutor's office" is a "prosecutor's office"
	for k := b - 1; k > a; k-- {
		if s.tags[k] == "POS" || s.lower[k] == "’s" || s.lower[k] == "'s" {
			if k-1 >= a && countryEnding(s, a, k) != "" {
				countryOwned = true
				// a country owns it and names it: "Sudan's army-aligned
				// government"
				break
			}
			a = k + 1
			if b-a == 1 && k-1 >= 0 && isNounTag(s.tags[k-1]) {
				a = k - 1
			}
			break
		}
	}
	if a >= b {
		return 0, 0, ""
	}
	// the name: the head and the modifiers right before it, up to four
	// words, stopping at determiners, quantifiers, numbers and anything
	// else ("Mon 11:48 Residents" is "Residents")
	st := b - 1
	for k := b - 2; k >= a && (b-k <= 4 || countryOwned); k-- {
		if s.quoted[k] || !modifierTags[s.tags[k]] || quantifiers[s.lower[k]] || strings.ContainsAny(s.lower[k], "0123456789") {
			break
		}
		st = k
	}
	a = st
	if s.quoted[b-1] || !isNounTag(s.tags[b-1]) {
		return 0, 0, ""
	}
	head := s.lower[b-1]
	switch {
	case collectiveHeads[head]:
		return a, b, "group"
	case bodyHeads[head] && b-a >= 2 && (!namedWithin(s, a, b) || countryOwned):
		// a bare "the agency" refers back to a named body; a described
		// one ("the city council") is a body of its own — unless a name
		// inside it ("the Yonhap news agency") makes it a named body the
		// actors stage missed
		return a, b, "organization"
	}
	return 0, 0, ""
}

// afterHead are the words that end a description's name: a place or body
// after it, an apposition or a relative clause.
var afterHead = set("in", "at", "from", "of", "for", "on", ",", "(", "who", "which")

// collectiveHeads are plural nouns for groups of people who speak
// together.
var collectiveHeads = set("relatives", "residents", "witnesses", "officials", "leaders",
	"traders", "governments", "activists", "analysts", "experts", "lawmakers", "legislators",
	"doctors", "nurses", "medics", "survivors", "families", "villagers", "farmers", "workers",
	"students", "parents", "protesters", "demonstrators", "organisers", "organizers", "rescuers",
	"volunteers", "neighbours", "neighbors", "elders", "authorities", "investigators",
	"prosecutors", "diplomats", "critics", "supporters", "aides", "advisers", "advisors",
	"campaigners", "groups", "agencies", "unions", "monitors", "researchers", "scientists",
	"economists", "teachers", "miners", "drivers", "passengers", "fishermen", "locals",
	"citizens", "voters", "opponents", "lawyers", "journalists", "clerics", "shopkeepers",
	"merchants", "vendors", "refugees", "settlers", "firefighters", "paramedics")

// Police, troops and fighters are not here: forces and armed groups are
// the actors stage's, with their state or name; a description of them that
// it did not resolve stays unnamed rather than become a group.

// bodyHeads are the heads of bodies a description can name ("the city
// council", "the state prosecutor's office").
var bodyHeads = set("council", "office", "secretariat", "agency", "ministry", "department",
	"commission", "authority", "committee", "court", "embassy", "union", "network", "board",
	"administration", "directorate", "service", "institute", "hospital", "company", "firm",
	"operator", "regulator", "government", "municipality", "prefecture", "governorate")

// modifierTags are the tags of words that can modify the head of a
// described speaker ("local", "rights", "Mexican", "departmental health").
var modifierTags = set("JJ", "NN", "NNS", "NNP", "NNPS", "VBN", "POS")

// quantifiers open a description without being part of its name ("some
// residents", "many witnesses").
var quantifiers = set("some", "many", "several", "most", "all", "both", "few", "other",
	"others", "two", "three", "dozens", "hundreds", "numerous", "various", "certain")

// namedWithin says whether tokens [a, b) hold a proper name, a word
// tagged as one that does not merely open the sentence.
func namedWithin(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if (s.tags[k] == "NNP" || s.tags[k] == "NNPS") && k > 0 {
			return true
		}
	}
	return false
}

// titledHeads are the capitalized heads of a body named for its place or
// remit ("the City of Ekurhuleni", "the Ministry of Mines").
var titledHeads = set("city", "municipality", "county", "town", "province", "state", "government",
	"ministry", "department", "office", "council", "commission", "authority", "district", "region")

// titledBody returns the name in [a, b) of a body written as a capitalized
// head, "of" and a proper name ("The City of Ekurhuleni said"), without
// its article.
func titledBody(s *sentence, a, b int) (int, int, bool) {
	st := a
	if s.tags[st] == "DT" {
		st++
	}
	if st+2 >= b || !titledHeads[s.lower[st]] || s.toks[st].Text == s.lower[st] || s.lower[st+1] != "of" {
		return 0, 0, false
	}
	e := st + 2
	for e < b && (s.tags[e] == "NNP" || s.tags[e] == "NNPS") {
		e++
	}
	if e == st+2 || e < b && !afterHead[s.lower[e]] {
		return 0, 0, false
	}
	return st, e, true
}
