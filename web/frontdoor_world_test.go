package web_test

import (
	"context"
	"net/url"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// The front door's accounts, all with testPassword, beside those of the record world.
const (
	frontDoorUser = "mash@example.org"
	policeUser    = "dc.jones@example.org"
	healthUser    = "nurse@example.org"
	inspectorUser = "ofsted@example.org"
	analystUser   = "analyst@example.org"
)

// frontDoorWorld is the record world with a front door: a MASH team with a worker and a front door
// account, partner agency accounts of the police and health, read-only accounts, a child not yet known
// (ava), and on Jayden (held by team A) a contact awaiting a decision (contact), a police MASH request
// about it (check), an open referral (episode) and a triage meeting.
type frontDoorWorld struct {
	*recordWorld
	mashTeam, mashWorker hearth.ID
	ava                  hearth.ID
	contact, check       hearth.ID
	episode, meeting     hearth.ID
}

// received is when the world's contact arrived: an hour before the clock's now.
var received = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

func newFrontDoorWorld(t *testing.T, a *app) *frontDoorWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &frontDoorWorld{recordWorld: newRecordWorld(t, a)}
	team := &hearth.Team{Name: "MASH", Service: "front_door"}
	must(a.db.Insert(ctx, sys, team))
	w.mashTeam = team.ID
	wk := &hearth.Worker{StaffID: "200001", Name: "Fatima Begum", TeamID: team.ID, Employment: "permanent", FTE: 1,
		JobTitle: "senior_social_worker", SWERegistration: "SW200001"}
	must(a.db.Insert(ctx, sys, wk))
	w.mashWorker = wk.ID
	a.addUser(frontDoorUser, hearth.RoleFrontDoor, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Fatima Begum", team.ID, wk.ID })
	a.addUser(policeUser, hearth.RolePartnerAgency, func(u *hearth.User) { u.Name, u.Agency = "DC Sam Jones", "police" })
	a.addUser(healthUser, hearth.RolePartnerAgency, func(u *hearth.User) { u.Name, u.Agency = "Nurse Lee", "health" })
	a.addUser(inspectorUser, hearth.RoleInspector, func(u *hearth.User) { u.ExpiresAt = a.clock.Now().Add(30 * 24 * time.Hour) })
	a.addUser(analystUser, hearth.RoleAnalyst)
	w.ava = a.addPerson(t, "Ava", "Green", 40)
	w.contact, w.check, w.episode, w.meeting = frontDoorRows(t, a, w.jayden)
	return w
}

// frontDoorRows adds to a child a contact awaiting a decision, a police MASH request about it, an open
// referral and a triage meeting, and returns their ids.
func frontDoorRows(t *testing.T, a *app, child hearth.ID) (contact, check, episode, meeting hearth.ID) {
	t.Helper()
	ctx := context.Background()
	c := &frontdoor.Contact{PersonID: child, ReceivedAt: received, Source: "2A", SourceDetail: "Hearthton Primary",
		Summary: "Jayden came to school with a bruise on his arm", Consent: frontdoor.ConsentGiven}
	m := &frontdoor.MASHCheck{PersonID: child, Agency: "police", RAG: frontdoor.RAGAmber, AskedAt: received,
		DueBy: received.Add(24 * time.Hour), Question: "Any call-outs to the family home?"}
	e := &frontdoor.CINEpisode{PersonID: child, ReferralDate: hearth.NewDate(2026, 1, 5), ReferralSource: "2A", PrimaryNeed: "N1"}
	tm := &frontdoor.TriageMeeting{HeldAt: received.Add(30 * time.Minute), Agencies: hearth.Codes{"police", "health"}}
	for _, row := range []any{c, tm, e} {
		if err := a.db.Insert(ctx, hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	m.ContactID = c.ID
	if err := a.db.Insert(ctx, hearth.System, m); err != nil {
		t.Fatal(err)
	}
	return c.ID, m.ID, e.ID, tm.ID
}

// momentForm returns the boxes of a date and time input NAME.
func momentForm(v url.Values, name string, t time.Time) url.Values {
	l := t.In(london)
	v.Set(name+"-day", itoa(int64(l.Day())))
	v.Set(name+"-month", itoa(int64(l.Month())))
	v.Set(name+"-year", itoa(int64(l.Year())))
	v.Set(name+"-time", l.Format("15:04"))
	return v
}

var london, _ = time.LoadLocation("Europe/London")

// contactPath returns the path of a contact's page.
func contactPath(id hearth.ID) string { return "/contacts/" + itoa(id) }
