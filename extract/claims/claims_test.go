package claims

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// actor describes a synthetic actor: every occurrence of one of its names
// in the test text becomes a mention (longer names first).
type actor struct {
	name, kind  string
	titles      []string
	names       []string // further names that are mentions
	affiliation string   // "" for none
	country     string   // "" for none
}

// build makes record actors for text, as the actors stage would.
func build(text string, as []actor) []record.Actor {
	type occ struct{ s, e, a int }
	var taken []occ
	out := make([]record.Actor, len(as))
	type cand struct {
		name string
		a    int
	}
	var cands []cand
	for i, a := range as {
		out[i] = record.Actor{ID: fmt.Sprintf("a%d", i+1), Name: a.name, Kind: a.kind,
			Titles: a.titles, Aliases: a.names}
		if a.affiliation != "" {
			out[i].Affiliation = record.Str(a.affiliation)
		}
		if a.country != "" {
			out[i].Country = record.Str(a.country)
		}
		cands = append(cands, cand{a.name, i})
		for _, n := range a.names {
			cands = append(cands, cand{n, i})
		}
	}
	// longest names first, so "Pakistan’s military" wins over "Pakistan"
	for changed := true; changed; {
		changed = false
		for i := 1; i < len(cands); i++ {
			if len(cands[i].name) > len(cands[i-1].name) {
				cands[i], cands[i-1] = cands[i-1], cands[i]
				changed = true
			}
		}
	}
	for _, c := range cands {
		for from := 0; ; {
			k := strings.Index(text[from:], c.name)
			if k < 0 {
				break
			}
			b := from + k
			from = b + len(c.name)
			s := utf8.RuneCountInString(text[:b])
			e := s + utf8.RuneCountInString(c.name)
			clash := false
			for _, t := range taken {
				if s < t.e && t.s < e {
					clash = true
				}
			}
			if clash {
				continue
			}
			taken = append(taken, occ{s, e, c.a})
		}
	}
	for _, t := range taken {
		runes := []rune(text)
		out[t.a].Mentions = append(out[t.a].Mentions, record.Span{Text: string(runes[t.s:t.e]), Start: t.s, End: t.e})
	}
	for i := range out {
		ms := out[i].Mentions
		for x := 1; x < len(ms); x++ {
			for y := x; y > 0 && ms[y].Start < ms[y-1].Start; y-- {
				ms[y], ms[y-1] = ms[y-1], ms[y]
			}
		}
	}
	return out
}

// want is the part of a claim a test checks; "" stands for null.
type want struct {
	kind, speaker, src, cue, content, target string
	quote                                    bool
}

func got(c record.Claim) want {
	w := want{kind: c.Kind, cue: c.Cue.Text, quote: c.Quote}
	if c.Speaker != nil {
		w.speaker = *c.Speaker
	}
	if c.SpeakerSpan != nil {
		w.src = c.SpeakerSpan.Text
	}
	if c.Content != nil {
		w.content = c.Content.Text
	}
	if c.Target != nil {
		w.target = *c.Target
	}
	return w
}

var (
	bugti    = actor{name: "Sarfraz Bugti", kind: "person", titles: []string{"Chief Minister"}, names: []string{"Bugti"}}
	chaudhry = actor{name: "Talal Chaudhry", kind: "person", titles: []string{"interior minister"}, names: []string{"Chaudhry"}}
	baker    = actor{name: "Natalie Baker", kind: "person", titles: []string{"deputy chief of mission"}}
	bla      = actor{name: "Balochistan Liberation Army", kind: "armed_group", names: []string{"BLA"}}
	military = actor{name: "Pakistan military", kind: "security_force", names: []string{"Pakistan’s military", "military"}}
	india    = actor{name: "India", kind: "state", names: []string{"New Delhi"}}
	pakistan = actor{name: "Pakistan", kind: "state"}
	usa      = actor{name: "United States", kind: "state", names: []string{"U.S."}}
	taliban  = actor{name: "Pakistani Taliban", kind: "armed_group"}

	nugroho      = actor{name: "Rahmat Nugroho", kind: "person", titles: []string{"spokesman"}}
	searchAgency = actor{name: "Search Agency", kind: "organization"}
	hrytsenko    = actor{name: "Mykola Hrytsenko", kind: "person"}
	condori      = actor{name: "Javier Condori", kind: "person"}
	hospital     = actor{name: "Central Hospital", kind: "organization"}
	ramirez      = actor{name: "José Ramírez", kind: "person", titles: []string{"mayor"}}
	embassy      = actor{name: "French embassy", kind: "organization"}
	ukrenergo    = actor{name: "Ukrenergo", kind: "organization"}
	picss        = actor{name: "PICSS", kind: "organization"}
	indeci       = actor{name: "National Civil Defence Institute", kind: "organization"}
	russia       = actor{name: "Russia", kind: "state"}
	ukraine      = actor{name: "Ukraine", kind: "state"}
)

func TestFind(t *testing.T) {
	tests := []formCase{
		{"said that", "Sarfraz Bugti said that 17 officers were killed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Sarfraz Bugti", "said", "that 17 officers were killed", "", false}}},
		{"said after", "The attacks were coordinated, Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "The attacks were coordinated", "", false}}},
		{"said inverted", "The roads will reopen soon, said Bugti.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "The roads will reopen soon", "", false}}},
		{"told reporters", "Bugti told reporters the situation was under control.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "told", "the situation was under control", "", false}}},
		{"according to first", "According to Bugti, 31 civilians died.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "According to", "31 civilians died", "", false}}},
		{"according to last", "The toll is the highest in years, according to Bugti.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "according to", "The toll is the highest in years", "", false}}},
		{"as stated by description",
			"Sarfraz Bugti is the Chief Minister. Close to 50 people died, as stated by the province’s chief minister on Sunday.",
			[]actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "the province’s chief minister", "stated", "Close to 50 people died", "", false}}},
		{"in a statement", "The ministry closed the schools, Chaudhry said in a statement.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said in a statement", "The ministry closed the schools", "", false}}},
		{"direct quote", "“We will not bow to terror,” Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“We will not bow to terror,”", "", true}}},
		{"split quote", "Natalie Baker visited Quetta. “We stand with you,” she said, “and we will help.”", []actor{baker},
			[]want{{"statement", "Natalie Baker", "she", "said", "“We stand with you,” she said, “and we will help.”", "", true}}},
		{"quote in next sentence", "Bugti said the battle was over. “We have restored order.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the battle was over. “We have restored order.”", "", true}}},
		{"quote in sentence before", "“We have restored order.” Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“We have restored order.”", "", true}}},
		{"pronoun he", "Sarfraz Bugti visited Quetta on Sunday. He said the city was calm.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "He", "said", "the city was calm", "", false}}},
		{"pronoun it", "The Balochistan Liberation Army released a video. It said it carried out the attacks.", []actor{bla},
			[]want{{"responsibility", "Balochistan Liberation Army", "It", "said", "it carried out the attacks", "", false}}},
		{"the minister", "Talal Chaudhry toured the city. The minister added that patrols had doubled.", []actor{chaudhry, bugti},
			[]want{{"statement", "Talal Chaudhry", "The minister", "added", "that patrols had doubled", "", false}}},
		{"the military", "Pakistan’s military sent troops. The military asserted that all attacks were repelled.", []actor{military},
			[]want{{"statement", "Pakistan military", "The military", "asserted", "that all attacks were repelled", "", false}}},
		{"the group", "The Balochistan Liberation Army is banned. The group warned that more attacks would follow.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "The group", "warned", "that more attacks would follow", "", false}}},
		{"claimed responsibility", "The BLA, an outlawed rebel outfit, claimed responsibility for the ambush on the convoy.", []actor{bla},
			[]want{{"responsibility", "Balochistan Liberation Army", "The BLA, an outlawed rebel outfit,", "claimed responsibility", "the ambush on the convoy", "", false}}},
		{"accused of", "India accused Pakistan of sheltering the men who planned the raid.", []actor{india, pakistan},
			[]want{{"accusation", "India", "India", "accused", "Pakistan of sheltering the men who planned the raid", "Pakistan", false}}},
		{"blamed", "The government blamed the Pakistani Taliban for the bombing.", []actor{taliban},
			[]want{{"accusation", "", "The government", "blamed", "the Pakistani Taliban for the bombing", "Pakistani Taliban", false}}},
		{"attributed to sponsored", "Pakistan’s military attributed the attacks to “Indian-sponsored militants.”", []actor{military, india},
			[]want{{"accusation", "Pakistan military", "Pakistan’s military", "attributed", "the attacks to “Indian-sponsored militants.”", "India", true}}},
		{"claim refuted by", "The army blamed India, a claim refuted by New Delhi.", []actor{india},
			[]want{
				{"accusation", "", "The army", "blamed", "India", "India", false},
				// (what the claim answers is the clause before it)
				{"denial", "India", "New Delhi", "refuted", "The army blamed India", "", false}}},
		{"which accused", "The charge was rejected by India, which accused Pakistan of lying.", []actor{india, pakistan},
			[]want{
				{"denial", "India", "India", "rejected", "The charge", "", false},
				{"accusation", "India", "which", "accused", "Pakistan of lying", "Pakistan", false}}},
		{"denied", "India denied the allegations.", []actor{india},
			[]want{{"denial", "India", "India", "denied", "the allegations", "", false}}},
		{"rejected the claim", "India rejected the claim outright.", []actor{india},
			[]want{{"denial", "India", "India", "rejected", "the claim outright", "", false}}},
		{"condemned labeling", "The United States condemned the attacks, labeling them terrorist acts.", []actor{usa},
			[]want{
				{"condemnation", "United States", "The United States", "condemned", "the attacks", "", false},
				{"condemnation", "United States", "The United States", "labeling", "them terrorist acts", "", false}}},
		{"solidarity", "U.S. deputy chief of mission Natalie Baker expressed solidarity with Pakistan.", []actor{baker, usa, pakistan},
			[]want{{"support", "Natalie Baker", "U.S. deputy chief of mission Natalie Baker", "expressed", "solidarity with Pakistan", "Pakistan", false}}},
		{"backed (the medium after the object is the writer's)", "The Pakistani Taliban backed the Balochistan Liberation Army in a video.", []actor{taliban, bla},
			[]want{{"support", "Pakistani Taliban", "The Pakistani Taliban", "backed", "the Balochistan Liberation Army", "Balochistan Liberation Army", false}}},
		{"described group speaker", "Local residents said the shooting lasted two hours.", nil,
			[]want{{"statement", "Local residents", "Local residents", "said", "the shooting lasted two hours", "", false}}},
		{"and said", "Bugti visited the hospital and said the wounded were stable.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the wounded were stable", "", false}}},
		{"parenthesis", "Senator Jane Roe (D-Ore.) said the bill would pass.", nil,
			[]want{{"statement", "", "Senator Jane Roe (D-Ore.)", "said", "the bill would pass", "", false}}},
		{"reflexive", "Bugti himself said that the roads were safe.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the roads were safe", "", false}}},
		// appositive speakers: the named person, not the description
		{"its spokesman name", "The Search Agency sent boats. Its spokesman, Rahmat Nugroho, said the search would continue.", []actor{nugroho, searchAgency},
			[]want{{"statement", "Rahmat Nugroho", "Its spokesman, Rahmat Nugroho,", "said", "the search would continue", "", false}}},
		{"head of name", "The head of the water board, Mykola Hrytsenko, said pumps were down.", []actor{hrytsenko},
			[]want{{"statement", "Mykola Hrytsenko", "The head of the water board, Mykola Hrytsenko,", "said", "pumps were down", "", false}}},
		{"name the head of", "Mykola Hrytsenko, the head of the water board, said pumps were down.", []actor{hrytsenko},
			[]want{{"statement", "Mykola Hrytsenko", "Mykola Hrytsenko, the head of the water board,", "said", "pumps were down", "", false}}},
		{"quote name spokesman told", "“We are doing what we can,” Mykola Hrytsenko, a spokesman for the board, told reporters.", []actor{hrytsenko},
			[]want{{"statement", "Mykola Hrytsenko", "Mykola Hrytsenko, a spokesman for the board,", "told", "“We are doing what we can,”", "", true}}},
		{"name age", "Rahmat Nugroho, 52, said the water rose fast.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho, 52,", "said", "the water rose fast", "", false}}},
		{"name who", "Rahmat Nugroho, who is leading the search, said ten people died.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho, who is leading the search,", "said", "ten people died", "", false}}},
		{"name bare title", "Dr Javier Condori, director of the Central Hospital, said the hospital had set up extra beds.", []actor{condori, hospital},
			[]want{{"statement", "Javier Condori", "Dr Javier Condori, director of the Central Hospital,", "said", "the hospital had set up extra beds", "", false}}},
		{"name of them", "Dr Rahmat Nugroho, the city’s health secretary, said seven of them were in a serious condition.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Dr Rahmat Nugroho, the city’s health secretary,", "said", "seven of them were in a serious condition", "", false}}},
		{"appositive and said", "The mayor of Chivay, José Ramírez, declared three days of mourning and said the hall had become a morgue.", []actor{ramirez},
			[]want{
				{"statement", "José Ramírez", "The mayor of Chivay, José Ramírez,", "declared", "three days of mourning", "", false},
				{"statement", "José Ramírez", "The mayor of Chivay, José Ramírez,", "said", "the hall had become a morgue", "", false}}},
		{"inverted still", "The roads will reopen soon, said the minister in a statement.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "the minister", "said", "The roads will reopen soon", "", false}}},
		{"body in place", "Two tourists died, the French embassy in Lima said in a statement.", []actor{embassy},
			[]want{{"statement", "French embassy", "the French embassy in Lima", "said in a statement", "Two tourists died", "", false}}},
		// "according to" sources
		{"according to description name", "Power was cut in three regions, according to the national grid operator, Ukrenergo.", []actor{ukrenergo},
			[]want{{"statement", "Ukrenergo", "Ukrenergo", "according to", "Power was cut in three regions", "", false}}},
		{"according to figures compiled by", "Attacks rose by a third last year, according to figures compiled by PICSS.", []actor{picss},
			[]want{{"statement", "PICSS", "PICSS", "according to", "Attacks rose by a third last year", "", false}}},
		{"according to the agency", "The National Civil Defence Institute sent teams. Dozens were missing, according to the agency.", []actor{indeci},
			[]want{{"statement", "National Civil Defence Institute", "the agency", "according to", "Dozens were missing", "", false}}},
		// a description that fits no actor stays unresolved
		{"regional authorities not the state", "Russia fired missiles. Power was cut in three regions, regional authorities said.", []actor{russia},
			[]want{{"statement", "regional authorities", "regional authorities", "said", "Power was cut in three regions", "", false}}},
		{"national authorities the state", "Russia fired missiles. Power was cut, Ukrainian authorities said.", []actor{russia, ukraine},
			[]want{{"statement", "Ukraine", "Ukrainian authorities", "said", "Power was cut", "", false}}},
		{"agency not a ministry", "The health ministry sent doctors. Dozens were missing, according to the agency.", []actor{{name: "health ministry", kind: "organization"}},
			[]want{{"statement", "", "the agency", "according to", "Dozens were missing", "", false}}},
		// kinds from what a label says
		{"called cowardice", "Mayor José Ramírez called the shooting “an act of pure cowardice” on Sunday.", []actor{ramirez},
			[]want{{"condemnation", "José Ramírez", "Mayor José Ramírez", "called", "the shooting “an act of pure cowardice”", "", true}}},
		{"described as baseless", "India described the allegations as baseless.", []actor{india},
			[]want{{"denial", "India", "India", "described", "the allegations as baseless", "", false}}},
		{"described plainly", "India described the talks as useful.", []actor{india},
			[]want{{"statement", "India", "India", "described", "the talks as useful", "", false}}},
		// sentences without a claim
		{"said adjective", "The said property was sold in 2019.", nil, nil},
		{"passive said", "It is said that the city was founded in 1850.", nil, nil},
		{"passive told", "He was told to leave the building.", nil, nil},
		{"to say", "She has a lot to say.", nil, nil},
		{"no cue", "Protesters marched through the streets of Quetta on Sunday.", nil, nil},
		{"noun report", "A report on the attacks was published on Monday.", nil, nil},
		{"quote without speaker", "“Enough is enough.”", nil, nil},
	}
	runForms(t, tests)
}

// checkSpans verifies that every span's text is the text at its offsets,
// that ids are k1, k2, ... and that speaker ids point at actors.
func checkSpans(t *testing.T, doc *nlp.Doc, cs []record.Claim, acts []record.Actor) {
	t.Helper()
	runes := []rune(doc.Text)
	check := func(what string, sp *record.Span) {
		if sp == nil {
			return
		}
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End || string(runes[sp.Start:sp.End]) != sp.Text {
			t.Errorf("%s span %+v does not match the text", what, *sp)
		}
		if sp.Sentence != doc.SentenceAt(sp.Start) {
			t.Errorf("%s span %+v: sentence %d, want %d", what, *sp, sp.Sentence, doc.SentenceAt(sp.Start))
		}
	}
	for i, c := range cs {
		if c.ID != fmt.Sprintf("k%d", i+1) {
			t.Errorf("claim %d has id %q", i, c.ID)
		}
		check("cue", &c.Cue)
		check("evidence", &c.Evidence)
		check("speaker", c.SpeakerSpan)
		check("content", c.Content)
		if c.Evidence.Start > c.Cue.Start || c.Evidence.End < c.Cue.End {
			t.Errorf("evidence %q does not hold cue %q", c.Evidence.Text, c.Cue.Text)
		}
		if (c.Speaker == nil) != (c.SpeakerID == nil) {
			t.Errorf("speaker %v and speaker_id %v disagree", c.Speaker, c.SpeakerID)
		}
		if c.SpeakerID != nil {
			found := false
			for _, a := range acts {
				if a.ID == *c.SpeakerID && a.Name == *c.Speaker {
					found = true
				}
			}
			if !found {
				t.Errorf("speaker_id %s (%s) names no actor", *c.SpeakerID, *c.Speaker)
			}
		}
	}
}

// TestVerbs checks the forms of the cue list one by one.
func TestVerbs(t *testing.T) {
	for _, v := range []string{"said", "noted", "added", "stressed", "warned", "highlighted", "recounted",
		"disclosed", "asserted", "announced", "insisted", "confirmed", "acknowledged", "says", "argued",
		"explained", "reported", "mentioned", "claimed", "emphasized", "tweeted", "wrote", "suggested"} {
		text := "Chaudhry " + v + " that the roads were closed."
		doc := nlp.Analyze(text)
		acts := build(text, []actor{chaudhry})
		cs, _ := Find(doc, ner.Entities(doc), acts)
		if len(cs) != 1 {
			t.Errorf("%q: %d claims", text, len(cs))
			continue
		}
		w := want{"statement", "Talal Chaudhry", "Chaudhry", v, "that the roads were closed", "", false}
		if g := got(cs[0]); g != w {
			t.Errorf("%q:\n got  %+v\n want %+v", text, g, w)
		}
	}
}

func TestEmpty(t *testing.T) {
	if cs, _ := Find(nlp.Analyze(""), nil, nil); cs == nil || len(cs) != 0 {
		t.Errorf("empty text: %v", cs)
	}
	if cs, _ := Find(nil, nil, nil); cs == nil || len(cs) != 0 {
		t.Errorf("nil doc: %v", cs)
	}
	// a paragraph of punctuation alone after a cue that ends with a colon
	doc := nlp.Analyze("Bugti said:\n\n.\n\nMore.")
	if cs, _ := Find(doc, ner.Entities(doc), nil); len(cs) != 1 || cs[0].Content != nil {
		t.Errorf("colon before punctuation: %+v", cs)
	}
}
