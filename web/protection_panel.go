package web

import (
	"slices"
	"time"

	"hearth"
	"hearth/access"
	"hearth/protection"
	"hearth/store"
)

// protectionPanel is the part of the child's record page about help and protection after the referral
// (templates/child_actions_protection.tmpl): the records of the current and past referrals, newest
// first, each linking to its page, and the next things to record for those who may record them.
type protectionPanel struct {
	ChildID hearth.ID
	// Referral is the date of the open referral, zero when there is none.
	Referral hearth.Date
	Rows     []panelRow
	Actions  []link
	Warnings []string
}

// panelRow is one record in the panel's table.
type panelRow struct {
	What   string
	Date   hearth.Date
	Status string
	Colour string
	Href   string
}

// mayRecordProtection reports whether u may record the protection pathway's work for the child: a
// recording role that access.CanChangeChild allows.
func mayRecordProtection(u hearth.User, facts access.ChildFacts, now time.Time) bool {
	return contains(roleNames(protectionWriters), string(u.Role)) && access.CanChangeChild(subjectOf(u), facts, now).Outcome != access.Deny
}

// protectionPanelOf works out the panel from the child's record. It is pure, over the record the page
// has already read (and audited).
func protectionPanelOf(rec *store.ChildRecord, canRecord bool, today hearth.Date) protectionPanel {
	base := pathOf(rec.Person.ID)
	p := protectionPanel{ChildID: rec.Person.ID}
	ep, open := currentEpisode(rec)
	if open {
		p.Referral = ep.ReferralDate
	}
	add := func(what string, d hearth.Date, status, colour, href string) {
		p.Rows = append(p.Rows, panelRow{What: what, Date: d, Status: status, Colour: colour, Href: href})
	}
	for _, a := range store.Rows[protection.Assessment](rec) {
		if !active(a) {
			continue
		}
		status, colour := "In progress", "blue"
		switch {
		case !a.AuthorisationDate.IsZero():
			status, colour = "Authorised: "+lower(protection.AssessmentOutcomes.Description(a.Outcome)), "green"
		case !a.CompletedDate.IsZero():
			status, colour = "Awaiting authorisation", "yellow"
		}
		add("Child and family assessment", a.StartDate, status, colour, idPath(base+"/assessments", a.ID, ""))
	}
	s47Decided := false
	for _, d := range store.Rows[protection.StrategyDiscussion](rec) {
		if !active(d) {
			continue
		}
		if open && d.CINEpisodeID == ep.ID && (d.Decision == protection.StrategyS47 || d.Decision == protection.StrategyS47Joint) {
			s47Decided = true
		}
		add("Strategy discussion", londonDate(d.HeldAt), protection.StrategyDecisions.Description(d.Decision), "grey", idPath(base+"/strategy-discussions", d.ID, ""))
	}
	icpcDue := false
	conferenced := map[hearth.ID]bool{}
	for _, c := range store.Rows[protection.Conference](rec) {
		if active(c) && c.S47EnquiryID != 0 {
			conferenced[c.S47EnquiryID] = true
		}
	}
	for _, e := range store.Rows[protection.S47Enquiry](rec) {
		if !active(e) {
			continue
		}
		status, colour := "Open", "blue"
		if !e.EndDate.IsZero() {
			status, colour = protection.S47Conclusions.Description(e.Conclusion), "grey"
			if e.AuthorisationDate.IsZero() {
				status, colour = "Concluded: awaiting sign-off", "yellow"
			}
		}
		if e.ICPCRequired != nil && *e.ICPCRequired && !conferenced[e.ID] {
			icpcDue = true
		}
		add("Section 47 enquiry", e.StartDate, status, colour, idPath(base+"/s47-enquiries", e.ID, ""))
	}
	for _, c := range store.Rows[protection.Conference](rec) {
		if !active(c) {
			continue
		}
		what := "Initial child protection conference"
		if c.Kind == protection.ConferenceReview {
			what = "Review child protection conference"
		}
		add(what, c.ConferenceDate, protection.ConferenceOutcomes.Description(c.Outcome), "grey", idPath(base+"/conferences", c.ID, ""))
	}
	plans := store.Rows[protection.Plan](rec)
	// planOf links to the plan's words, and warns when an open plan has no measurable actions or no
	// contingency.
	planOf := func(what string, open bool, match func(protection.Plan) bool) string {
		for _, pl := range plans {
			if !active(pl) || !match(pl) {
				continue
			}
			if open {
				var actions []protection.PlanAction
				for _, a := range store.Rows[protection.PlanAction](rec) {
					if a.PlanID == pl.ID && active(a) {
						actions = append(actions, a)
					}
				}
				for _, w := range planWarnings(pl, actions) {
					p.Warnings = append(p.Warnings, what+": "+lower(w))
				}
			}
			return idPath(base+"/plans", pl.ID, "")
		}
		return ""
	}
	openCP, openCIN := false, false
	for _, cp := range store.Rows[protection.CPPlan](rec) {
		if !active(cp) || cp.OtherLA {
			continue
		}
		status, colour := "Open", "red"
		if !cp.EndDate.IsZero() {
			status, colour = "Ended "+longDate(cp.EndDate), "grey"
		} else {
			openCP = true
		}
		href := planOf("The child protection plan", cp.EndDate.IsZero(), func(pl protection.Plan) bool { return pl.CPPlanID == cp.ID })
		if href == "" && cp.EndDate.IsZero() {
			p.Warnings = append(p.Warnings, "The child protection plan of "+longDate(cp.StartDate)+" has no written plan.")
		}
		add("Child protection plan", cp.StartDate, status, colour, href)
	}
	for _, cin := range store.Rows[protection.CINPlan](rec) {
		if !active(cin) {
			continue
		}
		status, colour := "Open", "blue"
		if !cin.EndDate.IsZero() {
			status, colour = "Ended "+longDate(cin.EndDate), "grey"
		} else {
			openCIN = true
		}
		add("Child in need plan", cin.StartDate, status, colour, planOf("The child in need plan", cin.EndDate.IsZero(), func(pl protection.Plan) bool { return pl.CINPlanID == cin.ID }))
	}
	for _, g := range store.Rows[protection.CoreGroup](rec) {
		if active(g) {
			add("Core group meeting", g.MeetingDate, "", "", idPath(base+"/core-groups", g.ID, ""))
		}
	}
	for _, v := range store.Rows[protection.Visit](rec) {
		if !active(v) || (v.Kind != protection.VisitCIN && v.Kind != protection.VisitCP) {
			continue
		}
		status, colour := "Seen", "green"
		switch {
		case v.ChildSeen == nil || !*v.ChildSeen:
			status, colour = "Not seen", "red"
		case v.SeenAlone != nil && *v.SeenAlone:
			status = "Seen alone"
		}
		add(protection.VisitKinds.Description(v.Kind), v.VisitDate, status, colour, idPath(base+"/visits", v.ID, ""))
	}
	slices.SortStableFunc(p.Rows, func(a, b panelRow) int {
		switch {
		case a.Date.After(b.Date):
			return -1
		case a.Date.Before(b.Date):
			return 1
		}
		return 0
	})
	if !canRecord || (!open && !openCP) {
		return p
	}
	if open {
		p.Actions = append(p.Actions, link{Text: "Start an assessment", Href: base + "/assessments/new"},
			link{Text: "Record a strategy discussion", Href: base + "/strategy-discussions/new"})
		if s47Decided {
			p.Actions = append(p.Actions, link{Text: "Start a section 47 enquiry", Href: base + "/s47-enquiries/new"})
		}
		if icpcDue && !openCP {
			p.Actions = append(p.Actions, link{Text: "Record an initial child protection conference", Href: base + "/conferences/new?kind=initial"})
		}
		if !openCIN && !openCP {
			p.Actions = append(p.Actions, link{Text: "Start a child in need plan", Href: base + "/cin-plans/new"})
		}
	}
	if openCP {
		p.Actions = append(p.Actions, link{Text: "Record a review conference", Href: base + "/conferences/new?kind=review"},
			link{Text: "Record a core group meeting", Href: base + "/core-groups/new"})
	}
	p.Actions = append(p.Actions, link{Text: "Record a visit", Href: base + "/visits/new"})
	return p
}

// lower puts the first letter of s in lower case, for a description used inside a sentence.
func lower(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]|0x20) + s[1:]
}
