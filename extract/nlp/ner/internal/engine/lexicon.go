package engine

// Lexical classes of a word, looked up by the hash of its lower-case form.
const (
	LexTitle     uint16 = 1 << iota // a title or role before a name: "President", "Mr.", "Gen."
	LexOrgHead                      // a word that ends or heads organisation names: "Party", "Ministry"
	LexGiven                        // a given name (from the training data's person names)
	LexMonth                        // a month name or abbreviation
	LexDay                          // a weekday
	LexDemonym                      // a nationality word: "British", "Iraqis" (from the gazetteer)
	LexOrgPrefix                    // a word that opens organisation names: "University", "Bank"
	LexPlaceWord                    // a word of place names: "River", "Province", "Street"
	LexDateWord                     // a capitalised word of dates: "Christmas", "Day", "Today"
	LexSport                        // a word of sports reports: "beat", "goals", "innings"
	LexCommon                       // a word the training data writes in lower case: "rains", "as"
)

// lexicon maps 64-bit word hashes to lexical class bits: open addressing
// with linear probing over a power-of-two table; key 0 marks a free slot.
type lexicon struct {
	keys []uint64
	vals []uint16
	mask uint64
}

func newLexicon(n int) *lexicon {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &lexicon{keys: make([]uint64, size), vals: make([]uint16, size), mask: uint64(size - 1)}
}

// add ors bits into the entry for key h.
func (l *lexicon) add(h uint64, bits uint16) {
	if h == 0 {
		h = 1
	}
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		switch l.keys[i] {
		case h:
			l.vals[i] |= bits
			return
		case 0:
			l.keys[i] = h
			l.vals[i] = bits
			return
		}
	}
}

func (l *lexicon) get(h uint64) uint16 {
	if h == 0 {
		h = 1
	}
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		switch l.keys[i] {
		case h:
			return l.vals[i]
		case 0:
			return 0
		}
	}
}

// Written word lists (lower case). They are features, not rules: the model
// learns how much each is worth.
var (
	titleWords = []string{
		"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
		"president", "president-elect", "vice", "prime", "premier", "minister", "secretary",
		"secretary-general", "undersecretary", "chancellor", "chairman", "chairwoman", "chair",
		"general", "gen", "gen.", "lt", "lt.", "lieutenant", "col", "col.", "colonel", "maj",
		"maj.", "major", "capt", "capt.", "captain", "cmdr", "cmdr.", "commander", "sgt", "sgt.",
		"sergeant", "cpl", "cpl.", "corporal", "brig", "brig.", "brigadier", "adm", "adm.",
		"admiral", "marshal", "commodore", "senator", "sen", "sen.", "rep", "rep.",
		"representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor",
		"king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "sheik",
		"pope", "cardinal", "archbishop", "bishop", "rev", "rev.", "reverend", "father",
		"ayatollah", "imam", "mullah", "cleric", "rabbi", "judge", "justice", "magistrate",
		"sir", "lord", "lady", "dame", "ambassador", "envoy", "spokesman", "spokeswoman",
		"spokesperson", "director", "deputy", "commissioner", "inspector", "superintendent",
		"officer", "chief", "leader", "coach", "manager", "striker", "midfielder", "defender",
		"goalkeeper", "keeper", "batsman", "bowler", "champion", "compatriot", "teammate",
		"veteran", "rookie", "seed", "no.", "attorney", "lawyer", "prosecutor", "dean",
		"councillor", "councilor", "lawmaker", "legislator", "speaker", "head", "founder",
		"ceo", "executive", "analyst", "economist", "correspondent", "reporter", "editor",
		"actor", "actress", "singer", "writer", "author", "president's", "mp", "st.",
		"cp", "dig", "aig", "igp", "cds", "coas", "goc", "dsp", "asp", "sp", "acp", "hon", "hon.",
		"maj-gen", "lt-col", "lt-gen", "air", "vice-marshal", "rear", "warrant",
	}
	orgHeadWords = []string{
		"army", "front", "ministry", "party", "council", "corp", "corp.", "corporation", "inc",
		"inc.", "ltd", "ltd.", "plc", "co", "co.", "company", "companies", "group", "university",
		"college", "school", "academy", "institute", "police", "brigade", "battalion", "regiment",
		"division", "corps", "command", "forces", "force", "navy", "guard", "guards", "militia",
		"movement", "alliance", "union", "league", "federation", "association", "committee",
		"commission", "agency", "authority", "board", "bureau", "department", "office",
		"service", "services", "organization", "organisation", "foundation", "fund", "bank",
		"society", "network", "news", "press", "times", "post", "journal", "herald", "tribune",
		"telegraph", "gazette", "airlines", "airways", "exchange", "holdings", "motors",
		"industries", "international", "assembly", "parliament", "congress", "senate",
		"cabinet", "court", "tribunal", "church", "club", "fc", "united", "city", "rovers",
		"athletic", "wanderers", "county", "team", "brothers", "partners", "securities",
		"capital", "trust", "bancorp", "systems", "technologies", "communications", "energy",
		"petroleum", "oil", "telecom", "airline", "hospital", "center", "centre", "mission",
		"coalition", "brotherhood", "jihad", "taliban", "taleban", "hezbollah", "hamas",
		"brigades", "commandos", "rebels", "reuters", "xinhua", "afp", "nato",
		"u.n.", "eu", "opec", "fifa", "uefa", "ioc", "imf",
	}
	orgPrefixWords = []string{
		"university", "bank", "ministry", "department", "council", "institute", "national",
		"federal", "royal", "central", "supreme", "people's", "democratic", "islamic", "united",
		"international", "world", "european", "african", "asian", "american", "general",
		"state", "association", "union", "federation", "committee", "commission", "office",
		"house", "church", "party", "movement", "front",
	}
	placeWords = []string{
		"river", "lake", "sea", "ocean", "gulf", "bay", "mountain", "mountains", "mount", "mt.",
		"valley", "island", "islands", "peninsula", "desert", "strait", "province", "state",
		"region", "district", "county", "city", "town", "village", "street", "st.", "road",
		"avenue", "square", "bridge", "airport", "border", "coast", "north", "south", "east",
		"west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
		"new", "san", "santa", "port", "fort", "cape", "saint",
	}
	monthWords = []string{
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.",
		"jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
		"nov.", "dec", "dec.",
	}
	dateWords = []string{
		"day", "days", "year", "years", "eve", "christmas", "easter", "ramadan", "eid", "thanksgiving",
		"new", "independence", "memorial", "labor", "labour", "utc", "gmt", "b.c.", "a.d.", "today",
		"tomorrow", "yesterday", "tonight", "later", "earlier", "since", "during", "last", "next",
		"this", "early", "late", "mid", "the", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "several", "nearly", "about", "more", "less", "over", "from",
		"between", "every", "week", "weeks", "month", "months", "spring", "summer", "autumn",
		"fall", "winter", "morning", "evening", "night", "afternoon", "weekend", "hanukkah",
		"passover", "diwali", "nowruz", "hajj", "lent", "advent", "halloween", "valentine's",
	}
	sportWords = []string{
		"beat", "drew", "scored", "scorer", "scorers", "goal", "goals", "innings", "wicket",
		"wickets", "runs", "overs", "match", "matches", "league", "cup", "championship",
		"tournament", "season", "striker", "midfielder", "goalkeeper", "coach", "captain",
		"half-time", "halftime", "semifinal", "semi-final", "quarter-final", "standings",
		"pct", "inning", "homer", "pitcher", "batting", "bowling", "seeded", "lap", "podium",
		"medal", "olympic", "tries", "penalty", "penalties", "soccer", "football", "rugby",
		"cricket", "tennis", "golf", "baseball", "basketball", "hockey", "athletics", "cycling",
		"boxing", "club", "fixtures", "results", "v", "vs", "vs.", "draw", "unbeaten",
	}
	dayWords = []string{
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon.", "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun.",
	}
)

// buildLexicon makes the lexicon from the written lists and the model's
// given-name and common-word hashes.
func buildLexicon(given, common []uint64, demonyms []string) *lexicon {
	lists := []struct {
		words []string
		bits  uint16
	}{
		{titleWords, LexTitle}, {orgHeadWords, LexOrgHead}, {orgPrefixWords, LexOrgPrefix},
		{placeWords, LexPlaceWord}, {monthWords, LexMonth}, {dayWords, LexDay}, {dateWords, LexDateWord},
		{demonyms, LexDemonym}, {sportWords, LexSport},
	}
	n := len(given) + len(common)
	for _, l := range lists {
		n += len(l.words)
	}
	lx := newLexicon(n)
	for _, l := range lists {
		for _, w := range l.words {
			lx.add(HashLower(w), l.bits)
		}
	}
	for _, h := range given {
		lx.add(h, LexGiven)
	}
	for _, h := range common {
		lx.add(h, LexCommon)
	}
	return lx
}
