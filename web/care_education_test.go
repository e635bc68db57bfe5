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

// The virtual school's account in the education tests.
const virtualSchoolUser = "vs@example.org"

func pepForm() url.Values {
	return dated(url.Values{"attendees": {"child", "designated_teacher", "virtual_school"}, "school": {"Ash High School"},
		"target-1": {"Read a chapter book on his own by Easter"}, "allocated-1": {"£1,200"},
		"target-2": {"Attend every maths lesson"}, "allocated-2": {"300"}}, "held", hearth.NewDate(2026, 2, 20))
}

// TestCareEducation records Sam's personal education plan with its targets and Pupil Premium Plus, what
// was spent, his schools and his education status, as the virtual school, on both engines, and checks
// the virtual school register: each form's mistakes refused at their fields, the figures right, the pages
// refused to those who may not use them.
func TestCareEducation(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		a.addUser(virtualSchoolUser, hearth.RoleVirtualSchool, func(u *hearth.User) { u.Name = "Vera School" })
		ctx := context.Background()
		vs := a.signedIn(virtualSchoolUser)
		peps := w.samPath("/care/peps/new")

		wantFieldError(t, vs.post(peps, pepForm()), "held-day", "not looked after on 20 February 2026")
		w.samInCare(t)
		wantStatus(t, vs.get(peps), http.StatusOK)
		res := vs.post(peps, without(pepForm(), "target-1", "allocated-1", "target-2", "allocated-2"))
		wantFieldError(t, res, "target-1", "Enter at least one target")
		if !strings.Contains(res.Body, `value="Ash High School"`) {
			t.Error("the school typed was lost when the plan was refused")
		}
		wantFieldError(t, vs.post(peps, with(pepForm(), "target-2", "")), "target-2", "Enter the target the money is allocated to")
		wantFieldError(t, vs.post(peps, with(pepForm(), "allocated-1", "lots")), "allocated-1", "whole pounds")
		wantFieldError(t, vs.post(peps, without(pepForm(), "attendees")), "attendees", "Select who took part")
		loc := wantRedirect(t, vs.post(peps, pepForm()), w.samPath("/care/peps/"))
		rec, err := a.db.LoadChild(ctx, hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		plans, targets := store.Rows[care.PersonalEducationPlan](rec), store.Rows[care.PEPTarget](rec)
		if len(plans) != 1 || len(targets) != 2 || targets[0].Allocated != 1200 || targets[1].Allocated != 300 || targets[0].PEPID != plans[0].ID ||
			len(plans[0].Attendees) != 3 || targets[0].Status != "open" {
			t.Fatalf("the plan is %+v with targets %+v", plans, targets)
		}
		if page := vs.get(loc); !strings.Contains(page.Body, "£1,500 allocated, £0 spent") || !strings.Contains(page.Body, "The school&#39;s designated teacher") {
			t.Error("the plan's page does not show the Pupil Premium Plus and who took part")
		}

		target := w.samPath("/care/pep-targets/" + itoa(targets[0].ID))
		spend := url.Values{"status": {"achieved"}, "spent": {"400"}, "version": {"1"}}
		wantFieldError(t, vs.post(target, spend), "spent-on", "Enter what the money was spent on")
		spend.Set("spent-on", "One-to-one reading tuition")
		wantRedirect(t, vs.post(target, spend), loc)
		wantFieldError(t, vs.post(target, spend), "status", "")

		schools := w.samPath("/care/schools/new")
		wantRedirect(t, vs.post(schools, dated(url.Values{"school": {"Elm Primary"}, "school-urn": {"100001"}}, "joined", hearth.NewDate(2022, 9, 1))), w.samPath(""))
		wantFieldError(t, vs.post(schools, dated(url.Values{"school": {"Ash High School"}, "school-urn": {"12"}}, "joined", hearth.NewDate(2026, 2, 16))), "school-urn", "six digits")
		wantFieldError(t, vs.post(schools, dated(url.Values{"school": {"Ash High School"}}, "joined", hearth.NewDate(2022, 8, 1))), "joined-day", "must be joined after that")
		wantRedirect(t, vs.post(schools, dated(url.Values{"school": {"Ash High School"}}, "joined", hearth.NewDate(2026, 2, 16))), w.samPath(""))

		status := w.samPath("/care/education-status/new")
		wantFieldError(t, vs.post(status, dated(url.Values{"ehcp": {"yes"}, "neet": {"no"}}, "known", hearth.NewDate(2026, 2, 20))), "neet", "under 16")
		wantFieldError(t, vs.post(status, dated(url.Values{}, "known", hearth.NewDate(2026, 2, 20))), "ehcp", "Select yes if the child has an education, health and care plan")
		wantRedirect(t, vs.post(status, dated(url.Values{"ehcp": {"yes"}}, "known", hearth.NewDate(2026, 2, 20))), w.samPath(""))

		rec, err = a.db.LoadChild(ctx, hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		sps := store.Rows[care.SchoolPlacement](rec)
		if len(sps) != 2 || sps[0].EndDate != hearth.NewDate(2026, 2, 16) || !sps[1].EndDate.IsZero() {
			t.Errorf("the schools are %+v, want Elm Primary left on the day Ash High School was joined", sps)
		}
		if tg := store.Rows[care.PEPTarget](rec)[0]; tg.Spent != 400 || tg.Status != "achieved" || tg.Version != 2 {
			t.Errorf("the target is %+v after its spending was recorded", tg)
		}

		register := vs.get("/virtual-school")
		wantStatus(t, register, http.StatusOK)
		for _, want := range []string{"1 child is looked after", "Sam Taylor", "Ash High School", "since 16 February 2026", "1 of 2 targets achieved",
			"£1,500 allocated, £400 spent", "Not asked (under 16)"} {
			if !strings.Contains(register.Body, want) {
				t.Errorf("the register does not show %q", want)
			}
		}
		if !strings.Contains(register.Body, `href="/virtual-school"`) {
			t.Error("the virtual school's navigation has no link to the register")
		}

		pat := a.signedIn(practitionerA)
		wantStatus(t, pat.get("/virtual-school"), http.StatusForbidden)
		wantStatus(t, pat.get(peps), http.StatusOK)
		wantStatus(t, a.signedIn(practitionerB).post(peps, pepForm()), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(schools, url.Values{}), http.StatusForbidden)
	})
}
