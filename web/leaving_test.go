package web_test

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/leaving"
	"hearth/store"
	"hearth/store/storetest"
)

// wantBody checks an answer says each of wants (after unescaping).
func wantBody(t *testing.T, res response, wants ...string) {
	t.Helper()
	body := html.UnescapeString(res.Body)
	for _, want := range wants {
		if !strings.Contains(body, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
}

// storedRows returns a person's rows of type T as the store holds them.
func storedRows[T any](t *testing.T, a *app, person hearth.ID) []T {
	t.Helper()
	rec, err := a.db.LoadChild(t.Context(), hearth.System, person, "test")
	if err != nil {
		t.Fatal(err)
	}
	return store.Rows[T](rec)
}

// TestCareLeaversPage checks the care leavers list on both engines: the manager sees the team's young
// person with her adviser, category and reason, latest status and what is due, the advisers' caseloads,
// the filter by adviser; bed and breakfast is flagged; roles outside leaving care are refused.
func TestCareLeaversPage(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		boss := a.signedIn(leavingBoss)
		res := boss.get("/care-leavers")
		wantStatus(t, res, http.StatusOK)
		wantBody(t, res, "Tia Walker", "Former relevant", "An eligible child when she turned 18", "Ola Adeyemi",
			"In touch (YES)", "Semi-independent or transitional accommodation, suitable (D1)", "Full time in education other than higher education (F2)",
			"Contact with the personal adviser by 20 October 2023", "Overdue", // the duty engine: six weeks after she became eligible, and none since
			"No pathway plan", "None recorded",
			fmt.Sprintf(`href="/care-leavers?adviser=%d"`, w.adviser))
		if !strings.Contains(res.Body, `id="no-adviser-count">`) || !strings.Contains(res.Body, "govuk-heading-xl govuk-!-margin-bottom-1\">0</p>\n      <p class=\"govuk-body govuk-!-margin-bottom-0\">without") {
			t.Error("the count of young people without an adviser is not 0")
		}
		wantBody(t, boss.get(fmt.Sprintf("/care-leavers?adviser=%d", w.adviser)), "Ola Adeyemi's young people", "Tia Walker")
		none := boss.get("/care-leavers?adviser=none")
		wantBody(t, none, "No young people match this choice")
		if strings.Contains(none.Body, "Tia Walker</a>") {
			t.Error("Tia has an adviser but is listed among those without one")
		}
		wantStatus(t, boss.get("/care-leavers?adviser=x"), http.StatusBadRequest)

		if err := a.db.Insert(t.Context(), hearth.System, &leaving.Status{PersonID: w.tia, Date: hearth.NewDate(2026, 2, 20),
			InTouch: "YES", Activity: "G5", Accommodation: "W2"}); err != nil {
			t.Fatal(err)
		}
		wantBody(t, boss.get("/care-leavers"), "Bed and breakfast, unsuitable (W2)", "govuk-tag--red\">Bed and breakfast", "Not in education, employment or training")

		wantStatus(t, a.signedIn(practitionerA).get("/care-leavers"), http.StatusForbidden)
		wantStatus(t, a.signedIn(panelUser).get("/care-leavers"), http.StatusForbidden)
		wantBody(t, a.signedIn(qualityUser).get("/care-leavers"), "Tia Walker")
		// A manager of another team does not see Tia.
		if res := a.signedIn(managerA).get("/care-leavers"); strings.Contains(res.Body, "Tia Walker") {
			t.Error("team A's manager sees the leaving care team's young person")
		}
	})
}

// TestLeavingContactAndStatus records a contact and the young person's situation on both engines: each
// mistake at its field with what was typed kept, the rows written, the record page showing the category
// with its reason and the status over time, and the forms refused to those who may not record.
func TestLeavingContactAndStatus(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pa := a.signedIn(adviserUser)
		tia := childPath(w.tia, "")

		wantStatus(t, pa.get(tia+"/leaving/contacts/new"), http.StatusOK)
		res := pa.post(tia+"/leaving/contacts/new", url.Values{})
		wantFieldError(t, res, "contact-day", "Enter the date of the contact")
		wantFieldError(t, res, "method", "Select how you were in contact")
		wantFieldError(t, res, "summary", "Enter what was discussed")
		wantFieldError(t, res, "status", "Select yes")
		contact := func(v url.Values) url.Values {
			v = dated(v, "contact", today.AddDays(-1))
			v.Set("contact-time", "14:30")
			return v
		}
		res = pa.post(tia+"/leaving/contacts/new", contact(url.Values{"method": {"face_to_face"}, "summary": {"Talked about her college course and rent."}, "status": {"no"}}))
		wantFieldError(t, res, "location", "Enter where you met")
		wantBody(t, res, "Talked about her college course and rent.")
		future := url.Values{"method": {"phone"}, "summary": {"x"}, "status": {"no"}, "contact-time": {"10:00"}}
		wantFieldError(t, pa.post(tia+"/leaving/contacts/new", dated(future, "contact", today.AddDays(1))), "contact-day", "now or in the past")

		loc := wantRedirect(t, pa.post(tia+"/leaving/contacts/new", contact(url.Values{"method": {"face_to_face"}, "location": {"Cafe in town"},
			"summary": {"Talked about her college course and rent."}, "status": {"yes"}})), tia+"/leaving/status/new?contact=")
		if n := len(storedRows[leaving.Contact](t, a, w.tia)); n != 1 {
			t.Fatalf("%d contacts recorded, want 1", n)
		}
		form := pa.get(loc)
		wantStatus(t, form, http.StatusOK)
		wantBody(t, form, `name="date-day" type="text" inputmode="numeric" value="1"`)

		// The status: in touch needs the accommodation known; a type needs its suitability.
		status := func(v url.Values) url.Values { return dated(v, "date", today.AddDays(-1)) }
		res = pa.post(tia+"/leaving/status/new", status(url.Values{"in-touch": {"YES"}, "activity": {"F2"}, "accommodation": {"0"}}))
		wantFieldError(t, res, "accommodation", "the accommodation is known")
		wantFieldError(t, pa.post(tia+"/leaving/status/new", status(url.Values{"in-touch": {"YES"}, "activity": {"F2"}, "accommodation": {"W"}})),
			"suitable", "Select yes if the accommodation is suitable")
		wantFieldError(t, pa.post(tia+"/leaving/status/new", url.Values{"in-touch": {"YES"}}), "activity", "main activity")
		res = pa.post(tia+"/leaving/status/new", status(url.Values{"in-touch": {"YES"}, "activity": {"P5"}, "accommodation": {"W"}, "suitable": {"no"},
			"contact": {loc[strings.LastIndex(loc, "=")+1:]}}))
		wantRedirect(t, res, tia)
		statuses := storedRows[leaving.Status](t, a, w.tia)
		if last := statuses[len(statuses)-1]; last.Accommodation != "W2" || last.ContactID == 0 || last.Date != today.AddDays(-1) {
			t.Fatalf("stored %+v, want W2 on %s linked to the contact", last, today.AddDays(-1))
		}
		page := pa.get(tia)
		wantBody(t, page, "Former relevant child", "An eligible child when she turned 18", "Bed and breakfast: unsuitable (W2)",
			"govuk-tag--red\">Bed and breakfast", "Part time in training or employment (not an apprenticeship) (P5)", "Cafe in town", "Face to face",
			"Semi-independent or transitional accommodation", "Record a contact")

		// Others: a practitioner of another team is refused Tia; quality assurance is refused the forms.
		wantStatus(t, a.signedIn(practitionerB).get(tia+"/leaving/contacts/new"), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(tia+"/leaving/status/new"), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(tia+"/leaving/contacts/new", url.Values{}), http.StatusForbidden)
		if n := len(storedRows[leaving.Contact](t, a, w.tia)); n != 1 {
			t.Fatalf("%d contacts after refused posts, want 1", n)
		}
		// Sol has no leaving care category: the form says so and a post is refused.
		pat := a.signedIn(practitionerA)
		wantBody(t, pat.get(childPath(w.sol, "/leaving/contacts/new")), "no leaving care category")
		wantStatus(t, pat.post(childPath(w.sol, "/leaving/contacts/new"), contact(url.Values{"method": {"phone"}, "summary": {"x"}, "status": {"no"}})), http.StatusConflict)
	})
}

// TestLeavingCategory records the authority's determination against what the care history gives.
func TestLeavingCategory(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pa := a.signedIn(adviserUser)
		tia := childPath(w.tia, "/leaving/category")
		form := pa.get(tia)
		wantStatus(t, form, http.StatusOK)
		wantBody(t, form, "From the care history", "an eligible child when they turned 18")

		wantFieldError(t, pa.post(tia, dated(url.Values{"category": {leaving.FormerRelevant}, "reason": {"Still"}}, "start", today)), "category", "already former relevant")
		wantFieldError(t, pa.post(tia, dated(url.Values{"category": {leaving.Qualifying}, "reason": {"Home for six months"}}, "start", hearth.NewDate(2025, 9, 1))),
			"start-day", "after the current category began")
		res := pa.post(tia, dated(url.Values{"category": {leaving.Qualifying}}, "start", today))
		wantFieldError(t, res, "reason", "Enter why")
		wantRedirect(t, pa.post(tia, dated(url.Values{"category": {leaving.Qualifying}, "reason": {"Lived with her mother for six months"}}, "start", today)), childPath(w.tia, ""))

		var end hearth.Date
		for _, c := range storedRows[leaving.CareLeaver](t, a, w.tia) {
			if c.ID == w.tiaCategory {
				end = c.EndDate
			}
		}
		if end != today {
			t.Fatalf("the former relevant category ended %s, want %s", end, today)
		}
		wantBody(t, pa.get(childPath(w.tia, "")), "Qualifying care leaver", "Lived with her mother for six months", "From the care history")
		wantStatus(t, a.signedIn(qualityUser).get(tia), http.StatusForbidden)
	})
}

// TestPathwayPlan makes Tia's needs assessment and pathway plan in her own words, reviews it, and prints
// it, on both engines.
func TestPathwayPlan(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pa := a.signedIn(adviserUser)
		tia := childPath(w.tia, "/leaving")

		// The needs assessment: started, then completed, never before it started.
		wantFieldError(t, pa.post(tia+"/needs-assessments/new", dated(dated(url.Values{}, "start", today.AddDays(-20)), "completed", today.AddDays(-30))),
			"completed-day", "cannot be completed before it started")
		wantRedirect(t, pa.post(tia+"/needs-assessments/new", dated(url.Values{}, "start", today.AddDays(-20))), childPath(w.tia, ""))
		assessments := storedRows[leaving.NeedsAssessment](t, a, w.tia)
		if len(assessments) != 1 || assessments[0].WorkerID != w.adviser {
			t.Fatalf("needs assessments %+v, want one by the adviser", assessments)
		}
		assessment := assessments[0].ID
		complete := fmt.Sprintf("%s/needs-assessments/%d/complete", tia, assessment)
		wantFieldError(t, pa.post(complete, dated(url.Values{}, "completed", today.AddDays(-21))), "completed-day", "before it started")
		wantRedirect(t, pa.post(complete, dated(url.Values{}, "completed", today.AddDays(-5))), childPath(w.tia, ""))

		// The plan: the young person's words are required; what was typed is kept.
		res := pa.post(tia+"/pathway-plans/new", dated(url.Values{"summary": {"College, a flat, and help with money."}, "contingency": {"Supported lodgings."}}, "made", today.AddDays(-2)))
		wantFieldError(t, res, "words", "in their own words")
		wantBody(t, res, "College, a flat, and help with money.")
		plan := url.Values{"words": {"I want to finish my course and live near my sister."}, "summary": {"College, a flat, and help with money."}, "contingency": {"Supported lodgings."}}
		base := wantRedirect(t, pa.post(tia+"/pathway-plans/new", dated(plan, "made", today.AddDays(-2))), tia+"/pathway-plans/")
		page := pa.get(base)
		wantStatus(t, page, http.StatusOK)
		wantBody(t, page, "I want to finish my course and live near my sister.", "Next review due by 28 August 2026", "Ola Adeyemi")
		again := pa.post(tia+"/pathway-plans/new", dated(plan, "made", today))
		wantStatus(t, again, http.StatusConflict)
		wantBody(t, again, "already has a pathway plan")

		// A review: not before the plan; the words as they stand after it amend the plan.
		review := url.Values{"words": {"I want to finish my course, then work with animals."}, "summary": plan["summary"], "contingency": plan["contingency"]}
		wantFieldError(t, pa.post(base+"/reviews/new", dated(review, "reviewed", today.AddDays(-3))), "reviewed-day", "before the plan was made")
		wantRedirect(t, pa.post(base+"/reviews/new", dated(review, "reviewed", today)), base)
		page = pa.get(base)
		wantBody(t, page, "then work with animals", "Last reviewed", "2 March 2026", "Next review due by 2 September 2026")
		if n := len(storedRows[leaving.PathwayPlanReview](t, a, w.tia)); n != 1 {
			t.Fatalf("%d reviews, want 1", n)
		}
		wantFieldError(t, pa.post(base+"/reviews/new", dated(review, "reviewed", today)), "reviewed-day", "last reviewed on 2 March 2026")

		// The copy for the young person: her words, and none of the service's navigation.
		print := pa.get(base + "/print")
		wantStatus(t, print, http.StatusOK)
		wantBody(t, print, "Tia Walker's pathway plan", "What I want, in my own words", "then work with animals", "Ola Adeyemi", "print.css")
		for _, nav := range []string{"govuk-service-navigation", "govuk-header", "govuk-footer"} {
			if strings.Contains(print.Body, nav) {
				t.Errorf("the printable plan has the service's %s", nav)
			}
		}
		wantStatus(t, a.signedIn(practitionerB).get(base+"/print"), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(base+"/reviews/new"), http.StatusForbidden)
		wantBody(t, a.signedIn(qualityUser).get(base), "then work with animals")
	})
}
