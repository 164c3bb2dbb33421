package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// DefaultMaxBytes is the size cap of one input when none is given: 10 MiB.
const DefaultMaxBytes = 10 << 20

// Document is a loaded source, decoded to UTF-8.
type Document struct {
	// Text is the content as valid UTF-8; HTML markup is still in it when
	// HTML is true.
	Text string
	// HTML says the content is HTML: by the source's Format, the file
	// extension, the Content-Type, or markup found by Sniff.
	HTML bool
	// ContentType is the Content-Type header of a fetched URL, else "".
	ContentType string
	// URL is the final URL after redirects for URL sources, else "".
	URL string
	// Warnings are problems met while decoding (invalid_utf8, encoding).
	Warnings []record.Warning
}

// Load reads or fetches a source and decodes it to UTF-8. maxBytes caps the
// input (0 means DefaultMaxBytes); no more than maxBytes+1 bytes are read.
// f fetches URL sources; nil refuses them.
//
// Errors are *record.Error values with kind read, fetch, decode, too_large
// or empty. A source that carries Err returns it unchanged. Binary content
// (NUL bytes, many control bytes, a recognised binary signature, or a
// non-text Content-Type such as image/*, application/pdf or
// application/octet-stream) is a decode error that says what it looked like.
func Load(ctx context.Context, src Source, f *Fetcher, maxBytes int64) (*Document, *record.Error) {
	if src.Err != nil {
		return nil, src.Err
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	doc := &Document{}
	var raw []byte
	switch {
	case src.URL != "":
		if f == nil {
			return nil, &record.Error{Kind: record.ErrFetch, Message: "fetching URLs is disabled (no fetcher configured)"}
		}
		body, ct, final, err := f.fetch(ctx, src.URL, f.maxBytes(maxBytes))
		if err != nil {
			var tl *TooLargeError
			if errors.As(err, &tl) {
				return nil, &record.Error{Kind: record.ErrTooLarge, Message: err.Error()}
			}
			return nil, &record.Error{Kind: record.ErrFetch, Message: err.Error()}
		}
		if binaryContentType(ct) {
			return nil, &record.Error{Kind: record.ErrDecode, Message: fmt.Sprintf("binary content (%s)", mediaType(ct))}
		}
		raw, doc.ContentType, doc.URL = body, ct, final
	case src.Path != "":
		if err := ctx.Err(); err != nil {
			return nil, &record.Error{Kind: record.ErrRead, Message: err.Error()}
		}
		b, rerr := readFile(src.Path, maxBytes)
		if rerr != nil {
			return nil, rerr
		}
		raw = b
	default:
		if int64(len(src.Data)) > maxBytes {
			return nil, &record.Error{Kind: record.ErrTooLarge, Message: (&TooLargeError{What: "input", Limit: maxBytes}).Error()}
		}
		raw = src.Data
	}

	if len(raw) == 0 {
		return nil, &record.Error{Kind: record.ErrEmpty, Message: "empty input (0 bytes)"}
	}
	if what, ok := looksBinary(raw); ok {
		return nil, &record.Error{Kind: record.ErrDecode, Message: "binary content (" + what + ")"}
	}
	doc.HTML = isHTML(src, doc.ContentType, raw)
	if src.Record.Kind == record.SourceJSONL && src.Data != nil {
		// Text from a JSON string is Unicode already: a <meta charset> in
		// it describes bytes that no longer exist.
		doc.Text = strings.ToValidUTF8(string(raw), "\uFFFD")
	} else {
		doc.Text, doc.Warnings = Decode(raw, doc.ContentType, doc.HTML)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, &record.Error{Kind: record.ErrEmpty, Message: fmt.Sprintf("input holds only whitespace (%d bytes)", len(raw))}
	}
	return doc, nil
}

// readFile reads at most maxBytes+1 bytes of a file.
func readFile(path string, maxBytes int64) ([]byte, *record.Error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &record.Error{Kind: record.ErrRead, Message: pathMessage(path, err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &record.Error{Kind: record.ErrRead, Message: pathMessage(path, err)}
	}
	if fi.IsDir() {
		return nil, &record.Error{Kind: record.ErrRead, Message: path + ": is a directory"}
	}
	tooLarge := &record.Error{Kind: record.ErrTooLarge, Message: (&TooLargeError{What: "file", Limit: maxBytes}).Error()}
	var buf bytes.Buffer
	if fi.Mode().IsRegular() {
		if fi.Size() > maxBytes {
			return nil, tooLarge
		}
		buf.Grow(int(fi.Size()) + 1)
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, maxBytes+1)); err != nil {
		return nil, &record.Error{Kind: record.ErrRead, Message: pathMessage(path, err)}
	}
	if int64(buf.Len()) > maxBytes {
		return nil, tooLarge
	}
	return buf.Bytes(), nil
}

// pathMessage words a file system error as "path: problem".
func pathMessage(path string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return path + ": " + err.Error()
}

// isHTML decides whether raw content is HTML: an explicit Format wins, then
// the Content-Type of a fetched page, then the file extension, then Sniff.
func isHTML(src Source, contentType string, raw []byte) bool {
	switch src.Format {
	case FormatHTML:
		return true
	case FormatText:
		return false
	}
	if src.URL != "" {
		switch mt := mediaType(contentType); {
		case mt == "text/html", mt == "application/xhtml+xml":
			return true
		case genericType(mt), mt == "text/xml", mt == "application/xml":
			// Says nothing useful: look at the content.
		default:
			return false
		}
	} else if src.Path != "" {
		switch strings.ToLower(filepath.Ext(src.Path)) {
		case ".html", ".htm", ".xhtml":
			return true
		case ".txt", ".text", ".md":
			return false
		}
	}
	return Sniff(raw)
}

// mediaType returns the lower-case media type of a Content-Type value
// without its parameters.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return mt
}

// genericType reports media types that say nothing about the content.
func genericType(mt string) bool {
	switch mt {
	case "", "application/unknown", "unknown/unknown", "*/*", "content/unknown":
		return true
	}
	return false
}

// binaryContentType reports a Content-Type that cannot be article text:
// images, audio, video, fonts, archives, PDF, office documents, and
// application/octet-stream.
func binaryContentType(contentType string) bool {
	mt := mediaType(contentType)
	switch {
	case genericType(mt), strings.HasPrefix(mt, "text/"):
		return false
	case mt == "application/xhtml+xml", mt == "application/xml", mt == "application/json",
		mt == "application/x-ndjson", mt == "application/javascript",
		strings.HasSuffix(mt, "+xml"), strings.HasSuffix(mt, "+json"):
		return false
	}
	return true
}

// binarySample is how much of the content looksBinary examines.
const binarySample = 8 << 10

// strongSignatures are types that http.DetectContentType recognises by a
// magic number long or odd enough never to start a real text. Weaker ones
// ("BM" for BMP, "ID3" for MP3) also start ordinary sentences, so they only
// name content that looks binary for other reasons.
var strongSignatures = map[string]bool{
	"application/pdf": true, "application/zip": true, "application/x-gzip": true,
	"application/x-rar-compressed": true, "application/wasm": true,
	"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true,
}

// looksBinary reports content that is not text and says what it looked
// like: a known binary format with a distinctive signature, NUL bytes, or
// more than one byte in ten being a control character other than tab,
// newline, carriage return, form feed, vertical tab and escape. Content
// with a UTF-16 byte order mark is text whatever its NUL bytes.
func looksBinary(b []byte) (string, bool) {
	if bytes.HasPrefix(b, bomUTF16BE) || bytes.HasPrefix(b, bomUTF16LE) {
		return "", false
	}
	sniffed := mediaType(http.DetectContentType(b))
	if strongSignatures[sniffed] {
		return sniffed, true
	}
	sample := b[:min(len(b), binarySample)]
	what := ""
	if bytes.IndexByte(sample, 0) >= 0 {
		what = "NUL bytes"
	} else {
		ctrl := 0
		for _, c := range sample {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				ctrl++
			}
		}
		if ctrl*10 <= len(sample) {
			return "", false
		}
		what = fmt.Sprintf("%d%% control bytes", ctrl*100/len(sample))
	}
	if !strings.HasPrefix(sniffed, "text/") && sniffed != "application/octet-stream" {
		what = sniffed
	}
	return what, true
}
