package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/htmltext"
	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/record"
)

// DefaultMaxBytes is the size cap of one input when Options.MaxBytes is zero.
const DefaultMaxBytes = 10 << 20

// Options configures a Pipeline. The zero value works: every stage runs,
// offline (URL inputs are refused), with a 10 MiB cap per input.
type Options struct {
	// Date is the publication date, YYYY-MM-DD, used when an input carries
	// none. Relative days in the text ("on Saturday") resolve against the
	// publication date. Empty means no fallback.
	Date string
	// TextOnly stops after the text and metadata stage: the fact lists stay
	// empty (newsx text).
	TextOnly bool
	// Entities adds the NLP engine's raw named-entity mentions to the record
	// (its entities list), so that the engine can be checked on its own.
	Entities bool
	// Fetcher retrieves http(s) inputs. Nil refuses URL inputs with a fetch
	// error, which keeps tests and offline runs off the network.
	Fetcher *input.Fetcher
	// MaxBytes caps how much of one input is read. Zero means DefaultMaxBytes.
	MaxBytes int64
}

// Pipeline runs the stages over inputs. It is safe for concurrent use; models
// behind the stages load once per process, on first use.
type Pipeline struct {
	opts Options
}

// New checks opts and returns a pipeline.
func New(opts Options) (*Pipeline, error) {
	if opts.Date != "" {
		if _, err := time.Parse(time.DateOnly, opts.Date); err != nil {
			return nil, fmt.Errorf("date %q: want YYYY-MM-DD", opts.Date)
		}
	}
	if opts.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes %d: must not be negative", opts.MaxBytes)
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return &Pipeline{opts: opts}, nil
}

// InputError is returned by Extract when an input could not be analysed.
// The record returned alongside carries the same kind and message.
type InputError struct {
	ID   string
	Kind string // a record.Err* kind
	Msg  string
}

func (e *InputError) Error() string { return e.Kind + ": " + e.Msg }

// Extract analyses one input. It always returns a record (schema version 1).
// When the input fails, the record carries an error object, its fact lists
// are empty, and the returned error is an *InputError with the same content.
func (p *Pipeline) Extract(ctx context.Context, src input.Source) (rec *record.Record, err error) {
	rec = record.New(src.ID, src.Record)
	defer func() {
		// A bug in one stage must not end a batch of thousands: the input
		// gets an internal error record and the run goes on.
		if v := recover(); v != nil {
			msg := fmt.Sprintf("panic: %v (please report this with the input): %s", v, firstFrames(debug.Stack()))
			rec.Text = ""
			rec.Fail(record.ErrInternal, msg)
			err = &InputError{ID: src.ID, Kind: record.ErrInternal, Msg: msg}
		}
		rec.Normalize()
	}()
	fail := func(e *record.Error) (*record.Record, error) {
		rec.Fail(e.Kind, e.Message)
		return rec, &InputError{ID: src.ID, Kind: e.Kind, Msg: e.Message}
	}
	if src.Err != nil {
		return fail(src.Err)
	}
	if src.URL != "" && p.opts.Fetcher == nil {
		return fail(&record.Error{Kind: record.ErrFetch, Message: "fetching URLs is disabled (no fetcher configured)"})
	}
	if err := ctx.Err(); err != nil {
		return fail(&record.Error{Kind: record.ErrRead, Message: "cancelled: " + err.Error()})
	}
	doc, lerr := input.Load(ctx, src, p.opts.Fetcher, p.opts.MaxBytes)
	if lerr != nil {
		return fail(lerr)
	}
	if doc.ContentType != "" {
		rec.Source.ContentType = doc.ContentType
	}
	rec.Warnings = append(rec.Warnings, doc.Warnings...)

	var title, published string
	if doc.HTML {
		pageURL := doc.URL
		if pageURL == "" {
			pageURL = src.URL
		}
		art, herr := htmltext.Extract(doc.Text, pageURL)
		if herr != nil {
			return fail(&record.Error{Kind: record.ErrDecode, Message: "HTML: " + herr.Error()})
		}
		rec.Text = art.Text
		title, published = art.Title, art.Published
		rec.Site = record.Str(art.Site)
		rec.Lang = record.Str(art.Lang)
		rec.Authors = append(rec.Authors, art.Authors...)
		if art.Truncated {
			rec.Warn(record.WarnTruncated, "the HTML document ends before its closing tags; it may be cut off")
		}
	} else {
		rec.Text = normaliseText(doc.Text)
		title = guessTitle(rec.Text)
	}
	// Metadata a JSON Lines item gives wins over what newsx guessed.
	if src.Title != "" {
		title = src.Title
	}
	if src.Published != "" {
		if iso, ok := htmltext.NormalizeDate(src.Published); ok {
			published = iso
		} else {
			rec.Warn(record.WarnBadDate, fmt.Sprintf("the published date %q given with the input is not a date newsx can read; it was ignored", src.Published))
		}
	}
	if published == "" {
		published = p.opts.Date
	}
	rec.Title = record.Str(title)
	rec.Published = record.Str(published)
	if rec.Lang == nil {
		rec.Lang = record.Str(guessLang(rec.Text))
	}
	if strings.TrimSpace(rec.Text) == "" {
		what := "no text"
		if doc.HTML {
			what = "no article text found in the HTML page"
		}
		return fail(&record.Error{Kind: record.ErrEmpty, Message: what})
	}
	if p.opts.TextOnly {
		return rec, nil
	}
	a := &article{rec: rec, doc: nlp.Analyze(rec.Text), published: published, entities: p.opts.Entities}
	for _, st := range stages {
		st(a)
	}
	return rec, nil
}

// firstFrames keeps a stack trace short enough for one error line.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "/") && strings.Contains(l, "newsx/") {
			out = append(out, l[strings.LastIndex(l, "newsx/"):])
		}
		if len(out) == 3 {
			break
		}
	}
	return strings.Join(out, " < ")
}

// IsInputError reports whether err is an input failure (as opposed to a
// problem with the run itself, such as a closed output).
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}
