package store_test

import (
	"fmt"
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/protection"
	"hearth/workforce"
)

// careWant are the hand-worked answers of the measures of children looked after, missing and leaving
// care on the records buildCareMeasures writes (with G, looked after since 1 January 2024 with nothing
// else recorded, from buildMeasureAuthority), as at 31 March 2025 over the 12 months from 1 April 2024.
// The 24 young people a to x exist only to fill a personal adviser's caseload.
var careWant = map[string]expected{
	"cla-rate":                       {4, 1000, "GLNR", ""},
	"cla-reviews-on-time":            {1, 3, "L", "LLL"},
	"cla-visits-on-time":             {1, 5, "L", "LLLRR"},
	"cla-initial-health-on-time":     {1, 1, "L", "L"},
	"cla-review-health-on-time":      {1, 2, "R", "NR"},
	"peps-in-place":                  {1, 4, "L", "GLNR"},
	"peps-first-on-time":             {1, 1, "L", "L"},
	"peps-reviewed-termly":           {1, 2, "L", "LL"},
	"cla-three-placements":           {1, 4, "R", "GLNR"},
	"cla-long-term-stability":        {1, 2, "N", "NR"},
	"cla-placed-out-of-area":         {1, 4, "R", "GLNR"},
	"cla-placed-over-20-miles":       {1, 3, "R", "LNR"},
	"missing-interview-offered-72h":  {1, 2, "L", "LA"},
	"missing-interview-held-72h":     {1, 2, "L", "LA"},
	"care-leavers-in-touch-17-18":    {1, 1, "P", "P"},
	"care-leavers-in-touch-19-21":    {1, 1, "Q", "Q"},
	"care-leavers-eet-17-18":         {1, 1, "P", "P"},
	"care-leavers-eet-19-21":         {0, 1, "", "Q"},
	"care-leavers-suitable-17-18":    {1, 1, "P", "P"},
	"care-leavers-suitable-19-21":    {0, 1, "", "Q"},
	"care-leavers-bed-and-breakfast": {1, 2, "Q", "PQ"},
	"care-leavers-contact-on-time":   {2, 5, "QQ", "QQQQP"},
	"pathway-plans-in-place":         {1, 1, "P", "P"},
	"pathway-plan-reviews-on-time":   {1, 2, "P", "PP"},
	"personal-adviser-caseloads":     {26, 27, "PQabcdefghijklmnopqrstuvwx", "PQabcdefghijklmnopqrstuvwxy"},
	"staying-put":                    {1, 1, "P", "P"},
}

// buildCareMeasures writes the records of children looked after (L, N, R), missing (L and A) and leaving
// care (P, Q) behind careWant, with the due dates worked out by hand from the 2024 and 2025 bank holidays.
func buildCareMeasures(t *testing.T, a measureAuthority, insert func(any), team, sw hearth.ID) {
	t.Helper()
	person := func(name string, birth hearth.Date) hearth.ID {
		p := &hearth.Person{Forename: name, Surname: "Measure", IsChild: true, BirthDate: birth}
		insert(p)
		a.child[name] = p.ID
		return p.ID
	}
	L, N, R := person("L", day(2012, 6, 15)), person("N", day(2015, 3, 3)), person("R", day(2014, 1, 1))
	P, Q := person("P", day(2006, 5, 20)), person("Q", day(2004, 2, 10))
	allocate := func(p hearth.ID, worker hearth.ID, role string, start hearth.Date) {
		insert(&workforce.Allocation{PersonID: p, WorkerID: worker, Role: role, TeamID: team, StartDate: start})
	}
	for _, c := range []hearth.ID{L, N, R} {
		allocate(c, sw, workforce.RoleSocialWorker, day(2020, 1, 1))
	}
	postcode := func(s string) hearth.Postcode {
		p, err := hearth.ParsePostcode(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	type placement struct {
		start, end   hearth.Date
		rne, place   string
		carers, post string
		where        string
		miles        float64
		ceased       string
	}
	episodes := func(p hearth.ID, from hearth.Date, ps ...placement) {
		for _, x := range ps {
			e := &care.Episode{PersonID: p, PeriodStart: from, StartDate: x.start, EndDate: x.end, ReasonNewEpisode: x.rne,
				LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: x.place, ProviderName: x.carers, PlacementPostcode: postcode(x.post),
				PlacementLocation: x.where, DistanceMiles: x.miles, ReasonCeased: x.ceased}
			if !care.TemporaryPlacements[x.place] {
				e.PlacementProvider = "PR1"
			}
			if !x.end.IsZero() && x.ceased == "" {
				e.ReasonCeased = care.RECContinues
			}
			insert(e)
		}
	}

	// L came into care on Wednesday 17 April 2024: the first review, the initial health assessment and the
	// first PEP were due 20 working days later, on 16 May (over the bank holiday of 6 May). Carers' holiday
	// (T3) from 2 to 10 September, then back with the same carers: not a new placement.
	episodes(L, day(2024, 4, 17),
		placement{day(2024, 4, 17), day(2024, 9, 2), "S", "U6", "Carers One", "SL1 1AA", "IN", 3, ""},
		placement{day(2024, 9, 2), day(2024, 9, 10), "P", "T3", "Respite carers", "SL2 2BB", "IN", 4, ""},
		placement{day(2024, 9, 10), hearth.Date{}, "P", "U6", "Carers One", "SL1 1AA", "IN", 3, ""})
	// Reviews: the first on 14 May (on time), the second due 14 August, held 20 August (late), the third
	// due 20 February 2025, not held (late): cla-reviews-on-time = 1 of 3.
	for _, d := range []hearth.Date{day(2024, 5, 14), day(2024, 8, 20)} {
		insert(&care.Review{PersonID: L, Date: d, Participation: "PN1"})
	}
	// Visits: due 24 April (made 23 April), then 4 June (made 10 June: late), then 22 July (none: late); a
	// visit at which L was not seen does not count. R's two new placements' first visits, due 7 June and 8
	// November 2024, were not made: cla-visits-on-time = 1 of 5.
	visit := func(p hearth.ID, d hearth.Date, seen bool) {
		v := &protection.Visit{PersonID: p, Kind: protection.VisitCLA, VisitDate: d, WorkerID: sw, ChildSeen: &seen}
		if !seen {
			v.NotSeenReason = "Out with friends"
		}
		insert(v)
	}
	visit(L, day(2024, 4, 23), true)
	visit(L, day(2024, 6, 3), false)
	visit(L, day(2024, 6, 10), true)
	// Health: L's initial assessment on 10 May (on time; the next is due in May 2025). N's review due 5
	// June 2024 (12 months after 5 June 2023) took place on 20 June: late; R's due 28 February 2025 (1
	// March is a Saturday) took place on 20 February: cla-review-health-on-time = 1 of 2. A refused check
	// does not count.
	check := func(p hearth.ID, kind string, d hearth.Date, outcome string) {
		insert(&care.HealthAssessment{PersonID: p, Kind: kind, Date: d, Outcome: outcome})
	}
	check(L, care.HealthInitial, day(2024, 5, 10), "completed")
	check(N, care.HealthInitial, day(2021, 6, 15), "completed")
	check(N, care.HealthReview, day(2022, 6, 10), "completed")
	check(N, care.HealthReview, day(2023, 6, 5), "completed")
	check(N, care.HealthReview, day(2024, 6, 1), "refused")
	check(N, care.HealthReview, day(2024, 6, 20), "completed")
	check(R, care.HealthInitial, day(2022, 3, 20), "completed")
	check(R, care.HealthReview, day(2023, 3, 10), "completed")
	check(R, care.HealthReview, day(2024, 3, 1), "completed")
	check(R, care.HealthReview, day(2025, 2, 20), "completed")
	// PEPs: L's first on 10 May 2024 (due 16 May: peps-first-on-time = 1 of 1; G's, N's and R's first
	// plans fell due before the year), reviewed on 15 October (autumn, due by 31 December: on
	// time), then none by 31 March 2025, the end of the spring term (late): peps-reviewed-termly = 1 of 2.
	// At 31 March L's plan is current (its review is due that day); G, N and R have none:
	// peps-in-place = 1 of 4.
	insert(&care.PersonalEducationPlan{PersonID: L, Date: day(2024, 5, 10)})
	insert(&care.PersonalEducationPlan{PersonID: L, Date: day(2024, 10, 15)})

	// N has been with the same long-term carers since 1 June 2021 (placed 5 miles away, in the area); R
	// since 1 March 2022 with a placement at the start of the year and two new ones in it, the last a
	// children's home outside the area 25 miles away. Looked after at 31 March 2025: G, L, N, R
	// (cla-rate 4 per 1,000). Three or more placements: R (1 of 4). Under 16 and looked after two and a
	// half years: N and R, of whom N has been in the same placement two years (1 of 2). Out of the area:
	// R (1 of 4). With a distance: L, N, R, of whom R more than 20 miles (1 of 3).
	episodes(N, day(2021, 6, 1), placement{day(2021, 6, 1), hearth.Date{}, "S", "U4", "Carers Nine", "SL3 3CC", "IN", 5, ""})
	episodes(R, day(2022, 3, 1),
		placement{day(2022, 3, 1), day(2024, 6, 1), "S", "U6", "Carers R1", "SL4 4DD", "IN", 2, ""},
		placement{day(2024, 6, 1), day(2024, 11, 1), "P", "U6", "Carers R2", "SL5 5EE", "IN", 6, ""},
		placement{day(2024, 11, 1), hearth.Date{}, "P", "K2", "Home R3", "OX1 1FF", "OUT", 25, ""})

	// Missing: L came back at 18:00 UTC on Friday 14 June 2024 and was offered and given an interview by
	// 10:00 on Monday 17 June, within the 72 hours. A came back at 09:00 UTC on 1 July 2024; the offer came
	// on 5 July, too late, and no interview was held. L's return on 30 March 2025 has its 72 hours in
	// April: not counted. missing-interview-offered-72h and -held-72h = 1 of 2.
	london := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	insert(&exploitation.MissingEpisode{PersonID: L, Kind: exploitation.Missing, StartTime: london(2024, 6, 13, 22), EndTime: london(2024, 6, 14, 18),
		RHIOfferedAt: london(2024, 6, 15, 10), RHIAccepted: yes(), RHIHeldAt: london(2024, 6, 17, 9), RHIBy: "in_house"})
	insert(&exploitation.MissingEpisode{PersonID: a.child["A"], Kind: exploitation.Missing, StartTime: london(2024, 6, 30, 22), EndTime: london(2024, 7, 1, 9),
		RHIOfferedAt: london(2024, 7, 5, 12)})
	insert(&exploitation.MissingEpisode{PersonID: L, Kind: exploitation.Away, StartTime: london(2025, 3, 29, 22), EndTime: london(2025, 3, 30, 10)})

	// P was looked after from 1 September 2020 to their 18th birthday, 20 May 2024, in long-term foster
	// care, and stayed put with the carers (E17): staying-put = 1 of 1. Q left care at 17.
	episodes(P, day(2020, 9, 1), placement{day(2020, 9, 1), day(2024, 5, 20), "S", "U4", "Carers P", "SL6 6GG", "IN", 4, "E17"})
	episodes(Q, day(2019, 1, 1), placement{day(2019, 1, 1), day(2021, 3, 1), "S", "K2", "Home Q", "SL7 7HH", "IN", 7, "E8"})
	leaver := func(p hearth.ID, category string, start, end hearth.Date) {
		insert(&leaving.CareLeaver{PersonID: p, Category: category, Reason: "test", StartDate: start, EndDate: end})
	}
	leaver(P, leaving.Eligible, day(2022, 5, 20), day(2024, 5, 20))
	leaver(P, leaving.FormerRelevant, day(2024, 5, 20), hearth.Date{})
	leaver(Q, leaving.Eligible, day(2020, 2, 10), day(2021, 3, 1))
	leaver(Q, leaving.Relevant, day(2021, 3, 1), day(2022, 2, 10))
	leaver(Q, leaving.FormerRelevant, day(2022, 2, 10), hearth.Date{})
	// Around P's 18th birthday: in touch, in education, staying put (suitable). Around Q's 21st (10
	// February 2025): in touch, not in education, employment or training, in bed and breakfast.
	insert(&leaving.Status{PersonID: P, Date: day(2024, 6, 1), InTouch: "YES", Activity: "F2", Accommodation: "Z1"})
	insert(&leaving.Status{PersonID: Q, Date: day(2025, 1, 15), InTouch: "YES", Activity: "G5", Accommodation: "W2"})

	// Personal advisers: the first holds P, Q and the 24 young people a to x (26: more than 25); the
	// second holds y. personal-adviser-caseloads = 26 of 27.
	adviser := func(staff string) hearth.ID {
		w := &hearth.Worker{StaffID: staff, Name: "Pat Adviser " + staff, Employment: "permanent", TeamID: team, FTE: 1}
		insert(w)
		return w.ID
	}
	pa1, pa2 := adviser("PA1"), adviser("PA2")
	allocate(P, pa1, workforce.RolePersonalAdviser, day(2022, 5, 20))
	allocate(Q, pa1, workforce.RolePersonalAdviser, day(2020, 2, 10))
	for i := range 25 {
		name := fmt.Sprintf("%c", 'a'+i)
		id := person(name, day(2005, 1, 1))
		w := pa1
		if name == "y" {
			w = pa2
		}
		allocate(id, w, workforce.RolePersonalAdviser, day(2024, 1, 1))
	}

	// Contacts: P's first since becoming eligible was on 1 June 2024; the next, due 12 July, never came
	// (late). Q's: due 12 April after 1 March, made 5 April (on time); due 17 May, made 20 June (late); due 1
	// August, made 30 July (on time); due 10 September, none before the 21st birthday (late).
	// care-leavers-contact-on-time = 2 of 5.
	contact := func(p hearth.ID, d hearth.Date) {
		insert(&leaving.Contact{PersonID: p, At: d.Time().Add(11 * time.Hour), Method: "face_to_face", WorkerID: pa1})
	}
	contact(P, day(2024, 6, 1))
	for _, d := range []hearth.Date{day(2024, 3, 1), day(2024, 4, 5), day(2024, 6, 20), day(2024, 7, 30)} {
		contact(Q, d)
	}
	// P's pathway plan of 1 August 2022 (due 19 August: in place at 31 March 2025, Q being 21):
	// pathway-plans-in-place = 1 of 1. Reviews due in the year: 5 July 2024 (held 1 July: on time) and 31
	// December 2024 (1 January is a bank holiday; held 20 January 2025: late):
	// pathway-plan-reviews-on-time = 1 of 2.
	content := &protection.Plan{PersonID: P, Kind: protection.PlanPathway, AgreedDate: day(2022, 8, 1), Summary: "Support into adult life",
		Contingency: "If the placement ends the adviser arranges supported accommodation", ChildWords: "I want to go to college"}
	insert(content)
	plan := &leaving.PathwayPlan{PersonID: P, Date: day(2022, 8, 1), PlanID: content.ID, WorkerID: pa1}
	insert(plan)
	for _, d := range []hearth.Date{day(2023, 1, 20), day(2023, 7, 10), day(2024, 1, 5), day(2024, 7, 1), day(2025, 1, 20)} {
		insert(&leaving.PathwayPlanReview{PersonID: P, PathwayPlanID: plan.ID, Date: d, ReviewerID: pa1})
	}
}
