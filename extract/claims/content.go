package claims

import (
	"slices"
	"strings"
	"unicode"
)

// Contents: where what was said starts after its cue and where it ends —
// addressees, adverbials and asides before it, and the writer's own
// clauses, asides and participles after it.

// relativeContentEnd ends the content of a cue inside a relative clause
// before the main clause's verb: "those who said they were afraid |
// stayed home". A finite verb right after a word of the content's own
// clause, once that clause has its verb, starts the main clause.
func relativeContentEnd(s *sentence, a, e int, verb bool) int {
	for m := a; m < e; m++ {
		if s.quoted[m] {
			return e
		}
		w := s.lower[m]
		if _, cue := cueVerbs[w]; cue && !(verb && m > a && (s.tags[m-1] == "NN" || s.tags[m-1] == "NNS") && finite(s.tags[m])) || w == "that" || w == "who" || w == "which" || w == "and" || w == "or" || w == "but" || w == "if" || w == "because" || w == "when" || w == "as" {
			// a clause of its own begins: "who said he believes the
			// government is …"
			verb = false
			continue
		}
		if m == a {
			if finite(s.tags[m]) || s.tags[m] == "MD" {
				verb = true
			}
			continue
		}
		if finite(s.tags[m]) || s.tags[m] == "MD" || s.tags[m] == "VBN" && verb && s.tags[m-1] == "JJ" {
			// (the tagger reads some past tenses there as participles:
			// "afraid stayed/VBN")
			if p := s.tags[m-1]; verb && (p == "JJ" || p == "NN" || p == "NNS" || p == "VB" && m >= 2 && (s.lower[m-2] == "to" || s.tags[m-2] == "MD")) && !verbAdverbs[s.lower[m-1]] {
				// (also after an infinitive: "calling on him to resign
				// drew …")
				return m
			}
			verb = true
		}
	}
	return e
}

// contentStart returns the first content token after the cue: past
// "that", an addressee ("told reporters"), a colon or a short adverbial
// ("said in a statement that").
func (f *finder) contentStart(s *sentence, k int, v verb) int {
	n := len(s.toks)
	if v.class == classTell && k < n && startsNP(s, k) && s.tags[k] != "DT" || v.class == classTell && k < n && s.tags[k] == "DT" {
		// the addressee is not what was said ("told reporters that …"),
		// except as the subject of a request ("urged voters to turn out")
		e := f.npRight(s, k)
		if e > k && e+1 < n && (s.lower[e] == "and" || s.lower[e] == "or") && !s.quoted[e] {
			// addressees joined: "urged node operators and exchanges to
			// block …"
			if e2 := f.npRight(s, e+1); e2 > e+1 {
				e = e2
			}
		}
		if e > k && !(e+1 < n && s.lower[e] == "to" && (s.tags[e+1] == "VB" || e+2 < n && isOpenQuote(s.toks[e+1].Text) && s.tags[e+2] == "VB") && requestVerbs[v.lemma]) && !(e < n && !s.quoted[e] && (finite(s.tags[e]) || s.tags[e] == "MD") && v.lemma != "tell") &&
			!(v.lemma != "tell" && (e >= n || closesObject[s.lower[e]]) && !personNoun(s.lower[e-1], s.tags[e-1]) && s.tags[e-1] != "NNP" && s.tags[e-1] != "PRP") {
			// (a thing with nothing after it is what was urged, not who:
			// "urged restraint | and warned …")
			// (a phrase followed by its own verb is the subject of what
			// was said: "warned the move could make matters worse")
			k = e
		}
	}
	if v.lemma == "ask" && k+1 < n && k > 0 && (s.lower[k] == "about" || s.lower[k] == "for") && !s.quoted[k] && !s.quoted[k-1] && (objectPronouns[s.lower[k-1]] || s.tags[k-1] == "NNP" || isNounTag(s.tags[k-1])) && startsNP(s, k+1) {
		// what was asked after whom: "asked Clinton about | her email
		// scandal", "asked the court | for quick action"
		if s.lower[k] == "for" {
			return k
		}
		return k + 1
	}
	if k < n && (s.lower[k] == "—" || s.lower[k] == "--") && !s.quoted[k] {
		// "said — without giving details — that …": an aside before what
		// was said
		for m := k + 2; m < n && m-k <= 12; m++ {
			if s.quoted[m] || s.lower[m] == "." {
				break
			}
			if s.lower[m] == "—" || s.lower[m] == "--" {
				if m+1 < n && (s.lower[m+1] == "that" || isOpenQuote(s.toks[m+1].Text)) {
					k = m + 1
				}
				break
			}
		}
	}
	// a time before an infinitive: "promised Monday | to begin …",
	// "sought on Wednesday | to ease …"
	for m := k + 1; m+1 < n && m-k <= 4 && !s.quoted[m]; m++ {
		if s.lower[m] == "to" && s.tags[m+1] == "VB" {
			if timePhrase(s, k, m) && hasTimeWord(s, k, m) {
				return m
			}
			break
		}
	}
	if k+1 < n && s.lower[k] == "that" && !s.quoted[k] {
		// a phrase fronted inside the that-clause belongs to it: "that,
		// even if …, a recount could not be done", "that in the current
		// climate, “I think …”"
		if s.lower[k+1] == "," {
			// (also a demonstrative, which contentEnd ends at the comma:
			// "rejected that, too")
			return k
		}
		for m := k + 1; m < n && m-k <= 12; m++ {
			if s.quoted[m] {
				if m-1 > k+1 && s.lower[m-1] == "," {
					return k
				}
				break
			}
			if s.lower[m] == "." || finite(s.tags[m]) || s.tags[m] == "MD" {
				break
			}
		}
	}
	// a time before a clause: "said on Friday | he met …", "told
	// reporters Thursday | he would …"
	if k < n && (timeOpeners[s.lower[k]] || isTimeWord(s.lower[k])) {
		for m := k + 1; m < n && m-k <= 4 && !s.quoted[m-1] && s.lower[m-1] != "that"; m++ {
			if !timePhrase(s, k, m) {
				break
			}
			if hasTimeWord(s, m-1, m) && f.newClause(s, m, n) {
				return m
			}
		}
	}
	if k+2 < n && (s.lower[k] == "in" || s.lower[k] == "at") && s.tags[k+1] == "NNP" && !s.quoted[k] {
		// a place before a clause: "told reporters in Vienna | he was
		// concerned"
		e := k + 1
		for e < n && (s.tags[e] == "NNP" || s.tags[e] == "NNPS") {
			e++
		}
		if f.newClause(s, e, n) {
			return e
		}
	}
	if e := max(mediumSent(s, k), mediumAdverbial(s, k)); e > k && e+1 < n && s.lower[e] == "that" && !s.quoted[e] {
		// the medium and how it went out: "said in a commentary carried
		// by state media | that …"
		return e + 1
	} else if e > k && f.newClause(s, e, n) {
		// with no "that": "said in a statement | the attackers fled"
		return e
	}
	// a short prepositional phrase or time before "that", ":" or a quote
	reach, pp := 9, k < n && (s.tags[k] == "IN" || s.tags[k] == "TO")
	if pp {
		// a prepositional phrase or an addressee may be long: "wrote in
		// a guest column in Saturday’s New York Times that …"
		reach = 14
	}
	for m := k; m < n && m-k < reach; m++ {
		if s.quoted[m] {
			if m > k && (s.lower[m-1] == "," || s.lower[m-1] == ":") {
				return m
			}
			break
		}
		w := s.lower[m]
		if w == "that" && m > k && v.lemma != "call" && v.lemma != "describe" && !(m+1 < n && (s.lower[m+1] == "." || s.lower[m+1] == "’s" || s.lower[m+1] == "'s")) &&
			!(s.tags[m-1] == "RB" && m+1 < n && (s.tags[m+1] == "IN" || isPunct(s.lower[m+1]))) &&
			!(v.class != classTell && !pp && !objectPronouns[s.lower[k]] && !timePhrase(s, k, m) && !adverbialRun(s, k) && s.lower[m-1] != "," && !personNoun(s.lower[m-1], s.tags[m-1]) &&
				!((v.lemma == "express" || v.lemma == "voice") && feelingNouns[s.lower[m-1]])) {
			// (an object with its own clause is content whole: "proposed
			// a constitutional amendment that would impose term limits",
			// "rejected the notion that he was part of the establishment";
			// but not a time, an addressee or an aside set off by commas:
			// "said last week that …", "emailed reporters that …", "said,
			// without evidence, that …". A verb of naming has an object
			// and a name, not a clause: "called the idea that … a
			// ridiculous proposition")
			return m + 1
		}
		if w == ":" {
			return m + 1
		}
		if !(s.tags[m] == "IN" || s.tags[m] == "DT" || isNounTag(s.tags[m]) || s.tags[m] == "JJ" || s.tags[m] == "CD" || s.tags[m] == "PRP$" || s.tags[m] == "TO" || w == "," || pp && reducedRelative(s, m, n) ||
			(s.tags[m] == "RB" || s.tags[m] == "RBR") && !negations[w] ||
			s.tags[m] == "POS" && pp || objectPronouns[w] && (m == k && m+1 < n && s.lower[m+1] == "that" && v.class != classAct || m > k && s.lower[m-1] == "to")) {
			// ("during this week’s debate that …", "told her that …",
			// "complained to her that …"; not an object with a relative
			// clause: "welcomed India’s announcement that …")
			break
		}
		if w == "," && m+1 < n && (s.lower[m+1] == "a" || s.lower[m+1] == "an") {
			// an apposition on the object: "announced a curfew, a step
			// that residents fear …"
			break
		}
	}
	if k < n && s.lower[k] == "that" {
		k++
	}
	for k < n && (s.lower[k] == "," || s.lower[k] == ":") {
		k++
	}
	return k
}

// adverbialRun says whether the words after a cue, at token k, open with
// an adverb or a time rather than an object: "said repeatedly that",
// "noted, however, that", "announced Monday on Twitter that", "said
// earlier this week that". (The caller keeps a demonstrative after an
// adverb as the object: "proposed just that in 2013".)
func adverbialRun(s *sentence, k int) bool {
	// (not a result: "worries so much about it that …", "added so many
	// layers that …")
	return k < len(s.toks) && s.lower[k] != "so" && s.lower[k] != "such" && ((s.tags[k] == "RB" || s.tags[k] == "RBR") && !negations[s.lower[k]] || isTimeWord(s.lower[k]) || s.lower[k] == ",")
}

// trailing says whether tokens [k, end) hold no content: nothing, or only
// an adverbial ("in a statement", "on Sunday", "in an interview"). After a
// quotation that comes first ("“…,” X said …", quoteFirst) the adverbial
// may be longer and may end in a clause of the writer's ("told CBS on
// Super Tuesday, when a dozen states voted").
func trailing(s *sentence, k, end int, quoteFirst bool) bool {
	if k >= end {
		return true
	}
	if s.quoted[k] || s.lower[k] == "that" || s.lower[k] == ":" {
		return false
	}
	if quoteFirst && quoteWithComma(s, k) && s.lower[k-1] != "that" && !(finite(s.tags[k]) || s.tags[k] == "MD" || s.lower[k] == "," && k+1 < end && (finite(s.tags[k+1]) || s.tags[k+1] == "MD")) {
		// (not a sentence the speaker goes on with: "“Only you,” she
		// said, would use …")
		// "“…,” she said on MSNBC's “Morning Joe,”", "“…,” he said in
		// Seattle on Tuesday night, after Arizona was called, following
		// a day in which …": a quotation closed by its comma is what was
		// said, and what follows the speaker is the writer's, unless a
		// quotation goes on after it
		for m := k; m < end; m++ {
			if !s.quoted[m] || !isOpenQuote(s.toks[m].Text) {
				continue
			}
			if m == k || s.lower[m-1] == "," || s.lower[m-1] == ":" || m+1 < end && !startsUpper(s.toks[m+1].Text) {
				// the quotation goes on: "“The economy,” he said, “is
				// weak.”"; a title in capitals does not ("on MSNBC's
				// “Morning Joe”")
				return false
			}
		}
		return true
	}
	if !(s.tags[k] == "IN" || s.tags[k] == "NNP" && isTimeWord(s.lower[k]) || s.lower[k] == "," || s.tags[k] == "RB") {
		return false
	}
	if s.tags[k] == "RB" && k+1 < end && (s.tags[k+1] == "DT" || s.tags[k+1] == "CD" || s.tags[k+1] == "JJ") {
		// a focus adverb on the object: "the survey shows only a small
		// gap"
		return false
	}
	if end-k > 8 && !(quoteFirst && end-k <= 24) {
		// (after "“…,” X said" the occasion may be long: "on Thursday
		// during a speech at the Council on Foreign Relations in New
		// York")
		return false
	}
	for m := k; m < end; m++ {
		if quoteFirst && m > k && s.lower[m] == "," && m+1 < end && (s.lower[m+1] == "when" || s.lower[m+1] == "where" || s.lower[m+1] == "as" || s.lower[m+1] == "while" || s.lower[m+1] == "after" || s.lower[m+1] == "before") {
			return true
		}
		if s.quoted[m] || s.lower[m] == "that" || isVerbTag(s.tags[m]) && s.tags[m] != "VBG" && !reducedRelative(s, m, end) {
			return false
		}
	}
	return true
}

// reducedRelative says whether the verb at token m is a past participle
// that modifies the noun before it, with a preposition or the end after
// it: "in a report released on Wednesday", "in a video posted online".
func reducedRelative(s *sentence, m, end int) bool {
	return m > 0 && s.tags[m] == "VBN" && isNounTag(s.tags[m-1]) &&
		(m+1 >= end || s.tags[m+1] == "IN" || s.tags[m+1] == "RB" || isTimeWord(s.lower[m+1]))
}

// quoteWithComma says whether the sentence opens with a quotation whose
// last words end in a comma inside its closing mark ("“…,” X said"),
// before token k.
func quoteWithComma(s *sentence, k int) bool {
	for m := 1; m < k; m++ {
		if isCloseQuote(s.toks[m].Text) && s.quoted[m] {
			return s.lower[m-1] == "," && s.quoted[0]
		}
	}
	return false
}

// nextClause says whether the conjunction at token m, inside a content
// that starts at token k and holds no finite verb (an infinitive or a
// noun phrase), opens a clause of its own that is not part of it: a
// finite verb ("endorsed Mr. Trump and has been a pointed critic of his
// style"), or a subject and a finite verb ("declined to comment and
// Senate aides later said …"; "decided not to enter the race and she
// performed well"; "backed the bill and the governor signed it"). A
// subject is looked for only after an infinitive or an act's object.
func (f *finder) nextClause(s *sentence, k, m, end int, v verb) bool {
	for j := k; j < m; j++ {
		if s.quoted[j] || finite(s.tags[j]) || s.tags[j] == "MD" || s.lower[j] == "that" || s.tags[j] == "WDT" || s.tags[j] == "WP" {
			return false
		}
	}
	a := m + 1
	if a < end && s.tags[a] == "RB" {
		a++
	}
	if a < end && (finite(s.tags[a]) || s.tags[a] == "MD") {
		return true
	}
	infinitive := s.lower[k] == "to" || s.lower[k] == "not" && k+1 < end && s.lower[k+1] == "to"
	if !(infinitive || v.class == classAct) || !startsNP(s, m+1) {
		// after a verb of saying, the noun phrase before the conjunction
		// is the first of two subjects: "said he and Trump differ"
		return false
	}
	e := f.npRight(s, m+1)
	if e == m+1 {
		return false
	}
	if e < end && s.tags[e] == "RB" {
		e++
	}
	if e >= end || !(finite(s.tags[e]) || s.tags[e] == "MD") {
		return false
	}
	// a base form read as VBP may be the object's infinitive: "to help
	// Israel and the Palestinians achieve a lasting peace"
	for j := k; j < m && s.tags[e] == "VBP"; j++ {
		if bareInfinitiveVerbs[s.lower[j]] {
			return false
		}
	}
	return true
}

// asideAfterCue says whether the words after an inverted cue and its
// comma are the writer's aside, so that what was said came before the
// speaker: a phrase with no quotation after a quotation closed before the
// speaker ("“…,” Trump said, harping on his favorite theme"; "“…,” Cruz
// said, in another shot at Trump"), or a prepositional or participial
// phrase with no verb of its own after a clause ("…, he said, on
// condition of anonymity to speak freely about the nominee").
func asideAfterCue(s *sentence, d draft, end int) bool {
	p, a := d.srcS-1, d.cueE+1
	if p < 0 || d.cueE >= end || s.lower[d.cueE] != "," || a >= end || s.lower[a] == "that" || s.lower[a] == "including" {
		// (a list goes on with what was said: "…, the Times said,
		// including speeches and meetings")
		return false
	}
	closed := isCloseQuote(s.toks[p].Text)
	if (s.lower[a] == "the" || s.lower[a] == "a" || s.lower[a] == "an") && a+1 < end && (s.tags[a+1] == "JJS" || s.lower[a+1] == "latest") && s.lower[p] == "," && hasFinite(s, clauseStart(s, p), p) {
		// "…, the judiciary's agency reported, | the latest in a series of
		// executions that …": the writer's gloss on what was reported
		for m := a; m < end; m++ {
			if s.quoted[m] {
				return false
			}
			if s.tags[m] == "WDT" || s.tags[m] == "WP" || s.lower[m] == "that" {
				return true
			}
			if finite(s.tags[m]) || s.tags[m] == "MD" {
				return false
			}
		}
		return true
	}
	if !(s.tags[a] == "VBG" || s.tags[a] == "IN" && (closed || asidePreps[s.lower[a]]) || s.tags[a] == "RB" || isTimeWord(s.lower[a])) {
		return false
	}
	if !closed && s.lower[p] != "," {
		return false
	}
	for m := a; m < end; m++ {
		if s.quoted[m] || isOpenQuote(s.toks[m].Text) {
			return false
		}
		if !closed && (s.lower[m] == "that" || isVerbTag(s.tags[m]) && s.tags[m] != "VBG" && s.tags[m] != "VBN" && !(s.tags[m] == "VB" && m > 0 && s.lower[m-1] == "to")) {
			return false
		}
	}
	return true
}

// before returns the content that ends before the speaker: from the clause
// start to the punctuation at p (a comma, or a closing quotation mark kept
// in the content). e is the first token after the content.
func (f *finder) before(s *sentence, e, p int) (int, int) {
	if p < 0 {
		return -1, -1
	}
	end := e
	// keep a closing quote, drop a comma outside it
	for end > 0 && (s.lower[end-1] == "," || s.lower[end-1] == "—" || s.lower[end-1] == ":") && !s.quoted[end-1] {
		end--
	}
	st := skipConnective(s, clauseStart(s, end), end)
	if st >= end {
		return -1, -1
	}
	return st, end
}

// connectiveAt returns the end of a connective of several words ("in
// fact", "by contrast") that starts at token st, or st.
func connectiveAt(s *sentence, st, e int) int {
	for _, c := range connectives {
		if st+len(c) <= e && slices.Equal(s.lower[st:st+len(c)], c) {
			return st + len(c)
		}
	}
	return st
}

// skipConnective returns where a content that starts a sentence at st
// begins once the writer's connective before it is left out: "Still,",
// "In fact,", "By contrast,", "In a separate incident,", "Despite the
// rain,", "For Trump," — a phrase with no verb, set off by a comma, that
// ties the sentence to the one before. It returns st when there is none.
func skipConnective(s *sentence, st, e int) int {
	if st >= e || s.quoted[st] {
		return st
	}
	w := s.lower[st]
	k := st + 1
	c := connectiveAt(s, st, e)
	switch {
	case sentenceAdverbs[w]:
	case c > st:
		k = c
	case (w == "in" || w == "on") && k+1 < e && (s.lower[k] == "a" || s.lower[k] == "another") && (s.lower[k+1] == "separate" || s.lower[k+1] == "related" || s.lower[k+1] == "similar" || s.lower[k] == "another"):
		// "In a separate incident,", "In another development,"
		for k < e && k-st <= 5 && s.lower[k] != "," {
			k++
		}
	case w == "despite" || w == "for" || w == "instead":
		// "Despite the rain,", "For Trump,", "Instead of a rally,"
		for k < e && k-st <= 8 && s.lower[k] != "," && !s.quoted[k] && !finite(s.tags[k]) && s.tags[k] != "MD" {
			k++
		}
	default:
		return st
	}
	if k+1 >= e || s.lower[k] != "," || s.lower[k+1] == "and" || s.lower[k+1] == "or" {
		// (the phrase goes on: "For 14 years, and 20 in all, …")
		return st
	}
	return k + 1
}

// contentEnd returns where a content that follows its cue ends: before a
// clause of the writer's own — a contrast ("…, but polls show", "… but he
// denied"), a non-restrictive relative ("…, which will hold"), a new
// subject with its verb after "and" or after a bare comma ("…, and rights
// groups warned", "…, Clinton seized on it") unless a subordinate clause
// the comma closes opened inside the content ("that if it rains, the roads
// will flood") — and, for a cue with an object ("welcomed the plan, …"),
// at the first comma. Commas and words inside quotations do not count.
func (f *finder) contentEnd(s *sentence, a, e int, act bool) int {
	sub := false // a subordinate clause is open ("if it rains, …")
	// a phrase with no verb after "that" opens the content's own clause:
	// "that by month’s end, Clinton will have …", "that despite Rubio’s
	// rise, Trump can’t be toppled"
	opener := s.lower[a] == "that" && a+1 < e && (s.tags[a+1] == "IN" || s.tags[a+1] == "RB" || isTimeWord(s.lower[a+1]) || s.lower[a+1] == "according")
	verbs := false // the content has a finite verb before m
	hedged := a > 0 && (hedgeVerbs[s.lower[a-1]] || hedgeAdverbsReport[s.lower[a-1]])
	fronted, aside := frontedClause(s, a)
	relative := !fronted && !aside && inRelativeAside(s, a)
	contrast := false // a contrast set off in an object is open ("…, not the engineers")
	for m := a + 1; m+1 < e; m++ {
		if s.quoted[m] {
			continue
		}
		if s.lower[m] == "," && (fronted && f.mainClauseAt(s, m+1, e) || (aside || relative) && predicateAt(s, m+1, e) && !f.subjectAside(s, a, m) ||
			relative && s.lower[m+1] == "and" && m+2 < e && (s.lower[m+2] == "who" || s.lower[m+2] == "which")) {
			// the cue is in a subordinate clause the writer put before
			// the main one: "Although Reynolds says that Santilli broke
			// the story, | others argue …", "While Sanders has pledged to
			// support her, | Devine suggested …", or set off after its
			// subject: "Clinton, though she said Republicans should give
			// him a hearing, | stopped short of …"; or in a relative
			// clause set off after the subject: "the EU, which contended
			// that Ireland undertaxed Apple, | is a good example", "Cruz,
			// who threatened to shut down the government, | and who …"
			return m
		}
		if finite(s.tags[m-1]) || s.tags[m-1] == "MD" {
			verbs = true
		}
		if m >= a+2 && isCloseQuote(s.toks[m-1].Text) && s.lower[m-2] == "," && f.newClause(s, m, e) {
			// "…, calling Trump “an orange buffoon,” Susan said": the
			// quotation closes the content; the next clause is the writer's
			return m
		}
		w := s.lower[m]
		if w == ";" {
			// "… a cause; I didn't want to be a cog": the writer's next
			// clause
			return m
		}
		if isCloseQuote(s.toks[m-1].Text) && s.quoted[m-1] && strings.HasSuffix(w, "ing") && m > a+1 {
			if v, ok := cueVerbs[w]; ok && v.class != classThink {
				// "… were ''overblown,'' adding that …"
				return m
			}
		}
		if w == "as" && (s.lower[m-1] == "," || isCloseQuote(s.toks[m-1].Text)) && f.asideCue(s, m+1, e) {
			// "… to “rebuild every road,” | as he put it in Quetta": the
			// aside has its own claim
			if s.lower[m-1] == "," {
				return m - 1
			}
			return m
		}
		if act && !verbs && actClauseEnds[w] && m > a && !s.quoted[m+1] && f.newClause(s, m+1, e) && !gerundObject(s, a, m) {
			// an act's object ends where the writer's subordinate clause
			// begins: "responded to Sanders | as polls show him surging",
			// "praised the plan | when the council met"
			return m
		}
		if subordinators[w] || m == a+1 && s.lower[a] == "that" && freeRelatives[w] {
			// (also "that whatever he meant, words have power")
			sub = true
		}
		if w == "but" && !s.quoted[m+1] && f.newClause(s, m+1, e) {
			return m
		}
		if w == "and" && m >= a+2 && isCloseQuote(s.toks[m-1].Text) && s.lower[m-2] == "," && !s.quoted[m+1] && (f.newClause(s, m+1, e) || speakerGoesOn(s, m+1, e)) && (isOpenQuote(s.toks[a].Text) || !hasFiniteAny(s, a, m)) {
			// a comma set inside the closing quotation mark ends an
			// object or a quotation as one outside it would: "called it
			// a “quiet revolution,” | and voters cheered", "wrote “…,” |
			// and shared a link" (a clause goes on: "admits the raid
			// “didn’t work,” and the country has become a failed state")
			return m
		}
		if (w == "and" || w == "or") && !s.quoted[m+1] && speakerGoesOn(s, m+1, e) && !hedged && !hasFiniteAny(s, a, m) {
			// "called the situation “fragile” | and appealed for
			// restraint": the speaker's next act, not more of an object
			// (the verb of a clause, even one quoted, can take a second
			// one: "that Obama shows “great charm” and exhibits …"; so
			// can the verb a hedge reports: "appears to be arguing and
			// appears to shove")
			return m
		}
		if (w == "—" || w == "--" || w == "-") && !s.quoted[m+1] && (s.lower[m+1] == "although" || s.lower[m+1] == "though" || s.lower[m+1] == "except" || (s.lower[m+1] == "a" || s.lower[m+1] == "an") && glossAt(s, m+2, e)) {
			// "… in 2018 - though it is unclear whether …", "… were sent
			// — a point that officials have disputed": the writer's
			// concession or gloss
			return m
		}
		if (w == "—" || w == "--") && !s.quoted[m+1] && (finite(s.tags[m+1]) || s.tags[m+1] == "MD") && !dashWithin(s, a, m) {
			// "which he called “a disgrace” — was dropped": the dash
			// closes an aside opened before the content, and the main
			// clause resumes (a dash inside the content closes an aside
			// of its own: "that Trump — even as he says … — has proposed")
			return m
		}
		if (w == "—" || w == "--") && (s.lower[m+1] == "and" || s.lower[m+1] == "but") && !s.quoted[m+1] && dashCount(s, a, m)%2 == 0 {
			// "… — and thinks that …": the writer goes on (not a dash
			// that closes an aside in the content: "a rift between
			// communities -- mainly X and Y -- and the police")
			return m
		}
		if w != "," {
			continue
		}
		if m == a+1 && s.lower[a] == "that" {
			if !hasFinite(s, m+1, e) && !s.quoted[m+1] {
				// a demonstrative: "rejected that, too"
				return m
			}
			// "that, while …, …": the comma opens a phrase fronted in
			// the clause
			sub = true
			continue
		}
		if act && contrast && s.tags[m+1] == "IN" && !s.quoted[m+1] {
			// "blamed the contractors, not the engineers, | for the
			// collapse": the contrast set off, the object's phrase goes on
			contrast = false
			continue
		}
		if act && narrowing(s, m, e) {
			contrast = s.lower[m+1] == "not"
			continue
		}
		if act && !f.listGoesOn(s, m, e) && !figureAfter(s, m, e) {
			return m
		}
		nx := s.lower[m+1]
		if f.coordinateGoesOn(s, a, m, e) {
			// "that X, but that Y", "not only X, but also Y", "A, B, and
			// C": the same complement goes on
			continue
		}
		if !act && !verbs && !sub && s.lower[a] != "that" && startsNP(s, a) && relativeResumes(s, m, e) {
			// a relative on the subject of a clause with no "that": "said
			// the attackers, whom he described as bandits, | arrived at
			// 11 p.m."
			continue
		}
		if s.lower[a] == "that" && !verbs && !sub && nx != "and" && nx != "but" && nx != "while" && nx != "though" && nx != "although" && hasFinite(s, m+1, e) {
			// the clause after "that" has no verb yet: the comma sets off
			// something on its subject ("that Trump, a political outsider,
			// could …", "that the announcement, which some called a trick,
			// was …") or a phrase before it ("that so far, hackers have …")
			continue
		}
		if s.lower[a] == "that" && !verbs && !sub && nx == "and" && parentheticalSubject(s, m+1, e) {
			// "that the two men, and Cruz in particular, must do more":
			// a second subject set off by commas before the clause's verb
			continue
		}
		switch {
		case clauseBreaks[nx]:
			return m
		case (nx == "and" || nx == "but") && m+2 < e && (s.tags[m+2] == "PRP" || s.tags[m+2] == "DT" || s.tags[m+2] == "NNP" || s.tags[m+2] == "" || f.newClause(s, m+2, e)):
			return m
		case nx == "and" && m+2 < e && (finite(s.tags[m+2]) || s.tags[m+2] == "MD") && !s.quoted[m+2]:
			// "… political correctness, and has made bold proclamations":
			// the speaker's next act, in the writer's words
			return m
		case !sub && (verbs || !opener) && f.newClause(s, m+1, e):
			return m
		case verbs && endingCue(s, m+1, e):
			// "…, a survey released on Friday showed.": the writer's
			// attribution of the whole sentence, after the content
			return m
		case nx == "also" && m+2 < e && s.lower[m+2] == "known", nx == "one" && m+2 < e && s.lower[m+2] == "of",
			nx == "the" && m+2 < e && s.lower[m+2] == "latest" && verbs:
			// "…, also known as ISIL", "…, one of several rallies", "said
			// it had attacked a ship, the latest in a campaign …": the
			// writer's gloss
			return m
		case (nx == "a" || nx == "an") && glossAt(s, m+2, e):
			// "… had killed 20 soldiers, a figure the army did not
			// confirm", "…, a claim that could not be verified": the
			// writer's gloss on what was said
			return m
		case (nx == "a" || nx == "an") && (s.tags[m-1] == "NNP" || s.tags[m-1] == "NNPS") && !s.quoted[m+1]:
			// "… John Faso, a Republican trying to …": the writer's
			// description of a name
			return m
		}
		sub = false
	}
	return e
}

// gerundObject says whether an act's object [a, m) holds an act of its
// own after "of" or "for" ("accused X of grabbing her", "criticized him
// for not doing more"): a clause after it may give that act's time or
// reason, and stays in the content.
func gerundObject(s *sentence, a, m int) bool {
	for k := a + 1; k < m; k++ {
		if s.tags[k] == "VBG" && (s.lower[k-1] == "of" || s.lower[k-1] == "for" || s.lower[k-1] == "not" && k >= 2 && s.lower[k-2] == "for") {
			return true
		}
	}
	return false
}

// narrowing says whether the comma at m opens what narrows or contrasts
// the object before it, which is part of it: "cited several factors, |
// including …", "blamed the mental health system, | not gun laws", "urged
// delegates to vote their conscience, | rather than …".
func narrowing(s *sentence, m, e int) bool {
	if m+2 >= e || s.quoted[m+1] {
		return false
	}
	switch s.lower[m+1] {
	case "including", "especially", "particularly", "notably":
		return true
	case "not":
		return !isVerbTag(s.tags[m+2]) && s.tags[m+2] != "MD"
	case "rather", "instead":
		return s.lower[m+2] == "than" || s.lower[m+2] == "of"
	}
	return false
}

// frontedSubordinators open a clause that a sentence may put before its
// main clause: the subordinators that open an adverbial clause, and
// "whereas".
var frontedSubordinators = func() map[string]bool {
	m := set("whereas")
	for w := range subordinators {
		if w != "whether" && w != "where" {
			m[w] = true
		}
	}
	return m
}()

// frontedClause says whether the content that starts at token a lies in
// a subordinate clause before the sentence's main clause: one that opens
// the sentence ("Although Reynolds says that …, others argue"), or one
// set off after the main clause's subject ("Clinton, though she said …,
// stopped short"). No comma may come between the subordinator and a:
// "As the Post reported, Clinton is …" has its content in the main
// clause, and so has "When they came, Rogan said, Clinton smiled, then
// he …".
func frontedClause(s *sentence, a int) (fronted, aside bool) {
	st := skipConnective(s, 0, a)
	for st < a && (s.lower[st] == "but" || s.lower[st] == "and" || s.lower[st] == "yet" || s.lower[st] == "so") {
		st++
	}
	if st >= a || s.quoted[st] {
		return false, false
	}
	if !frontedSubordinators[s.lower[st]] {
		if !startsNP(s, st) || s.tags[st] == "PRP" {
			return false, false
		}
		// a subject, a comma, and the subordinate clause
		k := st
		for k < a && k-st < 8 && s.lower[k] != "," && !s.quoted[k] && !finite(s.tags[k]) && s.tags[k] != "MD" {
			k++
		}
		if k+1 >= a || s.lower[k] != "," || !frontedSubordinators[s.lower[k+1]] || s.lower[k+1] == "as" {
			return false, false
		}
		st, aside = k+1, true
	}
	if st+1 < len(s.toks) && (s.lower[st+1] == "," || s.lower[st] == "as" && (s.tags[st+1] == "JJ" || s.tags[st+1] == "RB")) {
		// "If, as he says, …"; "as well as", "as much as"
		return false, false
	}
	for m := st + 1; m < a; m++ {
		if s.quoted[m] || s.lower[m] == "," || s.lower[m] == ";" || s.lower[m] == "—" || s.lower[m] == "--" {
			return false, false
		}
	}
	return !aside, aside
}

// onlySubordinate says whether tokens [a, e) are a subordinate clause
// with no verb after a comma in it, so no main clause: "When Francis said
// …, | the campaign responded" has said nothing the campaign responded,
// but "If it rains, the roads will flood, | Bugti said" has.
func (f *finder) onlySubordinate(s *sentence, a, e int) bool {
	if a >= e || s.quoted[a] || !frontedSubordinators[s.lower[a]] {
		return false
	}
	for m := a + 1; m < e; m++ {
		if s.quoted[m] {
			return false
		}
		if (s.lower[m] == "," || s.lower[m] == "—" || s.lower[m] == "--") && hasFiniteAny(s, m+1, e) {
			// (any verb after a comma may be the main clause's: "Since
			// Clinton leads, superdelegates who back him would be …")
			return false
		}
	}
	return true
}

// commaGoesOn says whether a comma follows the cue that ends at token k,
// perhaps after a short phrase of medium or place ("said in an
// interview,"), and the sentence goes on after it.
func commaGoesOn(s *sentence, k, e int) bool {
	for j := k; j < e && j-k < 6 && !s.quoted[j]; j++ {
		if s.lower[j] == "," {
			return j+1 < e
		}
		if finite(s.tags[j]) || s.tags[j] == "MD" {
			return false
		}
	}
	return false
}

// subjectAside says whether the comma at token m sets off something on
// the subject of a content clause that starts at a and has no verb yet:
// "that Mr. Jäger, under fire for …, | would do better".
func (f *finder) subjectAside(s *sentence, a, m int) bool {
	return (s.lower[a] == "that" || f.newClause(s, a, len(s.toks))) && !hasFiniteAny(s, a+1, m)
}

// inRelativeAside says whether the content that starts at token a lies
// in a relative clause set off by a comma ("…, which contended that …",
// "…, who last year threatened to …", "…, and who has been hoping to
// …") with no comma between its pronoun and a.
func inRelativeAside(s *sentence, a int) bool {
	for m := a - 1; m > 0 && a-m <= 12; m-- {
		if s.quoted[m] || s.lower[m] == "," || s.lower[m] == ";" || s.lower[m] == "—" || s.lower[m] == "--" {
			return false
		}
		if (s.lower[m] == "who" || s.lower[m] == "which") && (s.lower[m-1] == "," || m > 1 && s.lower[m-1] == "and" && s.lower[m-2] == ",") {
			return true
		}
	}
	return false
}

// mainClauseAt says whether a main clause starts at token k: a subject
// with its verb, perhaps after an adverb or a phrase of time or place
// ("…, at the town hall this week she said", "…, then we would not
// need").
func (f *finder) mainClauseAt(s *sentence, k, e int) bool {
	for n := 0; n < 3 && k < e && !s.quoted[k]; n++ {
		if f.newClause(s, k, e) {
			return true
		}
		switch {
		case s.tags[k] == "RB" && s.lower[k] != "not":
			k++
		case s.tags[k] == "IN" && !frontedSubordinators[s.lower[k]] && s.lower[k] != "that":
			j := f.npRight(s, k+1)
			if j <= k+1 {
				return false
			}
			k = j
		case isTimeWord(s.lower[k]) || s.tags[k] == "DT" && k+1 < e && (isTimeWord(s.lower[k+1]) || periodWords[s.lower[k+1]]):
			// "this week", "on Friday"
			k++
			for k < e && (isTimeWord(s.lower[k]) || periodWords[s.lower[k]]) {
				k++
			}
		default:
			return false
		}
	}
	return false
}

// predicateAt says whether the predicate of a clause whose subject came
// before starts at token k: a finite verb, perhaps after adverbs
// ("…, notably stopped short of …").
func predicateAt(s *sentence, k, e int) bool {
	for k < e && s.tags[k] == "RB" && !s.quoted[k] {
		k++
	}
	return k < e && !s.quoted[k] && (s.tags[k] == "VBD" || s.tags[k] == "VBZ" || s.tags[k] == "MD")
}

// parentheticalSubject says whether the words from token k up to the
// next finite verb are set off by a comma before that verb: "…, and Cruz
// in particular, | must do more", "…, and the support for her, especially
// in the South, | were factors".
func parentheticalSubject(s *sentence, k, e int) bool {
	for m := k + 1; m < e && m-k <= 25; m++ {
		if s.quoted[m] || s.lower[m] == ";" || s.lower[m] == "—" || s.lower[m] == "--" {
			return false
		}
		if finite(s.tags[m]) || s.tags[m] == "MD" {
			p := m - 1
			for p > k && s.tags[p] == "RB" {
				p--
			}
			return s.lower[p] == "," && p > k+1
		}
	}
	return false
}

// dashCount counts the dashes outside quotations in [a, b).
func dashCount(s *sentence, a, b int) int {
	n := 0
	for m := a; m < b; m++ {
		if (s.lower[m] == "—" || s.lower[m] == "--") && !s.quoted[m] {
			n++
		}
	}
	return n
}

// glossAt says whether a noun of the writer's gloss on what was said
// ("claim", "figure"), perhaps after an adjective, starts at token k and
// is not an item of a list ("…, a criminal charge and a TV spot").
func glossAt(s *sentence, k, e int) bool {
	if k+1 < e && s.tags[k] == "JJ" {
		k++
	}
	if k >= e || s.quoted[k] || !glossNouns[s.lower[k]] {
		return false
	}
	return k+1 >= e || !(s.lower[k+1] == "and" || s.lower[k+1] == "or" || s.lower[k+1] == ",")
}

// hasFiniteAny says whether tokens [a, b) hold a finite verb or a modal,
// quoted or not.
func hasFiniteAny(s *sentence, a, b int) bool {
	for m := a; m < b; m++ {
		if finite(s.tags[m]) || s.tags[m] == "MD" {
			return true
		}
	}
	return false
}

// relativeResumes says whether the comma at token m opens a relative
// clause ("who", "whom", "which", "whose") that a second comma closes
// before a finite verb: the clause the relative interrupts goes on.
func relativeResumes(s *sentence, m, e int) bool {
	if m+1 >= e || s.quoted[m+1] {
		return false
	}
	switch s.lower[m+1] {
	case "who", "whom", "which", "whose":
	default:
		return false
	}
	for q := m + 2; q+1 < e && q-m <= 20; q++ {
		if s.lower[q] == ";" {
			return false
		}
		if s.quoted[q] && !(s.lower[q] == "," && isCloseQuote(s.toks[q+1].Text)) {
			// (a quotation may stand in the relative: "which it tracks
			// as “TraderTraitor,” moved …")
			continue
		}
		if s.lower[q] == "," {
			k := q + 1
			if s.quoted[q] {
				k++
			}
			if k+1 < e && s.tags[k] == "RB" {
				k++
			}
			if finite(s.tags[k]) || s.tags[k] == "MD" {
				return true
			}
			// a verb the tagger read as an adjective or a noun, before its
			// object: "the Houthis, who control …, receive/JJ weapons"
			return k+1 < e && (s.tags[k] == "JJ" || s.tags[k] == "NN" || s.tags[k] == "VB") && lowerAt(s, k) && !adjectiveSuffix(s.lower[k]) &&
				(s.tags[k+1] == "NNS" || s.tags[k+1] == "DT" || s.tags[k+1] == "PRP$" || s.tags[k+1] == "CD")
		}
	}
	return false
}

// adjectiveSuffix says whether w ends like an adjective ("national",
// "dangerous", "massive").
func adjectiveSuffix(w string) bool {
	for _, suf := range []string{"al", "ous", "ic", "ful", "less", "able", "ible", "ary", "ish", "ern", "ese", "an"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// speakerGoesOn says whether a finite verb, perhaps after an adverb,
// starts at token k: the subject of the clause before acts again ("and
// appealed …", "and then said …"; also a phrasal cue the tagger reads as
// a participle, "and laid/VBN out his plan").
func speakerGoesOn(s *sentence, k, e int) bool {
	if k < e && s.tags[k] == "RB" && !s.quoted[k] {
		k++
	}
	return k < e && !s.quoted[k] && (s.tags[k] == "VBD" || s.tags[k] == "VBZ" || s.tags[k] == "VBN" && k+1 < e && s.tags[k+1] == "RP" && phrasalNext(s, k))
}

// gerundGoesOn returns where a content after a cue in the -ing form ends
// when the writer goes on with a second act in the same form: "attacking
// Mr. Trump | and visiting the campaign's headquarters", "saying he was
// encouraged | and Trump calling it a great meeting" — "and" (with an
// adverb) then an -ing verb, or a short noun phrase and an -ing verb. It
// returns e when there is none, or when the content has a verb of its
// own before the conjunction that the second one may go with ("urging
// voters to keep calling and writing").
func (f *finder) gerundGoesOn(s *sentence, a, e int) int {
	for m := a + 1; m+1 < e; m++ {
		if s.quoted[m] {
			continue
		}
		if s.tags[m] == "VBG" || s.tags[m] == "VB" {
			return e
		}
		if s.lower[m] != "and" || s.quoted[m+1] {
			continue
		}
		k := m + 1
		for k < e && s.tags[k] == "RB" {
			k++
		}
		if k >= e {
			return e
		}
		if s.tags[k] != "VBG" {
			if !startsNP(s, k) {
				continue
			}
			v := f.npRight(s, k)
			if v <= k || v-k > 6 || v >= e || s.tags[v] != "VBG" || s.quoted[v] {
				continue
			}
		}
		for m > a && s.lower[m-1] == "," && !s.quoted[m-1] {
			m--
		}
		return m
	}
	return e
}

// asideCue says whether a speaker and a verb of speech open at token k:
// the "he put it" or "officials said" of an aside after "as".
func (f *finder) asideCue(s *sentence, k, e int) bool {
	if k >= e || !startsNP(s, k) {
		return false
	}
	v := f.npRight(s, k)
	if v == k && quantifiers[s.lower[k]] {
		v++ // "as some have speculated"
	}
	for v < e && (s.tags[v] == "RB" || s.tags[v] == "MD" || perfectAux[s.lower[v]]) {
		v++
	}
	if v >= e || s.quoted[v] {
		return false
	}
	if s.lower[v] == "put" {
		if v+1 >= e || s.lower[v+1] != "it" {
			return false
		}
	} else if c, ok := cueVerbs[s.lower[v]]; !ok || !(c.class == classStrong || c.class == classSay) || !isVerbTag(s.tags[v]) {
		return false
	}
	// (not an aside the clause goes on after: "that the result, as he
	// later explained, was …")
	for m := v + 1; m+1 < e && m-v <= 10 && !s.quoted[m]; m++ {
		if s.lower[m] == "," {
			return !(finite(s.tags[m+1]) || s.tags[m+1] == "MD")
		}
	}
	return true
}

// coordinateGoesOn says whether the comma at token m, inside a content
// that starts at a and ends before e, is followed by more of the same
// complement rather than by the writer's next clause: a second clause
// after "that" ("that wages would fall, but that overtime would make up
// for it"), a second infinitive ("to stay in the race, and to win"), the
// second half of a correlative ("not only X, but also Y", "…, but not
// the man himself") or the last item of a list with a comma before its
// "and" ("Cruz, Rubio, and Kasich"; "secure the border, expand the
// army, and cut taxes").
func (f *finder) coordinateGoesOn(s *sentence, a, m, e int) bool {
	if m+2 >= e || s.quoted[m+1] || s.quoted[m+2] {
		return false
	}
	nx, nx2 := s.lower[m+1], s.lower[m+2]
	if nx != "and" && nx != "but" && nx != "or" {
		return false
	}
	switch {
	case s.lower[a] == "that" && nx2 == "that":
		// (a demonstrative is no second clause: "but that doesn't …")
		return m+3 < e && (startsNP(s, m+3) || s.tags[m+3] == "JJR" || s.tags[m+3] == "JJS") && !finite(s.tags[m+3]) && s.tags[m+3] != "MD"
	case s.lower[a] == "to" && nx2 == "to":
		return m+3 < e && s.tags[m+3] == "VB"
	case nx == "but" && correlativeSeconds[nx2]:
		return true
	case nx == "but" || nx2 == "that":
		return false
	}
	// a list: an earlier comma sets off a short item with no verb of its
	// own, and the last item opens like it
	for q := m - 1; q > a && m-q <= 8; q-- {
		if s.quoted[q] || finite(s.tags[q]) || s.tags[q] == "MD" || s.lower[q] == "that" || clauseBreaks[s.lower[q]] {
			return false
		}
		if s.lower[q] != "," {
			continue
		}
		if q+1 >= m {
			return false
		}
		if s.tags[q+1] == "VB" {
			return s.tags[m+2] == "VB" || s.tags[m+2] == "RB" && m+3 < e && s.tags[m+3] == "VB"
		}
		// (a pronoun after "and" opens a clause: "…, such as the Rust
		// Belt, and they rejected …")
		return startsNP(s, q+1) && startsNP(s, m+2) && s.tags[m+2] != "PRP" && s.tags[q-1] != "VBD" && isNounTag(s.tags[m-1])
	}
	return false
}

// listGoesOn says whether the comma at token m, in an object, separates
// the items of a list that ends before e ("the re-election of Paul Ryan,
// John McCain and Kelly Ayotte", "Rihanna, Shonda Rhimes and Amandla
// Stenberg") or two adjectives ("her illicit, insecure server"), rather
// than ending the object.
func (f *finder) listGoesOn(s *sentence, m, e int) bool {
	if m+1 >= e || s.quoted[m+1] {
		return false
	}
	if s.tags[m-1] == "JJ" && s.tags[m+1] == "JJ" {
		return true
	}
	if !isNounTag(s.tags[m-1]) && s.lower[m-1] != ")" {
		return false
	}
	for q := m + 1; q < e && q-m <= 10; q++ {
		w := s.lower[q]
		if w == "and" || w == "or" {
			if q == m+1 || !startsNP(s, q+1) {
				return false
			}
			r := f.npRight(s, q+1)
			if r <= q+1 {
				return false
			}
			if r < e && s.lower[r] == "(" {
				// "Sen. Kelly Ayotte (R-N.H.)"
				for r < e && s.lower[r] != ")" {
					r++
				}
				r++
			}
			return r >= e || s.lower[r] == "," || s.lower[r] == "." || s.lower[r] == ";" || s.lower[r] == "—"
		}
		if s.quoted[q] || !(isNounTag(s.tags[q]) || s.tags[q] == "DT" || s.tags[q] == "JJ" || s.tags[q] == "CD" || s.tags[q] == "POS" || w == "," || w == "(" || w == ")" || w == "-") {
			return false
		}
	}
	return false
}

// newClause says whether a clause with its own subject and finite verb
// starts at token k: a noun phrase, then (past adverbs) a finite verb or a
// modal.
func (f *finder) newClause(s *sentence, k, e int) bool {
	if k >= e || s.quoted[k] || !startsNP(s, k) {
		return false
	}
	v := f.npRight(s, k)
	if v <= k {
		return false
	}
	for v < e && s.tags[v] == "RB" {
		v++
	}
	return v < e && !s.quoted[v] && (finite(s.tags[v]) || s.tags[v] == "MD")
}

// endingCue says whether tokens [a, e) are a speaker and a cue verb that
// end the sentence with nothing after them: "a survey of the district
// released on Friday showed", "officials said".
func endingCue(s *sentence, a, e int) bool {
	if e-a < 2 || e-a > 14 || !startsNP(s, a) {
		return false
	}
	v := e - 1
	if _, ok := cueVerbs[s.lower[v]]; !ok || !(s.tags[v] == "VBD" || s.tags[v] == "VBN" || s.tags[v] == "VBZ" || s.tags[v] == "VBP") {
		return false
	}
	for m := a; m < v; m++ {
		if s.quoted[m] || s.lower[m] == "," || finite(s.tags[m]) && m != v-1 || s.tags[m] == "MD" {
			// (an auxiliary may come right before the cue: "officials
			// have said")
			return false
		}
	}
	return true
}

// timePhrase says whether tokens [a, e) name a time: "last week",
// "Tuesday", "earlier this month", "on Friday", "at the time".
func timePhrase(s *sentence, a, e int) bool {
	for m := a; m < e; m++ {
		w := s.lower[m]
		if !(isTimeWord(w) || periodWords[w] || isMonth(w) || s.tags[m] == "DT" || s.tags[m] == "CD" || s.tags[m] == "IN" || s.tags[m] == "RB" ||
			w == "last" || w == "next" || w == "past" || w == "previous" || w == "recent" || w == "same" || w == "late" || w == "early" || w == ",") {
			return false
		}
	}
	return true
}

// timeOpeners open a time phrase after a cue: "on Friday", "last week",
// "earlier this month".
var timeOpeners = set("on", "last", "this", "earlier", "late", "early", "in")

// hasTimeWord says whether a day, a month or a stretch of time stands in
// [a, e).
func hasTimeWord(s *sentence, a, e int) bool {
	for m := a; m < e; m++ {
		if isTimeWord(s.lower[m]) || periodWords[s.lower[m]] || isMonth(s.lower[m]) {
			return true
		}
	}
	return false
}

// lowerAt says whether token k starts with a lower-case letter: a
// quotation that opens with one may go on with a gerund before it
// ("Evaluating the candidates on polls, Stevens said, “is like …”").
func lowerAt(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	for _, r := range s.toks[k].Text {
		return unicode.IsLower(r)
	}
	return false
}

// adverbialOpening says whether the clause starting at token k opens with
// an adverbial ("Later in the piece, …", "In the excerpt, …"), not a
// subject.
func adverbialOpening(s *sentence, k int) bool {
	// (also a participle or a wh-clause: "Asked if …, Trump replied,
	// “…”", "Taking it in, he said, “…”", "When asked …, she said, “…”")
	return k < len(s.toks) && (s.tags[k] == "IN" || s.tags[k] == "RB" || s.tags[k] == "RBR" || isTimeWord(s.lower[k]) ||
		s.tags[k] == "VBN" || s.tags[k] == "VBG" || s.tags[k] == "WRB")
}

// inDateOrMedium returns where a phrase "in" + a month, a year or a
// medium ("in late May", "in June 2015", "in 2012", "in a tweet", "in a
// message sent to journalists") ends the tokens [a, e), or e.
func inDateOrMedium(s *sentence, a, e int) int {
	for m := e - 1; m > a+1 && e-m <= 10; m-- {
		if s.quoted[m] {
			return e
		}
		if s.lower[m] != "in" {
			continue
		}
		k := m + 1
		if k >= e {
			return e
		}
		if s.lower[k] == "a" || s.lower[k] == "an" {
			if mediumPhrase(s, k+1, e) {
				return m
			}
			continue
		}
		if e-m > 5 {
			continue
		}
		if s.lower[k] == "late" || s.lower[k] == "early" || s.lower[k] == "mid" {
			k++
		}
		if k < e && isMonth(s.lower[k]) && startsUpper(s.toks[k].Text) {
			k++
		}
		if k < e && yearAt(s, k) {
			k++
		}
		if k == e && k > m+1 && !(s.lower[m+1] == "late" || s.lower[m+1] == "early" || s.lower[m+1] == "mid") || k == e && k > m+2 {
			return m
		}
	}
	return e
}

// mediumPhrase says whether tokens [k, e), after "in a", name a medium,
// perhaps with a short phrase on how it went out: "tweet", "brief
// statement", "message sent to journalists", "video posted on Telegram".
func mediumPhrase(s *sentence, k, e int) bool {
	q := k
	for q < e && !mediaNouns[s.lower[q]] && (s.tags[q] == "JJ" || s.tags[q] == "NN") {
		q++
	}
	if q >= e || !mediaNouns[s.lower[q]] {
		return false
	}
	q++
	if q == e {
		return true
	}
	if e-q > 6 || !(s.tags[q] == "VBN" || s.lower[q] == "to" || s.lower[q] == "on" || s.lower[q] == "with") {
		return false
	}
	return !hasFinite(s, q+1, e)
}

// trailingAdverbials returns the end of the content [a, e) without the
// adverbials of the cue that the writer put after it: the occasion of the
// speech ("… at a campaign rally in Ohio on Monday night", "… in an
// interview with CNN on Sunday") and, after an object rather than a
// clause, its time ("endorsed Cruz last week"). A clause keeps its own
// times ("said he would visit Quetta on Monday").
func trailingAdverbials(s *sentence, a, e int) int {
	if s.quoted[e-1] {
		return e
	}
	clause := hasFinite(s, a, e)
	for {
		st := e
		// a time at the end: "on Monday (night)", "last week", "Monday"
		k := e
		if k-1 > a && (s.lower[k-1] == "night" || s.lower[k-1] == "morning" || s.lower[k-1] == "afternoon" || s.lower[k-1] == "evening") {
			k--
		}
		switch {
		case k-1 > a && isTimeWord(s.lower[k-1]) && !(k-2 >= a && startsUpper(s.toks[k-2].Text) && s.tags[k-2] == "NNP"):
			// (not "Super Tuesday")
			k--
			for k-1 > a && (s.lower[k-1] == "on" || s.lower[k-1] == "late" || s.lower[k-1] == "early") {
				k--
			}
		case k-2 > a && (s.lower[k-2] == "last" || s.lower[k-2] == "this") && periodWords[s.lower[k-1]]:
			k -= 2
			if k-1 > a && (s.lower[k-1] == "earlier" || s.lower[k-1] == "later") {
				k--
			}
		}
		if k < e && !clause && k-1 >= a && s.tags[k-1] != "VBN" && s.tags[k-1] != "IN" {
			st = k
		}
		if st == e && !clause {
			// after an object, a date or the medium with "in": "endorsed
			// Cruz in February", "announced his candidacy in June 2015",
			// "claimed victory in a tweet" (the phrase leaves nothing
			// behind: "proposed just that | in 2013")
			if m := inDateOrMedium(s, a, e); m < e {
				e = m
				for e > a+1 && s.lower[e-1] == "," {
					e--
				}
				continue
			}
		}
		// the occasion: a preposition, then a phrase headed by an event
		// noun, perhaps with "with X" or "in PLACE" after it
		for m := st - 1; m > a && st-m <= 12; m-- {
			if s.quoted[m] || s.lower[m] == "," {
				break
			}
			if (s.lower[m] == "at" || s.lower[m] == "during" || s.lower[m] == "in") && m+1 < st {
				ev := false
				for q := m + 1; q < st && q <= m+5; q++ {
					if speechEvents[s.lower[q]] {
						ev = true
					}
				}
				// an occasion named with an indefinite article: "at a
				// rally", "during a news conference", "in an interview";
				// not "at his rallies", "at Saturday's debate"
				if ev && (s.lower[m+1] == "a" || s.lower[m+1] == "an") && (s.lower[m] != "in" || m+2 < st && s.lower[m+2] == "interview") {
					st = m
					break
				}
				if s.lower[m] != "in" {
					break
				}
				// "in Quetta" after the occasion: look further left
				continue
			}
			if s.lower[m] == "with" || s.lower[m] == "of" {
				continue
			}
			if s.tags[m] == "IN" || s.tags[m] == "TO" || isVerbTag(s.tags[m]) {
				break
			}
		}
		if st >= e || st <= a {
			return e
		}
		e = st
		for e > a+1 && (s.lower[e-1] == "," || s.tags[e-1] == "IN" || s.tags[e-1] == "DT") {
			// (and what the time leaves behind: "over the [last week]")
			e--
		}
	}
}

// figureAfter says whether the comma at token m sets off the figure an
// object gave: "put the death toll higher, | at 42".
func figureAfter(s *sentence, m, e int) bool {
	k := m + 1
	if k >= e || s.lower[k] != "at" {
		return false
	}
	k++
	for k < e && (s.lower[k] == "least" || s.lower[k] == "about" || s.lower[k] == "around" || s.lower[k] == "some" || s.lower[k] == "nearly" || s.lower[k] == "more" || s.lower[k] == "than") {
		k++
	}
	return k < e && s.tags[k] == "CD" && (k+1 >= e || s.lower[k+1] == "," || s.lower[k+1] == "." || isNounTag(s.tags[k+1]))
}
