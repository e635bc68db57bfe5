package web

import (
	"net/http"
	"slices"
	"time"

	"hearth"
	"hearth/access"
	"hearth/care"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
)

// This file holds what the leaving care pages share: who may record, opening the young person's record for
// a page, and the leaving care part of the record page (templates/child_actions_leaving.tmpl).

// leavingWriters are the roles that record leaving care work: personal advisers and their managers, and
// practitioners, because an eligible child's social worker makes the needs assessment and pathway plan
// while the young person is still looked after. Read-only roles see the records without the forms.
var leavingWriters = []hearth.Role{hearth.RolePersonalAdviser, hearth.RoleTeamManager, hearth.RolePractitioner}

// recordLeaving is the policy of the leaving care forms.
var recordLeaving = Roles(leavingWriters...)

// mayRecordAs reports whether u, in one of roles, may add to the child's record (access.CanChangeChild).
func mayRecordAs(roles []hearth.Role, u hearth.User, facts access.ChildFacts, now time.Time) bool {
	return slices.Contains(roles, u.Role) && access.CanChangeChild(subjectOf(u), facts, now).Outcome != access.Deny
}

// openRecordAs opens the record of the child in the path for a page of an area whose forms are for roles,
// as openProtection does for the protection pathway (the read is audited with purpose), and reports
// whether it did. With change it refuses, with 403, a user who may read the record but not add to it.
func (s *Server) openRecordAs(w http.ResponseWriter, r *http.Request, roles []hearth.Role, purpose string, change bool) (*protectionView, bool) {
	v, ok := s.openProtection(w, r, purpose, false)
	if !ok {
		return nil, false
	}
	v.canRecord, v.canSignOff = mayRecordAs(roles, *v.u, v.facts, s.now()), false
	if change && !v.canRecord {
		reason := access.CanChangeChild(subjectOf(*v.u), v.facts, s.now()).Reason
		if reason == "" {
			reason = "Your role does not record this work."
		}
		s.errorPage(w, r, http.StatusForbidden, "You cannot change this record", reason)
		return nil, false
	}
	return v, true
}

// openLeaving opens the young person's record for a leaving care page.
func (s *Server) openLeaving(w http.ResponseWriter, r *http.Request, purpose string, change bool) (*protectionView, bool) {
	return s.openRecordAs(w, r, leavingWriters, purpose, change)
}

// leavingPanel is the leaving care part of the young person's record page: their category and why, what
// the care history says it should be, their status over time, their latest contacts, the needs
// assessment and pathway plan, and the links to record each. What is due is the record page's duties
// part, from the duty engine.
type leavingPanel struct {
	Show bool
	// Category is the recorded category in words, with Reason and Since; Proposed is what the care
	// history gives today (leaving.Eligibility), shown when it differs or nothing is recorded.
	Category, Reason, Since  string
	Proposed, ProposedReason string
	Statuses                 []statusRow
	Contacts                 []contactRow
	ContactCount             int
	Assessment               string
	PlanHref, PlanText       string
	// Health are the health histories written with the young person and Transitions their moves to
	// adult services, each with where it stands.
	Health      []panelRow
	Transitions []panelRow
	Actions     []link
}

// statusRow is what was known of the young person on a date.
type statusRow struct {
	Date, InTouch, Activity, Accommodation string
	Unsuitable, BedAndBreakfast            bool
}

// contactRow is one contact with the young person.
type contactRow struct {
	When, How, Where, Who, Summary string
	InPerson                       bool
}

// contactsShown is how many contacts the record page lists, newest first.
const contactsShown = 10

// leavingPanelOf works out the panel from the young person's record: pure, over the record the page has
// already read and audited. It is shown for young people aged 15 or over with a leaving care category, a
// period of care, or anything leaving care recorded.
func leavingPanelOf(rec *store.ChildRecord, names *store.Names, canRecord bool, today hearth.Date) leavingPanel {
	base := pathOf(rec.Person.ID) + "/leaving"
	var p leavingPanel
	categories := slices.DeleteFunc(slices.Clone(store.Rows[leaving.CareLeaver](rec)), func(c leaving.CareLeaver) bool { return !active(c) })
	episodes := store.Rows[care.Episode](rec)
	contacts := slices.DeleteFunc(slices.Clone(store.Rows[leaving.Contact](rec)), func(c leaving.Contact) bool { return !active(c) })
	statuses := slices.DeleteFunc(slices.Clone(store.Rows[leaving.Status](rec)), func(s leaving.Status) bool { return !active(s) })
	birth := rec.Person.BirthDate
	p.Show = len(categories) > 0 || len(contacts) > 0 || len(statuses) > 0 ||
		(len(episodes) > 0 && !birth.IsZero() && birth.AgeOn(today) >= 15)
	if !p.Show {
		return p
	}
	var current *leaving.CareLeaver
	for i, c := range categories {
		if !c.StartDate.After(today) && (c.EndDate.IsZero() || c.EndDate.After(today)) && (current == nil || c.StartDate.After(current.StartDate)) {
			current = &categories[i]
		}
	}
	proposed := leaving.Eligibility(birth, care.Periods(episodes), today)
	if current != nil {
		p.Category, p.Reason, p.Since = leaving.EligibilityCategories.Description(current.Category), current.Reason, longDate(current.StartDate)
	}
	if current == nil || current.Category != proposed.Category {
		p.Proposed, p.ProposedReason = leaving.EligibilityCategories.Description(proposed.Category), proposed.Reason
		if proposed.Category == leaving.NotCareLeaver {
			p.Proposed = "Not a care leaver"
		}
	}

	slices.SortFunc(statuses, func(a, b leaving.Status) int { return b.Date.DaysSince(a.Date) })
	for _, st := range statuses {
		suitable, known := st.Suitable()
		p.Statuses = append(p.Statuses, statusRow{Date: longDate(st.Date), InTouch: codeMeaning(leaving.InTouchCodes, st.InTouch),
			Activity: codeMeaning(leaving.Activities, st.Activity), Accommodation: codeMeaning(leaving.Accommodations, st.Accommodation),
			Unsuitable: known && !suitable, BedAndBreakfast: st.BedAndBreakfast()})
	}
	slices.SortFunc(contacts, func(a, b leaving.Contact) int { return b.At.Compare(a.At) })
	p.ContactCount = len(contacts)
	for _, c := range contacts[:min(len(contacts), contactsShown)] {
		p.Contacts = append(p.Contacts, contactRow{When: longMoment(c.At), How: leaving.ContactMethods.Description(c.Method),
			Where: c.Location, Who: names.Worker(c.WorkerID), Summary: c.Summary, InPerson: c.InPerson()})
	}

	var open *leaving.NeedsAssessment
	var assessed hearth.Date
	for _, a := range store.Rows[leaving.NeedsAssessment](rec) {
		if !active(a) {
			continue
		}
		if a.CompletedDate.IsZero() {
			open = &a
			p.Assessment = "Started " + longDate(a.StartDate) + ", not yet completed"
		} else if a.CompletedDate.After(assessed) {
			assessed = a.CompletedDate
			if open == nil {
				p.Assessment = "Completed " + longDate(a.CompletedDate)
			}
		}
	}
	plan, hasPlan := pathwayPlanOf(rec)
	if hasPlan {
		p.PlanHref, p.PlanText = idPath(base+"/pathway-plans", plan.ID, ""), "Pathway plan made "+longDate(plan.Date)
	}
	for _, h := range store.Rows[leaving.HealthHistory](rec) {
		if !active(h) {
			continue
		}
		row := panelRow{What: "Health history", Date: h.Date, Status: "Not yet given to the young person", Colour: "yellow",
			Href: idPath(base+"/health-histories", h.ID, "")}
		if !h.SharedDate.IsZero() {
			row.Status, row.Colour = "Given "+longDate(h.SharedDate), "green"
		}
		p.Health = append(p.Health, row)
	}
	for _, tr := range store.Rows[leaving.AdultTransition](rec) {
		if !active(tr) {
			continue
		}
		row := panelRow{What: leaving.AdultServices.Description(tr.Service), Date: tr.ReferredDate, Status: "Referred: awaiting the decision", Colour: "blue"}
		switch {
		case !tr.TransferDate.IsZero():
			row.Status, row.Colour = "Transferred "+longDate(tr.TransferDate), "green"
		case tr.ThresholdMet != nil && *tr.ThresholdMet:
			row.Status, row.Colour = "Threshold met: awaiting the transfer", "yellow"
		case tr.ThresholdMet != nil:
			row.Status, row.Colour = "Threshold not met", "grey"
		}
		if canRecord {
			row.Href = idPath(base+"/transitions", tr.ID, "")
		}
		p.Transitions = append(p.Transitions, row)
	}
	if !canRecord {
		return p
	}
	p.Actions = append(p.Actions, link{Text: "Record the leaving care category", Href: base + "/category"},
		link{Text: "Record a contact", Href: base + "/contacts/new"},
		link{Text: "Record in touch, activity and accommodation", Href: base + "/status/new"})
	switch {
	case open != nil:
		p.Actions = append(p.Actions, link{Text: "Complete the needs assessment", Href: idPath(base+"/needs-assessments", open.ID, "/complete")})
	case assessed.IsZero():
		p.Actions = append(p.Actions, link{Text: "Start the needs assessment", Href: base + "/needs-assessments/new"})
	}
	p.Actions = append(p.Actions, link{Text: "Write the health history", Href: base + "/health-histories/new"},
		link{Text: "Refer to an adult service", Href: base + "/transitions/new"})
	if hasPlan {
		p.Actions = append(p.Actions, link{Text: "Record a pathway plan review", Href: idPath(base+"/pathway-plans", plan.ID, "/reviews/new")})
	} else {
		p.Actions = append(p.Actions, link{Text: "Make the pathway plan", Href: base + "/pathway-plans/new"})
	}
	return p
}

// pathwayPlanOf returns the young person's pathway plan (the first made that stands).
func pathwayPlanOf(rec *store.ChildRecord) (leaving.PathwayPlan, bool) {
	var out leaving.PathwayPlan
	found := false
	for _, pp := range store.Rows[leaving.PathwayPlan](rec) {
		if active(pp) && (!found || pp.Date.Before(out.Date)) {
			out, found = pp, true
		}
	}
	return out, found
}

// planContent returns the plan (kind pathway) that holds the pathway plan's words.
func planContent(rec *store.ChildRecord, id hearth.ID) (protection.Plan, bool) {
	for _, pl := range store.Rows[protection.Plan](rec) {
		if pl.ID == id {
			return pl, true
		}
	}
	return protection.Plan{}, false
}
