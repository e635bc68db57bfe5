package store_test

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"testing"
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/workforce"
)

// accessWorld is a small authority for the access tests: two teams, a worker and a user in each, and
// children held in each of the ways a team or worker can hold a child.
type accessWorld struct {
	on                     hearth.Date
	teamA, teamB           hearth.ID
	workerA, workerB       hearth.ID
	userA, userB, userLead hearth.User
	// allocatedA is allocated to workerA (team A); referredB has an open referral taken by team B and no
	// allocation; unallocatedB's social worker (team B) left; contactOnly has a contact awaiting a
	// decision; restrictedA is allocated to workerA and sealed, with userB named on it; closed was held
	// by team A long ago and the episode is closed (still team A's as the last team).
	allocatedA, referredB, unallocatedB, contactOnly, restrictedA hearth.ID
}

func newAccessWorld(t *testing.T, db *store.DB) *accessWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	w := &accessWorld{on: hearth.NewDate(2025, 3, 31)}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	team := func(name string) hearth.ID {
		tm := &hearth.Team{Name: name, Service: "assessment"}
		must(db.Insert(ctx, sys, tm))
		return tm.ID
	}
	w.teamA, w.teamB = team("Assessment A"), team("Assessment B")
	worker := func(staff string, teamID hearth.ID) hearth.ID {
		wk := &hearth.Worker{StaffID: staff, Name: "Worker " + staff, TeamID: teamID, Employment: "permanent", FTE: 1,
			JobTitle: "social_worker", SWERegistration: "SW" + staff}
		must(db.Insert(ctx, sys, wk))
		return wk.ID
	}
	w.workerA, w.workerB = worker("100001", w.teamA), worker("100002", w.teamB)
	user := func(email string, role hearth.Role, teamID, workerID hearth.ID) hearth.User {
		u := &hearth.User{Name: email, Email: email, Role: role, TeamID: teamID, WorkerID: workerID, Active: true}
		must(db.Insert(ctx, sys, u))
		return *u
	}
	w.userA = user("a@example.org", hearth.RolePractitioner, w.teamA, w.workerA)
	w.userB = user("b@example.org", hearth.RolePractitioner, w.teamB, w.workerB)
	w.userLead = user("lead@example.org", hearth.RoleSeniorLeader, 0, 0)
	child := func(forename string, restricted bool) hearth.ID {
		p := &hearth.Person{Forename: forename, Surname: "Test", IsChild: true, BirthDate: hearth.NewDate(2015, 1, 2), Sex: "1", Restricted: restricted}
		must(db.Insert(ctx, sys, p))
		return p.ID
	}
	allocate := func(child, worker, team hearth.ID, start, end hearth.Date) {
		a := &workforce.Allocation{PersonID: child, WorkerID: worker, Role: workforce.RoleSocialWorker, TeamID: team, StartDate: start, EndDate: end}
		if !end.IsZero() {
			a.EndReason = "LEFTRL"
		}
		must(db.Insert(ctx, sys, a))
	}
	w.allocatedA = child("Allocated", false)
	allocate(w.allocatedA, w.workerA, w.teamA, hearth.NewDate(2024, 6, 1), hearth.Date{})
	w.referredB = child("Referred", false)
	must(db.Insert(ctx, sys, &frontdoor.CINEpisode{PersonID: w.referredB, ReferralDate: hearth.NewDate(2025, 3, 20), ReferralSource: "2A", PrimaryNeed: "N1", TeamID: w.teamB}))
	w.unallocatedB = child("Unallocated", false)
	allocate(w.unallocatedB, w.workerB, w.teamB, hearth.NewDate(2024, 1, 1), hearth.NewDate(2025, 2, 28))
	w.contactOnly = child("Contact", false)
	must(db.Insert(ctx, sys, &frontdoor.Contact{PersonID: w.contactOnly, ReceivedAt: time.Date(2025, 3, 31, 9, 0, 0, 0, time.UTC),
		Source: "6", Summary: "Police notification", Consent: "not_needed", ConsentReason: "Police notification of an incident"}))
	w.restrictedA = child("Restricted", true)
	allocate(w.restrictedA, w.workerA, w.teamA, hearth.NewDate(2024, 6, 1), hearth.Date{})
	must(db.GrantRestrictedAccess(ctx, sys, w.restrictedA, w.userB.ID, "Named by the team manager for the court work"))
	return w
}

func (w *accessWorld) children() []hearth.ID {
	return []hearth.ID{w.allocatedA, w.referredB, w.unallocatedB, w.contactOnly, w.restrictedA}
}

func TestChildFactsAndTheChildrenAUserMaySee(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		w := newAccessWorld(t, db)

		t.Run("facts say which teams hold each child and how", func(t *testing.T) {
			facts := map[hearth.ID]access.ChildFacts{}
			for _, id := range w.children() {
				f, err := db.ChildFacts(ctx, id, w.on)
				if err != nil {
					t.Fatal(err)
				}
				facts[id] = f
			}
			if f := facts[w.allocatedA]; len(f.Allocations) != 1 || f.Allocations[0].WorkerID != w.workerA || !slices.Equal(f.TeamIDs, []hearth.ID{w.teamA}) {
				t.Errorf("allocated child: %+v", f)
			}
			if f := facts[w.referredB]; len(f.Allocations) != 0 || !slices.Equal(f.TeamIDs, []hearth.ID{w.teamB}) {
				t.Errorf("referred child: %+v", f)
			}
			if f := facts[w.unallocatedB]; len(f.Allocations) != 0 || !slices.Equal(f.TeamIDs, []hearth.ID{w.teamB}) {
				t.Errorf("unallocated child should stay with the last team: %+v", f)
			}
			if f := facts[w.contactOnly]; !f.OpenContact || len(f.TeamIDs) != 0 {
				t.Errorf("child with an open contact: %+v", f)
			}
			if f := facts[w.restrictedA]; !f.Restricted || !slices.Equal(f.NamedUserIDs, []hearth.ID{w.userB.ID}) {
				t.Errorf("restricted child: %+v", f)
			}
			if _, err := db.ChildFacts(ctx, 999999, w.on); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Errorf("facts of a person who does not exist: %v", err)
			}
		})

		t.Run("the list of children a user may see is exactly those the record page would open", func(t *testing.T) {
			frontDoor := hearth.User{Role: hearth.RoleFrontDoor, TeamID: w.teamB}
			frontDoor.ID = w.userB.ID
			for _, u := range []hearth.User{w.userA, w.userB, w.userLead, frontDoor} {
				s := access.SubjectOf(u)
				list, err := db.VisibleChildren(ctx, hearth.Actor{UserID: u.ID, Role: u.Role}, s, w.on, store.Page{Limit: 100, Offset: 0})
				if err != nil {
					t.Fatal(err)
				}
				var listed []hearth.ID
				for _, c := range list.Children {
					listed = append(listed, c.PersonID)
				}
				var want []hearth.ID
				for _, id := range w.children() {
					f, err := db.ChildFacts(ctx, id, w.on)
					if err != nil {
						t.Fatal(err)
					}
					if access.CanViewChild(s, f, time.Now()).Outcome != access.Deny {
						want = append(want, id)
					}
				}
				slices.Sort(listed)
				slices.Sort(want)
				if !slices.Equal(listed, want) || list.Total != len(want) {
					t.Errorf("%s of team %d: listed %v (total %d), the rules allow %v", u.Role, u.TeamID, listed, list.Total, want)
				}
			}
		})

		t.Run("a restricted child is listed without a name to those not named on it", func(t *testing.T) {
			for _, u := range []hearth.User{w.userA, w.userLead} {
				list, err := db.VisibleChildren(ctx, hearth.Actor{UserID: u.ID, Role: u.Role}, access.SubjectOf(u), w.on, store.Page{Limit: 100, Offset: 0})
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range list.Children {
					if c.PersonID == w.restrictedA && (!c.Restricted || c.Forename != "" || c.Surname != "") {
						t.Errorf("%s sees the restricted child as %+v", u.Role, c)
					}
					if c.PersonID == w.allocatedA && c.Forename != "Allocated" {
						t.Errorf("%s sees the allocated child as %+v", u.Role, c)
					}
				}
			}
		})

		t.Run("a list is paged and every page is audited", func(t *testing.T) {
			s := access.SubjectOf(w.userLead)
			actor := hearth.Actor{UserID: w.userLead.ID, Role: w.userLead.Role}
			first, err := db.VisibleChildren(ctx, actor, s, w.on, store.Page{Limit: 2, Offset: 0})
			if err != nil {
				t.Fatal(err)
			}
			last, err := db.VisibleChildren(ctx, actor, s, w.on, store.Page{Limit: 2, Offset: 4})
			if err != nil {
				t.Fatal(err)
			}
			if len(first.Children) != 2 || len(last.Children) != 1 || first.Total != 5 || last.Total != 5 {
				t.Fatalf("pages: %d and %d of %d", len(first.Children), len(last.Children), first.Total)
			}
			var n int
			if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log WHERE action = 'list' AND user_id = `+strconv.FormatInt(int64(w.userLead.ID), 10)).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n < 2 {
				t.Errorf("audit rows of listing = %d, want at least 2", n)
			}
		})

		t.Run("roles without child data list nothing", func(t *testing.T) {
			for _, role := range []hearth.Role{hearth.RoleAdministrator, hearth.RolePanelMember, hearth.RolePartnerAgency} {
				list, err := db.VisibleChildren(ctx, hearth.Actor{UserID: w.userA.ID, Role: role}, access.Subject{UserID: w.userA.ID, Role: role, TeamID: w.teamA}, w.on, store.Page{Limit: 100, Offset: 0})
				if err != nil || len(list.Children) != 0 || list.Total != 0 {
					t.Errorf("%s: %+v, %v", role, list, err)
				}
			}
		})
	})
}

func TestBreakGlassWhoLookedAndNamedAccess(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		w := newAccessWorld(t, db)
		actorA := hearth.Actor{UserID: w.userA.ID, Name: w.userA.Name, Role: w.userA.Role}

		if err := db.RecordBreakGlass(ctx, actorA, w.restrictedA, "  "); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("break glass without a reason: %v", err)
		}
		reason := "Duty worker covering an emergency out of hours"
		before := time.Now().Add(-time.Second)
		if broke, err := db.BrokeGlassSince(ctx, w.userA.ID, w.restrictedA, before); err != nil || broke {
			t.Errorf("broke the glass before giving a reason: %v, %v", broke, err)
		}
		if err := db.RecordBreakGlass(ctx, actorA, w.restrictedA, reason); err != nil {
			t.Fatal(err)
		}
		if broke, err := db.BrokeGlassSince(ctx, w.userA.ID, w.restrictedA, before); err != nil || !broke {
			t.Errorf("the reason given is not found: %v, %v", broke, err)
		}
		if broke, err := db.BrokeGlassSince(ctx, w.userA.ID, w.restrictedA, time.Now().Add(time.Hour)); err != nil || broke {
			t.Errorf("a reason given before the session counts: %v, %v", broke, err)
		}
		for _, team := range []hearth.ID{w.teamA, 0} {
			views, err := db.BreakGlassViews(ctx, team, time.Now().Add(-time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if len(views) != 1 || views[0].UserID == 0 || views[0].PersonID != w.restrictedA || views[0].Reason != reason {
				t.Errorf("break-glass views for team %d: %+v", team, views)
			}
		}
		if views, err := db.BreakGlassViews(ctx, w.teamB+1000, time.Now().Add(-time.Hour)); err != nil || len(views) != 0 {
			t.Errorf("another team's managers see %+v, %v", views, err)
		}

		looks, err := db.WhoLooked(ctx, hearth.Actor{UserID: w.userLead.ID, Role: w.userLead.Role}, w.restrictedA, 0)
		if err != nil {
			t.Fatal(err)
		}
		actions := map[string]bool{}
		for _, l := range looks {
			actions[l.Action] = true
		}
		if !actions[store.ActionBreakGlass] || !actions[store.ActionGrantAccess] {
			t.Errorf("who looked lists %+v", looks)
		}
		again, err := db.WhoLooked(ctx, hearth.Actor{UserID: w.userLead.ID, Role: w.userLead.Role}, w.restrictedA, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != len(looks)+1 || again[0].UserID != w.userLead.ID || again[0].Table != "audit_log" {
			t.Errorf("reading who looked is not itself in the audit: %+v", again[0])
		}

		if err := db.GrantRestrictedAccess(ctx, hearth.System, w.restrictedA, w.userB.ID, "again"); hearth.ErrorCode(err) != hearth.ECONFLICT {
			t.Errorf("naming someone twice: %v", err)
		}
		if err := db.RevokeRestrictedAccess(ctx, hearth.System, w.restrictedA, w.userB.ID, "Court work finished"); err != nil {
			t.Fatal(err)
		}
		f, err := db.ChildFacts(ctx, w.restrictedA, w.on)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.NamedUserIDs) != 0 {
			t.Errorf("still named after revocation: %v", f.NamedUserIDs)
		}
		grants, err := db.RestrictedAccess(ctx, w.restrictedA)
		if err != nil {
			t.Fatal(err)
		}
		if len(grants) != 1 || grants[0].RevokedBy == 0 || grants[0].RevokeReason != "Court work finished" {
			t.Errorf("the revoked grant is not kept: %+v", grants)
		}
	})
}

func TestChildRecordAsJSON(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		w := newAccessWorld(t, db)
		rec, err := db.LoadChild(ctx, hearth.System, w.unallocatedB, "test")
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Person map[string]any              `json:"person"`
			Tables map[string][]map[string]any `json:"tables"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Person["forename"] != "Unallocated" || doc.Person["birth_date"] != "2015-01-02" || doc.Person["death_date"] != nil {
			t.Errorf("person = %v", doc.Person)
		}
		inv := doc.Tables["involvements"]
		if len(inv) != 1 || inv[0]["start_date"] != "2024-01-01" || inv[0]["end_date"] != "2025-02-28" || inv[0]["role"] != "social_worker" {
			t.Errorf("involvements = %v", inv)
		}
		if _, ok := doc.Tables["contacts"]; ok || len(doc.Tables) != 1 {
			t.Errorf("tables without rows are written: %v", doc.Tables)
		}
	})
}

func TestAPITokens(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		w := newAccessWorld(t, db)
		now := time.Now()
		db.Now = func() time.Time { return now }

		if _, _, err := db.CreateAPIToken(ctx, hearth.System, w.userLead.ID, " ", now.Add(time.Hour)); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("a token without a name: %v", err)
		}
		if _, _, err := db.CreateAPIToken(ctx, hearth.System, w.userLead.ID, "export", now.Add(-time.Hour)); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("a token that has already expired: %v", err)
		}
		token, made, err := db.CreateAPIToken(ctx, hearth.System, w.userLead.ID, "nightly export", now.Add(24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		u, err := db.UserByAPIToken(ctx, token)
		if err != nil || u.ID != w.userLead.ID {
			t.Fatalf("the token's user: %+v, %v", u, err)
		}
		var stored int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM api_tokens WHERE token_hash = '`+token+`'`).Scan(&stored); err != nil || stored != 0 {
			t.Errorf("the token itself is stored (%d rows), %v", stored, err)
		}
		for name, bad := range map[string]string{"unknown": "hearth_AAAA", "no prefix": "abc", "empty": "", "altered": token[:len(token)-1] + "x"} {
			if _, err := db.UserByAPIToken(ctx, bad); hearth.ErrorCode(err) != hearth.EUNAUTHORIZED {
				t.Errorf("%s token: %v", name, err)
			}
		}
		now = now.Add(25 * time.Hour)
		if _, err := db.UserByAPIToken(ctx, token); hearth.ErrorCode(err) != hearth.EUNAUTHORIZED {
			t.Errorf("an expired token: %v", err)
		}
		now = now.Add(-25 * time.Hour)
		if err := db.RevokeAPIToken(ctx, hearth.System, made.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.UserByAPIToken(ctx, token); hearth.ErrorCode(err) != hearth.EUNAUTHORIZED {
			t.Errorf("a revoked token: %v", err)
		}
		if err := db.RevokeAPIToken(ctx, hearth.System, made.ID); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Errorf("revoking twice: %v", err)
		}
	})
}
