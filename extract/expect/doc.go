// Package expect reads the partial expectation files that sit beside
// fixture articles (testdata/articles/<case>/expect.json) and compares an
// extracted record with them. It is the matcher behind the project's fixture
// test and the `newsx check` command.
//
// An expectation is partial: it lists the places, actors, casualty figures,
// claims and warnings a careful reader finds in the article, each with only
// the fields that matter, and the facts that must be absent (numbers that
// are not casualties, words that are not places). Matching is forgiving
// about spelling and strict about meaning:
//
//   - places match by name or by the text of any mention, actors by name or
//     alias; names compare case-, punctuation- and diacritic-insensitively
//     ("Yaoundé" = "yaounde", "al-Shabaab" = "Al Shabaab"), and a leading
//     "the" is ignored;
//   - a place may add kind and country, an actor kind and a title that must
//     be contained in one of its titles;
//   - a casualty figure matches by count (within tolerance) and outcome, and
//     may add victim group, when text or date, approximate and where;
//   - a claim matches by speaker and kind, and may add a target; the speaker
//     is looked up in the actor the claim's speaker_id points to (name and
//     aliases) as well as in the claim's speaker string;
//   - a warning matches by kind; input warnings (invalid_utf8, truncated,
//     encoding, bad_date) must be listed exactly, others must be present.
//
// Each expected entry must be matched by its own fact (two expected
// figures of "1 killed" need two figures in the record). An entry marked
// "optional" is never a failure. An entry marked "known_gap" states the
// truth that newsx does not reach yet: when it does not hold, the mismatch
// is reported as a known gap rather than a failure; when it holds, the
// report says the mark can go.
//
// # The file
//
// An expect.json holds the article's metadata and text checks (see
// testdata/articles/README.md) and these fact keys, each entry a partial
// object:
//
//	"places":     [{"name": "Quetta", "kind": "city", "country": "PK"}]
//	"actors":     [{"name": "Sarfraz Bugti", "kind": "person", "title": "Chief Minister"}]
//	"casualties": [{"count": 92, "outcome": "killed", "victim_group": "militants",
//	                "when": "Thursday", "when_date": "2025-03-13", "approximate": false,
//	                "where": "Bannu", "tolerance": 0}]
//	"claims":     [{"speaker": "TTP", "kind": "responsibility", "target": "Pakistan"}]
//	"warnings":   [{"kind": "casualty_sum_mismatch"}]
//	"absent":     {"places": ["Balochistan"], "actors": ["Sally Mugabe"],
//	               "casualties": [{"count": 45}], "claims": [{"kind": "responsibility"}]}
//
// Every entry (absent places and actors written as objects) may add
// "optional": true or "known_gap": "one-line reason". A place needs its
// name, an actor its name, a casualty its count and outcome, a claim its
// speaker and kind; Parse rejects unknown keys and entries without them.
// A JSON Lines case puts one such object per input line in "items", with
// "id" and "error" ("decode" for a line that is not JSON, null for a
// good one).
//
//	f, err := expect.Parse(data)
//	rep := expect.Check(rec, f)
//	for _, m := range rep.Failures() {
//		fmt.Println(m)
//	}
package expect
