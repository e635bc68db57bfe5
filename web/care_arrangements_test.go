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
	"hearth/workforce"
)

// childRows loads the child's record as the system and returns its rows of type T.
func childRows[T any](t *testing.T, a *app, child hearth.ID) []T {
	t.Helper()
	rec, err := a.db.LoadChild(context.Background(), hearth.System, child, "test")
	if err != nil {
		t.Fatal(err)
	}
	return store.Rows[T](rec)
}

func stayingPutForm() url.Values {
	return dated(url.Values{"carer": {"Ruth and Mark Day"}, "carer-type": {"in_house"}}, "start", hearth.NewDate(2025, 9, 10))
}

// TestStayingPut records Tia (18, who left her foster placement on her 18th birthday) staying put with her
// foster carers, as her personal adviser, on both engines: the start refused before 18 and while an
// arrangement stands, the carers required with what was typed kept, the plan's review and the end recorded
// as amendments (an end needs its reason, a stale version is refused), the arrangement on her record, and
// the forms refused to a practitioner of another team.
func TestStayingPut(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pa := a.signedIn(adviserUser)
		newPath := childPath(w.tia, "/care/staying-put/new")

		if page := pa.get(childPath(w.tia, "")); !strings.Contains(page.Body, `href="`+newPath+`"`) {
			t.Error("Tia's record does not offer her adviser a staying put arrangement")
		}
		form := pa.get(newPath)
		wantStatus(t, form, http.StatusOK)
		if !strings.Contains(form.Body, "ceases to be looked after with reason E17") {
			t.Error("the form does not warn that Tia's care ended with E5, not E17")
		}
		if !strings.Contains(form.Body, `name="start-year" type="text" value="2025"`) && !strings.Contains(form.Body, `value="2025"`) {
			t.Error("the form does not start on the day Tia left foster care")
		}
		wantFieldError(t, pa.post(newPath, dated(stayingPutForm(), "start", hearth.NewDate(2025, 9, 9))), "start-day", "was 17 on that date")
		res := pa.post(newPath, without(stayingPutForm(), "carer-type"))
		wantFieldError(t, res, "carer-type", "Select who approved the carers")
		if !strings.Contains(res.Body, `value="Ruth and Mark Day"`) {
			t.Error("the carers typed were lost when the form was refused")
		}
		wantFieldError(t, pa.post(newPath, with(stayingPutForm(), "carer", " ")), "carer", "Enter the names of the carers")
		wantRedirect(t, pa.post(newPath, stayingPutForm()), childPath(w.tia, ""))
		wantFieldError(t, pa.post(newPath, stayingPutForm()), "start-day", "record its end first")

		sps := childRows[care.StayingPut](t, a, w.tia)
		if len(sps) != 1 || sps[0].Carer != "Ruth and Mark Day" || sps[0].CarerType != "in_house" || sps[0].StartDate != hearth.NewDate(2025, 9, 10) {
			t.Fatalf("the arrangements are %+v", sps)
		}
		page := pa.get(childPath(w.tia, ""))
		for _, want := range []string{"Staying put with Ruth and Mark Day", "Plan not yet reviewed"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("Tia's record does not show %q", want)
			}
		}

		edit := childPath(w.tia, "/care/staying-put/"+itoa(sps[0].ID))
		wantStatus(t, pa.get(edit), http.StatusOK)
		wantFieldError(t, pa.post(edit, url.Values{"version": {"1"}}), "reviewed-day", "Enter the date of the latest review")
		wantFieldError(t, pa.post(edit, dated(url.Values{"version": {"1"}}, "reviewed", hearth.NewDate(2025, 9, 1))), "reviewed-day", "before the start")
		wantRedirect(t, pa.post(edit, dated(url.Values{"version": {"1"}}, "reviewed", hearth.NewDate(2026, 2, 20))), childPath(w.tia, ""))
		wantFieldError(t, pa.post(edit, dated(url.Values{"version": {"1"}}, "reviewed", hearth.NewDate(2026, 2, 21))), "reviewed-day", "")
		ended := dated(dated(url.Values{"version": {"2"}}, "reviewed", hearth.NewDate(2026, 2, 20)), "ended", hearth.NewDate(2026, 3, 1))
		wantFieldError(t, pa.post(edit, ended), "end-reason", "The reason it ended is required")
		wantRedirect(t, pa.post(edit, with(ended, "end-reason", "own_home")), childPath(w.tia, ""))
		sp := childRows[care.StayingPut](t, a, w.tia)[0]
		if sp.ReviewedDate != hearth.NewDate(2026, 2, 20) || sp.EndDate != hearth.NewDate(2026, 3, 1) || sp.EndReason != "own_home" || sp.Version != 3 {
			t.Errorf("the arrangement is %+v after its review and end", sp)
		}
		if page := pa.get(childPath(w.tia, "")); !strings.Contains(page.Body, "Ended 1 March 2026: the young person moved to a home of their own") {
			t.Error("Tia's record does not show the arrangement ended")
		}
		if page := pa.get(childPath(w.tia, "/chronology")); !strings.Contains(page.Body, "Began staying put with Ruth and Mark Day") {
			t.Error("the chronology does not show the arrangement")
		}

		other := a.signedIn(practitionerA)
		wantStatus(t, other.get(newPath), http.StatusForbidden)
		wantStatus(t, other.post(newPath, stayingPutForm()), http.StatusForbidden)
		wantStatus(t, other.post(edit, with(ended, "end-reason", "own_home")), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(edit), http.StatusForbidden)
	})
}

func privateFosteringForm() url.Values {
	return dated(url.Values{"carer": {"Grace Bello"}, "relation": {"Family friend"}}, "notified", hearth.NewDate(2026, 2, 16))
}

// TestPrivateFostering records Sam (7) privately fostered by a family friend, as his social worker, on
// both engines: the notification, the first visit and the assessment at their fields (a visit before the
// notification, a visit without whether he was seen alone), what is due next on his record worked out in
// working days, later visits (not before the first, which must be recorded first), and the forms refused
// to a practitioner of another team and once he is looked after.
func TestPrivateFostering(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)
		newPath := w.samPath("/care/private-fostering/new")

		wantStatus(t, pat.get(newPath), http.StatusOK)
		wantFieldError(t, pat.post(newPath, dated(with(privateFosteringForm(), "seen-alone", "yes"), "first-visit", hearth.NewDate(2026, 2, 10))),
			"first-visit-day", "before notification")
		res := pat.post(newPath, dated(privateFosteringForm(), "first-visit", hearth.NewDate(2026, 2, 18)))
		wantFieldError(t, res, "seen-alone", "Select yes if the child was seen alone")
		if !strings.Contains(res.Body, `value="Family friend"`) {
			t.Error("what was typed was lost when the form was refused")
		}
		wantFieldError(t, pat.post(newPath, without(privateFosteringForm(), "carer")), "carer", "Enter the name of the private foster carer")
		wantRedirect(t, pat.post(newPath, privateFosteringForm()), w.samPath(""))
		pfs := childRows[care.PrivateFostering](t, a, w.sam)
		if len(pfs) != 1 || pfs[0].Carer != "Grace Bello" || pfs[0].NotifiedDate != hearth.NewDate(2026, 2, 16) || !pfs[0].InitialVisitDate.IsZero() {
			t.Fatalf("the arrangements are %+v", pfs)
		}
		// Notified on Monday 16 February 2026: the first visit was due 7 working days later, on 25 February.
		if page := pat.get(w.samPath("")); !strings.Contains(page.Body, "First visit overdue, due by 25 February 2026; assessment by 17 April 2026") {
			t.Errorf("Sam's record does not show the first visit overdue:\n%s", between(page.Body, "hearth-care-arrangements", "</tbody>"))
		}

		visits := w.samPath("/care/private-fostering/" + itoa(pfs[0].ID) + "/visits/new")
		wantFieldError(t, pat.post(visits, dated(url.Values{"seen-alone": {"yes"}}, "visited", hearth.NewDate(2026, 2, 27))), "visited-day", "first visit is not recorded yet")

		edit := w.samPath("/care/private-fostering/" + itoa(pfs[0].ID))
		wantStatus(t, pat.get(edit), http.StatusOK)
		update := dated(with(with(privateFosteringForm(), "seen-alone", "yes"), "version", "1"), "first-visit", hearth.NewDate(2026, 2, 18))
		wantFieldError(t, pat.post(edit, dated(without(update), "ended", hearth.NewDate(2026, 2, 28))), "end-reason", "Select why the arrangement ended")
		wantRedirect(t, pat.post(edit, update), w.samPath(""))
		if page := pat.get(w.samPath("")); !strings.Contains(page.Body, "Assessment due by 17 April 2026; next visit by 1 April 2026") {
			t.Errorf("Sam's record does not show the assessment and next visit due:\n%s", between(page.Body, "hearth-care-arrangements", "</tbody>"))
		}

		wantFieldError(t, pat.post(visits, dated(url.Values{"seen-alone": {"yes"}}, "visited", hearth.NewDate(2026, 2, 17))), "visited-day", "a later visit is after it")
		wantFieldError(t, pat.post(visits, dated(url.Values{}, "visited", hearth.NewDate(2026, 2, 27))), "seen-alone", "Select yes if the child was seen alone")
		wantRedirect(t, pat.post(visits, dated(url.Values{"seen-alone": {"no"}, "notes": {"Sam showed me his room"}}, "visited", hearth.NewDate(2026, 2, 27))), w.samPath(""))
		vs := childRows[care.PrivateFosteringVisit](t, a, w.sam)
		if len(vs) != 1 || vs[0].PrivateFosteringID != pfs[0].ID || vs[0].SeenAlone || vs[0].WorkerID != w.workerA || vs[0].Notes != "Sam showed me his room" {
			t.Errorf("the visits are %+v", vs)
		}
		if page := pat.get(w.samPath("")); !strings.Contains(page.Body, "next visit by 10 April 2026") {
			t.Errorf("the next visit is not 6 weeks after the latest:\n%s", between(page.Body, "hearth-care-arrangements", "</tbody>"))
		}
		if page := pat.get(w.samPath("/chronology")); !strings.Contains(page.Body, "Private fostering visit") || !strings.Contains(page.Body, "Private fostering arrangement notified") {
			t.Error("the chronology does not show the arrangement and its visit")
		}

		other := a.signedIn(practitionerB)
		wantStatus(t, other.post(newPath, privateFosteringForm()), http.StatusForbidden)
		wantStatus(t, other.post(visits, dated(url.Values{"seen-alone": {"yes"}}, "visited", hearth.NewDate(2026, 2, 28))), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).get(edit), http.StatusForbidden)

		w.samInCare(t)
		wantFieldError(t, pat.post(newPath, with(privateFosteringForm(), "notified-day", "20")), "notified-day", "is not privately fostered")
	})
}

func homelessForm() url.Values {
	return dated(url.Values{"presented-to": {"housing"}}, "presented", hearth.NewDate(2026, 2, 23))
}

// TestHomelessYoungPeople records Kai (16) presenting as homeless to housing and the joint assessment, as
// his social worker, on both engines: the age refused outside 16 and 17, the assessment's date, outcome
// and an advocate before declining section 20 at their fields, the outcome recorded later as an amendment
// (section 20 goes on to start care), his record and chronology, and another team refused.
func TestHomelessYoungPeople(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newRecordWorld(t, a)
		ctx := context.Background()
		kai := &hearth.Person{Forename: "Kai", Surname: "Moss", IsChild: true, BirthDate: hearth.NewDate(2009, 11, 20)}
		if err := a.db.Insert(ctx, hearth.System, kai); err != nil {
			t.Fatal(err)
		}
		if err := a.db.Insert(ctx, hearth.System, &workforce.Allocation{PersonID: kai.ID, WorkerID: w.workerA, Role: workforce.RoleSocialWorker,
			TeamID: w.teamA, StartDate: hearth.NewDate(2026, 2, 23)}); err != nil {
			t.Fatal(err)
		}
		pat := a.signedIn(practitionerA)
		newPath := childPath(kai.ID, "/care/homeless/new")

		if page := pat.get(childPath(kai.ID, "")); !strings.Contains(page.Body, `href="`+newPath+`"`) {
			t.Error("Kai's record does not offer to record him presenting as homeless")
		}
		wantStatus(t, pat.get(newPath), http.StatusOK)
		wantFieldError(t, pat.post(newPath, dated(homelessForm(), "presented", hearth.NewDate(2025, 11, 19))), "presented-day", "was 15 on that date")
		wantFieldError(t, pat.post(newPath, without(homelessForm(), "presented-to")), "presented-to", "Select where the young person presented")
		res := pat.post(newPath, dated(with(homelessForm(), "joint-housing", "yes"), "assessed", hearth.NewDate(2026, 2, 25)))
		wantFieldError(t, res, "outcome", "Select what followed the assessment")
		if !strings.Contains(res.Body, `value="housing" checked`) {
			t.Error("the answers were lost when the form was refused")
		}
		wantFieldError(t, pat.post(newPath, dated(with(with(homelessForm(), "joint-housing", "yes"), "outcome", "s17"), "assessed", hearth.NewDate(2026, 2, 20))),
			"assessed-day", "before presenting as homeless")
		wantFieldError(t, pat.post(newPath, dated(with(with(with(homelessForm(), "joint-housing", "yes"), "outcome", "declined"), "advocacy", "no"), "assessed", hearth.NewDate(2026, 2, 25))),
			"advocacy", "independent advocate")
		wantRedirect(t, pat.post(newPath, homelessForm()), childPath(kai.ID, ""))
		hs := childRows[care.HomelessAssessment](t, a, kai.ID)
		if len(hs) != 1 || hs[0].PresentedTo != "housing" || hs[0].PresentedDate != hearth.NewDate(2026, 2, 23) || hs[0].Outcome != "" {
			t.Fatalf("the rows are %+v", hs)
		}
		if page := pat.get(childPath(kai.ID, "")); !strings.Contains(page.Body, "Presented as homeless to the housing authority") || !strings.Contains(page.Body, "Joint assessment under way") {
			t.Error("Kai's record does not show him presenting as homeless")
		}

		edit := childPath(kai.ID, "/care/homeless/"+itoa(hs[0].ID))
		wantStatus(t, pat.get(edit), http.StatusOK)
		assessed := dated(with(with(with(homelessForm(), "joint-housing", "yes"), "outcome", "s20"), "version", "1"), "assessed", hearth.NewDate(2026, 2, 25))
		wantRedirect(t, pat.post(edit, assessed), childPath(kai.ID, "/care/start"))
		h := childRows[care.HomelessAssessment](t, a, kai.ID)[0]
		if h.Outcome != "s20" || h.AssessedDate != hearth.NewDate(2026, 2, 25) || h.JointHousing == nil || !*h.JointHousing || h.Version != 2 {
			t.Errorf("the assessment is %+v", h)
		}
		if page := pat.get(childPath(kai.ID, "")); !strings.Contains(page.Body, "Assessed 25 February 2026: Accommodated under section 20: looked after (s20)") {
			t.Errorf("Kai's record does not show the outcome:\n%s", between(page.Body, "hearth-care-arrangements", "</tbody>"))
		}
		if page := pat.get(childPath(kai.ID, "/chronology")); !strings.Contains(page.Body, "Joint homelessness assessment completed") {
			t.Error("the chronology does not show the assessment")
		}
		wantFieldError(t, pat.post(edit, assessed), "presented-day", "")
		// Presenting again, assessed the same week: section 20 goes straight on to starting care.
		again := dated(dated(with(with(homelessForm(), "joint-housing", "no"), "outcome", "s20"), "presented", hearth.NewDate(2026, 2, 26)), "assessed", hearth.NewDate(2026, 2, 27))
		wantRedirect(t, pat.post(newPath, again), childPath(kai.ID, "/care/start"))
		if hs := childRows[care.HomelessAssessment](t, a, kai.ID); len(hs) != 2 || hs[1].JointHousing == nil || *hs[1].JointHousing {
			t.Errorf("the rows are %+v after presenting again", hs)
		}

		other := a.signedIn(practitionerB)
		wantStatus(t, other.get(newPath), http.StatusForbidden)
		wantStatus(t, other.post(edit, with(assessed, "version", "2")), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(newPath, homelessForm()), http.StatusForbidden)
	})
}

// arrangementRows records, through the store, a staying put arrangement, a private fostering arrangement
// and a homelessness assessment of child (the route matrix's Jayden), and returns their ids by the path
// segment before their wildcard, for TestRouteByRoleMatrix's pathFor (arrangementPath).
func arrangementRows(t *testing.T, a *app, child hearth.ID) map[string]hearth.ID {
	t.Helper()
	yes := true
	sp := &care.StayingPut{PersonID: child, StartDate: hearth.NewDate(2025, 9, 1), Carer: "Ruth Day", CarerType: "in_house"}
	pf := &care.PrivateFostering{PersonID: child, NotifiedDate: hearth.NewDate(2025, 6, 2), Carer: "Grace Bello",
		InitialVisitDate: hearth.NewDate(2025, 6, 4), SeenAlone: &yes}
	h := &care.HomelessAssessment{PersonID: child, PresentedDate: hearth.NewDate(2025, 5, 1), PresentedTo: "children"}
	for _, row := range []any{sp, pf, h} {
		if err := a.db.Insert(context.Background(), hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	return map[string]hearth.ID{"/staying-put/": sp.ID, "/private-fostering/": pf.ID, "/homeless/": h.ID}
}

// arrangementPath fills the {arrangement} and {assessment} wildcards of a pattern with the row of its kind:
// staying put and private fostering share the name {arrangement}.
func arrangementPath(p string, ids map[string]hearth.ID) string {
	for segment, id := range ids {
		if strings.Contains(p, segment) {
			p = strings.ReplaceAll(strings.ReplaceAll(p, "{arrangement}", itoa(id)), "{assessment}", itoa(id))
		}
	}
	return p
}
