package measure_test

import (
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/leaving"
	"hearth/measure"
)

// These tests build the tables of children looked after, missing and leaving care by hand; the store's
// TestMeasuresOnAHandBuiltAuthority runs every one of these measures on records written through the
// real store on both engines.

// ep is an episode of care of a child: S starts the period on start.
func ep(person hearth.ID, periodStart, start, end hearth.Date, rne, place, carers string) care.Episode {
	e := care.Episode{PersonID: person, PeriodStart: periodStart, StartDate: start, EndDate: end, ReasonNewEpisode: rne,
		LegalStatus: "C2", PlacementType: place, ProviderName: carers}
	if !end.IsZero() {
		e.ReasonCeased = care.RECContinues
	}
	return e
}

func TestPlacementsAreTimesWithTheSameCarers(t *testing.T) {
	s := day(2021, 1, 4)
	d := prepare(t, &measure.Tables{
		Births: []measure.Birth{{Person: 1, Date: day(2014, 5, 1)}, {Person: 2, Date: day(2014, 5, 1)}, {Person: 3, Date: day(2016, 5, 1)}},
		LookedAfter: []care.Episode{
			// Child 1: foster carers A since 2021, long-term with the same carers from 2023 (T), a holiday
			// with respite carers (T3) and back to A, then a move to carers B in the year and on to C:
			// three placements in the year (A, B, C), and in the current one for less than two years.
			ep(1, s, s, day(2023, 1, 9), "S", "U6", "A"),
			ep(1, s, day(2023, 1, 9), day(2024, 6, 1), "T", "U4", "A"),
			ep(1, s, day(2024, 6, 1), day(2024, 6, 10), "P", "T3", "Respite"),
			ep(1, s, day(2024, 6, 10), day(2024, 9, 1), "P", "U4", "A"),
			ep(1, s, day(2024, 9, 1), day(2025, 1, 6), "P", "U6", "B"),
			ep(1, s, day(2025, 1, 6), hearth.Date{}, "P", "U6", "C"),
			// Child 2: the same carers A since 2021, with a holiday and a change of legal status: one
			// placement, stable for two years.
			ep(2, s, s, day(2024, 7, 1), "S", "U6", "A"),
			ep(2, s, day(2024, 7, 1), day(2024, 7, 8), "P", "T3", "Respite"),
			ep(2, s, day(2024, 7, 8), day(2024, 10, 1), "P", "U6", "A"),
			ep(2, s, day(2024, 10, 1), hearth.Date{}, "L", "U6", "A"),
			// Child 3: fostered by D from 2021, placed for adoption with new adopters in February 2025: the
			// adoption placement counts with the foster placement before it, which began four years ago.
			ep(3, s, s, day(2025, 2, 3), "S", "U6", "D"),
			ep(3, s, day(2025, 2, 3), hearth.Date{}, "B", "A6", "Adopters"),
		},
	})
	expect(t, compute(t, d, "cla-three-placements", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 3})
	expect(t, compute(t, d, "cla-long-term-stability", year), 2, 3, []hearth.ID{2, 3}, []hearth.ID{1, 2, 3})
}

func TestLookedAfterCountsLeaveOutShortBreaksAndThoseWhoCeased(t *testing.T) {
	short := ep(2, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "A")
	short.LegalStatus = "V3"
	ceased := ep(3, day(2024, 1, 8), day(2024, 1, 8), day(2025, 3, 31), "S", "U6", "A")
	ceased.ReasonCeased = "E4A" // ceased on 31 March: not looked after at its end
	out := ep(4, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "K2", "Home")
	out.PlacementLocation, out.DistanceMiles = "OUT", 20.5
	in := ep(1, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "A")
	in.PlacementLocation, in.DistanceMiles = "IN", 20
	d := prepare(t, &measure.Tables{LookedAfter: []care.Episode{in, short, ceased, out,
		ep(5, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "B")}})
	// Children 1, 4 and 5 per 10,000 children (the test population).
	expect(t, compute(t, d, "cla-rate", year), 3, 10_000, []hearth.ID{1, 4, 5}, nil)
	expect(t, compute(t, d, "cla-placed-out-of-area", year), 1, 3, []hearth.ID{4}, []hearth.ID{1, 4, 5})
	// Exactly 20 miles is not more than 20; child 5 has no distance recorded.
	expect(t, compute(t, d, "cla-placed-over-20-miles", year), 1, 2, []hearth.ID{4}, []hearth.ID{1, 4})
}

func TestReturnInterviewsCountHours(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	back := time.Date(2024, 6, 14, 18, 0, 0, 0, london) // a Friday: 72 hours run out at 18:00 on Monday
	d := prepare(t, &measure.Tables{Missing: []measure.MissingEpisode{
		{Person: 1, Returned: back, Offered: back.Add(2 * time.Hour), Held: back.Add(72 * time.Hour)},
		{Person: 2, Returned: back, Offered: back.Add(72 * time.Hour), Held: back.Add(72*time.Hour + time.Minute)},
		{Person: 3, Returned: back},
		// The 72 hours of a return at 20:00 on 31 March 2025 run out in April: not in the year.
		{Person: 4, Returned: time.Date(2025, 3, 31, 20, 0, 0, 0, london)},
	}})
	expect(t, compute(t, d, "missing-interview-offered-72h", year), 2, 3, []hearth.ID{1, 2}, []hearth.ID{1, 2, 3})
	expect(t, compute(t, d, "missing-interview-held-72h", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 3})
}

func status(person hearth.ID, date hearth.Date, inTouch, activity, accommodation string) leaving.Status {
	s := leaving.Status{PersonID: person, Date: date, InTouch: inTouch, Activity: activity, Accommodation: accommodation}
	s.Record.Status = hearth.StatusActive
	return s
}

func TestCareLeaversAtTheirBirthdays(t *testing.T) {
	d := prepare(t, &measure.Tables{
		Births: []measure.Birth{{Person: 1, Date: day(2005, 6, 1)}, {Person: 2, Date: day(2004, 2, 29)},
			{Person: 3, Date: day(2006, 9, 1)}, {Person: 4, Date: day(2004, 7, 1)}, {Person: 5, Date: day(2005, 8, 1)}},
		Leavers: []measure.LeaverCategory{
			{Person: 1, Category: leaving.FormerRelevant, Start: day(2023, 6, 1)},
			{Person: 2, Category: leaving.FormerRelevant, Start: day(2022, 3, 1)},
			{Person: 3, Category: leaving.Eligible, Start: day(2022, 9, 1)},
			{Person: 4, Category: leaving.FormerRelevant, Start: day(2022, 7, 1)},
			{Person: 5, Category: leaving.Qualifying, Start: day(2023, 8, 1)},
		},
		// Child 3 is still looked after on their 18th birthday: not a care leaver for the return yet.
		LookedAfter: []care.Episode{ep(3, day(2020, 1, 6), day(2020, 1, 6), hearth.Date{}, "S", "U6", "A")},
		LeaverStatuses: []leaving.Status{
			// Child 1 (19 on 1 June 2024): in touch, in work, in their own flat; an older status does not count.
			status(1, day(2023, 1, 1), "NO", "0", "0"),
			status(1, day(2024, 5, 20), "YES", "F5", "U1"),
			// Child 2 (born 29 February: 20 on 1 March 2024, before the year; 21 on 1 March 2025): in touch,
			// not in education, employment or training, in unsuitable accommodation.
			status(2, day(2025, 2, 1), "YES", "G5", "S2"),
			// Child 4 (20 on 1 July 2024) has no status within the window: not in touch.
			status(4, day(2024, 1, 1), "YES", "F1", "U1"),
		},
	})
	expect(t, compute(t, d, "care-leavers-in-touch-19-21", year), 2, 3, []hearth.ID{1, 2}, []hearth.ID{1, 2, 4})
	expect(t, compute(t, d, "care-leavers-eet-19-21", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 4})
	expect(t, compute(t, d, "care-leavers-suitable-19-21", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 4})
	if r := compute(t, d, "care-leavers-in-touch-17-18", year); r.Denominator != 0 {
		t.Errorf("a child looked after on their 18th birthday and a qualifying care leaver were counted: %+v", r)
	}
}

func TestAdviserCaseloads(t *testing.T) {
	var advisers []measure.Adviser
	for i := range 26 {
		advisers = append(advisers, measure.Adviser{Person: hearth.ID(100 + i), Worker: 1, Start: day(2024, 1, 1)})
	}
	for i := range 25 {
		advisers = append(advisers, measure.Adviser{Person: hearth.ID(200 + i), Worker: 2, Start: day(2024, 1, 1)})
	}
	// The second adviser's allocation of young person 200 recorded twice counts once; an allocation that
	// ended before the day does not count.
	advisers = append(advisers, measure.Adviser{Person: 200, Worker: 2, Start: day(2024, 2, 1)},
		measure.Adviser{Person: 300, Worker: 2, Start: day(2024, 1, 1), End: day(2025, 3, 30)})
	d := prepare(t, &measure.Tables{AdviserCaseload: advisers})
	r := compute(t, d, "personal-adviser-caseloads", year)
	if r.Numerator != 26 || r.Denominator != 51 {
		t.Errorf("adviser caseloads = %d of %d, want the 26 of the adviser holding 26, of 51", r.Numerator, r.Denominator)
	}
}

func TestEducationPlansInPlace(t *testing.T) {
	s := day(2025, 3, 3)
	d := prepare(t, &measure.Tables{
		Births: []measure.Birth{{Person: 1, Date: day(2015, 1, 1)}, {Person: 2, Date: day(2015, 1, 1)},
			{Person: 3, Date: day(2022, 1, 1)}, {Person: 4, Date: day(2015, 1, 1)}},
		LookedAfter: []care.Episode{
			ep(1, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "A"),
			ep(2, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "A"),
			ep(3, day(2024, 1, 8), day(2024, 1, 8), hearth.Date{}, "S", "U6", "A"), // 3 years old: not yet at school
			ep(4, s, s, hearth.Date{}, "S", "U6", "A"),                             // first plan due 31 March, in 20 working days
		},
		// Child 1's plan of 10 October 2024 (autumn term) is reviewed by the end of the spring term, 31
		// March: current. Child 2's plan of the summer term 2024 was due for review by 31 December.
		PEPs: []measure.Dated{{Person: 1, Date: day(2024, 10, 10)}, {Person: 2, Date: day(2024, 6, 10)}},
	})
	expect(t, compute(t, d, "peps-in-place", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 4})
}
