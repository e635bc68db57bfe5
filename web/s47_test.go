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

// strategyForm is a whole strategy discussion held on day at 10:00.
func strategyForm(day hearth.Date, agencies ...string) url.Values {
	v := dated(url.Values{"held-time": {"10:00"}, "information": {"Police attended on 18 February; the school saw bruising."},
		"decision": {protection.StrategyS47Joint}, "actions": {"Social worker to visit today; police to interview Dean."}}, "held", day)
	v["agencies"] = agencies
	return v
}

// TestStrategyDiscussionAndS47Enquiry records a strategy discussion and the enquiry it decides on, on
// both engines: each date rule refused at its field (in the future, before the referral, an enquiry
// before its strategy discussion, a conclusion before the child was seen, sign-off before the
// conclusion), the conference's target date set 15 working days after the discussion, and the forms
// refused to those who may not record or sign off.
func TestStrategyDiscussionAndS47Enquiry(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)
		held := hearth.NewDate(2026, 2, 20) // a Friday

		wantStatus(t, pat.get(w.samPath("/strategy-discussions/new")), http.StatusOK)
		wantFieldError(t, pat.post(w.samPath("/strategy-discussions/new"), strategyForm(today.AddDays(1), "police", "health")), "held-day", "today or in the past")
		late := strategyForm(today, "police", "health")
		late.Set("held-time", "09:30") // the clock says 09:00 on 2 March 2026 (UTC and London agree in March)
		wantFieldError(t, pat.post(w.samPath("/strategy-discussions/new"), late), "held-time", "now or in the past")
		wantFieldError(t, pat.post(w.samPath("/strategy-discussions/new"), strategyForm(referralDate.AddDays(-1), "police")), "held-day", "on or after the referral")
		res := pat.post(w.samPath("/strategy-discussions/new"), strategyForm(held))
		wantFieldError(t, res, "agencies", "Select the agencies")
		if !strings.Contains(res.Body, "the school saw bruising") {
			t.Error("what was typed was lost when the form was refused")
		}
		noDecision := strategyForm(held, "police")
		noDecision.Del("decision")
		wantFieldError(t, pat.post(w.samPath("/strategy-discussions/new"), noDecision), "decision", "Select what the discussion decided")
		sd := wantRedirect(t, pat.post(w.samPath("/strategy-discussions/new"), strategyForm(held, "police", "education")), w.samPath("/strategy-discussions/"))
		page := pat.get(sd)
		for _, want := range []string{"health did not", "Start the section 47 enquiry", "20 February 2026 at 10:00"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("the strategy discussion's page does not show %q", want)
			}
		}

		// The enquiry.
		wantStatus(t, pat.get(w.samPath("/s47-enquiries/new")), http.StatusOK)
		sdID := itoa(lastID(t, sd))
		wantFieldError(t, pat.post(w.samPath("/s47-enquiries/new"), dated(url.Values{"discussion": {sdID}}, "start", held.AddDays(-1))),
			"start-day", "cannot start before the strategy discussion")
		wantFieldError(t, pat.post(w.samPath("/s47-enquiries/new"), dated(url.Values{}, "start", held)), "discussion", "Select the strategy discussion")
		base := wantRedirect(t, pat.post(w.samPath("/s47-enquiries/new"), dated(url.Values{"discussion": {sdID}}, "start", held)), w.samPath("/s47-enquiries/"))

		conclude := func(d hearth.Date, conclusion, icpc string) url.Values {
			return dated(url.Values{"analysis": {"Bruising consistent with Sam's account; Dean refused to engage."},
				"conclusion": {conclusion}, "icpc": {icpc}}, "concluded", d)
		}
		res = pat.post(base+"/conclusion", conclude(held.AddDays(5), protection.S47SubstantiatedContinuingRisk, "yes"))
		wantFieldError(t, res, "seen", "Record whether the child was seen")
		wantFieldError(t, res, "gp", "GP")
		wantFieldError(t, res, "household", "Consider every member")
		if !strings.Contains(res.Body, "Dean refused to engage") {
			t.Error("the analysis typed was lost when the conclusion was refused")
		}

		wantFieldError(t, pat.post(base+"/seen", dated(url.Values{"seen": {"yes"}, "alone": {"no"}}, "seen-date", held.AddDays(-2))),
			"seen-date-day", "on or after the section 47 enquiry started")
		wantRedirect(t, pat.post(base+"/seen", dated(url.Values{"seen": {"yes"}, "alone": {"yes"}, "views": {"Dean grabbed my arm."}}, "seen-date", held.AddDays(1))), base)
		wantRedirect(t, pat.post(base+"/household", url.Values{"considered-" + itoa(w.mother): {"yes"}, "considered-" + itoa(w.partner): {"yes"},
			"note-" + itoa(w.partner): {"Interviewed by police"}}), base)
		wantRedirect(t, pat.post(base+"/gp", url.Values{"obtained": {"yes"}}), base)

		wantFieldError(t, pat.post(base+"/conclusion", conclude(held.AddDays(5), protection.S47NotSubstantiated, "yes")), "icpc", "continuing risk")
		wantFieldError(t, pat.post(base+"/conclusion", conclude(held, protection.S47SubstantiatedContinuingRisk, "yes")), "concluded-day", "on or after the child was seen")
		wantFieldError(t, pat.post(base+"/conclusion", conclude(today.AddDays(2), protection.S47SubstantiatedContinuingRisk, "yes")), "concluded-day", "today or in the past")

		boss := a.signedIn(signOffManager)
		wantFieldError(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", today)), "concluded", "has not concluded")
		concluded := held.AddDays(5)
		wantRedirect(t, pat.post(base+"/conclusion", conclude(concluded, protection.S47SubstantiatedContinuingRisk, "yes")), base)
		wantStatus(t, pat.get(base+"/authorise"), http.StatusForbidden)
		wantFieldError(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", concluded.AddDays(-1))), "authorised-day", "on or after the enquiry concluded")
		wantRedirect(t, boss.post(base+"/authorise", dated(url.Values{}, "authorised", concluded.AddDays(1))), base)
		wantStatus(t, pat.post(base+"/conclusion", conclude(concluded, protection.S47SubstantiatedNoContinuingRisk, "no")), http.StatusConflict)

		rec, err := a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		es := store.Rows[protection.S47Enquiry](rec)
		if len(es) != 1 {
			t.Fatalf("%d enquiries", len(es))
		}
		e := es[0]
		if want := hearth.NewDate(2026, 3, 13); e.ICPCTargetDate != want {
			t.Errorf("the conference is due %s, want %s (15 working days after %s)", e.ICPCTargetDate, want, held)
		}
		if e.StrategyDiscussionID != lastID(t, sd) || e.AuthorisedBy != w.managerWorker || e.EndDate != concluded || *e.ICPCRequired != true {
			t.Errorf("the enquiry saved is %+v", e)
		}
		if err := e.Validate(); err != nil {
			t.Errorf("the saved enquiry does not validate: %v", err)
		}
		if n := len(store.Rows[protection.S47HouseholdMember](rec)); n != 2 {
			t.Errorf("%d household rows, want 2", n)
		}
		if p := pat.get(base); !strings.Contains(p.Body, "Record the initial child protection conference") || !strings.Contains(p.Body, "13 March 2026") {
			t.Error("the enquiry's page does not offer the initial conference or say when it is due")
		}

		bea, qa := a.signedIn(practitionerB), a.signedIn(qualityUser)
		for _, path := range []string{"/strategy-discussions/new", "/s47-enquiries/new"} {
			wantStatus(t, bea.get(w.samPath(path)), http.StatusForbidden)
			wantStatus(t, qa.get(w.samPath(path)), http.StatusForbidden)
		}
		wantStatus(t, qa.get(sd), http.StatusOK)
		wantStatus(t, qa.get(base), http.StatusOK)
		wantStatus(t, bea.get(base), http.StatusForbidden)
	})
}

// TestS47ConferenceTargetFollowsTheDuty checks that the initial conference's target date comes from the
// duty as the organisation has set it: 10 working days here, stricter than the national 15.
func TestS47ConferenceTargetFollowsTheDuty(t *testing.T) {
	a := newApp(t)
	w := newProtectionWorld(t, a)
	ctx := context.Background()
	if _, err := a.db.SetDuty(ctx, hearth.System, store.DutySetting{Duty: "icpc", Amount: 10, Unit: "working_days", Reason: "Local protocol"}); err != nil {
		t.Fatal(err)
	}
	held := hearth.NewDate(2026, 2, 20) // a Friday; 10 working days on is Friday 6 March
	sd := &protection.StrategyDiscussion{PersonID: w.sam, CINEpisodeID: w.episode, HeldAt: held.Time().Add(10 * time.Hour),
		Agencies: hearth.Codes{"police", "health"}, Decision: protection.StrategyS47}
	if err := a.db.Insert(ctx, hearth.System, sd); err != nil {
		t.Fatal(err)
	}
	yes := true
	e := &protection.S47Enquiry{PersonID: w.sam, CINEpisodeID: w.episode, StrategyDiscussionID: sd.ID, StartDate: held,
		ChildSeen: &yes, SeenAlone: &yes, SeenDate: held, GPInformationObtained: &yes}
	if err := a.db.Insert(ctx, hearth.System, e); err != nil {
		t.Fatal(err)
	}
	for _, m := range []hearth.ID{w.mother, w.partner} {
		if err := a.db.Insert(ctx, hearth.System, &protection.S47HouseholdMember{PersonID: w.sam, S47EnquiryID: e.ID, MemberID: m, Considered: true}); err != nil {
			t.Fatal(err)
		}
	}
	pat := a.signedIn(practitionerA)
	base := w.samPath("/s47-enquiries/" + itoa(e.ID))
	if page := pat.get(base + "/conclusion"); !strings.Contains(page.Body, "within 10 working days") {
		t.Error("the conclusion form does not give the organisation's timescale")
	}
	wantRedirect(t, pat.post(base+"/conclusion", dated(url.Values{"analysis": {"Risk remains"}, "conclusion": {protection.S47SubstantiatedContinuingRisk},
		"icpc": {"yes"}}, "concluded", held.AddDays(3))), base)
	if got := store.Rows[protection.S47Enquiry](loadSam(t, w))[0].ICPCTargetDate; got != hearth.NewDate(2026, 3, 6) {
		t.Errorf("the conference is due %s, want 6 March 2026", got)
	}
}
