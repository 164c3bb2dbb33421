package claims

// Claims without a speaker: the writer reports how something seems or what
// is expected ("Sanders appears to have a slight lead", "the vote is
// expected to pass"). Attribution corpora annotate these as attributions
// with no source whose content is the whole clause, cue included: the
// statement is the writer's hedge, not a fact the article vouches for.

// hedgeVerbs report an appearance.
var hedgeVerbs = set("seem", "seems", "seemed", "appear", "appears", "appeared")

// hedgeAdverbsReport say that the clause is hearsay ("Cuccinelli
// reportedly tossed his credentials", "was allegedly targeted").
var hedgeAdverbsReport = set("reportedly", "allegedly", "seemingly", "purportedly", "supposedly")

// hedgeAdverbs may stand inside a hedged verb group ("is widely expected").
var hedgeAdverbs = set("widely", "generally", "largely", "also", "not", "now", "still", "n't", "n’t",
	"broadly", "already")

// relativeStarts open a clause whose subject is a relative or free
// relative pronoun ("which is expected to", "what appears to be").
var relativeStarts = set("which", "who", "that", "what")

// hedge builds the speakerless claim of "seems", "appears" or "is
// expected to" at token i.
func (f *finder) hedge(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	w := s.lower[i]
	if i+1 >= n || s.quoted[i+1] {
		return draft{}, false
	}
	nx, nt := s.lower[i+1], s.tags[i+1]
	cueS := i
	switch {
	case hedgeVerbs[w]:
		if !isVerbTag(s.tags[i]) && !(i > 0 && (s.tags[i-1] == "PRP" || s.tags[i-1] == "MD" || isNounTag(s.tags[i-1]))) {
			return draft{}, false
		}
		if nx == "to" && i+2 < n && raisingStart(s, i+2) == i {
			if v, ok := cueVerbs[s.lower[i+2]]; ok && v.lemma == s.lower[i+2] {
				// "seemed to confirm that …": the cue verb's claim,
				// with its subject, takes the words
				return draft{}, false
			}
		}
		if w[0] == 'a' {
			// "appeared to waver", "appears unlikely", "appeared as if";
			// not an appearance on a stage or in a court ("appeared on Fox")
			if !(nx == "to" && i+2 < n && (s.tags[i+2] == "VB" || s.tags[i+2] == "RB" || s.tags[i+2] == "CC") || nt == "JJ" || nt == "RB" && i+2 < n && s.tags[i+2] == "JJ" ||
				nx == "as" && i+2 < n && s.lower[i+2] == "if" || nx == "that" || nx == "likely" || nx == "unlikely") {
				return draft{}, false
			}
		}
	case hedgeAdverbsReport[w]:
		// an adverb inside the clause it hedges, before its verb; the
		// clause is the content
		if !isVerbTag(nt) {
			return draft{}, false
		}
	case w == "expected":
		// "is expected to", "are widely expected to"; "expected" with an
		// object ("he expected a win") is a verb of thinking
		if nx != "to" {
			return draft{}, false
		}
		k := i - 1
		for k >= 0 && hedgeAdverbs[s.lower[k]] {
			k--
		}
		if k < 0 || !beForms[s.lower[k]] {
			return draft{}, false
		}
		cueS = k
	default:
		return draft{}, false
	}
	// the subject: a relative pronoun, a noun phrase, else the clause
	j := cueS - 1
	for j >= 0 && verbGroup[s.lower[j]] && !s.quoted[j] {
		j--
	}
	st := -1
	switch {
	case j < 0:
		st = cueS
	case relativeStarts[s.lower[j]]:
		st = j
	case s.quoted[j]:
		return draft{}, false
	default:
		st = f.hedgeSubject(s, j)
		if st < 0 {
			st = clauseStart(s, cueS)
		}
	}
	end := trimEnd(s, n)
	if end <= i+1 {
		return draft{}, false
	}
	end = f.contentEnd(s, i+1, end, false)
	d := draft{cueS: cueS, cueE: i + 1, srcS: -1, conS: st, conE: end, tgtS: -1}
	return d, true
}

// hedgeSubject returns the first token of the subject that ends at token
// j, past a relative clause set off by commas ("the rainy season, which
// began in October, is expected") and prepositional phrases ("Divers from
// the navy were expected"), or -1.
func (f *finder) hedgeSubject(s *sentence, j int) int {
	if s.lower[j] == "," {
		p := j - 1
		for p > 0 && j-p < 14 && s.lower[p] != "," && !s.quoted[p] {
			p--
		}
		if p <= 0 || s.lower[p] != "," || !(s.lower[p+1] == "which" || s.lower[p+1] == "who") {
			return -1
		}
		j = p - 1
	}
	st := f.npLeft(s, j)
	for st > 1 && s.tags[st-1] == "IN" && !subordinators[s.lower[st-1]] && s.lower[st-1] != "that" && isNounTag(s.tags[st-2]) {
		a := f.npLeft(s, st-2)
		if a < 0 {
			break
		}
		st = a
	}
	if st > 0 && s.lower[st-1] == "," {
		return -1
	}
	return st
}
