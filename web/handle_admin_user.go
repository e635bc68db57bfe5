package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth"
)

// minChangeReason is the fewest characters a reason for changing an account may have, so that the
// history says something an auditor can follow.
const minChangeReason = 5

// loadAdminUser reads the account named by the {id} of the path, answering 404 itself when there is
// none (or it is Hearth's own system account, which no one manages).
func (s *Server) loadAdminUser(w http.ResponseWriter, r *http.Request) (hearth.User, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 || id == hearth.SystemUserID {
		s.notFound(w, r)
		return hearth.User{}, false
	}
	u, err := s.db.UserByID(r.Context(), id)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return u, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return u, false
	}
	u.PasswordHash = "" // never near a page
	return u, true
}

// handleAdminUserForm shows an account with the form to change its role, team, staff record, status and
// end date.
func (s *Server) handleAdminUserForm(w http.ResponseWriter, r *http.Request) {
	u, ok := s.loadAdminUser(w, r)
	if !ok {
		return
	}
	form := NewForm(url.Values{"role": {string(u.Role)}, "team": {idString(u.TeamID)}, "version": {strconv.Itoa(u.Version)},
		"active": {strconv.FormatBool(u.Active)}, "agency": {u.Agency}})
	if u.WorkerID != 0 {
		wk, err := s.db.WorkerByID(r.Context(), u.WorkerID)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		form.Values.Set("staff", wk.StaffID)
	}
	dateInputValues(form.Values, "expires", expiresDate(u.ExpiresAt))
	// A draft carries the version it was typed against, so saving it after someone else has changed the
	// account is refused rather than overwriting their change.
	s.keptDraft(r, form, nil)
	s.renderAdminUser(w, r, http.StatusOK, u, form)
}

// renderAdminUser shows an account and its change form.
func (s *Server) renderAdminUser(w http.ResponseWriter, r *http.Request, status int, u hearth.User, form *Form) {
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := adminUserFormData{User: &u, Roles: roleChoices(), Teams: teams, Agencies: agencyChoices()}
	if u.WorkerID != 0 {
		if wk, err := s.db.WorkerByID(r.Context(), u.WorkerID); err == nil {
			data.Worker = wk.Name + " (" + wk.StaffID + ")"
		}
	}
	p := s.newPage(r, u.Name)
	p.Notice = s.takeNotice(r)
	p.Form, p.Data = form, data
	s.render(w, r, status, "admin_user", p)
}

// handleAdminUser changes an account through the store's amendment, which keeps the earlier version in
// the record's history with the reason and writes the change to the audit log. The change is based on
// the version the administrator saw, so two administrators cannot silently overwrite each other.
// Disabling an account ends its sessions at once. An administrator may not disable their own account or
// take away their own role, so the organisation is never left with no one to manage accounts by mistake.
func (s *Server) handleAdminUser(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	u, ok := s.loadAdminUser(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
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
	active := form.Value("active")
	if active != "true" && active != "false" {
		form.Add("active", "Select whether the account can be used")
	}
	reason := strings.TrimSpace(form.Value("reason"))
	if utf8.RuneCountInString(reason) < minChangeReason {
		form.Add("reason", "Enter why the account is changing, so the history says why")
	}
	admin := userOf(r)
	if u.ID == admin.ID && (active == "false" || f.Role != hearth.RoleAdministrator) {
		form.Add("role", "You cannot disable your own account or change your own role: ask another administrator")
	}
	version, err := strconv.Atoi(form.Value("version"))
	if err != nil {
		form.Add("reason", "The form was missing the account's version: open the account again and make the change")
	}
	if !form.Valid() {
		s.renderAdminUser(w, r, http.StatusUnprocessableEntity, u, form)
		return
	}
	wasActive := u.Active
	u.Role, u.TeamID, u.WorkerID, u.Active, u.ExpiresAt, u.Version = f.Role, f.TeamID, f.Worker.ID, active == "true", f.Expires, version
	u.Agency = f.Agency
	if err := s.db.UpdateUser(r.Context(), actorOf(*admin), &u, reason); err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.ECONFLICT, hearth.EINVALID:
			form.Add("reason", hearth.ErrorMessage(err))
			fresh, ok := s.loadAdminUser(w, r)
			if !ok {
				return
			}
			// Saving again applies what was typed to the account as it now is, which the page shows.
			form.Values.Set("version", strconv.Itoa(fresh.Version))
			status := http.StatusUnprocessableEntity
			if hearth.ErrorCode(err) == hearth.ECONFLICT {
				status = http.StatusConflict
			}
			s.renderAdminUser(w, r, status, fresh, form)
		default:
			s.serverError(w, r, fmt.Errorf("changing account %d: %w", u.ID, err))
		}
		return
	}
	if wasActive && !u.Active {
		if _, err := s.db.EndUserSessions(r.Context(), u.ID); err != nil {
			s.serverError(w, r, fmt.Errorf("ending the sessions of disabled account %d: %w", u.ID, err))
			return
		}
	}
	s.dropDraft(r)
	s.setNotice(r, "The account of "+u.Name+" has been changed")
	s.redirect(w, r, fmt.Sprintf("/admin/users/%d", u.ID))
}
