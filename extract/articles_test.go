package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsx/newsx/extract/expect"
	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
)

var update = flag.Bool("update", false, "rewrite testdata/articles/*/want.json from current output")

// fixtureDirs lists testdata/articles/<case>/ folders.
func fixtureDirs(t testing.TB) []string {
	dirs, err := filepath.Glob("../testdata/articles/*/expect.json")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures found: %v", err)
	}
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	return dirs
}

// fixtureInput is the one input file of a case folder.
func fixtureInput(t testing.TB, dir string) string {
	matches, _ := filepath.Glob(filepath.Join(dir, "input.*"))
	if len(matches) != 1 {
		t.Fatalf("%s: want exactly one input.* file, have %v", dir, matches)
	}
	return matches[0]
}

// runFixture extracts a case's input offline and returns its records, with
// paths made relative to the case folder so that golden files do not depend
// on where the repository lives.
func runFixture(t testing.TB, dir string, date string) []*record.Record {
	p, err := New(Options{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	in := fixtureInput(t, dir)
	var recs []*record.Record
	err = p.Run(context.Background(), input.Expand(context.Background(), []string{in}, input.Options{}), 2, func(r Result) error {
		rel := func(s string) string { return strings.TrimPrefix(s, dir+string(filepath.Separator)) }
		r.Record.ID = rel(r.Record.ID)
		r.Record.Source.Path = rel(r.Record.Source.Path)
		if r.Record.Error != nil { // messages name the input too
			r.Record.Error.Message = strings.ReplaceAll(r.Record.Error.Message, dir+string(filepath.Separator), "")
		}
		recs = append(recs, r.Record)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func readExpect(t testing.TB, dir string) *expect.File {
	b, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := expect.Parse(b)
	if err != nil {
		t.Fatalf("%s/expect.json: %v", dir, err)
	}
	return e
}

// TestArticles runs every fixture article through the pipeline and checks
// (1) the output validates against the embedded JSON Schema, (2) the
// expectations in expect.json, (3) the golden want.json (rewrite with -update
// and review the diff).
func TestArticles(t *testing.T) {
	for _, dir := range fixtureDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			exp := readExpect(t, dir)
			recs := runFixture(t, dir, exp.Date)
			for _, r := range recs {
				b, _ := json.Marshal(r)
				if err := record.Validate(b); err != nil {
					t.Errorf("record %s does not validate against the schema: %v", r.ID, err)
				}
				b, _ = json.Marshal(r.WithoutText())
				if err := record.Validate(b); err != nil {
					t.Errorf("record %s without text does not validate: %v", r.ID, err)
				}
			}
			if exp.Items != nil {
				if len(recs) != len(exp.Items) {
					t.Fatalf("%d records, want %d (one per JSON line)", len(recs), len(exp.Items))
				}
				for i := range exp.Items {
					checkExpectation(t, recs[i], &exp.Items[i])
				}
			} else {
				if len(recs) != 1 {
					t.Fatalf("%d records, want 1", len(recs))
				}
				checkExpectation(t, recs[0], exp)
			}
			checkGolden(t, dir, recs)
		})
	}
}

// checkExpectation compares a record with its expectation (see package
// expect): a mismatch fails the test unless the entry is marked known_gap,
// in which case it is logged, as are known gaps that now hold.
func checkExpectation(t *testing.T, r *record.Record, e *expect.File) {
	t.Helper()
	rep := expect.Check(r, e)
	t.Logf("%s: %d of %d expectations met, %d known gaps", r.ID, rep.Passed, rep.Checked, len(rep.KnownGaps()))
	for _, m := range rep.Failures() {
		t.Errorf("%s: %s: %s", r.ID, m.Category, m.Message)
	}
	for _, m := range rep.KnownGaps() {
		t.Logf("%s: known gap: %s: %s (%s)", r.ID, m.Category, m.Message, m.KnownGap)
	}
	for _, m := range rep.Fixed {
		t.Logf("%s: known gap fixed, remove its mark: %s: %s (%s)", r.ID, m.Category, m.Message, m.KnownGap)
	}
	if r.Error == nil && strings.Contains(r.Text, "\r") {
		t.Errorf("%s: text keeps carriage returns", r.ID)
	}
}

func deref(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func checkGolden(t *testing.T, dir string, recs []*record.Record) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "want.json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with: go test ./extract -run 'TestArticles/%s' -update)", err, filepath.Base(dir))
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s\nif intended: go test ./extract -run 'TestArticles/%s' -update, then review the diff",
			path, diff, filepath.Base(dir))
	}
}

// BenchmarkBatch measures the batch runner over the fixture articles with
// one worker per CPU, as `newsx extract DIR` runs them.
func BenchmarkBatch(b *testing.B) {
	p, err := New(Options{Date: "2025-01-01"})
	if err != nil {
		b.Fatal(err)
	}
	srcs, size := fixtureSources(b)
	b.SetBytes(size)
	b.ReportAllocs()
	ctx := context.Background()
	seq := func(yield func(input.Source) bool) {
		for _, s := range srcs {
			if !yield(s) {
				return
			}
		}
	}
	for b.Loop() {
		if err := p.Run(ctx, seq, 0, func(Result) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(srcs))/b.Elapsed().Seconds(), "articles/s")
}

// fixtureSources loads the single-article fixtures into memory, so that
// benchmarks measure extraction and not the disk.
func fixtureSources(b *testing.B) ([]input.Source, int64) {
	var srcs []input.Source
	var size int64
	for _, dir := range fixtureDirs(b) {
		in := fixtureInput(b, dir)
		if strings.HasSuffix(in, ".jsonl") {
			continue
		}
		data, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
		srcs = append(srcs, input.Source{ID: in, Record: record.Source{Kind: record.SourceFile, Path: in}, Data: data, Format: input.FormatAuto})
	}
	return srcs, size
}

// BenchmarkExtract measures the whole pipeline over the fixture articles,
// one input at a time (b.SetBytes: MB/s of input).
func BenchmarkExtract(b *testing.B) {
	p, err := New(Options{Date: "2025-01-01"})
	if err != nil {
		b.Fatal(err)
	}
	srcs, size := fixtureSources(b)
	b.SetBytes(size)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := p.Extract(ctx, s); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(srcs))/b.Elapsed().Seconds(), "articles/s")
}
