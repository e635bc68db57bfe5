package care

import (
	"testing"

	"hearth"
)

func TestPeriods(t *testing.T) {
	ep := func(period, start, end, rne, ls, rec string) Episode {
		e := Episode{PeriodStart: day(t, period), StartDate: day(t, start), ReasonNewEpisode: rne, LegalStatus: ls, ReasonCeased: rec}
		if end != "" {
			e.EndDate = day(t, end)
		}
		return e
	}
	errorRow := ep("2023-01-01", "2023-01-01", "2023-02-01", "S", "C2", "E8")
	errorRow.Status = hearth.StatusRecordedInError
	got := Periods([]Episode{
		// Given out of order on purpose.
		ep("2024-03-01", "2024-06-01", "", "P", "C2", ""),
		ep("2022-01-10", "2022-01-10", "2022-01-20", "S", "V3", "E4A"),
		ep("2024-03-01", "2024-03-01", "2024-04-01", "S", "C1", "X1"),
		errorRow,
		ep("2020-05-01", "2020-05-01", "2020-09-01", "S", "V2", "X1"),
		ep("2020-05-01", "2020-09-01", "2021-02-01", "L", "C2", "E41"),
		ep("2024-03-01", "2024-04-01", "2024-06-01", "P", "C2", "X1"),
	})
	want := []Period{
		{Start: day(t, "2020-05-01"), End: day(t, "2021-02-01"), ReasonCeased: "E41"},
		{Start: day(t, "2022-01-10"), End: day(t, "2022-01-20"), ReasonCeased: "E4A", ShortBreaks: true},
		{Start: day(t, "2024-03-01")},
	}
	if len(got) != len(want) {
		t.Fatalf("Periods() = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("period %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestPeriodLookedAfterOnAndDays(t *testing.T) {
	p := Period{Start: day(t, "2024-01-01"), End: day(t, "2024-04-01")}
	for _, tc := range []struct {
		on   string
		want bool
	}{{"2023-12-31", false}, {"2024-01-01", true}, {"2024-03-31", true}, {"2024-04-01", false}} {
		if got := p.LookedAfterOn(day(t, tc.on)); got != tc.want {
			t.Errorf("LookedAfterOn(%s) = %v, want %v", tc.on, got, tc.want)
		}
	}
	if got := p.DaysBefore(day(t, "2024-02-01"), day(t, "2025-01-01")); got != 60 {
		t.Errorf("DaysBefore from 1 February = %d, want 60 (February 2024 has 29 days, March 31)", got)
	}
	if got := p.DaysBefore(day(t, "2024-05-01"), day(t, "2025-01-01")); got != 0 {
		t.Errorf("DaysBefore after the period = %d, want 0", got)
	}
	open := Period{Start: day(t, "2024-01-01")}
	if got := open.DaysBefore(hearth.Date{}, day(t, "2024-01-11")); got != 10 {
		t.Errorf("open period DaysBefore = %d, want 10", got)
	}
	if !open.LookedAfterOn(day(t, "2030-01-01")) {
		t.Error("an open period is looked after on any later day")
	}
}
