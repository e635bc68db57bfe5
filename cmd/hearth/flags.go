package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"hearth"
)

// help is what a subcommand's --help prints besides its flags.
type help struct {
	usage    string // the synopsis, e.g. "hearth migrate --db DSN"
	about    string // what the command does and why, in a few sentences
	examples []string
}

// newFlagSet returns an empty flag set for a subcommand whose --help prints h and the flags.
func newFlagSet(name string, h help) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: %s\n\n%s\n\nFlags:\n", h.usage, strings.TrimSpace(h.about))
		printFlags(w, fs)
		fmt.Fprintf(w, "\nExample:\n")
		for _, e := range h.examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	return fs
}

// printFlags lists the flags with two dashes, the way the examples and the README write them (the flag
// package accepts one or two).
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		if kind == "" || isBoolFlag(f) {
			fmt.Fprintf(w, "  --%s\n", f.Name)
		} else {
			fmt.Fprintf(w, "  --%s %s\n", f.Name, kind)
		}
		fmt.Fprintf(w, "        %s", usage)
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parse reads a subcommand's flags. --help prints the help on standard output and returns errHelpShown;
// a bad flag or a stray argument is an EINVALID error pointing at --help. Nothing the command does
// happens before its arguments have all been checked.
func (c *cli) parse(fs *flag.FlagSet, args []string) error {
	var out bytes.Buffer
	fs.SetOutput(&out)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.stdout.Write(out.Bytes())
		return errHelpShown
	case err != nil:
		// The flag package's message, e.g. "flag provided but not defined: -sise"; its usage text is
		// left out because a long list of flags would hide the one line that matters.
		msg := strings.NewReplacer("defined: -", "defined: --", "flag -", "flag --").Replace(err.Error())
		return usageError(fs, "%s", msg)
	case fs.NArg() > 0:
		return usageError(fs, "unexpected argument %q (flags are written --name value)", fs.Arg(0))
	}
	return nil
}

// usageError is an EINVALID error about a subcommand's arguments, with a hint to read its --help.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	return withHint(hearth.Errorf(hearth.EINVALID, format, args...),
		fmt.Sprintf("Run hearth %s --help to see its flags and an example.", fs.Name()))
}

// required returns a usage error naming the first of the flags that was not given a value.
func required(fs *flag.FlagSet, names ...string) error {
	for _, n := range names {
		if f := fs.Lookup(n); f != nil && strings.TrimSpace(f.Value.String()) == "" {
			return usageError(fs, "--%s is required", n)
		}
	}
	return nil
}
