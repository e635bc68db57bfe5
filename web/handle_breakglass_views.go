package web

import (
	"net/http"
	"time"

	"hearth"
	"hearth/access"
	"hearth/store"
)

// breakGlassViewsPolicy is who may open the break-glass views page: team managers for their own team,
// and quality assurance (with the data protection officer) and senior leaders for every team.
var breakGlassViewsPolicy = Roles(hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleSeniorLeader)

// breakGlassWindow is how far back the page looks: long enough to cover a month of a manager's
// checking, short enough to read.
const breakGlassWindow = 30 * 24 * time.Hour

// breakGlassViewsData is the page's own data.
type breakGlassViewsData struct {
	Views     []breakGlassRow
	Since     time.Time
	TeamScope bool // true for a manager's own team, false for every team
}

// breakGlassRow is one view with the role in words.
type breakGlassRow struct {
	store.BreakGlassView
	RoleName string
}

// handleBreakGlassViews lists the restricted records opened by people not named on them, with their
// reasons, over the last 30 days: for a team manager, those of children their team holds and those made
// by their team's members; for quality assurance and senior leaders, every team's. Reasons are shown to
// managers so that breaking the glass is checked by someone, which is what makes it safe to allow.
func (s *Server) handleBreakGlassViews(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	team := hearth.ID(0)
	if u.Role == hearth.RoleTeamManager {
		team = u.TeamID
	}
	now := s.now()
	if !access.CanSeeBreakGlassViews(subjectOf(*u), team, now) {
		s.errorPage(w, r, http.StatusForbidden, "You cannot use this page",
			"Your account is not linked to a team. Ask an administrator to set your team.")
		return
	}
	since := now.Add(-breakGlassWindow)
	views, err := s.db.BreakGlassViews(r.Context(), team, since)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := breakGlassViewsData{Since: since, TeamScope: team != 0}
	for _, v := range views {
		data.Views = append(data.Views, breakGlassRow{BreakGlassView: v, RoleName: RoleLabel(v.Role)})
	}
	p := s.newPage(r, "Break-glass views")
	p.Data = data
	s.render(w, r, http.StatusOK, "breakglass_views", p)
}
