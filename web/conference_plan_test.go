package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
)

// enquiryNeedingConference records, through the store, a strategy discussion on 9 February 2026 and the
// section 47 enquiry it started, concluded on 13 February with a conference needed.
func (w *protectionWorld) enquiryNeedingConference(t *testing.T) protection.S47Enquiry {
	t.Helper()
	ctx := context.Background()
	sd := &protection.StrategyDiscussion{PersonID: w.sam, CINEpisodeID: w.episode, HeldAt: time.Date(2026, 2, 9, 11, 0, 0, 0, time.UTC),
		Agencies: hearth.Codes{"police", "health"}, Decision: protection.StrategyS47, Actions: "Visit today"}
	if err := w.a.db.Insert(ctx, hearth.System, sd); err != nil {
		t.Fatal(err)
	}
	yes := true
	e := &protection.S47Enquiry{PersonID: w.sam, CINEpisodeID: w.episode, StrategyDiscussionID: sd.ID, StartDate: hearth.NewDate(2026, 2, 9),
		EndDate: hearth.NewDate(2026, 2, 13), ChildSeen: &yes, SeenAlone: &yes, SeenDate: hearth.NewDate(2026, 2, 10), GPInformationObtained: &yes,
		Analysis: "Continuing risk", Conclusion: protection.S47SubstantiatedContinuingRisk, ICPCRequired: &yes, ICPCTargetDate: hearth.NewDate(2026, 3, 2)}
	if err := e.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := w.a.db.Insert(ctx, hearth.System, e); err != nil {
		t.Fatal(err)
	}
	return *e
}

// initialConference is a whole initial conference form.
func initialConference(enquiry hearth.ID, d hearth.Date, categories ...string) url.Values {
	v := dated(url.Values{"kind": {"initial"}, "enquiry": {itoa(enquiry)}, "outcome": {protection.ConferencePlanMade},
		"summary":     {"We are worried Sam is hurt when Dean is angry."},
		"contingency": {"If Sam is hurt again we will seek legal advice about proceedings."},
		"child-words": {"I want Dean to stop shouting."}, "quorate": {"yes"}, "participation": {"PN1"}}, "held", d)
	v["categories"] = categories
	return v
}

// TestConferenceAndPlan takes Sam from a concluded enquiry through an initial conference that makes a
// plan, the plan's actions, contingency and sign-off, a core group, visits and the review conference
// that ends the plan, on both engines: each cross-record rule refused at its field, and the forms
// refused to those who may not record.
func TestConferenceAndPlan(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		e := w.enquiryNeedingConference(t)
		pat := a.signedIn(practitionerA)
		newConf := w.samPath("/conferences/new")

		page := pat.get(newConf + "?kind=initial")
		wantStatus(t, page, http.StatusOK)
		if !strings.Contains(page.Body, "Section 47 enquiry started 9 February 2026") {
			t.Error("the initial conference form does not offer the enquiry")
		}
		wantFieldError(t, pat.post(newConf, initialConference(e.ID, hearth.NewDate(2026, 2, 12), "NEG")), "held-day", "cannot be before the section 47 enquiry it follows concluded")
		wantFieldError(t, pat.post(newConf, initialConference(e.ID, today.AddDays(3), "NEG")), "held-day", "today or in the past")
		res := pat.post(newConf, initialConference(e.ID, hearth.NewDate(2026, 2, 20)))
		wantFieldError(t, res, "categories", "Select the categories")
		if !strings.Contains(res.Body, "I want Dean to stop shouting.") {
			t.Error("the child's words were lost when the conference was refused")
		}
		noContingency := initialConference(e.ID, hearth.NewDate(2026, 2, 20), "NEG")
		noContingency.Del("contingency")
		wantFieldError(t, pat.post(newConf, noContingency), "contingency", "what will happen if the worries do not reduce")
		icpc := hearth.NewDate(2026, 2, 20)
		plan := wantRedirect(t, pat.post(newConf, initialConference(e.ID, icpc, "NEG", "EMO")), w.samPath("/plans/"))
		wantFieldError(t, pat.post(newConf, initialConference(e.ID, icpc, "NEG")), "enquiry", "Select the section 47 enquiry")
		transfer := initialConference(0, icpc, "NEG")
		transfer.Set("enquiry", "transfer")
		wantFieldError(t, pat.post(newConf, transfer), "outcome", "already the subject of a child protection plan")

		rec := loadSam(t, w)
		cps := store.Rows[protection.CPPlan](rec)
		confs := store.Rows[protection.Conference](rec)
		plans := store.Rows[protection.Plan](rec)
		if len(cps) != 1 || len(confs) != 1 || len(plans) != 1 {
			t.Fatalf("%d plans, %d conferences, %d plan contents", len(cps), len(confs), len(plans))
		}
		if cp := cps[0]; cp.StartDate != icpc || cp.InitialCategory != "MUL" || cp.LatestCategory != "MUL" || cp.CINEpisodeID != w.episode {
			t.Errorf("the plan's period is %+v", cp)
		}
		if c := confs[0]; c.CPPlanID != cps[0].ID || c.S47EnquiryID != e.ID || c.Kind != "initial" || c.Outcome != protection.ConferencePlanMade {
			t.Errorf("the conference is %+v", c)
		}
		if p := plans[0]; p.CPPlanID != cps[0].ID || p.Kind != protection.PlanCP || p.ChildWords != "I want Dean to stop shouting." || lastID(t, plan) != p.ID {
			t.Errorf("the plan's words are %+v", p)
		}

		// The plan: no actions is warned of; actions need a measure and a due date on or after the start.
		if p := pat.get(plan); !strings.Contains(p.Body, "This plan has no actions") {
			t.Error("a plan without actions is not warned of")
		}
		action := func(due hearth.Date, measure string) url.Values {
			return dated(url.Values{"action": {"Dean to attend the anger management course"}, "who": {"Dean"}, "measure": {measure}}, "due", due)
		}
		wantFieldError(t, pat.post(plan+"/actions/new", action(icpc.AddDays(40), "")), "measure", "how we will know it worked")
		wantFieldError(t, pat.post(plan+"/actions/new", action(icpc.AddDays(-1), "Attends all 8 sessions")), "due-day", "on or after the plan started")
		wantRedirect(t, pat.post(plan+"/actions/new", action(icpc.AddDays(40), "Attends all 8 sessions; no incidents reported by police")), plan)
		p := pat.get(plan)
		if strings.Contains(p.Body, "This plan has no actions") || !strings.Contains(p.Body, "Attends all 8 sessions") {
			t.Error("the plan does not show its action, or still warns of none")
		}
		actionID := store.Rows[protection.PlanAction](loadSam(t, w))[0].ID
		act := plan + "/actions/" + itoa(actionID)
		wantFieldError(t, pat.post(act, url.Values{"status": {protection.ActionCompleted}}), "completed-day", "Enter the date it was completed")
		wantFieldError(t, pat.post(act, dated(url.Values{"status": {protection.ActionCompleted}}, "completed", today.AddDays(1))), "completed-day", "today or in the past")
		wantRedirect(t, pat.post(act, url.Values{"status": {protection.ActionInProgress}, "progress": {"Booked on the March course"}}), plan)

		edit := dated(url.Values{"summary": {"We are worried Sam is hurt when Dean is angry."}, "contingency": {"If Sam is hurt again we will start care proceedings."},
			"child-words": {"I want Dean to stop shouting."}}, "agreed", icpc.AddDays(7))
		wantFieldError(t, pat.post(plan+"/edit", edit), "reason", "what changed and why")
		edit.Set("reason", "Contingency agreed at the first core group")
		wantRedirect(t, pat.post(plan+"/edit", edit), plan)

		boss := a.signedIn(signOffManager)
		wantStatus(t, pat.get(plan+"/authorise"), http.StatusForbidden)
		wantFieldError(t, boss.post(plan+"/authorise", dated(url.Values{}, "authorised", icpc.AddDays(6))), "authorised-day", "on or after the plan was agreed")
		wantRedirect(t, boss.post(plan+"/authorise", dated(url.Values{}, "authorised", icpc.AddDays(8))), plan)
		if p := pat.get(plan); !strings.Contains(p.Body, "Signed off") || !strings.Contains(p.Body, "Contingency agreed at the first core group") {
			t.Error("the plan page does not show the sign-off or the amendment's reason")
		}

		// A core group and visits under the plan.
		group := func(d hearth.Date, attendees ...string) url.Values {
			v := dated(url.Values{"notes": {"Dean has started the course; Sam says home is calmer."}}, "met", d)
			v["attendees"] = attendees
			return v
		}
		wantFieldError(t, pat.post(w.samPath("/core-groups/new"), group(icpc.AddDays(-1), "social_worker")), "met-day", "cannot meet before the plan started")
		wantFieldError(t, pat.post(w.samPath("/core-groups/new"), group(icpc.AddDays(5))), "attendees", "Select who attended")
		cg := wantRedirect(t, pat.post(w.samPath("/core-groups/new"), group(icpc.AddDays(5), "social_worker", "parent_carer", "education")), w.samPath("/core-groups/"))
		wantStatus(t, pat.get(cg), http.StatusOK)

		visit := func(kind string, d hearth.Date, seen string) url.Values {
			return dated(url.Values{"kind": {kind}, "location": {"home"}, "seen": {seen}, "alone": {"yes"}, "bedroom": {"yes"},
				"views": {"Dean is nicer now."}, "observations": {"Calm home; Sam relaxed with his mum."}}, "visited", d)
		}
		wantFieldError(t, pat.post(w.samPath("/visits/new"), visit("cp", icpc.AddDays(-2), "yes")), "visited-day", "cannot be before the plan started")
		wantFieldError(t, pat.post(w.samPath("/visits/new"), visit("cp", icpc.AddDays(3), "no")), "not-seen-reason", "why the child was not seen")
		vp := wantRedirect(t, pat.post(w.samPath("/visits/new"), visit("cp", icpc.AddDays(3), "yes")), w.samPath("/visits/"))
		if page := pat.get(vp); !strings.Contains(page.Body, "Seen alone") || !strings.Contains(page.Body, "Dean is nicer now.") {
			t.Error("the visit's page does not show the child seen alone and their words")
		}
		wantFieldError(t, pat.post(w.samPath("/visits/new"), visit("cin", referralDate.AddDays(-1), "yes")), "visited-day", "cannot be before the referral")
		noWorker := a.signedIn(managerA)
		wantFieldError(t, noWorker.post(w.samPath("/visits/new"), visit("cp", icpc.AddDays(3), "yes")), "visited-day", "not linked to a worker")

		// The review conference that ends the plan.
		review := func(d hearth.Date, outcome string) url.Values {
			return dated(url.Values{"kind": {"review"}, "outcome": {outcome}, "participation": {"PN1"}}, "held", d)
		}
		wantStatus(t, pat.get(newConf+"?kind=review"), http.StatusOK)
		wantFieldError(t, pat.post(newConf, review(icpc, protection.ConferencePlanEnds)), "held-day", "after the plan's last conference")
		wantFieldError(t, pat.post(newConf, review(today, protection.ConferencePlanEnds)), "end-reason", "Select why the plan ends")
		continues := review(icpc.AddDays(5), protection.ConferencePlanContinues)
		continues["categories"] = []string{"NEG"}
		wantRedirect(t, pat.post(newConf, continues), w.samPath("/conferences/"))
		if cp := store.Rows[protection.CPPlan](loadSam(t, w))[0]; cp.LatestCategory != "NEG" || cp.InitialCategory != "MUL" {
			t.Errorf("after a review with neglect only, the plan's categories are %s then %s", cp.InitialCategory, cp.LatestCategory)
		}
		ends := review(today, protection.ConferencePlanEnds)
		ends.Set("end-reason", "no_longer_at_risk")
		wantRedirect(t, pat.post(newConf, ends), w.samPath("/conferences/"))
		cp := store.Rows[protection.CPPlan](loadSam(t, w))[0]
		if cp.EndDate != today || cp.EndReason != "no_longer_at_risk" {
			t.Errorf("the review did not end the plan: %+v", cp)
		}
		if err := cp.Validate(); err != nil {
			t.Errorf("the ended plan does not validate: %v", err)
		}
		wantStatus(t, pat.post(plan+"/actions/new", action(today, "x")), http.StatusConflict)
		wantStatus(t, pat.post(w.samPath("/core-groups/new"), group(today, "social_worker")), http.StatusConflict)

		bea, qa := a.signedIn(practitionerB), a.signedIn(qualityUser)
		for _, path := range []string{"/conferences/new", "/core-groups/new", "/visits/new", "/cin-plans/new"} {
			wantStatus(t, bea.get(w.samPath(path)), http.StatusForbidden)
			wantStatus(t, qa.get(w.samPath(path)), http.StatusForbidden)
		}
		for _, path := range []string{plan, cg, vp} {
			wantStatus(t, qa.get(path), http.StatusOK)
			wantStatus(t, bea.get(path), http.StatusForbidden)
		}
		wantStatus(t, qa.get(plan+"/actions/new"), http.StatusForbidden)
		wantStatus(t, bea.post(act, url.Values{"status": {protection.ActionWithdrawn}}), http.StatusForbidden)
		wantStatus(t, qa.post(plan+"/edit", edit), http.StatusForbidden)
	})
}

// TestChildInNeedPlan starts and ends a child in need plan on both engines.
func TestChildInNeedPlan(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)
		form := func(d hearth.Date) url.Values {
			return dated(url.Values{"summary": {"Mum needs help with Sam's school attendance."}, "contingency": {"A strategy discussion if attendance falls below 80%."}}, "start", d)
		}
		wantFieldError(t, pat.post(w.samPath("/cin-plans/new"), form(referralDate.AddDays(-3))), "start-day", "on or after the referral")
		plan := wantRedirect(t, pat.post(w.samPath("/cin-plans/new"), form(referralDate.AddDays(10))), w.samPath("/plans/"))
		wantStatus(t, pat.post(w.samPath("/cin-plans/new"), form(referralDate.AddDays(11))), http.StatusConflict)
		if p := pat.get(plan); !strings.Contains(p.Body, "Child in need plan since") || !strings.Contains(p.Body, "This plan has no actions") {
			t.Error("the child in need plan's page does not show it with its warning")
		}
		cin := store.Rows[protection.CINPlan](loadSam(t, w))[0]
		end := w.samPath("/cin-plans/" + itoa(cin.ID) + "/end")
		wantFieldError(t, pat.post(end, dated(url.Values{}, "end", referralDate)), "end-day", "on or after it started")
		for _, who := range []string{practitionerB, qualityUser} {
			wantStatus(t, a.signedIn(who).post(end, dated(url.Values{}, "end", today)), http.StatusForbidden)
		}
		wantRedirect(t, pat.post(end, dated(url.Values{}, "end", today)), w.samPath(""))
		if got := store.Rows[protection.CINPlan](loadSam(t, w))[0]; got.EndDate != today {
			t.Errorf("the plan did not end: %+v", got)
		}
	})
}

// loadSam reads Sam's record.
func loadSam(t *testing.T, w *protectionWorld) *store.ChildRecord {
	t.Helper()
	rec, err := w.a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
	if err != nil {
		t.Fatal(err)
	}
	return rec
}
