package web

import (
	"net/http"
	"strconv"

	"hearth/protection"
)

// handleAssessmentFindingsForm asks what the assessment found: the CIN census factors, the worker's
// analysis and the outcome.
func (s *Server) handleAssessmentFindingsForm(w http.ResponseWriter, r *http.Request) {
	v, q, ok := s.openEnquiry(w, r, false)
	if !ok {
		return
	}
	form := NewForm(nil)
	form.Values["factors"] = q.a.Factors
	form.Values.Set("analysis", q.a.Analysis)
	form.Values.Set("outcome", q.a.Outcome)
	s.keptDraft(r, form, nil)
	s.renderAssessmentFindings(w, r, http.StatusOK, v, q, form)
}

// handleAssessmentFindings records the findings. Factor 21 (no factors) cannot be chosen with another
// (CIN census rule 8869).
func (s *Server) handleAssessmentFindings(w http.ResponseWriter, r *http.Request) {
	v, q, form, ok := s.postedEnquiry(w, r, false, s.renderAssessmentFindings)
	if !ok {
		return
	}
	factors := codesValue(form, "factors", protection.AssessmentFactors, "Select the factors identified, or ‘No factors identified’", true)
	if factors.Has(protection.FactorNone) && len(factors) > 1 {
		form.Add("factors", "Select ‘No factors identified’ only when none of the other factors applies")
	}
	analysis := textValue(form, "analysis", "Enter your analysis", true)
	outcome := codeValue(form, "outcome", protection.AssessmentOutcomes, "Select what the assessment concluded", true)
	if form.Valid() {
		before := q.a.Outcome != ""
		q.a.Factors, q.a.Analysis, q.a.Outcome = factors, analysis, outcome
		if !s.amendPart(w, r, v, form, "factors", q.a, "Findings", before) {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderAssessmentFindings(w, r, status, v, q, form) },
		"The findings are recorded", q.base)
}

func (s *Server) renderAssessmentFindings(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "Findings", Action: q.base + "/findings", Submit: "Save", Cancel: q.base, Closed: q.closed(),
		Hidden: []hidden{versionField(q.version())},
		Fields: []field{
			b.checkboxes("factors", "Factors identified", "The CIN census assessment factors. Select every one that applies.", codeOptions(protection.AssessmentFactors, true)),
			b.textarea("analysis", "Analysis", "What the information means for the child: the strengths, the risks and what needs to change", 10),
			b.radios("outcome", "Outcome", "What the assessment concluded", codeOptions(protection.AssessmentOutcomes, false)),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleAssessmentCompleteForm shows what completing the assessment needs and asks the date.
func (s *Server) handleAssessmentCompleteForm(w http.ResponseWriter, r *http.Request) {
	v, q, ok := s.openEnquiry(w, r, false)
	if !ok {
		return
	}
	form := NewForm(nil)
	dateInputValues(form.Values, "completed", q.a.CompletedDate)
	setDate(form, "completed", v.today)
	s.keptDraft(r, form, nil)
	s.renderAssessmentComplete(w, r, http.StatusOK, v, q, form)
}

// handleAssessmentComplete completes the assessment and puts it to a manager. It is refused while a part
// is missing (the child seen, the GP, a household member, the findings), each shown as an error linking
// to what is missing, and for a date in the future, before the start or before the child was seen.
func (s *Server) handleAssessmentComplete(w http.ResponseWriter, r *http.Request) {
	v, q, form, ok := s.postedEnquiry(w, r, false, s.renderAssessmentComplete)
	if !ok {
		return
	}
	done := pastDate(form, "completed", "The date the assessment was completed", true, v.today)
	notBefore(form, "completed", done, q.a.StartDate, "The date the assessment was completed must be on or after it started ("+longDate(q.a.StartDate)+")")
	notBefore(form, "completed", done, q.a.SeenDate, "The date the assessment was completed must be on or after the child was seen ("+longDate(q.a.SeenDate)+")")
	facts, err := s.completionFacts(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	for _, f := range facts {
		if f.Error != "" {
			form.Add(f.ID, f.Error)
		}
	}
	if form.Valid() {
		q.a.CompletedDate = done
		if q.a.WorkerID == 0 {
			q.a.WorkerID, q.a.TeamID = v.u.WorkerID, v.u.TeamID
		}
		if !s.amendChecked(w, r, v, form, "completed-day", q.a, "Completed and sent for authorisation") {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderAssessmentComplete(w, r, status, v, q, form) },
		"The assessment is completed and waiting for a team manager to authorise it", q.base)
}

// completionFacts lists the parts completing an assessment needs, each with an error when it is missing.
func (s *Server) completionFacts(r *http.Request, v *protectionView, q enquiry) ([]fact, error) {
	h, err := s.householdOf(r, v, q)
	if err != nil {
		return nil, err
	}
	facts := enquiryGaps(q, v.rec, h)
	findings := fact{ID: "findings", Key: "Findings", Href: q.base + "/findings", HrefText: "Change",
		Value: protection.AssessmentOutcomes.Description(q.a.Outcome)}
	if len(q.a.Factors) == 0 || q.a.Outcome == "" || q.a.Analysis == "" {
		findings.Error, findings.HrefText = "Record the factors, your analysis and the outcome before you complete the assessment", "Record"
	}
	return append(facts, findings), nil
}

// renderAssessmentComplete draws the completion form. The parts still missing are listed, and shown as
// errors once the person has tried to complete.
func (s *Server) renderAssessmentComplete(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	facts, err := s.completionFacts(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if status == http.StatusOK {
		facts = clearErrors(facts)
	}
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "Complete the assessment", Action: q.base + "/complete", Submit: "Complete and send for authorisation",
		Cancel: q.base, Closed: q.closed(), Facts: facts, Hidden: []hidden{versionField(q.version())},
		Intro:  []string{"A team manager then authorises it. Check each part below is right."},
		Fields: []field{b.date("completed", "The date the assessment was completed", "For example, "+strconv.Itoa(v.today.Day())+" "+strconv.Itoa(int(v.today.Month()))+" "+strconv.Itoa(v.today.Year()))}}
	if !q.a.CompletedDate.IsZero() {
		page.Intro = append(page.Intro, "It was completed on "+longDate(q.a.CompletedDate)+". Saving again changes that date.")
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// clearErrors returns facts without their errors.
func clearErrors(facts []fact) []fact {
	out := make([]fact, len(facts))
	for i, f := range facts {
		f.Error = ""
		out[i] = f
	}
	return out
}
