package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the testscript files' golden sections")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsx": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the user-visible flows in testdata/script/*.txtar: pipes,
// files, directories, URLs (served by httptest), bad flags.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			srv := httptest.NewServer(testHandler())
			env.Setenv("SERVER", srv.URL)
			env.Setenv("NO_COLOR", "1")
			env.Defer(srv.Close)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// expandenv FILE rewrites FILE with $VARS replaced from the
			// script's environment (e.g. the test server's address).
			"expandenv": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: expandenv FILE")
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(os.Expand(ts.ReadFile(args[0]), ts.Getenv)), 0o644))
			},
		},
	})
}

// testHandler serves the pages the scripts fetch.
func testHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><title>Dam breach floods valley | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta property="og:title" content="Dam breach floods valley">
<meta property="article:published_time" content="2025-05-04T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Dam breach floods valley</h1>
<p>A dam upstream of the town of Hollin gave way before dawn on Sunday, sending a wall of water through three villages, the regional governor said.</p>
<p>Rescue teams reached the worst-hit village by boat, and officials said the number of people unaccounted for was still rising by the afternoon.</p>
</article><footer>Copyright Test Wire. All rights reserved.</footer></body></html>`)
	})
	mux.HandleFunc("/brief.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Fire crews contained a blaze at a warehouse in the port district on Tuesday, the city council said.\n")
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such story", http.StatusNotFound)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n\x00\x01\x02binary"))
	})
	mux.HandleFunc("/gzipped.html", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		fmt.Fprint(zw, "<html><head><title>Compressed</title></head><body><article><p>The compressed page arrived intact, with every word of its single paragraph readable after decompression.</p></article></body></html>")
		zw.Close()
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	return mux
}

func testStreams(stdin string) (streams, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return streams{In: strings.NewReader(stdin), Out: &out, Err: &errb, getenv: func(string) string { return "" }}, &out, &errb
}

// TestExitCodes checks the exact exit status of representative runs,
// in-process (testscript's "! exec" only tells zero from non-zero).
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Flood waters rose across the delta on Monday, officials said, and schools were closed.\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		// records is the number of JSON lines expected on stdout.
		records int
		stderr  string
	}{
		{"one good file", []string{"extract", good}, "", exitOK, 1, ""},
		{"stdin text", []string{"extract"}, "Two ferries collided off the coast on Friday, the coast guard said.", exitOK, 1, ""},
		{"good and missing", []string{"extract", good, filepath.Join(dir, "nope.txt")}, "", exitInputFailed, 2, "nope.txt"},
		{"empty file", []string{"extract", empty}, "", exitInputFailed, 1, "empty"},
		{"text command", []string{"text", good}, "", exitOK, 1, ""},
		{"unknown flag", []string{"extract", "--bogus", good}, "", exitUsage, 0, "unknown flag"},
		{"bad input format", []string{"extract", "--input-format", "xml", good}, "", exitUsage, 0, "--input-format"},
		{"bad date", []string{"extract", "--date", "16/03/2025", good}, "", exitUsage, 0, "YYYY-MM-DD"},
		{"bad workers", []string{"extract", "--workers", "0", good}, "", exitUsage, 0, "--workers"},
		{"bad max-bytes", []string{"extract", "--max-bytes", "lots", good}, "", exitUsage, 0, "not a size"},
		{"stdin twice", []string{"extract", "-", "-"}, "x", exitUsage, 0, "only once"},
		{"unknown command", []string{"extrakt"}, "", exitUsage, 0, "unknown command"},
		{"no command", []string{}, "", exitUsage, 0, "Usage:"},
		{"version", []string{"version"}, "", exitOK, 0, ""},
		{"schema", []string{"schema"}, "", exitOK, 0, ""},
		{"schema takes no args", []string{"schema", "x"}, "", exitUsage, 0, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errb := testStreams(tt.stdin)
			code := run(context.Background(), tt.args, ios)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, tt.code, errb)
			}
			if tt.stderr != "" && !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr %q does not mention %q", errb, tt.stderr)
			}
			if tt.stderr == "" && errb.Len() > 0 {
				t.Errorf("unexpected stderr: %s", errb)
			}
			if len(tt.args) > 0 && (tt.args[0] == "extract" || tt.args[0] == "text") {
				lines := nonEmptyLines(out.String())
				if len(lines) != tt.records {
					t.Fatalf("%d records on stdout, want %d:\n%s", len(lines), tt.records, out)
				}
				for _, l := range lines {
					var rec map[string]any
					if err := json.Unmarshal([]byte(l), &rec); err != nil {
						t.Fatalf("stdout line is not JSON: %v\n%s", err, l)
					}
					if rec["schema_version"] != "1" {
						t.Errorf("schema_version = %v", rec["schema_version"])
					}
				}
			}
		})
	}
}

// TestFlagParsing checks that flags reach the options (runF stops before any
// work is done).
func TestFlagParsing(t *testing.T) {
	ios, _, _ := testStreams("")
	var got *extractOptions
	cmd := newExtractCmd(ios, func(o *extractOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--pretty=false", "--no-text", "--date", "2025-01-02", "--input-format", "jsonl",
		"--timeout", "3s", "--max-bytes", "2MiB", "-j", "3", "-q", "-v", "a.txt", "dir"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Pretty || !got.NoText || got.Date != "2025-01-02" || got.InputFormat != "jsonl" ||
		got.Timeout.String() != "3s" || got.MaxBytes != 2<<20 || got.Workers != 3 || !got.Quiet || !got.Verbose ||
		strings.Join(got.Inputs, ",") != "a.txt,dir" {
		t.Errorf("options not parsed: %+v", got)
	}
	// No inputs means standard input; --pretty defaults to on for a terminal.
	ios.outTTY = true
	cmd = newTextCmd(ios, func(o *extractOptions) error { got = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.Inputs, ",") != "-" || !got.Pretty || !got.TextOnly {
		t.Errorf("defaults wrong: %+v", got)
	}
}

func TestByteSize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"10MiB", 10 << 20, true}, {"500KB", 500000, true},
		{"2m", 2 << 20, true}, {"1.5GiB", 3 << 29, true}, {"12 kib", 12 << 10, true},
		{"0", 0, false}, {"-5", 0, false}, {"lots", 0, false}, {"", 0, false}, {"5XB", 0, false},
	} {
		var s byteSize
		err := s.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && int64(s) != tt.want) {
			t.Errorf("Set(%q) = %d, %v; want %d, ok=%v", tt.in, s, err, tt.want, tt.ok)
		}
	}
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// The progress bar appears on a terminal stderr for more than one input, and
// never with --quiet or for a single input.
func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 3 {
		f := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
		os.WriteFile(f, []byte("The harbour master said the port would reopen on Monday after the storm."), 0o644)
		files = append(files, f)
	}
	for _, tt := range []struct {
		name string
		args []string
		want bool
	}{
		{"several inputs", append([]string{"extract"}, files...), true},
		{"quiet", append([]string{"extract", "-q"}, files...), false},
		{"one input", []string{"extract", files[0]}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errb := testStreams("")
			ios.errTTY = true
			if code := run(context.Background(), tt.args, ios); code != exitOK {
				t.Fatalf("exit %d: %s", code, errb)
			}
			if got := strings.Contains(errb.String(), "extracting"); got != tt.want {
				t.Errorf("progress shown = %v, want %v; stderr %q", got, tt.want, errb)
			}
			if strings.Contains(out.String(), "extracting") {
				t.Error("progress leaked into stdout")
			}
		})
	}
}
