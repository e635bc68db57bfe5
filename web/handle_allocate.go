package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/workforce"
)

// allocateData is the allocation form's own data.
type allocateData struct {
	TeamID   hearth.ID
	TeamName string
	ChildID  hearth.ID
	Child    string
	Masked   bool
	Current  []heldRow
	Workers  []workerRow
	Roles    frontdoor.CodeList
	Reasons  frontdoor.CodeList
}

// heldRow is one current allocation of the child, in words.
type heldRow struct {
	Worker, Role, Since string
}

// allocation is the form being allocated: the team, the child and what the page shows about them.
type allocation struct {
	team    hearth.Team
	childID hearth.ID
	child   string
	masked  bool
	current []store.HeldBy
	workers []store.WorkerCaseload
}

// loadAllocation reads what the allocation form needs, answering the request itself (404 or 403) and
// returning ok false when the user may not allocate this child for this team: only the team's managers
// (access.CanAllocate), and only children the team holds, so a manager cannot take another team's child
// by changing the address.
func (s *Server) loadAllocation(w http.ResponseWriter, r *http.Request, childParam string) (allocation, bool) {
	var a allocation
	teamID, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || teamID <= 0 {
		s.notFound(w, r)
		return a, false
	}
	u := userOf(r)
	if !access.CanAllocate(subjectOf(*u), teamID, s.now()) {
		s.errorPage(w, r, http.StatusForbidden, "You cannot allocate this team's children",
			"Children are allocated by the managers of the team that holds them. If a child needs a worker, ask that team's manager.")
		return a, false
	}
	if a.team, err = s.db.TeamByID(r.Context(), teamID); hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return a, false
	} else if err != nil {
		s.serverError(w, r, err)
		return a, false
	}
	a.childID, err = strconv.ParseInt(childParam, 10, 64)
	if err != nil || a.childID <= 0 {
		s.notFound(w, r)
		return a, false
	}
	today := s.today()
	facts, err := s.db.ChildFacts(r.Context(), a.childID, today)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return a, false
	} else if err != nil {
		s.serverError(w, r, err)
		return a, false
	}
	held := false
	for _, t := range facts.TeamIDs {
		held = held || t == teamID
	}
	if !held {
		s.errorPage(w, r, http.StatusForbidden, "This child is not held by your team",
			"You can allocate the children your team holds. If this child should move to your team, ask the manager of the team that holds them.")
		return a, false
	}
	// The child's name is shown only when the manager could open the record without a reason: a sealed
	// record is allocated by its number, as the caseload shows it.
	if access.CanViewChild(subjectOf(*u), facts, s.now()).Outcome == access.Allow {
		var p hearth.Person
		if err := s.db.Get(r.Context(), actorOf(*u), a.childID, &p); err != nil {
			s.serverError(w, r, err)
			return a, false
		}
		a.child = strings.TrimSpace(p.Forename + " " + p.Surname)
	} else {
		a.child, a.masked = "Restricted record", true
	}
	if a.current, err = s.db.ChildAllocations(r.Context(), a.childID, today); err != nil {
		s.serverError(w, r, err)
		return a, false
	}
	if a.workers, err = s.db.TeamWorkers(r.Context(), teamID, today); err != nil {
		s.serverError(w, r, err)
		return a, false
	}
	return a, true
}

// handleAllocateForm shows the form to allocate or reallocate a child: which worker of the team, in
// which role, from which date, and, when the child already has a worker in that role, why it changes.
func (s *Server) handleAllocateForm(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	a, ok := s.loadAllocation(w, r, q.Get("child"))
	if !ok {
		return
	}
	form := NewForm(url.Values{"child": {q.Get("child")}})
	role := q.Get("role")
	if !workforce.AllocationRoles.Has(role) {
		role = workforce.RoleSocialWorker
	}
	form.Values.Set("role", role)
	dateInputValues(form.Values, "start", s.today())
	s.keptDraft(r, form, func(v url.Values) bool { return v.Get("child") == q.Get("child") })
	s.renderAllocate(w, r, http.StatusOK, a, form)
}

// handleAllocate checks the allocation form and allocates the child through the store, which ends a
// current allocation in the same role on the start date (the handover day) and keeps its history. A
// problem shows the form again with the error summary and everything typed.
func (s *Server) handleAllocate(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	a, ok := s.loadAllocation(w, r, r.PostForm.Get("child"))
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	workerID, _ := strconv.ParseInt(form.Value("worker"), 10, 64)
	var worker *store.WorkerCaseload
	for i := range a.workers {
		if a.workers[i].WorkerID == workerID {
			worker = &a.workers[i]
		}
	}
	if worker == nil {
		form.Add("worker", "Select the worker to allocate the child to")
	}
	role := form.Value("role")
	if !workforce.AllocationRoles.Has(role) {
		form.Add("role", "Select what the worker will be to the child")
	}
	from := requiredDate(form, "start", "The date the allocation starts", true)
	reason := form.Value("reason")
	switch {
	case reason != "" && !workforce.SocialWorkerChangeReasons.Has(reason):
		form.Add("reason", "Select a reason from the list")
	case reason == "" && role == workforce.RoleSocialWorker && a.holds(role, workerID):
		form.Add("reason", "Select why the child's social worker is changing")
	}
	if !form.Valid() {
		s.renderAllocate(w, r, http.StatusUnprocessableEntity, a, form)
		return
	}
	u := userOf(r)
	if _, err := s.db.Allocate(r.Context(), actorOf(*u), a.childID, workerID, role, from, reason); err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.EINVALID, hearth.ECONFLICT, hearth.ENOTFOUND:
			form.Add("worker", hearth.ErrorMessage(err))
			s.renderAllocate(w, r, http.StatusUnprocessableEntity, a, form)
		default:
			s.serverError(w, r, fmt.Errorf("allocating child %d: %w", a.childID, err))
		}
		return
	}
	s.dropDraft(r)
	child := a.child
	if a.masked {
		child = "The child with the restricted record"
	}
	s.setNotice(r, fmt.Sprintf("%s is allocated to %s (%s) from %s", child, worker.Name,
		strings.ToLower(allocationRoleLabel(role)), longDate(from)))
	s.redirect(w, r, fmt.Sprintf("/teams/%d/caseload", a.team.ID))
}

// holds reports whether the child has a current allocation in role to a worker other than workerID,
// which makes this a reallocation.
func (a allocation) holds(role string, workerID hearth.ID) bool {
	for _, h := range a.current {
		if h.Role == role && h.WorkerID != workerID {
			return true
		}
	}
	return false
}

// renderAllocate shows the allocation form.
func (s *Server) renderAllocate(w http.ResponseWriter, r *http.Request, status int, a allocation, form *Form) {
	data := allocateData{TeamID: a.team.ID, TeamName: a.team.Name, ChildID: a.childID, Child: a.child, Masked: a.masked,
		Roles: workforce.AllocationRoles, Reasons: workforce.SocialWorkerChangeReasons}
	for _, h := range a.current {
		data.Current = append(data.Current, heldRow{Worker: h.WorkerName, Role: allocationRoleLabel(h.Role), Since: longDate(h.StartDate)})
	}
	for _, wk := range a.workers {
		data.Workers = append(data.Workers, workerRow{ID: wk.WorkerID, Name: wk.Name, JobTitle: jobTitleLabel(wk.JobTitle),
			Agency: wk.Employment == "agency", Count: wk.Count, FTE: strconv.FormatFloat(wk.FTE, 'f', -1, 64)})
	}
	title := "Allocate a worker"
	if len(a.current) > 0 {
		title = "Allocate or reallocate a worker"
	}
	p := s.newPage(r, title)
	p.Form, p.Data = form, data
	s.render(w, r, status, "allocate", p)
}
