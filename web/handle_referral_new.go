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

// referralWriters are the roles that open and close referrals (access.CanRecordReferral decides for each
// child).
var referralWriters = Roles(hearth.RoleFrontDoor, hearth.RolePractitioner, hearth.RoleTeamManager)

// referralNewData is the referral form's own data.
type referralNewData struct {
	Child     fdChild
	ContactID hearth.ID
	Decision  string
	F         fdForm
	Sources   []choice
	Outcomes  []choice
	Needs     []choice
	Teams     []choice
}

// The referral form's outcomes: accepted for assessment, or closed with no further action.
const (
	referralAccepted = "accepted"
	referralNFA      = "nfa"
)

// loadReferral opens the contact whose referral is being recorded, refusing (and answering) when the
// user may not record it, the contact was not decided as a referral, or its referral is recorded already.
func (s *Server) loadReferral(w http.ResponseWriter, r *http.Request) (contactView, []store.TeamSummary, bool) {
	v, ok := s.openContact(w, r, "recording a referral")
	if !ok {
		return v, nil, false
	}
	if !s.allowed(w, r, access.CanRecordReferral(subjectOf(*userOf(r)), v.facts, s.now())) {
		return v, nil, false
	}
	if !opensReferral(v.contact.Decision) {
		s.errorPage(w, r, http.StatusConflict, "This contact was not decided as a referral",
			"A referral is recorded from a contact decided as a referral or a strategy discussion. The contact's page shows its decision.")
		return v, nil, false
	}
	for _, e := range store.Rows[frontdoor.CINEpisode](v.rec) {
		if e.ContactID == v.contact.ID && e.Status == hearth.StatusActive {
			s.errorPage(w, r, http.StatusConflict, "The referral has already been recorded",
				fmt.Sprintf("The referral from this contact was recorded on %s. The child's record shows it.", longDate(e.ReferralDate)))
			return v, nil, false
		}
	}
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return v, nil, false
	}
	return v, teams, true
}

// handleReferralNewForm shows the form that turns a contact decided as a referral into a referral: the
// referral date and source (from the contact), and whether it is accepted with the child's primary need
// or closed with no further action.
func (s *Server) handleReferralNewForm(w http.ResponseWriter, r *http.Request) {
	v, teams, ok := s.loadReferral(w, r)
	if !ok {
		return
	}
	u := userOf(r)
	form := NewForm(url.Values{"source": {v.contact.Source}, "team": {idString(u.TeamID)}})
	dateInputValues(form.Values, "referral", hearth.DateOf(v.contact.DecidedAt.In(londonTime)))
	s.keptDraft(r, form, nil)
	s.renderReferralNew(w, r, http.StatusOK, v, teams, form)
}

// renderReferralNew shows the referral form.
func (s *Server) renderReferralNew(w http.ResponseWriter, r *http.Request, status int, v contactView, teams []store.TeamSummary, form *Form) {
	data := referralNewData{Child: childOf(v.rec.Person, true), ContactID: v.contact.ID, F: fdForm{form},
		Decision: frontdoor.ContactDecisions.Description(v.contact.Decision), Sources: codeChoices(frontdoor.ReferralSources, true),
		Needs: codeChoices(frontdoor.PrimaryNeeds, true),
		Outcomes: []choice{
			{Value: referralAccepted, Label: "Accepted for a child and family assessment", Hint: "Record the child's primary need; it is confirmed at the end of the assessment."},
			{Value: referralNFA, Label: "No further action", Hint: "The referral closes on its date with no further action (CIN census ReferralNFA; closure reason RC8)."},
		}}
	for _, t := range teams {
		data.Teams = append(data.Teams, choice{Value: strconv.FormatInt(t.ID, 10), Label: t.Name})
	}
	p := s.newPage(r, childTitle(data.Child.Name, "record a referral"))
	p.Form, p.Data = form, data
	s.render(w, r, status, "referral_new", p)
}

// handleReferralNew checks the referral and opens the child in need episode, linked to its contact. A
// referral closed with no further action is still an episode, as the CIN census requires: it opens and
// closes on the referral date with reason RC8.
func (s *Server) handleReferralNew(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	v, teams, ok := s.loadReferral(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	u := userOf(r)
	e := frontdoor.CINEpisode{PersonID: v.rec.Person.ID, ContactID: v.contact.ID, WorkerID: u.WorkerID}
	e.ReferralDate = requiredDate(form, "referral", "The referral date", true)
	received := hearth.DateOf(v.contact.ReceivedAt.In(londonTime))
	switch {
	case e.ReferralDate.IsZero():
	case e.ReferralDate.After(s.today()):
		form.Add("referral-day", "The referral date must be today or in the past")
	case e.ReferralDate.Before(received):
		form.Add("referral-day", "The referral date must be on or after the day the contact was received, "+longDate(received))
	}
	e.ReferralSource = requiredCode(form, "source", frontdoor.ReferralSources, "Select who made the referral")
	switch form.Value("outcome") {
	case referralAccepted:
		e.PrimaryNeed = requiredCode(form, "primary_need", frontdoor.PrimaryNeeds, "Select the child's primary need")
	case referralNFA:
		e.ReferralNFA, e.ClosureDate, e.ClosureReason = true, e.ReferralDate, "RC8"
		if form.Value("primary_need") != "" {
			e.PrimaryNeed = requiredCode(form, "primary_need", frontdoor.PrimaryNeeds, "Select the child's primary need from the list, or none")
		}
	default:
		form.Add("outcome", "Select whether the referral is accepted for assessment or closed with no further action")
	}
	ids := make([]hearth.ID, len(teams))
	for i, t := range teams {
		ids[i] = t.ID
	}
	if e.TeamID = idChoice(form, "team", ids); e.TeamID == 0 {
		form.Add("team", "Select the team that takes the referral")
	}
	if form.Valid() {
		if err := e.Validate(); err != nil {
			form.Add("outcome", hearth.ErrorMessage(err))
		}
	}
	if !form.Valid() {
		s.renderReferralNew(w, r, http.StatusUnprocessableEntity, v, teams, form)
		return
	}
	if err := s.db.Insert(r.Context(), actorOf(*u), &e); err != nil {
		s.serverError(w, r, fmt.Errorf("recording the referral of contact %d: %w", v.contact.ID, err))
		return
	}
	s.dropDraft(r)
	if e.ReferralNFA {
		s.setNotice(r, "The referral has been recorded and closed with no further action")
	} else {
		s.setNotice(r, "The referral has been recorded: the child in need episode is open")
	}
	s.redirect(w, r, pathOf(e.PersonID))
}
