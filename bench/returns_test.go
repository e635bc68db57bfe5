package bench

import (
	"context"
	"io"
	"testing"
	"time"

	"hearth/returns/annexa"
	"hearth/returns/ssda903"
)

// BenchmarkExportReturns measures the export of each return from a whole authority's record, as the
// command line does it: reading what the return needs from the database and making the return (the
// SSDA903's tables as CSV, Annex A's lists as an xlsx workbook), written to nowhere so that the disk is
// not measured. Run it on the large authority (HEARTH_BENCH_DB=/tmp/returns-large.db, made with
// hearth generate --size large --seed 7); the issue asks for each under 2 s. It reports the median.
func BenchmarkExportReturns(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	asAt := referenceDate(b, db)
	year := asAt.Year()
	if asAt.Month() > 3 {
		year++
	}
	b.Run("ssda903", func(b *testing.B) {
		var times []time.Duration
		rows := 0
		for b.Loop() {
			start := time.Now()
			rec, err := db.LoadSSDA903(ctx)
			if err != nil {
				b.Fatal(err)
			}
			ret := ssda903.Export(rec, year)
			for _, t := range ssda903.Tables {
				if err := ret.WriteCSV(io.Discard, t); err != nil {
					b.Fatal(err)
				}
			}
			times = append(times, time.Since(start))
			rows = ret.Rows()
		}
		report(b, times)
		b.ReportMetric(float64(rows), "rows")
	})
	b.Run("annex-a", func(b *testing.B) {
		var times []time.Duration
		rows := 0
		for b.Loop() {
			start := time.Now()
			rec, err := db.LoadAnnexA(ctx, asAt)
			if err != nil {
				b.Fatal(err)
			}
			lists := annexa.Build(rec, asAt)
			if err := lists.Write(io.Discard); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(start))
			rows = 0
			for _, l := range lists.Lists {
				rows += len(l)
			}
		}
		report(b, times)
		b.ReportMetric(float64(rows), "rows")
	})
}
