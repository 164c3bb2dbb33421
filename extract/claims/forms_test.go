package claims

import (
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// TestSpanConventions checks the extent of spans, as attribution corpora
// annotate them: the verb group in the cue, a colon and a medium adverbial
// after it, the complementizer in the content, an apposition in the
// speaker span.
func TestSpanConventions(t *testing.T) {
	tests := []formCase{
		{"auxiliaries and adverbs", "Bugti has also said that the roads were closed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has also said", "that the roads were closed", "", false}}},
		{"negation", "Chaudhry did not deny that the talks had failed.", []actor{chaudhry},
			[]want{{"denial", "Talal Chaudhry", "Chaudhry", "did not deny", "that the talks had failed", "", false}}},
		{"colon after cue", "Bugti added: “The roads are open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "added:", "“The roads are open.”", "", true}}},
		{"medium with that", "Chaudhry said in an interview that the border would stay shut.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said in an interview", "that the border would stay shut", "", false}}},
		{"preposition of the cue", "Bugti warned of the floods that were coming.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "warned of", "the floods that were coming", "", false}}},
		{"said of: what was said follows", "Bugti said of the rebels that they had lost.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that they had lost", "", false}}},
		{"apposition after an inverted speaker", "The roads will reopen soon, said Bugti, the province’s chief minister.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, the province’s chief minister", "said", "The roads will reopen soon", "", false}}},
		{"speakers joined by and", "Bugti and Chaudhry said the talks had failed.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Bugti and Chaudhry", "said", "the talks had failed", "", false}}},
		{"the writer's own clause ends the content", "Bugti said the vote would go ahead, but polls show little interest.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the vote would go ahead", "", false},
				{"statement", "", "polls", "show", "little interest", "", false},
			}},
		{"a relative clause on the last noun", "Chaudhry said he would visit Quetta, which was hit by floods.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "he would visit Quetta", "", false}}},
		{"an object ends at its comma", "Bugti welcomed the plan, saying it was overdue.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "Bugti", "welcomed", "the plan", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "saying", "it was overdue", "", false},
			}},
		{"bare title in an apposition", "Javier Condori, director of the Central Hospital, said beds were short.", []actor{condori, hospital},
			[]want{{"statement", "Javier Condori", "Javier Condori, director of the Central Hospital,", "said", "beds were short", "", false}}},
		{"party label before an apposition", "Rahmat Nugroho (D-Md.), chair of the panel, said the hearing was over.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho (D-Md.), chair of the panel,", "said", "the hearing was over", "", false}}},
		{"dateline left out of the content", "QUETTA, Pakistan — Gunmen attacked a bus on Monday, Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "Gunmen attacked a bus on Monday", "", false}}},
		{"the writer's next clause after a comma", "Bugti said the talks had stalled, and rights groups warned of more unrest.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the talks had stalled", "", false},
				{"statement", "rights groups", "rights groups", "warned of", "more unrest", "", false},
			}},
		{"a subordinate clause keeps its main clause", "Bugti said that if it rains, the roads will flood.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that if it rains, the roads will flood", "", false}}},
		{"passive keeps its cue", "The charge was rejected by India.", []actor{india},
			[]want{{"denial", "India", "India", "rejected", "The charge", "", false}}},
	}
	runForms(t, tests)
}

// TestMoreForms checks the forms added for recall: speaker labels before a
// colon, "declined to comment", "called X a Y", questions put by someone
// unnamed, "by saying", findings of polls and studies, and "according to"
// a source that is not a plain noun phrase — and sentences that look like
// them but hold no claim.
func TestMoreForms(t *testing.T) {
	tests := []formCase{
		{"name before colon", "Bugti: The province will not bow to terror.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", ":", "The province will not bow to terror", "", false}}},
		{"transcript labels", "HOST: Will you run again?\nBUGTI: I have not decided.\nHOST: Thank you.", []actor{bugti},
			[]want{
				{"statement", "", "HOST", ":", "Will you run again?", "", false},
				{"statement", "Sarfraz Bugti", "BUGTI", ":", "I have not decided", "", false},
				{"statement", "", "HOST", ":", "Thank you", "", false},
			}},
		{"a cue opening the line", "The hearing ended. Said Bugti: “The roads are open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "Said", "“The roads are open.”", "", true}}},
		{"a shout in capitals is no speaker", "BOOM: Markets fall on the news.", nil, nil},
		{"section label", "Update: The road has reopened.", nil, nil},
		{"time label", "9:34 p.m. The polls closed.", nil, nil},
		{"declined to comment", "Chaudhry declined to comment.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "declined", "to comment", "", false}}},
		{"declined to act: a refusal is a stance", "Chaudhry declined to attend the meeting.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "declined", "to attend the meeting", "", false}}},
		{"declined a thing", "Chaudhry declined an invitation to the meeting.", []actor{chaudhry}, nil},
		{"called a name", "Bugti called the attack “a cowardly act”.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "called", "the attack “a cowardly act”", "", true}}},
		{"called him a liar", "Chaudhry called him a liar.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "him a liar", "", false}}},
		{"called it their name", "Chaudhry called it their “crystal ball”.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "it their “crystal ball”", "", true}}},
		{"called in a relative clause", "Bugti backed the bodies, which he called “a shield for the poor”.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "Bugti", "backed", "the bodies", "", false},
				{"statement", "Sarfraz Bugti", "he", "called", "“a shield for the poor”", "", true},
			}},
		{"called the police", "Chaudhry called the police.", []actor{chaudhry}, nil},
		{"defended", "Chaudhry defended the decision to close the border.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "defended", "the decision to close the border", "", false}}},
		{"applauded", "Bugti applauded the ceasefire.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "applauded", "the ceasefire", "", false}}},
		{"quote, cue, participle", "“We met today,” Bugti added, referring to the chief ministers.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "added", "“We met today,”", "", true},
				{"statement", "Sarfraz Bugti", "Bugti", "referring to", "the chief ministers", "", false},
			}},
		{"referred to", "Bugti referred to the raid as a turning point.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "referred to", "the raid as a turning point", "", false}}},
		{"talking about", "Chaudhry spoke for an hour, talking about the floods.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "talking about", "the floods", "", false}}},
		{"talk without its particle", "Chaudhry talked for an hour.", []actor{chaudhry}, nil},
		{"according to a group", "The bridge had been closed for a week, according to relatives.", nil,
			[]want{{"statement", "relatives", "relatives", "according to", "The bridge had been closed for a week", "", false}}},
		{"a body by what it is", "Talks would resume, the city council said.", nil,
			[]want{{"statement", "city council", "the city council", "said", "Talks would resume", "", false}}},
		{"an owner and a place are not the name", "The country's disaster management agency said 40 homes were lost. Police officials in Bannu said roads were shut.", nil,
			[]want{
				{"statement", "disaster management agency", "The country's disaster management agency", "said", "40 homes were lost", "", false},
				{"statement", "Police officials", "Police officials in Bannu", "said", "roads were shut", "", false},
			}},
		{"an owner that names the body", "Charges were filed, the state prosecutor's office said.", nil,
			[]want{{"statement", "prosecutor's office", "the state prosecutor's office", "said", "Charges were filed", "", false}}},
		{"a bare body refers back and stays unnamed", "The agency said the road was open.", nil,
			[]want{{"statement", "", "The agency", "said", "the road was open", "", false}}},
		{"sources are no actor", "Sources said the talks had stalled.", nil,
			[]want{{"statement", "", "Sources", "said", "the talks had stalled", "", false}}},
		{"described speaker and target", "Traders accused the market authorities of ignoring the fire.", nil,
			[]want{{"accusation", "Traders", "Traders", "accused", "the market authorities of ignoring the fire", "market authorities", false}}},
		{"a state after a participle", "The military accused neighbouring Afghanistan of sheltering the gunmen.", []actor{military, actor{name: "Afghanistan", kind: "state"}},
			[]want{{"accusation", "Pakistan military", "The military", "accused", "neighbouring Afghanistan of sheltering the gunmen", "Afghanistan", false}}},
		{"age then a relative clause", "Rahmat Nugroho, 52, who lives by the river, said the water rose fast.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho, 52, who lives by the river,", "said", "the water rose fast", "", false}}},
		{"participial apposition", "Bugti, speaking to reporters in Quetta, said the border would stay closed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, speaking to reporters in Quetta,", "said", "the border would stay closed", "", false}}},
		{"a named embassy in its city", "The French Embassy in Lima said two tourists died.", []actor{actor{name: "French Embassy", kind: "organization"}},
			[]want{{"statement", "French Embassy", "The French Embassy in Lima", "said", "two tourists died", "", false}}},
		{"a quotation goes on in the next paragraph", "“The roads are open,” Bugti said.\n“We will keep them open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open,” Bugti said.\n“We will keep them open.”", "", true}}},
		{"a quotation of several sentences before its cue", "“The roads are shut. We have no fuel,” Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are shut. We have no fuel,”", "", true}}},
		{"a quotation whose last sentence opens with a conjunction", "“The roads are shut. We have no fuel. And the rain goes on,” Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are shut. We have no fuel. And the rain goes on,”", "", true}}},
		{"a quotation of several sentences before two cues", "“The roads are shut. We have no fuel,” Bugti said, according to a transcript.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are shut. We have no fuel,”", "", true},
				{"statement", "", "a transcript", "according to", "“The roads are shut. We have no fuel,” Bugti said", "", true},
			}},
		{"a quotation opened after a colon in an earlier sentence", "Bugti was blunt: “The roads are shut. We have no fuel,” he said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "he", "said", "“The roads are shut. We have no fuel,”", "", true}}},
		{"a quotation paragraph with its own speaker", "“The roads are open,” Bugti said.\n“They are not,” Chaudhry said.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open,”", "", true},
				{"statement", "Talal Chaudhry", "Chaudhry", "said", "“They are not,”", "", true},
			}},
		{"a name the tagger reads as an adverb", "The hearing ended. “The plan is sound,” said Skelly, a planner.", []actor{actor{name: "Skelly", kind: "person"}},
			[]want{{"statement", "Skelly", "Skelly, a planner", "said", "“The plan is sound,”", "", true}}},
		{"party label, participle, conjunction", "But Rahmat Nugroho (D-Md.), noting the size of the crowd, said the hall was too small.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho (D-Md.), noting the size of the crowd,", "said", "the hall was too small", "", false}}},
		{"shared subject past a participial phrase", "Protesters, looking for a way in, blocked the road and said they would stay.", nil,
			[]want{{"statement", "Protesters", "Protesters", "said", "they would stay", "", false}}},
		{"a time between subject and verb", "Bugti on Friday announced that schools would reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "announced", "that schools would reopen", "", false}}},
		{"a sentence adverb set off by commas", "Chaudhry, meanwhile, told reporters the border was shut.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "told", "the border was shut", "", false}}},
		{"a long apposition with a relative clause", "Rahmat Nugroho, head of the union, which represents teachers in the province, said he hoped talks would resume.", []actor{nugroho},
			[]want{
				{"statement", "Rahmat Nugroho", "Rahmat Nugroho, head of the union, which represents teachers in the province,", "said", "he hoped talks would resume", "", false},
			}},
		{"said of an object", "“He is not qualified,” Bugti said of the candidate.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“He is not qualified,”", "", true}}},
		{"a statement released by someone", "The ministry released a statement saying the border would reopen.", []actor{actor{name: "ministry", kind: "organization"}},
			[]want{{"statement", "ministry", "The ministry", "released a statement saying", "the border would reopen", "", false}}},
		{"a body with an acronym and a relative clause", "The Rights Institute (RI), which represented the residents, welcomed the ruling.", []actor{actor{name: "Rights Institute", kind: "organization", names: []string{"RI"}}},
			[]want{{"support", "Rights Institute", "The Rights Institute (RI), which represented the residents,", "welcomed", "the ruling", "", false}}},
		{"a purpose infinitive", "Bugti took to Twitter to say the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "to say", "the roads were open", "", false}}},
		{"an infinitive its noun owns", "Voters have the right to say no.", nil, nil},
		{"a request to comment", "Chaudhry did not respond to requests to comment.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "did not respond to", "requests to comment", "", false}}},
		{"answers to", "The ministry, which answers to the army, closed the road.", nil, nil},
		{"called off", "Chaudhry called off the march.", []actor{chaudhry}, nil},
		{"when asked", "When asked whether he would resign, Chaudhry smiled.", []actor{chaudhry},
			[]want{{"statement", "", "", "asked", "whether he would resign", "", false}}},
		{"asked and said", "Asked about the vote, Bugti said it was fair.", []actor{bugti},
			[]want{
				{"statement", "", "", "Asked about", "the vote", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "it was fair", "", false},
			}},
		{"by saying", "Chaudhry ended the meeting by saying the talks were over.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "saying", "the talks were over", "", false}}},
		{"the poll found", "A new poll found that most voters back the plan.", nil,
			[]want{{"statement", "", "A new poll", "found", "that most voters back the plan", "", false}}},
		{"participle after a report", "Reports forecasting heavy rain reached the town.", nil, nil},
		{"according to a loose source", "The plan would cost $2 billion, according to some on social media.", nil,
			[]want{{"statement", "", "some on social media", "according to", "The plan would cost $2 billion", "", false}}},
	}
	runForms(t, tests)
}

// TestGroupSpeakersShareAnActor checks that the claims of one described
// group make one actor, with a mention for each, and that the actors
// given to Find are left as they were.
func TestGroupSpeakersShareAnActor(t *testing.T) {
	text := "Witnesses said the blast shook the market. Bugti visited the site. Witnesses said the police came late."
	doc := nlp.Analyze(text)
	acts := build(doc.Text, []actor{bugti})
	cs, added := Find(doc, ner.Entities(doc), acts)
	if len(cs) != 2 || len(added) != 1 {
		t.Fatalf("%d claims, %d new actors: %+v", len(cs), len(added), added)
	}
	g := added[0]
	if g.Name != "Witnesses" || g.Kind != "group" || g.ID != "a2" || len(g.Mentions) != 2 {
		t.Errorf("new actor %+v", g)
	}
	for _, c := range cs {
		if c.SpeakerID == nil || *c.SpeakerID != g.ID {
			t.Errorf("claim %s: speaker_id %v, want %s", c.ID, c.SpeakerID, g.ID)
		}
	}
	if len(acts) != 1 || len(acts[0].Mentions) != 1 {
		t.Errorf("the given actors were changed: %+v", acts)
	}
}

// TestDescribedActors checks that an apposition teaches the resolver
// what an actor is ("…, an independent medical group") so that a later
// "the group" finds it rather than the last armed group, and that the
// description may also come before the name ("The bus company, X,").
func TestDescribedActors(t *testing.T) {
	network := actor{name: "Doctors Network", kind: "organization"}
	rsf := actor{name: "Rapid Support Forces", kind: "armed_group", names: []string{"RSF"}}
	busCo := actor{name: "Occidente Unido", kind: "organization"}
	tests := []formCase{
		{"described after the name", "The RSF denied the strike. A figure came from the Doctors Network, an independent medical group. The group said 41 people died.",
			[]actor{rsf, network},
			[]want{
				{"denial", "Rapid Support Forces", "The RSF", "denied", "the strike", "", false},
				{"statement", "Doctors Network", "The group", "said", "41 people died", "", false},
			}},
		{"described before the name", "The bus company, Occidente Unido, runs the route. The company said the driver was rested.",
			[]actor{busCo},
			[]want{{"statement", "Occidente Unido", "The company", "said", "the driver was rested", "", false}}},
	}
	runForms(t, tests)

	// an actor mention that ends inside a token must not stall the
	// reading of descriptions
	doc := nlp.Analyze("The Nugrohos, a farming family, said the water rose.")
	acts := build(doc.Text, []actor{{name: "Nugroho", kind: "person"}})
	if cs, _ := Find(doc, ner.Entities(doc), acts); len(cs) != 1 {
		t.Errorf("mention inside a word: %d claims, want 1", len(cs))
	}
}

// formCase is one sentence or passage and the claims expected from it.
type formCase struct {
	name   string
	text   string
	actors []actor
	want   []want
}

func runForms(t *testing.T, tests []formCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := nlp.Analyze(tc.text)
			acts := build(doc.Text, tc.actors)
			cs, added := Find(doc, ner.Entities(doc), acts)
			var g []want
			for _, c := range cs {
				g = append(g, got(c))
			}
			if len(g) != len(tc.want) {
				t.Fatalf("%q:\n got  %+v\n want %+v", tc.text, g, tc.want)
			}
			for i := range g {
				if g[i] != tc.want[i] {
					t.Errorf("%q claim %d:\n got  %+v\n want %+v", tc.text, i, g[i], tc.want[i])
				}
			}
			checkSpans(t, doc, cs, append(acts, added...))
		})
	}
}

// TestHedges checks claims without a speaker: the writer's report of how
// something seems or what is expected, whose content is the whole clause.
func TestHedges(t *testing.T) {
	tests := []formCase{
		{"appears to", "Bugti appears to have a slight lead in the province.", []actor{bugti},
			[]want{{"statement", "", "", "appears", "Bugti appears to have a slight lead in the province", "", false}}},
		{"seemed with an adjective", "The talks seemed close to collapse on Monday.", nil,
			[]want{{"statement", "", "", "seemed", "The talks seemed close to collapse on Monday", "", false}}},
		{"expected with its verb group", "The vote is widely expected to pass on Friday.", nil,
			[]want{{"statement", "", "", "is widely expected", "The vote is widely expected to pass on Friday", "", false}}},
		{"a relative clause inside the subject", "The bridge, which opened in May, is expected to carry 40,000 cars a day.", nil,
			[]want{{"statement", "", "", "is expected", "The bridge, which opened in May, is expected to carry 40,000 cars a day", "", false}}},
		{"a prepositional phrase inside the subject", "Divers from the navy were expected to join the search.", nil,
			[]want{{"statement", "", "", "were expected", "Divers from the navy were expected to join the search", "", false}}},
		{"a relative pronoun opens the content", "The rebels seized the dam, which is expected to flood the valley.", nil,
			[]want{{"statement", "", "", "is expected", "which is expected to flood the valley", "", false}}},
		{"nested in a claim", "Bugti said the bill was expected to pass.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the bill was expected to pass", "", false},
				{"statement", "", "", "was expected", "the bill was expected to pass", "", false},
			}},
		{"no hedge: an appearance on a stage", "Bugti appeared on television in Quetta on Sunday.", []actor{bugti}, nil},
		{"no hedge: an appearance in court", "The two suspects appeared in court on Monday.", nil, nil},
		{"no hedge: expected as an adjective", "The expected rain never came.", nil, nil},
	}
	runForms(t, tests)
}

// TestLooseSubjects checks speakers that are no plain noun phrase: a
// clause-opening phrase with a relative clause, a quantity, a phrase set
// off by dashes, or a name followed by an adverb.
func TestLooseSubjects(t *testing.T) {
	tests := []formCase{
		{"a relative clause", "The families who lost their homes say the aid came too late.", nil,
			[]want{{"statement", "families", "The families who lost their homes", "say", "the aid came too late", "", false}}},
		{"a reduced relative", "The engineers I interviewed said the bridge was sound.", nil,
			[]want{{"statement", "", "The engineers I interviewed", "said", "the bridge was sound", "", false}}},
		{"a phrase set off by dashes", "Farmers — and some traders — say the new tax is unfair.", nil,
			[]want{{"statement", "", "Farmers — and some traders —", "say", "the new tax is unfair", "", false}}},
		{"a located head before a place with its article", "The roads were cut, authorities in the province of Sindh said.", nil,
			[]want{{"statement", "authorities", "authorities in the province of Sindh", "said", "The roads were cut", "", false}}},
		{"a speaker with a prepositional phrase", "A spokesman for Bugti said the roads were shut.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "A spokesman for Bugti", "said", "the roads were shut", "", false}}},
		{"a name with its institution", "Javier Condori of the Central Hospital said beds were short.", []actor{condori, hospital},
			[]want{{"statement", "Javier Condori", "Javier Condori of the Central Hospital", "said", "beds were short", "", false}}},
		{"a quantity of a crowd", "Many in the crowd said the senator was right.", nil,
			[]want{{"statement", "", "Many in the crowd", "said", "the senator was right", "", false}}},
		{"people close to someone", "People close to Bugti believe he will resign.", []actor{bugti},
			[]want{{"statement", "", "People close to Bugti", "believe", "he will resign", "", false}}},
		{"no speaker: an object with a phrase", "Bugti had a lead in the race, officials said.", []actor{bugti},
			[]want{{"statement", "officials", "officials", "said", "Bugti had a lead in the race", "", false}}},
		{"a quantifier alone", "Some say the vote was rigged.", nil,
			[]want{{"statement", "", "Some", "say", "the vote was rigged", "", false}}},
		{"a quantifier that thinks", "Many believe the talks will fail.", nil,
			[]want{{"statement", "", "Many", "believe", "the talks will fail", "", false}}},
		{"no speaker: a determiner before a noun", "The said property was sold.", nil, nil},
		{"a share of those asked", "Nearly a third say they do not know.", nil,
			[]want{{"statement", "", "Nearly a third", "say", "they do not know", "", false}}},
		{"an adverb is the cue's, not the speaker's", "Bugti cautiously said the roads might reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "cautiously said", "the roads might reopen", "", false}}},
		{"an adverb between a pronoun and its verb", "The senator said he rarely asks for help.", nil,
			[]want{
				{"statement", "", "The senator", "said", "he rarely asks for help", "", false},
				{"statement", "", "he", "rarely asks for", "help", "", false},
			}},
	}
	runForms(t, tests)
}

// TestIntentions checks verbs by which a speaker states an intention, a
// request or a directive, and their look-alikes that state none.
func TestIntentions(t *testing.T) {
	tests := []formCase{
		{"sought to", "Bugti has sought to distance himself from the party.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has sought", "to distance himself from the party", "", false}}},
		{"a directive with an infinitive", "The court ordered the city to rehouse the families within 90 days.", nil,
			[]want{{"statement", "", "The court", "ordered", "the city to rehouse the families within 90 days", "", false}}},
		{"an inquiry ordered", "Chaudhry ordered an inspection of every site.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "ordered", "an inspection of every site", "", false}}},
		{"thanks", "Bugti thanked the rescuers for their work.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "thanked", "the rescuers for their work", "rescuers", false}}},
		{"no directive: an order at gunpoint", "The gunmen ordered the passengers off the bus.", nil, nil},
		{"no claim: a decision not yet made", "I have not decided.", nil, nil},
		{"no claim: found in the passive", "Two hostages were freed on Thursday and found walking along a road.", nil, nil},
	}
	runForms(t, tests)
}

// TestClauseVerbsAndContentEnds checks a verb outside the lexicon that takes
// a clause of its own, the one asked inside a request, and where the
// writer's words take over from the content.
func TestClauseVerbsAndContentEnds(t *testing.T) {
	tests := []formCase{
		{"any verb with a that-clause", "Chaudhry conceded that the deal had collapsed.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "conceded", "that the deal had collapsed", "", false}}},
		{"another verb with a that-clause", "Bugti bragged that his party would win every seat.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "bragged", "that his party would win every seat", "", false}}},
		{"no claim: that as a determiner", "Police investigating that attack arrested two men.", nil, nil},
		{"no claim: a verb of being", "The result means that the seat stays vacant.", nil, nil},
		{"the one asked is in a request", "Bugti urged voters to stay at home.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "urged", "voters to stay at home", "", false}}},
		{"the one told is not", "Bugti told reporters that the roads were shut.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "told", "that the roads were shut", "", false}}},
		{"a dash and a new verb end the content", "Bugti said the talks would resume — and Chaudhry agreed.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the talks would resume", "", false}}},
		{"the writer's description of a name", "Bugti said he had met Talal Chaudhry, a rival from the north.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "he had met Talal Chaudhry", "", false}}},
	}
	runForms(t, tests)
}

// TestNominalCues checks nouns of saying and stance owned by their speaker.
func TestNominalCues(t *testing.T) {
	tests := []formCase{
		{"a call for", "Bugti's calls for a ceasefire were ignored.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti's", "calls for", "a ceasefire", "", false}}},
		{"criticism of, with its target", "Chaudhry arrived in Quetta. His criticism of the Balochistan Liberation Army was sharp.", []actor{chaudhry, bla},
			[]want{{"condemnation", "Talal Chaudhry", "His", "criticism of", "the Balochistan Liberation Army", "Balochistan Liberation Army", false}}},
		{"a promise to act", "Bugti kept his promise to reopen the schools.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "promise", "to reopen the schools", "", false}}},
		{"a claim that", "Chaudhry's claim that the border was sealed proved false.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry's", "claim", "that the border was sealed", "", false}}},
		{"no cue: a thing's noun", "The report and its claims about the border were withdrawn.", nil, nil},
		{"no cue: a noun without its complement", "His calls went unanswered.", nil, nil},
	}
	runForms(t, tests)
}

// TestCitations checks sources cited with "in": a poll, an average, a
// book, someone's words.
func TestCitations(t *testing.T) {
	tests := []formCase{
		{"a poll opens the sentence", "In a poll conducted by the Gallup Organization, 28 percent of voters backed the plan.", nil,
			[]want{
				{"statement", "", "a poll conducted by the Gallup Organization", "In", "28 percent of voters backed the plan", "", false},
				{"support", "voters", "28 percent of voters", "backed", "the plan", "", false},
			}},
		{"a poll with its participle between commas", "In the latest Gallup poll, conducted in May, Bugti led the race by nine points.", []actor{bugti},
			[]want{{"statement", "", "the latest Gallup poll, conducted in May,", "In", "Bugti led the race by nine points", "", false}}},
		{"an average after the clause", "Bugti leads the race by nine points in the RealClearPolitics average.", []actor{bugti},
			[]want{{"statement", "", "the RealClearPolitics average", "in", "Bugti leads the race by nine points", "", false}}},
		{"someone's words", "In Bugti's words, the province is tired of war.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti's words", "In", "the province is tired of war", "", false}}},
		{"no citation: in other words", "In other words, the province is tired of war.", nil, nil},
		{"no citation: leading in the polls", "Bugti is leading in the polls.", []actor{bugti}, nil},
		{"no citation: the medium of a cue", "In a 2013 memo, the agency suggested that the program end.", nil,
			[]want{{"statement", "", "the agency", "suggested", "that the program end", "", false}}},
	}
	runForms(t, tests)
}

// TestJudgements checks verbs of judging and ruling, issued speech and a
// suspicion voiced by not ruling something out.
func TestJudgements(t *testing.T) {
	tests := []formCase{
		{"sees as", "Bugti sees the ceasefire as a trap.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "sees", "the ceasefire as a trap", "", false}}},
		{"no judgement: a rise seen", "Traders saw a rise in prices on Monday.", nil, nil},
		{"ruled that, past the commas of its clause", "The court ruled that the eviction, carried out in May, was unlawful.", nil,
			[]want{{"statement", "", "The court", "ruled", "that the eviction, carried out in May, was unlawful", "", false}}},
		{"issued a warning", "Chaudhry issued a warning to the rebels.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "issued", "a warning to the rebels", "", false}}},
		{"no speech: issued passports", "The ministry issued new passports.", nil, nil},
		{"not ruling out a role is an accusation", "Chaudhry did not rule out the Balochistan Liberation Army's involvement.", []actor{chaudhry, bla},
			[]want{{"accusation", "Talal Chaudhry", "Chaudhry", "did not rule out", "the Balochistan Liberation Army's involvement", "Balochistan Liberation Army", false}}},
		{"ruling out is a statement", "Chaudhry ruled out talks with the rebels.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "ruled out", "talks with the rebels", "", false}}},
	}
	runForms(t, tests)
}

// TestNamedBodies checks speakers that are bodies named by a capitalized
// head and a place, and names with lower-case particles.
func TestNamedBodies(t *testing.T) {
	tests := []formCase{
		{"City of", "The City of Ekurhuleni said it would comply with the order.", nil,
			[]want{{"statement", "City of Ekurhuleni", "The City of Ekurhuleni", "said", "it would comply with the order", "", false}}},
		{"a lower-case head is no title", "The city of Quetta was quiet, residents said.", nil,
			[]want{{"statement", "residents", "residents", "said", "The city of Quetta was quiet", "", false}}},
		{"particles inside a name", "The Observatoire des Mines de Bertoua, a monitoring group, accused officials of ignoring warnings.", nil,
			[]want{{"accusation", "", "The Observatoire des Mines de Bertoua, a monitoring group,", "accused", "officials of ignoring warnings", "officials", false}}},
	}
	runForms(t, tests)
}

// TestAttacksInWords checks "attack" as a verb of speech only when words or
// plans are attacked.
func TestAttacksInWords(t *testing.T) {
	tests := []formCase{
		{"attacked a plan as", "Chaudhry attacked the budget as a giveaway.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "attacked", "the budget as a giveaway", "", false}}},
		{"attacked remarks", "Bugti attacked the minister's remarks.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "attacked", "the minister's remarks", "", false}}},
		{"no speech: an armed attack", "Gunmen attacked a bus near Quetta.", nil, nil},
		{"no speech: an attack on people", "Militants attacked a police post and killed two officers.", nil, nil},
		{"a party named in two parts", "The opposition Homeland Union – Christian Democrats attacked the plan.", nil,
			[]want{{"statement", "", "The opposition Homeland Union – Christian Democrats", "attacked", "the plan", "", false}}},
		{"a dateline is no part of the speaker", "QUETTA – Officials said the road was shut.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "the road was shut", "", false}}},
	}
	runForms(t, tests)
}

// TestParticiplesAfterQuotes checks a participial cue after a quotation
// whose comma sits inside it, people named by what they are to others,
// and a quotation that closes a content before the writer's next clause.
func TestParticiplesAfterQuotes(t *testing.T) {
	tests := []formCase{
		{"a comma inside the quotation", `Bugti spoke on "Morning News," calling the plan a disgrace.`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "calling", "the plan a disgrace", "", false}}},
		{"friends can think", "His friends believe the vote was rigged.", nil,
			[]want{{"statement", "", "His friends", "believe", "the vote was rigged", "", false}}},
		{"a quotation ends the content", `Bugti mocked the plan, calling it "a fantasy," Chaudhry said.`, []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "mocked", "the plan", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "calling", `it "a fantasy,"`, "", true},
				{"statement", "Talal Chaudhry", "Chaudhry", "said", `Bugti mocked the plan, calling it "a fantasy,"`, "", true},
			}},
	}
	runForms(t, tests)
}

// TestContinued checks "continue" as speech going on, not as an activity
// that goes on.
func TestContinued(t *testing.T) {
	tests := []formCase{
		{"speech continued", `"We will rebuild the roads," Bugti continued.`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "continued", `"We will rebuild the roads,"`, "", true}}},
		{"continued with a colon", `Bugti continued: "The roads will open."`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "continued:", `"The roads will open."`, "", true}}},
		{"no speech: a lead that continues", "Bugti continues to lead the race.", []actor{bugti}, nil},
		{"no speech: a campaign continued", "Bugti continued his campaign in Quetta.", []actor{bugti}, nil},
		{"no speech: going on after a clause with no quotation", "Even after the traders agreed to reopen the market, Bugti continued.", []actor{bugti},
			[]want{{"statement", "traders", "the traders", "agreed", "to reopen the market", "", false}}},
	}
	runForms(t, tests)
}

// TestAccordingToSpans checks the extent of a source named after
// "according to": the whole phrase, its noun phrase resolved.
func TestAccordingToSpans(t *testing.T) {
	tests := []formCase{
		{"a participle after the source", "Turnout rose sharply, according to figures released on Friday by the election commission.", nil,
			[]want{{"statement", "", "figures released on Friday by the election commission", "according to", "Turnout rose sharply", "", false}}},
		{"a name with a phrase", "The road is shut, according to Bugti of the provincial government.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti of the provincial government", "according to", "The road is shut", "", false}}},
		{"a relative clause after a comma stays out", "The road is shut, according to Bugti, who visited on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "according to", "The road is shut", "", false}}},
	}
	runForms(t, tests)
}

// TestWrongSpeakers checks words that look like speakers and are not: the
// means of speaking after "by", a possessed object after the cue, a
// medium that speaks for whoever released it.
func TestWrongSpeakers(t *testing.T) {
	tests := []formCase{
		{"said by telephone", `"We waited a long time," Bugti, now 81, said by telephone.`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, now 81,", "said", `"We waited a long time,"`, "", true}}},
		{"a possessed object is no inverted speaker", "Chaudhry, the interior minister, also stated his intention to resign.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry, the interior minister,", "also stated", "his intention to resign", "", false}}},
		{"statements speak for those who issued them", "Both ministers issued statements condemning the attack.", nil,
			[]want{
				{"condemnation", "", "Both ministers", "issued statements condemning", "the attack", "", false},
			}},
	}
	runForms(t, tests)
}

// TestQuoteAfterAdverbial checks that an adverbial before the speaker is
// not content when a quotation follows the cue.
func TestQuoteAfterAdverbial(t *testing.T) {
	tests := []formCase{
		{"adverbial, speaker, quotation", `Later in the report, Bugti wrote, "The roads will open soon."`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "wrote", `"The roads will open soon."`, "", true}}},
		{"content split around the speaker", `The new road, Bugti said, "will open soon."`, []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", `The new road, Bugti said, "will open soon."`, "", true}}},
	}
	runForms(t, tests)
}

// TestContentGlosses checks where the writer's glosses take over from a
// content: an aside closed at the sentence end, "also known as", "one of",
// a second verb with its own content.
func TestContentGlosses(t *testing.T) {
	tests := []formCase{
		{"an aside closes the sentence", "(Bugti declined to comment for this story.)", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "declined", "to comment for this story", "", false}}},
		{"also known as", "Bugti vowed to defeat the Balochistan Liberation Army, also known as the BLA.", []actor{bugti, bla},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "vowed", "to defeat the Balochistan Liberation Army", "", false}}},
		{"one of", "Bugti announced a rally in Quetta, one of several planned this week.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "announced", "a rally in Quetta", "", false}}},
		{"a second cue with its own content", "Analysts say the vote was rigged and warn that protests may follow.", nil,
			[]want{
				{"statement", "Analysts", "Analysts", "say", "the vote was rigged", "", false},
				{"statement", "Analysts", "Analysts", "warn", "that protests may follow", "", false},
			}},
	}
	runForms(t, tests)
}

// TestAskedWithAdverbials checks an unnamed asker with a place or time
// before the question.
func TestAskedWithAdverbials(t *testing.T) {
	tests := []formCase{
		{"a place and a time", "Asked in Quetta on Monday whether he would run again, Bugti said he had not decided.", []actor{bugti},
			[]want{
				{"statement", "", "", "Asked", "whether he would run again", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "he had not decided", "", false},
			}},
		{"about after a place", "Asked at a briefing about the talks, Chaudhry declined to comment.", []actor{chaudhry},
			[]want{
				{"statement", "", "", "Asked", "about the talks", "", false},
				{"statement", "Talal Chaudhry", "Chaudhry", "declined", "to comment", "", false},
			}},
		{"a question with which", "Asked which district was his favorite, Bugti laughed.", []actor{bugti},
			[]want{{"statement", "", "", "Asked", "which district was his favorite", "", false}}},
		{"no question: asked for a thing", "Asked in May for a loan, the bank refused.", nil, nil},
	}
	runForms(t, tests)
}

// TestHypotheticalActs checks that an act a speaker says he might take is
// part of his claim, not a claim of its own.
func TestHypotheticalActs(t *testing.T) {
	tests := []formCase{
		{"would consider inside a claim", "Bugti said he would consider a third-party run.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "he would consider a third-party run", "", false}}},
		{"would support on its own", "Bugti would support the bill.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "would support", "the bill", "", false}}},
		{"no speech: adding up", "The costs would add up to $2 billion.", nil, nil},
		{"no speech: adding to a record", "Bugti won the district on Tuesday, adding to his lead in the province.", []actor{bugti}, nil},
		{"no speech: a reporter's credit line", "The roads stayed shut.\n\nKhan reported from Quetta.", nil, nil},
		{"no speech: finding a way", "Bugti found ways to press his agenda through the assembly.", []actor{bugti}, nil},
		{"added to a name spoken to", "“The roads will open,” Bugti added to Dawn.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "added", "“The roads will open,”", "", true}}},
	}
	runForms(t, tests)
}

// TestNestedThoughts checks that a thought or act reported inside what
// someone said stays part of that claim, while nested stances with a kind
// remain claims of their own.
func TestNestedThoughts(t *testing.T) {
	tests := []formCase{
		{"a nested belief", "Bugti said the army believed the rebels had fled.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the army believed the rebels had fled", "", false}}},
		{"a nested denial stays", "Chaudhry said the Balochistan Liberation Army denied any role.", []actor{chaudhry, bla},
			[]want{
				{"statement", "Talal Chaudhry", "Chaudhry", "said", "the Balochistan Liberation Army denied any role", "", false},
				{"denial", "Balochistan Liberation Army", "the Balochistan Liberation Army", "denied", "any role", "", false},
			}},
		{"a second verb of the speaker is no nested thought", "Bugti condemned the attack and called on the rebels to disarm.", []actor{bugti},
			[]want{
				{"condemnation", "Sarfraz Bugti", "Bugti", "condemned", "the attack", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "called on", "the rebels to disarm", "", false},
			}},
		{"adverbials after an inverted cue", "Arrests rose to 340, the commission said in a statement on Wednesday, most of them in the capital.", nil,
			[]want{{"statement", "", "the commission", "said in a statement", "Arrests rose to 340", "", false}}},
	}
	runForms(t, tests)
}

// TestBylines checks quotations credited with a dash and a name after them.
func TestBylines(t *testing.T) {
	tests := []formCase{
		{"pull quotes in a row", "“The roads must reopen.” ― Sarfraz Bugti “We will not wait.” ― Talal Chaudhry", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Sarfraz Bugti", "―", "“The roads must reopen.”", "", true},
				{"statement", "Talal Chaudhry", "Talal Chaudhry", "―", "“We will not wait.”", "", true},
			}},
		{"an em dash and a full stop", "“We will win,” — Bugti.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "—", "“We will win,”", "", true}}},
		{"no byline: a dash and the writer's words", "“The roads are shut” - and the schools too.", nil, nil},
	}
	runForms(t, tests)
}

// TestMediumSources checks a source named by the medium of an earlier
// claim, and a reduced relative clause that makes no claim.
func TestMediumSources(t *testing.T) {
	tests := []formCase{
		{"according to the statement", "Bugti said in a statement that 40 rebels died. According to the statement, 12 were killed on Friday.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said in a statement", "that 40 rebels died", "", false},
				{"statement", "Sarfraz Bugti", "the statement", "According to", "12 were killed on Friday", "", false},
			}},
		{"no claim: the toll it announced", "The figures fall short of the toll it announced.", nil, nil},
	}
	runForms(t, tests)
}

// TestSpeakersAroundQuotes checks speakers placed around a quotation in
// the ways news copy places them: an opening mark typed for the closing
// one, a described speaker named after a comma, a prepositional phrase set
// off by commas, a cue that opens the sentence, a name after a short
// opening phrase, and a relative clause after an apposition.
func TestSpeakersAroundQuotes(t *testing.T) {
	tests := []formCase{
		{"a quotation goes on past a relative clause on its speaker", "“The roads are shut,” said Chaudhry, who wrote about the floods in his book. “We need help.”", []actor{chaudhry},
			[]want{
				{"statement", "Talal Chaudhry", "Chaudhry, who wrote about the floods in his book", "said", "“The roads are shut,” said Chaudhry, who wrote about the floods in his book. “We need help.”", "", true},
				{"statement", "Talal Chaudhry", "who", "wrote about", "the floods in his book", "", false},
			}},
		{"an opening mark typed as the closing one", "“The roads are open,“ said Bugti.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open,“", "", true}}},
		{"a closing mark typed as the opening one", "”The roads are shut. They will open soon,” said Bugti.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "”The roads are shut. They will open soon,”", "", true}}},
		{"a described speaker named after a comma", "''The roads are open,'' said his deputy, Talal Chaudhry.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "his deputy, Talal Chaudhry", "said", "''The roads are open,''", "", true}}},
		{"a phrase set off by commas", "''The roads are open,'' Chaudhry, of the interior ministry, said.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry, of the interior ministry,", "said", "''The roads are open,''", "", true}}},
		{"a cue opening the sentence", "Said Bugti, who toured the valley, “The roads are open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, who toured the valley,", "Said", "“The roads are open.”", "", true}}},
		{"a name after a short opening", "A second, Talal Chaudhry, said the talks had failed.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Talal Chaudhry,", "said", "the talks had failed", "", false}}},
		{"a relative clause after an apposition", "Talal Chaudhry, a minister in the cabinet, who visited Quetta, said the talks had failed.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Talal Chaudhry, a minister in the cabinet, who visited Quetta,", "said", "the talks had failed", "", false}}},
		{"no claim: a participle opening the sentence", "Said to be the oldest bridge in the province, the structure was closed.", nil, nil},
		{"a quotation of several sentences before a cue split off", "The floods came on Sunday.\n\n“The roads are shut. The rains go on. We will be ready!” Bugti tweeted.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "tweeted", "“The roads are shut. The rains go on. We will be ready!”", "", true}}},
	}
	runForms(t, tests)
}

// TestNamingAndShowing checks "call" with an object and a name or a
// description, "show" done by a thing, and speakers that are relative
// pronouns.
func TestNamingAndShowing(t *testing.T) {
	tests := []formCase{
		{"a second noun phrase after a possessive", "Bugti called the governor his closest ally.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "the governor his closest ally", "", false}}},
		{"an adjective that ends the clause", "Chaudhry called the delay in the inquiry unacceptable.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "the delay in the inquiry unacceptable", "", false}}},
		{"a reflexive object", "Bugti called himself a servant of the province.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "himself a servant of the province", "", false}}},
		{"a demonstrative object and a quotation", "Chaudhry called that “a fantasy”.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "that “a fantasy”", "", true}}},
		{"a singular agent noun as the subject", "A reporter at the scene called it “total chaos”.", nil,
			[]want{{"statement", "", "A reporter at the scene", "called", "it “total chaos”", "", true}}},
		{"an infinitive inside the object", "Bugti called the plan to close the roads “a mistake”.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "the plan to close the roads “a mistake”", "", true}}},
		{"a thing shows", "Footage from the market shows that the stalls were empty.", nil,
			[]want{{"statement", "", "Footage from the market", "shows", "that the stalls were empty", "", false}}},
		{"no claim: a talk show", "The talk show host Bugti interviewed left early.", []actor{bugti}, nil},
		{"no claim: a meeting called", "The council called a meeting for Friday.", nil, nil},
		{"a perfect tense", "Bugti has called the closures “a disgrace”.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has called", "the closures “a disgrace”", "", true}}},
		{"no claim: called off", "The strike was called off on Friday.", nil, nil},
		{"a relative that", "Residents carried banners that said “Open the roads”.", nil,
			[]want{{"statement", "", "that", "said", "“Open the roads”", "", true}}},
		{"a relative who with no noun before it", "Most of those who said they were afraid stayed home.", nil,
			[]want{{"statement", "", "who", "said", "they were afraid", "", false}}},
	}
	runForms(t, tests)
}

// TestColonLabels checks speakers named by a label before a colon:
// interviews, transcripts quoted whole, headlines that cite a report, a
// name after a headline's dash, and titles before a name.
func TestColonLabels(t *testing.T) {
	tests := []formCase{
		{"an interview", "Q: Were the roads open?\nA: No, they were shut.", nil,
			[]want{
				{"statement", "", "Q", ":", "Were the roads open?", "", false},
				{"statement", "", "A", ":", "No, they were shut", "", false},
			}},
		{"a Q without an A is no interview", "Q: Were the roads open?", nil, nil},
		{"a tally is no speech", "Pledged delegates so far.\nBugti: 547.\nChaudhry: 46 percent.", []actor{bugti, chaudhry}, nil},
		{"a name and a sentence is speech", "Bugti: The roads are open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", ":", "The roads are open", "", false}}},
		{"a transcript line quoted whole", "\"BUGTI: The roads are open.\n\"CHAUDHRY: They are not.\n\"BUGTI: They are.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "BUGTI", ":", "The roads are open", "", true},
				{"statement", "Talal Chaudhry", "CHAUDHRY", ":", "They are not", "", true},
				{"statement", "Sarfraz Bugti", "BUGTI", ":", "They are", "", true},
			}},
		{"a headline citing a poll", "Poll: Most voters back the new road plan", nil,
			[]want{
				{"statement", "", "Poll", ":", "Most voters back the new road plan", "", false},
				{"support", "voters", "Most voters", "back", "the new road plan", "", false},
			}},
		{"a name after a headline's dash", "ROADS STAY SHUT, FOR NOW - Talal Chaudhry: “We will reopen them soon.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Talal Chaudhry", ":", "“We will reopen them soon.”", "", true}}},
		{"a title before the name", "Former interior minister Talal Chaudhry: “We will reopen them.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Former interior minister Talal Chaudhry", ":", "“We will reopen them.”", "", true}}},
		{"no claim: a sentence before a colon", "Three meetings were planned for Bugti: one on Monday and two on Friday.", []actor{bugti}, nil},
		{"no claim: a heading with a preposition", "Little Relief for Bugti: the roads stay shut.", []actor{bugti}, nil},
		{"no claim: a note", "Note: the figures exclude the capital.", nil, nil},
		{"no claim: a section heading after a name", "The race is open.\n\nBugti: A closing surge.\n\nThe chief minister has gained ground.", []actor{bugti}, nil},
		{"no claim: an imperative heading after a name", "The race is open.\n\nChaudhry: Finish second.\n\nThe minister needs a good night.", []actor{chaudhry}, nil},
		{"a short line with a verb in title case", "The race is open.\n\nBugti: Flood Story Has Moved.\n\nThe chief minister spoke on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", ":", "Flood Story Has Moved", "", false}}},
	}
	runForms(t, tests)
}

// TestAsidesAndHearsay checks "as X put it", "made it clear", plans and
// intentions, and the adverbs that mark a clause as hearsay.
func TestAsidesAndHearsay(t *testing.T) {
	tests := []formCase{
		{"as X put it, then a quotation", "As Bugti, the chief minister, put it: “The roads come first.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, the chief minister,", "put it:", "“The roads come first.”", "", true}}},
		{"as X put it, after the content", "The plan was “a patch on a wound,” as Chaudhry put it.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "put it", "The plan was “a patch on a wound,”", "", true}}},
		{"as X put it, inside the writer's sentence", "The town owed its survival to, as Bugti put it, a stubborn council, and it thrived.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "put it", "a stubborn council", "", false}}},
		{"no claim: put it somewhere", "Bugti put it on the table.", []actor{bugti}, nil},
		{"as X put it, with a quoted title in the apposition", "As Talal Chaudhry, author of “The Long Road,” put it, “The dam was never safe.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Talal Chaudhry, author of “The Long Road,”", "put it", "“The dam was never safe.”", "", true}}},
		{"as X put it, then an adverbial before the content", "As Chaudhry put it on Tuesday in a speech to farmers, the canal is “our lifeline.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "put it", "the canal is “our lifeline.”", "", true}}},
		{"an aside with as inside a that-clause", "He warned that the flood, as he later explained, was a disaster.", nil,
			[]want{
				{"statement", "", "He", "warned", "that the flood, as he later explained, was a disaster", "", false},
				{"statement", "", "he", "later explained", "", "", false},
			}},
		{"as X said, after the content", "The road is closed, as police have said.", nil,
			[]want{{"statement", "", "police", "have said", "The road is closed", "", false}}},
		{"as X put it in a place, after the content", "He vowed to “rebuild every road,” as he put it in Quetta, Pakistan, where he also promised new bridges.", nil,
			[]want{
				{"statement", "", "He", "vowed", "to “rebuild every road,”", "", true},
				{"statement", "", "he", "put it", "He vowed to “rebuild every road,”", "", true},
				{"statement", "", "he", "also promised", "new bridges", "", false},
			}},
		{"made it clear", "Chaudhry made it clear that the border would stay shut.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "made it clear", "that the border would stay shut", "", false}}},
		{"a wish", "Chaudhry would like to see the roads reopened.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "would like", "to see the roads reopened", "", false}}},
		{"no claim: like as a preposition", "Bugti spoke like a teacher.", []actor{bugti}, nil},
		{"a plan", "Bugti plans to visit the flooded villages.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "plans", "to visit the flooded villages", "", false}}},
		{"a possessor's promise", "Bugti's promise to rebuild the bridge drew criticism.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti's", "promise", "to rebuild the bridge", "", false}}},
		{"no claim: a possessor's plan is an intention, not a statement", "Bugti's plan to rebuild the bridge drew criticism.", []actor{bugti}, nil},
		{"no claim: a plan as a thing", "The plan was approved in March.", nil, nil},
		{"reportedly", "The council is reportedly spending more on roads.", nil,
			[]want{{"statement", "", "", "reportedly", "The council is reportedly spending more on roads", "", false}}},
		{"no claim: an adverb before an adjective", "It was a seemingly endless wait.", nil, nil},
	}
	runForms(t, tests)
}

// TestTaggerRepairs checks cue verbs the part-of-speech tagger reads as
// nouns: an inflected form after a name before a full stop or "that", a
// base form after a plural subject, and the verbs of title-case headlines;
// and nouns that stay nouns.
func TestTaggerRepairs(t *testing.T) {
	tests := []formCase{
		{"a participle between a number and its noun", "Bugti has won 758 pledged delegates, and the party has 25 recommended candidates.", []actor{bugti}, nil},
		{"a number as the subject of a past form with an object and a preposition", "Three accused police of beating the traders.", nil,
			[]want{{"accusation", "", "Three", "accused", "police of beating the traders", "", false}}},
		{"a name and an inflected form at the end", "“The roads will open,” Chaudhry notes.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "notes", "“The roads will open,”", "", true}}},
		{"a base form after a plural subject", "Flood victims argue that the relief came late.", nil,
			[]want{{"statement", "", "Flood victims", "argue", "that the relief came late", "", false}}},
		{"told read as an adjective before a name", "Schilling told WEEI: “The roads are shut.”", nil,
			[]want{{"statement", "", "Schilling", "told", "“The roads are shut.”", "", true}}},
		{"a base form after an aside on its subject", "Cement makers, for instance, argue that imports grew.", nil,
			[]want{{"statement", "", "Cement makers", "argue", "that imports grew", "", false}}},
		{"a plural subject after a fronted clause", "Unless there is a strong showing in Sindh, strategists think that at least two candidates will move on.", nil,
			[]want{{"statement", "", "strategists", "think", "that at least two candidates will move on", "", false}}},
		{"a base form after a time on its subject", "Flood victims today argue that the relief came late.", nil,
			[]want{{"statement", "", "Flood victims today", "argue", "that the relief came late", "", false}}},
		{"a title-case headline", "Bugti Just Slams Chaudhry Over Road Closures", []actor{bugti, chaudhry},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "Just Slams", "Chaudhry Over Road Closures", "Talal Chaudhry", false}}},
		{"a title-case headline with an irregular past", "Bugti Just Said Something Unexpected About the Roads", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "Just Said", "Something Unexpected About the Roads", "", false}}},
		{"no claim: a passive in a title-case headline", "Debris From the Jet Found Near the Coast", nil, nil},
		{"a base form after a poll share", "Some 12 percent support the new plan.", nil,
			[]want{{"support", "", "Some 12 percent", "support", "the new plan", "", false}}},
		{"no claim: plural nouns after a name", "The Baloch states and the Punjab claims were both rejected by the court.", nil, nil},
		{"no claim: a modifier name", "He read the Bugti notes.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestParticipleAsides checks a participial phrase set off after its
// subject, pronouns for people as subjects, and the shares a poll
// reports as thinkers.
func TestParticipleAsides(t *testing.T) {
	tests := []formCase{
		{"a participle between the subject and the verb", "Bugti, recalling the floods of 2022, described the roads as a lifeline.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "recalling", "the floods of 2022", "", false},
				{"statement", "Sarfraz Bugti", "Bugti, recalling the floods of 2022,", "described", "the roads as a lifeline", "", false},
			}},
		{"a participle after a dash", "Chaudhry spoke at length — saying the border would stay shut.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "saying", "the border would stay shut", "", false}}},
		{"no claim: where someone wrote", "Bugti, writing in a local paper, described the roads as a lifeline.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, writing in a local paper,", "described", "the roads as a lifeline", "", false}}},
		{"no claim: a stretch of time", "Eight years, citing the same figures, is a long time.", nil, nil},
		{"those with a participle", "Those supporting the closure were few.", nil,
			[]want{{"support", "", "Those", "supporting", "the closure", "", false}}},
		{"a share of a poll thinks", "Some 40 percent believe the roads are safe.", nil,
			[]want{{"statement", "", "Some 40 percent", "believe", "the roads are safe", "", false}}},
	}
	runForms(t, tests)
}

// TestPollCitations checks polls cited with "in" and the dates and
// participles that describe them, and that a poll speaks for the shares
// of its respondents.
func TestPollCitations(t *testing.T) {
	tests := []formCase{
		{"a participle after the poll", "In a Gallup poll released Monday, 31% of residents said they felt safe.", nil,
			[]want{{"statement", "", "a Gallup poll released Monday", "In", "31% of residents said they felt safe", "", false}}},
		{"a date after the poll", "Bugti led by 12 points in a Gallup poll Jan. 17-23.", []actor{bugti},
			[]want{{"statement", "", "a Gallup poll Jan. 17-23", "in", "Bugti led by 12 points", "", false}}},
		{"a time after the poll", "In a Gallup poll last month, Bugti had a narrow lead.", []actor{bugti},
			[]want{{"statement", "", "a Gallup poll last month", "In", "Bugti had a narrow lead", "", false}}},
		{"a share said it, in a poll after", "Sixty percent of residents said the roads were unsafe in a Gallup poll this month.", nil,
			[]want{{"statement", "", "a Gallup poll this month", "in", "Sixty percent of residents said the roads were unsafe", "", false}}},
		{"a long poll name", "In the most recent Gallup/Economist survey, 71 percent of voters approved of the plan.", nil,
			[]want{{"statement", "", "the most recent Gallup/Economist survey", "In", "71 percent of voters approved of the plan", "", false}}},
		{"no claim: a standing in the polls", "Bugti has slipped in the polls.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestContentAdverbials checks where the content starts and ends around
// the cue's own adverbials: a quotation after a colon, the occasion of the
// speech and the time of an act, and the times that belong to the content.
func TestContentAdverbials(t *testing.T) {
	tests := []formCase{
		{"a quotation after a colon", "Bugti answered the question with a smile: “The roads are open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "answered", "“The roads are open.”", "", true}}},
		{"a that-clause keeps its colon", "Bugti said that residents had two choices: “Stay or leave.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that residents had two choices: “Stay or leave.”", "", true}}},
		{"the occasion of the speech", "Bugti called for an inquiry into the collapse at a rally in Quetta on Monday night.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called for", "an inquiry into the collapse", "", false}}},
		{"an interview after a clause", "Chaudhry said the roads would stay shut in an interview with Geo News.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "the roads would stay shut", "", false}}},
		{"the time of an act", "Bugti endorsed Chaudhry last week.", []actor{bugti, chaudhry},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "endorsed", "Chaudhry", "Talal Chaudhry", false}}},
		{"a clause keeps its time", "Bugti said he would visit Quetta on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "he would visit Quetta on Monday", "", false}}},
		{"a name with a weekday stays", "Bugti predicted a win on Super Tuesday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "predicted", "a win on Super Tuesday", "", false}}},
	}
	runForms(t, tests)
}

// TestContentBreaks checks two ends of a content: a semicolon and a
// participial cue right after a closing quotation mark.
func TestContentBreaks(t *testing.T) {
	tests := []formCase{
		{"a semicolon", "Bugti said the roads were open; the schools stayed shut.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads were open", "", false}}},
		{"a participle after a closing mark", "Chaudhry said the fears were ''overblown,'' adding that the border would reopen.", []actor{chaudhry},
			[]want{
				{"statement", "Talal Chaudhry", "Chaudhry", "said", "the fears were ''overblown,''", "", true},
				{"statement", "Talal Chaudhry", "Chaudhry", "adding", "that the border would reopen", "", false},
			}},
	}
	runForms(t, tests)
}

// TestSubjectSpans checks the extent of subjects: nouns joined by "and"
// that open the clause, words that approximate or focus a subject, and a
// particle that opens a surname.
func TestSubjectSpans(t *testing.T) {
	tests := []formCase{
		{"common nouns joined", "Union members and leaders say the strike will go on.", nil,
			[]want{{"statement", "leaders", "Union members and leaders", "say", "the strike will go on", "", false}}},
		{"a name and others", "Bugti and others said the roads must reopen.", []actor{bugti},
			[]want{{"statement", "", "Bugti and others", "said", "the roads must reopen", "", false}}},
		{"no widening inside a prepositional phrase", "In a photo and a letter, Bugti said the roads must reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads must reopen", "", false}}},
		{"an approximation", "At least 200 residents said they had left.", nil,
			[]want{{"statement", "residents", "At least 200 residents", "said", "they had left", "", false}}},
		{"an approximating word", "Almost half say the roads are unsafe.", nil,
			[]want{{"statement", "", "Almost half", "say", "the roads are unsafe", "", false}}},
		{"a focus particle stays out", "Even officials in Quetta say the roads are unsafe.", nil,
			[]want{{"statement", "officials", "officials in Quetta", "say", "the roads are unsafe", "", false}}},
		{"a particle opening a surname", "“We are ready,” de Villiers said.", []actor{{name: "Anton de Villiers", kind: "person", names: []string{"de Villiers"}}},
			[]want{{"statement", "Anton de Villiers", "de Villiers", "said", "“We are ready,”", "", true}}},
	}
	runForms(t, tests)
}

// TestTimesBeforeTheVerb checks times between a subject and its verb, and
// a subject with an apposition before a cue whose object could be read as
// an inverted speaker.
func TestTimesBeforeTheVerb(t *testing.T) {
	tests := []formCase{
		{"in the past, after a relative", "The traders met Bugti, who in the past has opposed the tolls.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "who", "has opposed", "the tolls", "", false}}},
		{"in the past week, after a relative", "The traders met Bugti, who in the past week has opposed the tolls.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "who", "has opposed", "the tolls", "", false}}},
		{"over the past few months", "The traders have over the past few months argued that the tolls are too high.", nil,
			[]want{{"statement", "traders", "The traders", "argued", "that the tolls are too high", "", false}}},
		{"earlier in the day", "Chaudhry earlier in the day touted the new roads.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "touted", "the new roads", "", false}}},
		{"in recent weeks, after the auxiliary", "The traders have in recent weeks said the roads would reopen.", nil,
			[]want{{"statement", "traders", "The traders", "said", "the roads would reopen", "", false}}},
		{"this past week", "Bugti, the chief minister, this past week announced a new inquiry.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, the chief minister,", "announced", "a new inquiry", "", false}}},
		{"two weeks ago", "Chaudhry two weeks ago said the border would reopen.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "the border would reopen", "", false}}},
		{"an inverted speaker after a clause stays", "The roads will reopen soon, said the chief minister.", nil,
			[]want{{"statement", "", "the chief minister", "said", "The roads will reopen soon", "", false}}},
	}
	runForms(t, tests)
}

// TestPastFormsAndAskedSubjects checks past forms of cue verbs the tagger
// reads as nouns after a common noun or before a preposition, and people
// asked by someone the article does not name.
func TestPastFormsAndAskedSubjects(t *testing.T) {
	tests := []formCase{
		{"a past form after a common noun", "“The roads are open,” one resident wrote.", nil,
			[]want{{"statement", "", "one resident", "wrote", "“The roads are open,”", "", true}}},
		{"a past form before a preposition", "“The roads are open,” Chaudhry wrote in Dawn.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "wrote", "“The roads are open,”", "", true}}},
		{"asked, in the passive", "Bugti was asked about the closures during a briefing.", []actor{bugti},
			[]want{{"statement", "", "", "was asked about", "the closures", "", false}}},
		{"asked to do something", "When asked to confirm the toll, a police spokesman declined.", nil,
			[]want{{"statement", "", "", "asked", "to confirm the toll", "", false}}},
		{"no claim: told in the passive", "Residents were told to leave.", nil, nil},
	}
	runForms(t, tests)
}

// TestViewsCited checks "in X's view" and its kin: the noun is the cue and
// its possessor the source; "in view of" cites no one.
func TestViewsCited(t *testing.T) {
	tests := []formCase{
		{"in their view", "In Bugti's view, the roads must reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti's", "view", "the roads must reopen", "", false}}},
		{"in my view, after the clause", "The roads must reopen soon, in his view.", nil,
			[]want{{"statement", "", "his", "view", "The roads must reopen soon", "", false}}},
		{"no claim: in view of", "In view of the floods, the roads were closed.", nil, nil},
	}
	runForms(t, tests)
}

// TestReceivedNouns checks nouns of saying that the subject faces or
// raises rather than says: the speakers follow "from" when named.
func TestReceivedNouns(t *testing.T) {
	tests := []formCase{
		{"criticism from named critics", "Bugti faced criticism from Chaudhry over the closures.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "criticism", "the closures", "", false}}},
		{"questions with no speaker", "The remarks raised questions about how the inquiry would work.", nil,
			[]want{{"statement", "", "", "questions about", "how the inquiry would work", "", false}}},
		{"criticism over, with no speaker", "Bugti faced criticism over the closures.", []actor{bugti},
			[]want{{"statement", "", "", "criticism over", "the closures", "", false}}},
		{"no claim: nothing said", "The plan drew praise.", nil, nil},
		{"a person raises questions", "Bugti has raised new questions about the tolls.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has raised new questions about", "the tolls", "", false}}},
		{"a name inside the speaker's relative clause is not the speaker", "Traders who met Bugti raised concerns about the closures.", []actor{bugti},
			[]want{{"statement", "Traders", "Traders who met Bugti", "raised concerns about", "the closures", "", false}}},
		{"a relative raises concerns", "Chaudhry met traders who raised concerns about the closures.", []actor{chaudhry},
			[]want{
				{"statement", "traders", "who", "raised concerns about", "the closures", "", false},
			}},
		{"doubts, raised after a comma", "Chaudhry spoke on Monday, raising doubts over whether the roads would reopen.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "raising doubts over", "whether the roads would reopen", "", false}}},
		{"a document raises questions and asks none", "The documents raised new questions about the tolls.", nil,
			[]want{{"statement", "", "", "questions about", "the tolls", "", false}}},
	}
	runForms(t, tests)
}

// TestMouthpiecesAndGovernments checks speakers that speak for another
// actor ("his spokesman", "the minister's office") and governments named
// with their country or ruling group, against an actor that goes by
// "government" alone.
func TestMouthpiecesAndGovernments(t *testing.T) {
	guterres := actor{name: "António Guterres", kind: "person", titles: []string{"Secretary-General"}}
	mujahid := actor{name: "Zabihullah Mujahid", kind: "person", titles: []string{"spokesman"}, affiliation: "Taliban"}
	talibanGroup := actor{name: "Taliban", kind: "armed_group"}
	khan := actor{name: "Ahmad Khan", kind: "person", titles: []string{"spokesman"}, affiliation: "Pakistani Taliban"}
	afghanistan := actor{name: "Afghanistan", kind: "state", names: []string{"Kabul"}}
	pakGov := actor{name: "Pakistan", kind: "state", names: []string{"government"}}
	tests := []formCase{
		{"a pronoun's spokesman is not another spokesman",
			"Zabihullah Mujahid, the Taliban spokesman, spoke first. António Guterres condemned the violence, his spokesman said.",
			[]actor{mujahid, talibanGroup, guterres},
			[]want{
				{"condemnation", "António Guterres", "António Guterres", "condemned", "the violence", "", false},
				{"statement", "António Guterres", "his spokesman", "said", "António Guterres condemned the violence", "", false},
			}},
		{"a group's spokesman the article named",
			"Ahmad Khan is a spokesman for the Pakistani Taliban. Later, the Pakistani Taliban’s spokesman said the fighters had withdrawn.",
			[]actor{khan, taliban},
			[]want{{"statement", "Ahmad Khan", "the Pakistani Taliban’s spokesman", "said", "the fighters had withdrawn", "", false}}},
		{"an office speaks for its minister",
			"Talal Chaudhry visited Quetta. The interior minister’s office said the visit would last two days.",
			[]actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "The interior minister’s office", "said", "the visit would last two days", "", false}}},
		{"a country's government",
			"The government blamed Kabul. Afghanistan’s Taliban government rejected the accusation.",
			[]actor{pakGov, afghanistan, talibanGroup},
			[]want{
				{"accusation", "Pakistan", "The government", "blamed", "Kabul", "Afghanistan", false},
				{"denial", "Afghanistan", "Afghanistan’s Taliban government", "rejected", "the accusation", "", false},
			}},
		{"a ruling group's administration",
			"The government accused the Taliban. The Taliban administration denied the charge.",
			[]actor{pakGov, talibanGroup},
			[]want{
				{"accusation", "Pakistan", "The government", "accused", "the Taliban", "Taliban", false},
				{"denial", "Taliban", "The Taliban administration", "denied", "the charge", "", false},
			}},
	}
	runForms(t, tests)
}

// TestGlossesAndMedia checks the ends of contents: the writer's gloss on
// what was said ("…, a figure the army did not confirm") and the medium
// of a claim with how it went out ("in a message sent to journalists").
func TestGlossesAndMedia(t *testing.T) {
	tests := []formCase{
		{"a figure glossed", "The BLA said its fighters had killed 20 soldiers, a figure the army did not confirm.",
			[]actor{bla},
			[]want{
				{"responsibility", "Balochistan Liberation Army", "The BLA", "said", "its fighters had killed 20 soldiers", "", false},
				{"statement", "", "the army", "did not confirm", "its fighters had killed 20 soldiers", "", false},
			}},
		{"a claim glossed with an adjective", "The group said it had seized the post, a dubious claim that could not be verified.",
			nil,
			[]want{{"statement", "", "The group", "said", "it had seized the post", "", false}}},
		{"a list is no gloss", "Shah said the flood brought a long delay, a criminal charge and a lawsuit.",
			nil,
			[]want{{"statement", "", "Shah", "said", "the flood brought a long delay, a criminal charge and a lawsuit", "", false}}},
		{"a medium sent to journalists", "The BLA claimed responsibility for the attack in a message sent to journalists.",
			[]actor{bla},
			[]want{{"responsibility", "Balochistan Liberation Army", "The BLA", "claimed responsibility", "the attack", "", false}}},
		{"a medium posted online", "The BLA backed the strike in a short video posted on Telegram.",
			[]actor{bla},
			[]want{{"support", "Balochistan Liberation Army", "The BLA", "backed", "the strike", "", false}}},
		{"a medium whose phrase has its own verb stays", "The BLA backed the strike in a video that showed the camp.",
			[]actor{bla},
			[]want{{"support", "Balochistan Liberation Army", "The BLA", "backed", "the strike in a video that showed the camp", "", false}}},
	}
	runForms(t, tests)
}

// TestConnectivesAndNextActs checks two edges of a content: a connective
// that opens the sentence before a content the cue follows ("Still, …,
// officials said") is the writer's, and so is the speaker's next act
// after an object ("called the situation fragile and appealed …").
func TestConnectivesAndNextActs(t *testing.T) {
	tests := []formCase{
		{"a connective adverb", "Still, the road to Quetta stayed closed, officials said.", nil,
			[]want{{"statement", "officials", "officials", "said", "the road to Quetta stayed closed", "", false}}},
		{"a connective of two words", "In fact, the toll was higher, according to the BLA.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "the BLA", "according to", "the toll was higher", "", false}}},
		{"a connective with a verb in it", "What's more, the road to Quetta stayed closed, officials said.", nil,
			[]want{{"statement", "officials", "officials", "said", "the road to Quetta stayed closed", "", false}}},
		{"a connective of three words", "As a result, the toll was higher, according to the BLA.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "the BLA", "according to", "the toll was higher", "", false}}},
		{"a separate incident", "In a separate incident, a mortar round hit a house, according to the BLA.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "the BLA", "according to", "a mortar round hit a house", "", false}}},
		{"a phrase with despite", "Despite the curfew, crowds gathered in Quetta, the BLA said.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "the BLA", "said", "crowds gathered in Quetta", "", false}}},
		{"a time phrase that goes on stays", "For 14 years, and 20 in all, the road has flooded, the BLA said.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "the BLA", "said", "For 14 years, and 20 in all, the road has flooded", "", false}}},
		{"a place phrase stays", "In Quetta, the road stayed closed, officials said.", nil,
			[]want{{"statement", "officials", "officials", "said", "In Quetta, the road stayed closed", "", false}}},
		{"the speaker's next act", "Sarfraz Bugti called the situation “extremely fragile” and appealed for calm.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Sarfraz Bugti", "called", "the situation “extremely fragile”", "", true},
				{"statement", "Sarfraz Bugti", "Sarfraz Bugti", "appealed for", "calm", "", false},
			}},
		{"a clause keeps its second verb", "Bugti said that the army shows “great restraint” and protects the roads.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the army shows “great restraint” and protects the roads", "", true}}},
		{"a hedge keeps its second verb", "The convoy appeared to slow down and turned back.", nil,
			[]want{{"statement", "", "", "appeared", "The convoy appeared to slow down and turned back", "", false}}},
	}
	runForms(t, tests)
}

// TestConflictReports checks forms common in reports from conflicts: a
// clause of the writer's after an inverted cue, a gerund subject the
// tagger reads as a participle, a relative clause with a gap, speakers
// introduced with "a", and dismissals.
func TestConflictReports(t *testing.T) {
	rsf := actor{name: "Rapid Support Forces", kind: "armed_group", names: []string{"RSF"}}
	msf := actor{name: "Médecins Sans Frontières", kind: "organization", names: []string{"MSF"}}
	army := actor{name: "Sudan military", kind: "security_force", names: []string{"army"}}
	tests := []formCase{
		{"the writer's clause after an inverted cue",
			"Shelling killed 34 civilians in the city on Thursday, officials said, as fighting intensified.", nil,
			[]want{{"statement", "officials", "officials", "said", "Shelling killed 34 civilians in the city on Thursday", "", false}}},
		{"a fronted time before an inverted cue keeps the clause after it",
			"In the early 1990s, Bugti said, when he was a clerk, the road flooded every year.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "In the early 1990s, Bugti said, when he was a clerk, the road flooded every year", "", false}}},
		{"a relative clause with a gap",
			"The hospital it supports in the city received 71 wounded people, MSF said.", []actor{msf},
			[]want{{"statement", "Médecins Sans Frontières", "MSF", "said", "The hospital it supports in the city received 71 wounded people", "", false}}},
		{"a description with a gap keeps its claim",
			"The United States condemned what it described as indiscriminate attacks.", []actor{usa},
			[]want{
				{"condemnation", "United States", "The United States", "condemned", "what it described as indiscriminate attacks", "", false},
				{"statement", "United States", "it", "described", "as indiscriminate attacks", "", false},
			}},
		{"a speaker introduced with a is no actor named before",
			"The RSF shelled the camp. At least 34 civilians were killed, a local aid group said.", []actor{rsf},
			[]want{{"statement", "", "a local aid group", "said", "At least 34 civilians were killed", "", false}}},
		{"a spokesperson for a body",
			"A spokesperson for Médecins Sans Frontières (MSF) said 71 wounded people had arrived.", []actor{army, msf},
			[]want{{"statement", "Médecins Sans Frontières", "A spokesperson for Médecins Sans Frontières (MSF)", "said", "71 wounded people had arrived", "", false}}},
		{"a force's spokesman",
			"The army moved north. A military spokesman said the road was open.", []actor{army},
			[]want{{"statement", "Sudan military", "A military spokesman", "said", "the road was open", "", false}}},
		{"a name set off after a speaker introduced with an",
			"An army spokesman, Brigadier General Osman Hamid, said the strike was a crime.",
			[]actor{army, {name: "Osman Hamid", kind: "person", titles: []string{"spokesman"}}},
			[]want{{"statement", "Osman Hamid", "An army spokesman, Brigadier General Osman Hamid,", "said", "the strike was a crime", "", false}}},
		{"an apposition with an describes the name before it",
			"A figure came from the Doctors Network, an independent medical group, which said 41 people died.",
			[]actor{rsf, {name: "Doctors Network", kind: "organization"}},
			[]want{{"statement", "Doctors Network", "which", "said", "41 people died", "", false}}},
		{"a police official is not the army",
			"The army moved north. A local police official said the road was open.", []actor{army},
			[]want{{"statement", "", "A local police official", "said", "the road was open", "", false}}},
		{"a danger threatens, no one threatens it",
			"Officials warned that the attacks threatened international shipping.", nil,
			[]want{{"statement", "Officials", "Officials", "warned", "that the attacks threatened international shipping", "", false}}},
		{"a person threatens",
			"Bugti threatened to resign over the delays.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "threatened", "to resign over the delays", "", false}}},
		{"a dismissal as baseless",
			"The RSF dismissed the findings as baseless.", []actor{rsf},
			[]want{{"denial", "Rapid Support Forces", "The RSF", "dismissed", "the findings as baseless", "", false}}},
		{"a dismissal of criticism",
			"The ministry dismissed the criticism as interference.", nil,
			[]want{{"denial", "", "The ministry", "dismissed", "the criticism as interference", "", false}}},
	}
	runForms(t, tests)
}

// TestNoClaimAndPlatforms checks responsibility that no one claimed, a
// relative clause on the subject of a clause with no "that", and
// platforms after a medium.
func TestNoClaimAndPlatforms(t *testing.T) {
	ttp := actor{name: "Tehreek-e-Taliban Pakistan", kind: "armed_group", names: []string{"TTP"}}
	tests := []formCase{
		{"no group claimed responsibility", "No group claimed responsibility for the attack.", nil, nil},
		{"no one has claimed responsibility", "No one has claimed responsibility for the blast.", nil, nil},
		{"a group that did not claim responsibility", "The TTP did not claim responsibility for the attack.", []actor{ttp}, nil},
		{"a denial of responsibility stays", "The TTP denied responsibility for the attack.", []actor{ttp},
			[]want{{"denial", "Tehreek-e-Taliban Pakistan", "The TTP", "denied", "responsibility for the attack", "", false}}},
		{"a subject with no after another verb stays", "Neither company would comment on the reports.", nil,
			[]want{{"statement", "", "Neither company", "would comment on", "the reports", "", false}}},
		{"a relative on a clause's subject", "Police spokesman Yazid Abubakar said the attackers, whom residents knew well, arrived at 11 p.m.", nil,
			[]want{{"statement", "", "Police spokesman Yazid Abubakar", "said", "the attackers, whom residents knew well, arrived at 11 p.m.", "", false}}},
		{"a post on X", "The state government said in a post on X that security had been reinforced.", nil,
			[]want{{"statement", "state government", "The state government", "said in a post on X", "that security had been reinforced", "", false}}},
		{"a statement on Telegram", "The TTP said in a statement on Telegram that it had seized the post.", []actor{ttp},
			[]want{{"statement", "Tehreek-e-Taliban Pakistan", "The TTP", "said in a statement on Telegram", "that it had seized the post", "", false}}},
		{"a platform of two words", "Bugti wrote on Truth Social that the road was closed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "wrote on Truth Social", "that the road was closed", "", false}}},
		{"a name ending in X is no platform", "Malcolm X said in a speech that the fight went on.", nil,
			[]want{{"statement", "", "Malcolm X", "said in a speech", "that the fight went on", "", false}}},
	}
	runForms(t, tests)
}

// TestResponsibilityTaken checks responsibility taken or accepted rather
// than claimed, and a junta as a government.
func TestResponsibilityTaken(t *testing.T) {
	hezbollah := actor{name: "Hezbollah", kind: "armed_group"}
	arakan := actor{name: "Arakan Army", kind: "armed_group"}
	tests := []formCase{
		{"took responsibility", "Hezbollah fired rockets. The group took responsibility for the attack in a short statement.", []actor{hezbollah},
			[]want{{"responsibility", "Hezbollah", "The group", "took responsibility", "the attack", "", false}}},
		{"has taken responsibility", "Hezbollah has taken responsibility for the rocket fire.", []actor{hezbollah},
			[]want{{"responsibility", "Hezbollah", "Hezbollah", "has taken responsibility", "the rocket fire", "", false}}},
		{"accepted full responsibility", "The ministry accepted full responsibility for the error.", nil,
			[]want{{"responsibility", "", "The ministry", "accepted full responsibility", "the error", "", false}}},
		{"did not take responsibility", "Hezbollah did not take responsibility for the blast.", []actor{hezbollah}, nil},
		{"a junta is a government, not the group it blames", "The ruling junta blamed the Arakan Army for the attack.", []actor{arakan},
			[]want{{"accusation", "", "The ruling junta", "blamed", "the Arakan Army for the attack", "Arakan Army", false}}},
	}
	runForms(t, tests)
}

// TestResponsibilitySaid checks claims of responsibility made by saying
// what the group did: past an adverbial after the cue, with "had", with
// "the group" or "its fighters" as the subject, and "admitted carrying
// out"; and statements that only look like them.
func TestResponsibilitySaid(t *testing.T) {
	houthis := actor{name: "Houthis", kind: "armed_group", names: []string{"Houthi"}}
	tests := []formCase{
		{"a time before the clause", "The Houthis said on Sunday they had targeted a vessel in the Red Sea.", []actor{houthis},
			[]want{{"responsibility", "Houthis", "The Houthis", "said", "they had targeted a vessel in the Red Sea", "", false}}},
		{"the group as the subject", "A Houthi spokesman said in a televised address that the group had carried out the operation.", []actor{houthis},
			[]want{{"responsibility", "Houthis", "A Houthi spokesman", "said", "that the group had carried out the operation", "", false}}},
		{"admitted carrying out", "The Houthis later admitted carrying out a second attack.", []actor{houthis},
			[]want{{"responsibility", "Houthis", "The Houthis", "later admitted", "carrying out a second attack", "", false}}},
		{"what happened to the group is a statement", "The Houthis said they had been attacked twice.", []actor{houthis},
			[]want{{"statement", "Houthis", "The Houthis", "said", "they had been attacked twice", "", false}}},
		{"another verb is a statement", "The Houthis said their fighters had withdrawn.", []actor{houthis},
			[]want{{"statement", "Houthis", "The Houthis", "said", "their fighters had withdrawn", "", false}}},
	}
	runForms(t, tests)
}

// TestUrgedThings checks a verb of telling whose object is a thing, not
// someone told: "urged restraint" has the content "restraint".
func TestUrgedThings(t *testing.T) {
	tests := []formCase{
		{"a thing urged before a second verb", "Bugti urged restraint and warned that the roads were unsafe.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "urged", "restraint", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "warned", "that the roads were unsafe", "", false},
			}},
		{"a thing urged at the end", "The envoy urged calm.", nil,
			[]want{{"statement", "", "The envoy", "urged", "calm", "", false}}},
		{"someone urged to act stays in the content", "Bugti urged voters to turn out.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "urged", "voters to turn out", "", false}}},
		{"someone warned is no content", "The minister warned reporters.", nil,
			[]want{{"statement", "", "The minister", "warned", "", "", false}}},
	}
	runForms(t, tests)
}

// TestChargesAnswered checks a denial that answers a claim named by a
// noun after a comma: its speaker is the name, and its content the clause
// the claim glosses.
func TestChargesAnswered(t *testing.T) {
	iran := actor{name: "Iran", kind: "state", names: []string{"Tehran"}}
	tests := []formCase{
		{"a charge the name denies", "Washington accused Iran of arming the rebels, a charge Tehran denies.", []actor{usa, iran},
			[]want{
				{"accusation", "", "Washington", "accused", "Iran of arming the rebels", "Iran", false},
				{"denial", "Iran", "Tehran", "denies", "Washington accused Iran of arming the rebels", "", false},
			}},
		{"an allegation a described name has rejected, with a time after it",
			"Bugti accused the rebels of recruiting minors, an allegation the BLA has rejected in the past.", []actor{bugti, bla},
			[]want{
				{"accusation", "Sarfraz Bugti", "Bugti", "accused", "the rebels of recruiting minors", "", false},
				{"denial", "Balochistan Liberation Army", "the BLA", "has rejected", "Bugti accused the rebels of recruiting minors", "", false},
			}},
		{"an allegation the name rejects", "The army blamed India for the attack, an allegation India rejects.", []actor{india},
			[]want{
				{"accusation", "", "The army", "blamed", "India for the attack", "India", false},
				{"denial", "India", "India", "rejects", "The army blamed India for the attack", "", false},
			}},
	}
	runForms(t, tests)
}

// TestTollsPut checks a figure someone puts a count at: "put the death
// toll at 40" is a claim; "put it bluntly" is not.
func TestTollsPut(t *testing.T) {
	tests := []formCase{
		{"a toll put at a figure", "Officials put the death toll at 40.", nil,
			[]want{{"statement", "Officials", "Officials", "put", "the death toll at 40", "", false}}},
		{"a number put at a figure", "The BLA put the number of displaced people at more than 2,000.", []actor{bla},
			[]want{{"statement", "Balochistan Liberation Army", "The BLA", "put", "the number of displaced people at more than 2,000", "", false}}},
		{"a toll put higher", "Bugti put the death toll higher, saying 23 bodies had been found.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "put", "the death toll higher", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "saying", "23 bodies had been found", "", false},
			}},
		{"put with no count", "Bugti put the plan on hold.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestQuotedAsSaying checks the speaker a report quotes ("IRNA quoted
// the minister as saying …", "Bugti was quoted as saying …") and a
// medium with how it went out before "that" ("said in a statement
// carried by the official news agency that …").
func TestQuotedAsSaying(t *testing.T) {
	tests := []formCase{
		{"a report quotes a speaker", "Reuters quoted a police official as saying 12 people had died.", nil,
			[]want{
				{"statement", "", "Reuters", "quoted", "a police official as saying 12 people had died", "", false},
				{"statement", "", "a police official", "as saying", "12 people had died", "", false},
			}},
		{"a speaker was quoted", "Bugti was quoted as saying the operation would continue.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "was quoted as saying", "the operation would continue", "", false}}},
		{"quoted with no saying", "The report quoted several officials.", nil,
			[]want{{"statement", "", "The report", "quoted", "several officials", "", false}}},
		{"a statement carried by an agency", "The ministry said in a statement carried by the official news agency that it condemned the attack.", nil,
			[]want{
				{"statement", "", "The ministry", "said in a statement", "that it condemned the attack", "", false},
				{"condemnation", "", "it", "condemned", "the attack", "", false},
			}},
		{"a commentary", "KCNA said in a commentary that the drills were a rehearsal.", nil,
			[]want{{"statement", "", "KCNA", "said in a commentary", "that the drills were a rehearsal", "", false}}},
	}
	runForms(t, tests)
}

// TestAnonymityAsked checks that asking not to be named is no claim.
func TestAnonymityAsked(t *testing.T) {
	tests := []formCase{
		{"requesting anonymity", "A senior security official, requesting anonymity, told reporters that 14 militants had been killed.", nil,
			[]want{{"statement", "", "A senior security official, requesting anonymity,", "told", "that 14 militants had been killed", "", false}}},
		{"asked not to be named", "The source asked not to be named.", nil, nil},
		{"anonymity demanded for others stays", "Bugti demanded anonymity for the witnesses.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "demanded", "anonymity for the witnesses", "", false}}},
	}
	runForms(t, tests)
}

// TestPronounsInRelatives checks "it" and "they" speaking in a relative
// clause inside what the sentence's speaker said: they are that speaker,
// not the nearest name.
func TestPronounsInRelatives(t *testing.T) {
	army := actor{name: "Pakistan military", kind: "security_force", names: []string{"army"}}
	arakan := actor{name: "Arakan Army", kind: "armed_group"}
	tests := []formCase{
		{"the sentence's speaker", "The army blamed the BLA for an attack that it said killed seven officers.", []actor{army, bla},
			[]want{
				{"accusation", "Pakistan military", "The army", "blamed", "the BLA for an attack that it said killed seven officers", "Balochistan Liberation Army", false},
				{"statement", "Pakistan military", "it", "said", "killed seven officers", "", false},
			}},
		{"a speaker no actor names", "The ruling junta blamed the Arakan Army for an attack that it said killed seven officers.", []actor{arakan},
			[]want{
				{"accusation", "", "The ruling junta", "blamed", "the Arakan Army for an attack that it said killed seven officers", "Arakan Army", false},
				{"statement", "", "it", "said", "killed seven officers", "", false},
			}},
		{"one person is not it", "Bugti blamed the BLA for an attack that it said was revenge.", []actor{bugti, bla},
			[]want{
				{"accusation", "Sarfraz Bugti", "Bugti", "blamed", "the BLA for an attack that it said was revenge", "Balochistan Liberation Army", false},
				{"statement", "Balochistan Liberation Army", "it", "said", "was revenge", "", false},
			}},
	}
	runForms(t, tests)
}

// TestWritersPhraseAfterInvertedCue checks that a phrase of the writer's
// after an inverted cue ("…, X said in a report released on Wednesday",
// "…, medics and residents said, in one of the deadliest attacks …") is
// not taken for what was said, and that a dateline is left out of it.
func TestWritersPhraseAfterInvertedCue(t *testing.T) {
	tests := []formCase{
		{"a medium with its participle", "Police killed at least 37 people last month, Amnesty International said in a report released on Wednesday.", nil,
			[]want{{"statement", "", "Amnesty International", "said", "Police killed at least 37 people last month", "", false}}},
		{"a long phrase after joined speakers", "At least 28 people were killed when shells hit a market on Sunday, medics and residents said, in one of the deadliest attacks on the city in months.", nil,
			[]want{{"statement", "residents", "medics and residents", "said", "At least 28 people were killed when shells hit a market on Sunday", "", false}}},
		{"a dateline with its date", "KABUL, Oct. 9 (Reuters) - The death toll rose to more than 1,200 on Monday, the disaster ministry said.", nil,
			[]want{{"statement", "disaster ministry", "the disaster ministry", "said", "The death toll rose to more than 1,200 on Monday", "", false}}},
		{"a finite clause after the medium stays", "The ministry said in a statement the attackers fled on Monday.", nil,
			[]want{{"statement", "", "The ministry", "said in a statement", "the attackers fled on Monday", "", false}}},
		{"a coordinated title in an apposition", "Anthony Anton, president and CEO of the association, stated, “It is a math problem.”", nil,
			[]want{{"statement", "", "Anthony Anton, president and CEO of the association,", "stated", "“It is a math problem.”", "", true}}},
	}
	runForms(t, tests)
}

// TestSpeakersInTheirPlace checks speakers whose phrase names more than
// who speaks: a place after the body ("the Russian embassy in Warsaw"), a
// body a title serves ("The U.N. envoy for Sudan, X"), a participle set
// off after the name ("Rutte, asked about …, said"), a country's
// government or office the article names no state for, and "the group"
// after an armed group named since an apposition described another.
func TestSpeakersInTheirPlace(t *testing.T) {
	poland := actor{name: "Poland", kind: "state", names: []string{"Warsaw"}, country: "PL"}
	embassy := actor{name: "Russian embassy", kind: "organization"}
	us := actor{name: "United States", kind: "state", names: []string{"Washington"}, country: "US"}
	israel := actor{name: "Israel", kind: "state", country: "IL"}
	rutte := actor{name: "Mark Rutte", kind: "person", titles: []string{"Secretary-General"}}
	lamamra := actor{name: "Ramtane Lamamra", kind: "person"}
	network := actor{name: "Doctors Network", kind: "organization"}
	rsf := actor{name: "Rapid Support Forces", kind: "armed_group", names: []string{"RSF"}}
	tests := []formCase{
		{"a body in a place", "Warsaw blamed Moscow. The Russian embassy in Warsaw dismissed the accusation as fantasy.", []actor{poland, embassy},
			[]want{
				{"accusation", "Poland", "Warsaw", "blamed", "Moscow", "", false},
				{"denial", "Russian embassy", "The Russian embassy in Warsaw", "dismissed", "the accusation as fantasy", "", false},
			}},
		{"the place alone still speaks", "Officials in Warsaw said the pipes were old.", []actor{poland},
			[]want{{"statement", "Poland", "Officials in Warsaw", "said", "the pipes were old", "", false}}},
		{"a participle set off after the name", "NATO chief Mark Rutte, asked about the attacks at a news conference, said the alliance stood with Poland.", []actor{rutte},
			[]want{
				{"statement", "", "", "asked about", "the attacks", "", false},
				{"statement", "Mark Rutte", "NATO chief Mark Rutte, asked about the attacks at a news conference,", "said", "the alliance stood with Poland", "", false},
			}},
		{"the body a title serves", "The U.N. envoy for Sudan, Ramtane Lamamra, said he was appalled.", []actor{lamamra},
			[]want{{"statement", "Ramtane Lamamra", "The U.N. envoy for Sudan, Ramtane Lamamra,", "said", "he was appalled", "", false}}},
		{"another country's government", "Sudan's army-aligned government condemned the shelling. The United States urged talks.", []actor{us},
			[]want{
				{"condemnation", "Sudan's army-aligned government", "Sudan's army-aligned government", "condemned", "the shelling", "", false},
				{"statement", "United States", "The United States", "urged", "talks", "", false},
			}},
		{"an office whose owner is a country's", "Israel struck Rafah. The Israeli prime minister's office rejected that account.", []actor{israel},
			[]want{{"denial", "Israel", "The Israeli prime minister's office", "rejected", "that account", "", false}}},
		{"the group after an armed group named since", "The Doctors Network, a medical group, counted 28 dead. Washington said the RSF committed genocide, a finding the group rejects.", []actor{network, rsf, us},
			[]want{
				{"statement", "United States", "Washington", "said", "the RSF committed genocide", "", false},
				{"denial", "Rapid Support Forces", "the group", "rejects", "the RSF committed genocide", "", false},
			}},
		{"what a claim in the glossed clause said", "Israel says Hamas diverts supplies, a charge the group rejects.", []actor{israel, {name: "Hamas", kind: "armed_group"}},
			[]want{
				{"statement", "Israel", "Israel", "says", "Hamas diverts supplies", "", false},
				{"denial", "Hamas", "the group", "rejects", "Hamas diverts supplies", "", false},
			}},
		{"what a verb's that-clause said", "The court found that the army had fired on the crowd, a finding the army denies.", nil,
			[]want{
				{"statement", "", "The court", "found", "that the army had fired on the crowd", "", false},
				{"denial", "", "the army", "denies", "the army had fired on the crowd", "", false},
			}},
	}
	runForms(t, tests)
}

// TestAppealsPleasAndPronouns checks an appeal as a request, a plea of not
// guilty as a denial, "the company" and a part of it as the company that
// spoke last, "he" after a speaker no actor names, and a quotation that
// runs on to a cue of its own.
func TestAppealsPleasAndPronouns(t *testing.T) {
	microsoft := actor{name: "Microsoft", kind: "organization"}
	gru := actor{name: "GRU", kind: "organization"}
	aiser := actor{name: "Khalid al-Aiser", kind: "person"}
	tests := []formCase{
		{"an appeal to someone to act", "Baradar appealed to donors to release frozen funds.", []actor{{name: "Abdul Ghani Baradar", kind: "person", names: []string{"Baradar"}}},
			[]want{{"statement", "Abdul Ghani Baradar", "Baradar", "appealed to", "donors to release frozen funds", "", false}}},
		{"an appeal for something", "The families appealed for calm.", nil,
			[]want{{"statement", "families", "The families", "appealed for", "calm", "", false}}},
		{"an attraction is no appeal", "The plan appeals to white voters.", nil, nil},
		{"a court appeal is none", "The ministry will appeal the ruling.", nil, nil},
		{"not guilty", "The former minister pleaded not guilty to 14 counts of fraud.", nil,
			[]want{{"denial", "", "The former minister", "pleaded", "not guilty to 14 counts of fraud", "", false}}},
		{"guilty is no denial", "The driver pleaded guilty to two charges.", nil,
			[]want{{"statement", "", "The driver", "pleaded", "guilty to two charges", "", false}}},
		{"the company that spoke", "Microsoft said hackers linked to the GRU were behind the attacks. The company's threat team said the hackers used stolen passwords.", []actor{microsoft, gru},
			[]want{
				{"statement", "Microsoft", "Microsoft", "said", "hackers linked to the GRU were behind the attacks", "", false},
				{"statement", "Microsoft", "The company's threat team", "said", "the hackers used stolen passwords", "", false},
			}},
		{"he after an unnamed speaker", "Khalid al-Aiser condemned the attack. A resident, who asked not to be named, said the shells fell minutes apart. “The first one hit the stalls,” he said.", []actor{aiser},
			[]want{
				{"condemnation", "Khalid al-Aiser", "Khalid al-Aiser", "condemned", "the attack", "", false},
				{"statement", "", "A resident, who asked not to be named,", "said", "the shells fell minutes apart", "", false},
				{"statement", "", "he", "said", "“The first one hit the stalls,”", "", true},
			}},
		{"a quotation that runs on to its own cue", "Khalid al-Aiser said the shells fell minutes apart. “The first one hit the stalls. When people ran to help, the second one came,” he said.", []actor{aiser},
			[]want{
				{"statement", "Khalid al-Aiser", "Khalid al-Aiser", "said", "the shells fell minutes apart", "", false},
				{"statement", "Khalid al-Aiser", "he", "said", "“The first one hit the stalls. When people ran to help, the second one came,”", "", true},
			}},
	}
	runForms(t, tests)
}

// TestSpeakersNextActAfterBut checks that "but" followed by what the
// speaker did next (declined, gave no details, stopped short, did not
// say) ends the content, while a clause going on after "but" stays in it;
// and a toll's figure set off by a comma, and "the agency" for a body
// named an organisation.
func TestSpeakersNextActAfterBut(t *testing.T) {
	rubio := actor{name: "Marco Rubio", kind: "person", names: []string{"Rubio"}}
	who := actor{name: "World Health Organization", kind: "organization"}
	tests := []formCase{
		{"stopped short", "Rubio said Washington was troubled by the loss of life but stopped short of blaming Israel.", []actor{rubio},
			[]want{{"statement", "Marco Rubio", "Rubio", "said", "Washington was troubled by the loss of life", "", false}}},
		{"gave no details", "Police said several suspects were arrested but gave no further details.", nil,
			[]want{{"statement", "", "Police", "said", "several suspects were arrested", "", false}}},
		{"declined, a cue of its own", "The minister said the attackers had been identified but declined to name them.", nil,
			[]want{
				{"statement", "", "The minister", "said", "the attackers had been identified", "", false},
				{"statement", "", "The minister", "declined to name", "them", "", false},
			}},
		{"would not elaborate", "Rubio said talks would resume but would not elaborate.", []actor{rubio},
			[]want{
				{"statement", "Marco Rubio", "Rubio", "said", "talks would resume", "", false},
				{"statement", "Marco Rubio", "Rubio", "would not elaborate", "", "", false},
			}},
		{"a clause goes on after but", "Rubio said the plan was sound but would need more money.", []actor{rubio},
			[]want{{"statement", "Marco Rubio", "Rubio", "said", "the plan was sound but would need more money", "", false}}},
		{"a toll's figure after a comma", "The commission put the death toll higher, at 42, and said 300 people were hurt.", nil,
			[]want{
				{"statement", "", "The commission", "put", "the death toll higher, at 42", "", false},
				{"statement", "", "The commission", "said", "300 people were hurt", "", false},
			}},
		{"the agency", "The World Health Organization gave a lower figure. In its latest update, the agency said 1,023 deaths had been recorded.", []actor{who},
			[]want{{"statement", "World Health Organization", "the agency", "said", "1,023 deaths had been recorded", "", false}}},
	}
	runForms(t, tests)
}

// TestSourcesAndTheirWords checks sources described by what makes them
// sources ("officials familiar with the planning"), a name after a title
// "to" a body, a description learnt only from an apposition (not from the
// end of a phrase that opens the sentence), "they" after a claim of
// people no actor names, the words between a cue and its clause (a
// medium with its participle, a place), a deliberation that is no claim,
// a toll given, a country's government the article names only so, and "a
// spokesman for the group".
func TestSourcesAndTheirWords(t *testing.T) {
	iran := actor{name: "Iran", kind: "state", names: []string{"Tehran"}, country: "IR"}
	council := actor{name: "Security Council", kind: "organization"}
	un := actor{name: "United Nations", kind: "organization", names: []string{"U.N."}}
	nebenzia := actor{name: "Vassily Nebenzia", kind: "person"}
	nug := actor{name: "National Unity Government", kind: "organization"}
	pdf := actor{name: "People's Defence Force", kind: "armed_group"}
	tests := []formCase{
		{"people familiar with something", "The Pentagon is considering sending 5,000 troops, two U.S. officials familiar with the planning said on Wednesday, in response to a threat from militias.", nil,
			[]want{{"statement", "U.S. officials", "two U.S. officials familiar with the planning", "said", "The Pentagon is considering sending 5,000 troops", "", false}}},
		{"a deliberation is no claim", "The party is considering filing an appeal.", nil, nil},
		{"a name after a title to a body", "Russia's ambassador to the U.N., Vassily Nebenzia, said the step was irresponsible.", []actor{un, nebenzia},
			[]want{{"statement", "Vassily Nebenzia", "Russia's ambassador to the U.N., Vassily Nebenzia,", "said", "the step was irresponsible", "", false}}},
		{"no description from an opening phrase, and they", "In a joint letter to the Security Council, the foreign ministers of the three countries said Iran had enriched uranium. They urged Iran to resume cooperation.", []actor{council, iran},
			[]want{
				{"statement", "", "the foreign ministers of the three countries", "said", "Iran had enriched uranium", "", false},
				{"statement", "", "They", "urged", "Iran to resume cooperation", "", false},
			}},
		{"he after a claim whose content names another", "Rafael Grossi said Araqchi had promised access. He added that talks would go on.", []actor{{name: "Rafael Grossi", kind: "person"}, {name: "Abbas Araqchi", kind: "person", names: []string{"Araqchi"}}},
			[]want{
				{"statement", "Rafael Grossi", "Rafael Grossi", "said", "Araqchi had promised access", "", false},
				{"statement", "Abbas Araqchi", "Araqchi", "had promised", "access", "", false},
				{"statement", "Rafael Grossi", "He", "added", "that talks would go on", "", false},
			}},
		{"a medium with its participle before that", "The agency said in a confidential report seen by Reuters that inspectors had no access.", nil,
			[]want{{"statement", "", "The agency", "said", "that inspectors had no access", "", false}}},
		{"a place before the clause", "Grossi told reporters in Vienna he was very concerned.", []actor{{name: "Rafael Grossi", kind: "person", names: []string{"Grossi"}}},
			[]want{{"statement", "Rafael Grossi", "Grossi", "told", "he was very concerned", "", false}}},
		{"a toll given", "The agency gave a higher toll of 78.", nil,
			[]want{{"statement", "", "The agency", "gave", "a higher toll of 78", "", false}}},
		{"a country's government no actor names", "The National Unity Government condemned the attack. Myanmar's military government did not comment.", []actor{nug},
			[]want{
				{"condemnation", "National Unity Government", "The National Unity Government", "condemned", "the attack", "", false},
				{"statement", "Myanmar's military government", "Myanmar's military government", "did not comment", "", "", false},
			}},
		{"a spokesman for the group", "The People's Defence Force said jets bombed the village. A spokesman for the group told reporters there were no fighters there.", []actor{pdf},
			[]want{
				{"statement", "People's Defence Force", "The People's Defence Force", "said", "jets bombed the village", "", false},
				{"statement", "People's Defence Force", "A spokesman for the group", "told", "there were no fighters there", "", false},
			}},
	}
	runForms(t, tests)
}

// TestFeatureStyle checks forms of feature writing: "he says" after a
// speaker no actor names but described as one person, a name withheld
// ("who declined to give his surname") that is no claim, a crew's
// response that is no reply, and a government "of" its leader.
func TestFeatureStyle(t *testing.T) {
	governor := actor{name: "Oleh Syniehubov", kind: "person", titles: []string{"governor"}}
	traore := actor{name: "Ibrahim Traore", kind: "person", titles: []string{"Captain"}}
	bf := actor{name: "Burkina Faso", kind: "state", country: "BF"}
	tests := []formCase{
		{"he after a described person", "Oleh Syniehubov says the attacks will fail. Ihor, a 61-year-old retired engineer, says half of his block has left. “I stay because my wife is buried here,” he says.", []actor{governor},
			[]want{
				{"statement", "Oleh Syniehubov", "Oleh Syniehubov", "says", "the attacks will fail", "", false},
				{"statement", "", "Ihor, a 61-year-old retired engineer,", "says", "half of his block has left", "", false},
				{"statement", "", "he", "says", "“I stay because my wife is buried here,”", "", true},
			}},
		{"a name withheld", "Ihor, who declined to give his surname, says half of his block has left.", nil,
			[]want{{"statement", "", "Ihor, who declined to give his surname,", "says", "half of his block has left", "", false}}},
		{"a crew's response", "Her unit responded to 212 calls last month.", nil, nil},
		{"a reply stays", "The ministry responded to the criticism with a statement.", nil,
			[]want{{"statement", "", "The ministry", "responded to", "the criticism with a statement", "", false}}},
		{"a government of its leader", "Burkina Faso banned the broadcaster. The military government of Captain Ibrahim Traore has not commented on the attack.", []actor{bf, traore},
			[]want{{"statement", "Burkina Faso", "The military government of Captain Ibrahim Traore", "has not commented on", "the attack", "", false}}},
	}
	runForms(t, tests)
}

// TestDashGlosses checks that a concession or a gloss of the writer's set
// off by a dash ends the content, while an aside of the speaker's after a
// dash stays in it.
func TestDashGlosses(t *testing.T) {
	tests := []formCase{
		{"a concession after a spaced hyphen", "Aides say he will seek reelection in 2018 - though it is unclear whether that will help.", nil,
			[]want{{"statement", "Aides", "Aides", "say", "he will seek reelection in 2018", "", false}}},
		{"a gloss after a dash", "The ministry said the emails were not classified at the time — a point that officials have disputed.", nil,
			[]want{
				{"statement", "", "The ministry", "said", "the emails were not classified at the time", "", false},
				{"denial", "officials", "officials", "have disputed", "the emails were not classified at the time", "", false},
			}},
		{"the speaker's aside stays", "The ministry said the convoy — clearly marked — was hit twice.", nil,
			[]want{{"statement", "", "The ministry", "said", "the convoy — clearly marked — was hit twice", "", false}}},
	}
	runForms(t, tests)
}

// TestBodiesThatSpokeBefore checks "the group" and "it" after a claim of
// a body (named or not), and the writer's gloss after an inverted cue
// ("…, the agency reported, the latest in a series …").
func TestBodiesThatSpokeBefore(t *testing.T) {
	amnesty := actor{name: "Amnesty International", kind: "organization"}
	mossad := actor{name: "Mossad", kind: "security_force"}
	tests := []formCase{
		{"the group after a body", "Amnesty International said the trial was unfair. The group said 1,000 people were executed this year.", []actor{amnesty},
			[]want{
				{"statement", "Amnesty International", "Amnesty International", "said", "the trial was unfair", "", false},
				{"statement", "Amnesty International", "The group", "said", "1,000 people were executed this year", "", false},
			}},
		{"it after a body no actor names", "Mizan said the man had passed information to Mossad. It did not say when he was arrested.", []actor{mossad},
			[]want{
				{"statement", "", "Mizan", "said", "the man had passed information to Mossad", "", false},
				{"statement", "", "It", "did not say", "when he was arrested", "", false},
			}},
		{"the writer's gloss after an inverted cue", "Iran executed a man convicted of spying, the judiciary's news agency reported, the latest in a series of executions that rights groups have condemned.", nil,
			[]want{
				{"statement", "news agency", "the judiciary's news agency", "reported", "Iran executed a man convicted of spying", "", false},
				{"condemnation", "rights groups", "rights groups", "have condemned", "", "", false},
			}},
	}
	runForms(t, tests)
}

// TestNamesAfterDescriptions checks the content of a quotation whose
// speaker is a name after its description ("“…,” the charity's director,
// Dr. X, said"), a name after a subject with a relative clause, a
// dateline before the speaker, and a demand glossed by the writer.
func TestNamesAfterDescriptions(t *testing.T) {
	nos := actor{name: "Nos Petits Frères et Sœurs", kind: "organization"}
	tests := []formCase{
		{"a quotation before a described name", "“They are not pawns; they are caregivers,” the charity's director, Dr. Jean-Marc Benoit, said in a statement.", []actor{{name: "Jean-Marc Benoit", kind: "person"}},
			[]want{{"statement", "Jean-Marc Benoit", "the charity's director, Dr. Jean-Marc Benoit,", "said in a statement", "“They are not pawns; they are caregivers,”", "", true}}},
		{"a name after a relative clause", "The Catholic charity that runs the hospital, Nos Petits Frères et Sœurs, said it would not negotiate with kidnappers.", []actor{nos},
			[]want{{"statement", "Nos Petits Frères et Sœurs", "Nos Petits Frères et Sœurs,", "said", "it would not negotiate with kidnappers", "", false}}},
		{"a dateline before the speaker", "PORT-AU-PRINCE - The leader of a powerful gang said he would release the nurses once a ransom was paid, a demand the hospital called unacceptable.", nil,
			[]want{{"statement", "", "The leader of a powerful gang", "said", "he would release the nurses once a ransom was paid", "", false}}},
	}
	runForms(t, tests)
}

// TestPronounTargets checks that an accusation aimed at "them" or "him"
// finds its target the way a speaker pronoun does.
func TestPronounTargets(t *testing.T) {
	network := actor{name: "Doctors Network", kind: "organization"}
	rsf := actor{name: "Rapid Support Forces", kind: "armed_group", names: []string{"RSF"}}
	tests := []formCase{
		{"them", "The Doctors Network blamed the RSF, accusing them of shelling civilians.", []actor{network, rsf},
			[]want{
				{"accusation", "Doctors Network", "The Doctors Network", "blamed", "the RSF", "Rapid Support Forces", false},
				{"accusation", "Doctors Network", "The Doctors Network", "accusing", "them of shelling civilians", "Rapid Support Forces", false},
			}},
		{"him", "Bugti met Natalie Baker. Chaudhry accused him of lying.", []actor{bugti, baker, chaudhry},
			[]want{{"accusation", "Talal Chaudhry", "Chaudhry", "accused", "him of lying", "Natalie Baker", false}}},
	}
	runForms(t, tests)
}

// TestLiveBlogLines checks the lines of a live blog: a time stamp is not
// part of the speaker or the content, a label after it speaks, and a
// title after a person's claim is that person.
func TestLiveBlogLines(t *testing.T) {
	tests := []formCase{
		{"a time stamp before an inverted cue", "11:02 GMT - The Islamic State group claimed responsibility for a bombing in Syria, its Amaq news agency said.", nil,
			[]want{
				{"responsibility", "", "The Islamic State group", "claimed responsibility", "a bombing in Syria", "", false},
				{"statement", "", "its Amaq news agency", "said", "The Islamic State group claimed responsibility for a bombing in Syria", "", false},
			}},
		{"a label after a time stamp, then a title", "11:20 GMT - Zelensky: “Every such attack is a signal.” The Ukrainian president called on allies to send air defences.", []actor{{name: "Volodymyr Zelensky", kind: "person", names: []string{"Zelensky"}}},
			[]want{
				{"statement", "Volodymyr Zelensky", "Zelensky", ":", "“Every such attack is a signal.”", "", true},
				{"statement", "Volodymyr Zelensky", "The Ukrainian president", "called on", "allies to send air defences", "", false},
			}},
		{"a day and a time", "Mon 21:05 RSF says it destroyed an army ammunition depot.", []actor{{name: "Rapid Support Forces", kind: "armed_group", names: []string{"RSF"}}},
			[]want{{"responsibility", "Rapid Support Forces", "RSF", "says", "it destroyed an army ammunition depot", "", false}}},
		{"a clock time is no time stamp without its dash", "At 11:02 the ministry said the strike hit a school.", nil,
			[]want{{"statement", "", "the ministry", "said", "the strike hit a school", "", false}}},
	}
	runForms(t, tests)
}

// TestOwnedDescriptionNamed checks that a body named in an apposition
// after a description owned by someone speaks: "Sirika's party, the All
// Progressives Congress, said".
func TestOwnedDescriptionNamed(t *testing.T) {
	sirika := actor{name: "Hadi Sirika", kind: "person", names: []string{"Sirika"}}
	apc := actor{name: "All Progressives Congress", kind: "organization"}
	tests := []formCase{
		{"the party named", "Sirika's party, the All Progressives Congress, said the case was political.", []actor{sirika, apc},
			[]want{{"statement", "All Progressives Congress", "Sirika's party, the All Progressives Congress,", "said", "the case was political", "", false}}},
		{"a description with no owner keeps its reading", "The ruling party, the All Progressives Congress, said the case was political.", []actor{apc},
			[]want{{"statement", "All Progressives Congress", "The ruling party, the All Progressives Congress,", "said", "the case was political", "", false}}},
	}
	runForms(t, tests)
}

// TestResultsRejected checks that rejecting an election's results or a
// toll is a denial, while rejecting an offer stays a statement.
func TestResultsRejected(t *testing.T) {
	tests := []formCase{
		{"results", "The opposition rejected the results of the election.", nil,
			[]want{{"denial", "", "The opposition", "rejected", "the results of the election", "", false}}},
		{"a toll", "The army rejected the toll given by the rebels.", nil,
			[]want{{"denial", "", "The army", "rejected", "the toll given by the rebels", "", false}}},
		{"an offer", "The union rejected the offer.", nil,
			[]want{{"statement", "", "The union", "rejected", "the offer", "", false}}},
	}
	runForms(t, tests)
}

// TestRelativesAcronymsAndLatest checks a relative clause on the subject
// of a that-less clause whose verb the tagger misreads, a body named
// before its acronym and a head noun, and the writer's "the latest in …"
// after a content.
func TestRelativesAcronymsAndLatest(t *testing.T) {
	ukmto := actor{name: "United Kingdom Maritime Trade Operations", kind: "organization", names: []string{"UKMTO"}}
	tests := []formCase{
		{"a relative on the subject", "Washington has said the Houthis, who control much of northern Yemen, receive weapons from Iran.", nil,
			[]want{{"statement", "", "Washington", "has said", "the Houthis, who control much of northern Yemen, receive weapons from Iran", "", false}}},
		{"a body before its acronym and head", "The United Kingdom Maritime Trade Operations (UKMTO) agency said the vessel was approached by small boats.", []actor{ukmto},
			[]want{{"statement", "United Kingdom Maritime Trade Operations", "The United Kingdom Maritime Trade Operations (UKMTO) agency", "said", "the vessel was approached by small boats", "", false}}},
		{"the latest in a campaign", "The Houthis said they had attacked a bulk carrier, the latest in a campaign against shipping.", []actor{{name: "Houthis", kind: "armed_group"}},
			[]want{{"responsibility", "Houthis", "The Houthis", "said", "they had attacked a bulk carrier", "", false}}},
	}
	runForms(t, tests)
}

// TestHeAfterOneSpeakingForABody checks "he" after one person who speaks
// for a body ("A Fano commander said …"): the body, not the last man
// named.
func TestHeAfterOneSpeakingForABody(t *testing.T) {
	tulu := actor{name: "Legesse Tulu", kind: "person"}
	fano := actor{name: "Fano", kind: "armed_group"}
	tests := []formCase{
		{"a commander", "Legesse Tulu said the army was in control. A Fano commander said his forces had captured two districts. “We fight for our people,” he said.", []actor{tulu, fano},
			[]want{
				{"statement", "Legesse Tulu", "Legesse Tulu", "said", "the army was in control", "", false},
				{"statement", "Fano", "A Fano commander", "said", "his forces had captured two districts", "", false},
				{"statement", "Fano", "he", "said", "“We fight for our people,”", "", true},
			}},
	}
	runForms(t, tests)
}

// TestBareGroupHeads checks that "The officials" after "two U.S.
// officials" is that group, the one described last with the head.
func TestBareGroupHeads(t *testing.T) {
	text := "Officials say talks stalled. Two U.S. officials familiar with the plans said troops would deploy. The officials said no decision had been made."
	doc := nlp.Analyze(text)
	cs, added := Find(doc, ner.Entities(doc), nil)
	if len(cs) != 3 {
		t.Fatalf("%d claims, want 3", len(cs))
	}
	if cs[1].SpeakerID == nil || cs[2].SpeakerID == nil || *cs[1].SpeakerID != *cs[2].SpeakerID {
		t.Errorf("The officials: speaker %v, want %v (%+v)", cs[2].SpeakerID, cs[1].SpeakerID, added)
	}
	if cs[0].SpeakerID == nil || *cs[0].SpeakerID == *cs[1].SpeakerID {
		t.Errorf("the first officials are their own group: %v", cs[0].SpeakerID)
	}
}

// TestSplitQuoteAroundMedium checks a quotation split around a cue with
// its medium: "“…,” he wrote on X, “…”".
func TestSplitQuoteAroundMedium(t *testing.T) {
	kanyuka := actor{name: "Lawrence Kanyuka", kind: "person", names: []string{"Kanyuka"}}
	tests := []formCase{
		{"on X", "Kanyuka spoke. “We remain committed to the Doha process,” he wrote on X, “but we will defend the civilian population.”", []actor{kanyuka},
			[]want{{"statement", "Lawrence Kanyuka", "he", "wrote on X", "“We remain committed to the Doha process,” he wrote on X, “but we will defend the civilian population.”", "", true}}},
		{"a request quoted after its infinitive's mark", "Qatar urged them to “return to the negotiating table without delay”.", []actor{{name: "Qatar", kind: "state"}},
			[]want{{"statement", "Qatar", "Qatar", "urged", "them to “return to the negotiating table without delay”", "", true}}},
		{"in a statement", "“We are tired,” the ministry said in a statement, “but we will not stop.”", nil,
			[]want{{"statement", "", "the ministry", "said in a statement", "“We are tired,” the ministry said in a statement, “but we will not stop.”", "", true}}},
	}
	runForms(t, tests)
}

// TestStruckAndDeals checks that saying one struck a target is a claim of
// responsibility and that striking a deal is not, and that calling a
// strike a war crime is a condemnation.
func TestStruckAndDeals(t *testing.T) {
	israel := actor{name: "Israel", kind: "state"}
	tests := []formCase{
		{"struck tanks", "Israel said it had struck Syrian tanks heading towards Sweida.", []actor{israel},
			[]want{{"responsibility", "Israel", "Israel", "said", "it had struck Syrian tanks heading towards Sweida", "", false}}},
		{"called a war crime", "Germany's chancellor Friedrich Merz called it a “serious war crime”.", []actor{{name: "Friedrich Merz", kind: "person"}},
			[]want{{"condemnation", "Friedrich Merz", "Germany's chancellor Friedrich Merz", "called", "it a “serious war crime”", "", true}}},
		{"struck a deal", "Israel said it had struck a deal with Egypt.", []actor{israel},
			[]want{{"statement", "Israel", "Israel", "said", "it had struck a deal with Egypt", "", false}}},
	}
	runForms(t, tests)
}

// TestCountriesOfManyWordsAndCapitals checks a government owned by a
// country of two words, a seat of government that speaks for its state,
// and the accusation a charge answers inside a clause that said more.
func TestCountriesOfManyWordsAndCapitals(t *testing.T) {
	ci := actor{name: "Ivory Coast", kind: "state", country: "CI"}
	tests := []formCase{
		{"a two-word country's government and a seat of government", "Ivory Coast protested. Burkina Faso's military government said it had foiled a plot and accused Ivory Coast of harbouring the plotters, an accusation Abidjan rejected.", []actor{ci},
			[]want{
				{"statement", "Burkina Faso's military government", "Burkina Faso's military government", "said", "it had foiled a plot", "", false},
				{"accusation", "Burkina Faso's military government", "Burkina Faso's military government", "accused", "Ivory Coast of harbouring the plotters", "Ivory Coast", false},
				{"denial", "Ivory Coast", "Abidjan", "rejected", "accused Ivory Coast of harbouring the plotters", "", false},
			}},
	}
	runForms(t, tests)
}

// TestBodiesByTheirWordsAndStatements checks a body described by words
// of its name ("the disaster agency" → the Disaster Management Centre),
// even in a headline before the name, and "The statement added" after a
// claim made in a statement.
func TestBodiesByTheirWordsAndStatements(t *testing.T) {
	dmc := actor{name: "Disaster Management Centre", kind: "organization"}
	undp := actor{name: "United Nations Development Programme", kind: "organization"}
	tests := []formCase{
		{"a headline before the name", "Floods kill 46, disaster agency says\nAt least 46 people died, the Disaster Management Centre said. A report by the United Nations Development Programme counted the cost.", []actor{dmc, undp},
			[]want{
				{"statement", "Disaster Management Centre", "disaster agency", "says", "Floods kill 46", "", false},
				{"statement", "Disaster Management Centre", "the Disaster Management Centre", "said", "At least 46 people died", "", false},
			}},
		{"a medium named in what was said is not the speaker's", "“This new video puts Clinton on defense,” said Jeff Bechdel. The video shows Wendy Sherman outlining the differences.", []actor{{name: "Jeff Bechdel", kind: "person"}},
			[]want{
				{"statement", "Jeff Bechdel", "Jeff Bechdel", "said", "“This new video puts Clinton on defense,”", "", true},
				{"statement", "", "The video", "shows", "Wendy Sherman outlining the differences", "", false},
			}},
		{"an owner's words are not the body's", "The British military's United Kingdom Maritime Trade Operations (UKMTO) agency said the vessel was approached by small boats.",
			[]actor{{name: "United Kingdom military", kind: "security_force", names: []string{"British military"}}, {name: "United Kingdom Maritime Trade Operations", kind: "organization", names: []string{"UKMTO"}}},
			[]want{{"statement", "United Kingdom Maritime Trade Operations", "The British military's United Kingdom Maritime Trade Operations (UKMTO) agency", "said", "the vessel was approached by small boats", "", false}}},
		{"the statement", "A statement from the Disaster Management Centre said 120,000 people were affected. The statement added that the figures could change.", []actor{dmc},
			[]want{
				{"statement", "Disaster Management Centre", "A statement from the Disaster Management Centre", "said", "120,000 people were affected", "", false},
				{"statement", "Disaster Management Centre", "The statement", "added", "that the figures could change", "", false},
			}},
	}
	runForms(t, tests)
}

// TestBodiesMadeForEarlierClaims checks that "the office" and "it" after
// the claim of a body this stage made an actor of are that body, and that
// asking that one's name not be used is no claim.
func TestBodiesMadeForEarlierClaims(t *testing.T) {
	text := "Gunmen killed nine people, the state prosecutor's office said. The attackers fled, the office said in a statement. It did not say whether the attack was linked to a cartel. “We are living in fear,” a shop owner said, asking that her name not be used."
	doc := nlp.Analyze(text)
	cs, added := Find(doc, ner.Entities(doc), nil)
	if len(cs) != 4 {
		var g []want
		for _, c := range cs {
			g = append(g, got(c))
		}
		t.Fatalf("%d claims, want 4: %+v", len(cs), g)
	}
	if len(added) == 0 || cs[0].SpeakerID == nil || *cs[0].SpeakerID != added[0].ID || added[0].Name != "prosecutor's office" {
		t.Fatalf("the first speaker: %v, new actors %+v", cs[0].SpeakerID, added)
	}
	for i := 1; i < 3; i++ {
		if cs[i].SpeakerID == nil || *cs[i].SpeakerID != added[0].ID {
			t.Errorf("claim %d (%q): speaker %v, want %s", i, cs[i].SpeakerSpan.Text, cs[i].SpeakerID, added[0].ID)
		}
	}
}

// TestRelativeSubjectsAndBacking checks a subject with a relative clause
// and an aside ("A soldier who took part in the assault, speaking on
// condition of anonymity, said"), "he" after that soldier, and the target
// of a passive backing ("forces backed by militias").
func TestRelativeSubjectsAndBacking(t *testing.T) {
	osman := actor{name: "Ali Jeyte Osman", kind: "person"}
	tests := []formCase{
		{"a relative clause and an aside", "Ali Jeyte Osman said the town was taken. A soldier who took part in the assault, speaking on condition of anonymity, said the militants had planted landmines. Two armoured vehicles were destroyed, he said.", []actor{osman},
			[]want{
				{"statement", "Ali Jeyte Osman", "Ali Jeyte Osman", "said", "the town was taken", "", false},
				{"statement", "", "A soldier who took part in the assault, speaking on condition of anonymity,", "said", "the militants had planted landmines", "", false},
				{"statement", "", "he", "said", "Two armoured vehicles were destroyed", "", false},
			}},
		{"backed by", "Somali forces backed by local clan militias recaptured the town.", []actor{{name: "Somalia military", kind: "security_force", names: []string{"Somali forces"}}},
			[]want{{"support", "", "local clan militias", "backed", "Somali forces", "Somalia military", false}}},
	}
	runForms(t, tests)
}

// TestFrontedSubordinateClauses checks a cue inside a subordinate clause
// the writer put before the main clause ("Although Bugti said …, | the
// talks failed") or after its subject ("Bugti, though he said …, |
// stopped short of …"): the content ends where the main clause begins.
// A subordinate clause alone is not what a cue after it reports.
func TestFrontedSubordinateClauses(t *testing.T) {
	tests := []formCase{
		{"although, then a new subject", "Although Bugti says that the militants fled to the hills near Quetta, Pakistan, others argue that they never left.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "says", "that the militants fled to the hills near Quetta, Pakistan", "", false},
				{"statement", "", "others", "argue", "that they never left", "", false},
			}},
		{"while with as inside the content", "While Bugti has pledged to serve as the mediator, Chaudhry suggested that it would not be a simple process.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "has pledged", "to serve as the mediator", "", false},
				{"statement", "Talal Chaudhry", "Chaudhry", "suggested", "that it would not be a simple process", "", false},
			}},
		{"a main clause after a phrase of place and time", "Although in May he said the decision was a mistake, at the hearing this week he said it was lawful.", []actor{bugti},
			[]want{
				{"statement", "", "he", "said", "the decision was a mistake", "", false},
				{"statement", "", "he", "said", "it was lawful", "", false},
			}},
		{"set off after the subject", "Bugti, though he praised the envoy and said the talks should resume, stopped short of backing the plan.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "he", "praised", "the envoy", "", false},
				{"statement", "Sarfraz Bugti", "he", "said", "the talks should resume", "", false},
			}},
		{"a subordinate clause is not what a reply answers", "When Bugti said the roads were closed, the company responded within hours.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads were closed", "", false},
				{"statement", "", "the company", "responded", "", "", false},
			}},
		{"guard: the subordinate clause inside a reported clause", "If it rains, the roads will flood, Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "If it rains, the roads will flood", "", false}}},
		{"guard: as the paper reported", "As Dawn reported, the roads will reopen on Monday.", nil,
			[]want{{"statement", "", "Dawn", "reported", "the roads will reopen on Monday", "", false}}},
	}
	runForms(t, tests)
}

// TestContentsInRelativeAsides checks a cue inside a relative clause set off after
// the main clause's subject: the content ends where the main clause's
// predicate resumes, or where a second relative starts; a comma that sets
// off something on the content clause's own subject does not end it.
func TestContentsInRelativeAsides(t *testing.T) {
	tests := []formCase{
		{"the predicate resumes", "The ruling by the court, which contended that the province had misspent the funds, is a good example of the dispute.", nil,
			[]want{{"statement", "", "which", "contended", "that the province had misspent the funds", "", false}}},
		{"a second relative", "Bugti, who last year threatened to close the border over the attacks, and who has been hoping to win support from the army, quickly went on television.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "who", "threatened", "to close the border over the attacks", "", false},
				{"statement", "Sarfraz Bugti", "who", "has been hoping", "to win support from the army", "", false},
			}},
		{"guard: an aside on the content's subject", "The plan was mocked by Bugti, who suggested that Chaudhry, under fire for the failures in Quetta, would do better to keep quiet.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "mocked", "The plan", "", false},
				{"statement", "Sarfraz Bugti", "who", "suggested", "that Chaudhry, under fire for the failures in Quetta, would do better to keep quiet", "", false},
			}},
	}
	runForms(t, tests)
}

// TestContentEdgesAroundAsides checks where a content ends around asides
// inside it: a dash that closes an aside of the content does not end it
// before "and"; a second subject set off by commas keeps the clause
// going to its verb; and a content never ends on a comma, a dash or a
// conjunction outside a quotation.
func TestContentEdgesAroundAsides(t *testing.T) {
	tests := []formCase{
		{"a dash closing the content's own aside", "Bugti acknowledged that a rift exists between the tribes -- mainly the Marri and the Bugti -- and the army.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "acknowledged", "that a rift exists between the tribes -- mainly the Marri and the Bugti -- and the army", "", false}}},
		{"a dash before the speaker's next act is left out", "Bugti praised the army's restraint -- and warned that the talks could fail.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "Bugti", "praised", "the army's restraint", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "warned", "that the talks could fail", "", false},
			}},
		{"a second subject set off by commas", "Bugti said that the two ministers, and Chaudhry in particular, must do more to reopen the roads.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the two ministers, and Chaudhry in particular, must do more to reopen the roads", "", false}}},
		{"no conjunction left at the end", "Chaudhry backed a wider truce to help the traders and, he argued, to calm the border.", []actor{chaudhry},
			[]want{
				{"support", "Talal Chaudhry", "Chaudhry", "backed", "a wider truce to help the traders", "", false},
				{"statement", "Talal Chaudhry", "he", "argued", "Chaudhry backed a wider truce to help the traders and, he argued, to calm the border", "", false},
			}},
	}
	runForms(t, tests)
}

// TestMannerAndExchangeVerbs checks verbs that report words said in a
// manner ("yelled", "whispered", "bragged") or as a turn of an exchange
// ("countered", "retorted"), and disputes and rebuttals as denials — and
// the same words where they report nothing ("runs counter to").
func TestMannerAndExchangeVerbs(t *testing.T) {
	tests := []formCase{
		{"yelled with a colon", "The protesters yelled: \"Open the roads!\"", nil,
			[]want{{"statement", "protesters", "The protesters", "yelled:", "\"Open the roads!\"", "", true}}},
		{"countered that", "Chaudhry countered that the roads had never been safer.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "countered", "that the roads had never been safer", "", false}}},
		{"bragged about", "Bugti bragged about the new highway to Gwadar.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "bragged about", "the new highway to Gwadar", "", false}}},
		{"disputed is a denial", "The army disputed the toll, saying only four soldiers had died.", []actor{{name: "Pakistan Army", kind: "security_force", names: []string{"The army"}}},
			[]want{
				{"denial", "Pakistan Army", "The army", "disputed", "the toll", "", false},
				{"statement", "Pakistan Army", "The army", "saying", "only four soldiers had died", "", false},
			}},
		{"rebutted is a denial", "Chaudhry rebutted the report point by point.", []actor{chaudhry},
			[]want{{"denial", "Talal Chaudhry", "Chaudhry", "rebutted", "the report point by point", "", false}}},
		{"downplayed", "Bugti downplayed the threat to the pipeline.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "downplayed", "the threat to the pipeline", "", false}}},
		{"a gloss with a relative pronoun after a dash", "Bugti said the convoy had been cleared — a point that the army disputed.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the convoy had been cleared", "", false},
				{"denial", "", "the army", "disputed", "the convoy had been cleared", "", false},
			}},
		{"guard: runs counter to", "The plan runs counter to the interests of the traders, Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "The plan runs counter to the interests of the traders", "", false}}},
	}
	runForms(t, tests)
}

// TestPhrasalCues checks verbs that report words only with their
// particle ("lashed out at", "took aim at", "pushed back on", "weighed
// in on", "hit back at") and retorts ("shot back: …", "“…,” she fired
// back") — and the same verbs where no words are reported: shooting
// back, a sniper taking aim, a deadline pushed back.
func TestPhrasalCues(t *testing.T) {
	tests := []formCase{
		{"laid out an object", "Bugti laid out his plan for the roads on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "laid out", "his plan for the roads", "", false}}},
		{"lays out a wh-clause", "The report lays out what the council must do.", nil,
			[]want{{"statement", "", "The report", "lays out", "what the council must do", "", false}}},
		{"guard: laid out with nothing after it", "The bodies were laid out in the hall.", nil, nil},
		{"laid out, read as a participle, after an object", "Bugti spoke highly of the traders' patience and laid out his plan for the markets.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "spoke highly of", "the traders' patience", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "laid out", "his plan for the markets", "", false},
			}},
		{"took a swipe at", "Chaudhry took a swipe at Bugti's budget on Monday.", []actor{bugti, chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "took a swipe at", "Bugti's budget", "Sarfraz Bugti", false}}},
		{"takes issue with", "Bugti takes issue with the new toll board.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "takes issue with", "the new toll board", "", false}}},
		{"sounded off on", "The traders sounded off on the closures.", nil,
			[]want{{"statement", "traders", "The traders", "sounded off on", "the closures", "", false}}},
		{"talked up", "Chaudhry talked up his plan for the roads.", []actor{chaudhry},
			[]want{{"support", "Talal Chaudhry", "Chaudhry", "talked up", "his plan for the roads", "", false}}},
		{"guard: a gunman's shot", "A gunman took a shot at the patrol near Turbat.", nil, nil},
		{"lashed out at", "Bugti lashed out at the militants for attacking the schools.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "lashed out at", "the militants for attacking the schools", "", false}}},
		{"took aim at", "Chaudhry took aim at the budget on Tuesday.", []actor{chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "took aim at", "the budget", "", false}}},
		{"pushed back on a claim", "Chaudhry pushed back on the claim that the roads were unsafe.", []actor{chaudhry},
			[]want{{"denial", "Talal Chaudhry", "Chaudhry", "pushed back on", "the claim that the roads were unsafe", "", false}}},
		{"weighed in on", "Bugti weighed in on the dispute, saying both sides should talk.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "weighed in on", "the dispute", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "saying", "both sides should talk", "", false},
			}},
		{"a retort after the quotation", "“That is simply false,” Bugti shot back.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "shot back", "“That is simply false,”", "", true}}},
		{"a retort before a colon", "Chaudhry fired back: “He has no idea what he is talking about.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "fired back:", "“He has no idea what he is talking about.”", "", true}}},
		{"guard: soldiers fired back", "Soldiers fired back and killed two attackers.", nil, nil},
		{"guard: a sniper took aim", "A sniper took aim at the soldiers near the checkpoint.", nil, nil},
		{"guard: a deadline pushed back", "The ministry pushed back the deadline to June.", nil, nil},
	}
	runForms(t, tests)
}

// TestReproachAndPraise checks verbs of reproach as condemnations and of
// praise as support, with their target.
func TestReproachAndPraise(t *testing.T) {
	tests := []formCase{
		{"derided", "Chaudhry derided Bugti's plan as a gimmick.", []actor{bugti, chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "derided", "Bugti's plan as a gimmick", "Sarfraz Bugti", false}}},
		{"scolded", "Bugti scolded the police for arriving late.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "scolded", "the police for arriving late", "", false}}},
		{"lauded", "Chaudhry lauded the rescue teams.", []actor{chaudhry},
			[]want{{"support", "Talal Chaudhry", "Chaudhry", "lauded", "the rescue teams", "", false}}},
		{"congratulated", "Bugti congratulated Chaudhry on his victory.", []actor{bugti, chaudhry},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "congratulated", "Chaudhry on his victory", "Talal Chaudhry", false}}},
	}
	runForms(t, tests)
}

// TestCallingNames checks "call" naming its object with a noun phrase
// after "the" or a negated participle, and calling someone at a time,
// which names nothing.
func TestCallingNames(t *testing.T) {
	tests := []formCase{
		{"the after a pronoun", "Bugti called it the worst flood in a decade.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "it the worst flood in a decade", "", false}}},
		{"a negated participle", "Chaudhry calls Bugti unqualified.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "calls", "Bugti unqualified", "", false}}},
		{"guard: a call at a time", "Bugti called her the next day.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestParticipleSubjects checks who speaks in a participle after a
// clause: the subject of the nearest clause joined by a conjunction ("…,
// but Chaudhry brought him back to it, asking …"), and the clause's
// subject past a time before the participle ("in April explaining").
func TestParticipleSubjects(t *testing.T) {
	tests := []formCase{
		{"the nearer clause's subject", "Bugti talked about the budget, but Chaudhry brought him back to the attacks, asking him to explain the delays.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "talked about", "the budget", "", false},
				{"statement", "Talal Chaudhry", "Chaudhry", "asking", "him to explain the delays", "", false},
			}},
		{"a time is no speaker", "Bugti toured the district in April explaining his plan.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "explaining", "his plan", "", false}}},
		{"a moment before the participle", "Bugti has battled with the council over the budget, at one point calling the mayor a “liar.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "calling", "the mayor a “liar.”", "", true}}},
		{"guard: an absolute phrase has its own speaker", "The ministry defended the raid, with officials saying the men were armed.", nil,
			[]want{
				{"statement", "", "The ministry", "defended", "the raid", "", false},
				{"statement", "officials", "officials", "saying", "the men were armed", "", false},
			}},
		{"guard: the clause's own subject", "Bugti met the elders and warned them, saying the roads would stay shut.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "warned", "", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "saying", "the roads would stay shut", "", false},
			}},
	}
	runForms(t, tests)
}

// TestGlossedResults checks a result glossed after the clause that gave
// it ("…, a result the opposition candidate rejected"): the rejection is
// a denial of that clause, and a description whose words set its role
// apart ("the main opposition candidate") is not an actor with the bare
// title.
func TestGlossedResults(t *testing.T) {
	chapo := actor{name: "Daniel Chapo", kind: "person", titles: []string{"candidate"}, names: []string{"Chapo"}}
	commission := actor{name: "National Elections Commission", kind: "organization", names: []string{"The commission"}}
	tests := []formCase{
		{"a result rejected", "The commission declared Chapo the winner with 70.7% of the vote, a result the main opposition candidate immediately rejected.", []actor{chapo, commission},
			[]want{
				{"statement", "National Elections Commission", "The commission", "declared", "Chapo the winner with 70.7% of the vote", "", false},
				{"denial", "", "the main opposition candidate", "immediately rejected", "Chapo the winner with 70.7% of the vote", "", false},
			}},
		{"guard: the bare title is the actor", "Chapo won the vote. The candidate said the count was fair.", []actor{chapo},
			[]want{{"statement", "Daniel Chapo", "The candidate", "said", "the count was fair", "", false}}},
	}
	runForms(t, tests)
}

// TestJoinedAddresseesAndBodiesAbroad checks addressees joined by "and"
// ("told voters and followers that …", "urged operators and exchanges to
// …"), a relative clause holding a quotation on a content's subject, and
// a state's body abroad as the state ("North Korea's mission to the
// United Nations").
func TestJoinedAddresseesAndBodiesAbroad(t *testing.T) {
	nk := actor{name: "North Korea", kind: "state", country: "KP", names: []string{"Pyongyang"}}
	un := actor{name: "United Nations", kind: "organization", names: []string{"U.N."}}
	tests := []formCase{
		{"told two addressees", "Bugti told voters and party workers that the vote would be held on time.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "told", "that the vote would be held on time", "", false}}},
		{"urged two addressees", "Bugti urged traders and transporters to reopen the markets.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "urged", "traders and transporters to reopen the markets", "", false}}},
		{"a quotation in a relative clause on the subject", "Bugti said the group, which police call “the Quetta cell,” moved its fighters to the hills.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the group, which police call “the Quetta cell,” moved its fighters to the hills", "", true}}},
		{"a mission to the United Nations", "Pyongyang denied the report. North Korea's mission to the United Nations in New York did not respond to a request for comment.", []actor{nk, un},
			[]want{
				{"denial", "North Korea", "Pyongyang", "denied", "the report", "", false},
				{"statement", "North Korea", "North Korea's mission to the United Nations in New York", "did not respond to", "a request for comment", "", false},
			}},
	}
	runForms(t, tests)
}

// TestColonBeforeAParagraph checks a cue that ends its paragraph with a
// colon: the next paragraph, quoted or not, is what was said, and only
// that paragraph.
func TestColonBeforeAParagraph(t *testing.T) {
	tests := []formCase{
		{"a paragraph set off after the colon", "In a speech last July, Bugti said:\n\nLet no one be mistaken: the rebels must be stopped. They will not win.\n\nThe rebels did not respond.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said:", "Let no one be mistaken: the rebels must be stopped. They will not win", "", false},
				{"statement", "", "The rebels", "did not respond", "", "", false},
			}},
		{"guard: a colon inside the paragraph", "Bugti said: the roads are open.\n\nThe rebels fled.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said:", "the roads are open", "", false}}},
	}
	runForms(t, tests)
}

// TestSplitQuotesAroundPhrases checks a quotation split around its cue
// when a phrase follows the cue ("said at a rally on Monday,", "said of
// the rebels,") or the comma before the second part is missing: the
// content is the quotation whole, and the phrase stays out of the cue.
func TestSplitQuotesAroundPhrases(t *testing.T) {
	tests := []formCase{
		{"a phrase of place and time", "“If the army had not come,” Bugti said at a rally on Monday, “the town would have fallen.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“If the army had not come,” Bugti said at a rally on Monday, “the town would have fallen.”", "", true}}},
		{"a phrase with of", "“To the extent they care,” he said of the rebels, “I have irritated all of them.”", nil,
			[]want{{"statement", "", "he", "said", "“To the extent they care,” he said of the rebels, “I have irritated all of them.”", "", true}}},
		{"no comma before the second part", "“We will rebuild the bridge,” Bugti said “The traders will be back within a month.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“We will rebuild the bridge,” Bugti said “The traders will be back within a month.”", "", true}}},
		{"an addressee and a time", "“The roads are open,” Bugti told reporters in Quetta on Monday, “and the markets will follow.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "told", "“The roads are open,” Bugti told reporters in Quetta on Monday, “and the markets will follow.”", "", true}}},
		{"a second part after and", "“The budget must be fair,” Chaudhry said, and “open to every province.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "“The budget must be fair,” Chaudhry said, and “open to every province.”", "", true}}},
		{"guard: a quoted label in a participle", "Holding signs calling Bugti “the worst governor,” the protesters chanted “Go home, Bugti.”", []actor{bugti},
			[]want{{"statement", "protesters", "the protesters", "chanted", "“Go home, Bugti.”", "", true}}},
	}
	runForms(t, tests)
}

// TestCounterInAClause checks that "runs counter to" inside a content
// neither makes a cue nor ends the content.
func TestCounterInAClause(t *testing.T) {
	runForms(t, []formCase{
		{"runs counter to inside a clause", "Bugti remains confident that he can win by making a case that the plan, including its tolls, runs counter to the interests of the traders.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "remains confident", "that he can win by making a case that the plan, including its tolls, runs counter to the interests of the traders", "", false},
				// the case he means to make is a claim of its own
				{"statement", "Sarfraz Bugti", "Bugti", "making a case", "that the plan, including its tolls, runs counter to the interests of the traders", "", false},
			}},
	})
}

// TestPoliceWork checks that officers responding to reports of shots and
// finding victims make no claim, while a poll's or a jury's finding does.
func TestPoliceWork(t *testing.T) {
	tests := []formCase{
		{"responding to shots and finding victims", "Officers responded to reports of shots fired near the market and found several victims.", nil, nil},
		{"rescuers found bodies", "Rescuers found two bodies in the rubble.", nil, nil},
		{"guard: a jury's finding", "The jury found the man guilty of murder.", nil,
			[]want{{"statement", "", "The jury", "found", "the man guilty of murder", "", false}}},
		{"guard: a survey's finding", "The survey found people were worried about prices.", nil,
			[]want{{"statement", "", "The survey", "found", "people were worried about prices", "", false}}},
	}
	runForms(t, tests)
}

// TestCueEdges checks that an adverb of manner after the verb and the
// "to" of an infinitive belong to the cue, and an adverb of degree on
// what follows does not.
func TestCueEdges(t *testing.T) {
	tests := []formCase{
		{"said sarcastically", "“What a surprise,” Bugti said sarcastically.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said sarcastically", "“What a surprise,”", "", true}}},
		{"has said repeatedly that", "Chaudhry has said repeatedly that the budget is fair.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "has said repeatedly", "that the budget is fair", "", false}}},
		{"an infinitive keeps its to", "Chaudhry went on television to declare the vote fair.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "to declare", "the vote fair", "", false}}},
		{"guard: a degree on the content", "Bugti said nearly half of the roads were closed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "nearly half of the roads were closed", "", false}}},
	}
	runForms(t, tests)
}

// TestPrepositionsOfTheCue checks that the preposition a verb or noun
// of stance takes is part of the cue and not of its content.
func TestPrepositionsOfTheCue(t *testing.T) {
	tests := []formCase{
		{"a manner adverb before the particle", "Bugti spoke highly of the traders' patience.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "spoke highly of", "the traders' patience", "", false}}},
		{"a manner adverb before about", "Chaudhry talked openly about the closures.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "talked openly about", "the closures", "", false}}},
		{"pleaded for", "Chaudhry pleaded for patience from the traders.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "pleaded for", "patience from the traders", "", false}}},
		{"spoke out against", "Bugti spoke out against the closure of the schools.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "spoke out against", "the closure of the schools", "", false}}},
		{"scoffed at", "Bugti scoffed at the rebels' offer of a truce.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "scoffed at", "the rebels' offer of a truce", "", false}}},
		{"guard: a plain report keeps its phrase", "Bugti reported on the talks in a long letter to the council.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "reported", "on the talks", "", false}}},
	}
	runForms(t, tests)
}

// TestRefusalsToSpeak checks that a refusal to speak has the verb of
// speaking in its cue and the words withheld as its content, while a bare
// refusal, an open question and a refusal to act keep "to …" as content.
func TestRefusalsToSpeak(t *testing.T) {
	tests := []formCase{
		{"declined to comment on", "Bugti declined to comment on the leaked report.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "declined to comment on", "the leaked report", "", false}}},
		{"refused to name", "Chaudhry refused to name the officers involved.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "refused to name", "the officers involved", "", false}}},
		{"guard: a bare refusal", "Bugti declined to comment.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "declined", "to comment", "", false}}},
		{"guard: an open question", "Chaudhry declined to say whether the talks would resume.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "declined", "to say whether the talks would resume", "", false}}},
		{"guard: a refusal to act", "Bugti refused to sign the agreement.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "refused", "to sign the agreement", "", false}}},
	}
	runForms(t, tests)
}

// TestPhrasesBeforeAParentheticalCue checks that a phrase or subordinate
// clause set before the speaker belongs to the clause the cue splits,
// while before a quotation only the quotation is content.
func TestPhrasesBeforeAParentheticalCue(t *testing.T) {
	tests := []formCase{
		{"a phrase of time", "Over the years, Bugti said, the roads have grown worse.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "Over the years, Bugti said, the roads have grown worse", "", false}}},
		{"a condition", "If the talks fail, Chaudhry warned, the traders will close their shops.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "warned", "If the talks fail, Chaudhry warned, the traders will close their shops", "", false}}},
		{"guard: a quotation after the phrase", "Later that day, Bugti said, “We will rebuild the bridge.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“We will rebuild the bridge.”", "", true}}},
	}
	runForms(t, tests)
}

// TestNarrowedObjects checks that what narrows or contrasts an object
// after a comma is part of the content.
func TestNarrowedObjects(t *testing.T) {
	tests := []formCase{
		{"including", "Bugti blamed several factors, including the heavy rain and the blocked drains.", []actor{bugti},
			[]want{{"accusation", "Sarfraz Bugti", "Bugti", "blamed", "several factors, including the heavy rain and the blocked drains", "", false}}},
		{"not", "Chaudhry blamed the contractors, not the engineers, for the collapse.", []actor{chaudhry},
			[]want{{"accusation", "Talal Chaudhry", "Chaudhry", "blamed", "the contractors, not the engineers, for the collapse", "", false}}},
	}
	runForms(t, tests)
}

// TestTitleCaseHeadlines checks the verbs of a headline in title case,
// which the tagger reads as names.
func TestTitleCaseHeadlines(t *testing.T) {
	tests := []formCase{
		{"an inflected verb", "Bugti Promises Action On Flood Relief Within A Week\n\nThe chief minister spoke on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "Promises", "Action On Flood Relief Within A Week", "", false}}},
		{"an adverb before the verb", "Chaudhry Just Announced A New Budget For Balochistan\n\nThe minister spoke on Monday.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "Just Announced", "A New Budget For Balochistan", "", false}}},
		{"a past form with its object", "Bugti Denounced The Attack On The Bus Station\n\nThe chief minister spoke on Monday.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "Denounced", "The Attack On The Bus Station", "", false}}},
		{"a relative pronoun before the verb", "Traders Back Minister Who Called For A Tax Cut\n\nThe minister spoke on Monday.", nil,
			[]want{
				{"support", "Traders", "Traders", "Back", "Minister Who Called For A Tax Cut", "", false},
				{"statement", "", "Who", "Called For", "A Tax Cut", "", false},
			}},
		{"guard: a noun at the end", "Bugti Under Fire Over Flood Comments\n\nThe chief minister spoke on Monday.", []actor{bugti}, nil},
		{"guard: a plural noun", "Quetta Power Plant Rules Face Key Test In Court\n\nThe plant opened in 2019.", nil, nil},
	}
	runForms(t, tests)
}

// TestPronounAndParticipleSubjects checks a pronoun of people as the
// subject ("Some", "someone") and a past form with its object after a
// subject the tagger reads as a reduced relative.
func TestPronounAndParticipleSubjects(t *testing.T) {
	tests := []formCase{
		{"some", "Some accused Bugti of ignoring the floods.", []actor{bugti},
			[]want{{"accusation", "", "Some", "accused", "Bugti of ignoring the floods", "Sarfraz Bugti", false}}},
		{"someone", "Someone told Chaudhry that the bridge had collapsed.", []actor{chaudhry},
			[]want{{"statement", "", "Someone", "told", "that the bridge had collapsed", "", false}}},
		{"a past form with its object", "Members of the traders' union accused Chaudhry of lying about the tax.", []actor{chaudhry},
			[]want{{"accusation", "", "Members of the traders' union", "accused", "Chaudhry of lying about the tax", "Talal Chaudhry", false}}},
		{"guard: a passive participle", "The man accused of the attack was arrested in Quetta.", nil, nil},
		{"guard: a quantifier after a preposition", "Bugti has big leads in both pledged seats and the popular vote.", []actor{bugti}, nil},
		{"both after the subject", "Bugti and Chaudhry both insisted that the bridge was safe.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Bugti and Chaudhry", "insisted", "that the bridge was safe", "", false}}},
		{"all after the subject", "The traders all agree that the tax is too high.", nil,
			[]want{{"statement", "traders", "The traders", "agree", "that the tax is too high", "", false}}},
		{"guard: both as the subject", "Both insisted that the bridge was safe.", nil,
			[]want{{"statement", "", "Both", "insisted", "that the bridge was safe", "", false}}},
	}
	runForms(t, tests)
}

// TestSecondActsAfterTheObject checks where an object ends when the writer
// goes on with another act of the speaker's.
func TestSecondActsAfterTheObject(t *testing.T) {
	tests := []formCase{
		{"a second -ing act", "Bugti toured Quetta on Monday, praising the rescue teams and visiting the flooded wards.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "praising", "the rescue teams", "", false}}},
		{"a subject and an -ing act", "The two men traded charges, with Bugti criticizing the contractors and Chaudhry defending the engineers.", []actor{bugti, chaudhry},
			[]want{
				{"condemnation", "Sarfraz Bugti", "Bugti", "criticizing", "the contractors", "", false},
				{"statement", "Talal Chaudhry", "Chaudhry", "defending", "the engineers", "", false},
			}},
		{"guard: an -ing verb inside the object", "Bugti spoke on Monday, urging residents to keep cleaning and repairing the drains.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "urging", "residents to keep cleaning and repairing the drains", "", false}}},
		{"a comma inside the closing quote", "Bugti called the budget “a betrayal,” and traders cheered.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "the budget “a betrayal,”", "", true}}},
		{"a comma inside the closing quote, then a verb", "Bugti wrote on Monday, “The roads will open this week,” and shared a map of the repairs.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "wrote", "“The roads will open this week,”", "", true}}},
		{"guard: a clause goes on after the quotation", "Chaudhry admitted the plan “did not work,” and the province has paid for it.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "admitted", "the plan “did not work,” and the province has paid for it", "", true}}},
	}
	runForms(t, tests)
}

// TestSubjectsOfParticiples checks the speaker of a participle or a second
// verb when a phrase stands between the clause's subject and its verb, or
// between the verb and the participle.
func TestSubjectsOfParticiples(t *testing.T) {
	tests := []formCase{
		{"a phrase on the subject", "The engineers on the night shift met the minister, saying the dam was safe.", nil,
			[]want{{"statement", "", "The engineers on the night shift", "saying", "the dam was safe", "", false}}},
		{"a year before the participle", "The council filed a lawsuit in 2012 challenging the new tax.", nil,
			[]want{{"statement", "", "The council", "challenging", "the new tax", "", false}}},
		{"the time the subject spent", "Bugti spent much of his speech praising the rescue teams.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "praising", "the rescue teams", "", false}}},
		{"the day the subject spent", "Chaudhry spent the day denouncing the contractors.", []actor{chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "denouncing", "the contractors", "", false}}},
		{"guard: a speech that goes on", "Bugti gave a speech on Monday praising the rescue teams.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "praising", "the rescue teams", "", false}}},
	}
	runForms(t, tests)
}

// TestSubjectsOwningANominalCue checks that the subject speaks when a
// possessive on the object of its verb stands for it.
func TestSubjectsOwningANominalCue(t *testing.T) {
	tests := []formCase{
		{"a phrasal verb", "Bugti on Thursday stepped up his attacks on the contractors.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "Bugti", "attacks on", "the contractors", "", false}}},
		{"a plural subject", "Traders renewed their calls for a tax cut.", nil,
			[]want{{"statement", "Traders", "Traders", "calls for", "a tax cut", "", false}}},
		{"guard: after a preposition", "Bugti struck a chord with his attacks on the contractors.", []actor{bugti},
			[]want{{"condemnation", "Sarfraz Bugti", "his", "attacks on", "the contractors", "", false}}},
		{"guard: a subject that does not agree", "The traders cheered her criticism of the contractors.", nil,
			[]want{{"condemnation", "", "her", "criticism of", "the contractors", "", false}}},
	}
	runForms(t, tests)
}

// TestUnnamedPassives checks verbs of speech in the passive with no agent:
// someone the article does not name said it.
func TestUnnamedPassives(t *testing.T) {
	tests := []formCase{
		{"it … that", "It was widely reported that the dam had cracked.", nil,
			[]want{{"statement", "", "", "was widely reported", "that the dam had cracked", "", false}}},
		{"a phrase after the verb", "Bugti has been criticized for ignoring the floods.", []actor{bugti},
			[]want{{"condemnation", "", "", "has been criticized for", "ignoring the floods", "Sarfraz Bugti", false}}},
		{"an accusation", "Chaudhry is accused of taking bribes from the contractors.", []actor{chaudhry},
			[]want{{"accusation", "", "", "is accused of", "taking bribes from the contractors", "Talal Chaudhry", false}}},
		{"the subject", "The new budget was announced on Monday.", nil,
			[]want{{"statement", "", "", "was announced", "The new budget", "", false}}},
		{"the subject with an agent", "The bill was rejected by the provincial assembly.", nil,
			[]want{{"statement", "", "the provincial assembly", "rejected", "The bill", "", false}}},
		{"any verb with an agent", "His remarks were quickly derided by the traders.", nil,
			[]want{{"condemnation", "traders", "the traders", "derided", "His remarks", "", false}}},
		{"a participle on a noun, with an agent", "The dam had cracked, a fact first reported by the provincial paper.", nil,
			[]want{{"statement", "", "the provincial paper", "reported", "a fact", "", false}}},
		{"as reported by X, then the clause", "As reported by the provincial paper, the dam cracked on Monday.", nil,
			[]want{{"statement", "", "the provincial paper", "reported", "the dam cracked on Monday", "", false}}},
		{"a clause after the agent", "The council ignored him after being warned by the engineers that the dam was weak.", nil,
			[]want{{"statement", "", "the engineers", "warned", "that the dam was weak", "", false}}},
		{"a headline word first", "Revealed: the plan was announced in March.", nil,
			[]want{{"statement", "", "", "was announced", "the plan", "", false}}},
		{"guard: not a verb of speech", "The bridge was repaired last year.", nil, nil},
		{"guard: told", "He was told to leave the building.", nil, nil},
	}
	runForms(t, tests)
}

// TestSubjectsInSubordinateClauses checks the speaker of a verb joined by
// "and" inside a subordinate clause, and of a participle after it.
func TestSubjectsInSubordinateClauses(t *testing.T) {
	tests := []formCase{
		{"an aside on the subject, no comma before the subordinator", "The row began after Mr. Chaudhry, asked about the tolls, said, “They will rise.”", nil,
			[]want{
				{"statement", "", "", "asked about", "the tolls", "", false},
				{"statement", "", "Mr. Chaudhry, asked about the tolls,", "said", "“They will rise.”", "", true},
			}},
		{"a second verb in the subordinate clause", "The crowd cheered when Bugti spotted a banner and asked who had made it.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "asked", "who had made it", "", false}}},
		{"guard: a participle after the clause's comma", "Bugti spoke after Chaudhry left the hall, remarking that the roads were open.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "remarking", "that the roads were open", "", false}}},
	}
	runForms(t, tests)
}

// TestAsidesAfterTheSpeaker checks an aside set off by spaced hyphens or a
// long parenthesis between the speaker and the cue.
func TestAsidesAfterTheSpeaker(t *testing.T) {
	tests := []formCase{
		{"a relative clause", "The traders' group - which has long opposed the tax - said the budget would fail.", nil,
			[]want{{"statement", "", "The traders' group", "said", "the budget would fail", "", false}}},
		{"a prepositional phrase", "Bugti - in a speech aimed at the traders - promised to cut the tax.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "promised", "to cut the tax", "", false}}},
		{"a long parenthesis with a clause", "Chaudhry (a minister so young he has been mistaken for an aide) says the budget will fail.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry (a minister so young he has been mistaken for an aide)", "says", "the budget will fail", "", false}}},
		{"guard: an apposition is the speaker's phrase", "Reynolds - an adviser to the governor - said the budget would fail.", nil,
			[]want{{"statement", "", "Reynolds - an adviser to the governor -", "said", "the budget would fail", "", false}}},
	}
	runForms(t, tests)
}

// TestGerundsAfterForAndWithout checks that an -ing verb of speech after
// "for" or "without" is part of another claim or of the writer's
// sentence, not a claim of its own.
func TestGerundsAfterForAndWithout(t *testing.T) {
	tests := []formCase{
		{"the reason for a criticism", "Chaudhry criticized Bugti for supporting the new tax.", []actor{bugti, chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "criticized", "Bugti for supporting the new tax", "Sarfraz Bugti", false}}},
		{"what an act went without", "The traders closed their shops without announcing a date for reopening.", nil, nil},
		{"guard: after a cue's comma", "Chaudhry spoke on Monday, announcing a new date for the vote.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "announcing", "a new date for the vote", "", false}}},
	}
	runForms(t, tests)
}

// TestWhatWasAsked checks the content of "ask" after the person asked.
func TestWhatWasAsked(t *testing.T) {
	tests := []formCase{
		{"about", "Bugti asked the council about the closures.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "asked", "the closures", "", false}}},
		{"for", "Chaudhry asked the court for quick action.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "asked", "for quick action", "", false}}},
		{"guard: a question after the person", "Bugti asked the council whether the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "asked", "whether the roads were open", "", false}}},
	}
	runForms(t, tests)
}

// TestObjectsInRelativeClauses checks an act whose object went before its
// subject into a relative clause: the relative, or the noun it modifies,
// is the content, and the main clause after it is not.
func TestObjectsInRelativeClauses(t *testing.T) {
	tests := []formCase{
		{"which, then the main clause", "The plan which Chaudhry opposed was dropped.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "opposed", "which", "", false}}},
		{"which, set off by commas", "The charges, which Bugti has denied, were filed on Monday.", []actor{bugti},
			[]want{{"denial", "Sarfraz Bugti", "Bugti", "has denied", "which", "", false}}},
		{"a verb of saying whose clause lost its subject to the relative", "The plan which Chaudhry said would fail was dropped.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "would fail", "", false}}},
		{"a relative set off by a comma runs to the sentence's end", "Bugti met the council, which Chaudhry said had left the province broke.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "had left the province broke", "", false}}},
		{"a plural subject the tagger reads as a participle's noun", "The plan which the traders opposed was dropped.", nil,
			[]want{{"statement", "traders", "the traders", "opposed", "which", "", false}}},
		{"no relative pronoun", "It was the provision in the bill the traders most strongly opposed and the council rejected.", nil,
			[]want{
				{"statement", "traders", "the traders", "most strongly opposed", "the provision in the bill", "", false},
				{"statement", "", "the council", "rejected", "", "", false},
			}},
	}
	runForms(t, tests)
}

// TestContractedAuxiliaries checks an -ing cue after the clitic of "is"
// or "has been": the clitic opens the cue, and its pronoun or name is
// the speaker. A possessive "’s" before an -ing noun stays no speech.
func TestContractedAuxiliaries(t *testing.T) {
	tests := []formCase{
		{"’s after a pronoun", "Bugti met the traders. He’s claiming that the roads are open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "He", "’s claiming", "that the roads are open", "", false}}},
		{"with a negation", "Bugti backs the plan, but he’s not predicting it will pass.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "Bugti", "backs", "the plan", "", false},
				{"statement", "Sarfraz Bugti", "he", "’s not predicting", "it will pass", "", false},
			}},
		{"'s been after a name", "Chaudhry's been urging the council to reopen the roads.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "'s been urging", "the council to reopen the roads", "", false}}},
		{"who’s been", "The traders met Bugti, who’s been pushing for new roads.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "who", "’s been pushing for", "new roads", "", false}}},
		{"guard: a possessive before an -ing noun", "Bugti’s saying of grace opened the dinner.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestSpeechActsMade checks "make the case", "make comments about" and
// their kin as cues: the noun's words belong to the cue, with the
// preposition or colon after them, and the content is what was said. An
// object with a determiner and nothing after it is itself the content.
func TestSpeechActsMade(t *testing.T) {
	tests := []formCase{
		{"that", "Bugti made the case that the roads must reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "made the case", "that the roads must reopen", "", false}}},
		{"adjectives and for", "Chaudhry is making an impassioned, urgent case for new roads.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "is making an impassioned, urgent case for", "new roads", "", false}}},
		{"a day before that", "Chaudhry made the case on Monday that the tolls would pay for new roads.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "made the case on Monday", "that the tolls would pay for new roads", "", false}}},
		{"a time before that", "Bugti has been making the case for weeks that the roads must reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has been making the case for weeks", "that the roads must reopen", "", false}}},
		{"an infinitive", "Chaudhry repeatedly made the case to reopen the roads.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "repeatedly made the case", "to reopen the roads", "", false}}},
		{"comments about", "Bugti made comments about the tolls.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "made comments about", "the tolls", "", false}}},
		{"no secret of", "Chaudhry has made no secret of his anger at the tolls.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "has made no secret of", "his anger at the tolls", "", false}}},
		{"a point of saying", "Bugti made a point of saying the roads were safe.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "made a point of saying", "the roads were safe", "", false}}},
		{"a colon", "Chaudhry made the following statement: “The roads are open.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "made the following statement:", "“The roads are open.”", "", true}}},
		{"a participle as adjective", "Bugti has made veiled references to the traders' debts.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has made veiled references to", "the traders' debts", "", false}}},
		{"the point that, with a comma in the clause", "Chaudhry also made the point that the tolls, set in 2019, were too high.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "also made the point", "that the tolls, set in 2019, were too high", "", false}}},
		{"an accusation", "Bugti made allegations against Chaudhry on Monday.", []actor{bugti, chaudhry},
			[]want{{"accusation", "Sarfraz Bugti", "Bugti", "made allegations against", "Chaudhry", "Talal Chaudhry", false}}},
		{"a condemnation", "The council made a strong condemnation of the attack.", nil,
			[]want{{"condemnation", "", "The council", "made a strong condemnation of", "the attack", "", false}}},
		{"an object with a determiner and nothing after it", "Bugti made those comments in response to questions from reporters.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "made", "those comments", "", false}}},
		{"guard: a relative after a bare plural", "The council made comments that angered the traders.", nil, nil},
		{"guard: no speech act", "The council made a decision about the tolls.", nil, nil},
		{"guard: in any case", "In any case, the roads reopened on Monday.", nil, nil},
		{"guard: a case with nothing argued", "The lawyers made the case a priority.", nil, nil},
		{"guard: an adjective after the object", "The council made the pledge more binding.", nil, nil},
	}
	runForms(t, tests)
}

// TestActObjectsBeforeSubordinateClauses checks that an act's object
// ends where the writer's subordinate clause of time or manner begins,
// unless the object holds an act of its own whose time or reason the
// clause may give.
func TestActObjectsBeforeSubordinateClauses(t *testing.T) {
	tests := []formCase{
		{"as", "Bugti praised the traders as the market reopened.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "praised", "the traders", "traders", false}}},
		{"after", "Chaudhry condemned the attack after the police released the figures.", []actor{chaudhry},
			[]want{{"condemnation", "Talal Chaudhry", "Chaudhry", "condemned", "the attack", "", false}}},
		{"an infinitive object", "Bugti refused to meet the traders when they came to Quetta.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "refused", "to meet the traders", "", false}}},
		{"guard: the object's own act keeps its clause", "Chaudhry accused Bugti of closing the roads while he was minister.", []actor{bugti, chaudhry},
			[]want{{"accusation", "Talal Chaudhry", "Chaudhry", "accused", "Bugti of closing the roads while he was minister", "Sarfraz Bugti", false}}},
		{"guard: a reason stays", "Bugti mocked the council because it had no plan.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "mocked", "the council because it had no plan", "", false}}},
		{"guard: a verb of saying keeps its clause", "Bugti said the roads would reopen when the rains end.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads would reopen when the rains end", "", false}}},
	}
	runForms(t, tests)
}

// TestCastingAs checks "cast X as Y" as a portrayal, a verb the tagger
// reads as a noun before a reflexive object, and casting that portrays
// no one.
func TestCastingAs(t *testing.T) {
	tests := []formCase{
		{"cast someone as", "Chaudhry has cast Bugti as a friend of the smugglers.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "has cast", "Bugti as a friend of the smugglers", "", false}}},
		{"a second act with a reflexive object", "Bugti railed against the cartel and cast himself as the traders' ally.", []actor{bugti},
			[]want{
				{"condemnation", "Sarfraz Bugti", "Bugti", "railed against", "the cartel", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "cast", "himself as the traders' ally", "", false},
			}},
		{"guard: ballots cast", "Thousands cast their ballots as the polls closed in Quetta.", nil, nil},
		{"guard: doubt cast", "The report cast doubt on the figures as the inquiry went on.", nil, nil},
	}
	runForms(t, tests)
}

// TestFollowersAreNotTheirLeader checks that a speaker named by whom they
// follow or oppose is not that actor, while a spokesman still speaks for
// the one he serves.
func TestFollowersAreNotTheirLeader(t *testing.T) {
	tests := []formCase{
		{"supporters", "Bugti supporters said the roads were shut.", []actor{bugti},
			[]want{{"statement", "Bugti supporters", "Bugti supporters", "said", "the roads were shut", "", false}}},
		{"critics of", "Critics of Chaudhry argue that the tolls are too high.", []actor{chaudhry},
			[]want{{"statement", "Critics", "Critics of Chaudhry", "argue", "that the tolls are too high", "", false}}},
		{"a share of the voters", "Forty percent of Bugti voters said the roads were shut.", []actor{bugti},
			[]want{{"statement", "Bugti voters", "Forty percent of Bugti voters", "said", "the roads were shut", "", false}}},
		{"guard: a spokesman speaks for his principal", "A Bugti spokesman said the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "A Bugti spokesman", "said", "the roads were open", "", false}}},
	}
	runForms(t, tests)
}
