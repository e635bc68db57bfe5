package web

import (
	"fmt"
	"net/http"

	"hearth"
	"hearth/store"
	"hearth/workforce"
)

// visitGapDays is how long since the last visit the caseload flags a child. It is not a statutory
// finding: the visiting duties differ by plan (child protection every 10 working days, a looked-after
// child every six weeks in the first year of a placement, local child in need standards of four to six
// weeks), and the duty engine will say exactly when each visit is due. But six weeks is the longest gap
// most of those patterns allow, so a child not seen for longer is worth a worker's attention today.
const visitGapDays = 42

// caseloadData is the my caseload page's own data.
type caseloadData struct {
	// NoWorker is true when the account belongs to no worker, so it can hold no children.
	NoWorker bool
	On       string
	Total    int
	Children []caseloadRow
	Pages    pagination
}

// caseloadRow is one child on a caseload as the page shows it: every value already in words.
type caseloadRow struct {
	ID        hearth.ID
	Name      string
	Masked    bool
	LAChildID string
	Age       string
	Role      string
	RoleCode  string
	Since     string
	LastVisit string
	// VisitAgo says how long ago the last visit was, such as "12 days ago"; VisitGap is true when it was
	// more than visitGapDays ago, or there has been none since the allocation began that long ago.
	VisitAgo string
	VisitGap bool
	Last     string
	LastDate string
}

// caseloadRoles are the roles that hold cases and so have a caseload of their own.
var caseloadRoles = []hearth.Role{hearth.RolePractitioner, hearth.RolePersonalAdviser, hearth.RoleTeamManager,
	hearth.RoleReviewingOfficer, hearth.RoleFrontDoor}

// handleCaseload shows the children allocated to the signed-in user's worker today, with the latest
// visit and what happened last for each, a page at a time. The store writes the list shown to the
// audit log.
func (s *Server) handleCaseload(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	p := s.newPage(r, "My caseload")
	p.Notice = s.takeNotice(r)
	today := s.today()
	data := caseloadData{On: longDate(today)}
	if u.WorkerID == 0 {
		data.NoWorker = true
		p.Data = data
		s.render(w, r, http.StatusOK, "caseload", p)
		return
	}
	n, page := pageNumber(r)
	cl, err := s.db.MyCaseload(r.Context(), actorOf(*u), u.WorkerID, today, page)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("reading the caseload of user %d: %w", u.ID, err))
		return
	}
	data.Total = cl.Total
	data.Pages = newPagination(r, n, cl.Total)
	for _, c := range cl.Children {
		data.Children = append(data.Children, caseloadRowOf(c, today))
	}
	p.Data = data
	s.render(w, r, http.StatusOK, "caseload", p)
}

// caseloadRowOf puts a caseload child into words as on today.
func caseloadRowOf(c store.CaseloadChild, today hearth.Date) caseloadRow {
	row := caseloadRow{ID: c.PersonID, Masked: c.Masked, LAChildID: c.LAChildID.String(),
		Role: allocationRoleLabel(c.Role), RoleCode: c.Role, Since: longDate(c.Since), Last: c.Last.What, LastDate: longDate(c.Last.Date)}
	switch {
	case c.Masked:
		row.Name = "Restricted record"
	default:
		row.Name = c.Forename + " " + c.Surname
	}
	if !c.BirthDate.IsZero() {
		row.Age = agePhrase(c.BirthDate, today)
	}
	// Only the workers who visit (a social worker or personal adviser) are flagged: a reviewing officer
	// or conference chair holding the child is not expected to make the visits.
	visits := c.Role == "" || c.Role == workforce.RoleSocialWorker || c.Role == workforce.RolePersonalAdviser
	if !c.LastVisit.IsZero() {
		row.LastVisit = longDate(c.LastVisit)
		days := today.DaysSince(c.LastVisit)
		row.VisitAgo = daysAgo(days)
		row.VisitGap = visits && days > visitGapDays
	} else if visits && !c.Since.IsZero() && today.DaysSince(c.Since) > visitGapDays {
		row.VisitGap = true
	}
	return row
}

// allocationRoleLabel returns an allocation role as people say it.
func allocationRoleLabel(role string) string {
	if role == "" {
		return ""
	}
	if d := workforce.AllocationRoles.Description(role); d != "" {
		return d
	}
	return role
}

// agePhrase says a child's age on a date: in years, or in months for a baby.
func agePhrase(born, on hearth.Date) string {
	years := born.AgeOn(on)
	switch {
	case years < 0:
		return "Unborn"
	case years >= 2:
		return fmt.Sprintf("%d years", years)
	}
	months := 0
	for born.AddMonths(months+1).Before(on) || born.AddMonths(months+1) == on {
		months++
	}
	if months == 1 {
		return "1 month"
	}
	return fmt.Sprintf("%d months", months)
}

// daysAgo says how many days ago something was.
func daysAgo(days int) string {
	switch {
	case days <= 0:
		return "today"
	case days == 1:
		return "yesterday"
	}
	return fmt.Sprintf("%d days ago", days)
}
