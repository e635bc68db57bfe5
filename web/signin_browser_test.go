package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hearth"
)

func TestBrowserSignInPage(t *testing.T) {
	tb := newTab(t)
	tb.visit("/sign-in")
	if h := tb.text("h1"); h != "Sign in" {
		t.Errorf("heading %q", h)
	}
	if !strings.Contains(tb.text("main"), browserPassword) {
		t.Error("the demo sign-in page does not show the demo password")
	}
	// The page's script ran under the Content-Security-Policy, and the font is Arial.
	if !eval[bool](tb, `document.body.classList.contains('govuk-frontend-supported')`) {
		t.Error("app.js did not run (GOV.UK Frontend was not initialised)")
	}
	font := eval[string](tb, `getComputedStyle(document.querySelector('h1')).fontFamily`)
	if !strings.HasPrefix(strings.ToLower(font), "arial") {
		t.Errorf("the heading's font is %q, want Arial", font)
	}
}

func TestBrowserFailedSignInKeepsTheEmail(t *testing.T) {
	tb := newTab(t)
	tb.do("signing in with a wrong password",
		chromedp.Navigate(tb.env.base+"/sign-in"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), "practitioner@demo.example"),
		chromedp.SendKeys(chromedp.ID("password"), "not the password"),
		chromedp.Click(chromedp.CSS(`form[action="/sign-in"] button`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")),
	)
	tb.checkAccessibility()
	if s := tb.text(".govuk-error-summary"); !strings.Contains(s, "Enter a correct email address and password") {
		t.Errorf("error summary %q", s)
	}
	email := get(tb, "reading the email", chromedp.Value(chromedp.ID("email")))
	password := get(tb, "reading the password", chromedp.Value(chromedp.ID("password")))
	title := get(tb, "reading the title", chromedp.Title())
	if email != "practitioner@demo.example" || password != "" {
		t.Errorf("email %q, password %q: want the email kept and the password empty", email, password)
	}
	if !strings.HasPrefix(title, "Error: ") {
		t.Errorf("title %q does not start with Error:", title)
	}
}

func TestBrowserHomePageOfEachRole(t *testing.T) {
	for _, role := range hearth.Roles {
		t.Run(string(role), func(t *testing.T) {
			tb := newTab(t)
			u := tb.signInAs(role)
			tb.visit("/")
			if h := tb.text("h1"); h != u.Name {
				t.Errorf("heading %q, want %q", h, u.Name)
			}
			if identity := tb.text(".hearth-identity"); !strings.Contains(identity, u.Name) {
				t.Errorf("the identity bar %q does not name %s", identity, u.Name)
			}
			tb.visit("/account")
		})
	}
}

func TestBrowserSignOut(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RolePractitioner)
	tb.do("signing out",
		chromedp.Click(chromedp.CSS(`.hearth-identity button`)),
		chromedp.WaitVisible(chromedp.CSS(`main a[href="/sign-in"]`)))
	if h := tb.text("h1"); h != "You have signed out" {
		t.Fatalf("after signing out: %q", h)
	}
	tb.checkAccessibility()
	tb.do("going back to the home page", chromedp.Navigate(tb.env.base+"/"), chromedp.WaitVisible(chromedp.ID("email")))
	if p := tb.path(); !strings.HasPrefix(p, "/sign-in") {
		t.Errorf("the home page after signing out went to %s", p)
	}
}
