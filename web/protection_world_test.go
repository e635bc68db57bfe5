package web_test

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// protectionWorld is the record pages' world (newRecordWorld) with a child referred a month before the
// test clock's date (2 March 2026), a household to consider, and a team manager of team A who has a
// worker record and so can sign off. The referral is made through the store: the referral form is the
// front door's.
type protectionWorld struct {
	*recordWorld
	a *app
	// sam is allocated to worker A, with an open referral of 2 February 2026; mother and partner live
	// with him, father does not.
	sam, episode            hearth.ID
	mother, partner, father hearth.ID
	managerWorker           hearth.ID
}

// The sign-off manager's account (team A, with a worker record).
const signOffManager = "sian@example.org"

// referralDate is Sam's referral.
var referralDate = hearth.NewDate(2026, 2, 2)

func newProtectionWorld(t *testing.T, a *app) *protectionWorld {
	t.Helper()
	ctx := context.Background()
	sys := hearth.System
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &protectionWorld{recordWorld: newRecordWorld(t, a), a: a}
	mgr := &hearth.Worker{StaffID: "100009", Name: "Sian Marsh", TeamID: w.teamA, Employment: "permanent", FTE: 1,
		JobTitle: "team_manager", SWERegistration: "SW100009"}
	must(a.db.Insert(ctx, sys, mgr))
	w.managerWorker = mgr.ID
	a.addUser(signOffManager, hearth.RoleTeamManager, func(u *hearth.User) { u.Name, u.TeamID, u.WorkerID = "Sian Marsh", w.teamA, mgr.ID })

	person := func(fore, sur string, child bool, born hearth.Date) hearth.ID {
		p := &hearth.Person{Forename: fore, Surname: sur, IsChild: child, BirthDate: born}
		must(a.db.Insert(ctx, sys, p))
		return p.ID
	}
	w.sam = person("Sam", "Taylor", true, hearth.NewDate(2018, 6, 14))
	w.mother = person("Kerry", "Taylor", false, hearth.NewDate(1990, 2, 1))
	w.partner = person("Dean", "Walsh", false, hearth.NewDate(1988, 9, 9))
	w.father = person("Mark", "Taylor", false, hearth.NewDate(1987, 1, 5))
	must(a.db.Insert(ctx, sys, &workforce.Allocation{PersonID: w.sam, WorkerID: w.workerA, Role: workforce.RoleSocialWorker,
		TeamID: w.teamA, StartDate: referralDate}))
	ep := &frontdoor.CINEpisode{PersonID: w.sam, ReferralDate: referralDate, ReferralSource: "2A", PrimaryNeed: "N1", TeamID: w.teamA}
	must(a.db.Insert(ctx, sys, ep))
	w.episode = ep.ID
	for _, row := range []any{
		&hearth.Relationship{PersonID: w.mother, RelatedPersonID: w.sam, Kind: "parent", ParentalResponsibility: true},
		&hearth.Relationship{PersonID: w.father, RelatedPersonID: w.sam, Kind: "parent", ParentalResponsibility: true},
		&hearth.HouseholdMember{PersonID: w.sam, MemberID: w.mother, StartDate: hearth.NewDate(2018, 6, 14)},
		&hearth.HouseholdMember{PersonID: w.sam, MemberID: w.partner, StartDate: hearth.NewDate(2025, 1, 1)},
	} {
		must(a.db.Insert(ctx, sys, row))
	}
	return w
}

// samPath is a path within Sam's record.
func (w *protectionWorld) samPath(rest string) string { return childPath(w.sam, rest) }

// dated puts a date into the three boxes of a GOV.UK date input.
func dated(v url.Values, name string, d hearth.Date) url.Values {
	v.Set(name+"-day", strconv.Itoa(d.Day()))
	v.Set(name+"-month", strconv.Itoa(int(d.Month())))
	v.Set(name+"-year", strconv.Itoa(d.Year()))
	return v
}

// today is the test clock's date.
var today = hearth.NewDate(2026, 3, 2)

// wantFieldError checks that a form was refused with 422 and an error about field: in the error summary,
// linking to the field, and at the field itself, with the message containing fragment.
func wantFieldError(t *testing.T, res response, field, fragment string) {
	t.Helper()
	if res.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422 with an error at %s:\n%.2000s", res.StatusCode, field, res.Body)
	}
	body := html.UnescapeString(res.Body)
	link := regexp.MustCompile(`<a href="#` + regexp.QuoteMeta(field) + `">([^<]*)</a>`).FindStringSubmatch(body)
	if link == nil {
		t.Fatalf("the error summary has no link to #%s:\n%s", field, errorSummaryOf(body))
	}
	if !strings.Contains(link[1], fragment) {
		t.Fatalf("the error at #%s is %q, want it to say %q", field, link[1], fragment)
	}
	if !strings.Contains(body, `id="`+field+`"`) {
		t.Fatalf("there is no element with id %s for the error summary to link to", field)
	}
	if strings.Count(body, link[1]) < 2 {
		t.Fatalf("the message %q is in the error summary but not at the field", link[1])
	}
}

// errorSummaryOf returns the error summary of a page, for test failures.
func errorSummaryOf(body string) string {
	i := strings.Index(body, "govuk-error-summary")
	if i < 0 {
		return "(no error summary)"
	}
	return body[i:min(len(body), i+1500)]
}

// wantRedirect checks a form was saved: 303 to a path starting with prefix. It returns the location.
func wantRedirect(t *testing.T, res response, prefix string) string {
	t.Helper()
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, prefix) {
		t.Fatalf("status %d to %q, want 303 to %s…:\n%s", res.StatusCode, loc, prefix, errorSummaryOf(html.UnescapeString(res.Body)))
	}
	return loc
}

// lastID returns the id at the end of a path.
func lastID(t *testing.T, path string) hearth.ID {
	t.Helper()
	n, err := strconv.ParseInt(path[strings.LastIndex(path, "/")+1:], 10, 64)
	if err != nil {
		t.Fatalf("%s does not end with an id", path)
	}
	return n
}

// wantStatus checks the status of an answer.
func wantStatus(t *testing.T, res response, status int) {
	t.Helper()
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d:\n%.1500s", res.StatusCode, status, res.Body)
	}
}

// protectionParams records, through the store, one of each protection record for Jayden (the route
// matrix's child, whose referral is of 20 May 2025) and returns the path parameters of the protection
// routes, for TestRouteByRoleMatrix's pathFor. The assessment is completed and the enquiry concluded, so
// that the sign-off pages open as they would for a manager.
func protectionParams(t *testing.T, a *app, w *recordWorld) map[string]string {
	t.Helper()
	ctx := context.Background()
	rec, err := a.db.LoadChild(ctx, hearth.System, w.jayden, "test")
	if err != nil {
		t.Fatal(err)
	}
	episode := store.Rows[frontdoor.CINEpisode](rec)[0].ID
	yes := true
	d := hearth.NewDate
	insert := func(rows ...any) {
		for _, row := range rows {
			if err := a.db.Insert(ctx, hearth.System, row); err != nil {
				t.Fatal(err)
			}
		}
	}
	as := &protection.Assessment{PersonID: w.jayden, CINEpisodeID: episode, StartDate: d(2025, 5, 21), CompletedDate: d(2025, 6, 20),
		ChildSeen: &yes, SeenAlone: &yes, SeenDate: d(2025, 5, 22), GPInformationObtained: &yes, Factors: hearth.Codes{"3A"},
		Analysis: "Risk from domestic abuse", Outcome: protection.OutcomeStrategyDiscussion, WorkerID: w.workerA}
	sd := &protection.StrategyDiscussion{PersonID: w.jayden, CINEpisodeID: episode, HeldAt: time.Date(2025, 6, 23, 10, 0, 0, 0, time.UTC),
		Agencies: hearth.Codes{"police", "health"}, Decision: protection.StrategyS47, Actions: "Visit"}
	insert(as, sd)
	e := &protection.S47Enquiry{PersonID: w.jayden, CINEpisodeID: episode, StrategyDiscussionID: sd.ID, StartDate: d(2025, 6, 23), EndDate: d(2025, 6, 30),
		ChildSeen: &yes, SeenAlone: &yes, SeenDate: d(2025, 6, 24), GPInformationObtained: &yes, Conclusion: protection.S47SubstantiatedContinuingRisk,
		ICPCRequired: &yes, ICPCTargetDate: d(2025, 7, 14)}
	cp := &protection.CPPlan{PersonID: w.jayden, CINEpisodeID: episode, StartDate: d(2025, 7, 10), InitialCategory: "NEG", LatestCategory: "NEG"}
	insert(e, cp)
	conf := &protection.Conference{PersonID: w.jayden, CINEpisodeID: episode, Kind: protection.ConferenceInitial, S47EnquiryID: e.ID, CPPlanID: cp.ID,
		ConferenceDate: d(2025, 7, 10), Outcome: protection.ConferencePlanMade, Categories: hearth.Codes{"NEG"}}
	plan := &protection.Plan{PersonID: w.jayden, Kind: protection.PlanCP, CPPlanID: cp.ID, AgreedDate: d(2025, 7, 10),
		Summary: "Neglect of Jayden's health", Contingency: "Legal planning meeting"}
	cin := &protection.CINPlan{PersonID: w.jayden, CINEpisodeID: episode, StartDate: d(2025, 6, 1)}
	group := &protection.CoreGroup{PersonID: w.jayden, CPPlanID: cp.ID, MeetingDate: d(2025, 7, 20), Attendees: hearth.Codes{"social_worker"}}
	visit := &protection.Visit{PersonID: w.jayden, Kind: protection.VisitCP, CPPlanID: cp.ID, CINEpisodeID: episode, VisitDate: d(2025, 7, 15),
		WorkerID: w.workerA, ChildSeen: &yes}
	insert(conf, plan, cin, group, visit)
	action := &protection.PlanAction{PersonID: w.jayden, PlanID: plan.ID, Action: "Register with a dentist", Who: "Mum", DueDate: d(2025, 8, 1),
		SuccessMeasure: "Seen by a dentist", Status: protection.ActionOpen}
	insert(action)
	return map[string]string{"{assessment}": itoa(as.ID), "{discussion}": itoa(sd.ID), "{enquiry}": itoa(e.ID), "{conference}": itoa(conf.ID),
		"{plan}": itoa(plan.ID), "{action}": itoa(action.ID), "{cinplan}": itoa(cin.ID), "{group}": itoa(group.ID), "{visit}": itoa(visit.ID)}
}
