package view

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/record"
)

// HTMLOptions control the page written by HTMLWriter. The zero value gives
// a page titled "newsx report".
type HTMLOptions struct {
	// Title is the page title; "" gives "newsx report".
	Title string
}

// HTMLWriter writes one self-contained HTML page for a whole run. It
// streams: the head goes out with the first record (or at Close when
// there was none), each record becomes an <article> as soon as it is
// added, and Close writes the table of contents and the tail. Memory use
// does not grow with the text of earlier records, only with a one-line
// summary of each for the table of contents.
//
// The page needs no network: its style sheet and script are inline and a
// Content-Security-Policy admits nothing else (they are allowed by their
// SHA-256 hashes). Everything taken from a record is escaped, and element
// ids are built from the record's position in the run and the position of
// a fact in its list, never from the record's own ids.
//
// An HTMLWriter is not safe for concurrent use.
type HTMLWriter struct {
	w      *bufio.Writer
	opt    HTMLOptions
	head   bool // the head has been written
	closed bool
	n      int // records added so far
	toc    []pageTOCEntry
}

// pageTOCEntry is what the table of contents keeps of one record.
type pageTOCEntry struct {
	title      string
	id         string
	failed     bool
	warnings   int
	casualties int
	places     int
	actors     int
	claims     int
}

//go:embed assets/page.css
var pageCSS string

//go:embed assets/page.js
var pageJS string

// pageCSP is the page's Content-Security-Policy: nothing may be loaded,
// and only the page's own style sheet and script may run. It is computed
// on first use, not at every start of the program.
var pageCSP = sync.OnceValue(func() string {
	return "default-src 'none'; style-src '" + pageHash(pageCSS) + "'; script-src '" + pageHash(pageJS) +
		"'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
})

// pageHash gives the CSP source expression that admits an inline block
// whose content is exactly s.
func pageHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// errHTMLClosed is returned by Add after Close.
var errHTMLClosed = errors.New("view: HTMLWriter is closed")

// NewHTML returns a writer for one page on w.
func NewHTML(w io.Writer, opt HTMLOptions) *HTMLWriter {
	return &HTMLWriter{w: bufio.NewWriterSize(w, 32<<10), opt: opt}
}

// Add writes one record as an article section and flushes it to the
// underlying writer. It returns the first write error, which sticks.
func (h *HTMLWriter) Add(rec *record.Record) error {
	if h.closed {
		return errHTMLClosed
	}
	if rec == nil {
		return errors.New("view: nil record")
	}
	if !h.head {
		h.writeHead()
	}
	h.n++
	h.toc = append(h.toc, pageTOCEntry{
		title:      deref(rec.Title),
		id:         rec.ID,
		failed:     rec.Error != nil,
		warnings:   len(rec.Warnings),
		casualties: len(rec.Casualties),
		places:     len(rec.Places),
		actors:     len(rec.Actors),
		claims:     len(rec.Claims),
	})
	pageArticle(&htmlOut{w: h.w}, h.n, rec)
	return h.w.Flush()
}

// Close writes the rest of the page: the table of contents when the run
// had more than one record (placed at the top of the page by the style
// sheet), a note when it had none, and the closing tags. Closing twice is
// a no-op.
func (h *HTMLWriter) Close() error {
	if h.closed {
		return nil
	}
	h.closed = true
	if !h.head {
		h.writeHead()
	}
	o := &htmlOut{w: h.w}
	if h.n == 0 {
		o.raw(`<p class="empty">This run produced no records.</p>` + "\n")
	}
	if h.n > 1 {
		h.writeTOC(o)
	}
	o.raw("</main>\n<footer class=\"page-foot\">Written by newsx. Offsets and facts as in the JSON records (schema " +
		record.SchemaVersion + ").</footer>\n</body>\n</html>\n")
	return h.w.Flush()
}

func (h *HTMLWriter) writeHead() {
	h.head = true
	title := strings.TrimSpace(h.opt.Title)
	if title == "" {
		title = "newsx report"
	}
	o := &htmlOut{w: h.w}
	o.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	o.raw(`<meta http-equiv="Content-Security-Policy" content="`)
	o.text(pageCSP())
	o.raw("\">\n" + `<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	o.raw(`<meta name="referrer" content="no-referrer">` + "\n")
	o.raw(`<meta name="generator" content="newsx">` + "\n<title>")
	o.text(title)
	o.raw("</title>\n<style>")
	o.raw(pageCSS)
	o.raw("</style>\n<script>")
	o.raw(pageJS)
	o.raw("</script>\n</head>\n<body>\n")
	o.raw(`<a class="skip" href="#run">Skip to the articles</a>` + "\n")
	o.raw(`<header class="page-head"><h1>`)
	o.text(title)
	o.raw("</h1>\n")
	pageLegend(o)
	o.raw(`<p class="hint">Choose a fact in an article's side panel, or a reference in a warning, to find it in the text; ` +
		`choose it again to step through its mentions. Choose a highlight to find its fact. <kbd>Esc</kbd> clears.</p>` + "\n")
	o.raw("</header>\n<main class=\"run\" id=\"run\">\n")
}

// writeTOC writes the table of contents. It comes last in the document so
// that the page can stream, and the style sheet shows it first.
func (h *HTMLWriter) writeTOC(o *htmlOut) {
	o.raw(`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">`)
	o.raw(strconv.Itoa(h.n) + " articles</h2>\n<ol>\n")
	for i, e := range h.toc {
		anchor := pageArticleID(i + 1)
		o.raw(`<li><a href="#` + anchor + `">`)
		label := strings.TrimSpace(e.title)
		if label == "" {
			label = e.id
		}
		if label == "" {
			label = "article " + strconv.Itoa(i+1)
		}
		o.text(label)
		o.raw(`</a> <span class="toc-facts">`)
		switch {
		case e.failed:
			o.raw(`<span class="badge badge-error">failed</span>`)
		default:
			o.raw(pageCounts(e.casualties, e.places, e.actors, e.claims))
			if e.warnings > 0 {
				o.raw(` <span class="badge badge-warn">` + pagePlural(e.warnings, "warning") + `</span>`)
			}
		}
		o.raw("</span></li>\n")
	}
	o.raw("</ol>\n</nav>\n")
}

// pageCounts is the one-line summary of a record's facts.
func pageCounts(casualties, places, actors, claims int) string {
	return pagePlural(casualties, "figure") + " · " + pagePlural(places, "place") + " · " +
		pagePlural(actors, "actor") + " · " + pagePlural(claims, "claim")
}

func pagePlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// pageLegend explains the highlight styles; the samples use the same
// rules as the highlights in the text.
func pageLegend(o *htmlOut) {
	o.raw(`<ul class="legend" aria-label="Legend">`)
	for _, k := range pageKinds {
		o.raw(`<li><span class="lg lg-` + k.class + `">` + k.sample + `</span></li>`)
	}
	o.raw("</ul>\n")
}

// pageArticleID is the element id of the n-th record of the run (1-based).
func pageArticleID(n int) string { return "art" + strconv.Itoa(n) }

// htmlOut writes escaped or raw HTML. The bufio.Writer keeps the first
// error and drops later writes, so callers check it once, at Flush.
type htmlOut struct {
	w *bufio.Writer
}

// raw writes s as it is; s must be markup this package wrote.
func (o *htmlOut) raw(s string) { o.w.WriteString(s) }

// text writes s escaped for use as element text or as a double-quoted
// attribute value. Carriage returns are written as references so that the
// parser keeps them, and bytes that are not UTF-8 become U+FFFD, the
// character a browser would show for them anyway.
func (o *htmlOut) text(s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		switch c {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case '\r':
			rep = "&#13;"
		case 0:
			rep = "\uFFFD"
		default:
			if c < 0x80 {
				i++
				continue
			}
			if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n > 1 {
				i += n
				continue
			}
			rep = "\uFFFD"
		}
		o.w.WriteString(s[last:i])
		o.w.WriteString(rep)
		i++
		last = i
	}
	o.w.WriteString(s[last:])
}
