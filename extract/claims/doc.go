// Package claims is the attribution stage of the newsx pipeline: it finds
// who said, claimed, accused, denied, condemned or backed what in an
// article, and fills the record's claims.
//
//	doc := nlp.Analyze(text)
//	ents := ner.Entities(doc)
//	cs := claims.Find(doc, ents, actors.Find(doc, ents))
//
// # Cues
//
// A claim starts from its cue, found by rules over the tokens and their
// part-of-speech tags (ner.Tag), outside quotation marks:
//
//   - verbs of saying, writing and reporting ("said", "told", "noted",
//     "added", "stressed", "warned", "disclosed", "asserted", "tweeted",
//     "argued", ...), of thinking ("believes", "fears", with a clear
//     subject) and of stance ("accused", "blamed", "attributed",
//     "denied", "refuted", "condemned", "backed", "expressed"); every
//     inflected form is built from the lemma list in lexicon.go;
//   - "according to X" and passives with an agent ("as stated by X", "a
//     claim refuted by India"; the passive's subject or the noun a
//     participle modifies is what was said: "The bill | was rejected by
//     the Senate", "a fact | first reported by …"; "As reported by X, |
//     …" opens a sentence with what was said after the comma);
//   - verbs of speech and stance in the passive with no agent, which have
//     no speaker: "it was widely reported | that …", "Sanders has been
//     criticized for | offering vague answers" (the subject is the
//     target), "the deal | was announced";
//   - verbs that report words only with their particle ("lashed out at",
//     "took aim at", "pushed back on", "weighed in on", "hit back at") and
//     retorts ("shot back: …", "“…,” she fired back"), never soldiers
//     firing back or a sniper taking aim;
//   - a speaker's name before a colon at the start of a line, as in
//     transcripts and headlines ("Sanders: The system is rigged"; a word
//     in capitals only when it labels several lines, never a section label
//     such as "Update:");
//   - "declined to comment", "declined an interview request" and "refused
//     to say", "called X a Y" (a name or a description, not "called the
//     police"; also with the object moved before it: "what officials
//     called a hate crime", "which Tim Cook called “…”"), findings of polls and
//     studies ("the survey found"), "by saying", and questions put by
//     someone unnamed ("When asked whether …", "Asked in Iowa on Monday
//     about …"), which have no speaker;
//   - any verb with a that-clause ("conceded that", "bragged that", "has
//     calculated that"; not after an impersonal "it": "It has not helped
//     that …"), a stance adjective after a copula ("were adamant that",
//     "remain confident that", "came away convinced that"; not a result,
//     "so happy that"), a verb of going on, starting or seeming before an
//     infinitive cue or a gerund cue, which opens the cue and gives its
//     subject ("went on to say", "continue to show", "seemed to confirm"
//     — then no hedge — "keeps talking about", "began warning that"),
//     and
//     verbs of intention, request and judgement under conditions that keep
//     out their other senses: "ordered" a directive, not "ordered the
//     passengers off the bus"; "attacked" words or plans, not a bus;
//     "sees X as"; "issued a warning"; "continued" as speech going on;
//     "attacked" a person by name ("Trump attacked Romney", "attacked
//     Rubio for …"; the target is the person) unless the attacker is
//     armed; "read" as a text's words ("…,” the email read.");
//   - the writer's hedges, with no speaker and the whole clause as
//     content ("Sanders appears to have a lead", "the vote is expected to
//     pass"; hedges.go);
//   - nouns of saying owned by their speaker ("Obama's calls for …", "his
//     criticism of …", "her promise to …"; not "Clinton's plan to …",
//     an intention; nominal.go), sources cited with "in" ("In a poll by X, …", "in a
//     poll released Monday", "in Forbes' words", "In their view, …"), and
//     quotations credited with a dash ("“…” ― Veronica Cruz";
//     citations.go). A cited poll speaks for the shares of its
//     respondents ("In a CNN poll, 31% said …" is one claim, the poll's;
//     so is "A poll released Friday found that 70 percent said …");
//   - nouns of saying that a subject faces or raises ("faced criticism
//     from X over …", "raised questions about …": X speaks when named); a
//     person or a body who raises questions, concerns or doubts asks them
//     ("Trump has raised questions about …", "activists who raised
//     concerns about …"), a thing that raises them is their cause ("The
//     documents raised new questions about …");
//   - speech acts made with "make" ("made the case that …", "is making an
//     impassioned case for …", "made comments about …", "has made no
//     secret of …", "made a plea for …", "made the following statement:",
//     "made a point of saying …"; an object with a determiner and nothing
//     after it is the content, "made those comments in response to …");
//     shots taken ("took a swipe at", "takes issue with"; not by an armed
//     subject), "laid out his plan", "talked up her strategy", "sounded
//     off on", "cast X as Y" (not ballots, votes, doubt or a shadow cast)
//     and a stance adjective with "that" left out ("were certain they
//     would support …", "is confident the roads will reopen");
//   - "as X put it", "made it clear", plans, wishes and intentions
//     ("plans to", "would like to", "intends to"), hearsay adverbs ("reportedly", "allegedly"; no
//     speaker), labels before a colon in interviews ("Q:", "A:"),
//     transcripts quoted whole or whose speakers in capitals each label a
//     line, headlines citing a report ("Poll: …") or quoting a named
//     speaker ("Clinton camp: …", "Milbank: …", "Historians: …"; not a
//     hook, "Wow: …", nor a place heading a list, "Iowa: …"), names after
//     a headline's dash, questions put with "which" ("Asked which county
//     …"), and a cue
//     that opens the sentence before its speaker ("Said X, who …, “…”");
//   - participles on a report or a text ("recent polls showing …", "a
//     petition calling on …", also after a fronted phrase, "and with
//     polls showing …", or inside an aside, "in the wake of a new poll
//     showing …"), whose content ends at the main verb.
//
// The tagger's reading is corrected where it is known to fail on cues:
// inflected forms after a name before a stop or "that" ("”, Viguerie
// notes."), past forms after a common noun ("one user wrote."), base forms
// after a plural subject ("Clinton defenders argue that") and the verbs of
// title-case headlines ("Le Pen Backs Trump", "Hedge Funds Support
// Clinton") are verbs, except forms that are mostly plural nouns ("Western
// states"). So are base forms after an age, a time or a list of names ("Men
// under 35 support Sanders", "the United States, Britain and France support
// …"), forms before a modal in a relative clause with a gap ("a tactic
// Democrats hope will …", "which Mozloom thinks will …"), forms after a
// quantifier set off by commas ("That plan, many argue, could fail"), and
// past tenses read as participles after the clause's subject ("one person
// tweeted.", "campaign aides insisted that"). Plural nouns read as verbs
// before a base-form cue are nouns again ("FEC reports/VBZ show"), also
// across a time ("Clinton defenders today argue") and after a fronted
// clause ("Unless …, strategists/VBZ think that …"); a base form before a
// that-clause after an aside on its subject is a verb ("Cement makers,
// for instance, argue that"), and so is "told" after a name before
// another ("Schilling told WEEI: …"), and a cue word read as a noun before
// a reflexive object ("and cast/NN himself as …"). The clitic of "is" or
// "has been" before an -ing cue belongs to the verb group ("he’s
// claiming", "Christie's/POS been making the case" is "has been"), and a
// past form between a number and its plural noun is a participle ("won
// 758 pledged delegates"). An
// opening quotation mark typed where the closing one belongs (“…,“ said X)
// closes the quotation, and so does an inner closing mark typed after the
// outer one (three apostrophes before "said X"); a closing mark with a
// space before it and a word attached after it opens one ("”This is why
// …,” said X"). The tagger itself sees
// curly quotation marks,
// apostrophes and long dashes as the ASCII marks it was trained on.
//
// A thought or act reported inside what someone said stays part of that
// claim ("said the army believed …", "said he would consider …"), while a
// nested stance with a kind (a denial, an accusation, support) and a
// naming ("what officials called …") are claims of their own.
//
// # Spans
//
// Spans follow the conventions of attribution corpora (PARC, PolNeAR): the
// cue is the verb group with its auxiliaries, negation and adverbs ("has
// also said", "did not deny") or an infinitive with its "to" ("went on
// CNN to declare"), an adverb of manner after the verb ("said
// sarcastically", "has said repeatedly"; not a degree on what follows,
// "said nearly half …"), a particle ("said of", "responded to"; also past
// a manner adverb, "spoke highly of") and the
// preposition a verb or noun of stance takes before its object ("argued
// for", "spoke out against", "scoffed at", "calls for"; not after a verb
// that reports words outright, "reported | on the talks"), the verb of
// speaking a refusal withholds when it has an object ("declined to comment
// on | the report", "refused to name | the officers"; but "declined | to
// comment", "declined | to say whether …", "refused | to sign it"), a
// colon that introduces the content ("added:"), an adverbial naming
// the medium and its platform ("said in a statement", "wrote on his
// Facebook page", "said in a post on X"; "X", "Threads" and "Truth
// Social" only as written) and a
// feeling expressed or voiced
// with its preposition ("expressed confidence | that …", "voiced concerns
// about | the plan"); the content keeps its
// complementizer ("that the roads were closed"); the speaker span covers
// an apposition between the speaker and the cue ("Jim Bennett, 57,",
// "The head of the water board, Mykola Hrytsenko,"), while the speaker
// resolved to an actor is the name inside it; after a relative pronoun
// ("India, which accused …") the span is the pronoun and the speaker its
// antecedent. After an inverted cue or a trailing "according to", the
// span runs over the speaker's apposition ("…, said Erik Flannigan, the
// channel's head of programming"), up to the writer's participle or a
// clause of its own, and over what modifies the speaker's noun: a
// bracket with a party ("said Rep. Pat Tiberi (R-Ohio)"), a phrase on a
// common noun ("said a longtime adviser to both Clintons"), an adjective
// or participle with its phrase ("one Democrat familiar with the
// discussion"), a relative clause with no comma and an apposition after
// "now" ("asked Bennett, now a radio host"). A connective set off at the
// end of a speaker's span is the writer's ("Ted Cruz, by contrast, |
// wrote"). "Issued a statement saying" is one cue, not two,
// also across a time, an addressee or a comma ("released a statement
// Wednesday evening, saying", "sent out a text message to supporters
// saying"), and whoever issued it speaks.
// A share of a group keeps its share ("Almost half of the officials",
// "4 in 10 voters"); a focus particle ("Even officials …") stays out.
//
// A word is a cue only when used as a verb: "the said property" and "his
// claims" are not, nor are other passives without an agent ("it is said
// that", "he was told to"), nor an -ing verb after "for" or "without",
// which is the reason for another act or what it went without
// ("criticized Clinton for supporting the war", "without offering
// proof"), nor a short phrase with no verb after a name and a colon,
// which is a section heading ("Carson: A miracle."), nor "adding to" a
// record, "found ways to" or a credit line ("Lerer reported from Los
// Angeles."). Some verbs are speech only
// with a clause or a quotation: "maintained that …" but not "maintained
// his lead", "added that …" but not "add penalties", "advised voters to
// …" but not "advised the campaign"; "regarding" is a preposition.
//
// # Speakers
//
// The rules for speakers live in subjects.go. The speaker is the noun
// phrase before the cue ("X said", skipping
// auxiliaries, adverbs and times: "X has also said", "X has since said",
// "X this past week announced", "he's said", which is a perfect and no
// passive), or the phrase a preposition
// attaches it to ("James Pethokoukis of the American Enterprise
// Institute", "Many in the crowd"; the head speaks, or the body after the
// preposition when the head names no actor), the whole subject when the
// noun-phrase rules cannot parse it ("the families who lost their homes
// say", "Democrats — and some Republicans — say"), across an apposition or
// relative clause ("The BLA, a banned group, claimed"; "India, which
// accused"), or after it when the cue follows a quotation or a comma
// ("…,” said X", "…,” said his deputy, NAME", "“…,” X, of Y, said"). A
// participle after a comma or a dash ("…, saying", "X, recalling …,
// said") takes the subject of its main clause, with the subject's own
// phrases ("The engineers on the night shift met …, saying"), past a
// year or the time the subject spent before it ("filed a lawsuit in 2012
// challenging", "spent much of his speech praising"); a verb joined by
// "and" inside a subordinate clause takes that clause's subject ("The
// crowd cheered when Trump spotted a sign and asked"). "Both", "all" or
// "each" after a subject is passed over ("Richards and Menendez both
// stressed"), and so are an aside between spaced hyphens that opens with
// a relative or a preposition and a parenthesis of up to 30 tokens. A
// possessive on the object of a verb that agrees with the verb's subject
// gives that subject as speaker ("Trump ratcheted up his attacks on …");
// a relative "who" or "that"
// with no noun to stand for ("those who said") is the speaker span
// itself, and its content stops before the main clause's verb. The span
// covers nouns joined by "and" that open the clause ("union members and
// leaders"), approximations and focus words ("at least 200 residents",
// "even officials", "About two-thirds of …"). Subjects are also found
// inside subordinate clauses ("When the F.B.I. director, James B. Comey,
// said …", "While those surveyed said …"; the content ends where the main
// clause begins), after a predeterminer ("all the experts I interviewed"),
// as pronouns of quantity ("Another said", also after a fronted phrase, a
// conjunction or a subordinator: "After the flood, many believe …", "as
// some have speculated", whose content is the clause the aside glosses),
// ages ("said the 46-year-old"),
// reports named with a participle and a time ("a poll released on Tuesday
// found"), authors of reports ("A study by X found"), reports with phrases
// of their own ("A poll released Sunday by the Post and ABC News shows",
// "An analysis by Politifact of elections going back to 1972 showed"),
// people named with a participle or an adjective with its phrase ("People
// involved in the talks said", "A person familiar with the planning for
// the meeting says"), names listed before "and other …" ("Crane, Kibbe
// and other libertarians");
// the object of a preposition or a participle on the subject is not the
// subject ("Aides to Mr. Sanders have been pressing", "Depositions
// released in March quote"). The subject of the main clause speaks for
// gerunds after "despite", "since", "instead of", "aside from", at the
// head of the sentence ("Conceding that …, he warned"), set off after the
// subject ("Mr. Sanders, after initially saying …, changed") and after a
// dash of any length. A bracket after a name is no head ("Sen. Bernie
// Sanders (I-Vt.) called him divisive"), and a quotation inside the aside
// after a subject leaves it the speaker ("Mr. Manafort, citing “…,” said
// the candidate could …"). An adverb
// of manner before the verb belongs to the cue ("loudly denounced"). A
// time, a moment or the object of a preposition before a comma is not part
// of the speaker's span ("On Sunday, | Mr. Rubio and Senator Cruz urged",
// "In a message to Clinton, | Tanden, head of …, recounted"); a home town
// and a place in two parts are ("Cory James, 22, of Flint, Mich.,
// said"). The phrase is then resolved to an actor: an
// actor mention that ends the phrase, a name or alias, a description
// whose head matches an actor's title ("the province's chief minister" →
// the Chief Minister) or name ("the military" → "Pakistan military") or
// kind ("the group" → the armed group last mentioned), and pronouns to the
// latest compatible actor before the cue (he/she → a person; it → an
// organisation, state or force; they → a group). A speaker the article
// only describes becomes an actor of its own, which Find returns for the
// record: a group of people ("Relatives", "local officials", "according to
// hospital officials"; kind group) or a body named by what it is ("the
// city council", "the country's disaster management agency"; kind
// organization), named without determiners, owners or places ("Police
// officials in Bannu" → "Police officials"). Forces and armed groups are
// left to the actors stage, and "sources" or a bare "the agency" name no
// one. Any other unresolved speaker keeps its speaker_span with a null
// speaker.
//
// When an apposition pairs a description with a proper name ("Its
// spokesman, Rahmat Nugroho, said"; "Dr X, director of Y, said"; "X, 52,
// said"), the name speaks. A noun phrase after a cue that has its own verb
// or runs on ("said the search would go on", "declared three days of
// mourning and said") is content, not an inverted speaker, when an
// apposition before the cue offers one; so is the phrase after the cue
// when a subject set off by its aside opens the clause ("The lawmaker,
// who represents Albay, said Trump's remarks “…”", "Breitbart News, for
// one, noted the dichotomy …", "…, while Huckabee, the former governor,
// proposed …"), and always after "told". Such a subject may carry a
// preposition's phrase ("Executives for Mondelez, which …, say"), a title
// in quotation marks, a name set off inside its relative clause ("whose
// agency, Fenton, made the ads"), or follow a subordinator ("As Andrew
// Tabler, an expert on Syria, noted, …"), also with no comma before the
// subordinator ("It came up after Mr. Trump, asked about …, had said …").
// A time between the subject and the verb is not the speaker ("The
// council on Wednesday approved …", "Sanders during a Sunday speech
// thanked …", "who in the past has voiced …", "have in recent weeks
// said"), and "when" after a common
// noun opens a relative clause, not the end of an inverted speaker ("…,
// said the days when the nation had “…” are gone"). "according to figures compiled
// by X" and "according to the grid operator, X" name X. A body qualified
// by a place keeps it ("the French embassy in Lima"). A description that
// shares nothing with the candidate actor stays unresolved rather than
// wrong: "regional authorities" are not the state, and "the agency" is
// only an organisation whose name is an agency or institute. A speaker
// introduced with "a" is someone new ("a local aid group said"), unless
// an apposition describes the name before it ("the Doctors Network, an
// independent medical group, which said"), a name is set off after it
// ("An army spokesman, Brig. Gen. Osman Hamid, said") or a force's
// modifier says whose it is ("a military spokesman"; "a police
// official" only the police's); a spokesperson for
// a body is that body's. A spokesman or an office with a possessor speaks
// for it ("his spokesman said" after "Guterres …", "the interior
// minister's office said"), or is the person the article titled so and
// tied to it. A government named with its country or ruling group is
// theirs ("Afghanistan's Taliban government", "the Taliban
// administration"), ahead of an actor that goes by "government" alone;
// a junta is a government, and a state's "army" is not an armed group's
// "Liberation Army". "it" or "they" speaking in a relative clause inside
// what the sentence's speaker said is that speaker, unless it is one
// person ("The army blamed the BLA for an attack that it said killed
// seven officers": the army).
//
// A body followed by where it is speaks, not the place ("the Russian
// embassy in Warsaw"); so does the name after a title that serves a body
// ("The U.N. envoy for Sudan, Ramtane Lamamra,", "Russia's ambassador to
// the U.N., X,"), after a subject with a relative clause ("The charity
// that runs the hospital, Nos Petits Frères et Sœurs,") and after a
// description when it comes with "the" ("Sirika's party, the All
// Progressives Congress,"), and a name before its acronym and head noun
// ("the United Kingdom Maritime Trade Operations (UKMTO) agency"). A
// participle set off after the name leaves it the subject ("Rutte, asked
// about the attacks, said"; the asking is a question put by someone
// unnamed). Sources described by what makes them sources keep it in the
// span ("two U.S. officials familiar with the planning said"). A dateline
// or a live blog's time stamp ("KABUL, Oct. 9 (Reuters) -", "11:02 GMT
// -", "Mon 21:05") is neither speaker nor content. A country's
// government or office is that country's state, or none the article
// names ("Myanmar's military government", "Burkina Faso's military
// government" become actors of their own, kind state), never another
// country's or a body named "… Government"; "the government of Captain
// X" is its state, and a seat of government speaks for it ("an
// accusation Abidjan rejected"). "The company" (and a part
// of it: "the company's threat team") is the company that spoke last,
// "the agency" a body named an agency, or one named an organisation,
// programme or fund before it, a body described by the words right
// before its head is one whose name has them ("the disaster agency" →
// the Disaster Management Centre, "the health ministry"),
// and "a spokesman for the group" the group's. A name inside a relative
// clause on the speaker is not the speaker ("Traders who met Bugti said"
// are the traders), and people named by whom they follow or oppose are
// not that actor ("Sanders supporters", "critics of the plan", "40
// percent of Clinton voters"), while a spokesman or an aide still speaks
// for the one he serves ("a Bugti spokesman").
//
// What was said just before decides a speaker that refers back: a
// pronoun that speaks right after a claim is that claim's speaker when it
// fits ("he" or "she" one person, or one person speaking for a body: "A
// Fano commander said … “…,” he said"; "it" a body; "they" a body or
// people), also when no actor names it ("the foreign ministers … said …
// They urged …"), and not the last name inside what was said ("Grossi
// said Araqchi had promised access. He added …"). "The group" or "the
// organisation" after a body's claim is that body, a title after a
// person's claim is that person ("Zelensky: “…” The Ukrainian president
// called on …"), "he" after a speaker no actor names is that person ("A
// resident, who asked not to be named, said …"), and "The officials" the
// group last described with that head ("two U.S. officials … The
// officials said"). "The statement added" after a claim made in a
// statement is whoever made it, and "the office" or "it" after a body the
// stage made an actor of for the claim before is that body. An accusation aimed at "them" or "him" finds its
// target among the actors before it, never the claim's own speaker.
//
// # Content, quotations and kinds
//
// Where a content starts and ends is decided in content.go. The content
// is what follows the cue (after "that", an addressee "told
// reporters", a short adverbial "in a statement"), or what precedes the
// speaker when nothing follows ("…, X said."), or both around a cue set
// inside the sentence ("An economic downturn, he said, “could …”"; "Over
// the years, she said, email has helped …", a phrase set before a clause,
// but "Later that day, he said, “…”", only the quotation; also past a
// phrase or an addressee after the cue, "“…,” Clinton said at a town hall
// on Monday, “…”", "“…,” he told the host, “…”"). A quotation after a colon is the content ("answered with
// a smile: “…”"), and so is the next paragraph after a cue that ends its
// paragraph with a colon ("In a speech last July, he said: ¶ …"). A cue
// inside a subordinate clause put before the main clause ("Although X
// says that …, | others argue …"), or inside one or a relative clause set
// off after the subject ("Clinton, though she said …, | stopped short";
// "the EU, which contended that …, | is"), has a content that ends where
// the main clause resumes; a subordinate clause alone is no content of a
// cue after it ("When Francis said …, the campaign responded"). A content
// never ends on a comma, a dash or a conjunction outside a quotation.
// a semicolon or a participial cue after a closing quotation ends it
// ("…,” adding that …"), so does a second act after the object of an
// -ing cue ("attacking Mr. Trump | and visiting the headquarters",
// "saying he was encouraged | and Trump calling it …") and a new clause
// after a comma set inside a closing quotation mark ("called it a “quiet
// revolution,” | and voters cheered"), as do the writer's words after an inverted cue
// ("“…,” Trump said, harping on his theme"; "…, he said, on condition of
// anonymity") and a clause joined by "and" to a content with no verb of
// its own ("declined to comment and aides later said …") or a speaker and
// cue that end the sentence ("…, a survey released Friday showed."). An
// object with a clause of its own is content whole ("rejected the notion
// that …"), while a time, a prepositional phrase or an addressee before
// "that" is not ("said in a guest column in Sunday's paper that …"), nor
// an adverb, a time with its medium or a feeling expressed ("said
// repeatedly that", "announced Monday on Twitter that", "expressed
// confidence that"; not a result, "worries so much about it that …"); the
// occasion of the speech and the time of an act are the cue's, not the
// content's ("called for an inquiry | at a rally in Quetta on Monday",
// "endorsed Cruz | last week"), also when long after a quotation that
// comes first ("“…,” Clinton said | on Thursday during a speech at the
// Council on Foreign Relations in New York", ending perhaps in a clause of
// the writer's: ", when a dozen states voted"), while a clause keeps its
// own times ("said he would visit on Monday"). What was asked follows
// the person asked ("asked Clinton about | her email", "asked the court |
// for quick action"). An act whose object went before its subject into a
// relative clause has the relative or the noun it modifies as content,
// not the main clause after it ("The plan which | Chaudhry opposed | was
// dropped"). An object goes on over the
// commas of a list ("via mail, phone calls and digital ads") or of paired
// adjectives; a clause after "that" goes on past the comma of its opening
// free relative or "according to" ("that whatever he meant, words have
// power"), and past the commas that set something off on its subject
// before its verb ("that Trump, a political outsider, could …"). A later
// cue of the same speaker ends a content ("called it “careless,” | but
// said …"; "who said the allies should act | , tweeted that …"), while
// a verb of the content's own subject stays in it ("said she was a
// Republican and would back Trump"). More of the same complement goes on
// past a comma ("that wages would fall, but that overtime would make up
// for it", "not only to rebuild, but also to restore trust", "Sindh,
// Punjab, and Balochistan"), and so does a phrase fronted inside a
// that-clause ("that, even if the rain stops, the road will stay closed");
// an aside with "as" that has its own claim ends the content ("to
// “rebuild every road,” | as he put it in Quetta"). A time between the
// cue and an infinitive or a clause is not content ("promised on Tuesday
// | to reopen …", "said on Friday | he met …"), nor, after an object, a
// month, a year or a medium with "in" ("endorsed the plan | in
// February", "called the vote “rigged” | in a tweet", "claimed
// responsibility for the attack | in a message sent to journalists").
// The writer's gloss after what was said ends it ("had killed 20
// soldiers, | a figure the army did not confirm"), and so does the
// speaker's next act after an object ("called the situation “fragile”
// | and appealed for calm"; a clause or a hedge keeps its second verb).
// An act's object ends where the writer's clause of time or manner
// begins ("condemned the launch | as Pyongyang fired three missiles",
// "refused to speak | when reporters asked"), unless the object holds an
// act of its own whose time or reason the clause may give ("accused X of
// grabbing her when …"); a reason with "because" stays.
// A connective that opens the sentence is not part of a content the cue
// follows ("Still,", "In fact,", "In a separate incident,", "Despite
// …,"), nor is a clause of the writer's after an inverted cue ("…,
// officials said, | as fighting intensified"). A relative clause on the
// subject of a clause with no "that" stays in it ("said the attackers,
// whom he described as bandits, arrived …"), and a relative clause with
// a gap gives no claim ("the hospital it supports in the city"). A thing
// a verb of telling takes with nothing after it is content, not someone
// told ("urged restraint"); a count someone puts at a figure is a claim
// ("Officials put the death toll at 40"), and a danger that threatens is
// not ("the attacks threatened shipping"). A medium and how it went out
// come before the content ("said in a commentary carried by state media
// | that …"). A report that quotes someone gives a claim to each: "IRNA
// quoted the minister as saying …" (IRNA "quoted"; the minister "as
// saying"), and "Bugti was quoted as saying …" is Bugti's. Asking not
// to be named is no claim ("requesting anonymity", "who asked not to be
// named", "who declined to give his surname"), nor is a deliberation
// ("is considering sending troops") or a crew's response ("responded to
// 212 calls"). The writer's words after an inverted cue are not content
// when a clause came before it: a medium with its participle ("…, Amnesty
// said in a report released on Wednesday"), a phrase after joined
// speakers ("…, medics and residents said, in one of the deadliest
// attacks …") or a gloss ("…, the agency reported, the latest in a
// series …"); nor are a concession or a gloss after a dash ("… - though it
// is unclear …", "— a point that officials have disputed"), the
// speaker's next act after "but" ("but declined to name them", "but gave
// no details", "but stopped short of …"), or "…, the latest in a
// campaign …" after a clause. A quotation split around a cue with its
// medium is content whole ("“…,” he wrote on X, “…”"), a quotation that
// runs on to a cue of its own is that cue's alone, and a place or a
// medium with its participle may stand between the cue and its clause
// ("told reporters in Vienna he was …", "said in a report seen by Reuters
// that …"). A figure given is a claim ("gave a higher toll of 78",
// "put the death toll higher, at 42"). After
// a quotation closed by its comma and a cue right after its speaker,
// whatever follows is the writer's unless the quotation goes on ("“…,”
// he said in a statement read on state radio"), and a phrase with no
// verb before the subject is no content ("In a memo on Tuesday, X
// reminded his staff …"). A
// content with quotation marks makes a direct quotation (quote: true); a
// sentence made only of a quotation (or an ellipsis inside one)
// continues the claim of the sentence before it in the paragraph (the
// claim that quoted, not a later one on its speaker: "“…,” said X, who
// wrote about …. “…”"), or gives its content to a claim of the next
// sentence that has none ("“…” Bugti said.", the whole quotation when it
// opened sentences earlier). The evidence covers every
// sentence the claim uses.
//
// The kind comes from the cue and the words after it: "claimed
// responsibility", "took responsibility", "accepted full
// responsibility", "admitted carrying out" and "said it carried out"
// give responsibility (also past an adverbial, with "had", and with "the
// group" or "its fighters" as what acted: "said on Sunday they had
// targeted …", "said that the group had carried out …"), but not with a
// negated verb or a subject with "no" ("No group has claimed
// responsibility", which gives no claim); "accused
// Y of", "blamed Y", "attributed … to Y" and "Y-sponsored" accusation
// (target Y); "denied", "refuted", and "rejected" or "dismissed" a claim,
// criticism or rumours, denial, as does calling a claim baseless
// ("described the allegations as baseless", "dismissed the reports as
// baseless"); a denial of a claim named after a comma answers the clause
// before it, and its speaker is the name after the noun ("…, a charge
// Tehran denies", "…, a claim refuted by India"), and its content is what
// a claim in that clause said ("Israel says Hamas diverts supplies, a
// charge the group rejects"; an accusation from its cue when the clause
// said more before it); pleading not guilty and rejecting results,
// a verdict or a toll are denials; saying one struck, bombed, shelled or
// destroyed a target is a claim of responsibility (not "struck a deal");
// an appeal to someone to act or for something is a request;
// "condemned", "denounced", calling something a war crime, an atrocity,
// monstrous, horrific or indefensible (not "a hate crime"), and labelling something
// terrorist or cowardly ("called the shooting “an act of cowardice”"),
// condemnation; "backed", "endorsed", "expressed solidarity with Y",
// support (target Y); everything else statement.
//
// # Concurrency
//
// Find keeps no state between calls and may be called from many
// goroutines at once.
package claims
