package web

import (
	"fmt"
	"net/http"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
)

// teamOverdueData is the team's overdue page's own data.
type teamOverdueData struct {
	TeamID   hearth.ID
	TeamName string
	On       string
	Children int
	Total    int
	Table    dutyTable
}

// handleTeamOverdue lists the overdue items of the children a team holds today (those of its workers,
// and its unallocated children), longest overdue first, a page at a time, with the worker whose work
// each is. It is for the team's managers and for leaders (teamFromPath decides). The children whose
// items are read are written to the audit log as one list.
func (s *Server) handleTeamOverdue(w http.ResponseWriter, r *http.Request) {
	team, ok := s.teamFromPath(w, r)
	if !ok {
		return
	}
	ctx, u, today := r.Context(), userOf(r), s.today()
	settings, err := s.dutySettings(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	cal := calendar.England()
	list, err := duty.ForTeam(ctx, s.db, actorOf(*u), team.ID, today, settings, cal)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("reading the due items of team %d: %w", team.ID, err))
		return
	}
	if list.Problems != nil {
		s.log.Warn("due items not dated", "team", team.ID, "err", list.Problems)
	}
	workers, err := s.db.TeamWorkers(ctx, team.ID, today)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	names := map[hearth.ID]string{}
	for _, w := range workers {
		names[w.WorkerID] = w.Name
	}
	var overdue []duty.Listed
	for _, it := range list.Items {
		if it.State == duty.StateOverdue {
			overdue = append(overdue, it)
		}
	}
	data := teamOverdueData{TeamID: team.ID, TeamName: team.Name, On: longDate(today), Children: list.Children, Total: len(overdue)}
	n, page := pageNumber(r)
	data.Table = dutyTable{Caption: "Overdue work", Team: true, Pages: newPagination(r, n, len(overdue))}
	from, to := min(page.Offset, len(overdue)), min(page.Offset+page.Limit, len(overdue))
	for _, it := range overdue[from:to] {
		row := listedRowOf(it, today, cal)
		row.Worker = names[it.Child.WorkerOf()]
		if row.Worker == "" {
			row.Worker = "Not allocated"
		}
		data.Table.Items = append(data.Table.Items, row)
	}
	p := s.newPage(r, "Overdue work: "+team.Name)
	p.Data = data
	s.render(w, r, http.StatusOK, "team_overdue", p)
}
