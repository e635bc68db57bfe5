package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"hearth"
	"hearth/returns/annexa"
	"hearth/store"
)

var exportAnnexAHelp = help{
	usage: "hearth export annex-a --db DSN --as-at YYYY-MM-DD --out FILE.xlsx",
	about: `Write Ofsted's Annex A as at a date from the record: an xlsx workbook with Lists 1 to 11 and the
columns of Ofsted's template. Lists 1 to 7 cover the six months to the date (contacts, early help
assessments, referrals, assessments and section 47 enquiries begun in them; children in need and child
protection plans open at any time in them), List 8 the children looked after at any time in them, List 9
the care leavers on the date, and Lists 10 and 11 the twelve months to it (children with a decision to be
placed for adoption, and adopters in the process).`,
	examples: []string{"hearth export annex-a --db hearth.db --as-at 2026-03-31 --out annex-a.xlsx"},
}

func runExportAnnexA(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("export annex-a", exportAnnexAHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	asAtFlag := fs.String("as-at", "", "the `DATE` the lists are as at, YYYY-MM-DD (required)")
	out := fs.String("out", "", "the workbook to write, `FILE.xlsx` (required)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "as-at", "out"); err != nil {
		return err
	}
	asAt, err := hearth.ParseDate(strings.TrimSpace(*asAtFlag))
	if err != nil {
		return usageError(fs, "--as-at: %s", hearth.ErrorMessage(err))
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		return usageError(fs, "--out names an .xlsx workbook, not %q", *out)
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
	rec, err := db.LoadAnnexA(ctx, asAt)
	if err != nil {
		return err
	}
	lists := annexa.Build(rec, asAt)
	f, err := os.Create(*out)
	if err != nil {
		return withHint(hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write %s", *out), "Choose an --out file in a folder that can be written to.")
	}
	if err := lists.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	counts := make([]string, 11)
	rows := 0
	for i, l := range lists.Lists {
		counts[i] = fmt.Sprintf("List %d: %d", i+1, len(l))
		rows += len(l)
	}
	err = db.Audit(ctx, store.AuditEntry{Actor: hearth.System, Action: store.ActionExport,
		Detail: fmt.Sprintf("Annex A as at %s to %s: %d rows", asAt, *out, rows)})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Annex A as at %s in %s (%s): %s.\n", asAt.UK(), *out, time.Since(started).Round(time.Millisecond), strings.Join(counts, ", "))
	return nil
}
