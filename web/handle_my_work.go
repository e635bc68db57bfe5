package web

import (
	"fmt"
	"net/http"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
)

// myWorkRoles hold children and so have work due: practitioners, team managers, the front door and
// reviewing officers (who chair conferences).
var myWorkRoles = []hearth.Role{hearth.RolePractitioner, hearth.RoleTeamManager, hearth.RoleFrontDoor, hearth.RoleReviewingOfficer}

// myWorkData is the My work page's own data.
type myWorkData struct {
	// NoWorker is true when the account belongs to no worker, so it can hold no children.
	NoWorker bool
	On       string
	Children int
	// Total is how many items are open; Overdue and DueSoon how many of them are overdue or due soon.
	Total, Overdue, DueSoon int
	Table                   dutyTable
	// TeamOverdue links a team manager to their team's overdue items.
	TeamOverdue string
}

// handleMyWork lists what is due for the children allocated to the signed-in user's worker today, for the
// role each is held in (a conference chair sees the conferences), soonest due first, a page at a time.
// The items come from the duty engine, the one definition of every timescale, with the organisation's
// settings. The children whose items are read are written to the audit log as one list.
func (s *Server) handleMyWork(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	p := s.newPage(r, "My work")
	today := s.today()
	data := myWorkData{On: longDate(today)}
	if u.Role == hearth.RoleTeamManager && u.TeamID != 0 {
		data.TeamOverdue = fmt.Sprintf("/teams/%d/overdue", u.TeamID)
	}
	if u.WorkerID == 0 {
		data.NoWorker = true
		p.Data = data
		s.render(w, r, http.StatusOK, "my_work", p)
		return
	}
	ctx := r.Context()
	settings, err := s.dutySettings(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	cal := calendar.England()
	list, err := duty.ForWorker(ctx, s.db, actorOf(*u), u.WorkerID, today, settings, cal)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("reading the due items of user %d: %w", u.ID, err))
		return
	}
	if list.Problems != nil {
		s.log.Warn("due items not dated", "worker", u.WorkerID, "err", list.Problems)
	}
	data.Children, data.Total = list.Children, len(list.Items)
	for _, it := range list.Items {
		switch it.State {
		case duty.StateOverdue:
			data.Overdue++
		case duty.StateDueSoon:
			data.DueSoon++
		}
	}
	n, page := pageNumber(r)
	data.Table = dutyTable{Caption: "What is due", Pages: newPagination(r, n, len(list.Items))}
	from, to := min(page.Offset, len(list.Items)), min(page.Offset+page.Limit, len(list.Items))
	for _, it := range list.Items[from:to] {
		data.Table.Items = append(data.Table.Items, listedRowOf(it, today, cal))
	}
	p.Data = data
	s.render(w, r, http.StatusOK, "my_work", p)
}
