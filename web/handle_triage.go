package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// triageListData is the list of triage meetings.
type triageListData struct {
	Meetings []triageRow
	Pages    pagination
}

// triageRow is one meeting on the list.
type triageRow struct {
	ID       hearth.ID
	HeldAt   string
	Agencies string
	Chair    string
}

// handleTriageMeetings lists the triage meetings, the latest first, with a link to record today's.
func (s *Server) handleTriageMeetings(w http.ResponseWriter, r *http.Request) {
	n, page := pageNumber(r)
	ms, total, err := s.db.TriageMeetings(r.Context(), page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	chairs, err := s.workerNames(r, ms)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := triageListData{Pages: newPagination(r, n, total)}
	for _, m := range ms {
		data.Meetings = append(data.Meetings, triageRow{ID: m.ID, HeldAt: longMoment(m.HeldAt), Agencies: agencyList(m.Agencies), Chair: chairs[m.ChairID]})
	}
	p := s.newPage(r, "Triage meetings")
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "triage_meetings", p)
}

// workerNames returns the names of the meetings' chairs.
func (s *Server) workerNames(r *http.Request, ms []frontdoor.TriageMeeting) (map[hearth.ID]string, error) {
	out := map[hearth.ID]string{}
	for _, m := range ms {
		if m.ChairID == 0 || out[m.ChairID] != "" {
			continue
		}
		wk, err := s.db.WorkerByID(r.Context(), m.ChairID)
		if err != nil {
			return nil, err
		}
		out[m.ChairID] = wk.Name
	}
	return out, nil
}

// agencyList writes agency codes as their names, separated by commas.
func agencyList(codes hearth.Codes) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = frontdoor.Agencies.Description(c)
		if names[i] == "" {
			names[i] = c
		}
	}
	if len(names) == 0 {
		return "None recorded"
	}
	return strings.Join(names, ", ")
}

// triageNewData is the form to record a meeting.
type triageNewData struct {
	F        fdForm
	Chairs   []choice
	Agencies []choice
}

// handleTriageMeetingNewForm shows the form to record a triage meeting: when, who chaired, the agencies
// present and any notes. The notifications it decides are decided from the meeting's page.
func (s *Server) handleTriageMeetingNewForm(w http.ResponseWriter, r *http.Request) {
	form := NewForm(nil)
	momentValues(form, "held", s.now())
	if u := userOf(r); u.WorkerID != 0 {
		form.Values.Set("chair", strconv.FormatInt(u.WorkerID, 10))
	}
	s.keptDraft(r, form, nil)
	s.renderTriageNew(w, r, http.StatusOK, form, nil)
}

// renderTriageNew shows the meeting form; chairs are read when not given.
func (s *Server) renderTriageNew(w http.ResponseWriter, r *http.Request, status int, form *Form, chairs []hearth.Worker) {
	if chairs == nil {
		var err error
		if chairs, err = s.db.DecisionMakers(r.Context(), userOf(r).TeamID, s.today()); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	data := triageNewData{F: fdForm{form}, Agencies: codeChoices(frontdoor.Agencies, false)}
	for _, wk := range chairs {
		data.Chairs = append(data.Chairs, choice{Value: strconv.FormatInt(wk.ID, 10), Label: wk.Name})
	}
	p := s.newPage(r, "Record a triage meeting")
	p.Form, p.Data = form, data
	s.render(w, r, status, "triage_meeting_new", p)
}

// handleTriageMeetingNew checks and records a triage meeting, then shows its page, where the day's
// police domestic abuse notifications are decided.
func (s *Server) handleTriageMeetingNew(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	u := userOf(r)
	chairs, err := s.db.DecisionMakers(r.Context(), u.TeamID, s.today())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	form := NewForm(r.PostForm)
	m := frontdoor.TriageMeeting{TeamID: u.TeamID}
	m.HeldAt = momentInput(form, "held", "the meeting started", s.now(), true)
	ids := make([]hearth.ID, len(chairs))
	for i, wk := range chairs {
		ids[i] = wk.ID
	}
	if m.ChairID = idChoice(form, "chair", ids); m.ChairID == 0 {
		form.Add("chair", "Select who chaired the meeting")
	}
	if m.Agencies = codesOf(form, "agencies", frontdoor.Agencies, "Select the agencies from the list"); len(m.Agencies) == 0 && form.Error("agencies") == "" {
		form.Add("agencies", "Select the partner agencies that took part")
	}
	m.Notes = optionalText(form, "notes")
	if form.Valid() {
		if err := m.Validate(); err != nil {
			form.Add("agencies", hearth.ErrorMessage(err))
		}
	}
	if !form.Valid() {
		s.renderTriageNew(w, r, http.StatusUnprocessableEntity, form, chairs)
		return
	}
	if err := s.db.Insert(r.Context(), actorOf(*u), &m); err != nil {
		s.serverError(w, r, fmt.Errorf("recording a triage meeting: %w", err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, "The meeting has been recorded. Decide the notifications below.")
	s.redirect(w, r, fmt.Sprintf("/triage-meetings/%d", m.ID))
}

// triageMeetingData is a meeting's page.
type triageMeetingData struct {
	ID                      hearth.ID
	HeldAt, Chair, Agencies string
	Notes                   string
	Missing                 string
	Awaiting, Decided       []triageContact
}

// triageContact is a notification on a meeting's page.
type triageContact struct {
	queueRow
	Decision string
}

// handleTriageMeeting shows a meeting: who took part and which expected agencies did not, the police
// domestic abuse notifications of its day still awaiting a decision, each with a link to decide it at
// the meeting, and those the meeting decided.
func (s *Server) handleTriageMeeting(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return
	}
	u := userOf(r)
	var m frontdoor.TriageMeeting
	if err := s.db.Get(r.Context(), actorOf(*u), id, &m); err != nil || m.Status != hearth.StatusActive {
		if err == nil || hearth.ErrorCode(err) == hearth.ENOTFOUND {
			s.notFound(w, r)
			return
		}
		s.serverError(w, r, err)
		return
	}
	held := m.HeldAt.In(londonTime)
	dayEnd := time.Date(held.Year(), held.Month(), held.Day()+1, 0, 0, 0, 0, londonTime)
	contacts, err := s.db.TriageContacts(r.Context(), actorOf(*u), m.ID, dayEnd)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	chairs, err := s.workerNames(r, []frontdoor.TriageMeeting{m})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := triageMeetingData{ID: m.ID, HeldAt: longMoment(m.HeldAt), Chair: chairs[m.ChairID], Agencies: agencyList(m.Agencies), Notes: m.Notes}
	var missing hearth.Codes
	for _, a := range []string{"police", "health", "education"} {
		if !m.Agencies.Has(a) {
			missing = append(missing, a)
		}
	}
	if len(missing) > 0 {
		data.Missing = agencyList(missing)
	}
	for _, c := range contacts {
		tc := triageContact{queueRow: s.queueRowOf(c), Decision: frontdoor.ContactDecisions.Description(c.Decision)}
		if c.Decision == "" {
			data.Awaiting = append(data.Awaiting, tc)
		} else {
			data.Decided = append(data.Decided, tc)
		}
	}
	p := s.newPage(r, "Triage meeting, "+data.HeldAt)
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "triage_meeting", p)
}
