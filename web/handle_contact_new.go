package web

import (
	"fmt"
	"net/http"
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
)

// contactWriters are the roles that record contacts (access.CanRecordContact decides for each child).
var contactWriters = Roles(hearth.RoleFrontDoor, hearth.RolePractitioner, hearth.RoleTeamManager)

// contactNewData is the new-contact form's own data.
type contactNewData struct {
	Child fdChild
	F     fdForm
	// The code lists the form offers, each with its meaning.
	Sources, Reasons, Consent []choice
	// DomesticAbuse is the one checkbox saying the contact is a police domestic abuse notification.
	DomesticAbuse []choice
}

// childForContact decides whether the user may record a contact about the child in the path
// (access.CanRecordContact), and returns the child's person row. The front door takes contacts about any
// child, including one it could not yet open, so this reads only the person (an audited read of that
// row) rather than the whole record. A sealed record asks for a break-glass reason as openChild does. It
// answers the request itself when the user may not.
func (s *Server) childForContact(w http.ResponseWriter, r *http.Request) (hearth.Person, bool) {
	var p hearth.Person
	id, ok := childIDOf(r)
	if !ok {
		s.notFound(w, r)
		return p, false
	}
	ctx, st := r.Context(), sessionOf(r)
	facts, err := s.db.ChildFacts(ctx, id, s.today())
	if err != nil {
		s.refuse(w, r, err)
		return p, false
	}
	d := access.CanRecordContact(subjectOf(st.User), facts, s.now())
	switch d.Outcome {
	case access.Deny:
		s.errorPage(w, r, http.StatusForbidden, "You cannot record a contact about this child", d.Reason)
		return p, false
	case access.BreakGlass:
		broke, err := s.db.BrokeGlassSince(ctx, st.User.ID, id, st.Session.CreatedAt)
		if err != nil {
			s.serverError(w, r, err)
			return p, false
		}
		if !broke {
			s.childError(w, r, id, errBreakGlass{d})
			return p, false
		}
	}
	if err := s.db.Get(ctx, actorOf(st.User), id, &p); err != nil {
		s.refuse(w, r, err)
		return p, false
	}
	if !p.IsChild {
		s.errorPage(w, r, http.StatusNotFound, "Contacts are about children",
			"This person is recorded as an adult who appears in children's records. Record the contact on the child it is about.")
		return p, false
	}
	return p, true
}

// handleContactNewForm shows the form to record a contact: when it came and from whom, what about,
// whether it is a police domestic abuse notification, and how consent was considered.
func (s *Server) handleContactNewForm(w http.ResponseWriter, r *http.Request) {
	p, ok := s.childForContact(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	momentValues(form, "received", s.now())
	s.keptDraft(r, form, nil)
	s.renderContactNew(w, r, http.StatusOK, p, form)
}

// renderContactNew shows the new-contact form with what was typed and its errors.
func (s *Server) renderContactNew(w http.ResponseWriter, r *http.Request, status int, p hearth.Person, form *Form) {
	data := contactNewData{Child: childOf(p, false), F: fdForm{form}, Sources: codeChoices(frontdoor.ReferralSources, true),
		Reasons: codeChoices(frontdoor.ContactReasons, false), Consent: codeChoices(frontdoor.ConsentOptions, false),
		DomesticAbuse: []choice{{Value: "yes", Label: "This is a police domestic abuse notification"}}}
	page := s.newPage(r, childTitle(data.Child.Name, "record a contact"))
	page.Form, page.Data = form, data
	s.render(w, r, status, "contact_new", page)
}

// handleContactNew checks the contact and records it. Every problem is shown at its field with the error
// summary, and everything typed stays in the form.
func (s *Server) handleContactNew(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	p, ok := s.childForContact(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	c, ok := readContact(form, p.ID, s.now())
	if !ok {
		s.renderContactNew(w, r, http.StatusUnprocessableEntity, p, form)
		return
	}
	u := userOf(r)
	if err := s.db.Insert(r.Context(), actorOf(*u), &c); err != nil {
		s.serverError(w, r, fmt.Errorf("recording a contact about %d: %w", p.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, "The contact has been recorded and awaits a decision")
	s.redirect(w, r, contactPath(c.ID))
}

// readContact checks the new-contact form and returns the contact it describes, adding an error to the
// form for each field that is wrong: a time in the future, a source or concern not in the lists, a
// domestic abuse notification not from the police, and a missing reason where consent was not given.
func readContact(form *Form, personID hearth.ID, now time.Time) (frontdoor.Contact, bool) {
	c := frontdoor.Contact{PersonID: personID}
	c.ReceivedAt = momentInput(form, "received", "the contact was received", now, true)
	c.Source = requiredCode(form, "source", frontdoor.ReferralSources, "Select who made the contact")
	c.SourceDetail = optionalText(form, "source_detail")
	c.Summary = requiredText(form, "summary", "Enter what the contact is about")
	c.Reasons = codesOf(form, "reasons", frontdoor.ContactReasons, "Select the concerns from the list")
	c.DomesticAbuseNotification = form.Value("domestic_abuse") == "yes"
	if c.DomesticAbuseNotification && c.Source != "" && c.Source != "6" {
		form.Add("domestic_abuse", "A domestic abuse notification comes from the police: select Police (6) as who made the contact, or untick this")
	}
	c.Consent = requiredCode(form, "consent", frontdoor.ConsentOptions, "Select how consent was considered")
	c.ConsentReason = optionalText(form, "consent_reason")
	switch {
	case c.Consent == frontdoor.ConsentNotNeeded && c.ConsentReason == "":
		form.Add("consent_reason", "Enter why consent was not needed")
	case c.Consent == frontdoor.ConsentRefusedOverridden && c.ConsentReason == "":
		form.Add("consent_reason", "Enter why the refusal of consent was overridden")
	}
	if !form.Valid() {
		return c, false
	}
	if err := c.Validate(); err != nil {
		// The form's own checks cover every rule of Validate; this catches a rule added there later.
		form.Add("summary", hearth.ErrorMessage(err))
		return c, false
	}
	return c, true
}
