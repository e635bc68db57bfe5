package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
)

// answerMASH is the policy of the partner agency pages: partner agency accounts that name their agency.
// Which requests each may read and answer is then decided per request (access.CanAnswerMASHCheck).
var answerMASH = Policy{Name: "answer MASH requests", kind: kindSignedIn, allow: func(s access.Subject, _ time.Time) bool {
	return s.Role == hearth.RolePartnerAgency && s.Agency != ""
}}

// mashRequestsData is the partner agency's list of requests.
type mashRequestsData struct {
	Agency   string
	Answered bool // the list of answered requests rather than the open ones
	Rows     []mashRequestRow
	Pages    pagination
}

// mashRequestRow is one request on a partner agency's list.
type mashRequestRow struct {
	ID                               hearth.ID
	Child, Born, RAG, Asked, Due, At string
	Overdue                          bool
}

// childLabel is how a partner agency's pages name a child: the name, or a warning that the record is
// restricted and the hub will give the details another way.
func childLabel(c store.CaseloadChild) (name, born string) {
	if c.Masked {
		return "Restricted record: ask the MASH for the child's details", ""
	}
	name = strings.TrimSpace(c.Forename + " " + c.Surname)
	if name == "" {
		name = "Name not recorded"
	}
	return name, longDate(c.BirthDate)
}

// handleMASHRequests lists the MASH requests sent to the user's agency: those awaiting an answer, soonest
// due first, or (?answered=1) those answered, latest first. A partner agency account sees these and
// nothing else of children's records.
func (s *Server) handleMASHRequests(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	answered := r.URL.Query().Get("answered") == "1"
	n, page := pageNumber(r)
	list, err := s.db.ChecksForAgency(r.Context(), actorOf(*u), u.Agency, !answered, page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	now := s.now()
	data := mashRequestsData{Agency: frontdoor.Agencies.Description(u.Agency), Answered: answered, Pages: newPagination(r, n, list.Total)}
	for _, c := range list.Checks {
		row := mashRequestRow{ID: c.ID, RAG: ragLabel(c.RAG), Asked: longMoment(c.AskedAt), Due: longMoment(c.DueBy),
			At: longMoment(c.AnsweredAt), Overdue: c.AnsweredAt.IsZero() && now.After(c.DueBy)}
		row.Child, row.Born = childLabel(c.Child)
		data.Rows = append(data.Rows, row)
	}
	title := "MASH requests to answer"
	if answered {
		title = "MASH requests answered"
	}
	p := s.newPage(r, title)
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "mash_requests", p)
}

// ragLabel writes a RAG rating with a capital, "Red".
func ragLabel(rag string) string {
	if rag == "" {
		return ""
	}
	return strings.ToUpper(rag[:1]) + rag[1:]
}

// mashAnswerData is a request as its partner agency sees it, with the form to answer it.
type mashAnswerData struct {
	ID                             hearth.ID
	Child, Born, Agency, Question  string
	RAG, RAGMeaning, Asked, Due    string
	Overdue                        bool
	Answered, AnsweredBy, Response string
	F                              fdForm
}

// loadAgencyCheck reads the request of the path for the user's agency, answering 404 or 403 itself.
func (s *Server) loadAgencyCheck(w http.ResponseWriter, r *http.Request) (store.AgencyCheck, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return store.AgencyCheck{}, false
	}
	u := userOf(r)
	c, err := s.db.CheckForAgency(r.Context(), actorOf(*u), id, u.Agency)
	if err == nil && !access.CanAnswerMASHCheck(subjectOf(*u), c.Agency, s.now()) {
		err = hearth.Errorf(hearth.EFORBIDDEN, "Partner agency accounts see only the MASH requests sent to their agency.")
	}
	if err != nil {
		switch hearth.ErrorCode(err) {
		case hearth.ENOTFOUND:
			s.notFound(w, r)
		case hearth.EFORBIDDEN:
			s.errorPage(w, r, http.StatusForbidden, "You cannot see this request", hearth.ErrorMessage(err))
		default:
			s.serverError(w, r, err)
		}
		return c, false
	}
	return c, true
}

// handleMASHAnswerForm shows a request to the user's agency (the child's name and date of birth, what is
// asked, how urgent and when due) and, while it is open, the form to answer it.
func (s *Server) handleMASHAnswerForm(w http.ResponseWriter, r *http.Request) {
	c, ok := s.loadAgencyCheck(w, r)
	if !ok {
		return
	}
	form := NewForm(url.Values{"answered_by": {userOf(r).Name}})
	s.keptDraft(r, form, nil)
	s.renderMASHAnswer(w, r, http.StatusOK, c, form)
}

// renderMASHAnswer shows a request and its answer form.
func (s *Server) renderMASHAnswer(w http.ResponseWriter, r *http.Request, status int, c store.AgencyCheck, form *Form) {
	data := mashAnswerData{ID: c.ID, Agency: agencyLabel(c.Agency, c.AgencyName), Question: c.Question, RAG: ragLabel(c.RAG),
		RAGMeaning: frontdoor.RAGRatings.Description(c.RAG), Asked: longMoment(c.AskedAt), Due: longMoment(c.DueBy),
		Overdue: c.AnsweredAt.IsZero() && s.now().After(c.DueBy), Answered: longMoment(c.AnsweredAt), AnsweredBy: c.AnsweredBy,
		Response: c.Response, F: fdForm{form}}
	data.Child, data.Born = childLabel(c.Child)
	p := s.newPage(r, "MASH request: "+data.Child)
	p.Form, p.Data, p.Notice = form, data, s.takeNotice(r)
	s.render(w, r, status, "mash_answer", p)
}

// handleMASHAnswer records the agency's answer on the request, now, with who gave it, as an amendment of
// the request. A request already answered is not answered again.
func (s *Server) handleMASHAnswer(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	c, ok := s.loadAgencyCheck(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if !c.AnsweredAt.IsZero() {
		s.errorPage(w, r, http.StatusConflict, "This request has already been answered",
			fmt.Sprintf("It was answered on %s by %s.", longMoment(c.AnsweredAt), c.AnsweredBy))
		return
	}
	u := userOf(r)
	m := c.MASHCheck
	m.AnsweredBy = requiredText(form, "answered_by", "Enter your name and role")
	m.Response = requiredText(form, "response", "Enter what your agency knows about the child and family, or that it knows nothing")
	if !form.Valid() {
		s.renderMASHAnswer(w, r, http.StatusUnprocessableEntity, c, form)
		return
	}
	m.AnsweredAt, m.AnsweredByUserID = s.now(), u.ID
	if err := m.Validate(); err != nil {
		form.Add("response", hearth.ErrorMessage(err))
		s.renderMASHAnswer(w, r, http.StatusUnprocessableEntity, c, form)
		return
	}
	if err := s.db.Amend(r.Context(), actorOf(*u), &m, "Answered by "+frontdoor.Agencies.Description(u.Agency)+" in Hearth"); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT {
			form.Add("response", hearth.ErrorMessage(err))
			s.renderMASHAnswer(w, r, http.StatusConflict, c, form)
			return
		}
		s.serverError(w, r, fmt.Errorf("answering MASH request %d: %w", m.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, "Your answer has been sent to the MASH")
	s.redirect(w, r, "/mash-requests")
}
