// Package places is the places stage of the newsx pipeline: it finds the
// places an English news article names and geocodes them offline, with
// the embedded gazetteer (extract/gazetteer), into the record's places
// list.
//
//	doc := nlp.Analyze(text)
//	ps := places.Find(doc, places.Input{
//		Entities: ner.Entities(doc),
//		Exclude:  spansOfOrganizationsAndPeople, // from the actors stage; may be nil
//	})
//	// ps[0].ID == "p1", ps[0].Mentions[0].Text == the words in the text
//
// # Recognition
//
// Candidates come from three sources: runs of tokens the gazetteer knows
// (gazetteer.AppendMatches, over the tokens with hyphenated words split,
// so that "Pakistan-based", "Afghanistan-Iran" and "D-Iowa City" are
// read); GPE and LOC entities of the recognizer that the gazetteer knows
// in another form (without "the", without a designator: "Laurel County"
// as the county Laurel; or in another transliteration: "Noshki" as
// Nushki, one vowel or doubled letter away); and names the gazetteer does
// not know, which become places of kind "other" (below). State
// abbreviations after a town ("Ridge Farm, Ill.", "CHARLESTON, W.Va.")
// are read with a table of the news agencies' forms (abbrev.go).
//
// The recognizer's labels are used, not trusted. A candidate is no place
// mention when:
//   - it is written in lower case ("police", "mission"), or is a common
//     word capitalised because it opens a sentence or a title-case
//     headline: function words, a few common words that are well-known
//     towns ("Nice", "Split", "Mobile", "Reading"), and any word the
//     part-of-speech tagger does not take for a proper noun ("Police
//     said ...");
//   - it is a demonym ("Pakistani forces"); demonyms still count as
//     evidence for their country;
//   - it is part of a longer name: a person's ("Georgia Smith", an
//     entity PERSON around it, or a capitalised word next to it that is
//     no place, designator or date: "Peabody Energy"), a title before it
//     ("Sen. Lincoln"), an organization's proper name ("Balochistan
//     Liberation Army", "Ohio State University", "Kansas City Star",
//     "University of Kansas", "Arakan Army"), a holiday ("St. Patrick's
//     Day") or a date ("August 2008", "Mon 11:48");
//   - it overlaps a span of Input.Exclude;
//   - it is an acronym that is a place only by accident ("EST", "E.U.");
//   - it is a word of a person's name found elsewhere in the text
//     ("Baker" after "Natalie Baker"), unless the words around it make
//     it a place.
//
// Two kinds of organization names keep the place: a country's, city's or
// county's own institutions ("Quetta Police", "Dublin City Council",
// "Guernsey County Courthouse", "Pakistan Army"), where the place is the
// institution's jurisdiction, and organizations in the possessive
// ("Canada's Food Inspection Agency"). A country's ministries and
// agencies ("the United States Department of Agriculture") are the state
// acting, which the actors stage reports, and do not count.
//
// What remains needs support in proportion to how unlikely it is: a GPE
// or LOC entity, a containment pattern or a dateline (strong); a
// locative word ("in", "near", "the town of", "a resident of"), a
// designator ("Walker County", "Harris counties") or a list with another
// place (context); or nothing but its capitals. Countries, first-level
// divisions and regions need no more than their capitals; a town needs
// 100,000 people alone, 5,000 when other places of its country are named;
// and when the text names places of other countries, a town that only the
// recognizer or the words around it support needs 20,000 people or
// another place of its country ("Barakat" the footballer is no town in
// Libya in a story about Egyptian football). A candidate the recognizer calls a person or an organization
// stays a place only if it is a country, or a division or big city of a
// country the text is about.
//
// # Resolution
//
// All mentions of one name are one place (one sense per article). Its
// candidates, from the gazetteer's ranking, are scored by a prior (kind,
// population, capital or seat, rank) and by the evidence of the text:
//   - "X, Y", "X (Y)", "X in Y", "X in southern Y": the candidates of X
//     that lie in a candidate of Y ("Springfield, Illinois", "Mastung in
//     Balochistan", "Lafayette, La."), and those of Y that contain one;
//   - a dateline ("QUETTA, Pakistan —", "RIDGE FARM, Ill. (AP) —",
//     "LONDON (Reuters) -"), which also counts double as context;
//   - the countries and first-level divisions of the other places named,
//     and towns within 50 or 150 km of them, each weighted by the
//     probability that the other name means that place. The
//     probabilities are recomputed over a few rounds, so that names that
//     fit together pull each other ("Gainesville" and "Hall County" both
//     to Georgia) while a name's own spellings are no evidence for itself.
//
// Names that resolve to one place are one record: spelling variants
// ("Kiev" and "Kyiv", "Baluchistan" and "Balochistan") and designators
// ("Zamfara" and "Zamfara State"), named as the gazetteer names the place,
// with every mention in text order. Records are numbered in order of
// first mention.
//
// # Fields
//
// Kind, country, admin1, coordinates and GeoNames id are the gazetteer's
// (a country is named by its English short name). Admin units and regions
// have no GeoNames id in the gazetteer, so geonames_id is null for them;
// their coordinates are the gazetteer's population-weighted centres.
//
// A place the gazetteer does not know gets kind "other" and the name as
// written: named features (a run of capitalised words ending in a street,
// water or landform word, "Avalon Boulevard", "Kanawha River", "Colca
// Valley", or opened by one, "Lake Lanier", "Mount Elgon"), and names the
// recognizer found where only a place fits ("the village of Prisi", "in
// Atalissa"). The recognizer alone is not enough here: it also calls
// "Ebola" and "Tamiflu" locations. Such a place takes country, admin1
// and, when it is a town or district, the coordinates of the place the
// text puts it in ("Avalon Boulevard in Los Angeles"); a street, square or
// park with none takes those of the town the article names most. Other
// "other" places have null country and coordinates.
//
// # Measured
//
// Development sets of ../shared/eval, scored with tools/score_set.py
// --task places, entities from the embedded recognizer (the stage is new:
// before it, every figure was 0):
//
//	set       recognizer  recognition P / R / F1  acc@161km  median  with coordinates
//	LGL       committed   0.893 / 0.700 / 0.785   0.795      0.7 km  96.3 %
//	LGL       retrained   0.904 / 0.713 / 0.797   0.799      0.8 km  96.4 %
//	GeoVirus  committed   0.958 / 0.925 / 0.941   0.787      26 km   97.5 %
//	GeoVirus  retrained   0.961 / 0.918 / 0.939   0.785      30 km   97.4 %
//
// ("committed": the recognizer's model at the commit this stage was
// written on; "retrained": the model being trained at the same time.)
//
// LGL's gold also marks demonyms ("Georgian", "Sudanese": about 125 of its
// 1,664 toponyms) and places inside organization names ("University of
// Cincinnati", "Sudan Liberation Army"), which this stage leaves out by
// design; about a quarter of the misses are each. Of the errors at 161
// km, four in five on GeoVirus and a quarter on LGL are the right
// country, division or region at another point: GeoVirus puts China at
// 35°N 103°E where GeoNames has 35°N 105°E, and admin1 units here are the
// gazetteer's population-weighted centres (New York state's is near New
// York City, 250 km from GeoNames' point). Places of kind "other" without
// coordinates count as errors too (3.5 % of LGL's matched toponyms);
// over the toponyms given coordinates, acc@161km is 0.82 on LGL.
//
// The seed article ../shared/seeds/balochistan.txt scores places F1 1.00
// with tools/score.py, with no rule written for it.
//
// To reproduce, run the whole pipeline over the set:
//
//	go run ./cmd/newsx extract -q ../shared/eval/lgl/docs > lgl.jsonl
//	python3 ../shared/tools/score_set.py --task places lgl.jsonl ../shared/eval/lgl
//
// # Performance
//
// Find allocates about 280 times and 48 KB per article, and takes
// 0.27–0.31 ms per fixture article (2.3 KB on average, so about 0.4 ms
// for 3 KB), measured with BenchmarkFind after the gazetteer has loaded,
// on the 2-core development machine while other jobs kept its load near
// 5; unshared it is about half that. A quarter of it is the gazetteer's
// token matcher; lookups are cached per article, and the part-of-speech
// tagger runs only on sentences that open with a capitalised candidate
// the recognizer did not label. The recognizer's entities, which the
// stage needs, cost two to three times as much again (BenchmarkStage
// measures both).
//
// # Known limits
//
// Local news that never names its state ("Athens", "Mansfield", "Paris"
// in a Texas paper) resolves to the best-known place of the name; the
// publication's place would fix it, and Input could carry it. Places the
// gazetteer lacks (villages under 1,000 people, islands and mountains,
// "Midwest") are "other" places without coordinates, or are missed when
// nothing marks them as places. A person or a sports team named like a
// place can pass when the recognizer labels it a place and the text
// supports its country.
package places
