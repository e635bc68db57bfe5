package web

import (
	"fmt"
	"net/http"
	"time"

	"hearth"
	"hearth/access"
	"hearth/calendar"
	"hearth/duty"
	"hearth/frontdoor"
)

// contactDecisionDue returns the day by the end of which a contact received at received must be decided,
// as the duty defines it (duty.ContactDecision, through the bank holiday calendar), or the zero date when
// it cannot be worked out (a date past the calendar's known years).
func contactDecisionDue(settings duty.Settings, received time.Time) hearth.Date {
	due, err := settings.Get(duty.ContactDecision).DueFrom(calendar.England(), hearth.DateOf(received.In(londonTime)))
	if err != nil {
		return hearth.Date{}
	}
	return due
}

// mashRequestData is the form to ask partner agencies what they know.
type mashRequestData struct {
	Child     fdChild
	ContactID hearth.ID
	Summary   string
	F         fdForm
	Agencies  []choice
	RAGs      []choice
}

// loadMASHRequest opens the contact for asking partner agencies, refusing (and answering) when the user
// may not, or the contact is decided already: requests inform a decision, so they come before it.
func (s *Server) loadMASHRequest(w http.ResponseWriter, r *http.Request) (contactView, bool) {
	v, ok := s.openContact(w, r, "asking partner agencies")
	if !ok {
		return v, false
	}
	if !s.allowed(w, r, access.CanDecideContact(subjectOf(*userOf(r)), v.facts, s.now())) {
		return v, false
	}
	if v.contact.Decision != "" {
		s.errorPage(w, r, http.StatusConflict, "This contact has already been decided",
			"Partner agencies are asked before the decision, to inform it. The contact's page shows the decision and the answers.")
		return v, false
	}
	return v, true
}

// handleMASHRequestForm shows the form to ask partner agencies: which, how urgently (the RAG rating sets
// when each answer is due, by the local MASH protocol) and what the hub needs to know.
func (s *Server) handleMASHRequestForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.loadMASHRequest(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderMASHRequest(w, r, http.StatusOK, v, form)
}

// renderMASHRequest shows the request form. Each agency says whether it has been asked already.
func (s *Server) renderMASHRequest(w http.ResponseWriter, r *http.Request, status int, v contactView, form *Form) {
	data := mashRequestData{Child: childOf(v.rec.Person, true), ContactID: v.contact.ID, Summary: v.contact.Summary, F: fdForm{form}}
	checks := checksOf(v.rec, v.contact.ID)
	for _, a := range frontdoor.Agencies {
		c := choice{Value: a.Code, Label: a.Description}
		for _, m := range checks {
			if m.Agency == a.Code {
				c.Hint = "Asked " + longMoment(m.AskedAt)
				if m.AnsweredAt.IsZero() {
					c.Hint += "; awaiting an answer"
				} else {
					c.Hint += "; answered " + longMoment(m.AnsweredAt)
				}
			}
		}
		data.Agencies = append(data.Agencies, c)
	}
	data.RAGs = codeChoices(frontdoor.RAGRatings, false)
	p := s.newPage(r, childTitle(data.Child.Name, "ask partner agencies"))
	p.Form, p.Data = form, data
	s.render(w, r, status, "mash_request", p)
}

// handleMASHRequest records one request per agency chosen, all together, each due by the time the duty of
// its RAG rating gives (duty.MASHCheckDueBy), which is what the agency is told.
func (s *Server) handleMASHRequest(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	v, ok := s.loadMASHRequest(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	agencies := codesOf(form, "agencies", frontdoor.Agencies, "Select the agencies from the list")
	if len(agencies) == 0 && form.Error("agencies") == "" {
		form.Add("agencies", "Select the partner agencies to ask")
	}
	for _, m := range checksOf(v.rec, v.contact.ID) {
		if agencies.Has(m.Agency) && m.AnsweredAt.IsZero() {
			form.Add("agencies", frontdoor.Agencies.Description(m.Agency)+" has been asked already and has not answered yet: untick it")
			break
		}
	}
	rag := requiredCode(form, "rag", frontdoor.RAGRatings, "Select how urgent the request is")
	question := requiredText(form, "question", "Enter what the agencies are asked, in words they can act on")
	now, u := s.now(), userOf(r)
	var due time.Time
	if rag != "" {
		settings, err := s.dutySettings(r.Context())
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if due, err = duty.MASHCheckDueBy(settings, calendar.England(), rag, now); err != nil {
			form.Add("rag", "When the answer is due cannot be worked out: "+hearth.ErrorMessage(err))
		}
	}
	if !form.Valid() {
		s.renderMASHRequest(w, r, http.StatusUnprocessableEntity, v, form)
		return
	}
	rows := make([]any, 0, len(agencies))
	for _, a := range agencies {
		m := &frontdoor.MASHCheck{PersonID: v.rec.Person.ID, ContactID: v.contact.ID, Agency: a, Question: question, RAG: rag,
			AskedAt: now, AskedBy: u.WorkerID, DueBy: due}
		if err := m.Validate(); err != nil {
			s.serverError(w, r, fmt.Errorf("a MASH request the form accepted is invalid: %w", err))
			return
		}
		rows = append(rows, m)
	}
	if err := s.db.InsertAll(r.Context(), actorOf(*u), rows...); err != nil {
		s.serverError(w, r, fmt.Errorf("asking partner agencies about contact %d: %w", v.contact.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, fmt.Sprintf("%s asked; answers due by %s", agencyList(agencies), longMoment(due)))
	s.redirect(w, r, contactPath(v.contact.ID))
}
