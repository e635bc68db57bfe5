package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store/storetest"
)

// leaderUser is the Performance tests' senior leader, beside the record world's accounts (and
// analystUser, of the front door's world).
const leaderUser = "leader@example.org"

// performanceWorld is the record world with three contacts decided in February 2026, whose answer is
// known: Jayden's (team A) decided the day it came, Olivia's (team B) two working days late, and the
// restricted child's (team A) on the working day after. So 2 of 3 contacts were decided within one
// working day: 66.7%.
func performanceWorld(t *testing.T, a *app) *recordWorld {
	t.Helper()
	w := newRecordWorld(t, a)
	a.addUser(analystUser, hearth.RoleAnalyst)
	a.addUser(leaderUser, hearth.RoleSeniorLeader)
	ctx := context.Background()
	contact := func(child hearth.ID, received, decided time.Time) {
		c := &frontdoor.Contact{PersonID: child, ReceivedAt: received, Source: "2A", Summary: "School worried",
			Consent: "given", Decision: "no_further_action", DecisionRationale: "Below threshold",
			DecidedAt: decided, DecidedBy: w.workerA, ThresholdLevel: "level_1"}
		if err := a.db.Insert(ctx, hearth.System, c); err != nil {
			t.Fatal(err)
		}
	}
	at := func(day, hour int) time.Time { return time.Date(2026, 2, day, hour, 0, 0, 0, time.UTC) }
	contact(w.jayden, at(2, 9), at(2, 15))
	contact(w.otherB, at(9, 9), at(12, 10))
	contact(w.restricted, at(16, 9), at(17, 16))
	return w
}

func TestPerformanceShowsEachMeasureFromTheRecord(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		performanceWorld(t, a)
		res := a.signedIn(analystUser).get("/performance?as-at=2026-03-02")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /performance: %d\n%.500s", res.StatusCode, res.Body)
		}
		row := tableRow(t, res.Body, "Contacts decided within 1 working day")
		for _, want := range []string{"66.7%", "2 of 3", "None set"} {
			if !strings.Contains(row, want) {
				t.Errorf("the contacts row does not say %q:\n%s", want, row)
			}
		}
	})
}

func TestPerformanceDrillsDownToExactlyTheChildrenCounted(t *testing.T) {
	a := newApp(t)
	w := performanceWorld(t, a)
	path := "/performance/contacts-decided-1wd/children?as-at=2026-03-02&part="
	analyst := a.signedIn(analystUser)
	before := a.auditCount("list")
	num := analyst.get(path + "numerator")
	if num.StatusCode != http.StatusOK {
		t.Fatalf("numerator: %d\n%.500s", num.StatusCode, num.Body)
	}
	if a.auditCount("list") != before+1 {
		t.Error("listing the children behind a figure wrote no audit entry")
	}
	for _, want := range []string{childPath(w.jayden, ""), childPath(w.restricted, ""), "Restricted record"} {
		if !strings.Contains(num.Body, want) {
			t.Errorf("the numerator's children do not include %q", want)
		}
	}
	for _, absent := range []string{childPath(w.otherB, ""), "Hidden"} {
		if strings.Contains(num.Body, absent) {
			t.Errorf("the numerator's children include %q, which was not counted or is sealed", absent)
		}
	}
	den := analyst.get(path + "denominator")
	for _, want := range []string{childPath(w.jayden, ""), childPath(w.otherB, ""), childPath(w.restricted, "")} {
		if !strings.Contains(den.Body, want) {
			t.Errorf("the denominator's children do not include %q", want)
		}
	}

	// Team B's practitioner reaches Olivia only: the others are counted, not listed.
	b := a.signedIn(practitionerB)
	den = b.get(path + "denominator")
	if !strings.Contains(den.Body, childPath(w.otherB, "")) || strings.Contains(den.Body, childPath(w.jayden, "")) {
		t.Errorf("team B's practitioner should see Olivia and not Jayden in the denominator:\n%.2000s", den.Body)
	}
	if !strings.Contains(den.Body, "2 of these children are outside the records your work reaches") {
		t.Errorf("the list does not say how many children it leaves out:\n%.2000s", den.Body)
	}
}

func TestPanelMembersSeeSmallNumbersSuppressedAndNoChildren(t *testing.T) {
	a := newApp(t)
	performanceWorld(t, a)
	panel := a.signedIn(panelUser)
	row := tableRow(t, panel.get("/performance?as-at=2026-03-02").Body, "Contacts decided within 1 working day")
	if !strings.Contains(row, "Not shown (fewer than 5)") || strings.Contains(row, "66.7") || strings.Contains(row, "2 of 3") {
		t.Errorf("a panel member should see the figure of 2 of 3 suppressed:\n%s", row)
	}
	page := panel.get("/performance/contacts-decided-1wd?as-at=2026-03-02")
	if strings.Contains(page.Body, "/children?") {
		t.Error("a panel member's measure page links to the children behind it")
	}
	if res := panel.get("/performance/contacts-decided-1wd/children?part=numerator"); res.StatusCode != http.StatusForbidden {
		t.Errorf("a panel member's drill-down answered %d, want 403", res.StatusCode)
	}
}

func TestATargetGivesTheFigureItsRAGAndBadTargetsAreRefusedAtTheField(t *testing.T) {
	a := newApp(t)
	performanceWorld(t, a)
	leader := a.signedIn(leaderUser)
	target := "/performance/contacts-decided-1wd/target?as-at=2026-03-02"
	form := url.Values{"target": {"eighty"}, "tolerance": {"5"}, "from-day": {"1"}, "from-month": {"1"}, "from-year": {"2026"}, "note": {"Statistical neighbours"}}
	res := leader.post(target, form)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.Body, `id="target-error"`) ||
		!strings.Contains(res.Body, `value="eighty"`) {
		t.Fatalf("a target that is not a number: %d, want 400 with the error at the field and the typed text kept\n%.1500s", res.StatusCode, res.Body)
	}
	form.Set("target", "80")
	if res = leader.post(target, form); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("setting a target: %d\n%.1500s", res.StatusCode, res.Body)
	}
	row := tableRow(t, leader.get("/performance?as-at=2026-03-02").Body, "Contacts decided within 1 working day")
	if !strings.Contains(row, "80%") || !strings.Contains(row, "Off target") {
		t.Errorf("66.7%% against a target of 80%% with a tolerance of 5 should be off target:\n%s", row)
	}
	if res := a.signedIn(practitionerA).post(target, form); res.StatusCode != http.StatusForbidden {
		t.Errorf("a practitioner set a target: %d", res.StatusCode)
	}
}

func TestCommentaryIsVersionedAndNeverOverwritten(t *testing.T) {
	a := newApp(t)
	performanceWorld(t, a)
	analyst := a.signedIn(analystUser)
	post := func(text, basedOn string) response {
		return analyst.post("/performance/contacts-decided-1wd/commentary?as-at=2026-03-02",
			url.Values{"month": {"2026-03-02"}, "based-on": {basedOn}, "commentary": {text}})
	}
	if res := post("Two late decisions in half term.", "0"); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("first commentary: %d\n%.1000s", res.StatusCode, res.Body)
	}
	res := post("Someone else's reading, written at the same time.", "0")
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.Body, "Someone has changed this commentary") ||
		!strings.Contains(res.Body, "Someone else&#39;s reading") {
		t.Errorf("a commentary based on an old version: %d, want 400 saying so and keeping the text\n%.1500s", res.StatusCode, res.Body)
	}
	if res := post("Two late decisions in half term; both were police notifications.", "1"); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("second version: %d", res.StatusCode)
	}
	page := analyst.get("/performance/contacts-decided-1wd?as-at=2026-03-02").Body
	if !strings.Contains(page, "both were police notifications") || !strings.Contains(page, "version 2") {
		t.Errorf("the page does not show the second version of the commentary")
	}
	history, err := a.db.CommentaryHistory(context.Background(), "contacts-decided-1wd", hearth.NewDate(2026, 3, 1))
	if err != nil || len(history) != 2 {
		t.Errorf("commentary history: %d versions (%v), want both kept", len(history), err)
	}
	if res := a.signedIn(leaderUser).post("/performance/contacts-decided-1wd/commentary", url.Values{}); res.StatusCode != http.StatusForbidden {
		t.Errorf("a senior leader wrote commentary: %d, want 403 (analysts write it)", res.StatusCode)
	}
}

func TestPerformanceRefusesADateInTheFutureAtTheField(t *testing.T) {
	a := newApp(t)
	performanceWorld(t, a)
	res := a.signedIn(analystUser).get("/performance?as-at-day=1&as-at-month=1&as-at-year=2030")
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.Body, "The date must be today or in the past") ||
		!strings.Contains(res.Body, `value="2030"`) {
		t.Errorf("a future date: %d\n%.1500s", res.StatusCode, res.Body)
	}
}

// tableRow returns the table row of body that holds text, failing the test when there is none.
func tableRow(t *testing.T, body, text string) string {
	t.Helper()
	i := strings.Index(body, text)
	if i < 0 {
		t.Fatalf("the page has no %q:\n%.2000s", text, body)
	}
	start := strings.LastIndex(body[:i], "<tr")
	end := strings.Index(body[i:], "</tr>")
	if start < 0 || end < 0 {
		t.Fatalf("%q is not in a table row", text)
	}
	return body[start : i+end]
}
