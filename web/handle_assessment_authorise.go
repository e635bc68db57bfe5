package web

import (
	"net/http"

	"hearth"
	"hearth/protection"
)

// handleAssessmentAuthoriseForm shows a team manager the completed assessment to authorise.
func (s *Server) handleAssessmentAuthoriseForm(w http.ResponseWriter, r *http.Request) {
	v, q, ok := s.openEnquiry(w, r, false)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "authorised", v.today)
	s.keptDraft(r, form, nil)
	s.renderAssessmentAuthorise(w, r, http.StatusOK, v, q, form)
}

// handleAssessmentAuthorise records a team manager's authorisation. It is refused before the worker has
// completed the assessment ("authorised before completion"), for a date before the completion or in the
// future, and for a manager whose account has no worker record to name as the authoriser.
func (s *Server) handleAssessmentAuthorise(w http.ResponseWriter, r *http.Request) {
	v, q, form, ok := s.postedEnquiry(w, r, false, s.renderAssessmentAuthorise)
	if !ok {
		return
	}
	on := pastDate(form, "authorised", "The date of authorisation", true, v.today)
	switch {
	case q.a.CompletedDate.IsZero():
		form.Add("completed", "The assessment has not been completed: the worker completes it before it can be authorised")
	default:
		notBefore(form, "authorised", on, q.a.CompletedDate, "The date of authorisation must be on or after the assessment was completed ("+longDate(q.a.CompletedDate)+")")
	}
	needWorker(form, v, "authorised-day", "authorised this")
	if form.Valid() {
		q.a.AuthorisationDate, q.a.AuthorisedBy = on, v.u.WorkerID
		if !s.amendChecked(w, r, v, form, "authorised-day", q.a, "Authorised") {
			return
		}
	}
	s.formDone(w, r, form, func(status int) {
		q.a.AuthorisationDate, q.a.AuthorisedBy = hearth.Date{}, 0 // the form shows the record as it stands
		s.renderAssessmentAuthorise(w, r, status, v, q, form)
	}, "The assessment is authorised", q.base)
}

func (s *Server) renderAssessmentAuthorise(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	b := fields{form}
	a := q.a
	completed := fact{ID: "completed", Key: "Completed", Value: longDate(a.CompletedDate), Error: form.Error("completed")}
	if a.CompletedDate.IsZero() {
		completed.Value = "Not yet: the worker completes the assessment first"
	}
	page := formPage{Caption: q.title(), Heading: "Authorise the assessment", Action: q.base + "/authorise", Submit: "Authorise",
		Cancel: q.base, Closed: q.closed(), Hidden: []hidden{versionField(q.version())},
		Intro: []string{"By authorising you confirm the assessment is complete, its analysis is sound and its outcome is right for the child."},
		Facts: []fact{
			{Key: "Started", Value: longDate(a.StartDate)},
			completed,
			{Key: "Child seen", Value: q.seen().words()},
			{Key: "Outcome", Value: protection.AssessmentOutcomes.Description(a.Outcome)},
			{Key: "Worker", Value: nameOr(v.names.Worker(a.WorkerID), "Not recorded")},
		},
		Fields: []field{b.date("authorised", "The date of authorisation", "For example, 27 3 2026")}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
