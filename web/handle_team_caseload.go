package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"hearth"
	"hearth/access"
)

// teamCaseloadData is the team caseload page's own data.
type teamCaseloadData struct {
	TeamID   hearth.ID
	TeamName string
	On       string
	// CanAllocate is true for the team's own managers; the others see the page read only.
	CanAllocate bool
	// Children is how many children the team's workers hold between them.
	Children int
	// PerFTE is the team's allocations per full-time equivalent worker, to one decimal place ("" when
	// the team has no FTE recorded), and Agency how many of its workers are agency staff: the two
	// figures a manager is asked about a team's capacity.
	PerFTE           string
	Agency           int
	Workers          []workerRow
	Unallocated      []caseloadRow
	UnallocatedTotal int
	Pages            pagination
}

// workerRow is one worker of a team with their caseload, as the page shows it.
type workerRow struct {
	ID       hearth.ID
	Name     string
	JobTitle string
	Agency   bool
	FTE      string
	Count    int
	Children []caseloadRow
}

// teamFromPath reads the {id} of a /teams/{id}/... path and checks the signed-in user may see that
// team's caseloads, answering the request itself (404 or 403) and returning ok false when not. A team
// manager sees their own team only; quality assurance and senior leaders see every team.
func (s *Server) teamFromPath(w http.ResponseWriter, r *http.Request) (hearth.Team, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return hearth.Team{}, false
	}
	u := userOf(r)
	subj := subjectOf(*u)
	if !access.CanAllocate(subj, id, s.now()) && !slices.Contains([]hearth.Role{hearth.RoleQuality, hearth.RoleSeniorLeader}, u.Role) {
		s.errorPage(w, r, http.StatusForbidden, "You cannot see this team's caseloads",
			"Team managers see the caseloads of their own team. If your work needs this team's, ask its manager.")
		return hearth.Team{}, false
	}
	team, err := s.db.TeamByID(r.Context(), id)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return team, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return team, false
	}
	return team, true
}

// handleTeamCaseload shows each worker of a team with the children they hold today, and the children the
// team holds with no worker, which is the number a manager must bring to nought. The store writes the
// children shown to the audit log.
func (s *Server) handleTeamCaseload(w http.ResponseWriter, r *http.Request) {
	team, ok := s.teamFromPath(w, r)
	if !ok {
		return
	}
	u := userOf(r)
	today := s.today()
	n, page := pageNumber(r)
	tc, err := s.db.TeamCaseload(r.Context(), actorOf(*u), team.ID, today, page)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("reading the caseloads of team %d: %w", team.ID, err))
		return
	}
	data := teamCaseloadData{TeamID: team.ID, TeamName: team.Name, On: longDate(today),
		CanAllocate:      access.CanAllocate(subjectOf(*u), team.ID, s.now()),
		UnallocatedTotal: tc.UnallocatedTotal, Pages: newPagination(r, n, tc.UnallocatedTotal)}
	held := map[hearth.ID]bool{}
	for _, wk := range tc.Workers {
		row := workerRow{ID: wk.WorkerID, Name: wk.Name, JobTitle: jobTitleLabel(wk.JobTitle), Agency: wk.Employment == "agency",
			FTE: strconv.FormatFloat(wk.FTE, 'f', -1, 64), Count: wk.Count}
		for _, c := range wk.Children {
			row.Children = append(row.Children, caseloadRowOf(c, today))
			held[c.PersonID] = true
		}
		data.Workers = append(data.Workers, row)
	}
	// A child held by two of the team's workers (a social worker and a family support worker) is
	// counted once.
	data.Children = len(held)
	var fte float64
	var allocations int
	for _, wk := range tc.Workers {
		fte += wk.FTE
		allocations += wk.Count
		if wk.Employment == "agency" {
			data.Agency++
		}
	}
	if fte > 0 {
		data.PerFTE = strconv.FormatFloat(float64(allocations)/fte, 'f', 1, 64)
	}
	for _, c := range tc.Unallocated {
		data.Unallocated = append(data.Unallocated, caseloadRowOf(c, today))
	}
	p := s.newPage(r, team.Name+": caseloads")
	p.Notice = s.takeNotice(r)
	p.Data = data
	s.render(w, r, http.StatusOK, "team_caseload", p)
}

// jobTitleLabels are the job titles of workers as people say them.
var jobTitleLabels = map[string]string{
	"social_worker":         "Social worker",
	"senior_social_worker":  "Senior social worker",
	"advanced_practitioner": "Advanced practitioner",
	"team_manager":          "Team manager",
	"personal_adviser":      "Personal adviser",
	"reviewing_officer":     "Independent reviewing officer",
	"conference_chair":      "Conference chair",
	"family_support_worker": "Family support worker",
}

// jobTitleLabel returns a job title as people say it.
func jobTitleLabel(code string) string {
	if l, ok := jobTitleLabels[code]; ok {
		return l
	}
	return code
}
