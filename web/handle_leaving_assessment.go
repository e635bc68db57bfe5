package web

import (
	"net/http"
	"strconv"

	"hearth/leaving"
)

// The needs assessment the pathway plan is based on, due within three months of the 16th birthday or of
// becoming eligible after it: started, then completed. The worker is the signed-in user's worker record.

func (s *Server) handleLeavingAssessmentNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "needs assessment form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "start", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingAssessmentNew(w, r, http.StatusOK, v, form)
}

// handleLeavingAssessmentNew starts a needs assessment, and completes it too when a completion date is
// given; neither date may be in the future, and completion cannot come before the start.
func (s *Server) handleLeavingAssessmentNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "needs assessment form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	a := &leaving.NeedsAssessment{PersonID: v.rec.Person.ID, WorkerID: v.u.WorkerID,
		StartDate:     pastDate(form, "start", "The date the assessment started", true, v.today),
		CompletedDate: pastDate(form, "completed", "The date the assessment was completed", false, v.today)}
	notBefore(form, "completed", a.CompletedDate, a.StartDate, "The assessment cannot be completed before it started ("+longDate(a.StartDate)+")")
	needWorker(form, v, "start-day", "carried out the assessment")
	if !s.insertChecked(w, r, v, form, "start-day", a) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingAssessmentNew(w, r, status, v, form) },
		"The needs assessment is recorded", v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingAssessmentNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Start the needs assessment", Action: v.childBase() + "/leaving/needs-assessments/new",
		Submit: "Save the assessment", Cancel: v.childBase(),
		Intro: []string{"The assessment of the young person's needs that the pathway plan is based on: due within three months of their 16th birthday, or of becoming eligible after it."},
		Fields: []field{
			b.date("start", "The date the assessment started", "For example, 27 3 2026"),
			b.date("completed", "The date it was completed, if it has been", "Leave empty while it is under way"),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openAssessment opens the record and the needs assessment in the path, answering 404 for one that is not
// the young person's. A posted form saves against the version it was opened on.
func (s *Server) openAssessment(w http.ResponseWriter, r *http.Request) (*protectionView, leaving.NeedsAssessment, bool) {
	v, ok := s.openLeaving(w, r, "needs assessment form", true)
	if !ok {
		return nil, leaving.NeedsAssessment{}, false
	}
	a, ok := findRow[leaving.NeedsAssessment](v.rec, r, "needs")
	if !ok {
		s.notFound(w, r)
		return nil, a, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		a.Version = n
	}
	return v, a, true
}

func (s *Server) handleLeavingAssessmentCompleteForm(w http.ResponseWriter, r *http.Request) {
	v, a, ok := s.openAssessment(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "completed", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingAssessmentComplete(w, r, http.StatusOK, v, a, form)
}

// handleLeavingAssessmentComplete records the completion of an assessment: not in the future, not before
// it started.
func (s *Server) handleLeavingAssessmentComplete(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, a, ok := s.openAssessment(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if !a.CompletedDate.IsZero() {
		s.renderLeavingAssessmentComplete(w, r, http.StatusConflict, v, a, form)
		return
	}
	before := a
	a.CompletedDate = pastDate(form, "completed", "The date the assessment was completed", true, v.today)
	notBefore(form, "completed", a.CompletedDate, a.StartDate, "The assessment cannot be completed before it started ("+longDate(a.StartDate)+")")
	if !s.amendChecked(w, r, v, form, "completed-day", &a, "Needs assessment completed") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingAssessmentComplete(w, r, status, v, before, form) },
		"The needs assessment is completed: make the pathway plan", v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingAssessmentComplete(w http.ResponseWriter, r *http.Request, status int, v *protectionView, a leaving.NeedsAssessment, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Complete the needs assessment",
		Action: idPath(v.childBase()+"/leaving/needs-assessments", a.ID, "/complete"), Submit: "Save", Cancel: v.childBase(),
		Hidden: []hidden{versionField(a.Version)},
		Facts:  []fact{{Key: "Started", Value: longDate(a.StartDate)}, {Key: "By", Value: v.names.Worker(a.WorkerID)}},
		Fields: []field{b.date("completed", "The date the assessment was completed", "For example, 27 3 2026")}}
	if !a.CompletedDate.IsZero() {
		page.Closed = "This assessment was completed on " + longDate(a.CompletedDate) + "."
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}
