// Command hearth runs Hearth: it migrates databases, fills them with a synthetic local authority, adds
// user accounts and backs them up, and (as they are built) serves the web application, validates and
// exports the statutory returns and computes the measures. Each subcommand lives in its own file with its
// own flag set, and every one says what it does with --help.
//
// Exit status: 0 on success; 2 when the arguments are wrong or the database or an input cannot be reached
// or read (the message says what, where and what to do); 1 for any other failure.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"hearth"
)

// The exit statuses of the command line contract in DESIGN.md.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// cli is what a subcommand may use of the process: its standard streams. Subcommands write to these, not
// to os.Stdout, so that everything they print passes through one place.
type cli struct {
	name   string // the command being run, such as "hearth user add", which begins every message
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand. A nil run means it is in the command line contract but not built yet.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, c *cli, args []string) error
}

// commands lists the subcommands in the order help shows them: the contract of DESIGN.md, built or not.
var commands = []command{
	{"demo", "create hearth-demo.db with a synthetic authority if absent and serve it", runDemo},
	{"serve", "serve the web application from a database", runServe},
	{"migrate", "bring a database's schema up to date", runMigrate},
	{"generate", "fill an empty database with a synthetic local authority", runGenerate},
	{"user", "manage sign-in accounts (hearth user add)", runUser},
	{"validate", "check an SSDA903 or CIN census return against the DfE rules", runValidate},
	{"export", "write the SSDA903, CIN census or Annex A return from the record", runExport}, // returns: export
	{"import", "load an SSDA903 or CIN census return into the record", runImport},            // returns: import
	{"measures", "compute the measure catalogue as at a date", runMeasures},
	{"backup", "copy a SQLite database safely while it is in use", runBackup},
}

// run is the whole program apart from the process itself, so that it reads as one function: pick the
// subcommand, run it, turn its error into a message and an exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	red := newRedactor(args)
	c := &cli{name: "hearth", stdin: stdin, stdout: red.writer(stdout), stderr: red.writer(stderr)}
	// A panic is a fault in Hearth; the person running it gets one line, never a stack trace.
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(c.stderr, "%s: internal error: %v\nThis is a fault in Hearth; please report it with the command you ran.\n", c.name, p)
			code = exitFailure
		}
	}()

	if len(args) == 0 {
		printCommands(c.stdout)
		return exitOK
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			// "hearth help user add" is "hearth user add --help".
			return run(ctx, append(append([]string{}, args[1:]...), "--help"), stdin, stdout, stderr)
		}
		printCommands(c.stdout)
		return exitOK
	}
	cmd, ok := findCommand(args[0])
	if !ok {
		fmt.Fprintf(c.stderr, "hearth: %q is not a command. Run hearth help to see the commands.\n", args[0])
		return exitUsage
	}
	c.name = "hearth " + cmd.name
	if cmd.run == nil {
		fmt.Fprintf(c.stderr, "%s is not yet available in this version of Hearth. Run hearth help to see the commands that are.\n", c.name)
		return exitUsage
	}
	err := cmd.run(ctx, c, args[1:])
	return report(c.stderr, c.name, err)
}

// findCommand returns the subcommand called name.
func findCommand(name string) (command, bool) {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd, true
		}
	}
	return command{}, false
}

// printCommands writes the list of subcommands, marking those not built yet.
func printCommands(w io.Writer) {
	fmt.Fprint(w, `Hearth is the case record and performance system of a children's services organisation.

Usage: hearth COMMAND [flags]

Commands:
`)
	for _, cmd := range commands {
		s := cmd.summary
		if cmd.run == nil {
			s += " (not yet available)"
		}
		fmt.Fprintf(w, "  %-10s %s\n", cmd.name, s)
	}
	fmt.Fprint(w, `
Run hearth COMMAND --help to see what a command does, its flags and an example.
DSN is a file path or sqlite:PATH for SQLite, or a postgres:// URL.
`)
}

// errHelpShown says that --help was asked for and the help has been printed: success.
var errHelpShown = errors.New("help shown")

// report prints err for a person and returns the exit status it means.
func report(stderr io.Writer, name string, err error) int {
	switch {
	case err == nil, errors.Is(err, errHelpShown):
		return exitOK
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "%s: interrupted before it finished.\n", name)
		return exitFailure
	}
	fmt.Fprintf(stderr, "%s: %v\n", name, err)
	var h *hintError
	if errors.As(err, &h) {
		fmt.Fprintln(stderr, h.hint)
	}
	switch hearth.ErrorCode(err) {
	case hearth.EINVALID, hearth.EUNAVAILABLE:
		return exitUsage
	}
	return exitFailure
}

// hintError adds to an error a sentence saying what to do about it, printed on its own line.
type hintError struct {
	err  error
	hint string
}

func (e *hintError) Error() string { return e.err.Error() }
func (e *hintError) Unwrap() error { return e.err }

// withHint returns err with a sentence saying what to do about it.
func withHint(err error, hint string) error { return &hintError{err: err, hint: hint} }
