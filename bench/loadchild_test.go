// Package bench holds whole-program benchmarks: they run on a generated authority, so they live apart
// from the packages they measure and do not slow those packages' tests.
package bench

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/synth"
)

// BenchmarkLoadChild measures loading one child's whole record (every table) and writing the audit entry.
// It reads HEARTH_BENCH_DB when set (for example a large authority made with
// `hearth generate --db /tmp/large.db --size large`), and otherwise makes a small authority first. It
// cycles through the children with the most rows, and reports the median as well as the mean, because
// a shared machine's pauses land in the mean.
func BenchmarkLoadChild(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("HEARTH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "small.db")
		db, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	// The children with the longest records: the ones looked after, with the most episodes and visits.
	rows, err := db.SQL().QueryContext(ctx, `SELECT person_id FROM visits GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 500`)
	if err != nil {
		b.Fatal(err)
	}
	var ids []hearth.ID
	for rows.Next() {
		var id hearth.ID
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) == 0 {
		b.Fatal("no children with visits")
	}
	rec, err := db.LoadChild(ctx, hearth.System, ids[0], "benchmark")
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, n := range rec.Count() {
		total += n
	}
	b.ReportMetric(float64(total), "rows-of-longest-record")
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := db.LoadChild(ctx, hearth.System, ids[i%len(ids)], "benchmark"); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
}
