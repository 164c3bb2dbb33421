package input

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/record"
	"golang.org/x/text/encoding/unicode"
)

func utf16(t testing.TB, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	type want struct {
		text  string
		warns []string // kind: message fragment
	}
	tests := []struct {
		name        string
		in          []byte
		contentType string
		html        bool
		want        want
	}{
		{"ascii", []byte("Two people were killed."), "", false, want{text: "Two people were killed."}},
		{"empty", nil, "", false, want{}},
		{"utf-8 stays", []byte("Kharkiv – Харків, café"), "", false, want{text: "Kharkiv – Харків, café"}},
		{"utf-8 BOM removed", []byte("\xEF\xBB\xBFcafé"), "", false, want{text: "café"}},
		{"utf-8 BOM beats Content-Type", []byte("\xEF\xBB\xBFcafé"), "text/plain; charset=windows-1251", false, want{text: "café"}},
		{"utf-16le BOM", utf16(t, "Crème brûlée – 東京", unicode.LittleEndian), "", false, want{text: "Crème brûlée – 東京"}},
		{"utf-16be BOM", utf16(t, "Crème brûlée – 東京", unicode.BigEndian), "text/html; charset=iso-8859-1", true, want{text: "Crème brûlée – 東京"}},
		{"content-type charset", []byte("\xcf\xf0\xe8\xe2\xe5\xf2"), "text/plain; charset=windows-1251", false, want{text: "Привет"}},
		{"content-type charset quoted", []byte("\xcf\xf0\xe8\xe2\xe5\xf2"), `text/plain; charset="Windows-1251"`, false, want{text: "Привет"}},
		{"content-type sloppy", []byte("caf\xe9"), "text/html; charset=latin1;;", false, want{text: "café"}},
		{"shift_jis", []byte("\x93\xfa\x96\x7b"), "text/plain; charset=Shift_JIS", false, want{text: "日本"}},
		{"meta charset", []byte(`<html><head><meta charset="koi8-r"></head><body>` + "\xf0\xd2\xc9\xd7\xc5\xd4</body>"), "", true,
			want{text: `<html><head><meta charset="koi8-r"></head><body>Привет</body>`}},
		{"meta charset ignored for text", []byte(`<meta charset="koi8-r">` + "\xf0\xd2"), "", false,
			want{text: `<meta charset="koi8-r">ðÒ`}},
		{"meta http-equiv", []byte(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"><p>` + "\x93quoted\x94 caf\xe9"), "", true,
			want{text: `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"><p>“quoted” café`}},
		{"meta content without http-equiv is ignored", []byte(`<meta name="x" content="charset=koi8-r"><p>` + "caf\xe9"), "", true,
			want{text: `<meta name="x" content="charset=koi8-r"><p>café`}},
		{"content-type beats meta", []byte(`<meta charset="windows-1252"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4"), "text/html; charset=koi8-r", true,
			want{text: `<meta charset="windows-1252"><p>Привет`}},
		{"meta utf-16 on ascii bytes means utf-8", []byte(`<meta charset="utf-16"><p>café`), "", true,
			want{text: `<meta charset="utf-16"><p>café`}},
		{"latin-1 without declaration", []byte("Caf\xe9 cr\xe8me, na\xefve \x96 \x93quoted\x94"), "", false,
			want{text: "Café crème, naïve – “quoted”"}},
		{"invalid utf-8 in declared utf-8", []byte("naïve caf\xff é"), "text/plain; charset=utf-8", false,
			want{text: "naïve caf\uFFFD é", warns: []string{"invalid_utf8: replaced 1 invalid UTF-8 byte with U+FFFD"}}},
		{"invalid utf-8 in meta utf-8", []byte("<meta charset=utf-8><p>naïve \x80\x81 é"), "", true,
			want{text: "<meta charset=utf-8><p>naïve \uFFFD\uFFFD é", warns: []string{"invalid_utf8: replaced 2 invalid UTF-8 bytes"}}},
		{"mostly utf-8 without declaration", []byte("Zürich, Genève, Košice \xff"), "", false,
			want{text: "Zürich, Genève, Košice \uFFFD", warns: []string{"invalid_utf8: replaced 1 invalid"}}},
		{"truncated utf-8 at the end", []byte("Two killed in Kharkiv \xe2\x80"), "", false,
			want{text: "Two killed in Kharkiv \uFFFD\uFFFD", warns: []string{"invalid_utf8: replaced 2 invalid UTF-8 bytes"}}},
		{"cut-off character after other utf-8", []byte("Zürich \xc3"), "", false,
			want{text: "Zürich \uFFFD", warns: []string{"invalid_utf8: replaced 1 invalid UTF-8 byte"}}},
		{"lone lead byte ending ascii text is latin-1", []byte("caf\xe9"), "", false, want{text: "café"}},
		{"unknown content-type charset", []byte("café"), "text/plain; charset=x-klingon", false,
			want{text: "café", warns: []string{`encoding: unknown charset "x-klingon" in the Content-Type header`}}},
		{"unknown meta charset falls back to detection", []byte("<meta charset=bogus><p>caf\xe9"), "", true,
			want{text: "<meta charset=bogus><p>café", warns: []string{`encoding: unknown charset "bogus" in a <meta> tag`}}},
		{"replacement encoding counts as unknown", []byte("hello"), "text/plain; charset=iso-2022-kr", false,
			want{text: "hello", warns: []string{`encoding: unknown charset "iso-2022-kr"`}}},
		{"unknown header then meta", []byte("<meta charset=koi8-r><p>\xf0\xd2"), "text/html; charset=nope", true,
			want{text: "<meta charset=koi8-r><p>Пр", warns: []string{`encoding: unknown charset "nope"`}}},
		{"iso-8859-1 declared on utf-8 body", []byte("Café in Zürich"), "text/html; charset=ISO-8859-1", false,
			want{text: "Café in Zürich", warns: []string{"encoding: the Content-Type header declares windows-1252 but the content is valid UTF-8"}}},
		{"iso-8859-1 declared on windows-1252 body", []byte("\x93Quote\x94 \x85 caf\xe9"), "text/html; charset=iso-8859-1", false,
			want{text: "“Quote” … café"}},
		{"iso-8859-1 declared on ascii body", []byte("plain"), "text/plain; charset=iso-8859-1", false, want{text: "plain"}},
		{"utf-8 declared on latin-1 body", []byte("caf\xe9 cr\xe8me"), "text/html; charset=utf-8", false,
			want{text: "café crème", warns: []string{"encoding: the Content-Type header declares UTF-8 but the content is not UTF-8 (2 invalid bytes"}}},
		{"utf-16 declared on ascii body", []byte("hello"), "text/plain; charset=utf-16", false, want{text: "hello"}},
		{"utf-16le declared without BOM", []byte("h\x00i\x00"), "text/plain; charset=utf-16le", false, want{text: "hi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns := Decode(tt.in, tt.contentType, tt.html)
			if got != tt.want.text {
				t.Errorf("text = %q, want %q", got, tt.want.text)
			}
			if len(warns) != len(tt.want.warns) {
				t.Fatalf("warnings = %v, want %d matching %q", warns, len(tt.want.warns), tt.want.warns)
			}
			for i, w := range warns {
				if s := w.Kind + ": " + w.Message; !strings.HasPrefix(s, tt.want.warns[i]) {
					t.Errorf("warning %d = %q, want it to start with %q", i, s, tt.want.warns[i])
				}
				if w.Refs == nil {
					t.Errorf("warning %d has nil Refs; it would marshal as null", i)
				}
			}
		})
	}
}

func TestDecodeWarningKinds(t *testing.T) {
	// The kinds are the record's, not private spellings.
	_, w := Decode([]byte("é\xff"), "", false)
	if len(w) != 1 || w[0].Kind != record.WarnInvalidUTF8 {
		t.Errorf("got %v, want one %s warning", w, record.WarnInvalidUTF8)
	}
	_, w = Decode([]byte("x"), "text/plain; charset=zz", false)
	if len(w) != 1 || w[0].Kind != record.WarnEncoding {
		t.Errorf("got %v, want one %s warning", w, record.WarnEncoding)
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`<meta charset="utf-8">`, "utf-8"},
		{`<meta charset=' koi8-r '>`, "koi8-r"},
		{`<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">`, "windows-1251"},
		{`<meta http-equiv="content-type" content="text/html;charset=windows-1250">`, "windows-1250"},
		{`<meta content='text/html; charset = "gbk"' http-equiv='Content-Type'>`, "gbk"},
		{`<meta http-equiv="refresh" content="0; charset=koi8-r">`, ""},
		{`<meta name="description" content="hello">`, ""},
		{`<p>no meta at all</p>`, ""},
		{strings.Repeat("<p>filler</p>", 400) + `<meta charset="koi8-r">`, ""}, // beyond the prescan window
	}
	for _, tt := range tests {
		if got := metaCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("metaCharset(%.60q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"doctype", []byte("<!DOCTYPE html><title>x</title>"), true},
		{"doctype lower after whitespace", []byte("\n\n  <!doctype html>"), true},
		{"html tag", []byte(`<HTML lang="en">`), true},
		{"bom then html", []byte("\xEF\xBB\xBF<html>"), true},
		{"head", []byte("<head><title>x</title></head>"), true},
		{"body fragment", []byte("<body>Hello</body>"), true},
		{"paragraph fragment", []byte("<p>Two people were killed.</p>"), true},
		{"div with class", []byte(`<div class="story">text</div>`), true},
		{"closing tag only", []byte("the end of a story</p>"), true},
		{"markup after some text", []byte("Story: <p>Two killed</p>"), true},
		{"utf-16le html", utf16(t, "<html><body>x</body></html>", unicode.LittleEndian), true},
		{"plain text", []byte("Two people were killed and 14 injured in Kharkiv."), false},
		{"text with comparisons", []byte("Turnout was <50% and a < b holds; x<y."), false},
		{"email-like angle brackets", []byte("From: Jane <jane@example.com>"), false},
		{"not a tag prefix", []byte("<pre-war figures> and <divisions>"), false},
		{"rss feed", []byte(`<?xml version="1.0"?><rss><channel><title>x</title><link>y</link></channel></rss>`), false},
		{"json", []byte(`{"id":"a","text":"<p>hi</p>"}`), true},
		{"markup beyond the first kilobyte", append([]byte(strings.Repeat("word ", 300)), "<p>late</p>"...), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.in); got != tt.want {
				t.Errorf("Sniff(%.40q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	seeds := []struct {
		b    string
		ct   string
		html bool
	}{
		{"plain ascii", "", false},
		{"caf\xe9", "", false},
		{"\xEF\xBB\xBFcafé", "", false},
		{"\xFF\xFEh\x00\xe9\x00", "", false},
		{"\xFE\xFF\x00h\xd8", "", true},
		{"<meta charset=koi8-r>\xf0\xd2", "", true},
		{"<meta charset=utf-16>\x00\xff", "", true},
		{"\xe2\x80", "text/plain; charset=utf-8", false},
		{"\x93\xfa\x96", "text/plain; charset=shift_jis", false},
		{"\x8e\xa1", "text/html; charset=euc-jp", true},
		{"x", "text/plain; charset=iso-2022-kr", false},
		{"\x1b$B", "text/plain; charset=iso-2022-jp", false},
		{"\xff\xfe\xfd", "text/plain; charset=gb18030", false},
		{"a", ";;;charset=", true},
	}
	for _, s := range seeds {
		f.Add([]byte(s.b), s.ct, s.html)
	}
	f.Fuzz(func(t *testing.T, b []byte, contentType string, isHTML bool) {
		s, warns := Decode(b, contentType, isHTML)
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%q, %q, %v) = %q: not valid UTF-8", b, contentType, isHTML, s)
		}
		for _, w := range warns {
			if w.Kind == "" || w.Message == "" || w.Refs == nil {
				t.Fatalf("incomplete warning %+v", w)
			}
		}
		_ = Sniff(b)
	})
}
