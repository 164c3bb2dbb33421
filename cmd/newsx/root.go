package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes, documented in the README and in `newsx --help`.
const (
	exitOK          = 0 // every input was processed
	exitInputFailed = 1 // some inputs failed; their error records and all other records were printed
	exitUsage       = 2 // bad flag, argument or command; nothing was processed
	exitInternal    = 4 // the run itself failed (e.g. output could not be written)
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise it comes from the module's build information.
var version = ""

func getVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	// A build from a checkout: name the commit.
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) >= 12 {
		rev = rev[:12]
		if dirty {
			rev += "-dirty"
		}
		return "dev-" + rev
	}
	return "dev"
}

// streams are the process's standard streams, replaceable in tests.
type streams struct {
	In       io.Reader
	Out      io.Writer
	Err      io.Writer
	outTTY   bool // stdout is a terminal
	errTTY   bool // stderr is a terminal
	getenv   func(string) string
	isSystem bool
}

func systemStreams() streams {
	return streams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		outTTY:   term.IsTerminal(int(os.Stdout.Fd())),
		errTTY:   term.IsTerminal(int(os.Stderr.Fd())),
		getenv:   os.Getenv,
		isSystem: true,
	}
}

// exitError carries an exit code up to run. silent means the problem was
// already reported on stderr.
type exitError struct {
	code   int
	msg    string
	silent bool
}

func (e *exitError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, a...)}
}

// Main runs newsx with the process's arguments and streams and returns the
// exit code.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, os.Args[1:], systemStreams())
}

// run is Main with everything injected; tests call it in-process.
func run(ctx context.Context, args []string, ios streams) int {
	root := newRootCmd(ios)
	root.SetArgs(args)
	return report(ios.Err, root.ExecuteContext(ctx))
}

// report is the one place that prints a run's error and picks the exit code.
func report(stderr io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if !ee.silent {
			fmt.Fprintf(stderr, "newsx: %s\n", ee.msg)
			if ee.code == exitUsage {
				fmt.Fprintln(stderr, "Run 'newsx --help' for usage.")
			}
		}
		return ee.code
	}
	// Anything else comes from cobra's own parsing: unknown commands,
	// flags and argument checks.
	fmt.Fprintf(stderr, "newsx: %s\nRun 'newsx --help' for usage.\n", strings.TrimSpace(err.Error()))
	return exitUsage
}

const rootLong = `newsx turns news articles into structured, verifiable facts: the places
(geocoded), the actors, the casualty figures and the claims, each with the exact
span of text it came from. Output is JSON Lines, one record per input, in input
order (schema: newsx schema).

Inputs are files, directories (searched recursively), http(s) URLs, "-" for
standard input, or JSON Lines items ({"id": ..., "text"|"html"|"url": ...}).

Exit status:
  0  every input was processed
  1  some inputs failed: each has an error record on stdout and a line on
     stderr; all other inputs were still processed and printed
  2  usage error (bad flag, argument or command); nothing was processed
  4  the run itself failed (e.g. standard output could not be written)`

func newRootCmd(ios streams) *cobra.Command {
	root := &cobra.Command{
		Use:           "newsx",
		Short:         "Turn news articles into structured, verifiable facts",
		Long:          rootLong,
		Version:       getVersion(),
		SilenceErrors: true,
		SilenceUsage:  true,
		// No arguments and no subcommand: help, with status 2 so scripts
		// that forget the command notice.
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unknown command %q", args[0])
			}
			cmd.SetOut(ios.Err)
			_ = cmd.Help()
			return &exitError{code: exitUsage, silent: true}
		},
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.Err)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%s", err.Error())
	})
	root.SetVersionTemplate("newsx {{.Version}}\n")
	root.AddCommand(
		newExtractCmd(ios, nil),
		newTextCmd(ios, nil),
		newSchemaCmd(ios),
		newCheckCmd(ios, nil),
		newVersionCmd(ios),
	)
	return root
}
