// Package extract is the newsx library: it turns one news article (a file,
// a URL, stdin or a JSON Lines item) into a record of structured facts.
//
// The pipeline, one stage per package, imports pointing down only:
//
//	input.Source ──Load──▶ input.Document      read/fetch, size cap, sniff, decode to UTF-8
//	     │                      │
//	     │          HTML? ──────┴────── text?
//	     │            │                   │
//	     │     htmltext.Extract      normaliseText      main text, one paragraph per line; metadata
//	     │            └────────┬──────────┘
//	     │                 nlp.Analyze                  sentences and tokens, code-point offsets
//	     │                     │
//	     │              extractors (places, actors, casualties, claims: later stages)
//	     ▼                     ▼
//	                   record.Record                    the schema-1 contract (extract/record)
//
// A Pipeline is safe for concurrent use. Extract handles one input; Run
// handles a stream of them with parallel workers and hands records back in
// input order. Library code never prints and never exits: every problem with
// an input becomes an error record (record.Error) and the caller decides what
// to say about it.
package extract
