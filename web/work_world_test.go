package web_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/workforce"
)

// workWorld is a small authority for the caseload, allocation and administration pages: two teams, three
// workers in the east team (one agency) and one in the west, an account for each kind of person the
// pages serve, and children held in each way a team holds them. The app's clock is 2 March 2026.
type workWorld struct {
	east, west                *hearth.Team
	priya, tom, olu, wes      *hearth.Worker // priya, tom (agency) and olu in east; wes in west
	practitioner, noWorker    *hearth.User   // priya's account, and a practitioner with no worker
	manager, westManager      *hearth.User
	quality, admin, panel     *hearth.User
	amara, bea, ben, cara     *hearth.Person // amara and bea are priya's; ben and cara are unallocated in east
	dan                       *hearth.Person // unallocated in west
	amaraAllocation           *workforce.Allocation
	amaraLastVisit, beaVisits hearth.Date
}

// newWorkWorld builds the world in a's database.
func newWorkWorld(t *testing.T, a *app) *workWorld {
	t.Helper()
	ctx := context.Background()
	insert := func(row any) {
		t.Helper()
		if err := a.db.Insert(ctx, hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	w := &workWorld{}
	w.east, w.west = &hearth.Team{Name: "Child Protection East"}, &hearth.Team{Name: "Assessment West"}
	insert(w.east)
	insert(w.west)
	worker := func(staff, name, employment string, team hearth.ID) *hearth.Worker {
		wk := &hearth.Worker{StaffID: staff, Name: name, Employment: employment, TeamID: team, FTE: 1, JobTitle: "social_worker",
			SWERegistration: "SW" + staff}
		insert(wk)
		return wk
	}
	w.priya = worker("100001", "Priya Shah", "permanent", w.east.ID)
	w.tom = worker("100002", "Tom Reid", "agency", w.east.ID)
	w.olu = worker("100003", "Olu Ade", "permanent", w.east.ID)
	w.wes = worker("100004", "Wes Tan", "permanent", w.west.ID)

	w.practitioner = a.addUser("priya@example.org", hearth.RolePractitioner, func(u *hearth.User) {
		u.Name, u.TeamID, u.WorkerID = "Priya Shah", w.east.ID, w.priya.ID
	})
	w.noWorker = a.addUser("nobody@example.org", hearth.RolePractitioner, func(u *hearth.User) { u.TeamID = w.east.ID })
	w.manager = a.addUser("manager@example.org", hearth.RoleTeamManager, func(u *hearth.User) {
		u.Name, u.TeamID, u.WorkerID = "Mo East", w.east.ID, w.olu.ID
	})
	w.westManager = a.addUser("west@example.org", hearth.RoleTeamManager, func(u *hearth.User) { u.TeamID = w.west.ID })
	w.quality = a.addUser("qa@example.org", hearth.RoleQuality)
	w.admin = a.addUser("admin@example.org", hearth.RoleAdministrator, func(u *hearth.User) { u.Name = "Ada Admin" })
	w.panel = a.addUser("panel@example.org", hearth.RolePanelMember)

	child := func(fore string, born hearth.Date, team hearth.ID) *hearth.Person {
		p := &hearth.Person{Forename: fore, Surname: "Test", IsChild: true, BirthDate: born}
		insert(p)
		insert(&frontdoor.CINEpisode{PersonID: p.ID, ReferralDate: hearth.NewDate(2025, 9, 1), ReferralSource: "2A", TeamID: team,
			PrimaryNeed: "N1"})
		return p
	}
	w.amara = child("Amara", hearth.NewDate(2015, 5, 1), w.east.ID)
	w.bea = child("Bea", hearth.NewDate(2025, 9, 15), w.east.ID)
	w.ben = child("Ben", hearth.NewDate(2012, 1, 1), w.east.ID)
	w.cara = child("Cara", hearth.NewDate(2010, 1, 1), w.east.ID)
	w.dan = child("Dan", hearth.NewDate(2011, 1, 1), w.west.ID)

	allocate := func(p *hearth.Person, wk *hearth.Worker, team hearth.ID) *workforce.Allocation {
		al := &workforce.Allocation{PersonID: p.ID, WorkerID: wk.ID, Role: workforce.RoleSocialWorker, TeamID: team,
			StartDate: hearth.NewDate(2025, 9, 2)}
		insert(al)
		return al
	}
	w.amaraAllocation = allocate(w.amara, w.priya, w.east.ID)
	allocate(w.bea, w.priya, w.east.ID)
	seen := true
	visit := func(p *hearth.Person, d hearth.Date) {
		insert(&protection.Visit{PersonID: p.ID, Kind: protection.VisitCIN, VisitDate: d, WorkerID: w.priya.ID, ChildSeen: &seen})
	}
	w.amaraLastVisit = hearth.NewDate(2026, 2, 20)
	visit(w.amara, hearth.NewDate(2026, 1, 5))
	visit(w.amara, w.amaraLastVisit)
	w.beaVisits = hearth.NewDate(2025, 12, 1) // more than six weeks before 2 March 2026
	visit(w.bea, w.beaVisits)
	return w
}
