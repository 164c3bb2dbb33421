package nlp

import "testing"

// FuzzAnalyze checks that Analyze never panics and that its output keeps
// the invariants of checkDoc (offsets in range, ordered, disjoint, exact
// token text) on any input, including invalid UTF-8.
func FuzzAnalyze(f *testing.F) {
	for _, seed := range []string{
		"",
		newsText,
		"Gen. Ali met Dr. Khan in the U.S. Army base. J. R. R. Tolkien.\nNo. 10",
		"“Get down!” he shouted… 3.5 percent?! Kyiv’s 🇺🇦 São Paulo",
		"Kyiv&rsquo;s don't can’t İ'm ǅ'll ß'S \u0130'S",
		"a.b.c. ... . . . -- —— «» „“ ‚‘",
		"\xff\xfe\r\n\u2028x\u2029 \t",
		"$$$ ((( ))) \"\"\" ''' :-) (╯°□°）╯︵┻━┻ ¯\\(ツ)/¯",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, Analyze(text))
	})
}
