package view

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/newsx/newsx/extract/record"
)

var txtUpdate = flag.Bool("update-text", false, "rewrite testdata/text-*.golden from current output")

// txtFixtures decodes the golden records of every fixture article under
// ../../testdata/articles: real pipeline output. A want.json holds one
// indented record, or several one after the other (JSON Lines inputs).
func txtFixtures(t testing.TB) map[string][]*record.Record {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*/want.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture goldens found: %v", err)
	}
	out := map[string][]*record.Record{}
	for _, f := range files {
		out[filepath.Base(filepath.Dir(f))] = txtDecode(t, f)
	}
	return out
}

// txtDecode reads the records in file path, one JSON value after another.
func txtDecode(t testing.TB, path string) []*record.Record {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	var recs []*record.Record
	for {
		rec := new(record.Record)
		if err := dec.Decode(rec); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: no records", path)
	}
	return recs
}

// txtFrozen decodes testdata/records-NAME.json: pipeline output frozen for
// the golden tests of the views, so that they change only when a view
// does, not when extraction improves.
func txtFrozen(t testing.TB, name string) []*record.Record {
	t.Helper()
	return txtDecode(t, filepath.Join("testdata", "records-"+name+".json"))
}

func txtRender(t *testing.T, rec *record.Record, opt TextOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := Text(&b, rec, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func txtPtr[T any](v T) *T { return &v }

func txtSpan(s string) record.Span { return record.Span{Text: s} }

// txtSample is a hand-built record with something in every section.
func txtSample() *record.Record {
	r := record.New("brief-7", record.Source{Kind: record.SourceJSONL, Path: "in.jsonl"})
	r.Title = txtPtr("Clashes in the north")
	r.Site = txtPtr("Daily Example")
	r.Published = txtPtr("2025-03-16")
	r.Lang = txtPtr("en")
	r.Authors = []string{"A. Writer", "B. Reporter"}
	r.Places = []record.Place{
		{ID: "p1", Name: "Northtown", Kind: "city", Country: txtPtr("XX"), Admin1: txtPtr("North Province"),
			Lat: txtPtr(10.5), Lon: txtPtr(20.25), Mentions: []record.Span{txtSpan("Northtown"), txtSpan("Northtown")}},
		{ID: "p2", Name: "North Province", Kind: "admin1", Country: txtPtr("XX"), Admin1: txtPtr("North Province"),
			Mentions: []record.Span{txtSpan("North Province")}},
	}
	r.Actors = []record.Actor{
		{ID: "a1", Name: "Interior Ministry", Kind: "organization", Country: txtPtr("XX"), Aliases: []string{"IM"}},
		{ID: "a2", Name: "Jane Roe", Kind: "person", Titles: []string{"spokeswoman"}, Affiliation: txtPtr("Interior Ministry")},
	}
	r.Casualties = []record.Casualty{
		{ID: "c1", Count: 30, Min: txtPtr(30), Approximate: true, Qualifier: txtPtr("at least"), Outcome: "killed",
			Victims: "villagers", VictimGroup: "civilians", When: &record.When{Text: "on Friday", Date: txtPtr("2025-03-14")},
			Where: txtPtr("p1"), ReportedBy: txtPtr("a1"), Evidence: txtSpan("at least 30 villagers")},
		{ID: "c2", Count: 24, Min: txtPtr(24), Max: txtPtr(99), Approximate: true, Qualifier: txtPtr("dozens"), Outcome: "injured",
			Victims: "people", VictimGroup: "unknown", When: &record.When{Text: "last week"}, Where: txtPtr("p2"), Evidence: txtSpan("dozens")},
	}
	r.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", Speaker: txtPtr("Jane Roe"), SpeakerID: txtPtr("a2"), Cue: txtSpan("said"),
			Content: &record.Span{Text: "the roads were closed"}},
		{ID: "k2", Kind: "denial", Speaker: txtPtr("Interior Ministry"), SpeakerID: txtPtr("a1"), Cue: txtSpan("denied"),
			Content: &record.Span{Text: "we did not fire first"}, Quote: true, Target: txtPtr("the rebels")},
		{ID: "k3", Kind: "responsibility", Cue: txtSpan("claimed responsibility")},
	}
	r.Warn("conflicting_figures", "Sources disagree on villagers killed.", "c1", "c2")
	return r
}

// txtIndex is where sub first occurs in s, failing the test when it does
// not.
func txtIndex(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("output lacks %q:\n%s", sub, s)
	}
	return i
}

func TestTextSample(t *testing.T) {
	out := txtRender(t, txtSample(), TextOptions{Width: 140})
	lines := strings.Split(out, "\n")
	if lines[0] != "Clashes in the north" {
		t.Errorf("first line = %q, want the title", lines[0])
	}
	if want := "brief-7 · jsonl in.jsonl · Daily Example · 2025-03-16 · en"; lines[1] != want {
		t.Errorf("details line = %q, want %q", lines[1], want)
	}
	if want := "by A. Writer, B. Reporter"; lines[2] != want {
		t.Errorf("authors line = %q, want %q", lines[2], want)
	}
	// Sections come in a fixed order, warnings first.
	order := []string{"Warnings (1)", "Places (2)", "Actors (2)", "Casualties (2)", "Claims (3)"}
	last := -1
	for _, h := range order {
		i := txtIndex(t, out, "\n"+h+"\n")
		if i < last {
			t.Errorf("section %q is out of order:\n%s", h, out)
		}
		last = i
	}
	for _, want := range []string{
		"  ! conflicting_figures: Sources disagree on villagers killed. (c1, c2)\n",
		"  Northtown · city · North Province, XX · 2 mentions\n",
		"  North Province · admin1 · XX · 1 mention · no coordinates\n",
		"  Interior Ministry · organization · XX · aka IM\n",
		"  Jane Roe · person · spokeswoman · Interior Ministry\n",
		// ids resolved to names, the date with its words, the qualifier leading
		"  c1 at least 30 villagers killed (civilians) — Northtown — 2025-03-14 (“on Friday”) — reported by Interior Ministry\n",
		"  c2 dozens (24–99) people injured — North Province — “last week”\n",
		"    Interior Ministry denied: “we did not fire first” → the rebels\n",
		"    Jane Roe said: the roads were closed\n",
		"    (unattributed) claimed responsibility\n",
	} {
		txtIndex(t, out, want)
	}
	// Claim groups: responsibility, then denial, then statement.
	resp, den, stmt := txtIndex(t, out, "  Responsibility (1)\n"), txtIndex(t, out, "  Denial (1)\n"), txtIndex(t, out, "  Statement (1)\n")
	if resp >= den || den >= stmt {
		t.Errorf("claim groups out of order:\n%s", out)
	}
	if !strings.HasSuffix(out, "\n\n") || strings.Contains(strings.TrimSuffix(out, "\n\n"), "\n\n") {
		t.Errorf("want one block ending in a single empty line, got:\n%q", out)
	}
}

func TestTextSectionsOmitted(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(r *record.Record)
		absent []string
		want   []string
	}{
		{"no warnings", func(r *record.Record) { r.Warnings = nil }, []string{"Warnings"}, []string{"Places (2)", "Claims (3)"}},
		{"no places", func(r *record.Record) { r.Places = []record.Place{} },
			// the figures still name their place by id when it cannot be resolved
			[]string{"Places ("}, []string{"— p1 —", "Actors (2)"}},
		{"no actors", func(r *record.Record) { r.Actors = nil }, []string{"Actors ("}, []string{"reported by a1"}},
		{"no casualties", func(r *record.Record) { r.Casualties = nil }, []string{"Casualties ("}, []string{"Claims (3)"}},
		{"no claims", func(r *record.Record) { r.Claims = nil }, []string{"Claims (", "Statement ("}, []string{"Casualties (2)"}},
		{"only statements", func(r *record.Record) { r.Claims = r.Claims[:1] }, []string{"Denial (", "Responsibility ("}, []string{"Claims (1)", "  Statement (1)"}},
		{"nothing found", func(r *record.Record) {
			r.Warnings, r.Places, r.Actors, r.Casualties, r.Claims = nil, nil, nil, nil, nil
		}, []string{"Warnings", "Places", "Actors", "Casualties", "Claims"}, []string{"Clashes in the north\n"}},
		{"no title", func(r *record.Record) { r.Title = nil; r.Authors = nil },
			[]string{"Clashes", "\nby "}, []string{"brief-7\njsonl in.jsonl · Daily Example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := txtSample()
			tt.edit(r)
			out := txtRender(t, r, TextOptions{Width: 120})
			for _, s := range tt.absent {
				if strings.Contains(out, s) {
					t.Errorf("output has %q:\n%s", s, out)
				}
			}
			for _, s := range tt.want {
				txtIndex(t, out, s)
			}
		})
	}
}

func TestTextFigure(t *testing.T) {
	tests := []struct {
		c    record.Casualty
		want string
	}{
		{record.Casualty{Count: 92, Min: txtPtr(92), Max: txtPtr(92)}, "92"},
		{record.Casualty{Count: 30, Min: txtPtr(30), Approximate: true, Qualifier: txtPtr("at least")}, "at least 30"},
		{record.Casualty{Count: 400, Min: txtPtr(401), Approximate: true, Qualifier: txtPtr("more than")}, "more than 400"},
		{record.Casualty{Count: 24, Min: txtPtr(24), Max: txtPtr(99), Approximate: true, Qualifier: txtPtr("dozens")}, "dozens (24–99)"},
		{record.Casualty{Count: 20000, Min: txtPtr(20000), Max: txtPtr(99999), Approximate: true, Qualifier: txtPtr("tens of thousands")}, "tens of thousands (20,000–99,999)"},
		{record.Casualty{Count: 30, Min: txtPtr(30), Max: txtPtr(40), Approximate: true, Qualifier: txtPtr("between")}, "between 30 and 40"},
		{record.Casualty{Count: 70, Approximate: true, Qualifier: txtPtr("about")}, "about 70"},
		{record.Casualty{Count: 70, Approximate: true}, "about 70"},
		{record.Casualty{Count: 5, Min: txtPtr(5), Max: txtPtr(7)}, "5–7"},
		{record.Casualty{Count: 180, Min: txtPtr(180), Max: txtPtr(180), Qualifier: txtPtr("earlier figure")}, "180 (earlier figure)"},
		{record.Casualty{Count: 26000, Min: txtPtr(26001), Approximate: true, Qualifier: txtPtr("more than")}, "more than 26,000"},
		{record.Casualty{Count: 1234567}, "1,234,567"},
	}
	for _, tt := range tests {
		if got := figureText(tt.c); got != tt.want {
			t.Errorf("figureText(%d, min %v, max %v, %q) = %q, want %q",
				tt.c.Count, tt.c.Min, tt.c.Max, deref(tt.c.Qualifier), got, tt.want)
		}
	}
}

// txtSGR matches the colour sequences Text writes.
var txtSGR = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestTextColor(t *testing.T) {
	recs := []*record.Record{txtSample()}
	for _, list := range txtFixtures(t) {
		recs = append(recs, list...)
	}
	for _, rec := range recs {
		plain := txtRender(t, rec, TextOptions{Width: 80})
		if strings.ContainsRune(plain, 0x1b) {
			t.Errorf("%s: escape byte without Color:\n%q", rec.ID, plain)
		}
		colored := txtRender(t, rec, TextOptions{Width: 80, Color: true})
		if !strings.ContainsRune(colored, 0x1b) {
			t.Errorf("%s: no escape byte with Color", rec.ID)
		}
		if rest := txtSGR.ReplaceAllString(colored, ""); rest != plain {
			t.Errorf("%s: Color changes more than styles:\n%s", rec.ID, cmp.Diff(plain, rest))
		}
		// Every line that switches a style on switches it off again.
		for _, line := range strings.Split(colored, "\n") {
			if m := txtSGR.FindAllString(line, -1); len(m) > 0 && m[len(m)-1] != txtReset {
				t.Errorf("%s: line leaves a style on: %q", rec.ID, line)
			}
		}
	}
	// Warnings and errors get their colours.
	colored := txtRender(t, txtSample(), TextOptions{Color: true})
	txtIndex(t, colored, "\x1b[1;31m!\x1b[0m \x1b[1;33mconflicting_figures:\x1b[0m")
	failed := record.New("x", record.Source{Kind: "file"})
	failed.Fail(record.ErrRead, "no such file")
	txtIndex(t, txtRender(t, failed, TextOptions{Color: true}), "\x1b[31merror (read): no such file\x1b[0m")
}

func TestTextHostile(t *testing.T) {
	r := txtSample()
	r.Title = txtPtr("Breaking\x1b[2J\x1b[H news\x1b]0;owned\x07 from Bétaré-Oya 東京 ✓")
	r.Places[0].Name = "North\u009b31mtown\x1b[0m"
	r.Actors[1].Name = "Jane\rRoe\x07\x08\x00"
	r.Claims[0].Content = &record.Span{Text: "roads \x1b]8;;http://evil.example/\x1b\\closed\x1b]8;;\x1b\\ \u202eknab\u202c now\x1bc"}
	r.Casualties[0].Victims = "vill\x7fagers\x1bPdcs-payload\x1b\\"
	r.Warnings[0].Message = "odd\u0085line\xff"
	out := txtRender(t, r, TextOptions{Width: 200})
	for _, ru := range out {
		if (ru < 0x20 && ru != '\n') || (ru >= 0x7f && ru <= 0x9f) || (ru >= 0x202a && ru <= 0x202e) {
			t.Errorf("control character %U in output:\n%q", ru, out)
		}
	}
	for _, gone := range []string{"owned", "31m", "evil.example", "dcs-payload", "[2J"} {
		if strings.Contains(out, gone) {
			t.Errorf("escape payload %q reached the output:\n%s", gone, out)
		}
	}
	for _, want := range []string{
		"Breaking news from Bétaré-Oya 東京 ✓\n", // Unicode kept, the escapes gone
		"  Northtown · city",
		"    Jane Roe said: roads closed knab now\n",
		"at least 30 villagers killed",
		"odd line\uFFFD",
	} {
		txtIndex(t, out, want)
	}
}

func TestTextClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"Zürich, Χανιά, 北京, العربية", "Zürich, Χανιά, 北京, العربية"},
		{"a\x1b[1;31mb\x1b[0mc", "abc"},
		{"a\x1b]2;title\x1b\\b", "ab"},
		{"a\x1b]2;title\x07b", "ab"},
		{"a\x1b(Bb", "ab"},
		{"a\x1b7b\x1b8", "ab"},
		{"a\u009b2Jb", "ab"},
		{"a\u009d0;t\u009cb", "ab"},
		{"tab\there\nnew\r\nline", "tab here new  line"},
		{"bell\a gone", "bell gone"},
		{"unterminated \x1b]0;osc to the end", "unterminated "},
		{"trailing escape\x1b", "trailing escape"},
		{"iso\u2066late\u2069d", "isolated"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := txtClean(tt.in); got != tt.want {
			t.Errorf("txtClean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// txtColumns measures a line of plain output the way a terminal does,
// independently of the code under test: East Asian wide letters take two
// columns, combining marks none.
func txtColumns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r):
			n += 2
		default:
			n++
		}
	}
	return n
}

func TestTextWrap(t *testing.T) {
	fixtures := txtFixtures(t)
	wide := txtSample()
	wide.Title = txtPtr(strings.Repeat("東京都で大規模な抗議活動", 6))
	wide.Claims[0].Content = &record.Span{Text: strings.Repeat("抗議者は道路を封鎖したと述べた。", 10)}
	wide.Places[0].Name = "Ne\u0301wtown" // a combining accent takes no column
	long := txtSample()
	long.Places[0].Name = strings.Repeat("x", 150) // one word wider than any line
	recs := []*record.Record{wide, long}
	for _, list := range fixtures {
		recs = append(recs, list...)
	}
	for _, width := range []int{20, 33, 50, 80, 120} {
		for _, rec := range recs {
			out := txtRender(t, rec, TextOptions{Width: width})
			for _, line := range strings.Split(out, "\n") {
				if c := txtColumns(line); c > width {
					t.Errorf("%s at width %d: line of %d columns: %q", rec.ID, width, c, line)
				}
			}
		}
	}
	// Wrapping loses no words: the place line of the long name comes back
	// whole once its pieces are put together.
	out := txtRender(t, long, TextOptions{Width: 40})
	if !strings.Contains(strings.ReplaceAll(out, "\n    ", ""), strings.Repeat("x", 150)+" · city") {
		t.Errorf("a word broken across lines lost letters:\n%s", out)
	}
	// A continuation line is indented under its entry.
	out = txtRender(t, txtSample(), TextOptions{Width: 40})
	txtIndex(t, out, "  c1 at least 30 villagers killed\n    (civilians) — Northtown — 2025-03-14\n")
	// Zero width is the default of 80; narrower than 20 is taken as 20.
	if a, b := txtRender(t, txtSample(), TextOptions{}), txtRender(t, txtSample(), TextOptions{Width: 80}); a != b {
		t.Errorf("Width 0 differs from Width 80:\n%s", cmp.Diff(b, a))
	}
	if a, b := txtRender(t, txtSample(), TextOptions{Width: 3}), txtRender(t, txtSample(), TextOptions{Width: 20}); a != b {
		t.Errorf("Width 3 differs from Width 20:\n%s", cmp.Diff(b, a))
	}
}

func TestTextClaimEllipsis(t *testing.T) {
	r := txtSample()
	words := strings.Repeat("the talks will resume next week in the capital ", 30)
	r.Claims = []record.Claim{{ID: "k1", Kind: "statement", Speaker: txtPtr("Jane Roe"), Cue: txtSpan("said"),
		Content: &record.Span{Text: words}, Target: txtPtr("the opposition")}}
	out := txtRender(t, r, TextOptions{Width: 60})
	i := txtIndex(t, out, "    Jane Roe said: the talks")
	claim := strings.Split(out[i:], "\n")
	if len(claim) < txtClaimLines+1 {
		t.Fatalf("claim shorter than expected:\n%s", out)
	}
	for j, line := range claim[:txtClaimLines] {
		if j > 0 && !strings.HasPrefix(line, "      ") {
			t.Errorf("continuation %d not indented: %q", j, line)
		}
		if c := txtColumns(line); c > 60 {
			t.Errorf("line of %d columns: %q", c, line)
		}
	}
	if last := claim[txtClaimLines-1]; !strings.HasSuffix(last, "…") {
		t.Errorf("cut claim does not end in an ellipsis: %q", last)
	}
	if claim[txtClaimLines] != "" {
		t.Errorf("claim runs past %d lines: %q", txtClaimLines, claim[txtClaimLines])
	}
}

func TestTextClaimClitic(t *testing.T) {
	r := txtSample()
	r.Claims = []record.Claim{{ID: "k1", Kind: "statement", Speaker: txtPtr("Jane Roe"), Cue: txtSpan("'s said"),
		Content: &record.Span{Text: "the talks will resume"}}}
	out := txtRender(t, r, TextOptions{Width: 80})
	txtIndex(t, out, "    Jane Roe's said: the talks will resume")
}

func TestTextClaimAccordingTo(t *testing.T) {
	r := txtSample()
	r.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", Speaker: txtPtr("Central Hospital"), Cue: txtSpan("According to"),
			Content: &record.Span{Text: "two of the wounded were children"}},
		{ID: "k2", Kind: "statement", SpeakerSpan: &record.Span{Text: "hospital sources"}, Cue: txtSpan("according to"),
			Content: &record.Span{Text: "the toll rose"}},
	}
	out := txtRender(t, r, TextOptions{Width: 80})
	txtIndex(t, out, "    According to Central Hospital: two of the wounded were children")
	txtIndex(t, out, "    According to hospital sources: the toll rose")
}

// TestElideAttribution checks that a quotation split around its cue is
// shown without the attribution between its parts, and that contents
// without an attribution inside them, or with no quotation marks around
// it, are shown whole.
func TestElideAttribution(t *testing.T) {
	text := []rune(`“We lost everything,” said Abdul Ghafoor, 54, who sat by the graves. “We have no tents.”`)
	span := func(sub string) *record.Span {
		i := strings.Index(string(text), sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		st := len([]rune(string(text)[:i]))
		return &record.Span{Text: sub, Start: st, End: st + len([]rune(sub))}
	}
	c := record.Claim{Cue: *span("said"), SpeakerSpan: span("Abdul Ghafoor, 54, who sat by the graves."), Content: span(string(text)), Quote: true}
	if got, want := elideAttribution(c), `“We lost everything,” … “We have no tents.”`; got != want {
		t.Errorf("split quotation: got %q, want %q", got, want)
	}
	c.Content = span(`“We lost everything,”`)
	if got := elideAttribution(c); got != `“We lost everything,”` {
		t.Errorf("cue outside the content: got %q", got)
	}
	text = []rune(`“They were directed from abroad,” the statement said, adding that Pakistan had “evidence”`)
	c = record.Claim{Cue: *span("said"), SpeakerSpan: span("the statement"), Content: span(string(text)), Quote: true}
	if got := elideAttribution(c); got != string(text) {
		t.Errorf("words after the cue: got %q", got)
	}
	text = []rune(`“They want a ghost town,” he told a briefing on Tuesday. “It will not happen.”`)
	he := span("he told")
	he.Text, he.End = "he", he.Start+2
	c = record.Claim{Cue: *span("told"), SpeakerSpan: he, Content: span(string(text)), Quote: true}
	if got, want := elideAttribution(c), `“They want a ghost town,” … “It will not happen.”`; got != want {
		t.Errorf("the rest of the attribution's sentence: got %q, want %q", got, want)
	}
	text = []rune("the army, the minister said on Monday, had withdrawn")
	c = record.Claim{Cue: *span("said"), SpeakerSpan: span("the minister"), Content: span(string(text))}
	if got := elideAttribution(c); got != string(text) {
		t.Errorf("words after the cue inside the commas: got %q", got)
	}
	text = []rune("Her unit answered 212 calls last month, she says, more than double the year before")
	c = record.Claim{Cue: *span("says"), SpeakerSpan: span("she"), Content: span(string(text))}
	if got, want := elideAttribution(c), "Her unit answered 212 calls last month … more than double the year before"; got != want {
		t.Errorf("set off by commas: got %q, want %q", got, want)
	}
}

func TestTextFailed(t *testing.T) {
	r := record.New("input.jsonl:4", record.Source{Kind: record.SourceJSONL, Path: "input.jsonl"})
	r.Title = txtPtr("ignored")
	r.Warn(record.WarnInvalidUTF8, "replaced 2 bytes")
	r.Fail(record.ErrDecode, "line 4 of input.jsonl: invalid JSON")
	out := txtRender(t, r, TextOptions{Width: 80})
	want := "input.jsonl:4\n  error (decode): line 4 of input.jsonl: invalid JSON\n\n"
	if out != want {
		t.Errorf("failed record:\n%s", cmp.Diff(want, out))
	}
}

type txtBrokenWriter struct{}

func (txtBrokenWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestTextErrors(t *testing.T) {
	if err := Text(txtBrokenWriter{}, txtSample(), TextOptions{}); err == nil || err.Error() != "disk full" {
		t.Errorf("writer error = %v, want disk full", err)
	}
	if err := Text(io.Discard, nil, TextOptions{}); err == nil {
		t.Error("nil record: no error")
	}
}

// txtEntries splits plain output into its entries: a line indented by two
// columns with the continuation lines under it, joined by single spaces.
func txtEntries(out string) []string {
	var entries []string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "    ") && len(entries) > 0:
			entries[len(entries)-1] += " " + strings.TrimSpace(line)
		case strings.HasPrefix(line, "  "):
			entries = append(entries, strings.TrimSpace(line))
		}
	}
	return entries
}

// TestTextFixtures checks the summaries of the real goldens: warnings come
// before the first section, every casualty figure is listed under its id
// with its place and reporter resolved to names, and every place and actor
// has its entry.
func TestTextFixtures(t *testing.T) {
	for name, recs := range txtFixtures(t) {
		for _, rec := range recs {
			out := txtRender(t, rec, TextOptions{Width: 80})
			if rec.Error != nil {
				if !strings.Contains(out, "error ("+rec.Error.Kind+"): ") || strings.Contains(out, "Places (") {
					t.Errorf("%s/%s: failed record rendered as:\n%s", name, rec.ID, out)
				}
				continue
			}
			if len(rec.Warnings) > 0 {
				w := txtIndex(t, out, "\nWarnings (")
				for _, h := range []string{"Places (", "Actors (", "Casualties (", "Claims ("} {
					if i := strings.Index(out, "\n"+h); i >= 0 && i < w {
						t.Errorf("%s: %q before the warnings", name, h)
					}
				}
			}
			entries := txtEntries(out)
			find := func(prefix string) string {
				for _, e := range entries {
					if strings.HasPrefix(e, prefix) {
						return e
					}
				}
				t.Errorf("%s/%s: no entry starts with %q:\n%s", name, rec.ID, prefix, out)
				return ""
			}
			for _, c := range rec.Casualties {
				e := find(c.ID + " " + figureText(c) + " ")
				if c.Where != nil {
					if pl := txtPlaceName(rec, *c.Where); pl == *c.Where || !strings.Contains(e, "— "+pl) {
						t.Errorf("%s: %s: place %s not resolved: %q", name, c.ID, *c.Where, e)
					}
				}
				if c.ReportedBy != nil {
					if a := txtActorName(rec, *c.ReportedBy); a == *c.ReportedBy || !strings.Contains(e, "reported by "+a) {
						t.Errorf("%s: %s: reporter %s not resolved: %q", name, c.ID, *c.ReportedBy, e)
					}
				}
			}
			for _, pl := range rec.Places {
				find(pl.Name + " · " + pl.Kind)
			}
			for _, a := range rec.Actors {
				find(a.Name + " · " + strings.ReplaceAll(a.Kind, "_", " "))
			}
		}
	}
}

func TestTextGolden(t *testing.T) {
	for _, name := range []string{"kp-coordinated-attacks", "jsonl-mixed-briefs"} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			for _, rec := range txtFrozen(t, name) {
				if err := Text(&b, rec, TextOptions{Width: 80}); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join("testdata", "text-"+name+".golden")
			if *txtUpdate {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (create it with go test ./extract/view -run TestTextGolden -update-text)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s\nif intended: go test ./extract/view -run 'TestTextGolden/%s' -update-text", path, diff, name)
			}
		})
	}
}

// TestTextClaimSpeakerWords checks a claim whose speaker the text names
// but no actor stands for (its words are shown), and a cue that ends in
// its own colon (no second colon).
func TestTextClaimSpeakerWords(t *testing.T) {
	r := txtSample()
	r.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", SpeakerSpan: &record.Span{Text: "one trader"}, Cue: txtSpan("put it:"),
			Content: &record.Span{Text: "“We cannot wait.”"}, Quote: true},
		{ID: "k2", Kind: "statement", SpeakerSpan: &record.Span{Text: "Q"}, Cue: txtSpan(":"),
			Content: &record.Span{Text: "Will the roads reopen?"}},
		{ID: "k3", Kind: "statement", Cue: txtSpan("reportedly"), Content: &record.Span{Text: "the council is reportedly spending more"}},
	}
	out := txtRender(t, r, TextOptions{Width: 140})
	for _, want := range []string{
		"    one trader put it: “We cannot wait.”\n",
		"    Q : Will the roads reopen?\n",
		"    (unattributed) reportedly: the council is reportedly spending more\n",
	} {
		txtIndex(t, out, want)
	}
	if strings.Contains(out, "::") {
		t.Errorf("a colon is doubled:\n%s", out)
	}
}
