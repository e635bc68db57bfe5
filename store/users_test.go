package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

func TestUsersAndTeams(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		admin := hearth.Actor{UserID: hearth.SystemUserID, Role: hearth.RoleAdministrator}

		north := &hearth.Team{Name: "  Assessment   Team North ", Service: "assessment"}
		if err := db.CreateTeam(ctx, admin, north); err != nil {
			t.Fatal(err)
		}
		south := &hearth.Team{Name: "Assessment Team South"}
		if err := db.CreateTeam(ctx, admin, south); err != nil {
			t.Fatal(err)
		}
		if north.Name != "Assessment Team North" {
			t.Errorf("team name stored as %q", north.Name)
		}
		if err := db.CreateTeam(ctx, admin, &hearth.Team{Name: "assessment team north"}); hearth.ErrorCode(err) != hearth.ECONFLICT {
			t.Fatalf("a second team of the same name: error %v, want conflict", err)
		}

		sam := &hearth.User{Name: "Sam Patel", Email: "Sam.Patel@Example.org", Role: hearth.RoleTeamManager, TeamID: north.ID,
			Active: true, PasswordHash: "$argon2id$hash"}
		if err := db.CreateUser(ctx, admin, sam); err != nil {
			t.Fatal(err)
		}
		for i, u := range []*hearth.User{
			{Name: "Alex Doe", Email: "alex@example.org", Role: hearth.RolePractitioner, TeamID: north.ID, Active: true},
			{Name: "Bo Inspector", Email: "bo@example.org", Role: hearth.RoleInspector, Active: true, ExpiresAt: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)},
			{Name: "Cy Gone", Email: "cy@example.org", Role: hearth.RolePractitioner, TeamID: south.ID},
		} {
			if err := db.CreateUser(ctx, admin, u); err != nil {
				t.Fatalf("user %d: %v", i, err)
			}
		}

		t.Run("accounts are checked before they are stored", func(t *testing.T) {
			for _, u := range []hearth.User{
				{Name: "", Email: "x@example.org", Role: hearth.RolePractitioner},
				{Name: "X", Email: "not an email", Role: hearth.RolePractitioner},
				{Name: "X", Email: "x@example.org", Role: "wizard"},
				{Name: "X", Email: "x@example.org", Role: hearth.RolePractitioner, TeamID: 9999},
			} {
				if err := db.CreateUser(ctx, admin, &u); hearth.ErrorCode(err) != hearth.EINVALID {
					t.Errorf("%+v: error %v, want invalid", u, err)
				}
			}
			err := db.CreateUser(ctx, admin, &hearth.User{Name: "Sam Again", Email: "sam.patel@example.org", Role: hearth.RolePractitioner})
			if hearth.ErrorCode(err) != hearth.ECONFLICT || !strings.Contains(hearth.ErrorMessage(err), "sam.patel@example.org") {
				t.Fatalf("a taken email: error %v", err)
			}
		})

		t.Run("sign-in finds an account by email in any case, with its hash", func(t *testing.T) {
			u, err := db.UserByEmail(ctx, " SAM.PATEL@example.ORG ")
			if err != nil {
				t.Fatal(err)
			}
			if u.ID != sam.ID || u.PasswordHash != "$argon2id$hash" || u.Role != hearth.RoleTeamManager || !u.Active || u.TeamID != north.ID {
				t.Fatalf("user = %+v", u)
			}
			if _, err := db.UserByEmail(ctx, "nobody@example.org"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Errorf("unknown email: error %v", err)
			}
			bo, err := db.UserByEmail(ctx, "bo@example.org")
			if err != nil || !bo.ExpiresAt.Equal(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)) {
				t.Fatalf("inspector = %+v, %v", bo, err)
			}
			if byID, err := db.UserByID(ctx, sam.ID); err != nil || byID.Email != "sam.patel@example.org" {
				t.Fatalf("by id = %+v, %v", byID, err)
			}
		})

		t.Run("lists filter by role, team, active and name, paged, without hashes", func(t *testing.T) {
			all, err := db.ListUsers(ctx, store.UserFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if all.Total != 4 || all.Users[0].Name != "Alex Doe" {
				t.Fatalf("all users = %d %+v", all.Total, all.Users)
			}
			for _, u := range all.Users {
				if u.PasswordHash != "" {
					t.Errorf("%s's hash is in the list", u.Name)
				}
			}
			active := true
			for _, c := range []struct {
				f    store.UserFilter
				want []string
			}{
				{store.UserFilter{Role: hearth.RolePractitioner}, []string{"Alex Doe", "Cy Gone"}},
				{store.UserFilter{TeamID: north.ID}, []string{"Alex Doe", "Sam Patel"}},
				{store.UserFilter{Active: &active}, []string{"Alex Doe", "Bo Inspector", "Sam Patel"}},
				{store.UserFilter{Name: "PATEL"}, []string{"Sam Patel"}},
				{store.UserFilter{Page: store.Page{Limit: 2, Offset: 2}}, []string{"Cy Gone", "Sam Patel"}},
			} {
				got, err := db.ListUsers(ctx, c.f)
				if err != nil {
					t.Fatal(err)
				}
				var names []string
				for _, u := range got.Users {
					names = append(names, u.Name)
				}
				if strings.Join(names, ",") != strings.Join(c.want, ",") {
					t.Errorf("%+v: %v, want %v", c.f, names, c.want)
				}
			}
		})

		t.Run("an update keeps the earlier version and the password, and refuses a stale version", func(t *testing.T) {
			list, err := db.ListUsers(ctx, store.UserFilter{Name: "sam"})
			if err != nil {
				t.Fatal(err)
			}
			u := list.Users[0] // as a form would have it: no hash
			u.Role, u.TeamID, u.Active = hearth.RoleSeniorLeader, south.ID, false
			if err := db.UpdateUser(ctx, admin, &u, "Promoted to head of service"); err != nil {
				t.Fatal(err)
			}
			got, err := db.UserByID(ctx, sam.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Role != hearth.RoleSeniorLeader || got.TeamID != south.ID || got.Active || got.PasswordHash != "$argon2id$hash" || got.Version != 2 {
				t.Fatalf("after update = %+v", got)
			}
			hist, err := db.History(ctx, "users", sam.ID)
			if err != nil || len(hist) != 1 || !strings.Contains(hist[0].Data, `"role":"team_manager"`) || hist[0].Reason != "Promoted to head of service" {
				t.Fatalf("history = %+v, %v", hist, err)
			}
			stale := list.Users[0]
			stale.Name = "Samuel Patel"
			if err := db.UpdateUser(ctx, admin, &stale, "typo"); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("a stale update: error %v, want conflict", err)
			}
			if err := db.SetPassword(ctx, admin, sam.ID, "$argon2id$new", "Reset at the user's request"); err != nil {
				t.Fatal(err)
			}
			if got, _ := db.UserByID(ctx, sam.ID); got.PasswordHash != "$argon2id$new" || got.Version != 3 {
				t.Fatalf("after a password reset = %+v", got)
			}
		})

		t.Run("teams: list with counts, find by name, rename with history", func(t *testing.T) {
			teams, err := db.ListTeams(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(teams) != 2 || teams[0].Name != "Assessment Team North" || teams[0].Users != 1 || teams[1].Users != 2 {
				t.Fatalf("teams = %+v", teams)
			}
			if got, err := db.FindTeam(ctx, "assessment team south"); err != nil || got.ID != south.ID {
				t.Fatalf("find = %+v, %v", got, err)
			}
			if _, err := db.FindTeam(ctx, "Nowhere"); hearth.ErrorCode(err) != hearth.EINVALID || !strings.Contains(hearth.ErrorMessage(err), "Assessment Team North") {
				t.Fatalf("find a missing team: %v", err)
			}
			if _, err := db.RenameTeam(ctx, admin, north.ID, north.Version, "Assessment Team South", "merge"); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("renaming to a taken name: error %v", err)
			}
			renamed, err := db.RenameTeam(ctx, admin, north.ID, north.Version, "Front Door and Assessment", "Restructure")
			if err != nil {
				t.Fatal(err)
			}
			if renamed.Name != "Front Door and Assessment" || renamed.Version != 2 || renamed.Service != "assessment" {
				t.Fatalf("renamed = %+v", renamed)
			}
			if _, err := db.RenameTeam(ctx, admin, north.ID, 1, "Again", "stale"); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("a stale rename: error %v", err)
			}
			var n int
			if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log WHERE table_name IN ('users', 'department') AND action IN ('create', 'amend')`).Scan(&n); err != nil || n != 9 {
				t.Fatalf("account and team changes audited: %d, %v (want 6 creations and 3 amendments)", n, err)
			}
		})
	})
}
