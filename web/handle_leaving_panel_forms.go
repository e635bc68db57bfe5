package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/leaving"
	"hearth/store"
)

// The forms of a care leavers panel meeting: a young person discussed (one of the care leavers within the
// user's reach), an action agreed for one of the young people discussed, and an action done.

// chosenPerson reads a young person chosen from options (ids as values), as chosenWorker reads a worker:
// 0 for none, and an error at the field for one that was not offered.
func chosenPerson(f *Form, name string, options []option) hearth.ID {
	return chosenWorker(f, name, options)
}

// youngPeopleOffered is the most young people the panel's form offers: the care leavers list's first
// 500 within the user's reach, by surname.
const youngPeopleOffered = 500

func (s *Server) handlePanelCaseNewForm(w http.ResponseWriter, r *http.Request) {
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderPanelCase(w, r, http.StatusOK, m, form)
}

// careLeaverOptions are the care leavers within the user's reach today, as a select offers them.
func (s *Server) careLeaverOptions(r *http.Request) ([]option, error) {
	u := userOf(r)
	l, err := s.db.CareLeavers(r.Context(), actorOf(*u), subjectOf(*u), s.today(), store.CareLeaverFilter{}, store.Page{Limit: youngPeopleOffered})
	if err != nil {
		return nil, err
	}
	var out []option
	for _, row := range l.Rows {
		out = append(out, option{Value: strconv.FormatInt(row.Child.PersonID, 10), Label: caseloadRowOf(row.Child, s.today()).Name})
	}
	return out, nil
}

// handlePanelCaseNew records a young person discussed: one of those offered, why, and the support agreed.
func (s *Server) handlePanelCaseNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	options, err := s.careLeaverOptions(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	c := &leaving.PanelCase{PanelID: m.Panel.ID, PersonID: chosenPerson(form, "person", options),
		Why: textValue(form, "why", "Enter why the young person was brought to the panel", true), Support: textValue(form, "support", "Enter the support agreed", true)}
	if c.PersonID == 0 && form.Error("person") == "" {
		form.Add("person", "Select the young person")
	}
	if s.writeRow(w, r, form, "person", c) {
		s.formDone(w, r, form, func(status int) { s.renderPanelCase(w, r, status, m, form) }, "The young person is added", idPath("/leaving/panels", m.Panel.ID, ""))
	}
}

func (s *Server) renderPanelCase(w http.ResponseWriter, r *http.Request, status int, m store.PanelMeeting, form *Form) {
	options, err := s.careLeaverOptions(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	b := fields{form}
	base := idPath("/leaving/panels", m.Panel.ID, "")
	s.renderPlainForm(w, r, status, form, formPage{Caption: "Care leavers panel of " + longDate(m.Panel.Date), Heading: "Add a young person discussed",
		Action: base + "/cases/new", Submit: "Add", Cancel: base,
		Fields: []field{
			b.choose("person", "The young person", "Care leavers you can see, by surname", "Choose a young person", options),
			b.textarea("why", "Why they were brought to the panel", "", 3),
			b.textarea("support", "The support agreed", "What each agency will do", 5),
		}})
}

// caseOptions are the young people a meeting discussed, for its actions.
func caseOptions(m store.PanelMeeting, today hearth.Date) []option {
	var out []option
	for _, c := range m.Cases {
		out = append(out, option{Value: strconv.FormatInt(c.PersonID, 10), Label: caseloadRowOf(c.Child, today).Name})
	}
	return out
}

func (s *Server) handlePanelActionNewForm(w http.ResponseWriter, r *http.Request) {
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderPanelAction(w, r, http.StatusOK, m, form)
}

// handlePanelActionNew records an action for a young person the meeting discussed: what, who owns it, and
// a due date no earlier than the meeting.
func (s *Server) handlePanelActionNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	a := &leaving.PanelAction{PanelID: m.Panel.ID, PersonID: chosenPerson(form, "person", caseOptions(m, s.today())),
		Action: textValue(form, "action", "Enter what will be done", true), Owner: textValue(form, "owner", "Enter who will do it", true),
		DueDate: requiredDate(form, "due", "The date by which it will be done", true)}
	if a.PersonID == 0 && form.Error("person") == "" {
		form.Add("person", "Select the young person")
	}
	notBefore(form, "due", a.DueDate, m.Panel.Date, "The action cannot be due before the meeting ("+longDate(m.Panel.Date)+")")
	if s.writeRow(w, r, form, "action", a) {
		s.formDone(w, r, form, func(status int) { s.renderPanelAction(w, r, status, m, form) }, "The action is added", idPath("/leaving/panels", m.Panel.ID, ""))
	}
}

func (s *Server) renderPanelAction(w http.ResponseWriter, r *http.Request, status int, m store.PanelMeeting, form *Form) {
	b := fields{form}
	base := idPath("/leaving/panels", m.Panel.ID, "")
	s.renderPlainForm(w, r, status, form, formPage{Caption: "Care leavers panel of " + longDate(m.Panel.Date), Heading: "Add an action",
		Action: base + "/actions/new", Submit: "Add the action", Cancel: base,
		Fields: []field{
			b.choose("person", "The young person", "", "Choose a young person", caseOptions(m, s.today())),
			b.textarea("action", "What will be done", "", 3),
			b.text("owner", "Who will do it", "The agency and the person, for example Housing Options, Sam Reid"),
			b.date("due", "By when", "For example, 27 4 2026"),
		}})
}

// panelAction returns the meeting's action in the path.
func panelAction(m store.PanelMeeting, r *http.Request) (leaving.PanelAction, bool) {
	id, ok := idParam(r, "panelaction")
	for _, a := range m.Actions {
		if ok && a.ID == id {
			return a, true
		}
	}
	return leaving.PanelAction{}, false
}

func (s *Server) handlePanelActionDoneForm(w http.ResponseWriter, r *http.Request) {
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	a, ok := panelAction(m, r)
	if !ok {
		s.notFound(w, r)
		return
	}
	form := NewForm(nil)
	setDate(form, "done", s.today())
	s.renderPanelActionDone(w, r, http.StatusOK, m, a, form)
}

// handlePanelActionDone records that an action was done: not in the future, not before the meeting.
func (s *Server) handlePanelActionDone(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	m, ok := s.openPanel(w, r)
	if !ok {
		return
	}
	a, ok := panelAction(m, r)
	if !ok {
		s.notFound(w, r)
		return
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && n > 0 {
		a.Version = n
	}
	form := NewForm(r.PostForm)
	if !a.CompletedDate.IsZero() {
		s.renderPanelActionDone(w, r, http.StatusConflict, m, a, form)
		return
	}
	before := a
	a.CompletedDate = pastDate(form, "done", "The date it was done", true, s.today())
	notBefore(form, "done", a.CompletedDate, m.Panel.Date, "It cannot be done before the meeting agreed it ("+longDate(m.Panel.Date)+")")
	ok = s.writeChecked(w, r, form, "done-day", &a, func() error { return s.db.Amend(r.Context(), actorOf(*userOf(r)), &a, "Action done") })
	if ok {
		s.formDone(w, r, form, func(status int) { s.renderPanelActionDone(w, r, status, m, before, form) }, "The action is done", idPath("/leaving/panels", m.Panel.ID, ""))
	}
}

func (s *Server) renderPanelActionDone(w http.ResponseWriter, r *http.Request, status int, m store.PanelMeeting, a leaving.PanelAction, form *Form) {
	b := fields{form}
	base := idPath("/leaving/panels", m.Panel.ID, "")
	page := formPage{Caption: "Care leavers panel of " + longDate(m.Panel.Date), Heading: "Mark the action as done",
		Action: idPath(base+"/actions", a.ID, "/done"), Submit: "Save", Cancel: base, Hidden: []hidden{versionField(a.Version)},
		Facts:  []fact{{Key: "Action", Value: a.Action}, {Key: "Owner", Value: a.Owner}, {Key: "Due", Value: longDate(a.DueDate)}},
		Fields: []field{b.date("done", "The date it was done", "For example, 27 4 2026")}}
	if !a.CompletedDate.IsZero() {
		page.Closed = "This action was done on " + longDate(a.CompletedDate) + "."
	}
	s.renderPlainForm(w, r, status, form, page)
}
