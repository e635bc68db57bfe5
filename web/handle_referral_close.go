package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
)

// referralCloseData is the closure form's own data.
type referralCloseData struct {
	Child     fdChild
	EpisodeID hearth.ID
	Referred  string
	Need      string
	F         fdForm
	Reasons   []choice
}

// loadEpisode opens the CIN episode named by the {id} of the path, through its child's record, for
// closing: it answers (404, 403, 409 or the break-glass page) and returns false when the user may not
// close it or it is closed already.
func (s *Server) loadEpisode(w http.ResponseWriter, r *http.Request) (*store.ChildRecord, frontdoor.CINEpisode, bool) {
	var e frontdoor.CINEpisode
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return nil, e, false
	}
	person, err := s.db.PersonOf(r.Context(), "cin_episodes", id)
	if err != nil {
		s.refuse(w, r, err)
		return nil, e, false
	}
	st := sessionOf(r)
	rec, facts, err := s.openChild(r.Context(), st.User, person, "", "closing a referral", st.Session.CreatedAt)
	if err != nil {
		s.childError(w, r, person, err)
		return nil, e, false
	}
	if !s.allowed(w, r, access.CanRecordReferral(subjectOf(st.User), facts, s.now())) {
		return nil, e, false
	}
	found := false
	for _, x := range store.Rows[frontdoor.CINEpisode](rec) {
		if x.ID == id && x.Status == hearth.StatusActive {
			e, found = x, true
		}
	}
	if !found {
		s.notFound(w, r)
		return nil, e, false
	}
	if !e.ClosureDate.IsZero() {
		s.errorPage(w, r, http.StatusConflict, "This episode is already closed",
			fmt.Sprintf("It closed on %s (%s).", longDate(e.ClosureDate), frontdoor.ReasonsForClosure.Description(e.ClosureReason)))
		return nil, e, false
	}
	return rec, e, true
}

// handleReferralCloseForm shows the form to close a child in need episode: the closure date and the
// CIN census reason for closure.
func (s *Server) handleReferralCloseForm(w http.ResponseWriter, r *http.Request) {
	rec, e, ok := s.loadEpisode(w, r)
	if !ok {
		return
	}
	form := NewForm(url.Values{"version": {strconv.Itoa(e.Version)}})
	dateInputValues(form.Values, "closure", s.today())
	s.keptDraft(r, form, func(d url.Values) bool { return d.Get("version") == form.Value("version") })
	s.renderReferralClose(w, r, http.StatusOK, rec, e, form)
}

// renderReferralClose shows the closure form.
func (s *Server) renderReferralClose(w http.ResponseWriter, r *http.Request, status int, rec *store.ChildRecord, e frontdoor.CINEpisode, form *Form) {
	data := referralCloseData{Child: childOf(rec.Person, true), EpisodeID: e.ID, Referred: longDate(e.ReferralDate),
		Need: codeMeaning(frontdoor.PrimaryNeeds, e.PrimaryNeed), F: fdForm{form}, Reasons: codeChoices(frontdoor.ReasonsForClosure, true)}
	p := s.newPage(r, childTitle(data.Child.Name, "close the child in need episode"))
	p.Form, p.Data = form, data
	s.render(w, r, status, "referral_close", p)
}

// handleReferralClose checks the closure and records it on the episode as an amendment, based on the
// version the person saw.
func (s *Server) handleReferralClose(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	rec, e, ok := s.loadEpisode(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	e.ClosureDate = requiredDate(form, "closure", "The closure date", true)
	switch {
	case e.ClosureDate.IsZero():
	case e.ClosureDate.After(s.today()):
		form.Add("closure-day", "The closure date must be today or in the past")
	case e.ClosureDate.Before(e.ReferralDate):
		form.Add("closure-day", "The closure date must be on or after the referral date, "+longDate(e.ReferralDate))
	}
	e.ClosureReason = requiredCode(form, "reason", frontdoor.ReasonsForClosure, "Select why the episode is closing")
	version, err := strconv.Atoi(form.Value("version"))
	if err != nil {
		form.Add("reason", "The form was missing the episode's version: open it again and close it")
	}
	if form.Valid() {
		if err := e.Validate(); err != nil {
			form.Add("reason", hearth.ErrorMessage(err))
		}
	}
	if !form.Valid() {
		s.renderReferralClose(w, r, http.StatusUnprocessableEntity, rec, e, form)
		return
	}
	e.Version = version
	u := userOf(r)
	if err := s.db.Amend(r.Context(), actorOf(*u), &e, "Child in need episode closed"); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT {
			form.Add("reason", hearth.ErrorMessage(err))
			s.renderReferralClose(w, r, http.StatusConflict, rec, e, form)
			return
		}
		s.serverError(w, r, fmt.Errorf("closing CIN episode %d: %w", e.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, "The child in need episode has been closed: "+frontdoor.ReasonsForClosure.Description(e.ClosureReason))
	s.redirect(w, r, pathOf(e.PersonID))
}
