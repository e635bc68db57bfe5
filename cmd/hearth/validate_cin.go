package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"hearth"
	"hearth/returns"
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
	path, err := c.parseWithPath(fs, args, func() bool { return *listRules })
	if err != nil {
		return err
	}
	if !slices.Contains(returns.Formats, *format) {
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
		if path != "" {
			return usageError(fs, "--rules lists the rules of a year; leave out the file %q", path)
		}
		return printCINRules(c, *year)
	}
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
	rep.Sort()
	if err := rep.Write(c.stdout, c.stderr, format); err != nil {
		return fmt.Errorf("write the report: %w", err)
	}
	errs := cin.Errors(rep)
	if format == "text" {
		fmt.Fprintf(c.stdout, "\n%s: %s and %s, of %s; read and checked in %s.\n", path,
			nounCount(errs, "error", "errors"), nounCount(len(rep.Findings)-errs, "query", "queries"),
			nounCount(len(census.Children), "child", "children"), time.Since(started).Round(time.Millisecond))
	}
	if errs > 0 {
		return &errReturnHasErrors{errors: errs, queries: len(rep.Findings) - errs}
	}
	return nil
}

// printCINRules lists the rules of the collection year, one a line: the code, whether Hearth runs it,
// whether it is an error or a query, its table and the DfE's message; then a count on standard error.
func printCINRules(c *cli, year int) error {
	rules := cin.Rules(year)
	for _, r := range rules {
		fmt.Fprintf(c.stdout, "%s\truns\t%s\t%s\t%s\n", r.Code, r.Severity, r.Module, r.Message)
	}
	notRun := cin.NotRunIn(year)
	for _, n := range notRun {
		fmt.Fprintf(c.stdout, "%s\tnot run\t%s\n", n.Rule, n.Why)
	}
	fmt.Fprintf(c.stderr, "%d rules apply to %d/%02d; Hearth runs %d of them.\n", len(rules)+len(notRun), year-1, year%100, len(rules))
	return nil
}
