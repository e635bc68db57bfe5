package web

import (
	"net/http"
	"strconv"

	"hearth/leaving"
)

// A care leaver's move to an adult service, for those who may meet its threshold: the referral, then the
// service's decision and the transfer, recorded on the same row as they happen, so that the record page
// shows every young person still waiting for a decision.

func (s *Server) handleLeavingTransitionNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "transition to adult services form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "referred", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingTransitionNew(w, r, http.StatusOK, v, form)
}

// handleLeavingTransitionNew records a referral to an adult service, not in the future.
func (s *Server) handleLeavingTransitionNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "transition to adult services form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	tr := &leaving.AdultTransition{PersonID: v.rec.Person.ID,
		Service:      codeValue(form, "service", leaving.AdultServices, "Select the adult service", true),
		ReferredDate: pastDate(form, "referred", "The date of the referral", true, v.today),
		Notes:        textValue(form, "notes", "", false)}
	if !s.insertChecked(w, r, v, form, "service", tr) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingTransitionNew(w, r, status, v, form) },
		"The referral to the adult service is recorded", v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingTransitionNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Refer to an adult service", Action: v.childBase() + "/leaving/transitions/new",
		Submit: "Save the referral", Cancel: v.childBase(),
		Intro: []string{"For a young person likely to have needs an adult service meets: refer well before 18, so the service has decided by then."},
		Fields: []field{
			b.radios("service", "The adult service", "", codeOptions(leaving.AdultServices, false)),
			b.date("referred", "The date of the referral", "For example, 27 3 2026"),
			b.textarea("notes", "Notes", "What the young person needs, and who in the adult service has the referral", 4),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openTransition opens the record and the transition in the path, answering 404 for one that is not the
// young person's. A posted form saves against the version it was opened on.
func (s *Server) openTransition(w http.ResponseWriter, r *http.Request) (*protectionView, leaving.AdultTransition, bool) {
	v, ok := s.openLeaving(w, r, "transition to adult services form", true)
	if !ok {
		return nil, leaving.AdultTransition{}, false
	}
	tr, ok := findRow[leaving.AdultTransition](v.rec, r, "transition")
	if !ok {
		s.notFound(w, r)
		return nil, tr, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		tr.Version = n
	}
	return v, tr, true
}

func (s *Server) handleLeavingTransitionForm(w http.ResponseWriter, r *http.Request) {
	v, tr, ok := s.openTransition(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	dateInputValues(form.Values, "decided", tr.DecisionDate)
	form.Values.Set("met", yesNoString(tr.ThresholdMet))
	dateInputValues(form.Values, "transferred", tr.TransferDate)
	form.Values.Set("notes", tr.Notes)
	s.keptDraft(r, form, nil)
	s.renderLeavingTransition(w, r, http.StatusOK, v, tr, form)
}

// handleLeavingTransition records the adult service's decision and the transfer: the decision with its
// date, no earlier than the referral; a transfer only when the threshold is met, no earlier than the
// decision; neither in the future.
func (s *Server) handleLeavingTransition(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, tr, ok := s.openTransition(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	before := tr
	tr.DecisionDate = pastDate(form, "decided", "The date of the decision", false, v.today)
	tr.ThresholdMet = yesNoValue(form, "met", "Select yes if the young person meets the service's threshold", !tr.DecisionDate.IsZero())
	if tr.ThresholdMet != nil && tr.DecisionDate.IsZero() && form.Error("decided-day") == "" {
		form.Add("decided-day", "Enter the date of the decision")
	}
	notBefore(form, "decided", tr.DecisionDate, tr.ReferredDate, "The decision cannot be before the referral ("+longDate(tr.ReferredDate)+")")
	tr.TransferDate = pastDate(form, "transferred", "The date of the transfer", false, v.today)
	if !tr.TransferDate.IsZero() && (tr.ThresholdMet == nil || !*tr.ThresholdMet) {
		form.Add("transferred-day", "A young person moves to the adult service only once they meet its threshold")
	}
	notBefore(form, "transferred", tr.TransferDate, tr.DecisionDate, "The transfer cannot be before the decision ("+longDate(tr.DecisionDate)+")")
	tr.Notes = textValue(form, "notes", "", false)
	if !s.amendChecked(w, r, v, form, "decided-day", &tr, "Adult service's decision or transfer recorded") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingTransition(w, r, status, v, before, form) },
		"The transition is recorded", v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingTransition(w http.ResponseWriter, r *http.Request, status int, v *protectionView, tr leaving.AdultTransition, form *Form) {
	b := fields{form}
	page := formPage{Caption: leaving.AdultServices.Description(tr.Service), Heading: "Record the adult service's decision",
		Action: idPath(v.childBase()+"/leaving/transitions", tr.ID, ""), Submit: "Save", Cancel: v.childBase(),
		Hidden: []hidden{versionField(tr.Version)},
		Facts:  []fact{{Key: "Referred", Value: longDate(tr.ReferredDate)}},
		Fields: []field{
			b.date("decided", "The date the service decided", "Leave empty until it has. For example, 27 3 2026"),
			b.yesNo("met", "Does the young person meet the service's threshold?", "", nil, nil),
			b.date("transferred", "The date the service took the young person on", "Leave empty until it has"),
			b.textarea("notes", "Notes", "What was agreed, and who in the adult service holds the young person", 4),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
