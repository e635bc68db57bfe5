package duty

import (
	"testing"

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
	if ts.Calendar != cal {
		t.Error("the measures were given another calendar")
	}
}
