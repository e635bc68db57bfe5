package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth/leaving"
	"hearth/store/storetest"
)

// TestHealthHistory writes Tia's health history with her, prints it and records the copy given, on both
// engines: each mistake at its field with what was typed kept, and the forms refused to others.
func TestHealthHistory(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pa := a.signedIn(adviserUser)
		tia := childPath(w.tia, "/leaving/health-histories")

		wantStatus(t, pa.get(tia+"/new"), http.StatusOK)
		res := pa.post(tia+"/new", dated(url.Values{"medication": {"Inhaler (salbutamol) when needed"}}, "written", today))
		wantFieldError(t, res, "health", "Enter the young person's health as a child")
		wantFieldError(t, res, "with", "Select yes if the young person helped write it")
		wantBody(t, res, "Inhaler (salbutamol) when needed")
		history := func() url.Values {
			return dated(url.Values{"with": {"yes"}, "health": {"Asthma since she was 6. Broke her left arm at 12."},
				"medication": {"Inhaler (salbutamol) when needed"}, "words": {"I want to know if my mum had asthma too."}}, "written", today)
		}
		wantFieldError(t, pa.post(tia+"/new", dated(history(), "given", today.AddDays(-1))), "given-day", "cannot be given before it was written")
		base := wantRedirect(t, pa.post(tia+"/new", history()), tia+"/")
		page := pa.get(base)
		wantBody(t, page, "Not yet given to the young person", "Broke her left arm at 12.", "I want to know if my mum had asthma too.", "Record that a copy was given")

		print := pa.get(base + "/print")
		wantStatus(t, print, http.StatusOK)
		wantBody(t, print, "Tia Walker's health history", "My health as a child", "Inhaler (salbutamol) when needed")
		if strings.Contains(print.Body, "govuk-service-navigation") || strings.Contains(print.Body, "Family health history") {
			t.Error("the printed copy has the service's navigation, or a part with nothing written")
		}

		wantFieldError(t, pa.post(base+"/given", dated(url.Values{"version": {"1"}}, "given", today.AddDays(1))), "given-day", "today or in the past")
		wantRedirect(t, pa.post(base+"/given", dated(url.Values{"version": {"1"}}, "given", today)), base)
		wantBody(t, pa.get(base), "Given to the young person on 2 March 2026")
		wantBody(t, pa.get(childPath(w.tia, "")), "Health history", "Given 2 March 2026")
		stored := storedRows[leaving.HealthHistory](t, a, w.tia)
		if len(stored) != 1 || !stored[0].WithYoungPerson || stored[0].SharedDate != today || stored[0].WorkerID != w.adviser {
			t.Fatalf("stored %+v", stored)
		}

		wantStatus(t, a.signedIn(practitionerB).get(base), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(tia+"/new"), http.StatusForbidden)
		wantBody(t, a.signedIn(qualityUser).get(base+"/print"), "Broke her left arm at 12.")
	})
}

// TestAdultTransition refers Tia to an adult service and records its decision and the transfer, on both
// engines.
func TestAdultTransition(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		boss := a.signedIn(leavingBoss)
		tia := childPath(w.tia, "/leaving/transitions")

		res := boss.post(tia+"/new", dated(url.Values{"notes": {"Needs help with daily living"}}, "referred", today.AddDays(-30)))
		wantFieldError(t, res, "service", "Select the adult service")
		wantBody(t, res, "Needs help with daily living")
		wantRedirect(t, boss.post(tia+"/new", dated(url.Values{"service": {"learning_disability"}}, "referred", today.AddDays(-30))), childPath(w.tia, ""))
		wantBody(t, boss.get(childPath(w.tia, "")), "Adult learning disability service", "Referred: awaiting the decision")
		stored := storedRows[leaving.AdultTransition](t, a, w.tia)
		if len(stored) != 1 {
			t.Fatalf("stored %+v", stored)
		}
		edit := tia + "/" + itoa(stored[0].ID)
		wantStatus(t, boss.get(edit), http.StatusOK)
		wantFieldError(t, boss.post(edit, url.Values{"version": {"1"}, "met": {"yes"}}), "decided-day", "Enter the date of the decision")
		wantFieldError(t, boss.post(edit, dated(url.Values{"version": {"1"}, "met": {"yes"}}, "decided", today.AddDays(-31))), "decided-day", "before the referral")
		wantFieldError(t, boss.post(edit, dated(dated(url.Values{"version": {"1"}, "met": {"no"}}, "decided", today.AddDays(-10)), "transferred", today)),
			"transferred-day", "only once they meet its threshold")
		wantRedirect(t, boss.post(edit, dated(dated(url.Values{"version": {"1"}, "met": {"yes"}}, "decided", today.AddDays(-10)), "transferred", today)), childPath(w.tia, ""))
		wantBody(t, boss.get(childPath(w.tia, "")), "Transferred 2 March 2026")

		wantStatus(t, a.signedIn(qualityUser).get(edit), http.StatusForbidden)
		wantStatus(t, a.signedIn(practitionerB).post(tia+"/new", url.Values{}), http.StatusForbidden)
	})
}
