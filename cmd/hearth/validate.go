package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"hearth"
)

// validators are the returns hearth validate checks, each run by its own file (validate_cin.go,
// validate_ssda903.go): hearth validate RETURN [flags] PATH.
var validators = map[string]func(ctx context.Context, c *cli, args []string) error{
	"cin": runValidateCIN,
}

const validateUsage = `Usage: hearth validate ssda903|cin [flags] PATH

Check a statutory return against the DfE's validation rules for its collection year and report every
finding. Run hearth validate cin --help (or ssda903) to see a return's flags.
`

// runValidate picks the return to validate and hands over to its command.
func runValidate(ctx context.Context, c *cli, args []string) error {
	names := make([]string, 0, len(validators))
	for n := range validators {
		names = append(names, n)
	}
	slices.Sort(names)
	switch {
	case len(args) == 0:
		fmt.Fprint(c.stderr, validateUsage)
		return hearth.Errorf(hearth.EINVALID, "say which return to validate: %s", strings.Join(names, " or "))
	case args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		fmt.Fprint(c.stdout, validateUsage)
		return errHelpShown
	}
	run, ok := validators[args[0]]
	if !ok {
		return withHint(hearth.Errorf(hearth.EINVALID, "%q is not a return hearth can validate yet", args[0]),
			"Run hearth validate --help to see the returns.")
	}
	c.name = "hearth validate " + args[0]
	return run(ctx, c, args[1:])
}
