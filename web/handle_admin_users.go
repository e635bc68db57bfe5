package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/store"
)

// adminUsersData is the list of accounts' own data.
type adminUsersData struct {
	Users  []adminUserRow
	Total  int
	Pages  pagination
	Roles  []roleChoice
	Teams  []store.TeamSummary
	Filter *Form // the filters as chosen, shown back in the filter form
}

// adminUserRow is one account in the list, in words.
type adminUserRow struct {
	ID     hearth.ID
	Name   string
	Email  string
	Role   string
	Team   string
	Status string // Active, Disabled or Ended
	Ends   string
}

// handleAdminUsers lists the accounts a page at a time, filtered by role, team, status and part of a name
// or email. The filters are a GET form, so a filtered list can be bookmarked and works with JavaScript
// off. No child data is shown: administrators manage accounts, not records.
func (s *Server) handleAdminUsers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	filter := NewForm(q)
	teams, err := s.db.ListTeams(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	n, page := pageNumber(r)
	f := store.UserFilter{Name: q.Get("q"), Page: page}
	if role, err := hearth.ParseRole(q.Get("role")); err == nil {
		f.Role = role
	}
	if id, err := strconv.ParseInt(q.Get("team"), 10, 64); err == nil {
		f.TeamID = id
	}
	switch q.Get("status") {
	case "active":
		yes := true
		f.Active = &yes
	case "disabled":
		no := false
		f.Active = &no
	}
	list, err := s.db.ListUsers(r.Context(), f)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	teamNames := map[hearth.ID]string{}
	for _, t := range teams {
		teamNames[t.ID] = t.Name
	}
	data := adminUsersData{Total: list.Total, Pages: newPagination(r, n, list.Total), Roles: roleChoices(), Teams: teams, Filter: filter}
	now := s.now()
	for _, u := range list.Users {
		row := adminUserRow{ID: u.ID, Name: u.Name, Email: u.Email, Role: RoleLabel(u.Role), Team: teamNames[u.TeamID],
			Status: "Active", Ends: longDate(expiresDate(u.ExpiresAt))}
		switch {
		case !u.Active:
			row.Status = "Disabled"
		case subjectOf(u).Ended(now):
			row.Status = "Ended"
		}
		data.Users = append(data.Users, row)
	}
	p := s.newPage(r, "Users")
	p.Notice = s.takeNotice(r)
	p.Data = data
	s.render(w, r, http.StatusOK, "admin_users", p)
}
