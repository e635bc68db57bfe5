package duty

import (
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
)

// TestMeasureTimescalesAreTheDuties checks that each clock the measures read is the duty of its name, as
// the organisation set it: a local override reaches the measure.
func TestMeasureTimescalesAreTheDuties(t *testing.T) {
	cal := calendar.England()
	s := Defaults()
	if err := s.Override(CPVisit, 15, WorkingDays); err != nil {
		t.Fatal(err)
	}
	ts := s.MeasureTimescales(cal)
	start := hearth.NewDate(2025, 1, 6)
	for name, c := range map[string]struct {
		got interface {
			DueFrom(*calendar.Calendar, hearth.Date) (hearth.Date, error)
		}
		want ID
	}{
		"contact decision": {ts.ContactDecision, ContactDecision},
		"assessment":       {ts.Assessment, Assessment},
		"icpc":             {ts.ICPC, ICPC},
		"first review":     {ts.FirstReview, FirstReviewConference},
		"later review":     {ts.LaterReview, ReviewConference},
		"cp visit":         {ts.CPVisit, CPVisit},

		"first looked-after review":  {ts.CLAFirstReview, CLAFirstReview},
		"second looked-after review": {ts.CLASecondReview, CLASecondReview},
		"looked-after review":        {ts.CLAReview, CLAReview},
		"first visit":                {ts.CLAFirstVisit, CLAFirstVisit},
		"visit":                      {ts.CLAVisit, CLAVisit},
		"visit long-term":            {ts.CLAVisitLongTerm, CLAVisitLongTerm},
		"visit weekly":               {ts.CLAVisitWeekly, CLAVisitWeekly},
		"visit at home":              {ts.CLAVisitAtHome, CLAVisitAtHome},
		"initial health":             {ts.InitialHealth, InitialHealth},
		"review health under 5":      {ts.ReviewHealthUnder5, ReviewHealthUnder5},
		"review health":              {ts.ReviewHealth, ReviewHealth},
		"pep":                        {ts.PEP, PEP},
		"pep review":                 {ts.PEPReview, PEPReview},
		"pathway plan":               {ts.PathwayPlan, PathwayPlan},
		"pathway plan review":        {ts.PathwayPlanReview, PathwayPlanReview},
		"adviser contact":            {ts.PersonalAdviserContact, PersonalAdviserContact},
	} {
		got, err := c.got.DueFrom(cal, start)
		want, err2 := s.Get(c.want).DueFrom(cal, start)
		if err != nil || err2 != nil || got != want {
			t.Errorf("%s: due %s (%v), the duty says %s (%v)", name, got, err, want, err2)
		}
	}
	if got, _ := ts.CPVisit.DueFrom(cal, start); got != hearth.NewDate(2025, 1, 27) {
		t.Errorf("the local 15 working days for visits did not reach the measure: due %s", got)
	}
	if err := s.Override(PersonalAdviserContact, 4, Weeks); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.MeasureTimescales(cal).PersonalAdviserContact.DueFrom(cal, start); got != hearth.NewDate(2025, 2, 3) {
		t.Errorf("the local contact standard of 4 weeks did not reach the measure: due %s", got)
	}
	moment := time.Date(2025, 1, 10, 18, 0, 0, 0, London)
	got, err := ts.ReturnInterview.DueAt(cal, moment)
	want, _ := s.Get(ReturnInterview).DueAt(cal, moment)
	if err != nil || !got.Equal(want) {
		t.Errorf("return interview due %s (%v), the duty says %s", got, err, want)
	}
	if ts.Calendar != cal {
		t.Error("the measures were given another calendar")
	}
}
