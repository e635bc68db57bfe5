package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store/storetest"
)

// TestPlacementSufficiency counts five hand-built episodes on 1 March 2026 on both engines: three in
// force that day (one in the area 3 miles from home, one out of it 25 miles away, one not worked out), one
// ended and one not yet begun.
func TestPlacementSufficiency(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		d := hearth.NewDate
		home, _ := hearth.ParsePostcode("SL1 1AA")
		add := func(typ, loc string, miles float64, start, end hearth.Date, withHome bool) {
			t.Helper()
			p := &hearth.Person{Forename: "A", Surname: typ, IsChild: true}
			if err := db.Insert(ctx, worker, p); err != nil {
				t.Fatal(err)
			}
			e := &care.Episode{PersonID: p.ID, PeriodStart: start, StartDate: start, ReasonNewEpisode: "S", LegalStatus: "C2", CategoryOfNeed: "N1",
				PlacementType: typ, PlacementProvider: "PR4", PlacementLocation: loc, DistanceMiles: miles, EndDate: end}
			if loc != "" {
				e.PlacementLA = "E06000039"
			}
			if withHome {
				e.HomePostcode = home
			}
			if !end.IsZero() {
				e.ReasonCeased = "E8"
			}
			if err := db.Insert(ctx, worker, e); err != nil {
				t.Fatal(err)
			}
		}
		add("U6", "IN", 3, d(2025, 1, 1), hearth.Date{}, true)
		add("K2", "OUT", 25, d(2025, 6, 1), hearth.Date{}, true)
		add("K2", "", 0, d(2026, 2, 1), hearth.Date{}, false)
		add("U6", "OUT", 60, d(2024, 1, 1), d(2026, 1, 1), true)
		add("U6", "IN", 2, d(2026, 3, 2), hearth.Date{}, true)
		s, err := db.PlacementSufficiency(ctx, d(2026, 3, 1))
		if err != nil {
			t.Fatal(err)
		}
		if s.Total != 3 || s.ByLocation["IN"] != 1 || s.ByLocation["OUT"] != 1 || s.ByLocation[""] != 1 {
			t.Errorf("by location %v of %d, want one each of 3", s.ByLocation, s.Total)
		}
		if s.ByType["K2"]["OUT"] != 1 || s.ByType["K2"][""] != 1 || s.ByType["U6"]["IN"] != 1 || len(s.ByType) != 2 {
			t.Errorf("by type %v", s.ByType)
		}
		if s.ByDistance[0] != 1 || s.ByDistance[3] != 1 || s.ByDistance[-1] != 1 || len(s.ByDistance) != 3 {
			t.Errorf("by distance %v, want one up to 5 miles, one of 20 to 50, one not measured", s.ByDistance)
		}
	})
}
