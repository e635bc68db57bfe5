package main

import (
	"context"
	"fmt"

	"hearth"
)

const importUsage = `Usage: hearth import ssda903|cin [flags] PATH

Load a statutory return into the record, creating or updating the children and their rows:
  ssda903  the children looked after return: a folder of its CSV tables, or its XML form
  cin      the children in need census: its XML

Run hearth import ssda903 --help (or cin) to see the flags and an example.
`

// runImport dispatches "hearth import RETURN".
func runImport(ctx context.Context, c *cli, args []string) error {
	switch {
	case len(args) == 0:
		fmt.Fprint(c.stderr, importUsage)
		return hearth.Errorf(hearth.EINVALID, "say which return to import: hearth import ssda903 PATH")
	case args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		fmt.Fprint(c.stdout, importUsage)
		return errHelpShown
	}
	switch args[0] {
	case "ssda903":
		c.name = "hearth import ssda903"
		return runImportSSDA903(ctx, c, args[1:])
	case "cin":
		c.name = "hearth import cin"
		return runImportCIN(ctx, c, args[1:])
	}
	return withHint(hearth.Errorf(hearth.EINVALID, "%q is not a return Hearth imports", args[0]),
		"Run hearth import --help to see the returns.")
}
