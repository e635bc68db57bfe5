package web_test

import (
	"strings"
	"testing"

	"hearth"
)

// TestBrowserMyWork opens My work as the synthetic authority's practitioner, checks it with axe, follows
// the first child's link to their record and checks its "What is due", and opens the team's overdue work
// as its manager. It changes nothing.
func TestBrowserMyWork(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RolePractitioner)
	tb.visit("/my-work")
	if h := tb.text("h1"); h != "My work" {
		t.Fatalf("heading %q", h)
	}
	if cur := tb.text(`.govuk-service-navigation__item--active`); cur != "My work" {
		t.Errorf("the navigation marks %q as the current page", cur)
	}
	rows := eval[int](tb, `document.querySelectorAll('table.hearth-duties tbody tr').length`)
	if rows == 0 {
		t.Fatal("the practitioner's children have nothing due")
	}
	// Each state is said in words inside its tag, so colour is never the only sign.
	states := eval[[]string](tb, `[...document.querySelectorAll('table.hearth-duties tbody .govuk-tag')].map(e => e.textContent.trim())`)
	for _, s := range states {
		if s != "Overdue" && s != "Due soon" && s != "Due" && s != "Restricted" {
			t.Errorf("a state tag says %q", s)
		}
	}
	child := eval[string](tb, `document.querySelector('table.hearth-duties tbody a').getAttribute('href')`)
	tb.visit(child)
	if !eval[bool](tb, `[...document.querySelectorAll('h2')].some(h => h.textContent.trim() == 'What is due')`) {
		t.Error("the record page has no heading What is due")
	}
	if n := eval[int](tb, `document.querySelectorAll('table.hearth-child-duties tbody tr').length`); n == 0 {
		t.Errorf("%s shows nothing due, though My work listed an item for the child", child)
	}

	mgr := newTab(t)
	u := mgr.signInAs(hearth.RoleTeamManager)
	mgr.visit("/teams/" + itoa(u.TeamID) + "/overdue")
	if h := mgr.text("h1"); h != "Overdue work" {
		t.Fatalf("heading %q", h)
	}
	if s := mgr.text("main p.govuk-body-l"); !strings.Contains(s, "overdue") {
		t.Errorf("summary %q", s)
	}
}
