package bench

import (
	"context"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/chronology"
	"hearth/store"
	"hearth/summary"
)

// BenchmarkRecordPage measures what the child's record page and the chronology page read and work out for
// one child: the whole record (LoadChild, audited), the names it refers to, the family (audited), the
// summary and the chronology. It uses the same two sets of children as BenchmarkLoadChild and reports the
// median and 99th percentile, with the events per chronology.
func BenchmarkRecordPage(b *testing.B) {
	db := benchDB(b)
	on := latestDate(b, db)
	for _, set := range []struct{ name, query string }{
		{"any-child", `SELECT person_id FROM (SELECT DISTINCT person_id FROM cin_episodes) c WHERE person_id % 50 = 0 ORDER BY person_id LIMIT 2000`},
		{"longest-records", `SELECT person_id FROM visits GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 500`},
	} {
		ids := childIDs(b, db, set.query)
		b.Run(set.name, func(b *testing.B) {
			ctx := context.Background()
			times := make([]time.Duration, 0, b.N)
			var loads, lookups, pure []time.Duration
			events := 0
			for i := 0; b.Loop(); i++ {
				id := ids[i%len(ids)]
				start := time.Now()
				rec, err := db.LoadChild(ctx, hearth.System, id, "benchmark")
				if err != nil {
					b.Fatal(err)
				}
				loaded := time.Now()
				names, err := db.NamesFor(ctx, rec)
				if err != nil {
					b.Fatal(err)
				}
				family, err := db.FamilyOf(ctx, rec, on)
				if err != nil {
					b.Fatal(err)
				}
				looked := time.Now()
				s := summary.Of(rec, names, family, on)
				ev := chronology.Of(rec, names)
				end := time.Now()
				times = append(times, end.Sub(start))
				loads, lookups, pure = append(loads, loaded.Sub(start)), append(lookups, looked.Sub(loaded)), append(pure, end.Sub(looked))
				events += len(ev)
				if s.PersonID != id {
					b.Fatalf("summary of %d is of %d", id, s.PersonID)
				}
			}
			report(b, times)
			b.ReportMetric(float64(events)/float64(len(times)), "events/record")
			b.ReportMetric(float64(median(loads).Microseconds()), "load-median-µs")
			b.ReportMetric(float64(median(lookups).Microseconds()), "names+family-median-µs")
			b.ReportMetric(float64(median(pure).Microseconds()), "summary+chronology-median-µs")
		})
	}
}

// BenchmarkMyCaseload measures a worker's caseload page: the children allocated on the date with the
// latest visit and what happened last, for the social workers holding the most children.
func BenchmarkMyCaseload(b *testing.B) {
	db := benchDB(b)
	on := latestDate(b, db)
	workers := childIDs(b, db, `SELECT worker_id FROM involvements WHERE end_date IS NULL AND role = 'social_worker'
		GROUP BY worker_id ORDER BY COUNT(*) DESC, worker_id LIMIT 100`)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	children := 0
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		cl, err := db.MyCaseload(ctx, hearth.System, workers[i%len(workers)], on, store.Page{})
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
		children += len(cl.Children)
	}
	report(b, times)
	b.ReportMetric(float64(children)/float64(len(times)), "children/caseload")
}

// latestDate returns the last day of the generated history: the latest referral date.
func latestDate(b *testing.B, db *store.DB) hearth.Date {
	var d hearth.Date
	if err := db.SQL().QueryRow(`SELECT MAX(referral_date) FROM cin_episodes`).Scan(&d); err != nil {
		b.Fatal(err)
	}
	return d
}

// median returns the median of the times.
func median(times []time.Duration) time.Duration {
	s := slices.Clone(times)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkTeamCaseload measures a team manager's caseloads page: every worker of the team with the
// children they hold and their latest visits, and the team's unallocated children, for the teams holding
// the most children.
func BenchmarkTeamCaseload(b *testing.B) {
	db := benchDB(b)
	on := latestDate(b, db)
	teams := childIDs(b, db, `SELECT team_id FROM involvements WHERE end_date IS NULL GROUP BY team_id ORDER BY COUNT(*) DESC, team_id LIMIT 20`)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	children, unallocated := 0, 0
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		tc, err := db.TeamCaseload(ctx, hearth.System, teams[i%len(teams)], on, store.Page{})
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
		for _, w := range tc.Workers {
			children += w.Count
		}
		unallocated += tc.UnallocatedTotal
	}
	report(b, times)
	b.ReportMetric(float64(children)/float64(len(times)), "allocated/team")
	b.ReportMetric(float64(unallocated)/float64(len(times)), "unallocated/team")
}
