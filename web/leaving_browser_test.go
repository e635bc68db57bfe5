package web_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
)

// TestBrowserLeavingCare walks a personal adviser's work in Chromium, with axe-core on every page: the care
// leavers list filtered to their own young people, a young person's record, recording a contact (first
// with a mistake, whose typed words must survive) and the young person's situation after it, then the
// pathway plan (made here when the young person has none) and the copy printed for them.
func TestBrowserLeavingCare(t *testing.T) {
	tb := newLongTab(t, 3*time.Minute)
	pa := tb.signInAs(hearth.RolePersonalAdviser)
	tb.visit("/care-leavers")
	tb.wantText("h1", "Care leavers")
	tb.visit("/care-leavers?adviser=" + strconv.FormatInt(pa.WorkerID, 10))
	tb.do("opening the first young person", chromedp.Click(chromedp.CSS(`#care-leavers tbody tr:first-child td:first-child a`), chromedp.NodeVisible),
		chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS("body")))
	tb.checkAccessibility()
	tb.wantText("#leaving-care", "Leaving care")
	record := tb.path()

	tb.follow("Record a contact")
	tb.clickLabel("method")
	tb.typeIn("summary", "Talked about college and the rent on the new flat.")
	tb.clickLabel("status")
	tb.save("saving a contact in person without saying where")
	tb.wantText(".govuk-error-summary", "Enter where you met")
	if v := get(tb, "reading the summary", chromedp.Value(chromedp.ID("summary"))); v != "Talked about college and the rent on the new flat." {
		t.Fatalf("what was typed was lost: %q", v)
	}
	tb.typeIn("location", "Cafe in the town centre")
	tb.save("saving the contact")
	tb.wantText("h1", "Record in touch, activity and accommodation")
	tb.clickLabel("in-touch")
	tb.clickLabel("activity")
	tb.clickLabel("accommodation-d")
	tb.clickLabel("suitable")
	tb.save("saving the young person's situation")
	tb.wantText("#leaving-contacts", "Cafe in the town centre")

	if n := eval[int](tb, `document.querySelectorAll('#leaving-care ~ dl a[href*="/leaving/pathway-plans/"]').length`); n == 0 {
		tb.follow("Make the pathway plan")
		tb.typeIn("words", "I want to finish college and live near my friends.")
		tb.typeIn("summary", "College, a flat of my own, and help with money.")
		tb.typeIn("contingency", "Supported lodgings if the flat falls through.")
		tb.save("making the pathway plan")
	} else {
		tb.do("opening the pathway plan", chromedp.Click(chromedp.CSS(`#leaving-care ~ dl a[href*="/leaving/pathway-plans/"]`), chromedp.NodeVisible),
			chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS("body")))
		tb.checkAccessibility()
	}
	tb.wantText("h1", "Pathway plan")
	tb.follow("Print a copy for the young person")
	tb.wantText("h1", "pathway plan")
	if n := eval[int](tb, `document.querySelectorAll('.govuk-header, .govuk-service-navigation, .govuk-footer').length`); n != 0 {
		t.Errorf("the printable plan has %d parts of the service's navigation", n)
	}
	tb.visit(record)
}
