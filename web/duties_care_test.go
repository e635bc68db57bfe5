package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/protection"
	"hearth/store/storetest"
)

// TestLookedAfterDutiesShowOnTheExistingPages checks that the duties of a looked-after child reach the
// pages that list what is due without any page of their own: Amara (10) comes into care on Monday 16
// February 2026, is visited in her placement on 20 February, and comes back from being missing at 18:00
// on Friday 27 February with no return interview yet. As at Monday 2 March: the first review, the initial
// health assessment and the personal education plan are due 20 working days after she came into care, on
// 16 March; the next visit 6 weeks after the last, on 3 April, Good Friday, so on 2 April; the return
// interview 72 hours after her return, at 18:00 that day.
func TestLookedAfterDutiesShowOnTheExistingPages(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newWorkWorld(t, a)
		ctx := context.Background()
		insert := func(row any) {
			t.Helper()
			if err := a.db.Insert(ctx, hearth.System, row); err != nil {
				t.Fatal(err)
			}
		}
		start := hearth.NewDate(2026, 2, 16)
		insert(&care.Episode{PersonID: w.amara.ID, PeriodStart: start, StartDate: start, ReasonNewEpisode: "S", LegalStatus: "C1",
			CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1", ProviderName: "Carers One"})
		seen := true
		insert(&protection.Visit{PersonID: w.amara.ID, Kind: protection.VisitCLA, VisitDate: hearth.NewDate(2026, 2, 20), WorkerID: w.priya.ID,
			ChildSeen: &seen, Location: "placement"})
		insert(&exploitation.MissingEpisode{PersonID: w.amara.ID, Kind: exploitation.Missing, StartTime: time.Date(2026, 2, 26, 20, 0, 0, 0, time.UTC),
			EndTime: time.Date(2026, 2, 27, 18, 0, 0, 0, time.UTC)})

		res := a.signedIn(w.practitioner.Email).get("/children/" + itoa(w.amara.ID))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		rows := strings.Join(rowsOf(res.Body, "hearth-child-duties"), "\n")
		for _, want := range []string{
			"Return home interview From: Return from missing on 27 February 2026 at 18:00 2 March 2026 at 18:00 due today Due soon",
			"First looked-after review From: Placement or period of care started on 16 February 2026 16 March 2026 due in 10 working days Due",
			"Initial health assessment From: Placement or period of care started on 16 February 2026 16 March 2026 due in 10 working days Due",
			"Personal education plan From: Placement or period of care started on 16 February 2026 16 March 2026 due in 10 working days Due",
			"Statutory visit to a looked-after child From: Visit on 20 February 2026 2 April 2026 due in 23 working days Due",
		} {
			if !strings.Contains(rows, want) {
				t.Errorf("the record does not list %q; it lists:\n%s", want, rows)
			}
		}
		if !strings.Contains(res.Body, "Statutory visit after a new placement") {
			t.Error("the first visit, done on time, is not among the recent items")
		}

		work := strings.Join(rowsOf(a.signedIn(w.practitioner.Email).get("/my-work").Body, "hearth-duties"), "\n")
		for _, want := range []string{"Amara Test Return home interview", "Amara Test First looked-after review", "Amara Test Statutory visit to a looked-after child"} {
			if !strings.Contains(work, want) {
				t.Errorf("My work does not list %q; it lists:\n%s", want, work)
			}
		}
	})
}
