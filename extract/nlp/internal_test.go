package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// rawTexts returns the texts of raw tokens.
func rawTexts(s string, toks []rawToken) []string {
	out := []string{}
	for _, t := range toks {
		out = append(out, s[t.start:t.end])
	}
	return out
}

// TestTokenizeFlags checks the flags the splitter relies on.
func TestTokenizeFlags(t *testing.T) {
	tests := []struct {
		text string
		tok  string   // the token to look at
		has  tokFlags // flags it must have
		not  tokFlags // flags it must not have
	}{
		{"Gen. Ali", "Gen.", fAbbr | fTitle | fUpper | fLineStart | fSpaceBef, fDotted},
		{"Lt.-Gen. Ali", "Lt.-Gen.", fAbbr | fTitle, 0},
		{"on Jan. 5", "Jan.", fAbbr | fNumAbbr, fTitle},
		{"the U.S. Army", "U.S.", fAbbr | fDotted, fInitial},
		{"at 9 a.m. on", "a.m.", fAbbr | fDotted | fLower, 0},
		{"George W. Bush", "W.", fAbbr | fInitial, 0},
		{"Acme Corp. fell", "Corp.", fAbbr | fOtherAbbr, 0},
		{"Acme corp. fell", "corp", 0, fAbbr},
		{"etc. and", "etc.", fAbbr | fOtherAbbr, 0},
		{"no. 5", "no", 0, fAbbr},
		{"in St. Louis", "St.", fAbbr | fSaint, 0},
		{"a Ph.D. student", "Ph.D.", fAbbr | fDotted, 0},
		{"died. Then", ".", fPeriod, fSpaceBef},
		{"died. Then", "Then", fUpper | fSpaceBef, fLineStart},
		{"x\nThen", "Then", fLineStart | fSpaceBef, 0},
		{"What? No", "?", fBang, 0},
		{"so... yes", "...", fEllipsis, 0},
		{"so… yes", "…", fEllipsis, 0},
		{"“Go", "“", fOpenQ, fCloseQ},
		{"go”", "”", fCloseQ, fOpenQ},
		{`"go`, `"`, fOpenQ | fCloseQ, 0},
		{"(x)", "(", fOpenQ | fParenOpen, 0},
		{"(x)", ")", fCloseQ | fParenClose, 0},
		{"a, b", ",", fNoStart, 0},
		{"a — b", "—", fNoStart, 0},
		{"12 died", "12", fDigit, 0},
		{"1. Leicestershire", "1.", fDigit, fAbbr},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		found := false
		for _, tok := range toks {
			if tt.text[tok.start:tok.end] != tt.tok {
				continue
			}
			found = true
			if tok.flags&tt.has != tt.has || tok.flags&tt.not != 0 {
				t.Errorf("%q: token %q has flags %b, want %b set and %b clear", tt.text, tt.tok, tok.flags, tt.has, tt.not)
			}
			break
		}
		if !found {
			t.Errorf("%q: no token %q in %q", tt.text, tt.tok, rawTexts(tt.text, toks))
		}
	}
}

func TestTokenizeEdges(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", []string{}},
		{"   \n\t ", []string{}},
		{"a—b", []string{"a", "—", "b"}},
		{"—", []string{"—"}},
		{"x . . y", []string{"x", ".", ".", "y"}},
		{"x .... y", []string{"x", "....", "y"}},
		{"U.S.'s", []string{"U.S.", "'s"}},
		{"O'Neil's", []string{"O'Neil", "'s"}},
		{"DON'T", []string{"DO", "N'T"}},
		{"rock'n'roll", []string{"rock'n'roll"}},
		{"'tis", []string{"'", "tis"}},
		{"(Reuters)—", []string{"(", "Reuters", ")", "—"}},
		{"x.5 .5", []string{"x.5", ".5"}},
		{"said.The", []string{"said", ".", "The"}},
		{"Barnes &amp; Noble", []string{"Barnes", "&amp;", "Noble"}},
		{"a & b", []string{"a", "&", "b"}},
		{"US$5 C$ 3", []string{"US$", "5", "C$", "3"}},
		{"England 's", []string{"England", "'s"}},
		{"anti-U.S. rally", []string{"anti-U.S.", "rally"}},
		{"the India‐U.N. talks", []string{"the", "India‐U.N.", "talks"}},
		{"''We won,'' he said", []string{"''", "We", "won", ",", "''", "he", "said"}},
		{"that?'''", []string{"that", "?", "''", "'"}},
		{"``Yes''", []string{"``", "Yes", "''"}},
		{"up +0.5 and 3+4", []string{"up", "+0.5", "and", "3", "+", "4"}},
		{"👨‍👩‍👧 ok", []string{"👨‍👩‍👧", "ok"}},
		{"1️⃣", []string{"1️⃣"}},
		{"http://x.org/a_(b).", []string{"http://x.org/a_(b)", "."}},
		{"www.", []string{"www", "."}},
		{"H.", []string{"H."}},
		{"#1 @", []string{"#1", "@"}},
		{"--", []string{"--"}},
		{"-5", []string{"-", "5"}},
		{"can't", []string{"ca", "n't"}},
		{"n't", []string{"n't"}},
		{"x\u200by", []string{"x", "\u200b", "y"}},
	}
	for _, tt := range tests {
		got := rawTexts(tt.text, tokenize(tt.text, nil))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestSplitPairs puts two pieces of text side by side and checks whether
// the splitter ends a sentence between them.
func TestSplitPairs(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool // a sentence ends between them
	}{
		{`“Stop!”`, "he said.", false},
		{"He met Gen.", "Ali.", false},
		{"He met Lt.-Gen.", "Ali.", false},
		{"It was in No.", "10 Downing Street.", false},
		{"It was No.", "Nobody came.", true},
		{"On Jan.", "5 it rained.", false},
		{"In Jan.", "The rain came.", true},
		{"George W.", "Bush spoke.", false},
		{"They chose Plan B.", "The vote failed.", true},
		{"The U.S.", "Army came.", false},
		{"They left the U.S.", "They came home.", true},
		{"They left the U.S.", "“We are home,” one said.", true},
		{"They left the U.S.", "(It was late.)", false},
		{"(U.S.", "Army) said.", false},
		{"Nine died.", "Police said so.", true},
		{"Nine died.", "12 were hurt.", true},
		{"He works at Acme Corp.", "Shares fell.", true},
		{"He works at Acme Corp.", "shares fell.", false},
		{"Senator Ben Cruz (Fla.)", "- and two others - voted no.", false},
		{"It ends here (Fla.)", ", and then more.", false},
		{"Maricopa County (Ariz.)", "Sheriff Joe Arpaio spoke.", false},
		{"He lives in Phoenix (Ariz.)", "The sheriff spoke.", true},
		{"It was fine (see below.)", "Next came.", true},
		{"Rep. Ana Cole (Foo.)", "Joe spoke.", false},
		{"He lives on Baker St.", "The house is old.", true},
		{"He lives in St.", "Louis now.", false},
		{"Wait...", "The bus came.", true},
		{"Wait...", "Smith came.", false},
		{"Wait…", "and see.", false},
		{"Who knows?", "Nobody.", true},
		{"Yahoo!", "said so.", false},
		{"He said “go.”", "Then he left.", true},
		{"He said “go.”", "— and left.", false},
		{"At 9 a.m.", "Sunday it rained.", false},
		{"At 9 a.m.", "The rain came.", true},
		{"unlike Obama . . .", "I have to do it.", true},
		{"unlike Obama . . .", "Biden did it.", false},
		{"unlike Obama . .", ". I have to do it.", false},
		{"the right things. . . .", "He has to keep it up.", true},
		{"said Sen. Chris Murphy (D-Conn.).", "“If she wins, we win.”", true},
		{"Mari St.", "Martin and Greg Bailor.", false},
		{"He lives on Baker St.", "Martin lives next door.", false},
		{"Mr. King is not an employee of RT.", "The network pays him.", true},
		{"It was Roe v.", "Wade that mattered.", false},
		{"state Del.", "Marcia Price spoke.", false},
		{"In Ft.", "Worth, it rained.", false},
		{"Exxon fell to $88.95.", "Chevron climbed.", true},
		{"Rep. Robert C.", "\"Bobby\" Scott spoke.", false},
		{"His office said the U.S.", "“does not have the capacity.”", false},
		{"Do you want that?", "“ he asked.", true},
		{"Do you want that?“", "he asked.", false},
		{"good people ...", "Sometimes it fails.", true},
		{`" I won . "`, `" Yes , " he said .`, true},
		{`" I won . "`, "That 's it .", true},
		{`I won .`, `"Yes," he said.`, true},
	}
	for _, tt := range tests {
		text := tt.prev + " " + tt.next
		d := Analyze(text)
		checkDoc(t, d)
		boundary := d.SentenceAt(len([]rune(tt.prev))-1) != d.SentenceAt(len([]rune(tt.prev))+1)
		if boundary != tt.want {
			t.Errorf("%q: sentence ends after %q = %v, want %v (sentences %q)", text, tt.prev, boundary, tt.want, sentenceTexts(d))
		}
	}
}

func TestIsInitialism(t *testing.T) {
	for w, want := range map[string]bool{
		"J": false, "U.S": true, "J.R.R": true, "É.Z": true, "a.m": true, "Ph.D": true, "U.S.A": true,
		"": false, "Dr": false, "bbc.co": false, "Ph.Dr": false, "3.5": false, "U..S": false, "abc": false,
	} {
		if got := isInitialism(w); got != want {
			t.Errorf("isInitialism(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLookupAbbrev(t *testing.T) {
	for w, want := range map[string]uint8{
		"Gen": abbrTitle, "GEN": abbrTitle, "jan": abbrNumber, "Corp": abbrOther, "etc": abbrOther | abbrLower,
		"st": abbrSaint, "general": 0, "": 0, "Über": 0, "verylongword": 0,
	} {
		got, ok := lookupAbbrev(w)
		if got != want || ok != (want != 0) {
			t.Errorf("lookupAbbrev(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
}

// TestRuneCursor checks the byte to code-point conversion on text with
// characters of one to four bytes.
func TestRuneCursor(t *testing.T) {
	text := "aé€🙂b"
	c := runeCursor{text: text}
	for _, tt := range []struct{ b, want int }{{0, 0}, {1, 1}, {3, 2}, {6, 3}, {10, 4}, {11, 5}} {
		if got := c.at(tt.b); got != tt.want {
			t.Errorf("at(%d) = %d, want %d", tt.b, got, tt.want)
		}
	}
}

// TestLongPunctuationRun checks that a long run of non-space characters
// takes linear time and becomes one token.
func TestLongPunctuationRun(t *testing.T) {
	run := strings.Repeat(")", 200_000)
	start := time.Now()
	d := Analyze("Before. " + run + " after.")
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("Analyze took %v on a 200,000-character run", el)
	}
	checkDoc(t, d)
	found := false
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			found = found || tok.Text == run
		}
	}
	if !found {
		t.Errorf("the run is not a token of its own")
	}
}

// TestLongChunkLimit checks the boundary of maxChunk: a run of maxChunk
// bytes is tokenized, a longer one is a single token.
func TestLongChunkLimit(t *testing.T) {
	ok := strings.Repeat("a,", maxChunk/2)
	if got := len(tokenize(ok, nil)); got != maxChunk {
		t.Errorf("a %d-byte run gave %d tokens, want %d", len(ok), got, maxChunk)
	}
	if got := len(tokenize(ok+"a", nil)); got != 1 {
		t.Errorf("a %d-byte run gave %d tokens, want 1", len(ok)+1, got)
	}
}

// TestMarkValid checks that the index Analyze builds for valid text is the
// one newRuneByteMark builds for any text.
func TestMarkValid(t *testing.T) {
	for _, text := range []string{"", "ascii only", strings.Repeat("aé€🙂 ", 50), "“Kyiv’s” — 🇺🇦"} {
		want := newRuneByteMark(text)
		got := markValid(text, isASCII(text))
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(runeByteMark{})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", text, diff)
		}
	}
	for s, want := range map[string]bool{"": true, "abcdefghijklmnop": true, "abcdefghé": false, "é": false, "abcdefgh\x80": false} {
		if got := isASCII(s); got != want {
			t.Errorf("isASCII(%q) = %v", s, got)
		}
	}
}
