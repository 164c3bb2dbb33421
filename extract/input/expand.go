package input

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsx/newsx/extract/record"
)

// Format values: how inputs are read.
const (
	FormatAuto  = "auto"  // by extension, Content-Type and content
	FormatText  = "text"  // plain text
	FormatHTML  = "html"  // an HTML page
	FormatJSONL = "jsonl" // JSON Lines, one article per line
)

// Source is one input, described lazily: nothing is read or fetched until
// Load. Exactly one of Err, Path, URL and Data says where the content is.
type Source struct {
	// ID is the record id: the file path as given, the URL, "-" for
	// standard input, or the "id" of a JSON Lines object.
	ID string
	// Record is what goes into the record's "source" field.
	Record record.Source
	// Path is a file to read.
	Path string
	// URL is an http(s) URL to fetch.
	URL string
	// Data is inline content: standard input, or the "text" or "html"
	// field of a JSON Lines object. Data from JSON Lines is Unicode text
	// already and is not decoded again.
	Data []byte
	// Format is FormatAuto, FormatText or FormatHTML: how to read the
	// content of Data, Path or URL.
	Format string
	// Title is the "title" a JSON Lines object gave, or "".
	Title string
	// Published is the "published" (or else "date") a JSON Lines object
	// gave, as written, or "".
	Published string
	// Err, when not nil, says the source is known to be broken (a bad JSON
	// line, an unreadable directory entry, a bad URL): it becomes an error
	// record.
	Err *record.Error
}

// Options configures Expand. The zero value reads inputs by content with a
// 10 MiB cap and no standard input.
type Options struct {
	// Format is auto, text, html or jsonl; "" means auto. Text and html
	// force how every input is read; jsonl reads every file and standard
	// input as JSON Lines.
	Format string
	// MaxBytes caps one input: a file, standard input, a fetched body or
	// one JSON line. Zero means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the argument "-". Callers that want "no arguments
	// means standard input" pass "-" themselves.
	Stdin io.Reader
	// Verbose, when not nil, is told about files skipped in directories
	// ("skipping x.pdf: not a supported extension").
	Verbose func(msg string)
}

// docExts are the extensions of files taken as one article each in a
// directory walk; jsonlExts those read as JSON Lines.
var (
	docExts   = map[string]bool{".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true}
	jsonlExts = map[string]bool{".jsonl": true, ".ndjson": true}
)

// peekLimit bounds how far Expand looks for the first non-blank byte when
// deciding whether content is JSON Lines, and is the size of the read
// buffer for line-by-line reading.
const peekLimit = 64 << 10

// Expand turns arguments (files, directories, "-" and http(s) URLs) into
// sources, in argument order, lazily: the sequence reads and walks only as
// far as its consumer pulls, so a long JSON Lines stream is never held in
// memory.
//
// Directories are walked recursively in lexical order. Their files ending
// in .txt, .text, .md, .html, .htm, .jsonl or .ndjson (any case) are taken,
// others are skipped and reported to Options.Verbose, as are hidden files
// and directories (names starting with '.') and symbolic links to
// directories, which are not followed. A file named as an argument is
// always taken, whatever its name.
//
// JSON Lines are read from .jsonl and .ndjson files, from every input when
// Format is jsonl, and, when Format is auto, from standard input and from
// named files without a known extension whose content starts with '{'
// after an optional byte order mark and white space. Each non-blank line is
// one source: an object with "id" and exactly one of "text", "html" or
// "url", optionally "title" and "published" (or "date"). A line that is not
// such an object gives a source with Err (kind decode, or too_large for a
// line over MaxBytes), with ID "<file>:<line>" when it has no usable id, and
// reading goes on with the next line. These sources carry
// Record{Kind: "jsonl", Path: <file or "-">} and the URL for url lines.
//
// A missing path or an unreadable directory entry gives a source with Err
// (kind read) naming it, and the walk goes on. Yielding stops when the
// consumer stops or ctx is done.
func Expand(ctx context.Context, args []string, opts Options) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		e := &expander{ctx: ctx, opts: opts, yield: yield}
		e.opts.Format = strings.ToLower(strings.TrimSpace(opts.Format))
		if e.opts.Format == "" {
			e.opts.Format = FormatAuto
		}
		if e.opts.MaxBytes <= 0 {
			e.opts.MaxBytes = DefaultMaxBytes
		}
		for _, arg := range args {
			if !e.arg(arg) {
				return
			}
		}
	}
}

type expander struct {
	ctx   context.Context
	opts  Options
	yield func(Source) bool
	line  []byte // reused line buffer for JSON Lines
}

// emit hands one source to the consumer and reports whether to go on.
func (e *expander) emit(src Source) bool {
	if e.ctx.Err() != nil {
		return false
	}
	return e.yield(src)
}

// broken emits a source that is known to be bad.
func (e *expander) broken(id string, rs record.Source, kind, msg string) bool {
	return e.emit(Source{ID: id, Record: rs, Err: &record.Error{Kind: kind, Message: msg}})
}

// docFormat is the Format for sources that hold one article.
func (e *expander) docFormat() string {
	switch e.opts.Format {
	case FormatText, FormatHTML:
		return e.opts.Format
	}
	return FormatAuto
}

func (e *expander) arg(arg string) bool {
	if e.ctx.Err() != nil {
		return false
	}
	switch e.opts.Format {
	case FormatAuto, FormatText, FormatHTML, FormatJSONL:
	default:
		return e.broken(arg, record.Source{Kind: record.SourceFile, Path: arg}, record.ErrRead,
			fmt.Sprintf("unknown input format %q (want auto, text, html or jsonl)", e.opts.Format))
	}
	if arg == "-" {
		return e.stdin()
	}
	if scheme, _, ok := strings.Cut(arg, "://"); ok && isScheme(scheme) {
		return e.url(arg, scheme)
	}
	return e.path(arg)
}

// isScheme reports whether s can be a URL scheme: a letter, then letters,
// digits, '+', '-' or '.'. One letter is not enough, so that a Windows path
// such as "C://x" stays a path.
func isScheme(s string) bool {
	if len(s) < 2 || !('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	for _, c := range []byte(s) {
		if !isAlnum(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func (e *expander) url(arg, scheme string) bool {
	rs := record.Source{Kind: record.SourceURL, URL: arg}
	switch strings.ToLower(scheme) {
	case "http", "https":
	default:
		if _, err := os.Stat(arg); err == nil {
			return e.path(arg) // a real file whose name looks like a URL
		}
		return e.broken(arg, rs, record.ErrFetch, fmt.Sprintf("bad URL: scheme %q is not http or https", scheme))
	}
	if _, err := parseHTTPURL(arg); err != nil {
		return e.broken(arg, rs, record.ErrFetch, err.Error())
	}
	if e.opts.Format == FormatJSONL {
		return e.broken(arg, rs, record.ErrFetch, "JSON Lines are not read from URLs; download the file and pass its path")
	}
	return e.emit(Source{ID: arg, Record: rs, URL: arg, Format: e.docFormat()})
}

func (e *expander) stdin() bool {
	rs := record.Source{Kind: record.SourceStdin}
	if e.opts.Stdin == nil {
		return e.broken("-", rs, record.ErrRead, "no standard input")
	}
	br := bufio.NewReaderSize(e.opts.Stdin, peekLimit)
	switch e.opts.Format {
	case FormatJSONL:
		return e.jsonl(br, "-")
	case FormatAuto:
		if startsWithBrace(br) {
			return e.jsonl(br, "-")
		}
	}
	data, err := io.ReadAll(io.LimitReader(br, e.opts.MaxBytes+1))
	if err != nil {
		return e.broken("-", rs, record.ErrRead, "reading standard input: "+err.Error())
	}
	if int64(len(data)) > e.opts.MaxBytes {
		return e.broken("-", rs, record.ErrTooLarge, (&TooLargeError{What: "standard input", Limit: e.opts.MaxBytes}).Error())
	}
	return e.emit(Source{ID: "-", Record: rs, Data: data, Format: e.docFormat()})
}

// startsWithBrace reports whether the first byte after an optional UTF-8
// byte order mark and white space is '{'. It peeks one byte at a time so
// that a slow writer is not waited on for more than it has sent.
func startsWithBrace(br *bufio.Reader) bool {
	i := 0
	if b, _ := br.Peek(3); string(b) == string(bomUTF8) {
		i = 3
	}
	for ; i < peekLimit; i++ {
		b, _ := br.Peek(i + 1)
		if len(b) <= i {
			return false
		}
		switch b[i] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			continue
		case '{':
			return true
		default:
			return false
		}
	}
	return false
}

func (e *expander) path(arg string) bool {
	fi, err := os.Stat(arg)
	if err != nil {
		return e.broken(arg, record.Source{Kind: record.SourceFile, Path: arg}, record.ErrRead, pathMessage(arg, err))
	}
	if fi.IsDir() {
		root := arg
		if li, err := os.Lstat(arg); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a symbolic link even at the root;
			// a trailing separator makes the system resolve it. Paths
			// below are joined and cleaned, so they read the same.
			root += string(filepath.Separator)
		}
		return e.walk(root)
	}
	return e.file(arg, fi, true)
}

// file emits a file: one source, or one per JSON line. direct says the
// file was named as an argument rather than found in a directory.
func (e *expander) file(path string, fi fs.FileInfo, direct bool) bool {
	ext := strings.ToLower(filepath.Ext(path))
	jsonl := false
	switch e.opts.Format {
	case FormatJSONL:
		jsonl = true
	case FormatAuto:
		jsonl = jsonlExts[ext]
	}
	if !jsonl && direct && e.opts.Format == FormatAuto && !docExts[ext] && fi.Mode().IsRegular() {
		// No telling extension: look at the content. Only regular files
		// are peeked at; a pipe would lose what was read.
		if f, err := os.Open(path); err == nil {
			br := bufio.NewReaderSize(f, peekLimit)
			if startsWithBrace(br) {
				defer f.Close()
				return e.jsonl(br, path)
			}
			f.Close()
		}
	}
	if jsonl {
		f, err := os.Open(path)
		if err != nil {
			return e.broken(path, record.Source{Kind: record.SourceJSONL, Path: path}, record.ErrRead, pathMessage(path, err))
		}
		defer f.Close()
		return e.jsonl(bufio.NewReaderSize(f, peekLimit), path)
	}
	return e.emit(Source{ID: path, Record: record.Source{Kind: record.SourceFile, Path: path}, Path: path, Format: e.docFormat()})
}

// errStop ends a directory walk early.
var errStop = errors.New("stop")

func (e *expander) walk(root string) bool {
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An entry that cannot be examined, or a directory that
			// cannot be listed: say so, and carry on with the rest.
			if !e.broken(p, record.Source{Kind: record.SourceFile, Path: p}, record.ErrRead, pathMessage(p, err)) {
				return errStop
			}
			return nil
		}
		if e.ctx.Err() != nil {
			return errStop
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			// .git, .cache, editor lock and backup files: never articles.
			if d.IsDir() {
				e.verbose("skipping %s: hidden directory", p)
				return filepath.SkipDir
			}
			e.verbose("skipping %s: hidden file", p)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !docExts[ext] && !jsonlExts[ext] {
			e.verbose("skipping %s: not a supported extension", p)
			return nil
		}
		fi, err := os.Stat(p) // follows a symbolic link
		switch {
		case err != nil:
			if !e.broken(p, record.Source{Kind: record.SourceFile, Path: p}, record.ErrRead, pathMessage(p, err)) {
				return errStop
			}
			return nil
		case fi.IsDir():
			e.verbose("skipping %s: symbolic link to a directory (not followed)", p)
			return nil
		case !fi.Mode().IsRegular():
			e.verbose("skipping %s: not a regular file", p)
			return nil
		}
		if !e.file(p, fi, false) {
			return errStop
		}
		return nil
	})
	return err == nil
}

func (e *expander) verbose(format string, args ...any) {
	if e.opts.Verbose != nil {
		e.opts.Verbose(fmt.Sprintf(format, args...))
	}
}
