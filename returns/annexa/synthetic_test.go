package annexa_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/returns/annexa"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/synth"
)

// TestSyntheticAuthorityAnnexA makes the small synthetic authority's Annex A on each engine and checks it
// against the record counted directly in SQL, as an analyst would: List 3 holds every referral of the
// six months, List 7 every child protection plan open in them and List 8 every child looked after in them; every row has a value for each heading; and the workbook can be written.
func TestSyntheticAuthorityAnnexA(t *testing.T) {
	if testing.Short() {
		t.Skip("generating the small synthetic authority takes seconds; not with -short")
	}
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		asAt := hearth.NewDate(2026, time.March, 31)
		if _, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 7, ReferenceDate: asAt}); err != nil {
			t.Fatal(err)
		}
		rec, err := db.LoadAnnexA(ctx, asAt)
		if err != nil {
			t.Fatal(err)
		}
		l := annexa.Build(rec, asAt)
		from := asAt.AddMonths(-6).AddDays(1)
		for _, c := range []struct {
			list  int
			query string
		}{
			{3, `SELECT COUNT(*) FROM cin_episodes WHERE record_status = 'active' AND referral_date >= ?1 AND referral_date <= ?2`},
			{7, `SELECT COUNT(*) FROM cp_plans WHERE record_status = 'active' AND start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1)`},
			{8, `SELECT COUNT(DISTINCT person_id) FROM cla_episodes WHERE record_status = 'active' AND start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1)`},
		} {
			var want int
			if err := db.SQL().QueryRowContext(ctx, rebind(db, c.query), from.String(), asAt.String()).Scan(&want); err != nil {
				t.Fatal(err)
			}
			if got := len(l.Lists[c.list-1]); got != want || want == 0 {
				t.Errorf("List %d: %d rows, the record counts %d", c.list, got, want)
			}
		}
		for n, rows := range l.Lists[:10] {
			if len(rows) == 0 && n != 1 {
				t.Errorf("List %d is empty", n+1)
			}
			for _, r := range rows {
				if len(r) != len(annexa.Headings[n]) || (n != 9 && r[0] == "") {
					t.Fatalf("List %d: row %q for %d headings", n+1, r, len(annexa.Headings[n]))
				}
			}
		}
		var buf bytes.Buffer
		if err := l.Write(&buf); err != nil {
			t.Fatal(err)
		}
	})
}

// rebind writes the numbered parameters (?1, ?2) of a query as the engine wants them.
func rebind(db *store.DB, q string) string {
	if db.Engine == store.Postgres {
		return strings.ReplaceAll(q, "?", "$")
	}
	return q
}
