package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/store/storetest"
)

// TestThresholdLevelsStartAsTheDefaults checks that a new database has the four default levels of the
// threshold document, as frontdoor.DefaultThresholdLevels describes them, and that an administrator's
// change to one is an amendment that keeps the earlier words.
func TestThresholdLevelsStartAsTheDefaults(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		got, err := db.ThresholdLevels(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(frontdoor.DefaultThresholdLevels) {
			t.Fatalf("got %d levels, want %d", len(got), len(frontdoor.DefaultThresholdLevels))
		}
		for i, want := range frontdoor.DefaultThresholdLevels {
			g := got[i]
			if g.Code != want.Code || g.Label != want.Label || g.Description != want.Description || g.Position != want.Position || g.InUse != want.InUse {
				t.Errorf("level %d is %+v, want %+v", i, g, want)
			}
			if g.RecordedBy != hearth.SystemUserID || g.RecordedAt.IsZero() || g.Version != 1 {
				t.Errorf("level %s: recorded by %d at %v, version %d; want Hearth itself, a time, version 1", g.Code, g.RecordedBy, g.RecordedAt, g.Version)
			}
		}
		l := got[2]
		l.Label = "Level 3: targeted support"
		if err := db.Amend(ctx, hearth.System, &l, "The partnership renamed the level"); err != nil {
			t.Fatal(err)
		}
		hist, err := db.History(ctx, "threshold_levels", l.ID)
		if err != nil || len(hist) != 1 || !strings.Contains(hist[0].Data, "complex needs") {
			t.Fatalf("the earlier words are not kept: %+v, %v", hist, err)
		}
	})
}

// frontDoorWorld is a few contacts and MASH requests across children, for the front door's lists.
type frontDoorWorld struct {
	reader                     hearth.Actor
	older, newer, decided, da  hearth.ID // contacts
	sealedChild, openChild     hearth.ID
	policeOpen, policeAnswered hearth.ID // MASH checks
}

func newFrontDoorWorld(t *testing.T, db *store.DB) *frontDoorWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	db.Now = func() time.Time { return time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC) }
	u := &hearth.User{Name: "Front door", Email: "fd@example.org", Role: hearth.RoleFrontDoor, Active: true}
	must(db.Insert(ctx, sys, u))
	w := &frontDoorWorld{reader: hearth.Actor{UserID: u.ID, Name: u.Name, Role: u.Role}}
	child := func(name string, sealed bool) hearth.ID {
		p := &hearth.Person{Forename: name, Surname: "Child", IsChild: true, BirthDate: hearth.NewDate(2016, 4, 1), Restricted: sealed}
		must(db.Insert(ctx, sys, p))
		return p.ID
	}
	w.openChild, w.sealedChild = child("Ava", false), child("Sealed", true)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	contact := func(person hearth.ID, received time.Time, decided bool, da bool) hearth.ID {
		c := &frontdoor.Contact{PersonID: person, ReceivedAt: received, Source: "6", Summary: "Police attended a domestic incident",
			Consent: frontdoor.ConsentNotNeeded, ConsentReason: "Police notification", DomesticAbuseNotification: da}
		if decided {
			c.Decision, c.DecidedAt, c.ThresholdLevel = frontdoor.DecisionNoFurtherAction, received.Add(time.Hour), "level_1"
		}
		must(db.Insert(ctx, sys, c))
		return c.ID
	}
	w.newer = contact(w.openChild, at.Add(2*time.Hour), false, false)
	w.older = contact(w.sealedChild, at, false, false)
	w.decided = contact(w.openChild, at.Add(-48*time.Hour), true, false)
	w.da = contact(w.openChild, at.Add(-12*time.Hour), false, true)
	check := func(contact hearth.ID, agency string, answered bool) hearth.ID {
		m := &frontdoor.MASHCheck{PersonID: w.openChild, ContactID: contact, Agency: agency, RAG: frontdoor.RAGAmber,
			AskedAt: at, DueBy: at.Add(24 * time.Hour), Question: "What do you know of the family?"}
		if answered {
			m.AnsweredAt, m.AnsweredBy, m.Response = at.Add(3*time.Hour), "DC Jones", "Two call-outs last year"
		}
		must(db.Insert(ctx, sys, m))
		return m.ID
	}
	w.policeOpen = check(w.newer, "police", false)
	w.policeAnswered = check(w.newer, "police", true)
	check(w.newer, "health", false)
	return w
}

// TestAwaitingDecision checks the front door's list: only contacts awaiting a decision, oldest (soonest
// due) first, paged, a sealed child's name hidden from a reader not named on the record, the MASH
// requests counted, and the list written to the audit log.
func TestAwaitingDecision(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		w := newFrontDoorWorld(t, db)
		q, err := db.AwaitingDecision(ctx, w.reader, store.Page{Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if q.Total != 3 || len(q.Contacts) != 2 {
			t.Fatalf("total %d, page %d; want 3 and 2", q.Total, len(q.Contacts))
		}
		if q.Contacts[0].ID != w.da || q.Contacts[1].ID != w.older {
			t.Errorf("order %d, %d; want the domestic abuse notification then the older", q.Contacts[0].ID, q.Contacts[1].ID)
		}
		if c := q.Contacts[1].Child; !c.Masked || c.Forename != "" {
			t.Errorf("a sealed child's name is shown: %+v", c)
		}
		rest, err := db.AwaitingDecision(ctx, w.reader, store.Page{Limit: 2, Offset: 2})
		if err != nil || len(rest.Contacts) != 1 || rest.Contacts[0].ID != w.newer {
			t.Fatalf("second page %+v, %v", rest.Contacts, err)
		}
		if got := rest.Contacts[0]; got.Asked != 3 || got.Answered != 1 || got.Child.Forename != "Ava" {
			t.Errorf("asked %d answered %d child %q; want 3, 1, Ava", got.Asked, got.Answered, got.Child.Forename)
		}
		var n int
		if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ` + strconv.FormatInt(w.reader.UserID, 10) + ` AND table_name = 'contacts' AND detail LIKE 'contacts awaiting a decision%'`).Scan(&n); err != nil || n != 2 {
			t.Errorf("audit entries for the two pages: %d, %v", n, err)
		}
	})
}

// TestChecksForAgency checks a partner agency's lists: its open requests and its answered ones, never
// another agency's, and no request about a contact decided meanwhile.
func TestChecksForAgency(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		w := newFrontDoorWorld(t, db)
		open, err := db.ChecksForAgency(ctx, w.reader, "police", true, store.Page{})
		if err != nil || open.Total != 1 || len(open.Checks) != 1 || open.Checks[0].ID != w.policeOpen {
			t.Fatalf("open police requests %+v, %v", open, err)
		}
		if open.Checks[0].Child.Forename != "Ava" || open.Checks[0].Question == "" {
			t.Errorf("the request does not carry the child's name and the question: %+v", open.Checks[0])
		}
		answered, err := db.ChecksForAgency(ctx, w.reader, "police", false, store.Page{})
		if err != nil || answered.Total != 1 || answered.Checks[0].ID != w.policeAnswered {
			t.Fatalf("answered police requests %+v, %v", answered, err)
		}
		db.Now = func() time.Time { return time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC) }
		if later, err := db.ChecksForAgency(ctx, w.reader, "police", false, store.Page{}); err != nil || later.Total != 0 {
			t.Fatalf("an answer of more than 90 days ago is still listed: %+v, %v", later, err)
		}
		var c frontdoor.Contact
		if err := db.Get(ctx, hearth.System, w.newer, &c); err != nil {
			t.Fatal(err)
		}
		c.Decision, c.DecidedAt, c.ThresholdLevel = frontdoor.DecisionNoFurtherAction, c.ReceivedAt.Add(time.Hour), "level_1"
		if err := db.Amend(ctx, hearth.System, &c, "Decided without the police's answer"); err != nil {
			t.Fatal(err)
		}
		if after, err := db.ChecksForAgency(ctx, w.reader, "police", true, store.Page{}); err != nil || after.Total != 0 {
			t.Fatalf("a request about a decided contact is still open: %+v, %v", after, err)
		}
		none, err := db.ChecksForAgency(ctx, w.reader, "education", true, store.Page{})
		if err != nil || none.Total != 0 || len(none.Checks) != 0 {
			t.Fatalf("education has no requests, got %+v, %v", none, err)
		}
	})
}

// TestTriageContacts checks that a triage meeting considers the domestic abuse notifications awaiting a
// decision received by the end of its day, and keeps those it decided.
func TestTriageContacts(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		w := newFrontDoorWorld(t, db)
		m := &frontdoor.TriageMeeting{HeldAt: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), Agencies: hearth.Codes{"police", "health"}}
		if err := db.Insert(ctx, hearth.System, m); err != nil {
			t.Fatal(err)
		}
		got, err := db.TriageContacts(ctx, w.reader, m.ID, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
		if err != nil || len(got) != 1 || got[0].ID != w.da {
			t.Fatalf("the meeting considers %+v, %v; want the one notification", got, err)
		}
		var c frontdoor.Contact
		if err := db.Get(ctx, hearth.System, w.da, &c); err != nil {
			t.Fatal(err)
		}
		c.Decision, c.DecidedAt, c.ThresholdLevel, c.TriageMeetingID = frontdoor.DecisionEarlyHelp, m.HeldAt, "level_2", m.ID
		if err := db.Amend(ctx, hearth.System, &c, "Decided at triage"); err != nil {
			t.Fatal(err)
		}
		got, err = db.TriageContacts(ctx, w.reader, m.ID, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
		if err != nil || len(got) != 1 || got[0].Decision != frontdoor.DecisionEarlyHelp {
			t.Fatalf("the decided notification is not kept with its meeting: %+v, %v", got, err)
		}
		earlier, err := db.TriageContacts(ctx, w.reader, 0, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
		if err != nil || len(earlier) != 0 {
			t.Fatalf("a meeting the day before considers %+v, %v", earlier, err)
		}
	})
}

// TestPersonOf checks the id lookup that child-scoped pages addressed by a row's id use.
func TestPersonOf(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		w := newFrontDoorWorld(t, db)
		ctx := context.Background()
		if p, err := db.PersonOf(ctx, "contacts", w.older); err != nil || p != w.sealedChild {
			t.Errorf("PersonOf(contact) = %d, %v; want %d", p, err, w.sealedChild)
		}
		if _, err := db.PersonOf(ctx, "contacts", 999999); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Errorf("a missing contact gives %v, want ENOTFOUND", err)
		}
		if _, err := db.PersonOf(ctx, "users", 1); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Errorf("a table outside the child's record gives %v, want ENOTFOUND", err)
		}
	})
}

// TestPartnerAgencyAccountsNameTheirAgency checks that a partner agency account must name a known
// agency and that other accounts keep none.
func TestPartnerAgencyAccountsNameTheirAgency(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		none := &hearth.User{Name: "P", Email: "p@example.org", Role: hearth.RolePartnerAgency, Active: true}
		if err := db.CreateUser(ctx, hearth.System, none); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("a partner agency account with no agency: %v, want EINVALID", err)
		}
		bad := &hearth.User{Name: "P", Email: "p@example.org", Role: hearth.RolePartnerAgency, Agency: "fire", Active: true}
		if err := db.CreateUser(ctx, hearth.System, bad); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("an unknown agency: %v, want EINVALID", err)
		}
		ok := &hearth.User{Name: "P", Email: "p@example.org", Role: hearth.RolePartnerAgency, Agency: "education", Active: true}
		if err := db.CreateUser(ctx, hearth.System, ok); err != nil {
			t.Fatal(err)
		}
		got, err := db.UserByID(ctx, ok.ID)
		if err != nil || got.Agency != "education" {
			t.Fatalf("stored agency %q, %v", got.Agency, err)
		}
		got.Role = hearth.RolePractitioner
		if err := db.UpdateUser(ctx, hearth.System, &got, "Moved to practice"); err != nil {
			t.Fatal(err)
		}
		if again, _ := db.UserByID(ctx, ok.ID); again.Agency != "" {
			t.Errorf("a practitioner keeps the agency %q", again.Agency)
		}
	})
}
