// Package ner is the part-of-speech tagger and named-entity recognizer of
// the nlp stage, trained from the Groningen Meaning Bank (GMB) news
// extract with the command in ./train.
//
//	doc := nlp.Analyze(text)
//	for _, e := range ner.Entities(doc) {
//		// e.Label: PERSON, ORG, GPE, LOC, NORP, DATE, EVENT
//		// e.Text == doc.Slice(e.Start, e.End), offsets in code points
//	}
//	tags := ner.Tag(doc.Sentences[0].Tokens) // Penn Treebank tags
//
// # Models
//
// Two averaged perceptrons. The tagger is greedy, left to right, with the
// two previous tags among its features. The recognizer is a linear-chain
// model over BIO labels trained as a structured perceptron and decoded
// with Viterbi under BIO constraints; it does not use the tagger (its tags
// cost a third of the time and gained nothing on the development sets).
// Its features are the word, its lower case, shape ("Xxxx", "X.X.",
// "dd-dd") and affixes, the words and shapes of the two neighbours on each
// side, the run of capitalised words the word is in, whether it opens the
// sentence, the kind of line (the share of tokens with digits, the length,
// a final stop: results tables read differently from prose), whether the
// sentence has sports words, written lists (titles such as "President"
// and "Lt-Gen.", organisation words such as "Ministry" and "Brigade",
// months, weekdays), given names (from the training data's person names
// and a public list), words the training data writes in lower case (what a
// headline in capitals or a sentence's first word no longer shows) and the
// places and demonyms package gazetteer finds, alone and with the kind of
// line.
//
// Every feature is a 64-bit hash (FNV-1a of the word, mixed with the
// template number) and selects one row of the weight table by its top
// bits. A row holds one signed byte per label, a weight in steps of a
// scale fitted to the trained weights; the rows are read in place from the
// embedded model files, eight bytes at a time, and summed in 16-bit lanes
// of 64-bit words, so that one addition adds four weights. Loading parses a
// header and takes well under a millisecond (BenchmarkLoad). Nothing is
// loaded until the first call of Tag, Entities or Default.
//
// # Training data
//
// The GMB is general news with little sport, while wire services send
// pages of results, which other news sets (and the CoNLL-2003 corpus) are
// full of. Training therefore adds synthetic lines made from the training
// data's own names: score lines, league tables, fixtures, athletics, tennis
// and golf results, cricket scorecards and sentences of match reports, in
// which a club named after its town is an organisation and a national side
// its country. It also adds datelines ("GOMA, Congo (Reuters) —" before a
// training sentence), copies of sentences in capitals and in title case,
// headlines cut from sentences, copies naming persons by initials ("M.
// Bello", "OE Ekanem"), and averages the weights of three runs over
// differently shuffled data.
//
// # Case and titles
//
// A sentence mostly in capitals (a headline, a dateline such as "LONDON
// 1996-08-30") is analysed without case: word features use the lower-case
// form and the shape is replaced by a marker. GMB tags titles as part of
// the name ("President Bush"); training drops them so that entities are
// the names alone, and titles left at the start of a predicted person or
// organisation are split off ("General Lamidi Adeosun" gives PERSON "Lamidi
// Adeosun", "General Motors Corp" stays ORG). A title inside a span splits
// an organisation from a person ("Army Lt.-Gen. Tukur Buratai" gives ORG
// "Army" and PERSON "Tukur Buratai"), and a possessive after a country,
// division or big city splits the place from what follows ("Sudan 's Rapid
// Support Forces"). Lower-case words other than name particles ("de",
// "bin") are trimmed from the start of a name ("eastern Congo"), a name of
// single letters is no person ("W D L" heading a table), and the exact
// name of a country is never an organisation.
//
// # Labels
//
// GMB's classes map to PERSON (per), ORG (org), DATE (tim) and EVENT
// (eve); its rare art and nat classes are left out of training. GMB's geo
// and gpe are split by use: nationality words ("British", "Iraqis": gpe on
// an adjective or plural) are NORP, place names are one class, given as GPE
// when the gazetteer knows the whole name as a country, first-level
// division or city and LOC otherwise. Decoding never puts a token without a
// letter into a name, nor a capitalised word other than a month, weekday
// or holiday into a date. Entities then makes labels agree within a
// document (see Recognizer.Entities).
//
// # Concurrency
//
// Tag, Entities and the Recognizer methods may be called from many
// goroutines at once.
//
// # Versions
//
// FeatureVersion names the feature set. The training command writes it
// into each model and into model/manifest.json (with the training data's
// SHA-256, seed, epochs, hash sizes, synthetic data and development
// scores); New refuses a model of another version or format, and the
// package tests fail when the embedded models disagree with the code.
package ner
