package claims

import "testing"

// TestClauseSubjects checks speakers the noun-phrase rules reach only
// through the clause: pronouns of quantity, predeterminers, subordinate
// clauses, ages, and a verb coordinated after a passive.
func TestClauseSubjects(t *testing.T) {
	tests := []formCase{
		{"another as a pronoun", "Another said the roads were closed.", nil,
			[]want{{"statement", "", "Another", "said", "the roads were closed", "", false}}},
		{"a predeterminer and a reduced relative", "All the experts I interviewed said the plan would fail.", nil,
			[]want{{"statement", "", "All the experts I interviewed", "said", "the plan would fail", "", false}}},
		{"an apposition inside a subordinate clause", "When the province’s chief minister, Sarfraz Bugti, said on Monday that the roads were open, traffic resumed.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "the province’s chief minister, Sarfraz Bugti,", "said", "that the roads were open", "", false}}},
		{"a subject inside a subordinate clause", "While those surveyed said the vote was fair, turnout was low.", nil,
			[]want{{"statement", "", "those surveyed", "said", "the vote was fair", "", false}}},
		{"an age names a person", "“The roads are open,” said the 46-year-old.", nil,
			[]want{{"statement", "", "the 46-year-old", "said", "“The roads are open,”", "", true}}},
		{"a verb with a clause after a passive", "Bugti was forced into a retreat and said that his words had been twisted.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that his words had been twisted", "", false}}},
		{"a verb sharing the passive is no claim", "The hostages were freed on Thursday and said to be in good health.", nil, nil},
		{"the speaker's next act ends the content", "Bugti said the roads were open, and left for Quetta on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads were open", "", false}}},
	}
	runForms(t, tests)
}

// TestNamesOfMovedObjects checks "call" whose object went before it into a
// relative pronoun, and objects with a relative clause of their own.
func TestNamesOfMovedObjects(t *testing.T) {
	tests := []formCase{
		{"what X called Y", "The attack was what officials called a hate crime.", nil,
			[]want{{"statement", "officials", "officials", "called", "a hate crime", "", false}}},
		{"which X, with an apposition, called “Y”", "The tax — which the province’s chief minister, Sarfraz Bugti, called “a disgrace” — was dropped.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "the province’s chief minister, Sarfraz Bugti,", "called", "“a disgrace”", "", true}}},
		{"a noun, that, X called", "It was a bill that critics called unfair to farmers.", nil,
			[]want{{"statement", "critics", "critics", "called", "unfair to farmers", "", false}}},
		{"called what X did Y", "Bugti called what he witnessed “terrible.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "what he witnessed “terrible.”", "", true}}},
		{"an object with a relative clause", "Chaudhry called the attack that killed five officers “an act of war.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "the attack that killed five officers “an act of war.”", "", true}}},
		{"a time is no name", "The office that he called last week was closed.", nil, nil},
		{"a call after a that-clause is no naming", "Bugti said Wednesday that he called Chaudhry after the vote.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that he called Chaudhry after the vote", "", false}}},
	}
	runForms(t, tests)
}

// TestBaseFormVerbs checks verbs in the base form the tagger reads as
// nouns ("support", "back", "fear"): after a plural subject, an age, a time
// that ends a participle, or a list of names, and before an object.
func TestBaseFormVerbs(t *testing.T) {
	tests := []formCase{
		{"an age after the subject", "Men under 35 support Bugti by four points.", []actor{bugti},
			[]want{{"support", "", "Men under 35", "support", "Bugti by four points", "Sarfraz Bugti", false}}},
		{"a participle with a time", "About two-thirds of the voters polled Tuesday support closing the border.", nil,
			[]want{{"support", "", "About two-thirds of the voters polled Tuesday", "support", "closing the border", "", false}}},
		{"a list of states", "Russia backs the government, while the United States, Britain and France support the rebels.", nil,
			[]want{
				{"support", "", "Russia", "backs", "the government", "", false},
				{"support", "", "the United States, Britain and France", "support", "the rebels", "", false},
			}},
		{"a headline in title case", "Hedge Funds Support Sarfraz Bugti", []actor{bugti},
			[]want{{"support", "", "Hedge Funds", "Support", "Sarfraz Bugti", "Sarfraz Bugti", false}}},
		{"a noun after an object", "Bugti won Latino support Tuesday in the state.", []actor{bugti}, nil},
		{"a noun after a number", "One tweet Friday drew wide attention.", nil, nil},
		{"a headline's object after a preposition", "Delegates Walk Out After Rules Report Is Presented", nil, nil},
	}
	runForms(t, tests)
}

// TestReportsAsSubjects checks polls and reports named with a participle
// and a time ("a poll released on Tuesday found"), and what a speaker
// declines.
func TestReportsAsSubjects(t *testing.T) {
	tests := []formCase{
		{"a participle and a time", "New polls released Sunday showed Bugti taking a lead.", []actor{bugti},
			[]want{{"statement", "", "New polls released Sunday", "showed", "Bugti taking a lead", "", false}}},
		{"a time after a preposition", "A survey released on Tuesday found that most voters were undecided.", nil,
			[]want{{"statement", "", "A survey released on Tuesday", "found", "that most voters were undecided", "", false}}},
		{"an article finds", "The newspaper article published Friday found no record of the meeting.", nil,
			[]want{{"statement", "", "The newspaper article published Friday", "found", "no record of the meeting", "", false}}},
		{"a programme is no showing", "The Sunday shows spent hours on the vote.", nil, nil},
		{"declined a request", "Bugti declined an interview request.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "declined", "an interview request", "", false}}},
		{"declined with an adverb", "Chaudhry declined to directly respond to the charge.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "declined", "to directly respond to the charge", "", false}}},
		{"declined no speech", "Bugti declined a second term in office.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestGerundsAndParticiples checks acts named by a gerund after a
// preposition or at the head of the sentence, whose speaker is the main
// clause's subject, and participles on a report or a text ("polls
// showing", "a petition calling on").
func TestGerundsAndParticiples(t *testing.T) {
	tests := []formCase{
		{"a relative clause before the subject", "After thanking the crowd, which cheered him, Bugti said the roads were open.", []actor{bugti},
			[]want{
				{"support", "Sarfraz Bugti", "Bugti", "thanking", "the crowd", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "the roads were open", "", false},
			}},
		{"despite", "Despite criticizing the army, Bugti said he would work with it.", []actor{bugti},
			[]want{
				{"condemnation", "Sarfraz Bugti", "Bugti", "criticizing", "the army", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "he would work with it", "", false},
			}},
		{"a participle opens the sentence", "Promising that the roads would reopen, Bugti left for Quetta.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "Promising", "that the roads would reopen", "", false}}},
		{"a preposition in -ing is no act", "Regarding the floods, Bugti was silent.", []actor{bugti}, nil},
		{"polls showing", "Recent polls showing a tightening of the race worried Bugti.", []actor{bugti},
			[]want{{"statement", "", "Recent polls", "showing", "a tightening of the race", "", false}}},
		{"a showing is no act", "His strong second-place showing in Quetta surprised many.", nil, nil},
		{"a petition calling on", "A petition calling on Bugti to resign has drawn 5,000 signatures.", []actor{bugti},
			[]want{{"statement", "", "A petition", "calling on", "Bugti to resign", "", false}}},
	}
	runForms(t, tests)
}

// TestThinkers checks who may think: a relative "who", any noun phrase
// after a report or before "that", and plural nouns the tagger reads as
// verbs before a base-form verb.
func TestThinkers(t *testing.T) {
	tests := []formCase{
		{"a bodily noun after a report", "The province has the larger field operation, the campaigns agree.", nil,
			[]want{{"statement", "", "the campaigns", "agree", "The province has the larger field operation", "", false}}},
		{"a subordinate clause is no report", "But even after the floods receded, the borrowing continued.", nil, nil},
		{"a noun before that", "Bugti’s inner circle believes that the vote will go ahead.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti’s inner circle", "believes", "that the vote will go ahead", "", false}}},
		{"a relative who", "It was a message for those who fear more floods.", nil,
			[]want{{"statement", "", "who", "fear", "more floods", "", false}}},
		{"a plural before a base form", "Many economists and reform advocates believe it would be easy to evade.", nil,
			[]want{{"statement", "", "Many economists and reform advocates", "believe", "it would be easy to evade", "", false}}},
	}
	runForms(t, tests)
}

// TestPastReadAsParticiple checks past tenses the tagger reads as
// participles after a noun: the clause's own verb when the noun phrase
// opens the clause and no main verb follows; a reduced relative otherwise.
func TestPastReadAsParticiple(t *testing.T) {
	tests := []formCase{
		{"a past tense before that", "Many residents suspected that the dam had failed.", nil,
			[]want{{"statement", "residents", "Many residents", "suspected", "that the dam had failed", "", false}}},
		{"a past tense after a quotation", "“The roads are shut!” one person tweeted.", nil,
			[]want{{"statement", "", "one person", "tweeted", "“The roads are shut!”", "", true}}},
		{"a reduced relative before the main verb", "The report published on Monday said the floods had receded.", nil,
			[]want{{"statement", "", "The report published on Monday", "said", "the floods had receded", "", false}}},
		{"an apposition", "Bugti met Javier Condori, a doctor considered one of the best in the city.", []actor{bugti, condori}, nil},
		{"a passive with to", "Many officials believed to be close to Bugti resigned.", []actor{bugti}, nil},
		{"after a preposition", "The town grew, with 30,000 settlers expected this year.", nil, nil},
		{"a situation, not a finding", "The two campaigns found themselves in a bitter fight.", nil, nil},
	}
	runForms(t, tests)
}

// TestVerbsReadAsNouns checks more verb forms the tagger reads as nouns:
// before a modal in a relative clause with a gap, after a quantifier set
// off by commas, and "hopes that" after a name.
func TestVerbsReadAsNouns(t *testing.T) {
	tests := []formCase{
		{"a gap before a modal", "The army announced a curfew, a step that residents fear will hurt trade.", nil,
			// (the apposition is the writer's gloss on the curfew, and
			// the residents' fear is a claim of its own, with a gap for
			// its subject)
			[]want{
				{"statement", "", "The army", "announced", "a curfew", "", false},
				{"statement", "residents", "residents", "fear", "will hurt trade", "", false},
			}},
		{"a base form before a modal", "It is a tactic Democrats hope will win votes.", nil,
			[]want{{"statement", "", "Democrats", "hope", "will win votes", "", false}}},
		{"a relative before the subject", "It is a rule which Bugti thinks will cost jobs.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "thinks", "will cost jobs", "", false}}},
		{"a quantifier set off by commas", "That plan, many argue, could fail.", nil,
			[]want{{"statement", "", "many", "argue", "That plan, many argue, could fail", "", false}}},
		{"hopes that after a name", "Bugti hopes that the roads will reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "hopes", "that the roads will reopen", "", false}}},
		{"a plural noun before a relative", "The Rust Belt states that lost jobs voted early.", nil, nil},
		{"a possessed noun", "Bugti’s hopes that the roads would reopen faded.", []actor{bugti}, nil},
	}
	runForms(t, tests)
}

// TestAsidesBeforeTheVerb checks what stands between a subject and its
// verb: an adverb of manner (part of the cue, as PolNeAR marks it), a
// home town or a place in two parts inside an apposition, and a fronted
// phrase after "but".
func TestAsidesBeforeTheVerb(t *testing.T) {
	tests := []formCase{
		{"an adverb of manner", "His critics loudly denounced the plan.", nil,
			[]want{{"condemnation", "critics", "His critics", "loudly denounced", "the plan", "", false}}},
		{"a home town", "Cory James, 22, of Flint, Mich., said he had not given up.", nil,
			[]want{{"statement", "", "Cory James, 22, of Flint, Mich.,", "said", "he had not given up", "", false}}},
		{"a place in two parts", "Bugti, speaking later at a rally in Quetta, Balochistan, did not mention the army.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, speaking later at a rally in Quetta, Balochistan,", "did not mention", "the army", "", false}}},
		{"a fronted phrase after but", "The clerk first said he did not recall the files, but in a later interview said he had deleted them.", nil,
			[]want{
				{"statement", "", "The clerk", "first said", "he did not recall the files", "", false},
				{"statement", "", "he", "did not recall", "the files", "", false},
				{"statement", "", "The clerk", "said", "he had deleted them", "", false},
			}},
		{"an article stating", "The magazine shot back in an article stating that the list was accurate.", nil,
			[]want{{"statement", "", "The magazine", "stating", "that the list was accurate", "", false}}},
		{"a petition after a time", "Bugti started a petition this week calling on the army to withdraw.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "calling on", "the army to withdraw", "", false}}},
	}
	runForms(t, tests)
}

// TestReportAuthors checks subjects carried by a phrase after the head:
// the author of a report ("A study by X found"), a participle on a noun of
// people ("People involved in the talks said"), and a source that ends at
// a closing bracket.
func TestReportAuthors(t *testing.T) {
	tests := []formCase{
		{"a study by", "A study by the watchdog group found that the ads were false.", nil,
			[]want{{"statement", "", "A study by the watchdog group", "found", "that the ads were false", "", false}}},
		{"a survey conducted by", "A survey conducted by an independent analyst found that most were content.", nil,
			[]want{{"statement", "", "A survey conducted by an independent analyst", "found", "that most were content", "", false}}},
		{"people involved in", "People involved in the talks said the deal was close.", nil,
			[]want{{"statement", "", "People involved in the talks", "said", "the deal was close", "", false}}},
		{"a source inside brackets", "Turnout fell (the real figure is lower, according to the census office).", nil,
			[]want{{"statement", "census office", "the census office", "according to", "the real figure is lower", "", false}}},
	}
	runForms(t, tests)
}

// TestSpanStarts checks where a speaker's span starts when a phrase before
// it ends in a comma: a time, the object of a preposition or a moment is
// not part of it; a list of names is.
func TestSpanStarts(t *testing.T) {
	tests := []formCase{
		{"a time before a list", "On Sunday, Bugti and Chaudhry urged the party to unite.", []actor{bugti, chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Bugti and Chaudhry", "urged", "the party to unite", "", false}}},
		{"a time before an apposition", "And on Tuesday, Rahmat Nugroho, the agency’s spokesman, said the search was over.", []actor{nugroho},
			[]want{{"statement", "Rahmat Nugroho", "Rahmat Nugroho, the agency’s spokesman,", "said", "the search was over", "", false}}},
		{"the object of a preposition", "In a message to Chaudhry, Bugti, the chief minister, recounted the talks.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, the chief minister,", "recounted", "the talks", "", false}}},
		{"a moment", "At the moment Bugti announced the plan, the roads were empty.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "announced", "the plan", "", false}}},
	}
	runForms(t, tests)
}

// TestCueParticles checks prepositions PolNeAR marks as part of the cue.
func TestCueParticles(t *testing.T) {
	tests := []formCase{
		{"boasted of", "Bugti boasted of the new roads.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "boasted of", "the new roads", "", false}}},
		{"cautioned against", "Chaudhry cautioned against haste in the talks.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "cautioned against", "haste in the talks", "", false}}},
		{"remarked upon", "Bugti remarked upon the size of the crowd.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "remarked upon", "the size of the crowd", "", false}}},
	}
	runForms(t, tests)
}

// TestTranscriptsAndHeadlines checks colon labels: speakers in capitals
// each labelling one line of a transcript, and a headline that quotes a
// named speaker; an exclamation before a headline's colon names no one.
func TestTranscriptsAndHeadlines(t *testing.T) {
	tests := []formCase{
		{"a transcript of several speakers", "KATE HOLLIS: Why not debate?\nJOEL BARNES: He said he would never run a negative ad.\nBARNES: We debate when we choose.", nil,
			[]want{
				{"statement", "", "KATE HOLLIS", ":", "Why not debate?", "", false},
				{"statement", "", "JOEL BARNES", ":", "He said he would never run a negative ad", "", false},
				{"statement", "", "He", "said", "he would never run a negative ad", "", false},
				{"statement", "", "BARNES", ":", "We debate when we choose", "", false},
			}},
		{"a headline quoting a speaker", "Bugti camp: The army must leave the valley\nQUETTA — The chief minister's aides spoke on Monday.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti camp", ":", "The army must leave the valley", "", false}}},
		{"an exclamation is no speaker", "Wow: The Roads Just Reopened\nQUETTA — Traffic moved again on Monday.", nil, nil},
	}
	runForms(t, tests)
}

// TestVerbalAttacks checks "attacked" with a person as object: a claim
// when words are the weapon, none when the attacker is armed.
func TestVerbalAttacks(t *testing.T) {
	tests := []formCase{
		{"attacked a rival for", "Bugti attacked Chaudhry for his silence on the floods.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "attacked", "Chaudhry for his silence on the floods", "Talal Chaudhry", false}}},
		{"attacked a full name", "Early in the campaign, Bugti attacked Talal Chaudhry, calling him weak.", []actor{bugti, chaudhry},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "attacked", "Talal Chaudhry", "Talal Chaudhry", false},
				{"statement", "Sarfraz Bugti", "Bugti", "calling", "him weak", "", false},
			}},
		{"gunmen attacked a person", "Gunmen attacked Talal Chaudhry on the highway.", []actor{chaudhry}, nil},
		{"an armed group attacked", "The BLA attacked Natalie Baker's convoy for the second time.", []actor{bla, baker}, nil},
	}
	runForms(t, tests)
}

// TestTextsAndViews checks texts that "read" their words and views held
// with "see … as" over a longer object.
func TestTextsAndViews(t *testing.T) {
	tests := []formCase{
		{"a text read after a quotation", "“The roads are open,” the statement read.", nil,
			[]want{{"statement", "", "the statement", "read", "“The roads are open,”", "", true}}},
		{"it read", "“We will rebuild,” it read.", nil,
			[]want{{"statement", "", "it", "read", "“We will rebuild,”", "", true}}},
		{"reading a decision is no claim", "As the judge read his decision, the room fell silent.", nil, nil},
		{"a sign which read, after a dash", "He held up a sign — which read “Roads Now” — and waved it.", nil,
			[]want{{"statement", "", "which", "read", "“Roads Now”", "", true}}},
		{"see with a participle before as", "Experts see the elections held Sunday as a test of the army.", nil,
			[]want{{"statement", "Experts", "Experts", "see", "the elections held Sunday as a test of the army", "", false}}},
		{"saw without as is no view", "Residents saw the floods reach the town.", nil, nil},
	}
	runForms(t, tests)
}

// TestEmailsAndPleas checks "emailed" as a verb of writing (the noun
// "emails" is none) and pleas in court.
func TestEmailsAndPleas(t *testing.T) {
	tests := []formCase{
		{"emailed", "A spokesman for the agency emailed reporters that the search was over.", nil,
			[]want{{"statement", "", "A spokesman for the agency", "emailed", "that the search was over", "", false}}},
		{"the noun emails", "The Bugti emails were released on Friday.", []actor{bugti}, nil},
		{"pleaded guilty", "The contractor pleaded guilty to two counts of fraud.", nil,
			[]want{{"statement", "", "The contractor", "pleaded", "guilty to two counts of fraud", "", false}}},
	}
	runForms(t, tests)
}

// TestQuotesAndDashes checks a quotation whose inner and outer closing
// marks are typed together as three apostrophes before "said X", and an
// aside between dashes after the subject.
func TestQuotesAndDashes(t *testing.T) {
	tests := []formCase{
		{"closing marks typed together", "''I would use the word 'old-school,''' said Gregory Slayton, a former envoy.", nil,
			[]want{{"statement", "", "Gregory Slayton, a former envoy", "said", "''I would use the word 'old-school,'''", "", true}}},
		{"an aside between dashes", "Bugti — after a long pause — told reporters the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "told", "the roads were open", "", false}}},
		{"dashes after a verb are no aside", "The army said — without giving details — that the road was shut.", nil,
			[]want{{"statement", "", "The army", "said", "that the road was shut", "", false}}},
	}
	runForms(t, tests)
}

// TestPollNames checks polls cited with "in" whose names hold a slash or
// two pollsters, and shares after a focus word: the poll speaks for what
// its respondents said.
func TestPollNames(t *testing.T) {
	tests := []formCase{
		{"a slash in the name", "In a Dawn/Gallup survey released last Thursday, 79 percent of voters said the roads were worse.", nil,
			[]want{{"statement", "", "a Dawn/Gallup survey released last Thursday", "In", "79 percent of voters said the roads were worse", "", false}}},
		{"two pollsters and a focus word", "In a poll conducted by Dawn and Geo News, just 28 percent of voters said they trusted the army.", nil,
			[]want{{"statement", "", "a poll conducted by Dawn and Geo News", "In", "just 28 percent of voters said they trusted the army", "", false}}},
		{"a poll's finding of what shares said", "A Gallup poll released Friday found that 70 percent of voters said the roads were worse.", nil,
			[]want{{"statement", "", "A Gallup poll released Friday", "found", "that 70 percent of voters said the roads were worse", "", false}}},
		{"a person's report of what shares said", "Bugti said that 70 percent of voters said the roads were worse.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "said", "that 70 percent of voters said the roads were worse", "", false},
				{"statement", "voters", "70 percent of voters", "said", "the roads were worse", "", false},
			}},
	}
	runForms(t, tests)
}

// TestWritersAsides checks where the content ends when the words after it
// are the writer's: a phrase after an inverted cue, and a clause joined by
// "and" to a content with no verb of its own.
func TestWritersAsides(t *testing.T) {
	tests := []formCase{
		{"a participle after a quotation and its speaker", "“The roads are open,” Bugti said, harping on his favourite theme.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open,”", "", true}}},
		{"a preposition after a quotation and its speaker", "“The roads are open,” Bugti said, in another swipe at Chaudhry.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open,”", "", true}}},
		{"a split quotation goes on", "“The roads,” Bugti said, “are open.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads,” Bugti said, “are open.”", "", true}}},
		{"conditions of anonymity after a clause", "The roads were open, an official said, on condition of anonymity to speak freely about the army.", nil,
			[]want{{"statement", "", "an official", "said", "The roads were open", "", false}}},
		{"a list goes on with what was said", "The talks covered many topics, the ministry said, including trade and water.", nil,
			[]want{{"statement", "", "the ministry", "said", "The talks covered many topics, the ministry said, including trade and water", "", false}}},
		{"a clause with a verb after the comma is content", "The roads, the ministry said, in most places are open.", nil,
			[]want{{"statement", "", "the ministry", "said", "The roads, the ministry said, in most places are open", "", false}}},
		{"the writer's attribution at the end of the sentence", "Almost half of the residents say they feel unsafe, a survey of the district released on Friday showed.", nil,
			[]want{
				{"statement", "residents", "Almost half of the residents", "say", "they feel unsafe", "", false},
				{"statement", "", "a survey of the district released on Friday", "showed", "Almost half of the residents say they feel unsafe", "", false}}},
		{"a new subject after an infinitive", "Bugti declined to comment and officials later said the roads were open.", []actor{bugti},
			[]want{
				{"statement", "Sarfraz Bugti", "Bugti", "declined", "to comment", "", false},
				{"statement", "officials", "officials", "later said", "the roads were open", "", false}}},
		{"a finite verb after an object", "The council endorsed Bugti and has been a critic of his rivals.", []actor{bugti},
			[]want{{"support", "", "The council", "endorsed", "Bugti", "Sarfraz Bugti", false}}},
		{"a new subject after an object", "The council backed the bill and the governor signed it.", nil,
			[]want{{"support", "", "The council", "backed", "the bill", "", false}}},
		{"two subjects after a verb of saying", "Bugti said he and Chaudhry differ on the tax.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "he and Chaudhry differ on the tax", "", false}}},
		{"an object with a bare infinitive", "The army is offering to help farmers and traders rebuild their shops.", nil,
			[]want{{"statement", "", "The army", "is offering", "to help farmers and traders rebuild their shops", "", false}}},
	}
	runForms(t, tests)
}

// TestWhereContentStarts checks the words between the cue and what was
// said: a long prepositional phrase or an addressee before "that", and an
// opening participle or wh-clause before a speaker and a quotation.
func TestWhereContentStarts(t *testing.T) {
	tests := []formCase{
		{"a long prepositional phrase before that", "Bugti wrote in a guest column in Sunday’s edition of the Quetta daily that the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "wrote in a guest column", "that the roads were open", "", false}}},
		{"a possessive inside the phrase", "Bugti argued during this week’s debate that the tax was unfair.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "argued", "that the tax was unfair", "", false}}},
		{"an addressee pronoun", "Bugti complained to them that the tax was unfair.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "complained", "that the tax was unfair", "", false}}},
		{"a relative clause on the object is content", "Bugti welcomed the council’s announcement that it would build the road.", []actor{bugti},
			[]want{{"support", "Sarfraz Bugti", "Bugti", "welcomed", "the council’s announcement that it would build the road", "", false}}},
		{"an object with a clause of its own is content", "Bugti proposed an amendment that would limit the terms of judges.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "proposed", "an amendment that would limit the terms of judges", "", false}}},
		{"a noun with its that-clause is content", "Bugti rejected the notion that he had closed the roads.", []actor{bugti},
			[]want{{"denial", "Sarfraz Bugti", "Bugti", "rejected", "the notion that he had closed the roads", "", false}}},
		{"a time before that", "Bugti said last week that the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the roads were open", "", false}}},
		{"an aside set off by commas before that", "Bugti said, without evidence, that the roads were mined.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the roads were mined", "", false}}},
		{"a semicolon inside the quotation", "“The roads are open; the bridges are not,” Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads are open; the bridges are not,”", "", true}}},
		{"an opening participle before a quotation", "Asked whether the roads were safe, Bugti said, “Not yet.”", []actor{bugti},
			[]want{
				{"statement", "", "", "Asked", "whether the roads were safe", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "“Not yet.”", "", true}}},
		{"an opening wh-clause before a quotation", "When the tax was first proposed, Bugti said, “It will pay for the roads.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“It will pay for the roads.”", "", true}}},
		{"a phrase after that opens the content's clause", "Aides predicted that by the month’s end, Bugti will have the votes.", []actor{bugti},
			[]want{{"statement", "Aides", "Aides", "predicted", "that by the month’s end, Bugti will have the votes", "", false}}},
		{"a clause of the writer's after the content", "Aides said the votes were counted, Bugti left for Quetta.", []actor{bugti},
			[]want{{"statement", "Aides", "Aides", "said", "the votes were counted", "", false}}},
		{"a gerund subject goes on in the quotation", "Judging the candidates by their rallies, Bugti said, “is a mistake.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "Judging the candidates by their rallies, Bugti said, “is a mistake.”", "", true}}},
	}
	runForms(t, tests)
}

// TestNamingAndSpeakingNouns checks "call" with a pronoun object and a
// bare noun, an adjective or a possessive name, and common nouns for
// people by rank and for bodies as the speakers of verbs that need one.
func TestNamingAndSpeakingNouns(t *testing.T) {
	tests := []formCase{
		{"a pronoun and a bare noun, then a second participle", "The tycoon entered the race with harsh words about migrants, calling them rapists and vowing to build a wall.", nil,
			[]want{
				{"statement", "", "The tycoon", "calling", "them rapists", "", false},
				{"statement", "", "The tycoon", "vowing", "to build a wall", "", false}}},
		{"a possessive and a quoted name", "The former first lady calls it her “responsibility gene.”", nil,
			[]want{{"statement", "", "The former first lady", "calls", "it her “responsibility gene.”", "", true}}},
		{"a pronoun and an adjective before and", "Bugti called him divisive and left the hall.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "him divisive", "", false}}},
		{"a court rules", "The court ruled that the tax was unlawful.", nil,
			[]want{{"statement", "", "The court", "ruled", "that the tax was unlawful", "", false}}},
		{"a time after the pronoun is a telephone call", "The company called them Monday.", nil, nil},
		{"a particle after the pronoun is a telephone call", "The city called him back.", nil, nil},
	}
	runForms(t, tests)
}

// TestDocumentsAndModifiers checks findings of documents and polls whose
// noun phrase holds a participle, two modifiers or a place, and the
// subject that sends a document after a subordinate clause.
func TestDocumentsAndModifiers(t *testing.T) {
	tests := []formCase{
		{"a gerund modifier before an inverted cue", "Bugti lent his campaign a large sum last month, fundraising documents show.", []actor{bugti},
			[]want{{"statement", "", "fundraising documents", "show", "Bugti lent his campaign a large sum last month", "", false}}},
		{"two modifiers of one head", "Much of the money came from firms that no longer exist, campaign and corporate records show.", nil,
			[]want{{"statement", "", "campaign and corporate records", "show", "Much of the money came from firms that no longer exist", "", false}}},
		{"an adverb and a participle", "Donations rose in August, an analysis of newly filed reports shows.", nil,
			[]want{{"statement", "", "an analysis of newly filed reports", "shows", "Donations rose in August", "", false}}},
		{"a participle clause after a comma is no subject", "Protesters marched on Sunday, carrying signs saying “No tax.”", nil,
			[]want{{"statement", "", "signs", "saying", "“No tax.”", "", true}}},
		{"a place and a participle read as a past form", "A poll of Balochistan released on Tuesday showed Bugti with a lead.", []actor{bugti},
			[]want{{"statement", "", "A poll of Balochistan released on Tuesday", "showed", "Bugti with a lead", "", false}}},
		{"a focus adverb before the object", "The survey shows only a small gap between the parties.", nil,
			[]want{{"statement", "", "The survey", "shows", "only a small gap between the parties", "", false}}},
		{"a subordinate clause's subject does not send", "Shortly after Chaudhry’s briefing ended, Bugti’s office sent out a statement saying the roads were open.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti’s office", "sent out a statement saying", "the roads were open", "", false}}},
	}
	runForms(t, tests)
}

// TestObjectsInsideSubjects checks subjects that end with a pronoun in
// the object case, which belongs to a preposition or a relative clause
// inside them, and a pronoun in the subject case after a cue.
func TestObjectsInsideSubjects(t *testing.T) {
	tests := []formCase{
		{"a preposition's object ends the subject", "Bugti will rethink his plans, a source close to him said.", []actor{bugti},
			[]want{{"statement", "", "a source close to him", "said", "Bugti will rethink his plans", "", false}}},
		{"a share of them", "Most of them said they had loved working there.", nil,
			[]want{{"statement", "", "Most of them", "said", "they had loved working there", "", false}}},
		{"a relative clause's object ends the subject", "Groups that have endorsed him say they want a recount.", nil,
			[]want{{"statement", "", "Groups that have endorsed him", "say", "they want a recount", "", false}}},
		{"an object pronoun alone is no subject", "Let me first express my thanks.", nil, nil},
	}
	runForms(t, tests)
}

// TestThingsKeptAddedAndFound checks verbs that are speech only with a
// clause or a quotation, or with a person as the subject: a lead
// maintained, penalties added, jobs found, a campaign advised, a plan, a
// preposition in -ing and a cause that encourages are no claims.
func TestThingsKeptAddedAndFound(t *testing.T) {
	tests := []formCase{
		{"maintained that", "Bugti maintained that the roads were open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "maintained", "that the roads were open", "", false}}},
		{"a lead maintained", "Bugti maintained his lead over Chaudhry.", []actor{bugti, chaudhry}, nil},
		{"records maintained by aides", "The report was based on call sheets maintained by his aides.", nil, nil},
		{"adds that", "Bugti adds that the roads are open.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "adds", "that the roads are open", "", false}}},
		{"penalties added", "The council will add penalties for late filings.", nil, nil},
		{"jobs found", "The programme helps former prisoners find jobs and housing.", nil, nil},
		{"the poll found", "The poll found that the roads were unsafe.", nil,
			[]want{{"statement", "", "The poll", "found", "that the roads were unsafe", "", false}}},
		{"advised to", "Bugti advised residents to stay indoors.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "advised", "residents to stay indoors", "", false}}},
		{"an adviser's trade", "Garin is a pollster who advised Bugti's campaign in 2018.", []actor{bugti}, nil},
		{"advised by someone", "Bugti was advised by Chaudhry to use a private account.", []actor{bugti, chaudhry}, nil},
		{"a plan is no claim", "Bugti's plan for rebuilding the roads stalled in June.", []actor{bugti}, nil},
		{"regarding is a preposition", "Remarks by Bugti regarding the tax were treated differently.", []actor{bugti}, nil},
		{"considering after a be-form is a verb", "Bugti is considering a run for the Senate.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "is considering", "a run for the Senate", "", false}}},
		{"a cause does not encourage in words", "The early result encourages rivals to stay in the race.", nil, nil},
		{"a person encourages", "Bugti encourages farmers to plant early.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "encourages", "farmers to plant early", "", false}}},
	}
	runForms(t, tests)
}

// TestLongAppositions checks speakers whose apposition holds a home town
// in two parts or a body with a description of its own, and speakers
// given as a share or with a place after the head noun.
func TestLongAppositions(t *testing.T) {
	tests := []formCase{
		{"a home town after from", "Rachel Berg, a teacher from Turbat, Balochistan, said the roads were closed.", nil,
			[]want{{"statement", "", "Rachel Berg, a teacher from Turbat, Balochistan,", "said", "the roads were closed", "", false}}},
		{"a body described inside the apposition", "Mike Shields, president of the Leadership Fund, a group allied with the party, said the race was close.", nil,
			[]want{{"statement", "", "Mike Shields, president of the Leadership Fund, a group allied with the party,", "said", "the race was close", "", false}}},
		{"a share in tens", "About 4 in 10 voters want a new road.", nil,
			[]want{{"statement", "", "About 4 in 10 voters", "want", "a new road", "", false}}},
		{"a share of a group", "Almost half of the officials say the roads are unsafe.", nil,
			[]want{{"statement", "officials", "Almost half of the officials", "say", "the roads are unsafe", "", false}}},
		{"a number of a group", "Two of the witnesses said the gunmen fled.", nil,
			[]want{{"statement", "witnesses", "Two of the witnesses", "said", "the gunmen fled", "", false}}},
		{"a share in percent", "Just 30 percent of all voters consider the tax fair.", nil,
			[]want{{"statement", "voters", "Just 30 percent of all voters", "consider", "the tax fair", "", false}}},
		{"an approximation after of is no clause's start", "The elders of nearly four villages, all of them farmers, said the road was shut.", nil,
			[]want{{"statement", "elders", "The elders of nearly four villages, all of them farmers,", "said", "the road was shut", "", false}}},
		{"a long apposition before said and a pronoun", "The clerk of nearly four years, a teacher who spoke on condition of anonymity, said she lost her job last year.", nil,
			[]want{{"statement", "", "The clerk of nearly four years, a teacher who spoke on condition of anonymity,", "said", "she lost her job last year", "", false}}},
		{"a place after the head", "Voters in each district want a new road.", nil,
			[]want{{"statement", "Voters", "Voters in each district", "want", "a new road", "", false}}},
	}
	runForms(t, tests)
}

// TestAppositionsAfterTheCue checks the apposition of a speaker named
// after the cue or after "according to": it runs to the sentence end, but
// not over the writer's participle or into a clause of its own.
func TestAppositionsAfterTheCue(t *testing.T) {
	tests := []formCase{
		{"according to a body and its description", "The road was closed in 20 places, according to the Highway Trust, an advocacy group.", nil,
			[]want{{"statement", "", "the Highway Trust, an advocacy group", "according to", "The road was closed in 20 places", "", false}}},
		{"the writer's participle ends the apposition", "“We are seeing new traffic,” said Erik Flannigan, the trust's head of planning, referring to the trucks.", nil,
			[]want{
				{"statement", "", "Erik Flannigan, the trust's head of planning", "said", "“We are seeing new traffic,”", "", true},
				{"statement", "", "Erik Flannigan, the trust's head of planning", "referring to", "the trucks", "", false}}},
		{"a leading according to has no apposition", "According to the trust, officials made further demands.", nil,
			[]want{{"statement", "", "the trust", "According to", "officials made further demands", "", false}}},
		{"a clause after the name is no apposition", "The road was closed, according to the police, the floods have cut it.", nil,
			[]want{{"statement", "", "the police", "according to", "The road was closed", "", false}}},
	}
	runForms(t, tests)
}

// TestIssuedStatements checks a statement issued and what it says as one
// claim, whose cue runs from the verb of issuing to the participle.
func TestIssuedStatements(t *testing.T) {
	tests := []formCase{
		{"issued a statement saying", "The ministry issued a statement saying the roads were open.", nil,
			[]want{{"statement", "", "The ministry", "issued a statement saying", "the roads were open", "", false}}},
		{"put out a statement saying", "The campaign put out a statement saying the roads were open.", nil,
			[]want{{"statement", "", "The campaign", "put out a statement saying", "the roads were open", "", false}}},
		{"a time between the statement and what it says", "The ministry issued a statement on Monday saying the roads were open.", nil,
			[]want{{"statement", "", "The ministry", "issued a statement on Monday saying", "the roads were open", "", false}}},
		{"a time and a comma between", "The ministry released a statement Wednesday evening, saying the roads were open.", nil,
			[]want{{"statement", "", "The ministry", "released a statement Wednesday evening, saying", "the roads were open", "", false}}},
		{"an addressee between: the sender speaks", "His campaign sent out a text message to supporters saying the roads were open.", nil,
			[]want{{"statement", "", "His campaign", "sent out a text message to supporters saying", "the roads were open", "", false}}},
		{"a time between: the sender speaks, not the time", "The Cruz campaign sent a fundraising email Wednesday saying that the roads were open.", nil,
			[]want{{"statement", "", "The Cruz campaign", "sent a fundraising email Wednesday saying", "that the roads were open", "", false}}},
		{"a relative pronoun issues", "The union, which released a statement Tuesday questioning the plan, met again.", nil,
			[]want{{"statement", "", "which", "released a statement Tuesday questioning", "the plan", "", false}}},
		{"an adverb between is no time", "The governor called for releasing the police videos, as well, saying that openness builds trust.", nil,
			[]want{{"statement", "", "The governor", "called for", "releasing the police videos, as well", "", false},
				{"statement", "", "The governor", "saying", "that openness builds trust", "", false}}},
		{"a subject of the statement is no issue", "He also issued a statement on the subject, saying it was over.", nil,
			[]want{{"statement", "", "He", "also issued", "a statement on the subject", "", false},
				{"statement", "", "He", "saying", "it was over", "", false}}},
		{"a warning issued alone", "The ministry issued a warning to farmers.", nil,
			[]want{{"statement", "", "The ministry", "issued", "a warning to farmers", "", false}}},
	}
	runForms(t, tests)
}

// TestSubjectsBeforeAnObject checks a subject set off by an aside before a
// cue whose object goes on as a clause: the phrase after the cue is what
// was said, not an inverted speaker.
func TestSubjectsBeforeAnObject(t *testing.T) {
	tests := []formCase{
		{"a relative clause on the subject", "The lawmaker, who represents a district in Albay, said the minister's remarks “have hurt many families.”", nil,
			[]want{{"statement", "", "The lawmaker, who represents a district in Albay,", "said", "the minister's remarks “have hurt many families.”", "", true}}},
		{"a place set off after the subject and an opening adverbial", "For now, Pantucci, at the Royal United Services Institute, said China and Russia have settled their differences.", nil,
			[]want{{"statement", "", "Pantucci, at the Royal United Services Institute,", "said", "China and Russia have settled their differences", "", false}}},
		{"a sentence adverb set off after the subject, no part of the speaker", "Breitbart News, for one, noted the gap between the two rulings.", nil,
			[]want{{"statement", "", "Breitbart News", "noted", "the gap between the two rulings", "", false}}},
		{"a focus and an example set off", "Even the field's biggest hawks, like Rubio and Bush, say the bulk of the troops should be local fighters.", nil,
			[]want{{"statement", "", "the field's biggest hawks, like Rubio and Bush,", "say", "the bulk of the troops should be local fighters", "", false}}},
		{"a preposition's phrase on the subject", "Executives for the firm, which made $30 billion last year, say the company will save $46 million.", nil,
			[]want{{"statement", "", "Executives for the firm, which made $30 billion last year,", "say", "the company will save $46 million", "", false}}},
		{"a title in quotation marks inside the aside", "Sam Solovey, a contestant on the show, \"The Apprentice,\" who later worked for him, said his boss was kind.", nil,
			[]want{{"statement", "", "Sam Solovey, a contestant on the show, \"The Apprentice,\" who later worked for him,", "said", "his boss was kind", "", false}}},
		{"the subject of a clause after while", "The governor resisted, while Mike Huckabee, the former Arkansas governor, proposed a new tax.", nil,
			[]want{{"statement", "", "Mike Huckabee, the former Arkansas governor,", "proposed", "a new tax", "", false}}},
		{"a listener after told is no speaker", "Priebus, in the wake of a new poll, told Fox News on Sunday that the party was united.", nil,
			[]want{{"statement", "", "Priebus, in the wake of a new poll,", "told", "that the party was united", "", false}}},
		{"a name set off inside a relative clause on the subject", "David Fenton, a strategist whose agency, Fenton, made the ads, said its main goal was a carbon tax.", nil,
			[]want{{"statement", "", "David Fenton, a strategist whose agency, Fenton, made the ads,", "said", "its main goal was a carbon tax", "", false}}},
		{"a long relative clause between dashes", "The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks.", nil,
			[]want{{"statement", "", "The Supreme Court justice", "said", "she regretted her remarks", "", false}}},
		{"a participle before a name in an inverted speaker", "“The odds are good,” said another leading Supreme Court advocate.", nil,
			[]want{{"statement", "", "another leading Supreme Court advocate", "said", "“The odds are good,”", "", true}}},
		{"a subject with its apposition after as", "As Andrew Tabler, an expert on Syria at the Washington Institute, noted, “Everyone in the region is waiting.”", nil,
			[]want{{"statement", "", "Andrew Tabler, an expert on Syria at the Washington Institute,", "noted", "“Everyone in the region is waiting.”", "", true}}},
		{"an inverted speaker after content stays", "The bridge will reopen in May, said Bugti, the chief minister.", nil,
			[]want{{"statement", "", "Bugti, the chief minister", "said", "The bridge will reopen in May", "", false}}},
	}
	runForms(t, tests)
}

// TestTimesAfterTheSubject checks a time between a subject and its verb: the
// subject speaks, not the time.
func TestTimesAfterTheSubject(t *testing.T) {
	tests := []formCase{
		{"on a day", "The city council on Wednesday approved a resolution condemning the ban.", nil,
			[]want{{"condemnation", "city council", "The city council", "condemning", "the ban", "", false}}},
		{"during an event", "Sanders during a Sunday speech praised the union for its work.", nil,
			[]want{{"support", "", "Sanders", "praised", "the union for its work", "", false}}},
		{"a day and its part", "The appeals court on Tuesday morning sided with the governors.", nil,
			[]want{{"statement", "appeals court", "The appeals court", "sided with", "the governors", "", false}}},
		{"no claim: a time before a verb of doing", "The council on Wednesday approved the new budget.", nil, nil},
	}
	runForms(t, tests)
}

// TestLongOccasions checks the occasion after "“…,” X said": however long,
// it is the writer's, and the quotation before the speaker is what was
// said, with the quotation that goes on in the next sentence.
func TestLongOccasions(t *testing.T) {
	tests := []formCase{
		{"a month after an object", "Chaudhry endorsed the canal plan in February.", []actor{chaudhry},
			[]want{{"support", "Talal Chaudhry", "Chaudhry", "endorsed", "the canal plan", "", false}}},
		{"a month and a year after an infinitive", "The governor declined to run in late 2015.", nil,
			[]want{{"statement", "", "The governor", "declined", "to run", "", false}}},
		{"a medium after a name given", "Chaudhry called the vote “rigged” in a tweet.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "the vote “rigged”", "", true}}},
		{"a time between the cue and a clause", "Chaudhry said on Friday he met the governor.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "he met the governor", "", false}}},
		{"a time inside a that-clause stays", "Chaudhry said that for decades the river had flooded.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "that for decades the river had flooded", "", false}}},
		{"a phrase fronted after that, set off by commas", "Officials said that, even if the rain stops, the road will stay closed.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "that, even if the rain stops, the road will stay closed", "", false}}},
		{"a phrase fronted after that, before a quotation", "Chaudhry said that in the current climate, “roads come first.”", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "that in the current climate, “roads come first.”", "", true}}},
		{"a demonstrative that before a comma", "Chaudhry rejected that, too.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "rejected", "that", "", false}}},
		{"a clause keeps its own date", "Chaudhry said the bridge would open in June 2025.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "said", "the bridge would open in June 2025", "", false}}},
		{"a month is no date without its capital", "Chaudhry backed the plan in may.", []actor{chaudhry},
			[]want{{"support", "Talal Chaudhry", "Chaudhry", "backed", "the plan in may", "", false}}},
		{"a long occasion after a quotation that comes first", "“This is a long fight and we must lead it,” Clinton said on Thursday during a speech at the Council on Foreign Relations in New York City.", nil,
			[]want{{"statement", "", "Clinton", "said", "“This is a long fight and we must lead it,”", "", true}}},
		{"the occasion ends in a clause of the writer's", "“He is not my favorite by any means,” Graham told CBS News on Super Tuesday, when a dozen states held contests.", nil,
			[]want{{"statement", "", "Graham", "told", "“He is not my favorite by any means,”", "", true}}},
		{"an ellipsis inside the quotation does not end it", "“We are a swing state,” said Rep. Dina Titus. “We are ready. ... We are not taking anything for granted.”", nil,
			[]want{{"statement", "", "Rep. Dina Titus", "said", "“We are a swing state,” said Rep. Dina Titus. “We are ready. ... We are not taking anything for granted.”", "", true}}},
		{"a writer's clause of any shape after a quotation closed by its comma", "“The roads will open,” Bugti said in Quetta on Tuesday night, after the rain had stopped, following a day in which traders had protested.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads will open,”", "", true}}},
		{"a programme's title in capitals", "“The roads will open,” Bugti said on Geo’s “Capital Talk” show.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads will open,”", "", true}}},
		{"a quotation split around the cue goes on", "“The roads,” Bugti said, “will open on Monday.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads,” Bugti said, “will open on Monday.”", "", true}}},
		{"a participle's own clause after the speaker", "“Every rupee is an investment,” Bugti said, adding that the roads would reopen by May.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“Every rupee is an investment,”", "", true},
				{"statement", "Sarfraz Bugti", "Bugti", "adding", "that the roads would reopen by May", "", false}}},
		{"a statement read on the radio", "“They will answer for it,” he said in a statement read on state radio.", nil,
			[]want{{"statement", "", "he", "said in a statement", "“They will answer for it,”", "", true}}},
		{"after a speaker with an apposition", "“The roads will open,” Hamid Khan, the head of the traders, said at a rally in Quetta as the crowd cheered.", nil,
			[]want{{"statement", "", "Hamid Khan, the head of the traders,", "said", "“The roads will open,”", "", true}}},
		{"a sentence the speaker goes on with", "“Only you,” she said, would use the occasion to boast.", nil,
			[]want{{"statement", "", "she", "said", "“Only you,” she said, would use the occasion to boast", "", true}}},
		{"the quotation goes on in the next sentence", "“This is a long fight,” Trump said at a rally in Evansville, Indiana, last month. “You can’t just go to another country.”", nil,
			[]want{{"statement", "", "Trump", "said", "“This is a long fight,” Trump said at a rally in Evansville, Indiana, last month. “You can’t just go to another country.”", "", true}}},
	}
	runForms(t, tests)
}

// TestAdverbsBeforeThat checks an adverb, a time or a feeling between the
// cue and "that": what was said starts at "that".
func TestAdverbsBeforeThat(t *testing.T) {
	tests := []formCase{
		{"an adverb of manner, which the cue keeps", "The governor said repeatedly that the roads were open.", nil,
			[]want{{"statement", "", "The governor", "said repeatedly", "that the roads were open", "", false}}},
		{"an adverb of time", "The governor said again that the roads were open.", nil,
			[]want{{"statement", "", "The governor", "said", "that the roads were open", "", false}}},
		{"a sentence adverb set off by commas", "The minister noted, however, that the bridge was closed.", nil,
			[]want{{"statement", "", "The minister", "noted", "that the bridge was closed", "", false}}},
		{"a day before an infinitive", "The governor promised on Tuesday to reopen the roads.", nil,
			[]want{{"statement", "", "The governor", "promised", "to reopen the roads", "", false}}},
		{"an object before an infinitive stays", "The governor urged traders to reopen their shops.", nil,
			[]want{{"statement", "", "The governor", "urged", "traders to reopen their shops", "", false}}},
		{"a day and a medium", "The mayor announced Monday on Twitter that she is stepping down.", nil,
			[]want{{"statement", "", "The mayor", "announced", "that she is stepping down", "", false}}},
		{"a feeling expressed, part of the cue", "The minister expressed confidence that the talks would succeed.", nil,
			[]want{{"statement", "", "The minister", "expressed confidence", "that the talks would succeed", "", false}}},
		{"a feeling voiced about something", "The senators voiced concerns about the new plan.", nil,
			[]want{{"statement", "", "The senators", "voiced concerns about", "the new plan", "", false}}},
		{"a result clause is no complement", "The department worries so much about leaks that visitors must leave their phones outside.", nil,
			[]want{{"statement", "", "The department", "worries", "so much about leaks that visitors must leave their phones outside", "", false}}},
		{"a demonstrative that, without the year after it", "Senator Sanders proposed just that in 2013.", nil,
			[]want{{"statement", "", "Senator Sanders", "proposed", "just that", "", false}}},
	}
	runForms(t, tests)
}

// TestListsInAnObject checks the commas of a list or of paired adjectives
// inside an object: the object goes on to the list's last item.
func TestListsInAnObject(t *testing.T) {
	tests := []formCase{
		{"a list of means", "The group plans to reach voters via mail, phone calls and digital ads.", nil,
			[]want{{"statement", "", "The group", "plans", "to reach voters via mail, phone calls and digital ads", "", false}}},
		{"a list of names", "The president denounced suggestions by the front-runners, Donald Trump and Ted Cruz (R-Tex.).", nil,
			[]want{{"condemnation", "", "The president", "denounced", "suggestions by the front-runners, Donald Trump and Ted Cruz (R-Tex.)", "", false}}},
		{"paired adjectives", "The minister welcomed the important, long-awaited ruling of the court.", nil,
			[]want{{"support", "", "The minister", "welcomed", "the important, long-awaited ruling of the court", "", false}}},
		{"no list: the writer's attribution after the comma", "The minister welcomed the plan, officials said.", nil,
			[]want{{"support", "", "The minister", "welcomed", "the plan", "", false},
				{"statement", "officials", "officials", "said", "The minister welcomed the plan", "", false}}},
		{"no list: a clause of the writer's", "The minister welcomed the plan, and rescuers began work.", nil,
			[]want{{"support", "", "The minister", "welcomed", "the plan", "", false}}},
	}
	runForms(t, tests)
}

// TestOpenersAfterThat checks a free relative or an "according to" that
// opens the clause after "that": its comma does not end what was said.
func TestOpenersAfterThat(t *testing.T) {
	tests := []formCase{
		{"a free relative", "Davis said that whatever he meant, words have the power to inspire actions.", nil,
			[]want{{"statement", "", "Davis", "said", "that whatever he meant, words have the power to inspire actions", "", false}}},
		{"however with a clause", "Weaver said that however the candidate does on Saturday, his showing will be enough.", nil,
			[]want{{"statement", "", "Weaver", "said", "that however the candidate does on Saturday, his showing will be enough", "", false}}},
		{"according to", "The official said that according to its count, the party has won most seats.", nil,
			[]want{{"statement", "", "The official", "said", "that according to its count, the party has won most seats", "", false},
				{"statement", "", "its count", "according to", "the party has won most seats", "", false}}},
	}
	runForms(t, tests)
}

// TestStances checks a stance adjective after a copula with a clause
// after "that": the copula and the adjective are the cue, the subject
// holds the stance; an impersonal "it" or a result clause gives no claim.
func TestStances(t *testing.T) {
	tests := []formCase{
		{"be adamant", "Flood victims were adamant that the relief came late.", nil,
			[]want{{"statement", "", "Flood victims", "were adamant", "that the relief came late", "", false}}},
		{"remain confident", "Provincial officials remain confident that the roads will reopen.", nil,
			[]want{{"statement", "Provincial officials", "Provincial officials", "remain confident", "that the roads will reopen", "", false}}},
		{"came away convinced", "Many traders came away convinced that the border would stay shut.", nil,
			[]want{{"statement", "traders", "Many traders", "came away convinced", "that the border would stay shut", "", false}}},
		{"adverbs in the cue", "Bugti is also keenly aware that the budget may fail.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "is also keenly aware", "that the budget may fail", "", false}}},
		{"a participle misread in the clause's subject", "Provincial officials remain confident that the border crossing will reopen next week.", nil,
			[]want{{"statement", "Provincial officials", "Provincial officials", "remain confident", "that the border crossing will reopen next week", "", false}}},
		{"with that left out, a pronoun subject", "Most traders were certain they would support Bugti.", []actor{bugti},
			[]want{{"statement", "traders", "Most traders", "were certain", "they would support Bugti", "", false}}},
		{"with that left out, a noun subject", "Bugti is confident the roads will reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "is confident", "the roads will reopen", "", false}}},
		{"no claim: an impersonal it", "It is certain that the vote will be close.", nil, nil},
		{"no claim: an impersonal it with that left out", "It is certain the vote will be close.", nil, nil},
		{"no claim: a noun phrase after the adjective", "The traders were sure of the result and happy the first day.", nil, nil},
		{"no claim: a result", "The villagers were so happy that they wept.", nil, nil},
		{"any verb with a clause, after have", "The consulting firm has calculated that the plan may cut costs.", nil,
			[]want{{"statement", "consulting firm", "The consulting firm", "has calculated", "that the plan may cut costs", "", false}}},
		{"no claim: an impersonal it before any verb", "It has not helped that the roads stayed shut.", nil, nil},
	}
	runForms(t, tests)
}

// TestNamesWithObjects checks "called X Y" when the tagger reads the
// object as a determiner or an adjective, and a speaker whose name ends
// in a bracket.
func TestNamesWithObjects(t *testing.T) {
	tests := []formCase{
		{"her read as a possessive", "Chaudhry called her “weak” and said she had no support in Quetta.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "called", "her “weak”", "", true},
				{"statement", "Talal Chaudhry", "Chaudhry", "said", "she had no support in Quetta", "", false}}},
		{"a noun read as an adjective", "Bugti called his rival “totally scripted.”", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "his rival “totally scripted.”", "", true}}},
		{"a name with its party in brackets", "Sen. Sarfraz Bugti (BAP) called him divisive and accused him of lying.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Sen. Sarfraz Bugti (BAP)", "called", "him divisive", "", false},
				{"accusation", "Sarfraz Bugti", "Sen. Sarfraz Bugti (BAP)", "accused", "him of lying", "", false}}},
		{"no claim: a thing named", "The fund, called the Quetta Relief Trust, will own the land.", nil, nil},
	}
	runForms(t, tests)
}

// TestHeadlineLabels checks a headline opened by one name and a colon:
// the name speaks; a hook or a place before the colon does not.
func TestHeadlineLabels(t *testing.T) {
	tests := []formCase{
		{"a plural of people", "Historians: The floods were the worst in a century\n\nThe rains began in June.", nil,
			[]want{{"statement", "", "Historians", ":", "The floods were the worst in a century", "", false}}},
		{"a surname", "Bugti: Roads Will Reopen Within a Week\n\nSarfraz Bugti spoke in Quetta.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", ":", "Roads Will Reopen Within a Week", "", false}}},
		{"no claim: a hook", "Wow: The Roads Reopened Within a Week\n\nThe rains began in June.", nil, nil},
		{"no claim: a place", "Quetta: Three Roads Reopened\n\nThe rains began in June.", nil, nil},
	}
	runForms(t, tests)
}

// TestParticleBeforeComma checks a cue with a particle that a comma
// follows: what was said starts after the comma.
func TestParticleBeforeComma(t *testing.T) {
	tests := []formCase{
		{"as X has pointed out", "As Bugti has pointed out, the roads were closed for a week.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "has pointed out", "the roads were closed for a week", "", false}}},
	}
	runForms(t, tests)
}

// TestRaisingVerbs checks a verb of going on, starting or seeming before
// an infinitive cue: it opens the cue, and its subject speaks.
func TestRaisingVerbs(t *testing.T) {
	tests := []formCase{
		{"a gerund after keep", "Bugti keeps talking about the floods.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "keeps talking about", "the floods", "", false}}},
		{"a gerund after began, with that", "Officials began warning that the dam could fail.", nil,
			[]want{{"statement", "Officials", "Officials", "began warning", "that the dam could fail", "", false}}},
		{"no claim: kept with an object", "Bugti kept the files.", []actor{bugti}, nil},
		{"went on to say", "Bugti went on to say that the roads would reopen.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "went on to say", "that the roads would reopen", "", false}}},
		{"continue to show", "Polls continue to show that voters want new roads.", nil,
			[]want{{"statement", "", "Polls", "continue to show", "that voters want new roads", "", false}}},
		{"seemed to confirm, not a hedge", "The governor seemed to confirm that the plant would close.", nil,
			[]want{{"statement", "", "The governor", "seemed to confirm", "that the plant would close", "", false}}},
		{"continued to question", "The group continued to question the count.", nil,
			[]want{{"statement", "", "The group", "continued to question", "the count", "", false}}},
		{"a hedge without a cue", "The governor seemed to hesitate.", nil,
			[]want{{"statement", "", "", "seemed", "The governor seemed to hesitate", "", false}}},
	}
	runForms(t, tests)
}

// TestSameSpeakerEnds checks that a content ends where a later cue of
// the same speaker begins, and that a verb of the content's own subject
// stays in it.
func TestSameSpeakerEnds(t *testing.T) {
	tests := []formCase{
		{"but said", "Bugti called the closure of the roads “careless,” but said no one should be punished.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "the closure of the roads “careless,”", "", true},
				{"statement", "Sarfraz Bugti", "Bugti", "said", "no one should be punished", "", false}}},
		{"but conceded that", "Chaudhry argued that the relief came on time but conceded that some villages were missed.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "argued", "that the relief came on time", "", false},
				{"statement", "Talal Chaudhry", "Chaudhry", "conceded", "that some villages were missed", "", false}}},
		{"a relative speaker inside the next speaker", "The senator, who said the army should stay, tweeted that the plan would fail.", nil,
			[]want{{"statement", "", "who", "said", "the army should stay", "", false},
				{"statement", "", "The senator, who said the army should stay,", "tweeted", "that the plan would fail", "", false}}},
		{"and then tweeted", "Bugti called her “a poor witness” and then tweeted that she was wrong.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "called", "her “a poor witness”", "", true},
				{"statement", "Sarfraz Bugti", "Bugti", "then tweeted", "that she was wrong", "", false}}},
		{"the content's own verbs", "Bugti says he fears the floods and is seeking help.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "says", "he fears the floods and is seeking help", "", false},
				{"statement", "Sarfraz Bugti", "Bugti", "is seeking", "help", "", false}}},
	}
	runForms(t, tests)
}

// TestThatSubjectAsides checks a clause after "that" whose subject is
// set off by commas before its verb: the commas do not end the content.
func TestThatSubjectAsides(t *testing.T) {
	tests := []formCase{
		{"an apposition on the subject", "Bugti said that Chaudhry, a political outsider, could win the seat.", []actor{bugti, chaudhry},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that Chaudhry, a political outsider, could win the seat", "", false}}},
		{"a relative clause on the subject", "Officials said that the new road, which opened in May, was already cracked.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "that the new road, which opened in May, was already cracked", "", false}}},
		{"an adverbial before the subject", "The report found that so far, relief has reached half the villages.", nil,
			[]want{{"statement", "", "The report", "found", "that so far, relief has reached half the villages", "", false}}},
		{"a clause of the writer's after the verb", "Bugti said that the roads were shut, which angered traders.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "that the roads were shut", "", false}}},
	}
	runForms(t, tests)
}

// TestQuotedAsides checks a quotation inside the aside after a subject
// (the subject still speaks the main cue) and a fronted adverbial before
// a subject, which is no content.
func TestQuotedAsides(t *testing.T) {
	tests := []formCase{
		{"a quotation in a participle's aside", "Bugti, citing “the patience of the traders,” said the border could reopen soon.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "citing", "“the patience of the traders,”", "", true},
				{"statement", "Sarfraz Bugti", "Bugti, citing “the patience of the traders,”", "said", "the border could reopen soon", "", false}}},
		{"no content: an adverbial before the subject", "In a memo on Tuesday, Bugti reminded his staff about the floods.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "reminded", "", "", false}}},
		{"a relative when after the object", "Bugti, the author of “Dry Rivers,” said the days when the valley had water are gone.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, the author of “Dry Rivers,”", "said", "the days when the valley had water are gone", "", false}}},
		{"a clause before the subject is content", "The roads are closed, Bugti said in a statement.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said in a statement", "The roads are closed", "", false}}},
	}
	runForms(t, tests)
}

// TestReportsWithPhrases checks a report or a medium that speaks with
// phrases of its own before the verb: a participle with its agent, or
// prepositional phrases ending in a number.
func TestReportsWithPhrases(t *testing.T) {
	tests := []formCase{
		{"a participle and its agents", "A national poll released Sunday by the Dawn newspaper and Geo News shows Bugti leading the race.", []actor{bugti},
			[]want{{"statement", "", "A national poll released Sunday by the Dawn newspaper and Geo News", "shows", "Bugti leading the race", "", false}}},
		{"phrases ending in a year", "An analysis by the provincial auditor of road projects going back to 2010 showed that half were never finished.", nil,
			[]want{{"statement", "", "An analysis by the provincial auditor of road projects going back to 2010", "showed", "that half were never finished", "", false}}},
		{"a connective after an apposition is the writer's", "Hamid Khan, the chairman of the Quetta traders, for example, said the border must reopen.", nil,
			[]want{{"statement", "", "Hamid Khan, the chairman of the Quetta traders", "said", "the border must reopen", "", false}}},
		{"a preposition's object is not the subject", "Aides to Bugti have been pressing the party to act.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Aides to Bugti", "have been pressing", "the party to act", "", false}}},
		{"a participle's phrase is not the subject", "Depositions released in March quote the minister at length.", nil,
			[]want{{"statement", "", "Depositions released in March", "quote", "the minister at length", "", false}}},
		{"an adjective's phrase", "The person familiar with the planning confirmed the meeting.", nil,
			[]want{{"statement", "", "The person familiar with the planning", "confirmed", "the meeting", "", false}}},
		{"a clause before the speaker's own", "A woman asked for a photo and Bugti said he was busy.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "he was busy", "", false}}},
		{"a report's participle after a fronted phrase", "Amid the protests, and with polls showing Bugti leading the race, the party met.", []actor{bugti},
			[]want{{"statement", "", "polls", "showing", "Bugti leading the race", "", false}}},
		{"a report's participle inside an aside", "Khan, in the wake of a new poll showing Bugti ahead, told reporters that he was worried.", []actor{bugti},
			[]want{{"statement", "", "a new poll", "showing", "Bugti ahead", "", false},
				{"statement", "", "Khan, in the wake of a new poll showing Bugti ahead,", "told", "that he was worried", "", false}}},
		{"a clause after that keeps its apposition", "Khan spoke, with some polls indicating that Bugti, the governor, has a small lead.", []actor{bugti},
			[]want{{"statement", "", "some polls", "indicating", "that Bugti, the governor, has a small lead", "", false}}},
		{"no claim: talk shows", "He appeared on the Sunday news shows to defend the plan.", nil, nil},
	}
	runForms(t, tests)
}

// TestSpeakerTails checks what modifies a speaker's noun after an
// inverted cue: a bracket with a party, a phrase on a common noun, an
// adjective with its phrase, a relative clause with no comma and an
// apposition after an adverb of time.
func TestSpeakerTails(t *testing.T) {
	tests := []formCase{
		{"a party in brackets and an apposition", "“The roads will open,” said Sen. Hamid Khan (PPP), a member of the transport committee.", nil,
			[]want{{"statement", "", "Sen. Hamid Khan (PPP), a member of the transport committee", "said", "“The roads will open,”", "", true}}},
		{"a phrase on a common noun", "“We have work to do,” said a longtime adviser to the governor.", nil,
			[]want{{"statement", "", "a longtime adviser to the governor", "said", "“We have work to do,”", "", true}}},
		{"an adjective with its phrase", "“It was not convincing,” said one official familiar with the talks.", nil,
			[]want{{"statement", "", "one official familiar with the talks", "said", "“It was not convincing,”", "", true}}},
		{"a relative clause with no comma", "“There is little we can do,” said a former official who oversaw the inquiry.", nil,
			[]want{{"statement", "", "a former official who oversaw the inquiry", "said", "“There is little we can do,”", "", true}}},
		{"an apposition after now", "“Can the seat be taken from him?” asked Bugti, now a radio host.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti, now a radio host", "asked", "“Can the seat be taken from him?”", "", true}}},
		{"no tail: a medium after the name", "“The roads will open,” said Bugti in a statement.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "“The roads will open,”", "", true}}},
	}
	runForms(t, tests)
}

// TestGerundAsides checks a gerund after a preposition set off between a
// subject and its verb, after "aside from", and after an en dash: the
// subject of the main clause speaks.
func TestGerundAsides(t *testing.T) {
	tests := []formCase{
		{"set off after the subject", "Bugti, after initially saying he would not run, changed his mind.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "initially saying", "he would not run", "", false}}},
		{"aside from", "He refuses to name his deputies, aside from saying he wants a diverse team.", nil,
			[]want{
				{"statement", "", "He", "refuses to name", "his deputies", "", false},
				{"statement", "", "He", "saying", "he wants a diverse team", "", false},
			}},
		{"after an en dash", "Bugti changed his mind on the spot – saying he would run after all.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "saying", "he would run after all", "", false}}},
	}
	runForms(t, tests)
}

// TestQuantifierSubjects checks a quantifier standing alone as the subject
// after a fronted phrase, a conjunction or a subordinator, and the clause
// an "as" aside glosses.
func TestQuantifierSubjects(t *testing.T) {
	tests := []formCase{
		{"after a fronted phrase", "After the flood, many believe the dam failed.", nil,
			[]want{{"statement", "", "many", "believe", "the dam failed", "", false}}},
		{"a verb with an infinitive", "In interviews, several threatened to block the highway.", nil,
			[]want{{"statement", "", "several", "threatened", "to block the highway", "", false}}},
		{"an accusation", "Some accused the governor of ignoring the floods.", nil,
			[]want{{"accusation", "", "Some", "accused", "the governor of ignoring the floods", "", false}}},
		{"after as, glossing the clause before", "His defeat will not end the campaign, as some have speculated.", nil,
			[]want{{"statement", "", "some", "have speculated", "His defeat will not end the campaign", "", false}}},
		{"a named speaker after as", "The road will reopen, as Bugti said.", []actor{bugti},
			[]want{{"statement", "Sarfraz Bugti", "Bugti", "said", "The road will reopen", "", false}}},
		{"no gloss of a clause with its own cue", "“We will rebuild,” she said, as the crowd applauded.", nil,
			[]want{
				{"statement", "", "she", "said", "“We will rebuild,”", "", true},
				{"support", "", "the crowd", "applauded", "", "", false},
			}},
		{"a quantifier after a pronoun is passed over", "They all said the vote was fair.", nil,
			[]want{{"statement", "", "They", "said", "the vote was fair", "", false}}},
		{"a degree on an adverb is no subject", "The minister most recently warned that the dam could fail.", nil,
			[]want{{"statement", "", "The minister", "most recently warned", "that the dam could fail", "", false}}},
		{"a phrase with its own verb after warned is what was said", "Engineers warned the dam could fail.", nil,
			[]want{{"statement", "", "Engineers", "warned", "the dam could fail", "", false}}},
		{"an addressee before that", "Engineers warned the council that the dam could fail.", nil,
			[]want{{"statement", "", "Engineers", "warned", "that the dam could fail", "", false}}},
		{"no claim: a quantifier before a passive", "The Baloch claims were both rejected.", nil, nil},
	}
	runForms(t, tests)
}

// TestCoordinatedContents checks that a content goes on past a comma when
// what follows is more of the same complement, and stops where the
// writer's next clause begins.
func TestCoordinatedContents(t *testing.T) {
	tests := []formCase{
		{"a second that-clause", "Officials said that the bridge would reopen, but that the road would stay closed.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "that the bridge would reopen, but that the road would stay closed", "", false}}},
		{"a demonstrative after but is the writer's", "Officials said that the bridge was safe, but that did not reassure anyone.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "that the bridge was safe", "", false}}},
		{"not only, but also", "The mayor said the aid was needed not only to rebuild homes, but also to restore trust.", nil,
			[]want{{"statement", "", "The mayor", "said", "the aid was needed not only to rebuild homes, but also to restore trust", "", false}}},
		{"but not", "He said he dislikes the plan, but not the people behind it.", nil,
			[]want{{"statement", "", "He", "said", "he dislikes the plan, but not the people behind it", "", false}}},
		{"a list of names with a comma before and", "The report said the floods hit Sindh, Punjab, and Balochistan hardest.", nil,
			[]want{{"statement", "", "The report", "said", "the floods hit Sindh, Punjab, and Balochistan hardest", "", false}}},
		{"a list of infinitives (as before)", "The mayor vowed to clear the roads, rebuild the bridges, and reopen the schools.", nil,
			[]want{{"statement", "", "The mayor", "vowed", "to clear the roads, rebuild the bridges, and reopen the schools", "", false}}},
		{"a pronoun after and opens a clause", "Officials said the aid would go to hard-hit areas, such as the coast, and they rejected any delay.", nil,
			[]want{
				{"statement", "Officials", "Officials", "said", "the aid would go to hard-hit areas, such as the coast", "", false},
				{"statement", "", "they", "rejected", "any delay", "", false},
			}},
		{"a new clause after and", "She said the dam held, and the river fell overnight.", nil,
			[]want{{"statement", "", "She", "said", "the dam held", "", false}}},
	}
	runForms(t, tests)
}

// TestPlatformCues checks that the service a statement was posted on
// belongs to the cue, as "in a statement" does.
func TestPlatformCues(t *testing.T) {
	tests := []formCase{
		{"on Facebook before that", "Officials said on Facebook that the road was open.", nil,
			[]want{{"statement", "Officials", "Officials", "said on Facebook", "that the road was open", "", false}}},
		{"a page after a quotation", "“We are ready,” the mayor wrote on his Facebook page.", nil,
			[]want{{"statement", "", "the mayor", "wrote on his Facebook page", "“We are ready,”", "", true}}},
		{"a time after the platform stays out", "She said on Twitter on Monday that the vote was rigged.", nil,
			[]want{{"statement", "", "She", "said on Twitter", "that the vote was rigged", "", false}}},
		{"a time alone stays out", "She said on Monday that the vote was rigged.", nil,
			[]want{{"statement", "", "She", "said", "that the vote was rigged", "", false}}},
	}
	runForms(t, tests)
}

// TestLongerSubjects checks subjects the noun-phrase rules first cut
// short: names listed before "and other …", and a noun with an adjective
// and its phrase after it.
func TestLongerSubjects(t *testing.T) {
	tests := []formCase{
		{"names before and other", "Crane, Kibbe and other ministers said the roads were shut.", nil,
			[]want{{"statement", "", "Crane, Kibbe and other ministers", "said", "the roads were shut", "", false}}},
		{"an adjective with its phrase on the subject", "A person familiar with the planning for Monday's meeting says the talks were heated.", nil,
			[]want{{"statement", "", "A person familiar with the planning for Monday's meeting", "says", "the talks were heated", "", false}}},
		{"a number before two modifiers of one head", "Eleven progressive and Muslim organizations said the plan would fail.", nil,
			[]want{{"statement", "", "Eleven progressive and Muslim organizations", "said", "the plan would fail", "", false}}},
		{"common nouns listed after a comma stay apart", "After the vote, union members and leaders said the strike would go on.", nil,
			[]want{{"statement", "leaders", "union members and leaders", "said", "the strike would go on", "", false}}},
	}
	runForms(t, tests)
}

// TestPerfectForms checks the perfect tense behind a contraction or an
// adverb of time: "he's said" is "he has said", not a passive.
func TestPerfectForms(t *testing.T) {
	tests := []formCase{
		{"he's said", "He's said the same thing at every stop.", nil,
			[]want{{"statement", "", "He", "'s said", "the same thing at every stop", "", false}}},
		{"she's also told", "She's also told reporters that the dam is safe.", nil,
			[]want{{"statement", "", "She", "'s also told", "that the dam is safe", "", false}}},
		{"has since said", "Chaudhry has since said he would support a new canal.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "has since said", "he would support a new canal", "", false}}},
		{"but now said, with the subject before", "Chaudhry used to back the plan, but now said it would fail.", []actor{chaudhry},
			[]want{{"statement", "Talal Chaudhry", "Chaudhry", "now said", "it would fail", "", false}}},
		{"no claim: a passive with to", "He's said to be ill.", nil, nil},
		{"no claim: it is said", "It's said that the dam is old.", nil, nil},
	}
	runForms(t, tests)
}

// TestRelativeAsides checks that a relative clause set off on a speaker
// ends where the speaker's own verb resumes, whatever that verb is.
func TestRelativeAsides(t *testing.T) {
	tests := []formCase{
		{"a cue of another class after the aside", "Shah, who keeps talking about the 2010 floods, endorsed a new drainage plan.", nil,
			[]want{
				{"statement", "", "who", "keeps talking about", "the 2010 floods", "", false},
				{"support", "", "Shah, who keeps talking about the 2010 floods,", "endorsed", "a new drainage plan", "", false},
			}},
		{"a long content after the cue keeps its list", "Chief Minister Murad Ali Shah wrote on his Facebook page that relief camps were open in Sukkur, Larkana, and Dadu.", nil,
			[]want{{"statement", "", "Chief Minister Murad Ali Shah", "wrote on his Facebook page", "that relief camps were open in Sukkur, Larkana, and Dadu", "", false}}},
		{"a second that-clause with a comparative", "Officials said that the main highway would reopen by Friday, but that smaller roads would stay closed for weeks.", nil,
			[]want{{"statement", "Officials", "Officials", "said", "that the main highway would reopen by Friday, but that smaller roads would stay closed for weeks", "", false}}},
	}
	runForms(t, tests)
}
