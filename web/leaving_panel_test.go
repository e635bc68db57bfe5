package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth/leaving"
	"hearth/store/storetest"
)

// TestCareLeaversPanel records a meeting of the care leavers panel, Tia discussed at it, an action with its
// owner and date, and the action done, on both engines: each mistake at its field with what was typed
// kept, the overdue action flagged, and the forms refused to roles that do not record them.
func TestCareLeaversPanel(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		boss := a.signedIn(leavingBoss)

		res := boss.post("/leaving/panels/new", url.Values{"notes": {"Not enough supported lodgings in the north."}})
		wantFieldError(t, res, "held-day", "Enter the date of the meeting")
		wantFieldError(t, res, "attending", "Enter who attended")
		wantBody(t, res, "Not enough supported lodgings in the north.")
		base := wantRedirect(t, boss.post("/leaving/panels/new", dated(url.Values{"attending": {"Housing Options; adult social care; DWP"}}, "held", today.AddDays(-14))), "/leaving/panels/")

		pa := a.signedIn(adviserUser)
		wantBody(t, pa.get(base+"/cases/new"), "Tia Walker")
		res = pa.post(base+"/cases/new", url.Values{"person": {itoa(w.sol)}, "why": {"Rent arrears"}, "support": {"Housing to hold the tenancy"}})
		wantFieldError(t, res, "person", "Select a name from the list") // Sol is not a care leaver
		wantBody(t, res, "Housing to hold the tenancy")
		wantRedirect(t, pa.post(base+"/cases/new", url.Values{"person": {itoa(w.tia)}, "why": {"Rent arrears"}, "support": {"Housing to hold the tenancy"}}), base)

		action := func(due string) url.Values {
			v := url.Values{"person": {itoa(w.tia)}, "action": {"Agree a repayment plan with the landlord"}, "owner": {"Housing Options, Sam Reid"}}
			d := today.AddDays(-1)
			if due == "before" {
				d = today.AddDays(-20)
			}
			return dated(v, "due", d)
		}
		wantFieldError(t, pa.post(base+"/actions/new", action("before")), "due-day", "cannot be due before the meeting")
		wantFieldError(t, pa.post(base+"/actions/new", url.Values{"person": {itoa(w.tia)}}), "owner", "Enter who will do it")
		wantRedirect(t, pa.post(base+"/actions/new", action("")), base)
		page := pa.get(base)
		wantBody(t, page, "Tia Walker", "Rent arrears", "Housing to hold the tenancy", "Agree a repayment plan with the landlord",
			"Housing Options, Sam Reid", "Overdue", "Mark as done")
		wantBody(t, boss.get("/leaving/panels"), "1 overdue")

		actions := storedRows[leaving.PanelAction](t, a, w.tia)
		if len(actions) != 1 {
			t.Fatalf("actions %+v", actions)
		}
		done := base + "/actions/" + itoa(actions[0].ID) + "/done"
		wantFieldError(t, pa.post(done, dated(url.Values{"version": {"1"}}, "done", today.AddDays(-15))), "done-day", "before the meeting agreed it")
		wantRedirect(t, pa.post(done, dated(url.Values{"version": {"1"}}, "done", today)), base)
		if page := pa.get(base); strings.Contains(page.Body, "Overdue") {
			t.Error("the action done is still overdue")
		}
		wantStatus(t, pa.post(done, dated(url.Values{"version": {"2"}}, "done", today)), http.StatusConflict)
		wantBody(t, pa.get(childPath(w.tia, "/chronology")), "Discussed at the care leavers panel")

		wantStatus(t, pa.get("/leaving/panels/new"), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(base+"/cases/new", url.Values{}), http.StatusForbidden)
		wantBody(t, a.signedIn(qualityUser).get(base), "Tia Walker")
		wantStatus(t, a.signedIn(practitionerA).get(base), http.StatusForbidden)
	})
}
