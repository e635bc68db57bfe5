package web

import (
	"net/http"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/protection"
	"hearth/store"
)

func (s *Server) handleS47ConclusionForm(w http.ResponseWriter, r *http.Request) {
	v, q, ok := s.openEnquiry(w, r, true)
	if !ok {
		return
	}
	form := NewForm(nil)
	dateInputValues(form.Values, "concluded", q.e.EndDate)
	setDate(form, "concluded", v.today)
	form.Values.Set("analysis", q.e.Analysis)
	form.Values.Set("conclusion", q.e.Conclusion)
	form.Values.Set("icpc", yesNoString(q.e.ICPCRequired))
	s.keptDraft(r, form, nil)
	s.renderS47Conclusion(w, r, http.StatusOK, v, q, form)
}

// handleS47Conclusion records how the enquiry concluded and whether an initial conference is needed,
// setting the conference's target date from the strategy discussion. It is refused while the child
// seen, the GP or a household member is missing, for a conference decided on without a continuing risk,
// and for a date in the future, before the enquiry started or before the child was seen.
func (s *Server) handleS47Conclusion(w http.ResponseWriter, r *http.Request) {
	v, q, form, ok := s.postedEnquiry(w, r, true, s.renderS47Conclusion)
	if !ok {
		return
	}
	e := q.e
	end := pastDate(form, "concluded", "The date the enquiry concluded", true, v.today)
	notBefore(form, "concluded", end, e.StartDate, "The date the enquiry concluded must be on or after it started ("+longDate(e.StartDate)+")")
	notBefore(form, "concluded", end, e.SeenDate, "The date the enquiry concluded must be on or after the child was seen ("+longDate(e.SeenDate)+")")
	analysis := textValue(form, "analysis", "Enter the analysis of what was found", true)
	conclusion := codeValue(form, "conclusion", protection.S47Conclusions, "Select how the enquiry concluded", true)
	icpc := yesNoValue(form, "icpc", "Select yes if an initial child protection conference is needed", true)
	if icpc != nil && *icpc && conclusion != "" && conclusion != protection.S47SubstantiatedContinuingRisk {
		form.Add("icpc", "An initial child protection conference is needed only when the child is judged to be at continuing risk of significant harm: change the conclusion or the decision")
	}
	h, err := s.householdOf(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	for _, f := range enquiryGaps(q, v.rec, h) {
		if f.Error != "" {
			form.Add(f.ID, f.Error)
		}
	}
	if form.Valid() {
		e.EndDate, e.Analysis, e.Conclusion, e.ICPCRequired = end, analysis, conclusion, icpc
		if *icpc && e.ICPCTargetDate.IsZero() {
			if e.ICPCTargetDate, err = s.icpcTarget(r, v.rec, e); err != nil {
				s.serverError(w, r, err)
				return
			}
		}
		if !*icpc {
			e.ICPCTargetDate = hearth.Date{}
		}
		if e.WorkerID == 0 {
			e.WorkerID, e.TeamID = v.u.WorkerID, v.u.TeamID
		}
		if !s.amendChecked(w, r, v, form, "concluded-day", e, "Conclusion recorded") {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderS47Conclusion(w, r, status, v, q, form) },
		"The conclusion is recorded and waiting for a team manager to sign it off", q.base)
}

// icpcTarget is the date the initial conference is due: the duty of that name (15 working days unless the
// organisation set it stricter) from the strategy discussion that started the enquiry, or from the
// enquiry's start for one recorded without a discussion. The duty is defined once (package duty), so the
// target date recorded here is the date the duty lists show.
func (s *Server) icpcTarget(r *http.Request, rec *store.ChildRecord, e *protection.S47Enquiry) (hearth.Date, error) {
	from := e.StartDate
	for _, d := range store.Rows[protection.StrategyDiscussion](rec) {
		if d.ID == e.StrategyDiscussionID {
			from = londonDate(d.HeldAt)
		}
	}
	settings, err := s.dutySettings(r.Context())
	if err != nil {
		return hearth.Date{}, err
	}
	due, err := settings.Get(duty.ICPC).DueFrom(calendar.England(), from)
	if err != nil {
		return from.AddDays(21), nil // past the calendar's known years: three weeks, as 15 working days usually are
	}
	return due, nil
}

// icpcTimescale says the initial conference's timescale in words, as the organisation has set it.
func (s *Server) icpcTimescale(r *http.Request) string {
	settings, err := s.dutySettings(r.Context())
	if err != nil {
		return "15 working days"
	}
	return settings.Get(duty.ICPC).Timescale()
}

func (s *Server) renderS47Conclusion(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	h, err := s.householdOf(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	facts := enquiryGaps(q, v.rec, h)
	if status == http.StatusOK {
		facts = clearErrors(facts)
	}
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "Conclusion", Action: q.base + "/conclusion", Submit: "Save the conclusion", Cancel: q.base,
		Closed: q.closed(), Facts: facts, Hidden: []hidden{versionField(q.version())},
		Intro: []string{"The enquiry needs a clear conclusion and a decision on an initial child protection conference, which a team manager then signs off."},
		Fields: []field{
			b.date("concluded", "The date the enquiry concluded", "For example, 27 3 2026"),
			b.textarea("analysis", "Analysis", "What was found, what it means for the child, and how each member of the household bears on the risk", 10),
			b.radios("conclusion", "Conclusion", "", codeOptions(protection.S47Conclusions, false)),
			b.yesNo("icpc", "Is an initial child protection conference needed?", "It is due within "+s.icpcTimescale(r)+" of the strategy discussion.", nil, nil),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

func (s *Server) handleS47AuthoriseForm(w http.ResponseWriter, r *http.Request) {
	v, q, ok := s.openEnquiry(w, r, true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "authorised", v.today)
	s.keptDraft(r, form, nil)
	s.renderS47Authorise(w, r, http.StatusOK, v, q, form)
}

// handleS47Authorise records a team manager's sign-off of the conclusion. It is refused before the
// enquiry has concluded, for a date before the conclusion or in the future, and for a manager whose
// account has no worker record.
func (s *Server) handleS47Authorise(w http.ResponseWriter, r *http.Request) {
	v, q, form, ok := s.postedEnquiry(w, r, true, s.renderS47Authorise)
	if !ok {
		return
	}
	on := pastDate(form, "authorised", "The date of sign-off", true, v.today)
	if q.e.EndDate.IsZero() {
		form.Add("concluded", "The enquiry has not concluded: its conclusion is recorded before it can be signed off")
	}
	notBefore(form, "authorised", on, q.e.EndDate, "The date of sign-off must be on or after the enquiry concluded ("+longDate(q.e.EndDate)+")")
	needWorker(form, v, "authorised-day", "signed this off")
	if form.Valid() {
		q.e.AuthorisationDate, q.e.AuthorisedBy = on, v.u.WorkerID
		if !s.amendChecked(w, r, v, form, "authorised-day", q.e, "Conclusion signed off") {
			return
		}
	}
	s.formDone(w, r, form, func(status int) {
		q.e.AuthorisationDate, q.e.AuthorisedBy = hearth.Date{}, 0 // the form shows the record as it stands
		s.renderS47Authorise(w, r, status, v, q, form)
	}, "The enquiry's conclusion is signed off", q.base)
}

func (s *Server) renderS47Authorise(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	b := fields{form}
	e := q.e
	concluded := fact{ID: "concluded", Key: "Concluded", Value: longDate(e.EndDate), Error: form.Error("concluded")}
	if e.EndDate.IsZero() {
		concluded.Value = "Not yet: the worker records the conclusion first"
	}
	page := formPage{Caption: q.title(), Heading: "Sign off the conclusion", Action: q.base + "/authorise", Submit: "Sign off",
		Cancel: q.base, Closed: q.closed(), Hidden: []hidden{versionField(q.version())},
		Intro: []string{"By signing off you confirm the enquiry considered every member of the household, and its conclusion and the decision on a conference are right for the child."},
		Facts: []fact{
			concluded,
			{Key: "Conclusion", Value: protection.S47Conclusions.Description(e.Conclusion)},
			{Key: "Conference needed", Value: yesNoWords(e.ICPCRequired)},
			{Key: "Child seen", Value: q.seen().words()},
		},
		Fields: []field{b.date("authorised", "The date of sign-off", "For example, 27 3 2026")}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
