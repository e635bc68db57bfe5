package duty_test

import (
	"testing"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// BenchmarkDerive derives the items of a child with a long child protection plan: the pathway of the
// tests with a year of visits every week and core groups every six weeks, about a hundred items.
func BenchmarkDerive(b *testing.B) {
	rows := pathway()
	seen := true
	for i := range 52 {
		rows = append(rows, protection.Visit{Record: rec(hearth.ID(1000 + i)), PersonID: child, Kind: "cp", CPPlanID: 50,
			VisitDate: d("2025-08-04").AddDays(7 * i), WorkerID: worker, ChildSeen: &seen})
	}
	for i := range 8 {
		rows = append(rows, protection.CoreGroup{Record: rec(hearth.ID(2000 + i)), PersonID: child, CPPlanID: 50,
			MeetingDate: d("2025-10-16").AddDays(42 * i), Attendees: hearth.Codes{"social_worker"}})
	}
	r, err := store.NewChildRecord(hearth.Person{Record: rec(child)}, rows...)
	if err != nil {
		b.Fatal(err)
	}
	_ = workforce.RoleSocialWorker
	s, cal := duty.Defaults(), calendar.England()
	n := 0
	for b.Loop() {
		items, err := duty.Derive(r, d("2026-08-01"), s, cal)
		if err != nil {
			b.Fatal(err)
		}
		n = len(items)
	}
	b.ReportMetric(float64(n), "items")
}
