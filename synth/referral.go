package synth

import (
	"math/rand/v2"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/workforce"
)

// eventPlan is the course a referral takes, drawn once per contact so that siblings referred together
// usually share it (their assessments, enquiries and conferences run side by side).
type eventPlan struct {
	immediate  bool   // the front door went straight to a strategy discussion
	nfa        bool   // the referral was closed with no further action
	s47        bool   // a strategy discussion started a section 47 enquiry
	strategy   bool   // there was a strategy discussion (possibly deciding on no enquiry)
	conclusion string // how the enquiry concluded
	icpc       bool   // an initial conference was held
	cpPlan     bool   // it made a child protection plan
	emergency  bool   // the child was protected and accommodated at once (police protection)
	care       bool   // the assessment found the child must be looked after
	inNeed     bool   // the child was assessed as in need
	cinPlan    bool   // a child in need plan followed
	cpToCare   bool   // the CP plan ended with the child becoming looked after
	cinToCare  bool   // the CIN plan ended with the child becoming looked after
	stepDown   bool   // a CP plan ended with a step down to a CIN plan
	uasc       bool
}

// strategyShare is the share of referrals (after no further action) with a strategy discussion, so that
// section 47 enquiries come out at s47PerReferral.
var strategyShare = s47PerReferral / (1 - referralNFAShare) / 0.95

func (g *gen) drawPlan(r *rand.Rand, dec decision, uasc, hadCP bool) eventPlan {
	var p eventPlan
	if dec != decReferral {
		return p
	}
	if uasc {
		return eventPlan{care: true, inNeed: true, uasc: true}
	}
	if chance(r, referralNFAShare) {
		p.nfa = true
		return p
	}
	strategy, icpc := strategyShare, icpcPerS47*firstICPCShare/0.97
	if hadCP {
		// A child who has had a plan before is more likely to be thought at risk again.
		strategy, icpc = min(0.85, strategy*repeatStrategyBoost), min(0.9, icpc*repeatICPCBoost)
	}
	if chance(r, strategy) {
		p.strategy = true
		p.immediate = chance(r, immediateStrategyShare/strategyShare)
		p.s47 = !chance(r, 0.05)
	}
	if p.s47 {
		switch u := r.Float64(); {
		case u < icpc:
			p.conclusion = protection.S47SubstantiatedContinuingRisk
		case u < 0.62:
			p.conclusion = protection.S47SubstantiatedNoContinuingRisk
		default:
			p.conclusion = protection.S47NotSubstantiated
		}
		if p.conclusion == protection.S47SubstantiatedContinuingRisk && chance(r, 0.03) {
			p.emergency = true
		}
		p.icpc = p.conclusion == protection.S47SubstantiatedContinuingRisk && !p.emergency
		if p.icpc && chance(r, planPerICPC) {
			p.cpPlan = true
			p.cpToCare = chance(r, 0.12)
			p.stepDown = !p.cpToCare && chance(r, 0.55)
		}
		if !p.cpPlan && !p.emergency {
			p.inNeed = !chance(r, 0.3)
			p.cinPlan = p.inNeed && chance(r, 0.6)
		}
		if p.emergency || p.cpPlan {
			p.inNeed = true
		}
	} else {
		p.inNeed = !chance(r, 0.40)
		if p.inNeed {
			p.care = chance(r, 0.05)
			p.cinPlan = !p.care && chance(r, cinPlanShare)
		}
	}
	if p.cinPlan {
		p.cinToCare = chance(r, 0.02)
	}
	return p
}

// referral writes a referral of child c on day refDate and everything that follows it, to the closure of
// the episode or the reference date. It returns the day the child is free for a new referral: the day
// after closure, or after the reference date while the episode is open.
func (g *gen) referral(h *household, c *member, con *frontdoor.Contact, refDate hearth.Date, source string, p eventPlan, decider *worker, uasc bool) hearth.Date {
	r := h.r
	need := primaryNeeds.pick(r)
	if need == "N8" && !uasc {
		need = "N5" // careHook reads N8 at 12 or over as an unaccompanied asylum seeker
	}
	switch {
	case uasc:
		need = "N8"
	case p.emergency || p.cpPlan || p.care || p.cpToCare:
		need = "N1"
	}
	disabled := need == "N2"
	if disabled {
		setDisabled(r, c.p)
	}
	epi := &frontdoor.CINEpisode{
		Record:   g.record(g.ids.next("cin_episodes"), refDate, decider.user, r),
		PersonID: c.p.ID, ContactID: con.ID, ReferralDate: refDate, ReferralSource: source, PrimaryNeed: need,
		TeamID: decider.team.id, WorkerID: decider.id,
	}
	h.add(epi)
	er := &cinEpisodeRef{row: epi}
	c.rows.episodes = append(c.rows.episodes, er)
	c.lastRef = refDate
	if p.nfa {
		epi.PrimaryNeed = ""
		epi.ReferralNFA = true
		epi.ClosureDate, epi.ClosureReason = refDate, "RC7"
		c.busyUntil = refDate.AddDays(1)
		return c.busyUntil
	}
	adult := c.birth.AddMonths(18 * 12)

	// The dates of the journey, worked out first so that workers can be allocated for the right periods.
	aStart := refDate
	if !chance(r, 0.7) && !p.immediate {
		// A few assessments start a day or so after the referral; never one whose enquiry began at the
		// front door, as a section 47 enquiry is made through the assessment (and the CIN census queries
		// an enquiry with no assessment, 2991Q).
		aStart = g.wd(refDate, between(r, 1, 3))
	}
	aDays := assessmentDays.pick(r)
	aEnd := g.wd(aStart, aDays)
	var sd, s47Start, s47End, icpc hearth.Date
	if p.strategy {
		sd = refDate
		if !p.immediate {
			sd = g.wd(aStart, between(r, 1, min(10, aDays)))
		}
		s47Start = sd
		if chance(r, 0.2) {
			s47Start = g.wd(sd, 1)
		}
		if p.icpc {
			icpc = g.wd(s47Start, icpcDays.pick(r))
			s47End = g.wd(icpc, -between(r, 0, 2))
			if s47End.Before(s47Start) {
				s47End = s47Start
			}
		} else {
			s47End = g.wd(s47Start, between(r, 5, 30))
		}
		if aEnd.Before(s47End) {
			aEnd = g.wd(s47End, between(r, 0, 5))
		}
		if p.icpc && aEnd.Before(icpc) {
			// The assessment goes to the initial conference and is completed with its decision, so an
			// enquiry in a year's return has its assessment there too (CIN census query 2991Q).
			aEnd = icpc
		}
	}
	var careStart, cpEnd, cinStart, cinEnd, closure hearth.Date
	closeReason := "RC7"
	cpEndReason := "no_longer_at_risk"
	switch {
	case p.emergency:
		careStart = s47Start
	case p.cpPlan:
		cpEnd = g.workingDay(icpc.AddDays(cpDurations.pick(r)))
		switch {
		case p.cpToCare:
			careStart, cpEndReason = cpEnd, "looked_after"
		case chance(r, 0.04):
			cpEndReason, closeReason = "transferred", "RC5"
			closure = cpEnd
		case p.stepDown:
			cinStart = cpEnd.AddDays(1)
			cinEnd = cinStart.AddDays(cinPlanDurations.pick(r))
			closure = cinEnd.AddDays(between(r, 0, 15))
		default:
			closure = cpEnd.AddDays(between(r, 0, 15))
		}
	case p.care:
		careStart = g.wd(aStart, between(r, 1, aDays))
	case p.cinPlan:
		// The plan follows the assessment, and the initial conference when one decided on no CP plan.
		cinStart = maxDate(aEnd, icpc).AddDays(between(r, 0, 10))
		dur := cinPlanDurations.pick(r)
		if disabled {
			dur = between(r, 365, 1600)
		}
		cinEnd = cinStart.AddDays(dur)
		if p.cinToCare {
			careStart = cinStart.AddDays(between(r, 30, dur))
			cinEnd = careStart
		} else {
			closure = cinEnd.AddDays(between(r, 0, 15))
			if chance(r, 0.03) {
				closeReason = "RC5"
			}
		}
	case p.inNeed:
		closure = aEnd.AddDays(between(r, 10, 120))
	default:
		closure = maxDate(aEnd, icpc) // an initial conference that made no plan comes before closure
		closeReason = "RC8"
		if chance(r, 0.35) {
			closeReason = "RC9"
		}
		if p.s47 && closeReason == "RC8" {
			// A section 47 enquiry is further action: a case closed after one, with no services to
			// follow, closes as services ceased (RC7), never RC8 (CIN census rule 2990).
			closeReason = "RC7"
		}
	}
	// However short the plan that followed, the episode is open until the assessment, the enquiry and the
	// initial conference are over (CIN census rule 8565: no activity after closure).
	if last := maxDate(aEnd, s47End, icpc); !closure.IsZero() && closure.Before(last) {
		closure = last
	}
	// A child who turns 18 leaves children's services (disabled young people to adult social care), and
	// plans end on the birthday.
	if !careStart.IsZero() && !careStart.Before(adult) {
		careStart = hearth.Date{}
		closure = adult
	}
	if !closure.IsZero() && !closure.Before(adult) && closeReason != "RC8" && closeReason != "RC9" {
		closure, closeReason = adult, "RC7"
		if disabled {
			closeReason = "RC6"
		}
	} else if !closure.IsZero() && !closure.Before(adult) {
		// An assessment that found no role for children's social care closes the case as it would have
		// done anyway, on the birthday at the latest (RC8 or RC9 go with its finding of no factors).
		closure = adult
	}
	if !cpEnd.IsZero() && !cpEnd.Before(adult) {
		cpEnd, cpEndReason, careStart, cinStart, cinEnd = adult, "turned_18", hearth.Date{}, hearth.Date{}, hearth.Date{}
	}
	if !cinEnd.IsZero() && !cinEnd.Before(adult) {
		cinEnd = adult
	}
	// Nothing happens after the birthday, when the episode closes: the assessment and the enquiry are
	// finished by then, and a conference or a CIN plan that would have come later is not held or made.
	if !aEnd.Before(adult) {
		aEnd = adult
	}
	if !s47End.IsZero() && s47End.After(adult) {
		s47End = adult
	}
	if !icpc.IsZero() && !icpc.Before(adult) {
		icpc, cpEnd, p.icpc, p.cpPlan = hearth.Date{}, hearth.Date{}, false, false
	}
	if !cinStart.IsZero() && !cinStart.Before(adult) {
		cinStart, cinEnd = hearth.Date{}, hearth.Date{}
	}
	if careStart.IsZero() && closure.IsZero() {
		closure = maxDate(cpEnd, cinEnd, aEnd).AddDays(between(r, 0, 15))
	}

	// Allocation: an assessment social worker until the case moves to a long-term team (at the initial
	// conference, the start of a CIN plan, or becoming looked after), then that team until closure.
	assessPool, longPool := poolAssessment, poolProtection
	if disabled {
		assessPool, longPool = poolDisabled, poolDisabled
	}
	transfer := firstDate(icpc, cinStart, careStart)
	if !transfer.IsZero() && !transfer.After(refDate) {
		transfer = refDate.AddDays(1)
	}
	phase1End := closure
	phase1Reason := "OTHERS"
	if !transfer.IsZero() && (closure.IsZero() || transfer.Before(closure)) {
		phase1End, phase1Reason = transfer, "TSPROC"
		if disabled {
			phase1End = hearth.Date{} // the disabled children's team keeps the child
		}
	}
	if careStart.IsZero() && !closure.IsZero() && disabled {
		phase1End = closure
	}
	segs := g.allocate(h, c, assessPool, refDate, phase1End, epi.ID, phase1Reason)
	if !disabled && !transfer.IsZero() && !transfer.After(g.ref) && (closure.IsZero() || transfer.Before(closure)) {
		longEnd := closure
		reason := "OTHERS"
		if !careStart.IsZero() {
			longEnd, reason = careStart, "TSPROC"
		}
		if !careStart.IsZero() && careStart == transfer {
			// straight from the assessment team to the children in care team
		} else {
			segs = append(segs, g.allocate(h, c, longPool, transfer, longEnd, epi.ID, reason)...)
		}
	}

	// The assessment, and the enquiry when there was one.
	outcome := protection.OutcomeCINPlan
	switch {
	case p.strategy:
		outcome = protection.OutcomeStrategyDiscussion
	case p.care:
		outcome = protection.OutcomeLookedAfter
	case !p.inNeed && closeReason == "RC9":
		outcome = protection.OutcomeEarlyHelp
	case !p.inNeed:
		outcome = protection.OutcomeNoFurtherAction
	case !p.cinPlan:
		outcome = protection.OutcomeCINPlan
	}
	if !p.inNeed && !p.strategy {
		epi.PrimaryNeed = "N9"
	}
	g.assessment(h, c, epi, er, segs, aStart, aEnd, outcome, p.inNeed, p.s47)
	var s47 *protection.S47Enquiry
	if p.strategy && !sd.After(g.ref) {
		s47 = g.strategyAndS47(h, c, epi, segs, sd, s47Start, s47End, p)
	}
	if p.emergency && !careStart.After(g.ref) {
		g.emergencyProtection(h, c, epi, careStart, at(segs, careStart))
	}
	if p.icpc && !icpc.After(g.ref) {
		g.conferenceAndPlan(h, c, epi, er, s47, segs, icpc, cpEnd, cpEndReason, p)
	}
	if !cinStart.IsZero() && !cinStart.After(g.ref) {
		g.cinPlanPeriod(h, c, epi, segs, cinStart, cinEnd)
	}
	g.existingCaseContacts(h, c, refDate, firstDate(closure, careStart))

	// Looked after, when the journey leads there.
	if !careStart.IsZero() && !careStart.After(g.ref) {
		end, ok := g.care(h, c, epi, careStart, need, at(segs, careStart))
		if ok {
			c.careDone = true
			if end.IsZero() {
				c.busyUntil = g.ref.AddDays(1)
				return c.busyUntil
			}
			// The episode stays open until the assessment and the enquiry begun before the child
			// became looked after are finished, even when the child's time in care was shorter.
			closure, closeReason = maxDate(end, aEnd, s47End), "RC7"
		} else {
			// Without the care part of the journey the child stays on a child in need plan instead.
			if cinStart.IsZero() || cinStart.After(careStart) {
				cinStart = careStart
				cinEnd = careStart.AddDays(cinPlanDurations.pick(r))
				if !cinEnd.Before(adult) {
					cinEnd = adult
				}
				g.cinPlanPeriod(h, c, epi, segs, cinStart, cinEnd)
			}
			closure = cinEnd.AddDays(between(r, 0, 10))
			if !closure.Before(adult) {
				closure = adult
			}
		}
	}
	if missingHook != nil {
		// Missing episodes while the case is open and the child is not looked after.
		to := firstDate(careStart, closure)
		if to.IsZero() || to.After(g.ref) {
			to = g.ref
		}
		if to.After(refDate) {
			g.addCareRows(h, c, missingHook(draw(r), g.ids, c.p.ID, c.birth, refDate, to, at(segs, refDate).user), at(segs, refDate).user)
		}
	}
	if closure.IsZero() || closure.After(g.ref) {
		c.busyUntil = g.ref.AddDays(1)
		return c.busyUntil
	}
	epi.ClosureDate, epi.ClosureReason = closure, closeReason
	if closeReason == "RC9" {
		g.earlyHelp(h, c, 0, epi.ID, closure, at(segs, closure))
	}
	c.busyUntil = closure.AddDays(1)
	return c.busyUntil
}

// allocate writes the allocations of child c to workers of pool k from from to to (zero: open at the
// reference date), changing worker when one leaves the authority and, on long cases, for the other
// reasons workers change. The last allocation ends with reason endReason when to is set.
func (g *gen) allocate(h *household, c *member, k poolKind, from, to hearth.Date, epiID hearth.ID, endReason string) []segment {
	return g.allocateFirst(h, c, k, nil, from, to, epiID, endReason)
}

// allocateFirst is allocate with the first worker already chosen (nil to choose one).
func (g *gen) allocateFirst(h *household, c *member, k poolKind, first *worker, from, to hearth.Date, epiID hearth.ID, endReason string) []segment {
	r := h.r
	if !to.IsZero() && to.After(g.ref) {
		to = hearth.Date{}
	}
	if from.After(g.ref) {
		return nil
	}
	if !to.IsZero() && !to.After(from) {
		to = from.AddDays(1)
	}
	role := pools[k].alloc
	var segs []segment
	w := first
	for {
		if w == nil || !w.employed(from) {
			w = g.wf.pick(k, from, to)
		}
		end, reason := to, endReason
		if !w.end.IsZero() && (end.IsZero() || w.end.Before(end)) {
			end, reason = w.end, "LEFTRL"
			if w.agency {
				reason = "FCONTA"
			}
		}
		if role == workforce.RoleSocialWorker {
			if change := from.AddDays(60 + expDays(r, swChangeEveryDays)); (end.IsZero() && !change.After(g.ref)) || (!end.IsZero() && change.Before(end)) {
				end, reason = change, swChangeReasons.pick(r)
			}
		}
		loadEnd := end
		if loadEnd.IsZero() {
			loadEnd = g.ref
		}
		g.wf.take(w, from, loadEnd)
		a := &workforce.Allocation{
			Record:   g.record(g.ids.next("involvements"), from, w.team.manager.user, r),
			PersonID: c.p.ID, WorkerID: w.id, Role: role, TeamID: w.team.id, StartDate: from, EndDate: end,
			CINEpisodeID: epiID,
		}
		if !end.IsZero() {
			a.EndReason = reason
		}
		h.add(a)
		segs = append(segs, segment{w: w, from: from, to: end})
		if end.IsZero() || (!to.IsZero() && !end.Before(to)) {
			return segs
		}
		from, w = end, nil
	}
}

func maxDate(ds ...hearth.Date) hearth.Date {
	var m hearth.Date
	for _, d := range ds {
		if d.After(m) {
			m = d
		}
	}
	return m
}

// firstDate returns the earliest of the dates that are set.
func firstDate(ds ...hearth.Date) hearth.Date {
	var m hearth.Date
	for _, d := range ds {
		if !d.IsZero() && (m.IsZero() || d.Before(m)) {
			m = d
		}
	}
	return m
}
