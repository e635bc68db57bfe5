package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
)

// TestAssessment takes Sam's assessment through every part on both engines: each cross-record rule
// refused at its field with what was typed kept, the manager's authorisation refused before the
// assessment is completed, and the forms refused to roles and people who may not record.
func TestAssessment(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)

		wantStatus(t, pat.get(w.samPath("/assessments/new")), http.StatusOK)
		wantFieldError(t, pat.post(w.samPath("/assessments/new"), dated(url.Values{}, "start", today.AddDays(1))), "start-day", "must be today or in the past")
		wantFieldError(t, pat.post(w.samPath("/assessments/new"), dated(url.Values{}, "start", referralDate.AddDays(-1))), "start-day", "on or after the referral")
		wantFieldError(t, pat.post(w.samPath("/assessments/new"), url.Values{"start-day": {"31"}, "start-month": {"2"}, "start-year": {"2026"}}), "start-day", "real date")
		start := referralDate.AddDays(2)
		base := wantRedirect(t, pat.post(w.samPath("/assessments/new"), dated(url.Values{}, "start", start)), w.samPath("/assessments/"))
		id := lastID(t, base)
		page := pat.get(base)
		wantStatus(t, page, http.StatusOK)
		for _, want := range []string{"In progress", "Seeing the child", "Household members", "The GP", "Findings"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("the assessment page does not show %q", want)
			}
		}

		// Seeing the child: the date cannot come before the assessment started; the child's words survive
		// the error.
		seen := func(d hearth.Date) url.Values {
			return dated(url.Values{"seen": {"yes"}, "alone": {"yes"}, "views": {"I like my room but I hate the shouting."}}, "seen-date", d)
		}
		res := pat.post(base+"/seen", seen(start.AddDays(-1)))
		wantFieldError(t, res, "seen-date-day", "on or after the assessment started")
		if !strings.Contains(res.Body, "I like my room but I hate the shouting.") {
			t.Error("the child's words typed were lost when the form was refused")
		}
		wantFieldError(t, pat.post(base+"/seen", url.Values{"seen": {"no"}}), "not-seen-reason", "why the child was not seen")
		wantFieldError(t, pat.post(base+"/seen", url.Values{}), "seen", "Select yes if the child was seen")
		wantRedirect(t, pat.post(base+"/seen", seen(start.AddDays(3))), base)

		// Completing before the findings, the GP and the household are recorded lists each.
		res = pat.post(base+"/complete", dated(url.Values{}, "completed", today))
		wantFieldError(t, res, "findings", "Record the factors")
		wantFieldError(t, res, "gp", "GP")
		wantFieldError(t, res, "household", "Consider every member")

		// Household: both members are offered from the child's family; not considered needs a reason.
		hh := pat.get(base + "/household")
		for _, name := range []string{"Kerry Taylor", "Dean Walsh", "Mark Taylor"} {
			if !strings.Contains(hh.Body, name) {
				t.Errorf("the household page does not offer %s", name)
			}
		}
		mother, partner := itoa(w.mother), itoa(w.partner)
		wantFieldError(t, pat.post(base+"/household", url.Values{"considered-" + mother: {"yes"}, "considered-" + partner: {"no"}}),
			"note-"+partner, "why Dean Walsh (household member) was not considered")
		wantRedirect(t, pat.post(base+"/household", url.Values{"considered-" + mother: {"yes"}, "note-" + mother: {"Seen at home twice"},
			"considered-" + partner: {"no"}, "note-" + partner: {"Refused to meet; police checks requested"}}), base)

		wantFieldError(t, pat.post(base+"/gp", url.Values{"obtained": {"no"}}), "reason", "why the GP")
		wantRedirect(t, pat.post(base+"/gp", url.Values{"obtained": {"yes"}}), base)

		wantFieldError(t, pat.post(base+"/findings", url.Values{"factors": {"21", "3A"}, "analysis": {"x"}, "outcome": {"cin_plan"}}), "factors", "No factors identified")
		wantFieldError(t, pat.post(base+"/findings", url.Values{"factors": {"3A"}, "outcome": {"cin_plan"}}), "analysis", "Enter your analysis")
		wantRedirect(t, pat.post(base+"/findings", url.Values{"factors": {"3A", "4B"}, "analysis": {"Mum's low mood and Dean's temper."},
			"outcome": {protection.OutcomeStrategyDiscussion}}), base)

		// A manager cannot authorise what is not completed; a practitioner cannot authorise at all.
		boss := a.signedIn(signOffManager)
		wantFieldError(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", today)), "completed", "has not been completed")
		wantStatus(t, pat.get(base+"/authorise"), http.StatusForbidden)
		wantStatus(t, pat.post(base+"/authorise", dated(url.Values{}, "authorised", today)), http.StatusForbidden)

		wantFieldError(t, pat.post(base+"/complete", dated(url.Values{}, "completed", start.AddDays(2))), "completed-day", "on or after the child was seen")
		done := start.AddDays(10)
		wantRedirect(t, pat.post(base+"/complete", dated(url.Values{}, "completed", done)), base)
		wantFieldError(t, pat.post(base+"/seen", seen(done.AddDays(1))), "seen-date-day", "on or before the assessment was finished")

		wantFieldError(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", done.AddDays(-1))), "authorised-day", "on or after the assessment was completed")
		wantFieldError(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", today.AddDays(1))), "authorised-day", "today or in the past")
		noWorker := a.signedIn(managerA)
		wantFieldError(t, noWorker.post(base+"/authorise", dated(url.Values{}, "authorised", today)), "authorised-day", "not linked to a worker")
		wantRedirect(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", today)), base)

		rec, err := a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		got := store.Rows[protection.Assessment](rec)
		if len(got) != 1 || got[0].ID != id {
			t.Fatalf("assessments %+v", got)
		}
		as := got[0]
		if as.AuthorisationDate != today || as.AuthorisedBy != w.managerWorker || as.CompletedDate != done || as.SeenDate != start.AddDays(3) ||
			*as.SeenAlone != true || as.ChildViews != "I like my room but I hate the shouting." || as.WorkerID != w.workerA {
			t.Errorf("the assessment saved is %+v", as)
		}
		if err := as.Validate(); err != nil {
			t.Errorf("the saved assessment does not validate: %v", err)
		}
		if n := len(store.Rows[protection.AssessmentHouseholdMember](rec)); n != 2 {
			t.Errorf("%d household rows, want 2", n)
		}
		page = pat.get(base)
		for _, want := range []string{"Authorised", "Sian Marsh", "Completed and sent for authorisation", "Record the strategy discussion"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("the authorised assessment's page does not show %q", want)
			}
		}
		// Once authorised, nothing of it changes through the forms.
		wantStatus(t, pat.post(base+"/seen", seen(start.AddDays(4))), http.StatusConflict)

		// Who may not: another team's practitioner, and a read-only role (who may still read it).
		bea := a.signedIn(practitionerB)
		wantStatus(t, bea.get(w.samPath("/assessments/new")), http.StatusForbidden)
		wantStatus(t, bea.get(base), http.StatusForbidden)
		qa := a.signedIn(qualityUser)
		wantStatus(t, qa.get(w.samPath("/assessments/new")), http.StatusForbidden)
		wantStatus(t, qa.post(w.samPath("/assessments/new"), dated(url.Values{}, "start", start)), http.StatusForbidden)
		view := qa.get(base)
		wantStatus(t, view, http.StatusOK)
		if strings.Contains(view.Body, base+"/seen") {
			t.Error("a read-only role is offered the assessment's forms")
		}
		child := qa.get(w.samPath(""))
		if strings.Contains(child.Body, "/assessments/new") {
			t.Error("a read-only role is offered the link to start an assessment")
		}
		if c := pat.get(w.samPath("")); !strings.Contains(c.Body, "Start an assessment") || !strings.Contains(c.Body, base) {
			t.Error("the child's page does not list the assessment or offer to start one")
		}
	})
}

// TestAssessmentStaleAndDraft checks that a part saved over someone else's change is refused with what
// was typed kept, and that a draft kept when a session ended comes back into the form.
func TestAssessmentStaleAndDraft(t *testing.T) {
	a := newApp(t)
	w := newProtectionWorld(t, a)
	pat := a.signedIn(practitionerA)
	base := wantRedirect(t, pat.post(w.samPath("/assessments/new"), dated(url.Values{}, "start", referralDate)), w.samPath("/assessments/"))
	wantRedirect(t, pat.post(base+"/gp", url.Values{"obtained": {"yes"}, "version": {"1"}}), base)
	res := pat.post(base+"/seen", url.Values{"seen": {"no"}, "not-seen-reason": {"Family away"}, "version": {"1"}})
	wantFieldError(t, res, "seen", "changed by")
	if !strings.Contains(res.Body, "Family away") {
		t.Error("the reason typed was lost when the stale save was refused")
	}

	u, err := a.db.UserByEmail(context.Background(), practitionerA)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.db.SaveDraft(context.Background(), u.ID, base+"/seen", `{"views":["Draft words of the child"]}`); err != nil {
		t.Fatal(err)
	}
	if page := pat.get(base + "/seen"); !strings.Contains(page.Body, "Draft words of the child") {
		t.Error("the draft was not put back into the form")
	}
}
