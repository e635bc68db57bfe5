package synth

import (
	"context"
	"fmt"
	"strings"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/workforce"
)

// DemoEmail is the sign-in name of a role's demo account, such as team-manager@demo.example (.example
// is reserved, so no real address is ever used).
func DemoEmail(r hearth.Role) string {
	return strings.ReplaceAll(string(r), "_", "-") + "@demo.example"
}

// EnsureDemoAccounts makes (or brings up to date) one account for each role of hearth.Roles, all with
// password, in a database holding a synthetic authority, and returns them in that order. hearth demo and
// the browser tests use it. The practitioner and personal adviser stand for the workers of the authority
// with the most children allocated to them, the team manager for the practitioner's manager, and the
// reviewing officer for the busiest reviewing officer, so these accounts have caseloads to look at. The
// inspector's account ends 90 days after now. Running it again resets the passwords, reopens the accounts
// and moves the inspector's end date on, so an old demo database keeps working.
func EnsureDemoAccounts(ctx context.Context, db *store.DB, password string, now time.Time) ([]hearth.User, error) {
	links, err := demoLinks(ctx, db)
	if err != nil {
		return nil, err
	}
	hash := auth.HashPassword(password)
	var out []hearth.User
	for _, role := range hearth.Roles {
		want := hearth.User{Name: "Demo " + strings.ReplaceAll(string(role), "_", " "), Email: DemoEmail(role), Role: role,
			Active: true, PasswordHash: hash}
		if l, ok := links[role]; ok {
			want.TeamID, want.WorkerID = l.TeamID, l.WorkerID
		}
		if role == hearth.RolePartnerAgency {
			// The demo's partner agency account answers for the police, whom the MASH asks most.
			want.Agency = "police"
		}
		if role == hearth.RoleInspector {
			want.ExpiresAt = now.Add(90 * 24 * time.Hour).UTC().Truncate(time.Second)
		}
		u, err := db.UserByEmail(ctx, want.Email)
		switch {
		case hearth.ErrorCode(err) == hearth.ENOTFOUND:
			if err := db.Insert(ctx, hearth.System, &want); err != nil {
				return nil, fmt.Errorf("adding %s: %w", want.Email, err)
			}
			out = append(out, want)
			continue
		case err != nil:
			return nil, err
		}
		u.Name, u.Role, u.Active, u.PasswordHash = want.Name, want.Role, true, hash
		u.TeamID, u.WorkerID, u.ExpiresAt, u.Agency = want.TeamID, want.WorkerID, want.ExpiresAt, want.Agency
		if err := db.Amend(ctx, hearth.System, &u, "demo accounts refreshed"); err != nil {
			return nil, fmt.Errorf("refreshing %s: %w", want.Email, err)
		}
		out = append(out, u)
	}
	return out, nil
}

// demoLinks finds the workers and teams the demo accounts stand for.
func demoLinks(ctx context.Context, db *store.DB) (map[hearth.Role]store.Caseholder, error) {
	links := map[hearth.Role]store.Caseholder{}
	for _, want := range []struct {
		role  hearth.Role
		alloc string
	}{
		{hearth.RolePractitioner, workforce.RoleSocialWorker},
		{hearth.RolePersonalAdviser, workforce.RolePersonalAdviser},
		{hearth.RoleReviewingOfficer, workforce.RoleReviewingOfficer},
	} {
		c, err := db.BusiestWorker(ctx, want.alloc, want.role)
		if hearth.ErrorCode(err) == hearth.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		links[want.role] = c
	}
	if p, ok := links[hearth.RolePractitioner]; ok {
		m, err := db.TeamManagerOf(ctx, p.TeamID)
		switch {
		case err == nil:
			links[hearth.RoleTeamManager] = store.Caseholder{WorkerID: m.WorkerID, TeamID: m.TeamID}
		case hearth.ErrorCode(err) != hearth.ENOTFOUND:
			return nil, err
		}
	}
	return links, nil
}
