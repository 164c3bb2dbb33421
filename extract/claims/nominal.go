package claims

// Nominal cues: a noun that reports what its possessor said or stands for
// ("Obama's calls for tighter gun control", "her criticism of the deal",
// "his promise to build a wall"). The possessor speaks; what follows the
// noun is the content.

import "slices"

// nominalCues are the nouns of saying, asking and taking a stance, with the
// kind of claim each gives ("" for a statement).
var nominalCues = map[string]string{
	"criticism": KindCondemnation, "attacks": KindCondemnation, "condemnation": KindCondemnation,
	"denunciation": KindCondemnation,
	"accusation":   KindAccusation, "accusations": KindAccusation, "allegation": KindAccusation,
	"allegations": KindAccusation,
	"denial":      KindDenial, "denials": KindDenial,
	"call": "", "calls": "", "claim": "", "claims": "", "assertion": "", "assertions": "",
	"suggestion": "", "promise": "", "promises": "", "vow": "", "warning": "", "warnings": "",
	"demands": "", "argument": "", "questions": "", "complaints": "", "complaint": "",
	"opposition": "", "characterization": "", "characterisation": "", "prediction": "",
	"predictions": "", "admission": "", "insinuation": "", "boast": "",
}

// nominalPreps join a nominal cue to its content and belong to the cue
// ("criticism of", "attacks on"); "for", "to" and "that" open the content.
var nominalPreps = set("of", "on", "against", "about", "toward", "towards", "over")

// receivedNouns are the nouns of saying that a subject faces, draws or
// raises rather than says ("Trump has faced criticism from rivals that
// …", "Remarks raised questions about …").
var receivedNouns = set("criticism", "criticisms", "questions", "concerns", "doubts", "complaints",
	"accusations", "allegations", "warnings", "demands", "calls", "condemnation", "praise")

// receiveVerbs take a received noun: the subject is its target or cause,
// not its speaker.
var receiveVerbs = set("faced", "faces", "face", "facing", "drew", "draws", "draw", "drawing",
	"drawn", "sparked", "sparks", "spark", "sparking", "raised", "raises", "raise", "raising",
	"prompted", "prompts", "prompt", "prompting", "received", "receives", "receive", "receiving",
	"attracted", "attracts", "attract", "triggered", "triggers", "trigger", "fueled", "fuels",
	"fuel", "fueling", "provoked", "provokes", "provoke", "invited", "invites", "invite",
	"renewed", "renews", "renew", "met", "meets", "earned", "earns", "earning")

// received builds the claim of a received noun at token i ("faced
// criticism from Democrats that …"): the speakers follow "from" when the
// text names them; the content is the clause or phrase after the noun.
func (f *finder) received(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	if !receivedNouns[s.lower[i]] || i == 0 || i+2 >= n || s.quoted[i] || !isNounTag(s.tags[i]) {
		return draft{}, false
	}
	p := i - 1
	for p > 0 && (s.tags[p] == "JJ" || s.tags[p] == "JJR" || s.lower[p] == "new" || s.lower[p] == "more" || s.tags[p] == "DT" && s.lower[p] != "the") {
		p--
	}
	if !receiveVerbs[s.lower[p]] || !isVerbTag(s.tags[p]) && s.lower[p] != "met" {
		return draft{}, false
	}
	if s.lower[p] == "met" && !(p+1 < i && s.lower[p+1] == "with") {
		// "was met with criticism"
		if p+1 != i {
			return draft{}, false
		}
	}
	d := draft{cueS: i, cueE: i + 1, srcS: -1, conS: -1, tgtS: -1}
	k := i + 1
	if s.lower[k] == "from" {
		e := f.npRight(s, k+1)
		if e <= k+1 {
			return draft{}, false
		}
		d.srcS, d.srcE = k+1, e
		k = e
	}
	end := trimEnd(s, n)
	if k >= end {
		return draft{}, false
	}
	switch s.lower[k] {
	case "that":
		if !f.newClause(s, k+1, end) {
			return draft{}, false
		}
	case "about", "over", "of", "against":
		// the noun's preposition is the cue's: "questions about |
		// whether …", "criticism over | the deal"
		if d.cueE == k {
			d.cueE++
		}
		k++
	case "for", "on", "to":
		k++
	default:
		return draft{}, false
	}
	if k >= end {
		return draft{}, false
	}
	d.conS, d.conE = k, f.contentEnd(s, k, end, false)
	if d.conE <= d.conS {
		return draft{}, false
	}
	return d, true
}

// nominalTrigger says, before tagging, whether token j may be a nominal
// cue: a cue noun after a possessive, or a received noun after a verb.
func nominalTrigger(s *sentence, j int) bool {
	if receivedNouns[s.lower[j]] && j > 0 {
		return true
	}
	if _, ok := nominalCues[s.lower[j]]; !ok || j == 0 {
		return false
	}
	p := s.lower[j-1]
	pron := possessiveWord(p)
	return pron || p == "its" || p == "'s" || p == "’s"
}

// nominal builds the claim of a nominal cue at token i.
func (f *finder) nominal(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	kind, ok := nominalCues[s.lower[i]]
	if !ok || i == 0 || i+2 >= n || !isNounTag(s.tags[i]) || s.quoted[i+1] {
		return draft{}, false
	}
	// the possessor
	srcS, srcE := -1, i
	p := s.lower[i-1]
	pron := possessiveWord(p)
	switch {
	case p == "its":
		return draft{}, false // a thing's "claims" and "calls" are seldom speech
	case pron:
		srcS = i - 1
		if a, b, ok := f.possessorSubject(s, i-1); ok {
			// "Trump ratcheted up his attacks on Rubio": the subject
			// whose noun it is speaks
			srcS, srcE = a, b
		}
	case p == "'s" || p == "’s":
		st := f.npLeft(s, i-2)
		if st < 0 || !(s.tags[i-2] == "NNP" || s.tags[i-2] == "NNPS" || personNoun(s.lower[i-2], s.tags[i-2])) {
			return draft{}, false
		}
		srcS = st
	default:
		return draft{}, false
	}
	// the content
	nx := s.lower[i+1]
	d := draft{cueS: i, cueE: i + 1, srcS: srcS, srcE: srcE, conS: -1, tgtS: -1, kind: kind, act: true}
	k := i + 1
	switch {
	case nominalPreps[nx]:
		d.cueE, k = i+2, i+2
	case nx == "for":
		// "calls for tighter gun control": the content keeps "for"
	case nx == "to" && s.tags[i+2] == "VB":
	case nx == "that" && s.tags[i+1] == "IN" && f.newClause(s, i+2, n):
		d.act = false
	default:
		return draft{}, false
	}
	end := f.contentEnd(s, k, trimEnd(s, n), d.act)
	// the noun phrase may be the subject of the sentence: its content
	// ends before the main verb ("Trump's call for a ban drew
	// criticism"; "Chaudhry's claim that the border was sealed proved
	// false", where the clause's own verb comes first)
	verbs := 1
	if !d.act {
		verbs = 2
		if clauseStart(s, srcS) != srcS {
			verbs = 0
		}
	}
	for m := k + 1; m < end && verbs > 0; m++ {
		if !s.quoted[m] && (finite(s.tags[m]) || s.tags[m] == "MD") {
			if w := s.lower[m-1]; w == "who" || w == "which" || w == "that" {
				break
			}
			if verbs--; verbs == 0 {
				end = m
			}
		}
	}
	if end <= k {
		return draft{}, false
	}
	d.conS, d.conE = k, end
	if (kind == KindAccusation || kind == KindCondemnation || kind == KindSupport) && d.cueE == i+2 {
		if e := f.npRight(s, k); e > k {
			d.tgtS, d.tgtE = k, e
		}
	}
	return d, true
}

// possessorSubject finds the subject of the clause when the possessive
// pronoun at token p is on the object of its verb and agrees with it:
// "Trump ratcheted up | his attacks", "Both parents stiffened | their
// denunciation", "he expanded upon | his calls" (not after a preposition:
// "struck a chord with his attacks", where the pronoun is the speaker's
// mention).
func (f *finder) possessorSubject(s *sentence, p int) (int, int, bool) {
	v := p - 1
	if v > 0 && (s.tags[v] == "RP" || s.lower[v] == "up" || s.lower[v] == "down" || s.lower[v] == "upon") {
		v--
	}
	if v < 1 || s.quoted[v] || !isVerbTag(s.tags[v]) || beForms[s.lower[v]] || s.lower[v-1] == "to" {
		// (nor on an infinitive's object: "she needs to calibrate her
		// attacks")
		return 0, 0, false
	}
	a, b, ok := f.subjectBefore(s, v+1)
	if !ok || b > v || a > 0 && (s.tags[a-1] == "IN" || s.tags[a-1] == "CC") {
		// (nor a noun phrase inside a phrase on the subject: "Clinton's
		// wins in Maryland and Pennsylvania solidify her argument")
		return 0, 0, false
	}
	h := s.lower[b-1]
	plural := h == "they" || s.tags[b-1] == "NNS" || s.tags[b-1] == "NNPS" || slices.Contains(s.lower[a:b], "and")
	switch s.lower[p] {
	case "his", "her":
		return a, b, !plural && (h == "he" || h == "she" || s.tags[b-1] == "NNP")
	case "their":
		return a, b, plural
	case "my", "our":
		return a, b, h == "i" || h == "we"
	}
	return 0, 0, false
}
