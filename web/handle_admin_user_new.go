package web

import (
	"fmt"
	"net/http"
	"strings"

	"hearth"
	"hearth/auth"
	"hearth/store"
)

// adminUserFormData is the account form's own data (new and change both use it).
type adminUserFormData struct {
	User  *hearth.User // the account being changed; nil for a new one
	Roles []roleChoice
	Teams []store.TeamSummary
	// Worker names the worker the account belongs to, for the change form.
	Worker string
	// Agencies are the partner agencies a partner agency account may answer for.
	Agencies []choice
}

// adminUserCreatedData is the page shown once after an account is made.
type adminUserCreatedData struct {
	User     hearth.User
	Password string // the one-time password, shown only on this page; "" for OpenID Connect accounts
	// Reset is true when an existing account was given a new password, rather than a new account made.
	Reset bool
}

// handleAdminUserNewForm shows the form to add an account.
func (s *Server) handleAdminUserNewForm(w http.ResponseWriter, r *http.Request) {
	form := NewForm(nil)
	form.Values.Set("signin", "password")
	s.keptDraft(r, form, nil)
	s.renderAdminUserNew(w, r, http.StatusOK, form)
}

// renderAdminUserNew shows the add-an-account form with what was typed and its errors.
func (s *Server) renderAdminUserNew(w http.ResponseWriter, r *http.Request, status int, form *Form) {
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	p := s.newPage(r, "Add a user")
	p.Form, p.Data = form, adminUserFormData{Roles: roleChoices(), Teams: teams, Agencies: agencyChoices()}
	s.render(w, r, status, "admin_user_new", p)
}

// handleAdminUserNew adds an account. A local account gets a one-time password, shown once on the page
// that answers this form and never stored except as its argon2id hash, so the administrator passes it on
// and the person changes it; an OpenID Connect account has no password at all and signs in through the
// organisation's identity provider. The store writes the new account to the audit log.
func (s *Server) handleAdminUserNew(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	form := NewForm(r.PostForm)
	checkNameAndEmail(form)
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	f, err := s.readAccountFields(r.Context(), form, teams)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	signin := form.Value("signin")
	if signin != "password" && signin != "oidc" {
		form.Add("signin", "Select how the person will sign in")
	}
	if !f.Expires.IsZero() && !f.Expires.After(s.now()) {
		form.Add("expires-day", "The date the account stops working must be in the future")
	}
	if !form.Valid() {
		s.renderAdminUserNew(w, r, http.StatusUnprocessableEntity, form)
		return
	}
	u := hearth.User{Name: strings.TrimSpace(form.Value("name")), Email: strings.TrimSpace(form.Value("email")),
		Role: f.Role, TeamID: f.TeamID, WorkerID: f.Worker.ID, Active: true, ExpiresAt: f.Expires, Agency: f.Agency}
	password := ""
	if signin == "password" {
		password = auth.NewPassword()
		u.PasswordHash = auth.HashPassword(password)
	}
	admin := userOf(r)
	if err := s.db.CreateUser(r.Context(), actorOf(*admin), &u); err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.ECONFLICT:
			form.Add("email", hearth.ErrorMessage(err))
		case hearth.EINVALID:
			form.Add("name", hearth.ErrorMessage(err))
		default:
			s.serverError(w, r, fmt.Errorf("adding an account: %w", err))
			return
		}
		s.renderAdminUserNew(w, r, http.StatusUnprocessableEntity, form)
		return
	}
	s.dropDraft(r)
	p := s.newPage(r, "Account added")
	p.Data = adminUserCreatedData{User: u, Password: password}
	s.render(w, r, http.StatusOK, "admin_user_created", p)
}
