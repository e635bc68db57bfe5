package web_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
	"hearth/web"
)

// The quick server's idle timeout and warning: long enough to sign in and act, short enough to wait for.
const (
	quickIdle    = 12 * time.Second
	quickWarning = 8 * time.Second
)

// addTestForm adds a form page at /test/form, standing in for the record's forms (which other pages
// add): GET shows a textarea with any draft put back by the server, POST saves it and removes the draft.
func addTestForm(s *web.Server) {
	s.AddTestRoute("GET", "/test/form", web.AnySignedIn, func(w http.ResponseWriter, r *http.Request) {
		values, _ := s.RestoreDraft(r)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="en"><head><title>Test form</title></head>
<body data-idle-seconds="1800" data-warn-seconds="120"><main><h1>Test form</h1>
<form method="post"><label for="notes">Notes</label><textarea id="notes" name="notes">%s</textarea>
<button type="submit">Save</button></form></main><script type="module" src="/assets/app.js"></script></body></html>`,
			strings.ReplaceAll(values.Get("notes"), "<", "&lt;"))
	})
	s.AddTestRoute("POST", "/test/form", web.AnySignedIn, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "saved")
	})
}

func TestBrowserIdleWarningOffersToStaySignedIn(t *testing.T) {
	tb := newTab(t)
	tb.signInAt(tb.env.quickBase, hearth.RolePractitioner)
	tb.do("waiting for the idle warning", chromedp.WaitVisible(chromedp.ID("idle-warning")))
	tb.checkAccessibility()
	if s := tb.text("#idle-warning"); !strings.Contains(s, "You will be signed out in") {
		t.Errorf("the warning says %q", s)
	}
	tb.do("staying signed in",
		chromedp.Click(chromedp.CSS("#idle-warning button")),
		chromedp.WaitNotVisible(chromedp.ID("idle-warning")))
	time.Sleep(quickIdle - quickWarning) // past the moment the first session would have ended
	tb.do("opening the account page", chromedp.Navigate(tb.env.quickBase+"/account"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if h := tb.text("h1"); h != "Your account" {
		t.Fatalf("after staying signed in, the account page shows %q", h)
	}
	// Left alone, the page signs itself out at the timeout and says why.
	tb.do("waiting to be signed out", chromedp.WaitVisible(chromedp.ID("email")))
	if s := tb.text("main"); !strings.Contains(s, "had not been used for a while") {
		t.Errorf("the sign-in page says %q", s)
	}
	if p := tb.path(); !strings.Contains(p, "next=%2Faccount") {
		t.Errorf("signed out to %s, which does not lead back to the account page", p)
	}
}

func TestBrowserTypedWorkIsKeptAsADraft(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RolePractitioner)
	tb.do("typing in a form",
		chromedp.Navigate(tb.env.base+"/test/form"),
		chromedp.WaitVisible(chromedp.ID("notes")),
		chromedp.SendKeys(chromedp.ID("notes"), "Saw the child at home."),
	)
	time.Sleep(4 * time.Second) // the script saves three seconds after the last key
	tb.do("opening the form again",
		chromedp.Navigate(tb.env.base+"/"),
		chromedp.WaitVisible(chromedp.CSS("h1")),
		chromedp.Navigate(tb.env.base+"/test/form"),
		chromedp.WaitVisible(chromedp.CSS(".govuk-notification-banner")),
	)
	if v := get(tb, "reading the notes", chromedp.Value(chromedp.ID("notes"))); v != "Saw the child at home." {
		t.Errorf("the notes are %q", v)
	}
	if s := tb.text(".govuk-notification-banner"); !strings.Contains(s, "We have put back what you were typing") {
		t.Errorf("the notice says %q", s)
	}
	tb.do("discarding the draft",
		chromedp.Click(chromedp.CSS(".govuk-notification-banner button")),
		chromedp.WaitNotPresent(chromedp.CSS(".govuk-notification-banner")),
	)
	if v := get(tb, "reading the notes", chromedp.Value(chromedp.ID("notes"))); v != "" {
		t.Errorf("after discarding, the notes are %q", v)
	}

	// Saving the form ends its draft: coming back to the form does not offer it again.
	tb.do("typing and saving",
		chromedp.SendKeys(chromedp.ID("notes"), "Second visit."),
	)
	time.Sleep(4 * time.Second)
	tb.do("saving", chromedp.Click(chromedp.CSS("main form button")), chromedp.WaitReady(chromedp.CSS("body")))
	time.Sleep(time.Second)
	tb.do("opening the form after saving", chromedp.Navigate(tb.env.base+"/test/form"), chromedp.WaitVisible(chromedp.ID("notes")))
	time.Sleep(2 * time.Second) // time for the script to look for a draft
	if n := eval[int](tb, `document.querySelectorAll('.govuk-notification-banner').length`); n != 0 {
		t.Error("a saved form's draft was offered again")
	}
}
