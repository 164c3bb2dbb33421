package input

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsx/newsx/extract/record"
	"golang.org/x/text/encoding/unicode"
)

func writeFile(t testing.TB, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var pngHeader = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		file     string // name under dir
		data     []byte
		format   string
		maxBytes int64
		wantText string
		wantHTML bool
		wantWarn string // kind of the one expected warning
		wantErr  *record.Error
	}{
		{name: "text file", file: "a.txt", data: []byte("Two people were killed."), wantText: "Two people were killed."},
		{name: "html by extension", file: "a.html", data: []byte("Just words."), wantText: "Just words.", wantHTML: true},
		{name: "htm upper case", file: "B.HTM", data: []byte("x"), wantText: "x", wantHTML: true},
		{name: "txt with markup stays text", file: "b.txt", data: []byte("<p>quoted markup</p>"), wantText: "<p>quoted markup</p>"},
		{name: "unknown extension is sniffed", file: "page", data: []byte("<!doctype html><p>x</p>"), wantText: "<!doctype html><p>x</p>", wantHTML: true},
		{name: "unknown extension plain", file: "notes.log", data: []byte("plain words"), wantText: "plain words"},
		{name: "format text overrides extension", file: "c.html", data: []byte("<p>x</p>"), format: FormatText, wantText: "<p>x</p>"},
		{name: "format html overrides extension", file: "c.txt", data: []byte("x"), format: FormatHTML, wantText: "x", wantHTML: true},
		{name: "meta charset in html file", file: "m.html", data: []byte(`<meta charset="windows-1251"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2"),
			wantText: `<meta charset="windows-1251"><p>Привет`, wantHTML: true},
		{name: "latin-1 text", file: "l.txt", data: []byte("Caf\xe9 in Li\xe8ge."), wantText: "Café in Liège."},
		{name: "utf-16 file with BOM", file: "u.txt", data: mustUTF16(t, "Crème – 東京"), wantText: "Crème – 東京"},
		{name: "truncated utf-8 at the end", file: "t.txt", data: []byte("Zürich reported \xe2\x80"),
			wantText: "Zürich reported \uFFFD\uFFFD", wantWarn: record.WarnInvalidUTF8},
		{name: "text starting with BM is not a bitmap", file: "bmw.txt", data: []byte("BMW recalled 3,000 cars."), wantText: "BMW recalled 3,000 cars."},
		{name: "escape codes are text", file: "ansi.txt", data: []byte("\x1b[1mBold\x1b[0m headline"), wantText: "\x1b[1mBold\x1b[0m headline"},
		{name: "empty file", file: "empty.txt", data: nil,
			wantErr: &record.Error{Kind: record.ErrEmpty, Message: "empty input (0 bytes)"}},
		{name: "whitespace only", file: "ws.txt", data: []byte(" \n\t\r\n \u00a0 "),
			wantErr: &record.Error{Kind: record.ErrEmpty, Message: "input holds only whitespace (9 bytes)"}},
		{name: "utf-8 BOM only", file: "bom.txt", data: []byte("\xEF\xBB\xBF\n"),
			wantErr: &record.Error{Kind: record.ErrEmpty, Message: "input holds only whitespace (4 bytes)"}},
		{name: "png", file: "pic.txt", data: pngHeader,
			wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (image/png)"}},
		{name: "pdf", file: "doc.html", data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
			wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (application/pdf)"}},
		{name: "nul bytes", file: "nul.txt", data: []byte("text\x00with\x00nuls"),
			wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (NUL bytes)"}},
		{name: "control bytes", file: "ctl.txt", data: []byte("a\x01\x02\x03b\x04\x05c\x06\x07d"),
			wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (63% control bytes)"}},
		{name: "over the cap", file: "big.txt", data: bytes.Repeat([]byte("a"), 11), maxBytes: 10,
			wantErr: &record.Error{Kind: record.ErrTooLarge, Message: "file exceeds 10 bytes"}},
		{name: "exactly the cap", file: "cap.txt", data: bytes.Repeat([]byte("a"), 10), maxBytes: 10, wantText: "aaaaaaaaaa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, tt.file), tt.data)
			src := Source{ID: path, Record: record.Source{Kind: record.SourceFile, Path: path}, Path: path, Format: tt.format}
			doc, err := Load(t.Context(), src, nil, tt.maxBytes)
			checkLoad(t, doc, err, tt.wantText, tt.wantHTML, tt.wantWarn, tt.wantErr)
		})
	}
}

func mustUTF16(t testing.TB, s string) []byte {
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func checkLoad(t *testing.T, doc *Document, err *record.Error, text string, html bool, warn string, wantErr *record.Error) {
	t.Helper()
	if wantErr != nil {
		if err == nil || *err != *wantErr {
			t.Fatalf("err = %+v, want %+v", err, wantErr)
		}
		if doc != nil {
			t.Errorf("doc = %+v alongside an error", doc)
		}
		return
	}
	if err != nil {
		t.Fatalf("err = %+v", err)
	}
	if doc.Text != text {
		t.Errorf("text = %q, want %q", doc.Text, text)
	}
	if doc.HTML != html {
		t.Errorf("HTML = %v, want %v", doc.HTML, html)
	}
	var kinds []string
	for _, w := range doc.Warnings {
		kinds = append(kinds, w.Kind)
	}
	if want := []string{warn}; warn == "" && len(kinds) != 0 || warn != "" && (len(kinds) != 1 || kinds[0] != want[0]) {
		t.Errorf("warnings = %v, want %q", doc.Warnings, warn)
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.txt")
	_, err := Load(t.Context(), Source{ID: missing, Path: missing}, nil, 0)
	if err == nil || err.Kind != record.ErrRead || err.Message != missing+": no such file or directory" {
		t.Errorf("missing file: err = %+v", err)
	}
	_, err = Load(t.Context(), Source{ID: dir, Path: dir}, nil, 0)
	if err == nil || err.Kind != record.ErrRead || err.Message != dir+": is a directory" {
		t.Errorf("directory: err = %+v", err)
	}

	locked := writeFile(t, filepath.Join(dir, "locked.txt"), []byte("secret"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o644) })
	if f, oerr := os.Open(locked); oerr == nil {
		f.Close()
		t.Log("running with privileges that read mode-000 files; skipping the unreadable-file case")
	} else {
		_, err = Load(t.Context(), Source{ID: locked, Path: locked}, nil, 0)
		if err == nil || err.Kind != record.ErrRead || !strings.Contains(err.Message, "permission denied") {
			t.Errorf("unreadable file: err = %+v", err)
		}
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	ok := writeFile(t, filepath.Join(dir, "ok.txt"), []byte("fine"))
	if _, err = Load(ctx, Source{ID: ok, Path: ok}, nil, 0); err == nil || err.Kind != record.ErrRead {
		t.Errorf("cancelled context: err = %+v", err)
	}
}

func TestLoadData(t *testing.T) {
	tests := []struct {
		name     string
		src      Source
		maxBytes int64
		wantText string
		wantHTML bool
		wantWarn string
		wantErr  *record.Error
	}{
		{name: "stdin text", src: Source{ID: "-", Data: []byte("Plain words.")}, wantText: "Plain words."},
		{name: "stdin html sniffed", src: Source{ID: "-", Data: []byte("<html><body>x</body></html>")}, wantText: "<html><body>x</body></html>", wantHTML: true},
		{name: "stdin forced text", src: Source{ID: "-", Data: []byte("<p>x</p>"), Format: FormatText}, wantText: "<p>x</p>"},
		{name: "stdin latin-1 html with meta", src: Source{ID: "-", Data: []byte("<meta charset=iso-8859-1><p>caf\xe9 \x93x\x94")},
			wantText: "<meta charset=iso-8859-1><p>café “x”", wantHTML: true},
		{name: "stdin invalid utf-8", src: Source{ID: "-", Data: []byte("Genève \xff")}, wantText: "Genève \uFFFD", wantWarn: record.WarnInvalidUTF8},
		{name: "stdin over the cap", src: Source{ID: "-", Data: []byte("12345")}, maxBytes: 4,
			wantErr: &record.Error{Kind: record.ErrTooLarge, Message: "input exceeds 4 bytes"}},
		{name: "stdin empty", src: Source{ID: "-", Data: []byte{}},
			wantErr: &record.Error{Kind: record.ErrEmpty, Message: "empty input (0 bytes)"}},
		{name: "jsonl html is not decoded again",
			src:      Source{ID: "a", Record: record.Source{Kind: record.SourceJSONL}, Data: []byte(`<meta charset="windows-1252"><p>Zürich`), Format: FormatHTML},
			wantText: `<meta charset="windows-1252"><p>Zürich`, wantHTML: true},
		{name: "jsonl empty text",
			src:     Source{ID: "b", Record: record.Source{Kind: record.SourceJSONL}, Data: []byte{}, Format: FormatText},
			wantErr: &record.Error{Kind: record.ErrEmpty, Message: "empty input (0 bytes)"}},
		{name: "known error passes through",
			src:     Source{ID: "x", Err: &record.Error{Kind: record.ErrDecode, Message: "line 3 of - : invalid JSON"}},
			wantErr: &record.Error{Kind: record.ErrDecode, Message: "line 3 of - : invalid JSON"}},
		{name: "url without fetcher", src: Source{ID: "u", URL: "https://example.com/"},
			wantErr: &record.Error{Kind: record.ErrFetch, Message: "fetching URLs is disabled (no fetcher configured)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Load(t.Context(), tt.src, nil, tt.maxBytes)
			checkLoad(t, doc, err, tt.wantText, tt.wantHTML, tt.wantWarn, tt.wantErr)
			if err == nil && (doc.ContentType != "" || doc.URL != "") {
				t.Errorf("ContentType %q, URL %q for a non-URL source", doc.ContentType, doc.URL)
			}
		})
	}
}

func TestLoadURL(t *testing.T) {
	srv, _ := server(t, func(w http.ResponseWriter, r *http.Request, n int) {
		h := w.Header()
		switch r.URL.Path {
		case "/article":
			h.Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<p>Kharkiv – 2 killed</p>")
		case "/moved":
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
		case "/plain":
			h.Set("Content-Type", "text/plain")
			fmt.Fprint(w, "<p>markup in a text/plain body stays text</p>")
		case "/xhtml":
			h.Set("Content-Type", "application/xhtml+xml")
			fmt.Fprint(w, "no tags at all")
		case "/untyped":
			h["Content-Type"] = nil // stop net/http from sniffing one
			fmt.Fprint(w, "<div>untyped markup</div>")
		case "/generic":
			h.Set("Content-Type", "application/unknown")
			fmt.Fprint(w, "just words")
		case "/latin1":
			h.Set("Content-Type", "text/html; charset=ISO-8859-1")
			w.Write([]byte("<p>\x93Caf\xe9\x94 \x96 Li\xe8ge</p>"))
		case "/mislabelled":
			h.Set("Content-Type", "text/html; charset=ISO-8859-1")
			fmt.Fprint(w, "<p>Café in Liège</p>")
		case "/meta":
			h.Set("Content-Type", "text/html")
			w.Write([]byte(`<meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4"))
		case "/pdf":
			h.Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4 whatever")
		case "/octet":
			h.Set("Content-Type", "application/octet-stream")
			fmt.Fprint(w, "bytes")
		case "/image":
			h.Set("Content-Type", "image/jpeg")
			fmt.Fprint(w, "bytes")
		case "/png-untyped":
			h["Content-Type"] = nil
			w.Write(pngHeader)
		case "/big":
			h.Set("Content-Type", "text/plain")
			w.Write(bytes.Repeat([]byte("a"), 200))
		case "/gzip":
			h.Set("Content-Type", "text/plain; charset=utf-8")
			h.Set("Content-Encoding", "gzip")
			w.Write(gzipped(t, "Zipped – text"))
		case "/slow":
			waitOrDone(r)
		case "/empty":
			h.Set("Content-Type", "text/html")
		default:
			http.NotFound(w, r)
		}
	})
	f := &Fetcher{Backoff: time.Millisecond, Timeout: 100 * time.Millisecond, Retries: -1}
	tests := []struct {
		path     string
		maxBytes int64
		wantText string
		wantHTML bool
		wantCT   string
		wantURL  string // path of the final URL
		wantWarn string
		wantErr  *record.Error
	}{
		{path: "/article", wantText: "<p>Kharkiv – 2 killed</p>", wantHTML: true, wantCT: "text/html; charset=utf-8", wantURL: "/article"},
		{path: "/moved", wantText: "<p>Kharkiv – 2 killed</p>", wantHTML: true, wantCT: "text/html; charset=utf-8", wantURL: "/article"},
		{path: "/plain", wantText: "<p>markup in a text/plain body stays text</p>", wantCT: "text/plain", wantURL: "/plain"},
		{path: "/xhtml", wantText: "no tags at all", wantHTML: true, wantCT: "application/xhtml+xml", wantURL: "/xhtml"},
		{path: "/untyped", wantText: "<div>untyped markup</div>", wantHTML: true, wantURL: "/untyped"},
		{path: "/generic", wantText: "just words", wantCT: "application/unknown", wantURL: "/generic"},
		{path: "/latin1", wantText: "<p>“Café” – Liège</p>", wantHTML: true, wantCT: "text/html; charset=ISO-8859-1", wantURL: "/latin1"},
		{path: "/mislabelled", wantText: "<p>Café in Liège</p>", wantHTML: true, wantCT: "text/html; charset=ISO-8859-1", wantURL: "/mislabelled", wantWarn: record.WarnEncoding},
		{path: "/meta", wantText: `<meta charset="koi8-r"><p>Привет`, wantHTML: true, wantCT: "text/html", wantURL: "/meta"},
		{path: "/gzip", wantText: "Zipped – text", wantCT: "text/plain; charset=utf-8", wantURL: "/gzip"},
		{path: "/pdf", wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (application/pdf)"}},
		{path: "/octet", wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (application/octet-stream)"}},
		{path: "/image", wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (image/jpeg)"}},
		{path: "/png-untyped", wantErr: &record.Error{Kind: record.ErrDecode, Message: "binary content (image/png)"}},
		{path: "/big", maxBytes: 100, wantErr: &record.Error{Kind: record.ErrTooLarge, Message: "body exceeds 100 bytes"}},
		{path: "/missing", wantErr: &record.Error{Kind: record.ErrFetch, Message: "404 Not Found"}},
		{path: "/slow", wantErr: &record.Error{Kind: record.ErrFetch, Message: "timed out after 100ms"}},
		{path: "/empty", wantErr: &record.Error{Kind: record.ErrEmpty, Message: "empty input (0 bytes)"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			t.Parallel()
			u := srv.URL + tt.path
			src := Source{ID: u, Record: record.Source{Kind: record.SourceURL, URL: u}, URL: u}
			doc, err := Load(t.Context(), src, f, tt.maxBytes)
			checkLoad(t, doc, err, tt.wantText, tt.wantHTML, tt.wantWarn, tt.wantErr)
			if err != nil {
				return
			}
			if doc.ContentType != tt.wantCT {
				t.Errorf("ContentType = %q, want %q", doc.ContentType, tt.wantCT)
			}
			if doc.URL != srv.URL+tt.wantURL {
				t.Errorf("URL = %q, want %q", doc.URL, srv.URL+tt.wantURL)
			}
		})
	}
}

func TestLoadURLCapIsTheSmaller(t *testing.T) {
	srv, _ := server(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Write(bytes.Repeat([]byte("a"), 50))
	})
	src := Source{ID: srv.URL, URL: srv.URL}
	// Fetcher cap below Load's cap.
	if _, err := Load(t.Context(), src, &Fetcher{MaxBytes: 20}, 1000); err == nil || err.Message != "body exceeds 20 bytes" {
		t.Errorf("fetcher cap: err = %+v", err)
	}
	// Load's cap below the fetcher's.
	if _, err := Load(t.Context(), src, &Fetcher{MaxBytes: 1000}, 30); err == nil || err.Message != "body exceeds 30 bytes" {
		t.Errorf("load cap: err = %+v", err)
	}
	if doc, err := Load(t.Context(), src, &Fetcher{}, 0); err != nil || len(doc.Text) != 50 {
		t.Errorf("default caps: %v, %+v", doc, err)
	}
}

func TestBinaryContentType(t *testing.T) {
	tests := []struct {
		ct   string
		want bool
	}{
		{"", false},
		{"text/html; charset=utf-8", false},
		{"text/plain", false},
		{"TEXT/MARKDOWN", false},
		{"application/xhtml+xml", false},
		{"application/rss+xml", false},
		{"application/json", false},
		{"application/ld+json", false},
		{"application/unknown", false},
		{"application/pdf", true},
		{"application/octet-stream", true},
		{"application/zip", true},
		{"application/msword", true},
		{"image/png", true},
		{"video/mp4", true},
		{"audio/mpeg", true},
		{"font/woff2", true},
		{"multipart/mixed; boundary=x", true},
	}
	for _, tt := range tests {
		if got := binaryContentType(tt.ct); got != tt.want {
			t.Errorf("binaryContentType(%q) = %v, want %v", tt.ct, got, tt.want)
		}
	}
}
