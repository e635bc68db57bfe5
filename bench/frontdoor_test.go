package bench

import (
	"context"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
)

// BenchmarkFrontDoorLists measures the front door's lists across children as the pages read them: the
// first page of contacts awaiting a decision, and a partner agency's first page of open requests and of
// answered ones, each with its count, the children's names and its audit row. It reports the median and
// 99th percentile and how many rows each list held.
//
// A synthetic authority's contacts are all decided, so the benchmark first adds a busy morning's backlog:
// 300 contacts awaiting a decision about children of the authority, each with an open request to the
// police (HEARTH_BENCH_DB must be a copy). The clock is set to the latest answer in the database, so the
// answered list holds the last 90 days of a live authority.
func BenchmarkFrontDoorLists(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	actor := hearth.System
	var latest string
	if err := db.SQL().QueryRowContext(ctx, `SELECT CAST(MAX(answered_at) AS TEXT) FROM mash_checks`).Scan(&latest); err != nil {
		b.Fatal(err)
	}
	now, err := time.Parse("2006-01-02T15:04:05.000000Z", latest)
	if err != nil {
		b.Fatalf("reading the latest answer %q: %v", latest, err)
	}
	db.Now = func() time.Time { return now }
	rows, err := db.SQL().QueryContext(ctx, `SELECT id FROM person WHERE is_child = 1 ORDER BY id LIMIT 300`)
	if err != nil {
		b.Fatal(err)
	}
	var children []hearth.ID
	for rows.Next() {
		var id hearth.ID
		if err := rows.Scan(&id); err != nil {
			b.Fatal(err)
		}
		children = append(children, id)
	}
	rows.Close()
	for i, child := range children {
		at := now.Add(-time.Duration(i) * time.Minute)
		c := &frontdoor.Contact{PersonID: child, ReceivedAt: at, Source: "6", Summary: "Benchmark backlog", Consent: frontdoor.ConsentGiven}
		if err := db.Insert(ctx, actor, c); err != nil {
			b.Fatal(err)
		}
		m := &frontdoor.MASHCheck{PersonID: child, ContactID: c.ID, Agency: "police", RAG: frontdoor.RAGAmber, AskedAt: at, DueBy: at.Add(24 * time.Hour)}
		if err := db.Insert(ctx, actor, m); err != nil {
			b.Fatal(err)
		}
	}
	for _, list := range []struct {
		name string
		read func() (int, error)
	}{
		{"awaiting-decision", func() (int, error) {
			q, err := db.AwaitingDecision(ctx, actor, store.Page{Limit: 50})
			return q.Total, err
		}},
		{"police-open", func() (int, error) {
			q, err := db.ChecksForAgency(ctx, actor, "police", true, store.Page{Limit: 50})
			return q.Total, err
		}},
		{"police-answered", func() (int, error) {
			q, err := db.ChecksForAgency(ctx, actor, "police", false, store.Page{Limit: 50})
			return q.Total, err
		}},
	} {
		b.Run(list.name, func(b *testing.B) {
			var times []time.Duration
			total := 0
			for b.Loop() {
				start := time.Now()
				n, err := list.read()
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				total = n
			}
			slices.Sort(times)
			b.ReportMetric(float64(total), "rows")
			b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
			b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
		})
	}
}
