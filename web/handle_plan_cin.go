package web

import (
	"net/http"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
)

// A child in need plan starts with what it says (the worries, the contingency and the child's words),
// written with its period in one change, and its actions are then added on the plan's page like a
// child protection plan's. Ending it records the end of the period (the CIN census CINPlanEndDate).

// openCINPlan returns the episode's open child in need plan, or nil.
func openCINPlan(rec *store.ChildRecord, episode hearth.ID) *protection.CINPlan {
	for _, p := range store.Rows[protection.CINPlan](rec) {
		if active(p) && p.CINEpisodeID == episode && p.EndDate.IsZero() {
			return &p
		}
	}
	return nil
}

func (s *Server) handleCINPlanNewForm(w http.ResponseWriter, r *http.Request) {
	v, ep, ok := s.openEpisode(w, r, "child in need plan form")
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "start", v.today)
	s.keptDraft(r, form, nil)
	s.renderCINPlanNew(w, r, http.StatusOK, v, ep, form)
}

// handleCINPlanNew starts a child in need plan of the current referral. It cannot start before the
// referral, in the future, or while the referral already has an open plan.
func (s *Server) handleCINPlanNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ep, ok := s.openEpisode(w, r, "child in need plan form")
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if openCINPlan(v.rec, ep.ID) != nil {
		s.renderCINPlanNew(w, r, http.StatusConflict, v, ep, form)
		return
	}
	start := pastDate(form, "start", "The date the plan started", true, v.today)
	notBefore(form, "start", start, ep.ReferralDate, "The date the plan started must be on or after the referral ("+longDate(ep.ReferralDate)+")")
	period := &protection.CINPlan{PersonID: v.rec.Person.ID, CINEpisodeID: ep.ID, StartDate: start}
	plan := &protection.Plan{PersonID: v.rec.Person.ID, Kind: protection.PlanCIN, AgreedDate: start,
		Summary:     textValue(form, "summary", "Enter what we are worried about and what needs to change", true),
		Contingency: textValue(form, "contingency", "Enter what will happen if the worries do not reduce", true),
		ChildWords:  textValue(form, "child-words", "", false)}
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if err := period.Validate(); err != nil {
				return err
			}
			if err := c.Insert(period); err != nil {
				return err
			}
			plan.CINPlanID = period.ID
			if err := plan.Validate(); err != nil {
				return err
			}
			return c.Insert(plan)
		})
		if err != nil && !saveProblem(form, "start-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderCINPlanNew(w, r, status, v, ep, form) },
		"The child in need plan has started. Add its actions.", idPath(v.childBase()+"/plans", plan.ID, ""))
}

func (s *Server) renderCINPlanNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, ep frontdoor.CINEpisode, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Child in need plan", Heading: "Start a child in need plan", Action: v.childBase() + "/cin-plans/new",
		Submit: "Start the plan", Cancel: v.childBase(),
		Intro: []string{"The plan belongs to the referral of " + longDate(ep.ReferralDate) + ". Add its actions on the plan's page."},
		Fields: []field{
			b.date("start", "The date the plan started", "The date it was agreed with the family. For example, 27 3 2026"),
			b.textarea("summary", "What we are worried about and what needs to change", "In words the family understand", 6),
			b.textarea("contingency", "What will happen if the worries do not reduce", "The contingency: what the local authority will do if the plan does not work", 4),
			b.words("child-words", "The child's own words about the plan", "What the child wants and how they feel, in their own words where possible"),
		}}
	if p := openCINPlan(v.rec, ep.ID); p != nil {
		page.Closed = "The referral already has a child in need plan, since " + longDate(p.StartDate) + "."
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openCINPlanPeriod opens the record for the form that ends a child in need plan, shown or posted, with
// the plan's period in the path (wildcard cinplan); a period that is not the child's, or was recorded
// in error, is answered 404 here so both handlers refuse it alike.
func (s *Server) openCINPlanPeriod(w http.ResponseWriter, r *http.Request) (*protectionView, protection.CINPlan, bool) {
	v, ok := s.openProtection(w, r, "child in need plan form", true)
	if !ok {
		return nil, protection.CINPlan{}, false
	}
	p, ok := findRow[protection.CINPlan](v.rec, r, "cinplan")
	if !ok || !active(p) {
		s.notFound(w, r)
		return nil, protection.CINPlan{}, false
	}
	return v, p, true
}

func (s *Server) handleCINPlanEndForm(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openCINPlanPeriod(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "end", v.today)
	s.keptDraft(r, form, nil)
	s.renderCINPlanEnd(w, r, http.StatusOK, v, p, form)
}

// handleCINPlanEnd ends a child in need plan. The end cannot come before the start (CIN census rule
// 4011) or be in the future.
func (s *Server) handleCINPlanEnd(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, p, ok := s.openCINPlanPeriod(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if !p.EndDate.IsZero() {
		s.renderCINPlanEnd(w, r, http.StatusConflict, v, p, form)
		return
	}
	p.EndDate = pastDate(form, "end", "The date the plan ended", true, v.today)
	notBefore(form, "end", p.EndDate, p.StartDate, "The date the plan ended must be on or after it started ("+longDate(p.StartDate)+")")
	if !s.amendChecked(w, r, v, form, "end-day", &p, "Plan ended") {
		return
	}
	s.formDone(w, r, form, func(status int) {
		p.EndDate = hearth.Date{} // the form shows the record as it stands
		s.renderCINPlanEnd(w, r, status, v, p, form)
	}, "The child in need plan has ended", v.childBase())
}

func (s *Server) renderCINPlanEnd(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p protection.CINPlan, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Child in need plan", Heading: "End the child in need plan",
		Action: idPath(v.childBase()+"/cin-plans", p.ID, "/end"), Submit: "End the plan", Cancel: v.childBase(),
		Facts:  []fact{{Key: "Started", Value: longDate(p.StartDate)}},
		Fields: []field{b.date("end", "The date the plan ended", "For example, 27 3 2026")}}
	if !p.EndDate.IsZero() {
		page.Closed = "This plan ended on " + longDate(p.EndDate) + "."
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}
