package store

import (
	"context"
	"embed"
	"io/fs"

	"github.com/pressly/goose/v3"

	"hearth"
)

// migrations holds each engine's SQL migrations. The first is generated from the row structs (see
// TestMigrationsAreGenerated); later ones are written by hand and applied in order by goose.
//
//go:embed migrations
var migrations embed.FS

// Migrate brings the schema up to date. It is safe to run at every start: applied migrations are skipped.
func (db *DB) Migrate(ctx context.Context) error {
	dir, dialect := "migrations/sqlite", goose.DialectSQLite3
	if db.Engine == Postgres {
		dir, dialect = "migrations/postgres", goose.DialectPostgres
	}
	fsys, err := fs.Sub(migrations, dir)
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(dialect, db.sql, fsys)
	if err != nil {
		return hearth.WrapError(hearth.EINTERNAL, err, "cannot read Hearth's migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot bring the database schema up to date")
	}
	return nil
}
