package web

import (
	"net/http"
	"strconv"

	"hearth"
)

// openPlan opens the record for a form of a plan, answering 404 for a plan that is not the child's.
func (s *Server) openPlan(w http.ResponseWriter, r *http.Request) (*protectionView, planOf, bool) {
	v, ok := s.openProtection(w, r, "plan form", true)
	if !ok {
		return nil, planOf{}, false
	}
	p, ok := findPlan(v, r)
	if !ok {
		s.notFound(w, r)
		return nil, planOf{}, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		p.plan.Version = n
	}
	return v, p, true
}

func (s *Server) handlePlanEditForm(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPlan(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	form.Values.Set("summary", p.plan.Summary)
	form.Values.Set("contingency", p.plan.Contingency)
	form.Values.Set("child-words", p.plan.ChildWords)
	dateInputValues(form.Values, "agreed", p.plan.AgreedDate)
	s.keptDraft(r, form, nil)
	s.renderPlanEdit(w, r, http.StatusOK, v, p, form)
}

// handlePlanEdit changes what a plan says, with why. The earlier version is kept in the plan's history;
// a manager's sign-off was of the earlier version, so it is cleared and the plan is signed off again.
func (s *Server) handlePlanEdit(w http.ResponseWriter, r *http.Request) {
	v, p, form, ok := s.postedPlan(w, r, s.renderPlanEdit)
	if !ok {
		return
	}
	plan := p.plan
	plan.Summary = textValue(form, "summary", "Enter what we are worried about and what needs to change", true)
	plan.Contingency = textValue(form, "contingency", "Enter what will happen if the worries do not reduce", true)
	plan.ChildWords = textValue(form, "child-words", "", false)
	plan.AgreedDate = pastDate(form, "agreed", "The date this version was agreed", true, v.today)
	notBefore(form, "agreed", plan.AgreedDate, p.start(), "The date this version was agreed must be on or after the plan started ("+longDate(p.start())+")")
	reason := textValue(form, "reason", "Enter what changed and why", true)
	plan.AuthorisationDate, plan.AuthorisedBy = hearth.Date{}, 0
	if !s.amendChecked(w, r, v, form, "summary", &plan, reason) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderPlanEdit(w, r, status, v, p, form) },
		"The plan is changed. A team manager signs off the new version.", p.base)
}

func (s *Server) renderPlanEdit(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p planOf, form *Form) {
	b := fields{form}
	page := formPage{Caption: p.title(), Heading: "Change what the plan says", Action: p.base + "/edit", Submit: "Save the plan",
		Cancel: p.base, Closed: p.closed(), Hidden: []hidden{versionField(p.plan.Version)},
		Intro: []string{"The earlier version is kept in the plan's history. A plan that is changed is signed off again."},
		Fields: []field{
			b.textarea("summary", "What we are worried about and what needs to change", "In words the family understand", 6),
			b.textarea("contingency", "What will happen if the worries do not reduce", "The contingency: what the local authority will do if the plan does not work", 4),
			b.words("child-words", "The child's own words about the plan", "What the child wants and how they feel, in their own words where possible"),
			b.date("agreed", "The date this version was agreed", "At a conference, core group or review. For example, 27 3 2026"),
			b.textarea("reason", "What changed and why", "For example, agreed at the core group of 12 March", 2),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

func (s *Server) handlePlanAuthoriseForm(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPlan(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "authorised", v.today)
	s.keptDraft(r, form, nil)
	s.renderPlanAuthorise(w, r, http.StatusOK, v, p, form)
}

// handlePlanAuthorise records a team manager's sign-off of the plan as it stands. A plan without
// measurable actions or a contingency cannot be signed off, nor can a date before the plan was agreed.
func (s *Server) handlePlanAuthorise(w http.ResponseWriter, r *http.Request) {
	v, p, form, ok := s.postedPlan(w, r, s.renderPlanAuthorise)
	if !ok {
		return
	}
	on := pastDate(form, "authorised", "The date of sign-off", true, v.today)
	notBefore(form, "authorised", on, p.plan.AgreedDate, "The date of sign-off must be on or after the plan was agreed ("+longDate(p.plan.AgreedDate)+")")
	if warnings := planWarnings(p.plan, p.actions); len(warnings) > 0 {
		form.Add("actions", "The plan cannot be signed off yet: "+warnings[0])
	}
	needWorker(form, v, "authorised-day", "signed this off")
	if form.Valid() {
		plan := p.plan
		plan.AuthorisationDate, plan.AuthorisedBy = on, v.u.WorkerID
		if !s.amendChecked(w, r, v, form, "authorised-day", &plan, "Signed off") {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderPlanAuthorise(w, r, status, v, p, form) },
		"The plan is signed off", p.base)
}

func (s *Server) renderPlanAuthorise(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p planOf, form *Form) {
	b := fields{form}
	measured := 0
	for _, a := range p.actions {
		if a.SuccessMeasure != "" {
			measured++
		}
	}
	page := formPage{Caption: p.title(), Heading: "Sign off the plan", Action: p.base + "/authorise", Submit: "Sign off", Cancel: p.base,
		Closed: p.closed(), Hidden: []hidden{versionField(p.plan.Version)},
		Intro: []string{"By signing off you confirm the plan's actions can be measured and its contingency says what happens if the worries do not reduce."},
		Facts: []fact{
			{Key: "Agreed", Value: longDate(p.plan.AgreedDate)},
			{ID: "actions", Key: "Actions", Value: strconv.Itoa(measured) + " with a measure of success", Error: form.Error("actions"), Href: p.base + "/actions/new", HrefText: "Add an action"},
			{Key: "Contingency", Lines: paragraphs(p.plan.Contingency)},
		},
		Fields: []field{b.date("authorised", "The date of sign-off", "For example, 27 3 2026")}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
