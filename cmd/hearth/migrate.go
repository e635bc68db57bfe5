package main

import (
	"context"
	"fmt"
)

var migrateHelp = help{
	usage: "hearth migrate --db DSN",
	about: `Bring a database's schema up to date with this version of Hearth, applying any migrations it has
not had yet. A new SQLite file is created with the whole schema. Running it again does nothing, so it is
safe to run before every start or upgrade.`,
	examples: []string{
		"hearth migrate --db hearth.db",
		"hearth migrate --db postgres://hearth@localhost:5432/hearth?sslmode=disable",
	},
}

func runMigrate(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("migrate", migrateHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db"); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", displayDSN(*dsn), err)
	}
	fmt.Fprintf(c.stdout, "The schema of %s is up to date.\n", displayDSN(*dsn))
	return nil
}
