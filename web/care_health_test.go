package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store"
	"hearth/store/storetest"
)

// TestCareHealth records Sam's health checks, immunisations and SDQs on both engines: each form's
// mistakes refused at their fields with what was typed kept and nothing written, a second initial health
// assessment in the same period refused, an SDQ's score and reason checked against each other and his
// age, everything shown on his record, and the forms refused to those who may not record.
func TestCareHealth(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)
		health, imms, sdq := w.samPath("/care/health/new"), w.samPath("/care/immunisations/new"), w.samPath("/care/sdq/new")
		check := dated(url.Values{"kind": {"initial"}, "outcome": {"completed"}, "by-whom": {"Dr Amara Lane, community paediatrician"}}, "checked", hearth.NewDate(2026, 2, 24))

		wantFieldError(t, pat.post(health, check), "checked-day", "not looked after on 24 February 2026")
		w.samInCare(t)
		wantStatus(t, pat.get(health), http.StatusOK)
		res := pat.post(health, without(check, "outcome"))
		wantFieldError(t, res, "outcome", "Select what happened")
		if !strings.Contains(res.Body, "Dr Amara Lane, community paediatrician") {
			t.Error("who carried out the check was lost when the form was refused")
		}
		wantFieldError(t, pat.post(health, dated(without(check), "checked", today.AddDays(2))), "checked-day", "today or in the past")
		wantRedirect(t, pat.post(health, check), w.samPath(""))
		wantFieldError(t, pat.post(health, dated(without(check), "checked", hearth.NewDate(2026, 2, 26))), "kind", "record this one as a review health assessment")
		wantRedirect(t, pat.post(health, dated(url.Values{"kind": {"dental"}, "outcome": {"not_attended"}}, "checked", hearth.NewDate(2026, 2, 26))), w.samPath(""))

		wantFieldError(t, pat.post(imms, dated(url.Values{}, "checked", hearth.NewDate(2026, 2, 24))), "up-to-date", "Select yes if the immunisations were up to date")
		wantRedirect(t, pat.post(imms, dated(url.Values{"up-to-date": {"yes"}}, "checked", hearth.NewDate(2026, 2, 24))), w.samPath(""))

		sdqOn := func(v url.Values) url.Values { return dated(v, "completed", hearth.NewDate(2026, 2, 27)) }
		wantFieldError(t, pat.post(sdq, sdqOn(url.Values{})), "score", "Enter the score, or select why there is none")
		wantFieldError(t, pat.post(sdq, sdqOn(url.Values{"score": {"41"}})), "score", "from 0 to 40")
		wantFieldError(t, pat.post(sdq, sdqOn(url.Values{"score": {"12"}, "reason": {"SDQ2"}})), "reason", "leave the reason empty")
		wantFieldError(t, pat.post(sdq, sdqOn(url.Values{"reason": {"SDQ1"}})), "reason", "within the SDQ's age range")
		wantRedirect(t, pat.post(sdq, sdqOn(url.Values{"score": {"0"}})), w.samPath(""))

		rec, err := a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		hs, ims, qs := store.Rows[care.HealthAssessment](rec), store.Rows[care.Immunisations](rec), store.Rows[care.SDQ](rec)
		if len(hs) != 2 || hs[0].Kind != "initial" || hs[0].ByWhom != "Dr Amara Lane, community paediatrician" || hs[1].Outcome != "not_attended" {
			t.Errorf("the health checks are %+v", hs)
		}
		if len(ims) != 1 || !ims[0].UpToDate {
			t.Errorf("the immunisations are %+v", ims)
		}
		if len(qs) != 1 || qs[0].Score == nil || *qs[0].Score != 0 || qs[0].Reason != "" {
			t.Errorf("the SDQs are %+v", qs)
		}
		record := pat.get(w.samPath(""))
		for _, want := range []string{"Initial health assessment", "The child was not brought or did not attend", "Up to date", "Score 0 of 40"} {
			if !strings.Contains(record.Body, want) {
				t.Errorf("the record page does not show %q", want)
			}
		}
		wantStatus(t, a.signedIn(practitionerB).post(sdq, sdqOn(url.Values{"score": {"5"}})), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(health), http.StatusForbidden)
	})
}
