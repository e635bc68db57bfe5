package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"time"

	"hearth"
	"hearth/returns/cin"
	"hearth/store"
)

var exportCINHelp = help{
	usage: "hearth export cin --db DSN --year YEAR --out FILE [--lea NNN]",
	about: `Write the CIN census return of a collection year from the record, as the DfE's XML: every child with a
CIN episode open at any time in the year, with those episodes and their assessments, CIN plans, section 47
enquiries, initial conferences and child protection plans with the reviews held in the year. YEAR is the
collection year, named by the 31 March that ends it (2026 means 1 April 2025 to 31 March 2026). --lea is
the authority's three-digit DfE number for the header. Nothing is corrected on the way: check the return
with hearth validate cin.`,
	examples: []string{
		"hearth export cin --db hearth.db --year 2026 --lea 935 --out cin-2026.xml && hearth validate cin cin-2026.xml",
	},
}

// leaNumber is the form of the header's LEA: three digits.
var leaNumber = regexp.MustCompile(`^\d{3}$`)

func runExportCIN(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("export cin", exportCINHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	year := fs.Int("year", 0, "the collection `YEAR`, named by the 31 March that ends it (required)")
	out := fs.String("out", "", "the XML `FILE` to write (required)")
	lea := fs.String("lea", "000", "the authority's three-digit DfE `NUMBER` for the header")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "year", "out"); err != nil {
		return err
	}
	if *year < 2015 || *year > 2100 {
		return usageError(fs, "--year is the collection year, such as 2026 for 1 April 2025 to 31 March 2026, not %d", *year)
	}
	if !leaNumber.MatchString(*lea) {
		return usageError(fs, "--lea is the authority's three-digit DfE number, such as 935, not %q", *lea)
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	started := time.Now()
	rec, err := db.LoadCIN(ctx, *lea)
	if err != nil {
		return err
	}
	census := cin.Export(rec, *year)
	if err := writeCINExport(*out, census); err != nil {
		return err
	}
	err = db.Audit(ctx, store.AuditEntry{Actor: hearth.System, Action: store.ActionExport,
		Detail: fmt.Sprintf("CIN census %d to %s: %d children", *year, *out, len(census.Children))})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "CIN census %d/%02d: %d children in %s (%s).\n", *year-1, *year%100,
		len(census.Children), *out, time.Since(started).Round(time.Millisecond))
	return nil
}

// writeCINExport writes the return to path, leaving no half-written file behind on failure.
func writeCINExport(path string, census *cin.Census) error {
	f, err := os.Create(path)
	if err != nil {
		return withHint(hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write %s", path),
			"Choose an --out file in a folder that can be written to.")
	}
	if err := cin.Write(f, census); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
