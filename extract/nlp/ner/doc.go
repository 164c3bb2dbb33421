// Package ner is the part-of-speech tagger and named-entity recognizer of
// the nlp stage, trained from the Groningen Meaning Bank (GMB) news
// extract with the command in ./train.
//
//	doc := nlp.Analyze(text)
//	for _, e := range ner.Entities(doc) {
//		// e.Label: PERSON, ORG, GPE, LOC, NORP, DATE, EVENT, ARTIFACT, NATURAL
//		// e.Text == doc.Slice(e.Start, e.End), offsets in code points
//	}
//	tags := ner.Tag(doc.Sentences[0].Tokens) // Penn Treebank tags
//
// # Models
//
// Two averaged perceptrons. The tagger is greedy, left to right, with the
// two previous tags among its features. The recognizer is a linear-chain
// model over BIO labels trained as a structured perceptron and decoded
// with Viterbi under BIO constraints; its features are the word, its lower
// case, shape ("Xxxx", "X.X.", "dd-dd") and affixes, the words and shapes
// of the two neighbours on each side, the predicted tags, the run of
// capitalised words the word is in, whether it opens the sentence,
// written lists (titles such as "President" and "Lt-Gen.", organisation
// words such as "Ministry" and "Brigade", months, weekdays) and given
// names (from the training data's person names and a public list).
//
// Every feature is a 64-bit hash (FNV-1a of the word, mixed with the
// template number), and selects one row of the weight table by its top
// bits. Weights are stored as one byte each, an index into a table of 256
// values fitted to the trained weights (Lloyd's algorithm, zero kept
// exact), and read in place from the embedded model files: loading parses
// a header and takes well under a millisecond (BenchmarkLoad). Nothing is
// loaded until the first call of Tag, Entities or Default.
//
// # Case and titles
//
// A sentence mostly in capitals (a headline, a dateline such as "LONDON
// 1996-08-30") is analysed without case: word features use the lower-case
// form and the shape is replaced by a marker. Training adds upper-case and
// title-case copies of part of the sentences, and synthetic datelines, so
// that the model knows such lines. GMB tags titles as part of the name
// ("President Bush"); training drops them so that entities are the names
// alone, and titles left at the start of a predicted person or
// organisation are split off ("General Lamidi Adeosun" gives PERSON
// "Lamidi Adeosun", "General Motors Corp" stays ORG).
//
// # Labels
//
// GMB's classes map to PERSON (per), ORG (org), DATE (tim), EVENT (eve),
// ARTIFACT (art), NATURAL (nat, e.g. hurricanes and diseases). GMB's geo and
// gpe are split by use: nationality words ("British", "Iraqis": gpe on an
// adjective or plural) are NORP, place names are one class, given as GPE
// when a gazetteer knows the whole name as a country, first-level division
// or city and LOC otherwise. Decoding never puts a token without a letter
// into a name, nor a capitalised word other than a month, weekday or
// holiday into a date. Entities then makes labels agree within a document
// (see Recognizer.Entities).
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
// SHA-256, seed, epochs, hash sizes and development scores); New refuses a
// model of another version, and the package tests fail when the embedded
// models disagree with the code.
package ner
