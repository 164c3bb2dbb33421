package input

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/record"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// prescanBytes is how much of an HTML document is searched for a <meta>
// charset declaration. The HTML standard says 1024 bytes; real pages often
// put a long comment or inline script first, so we look a little further.
const prescanBytes = 4096

// Decode converts raw bytes to valid UTF-8 and reports what it had to guess
// or repair. The encoding is chosen in this order:
//
//  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), which is removed;
//  2. the charset parameter of contentType;
//  3. for HTML (isHTML), a <meta charset> or <meta http-equiv="Content-Type">
//     declaration near the start;
//  4. otherwise the content itself: valid UTF-8 stays UTF-8; bytes that are
//     mostly valid UTF-8 are read as UTF-8 with the bad bytes replaced; the
//     rest is read as windows-1252, the fallback that
//     golang.org/x/net/html/charset.DetermineEncoding uses and the right
//     guess for legacy Western pages.
//
// A declaration that names an unknown charset gives an "encoding" warning and
// the next step is used. A declared legacy charset on content that is valid
// UTF-8 with non-ASCII characters is overruled (servers often send a default
// ISO-8859-1 header for UTF-8 pages), with an "encoding" warning. Content
// that claims UTF-8 keeps UTF-8: invalid bytes become U+FFFD and an
// "invalid_utf8" warning says how many; only when not one valid multi-byte
// sequence is present is such content read as windows-1252 (with an
// "encoding" warning), because then the claim is plainly wrong.
//
// Decode never fails: the result is always valid UTF-8.
func Decode(b []byte, contentType string, isHTML bool) (string, []record.Warning) {
	d := &decoder{}
	s := d.decode(b, contentType, isHTML)
	if !utf8.ValidString(s) { // a decoder misbehaved; never hand on invalid text
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s, d.warns
}

type decoder struct {
	warns []record.Warning
}

func (d *decoder) warn(kind, format string, args ...any) {
	d.warns = append(d.warns, record.Warning{Kind: kind, Message: fmt.Sprintf(format, args...), Refs: []string{}})
}

// declaration is a charset label and where it was found.
type declaration struct {
	label string
	by    string // "the Content-Type header", "a <meta> tag"
}

func (d *decoder) decode(b []byte, contentType string, isHTML bool) string {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return d.fromUTF8(b[len(bomUTF8):], "the byte order mark")
	case bytes.HasPrefix(b, bomUTF16BE):
		return d.with(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", b[2:])
	case bytes.HasPrefix(b, bomUTF16LE):
		return d.with(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", b[2:])
	}

	var decls []declaration
	if label := contentTypeCharset(contentType); label != "" {
		decls = append(decls, declaration{label, "the Content-Type header"})
	}
	if isHTML {
		if label := metaCharset(b); label != "" {
			decls = append(decls, declaration{label, "a <meta> tag"})
		}
	}
	for _, decl := range decls {
		enc, name := charset.Lookup(decl.label)
		if enc == nil || name == "replacement" {
			d.warn(record.WarnEncoding, "unknown charset %q in %s; guessed the encoding from the content", decl.label, decl.by)
			continue
		}
		// A document whose bytes are ASCII-compatible cannot be UTF-16,
		// whatever it says (the HTML standard reads such a <meta> as UTF-8).
		if strings.HasPrefix(name, "utf-16") && bytes.IndexByte(b, 0) < 0 {
			name = "utf-8"
		}
		if name == "utf-8" {
			return d.fromUTF8(b, decl.by)
		}
		if utf8.Valid(b) && !isASCII(b) {
			d.warn(record.WarnEncoding, "%s declares %s but the content is valid UTF-8; read it as UTF-8", decl.by, name)
			return string(b)
		}
		return d.with(enc, name, b)
	}
	return d.fromUTF8(b, "")
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF16LE = []byte{0xFF, 0xFE}
)

// fromUTF8 reads b as UTF-8 when it is, or mostly is, UTF-8. claimedBy says
// who declared UTF-8 ("" when nobody did).
func (d *decoder) fromUTF8(b []byte, claimedBy string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	st := utf8Stats(b)
	switch {
	case st.tailOnly:
		// Cut off in the middle of a character: UTF-8 that was truncated.
	case claimedBy == "" && st.invalid > st.multi:
		// Undeclared and more bad bytes than good sequences: a legacy
		// single-byte page.
		return d.with(charmap.Windows1252, "windows-1252", b)
	case claimedBy != "" && st.multi == 0:
		d.warn(record.WarnEncoding, "%s declares UTF-8 but the content is not UTF-8 (%d invalid %s and no valid multi-byte character); read it as windows-1252",
			claimedBy, st.invalid, plural(st.invalid, "byte", "bytes"))
		return d.with(charmap.Windows1252, "windows-1252", b)
	}
	s, n := replaceInvalid(b)
	d.warn(record.WarnInvalidUTF8, "replaced %d invalid UTF-8 %s with U+FFFD", n, plural(n, "byte", "bytes"))
	return s
}

// with decodes b with enc. The x/text decoders replace what they cannot map
// with U+FFFD; if one fails outright, the bytes are read as UTF-8 instead.
func (d *decoder) with(enc encoding.Encoding, name string, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		d.warn(record.WarnEncoding, "decoding as %s failed (%v); read it as UTF-8", name, err)
		s, n := replaceInvalid(b)
		if n > 0 {
			d.warn(record.WarnInvalidUTF8, "replaced %d invalid UTF-8 %s with U+FFFD", n, plural(n, "byte", "bytes"))
		}
		return s
	}
	return string(out)
}

type stats struct {
	multi    int  // valid multi-byte sequences
	invalid  int  // bytes that start no valid sequence
	tailOnly bool // the only invalid bytes are a character cut off at the very end
}

func utf8Stats(b []byte) stats {
	var st stats
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			st.invalid++
		} else {
			st.multi++
		}
		i += size
	}
	// A lone lead byte at the end of otherwise ASCII text is as likely a
	// legacy letter ("caf\xe9") as a cut-off character, so it only counts
	// as truncation next to other UTF-8 or with continuation bytes after it.
	for k := 1; k <= 3 && k <= len(b); k++ {
		tail := b[len(b)-k:]
		if tail[0] >= 0xC2 && tail[0] <= 0xF4 && !utf8.FullRune(tail) && utf8.Valid(b[:len(b)-k]) {
			st.tailOnly = k > 1 || st.multi > 0
			break
		}
	}
	return st
}

// replaceInvalid replaces every byte that starts no valid UTF-8 sequence
// with U+FFFD and returns the result and how many bytes were replaced.
func replaceInvalid(b []byte) (string, int) {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteString("\uFFFD")
			n++
		} else {
			sb.Write(b[i : i+size])
		}
		i += size
	}
	return sb.String(), n
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// contentTypeCharset returns the charset parameter of a Content-Type value,
// or "".
func contentTypeCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Be lenient with sloppy headers: "text/html; charset=latin1;".
		i := strings.Index(asciiLower(contentType), "charset=")
		if i < 0 {
			return ""
		}
		v := contentType[i+len("charset="):]
		if j := strings.IndexAny(v, "; \t"); j >= 0 {
			v = v[:j]
		}
		return strings.Trim(v, `"'`)
	}
	return strings.TrimSpace(params["charset"])
}

// metaCharset looks for a charset declaration in the <meta> tags near the
// start of an HTML document, as the HTML standard's prescan does, and
// returns the label as written (known or not), or "".
func metaCharset(b []byte) string {
	if len(b) > prescanBytes {
		b = b[:prescanBytes]
	}
	if !bytes.Contains(bytes.ToLower(b), []byte("<meta")) {
		return ""
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, content string
			pragma := false
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "charset":
					if cs == "" {
						cs = strings.TrimSpace(string(val))
					}
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
				case "content":
					content = string(val)
				}
			}
			if cs != "" {
				return cs
			}
			if pragma {
				if label := charsetFromContent(content); label != "" {
					return label
				}
			}
		}
	}
}

// charsetFromContent extracts the charset from the content attribute of a
// <meta http-equiv="Content-Type"> tag ("text/html; charset=koi8-r").
func charsetFromContent(s string) string {
	lower := asciiLower(s)
	for {
		i := strings.Index(lower, "charset")
		if i < 0 {
			return ""
		}
		s, lower = s[i+len("charset"):], lower[i+len("charset"):]
		rest := strings.TrimLeft(s, " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return rest[1 : 1+end]
		}
		if end := strings.IndexAny(rest, "; \t\n\f\r"); end >= 0 {
			return rest[:end]
		}
		return rest
	}
}

// sniffBytes is how much of the start of a document Sniff looks at.
const sniffBytes = 1024

// htmlTags are the tag names whose presence near the start of a document
// makes Sniff call it HTML. Names that also occur in feeds and other XML
// (title, link) are left out.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true,
	"p": true, "div": true, "span": true, "a": true, "br": true,
	"article": true, "section": true, "main": true, "header": true, "footer": true, "nav": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "table": true, "blockquote": true,
	"img": true, "figure": true, "script": true, "style": true, "iframe": true,
}

// Sniff says whether content looks like HTML: a <!doctype html> or a common
// HTML tag (<html, <head, <body, <p>, <div, ...) in the first kilobyte,
// matched case-insensitively. A UTF-16 byte order mark is honoured.
func Sniff(b []byte) (html bool) {
	if len(b) > sniffBytes {
		b = b[:sniffBytes]
	}
	switch {
	case bytes.HasPrefix(b, bomUTF16BE):
		out, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b[2 : len(b)&^1])
		b = out
	case bytes.HasPrefix(b, bomUTF16LE):
		out, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b[2 : len(b)&^1])
		b = out
	}
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			return false
		}
		b = b[i+1:]
		if hasPrefixFold(b, "!doctype html") {
			return true
		}
		name := b
		if len(name) > 0 && name[0] == '/' {
			name = name[1:]
		}
		n := 0
		for n < len(name) && n < 16 && isAlnum(name[n]) {
			n++
		}
		if n == 0 || !htmlTags[strings.ToLower(string(name[:n]))] {
			continue
		}
		if n == len(name) {
			return true // cut off at the sniff limit right after the name
		}
		switch name[n] {
		case '>', '/', ' ', '\t', '\n', '\r', '\f':
			return true
		}
	}
}

// asciiLower lower-cases ASCII letters only, so that byte offsets in the
// result match the input (strings.ToLower rewrites invalid UTF-8).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
