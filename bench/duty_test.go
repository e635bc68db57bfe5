package bench

import (
	"context"
	"slices"
	"syscall"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/store"
)

// BenchmarkCaseloadDuties measures the due items of one worker's caseload, as "My work" computes them:
// the worker's children, the duty tables of their records (one statement per table for all of them, and
// the audit entry), and every duty derived for each child. It runs for a worker with a typical caseload
// (the median number of children allocated on the authority's reference date) and for the worker with the
// largest, and for comparison loads the same typical caseload child by child with LoadChild. It reports
// the median and 99th percentile, because a shared machine's pauses land in the mean.
func BenchmarkCaseloadDuties(b *testing.B) {
	db := benchDB(b)
	asAt := referenceDate(b, db)
	workers := workersByCaseload(b, db, asAt)
	typical, largest := workers[len(workers)/2], workers[len(workers)-1]
	// The children looked after and leaving care (branch duty5): a social worker of looked-after children
	// and a personal adviser, each with the median caseload of their kind.
	inCare := workersHolding(b, db, asAt, `i.role = 'social_worker' AND EXISTS (SELECT 1 FROM cla_episodes e WHERE e.person_id = i.person_id
		AND e.record_status = 'active' AND e.start_date <= $1 AND (e.end_date IS NULL OR e.end_date > $1))`)
	advisers := workersHolding(b, db, asAt, `i.role = 'personal_adviser'`)
	for _, w := range []struct {
		name string
		id   hearth.ID
	}{{"typical", typical}, {"largest", largest}, {"in-care", inCare[len(inCare)/2]}, {"personal-adviser", advisers[len(advisers)/2]}} {
		b.Run(w.name, func(b *testing.B) {
			ctx := context.Background()
			var times, cpu []time.Duration
			items, children := 0, 0
			for b.Loop() {
				start, startCPU := time.Now(), cpuTime()
				list, err := duty.ForWorker(ctx, db, hearth.System, w.id, asAt, duty.Defaults(), calendar.England())
				if err != nil {
					b.Fatal(err)
				}
				times, cpu = append(times, time.Since(start)), append(cpu, cpuTime()-startCPU)
				items, children = len(list.Items), list.Children
			}
			report(b, times)
			slices.Sort(cpu)
			b.ReportMetric(float64(cpu[len(cpu)/2].Microseconds()), "cpu-median-µs")
			b.ReportMetric(float64(children), "children")
			b.ReportMetric(float64(items), "open-items")
		})
	}
	b.Run("typical-by-LoadChild", func(b *testing.B) {
		ctx := context.Background()
		children, err := db.WorkerChildren(ctx, hearth.System, typical, asAt)
		if err != nil {
			b.Fatal(err)
		}
		var times []time.Duration
		for b.Loop() {
			start := time.Now()
			for _, c := range children {
				rec, err := db.LoadChild(ctx, hearth.System, c.PersonID, "benchmark")
				if err != nil {
					b.Fatal(err)
				}
				if _, err := duty.Derive(rec, asAt, duty.Defaults(), calendar.England()); err != nil {
					b.Fatal(err)
				}
			}
			times = append(times, time.Since(start))
		}
		report(b, times)
	})
}

// workersHolding returns the workers holding a child on the date in an allocation (alias i) that meets
// the condition (which may name the date as $1), fewest children first.
func workersHolding(b *testing.B, db *store.DB, on hearth.Date, condition string) []hearth.ID {
	rows, err := db.SQL().Query(`SELECT i.worker_id FROM involvements i WHERE i.record_status = 'active' AND i.start_date <= $1
		AND (i.end_date IS NULL OR i.end_date >= $1) AND `+condition+` GROUP BY i.worker_id ORDER BY COUNT(DISTINCT i.person_id), i.worker_id`, on.String())
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
		b.Fatal("no worker holds such a child")
	}
	return ids
}

// cpuTime is the processor time the process has used, in user and system mode. On a shared machine it
// says what one list costs better than the time on the clock, which includes waiting for the processors
// other people's work holds.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// referenceDate is the latest referral date in the authority: the synthetic authority's reference date,
// or near it.
func referenceDate(b *testing.B, db *store.DB) hearth.Date {
	var d hearth.Date
	if err := db.SQL().QueryRow(`SELECT MAX(referral_date) FROM cin_episodes`).Scan(&d); err != nil {
		b.Fatal(err)
	}
	return d
}

// workersByCaseload returns the workers holding children on the date, fewest children first.
func workersByCaseload(b *testing.B, db *store.DB, on hearth.Date) []hearth.ID {
	rows, err := db.SQL().Query(`SELECT worker_id FROM involvements WHERE record_status = 'active' AND start_date <= $1
		AND (end_date IS NULL OR end_date >= $1) GROUP BY worker_id ORDER BY COUNT(DISTINCT person_id), worker_id`, on.String())
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
		b.Fatal("no worker holds a child")
	}
	return ids
}
