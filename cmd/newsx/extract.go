package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// extractOptions holds the flag values of extract and text; the command
// functions only fill it, extractRun does the work.
type extractOptions struct {
	IO          streams
	Inputs      []string
	TextOnly    bool // newsx text
	Pretty      bool
	NoText      bool
	Entities    bool
	Date        string
	InputFormat string
	Timeout     time.Duration
	MaxBytes    byteSize
	Workers     int
	Quiet       bool
	Verbose     bool
	Format      string // json, text, geojson, html
	Color       string // auto, always, never
	Width       int    // terminal width for --format text; 0: 80
}

// Output formats of extract.
const (
	formatJSON    = "json"
	formatText    = "text"
	formatGeoJSON = "geojson"
	formatHTML    = "html"
)

const inputsHelp = `Inputs: files, directories (searched recursively for .txt .text .md .html .htm
.jsonl; other files are skipped, said so with --verbose), http(s) URLs, and "-"
for standard input. No input means standard input. JSON Lines inputs hold one
object per line with "id" and one of "text", "html" or "url" (optional "title",
"published"); every line becomes one record.

Every input yields exactly one record, in input order, even with parallel
workers. A failed input yields a record with "error" and a line on stderr; the
other inputs are still processed, and the exit status is 1.`

func newExtractCmd(ios streams, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|URL|-]...",
		Short: "Extract places, actors, casualty figures and claims from articles",
		Long: `Extract places, actors, casualty figures and claims from news articles, as
JSON Lines records (schema version ` + record.SchemaVersion + `; see newsx schema).

` + inputsHelp,
		Example: `  newsx extract article.txt
  curl -s https://example.com/story.html | newsx extract --input-format html
  newsx extract --workers 4 articles/ > facts.jsonl
  newsx extract --date 2025-03-16 --no-text brief.txt | jq '.casualties[]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return prepare(cmd, opts, args, runF)
		},
	}
	addInputFlags(cmd, opts)
	opts.Format, opts.Color = formatJSON, "auto"
	cmd.Flags().BoolVar(&opts.NoText, "no-text", false, "leave the text out of records (offsets still refer to it)")
	cmd.Flags().BoolVar(&opts.Entities, "entities", false, "add the raw named-entity mentions (entities) to records")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", opts.Format, "output: json (JSON Lines records), text (a summary per article), geojson (one FeatureCollection of the places), html (one annotated page)")
	cmd.Flags().StringVar(&opts.Color, "color", opts.Color, "colour in --format text: auto (on a terminal, unless NO_COLOR is set), always or never")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatJSON, formatText, formatGeoJSON, formatHTML}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions(
		[]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func newTextCmd(ios streams, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: ios, TextOnly: true}
	cmd := &cobra.Command{
		Use:   "text [FILE|DIR|URL|-]...",
		Short: "Print the main text and metadata of articles, without facts",
		Long: `Print the main text and metadata of articles (title, site, language,
publication date, authors): the same records as extract, with empty fact lists.
For HTML pages the text is the article alone, one paragraph per line, without
navigation, ads, captions or comments.

` + inputsHelp,
		Example: `  newsx text page.html | jq -r .text
  newsx text https://example.com/story.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return prepare(cmd, opts, args, runF)
		},
	}
	addInputFlags(cmd, opts)
	return cmd
}

func addInputFlags(cmd *cobra.Command, opts *extractOptions) {
	opts.Timeout = 20 * time.Second
	opts.MaxBytes = extract.DefaultMaxBytes
	opts.Workers = runtime.NumCPU()
	opts.InputFormat = input.FormatAuto
	f := cmd.Flags()
	f.BoolVar(&opts.Pretty, "pretty", false, "indent the JSON (default when standard output is a terminal)")
	f.StringVar(&opts.Date, "date", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	f.StringVar(&opts.InputFormat, "input-format", opts.InputFormat, "how to read inputs: auto, text, html or jsonl")
	f.DurationVar(&opts.Timeout, "timeout", opts.Timeout, "time limit for fetching one URL (each attempt)")
	f.Var(&opts.MaxBytes, "max-bytes", "size cap of one input, e.g. 10MiB, 500KB or 1048576; larger inputs are errors")
	f.IntVarP(&opts.Workers, "workers", "j", opts.Workers, "inputs processed in parallel")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "say on stderr which files in directories are skipped")
	_ = cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions(
		[]string{input.FormatAuto, input.FormatText, input.FormatHTML, input.FormatJSONL}, cobra.ShellCompDirectiveNoFileComp))
}

// prepare checks the flags, fills the defaults that depend on the terminal
// and runs the command (or hands the options to runF in tests).
func prepare(cmd *cobra.Command, opts *extractOptions, args []string, runF func(*extractOptions) error) error {
	opts.Inputs = args
	if len(args) == 0 {
		opts.Inputs = []string{"-"}
	}
	if !cmd.Flags().Changed("pretty") {
		opts.Pretty = opts.IO.outTTY
	}
	if opts.Format == formatText && opts.IO.outTTY && opts.IO.isSystem {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
			opts.Width = min(w, 100)
		}
	}
	switch opts.InputFormat {
	case input.FormatAuto, input.FormatText, input.FormatHTML, input.FormatJSONL:
	default:
		return usageErrorf("--input-format %q: want auto, text, html or jsonl", opts.InputFormat)
	}
	if opts.Date != "" {
		if _, err := time.Parse(time.DateOnly, opts.Date); err != nil {
			return usageErrorf("--date %q: want a date as YYYY-MM-DD", opts.Date)
		}
	}
	switch opts.Format {
	case "", formatJSON, formatText, formatGeoJSON, formatHTML:
	default:
		return usageErrorf("--format %q: want json, text, geojson or html", opts.Format)
	}
	switch opts.Color {
	case "", "auto", "always", "never":
	default:
		return usageErrorf("--color %q: want auto, always or never", opts.Color)
	}
	if opts.NoText && opts.Format == formatHTML {
		return usageErrorf("--no-text cannot be used with --format html: the page shows the text")
	}
	if opts.Workers < 1 {
		return usageErrorf("--workers %d: need at least 1", opts.Workers)
	}
	if opts.Timeout <= 0 {
		return usageErrorf("--timeout %s: must be positive", opts.Timeout)
	}
	if opts.MaxBytes <= 0 {
		return usageErrorf("--max-bytes: must be positive")
	}
	stdin := 0
	for _, in := range opts.Inputs {
		if in == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usageErrorf("standard input (-) can be named only once")
	}
	if runF != nil {
		return runF(opts)
	}
	return extractRun(cmd.Context(), opts)
}

func extractRun(ctx context.Context, opts *extractOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ios := opts.IO
	p, err := extract.New(extract.Options{
		Date:     opts.Date,
		TextOnly: opts.TextOnly,
		Entities: opts.Entities,
		MaxBytes: int64(opts.MaxBytes),
		Fetcher: &input.Fetcher{
			Timeout:   opts.Timeout,
			MaxBytes:  int64(opts.MaxBytes),
			UserAgent: "newsx/" + getVersion() + " (+https://github.com/newsx/newsx)",
		},
	})
	if err != nil {
		return usageErrorf("%v", err)
	}
	prog := newProgress(ios, opts.Quiet)
	var verbose func(string)
	if opts.Verbose {
		verbose = func(msg string) { prog.println("newsx: " + msg) }
	}
	sources := input.Expand(ctx, opts.Inputs, input.Options{
		Format:   opts.InputFormat,
		MaxBytes: int64(opts.MaxBytes),
		Stdin:    ios.In,
		Verbose:  verbose,
	})

	out := bufio.NewWriterSize(ios.Out, 64<<10)
	sink := newSink(out, opts)
	failed, total := 0, 0
	runErr := p.Run(ctx, sources, opts.Workers, func(res extract.Result) error {
		total++
		if err := sink.add(res.Record); err != nil {
			return &exitError{code: exitInternal, msg: "writing output: " + err.Error()}
		}
		if err := out.Flush(); err != nil {
			return &exitError{code: exitInternal, msg: "writing output: " + err.Error()}
		}
		if res.Err != nil {
			failed++
			prog.println(failureLine(res.Record))
		}
		prog.add(failed)
		return nil
	})
	prog.finish()
	if runErr == nil {
		// the collection and the page end even when some inputs failed
		if err := sink.close(); err != nil {
			runErr = &exitError{code: exitInternal, msg: "writing output: " + err.Error()}
		} else if err := out.Flush(); err != nil {
			runErr = &exitError{code: exitInternal, msg: "writing output: " + err.Error()}
		}
	}
	if runErr != nil {
		var ee *exitError
		if errors.As(runErr, &ee) {
			return ee
		}
		if errors.Is(runErr, context.Canceled) {
			return &exitError{code: exitInternal, msg: fmt.Sprintf("interrupted after %d records", total)}
		}
		return &exitError{code: exitInternal, msg: runErr.Error()}
	}
	if failed > 0 {
		return &exitError{code: exitInputFailed, silent: true}
	}
	return nil
}

// displayName is how an input is named in messages.
func displayName(id string) string {
	if id == "-" {
		return "<stdin>"
	}
	return id
}

// failureLine is the one stderr line for a failed input:
// "newsx: NAME: message (kind)".
func failureLine(rec *record.Record) string {
	name := displayName(rec.ID)
	msg, kind := "failed", record.ErrInternal
	if rec.Error != nil {
		msg, kind = rec.Error.Message, rec.Error.Kind
	}
	// Messages about files start with the path; the line names it already.
	msg = strings.TrimPrefix(msg, rec.ID+": ")
	return fmt.Sprintf("newsx: %s: %s (%s)", name, oneLine(msg), kind)
}

// oneLine keeps a message on one line of stderr.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// progress shows a progress bar on stderr when it is a terminal, once there
// is more than one input. Inputs are streamed, so the total is unknown: the
// bar counts records and shows the rate.
type progress struct {
	w       io.Writer
	enabled bool
	bar     *progressbar.ProgressBar
	n       int
}

func newProgress(ios streams, quiet bool) *progress {
	return &progress{w: ios.Err, enabled: ios.errTTY && !quiet}
}

func (p *progress) add(failed int) {
	p.n++
	if !p.enabled || p.n < 2 {
		return
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("extracting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		_ = p.bar.Add(1) // the first record, counted before the bar existed
	}
	if failed > 0 {
		p.bar.Describe("extracting (" + strconv.Itoa(failed) + " failed)")
	}
	_ = p.bar.Add(1)
}

// println writes a message line, clearing the bar first so they do not mix.
func (p *progress) println(msg string) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintln(p.w, msg)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
