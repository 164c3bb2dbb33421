package claims

import "strings"

// Claim kinds, as RECORD.md lists them.
const (
	KindStatement      = "statement"
	KindResponsibility = "responsibility"
	KindAccusation     = "accusation"
	KindDenial         = "denial"
	KindCondemnation   = "condemnation"
	KindSupport        = "support"
)

// verbClass says how a cue verb takes its arguments.
type verbClass uint8

const (
	classSay    verbClass = iota // verbs of saying: content follows, often after "that"
	classTell                    // tell-like: an addressee may come between verb and content
	classThink                   // verbs of thinking and perceiving: need a clear subject
	classAct                     // acts of stance (accuse, deny, condemn, back): an object follows
	classStrong                  // unambiguous speech verbs taken whatever their tag ("said")
)

// verb is one cue verb: its lemma, class and the claim kind it gives by
// itself ("" for statement).
type verb struct {
	lemma string
	class verbClass
	kind  string
}

// cueVerbs maps every inflected form of a cue verb to its entry. It is
// built once from verbLemmas by inflect.
var cueVerbs = func() map[string]verb {
	m := make(map[string]verb, 4*len(verbLemmas))
	for _, e := range verbLemmas {
		forms := inflect(e.lemma)
		if e.lemma == "counter" {
			// the base form is mostly a noun or an adjective: "runs
			// counter to", "over the counter"
			forms = forms[1:]
		}
		if extra, ok := irregular[e.lemma]; ok {
			forms = append(forms, extra...)
		}
		for _, f := range forms {
			if _, dup := m[f]; !dup {
				m[f] = e
			}
		}
	}
	return m
}()

// verbLemmas are the verbs that introduce attributed content: verbs of
// saying and writing, of telling, of arguing and reporting, of thinking
// and believing, and the stance verbs that give a claim its kind.
var verbLemmas = []verb{
	// saying, stated outright
	{"say", classStrong, ""}, {"tell", classTell, ""}, {"add", classSay, ""},
	{"state", classSay, ""}, {"note", classSay, ""}, {"stress", classSay, ""},
	{"warn", classTell, ""}, {"highlight", classSay, ""}, {"recount", classSay, ""},
	{"disclose", classSay, ""}, {"assert", classSay, ""}, {"announce", classSay, ""},
	{"insist", classSay, ""}, {"confirm", classSay, ""}, {"acknowledge", classSay, ""},
	{"mention", classSay, ""}, {"report", classSay, ""}, {"explain", classSay, ""},
	{"write", classSay, ""}, {"tweet", classSay, ""}, {"post", classSay, ""}, {"email", classSay, ""},
	{"plead", classAct, ""},
	{"argue", classSay, ""}, {"claim", classSay, ""}, {"allege", classSay, ""},
	{"emphasize", classSay, ""}, {"emphasise", classSay, ""}, {"underline", classSay, ""},
	{"reiterate", classSay, ""}, {"repeat", classSay, ""}, {"declare", classSay, ""},
	{"admit", classSay, ""}, {"concede", classSay, ""}, {"reveal", classSay, ""},
	{"suggest", classSay, ""}, {"predict", classSay, ""}, {"recall", classSay, ""},
	{"respond", classSay, ""}, {"reply", classSay, ""}, {"answer", classSay, ""},
	{"continue", classThink, ""}, {"conclude", classSay, ""}, {"indicate", classSay, ""},
	{"observe", classSay, ""}, {"comment", classSay, ""}, {"remark", classSay, ""},
	{"joke", classSay, ""}, {"quip", classSay, ""}, {"complain", classSay, ""},
	{"lament", classSay, ""}, {"boast", classSay, ""}, {"pledge", classSay, ""},
	{"promise", classSay, ""}, {"vow", classSay, ""}, {"threaten", classSay, ""},
	{"urge", classTell, ""}, {"appeal", classTell, ""}, {"ask", classTell, ""}, {"demand", classSay, ""},
	{"propose", classSay, ""}, {"describe", classAct, ""}, {"estimate", classSay, ""},
	{"speculate", classSay, ""}, {"contend", classSay, ""}, {"maintain", classThink, ""},
	{"point", classThink, ""}, {"echo", classSay, ""}, {"testify", classSay, ""},
	{"inform", classTell, ""}, {"assure", classTell, ""}, {"remind", classTell, ""},
	{"caution", classSay, ""}, {"advise", classTell, ""}, {"recommend", classSay, ""},
	{"question", classAct, ""}, {"wonder", classSay, ""}, {"shout", classSay, ""},
	{"cite", classAct, ""}, {"forecast", classThink, ""}, {"signal", classThink, ""},
	{"specify", classSay, ""}, {"clarify", classSay, ""}, {"elaborate", classSay, ""},
	{"agree", classThink, ""}, {"speak", classThink, ""}, {"call", classThink, ""},
	{"read", classThink, ""}, {"refer", classSay, ""}, {"talk", classThink, ""},
	{"rail", classAct, KindCondemnation},
	{"decline", classAct, ""}, {"refuse", classAct, ""},
	// intentions and requests stated for someone
	{"seek", classAct, ""}, {"offer", classAct, ""}, {"order", classAct, ""},
	{"request", classAct, ""}, {"encourage", classTell, ""}, {"press", classTell, ""},
	{"thank", classAct, KindSupport}, {"voice", classAct, ""}, {"retweet", classSay, ""},
	{"reference", classAct, ""}, {"liken", classAct, ""}, {"invoke", classAct, ""},
	{"bemoan", classSay, ""}, {"champion", classAct, KindSupport}, {"imply", classSay, ""},
	{"hint", classSay, ""}, {"quote", classAct, ""},
	{"learn", classThink, ""}, {"deem", classThink, ""}, {"prefer", classThink, ""},
	{"decide", classThink, ""}, {"see", classThink, ""}, {"identify", classAct, ""},
	{"issue", classAct, ""}, {"push", classAct, ""}, {"apologize", classAct, ""},
	{"apologise", classAct, ""}, {"side", classAct, ""}, {"remember", classThink, ""},
	{"project", classThink, ""}, {"rule", classAct, ""}, {"list", classAct, ""},
	{"attack", classAct, ""}, {"plan", classAct, ""}, {"intend", classAct, ""},
	// stances taken in words
	{"defend", classAct, ""}, {"oppose", classAct, ""}, {"discuss", classAct, ""},
	{"challenge", classAct, ""}, {"portray", classAct, ""}, {"cast", classAct, ""}, {"mock", classAct, ""},
	{"tout", classSay, ""}, {"chant", classSay, ""}, {"concur", classSay, ""},
	{"applaud", classAct, KindSupport}, {"hail", classAct, KindSupport},
	{"consider", classThink, ""}, {"view", classThink, ""}, {"favor", classThink, ""},
	{"favour", classThink, ""}, {"regard", classThink, ""}, {"suspect", classThink, ""},
	{"lambaste", classAct, KindCondemnation},
	{"rebuke", classAct, KindCondemnation}, {"assail", classAct, KindCondemnation},
	// thinking, believing, perceiving
	{"think", classThink, ""}, {"believe", classThink, ""}, {"feel", classThink, ""},
	{"hope", classThink, ""}, {"fear", classThink, ""}, {"expect", classThink, ""},
	{"worry", classThink, ""}, {"doubt", classThink, ""}, {"know", classThink, ""},
	{"find", classThink, ""}, {"show", classThink, ""}, {"want", classThink, ""},
	// stance: these give the claim its kind
	{"accuse", classAct, KindAccusation}, {"blame", classAct, KindAccusation},
	{"attribute", classAct, KindAccusation}, {"charge", classAct, KindAccusation},
	{"deny", classAct, KindDenial}, {"refute", classAct, KindDenial},
	{"reject", classAct, KindDenial}, {"dismiss", classAct, KindDenial},
	{"condemn", classAct, KindCondemnation}, {"denounce", classAct, KindCondemnation},
	{"decry", classAct, KindCondemnation}, {"deplore", classAct, KindCondemnation},
	{"criticize", classAct, KindCondemnation}, {"criticise", classAct, KindCondemnation},
	{"slam", classAct, KindCondemnation}, {"blast", classAct, KindCondemnation},
	{"label", classAct, ""}, {"brand", classAct, ""},
	{"back", classAct, KindSupport}, {"support", classAct, KindSupport},
	{"endorse", classAct, KindSupport}, {"praise", classAct, KindSupport},
	{"welcome", classAct, KindSupport}, {"express", classAct, ""},
	// said in a manner, or in a turn of an exchange
	{"yell", classSay, ""}, {"scream", classSay, ""}, {"whisper", classSay, ""},
	{"mutter", classSay, ""}, {"confess", classSay, ""}, {"brag", classSay, ""},
	{"retort", classSay, ""}, {"counter", classSay, ""}, {"muse", classSay, ""},
	{"opine", classSay, ""}, {"posit", classSay, ""}, {"swear", classSay, ""},
	{"affirm", classSay, ""}, {"reassure", classTell, ""},
	{"scoff", classAct, ""}, {"downplay", classAct, ""}, {"contradict", classAct, ""},
	{"characterize", classAct, ""}, {"characterise", classAct, ""}, {"dub", classAct, ""},
	{"rebut", classAct, KindDenial}, {"dispute", classAct, KindDenial},
	// reproach and praise
	{"deride", classAct, KindCondemnation}, {"scold", classAct, KindCondemnation},
	{"chide", classAct, KindCondemnation}, {"berate", classAct, KindCondemnation},
	{"excoriate", classAct, KindCondemnation}, {"castigate", classAct, KindCondemnation},
	{"upbraid", classAct, KindCondemnation}, {"reprimand", classAct, KindCondemnation},
	{"ridicule", classAct, KindCondemnation}, {"disparage", classAct, KindCondemnation},
	{"demonize", classAct, KindCondemnation}, {"demonise", classAct, KindCondemnation},
	{"vilify", classAct, KindCondemnation}, {"censure", classAct, KindCondemnation},
	{"commend", classAct, KindSupport}, {"laud", classAct, KindSupport},
	{"congratulate", classAct, KindSupport},
}

// irregular gives the forms inflect cannot build.
var irregular = map[string][]string{
	"say":       {"said", "says", "saying"},
	"tell":      {"told"},
	"write":     {"wrote", "written", "writing"},
	"think":     {"thought"},
	"know":      {"knew", "known"},
	"find":      {"found"},
	"show":      {"shown"},
	"feel":      {"felt"},
	"speak":     {"spoke", "spoken"},
	"read":      {"read"},
	"forecast":  {"forecast"},
	"slam":      {"slammed", "slamming"},
	"label":     {"labelled", "labelling"},
	"signal":    {"signalled", "signalling"},
	"admit":     {"admitted", "admitting"},
	"quip":      {"quipped", "quipping"},
	"underline": {"underlined"},
	"refer":     {"referred", "referring"},
	"concur":    {"concurred", "concurring"},
	"seek":      {"sought"},
	"see":       {"saw", "seen", "sees", "seeing"},
	"learn":     {"learnt"},
	"swear":     {"swore", "sworn"},
	"brag":      {"bragged", "bragging"},
	"rebut":     {"rebutted", "rebutting"},
	"dub":       {"dubbed", "dubbing"},
}

// inflect returns the regular forms of an English verb: base, -s, -ed and
// -ing, with the usual spelling changes.
func inflect(base string) []string {
	out := []string{base}
	switch {
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		stem := base[:len(base)-1]
		out = append(out, stem+"ies", stem+"ied", base+"ing")
	case strings.HasSuffix(base, "e"):
		stem := base[:len(base)-1]
		out = append(out, base+"s", base+"d", stem+"ing")
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
		out = append(out, base+"es", base+"ed", base+"ing")
	default:
		out = append(out, base+"s", base+"ed", base+"ing")
	}
	return out
}

// skipBeforeCue are words that may stand between a subject and its cue verb
// ("has also said", "would not say").
var skipBeforeCue = set("also", "later", "earlier", "previously", "then", "has", "have", "had",
	"did", "does", "do", "would", "will", "could", "can", "may", "might", "should", "must",
	"not", "n't", "n’t", "never", "recently", "repeatedly", "once", "again", "further", "separately",
	"first", "reportedly", "publicly", "privately", "frequently", "often", "always", "openly",
	"flatly", "strongly", "quickly", "initially", "subsequently", "simply", "just", "only",
	"firmly", "explicitly", "specifically", "clearly", "even", "still", "already", "allegedly",
	"finally", "quietly", "officially", "actually",
	"’s", "'s", "is", "are", "was", "were", "been", "being", "be", "had", "’ve", "'ve", "’d", "'d",
	"’ll", "'ll", "also", "too", "overall", "themselves", "alike", "now")

// reflexive pronouns that may follow a subject ("Cruz himself said").
var reflexive = set("himself", "herself", "itself", "themselves")

// showKinds are the words that make "show" a programme ("talk show",
// "morning shows").
var showKinds = set("talk", "morning", "reality", "tv", "television", "game", "radio", "news",
	"cooking", "comedy", "variety", "chat", "quiz", "trade", "road", "air", "fashion", "award",
	"awards", "sunday", "late-night", "cable", "web", "magic", "dog", "horse", "car", "art")

// verbAdverbs are adverbs inside a verb group that the tagger may read
// as adjectives or nouns ("has likely damaged", "hadn’t paid").
// contentAdverbs are adverbs in -ly that, right after a verb of saying,
// belong to what follows rather than to the act: a degree or an extent
// ("said nearly half", "know exactly what"), a time of what was said
// ("left shortly after", "decided temporarily") or a frequency.
var contentAdverbs = set("nearly", "exactly", "increasingly", "temporarily", "shortly", "virtually",
	"roughly", "approximately", "only", "mostly", "largely", "partly", "mainly", "merely", "simply",
	"fully", "highly", "likely", "unlikely", "equally", "directly", "weekly", "daily", "monthly",
	"yearly", "hourly", "early", "barely", "hardly", "scarcely", "really", "truly", "entirely",
	"completely", "totally", "particularly", "especially", "previously", "unusually", "profoundly")

var verbAdverbs = set("likely", "n't", "n’t", "not", "never", "already", "also", "still", "just", "even")

// pluralNouns are cue verb forms that are far more often plural nouns
// ("Western states", "the rules", "his claims"), which verbTags leaves as
// the tagger read them.
var pluralNouns = set("states", "rules", "claims", "charges", "fears", "questions", "challenges",
	"comments", "posts", "lists", "plans", "hopes", "calls", "answers", "orders", "issues",
	"offers", "requests", "projects", "views", "demands", "promises", "remarks",
	"doubts", "concerns", "points", "threats", "pledges", "supports", "backs", "thanks",
	"attacks", "estimates", "voices", "forecasts", "signals", "projections", "criticisms")

// titleAdverbs stand before the verb of a title-case headline ("Trump Just
// Announced", "Ryan Finally Endorses").
var titleAdverbs = set("just", "finally", "now", "also", "still", "once", "again", "reportedly",
	"quietly", "publicly", "officially", "already", "actually", "openly", "repeatedly", "never")

// pronounSubjects are pronouns for people that the tagger does not tag as
// personal pronouns ("those supporting X", "anyone expecting …").
var pronounSubjects = set("those", "another", "anyone", "everyone", "someone", "anybody", "everybody",
	"somebody", "nobody", "no-one")

// socialPlatforms are the services a cue names as its medium ("wrote on
// Facebook"), and platformParts the parts of an account there ("on his
// Facebook page").
var (
	socialPlatforms = set("twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "linkedin", "tumblr",
		"telegram", "whatsapp", "bluesky", "weibo")
	platformParts = set("page", "feed", "account", "wall", "channel", "post", "posts", "timeline")
)

// correlativeSeconds open the second half of a contrast after "but" that
// has no clause of its own: "not only X, but also Y", "X, but not Y",
// "X, but rather Y", "X, but never Y".
var correlativeSeconds = set("also", "not", "rather", "never")

// perfectAux are the forms of "have" before a participle.
var perfectAux = set("has", "have", "had", "’ve", "'ve")

// quantifierLeads are the words besides the subordinators after which a
// quantifier opens a clause of its own: "…, many believe", "and others
// argue" (and "as some have speculated").
var quantifierLeads = set(",", ";", "—", "and", "but", "yet", "so", "however")

// pollShares are the shares of people a poll reports, which think and
// say as the people do ("87 percent viewing him favorably", "a majority
// believe").
var pollShares = set("percent", "%", "majority", "plurality", "minority", "half", "third",
	"thirds", "quarter", "quarters", "share", "fifth", "fifths")

// subjectFocus are the words that may open a subject before its noun
// phrase ("Almost half said", "only a third say"); a focus particle
// ("even leaders on the left say") stays out of the span.
var subjectFocus = set("almost", "nearly", "about", "roughly", "some", "only", "just",
	"approximately", "around", "over", "fully", "perhaps")

// makeForms are the forms of "make", for "made it clear".
var makeForms = set("make", "makes", "made", "making")

// demonstratives stand for a thing just mentioned ("called that
// “preposterous”").
var demonstratives = set("that", "this", "these", "those")

// agentNouns are singular nouns for people by what they do, which the
// plural agent suffixes of personNoun do not reach ("a reporter for
// AFP", "one strategist").
var agentNouns = set("reporter", "writer", "columnist", "strategist", "economist", "historian",
	"professor", "scientist", "researcher", "pollster", "author", "editor", "commentator",
	"activist", "organizer", "organiser", "voter", "supporter", "critic", "observer", "manager",
	"consultant", "advocate", "legislator", "prosecutor", "investigator", "employee",
	"campaigner", "protester", "protestor", "donor", "founder", "executive", "chairwoman",
	"strategist", "delegate", "physician", "scholar", "economist", "journalist", "correspondent",
	"anchor", "host", "pundit", "blogger", "diplomat", "negotiator", "operative", "nominee",
	"contender", "challenger", "incumbent", "congressman", "congresswoman", "councilman",
	"councilwoman", "businessman", "businesswoman", "billionaire", "veteran", "student")

// beForms are the forms of "be", which make a participle passive.
var beForms = set("is", "are", "was", "were", "been", "being", "be", "’s", "'s", "’re", "'re")

// pronouns that can be speakers, with the kind of actor they refer to.
var pronounKind = map[string]string{
	"he": "person", "she": "person", "it": "thing", "they": "group",
	"i": "self", "we": "self", "you": "self",
}

// possessiveKind gives the possessive pronouns that own a nominal cue
// the kind of actor they refer to.
var possessiveKind = map[string]string{
	"his": "person", "her": "person", "their": "group", "my": "self", "our": "self",
	"your": "self",
}

// claimWords are the nouns a denial rejects ("rejected the claim").
var claimWords = set("claim", "claims", "allegation", "allegations", "accusation", "accusations",
	"charge", "charges", "report", "reports", "assertion", "assertions", "suggestion", "notion",
	"idea", "characterization", "characterisation", "account", "statement", "remarks", "story",
	"criticism", "criticisms", "rumours", "rumors", "speculation", "version", "finding", "findings",
	"conclusion", "assessment")

// supportNouns follow "expressed" in a claim of support.
var supportNouns = set("solidarity", "support", "sympathy", "sympathies", "condolences", "backing")

// condemnWords follow "expressed" or the label of a condemnation.
var condemnWords = set("outrage", "condemnation", "terrorist", "terrorism", "terror", "barbaric",
	"cowardly", "cowardice", "heinous", "criminal", "abhorrent", "dismay", "despicable",
	"atrocity", "atrocious", "savage", "inhuman", "massacre", "atrocities",
	"monstrous", "horrific", "indefensible")

// securityHeads are head nouns naming security forces.
var securityHeads = set("military", "army", "forces", "force", "troops", "police", "navy",
	"guards", "soldiers", "officials", "spokesman", "spokesperson", "spokeswoman")

// groupHeads name organised groups.
var groupHeads = set("group", "militants", "organization", "organisation", "outfit", "insurgents",
	"rebels", "movement", "faction", "party", "campaign", "company", "firm", "agency",
	"committee", "council", "ministry", "department", "office", "union", "network")

// glossNouns head the writer's apposition on what was said: "…, a claim
// that could not be verified", "…, a figure the army disputes".
var glossNouns = set("claim", "figure", "number", "toll", "tally", "estimate", "count", "charge",
	"assertion", "allegation", "accusation", "move", "step", "reference", "remark", "sentiment",
	"suggestion", "notion", "contention", "characterization", "characterisation", "version",
	"account", "statement", "message", "point", "promise", "pledge", "prediction", "warning", "demand",
	"offer", "proposal", "threat", "request", "ultimatum", "result", "outcome", "verdict", "finding")

// sentenceAdverbs tie a sentence to the one before it; set off by a comma
// at its start, they are the writer's, not part of a content that
// follows ("Still, turnout fell, officials said"). The connectives of
// several words do the same.
var sentenceAdverbs = set("still", "however", "meanwhile", "indeed", "instead", "nonetheless",
	"nevertheless", "moreover", "furthermore", "besides", "separately", "elsewhere",
	"additionally", "likewise", "similarly", "conversely")

// writersClauses open the writer's clause after an inverted cue ("…,
// officials said, as fighting intensified"); "because", "after" and
// "since" more often give the speaker's reason or time and stay in the
// content.
var writersClauses = set("as", "while", "when", "before", "though", "although", "amid", "whereas")

// indefinites open a noun phrase for someone not named before.
var indefinites = set("a", "an", "another")

// takeForms take responsibility for an attack: "took responsibility".
var takeForms = set("take", "takes", "took", "taken", "taking", "accept", "accepts", "accepted",
	"accepting")

// tallyNouns are the counts a source puts at a figure: "put the death
// toll at 40".
var tallyNouns = set("toll", "number", "numbers", "figure", "count", "tally", "casualties", "losses",
	"cost", "estimate")

// mediumParticiples tell how a medium went out: "in a statement carried
// by state media", "in a video posted on Telegram".
var mediumParticiples = set("carried", "published", "posted", "released", "issued", "broadcast",
	"aired", "sent", "read", "distributed", "shared", "circulated")

// noOne opens a subject that denies there was a speaker: "No group
// claimed responsibility", "None of them claimed it".
var noOne = set("no", "nobody", "none", "neither", "no-one")

// mouthpieces speak for their possessor: "his spokesman said", "the
// minister's office said".
var mouthpieces = set("spokesman", "spokeswoman", "spokesperson", "office")

// stateHeads name governments.
var stateHeads = set("government", "administration", "country", "state", "authorities", "junta",
	"nation", "regime", "cabinet")

// responsibilityVerbs follow "said it" in a claim of responsibility.
var responsibilityVerbs = set("carried", "conducted", "was", "were", "staged", "launched",
	"perpetrated", "executed", "orchestrated", "planned", "targeted", "attacked", "killed",
	"struck", "bombed", "shelled", "destroyed", "downed", "raided")

// agreementNouns are what is struck without an attack: "struck a deal".
var agreementNouns = set("deal", "deals", "agreement", "agreements", "pact", "compromise", "bargain",
	"tone", "note", "chord", "balance", "truce", "accord")

// fighterNouns are the group's own fighters after "its" or "our": "said
// its fighters had killed …".
var fighterNouns = set("fighters", "forces", "militants", "men", "mujahideen", "troops", "units")

// attackGerunds follow "admitted" in a claim of responsibility.
var attackGerunds = set("carrying", "staging", "launching", "conducting", "perpetrating",
	"orchestrating", "planning", "attacking", "targeting")

// closesObject end an object after its verb: "urged restraint." or
// "urged restraint and warned …".
var closesObject = set(".", ",", ";", "and", "but", "or", "!", "?")

// sponsorSuffixes mark a state blamed through an adjective ("Indian-sponsored").
var sponsorSuffixes = []string{"-sponsored", "-backed", "-funded", "-supported", "-trained", "-sponsered"}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// localWords qualify a government below the state ("regional authorities",
// "the city government"): such a speaker is not the state actor.
var localWords = set("regional", "local", "provincial", "municipal", "city", "district",
	"departmental", "county", "state", "town", "village", "council", "province", "region")

// dataNouns name a record that someone compiled ("according to figures
// compiled by X"): the compiler is the source.
var dataNouns = set("figures", "data", "tally", "count", "estimates", "estimate", "records",
	"statistics", "numbers", "report", "reports", "survey")

// orgHeads are the head nouns of organizations and offices.
var orgHeads = set("embassy", "ministry", "agency", "office", "department", "council",
	"administration", "institute", "service", "commission", "authority", "directorate",
	"secretariat", "company", "network", "committee", "court", "hospital", "union")

// dismissWords call a claim untrue ("described the allegations as
// baseless"): with a claim noun, a denial.
var dismissWords = set("baseless", "unfounded", "false", "fabricated", "lies", "untrue",
	"groundless", "propaganda", "absurd", "ridiculous", "nonsense", "fiction")

// verbGroup are the words of a verb group before a cue verb: auxiliaries,
// modals, negation and the adverbs news writing puts there ("has also
// said", "did not deny", "would later tell").
var verbGroup = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
	"do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must",
	"not", "n't", "n’t", "never", "also", "later", "earlier", "previously", "then", "first",
	"repeatedly", "recently", "reportedly", "publicly", "privately", "often", "always",
	"again", "once", "already", "still", "even", "just", "only", "initially", "further",
	"subsequently", "separately", "flatly", "strongly", "explicitly", "openly", "quickly",
	"firmly", "specifically", "clearly", "simply", "frequently", "allegedly", "too", "’ve",
	"'ve", "’d", "'d", "’ll", "'ll", "’re", "'re", "now")

// mediaNouns name the medium of a statement ("said in a statement").
// documentNouns are texts that call for or on someone ("a petition
// calling on him to resign", "the agreement calls for …").
var documentNouns = set("petition", "petitions", "resolution", "resolutions", "agreement",
	"agreements", "bill", "bills", "measure", "proposal", "proposals", "plan", "platform",
	"amendment", "motion", "declaration", "communique", "communiqué", "treaty", "deal", "order")

var mediaNouns = set("statement", "interview", "tweet", "post", "email", "e-mail", "letter",
	"speech", "release", "op-ed", "memo", "video", "message", "briefing", "conference",
	"testimony", "filing", "broadcast", "podcast", "column", "essay", "editorial", "note",
	"statements", "interviews", "tweets", "posts", "emails", "letters", "speeches", "releases",
	"videos", "messages", "briefings", "columns", "essays", "notes", "article", "articles", "ad", "ads",
	"commentary", "dispatch", "bulletin", "communique", "communiqué", "announcement")

// findingVerbs are the think-class verbs that documents, polls and
// studies do as well as people ("the poll found", "records show").
var findingVerbs = set("find", "show", "suggest", "indicate", "estimate", "predict", "conclude",
	"report", "forecast", "reveal", "signal")

// reportNouns are documents and measurements that can be the source of a
// finding.
var reportNouns = set("poll", "polls", "polling", "survey", "surveys", "study", "studies",
	"report", "reports", "data", "analysis", "analyses", "research", "results", "figures",
	"numbers", "statistics", "records", "documents", "inquiry", "investigation", "audit",
	"review", "probe", "assessment", "estimates", "projections", "models", "model", "census",
	"tally", "count", "memo", "filing", "filings", "emails", "findings", "evidence", "article",
	"articles")

// commentVerbs make "declined to …" and "refused to …" a claim about
// speaking ("declined to comment", "refused to say whether").
var commentVerbs = set("comment", "say", "discuss", "answer", "respond", "elaborate", "specify",
	"confirm", "deny", "speculate", "disclose", "reveal", "identify", "name", "address",
	"endorse", "support", "condemn", "apologize", "apologise", "explain", "talk", "release",
	"provide", "give", "rule", "back", "criticize", "criticise", "commit", "concede", "testify")

// gerundPreps introduce a cue in -ing whose speaker is the subject of the
// main clause ("rescinded his support by saying …").
// prepositionalGerunds are forms in -ing used as prepositions
// ("Regarding the vote, …", "Considering the cost, …"): no act of the
// subject.
var prepositionalGerunds = set("regarding", "considering", "concerning", "following", "including",
	"according", "excluding", "barring", "pending")

var gerundPreps = set("by", "after", "for", "upon", "before", "while", "without", "in", "when",
	"despite", "since", "besides")

// whenWords introduce a subjectless "asked" ("when asked whether …").
var whenWords = set("when", "if", "after", "before", "once", "while", "and", "but", ",")

// labelWords open section labels and captions that end in a colon, which
// are not speakers.
var labelWords = set("update", "updated", "updates", "photo", "photos", "source", "sources",
	"related", "note", "editor", "editors", "watch", "read", "video", "breaking", "warning",
	"advertisement", "subscribe", "transcript", "caption", "credit", "credits", "image",
	"images", "listen", "see", "more", "click", "sign", "email", "share", "tags", "topics",
	"posted", "published", "filed", "copyright", "by", "contact", "correction",
	"clarification", "opinion", "analysis", "exclusive", "live", "quiz", "q", "a",
	"question", "answer", "step", "part", "chapter", "day", "week", "phase", "example",
	"summary", "background", "context", "disclaimer", "disclosure", "follow", "also",
	"previously", "earlier", "latest", "timeline", "map", "graphic", "chart", "figure",
	"table", "audio", "podcast", "gallery", "slideshow", "location", "date", "time", "when",
	"where", "what", "who", "why", "how", "here", "now", "then", "first", "second", "third",
	"finally", "bottom", "top", "ps", "p.s.", "n.b.", "pic", "pictured", "above", "below",
	"left", "right", "inset", "file", "reuters", "ap", "afp", "tl;dr", "spoiler", "trigger",
	"content", "cw", "tw", "edit", "edited", "fact", "facts", "lesson", "lessons", "verdict",
	"bonus", "plus", "important", "notice", "attention", "alert", "tip", "tips", "hint")

// clauseBreaks open, after a comma, a clause the writer adds to what was
// said ("…, which will hold the first primary"; "…, while polls show").
var clauseBreaks = set("but", "which", "who", "whom", "where", "while", "whereas", "although",
	"though", "compared", "despite", "even", "unlike", "meanwhile")

// stopCaps are capitalized words inside a sentence that are no names: the
// pronoun "I" and words capitalized by titles and headlines' style.
var stopCaps = set("i", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll")

// periodWords end a time phrase after "last" or "this" ("last week") and
// name stretches of time ("Eight years, backing …").
var periodWords = set("week", "month", "year", "weekend", "night", "morning", "afternoon", "day",
	"days", "weeks", "months", "years", "hours", "minutes", "decade", "decades", "time", "times",
	"evening", "spring", "summer", "fall", "autumn", "winter")

// stanceAdjectives hold a stance toward a clause after a copula: "were
// adamant that", "remain confident that", "is aware that".
var stanceAdjectives = set("confident", "adamant", "convinced", "sure", "certain", "optimistic",
	"hopeful", "worried", "concerned", "afraid", "aware", "unaware", "skeptical", "sceptical",
	"insistent", "emphatic", "pleased", "glad", "proud", "sorry", "upset", "angry",
	"disappointed", "surprised", "unsure", "positive", "doubtful", "fearful", "satisfied",
	"unconvinced", "persuaded", "frustrated", "furious", "outraged", "alarmed", "nervous",
	"anxious", "thrilled", "grateful", "thankful", "encouraged", "heartened", "dismayed",
	"troubled", "wary", "mindful", "cognizant", "conscious", "happy", "relieved", "annoyed")

// stanceCopulas link a subject to a stance adjective besides the forms
// of "be".
var stanceCopulas = set("remain", "remains", "remained", "seem", "seems", "seemed", "appear",
	"appears", "appeared", "feel", "feels", "felt", "grow", "grows", "grew", "grown", "become",
	"becomes", "became", "stay", "stays", "stayed", "sounded", "sounds", "looked", "looks")

// raisingVerbs go before an infinitive cue and share its subject:
// "continues to insist", "seemed to confirm", "began to see".
var raisingVerbs = set("continue", "continues", "continued", "seem", "seems", "seemed", "appear",
	"appears", "appeared", "tend", "tends", "tended", "proceed", "proceeds", "proceeded", "begin",
	"begins", "began", "begun", "start", "starts", "started", "moved", "rushed", "hastened")

// gerundRaisers go before a gerund cue and give it their subject: "keeps
// talking about", "started saying".
var gerundRaisers = set("keep", "keeps", "kept", "start", "starts", "started", "begin",
	"begins", "began", "begun", "continue", "continues", "continued", "resumed")

// goForms go before "on to" in "went on to say".
var goForms = set("go", "goes", "went", "gone", "going")

// hooks open a headline before a colon to catch the eye, not to name
// who speaks ("Wow: …", "Bombshell: …").
var hooks = set("wow", "look", "boom", "bombshell", "busted", "shocking", "breaking", "whoa",
	"omg", "yikes", "ouch", "oops", "huge", "big", "alert", "urgent", "developing", "just",
	"finally", "confirmed", "revealed", "report", "reports", "poll", "polls", "study", "survey",
	"opinion", "editorial", "commentary", "review", "interview", "essay", "explainer", "factcheck",
	"fact-check", "recap", "preview", "obituary", "profile", "flashback", "throwback", "quiz",
	"listen", "watch", "video", "photos", "exclusive", "byline")

// interjections are words set off by commas between a subject and its
// verb ("Hunter, meanwhile, told …").
var interjections = set("meanwhile", "however", "though", "too", "instead", "moreover",
	"nonetheless", "nevertheless", "likewise", "similarly", "separately", "meantime")

// postModifiers follow a speaker's noun with a phrase of their own:
// "one Democrat familiar with the discussion", "a source involved in the
// planning", "the base chief known as Bob".
var postModifiers = set("familiar", "involved", "close", "known", "briefed", "aligned", "allied",
	"opposed", "loyal", "sympathetic", "based", "working", "speaking", "knowledgeable", "privy")

// connectives are sentence adverbials of several words that a writer
// sets off by commas between a subject and its verb ("Cruz, by contrast,
// wrote"): they are no part of the speaker.
var connectives = [][]string{
	{"for", "instance"}, {"for", "example"}, {"by", "contrast"}, {"in", "contrast"},
	{"in", "particular"}, {"on", "the", "other", "hand"}, {"in", "turn"}, {"for", "his", "part"},
	{"for", "her", "part"}, {"for", "its", "part"}, {"for", "their", "part"}, {"for", "one"},
	{"of", "course"}, {"in", "fact"}, {"in", "the", "meantime"}, {"in", "addition"}, {"even", "so"},
	{"as", "a", "result"}, {"as", "it", "stands"}, {"as", "it", "currently", "stands"}, {"as", "things", "stand"},
	{"what", "'s", "more"}, {"what", "’s", "more"}, {"behind", "the", "scenes"}, {"in", "other", "words"},
	{"at", "the", "same", "time"}, {"on", "top", "of", "that"}, {"in", "short"}, {"in", "sum"},
	{"by", "the", "same", "token"}, {"after", "all"}, {"that", "said"}, {"to", "be", "sure"},
}

// subordinators open a clause that a comma closes before the main one
// ("if it rains, the roads will flood").
var subordinators = set("if", "when", "because", "although", "though", "as", "while", "after",
	"before", "once", "unless", "since", "until", "whether", "whenever", "where")

// ownsInfinitive are nouns that take an infinitive of their own ("his
// decision to tell", "requests to comment"), which is then no purpose of
// the clause's subject.
var ownsInfinitive = set("decision", "decisions", "refusal", "effort", "efforts", "request",
	"requests", "right", "rights", "attempt", "attempts", "bid", "plan", "plans", "move", "push",
	"call", "calls", "willingness", "failure", "ability", "chance", "opportunity", "time", "way",
	"need", "desire", "intention", "promise", "pledge", "order", "orders", "invitation", "offer",
	"pressure", "permission", "reluctance", "eagerness", "power", "freedom", "campaign", "drive")

// requestVerbs ask someone to act: the one asked belongs to the content
// ("urged voters to turn out").
var requestVerbs = set("urge", "ask", "encourage", "press", "advise", "implore", "appeal")

// momentNouns name a time a clause can hang on without a relative word
// ("the moment Sanders announced", "the day Trump said").
var momentNouns = set("moment", "day", "time", "night", "week", "morning", "evening", "afternoon", "minute", "instant")

// armedNouns name people who attack with weapons.
var armedNouns = set("gunmen", "gunman", "militants", "militant", "attackers", "attacker", "fighters",
	"insurgents", "rebels", "assailants", "bombers", "terrorists", "jihadists", "mob", "men", "suspects",
	"sniper", "snipers", "shooter", "shooters", "gunner", "gunners", "archer", "hunter", "hunters")

// requestNouns are what a person asked to speak declines ("declined
// comment", "declined an interview request"); not an invitation to go
// somewhere.
var requestNouns = set("comment", "comments", "request", "requests", "interview", "interviews",
	"question", "questions")

// nounLikeBases are base forms of cues that after a verb in -s are
// mostly a particle or a noun ("pushes back", "email shows State"), so
// the verb before them is not read as a plural noun.
var nounLikeBases = set("back", "state")

// asidePreps are the prepositions that open a writer's aside after an
// inverted cue ("…,” Cruz said, in another shot at Trump"; "…, he said,
// on condition of anonymity").
var asidePreps = set("in", "on", "at", "with", "during", "after", "before", "from",
	"without", "by", "for", "under", "amid", "despite", "as", "while", "outside")

// bareInfinitiveVerbs take an object and a bare infinitive: "help Israel
// and the Palestinians achieve peace", "let voters decide".
var bareInfinitiveVerbs = set("help", "helps", "helped", "helping", "let", "lets", "letting",
	"make", "makes", "made", "making", "watch", "watched", "see", "saw", "hear", "heard")

// objectPronouns are the personal pronouns in the object case: "told her
// that …".
var objectPronouns = set("me", "him", "her", "us", "them")

// issueVerbs put out a statement that says something: "issued a statement
// saying …", "released a letter stating …".
var issueVerbs = set("issued", "issues", "issue", "issuing", "released", "releases", "release",
	"releasing", "sent", "sends", "send", "posted", "posts", "put", "puts")

// placePreps put a speaker in a place: "voters in each district",
// "residents near the border".
var placePreps = set("in", "at", "across", "near", "around", "outside", "inside", "throughout")

// bodyNouns name bodies and publications that speak through their
// members or pages ("the court ruled", "the paper reported", "his base
// believes").
var bodyNouns = set("court", "jury", "panel", "family", "base", "newspaper", "paper",
	"magazine", "campaigns", "camps", "organizations", "organisations", "companies", "outlets",
	"countries", "states", "governments", "parties", "electorate")

// negations deny the verb they stand by: "said not that …" is no adverbial
// before what was said.
var negations = set("not", "n't", "n’t", "never")

// feelingNouns are what a speaker expresses or voices about a clause:
// "expressed confidence that …", "voiced doubts that …". The clause is what
// was said.
var feelingNouns = set("confidence", "doubt", "doubts", "skepticism", "scepticism", "alarm", "hope",
	"hopes", "optimism", "fear", "fears", "concern", "concerns", "frustration", "worry", "worries",
	"certainty", "belief", "conviction", "disappointment", "regret", "surprise", "dismay",
	"interest", "enthusiasm", "astonishment", "amusement", "outrage", "anger", "unease")

// feelingPreps join an expressed feeling to what it is about: "voiced
// concern about", "expressed frustration with".
var feelingPreps = set("about", "over", "at", "with", "for", "in", "regarding")

// freeRelatives open a clause that stands before the main one: "said
// that whatever he meant, words have power".
var freeRelatives = set("whatever", "whoever", "whichever", "wherever", "whenever", "however")

// pastOnly are past forms of verbs that are never nouns or adjectives, for
// the tagger's rare slips ("the alliance stood/NN in solidarity").
var pastOnly = set("stood", "went", "came", "took", "gave", "began", "became", "knew", "fled", "kept",
	"sent", "spent", "brought", "fought", "sought", "taught", "grew", "threw", "wrote", "spoke",
	"chose", "drove", "ran", "sat", "swore", "arose", "withdrew", "understood", "withstood", "insisted",
	"vowed", "urged", "pledged", "warned")

// armedHeads are the heads of a description that an armed group answers
// to: "the group", "the militants".
var armedHeads = set("group", "militants", "outfit", "insurgents", "rebels", "faction")

// partHeads are parts of a body that speak for it: "the company's threat
// intelligence team said".
var partHeads = set("team", "unit", "division", "wing", "arm", "branch", "bureau", "board")

// publicBodyWords mark a public body's name, which "the company" never
// refers to: "Ministry of Health", "United Nations".
var publicBodyWords = set("ministry", "agency", "commission", "council", "committee", "department",
	"office", "organization", "organisation", "nations", "union", "court", "police", "party",
	"government", "parliament", "assembly", "authority", "university", "institute", "network",
	"association", "federation", "society", "foundation", "fund", "bank", "programme", "program",
	"red", "crescent", "amnesty", "watch", "army", "forces", "front", "movement", "embassy")

// silentVerbs are what a speaker does not do after what was said: "but did
// not say where", "but would not elaborate".
var silentVerbs = set("say", "give", "elaborate", "provide", "specify", "comment", "explain",
	"identify", "name", "disclose", "reveal", "offer", "detail", "confirm", "respond", "answer")

// agencyWords are the words in the names of bodies that news calls "the
// agency": "World Health Organization", "World Food Programme", "UN
// Population Fund", "National Institute of Meteorology".
var agencyWords = set("agency", "institute", "organization", "organisation", "programme", "program",
	"fund", "office", "service", "administration", "bureau")

// openingPreps open a phrase that may begin a sentence before its subject:
// "In a letter to the council, …", "After talks with Iran, …".
var openingPreps = set("in", "at", "on", "after", "before", "during", "from", "to", "with",
	"for", "by", "under", "following", "despite", "amid", "since", "unlike", "like", "as")

// giveForms are the forms of "give" that may give a figure.
var giveForms = set("give", "gives", "gave", "given", "giving")

// phrasalCues are verbs that report words only with their particle:
// "lashed out at", "took aim at", "pushed back on", "weighed in on",
// "fired back: …". The key is a form of the verb; lemma names the phrase.
var phrasalCues = func() map[string]phrasal {
	m := map[string]phrasal{}
	add := func(p phrasal, forms ...string) {
		for _, f := range forms {
			m[f] = p
		}
	}
	add(phrasal{lemma: "lash out", particle: "out", after: set("at", "against"), kind: KindCondemnation}, "lash", "lashes", "lashed", "lashing")
	add(phrasal{lemma: "take aim", particle: "aim", after: set("at"), kind: KindCondemnation}, "take", "takes", "took", "taking", "taken")
	add(phrasal{lemma: "push back", particle: "back", after: set("on", "against"), kind: KindDenial}, "push", "pushes", "pushed", "pushing")
	add(phrasal{lemma: "weigh in", particle: "in", after: set("on", ",", ":", "with")}, "weigh", "weighs", "weighed", "weighing")
	add(phrasal{lemma: "hit back", particle: "back", after: set("at", ":", ",")}, "hit", "hits", "hitting")
	add(phrasal{lemma: "fire back", particle: "back"}, "fire", "fires", "fired", "firing")
	add(phrasal{lemma: "shoot back", particle: "back"}, "shoot", "shoots", "shot", "shooting")
	add(phrasal{lemma: "lay out", particle: "out", object: true}, "lay", "lays", "laid", "laying")
	add(phrasal{lemma: "talk up", particle: "up", object: true, kind: KindSupport}, "talk", "talks", "talked", "talking")
	add(phrasal{lemma: "sound off", particle: "off", after: set("on", "against", "about")}, "sound", "sounds", "sounded", "sounding")
	return m
}()

// phrasal is a cue of a verb and its particle, perhaps with a
// preposition that must follow (after: none means a retort, which a
// colon, a quotation or "that" must follow, so that "soldiers fired
// back" reports nothing), or with its object after it.
type phrasal struct {
	lemma, particle string
	after           map[string]bool
	kind            string
	object          bool // a noun phrase or a wh-clause follows the particle: "laid out his plan"
}

// emergencyNouns are what crews respond to: "responded to the fire"
// (and to "212 calls", "a 911 call").
var emergencyNouns = set("fire", "fires", "blaze", "emergency", "emergencies",
	"incident", "incidents", "scene", "alarm", "alarms", "treatment", "flooding", "floods",
	"shots", "shooting", "shootings", "gunfire", "explosion", "explosions", "blast", "crash",
	"collision", "disturbance", "stabbing", "robbery", "burglary", "accident", "collapse", "wreck")

// foundThings are found where they lie, not found to be so: "found
// several victims", "found two bodies", "found weapons".
var foundThings = set("victim", "victims", "body", "bodies", "remains", "survivor", "survivors",
	"weapon", "weapons", "gun", "guns", "rifle", "rifles", "explosives", "drugs", "cash",
	"casings", "wreckage", "debris", "vehicle", "car", "man", "woman", "boy", "girl", "child",
	"children")

// bodyWords are the bare descriptions of a body that speaks: "the group
// said", "the organisation said".
var bodyWords = set("group", "organization", "organisation", "watchdog", "charity", "body", "network", "outfit", "movement")

// timeZones may follow a time stamp: "11:02 GMT", "9:40 a.m. ET".
var timeZones = set("gmt", "utc", "et", "est", "edt", "pt", "pst", "bst", "cet", "cest", "ist", "local", "time", "a.m.", "p.m.", "am", "pm", "hrs")

// titleHeads are the titles a description of one person ends in: "the
// president", "the Ukrainian president", "the minister".
var titleHeads = set("president", "minister", "premier", "chancellor", "governor", "mayor", "ambassador",
	"envoy", "spokesman", "spokeswoman", "spokesperson", "commander", "general", "official", "secretary",
	"senator", "leader", "chief", "king", "emir", "prince", "monarch")

// disputedWords are what is rejected as untrue or unfair besides a claim:
// "rejected the results", "rejected the toll".
var disputedWords = set("result", "results", "outcome", "verdict", "figure", "figures", "tally", "toll", "count", "findings")

// weekdayShort are the days as a live blog's time stamps abbreviate them:
// "Mon 21:05".
var weekdayShort = set("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")

// madeNouns are the nouns of speech acts one makes ("made the case for",
// "made comments about", "made no secret of"), with the kind of claim
// each makes.
var madeNouns = map[string]string{
	"case": "", "cases": "", "comment": "", "comments": "", "remark": "", "remarks": "",
	"point": "", "points": "", "statement": "", "statements": "", "argument": "", "arguments": "",
	"pitch": "", "announcement": "", "joke": "", "jokes": "", "appeal": "", "plea": "",
	"secret": "", "reference": "", "references": "", "suggestion": "", "observation": "",
	"prediction": "", "promise": "", "promises": "", "pledge": "", "vow": "", "apology": "",
	"threat": "", "threats": "", "claim": "", "claims": "", "criticism": "",
	"allegation": KindAccusation, "allegations": KindAccusation, "accusation": KindAccusation,
	"accusations": KindAccusation, "endorsement": KindSupport, "condemnation": KindCondemnation,
}

// clauseNouns are the nouns of madeNouns that take a clause of their own:
// "made the point that …", "made the case to grant …".
var clauseNouns = set("case", "point", "argument", "suggestion", "observation", "prediction",
	"promise", "pledge", "vow", "claim", "allegation", "accusation", "threat", "statement")

// madePrepositions open what a speech act made was about: "made comments
// about", "made no secret of", "made a plea for", "made threats against".
var madePrepositions = set("about", "of", "on", "for", "against", "regarding", "to")

// raiseForms and raisedNouns make "raised questions about", "raising
// concerns that", "raise doubts over": the one who raises them asks them.
var raiseForms = set("raise", "raises", "raised", "raising")
var raisedNouns = set("questions", "concerns", "doubts")

// actClauseEnds open a subordinate clause that ends an act's object:
// "praised the plan | as polls showed it gaining", "when", "after". (Not
// "because": a reason most often goes with the act, "mocked Rubio for …
// because he did not win".)
var actClauseEnds = set("as", "when", "while", "after", "before", "since", "although",
	"though", "until", "unless", "once", "whereas")

// ballotWords are what one casts that is no portrayal: "cast their
// ballots", "cast a shadow", "cast doubt on".
var ballotWords = set("ballot", "ballots", "vote", "votes", "doubt", "doubts", "shadow", "shadows",
	"spell", "light", "net", "aside", "off", "away", "lot", "lots", "glance", "eye", "eyes")

// jabNouns are the verbal shots one takes at someone: "took a swipe at".
var jabNouns = set("shot", "shots", "swipe", "swipes", "jab", "jabs", "dig", "digs", "potshot", "potshots")

// clauseOpeners are the words that may open a clause with "that" left
// out after a stance adjective ("were certain they would …", "is
// confident the bill will …"): the untagged test for a sentence to tag.
var clauseOpeners = set("i", "we", "you", "he", "she", "it", "they", "the", "a", "an", "this", "these",
	"those", "his", "her", "their", "its", "our", "my", "there")

// followerNouns are people named by whom they follow or oppose: "Bugti
// supporters", "critics of the plan", "Trump voters". A speaker with such
// a head is not the actor named in it.
var followerNouns = set("supporters", "backers", "followers", "fans", "voters", "critics", "opponents",
	"detractors", "rivals", "admirers", "loyalists", "defenders", "foes", "enemies", "donors")
