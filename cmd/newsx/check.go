package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/expect"
	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
	"github.com/spf13/cobra"
)

// checkOptions holds the flag values of check; checkRun does the work.
type checkOptions struct {
	IO      streams
	Paths   []string
	JSON    bool
	JUnit   string
	Strict  bool
	Update  bool
	Verbose bool
	Workers int
}

const checkLong = `Run extraction on fixture articles and compare each record with the
expectation file beside it. A fixture is

  - a folder holding expect.json and exactly one input.* file
    (input.txt, input.html, input.htm or input.jsonl), or
  - a file NAME.txt, NAME.html, NAME.htm or NAME.jsonl with NAME.expect.json
    beside it.

PATH names a fixture (the folder, the input or the expectation file) or a folder
searched recursively for fixtures; the default is the current folder. Extraction
runs offline, with the expectation's "date" as the publication date for inputs
that carry none. The expectation format is described in the README of
testdata/articles and in the documentation of package extract/expect.

The report has one line per fixture, PASS or FAIL, and under each failure one
line per unmet expectation. Entries marked known_gap are not failures (listed
with --verbose); a known gap that now holds is reported so that its mark can be
removed.

--strict also compares the whole record with the golden file beside the
expectation (want.json in a fixture folder, NAME.want.json beside a file);
--update rewrites those golden files from the current output and says for each
whether it changed. Expectation files are never rewritten: people write them.

Exit status:
  0  every fixture passed
  1  some expectation was not met (or a record differs from its golden file)
  2  usage error, or a fixture could not be read (missing input, invalid
     expect.json, missing golden file under --strict); each is named
  4  the report could not be written`

func newCheckCmd(ios streams, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{IO: ios, Workers: runtime.NumCPU()}
	cmd := &cobra.Command{
		Use:   "check [PATH]...",
		Short: "Check extraction against fixture articles and their expectation files",
		Long:  checkLong,
		Example: `  newsx check testdata/articles
  newsx check --junit report.xml fixtures/
  newsx check --strict --update fixtures/quetta-attack
  newsx check --json story.txt | jq '.fixtures[] | select(.ok | not)'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(args) == 0 {
				opts.Paths = []string{"."}
			}
			if opts.Workers < 1 {
				return usageErrorf("--workers %d: need at least 1", opts.Workers)
			}
			if opts.Update {
				opts.Strict = true
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.JSON, "json", false, "print a machine-readable JSON report instead of the text report")
	f.StringVar(&opts.JUnit, "junit", "", "also write a JUnit XML report to `FILE`")
	f.BoolVar(&opts.Strict, "strict", false, "also compare each whole record with its golden want.json")
	f.BoolVar(&opts.Update, "update", false, "rewrite the golden want.json files from current output (implies --strict)")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "list known gaps too")
	f.IntVarP(&opts.Workers, "workers", "j", opts.Workers, "fixtures checked in parallel")
	return cmd
}

// fixture is one input with its expectation file.
type fixture struct {
	Name   string // as shown in the report
	Dir    string // records' paths are made relative to it
	Input  string // "" when missing
	Expect string
	Golden string
	// Problem, when set, makes the fixture invalid before it runs.
	Problem string
}

// fixtureResult is the outcome of checking one fixture.
type fixtureResult struct {
	Name      string           `json:"name"`
	Input     string           `json:"input,omitempty"`
	OK        bool             `json:"ok"`
	Checks    int              `json:"checks"`
	Passed    int              `json:"passed"`
	Failures  []mismatchReport `json:"failures"`
	KnownGaps []mismatchReport `json:"known_gaps"`
	Fixed     []mismatchReport `json:"fixed"`
	// Error says why the fixture could not be checked (exit status 2).
	Error string `json:"error,omitempty"`
	// Golden is "match", "differs", "updated" or "unchanged" under --strict.
	Golden string `json:"golden,omitempty"`

	goldenPath string
	elapsed    time.Duration
}

type mismatchReport struct {
	Category string `json:"category"`
	Message  string `json:"message"`
	Reason   string `json:"reason,omitempty"` // the known_gap mark
}

// checkReport is the --json output.
type checkReport struct {
	Fixtures []*fixtureResult `json:"fixtures"`
	Passed   int              `json:"passed"`
	Failed   int              `json:"failed"`
	Errors   int              `json:"errors"`
}

var fixtureExts = []string{".txt", ".html", ".htm", ".jsonl"}

const expectSuffix = ".expect.json"

// findFixtures turns the PATH arguments into fixtures, in argument order
// and lexical order within folders. A path that does not exist or holds no
// fixture is a usage error.
func findFixtures(paths []string) ([]fixture, error) {
	var out []fixture
	seen := map[string]bool{}
	add := func(f fixture) {
		key := filepath.Clean(f.Expect)
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, usageErrorf("%s: %v", p, pathErr(err))
		}
		if !fi.IsDir() {
			f, ok := fileFixture(p)
			if !ok {
				return nil, usageErrorf("%s: not a fixture: want a folder, NAME.expect.json or an input with NAME.expect.json beside it", p)
			}
			add(f)
			continue
		}
		n := len(out)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(path, "expect.json")); err == nil {
					add(folderFixture(path))
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(d.Name(), expectSuffix) {
				f, _ := fileFixture(path)
				add(f)
			}
			return nil
		})
		if err != nil {
			return nil, usageErrorf("%s: %v", p, pathErr(err))
		}
		if len(out) == n {
			return nil, usageErrorf("%s: no fixtures found (want <case>/expect.json or NAME.expect.json files)", p)
		}
	}
	return out, nil
}

// pathErr drops the path that os errors repeat.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// folderFixture describes <case>/ holding expect.json and one input.*.
func folderFixture(dir string) fixture {
	f := fixture{
		Name:   filepath.ToSlash(dir),
		Dir:    dir,
		Expect: filepath.Join(dir, "expect.json"),
		Golden: filepath.Join(dir, "want.json"),
	}
	var inputs []string
	for _, ext := range fixtureExts {
		in := filepath.Join(dir, "input"+ext)
		if fi, err := os.Stat(in); err == nil && !fi.IsDir() {
			inputs = append(inputs, filepath.Base(in))
		}
	}
	switch len(inputs) {
	case 0:
		f.Problem = "no input file (want one of input.txt, input.html, input.htm, input.jsonl beside expect.json)"
	case 1:
		f.Input = filepath.Join(dir, inputs[0])
	default:
		f.Problem = "more than one input file: " + strings.Join(inputs, ", ")
	}
	return f
}

// fileFixture describes NAME.ext with NAME.expect.json, given either file.
func fileFixture(path string) (fixture, bool) {
	dir := filepath.Dir(path)
	if base, ok := strings.CutSuffix(path, expectSuffix); ok {
		f := fixture{Name: filepath.ToSlash(base), Dir: dir, Expect: path, Golden: base + ".want.json"}
		var inputs []string
		for _, ext := range fixtureExts {
			if fi, err := os.Stat(base + ext); err == nil && !fi.IsDir() {
				inputs = append(inputs, base+ext)
			}
		}
		switch len(inputs) {
		case 0:
			f.Problem = "no input beside the expectation (want " + filepath.Base(base) + ".txt, .html, .htm or .jsonl)"
		case 1:
			f.Input = inputs[0]
			f.Name = filepath.ToSlash(inputs[0])
		default:
			f.Problem = "more than one input for the expectation: " + strings.Join(inputs, ", ")
		}
		return f, true
	}
	ext := filepath.Ext(path)
	if !slices.Contains(fixtureExts, strings.ToLower(ext)) {
		return fixture{}, false
	}
	base := strings.TrimSuffix(path, ext)
	f := fixture{Name: filepath.ToSlash(path), Dir: dir, Input: path, Expect: base + expectSuffix, Golden: base + ".want.json"}
	if _, err := os.Stat(f.Expect); err != nil {
		f.Problem = "no expectation file " + f.Expect + " beside it"
	}
	return f, true
}

func checkRun(ctx context.Context, opts *checkOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	fixtures, err := findFixtures(opts.Paths)
	if err != nil {
		return err
	}
	results := make([]*fixtureResult, len(fixtures))
	var wg sync.WaitGroup
	sem := make(chan struct{}, opts.Workers)
	for i := range fixtures {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results[i] = checkFixture(ctx, &fixtures[i], opts)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return &exitError{code: exitInternal, msg: "interrupted"}
	}

	rep := checkReport{Fixtures: results}
	for _, r := range results {
		switch {
		case r.Error != "":
			rep.Errors++
		case r.OK:
			rep.Passed++
		default:
			rep.Failed++
		}
	}
	if err := writeCheckReport(opts, &rep); err != nil {
		return &exitError{code: exitInternal, msg: "writing report: " + err.Error()}
	}
	if opts.JUnit != "" {
		if err := writeJUnit(opts.JUnit, results); err != nil {
			return &exitError{code: exitInternal, msg: "writing JUnit report: " + err.Error()}
		}
	}
	switch {
	case rep.Errors > 0:
		return &exitError{code: exitUsage, silent: true}
	case rep.Failed > 0:
		return &exitError{code: exitInputFailed, silent: true}
	}
	return nil
}

// checkFixture runs one fixture and compares its records with the
// expectation (and the golden file under --strict).
func checkFixture(ctx context.Context, fx *fixture, opts *checkOptions) *fixtureResult {
	start := time.Now()
	res := &fixtureResult{
		Name: fx.Name, Input: filepath.ToSlash(fx.Input), goldenPath: fx.Golden,
		Failures: []mismatchReport{}, KnownGaps: []mismatchReport{}, Fixed: []mismatchReport{},
	}
	defer func() {
		res.elapsed = time.Since(start)
		res.OK = res.Error == "" && len(res.Failures) == 0
	}()
	if fx.Problem != "" {
		res.Error = fx.Problem
		return res
	}
	data, err := os.ReadFile(fx.Expect)
	if err != nil {
		res.Error = fmt.Sprintf("%s: %v", fx.Expect, pathErr(err))
		return res
	}
	exp, err := expect.Parse(data)
	if err != nil {
		res.Error = fmt.Sprintf("%s is not a valid expectation file: %v", fx.Expect, err)
		return res
	}
	var golden []byte
	if opts.Strict && !opts.Update {
		golden, err = os.ReadFile(fx.Golden)
		if err != nil {
			res.Error = fmt.Sprintf("no golden file %s (create it with --update)", fx.Golden)
			if !errors.Is(err, fs.ErrNotExist) {
				res.Error = fmt.Sprintf("%s: %v", fx.Golden, pathErr(err))
			}
			return res
		}
	}
	p, err := extract.New(extract.Options{Date: exp.Date}) // no fetcher: offline
	if err != nil {
		res.Error = fmt.Sprintf("%s: %v", fx.Expect, err)
		return res
	}
	recs, err := fixtureRecords(ctx, p, fx)
	if err != nil {
		res.Error = err.Error()
		return res
	}

	fail := func(cat, msg string) {
		res.Checks++
		res.Failures = append(res.Failures, mismatchReport{Category: cat, Message: msg})
	}
	add := func(prefix string, r expect.Report) {
		res.Checks += r.Checked
		res.Passed += r.Passed
		for _, m := range r.Mismatches {
			mr := mismatchReport{Category: m.Category, Message: prefix + m.Message, Reason: m.KnownGap}
			if m.KnownGap != "" {
				res.KnownGaps = append(res.KnownGaps, mr)
			} else {
				res.Failures = append(res.Failures, mr)
			}
		}
		for _, m := range r.Fixed {
			// The message says what failed before; the report says it passes now.
			msg := strings.TrimPrefix(m.Message, "met now, was: ")
			res.Fixed = append(res.Fixed, mismatchReport{Category: m.Category, Message: prefix + msg, Reason: m.KnownGap})
		}
	}
	switch {
	case exp.Items != nil:
		if len(recs) != len(exp.Items) {
			fail(expect.CatRecord, fmt.Sprintf("%d records, want %d (one per JSON line)", len(recs), len(exp.Items)))
		}
		for i := range min(len(recs), len(exp.Items)) {
			add(fmt.Sprintf("item %d (%s): ", i+1, recs[i].ID), expect.Check(recs[i], &exp.Items[i]))
		}
	case len(recs) != 1:
		fail(expect.CatRecord, fmt.Sprintf("%d records, want 1 (use \"items\" for a JSON Lines input)", len(recs)))
	default:
		add("", expect.Check(recs[0], exp))
	}

	if opts.Strict {
		got := goldenBytes(recs)
		res.Checks++
		switch {
		case opts.Update:
			old, err := os.ReadFile(fx.Golden)
			if err == nil && bytes.Equal(old, got) {
				res.Golden = "unchanged"
			} else if err := os.WriteFile(fx.Golden, got, 0o644); err != nil {
				res.Error = fmt.Sprintf("writing %s: %v", fx.Golden, pathErr(err))
				return res
			} else {
				res.Golden = "updated"
			}
			res.Passed++
		case bytes.Equal(golden, got):
			res.Golden = "match"
			res.Passed++
		default:
			res.Golden = "differs"
			res.Failures = append(res.Failures, mismatchReport{Category: "golden", Message: firstDifference(filepath.Base(fx.Golden), golden, got)})
		}
	}
	return res
}

// fixtureRecords extracts a fixture's input, with record ids and paths made
// relative to the fixture's folder so that golden files do not depend on
// where the fixtures live.
func fixtureRecords(ctx context.Context, p *extract.Pipeline, fx *fixture) ([]*record.Record, error) {
	var recs []*record.Record
	prefix := fx.Dir + string(filepath.Separator)
	rel := func(s string) string {
		if fx.Dir == "." {
			return s
		}
		return strings.TrimPrefix(s, prefix)
	}
	err := p.Run(ctx, input.Expand(ctx, []string{fx.Input}, input.Options{}), 1, func(r extract.Result) error {
		r.Record.ID = rel(r.Record.ID)
		r.Record.Source.Path = rel(r.Record.Source.Path)
		if r.Record.Error != nil && fx.Dir != "." {
			r.Record.Error.Message = strings.ReplaceAll(r.Record.Error.Message, prefix, "")
		}
		recs = append(recs, r.Record)
		return nil
	})
	return recs, err
}

// goldenBytes is the golden form of a fixture's records: indented JSON,
// one value per record, as the project's want.json files are written.
func goldenBytes(recs []*record.Record) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	for _, r := range recs {
		_ = enc.Encode(r) // records always encode
	}
	return buf.Bytes()
}

// firstDifference names the first line where want and got differ.
func firstDifference(name string, want, got []byte) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		wOK, gOK := i < len(wl), i < len(gl)
		if wOK {
			w = wl[i]
		}
		if gOK {
			g = gl[i]
		}
		if wOK && gOK && w == g {
			continue
		}
		switch {
		case !wOK:
			return fmt.Sprintf("differs from %s at line %d: extra output %q", name, i+1, strings.TrimSpace(g))
		case !gOK:
			return fmt.Sprintf("differs from %s at line %d: output ends, want %q", name, i+1, strings.TrimSpace(w))
		}
		return fmt.Sprintf("differs from %s at line %d: got %q, want %q", name, i+1, strings.TrimSpace(g), strings.TrimSpace(w))
	}
	return "differs from " + name
}

func writeCheckReport(opts *checkOptions, rep *checkReport) error {
	ios := opts.IO
	if opts.JSON {
		for _, r := range rep.Fixtures {
			if opts.Update && r.Golden != "" {
				fmt.Fprintf(ios.Err, "%s %s\n", r.Golden, filepath.ToSlash(r.goldenPath))
			}
		}
		enc := json.NewEncoder(ios.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	var b strings.Builder
	for _, r := range rep.Fixtures {
		switch {
		case r.Error != "":
			fmt.Fprintf(&b, "ERROR %s: %s\n", r.Name, oneLine(r.Error))
			continue
		case r.OK:
			fmt.Fprintf(&b, "PASS %s (%s, %s)\n", r.Name, plural(r.Checks, "check"), plural(len(r.KnownGaps), "known gap"))
		default:
			fmt.Fprintf(&b, "FAIL %s (%d of %s failed, %s)\n", r.Name, len(r.Failures), plural(r.Checks, "check"), plural(len(r.KnownGaps), "known gap"))
		}
		for _, m := range r.Failures {
			fmt.Fprintf(&b, "    %s\n", oneLine(m.Message))
		}
		if opts.Verbose {
			for _, m := range r.KnownGaps {
				fmt.Fprintf(&b, "    known gap: %s (%s)\n", oneLine(m.Message), oneLine(m.Reason))
			}
		}
		for _, m := range r.Fixed {
			fmt.Fprintf(&b, "    known gap now passes: remove its mark: %s (known_gap: %s)\n", oneLine(m.Message), oneLine(m.Reason))
		}
		if opts.Update && r.Golden != "" {
			fmt.Fprintf(&b, "    %s %s\n", r.Golden, filepath.ToSlash(r.goldenPath))
		}
	}
	n := len(rep.Fixtures)
	switch {
	case rep.Failed == 0 && rep.Errors == 0:
		fmt.Fprintf(&b, "ok: %s passed\n", plural(n, "fixture"))
	default:
		fmt.Fprintf(&b, "FAIL: %d passed, %d failed, %d could not be checked, of %s\n", rep.Passed, rep.Failed, rep.Errors, plural(n, "fixture"))
	}
	_, err := io.WriteString(ios.Out, b.String())
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// JUnit XML, in the shape CI systems read (Jenkins, GitLab, GitHub actions
// that publish test results).
type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func writeJUnit(path string, results []*fixtureResult) error {
	suite := junitSuite{Name: "newsx check", Tests: len(results)}
	var total time.Duration
	for _, r := range results {
		total += r.elapsed
		c := junitCase{Name: r.Name, Classname: "newsx check", Time: seconds(r.elapsed)}
		switch {
		case r.Error != "":
			suite.Errors++
			c.Error = &junitProblem{Message: r.Error, Type: "invalid fixture", Text: r.Error}
		case !r.OK:
			suite.Failures++
			msgs := make([]string, len(r.Failures))
			for i, m := range r.Failures {
				msgs[i] = m.Message
			}
			c.Failure = &junitProblem{
				Message: fmt.Sprintf("%d of %s failed: %s", len(r.Failures), plural(r.Checks, "check"), msgs[0]),
				Type:    "mismatch",
				Text:    strings.Join(msgs, "\n"),
			}
		}
		var out []string
		for _, m := range r.KnownGaps {
			out = append(out, "known gap: "+m.Message+" ("+m.Reason+")")
		}
		for _, m := range r.Fixed {
			out = append(out, "known gap now passes: remove its mark: "+m.Message+" (known_gap: "+m.Reason+")")
		}
		c.SystemOut = strings.Join(out, "\n")
		suite.Cases = append(suite.Cases, c)
	}
	suite.Time = seconds(total)
	b, err := xml.MarshalIndent(junitSuites{Suites: []junitSuite{suite}}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append([]byte(xml.Header), append(b, '\n')...), 0o644)
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }
