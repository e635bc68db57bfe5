package measure

import (
	"time"
	_ "time/tzdata" // the England time zone on machines without a time zone database

	"hearth"
)

// Period is the days a result covers, both ends included. A flow measure counts what happened in it; a
// stock measure reads its last day (To).
type Period struct {
	From hearth.Date `json:"from"`
	To   hearth.Date `json:"to"`
}

// Window is how long a period ending on a date is.
type Window string

const (
	// TwelveMonths is the 12 months ending on the date: the DfE's collection year when the date is 31
	// March, and a rolling year otherwise, which is how leaders usually read a monthly trend.
	TwelveMonths Window = "12_months"
	// OneMonth is the calendar month to the date: from the first of the date's month to the date.
	OneMonth Window = "month"
)

// PeriodEnding returns the period of the window that ends on d.
func PeriodEnding(d hearth.Date, w Window) Period {
	if w == OneMonth {
		return Period{From: hearth.NewDate(d.Year(), d.Month(), 1), To: d}
	}
	return Period{From: d.AddMonths(-12).AddDays(1), To: d}
}

// Has reports whether the date is recorded and falls in the period.
func (p Period) Has(d hearth.Date) bool {
	return !d.IsZero() && !d.Before(p.From) && !d.After(p.To)
}

// MonthEnds returns the last day of each of the n months up to the one that holds end, oldest first,
// with end itself as the last point (so a trend "to today" ends today, not at the end of this month).
func MonthEnds(end hearth.Date, n int) []hearth.Date {
	if n <= 0 {
		return nil
	}
	out := make([]hearth.Date, n)
	out[n-1] = end
	first := hearth.NewDate(end.Year(), end.Month(), 1)
	for i := n - 2; i >= 0; i-- {
		first = first.AddMonths(-1)
		out[i] = lastOfMonth(first)
	}
	return out
}

// lastOfMonth returns the last day of the month that holds d.
func lastOfMonth(d hearth.Date) hearth.Date {
	return hearth.NewDate(d.Year(), d.Month()+1, 1).AddDays(-1)
}

// london is the time zone of England, in which an instant such as a contact's arrival becomes the day a
// timescale counts from: a contact at 00:30 on a summer Tuesday arrived on Tuesday, although it was still
// Monday in UTC.
var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("measure: the Europe/London time zone is missing: " + err.Error())
	}
	return loc
}()

// EnglandDate returns the civil date in England of an instant; the zero time gives the zero Date.
func EnglandDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(london))
}
