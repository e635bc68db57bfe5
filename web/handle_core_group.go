package web

import (
	"net/http"

	"hearth"
	"hearth/protection"
	"hearth/store"
)

// A core group meeting of a child protection plan: the family and the professionals who carry out the
// plan between conferences. The first is due within 10 working days of the initial conference.

func (s *Server) handleCoreGroupNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "core group form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "met", v.today)
	form.Values["attendees"] = []string{"social_worker"}
	s.keptDraft(r, form, nil)
	s.renderCoreGroupNew(w, r, http.StatusOK, v, form)
}

// handleCoreGroupNew records a core group meeting of the open plan. It cannot be before the plan
// started or in the future, and says who attended.
func (s *Server) handleCoreGroupNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openProtection(w, r, "core group form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	plan := openCPPlan(v.rec)
	if plan == nil {
		s.renderCoreGroupNew(w, r, http.StatusConflict, v, form)
		return
	}
	g := &protection.CoreGroup{PersonID: v.rec.Person.ID, CPPlanID: plan.ID,
		MeetingDate:   pastDate(form, "met", "The date of the meeting", true, v.today),
		Attendees:     codesValue(form, "attendees", protection.CoreGroupAttendees, "Select who attended", true),
		AttendeeNames: textValue(form, "names", "", false),
		Notes:         textValue(form, "notes", "Enter the progress against the plan and what was agreed", true),
	}
	notBefore(form, "met", g.MeetingDate, plan.StartDate, "The core group cannot meet before the plan started ("+longDate(plan.StartDate)+")")
	if !s.insertChecked(w, r, v, form, "met-day", g) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCoreGroupNew(w, r, status, v, form) },
		"The core group meeting is recorded", idPath(v.childBase()+"/core-groups", g.ID, ""))
}

func (s *Server) renderCoreGroupNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Core group", Heading: "Record a core group meeting", Action: v.childBase() + "/core-groups/new",
		Submit: "Save the meeting", Cancel: v.childBase(),
		Fields: []field{
			b.date("met", "The date of the meeting", "For example, 27 3 2026"),
			b.checkboxes("attendees", "Who attended", "", codeOptions(protection.CoreGroupAttendees, false)),
			b.textarea("names", "Their names and roles", "", 3),
			b.textarea("notes", "Progress against the plan and what was agreed", "Update each action on the plan's page as well", 8),
		}}
	if plan := openCPPlan(v.rec); plan == nil {
		page.Closed = "The child has no open child protection plan, and a core group belongs to one."
	} else {
		page.Facts = []fact{{Key: "Plan", Value: "Child protection plan since " + longDate(plan.StartDate)}}
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleCoreGroup shows a core group meeting.
func (s *Server) handleCoreGroup(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "core group", false)
	if !ok {
		return
	}
	g, ok := findRow[protection.CoreGroup](v.rec, r, "group")
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: "Core group", Heading: "Core group meeting of " + longDate(g.MeetingDate)}
	planHref := ""
	for _, p := range protectionPlans(v, g.CPPlanID) {
		planHref = idPath(v.childBase()+"/plans", p, "")
	}
	page.Sections = []section{{Title: "The meeting", Facts: []fact{
		{Key: "Date", Value: longDate(g.MeetingDate)},
		{Key: "Plan", Value: "Child protection plan", Href: planHref, HrefText: "View"},
		{Key: "Who attended", Lines: codeMeanings(protection.CoreGroupAttendees, g.Attendees)},
		{Key: "Names and roles", Lines: paragraphs(g.AttendeeNames)},
		{Key: "Progress and what was agreed", Lines: paragraphs(g.Notes)},
	}}}
	s.renderProtectionRecord(w, r, v, "core_groups", g.Record, page)
}

// protectionPlans returns the ids of the plans rows that are the content of a child protection plan.
func protectionPlans(v *protectionView, cpPlanID hearth.ID) []hearth.ID {
	var out []hearth.ID
	for _, p := range store.Rows[protection.Plan](v.rec) {
		if p.CPPlanID == cpPlanID && cpPlanID != 0 && active(p) {
			out = append(out, p.ID)
		}
	}
	return out
}
