package web

import (
	"fmt"
	"net/http"

	"hearth"
	"hearth/store"
)

// teamCaseloadRoles may see team caseloads: team managers (their own team's, through
// access.CanAllocate), and quality assurance and senior leaders (every team's, read only), who watch
// caseloads and unallocated children across the service.
var teamCaseloadRoles = []hearth.Role{hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleSeniorLeader}

// teamsData is the team caseloads index's own data.
type teamsData struct {
	Teams []store.TeamSummary
}

// handleTeamCaseloads is where the "Team caseloads" link goes. A team manager is sent straight to their
// own team's caseloads, which is almost always what they want; quality assurance and senior leaders,
// who look across teams, choose a team from the list.
func (s *Server) handleTeamCaseloads(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	if u.Role == hearth.RoleTeamManager {
		if u.TeamID == 0 {
			s.errorPage(w, r, http.StatusOK, "Team caseloads",
				"Your account is not in a team, so there are no team caseloads to show. Ask an administrator to put your account in your team.")
			return
		}
		s.redirect(w, r, fmt.Sprintf("/teams/%d/caseload", u.TeamID))
		return
	}
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	p := s.newPage(r, "Team caseloads")
	p.Data = teamsData{Teams: teams}
	s.render(w, r, http.StatusOK, "teams", p)
}
