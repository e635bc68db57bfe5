package main

import (
	"context"
	"fmt"
	"os"

	"hearth/store"
)

var backupHelp = help{
	usage: "hearth backup --db DSN --out FILE",
	about: `Write a consistent copy of a SQLite database to a new file while Hearth keeps using it: the copy is
one snapshot, so people can carry on working. The copy is itself a Hearth database (pass it to --db). An
existing file is never overwritten. For PostgreSQL use pg_dump, which does this better.`,
	examples: []string{
		"hearth backup --db hearth.db --out backups/hearth-2025-03-31.db",
	},
}

func runBackup(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("backup", backupHelp)
	dsn := fs.String("db", "", "the SQLite database to copy, the `DSN`: a file path or sqlite:PATH (required)")
	out := fs.String("out", "", "the new `FILE` to write the copy to; it must not exist (required)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "out"); err != nil {
		return err
	}
	if _, _, err := store.ParseDSN(*dsn); err != nil {
		return usageError(fs, "--db: %v", err)
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, *out); err != nil {
		return err
	}
	size := ""
	if fi, err := os.Stat(*out); err == nil {
		size = fmt.Sprintf(" (%s)", humanBytes(fi.Size()))
	}
	fmt.Fprintf(c.stdout, "Backed up %s to %s%s.\n", displayDSN(*dsn), *out, size)
	return nil
}

// humanBytes writes a file size the way a person reads it: 12.3 MB.
func humanBytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}
