package web_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
)

// TestBrowserMissingProvidersAndPanel walks, in Chromium with axe-core on every page, a team manager
// recording a child's missing episode and the return home interview, a semi-independent provider with an
// unannounced visit and a care leavers panel meeting; then a personal adviser writing a young person's
// health history and opening the copy printed for them.
func TestBrowserMissingProvidersAndPanel(t *testing.T) {
	tb := newLongTab(t, 4*time.Minute)
	child := referredChild(t, tb.env)
	tb.signInAs(hearth.RoleTeamManager)
	yesterday := hearth.DateOf(time.Now()).AddDays(-1)

	tb.visit(childPath(child, "/missing/new"))
	tb.clickLabel("kind")
	tb.typeDate("started", yesterday)
	tb.typeIn("started-time", "09:00")
	tb.clickLabel("returned")
	tb.typeDate("ended", yesterday)
	tb.typeIn("ended-time", "15:00")
	tb.save("recording the missing episode")
	tb.wantText("h1", "at 09:00")
	tb.follow("Record the return home interview")
	tb.clickLabel("offered")
	tb.typeDate("offered", yesterday)
	tb.typeIn("offered-time", "16:00")
	tb.clickLabel("accepted")
	tb.clickLabel("held")
	tb.typeDate("held", yesterday)
	tb.typeIn("held-time", "18:00")
	tb.clickLabel("by")
	tb.save("saving the interview without saying who held it")
	tb.wantText(".govuk-error-summary", "Enter the name of the person or service")
	tb.typeIn("by-name", "Jo Smith")
	tb.save("saving the return home interview")
	tb.wantText("main", "Held within 72 hours (3 hours after the return)")
	tb.visit(childPath(child, ""))
	tb.wantText("#missing-last-year", "1 episode in the last 12 months")

	tb.visit("/leaving/providers")
	tb.follow("Add a provider")
	tb.typeIn("name", "Northside Supported Homes")
	tb.do("saying there is no contract", chromedp.Click(chromedp.CSS(`label[for="contract-no"]`), chromedp.NodeVisible))
	tb.save("adding the provider")
	tb.wantText("h1", "Northside Supported Homes")
	tb.follow("Record a visit")
	tb.typeDate("visited", yesterday)
	tb.do("saying the visit was unannounced", chromedp.Click(chromedp.CSS(`label[for="announced-no"]`), chromedp.NodeVisible))
	tb.clickLabel("outcome")
	tb.typeIn("findings", "Clean and safe; two young people spoke well of the support.")
	tb.save("recording the visit")
	tb.wantText("#provider-visits", "Unannounced")
	tb.visit("/leaving/providers")

	tb.visit("/leaving/panels")
	tb.follow("Record a panel meeting")
	tb.typeDate("held", yesterday)
	tb.typeIn("attending", "Housing Options, adult social care, DWP")
	tb.save("recording the panel meeting")
	tb.wantText("h1", "Care leavers panel of")
	tb.follow("Add a young person discussed")

	pa := newTabBeside(tb)
	adviser := pa.signInAs(hearth.RolePersonalAdviser)
	pa.visit("/care-leavers?adviser=" + strconv.FormatInt(adviser.WorkerID, 10))
	pa.do("opening the first young person", chromedp.Click(chromedp.CSS(`#care-leavers tbody tr:first-child td:first-child a`), chromedp.NodeVisible),
		chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS("body")))
	pa.follow("Write the health history")
	pa.clickLabel("with")
	pa.typeIn("health", "Asthma since the age of 6; broke an arm at 12.")
	pa.save("writing the health history")
	pa.wantText("h1", "Health history of")
	pa.follow("Print a copy for the young person")
	pa.wantText("h1", "health history")
}
