package synth

import (
	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
)

// Rows kept for breach injection: the census rows of each episode.
type cinEpisodeRef struct {
	row     *frontdoor.CINEpisode
	factors hearth.Codes
}

type assessmentRef struct {
	row *protection.Assessment
	epi *cinEpisodeRef
}

type cpPlanRef struct {
	row         *protection.CPPlan
	initial     *protection.Conference
	reviews     []*protection.Conference
	epi         *cinEpisodeRef
	lastConfDay hearth.Date
}

func yes() *bool { t := true; return &t }
func no() *bool  { f := false; return &f }

func boolp(b bool) *bool {
	if b {
		return yes()
	}
	return no()
}

// assessment writes the child and family assessment of an episode, and who in the household it
// considered. enquiry says a section 47 enquiry ran alongside it, so it found the factors that led there.
func (g *gen) assessment(h *household, c *member, epi *frontdoor.CINEpisode, er *cinEpisodeRef, segs []segment, start, end hearth.Date, outcome string, inNeed, enquiry bool) {
	r := h.r
	if start.After(g.ref) {
		return
	}
	sw := at(segs, start)
	a := &protection.Assessment{
		Record:   g.record(g.ids.next("cin_assessments"), start, sw.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, StartDate: start, TeamID: sw.team.id, WorkerID: sw.id,
	}
	age := c.birth.AgeOn(start)
	// Whether and when the child was seen; young babies are seen, not seen alone.
	seen := chance(r, 0.96)
	seenDate := g.wd(start, between(r, 0, 8))
	if !end.IsZero() && seenDate.After(end) {
		seenDate = end
	}
	if seen && !seenDate.After(g.ref) {
		a.ChildSeen, a.SeenDate = yes(), seenDate
		a.SeenAlone = boolp(age >= 5 && chance(r, 0.7))
		if age >= 4 {
			a.ChildViews = childViews(r, age)
		}
	} else if !end.After(g.ref) {
		a.ChildSeen, a.NotSeenReason = no(), "Family did not engage; the child was not made available despite repeated visits."
	}
	if chance(r, 0.35) {
		mid := g.wd(start, between(r, 10, 20))
		if mid.Before(end) && !mid.After(g.ref) {
			a.InternalReviewDate = mid
		}
	}
	if !end.After(g.ref) {
		// Completed by the worker and authorised by the manager on the same day: the commonest case, and
		// one that draws nothing more from the seed.
		a.CompletedDate, a.AuthorisationDate = end, end
		a.AuthorisedBy = at(segs, end).team.manager.id
		a.Outcome = outcome
		if a.ChildSeen == nil {
			a.ChildSeen, a.NotSeenReason = no(), "The child could not be seen before the assessment was completed."
		}
		a.GPInformationObtained = boolp(chance(r, 0.78))
		if !*a.GPInformationObtained {
			a.GPInformationNotObtainedReason = "The GP practice did not respond to the request."
		}
		a.Factors = drawFactors(h, inNeed, enquiry)
		a.Analysis = assessmentAnalysis(a.Factors, inNeed)
		er.factors = a.Factors
	}
	h.add(a)
	c.rows.assessments = append(c.rows.assessments, &assessmentRef{row: a, epi: er})
	for _, m := range h.others(c) {
		if m.birth.After(start) {
			continue
		}
		row := &protection.AssessmentHouseholdMember{
			Record:   g.record(g.ids.next("assessment_household"), start, sw.user, r),
			PersonID: c.p.ID, AssessmentID: a.ID, MemberID: m.p.ID, Considered: chance(r, 0.9),
		}
		if !row.Considered {
			row.Note = "Not seen or spoken to during the assessment."
		} else if m.child {
			row.Note = "Sibling seen at home; their needs considered alongside the child's."
		} else {
			row.Note = "Seen and spoken to; checks made with the police and the GP."
		}
		h.add(row)
	}
}

// drawFactors returns the factors identified at the end of an assessment: several for a child in need,
// none (21) or a few minor ones for a child who is not. An assessment that ran alongside a section 47
// enquiry always names some: the concerns that led to the enquiry were there to find, and the CIN census
// expects "no factors" (21) only of an episode closed RC8 or RC9 (query 8873Q), which an episode with an
// enquiry may not be closed as RC8 (rule 2990).
func drawFactors(h *household, inNeed, enquiry bool) hearth.Codes {
	r := h.r
	if !inNeed && !enquiry && chance(r, 0.65) {
		return hearth.Codes{protection.FactorNone}
	}
	var out hearth.Codes
	scale := 1.0
	if !inNeed {
		scale = 0.35
	}
	for _, f := range factorChances {
		if chance(r, f.weight*scale) {
			out = append(out, f.code)
		}
	}
	if len(out) == 0 {
		out = hearth.Codes{factorChances[r.IntN(8)].code}
	}
	return out
}

// strategyAndS47 writes the strategy discussion on day sd and, when it decided on one, the section 47
// enquiry from start to end with the household members it considered.
func (g *gen) strategyAndS47(h *household, c *member, epi *frontdoor.CINEpisode, segs []segment, sd, start, end hearth.Date, p eventPlan) *protection.S47Enquiry {
	r := h.r
	sw := at(segs, sd)
	held := workingMoment(sd, r)
	decisionCode := protection.StrategyS47
	switch {
	case !p.s47:
		decisionCode = protection.StrategyNoS47
	case chance(r, 0.3):
		decisionCode = protection.StrategyS47Joint
	}
	agencies := hearth.Codes{"police", "health"}
	if c.birth.AgeOn(sd) >= 4 && chance(r, 0.7) {
		agencies = append(agencies, "education")
	}
	sdRow := &protection.StrategyDiscussion{
		Record:   g.record(g.ids.next("strategy_discussions"), sd, sw.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, HeldAt: held, ChairID: sw.team.manager.id, Agencies: agencies,
		Information: "Police shared previous call-outs to the address; health shared the child's attendance record.",
		Decision:    decisionCode,
		Actions:     "Social worker and police to visit within 24 hours; health to complete a medical if needed.",
	}
	sdRow.RecordedAt = held
	h.add(sdRow)
	if !p.s47 || start.After(g.ref) {
		return nil
	}
	s := &protection.S47Enquiry{
		Record:   g.record(g.ids.next("s47_enquiry"), start, sw.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, StrategyDiscussionID: sdRow.ID, StartDate: start,
		TeamID: sw.team.id, WorkerID: sw.id,
	}
	if seen := g.wd(start, between(r, 0, 2)); !seen.After(g.ref) && (end.IsZero() || !seen.After(end)) && chance(r, 0.97) {
		s.ChildSeen, s.SeenDate = yes(), seen
		s.SeenAlone = boolp(c.birth.AgeOn(start) >= 5 && chance(r, 0.75))
		if c.birth.AgeOn(start) >= 4 {
			s.ChildViews = childViews(r, c.birth.AgeOn(start))
		}
	}
	if p.icpc {
		s.ICPCTargetDate = g.wd(sd, 15)
	}
	if !end.After(g.ref) {
		s.EndDate = end
		s.Conclusion = p.conclusion
		s.AuthorisationDate, s.AuthorisedBy = end, at(segs, end).team.manager.id
		s.ICPCRequired = boolp(p.icpc)
		if s.ICPCTargetDate.IsZero() && p.icpc {
			s.ICPCTargetDate = g.wd(sd, 15)
		}
		if s.ChildSeen == nil {
			s.ChildSeen, s.NotSeenReason = no(), "The child was in hospital and could not be seen."
		}
		s.GPInformationObtained = boolp(chance(r, 0.85))
		if !*s.GPInformationObtained {
			s.GPInformationNotObtainedReason = "GP information requested; no reply before the enquiry concluded."
		}
		s.Analysis = s47Analysis(p.conclusion)
	}
	h.add(s)
	for _, m := range h.others(c) {
		if m.birth.After(start) {
			continue
		}
		row := &protection.S47HouseholdMember{
			Record:   g.record(g.ids.next("s47_household"), start, sw.user, r),
			PersonID: c.p.ID, S47EnquiryID: s.ID, MemberID: m.p.ID, Considered: chance(r, 0.88),
		}
		if row.Considered {
			row.Note = "Seen and spoken to; police and health checks completed."
		} else {
			row.Note = "Not seen: whereabouts not known during the enquiry."
		}
		h.add(row)
	}
	return s
}

// emergencyProtection writes a period of police protection that ended with the child accommodated.
func (g *gen) emergencyProtection(h *household, c *member, epi *frontdoor.CINEpisode, day hearth.Date, w *worker) {
	r := h.r
	kind, end := protection.PolicePowers, day.AddDays(between(r, 0, 2))
	if chance(r, 0.3) {
		kind, end = protection.EmergencyProtectionOrder, day.AddDays(between(r, 3, 8))
	}
	if end.After(g.ref) {
		end = hearth.Date{}
	}
	h.add(&protection.EmergencyProtection{
		Record:   g.record(g.ids.next("emergency_protection_episodes"), day, w.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, Kind: kind, StartDate: day, EndDate: end, LAAccommodated: true,
		Note: "Removed to an emergency foster placement.",
	})
}

// conferenceAndPlan writes the initial conference on day icpc and, when it made one, the child
// protection plan to end (zero: open) with its reviews, core groups, visits, chair and content.
func (g *gen) conferenceAndPlan(h *household, c *member, epi *frontdoor.CINEpisode, er *cinEpisodeRef, s47 *protection.S47Enquiry, segs []segment, icpc, end hearth.Date, endReason string, p eventPlan) {
	r := h.r
	var s47ID hearth.ID
	if s47 != nil {
		s47ID = s47.ID
	}
	if !end.IsZero() && end.After(g.ref) {
		end = hearth.Date{}
	}
	chair := g.wf.pick(poolChair, icpc, icpc)
	var chairSegs []segment
	if p.cpPlan {
		chairSegs = g.allocateFirst(h, c, poolChair, chair, icpc, end, epi.ID, "")
	} else {
		g.wf.take(chair, icpc, icpc)
	}
	conf := &protection.Conference{
		Record:   g.record(0, icpc, chair.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, Kind: protection.ConferenceInitial, S47EnquiryID: s47ID,
		ConferenceDate: icpc, ChairID: chair.id, Quorate: boolp(chance(r, 0.93)),
		Participation: participation(r, c.birth.AgeOn(icpc)),
	}
	if !p.cpPlan {
		conf.ID = g.ids.next("cp_conferences")
		conf.Outcome = protection.ConferenceNoPlan
		h.add(conf)
		return
	}
	category := cpCategories.pick(r)
	cats := categoriesOf(r, category)
	c.cpPlans++
	plan := &protection.CPPlan{
		Record:   g.record(g.ids.next("cp_plans"), icpc, at(segs, icpc).user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, StartDate: icpc, InitialCategory: category, LatestCategory: category,
	}
	if !end.IsZero() {
		plan.EndDate, plan.EndReason = end, endReason
	}
	h.add(plan)
	conf.ID = g.ids.next("cp_conferences")
	conf.Outcome, conf.CPPlanID, conf.Categories = protection.ConferencePlanMade, plan.ID, cats
	h.add(conf)
	ref := &cpPlanRef{row: plan, initial: conf, epi: er}
	c.rows.cpPlans = append(c.rows.cpPlans, ref)
	last := g.ref
	if !end.IsZero() {
		last = end
	}
	// Review conferences: 3 months after the initial, then every 6 months; most on time, some late.
	due := icpc.AddMonths(3)
	for {
		day := g.workingDay(due.AddDays(-between(r, 0, 7)))
		if chance(r, 0.08) {
			day = g.wd(due, between(r, 1, 15))
		}
		if !day.Before(last) || day.After(g.ref) {
			break
		}
		if end.IsZero() || day.Before(end) {
			rv := g.review(h, c, epi, plan, day, chairSegs, chair, protection.ConferencePlanContinues, cats)
			ref.reviews = append(ref.reviews, rv)
			if chance(r, 0.08) { // the categories change at a review
				category = cpCategories.pick(r)
				cats = categoriesOf(r, category)
				rv.Categories = cats
				plan.LatestCategory = category
			}
		}
		due = day.AddMonths(6)
	}
	if !end.IsZero() && endReason == "no_longer_at_risk" {
		ref.reviews = append(ref.reviews, g.review(h, c, epi, plan, end, chairSegs, chair, protection.ConferencePlanEnds, nil))
	}
	// Core groups: the first within 10 working days, then about every six weeks.
	day := g.wd(icpc, between(r, 5, 10))
	if chance(r, 0.12) {
		day = g.wd(icpc, between(r, 11, 20))
	}
	for day.Before(last) && !day.After(g.ref) {
		h.add(&protection.CoreGroup{
			Record:   g.record(g.ids.next("core_groups"), day, at(segs, day).user, r),
			PersonID: c.p.ID, CPPlanID: plan.ID, MeetingDate: day, Attendees: coreGroupAttendees(r, c.birth.AgeOn(day)),
			Notes: "Progress against the plan reviewed; actions updated.",
		})
		day = g.wd(day, between(r, 20, 32))
	}
	g.planContent(h, c, protection.PlanCP, 0, plan.ID, icpc, end, segs)
	g.visits(h, c, protection.VisitCP, epi.ID, plan.ID, icpc, end, 10, segs)
}

// review writes a review conference of a plan.
func (g *gen) review(h *household, c *member, epi *frontdoor.CINEpisode, plan *protection.CPPlan, day hearth.Date, chairs []segment, chair *worker, outcome string, cats hearth.Codes) *protection.Conference {
	r := h.r
	if w := at(chairs, day); w != nil {
		chair = w
	}
	rv := &protection.Conference{
		Record:   g.record(g.ids.next("cp_conferences"), day, chair.user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, Kind: protection.ConferenceReview, CPPlanID: plan.ID,
		ConferenceDate: day, Outcome: outcome, Categories: cats, ChairID: chair.id, Quorate: boolp(chance(r, 0.93)),
		Participation: participation(r, c.birth.AgeOn(day)),
	}
	h.add(rv)
	return rv
}

// categoriesOf returns the categories a conference records for a DfE category: the category itself, or
// two categories for MUL.
func categoriesOf(r interface{ IntN(int) int }, category string) hearth.Codes {
	if category != protection.CategoryMultiple {
		return hearth.Codes{category}
	}
	all := []string{"NEG", "EMO", "PHY", "SAB"}
	i := r.IntN(4)
	j := (i + 1 + r.IntN(3)) % 4
	return hearth.Codes{all[i], all[j]}
}

// cinPlanPeriod writes a child in need plan from start to end (zero or after the reference date: open),
// with its content and visits.
func (g *gen) cinPlanPeriod(h *household, c *member, epi *frontdoor.CINEpisode, segs []segment, start, end hearth.Date) {
	r := h.r
	if !end.IsZero() && end.After(g.ref) {
		end = hearth.Date{}
	}
	plan := &protection.CINPlan{
		Record:   g.record(g.ids.next("cin_plans"), start, at(segs, start).user, r),
		PersonID: c.p.ID, CINEpisodeID: epi.ID, StartDate: start, EndDate: end,
	}
	h.add(plan)
	g.planContent(h, c, protection.PlanCIN, plan.ID, 0, start, end, segs)
	g.visits(h, c, protection.VisitCIN, epi.ID, 0, start, end, 30, segs)
}

// visits writes the visits of a plan from start to end (zero: the reference date), about every gap
// working days, most on time.
func (g *gen) visits(h *household, c *member, kind string, epiID, cpPlanID hearth.ID, start, end hearth.Date, gap int, segs []segment) {
	r := h.r
	last := end
	if last.IsZero() || last.After(g.ref) {
		last = g.ref
	}
	day := g.wd(start, between(r, 1, gap/2+1))
	for !day.After(last) {
		w := at(segs, day)
		age := c.birth.AgeOn(day)
		v := &protection.Visit{
			Record:   g.record(g.ids.next("visits"), day, w.user, r),
			PersonID: c.p.ID, Kind: kind, CINEpisodeID: epiID, CPPlanID: cpPlanID, VisitDate: day, WorkerID: w.id,
			Location: "home",
		}
		if u := r.Float64(); u > 0.8 {
			v.Location = []string{"school", "office", "community", "school"}[r.IntN(4)]
		}
		if chance(r, 0.94) {
			v.ChildSeen = yes()
			v.SeenAlone = boolp(age >= 5 && chance(r, 0.65))
			if v.Location == "home" {
				v.BedroomSeen = boolp(chance(r, 0.45))
			}
			if age >= 4 && chance(r, 0.5) {
				v.ChildViews = childViews(r, age)
			}
		} else {
			v.ChildSeen, v.NotSeenReason = no(), "No one was home at the arranged time."
		}
		h.add(v)
		step := between(r, gap/2+1, gap)
		if chance(r, 0.12) {
			step = between(r, gap+1, gap*2)
		}
		day = g.wd(day, step)
	}
}

// planContent writes what a CIN or CP plan says, with its actions. Most plans say what will happen if
// things do not improve; some only gesture at it, as inspectors find.
func (g *gen) planContent(h *household, c *member, kind string, cinPlanID, cpPlanID hearth.ID, agreed, end hearth.Date, segs []segment) {
	r := h.r
	if chance(r, 0.06) {
		return // the plan's content was never written up
	}
	w := at(segs, agreed)
	p := &protection.Plan{
		Record:   g.record(g.ids.next("plans"), agreed, w.user, r),
		PersonID: c.p.ID, Kind: kind, CINPlanID: cinPlanID, CPPlanID: cpPlanID, AgreedDate: agreed,
		Summary:     planSummary(r, kind),
		Contingency: planContingency(r, kind),
		// Signed off by the worker's manager on the day it was agreed.
		AuthorisationDate: agreed, AuthorisedBy: w.team.manager.id,
	}
	if c.birth.AgeOn(agreed) >= 6 && chance(r, 0.55) {
		p.ChildWords = childViews(r, c.birth.AgeOn(agreed))
	}
	h.add(p)
	n := between(r, 2, 4)
	for i := 0; i < n; i++ {
		action, who, measure := planAction(r)
		due := agreed.AddDays(between(r, 14, 100))
		a := &protection.PlanAction{
			Record:   g.record(g.ids.next("plan_actions"), agreed, w.user, r),
			PersonID: c.p.ID, PlanID: p.ID, Action: action, Who: who, DueDate: due, SuccessMeasure: measure,
			Status: protection.ActionOpen,
		}
		if who == "Social worker" {
			a.WorkerID = w.id
		}
		planEnd := end
		if planEnd.IsZero() {
			planEnd = g.ref.AddDays(1)
		}
		switch {
		case due.After(g.ref):
			if chance(r, 0.5) {
				a.Status = protection.ActionInProgress
			}
		default:
			switch u := r.Float64(); {
			case u < 0.62:
				a.Status = protection.ActionCompleted
				done := due.AddDays(-between(r, 0, 20))
				if done.Before(agreed) {
					done = agreed
				}
				a.CompletedDate = done
			case u < 0.8:
				a.Status, a.Progress = protection.ActionNotCompleted, "Not achieved by the date; the core group agreed what happens instead."
			case u < 0.93:
				a.Status = protection.ActionInProgress
			default:
				a.Status, a.Progress = protection.ActionWithdrawn, "No longer needed."
			}
		}
		h.add(a)
	}
}

// existingCaseContacts writes the contacts received about a child whose case is already open (police
// notifications, school concerns), which the front door passes to the allocated worker.
func (g *gen) existingCaseContacts(h *household, c *member, from, to hearth.Date) {
	r := h.r
	if to.IsZero() || to.After(g.ref) {
		to = g.ref
	}
	days := to.DaysSince(from) - 20
	if days <= 0 {
		return
	}
	for k := poisson(r, float64(days)/420); k > 0; k-- {
		t := from.AddDays(20 + r.IntN(days))
		source := referralSources.pick(r)
		decided := g.workingDay(t)
		decider := g.wf.frontDoor(decided)
		con := &frontdoor.Contact{
			Record:   g.record(g.ids.next("contacts"), t, decider.user, r),
			PersonID: c.p.ID, ReceivedAt: workingMoment(t, r), Source: source, SourceDetail: sourceDetail(r, source),
			Reasons: hearth.Codes{contactReasons[sourceGroup(source)].pick(r)}, Consent: frontdoor.ConsentGiven,
			ThresholdLevel: "level_3", Decision: frontdoor.DecisionExistingCase,
			DecisionRationale: "Open case: passed to the allocated social worker.", DecidedBy: decider.id,
		}
		con.Summary = contactSummary(con.Reasons[0])
		con.DomesticAbuseNotification = source == "6" && con.Reasons[0] == "domestic_abuse"
		con.RecordedAt = con.ReceivedAt
		con.DecidedAt = workingMoment(decided, r)
		if !con.DecidedAt.After(con.ReceivedAt) {
			con.DecidedAt = con.ReceivedAt.Add(45 * 60e9)
		}
		h.add(con)
	}
}
