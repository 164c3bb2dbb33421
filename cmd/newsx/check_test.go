package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// article is a one-line text whose places any working gazetteer finds.
const article = "Police arrested 12 protesters in Nairobi, Kenya on Monday, police chief John Kamau said.\n"

// writeFiles creates files (path relative to dir → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	expectPass     = `{"date": "2025-03-10", "places": [{"name": "Nairobi"}, {"name": "Kenya", "kind": "country"}]}`
	expectMismatch = `{"date": "2025-03-10", "places": [{"name": "Nairobi"}, {"name": "Lagos"}]}`
	expectGap      = `{"date": "2025-03-10", "places": [{"name": "Nairobi"}, {"name": "Lagos", "known_gap": "not in the text"}]}`
	expectFixed    = `{"date": "2025-03-10", "places": [{"name": "Nairobi", "known_gap": "was missed once"}]}`
)

func runCheck(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ios, out, errb := testStreams("")
	code := run(context.Background(), append([]string{"check"}, args...), ios)
	return code, out.String(), errb.String()
}

func TestCheckExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		files  map[string]string
		args   []string // relative to the fixture folder; none means the folder
		code   int
		stdout []string
		nostd  []string // must not be in stdout
		stderr string
	}{
		{"pass", map[string]string{"case/input.txt": article, "case/expect.json": expectPass}, nil, exitOK,
			[]string{"PASS ", "/case (2 checks, 0 known gaps)", "ok: 1 fixture passed"}, []string{"FAIL"}, ""},
		{"file fixture beside its expectation", map[string]string{"story.txt": article, "story.expect.json": expectPass, "notes.md": "not a fixture"}, nil, exitOK,
			[]string{"PASS ", "/story.txt (2 checks"}, nil, ""},
		{"file fixture named by its input", map[string]string{"story.txt": article, "story.expect.json": expectPass}, []string{"story.txt"}, exitOK,
			[]string{"PASS ", "story.txt"}, nil, ""},
		{"file fixture named by its expectation", map[string]string{"story.txt": article, "story.expect.json": expectPass}, []string{"story.expect.json"}, exitOK,
			[]string{"PASS "}, nil, ""},
		{"mismatch", map[string]string{"case/input.txt": article, "case/expect.json": expectMismatch}, nil, exitInputFailed,
			[]string{"FAIL ", "(1 of 2 checks failed, 0 known gaps)", "\n    missing place Lagos\n", "FAIL: 0 passed, 1 failed"}, []string{"PASS"}, ""},
		{"known gap only", map[string]string{"case/input.txt": article, "case/expect.json": expectGap}, nil, exitOK,
			[]string{"PASS ", "(2 checks, 1 known gap)"}, []string{"Lagos"}, ""},
		{"known gap listed with --verbose", map[string]string{"case/input.txt": article, "case/expect.json": expectGap}, []string{"-v", "."}, exitOK,
			[]string{"known gap: missing place Lagos (not in the text)"}, nil, ""},
		{"known gap that now passes", map[string]string{"case/input.txt": article, "case/expect.json": expectFixed}, nil, exitOK,
			[]string{"PASS ", "known gap now passes: remove its mark: ", "Nairobi (known_gap: was missed once)"}, []string{"met now"}, ""},
		{"folders searched recursively", map[string]string{"a/one/input.txt": article, "a/one/expect.json": expectPass, "b/two/input.txt": article, "b/two/expect.json": expectMismatch}, nil, exitInputFailed,
			[]string{"PASS ", "/a/one", "FAIL ", "/b/two", "1 passed, 1 failed"}, nil, ""},
		{"invalid expect.json", map[string]string{"case/input.txt": article, "case/expect.json": `{"places": [{"nmae": "Nairobi"}]}`}, nil, exitUsage,
			[]string{"ERROR ", "expect.json is not a valid expectation file", "nmae", "1 could not be checked"}, nil, ""},
		{"expect.json that is not JSON", map[string]string{"case/input.txt": article, "case/expect.json": `{"places": [`}, nil, exitUsage,
			[]string{"ERROR ", "not a valid expectation file"}, nil, ""},
		{"bad date in expect.json", map[string]string{"case/input.txt": article, "case/expect.json": `{"date": "10/03/2025"}`}, nil, exitUsage,
			[]string{"ERROR ", `date "10/03/2025"`}, nil, ""},
		{"missing input", map[string]string{"case/expect.json": expectPass}, nil, exitUsage,
			[]string{"ERROR ", "no input file"}, nil, ""},
		{"two inputs", map[string]string{"case/input.txt": article, "case/input.html": "<p>x</p>", "case/expect.json": expectPass}, nil, exitUsage,
			[]string{"ERROR ", "more than one input file: input.txt, input.html"}, nil, ""},
		{"input named without an expectation", map[string]string{"story.txt": article}, []string{"story.txt"}, exitUsage,
			[]string{"ERROR ", "no expectation file", "story.expect.json"}, nil, ""},
		{"expectation without an input", map[string]string{"story.expect.json": expectPass}, nil, exitUsage,
			[]string{"ERROR ", "no input beside the expectation"}, nil, ""},
		{"an invalid fixture does not hide the others", map[string]string{"a/input.txt": article, "a/expect.json": expectMismatch, "b/expect.json": expectPass}, nil, exitUsage,
			[]string{"FAIL ", "missing place Lagos", "ERROR ", "0 passed, 1 failed, 1 could not be checked"}, nil, ""},
		{"no fixtures in the folder", map[string]string{"notes.txt": article}, nil, exitUsage,
			nil, []string{"PASS"}, "no fixtures found"},
		{"missing path", nil, []string{"nowhere"}, exitUsage, nil, nil, "nowhere: no such file or directory"},
		{"not a fixture file", map[string]string{"notes.csv": "a,b"}, []string{"notes.csv"}, exitUsage, nil, nil, "not a fixture"},
		{"strict without want.json", map[string]string{"case/input.txt": article, "case/expect.json": expectPass}, []string{"--strict", "."}, exitUsage,
			[]string{"ERROR ", "no golden file", "want.json (create it with --update)"}, nil, ""},
		{"bad workers", map[string]string{"case/input.txt": article, "case/expect.json": expectPass}, []string{"-j", "0", "."}, exitUsage, nil, nil, "--workers 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			t.Chdir(dir)
			args := tc.args
			if args == nil {
				args = []string{dir}
			}
			code, out, errb := runCheck(t, args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, out, errb)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.nostd {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			if tc.stderr != "" && !strings.Contains(errb, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, errb)
			}
			if tc.stderr == "" && errb != "" {
				t.Errorf("unexpected stderr:\n%s", errb)
			}
		})
	}
}

func TestCheckUpdateThenStrict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"case/input.txt": article, "case/expect.json": expectPass,
		"story.txt": article, "story.expect.json": expectPass,
	})
	golden := filepath.Join(dir, "case", "want.json")

	code, out, _ := runCheck(t, "--update", dir)
	if code != exitOK {
		t.Fatalf("--update: exit %d\n%s", code, out)
	}
	for _, s := range []string{"updated " + filepath.ToSlash(golden), "updated " + filepath.ToSlash(filepath.Join(dir, "story.want.json"))} {
		if !strings.Contains(out, s) {
			t.Errorf("--update output lacks %q:\n%s", s, out)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatalf("want.json is not one JSON record: %v", err)
	}
	if rec["id"] != "input.txt" {
		t.Errorf("golden id %v, want the path relative to the fixture folder", rec["id"])
	}
	expectBefore, _ := os.ReadFile(filepath.Join(dir, "case", "expect.json"))
	if string(expectBefore) != expectPass {
		t.Errorf("--update rewrote expect.json")
	}

	if code, out, _ := runCheck(t, "--update", dir); code != exitOK || strings.Count(out, "unchanged ") != 2 || strings.Contains(out, "updated ") {
		t.Errorf("second --update: exit %d, want every golden unchanged:\n%s", code, out)
	}
	if code, out, _ := runCheck(t, "--strict", dir); code != exitOK || !strings.Contains(out, "(3 checks, 0 known gaps)") {
		t.Errorf("--strict after --update: exit %d, want 0 with the golden counted as a check:\n%s", code, out)
	}

	// A golden that no longer matches: exit 1, naming the first differing line.
	tampered := strings.Replace(string(data), `"Nairobi"`, `"Mombasa"`, 1)
	if tampered == string(data) {
		t.Fatal("golden does not name Nairobi")
	}
	if err := os.WriteFile(golden, []byte(tampered), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCheck(t, "--strict", filepath.Join(dir, "case"))
	if code != exitInputFailed || !strings.Contains(out, `differs from want.json at line `) || !strings.Contains(out, `want "\"name\": \"Mombasa\",`) {
		t.Errorf("--strict with a changed golden: exit %d, want 1 naming the line:\n%s", code, out)
	}
	// Without --strict the golden is not read.
	if code, out, _ := runCheck(t, dir); code != exitOK {
		t.Errorf("without --strict: exit %d\n%s", code, out)
	}
}

func TestCheckJSONLItems(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id": "one", "text": "Police arrested 12 protesters in Nairobi, Kenya on Monday."}
{"id": "two", "text": "Floods hit Lima, Peru on Tuesday."}
not json
`
	writeFiles(t, dir, map[string]string{
		"good/input.jsonl": lines,
		"good/expect.json": `{"date": "2025-03-10", "items": [
			{"id": "one", "places": [{"name": "Nairobi"}]},
			{"id": "two", "places": [{"name": "Lima"}]},
			{"error": "decode"}]}`,
		"short/input.jsonl": lines,
		"short/expect.json": `{"date": "2025-03-10", "items": [{"id": "one", "places": [{"name": "Lagos"}]}]}`,
	})
	code, out, _ := runCheck(t, dir)
	if code != exitInputFailed {
		t.Errorf("exit %d, want 1\n%s", code, out)
	}
	for _, s := range []string{"PASS " + filepath.ToSlash(filepath.Join(dir, "good")), "FAIL ", "3 records, want 1 (one per JSON line)", "item 1 (one): missing place Lagos"} {
		if !strings.Contains(out, s) {
			t.Errorf("stdout lacks %q:\n%s", s, out)
		}
	}
}

func TestCheckJSONAndJUnit(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a-pass/input.txt": article, "a-pass/expect.json": expectPass,
		"b-fail/input.txt": article, "b-fail/expect.json": `{"date": "2025-03-10", "places": [{"name": "Nairobi"}, {"name": "Lagos & <Ikeja> \"x\""}]}`,
		"c-gap/input.txt": article, "c-gap/expect.json": expectGap,
		"d-bad/input.txt": article, "d-bad/expect.json": `[]`,
	})
	junitPath := filepath.Join(t.TempDir(), "report.xml")
	code, out, errb := runCheck(t, "--json", "--junit", junitPath, dir)
	if code != exitUsage {
		t.Errorf("exit %d, want 2 (one invalid fixture)\n%s\n%s", code, out, errb)
	}

	var rep struct {
		Fixtures []struct {
			Name      string `json:"name"`
			OK        bool   `json:"ok"`
			Checks    int    `json:"checks"`
			Error     string `json:"error"`
			Failures  []struct{ Category, Message string }
			KnownGaps []struct{ Category, Message, Reason string } `json:"known_gaps"`
			Fixed     []struct{ Message string }
		}
		Passed, Failed, Errors int
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out)
	}
	if len(rep.Fixtures) != 4 || rep.Passed != 2 || rep.Failed != 1 || rep.Errors != 1 {
		t.Fatalf("report counts: %d fixtures, %d passed, %d failed, %d errors; want 4, 2, 1, 1\n%s", len(rep.Fixtures), rep.Passed, rep.Failed, rep.Errors, out)
	}
	a, b, c, d := rep.Fixtures[0], rep.Fixtures[1], rep.Fixtures[2], rep.Fixtures[3]
	if !strings.HasSuffix(a.Name, "a-pass") || !a.OK || a.Checks != 2 || len(a.Failures) != 0 {
		t.Errorf("passing fixture: %+v", a)
	}
	if b.OK || len(b.Failures) != 1 || b.Failures[0].Category != "place" || !strings.Contains(b.Failures[0].Message, "Lagos & <Ikeja>") {
		t.Errorf("failing fixture: %+v", b)
	}
	if !c.OK || len(c.KnownGaps) != 1 || c.KnownGaps[0].Reason != "not in the text" {
		t.Errorf("known-gap fixture: %+v", c)
	}
	if d.OK || d.Error == "" {
		t.Errorf("invalid fixture: %+v", d)
	}
	if !strings.Contains(out, `"failures": []`) {
		t.Errorf("empty lists should be [] for consumers:\n%s", out)
	}

	data, err := os.ReadFile(junitPath)
	if err != nil {
		t.Fatal(err)
	}
	var ju struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Errors   int    `xml:"errors,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &ju); err != nil {
		t.Fatalf("JUnit XML does not parse: %v\n%s", err, data)
	}
	if len(ju.Suites) != 1 {
		t.Fatalf("%d suites, want 1", len(ju.Suites))
	}
	s := ju.Suites[0]
	if s.Name != "newsx check" || s.Tests != 4 || s.Failures != 1 || s.Errors != 1 || len(s.Cases) != 4 {
		t.Fatalf("suite %q: tests %d failures %d errors %d cases %d; want newsx check, 4, 1, 1, 4", s.Name, s.Tests, s.Failures, s.Errors, len(s.Cases))
	}
	if s.Cases[0].Failure != nil || s.Cases[0].Error != nil {
		t.Errorf("passing case has a failure or error")
	}
	if f := s.Cases[1].Failure; f == nil || !strings.Contains(f.Message, `missing place Lagos & <Ikeja> "x"`) || !strings.Contains(f.Text, "Lagos") {
		t.Errorf("failing case: %+v", f)
	}
	if s.Cases[2].Failure != nil || !strings.Contains(s.Cases[2].SystemOut, "known gap: missing place Lagos") {
		t.Errorf("known gap case: failure %v, system-out %q", s.Cases[2].Failure, s.Cases[2].SystemOut)
	}
	if e := s.Cases[3].Error; e == nil || !strings.Contains(e.Message, "not a valid expectation file") {
		t.Errorf("invalid case: %+v", e)
	}
}

func TestCheckFlags(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		paths  []string
		strict bool
	}{
		{nil, []string{"."}, false},
		{[]string{"a", "b"}, []string{"a", "b"}, false},
		{[]string{"--strict", "a"}, []string{"a"}, true},
		{[]string{"--update"}, []string{"."}, true},
	} {
		var got *checkOptions
		ios, _, _ := testStreams("")
		cmd := newCheckCmd(ios, func(o *checkOptions) error { got = o; return nil })
		cmd.SetArgs(tc.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if strings.Join(got.Paths, ",") != strings.Join(tc.paths, ",") || got.Strict != tc.strict {
			t.Errorf("%v: paths %v strict %v, want %v %v", tc.args, got.Paths, got.Strict, tc.paths, tc.strict)
		}
	}
}

func TestFirstDifference(t *testing.T) {
	for _, tc := range []struct{ want, got, msg string }{
		{"a\nb\nc\n", "a\nx\nc\n", `differs from w at line 2: got "x", want "b"`},
		{"a\n", "a\nb\n", `differs from w at line 2: got "b", want ""`},
		{"a\nb\nc", "a\nb", `differs from w at line 3: output ends, want "c"`},
		{"a", "a\nb", `differs from w at line 2: extra output "b"`},
	} {
		if got := firstDifference("w", []byte(tc.want), []byte(tc.got)); got != tc.msg {
			t.Errorf("firstDifference(%q, %q) = %s, want %s", tc.want, tc.got, got, tc.msg)
		}
	}
}
