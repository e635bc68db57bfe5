package web_test

import (
	"net/http"
	"strings"
	"testing"

	"hearth/store/storetest"
)

// TestADutyAppearsAndClearsAsThePathwayIsRecorded records the front door's decision through its form and
// checks the child's record: before, the decision is due; after, it is gone from what is due and is
// listed as done on time. It is the duty engine, the form and the record page working together, as a
// worker sees them.
func TestADutyAppearsAndClearsAsThePathwayIsRecorded(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		fd := a.signedIn(frontDoorUser)
		open, recent := childDuties(t, fd, childPath(w.jayden, ""))
		if !strings.Contains(open, "Decision on the contact") || strings.Contains(recent, "Decision on the contact") {
			t.Fatalf("before the decision, it should be due and not done:\ndue: %s\ndone: %s", open, recent)
		}
		if res := fd.post(contactPath(w.contact)+"/decide", decideForm(w)); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("deciding: %d\n%.1500s", res.StatusCode, res.Body)
		}
		open, recent = childDuties(t, fd, childPath(w.jayden, ""))
		if strings.Contains(open, "Decision on the contact") {
			t.Errorf("the decision is still listed as due after it was made:\n%s", open)
		}
		if !strings.Contains(recent, "Decision on the contact") || !strings.Contains(recent, "Done on time") {
			t.Errorf("the decision is not listed as done on time:\n%s", recent)
		}
	})
}

// childDuties returns the child's record page's table of what is due and its list of what was done.
func childDuties(t *testing.T, b *browser, path string) (open, recent string) {
	t.Helper()
	res := b.get(path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	start := strings.Index(res.Body, `<h2 class="govuk-heading-m">What is due</h2>`)
	if start < 0 {
		t.Fatalf("the record page has no What is due section")
	}
	section := res.Body[start:]
	split := strings.Index(section, "Done in the last three months")
	if split < 0 {
		return section[:min(len(section), 4000)], ""
	}
	end := strings.Index(section[split:], "</details>")
	return section[:split], section[split : split+end]
}
