package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
)

// A child protection conference is recorded on one page. An initial conference follows a section 47
// enquiry that decided one was needed (or is a transfer-in conference); when it makes the child the
// subject of a plan, the plan's period (cp_plans), the conference and what the plan says (plans) are
// written together, so there is never a plan without its conference or its words. A review conference
// reviews the open plan: it may change the categories or end the plan.

// conferenceInput is what the conference form offers: the enquiries an initial conference may follow
// and the open plan a review may review.
type conferenceInput struct {
	kind      string
	episode   frontdoor.CINEpisode
	enquiries []protection.S47Enquiry
	openPlan  *protection.CPPlan
	// lastConference is the latest conference of the open plan, which a review must come after.
	lastConference hearth.Date
	lastCategories hearth.Codes
}

// conferenceInputOf works out what the form offers from the child's record.
func conferenceInputOf(rec *store.ChildRecord, kind string) conferenceInput {
	in := conferenceInput{kind: protection.ConferenceInitial}
	if kind == protection.ConferenceReview {
		in.kind = kind
	}
	in.episode, _ = currentEpisode(rec)
	for _, e := range store.Rows[protection.S47Enquiry](rec) {
		if active(e) && e.ICPCRequired != nil && *e.ICPCRequired && !hasInitialConference(rec, e.ID) {
			in.enquiries = append(in.enquiries, e)
		}
	}
	in.openPlan = openCPPlan(rec)
	if in.openPlan != nil {
		for _, c := range store.Rows[protection.Conference](rec) {
			if active(c) && c.CPPlanID == in.openPlan.ID && !c.ConferenceDate.Before(in.lastConference) {
				in.lastConference, in.lastCategories = c.ConferenceDate, c.Categories
			}
		}
		if in.lastConference.IsZero() {
			in.lastConference = in.openPlan.StartDate
		}
	}
	return in
}

// openCPPlan returns the child's open child protection plan made here, or nil.
func openCPPlan(rec *store.ChildRecord) *protection.CPPlan {
	for _, p := range store.Rows[protection.CPPlan](rec) {
		if active(p) && !p.OtherLA && p.EndDate.IsZero() {
			return &p
		}
	}
	return nil
}

func (s *Server) handleConferenceNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "conference form", true)
	if !ok {
		return
	}
	q := r.URL.Query()
	in := conferenceInputOf(v.rec, q.Get("kind"))
	form := NewForm(nil)
	form.Values.Set("kind", in.kind)
	if e := q.Get("enquiry"); e != "" {
		form.Values.Set("enquiry", e)
	} else if len(in.enquiries) == 1 {
		form.Values.Set("enquiry", strconv.FormatInt(in.enquiries[0].ID, 10))
	}
	form.Values["categories"] = in.lastCategories
	setDate(form, "held", v.today)
	s.keptDraft(r, form, func(d url.Values) bool { return d.Get("kind") == in.kind })
	s.renderConferenceNew(w, r, http.StatusOK, v, in, form)
}

// handleConferenceNew records a conference. An initial conference cannot come before the enquiry it
// follows concluded, nor make a second plan while one is open; a review must come after the plan's last
// conference, and ending the plan says why.
func (s *Server) handleConferenceNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openProtection(w, r, "conference form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	in := conferenceInputOf(v.rec, form.Value("kind"))
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	c := &protection.Conference{PersonID: v.rec.Person.ID, Kind: in.kind}
	c.ConferenceDate = pastDate(form, "held", "The date of the conference", true, v.today)
	c.ChairID = chosenWorker(form, "chair", chairs)
	c.Quorate = yesNoValue(form, "quorate", "Select yes if the conference was quorate", false)
	c.Participation = codeValue(form, "participation", protection.ReviewParticipation, "Select how the child took part", false)
	var plan *protection.Plan
	var cp *protection.CPPlan
	if in.kind == protection.ConferenceInitial {
		plan, cp = s.readInitialConference(form, v, in, c)
	} else {
		cp = s.readReviewConference(form, in, c)
	}
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(ch *store.Change) error {
			return saveConference(ch, c, cp, plan, in)
		})
		if err != nil && !saveProblem(form, "held-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	if !form.Valid() {
		s.renderConferenceNew(w, r, http.StatusUnprocessableEntity, v, in, form)
		return
	}
	s.dropDraft(r)
	switch {
	case plan != nil:
		s.setNotice(r, "The conference is recorded and the child protection plan has started. Add its actions.")
		s.redirect(w, r, idPath(v.childBase()+"/plans", plan.ID, ""))
	default:
		s.setNotice(r, "The conference is recorded")
		s.redirect(w, r, idPath(v.childBase()+"/conferences", c.ID, ""))
	}
}

// readInitialConference reads the parts of an initial conference: the enquiry it follows (or a
// transfer-in), its outcome and, when it makes a plan, the plan's categories and words. It returns the
// plan's period and words to write when a plan is made.
func (s *Server) readInitialConference(form *Form, v *protectionView, in conferenceInput, c *protection.Conference) (*protection.Plan, *protection.CPPlan) {
	c.CINEpisodeID = in.episode.ID
	switch form.Value("enquiry") {
	case "transfer":
		c.TransferIn = true
		notBefore(form, "held", c.ConferenceDate, in.episode.ReferralDate, "The date of the conference must be on or after the referral ("+longDate(in.episode.ReferralDate)+")")
	default:
		i := slices.IndexFunc(in.enquiries, func(e protection.S47Enquiry) bool { return strconv.FormatInt(e.ID, 10) == form.Value("enquiry") })
		if i < 0 {
			form.Add("enquiry", "Select the section 47 enquiry the conference follows, or say it is a transfer-in conference")
			break
		}
		e := in.enquiries[i]
		c.S47EnquiryID, c.CINEpisodeID = e.ID, e.CINEpisodeID
		notBefore(form, "held", c.ConferenceDate, e.StartDate, "The conference cannot be before the section 47 enquiry it follows started ("+longDate(e.StartDate)+")")
		notBefore(form, "held", c.ConferenceDate, e.EndDate, "The conference cannot be before the section 47 enquiry it follows concluded ("+longDate(e.EndDate)+")")
	}
	if c.CINEpisodeID == 0 && form.Error("enquiry") == "" {
		form.Add("enquiry", "There is no open referral for the conference to belong to: record the referral first")
	}
	c.Outcome = codeValue(form, "outcome", protection.ConferenceOutcomes, "Select what the conference decided", true)
	if c.Outcome != "" && c.Outcome != protection.ConferencePlanMade && c.Outcome != protection.ConferenceNoPlan {
		form.Add("outcome", "Select what the conference decided")
	}
	if c.Outcome != protection.ConferencePlanMade {
		return nil, nil
	}
	if in.openPlan != nil {
		form.Add("outcome", "The child is already the subject of a child protection plan (since "+longDate(in.openPlan.StartDate)+"): record a review conference of that plan instead")
	}
	c.Categories = codesValue(form, "categories", protection.CategoriesOfAbuse, "Select the categories of abuse the plan is under", true)
	plan := &protection.Plan{PersonID: v.rec.Person.ID, Kind: protection.PlanCP, AgreedDate: c.ConferenceDate,
		Summary:     textValue(form, "summary", "Enter what the conference is worried about and what needs to change", true),
		Contingency: textValue(form, "contingency", "Enter what will happen if the worries do not reduce", true),
		ChildWords:  textValue(form, "child-words", "", false)}
	category := protection.DfECategory(c.Categories)
	cp := &protection.CPPlan{PersonID: v.rec.Person.ID, CINEpisodeID: c.CINEpisodeID, StartDate: c.ConferenceDate,
		InitialCategory: category, LatestCategory: category}
	return plan, cp
}

// readReviewConference reads the parts of a review: the plan reviewed (the open one), its outcome, the
// categories when it continues and the reason when it ends. It returns the plan's period amended.
func (s *Server) readReviewConference(form *Form, in conferenceInput, c *protection.Conference) *protection.CPPlan {
	if in.openPlan == nil {
		form.Add("held-day", "The child has no open child protection plan to review")
		return nil
	}
	cp := *in.openPlan
	c.CPPlanID, c.CINEpisodeID = cp.ID, cp.CINEpisodeID
	if !c.ConferenceDate.IsZero() && !c.ConferenceDate.After(in.lastConference) && form.Error("held-day") == "" {
		form.Add("held-day", "The review must be after the plan's last conference ("+longDate(in.lastConference)+")")
	}
	c.Outcome = codeValue(form, "outcome", protection.ConferenceOutcomes, "Select what the conference decided", true)
	switch c.Outcome {
	case protection.ConferencePlanContinues:
		c.Categories = codesValue(form, "categories", protection.CategoriesOfAbuse, "Select the categories of abuse the plan is under", true)
		cp.LatestCategory = protection.DfECategory(c.Categories)
	case protection.ConferencePlanEnds:
		cp.EndDate = c.ConferenceDate
		cp.EndReason = codeValue(form, "end-reason", protection.CPPlanEndReasons, "Select why the plan ends", true)
	case "":
	default:
		form.Add("outcome", "Select what the conference decided")
	}
	return &cp
}

// saveConference writes a conference with the plan it made or the plan it reviewed, as one change,
// checking each row once the rows it refers to have their ids.
func saveConference(ch *store.Change, c *protection.Conference, cp *protection.CPPlan, plan *protection.Plan, in conferenceInput) error {
	insert := func(row interface{ Validate() error }) error {
		if err := row.Validate(); err != nil {
			return err
		}
		return ch.Insert(row)
	}
	switch {
	case plan != nil:
		if err := insert(cp); err != nil {
			return err
		}
		c.CPPlanID, plan.CPPlanID = cp.ID, cp.ID
		if err := insert(c); err != nil {
			return err
		}
		return insert(plan)
	case cp != nil && in.kind == protection.ConferenceReview:
		if err := insert(c); err != nil {
			return err
		}
		if *cp == *in.openPlan {
			return nil
		}
		why := "Latest category changed at the review conference of " + longDate(c.ConferenceDate)
		if !cp.EndDate.IsZero() {
			why = "Ended at the review conference of " + longDate(c.ConferenceDate)
		}
		if err := cp.Validate(); err != nil {
			return err
		}
		return ch.Amend(cp, why)
	}
	return insert(c)
}

func (s *Server) renderConferenceNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, in conferenceInput, form *Form) {
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	b := fields{form}
	categories := codeOptions(protection.CategoriesOfAbuse, true, protection.CategoryMultiple)
	page := formPage{Caption: "Child protection conference", Action: v.childBase() + "/conferences/new", Cancel: v.childBase(),
		Submit: "Save the conference", Hidden: []hidden{{"kind", in.kind}}}
	common := []field{
		b.choose("chair", "The chair", "The independent chair of the conference", "Not recorded", chairs),
		b.yesNo("quorate", "Was the conference quorate?", "Children's social care and at least two other agencies with direct contact with the child took part", nil, nil),
		b.radios("participation", "How the child took part", "", codeOptions(protection.ReviewParticipation, true)),
	}
	if in.kind == protection.ConferenceInitial {
		page.Heading = "Record an initial child protection conference"
		var opts []option
		for _, e := range in.enquiries {
			o := option{Value: strconv.FormatInt(e.ID, 10), Label: "Section 47 enquiry started " + longDate(e.StartDate)}
			if !e.ICPCTargetDate.IsZero() {
				o.Hint = "Concluded " + longDate(e.EndDate) + "; the conference is due by " + longDate(e.ICPCTargetDate)
			}
			opts = append(opts, o)
		}
		opts = append(opts, option{Value: "transfer", Label: "A transfer-in conference", Hint: "The child moved here while on another authority's plan"})
		page.Fields = append([]field{
			b.radios("enquiry", "The section 47 enquiry the conference follows", "", opts),
			b.date("held", "The date of the conference", "For example, 27 3 2026"),
			b.radios("outcome", "What the conference decided", "", []option{
				{Value: protection.ConferencePlanMade, Label: protection.ConferenceOutcomes.Description(protection.ConferencePlanMade), When: "If a plan is made", Reveal: []field{
					b.checkboxes("categories", "The categories of abuse", "Select each that applies; the DfE category is Multiple when there is more than one", categories),
					b.textarea("summary", "What we are worried about and what needs to change", "In words the family understand", 6),
					b.textarea("contingency", "What will happen if the worries do not reduce", "The contingency: what the local authority will do if the plan does not work", 4),
					b.words("child-words", "The child's own words about the plan", "What the child wants and how they feel, in their own words where possible"),
				}},
				{Value: protection.ConferenceNoPlan, Label: protection.ConferenceOutcomes.Description(protection.ConferenceNoPlan)},
			}),
		}, common...)
	} else {
		page.Heading = "Record a review child protection conference"
		if in.openPlan == nil {
			page.Closed = "The child has no open child protection plan to review."
		} else {
			page.Facts = []fact{{Key: "Plan", Value: "Since " + longDate(in.openPlan.StartDate) + " (" + protection.CategoriesOfAbuse.Description(in.openPlan.LatestCategory) + ")"},
				{Key: "Last conference", Value: longDate(in.lastConference)}}
		}
		page.Fields = append([]field{
			b.date("held", "The date of the review", "For example, 27 3 2026"),
			b.radios("outcome", "What the conference decided", "", []option{
				{Value: protection.ConferencePlanContinues, Label: protection.ConferenceOutcomes.Description(protection.ConferencePlanContinues), When: "If the plan continues", Reveal: []field{
					b.checkboxes("categories", "The categories of abuse from now", "", categories),
				}},
				{Value: protection.ConferencePlanEnds, Label: protection.ConferenceOutcomes.Description(protection.ConferencePlanEnds), When: "If the plan ends", Reveal: []field{
					b.radios("end-reason", "Why the plan ends", "", codeOptions(protection.CPPlanEndReasons, false)),
				}},
			}),
		}, common...)
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleConference shows a conference and the plan it made or reviewed.
func (s *Server) handleConference(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "conference", false)
	if !ok {
		return
	}
	c, ok := findRow[protection.Conference](v.rec, r, "conference")
	if !ok {
		s.notFound(w, r)
		return
	}
	heading := "Initial child protection conference of "
	if c.Kind == protection.ConferenceReview {
		heading = "Review child protection conference of "
	}
	page := recordPage{Caption: "Child protection conference", Heading: heading + longDate(c.ConferenceDate),
		Status: protection.ConferenceOutcomes.Description(c.Outcome), StatusColour: "grey"}
	follows := ""
	if c.S47EnquiryID != 0 {
		follows = "Section 47 enquiry"
	} else if c.TransferIn {
		follows = "A transfer-in conference"
	}
	facts := []fact{
		{Key: "Date", Value: longDate(c.ConferenceDate)},
		{Key: "Follows", Value: follows, Href: hrefIf(c.S47EnquiryID != 0, idPath(v.childBase()+"/s47-enquiries", c.S47EnquiryID, "")), HrefText: "View"},
		{Key: "Decision", Value: protection.ConferenceOutcomes.Description(c.Outcome)},
		{Key: "Categories of abuse", Value: codeWords(protection.CategoriesOfAbuse, c.Categories)},
		{Key: "Chair", Value: v.names.Worker(c.ChairID)},
		{Key: "Quorate", Value: yesNoWords(c.Quorate)},
		{Key: "How the child took part", Value: protection.ReviewParticipation.Description(c.Participation)},
	}
	if c.CPPlanID != 0 {
		for _, p := range store.Rows[protection.Plan](v.rec) {
			if p.CPPlanID == c.CPPlanID && active(p) {
				facts = append(facts, fact{Key: "The plan", Value: "Child protection plan", Href: idPath(v.childBase()+"/plans", p.ID, ""), HrefText: "View"})
			}
		}
	}
	page.Sections = []section{{Title: "The conference", Facts: facts}}
	s.renderProtectionRecord(w, r, v, "cp_conferences", c.Record, page)
}

// hrefIf returns href when ok, or "".
func hrefIf(ok bool, href string) string {
	if ok {
		return href
	}
	return ""
}
