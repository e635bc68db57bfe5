package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/leaving"
	"hearth/store/storetest"
)

// TestProviders checks the register of semi-independent providers counts each provider's visits, with the
// latest and the latest unannounced, and leaves out a visit recorded in error.
func TestProviders(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		insert := func(row any) {
			t.Helper()
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		north := &leaving.Provider{Name: "Northside Supported Homes", Contract: true}
		east := &leaving.Provider{Name: "Eastgate Lodgings"}
		insert(north)
		insert(east)
		visit := func(p *leaving.Provider, d hearth.Date, announced bool) *leaving.ProviderVisit {
			v := &leaving.ProviderVisit{ProviderID: p.ID, Date: d, Announced: announced, Outcome: "good", Findings: "Clean and safe"}
			insert(v)
			return v
		}
		visit(north, hearth.NewDate(2025, 5, 1), false)
		visit(north, hearth.NewDate(2025, 11, 3), true)
		wrong := visit(north, hearth.NewDate(2026, 1, 9), false)
		if err := db.MarkRecordedInError(ctx, worker, "provider_visits", wrong.ID, wrong.Version, "Another provider's visit"); err != nil {
			t.Fatal(err)
		}
		got, err := db.Providers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Name != "Eastgate Lodgings" || got[0].Visits != 0 || !got[0].LastVisit.IsZero() {
			t.Fatalf("providers %+v, want Eastgate first and never visited", got)
		}
		n := got[1]
		if n.Visits != 2 || n.LastVisit != hearth.NewDate(2025, 11, 3) || n.LastUnannounced != hearth.NewDate(2025, 5, 1) {
			t.Fatalf("Northside: %d visits, latest %s, latest unannounced %s; want 2, 3 November and 1 May 2025", n.Visits, n.LastVisit, n.LastUnannounced)
		}
		visits, err := db.ProviderVisits(ctx, north.ID)
		if err != nil || len(visits) != 2 || visits[0].Date != hearth.NewDate(2025, 11, 3) {
			t.Fatalf("Northside's visits %+v (%v), want two, newest first", visits, err)
		}
	})
}
