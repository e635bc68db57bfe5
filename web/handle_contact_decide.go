package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
)

// contactDeciders are the roles that decide contacts and ask partner agencies (access.CanDecideContact
// decides for each child).
var contactDeciders = Roles(hearth.RoleFrontDoor, hearth.RoleTeamManager)

// contactDecideData is the decision form's own data.
type contactDecideData struct {
	Child     fdChild
	ContactID hearth.ID
	Received  string
	Summary   string
	F         fdForm
	Levels    []choice
	Decisions []choice
	Deciders  []choice
	// Meeting is the triage meeting deciding the contact, when the form was opened from one.
	Meeting hearth.ID
	// Checks says how many partner agencies were asked and have answered, so a decision is made knowing.
	Asked, Answered int
}

// decisionContext is what the decision form needs besides the contact: the levels in use, the people
// who may be recorded as deciding, and the triage meeting, if any.
type decisionContext struct {
	levels   []frontdoor.ThresholdLevel
	deciders []hearth.Worker
	meeting  *frontdoor.TriageMeeting
}

// loadDecision opens the contact for a decision, refusing (and answering) when the user may not decide
// it or it has been decided already.
func (s *Server) loadDecision(w http.ResponseWriter, r *http.Request, meetingParam string) (contactView, decisionContext, bool) {
	var dc decisionContext
	v, ok := s.openContact(w, r, "deciding a contact")
	if !ok {
		return v, dc, false
	}
	u := userOf(r)
	if !s.allowed(w, r, access.CanDecideContact(subjectOf(*u), v.facts, s.now())) {
		return v, dc, false
	}
	if v.contact.Decision != "" {
		s.errorPage(w, r, http.StatusConflict, "This contact has already been decided",
			fmt.Sprintf("It was decided on %s. The contact's page shows the decision.", longMoment(v.contact.DecidedAt)))
		return v, dc, false
	}
	ctx := r.Context()
	var err error
	if dc.levels, err = s.db.ThresholdLevels(ctx); err != nil {
		s.serverError(w, r, err)
		return v, dc, false
	}
	if dc.deciders, err = s.db.DecisionMakers(ctx, u.TeamID, s.today()); err != nil {
		s.serverError(w, r, err)
		return v, dc, false
	}
	if id, err := strconv.ParseInt(meetingParam, 10, 64); err == nil && id > 0 {
		var m frontdoor.TriageMeeting
		if err := s.db.Get(ctx, actorOf(*u), id, &m); err != nil || m.Status != hearth.StatusActive {
			s.notFound(w, r)
			return v, dc, false
		}
		dc.meeting = &m
	}
	return v, dc, true
}

// handleContactDecideForm shows the decision form: the threshold level, the decision, why, when and by
// whom. Opened from a triage meeting (?meeting=ID), the decision is recorded as the meeting's.
func (s *Server) handleContactDecideForm(w http.ResponseWriter, r *http.Request) {
	meeting := r.URL.Query().Get("meeting")
	v, dc, ok := s.loadDecision(w, r, meeting)
	if !ok {
		return
	}
	u := userOf(r)
	form := NewForm(url.Values{"version": {strconv.Itoa(v.contact.Version)}, "meeting": {meeting}})
	if dc.meeting != nil {
		momentValues(form, "decided", dc.meeting.HeldAt)
	} else {
		momentValues(form, "decided", s.now())
	}
	if u.WorkerID != 0 {
		form.Values.Set("decided_by", strconv.FormatInt(u.WorkerID, 10))
	}
	s.keptDraft(r, form, func(d url.Values) bool { return d.Get("version") == form.Value("version") })
	s.renderDecide(w, r, http.StatusOK, v, dc, form)
}

// renderDecide shows the decision form.
func (s *Server) renderDecide(w http.ResponseWriter, r *http.Request, status int, v contactView, dc decisionContext, form *Form) {
	data := contactDecideData{Child: childOf(v.rec.Person, true), ContactID: v.contact.ID, Received: longMoment(v.contact.ReceivedAt),
		Summary: v.contact.Summary, F: fdForm{form}, Decisions: codeChoices(frontdoor.ContactDecisions, false)}
	for _, l := range dc.levels {
		if l.InUse {
			data.Levels = append(data.Levels, choice{Value: l.Code, Label: l.Label, Hint: l.Description})
		}
	}
	for _, wk := range dc.deciders {
		data.Deciders = append(data.Deciders, choice{Value: strconv.FormatInt(wk.ID, 10), Label: wk.Name})
	}
	if dc.meeting != nil {
		data.Meeting = dc.meeting.ID
	}
	for _, m := range checksOf(v.rec, v.contact.ID) {
		data.Asked++
		if !m.AnsweredAt.IsZero() {
			data.Answered++
		}
	}
	p := s.newPage(r, childTitle(data.Child.Name, "decide a contact"))
	p.Form, p.Data = form, data
	s.render(w, r, status, "contact_decide", p)
}

// handleContactDecide checks the decision and records it on the contact as an amendment, based on the
// version the person saw: if someone else decided it meanwhile, nothing is overwritten and the form comes
// back with what was typed and who changed it.
func (s *Server) handleContactDecide(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	v, dc, ok := s.loadDecision(w, r, r.PostForm.Get("meeting"))
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	c := v.contact
	var levels frontdoor.CodeList // the levels in use: a decision is made at one of today's levels
	for _, l := range dc.levels {
		if l.InUse {
			levels = append(levels, frontdoor.Code{Code: l.Code, Description: l.Label})
		}
	}
	c.ThresholdLevel = requiredCode(form, "threshold_level", levels, "Select the level of need under the threshold document")
	c.Decision = requiredCode(form, "decision", frontdoor.ContactDecisions, "Select what was decided")
	c.DecisionRationale = requiredText(form, "rationale", "Enter why, with reference to the threshold document and what the checks found")
	c.DecidedAt = momentInput(form, "decided", "the decision was made", s.now(), true)
	if !c.DecidedAt.IsZero() && c.DecidedAt.Before(c.ReceivedAt) {
		form.Add("decided-day", "The decision must be on or after the time the contact was received, "+longMoment(c.ReceivedAt))
	}
	ids := make([]hearth.ID, len(dc.deciders))
	for i, wk := range dc.deciders {
		ids[i] = wk.ID
	}
	if c.DecidedBy = idChoice(form, "decided_by", ids); c.DecidedBy == 0 {
		form.Add("decided_by", "Select who made the decision")
	}
	if dc.meeting != nil {
		c.TriageMeetingID = dc.meeting.ID
	}
	version, err := strconv.Atoi(form.Value("version"))
	if err != nil {
		form.Add("decision", "The form was missing the contact's version: open the contact again and decide it")
	}
	if !form.Valid() {
		s.renderDecide(w, r, http.StatusUnprocessableEntity, v, dc, form)
		return
	}
	if err := c.Validate(); err != nil {
		form.Add("decision", hearth.ErrorMessage(err))
		s.renderDecide(w, r, http.StatusUnprocessableEntity, v, dc, form)
		return
	}
	c.Version = version
	u := userOf(r)
	if err := s.db.Amend(r.Context(), actorOf(*u), &c, "Contact decided"); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT || hearth.ErrorCode(err) == hearth.EINVALID {
			form.Add("decision", hearth.ErrorMessage(err))
			s.renderDecide(w, r, http.StatusConflict, v, dc, form)
			return
		}
		s.serverError(w, r, fmt.Errorf("deciding contact %d: %w", c.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, "The decision has been recorded: "+frontdoor.ContactDecisions.Description(c.Decision))
	switch {
	case dc.meeting != nil:
		s.redirect(w, r, fmt.Sprintf("/triage-meetings/%d", dc.meeting.ID))
	case opensReferral(c.Decision):
		s.redirect(w, r, contactPath(c.ID)+"/referral")
	default:
		s.redirect(w, r, contactPath(c.ID))
	}
}
