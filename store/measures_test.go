package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/duty"
	"hearth/frontdoor"
	"hearth/measure"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/workforce"
)

// measureAuthority is a small authority written through the real store, built so that every measure of
// the catalogue has an answer worked out by hand (in the comments of buildMeasureAuthority) as at 31
// March 2025, over the 12 months from 1 April 2024. Children are named by letter.
type measureAuthority struct {
	child map[string]hearth.ID
}

func day(y int, m time.Month, d int) hearth.Date { return hearth.NewDate(y, m, d) }

// at is an instant in UTC.
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

func buildMeasureAuthority(t *testing.T, db *store.DB) measureAuthority {
	t.Helper()
	ctx := context.Background()
	insert := func(row any) {
		t.Helper()
		if err := db.Insert(ctx, worker, row); err != nil {
			t.Fatalf("inserting %T: %v", row, err)
		}
	}
	inError := func(table string, id hearth.ID) {
		t.Helper()
		if err := db.MarkRecordedInError(ctx, worker, table, id, 1, "entered on the wrong child"); err != nil {
			t.Fatal(err)
		}
	}
	a := measureAuthority{child: map[string]hearth.ID{}}
	person := func(name string, isChild bool) hearth.ID {
		p := &hearth.Person{Forename: name, Surname: "Measure", IsChild: isChild, BirthDate: day(2015, 1, 1)}
		insert(p)
		a.child[name] = p.ID
		return p.ID
	}
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "G", "K"} {
		person(n, true)
	}
	m1, m2, x := person("M1", false), person("M2", false), person("X", false)
	A, B, C, D, E, F, G, K := a.child["A"], a.child["B"], a.child["C"], a.child["D"], a.child["E"], a.child["F"], a.child["G"], a.child["K"]
	team := &hearth.Team{Name: "Safeguarding Team"}
	insert(team)
	sw := &hearth.Worker{StaffID: "M1", Name: "Sam Worker", Employment: "permanent", TeamID: team.ID, FTE: 1}
	insert(sw)
	if err := db.SetChildPopulation(ctx, worker, measure.ChildPopulation{Count: 1000, Year: 2024, Source: "test"}); err != nil {
		t.Fatal(err)
	}

	// Contacts. Due a decision in the period: A (on time), B (received on Christmas Eve, due on 27
	// December after two bank holidays, decided then: on time), C (received at 00:30 on 2 July in England,
	// still 1 July in UTC, so due 3 July: decided then, on time), D (late), E (due 31 March, undecided:
	// late). Not due in the period: A's of March 2024, F's of 31 March (due 1 April), and one recorded in
	// error. contacts-decided-1wd = 3 of 5 (A, B, C of A, B, C, D, E).
	// Decided in the period: A referral, B early help, C no further action, D referral:
	// contacts-to-referral = 2 of 4 (A, D of A, B, C, D).
	contact := func(p hearth.ID, received, decided time.Time, decision string) *frontdoor.Contact {
		c := &frontdoor.Contact{PersonID: p, ReceivedAt: received, Source: "2A", Summary: "School worried", Consent: frontdoor.ConsentGiven}
		if decision != "" {
			c.Decision, c.DecidedAt, c.DecidedBy, c.ThresholdLevel = decision, decided, sw.ID, "level_3"
		}
		insert(c)
		return c
	}
	cA := contact(A, at(2024, 6, 3, 9, 0), at(2024, 6, 4, 10, 0), frontdoor.DecisionReferral)
	contact(A, at(2024, 3, 25, 9, 0), at(2024, 3, 26, 9, 0), frontdoor.DecisionReferral)
	contact(B, at(2024, 12, 24, 9, 0), at(2024, 12, 27, 16, 0), frontdoor.DecisionEarlyHelp)
	contact(C, at(2024, 7, 1, 23, 30), at(2024, 7, 3, 15, 0), frontdoor.DecisionNoFurtherAction)
	cD := contact(D, at(2025, 3, 10, 9, 0), at(2025, 3, 13, 9, 0), frontdoor.DecisionReferral)
	contact(E, at(2025, 3, 28, 10, 0), time.Time{}, "")
	contact(F, at(2025, 3, 31, 10, 0), time.Time{}, "")
	wrong := contact(A, at(2024, 9, 2, 9, 0), time.Time{}, "")
	inError("contacts", wrong.ID)

	// MASH checks due in the period: A police on time, A health late, A education unanswered, D police
	// on time; D's GP check was due at 23:30 UTC on 31 March 2025, which is 1 April in England (summer
	// time began on 30 March), so it is not due in the period. mash-checks-in-time = 2 of 4 (A, D of A,
	// A, A, D); police 2 of 2, health 0 of 1, education 0 of 1, gp 0 of 0.
	check := func(p hearth.ID, c *frontdoor.Contact, agency string, due, answered time.Time) {
		m := &frontdoor.MASHCheck{PersonID: p, ContactID: c.ID, Agency: agency, RAG: frontdoor.RAGAmber,
			AskedAt: due.Add(-4 * time.Hour), DueBy: due, AnsweredAt: answered}
		if !answered.IsZero() {
			m.AnsweredBy, m.Response = "Lead", "Known to us"
		}
		insert(m)
	}
	check(A, cA, "police", at(2024, 6, 3, 13, 0), at(2024, 6, 3, 12, 0))
	check(A, cA, "health", at(2024, 6, 3, 13, 0), at(2024, 6, 3, 14, 0))
	check(A, cA, "education", at(2024, 6, 4, 9, 0), time.Time{})
	check(D, cD, "gp", at(2025, 3, 31, 23, 30), at(2025, 3, 31, 12, 0))
	check(D, cD, "police", at(2025, 3, 11, 10, 0), at(2025, 3, 11, 9, 0))

	// Referrals in the period: A (26 March 2024 before, so a re-referral), D (13 March 2024 before:
	// exactly 12 months, a re-referral), E (9 May 2023 before: 12 months and a day, not one), B and K
	// (first). C's only referral was recorded in error. re-referrals-12m = 2 of 5 (A, D of A, D, E, B, K);
	// referrals-rate = 5 per 1,000 children = 50.0 per 10,000.
	referral := func(p hearth.ID, date, closed hearth.Date) *frontdoor.CINEpisode {
		r := &frontdoor.CINEpisode{PersonID: p, ReferralDate: date, ReferralSource: "2A", PrimaryNeed: "N1", TeamID: team.ID}
		if !closed.IsZero() {
			r.ClosureDate, r.ClosureReason = closed, "RC7"
		}
		insert(r)
		return r
	}
	referral(A, day(2024, 3, 26), day(2024, 5, 1))
	rA := referral(A, day(2024, 6, 4), hearth.Date{})
	referral(D, day(2024, 3, 13), day(2024, 4, 30))
	rD := referral(D, day(2025, 3, 13), hearth.Date{})
	referral(E, day(2023, 5, 9), day(2023, 6, 1))
	rE := referral(E, day(2024, 5, 10), hearth.Date{})
	rB := referral(B, day(2024, 12, 30), day(2025, 1, 20))
	rC := referral(C, day(2024, 10, 1), hearth.Date{})
	inError("cin_episodes", rC.ID)
	referral(K, day(2024, 11, 1), hearth.Date{})

	// Assessments authorised in the period: A on its due date (45 working days from 4 June 2024 is 6
	// August), D after 12 working days, E one working day late (due 15 July, authorised 16 July: 46).
	// B's is still open. assessments-45wd = 2 of 3 (A, D of A, D, E), spread [12 45 46]: median 45, 90th
	// percentile 46. Seen: A yes, D yes, E not recorded: 2 of 3. Seen alone: A yes, D no: 1 of 3.
	assess := func(p hearth.ID, epi *frontdoor.CINEpisode, authorised hearth.Date, seen, alone *bool) {
		x := &protection.Assessment{PersonID: p, CINEpisodeID: epi.ID, StartDate: epi.ReferralDate, AuthorisationDate: authorised,
			ChildSeen: seen, SeenAlone: alone, Outcome: "cin_plan"}
		if seen != nil && *seen {
			x.SeenDate = epi.ReferralDate
		}
		insert(x)
	}
	assess(A, rA, day(2024, 8, 6), yes(), yes())
	assess(D, rD, day(2025, 3, 31), yes(), no())
	assess(E, rE, day(2024, 7, 16), nil, nil)
	assess(B, rB, hearth.Date{}, nil, nil)

	// Strategy discussions held in the period: A with police and health, D with police and the GP (GP
	// counts as health), E with police and education. strategy-police-health = 2 of 3 (A, D of A, D, E).
	strategy := func(p hearth.ID, epi *frontdoor.CINEpisode, held time.Time, agencies ...string) *protection.StrategyDiscussion {
		s := &protection.StrategyDiscussion{PersonID: p, CINEpisodeID: epi.ID, HeldAt: held, Agencies: agencies, Decision: "s47"}
		insert(s)
		return s
	}
	sA := strategy(A, rA, at(2024, 6, 10, 10, 0), "police", "health")
	sD := strategy(D, rD, at(2025, 3, 14, 10, 0), "police", "gp")
	sE := strategy(E, rE, at(2024, 6, 20, 10, 0), "police", "education")

	// Section 47 enquiries started in the period: A, E, D (open): s47-rate = 3 per 1,000 = 30.0.
	// Concluded: A (GP yes; its household, M1, considered) and E (GP no; M2 considered but X, who moved in
	// during the enquiry, was not). s47-gp-information = 1 of 2 (A of A, E); s47-household-considered = 1
	// of 2 (A of A, E).
	enquiry := func(p hearth.ID, epi *frontdoor.CINEpisode, s *protection.StrategyDiscussion, start, end hearth.Date, gp *bool) *protection.S47Enquiry {
		e := &protection.S47Enquiry{PersonID: p, CINEpisodeID: epi.ID, StrategyDiscussionID: s.ID, StartDate: start, EndDate: end,
			GPInformationObtained: gp, ChildSeen: yes(), SeenDate: start}
		if !end.IsZero() {
			e.Conclusion, e.ICPCRequired = protection.S47SubstantiatedContinuingRisk, yes()
			e.ICPCTargetDate = end
		}
		insert(e)
		return e
	}
	eA := enquiry(A, rA, sA, day(2024, 6, 10), day(2024, 6, 21), yes())
	eE := enquiry(E, rE, sE, day(2024, 6, 20), day(2024, 7, 1), no())
	enquiry(D, rD, sD, day(2025, 3, 14), hearth.Date{}, nil)
	insert(&hearth.HouseholdMember{PersonID: A, MemberID: m1, StartDate: day(2020, 1, 1)})
	insert(&hearth.HouseholdMember{PersonID: E, MemberID: m2, StartDate: day(2019, 1, 1)})
	insert(&hearth.HouseholdMember{PersonID: E, MemberID: x, StartDate: day(2024, 6, 25)})
	insert(&protection.S47HouseholdMember{PersonID: A, S47EnquiryID: eA.ID, MemberID: m1, Considered: true})
	insert(&protection.S47HouseholdMember{PersonID: E, S47EnquiryID: eE.ID, MemberID: m2, Considered: true})

	// Child protection plans. This authority's: A from 1 July 2024 (open), E 12 July to 20 September
	// 2024, F 2 September 2024 (transfer-in, open), B 3 February 2025 (open; B had a plan in another
	// authority in 2019), D from 10 January 2023 (open), C 1 May 2022 to 15 June 2024.
	plan := func(p hearth.ID, epi *frontdoor.CINEpisode, start, end hearth.Date, otherLA bool) *protection.CPPlan {
		x := &protection.CPPlan{PersonID: p, StartDate: start, EndDate: end, InitialCategory: "NEG", LatestCategory: "NEG", OtherLA: otherLA}
		if epi != nil {
			x.CINEpisodeID = epi.ID
		}
		if otherLA {
			x.OtherLAName = "Elsewhere Council"
		}
		if !end.IsZero() {
			x.EndReason = "no_longer_at_risk"
		}
		insert(x)
		return x
	}
	pA := plan(A, rA, day(2024, 7, 1), hearth.Date{}, false)
	pE := plan(E, rE, day(2024, 7, 12), day(2024, 9, 20), false)
	pF := plan(F, nil, day(2024, 9, 2), hearth.Date{}, false)
	plan(B, nil, day(2019, 1, 1), day(2019, 12, 1), true)
	pB := plan(B, rB, day(2025, 2, 3), hearth.Date{}, false)
	pD := plan(D, rD, day(2023, 1, 10), hearth.Date{}, false)
	plan(C, nil, day(2022, 5, 1), day(2024, 6, 15), false)

	// Initial conferences held in the period after an enquiry: A on 1 July 2024, 15 working days after
	// its strategy discussion (on time); E on 12 July, 16 working days after (late). F's transfer-in
	// conference has no such clock. icpc-15wd = 1 of 2 (A of A, E), spread [15 16]: median 15, p90 16.
	conference := func(p hearth.ID, epi *frontdoor.CINEpisode, kind string, date hearth.Date, plan *protection.CPPlan, e *protection.S47Enquiry, transferIn bool) {
		c := &protection.Conference{PersonID: p, Kind: kind, ConferenceDate: date, CPPlanID: plan.ID, TransferIn: transferIn,
			Categories: []string{"NEG"}}
		c.CINEpisodeID = rA.ID
		if epi != nil {
			c.CINEpisodeID = epi.ID
		}
		if e != nil {
			c.S47EnquiryID = e.ID
		}
		c.Outcome = protection.ConferencePlanContinues
		if kind == protection.ConferenceInitial {
			c.Outcome = protection.ConferencePlanMade
		}
		insert(c)
	}
	conference(A, rA, protection.ConferenceInitial, day(2024, 7, 1), pA, eA, false)
	conference(E, rE, protection.ConferenceInitial, day(2024, 7, 12), pE, eE, false)
	conference(F, nil, protection.ConferenceInitial, day(2024, 9, 2), pF, nil, true)

	// Review conferences due in the period: A's first (due 1 October 2024, held 30 September: on time)
	// and second (due 30 March 2025, held 2 April: late); F's first (due 2 December 2024, held 25
	// November: on time); D's fourth (due 5 April 2024, held 4 April: on time) and fifth (due 4 October
	// 2024, held 10 October: late). E's plan ended before its first was due. cp-reviews-on-time = 3 of 5
	// (A, F, D of A, A, F, D, D).
	review := func(p hearth.ID, plan *protection.CPPlan, date hearth.Date) {
		conference(p, nil, protection.ConferenceReview, date, plan, nil, false)
	}
	review(A, pA, day(2024, 9, 30))
	review(A, pA, day(2025, 4, 2))
	review(F, pF, day(2024, 11, 25))
	for _, d := range []hearth.Date{day(2023, 4, 5), day(2023, 10, 5), day(2024, 4, 4), day(2024, 10, 10)} {
		review(D, pD, d)
	}

	// Child protection visits due in the period (every 10 working days): A's first (due 15 July 2024,
	// none made), E's first (due 26 July, none), F's first (due 16 September, none), and B's: due 17
	// February 2025 (made 10 February), due 24 February (made that day), due 10 March (made 12 March:
	// late), due 26 March (the child was not seen that day; seen on 27 March: late). cp-visits-on-time = 2
	// of 7 (B, B of A, E, F, B, B, B, B).
	visit := func(p hearth.ID, plan *protection.CPPlan, date hearth.Date, seen bool) {
		v := &protection.Visit{PersonID: p, Kind: protection.VisitCP, CPPlanID: plan.ID, VisitDate: date, WorkerID: sw.ID, ChildSeen: &seen}
		if !seen {
			v.NotSeenReason = "Not at home"
		}
		insert(v)
	}
	visit(B, pB, day(2025, 2, 10), true)
	visit(B, pB, day(2025, 2, 24), true)
	visit(B, pB, day(2025, 3, 12), true)
	visit(B, pB, day(2025, 3, 26), false)
	visit(B, pB, day(2025, 3, 27), true)

	// At the end of 31 March 2025 this authority's plans are A, F, B and D: cp-plans-rate = 4 per 1,000
	// = 40.0. Started in the period: A, E, F, B, of which B had a plan before: cp-second-plans = 1 of 4.
	// Open two years or more: D: cp-plans-open-2y = 1 of 4 (D of A, F, B, D). Ended in the period: E
	// (2 months) and C (2 years and 6 weeks): cp-plans-ended-2y = 1 of 2 (C of E, C).

	// Plans open at the end of 31 March 2025: CP plans of A (measurable), F (contingency "To be
	// agreed."), B (an action whose success measure is "TBC"), D (nothing written), and E's child in need
	// plan (measurable; a withdrawn action does not count). plans-measurable = 2 of 5 (A, E of A, F, B, D, E).
	content := func(p hearth.ID, kind string, cin, cp hearth.ID, contingency string, measures ...string) *protection.Plan {
		x := &protection.Plan{PersonID: p, Kind: kind, CINPlanID: cin, CPPlanID: cp, AgreedDate: day(2024, 7, 1),
			Summary: "What needs to change", Contingency: contingency}
		insert(x)
		for _, m := range measures {
			insert(&protection.PlanAction{PersonID: p, PlanID: x.ID, Action: "Attend school", Who: "Mum", DueDate: day(2025, 6, 1),
				SuccessMeasure: m, Status: protection.ActionOpen})
		}
		return x
	}
	good := "If things do not improve the local authority will seek legal advice"
	content(A, protection.PlanCP, 0, pA.ID, good, "Attendance above 95% each half term", "No police call-outs to the home")
	content(F, protection.PlanCP, 0, pF.ID, "To be agreed.", "Attendance above 95% each half term")
	content(B, protection.PlanCP, 0, pB.ID, good, "Attendance above 95% each half term", "TBC")
	cinE := &protection.CINPlan{PersonID: E, CINEpisodeID: rE.ID, StartDate: day(2024, 9, 20)}
	insert(cinE)
	pc := content(E, protection.PlanCIN, cinE.ID, 0, good, "Attendance above 95% each half term")
	insert(&protection.PlanAction{PersonID: E, PlanID: pc.ID, Action: "Old idea", Who: "Dad", DueDate: day(2025, 6, 1),
		SuccessMeasure: "n/a", Status: protection.ActionWithdrawn})

	// Allocation at the end of 31 March 2025. Open work: A (referral, plan; social worker), D (referral,
	// plan; social worker until 30 March), E (referral, CIN plan; social worker), F (plan; nobody), B
	// (plan; only a family support worker), G (looked after; social worker), K (open referral, but died
	// on 15 January 2025: left out), and L, N, R (looked after; social worker) and P, Q (care leavers;
	// personal adviser) of buildCareMeasures. unallocated-children = 3 of 11 (D, F, B of A, D, E, F, B, G,
	// L, N, R, P, Q).
	allocate := func(p hearth.ID, role string, start, end hearth.Date) {
		x := &workforce.Allocation{PersonID: p, WorkerID: sw.ID, Role: role, TeamID: team.ID, StartDate: start, EndDate: end}
		if !end.IsZero() {
			x.EndReason = "LEFTRL"
		}
		insert(x)
	}
	allocate(A, workforce.RoleSocialWorker, day(2024, 6, 5), hearth.Date{})
	allocate(D, workforce.RoleSocialWorker, day(2025, 3, 14), day(2025, 3, 30))
	allocate(E, workforce.RoleSocialWorker, day(2024, 5, 11), hearth.Date{})
	allocate(B, workforce.RoleFamilySupportWorker, day(2025, 2, 3), hearth.Date{})
	allocate(G, workforce.RoleSocialWorker, day(2024, 1, 1), hearth.Date{})
	insert(&care.Episode{PersonID: G, PeriodStart: day(2024, 1, 1), StartDate: day(2024, 1, 1), ReasonNewEpisode: "S",
		LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U6"})
	var k hearth.Person
	if err := db.Get(ctx, worker, K, &k); err != nil {
		t.Fatal(err)
	}
	k.DeathDate = day(2025, 1, 15)
	if err := db.Amend(ctx, worker, &k, "died"); err != nil {
		t.Fatal(err)
	}
	buildCareMeasures(t, a, insert, team.ID, sw.ID) // children looked after, missing and leaving care
	return a
}

// expected is a measure's answer worked out by hand: numerator and denominator, and the children in
// each (as letters, one per item counted).
type expected struct {
	num, den int
	numOf    string
	denOf    string // empty for a rate per 10,000, whose denominator is the population, with no ids
}

func TestMeasuresOnAHandBuiltAuthority(t *testing.T) {
	want := map[string]expected{
		"contacts-decided-1wd":     {3, 5, "ABC", "ABCDE"},
		"contacts-to-referral":     {2, 4, "AD", "ABCD"},
		"referrals-rate":           {5, 1000, "ADEBK", ""},
		"re-referrals-12m":         {2, 5, "AD", "ADEBK"},
		"mash-checks-in-time":      {2, 4, "AD", "AAAD"},
		"assessments-45wd":         {2, 3, "AD", "ADE"},
		"assessments-child-seen":   {2, 3, "AD", "ADE"},
		"assessments-seen-alone":   {1, 3, "A", "ADE"},
		"s47-rate":                 {3, 1000, "AED", ""},
		"s47-gp-information":       {1, 2, "A", "AE"},
		"s47-household-considered": {1, 2, "A", "AE"},
		"strategy-police-health":   {2, 3, "AD", "ADE"},
		"icpc-15wd":                {1, 2, "A", "AE"},
		"cp-plans-rate":            {4, 1000, "AFBD", ""},
		"cp-reviews-on-time":       {3, 5, "AFD", "AAFDD"},
		"cp-visits-on-time":        {2, 7, "BB", "AEFBBBB"},
		"cp-second-plans":          {1, 4, "B", "AEFB"},
		"cp-plans-open-2y":         {1, 4, "D", "AFBD"},
		"cp-plans-ended-2y":        {1, 2, "C", "EC"},
		"plans-measurable":         {2, 5, "AE", "AFBDE"},
		"unallocated-children":     {3, 11, "DFB", "ADEFBGLNRPQ"},
	}
	for id, w := range careWant {
		want[id] = w
	}
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		a := buildMeasureAuthority(t, db)
		data, err := db.LoadMeasures(ctx, duty.Defaults().MeasureTimescales(calendar.England()))
		if err != nil {
			t.Fatal(err)
		}
		if len(want) != len(measure.Catalogue()) {
			t.Fatalf("the test knows %d measures, the catalogue has %d", len(want), len(measure.Catalogue()))
		}
		letters := func(s string) []hearth.ID {
			var ids []hearth.ID
			for _, r := range s {
				ids = append(ids, a.child[string(r)])
			}
			slices.Sort(ids)
			return ids
		}
		sorted := func(ids []hearth.ID) []hearth.ID {
			out := slices.Clone(ids)
			slices.Sort(out)
			return out
		}
		p := measure.PeriodEnding(day(2025, 3, 31), measure.TwelveMonths)
		for _, m := range measure.Catalogue() {
			w, ok := want[m.ID]
			if !ok {
				t.Errorf("no hand-worked answer for %s", m.ID)
				continue
			}
			r := data.Compute(m, p, measure.Options{IDs: true})
			if r.Numerator != w.num || r.Denominator != w.den {
				t.Errorf("%s = %d of %d, want %d of %d", m.ID, r.Numerator, r.Denominator, w.num, w.den)
			}
			if got, exp := sorted(r.NumeratorIDs), letters(w.numOf); !slices.Equal(got, exp) {
				t.Errorf("%s numerator children %v, want %v (%s)", m.ID, got, exp, w.numOf)
			}
			if got, exp := sorted(r.DenominatorIDs), letters(w.denOf); !slices.Equal(got, exp) {
				t.Errorf("%s denominator children %v, want %v (%s)", m.ID, got, exp, w.denOf)
			}
			if want := float64(w.num) * m.Unit.Scale() / float64(w.den); !r.Defined || r.Value != want {
				t.Errorf("%s value %v (defined %v), want %v", m.ID, r.Value, r.Defined, want)
			}
		}

		t.Run("partner checks by agency", func(t *testing.T) {
			m, _ := measure.Lookup("mash-checks-in-time")
			r := data.Compute(m, p, measure.Options{IDs: true})
			rows := map[string][2]int{}
			for _, b := range r.Breakdown {
				rows[b.Key] = [2]int{b.Numerator, b.Denominator}
			}
			for agency, w := range map[string][2]int{"police": {2, 2}, "health": {0, 1}, "education": {0, 1}, "gp": {0, 0}, "housing": {0, 0}} {
				if rows[agency] != w {
					t.Errorf("%s = %v, want %v", agency, rows[agency], w)
				}
			}
		})

		t.Run("the spread of working days taken", func(t *testing.T) {
			for id, w := range map[string]measure.Spread{
				"assessments-45wd": {Count: 3, Median: 45, P90: 46},
				"icpc-15wd":        {Count: 2, Median: 15, P90: 16},
			} {
				m, _ := measure.Lookup(id)
				if r := data.Compute(m, p, measure.Options{}); r.Spread == nil || *r.Spread != w {
					t.Errorf("%s spread = %+v, want %+v", id, r.Spread, w)
				}
			}
		})
	})
}

func TestTargetsCommentaryAndPopulation(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		analyst := hearth.Actor{UserID: newUser(t, db, "analyst@example.org"), Name: "analyst@example.org", Role: hearth.RoleAnalyst}
		other := hearth.Actor{UserID: newUser(t, db, "other@example.org"), Name: "other@example.org", Role: hearth.RoleAnalyst}

		t.Run("the child population: none until set, then the latest", func(t *testing.T) {
			if p, err := db.ChildPopulation(ctx); err != nil || p.Count != 0 {
				t.Fatalf("before any is set: %+v, %v", p, err)
			}
			if err := db.SetChildPopulation(ctx, analyst, measure.ChildPopulation{Count: 0, Year: 2024, Source: "ONS"}); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("a population of 0: %v, want EINVALID", err)
			}
			for _, n := range []int{41000, 42300} {
				if err := db.SetChildPopulation(ctx, analyst, measure.ChildPopulation{Count: n, Year: 2024, Source: "ONS mid-year estimates"}); err != nil {
					t.Fatal(err)
				}
			}
			if p, err := db.ChildPopulation(ctx); err != nil || p.Count != 42300 || p.Source != "ONS mid-year estimates" {
				t.Fatalf("latest = %+v, %v", p, err)
			}
		})

		t.Run("targets apply from their date and keep their history", func(t *testing.T) {
			set := func(v float64, from hearth.Date) {
				t.Helper()
				if _, err := db.SetTarget(ctx, analyst, measure.Target{MeasureID: "assessments-45wd", Value: v, Tolerance: 5, From: from, Note: "neighbours"}); err != nil {
					t.Fatal(err)
				}
			}
			set(80, day(2024, 4, 1))
			set(85, day(2025, 4, 1))
			if _, err := db.SetTarget(ctx, analyst, measure.Target{MeasureID: "no-such-measure", Value: 1, From: day(2024, 4, 1)}); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("a target for an unknown measure: %v, want EINVALID", err)
			}
			if _, err := db.SetTarget(ctx, analyst, measure.Target{MeasureID: "assessments-45wd", Value: 120, From: day(2024, 4, 1)}); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("a percentage target of 120: %v, want EINVALID", err)
			}
			for asAt, want := range map[hearth.Date]float64{day(2024, 3, 31): -1, day(2025, 3, 31): 80, day(2025, 4, 1): 85} {
				got, err := db.Targets(ctx, asAt)
				if err != nil {
					t.Fatal(err)
				}
				tg, ok := got["assessments-45wd"]
				switch {
				case want < 0 && ok:
					t.Errorf("as at %s a target %v applies before any was set", asAt, tg.Value)
				case want >= 0 && (!ok || tg.Value != want || tg.SetByName != "analyst@example.org"):
					t.Errorf("as at %s target = %+v, want %v", asAt, tg, want)
				}
			}
			if h, err := db.TargetHistory(ctx, "assessments-45wd"); err != nil || len(h) != 2 || h[0].Value != 80 || h[1].Value != 85 {
				t.Errorf("history = %+v, %v", h, err)
			}
		})

		t.Run("commentary is versioned and a stale version is refused", func(t *testing.T) {
			march := day(2025, 3, 17)
			c1, err := db.AddCommentary(ctx, analyst, "icpc-15wd", march, "Two conferences moved for the chair's illness.", 0)
			if err != nil || c1.Version != 1 || c1.Month != day(2025, 3, 1) {
				t.Fatalf("first version = %+v, %v", c1, err)
			}
			c2, err := db.AddCommentary(ctx, other, "icpc-15wd", march, "Two conferences moved; a second chair now covers.", 1)
			if err != nil || c2.Version != 2 {
				t.Fatalf("second version = %+v, %v", c2, err)
			}
			if _, err := db.AddCommentary(ctx, analyst, "icpc-15wd", march, "My edit of version 1", 1); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Errorf("writing over version 2 from version 1: %v, want ECONFLICT", err)
			}
			latest, err := db.Commentary(ctx, day(2025, 3, 31))
			if err != nil || latest["icpc-15wd"].Version != 2 || latest["icpc-15wd"].WrittenByName != "other@example.org" {
				t.Errorf("latest = %+v, %v", latest, err)
			}
			history, err := db.CommentaryHistory(ctx, "icpc-15wd", march)
			if err != nil || len(history) != 2 || history[0].Text != "Two conferences moved for the chair's illness." {
				t.Errorf("history = %+v, %v", history, err)
			}
			if april, err := db.Commentary(ctx, day(2025, 4, 1)); err != nil || len(april) != 0 {
				t.Errorf("April has commentary %+v, %v", april, err)
			}
		})

		t.Run("the tables refuse changes and deletions", func(t *testing.T) {
			for _, q := range []string{
				`UPDATE measure_commentary SET body = 'rewritten'`,
				`DELETE FROM measure_commentary`,
				`UPDATE measure_targets SET target = 1`,
				`DELETE FROM measure_targets`,
				`UPDATE child_population SET population = 1`,
				`DELETE FROM child_population`,
			} {
				if _, err := db.SQL().ExecContext(ctx, q); err == nil {
					t.Errorf("%s succeeded", q)
				}
			}
		})
	})
}
