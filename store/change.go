package store

import (
	"context"
	"database/sql"

	"hearth"
)

// Change is a change to the record made of several writes that stand or fall together, such as an
// initial conference that makes a child protection plan (the plan's period, the conference that made it
// and what the plan says). Each write keeps history and audit as Insert and Amend do.
type Change struct {
	db    *DB
	tx    *sql.Tx
	ctx   context.Context
	actor hearth.Actor
}

// Insert is DB.Insert within the change.
func (c *Change) Insert(row any) error { return c.db.insertTx(c.ctx, c.tx, c.actor, row) }

// Amend is DB.Amend within the change.
func (c *Change) Amend(row any, reason string) error {
	return c.db.amendTx(c.ctx, c.tx, c.actor, row, reason)
}

// InChange runs fn as one change by actor: everything fn writes is committed if it returns nil, and
// nothing is if it returns an error. A row fn amended keeps its new version number even when the change
// is rolled back, so reload it before trying again.
func (db *DB) InChange(ctx context.Context, actor hearth.Actor, fn func(c *Change) error) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		return fn(&Change{db: db, tx: tx, ctx: ctx, actor: actor})
	})
}
