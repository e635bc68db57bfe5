package duty

import (
	"hearth/calendar"
	"hearth/measure"
)

// MeasureTimescales returns the duties the timeliness measures read, as set, so that "assessments
// completed within 45 working days" and a worker's overdue assessment are counted by the same
// definition (DESIGN.md principle 4). Load the measures with them: store.DB.LoadMeasures.
func (s Settings) MeasureTimescales(cal *calendar.Calendar) *measure.Timescales {
	return &measure.Timescales{
		Calendar:        cal,
		ContactDecision: s.Get(ContactDecision),
		Assessment:      s.Get(Assessment),
		ICPC:            s.Get(ICPC),
		FirstReview:     s.Get(FirstReviewConference),
		LaterReview:     s.Get(ReviewConference),
		CPVisit:         s.Get(CPVisit),

		CLAFirstReview:         s.Get(CLAFirstReview),
		CLASecondReview:        s.Get(CLASecondReview),
		CLAReview:              s.Get(CLAReview),
		CLAFirstVisit:          s.Get(CLAFirstVisit),
		CLAVisit:               s.Get(CLAVisit),
		CLAVisitLongTerm:       s.Get(CLAVisitLongTerm),
		CLAVisitWeekly:         s.Get(CLAVisitWeekly),
		CLAVisitAtHome:         s.Get(CLAVisitAtHome),
		InitialHealth:          s.Get(InitialHealth),
		ReviewHealthUnder5:     s.Get(ReviewHealthUnder5),
		ReviewHealth:           s.Get(ReviewHealth),
		PEP:                    s.Get(PEP),
		PEPReview:              s.Get(PEPReview),
		ReturnInterview:        s.Get(ReturnInterview),
		PathwayPlan:            s.Get(PathwayPlan),
		PathwayPlanReview:      s.Get(PathwayPlanReview),
		PersonalAdviserContact: s.Get(PersonalAdviserContact),
	}
}
