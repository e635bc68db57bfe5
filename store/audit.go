package store

import (
	"context"
	"database/sql"

	"hearth"
)

// The actions the audit log records.
const (
	ActionRead   = "read"
	ActionCreate = "create"
	ActionAmend  = "amend"
	ActionSearch = "search"
	ActionExport = "export"
)

// AuditEntry is one line of the append-only audit log: who did what to which child's record, and why.
type AuditEntry struct {
	Actor    hearth.Actor
	Action   string
	PersonID hearth.ID // the child whose record it is, or 0
	Table    string    // the table touched, or ""
	RowID    hearth.ID // the row touched, or 0
	Reason   string    // why, where the person gave a reason (an amendment, a break-glass view)
	Detail   string    // anything else worth keeping, such as the search terms
}

// Audit writes one entry to the audit log and returns once it is committed. On SQLite entries arriving
// together share one transaction (see auditWriter); on PostgreSQL, where writers do not queue for one
// lock, each has its own.
func (db *DB) Audit(ctx context.Context, e AuditEntry) error {
	if db.Engine == SQLite {
		return db.auditGrouped(e)
	}
	return db.inTx(ctx, func(tx *sql.Tx) error { return db.audit(ctx, tx, e) })
}

func (db *DB) audit(ctx context.Context, tx *sql.Tx, e AuditEntry) error {
	_, err := tx.ExecContext(ctx, db.rebind(`INSERT INTO audit_log (at, user_id, role, action, person_id, table_name, row_id, reason, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		db.Engine.arg(db.now()), e.Actor.UserID, string(e.Actor.Role), e.Action, nullID(e.PersonID),
		nullString(e.Table), nullID(e.RowID), nullString(e.Reason), nullString(e.Detail))
	return err
}

// AuditOf returns the audit entries about one child's record, newest first, at most limit of them.
func (db *DB) AuditOf(ctx context.Context, personID hearth.ID, limit int) ([]AuditEntry, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT user_id, role, action, COALESCE(table_name, ''), COALESCE(row_id, 0),
		COALESCE(reason, ''), COALESCE(detail, '') FROM audit_log WHERE person_id = ? ORDER BY at DESC, id DESC LIMIT ?`), personID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		e := AuditEntry{PersonID: personID}
		var role string
		if err := rows.Scan(&e.Actor.UserID, &role, &e.Action, &e.Table, &e.RowID, &e.Reason, &e.Detail); err != nil {
			return nil, err
		}
		e.Actor.Role = hearth.Role(role)
		out = append(out, e)
	}
	return out, rows.Err()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
