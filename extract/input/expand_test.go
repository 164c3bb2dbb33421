package input

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsx/newsx/extract/record"
)

func collect(seq iter.Seq[Source]) []Source {
	var out []Source
	for s := range seq {
		out = append(out, s)
	}
	return out
}

// brief is a Source reduced to what the tests compare.
type brief struct {
	ID, Kind, Path, URL, Format string
	Data                        string
	Err                         string // "kind: message"
}

func briefs(srcs []Source) []brief {
	out := make([]brief, len(srcs))
	for i, s := range srcs {
		b := brief{ID: s.ID, Kind: s.Record.Kind, Path: s.Path, URL: s.URL, Format: s.Format, Data: string(s.Data)}
		if s.Record.Path != s.Path && s.Record.Kind != record.SourceJSONL {
			b.Path = "record path " + s.Record.Path + " vs " + s.Path
		}
		if s.Err != nil {
			b = brief{ID: s.ID, Kind: s.Record.Kind, Err: s.Err.Kind + ": " + s.Err.Message}
		}
		out[i] = b
	}
	return out
}

func TestExpandDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.html", "Z.TXT", "notes", "sub/c.md", "sub/d.pdf", "sub/deeper/e.text", "sub2/f.htm", "sub2/g.Markdown",
		".git/README.md", "sub/.#c.md", "sub/.hidden.txt"} {
		writeFile(t, filepath.Join(dir, name), []byte("x"))
	}
	writeFile(t, filepath.Join(dir, "e.jsonl"), []byte(`{"id":"j1","text":"one"}`+"\n"+`{"id":"j2","html":"<p>two</p>"}`+"\n"))
	writeFile(t, filepath.Join(dir, "sub2/empty.jsonl"), []byte("\n  \n"))
	var skipped []string
	got := briefs(collect(Expand(t.Context(), []string{dir}, Options{Verbose: func(m string) { skipped = append(skipped, m) }})))
	p := func(name string) string { return filepath.Join(dir, name) }
	file := func(name string) brief {
		return brief{ID: p(name), Kind: record.SourceFile, Path: p(name), Format: FormatAuto}
	}
	want := []brief{
		file("Z.TXT"),
		file("a.html"),
		file("b.txt"),
		{ID: "j1", Kind: record.SourceJSONL, Path: "", Format: FormatText, Data: "one"},
		{ID: "j2", Kind: record.SourceJSONL, Path: "", Format: FormatHTML, Data: "<p>two</p>"},
		file("sub/c.md"),
		file("sub/deeper/e.text"),
		file("sub2/f.htm"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	wantSkipped := []string{
		"skipping " + p(".git") + ": hidden directory",
		"skipping " + p("notes") + ": not a supported extension",
		"skipping " + p("sub/.#c.md") + ": hidden file",
		"skipping " + p("sub/.hidden.txt") + ": hidden file",
		"skipping " + p("sub/d.pdf") + ": not a supported extension",
		"no JSON Lines in " + p("sub2/empty.jsonl"),
		"skipping " + p("sub2/g.Markdown") + ": not a supported extension",
	}
	if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
		t.Errorf("verbose (-want +got):\n%s", diff)
	}
	// No Verbose func: skipping is silent and nothing breaks.
	if n := len(collect(Expand(t.Context(), []string{dir}, Options{}))); n != len(want) {
		t.Errorf("without Verbose: %d sources, want %d", n, len(want))
	}
}

func TestExpandArguments(t *testing.T) {
	dir := t.TempDir()
	pdf := writeFile(t, filepath.Join(dir, "report.pdf"), []byte("%PDF"))
	noext := writeFile(t, filepath.Join(dir, "article"), []byte("Plain text."))
	feed := writeFile(t, filepath.Join(dir, "feed"), []byte("\xEF\xBB\xBF \n{\"id\":\"f1\",\"text\":\"from a feed\"}\n"))
	braceTxt := writeFile(t, filepath.Join(dir, "brace.txt"), []byte(`{"id":"not","text":"a jsonl file"}`))
	missing := filepath.Join(dir, "missing.txt")
	args := []string{pdf, noext, feed, braceTxt, missing, "https://example.com/a?b=1", "HTTP://EXAMPLE.COM/", "http://", "ftp://example.com/x"}
	got := briefs(collect(Expand(t.Context(), args, Options{})))
	want := []brief{
		{ID: pdf, Kind: record.SourceFile, Path: pdf, Format: FormatAuto},
		{ID: noext, Kind: record.SourceFile, Path: noext, Format: FormatAuto},
		{ID: "f1", Kind: record.SourceJSONL, Format: FormatText, Data: "from a feed"},
		{ID: braceTxt, Kind: record.SourceFile, Path: braceTxt, Format: FormatAuto},
		{ID: missing, Kind: record.SourceFile, Err: "read: " + missing + ": no such file or directory"},
		{ID: "https://example.com/a?b=1", Kind: record.SourceURL, URL: "https://example.com/a?b=1", Format: FormatAuto},
		{ID: "HTTP://EXAMPLE.COM/", Kind: record.SourceURL, URL: "HTTP://EXAMPLE.COM/", Format: FormatAuto},
		{ID: "http://", Kind: record.SourceURL, Err: "fetch: bad URL: no host"},
		{ID: "ftp://example.com/x", Kind: record.SourceURL, Err: `fetch: bad URL: scheme "ftp" is not http or https`},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestExpandFormats(t *testing.T) {
	dir := t.TempDir()
	txt := writeFile(t, filepath.Join(dir, "a.txt"), []byte(`{"id":"x","text":"y"}`+"\n"))
	jl := writeFile(t, filepath.Join(dir, "b.jsonl"), []byte(`{"id":"z","url":"https://example.com/z"}`))
	tests := []struct {
		format string
		args   []string
		want   []brief
	}{
		{FormatText, []string{txt, jl, "https://example.com/"}, []brief{
			{ID: txt, Kind: record.SourceFile, Path: txt, Format: FormatText},
			{ID: jl, Kind: record.SourceFile, Path: jl, Format: FormatText},
			{ID: "https://example.com/", Kind: record.SourceURL, URL: "https://example.com/", Format: FormatText},
		}},
		{"HTML", []string{txt}, []brief{
			{ID: txt, Kind: record.SourceFile, Path: txt, Format: FormatHTML},
		}},
		{FormatJSONL, []string{txt, jl, "https://example.com/"}, []brief{
			{ID: "x", Kind: record.SourceJSONL, Format: FormatText, Data: "y"},
			{ID: "z", Kind: record.SourceJSONL, URL: "https://example.com/z", Format: FormatAuto},
			{ID: "https://example.com/", Kind: record.SourceURL, Err: "fetch: JSON Lines are not read from URLs; download the file and pass its path"},
		}},
		{"", []string{jl}, []brief{
			{ID: "z", Kind: record.SourceJSONL, URL: "https://example.com/z", Format: FormatAuto},
		}},
		{"yaml", []string{txt}, []brief{
			{ID: txt, Kind: record.SourceFile, Err: `read: unknown input format "yaml" (want auto, text, html or jsonl)`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got := briefs(collect(Expand(t.Context(), tt.args, Options{Format: tt.format})))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sources (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExpandStdin(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		format   string
		maxBytes int64
		want     []brief
	}{
		{"text", "Two people were killed.\n", "", 0, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatAuto, Data: "Two people were killed.\n"}}},
		{"html stays auto for Load to sniff", "<p>x</p>", "", 0, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatAuto, Data: "<p>x</p>"}}},
		{"empty", "", "", 0, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatAuto, Data: ""}}},
		{"jsonl sniffed", "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n", "", 0, []brief{
			{ID: "a", Kind: record.SourceJSONL, Format: FormatText, Data: "one"},
			{ID: "b", Kind: record.SourceJSONL, Format: FormatText, Data: "two"}}},
		{"jsonl sniffed after BOM and blank lines", "\xEF\xBB\xBF\r\n\n  \t{\"id\":\"a\",\"text\":\"one\"}\r\n", "", 0, []brief{
			{ID: "a", Kind: record.SourceJSONL, Format: FormatText, Data: "one"}}},
		{"text starting with a bracket", "[Reuters] {not json}", "", 0, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatAuto, Data: "[Reuters] {not json}"}}},
		{"text format does not sniff", "{\"id\":\"a\",\"text\":\"one\"}", FormatText, 0, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatText, Data: "{\"id\":\"a\",\"text\":\"one\"}"}}},
		{"jsonl format", "\n{\"id\":\"a\",\"html\":\"<p>x</p>\"}", FormatJSONL, 0, []brief{
			{ID: "a", Kind: record.SourceJSONL, Format: FormatHTML, Data: "<p>x</p>"}}},
		{"jsonl format on text gives errors", "plain\ntext\n", FormatJSONL, 0, []brief{
			{ID: "-:1", Kind: record.SourceJSONL, Err: "decode: line 1 of standard input: invalid JSON: invalid character 'p' looking for beginning of value"},
			{ID: "-:2", Kind: record.SourceJSONL, Err: "decode: line 2 of standard input: invalid JSON: invalid character 'e' in literal true (expecting 'r')"}}},
		{"over the cap", "123456", "", 5, []brief{
			{ID: "-", Kind: record.SourceStdin, Err: "too_large: standard input exceeds 5 bytes"}}},
		{"at the cap", "12345", "", 5, []brief{
			{ID: "-", Kind: record.SourceStdin, Format: FormatAuto, Data: "12345"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(collect(Expand(t.Context(), []string{"-"}, Options{Format: tt.format, MaxBytes: tt.maxBytes, Stdin: strings.NewReader(tt.in)})))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sources (-want +got):\n%s", diff)
			}
		})
	}
	got := briefs(collect(Expand(t.Context(), []string{"-"}, Options{})))
	if len(got) != 1 || got[0].Err != "read: no standard input" {
		t.Errorf("nil Stdin: %+v", got)
	}
}

func TestExpandJSONLLines(t *testing.T) {
	lines := []string{
		`{"id":"ok1","text":"First.","title":" A title ","published":"2024-05-01"}`,
		`not json at all`,
		`{"text":"no id here"}`,
		`{"id":"both","text":"x","html":"<p>x</p>"}`,
		`{}`,
		``,
		`   `,
		`[1,2,3]`,
		`null`,
		`{"id":"three","text":"a","html":"b","url":"https://example.com/"}`,
		`{"id":"none","title":"only a title"}`,
		`{"id":"nulls","text":null,"html":"<p>h</p>","title":null}`,
		`{"id":7,"html":"<p>seven</p>","date":"2024-01-02"}`,
		`{"id":"pub-wins","text":"t","published":"2024-02-02","date":"1999-01-01"}`,
		`{"id":"badtype","text":5}`,
		`{"id":"badtitle","text":"t","title":["x"]}`,
		`{"id":true,"text":"t"}`,
		`{"id":"u1","url":"https://example.com/story?id=1"}`,
		`{"id":"u2","url":"mailto:someone@example.com"}`,
		`{"id":"trunc","text":"unterminated`,
		`{"id":"last","text":"no newline at the end"}`,
	}
	in := strings.Join(lines, "\n")
	srcs := collect(Expand(t.Context(), []string{"-"}, Options{Format: FormatJSONL, Stdin: strings.NewReader(in)}))
	got := briefs(srcs)
	jl := func(id, format, data string) brief {
		return brief{ID: id, Kind: record.SourceJSONL, Format: format, Data: data}
	}
	bad := func(id, kind, msg string) brief {
		return brief{ID: id, Kind: record.SourceJSONL, Err: kind + ": " + msg}
	}
	want := []brief{
		jl("ok1", FormatText, "First."),
		bad("-:2", "decode", "line 2 of standard input: invalid JSON: invalid character 'o' in literal null (expecting 'u')"),
		bad("-:3", "decode", `line 3 of standard input: no "id"`),
		bad("both", "decode", `line 4 of standard input: has "text" and "html"; give exactly one of "text", "html" or "url"`),
		bad("-:5", "decode", `line 5 of standard input: no "id"`),
		bad("-:8", "decode", "line 8 of standard input: not a JSON object (found array)"),
		bad("-:9", "decode", "line 9 of standard input: not a JSON object (found null)"),
		bad("three", "decode", `line 10 of standard input: has "text", "html" and "url"; give exactly one of "text", "html" or "url"`),
		bad("none", "decode", `line 11 of standard input: needs one of "text", "html" or "url"`),
		jl("nulls", FormatHTML, "<p>h</p>"),
		jl("7", FormatHTML, "<p>seven</p>"),
		jl("pub-wins", FormatText, "t"),
		bad("badtype", "decode", `line 15 of standard input: "text" must be a string`),
		bad("badtitle", "decode", `line 16 of standard input: "title" must be a string`),
		bad("-:17", "decode", `line 17 of standard input: "id" must be a string or a number`),
		{ID: "u1", Kind: record.SourceJSONL, URL: "https://example.com/story?id=1", Format: FormatAuto},
		bad("u2", "fetch", `line 19 of standard input: bad URL: scheme "mailto" is not http or https`),
		bad("-:20", "decode", "line 20 of standard input: invalid JSON: unexpected end of JSON input"),
		jl("last", FormatText, "no newline at the end"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	byID := map[string]Source{}
	for _, s := range srcs {
		byID[s.ID] = s
		if s.Record.Kind != record.SourceJSONL || s.Record.Path != "-" {
			t.Errorf("%s: Record = %+v, want kind jsonl, path -", s.ID, s.Record)
		}
	}
	if s := byID["ok1"]; s.Title != "A title" || s.Published != "2024-05-01" {
		t.Errorf("ok1 metadata: title %q, published %q", s.Title, s.Published)
	}
	if s := byID["7"]; s.Published != "2024-01-02" || s.Title != "" {
		t.Errorf("date fallback: published %q, title %q", s.Published, s.Title)
	}
	if s := byID["pub-wins"]; s.Published != "2024-02-02" {
		t.Errorf("published should win over date: %q", s.Published)
	}
	if s := byID["u1"]; s.Record.URL != "https://example.com/story?id=1" {
		t.Errorf("url line Record = %+v", s.Record)
	}
	if s := byID["u2"]; s.Record.URL != "mailto:someone@example.com" {
		t.Errorf("bad url line Record = %+v", s.Record)
	}
}

func TestExpandJSONLLongLines(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("x", 300) + `"}`
	atCap := `{"id":"cap","text":"` + strings.Repeat("y", 100-len(`{"id":"cap","text":""}`)) + `"}`
	in := strings.Join([]string{`{"id":"a","text":"before"}`, long, atCap + "\r", strings.Repeat(" ", 500), `{"id":"b","text":"after"}`}, "\n")
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "x.jsonl"), []byte(in))
	got := briefs(collect(Expand(t.Context(), []string{path}, Options{MaxBytes: 100})))
	want := []brief{
		{ID: "a", Kind: record.SourceJSONL, Format: FormatText, Data: "before"},
		{ID: path + ":2", Kind: record.SourceJSONL, Err: "too_large: line 2 of " + path + " exceeds 100 bytes"},
		{ID: "cap", Kind: record.SourceJSONL, Format: FormatText, Data: strings.Repeat("y", 100-len(`{"id":"cap","text":""}`))},
		{ID: path + ":4", Kind: record.SourceJSONL, Err: "too_large: line 4 of " + path + " exceeds 100 bytes"},
		{ID: "b", Kind: record.SourceJSONL, Format: FormatText, Data: "after"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	// A line far longer than the read buffer is skipped without being held.
	huge := strings.Repeat("z", 3*peekLimit)
	got = briefs(collect(Expand(t.Context(), []string{"-"}, Options{MaxBytes: 1000, Format: FormatJSONL,
		Stdin: strings.NewReader(huge + "\n" + `{"id":"ok","text":"fine"}`)})))
	want = []brief{
		{ID: "-:1", Kind: record.SourceJSONL, Err: "too_large: line 1 of standard input exceeds 1000 bytes"},
		{ID: "ok", Kind: record.SourceJSONL, Format: FormatText, Data: "fine"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("huge line (-want +got):\n%s", diff)
	}
}

// errReader fails after its data.
type errReader struct {
	data string
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestExpandJSONLReadError(t *testing.T) {
	r := &errReader{data: `{"id":"a","text":"x"}` + "\n", err: fmt.Errorf("device unplugged")}
	got := briefs(collect(Expand(t.Context(), []string{"-", "https://example.com/next"}, Options{Stdin: r})))
	want := []brief{
		{ID: "a", Kind: record.SourceJSONL, Format: FormatText, Data: "x"},
		{ID: "-:2", Kind: record.SourceJSONL, Err: "read: reading standard input: device unplugged"},
		{ID: "https://example.com/next", Kind: record.SourceURL, URL: "https://example.com/next", Format: FormatAuto},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// TestExpandStreamsJSONL feeds 100,000 lines through a pipe and checks that
// every one arrives and that the reader never runs far ahead of the
// consumer: at any point the lines written but not yet yielded must fit in
// the read buffer, so the stream is never held in memory.
func TestExpandStreamsJSONL(t *testing.T) {
	const n = 100_000
	pr, pw := io.Pipe()
	var written atomic.Int64
	go func() {
		// io.Pipe returns from Write only once the reader has taken all
		// the bytes, so after each Write, written counts lines Expand has
		// pulled in. Lines go over in batches of 64.
		var batch []byte
		for i := range n {
			batch = fmt.Appendf(batch, `{"id":"n%d","text":"Line number %d of the stream."}`+"\n", i, i)
			if (i+1)%64 == 0 || i == n-1 {
				if _, err := pw.Write(batch); err != nil {
					return
				}
				written.Store(int64(i + 1))
				batch = batch[:0]
			}
		}
		pw.Close()
	}()
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	count, maxLag := 0, int64(0)
	for s := range Expand(t.Context(), []string{"-"}, Options{Stdin: pr}) {
		if s.Err != nil {
			t.Fatalf("source %d: %+v", count, s.Err)
		}
		if want := fmt.Sprintf("n%d", count); s.ID != want {
			t.Fatalf("source %d has id %q, want %q", count, s.ID, want)
		}
		count++
		if lag := written.Load() - int64(count); lag > maxLag {
			maxLag = lag
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if count != n {
		t.Fatalf("got %d sources, want %d", count, n)
	}
	// ~60-byte lines: the 64 KiB read buffer holds about 1,100 of them,
	// plus one batch in flight.
	if maxLag > 1300 {
		t.Errorf("the reader ran %d lines ahead of the consumer; it should stream", maxLag)
	}
	t.Logf("%d lines in %s, reader at most %d lines ahead, live heap %+d KiB",
		n, time.Since(start).Round(time.Millisecond), maxLag, (int64(after.HeapAlloc)-int64(before.HeapAlloc))/1024)
}

func TestExpandStopsEarly(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("d/%d.txt", i)), []byte("x"))
	}
	var lines strings.Builder
	for i := range 5 {
		fmt.Fprintf(&lines, `{"id":"%d","text":"x"}`+"\n", i)
	}
	jl := writeFile(t, filepath.Join(dir, "f.jsonl"), []byte(lines.String()))
	args := []string{filepath.Join(dir, "d"), jl, "-", "https://example.com/"}
	// Break after every possible position: the sequence must stop cleanly
	// (a yield after a false return would panic in range-over-func).
	total := len(collect(Expand(t.Context(), args, Options{Stdin: strings.NewReader(lines.String())})))
	if total != 16 {
		t.Fatalf("total = %d, want 16", total)
	}
	for stop := 1; stop <= total; stop++ {
		seen := 0
		for range Expand(t.Context(), args, Options{Stdin: strings.NewReader(lines.String())}) {
			seen++
			if seen == stop {
				break
			}
		}
		if seen != stop {
			t.Errorf("stop at %d: saw %d", stop, seen)
		}
	}

	// An endless stdin stream: breaking out must return, not drain it.
	pr, pw := io.Pipe()
	defer pr.Close()
	go func() {
		for i := 0; ; i++ {
			if _, err := fmt.Fprintf(pw, `{"id":"%d","text":"x"}`+"\n", i); err != nil {
				return
			}
		}
	}()
	seen := 0
	for range Expand(t.Context(), []string{"-"}, Options{Stdin: pr}) {
		seen++
		if seen == 10 {
			break
		}
	}
	if seen != 10 {
		t.Errorf("endless stream: saw %d", seen)
	}
}

func TestExpandContextCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 10 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte("x"))
	}
	ctx, cancel := context.WithCancel(t.Context())
	seen := 0
	for range Expand(ctx, []string{dir, "https://example.com/"}, Options{}) {
		seen++
		if seen == 3 {
			cancel()
		}
	}
	if seen != 3 {
		t.Errorf("saw %d sources, want 3 (nothing after the cancellation)", seen)
	}
	ctx, cancel = context.WithCancel(t.Context())
	cancel()
	if n := len(collect(Expand(ctx, []string{"-"}, Options{Stdin: strings.NewReader("x")}))); n != 0 {
		t.Errorf("cancelled before: %d sources", n)
	}
}

func TestExpandUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("x"))
	locked := filepath.Join(dir, "b-locked")
	writeFile(t, filepath.Join(locked, "hidden.txt"), []byte("x"))
	lockedJSONL := writeFile(t, filepath.Join(dir, "c.jsonl"), []byte(`{"id":"x","text":"y"}`))
	writeFile(t, filepath.Join(dir, "d.txt"), []byte("x"))
	for _, p := range []string{locked, lockedJSONL} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		os.Chmod(locked, 0o755)
		os.Chmod(lockedJSONL, 0o644)
	})
	if f, err := os.Open(lockedJSONL); err == nil {
		f.Close()
		t.Skip("running with privileges that read mode-000 files (root?)")
	}
	got := briefs(collect(Expand(t.Context(), []string{dir}, Options{})))
	want := []brief{
		{ID: filepath.Join(dir, "a.txt"), Kind: record.SourceFile, Path: filepath.Join(dir, "a.txt"), Format: FormatAuto},
		{ID: locked, Kind: record.SourceFile, Err: "read: " + locked + ": permission denied"},
		{ID: lockedJSONL, Kind: record.SourceJSONL, Err: "read: " + lockedJSONL + ": permission denied"},
		{ID: filepath.Join(dir, "d.txt"), Kind: record.SourceFile, Path: filepath.Join(dir, "d.txt"), Format: FormatAuto},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestExpandSymlinks(t *testing.T) {
	dir := t.TempDir()
	target := writeFile(t, filepath.Join(t.TempDir(), "real.txt"), []byte("x"))
	otherDir := t.TempDir()
	writeFile(t, filepath.Join(otherDir, "inner.txt"), []byte("x"))
	for _, l := range []struct{ old, new string }{
		{target, "a-link.txt"},
		{otherDir, "b-dirlink.txt"},
		{filepath.Join(dir, "gone"), "c-dangling.txt"},
		{filepath.Join(dir, "gone"), "d-dangling.pdf"},
	} {
		if err := os.Symlink(l.old, filepath.Join(dir, l.new)); err != nil {
			t.Skipf("symlinks not available: %v", err)
		}
	}
	var skipped []string
	got := briefs(collect(Expand(t.Context(), []string{dir}, Options{Verbose: func(m string) { skipped = append(skipped, m) }})))
	p := func(name string) string { return filepath.Join(dir, name) }
	want := []brief{
		{ID: p("a-link.txt"), Kind: record.SourceFile, Path: p("a-link.txt"), Format: FormatAuto},
		{ID: p("c-dangling.txt"), Kind: record.SourceFile, Err: "read: " + p("c-dangling.txt") + ": no such file or directory"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	wantSkipped := []string{
		"skipping " + p("b-dirlink.txt") + ": symbolic link to a directory (not followed)",
		"skipping " + p("d-dangling.pdf") + ": not a supported extension",
	}
	if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
		t.Errorf("verbose (-want +got):\n%s", diff)
	}
}

func TestExpandSymlinkedRoot(t *testing.T) {
	real := t.TempDir()
	writeFile(t, filepath.Join(real, "a.txt"), []byte("x"))
	writeFile(t, filepath.Join(real, "sub/b.md"), []byte("x"))
	link := filepath.Join(t.TempDir(), "linked")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("symlinks not available: %v", err)
	}
	var ids []string
	for s := range Expand(t.Context(), []string{link}, Options{}) {
		ids = append(ids, s.ID)
	}
	want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub/b.md")}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

// Sources from Expand load: the two halves agree on formats.
func TestExpandThenLoad(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.html"), []byte("<p>Café</p>"))
	writeFile(t, filepath.Join(dir, "b.jsonl"), []byte(`{"id":"j","html":"<meta charset=\"koi8-r\"><p>Привет</p>","title":"T"}`+"\n"+`{"id":"k","text":"Plain"}`))
	type loaded struct {
		ID, Text string
		HTML     bool
	}
	var got []loaded
	for src := range Expand(t.Context(), []string{dir, "-"}, Options{Stdin: strings.NewReader("caf\xe9 cr\xe8me")}) {
		doc, err := Load(t.Context(), src, nil, 0)
		if err != nil {
			t.Fatalf("%s: %+v", src.ID, err)
		}
		got = append(got, loaded{src.ID, doc.Text, doc.HTML})
	}
	want := []loaded{
		{filepath.Join(dir, "a.html"), "<p>Café</p>", true},
		{"j", `<meta charset="koi8-r"><p>Привет</p>`, true},
		{"k", "Plain", false},
		{"-", "café crème", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
