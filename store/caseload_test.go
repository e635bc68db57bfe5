package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/workforce"
)

func TestCaseloadsAndAllocation(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		insert := func(row any) {
			t.Helper()
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		team := &hearth.Team{Name: "Child Protection Team East"}
		other := &hearth.Team{Name: "Assessment Team West"}
		insert(team)
		insert(other)
		priya := &hearth.Worker{StaffID: "S1", Name: "Priya Shah", Employment: "permanent", TeamID: team.ID, FTE: 1}
		tom := &hearth.Worker{StaffID: "S2", Name: "Tom Reid", Employment: "agency", TeamID: team.ID, FTE: 1}
		gone := &hearth.Worker{StaffID: "S3", Name: "Ann Left", Employment: "permanent", TeamID: team.ID, EndDate: hearth.NewDate(2024, 12, 31)}
		insert(priya)
		insert(tom)
		insert(gone)
		manager := hearth.Actor{UserID: newUser(t, db, "manager@example.org"), Role: hearth.RoleTeamManager}

		// Three children with open referrals to the team: Amara will be allocated, Ben never is, and Cara
		// was allocated to a worker who has since gone.
		child := func(fore string) *hearth.Person {
			p := &hearth.Person{Forename: fore, Surname: "Test", IsChild: true, BirthDate: hearth.NewDate(2015, 1, 1)}
			insert(p)
			insert(&frontdoor.CINEpisode{PersonID: p.ID, ReferralDate: hearth.NewDate(2025, 1, 6), ReferralSource: "2A", TeamID: team.ID})
			return p
		}
		amara, ben, cara := child("Amara"), child("Ben"), child("Cara")
		insert(&workforce.Allocation{PersonID: cara.ID, WorkerID: gone.ID, Role: workforce.RoleSocialWorker, TeamID: team.ID,
			StartDate: hearth.NewDate(2025, 1, 7), EndDate: hearth.NewDate(2025, 2, 28), EndReason: "LEFTRL"})
		// A child of another team, unallocated: not this team's.
		dan := &hearth.Person{Forename: "Dan", Surname: "Test", IsChild: true}
		insert(dan)
		insert(&frontdoor.CINEpisode{PersonID: dan.ID, ReferralDate: hearth.NewDate(2025, 1, 6), ReferralSource: "2A", TeamID: other.ID})

		first, err := db.Allocate(ctx, manager, amara.ID, priya.ID, workforce.RoleSocialWorker, hearth.NewDate(2025, 1, 8), "")
		if err != nil {
			t.Fatal(err)
		}
		if first.ID == 0 || first.TeamID != team.ID || first.CINEpisodeID == 0 {
			t.Fatalf("first allocation = %+v", first)
		}
		seen := true
		insert(&protection.Visit{PersonID: amara.ID, Kind: protection.VisitCIN, VisitDate: hearth.NewDate(2025, 2, 3), WorkerID: priya.ID, ChildSeen: &seen})
		insert(&protection.Visit{PersonID: amara.ID, Kind: protection.VisitCIN, VisitDate: hearth.NewDate(2025, 3, 3), WorkerID: priya.ID, ChildSeen: &seen})
		insert(&frontdoor.Contact{PersonID: amara.ID, ReceivedAt: time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC), Source: "2A",
			Summary: "School worried", Consent: "given"})

		t.Run("my caseload: the children allocated on the date, the latest visit and what happened last", func(t *testing.T) {
			cl, err := db.MyCaseload(ctx, manager, priya.ID, hearth.NewDate(2025, 3, 5), store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if cl.Total != 1 || len(cl.Children) != 1 || cl.Children[0].PersonID != amara.ID || cl.Children[0].Role != workforce.RoleSocialWorker {
				t.Fatalf("caseload = %+v", cl)
			}
			c := cl.Children[0]
			if c.LastVisit != hearth.NewDate(2025, 3, 3) || c.Last.What != "Visit" || c.Last.Date != c.LastVisit {
				t.Fatalf("last visit %s, last event %+v", c.LastVisit, c.Last)
			}
			cl, err = db.MyCaseload(ctx, manager, priya.ID, hearth.NewDate(2025, 3, 12), store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if last := cl.Children[0].Last; last.What != "Contact received" || last.Date != hearth.NewDate(2025, 3, 10) {
				t.Fatalf("what happened last on 12 March = %+v", last)
			}
		})

		t.Run("team caseload: counts per worker and the unallocated children the team holds", func(t *testing.T) {
			tc, err := db.TeamCaseload(ctx, manager, team.ID, hearth.NewDate(2025, 3, 5), store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if len(tc.Workers) != 2 || tc.Workers[0].Name != "Priya Shah" || tc.Workers[0].Count != 1 || tc.Workers[1].Count != 0 {
				t.Fatalf("workers = %+v (Ann Left has left)", tc.Workers)
			}
			if tc.Workers[0].Children[0].LastVisit != hearth.NewDate(2025, 3, 3) {
				t.Errorf("worker's child = %+v", tc.Workers[0].Children[0])
			}
			if tc.UnallocatedTotal != 2 || tc.Unallocated[0].PersonID != ben.ID || tc.Unallocated[1].PersonID != cara.ID {
				t.Fatalf("unallocated = %d %+v, want Ben and Cara", tc.UnallocatedTotal, tc.Unallocated)
			}
			paged, err := db.TeamCaseload(ctx, manager, team.ID, hearth.NewDate(2025, 3, 5), store.Page{Limit: 1, Offset: 1})
			if err != nil {
				t.Fatal(err)
			}
			if paged.UnallocatedTotal != 2 || len(paged.Unallocated) != 1 || paged.Unallocated[0].PersonID != cara.ID {
				t.Fatalf("second page of unallocated = %+v", paged.Unallocated)
			}
			other, err := db.TeamCaseload(ctx, manager, other.ID, hearth.NewDate(2025, 3, 5), store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if other.UnallocatedTotal != 1 || other.Unallocated[0].PersonID != dan.ID {
				t.Fatalf("other team's unallocated = %+v", other.Unallocated)
			}
		})

		t.Run("reallocation ends the old allocation on the handover day and keeps its history", func(t *testing.T) {
			day := hearth.NewDate(2025, 4, 1)
			if _, err := db.Allocate(ctx, manager, amara.ID, tom.ID, workforce.RoleSocialWorker, day, ""); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("no reason: error %v, want invalid", err)
			}
			if _, err := db.Allocate(ctx, manager, amara.ID, priya.ID, workforce.RoleSocialWorker, day, "MANAGE"); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("the same worker: error %v, want conflict", err)
			}
			if _, err := db.Allocate(ctx, manager, amara.ID, gone.ID, workforce.RoleSocialWorker, day, "MANAGE"); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("a worker who has left: error %v, want invalid", err)
			}
			next, err := db.Allocate(ctx, manager, amara.ID, tom.ID, workforce.RoleSocialWorker, day, "MANAGE")
			if err != nil {
				t.Fatal(err)
			}
			var old workforce.Allocation
			if err := db.Get(ctx, manager, first.ID, &old); err != nil {
				t.Fatal(err)
			}
			if old.EndDate != day || old.EndReason != "MANAGE" || old.Version != 2 || next.StartDate != day || next.WorkerID != tom.ID {
				t.Fatalf("old %+v\nnew %+v", old, next)
			}
			hist, err := db.History(ctx, "involvements", first.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(hist) != 1 || !strings.Contains(hist[0].Reason, "Reallocated to Tom Reid") {
				t.Fatalf("history = %+v", hist)
			}
			for _, c := range []struct {
				worker hearth.ID
				on     hearth.Date
				want   int
			}{{priya.ID, day, 1}, {tom.ID, day, 1}, {priya.ID, day.AddDays(1), 0}, {tom.ID, day.AddDays(1), 1}} {
				cl, err := db.MyCaseload(ctx, manager, c.worker, c.on, store.Page{})
				if err != nil {
					t.Fatal(err)
				}
				if cl.Total != c.want {
					t.Errorf("worker %d on %s holds %d, want %d", c.worker, c.on, cl.Total, c.want)
				}
			}
			var n int
			if err := db.SQL().QueryRowContext(ctx, rebind(db, `SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND table_name = 'involvements'
				AND person_id = ? AND action IN ('create', 'amend')`), manager.UserID, amara.ID).Scan(&n); err != nil || n != 3 {
				t.Fatalf("allocation changes audited: %d, %v (want 2 creates and 1 amendment)", n, err)
			}
			if err := db.SQL().QueryRowContext(ctx, rebind(db, `SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND table_name = 'involvements'
				AND action = 'read' AND detail LIKE 'caseload%'`), manager.UserID).Scan(&n); err != nil || n < 4 {
				t.Fatalf("caseload reads audited: %d, %v", n, err)
			}
		})
	})
}
