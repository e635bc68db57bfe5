package measure

import (
	"errors"
	"time"

	"hearth"
	"hearth/calendar"
)

// Duty is a timescale as package duty defines it (duty.Definition satisfies it): the day something is due
// when its clock starts on a day. The measures take their timescales from the duties, so that a measure
// and a worker's list of what is due can never count one differently; this package cannot import duty
// (duty reads the store, which loads the measures' tables), so it names only what it needs.
type Duty interface {
	DueFrom(cal *calendar.Calendar, start hearth.Date) (hearth.Date, error)
}

// Timescales are the duties the timeliness measures read, as the organisation has set them. Build them
// with duty.Settings.MeasureTimescales.
type Timescales struct {
	Calendar        *calendar.Calendar // the bank holidays, for due dates and the working days items took
	ContactDecision Duty               // from the day a contact arrives
	Assessment      Duty               // from the referral date
	ICPC            Duty               // from the strategy discussion that started the enquiry
	FirstReview     Duty               // from the initial conference that made the plan
	LaterReview     Duty               // from the previous review conference
	CPVisit         Duty               // from the plan's start, then from the previous visit

	// Children looked after, missing and leaving care (care.go).
	CLAFirstReview, CLASecondReview, CLAReview Duty // from the start of the period of care, then the previous review
	CLAFirstVisit, CLAVisit, CLAVisitLongTerm  Duty // from the start of the placement, then the previous visit
	CLAVisitWeekly, CLAVisitAtHome             Duty // placed with parents: before the first review, and under an interim care order after it
	InitialHealth, ReviewHealthUnder5          Duty // from the start of the period of care, then the previous assessment
	ReviewHealth, PEP, PEPReview               Duty
	ReturnInterview                            TimedDuty // from the moment the child returned
	PathwayPlan, PathwayPlanReview             Duty      // from the 16th birthday or eligibility, then the plan and each review
	PersonalAdviserContact                     Duty      // from eligibility, then the previous contact
}

// TimedDuty is a duty whose clock starts at a moment and may run in hours (duty.Definition satisfies it):
// the return home interview's 72 hours.
type TimedDuty interface {
	DueAt(cal *calendar.Calendar, start time.Time) (time.Time, error)
}

// check reports a missing part, so that a page fails at once rather than computing nothing.
func (ts *Timescales) check() error {
	if ts == nil || ts.Calendar == nil || ts.ContactDecision == nil || ts.Assessment == nil || ts.ICPC == nil ||
		ts.FirstReview == nil || ts.LaterReview == nil || ts.CPVisit == nil || ts.CLAFirstReview == nil || ts.CLASecondReview == nil ||
		ts.CLAReview == nil || ts.CLAFirstVisit == nil || ts.CLAVisit == nil || ts.CLAVisitLongTerm == nil || ts.CLAVisitWeekly == nil || ts.CLAVisitAtHome == nil || ts.InitialHealth == nil ||
		ts.ReviewHealthUnder5 == nil || ts.ReviewHealth == nil || ts.PEP == nil || ts.PEPReview == nil || ts.ReturnInterview == nil ||
		ts.PathwayPlan == nil || ts.PathwayPlanReview == nil || ts.PersonalAdviserContact == nil {
		return errors.New("measure: the timescales are incomplete: build them with duty.Settings.MeasureTimescales")
	}
	return nil
}

// dueFrom returns the due day of duty d from start.
func (ts *Timescales) dueFrom(d Duty, start hearth.Date) (hearth.Date, error) {
	return d.DueFrom(ts.Calendar, start)
}

// workingDaysTaken returns the working days from start to done (0 when done on the start day).
func (ts *Timescales) workingDaysTaken(start, done hearth.Date) (int, error) {
	return ts.Calendar.WorkingDaysBetween(start.Time(), done.Time())
}
