package store

import (
	"context"
	"os"

	"hearth"
)

// Backup writes a consistent copy of a SQLite database to path while it stays in use (VACUUM INTO reads
// one snapshot, so writers carry on). PostgreSQL has its own tools for this, which do it better.
func (db *DB) Backup(ctx context.Context, path string) error {
	if db.Engine == Postgres {
		return hearth.Errorf(hearth.EINVALID, "hearth backup works on SQLite databases; for PostgreSQL use pg_dump (for example: pg_dump --format=custom --file=hearth.dump DSN)")
	}
	if _, err := os.Stat(path); err == nil {
		return hearth.Errorf(hearth.EINVALID, "%s already exists; choose a new file for the backup so nothing is overwritten", path)
	}
	if _, err := db.sql.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write the backup to %s", path)
	}
	return nil
}
