package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"hearth"
)

// Insert records a new row (a pointer to a row struct) as version 1 by actor, and writes a "create" entry
// to the audit log when the row belongs to a child's record. The row's ID, Version, Status, RecordedAt and
// RecordedBy are set on return.
func (db *DB) Insert(ctx context.Context, actor hearth.Actor, row any) error {
	return db.inTx(ctx, func(tx *sql.Tx) error { return db.insertTx(ctx, tx, actor, row) })
}

// insertTx is Insert within a transaction the caller holds, so that a change made of several writes (a
// reallocation ends one allocation and starts another) is all written or none of it is.
func (db *DB) insertTx(ctx context.Context, tx *sql.Tx, actor hearth.Actor, row any) error {
	info, v, err := tableOf(row)
	if err != nil {
		return err
	}
	if v.Kind() != reflect.Pointer {
		return fmt.Errorf("store: Insert needs a pointer to a %s row", info.Name)
	}
	prepare(v)
	rec := recordOf(v)
	rec.Version, rec.Status, rec.RecordedAt, rec.RecordedBy = 1, hearth.StatusActive, db.now(), actor.UserID
	id, err := db.insertRow(ctx, tx, info, v, rec.ID != 0)
	if err != nil {
		return err
	}
	rec.ID = id
	return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionCreate, PersonID: personOf(info, v),
		Table: info.Name, RowID: id})
}

// insertRow inserts one row and returns its id. With keepID the row's own id is used (imports and tests
// that need known ids); otherwise the engine assigns one.
func (db *DB) insertRow(ctx context.Context, tx *sql.Tx, info *tableInfo, v reflect.Value, keepID bool) (hearth.ID, error) {
	cols := info.cols
	vals := db.Engine.args(info.values(v, nil))
	if !keepID {
		cols, vals = cols[1:], vals[1:]
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s) RETURNING id", info.Name, strings.Join(names, ", "),
		db.Engine.placeholders(1, len(cols)))
	var id hearth.ID
	if err := tx.QueryRowContext(ctx, q, vals...).Scan(&id); err != nil {
		return 0, db.constraintError(err, info.Name)
	}
	return id, nil
}

// Amend replaces a row with a new version. row (a pointer to a row struct) must carry the ID and the
// Version it was based on; if somebody else has amended the row since, nothing is written and the error is
// ECONFLICT, so no change is ever silently overwritten. The replaced version goes to record_history with
// who, when and reason, and the change to the audit log. On return row holds the new version.
func (db *DB) Amend(ctx context.Context, actor hearth.Actor, row any, reason string) error {
	return db.inTx(ctx, func(tx *sql.Tx) error { return db.amendTx(ctx, tx, actor, row, reason) })
}

// amendTx is Amend within a transaction the caller holds. If the caller's transaction is rolled back
// after amendTx succeeded, row keeps the version it would have had: reload it before trying again.
func (db *DB) amendTx(ctx context.Context, tx *sql.Tx, actor hearth.Actor, row any, reason string) error {
	info, v, err := tableOf(row)
	if err != nil {
		return err
	}
	if v.Kind() != reflect.Pointer {
		return fmt.Errorf("store: Amend needs a pointer to a %s row", info.Name)
	}
	if strings.TrimSpace(reason) == "" {
		return hearth.Errorf(hearth.EINVALID, "Say why this %s is being amended", humanName(info.Name))
	}
	prepare(v)
	rec := recordOf(v)
	if err := db.keepHistory(ctx, tx, actor, info, rec.ID, rec.Version, reason); err != nil {
		return err
	}
	next := *rec
	next.Version, next.RecordedAt, next.RecordedBy = rec.Version+1, db.now(), actor.UserID
	if next.Status == "" {
		next.Status = hearth.StatusActive
	}
	saved := *rec
	*rec = next
	if err := db.updateRow(ctx, tx, info, v, saved.Version); err != nil {
		*rec = saved
		return err
	}
	return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionAmend, PersonID: personOf(info, v),
		Table: info.Name, RowID: rec.ID, Reason: reason})
}

// MarkRecordedInError marks a row as recorded in error, with the reason, as a new version: the row stays in
// the record (and in every history) but no longer counts. version is the version the user saw.
func (db *DB) MarkRecordedInError(ctx context.Context, actor hearth.Actor, table string, id hearth.ID, version int, reason string) error {
	info, ok := schema().byName[table]
	if !ok {
		return hearth.Errorf(hearth.ENOTFOUND, "there is no table called %s", table)
	}
	if strings.TrimSpace(reason) == "" {
		return hearth.Errorf(hearth.EINVALID, "Say why this %s was recorded in error", humanName(table))
	}
	row := reflect.New(info.typ)
	if err := db.getRow(ctx, db.sql, info, id, row); err != nil {
		return err
	}
	rec := recordOf(row)
	if rec.Version != version {
		return db.staleError(ctx, info, id, version)
	}
	if rec.Status == hearth.StatusRecordedInError {
		return hearth.Errorf(hearth.ECONFLICT, "This %s is already marked as recorded in error", humanName(table))
	}
	rec.Status, rec.ErrorReason = hearth.StatusRecordedInError, reason
	return db.Amend(ctx, actor, row.Interface(), "Recorded in error: "+reason)
}

// keepHistory copies the current version of a row into record_history, after checking that it is the
// version the change was based on.
func (db *DB) keepHistory(ctx context.Context, tx *sql.Tx, actor hearth.Actor, info *tableInfo, id hearth.ID, basedOn int, reason string) error {
	old := reflect.New(info.typ)
	if err := db.getRow(ctx, tx, info, id, old); err != nil {
		return err
	}
	if recordOf(old).Version != basedOn {
		return db.staleError(ctx, info, id, basedOn)
	}
	data, err := rowJSON(info, old)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, db.rebind(`INSERT INTO record_history
		(table_name, row_id, version, person_id, data, replaced_at, replaced_by, reason)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		info.Name, id, basedOn, nullID(personOf(info, old)), data, db.Engine.arg(db.now()), actor.UserID, reason)
	return err
}

// updateRow writes every column of row where the stored version is still basedOn.
func (db *DB) updateRow(ctx context.Context, tx *sql.Tx, info *tableInfo, v reflect.Value, basedOn int) error {
	vals := db.Engine.args(info.values(v, nil))
	sets := make([]string, 0, len(info.cols)-1)
	for i, c := range info.cols[1:] {
		sets = append(sets, fmt.Sprintf("%s = %s", c.Name, db.Engine.placeholder(i+1)))
	}
	n := len(info.cols)
	q := fmt.Sprintf("UPDATE %s SET %s WHERE id = %s AND version = %s", info.Name, strings.Join(sets, ", "),
		db.Engine.placeholder(n), db.Engine.placeholder(n+1))
	args := append(vals[1:], vals[0], basedOn)
	res, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return db.constraintError(err, info.Name)
	}
	if k, _ := res.RowsAffected(); k != 1 {
		return db.staleError(ctx, info, recordOf(v).ID, basedOn)
	}
	return nil
}

// staleError explains that a change was based on an out-of-date version, naming who changed it since and
// when, so the person can reload, see the other change and decide.
func (db *DB) staleError(ctx context.Context, info *tableInfo, id hearth.ID, basedOn int) error {
	var version int
	var by string
	var at any
	q := db.rebind(fmt.Sprintf(`SELECT t.version, u.name, t.recorded_at FROM %s t JOIN users u ON u.id = t.recorded_by WHERE t.id = ?`, info.Name))
	if err := db.sql.QueryRowContext(ctx, q, id).Scan(&version, &by, &at); err != nil {
		if isNoRows(err) {
			return hearth.Errorf(hearth.ENOTFOUND, "This %s does not exist", humanName(info.Name))
		}
		return err
	}
	when := ""
	var t time.Time
	if (&timeScanner{reflect.ValueOf(&t).Elem()}).Scan(at) == nil && !t.IsZero() {
		when = " at " + t.Format("15:04 on 2 January 2006")
	}
	return hearth.Errorf(hearth.ECONFLICT,
		"This %s was changed by %s%s after you opened it (you had version %d; it is now version %d). Nothing you entered has been saved over their change: reload it, check their change, and make yours again",
		humanName(info.Name), by, when, basedOn, version)
}

// getRow reads the row with the given id into dst (a pointer to a row struct).
func (db *DB) getRow(ctx context.Context, q queryer, info *tableInfo, id hearth.ID, dst reflect.Value) error {
	query := db.rebind(fmt.Sprintf("SELECT %s FROM %s WHERE id = ?", strings.Join(info.columnNames(), ", "), info.Name))
	err := q.QueryRowContext(ctx, query, id).Scan(info.scanTargets(dst, nil)...)
	if isNoRows(err) {
		return hearth.Errorf(hearth.ENOTFOUND, "This %s does not exist", humanName(info.Name))
	}
	return err
}

// Get reads one row by id into dst, a pointer to a row struct. Reading a row of a child's record is written
// to the audit log.
func (db *DB) Get(ctx context.Context, actor hearth.Actor, id hearth.ID, dst any) error {
	info, v, err := tableOf(dst)
	if err != nil {
		return err
	}
	if err := db.getRow(ctx, db.sql, info, id, v); err != nil {
		return err
	}
	if info.hasChild || info.Name == "person" {
		return db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, PersonID: personOf(info, v), Table: info.Name, RowID: id})
	}
	return nil
}

// History returns the earlier versions of a row, oldest first.
func (db *DB) History(ctx context.Context, table string, id hearth.ID) ([]Version, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT h.version, h.data, h.replaced_at, h.replaced_by, u.name, h.reason
		FROM record_history h JOIN users u ON u.id = h.replaced_by
		WHERE h.table_name = ? AND h.row_id = ? ORDER BY h.version`), table, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		var ver Version
		var at any
		if err := rows.Scan(&ver.Version, &ver.Data, &at, &ver.ReplacedBy, &ver.ReplacedByName, &ver.Reason); err != nil {
			return nil, err
		}
		if err := (&timeScanner{reflect.ValueOf(&ver.ReplacedAt).Elem()}).Scan(at); err != nil {
			return nil, err
		}
		out = append(out, ver)
	}
	return out, rows.Err()
}

// Version is an earlier version of a row, as kept in record_history: its columns as JSON, and who
// replaced it, when and why.
type Version struct {
	Version        int
	Data           string
	ReplacedAt     time.Time
	ReplacedBy     hearth.ID
	ReplacedByName string
	Reason         string
}

// rowMap returns a row's columns keyed by column name, NULLs as nil. Marshalled to JSON (dates as
// YYYY-MM-DD, times as RFC 3339), it is the form record_history keeps and the API serves.
func rowMap(info *tableInfo, v reflect.Value) map[string]any {
	vals := info.values(v, nil)
	m := make(map[string]any, len(vals))
	for i, c := range info.cols {
		m[c.Name] = vals[i]
	}
	return m
}

// rowJSON returns a row as the JSON object record_history keeps.
func rowJSON(info *tableInfo, v reflect.Value) (string, error) {
	b, err := json.Marshal(rowMap(info, v))
	return string(b), err
}

// preparer is a row that works out some of its own columns before it is stored, such as a person's
// phonetic search keys, so that every way of writing a row (insert, amend, bulk) stores them.
type preparer interface{ Prepare() }

// prepare calls a row's Prepare method when it has one; v is a pointer to the row.
func prepare(v reflect.Value) {
	if p, ok := v.Interface().(preparer); ok {
		p.Prepare()
	}
}

// recordOf returns the embedded hearth.Record of a row.
func recordOf(v reflect.Value) *hearth.Record {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	return v.Field(0).Addr().Interface().(*hearth.Record)
}

// personOf returns the child a row belongs to: its person_id, or its own id for a person.
func personOf(info *tableInfo, v reflect.Value) hearth.ID {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if info.Name == "person" {
		return recordOf(v).ID
	}
	if i, ok := info.byName["person_id"]; ok {
		return hearth.ID(v.FieldByIndex(info.cols[i].index).Int())
	}
	return 0
}

// humanName turns a table name into words for messages: cla_episodes becomes "cla episodes".
func humanName(table string) string { return "record in " + strings.ReplaceAll(table, "_", " ") }

// nullID stores 0 as NULL.
func nullID(id hearth.ID) any {
	if id == 0 {
		return nil
	}
	return id
}

// queryer is what both *sql.DB and *sql.Tx offer for reading one row.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// inTx runs fn in a transaction, committing if it returns nil and rolling back otherwise, so a failed
// change leaves nothing half-written.
func (db *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot start a change in the database")
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// constraintError turns a constraint violation into an EINVALID or ECONFLICT error a person can act on.
func (db *DB) constraintError(err error, table string) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "UNIQUE"), strings.Contains(msg, "duplicate key"):
		return hearth.WrapError(hearth.ECONFLICT, err, "This would duplicate an existing %s", humanName(table))
	case strings.Contains(msg, "FOREIGN KEY"), strings.Contains(msg, "foreign key"):
		return hearth.WrapError(hearth.EINVALID, err, "This %s refers to something that does not exist", humanName(table))
	case strings.Contains(msg, "NOT NULL"), strings.Contains(msg, "not-null"):
		return hearth.WrapError(hearth.EINVALID, err, "A required item of this %s is missing", humanName(table))
	}
	return err
}
