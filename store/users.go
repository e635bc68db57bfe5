package store

import (
	"context"
	"fmt"
	"net/mail"
	"reflect"
	"strings"

	"hearth"
	"hearth/frontdoor"
)

// The users and teams an administrator manages. None of these reads or writes a child's record, so an
// administrator (who sees no child data) can do all of it. Every change goes through Insert and Amend, so
// it is audited and an account's earlier versions (its role, team and expiry over time) are kept in
// record_history.

// userColumns are the columns of users, in the order scanUser reads them.
const userColumns = `id, version, record_status, COALESCE(error_reason, ''), recorded_at, recorded_by, name, email, role,
	COALESCE(team_id, 0), COALESCE(worker_id, 0), COALESCE(password_hash, ''), active, expires_at, COALESCE(agency, '')`

// scanUser reads a row of userColumns.
func scanUser(scan func(...any) error) (hearth.User, error) {
	var u hearth.User
	var status, role string
	var recorded, expires, active any
	err := scan(&u.ID, &u.Version, &status, &u.ErrorReason, &recorded, &u.RecordedBy, &u.Name, &u.Email, &role,
		&u.TeamID, &u.WorkerID, &u.PasswordHash, &active, &expires, &u.Agency)
	if err != nil {
		return u, err
	}
	u.Status, u.Role, u.Active = hearth.RecordStatus(status), hearth.Role(role), truthy(active)
	if err := scanTime(recorded, &u.RecordedAt); err != nil {
		return u, err
	}
	return u, scanTime(expires, &u.ExpiresAt)
}

// UserByEmail returns the account that signs in with email (compared in lower case, the form accounts are
// stored in), with its password hash, for sign-in. No such account, or one recorded in error, gives
// ENOTFOUND; the sign-in page must not say which of the email and the password was wrong.
func (db *DB) UserByEmail(ctx context.Context, email string) (hearth.User, error) {
	row := db.sql.QueryRowContext(ctx, db.rebind(`SELECT `+userColumns+` FROM users WHERE email = ? AND record_status = 'active'`), strings.ToLower(strings.TrimSpace(email)))
	u, err := scanUser(row.Scan)
	if isNoRows(err) {
		return u, hearth.Errorf(hearth.ENOTFOUND, "There is no account with that email address")
	}
	if err != nil {
		return u, fmt.Errorf("reading the account of %s: %w", email, err)
	}
	return u, nil
}

// UserByID returns an account with its password hash (sessions reload the signed-in user by id).
func (db *DB) UserByID(ctx context.Context, id hearth.ID) (hearth.User, error) {
	row := db.sql.QueryRowContext(ctx, db.rebind(`SELECT `+userColumns+` FROM users WHERE id = ?`), id)
	u, err := scanUser(row.Scan)
	if isNoRows(err) {
		return u, hearth.Errorf(hearth.ENOTFOUND, "This account does not exist")
	}
	if err != nil {
		return u, fmt.Errorf("reading account %d: %w", id, err)
	}
	return u, nil
}

// UserFilter narrows the list of accounts. Zero fields do not filter.
type UserFilter struct {
	Role   hearth.Role
	TeamID hearth.ID
	Active *bool  // true: active accounts only; false: disabled ones only
	Name   string // part of the name or email, in any case
	Page   Page
}

// UserList is a page of accounts, by name.
type UserList struct {
	Users []hearth.User // without their password hashes
	Total int
	Page  Page
}

// ListUsers returns a page of the accounts the filter keeps, by name, with the total. Password hashes
// are left out: a list is for showing, and a hash has no business in a page.
func (db *DB) ListUsers(ctx context.Context, f UserFilter) (UserList, error) {
	page := f.Page.norm()
	out := UserList{Page: page}
	where := []string{"id <> ?"} // Hearth's own system user is not an account anyone manages
	args := []any{hearth.SystemUserID}
	if f.Role != "" {
		where, args = append(where, "role = ?"), append(args, string(f.Role))
	}
	if f.TeamID != 0 {
		where, args = append(where, "team_id = ?"), append(args, f.TeamID)
	}
	if f.Active != nil {
		where, args = append(where, "active = ?"), append(args, db.Engine.arg(*f.Active))
	}
	if n := strings.ToLower(strings.TrimSpace(f.Name)); n != "" {
		where, args = append(where, "(LOWER(name) LIKE ? OR email LIKE ?)"), append(args, "%"+n+"%", "%"+n+"%")
	}
	cond := strings.Join(where, " AND ")
	if err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM users WHERE `+cond), args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting accounts: %w", err)
	}
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT `+userColumns+` FROM users WHERE `+cond+` ORDER BY name, id LIMIT ? OFFSET ?`),
		append(args, page.Limit, page.Offset)...)
	if err != nil {
		return out, fmt.Errorf("listing accounts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUser(rows.Scan)
		if err != nil {
			return out, err
		}
		u.PasswordHash = ""
		out.Users = append(out.Users, u)
	}
	return out, rows.Err()
}

// checkUser checks an account before it is stored and puts its email in the stored form.
func (db *DB) checkUser(ctx context.Context, u *hearth.User) error {
	var problems []string
	u.Name = strings.TrimSpace(u.Name)
	if u.Name == "" {
		problems = append(problems, "Enter the person's full name")
	}
	email := strings.TrimSpace(u.Email)
	if a, err := mail.ParseAddress(email); err != nil || a.Name != "" || a.Address != email {
		problems = append(problems, "Enter an email address in the correct format, like sam.patel@example.org")
	} else {
		u.Email = strings.ToLower(email)
	}
	if _, err := hearth.ParseRole(string(u.Role)); err != nil {
		problems = append(problems, "Choose the account's role")
	}
	// A partner agency account answers the MASH requests sent to one agency, so it must name that agency;
	// no other account has one (an agency on another role would mean nothing and mislead a reader).
	switch {
	case u.Role != hearth.RolePartnerAgency:
		u.Agency = ""
	case u.Agency == "":
		problems = append(problems, "Choose the partner agency the account answers MASH requests for")
	case !frontdoor.Agencies.Has(u.Agency):
		problems = append(problems, "Choose a partner agency from the list")
	}
	if u.TeamID != 0 {
		var n int
		if err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM department WHERE id = ? AND record_status = 'active'`), u.TeamID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			problems = append(problems, "Choose a team that exists")
		}
	}
	if len(problems) > 0 {
		return hearth.Errorf(hearth.EINVALID, "%s", strings.Join(problems, "; "))
	}
	return nil
}

// CreateUser records a new account by actor. The email must be unused (ECONFLICT names it otherwise). A
// local account carries its password hash (auth.HashPassword); an OpenID Connect account has none.
func (db *DB) CreateUser(ctx context.Context, actor hearth.Actor, u *hearth.User) error {
	if err := db.checkUser(ctx, u); err != nil {
		return err
	}
	if err := db.Insert(ctx, actor, u); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT {
			if _, lookErr := db.UserByEmail(ctx, u.Email); lookErr == nil {
				return hearth.WrapError(hearth.ECONFLICT, err, "There is already an account with the email %s", u.Email)
			}
		}
		return fmt.Errorf("creating the account of %s: %w", u.Email, err)
	}
	return nil
}

// UpdateUser changes an account's name, email, role, team, worker, active flag and expiry to those of u,
// based on u.Version (ECONFLICT if someone changed the account since), keeping the earlier version in
// record_history with the reason. The password hash is never changed here, whatever u holds, so a form
// built from ListUsers (which leaves hashes out) cannot wipe a password.
func (db *DB) UpdateUser(ctx context.Context, actor hearth.Actor, u *hearth.User, reason string) error {
	if err := db.checkUser(ctx, u); err != nil {
		return err
	}
	stored, err := db.UserByID(ctx, u.ID)
	if err != nil {
		return err
	}
	u.PasswordHash = stored.PasswordHash
	if err := db.Amend(ctx, actor, u, reason); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT && !strings.Contains(hearth.ErrorMessage(err), "was changed by") {
			return hearth.WrapError(hearth.ECONFLICT, err, "There is already an account with the email %s", u.Email)
		}
		return err
	}
	return nil
}

// SetPassword replaces the password hash of a local account (hash from auth.HashPassword), as a new
// version of the account: the old hash goes to record_history like any other change, and the change is
// audited with the reason.
func (db *DB) SetPassword(ctx context.Context, actor hearth.Actor, userID hearth.ID, hash, reason string) error {
	u, err := db.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	u.PasswordHash = hash
	return db.Amend(ctx, actor, &u, reason)
}

// TeamSummary is a team with how many accounts and workers belong to it.
type TeamSummary struct {
	hearth.Team
	Users   int
	Workers int
}

// ListTeams returns every team that stands, by name, with its numbers of accounts and workers.
func (db *DB) ListTeams(ctx context.Context) ([]TeamSummary, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT d.id, d.version, d.name, COALESCE(d.service, ''), COALESCE(d.parent_id, 0),
		(SELECT COUNT(*) FROM users u WHERE u.team_id = d.id), (SELECT COUNT(*) FROM professionals w WHERE w.team_id = d.id)
		FROM department d WHERE d.record_status = 'active' ORDER BY d.name, d.id`)
	if err != nil {
		return nil, fmt.Errorf("listing teams: %w", err)
	}
	defer rows.Close()
	var out []TeamSummary
	for rows.Next() {
		var t TeamSummary
		if err := rows.Scan(&t.ID, &t.Version, &t.Name, &t.Service, &t.ParentID, &t.Users, &t.Workers); err != nil {
			return nil, err
		}
		t.Status = hearth.StatusActive
		out = append(out, t)
	}
	return out, rows.Err()
}

// TeamByID returns a team.
func (db *DB) TeamByID(ctx context.Context, id hearth.ID) (hearth.Team, error) {
	var t hearth.Team
	err := db.getRow(ctx, db.sql, schema().byName["department"], id, reflect.ValueOf(&t))
	return t, err
}

// FindTeam returns the team called name (in any case). When there is none, the EINVALID error lists the
// teams there are, so a person typing a name at the command line can correct it.
func (db *DB) FindTeam(ctx context.Context, name string) (hearth.Team, error) {
	teams, err := db.ListTeams(ctx)
	if err != nil {
		return hearth.Team{}, err
	}
	var found []hearth.Team
	var names []string
	for _, t := range teams {
		if strings.EqualFold(t.Name, strings.TrimSpace(name)) {
			found = append(found, t.Team)
		}
		names = append(names, t.Name)
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		return hearth.Team{}, hearth.Errorf(hearth.EINVALID, "%d teams are called %q; give each team its own name first", len(found), name)
	case len(names) == 0:
		return hearth.Team{}, hearth.Errorf(hearth.EINVALID, "There is no team called %q: there are no teams yet", name)
	}
	const shown = 20
	list := strings.Join(names[:min(shown, len(names))], "; ")
	if len(names) > shown {
		list += fmt.Sprintf("; and %d more", len(names)-shown)
	}
	return hearth.Team{}, hearth.Errorf(hearth.EINVALID, "There is no team called %q; the teams are: %s", name, list)
}

// checkTeamName refuses an empty name and one another team already has (in any case): people choose a
// team from a list by its name, so two teams of one name could not be told apart.
func (db *DB) checkTeamName(ctx context.Context, id hearth.ID, name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return "", hearth.Errorf(hearth.EINVALID, "Enter the team's name")
	}
	var n int
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM department WHERE LOWER(name) = ? AND id <> ? AND record_status = 'active'`),
		strings.ToLower(name), id).Scan(&n)
	if err != nil {
		return "", fmt.Errorf("checking the team name %q: %w", name, err)
	}
	if n > 0 {
		return "", hearth.Errorf(hearth.ECONFLICT, "There is already a team called %s", name)
	}
	return name, nil
}

// CreateTeam records a new team by actor. Its name must be new.
func (db *DB) CreateTeam(ctx context.Context, actor hearth.Actor, t *hearth.Team) error {
	name, err := db.checkTeamName(ctx, 0, t.Name)
	if err != nil {
		return err
	}
	t.Name = name
	return db.Insert(ctx, actor, t)
}

// RenameTeam renames a team, based on the version the person saw (ECONFLICT if it changed since), keeping
// the old name in record_history with the reason. Rows that refer to the team keep referring to it, so
// the new name shows everywhere at once.
func (db *DB) RenameTeam(ctx context.Context, actor hearth.Actor, id hearth.ID, version int, name, reason string) (hearth.Team, error) {
	t, err := db.TeamByID(ctx, id)
	if err != nil {
		return t, err
	}
	if t.Name, err = db.checkTeamName(ctx, id, name); err != nil {
		return t, err
	}
	t.Version = version
	err = db.Amend(ctx, actor, &t, reason)
	return t, err
}
