package store

import (
	"context"
	"fmt"

	"hearth"
)

// Caseholder is a worker who holds children, as BusiestWorker finds them.
type Caseholder struct {
	WorkerID hearth.ID
	TeamID   hearth.ID
	Children int // children currently allocated to the worker in the role asked for
}

// BusiestWorker returns the worker with the most children currently allocated to them in allocRole
// (workforce.RoleSocialWorker, ...) whose active account has userRole, or an ENOTFOUND error. The demo
// links its accounts to such workers, so that the demo practitioner has a caseload to look at.
func (db *DB) BusiestWorker(ctx context.Context, allocRole string, userRole hearth.Role) (Caseholder, error) {
	q := db.rebind(`SELECT i.worker_id, u.team_id, COUNT(DISTINCT i.person_id) AS n
		FROM involvements i JOIN users u ON u.worker_id = i.worker_id
		WHERE i.role = ? AND i.end_date IS NULL AND i.record_status = 'active'
			AND u.role = ? AND u.active = ? AND u.team_id IS NOT NULL
		GROUP BY i.worker_id, u.team_id ORDER BY n DESC, i.worker_id LIMIT 1`)
	var c Caseholder
	err := db.sql.QueryRowContext(ctx, q, allocRole, string(userRole), db.Engine.arg(true)).Scan(&c.WorkerID, &c.TeamID, &c.Children)
	if isNoRows(err) {
		return Caseholder{}, hearth.Errorf(hearth.ENOTFOUND, "No %s holds any children", userRole)
	}
	if err != nil {
		return Caseholder{}, fmt.Errorf("finding the busiest %s: %w", userRole, err)
	}
	return c, nil
}

// TeamManagerOf returns the active team manager account of a team, or an ENOTFOUND error.
func (db *DB) TeamManagerOf(ctx context.Context, teamID hearth.ID) (hearth.User, error) {
	var id hearth.ID
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT id FROM users WHERE team_id = ? AND role = ? AND active = ? AND record_status = 'active' ORDER BY id LIMIT 1`),
		teamID, string(hearth.RoleTeamManager), db.Engine.arg(true)).Scan(&id)
	if isNoRows(err) {
		return hearth.User{}, hearth.Errorf(hearth.ENOTFOUND, "The team has no manager")
	}
	if err != nil {
		return hearth.User{}, fmt.Errorf("finding a team's manager: %w", err)
	}
	return db.UserByID(ctx, id)
}
