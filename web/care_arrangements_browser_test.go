package web_test

import (
	"testing"
	"time"

	"hearth"
)

// TestBrowserCareArrangements records a private fostering arrangement of a referred child, its first
// visit and a later visit, in Chromium, with axe-core on every page, and checks what is due next on the
// record; the staying put and homelessness forms are checked by axe too (their rules are
// TestStayingPut's and TestHomelessYoungPeople's).
func TestBrowserCareArrangements(t *testing.T) {
	tb := newLongTab(t, 3*time.Minute)
	child := referredChild(t, tb.env)
	tb.signInAs(hearth.RolePractitioner)
	today := hearth.DateOf(time.Now())

	tb.visit(childPath(child, ""))
	tb.follow("Record a private fostering arrangement")
	tb.typeDate("notified", today.AddDays(-10))
	tb.typeIn("relation", "Family friend")
	tb.save("recording the arrangement without its carer")
	tb.wantText(".govuk-error-summary", "Enter the name of the private foster carer")
	tb.typeIn("carer", "Ann Lee")
	tb.save("recording the arrangement")
	tb.wantText(".hearth-care-arrangements", "Privately fostered by Ann Lee")
	tb.wantText(".hearth-care-arrangements", "First visit")

	tb.follow("Privately fostered by Ann Lee")
	tb.typeDate("first-visit", today.AddDays(-8))
	tb.clickLabel("seen-alone")
	tb.save("recording the first visit")
	tb.wantText(".hearth-care-arrangements", "Assessment due by")

	tb.follow("Record a visit to Ann Lee's home")
	tb.typeDate("visited", today.AddDays(-1))
	tb.clickLabel("seen-alone")
	tb.typeIn("notes", "Settled; showed me the garden")
	tb.save("recording a later visit")
	tb.wantText(".hearth-care-arrangements", "next visit by "+today.AddDays(41).Time().Format("2 January 2006"))

	tb.visit(childPath(child, "/care/homeless/new"))
	tb.wantText("h1", "Record a young person presenting as homeless")
	tb.visit(childPath(child, "/care/staying-put/new"))
	tb.wantText("h1", "Record a staying put arrangement")
}
