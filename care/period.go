package care

import (
	"slices"

	"hearth"
)

// Period is one period of care: an unbroken stretch of being looked after, from the start of its first
// episode to the day the child ceased to be looked after. It is what leaving care eligibility, "looked after
// for 12 months at 31 March" and "second or subsequent period in 12 months" are worked out from. It is a
// plain value so that rules can be tested on hand-built histories.
type Period struct {
	Start        hearth.Date // the day the child started to be looked after (DECOM of the first episode)
	End          hearth.Date // the day the child ceased to be looked after (DEC); zero while still looked after
	ReasonCeased string      // the reason the period ended (REC of its last episode); empty while open
	ShortBreaks  bool        // every episode was an agreed series of short breaks (legal status V3 or V4)
}

// LookedAfterOn reports whether the child was looked after on day d. The SSDA903 counts a child who ceased
// on a day as no longer looked after on that day.
func (p Period) LookedAfterOn(d hearth.Date) bool {
	return !d.Before(p.Start) && (p.End.IsZero() || d.Before(p.End))
}

// DaysBefore returns the number of days the child was looked after in this period from the day from
// (inclusive) up to the day until (exclusive); 13 weeks looked after is 91 such days.
func (p Period) DaysBefore(from, until hearth.Date) int {
	start, end := p.Start, until
	if start.Before(from) {
		start = from
	}
	if !p.End.IsZero() && p.End.Before(end) {
		end = p.End
	}
	if n := end.DaysSince(start); n > 0 {
		return n
	}
	return 0
}

// Periods groups a child's episodes into periods of care, in date order. Episodes recorded in error are
// left out. A period ends with its last episode's end date when that episode ceased with a reason other than
// X1; a last episode that ended with X1 but has no successor (a gap in the record) is treated as the end of
// the period, so that the gap is visible rather than hidden as continuing care.
func Periods(episodes []Episode) []Period {
	eps := make([]Episode, 0, len(episodes))
	for _, e := range episodes {
		if e.Status != hearth.StatusRecordedInError {
			eps = append(eps, e)
		}
	}
	slices.SortStableFunc(eps, func(a, b Episode) int {
		if c := a.PeriodStart.DaysSince(b.PeriodStart); c != 0 {
			return c
		}
		return a.StartDate.DaysSince(b.StartDate)
	})
	var out []Period
	for i := 0; i < len(eps); {
		j := i
		p := Period{Start: eps[i].PeriodStart, ShortBreaks: true}
		for ; j < len(eps) && eps[j].PeriodStart == p.Start; j++ {
			if !ShortBreakStatuses[eps[j].LegalStatus] {
				p.ShortBreaks = false
			}
		}
		last := eps[j-1]
		if !last.EndDate.IsZero() {
			p.End, p.ReasonCeased = last.EndDate, last.ReasonCeased
		}
		out = append(out, p)
		i = j
	}
	return out
}
