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
	Named    []store.AccessGrant
	Revoked  []store.AccessGrant
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
	var notice string
	switch r.URL.Query().Get("done") {
	case "named":
		notice = "The person has been named on the record."
	case "removed":
		notice = "The person is no longer named on the record."
	}
	s.renderNamed(w, r, http.StatusOK, id, NewForm(nil), notice)
}

func (s *Server) renderNamed(w http.ResponseWriter, r *http.Request, status int, id hearth.ID, form *Form, notice string) {
	grants, err := s.db.RestrictedAccess(r.Context(), id)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := namedData{PersonID: id}
	for _, g := range grants {
		if g.RevokedAt.IsZero() {
			data.Named = append(data.Named, g)
		} else {
			data.Revoked = append(data.Revoked, g)
		}
	}
	p := s.newPage(r, "People named on this restricted record")
	p.Form, p.Data, p.Notice = form, data, notice
	s.render(w, r, status, "named", p)
}

// handleNameOnRestricted names a user, found by email, on the restricted record, with a reason; the
// store writes the naming and the reason to the audit log.
func (s *Server) handleNameOnRestricted(w http.ResponseWriter, r *http.Request) {
	id, ok := s.namingAllowed(w, r)
	if !ok {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
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
		named, err = s.db.AccountByEmail(r.Context(), email)
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
			s.redirect(w, r, pathOf(id)+"/named?done=named")
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
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
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
		s.redirect(w, r, pathOf(id)+"/named?done=removed")
	case code == hearth.ENOTFOUND || code == hearth.EINVALID:
		form.Add(field, hearth.ErrorMessage(err))
		s.renderNamed(w, r, http.StatusUnprocessableEntity, id, form, "")
	default:
		s.serverError(w, r, err)
	}
}
