package casualties

// Kinds of one-person candidates.
const (
	oneIndef   uint8 = iota + 1 // "a police officer", "his wife", "Man shot dead" (a headline)
	oneDef                      // "the victim", "the 15-year-old"
	onePronoun                  // "he", "him", "himself"
	oneName                     // "Courtney Taylor"
)

// singularAt reads one person at word i: "a police officer", "an
// 8-year-old girl", "his wife", "the victim", "he", "Courtney Taylor". The
// candidate only becomes a figure when an outcome binds to it; definite
// phrases, pronouns and names need a firm binding (see bind).
func singularAt(ws []word, i int) (cand, bool) {
	w := &ws[i]
	switch {
	case w.is(kDet) || w.is(kPoss) || w.low == "the":
		if w.low == "another" && i+1 < len(ws) && (ws[i+1].digit || ws[i+1].is(kNum)) {
			return cand{}, false
		}
		kind := oneIndef
		if w.low == "the" {
			kind = oneDef
		}
		return nounSingular(ws, i, i+1, kind)
	case i == 0 || !wordish(ws[i-1].text) && ws[i-1].text != "," && ws[i-1].text != "(" && !isQuote(ws[i-1].text):
		// a headline without an article: "Man shot dead in Philadelphia"
		if c, ok := nounSingular(ws, i, i, oneIndef); ok && c.ve < len(ws) && ws[c.ve].is(kPost) {
			return c, true
		}
	}
	switch w.low {
	case "he", "she", "him", "himself", "herself":
		return pronounCand(i), true
	case "her":
		if i+1 >= len(ws) || stopper(ws, i+1) {
			return pronounCand(i), true
		}
	}
	return nameAt(ws, i)
}

// maySingular is a cheap test for singularAt.
func maySingular(ws []word, i int) bool {
	w := &ws[i]
	if w.is(kDet|kPoss) || i == 0 || nameWord(w) || !wordish(ws[i-1].text) {
		return true
	}
	switch w.low {
	case "the", "he", "she", "him", "her", "himself", "herself":
		return true
	}
	return false
}

func pronounCand(i int) cand {
	c := cand{singular: true, one: onePronoun, head: -1, inherits: -1, es: i, ee: i + 1, vs: i, ve: i + 1}
	c.q = quant{qs: i, ns: i, end: i + 1, count: 1, min: 1, max: 1}
	return c
}

// nounSingular reads up to four modifiers from word j and a singular
// person noun; det is the index of the determiner (== j when none).
func nounSingular(ws []word, det, j int, kind uint8) (cand, bool) {
	n := len(ws)
	poss := det < j && ws[det].is(kPoss)
	for k := j; k < min(n, j+6); k++ {
		x := &ws[k]
		if x.is(kPerson) && !x.is(kFunc) {
			// "a police officer": a plural person noun as a modifier
			if x.e.plural {
				if k+1 < n && ws[k+1].is(kPerson) && !ws[k+1].is(kFunc) {
					continue
				}
				return cand{}, false
			}
			if poss && !kin(x.low) {
				return cand{}, false
			}
			h := k
			for h+1 < n && ws[h+1].is(kPerson) && !ws[h+1].is(kFunc) && !ws[h+1].e.plural {
				h++
			}
			return oneCand(ws, det, j, h, kind), true
		}
		if x.age {
			// "a 17-year-old was arrested": the age is the noun
			if k+1 >= n || stopper(ws, k+1) || ws[k+1].text == "," {
				return oneCand(ws, det, j, k, kind), true
			}
			continue
		}
		if x.is(kThing) {
			// "a pizza shop worker": a thing as a modifier
			if k+1 < n && (ws[k+1].is(kPerson) || ws[k+1].is(kThing)) && !ws[k+1].is(kFunc) {
				continue
			}
			return cand{}, false
		}
		// an unknown noun followed by its verb: "a waitress trying to stop a
		// crime was shot"; only a firm outcome binds it (see bind)
		if x.e == nil && !x.upper && !x.digit && k+1 < n && (ws[k+1].is(kAux) && !ws[k+1].is(kPost) || ws[k+1].low == "who" ||
			len(ws[k+1].low) > 4 && ws[k+1].low[len(ws[k+1].low)-3:] == "ing" && ws[k+1].e == nil) && kind == oneIndef && det < j &&
			(det == 0 || !isPrep(ws[det-1].low)) {
			c := oneCand(ws, det, j, k, kind)
			c.weak = true
			return c, true
		}
		if x.is(kFunc|kAux|kNeg|kAttr|kDay|kMonth|kRelDay|kSubset) && !x.acronym || !wordish(x.text) ||
			x.is(kPre|kPost) && !(k+1 < n && ws[k+1].is(kPerson)) || x.digit && !x.age && !isCompound(x.low) {
			return cand{}, false
		}
	}
	return cand{}, false
}

// isCompound reports whether a word that starts with a digit is a
// compound modifier rather than a number ("9mm", "3-year").
func isCompound(s string) bool {
	_, _, ok := parseDigits(s)
	return !ok
}

func oneCand(ws []word, det, j, h int, kind uint8) cand {
	c := cand{singular: true, one: kind, head: h, inherits: -1, es: det, vs: j, ve: h + 1}
	c.q = quant{qs: det, ns: det, end: j, count: 1, min: 1, max: 1}
	c.additive = ws[det].low == "another"
	c.ee = h + 1
	c.grp = classify(ws, j, h+1, h)
	return c
}

// kin nouns take a possessive: "his wife", "their son".
func kin(s string) bool {
	switch s {
	case "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "child", "baby",
		"grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin",
		"girlfriend", "boyfriend", "fiancee", "fiance", "stepfather", "stepmother", "stepson", "stepdaughter",
		"sibling", "friend", "neighbor", "neighbour", "relative", "grandchild", "infant", "toddler",
		"colleague", "bodyguard", "driver", "roommate", "classmate", "partner", "mom", "dad", "ex-wife",
		"ex-husband", "ex-girlfriend", "ex-boyfriend", "spouse", "wife's", "stepbrother", "stepsister":
		return true
	}
	return false
}

// nameWord reports whether w can be part of a person's name: a capitalised
// word the lexicon does not know, an initial ("J.") or a suffix ("Jr.").
func nameWord(w *word) bool {
	if !w.upper || w.allUpper && len(w.text) > 2 || !wordish(w.text) {
		return false
	}
	if w.e != nil {
		return false
	}
	return true
}

// nameAt reads a name at word i: a run of up to four capitalised words the
// lexicon does not know, not after "the" and not before "'s".
func nameAt(ws []word, i int) (cand, bool) {
	n := len(ws)
	if !nameWord(&ws[i]) || i > 0 && (nameWord(&ws[i-1]) || ws[i-1].low == "the" || ws[i-1].upper && ws[i-1].e != nil && !ws[i-1].is(kPre|kOf|kFunc)) {
		return cand{}, false
	}
	if i > 0 {
		switch ws[i-1].low {
		case "in", "at", "on", "near", "from", "to", "into", "outside", "inside", "across", "&", "via", "toward",
			"towards", "through", "along", "by":
			return cand{}, false
		}
	}
	j := i + 1
	for j < n && j < i+4 && nameWord(&ws[j]) {
		j++
	}
	if j < n && (ws[j].low == "'s" || ws[j].upper && !ws[j].is(kAux|kFunc)) {
		return cand{}, false
	}
	c := cand{singular: true, one: oneName, head: -1, inherits: -1, es: i, ee: j, vs: i, ve: j}
	c.q = quant{qs: i, ns: i, end: j, count: 1, min: 1, max: 1}
	return c, true
}

// isPrep reports whether s is a preposition that starts a place or time
// phrase ("in a ditch").
func isPrep(s string) bool {
	switch s {
	case "in", "on", "at", "into", "onto", "from", "near", "inside", "outside", "under", "behind", "beside",
		"across", "along", "through", "toward", "towards", "over", "off", "by", "with", "without", "to", "of":
		return true
	}
	return false
}
