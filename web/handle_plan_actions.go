package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/protection"
)

// An action of a plan says what will be done, by whom, by when and how we will know it worked; it is
// then marked as it goes (in progress, completed, not completed, withdrawn) with its progress.

func (s *Server) handlePlanActionNewForm(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPlan(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderPlanActionNew(w, r, http.StatusOK, v, p, form)
}

// handlePlanActionNew adds an action. Each part is required: an action nobody can measure is what
// makes a plan fail an inspection. It cannot be due before the plan started.
func (s *Server) handlePlanActionNew(w http.ResponseWriter, r *http.Request) {
	v, p, form, ok := s.postedPlan(w, r, s.renderPlanActionNew)
	if !ok {
		return
	}
	workers, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	a := &protection.PlanAction{PersonID: v.rec.Person.ID, PlanID: p.plan.ID, Status: protection.ActionOpen,
		Action:         textValue(form, "action", "Enter what will be done", true),
		Who:            textValue(form, "who", "Enter who will do it", true),
		WorkerID:       chosenWorker(form, "worker", workers),
		DueDate:        requiredDate(form, "due", "The date it will be done by", true),
		SuccessMeasure: textValue(form, "measure", "Enter how we will know it worked", true),
	}
	notBefore(form, "due", a.DueDate, p.start(), "The date it will be done by must be on or after the plan started ("+longDate(p.start())+")")
	if !s.insertChecked(w, r, v, form, "action", a) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderPlanActionNew(w, r, status, v, p, form) },
		"The action is added to the plan", p.base)
}

func (s *Server) renderPlanActionNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p planOf, form *Form) {
	workers, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	b := fields{form}
	page := formPage{Caption: p.title(), Heading: "Add an action", Action: p.base + "/actions/new", Submit: "Add the action", Cancel: p.base,
		Closed: p.closed(),
		Fields: []field{
			b.textarea("action", "What will be done", "", 3),
			b.text("who", "Who will do it", "In words the family understand, for example Mum, or the school nurse"),
			b.choose("worker", "The worker responsible, when it is a member of staff", "", "Not a member of staff", workers),
			b.date("due", "By when", "For example, 27 3 2026"),
			b.textarea("measure", "How we will know it worked", "A change that can be seen or counted, for example Sam attends school every day for four weeks", 3),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openPlanAction opens the record for the form of one action of a plan, shown or posted, with the
// action in the path (wildcard action); an action that is not the plan's is answered 404 here so both
// handlers refuse it alike.
func (s *Server) openPlanAction(w http.ResponseWriter, r *http.Request) (*protectionView, planOf, protection.PlanAction, bool) {
	v, p, ok := s.openPlan(w, r)
	if !ok {
		return nil, planOf{}, protection.PlanAction{}, false
	}
	if id, ok := idParam(r, "action"); ok {
		for _, a := range p.actions {
			if a.ID == id {
				return v, p, a, true
			}
		}
	}
	s.notFound(w, r)
	return nil, planOf{}, protection.PlanAction{}, false
}

func (s *Server) handlePlanActionForm(w http.ResponseWriter, r *http.Request) {
	v, p, a, ok := s.openPlanAction(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	form.Values.Set("status", a.Status)
	form.Values.Set("progress", a.Progress)
	dateInputValues(form.Values, "completed", a.CompletedDate)
	s.keptDraft(r, form, nil)
	s.renderPlanAction(w, r, http.StatusOK, v, p, a, form)
}

// handlePlanAction marks where an action stands. A completed action says when, which cannot be in the
// future or before the plan started.
func (s *Server) handlePlanAction(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, p, a, ok := s.openPlanAction(w, r)
	if !ok {
		return
	}
	if n, err := strconv.Atoi(r.PostFormValue("action-version")); err == nil && n > 0 {
		a.Version = n
	}
	form := NewForm(r.PostForm)
	if p.closed() != "" {
		s.renderPlanAction(w, r, http.StatusConflict, v, p, a, form)
		return
	}
	was := a.Status
	a.Status = codeValue(form, "status", protection.PlanActionStatuses, "Select where the action stands", true)
	a.Progress = textValue(form, "progress", "", false)
	a.CompletedDate = hearth.Date{}
	if a.Status == protection.ActionCompleted {
		a.CompletedDate = pastDate(form, "completed", "The date it was completed", true, v.today)
		notBefore(form, "completed", a.CompletedDate, p.start(), "The date it was completed must be on or after the plan started ("+longDate(p.start())+")")
	}
	if form.Valid() {
		why := "Progress updated"
		if was != a.Status {
			why = "Marked " + lower(protection.PlanActionStatuses.Description(a.Status))
		}
		if !s.amendChecked(w, r, v, form, "status", &a, why) {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderPlanAction(w, r, status, v, p, a, form) },
		"The action is updated", p.base)
}

func (s *Server) renderPlanAction(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p planOf, a protection.PlanAction, form *Form) {
	prov, err := s.provenanceOf(r.Context(), "plan_actions", a.Record)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	history := []string{"Added by " + prov.FirstBy + " on " + prov.FirstAt.In(londonTime).Format("2 January 2006")}
	for _, am := range prov.Amendments {
		history = append(history, am.At.In(londonTime).Format("2 January 2006")+", "+am.By+": "+am.Reason)
	}
	b := fields{form}
	var opts []option
	for _, c := range protection.PlanActionStatuses {
		o := option{Value: c.Code, Label: c.Description}
		if c.Code == protection.ActionCompleted {
			o.When, o.Reveal = "If completed", []field{b.date("completed", "The date it was completed", "For example, 27 3 2026")}
		}
		opts = append(opts, o)
	}
	page := formPage{Caption: p.title(), Heading: "Update an action", Action: idPath(p.base+"/actions", a.ID, ""), Submit: "Save", Cancel: p.base,
		Closed: p.closed(), Hidden: []hidden{{"action-version", strconv.Itoa(a.Version)}},
		Facts: []fact{
			{Key: "What", Lines: paragraphs(a.Action)},
			{Key: "Who", Value: a.Who},
			{Key: "By when", Value: longDate(a.DueDate)},
			{Key: "How we will know it worked", Lines: paragraphs(a.SuccessMeasure)},
			{Key: "Progress so far", Lines: paragraphs(a.Progress)},
			{Key: "History", Lines: history},
		},
		Fields: []field{
			b.radios("status", "Where the action stands", "", opts),
			b.textarea("progress", "Progress", "What has happened, and what happens next if it did not work", 4),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
