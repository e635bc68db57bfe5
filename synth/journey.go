package synth

import (
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// The looked-after, missing and leaving-care parts of a journey are written in care.go, missing.go and
// leaving.go as pure functions, which set these hooks in their init functions. A nil hook means that
// part is not there: a child who would have become looked after stays on a child in need plan instead,
// so the record stays coherent either way.

// careHook makes the looked-after part of a child's journey: every care row from the day the child starts
// to be looked after to the day they stop (or the reference date), with the missing episodes while in care
// and the care leaver's rows after. careInput and careOutcome are defined with it in care.go.
var careHook func(r *rand.Rand, ids idSource, in careInput) careOutcome

// missingHook makes the missing episodes (and return interviews) of a child over a period; it may return
// none, and decides itself how likely episodes are at the child's age. The generator calls it for the time
// a child is open to children's social care without being looked after (careHook covers time in care).
var missingHook func(r *rand.Rand, ids idSource, personID hearth.ID, birth hearth.Date, from, to hearth.Date, recordedBy hearth.ID) []any

// breachHook makes one SSDA903 rule breach in a looked-after child's care rows, returning what it did.
var breachHook func(r *rand.Rand, rows []any) (Breach, bool)

// familyHousehold makes a family that first comes to the front door on day first, and its journey.
func (g *gen) familyHousehold(r *rand.Rand, hh int64, first hearth.Date) {
	h := g.newHousehold(r, hh, referralAge.pick(r), first, false)
	g.familyJourney(h, first)
	g.flushHousehold(h)
}

// familyJourney runs the household's contacts from day t: each contact is about one child or all the
// children, and after each the family may come back.
func (g *gen) familyJourney(h *household, t hearth.Date) {
	r := h.r
	index := h.members[0]
	for !t.After(g.ref) {
		var eligible []*member
		for _, m := range h.members {
			if m.child && !m.birth.After(t) && m.birth.AddMonths(18*12).After(t.AddDays(45)) && !m.busyUntil.After(t) && !m.inCare {
				eligible = append(eligible, m)
			}
		}
		if len(eligible) == 0 {
			break
		}
		involved := eligible
		if len(eligible) > 1 && !chance(r, 0.4) {
			involved = []*member{eligible[r.IntN(len(eligible))]}
			for _, m := range eligible {
				if m == index && chance(r, 0.6) {
					involved = []*member{m}
				}
			}
		}
		done := g.event(h, t, involved, nil)
		// Families known to children's social care come back sooner and more often (re-referrals).
		again, mean := nextEventChance, nextEventMeanDays
		if h.known {
			again, mean = knownEventChance, knownEventMeanDays
		}
		if !chance(r, again) {
			break
		}
		t = done.AddDays(7 + expDays(r, mean))
	}
}

// flushHousehold writes a finished household: people first, then their rows.
func (g *gen) flushHousehold(h *household) {
	if h.firstUser == 0 {
		return // nobody in the household came to the front door in the history
	}
	g.maybeBreach(h)
	g.finishHousehold(h, h.firstUser)
	for _, row := range h.people {
		g.out.add(row)
	}
	for _, row := range h.rows {
		g.out.add(row)
	}
	g.stats.households++
}

// decision is what the front door decided on one event.
type decision int

const (
	decNFA decision = iota
	decInfo
	decEarlyHelp
	decReferral
)

// event is one contact about the involved children on day t, and everything that follows from it.
// It returns the day after which the family's involvement from this contact is over.
func (g *gen) event(h *household, t hearth.Date, involved []*member, forced *eventPlan) hearth.Date {
	r := h.r
	uasc := forced != nil && forced.uasc
	source := referralSources.pick(r)
	if uasc {
		source = []string{"6", "6", "7", "5C", "8"}[r.IntN(5)]
	}
	dec := decReferral
	if forced == nil {
		u := r.Float64()
		if h.known {
			u *= knownReferralBoost
		}
		switch {
		case u < contactReferralShare:
			dec = decReferral
		case u < contactReferralShare+contactEarlyHelp:
			dec = decEarlyHelp
		case u < contactReferralShare+contactEarlyHelp+contactInfoAdvice:
			dec = decInfo
		default:
			dec = decNFA
		}
	}
	var plan eventPlan
	if forced != nil {
		plan = *forced
	} else {
		plan = g.drawPlan(r, dec, false, h.hadCP)
	}
	decidedOn := t
	if !chance(r, contactDecisionInOneDay) {
		decidedOn = g.wd(t, between(r, 2, 5))
	} else if chance(r, 0.5) {
		decidedOn = g.wd(t, 1)
	} else {
		decidedOn = g.workingDay(t)
	}
	decider := g.wf.frontDoor(decidedOn)
	if h.firstUser == 0 {
		h.firstUser = decider.user
	}
	if dec == decReferral && !plan.nfa {
		h.known = true
	}
	if plan.cpPlan {
		h.hadCP = true
	}
	done := t
	for _, c := range involved {
		g.makeSubject(h, c)
		con := g.contact(h, c, t, decidedOn, source, dec, plan.immediate, decider)
		switch dec {
		case decEarlyHelp:
			g.earlyHelp(h, c, con.ID, 0, decidedOn, decider)
		case decReferral:
			p := plan
			if len(involved) > 1 && forced == nil && chance(r, 0.1) {
				p = g.drawPlan(r, dec, false, h.hadCP) // siblings usually share a plan, but not always
			}
			if end := g.referral(h, c, con, decidedOn, source, p, decider, uasc); end.After(done) {
				done = end
			}
		}
	}
	return done
}

// contact writes the contact about child c received on day t and decided on day decided, with any MASH
// checks made on it.
func (g *gen) contact(h *household, c *member, t, decided hearth.Date, source string, dec decision, strategy bool, decider *worker) *frontdoor.Contact {
	r := h.r
	received := workingMoment(t, r)
	reasons := hearth.Codes{contactReasons[sourceGroup(source)].pick(r)}
	if chance(r, 0.35) {
		if second := contactReasons["other"].pick(r); second != reasons[0] {
			reasons = append(reasons, second)
		}
	}
	con := &frontdoor.Contact{
		Record:                    g.record(g.ids.next("contacts"), t, decider.user, r),
		PersonID:                  c.p.ID,
		ReceivedAt:                received,
		Source:                    source,
		SourceDetail:              sourceDetail(r, source),
		Summary:                   contactSummary(reasons[0]),
		Reasons:                   reasons,
		DomesticAbuseNotification: source == "6" && reasons.Has("domestic_abuse"),
		Consent:                   frontdoor.ConsentGiven,
	}
	con.RecordedAt = received
	switch u := r.Float64(); {
	case dec == decReferral && strategy, u < 0.22:
		con.Consent, con.ConsentReason = frontdoor.ConsentNotNeeded, "Seeking consent would place the child at risk of significant harm."
	case u < 0.26:
		con.Consent, con.ConsentReason = frontdoor.ConsentRefusedOverridden, "Parent refused; overridden because of the level of concern for the child."
	}
	decidedAt := workingMoment(decided, r)
	if !decidedAt.After(received) {
		decidedAt = received.Add(time.Duration(30+r.IntN(180)) * time.Minute)
	}
	con.DecidedAt = decidedAt
	con.DecidedBy = decider.id
	switch dec {
	case decNFA:
		con.Decision, con.ThresholdLevel, con.DecisionRationale = frontdoor.DecisionNoFurtherAction, "level_1", "Needs met by universal services; no role for children's social care."
	case decInfo:
		con.Decision, con.ThresholdLevel, con.DecisionRationale = frontdoor.DecisionInformationAdvice, "level_2", "Advice given to the referrer and family; signposted to local support."
	case decEarlyHelp:
		con.Decision, con.ThresholdLevel, con.DecisionRationale = frontdoor.DecisionEarlyHelp, "level_2", "Additional needs that early help can meet with the family's consent."
	case decReferral:
		con.Decision, con.ThresholdLevel, con.DecisionRationale = frontdoor.DecisionReferral, "level_3", "Complex needs: an assessment by children's social care is needed."
		if strategy {
			con.Decision, con.ThresholdLevel, con.DecisionRationale = frontdoor.DecisionStrategyDiscussion, "level_4", "Reasonable cause to suspect significant harm: strategy discussion."
		}
	}
	h.add(con)
	if chance(r, mashShare) || (dec == decReferral && chance(r, 0.3)) {
		g.mashChecks(h, c, con, decider)
	}
	return con
}

// mashChecks writes the MASH's requests to partner agencies about a contact and their answers.
func (g *gen) mashChecks(h *household, c *member, con *frontdoor.Contact, asker *worker) {
	r := h.r
	rag := frontdoor.RAGAmber
	switch u := r.Float64(); {
	case u < 0.2 || con.Decision == frontdoor.DecisionStrategyDiscussion:
		rag = frontdoor.RAGRed
	case u > 0.75:
		rag = frontdoor.RAGGreen
	}
	due := map[string]time.Duration{frontdoor.RAGRed: 4 * time.Hour, frontdoor.RAGAmber: 24 * time.Hour, frontdoor.RAGGreen: 72 * time.Hour}[rag]
	for _, agency := range []string{"police", "health", "education", "gp"} {
		if agency == "education" && c.birth.AgeOn(hearth.DateOf(con.ReceivedAt)) < 4 {
			continue
		}
		if agency != "police" && chance(r, map[string]float64{"health": 0.15, "education": 0.25, "gp": 0.4}[agency]) {
			continue
		}
		asked := con.ReceivedAt.Add(time.Duration(r.IntN(180)) * time.Minute)
		check := &frontdoor.MASHCheck{
			Record:   g.record(g.ids.next("mash_checks"), hearth.DateOf(asked), asker.user, r),
			PersonID: c.p.ID, ContactID: con.ID, Agency: agency, AgencyName: agencyName(agency), RAG: rag,
			AskedAt: asked, AskedBy: asker.id, DueBy: asked.Add(due),
		}
		check.RecordedAt = asked
		// Most answers come in time; a few late, and a few never.
		if !chance(r, 0.04) {
			late := chance(r, 0.12)
			span := float64(due)
			if late {
				span *= 1 + 2*r.Float64()
			} else {
				span *= 0.2 + 0.8*r.Float64()
			}
			check.AnsweredAt = asked.Add(time.Duration(span))
			if agencyAnswered := hearth.DateOf(check.AnsweredAt); agencyAnswered.After(g.ref) {
				check.AnsweredAt = asked
			}
			check.AnsweredBy = agencyName(agency) + " safeguarding lead"
			check.Response = agencyResponse(r, agency)
		}
		h.add(check)
	}
}

// earlyHelp writes an early help episode that began on day start, from a contact or a CIN episode.
func (g *gen) earlyHelp(h *household, c *member, contactID, cinEpisodeID hearth.ID, start hearth.Date, by *worker) {
	r := h.r
	start = start.AddDays(between(r, 1, 10))
	if start.After(g.ref) {
		return
	}
	e := &frontdoor.EarlyHelpEpisode{
		Record:   g.record(g.ids.next("early_help_episodes"), start, by.user, r),
		PersonID: c.p.ID, ContactID: contactID, CINEpisodeID: cinEpisodeID, StartDate: start,
		Reasons:      hearth.Codes{contactReasons["other"].pick(r)},
		Organisation: "Hearthton Early Help Service",
	}
	if chance(r, 0.2) {
		e.Organisation = "Hearthton Primary School"
	}
	if a := start.AddDays(between(r, 3, 20)); !a.After(g.ref) {
		e.AssessmentStartDate = a
		if done := a.AddDays(between(r, 10, 45)); !done.After(g.ref) {
			e.AssessmentCompletedDate = done
		}
	}
	if end := start.AddDays(between(r, 60, 300)); !end.After(g.ref) {
		e.EndDate = end
		e.EndReason = []string{"needs_met", "needs_met", "needs_met", "declined", "disengaged", "moved_away", "universal_services", "stepped_up"}[r.IntN(8)]
	}
	h.add(e)
}
