package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/returns/cin"
	"hearth/store/storetest"
)

// TestLoadCINReadsTheChildrenInNeed checks, on both engines, that LoadCIN reads the rows of the children
// who have had a CIN episode and leaves out other children and rows recorded in error, and that the
// export made from it is the return of those rows.
func TestLoadCINReadsTheChildrenInNeed(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		sys := hearth.System
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		child := func(la string) *hearth.Person {
			id, err := hearth.ParseLAChildID(la)
			must(err)
			p := &hearth.Person{Forename: la, Surname: "Child", IsChild: true, LAChildID: id, BirthDate: hearth.NewDate(2015, 6, 1),
				Gender: "1", Ethnicity: "WBRI", Disabilities: hearth.Codes{"NONE"}, UPNUnknown: "UN5"}
			must(db.Insert(ctx, sys, p))
			return p
		}
		inNeed, inError, never := child("N1"), child("E1"), child("X1")
		ep := &frontdoor.CINEpisode{PersonID: inNeed.ID, ReferralDate: hearth.NewDate(2025, 5, 1), ReferralSource: "1A", PrimaryNeed: "N1"}
		must(db.Insert(ctx, sys, ep))
		must(db.Insert(ctx, sys, &protection.CINPlan{PersonID: inNeed.ID, CINEpisodeID: ep.ID, StartDate: hearth.NewDate(2025, 5, 20)}))
		wrong := &frontdoor.CINEpisode{PersonID: inError.ID, ReferralDate: hearth.NewDate(2025, 6, 1), ReferralSource: "2A", PrimaryNeed: "N2"}
		must(db.Insert(ctx, sys, wrong))
		must(db.MarkRecordedInError(ctx, sys, "cin_episodes", wrong.ID, wrong.Version, "Entered against the wrong child"))

		rec, err := db.LoadCIN(ctx, "935")
		must(err)
		if len(rec.Children) != 1 || rec.Children[0].ID != inNeed.ID || len(rec.Episodes) != 1 || len(rec.CINPlans) != 1 {
			t.Fatalf("LoadCIN = %d children %+v, %d episodes, %d plans; want only %s with one episode and plan (not %s or %s)",
				len(rec.Children), rec.Children, len(rec.Episodes), len(rec.CINPlans), inNeed.LAChildID, inError.LAChildID, never.LAChildID)
		}
		c := cin.Export(rec, 2026)
		if len(c.Children) != 1 || c.Children[0].LAchildID != "N1" || c.Children[0].Episodes[0].CINPlans[0].StartDate != hearth.NewDate(2025, 5, 20) {
			t.Fatalf("export = %+v", c.Children)
		}
		if rep := cin.Validate(c, cin.NewContext(2026)); cin.Errors(rep) > 0 {
			t.Errorf("the export breaks error rules: %+v", rep.Findings)
		}
	})
}
