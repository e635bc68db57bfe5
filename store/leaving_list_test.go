package store_test

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/access"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/workforce"
)

// TestCareLeavers builds a leaving care team's young people by hand and checks the list a team manager and
// a senior leader see on 15 June 2025: who is on it, their advisers' caseloads, the latest contact and
// status, the pathway plan's dates, the filter by adviser and the paging.
func TestCareLeavers(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		insert := func(row any) {
			t.Helper()
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		d := func(y int, m time.Month, day int) hearth.Date { return hearth.NewDate(y, m, day) }
		team, other := &hearth.Team{Name: "Leaving Care Team"}, &hearth.Team{Name: "Children in Care Team"}
		insert(team)
		insert(other)
		ola := &hearth.Worker{StaffID: "P1", Name: "Ola Adeyemi", Employment: "permanent", TeamID: team.ID, FTE: 1}
		sam := &hearth.Worker{StaffID: "P2", Name: "Sam Brook", Employment: "permanent", TeamID: team.ID, FTE: 1}
		sw := &hearth.Worker{StaffID: "P3", Name: "Zoe Social", Employment: "permanent", TeamID: team.ID, FTE: 1}
		far := &hearth.Worker{StaffID: "P4", Name: "Far Away", Employment: "permanent", TeamID: other.ID, FTE: 1}
		for _, w := range []*hearth.Worker{ola, sam, sw, far} {
			insert(w)
		}
		person := func(fore, sur string, born hearth.Date) *hearth.Person {
			p := &hearth.Person{Forename: fore, Surname: sur, IsChild: true, BirthDate: born}
			insert(p)
			return p
		}
		category := func(p *hearth.Person, cat string, from, to hearth.Date) {
			insert(&leaving.CareLeaver{PersonID: p.ID, Category: cat, Reason: "Because " + cat, StartDate: from, EndDate: to})
		}
		allocate := func(p *hearth.Person, w *hearth.Worker, role string, from hearth.Date) {
			insert(&workforce.Allocation{PersonID: p.ID, WorkerID: w.ID, Role: role, TeamID: w.TeamID, StartDate: from})
		}

		// Amy left care at 16 and is now former relevant, with Ola as her adviser.
		amy := person("Amy", "Able", d(2007, 3, 1))
		category(amy, leaving.Eligible, d(2023, 3, 1), d(2024, 1, 10))
		category(amy, leaving.Relevant, d(2024, 1, 10), d(2025, 3, 1))
		category(amy, leaving.FormerRelevant, d(2025, 3, 1), hearth.Date{})
		allocate(amy, ola, workforce.RolePersonalAdviser, d(2024, 1, 10))
		contact := func(at time.Time, method, where string) *leaving.Contact {
			c := &leaving.Contact{PersonID: amy.ID, At: at, Method: method, Location: where, WorkerID: ola.ID}
			insert(c)
			return c
		}
		contact(time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC), "face_to_face", "Cafe")
		latest := contact(time.Date(2025, 6, 2, 10, 0, 0, 0, time.UTC), "phone", "")
		contact(time.Date(2025, 6, 20, 10, 0, 0, 0, time.UTC), "face_to_face", "Office") // after the date asked about
		insert(&leaving.Status{PersonID: amy.ID, Date: d(2025, 3, 1), InTouch: "YES", Activity: "F2", Accommodation: "D1"})
		insert(&leaving.Status{PersonID: amy.ID, Date: d(2025, 6, 2), InTouch: "YES", Activity: "G5", Accommodation: "W2", ContactID: latest.ID})
		insert(&leaving.NeedsAssessment{PersonID: amy.ID, StartDate: d(2023, 4, 1), CompletedDate: d(2023, 5, 1)})
		plan := &leaving.PathwayPlan{PersonID: amy.ID, Date: d(2023, 5, 20), PlanID: pathwayContent(t, db, amy.ID, d(2023, 5, 20))}
		insert(plan)
		for _, r := range []hearth.Date{d(2023, 11, 1), d(2025, 1, 15)} {
			insert(&leaving.PathwayPlanReview{PersonID: amy.ID, PathwayPlanID: plan.ID, Date: r, ReviewerID: ola.ID})
		}

		// Ben is still looked after and eligible, with a social worker in the team and no adviser yet.
		ben := person("Ben", "Bloggs", d(2008, 9, 1))
		category(ben, leaving.Eligible, d(2025, 1, 1), hearth.Date{})
		allocate(ben, sw, workforce.RoleSocialWorker, d(2024, 6, 1))
		// Cal is a qualifying care leaver with Sam.
		cal := person("Cal", "Carter", d(2006, 5, 5))
		category(cal, leaving.Qualifying, d(2024, 5, 5), hearth.Date{})
		allocate(cal, sam, workforce.RolePersonalAdviser, d(2024, 5, 5))
		// Dee's category stopped applying on the day asked about.
		dee := person("Dee", "Done", d(2004, 6, 15))
		category(dee, leaving.FormerRelevant, d(2022, 6, 15), d(2025, 6, 15))
		allocate(dee, ola, workforce.RolePersonalAdviser, d(2022, 6, 15))
		// Eve is another team's.
		eve := person("Eve", "Else", d(2006, 1, 1))
		category(eve, leaving.FormerRelevant, d(2024, 1, 1), hearth.Date{})
		allocate(eve, far, workforce.RolePersonalAdviser, d(2024, 1, 1))

		on := d(2025, 6, 15)
		managerID := newUser(t, db, "leaving.manager@example.org")
		manager := access.Subject{UserID: managerID, Role: hearth.RoleTeamManager, TeamID: team.ID}
		actor := hearth.Actor{UserID: managerID, Role: hearth.RoleTeamManager}
		names := func(l store.CareLeaverList) []string {
			var out []string
			for _, r := range l.Rows {
				out = append(out, r.Child.Forename)
			}
			return out
		}

		t.Run("a team manager sees the team's care leavers with the advisers' caseloads", func(t *testing.T) {
			l, err := db.CareLeavers(ctx, actor, manager, on, store.CareLeaverFilter{}, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(l); l.Total != 3 || l.All != 3 || len(got) != 3 || got[0] != "Amy" || got[1] != "Ben" || got[2] != "Cal" {
				t.Fatalf("listed %v (total %d of %d), want Amy, Ben and Cal", got, l.Total, l.All)
			}
			want := []store.AdviserCaseload{{WorkerID: ola.ID, Name: "Ola Adeyemi", Count: 1}, {WorkerID: sam.ID, Name: "Sam Brook", Count: 1}}
			if len(l.Advisers) != 2 || l.Advisers[0] != want[0] || l.Advisers[1] != want[1] || l.Unallocated != 1 {
				t.Fatalf("caseloads %+v, unallocated %d; want %+v and 1", l.Advisers, l.Unallocated, want)
			}
			a := l.Rows[0]
			if a.Category != leaving.FormerRelevant || a.Since != d(2025, 3, 1) || a.EligibleFrom != d(2023, 3, 1) || a.Reason != "Because former_relevant" {
				t.Errorf("Amy's category %q since %s (eligible from %s): %q", a.Category, a.Since, a.EligibleFrom, a.Reason)
			}
			if a.AdviserID != ola.ID || a.AdviserName != "Ola Adeyemi" {
				t.Errorf("Amy's adviser = %d %q", a.AdviserID, a.AdviserName)
			}
			if a.LastContact.ID != latest.ID || a.LastContact.Method != "phone" || !a.LastContact.At.Equal(latest.At) {
				t.Errorf("Amy's last contact = %+v, want the phone call of 2 June", a.LastContact)
			}
			if !a.HasStatus || a.Status.Accommodation != "W2" || !a.Status.BedAndBreakfast() || a.Status.Activity != "G5" || a.Status.Date != d(2025, 6, 2) {
				t.Errorf("Amy's status = %+v, want bed and breakfast on 2 June", a.Status)
			}
			if a.AssessmentDone != d(2023, 5, 1) || a.PathwayPlanID != plan.ID || a.PlanMade != d(2023, 5, 20) || a.LastReview != d(2025, 1, 15) {
				t.Errorf("Amy's plan: assessed %s, plan %d made %s, reviewed %s", a.AssessmentDone, a.PathwayPlanID, a.PlanMade, a.LastReview)
			}
			b := l.Rows[1]
			if b.AdviserID != 0 || b.HasStatus || !b.LastContact.At.IsZero() || b.PathwayPlanID != 0 {
				t.Errorf("Ben = %+v, want no adviser, status, contact or plan", b)
			}
			if b.Category != leaving.Eligible || b.EligibleFrom != d(2025, 1, 1) || b.Child.BirthDate != d(2008, 9, 1) {
				t.Errorf("Ben = %+v, want eligible from 1 January 2025, born 1 September 2008", b)
			}
		})

		t.Run("filtered by adviser, by no adviser, and paged", func(t *testing.T) {
			l, err := db.CareLeavers(ctx, actor, manager, on, store.CareLeaverFilter{AdviserID: ola.ID}, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(l); l.Total != 1 || l.All != 3 || len(got) != 1 || got[0] != "Amy" || len(l.Advisers) != 2 {
				t.Fatalf("Ola's = %v (total %d of %d, %d advisers)", got, l.Total, l.All, len(l.Advisers))
			}
			l, err = db.CareLeavers(ctx, actor, manager, on, store.CareLeaverFilter{Unallocated: true}, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(l); l.Total != 1 || got[0] != "Ben" {
				t.Fatalf("without an adviser = %v", got)
			}
			l, err = db.CareLeavers(ctx, actor, manager, on, store.CareLeaverFilter{}, store.Page{Limit: 2, Offset: 2})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(l); l.Total != 3 || len(got) != 1 || got[0] != "Cal" {
				t.Fatalf("second page = %v", got)
			}
		})

		t.Run("an organisation-wide role sees every team's; a role without child data sees none", func(t *testing.T) {
			leader := access.Subject{UserID: managerID, Role: hearth.RoleSeniorLeader}
			l, err := db.CareLeavers(ctx, actor, leader, on, store.CareLeaverFilter{}, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(l); l.Total != 4 || got[3] != "Eve" || len(l.Advisers) != 3 {
				t.Fatalf("senior leader sees %v with %d advisers", got, len(l.Advisers))
			}
			l, err = db.CareLeavers(ctx, actor, access.Subject{UserID: managerID, Role: hearth.RolePanelMember}, on, store.CareLeaverFilter{}, store.Page{})
			if err != nil || l.All != 0 {
				t.Fatalf("panel member sees %d (%v)", l.All, err)
			}
		})
	})
}

// pathwayContent records the words of a pathway plan (a plan of kind pathway) and returns its id.
func pathwayContent(t *testing.T, db *store.DB, person hearth.ID, agreed hearth.Date) hearth.ID {
	t.Helper()
	p := &protection.Plan{PersonID: person, Kind: protection.PlanPathway, AgreedDate: agreed, Summary: "Support into adult life",
		Contingency: "Supported lodgings if the flat falls through", ChildWords: "I want my own flat near my sister."}
	if err := db.Insert(context.Background(), worker, p); err != nil {
		t.Fatal(err)
	}
	return p.ID
}
