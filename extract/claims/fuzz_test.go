package claims

import (
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// FuzzFind checks that Find never panics on any text and that every span
// it returns gives back its text, whatever the rules make of the words:
// the seeds hold the shapes the rules index around (quotes, dashes,
// colons, possessives, brackets, "in" citations, hedges at the edges).
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Bugti said the roads were shut.",
		"“We will win,” — Bugti. “No.” ― ",
		"In a poll by, 28 percent said",
		"Obama's calls for",
		"his criticism of",
		"seems",
		"is expected to",
		"(Bugti declined to comment.)",
		")",
		"Asked in Quetta on Monday whether",
		"Some say",
		"The City of",
		"James of the said , said by telephone",
		"A: B: C:",
		"''x,'' said ''",
		"X, now 81, said",
		"did not rule out 's involvement",
		"Bugti learned that",
		"— and",
		"“We are ready,” he said. “We won. . We will win.”",
		"Bugti said:\n\n.\n\nMore.",
		"“A,” Bugti said at a rally, “B.”",
		"X, who lashed out at, and who shot back:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := nlp.Analyze(text)
		acts := build(doc.Text, []actor{bugti, chaudhry, bla})
		cs, added := Find(doc, ner.Entities(doc), acts)
		checkSpans(t, doc, cs, append(acts, added...))
	})
}
