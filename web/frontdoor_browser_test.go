package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
)

// TestBrowserContactToReferral takes a contact through the front door in Chromium, with axe-core on every
// page: the front door records a contact about a child it did not know, asks the police and education,
// the police's partner agency account answers in Hearth (seeing only the request), the front door sees
// which agencies answered and how fast, decides the contact (a refused decision first, keeping what was
// typed) and records the referral, which the child's record then shows. It works on a child of its own,
// so the shared synthetic authority's other children are untouched.
func TestBrowserContactToReferral(t *testing.T) {
	fd := newLongTab(t, 3*time.Minute)
	env := fd.env
	child := &hearth.Person{Forename: "Robin", Surname: "Browserfield", IsChild: true, BirthDate: hearth.NewDate(2014, 5, 6)}
	if err := env.db.Insert(context.Background(), hearth.System, child); err != nil {
		t.Fatal(err)
	}
	fd.signInAs(hearth.RoleFrontDoor)

	// The contact.
	fd.visit(childPath(child.ID, "/contacts/new"))
	fd.do("recording the contact",
		chromedp.SetValue(chromedp.ID("source"), "2A"),
		chromedp.SendKeys(chromedp.ID("summary"), "Robin told his teacher he is scared to go home"),
		chromedp.Click(chromedp.ID("reasons-emotional_abuse")),
		chromedp.Click(chromedp.ID("consent")),
		chromedp.Click(chromedp.CSS(`form[action$="/contacts/new"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("agencies")))
	fd.checkAccessibility()
	contact := fd.path()
	if !strings.HasPrefix(contact, "/contacts/") {
		t.Fatalf("after saving the contact the page is %s", contact)
	}
	if gap := fd.text("#agencies"); !strings.Contains(gap, "Not asked") {
		t.Errorf("the agencies not asked are not shown: %q", gap)
	}

	// The MASH asks the police and education.
	fd.visit(contact + "/mash-checks/new")
	fd.do("asking the police and education",
		chromedp.Click(chromedp.ID("agencies")), // police, the first agency
		chromedp.Click(chromedp.ID("agencies-education")),
		chromedp.Click(chromedp.ID("rag-amber")),
		chromedp.SendKeys(chromedp.ID("question"), "Is Robin or his family known to you?"),
		chromedp.Click(chromedp.CSS(`form[action$="/mash-checks/new"] button[type=submit]`)))
	// The form has an element called agencies too: wait for the contact's page to have replaced it.
	fd.waitToLeave("/mash-checks/new")
	fd.do("reading the contact's page", chromedp.WaitVisible(chromedp.ID("agencies")))
	fd.checkAccessibility()

	// The police answer in Hearth, seeing the request and nothing else.
	police := newLongTab(t, 3*time.Minute)
	police.signInAs(hearth.RolePartnerAgency)
	police.visit("/mash-requests")
	link := eval[string](police, `(() => { const a = [...document.querySelectorAll('#requests a')].find(a => a.textContent.includes('Robin Browserfield')); return a ? a.getAttribute('href') : '' })()`)
	if link == "" {
		t.Fatal("the police's list does not show the request about Robin")
	}
	police.visit(link)
	if body := police.text("main"); strings.Contains(body, "scared to go home") || !strings.Contains(body, "Is Robin or his family known to you?") {
		t.Errorf("the police see the request's question and not the contact: %q", body)
	}
	police.do("answering",
		chromedp.SendKeys(chromedp.ID("response"), "One call-out in 2025: neighbours reported shouting"),
		chromedp.Click(chromedp.CSS(`form[action^="/mash-requests/"] button[type=submit]`)))
	police.waitUntil(`location.pathname === '/mash-requests' && document.querySelector('.govuk-notification-banner') !== null`)
	police.checkAccessibility()
	police.visit(childPath(child.ID, ""))
	if body := police.text("main"); strings.Contains(body, "Browserfield") || !strings.HasPrefix(police.text("h1"), "You cannot") {
		t.Errorf("the police open Robin's record: %q", body)
	}

	// The front door sees the answer and how fast, and decides: first without saying why.
	fd.visit(contact)
	if agencies := fd.text("#agencies"); !strings.Contains(agencies, "On time") || !strings.Contains(agencies, "Awaited") {
		t.Errorf("the agencies' table does not show the police on time and education awaited: %q", agencies)
	}
	fd.visit(contact + "/decide")
	decider := eval[string](fd, `document.querySelector('#decided_by option[value]:not([value=""])').value`)
	fd.do("deciding without a reason",
		chromedp.Click(chromedp.ID("threshold_level-level_3")),
		chromedp.Click(chromedp.ID("decision-referral")),
		chromedp.SetValue(chromedp.ID("decided_by"), decider),
		chromedp.Click(chromedp.CSS(`form[action$="/decide"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")))
	fd.checkAccessibility()
	if s := fd.text(".govuk-error-summary"); !strings.Contains(s, "Enter why") {
		t.Errorf("error summary %q", s)
	}
	if checked := eval[bool](fd, `document.getElementById('decision-referral').checked`); !checked {
		t.Error("the decision chosen was not kept")
	}
	fd.do("deciding",
		chromedp.SendKeys(chromedp.ID("rationale"), "Emotional harm; the police know of shouting at home: assessment needed"),
		chromedp.Click(chromedp.CSS(`form[action$="/decide"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("outcome")))
	fd.checkAccessibility()
	if p := fd.path(); p != contact+"/referral" {
		t.Fatalf("a referral decision leads to %s, want the referral form", p)
	}

	// The referral, taken by the front door's team.
	team := eval[string](fd, `document.querySelector('#team option[value]:not([value=""])').value`)
	fd.do("recording the referral",
		chromedp.Click(chromedp.ID("outcome")),      // accepted for assessment
		chromedp.Click(chromedp.ID("primary_need")), // N1, abuse or neglect
		chromedp.SetValue(chromedp.ID("team"), team),
		chromedp.Click(chromedp.CSS(`form[action$="/referral"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("referrals")))
	fd.checkAccessibility()
	if r := fd.text("#referrals"); !strings.Contains(r, "Abuse or neglect") || !strings.Contains(r, "Open") {
		t.Errorf("the child's record does not show the open referral: %q", r)
	}
	if c := fd.text("#contacts"); !strings.Contains(c, "Referral to children's social care") {
		t.Errorf("the child's record does not show the contact's decision: %q", c)
	}
}

// waitUntil evaluates a JavaScript condition every quarter second until it holds, through a form's
// submission and the redirect after it: an evaluation cut short by the navigation is simply tried again.
func (tb *tab) waitUntil(cond string) {
	tb.t.Helper()
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		if tb.ctx.Err() != nil {
			tb.t.Fatalf("waiting for %s: %v", cond, tb.ctx.Err())
		}
		time.Sleep(250 * time.Millisecond)
	}
}
