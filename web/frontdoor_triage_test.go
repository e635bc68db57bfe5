package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store/storetest"
)

// TestTriageMeeting records the daily triage meeting, refusing each mistake at its field, and decides a
// police domestic abuse notification at it: the decision is the meeting's, and the meeting's page lists
// what it decided and the expected agencies that were absent.
func TestTriageMeeting(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		ctx := context.Background()
		da := &frontdoor.Contact{PersonID: w.ava, ReceivedAt: received.Add(-10 * time.Hour), Source: "6", DomesticAbuseNotification: true,
			Summary: "Police called to a domestic incident overnight; Ava present", Consent: frontdoor.ConsentNotNeeded, ConsentReason: "Police notification"}
		if err := a.db.Insert(ctx, hearth.System, da); err != nil {
			t.Fatal(err)
		}
		fd := a.signedIn(frontDoorUser)
		good := func() url.Values {
			v := url.Values{"chair": {itoa(w.mashWorker)}, "agencies": {"police", "health"}, "notes": {"Education sent apologies"}}
			return momentForm(v, "held", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC))
		}
		for _, who := range []string{practitionerA, managerA, inspectorUser, policeUser} {
			if res := a.signedIn(who).post("/triage-meetings/new", good()); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s records a meeting: %d, want 403", who, res.StatusCode)
			}
		}
		cases := []struct {
			name, field, message string
			edit                 func(url.Values)
		}{
			{"in the future", "held-day", "The date and time the meeting started must be now or in the past", func(v url.Values) { momentForm(v, "held", received.Add(3*time.Hour)) }},
			{"no time", "held-time", "Enter the time the meeting started", func(v url.Values) { v.Del("held-time") }},
			{"no chair", "chair", "Select who chaired the meeting", func(v url.Values) { v.Del("chair") }},
			{"no agencies", "agencies", "Select the partner agencies that took part", func(v url.Values) { v.Del("agencies") }},
			{"an unknown agency", "agencies", "Select the agencies from the list", func(v url.Values) { v.Add("agencies", "fire") }},
		}
		for _, c := range cases {
			v := good()
			c.edit(v)
			res := fd.post("/triage-meetings/new", v)
			wantFieldError(t, res, c.field, c.message)
			if !strings.Contains(res.Body, "Education sent apologies") {
				t.Errorf("%s: the notes typed are lost", c.name)
			}
		}
		res := fd.post("/triage-meetings/new", good())
		meeting := res.Header.Get("Location")
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(meeting, "/triage-meetings/") {
			t.Fatalf("recording the meeting: %d\n%.600s", res.StatusCode, res.Body)
		}
		page := fd.get(meeting)
		if page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "Ava Green") || !strings.Contains(page.Body, "Education (schools and the education service)") {
			t.Fatalf("the meeting's page: %d\n%.1500s", page.StatusCode, page.Body)
		}
		if strings.Contains(page.Body, "Jayden") {
			t.Error("the meeting lists a contact that is not a domestic abuse notification")
		}
		id := strings.TrimPrefix(meeting, "/triage-meetings/")
		decide := contactPath(da.ID) + "/decide?meeting=" + id
		form := fd.get(decide)
		if form.StatusCode != http.StatusOK || !strings.Contains(form.Body, `name="meeting" value="`+id+`"`) || !strings.Contains(form.Body, `name="decided-time" type="text" inputmode="text" autocomplete="off" value="08:30"`) {
			t.Fatalf("deciding at the meeting: %d\n%.600s", form.StatusCode, form.Body)
		}
		v := url.Values{"version": {"1"}, "meeting": {id}, "threshold_level": {"level_2"}, "decision": {"early_help"},
			"rationale": {"Agreed with police and health: early help with the family's consent"}, "decided_by": {itoa(w.mashWorker)}}
		res = fd.post(contactPath(da.ID)+"/decide", momentForm(v, "decided", time.Date(2026, 3, 2, 8, 40, 0, 0, time.UTC)))
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != meeting {
			t.Fatalf("deciding: %d %s\n%.600s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		var c frontdoor.Contact
		if err := a.db.Get(ctx, hearth.System, da.ID, &c); err != nil {
			t.Fatal(err)
		}
		if itoa(c.TriageMeetingID) != id || c.Decision != "early_help" {
			t.Errorf("decided %+v", c)
		}
		page = fd.get(meeting)
		if !strings.Contains(page.Body, "No police domestic abuse notifications are awaiting a decision") || !strings.Contains(page.Body, "Early help") {
			t.Errorf("the meeting's page after the decision:\n%.2000s", page.Body)
		}
		if list := fd.get("/triage-meetings"); !strings.Contains(list.Body, `href="`+meeting+`"`) {
			t.Error("the list of meetings does not show the meeting")
		}
	})
}

// TestFrontDoorList checks the front door's list: contacts awaiting a decision, the soonest due first,
// with when each is due, and for the front door only.
func TestFrontDoorList(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		older := &frontdoor.Contact{PersonID: w.ava, ReceivedAt: time.Date(2026, 2, 27, 16, 0, 0, 0, time.UTC), Source: "1A",
			Summary: "Grandmother worried", Consent: frontdoor.ConsentGiven}
		if err := a.db.Insert(context.Background(), hearth.System, older); err != nil {
			t.Fatal(err)
		}
		res := a.signedIn(frontDoorUser).get("/front-door")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("the list: %d", res.StatusCode)
		}
		ava, jayden := strings.Index(res.Body, "Ava Green"), strings.Index(res.Body, "Jayden Smith")
		if ava < 0 || jayden < 0 || ava > jayden {
			t.Errorf("the older contact (Ava's) should come first: %d, %d", ava, jayden)
		}
		// Friday's contact was due by the end of Monday; today's by the end of Tuesday.
		for _, want := range []string{"End of 2 March 2026", "End of 3 March 2026", "0 of 1 answered"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the list does not show %q", want)
			}
		}
		for _, who := range []string{practitionerA, managerA, inspectorUser, policeUser, adminUser} {
			if res := a.signedIn(who).get("/front-door"); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s sees the front door's list: %d", who, res.StatusCode)
			}
		}
	})
}

// TestThresholdLevelsAdmin checks that an administrator renames and retires a level and adds one, each
// mistake refused at its field, and that the decision form offers the levels in use.
func TestThresholdLevelsAdmin(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		admin := a.signedIn(adminUser)
		if res := admin.get("/admin/threshold-levels"); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Level 4: acute (child protection)") {
			t.Fatalf("the levels: %d", res.StatusCode)
		}
		for _, who := range []string{frontDoorUser, managerA, inspectorUser} {
			if res := a.signedIn(who).get("/admin/threshold-levels"); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s manages threshold levels: %d", who, res.StatusCode)
			}
		}
		add := url.Values{"code": {"level_5"}, "label": {"Level 5: specialist"}, "description": {"Looked after"}, "position": {"5"}}
		for _, c := range []struct{ field, message, key, value string }{
			{"code", "Enter a short code for the level, like level_5", "code", ""},
			{"code", "The code must be lower-case letters, digits and underscores", "code", "Level 5"},
			{"code", "There is already a level with the code level_1", "code", "level_1"},
			{"label", "Enter the level's name as the threshold document gives it", "label", ""},
			{"position", "Enter the level's place in the list as a whole number from 1 to 99", "position", "first"},
		} {
			v := url.Values{}
			for k, vs := range add {
				v[k] = vs
			}
			v.Set(c.key, c.value)
			wantFieldError(t, admin.post("/admin/threshold-levels", v), c.field, c.message)
		}
		if res := admin.post("/admin/threshold-levels", add); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("adding: %d\n%.600s", res.StatusCode, res.Body)
		}
		change := url.Values{"version": {"1"}, "label": {"Level 1: universal services"}, "description": {"Met by universal services"},
			"position": {"1"}, "in_use": {"false"}, "reason": {"The partnership's new threshold document"}}
		v := url.Values{}
		for k, vs := range change {
			v[k] = vs
		}
		v.Set("reason", "")
		wantFieldError(t, admin.post("/admin/threshold-levels/1", v), "reason", "Enter why the level is changing")
		if res := admin.post("/admin/threshold-levels/1", change); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("changing: %d\n%.600s", res.StatusCode, res.Body)
		}
		form := a.signedIn(frontDoorUser).get(contactPath(w.contact) + "/decide")
		if strings.Contains(form.Body, "Level 1: universal") || !strings.Contains(form.Body, "Level 5: specialist") {
			t.Errorf("the decision form should offer the levels in use only")
		}
		hist, err := a.db.History(context.Background(), "threshold_levels", 1)
		if err != nil || len(hist) != 1 || hist[0].Reason != "The partnership's new threshold document" {
			t.Errorf("the earlier level is not kept with the reason: %+v %v", hist, err)
		}
	})
}

// TestChildPageFrontDoor checks the front door's part of a child's page: the contacts and referrals, with
// "Record a contact" and "Close" offered to those who may and never to read-only roles.
func TestChildPageFrontDoor(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		record, close := `href="/children/`+itoa(w.jayden)+`/contacts/new"`, `href="/referrals/`+itoa(w.episode)+`/close"`
		for _, c := range []struct {
			who   string
			offer bool
		}{{practitionerA, true}, {managerA, true}, {frontDoorUser, true}, {inspectorUser, false}, {qualityUser, false}, {analystUser, false}} {
			res := a.signedIn(c.who).get(childPath(w.jayden, ""))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d", c.who, res.StatusCode)
			}
			if !strings.Contains(res.Body, `href="/contacts/`+itoa(w.contact)+`"`) {
				t.Errorf("%s: the page does not list the contact", c.who)
			}
			if got := strings.Contains(res.Body, record) && strings.Contains(res.Body, close); got != c.offer {
				t.Errorf("%s: offered the forms %v, want %v", c.who, got, c.offer)
			}
		}
	})
}
