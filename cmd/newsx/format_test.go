package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFormats runs extract with each --format over a good and a failed
// input, in-process: every format gets every input (the failed one shown
// as failed), the exit status is 1 for the failure, and the output is what
// the format promises.
func TestFormats(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Flooding in Dhaka killed 14 people on Monday, the fire service said.\n"+
		"Officials in Sylhet said 3 more were missing.\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)

	run1 := func(t *testing.T, env map[string]string, tty bool, args ...string) (string, int) {
		t.Helper()
		ios, out, errb := testStreams("")
		ios.outTTY = tty
		ios.getenv = func(k string) string { return env[k] }
		code := run(context.Background(), append([]string{"extract", "--date", "2025-06-02"}, args...), ios)
		if code == exitUsage || code == exitInternal {
			t.Fatalf("exit %d: %s", code, errb)
		}
		return out.String(), code
	}

	t.Run("text", func(t *testing.T) {
		out, code := run1(t, nil, false, "--format", "text", good, empty)
		if code != exitInputFailed {
			t.Errorf("exit %d, want %d", code, exitInputFailed)
		}
		for _, want := range []string{"Dhaka", "14 people killed", "error (empty)"} {
			if !strings.Contains(out, want) {
				t.Errorf("text output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("colour written to a pipe:\n%q", out)
		}
	})

	t.Run("colour", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			env   map[string]string
			tty   bool
			flag  string
			color bool
		}{
			{"terminal", nil, true, "auto", true},
			{"pipe", nil, false, "auto", false},
			{"NO_COLOR on a terminal", map[string]string{"NO_COLOR": "1"}, true, "auto", false},
			{"empty NO_COLOR does not count", map[string]string{"NO_COLOR": ""}, true, "auto", true},
			{"never", nil, true, "never", false},
			{"always into a pipe", nil, false, "always", true},
		} {
			out, _ := run1(t, tc.env, tc.tty, "--format", "text", "--color", tc.flag, good)
			if got := strings.Contains(out, "\x1b["); got != tc.color {
				t.Errorf("%s: colour %v, want %v", tc.name, got, tc.color)
			}
		}
	})

	t.Run("geojson", func(t *testing.T) {
		out, code := run1(t, nil, false, "--format", "geojson", good, empty)
		if code != exitInputFailed {
			t.Errorf("exit %d, want %d", code, exitInputFailed)
		}
		var fc struct {
			Type     string `json:"type"`
			Features []struct {
				Type     string `json:"type"`
				Geometry struct {
					Type        string    `json:"type"`
					Coordinates []float64 `json:"coordinates"`
				} `json:"geometry"`
				Properties struct {
					Name       string            `json:"name"`
					Country    string            `json:"country"`
					Casualties []json.RawMessage `json:"casualties"`
				} `json:"properties"`
			} `json:"features"`
			Newsx struct {
				Articles int `json:"articles"`
				Failed   int `json:"failed"`
			} `json:"newsx"`
		}
		if err := json.Unmarshal([]byte(out), &fc); err != nil {
			t.Fatalf("not one JSON document: %v\n%s", err, out)
		}
		if fc.Type != "FeatureCollection" || fc.Newsx.Articles != 2 || fc.Newsx.Failed != 1 {
			t.Errorf("collection %+v", fc)
		}
		found := false
		for _, f := range fc.Features {
			if f.Properties.Name == "Dhaka" {
				found = true
				// Dhaka is at about 23.7 N, 90.4 E: [lon, lat]
				if c := f.Geometry.Coordinates; len(c) != 2 || c[0] < 89 || c[0] > 91 || c[1] < 23 || c[1] > 25 {
					t.Errorf("Dhaka at %v", c)
				}
				if f.Properties.Country != "BD" || len(f.Properties.Casualties) == 0 {
					t.Errorf("Dhaka properties %+v", f.Properties)
				}
			}
		}
		if !found {
			t.Errorf("no Dhaka feature:\n%s", out)
		}
	})

	t.Run("html", func(t *testing.T) {
		out, code := run1(t, nil, false, "--format", "html", good, empty)
		if code != exitInputFailed {
			t.Errorf("exit %d, want %d", code, exitInputFailed)
		}
		doc, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var marks, articles int
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "mark":
					marks++
				case "article":
					articles++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if !strings.HasPrefix(out, "<!DOCTYPE html>") || articles != 2 || marks == 0 {
			t.Errorf("page: doctype %v, %d articles, %d highlights", strings.HasPrefix(out, "<!DOCTYPE html>"), articles, marks)
		}
		if !bytes.HasSuffix(bytes.TrimSpace([]byte(out)), []byte("</html>")) {
			t.Errorf("page not closed")
		}
	})
}

func TestFormatUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"extract", "--format", "xml"}, "--format"},
		{[]string{"extract", "--color", "sometimes"}, "--color"},
		{[]string{"extract", "--format", "html", "--no-text"}, "--no-text"},
	} {
		ios, _, errb := testStreams("x")
		if code := run(context.Background(), tt.args, ios); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", tt.args, code, exitUsage)
		}
		if !strings.Contains(errb.String(), tt.msg) {
			t.Errorf("%v: stderr %q does not mention %s", tt.args, errb, tt.msg)
		}
	}
}
