package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"hearth"
)

// TeamWorkers returns the workers of a team in post on the date, by name, each with how many children
// they hold then in any role, but not the children themselves. The allocation form shows it so a manager
// can balance caseloads; it names no child, so it is not written to the audit log (TeamCaseload, which
// lists the children, is).
func (db *DB) TeamWorkers(ctx context.Context, teamID hearth.ID, on hearth.Date) ([]WorkerCaseload, error) {
	d := db.Engine.arg(on)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT w.id, w.name, COALESCE(w.job_title, ''), w.employment, w.fte,
		(SELECT COUNT(DISTINCT i.person_id) FROM involvements i WHERE i.worker_id = w.id AND `+currentAllocation+`)
		FROM professionals w
		WHERE w.team_id = ? AND w.record_status = 'active' AND (w.start_date IS NULL OR w.start_date <= ?) AND (w.end_date IS NULL OR w.end_date >= ?)
		ORDER BY w.name, w.id`), d, d, teamID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the workers of team %d: %w", teamID, err)
	}
	defer rows.Close()
	var out []WorkerCaseload
	for rows.Next() {
		var w WorkerCaseload
		if err := rows.Scan(&w.WorkerID, &w.Name, &w.JobTitle, &w.Employment, &w.FTE, &w.Count); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// HeldBy is one current allocation of a child, with the worker's name, for the allocation form.
type HeldBy struct {
	WorkerID   hearth.ID
	WorkerName string
	Role       string
	StartDate  hearth.Date
	TeamID     hearth.ID
}

// ChildAllocations returns who holds the child on the date, in which roles, oldest first. The caller
// has opened the child (the allocation form reads the child's name through Get, which is audited).
func (db *DB) ChildAllocations(ctx context.Context, personID hearth.ID, on hearth.Date) ([]HeldBy, error) {
	d := db.Engine.arg(on)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT i.worker_id, w.name, i.role, i.start_date, i.team_id
		FROM involvements i JOIN professionals w ON w.id = i.worker_id
		WHERE i.person_id = ? AND `+currentAllocation+` ORDER BY i.start_date, i.id`), personID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the allocations of child %d: %w", personID, err)
	}
	defer rows.Close()
	var out []HeldBy
	for rows.Next() {
		var h HeldBy
		if err := rows.Scan(&h.WorkerID, &h.WorkerName, &h.Role, &h.StartDate, &h.TeamID); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// WorkerByStaffID returns the worker with the staff identifier (an administrator links an account to a
// worker by it), or ENOTFOUND.
func (db *DB) WorkerByStaffID(ctx context.Context, staffID string) (hearth.Worker, error) {
	var w hearth.Worker
	var id hearth.ID
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT id FROM professionals WHERE staff_id = ? AND record_status = 'active'`),
		strings.TrimSpace(staffID)).Scan(&id)
	if isNoRows(err) {
		return w, hearth.Errorf(hearth.ENOTFOUND, "There is no worker with the staff ID %s", strings.TrimSpace(staffID))
	}
	if err != nil {
		return w, fmt.Errorf("looking up staff ID %q: %w", staffID, err)
	}
	return w, db.getRow(ctx, db.sql, schema().byName["professionals"], id, reflect.ValueOf(&w))
}

// WorkerByID returns a worker (not a child's row, so not audited).
func (db *DB) WorkerByID(ctx context.Context, id hearth.ID) (hearth.Worker, error) {
	var w hearth.Worker
	return w, db.getRow(ctx, db.sql, schema().byName["professionals"], id, reflect.ValueOf(&w))
}
