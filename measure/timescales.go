package measure

import (
	"hearth"
	"hearth/calendar"
)

// Clock says when something is due, given the date of the event that starts it.
type Clock func(start hearth.Date) (hearth.Date, error)

// Timescales are the clocks the timeliness measures read. They come from the duty definitions, so the
// measure and the worker's list of what is due use the same timescale, set once.
type Timescales struct {
	Calendar        *calendar.Calendar // for the working days items took
	ContactDecision Clock              // from the day a contact arrives
	Assessment      Clock              // from the referral date
	ICPC            Clock              // from the strategy discussion that started the enquiry
	FirstReview     Clock              // from the initial conference (the plan's start)
	LaterReview     Clock              // from the previous review conference
	CPVisit         Clock              // from the plan's start, then from the previous visit
}

// workingDaysClock is a clock of n working days on the calendar.
func workingDaysClock(cal *calendar.Calendar, n int) Clock {
	return func(start hearth.Date) (hearth.Date, error) {
		t, err := cal.AddWorkingDays(start.Time(), n)
		if err != nil {
			return hearth.Date{}, err
		}
		return hearth.DateOf(t), nil
	}
}

// monthsClock is a clock of n calendar months (clamped to the end of a shorter month).
func monthsClock(n int) Clock {
	return func(start hearth.Date) (hearth.Date, error) { return start.AddMonths(n), nil }
}

// workingDaysTaken returns the working days from start to done (0 when done on the start day).
func (ts *Timescales) workingDaysTaken(start, done hearth.Date) (int, error) {
	return ts.Calendar.WorkingDaysBetween(start.Time(), done.Time())
}

// DefaultTimescales returns the national defaults of shared/reference/timescales.md on the England
// calendar: a decision on a contact in 1 working day, an assessment in 45 working days from the
// referral, an initial conference in 15 working days from the strategy discussion, the first review
// conference 3 months after the initial one and then every 6 months, and a child protection visit every
// 10 working days.
func DefaultTimescales() *Timescales {
	cal := calendar.England()
	return &Timescales{
		Calendar:        cal,
		ContactDecision: workingDaysClock(cal, 1),
		Assessment:      workingDaysClock(cal, 45),
		ICPC:            workingDaysClock(cal, 15),
		FirstReview:     monthsClock(3),
		LaterReview:     monthsClock(6),
		CPVisit:         workingDaysClock(cal, 10),
	}
}
