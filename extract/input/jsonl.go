package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// keepLineBuf is the largest line buffer kept between lines; a larger one,
// left by an unusually long line, is dropped so that it can be collected.
const keepLineBuf = 1 << 20

// jsonl emits one source per non-blank line of br. name is the file path,
// or "-" for standard input. It reports whether to go on with the next
// argument.
func (e *expander) jsonl(br *bufio.Reader, name string) bool {
	emitted := false
	emit := func(src Source) bool {
		emitted = true
		return e.emit(src)
	}
	bad := func(lineNo int, kind, msg string) bool {
		return emit(Source{ID: fmt.Sprintf("%s:%d", name, lineNo), Record: record.Source{Kind: record.SourceJSONL, Path: name},
			Err: &record.Error{Kind: kind, Message: msg}})
	}
	done := func() bool {
		if !emitted {
			e.verbose("no JSON Lines in %s", displayName(name))
		}
		return true
	}
	for lineNo := 1; ; lineNo++ {
		if e.ctx.Err() != nil {
			return false
		}
		line, n, tooLong, err := e.readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return bad(lineNo, record.ErrRead, fmt.Sprintf("reading %s: %v", displayName(name), err))
		}
		if n == 0 { // end of input
			return done()
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		switch {
		case tooLong:
			if !bad(lineNo, record.ErrTooLarge, fmt.Sprintf("line %d of %s exceeds %d bytes", lineNo, displayName(name), e.opts.MaxBytes)) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines separate nothing; skip them.
		default:
			if !emit(parseLine(line, name, lineNo, e.docFormat())) {
				return false
			}
		}
		if err != nil { // io.EOF after a last line without a newline
			return done()
		}
	}
}

// readLine reads one line without its line ending. A line longer than
// MaxBytes is read to its end without being kept and reported as tooLong,
// so memory stays bounded by MaxBytes whatever the input. n is the number
// of bytes consumed (0 only at the end of input). The returned line is only
// valid until the next call.
func (e *expander) readLine(br *bufio.Reader) (line []byte, n int64, tooLong bool, err error) {
	if cap(e.line) > keepLineBuf {
		e.line = nil
	}
	buf := e.line[:0]
	limit := e.opts.MaxBytes + 2 // room for "\r\n"
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if int64(len(buf))+int64(len(chunk)) > limit {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if int64(len(buf)) > e.opts.MaxBytes {
			tooLong = true
		}
		e.line = buf
		return buf, n, tooLong, err
	}
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// parseLine turns one JSON line into a source. Problems give a source with
// Err; its ID is the line's id when it has one, else "<name>:<line>".
func parseLine(line []byte, name string, lineNo int, docFormat string) Source {
	rs := record.Source{Kind: record.SourceJSONL, Path: name}
	where := fmt.Sprintf("line %d of %s", lineNo, displayName(name))
	fallbackID := fmt.Sprintf("%s:%d", name, lineNo)
	bad := func(id, kind, msg string) Source {
		return Source{ID: id, Record: rs, Err: &record.Error{Kind: kind, Message: where + ": " + msg}}
	}

	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return bad(fallbackID, record.ErrDecode, "not a JSON object (found "+te.Value+")")
		}
		return bad(fallbackID, record.ErrDecode, "invalid JSON: "+strings.TrimPrefix(err.Error(), "json: "))
	}
	if obj == nil {
		return bad(fallbackID, record.ErrDecode, "not a JSON object (found null)")
	}

	id, err := idField(obj["id"])
	if err != nil {
		return bad(fallbackID, record.ErrDecode, err.Error())
	}
	if id == "" {
		return bad(fallbackID, record.ErrDecode, `no "id"`)
	}

	var present []string
	for _, key := range []string{"text", "html", "url"} {
		if raw, ok := obj[key]; ok && !isNull(raw) {
			present = append(present, key)
		}
	}
	switch len(present) {
	case 0:
		return bad(id, record.ErrDecode, `needs one of "text", "html" or "url"`)
	case 1:
	default:
		return bad(id, record.ErrDecode, fmt.Sprintf("has %s; give exactly one of \"text\", \"html\" or \"url\"", quoteList(present)))
	}
	key := present[0]
	value, err := stringField(obj, key)
	if err != nil {
		return bad(id, record.ErrDecode, err.Error())
	}
	title, err := stringField(obj, "title")
	if err != nil {
		return bad(id, record.ErrDecode, err.Error())
	}
	published, err := stringField(obj, "published")
	if err != nil {
		return bad(id, record.ErrDecode, err.Error())
	}
	if published == "" {
		if published, err = stringField(obj, "date"); err != nil {
			return bad(id, record.ErrDecode, err.Error())
		}
	}

	src := Source{ID: id, Record: rs, Title: strings.TrimSpace(title), Published: strings.TrimSpace(published)}
	switch key {
	case "text":
		src.Data, src.Format = []byte(value), FormatText
	case "html":
		src.Data, src.Format = []byte(value), FormatHTML
	case "url":
		value = strings.TrimSpace(value)
		src.Record.URL = value
		rs.URL = value
		if _, err := parseHTTPURL(value); err != nil {
			return bad(id, record.ErrFetch, err.Error())
		}
		src.URL, src.Format = value, docFormat
	}
	return src
}

// idField reads "id": a string, or a number kept as written.
func idField(raw json.RawMessage) (string, error) {
	if raw == nil || isNull(raw) {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// stringField reads an optional string field; absent and null give "".
func stringField(obj map[string]json.RawMessage, key string) (string, error) {
	raw, ok := obj[key]
	if !ok || isNull(raw) {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%q must be a string", key)
	}
	return s, nil
}

func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}

func quoteList(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = `"` + k + `"`
	}
	if len(q) == 2 {
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}
