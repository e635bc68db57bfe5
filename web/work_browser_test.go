package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hearth"
)

// The browser tests of the caseload, allocation and administration pages. They share the synthetic
// authority with every other browser test, so they submit only forms that fail and change nothing.

func TestBrowserCaseloadOfAPractitioner(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RolePractitioner)
	tb.visit("/caseload")
	if h := tb.text("h1"); h != "My caseload" {
		t.Fatalf("heading %q", h)
	}
	if rows := eval[int](tb, `document.querySelectorAll('table.hearth-caseload tbody tr').length`); rows == 0 {
		t.Error("the busiest worker's caseload lists no children")
	}
	if cur := tb.text(`.govuk-service-navigation__item--active`); cur != "My caseload" {
		t.Errorf("the navigation marks %q as the current page", cur)
	}
}

func TestBrowserTeamCaseloadAndAllocationForm(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RoleTeamManager)
	tb.visit("/teams")
	if p := tb.path(); !strings.HasSuffix(p, "/caseload") {
		t.Fatalf("Team caseloads went to %s, want the manager's team", p)
	}
	if n := tb.text("#unallocated-count"); n == "" {
		t.Error("no unallocated count")
	}
	link := eval[string](tb, `(() => { const a = document.querySelector('a[href*="/allocate?child="]'); return a ? a.getAttribute('href') : '' })()`)
	if link == "" {
		t.Skip("the team has no children to allocate or reallocate")
	}
	tb.visit(link)
	tb.do("saving the allocation without a worker",
		chromedp.SetValue(chromedp.ID("start-day"), "1"),
		chromedp.Click(chromedp.CSS(`form[action$="/allocate"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")))
	tb.checkAccessibility()
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "Select the worker") {
		t.Errorf("error summary %q", s)
	}
	if day := get(tb, "reading the day", chromedp.Value(chromedp.ID("start-day"))); day != "1" {
		t.Errorf("the day typed was not kept: %q", day)
	}
}

func TestBrowserTeamCaseloadsForQualityAssurance(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RoleQuality)
	tb.visit("/teams")
	link := eval[string](tb, `(() => { const a = document.querySelector('main a[href$="/caseload"]'); return a ? a.getAttribute('href') : '' })()`)
	if link == "" {
		t.Fatal("no team to choose")
	}
	tb.visit(link)
	if n := eval[int](tb, `document.querySelectorAll('a[href*="/allocate?"]').length`); n != 0 {
		t.Errorf("quality assurance is offered %d allocation links", n)
	}
}

func TestBrowserAdministration(t *testing.T) {
	tb := newTab(t)
	u := tb.signInAs(hearth.RoleAdministrator)
	tb.visit("/admin/users")
	tb.visit("/admin/users?role=inspector&status=active")
	tb.visit("/admin/teams")
	team := eval[string](tb, `(() => { const a = document.querySelector('a[href^="/admin/teams/"]'); return a ? a.getAttribute('href') : '' })()`)
	if team != "" {
		tb.visit(team)
	}
	tb.visit("/admin/users/" + itoa(u.ID))
	tb.visit("/admin/users/new")
	tb.do("adding an inspector without an end date",
		chromedp.SendKeys(chromedp.ID("name"), "Ivy Inspector"),
		chromedp.SendKeys(chromedp.ID("email"), "ivy.browser@inspectorate.example"),
		chromedp.SetValue(chromedp.ID("role"), "inspector"),
		chromedp.Click(chromedp.CSS(`form[action="/admin/users/new"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")))
	tb.checkAccessibility()
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "inspector") {
		t.Errorf("error summary %q", s)
	}
	if name := get(tb, "reading the name", chromedp.Value(chromedp.ID("name"))); name != "Ivy Inspector" {
		t.Errorf("the name typed was not kept: %q", name)
	}
	if n := eval[int](tb, `document.querySelectorAll('a[href^="/children/"]').length`); n != 0 {
		t.Errorf("an administration page links to %d children's records", n)
	}
}
