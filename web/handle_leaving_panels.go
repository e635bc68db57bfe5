package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/leaving"
	"hearth/store"
)

// The multi-agency care leavers panel: its meetings, the young people each discussed with the support
// agreed, and the actions agreed with their owners and dates. Team managers record meetings; they and
// personal advisers add the young people discussed and the actions and mark actions done. A meeting's page
// names young people, so it is audited as a list of them.

var (
	// panelRoles see the panel's meetings; panelChairs record meetings; panelWriters add to them.
	panelRoles   = careLeaverRoles
	panelChairs  = []hearth.Role{hearth.RoleTeamManager}
	panelWriters = []hearth.Role{hearth.RoleTeamManager, hearth.RolePersonalAdviser}
)

// panelsData is the list of meetings.
type panelsData struct {
	Table  table
	CanAdd bool
}

// handlePanels lists the panel's meetings, newest first, with the young people discussed and the actions
// open and overdue.
func (s *Server) handlePanels(w http.ResponseWriter, r *http.Request) {
	panels, err := s.db.Panels(r.Context(), s.today())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	workers := map[hearth.ID]bool{}
	for _, p := range panels {
		workers[p.ChairID] = true
	}
	names, err := s.db.WorkerNames(r.Context(), workers)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := panelsData{CanAdd: contains(roleNames(panelChairs), string(userOf(r).Role)),
		Table: table{Caption: "Meetings of the care leavers panel, newest first", Head: []string{"Meeting", "Chair", "Young people discussed", "Open actions"},
			Empty: "No meetings are recorded."}}
	for _, p := range panels {
		open := cell{Text: strconv.Itoa(p.Open)}
		if p.Overdue > 0 {
			open.Tag = &tag{Text: strconv.Itoa(p.Overdue) + " overdue", Colour: "red"}
		}
		data.Table.Rows = append(data.Table.Rows, []cell{{Text: longDate(p.Date), Href: idPath("/leaving/panels", p.ID, "")},
			{Text: names[p.ChairID]}, {Text: strconv.Itoa(p.Cases)}, open})
	}
	page := s.newPage(r, "Care leavers panel")
	page.Data, page.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "leaving_panels", page)
}

func (s *Server) handlePanelNewForm(w http.ResponseWriter, r *http.Request) {
	form := NewForm(nil)
	setDate(form, "held", s.today())
	s.keptDraft(r, form, nil)
	s.renderPanelNew(w, r, http.StatusOK, form)
}

// handlePanelNew records a meeting, chaired by the signed-in manager, not in the future.
func (s *Server) handlePanelNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	form, u := NewForm(r.PostForm), userOf(r)
	p := &leaving.Panel{ChairID: u.WorkerID, Date: pastDate(form, "held", "The date of the meeting", true, s.today()),
		Attending: textValue(form, "attending", "Enter who attended", true), Notes: textValue(form, "notes", "", false)}
	if s.writeRow(w, r, form, "held-day", p) {
		s.formDone(w, r, form, func(status int) { s.renderPanelNew(w, r, status, form) },
			"The meeting is recorded: add the young people discussed", idPath("/leaving/panels", p.ID, ""))
	}
}

func (s *Server) renderPanelNew(w http.ResponseWriter, r *http.Request, status int, form *Form) {
	b := fields{form}
	s.renderPlainForm(w, r, status, form, formPage{Caption: "Care leavers panel", Heading: "Record a panel meeting", Action: "/leaving/panels/new",
		Submit: "Save the meeting", Cancel: "/leaving/panels",
		Fields: []field{
			b.date("held", "The date of the meeting", "For example, 27 3 2026"),
			b.textarea("attending", "Who attended", "The agencies and people: housing, adult services, health, employment support, the police", 3),
			b.textarea("notes", "Notes", "Themes the panel discussed beyond the young people, such as gaps in services", 4),
		}})
}

// writeRow saves a new row of a valid form that is not part of a child's record: a problem with the row
// goes to field and the form is shown again; anything else is a server error, and writeRow reports false.
func (s *Server) writeRow(w http.ResponseWriter, r *http.Request, form *Form, field string, row checkedRow) bool {
	return s.writeChecked(w, r, form, field, row, func() error { return s.db.Insert(r.Context(), actorOf(*userOf(r)), row) })
}

// renderPlainForm draws a form that belongs to no child's record with the protection pathway's form
// template (whose child header is left out when there is no child).
func (s *Server) renderPlainForm(w http.ResponseWriter, r *http.Request, status int, form *Form, page formPage) {
	p := s.newPage(r, page.Heading)
	p.Form, p.Data = form, page
	s.render(w, r, status, "protection_form", p)
}

// openPanel reads the meeting in the path with its young people and actions (audited), answering 404 for
// none.
func (s *Server) openPanel(w http.ResponseWriter, r *http.Request) (store.PanelMeeting, bool) {
	id, ok := idParam(r, "panel")
	if !ok {
		s.notFound(w, r)
		return store.PanelMeeting{}, false
	}
	m, err := s.db.CareLeaverPanel(r.Context(), actorOf(*userOf(r)), id)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		s.notFound(w, r)
		return m, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return m, false
	}
	return m, true
}

// panelData is a meeting's page.
type panelData struct {
	Heading         string
	Facts           []fact
	Cases, Actions  table
	Links           []link
	CaseURL, ActURL string
}

// handlePanel shows a meeting: who attended, the young people discussed with the support agreed, and the
// actions with their owners, due dates and whether each is done or overdue.
func (s *Server) handlePanel(w http.ResponseWriter, r *http.Request) {
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	names, err := s.db.WorkerNames(r.Context(), map[hearth.ID]bool{m.Panel.ChairID: true})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	today, base := s.today(), idPath("/leaving/panels", m.Panel.ID, "")
	canWrite := contains(roleNames(panelWriters), string(userOf(r).Role))
	data := panelData{Heading: "Care leavers panel of " + longDate(m.Panel.Date), Facts: []fact{
		{Key: "Chair", Value: names[m.Panel.ChairID]}, {Key: "Who attended", Lines: paragraphs(m.Panel.Attending)}, {Key: "Notes", Lines: paragraphs(m.Panel.Notes)}},
		Cases:   table{Caption: "Young people discussed", Head: []string{"Young person", "Why", "Support agreed"}, Empty: "No young people are recorded yet."},
		Actions: table{Caption: "Actions agreed", Head: []string{"Young person", "Action", "Owner", "By", "Done"}, Empty: "No actions are recorded yet."}}
	who := map[hearth.ID]string{}
	for _, c := range m.Cases {
		name := caseloadRowOf(c.Child, today).Name
		who[c.PersonID] = name
		data.Cases.Rows = append(data.Cases.Rows, []cell{{Text: name, Href: pathOf(c.PersonID)}, {Text: c.Why}, {Text: c.Support}})
	}
	for _, a := range m.Actions {
		done := cell{Text: longDate(a.CompletedDate)}
		switch {
		case a.CompletedDate.IsZero() && a.DueDate.Before(today):
			done.Tag = &tag{Text: "Overdue", Colour: "red"}
		case a.CompletedDate.IsZero() && canWrite:
			done = cell{Text: "Mark as done", Href: idPath(base+"/actions", a.ID, "/done")}
		case a.CompletedDate.IsZero():
			done.Text = "Open"
		}
		if done.Tag != nil && canWrite {
			done.Text, done.Href = "Mark as done", idPath(base+"/actions", a.ID, "/done")
		}
		data.Actions.Rows = append(data.Actions.Rows, []cell{{Text: who[a.PersonID]}, {Text: a.Action}, {Text: a.Owner}, {Text: longDate(a.DueDate)}, done})
	}
	if canWrite {
		data.Links = []link{{Text: "Add a young person discussed", Href: base + "/cases/new"}}
		if len(m.Cases) > 0 {
			data.Links = append(data.Links, link{Text: "Add an action", Href: base + "/actions/new"})
		}
	}
	page := s.newPage(r, data.Heading)
	page.Data, page.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "leaving_panel", page)
}
