package bench

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/store"
)

// BenchmarkCareRegister measures the virtual school register (store.VirtualSchoolRegister: the children
// looked after counted and paged in SQL, the page's education read, masked and audited), first page and
// last, and the sufficiency view's grouped count (store.PlacementSufficiency), on the last day of the
// synthetic authority's history. Pages should answer in milliseconds (DESIGN.md principle 8). It reports
// the median and 99th percentile. With HEARTH_BENCH_DB, give it a copy: the register writes audit rows.
func BenchmarkCareRegister(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	system := hearth.Actor{UserID: hearth.SystemUserID, Role: hearth.RoleSystem}
	first, err := db.VirtualSchoolRegister(ctx, system, leavingOn, store.Page{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		page store.Page
	}{{"register-first-page", store.Page{}}, {"register-last-page", store.Page{Offset: first.Total - first.Total%50}}} {
		b.Run(c.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			rows := 0
			for b.Loop() {
				start := time.Now()
				reg, err := db.VirtualSchoolRegister(ctx, system, leavingOn, c.page)
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				rows = len(reg.Children)
			}
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(float64(first.Total), "looked-after")
			report(b, times)
		})
	}
	b.Run("sufficiency", func(b *testing.B) {
		times := make([]time.Duration, 0, b.N)
		for b.Loop() {
			start := time.Now()
			if _, err := db.PlacementSufficiency(ctx, leavingOn); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(start))
		}
		report(b, times)
	})
}
