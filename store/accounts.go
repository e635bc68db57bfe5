package store

import (
	"context"
	"fmt"
	"strings"

	"hearth"
)

// AccountByEmail returns the user account with the email address (compared in lower case, the form
// accounts are stored in), or an ENOTFOUND error. Sign-in uses it; reading an account is not a read of a
// child's record, so it is not audited.
func (db *DB) AccountByEmail(ctx context.Context, email string) (hearth.User, error) {
	var id hearth.ID
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT id FROM users WHERE email = ? AND record_status = 'active'`),
		strings.ToLower(strings.TrimSpace(email))).Scan(&id)
	if isNoRows(err) {
		return hearth.User{}, hearth.Errorf(hearth.ENOTFOUND, "There is no account with that email address")
	}
	if err != nil {
		return hearth.User{}, fmt.Errorf("looking up an account: %w", err)
	}
	return db.Account(ctx, id)
}

// Account returns the user account with the id, or an ENOTFOUND error.
func (db *DB) Account(ctx context.Context, id hearth.ID) (hearth.User, error) {
	var u hearth.User
	info, v, err := tableOf(&u)
	if err != nil {
		return u, err
	}
	if err := db.getRow(ctx, db.sql, info, id, v); err != nil {
		return hearth.User{}, err
	}
	return u, nil
}
