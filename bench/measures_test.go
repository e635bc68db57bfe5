package bench

import (
	"context"
	"runtime"
	"testing"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/measure"
	"hearth/store"
	"hearth/synth"
)

// The measure catalogue's figures (issue 4): every measure as at one date, the 24-month trend of every
// measure, and loading what they read. Like the other benchmarks they run on HEARTH_BENCH_DB (a SQLite
// path or a postgres:// URL) when set, and on a small authority made first otherwise:
//
//	HEARTH_BENCH_DB=/tmp/large.db go test ./bench -run '^$' -bench Measures -benchtime 5x -count 5

// measuresAsAt returns the last 31 March of the authority's history: the end of its last collection year.
func measuresAsAt(b *testing.B, db *store.DB) hearth.Date {
	var last hearth.Date
	if err := db.SQL().QueryRow(`SELECT MAX(referral_date) FROM cin_episodes`).Scan(&last); err != nil || last.IsZero() {
		b.Fatalf("no referrals to date the measures by: %v", err)
	}
	return synth.LastThirtyFirstMarch(last)
}

func measureTimescales() *measure.Timescales {
	return duty.Defaults().MeasureTimescales(calendar.England())
}

// BenchmarkMeasuresLoad measures reading the record's columns the catalogue needs ("read", all tables at
// once on the pool's connections) and preparing them ("prepare": every due date and every per-row fact
// worked out once). It reports the rows read per second.
func BenchmarkMeasuresLoad(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	b.Run("read", func(b *testing.B) {
		rows := 0
		for b.Loop() {
			t, err := db.LoadMeasureTables(ctx)
			if err != nil {
				b.Fatal(err)
			}
			rows = tableRows(t)
		}
		b.ReportMetric(float64(rows), "rows")
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	before := heapBytes()
	t, err := db.LoadMeasureTables(ctx)
	if err != nil {
		b.Fatal(err)
	}
	tables := heapBytes() - before
	before = heapBytes()
	data, err := measure.New(t, measure.ChildPopulation{Count: 1}, measureTimescales())
	if err != nil {
		b.Fatal(err)
	}
	prepared := heapBytes() - before
	runtime.KeepAlive(data)
	b.Run("prepare", func(b *testing.B) {
		for b.Loop() {
			if _, err := measure.New(t, measure.ChildPopulation{Count: 1}, measureTimescales()); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(tables)/1e6, "tables-MB")
		b.ReportMetric(float64(prepared)/1e6, "data-MB")
	})
	runtime.KeepAlive(t)
}

// heapBytes returns the live heap after a collection.
func heapBytes() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

func tableRows(t *measure.Tables) int {
	return len(t.Contacts) + len(t.MASHChecks) + len(t.Referrals) + len(t.Assessments) + len(t.Strategy) + len(t.S47) +
		len(t.S47Household) + len(t.Household) + len(t.CPPlans) + len(t.Conferences) + len(t.CINPlans) + len(t.Plans) +
		len(t.PlanActions) + len(t.CPVisits) + len(t.Allocations) + len(t.CareEpisodes) + len(t.CareLeavers) + len(t.Deaths) +
		// Children looked after, missing and leaving care (CareEpisodes and CareLeavers are made from the
		// rows of LookedAfter and Leavers, so those are not counted twice).
		len(t.CareReviews) + len(t.CareVisits) + len(t.HealthChecks) + len(t.PEPs) + len(t.Missing) + len(t.LeaverStatuses) +
		len(t.LeaverContacts) + len(t.PathwayPlans) + len(t.PathwayReviews) + len(t.AdviserCaseload) + len(t.Births)
}

// loadedMeasures loads and prepares the catalogue's data once for the compute benchmarks.
func loadedMeasures(b *testing.B) (*measure.Data, hearth.Date) {
	db := benchDB(b)
	data, err := db.LoadMeasures(context.Background(), measureTimescales())
	if err != nil {
		b.Fatal(err)
	}
	return data, measuresAsAt(b, db)
}

// BenchmarkMeasuresAsAt measures computing every measure of the catalogue as at one date from the loaded
// data (the target is under 200 ms for the large authority), with and without the children behind each
// figure (drill-down ids).
func BenchmarkMeasuresAsAt(b *testing.B) {
	data, asAt := loadedMeasures(b)
	for _, o := range []struct {
		name string
		opts measure.Options
	}{{"figures", measure.Options{}}, {"with-ids", measure.Options{IDs: true}}} {
		b.Run(o.name, func(b *testing.B) {
			for b.Loop() {
				data.All(asAt, measure.TwelveMonths, o.opts)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/catalogue")
		})
	}
}

// BenchmarkMeasuresTrend measures the 24-month trend (rolling 12 months at each month end) of every
// measure from the loaded data: the target is under 2 s for the large authority.
func BenchmarkMeasuresTrend(b *testing.B) {
	data, asAt := loadedMeasures(b)
	for b.Loop() {
		for _, m := range measure.Catalogue() {
			data.Trend(m, asAt, 24, measure.TwelveMonths)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/trend")
}

// BenchmarkMeasuresEndToEnd measures what hearth measures does: load, prepare and compute every measure
// as at one date.
func BenchmarkMeasuresEndToEnd(b *testing.B) {
	db := benchDB(b)
	asAt := measuresAsAt(b, db)
	ctx := context.Background()
	for b.Loop() {
		data, err := db.LoadMeasures(ctx, measureTimescales())
		if err != nil {
			b.Fatal(err)
		}
		data.All(asAt, measure.TwelveMonths, measure.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/run")
}
