package claims

// Citations: "in a poll by X", "in the RealClearPolitics average", "in
// Forbes' words". A document or someone's words are named as the source of
// the clause they qualify, the way "according to" does.

// citeNouns head a source cited with "in": polls and their averages,
// studies, books, articles and someone's words. Media of a speaker's own
// statement ("in a statement", "in an interview") are not here: they belong
// to the cue of that speaker ("said in a statement").
var citeNouns = set("poll", "polls", "polling", "survey", "surveys", "average", "averages",
	"study", "studies", "report", "reports", "analysis", "book", "memoir", "words", "article",
	"column", "op-ed", "essay", "memo", "filing", "filings", "documents", "data", "estimate",
	"estimates", "projections", "projection", "tally", "count", "census", "findings", "forecast",
	"forecasts", "model", "ranking", "rankings", "index", "view", "views", "opinion", "estimation",
	"judgment", "judgement", "eyes")

// possessedCites are the citation nouns that cite only with a possessor
// ("in Forbes' words", "in their view", "in his eyes"; not "in other
// words", "in view of").
var possessedCites = set("words", "view", "views", "opinion", "estimation", "judgment", "judgement", "eyes")

// citation builds the claim of "in <source>" at token i.
func (f *finder) citation(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	if i+2 >= n || s.tags[i] != "IN" || s.quoted[i+1] {
		return draft{}, false
	}
	if i > 0 {
		if _, cue := cueVerbs[s.lower[i-1]]; cue && isVerbTag(s.tags[i-1]) {
			return draft{}, false // "said in the report": the cue's own adverbial
		}
	}
	srcS := i + 1
	srcE := f.npRight(s, srcS)
	if srcE <= srcS {
		return draft{}, false
	}
	head := srcE - 1
	// the date the phrase may end with is not its head: "a poll last
	// month", "a poll Jan. 17-23"
	for head > srcS+1 && (s.tags[head] == "CD" || isMonth(s.lower[head]) || periodWords[s.lower[head]] && (s.lower[head-1] == "last" || s.lower[head-1] == "this")) {
		if periodWords[s.lower[head]] {
			head--
		}
		head--
	}
	// "a poll conducted by X and Y", "a survey released Monday": the
	// participle stays with the source
	if !citeNouns[s.lower[head]] || possessedCites[s.lower[head]] && !(head > srcS && (s.tags[head-1] == "POS" || s.tags[head-1] == "PRP$" || possessiveWord(s.lower[head-1]))) {
		// "in other words" cites no one; "in Forbes' words" does
		return draft{}, false
	}
	if (s.lower[head] == "polls" || s.lower[head] == "polling") && !(leading(s, i) && srcE < n && s.lower[srcE] == ",") {
		// "leading in the polls": a standing, not a cited finding
		return draft{}, false
	}
	if srcE+2 < n && s.tags[srcE] == "VBN" && s.lower[srcE+1] == "by" {
		if e := f.npRight(s, srcE+2); e > srcE+2 {
			srcE = e
			if e+1 < n && s.lower[e] == "and" {
				// "a poll conducted by the New York Times and ABC News"
				if e2 := f.npRight(s, e+1); e2 > e+1 {
					srcE = e2
				}
			}
		}
	}
	srcE = sourceTail(s, srcE)
	end := trimEnd(s, n)
	d := draft{cueS: i, cueE: i + 1, srcS: srcS, srcE: srcE, conS: -1, tgtS: -1}
	if possessedCites[s.lower[head]] && s.lower[head] != "words" {
		// "In their view, …": the noun is the cue, its possessor the
		// source
		d.cueS, d.cueE, d.srcE = head, head+1, head
		if s.tags[head-1] == "POS" {
			d.srcE = head - 1
		}
		if d.srcE <= d.srcS {
			return draft{}, false
		}
		d.spanS, d.spanE = srcS, head
	}
	if leading(s, i) {
		// "In a poll by X, 28 percent said …"
		if srcE+2 < end && s.lower[srcE] == "," && s.tags[srcE+1] == "VBN" {
			// "In the latest poll, conducted in May, Clinton led …": the
			// participle's phrase goes with the source
			for m := srcE + 2; m < end && m-srcE <= 10 && !s.quoted[m]; m++ {
				if s.lower[m] == "," {
					d.srcE = m + 1
					srcE = m + 1
					break
				}
			}
		}
		k := srcE
		if k < end && s.lower[k] == "," {
			k++
		}
		q := k // past a focus word: "just 28 percent of voters said"
		for q+1 < end && subjectFocus[s.lower[q]] {
			q++
		}
		if k >= end || !f.newClause(s, k, end) && !(s.tags[q] == "CD" || s.tags[q] == "JJ") {
			return draft{}, false
		}
		d.conS, d.conE = k, f.contentEnd(s, k, end, false)
		if hasCue(s, d.conS, d.conE) && !(s.tags[q] == "CD" || s.tags[q] == "JJ" || s.tags[q] == "JJS" || pollCite(s, srcS, srcE) && sharesSpeak(s, d.conS, d.conE)) {
			// "In a 2013 memo, the agency suggested …": the memo is the
			// medium of that cue; but "In a poll, 28 percent said …"
			// cites the poll for what its respondents said
			return draft{}, false
		}
		return d, true
	}
	// "Trump leads by 9 points in the RealClearPolitics average": the
	// clause before is what the source says; it must have a verb
	e := i
	for e > 0 && (s.lower[e-1] == "," || s.lower[e-1] == "—") {
		e--
	}
	st := skipConnective(s, clauseStart(s, e), e)
	verb := false
	for m := st; m < e; m++ {
		if finite(s.tags[m]) || s.tags[m] == "MD" || s.tags[m] == "VBN" && m > st && (s.tags[m-1] == "NNP" || s.tags[m-1] == "PRP") {
			// (a past tense after a name may be tagged as a participle:
			// "Bugti led/VBN by 12 points")
			verb = true
		}
	}
	if !verb || st >= e || srcE < end && s.lower[srcE] != "," && s.lower[srcE] != "." && !isPunct(s.lower[srcE]) && srcE != end {
		return draft{}, false
	}
	if hasCue(s, st, e) {
		if !(pollCite(s, srcS, srcE) && sharesSpeak(s, st, e)) {
			return draft{}, false
		}
		// "Sixty-seven percent of Americans said … in a Washington
		// Post-ABC News poll": the poll is the source of what its
		// respondents said; the respondents' cue gives way to it
		f.dropShares(s, st, e)
	}
	d.conS, d.conE = st, e
	return d, true
}

// sourceTail extends a cited source over what dates or describes it
// before the clause goes on: "a poll released Monday", "a poll last
// month", "a poll Jan. 17-23".
func sourceTail(s *sentence, e int) int {
	n := len(s.toks)
	m := e
	switch {
	case m < n && s.tags[m] == "VBN" && !s.quoted[m]:
		// "released Monday", "taken July 11-14", "conducted for CNN"
		m++
		for m < n && m-e < 8 && !s.quoted[m] && s.lower[m] != "," && !finite(s.tags[m]) && s.tags[m] != "MD" && !isPunct(s.lower[m]) || m < n && s.lower[m] == "." && m+1 < n && s.tags[m+1] == "CD" {
			m++
		}
		if m < n && m-e < 8 && (s.lower[m] == "," || m >= trimEnd(s, n)) {
			return m
		}
	case m+1 < n && (s.lower[m] == "last" || s.lower[m] == "this" || s.lower[m] == "earlier") && periodWords[s.lower[m+1]]:
		// "last month", "this week"
		return m + 2
	case m < n && isMonth(s.lower[m]):
		// "Jan. 17-23", "in October"
		m++
		for m < n && m-e < 4 && (s.tags[m] == "CD" || s.lower[m] == ".") {
			m++
		}
		return m
	}
	return e
}

// isMonth says whether w names a month, in full or abbreviated.
func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
		"sept.", "sep.", "oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// pollCite says whether the cited source [a, b) is a poll or survey.
func pollCite(s *sentence, a, b int) bool {
	for m := a; m < b; m++ {
		switch s.lower[m] {
		case "poll", "polls", "survey", "surveys", "polling":
			return true
		}
	}
	return false
}

// sharesSpeak says whether the clause [a, b) reports what a share of
// respondents said or thought: a cue whose subject holds a poll share
// ("31% of Republicans said", "three of four Americans disapproved").
func sharesSpeak(s *sentence, a, b int) bool {
	share := false
	for m := a; m < b; m++ {
		if s.quoted[m] {
			continue
		}
		if pollShares[s.lower[m]] || s.tags[m] == "CD" && m+1 < b && s.lower[m+1] == "of" {
			share = true
		}
		if _, ok := cueVerbs[s.lower[m]]; ok && isVerbTag(s.tags[m]) {
			return share
		}
	}
	return false
}

// dropShares removes the claims of the sentence whose cue lies in [a, b)
// and whose speaker is a poll share: a cited poll speaks for them.
func (f *finder) dropShares(s *sentence, a, b int) {
	out := f.drafts[:0]
	for _, d := range f.drafts {
		if d.sent == s.idx && d.cueS >= a && d.cueS < b && d.srcS >= 0 && d.kind == KindStatement && sharesSpeak(s, d.srcS, d.cueE) {
			continue
		}
		out = append(out, d)
	}
	f.drafts = out
}

// hasCue says whether tokens [a, b) hold a cue verb of their own, used as
// a verb.
func hasCue(s *sentence, a, b int) bool {
	for m := a; m < b; m++ {
		if _, ok := cueVerbs[s.lower[m]]; ok && !s.quoted[m] && isVerbTag(s.tags[m]) {
			return true
		}
	}
	return false
}

// citeTrigger says, before tagging, whether token j may open a citation:
// "in" with a citation noun within the next twelve words.
func citeTrigger(s *sentence, j int) bool {
	if s.lower[j] != "in" {
		return false
	}
	for m := j + 1; m < len(s.lower) && m-j <= 12; m++ {
		if citeNouns[s.lower[m]] {
			return true
		}
	}
	return false
}

// dashes credit a quotation to a name after it ("“…” ― Veronica Cruz").
var dashes = set("―", "—", "–", "-", "--")

// bylineTrigger says, before tagging, whether token j is a dash right
// after a closing quotation mark.
func bylineTrigger(s *sentence, j int) bool {
	return dashes[s.lower[j]] && j > 0 && isCloseQuote(s.toks[j-1].Text) && j+1 < len(s.toks)
}

// byline builds the claim of a quotation credited with a dash and a name
// after it: "“He is not fit to lead.” ― Veronica Cruz". The name is one
// to four capitalized words that end the sentence or come before the next
// quotation.
func (f *finder) byline(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	if !bylineTrigger(s, i) || s.quoted[i] {
		return draft{}, false
	}
	e := i + 1
	for e < n && e-i <= 4 && startsUpper(s.toks[e].Text) && !s.quoted[e] && !isPunct(s.toks[e].Text) {
		e++
	}
	if e == i+1 || e < n && !(isOpenQuote(s.toks[e].Text) || s.lower[e] == "." || s.lower[e] == "," || e >= trimEnd(s, n)) {
		return draft{}, false
	}
	// the quotation: back to its opening mark, or to the sentence start
	// when it opened before
	st := 0
	for m := i - 2; m >= 0; m-- {
		if isOpenQuote(s.toks[m].Text) || (s.toks[m].Text == "\"" && m < i-1) {
			st = m
			break
		}
	}
	return draft{cueS: i, cueE: i + 1, srcS: i + 1, srcE: e, conS: st, conE: i, tgtS: -1, quote: true}, true
}

// citedPoll says whether the cue of d reports what a share of a poll's
// respondents said, inside the content of a poll cited earlier in the
// sentence ("In a CNN poll, 31% of Republicans said …"): the poll speaks.
func (f *finder) citedPoll(s *sentence, d draft) bool {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		c := f.drafts[k]
		if s.lower[c.cueS] == "in" && c.conS <= d.cueS && d.cueS < c.conE && pollCite(s, c.srcS, c.srcE) && d.srcS >= 0 && d.kind == "" && sharesSpeak(s, d.srcS, d.cueE) {
			return true
		}
	}
	return false
}

// possessiveWord says whether w is a possessive determiner.
func possessiveWord(w string) bool {
	_, ok := possessiveKind[w]
	return ok
}
