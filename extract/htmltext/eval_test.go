package htmltext

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// TestEvalSet writes one JSON line per page of an evaluation set, for
// scoring with the project's score_set.py:
//
//	NEWSX_EVAL_DIR=/work/shared/eval/trafilatura-eval NEWSX_EVAL_OUT=/tmp/out.jsonl \
//	    go test ./extract/htmltext -run TestEvalSet -v
//	python3 score_set.py --task html /tmp/out.jsonl /work/shared/eval/trafilatura-eval
//
// It is skipped unless NEWSX_EVAL_DIR is set. Pages that are not UTF-8 are
// decoded from the charset they declare (or one sniffed from the bytes).
func TestEvalSet(t *testing.T) {
	dir := os.Getenv("NEWSX_EVAL_DIR")
	if dir == "" {
		t.Skip("NEWSX_EVAL_DIR is not set")
	}
	out := os.Getenv("NEWSX_EVAL_OUT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "htmltext-eval.jsonl")
	}
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s/docs (%v)", dir, err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(raw) {
			e, _, _ := charset.DetermineEncoding(raw, "text/html")
			if raw, err = io.ReadAll(transform.NewReader(bytes.NewReader(raw), e.NewDecoder())); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		a, err := Extract(string(raw), "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rec := map[string]any{
			"id": strings.TrimSuffix(filepath.Base(name), ".html"), "text": a.Text,
			"title": a.Title, "site": a.Site, "lang": a.Lang, "published": a.Published,
			"authors": a.Authors, "canonical": a.Canonical, "truncated": a.Truncated,
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages written to %s", len(files), out)
}
