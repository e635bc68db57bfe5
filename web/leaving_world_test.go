package web_test

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/protection"
	"hearth/workforce"
)

// leavingWorld is the record pages' world (newRecordWorld) with a leaving care team: a personal adviser
// and a manager, each with a worker record, and Tia, who left care on her 18th birthday and is now a
// former relevant care leaver with the adviser, and Sol, a child of team A who goes missing.
type leavingWorld struct {
	*recordWorld
	a                *app
	team             hearth.ID
	adviser, manager hearth.ID
	tia, sol         hearth.ID
	tiaCategory      hearth.ID
}

// The leaving care accounts of the world, with testPassword.
const (
	adviserUser  = "ola@example.org"
	leavingBoss  = "lee@example.org"
	tiaBirthDate = "2007-09-10"
)

func newLeavingWorld(t *testing.T, a *app) *leavingWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &leavingWorld{recordWorld: newRecordWorld(t, a), a: a}
	team := &hearth.Team{Name: "Leaving Care", Service: "leaving_care"}
	must(a.db.Insert(ctx, sys, team))
	w.team = team.ID
	worker := func(staff, name, job string) hearth.ID {
		wk := &hearth.Worker{StaffID: staff, Name: name, TeamID: team.ID, Employment: "permanent", FTE: 1, JobTitle: job}
		must(a.db.Insert(ctx, sys, wk))
		return wk.ID
	}
	w.adviser, w.manager = worker("200001", "Ola Adeyemi", "personal_adviser"), worker("200002", "Lee Grant", "team_manager")
	a.addUser(adviserUser, hearth.RolePersonalAdviser, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Ola Adeyemi", team.ID, w.adviser })
	a.addUser(leavingBoss, hearth.RoleTeamManager, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Lee Grant", team.ID, w.manager })

	born, _ := hearth.ParseDate(tiaBirthDate)
	tia := &hearth.Person{Forename: "Tia", Surname: "Walker", IsChild: true, BirthDate: born, Sex: "2", Gender: "2", Ethnicity: "WBRI"}
	must(a.db.Insert(ctx, sys, tia))
	w.tia = tia.ID
	must(a.db.Insert(ctx, sys, &care.Episode{PersonID: tia.ID, PeriodStart: hearth.NewDate(2022, 1, 5), StartDate: hearth.NewDate(2022, 1, 5),
		ReasonNewEpisode: "S", LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1",
		EndDate: hearth.NewDate(2025, 9, 10), ReasonCeased: "E5"}))
	must(a.db.Insert(ctx, sys, &leaving.CareLeaver{PersonID: tia.ID, Category: leaving.Eligible, Reason: "Looked after since 14",
		StartDate: hearth.NewDate(2023, 9, 10), EndDate: hearth.NewDate(2025, 9, 10)}))
	fr := &leaving.CareLeaver{PersonID: tia.ID, Category: leaving.FormerRelevant, Reason: "An eligible child when she turned 18",
		StartDate: hearth.NewDate(2025, 9, 10)}
	must(a.db.Insert(ctx, sys, fr))
	w.tiaCategory = fr.ID
	must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: tia.ID, WorkerID: w.adviser, Role: workforce.RolePersonalAdviser,
		TeamID: team.ID, StartDate: hearth.NewDate(2025, 9, 1)}))
	must(a.db.Insert(ctx, sys, &leaving.Status{PersonID: tia.ID, Date: hearth.NewDate(2025, 10, 1), InTouch: "YES", Activity: "F2", Accommodation: "D1"}))

	sol := &hearth.Person{Forename: "Sol", Surname: "Reyes", IsChild: true, BirthDate: hearth.NewDate(2011, 4, 4), Sex: "1", Gender: "1", Ethnicity: "WBRI"}
	must(a.db.Insert(ctx, sys, sol))
	w.sol = sol.ID
	must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: sol.ID, WorkerID: w.workerA, Role: workforce.RoleSocialWorker,
		TeamID: w.teamA, StartDate: hearth.NewDate(2025, 6, 1)}))
	return w
}

// leavingParams records, through the store, a missing episode, a needs assessment and a pathway plan for
// a child, and returns the path parameters of the leaving care and missing routes, for
// TestRouteByRoleMatrix's pathFor.
func leavingParams(t *testing.T, a *app, child hearth.ID) map[string]string {
	t.Helper()
	ctx, sys := context.Background(), hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	m := &exploitation.MissingEpisode{PersonID: child, Kind: exploitation.Missing,
		StartTime: time.Date(2026, 2, 1, 20, 0, 0, 0, time.UTC), EndTime: time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC)}
	must(a.db.Insert(ctx, sys, m))
	n := &leaving.NeedsAssessment{PersonID: child, StartDate: hearth.NewDate(2026, 1, 5)}
	must(a.db.Insert(ctx, sys, n))
	words := &protection.Plan{PersonID: child, Kind: protection.PlanPathway, AgreedDate: hearth.NewDate(2026, 1, 20),
		Summary: "Support into adult life", Contingency: "Supported lodgings", ChildWords: "I want a flat of my own."}
	must(a.db.Insert(ctx, sys, words))
	pp := &leaving.PathwayPlan{PersonID: child, Date: hearth.NewDate(2026, 1, 20), PlanID: words.ID}
	must(a.db.Insert(ctx, sys, pp))
	h := &leaving.HealthHistory{PersonID: child, Date: hearth.NewDate(2026, 1, 22), Health: "Asthma"}
	must(a.db.Insert(ctx, sys, h))
	tr := &leaving.AdultTransition{PersonID: child, Service: "mental_health", ReferredDate: hearth.NewDate(2026, 1, 25)}
	must(a.db.Insert(ctx, sys, tr))
	prov := &leaving.Provider{Name: "Northside Supported Homes"}
	must(a.db.Insert(ctx, sys, prov))
	panel := &leaving.Panel{Date: hearth.NewDate(2026, 2, 10)}
	must(a.db.Insert(ctx, sys, panel))
	must(a.db.Insert(ctx, sys, &leaving.PanelCase{PanelID: panel.ID, PersonID: child, Why: "Housing", Support: "A tenancy"}))
	act := &leaving.PanelAction{PanelID: panel.ID, PersonID: child, Action: "Apply for housing", Owner: "Housing Options", DueDate: hearth.NewDate(2026, 4, 1)}
	must(a.db.Insert(ctx, sys, act))
	return map[string]string{"{provider}": itoa(prov.ID), "{panel}": itoa(panel.ID), "{panelaction}": itoa(act.ID), "{missing}": itoa(m.ID), "{needs}": itoa(n.ID), "{pathway}": itoa(pp.ID),
		"{health}": itoa(h.ID), "{transition}": itoa(tr.ID)}
}
