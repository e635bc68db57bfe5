package web

import (
	"net/http"
	"strconv"
	"time"

	"hearth/exploitation"
)

// The return of a missing child, and the return home interview that follows it: offered, accepted, held,
// and by whom (the authority's own staff or a commissioned service). Each is an amendment of the episode,
// so the earlier version is kept with who changed it and why.

// openMissingEpisode opens the record and the episode in the path for a form of the episode, answering
// 404 for an episode that is not the child's. A posted form saves against the version it was opened on,
// so a change made by someone else since is refused rather than overwritten. With returned, an episode
// whose child has not come back is answered with 409: a return home interview follows the return.
func (s *Server) openMissingEpisode(w http.ResponseWriter, r *http.Request, purpose string, returned bool) (*protectionView, exploitation.MissingEpisode, bool) {
	v, ok := s.openRecordAs(w, r, missingWriters, purpose, true)
	if !ok {
		return nil, exploitation.MissingEpisode{}, false
	}
	m, ok := findRow[exploitation.MissingEpisode](v.rec, r, "missing")
	if !ok {
		s.notFound(w, r)
		return nil, m, false
	}
	if returned && m.EndTime.IsZero() {
		s.errorPage(w, r, http.StatusConflict, "The child has not come back",
			"A return home interview follows the return. Record when the child came back first.")
		return nil, m, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		m.Version = n
	}
	return v, m, true
}

func (s *Server) handleMissingReturnForm(w http.ResponseWriter, r *http.Request) {
	v, m, ok := s.openMissingEpisode(w, r, "missing episode return form", false)
	if !ok {
		return
	}
	form := NewForm(nil)
	momentValues(form, "ended", m.EndTime)
	s.keptDraft(r, form, nil)
	s.renderMissingReturn(w, r, http.StatusOK, v, m, form)
}

// handleMissingReturn records when the child came back: not in the future, and after they went.
func (s *Server) handleMissingReturn(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, m, ok := s.openMissingEpisode(w, r, "missing episode return form", false)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	m.EndTime = momentInput(form, "ended", "the child came back", s.now(), true)
	if !m.EndTime.IsZero() && !m.EndTime.After(m.StartTime) && form.Error("ended-day") == "" {
		form.Add("ended-day", "The return must be after the child went missing ("+longMoment(m.StartTime)+")")
	}
	if !s.amendChecked(w, r, v, form, "ended-day", &m, "Return recorded") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderMissingReturn(w, r, status, v, m, form) },
		"The return is recorded: the return home interview is due within 72 hours", idPath(v.childBase()+"/missing", m.ID, ""))
}

func (s *Server) renderMissingReturn(w http.ResponseWriter, r *http.Request, status int, v *protectionView, m exploitation.MissingEpisode, form *Form) {
	b := fields{form}
	base := idPath(v.childBase()+"/missing", m.ID, "")
	page := formPage{Caption: kindLabel(m.Kind) + " from " + longMoment(m.StartTime), Heading: "Record the return", Action: base + "/return",
		Submit: "Save the return", Cancel: base, Hidden: []hidden{versionField(m.Version)},
		Fields: []field{
			b.date("ended", "The date the child came back or was found", "For example, 28 3 2026"),
			b.clock("ended-time", "The time the child came back", "For example, 07:15"),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

func (s *Server) handleMissingInterviewForm(w http.ResponseWriter, r *http.Request) {
	v, m, ok := s.openMissingEpisode(w, r, "return home interview form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	if !m.RHIOfferedAt.IsZero() {
		form.Values.Set("offered", "yes")
		momentValues(form, "offered", m.RHIOfferedAt)
	}
	switch {
	case m.RHIAccepted == nil && !m.RHIOfferedAt.IsZero():
		form.Values.Set("accepted", "unknown")
	case m.RHIAccepted != nil:
		form.Values.Set("accepted", yesNoString(m.RHIAccepted))
	}
	if !m.RHIHeldAt.IsZero() {
		form.Values.Set("held", "yes")
		momentValues(form, "held", m.RHIHeldAt)
		form.Values.Set("by", m.RHIBy)
		form.Values.Set("by-name", m.RHIByName)
	}
	s.keptDraft(r, form, nil)
	s.renderMissingInterview(w, r, http.StatusOK, v, m, form)
}

// handleMissingInterview records the return home interview. Every rule is checked at its field: offered
// and held after the return and not in the future, held after it was offered, accepted when held, and
// who held it when it was held.
func (s *Server) handleMissingInterview(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, m, ok := s.openMissingEpisode(w, r, "return home interview form", true)
	if !ok {
		return
	}
	form, now := NewForm(r.PostForm), s.now()
	m.RHIOfferedAt, m.RHIAccepted, m.RHIHeldAt, m.RHIBy, m.RHIByName = time.Time{}, nil, time.Time{}, "", ""
	offered := yesNoValue(form, "offered", "Select yes if a return home interview was offered", true)
	if offered != nil && *offered {
		m.RHIOfferedAt = momentInput(form, "offered", "the interview was offered", now, true)
		notBeforeMoment(form, "offered", m.RHIOfferedAt, m.EndTime, "An interview is offered after the child came back ("+longMoment(m.EndTime)+")")
		switch form.Value("accepted") {
		case "yes", "no":
			m.RHIAccepted = yesNoValue(form, "accepted", "", false)
		case "unknown":
		default:
			form.Add("accepted", "Select whether the child accepted the interview")
		}
	}
	held := yesNoValue(form, "held", "Select yes if the interview was held", offered != nil && *offered)
	if held != nil && *held {
		m.RHIHeldAt = momentInput(form, "held", "the interview was held", now, true)
		notBeforeMoment(form, "held", m.RHIHeldAt, m.EndTime, "The interview cannot be before the child came back ("+longMoment(m.EndTime)+")")
		notBeforeMoment(form, "held", m.RHIHeldAt, m.RHIOfferedAt, "The interview cannot be before it was offered ("+longMoment(m.RHIOfferedAt)+")")
		m.RHIBy = codeValue(form, "by", exploitation.ReturnInterviewProviders, "Select who held the interview", true)
		m.RHIByName = textValue(form, "by-name", "Enter the name of the person or service who held the interview", true)
		if offered != nil && !*offered {
			form.Add("offered", "An interview that was held was offered: select yes and say when")
		}
		if m.RHIAccepted != nil && !*m.RHIAccepted {
			form.Add("accepted", "The interview was held, so the child accepted it")
		}
	}
	if !s.amendChecked(w, r, v, form, "offered", &m, "Return home interview recorded") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderMissingInterview(w, r, status, v, m, form) },
		"The return home interview is recorded", idPath(v.childBase()+"/missing", m.ID, ""))
}

// notBeforeMoment refuses a moment before earliest at the date of field name, when both are known and the
// field has no error yet.
func notBeforeMoment(f *Form, name string, t, earliest time.Time, message string) {
	if !t.IsZero() && !earliest.IsZero() && t.Before(earliest) && f.Error(name+"-day") == "" {
		f.Add(name+"-day", message)
	}
}

func (s *Server) renderMissingInterview(w http.ResponseWriter, r *http.Request, status int, v *protectionView, m exploitation.MissingEpisode, form *Form) {
	b := fields{form}
	base := idPath(v.childBase()+"/missing", m.ID, "")
	page := formPage{Caption: kindLabel(m.Kind) + " from " + longMoment(m.StartTime), Heading: "Record the return home interview",
		Action: base + "/interview", Submit: "Save the interview", Cancel: base, Hidden: []hidden{versionField(m.Version)},
		Facts: []fact{{Key: "Came back", Value: longMoment(m.EndTime)},
			{Key: "Due by", Value: longMoment(m.ReturnInterviewDue()) + " (72 hours after the return)"}},
		Fields: []field{
			b.yesNo("offered", "Was a return home interview offered?", "", []field{
				b.date("offered", "The date it was offered", "For example, 28 3 2026"),
				b.clock("offered-time", "The time it was offered", "For example, 10:00"),
				b.radios("accepted", "Did the child accept it?", "", []option{{Value: "yes", Label: "Yes"}, {Value: "no", Label: "No, the child declined"}, {Value: "unknown", Label: "Not yet known"}}),
			}, nil),
			b.yesNo("held", "Was the interview held?", "", []field{
				b.date("held", "The date it was held", "For example, 29 3 2026"),
				b.clock("held-time", "The time it started", "For example, 16:00"),
				b.radios("by", "Who held it?", "", codeOptions(exploitation.ReturnInterviewProviders, false)),
				b.text("by-name", "The name of the person or service", "For example, Jo Smith, or the commissioned service's name"),
			}, nil),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
