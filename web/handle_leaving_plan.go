package web

import (
	"net/http"
	"slices"

	"hearth"
	"hearth/duty"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
)

// The pathway plan: made with the young person in their own words by 16 and 3 months, reviewed at least
// every six months, and printed for the young person to keep. Its words are a plan of kind pathway in the
// plans table (shared with every kind of plan); pathway_plans says when it was first made and by whom.

// pathwayPlanView is a pathway plan opened from the path with its words, actions and reviews.
type pathwayPlanView struct {
	plan    leaving.PathwayPlan
	words   protection.Plan
	actions []protection.PlanAction
	reviews []leaving.PathwayPlanReview
	base    string
	// due is what the duty engine says is due for the young person, the plan's next review among it.
	due leavingDue
}

// lastReviewed is the date of the latest review, zero when there has been none.
func (p pathwayPlanView) lastReviewed() hearth.Date {
	if len(p.reviews) == 0 {
		return hearth.Date{}
	}
	return p.reviews[len(p.reviews)-1].Date
}

// reviewDue says when the next review is due (the duty engine's open pathway plan review), or that none
// is, as when the young person's support has ended.
func (p pathwayPlanView) reviewDue() string {
	if !p.due.HasReview {
		return "No review due"
	}
	return longDate(p.due.Review.Due)
}

// openPathwayPlan opens the record and the pathway plan in the path, answering 404 for a plan that is not
// the young person's.
func (s *Server) openPathwayPlan(w http.ResponseWriter, r *http.Request, purpose string, change bool) (*protectionView, pathwayPlanView, bool) {
	v, ok := s.openLeaving(w, r, purpose, change)
	if !ok {
		return nil, pathwayPlanView{}, false
	}
	pp, ok := findRow[leaving.PathwayPlan](v.rec, r, "pathway")
	words, hasWords := planContent(v.rec, pp.PlanID)
	if !ok || !hasWords {
		s.notFound(w, r)
		return nil, pathwayPlanView{}, false
	}
	p := pathwayPlanView{plan: pp, words: words, base: idPath(v.childBase()+"/leaving/pathway-plans", pp.ID, "")}
	for _, a := range store.Rows[protection.PlanAction](v.rec) {
		if a.PlanID == words.ID && active(a) {
			p.actions = append(p.actions, a)
		}
	}
	for _, rv := range store.Rows[leaving.PathwayPlanReview](v.rec) {
		if rv.PathwayPlanID == pp.ID && active(rv) {
			p.reviews = append(p.reviews, rv)
		}
	}
	slices.SortFunc(p.reviews, func(a, b leaving.PathwayPlanReview) int { return a.Date.DaysSince(b.Date) })
	settings, err := s.dutySettings(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return nil, p, false
	}
	p.due = leavingDueOf(s.derivedItems(v.rec, v.today, settings))
	return v, p, true
}

func (s *Server) handleLeavingPlanNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "pathway plan form", true)
	if !ok {
		return
	}
	if pp, ok := pathwayPlanOf(v.rec); ok {
		s.redirect(w, r, idPath(v.childBase()+"/leaving/pathway-plans", pp.ID, ""))
		return
	}
	form := NewForm(nil)
	setDate(form, "made", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingPlanNew(w, r, http.StatusOK, v, form)
}

// handleLeavingPlanNew makes the pathway plan: its words (a plan of kind pathway) and the pathway plan row
// in one change. The young person's own words are required: a pathway plan is written with them. A young
// person has one pathway plan, reviewed and changed over time, so a second is refused.
func (s *Server) handleLeavingPlanNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "pathway plan form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if pp, ok := pathwayPlanOf(v.rec); ok {
		form.Add("made-day", "The young person already has a pathway plan, made "+longDate(pp.Date)+": review it instead")
		s.renderLeavingPlanNew(w, r, http.StatusConflict, v, form)
		return
	}
	made := pastDate(form, "made", "The date the plan was made", true, v.today)
	words := &protection.Plan{PersonID: v.rec.Person.ID, Kind: protection.PlanPathway, AgreedDate: made,
		ChildWords:  textValue(form, "words", "Enter what the young person wants, in their own words", true),
		Summary:     textValue(form, "summary", "Enter the young person's goals and the support agreed", true),
		Contingency: textValue(form, "contingency", "Enter what will happen if the plan does not work out", true)}
	pp := &leaving.PathwayPlan{PersonID: v.rec.Person.ID, Date: made, WorkerID: v.u.WorkerID}
	needWorker(form, v, "made-day", "made the plan")
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if err := words.Validate(); err != nil {
				return err
			}
			if err := c.Insert(words); err != nil {
				return err
			}
			pp.PlanID = words.ID
			if err := pp.Validate(); err != nil {
				return err
			}
			return c.Insert(pp)
		})
		if err != nil && !saveProblem(form, "made-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingPlanNew(w, r, status, v, form) },
		"The pathway plan is made. Print a copy for the young person.", idPath(v.childBase()+"/leaving/pathway-plans", pp.ID, ""))
}

func (s *Server) renderLeavingPlanNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Make the pathway plan", Action: v.childBase() + "/leaving/pathway-plans/new",
		Submit: "Save the plan", Cancel: v.childBase(),
		Intro:  []string{"Write the plan with the young person, in their own words. It is reviewed at least every six months."},
		Fields: planFields(b, "made", "The date the plan was made with the young person")}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// planFields are the questions of the plan's words, after its date, on the form that makes the plan and
// the form that reviews it.
func planFields(b fields, date, dateLabel string) []field {
	return []field{
		b.date(date, dateLabel, "For example, 27 3 2026"),
		b.words("words", "What the young person wants, in their own words", "Their hopes for where they live, education or work, health, money and the people who matter to them. Write what they said, in quotation marks where you can"),
		b.textarea("summary", "Goals and the support agreed", "Accommodation, education or work, health, money, relationships and family, and who will help with each", 8),
		b.textarea("contingency", "If things do not work out", "What happens if the accommodation ends or the young person loses touch: never bed and breakfast", 4),
	}
}

// handleLeavingPlan shows the pathway plan: the young person's words, goals and support, actions, reviews
// and when the next review is due, with a link to the copy to print.
func (s *Server) handleLeavingPlan(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPathwayPlan(w, r, "pathway plan", false)
	if !ok {
		return
	}
	page := recordPage{Caption: "Leaving care", Heading: "Pathway plan"}
	switch {
	case !p.due.HasReview:
		page.Status, page.StatusColour = "No review due", "grey"
	case p.due.Review.State == duty.StateOverdue:
		page.Status, page.StatusColour = "Review overdue since "+longDate(p.due.Review.Due), "red"
	default:
		page.Status, page.StatusColour = "Next review due by "+longDate(p.due.Review.Due), "blue"
	}
	page.Sections = []section{{Title: "The plan", Facts: []fact{
		{Key: "Made", Value: longDate(p.plan.Date)},
		{Key: "Made by", Value: v.names.Worker(p.plan.WorkerID)},
		{Key: "This version agreed", Value: longDate(p.words.AgreedDate)},
		{Key: "Last reviewed", Value: longDate(p.lastReviewed())},
		{Key: "Next review due", Value: p.reviewDue()},
		{Key: "In the young person's words", Lines: paragraphs(p.words.ChildWords)},
		{Key: "Goals and support", Lines: paragraphs(p.words.Summary)},
		{Key: "If things do not work out", Lines: paragraphs(p.words.Contingency)},
	}}}
	actions := &table{Caption: "The plan's actions", Head: []string{"Action", "Who", "By", "Where it stands"}, Empty: "No actions are recorded."}
	for _, a := range p.actions {
		actions.Rows = append(actions.Rows, []cell{{Text: a.Action}, {Text: a.Who}, {Text: longDate(a.DueDate)}, {Text: protection.PlanActionStatuses.Description(a.Status)}})
	}
	reviews := &table{Caption: "Reviews of the plan", Head: []string{"Date", "Reviewed by"}, Empty: "The plan has not been reviewed yet."}
	for i := len(p.reviews) - 1; i >= 0; i-- {
		reviews.Rows = append(reviews.Rows, []cell{{Text: longDate(p.reviews[i].Date)}, {Text: v.names.Worker(p.reviews[i].ReviewerID)}})
	}
	page.Sections = append(page.Sections, section{Title: "Actions", Table: actions}, section{Title: "Reviews", Table: reviews})
	page.Buttons = []link{{Text: "Print a copy for the young person", Href: p.base + "/print", Secondary: true}}
	if v.canRecord {
		page.Buttons = append([]link{{Text: "Record a review", Href: p.base + "/reviews/new"}}, page.Buttons...)
	}
	s.renderProtectionRecord(w, r, v, "pathway_plans", p.plan.Record, page)
}
