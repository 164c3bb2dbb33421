package nlp

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// checkDoc asserts the invariants every Doc must hold, whatever the input:
// sentences and tokens ordered, disjoint and inside the text; every token's
// text is exactly the text at its offsets; no sentence crosses a line break
// or starts or ends with white space; every non-space character belongs to
// exactly one sentence and one token of it.
func checkDoc(t testing.TB, d *Doc) {
	t.Helper()
	if d == nil {
		t.Fatal("Analyze returned nil")
	}
	if !utf8.ValidString(d.Text) {
		t.Fatalf("Doc.Text is not valid UTF-8: %q", d.Text)
	}
	if d.Sentences == nil {
		t.Fatal("Doc.Sentences is nil")
	}
	rs := []rune(d.Text)
	covered := make([]int, len(rs)) // 1 + sentence index, 0 for none
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.Start >= s.End || s.End > len(rs) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (previous end %d, text %d)", i, s.Start, s.End, prevEnd, len(rs))
		}
		prevEnd = s.End
		text := string(rs[s.Start:s.End])
		if got := d.Slice(s.Start, s.End); got != text {
			t.Fatalf("sentence %d: Slice = %q, want %q", i, got, text)
		}
		if strings.IndexFunc(text, isLineBreak) >= 0 {
			t.Errorf("sentence %d %q crosses a line break", i, text)
		}
		if unicode.IsSpace(rs[s.Start]) || unicode.IsSpace(rs[s.End-1]) {
			t.Errorf("sentence %d %q starts or ends with white space", i, text)
		}
		for p := s.Start; p < s.End; p++ {
			covered[p] = i + 1
		}
		tokEnd := s.Start
		for j, tok := range s.Tokens {
			if tok.Start < tokEnd || tok.Start >= tok.End || tok.End > s.End {
				t.Fatalf("sentence %d token %d %q [%d,%d) out of order or outside [%d,%d) (previous end %d)",
					i, j, tok.Text, tok.Start, tok.End, s.Start, s.End, tokEnd)
			}
			if got := string(rs[tok.Start:tok.End]); got != tok.Text {
				t.Fatalf("sentence %d token %d: text[%d:%d] = %q, token text %q", i, j, tok.Start, tok.End, got, tok.Text)
			}
			if got := d.Slice(tok.Start, tok.End); got != tok.Text {
				t.Fatalf("sentence %d token %d: Slice = %q, want %q", i, j, got, tok.Text)
			}
			if strings.IndexFunc(tok.Text, unicode.IsSpace) >= 0 {
				t.Errorf("sentence %d token %d %q holds white space", i, j, tok.Text)
			}
			if got := d.SentenceAt(tok.Start); got != i {
				t.Errorf("SentenceAt(%d) = %d, want %d", tok.Start, got, i)
			}
			for p := tokEnd; p < tok.Start; p++ {
				if !unicode.IsSpace(rs[p]) {
					t.Errorf("sentence %d: %q at %d belongs to no token", i, rs[p], p)
				}
			}
			tokEnd = tok.End
		}
		for p := tokEnd; p < s.End; p++ {
			if !unicode.IsSpace(rs[p]) {
				t.Errorf("sentence %d: %q at %d belongs to no token", i, rs[p], p)
			}
		}
	}
	for p, r := range rs {
		if covered[p] == 0 && !unicode.IsSpace(r) {
			t.Errorf("%q at %d belongs to no sentence", r, p)
		}
		if covered[p] == 0 && d.SentenceAt(p) != -1 {
			t.Errorf("SentenceAt(%d) = %d for a position outside every sentence", p, d.SentenceAt(p))
		}
	}
}

func sentenceTexts(d *Doc) []string {
	out := []string{}
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Start, s.End))
	}
	return out
}

func tokenTexts(d *Doc) [][]string {
	out := [][]string{}
	for _, s := range d.Sentences {
		toks := []string{}
		for _, t := range s.Tokens {
			toks = append(toks, t.Text)
		}
		out = append(out, toks)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title before a name", "Gen. Asad Qureshi told reporters the operation was over. It had lasted two days.",
			[]string{"Gen. Asad Qureshi told reporters the operation was over.", "It had lasted two days."}},
		{"titles Dr. and Mr.", "The clinic was run by Dr. Leila Haddad. Mr. Omar Saleh, her deputy, confirmed the figures.",
			[]string{"The clinic was run by Dr. Leila Haddad.", "Mr. Omar Saleh, her deputy, confirmed the figures."}},
		{"ranks in a row", "Lt. Col. Daniel Ortega Ruiz and Sgt. Maria Lopez were wounded. Both survived.",
			[]string{"Lt. Col. Daniel Ortega Ruiz and Sgt. Maria Lopez were wounded.", "Both survived."}},
		{"compound rank", "Maj.-Gen. Tomas Berg said the convoy was hit twice.",
			[]string{"Maj.-Gen. Tomas Berg said the convoy was hit twice."}},
		{"U.S. mid-sentence", "The U.S. Embassy in Islamabad issued a travel alert on Monday. It urged caution.",
			[]string{"The U.S. Embassy in Islamabad issued a travel alert on Monday.", "It urged caution."}},
		{"U.S. at the start", "U.S. officials said the strike killed 14 fighters.",
			[]string{"U.S. officials said the strike killed 14 fighters."}},
		{"U.S. ends a sentence", "The aid was paid for by the U.S. The shipments arrived on Friday.",
			[]string{"The aid was paid for by the U.S.", "The shipments arrived on Friday."}},
		{"U.N. agency", "A U.N. Refugee Agency spokesman said 3,000 families had fled.",
			[]string{"A U.N. Refugee Agency spokesman said 3,000 families had fled."}},
		{"month before a date", "The bombing on Jan. 14 killed nine people. Police made arrests on Feb. 2.",
			[]string{"The bombing on Jan. 14 killed nine people.", "Police made arrests on Feb. 2."}},
		{"No. before a number", "The minister left No. 10 after the meeting.",
			[]string{"The minister left No. 10 after the meeting."}},
		{"initials", "J. R. R. Tolkien was born in 1892. He died in 1973.",
			[]string{"J. R. R. Tolkien was born in 1892.", "He died in 1973."}},
		{"middle initial", "President George W. Bush visited the base. Troops cheered.",
			[]string{"President George W. Bush visited the base.", "Troops cheered."}},
		{"single letter ends a sentence", "The party backed Plan B. The vote was close.",
			[]string{"The party backed Plan B.", "The vote was close."}},
		{"quote with comma", "“We will rebuild the school,” the mayor said. “Nobody will stop us.”",
			[]string{"“We will rebuild the school,” the mayor said.", "“Nobody will stop us.”"}},
		{"quoted exclamation then speaker", "“Get down!” a soldier shouted. Then the firing began.",
			[]string{"“Get down!” a soldier shouted.", "Then the firing began."}},
		{"quoted question then speaker", "“Where are the rest?” she asked. Nobody answered.",
			[]string{"“Where are the rest?” she asked.", "Nobody answered."}},
		{"straight quotes", `"The road is closed," a police officer said. "Go back."`,
			[]string{`"The road is closed," a police officer said.`, `"Go back."`}},
		{"decimal numbers", "Inflation rose to 3.5 percent in March. It was 2.75 percent a year earlier.",
			[]string{"Inflation rose to 3.5 percent in March.", "It was 2.75 percent a year earlier."}},
		{"question and exclamation", "Who fired first? Nobody knows! The inquiry starts today.",
			[]string{"Who fired first?", "Nobody knows!", "The inquiry starts today."}},
		{"ellipsis inside a quotation", "“We waited ... and waited,” he said.",
			[]string{"“We waited ... and waited,” he said."}},
		{"dateline", "QUETTA, Pakistan (Reuters) — At least 11 people were killed when a bomb exploded near a market on Tuesday, police said.",
			[]string{"QUETTA, Pakistan (Reuters) — At least 11 people were killed when a bomb exploded near a market on Tuesday, police said."}},
		{"headline without a period", "Floods displace thousands in Sindh\nHeavy rain has forced 20,000 people from their homes.",
			[]string{"Floods displace thousands in Sindh", "Heavy rain has forced 20,000 people from their homes."}},
		{"line break ends a sentence without punctuation", "Key points\nNine dead\nCurfew imposed",
			[]string{"Key points", "Nine dead", "Curfew imposed"}},
		{"line break after an abbreviation", "Talks with the U.S.\nA second round is planned.",
			[]string{"Talks with the U.S.", "A second round is planned."}},
		{"non-ASCII names", "Kyiv’s mayor met officials from São Paulo and Zürich. Ukraine’s Foreign Ministry welcomed the visit.",
			[]string{"Kyiv’s mayor met officials from São Paulo and Zürich.", "Ukraine’s Foreign Ministry welcomed the visit."}},
		{"emoji", "The post read “stay safe 🙏” and was shared widely. 🇺🇦 flags lined the street.",
			[]string{"The post read “stay safe 🙏” and was shared widely.", "🇺🇦 flags lined the street."}},
		{"abbreviation in parentheses", "The sheriff of Maricopa County (Ariz.) Joe Arpaio backed the plan - and so did Rep. Ana Ruiz (D-Ariz.) - on Tuesday.",
			[]string{"The sheriff of Maricopa County (Ariz.) Joe Arpaio backed the plan - and so did Rep. Ana Ruiz (D-Ariz.) - on Tuesday."}},
		{"company abbreviations", "Shares of Acme Corp. fell 4 percent. Orbit Inc. said it would appeal.",
			[]string{"Shares of Acme Corp. fell 4 percent.", "Orbit Inc. said it would appeal."}},
		{"time of day", "The blast happened at 9 a.m. on Sunday. Rescue teams arrived an hour later.",
			[]string{"The blast happened at 9 a.m. on Sunday.", "Rescue teams arrived an hour later."}},
		{"CRLF and blank lines", "First paragraph ends here.\r\n\r\n  Second paragraph starts here.  \r\n",
			[]string{"First paragraph ends here.", "Second paragraph starts here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text)
			checkDoc(t, d)
			if diff := cmp.Diff(tt.want, sentenceTexts(d)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][]string
	}{
		{"possessive with curly apostrophe", "Kyiv’s mayor spoke.",
			[][]string{{"Kyiv", "’s", "mayor", "spoke", "."}}},
		{"negation with curly apostrophe", "They don’t know.",
			[][]string{{"They", "do", "n’t", "know", "."}}},
		{"negation with straight apostrophe", "It wasn't raining.",
			[][]string{{"It", "was", "n't", "raining", "."}}},
		{"curly quotes kept as written", "“Leave now,” he said.",
			[][]string{{"“", "Leave", "now", ",", "”", "he", "said", "."}}},
		{"dateline", "QUETTA, Pakistan (Reuters) — Nine died.",
			[][]string{{"QUETTA", ",", "Pakistan", "(", "Reuters", ")", "—", "Nine", "died", "."}}},
		{"dash inside a word", "The 12—including two children—died.",
			[][]string{{"The", "12", "—", "including", "two", "children", "—", "died", "."}}},
		{"money and decimals", "It cost $3.5 billion, or 1,200 rupees each.",
			[][]string{{"It", "cost", "$", "3.5", "billion", ",", "or", "1,200", "rupees", "each", "."}}},
		{"initials joined to their period", "J. R. R. Tolkien wrote it.",
			[][]string{{"J.", "R.", "R.", "Tolkien", "wrote", "it", "."}}},
		{"abbreviations keep their period", "Gen. Ali met Acme Corp. staff.",
			[][]string{{"Gen.", "Ali", "met", "Acme", "Corp.", "staff", "."}}},
		{"final period stays apart", "He works for Acme Corp.",
			[][]string{{"He", "works", "for", "Acme", "Corp", "."}}},
		{"three periods make one token", "Wait... what?",
			[][]string{{"Wait", "...", "what", "?"}}},
		{"ellipsis character", "Wait…what?",
			[][]string{{"Wait", "…", "what", "?"}}},
		{"emoji and flags", "Stay safe 🙏 🇵🇰!",
			[][]string{{"Stay", "safe", "🙏", "🇵🇰", "!"}}},
		{"guillemets", "Il a dit «non» hier.",
			[][]string{{"Il", "a", "dit", "«", "non", "»", "hier", "."}}},
		{"HTML entity prose rewrites", "Kyiv&rsquo;s mayor spoke.",
			[][]string{{"Kyiv", "&rsquo;s", "mayor", "spoke", "."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text)
			checkDoc(t, d)
			if diff := cmp.Diff(tt.want, tokenTexts(d)); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	// "ü", "’" and the emoji are several bytes each but one code point
	// (the flag is two).
	text := "Zürich’s 🇺🇦 team won. Next line\nSão Paulo lost."
	d := Analyze(text)
	checkDoc(t, d)
	want := []struct {
		text       string
		start, end int
	}{
		{"Zürich", 0, 6}, {"’s", 6, 8}, {"🇺🇦", 9, 11}, {"team", 12, 16}, {"won", 17, 20}, {".", 20, 21},
		{"Next", 22, 26}, {"line", 27, 31},
		{"São", 32, 35}, {"Paulo", 36, 41}, {"lost", 42, 46}, {".", 46, 47},
	}
	var got []Token
	for _, s := range d.Sentences {
		got = append(got, s.Tokens...)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Start != w.start || got[i].End != w.end {
			t.Errorf("token %d = %q [%d,%d), want %q [%d,%d)", i, got[i].Text, got[i].Start, got[i].End, w.text, w.start, w.end)
		}
	}
	wantSents := [][2]int{{0, 21}, {22, 31}, {32, 47}}
	for i, w := range wantSents {
		if s := d.Sentences[i]; s.Start != w[0] || s.End != w[1] {
			t.Errorf("sentence %d = [%d,%d), want [%d,%d)", i, s.Start, s.End, w[0], w[1])
		}
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n", " \t\r\n \u2029 "} {
		d := Analyze(text)
		checkDoc(t, d)
		if d.Text != text || len(d.Sentences) != 0 {
			t.Errorf("Analyze(%q) = %q with %d sentences, want the text and none", text, d.Text, len(d.Sentences))
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	d := Analyze("Bad \xff\xfe bytes here. Fine.")
	checkDoc(t, d)
	if want := "Bad \uFFFD bytes here. Fine."; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if got := sentenceTexts(d); len(got) != 2 {
		t.Errorf("sentences = %q, want 2", got)
	}
}

func TestSlice(t *testing.T) {
	// Long enough to need several index marks, with multi-byte text
	// throughout.
	text := strings.Repeat("Ünïcödé ✓ 🙂 ", 40)
	d := Analyze(text)
	rs := []rune(text)
	for _, r := range [][2]int{{0, 0}, {0, 1}, {5, 70}, {63, 64}, {64, 65}, {127, 200}, {0, len(rs)}, {len(rs) - 1, len(rs)}} {
		if got, want := d.Slice(r[0], r[1]), string(rs[r[0]:r[1]]); got != want {
			t.Errorf("Slice(%d, %d) = %q, want %q", r[0], r[1], got, want)
		}
	}
	// Out of range offsets are clamped; reversed ranges are empty.
	if got := d.Slice(-5, 3); got != string(rs[:3]) {
		t.Errorf("Slice(-5, 3) = %q", got)
	}
	if got := d.Slice(len(rs)-2, len(rs)+10); got != string(rs[len(rs)-2:]) {
		t.Errorf("Slice past the end = %q", got)
	}
	if got := d.Slice(10, 5); got != "" {
		t.Errorf("Slice(10, 5) = %q, want empty", got)
	}
	byHand := &Doc{Text: text}
	if got, want := byHand.Slice(60, 70), string(rs[60:70]); got != want {
		t.Errorf("Slice on a Doc built by hand = %q, want %q", got, want)
	}
	ascii := Analyze("plain ascii text")
	if got := ascii.Slice(6, 11); got != "ascii" {
		t.Errorf("ASCII Slice = %q", got)
	}
}

func TestSentenceAt(t *testing.T) {
	d := Analyze("One two.  Three four.\nFive.")
	// One two.  Three four.\nFive.
	// 0       8 10         21 22 26
	tests := []struct{ offset, want int }{
		{-1, -1}, {0, 0}, {7, 0}, {8, -1}, {9, -1}, {10, 1}, {20, 1}, {21, -1}, {22, 2}, {26, 2}, {27, -1}, {100, -1},
	}
	for _, tt := range tests {
		if got := d.SentenceAt(tt.offset); got != tt.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}

// TestNoModelLoadedPerCall checks that Analyze loads nothing and allocates
// only its results: the Doc, one array of tokens, one of sentences and, for
// non-ASCII text, the offset index. The tokenizer's scratch list is reused
// through a sync.Pool, which the race detector empties at random, so the
// count is only checked without it.
func TestNoModelLoadedPerCall(t *testing.T) {
	const text = "Gen. Asad Qureshi said 12 people died. “Leave now,” he said."
	Analyze(text)
	const calls = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range calls {
		Analyze(text)
	}
	runtime.ReadMemStats(&after)
	perCall := (after.TotalAlloc - before.TotalAlloc) / calls
	if perCall > 1<<20 {
		t.Errorf("Analyze allocates %d bytes per call of a 60-byte text; is a model being loaded each time?", perCall)
	}
	if raceEnabled {
		return
	}
	for _, tt := range []struct {
		text string
		max  float64
	}{{text, 4}, {"Plain ASCII text. Two sentences.", 3}, {newsText, 4}} {
		if n := testing.AllocsPerRun(20, func() { Analyze(tt.text) }); n > tt.max {
			t.Errorf("Analyze(%.20q…) makes %v allocations, want at most %v", tt.text, n, tt.max)
		}
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	texts := []string{
		newsText,
		"“Get down!” a soldier shouted. Gen. Ali said 3.5 percent… U.S. officials agreed.",
		"Kyiv’s mayor met officials from São Paulo 🇧🇷.\nHeadline here\nNo. 10 said so.",
	}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = sentenceTexts(Analyze(s))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 6 {
				i := (g + k) % len(texts)
				d := Analyze(texts[i])
				checkDoc(t, d)
				if diff := cmp.Diff(want[i], sentenceTexts(d)); diff != "" {
					t.Errorf("goroutine %d: sentences differ (-want +got):\n%s", g, diff)
				}
			}
		})
	}
	wg.Wait()
}
