package main

import (
	"context"
	"flag"
	"fmt"

	"hearth"
)

const validateUsage = `Usage: hearth validate ssda903|cin [flags] PATH

Check a statutory return against every DfE validation rule of its collection year:
  ssda903  the children looked after return: a folder of its CSV tables, one CSV table, or its XML form
  cin      the children in need census: its XML file

Exit status: 0 no errors, 1 errors found, 2 the input could not be read.
Run hearth validate ssda903 --help or hearth validate cin --help to see their flags and an example.
`

// runValidate dispatches "hearth validate RETURN".
func runValidate(ctx context.Context, c *cli, args []string) error {
	switch {
	case len(args) == 0:
		fmt.Fprint(c.stderr, validateUsage)
		return hearth.Errorf(hearth.EINVALID, "say which return to validate: hearth validate ssda903 PATH or hearth validate cin FILE.xml")
	case args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		fmt.Fprint(c.stdout, validateUsage)
		return errHelpShown
	}
	switch args[0] {
	case "ssda903":
		c.name = "hearth validate ssda903"
		return runValidateSSDA903(ctx, c, args[1:])
	case "cin": // the CIN census (validate_cin.go)
		c.name = "hearth validate cin"
		return runValidateCIN(ctx, c, args[1:])
	}
	return withHint(hearth.Errorf(hearth.EINVALID, "%q is not a return Hearth validates", args[0]),
		"Run hearth validate --help to see the returns.")
}

// parseWithPath reads a subcommand's flags and its one PATH argument, which may come before, between or
// after the flags. With list set (such as --rules) the path may be left out.
func (c *cli) parseWithPath(fs *flag.FlagSet, args []string, pathOptional func() bool) (string, error) {
	var path string
	rest := args
	for {
		if err := c.parse(fs, rest); err == nil || fs.NArg() == 0 {
			if err != nil {
				return "", err
			}
			break
		}
		if path != "" {
			return "", usageError(fs, "give one PATH, not %q and %q", path, fs.Arg(0))
		}
		path = fs.Arg(0)
		rest = fs.Args()[1:]
	}
	if path == "" && !pathOptional() {
		return "", usageError(fs, "give the PATH of the return to validate")
	}
	return path, nil
}
