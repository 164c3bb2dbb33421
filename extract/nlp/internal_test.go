package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func spanTexts(rs []rune, spans []span) []string {
	out := []string{}
	for _, sp := range spans {
		out = append(out, string(rs[sp.start:sp.end]))
	}
	return out
}

// TestAlign feeds align token lists that do not match the text, as prose's
// can, and checks that it neither panics nor loses its place.
func TestAlign(t *testing.T) {
	tests := []struct {
		name string
		text string
		toks []string
		want []string // text of the spans found
	}{
		{"exact", "Nine died.", []string{"Nine", "died", "."}, []string{"Nine", "died", "."}},
		{"curly quotes folded", "“Go,” he said.", []string{`"`, "Go", ",", `"`, "he", "said", "."},
			[]string{"“", "Go", ",", "”", "he", "said", "."}},
		{"unknown token skipped", "alpha beta gamma", []string{"alpha", "zzz", "beta", "gamma"},
			[]string{"alpha", "beta", "gamma"}},
		{"rewritten token skipped, next found", "Kyiv&rsquo;s mayor", []string{"Kyiv", "'s", "mayor"},
			[]string{"Kyiv", "mayor"}},
		{"token found later in its chunk", "ab-cd ef", []string{"cd", "ef"}, []string{"cd", "ef"}},
		{"no search beyond the next chunk", "one two three four", []string{"four", "one"}, []string{"one"}},
		{"token longer than the rest", "ab", []string{"abc", "ab"}, []string{"ab"}},
		{"empty tokens ignored", "x y", []string{"", "x", "", "y"}, []string{"x", "y"}},
		{"nothing from prose", "x y", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.text)
			got := align(rs, tt.toks)
			if diff := cmp.Diff(tt.want, spanTexts(rs, got)); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
			all := fillGaps(rs, span{0, len(rs)}, got)
			if joined := strings.Join(spanTexts(rs, all), ""); joined != strings.Join(strings.Fields(tt.text), "") {
				t.Errorf("fillGaps covers %q, want every non-space character of %q", joined, tt.text)
			}
		})
	}
}

func TestFillGaps(t *testing.T) {
	rs := []rune("  ab cd  ef g ")
	// Only "cd" was found; "ab", "ef" and "g" must be filled in, and only
	// inside the sentence range [0, 10), which cuts "ef" off after "e".
	got := spanTexts(rs, fillGaps(rs, span{0, 10}, []span{{5, 7}}))
	if diff := cmp.Diff([]string{"ab", "cd", "e"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSplitMarksAndMergePeriods(t *testing.T) {
	tests := []struct {
		text  string
		spans []span // by rune offset
		want  []string
	}{
		{"a—b", []span{{0, 3}}, []string{"a", "—", "b"}},
		{"—", []span{{0, 1}}, []string{"—"}},
		{"«x»", []span{{0, 3}}, []string{"«", "x", "»"}},
		{"J. x", []span{{0, 1}, {1, 2}, {3, 4}}, []string{"J.", "x"}},
		{"x J.", []span{{0, 1}, {2, 3}, {3, 4}}, []string{"x", "J", "."}},
		{"Lt.-Gen. x", []span{{0, 7}, {7, 8}, {9, 10}}, []string{"Lt.-Gen.", "x"}},
		{"Smith. x", []span{{0, 5}, {5, 6}, {7, 8}}, []string{"Smith", ".", "x"}},
		{"x ... y", []span{{0, 1}, {2, 3}, {3, 4}, {4, 5}, {6, 7}}, []string{"x", "...", "y"}},
		{"x . . y", []span{{0, 1}, {2, 3}, {4, 5}, {6, 7}}, []string{"x", ".", ".", "y"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		got := spanTexts(rs, mergePeriods(rs, splitMarks(rs, tt.spans)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestJoin(t *testing.T) {
	s := segmenter()
	tests := []struct {
		prev, next string
		want       bool
	}{
		{`“Stop!”`, "he said.", true},
		{"He met Gen.", "Ali.", true},
		{"He met Lt.-Gen.", "Ali.", true},
		{"It was in No.", "10 Downing Street.", true},
		{"It was No.", "Nobody came.", false},
		{"On Jan.", "5 it rained.", true},
		{"In Jan.", "The rain came.", false},
		{"George W.", "Bush spoke.", true},
		{"They chose Plan B.", "The vote failed.", false},
		{"The U.S.", "Army came.", true},
		{"They left the U.S.", "They came home.", false},
		{"They left the U.S.", "“We are home,” one said.", false},
		{"(U.S.", "Army) said.", true},
		{"Nine died.", "Police said so.", false},
		{"Nine died.", "12 were hurt.", false},
		{"He works at Acme Corp.", "Shares fell.", false},
		{"Senator Ben Cruz (Fla.)", "- and two others - voted no.", true},
		{"It ends here (Fla.)", ", and then more.", true},
		{"Maricopa County (Ariz.)", "Sheriff Joe Arpaio spoke.", true},
		{"He lives in Phoenix (Ariz.)", "The sheriff spoke.", false},
		{"It was fine (see below.)", "Next came.", false},
	}
	for _, tt := range tests {
		if got := s.join(tt.prev, tt.next); got != tt.want {
			t.Errorf("join(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestIsInitials(t *testing.T) {
	for w, want := range map[string]bool{
		"J.": true, "U.S.": true, "J.R.R.": true, "É.": true,
		"": false, "J": false, "j.": false, "U.S": false, "Dr.": false, "U.s.": false, "..": false,
	} {
		if got := isInitials(w); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLines(t *testing.T) {
	text := "ab\r\ncé\n\u2028x"
	var got []textLine
	for l := range lines(text) {
		got = append(got, l)
	}
	want := []textLine{{"ab", 0}, {"", 3}, {"cé", 4}, {"", 7}, {"x", 8}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(textLine{})); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestBlankLongChunks(t *testing.T) {
	long := strings.Repeat(")", maxChunk+1)
	ok := strings.Repeat("x", maxChunk)
	in := "a " + long + " " + ok + "\n" + long
	want := "a " + strings.Repeat(" ", maxChunk+1) + " " + ok + "\n" + strings.Repeat(" ", maxChunk+1)
	if got := blankLongChunks(in); got != want {
		t.Errorf("blankLongChunks changed the wrong runs")
	}
	if got := blankLongChunks("short text"); got != "short text" {
		t.Errorf("blankLongChunks(short) = %q", got)
	}
}

// TestLongPunctuationRun checks that a long run of characters that prose
// strips one at a time does not take quadratic time, and becomes one token.
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
