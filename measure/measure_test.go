package measure_test

import (
	"regexp"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/measure"
)

// These tests build the loaded tables by hand, without a database (store/measures_test.go runs the
// catalogue on records written through the real store on both engines). Each case's answer is worked
// out in its comments from the calendar and the duties' national defaults.

func day(y int, m time.Month, d int) hearth.Date { return hearth.NewDate(y, m, d) }

func timescales() *measure.Timescales { return duty.Defaults().MeasureTimescales(calendar.England()) }

func prepare(t *testing.T, tables *measure.Tables) *measure.Data {
	t.Helper()
	d, err := measure.New(tables, measure.ChildPopulation{Count: 10_000, Year: 2024, Source: "test"}, timescales())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func lookup(t *testing.T, id string) *measure.Measure {
	t.Helper()
	m, ok := measure.Lookup(id)
	if !ok {
		t.Fatalf("no measure %s", id)
	}
	return m
}

// year is the 12 months to 31 March 2025.
var year = measure.PeriodEnding(day(2025, 3, 31), measure.TwelveMonths)

func compute(t *testing.T, d *measure.Data, id string, p measure.Period) measure.Result {
	t.Helper()
	return d.Compute(lookup(t, id), p, measure.Options{IDs: true})
}

func expect(t *testing.T, r measure.Result, num, den int, numIDs, denIDs []hearth.ID) {
	t.Helper()
	if r.Numerator != num || r.Denominator != den {
		t.Errorf("%s = %d of %d, want %d of %d", r.MeasureID, r.Numerator, r.Denominator, num, den)
	}
	sorted := func(ids []hearth.ID) []hearth.ID { s := slices.Clone(ids); slices.Sort(s); return s }
	if !slices.Equal(sorted(r.NumeratorIDs), sorted(numIDs)) {
		t.Errorf("%s numerator ids %v, want %v", r.MeasureID, r.NumeratorIDs, numIDs)
	}
	if !slices.Equal(sorted(r.DenominatorIDs), sorted(denIDs)) {
		t.Errorf("%s denominator ids %v, want %v", r.MeasureID, r.DenominatorIDs, denIDs)
	}
}

func TestTheCatalogueIsWellFormed(t *testing.T) {
	id := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	seen := map[string]bool{}
	for _, m := range measure.Catalogue() {
		if !id.MatchString(m.ID) || seen[m.ID] {
			t.Errorf("id %q is not a new lower-case, hyphenated id", m.ID)
		}
		seen[m.ID] = true
		if m.Title == "" || m.Definition == "" || m.Numerator == "" || m.Denominator == "" {
			t.Errorf("%s lacks a title, definition, numerator or denominator in words", m.ID)
		}
		if m.Unit != measure.Percent && m.Unit != measure.PerTenThousand {
			t.Errorf("%s has unit %q", m.ID, m.Unit)
		}
		if m.Better != measure.Higher && m.Better != measure.Lower && m.Better != measure.Neither {
			t.Errorf("%s says better is %q", m.ID, m.Better)
		}
		if e := m.England; e != nil && (e.Year < 2013 || e.Source == "" || e.Value <= 0) {
			t.Errorf("%s has an England figure without a year, source or value: %+v", m.ID, e)
		}
		if got, ok := measure.Lookup(m.ID); !ok || got != m {
			t.Errorf("Lookup(%s) does not find it", m.ID)
		}
	}
	if len(seen) < 20 {
		t.Errorf("the catalogue has %d measures; issue 4 asks for at least 20", len(seen))
	}
	if _, ok := measure.Lookup("no-such-measure"); ok {
		t.Error("Lookup found a measure that does not exist")
	}
}

func TestNewRefusesIncompleteTimescales(t *testing.T) {
	if _, err := measure.New(&measure.Tables{}, measure.ChildPopulation{}, nil); err == nil {
		t.Error("nil timescales were accepted")
	}
	ts := timescales()
	ts.ICPC = nil
	if _, err := measure.New(&measure.Tables{}, measure.ChildPopulation{}, ts); err == nil {
		t.Error("timescales without the initial conference were accepted")
	}
}

func TestContactDecisionsCountWorkingDaysInEngland(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	d := prepare(t, &measure.Tables{Contacts: []measure.Contact{
		// Received on Thursday 17 April 2025, before Good Friday and Easter Monday: due Tuesday 22 April.
		{Person: 1, Received: day(2025, 4, 17), Decided: day(2025, 4, 22)},
		{Person: 2, Received: day(2025, 4, 17), Decided: day(2025, 4, 23)},
		// Received on a Saturday: due the Monday.
		{Person: 3, Received: day(2025, 4, 5), Decided: day(2025, 4, 7)},
		// Undecided, due 1 May: late as at 2 May, not yet due as at 30 April.
		{Person: 4, Received: day(2025, 4, 30)},
	}})
	april := measure.Period{From: day(2025, 4, 1), To: day(2025, 5, 2)}
	expect(t, compute(t, d, "contacts-decided-1wd", april), 2, 4, []hearth.ID{1, 3}, []hearth.ID{1, 2, 3, 4})
	april.To = day(2025, 4, 30)
	expect(t, compute(t, d, "contacts-decided-1wd", april), 2, 3, []hearth.ID{1, 3}, []hearth.ID{1, 2, 3})

	// At 00:30 on 2 July in England it is still 1 July in UTC: the contact arrived on 2 July.
	if got := measure.EnglandDate(time.Date(2024, 7, 1, 23, 30, 0, 0, time.UTC)); got != day(2024, 7, 2) {
		t.Errorf("EnglandDate of 23:30 UTC on 1 July 2024 = %s, want 2024-07-02", got)
	}
	if got := measure.EnglandDate(time.Date(2024, 12, 31, 23, 30, 0, 0, london)); got != day(2024, 12, 31) {
		t.Errorf("EnglandDate in winter = %s", got)
	}
}

func TestReReferralsFollowTheCINCensus(t *testing.T) {
	d := prepare(t, &measure.Tables{Referrals: []measure.Referral{
		{ID: 1, Person: 10, Date: day(2024, 3, 13)},
		{ID: 2, Person: 10, Date: day(2025, 3, 13)}, // exactly 12 months after: a re-referral
		{ID: 3, Person: 20, Date: day(2024, 3, 12)},
		{ID: 4, Person: 20, Date: day(2025, 3, 13)}, // 12 months and a day: not one
		{ID: 5, Person: 30, Date: day(2024, 6, 1)},
		{ID: 6, Person: 30, Date: day(2024, 6, 1)}, // the same day twice: neither is a re-referral
		{ID: 7, Person: 40, Date: day(2023, 1, 1)},
		{ID: 8, Person: 40, Date: day(2024, 12, 1)},
		{ID: 9, Person: 40, Date: day(2025, 1, 1)}, // within 12 months of the one before, however old the first
	}})
	expect(t, compute(t, d, "re-referrals-12m", year), 2, 6, []hearth.ID{10, 40}, []hearth.ID{10, 20, 30, 30, 40, 40})
	r := compute(t, d, "referrals-rate", year)
	if r.Numerator != 6 || r.Denominator != 10_000 || r.Value != 6 || r.DenominatorIDs != nil {
		t.Errorf("referrals-rate = %+v, want 6 per 10,000 with no denominator ids", r)
	}
}

func TestAssessmentsAreTimedAsTheDutyTimesThem(t *testing.T) {
	d := prepare(t, &measure.Tables{
		Referrals: []measure.Referral{
			{ID: 1, Person: 1, Date: day(2024, 6, 4)},
			{ID: 2, Person: 2, Date: day(2024, 6, 4), NFA: true},
		},
		Assessments: []measure.Assessment{
			// 45 working days from 4 June 2024 is 6 August.
			{Person: 1, Episode: 1, Start: day(2024, 6, 4), Authorised: day(2024, 8, 6), Seen: measure.Yes, SeenAlone: measure.No},
			// A second assessment in the same referral is further work, not the duty: not timed, but
			// whether the child was seen still counts.
			{Person: 1, Episode: 1, Start: day(2024, 9, 1), Authorised: day(2024, 12, 1), Seen: measure.Yes, SeenAlone: measure.Yes},
			// An assessment in a referral closed with no further action is not timed either.
			{Person: 2, Episode: 2, Start: day(2024, 6, 4), Authorised: day(2024, 6, 10)},
		},
	})
	expect(t, compute(t, d, "assessments-45wd", year), 1, 1, []hearth.ID{1}, []hearth.ID{1})
	expect(t, compute(t, d, "assessments-child-seen", year), 2, 3, []hearth.ID{1, 1}, []hearth.ID{1, 1, 2})
	expect(t, compute(t, d, "assessments-seen-alone", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 1, 2})
	if r := compute(t, d, "assessments-45wd", year); r.Spread == nil || *r.Spread != (measure.Spread{Count: 1, Median: 45, P90: 45}) {
		t.Errorf("spread = %+v", r.Spread)
	}
}

func TestInitialConferencesRunFromTheLatestStrategyDiscussion(t *testing.T) {
	d := prepare(t, &measure.Tables{
		Strategy: []measure.StrategyDiscussion{
			{ID: 1, Person: 1, Episode: 1, Held: day(2024, 6, 3)},
			{ID: 2, Person: 1, Episode: 1, Held: day(2024, 6, 10)}, // reconvened: the clock runs from here
			{ID: 3, Person: 2, Episode: 2, Held: day(2024, 6, 10)},
		},
		S47: []measure.S47Enquiry{
			{ID: 1, Person: 1, Episode: 1, Strategy: 1, Start: day(2024, 6, 10)},
			{ID: 2, Person: 2, Episode: 2, Strategy: 3, Start: day(2024, 6, 10)},
			{ID: 3, Person: 3, Episode: 3, Start: day(2024, 9, 2)}, // imported: no discussion, runs from its start
		},
		Conferences: []measure.Conference{
			// 15 working days from 10 June 2024 is 1 July; from 3 June it would have been 24 June.
			{Person: 1, Episode: 1, Enquiry: 1, Date: day(2024, 7, 1), Initial: true},
			// Names no enquiry, but is the referral's first initial conference after the enquiry began.
			{Person: 2, Episode: 2, Date: day(2024, 7, 2), Initial: true},
			// 15 working days from 2 September 2024 is 23 September.
			{Person: 3, Episode: 3, Enquiry: 3, Date: day(2024, 9, 23), Initial: true},
			// A transfer-in conference has no such clock.
			{Person: 4, Episode: 4, Date: day(2024, 9, 23), Initial: true, TransferIn: true},
		},
	})
	expect(t, compute(t, d, "icpc-15wd", year), 2, 3, []hearth.ID{1, 3}, []hearth.ID{1, 2, 3})
}

func TestEveryHouseholdMemberConsidered(t *testing.T) {
	d := prepare(t, &measure.Tables{
		S47: []measure.S47Enquiry{
			{ID: 1, Person: 1, Start: day(2024, 6, 10), End: day(2024, 6, 21), GP: measure.Yes},
			{ID: 2, Person: 2, Start: day(2024, 6, 10), End: day(2024, 6, 21), GP: measure.No},
			{ID: 3, Person: 3, Start: day(2024, 6, 10), End: day(2024, 6, 21)},
			{ID: 4, Person: 4, Start: day(2024, 6, 10), End: day(2024, 6, 21)},
		},
		Household: []measure.HouseholdMember{
			{Person: 1, Member: 11, Start: day(2020, 1, 1)},
			{Person: 1, Member: 12, Start: day(2020, 1, 1), End: day(2024, 1, 1)}, // left before the enquiry
			{Person: 1, Member: 1}, // the child themself
			{Person: 2, Member: 21},
			{Person: 2, Member: 22, Start: day(2024, 6, 20)}, // moved in during the enquiry, not considered
			{Person: 4, Member: 41},
		},
		S47Household: []measure.S47Member{
			{Enquiry: 1, Member: 11, Considered: true},
			{Enquiry: 2, Member: 21, Considered: true},
			{Enquiry: 4, Member: 41, Considered: true},
			{Enquiry: 4, Member: 42, Considered: false}, // found during the enquiry and not considered
		},
	})
	// Enquiry 3 records nobody, so it has not shown that it considered anyone.
	expect(t, compute(t, d, "s47-household-considered", year), 1, 4, []hearth.ID{1}, []hearth.ID{1, 2, 3, 4})
	expect(t, compute(t, d, "s47-gp-information", year), 1, 4, []hearth.ID{1}, []hearth.ID{1, 2, 3, 4})
}

func TestPlanChains(t *testing.T) {
	seen := measure.Yes
	d := prepare(t, &measure.Tables{
		CPPlans: []measure.CPPlan{
			{ID: 1, Person: 1, Start: day(2024, 7, 1), End: day(2024, 10, 1)},
			{ID: 2, Person: 2, Start: day(2024, 7, 1)},
			{ID: 3, Person: 3, Start: day(2024, 7, 1), End: day(2024, 7, 10)},
		},
		Conferences: []measure.Conference{
			{Person: 1, Plan: 1, Date: day(2024, 7, 1), Initial: true},
			// The first review is due 3 months after the initial conference, 1 October 2024; this one
			// ended the plan, so nothing more is due.
			{Person: 1, Plan: 1, Date: day(2024, 10, 1), EndsPlan: true},
			// Plan 2's first review is due 1 October 2024 and was held late; the next is due 6 months
			// after it (7 April 2025), outside the year.
			{Person: 2, Plan: 2, Date: day(2024, 10, 7)},
		},
		CPVisits: []measure.Visit{
			// Plan 1: visits every 10 working days from 1 July 2024 (due 15 July): made 15 July (twice
			// that day: one for the clock), then due 29 July and never made before the plan ended on 1
			// October: still a missed visit after the plan ended.
			{Person: 1, Plan: 1, Date: day(2024, 7, 15), Seen: seen},
			{Person: 1, Plan: 1, Date: day(2024, 7, 15), Seen: seen},
			// Plan 2: a visit naming no plan, but during it, counts: made 12 July, then due 26 July and
			// never made; a visit at which the child was not seen does not meet it.
			{Person: 2, Date: day(2024, 7, 12), Seen: seen},
			{Person: 2, Plan: 2, Date: day(2024, 7, 22), Seen: measure.No},
		},
	})
	// Plan 3 ended before anything fell due (its first visit was due 15 July).
	expect(t, compute(t, d, "cp-reviews-on-time", year), 1, 2, []hearth.ID{1}, []hearth.ID{1, 2})
	expect(t, compute(t, d, "cp-visits-on-time", year), 2, 4, []hearth.ID{1, 2}, []hearth.ID{1, 1, 2, 2})
	// As at 20 July 2024 plan 2's second visit was not yet due, and plan 1's second not yet either.
	july := measure.Period{From: day(2024, 7, 1), To: day(2024, 7, 20)}
	expect(t, compute(t, d, "cp-visits-on-time", july), 2, 2, []hearth.ID{1, 2}, []hearth.ID{1, 2})
}

func TestPlansAndAllocation(t *testing.T) {
	d := prepare(t, &measure.Tables{
		CPPlans: []measure.CPPlan{
			{ID: 1, Person: 1, Start: day(2023, 3, 31)},                       // two years on 31 March 2025
			{ID: 2, Person: 2, Start: day(2023, 4, 1)},                        // a day short
			{ID: 3, Person: 3, Start: day(2024, 1, 1), End: day(2025, 3, 31)}, // ended on the day: not on a plan
			{ID: 4, Person: 4, Start: day(2019, 1, 1), End: day(2019, 6, 1), OtherLA: true},
			{ID: 5, Person: 4, Start: day(2024, 5, 1)},
		},
		CINPlans: []measure.CINPlan{{ID: 9, Person: 5, Start: day(2024, 5, 1)}},
		Plans: []measure.PlanContent{
			{ID: 100, CPPlan: 1, Contingency: true},
			{ID: 101, CPPlan: 2, Contingency: false},
			{ID: 102, CINPlan: 9, Contingency: true},
			{ID: 103, CPPlan: 5, Contingency: true}, // no actions
		},
		PlanActions: []measure.PlanAction{
			{Plan: 100, Measurable: true}, {Plan: 101, Measurable: true}, {Plan: 102, Measurable: true}, {Plan: 102, Measurable: false},
		},
		Referrals:    []measure.Referral{{ID: 1, Person: 6, Date: day(2025, 1, 1)}, {ID: 2, Person: 7, Date: day(2025, 1, 1), Closed: day(2025, 3, 31)}},
		CareLeavers:  []measure.Span{{Person: 8, Start: day(2020, 1, 1)}},
		Allocations:  []measure.Allocation{{Person: 1, Start: day(2023, 3, 31)}, {Person: 8, Start: day(2020, 1, 1), End: day(2025, 3, 31)}},
		CareEpisodes: []measure.Span{{Person: 9, Start: day(2024, 1, 1)}},
		Deaths:       []measure.Death{{Person: 9, Date: day(2025, 2, 1)}},
	})
	r := compute(t, d, "cp-plans-rate", year)
	if r.Numerator != 3 || r.Value != 3 || !slices.Equal(sortIDs(r.NumeratorIDs), []hearth.ID{1, 2, 4}) {
		t.Errorf("cp-plans-rate = %+v, want children 1, 2 and 4", r)
	}
	expect(t, compute(t, d, "cp-plans-open-2y", year), 1, 3, []hearth.ID{1}, []hearth.ID{1, 2, 4})
	expect(t, compute(t, d, "cp-second-plans", year), 1, 1, []hearth.ID{4}, []hearth.ID{4})
	expect(t, compute(t, d, "cp-plans-ended-2y", year), 0, 1, nil, []hearth.ID{3})
	expect(t, compute(t, d, "plans-measurable", year), 1, 4, []hearth.ID{1}, []hearth.ID{1, 2, 4, 5})
	// Open work on 31 March 2025 (a period ending that day counts as open, as on the team's caseload
	// page): 1, 2, 3 (ended that day) and 4 on plans, 6 and 7 with referrals (7's closed that day), 8 a
	// care leaver (allocated until that day), 9 left out (died). Only 1 and 8 are allocated.
	expect(t, compute(t, d, "unallocated-children", year), 5, 7, []hearth.ID{2, 3, 4, 6, 7}, []hearth.ID{1, 2, 3, 4, 6, 7, 8})
}

func sortIDs(ids []hearth.ID) []hearth.ID { s := slices.Clone(ids); slices.Sort(s); return s }

func TestPartnerChecksByAgency(t *testing.T) {
	due := time.Date(2024, 6, 3, 12, 0, 0, 0, time.UTC).Unix()
	d := prepare(t, &measure.Tables{MASHChecks: []measure.MASHCheck{
		{Person: 1, Agency: measure.AgencyIndex("police"), Due: due, Answered: due},
		{Person: 1, Agency: measure.AgencyIndex("health"), Due: due, Answered: due + 1},
		{Person: 2, Agency: measure.AgencyIndex("education"), Due: due},
		{Person: 2, Agency: measure.AgencyIndex("a made-up agency"), Due: due, Answered: due - 60},
	}})
	r := compute(t, d, "mash-checks-in-time", year)
	expect(t, r, 2, 4, []hearth.ID{1, 2}, []hearth.ID{1, 1, 2, 2})
	got := map[string][2]int{}
	num, den := 0, 0
	for _, b := range r.Breakdown {
		got[b.Key] = [2]int{b.Numerator, b.Denominator}
		num, den = num+b.Numerator, den+b.Denominator
	}
	want := map[string][2]int{"police": {1, 1}, "health": {0, 1}, "education": {0, 1}, "gp": {0, 0}, "other": {1, 1}}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %v, want %v", k, got[k], w)
		}
	}
	if num != r.Numerator || den != r.Denominator {
		t.Errorf("the breakdown adds up to %d of %d, the measure is %d of %d", num, den, r.Numerator, r.Denominator)
	}
}

func TestDatesOutsideTheCalendarAreReportedNotGuessed(t *testing.T) {
	d := prepare(t, &measure.Tables{Contacts: []measure.Contact{
		{Person: 1, Received: day(2014, 12, 1), Decided: day(2014, 12, 2)},
		{Person: 2, Received: day(2015, 3, 2), Decided: day(2015, 3, 3)},
	}})
	r := compute(t, d, "contacts-decided-1wd", measure.Period{From: day(2014, 4, 1), To: day(2015, 3, 31)})
	if r.Uncounted != 1 || r.Numerator != 1 || r.Denominator != 1 {
		t.Errorf("result = %+v, want 1 of 1 with 1 uncounted", r)
	}
}

func TestTrendReusesTheLoadedDataAndMatchesEachMonth(t *testing.T) {
	var contacts []measure.Contact
	for i := 0; i < 400; i++ {
		received := day(2023, 1, 2).AddDays(i * 2)
		contacts = append(contacts, measure.Contact{Person: hearth.ID(i), Received: received, Decided: received.AddDays(i % 3), Referred: i%4 == 0})
	}
	d := prepare(t, &measure.Tables{Contacts: contacts})
	for _, m := range []string{"contacts-decided-1wd", "contacts-to-referral"} {
		trend := d.Trend(lookup(t, m), day(2025, 3, 17), 24, measure.TwelveMonths)
		if len(trend) != 24 || trend[23].Period.To != day(2025, 3, 17) || trend[22].Period.To != day(2025, 2, 28) || trend[0].Period.To != day(2023, 4, 30) {
			t.Fatalf("%s trend ends %s, %s ... %s", m, trend[0].Period.To, trend[22].Period.To, trend[23].Period.To)
		}
		for _, r := range trend {
			want := d.Compute(lookup(t, m), r.Period, measure.Options{})
			if r.Numerator != want.Numerator || r.Denominator != want.Denominator || r.Value != want.Value {
				t.Errorf("%s trend at %s = %d/%d, computed alone %d/%d", m, r.Period.To, r.Numerator, r.Denominator, want.Numerator, want.Denominator)
			}
			if r.NumeratorIDs != nil {
				t.Errorf("a trend carries ids")
			}
		}
	}
}

func TestPeriods(t *testing.T) {
	if p := measure.PeriodEnding(day(2024, 2, 29), measure.TwelveMonths); p.From != day(2023, 3, 1) {
		t.Errorf("12 months to 29 February 2024 start %s, want 2023-03-01", p.From)
	}
	if p := measure.PeriodEnding(day(2025, 3, 31), measure.TwelveMonths); p.From != day(2024, 4, 1) {
		t.Errorf("the collection year 2025 starts %s", p.From)
	}
	if p := measure.PeriodEnding(day(2025, 2, 14), measure.OneMonth); p.From != day(2025, 2, 1) || p.To != day(2025, 2, 14) {
		t.Errorf("the month to 14 February = %+v", p)
	}
	ends := measure.MonthEnds(day(2024, 3, 31), 3)
	if !slices.Equal(ends, []hearth.Date{day(2024, 1, 31), day(2024, 2, 29), day(2024, 3, 31)}) {
		t.Errorf("month ends = %v", ends)
	}
	if measure.MonthOf(day(2025, 3, 17)) != day(2025, 3, 1) {
		t.Error("MonthOf")
	}
}

func TestPlanText(t *testing.T) {
	for text, want := range map[string]bool{
		"To be agreed.": false, "TBC": false, "n/a": false, "": false, "Seek legal advice": false,
		"If things do not improve the local authority will seek legal advice": true,
	} {
		if got := measure.Substantive(text, measure.ContingencyWords); got != want {
			t.Errorf("Substantive(%q) = %v, want %v", text, got, want)
		}
	}
	if !measure.MeasurableAction("Mum", day(2025, 1, 1), "Attendance above 95%") {
		t.Error("a measurable action was not")
	}
	if measure.MeasurableAction("Mum", hearth.Date{}, "Attendance above 95%") || measure.MeasurableAction("", day(2025, 1, 1), "Attendance above 95%") ||
		measure.MeasurableAction("Mum", day(2025, 1, 1), "TBC") {
		t.Error("an action without a date, a person or a real measure counted as measurable")
	}
}

func TestARecordOutOfOrderTakesNoTime(t *testing.T) {
	// The enquiry names a discussion held after the conference: the conference is on time, taking no time.
	d := prepare(t, &measure.Tables{
		Strategy:    []measure.StrategyDiscussion{{ID: 1, Person: 1, Episode: 1, Held: day(2024, 7, 10)}},
		S47:         []measure.S47Enquiry{{ID: 1, Person: 1, Episode: 1, Strategy: 1, Start: day(2024, 6, 10)}},
		Conferences: []measure.Conference{{Person: 1, Episode: 1, Enquiry: 1, Date: day(2024, 7, 1), Initial: true}},
	})
	r := compute(t, d, "icpc-15wd", year)
	expect(t, r, 1, 1, []hearth.ID{1}, []hearth.ID{1})
	if r.Spread == nil || r.Spread.Median != 0 {
		t.Errorf("spread = %+v, want a median of 0", r.Spread)
	}
}
