package web_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/workforce"
)

// recordWorld is a small authority for the tests of the people and child pages: two teams, a
// practitioner and a worker in each, a manager of team A, roles without child data, and children held in
// different ways (after store/access_test.go's newAccessWorld).
type recordWorld struct {
	teamA, teamB     hearth.ID
	workerA, workerB hearth.ID
	// jayden is allocated to worker A (team A) and has a referral, a contact recorded in error and an
	// allocation in his chronology; otherB is allocated to worker B; restricted is allocated to worker A
	// and sealed, with no one named.
	jayden, otherB, restricted hearth.ID
}

// The accounts of the world, all with testPassword.
const (
	practitionerA = "pat@example.org"
	practitionerB = "bea@example.org"
	managerA      = "mo@example.org"
	qualityUser   = "qa@example.org"
	panelUser     = "panel@example.org"
	adminUser     = "admin@example.org"
	partnerUser   = "police@example.org"
)

func newRecordWorld(t *testing.T, a *app) *recordWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &recordWorld{}
	team := func(name string) hearth.ID {
		tm := &hearth.Team{Name: name, Service: "assessment"}
		must(a.db.Insert(ctx, sys, tm))
		return tm.ID
	}
	w.teamA, w.teamB = team("Assessment A"), team("Assessment B")
	worker := func(staff, name string, teamID hearth.ID) hearth.ID {
		wk := &hearth.Worker{StaffID: staff, Name: name, TeamID: teamID, Employment: "permanent", FTE: 1,
			JobTitle: "social_worker", SWERegistration: "SW" + staff}
		must(a.db.Insert(ctx, sys, wk))
		return wk.ID
	}
	w.workerA, w.workerB = worker("100001", "Priya Shah", w.teamA), worker("100002", "Ben Okafor", w.teamB)
	a.addUser(practitionerA, hearth.RolePractitioner, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Priya Shah", w.teamA, w.workerA })
	a.addUser(practitionerB, hearth.RolePractitioner, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Ben Okafor", w.teamB, w.workerB })
	a.addUser(managerA, hearth.RoleTeamManager, func(u *hearth.User) { u.Name, u.TeamID = "Morgan Ellis", w.teamA })
	a.addUser(qualityUser, hearth.RoleQuality)
	a.addUser(panelUser, hearth.RolePanelMember)
	a.addUser(adminUser, hearth.RoleAdministrator)
	a.addUser(partnerUser, hearth.RolePartnerAgency)

	child := func(forename, surname string, restricted bool, laID string) hearth.ID {
		p := &hearth.Person{Forename: forename, Surname: surname, IsChild: true, BirthDate: hearth.NewDate(2015, 1, 2),
			Sex: "1", Gender: "1", Ethnicity: "WBRI", Restricted: restricted}
		if laID != "" {
			id, err := hearth.ParseLAChildID(laID)
			must(err)
			p.LAChildID = id
		}
		must(a.db.Insert(ctx, sys, p))
		return p.ID
	}
	allocate := func(child, worker, team hearth.ID) {
		must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: child, WorkerID: worker, Role: workforce.RoleSocialWorker,
			TeamID: team, StartDate: hearth.NewDate(2025, 6, 1)}))
	}
	w.jayden = child("Jayden", "Smith", false, "J100")
	allocate(w.jayden, w.workerA, w.teamA)
	must(a.db.Insert(ctx, sys, &frontdoor.CINEpisode{PersonID: w.jayden, ReferralDate: hearth.NewDate(2025, 5, 20),
		ReferralSource: "2A", PrimaryNeed: "N1", TeamID: w.teamA}))
	wrong := &frontdoor.Contact{PersonID: w.jayden, ReceivedAt: time.Date(2025, 5, 19, 9, 0, 0, 0, time.UTC),
		Source: "6", Summary: "Police notification", Consent: "not_needed", ConsentReason: "Police notification of an incident"}
	must(a.db.Insert(ctx, sys, wrong))
	must(a.db.MarkRecordedInError(ctx, sys, "contacts", wrong.ID, wrong.Version, "Recorded on the wrong child"))
	w.otherB = child("Olivia", "Brown", false, "B200")
	allocate(w.otherB, w.workerB, w.teamB)
	w.restricted = child("Hidden", "Person", true, "R300")
	allocate(w.restricted, w.workerA, w.teamA)
	return w
}

// childPath returns the path of a child's page: "" for the record, or "/chronology" and the like.
func childPath(id hearth.ID, page string) string {
	return "/children/" + strconv.FormatInt(id, 10) + page
}

// signedIn returns a browser signed in as email.
func (a *app) signedIn(email string) *browser {
	a.t.Helper()
	b := a.browser()
	b.signIn(email)
	return b
}

func itoa(id hearth.ID) string { return strconv.FormatInt(id, 10) }

// userID returns the id of the account with the email, as a form sends it.
func userID(t *testing.T, a *app, email string) string {
	t.Helper()
	u, err := a.db.UserByEmail(context.Background(), email)
	if err != nil {
		t.Fatal(err)
	}
	return itoa(u.ID)
}

// addPerson adds a child with a distinct date of birth.
func (a *app) addPerson(t *testing.T, forename, surname string, n int) hearth.ID {
	t.Helper()
	p := &hearth.Person{Forename: forename, Surname: surname, IsChild: true, BirthDate: hearth.NewDate(2010, 1, 1).AddDays(n)}
	if err := a.db.Insert(context.Background(), hearth.System, p); err != nil {
		t.Fatal(err)
	}
	return p.ID
}
