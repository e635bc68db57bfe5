// Package bench holds whole-program benchmarks: they run on a generated authority, so they live apart
// from the packages they measure and do not slow those packages' tests.
package bench

import (
	"context"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/store"
)

// BenchmarkLoadChild measures loading one child's whole record (every table) and writing the audit entry.
// It reads HEARTH_BENCH_DB when set (for example a large authority made with
// `hearth generate --db /tmp/large.db --size large`), and otherwise makes a small authority first. It
// cycles through two sets of children: "any-child", a fixed sample of every child the service has had a
// referral for (what a social worker opening a record meets), and "longest-records", the 500 children with
// the most visits (those looked after for years: the worst case). It reports the median and 99th
// percentile as well as the mean, because a shared machine's pauses land in the mean.
func BenchmarkLoadChild(b *testing.B) {
	db := benchDB(b)
	for _, set := range []struct{ name, query string }{
		// Every 50th child with a referral, in id order: a fixed, spread sample.
		{"any-child", `SELECT person_id FROM (SELECT DISTINCT person_id FROM cin_episodes) c WHERE person_id % 50 = 0 ORDER BY person_id LIMIT 2000`},
		{"longest-records", `SELECT person_id FROM visits GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 500`},
	} {
		ids := childIDs(b, db, set.query)
		b.Run(set.name, func(b *testing.B) { loadChildren(b, db, ids) })
	}
}

func childIDs(b *testing.B, db *store.DB, query string) []hearth.ID {
	rows, err := db.SQL().Query(query)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var ids []hearth.ID
	for rows.Next() {
		var id hearth.ID
		if err := rows.Scan(&id); err != nil {
			b.Fatal(err)
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		b.Fatalf("no children for %s", query)
	}
	return ids
}

func loadChildren(b *testing.B, db *store.DB, ids []hearth.ID) {
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	rows := 0
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		rec, err := db.LoadChild(ctx, hearth.System, ids[i%len(ids)], "benchmark")
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
		for _, n := range rec.Count() {
			rows += n
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(rows)/float64(len(times)), "rows/record")
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
}
