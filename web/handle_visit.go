package web

import (
	"net/http"

	"hearth/protection"
)

// A visit to the child under a child in need or child protection plan: whether the child was seen, and
// seen alone, their bedroom seen, and what they said in their own words. A looked-after child's statutory
// visit (kind cla) is recorded with the same form while the child is looked after.

func (s *Server) handleVisitNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "visit form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "visited", v.today)
	if _, inCare := openCareEpisode(v.rec); inCare {
		form.Values.Set("kind", protection.VisitCLA) // branch care: a looked-after child's statutory visit
	} else if openCPPlan(v.rec) != nil {
		form.Values.Set("kind", protection.VisitCP)
	} else {
		form.Values.Set("kind", protection.VisitCIN)
	}
	s.keptDraft(r, form, nil)
	s.renderVisitNew(w, r, http.StatusOK, v, form)
}

// handleVisitNew records a visit. A child protection visit belongs to the open plan and cannot be
// before it started; a child in need visit cannot be before the referral; neither can be in the future.
func (s *Server) handleVisitNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openProtection(w, r, "visit form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	vi := &protection.Visit{PersonID: v.rec.Person.ID, WorkerID: v.u.WorkerID,
		Kind:      codeValue(form, "kind", protection.VisitKinds, "Select the kind of visit", true),
		VisitDate: pastDate(form, "visited", "The date of the visit", true, v.today),
		Location:  codeValue(form, "location", protection.VisitLocations, "Select where the visit took place", true),
		ChildSeen: yesNoValue(form, "seen", "Select yes if the child was seen", true),
	}
	ep, hasEpisode := currentEpisode(v.rec)
	switch vi.Kind {
	case protection.VisitCP:
		plan := openCPPlan(v.rec)
		if plan == nil {
			form.Add("kind", "The child has no open child protection plan: record a child in need visit")
			break
		}
		vi.CPPlanID, vi.CINEpisodeID = plan.ID, plan.CINEpisodeID
		notBefore(form, "visited", vi.VisitDate, plan.StartDate, "A child protection visit cannot be before the plan started ("+longDate(plan.StartDate)+")")
	case protection.VisitCIN:
		if !hasEpisode {
			form.Add("kind", "There is no open referral for a child in need visit to belong to")
			break
		}
		vi.CINEpisodeID = ep.ID
		notBefore(form, "visited", vi.VisitDate, ep.ReferralDate, "A child in need visit cannot be before the referral ("+longDate(ep.ReferralDate)+")")
	case protection.VisitCLA: // branch care: the statutory visit of a looked-after child
		e, inCare := openCareEpisode(v.rec)
		if !inCare {
			form.Add("kind", "The child is not looked after now: record a child in need visit")
			break
		}
		notBefore(form, "visited", vi.VisitDate, e.PeriodStart, "A looked-after child's visit cannot be before they became looked after ("+longDate(e.PeriodStart)+")")
	case "":
	default:
		form.Add("kind", "Select a child in need or child protection visit")
	}
	if vi.ChildSeen != nil && *vi.ChildSeen {
		vi.SeenAlone = yesNoValue(form, "alone", "Select yes if the child was seen alone", true)
		vi.BedroomSeen = yesNoValue(form, "bedroom", "Select yes if the child's bedroom was seen", false)
	}
	if vi.ChildSeen != nil && !*vi.ChildSeen {
		vi.NotSeenReason = textValue(form, "not-seen-reason", "Enter why the child was not seen", true)
	}
	vi.ChildViews = textValue(form, "views", "", false)
	vi.Observations = textValue(form, "observations", "Enter what you saw and what it means for the plan", true)
	needWorker(form, v, "visited-day", "visited")
	if !s.insertChecked(w, r, v, form, "visited-day", vi) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderVisitNew(w, r, status, v, form) },
		"The visit is recorded", idPath(v.childBase()+"/visits", vi.ID, ""))
}

func (s *Server) renderVisitNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	kinds := []option{{Value: protection.VisitCIN, Label: protection.VisitKinds.Description(protection.VisitCIN)}}
	if openCPPlan(v.rec) != nil {
		kinds = append([]option{{Value: protection.VisitCP, Label: protection.VisitKinds.Description(protection.VisitCP)}}, kinds...)
	}
	if _, inCare := openCareEpisode(v.rec); inCare { // branch care
		kinds = append([]option{{Value: protection.VisitCLA, Label: protection.VisitKinds.Description(protection.VisitCLA)}}, kinds...)
	}
	page := formPage{Caption: "Visit", Heading: "Record a visit", Action: v.childBase() + "/visits/new", Submit: "Save the visit", Cancel: v.childBase(),
		Fields: []field{
			b.radios("kind", "The kind of visit", "", kinds),
			b.date("visited", "The date of the visit", "For example, 27 3 2026"),
			b.radios("location", "Where the visit took place", "", codeOptions(protection.VisitLocations, false)),
			b.yesNo("seen", "Was the child seen?", "", []field{
				b.yesNo("alone", "Was the child seen alone?", "Without a parent or carer in the room", nil, nil),
				b.yesNo("bedroom", "Was the child's bedroom seen?", "", nil, nil),
			}, []field{
				b.textarea("not-seen-reason", "Why the child was not seen", "What was tried, and when the child will be seen", 3),
			}),
			b.words("views", "What the child said", "Write what the child said about their life, wishes and feelings in their own words, in quotation marks where you can"),
			b.textarea("observations", "What you saw and what it means for the plan", "", 6),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// visitSeenWords says in a line whether the child was seen.
func visitSeenWords(v protection.Visit) string {
	switch {
	case v.ChildSeen == nil:
		return "Not recorded"
	case !*v.ChildSeen:
		return "Not seen: " + v.NotSeenReason
	case v.SeenAlone != nil && *v.SeenAlone:
		return "Seen alone"
	}
	return "Seen, not alone"
}

// handleVisit shows a visit.
func (s *Server) handleVisit(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "visit", false)
	if !ok {
		return
	}
	vi, ok := findRow[protection.Visit](v.rec, r, "visit")
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: protection.VisitKinds.Description(vi.Kind), Heading: "Visit of " + longDate(vi.VisitDate)}
	if vi.ChildSeen == nil || !*vi.ChildSeen {
		page.Status, page.StatusColour = "Child not seen", "red"
	}
	planHref := ""
	for _, p := range protectionPlans(v, vi.CPPlanID) {
		planHref = idPath(v.childBase()+"/plans", p, "")
	}
	page.Sections = []section{{Title: "The visit", Facts: []fact{
		{Key: "Date", Value: longDate(vi.VisitDate)},
		{Key: "Kind", Value: protection.VisitKinds.Description(vi.Kind), Href: planHref, HrefText: "View the plan"},
		{Key: "Visited by", Value: v.names.Worker(vi.WorkerID)},
		{Key: "Where", Value: protection.VisitLocations.Description(vi.Location)},
		{Key: "The child", Value: visitSeenWords(vi)},
		{Key: "Bedroom seen", Value: yesNoWords(vi.BedroomSeen)},
		{Key: "What the child said", Lines: paragraphs(vi.ChildViews)},
		{Key: "What the worker saw", Lines: paragraphs(vi.Observations)},
	}}}
	s.renderProtectionRecord(w, r, v, "visits", vi.Record, page)
}
