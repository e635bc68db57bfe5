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

// TestTheRecordPageShowsTheChildsReturnChecks records a looked-after child's second placement without
// ending the first: the record page says what the DfE's rule 142 finds, and once the first episode is
// ended the finding is gone. A child never looked after has no such panel.
func TestTheRecordPageShowsTheChildsReturnChecks(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newRecordWorld(t, a)
		ctx := context.Background()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		episode := func(start hearth.Date, rne string) *care.Episode {
			e := &care.Episode{PersonID: w.jayden, StartDate: start, PeriodStart: hearth.NewDate(2025, 6, 2),
				ReasonNewEpisode: rne, LegalStatus: "V2", CategoryOfNeed: "N1", PlacementType: "U1", PlacementProvider: "PR1"}
			must(a.db.Insert(ctx, hearth.System, e))
			return e
		}
		first := episode(hearth.NewDate(2025, 6, 2), "S")
		episode(hearth.NewDate(2025, 9, 1), "P")
		b := a.signedIn(practitionerA)

		res := b.get(childPath(w.jayden, ""))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"Checks for the 2025/26 SSDA903 return", "<td class=\"govuk-table__cell\">142</td>",
			"A new episode has started, but the previous episode has not ended.", "Episodes, row 1: DEC, REC"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the record page does not say %q", want)
			}
		}

		first.EndDate, first.ReasonCeased, first.ReasonPlaceChange = hearth.NewDate(2025, 9, 1), "X1", "CARPL"
		must(a.db.Amend(ctx, hearth.System, first, "The first placement ended when the child moved"))
		res = b.get(childPath(w.jayden, ""))
		if strings.Contains(res.Body, "the previous episode has not ended") || !strings.Contains(res.Body, "Checks for the 2025/26 SSDA903 return") {
			t.Error("the finding stays after the record was corrected")
		}

		res = b.get(childPath(w.restricted, ""))
		if strings.Contains(res.Body, "SSDA903 return") {
			t.Error("a child never looked after has return checks")
		}
	})
}
