package duty_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/duty"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/synth"
)

// TestDutyRecordsGiveTheSameItems checks, on a synthetic authority on each engine, that the partial
// records a caseload list loads (store.DB.DutyRecords: only the rows and columns the duties read) give
// exactly the items the whole records give, for children with every kind of duty and on two dates, and
// that the lists of a worker and of a team are made of those items. It also checks that the synthetic
// authority gives every duty of care and leaving care items, some on time and some late.
func TestDutyRecordsGiveTheSameItems(t *testing.T) {
	if testing.Short() {
		t.Skip("generates an authority")
	}
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		ref := hearth.NewDate(2026, time.March, 31)
		if _, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 5, ReferenceDate: ref, Years: 2, ErrorRate: 0.02}); err != nil {
			t.Fatal(err)
		}
		var ids []hearth.ID
		rows, err := db.SQL().QueryContext(ctx, `SELECT person_id FROM (
			SELECT person_id FROM cp_plans UNION SELECT person_id FROM mash_checks UNION SELECT person_id FROM s47_enquiry
			UNION SELECT person_id FROM contacts UNION SELECT person_id FROM cla_episodes UNION SELECT person_id FROM care_leavers
			UNION SELECT person_id FROM missing) c ORDER BY person_id`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id hearth.ID
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		// Every 7th child with front door, protection, care, missing or leaving care work.
		var sample []hearth.ID
		for i, id := range ids {
			if i%7 == 0 {
				sample = append(sample, id)
			}
		}
		cal := calendar.England()
		items, open, leftCare := 0, 0, 0
		for _, asAt := range []hearth.Date{ref, ref.AddDays(-200)} {
			partial, err := db.DutyRecords(ctx, hearth.System, sample, asAt, "test")
			if err != nil {
				t.Fatal(err)
			}
			if len(partial) != len(sample) {
				t.Fatalf("%d partial records for %d children", len(partial), len(sample))
			}
			for i, id := range sample {
				whole, err := db.LoadChild(ctx, hearth.System, id, "test")
				if err != nil {
					t.Fatal(err)
				}
				want, errW := duty.Derive(whole, asAt, duty.Defaults(), cal)
				got, errG := duty.Derive(partial[i], asAt, duty.Defaults(), cal)
				if (errW == nil) != (errG == nil) {
					t.Fatalf("child %d: errors differ: %v and %v", id, errW, errG)
				}
				// A child whose care had ended before the day has no records of care in the partial
				// record: the same open items, but not the items done in care.
				if endedCare(whole, asAt) {
					leftCare++
					want, got = openOf(want), openOf(got)
				}
				if !reflect.DeepEqual(want, got) {
					t.Fatalf("child %d on %s: the partial record gives\n%+v\nthe whole record\n%+v", id, asAt, got, want)
				}
				items += len(want)
				for _, it := range want {
					if it.State.Open() {
						open++
					}
				}
			}
		}
		if leftCare == 0 {
			t.Error("no child in the sample had left care: the partial records of care leavers were not tested")
		}

		// Over every child with such work, the synthetic authority gives every duty of care, missing and
		// leaving care items done on time and items late or overdue.
		// (The zero day reads the records of care of every child who was ever looked after.)
		everyone, err := db.DutyRecords(ctx, hearth.System, ids, hearth.Date{}, "test")
		if err != nil {
			t.Fatal(err)
		}
		byDuty := map[duty.ID][2]int{} // done on time, done late or overdue
		for _, r := range everyone {
			got, _ := duty.Derive(r, ref, duty.Defaults(), cal)
			for _, it := range got {
				n := byDuty[it.Duty]
				switch it.State {
				case duty.StateDoneOnTime:
					n[0]++
				case duty.StateDoneLate, duty.StateOverdue:
					n[1]++
				}
				byDuty[it.Duty] = n
			}
		}
		for _, id := range []duty.ID{duty.CLAFirstReview, duty.CLASecondReview, duty.CLAReview, duty.CLAFirstVisit, duty.CLAVisit,
			duty.CLAVisitLongTerm, duty.InitialHealth, duty.ReviewHealthUnder5, duty.ReviewHealth, duty.SDQ, duty.PEP, duty.PEPReview,
			duty.ReturnInterview, duty.NeedsAssessment, duty.PathwayPlan, duty.PathwayPlanReview, duty.PersonalAdviserContact} {
			if n := byDuty[id]; n[0] == 0 || n[1] == 0 {
				t.Errorf("%s: %d items done on time and %d late or overdue in the synthetic authority; want some of each", id, n[0], n[1])
			}
		}
		t.Logf("items by duty (on time, late or overdue): %v", byDuty)
		if items < 1000 || open < 50 {
			t.Errorf("only %d items, %d open, over %d children: the sample does not test much", items, open, len(sample))
		}
		t.Logf("%d children, %d items, %d open", len(sample), items, open)

		t.Run("a worker's list", func(t *testing.T) {
			var worker hearth.ID
			if err := db.SQL().QueryRowContext(ctx, `SELECT worker_id FROM involvements WHERE role = 'social_worker' AND end_date IS NULL
				GROUP BY worker_id ORDER BY COUNT(*) DESC, worker_id LIMIT 1`).Scan(&worker); err != nil {
				t.Fatal(err)
			}
			list, err := duty.ForWorker(ctx, db, hearth.System, worker, ref, duty.Defaults(), cal)
			if err != nil {
				t.Fatal(err)
			}
			if list.Children == 0 || len(list.Items) == 0 {
				t.Fatalf("worker %d: %d children, %d items", worker, list.Children, len(list.Items))
			}
			for i, it := range list.Items {
				if !it.State.Open() || (i > 0 && it.Due.Before(list.Items[i-1].Due)) {
					t.Fatalf("item %d: %+v", i, it.Item)
				}
				whole, err := db.LoadChild(ctx, hearth.System, it.PersonID, "test")
				if err != nil {
					t.Fatal(err)
				}
				want, _ := duty.Derive(whole, ref, duty.Defaults(), cal)
				found := false
				for _, w := range want {
					found = found || w == it.Item
				}
				if !found {
					t.Errorf("listed item %+v is not one of the child's items", it.Item)
				}
			}
			var audited int
			if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log WHERE detail LIKE 'due items of the caseload of worker%'`).Scan(&audited); err != nil || audited != 1 {
				t.Errorf("audited %d times, %v", audited, err)
			}
		})
	})
}

// endedCare reports whether the child had been looked after and every episode of care had ended before
// day d.
func endedCare(r *store.ChildRecord, d hearth.Date) bool {
	eps := store.Rows[care.Episode](r)
	return len(eps) > 0 && !slices.ContainsFunc(eps, func(e care.Episode) bool { return e.EndDate.IsZero() || !e.EndDate.Before(d) })
}

// openOf returns the items still open.
func openOf(items []duty.Item) []duty.Item {
	var out []duty.Item
	for _, it := range items {
		if it.State.Open() {
			out = append(out, it)
		}
	}
	return out
}
