package web_test

import (
	"context"

	"hearth"
	"hearth/workforce"
)

// world is a small authority for the web tests: two teams with a worker and a practitioner account each,
// a manager of team A, and children held in the ways that matter to access.
type world struct {
	teamA, teamB     hearth.ID
	workerA, workerB hearth.ID
	practitionerA    *hearth.User // works in team A as worker A
	practitionerB    *hearth.User // works in team B as worker B
	managerA         *hearth.User // manages team A
	// childA is allocated to worker A; childB to worker B; restrictedA is allocated to worker A and
	// sealed with nobody named on it, so even practitioner A must give a reason.
	childA, childB, restrictedA hearth.ID
}

// newWorld builds the world in the app's database.
func newWorld(a *app) *world {
	a.t.Helper()
	ctx := context.Background()
	must := func(err error) {
		a.t.Helper()
		if err != nil {
			a.t.Fatal(err)
		}
	}
	w := &world{}
	team := func(name string) hearth.ID {
		t := &hearth.Team{Name: name, Service: "assessment"}
		must(a.db.Insert(ctx, hearth.System, t))
		return t.ID
	}
	w.teamA, w.teamB = team("Assessment Team A"), team("Assessment Team B")
	worker := func(staff, name string, teamID hearth.ID) hearth.ID {
		wk := &hearth.Worker{StaffID: staff, Name: name, TeamID: teamID, Employment: "permanent", FTE: 1,
			JobTitle: "social_worker", SWERegistration: "SW" + staff}
		must(a.db.Insert(ctx, hearth.System, wk))
		return wk.ID
	}
	w.workerA, w.workerB = worker("200001", "Asha Worker", w.teamA), worker("200002", "Ben Worker", w.teamB)
	w.practitionerA = a.addUser("asha@example.org", hearth.RolePractitioner, func(u *hearth.User) { u.TeamID, u.WorkerID = w.teamA, w.workerA })
	w.practitionerB = a.addUser("ben@example.org", hearth.RolePractitioner, func(u *hearth.User) { u.TeamID, u.WorkerID = w.teamB, w.workerB })
	w.managerA = a.addUser("manager.a@example.org", hearth.RoleTeamManager, func(u *hearth.User) { u.TeamID = w.teamA })
	child := func(forename string, restricted bool, worker, teamID hearth.ID) hearth.ID {
		p := &hearth.Person{Forename: forename, Surname: "Example", IsChild: true, BirthDate: hearth.NewDate(2016, 5, 4), Sex: "2", Restricted: restricted}
		must(a.db.Insert(ctx, hearth.System, p))
		must(a.db.Insert(ctx, hearth.System, &workforce.Allocation{PersonID: p.ID, WorkerID: worker, Role: workforce.RoleSocialWorker,
			TeamID: teamID, StartDate: hearth.NewDate(2025, 9, 1)}))
		return p.ID
	}
	w.childA = child("Amelia", false, w.workerA, w.teamA)
	w.childB = child("Bilal", false, w.workerB, w.teamB)
	w.restrictedA = child("Rosa", true, w.workerA, w.teamA)
	return w
}
