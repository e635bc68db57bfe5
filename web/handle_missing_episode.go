package web

import (
	"net/http"

	"hearth/exploitation"
)

// A child going missing, or away from their placement without authorisation, whether looked after or
// not: when they went and came back, and the police reference. The return home interview is recorded on
// the episode afterwards (handle_missing_interview.go).

func (s *Server) handleMissingNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openRecordAs(w, r, missingWriters, "missing episode form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderMissingNew(w, r, http.StatusOK, v, form)
}

// handleMissingNew records an episode. Neither time may be in the future, and the return must come after
// the child went.
func (s *Server) handleMissingNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openRecordAs(w, r, missingWriters, "missing episode form", true)
	if !ok {
		return
	}
	form, now := NewForm(r.PostForm), s.now()
	m := &exploitation.MissingEpisode{PersonID: v.rec.Person.ID,
		Kind:            codeValue(form, "kind", exploitation.MissingTypes, "Select whether the child was missing or away from placement", true),
		StartTime:       momentInput(form, "started", "the child went missing", now, true),
		PoliceReference: textValue(form, "police", "", false),
	}
	if yesNoValue(form, "returned", "Select yes if the child has come back", true) != nil && form.Value("returned") == "yes" {
		m.EndTime = momentInput(form, "ended", "the child came back", now, true)
		if !m.StartTime.IsZero() && !m.EndTime.IsZero() && !m.EndTime.After(m.StartTime) {
			form.Add("ended-day", "The return must be after the child went missing ("+longMoment(m.StartTime)+")")
		}
	}
	if !s.insertChecked(w, r, v, form, "kind", m) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderMissingNew(w, r, status, v, form) },
		"The episode is recorded", idPath(v.childBase()+"/missing", m.ID, ""))
}

func (s *Server) renderMissingNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Missing from home or care", Heading: "Record a missing or away episode", Action: v.childBase() + "/missing/new",
		Submit: "Save the episode", Cancel: v.childBase(),
		Intro: []string{"Record every episode, whether or not the child is looked after. A return home interview is due within 72 hours of the child coming back."},
		Fields: []field{
			b.radios("kind", "Was the child missing or away?", "", codeOptions(exploitation.MissingTypes, true)),
			b.date("started", "The date the child went missing", "For example, 27 3 2026"),
			b.clock("started-time", "The time the child went missing", "For example, 21:30"),
			b.yesNo("returned", "Has the child come back?", "", []field{
				b.date("ended", "The date the child came back or was found", "For example, 28 3 2026"),
				b.clock("ended-time", "The time the child came back", "For example, 07:15"),
			}, nil),
			b.text("police", "Police reference", "The reference of the missing person report, if one was made"),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleMissing shows an episode: when, how long, its return home interview and whether it was held
// within 72 hours of the return, worked out in hours from the return time.
func (s *Server) handleMissing(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openRecordAs(w, r, missingWriters, "missing episode", false)
	if !ok {
		return
	}
	m, ok := findRow[exploitation.MissingEpisode](v.rec, r, "missing")
	if !ok {
		s.notFound(w, r)
		return
	}
	now := s.now()
	status, colour := interviewStatus(m, now)
	base := idPath(v.childBase()+"/missing", m.ID, "")
	page := recordPage{Caption: "Missing from home or care", Heading: kindLabel(m.Kind) + " from " + longMoment(m.StartTime),
		Status: status, StatusColour: colour}
	returned, away := "Still missing", ""
	if !m.EndTime.IsZero() {
		returned, away = longMoment(m.EndTime), durationWords(m.EndTime.Sub(m.StartTime))
	}
	page.Sections = []section{{Title: "The episode", Facts: []fact{
		{Key: "Kind", Value: exploitation.MissingTypes.Description(m.Kind) + " (" + m.Kind + ")"},
		{Key: "Went missing", Value: longMoment(m.StartTime)},
		{Key: "Came back", Value: returned},
		{Key: "Time away", Value: away},
		{Key: "Police reference", Value: m.PoliceReference},
	}}}
	interview := section{Title: "Return home interview"}
	if !m.EndTime.IsZero() {
		interview.Facts = append(interview.Facts, fact{Key: "Due by", Value: longMoment(m.ReturnInterviewDue()) + " (72 hours after the return)"})
	}
	offered := "Not offered"
	if !m.RHIOfferedAt.IsZero() {
		offered = longMoment(m.RHIOfferedAt)
	}
	interview.Facts = append(interview.Facts, fact{Key: "Offered", Value: offered}, fact{Key: "Accepted", Value: yesNoWords(m.RHIAccepted)})
	if !m.RHIHeldAt.IsZero() {
		within := "No"
		if m.ReturnInterviewInTime() {
			within = "Yes"
		}
		by := exploitation.ReturnInterviewProviders.Description(m.RHIBy)
		if m.RHIByName != "" {
			by += ": " + m.RHIByName
		}
		interview.Facts = append(interview.Facts, fact{Key: "Held", Value: longMoment(m.RHIHeldAt) + ", " + hoursAfter(m.EndTime, m.RHIHeldAt)},
			fact{Key: "Within 72 hours", Value: within}, fact{Key: "Held by", Value: by})
	}
	page.Sections = append(page.Sections, interview)
	if v.canRecord {
		if m.EndTime.IsZero() {
			page.Buttons = append(page.Buttons, link{Text: "Record the return", Href: base + "/return"})
		} else {
			page.Buttons = append(page.Buttons, link{Text: "Record the return home interview", Href: base + "/interview"})
		}
	}
	s.renderProtectionRecord(w, r, v, "missing", m.Record, page)
}
