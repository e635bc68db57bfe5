package synth

import (
	"context"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

var testRef = hearth.NewDate(2026, time.March, 31)

// TestGenerateSmall makes a small authority in each engine and checks its headline figures, computed by
// SQL as an analyst would, against the national statistics docs/synthetic-data.md names and the size
// DESIGN.md gives a small authority (like Slough). The bands are wide enough for one authority's
// year-to-year variation and narrow enough to catch a generator that has drifted.
func TestGenerateSmall(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		sum, err := Generate(context.Background(), db, Options{Size: Small, Seed: 7, ReferenceDate: testRef})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("made in %s", sum.Elapsed)
		f := measureAuthority(t, db, testRef)
		t.Logf("\n%s", f)
		t.Logf("caseloads %v", caseloadHistogram(t, db, testRef))
		checkLoadChild(t, db)
		children, _ := Small.ChildPopulation()
		expectedReferrals := referralRate * float64(children) / 10_000
		for _, c := range []struct {
			what     string
			got      float64
			min, max float64
		}{
			{"referrals in the year", float64(f.referrals), 0.8 * expectedReferrals, 1.2 * expectedReferrals},
			{"% of referrals that are re-referrals within 12 months (CIN 2024: 22%)", pct(f.reReferrals, f.referrals), 17, 27},
			{"% of referrals with no further action (CIN 2023: 7.1%)", pct(f.nfa, f.referrals), 4, 11},
			{"% of assessments authorised within 45 working days (CIN 2024: about 84%)", pct(f.assessIn45, f.assessments), 76, 92},
			{"% of initial conferences within 15 working days of the enquiry (CIN 2023: 78%)", pct(f.icpcIn15, f.icpc), 65, 90},
			{"% of CP plans that are a second or later plan (about 24%)", pct(f.secondPlans, f.cpStarts), 12, 32},
			{"median days of CP plans ending in the year (about 9 months)", float64(f.cpMedianDays), 200, 360},
			{"children looked after on the reference date (DESIGN.md: 200 to 300)", float64(f.cla), 170, 330},
			{"care leavers aged 17 to 21 (DESIGN.md: 100 to 150)", float64(f.careLeavers), 80, 170},
			{"% of workers from agencies (about 20%)", pct(f.agency, f.workers), 12, 28},
			{"% of social workers holding 15 to 25 children", pct(f.swInRange, f.swTotal), 70, 100},
		} {
			if c.got < c.min || c.got > c.max {
				t.Errorf("%s: %.1f, want %.0f to %.0f", c.what, c.got, c.min, c.max)
			}
		}
	})
}

// checkLoadChild loads the records of a spread of children and checks that each holds every row of the
// child in every table, as counted directly.
func checkLoadChild(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	rows, err := db.SQL().QueryContext(ctx, `SELECT DISTINCT person_id FROM cin_episodes ORDER BY person_id`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []hearth.ID
	for rows.Next() {
		var id hearth.ID
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	tablesSeen := map[string]bool{}
	for i := 0; i < len(ids); i += max(1, len(ids)/200) {
		rec, err := db.LoadChild(ctx, hearth.System, ids[i], "test")
		if err != nil {
			t.Fatal(err)
		}
		got := rec.Count()
		for _, table := range store.ChildTableNames() {
			q := "SELECT COUNT(*) FROM " + table + " WHERE person_id = ?"
			if db.Engine == store.Postgres {
				q = strings.Replace(q, "?", "$1", 1)
			}
			var want int
			if err := db.SQL().QueryRowContext(ctx, q, ids[i]).Scan(&want); err != nil {
				t.Fatal(err)
			}
			if got[table] != want {
				t.Errorf("child %d: LoadChild read %d rows of %s; the table holds %d", ids[i], got[table], table, want)
			}
			if want > 0 {
				tablesSeen[table] = true
			}
		}
	}
	if len(tablesSeen) < len(store.ChildTableNames())/2 {
		t.Errorf("the children checked have rows in only %d of %d tables", len(tablesSeen), len(store.ChildTableNames()))
	}
}
