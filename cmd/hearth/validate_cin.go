package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"hearth"
	"hearth/returns/cin"
)

var validateCINHelp = help{
	usage: "hearth validate cin [--year YEAR] [--format text|csv|json] FILE.xml\n       hearth validate cin --year YEAR --rules",
	about: `Check a CIN census return (the DfE's XML) against every validation rule of its collection year and
report each finding: the rule, the table and 0-based row of the file it concerns, the child's LAchildID,
the items and the DfE's message. The text report groups the findings by rule with counts; csv and json
list every finding with the keys rule, table, row, child, fields and message. A rule that cannot be run
is reported as not run, with the reason.

YEAR is the collection year, named by the 31 March that ends it (2026 is 1 April 2025 to 31 March 2026);
without --year it is read from the file's header. --rules lists the rule codes of the year instead.

Exit status: 0 when the return has no errors (queries may remain), 1 when it has errors, 2 when the file
cannot be read (the message says where and what is wrong) or the arguments are wrong.`,
	examples: []string{
		"hearth validate cin cin-census-2026.xml",
		"hearth validate cin --year 2026 --format csv cin-census-2026.xml > findings.csv",
		"hearth validate cin --year 2026 --rules",
	},
}

// errReturnHasErrors says that validation finished and found errors: exit status 1, after the report.
type errReturnHasErrors struct{ errors, queries int }

func (e *errReturnHasErrors) Error() string {
	return fmt.Sprintf("the return has %s (and %s) to correct before it is sent",
		nounCount(e.errors, "error", "errors"), nounCount(e.queries, "query", "queries"))
}

// nounCount writes a number with the singular or plural noun.
func nounCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func runValidateCIN(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("validate cin", validateCINHelp)
	year := fs.Int("year", 0, "the collection `YEAR`, such as 2026 for 2025/26 (default: from the file's header)")
	format := fs.String("format", "text", "the report `FORMAT`: text, csv or json")
	listRules := fs.Bool("rules", false, "list the rule codes that apply to the year instead of validating")
	rest, err := parseAroundFiles(c, fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "csv" && *format != "json" {
		return usageError(fs, "--format must be text, csv or json, not %q", *format)
	}
	if *year != 0 {
		if err := cin.CheckYear(*year); err != nil {
			return withHint(err, "Run hearth validate cin --help to see the flags.")
		}
	}
	if *listRules {
		if *year == 0 {
			return usageError(fs, "--rules needs --year, since there is no file to read the year from")
		}
		if len(rest) > 0 {
			return usageError(fs, "--rules lists the rules of a year; leave out the file %q", rest[0])
		}
		return printCINRules(c.stdout, *year)
	}
	switch len(rest) {
	case 0:
		return usageError(fs, "name the CIN census XML file to validate")
	case 1:
	default:
		return usageError(fs, "validate one file at a time; %q is one too many", rest[1])
	}
	path := rest[0]
	return validateCINFile(c, path, *year, *format)
}

// validateCINFile reads and validates one file and writes the report; the error says whether the return
// has errors (exit status 1) or could not be read (2).
func validateCINFile(c *cli, path string, year int, format string) error {
	started := time.Now()
	census, err := cin.ReadFile(path)
	if err != nil {
		var re *cin.ReadError
		if !errors.As(err, &re) {
			return err
		}
		hint := "Check that the file is the CIN census XML, whole and well formed."
		if re.Line == 0 {
			hint = "Check the file's name and that it can be read."
		}
		return withHint(hearth.WrapError(hearth.EINVALID, err, "cannot read the return"), hint)
	}
	if year == 0 {
		y, ok := cin.YearOf(census)
		if !ok {
			return withHint(hearth.Errorf(hearth.EINVALID, "the header of %s gives no collection year", path),
				"Give the collection year with --year, such as --year 2026 for 2025/26.")
		}
		if err := cin.CheckYear(y); err != nil {
			return withHint(err, "The year was read from the file's header; give another with --year.")
		}
		year = y
	}
	rep := cin.Validate(census, cin.NewContext(year))
	switch format {
	case "csv":
		err = cin.WriteCSV(c.stdout, rep)
	case "json":
		err = cin.WriteJSON(c.stdout, rep)
	default:
		err = cin.WriteText(c.stdout, path, rep)
		if err == nil {
			fmt.Fprintf(c.stdout, "\nRead and checked in %s.\n", time.Since(started).Round(time.Millisecond))
		}
	}
	if err != nil {
		return fmt.Errorf("write the report: %w", err)
	}
	if format != "text" {
		// The csv and json forms hold findings only; say on standard error what was not run.
		for _, n := range rep.NotRun {
			fmt.Fprintf(c.stderr, "%s: rule %s not run: %s\n", c.name, n.Code, n.Reason)
		}
	}
	if errs := rep.Errors(); errs > 0 {
		return &errReturnHasErrors{errors: errs, queries: len(rep.Findings) - errs}
	}
	return nil
}

// printCINRules lists the rules of the collection year: code, severity, table and message, then those
// that are not run with the reason.
func printCINRules(w io.Writer, year int) error {
	for _, r := range cin.Rules(year) {
		if _, err := fmt.Fprintf(w, "%-6s %-5s %-21s %s\n", r.Code, r.Severity, r.Module, r.Message); err != nil {
			return err
		}
	}
	for _, n := range cin.NotRunIn(year) {
		if _, err := fmt.Fprintf(w, "%-6s not run: %s\n", n.Code, n.Reason); err != nil {
			return err
		}
	}
	return nil
}

// parseAroundFiles reads a subcommand's flags wherever they stand, before or after its file arguments,
// and returns the file arguments; --help and bad flags are handled as c.parse handles them.
func parseAroundFiles(c *cli, fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, c.parse(fs, args)
		}
		if fs.NArg() == 0 {
			return files, nil
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
