package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/protection"
	"hearth/store"
)

// A section 47 enquiry is a record of its own, started by the strategy discussion that decided on it,
// with the same parts as an assessment (the child seen, the household, the GP), then a clear conclusion
// and the decision on an initial conference, which a team manager signs off.

// s47Discussions returns the strategy discussions of the episode that decided on an enquiry, newest
// first.
func s47Discussions(rec *store.ChildRecord, episode hearth.ID) []protection.StrategyDiscussion {
	var out []protection.StrategyDiscussion
	for _, d := range store.Rows[protection.StrategyDiscussion](rec) {
		if active(d) && d.CINEpisodeID == episode && (d.Decision == protection.StrategyS47 || d.Decision == protection.StrategyS47Joint) {
			out = append([]protection.StrategyDiscussion{d}, out...)
		}
	}
	return out
}

func (s *Server) handleS47NewForm(w http.ResponseWriter, r *http.Request) {
	v, ep, ok := s.openEpisode(w, r, "section 47 enquiry form")
	if !ok {
		return
	}
	form := NewForm(nil)
	discussions := s47Discussions(v.rec, ep.ID)
	if d := r.URL.Query().Get("discussion"); d != "" {
		form.Values.Set("discussion", d)
	} else if len(discussions) > 0 {
		form.Values.Set("discussion", strconv.FormatInt(discussions[0].ID, 10))
	}
	dateInputValues(form.Values, "start", v.today)
	s.keptDraft(r, form, nil)
	s.renderS47New(w, r, http.StatusOK, v, discussions, form)
}

// handleS47New starts an enquiry. It cannot start before the strategy discussion that decided on it,
// nor in the future.
func (s *Server) handleS47New(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ep, ok := s.openEpisode(w, r, "section 47 enquiry form")
	if !ok {
		return
	}
	discussions := s47Discussions(v.rec, ep.ID)
	form := NewForm(r.PostForm)
	var discussion *protection.StrategyDiscussion
	for i := range discussions {
		if strconv.FormatInt(discussions[i].ID, 10) == form.Value("discussion") {
			discussion = &discussions[i]
		}
	}
	if discussion == nil {
		form.Add("discussion", "Select the strategy discussion that decided on the enquiry")
	}
	start := pastDate(form, "start", "The date the enquiry started", true, v.today)
	if discussion != nil {
		held := londonDate(discussion.HeldAt)
		notBefore(form, "start", start, held, "The enquiry cannot start before the strategy discussion that decided on it ("+longDate(held)+")")
	}
	e := &protection.S47Enquiry{PersonID: v.rec.Person.ID, CINEpisodeID: ep.ID, StartDate: start, WorkerID: v.u.WorkerID, TeamID: v.u.TeamID}
	if discussion != nil {
		e.StrategyDiscussionID = discussion.ID
	}
	if !s.insertChecked(w, r, v, form, "start-day", e) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderS47New(w, r, status, v, discussions, form) },
		"The section 47 enquiry has started. Record each part below.", idPath(v.childBase()+"/s47-enquiries", e.ID, ""))
}

func (s *Server) renderS47New(w http.ResponseWriter, r *http.Request, status int, v *protectionView, discussions []protection.StrategyDiscussion, form *Form) {
	b := fields{form}
	var opts []option
	for _, d := range discussions {
		opts = append(opts, option{Value: strconv.FormatInt(d.ID, 10), Label: "Strategy discussion of " + londonTimeWords(d.HeldAt),
			Hint: protection.StrategyDecisions.Description(d.Decision)})
	}
	page := formPage{Caption: "Section 47 enquiry", Heading: "Start a section 47 enquiry",
		Action: v.childBase() + "/s47-enquiries/new", Submit: "Start the enquiry", Cancel: v.childBase(),
		Intro: []string{"A section 47 enquiry is decided at a strategy discussion. The initial child protection conference, if one is needed, is due within " + s.icpcTimescale(r) + " of that discussion."},
		Fields: []field{
			b.radios("discussion", "The strategy discussion that decided on the enquiry", "", opts),
			b.date("start", "The date the enquiry started", "For example, 27 3 2026"),
		}}
	if len(discussions) == 0 {
		page.Closed = "No strategy discussion of the current referral has decided on a section 47 enquiry. Record the strategy discussion first."
		page.Cancel, page.CancelText = v.childBase()+"/strategy-discussions/new", "Record a strategy discussion"
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleS47 shows an enquiry: its parts as a task list, its conclusion and its sign-off.
func (s *Server) handleS47(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "section 47 enquiry", false)
	if !ok {
		return
	}
	e, ok := findRow[protection.S47Enquiry](v.rec, r, "enquiry")
	if !ok {
		s.notFound(w, r)
		return
	}
	q := enquiry{e: &e, base: idPath(v.childBase()+"/s47-enquiries", e.ID, "")}
	h, err := s.householdOf(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	page := recordPage{Caption: "Section 47 enquiry", Heading: "Section 47 enquiry started " + longDate(e.StartDate)}
	switch {
	case !e.AuthorisationDate.IsZero():
		page.Status, page.StatusColour = "Concluded and signed off", "green"
	case !e.EndDate.IsZero():
		page.Status, page.StatusColour = "Concluded: awaiting sign-off", "yellow"
	default:
		page.Status, page.StatusColour = "Open", "blue"
	}
	editable := v.canRecord && q.closed() == "" && active(e)
	if editable {
		page.Tasks = enquiryTasks(q, v.rec, h, true)
		page.Tasks = append(page.Tasks, partTask("conclusion", "Conclusion and the decision on a conference", q.base+"/conclusion", !e.EndDate.IsZero(), true))
		sign := task{ID: "authorise", Label: "Manager's sign-off", Status: "Cannot start yet", Colour: "grey"}
		if !e.EndDate.IsZero() {
			sign.Status, sign.Colour = "Waiting for a team manager", "yellow"
			if v.canSignOff {
				sign.Href, sign.Status = q.base+"/authorise", "Ready to sign off"
			}
		}
		page.Tasks = append(page.Tasks, sign)
	}
	var held string
	for _, d := range store.Rows[protection.StrategyDiscussion](v.rec) {
		if d.ID == e.StrategyDiscussionID {
			held = londonTimeWords(d.HeldAt)
		}
	}
	page.Sections = append(page.Sections, section{Title: "The enquiry", Facts: []fact{
		{Key: "Strategy discussion", Value: held, Href: strategyHref(v, e.StrategyDiscussionID), HrefText: "View"},
		{Key: "Started", Value: longDate(e.StartDate)},
		{Key: "Worker", Value: nameOr(v.names.Worker(e.WorkerID), v.names.Team(e.TeamID))},
	}})
	page.Sections = append(page.Sections, enquirySections(q, v, h)...)
	icpc := yesNoWords(e.ICPCRequired)
	if !e.ICPCTargetDate.IsZero() {
		icpc += ": due by " + longDate(e.ICPCTargetDate)
	}
	page.Sections = append(page.Sections, section{Title: "Conclusion", Facts: []fact{
		{Key: "Concluded", Value: longDate(e.EndDate)},
		{Key: "Analysis", Lines: paragraphs(e.Analysis)},
		{Key: "Conclusion", Value: protection.S47Conclusions.Description(e.Conclusion)},
		{Key: "Initial child protection conference needed", Value: icpc},
		{Key: "Signed off", Value: authorisedWords(e.AuthorisationDate, v.names.Worker(e.AuthorisedBy))},
	}})
	if v.canRecord && e.ICPCRequired != nil && *e.ICPCRequired && !hasInitialConference(v.rec, e.ID) {
		page.Buttons = append(page.Buttons, link{Text: "Record the initial child protection conference",
			Href: v.childBase() + "/conferences/new?kind=initial&enquiry=" + strconv.FormatInt(e.ID, 10)})
	}
	s.renderProtectionRecord(w, r, v, "s47_enquiry", e.Record, page)
}

// strategyHref links to a strategy discussion, or nowhere when there is none.
func strategyHref(v *protectionView, id hearth.ID) string {
	if id == 0 {
		return ""
	}
	return idPath(v.childBase()+"/strategy-discussions", id, "")
}

// hasInitialConference reports whether an initial conference followed the enquiry.
func hasInitialConference(rec *store.ChildRecord, enquiryID hearth.ID) bool {
	for _, c := range store.Rows[protection.Conference](rec) {
		if active(c) && c.Kind == protection.ConferenceInitial && c.S47EnquiryID == enquiryID {
			return true
		}
	}
	return false
}
