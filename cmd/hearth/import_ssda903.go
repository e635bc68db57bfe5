package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"strconv"

	"hearth"
	"hearth/returns/ssda903"
)

var importSSDA903Help = help{
	usage: "hearth import ssda903 --db DSN [--year YEAR] [--dry-run] PATH",
	about: `Import an SSDA903 return (a folder of its CSV tables, or its XML form) into the record, so that an
authority can move to Hearth with its history: children are found by their LA child id (CHILD) or made,
and each row of the return is compared with the record and written only where the record does not
already give it, so importing the same return twice changes nothing. Everything is written in one
transaction, with history and audit, or nothing is. Each row that could not be imported is listed as CSV
on standard output (file, table, row, line, child, reason) and the exit status is then 1. YEAR is the
collection year the return is for; by default the year of its latest date. --dry-run reports what would
be written without writing it.`,
	examples: []string{
		"hearth import ssda903 --db hearth.db --year 2025 returns/2025",
		"hearth import ssda903 --db hearth.db --dry-run legacy-2026.xml > not-imported.csv",
	},
}

func runImportSSDA903(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("import ssda903", importSSDA903Help)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	year := fs.Int("year", 0, "the collection `YEAR` of the return, named by the 31 March that ends it (default: the year of its latest date)")
	dryRun := fs.Bool("dry-run", false, "report what would be written and what could not be imported, and write nothing")
	path, err := c.parseWithPath(fs, args, func() bool { return false })
	if err != nil {
		return err
	}
	if err := required(fs, "db"); err != nil {
		return err
	}
	ret, err := readReturn(path)
	if err != nil {
		return err
	}
	y := *year
	if y == 0 {
		if y = ssda903.ImportYear(ret); y == 0 {
			return usageError(fs, "the return has no dates to tell its collection year from: give --year")
		}
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var plan *ssda903.ImportPlan
	if *dryRun {
		plan, err = db.PlanSSDA903Import(ctx, ret, y)
	} else {
		plan, err = db.ImportSSDA903(ctx, hearth.System, ret, y)
	}
	if err != nil {
		return err
	}
	return reportImport(c, fmt.Sprintf("SSDA903 %d/%02d", y-1, y%100), "return", *dryRun, plan.Children, plan.New, len(plan.Steps), plan.Problems)
}

// reportImport lists the rows an import did not take as CSV on standard output and says what it did on
// standard error; the error (exit status 1) is there when some rows were not imported. what names the
// return and year, kind says "return" or "census".
func reportImport(c *cli, what, kind string, dryRun bool, children, added, writes int, problems []ssda903.ImportProblem) error {
	w := csv.NewWriter(c.stdout)
	w.Write([]string{"file", "table", "row", "line", "child", "reason"})
	for _, p := range problems {
		w.Write([]string{p.File, p.Table, strconv.Itoa(p.Row), strconv.Itoa(p.Line), p.Child, p.Reason})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	verb := "wrote"
	if dryRun {
		verb = "would write"
	}
	fmt.Fprintf(c.stderr, "%s: %d children (%d new to the record); %s %d rows; %d rows not imported.\n",
		what, children, added, verb, writes, len(problems))
	if len(problems) > 0 {
		return fmt.Errorf("%d rows of the %s were not imported (listed above; exit status 1)", len(problems), kind)
	}
	return nil
}
