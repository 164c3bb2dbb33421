package claims

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// Find returns the claims of an analysed article: every statement it
// attributes to someone, with its cue, speaker, content and kind, in text
// order (ids "k1", "k2", ...). ents are the entity mentions of
// ner.Entities for the same document (they may be nil); acts are the
// article's actors (actors.Find), to which speakers and targets are
// resolved. A speaker the article only describes — a group of people
// ("relatives", "local officials") or a body ("the city council") —
// becomes a new actor, returned as the second result for the caller to add
// to the record (ids follow those of acts). A claim whose speaker cannot
// be named keeps its speaker_span with a null speaker.
//
// The claims are never nil. Find may be called from many goroutines at
// once; it does not modify acts.
func Find(doc *nlp.Doc, ents []ner.Entity, acts []record.Actor) ([]record.Claim, []record.Actor) {
	if doc == nil || len(doc.Sentences) == 0 {
		return []record.Claim{}, nil
	}
	f := &finder{doc: doc, res: newResolver(doc, ents, acts)}
	for _, e := range ents {
		switch e.Label {
		case "PERSON", "ORG", "GPE", "LOC":
			f.names = append(f.names, [2]int{e.Start, e.End})
		}
		if e.Label == "GPE" || e.Label == "LOC" {
			f.places = append(f.places, [2]int{e.Start, e.End})
		}
	}
	f.run()
	added := f.groupSpeakers()
	return f.output(), added
}

// sentence is one sentence prepared for the rules.
type sentence struct {
	idx     int
	toks    []nlp.Token
	tags    []string
	lower   []string
	quoted  []bool // inside a quotation, marks included
	para    bool   // starts a paragraph
	opensIn bool   // starts inside a quotation opened earlier
}

// draft is a claim being built, in token indices of one sentence.
type draft struct {
	sent               int
	cueS, cueE         int // token range of the cue
	srcS, srcE         int // token range of the speaker; srcS < 0: none
	spanS, spanE       int // token range shown as speaker_span when it differs (an apposition, a relative "who"); spanE == 0: srcS..srcE
	conS, conE         int // token range of the content; conS < 0: none
	kind               string
	tgtS, tgtE         int // token range of the target; tgtS < 0: none
	target             int // actor index of the target, -1 if none
	speaker            int // actor index, -1 if none
	quote              bool
	act                bool // the cue takes an object ("denied the report"), not a clause
	line               bool // the content is the rest of the line ("A: No, they were shut.")
	aside              bool // a participial phrase set off inside its clause: the content ends where the clause resumes
	firstSent, endSent int  // evidence sentences, inclusive
	// content beyond the sentence (quotes continued in other sentences)
	extStart, extEnd int  // code points; extStart < 0: none
	preStart         int  // code point where a quotation opened in an earlier sentence begins the content; -1: none
	block            bool // the content is the paragraph after a cue that ends its paragraph with a colon
}

type finder struct {
	doc        *nlp.Doc
	res        *resolver
	sents      []sentence
	drafts     []draft
	capsLabels map[string]int // lines opened by each label in capitals ("TAPPER:")
	names      [][2]int       // code-point ranges of the recognizer's names
	places     [][2]int       // the ranges of its places
	runsToCue  []bool         // by sentence: see quoteRunsToCue; nil until asked
}

func (f *finder) run() {
	f.prepare()
	pending := -1 // a quotation sentence no claim has taken yet
	for i := range f.sents {
		s := &f.sents[i]
		n := len(f.drafts)
		f.sentence(s)
		if len(f.drafts) > n {
			// "“…” ¶ X said.": a claim without content takes the quotation before it
			d := &f.drafts[n]
			for j := n; j < len(f.drafts); j++ {
				// "“They were stiff. They weren’t fun,” he said.": the
				// quotation opened sentences earlier is all content, also
				// when its last sentence opens with a conjunction ("…
				// fought for us. And he has won,” she said."), and for a
				// second cue that takes the first with it ("“…,” he said,
				// according to a transcript.")
				e := &f.drafts[j]
				if s.opensIn && (e.conS == 0 || e.conS > 0 && e.conS <= 2 && quotedLead(s, e.conS)) {
					if at := f.quoteOpened(i); at >= 0 {
						e.preStart = at
						e.firstSent = f.doc.SentenceAt(at)
					}
				}
			}
			if d.conS < 0 && d.extStart < 0 && pending == i-1 && !s.para {
				p := &f.sents[pending]
				d.extStart, d.extEnd = p.toks[0].Start, p.toks[trimEnd(p, len(p.toks))-1].End
				d.firstSent = pending
				d.quote = true
				if p.opensIn {
					// "“… against me. … Will be such fun!” ¶ Trump
					// tweeted.": the quotation opened sentences earlier
					if at := f.quoteOpened(pending); at >= 0 {
						d.extStart = at
						d.firstSent = f.doc.SentenceAt(at)
					}
				}
			}
			pending = -1
			continue
		}
		pending = -1
		if f.colonBlock(s) {
			continue
		}
		if quoteOnly(s) && !f.continuation(s) {
			pending = i
		}
	}
}

// frontedPhrase says whether the words of the clause before the comma at
// e are a phrase or a subordinate clause set before a main clause ("Over
// the years,", "If the demands are not met,", "To get their votes,"), not
// a clause of their own ("The vote was fair,").
func frontedPhrase(s *sentence, e int) bool {
	st := clauseStart(s, e)
	if st >= e || s.quoted[st] {
		return false
	}
	return adverbialOpening(s, st) || subordinators[s.lower[st]] || s.lower[st] == "to" || !hasFiniteAny(s, st, e)
}

// quotedLead says whether the tokens before k, at the start of a sentence
// inside a quotation, are only a conjunction or a connective and commas
// ("And", "But,").
func quotedLead(s *sentence, k int) bool {
	for m := 0; m < k; m++ {
		if !s.quoted[m] || !(s.tags[m] == "CC" || s.lower[m] == "," || sentenceAdverbs[s.lower[m]]) {
			return false
		}
	}
	return true
}

// prepare tags the sentences and marks quotations. A quotation opened and
// not closed runs on into the next sentences of its paragraph.
func (f *finder) prepare() {
	doc := f.doc
	f.sents = make([]sentence, len(doc.Sentences))
	open := false
	for i, s := range doc.Sentences {
		st := &f.sents[i]
		st.idx = i
		st.toks = s.Tokens
		st.lower = make([]string, len(s.Tokens))
		st.quoted = make([]bool, len(s.Tokens))
		st.para = i == 0 || strings.ContainsRune(doc.Slice(doc.Sentences[i-1].End, s.Start), '\n')
		if st.para {
			open = false
		}
		st.opensIn = open
		single := false
		for j, t := range s.Tokens {
			st.lower[j] = strings.ToLower(t.Text)
			switch t.Text {
			case "“", "«", "``":
				if open && t.Text == "“" && j > 0 && s.Tokens[j-1].End == t.Start && (j+1 == len(s.Tokens) || s.Tokens[j+1].Start > t.End) {
					// an opening mark typed where the closing one belongs:
					// “It's unusual,“ said X (attached to the word before,
					// a space after): read it as the closing mark
					if &st.toks[0] == &s.Tokens[0] {
						st.toks = append([]nlp.Token(nil), s.Tokens...)
					}
					st.toks[j].Text = "”"
					st.quoted[j] = true
					open = false
					continue
				}
				open = true
				st.quoted[j] = true
				continue
			case "”", "»":
				if !open && t.Text == "”" && j+1 < len(s.Tokens) && s.Tokens[j+1].Start == t.End && (j == 0 || s.Tokens[j-1].End < t.Start) {
					// a closing mark typed where the opening one belongs:
					// ”This is why …,” said X (a space before, attached
					// to the word after): read it as the opening mark
					if &st.toks[0] == &s.Tokens[0] {
						st.toks = append([]nlp.Token(nil), s.Tokens...)
					}
					st.toks[j].Text = "“"
					open = true
					st.quoted[j] = true
					continue
				}
				st.quoted[j] = true
				open = false
				continue
			case "\"", "''":
				st.quoted[j] = true
				open = !open
				if !open && j+1 < len(s.Tokens) && s.Tokens[j+1].Text == "'" && s.Tokens[j+1].Start == t.End {
					// the inner quotation's closing mark typed after the
					// outer one's (,''' said X): the pair closes both
					if &st.toks[0] == &s.Tokens[0] {
						st.toks = append([]nlp.Token(nil), s.Tokens...)
					}
					st.toks[j+1].Text = "’"
				}
				continue
			case "‘":
				if !open {
					single = true
					open = true
					st.quoted[j] = true
					continue
				}
			case "’":
				if single && open {
					st.quoted[j] = true
					open = false
					single = false
					continue
				}
			}
			st.quoted[j] = open
		}
		// tag only the sentences that hold a possible cue: tagging is the
		// costly part of the stage
		last := -1
		for j, w := range st.lower {
			if _, ok := cueVerbs[w]; (ok || w == "according" || phrasalNext(st, j) || responsibilityAt(st, j) || hedgeVerbs[w] || hedgeAdverbsReport[w] || w == "put" || giveForms[w] || makeForms[w] || w == "like" || thatCue(st, j) || stanceAdjectives[w] && j+1 < len(st.lower) && (st.lower[j+1] == "that" || clauseOpeners[st.lower[j+1]]) || nominalTrigger(st, j) || citeTrigger(st, j) || bylineTrigger(st, j) || jabNext(st, j)) && !st.quoted[j] {
				last = j
			}
		}
		if ls, k := colonAt(st); k > 0 {
			if last < 0 {
				last = k
			}
			if key := labelKey(st, ls, k); strings.ToUpper(key) == key {
				if f.capsLabels == nil {
					f.capsLabels = map[string]int{}
				}
				f.capsLabels[key]++
			}
		}
		if last >= 0 {
			// (the whole sentence: where a content ends may be decided
			// far from its cue, and tagging is linear in the words)
			st.tags = ner.Tag(s.Tokens)
			nameTags(st, f.names)
			title := titleCase(st)
			if title {
				headlineTags(st, f.names)
			}
			verbTags(st, title)
		}
	}
}

// headlineNouns are cue verbs whose form in -s is more often a plural noun
// in a headline: "Obama Power Plant Rules Face Key Test", "Media Reports
// Reveal …", "Putin Remarks".
var headlineNouns = set("rule", "comment", "remark", "question", "voice", "list", "challenge",
	"report", "note", "answer", "reply", "email", "estimate", "record", "hope", "fear", "doubt",
	"demand", "request", "offer", "pledge", "vow", "review", "study", "survey", "poll", "concern")

// headlinePassive are the prepositions after a headline's passive
// participle: "Debris Found Near the Coast", "Suspect Named By Police".
var headlinePassive = set("near", "in", "on", "at", "by", "from", "after", "over", "into", "with",
	"as", "inside", "outside", "under", "during", "amid")

// headlineTags restores the verbs of a headline in title case, which the
// tagger reads as names: an inflected cue verb after a name or a noun
// ("Ted Cruz Refuses to Disavow …", "Mike Pence Calls for …", "Clinton
// Urges Britain to …"; a past form with no phrase of place, time or agent
// after it, which would make it a passive) and a cue verb's base form
// after "to" ("to Disavow"). A form that ends the headline is a noun, and
// so is one more often a plural noun ("Rules", "Reports") or one inside a
// name ("United States").
func headlineTags(s *sentence, names [][2]int) {
	n := len(s.toks)
	for j := 1; j < n; j++ {
		w := s.lower[j]
		v, ok := cueVerbs[w]
		if !ok || s.quoted[j] || !startsUpper(s.toks[j].Text) || !(isNounTag(s.tags[j]) || s.tags[j] == "JJ") {
			continue
		}
		p := j - 1
		if p > 0 && titleAdverbs[s.lower[p]] {
			// "Trump Just Announced …", "Who Once Mocked …"
			s.tags[p] = "RB"
			p--
		}
		end := j+1 >= n || isPunct(s.lower[j+1]) || isOpenQuote(s.toks[j+1].Text) && j+2 >= n
		switch {
		case w == v.lemma && s.lower[j-1] == "to" && !headlineNouns[w] && v.class != classThink:
			// (not "Responds To Question", "Things To Know")
			s.tags[j] = "VB"
		case w == v.lemma || strings.HasSuffix(w, "ing") || end:
			// (a form at the end is a noun: "… Over Police Shooting
			// Comments.", "Show More Posts.")
		case !(isNounTag(s.tags[p]) || s.tags[p] == "PRP" || s.tags[p] == "WP" || isCloseQuote(s.toks[p].Text)):
		case strings.HasSuffix(w, "s"):
			if !headlineNouns[v.lemma] && !(nounLikeBases[v.lemma] && inNames(names, s.toks[j].Start, s.toks[j].End)) {
				// (not a name's noun: "in the United States")
				s.tags[j] = "VBZ"
			}
		case perfectAux[s.lower[p]]:
			// "Trump May Not Have Suggested A Muslim Registry"
			s.tags[j] = "VBN"
		case !headlinePassive[s.lower[j+1]]:
			// (not a passive with its phrase of place, time or agent:
			// "Debris From the Jet Found Near the Coast")
			s.tags[j] = "VBD"
		}
	}
}

// verbTags corrects the tag of a cue verb's finite form that the tagger
// reads as a noun or adjective after a name: "”, Viguerie notes.", "Frank
// writes, …", "The Washington Post reports that …". The form must be
// inflected ("notes", "wrote", "argued"; not "support" or "call"), follow a
// proper name or a pronoun (not "the Clinton notes"), and come before what
// ends or opens a report: a full stop, a comma, "that", "to", a colon or a
// quotation mark. title says whether the sentence is a headline in title
// case (titleCase).
func verbTags(s *sentence, title bool) {
	n := len(s.toks)
	if n > 2 && s.tags[0] == "VBG" && (s.tags[1] == "VBN" || s.tags[1] == "VBD") && !s.quoted[0] && !s.quoted[1] && startsNP(s, 2) && !title && s.lower[0] != "having" && s.lower[0] != "being" && s.lower[0] != "getting" {
		// a gerund subject and its past tense: "Shelling/VBG killed/VBN
		// 34 civilians"; not a perfect or passive participle that opens
		// the sentence ("Having seen the results, …")
		s.tags[0], s.tags[1] = "NN", "VBD"
	}
	for j := 1; j < n; j++ {
		if s.tags[j] == "POS" && (s.lower[j] == "’s" || s.lower[j] == "'s") && j+1 < n && s.lower[j+1] == "been" && !s.quoted[j] {
			// "Christie's/POS been making the case": a possessive owns
			// no "been"; the clitic is "has"
			s.tags[j] = "VBZ"
		}
		// a past form that is never a noun, read as one after its subject:
		// "the alliance stood/NN in solidarity"
		if (s.tags[j] == "NN" || s.tags[j] == "JJ") && pastOnly[s.lower[j]] && (isNounTag(s.tags[j-1]) || s.tags[j-1] == "PRP") && !s.quoted[j] {
			s.tags[j] = "VBD"
		}
		if s.tags[j] == "VBN" && !s.quoted[j] && isNounTag(s.tags[j-1]) && relativeSubjectBefore(s, j) {
			if _, ok := cueVerbs[s.lower[j]]; ok {
				// "the plan which the traders opposed/VBN was dropped": a
				// relative needs a verb, and the noun before is its
				// subject
				s.tags[j] = "VBD"
			}
		}
		if s.tags[j] == "VBN" && !s.quoted[j] && !beForms[s.lower[j-1]] && !perfectAux[s.lower[j-1]] && s.lower[j-1] != "being" && s.lower[j-1] != "having" && activeWithObject(s, j) {
			if _, ok := cueVerbs[s.lower[j]]; ok {
				// "Members of the press accused/VBN Clinton of …", "Some
				// accused/VBN Trump of …": a participle in a reduced
				// relative takes no object before its preposition
				s.tags[j] = "VBD"
			}
		}
		if s.tags[j] == "VBG" && claimWords[s.lower[j]] && s.tags[j-1] == "DT" {
			// "a finding/VBG the group rejects"
			s.tags[j] = "NN"
		}
	}
	for j := 1; j+1 < n; j++ {
		// plural nouns read as verbs
		if s.tags[j] != "VBZ" || s.quoted[j] {
			continue
		}
		if j+2 < n && pluralNouns[s.lower[j]] && s.lower[j+1] == "that" && (finite(s.tags[j+2]) || s.tags[j+2] == "MD") {
			// before a relative "that" with its verb: "The Rust Belt
			// states/VBZ that lost jobs"
			s.tags[j] = "NNS"
			continue
		}
		// before a base-form cue: "FEC reports/VBZ show that", "reform
		// advocates/VBZ believe", "what scientists/VBZ think"
		if !s.quoted[j+1] && strings.HasSuffix(s.lower[j], "s") && !beForms[s.lower[j]] && s.lower[j] != "has" && s.lower[j] != "does" {
			p := s.tags[j-1]
			_, isCue := cueVerbs[s.lower[j]]
			c := j + 1
			if c+1 < n && (isTimeWord(s.lower[c]) || s.lower[c] == "now") {
				// "Clinton defenders today argue"
				c++
			}
			if v, ok := cueVerbs[s.lower[c]]; ok && (!isCue || reportNouns[s.lower[j]]) && v.lemma == s.lower[c] && !nounLikeBases[v.lemma] &&
				(c+1 >= n || s.tags[c+1] != "IN" && s.lower[c+1] != "." || s.lower[c+1] == "that" && c+2 < n && (clauseOpens(s.tags[c+2]) || s.tags[c+2] == "IN")) && (p == "DT" || p == "JJ" || p == "NN" || p == "NNP" || p == "CD" || p == "PRP$" || p == "WP" || p == "," || p == "CC") && !(p == "NNP" && title) {
				s.tags[j], s.tags[c] = "NNS", "VBP"
			}
		}
	}
	for j := 1; j+1 < n; j++ {
		t := s.tags[j]
		if t != "NN" && t != "NNS" && t != "JJ" && t != "NNP" && !(t == "RB" && s.lower[j] == "read") || s.quoted[j] {
			continue
		}
		w := s.lower[j]
		v, ok := cueVerbs[w]
		if !ok || strings.HasSuffix(w, "ing") {
			continue
		}
		if p := s.tags[j-1]; v.class != classAct && s.tags[j+1] == "MD" && !possessedBefore(s, j) &&
			(w == v.lemma && (p == "NNS" || p == "NNPS" || p == "PRP") || w != v.lemma && strings.HasSuffix(w, "s") && (isNounTag(p) || p == "PRP") && relativeObject(s, j)) {
			// a clause whose subject went before: "a tactic Democrats
			// hope will dampen …", "which Mozloom thinks will lead to …"
			if w == v.lemma {
				s.tags[j] = "VBP"
			} else {
				s.tags[j] = "VBZ"
			}
			continue
		}
		if reflexive[s.lower[j+1]] && t != "NNP" && !possessedBefore(s, j) && s.tags[j-1] != "DT" {
			// a verb takes a reflexive object, a noun does not: "and
			// cast/NN himself as an outsider"
			s.tags[j] = "VBD"
			if strings.HasSuffix(w, "s") && w != v.lemma {
				s.tags[j] = "VBZ"
			}
			continue
		}
		if pluralNouns[w] {
			if s.lower[j+1] == "that" && j+2 < n && (s.tags[j+2] == "PRP" || s.tags[j+2] == "DT" || s.tags[j+2] == "NNP" || s.tags[j+2] == "NN" || s.tags[j+2] == "VBG") &&
				(s.tags[j-1] == "NNP" && !possessedBefore(s, j) || s.lower[j-1] == "," && j > 1 && s.tags[j-2] == "RB") {
				// "Guardian hopes that …", "Sanders, meanwhile, hopes
				// that …"; not "Obama's hopes that …"
				s.tags[j] = "VBZ"
			}
			continue
		}
		if w == "read" && (s.tags[j-1] == "NN" || s.tags[j-1] == "NNP" || s.lower[j-1] == "it") && (s.lower[j+1] == "." || s.lower[j+1] == ",") {
			// a past tense like its base form: "…,” the email read."
			s.tags[j] = "VBD"
			continue
		}
		if w == v.lemma {
			// a base form after a plural subject: "Clinton defenders
			// argue that", "students polled support Clinton", "Many fear
			// Trump will …", "Men under 35 support Sanders", "voters
			// voting Tuesday support banning …"
			p, nx := s.tags[j-1], s.tags[j+1]
			if title && (p == "NNP" || p == "NNPS") && strings.HasSuffix(s.lower[j-1], "s") && startsUpper(s.toks[j].Text) && startsUpper(s.toks[j+1].Text) && !titlePrepBefore(s, j-1) {
				// a headline: "Hedge Funds Support Hillary Clinton"
				s.tags[j] = "VBP"
				continue
			}
			plural := p == "NNS" || p == "NNPS" || (p == "VBN" || p == "VBD") && j > 1 && isNounTag(s.tags[j-2]) || quantifiers[s.lower[j-1]] || pollShares[s.lower[j-1]] && j > 1 && s.tags[j-2] == "CD" ||
				p == "CD" && j > 1 && (s.lower[j-2] == "under" || s.lower[j-2] == "over") || p == "NNP" && (isTimeWord(s.lower[j-1]) || coordinatedNames(s, j-1))
			if quantifiers[s.lower[j-1]] && (s.lower[j+1] == "," || s.lower[j+1] == ".") && (j < 2 || s.lower[j-2] == ",") {
				// "That attitude, many argue, could …", "…, many think."
				s.tags[j] = "VBP"
				continue
			}
			object := s.lower[j+1] == "that" || nx == "NNP" || nx == "DT" || nx == "VBG" || s.lower[j+1] == "him" || s.lower[j+1] == "her" || s.lower[j+1] == "them" ||
				nx == "RB" && j+2 < n && s.tags[j+2] == "VBG" || s.lower[j+1] == "at" && j+2 < n && s.lower[j+2] == "least"
			if plural && object && !finiteBefore(s, j) {
				s.tags[j] = "VBP"
				continue
			}
			if s.lower[j+1] == "that" && j+2 < n && clauseOpens(s.tags[j+2]) && !possessedBefore(s, j) && !finiteBefore(s, j) &&
				(p == "," && j > 1 && (s.tags[j-2] == "NN" || s.tags[j-2] == "RB") || isTimeWord(s.lower[j-1]) || p == "RB" && j > 1 && isNounTag(s.tags[j-2])) {
				// a base form before a clause, after an aside or a time
				// on its subject: "Cement makers, for instance, argue
				// that …", "Clinton defenders today argue that …"
				s.tags[j] = "VBP"
			}
			continue
		}
		p := s.tags[j-1]
		if past := !strings.HasSuffix(w, "s"); past && (p == "NN" || p == "NNS") && !isNounTag(s.tags[j+1]) && s.tags[j+1] != "JJ" && s.tags[j+1] != "DT" {
			// a past form after a common noun, with no noun after it to
			// modify: "“…,” one user wrote.", "the employee wrote in"
			s.tags[j] = "VBD"
			continue
		}
		if !(p == "NNP" || p == "NNPS" || p == "PRP" && s.lower[j-1] != "it") {
			continue
		}
		if p != "PRP" {
			// the name must not be a modifier: "the Clinton notes"
			a := j - 1
			for a > 0 && (s.tags[a-1] == "NNP" || s.tags[a-1] == "NNPS") {
				a--
			}
			if a > 0 && (s.tags[a-1] == "DT" || s.tags[a-1] == "PRP$" || s.tags[a-1] == "POS") && s.lower[a-1] != "the" {
				continue
			}
			if a > 0 && s.lower[a-1] == "the" && !(strings.HasSuffix(w, "s") && (s.lower[j+1] == "that" || s.lower[j+1] == ":")) {
				// "The Washington Post reports that"; not "the Bugti
				// notes."
				continue
			}
		}
		nx := s.lower[j+1]
		if !(nx == "." || nx == "," || nx == "that" || nx == "to" || nx == ":" || isOpenQuote(s.toks[j+1].Text) || !strings.HasSuffix(w, "s") && (s.tags[j+1] == "IN" || s.tags[j+1] == "PRP") ||
			w == "told" && !title && (s.tags[j+1] == "NNP" || s.tags[j+1] == "NNPS" || s.tags[j+1] == "DT")) {
			// (a past form may also take a preposition or a pronoun:
			// "McCarthy wrote in National Review", "Murphy told me";
			// and "told" is hardly an adjective: "Schilling told WEEI:
			// …")
			continue
		}
		if strings.HasSuffix(w, "s") {
			s.tags[j] = "VBZ"
		} else {
			s.tags[j] = "VBD"
		}
	}
}

// clauseOpens says whether a word with the tag can open a clause's
// subject after "that": a pronoun, a determiner, a noun or a number.
func clauseOpens(tag string) bool {
	return tag == "PRP" || tag == "DT" || tag == "CD" || tag == "EX" || tag == "PRP$" || tag == "JJ" || isNounTag(tag)
}

// possessedBefore says whether the noun at j has a determiner or a
// possessor in its phrase ("the hope", "Obama's hopes", "his claims"):
// then it is a noun.
func possessedBefore(s *sentence, j int) bool {
	for m := j - 1; m >= 0 && j-m <= 4; m-- {
		switch s.tags[m] {
		case "DT", "PRP$", "POS":
			return true
		case "NNS", "NNPS":
			if m == j-1 {
				// a plural right before is the subject, not a modifier:
				// "a tactic Democrats hope will …"
				return false
			}
			continue
		case "NNP", "NN", "JJ":
			continue
		}
		return false
	}
	return false
}

// coordinatedNames says whether the name ending at token e is the last
// of names joined by "and" ("the United States, Britain and France").
func coordinatedNames(s *sentence, e int) bool {
	for m := e - 1; m > 0 && e-m <= 3; m-- {
		if s.lower[m] == "and" {
			return s.tags[m-1] == "NNP" || s.tags[m-1] == "NNPS"
		}
		if s.tags[m] != "NNP" {
			return false
		}
	}
	return false
}

// titlePrepBefore says whether a preposition stands before token e in a
// title-case headline ("… After Rules Report Is Presented"): the words
// after it are its object, not a subject.
func titlePrepBefore(s *sentence, e int) bool {
	prep := false
	for m := 0; m < e; m++ {
		switch s.lower[m] {
		case "after", "before", "of", "in", "on", "at", "for", "with", "by", "to", "from", "over", "about":
			prep = true
		case "while", "as", "because", "when", "-", "—", ":":
			prep = false // a clause of its own: "… While Republicans Tweet Prayers"
		}
	}
	return prep
}

// pastAsParticiple says whether the participle at i, after a noun, is
// the clause's own past tense that the tagger read as a participle: its
// noun phrase opens the clause and no verb of a main clause follows
// ("Many reporters noted on Twitter the change", "people suspected that
// Murphy was behind it", "34,000 people supported Trump"); not "the
// report published on Monday showed".
func (f *finder) pastAsParticiple(s *sentence, i int) bool {
	st := f.npLeft(s, i-1)
	if st < 0 || s.lower[i] == "known" {
		return false
	}
	if st > 0 {
		// the noun phrase is a subject only where a clause opens, not
		// after a preposition ("with 30,000 immigrants expected")
		p := s.lower[st-1]
		if !(p == "," || p == "and" || p == "but" || p == ";" || isCloseQuote(s.toks[st-1].Text) || subordinators[p]) {
			return false
		}
		if p == "," && (s.lower[st] == "a" || s.lower[st] == "an") {
			// an apposition: "Joe Madison, a radio host considered one
			// of …", "…, a plan announced earlier this year"
			return false
		}
	}
	if i+1 < len(s.toks) {
		switch s.lower[i+1] {
		case "to", "at", "with", "as", "by":
			// "believed to be", "estimated at", "charged with": a passive
			return false
		case ".":
			// a headline's passive: "Pfizer deal's tax strategy assailed."
			if st == 0 {
				return false
			}
		}
		if s.tags[i+1] == "IN" && !personNoun(s.lower[i-1], s.tags[i-1]) {
			// "notes written in the margins"; but "Many reporters noted on
			// Twitter …"
			return false
		}
	}
	if i+1 < len(s.toks) && s.lower[i+1] == "that" {
		return true
	}
	for m := i + 1; m < len(s.toks); m++ {
		w := s.lower[m]
		if s.quoted[m] || w == ";" || w == ":" || w == "that" || w == "who" || w == "which" || w == "whether" || w == "why" || w == "if" || w == "because" || w == "when" {
			return true
		}
		if (finite(s.tags[m]) || s.tags[m] == "MD") && !(s.tags[m] == "VBD" && s.tags[m-1] == "PRP") {
			return false
		}
	}
	return true
}

// relativeSubjectBefore says whether the tokens before the past form at
// j are "which" or "whom" and a short noun phrase with no verb, the
// subject of a relative clause that has no verb yet: "which | the
// traders | opposed". A phrase after the form ("opposed by …") makes it a
// participle after all.
func relativeSubjectBefore(s *sentence, j int) bool {
	if j+1 < len(s.toks) && (s.lower[j+1] == "by" || s.tags[j+1] == "DT" || s.tags[j+1] == "PRP" || s.tags[j+1] == "NNP") {
		return false
	}
	for r := j - 1; r >= 0 && j-r <= 6; r-- {
		w := s.lower[r]
		if s.quoted[r] {
			return false
		}
		if w == "which" || w == "whom" {
			return r < j-1 && startsNP(s, r+1)
		}
		if !(s.tags[r] == "DT" || s.tags[r] == "JJ" || s.tags[r] == "PRP$" || s.tags[r] == "CD" || isNounTag(s.tags[r]) || s.tags[r] == "POS") {
			return false
		}
	}
	return false
}

// activeWithObject says whether the past form at i has a person or a name
// as its object, followed by the preposition or clause that its verb
// takes: "accused Clinton of …", "blamed them for …", "told Trump that
// …", "urged him to …". A passive participle has no such object.
func activeWithObject(s *sentence, i int) bool {
	n := len(s.toks)
	k := i + 1
	if k < n && (s.lower[k] == "him" || s.lower[k] == "her" || s.lower[k] == "them" || s.lower[k] == "us" || s.lower[k] == "me") {
		k++
	} else {
		for k < n && (s.tags[k] == "NNP" || s.tags[k] == "NNPS") && !isTimeWord(s.lower[k]) && !s.quoted[k] {
			k++
		}
	}
	if k == i+1 || k >= n || s.quoted[k] {
		return false
	}
	switch s.lower[k] {
	case "of", "for", "that":
		return true
	case "to":
		return k+1 < n && s.tags[k+1] == "VB"
	}
	return false
}

// attackedPerson says whether the object at k is a person attacked in
// words: a name or a pronoun of people, with "for" or a participle of
// saying after it, or a name of two words or more ("attacked Rubio for not
// answering", "attacked Romney, calling him …", "attacked Mitt Romney").
func attackedPerson(s *sentence, k int) bool {
	n := len(s.toks)
	e := k
	for e < n && (s.tags[e] == "NNP" || s.tags[e] == "NNPS") && !s.quoted[e] {
		e++
	}
	if e == k && k < n && (s.lower[k] == "him" || s.lower[k] == "her" || s.lower[k] == "them") {
		e = k + 1
	}
	if e == k {
		return false
	}
	if e < n && (s.lower[e] == "for" || s.lower[e] == "," && e+1 < n && strings.HasSuffix(s.lower[e+1], "ing")) {
		return true
	}
	return e-k >= 2 && s.tags[k] == "NNP"
}

// armed says whether the subject [a, b) of an attack is armed: a force or
// an armed group among the actors, or a noun naming fighters.
func (f *finder) armed(s *sentence, a, b, cue int) bool {
	if k := f.res.speaker(s, a, b, s.toks[cue].Start); k >= 0 {
		switch f.res.acts[k].Kind {
		case "armed_group", "security_force":
			return true
		}
	}
	h := s.lower[speakerHead(s, a, b)]
	return securityHeads[h] && h != "officials" && !strings.HasPrefix(h, "spokes") || armedNouns[h] || groupHeads[h] && h != "campaign" && h != "party" && h != "committee"
}

// mannerAdverb says whether token j is an adverb of manner in -ly between
// a subject and its verb ("his critics hysterically denounced him").
func mannerAdverb(s *sentence, j int) bool {
	w := s.lower[j]
	if (s.tags[j] == "RBS" || s.tags[j] == "RBR") && j+1 < len(s.toks) && !s.quoted[j] {
		// a degree on the adverb: "most recently", "more forcefully"
		return mannerAdverb(s, j+1)
	}
	return s.tags[j] == "RB" && len(w) > 4 && strings.HasSuffix(w, "ly") && !s.quoted[j]
}

// thinkerBefore says whether any noun may be the subject of the verb of
// thinking at i: after a report ("…, the campaigns agree.") or before
// "that" ("Trump's inner circle believes that …").
func thinkerBefore(s *sentence, d draft, i int) bool {
	n := len(s.toks)
	if d.srcS < 0 || d.srcE != i || !isNounTag(s.tags[d.srcE-1]) || isTimeWord(s.lower[d.srcE-1]) || periodWords[s.lower[d.srcE-1]] {
		return false
	}
	if i+1 < n && s.lower[i+1] == "." && d.srcS > 0 && (s.lower[d.srcS-1] == "," || isCloseQuote(s.toks[d.srcS-1].Text)) {
		// (not after a subordinate clause: "But even after the growth
		// cooled, the borrowing continued.")
		for m := 0; m < min(3, d.srcS); m++ {
			if subordinators[s.lower[m]] && !s.quoted[m] {
				return false
			}
		}
		return true
	}
	return i+1 < n && s.lower[i+1] == "that" && finite(s.tags[i])
}

// finiteBefore says whether a finite verb stands in the clause before
// token j: then a noun before j is an object, and j no verb ("won Latino
// support Tuesday").
func finiteBefore(s *sentence, j int) bool {
	for m := j - 1; m >= 0; m-- {
		w := s.lower[m]
		if w == "," || w == ";" || w == ":" || s.quoted[m] || subordinators[w] && (s.tags[m] == "IN" || s.tags[m] == "WRB") || w == "who" || w == "that" {
			return false
		}
		if w == "and" && (s.tags[m+1] == "CD" || s.tags[m+1] == "DT" || s.tags[m+1] == "PRP") {
			// "… prefer Johnson and 1 percent support Stein": a clause
			// of its own
			return false
		}
		if finite(s.tags[m]) && !(s.tags[m] == "VBD" && m > 0 && (s.tags[m-1] == "NNS" || s.tags[m-1] == "NN")) || s.tags[m] == "MD" {
			// (a past form after a common noun is a participle: "students
			// polled", "voters surveyed Tuesday")
			return true
		}
	}
	return false
}

// titleCase says whether a sentence is a headline in title case: most of
// its words start with a capital.
func titleCase(s *sentence) bool {
	words, caps := 0, 0
	for _, t := range s.toks {
		if isPunct(t.Text) || len(t.Text) < 4 {
			continue
		}
		words++
		if startsUpper(t.Text) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// nameTags corrects the tags of names the part-of-speech tagger reads by
// their endings ("Jolly/RB", "Schumer/JJR", "Skelly/RB"): a capitalized
// word inside the sentence, or one the recognizer marks as part of a
// person's, organisation's or place's name, is a proper noun. names holds
// the code-point ranges of those entity mentions.
func nameTags(s *sentence, names [][2]int) {
	for j, t := range s.toks {
		tag := s.tags[j]
		if tag == "" || tag == "NNP" || tag == "NNPS" || tag == "PRP" || !startsUpper(t.Text) || len(t.Text) < 2 {
			continue
		}
		inside := j > 0 && !isOpenQuote(s.toks[j-1].Text) && s.toks[j-1].Text != ":" && s.toks[j-1].Text != "—"
		if !inside && !inNames(names, t.Start, t.End) {
			continue
		}
		if inside && stopCaps[s.lower[j]] {
			continue
		}
		s.tags[j] = "NNP"
	}
	// particles inside a name ("Observatoire des Mines de l'Est", "Osama
	// bin Laden", "Ursula von der Leyen") join the name around them
	for j := 0; j+1 < len(s.toks); j++ {
		if !nameParticles[s.lower[j]] || j > 0 && s.tags[j-1] != "NNP" && !(leadParticles[s.lower[j]] && opensClause(s, j) && s.tags[j+1] == "NNP") {
			// a particle opening a surname at the start of a clause: "de
			// Blasio said", "…, van Gogh wrote"
			continue
		}
		if j == 0 && !leadParticles[s.lower[j]] {
			continue
		}
		k := j
		for k < len(s.toks) && nameParticles[s.lower[k]] && k-j < 3 {
			k++
		}
		if k < len(s.toks) && s.tags[k] == "NNP" {
			for m := j; m < k; m++ {
				s.tags[m] = "NNP"
			}
		}
	}
}

// nameParticles are the lower-case words that can stand inside a proper
// name.
var nameParticles = set("de", "des", "du", "la", "le", "les", "del", "della", "di", "da", "dos",
	"das", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "y", "e", "d'", "l'", "et")

// leadParticles may open a surname without a given name before them ("de
// Blasio", "von Trapp"); articles and conjunctions in other languages
// ("la", "y", "e") may not.
var leadParticles = set("de", "del", "della", "di", "da", "van", "von", "der", "bin", "ibn", "al", "el")

// inNames says whether [start, end) lies in one of the ranges.
func inNames(names [][2]int, start, end int) bool {
	for _, r := range names {
		if r[0] <= start && end <= r[1] {
			return true
		}
	}
	return false
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

func isOpenQuote(s string) bool {
	switch s {
	case "“", "«", "``", "\"", "''", "‘":
		return true
	}
	return false
}

func isCloseQuote(s string) bool {
	switch s {
	case "”", "»", "\"", "''", "’":
		return true
	}
	return false
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// sentence finds the cues of one sentence and builds their claims.
func (f *finder) sentence(s *sentence) {
	if s.tags == nil {
		return
	}
	n := len(s.toks)
	from := len(f.drafts)
	if d, ok := f.colonLine(s); ok {
		f.add(s, d)
	}
	for i := 0; i < n; i++ {
		if s.quoted[i] {
			continue
		}
		if d, ok := f.byline(s, i); ok {
			f.add(s, d)
			i = d.srcE - 1
			continue
		}
		// "according to X"
		if s.lower[i] == "according" && i+1 < n && s.lower[i+1] == "to" {
			if d, ok := f.according(s, i); ok {
				f.add(s, d)
			}
			i++
			continue
		}
		if d, ok := f.hedge(s, i); ok {
			f.add(s, d)
			continue
		}
		if s.lower[i] == "in" {
			if d, ok := f.citation(s, i); ok {
				f.add(s, d)
				i = d.srcE - 1
				continue
			}
		}
		// cue phrases built around a noun or a fixed phrase ("faced
		// criticism from", "her promise to", "as X put it"): the scan
		// goes on after the cue
		if d, ok := f.phrase(s, i); ok {
			f.add(s, d)
			i = d.cueE - 1
			continue
		}
		v, ok := cueVerbs[s.lower[i]]
		generic := false // any verb taking a clause
		if !ok && s.lower[i] == "like" && i > 0 && (s.lower[i-1] == "would" || s.lower[i-1] == "'d" || s.lower[i-1] == "’d") && i+2 < len(s.toks) && s.lower[i+1] == "to" && s.tags[i+2] == "VB" {
			// "would like to see": a wish, like "wants to"
			v, ok = verb{lemma: "like", class: classThink}, true
		}
		if !ok && (s.lower[i] == "put" || s.lower[i] == "puts" || s.lower[i] == "putting") && tollPut(s, i) {
			// "Officials put the death toll at 40", "put the toll
			// higher": a figure given
			v, ok = verb{lemma: "put", class: classAct}, true
		}
		if !ok && giveForms[s.lower[i]] && isVerbTag(s.tags[i]) && tollGiven(s, i) {
			// "The agency gave a higher toll of 78": a figure given
			v, ok = verb{lemma: "give", class: classAct}, true
		}
		if !ok && takeForms[s.lower[i]] && isVerbTag(s.tags[i]) {
			if e, kind := jabAt(s, i); e > 0 {
				// "took a swipe at", "has taken issue with": a stance
				// taken
				v, ok = verb{lemma: "take a shot", class: classAct, kind: kind}, true
			}
		}
		if !ok && responsibilityAt(s, i) {
			// "took responsibility for", "has accepted full
			// responsibility for": a claim of responsibility
			v, ok = verb{lemma: "take", class: classAct, kind: KindResponsibility}, true
		}
		if p, found := phrasalAt(s, i); found {
			// (before the verb alone: "pushed back on" is not "push")
			v, ok = verb{lemma: p.lemma, class: classAct, kind: p.kind}, true
		}
		if !ok && makeForms[s.lower[i]] && i+1 < len(s.toks) && (s.lower[i+1] == "clear" || s.lower[i+1] == "it" && i+2 < len(s.toks) && s.lower[i+2] == "clear") {
			// "made it clear that …", "makes clear …"
			v, ok = verb{lemma: "make clear", class: classSay}, true
		}
		if !ok && raisedQuestions(s, i) > 0 {
			// "Trump has raised questions about …": a person who raises
			// them asks them (a thing that raises them is its cause: see
			// below)
			v, ok = verb{lemma: "raise questions", class: classSay}, true
		}
		madeNP := 0 // the end of an act made that is itself the content
		if !ok && makeForms[s.lower[i]] {
			if e, kind, np := f.madeSpeech(s, i); e > 0 {
				madeNP = np
				// "made the case that …", "made comments about …": a
				// speech act made
				v, ok = verb{lemma: "make a statement", class: classSay, kind: kind}, true
			}
		}
		if !ok && thatCue(s, i) && !noThatCue[s.lower[i]] && (finite(s.tags[i]) || s.tags[i] == "VBG" && !(i > 0 && beForms[s.lower[i-1]] && i > 1 && s.lower[i-2] == "it") || s.tags[i] == "VBN" && perfectBefore(s, i)) &&
			s.tags[i+1] == "IN" && f.newClause(s, i+2, len(s.toks)) {
			// any verb with a clause of its own: "learned that", "conceded
			// that", "bragged that" — a verb of saying or knowing
			v, ok = verb{lemma: s.lower[i], class: classThink}, true
			generic = true
		}
		if !ok && stanceAdjectives[s.lower[i]] && i+2 < len(s.toks) && s.lower[i+1] == "that" && stanceCopula(s, i) < i && (f.newClause(s, i+2, len(s.toks)) || startsNP(s, i+2) && hasFinite(s, i+3, min(len(s.toks), i+10))) {
			// (the clause's subject may hide a participle the tagger
			// misreads: "that the border crossing/VBG will reopen")
			// a stance held: "were adamant that", "remain confident
			// that", "is aware that"
			v, ok = verb{lemma: s.lower[i], class: classThink}, true
		}
		if !ok && stanceAdjectives[s.lower[i]] && i+2 < len(s.toks) && (s.tags[i+1] == "PRP" || s.tags[i+1] == "DT" || s.tags[i+1] == "NNP") && !s.quoted[i+1] && stanceCopula(s, i) < i && f.newClause(s, i+1, len(s.toks)) {
			// with "that" left out: "were certain they would support
			// Sanders", "is confident the bill will pass"
			v, ok = verb{lemma: s.lower[i], class: classThink}, true
		}
		if !ok || !f.verbOK(s, i, v) {
			continue
		}
		if d, ok := f.verbCue(s, i, v); ok && !f.citedPoll(s, d) {
			if v.lemma == "threaten" && d.srcS >= 0 && thingSubject(s, d.srcS, d.srcE) {
				// "the attacks threatened shipping": a danger, not a
				// threat someone made
				continue
			}
			if d.kind == KindResponsibility && (d.srcS >= 0 && noOne[s.lower[d.srcS]] && !s.quoted[d.srcS] || negated(s, i)) {
				// "No group claimed responsibility", "The TTP has not
				// claimed responsibility": no one claimed it. (Other
				// verbs keep a claim with such a subject, as news
				// attribution corpora mark it: "Neither company would
				// comment")
				continue
			}
			if (generic || stanceAdjectives[v.lemma]) && (d.srcS < 0 || d.srcE == d.srcS+1 && (s.lower[d.srcS] == "it" || demonstratives[s.lower[d.srcS]])) {
				continue // "it is certain that", "it has not helped that": no one holds it
			}
			if stanceAdjectives[v.lemma] {
				d.cueS = stanceCopula(s, i)
			}
			if (v.class != classStrong && modalBefore(s, i) || (v.class == classAct || v.class == classThink) && v.kind == "" && v.lemma != "call" && v.lemma != "describe") && d.srcS >= 0 && f.insideContent(s, d.srcS) {
				// "said he would consider a third-party run", "said the
				// army believed the rebels had fled": an act or a thought
				// reported inside what someone said is part of that claim,
				// not a claim of its own; stances with a kind (denials,
				// accusations, support) stay claims
				continue
			}
			if d.srcS >= 0 && d.kind == "" && sharesSpeak(s, d.srcS, d.cueE) && f.insideReport(s, d.srcS) {
				// "A poll released Friday found that 70 percent of voters
				// said …": the poll speaks for its respondents
				continue
			}
			if v.lemma == "raise questions" && (d.srcS < 0 || !askerSubject(s, d.srcS, d.srcE)) {
				// "The documents raised new questions about …": no one
				// asks; the noun's own reading (received) gives the claim
				continue
			}
			if madeNP > 0 && d.conS == i+1 {
				// "made those comments | in response to …": the act made
				d.conE = madeNP
			}
			f.add(s, d)
			if d.cueE-1 > i {
				i = d.cueE - 1
			}
		}
	}
	f.sameSpeakerEnds(s, from)
}

// sameSpeakerEnds ends a content where a later cue of the same speaker
// begins: "called the plan “careless,” | but said …", "argued that … |
// but conceded that …", "who said the allies should act | , tweeted
// that …" (the first speaker is a relative inside the second's). A cue
// whose speaker is someone inside the content stays in it: "said the
// army believed …".
func (f *finder) sameSpeakerEnds(s *sentence, from int) {
	for a := from; a < len(f.drafts); a++ {
		da := &f.drafts[a]
		if da.sent != s.idx || da.conS < 0 || da.srcS < 0 || da.srcE > da.cueS || da.line {
			continue
		}
		for b := a + 1; b < len(f.drafts); b++ {
			db := f.drafts[b]
			if db.sent != s.idx || db.srcS < 0 || db.cueS <= da.conS || db.cueS >= da.conE {
				continue
			}
			// (a shared subject may be the content's own: "said she
			// was a Republican and would back Trump"; only a verb of
			// speech makes it the speaker's)
			// (the cue's verb is its last word in the lexicon: "went on
			// to say", "has pointed out")
			speech := false
			for h := db.cueE - 1; h >= db.cueS; h-- {
				if vb, known := cueVerbs[s.lower[h]]; known {
					speech = vb.class == classStrong || vb.class == classSay || vb.class == classTell
					break
				}
			}
			same := db.srcS == da.srcS && db.srcE == da.srcE && speech
			rel := relativeStarts[s.lower[da.srcS]] || da.spanE > da.spanS && relativeStarts[s.lower[da.spanS]]
			// (the second speaker's phrase holds the relative clause of
			// the first: "who said …, tweeted"; "Shah, who keeps talking
			// about …, endorsed")
			dbS, dbE := db.srcS, db.srcE
			if db.spanE > 0 {
				dbS, dbE = min(dbS, db.spanS), max(dbE, db.spanE)
			}
			within := rel && dbS <= da.srcS && dbE > da.cueS && dbE <= db.cueS
			if !same && !within {
				continue
			}
			e := db.cueS
			for e > da.conS+1 && (s.lower[e-1] == "," || s.lower[e-1] == "and" || s.lower[e-1] == "but" || s.lower[e-1] == "then" || s.lower[e-1] == "—" || s.lower[e-1] == "--" || s.lower[e-1] == "–") && !s.quoted[e-1] {
				e--
			}
			fin := false
			for h := db.cueS; h < db.cueE && !fin; h++ {
				fin = finite(s.tags[h]) || s.tags[h] == "MD"
			}
			if e > da.conS && (e < db.cueS || isCloseQuote(s.toks[e-1].Text) && s.quoted[e-1]) && fin {
				// (a conjunction or a comma goes before the second cue, and
				// the cue is finite: not "for speaking out", "sit him down
				// and tell him")
				da.conE = e
			}
			break
		}
	}
}

// verbOK says whether token i is used as a verb here.
func (f *finder) verbOK(s *sentence, i int, v verb) bool {
	tag := s.tags[i]
	if i > 0 {
		switch s.tags[i-1] {
		case "DT", "PRP$", "POS":
			// "the said property", "his claims", "a report"; but "Some
			// say", "Many believe"
			if !(quantifiers[s.lower[i-1]] && (v.class == classStrong || v.class == classThink || v.class == classSay || finite(tag)) || pronounSubjects[s.lower[i-1]]) {
				return false
			}
		case "CD":
			// a participle between a number and its noun: "won 758
			// pledged delegates", "its 25 recommended delegates"; but
			// "Three accused police of …"
			if strings.HasSuffix(s.lower[i], "ed") && i+1 < len(s.toks) && s.tags[i+1] == "NNS" && !s.quoted[i+1] && !(i+2 < len(s.toks) && (s.lower[i+2] == "of" || s.lower[i+2] == "to" || s.lower[i+2] == "that")) {
				return false
			}
		case "JJ":
			// "a third say", "the elderly say": an adjective after a
			// determiner heads the subject of a strong speech verb
			if !isPersonish(s.lower[i-1]) && !quantifiers[s.lower[i-1]] && !(v.class == classStrong && i >= 2 && s.tags[i-2] == "DT") {
				return false
			}
		}
	}
	if v.class == classStrong || stanceAdjectives[v.lemma] {
		return true
	}
	return isVerbTag(tag)
}

// relativeOwner returns the speaker of the claim whose content holds a
// relative clause with "it" or "they" as its speaker ("… an attack that
// it said killed …"), unless that speaker is one person. A speaker the
// actors do not name gives -1: the pronoun is still not the nearest
// name.
func (f *finder) relativeOwner(s *sentence, d draft) (int, bool) {
	if d.srcS < 2 || d.srcE-d.srcS != 1 || (s.lower[d.srcS] != "it" && s.lower[d.srcS] != "they") || (s.lower[d.srcS-1] != "that" && s.lower[d.srcS-1] != "which") || s.quoted[d.srcS] {
		return -1, false
	}
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		m := f.drafts[k]
		if m.srcS < 0 || m.srcS > m.cueS || m.conS < 0 || m.conS >= d.srcS || d.srcS >= m.conE {
			continue
		}
		if m.speaker >= 0 && f.res.acts[m.speaker].Kind == "person" {
			return -1, false // "it" and "they" are not one person
		}
		return m.speaker, true
	}
	return -1, false
}

// anonymityAsked says whether a claim only asks not to be named:
// "requesting anonymity", "asked not to be identified".
func anonymityAsked(s *sentence, d draft) bool {
	if d.conS < 0 || d.conS >= len(s.toks) {
		return false
	}
	c := d.conS
	if s.lower[c] == "anonymity" {
		// (not "demanded anonymity for her sources")
		return c+1 >= d.conE || isPunct(s.lower[c+1])
	}
	if c+3 < len(s.toks) && s.lower[c] == "not" && s.lower[c+1] == "to" && s.lower[c+2] == "be" && (s.lower[c+3] == "named" || s.lower[c+3] == "identified") {
		return true
	}
	// "asking that her name not be used"
	t := c
	if s.lower[t] == "that" {
		t++
	}
	if t+4 < len(s.toks) && s.tags[t] == "PRP$" && s.lower[t+1] == "name" && s.lower[t+2] == "not" && s.lower[t+3] == "be" {
		return true
	}
	// "who declined to give his surname", "declined to be named"
	if c+2 < len(s.toks) && s.lower[c] == "to" && s.lower[c+1] == "be" && (s.lower[c+2] == "named" || s.lower[c+2] == "identified") {
		return true
	}
	if c+3 < len(s.toks) && s.lower[c] == "to" && (s.lower[c+1] == "give" || s.lower[c+1] == "provide" || s.lower[c+1] == "share") && (s.tags[c+2] == "PRP$" || s.lower[c+2] == "a" || s.lower[c+2] == "the") {
		k := c + 3
		if k+1 < len(s.toks) && (s.lower[k] == "full" || s.lower[k] == "last" || s.lower[k] == "family") {
			k++
		}
		return s.lower[k] == "name" || s.lower[k] == "surname" || s.lower[k] == "names" || s.lower[k] == "surnames" || s.lower[k] == "identity"
	}
	return false
}

// thingSubject says whether the subject [a, b) is headed by a common noun
// that names no one who could speak: "the attacks", "rising prices".
func thingSubject(s *sentence, a, b int) bool {
	h := speakerHead(s, a, b)
	w, t := s.lower[h], s.tags[h]
	if t != "NN" && t != "NNS" {
		return false
	}
	return !personNoun(w, t) && !orgHeads[w] && !groupHeads[w] && !securityHeads[w] && !stateHeads[w] && !mediaNouns[w] && !documentNouns[w] && !reportNouns[w]
}

// askerSubject says whether the subject [a, b) can ask questions: a name,
// a pronoun, or a noun of people or of a body (not "The documents raised
// new questions", "His remarks raised concerns").
func askerSubject(s *sentence, a, b int) bool {
	// not a thing, nor a document or a report, which may speak
	// (thingSubject) but do not ask
	w := s.lower[speakerHead(s, a, b)]
	return !thingSubject(s, a, b) && !documentNouns[w] && !reportNouns[w]
}

// tollGiven says whether "gave" at token i gives a figure: a determiner,
// adjectives, then a noun of counting with "of" and a number ("gave a
// higher toll of 78", "gave a death toll of 12").
func tollGiven(s *sentence, i int) bool {
	n := len(s.toks)
	k := i + 1
	if k >= n || s.tags[k] != "DT" {
		return false
	}
	for k++; k < n && k-i <= 5 && (s.tags[k] == "JJ" || s.tags[k] == "JJR" || s.tags[k] == "NN") && !tallyNouns[s.lower[k]]; k++ {
	}
	return k+2 < n && tallyNouns[s.lower[k]] && s.lower[k+1] == "of" && s.tags[k+2] == "CD"
}

// tollPut says whether "put" at token i gives a figure: a noun of
// counting within a few words, then "at" or a comparative ("put the death
// toll at 40", "put the number of displaced people at 2 million", "put
// the toll higher").
func tollPut(s *sentence, i int) bool {
	n := len(s.toks)
	for k := i + 1; k < n && k-i <= 8; k++ {
		if s.quoted[k] || isPunct(s.lower[k]) {
			return false
		}
		if !tallyNouns[s.lower[k]] {
			continue
		}
		for m := k + 1; m < n && m-k <= 5; m++ {
			switch {
			case s.lower[m] == "at" || s.tags[m] == "JJR" || s.tags[m] == "RBR":
				return true
			case isPunct(s.lower[m]) || s.quoted[m]:
				return false
			}
		}
		return false
	}
	return false
}

// responsibilityAt says whether a form of "take" or "accept" at token i
// takes responsibility: "took responsibility", "accepted full
// responsibility", "has taken the responsibility".
func responsibilityAt(s *sentence, i int) bool {
	if !takeForms[s.lower[i]] || s.quoted[i] {
		return false
	}
	k := i + 1
	if k < len(s.lower) && (s.lower[k] == "full" || s.lower[k] == "sole" || s.lower[k] == "the") {
		k++
	}
	return k < len(s.lower) && s.lower[k] == "responsibility"
}

// madeSpeech reads a speech act made with "make" at token i: "made the
// case that", "is making an impassioned case for", "made comments about",
// "has made no secret of", "made a plea for", "made the following
// statement:". It returns the end of the cue (after the noun, and after
// a preposition that opens what was said) and the kind of the act, or 0
// when i opens no such act. With nothing of that kind after it, an
// object with a determiner is what was said ("He made those comments in
// response to …", "making his pitch"): the cue is the verb alone, and
// the end of the noun phrase is returned as the third value.
func (f *finder) madeSpeech(s *sentence, i int) (int, string, int) {
	n := len(s.toks)
	if !makeForms[s.lower[i]] || s.quoted[i] || !isVerbTag(s.tags[i]) {
		return 0, "", 0
	}
	k := i + 1
	back := k < n && (s.lower[k] == "similar" || s.lower[k] == "such")
	if k < n && (s.tags[k] == "DT" || s.tags[k] == "PRP$" || s.tags[k] == "CD") {
		k++
	}
	for k < n && k-i <= 6 && (s.tags[k] == "JJ" || s.tags[k] == "RB" || s.tags[k] == "JJR" || s.tags[k] == "JJS" || s.lower[k] == "following" || s.lower[k] == "," || s.lower[k] == "and" || s.tags[k] == "VBN" && k+1 < n && isNounTag(s.tags[k+1])) && !s.quoted[k] {
		k++
	}
	if k+1 >= n || s.quoted[k] {
		return 0, "", 0
	}
	kind, ok := madeNouns[s.lower[k]]
	if !ok {
		return 0, "", 0
	}
	noun := s.lower[k]
	if t := timeAfter(s, k+1, n); t > k+1 && t+1 < n && s.lower[t] == "that" && clauseNouns[noun] {
		// "made the case on Monday | that …"
		return t, kind, 0
	}
	switch w := s.lower[k+1]; {
	case w == "for" && k+3 < n && periodWords[s.lower[k+2]] && s.lower[k+3] == "that":
		// "has been making the case for weeks | that …"
		return k + 3, kind, 0
	case w == "that" && clauseNouns[noun] && (f.newClause(s, k+2, n) || k+2 < n && !finite(s.tags[k+2]) && s.tags[k+2] != "MD"):
		// "made the point | that …"; not the relative of "made comments
		// that angered …"
		return k + 1, kind, 0
	case w == ":" || madePrepositions[w] && !(w == "to" && !(noun == "reference" || noun == "references")):
		// "made comments about | …", "made no secret of | …", "made a
		// plea for | …", "made veiled references to | …"
		if k+2 < n && w == "of" && s.tags[k+2] == "VBG" {
			// "made a point of saying | …"
			if _, say := cueVerbs[s.lower[k+2]]; say {
				return k + 3, kind, 0
			}
		}
		return k + 2, kind, 0
	case w == "to" && k+2 < n && s.tags[k+2] == "VB" && clauseNouns[noun]:
		// "repeatedly made the case | to grant …"
		return k + 1, kind, 0
	case (back || s.tags[i+1] == "DT" || s.tags[i+1] == "PRP$") && !(startsNP(s, k+1) && s.tags[k+1] != "NNP" || s.tags[k+1] == "JJR" || s.tags[k+1] == "RBR" || s.tags[k+1] == "RB" && k+2 < n && s.tags[k+2] == "JJ"):
		// "made those comments in response to …", "making his pitch",
		// "made the comments Friday": the act made is what was said; not
		// "made the case a priority", "made the pledge more binding"
		return i + 1, kind, k + 1
	}
	return 0, "", 0
}

// raisedQuestions returns the index of the noun when the form of "raise"
// at i raises questions, concerns or doubts about something ("has raised
// questions about", "raising fresh doubts over", "raised concerns that
// …"), or 0.
func raisedQuestions(s *sentence, i int) int {
	n := len(s.toks)
	if !raiseForms[s.lower[i]] || s.quoted[i] || !isVerbTag(s.tags[i]) {
		return 0
	}
	k := i + 1
	for k < n && k-i <= 4 && (s.tags[k] == "JJ" || s.tags[k] == "JJR" || s.lower[k] == "new" || s.lower[k] == "more" || s.lower[k] == "some" || s.lower[k] == "many") && !s.quoted[k] {
		k++
	}
	if k+2 >= n || !raisedNouns[s.lower[k]] || s.quoted[k] {
		return 0
	}
	switch s.lower[k+1] {
	case "about", "over", "of", "regarding", "whether":
		return k
	case "that":
		if startsNP(s, k+2) {
			return k
		}
	}
	return 0
}

// jabAt returns the end of the cue when the form of "take" at i takes a
// verbal shot at someone or issue with something ("took a swipe at",
// "taking shots at", "has taken issue with"), with the kind of claim, or
// 0. It reads words only (the sentence may not be tagged yet); the caller
// checks that "take" is a verb.
func jabAt(s *sentence, i int) (int, string) {
	n := len(s.toks)
	if !takeForms[s.lower[i]] || strings.HasPrefix(s.lower[i], "accept") || s.quoted[i] {
		return 0, ""
	}
	k := i + 1
	if k < n && (s.lower[k] == "a" || s.lower[k] == "another" || s.lower[k] == "several" || s.lower[k] == "some") {
		k++
	}
	if k+1 >= n || s.quoted[k] {
		return 0, ""
	}
	switch {
	case jabNouns[s.lower[k]] && s.lower[k+1] == "at":
		return k + 2, KindCondemnation
	case s.lower[k] == "issue" && k == i+1 && s.lower[k+1] == "with":
		return k + 2, ""
	}
	return 0, ""
}

// jabNext says, before tagging, whether token j may take a verbal shot.
func jabNext(s *sentence, j int) bool {
	e, _ := jabAt(s, j)
	return e > 0
}

// perfectBefore says whether a form of "have" goes before the participle
// at i, past a negation or adverbs: "haven't demonstrated", "has long
// suspected".
func perfectBefore(s *sentence, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && (s.tags[k] == "RB" || negations[s.lower[k]]) {
		k--
	}
	return k >= 0 && perfectAux[s.lower[k]]
}

// raisingStart returns where a verb of going on, starting or seeming
// before the infinitive cue at i starts ("went on to say", "continues to
// insist", "seemed to confirm", "moved to emphasize"), or i when there is
// none.
func raisingStart(s *sentence, i int) int {
	if i >= 1 && s.tags[i] == "VBG" && gerundRaisers[s.lower[i-1]] && !s.quoted[i-1] {
		// "keeps talking about", "started saying"
		return i - 1
	}
	if i < 2 || s.lower[i-1] != "to" || s.tags[i] != "VB" {
		return i
	}
	k := i - 2
	if k >= 1 && s.lower[k] == "on" && goForms[s.lower[k-1]] {
		return k - 1
	}
	if raisingVerbs[s.lower[k]] && !s.quoted[k] {
		return k
	}
	return i
}

// stanceCopula returns where the copula of the stance adjective at i
// starts ("were adamant", "remain confident", "came away convinced",
// "is also keenly aware"), or i when there is none.
func stanceCopula(s *sentence, i int) int {
	k := i - 1
	if k >= 0 && (s.lower[k] == "so" || s.lower[k] == "too") {
		return i // a result: "so happy that she cried"
	}
	for k >= 0 && (s.tags[k] == "RB" || s.tags[k] == "RBR") && s.lower[k] != "away" && !s.quoted[k] {
		k--
	}
	if k >= 1 && s.lower[k] == "away" && (s.lower[k-1] == "came" || s.lower[k-1] == "come" || s.lower[k-1] == "comes") {
		return k - 1
	}
	if k >= 0 && !s.quoted[k] && (beForms[s.lower[k]] || stanceCopulas[s.lower[k]]) {
		return k
	}
	return i
}

// issuedSaying merges "issued a statement saying …" into one cue that
// runs from the verb of issuing to the participle, also across a time, an
// addressee or a comma between them ("released a statement Wednesday
// saying", "sent out a text message to supporters saying:", "issued a
// statement Thursday, saying"). The verb's own claim over the same words
// is dropped, and whoever issued the statement speaks.
func (f *finder) issuedSaying(s *sentence, d *draft) {
	if s.tags[d.cueS] != "VBG" || d.cueS < 2 {
		return
	}
	h := -1
	for m := d.cueS - 1; m >= 1 && d.cueS-m <= 10 && !s.quoted[m]; m-- {
		if statementNoun(s.lower[m]) {
			if f.issuedBetween(s, m+1, d.cueS) {
				h = m
			}
			break
		}
	}
	if h < 0 {
		return
	}
	st := f.npLeft(s, h)
	if st < 1 {
		return
	}
	v := st - 1
	if s.tags[v] == "RP" && v > 0 {
		v-- // "put out a statement saying"
	}
	if !issueVerbs[s.lower[v]] {
		return
	}
	d.cueS = v
	var issued *draft
	if n := len(f.drafts); n > 0 && f.drafts[n-1].sent == s.idx && f.drafts[n-1].cueS == v {
		issued = &f.drafts[n-1]
	}
	if d.srcS >= v && d.srcS < d.cueE || d.srcS < 0 {
		// the addressee or the time was read as the participle's
		// subject: the one who issued the statement speaks
		switch {
		case issued != nil && issued.srcS >= 0:
			d.srcS, d.srcE, d.spanS, d.spanE = issued.srcS, issued.srcE, issued.spanS, issued.spanE
		case v > 0 && (s.lower[v-1] == "which" || s.lower[v-1] == "who"):
			// "the ACLU of Oregon, which released a statement Tuesday
			// questioning …"
			d.srcS, d.srcE, d.spanS, d.spanE = v-1, v, 0, 0
		default:
			if ps, pe, found := f.clauseSubject(s, v-1); found {
				// (a subject with phrases of its own: "a group of
				// parents with kids in charter schools sent a letter")
				d.srcS, d.srcE, d.spanS, d.spanE = ps, pe, 0, 0
			} else if ps, pe, found := f.subjectBefore(s, v+1); found && pe <= v {
				d.srcS, d.srcE = ps, pe
				d.spanS, d.spanE = f.sharedSpan(s, ps, pe)
			}
		}
	}
	if issued != nil {
		f.drafts = f.drafts[:len(f.drafts)-1]
	}
}

// issuedBetween says whether tokens [a, e) between a statement and its
// participle are a time, an addressee or a comma: "Wednesday", "on
// Saturday night,", "to supporters", "to his supporters Tuesday".
func (f *finder) issuedBetween(s *sentence, a, e int) bool {
	if a < e && s.lower[a] == "to" {
		r := f.npRight(s, a+1)
		if r <= a+1 || r > e {
			return false
		}
		a = r
	}
	if a == e || e == a+1 && s.lower[a] == "," {
		return true
	}
	if !timePhrase(s, a, e) {
		return false
	}
	// a time, not any adverb ("the videos, as well, saying")
	return hasTimeWord(s, a, e)
}

// statementNoun says whether w names something issued that speaks: "a
// statement", "a letter", "an email".
func statementNoun(w string) bool {
	return speechNouns[w] || documentNouns[w] || mediaNouns[w]
}

// add completes a draft and records it.
func (f *finder) add(s *sentence, d draft) {
	if anonymityAsked(s, d) {
		// "requesting anonymity", "who asked not to be named": the terms
		// of the interview, not what was said
		return
	}
	d.sent, d.firstSent, d.endSent = s.idx, s.idx, s.idx
	d.preStart = -1
	f.issuedSaying(s, &d)
	f.widen(s, &d)
	f.coordinated(s, &d)
	d.extStart = -1
	if d.kind == "" {
		d.kind = KindStatement
	}
	// (a relative set off by a comma that no second comma closes runs to
	// the end of the sentence: the main clause's verb came before it,
	// "… the opposition, which he said had left the province broke.")
	openAside := func(r int) bool {
		return r > 0 && r < d.conE && s.lower[r-1] == "," && !slices.Contains(s.lower[r:d.conE], ",")
	}
	if d.srcS >= 0 && d.conS >= 0 && (s.lower[d.srcS] == "who" || s.lower[d.srcS] == "that" || d.spanE == d.spanS+1 && d.spanE > 0 && (s.lower[d.spanS] == "who" || s.lower[d.spanS] == "that")) && !openAside(d.srcS) {
		d.conE = relativeContentEnd(s, d.conS, d.conE, false)
	} else if d.srcS > 0 && d.conS >= d.cueE && d.srcE <= d.cueS && (s.lower[d.srcS-1] == "which" || s.lower[d.srcS-1] == "that" && s.tags[d.srcS-1] == "WDT") && !s.quoted[d.srcS-1] && (finite(s.tags[d.conS]) || s.tags[d.conS] == "MD") && !openAside(d.srcS-1) {
		// a relative whose subject is what was said: "the plan which
		// Chaudhry said would fail | was dropped"
		d.conE = relativeContentEnd(s, d.conS, d.conE, false)
	} else if d.srcS >= 0 && d.srcE == d.cueS && d.conS >= d.cueE && s.tags[d.cueS] == "VBG" && clauseStart(s, d.srcS) == d.srcS {
		// "Those supporting the closure | were few": a participle after
		// the sentence's subject; the main verb ends its object
		d.conE = relativeContentEnd(s, d.conS, d.conE, true)
	}
	if d.srcS > 0 && d.srcE <= d.cueS && (d.spanE == 0 || d.spanS == d.srcS) {
		// "at least 21,000 said", "Almost half said", "only a third
		// say": an approximating or limiting word before the subject
		// belongs to its span
		st := d.srcS
		switch {
		case st >= 2 && (s.lower[st-2] == "at" && (s.lower[st-1] == "least" || s.lower[st-1] == "most") || s.lower[st-1] == "than" && (s.lower[st-2] == "more" || s.lower[st-2] == "fewer" || s.lower[st-2] == "less")):
			st -= 2
		case s.lower[st-1] == "at" && (s.lower[st] == "least" || s.lower[st] == "most"):
			st--
		case subjectFocus[s.lower[st-1]]:
			st--
		}
		if st < d.srcS && opensClause(s, st) && !s.quoted[st] {
			if d.spanE == 0 {
				d.spanE = d.srcE
			}
			d.spanS = st
		}
	}
	if d.srcS >= 0 && d.spanE > d.srcE && d.srcE <= d.cueS && s.lower[d.spanE-1] == "," {
		// a connective set off at the end of the span is the writer's:
		// "Ted Cruz, by contrast, | wrote", "Brian Murphy, the county
		// chairman, for example, | said"
		for _, c := range connectives {
			if l := len(c); d.spanE-l-2 >= d.srcE && s.lower[d.spanE-l-2] == "," && slices.Equal(s.lower[d.spanE-l-1:d.spanE-1], c) {
				d.spanE -= l + 2
				break
			}
		}
	}
	if d.srcS == 0 && d.srcE <= d.cueS {
		// "PORT-AU-PRINCE - The leader of a gang said": the dateline is not who spoke
		if k := datelineEnd(s); k > 0 && k < d.srcE {
			d.srcS = k
			if d.spanE > 0 && d.spanS < k {
				d.spanS = k
			}
		}
	}
	d.speaker = -1
	if d.srcS >= 0 {
		d.speaker = f.res.speaker(s, d.srcS, d.srcE, s.toks[d.cueS].Start)
		if p, ok := f.previousBody(s, d); ok && d.speaker < 0 {
			// "Amnesty International said … The group said": the body
			// that spoke just before
			d.speaker = p
		} else if p, ok := f.previousSpeaker(s, d); ok {
			// "Bugti said Khan had resigned. He added …": a pronoun that
			// speaks right after a claim is its speaker, when it fits,
			// not the last name inside what was said
			d.speaker = p
		} else if d.speaker >= 0 && d.srcE-d.srcS == 1 && (s.lower[d.srcS] == "he" || s.lower[d.srcS] == "she") && f.unnamedSince(d.speaker, s.toks[d.cueS].Start) {
			// "A resident, who asked not to be named, said … “…,” he
			// said.": he is the resident, whom no actor names, not the
			// last man named before
			d.speaker = -1
		}
		if d.speaker < 0 && d.spanS == d.srcS && d.spanE > d.srcE {
			// "Forecasters at the National Institute of Meteorology
			// said", "a spokesman for the Taliban said": when the head
			// names no actor, the body it speaks for does
			for m := d.srcE; m < d.spanE-1 && s.lower[m] != ","; m++ {
				// (not past a comma: "Khan, in the wake of a poll
				// showing Bugti ahead, told")
				if ppPreps[s.lower[m]] {
					if s.lower[m] != "to" && s.lower[m] != "among" {
						// not "People close to X": they are not X
						d.speaker = f.res.speaker(s, m+1, trimEnd(s, d.spanE), s.toks[d.cueS].Start)
					}
					break
				}
			}
		}
	}
	if d.speaker < 0 && d.srcE-d.srcS == 2 && s.tags[d.srcS] == "DT" && mediaNouns[s.lower[d.srcS+1]] {
		// "according to the statement": whoever last spoke in a statement
		d.speaker = f.mediumSpeaker(s.lower[d.srcS+1])
	}
	if i, ok := f.relativeOwner(s, d); ok {
		// "The junta blamed the rebels for an attack that it said killed
		// seven officers": "it" in a relative clause inside what the
		// sentence's speaker said is that speaker, not the nearest name
		d.speaker = i
	}
	d.target = -1
	if d.tgtS >= 0 {
		d.target = f.res.target(s, d.tgtS, d.tgtE, d.speaker)
	}
	if d.target < 0 && d.conS >= 0 && d.kind == KindAccusation {
		d.target = f.res.sponsor(s, d.conS, d.conE)
	}
	if d.target == d.speaker {
		d.target = -1
	}
	if d.conS >= 0 {
		for j := d.conS; j < d.conE; j++ {
			if s.quoted[j] {
				d.quote = true
				break
			}
		}
	}
	if d.speaker >= 0 {
		f.res.spoke[d.speaker] = append(f.res.spoke[d.speaker], s.toks[d.cueS].Start)
	}
	f.drafts = append(f.drafts, d)
}

// according handles "according to X": the content is the rest of the
// clause, before or after.
func (f *finder) according(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	srcS := i + 2
	srcE := f.npRight(s, srcS)
	if srcE <= srcS {
		// a source the noun phrase rules do not read ("some on Twitter",
		// a quoted title, "audio provided to the paper"): the words up to
		// the end of the clause
		srcE = sourceEnd(s, srcS)
		if srcE <= srcS {
			return draft{}, false
		}
	}
	// "according to figures compiled by X": X is the source
	if dataNouns[s.lower[srcE-1]] && srcE+2 < n && s.tags[srcE] == "VBN" && s.lower[srcE+1] == "by" {
		if e := f.npRight(s, srcE+2); e > srcE+2 {
			srcS, srcE = srcE+2, e
		}
	}
	end := trimEnd(s, n)
	// "according to the national grid operator, Ukrenergo": the name
	if s.tags[srcS] == "DT" && srcE+1 < end && s.lower[srcE] == "," {
		e := srcE + 1
		for e < end && (s.tags[e] == "NNP" || s.tags[e] == "NNPS") {
			e++
		}
		if e > srcE+1 && (e == end || s.lower[e] == ",") && properName(s, srcE+1, e) {
			srcS, srcE = srcE+1, e
		}
	}
	d := draft{cueS: i, cueE: i + 2, srcS: srcS, srcE: srcE, conS: -1, tgtS: -1}
	if e := sourceEnd(s, srcS); e > srcE && (e == end || s.lower[e] == "," || s.lower[e] == "—" || s.lower[e] == "–") {
		// "according to exit polls reported by CNN", "according to data
		// released Friday by state regulators": the phrase runs to the
		// clause's end; the noun phrase before it names the source
		d.spanS, d.spanE = srcS, e
	}
	if leading(s, i) || i > 0 && s.lower[i-1] == "that" && !s.quoted[i-1] {
		// "According to X, content."; also inside another's content:
		// "said that according to its count, the party has won"
		k := srcE
		for k < n && s.lower[k] != "," && !isOpenQuote(s.toks[k].Text) {
			k++
		}
		if k < n && s.lower[k] == "," {
			k++
		}
		if k < end {
			d.conS, d.conE = k, end
		}
		return d, true
	}
	if a := trailingApposition(s, srcE); d.spanE == 0 && a > srcE && !leading(s, i) && startsNP(s, srcE+1) {
		// "…, according to the Human Rights Campaign, an advocacy
		// group." (a relative clause stays out: "…, according to
		// Bugti, who visited on Monday.")
		d.spanS, d.spanE = srcS, a
	}
	// "content, according to X[, who ...]."
	e := i
	for e > 0 && (s.lower[e-1] == "," || s.lower[e-1] == "—" || s.lower[e-1] == "(") {
		e--
	}
	st := skipConnective(s, clauseStart(s, e), e)
	if st < e {
		d.conS, d.conE = st, e
	}
	return d, true
}

// sourceEnd returns the end of a source named after "according to" when
// it is not a plain noun phrase: up to the next comma, semicolon, dash or
// the sentence end, at most 16 tokens; or k when there is no such phrase.
func sourceEnd(s *sentence, k int) int {
	end := trimEnd(s, len(s.toks))
	if k >= end || isPunct(s.lower[k]) && !isOpenQuote(s.toks[k].Text) {
		return k
	}
	e := k
	for e < end && e-k < 16 {
		w := s.lower[e]
		if (w == "," || w == ";" || w == "—" || w == "–" || w == "(" || w == ")") && !s.quoted[e] {
			// (a closing bracket ends a source inside brackets: "(…,
			// according to Factcheck.org)")
			break
		}
		e++
	}
	if e-k >= 16 {
		return k
	}
	return e
}

// leading says whether the words before token i are only an opening
// conjunction or adverb ("But according to ...").
func leading(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		switch s.lower[k] {
		case "but", "and", "yet", "so", "still", "however", ",", "also":
			continue
		}
		return false
	}
	return true
}

// clauseStart returns where the clause that ends at token e begins: after
// the last semicolon, or at the sentence start (after an opening
// conjunction).
func clauseStart(s *sentence, e int) int {
	st := 0
	closed := false // a bracket closes between k and e
	for k := e - 1; k >= 0; k-- {
		if s.lower[k] == ")" {
			closed = true
		}
		if s.lower[k] == ";" && !(s.quoted[k] && s.quoted[e-1]) || s.lower[k] == "(" && !closed && !s.quoted[k] {
			// (a bracket still open at e opens the clause: "Turnout fell
			// (the real figure is lower, according to …)"; a semicolon
			// inside the quotation that ends at e does not: "“…; I
			// think it's a hate crime,” she said")
			st = k + 1
			break
		}
		if s.lower[k] == "(" {
			closed = false
		}
	}
	for st < e && (s.lower[st] == "but" || s.lower[st] == "and" || s.lower[st] == "so" || s.lower[st] == "yet") {
		st++
	}
	for st < e && s.lower[st] == "," {
		st++
	}
	return st
}

// trimEnd returns the end of the sentence's words, before its final
// punctuation (closing quotation marks are kept).
func trimEnd(s *sentence, n int) int {
	e := n
	for e > 0 {
		t := s.toks[e-1].Text
		if t == "." || t == "!" || t == "?" || t == ";" || t == "," || t == ":" || t == "—" || t == "–" {
			e--
			continue
		}
		if (t == ")" || t == "]") && !opens(s, e-1) {
			// "… for this column.)": the sentence closes an aside opened
			// before it
			e--
			continue
		}
		break
	}
	return e
}

// danglingEnd returns the end of the content [a, e) without what cannot
// end one outside a quotation: a comma, a dash or a conjunction left where
// the writer's words were cut off ("that he taught law, | and added: …",
// "to help his clients and, | he argued, to …").
func danglingEnd(s *sentence, a, e int) int {
	for e-1 > a && !s.quoted[e-1] {
		switch s.lower[e-1] {
		case ",", ";", ":", "—", "–", "--", "-", "and", "or", "but":
			e--
			continue
		}
		break
	}
	return e
}

// timeBeforeParticiple finds the subject of the clause when the phrase
// right before the participle at i, ending at j, is a time after a
// preposition ("in April explaining", "on Friday saying", "in 2012
// challenging"), the time the subject spent ("spent much of his speech
// praising"), or a moment set off after a comma ("…, at one point
// calling").
func (f *finder) timeBeforeParticiple(s *sentence, i, j int) (int, int, bool) {
	if s.tags[i] != "VBG" {
		return 0, 0, false
	}
	st := f.npLeft(s, j)
	if st >= 2 && timePrepositions[s.lower[st-1]] && s.lower[st-2] == "," && momentHeads[s.lower[j]] {
		// "…, at one point | calling the mayor a “liar”": a moment set
		// before a participle on the main clause
		return f.mainSubject(s, st-2)
	}
	if v := spentOn(s, st); v > 0 {
		// "spent much of his speech | praising the troops": the time is
		// the subject's
		return f.subjectBefore(s, v+1)
	}
	year := st == j && yearAt(s, j)
	if st < 1 || !timePrepositions[s.lower[st-1]] || !year && (!timePhrase(s, st, j+1) || !hasTimeWord(s, st, j+1) && !isMonth(s.lower[j])) {
		return 0, 0, false
	}
	return f.subjectBefore(s, st-1)
}

// spentOn returns where a form of "spend" stands when the noun phrase
// that starts at token st is the time it spent, or "much of" such a
// time: "spent the day | campaigning", "spent much of his speech |
// praising". It returns 0 when there is none.
func spentOn(s *sentence, st int) int {
	v := st - 1
	if v >= 2 && s.lower[v] == "of" && (s.lower[v-1] == "much" || s.lower[v-1] == "most" || s.lower[v-1] == "part" || s.lower[v-1] == "all") {
		v -= 2
	}
	if v >= 1 && (s.lower[v] == "spent" || s.lower[v] == "spends" || s.lower[v] == "spend" || s.lower[v] == "spending") && isVerbTag(s.tags[v]) {
		return v
	}
	return 0
}

// momentHeads name a moment in a speech or an event: "at one point", "at
// times", "at the outset".
var momentHeads = set("point", "points", "time", "times", "moment", "moments", "outset", "end", "start")

// timePrepositions open a time: "in April", "on Friday".
var timePrepositions = set("in", "on", "at", "during", "since", "until", "by", "through", "from")

// phrasalNext says, before tagging, whether token j is a form of a
// phrasal cue's verb with its particle after it ("lashed out").
func phrasalNext(s *sentence, j int) bool {
	p, ok := phrasalCues[s.lower[j]]
	return ok && j+1 < len(s.lower) && s.lower[j+1] == p.particle
}

// phrasalAt says whether token i is the verb of a phrasal cue with its
// particle after it, and what must follow the particle: "lashed out at
// Kabul", "weighed in on the dispute", "shot back: “…”", "“…,” she fired
// back".
func phrasalAt(s *sentence, i int) (phrasal, bool) {
	p, ok := phrasalCues[s.lower[i]]
	n := len(s.toks)
	if !ok || i+1 >= n || s.lower[i+1] != p.particle || s.quoted[i] || !isVerbTag(s.tags[i]) && s.tags[i+1] != "RP" && s.tags[i+1] != "RB" {
		return p, false
	}
	if p.object {
		// "laid out his plan", "lays out what he believes"
		return p, i+2 < n && (startsNP(s, i+2) || s.tags[i+2] == "WP" || s.tags[i+2] == "WRB")
	}
	if p.after != nil {
		return p, i+2 < n && p.after[s.lower[i+2]]
	}
	// a retort: words follow, or came before ("“…,” he shot back")
	if i+2 < n && (s.lower[i+2] == ":" || s.lower[i+2] == "that" || isOpenQuote(s.toks[i+2].Text) || s.lower[i+2] == "," && i+3 < n && isOpenQuote(s.toks[i+3].Text)) {
		return p, true
	}
	for m := i - 1; m >= 0 && i-m <= 4; m-- {
		if isCloseQuote(s.toks[m].Text) && m > 0 && (s.lower[m-1] == "," || s.lower[m-1] == "?" || s.lower[m-1] == "!") {
			return p, true
		}
	}
	return p, false
}

// verbCue builds the claim of a cue verb at token i.
func (f *finder) verbCue(s *sentence, i int, v verb) (draft, bool) {
	n := len(s.toks)
	d := draft{cueS: i, cueE: i + 1, srcS: -1, conS: -1, tgtS: -1, act: v.class == classAct}
	armedCheck := false // an attack on a person: the attacker must not be armed
	if s.tags[i] == "VBG" && i > 0 && (s.lower[i-1] == "for" || s.lower[i-1] == "without") && !s.quoted[i-1] {
		// the reason for an act or what it went without, not an act of
		// its own: "criticized Clinton for supporting the war",
		// "portrayed protesters as thugs without offering proof"
		return d, false
	}
	// particles that belong to the cue, also past a manner adverb
	// ("spoke highly of", "talked openly about")
	if p := i + 1; p < n {
		if p+1 < n && s.tags[p] == "RB" && strings.HasSuffix(s.lower[p], "ly") && s.tags[p+1] == "IN" && !s.quoted[p] {
			p++
		}
		switch v.lemma + " " + s.lower[p] {
		case "point out", "point to", "call for", "call on", "speak about", "speak of",
			"speak out", "claim responsibility", "claim credit", "agree with",
			"warn of", "warn about", "warn against", "respond to", "reply to",
			"write about", "write of", "joke about", "ask for", "ask about", "talk about",
			"complain about", "complain of", "comment on", "refer to", "express concern",
			"testify about", "brag about", "boast about", "reflect on", "worry about",
			"push for", "apologize for", "apologise for", "side with", "rule out",
			"talk of", "rail against", "boast of", "caution against", "remark on", "remark upon",
			"accuse of", "appeal to", "appeal for":
			d.cueE = p + 1
		}
	}
	if (v.lemma == "express" || v.lemma == "voice") && i+2 < n && feelingNouns[s.lower[i+1]] && (s.lower[i+2] == "that" || feelingPreps[s.lower[i+2]]) {
		// "expressed confidence that …", "voiced concern about …": the
		// feeling and its preposition belong to the cue
		d.cueE = i + 2
		if feelingPreps[s.lower[i+2]] {
			d.cueE = i + 3
		}
	}
	if p, ok := phrasalCues[s.lower[i]]; ok && p.lemma == v.lemma {
		// the particle, and the preposition after it, belong to the cue
		d.cueE = i + 2
		if i+2 < n && p.after[s.lower[i+2]] && s.tags[i+2] == "IN" {
			d.cueE = i + 3
		}
		if d.cueE < n && s.lower[d.cueE] == ":" {
			d.cueE++
		}
		if v.lemma == "take aim" || v.lemma == "lash out" {
			// a sniper takes aim at soldiers
			armedCheck = true
		}
	}
	if v.lemma == "take a shot" {
		d.cueE, _ = jabAt(s, i)
		// a gunman takes a shot at a patrol
		armedCheck = true
	}
	if v.lemma == "make a statement" {
		d.cueE, _, _ = f.madeSpeech(s, i)
	}
	if v.lemma == "raise questions" {
		// the noun and its preposition belong to the cue: "raised new
		// questions about | …"
		d.cueE = raisedQuestions(s, i) + 1
		if w := s.lower[d.cueE]; w == "about" || w == "over" || w == "of" {
			d.cueE++
		}
	}
	if v.lemma == "make clear" {
		d.cueE = i + 2
		if s.lower[i+1] == "it" {
			d.cueE = i + 3
		}
	}
	if prepositionalGerunds[s.lower[i]] && !(i > 0 && (beForms[s.lower[i-1]] || s.tags[i-1] == "RB")) {
		// a preposition, not a verb: "statements regarding the war"; but
		// "is considering a run"
		return d, false
	}
	switch v.lemma {
	case "see", "identify", "cast":
		// "sees Clinton as weak", "sees that …", "identified him as the
		// leader", "cast himself as an outsider"; not "saw a rise", "cast
		// their ballots as the polls closed"
		if !f.seesAs(s, i+1) || v.lemma == "cast" && i+1 < n && (ballotWords[s.lower[i+1]] || i+2 < n && ballotWords[s.lower[i+2]] || i+3 < n && ballotWords[s.lower[i+3]]) {
			return d, false
		}
	case "continue":
		// speech going on ("he continued: …", "…,” she continued."), not
		// "continues to lead" or "continued their campaign"
		if i+1 < n && !(s.lower[i+1] == ":" || s.lower[i+1] == "," || s.lower[i+1] == "." || isOpenQuote(s.toks[i+1].Text) || s.lower[i+1] == "that") {
			return d, false
		}
		if i+1 < n && s.lower[i+1] == "." && !slices.Contains(s.quoted[:i], true) {
			// "…, Sanders continued.": going on with something, unless
			// words quoted before it are what goes on
			return d, false
		}
	case "attack":
		// "attacked the plan as a giveaway", "attacked his remarks"; not
		// an armed attack ("gunmen attacked a bus"). A person attacked
		// by name ("Trump attacked Romney", "attacked Rubio for …") is a
		// verbal attack unless the attacker is armed; that is checked
		// once the speaker is known
		if !f.seesAs(s, i+1) && !objectOf(s, i+1, speechNouns) && !objectOf(s, i+1, policyNouns) {
			if !attackedPerson(s, i+1) {
				return d, false
			}
			armedCheck = true
		}
	case "counter":
		// "countered that …", "countered the claim"; not "the counters"
		// (the base form is no cue: "runs counter to")
		if i > 0 && s.tags[i-1] == "DT" {
			return d, false
		}
	case "issue":
		// "issued a warning", "issued a statement saying …"
		if !objectOf(s, i+1, speechNouns) {
			return d, false
		}
	case "point", "speak", "refer", "talk", "rail", "push", "apologize", "apologise", "side":
		if d.cueE == i+1 {
			return d, false
		}

	case "call":
		if d.cueE == i+1 && !labels(s, i+1) && !names(s, i) {
			return d, false
		}
	case "show":
		// "the talk show host", "the Sunday morning shows": a kind of
		// show, not showing
		if i > 0 && showKinds[s.lower[i-1]] && (s.lower[i] == "show" || s.lower[i] == "shows") && !(i >= 2 && s.tags[i-1] == "NNP" && s.tags[i-2] == "NNP" && startsUpper(s.toks[i-1].Text) && i+1 < n && (s.tags[i+1] == "DT" || s.tags[i+1] == "NNP" || s.lower[i+1] == "that")) {
			// (but an outlet's name shows something: "ABC News shows the
			// billionaire leading")
			return d, false
		}
	case "answer", "report":
		// "a ministry that answers to the army", "reports to the board":
		// whom a body is accountable to, not speech
		if i+1 < n && s.lower[i+1] == "to" {
			return d, false
		}
		if v.lemma == "report" && i+1 < n && s.lower[i+1] == "from" && !s.quoted[i+1] && !slices.Contains(s.lower[i+1:], "that") && !slices.Contains(s.quoted[i+1:], true) {
			// where a reporter worked, not what was reported: "Lerer
			// reported from Los Angeles."
			return d, false
		}
	case "order":
		// a directive: "ordered the army to withdraw", "ordered an
		// inquiry"; not "ordered the passengers off the bus"
		if !f.directive(s, i+1) {
			return d, false
		}
	case "decline", "refuse", "plan", "intend":
		// "declined to comment", "refused to say whether …", "refused to
		// disavow the endorsement", "declined to directly respond";
		// "declined comment", "declined an interview request"
		inf := i+2 < n && s.lower[i+1] == "to" && (commentVerbs[s.lower[i+2]] || s.tags[i+2] == "VB" || s.tags[i+2] == "RB" && i+3 < n && s.tags[i+3] == "VB")
		if !inf && !(v.lemma == "decline" && objectOf(s, i+1, requestNouns)) {
			return d, false
		}
	case "maintain", "add", "find":
		// "maintained that …", "…, he maintained.", "added that …";
		// not a thing kept, added or found ("maintained his lead",
		// "records maintained by aides", "add penalties", "help them
		// find jobs"), but "the poll found …" and "found him guilty"
		if v.lemma == "add" && i+1 < n && s.lower[i+1] == "up" {
			// "deficits would add up to $1.5 trillion"
			return d, false
		}
		if v.lemma == "find" && i+2 < n && (s.lower[i+1] == "ways" || s.lower[i+1] == "a" && s.lower[i+2] == "way") {
			// a means, not a finding: "found ways to press his agenda",
			// "found a way to make it so"
			return d, false
		}
		if v.lemma == "add" && i+2 < n && s.lower[i+1] == "to" && !s.quoted[i+1] && s.lower[i+2] != "that" && !isOpenQuote(s.toks[i+2].Text) && s.lower[i+2] != ":" && s.tags[i+2] != "VB" &&
			!(s.tags[i+2] == "NNP" && (i+3 >= n || s.lower[i+3] == "." || s.lower[i+3] == "," || s.lower[i+3] == ":")) {
			// a sum or a record grown, not words: "…, adding to her run
			// of victories in the South" (but a name spoken to: "“…,”
			// Trump added to People.")
			return d, false
		}
		if v.lemma == "find" && i+1 < n && reflexive[s.lower[i+1]] {
			// "found themselves in a battle": a situation, not a finding
			return d, false
		}
		if v.lemma == "find" && i+1 < n && startsNP(s, i+1) && !f.newClause(s, i+1, n) {
			if e := f.npRight(s, i+1); e > i+1 && foundThings[s.lower[e-1]] && !(e < n && (s.lower[e] == "to" || s.lower[e] == "that" || s.tags[e] == "JJ" || s.tags[e] == "VBN")) {
				// "found several victims", "found two bodies"; not "found
				// the man guilty", "found voters to be …", "found people
				// were worried"
				return d, false
			}
		}
		if v.lemma == "find" && !(s.tags[i] == "VB" || s.tags[i] == "VBP") || s.lower[i] == "added" && s.tags[i] == "VBD" {
			// (the simple past "added" with an object is mostly a remark
			// gone on with: "added a warning of his own")
			break
		}
		if i+1 < n && startsNP(s, i+1) && !f.newClause(s, i+1, n) || s.tags[i] == "VBN" && i+1 < n && s.lower[i+1] == "by" {
			return d, false
		}
	case "advise":
		// "advised voters to stay home", "advised that …", "advised
		// against it"; not the adviser's trade ("a pollster who advised
		// Clinton's campaign", "advised on three deals") or "was
		// advised by Powell to …", whose adviser is the object
		k := i + 1
		if k < n && startsNP(s, k) {
			k = f.npRight(s, k)
		}
		if !(k < n && (s.lower[k] == "to" || s.lower[k] == "that" || s.lower[k] == "against" || s.lower[k] == ":" || isOpenQuote(s.toks[k].Text))) {
			return d, false
		}
	case "respond":
		// a crew's work, not a reply: "responded to 212 calls", "responded
		// to the fire"
		if i+2 < n && s.lower[i+1] == "to" {
			for m := i + 2; m < f.npRight(s, i+2); m++ {
				w := s.lower[m]
				if !isNounTag(s.tags[m]) {
					continue
				}
				if emergencyNouns[w] || (w == "call" || w == "calls") && m > i+2 && (s.tags[m-1] == "CD" || s.lower[m-1] == "emergency" || s.lower[m-1] == "distress") {
					// (a call for help, not "Sanders' call for a new way")
					return d, false
				}
			}
		}
	case "consider":
		// a deliberation, not a view: "is considering sending troops"
		if i+1 < n && s.tags[i+1] == "VBG" && strings.HasSuffix(s.lower[i], "ing") {
			return d, false
		}
	case "appeal":
		// a request: "appealed to donors to release the funds",
		// "appealed for calm"; not an attraction ("appeals to white
		// voters") or a court's ("will appeal the ruling")
		if !isVerbTag(s.tags[i]) || s.lower[i] == "appeal" {
			return d, false
		}
		k := i + 1
		if k < n && s.lower[k] == "to" && startsNP(s, k+1) {
			k = f.npRight(s, k+1)
			if !(k+1 < n && s.lower[k] == "to" && s.tags[k+1] == "VB" || k < n && s.lower[k] == "for") {
				return d, false
			}
		} else if !(k < n && s.lower[k] == "for") {
			return d, false
		}
	case "email":
		// "emailed reporters", "emailing a video"; "email" and "emails"
		// are nearly always the noun ("Clinton emails")
		if !strings.HasSuffix(s.lower[i], "ed") && !strings.HasSuffix(s.lower[i], "ing") {
			return d, false
		}
	case "read":
		// a text's words: "read:", "…,” read the statement", "…,” the
		// email read.", "a sign which read “Hispanics 4 Trump”"; not
		// "read his decision"
		quoteBefore := false
		for m := i - 1; m >= 0 && i-m <= 6; m-- {
			if s.quoted[m] {
				quoteBefore = true
				break
			}
		}
		if !(i+1 < n && (s.lower[i+1] == ":" || s.lower[i+1] == "," || isOpenQuote(s.toks[i+1].Text)) || i > 0 && isCloseQuote(s.toks[i-1].Text) || quoteBefore && i+1 < n && s.lower[i+1] == ".") {
			return d, false
		}
	}
	// passive: "as stated by X", "a claim refuted by India"
	j := i - 1
	stance := stanceAdjectives[v.lemma]
	if stance {
		// "were adamant that", "remain confident that": the copula
		// and its adverbs belong to the cue
		j = stanceCopula(s, i) - 1
	}
	if r := raisingStart(s, i); r < i {
		// "went on to say", "continue to show", "seemed to confirm": the
		// verb before the infinitive opens the cue and has its subject
		d.cueS = r
		j = r - 1
	}
	for j >= 0 && (skipBeforeCue[s.lower[j]] || reflexive[s.lower[j]] || mannerAdverb(s, j) || s.lower[j] == "since" && j > 0 && perfectAux[s.lower[j-1]] || floatingQuantifier(s, j)) && s.tags[j] != "NNP" && !((s.lower[j] == "’s" || s.lower[j] == "'s") && !(s.tags[j] == "VBZ" && s.tags[i] == "VBG")) {
		// ("has since said", not "since announcing"; past "both" after
		// its subject: "Richards and Menendez both stressed"; the clitic
		// of "is" or "has been" before an -ing cue: "he’s claiming",
		// "Christie's been making the case")
		j--
	}
	perfectS := false
	if j >= 1 && (s.lower[j] == "’s" || s.lower[j] == "'s") && (s.tags[j-1] == "PRP" && s.lower[j-1] != "it" || s.lower[j-1] == "who") && (s.tags[i] == "VBN" || s.tags[i] == "VBD") && !(i+1 < n && s.lower[i+1] == "to") {
		// "he's said", "she's also told": "has", not "is"
		j--
		perfectS = true
	}
	passive := !stance && !perfectS && (j < i-1 && beForms[s.lower[i-1]] || (i > 0 && beForms[s.lower[i-1]]))
	j0 := j // the word before the verb group
	// a time or a sentence adverb between the subject and the verb:
	// "McAuliffe on Friday announced", "Hunter, meanwhile, told"
	for j >= 0 && !passive {
		if k := beforeInterjection(s, j); k < j {
			j = k
			for j >= 0 && (skipBeforeCue[s.lower[j]] || reflexive[s.lower[j]]) && s.tags[j] != "NNP" {
				j--
			}
			continue
		}
		break
	}
	if i+1 < n && s.lower[i+1] == "by" && (s.tags[i] == "VBN" || s.tags[i] == "VBD") && !byMedium(s, i+2) {
		srcS := i + 2
		srcE := f.npRight(s, srcS)
		if srcE <= srcS {
			return d, false
		}
		d.srcS, d.srcE = srcS, srcE
		e := i
		if e > 0 && s.lower[e-1] == "as" {
			e--
		}
		if srcE+1 < n && s.lower[srcE] == "that" && !s.quoted[srcE] && f.newClause(s, srcE+1, trimEnd(s, n)) {
			// "after being warned by the Russian government | that he was
			// a threat"
			d.conS, d.conE = srcE, f.contentEnd(s, srcE, trimEnd(s, n), false)
		} else if i == 1 && s.lower[0] == "as" && srcE+1 < n && s.lower[srcE] == "," && !s.quoted[srcE+1] {
			// "As reported by the Journal, | there are 150 delegates at
			// stake": the clause after the comma
			end := trimEnd(s, n)
			if srcE+1 < end {
				d.conS, d.conE = srcE+1, f.contentEnd(s, srcE+1, end, false)
			}
		} else if e > 0 && (s.lower[e-1] == "," || s.lower[e-1] == "—") {
			e--
			st := skipConnective(s, clauseStart(s, e), e)
			if st < e {
				d.conS, d.conE = st, e
			}
		} else if e >= 1 && glossedClaimAt(s, e-1) {
			// "…, a claim refuted by India": what the claim answers is
			// the clause before the comma
			d.conS, d.conE = f.before(s, e-3, e-3)
			d.conS = f.glossedContent(s, d.conS, d.conE)
		} else if beBefore(s, i) {
			// "The bill | was rejected by the Senate", "His comments |
			// were quickly derided by …": the subject is what was said,
			// and whom it is about
			if a, b := f.passiveSubject(s, i); a >= 0 && s.lower[a] != "it" {
				d.conS, d.conE = a, b
				d.tgtS, d.tgtE = a, b
			}
		} else if k := i - 1; k > 0 && (isNounTag(s.tags[k]) || s.tags[k] == "RB" && isNounTag(s.tags[k-1])) && v.kind != KindSupport {
			// a participle on a noun: "a fact | first reported by …"
			if s.tags[k] == "RB" {
				k--
			}
			if st := f.npLeft(s, k); st >= 0 {
				d.conS, d.conE = st, k+1
			}
		}
		f.kindOf(s, &d, v)
		if d.kind == KindSupport && d.conS < 0 && i > 0 && isNounTag(s.tags[i-1]) {
			// "Somali forces backed by local clan militias": the militias
			// back the forces
			if st := f.npLeft(s, i-1); st >= 0 {
				d.tgtS, d.tgtE = st, i
				d.conS, d.conE = st, i
			}
		}
		return d, true
	}
	if passive && (s.tags[i] == "VBN" || s.lower[i] == "said" || s.lower[i] == "told") || passiveSpeech[v.lemma] && s.tags[i] == "VBN" && beBefore(s, i) {
		if v.lemma == "ask" {
			// "Sanders was asked about the case": asked by someone the
			// article does not name
			if d, ok := f.unnamedAsk(s, i); ok {
				return d, true
			}
		}
		if d, ok := f.unnamedPassive(s, i, v); ok {
			return d, true
		}
		return d, false // "he was told", "it is said": no speaker here
	}
	if s.tags[i] == "VBN" && i > 0 && (isNounTag(s.tags[i-1]) || s.lower[i-1] == ",") && !(v.class == classStrong) {
		// a reduced relative ("the report published on Monday"); but after
		// an apposition the verb is the clause's own, whatever its tag ("X,
		// which represented the residents, welcomed the ruling")
		if j == i-1 && s.tags[i-1] != "NNP" && !f.pastAsParticiple(s, i) {
			if _, _, found := f.appositive(s, i-1); !(found && s.lower[i-1] == ",") {
				return d, false
			}
		}
	}
	if v.lemma == "ask" && s.lower[i] == "asked" && j >= 0 && s.lower[j] == "," && asideClosed(s, i) {
		// "Rutte, asked about the attacks, said …": he was asked, by
		// someone the article does not name
		if d, ok := f.unnamedAsk(s, i); ok {
			return d, true
		}
		return d, false
	}
	// find the speaker
	ok := false
	if j < 0 && clauseStart(s, i) == i && startsUpper(s.toks[i].Text) && (v.class == classStrong || v.class == classSay) {
		// "Said Dorothy Poynter, who grew up with him, “We were …”": the
		// speaker follows a cue that opens the sentence, and a quotation
		// follows the speaker (a colon after the name is colonLine's)
		if e := f.npRight(s, i+1); e > i+1 && e < n && s.lower[e] == "," && properName(s, i+1, e) {
			for m := e; m < n && m-e < 20; m++ {
				if s.quoted[m] {
					d.srcS, d.srcE = i+1, e
					d.spanS, d.spanE = i+1, m
					d.conS, d.conE = m, trimEnd(s, n)
					f.kindOf(s, &d, v)
					return d, true
				}
				if s.lower[m] == ":" || s.lower[m] == ";" {
					break
				}
			}
		}
	}
	if j >= 0 {
		if s.lower[j] == "," || isCloseQuote(s.toks[j].Text) || s.lower[j] == ":" || (s.lower[j] == "—" || s.lower[j] == "--" || s.lower[j] == "–") && strings.HasSuffix(s.lower[i], "ing") {
			// "…,” said X" or "…, X said"? the word before is punctuation:
			// inverted order when a noun phrase follows the cue.
			// A noun phrase followed by its own verb ("…, Rahmat Nugroho, said
			// the search would go on") is content: the speaker is the
			// appositive before the cue, when there is one.
			inverted := false
			// a cue with its particle ("said of Mr. Trump") has an object,
			// not an inverted speaker, after it
			if d.cueE == i+1 && d.cueE < n && startsNP(s, d.cueE) && (s.tags[d.cueE] != "PRP$" || isCloseQuote(s.toks[j].Text)) && v.class != classAct && !strings.HasSuffix(s.lower[i], "ing") {
				if e := f.npRight(s, d.cueE); e > d.cueE {
					inverted = true
					if f.subjectOfVerb(s, e) || v.class == classTell || !clauseEnds(s, e) {
						if _, _, found := f.appositive(s, j); found && s.lower[j] == "," {
							inverted = false
						} else if _, _, found := f.openingSubject(s, j); found && s.lower[j] == "," && f.subjectOfVerb(s, e) {
							// "X, president of Y, which represents Z, said he
							// hopes …": the phrase after the cue is content
							inverted = false
						}
					}
					if inverted && (s.lower[j] == "," || isCloseQuote(s.toks[j].Text) && j > 0 && s.lower[j-1] == ",") {
						// (the comma may stand inside a quotation that closes
						// the aside: "Mr. Manafort, citing “the magic of
						// Trump,” said the candidate could …")
						// "The lawmaker, who represents a district in
						// Albay, said Trump's remarks “…”", "Breitbart
						// News, for one, noted the dichotomy between …":
						// a subject set off by its aside comes before the
						// cue, and the phrase after it goes on as content;
						// so also after a subordinator, which leaves no
						// clause to be content ("…, while Huckabee, the
						// former governor, proposed a tax.")
						if ps, _, found := f.openingSubject(s, j); found && (!clauseEnds(s, e) || relativeWhen(s, e) || v.class == classTell ||
							e+1 < n && isOpenQuote(s.toks[e].Text) && !startsUpper(s.toks[e+1].Text) || ps > 0 && subordinators[s.lower[ps-1]]) {
							inverted = false
						}
					}
					if inverted && s.lower[j] == "," && !hasFinite(s, clauseStart(s, j), j) {
						// "Reince Priebus, the GOP chairman, this past
						// week announced the creation of …": what comes
						// before is the subject and its apposition, not
						// content
						if _, _, found := f.appositive(s, j); found {
							inverted = false
						}
					}
					if inverted {
						d.srcS, d.srcE = d.cueE, e
						if t := f.speakerTail(s, e); t > e {
							// "…, said a longtime adviser to both Clintons",
							// "said Rep. Pat Tiberi (R-Ohio)", "said one
							// Democrat familiar with the talks"
							d.spanS, d.spanE = d.srcS, t
							e = t
						}
						if a := trailingApposition(s, e); a > e {
							// "…, said Sean Spicer, the party's strategist."
							d.spanS, d.spanE = d.srcS, a
							if properName(s, e+1, a) && !properName(s, d.srcS, e) {
								// "…, said his best friend, Bruce Turry."
								d.srcS, d.srcE = e+1, a
							}
						}
						d.conS, d.conE = f.before(s, j+1, j)
						f.kindOf(s, &d, v)
						return d, true
					}
				}
			}
			if strings.HasSuffix(s.lower[i], "ing") && (s.lower[j] == "," || s.lower[j] == "—" || s.lower[j] == "--" || s.lower[j] == "–" || isCloseQuote(s.toks[j].Text) && j > 0 && s.lower[j-1] == ",") {
				// ", saying ...": the subject of the main clause speaks
				if ps, pe, found := f.mainSubject(s, j); found {
					d.srcS, d.srcE = ps, pe
					d.spanS, d.spanE = f.sharedSpan(s, ps, pe)
					ok = true
					// "Biden, recalling the breakfasts, described himself
					// as …": the participle's phrase ends where the main
					// clause resumes
					d.aside = pe == j
					if d.aside && i+1 < n && (s.lower[i] == "writing" || s.lower[i] == "reporting") && s.tags[i+1] == "IN" {
						// "Nate Cohn, writing in The New York Times,
						// noticed …": where they wrote, not what
						return d, false
					}
				}
			} else if s.lower[j] == "," || isCloseQuote(s.toks[j].Text) && j > 0 && s.lower[j-1] == "," {
				if ps, pe, found := f.appositive(s, j); found && s.lower[j] == "," {
					d.srcS, d.srcE = ps, pe
					// the span covers the apposition up to the cue:
					// "Jim Bennett, 57, said"
					d.spanS, d.spanE = f.appositionStart(s, ps, pe), j+1
					ok = true
				} else if ps, pe, found := f.openingSubject(s, j); found {
					d.srcS, d.srcE = ps, pe
					d.spanS, d.spanE = ps, j+1
					ok = true
				}
			}
		} else if (s.lower[j] == "and" || s.lower[j] == "but") && j > 0 && isVerbTag(s.tags[i]) && (!passiveBefore(s, j) || i+1 < n && (s.lower[i+1] == "that" || s.lower[i+1] == ":" || isOpenQuote(s.toks[i+1].Text))) {
			// (after a passive the verb shares its auxiliary — "were freed
			// and found walking" — unless it takes a clause of its own:
			// "was forced into damage control and said that …")
			// "X blasted Congress and said ...": the shared subject
			if ps, pe, found := f.mainSubject(s, j); found {
				d.srcS, d.srcE = ps, pe
				d.spanS, d.spanE = f.sharedSpan(s, ps, pe)
				ok = true
			}
		} else if s.lower[j] == ")" {
			// "Rep. Stephen Lynch (D-Mass.) said", "Sen. Chris Murphy (a
			// Democrat so boyish he has been mistaken for a staffer) says"
			k := j - 1
			for k >= 0 && j-k < 30 && s.lower[k] != "(" {
				k--
			}
			if k > 0 && s.lower[k] == "(" {
				if st := f.npLeft(s, k-1); st >= 0 {
					d.srcS, d.srcE = st, j+1
					ok = true
					f.attachPP(s, &d, j+1)
				}
			}
		} else if (s.lower[j] == "who" || s.lower[j] == "which" || s.lower[j] == "that" && relativeThat(s, j, i)) && j > 0 {
			k := j - 1
			if s.lower[k] == "," || s.lower[k] == "—" || s.lower[k] == "--" {
				// (also set off by a dash: "the sign — which read “…”")
				k--
			}
			if k >= 2 && s.lower[k] == "and" && s.lower[k-1] == "," && s.lower[j] != "that" {
				// a second relative on the same noun: "Cruz, who
				// threatened …, and who has been hoping …"
				for m := k - 2; m > 1; m-- {
					if s.lower[m] == s.lower[j] && s.lower[m-1] == "," && !s.quoted[m] {
						k = m - 2
						break
					}
				}
			}
			if k >= 0 {
				if st := f.npLeft(s, k); st >= 0 {
					// the antecedent speaks; the words here are "who"
					d.srcS, d.srcE = st, k+1
					d.spanS, d.spanE = j, j+1
					ok = true
				} else if s.lower[j] == "who" {
					// "those who said", "38 percent — who said": the
					// relative pronoun alone names the speaker
					d.srcS, d.srcE = j, j+1
					ok = true
				}
			}
		} else if pronounSubjects[s.lower[j]] && (j == 0 || !isVerbTag(s.tags[j-1]) && s.tags[j-1] != "IN") {
			// "those supporting deportation", "anyone expecting Trump to
			// …", "Everyone agrees"
			d.srcS, d.srcE = j, j+1
			ok = true
		} else if st := f.npLeft(s, j); st >= 0 && st >= 2 && s.tags[st-1] == "IN" && !subordinators[s.lower[st-1]] && (s.lower[st-2] == "and" || s.lower[st-2] == "but") && !(s.tags[i] == "VBG" && reportNouns[s.lower[j]]) {
			// "…, but in a later interview said …": a fronted phrase; the
			// subject is the first clause's
			if ps, pe, found := f.mainSubject(s, st-2); found {
				d.srcS, d.srcE = ps, pe
				d.spanS, d.spanE = f.sharedSpan(s, ps, pe)
				ok = true
			}
		} else if ps, pe, found := f.timeBeforeParticiple(s, i, j); found {
			// a time is no speaker: "sent a memo to the Post in April |
			// explaining his plan" has the clause's subject
			d.srcS, d.srcE = ps, pe
			d.spanS, d.spanE = f.sharedSpan(s, ps, pe)
			ok = true
		} else if st := f.npLeft(s, j); st >= 0 {
			if i+1 < n && s.tags[i+1] == "MD" && st < j && (s.tags[j] == "NNS" || s.tags[j] == "NNPS") && (s.tags[j-1] == "JJ" || s.tags[j-1] == "NN") && !startsUpper(s.toks[j-1].Text) {
				// the object went before a relative with a gap: "a tactic
				// | Democrats hope will …"
				st = j
			}
			d.srcS, d.srcE = st, j+1
			ok = true
			if st >= 4 && s.lower[st-1] == ")" && s.lower[st-3] == "(" && (s.tags[st-2] == "NNP" || s.tags[st-2] == "NNPS") && (s.tags[st-4] == "NNP" || s.tags[st-4] == "NNPS") {
				// "the United Kingdom Maritime Trade Operations (UKMTO)
				// agency said": the name before its acronym
				if a := f.npLeft(s, st-4); a >= 0 {
					d.srcS = a
				}
			}
			if st >= 3 && (s.tags[st-1] == "IN" || s.tags[st-1] == "TO") && postModifiers[s.lower[st-2]] && isNounTag(s.tags[st-3]) {
				// "two U.S. officials familiar with | the planning said":
				// the people, with what makes them sources
				if a := f.npLeft(s, st-3); a >= 0 {
					d.srcS, d.srcE = a, st-2
					d.spanS, d.spanE = a, j+1
				}
			}
			if st+2 <= j && glossedClaimAt(s, st+1) && (s.tags[st+2] == "NNP" || s.tags[st+2] == "NNPS") {
				// "…, a charge Tehran denies": the claim is the object
				// of a relative clause with no "that"; the name speaks
				d.srcS = st + 2
			}
			if s.tags[i] == "VBG" && reportNouns[s.lower[j]] {
				// a report's participle has the report itself ("in the
				// wake of a new poll | showing …"), and its phrase ends
				// where the main clause resumes
				d.aside = true
			} else {
				f.attachPP(s, &d, j+1)
			}
			if st > 0 && (isTimeWord(s.lower[j]) || periodWords[s.lower[j]]) && (s.tags[st-1] == "VBG" || s.tags[st-1] == "VBN" || s.tags[st-1] == "VBD" || s.tags[st-1] == "IN" && st > 1 && (s.tags[st-2] == "VBN" || s.tags[st-2] == "VBD")) {
				// "voters in all five states voting Tuesday support …",
				// "a poll released on Tuesday showed": the time ends a
				// participle on the subject
				if ps, pe, found := f.clauseSubject(s, j); found && ps < st {
					d.srcS, d.srcE = ps, pe
				}
			}
			if st > 0 && isVerbTag(s.tags[st-1]) && !(st == j && s.tags[j] == "PRP" && !objectPronouns[s.lower[j]]) {
				// the object of a relative clause's verb: "the families
				// who lost their homes say" (a pronoun in the subject case
				// is no object: "groups say they believe")
				if ps, pe, found := f.clauseSubject(s, j); found && ps < st {
					d.srcS, d.srcE = ps, pe
				}
			}
			if strings.HasSuffix(s.lower[i], "ing") && (mediaNouns[s.lower[j]] || documentNouns[s.lower[j]]) && st > 0 && (isVerbTag(s.tags[st-1]) || st > 1 && (s.tags[st-1] == "IN" || s.tags[st-1] == "RP") && (isVerbTag(s.tags[st-2]) || s.tags[st-2] == "RP" || s.lower[st-2] == "back")) {
				// (also "shot back in an article stating …", "started a
				// petition this week calling on …", "sent out an email
				// stressing …")
				// "the campaign released a statement saying …": whoever
				// released it speaks through it
				if ps, pe, found := f.subjectBefore(s, st); found && pe <= st-1 {
					d.srcS, d.srcE = ps, pe
				}
			}
		}
	}
	if !ok && i >= 2 && s.lower[i-1] == "to" && (v.class == classStrong || v.class == classSay || v.class == classTell) &&
		(isNounTag(s.tags[i-2]) || s.tags[i-2] == "PRP") && !s.quoted[i-2] {
		// a purpose infinitive after a place or medium: "took to Twitter
		// to say …", "went on television to announce …": the clause's
		// subject speaks; not "have the right to say", whose noun owns
		// the infinitive
		if st := f.npLeft(s, i-2); st > 0 && (s.tags[st-1] == "IN" || s.lower[st-1] == "to") && !ownsInfinitive[s.lower[i-2]] {
			if ps, pe, found := f.subjectBefore(s, st-1); found && pe < st-1 {
				d.srcS, d.srcE, ok = ps, pe, true
			}
		}
	}
	if !ok && (gerundAt(s, i, j) || j > 0 && s.lower[j] == "from" && s.lower[j-1] == "aside" && strings.HasSuffix(s.lower[i], "ing")) {
		// "by saying …", "after saying …", "aside from saying …": the
		// subject of the main clause
		d.srcS, d.srcE, ok = f.gerundSubject(s, i, j)
		// (set off between the subject and its verb, the phrase ends where
		// the main clause resumes: "Mr. Sanders, after saying …, changed")
		d.aside = ok && d.srcE < j && s.lower[d.srcE] == ","
	}
	if !ok && j < 0 && i == 0 && s.tags[i] == "VBG" && v.class != classAct && !prepositionalGerunds[s.lower[i]] {
		// "Conceding that a deal was far off, he warned …": a participle
		// opening the sentence has the main clause's subject
		d.srcS, d.srcE, ok = f.gerundSubject(s, i, j)
	}
	if !ok && j >= 0 && (v.class == classStrong || v.class == classSay || v.class == classTell || v.class == classAct && s.tags[i] == "VBP" || findingVerbs[v.lemma] && (s.tags[j] == "VBN" || s.tags[j] == "VBD" && j > 0 && isNounTag(s.tags[j-1]))) && (finite(s.tags[i]) || s.tags[i] == "VB" && s.lower[j] != "to" || s.lower[i] == "said" || v.class == classStrong && isNounTag(s.tags[i])) && !passive {
		// a subject the noun-phrase rules do not parse: "those surveyed
		// say", "the experts I interviewed said", "Democrats — and some
		// Republicans — say", "Nearly a third say"
		if ps, pe, found := f.clauseSubject(s, j); found {
			d.srcS, d.srcE, ok = ps, pe, true
			if pe == j+1 && j < j0 && (s.tags[j] == "VBN" || s.tags[j] == "VBD") && !slices.Contains(s.lower[pe:j0+1], ",") {
				// "A poll released on Tuesday showed": the time belongs
				// to the participle on the subject
				d.srcE = j0 + 1
			}
		}
	}
	if !ok && j >= 0 && findingVerbs[v.lemma] && finite(s.tags[i]) && !passive {
		// a report with phrases of its own: "A national poll released
		// Sunday by the Post shows …", "An analysis by Politifact of
		// elections going back to 1972 showed …"
		if ps, pe, found := f.clauseSubject(s, j); found && reportFirst(s, ps, pe) {
			d.srcS, d.srcE, ok = ps, pe, true
		}
	}
	if !ok && j >= 0 && quantifiers[s.lower[j]] && (clauseStart(s, j+1) == j || j > 0 && (quantifierLeads[s.lower[j-1]] || subordinators[s.lower[j-1]]) && !s.quoted[j-1]) && isVerbTag(s.tags[i]) {
		// "Many believe …", "Some say …": a quantifier alone is the
		// subject, also after a fronted phrase, a conjunction or a
		// subordinator ("In interviews, several threatened …", "as some
		// have speculated") or set off by commas ("That plan, many
		// argue, could fail")
		d.srcS, d.srcE, ok = j, j+1, true
	}
	if !ok && v.lemma == "ask" && (s.tags[i] == "VBN" || s.lower[i] == "asked" && (j < 0 || whenWords[s.lower[j]])) {
		// "When asked whether …, X said": someone asked; the asker is
		// not named
		if d, ok := f.unnamedAsk(s, i); ok {
			return d, true
		}
	}
	agent := d.srcS // past names joined to the subject: "the Post and ABC News"
	if ok && agent > 1 && s.lower[agent-1] == "and" && isNounTag(s.tags[agent-2]) {
		// (two agents: "by the Post and ABC News"; not a clause before
		// the subject's own: "a woman asked for a photo and Clinton said")
		if st := f.npLeft(s, agent-2); st > 0 && (s.lower[st-1] == "by" || s.tags[agent-2] == "NNP" || s.tags[agent-2] == "NNPS") {
			agent = st
		}
	}
	fin := finite(s.tags[i]) || j+1 < i && (finite(s.tags[j+1]) || s.tags[j+1] == "MD") // "have been pressing"
	if ok && agent > 0 && (s.tags[agent-1] == "IN" && !subordinators[s.lower[agent-1]] && s.lower[agent-1] != "that" || s.tags[agent-1] == "TO" || s.tags[agent-1] == "VBN" || s.tags[agent-1] == "VBG") && max(d.srcE, d.spanE) == j+1 && fin && (!passive || s.tags[i] == "VBG") {
		// the agent of a participle on the subject, or the object of a
		// preposition or a participle on it, not the subject: "A poll
		// released Sunday by the Post and ABC News shows …", "Aides to
		// Mr. Sanders have been pressing …", "Depositions released in
		// March quote …"
		// (also past a phrase attached to the noun before: "A person
		// familiar with | the planning for the meeting says")
		if ps, pe, found := f.clauseSubject(s, j); found && ps < agent && pe == max(d.srcE, d.spanE) {
			d.srcS, d.srcE, d.spanS, d.spanE = ps, pe, 0, 0
		}
	}
	if !ok {
		return d, false
	}
	if armedCheck && f.armed(s, d.srcS, d.srcE, i) {
		return d, false
	}
	if h := speakerHead(s, d.srcS, d.srcE); (v.class == classThink || v.lemma == "encourage") && !(s.tags[h] == "PRP" || s.lower[h] == "who" || v.lemma == "read" || thinkerBefore(s, d, i) || pronounSubjects[s.lower[h]] || pollShares[s.lower[h]] || s.tags[h] == "NNP" || s.tags[h] == "NNPS" || personNoun(s.lower[h], s.tags[h]) || quantifiers[s.lower[h]] && h == d.srcS || findingVerbs[v.lemma] && (reportNouns[s.lower[h]] || v.lemma == "show" && isNounTag(s.tags[h])) && (finite(s.tags[i]) || d.cueS < i || s.tags[i] == "VBG" && d.srcE == i && (v.lemma == "show" || v.lemma == "find") && i+1 < n && s.tags[i+1] != "IN") ||
		v.lemma == "call" && d.cueE > i+1 && (mediaNouns[s.lower[h]] || documentNouns[s.lower[h]])) {
		// (a report's participle: "recent polls showing a tightening";
		// a text that calls: "a petition calling on him to resign")
		ps, pe, found := 0, 0, false
		if findingVerbs[v.lemma] && finite(s.tags[i]) && j >= 0 && !passive {
			// the words before were the end of a longer subject: "An
			// analysis by Politifact of elections going back to 1972
			// showed …"
			ps, pe, found = f.clauseSubject(s, j)
		}
		if !found || !reportFirst(s, ps, pe) {
			return d, false
		}
		d.srcS, d.srcE, d.spanS, d.spanE = ps, pe, 0, 0
	}
	// the subject with the nouns joined to it ("medics and | residents
	// said"): what stands before it decides where the content lies; not
	// inside an apposition ("Anthony Anton, | president and CEO of …,
	// stated")
	sub := d
	sub.spanS, sub.spanE = 0, 0
	f.coordinated(s, &sub)
	if sub.spanE > 0 && sub.spanS > 0 && (s.lower[sub.spanS-1] != "," || hasFinite(s, clauseStart(s, sub.spanS-1), sub.spanS-1)) {
		sub.srcS = sub.spanS
	}
	if d.spanE > 0 && d.spanS < sub.srcS && d.spanE <= d.cueS {
		// the description before a name: "“…,” the charity's director,
		// Dr. Jean-Marc Benoit, said"
		sub.srcS = d.spanS
	}
	ss := sub.srcS
	// the content
	k := f.contentStart(s, d.cueE, v)
	if d.cueE > i+1 && !(d.cueE < n && s.lower[d.cueE] == ",") {
		// after a particle the object follows at once: "warned of the
		// floods that were coming"
		k = d.cueE
	}
	end := trimEnd(s, n)
	// a participial clause or a second cue ends the content, also right
	// after the cue ("…,” Conway added, referring to …")
	for m := min(k, d.cueE); m < end; m++ {
		if s.quoted[m] {
			continue
		}
		if s.lower[m] == "," && m+1 < end {
			if w, isCue := cueVerbs[s.lower[m+1]]; isCue && strings.HasSuffix(s.lower[m+1], "ing") && w.lemma != "" {
				end = m
				break
			}
		}
		if (s.lower[m] == "and" || s.lower[m] == "but") && m > k && f.nextClause(s, k, m, end, v) {
			end = m
			for end > k+1 && s.lower[end-1] == "," {
				end--
			}
			break
		}
		if s.lower[m] == "but" && m > k && m+1 < end && !s.quoted[m] && (s.tags[m+1] == "VBD" || s.tags[m+1] == "VBN" || s.tags[m+1] == "MD" || s.tags[m+1] == "RB") && s.tags[i] == "VBD" && speakerGoesOnBut(s, m+1, end) {
			// "said the attackers had been identified | but declined to
			// name them", "but gave no details", "but stopped short of
			// blaming Israel": the speaker's own next act
			end = m
			for end > k+1 && s.lower[end-1] == "," {
				end--
			}
			break
		}
		if s.lower[m] == "and" && m > k && m+1 < end && (s.tags[m+1] == "VBD" || s.tags[m+1] == "VBN" && s.tags[i] == "VBD" || (s.tags[m+1] == "VBP" || s.tags[m+1] == "VB") && s.tags[i] == "VBP" || s.tags[m+1] == "VBZ" && s.tags[i] == "VBZ" || s.tags[m+1] == "VBG" && s.tags[i] == "VBG") {
			// "declared three days of mourning and said …": the second cue
			// has its own content
			if _, isCue := cueVerbs[s.lower[m+1]]; isCue {
				end = m
				break
			}
		}
	}
	if ss > 0 && s.lower[ss-1] == "," && d.srcE <= i && d.cueE+1 < end && s.lower[d.cueE] == "," && (s.lower[d.cueE+1] == "and" || s.lower[d.cueE+1] == "but") {
		// "…, local officials said, and rescuers feared …": the cue
		// closes its clause; what was said came before it
		end = d.cueE
	}
	if ss > 0 && s.lower[ss-1] == "," && d.srcE <= i && (d.spanE == 0 || d.spanS == d.srcS) && k < end && (s.tags[k] == "IN" || s.tags[k] == "RB" || isTimeWord(s.lower[k])) {
		// "…, the commission said in a statement late on Wednesday, many
		// of them …": after an inverted-order cue, its adverbials run to
		// a comma; what follows is the writer's
		for m := k; m < end && m-k <= 8; m++ {
			if s.quoted[m] || s.lower[m] == "that" || isVerbTag(s.tags[m]) && s.tags[m] != "VBG" {
				break
			}
			if s.lower[m] == "," {
				end = m
				break
			}
		}
	}
	if v.class == classAct && k == d.cueE && k < end && s.tags[k] == "IN" && s.lower[k] != "as" && !s.quoted[k] && d.srcE-d.srcS == 1 && s.tags[d.srcS] == "PRP" && d.srcS > 0 && (isNounTag(s.tags[d.srcS-1]) || s.lower[d.srcS-1] == "what") && !s.quoted[d.srcS-1] {
		// "the hospital it supports | in the city": the verb's object is
		// the noun (or "what") before its subject, in a relative clause
		// with a gap; no claim. (A description keeps its claim: "what
		// it described as attacks")
		return d, false
	}
	if d.cueE > i+1 && k < end {
		// a cue with its particle: "claimed responsibility for", "called for"
		if s.lower[k] == "for" && k+1 < end {
			k++
		}
	} else if !(v.lemma == "ask" && k > d.cueE && k < end && s.lower[k] == "for") && trailing(s, k, end, ss > 0 && isCloseQuote(s.toks[ss-1].Text) && (max(d.srcE, d.spanE) == d.cueS || d.srcE == i)) || asideAfterCue(s, sub, end) ||
		ss > 0 && s.lower[ss-1] == "," && d.srcE <= d.cueS && d.cueE+1 < end && s.lower[d.cueE] == "," && writersClauses[s.lower[d.cueE+1]] && hasFinite(s, clauseStart(s, ss-1), ss-1) {
		// ("…, a local aid group said, | as fighting intensified": the
		// clause after the inverted cue is the writer's, when a clause
		// came before it; not "In the early 1990s, she said, when …")
		// (the quotation comes first when the cue follows its speaker:
		// not "“…,” X said, adding that …")
		// "…, X said." or "“…,” X said in a statement."
		e, p := ss, ss-1
		if p >= 3 && (s.lower[p] == "that" || s.lower[p] == "which") && !s.quoted[p] && glossedClaimAt(s, p-1) {
			// "… — a point that officials have disputed": the gloss's
			// relative pronoun stands for the clause before it
			e, p = p, p-1
		}
		glossed := p >= 0 && glossedClaimAt(s, p)
		if glossed {
			// "…, a charge Tehran denies", "…, an allegation the ELN has
			// rejected": the denial answers the clause before the comma
			e, p = p-2, p-2
		}
		if p > 0 && s.lower[p] == "as" && !s.quoted[p] && (s.lower[p-1] == "," || isCloseQuote(s.toks[p-1].Text)) {
			// "…, as some have speculated.": the clause the aside
			// glosses was said
			e, p = p, p-1
		}
		if p >= 0 && (s.lower[p] == "," || isCloseQuote(s.toks[p].Text) || (s.lower[p] == "—" || s.lower[p] == ":") && v.class != classThink) {
			cs, ce := f.before(s, e, p)
			if e == ss-1 && f.cueWithin(s, cs, ce) {
				// "“…,” she said, as the crowd applauded.": the clause
				// has its own speaker
				cs = -1
			}
			if cs >= 0 && !(s.lower[p] == "," && (adverbialOpening(s, cs) && !hasFinite(s, cs, ce) || f.onlySubordinate(s, cs, ce) && !commaGoesOn(s, d.cueE, len(s.toks)))) {
				if glossed {
					cs = f.glossedContent(s, cs, ce)
				}
				// (a phrase with no verb before the subject is its
				// clause's adverbial, not what was said: "In a memo on
				// Tuesday, X reminded his staff about …"; so is a
				// subordinate clause alone: "When Francis said …, the
				// campaign responded within hours"; but not one the
				// attribution splits from its main clause: "When the
				// Rogans came, Rogan said, Mr. Clinton smiled")
				d.conS, d.conE = cs, ce
				f.kindOf(s, &d, v)
				return d, true
			}
		}
		if k < end && !isPunct(s.lower[k]) && v.class == classAct {
			d.conS, d.conE = k, end
		}
		if d.conS < 0 && d.srcE-d.srcS == 1 && s.tags[d.srcS] == "PRP" && d.srcS > 0 && isNounTag(s.tags[d.srcS-1]) && !s.quoted[d.srcS-1] {
			// "the overall toll it announced": a reduced relative clause
			// whose object is the noun before it, no claim
			return d, false
		}
		if v.class == classThink && d.conS < 0 && !s.quoted[max(d.cueS-1, 0)] {
			// "they do not know.": a verb of thinking with nothing
			// thought is no claim
			return d, false
		}
		f.kindOf(s, &d, v)
		return d, true
	}
	ce := d.cueE
	medium := true // the words between the cue and the split belong to the cue
	if ce < n && s.lower[ce] != "," && isCloseQuote(s.toks[max(ss-1, 0)].Text) {
		// past the medium: "“…,” he wrote on X, “…”", "“…,” he said in a
		// statement, “…”"
		if e := max(mediumSent(s, ce), mediumAdverbial(s, ce)); e > ce && e+1 < n && s.lower[e] == "," && isOpenQuote(s.toks[e+1].Text) {
			ce = e
		} else if e := phraseBeforeQuote(s, ce); e > ce && max(d.srcE, d.spanE) == d.cueS {
			// "“…,” Clinton said at a town hall on Monday, “…”", "“…,”
			// he said of the campaign, “…”": the phrase stays out of the
			// cue
			ce, medium = e, false
		}
	}
	if ss > 1 && isCloseQuote(s.toks[ss-1].Text) && s.lower[ss-2] == "," && ce == d.cueE && ce+1 < n && isOpenQuote(s.toks[ce].Text) && !s.quoted[ss] && startsUpper(s.toks[ce+1].Text) && max(d.srcE, d.spanE) == d.cueS {
		// "“…,” Trump said “…”": a comma missing before the second part
		// (the first part opens the clause: not "Holding signs calling
		// him “a loser,” the protesters chanted “…”")
		if st := clauseStart(s, ss-1); st < ss-1 && (isOpenQuote(s.toks[st].Text) || st == 0 && s.opensIn) {
			d.conS, d.conE = st, end
			f.kindOf(s, &d, v)
			return d, true
		}
	}
	if ss > 0 && (s.lower[ss-1] == "," || isCloseQuote(s.toks[ss-1].Text)) && ce < n && s.lower[ce] == "," &&
		!(ce+1 < n && isOpenQuote(s.toks[ce+1].Text) && adverbialOpening(s, clauseStart(s, ss-1)) && !(lowerAt(s, ce+2) && s.tags[clauseStart(s, ss-1)] == "VBG")) &&
		!(ce+1 < n && (s.lower[ce+1] == "and" && !(ce+2 < n && isOpenQuote(s.toks[ce+2].Text)) || s.lower[ce+1] == "but" || f.newClause(s, ce+1, end) && !frontedPhrase(s, ss-1))) {
		// "An economic downturn, he said, “could be …”": the content is
		// split around the speaker, and so is a clause after a phrase
		// set before the speaker ("Over the years, she said, email has
		// helped her …", "If the demands are not met, he warned, …");
		// but after "Later in the piece, X wrote," only the quotation is
		// content, and "…, officials said, and rescuers feared …" goes on
		// with a clause of its own
		// "An economic downturn, he said, “could be …”"
		st := clauseStart(s, ss-1)
		if st < ss-1 {
			d.conS, d.conE = st, end
			if ce > d.cueE && d.cueE == i+1 && medium {
				d.cueE = ce // the cue with its medium: "wrote on X"
			}
			f.kindOf(s, &d, v)
			return d, true
		}
	}
	if k < end && !(k == d.cueE && s.tags[k] == "CC" && !s.quoted[k]) && !(d.srcS > 0 && s.lower[d.srcS-1] == "as" && (finite(s.tags[k]) || s.tags[k] == "MD") && !s.quoted[k]) {
		// (a conjunction right after the cue opens the writer's next
		// clause: "the provision Democrats opposed | and Obama said …";
		// after an aside with "as" the interrupted clause resumes: "that
		// the flood, as he later explained, | was a disaster")
		d.conS, d.conE = k, end
	}
	if v.class == classAct && d.srcS > 0 && d.srcE <= d.cueS && !s.quoted[d.srcS-1] {
		// an act whose object went before its subject, into a relative
		// clause: "the trade agreement, which | Mr. Putin opposed", "the
		// plan which | Chaudhry opposed was dropped", "the provision |
		// the Democrats most strongly opposed"; what follows the cue is
		// then the writer's (a verb of saying or thinking takes a clause
		// whose subject went before: "which Bugti thinks | will cost
		// jobs")
		r := d.srcS - 1
		ends := k >= end || s.tags[k] == "CC" || s.lower[k] == ","
		resumes := k < end && !s.quoted[k] && (finite(s.tags[k]) || s.tags[k] == "MD") ||
			k+1 < end && s.lower[k] == "," && !s.quoted[k+1] && (finite(s.tags[k+1]) || s.tags[k+1] == "MD")
		if s.lower[r] == "which" || s.lower[r] == "whom" || s.lower[r] == "that" && s.tags[r] == "WDT" {
			if d.conS < 0 && ends || resumes {
				d.conS, d.conE = r, r+1
			}
		} else if d.conS < 0 && ends && isNounTag(s.tags[r]) && !(s.tags[r] == "NNP" || s.tags[r] == "NNPS") {
			if st := f.npLeft(s, r); st >= 0 {
				d.conS, d.conE = f.phraseHead(s, st, "in", "of"), r+1 // "the provision in | the bill"
			}
		}
	}
	f.kindOf(s, &d, v)
	return d, true
}

// phraseBeforeQuote returns the comma after a short phrase with no verb
// that follows a cue at token k and comes before a quotation's second
// part: "at a Fox News town hall on Monday, “…”", "of the campaign, “…”";
// or k.
func phraseBeforeQuote(s *sentence, k int) int {
	n := len(s.toks)
	if k >= n || s.quoted[k] || isVerbTag(s.tags[k]) || s.tags[k] == "MD" || isPunct(s.lower[k]) || s.tags[k] == "CC" {
		return k
	}
	for m := k + 1; m+1 < n && m-k <= 12; m++ {
		if s.quoted[m] || isVerbTag(s.tags[m]) && s.tags[m] != "VBG" && s.tags[m] != "VBN" || s.tags[m] == "MD" {
			return k
		}
		if s.lower[m] == "," {
			if isOpenQuote(s.toks[m+1].Text) {
				return m
			}
			return k
		}
	}
	return k
}

// speakerGoesOnBut says whether the words at token k, after "but" inside
// a content, are the speaker's next act rather than the content going on:
// a verb of saying or refusing ("but declined to", "but warned"), giving
// nothing ("but gave no details", "but offered no evidence"), stopping
// short, or not saying ("but did not say where", "but would not
// elaborate").
func speakerGoesOnBut(s *sentence, k, end int) bool {
	if k+1 >= end {
		return false
	}
	w, nx := s.lower[k], s.lower[k+1]
	switch {
	case w == "did" || w == "would" || w == "could":
		// "but did not say", "but would not elaborate"
		m := k + 1
		if nx == "not" || nx == "n't" {
			m++
		}
		return m > k+1 && m < end && (silentVerbs[s.lower[m]] || m+1 < end && s.lower[m] == "immediately" && silentVerbs[s.lower[m+1]])
	case w == "stopped" && nx == "short":
		return true
	case (w == "gave" || w == "offered" || w == "provided" || w == "presented" || w == "cited") && nx == "no":
		return true
	}
	if v, ok := cueVerbs[w]; ok && (s.tags[k] == "VBD" || s.tags[k] == "VBN" && (v.lemma == "decline" || v.lemma == "refuse")) && (v.lemma == "decline" || v.lemma == "refuse" || v.class == classTell || v.class == classStrong || v.lemma == "add" || v.lemma == "insist" || v.lemma == "acknowledge" || v.lemma == "admit" || v.lemma == "stress" || v.lemma == "caution") {
		return true
	}
	return false
}

// glossedContent narrows the clause [cs, ce) that a claim noun glosses to
// what was claimed in it: the content of a claim that ends with the clause
// ("Israel says | Hamas diverts supplies|, a charge the group rejects"), or
// the clause after a verb's "that" ("has determined that | the RSF
// committed genocide|, a finding the group rejects").
func (f *finder) glossedContent(s *sentence, cs, ce int) int {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		// (an accusation is the charge whole: "Washington accused Iran of
		// arming the rebels, a charge Tehran denies"; from its cue when
		// the clause said more before it: "… said it had foiled a plot
		// and | accused Ivory Coast of harbouring the plotters, an
		// accusation Abidjan rejected")
		d := f.drafts[k]
		if d.conE != ce || d.conS <= cs {
			continue
		}
		if d.kind == KindAccusation {
			if k > 0 && f.drafts[k-1].sent == s.idx && f.drafts[k-1].cueS >= cs && d.cueS > cs {
				return d.cueS
			}
			break
		}
		if d.kind != KindAccusation {
			// (also a claim of responsibility: "said its fighters had
			// killed 20 soldiers, a figure the army did not confirm")
			if s.lower[d.conS] == "that" && d.conS+1 < ce {
				return d.conS + 1
			}
			return d.conS
		}
	}
	for m := ce - 1; m > cs; m-- {
		if s.lower[m] == "that" && !s.quoted[m] && isVerbTag(s.tags[m-1]) {
			return m + 1
		}
	}
	return cs
}

// glossedClaimAt says whether token k is a noun naming a claim that
// glosses the clause before it: a comma or a dash, a determiner or
// adjective, then the noun ("…, a charge Tehran denies", "…, a claim
// refuted by India", "… — a point officials dispute").
func glossedClaimAt(s *sentence, k int) bool {
	return k >= 2 && (claimWords[s.lower[k]] || disputedWords[s.lower[k]] || s.lower[k] == "point") && (s.tags[k-1] == "DT" || s.tags[k-1] == "JJ") && (s.lower[k-2] == "," || s.lower[k-2] == "—" || s.lower[k-2] == "--")
}

// cueWithin says whether a claim found earlier in the sentence has its
// cue in tokens [a, b).
func (f *finder) cueWithin(s *sentence, a, b int) bool {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		if c := f.drafts[k].cueS; c >= a && c < b {
			return true
		}
	}
	return false
}

// relativeThat says whether "that" at j opens a relative clause whose
// verb is the cue at i: a noun before it and a finite verb right after
// ("cities that support the rules", "a message that said").
func relativeThat(s *sentence, j, i int) bool {
	return j > 0 && (isNounTag(s.tags[j-1]) || s.tags[j] == "WDT") && (finite(s.tags[i]) || s.lower[i] == "said")
}

// names says whether "call" at token i gives something a name or a
// description: "called the plan “a disaster”", "calls him a liar", "called
// it their “crystal ball”", "which he called “a cartel”" (an object, then a
// second noun phrase or a quotation), not "called the police" or "was
// called off".
func names(s *sentence, i int) bool {
	n := len(s.toks)
	perfect := perfectBefore(s, i)
	relObj := relativeObject(s, i)
	if s.tags[i] == "VBN" && !perfect && !relObj || i > 0 && (beForms[s.lower[i-1]] || strings.HasSuffix(s.lower[i-1], "-")) {
		// a passive or an adjective ("was called off", "so-called"); but
		// "has called climate change a hoax"
		return false
	}
	k := i + 1
	if k >= n {
		return false
	}
	if relObj {
		// the object went before: "which he called “a cartel”", "what
		// critics call “a tax”", "what officials called a hate crime";
		// not "the group that he called last week"
		if s.quoted[k] {
			return true
		}
		if e := npEnd(s, k); e > k && !isTimeWord(s.lower[e-1]) && !periodWords[s.lower[e-1]] && (e == n || isPunct(s.lower[e]) || s.tags[e] == "IN" || s.tags[e] == "TO") {
			return true
		}
	}
	if s.quoted[k] {
		return false
	}
	switch s.lower[k] {
	case "off", "up", "in", "back", "out", "to", "for", "on", "into", "upon", "a", "an":
		return false // a phrasal verb ("called off") or a meeting called
	case "it":
		if k+1 < n && s.lower[k+1] == "quits" {
			return false
		}
	}
	if reflexive[s.lower[k]] && k+1 < n && !isPunct(s.lower[k+1]) && s.tags[k+1] != "IN" && s.tags[k+1] != "TO" {
		// "called himself pro-choice"
		return true
	}
	// the object and then the name, within the clause
	noun := false
	rel := false // a relative clause on the object: "the assault that killed five officers"
	for m := k; m < n && m-k < 16; m++ {
		w := s.lower[m]
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if isOpenQuote(s.toks[m].Text) || s.quoted[m] {
			// (the object may be tagged as a determiner or an adjective:
			// "called her “weak”", "called his rival “robotic”")
			return noun || m > k && (s.lower[m-1] == "her" || s.tags[m-1] == "JJ" && m-2 >= k && (s.tags[m-2] == "PRP$" || s.tags[m-2] == "DT"))
		}
		if (w == "a" || w == "an" || s.tags[m] == "PRP$") && noun && m+1 < n && (!s.quoted[m+1] && (s.tags[m+1] == "JJ" || s.tags[m+1] == "JJS" || isNounTag(s.tags[m+1])) || isOpenQuote(s.toks[m+1].Text)) {
			// "called Oz a quack", "called her son her hero", "calls it
			// her “responsibility gene”"
			return true
		}
		if noun && m == k+1 && s.tags[k] == "PRP" && w == "the" && m+1 < n && !s.quoted[m+1] && isNounTag(s.tags[m+1]) && !isTimeWord(s.lower[m+1]) && !periodWords[s.lower[m+1]] && !(m+2 < n && (isTimeWord(s.lower[m+2]) || periodWords[s.lower[m+2]])) {
			// "call it the nerd prom", "called him the worst candidate";
			// not "called her the next day"
			return true
		}
		if noun && (s.tags[m] == "JJ" || (s.tags[m] == "VBD" || s.tags[m] == "VBN") && strings.HasPrefix(w, "un") && strings.HasSuffix(w, "ed")) && m+1 < n && (s.lower[m+1] == "." || s.lower[m+1] == "," || s.lower[m+1] == ";" || s.lower[m+1] == "and" || s.lower[m+1] == "but") && (isNounTag(s.tags[m-1]) || s.tags[m-1] == "PRP") {
			// (a negated participle is an adjective: "calls Clinton
			// unqualified")
			// "called the squabble with the agency unusual", "called him
			// divisive and …"
			return true
		}
		if m == k+1 && s.tags[k] == "PRP" && (s.tags[m] == "NNS" || s.tags[m] == "NN") && !isTimeWord(w) && !periodWords[w] && (m+1 == n || isPunct(s.lower[m+1]) || s.lower[m+1] == "and" || s.lower[m+1] == "but") {
			// a bare noun after a pronoun: "calling them rapists and …"
			return true
		}
		if isNounTag(s.tags[m]) || s.tags[m] == "PRP" || m == k && (demonstratives[w] || w == "what") {
			noun = true
			rel = rel || w == "what" // "called what she witnessed terrible"
		}
		if noun && !rel && (w == "that" || w == "who" || w == "which") && isNounTag(s.tags[m-1]) {
			rel = true
			continue
		}
		if isVerbTag(s.tags[m]) && s.tags[m] != "VBG" && s.tags[m] != "VBN" && !(s.tags[m] == "VB" && s.lower[m-1] == "to") && !rel {
			return false // another clause: "called the police and asked"
		}
	}
	return false
}

// relativeObject says whether the object of the verb at i went before it,
// into a relative pronoun that opens the verb's clause: "which he called",
// "what officials call", "a country that the previous nominee, Mitt
// Romney, called". Only the subject may stand between them.
func relativeObject(s *sentence, i int) bool {
	for m := i - 1; m >= 0 && i-m <= 14; m-- {
		if s.quoted[m] || s.lower[m] == ";" || s.lower[m] == ":" {
			return false
		}
		switch s.lower[m] {
		case "which", "what", "whom":
			return m < i-1
		case "that":
			// "a bill that critics called anti-gay"; not "said Wednesday
			// that she called Sanders"
			return m < i-1 && m > 0 && (s.tags[m-1] == "NN" || s.tags[m-1] == "NNS") && !isTimeWord(s.lower[m-1])
		}
		if isVerbTag(s.tags[m]) && !(m == i-1 && (s.tags[m] == "MD" || s.lower[m] == "has" || s.lower[m] == "have" || s.lower[m] == "had")) {
			return false
		}
	}
	return false
}

func labels(s *sentence, k int) bool {
	for m := k; m < len(s.toks) && m-k < 9; m++ {
		if s.lower[m] == "." || s.lower[m] == ";" {
			return false
		}
		if condemnWords[s.lower[m]] || dismissWords[s.lower[m]] {
			return true
		}
	}
	return false
}

// clauseEnds says whether an inverted speaker can end at token e ("…,
// said Bugti." "…, said Bugti, who …", "…, said Bugti in a statement").
func clauseEnds(s *sentence, e int) bool {
	if e >= trimEnd(s, len(s.toks)) {
		return true
	}
	switch s.lower[e] {
	case ",", ";", "—", "–", "(", ":", "who", "in", "on", "at", "during", "after", "before", "as", "when", "while", "to", "from":
		return true
	}
	return isCloseQuote(s.toks[e].Text) || isOpenQuote(s.toks[e].Text)
}

// reportFirst says whether a report or a medium heads the phrase [a, b):
// its noun comes before any participle, relative or verb ("A national
// poll released Sunday by …", "An analysis by Politifact of …").
func reportFirst(s *sentence, a, b int) bool {
	for m := a; m < b && m-a <= 8; m++ {
		w := s.lower[m]
		if reportNouns[w] || mediaNouns[w] || w == "footage" || w == "transcript" || w == "picture" || w == "photo" {
			return isNounTag(s.tags[m])
		}
		if isVerbTag(s.tags[m]) || relativeStarts[w] || s.quoted[m] {
			return false
		}
	}
	return false
}

// speakerTail extends a speaker phrase after its cue that ends at e over
// what modifies its noun: a bracket with a party or a state ("Rep. Pat
// Tiberi (R-Ohio)"), a phrase with "of", "to", "for" or "from" on a common
// noun ("a longtime adviser to both Clintons"), an adjective or participle
// with its phrase ("one Democrat familiar with the discussion", "the base
// chief known as Bob") and a relative clause not set off by a comma ("a
// former official who oversaw the inquiry"). It returns e when there is
// none.
func (f *finder) speakerTail(s *sentence, e int) int {
	end := trimEnd(s, len(s.toks))
	for e > 0 && e < end && !s.quoted[e] {
		w := s.lower[e]
		head := s.tags[e-1] == "NN" || s.tags[e-1] == "NNS"
		if postModifiers[s.lower[e-1]] && (s.tags[e] == "IN" || s.tags[e] == "TO") && e+1 < end && startsNP(s, e+1) {
			// the phrase took the adjective: "one Democrat familiar | with
			// the discussion"
			r := f.npRight(s, e+1)
			if r <= e+1 {
				return e
			}
			e = r
			continue
		}
		switch {
		case w == "(":
			r := e + 1
			for r < end && r-e <= 6 && s.lower[r] != ")" && !s.quoted[r] {
				r++
			}
			if r >= end || s.lower[r] != ")" {
				return e
			}
			e = r + 1
		case (w == "of" || head && (w == "to" || w == "for" || w == "from")) && e+1 < end && startsNP(s, e+1):
			r := f.npRight(s, e+1)
			if r <= e+1 {
				return e
			}
			e = r
		case isNounTag(s.tags[e-1]) && postModifiers[w] && e+2 < end && (s.tags[e+1] == "IN" || s.tags[e+1] == "TO") && startsNP(s, e+2):
			r := f.npRight(s, e+2)
			if r <= e+2 {
				return e
			}
			e = r
		case head && w == "who" && e+1 < end && finite(s.tags[e+1]):
			r := e + 1
			for r < end && !s.quoted[r] && s.lower[r] != "," && s.lower[r] != ";" && s.lower[r] != "—" {
				r++
			}
			return r
		default:
			return e
		}
	}
	return e
}

// relativeWhen says whether "when" or "where" at token e opens a relative
// clause on the common noun before it ("the days when the nation had …"),
// not a clause of time or place after a name.
func relativeWhen(s *sentence, e int) bool {
	return e > 0 && e < len(s.toks) && (s.lower[e] == "when" || s.lower[e] == "where") && (s.tags[e-1] == "NN" || s.tags[e-1] == "NNS")
}

func isTimeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday":
		return true
	}
	return false
}

// kindOf sets the kind, the target and the cue's extent from the cue verb
// and the words around it.
func (f *finder) kindOf(s *sentence, d *draft, v verb) {
	n := len(s.toks)
	after := d.cueE
	if after < n && (s.lower[after] == "the" || s.lower[after] == "a" || s.lower[after] == "full" || s.lower[after] == "sole") && after+1 < n && s.lower[after+1] == "responsibility" {
		after++
	}
	switch {
	case v.lemma == "attack" && d.cueE < n && startsNP(s, d.cueE) && (s.tags[d.cueE] == "NNP" || s.tags[d.cueE] == "PRP"):
		// "attacked Romney": the person attacked is the target
		if e := f.npRight(s, d.cueE); e > d.cueE {
			d.tgtS, d.tgtE = d.cueE, e
		}
	case v.lemma == "rule" && negated(s, d.cueS) && d.conS >= 0:
		// "did not rule out al-Shabaab's involvement": a suspicion voiced
		// is an accusation of the one whose role is not ruled out
		for m := d.conS; m+1 < d.conE; m++ {
			if (s.lower[m+1] == "’s" || s.lower[m+1] == "'s") && m+2 < d.conE && roleNouns[s.lower[m+2]] {
				if st := f.npLeft(s, m); st >= d.conS {
					d.kind = KindAccusation
					d.tgtS, d.tgtE = st, m+1
				}
				break
			}
		}
	case v.lemma == "claim" || v.lemma == "accept" || v.lemma == "take":
		if after < n && s.lower[after] == "responsibility" {
			d.kind = KindResponsibility
			d.cueE = after + 1
			if d.conS >= 0 && d.conS < d.cueE {
				d.conS = d.cueE
				if d.cueE < n && s.lower[d.cueE] == "for" {
					d.conS++
				}
				if d.conS >= d.conE {
					d.conS = -1
				}
			}
		}
		if d.cueE == d.cueS+2 && s.lower[d.cueS+1] == "responsibility" {
			d.kind = KindResponsibility
		}
	case v.lemma == "say" || v.lemma == "announce" || v.lemma == "confirm" || v.lemma == "admit":
		k := d.cueE
		if d.conS > k {
			// past an adverbial: "said on Sunday they had …"
			k = d.conS
		}
		if k < n && s.lower[k] == "that" {
			k++
		}
		// the subject that acted: "it", "they", "we", "the group", "its
		// fighters"; then perhaps "had": "said it had carried out …"
		switch {
		case k+2 < n && (s.lower[k] == "the" && s.lower[k+1] == "group" || (s.lower[k] == "its" || s.lower[k] == "their" || s.lower[k] == "our") && fighterNouns[s.lower[k+1]]):
			k++
		case k < n && (s.lower[k] == "we" || s.lower[k] == "it" || s.lower[k] == "they"):
		default:
			k = n
		}
		if k+2 < n && (s.lower[k+1] == "had" || s.lower[k+1] == "have" || s.lower[k+1] == "has") && (s.tags[k+2] == "VBN" || s.tags[k+2] == "VBD") && s.lower[k+2] != "been" {
			k++
		}
		if v.lemma == "admit" && d.cueE < n && attackGerunds[s.lower[d.cueE]] {
			// "admitted carrying out a second attack"
			d.kind = KindResponsibility
		}
		if k+1 < n && responsibilityVerbs[s.lower[k+1]] && !(k+3 < n && s.lower[k+1] == "struck" && (agreementNouns[s.lower[k+2]] || agreementNouns[s.lower[k+3]])) {
			// (not "said it had struck a deal")
			if s.lower[k+1] == "was" || s.lower[k+1] == "were" {
				if k+2 < n && s.lower[k+2] == "behind" || k+2 < n && s.lower[k+2] == "responsible" {
					d.kind = KindResponsibility
				}
			} else {
				d.kind = KindResponsibility
			}
		}
	case v.kind == KindAccusation:
		d.kind = KindAccusation
		k := d.cueE
		if v.lemma == "attribute" {
			for m := k; m < n && m-k < 12; m++ {
				if s.lower[m] == "to" {
					k = m + 1
					break
				}
			}
		}
		if k+1 < n && s.tags[k] == "VBG" && (s.tags[k+1] == "NNP" || s.tags[k+1] == "NNPS") {
			k++ // "accused neighbouring Afghanistan"
		}
		if k < n && s.tags[k] == "PRP" && s.lower[k] != "them" {
			d.tgtS, d.tgtE = k, k+1
		} else if e := f.npRight(s, k); e > k {
			d.tgtS, d.tgtE = k, e
		}
		if k < n && isOpenQuote(s.toks[k].Text) {
			if e := f.npRight(s, k+1); e > k+1 {
				d.tgtS, d.tgtE = k+1, e
			}
		}
	case v.kind == KindDenial:
		if v.lemma == "deny" || v.lemma == "refute" || v.lemma == "dispute" || v.lemma == "rebut" {
			d.kind = KindDenial
		} else {
			for m := d.cueE; m < n && m-d.cueE < 4; m++ {
				// (also a result or a figure rejected: "rejected the results
				// of the election", "rejected the toll")
				if claimWords[s.lower[m]] || v.lemma == "reject" && disputedWords[s.lower[m]] {
					d.kind = KindDenial
				}
			}
			if d.kind != KindDenial && d.conS >= 0 {
				// "dismissed the reports as baseless"
				for m := d.conS; m+1 < d.conE; m++ {
					if s.lower[m] == "as" && dismissWords[s.lower[m+1]] || s.lower[m] == "as" && m+2 < d.conE && s.tags[m+1] == "RB" && dismissWords[s.lower[m+2]] {
						d.kind = KindDenial
					}
				}
			}
			for m := d.cueS - 1; m >= 0 && d.cueS-m <= 4; m-- {
				if claimWords[s.lower[m]] {
					d.kind = KindDenial
				}
			}
			if d.conS >= 0 && d.conE <= d.cueS {
				// a gloss on the clause before: "…, a result the main
				// opposition candidate immediately rejected"
				for m := d.cueS - 1; m > d.conE && d.cueS-m <= 7; m-- {
					if disputedWords[s.lower[m]] && glossedClaimAt(s, m) {
						d.kind = KindDenial
					}
				}
			}
		}
	case v.kind == KindCondemnation:
		d.kind = KindCondemnation
		if e := f.npRight(s, d.cueE); e > d.cueE {
			d.tgtS, d.tgtE = d.cueE, e
		}
	case v.lemma == "plead":
		// "pleaded not guilty": the charges are denied
		if d.conS >= 0 && d.conS < d.conE && (s.lower[d.conS] == "innocent" || d.conS+1 < d.conE && s.lower[d.conS] == "not" && s.lower[d.conS+1] == "guilty") {
			d.kind = KindDenial
		}
	case v.lemma == "label" || v.lemma == "brand" || v.lemma == "describe" || v.lemma == "call":
		claim := false
		for m := d.cueE; m < n && m-d.cueE < 9; m++ {
			if s.lower[m] == "." || s.lower[m] == ";" {
				break
			}
			switch w := s.lower[m]; {
			case claimWords[w] && m-d.cueE < 3:
				claim = true
			case dismissWords[w] && claim:
				// "described the allegations as baseless"
				d.kind = KindDenial
			case (condemnWords[w] || (w == "crime" || w == "crimes") && s.lower[m-1] == "war") && !claim:
				// (a war crime, not any crime: "what officials called a
				// hate crime" classifies)
				d.kind = KindCondemnation
			}
		}
	case v.lemma == "express":
		if after < n {
			w := s.lower[after]
			if after+1 < n && (s.tags[after] == "JJ" || s.tags[after] == "PRP$") {
				w = s.lower[after+1]
			}
			switch {
			case supportNouns[w]:
				d.kind = KindSupport
			case condemnWords[w]:
				d.kind = KindCondemnation
			}
		}
		if d.kind == KindSupport {
			for m := d.cueE; m < n && m-d.cueE < 6; m++ {
				if s.lower[m] == "with" || s.lower[m] == "for" || s.lower[m] == "to" {
					if e := f.npRight(s, m+1); e > m+1 {
						d.tgtS, d.tgtE = m+1, e
					}
					break
				}
			}
		}
	case v.kind == KindSupport:
		d.kind = KindSupport
		if e := f.npRight(s, d.cueE); e > d.cueE {
			d.tgtS, d.tgtE = d.cueE, e
		}
	}
}

// continuation attaches a sentence made only of a quotation, with no cue
// of its own, to the claim of the sentence before it in the paragraph
// (or, after a colon, in the paragraph before).
func (f *finder) continuation(s *sentence) bool {
	if len(f.drafts) == 0 {
		return false
	}
	d := &f.drafts[len(f.drafts)-1]
	if d.endSent != s.idx-1 || f.quoteRunsToCue(s.idx) {
		// (a quotation that runs on to a cue of its own is that cue's:
		// "… said the shells fell. “The first one hit the stalls. When
		// people ran, the second came,” he said.")
		return false
	}
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].endSent == s.idx-1; k-- {
		if f.drafts[k].quote {
			// the claim that quoted, not a later one on its speaker:
			// "“…,” said O'Donnell, who wrote about the visit. “…”"
			d = &f.drafts[k]
			break
		}
	}
	prev := &f.sents[s.idx-1]
	if s.para && !(len(prev.toks) > 0 && prev.lower[len(prev.toks)-1] == ":") && !(d.quote && f.quoteParagraph(s.idx)) {
		// a new paragraph goes on with the quotation only when the claim
		// before it quoted and the paragraph is quotation alone ("“…,”
		// Trump said. ¶ “…”"), with no cue that could give it another
		// speaker
		return false
	}
	st := s.toks[0].Start
	en := s.toks[trimEnd(s, len(s.toks))-1].End
	if d.extStart < 0 {
		d.extStart = st
	}
	d.extEnd = en
	d.endSent = s.idx
	d.quote = true
	return true
}

// colonBlock makes sentence s, which holds no claim of its own, the
// content of a claim whose cue ends the paragraph before with a colon and
// has no content yet, or goes on with that content in the same paragraph:
// "In a speech last July, he said: ¶ Let no one be mistaken: …".
func (f *finder) colonBlock(s *sentence) bool {
	if len(f.drafts) == 0 || s.idx == 0 || trimEnd(s, len(s.toks)) == 0 {
		// (a sentence of punctuation alone adds nothing)
		return false
	}
	d := &f.drafts[len(f.drafts)-1]
	if d.endSent != s.idx-1 {
		return false
	}
	if d.block {
		if s.para {
			return false
		}
	} else {
		prev := &f.sents[s.idx-1]
		last := trimEnd(prev, len(prev.toks))
		if d.conS >= 0 || d.extStart >= 0 || d.preStart >= 0 || d.sent != s.idx-1 || !s.para || len(prev.toks) == 0 ||
			prev.lower[len(prev.toks)-1] != ":" || d.cueE != len(prev.toks) || last != d.cueE-1 {
			return false
		}
		if quoteOnly(s) {
			// a quotation: continuation takes it
			return false
		}
		d.block = true
		d.extStart = s.toks[0].Start
	}
	d.extEnd = s.toks[trimEnd(s, len(s.toks))-1].End
	d.endSent = s.idx
	return true
}

// previousSpeaker returns the speaker of the claim just before d when d's
// speaker is a pronoun that fits it: "he" or "she" for one person, "it"
// for a body, "they" for a body or people. The claim must be in the same
// sentence or the one before; its speaker may be one no actor names (-1).
func (f *finder) previousSpeaker(s *sentence, d draft) (int, bool) {
	if d.srcE-d.srcS != 1 || s.quoted[d.srcS] || len(f.drafts) == 0 {
		return -1, false
	}
	kind, ok := pronounKind[s.lower[d.srcS]]
	if !ok || kind == "self" {
		return -1, false
	}
	p := f.claimBefore(s, d)
	if p == nil || p.srcS < 0 {
		return -1, false
	}
	ps := &f.sents[p.sent]
	if p.srcE-p.srcS == 1 && ps.tags[p.srcS] == "PRP" {
		// a pronoun before: its own reading stands
		if k, ok := pronounKind[ps.lower[p.srcS]]; !ok || k != kind {
			return -1, false
		}
		return p.speaker, true
	}
	if p.speaker >= 0 {
		ak := f.res.acts[p.speaker].Kind
		switch kind {
		case "person":
			// (also one person speaking for a body: "A Fano commander
			// said … “…,” he said")
			return p.speaker, ak == "person" || onePerson(ps, p.srcS, p.srcE)
		case "thing":
			return p.speaker, ak != "person" && ak != "group"
		default:
			return p.speaker, ak != "person"
		}
	}
	h := speakerHead(ps, p.srcS, p.srcE)
	switch kind {
	case "thing":
		// "Mizan said … It did not say when": a body no actor names
		return -1, !onePerson(ps, p.srcS, p.srcE) && (ps.tags[h] == "NN" || ps.tags[h] == "NNP") && !personNoun(ps.lower[h], ps.tags[h])
	case "person":
		return -1, onePerson(ps, p.srcS, p.srcE) || p.spanE > p.srcE && describedPerson(ps, p.srcE, p.spanE)
	case "group":
		// "the foreign ministers of the three countries said … They
		// urged …"
		return -1, (ps.tags[h] == "NNS" || ps.tags[h] == "NNPS") && personNoun(ps.lower[h], ps.tags[h])
	}
	return -1, false
}

// previousBody returns the speaker of the claim just before d, in the
// same sentence or the one before, when d's speaker is a bare description
// of a body ("the group", "the organisation") and that speaker is a body,
// or a title ("the Ukrainian president") and that speaker is a person.
func (f *finder) previousBody(s *sentence, d draft) (int, bool) {
	if d.srcS < 0 || s.lower[d.srcS] != "the" || len(f.drafts) == 0 {
		return -1, false
	}
	head := s.lower[d.srcE-1]
	person := titleHeads[head]
	medium := d.srcE-d.srcS == 2 && mediaNouns[head]
	if !(d.srcE-d.srcS == 2 && bodyWords[head] || person || medium) {
		return -1, false
	}
	for k := d.srcS + 1; k < d.srcE-1; k++ {
		// "the Ukrainian president": only adjectives and nouns between
		if !(s.tags[k] == "JJ" || s.tags[k] == "NN" || s.tags[k] == "NNP") {
			return -1, false
		}
	}
	p := f.claimBefore(s, d)
	if p == nil || p.speaker < 0 {
		return -1, false
	}
	if medium {
		// "A statement from the centre said … The statement added":
		// whoever spoke in it
		// (the medium may open the sentence, name the speaker or follow
		// the cue: "In a statement, X said", "said in a statement")
		ps := &f.sents[p.sent]
		for m := 0; m < max(p.srcE, p.spanE, p.cueE); m++ {
			if ps.lower[m] == head && !(p.conS <= m && m < p.conE) {
				// (not in what was said: "“This new video …,” said X")
				return p.speaker, true
			}
		}
		return -1, false
	}
	switch f.res.acts[p.speaker].Kind {
	case "organization", "armed_group":
		return p.speaker, !person
	case "person":
		// "Zelensky: “…” The Ukrainian president called on allies …"
		return p.speaker, person
	}
	return -1, false
}

// claimBefore returns the claim just before d that d may refer back to:
// the last one found, or the one it is nested in ("Grossi said Araqchi
// had promised access": Grossi's, not Araqchi's), when it is in d's
// sentence, before d, or in the sentence before; nil otherwise.
func (f *finder) claimBefore(s *sentence, d draft) *draft {
	if len(f.drafts) == 0 {
		return nil
	}
	k := len(f.drafts) - 1
	for k > 0 && nestedIn(&f.drafts[k], &f.drafts[k-1]) {
		k--
	}
	p := &f.drafts[k]
	if p.sent < s.idx-1 || p.sent == s.idx && p.cueS > d.cueS {
		return nil
	}
	return p
}

// nestedIn says whether claim a's cue lies inside claim b's content, in
// the same sentence.
func nestedIn(a, b *draft) bool {
	return a.sent == b.sent && b.conS >= 0 && b.conS <= a.cueS && a.cueS < b.conE
}

// unnamedSince says whether a claim since the last mention of actor
// before code point at, in the sentences just before it, has for speaker
// one person no actor names ("A resident of the area"): the person a
// pronoun then points to.
func (f *finder) unnamedSince(actor, at int) bool {
	last := -1
	for _, m := range f.res.mentions {
		if m.end > at {
			break
		}
		if m.actor == actor {
			last = m.end
		}
	}
	cur := f.doc.SentenceAt(at)
	for k := len(f.drafts) - 1; k >= 0; k-- {
		d := &f.drafts[k]
		if d.sent < cur-3 {
			break
		}
		if d.speaker >= 0 || d.srcS < 0 {
			continue
		}
		s := &f.sents[d.sent]
		if s.toks[d.srcS].Start > last && onePerson(s, d.srcS, d.srcE) {
			return true
		}
	}
	return false
}

// describedPerson says whether the apposition in tokens [a, e) describes
// one person: an age ("Ihor, 61," "a 61-year-old retired engineer") or a
// noun for a person.
func describedPerson(s *sentence, a, e int) bool {
	for k := a; k < e; k++ {
		if strings.HasSuffix(s.lower[k], "-year-old") || s.tags[k] == "CD" && k > 0 && s.lower[k-1] == "," && k+1 < len(s.toks) && s.lower[k+1] == "," {
			return true
		}
		if s.tags[k] == "NN" && personNoun(s.lower[k], "NN") {
			return true
		}
	}
	return false
}

// onePerson says whether tokens [a, b) describe one person by a common
// noun: "A resident of the area", "the woman, who …".
func onePerson(s *sentence, a, b int) bool {
	k := a
	for k < b && (s.tags[k] == "DT" || s.tags[k] == "JJ" || s.tags[k] == "PRP$" || (s.tags[k] == "NNP" || s.tags[k] == "NNPS") && k+1 < b && s.tags[k+1] == "NN") {
		// (a name that modifies the noun: "A Fano commander")
		k++
	}
	for k+1 < b && s.tags[k+1] == "NN" && s.tags[k] == "NN" {
		k++
	}
	return k < b && s.tags[k] == "NN" && personNoun(s.lower[k], "NN")
}

// quoteRunsToCue says whether the quotation that sentence i opens goes on
// in the sentences after it, in its paragraph, to one with words outside
// the quotation: a cue that takes the quotation whole.
func (f *finder) quoteRunsToCue(i int) bool {
	if f.runsToCue == nil {
		// once per article, from the end: a long quotation costs one pass
		f.runsToCue = make([]bool, len(f.sents))
		for k := len(f.sents) - 2; k >= 0; k-- {
			nx := &f.sents[k+1]
			f.runsToCue[k] = nx.opensIn && !nx.para && (!quoteOnly(nx) || f.runsToCue[k+1])
		}
	}
	return f.runsToCue[i]
}

// quoteOpened returns where the quotation that sentence i starts inside
// was opened, in the same paragraph: the code point of its opening mark;
// -1 when there is none.
func (f *finder) quoteOpened(i int) int {
	k := i
	for k > 0 && f.sents[k].opensIn && !f.sents[k].para {
		k--
	}
	if k == i || f.sents[k].opensIn {
		return -1
	}
	// the run of quoted tokens that ends sentence k opens with the mark
	s := &f.sents[k]
	m := len(s.toks)
	for m > 0 && s.quoted[m-1] {
		m--
	}
	if m == len(s.toks) || !isOpenQuote(s.toks[m].Text) {
		return -1
	}
	return s.toks[m].Start
}

// quoteParagraph says whether the paragraph that starts at sentence i is
// made of quotations alone.
func (f *finder) quoteParagraph(i int) bool {
	for k := i; k < len(f.sents) && (k == i || !f.sents[k].para); k++ {
		if !quoteOnly(&f.sents[k]) {
			return false
		}
	}
	return true
}

// quoteOnly says whether a sentence is a quotation and nothing else (at
// least nine words in ten inside quotation marks).
func quoteOnly(s *sentence) bool {
	if len(s.toks) == 0 || !(s.quoted[0] || s.opensIn) {
		return false
	}
	words, inside := 0, 0
	for j, t := range s.toks {
		if isPunct(t.Text) {
			continue
		}
		words++
		if s.quoted[j] {
			inside++
		}
	}
	// (an ellipsis alone inside a quotation goes on with it: "“We are a
	// swing state. ... We're not taking anything for granted.”"; a stray
	// stop alone has no words to go on with)
	return words == 0 && s.opensIn && trimEnd(s, len(s.toks)) > 0 || words > 0 && inside*10 >= words*9
}

// output turns the drafts into record claims.
func (f *finder) output() []record.Claim {
	out := make([]record.Claim, 0, len(f.drafts))
	doc := f.doc
	for i, d := range f.drafts {
		s := &f.sents[d.sent]
		span := func(a, b int) record.Span {
			st, en := s.toks[a].Start, s.toks[b-1].End
			return record.Span{Text: doc.Slice(st, en), Start: st, End: en, Sentence: d.sent}
		}
		c := record.Claim{
			ID:    "k" + strconv.Itoa(i+1),
			Kind:  d.kind,
			Cue:   span(d.cueS, d.cueE),
			Quote: d.quote,
		}
		if d.srcS >= 0 {
			a, b := d.srcS, d.srcE
			if d.spanE > 0 {
				a, b = d.spanS, d.spanE
			}
			sp := span(a, b)
			c.SpeakerSpan = &sp
		}
		if d.speaker >= 0 {
			a := f.res.acts[d.speaker]
			c.Speaker, c.SpeakerID = record.Str(a.Name), record.Str(a.ID)
		}
		if d.target >= 0 {
			a := f.res.acts[d.target]
			c.Target, c.TargetID = record.Str(a.Name), record.Str(a.ID)
		}
		cs, ce := -1, -1
		if d.conS >= 0 {
			e := danglingEnd(s, d.conS, d.conE)
			cs, ce = s.toks[d.conS].Start, s.toks[e-1].End
		}
		if d.extStart >= 0 {
			if cs < 0 {
				cs = d.extStart
			}
			ce = d.extEnd
		}
		if d.preStart >= 0 && cs >= 0 && d.preStart < cs {
			cs = d.preStart
		}
		if cs >= 0 && ce > cs {
			c.Content = &record.Span{Text: doc.Slice(cs, ce), Start: cs, End: ce, Sentence: doc.SentenceAt(cs)}
		}
		es, ee := doc.Sentences[d.firstSent].Start, doc.Sentences[d.endSent].End
		c.Evidence = record.Span{Text: doc.Slice(es, ee), Start: es, End: ee, Sentence: d.firstSent}
		out = append(out, c)
	}
	return out
}

// widen gives the spans of a draft the extent that attribution corpora
// (PARC, PolNeAR) annotate: the cue is the whole verb group ("has also
// said", "did not respond to") with a colon that introduces the content
// ("said:") and an adverbial naming the medium ("said in a statement");
// the content keeps its complementizer ("that the vote …").
func (f *finder) widen(s *sentence, d *draft) {
	n := len(s.toks)
	if s.lower[d.cueS] != "according" && !hedgeAdverbsReport[s.lower[d.cueS]] && (d.srcS < 0 || d.srcE <= d.cueS) {
		// auxiliaries, negation and adverbs between the speaker and the verb
		floor := 0
		if d.srcS >= 0 && d.srcE <= d.cueS {
			floor = d.srcE
		}
		if d.conS >= 0 && d.conE <= d.cueS {
			floor = max(floor, d.conE)
		}
		// (also "since" after "has", and the "'s" after a pronoun: "he's
		// said", "it's expected")
		for k := d.cueS - 1; k >= floor && !s.quoted[k] && (verbGroup[s.lower[k]] || mannerAdverb(s, k) || k > 0 && (s.lower[k] == "since" && perfectAux[s.lower[k-1]] || (s.lower[k] == "’s" || s.lower[k] == "'s") && (s.tags[k-1] == "PRP" || s.tags[k] == "VBZ"))); k-- {
			d.cueS = k
		}
	}
	if d.cueS > 0 && s.lower[d.cueS-1] == "to" && s.tags[d.cueS] == "VB" && !s.quoted[d.cueS-1] && (d.srcS < 0 || d.srcE < d.cueS || d.srcS > d.cueS) && (d.conS < 0 || d.conE < d.cueS || d.conS >= d.cueE) {
		// an infinitive keeps its "to": "went on CNN | to declare Clinton
		// the winner", "rushing to TV to say …"
		d.cueS--
	}
	if d.cueE < n && mannerAdverb(s, d.cueE) && !contentAdverbs[s.lower[d.cueE]] && (d.conS < 0 || d.conS > d.cueE || d.conE <= d.cueS) && (d.srcS < d.cueS || d.srcS > d.cueE) {
		// the manner of the act after its verb: "said sarcastically",
		// "has said repeatedly that", "replied dryly:" (not a degree
		// on what follows: "said nearly half", "seemed increasingly")
		d.cueE++
	}
	if d.cueE < n {
		if e := mediumAdverbial(s, d.cueE); e > d.cueE && (d.conS < 0 || d.conS >= e || d.conE <= d.cueS) && (d.srcS < d.cueE || d.srcS >= e) {
			d.cueE = e
		}
		if e := refusedWords(s, d); e > 0 {
			// what a refusal to speak withholds is the object of the
			// verb of speaking: "declined to comment on | the report",
			// "refused to endorse | Trump" (not a bare "declined to
			// comment", nor a refusal to act: "refused | to sign the
			// agreement")
			d.cueE, d.conS = e, e
		}
		if d.conS == d.cueE && d.conE > d.cueE+1 && !s.quoted[d.cueE] && cueParticle(s, d.cueS, d.cueE) {
			// the preposition a verb takes belongs to the verb: "argued
			// for a new name", "spoke out about race", "scoffed at the
			// notion", "concerns about police brutality"
			d.cueE++
			d.conS++
		}
		if d.cueE < n && s.lower[d.cueE] == ":" && (d.conS < 0 || d.conS > d.cueE) {
			d.cueE++
		}
	}
	if d.conS > d.cueE && s.lower[d.conS-1] == "that" && !s.quoted[d.conS-1] {
		d.conS--
	}
	if d.conS >= d.cueE && !d.line {
		// a clause after "that" runs past its commas even after a cue
		// with an object ("ruled that the eviction, east of the city, was
		// unlawful")
		d.conE = f.contentEnd(s, d.conS, d.conE, d.act && s.lower[d.conS] != "that")
		if gerundCue(s, *d) {
			d.conE = f.gerundGoesOn(s, d.conS, d.conE)
		}
		if d.srcS >= 0 && d.srcE <= d.cueS && subordinateSubject(s, min(d.srcS, d.spanS)) {
			// "While those surveyed said the vote was fair, few voted":
			// the main clause after the subordinate one is the writer's
			for m := d.conS + 1; m+1 < d.conE; m++ {
				if s.lower[m] == "," && !s.quoted[m] && f.newClause(s, m+1, d.conE) {
					d.conE = m
					break
				}
			}
		}
	}
	if d.conS >= d.cueE && !s.quoted[d.conS] && s.lower[d.conS] != "that" {
		// "… of Chaffetz's latest request: “The FBI resolved all of
		// this.”": a colon before a quotation opens what was said
		for m := d.conS + 1; m+1 < d.conE && m-d.conS <= 12; m++ {
			if s.quoted[m] {
				break
			}
			if s.lower[m] == ":" && s.quoted[m+1] && isOpenQuote(s.toks[m+1].Text) {
				d.conS = m + 1
				break
			}
		}
	}
	if d.conS >= d.cueE && !d.line && d.conE-d.conS > 2 {
		d.conE = trailingAdverbials(s, d.conS, d.conE)
	}
	if d.aside && d.conS > d.cueS {
		// (a clause after "that" keeps the commas before its own verb:
		// "indicating that Kasich, the governor there, has a lead")
		verbs := s.lower[d.conS] != "that"
		for m := d.conS + 1; m+1 < d.conE; m++ {
			if !s.quoted[m] && (finite(s.tags[m]) || s.tags[m] == "MD") {
				verbs = true
			}
			if verbs && s.lower[m] == "," && !s.quoted[m] && (finite(s.tags[m+1]) || s.tags[m+1] == "MD") {
				d.conE = m
				break
			}
		}
	}
	if d.conS == 0 {
		if k := datelineEnd(s); k > 0 && k < d.conE {
			d.conS = k
		}
	}
}

// dashWithin says whether an unquoted dash lies in tokens [a, b).
func dashWithin(s *sentence, a, b int) bool {
	return dashCount(s, a, b) > 0
}

// subordinateSubject says whether the subject starting at st opens a
// subordinate clause at the start of its sentence or clause ("When X
// said …, Y", "…, while X said …").
func subordinateSubject(s *sentence, st int) bool {
	if st >= 3 && momentNouns[s.lower[st-1]] && s.tags[st-2] == "DT" && s.tags[st-3] == "IN" {
		// "At the moment X announced …, Y": the time's clause
		st -= 2
	} else if st < 1 || !subordinators[s.lower[st-1]] || s.quoted[st-1] {
		return false
	}
	return st == 1 || s.lower[st-2] == "," || isCloseQuote(s.toks[st-2].Text)
}

// datelineEnd returns the first token after a dateline that opens the
// sentence ("PESHAWAR, Pakistan — …", "KYIV (Reuters) - …"), or 0: the
// dateline says where the story was filed, not what was said.
func datelineEnd(s *sentence) int {
	if len(s.toks) < 3 || s.quoted[0] {
		return 0
	}
	if k := timestampEnd(s); k > 0 {
		return k
	}
	first := s.toks[0].Text
	if strings.ToUpper(first) != first || !startsUpper(first) {
		return 0
	}
	for k := 1; k < len(s.toks) && k <= 12; k++ {
		switch t := s.toks[k].Text; {
		case t == "—" || t == "–" || t == "-" || t == "--":
			return k + 1
		case t == "," || t == "(" || t == ")" || t == ".":
		case startsUpper(t) || t != "" && t[0] >= '0' && t[0] <= '9':
			// (a date: "KABUL, Oct. 9 -")
		default:
			return 0
		}
	}
	return 0
}

// timestampEnd returns the first token after a live blog's time stamp
// that opens the sentence ("11:02 GMT -", "9.40am —", "Mon 21:05"), or 0.
func timestampEnd(s *sentence) int {
	n := len(s.toks)
	k := 0
	if n > 0 && weekdayShort[s.toks[0].Text] {
		k++ // "Mon 21:05 RSF says …"
	}
	if n < k+3 || !clockTime(s.toks[k].Text) {
		return 0
	}
	k++
	for k < n && k <= 4 && timeZones[s.lower[k]] {
		k++
	}
	if k+1 < n && (s.lower[k] == "-" || s.lower[k] == "—" || s.lower[k] == "–" || s.lower[k] == "--") {
		return k + 1
	}
	if weekdayShort[s.toks[0].Text] && k+1 < n && startsUpper(s.toks[k].Text) {
		return k
	}
	return 0
}

// clockTime says whether t is a time of day: "11:02", "9.40", "9:40am".
func clockTime(t string) bool {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	if n := len(t); n > 2 && (t[n-1] == 'm' || t[n-1] == 'M') && (t[n-2] == 'a' || t[n-2] == 'p' || t[n-2] == 'A' || t[n-2] == 'P') {
		t = t[:n-2]
	}
	i := strings.IndexAny(t, ":.")
	if i < 1 || i > 2 || len(t)-i-1 != 2 {
		return false
	}
	for j, r := range t {
		if j != i && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// cueParticle says whether the preposition or particle at token k, right
// after the cue a..k, is the one its verb or noun takes: "argue for",
// "speak out against", "think about", "concur with", "blast out",
// "insist on", "scoff at", "believe in". A verb that reports words
// outright does not take it: in "said of the families" and "reported on
// the talks" the phrase is what the words were about, not the cue.
func cueParticle(s *sentence, a, k int) bool {
	if k >= len(s.toks) || k == a || (s.tags[k] != "IN" && s.tags[k] != "RP" && s.tags[k] != "RB") {
		return false
	}
	h := k - 1
	for h > a && (s.tags[h] == "RB" || s.tags[h] == "RP") {
		h--
	}
	head := s.lower[h]
	lemma := head
	if v, ok := cueVerbs[head]; ok {
		lemma = v.lemma
	}
	switch s.lower[k] {
	case "about", "against", "for", "with", "of", "out", "back":
		return !plainReports[lemma]
	case "on":
		return lemma == "agree" || lemma == "insist" || lemma == "opine"
	case "at":
		return lemma == "scoff" || lemma == "hint" || lemma == "jeer" || lemma == "sneer"
	case "in":
		return lemma == "believe"
	}
	return false
}

// refusedWords returns where the object of a refusal to speak begins
// ("declined to comment on | the report", "refused to name | the
// delegates"), or 0 when the draft is no such refusal or the verb of
// speaking has no object.
func refusedWords(s *sentence, d *draft) int {
	n := len(s.toks)
	if d.conS != d.cueE || d.conS+2 >= d.conE || s.lower[d.conS] != "to" || s.quoted[d.conS] {
		return 0
	}
	h := d.cueE - 1
	for h > d.cueS && (s.tags[h] == "RB" || s.tags[h] == "RP") {
		h--
	}
	if v, ok := cueVerbs[s.lower[h]]; !ok || v.lemma != "decline" && v.lemma != "refuse" {
		return 0
	}
	k := d.conS + 1
	if s.tags[k] != "VB" || !withheldWords[s.lower[k]] || s.quoted[k] {
		return 0
	}
	k++
	if k < d.conE && (s.lower[k] == "on" || s.lower[k] == "with") && (s.lower[k-1] == "comment" || s.lower[k-1] == "elaborate" || s.lower[k-1] == "concur") {
		k++
	}
	if k >= d.conE || k >= n || isPunct(s.lower[k]) || s.quoted[k] && !isOpenQuote(s.toks[k].Text) ||
		s.lower[k] == "for" || s.lower[k] == "whether" || s.lower[k] == "if" {
		// (not a purpose, "declined to comment for this article", nor
		// an open question, which is what was withheld whole: "declined
		// to say whether …")
		return 0
	}
	return k
}

// withheldWords are the verbs of speaking whose object a refusal
// withholds ("declined to name the delegates"). Verbs of acting are not
// among them: "refused to sign the agreement" refuses the act.
var withheldWords = set("comment", "say", "elaborate", "address", "name", "endorse", "provide",
	"disclose", "define", "concur", "claim", "back", "admit", "pledge", "assail", "offer",
	"reveal", "detail", "criticize", "condemn", "repudiate", "disavow")

// plainReports are the verbs that report words outright; a phrase after
// them tells what the words were about or where they went.
var plainReports = set("say", "report", "announce", "predict", "state", "write", "tell", "post",
	"tweet", "add", "note", "explain", "repeat")

// mediumAdverbial returns the end of "in a statement", "in an interview
// with X"'s first part, "in a tweet" or "on Twitter" starting at token k,
// or k.
func mediumAdverbial(s *sentence, k int) int {
	n := len(s.toks)
	if k < n && s.lower[k] == "on" && !s.quoted[k] {
		// a platform: "wrote on Facebook", "said on his official Twitter
		// feed"
		m := k + 1
		for m < n && m-k <= 3 && (s.tags[m] == "PRP$" || s.tags[m] == "JJ") && !s.quoted[m] {
			m++
		}
		if m < n && (socialPlatforms[s.lower[m]] || s.toks[m].Text == "X" || s.toks[m].Text == "Threads") && !s.quoted[m] {
			// (names that are also words only as written: "X",
			// "Threads", "Truth Social")
			m++
		} else if m+1 < n && s.toks[m].Text == "Truth" && s.toks[m+1].Text == "Social" {
			m += 2
		} else {
			return k
		}
		if m < n && platformParts[s.lower[m]] && !s.quoted[m] {
			m++
		}
		return m
	}
	if k >= n || s.lower[k] != "in" {
		return k
	}
	for m := k + 1; m < n && m <= k+4; m++ {
		w := s.lower[m]
		if mediaNouns[w] {
			// and its platform: "in a post on X"
			return mediumAdverbial(s, m+1)
		}
		if s.quoted[m] || !(s.tags[m] == "DT" || s.tags[m] == "PRP$" || s.tags[m] == "JJ" || s.tags[m] == "NN" || s.tags[m] == "NNP") {
			return k
		}
	}
	return k
}

// mediumSent returns the end of a medium and how it went out, starting
// at token k: "in a statement carried by the official news agency", "in
// a video posted on Telegram"; or k. (The cue keeps only the medium:
// "said in a statement".)
func mediumSent(s *sentence, k int) int {
	n := len(s.toks)
	m := mediumAdverbial(s, k) - 1
	if m < k || !mediaNouns[s.lower[m]] || m+2 >= n || !mediumParticiples[s.lower[m+1]] || s.quoted[m+1] || !(s.lower[m+2] == "by" || s.lower[m+2] == "on" || s.lower[m+2] == "in") {
		return k
	}
	e := m + 3
	for e < n && !s.quoted[e] && (s.tags[e] == "DT" || s.tags[e] == "JJ" || isNounTag(s.tags[e]) || s.tags[e] == "POS" || s.tags[e] == "PRP$" || s.lower[e] == "-") && !isTimeWord(s.lower[e]) && s.lower[e] != "late" && s.lower[e] != "early" {
		// (not into a time: "… radio station | late on Sunday")
		e++
	}
	if e == m+3 {
		return k
	}
	return e
}

// tally says whether tokens [a, e) hold only numbers: a count or a share
// ("547", "2,316", "48 percent", "$1.2 million").
func tally(s *sentence, a, e int) bool {
	for m := a; m < e; m++ {
		w := s.lower[m]
		if s.tags[m] != "CD" && w != "percent" && w != "%" && w != "$" && w != "million" && w != "billion" && !isPunct(w) {
			return false
		}
	}
	return true
}

// maxLabel is the longest speaker label before a colon, in tokens.
const maxLabel = 8

// colonAt finds the label [ls, k) of a line "LABEL: content": k is a colon
// among the line's first words. The label starts the line, or follows an
// opening quotation mark (a transcript line quoted whole: "\"WALLACE: …")
// or a dash after a headline ("POLLS NOT WRONG - Mark Blumenthal: …").
// k is -1 when there is none.
// transcript says whether the article is a transcript: at least two
// speakers in capitals label at least three lines.
func (f *finder) transcript() bool {
	lines := 0
	for _, c := range f.capsLabels {
		lines += c
	}
	return len(f.capsLabels) >= 2 && lines >= 3
}

func colonAt(s *sentence) (int, int) {
	n := len(s.toks)
	ls := timestampEnd(s) // "11:20 GMT - Zelensky: “…”"
	if ls < n && isOpenQuote(s.toks[ls].Text) {
		ls++
	}
	for k := ls + 1; k < n && k <= 24; k++ {
		switch t := s.toks[k].Text; {
		case t == ":":
			if k+1 >= n || k-ls > maxLabel {
				return 0, -1
			}
			return ls, k
		case (t == "-" || t == "—" || t == "–") && k > 2 && k+1 < n && ls == 0:
			ls = k + 1
		case s.quoted[k] && ls == 0:
			return 0, -1
		}
	}
	return 0, -1
}

// colonLine reads "LABEL: content", a speaker label before what they
// said, as in transcripts, interviews and headlines. The label is a name
// (capitalized words whose last run names a person, organisation or group
// the recognizer or an actor names: "Rep. Trey Gowdy (R-S.C.)", "Former
// secretary of state Hillary Rodham Clinton"), a transcript speaker in
// capitals that labels several lines, Q and A in an interview that has
// both, or a report ("Poll:", "WSJ editorial:"); not a section label
// ("Update:", "Photo:", "Read more:").
func (f *finder) colonLine(s *sentence) (draft, bool) {
	ls, k := colonAt(s)
	if k < 0 || s.tags == nil || k <= ls {
		return draft{}, false
	}
	// the rest of the line, with a question's mark ("Q: Were the roads
	// open?")
	end := trimEnd(s, len(s.toks))
	if end < len(s.toks) && (s.lower[end] == "?" || s.lower[end] == "!") {
		end++
	}
	if k+1 >= end {
		return draft{}, false
	}
	if tally(s, k+1, end) {
		// a count after a name is a table's row, not speech:
		// "Clinton: 547."
		return draft{}, false
	}
	key := labelKey(s, ls, k)
	if (key == "Q" || key == "A") && f.capsLabels["Q"] > 0 && f.capsLabels["A"] > 0 {
		// an interview: "Q: …" asks, "A: …" answers
		return draft{cueS: k, cueE: k + 1, srcS: ls, srcE: k, conS: k + 1, conE: end, tgtS: -1, line: true}, true
	}
	if labelWords[s.lower[ls]] || !startsUpper(s.toks[ls].Text) || s.tags[ls] == "PRP" || s.tags[ls] == "EX" || demonstratives[s.lower[ls]] {
		// not a section label, nor a sentence ("It's classic Rove:")
		return draft{}, false
	}
	caps, lower := true, false
	for m := ls; m < k; m++ {
		t := s.toks[m].Text
		if isPunct(t) && t != "." && t != "(" && t != ")" && t != "’s" && t != "'s" {
			return draft{}, false
		}
		if !startsUpper(t) && !isPunct(t) && !(t == "’s" || t == "'s") {
			// lower-case words describe the name ("Former secretary of
			// state Hillary Rodham Clinton"); a verb or a preposition
			// makes the label a sentence or a heading ("Three meetings
			// were on tap for Trump:", "Little Relief for Refugees:")
			if isVerbTag(s.tags[m]) || (s.tags[m] == "IN" || s.tags[m] == "TO") && s.lower[m] != "of" || s.tags[m] == "PRP" {
				return draft{}, false
			}
			lower = true
		}
		if strings.ToUpper(t) != t || len(t) < 2 {
			caps = false
		}
	}
	ok := false
	switch {
	case caps:
		// a word in capitals is a transcript speaker only when it labels
		// several lines ("BOOM:" in a headline does not), or when the
		// article is a transcript: several speakers label its lines
		ok = f.capsLabels[key] >= 2 || f.res.namesSpeaker(s, ls, k) || f.transcript()
	default:
		// the last run of proper nouns, before any parenthesis, names the
		// speaker; lower-case words may come only before it
		e := k
		if s.lower[e-1] == ")" {
			for e > ls && s.lower[e-1] != "(" {
				e--
			}
			e--
		}
		r := e
		for r > ls && (s.tags[r-1] == "NNP" || s.tags[r-1] == "NNPS") {
			r--
		}
		ok = r < e && (!lower || e == k || s.lower[e] == "(") && f.res.namesSpeaker(s, r, e)
		if !ok && !lower && ls == 0 && (reportNouns[s.lower[k-1]] || mediaNouns[s.lower[k-1]]) && s.lower[k-1] != "note" && s.lower[k-1] != "notes" {
			// a headline that cites a report: "Poll: …", "WSJ editorial: …"
			ok = true
		}
	}
	if !ok && s.idx == 0 && ls == 0 && k == 1 && !caps && !hooks[s.lower[0]] && !strings.HasSuffix(s.lower[0], "ed") && !strings.HasSuffix(s.lower[0], "ing") &&
		(s.tags[0] == "NNP" || s.tags[0] == "NNPS" || s.tags[0] == "NNS" && personNoun(s.lower[0], s.tags[0])) {
		// a headline that opens with one name: "Milbank: …",
		// "Historians: …"; not a hook ("Wow: …", "Revealed: …") nor a
		// place heading a list ("Iowa: …")
		ok = !f.inPlace(s.toks[0].Start)
	}
	if !ok && s.idx == 0 && !caps && (s.tags[ls] == "NNP" || s.tags[ls] == "NNPS" || s.tags[ls] == "JJ") {
		// a headline that quotes its speaker: "Clinton camp: …",
		// "Clinton to Planned Parenthood: …", "Khans: …"; the name and
		// its head noun speak, not the addressee
		e := ls
		for e < k && (s.tags[e] == "NNP" || s.tags[e] == "NNPS" || s.tags[e] == "JJ" || s.tags[e] == "NN" || s.tags[e] == "NNS") {
			e++
		}
		r := ls
		for r < e && (s.tags[r] == "NNP" || s.tags[r] == "NNPS") {
			r++
		}
		if r > ls && e > ls && (e == k || s.lower[e] == "to" || s.lower[e] == "at" || s.lower[e] == "on") && f.res.namesSpeaker(s, ls, r) {
			return draft{cueS: k, cueE: k + 1, srcS: ls, srcE: e, conS: k + 1, conE: end, tgtS: -1, line: true}, true
		}
	}
	if !ok || !caps && headingAfter(s, k+1, end) {
		return draft{}, false
	}
	if v, isCue := cueVerbs[s.lower[ls]]; isCue && v.class == classStrong && k > ls+1 {
		// "Said Ellis: “…”": the verb opens the line, the name follows it
		return draft{cueS: ls, cueE: ls + 1, srcS: ls + 1, srcE: k, conS: k + 1, conE: end, tgtS: -1, line: true}, true
	}
	return draft{cueS: k, cueE: k + 1, srcS: ls, srcE: k, conS: k + 1, conE: end, tgtS: -1, line: true}, true
}

// inPlace says whether the code point at is inside a place the
// recognizer found.
func (f *finder) inPlace(at int) bool {
	for _, p := range f.places {
		if p[0] <= at && at < p[1] {
			return true
		}
	}
	return false
}

func startsUpper(t string) bool {
	for _, r := range t {
		return unicode.IsUpper(r)
	}
	return false
}

// asideClosed says whether the phrase that the participle at token i
// opens after a comma closes with another comma followed by the main
// clause's verb: "X, asked about the attacks, | said …".
func asideClosed(s *sentence, i int) bool {
	n := len(s.toks)
	for m := i + 1; m+1 < n && m-i <= 20; m++ {
		if s.quoted[m] || s.lower[m] == ";" {
			return false
		}
		if s.lower[m] == "," {
			k := m + 1
			for k < n && s.tags[k] == "RB" {
				k++
			}
			return k < n && (finite(s.tags[k]) || s.tags[k] == "MD")
		}
	}
	return false
}

// unnamedAsk builds the claim of a question put by someone the article
// does not name: "When asked whether he would run, …", "Asked about the
// vote, …". The content is the question, up to the comma.
func (f *finder) unnamedAsk(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	k := i + 1
	if k < n && s.lower[k] == "by" {
		// "asked by reporters whether"
		if e := f.npRight(s, k+1); e > k+1 {
			k = e
		}
	}
	for k < n && s.tags[k] == "RB" {
		k++
	}
	if k < n && k > i+1 || k < n && s.lower[k] != "about" {
		// "Asked in Iowa recently whether …", "Asked at a briefing on
		// Monday about …": a place or time before the question
		m := k
		for m < n && m-k < 9 && !s.quoted[m] && (s.tags[m] == "IN" || s.tags[m] == "DT" || isNounTag(s.tags[m]) || s.tags[m] == "CD" || s.tags[m] == "JJ" || s.tags[m] == "RB" || s.tags[m] == "POS") &&
			!(s.lower[m] == "about" || s.lower[m] == "whether" || s.lower[m] == "if") {
			m++
		}
		if m < n && m > k && (s.lower[m] == "about" || s.lower[m] == "whether" || s.lower[m] == "if" || s.tags[m] == "WRB" || s.tags[m] == "WP" || s.tags[m] == "WDT") {
			k = m
		}
	}
	if k >= n || !(s.lower[k] == "about" || s.lower[k] == "whether" || s.lower[k] == "if" || s.tags[k] == "WRB" || s.tags[k] == "WP" || s.tags[k] == "WDT" ||
		s.lower[k] == "to" && k == i+1 && k+1 < n && s.tags[k+1] == "VB") {
		// (or a request: "When asked to confirm …")
		return draft{}, false
	}
	cueE := i + 1
	if s.lower[k] == "about" && k == i+1 {
		// "Asked about the vote, …": the preposition is the cue's
		cueE, k = k+1, k+1
	}
	e := k
	for e < n && (s.quoted[e] || s.lower[e] != ",") {
		e++
	}
	e = min(e, trimEnd(s, n))
	if e <= k {
		return draft{}, false
	}
	return draft{cueS: i, cueE: cueE, srcS: -1, conS: k, conE: e, tgtS: -1}, true
}

// passiveSpeech are the verbs of speech and stance whose passive with no
// agent still reports an act of speech by someone the article does not
// name: "it was revealed that …", "Sanders has been criticized for …",
// "the deal was announced".
var passiveSpeech = set("announce", "reveal", "report", "declare", "mention", "confirm", "disclose",
	"criticize", "criticise", "condemn", "denounce", "accuse", "blame", "reject", "praise", "project")

// beBefore says whether a form of "be" stands before the participle at
// i, past adverbs and a negation: "was widely reported", "had been
// previously reported", "is not known".
func beBefore(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := i - 1
	for p > 0 && (s.tags[p] == "RB" || negations[s.lower[p]]) && !s.quoted[p] {
		p--
	}
	return beForms[s.lower[p]] && !s.quoted[p]
}

// unnamedPassive builds the claim of a verb of speech in the passive with
// no agent: the speaker is not named. What was said is the clause after
// "that" ("it was widely reported | that Trump paid $100 million"), the
// phrase after the verb ("Sanders has been criticized | for offering vague
// answers", "Clinton was declared | the winner", whose subject is the
// target), or the subject ("the deal | was announced"; "Crenshaw, who |
// has been confirmed").
func (f *finder) unnamedPassive(s *sentence, i int, v verb) (draft, bool) {
	n := len(s.toks)
	if !passiveSpeech[v.lemma] || s.quoted[i] {
		return draft{}, false
	}
	subS, subE := f.passiveSubject(s, i)
	if subS < 0 {
		return draft{}, false
	}
	expletive := subE == subS+1 && s.lower[subS] == "it"
	d := draft{cueS: i, cueE: i + 1, srcS: -1, conS: -1, tgtS: -1, act: v.class == classAct}
	end := trimEnd(s, n)
	k := i + 1
	for m := k; m < end && m-k < 8 && !s.quoted[m]; m++ {
		// past an adverbial to "that": "was revealed in March that …"
		if s.lower[m] == "that" && s.tags[m] == "IN" && f.newClause(s, m+1, end) {
			d.conS, d.conE = m, f.contentEnd(s, m, end, false)
			break
		}
		if !(s.tags[m] == "IN" || s.tags[m] == "DT" || s.tags[m] == "JJ" || s.tags[m] == "CD" || s.tags[m] == "RB" || isNounTag(s.tags[m]) || s.lower[m] == ",") || s.lower[m] == "by" {
			break
		}
	}
	if d.conS < 0 {
		if expletive {
			return draft{}, false
		}
		comp := k < end && !s.quoted[k] && (s.lower[k] == "for" || s.lower[k] == "of" || s.lower[k] == "as" || s.lower[k] == "to" && k+1 < end && s.tags[k+1] == "VB" || s.lower[k] == "the" || s.lower[k] == "a" || s.lower[k] == "an")
		if comp {
			// "has been criticized | for offering vague answers", "was
			// declared | the winner"
			d.conS, d.conE = k, f.contentEnd(s, k, end, true)
		} else if k >= end || s.lower[k] == "," || s.tags[k] == "IN" || s.tags[k] == "RB" || isTimeWord(s.lower[k]) || s.tags[k] == "CC" || s.tags[k] == "." || s.lower[k] == "—" || s.lower[k] == "--" {
			// "the deal was announced", "a year after it was announced",
			// "he was widely condemned": the subject is what was said
			d.conS, d.conE = subS, subE
		} else {
			return draft{}, false
		}
	}
	if d.conE <= d.conS {
		return draft{}, false
	}
	f.kindOf(s, &d, v)
	if !expletive && d.conS != subS {
		// the claim is about the subject: "Roof | is accused of …",
		// "Clinton | was declared the winner"
		d.tgtS, d.tgtE = subS, subE
	}
	return d, true
}

// passiveSubject returns the subject of the passive verb group that ends
// with the participle at i: the noun phrase before it ("The price of the
// resort | was not disclosed", past an aside set off by dashes) or a
// relative pronoun ("who | has been confirmed"); -1, -1 when there is none.
func (f *finder) passiveSubject(s *sentence, i int) (int, int) {
	a := i - 1
	for a >= 0 && (s.tags[a] == "RB" || negations[s.lower[a]] || beForms[s.lower[a]] || perfectAux[s.lower[a]] || s.tags[a] == "MD") && !s.quoted[a] {
		a--
	}
	subS, subE := -1, -1
	if a > 0 && (s.lower[a] == "—" || s.lower[a] == "--") {
		// past an aside set off by dashes: "The price of the resort --
		// now known as … -- was not disclosed"
		for m := a - 1; m > 0 && a-m < 20 && !s.quoted[m]; m-- {
			if s.lower[m] == s.lower[a] {
				a = m - 1
				break
			}
		}
	}
	if a >= 0 && (s.lower[a] == "who" || s.lower[a] == "which" || s.lower[a] == "that" && s.tags[a] == "WDT") {
		subS, subE = a, a+1
	} else if st := f.npLeft(s, a); st >= 0 {
		subS, subE = f.phraseHead(s, st, "of"), a+1 // "the price of | the resort"
	}
	return subS, subE
}

// phraseHead returns where the noun phrase that a phrase with one of
// preps attaches to starts, when the noun phrase at st is that phrase's
// object ("the price of | the resort", "the provision in | the bill"), or
// st when it is not.
func (f *finder) phraseHead(s *sentence, st int, preps ...string) int {
	if st >= 2 && slices.Contains(preps, s.lower[st-1]) && isNounTag(s.tags[st-2]) {
		if h := f.npLeft(s, st-2); h >= 0 {
			return h
		}
	}
	return st
}

// yearAt says whether token k is a year: "in 2012".
func yearAt(s *sentence, k int) bool {
	w := s.lower[k]
	return s.tags[k] == "CD" && len(w) == 4 && w >= "1900" && w <= "2099"
}

// headingAfter says whether the words [a, e) after a name and a colon
// are a section heading rather than what the name said: a short phrase
// with no verb of its own and no quotation ("Carson: A miracle.",
// "Fiorina: See you later?"). A transcript's label in capitals is left
// to its caller.
func headingAfter(s *sentence, a, e int) bool {
	if e-a > 6 {
		return false
	}
	for m := a; m < e; m++ {
		if s.quoted[m] || isOpenQuote(s.toks[m].Text) || finite(s.tags[m]) || s.tags[m] == "MD" || beForms[s.lower[m]] || perfectAux[s.lower[m]] || titleModals[s.lower[m]] {
			// (an auxiliary in title case may be read as a name: "Clinton
			// Email Story Has Moved", "Roads Will Reopen")
			return false
		}
	}
	return true
}

// titleModals are the modal verbs, which a heading in title case may
// hide from the tagger.
var titleModals = set("will", "would", "can", "could", "may", "might", "must", "should", "shall", "won't", "can't", "won’t", "can’t")

// labelKey is the text of the words before the colon at k.
func labelKey(s *sentence, ls, k int) string {
	parts := make([]string, 0, k-ls)
	for m := ls; m < k; m++ {
		parts = append(parts, s.toks[m].Text)
	}
	return strings.Join(parts, " ")
}

// finite says whether a verb tag is a finite form ("found", "shows"), not
// a participle ("reports forecasting").
func finite(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" }

// inquiryNouns are the things an authority orders besides an action
// ("ordered an inspection", "ordered the release of").
var inquiryNouns = set("inspection", "inspections", "release", "evacuation", "halt", "closure",
	"recount", "suspension", "withdrawal", "ceasefire", "arrest", "arrests", "hearing", "trial")

// directive says whether the words from token k, up to the clause's end,
// make "order" a directive: an infinitive ("ordered the city to pay"), a
// clause ("ordered that …") or an inquiry or measure as its object.
func (f *finder) directive(s *sentence, k int) bool {
	for m := k; m < len(s.toks) && m-k < 10; m++ {
		w := s.lower[m]
		if w == "." || w == ";" || w == "," || s.quoted[m] {
			return false
		}
		if w == "that" && m == k || w == "to" && m+1 < len(s.toks) && s.tags[m+1] == "VB" || inquiryNouns[w] || reportNouns[w] {
			return true
		}
	}
	return false
}

// passiveBefore says whether the verb nearest before token j in its clause
// is a passive participle ("were freed on Thursday and found walking"):
// a verb coordinated with it shares the passive, not a speaker. A cue
// verb before it makes the passive part of a content.
func passiveBefore(s *sentence, j int) bool {
	for m := j - 1; m >= 0 && s.lower[m] != ";"; m-- {
		if _, cue := cueVerbs[s.lower[m]]; cue && isVerbTag(s.tags[m]) {
			// "Analysts say the vote was rigged and warn …": the passive
			// is inside what was said; the verbs share the speaker
			return false
		}
	}
	for m := j - 1; m >= 0 && s.lower[m] != "," && s.lower[m] != ";"; m-- {
		if !isVerbTag(s.tags[m]) {
			continue
		}
		if s.tags[m] != "VBN" {
			return false
		}
		for b := m - 1; b >= 0 && m-b <= 3; b-- {
			if beForms[s.lower[b]] {
				return true
			}
		}
		return false
	}
	return false
}

// thatCue says whether token j is a word in -ed, -s or -ing followed by
// "that", the shape of a verb taking a clause ("learned that", "bragging
// that"), before any tagging.
func thatCue(s *sentence, j int) bool {
	if j+1 >= len(s.toks) || s.lower[j+1] != "that" || s.quoted[j] {
		return false
	}
	w := s.lower[j]
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing"))
}

// noThatCue are verbs followed by "that" whose clause is no attribution:
// the "that" opens a relative clause or a result ("so that"), or the verb
// is an auxiliary or a verb of being and becoming.
var noThatCue = set("is", "was", "has", "does", "means", "meant", "ensures", "ensured",
	"ensuring", "seems", "seemed", "appears", "appeared", "becomes", "became", "remains",
	"remained", "follows", "followed", "happens", "happened", "provided", "providing",
	"given", "assuming", "assumed", "considering", "figures", "determines", "determined",
	"requires", "required", "requiring", "dictates", "mandates", "stipulates", "supposed",
	"so", "things", "years", "days", "times", "fact", "unless", "meaning")

// seesAs says whether the words from token k make "see" or "identify" a
// judgement: a clause with "that", or an object followed by "as" within
// the clause ("sees Clinton as the stronger candidate").
func (f *finder) seesAs(s *sentence, k int) bool {
	if k < len(s.toks) && s.lower[k] == "that" {
		return true
	}
	// the object may carry a participle, an infinitive or an apposition
	// set off by commas ("saw Fiorina, then 44, as …", "see the elections
	// held Sunday as a test")
	commas := 0
	for m := k; m < len(s.toks) && m-k < 14; m++ {
		w := s.lower[m]
		if w == "," {
			commas++
		}
		if commas > 2 || w == "." || w == ";" || w == ":" || s.quoted[m] || m > k && (finite(s.tags[m]) || s.tags[m] == "MD") {
			return false
		}
		if w == "as" && m > k && s.lower[m-1] != "," {
			return true
		}
	}
	return false
}

// speechNouns are what one issues in words ("issued a warning").

var speechNouns = set("warning", "warnings", "statement", "statements", "call", "threat",
	"threats", "ultimatum", "apology", "denial", "rebuke", "appeal", "plea", "challenge",
	"declaration", "condemnation", "demand", "demands", "order", "orders", "directive",
	"response", "rebuttal", "retraction", "correction", "clarification", "endorsement")

// roleNouns name a part in an act that can be suspected ("did not rule
// out the group's involvement").
var roleNouns = set("involvement", "role", "hand", "responsibility", "participation", "complicity")

// negated says whether the verb group before token i holds a negation
// ("did not rule out", "has never denied").
func negated(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && verbGroup[s.lower[k]]; k-- {
		if negations[s.lower[k]] {
			return true
		}
	}
	return false
}

// policyNouns are plans and words one can attack in words ("attacked the
// plan", "attacked his remarks").
var policyNouns = set("plan", "plans", "proposal", "proposals", "remarks", "comments", "decision",
	"policy", "policies", "bill", "budget", "law", "idea", "ideas", "record", "claims", "speech",
	"ruling", "deal", "agreement", "strategy", "approach", "position", "stance", "reform",
	"reforms", "tax", "rhetoric", "views", "agenda", "programme", "program", "verdict")

// objectOf says whether the noun phrase from token k has its head in
// heads: a word in lower case ("the plan", not "Bill Clinton") that no
// common noun follows ("a statement Thursday", not "a warning letter").
func objectOf(s *sentence, k int, heads map[string]bool) bool {
	for m := k; m < len(s.toks) && m-k < 5; m++ {
		if heads[s.lower[m]] && s.toks[m].Text == s.lower[m] && (m+1 >= len(s.toks) || s.tags[m+1] != "NN" && s.tags[m+1] != "NNS") {
			return true
		}
		if !(s.tags[m] == "DT" || s.tags[m] == "JJ" || s.tags[m] == "PRP$" || s.tags[m] == "POS" || isNounTag(s.tags[m]) || s.tags[m] == "CD") {
			return false
		}
	}
	return false
}

// byMedium says whether "by" at token k-1 introduces the means of
// speaking ("said by telephone", "told by email"), not a passive's agent.
func byMedium(s *sentence, k int) bool {
	for m := k; m < len(s.toks) && m-k < 3; m++ {
		switch s.lower[m] {
		case "telephone", "phone", "email", "e-mail", "text", "video", "videolink", "satellite",
			"letter", "mail", "fax", "radio", "zoom", "skype":
			return true
		}
		if s.tags[m] != "DT" && s.tags[m] != "JJ" {
			return false
		}
	}
	return false
}

// opens says whether the bracket closing at token k is opened inside the
// sentence after its first word.
func opens(s *sentence, k int) bool {
	o := "("
	if s.toks[k].Text == "]" {
		o = "["
	}
	for m := k - 1; m > 0; m-- {
		if s.toks[m].Text == o {
			return true
		}
	}
	// opened at the sentence start, or before it: the whole sentence is
	// an aside
	return false
}

// modalBefore says whether a modal stands in the verb group before token
// i ("would consider", "will not support").
func modalBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if s.tags[k] == "MD" {
			return true
		}
		if !verbGroup[s.lower[k]] {
			return false
		}
	}
	return false
}

// insideContent says whether token i lies in the content of a claim
// already found in the sentence.
func (f *finder) insideContent(s *sentence, i int) bool {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		if d := f.drafts[k]; d.conS >= 0 && d.conS <= i && i < d.conE {
			return true
		}
	}
	return false
}

// insideReport says whether token i lies in the content of a claim of the
// sentence whose speaker is a poll or a study ("A poll found that …").
func (f *finder) insideReport(s *sentence, i int) bool {
	for k := len(f.drafts) - 1; k >= 0 && f.drafts[k].sent == s.idx; k-- {
		if d := f.drafts[k]; d.conS >= 0 && d.conS <= i && i < d.conE && d.srcS >= 0 && reportNouns[s.lower[speakerHead(s, d.srcS, d.srcE)]] {
			return true
		}
	}
	return false
}

// mediumSpeaker returns the speaker of the latest claim made in the
// medium noun ("said in a statement" for "the statement"), or -1.
func (f *finder) mediumSpeaker(noun string) int {
	for k := len(f.drafts) - 1; k >= 0; k-- {
		d := f.drafts[k]
		if d.speaker < 0 {
			continue
		}
		s := &f.sents[d.sent]
		for m := d.cueS; m < d.cueE; m++ {
			if s.lower[m] == noun {
				return d.speaker
			}
		}
	}
	return -1
}

// phrase builds the claim of a cue phrase at token i: a received noun, a
// nominal cue or "as X put it".
func (f *finder) phrase(s *sentence, i int) (draft, bool) {
	if d, ok := f.received(s, i); ok {
		return d, true
	}
	if d, ok := f.nominal(s, i); ok {
		return d, true
	}
	if d, ok := f.quotedAs(s, i); ok {
		return d, true
	}
	return f.asPutIt(s, i)
}

// quotedAs reads the speaker a report quotes, at token i: "was quoted as
// saying …" (i at "was", the subject speaks) and "IRNA quoted the
// minister as saying …" (i at "as", the minister speaks; the report's own
// claim is the verb's).
func (f *finder) quotedAs(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	saying := func(k int) bool {
		if k >= n {
			return false
		}
		v, ok := cueVerbs[s.lower[k]]
		return ok && strings.HasSuffix(s.lower[k], "ing") && !s.quoted[k] && (v.class == classStrong || v.class == classSay || v.class == classTell)
	}
	d := draft{srcS: -1, conS: -1, tgtS: -1}
	switch {
	case beForms[s.lower[i]] && i+3 < n && s.lower[i+1] == "quoted" && s.lower[i+2] == "as" && saying(i+3) && i > 0:
		j := i - 1
		for j >= 0 && (s.tags[j] == "RB" || perfectAux[s.lower[j]]) {
			j--
		}
		if j < 0 {
			return d, false
		}
		st := f.npLeft(s, j)
		if st < 0 {
			return d, false
		}
		d.srcS, d.srcE, d.cueS, d.cueE = st, j+1, i, i+4
	case s.lower[i] == "as" && i+1 < n && saying(i+1) && !s.quoted[i]:
		q := i - 1
		for q > 0 && i-q <= 12 && s.lower[q] != "quoted" && !s.quoted[q] && !isPunct(s.lower[q]) {
			q--
		}
		if q < 0 || s.lower[q] != "quoted" || q+1 >= i || f.npRight(s, q+1) != i {
			return d, false
		}
		d.srcS, d.srcE, d.cueS, d.cueE = q+1, i, i, i+2
	default:
		return d, false
	}
	k := d.cueE
	if k < n && s.lower[k] == "that" {
		k++
	}
	end := trimEnd(s, n)
	if k < end {
		d.conS, d.conE = k, f.contentEnd(s, k, end, false)
	}
	return d, true
}

// asPutIt reads "as X put it" at token i ("put"): X speaks, and the
// content is what the clause quotes or says next to it ("As one aide put
// it: “…”", "…, as a memo put it.", "owed his election to, as a diplomat
// put it, an “extreme makeover”").
func (f *finder) asPutIt(s *sentence, i int) (draft, bool) {
	n := len(s.toks)
	if s.lower[i] != "put" || i+1 >= n || s.lower[i+1] != "it" || s.quoted[i] {
		return draft{}, false
	}
	a := i - 1
	// (a title quoted inside an apposition does not stop the search: "As
	// Akhil Amar, author of “…,” put it")
	for a >= 0 && i-a <= 24 && !(s.lower[a] == "as" && !s.quoted[a]) && s.lower[a] != ";" && s.lower[a] != "." {
		a--
	}
	if a < 0 || s.lower[a] != "as" || s.quoted[a] || a+1 >= i {
		return draft{}, false
	}
	// the speaker: a noun phrase, perhaps with an apposition set off by
	// commas ("As John Cornyn, the No. 2 in the leadership, put it")
	e := f.npRight(s, a+1)
	if e <= a+1 {
		return draft{}, false
	}
	spanE := e
	if e < i && s.lower[e] == "," && (s.lower[i-1] == "," || isCloseQuote(s.toks[i-1].Text) && s.lower[i-2] == ",") && !hasFinite(s, e, i) {
		spanE = i
	} else if e != i {
		return draft{}, false
	}
	d := draft{cueS: i, cueE: i + 2, srcS: a + 1, srcE: e, conS: -1, tgtS: -1}
	if spanE != e {
		d.spanS, d.spanE = a+1, spanE
	}
	end := trimEnd(s, n)
	inserted := a > 0 && (s.lower[a-1] == "," || isCloseQuote(s.toks[a-1].Text))
	p := i + 2 // past an adverbial on the cue: "put it in his memo to the staff,"
	if p < n && (s.tags[p] == "IN" || isTimeWord(s.lower[p])) && !s.quoted[p] {
		for m := p + 1; m < end && m-p <= 14 && !s.quoted[m] && !finite(s.tags[m]) && s.tags[m] != "MD"; m++ {
			if s.lower[m] == "," && s.tags[m-1] == "NNP" && m+2 < end && s.tags[m+1] == "NNP" && s.lower[m+2] == "," {
				// a place's own comma: "in Raleigh, N.C., where …"
				m++
				continue
			}
			if s.lower[m] == "," || s.lower[m] == ":" {
				if m+1 < end && (s.quoted[m+1] || hasFinite(s, m+1, end)) && s.tags[m+1] != "WRB" && s.tags[m+1] != "WDT" && s.tags[m+1] != "WP" {
					// (not a relative on the adverbial: "in Raleigh,
					// where she also promised …")
					p = m
				}
				break
			}
		}
	}
	switch k := p + 1; {
	case k < end && (s.lower[p] == ":" || s.lower[p] == ","):
		// "As X put it: …", "to, as X put it, an “extreme makeover”"
		d.conS, d.conE = k, f.contentEnd(s, k, end, false)
		if inserted {
			// an aside inside the writer's sentence: the phrase it
			// glosses ends at the next comma
			for m := k + 1; m < d.conE; m++ {
				if s.lower[m] == "," && !s.quoted[m] {
					d.conE = m
					break
				}
			}
		}
	case inserted:
		// "…, as a memo put it.", "a “lawful source,” as a memo put it"
		d.conS, d.conE = f.before(s, a, a)
	default:
		return draft{}, false
	}
	if d.conS < 0 || d.conE <= d.conS {
		return draft{}, false
	}
	return d, true
}

// speechEvents are the occasions of speech a cue's adverbial names ("at a
// rally in Ohio", "during a news conference", "in an interview with CNN").
var speechEvents = set("rally", "rallies", "conference", "interview", "event", "fundraiser",
	"forum", "debate", "hearing", "briefing", "speech", "appearance", "meeting", "luncheon",
	"dinner", "breakfast", "town", "hall", "stop", "gathering", "session", "address", "summit",
	"convention", "ceremony")

// hasFinite says whether tokens [a, b) hold a finite verb or a modal
// outside quotation marks.
func hasFinite(s *sentence, a, b int) bool {
	for m := a; m < b; m++ {
		if !s.quoted[m] && (finite(s.tags[m]) || s.tags[m] == "MD") {
			return true
		}
	}
	return false
}

// gerundCue says whether the verb of a draft's cue is in the -ing form:
// "calling for", "saying", "railing against".
func gerundCue(s *sentence, d draft) bool {
	for k := d.cueS; k < d.cueE; k++ {
		if isVerbTag(s.tags[k]) {
			return s.tags[k] == "VBG"
		}
	}
	return false
}

// floatingQuantifier says whether "both", "all" or "each" at token j
// follows the subject it counts: "Richards and Menendez | both
// stressed", "who both back" (not a quantifier that is the subject:
// "Both think", "And both vowed").
func floatingQuantifier(s *sentence, j int) bool {
	w := s.lower[j]
	if j == 0 || !(w == "both" || w == "all" || w == "each") || s.quoted[j-1] {
		return false
	}
	p := s.tags[j-1]
	return isNounTag(p) || p == "PRP" && s.lower[j-1] != "it" || s.lower[j-1] == "who"
}
