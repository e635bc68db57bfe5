package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
	"hearth/frontdoor"
	"hearth/workforce"
)

// referredChild makes, in the browser tests' synthetic authority, a child allocated to the demo
// practitioner with an open referral of three weeks ago and a mother at home. The referral is made
// through the store: its form is the front door's.
func referredChild(t *testing.T, e *browserEnv) hearth.ID {
	t.Helper()
	ctx := context.Background()
	p := e.accounts[hearth.RolePractitioner]
	today := hearth.DateOf(time.Now())
	child := &hearth.Person{Forename: "Riley", Surname: "Pathway", IsChild: true, BirthDate: hearth.NewDate(2016, 4, 3)}
	mother := &hearth.Person{Forename: "Jo", Surname: "Pathway", BirthDate: hearth.NewDate(1989, 8, 1)}
	for _, row := range []any{child, mother} {
		if err := e.db.Insert(ctx, hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	for _, row := range []any{
		&workforce.Allocation{PersonID: child.ID, WorkerID: p.WorkerID, TeamID: p.TeamID, Role: workforce.RoleSocialWorker, StartDate: today.AddDays(-21)},
		&frontdoor.CINEpisode{PersonID: child.ID, ReferralDate: today.AddDays(-21), ReferralSource: "2A", PrimaryNeed: "N1", TeamID: p.TeamID},
		&hearth.Relationship{PersonID: mother.ID, RelatedPersonID: child.ID, Kind: "parent", ParentalResponsibility: true},
		&hearth.HouseholdMember{PersonID: child.ID, MemberID: mother.ID, StartDate: hearth.NewDate(2016, 4, 3)},
	} {
		if err := e.db.Insert(ctx, hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	return child.ID
}

// clickLabel clicks the label of an input (GOV.UK radios and checkboxes are styled through their
// labels).
func (tb *tab) clickLabel(id string) {
	tb.t.Helper()
	tb.do("choosing "+id, chromedp.Click(chromedp.CSS(`label[for="`+id+`"]`), chromedp.NodeVisible))
}

// typeIn replaces what a text box holds.
func (tb *tab) typeIn(id, text string) {
	tb.t.Helper()
	eval[bool](tb, `(document.getElementById("`+id+`").value = "") === ""`)
	tb.do("typing in "+id, chromedp.SendKeys(chromedp.ID(id), text, chromedp.NodeVisible))
}

// follow clicks the link with the text and waits for the next page, checking it with axe-core.
func (tb *tab) follow(text string) {
	tb.t.Helper()
	tb.do("following "+text, chromedp.Click(chromedp.Search(`//main//a[normalize-space(.)="`+text+`"]`), chromedp.NodeVisible),
		chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS("body")))
	tb.checkAccessibility()
}

// save submits the form of the main content and waits for the next page, checking it with axe-core.
func (tb *tab) save(what string) {
	tb.t.Helper()
	tb.submit(what, "main form[method=post]")
}

// typeDate types a date into the three boxes of a GOV.UK date input.
func (tb *tab) typeDate(name string, d hearth.Date) {
	tb.t.Helper()
	tb.typeIn(name+"-day", itoa(int64(d.Day())))
	tb.typeIn(name+"-month", itoa(int64(d.Month())))
	tb.typeIn(name+"-year", itoa(int64(d.Year())))
}

// wantText checks the first element matching sel contains text.
func (tb *tab) wantText(sel, text string) {
	tb.t.Helper()
	if got := tb.text(sel); !strings.Contains(got, text) {
		tb.t.Fatalf("%s at %s says %q, want %q", sel, tb.path(), got, text)
	}
}

// TestBrowserProtectionPathway takes a referred child through an assessment (authorised by the team
// manager), a strategy discussion, a section 47 enquiry, an initial conference that makes a plan, an
// action with its contingency, a core group and a visit, in Chromium, with axe-core on every page.
func TestBrowserProtectionPathway(t *testing.T) {
	tb := newTabWithin(t, 5*time.Minute)
	child := referredChild(t, tb.env)
	tb.signInAs(hearth.RolePractitioner)
	record := childPath(child, "")

	tb.visit(record)
	tb.follow("Start an assessment")
	tb.save("starting the assessment")
	tb.wantText("h1", "Assessment started")
	assessment := tb.path()

	tb.follow("Seeing the child")
	tb.clickLabel("seen")
	tb.typeIn("seen-date-day", "1")
	tb.typeIn("seen-date-month", "1")
	tb.typeIn("seen-date-year", "2099")
	tb.clickLabel("alone")
	tb.typeIn("views", "I miss my dad.")
	tb.save("saying the child was seen in the future")
	tb.wantText(".govuk-error-summary", "must be today or in the past")
	if v := get(tb, "reading the child's words", chromedp.Value(chromedp.ID("views"))); v != "I miss my dad." {
		t.Fatalf("the child's words typed were lost: %q", v)
	}
	today := hearth.DateOf(time.Now())
	tb.typeDate("seen-date", today)
	tb.save("saying the child was seen")
	tb.wantText("main", "Seeing the child is recorded")

	tb.follow("Household members")
	tb.do("saying the mother was considered", chromedp.Click(chromedp.CSS(`input[name^="considered-"][value="yes"] + label`), chromedp.NodeVisible))
	tb.save("recording the household")
	tb.follow("The GP's information")
	tb.clickLabel("obtained")
	tb.save("recording the GP's information")
	tb.follow("Findings: factors, analysis and outcome")
	tb.clickLabel("factors-3a")
	tb.typeIn("analysis", "Domestic abuse at home; mum is protective.")
	tb.clickLabel("outcome-strategy-discussion")
	tb.save("recording the findings")
	tb.follow("Complete and send for authorisation")
	tb.save("completing the assessment")
	tb.wantText("main", "Completed: awaiting authorisation")

	manager := newTabBeside(tb)
	manager.signInAs(hearth.RoleTeamManager)
	manager.visit(assessment)
	manager.follow("Manager's authorisation")
	manager.save("authorising")
	manager.wantText("main", "Authorised")

	tb.visit(assessment)
	tb.follow("Record the strategy discussion")
	tb.typeIn("held-time", "00:00")
	tb.clickLabel("agencies")
	tb.clickLabel("agencies-health")
	tb.typeIn("information", "Police know of two call-outs this month.")
	tb.clickLabel("decision")
	tb.typeIn("actions", "Section 47 enquiry today; police to check the father's record.")
	tb.save("recording the strategy discussion")
	tb.wantText("h1", "Strategy discussion of")

	tb.follow("Start the section 47 enquiry")
	tb.save("starting the enquiry")
	tb.wantText("h1", "Section 47 enquiry started")
	tb.follow("Seeing the child")
	tb.clickLabel("seen")
	tb.typeDate("seen-date", today)
	tb.clickLabel("alone")
	tb.typeIn("views", "Dad shouts when he drinks.")
	tb.save("saying the child was seen")
	tb.follow("Household members")
	tb.do("saying the mother was considered", chromedp.Click(chromedp.CSS(`input[name^="considered-"][value="yes"] + label`), chromedp.NodeVisible))
	tb.save("recording the household")
	tb.follow("The GP's information")
	tb.clickLabel("obtained")
	tb.save("recording the GP's information")
	tb.follow("Conclusion and the decision on a conference")
	tb.typeIn("analysis", "Continuing risk from the father's drinking and violence.")
	tb.clickLabel("conclusion-substantiated-continuing-risk")
	tb.clickLabel("icpc")
	tb.save("concluding the enquiry")
	tb.wantText("main", "Concluded: awaiting sign-off")

	tb.follow("Record the initial child protection conference")
	tb.clickLabel("outcome")
	tb.clickLabel("categories-emo")
	tb.typeIn("summary", "Riley hears violence at home.")
	tb.typeIn("contingency", "If there is another incident we will hold a legal planning meeting.")
	tb.typeIn("child-words", "I want it to be quiet at home.")
	tb.clickLabel("participation-pn1")
	tb.save("recording the conference")
	tb.wantText("h1", "Child protection plan since")
	tb.wantText("main", "This plan has no actions")

	tb.follow("Add an action")
	tb.typeIn("action", "Dad to attend the drug and alcohol service")
	tb.typeIn("who", "Dad")
	tb.typeDate("due", today.AddDays(28))
	tb.typeIn("measure", "Attends every weekly session and tests negative")
	tb.save("adding an action")
	main := tb.text("main")
	if strings.Contains(main, "This plan has no actions") || !strings.Contains(main, "tests negative") || !strings.Contains(main, "legal planning meeting") {
		t.Fatalf("the plan page does not show the action and the contingency without a warning:\n%s", main)
	}
	plan := tb.path()

	tb.follow("Record a core group meeting")
	tb.clickLabel("attendees-parent-carer")
	tb.typeIn("notes", "Dad has had his first appointment.")
	tb.save("recording the core group")
	tb.wantText("h1", "Core group meeting of")

	tb.visit(plan)
	tb.follow("Record a visit")
	tb.clickLabel("location")
	tb.clickLabel("seen")
	tb.clickLabel("alone")
	tb.typeIn("views", "It has been quieter.")
	tb.typeIn("observations", "Calm; Riley showed me his room.")
	tb.save("recording the visit")
	tb.wantText("main", "Seen alone")

	tb.visit(record)
	for _, want := range []string{"Child and family assessment", "Strategy discussion", "Section 47 enquiry", "Initial child protection conference",
		"Child protection plan", "Core group meeting", "Child protection statutory visit"} {
		if !strings.Contains(tb.text("#help-and-protection ~ table"), want) {
			t.Errorf("the child's page does not list %q", want)
		}
	}
}

// newTabBeside opens a second tab, with its own cookies, in the same test.
func newTabBeside(tb *tab) *tab {
	tb.t.Helper()
	return newTab(tb.t)
}

// newTabWithin is newTab for a test that walks many pages: its tab may take up to timeout, where newTab's
// takes a minute, because the busy test machine takes a second or more per page with axe-core.
func newTabWithin(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	e := browserTest(t)
	ctx, cancel := chromedp.NewContext(e.browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(cancelTimeout)
	return &tab{t: t, env: e, ctx: ctx}
}
