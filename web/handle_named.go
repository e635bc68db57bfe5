package web

import (
	"net/http"
	"strconv"
	"strings"

	"hearth"
	"hearth/access"
	"hearth/store"
)

// namingPolicy is who may see and change the people named on a restricted record at all: the roles
// access.CanNameOnRestricted can ever allow (team managers, for the children their team holds, and senior
// leaders). The handler then asks about the child.
var namingPolicy = Roles(hearth.RoleTeamManager, hearth.RoleSeniorLeader)

// namedData is the page of the people named on a restricted record.
type namedData struct {
	PersonID hearth.ID
	Forms    namedForms
	Revoked  []store.AccessGrant
}

// namedForms is what the "named-forms" partial needs, on this page and on the record page: the people
// named now, the forms' values and errors, and the page to come back to after a change (the record
// page, when the forms were sent from it).
type namedForms struct {
	PersonID hearth.ID
	Named    []store.AccessGrant
	Form     *Form
	Back     string
}

// backTo returns where to go after a change to who is named: the child's record page when the form came
// from it, and otherwise the named page.
func backTo(r *http.Request, id hearth.ID) string {
	if r.PostForm.Get("back") == pathOf(id) {
		return pathOf(id)
	}
	return pathOf(id) + "/named"
}

// namingAllowed reads the child in the path and decides whether the signed-in user may change who is
// named on the record (access.CanNameOnRestricted: a manager of a team that holds the child, or a
// senior leader). When not, it has answered: 404 for no such person, 403 otherwise, and a plain page
// when the record is not restricted (there is no one to name).
func (s *Server) namingAllowed(w http.ResponseWriter, r *http.Request) (hearth.ID, bool) {
	id, ok := childIDOf(r)
	if !ok {
		s.notFound(w, r)
		return 0, false
	}
	facts, err := s.db.ChildFacts(r.Context(), id, s.today())
	if err != nil {
		s.refuse(w, r, err)
		return 0, false
	}
	if !access.CanNameOnRestricted(subjectOf(*userOf(r)), facts, s.now()) {
		s.errorPage(w, r, http.StatusForbidden, "You cannot change who is named on this record",
			"Only the managers of the team that holds the child and senior leaders can name people on a restricted record.")
		return 0, false
	}
	if !facts.Restricted {
		s.errorPage(w, r, http.StatusConflict, "This record is not restricted",
			"Everyone whose work includes the child can open it, so there is no one to name.")
		return 0, false
	}
	return id, true
}

// handleNamed shows who is named on a restricted record, with a form to name someone by email and one
// to remove each person named, each asking why. It does not open the record itself: naming is a
// management decision about the seal, and the child's details are not needed to make it.
func (s *Server) handleNamed(w http.ResponseWriter, r *http.Request) {
	id, ok := s.namingAllowed(w, r)
	if !ok {
		return
	}
	s.renderNamed(w, r, http.StatusOK, id, NewForm(nil), s.takeNotice(r))
}

func (s *Server) renderNamed(w http.ResponseWriter, r *http.Request, status int, id hearth.ID, form *Form, notice string) {
	grants, err := s.db.RestrictedAccess(r.Context(), id)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := namedData{PersonID: id, Forms: namedForms{PersonID: id, Form: form, Named: currentGrants(grants)}}
	for _, g := range grants {
		if !g.RevokedAt.IsZero() {
			data.Revoked = append(data.Revoked, g)
		}
	}
	p := s.newPage(r, "People named on this restricted record")
	p.Form, p.Data, p.Notice = form, data, notice
	s.render(w, r, status, "named", p)
}

// handleNameOnRestricted names a user, found by email, on the restricted record, with a reason; the
// store writes the naming and the reason to the audit log. The form is on the record page and on the
// named page; a form with errors is shown again on the named page, which needs no break-glass reason and
// does not read the record again.
func (s *Server) handleNameOnRestricted(w http.ResponseWriter, r *http.Request) {
	id, ok := s.namingAllowed(w, r)
	if !ok {
		return
	}
	if !s.readForm(w, r) {
		return
	}
	form := NewForm(nil)
	email, reason := strings.TrimSpace(r.PostForm.Get("email")), strings.TrimSpace(r.PostForm.Get("reason"))
	form.Values.Set("email", email)
	form.Values.Set("reason", r.PostForm.Get("reason"))
	if email == "" {
		form.Add("email", "Enter the email address of the person to name")
	}
	if reason == "" {
		form.Add("reason", "Enter why this person should be able to open the record")
	}
	var named hearth.User
	if email != "" {
		var err error
		named, err = s.db.UserByEmail(r.Context(), email)
		switch {
		case hearth.ErrorCode(err) == hearth.ENOTFOUND:
			form.Add("email", "There is no account with that email address")
		case err != nil:
			s.serverError(w, r, err)
			return
		case !access.CanSeeChildData(named.Role) || !named.Active:
			form.Add("email", "This account cannot open children's records, so naming it would not let them in")
		}
	}
	if form.Valid() {
		err := s.db.GrantRestrictedAccess(r.Context(), actorOf(*userOf(r)), id, named.ID, reason)
		switch code := hearth.ErrorCode(err); {
		case err == nil:
			s.setNotice(r, named.Name+" is now named on the record")
			s.redirect(w, r, backTo(r, id))
			return
		case code == hearth.ECONFLICT || code == hearth.EINVALID:
			form.Add("email", hearth.ErrorMessage(err))
		default:
			s.serverError(w, r, err)
			return
		}
	}
	s.renderNamed(w, r, http.StatusUnprocessableEntity, id, form, "")
}

// handleRemoveNamed removes a person named on the restricted record, with a reason. The naming is kept,
// marked as ended with who, when and why.
func (s *Server) handleRemoveNamed(w http.ResponseWriter, r *http.Request) {
	id, ok := s.namingAllowed(w, r)
	if !ok {
		return
	}
	if !s.readForm(w, r) {
		return
	}
	userID, err := strconv.ParseInt(r.PostForm.Get("user"), 10, 64)
	if err != nil || userID <= 0 {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
		return
	}
	field := "reason-" + strconv.FormatInt(userID, 10)
	reason := strings.TrimSpace(r.PostForm.Get(field))
	form := NewForm(nil)
	form.Values.Set(field, r.PostForm.Get(field))
	if reason == "" {
		form.Add(field, "Enter why this person should no longer open the record")
		s.renderNamed(w, r, http.StatusUnprocessableEntity, id, form, "")
		return
	}
	err = s.db.RevokeRestrictedAccess(r.Context(), actorOf(*userOf(r)), id, userID, reason)
	switch code := hearth.ErrorCode(err); {
	case err == nil:
		s.setNotice(r, "The person is no longer named on the record")
		s.redirect(w, r, backTo(r, id))
	case code == hearth.ENOTFOUND || code == hearth.EINVALID:
		form.Add(field, hearth.ErrorMessage(err))
		s.renderNamed(w, r, http.StatusUnprocessableEntity, id, form, "")
	default:
		s.serverError(w, r, err)
	}
}
