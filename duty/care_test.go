package duty_test

import (
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/duty"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// The due dates below were worked out by hand from the 2025 and 2026 bank holidays of England (Good
// Friday 18 April and Easter Monday 21 April 2025, 5 May, 26 May, 25 August 2025, 31 August 2026) and
// checked against the calendar.

// born returns a child's record with a date of birth.
func born(t *testing.T, birth string, rows ...any) *store.ChildRecord {
	t.Helper()
	r, err := store.NewChildRecord(hearth.Person{Record: rec(child), Forename: "Ada", Surname: "Test", BirthDate: d(birth)}, rows...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// episode is an episode of the period of care that started on 17 April 2025 (the Thursday before Easter).
func episode(id hearth.ID, start, end, rne, place, provider string) care.Episode {
	e := care.Episode{Record: rec(id), PersonID: child, PeriodStart: d("2025-04-17"), StartDate: d(start), ReasonNewEpisode: rne,
		LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: place, ProviderName: provider}
	if end != "" {
		e.EndDate, e.ReasonCeased = d(end), care.RECContinues
	}
	return e
}

func claVisit(id hearth.ID, date string, seen bool) protection.Visit {
	v := protection.Visit{Record: rec(id), PersonID: child, Kind: protection.VisitCLA, VisitDate: d(date), WorkerID: worker, ChildSeen: no()}
	if seen {
		v.ChildSeen = yes()
	}
	return v
}

func TestLookedAfterReviews(t *testing.T) {
	r := born(t, "2015-03-01", allocation(),
		episode(10, "2025-04-17", "", care.RNEStarted, "U6", "Carers A"),
		care.Review{Record: rec(20), PersonID: child, Date: d("2025-05-20"), Participation: "PN1"},
		care.Review{Record: rec(21), PersonID: child, Date: d("2025-08-27"), Participation: "PN1"},
		care.Review{Record: inError(22), PersonID: child, Date: d("2025-06-01"), Participation: "PN1"})
	items := derive(t, r, "2026-03-02")
	// 20 working days from Thursday 17 April 2025, over Easter and the early May bank holiday.
	expect(t, find(t, items, duty.CLAFirstReview, "cla_episodes", 10), "2025-05-20", "2025-05-20", duty.StateDoneOnTime, 0)
	// 3 months after the first; held a week late, over the August bank holiday: 4 working days.
	expect(t, find(t, items, duty.CLASecondReview, "cla_reviews", 20), "2025-08-20", "2025-08-27", duty.StateDoneLate, 4)
	// 6 months after the second, and not yet held.
	expect(t, find(t, items, duty.CLAReview, "cla_reviews", 21), "2026-02-27", "", duty.StateOverdue, 1)

	t.Run("stop when care ends", func(t *testing.T) {
		ended := episode(10, "2025-04-17", "2026-01-10", care.RNEStarted, "U6", "Carers A")
		ended.ReasonCeased = "E4A"
		r := born(t, "2015-03-01", allocation(), ended,
			care.Review{Record: rec(20), PersonID: child, Date: d("2025-05-20"), Participation: "PN1"},
			care.Review{Record: rec(21), PersonID: child, Date: d("2025-08-27"), Participation: "PN1"})
		none(t, derive(t, r, "2026-03-02"), duty.CLAReview, "cla_reviews", 21)
	})
	t.Run("none for short breaks", func(t *testing.T) {
		e := episode(10, "2025-04-17", "", care.RNEStarted, "U6", "Carers A")
		e.LegalStatus = "V3"
		none(t, derive(t, born(t, "2015-03-01", e), "2026-03-02"), duty.CLAFirstReview, "cla_episodes", 10)
	})
}

func TestLookedAfterVisits(t *testing.T) {
	r := born(t, "2015-03-01", allocation(),
		episode(10, "2025-04-17", "2025-07-01", care.RNEStarted, "U6", "Carers A"),
		episode(11, "2025-07-01", "2025-08-01", care.RNEPlacement, "U6", "Carers B"),
		episode(12, "2025-08-01", "2025-08-10", care.RNEPlacement, "T3", "Respite carers"),
		episode(13, "2025-08-10", "", care.RNEPlacement, "U6", "Carers B"),
		claVisit(30, "2025-04-24", true),
		claVisit(31, "2025-06-03", false), // not seen: not a statutory visit
		claVisit(32, "2025-06-10", true),
		claVisit(33, "2025-07-07", true),
		protection.Visit{Record: rec(34), PersonID: child, Kind: protection.VisitIRO, VisitDate: d("2025-08-01"), WorkerID: worker, ChildSeen: yes()})
	items := derive(t, r, "2025-09-01")
	expect(t, find(t, items, duty.CLAFirstVisit, "cla_episodes", 10), "2025-04-24", "2025-04-24", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.CLAVisit, "visits", 30), "2025-06-05", "2025-06-10", duty.StateDoneLate, 3)
	// The move to new carers on 1 July ends the first placement: its open visit is no longer due, the
	// new placement's first visit is, within a week.
	none(t, items, duty.CLAVisit, "visits", 32)
	expect(t, find(t, items, duty.CLAFirstVisit, "cla_episodes", 11), "2025-07-08", "2025-07-07", duty.StateDoneOnTime, 0)
	// The return to carers B after their holiday (T3) continues their placement: no new first visit, and
	// the 6 weeks from 7 July ran out on 18 August. The reviewing officer's visit does not count.
	none(t, items, duty.CLAFirstVisit, "cla_episodes", 13)
	expect(t, find(t, items, duty.CLAVisit, "visits", 33), "2025-08-18", "", duty.StateOverdue, 9)

	t.Run("3 months after the first year of long-term fostering", func(t *testing.T) {
		e := episode(10, "2024-01-10", "", care.RNEStarted, "U4", "Carers L")
		e.PeriodStart = e.StartDate
		r := born(t, "2015-03-01", allocation(), e, claVisit(30, "2024-12-20", true), claVisit(31, "2025-02-01", true))
		items := derive(t, r, "2025-03-01")
		expect(t, find(t, items, duty.CLAVisit, "visits", 30), "2025-01-31", "2025-02-01", duty.StateDoneLate, 1)
		expect(t, find(t, items, duty.CLAVisitLongTerm, "visits", 31), "2025-05-01", "", duty.StateDue, 0)
	})
}

func health(id hearth.ID, kind, date, outcome string) care.HealthAssessment {
	return care.HealthAssessment{Record: rec(id), PersonID: child, Kind: kind, Date: d(date), Outcome: outcome}
}

func TestHealthAssessments(t *testing.T) {
	rows := []any{allocation(), episode(10, "2025-04-17", "", care.RNEStarted, "U6", "Carers A"),
		health(40, care.HealthInitial, "2025-05-15", "completed"),
		health(41, care.HealthReview, "2025-11-01", "not_attended"), // missed: does not count
		health(42, care.HealthReview, "2025-11-10", "completed"),
		health(43, care.HealthDental, "2025-12-01", "completed")}
	// A child of 3: reviews every 6 months (15 November 2025 is a Saturday, so due the Friday before).
	items := derive(t, born(t, "2021-06-01", rows...), "2026-03-02")
	expect(t, find(t, items, duty.InitialHealth, "cla_episodes", 10), "2025-05-20", "2025-05-15", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.ReviewHealthUnder5, "cla_health", 40), "2025-11-14", "2025-11-10", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.ReviewHealthUnder5, "cla_health", 42), "2026-05-08", "", duty.StateDue, 0)
	none(t, items, duty.ReviewHealthUnder5, "cla_health", 43)
	// A child who was 5 by the review of 10 November: the next is due in 12 months.
	items = derive(t, born(t, "2020-09-01", rows...), "2026-03-02")
	expect(t, find(t, items, duty.ReviewHealth, "cla_health", 42), "2026-11-10", "", duty.StateDue, 0)
}

func TestEducationPlans(t *testing.T) {
	rows := []any{allocation(), episode(10, "2025-04-17", "", care.RNEStarted, "U6", "Carers A"),
		care.PersonalEducationPlan{Record: rec(50), PersonID: child, Date: d("2025-05-19")},
		care.PersonalEducationPlan{Record: rec(51), PersonID: child, Date: d("2026-01-12")}}
	items := derive(t, born(t, "2015-03-01", rows...), "2026-03-02")
	expect(t, find(t, items, duty.PEP, "cla_episodes", 10), "2025-05-20", "2025-05-19", duty.StateDoneOnTime, 0)
	// A plan in the summer term is reviewed by the end of the autumn term; the spring term's came late.
	expect(t, find(t, items, duty.PEPReview, "peps", 50), "2025-12-31", "2026-01-12", duty.StateDoneLate, 7)
	// A plan in the spring term by the end of the summer term: 31 August 2026 is a bank holiday.
	expect(t, find(t, items, duty.PEPReview, "peps", 51), "2026-08-28", "", duty.StateDue, 0)

	// A child of 3 has no plan due until they start reception on 1 September 2026.
	items = derive(t, born(t, "2022-01-15", rows[:2]...), "2026-03-02")
	none(t, items, duty.PEP, "cla_episodes", 10)
	items = derive(t, born(t, "2022-01-15", rows[:2]...), "2026-10-01")
	expect(t, find(t, items, duty.PEP, "cla_episodes", 10), "2026-09-29", "", duty.StateOverdue, 2)
}

func missingEpisode(id hearth.ID, back string) exploitation.MissingEpisode {
	return exploitation.MissingEpisode{Record: rec(id), PersonID: child, Kind: exploitation.Missing, StartTime: at(back).Add(-20 * 3600e9), EndTime: at(back)}
}

func TestReturnHomeInterviews(t *testing.T) {
	onTime := missingEpisode(60, "2025-06-13 18:00") // a Friday evening: due Monday 18:00
	onTime.RHIOfferedAt, onTime.RHIHeldAt, onTime.RHIAccepted, onTime.RHIBy = at("2025-06-14 10:00"), at("2025-06-16 17:00"), yes(), "in_house"
	late := missingEpisode(61, "2025-06-20 10:00")
	late.RHIOfferedAt, late.RHIHeldAt, late.RHIAccepted, late.RHIBy = at("2025-06-20 12:00"), at("2025-06-23 11:00"), yes(), "commissioned"
	declined := missingEpisode(62, "2025-07-01 09:00")
	declined.RHIOfferedAt, declined.RHIAccepted = at("2025-07-01 15:00"), no()
	open := missingEpisode(63, "2025-07-10 20:00")
	stillMissing := missingEpisode(64, "2025-07-20 20:00")
	stillMissing.EndTime = time.Time{}
	r := born(t, "2010-03-01", allocation(), onTime, late, declined, open, stillMissing)
	items := derive(t, r, "2025-07-14")
	it := find(t, items, duty.ReturnInterview, "missing", 60)
	expect(t, it, "2025-06-16", "2025-06-16", duty.StateDoneOnTime, 0)
	if !it.DueAt.Equal(at("2025-06-16 18:00")) {
		t.Errorf("due at %s, want 72 hours after the return", it.DueAt)
	}
	// Held an hour after the 72 hours ran out, on the day they did: late by the clock, not by the day.
	if it := find(t, items, duty.ReturnInterview, "missing", 61); it.State != duty.StateDoneLate {
		t.Errorf("an interview held 73 hours after the return is %s", it.State)
	}
	expect(t, find(t, items, duty.ReturnInterview, "missing", 62), "2025-07-04", "2025-07-01", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.ReturnInterview, "missing", 63), "2025-07-13", "", duty.StateOverdue, 1)
	none(t, items, duty.ReturnInterview, "missing", 64)
	// Once the child has gone missing again, the interview never held is no longer on a list.
	none(t, derive(t, r, "2025-07-21"), duty.ReturnInterview, "missing", 63)
}

func careLeaver(id hearth.ID, category, start, end string) leaving.CareLeaver {
	c := leaving.CareLeaver{Record: rec(id), PersonID: child, Category: category, Reason: "test", StartDate: d(start)}
	if end != "" {
		c.EndDate = d(end)
	}
	return c
}

func contact(id hearth.ID, when, method string) leaving.Contact {
	return leaving.Contact{Record: rec(id), PersonID: child, At: at(when), Method: method, WorkerID: adviser}
}

const adviser hearth.ID = 90

func TestLeavingCare(t *testing.T) {
	pa := workforce.Allocation{Record: rec(901), PersonID: child, WorkerID: adviser, Role: workforce.RolePersonalAdviser, TeamID: 6, StartDate: d("2025-05-10")}
	r := born(t, "2009-05-10", allocation(), pa,
		careLeaver(70, leaving.Eligible, "2025-05-10", ""),
		leaving.NeedsAssessment{Record: rec(71), PersonID: child, StartDate: d("2025-05-20"), CompletedDate: d("2025-08-01"), WorkerID: worker},
		leaving.PathwayPlan{Record: rec(72), PersonID: child, Date: d("2025-08-20"), PlanID: 1, WorkerID: worker},
		leaving.PathwayPlanReview{Record: rec(73), PersonID: child, PathwayPlanID: 72, Date: d("2026-02-18"), ReviewerID: adviser},
		contact(74, "2025-06-19 11:00", "phone"))
	items := derive(t, r, "2025-09-01")
	// The 16th birthday, Saturday 10 May 2025: 3 months is Sunday 10 August, so due Friday 8 August.
	expect(t, find(t, items, duty.NeedsAssessment, "care_leavers", 70), "2025-08-08", "2025-08-01", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.PathwayPlan, "care_leavers", 70), "2025-08-08", "2025-08-20", duty.StateDoneLate, 8)
	// Six weeks from the birthday is a Saturday: due the Friday. The next contact never came: overdue over
	// the August bank holiday by 21 working days, and the personal adviser's to do.
	expect(t, find(t, items, duty.PersonalAdviserContact, "care_leavers", 70), "2025-06-20", "2025-06-19", duty.StateDoneOnTime, 0)
	next := find(t, items, duty.PersonalAdviserContact, "leaving_contacts", 74)
	expect(t, next, "2025-07-31", "", duty.StateOverdue, 21)
	if next.WorkerID != adviser {
		t.Errorf("the overdue contact is worker %d's, want the personal adviser %d", next.WorkerID, adviser)
	}
	items = derive(t, r, "2026-03-02")
	expect(t, find(t, items, duty.PathwayPlanReview, "pathway_plans", 72), "2026-02-20", "2026-02-18", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.PathwayPlanReview, "pathway_plan_reviews", 73), "2026-08-18", "", duty.StateDue, 0)

	t.Run("no contact due once the young person no longer wants the service", func(t *testing.T) {
		r := born(t, "2009-05-10", allocation(), careLeaver(70, leaving.Eligible, "2025-05-10", ""), contact(74, "2025-06-19 11:00", "phone"),
			leaving.Status{Record: rec(75), PersonID: child, Date: d("2025-07-20"), InTouch: "NREQ", Activity: "0", Accommodation: "0"})
		none(t, derive(t, r, "2025-09-01"), duty.PersonalAdviserContact, "leaving_contacts", 74)
	})
	t.Run("visits to a relevant child's accommodation", func(t *testing.T) {
		r := born(t, "2009-05-10", allocation(),
			careLeaver(70, leaving.Eligible, "2025-05-10", "2025-09-01"), careLeaver(76, leaving.Relevant, "2025-09-01", ""),
			leaving.Status{Record: rec(77), PersonID: child, Date: d("2025-09-02"), InTouch: "YES", Activity: "F2", Accommodation: "D1"},
			contact(78, "2025-09-04 10:00", "phone"), // not a visit
			contact(79, "2025-09-05 10:00", "face_to_face"))
		items := derive(t, r, "2025-09-10")
		expect(t, find(t, items, duty.AccommodationVisit, "care_leaver_status", 77), "2025-09-09", "2025-09-05", duty.StateDoneOnTime, 0)
		expect(t, find(t, items, duty.AccommodationVisitLater, "leaving_contacts", 79), "2025-11-05", "", duty.StateDue, 0)
	})
}

func TestForRoleOfCareDuties(t *testing.T) {
	for _, c := range []struct {
		role string
		id   duty.ID
		want bool
	}{
		{workforce.RoleReviewingOfficer, duty.CLAReview, true},
		{workforce.RoleReviewingOfficer, duty.CLAVisit, false},
		{workforce.RolePersonalAdviser, duty.PersonalAdviserContact, true},
		{workforce.RolePersonalAdviser, duty.ReturnInterview, true},
		{workforce.RolePersonalAdviser, duty.CLAVisit, false},
		{workforce.RoleSocialWorker, duty.PEPReview, true},
	} {
		if got := duty.ForRole(c.role, c.id); got != c.want {
			t.Errorf("ForRole(%s, %s) = %v", c.role, c.id, got)
		}
	}
}

func TestOverridesOfCareDuties(t *testing.T) {
	s := duty.Defaults()
	if err := s.Override(duty.ReturnInterview, 48, duty.Hours); err != nil {
		t.Errorf("a stricter return interview was refused: %v", err)
	}
	if err := s.Override(duty.ReturnInterview, 96, duty.Hours); err == nil {
		t.Error("a return interview in 96 hours was allowed")
	}
	if err := s.Override(duty.ReturnInterview, 3, duty.Days); err == nil {
		t.Error("a return interview counted in days was allowed")
	}
	if err := s.Override(duty.CLAReview, 2, duty.Terms); err == nil {
		t.Error("a looked-after review counted in school terms was allowed")
	}
	if err := s.Override(duty.PersonalAdviserContact, 4, duty.Weeks); err != nil {
		t.Errorf("the local contact standard could not be set to 4 weeks: %v", err)
	}
	if err := s.Override(duty.PersonalAdviserContact, 8, duty.Weeks); err != nil {
		t.Errorf("the local contact standard could not be set to 8 weeks: %v", err)
	}
	if err := s.Override(duty.CLAFirstVisit, 10, duty.Days); err == nil {
		t.Error("a first visit after 10 days was allowed: regulation 28 says a week")
	}
	if got, _ := s.Get(duty.PEPReview).DueFrom(calendar.England(), d("2025-10-01")); got != d("2026-03-31") {
		t.Errorf("a PEP in the autumn term is due for review on %s, want the end of the spring term", got)
	}
}

func TestStrengthsAndDifficultiesQuestionnaires(t *testing.T) {
	rows := []any{allocation(), episode(10, "2025-04-17", "", care.RNEStarted, "U6", "Carers A")}
	// A child of 10: the first within 12 months of coming into care; the carer refused it on 1 February
	// 2026 (recorded with its reason, which meets the duty), so the next is due a year later.
	refused := care.SDQ{Record: rec(80), PersonID: child, Date: d("2026-02-01"), Reason: "SDQ2"}
	items := derive(t, born(t, "2015-03-01", append(rows, refused)...), "2026-03-02")
	expect(t, find(t, items, duty.SDQ, "cla_episodes", 10), "2026-04-17", "2026-02-01", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.SDQ, "sdq_scores", 80), "2027-02-01", "", duty.StateDue, 0)
	// A child of 3 when she came into care: the clock starts on her 4th birthday, 1 June 2025.
	items = derive(t, born(t, "2021-06-01", rows...), "2026-03-02")
	expect(t, find(t, items, duty.SDQ, "cla_episodes", 10), "2026-06-01", "", duty.StateDue, 0)
	// A young person who is 17: none.
	none(t, derive(t, born(t, "2008-01-01", rows...), "2026-03-02"), duty.SDQ, "cla_episodes", 10)
}

func TestVisitsToAChildPlacedWithParents(t *testing.T) {
	home := episode(10, "2025-04-17", "", care.RNEStarted, "P1", "Parents")
	home.LegalStatus = "C1"
	r := born(t, "2015-03-01", allocation(), home,
		care.Review{Record: rec(20), PersonID: child, Date: d("2025-05-20"), Participation: "PN1"},
		claVisit(30, "2025-04-24", true), claVisit(31, "2025-05-01", true), claVisit(32, "2025-05-21", true))
	items := derive(t, r, "2025-06-02")
	expect(t, find(t, items, duty.CLAFirstVisit, "cla_episodes", 10), "2025-04-24", "2025-04-24", duty.StateDoneOnTime, 0)
	// Weekly until the first review (20 May).
	expect(t, find(t, items, duty.CLAVisitWeekly, "visits", 30), "2025-05-01", "2025-05-01", duty.StateDoneOnTime, 0)
	expect(t, find(t, items, duty.CLAVisitWeekly, "visits", 31), "2025-05-08", "2025-05-21", duty.StateDoneLate, 9)
	// After it, every 4 weeks under the interim care order at home.
	expect(t, find(t, items, duty.CLAVisitAtHome, "visits", 32), "2025-06-18", "", duty.StateDue, 0)

	// Under a full care order at home, every 6 weeks after the first review.
	home.LegalStatus = "C2"
	r = born(t, "2015-03-01", allocation(), home,
		care.Review{Record: rec(20), PersonID: child, Date: d("2025-05-20"), Participation: "PN1"}, claVisit(32, "2025-05-21", true))
	expect(t, find(t, derive(t, r, "2025-06-02"), duty.CLAVisit, "visits", 32), "2025-07-02", "", duty.StateDue, 0)
}

// TestLeavingCareFromTheCareHistory: a young person who turns 16 in care, with no leaving care category
// recorded, is owed the needs assessment and the pathway plan from the day their care history makes them
// an eligible child. Born 2 May 2010, looked after from Monday 2 March 2026: on 1 June they have been
// looked after 91 days since 14 and are 16, so both are due 3 months later, Tuesday 1 September 2026.
// Once a category is recorded it decides instead.
func TestLeavingCareFromTheCareHistory(t *testing.T) {
	e := episode(80, "2026-03-02", "", "S", "U1", "Carers")
	e.PeriodStart = d("2026-03-02")
	r := born(t, "2010-05-02", allocation(), e)
	none(t, derive(t, r, "2026-05-29"), duty.NeedsAssessment, duty.CareHistory, 0)
	items := derive(t, r, "2026-06-15")
	expect(t, find(t, items, duty.NeedsAssessment, duty.CareHistory, 0), "2026-09-01", "", duty.StateDue, 0)
	expect(t, find(t, items, duty.PathwayPlan, duty.CareHistory, 0), "2026-09-01", "", duty.StateDue, 0)

	recorded := born(t, "2010-05-02", allocation(), e, careLeaver(81, leaving.Eligible, "2026-06-01", ""))
	items = derive(t, recorded, "2026-06-15")
	none(t, items, duty.NeedsAssessment, duty.CareHistory, 0)
	expect(t, find(t, items, duty.NeedsAssessment, "care_leavers", 81), "2026-09-01", "", duty.StateDue, 0)
}
