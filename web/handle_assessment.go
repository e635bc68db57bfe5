package web

import (
	"fmt"
	"net/http"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
)

// A child and family assessment is recorded in short parts, each its own page, in any order: starting
// it, seeing the child, the household members, the GP's information and the findings (factors, analysis
// and outcome). The worker then completes it, and a team manager authorises it. Its page is a task list
// of those parts, so what is missing shows before anyone is asked to sign.

// handleAssessmentNewForm asks when the assessment started.
func (s *Server) handleAssessmentNewForm(w http.ResponseWriter, r *http.Request) {
	v, ep, ok := s.openEpisode(w, r, "assessment form")
	if !ok {
		return
	}
	form := NewForm(nil)
	dateInputValues(form.Values, "start", v.today)
	s.keptDraft(r, form, nil)
	s.renderAssessmentNew(w, r, http.StatusOK, v, ep.ReferralDate, form)
}

// handleAssessmentNew starts an assessment of the current referral. It cannot start before the
// referral, nor in the future.
func (s *Server) handleAssessmentNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ep, ok := s.openEpisode(w, r, "assessment form")
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	start := pastDate(form, "start", "The date the assessment started", true, v.today)
	notBefore(form, "start", start, ep.ReferralDate, "The date the assessment started must be on or after the referral ("+longDate(ep.ReferralDate)+")")
	a := &protection.Assessment{PersonID: v.rec.Person.ID, CINEpisodeID: ep.ID, StartDate: start, WorkerID: v.u.WorkerID, TeamID: v.u.TeamID}
	if !s.insertChecked(w, r, v, form, "start-day", a) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderAssessmentNew(w, r, status, v, ep.ReferralDate, form) },
		"The assessment has started. Record each part below.", idPath(v.childBase()+"/assessments", a.ID, ""))
}

func (s *Server) renderAssessmentNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, referral hearth.Date, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Child and family assessment", Heading: "Start an assessment",
		Intro:  []string{"The assessment belongs to the referral of " + longDate(referral) + ". It should be completed and authorised within 45 working days of the referral."},
		Action: v.childBase() + "/assessments/new", Submit: "Start the assessment", Cancel: v.childBase(),
		Fields: []field{b.date("start", "The date the assessment started", "For example, 27 3 2026")}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleAssessment shows an assessment: its parts as a task list, what each says, and who recorded it.
func (s *Server) handleAssessment(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "assessment", false)
	if !ok {
		return
	}
	a, ok := findRow[protection.Assessment](v.rec, r, "assessment")
	if !ok {
		s.notFound(w, r)
		return
	}
	h, err := s.householdOf(r, v, enquiry{a: &a})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	q := enquiry{a: &a, base: idPath(v.childBase()+"/assessments", a.ID, "")}
	page := recordPage{Caption: "Child and family assessment", Heading: "Assessment started " + longDate(a.StartDate)}
	switch {
	case !a.AuthorisationDate.IsZero():
		page.Status, page.StatusColour = "Authorised", "green"
	case !a.CompletedDate.IsZero():
		page.Status, page.StatusColour = "Completed: awaiting authorisation", "yellow"
	default:
		page.Status, page.StatusColour = "In progress", "blue"
	}
	editable := v.canRecord && q.closed() == "" && active(a)
	if editable || (v.canSignOff && a.AuthorisationDate.IsZero() && active(a)) {
		page.Tasks = enquiryTasks(q, v.rec, h, editable)
		page.Tasks = append(page.Tasks,
			partTask("findings", "Findings: factors, analysis and outcome", q.base+"/findings", len(a.Factors) > 0 && a.Outcome != "", editable))
		complete := partTask("complete", "Complete and send for authorisation", q.base+"/complete", !a.CompletedDate.IsZero(), editable)
		page.Tasks = append(page.Tasks, complete)
		auth := task{ID: "authorise", Label: "Manager's authorisation", Status: "Cannot start yet", Colour: "grey"}
		if !a.CompletedDate.IsZero() {
			auth.Status, auth.Colour = "Waiting for a team manager", "yellow"
			if v.canSignOff {
				auth.Href, auth.Status = q.base+"/authorise", "Ready to authorise"
			}
		}
		page.Tasks = append(page.Tasks, auth)
	}
	ep := episodeByID(v.rec, a.CINEpisodeID)
	page.Sections = append(page.Sections, section{Title: "The assessment", Facts: []fact{
		{Key: "Referral", Value: longDate(ep.ReferralDate)},
		{Key: "Started", Value: longDate(a.StartDate)},
		{Key: "Worker", Value: nameOr(v.names.Worker(a.WorkerID), v.names.Team(a.TeamID))},
		{Key: "Completed", Value: longDate(a.CompletedDate)},
		{Key: "Authorised", Value: authorisedWords(a.AuthorisationDate, v.names.Worker(a.AuthorisedBy))},
	}})
	page.Sections = append(page.Sections, enquirySections(q, v, h)...)
	page.Sections = append(page.Sections, section{Title: "Findings", Facts: []fact{
		{Key: "Factors identified", Lines: codeLines(protection.AssessmentFactors, a.Factors)},
		{Key: "Analysis", Lines: paragraphs(a.Analysis)},
		{Key: "Outcome", Value: protection.AssessmentOutcomes.Description(a.Outcome)},
	}})
	if v.canRecord && !a.AuthorisationDate.IsZero() {
		switch a.Outcome {
		case protection.OutcomeStrategyDiscussion:
			page.Buttons = append(page.Buttons, link{Text: "Record the strategy discussion", Href: v.childBase() + "/strategy-discussions/new"})
		case protection.OutcomeCINPlan:
			page.Buttons = append(page.Buttons, link{Text: "Start a child in need plan", Href: v.childBase() + "/cin-plans/new"})
		}
	}
	s.renderProtectionRecord(w, r, v, "cin_assessments", a.Record, page)
}

// partTask is one part of a record as a task: done or not, linked when it may be changed.
func partTask(id, label, href string, done, editable bool) task {
	t := task{ID: id, Label: label, Status: "Not yet started", Colour: "blue"}
	if done {
		t.Status, t.Done = "Completed", true
	}
	if editable {
		t.Href = href
	}
	return t
}

// enquiryTasks are the parts an assessment and an enquiry share, as tasks.
func enquiryTasks(q enquiry, rec *store.ChildRecord, h household, editable bool) []task {
	seen := q.seen()
	obtained, _ := q.gp()
	gaps := enquiryGaps(q, rec, h)
	return []task{
		partTask("seen", "Seeing the child", q.base+"/seen", seen.Seen != nil, editable),
		partTask("household", "Household members", q.base+"/household", gaps[2].Error == "", editable),
		partTask("gp", "The GP's information", q.base+"/gp", obtained != nil, editable),
	}
}

// enquirySections show what an assessment or enquiry says about the child seen, the household and the
// GP.
func enquirySections(q enquiry, v *protectionView, h household) []section {
	seen := q.seen()
	obtained, reason := q.gp()
	out := []section{{Title: "Seeing the child", Facts: []fact{
		{Key: "Seen", Value: seen.words()},
		{Key: "What the child said", Lines: paragraphs(seen.Views)},
	}}, {Title: "The GP's information", Facts: []fact{{Key: "GP", Value: gpWords(obtained, reason)}}}}
	t := &table{Caption: "Household members considered", Head: []string{"Person", "Lives with the child", "Considered", "What was learnt, or why not"},
		Empty: "No one is recorded as living with the child."}
	rows := q.members(v.rec)
	shown := map[int64]bool{}
	for _, m := range append(append([]store.FamilyMember{}, h.members...), h.others...) {
		var row *memberRow
		for i := range rows {
			if rows[i].MemberID == m.PersonID {
				row = &rows[i]
			}
		}
		if row == nil && !m.InHousehold {
			continue
		}
		shown[m.PersonID] = true
		considered, note := cell{Tag: &tag{"Not yet", "red"}}, cell{}
		if row != nil {
			considered, note = cell{Text: yesNoWords(&row.Considered)}, cell{Text: row.Note}
		}
		t.Rows = append(t.Rows, []cell{{Text: memberName(m)}, {Text: yesNoWords(&m.InHousehold)}, considered, note})
	}
	for _, row := range rows {
		if !shown[row.MemberID] {
			t.Rows = append(t.Rows, []cell{{Text: nameOr(v.names.Person(row.MemberID), "Person "+fmt.Sprint(row.MemberID))}, {Text: "No longer recorded"},
				{Text: yesNoWords(&row.Considered)}, {Text: row.Note}})
		}
	}
	out = append(out, section{Title: "Household members", Table: t})
	return out
}

// nameOr returns the first name that is not empty.
func nameOr(names ...string) string {
	for _, n := range names {
		if n != "" {
			return n
		}
	}
	return ""
}

// authorisedWords says when and by whom something was signed off.
func authorisedWords(on hearth.Date, by string) string {
	if on.IsZero() {
		return ""
	}
	if by != "" {
		return longDate(on) + " by " + by
	}
	return longDate(on)
}

// codeLines lists the meaning of each code of a DfE list, with the code, one a line.
func codeLines(list frontdoor.CodeList, codes []string) []string {
	var out []string
	for _, c := range codes {
		out = append(out, nameOr(list.Description(c), c)+" ("+c+")")
	}
	return out
}
