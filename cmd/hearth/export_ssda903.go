package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"hearth"
	"hearth/returns/ssda903"
	"hearth/store"
)

var exportSSDA903Help = help{
	usage: "hearth export ssda903 --db DSN (--year YEAR | --as-at YYYY-MM-DD) --out DIR [--xml]",
	about: `Write the SSDA903 return (children looked after) of a collection year from the record: one CSV file
per table (header.csv, episodes.csv, ...) in DIR, or with --xml the return's XML form as ssda903.xml.
YEAR is the collection year, named by the 31 March that ends it (2026 means 1 April 2025 to 31 March
2026). --as-at gives the year so far instead: the collection year the date falls in, as the record
stood at the end of that date. Who and what each table holds follows the DfE's guidance: every child
looked after at any time in the year, the outcomes (OC2) of those looked after for the 12 months to 31
March, care leavers (OC3) with their 17th to 21st birthday in the year, and so on. Nothing is corrected on
the way: check the return with hearth validate ssda903.`,
	examples: []string{
		"hearth export ssda903 --db hearth.db --year 2026 --out returns/2026",
		"hearth export ssda903 --db hearth.db --as-at 2026-11-30 --out returns/in-year && hearth validate ssda903 --year 2027 returns/in-year",
	},
}

func runExportSSDA903(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("export ssda903", exportSSDA903Help)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	year := fs.Int("year", 0, "the collection `YEAR`, named by the 31 March that ends it")
	asAtFlag := fs.String("as-at", "", "export the collection year so far, as at `DATE` (YYYY-MM-DD)")
	out := fs.String("out", "", "the `DIR` to write the return's files to (made if it does not exist; required)")
	asXML := fs.Bool("xml", false, "write the return's XML form (ssda903.xml) rather than its CSV tables")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "out"); err != nil {
		return err
	}
	y, asAt, err := yearOrAsAt(fs, *year, *asAtFlag)
	if err != nil {
		return err
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return withHint(hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot make the folder %s", *out),
			"Choose an --out folder that can be written to.")
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	started := time.Now()
	rec, err := db.LoadSSDA903(ctx)
	if err != nil {
		return err
	}
	ret := ssda903.ExportAsAt(rec, y, asAt)
	written := []string{}
	if *asXML {
		path := filepath.Join(*out, "ssda903.xml")
		omitted, err := ret.WriteXMLFile(path)
		if err != nil {
			return err
		}
		written = append(written, path)
		for _, t := range omitted {
			fmt.Fprintf(c.stderr, "%s: the XML form has no %s table; its %d rows are left out (use the CSV form for them)\n", c.name, t, ret.Len(t))
		}
	} else {
		if err := ret.WriteDir(*out); err != nil {
			return err
		}
		for _, t := range ssda903.Tables {
			if ret.Present[t] {
				written = append(written, filepath.Join(*out, t.File()))
			}
		}
	}
	err = db.Audit(ctx, store.AuditEntry{Actor: hearth.System, Action: store.ActionExport,
		Detail: fmt.Sprintf("SSDA903 %d as at %s to %s: %d children", y, asAt, *out, len(ret.Header))})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "SSDA903 %d/%02d as at %s: %d children, %d rows in %s (%s).\n", y-1, y%100, asAt.UK(),
		len(ret.Header), ret.Rows(), strings.Join(written, ", "), time.Since(started).Round(time.Millisecond))
	return nil
}

// yearOrAsAt reads the --year or --as-at of an export: the collection year, and the day the record is
// read as at (31 March of the year with --year; with --as-at, the collection year the date falls in).
func yearOrAsAt(fs *flag.FlagSet, year int, asAt string) (int, hearth.Date, error) {
	switch {
	case (year == 0) == (asAt == ""):
		return 0, hearth.Date{}, usageError(fs, "give either --year YEAR or --as-at YYYY-MM-DD")
	case asAt != "":
		d, err := hearth.ParseDate(strings.TrimSpace(asAt))
		if err != nil {
			return 0, hearth.Date{}, usageError(fs, "--as-at: %s", hearth.ErrorMessage(err))
		}
		y := d.Year()
		if d.Month() > time.March {
			y++
		}
		return y, d, nil
	case year < 2015 || year > 2100:
		return 0, hearth.Date{}, usageError(fs, "--year is the collection year, such as 2026 for 1 April 2025 to 31 March 2026, not %d", year)
	}
	return year, ssda903.End(year), nil
}
