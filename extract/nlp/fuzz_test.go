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
		"See https://x.org/a_(b). Mail a.b@c.de or @user #tag +0.5 US$4.2bn 50% 10:30 2024-03-16.",
		"unlike Obama . . . I have. Sen. Ruiz (D-Ariz.). “Stop.” 'Pakistan's' '90s O'Brien's don't",
		"1. First\n2. Second (Ariz.) Joe. U.S.-led Maj.-Gen. Ph.D. e.g. a.m. St. Louis Baker St. The",
		"👨‍👩‍👧 🙏🏽 🇵🇰🇺 1️⃣ &rsquo;s &amp; &#x2019; x\u200by \u00ad",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, Analyze(text))
	})
}
