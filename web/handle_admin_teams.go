package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth"
	"hearth/store"
)

// adminTeamsData is the teams page's own data.
type adminTeamsData struct {
	Teams []store.TeamSummary
	// Team is the team being renamed, on the rename page.
	Team *hearth.Team
}

// handleAdminTeams lists the teams with how many accounts and workers each has, and the form to add one.
func (s *Server) handleAdminTeams(w http.ResponseWriter, r *http.Request) {
	s.renderAdminTeams(w, r, http.StatusOK, NewForm(nil))
}

// renderAdminTeams shows the teams page with the add-a-team form's values and errors.
func (s *Server) renderAdminTeams(w http.ResponseWriter, r *http.Request, status int, form *Form) {
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	p := s.newPage(r, "Teams")
	p.Notice = s.takeNotice(r)
	p.Form, p.Data = form, adminTeamsData{Teams: teams}
	s.render(w, r, status, "admin_teams", p)
}

// handleAdminTeamCreate adds a team. Its name must be new, because people choose a team by its name.
// The store writes the new team to the audit log.
func (s *Server) handleAdminTeamCreate(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	form := NewForm(r.PostForm)
	t := hearth.Team{Name: form.Value("name")}
	if strings.TrimSpace(t.Name) == "" {
		form.Add("name", "Enter the team's name")
		s.renderAdminTeams(w, r, http.StatusUnprocessableEntity, form)
		return
	}
	if err := s.db.CreateTeam(r.Context(), actorOf(*userOf(r)), &t); err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.EINVALID, hearth.ECONFLICT:
			form.Add("name", hearth.ErrorMessage(err))
			s.renderAdminTeams(w, r, http.StatusUnprocessableEntity, form)
		default:
			s.serverError(w, r, fmt.Errorf("adding a team: %w", err))
		}
		return
	}
	s.setNotice(r, "The team "+t.Name+" has been added")
	s.redirect(w, r, "/admin/teams")
}

// loadAdminTeam reads the team named by the {id} of the path, answering 404 itself when there is none.
func (s *Server) loadAdminTeam(w http.ResponseWriter, r *http.Request) (hearth.Team, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return hearth.Team{}, false
	}
	t, err := s.db.TeamByID(r.Context(), id)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return t, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return t, false
	}
	return t, true
}

// handleAdminTeamForm shows the form to rename a team.
func (s *Server) handleAdminTeamForm(w http.ResponseWriter, r *http.Request) {
	t, ok := s.loadAdminTeam(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	form.Values.Set("name", t.Name)
	form.Values.Set("version", strconv.Itoa(t.Version))
	s.renderAdminTeam(w, r, http.StatusOK, t, form)
}

// renderAdminTeam shows the rename form.
func (s *Server) renderAdminTeam(w http.ResponseWriter, r *http.Request, status int, t hearth.Team, form *Form) {
	p := s.newPage(r, "Rename "+t.Name)
	p.Form, p.Data = form, adminTeamsData{Team: &t}
	s.render(w, r, status, "admin_team", p)
}

// handleAdminTeamRename renames a team, based on the version the administrator saw, keeping the old name
// in the team's history with the reason. Everything that refers to the team shows the new name at once.
func (s *Server) handleAdminTeamRename(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	t, ok := s.loadAdminTeam(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if strings.TrimSpace(form.Value("name")) == "" {
		form.Add("name", "Enter the team's new name")
	}
	reason := strings.TrimSpace(form.Value("reason"))
	if utf8.RuneCountInString(reason) < minChangeReason {
		form.Add("reason", "Enter why the team is being renamed")
	}
	version, err := strconv.Atoi(form.Value("version"))
	if err != nil {
		version = t.Version
	}
	if !form.Valid() {
		s.renderAdminTeam(w, r, http.StatusUnprocessableEntity, t, form)
		return
	}
	renamed, err := s.db.RenameTeam(r.Context(), actorOf(*userOf(r)), t.ID, version, form.Value("name"), reason)
	if err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.EINVALID, hearth.ECONFLICT:
			form.Add("name", hearth.ErrorMessage(err))
			if fresh, err := s.db.TeamByID(r.Context(), t.ID); err == nil {
				t = fresh
				form.Values.Set("version", strconv.Itoa(t.Version))
			}
			s.renderAdminTeam(w, r, http.StatusUnprocessableEntity, t, form)
		default:
			s.serverError(w, r, fmt.Errorf("renaming team %d: %w", t.ID, err))
		}
		return
	}
	s.setNotice(r, t.Name+" is now called "+renamed.Name)
	s.redirect(w, r, "/admin/teams")
}
