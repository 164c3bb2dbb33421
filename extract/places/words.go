package places

import "strings"

// Word lists the recognition rules consult. They are small on purpose:
// each names a class of words that changes what a neighbouring place name
// means, not the names themselves.

// orgHeads are words that end the proper name of an organization, a
// team, a newspaper or a company: a place name followed by capitalised
// words that include one of them is part of that name ("Balochistan
// Liberation Army", "Ohio State University", "Kansas City Star", "Peabody
// Energy"), not a mention of the place.
var orgHeads = wordSet(`
	Academy Airlines Airways Alliance Association Band Bancorp Bank Brigade Brigades Campaign Club
	Coalition College Company Conference Corp Corporation Courier Daily Enquirer Examiner Express
	Federation Foundation Front Fund Gazette Group Herald Inc Institute Journal League Ledger
	Liberation Limited Ltd Magazine Militia Mission Monitor Movement News Observer Orchestra
	Organization Organisation Partners Party Patriots Post Press Program Programme Project
	Railway Railways Record Register Review Society Star Sun Symphony Telegraph Times Tribune
	Trust Union United University Utilities
`)

// militaryHeads end the names of armed forces. After a country they name
// its forces ("Pakistan Army", "U.S. Navy"), which still mention the
// country; after any other place an armed group ("Arakan Army"), which
// does not.
var militaryHeads = wordSet(`Army Navy Forces Force Corps Guard Guards Regiment Battalion Division Command Squad`)

// institutionHeads end the names of a place's own institutions ("Grand
// Ledge Police", "Dublin City Council", "Guernsey County Courthouse",
// "Paris High School"): the place is still named, as the institution's
// jurisdiction.
var institutionHeads = wordSet(`
	Administration Agency Airport Assembly Authority Board Bureau Center Centre Chamber Commission
	Commissioners Committee Council Court Courthouse Department Diocese District Education Elementary
	Fire Government Hall Health High Hospital Legislature Library Ministry Museum Office Parliament
	Police Prison Schools School Senate Service Services Sheriff Stadium Zoo
`)

// orgLeads are words that open an organization's name before "of": the
// place after "University of", "Bank of" or "Party of" names the
// organization.
var orgLeads = wordSet(`
	Academy Alliance Archdiocese Association Bank Bishop Chamber Church College Congress Council
	Diocese Federation Front Institute League Movement Museum Party Society Union University
`)

// titles are words written before a person's name: the capitalised word
// after "Sen." or "Mr." is a name, even when it is also a place ("Gov.
// Washington", "Mr. Jordan").
var titles = wordSet(`
	Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sen Sen. Senator Rep Rep. Gov Gov. Governor
	Gen Gen. General Col Col. Colonel Capt Capt. Captain Lt Lt. Sgt Sgt. Sergeant Cpl Cpl. Maj Maj.
	Major Adm Adm. Admiral Det Det. Detective Officer Deputy Rev Rev. Reverend Father Pastor
	Judge Justice Coach Sir Dame Lord Lady King Queen Prince Princess Sheikh Imam President
	Minister Mayor Chairman Chief Commissioner Superintendent Trooper Pope Ambassador Secretary
	Attorney Agent Brother Sister Bishop Cardinal Rabbi Mullah Mufti Maulana Speaker Saint
`)

// featureWords are generic words that follow a place's name in names of
// places ("Kanawha River", "Lake Michigan" puts it first): they keep a
// name a place even when the gazetteer does not know the whole of it.
var featureWords = wordSet(`
	Avenue Ave Ave. Basin Bay Beach Boulevard Blvd Blvd. Bridge Canal Canyon Cape Channel Coast County Creek
	Delta Desert District Falls Forest Gulf Harbor Harbour Heights Highway Hill Hills Island Islands
	Lake Lakes Mountain Mountains Mount Oblast Ocean Parish Pass Peninsula Plain Plains Plateau
	Province Prefecture Range Region Reservoir River Road Sea Shore Sound Square State Strait Street
	St St. Township Territory Valley Village Way Woods
`)

// locPreps are the prepositions after which a capitalised name is most
// likely a place ("in Quetta", "near Ridge Farm", "from Gwadar").
var locPreps = wordSet(`
	in In near Near at At from From to to across Across outside Outside inside throughout Throughout
	toward towards into Into around Around via Via between Between within Within
`)

// lowerFunction are words that, written in lower case, show that the text
// around them is ordinary prose rather than a headline in title case.
var lowerFunction = wordSet(`a an the of in on at to for and or but with by from as is was are were has have had`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// actorSuffixes are the second parts of hyphenated words in which a place
// names an actor rather than a location: "U.S.-led", "Iran-backed".
var actorSuffix = wordSet(`led backed sponsored funded allied aligned brokered supported friendly leaning`)

// unitNouns are lower-case nouns of places: "the city of X", "Muscogee
// and Harris counties", "Quetta district".
var unitNouns = wordSet(`city cities town towns village villages county counties province provinces
	state states district districts region regions township townships parish parishes borough
	boroughs municipality municipalities capital suburb suburbs neighborhood neighbourhood island
	islands area port hamlet hamlets regency regencies department departments`)

// speechVerbs after a single capitalised word make it a speaker, a person
// or organization ("Edison said"), rather than a place.
var speechVerbs = wordSet(`said says told added noted explained stated urged announced argued asked
	wrote replied recalled insisted warned vetoed testified described`)

// dateWords are days and months, which news writes right after a place
// ("killed in Kabul Monday").
var dateWords = wordSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	January February March April May June July August September October November December
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

var directions = wordSet(`North South East West Northern Southern Eastern Western Central Upper Lower
	Northeast Northwest Southeast Southwest North-East North-West South-East South-West Greater
	Northeastern Northwestern Southeastern Southwestern Mid Midwest`)

// generic are further single words that the gazetteer knows as shortened
// names of divisions but that news capitalises as words.
var generic = wordSet(`Capital Center Centre Downtown Metro Coast Interior Islands
	Mountain Mountains Highlands Lowlands Frontier Border Federal National Earth World`)

// placeSuffixes are the second parts of hyphenated words that locate
// something at the place of the first part: "Pakistan-based",
// "Texas-born", "Kashmir-administered".
var placeSuffix = wordSet(`based born bred raised area region bound administered controlled occupied
	held registered headquartered made built grown wide`)

// ofPlaceNouns are nouns that take a place after "of": "a resident of
// Lubbock", "the mayor of Monroe", "the outskirts of Quetta".
var ofPlaceNouns = wordSet(`resident residents native natives mayor governor outskirts heart centre
	center streets people citizens north south east west northeast northwest southeast southwest
	part parts edge west kilometres kilometers miles`)

// featureLast are the words that end the names of streets and natural
// features ("Avalon Boulevard", "Kanawha River", "Ural Mountains").
var featureLast = wordSet(`Street St. Avenue Ave. Boulevard Blvd. Road Rd. Drive Lane Highway Parkway
	Pkwy. Trail Turnpike Expressway Freeway Square Plaza Bridge River Creek Lake Lakes Bay Mountain
	Mountains Hills Valley Island Islands Beach Falls Canyon Forest Park Reservoir Sea Ocean Gulf
	Strait Channel Delta Basin Peninsula Desert Plateau Harbor Harbour Glacier Dam Wetlands`)

// featureFirst are the words that open them ("Lake Lanier", "Mount
// Kenya", "Fort Detrick").
var featureFirst = wordSet(`Lake Mount Mt. Fort Ft. Isle Cape Gulf Bay`)

// localFeature are the feature words of streets, squares and parks,
// which lie in a town.
var localFeature = wordSet(`Street St. Avenue Ave. Boulevard Blvd. Road Rd. Drive Lane Parkway Pkwy.
	Square Plaza Park Bridge Heights`)

// functionWords are English words of closed classes (articles, pronouns,
// prepositions, conjunctions, auxiliaries, common adverbs and
// determiners). Many are also the names of small places somewhere ("As",
// "Of", "Is", "Most"); capitalised at the start of a sentence they are
// still the word, which is known without asking the tagger.
var functionWords = wordSet(`
	a about above across after again against all almost along also although always am among an
	and another any anyone anything are around as at back be because been before behind being
	below beside besides between beyond both but by can cannot could did do does doing done down
	during each either else even ever every few for from further had has have having he her here
	hers herself him himself his how however i if in including inside instead into is it its
	itself just last least less like many may me meanwhile might more most much must my myself
	near neither never nevertheless next no nobody none nor not nothing now of off often on once
	one only onto or other others otherwise our ours ourselves out outside over own per perhaps
	rather same several shall she should since so some someone something sometimes still such
	than that the their theirs them themselves then there therefore these they this those though
	through throughout thus to today together tomorrow too toward towards under unless until up
	upon us very via was we well were what whatever when whenever where whereas wherever whether
	which while who whoever whole whom whose why will with within without would yes yesterday yet
	you your yours yourself
`)

// functionWord reports a function word in any case ("As", "OF").
func functionWord(w string) bool {
	if functionWords[w] {
		return true
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return functionWords[string(b)]
}

// commonWords are English words, capitalised, that are also the names of
// well-known towns ("Nice", "Split", "Mobile"): without the recognizer's
// support or a place's context they are the word. The tagger takes many
// of them for names when they open a sentence.
var commonWords = wordSet(`
	Bath Buffalo Commerce Concord Eagle Energy Enterprise Friendship Harmony Hope Independence
	Justice Liberty Marathon Mission Mobile Nice Opportunity Orange Paradise Police Progress
	Reading Split Surprise Triumph Unity Victory Why Wedding Worms
`)
