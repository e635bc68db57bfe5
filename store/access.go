package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/workforce"
)

// The audit actions of record-level access. (The actions of reads, changes, searches and exports are in
// audit.go.)
const (
	// ActionBreakGlass is the opening of a restricted record by someone not named on it, with their reason.
	ActionBreakGlass = "break_glass"
	// ActionGrantAccess names a user on a restricted record; ActionRevokeAccess removes them.
	ActionGrantAccess  = "grant_access"
	ActionRevokeAccess = "revoke_access"
)

// currentAllocation is the condition, on involvements aliased i, that an allocation holds on a date
// (bound twice): it has begun, has not ended before the date, and stands. end_date is the last day the
// worker held the child, so on a handover day (when the old allocation ends and the new one begins, as
// the SSDA903 social worker episodes record it) both workers hold the child. It is the one definition
// that access, caseloads and the unallocated list share.
const currentAllocation = `i.record_status = 'active' AND i.start_date <= ? AND (i.end_date IS NULL OR i.end_date >= ?)`

// heldRoles are the allocations that make a child allocated in the sense of "no unallocated cases": a
// social worker, or a personal adviser for a care leaver.
const heldRoles = `i.role IN ('social_worker', 'personal_adviser')`

// ChildFacts returns what the access rules need to know about a child on a date: the current
// allocations, the teams that hold the child, whether a contact awaits a decision, and whether the record
// is restricted and to whom. A person who does not exist gives ENOTFOUND.
func (db *DB) ChildFacts(ctx context.Context, personID hearth.ID, on hearth.Date) (access.ChildFacts, error) {
	f := access.ChildFacts{PersonID: personID}
	d := db.Engine.arg(on)
	var restricted any
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT restricted FROM person WHERE id = ?`), personID).Scan(&restricted)
	if isNoRows(err) {
		return f, hearth.Errorf(hearth.ENOTFOUND, "This person does not exist")
	}
	if err != nil {
		return f, fmt.Errorf("reading whether person %d is restricted: %w", personID, err)
	}
	f.Restricted = truthy(restricted)

	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT i.worker_id, i.team_id, i.role FROM involvements i
		WHERE i.person_id = ? AND `+currentAllocation+` ORDER BY i.id`), personID, d, d)
	if err != nil {
		return f, fmt.Errorf("reading the allocations of person %d: %w", personID, err)
	}
	held := false
	for rows.Next() {
		var a access.Allocated
		if err := rows.Scan(&a.WorkerID, &a.TeamID, &a.Role); err != nil {
			rows.Close()
			return f, err
		}
		f.Allocations = append(f.Allocations, a)
		f.TeamIDs = appendNew(f.TeamIDs, a.TeamID)
		held = held || a.Role == workforce.RoleSocialWorker || a.Role == workforce.RolePersonalAdviser
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return f, err
	}

	teams, err := db.ids(ctx, `SELECT team_id FROM cin_episodes WHERE person_id = ? AND record_status = 'active'
		AND team_id IS NOT NULL AND referral_date <= ? AND (closure_date IS NULL OR closure_date >= ?)`, personID, d, d)
	if err != nil {
		return f, fmt.Errorf("reading the open referrals of person %d: %w", personID, err)
	}
	for _, t := range teams {
		f.TeamIDs = appendNew(f.TeamIDs, t)
	}
	if !held {
		last, err := db.ids(ctx, `SELECT i.team_id FROM involvements i WHERE i.person_id = ? AND i.record_status = 'active'
			AND `+heldRoles+` AND i.start_date <= ? ORDER BY i.start_date DESC, i.id DESC LIMIT 1`, personID, d)
		if err != nil {
			return f, fmt.Errorf("reading the last allocation of person %d: %w", personID, err)
		}
		for _, t := range last {
			f.TeamIDs = appendNew(f.TeamIDs, t)
		}
	}

	// A contact awaits a decision on a date when it had been received by the end of that day and was not
	// decided before it began.
	start, end := on.Time(), on.AddDays(1).Time()
	var open int
	err = db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM contacts WHERE person_id = ? AND record_status = 'active'
		AND received_at < ? AND (decided_at IS NULL OR decided_at >= ?)`), personID, db.Engine.arg(end), db.Engine.arg(start)).Scan(&open)
	if err != nil {
		return f, fmt.Errorf("reading the open contacts of person %d: %w", personID, err)
	}
	f.OpenContact = open > 0

	if f.Restricted {
		f.NamedUserIDs, err = db.ids(ctx, `SELECT user_id FROM restricted_access WHERE person_id = ? AND revoked_at IS NULL ORDER BY user_id`, personID)
		if err != nil {
			return f, fmt.Errorf("reading who is named on person %d: %w", personID, err)
		}
	}
	return f, nil
}

// ids runs a query whose one column is an id and returns the ids.
func (db *DB) ids(ctx context.Context, query string, args ...any) ([]hearth.ID, error) {
	return queryIDs(ctx, db.sql, db.rebind(query), args...)
}

// queryIDs runs a query whose one column is an id, on the database or within a transaction.
func queryIDs(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]hearth.ID, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []hearth.ID
	for rows.Next() {
		var id hearth.ID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// appendNew appends id unless it is zero or already there.
func appendNew(ids []hearth.ID, id hearth.ID) []hearth.ID {
	if id == 0 || slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// truthy reads a boolean column from either engine (SQLite returns integers).
func truthy(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case int64:
		return x != 0
	}
	return false
}

// RecordBreakGlass writes a break-glass view to the audit log: actor opened the restricted record of
// personID without being named on it, for reason. Call it before reading the record (the read itself is
// logged by LoadChild as usual). The reason is required, because it is what managers and the data
// protection officer will read.
func (db *DB) RecordBreakGlass(ctx context.Context, actor hearth.Actor, personID hearth.ID, reason string) error {
	if strings.TrimSpace(reason) == "" {
		return hearth.Errorf(hearth.EINVALID, "Say why you need to open this restricted record")
	}
	return db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionBreakGlass, PersonID: personID, Table: "person",
		RowID: personID, Reason: strings.TrimSpace(reason)})
}

// BreakGlassView is one opening of a restricted record by someone not named on it.
type BreakGlassView struct {
	At       time.Time
	UserID   hearth.ID
	UserName string
	Role     hearth.Role
	// PersonID and LAChildID identify the child. The child's name is left out on purpose: a manager
	// reading this list is usually not named on the record either, and the name is what the seal hides.
	PersonID  hearth.ID
	LAChildID hearth.LAChildID
	Reason    string
}

// BreakGlassViews returns the break-glass views since a time, newest first (at most 1,000), for a
// team's managers: the views of children the team has held since then (through an allocation or an open
// referral), and the views made by the team's own members. teamID 0 gives every team's, for quality
// assurance and the data protection officer.
func (db *DB) BreakGlassViews(ctx context.Context, teamID hearth.ID, since time.Time) ([]BreakGlassView, error) {
	q := `SELECT a.at, a.user_id, u.name, a.role, a.person_id, p.la_child_id, COALESCE(a.reason, '')
		FROM audit_log a JOIN users u ON u.id = a.user_id JOIN person p ON p.id = a.person_id
		WHERE a.action = ? AND a.at >= ?`
	args := []any{ActionBreakGlass, db.Engine.arg(since)}
	if teamID != 0 {
		sinceDate := db.Engine.arg(hearth.DateOf(since.UTC()))
		q += ` AND (u.team_id = ?
			OR EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = a.person_id AND i.team_id = ?
				AND i.record_status = 'active' AND (i.end_date IS NULL OR i.end_date >= ?))
			OR EXISTS (SELECT 1 FROM cin_episodes c WHERE c.person_id = a.person_id AND c.team_id = ?
				AND c.record_status = 'active' AND (c.closure_date IS NULL OR c.closure_date >= ?)))`
		args = append(args, teamID, teamID, sinceDate, teamID, sinceDate)
	}
	q += ` ORDER BY a.at DESC, a.id DESC LIMIT 1000`
	rows, err := db.sql.QueryContext(ctx, db.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("reading break-glass views: %w", err)
	}
	defer rows.Close()
	var out []BreakGlassView
	for rows.Next() {
		var v BreakGlassView
		var at any
		var role string
		if err := rows.Scan(&at, &v.UserID, &v.UserName, &role, &v.PersonID, &v.LAChildID, &v.Reason); err != nil {
			return nil, err
		}
		if err := scanTime(at, &v.At); err != nil {
			return nil, err
		}
		v.Role = hearth.Role(role)
		out = append(out, v)
	}
	return out, rows.Err()
}

// scanTime reads a timestamp column of either engine into t.
func scanTime(src any, t *time.Time) error {
	return (&timeScanner{reflect.ValueOf(t).Elem()}).Scan(src)
}

// Look is one entry of a child's audit: who did what with the record, when, and why.
type Look struct {
	At       time.Time
	UserID   hearth.ID
	UserName string
	Role     hearth.Role
	Action   string // read, break_glass, create, amend, export, grant_access, ...
	Table    string
	RowID    hearth.ID
	Reason   string
	Detail   string
}

// WhoLooked returns the audit of a child's record, newest first, at most limit entries: the "who has
// looked at this record" page that a manager or data protection officer reads. Reading it is itself
// written to the audit log (as a read of the audit), so looking at who looked leaves a trace too.
func (db *DB) WhoLooked(ctx context.Context, actor hearth.Actor, personID hearth.ID, limit int) ([]Look, error) {
	if limit <= 0 {
		limit = 500
	}
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT a.at, a.user_id, u.name, a.role, a.action,
		COALESCE(a.table_name, ''), COALESCE(a.row_id, 0), COALESCE(a.reason, ''), COALESCE(a.detail, '')
		FROM audit_log a JOIN users u ON u.id = a.user_id
		WHERE a.person_id = ? ORDER BY a.at DESC, a.id DESC LIMIT ?`), personID, limit)
	if err != nil {
		return nil, fmt.Errorf("reading who looked at person %d: %w", personID, err)
	}
	var out []Look
	for rows.Next() {
		var l Look
		var at any
		var role string
		if err := rows.Scan(&at, &l.UserID, &l.UserName, &role, &l.Action, &l.Table, &l.RowID, &l.Reason, &l.Detail); err != nil {
			rows.Close()
			return nil, err
		}
		if err := scanTime(at, &l.At); err != nil {
			rows.Close()
			return nil, err
		}
		l.Role = hearth.Role(role)
		out = append(out, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	err = db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, PersonID: personID, Table: "audit_log",
		Detail: "who has looked at this record"})
	return out, err
}

// AccessGrant is one naming of a user on a restricted record, current or revoked.
type AccessGrant struct {
	UserID       hearth.ID
	UserName     string
	GrantedBy    hearth.ID
	GrantedAt    time.Time
	Reason       string
	RevokedBy    hearth.ID // 0 while the grant stands
	RevokedAt    time.Time
	RevokeReason string
}

// GrantRestrictedAccess names userID on the restricted record of personID, so they may open it without
// breaking the glass. Naming someone already named gives ECONFLICT. The grant is written to the audit
// log with the reason.
func (db *DB) GrantRestrictedAccess(ctx context.Context, actor hearth.Actor, personID, userID hearth.ID, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return hearth.Errorf(hearth.EINVALID, "Say why this person should be able to open the restricted record")
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM restricted_access WHERE person_id = ? AND user_id = ? AND revoked_at IS NULL`),
			personID, userID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return hearth.Errorf(hearth.ECONFLICT, "This person is already named on the restricted record")
		}
		_, err := tx.ExecContext(ctx, db.rebind(`INSERT INTO restricted_access (person_id, user_id, granted_by, granted_at, reason)
			VALUES (?, ?, ?, ?, ?)`), personID, userID, actor.UserID, db.Engine.arg(db.now()), reason)
		if err != nil {
			return db.constraintError(err, "restricted_access")
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionGrantAccess, PersonID: personID,
			Table: "restricted_access", Reason: reason, Detail: fmt.Sprintf("user %d", userID)})
	})
}

// RevokeRestrictedAccess removes userID from the people named on the restricted record of personID. The
// grant is kept, marked revoked with who, when and why; ENOTFOUND when the user was not named.
func (db *DB) RevokeRestrictedAccess(ctx context.Context, actor hearth.Actor, personID, userID hearth.ID, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return hearth.Errorf(hearth.EINVALID, "Say why this person should no longer open the restricted record")
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, db.rebind(`UPDATE restricted_access SET revoked_by = ?, revoked_at = ?, revoke_reason = ?
			WHERE person_id = ? AND user_id = ? AND revoked_at IS NULL`), actor.UserID, db.Engine.arg(db.now()), reason, personID, userID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hearth.Errorf(hearth.ENOTFOUND, "This person is not named on the restricted record")
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionRevokeAccess, PersonID: personID,
			Table: "restricted_access", Reason: reason, Detail: fmt.Sprintf("user %d", userID)})
	})
}

// RestrictedAccess returns every naming on the restricted record of personID, current and revoked, in
// the order they were made.
func (db *DB) RestrictedAccess(ctx context.Context, personID hearth.ID) ([]AccessGrant, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT r.user_id, u.name, r.granted_by, r.granted_at, r.reason,
		COALESCE(r.revoked_by, 0), r.revoked_at, COALESCE(r.revoke_reason, '')
		FROM restricted_access r JOIN users u ON u.id = r.user_id WHERE r.person_id = ? ORDER BY r.id`), personID)
	if err != nil {
		return nil, fmt.Errorf("reading who is named on person %d: %w", personID, err)
	}
	defer rows.Close()
	var out []AccessGrant
	for rows.Next() {
		var g AccessGrant
		var granted, revoked any
		if err := rows.Scan(&g.UserID, &g.UserName, &g.GrantedBy, &granted, &g.Reason, &g.RevokedBy, &revoked, &g.RevokeReason); err != nil {
			return nil, err
		}
		if err := scanTime(granted, &g.GrantedAt); err != nil {
			return nil, err
		}
		if err := scanTime(revoked, &g.RevokedAt); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// BrokeGlassSince reports whether userID has given a break-glass reason for personID's record since a
// time (the start of their session), so that one reason opens the record for the rest of the session
// rather than being asked for at every page of it.
func (db *DB) BrokeGlassSince(ctx context.Context, userID, personID hearth.ID, since time.Time) (bool, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM audit_log WHERE action = ? AND user_id = ? AND person_id = ? AND at >= ?`),
		ActionBreakGlass, userID, personID, db.Engine.arg(since)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("reading whether user %d broke the glass on %d: %w", userID, personID, err)
	}
	return n > 0, nil
}
