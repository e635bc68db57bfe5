package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/leaving"
	"hearth/measure"
	"hearth/returns/ssda903"
	"hearth/store/storetest"
	"hearth/workforce"
)

// The reviewing officer's account in the journey.
const reviewingOfficerUser = "rae@example.org"

// journeyWorld is the leaving care world (newLeavingWorld) with an independent reviewing officer and
// Kai, born 2 May 2010: 15 years and 10 months old on the fake clock's first day, Monday 2 March 2026,
// allocated to Priya Shah of team A and known at home in SL1, with the reviewing officer allocated.
type journeyWorld struct {
	*leavingWorld
	kai hearth.ID
}

func newJourneyWorld(t *testing.T, a *app) *journeyWorld {
	t.Helper()
	ctx, sys := context.Background(), hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &journeyWorld{leavingWorld: newLeavingWorld(t, a)}
	careDistricts(t, a)
	iros := &hearth.Team{Name: "Independent Reviewing", Service: "reviewing"}
	must(a.db.Insert(ctx, sys, iros))
	iro := &hearth.Worker{StaffID: "300001", Name: "Rae Morgan", TeamID: iros.ID, Employment: "permanent", FTE: 1, JobTitle: "reviewing_officer"}
	must(a.db.Insert(ctx, sys, iro))
	a.addUser(analystUser, hearth.RoleAnalyst)
	a.addUser(reviewingOfficerUser, hearth.RoleReviewingOfficer, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Rae Morgan", iros.ID, iro.ID })

	id, err := hearth.ParseLAChildID("K500")
	must(err)
	kai := &hearth.Person{Forename: "Kai", Surname: "Turner", IsChild: true, BirthDate: hearth.NewDate(2010, 5, 2), LAChildID: id,
		Sex: "1", Gender: "1", Ethnicity: "WBRI"}
	must(a.db.Insert(ctx, sys, kai))
	w.kai = kai.ID
	home, _ := hearth.ParsePostcode("SL1 1AA")
	must(a.db.Insert(ctx, sys, &hearth.Address{PersonID: kai.ID, Kind: "home", Postcode: home, StartDate: hearth.NewDate(2010, 5, 2)}))
	must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: kai.ID, WorkerID: w.workerA, Role: workforce.RoleSocialWorker,
		TeamID: w.teamA, StartDate: hearth.NewDate(2025, 11, 1)}))
	// Not through a form: the allocation form (/teams/{id}/allocate) offers only the workers of the team
	// that holds the child, so a reviewing officer of another team cannot be allocated there.
	must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: kai.ID, WorkerID: iro.ID, Role: workforce.RoleReviewingOfficer,
		TeamID: iros.ID, StartDate: hearth.NewDate(2026, 3, 2)}))
	return w
}

// measureCount returns how many times the child is counted in the numerator and in the denominator of
// the measure over the 12 months to the day, read from the store as the Performance pages read it
// (measures_snapshot.go), with the default duty timescales.
func measureCount(t *testing.T, a *app, id string, to hearth.Date, child hearth.ID) (num, den int) {
	t.Helper()
	data, err := a.db.LoadMeasures(context.Background(), duty.Defaults().MeasureTimescales(calendar.England()))
	if err != nil {
		t.Fatal(err)
	}
	m, ok := measure.Lookup(id)
	if !ok {
		t.Fatalf("no measure %s", id)
	}
	r := data.Compute(m, measure.PeriodEnding(to, measure.TwelveMonths), measure.Options{IDs: true})
	count := func(ids []hearth.ID) int {
		n := 0
		for _, x := range ids {
			if x == child {
				n++
			}
		}
		return n
	}
	return count(r.NumeratorIDs), count(r.DenominatorIDs)
}

// TestLookedAfterJourney follows Kai through care and out of it on both engines, through the forms only
// (as his social worker, his reviewing officer and his personal adviser), with the clock moved on between
// steps: he comes into care at 15 years 10 months, is visited, has his health assessment and education
// plan, moves placement, is reviewed, goes missing and has his return interview, turns 16 and becomes an
// eligible child with a needs assessment and a pathway plan, leaves care as a relevant child and is kept
// in touch with. After each step his record's "What is due" shows the duty the step answered done on time
// and the next one due; the measures count him as each step is recorded; and the SSDA903 return of each
// year carries what was recorded.
func TestLookedAfterJourney(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newJourneyWorld(t, a)
		ctx := context.Background()
		kai := childPath(w.kai, "")
		sw, iro, pa := a.signedIn(practitionerA), a.signedIn(reviewingOfficerUser), a.signedIn(adviserUser)
		// advanceTo moves the clock to 09:00 UTC on the day, and signs each in again.
		advanceTo := func(d hearth.Date) {
			t.Helper()
			now := a.clock.Now()
			at := time.Date(d.Year(), d.Month(), d.Day(), 9, 0, 0, 0, time.UTC)
			if at.Before(now) {
				t.Fatalf("the clock cannot go back from %s to %s", now, at)
			}
			a.clock.Advance(at.Sub(now))
			// A session ends at its idle timeout and absolute limit: each signs in again, as they would.
			sw.signIn(practitionerA)
			iro.signIn(reviewingOfficerUser)
			pa.signIn(adviserUser)
		}
		// duties returns the rows of what is due and what was done, as the social worker sees them.
		duties := func() (open, recent string) {
			t.Helper()
			open, recent = childDuties(t, sw, kai)
			open = strings.Join(rowsOf(open, "hearth-child-duties"), "\n")
			if strings.Contains(open, "Overdue") {
				t.Errorf("on %s a duty is overdue:\n%s", a.clock.Now().Format(time.DateOnly), open)
			}
			return open, recent
		}
		wantDue := func(open string, wants ...string) {
			t.Helper()
			for _, want := range wants {
				if !strings.Contains(open, want) {
					t.Errorf("what is due does not list %q; it lists:\n%s", want, open)
				}
			}
		}
		notDue := func(open string, title string) {
			t.Helper()
			if strings.Contains(open, title) {
				t.Errorf("%q is still due after it was done:\n%s", title, open)
			}
		}
		// wantDone checks that each duty is listed among those done in the last three months, done on time:
		// a row of the title then its due date, and the state.
		wantDone := func(recent string, titles ...string) {
			t.Helper()
			tags, spaces := regexp.MustCompile(`<[^>]+>`), regexp.MustCompile(`\s+`)
			var rows []string
			for _, tr := range strings.Split(recent, "<tr")[1:] {
				rows = append(rows, strings.TrimSpace(spaces.ReplaceAllString(tags.ReplaceAllString("<tr"+tr, " "), " ")))
			}
			for _, title := range titles {
				done := regexp.MustCompile(`^` + regexp.QuoteMeta(title) + ` \d.* Done on time$`)
				if !slices.ContainsFunc(rows, done.MatchString) {
					t.Errorf("%q is not listed as done on time; the rows are:\n%s", title, strings.Join(rows, "\n"))
				}
			}
		}
		wantMeasure := func(id string, to hearth.Date, num, den int) {
			t.Helper()
			if n, d := measureCount(t, a, id, to, w.kai); n != num || d != den {
				t.Errorf("%s to %s counts Kai %d of %d times, want %d of %d", id, to, n, d, num, den)
			}
		}

		// Before care: no duty of care, and no measure counts him.
		open, _ := duties()
		notDue(open, "First looked-after review")
		wantMeasure("cla-rate", today, 0, 0)

		// 1. Monday 2 March 2026: he comes into care with foster carers in Reading.
		wantRedirect(t, sw.post(kai+"/care/start", dated(startCare(), "start", today)), kai+"/care/episodes/")
		open, _ = duties()
		wantDue(open,
			"First looked-after review From: Placement or period of care started on 2 March 2026 30 March 2026",
			"Initial health assessment From: Placement or period of care started on 2 March 2026 30 March 2026",
			"Personal education plan From: Placement or period of care started on 2 March 2026 30 March 2026",
			"Statutory visit after a new placement From: Placement or period of care started on 2 March 2026 9 March 2026")
		wantMeasure("cla-rate", today, 1, 0)
		wantMeasure("cla-placed-over-20-miles", today, 1, 1)

		// 2. Thursday 5 March: his social worker visits him at his carers'.
		advanceTo(hearth.NewDate(2026, 3, 5))
		visit := func(on hearth.Date) url.Values {
			return dated(url.Values{"kind": {"cla"}, "location": {"placement"}, "seen": {"yes"}, "alone": {"yes"}, "bedroom": {"yes"},
				"views": {"It is quiet here. I want to stay at my school."}, "observations": {"Kai has his own room and is settling."}}, "visited", on)
		}
		wantRedirect(t, sw.post(kai+"/visits/new", visit(hearth.NewDate(2026, 3, 5))), kai+"/visits/")
		open, recent := duties()
		notDue(open, "Statutory visit after a new placement")
		wantDone(recent, "Statutory visit after a new placement")
		wantDue(open, "Statutory visit to a looked-after child From: Visit on 5 March 2026 16 April 2026")

		// 3. Monday 9 March: his initial health assessment and his first personal education plan.
		advanceTo(hearth.NewDate(2026, 3, 9))
		wantRedirect(t, sw.post(kai+"/care/health/new", dated(url.Values{"kind": {"initial"}, "outcome": {"completed"},
			"by-whom": {"Dr Amara Lane, community paediatrician"}}, "checked", hearth.NewDate(2026, 3, 9))), kai)
		wantRedirect(t, sw.post(kai+"/care/peps/new", dated(pepForm(), "held", hearth.NewDate(2026, 3, 9))), kai)
		open, recent = duties()
		notDue(open, "Initial health assessment")
		notDue(open, "Personal education plan From")
		wantDone(recent, "Initial health assessment", "Personal education plan")
		wantDue(open, "Review health assessment", "Personal education plan review")

		// 4. Monday 16 March: he moves to a children's home in the area, and is visited there two days later.
		advanceTo(hearth.NewDate(2026, 3, 16))
		wantRedirect(t, sw.post(kai+"/care/change", dated(moveToHome(1), "start", hearth.NewDate(2026, 3, 16))), kai+"/care/episodes/")
		open, _ = duties()
		wantDue(open, "Statutory visit after a new placement From: Placement or period of care started on 16 March 2026 23 March 2026")
		advanceTo(hearth.NewDate(2026, 3, 18))
		wantRedirect(t, sw.post(kai+"/visits/new", visit(hearth.NewDate(2026, 3, 18))), kai+"/visits/")
		open, _ = duties()
		notDue(open, "Statutory visit after a new placement")
		wantDue(open, "Statutory visit to a looked-after child From: Visit on 18 March 2026")
		wantMeasure("cla-placed-over-20-miles", today.AddDays(16), 0, 1)

		// 5. Wednesday 25 March: his reviewing officer records his first review.
		advanceTo(hearth.NewDate(2026, 3, 25))
		endOfYear := hearth.NewDate(2026, 3, 31)
		wantMeasure("cla-reviews-on-time", endOfYear, 0, 1)
		wantRedirect(t, iro.post(kai+"/care/reviews/new", dated(reviewForm(), "held", hearth.NewDate(2026, 3, 25))), kai+"/care/reviews/")
		open, recent = duties()
		notDue(open, "First looked-after review")
		wantDone(recent, "First looked-after review")
		wantDue(open, "Second looked-after review From: Looked-after review on 25 March 2026 25 June 2026")
		wantMeasure("cla-reviews-on-time", endOfYear, 1, 1)
		wantMeasure("cla-initial-health-on-time", endOfYear, 1, 1)

		// 6. He goes missing on the evening of Friday 10 April and comes back the next morning; the return
		// interview is held on Sunday 12 April.
		went := time.Date(2026, 4, 10, 21, 30, 0, 0, london)
		back := time.Date(2026, 4, 11, 7, 15, 0, 0, london)
		advanceTo(hearth.NewDate(2026, 4, 11))
		episode := wantRedirect(t, sw.post(kai+"/missing/new", moment(moment(url.Values{"kind": {"M"}, "returned": {"yes"}, "police": {"MP/500/26"}},
			"started", went), "ended", back)), kai+"/missing/")
		open, _ = duties()
		wantDue(open, "Return home interview From: Return from missing on 11 April 2026 at 07:15 14 April 2026 at 07:15")
		endOfApril := hearth.NewDate(2026, 4, 30)
		wantMeasure("missing-interview-held-72h", endOfApril, 0, 1)
		advanceTo(hearth.NewDate(2026, 4, 12))
		wantRedirect(t, sw.post(episode+"/interview", moment(moment(url.Values{"version": {"1"}, "offered": {"yes"}, "accepted": {"yes"}, "held": {"yes"},
			"by": {"commissioned"}, "by-name": {"Safe Return Service"}}, "offered", back.Add(2*time.Hour)), "held", back.Add(26*time.Hour))), episode)
		open, recent = duties()
		notDue(open, "Return home interview")
		wantDone(recent, "Return home interview")
		wantMeasure("missing-interview-held-72h", endOfApril, 1, 1)
		wantMeasure("missing-interview-offered-72h", endOfApril, 1, 1)
		advanceTo(hearth.NewDate(2026, 4, 22))
		wantRedirect(t, sw.post(kai+"/visits/new", visit(hearth.NewDate(2026, 4, 22))), kai+"/visits/")
		open, _ = duties()
		wantDue(open, "Statutory visit to a looked-after child From: Visit on 22 April 2026 3 June 2026")

		// 7. He turns 16 on 2 May; on 1 June he has been looked after for 13 weeks since he was 14, and his
		// social worker records him as an eligible child. A personal adviser is allocated.
		advanceTo(hearth.NewDate(2026, 6, 2))
		wantRedirect(t, sw.post(kai+"/visits/new", visit(hearth.NewDate(2026, 6, 2))), kai+"/visits/")
		wantRedirect(t, sw.post(kai+"/leaving/category", dated(url.Values{"category": {leaving.Eligible},
			"reason": {"Looked after for 13 weeks since he was 14, and still looked after at 16"}}, "start", hearth.NewDate(2026, 6, 1))), kai)
		open, _ = duties()
		wantDue(open,
			"Leaving care needs assessment From: Leaving care eligibility on 1 June 2026 1 September 2026",
			"Pathway plan in place From: Leaving care eligibility on 1 June 2026 1 September 2026",
			"Contact with the personal adviser From: Leaving care eligibility on 1 June 2026 13 July 2026")
		endOfSeptember := hearth.NewDate(2026, 9, 30)
		wantMeasure("pathway-plans-in-place", endOfSeptember, 0, 1)
		// Not through a form: see newJourneyWorld; the adviser belongs to the leaving care team, which does
		// not hold Kai.
		if err := a.db.Insert(ctx, hearth.System, &workforce.Allocation{PersonID: w.kai, WorkerID: w.adviser, Role: workforce.RolePersonalAdviser,
			TeamID: w.team, StartDate: hearth.NewDate(2026, 6, 2)}); err != nil {
			t.Fatal(err)
		}

		// 8. His personal adviser assesses his needs (8 to 15 June) and makes his pathway plan with him.
		advanceTo(hearth.NewDate(2026, 6, 15))
		wantRedirect(t, pa.post(kai+"/leaving/needs-assessments/new", dated(url.Values{}, "start", hearth.NewDate(2026, 6, 8))), kai)
		assessments := storedRows[leaving.NeedsAssessment](t, a, w.kai)
		if len(assessments) != 1 {
			t.Fatalf("%d needs assessments, want 1", len(assessments))
		}
		wantRedirect(t, pa.post(fmt.Sprintf("%s/leaving/needs-assessments/%d/complete", kai, assessments[0].ID),
			dated(url.Values{}, "completed", hearth.NewDate(2026, 6, 15))), kai)
		planPath := wantRedirect(t, pa.post(kai+"/leaving/pathway-plans/new", dated(url.Values{"words": {"I want to do my GCSEs and then go to college."},
			"summary": {"Stay at Willow Lodge through his exams, then supported lodgings near college."}, "contingency": {"A place at the foyer."}},
			"made", hearth.NewDate(2026, 6, 15))), kai+"/leaving/pathway-plans/")
		plan := url.Values{"words": {"I am at college now and I like my lodgings."}, "summary": {"College, and learning to budget."}, "contingency": {"A place at the foyer."}}
		open, recent = duties()
		notDue(open, "Leaving care needs assessment")
		notDue(open, "Pathway plan in place")
		wantDone(recent, "Leaving care needs assessment", "Pathway plan in place")
		wantDue(open, "Pathway plan review From: Pathway plan on 15 June 2026 15 December 2026")
		wantMeasure("pathway-plans-in-place", endOfSeptember, 1, 1)

		// Wednesday 24 June: his second review.
		advanceTo(hearth.NewDate(2026, 6, 24))
		wantRedirect(t, iro.post(kai+"/care/reviews/new", dated(reviewForm(), "held", hearth.NewDate(2026, 6, 24))), kai+"/care/reviews/")
		open, recent = duties()
		notDue(open, "Second looked-after review")
		wantDone(recent, "Second looked-after review")
		wantDue(open, "Looked-after review From: Looked-after review on 24 June 2026 24 December 2026")

		// 9. Wednesday 1 July: he leaves care for supported lodgings and becomes a relevant child.
		advanceTo(hearth.NewDate(2026, 7, 1))
		wantMeasure("cla-rate", hearth.NewDate(2026, 6, 30), 1, 0)
		wantRedirect(t, sw.post(kai+"/care/end", dated(url.Values{"reason-ceased": {"E5"}, "version": {"1"}}, "end", hearth.NewDate(2026, 7, 1))), kai+"/care/episodes/")
		wantRedirect(t, pa.post(kai+"/leaving/category", dated(url.Values{"category": {leaving.Relevant},
			"reason": {"An eligible child who left care at 16"}}, "start", hearth.NewDate(2026, 7, 1))), kai)
		wantMeasure("cla-rate", hearth.NewDate(2026, 7, 1), 0, 0)
		open, _ = duties()
		notDue(open, "Looked-after review")
		notDue(open, "Statutory visit to a looked-after child")
		wantDue(open, "Contact with the personal adviser From: Leaving care eligibility on 1 June 2026 13 July 2026")
		endOfJuly := hearth.NewDate(2026, 7, 31)
		wantMeasure("care-leavers-contact-on-time", endOfJuly, 0, 1)

		// 10. Wednesday 8 July: his personal adviser sees him at his lodgings.
		advanceTo(hearth.NewDate(2026, 7, 8))
		contact := dated(url.Values{"method": {"face_to_face"}, "location": {"His lodgings"}, "summary": {"Settling in; talked about college enrolment."},
			"status": {"no"}, "contact-time": {"09:00"}}, "contact", hearth.NewDate(2026, 7, 8))
		wantRedirect(t, pa.post(kai+"/leaving/contacts/new", contact), kai)
		open, recent = duties()
		wantDone(recent, "Contact with the personal adviser")
		wantDue(open, "Contact with the personal adviser From: Contact with the personal adviser on 8 July 2026 19 August 2026")
		wantMeasure("care-leavers-contact-on-time", endOfJuly, 1, 1)
		wantMeasure("cla-visits-on-time", endOfJuly, 4, 4)

		// 11. Thursday 10 December: his personal adviser reviews the pathway plan with him.
		advanceTo(hearth.NewDate(2026, 12, 10))
		wantMeasure("pathway-plan-reviews-on-time", endOfYear.AddMonths(12), 0, 1)
		wantRedirect(t, pa.post(planPath+"/reviews/new", dated(plan, "reviewed", hearth.NewDate(2026, 12, 10))), planPath)
		_, recent = childDuties(t, sw, kai)
		wantDone(recent, "Pathway plan review")
		wantMeasure("pathway-plan-reviews-on-time", endOfYear.AddMonths(12), 1, 1)

		// 12. Tuesday 4 May 2027, two days after his 17th birthday: his adviser sees him and records his
		// situation, which the care leavers' measures and the SSDA903 OC3 read at the birthday.
		advanceTo(hearth.NewDate(2027, 5, 4))
		endOfMay := hearth.NewDate(2027, 5, 31)
		wantMeasure("care-leavers-in-touch-17-18", endOfMay, 0, 1)
		status := wantRedirect(t, pa.post(kai+"/leaving/contacts/new", with(with(dated(contact, "contact", hearth.NewDate(2027, 5, 4)), "status", "yes"),
			"summary", "Seventeen; first year of college going well.")), kai+"/leaving/status/new?contact=")
		wantRedirect(t, pa.post(kai+"/leaving/status/new", dated(url.Values{"in-touch": {"YES"}, "activity": {"F2"}, "accommodation": {"E"}, "suitable": {"yes"},
			"contact": {status[strings.LastIndex(status, "=")+1:]}}, "date", hearth.NewDate(2027, 5, 4))), kai)
		wantMeasure("care-leavers-in-touch-17-18", endOfMay, 1, 1)
		wantMeasure("care-leavers-eet-17-18", endOfMay, 1, 1)
		wantMeasure("care-leavers-suitable-17-18", endOfMay, 1, 1)
		// The Performance pages, read fresh for the first time now, list him behind the figure.
		behind := a.signedIn(analystUser).get("/performance/care-leavers-in-touch-17-18/children?as-at=2027-05-04&part=numerator")
		wantStatus(t, behind, http.StatusOK)
		wantBody(t, behind, childPath(w.kai, ""), "Kai Turner")

		// The SSDA903 returns carry what was recorded: 2025/26 the two episodes and the review, 2026/27 the
		// second episode ending with E5 and the missing episode.
		rec, err := a.db.LoadSSDA903(ctx)
		if err != nil {
			t.Fatal(err)
		}
		mine := func(child string) bool { return child == "K500" }
		y26, y27 := ssda903.Export(rec, 2026), ssda903.Export(rec, 2027)
		var eps26, eps27, reviews26, missing27 []string
		for _, e := range y26.Episodes {
			if mine(e.CHILD) {
				eps26 = append(eps26, strings.Join([]string{e.DECOM, e.RNE, e.LS, e.CIN, e.PLACE, e.PLACE_PROVIDER, e.DEC, e.REC, e.REASON_PLACE_CHANGE, e.URN}, ","))
			}
		}
		for _, e := range y27.Episodes {
			if mine(e.CHILD) {
				eps27 = append(eps27, strings.Join([]string{e.DECOM, e.RNE, e.PLACE, e.DEC, e.REC}, ","))
			}
		}
		for _, r := range y26.Reviews {
			if mine(r.CHILD) {
				reviews26 = append(reviews26, r.REVIEW+","+r.REVIEW_CODE)
			}
		}
		for _, m := range y27.Missing {
			if mine(m.CHILD) {
				missing27 = append(missing27, strings.Join([]string{m.MISSING, m.MIS_START, m.MIS_END}, ","))
			}
		}
		check := func(what string, got, want []string) {
			t.Helper()
			if !slices.Equal(got, want) {
				t.Errorf("the %s rows are\n%s\nwant\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
		check("2025/26 episode", eps26, []string{"02/03/2026,S,C1,N1,U6,PR1,16/03/2026,X1,CREQB,SC900101", "16/03/2026,P,C1,N1,K2,PR4,,,,SC900411"})
		check("2025/26 review", reviews26, []string{"25/03/2026,PN1"})
		check("2026/27 episode", eps27, []string{"16/03/2026,P,K2,01/07/2026,E5"})
		check("2026/27 missing", missing27, []string{"M,10/04/2026,11/04/2026"})
		var reviews27, oc3 []string
		for _, r := range y27.Reviews {
			if mine(r.CHILD) {
				reviews27 = append(reviews27, r.REVIEW+","+r.REVIEW_CODE)
			}
		}
		for _, r := range ssda903.Export(rec, 2028).OC3 {
			if mine(r.CHILD) {
				oc3 = append(oc3, strings.Join([]string{r.DOB, r.IN_TOUCH, r.ACTIV, r.ACCOM}, ","))
			}
		}
		check("2026/27 review", reviews27, []string{"24/06/2026,PN1"})
		check("2027/28 OC3", oc3, []string{"02/05/2010,YES,F2,E1"})
	})
}
