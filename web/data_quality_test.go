package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store/storetest"
)

// TestDataQualityListsTheRulesAndTheChildren records a looked-after child whose first placement was
// left open when the second began: an analyst sees rule 142 on the data quality page with one row and
// one child, follows it to the child, and a practitioner may not open the page.
func TestDataQualityListsTheRulesAndTheChildren(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newRecordWorld(t, a)
		ctx := context.Background()
		for _, start := range []hearth.Date{hearth.NewDate(2025, 6, 2), hearth.NewDate(2025, 9, 1)} {
			e := &care.Episode{PersonID: w.jayden, StartDate: start, PeriodStart: hearth.NewDate(2025, 6, 2), ReasonNewEpisode: "S",
				LegalStatus: "V2", CategoryOfNeed: "N1", PlacementType: "U1", PlacementProvider: "PR1"}
			if err := a.db.Insert(ctx, hearth.System, e); err != nil {
				t.Fatal(err)
			}
		}
		const analyst = "analyst@example.org"
		a.addUser(analyst, hearth.RoleAnalyst)
		b := a.signedIn(analyst)

		res := b.get("/data-quality")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"The 2025/26 SSDA903 return", `href="/data-quality/142?return=ssda903&amp;year=2026"`,
			"A new episode has started, but the previous episode has not ended.", "The 2024/25 SSDA903 return", "The 2025/26 CIN census"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the data quality page does not say %q", want)
			}
		}

		res = b.get("/data-quality/142?return=ssda903&year=2026")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, `href="/children/`+itoa(w.jayden)+`#return-checks">Jayden Smith`) {
			t.Errorf("the rule's page does not link to Jayden: status %d\n%s", res.StatusCode, res.Body)
		}
		if res := b.get("/data-quality/101?return=ssda903&year=2026"); res.StatusCode != http.StatusNotFound {
			t.Errorf("a rule that finds nothing answered %d", res.StatusCode)
		}
		if res := b.get("/data-quality?return=cin&year=2026"); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "The 2025/26 CIN census") {
			t.Errorf("the CIN census's findings: status %d", res.StatusCode)
		}
		if res := b.get("/data-quality?year=2019"); res.StatusCode != http.StatusNotFound {
			t.Errorf("a year without a return answered %d", res.StatusCode)
		}
		if res := a.signedIn(practitionerA).get("/data-quality"); res.StatusCode != http.StatusForbidden {
			t.Errorf("a practitioner opened data quality: %d", res.StatusCode)
		}
	})
}
