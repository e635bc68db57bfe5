package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth/auth"
)

// handleAdminUserPassword gives an account a new one-time password, for a person who has forgotten
// theirs or whose password may be known to someone else. The old hash goes to the account's history with
// the reason (store.DB.SetPassword), the change is audited, and every session of the account ends, so
// whoever knew the old password is signed out. The new password is shown once, on the page that answers.
func (s *Server) handleAdminUserPassword(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	u, ok := s.loadAdminUser(w, r)
	if !ok {
		return
	}
	admin := userOf(r)
	reason := strings.TrimSpace(r.PostForm.Get("password-reason"))
	if utf8.RuneCountInString(reason) < minChangeReason || u.ID == admin.ID {
		form := NewForm(url.Values{"role": {string(u.Role)}, "team": {idString(u.TeamID)}, "version": {strconv.Itoa(u.Version)},
			"active": {strconv.FormatBool(u.Active)}, "password-reason": {reason}})
		dateInputValues(form.Values, "expires", expiresDate(u.ExpiresAt))
		if u.ID == admin.ID {
			form.Add("password-reason", "Ask another administrator to set a new password for your own account")
		} else {
			form.Add("password-reason", "Enter why the account needs a new password")
		}
		s.renderAdminUser(w, r, http.StatusUnprocessableEntity, u, form)
		return
	}
	password := auth.NewPassword()
	if err := s.db.SetPassword(r.Context(), actorOf(*admin), u.ID, auth.HashPassword(password), reason); err != nil {
		s.serverError(w, r, fmt.Errorf("setting a new password for account %d: %w", u.ID, err))
		return
	}
	if _, err := s.db.EndUserSessions(r.Context(), u.ID); err != nil {
		s.serverError(w, r, fmt.Errorf("ending the sessions of account %d after a new password: %w", u.ID, err))
		return
	}
	p := s.newPage(r, "New password set")
	p.Data = adminUserCreatedData{User: u, Password: password, Reset: true}
	s.render(w, r, http.StatusOK, "admin_user_created", p)
}
