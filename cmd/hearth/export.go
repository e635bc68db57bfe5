package main

import (
	"context"
	"fmt"

	"hearth"
)

const exportUsage = `Usage: hearth export ssda903|cin|annex-a [flags]

Write a statutory return from the record:
  ssda903  the children looked after return: its CSV tables (or its XML form with --xml) in a folder
  cin      the children in need census: its XML file
  annex-a  Ofsted's Annex A lists 1 to 11 as an xlsx workbook

Run hearth export ssda903 --help, hearth export cin --help or hearth export annex-a --help to see their
flags and an example.
`

// runExport dispatches "hearth export RETURN".
func runExport(ctx context.Context, c *cli, args []string) error {
	switch {
	case len(args) == 0:
		fmt.Fprint(c.stderr, exportUsage)
		return hearth.Errorf(hearth.EINVALID, "say which return to export: hearth export ssda903, hearth export cin or hearth export annex-a")
	case args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		fmt.Fprint(c.stdout, exportUsage)
		return errHelpShown
	}
	switch args[0] {
	case "ssda903":
		c.name = "hearth export ssda903"
		return runExportSSDA903(ctx, c, args[1:])
	case "cin": // the CIN census (export_cin.go)
		c.name = "hearth export cin"
		return runExportCIN(ctx, c, args[1:])
	case "annex-a":
		c.name = "hearth export annex-a"
		return runExportAnnexA(ctx, c, args[1:])
	}
	return withHint(hearth.Errorf(hearth.EINVALID, "%q is not a return Hearth exports", args[0]),
		"Run hearth export --help to see the returns.")
}
