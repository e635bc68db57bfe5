package web_test

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
)

// chooseOption picks an option of a select by its value.
func (tb *tab) chooseOption(id, value string) {
	tb.t.Helper()
	tb.do("choosing "+value+" in "+id, chromedp.SetValue(chromedp.ID(id), value, chromedp.NodeVisible))
}

// TestBrowserCareJourney takes a referred child into care, moves their placement, records their first
// review and their personal education plan, in Chromium, with axe-core on every page: the placement's
// location and distance from home are worked out from the postcodes (the synthetic authority's districts)
// and shown on the record. The virtual school's register and the sufficiency view are checked too.
func TestBrowserCareJourney(t *testing.T) {
	tb := newLongTab(t, 3*time.Minute)
	child := referredChild(t, tb.env)
	tb.signInAs(hearth.RolePractitioner)
	today := hearth.DateOf(time.Now())

	tb.visit(childPath(child, ""))
	tb.follow("Start a period of care")
	tb.typeDate("start", today.AddDays(-14))
	tb.clickLabel("legal-status")
	tb.clickLabel("category-of-need")
	tb.typeIn("home-postcode", "HE3 4AB")
	tb.chooseOption("placement-type", "U6")
	tb.typeIn("provider-name", "Brightwater Fostering: the Okonkwo family")
	tb.typeIn("urn", "SC900211")
	tb.typeIn("placement-postcode", "HB2 1AA")
	tb.save("starting care without a provider")
	tb.wantText(".govuk-error-summary", "Select who provides the placement")
	tb.clickLabel("placement-provider-pr4")
	tb.save("starting care")
	tb.wantText("h1", "Episode from")
	tb.wantText("main", "Outside the local authority's boundary (OUT), in authority E06000998")
	tb.wantText("main", "miles")

	tb.follow("Record a change of legal status or placement")
	tb.typeDate("start", today.AddDays(-7))
	tb.clickLabel("rne-p")
	tb.chooseOption("reason-place-change", "CARPL")
	tb.chooseOption("placement-type", "U6")
	tb.clickLabel("placement-provider-pr1")
	tb.typeIn("provider-name", "Hearthton Fostering Service: the Hale family")
	tb.typeIn("urn", "SC900101")
	tb.typeIn("placement-postcode", "HE5 2XY")
	tb.save("moving the placement")
	tb.wantText("main", "Change of placement and carer(s) only (P)")
	tb.wantText("main", "Inside the local authority's boundary (IN)")

	tb.visit(childPath(child, ""))
	tb.wantText("#looked-after + table", "In the area")
	tb.follow("Record a looked-after review")
	tb.typeDate("held", today.AddDays(-1))
	tb.clickLabel("participation-pn1")
	tb.clickLabel("permanence-plan-long-term-fostering")
	tb.save("recording the review")
	tb.wantText("main", "Child physically attends and speaks for themselves (PN1)")
	tb.visit(childPath(child, ""))
	tb.wantText(".hearth-care-reviews", "Looked-after review")

	tb.follow("Record a personal education plan")
	tb.typeDate("held", today)
	tb.clickLabel("attendees")
	tb.clickLabel("attendees-designated-teacher")
	tb.typeIn("school", "Hearthton Primary School")
	tb.typeIn("target-1", "Read a chapter book on their own by the summer")
	tb.typeIn("allocated-1", "450")
	tb.save("recording the PEP")
	tb.wantText("main", "£450 allocated, £0 spent")

	school := newTabBeside(tb)
	school.signInAs(hearth.RoleVirtualSchool)
	school.visit("/virtual-school")
	school.wantText("h1", "Virtual school register")
	leader := newTabBeside(tb)
	leader.signInAs(hearth.RoleSeniorLeader)
	leader.visit("/sufficiency")
	leader.wantText("main", "Distance from home")
}
