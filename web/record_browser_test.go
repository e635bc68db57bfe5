package web_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
	"hearth/access"
	"hearth/store"
	"hearth/workforce"
)

// recordBrowserChildren are the children the browser tests of the record pages use, found or made once.
type recordBrowserChildren struct {
	open       store.ChildListItem // an unrestricted child the demo practitioner holds
	restricted hearth.ID           // a sealed child allocated to the demo practitioner, no one named
}

// findRecordChildren finds, in the browser tests' synthetic authority, an unrestricted child the demo
// practitioner holds (whom the demo manager of the same team holds too), and seals a new child
// allocated to the practitioner, for the break-glass and naming pages.
func findRecordChildren(t *testing.T, e *browserEnv) recordBrowserChildren {
	t.Helper()
	ctx := context.Background()
	p := e.accounts[hearth.RolePractitioner]
	today := hearth.DateOf(time.Now())
	list, err := e.db.VisibleChildren(ctx, hearth.System, access.SubjectOf(p), today, store.Page{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	var c recordBrowserChildren
	for _, ch := range list.Children {
		if !ch.Restricted && ch.Surname != "" {
			c.open = ch
			break
		}
	}
	if c.open.PersonID == 0 {
		t.Fatal("the demo practitioner holds no unrestricted child")
	}
	person := &hearth.Person{Forename: "Sealed", Surname: "Browser", IsChild: true, BirthDate: hearth.NewDate(2014, 7, 9), Restricted: true}
	if err := e.db.Insert(ctx, hearth.System, person); err != nil {
		t.Fatal(err)
	}
	if err := e.db.Insert(ctx, hearth.System, &workforce.Allocation{PersonID: person.ID, WorkerID: p.WorkerID, TeamID: p.TeamID,
		Role: workforce.RoleSocialWorker, StartDate: today.AddDays(-30)}); err != nil {
		t.Fatal(err)
	}
	c.restricted = person.ID
	return c
}

var (
	recordChildrenOnce sync.Once
	recordChildrenVal  recordBrowserChildren
)

func recordChildrenFor(t *testing.T, e *browserEnv) recordBrowserChildren {
	t.Helper()
	recordChildrenOnce.Do(func() { recordChildrenVal = findRecordChildren(t, e) })
	if recordChildrenVal.open.PersonID == 0 {
		t.Fatal("no children for the record pages")
	}
	return recordChildrenVal
}

// submit clicks the submit button of the form matching sel and waits for the next page's body.
func (tb *tab) submit(what, sel string) {
	tb.t.Helper()
	tb.do(what, chromedp.Click(chromedp.CSS(sel+` button[type="submit"]`), chromedp.NodeVisible),
		chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS("body")))
	tb.checkAccessibility()
}

func TestBrowserChildPagesAsAPractitioner(t *testing.T) {
	tb := newTab(t)
	c := recordChildrenFor(t, tb.env)
	tb.signInAs(hearth.RolePractitioner)
	child := childPath(c.open.PersonID, "")

	tb.visit("/people")
	tb.visit("/people?name=" + c.open.Surname)
	if !strings.Contains(tb.text("main"), c.open.Surname) {
		t.Errorf("searching for %q did not find them", c.open.Surname)
	}
	tb.visit("/people?name=Smith&nhs=123&dob-day=31&dob-month=2&dob-year=2015")
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "NHS number") || !strings.Contains(s, "real date") {
		t.Errorf("error summary %q", s)
	}

	tb.visit("/people/new")
	tb.submit("adding no one", `form[action="/people/new"]`)
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "Enter the person") {
		t.Errorf("error summary %q", s)
	}
	if !c.open.BirthDate.IsZero() {
		tb.visit("/people/new")
		dob := c.open.BirthDate
		tb.do("typing someone already recorded",
			chromedp.SendKeys(chromedp.ID("forename"), c.open.Forename),
			chromedp.SendKeys(chromedp.ID("surname"), c.open.Surname),
			chromedp.SendKeys(chromedp.ID("dob-day"), itoa(int64(dob.Day()))),
			chromedp.SendKeys(chromedp.ID("dob-month"), itoa(int64(dob.Month()))),
			chromedp.SendKeys(chromedp.ID("dob-year"), itoa(int64(dob.Year()))))
		tb.submit("adding someone already recorded", `form[action="/people/new"]`)
		if s := tb.text(".hearth-duplicates"); !strings.Contains(s, c.open.Surname) {
			t.Errorf("the duplicate check does not show %s: %q", c.open.Surname, s)
		}
	}

	tb.visit(child)
	if h := tb.text(".moj-identity-bar"); !strings.Contains(h, c.open.Surname) {
		t.Errorf("identity bar %q", h)
	}
	tb.visit(child + "/chronology")
	tb.visit(child + "/chronology?kind=visit&kind=allocation")
	tb.visit(child + "/chronology?from-day=30&from-month=2&from-year=2025")
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "real date") {
		t.Errorf("error summary %q", s)
	}

	restricted := childPath(c.restricted, "")
	tb.visit(restricted)
	if h := tb.text("h1"); h != "This record is restricted" {
		t.Fatalf("heading %q", h)
	}
	tb.do("typing a short reason", chromedp.SendKeys(chromedp.ID("reason"), "need it"))
	tb.submit("giving a short reason", `form[action$="/break-glass"]`)
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "at least 10 characters") {
		t.Errorf("error summary %q", s)
	}
	if v := get(tb, "reading the reason", chromedp.Value(chromedp.ID("reason"))); v != "need it" {
		t.Errorf("the reason typed was not kept: %q", v)
	}
	tb.do("typing a good reason", chromedp.SendKeys(chromedp.ID("reason"), " for the strategy discussion today"))
	tb.submit("giving a good reason", `form[action$="/break-glass"]`)
	if p := tb.path(); p != restricted {
		t.Fatalf("after the reason the browser is at %s", p)
	}
	if h := tb.text(".moj-identity-bar"); !strings.Contains(h, "Sealed Browser") {
		t.Errorf("identity bar %q", h)
	}
}

func TestBrowserChildPagesAsATeamManager(t *testing.T) {
	tb := newTab(t)
	c := recordChildrenFor(t, tb.env)
	tb.signInAs(hearth.RoleTeamManager)
	child := childPath(c.open.PersonID, "")
	tb.visit(child)
	tb.visit(child + "/audit")
	if !strings.Contains(tb.text("main"), "Who has looked at this record") {
		t.Error("no who-has-looked page")
	}
	tb.visit(child + "/chronology")
	tb.visit("/break-glass")
	tb.visit(childPath(c.restricted, ""))
	tb.do("giving a reason", chromedp.SendKeys(chromedp.ID("reason"), "Checking who should be named on the record"))
	tb.submit("giving a reason", `form[action$="/break-glass"]`)
	if !strings.Contains(tb.text("main"), "Named on this restricted record") {
		t.Error("the manager's record page does not show who is named")
	}
	tb.visit(childPath(c.restricted, "/named"))
	tb.submit("naming no one", `form[action$="/named"]`)
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "Enter the email address") {
		t.Errorf("error summary %q", s)
	}
}
