// Package actors is the actors stage of the newsx pipeline: it finds the
// people, armed groups, organisations, states and security forces an
// English news article names, merges the mentions of each, and gives each
// actor a name, a kind and, where the text says so, titles, an affiliation
// and a country (record.Actor, RECORD.md).
//
//	doc := nlp.Analyze(text)
//	acts := actors.Find(doc, ner.Entities(doc))
//	skip := actors.Spans(acts) // names the places stage must not read as places
//
// # What it finds
//
// People come from the entity recognizer's PERSON mentions, cleaned of the
// titles it may include and completed with name words it may leave out
// ("Mykola" before "Hrytsenko", "el-Nur" after "Osman Hamid"), and from
// names the context marks as a person's where the recognizer saw none or
// another label: after a rank or title ("Maj.-Gen. Chidi Okonkwo",
// "Inspector General of Police X Y") and next to a role and a comma ("Its
// coordinator, X Y,", "X Y, the head of"). Their titles come from the
// words before the name ("Pakistan's junior interior minister Talal
// Chaudhry", "Army spokesman Lieutenant Colonel ..."), from an apposition
// after it ("Natalie Baker, the U.S. deputy chief of mission", "X, a
// spokesman for the network") or before it ("The Chief of Army Staff, Lt.
// Gen. ..."), and from "X is the new Y". A rank at the end of a title is
// a title of its own; an organisation at its start, after "of the" or "for"
// is the affiliation; a country's name, demonym or possessive gives the
// country. A later mention by part of the name ("Bugti said") joins the
// person, preferring the last person named before it whose surname it is.
//
// Organisations and armed groups come from, in this order of trust: a
// curated table of about 140 armed groups, intergovernmental bodies, aid
// groups, news agencies and security services with their other names and
// acronyms (groups.go; facts written for newsx); runs of capitalised words
// ending in a head noun (…Ministry, …Army, …Front, …Movement, …Police,
// …Brigade(s), …Party, …Council, …Commission, …Agency, …Forces, "Ministry
// of …", "Office for the Coordination of …", "National Search and Rescue
// Agency"), numbered units ("82 Division"), a lower-case head after a name
// ("the Dawn of Nemunas party", "Afghanistan's foreign ministry", "the
// French embassy"), and the recognizer's ORG mentions, filtered: no lone
// country, ethnic word or common word, no name used as a modifier
// ("ethnic Baloch separatists"), no place ("Purworejo regency", "in El
// Obeid"), road, natural feature or storm. An acronym in parentheses after
// a name is an alias ("(BLA)"); when no rule found the name, the words
// whose initials spell it are one ("Inter-Services Public Relations
// (ISPR)"), and an acronym the text defines wins over the table's. Later
// uses of a name or an acronym join it. Names that differ in the form of a
// word ("Baloch" and "Balochistan Liberation Army") or where one lies
// inside the other ("Red Cross" and "Uganda Red Cross Society") are one
// actor. Buildings ("Madina Hospital") are kept only when they act or
// employ someone named. The kind follows the name's words: armed groups by
// the table or by words such as Liberation, Militia, Brigades; an army or
// armed forces named after a country ("Sudanese Armed Forces") is a
// security force, one named otherwise ("Arakan Army") an armed group.
//
// States are countries that act: the subject of a verb ("India refuted",
// "The United States condemned", "India, which accused"), the agent of a
// passive ("refuted by India"), the object of an accusation ("accused
// Pakistan of"), a government ("the Indian government", "Pakistan's
// government", "the government" for the article's main country), a
// capital or a seat of government used for its state ("Islamabad said",
// "the Kremlin said"). A country that is only a place ("in Pakistan",
// "Pakistan's largest province") is left to the places stage; so is a
// country inside a longer name ("Washington Post", "Latin America").
// Security forces named by common nouns ("Pakistan's military", "the army",
// "police", "security forces", "counterterrorism units", "Russian troops")
// are one actor per kind and country; the country comes from a
// possessive, a demonym or a country's name before the noun, or else is
// the article's main country (the one its dateline or most of its country
// names and demonyms point to). Such a force joins the one force of its
// kind that the article names properly ("police" and "National Police
// Service"). A noun used as an adjective ("military target", "army
// posts") names no force.
//
// Actors are listed in order of first mention, with ids a1, a2, ...; every
// mention is a span of the text in code points with its sentence. The name
// is the fullest form the text uses (the most words for a person, the
// longest name otherwise, a known group's usual name when the text uses
// it, a country's common name for a state, "<Country> military" for a
// force named only by common nouns when the text names its country).
//
// # Performance
//
// Find makes one pass over the tokens for the phrase table and a few more
// for the rules; it loads nothing but the phrase table (built once per
// process from the table and the gazetteer's countries, a few
// milliseconds) and looks the gazetteer up only to tell places from names
// the recognizer was unsure of; it asks the tagger about a sentence only
// to decide whether a capitalised word opening it is a given name. On the
// 2-core development machine, shared with other jobs, BenchmarkFind
// measures 0.2–0.3 ms and about 320 allocations for a 2.3 KB article, and
// BenchmarkFindFixtures about 0.27 ms per fixture article (8–10 MB/s),
// the entity recognizer excluded.
//
// # Known limits
//
// Rules read one sentence at a time, apart from the anaphors "its", "the
// group's", "the ministry's" and "the network", resolved to the
// organisation last named within three sentences that fits. A given name
// alone joins a person only when one person has it. Titles in long
// lists of appointments ("X, formerly Commander, 22 Brigade, now
// Commandant, ...") are read only in part. Sports teams named after places
// ("Leicestershire beat Somerset") are left to the recognizer. The
// kinds group and organization are not told apart beyond the table: the
// stage does not make generic groups ("militants", "protesters") actors.
package actors
