package bench

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/access"
	"hearth/store"
	"hearth/web"
)

// leavingOn is the day the care leavers list is asked for: the last day of the synthetic authority's
// history, when its care leavers are current.
var leavingOn = hearth.NewDate(2026, 3, 31)

// BenchmarkCareLeavers measures the care leavers list (store.CareLeavers) as a senior leader sees it
// (every care leaver of the authority: the first page and the last), as the manager of the team whose
// advisers hold the most care leavers sees it, filtered to the busiest personal adviser, and the whole
// page through the real server. The budget is 50 ms for the large authority (issue 5). It reports the
// median and 99th percentile, and the median processor time of the process (the server and client both,
// for the page), which a busy shared machine disturbs less than the time on the clock.
func BenchmarkCareLeavers(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	var team, adviser hearth.ID
	err := db.SQL().QueryRowContext(ctx, `SELECT team_id, worker_id FROM involvements WHERE role = 'personal_adviser' AND end_date IS NULL
		GROUP BY team_id, worker_id ORDER BY COUNT(*) DESC, worker_id LIMIT 1`).Scan(&team, &adviser)
	if err != nil {
		b.Fatal(err)
	}
	system := hearth.Actor{UserID: hearth.SystemUserID, Role: hearth.RoleSystem}
	leader := access.Subject{UserID: hearth.SystemUserID, Role: hearth.RoleSeniorLeader}
	manager := access.Subject{UserID: hearth.SystemUserID, Role: hearth.RoleTeamManager, TeamID: team}
	all, err := db.CareLeavers(ctx, system, leader, leavingOn, store.CareLeaverFilter{}, store.Page{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		s      access.Subject
		filter store.CareLeaverFilter
		page   store.Page
	}{
		{"senior-leader-first-page", leader, store.CareLeaverFilter{}, store.Page{}},
		{"senior-leader-last-page", leader, store.CareLeaverFilter{}, store.Page{Offset: all.Total - all.Total%50}},
		{"team-manager", manager, store.CareLeaverFilter{}, store.Page{}},
		{"one-adviser", manager, store.CareLeaverFilter{AdviserID: adviser}, store.Page{}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var times, cpu []time.Duration
			var rows, total int
			for b.Loop() {
				start, startCPU := time.Now(), cpuTime()
				l, err := db.CareLeavers(ctx, system, c.s, leavingOn, c.filter, c.page)
				if err != nil {
					b.Fatal(err)
				}
				times, cpu = append(times, time.Since(start)), append(cpu, cpuTime()-startCPU)
				rows, total = len(l.Rows), l.All
			}
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(float64(total), "care-leavers")
			report(b, times)
			slices.Sort(cpu)
			b.ReportMetric(float64(cpu[len(cpu)/2].Microseconds()), "cpu-median-µs")
		})
	}

	b.Run("web-page", func(b *testing.B) {
		now := func() time.Time { return leavingOn.Time().Add(12 * time.Hour) }
		s, err := web.New(web.Config{Now: now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, db)
		if err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer(s)
		defer srv.Close()
		c := signedInClient(b, db, srv.URL, hearth.RoleSeniorLeader, 0, 0)
		var times, cpu []time.Duration
		for b.Loop() {
			start, startCPU := time.Now(), cpuTime()
			get(b, c, srv.URL+"/care-leavers")
			times, cpu = append(times, time.Since(start)), append(cpu, cpuTime()-startCPU)
		}
		report(b, times)
		slices.Sort(cpu)
		b.ReportMetric(float64(cpu[len(cpu)/2].Microseconds()), "cpu-median-µs")
	})
}
