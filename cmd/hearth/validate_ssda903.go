package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"hearth"
	"hearth/returns"
	"hearth/returns/ssda903"
)

var validateSSDA903Help = help{
	usage: "hearth validate ssda903 [--year YEAR] [--previous DIR] [--format text|csv|json] [--rules] PATH",
	about: `Check an SSDA903 return (children looked after) against every DfE validation rule of its collection
year. PATH is a folder of the return's CSV tables (each recognised by its columns, in any order, with or
without a byte order mark, CRLF or LF line ends, blank lines and extra columns), one CSV table, or the
return's XML form (a file ending .xml; it has no social worker or DoLo tables). YEAR is the collection
year, named by the 31 March that ends it (2026 means 1 April 2025 to 31 March 2026). Rules that compare
with last year need --previous with last year's folder; a rule that cannot run is listed as not run and
why, never counted as passed. The csv and json reports have one finding per line or object with rule,
table, row (the 0-based data row of that table), child, fields and message. --rules lists the codes of
the rules that apply to the year instead.`,
	examples: []string{
		"hearth validate ssda903 --year 2026 returns/2026",
		"hearth validate ssda903 --year 2026 ssda903.xml",
		"hearth validate ssda903 --year 2026 --previous returns/2025 --format csv returns/2026 > findings.csv",
		"hearth validate ssda903 --year 2027 --rules",
	},
}

func runValidateSSDA903(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("validate ssda903", validateSSDA903Help)
	year := fs.Int("year", defaultCollectionYear(time.Now()), "the collection `YEAR`, named by the 31 March that ends it")
	previous := fs.String("previous", "", "the `DIR` of last year's return, for the rules that compare with it")
	format := fs.String("format", "text", "the report `FORMAT`: text, csv or json")
	listRules := fs.Bool("rules", false, "list the codes of the rules that apply to the year, and whether Hearth runs each")
	path, err := c.parseWithPath(fs, args, func() bool { return *listRules })
	if err != nil {
		return err
	}
	if *year < 2025 || *year > 2027 {
		return usageError(fs, "--year must be 2025, 2026 or 2027 (the collection years Hearth has the DfE's rules for), not %d", *year)
	}
	if !slices.Contains(returns.Formats, *format) {
		return usageError(fs, "--format must be text, csv or json, not %q", *format)
	}
	if *listRules {
		return listSSDA903Rules(c, *year)
	}
	ret, err := readReturn(path)
	if err != nil {
		return err
	}
	o := ssda903.Options{Year: *year}
	if *previous != "" {
		if o.Previous, err = readReturn(*previous); err != nil {
			return err
		}
	}
	rep := ssda903.Validate(ret, o)
	if err := rep.Write(c.stdout, c.stderr, *format); err != nil {
		return err
	}
	if len(rep.Findings) > 0 {
		return fmt.Errorf("%d findings in the return (exit status 1)", len(rep.Findings))
	}
	return nil
}

// readReturn reads a return, turning a file that cannot be read into an EINVALID error (exit status 2)
// that says which file, which line and what was wrong.
func readReturn(path string) (*ssda903.Return, error) {
	ret, err := ssda903.Read(path)
	var re *ssda903.ReadError
	if errors.As(err, &re) {
		return nil, hearth.WrapError(hearth.EINVALID, err, "%s", err)
	}
	return ret, err
}

// listSSDA903Rules prints each rule code of the year with whether Hearth runs it (and if not, why) and the
// DfE's summary.
func listSSDA903Rules(c *cli, year int) error {
	implemented := map[string]*ssda903.Rule{}
	for _, r := range ssda903.Rules(year) {
		implemented[r.Code] = r
	}
	entries := ssda903.Catalogue(year)
	runs := 0
	for _, e := range entries {
		state := "runs"
		switch r := implemented[e.Code]; {
		case r == nil:
			state = "not yet implemented"
		case r.Needs == ssda903.NeedsPrevious:
			state = "runs with --previous"
		case r.Needs != ssda903.NeedsNothing:
			state = "not run: " + r.Needs.Why()
		}
		if strings.HasPrefix(state, "runs") {
			runs++
		}
		fmt.Fprintf(c.stdout, "%s\t%s\t%s\t%s\n", e.Code, state, strings.ReplaceAll(e.Tables, ",", " "), e.Summary)
	}
	fmt.Fprintf(c.stderr, "%d rules apply to %d/%02d; Hearth implements %d and runs %d of them (the others need data it does not have).\n",
		len(entries), year-1, year%100, len(implemented), runs)
	return nil
}

// defaultCollectionYear is the latest collection year that has ended by now: before 1 April it is last
// year's.
func defaultCollectionYear(now time.Time) int {
	if now.Month() < time.April {
		return now.Year() - 1
	}
	return now.Year()
}
