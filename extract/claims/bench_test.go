package claims

import (
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// benchText is a made-up article of about 3 KB with the usual forms of
// attribution.
var benchText = strings.Repeat(`Sarfraz Bugti said on Sunday that security forces had killed dozens of militants in a 40-hour operation across the province. "We will not allow anyone to hold the province hostage," he told reporters in Quetta, "and the operation will continue."
The Balochistan Liberation Army, which the government has outlawed, claimed responsibility for the raids on two police posts. According to the military, 38 fighters died in the clashes on Saturday. The army blamed India for arming the group, an allegation New Delhi rejected. The United States condemned the bloodshed, and its envoy Natalie Baker offered support to Pakistan.
`, 4)

var benchActors = []actor{bugti, bla, military, india, pakistan, usa, baker}

func BenchmarkFind(b *testing.B) {
	doc := nlp.Analyze(benchText)
	ents := ner.Entities(doc)
	acts := build(doc.Text, benchActors)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, ents, acts)
	}
}
