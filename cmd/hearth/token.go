package main

import (
	"context"
	"fmt"
	"time"

	"hearth"
	"hearth/store"
)

var userTokenHelp = help{
	usage: "hearth user token --db DSN --email EMAIL --name NAME [--days N]",
	about: `Make an API token for an account, for a service that reads Hearth through its JSON API (/api/v1;
the server describes it at /api/v1/openapi.json). The service sees exactly what the account may see, and
every read it makes is in the audit log under the account. The token is printed once and only a hash of
it is kept: store it in the service's secret store. It expires after --days days (default 90).`,
	examples: []string{
		`hearth user token --db hearth.db --email performance.service@example.org --name "nightly returns check"`,
	},
}

func runUserToken(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("user token", userTokenHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	email := fs.String("email", "", "the `EMAIL` of the account the token acts as (required)")
	name := fs.String("name", "", "a `NAME` saying what uses the token, shown in the audit (required)")
	days := fs.Int("days", 90, "how many `DAYS` the token lasts, 1 to 366")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "email", "name"); err != nil {
		return err
	}
	if *days < 1 || *days > 366 {
		return usageError(fs, "--days must be from 1 to 366; it was %d", *days)
	}
	if _, _, err := store.ParseDSN(*dsn); err != nil {
		return usageError(fs, "--db: %s", hearth.ErrorMessage(err))
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := db.UserByEmail(ctx, *email)
	if err != nil {
		return err
	}
	token, t, err := db.CreateAPIToken(ctx, hearth.System, u.ID, *name, time.Now().AddDate(0, 0, *days))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Made API token %d for %s <%s> (role %s), valid until %s.\n%s\n", t.ID, u.Name, u.Email, u.Role,
		t.ExpiresAt.Format(time.DateOnly), token)
	fmt.Fprintln(c.stdout, "This is the only time the token is shown. Send it as: Authorization: Bearer <token>")
	return nil
}
