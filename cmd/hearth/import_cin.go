package main

import (
	"context"
	"errors"
	"fmt"

	"hearth"
	"hearth/returns/cin"
)

var importCINHelp = help{
	usage: "hearth import cin --db DSN [--year YEAR] [--dry-run] FILE.xml",
	about: `Import a CIN census (its XML) into the record, so that an authority can move to Hearth with its
history: children are found by their LA child id (LAchildID) or made, and each child and CIN episode of
the census is compared with the record and written only where the record does not already give it, so
importing the same census twice changes nothing. Everything is written in one transaction, with history
and audit, or nothing is. Each row that could not be imported is listed as CSV on standard output (file,
table, row, line, child, reason) and the exit status is then 1. An episode's assessments (those not yet
authorised: the record needs an authorised one's outcome, which the census does not give) and CIN plans
are imported; its section 47 enquiries, child protection plans and conferences are not yet, and are
listed so. YEAR is the collection year the census is for;
by default the one its header gives. --dry-run reports what would be written without writing it.`,
	examples: []string{
		"hearth import cin --db hearth.db cin-2026.xml",
		"hearth import cin --db hearth.db --dry-run legacy-cin.xml > not-imported.csv",
	},
}

func runImportCIN(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("import cin", importCINHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	year := fs.Int("year", 0, "the collection `YEAR` of the census, named by the 31 March that ends it (default: its header's)")
	dryRun := fs.Bool("dry-run", false, "report what would be written and what could not be imported, and write nothing")
	path, err := c.parseWithPath(fs, args, func() bool { return false })
	if err != nil {
		return err
	}
	if err := required(fs, "db"); err != nil {
		return err
	}
	census, err := cin.ReadFile(path)
	if err != nil {
		var re *cin.ReadError
		if errors.As(err, &re) {
			return withHint(hearth.WrapError(hearth.EINVALID, err, "cannot read the census"),
				"Check that the file is the CIN census XML, whole and well formed.")
		}
		return err
	}
	y := *year
	if y == 0 {
		if y, _ = cin.YearOf(census); y == 0 {
			return usageError(fs, "the census's header gives no collection year: give --year")
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
	var plan *cin.ImportPlan
	if *dryRun {
		plan, err = db.PlanCINImport(ctx, census, path)
	} else {
		plan, err = db.ImportCIN(ctx, hearth.System, census, path)
	}
	if err != nil {
		return err
	}
	return reportImport(c, fmt.Sprintf("CIN census %d/%02d", y-1, y%100), "census", *dryRun, plan.Children, plan.New, len(plan.Steps), plan.Problems)
}
