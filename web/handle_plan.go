package web

import (
	"fmt"
	"net/http"
	"strings"

	"hearth"
	"hearth/protection"
	"hearth/store"
)

// A plan's page (a child protection or child in need plan) shows what the plan says, its actions (what,
// who, by when, how we will know it worked, and where each stands), its contingency and the child's own
// words, with a warning when it has no measurable actions or no contingency, because inspectors keep
// finding plans like that. From it actions are added and marked, the plan is changed and signed off, and
// for a child protection plan its conferences, core groups and visits are listed.

// planOf is a plan with what it is the content of.
type planOf struct {
	plan    protection.Plan
	cp      *protection.CPPlan
	cin     *protection.CINPlan
	actions []protection.PlanAction
	base    string
}

// findPlan finds the plan in the path (wildcard plan) with its period and actions.
func findPlan(v *protectionView, r *http.Request) (planOf, bool) {
	p, ok := findRow[protection.Plan](v.rec, r, "plan")
	if !ok || !active(p) || (p.Kind != protection.PlanCP && p.Kind != protection.PlanCIN) {
		return planOf{}, false
	}
	out := planOf{plan: p, base: idPath(v.childBase()+"/plans", p.ID, "")}
	for _, cp := range store.Rows[protection.CPPlan](v.rec) {
		if cp.ID == p.CPPlanID && p.CPPlanID != 0 {
			out.cp = &cp
		}
	}
	for _, cin := range store.Rows[protection.CINPlan](v.rec) {
		if cin.ID == p.CINPlanID && p.CINPlanID != 0 {
			out.cin = &cin
		}
	}
	for _, a := range store.Rows[protection.PlanAction](v.rec) {
		if a.PlanID == p.ID && active(a) {
			out.actions = append(out.actions, a)
		}
	}
	return out, out.cp != nil || out.cin != nil
}

// title is the plan's name.
func (p planOf) title() string {
	if p.cp != nil {
		return "Child protection plan"
	}
	return "Child in need plan"
}

// start is the date the plan's period started.
func (p planOf) start() hearth.Date {
	if p.cp != nil {
		return p.cp.StartDate
	}
	return p.cin.StartDate
}

// ended is the date the plan's period ended, zero while open.
func (p planOf) ended() hearth.Date {
	if p.cp != nil {
		return p.cp.EndDate
	}
	return p.cin.EndDate
}

// closed says why the plan can no longer be changed here, or "".
func (p planOf) closed() string {
	if e := p.ended(); !e.IsZero() {
		return "This plan ended on " + longDate(e) + ", so it can no longer be changed."
	}
	return ""
}

// planWarnings says what makes a plan one an inspector would criticise: no actions, actions that do not
// say how we will know they worked, no contingency. A plan with none of these has measurable actions and
// a contingency.
func planWarnings(plan protection.Plan, actions []protection.PlanAction) []string {
	var out []string
	live := 0
	unmeasured := 0
	for _, a := range actions {
		if a.Status == protection.ActionWithdrawn {
			continue
		}
		live++
		if strings.TrimSpace(a.SuccessMeasure) == "" {
			unmeasured++
		}
	}
	switch {
	case live == 0:
		out = append(out, "This plan has no actions. Add what will be done, by whom, by when and how we will know it worked.")
	case unmeasured == 1:
		out = append(out, "One action does not say how we will know it worked.")
	case unmeasured > 1:
		out = append(out, fmt.Sprintf("%d actions do not say how we will know they worked.", unmeasured))
	}
	if strings.TrimSpace(plan.Contingency) == "" {
		out = append(out, "This plan has no contingency. Say what will happen if the worries do not reduce.")
	}
	return out
}

// handlePlan shows a plan.
func (s *Server) handlePlan(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "plan", false)
	if !ok {
		return
	}
	p, ok := findPlan(v, r)
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: p.title(), Heading: p.title() + " since " + longDate(p.start())}
	switch {
	case !p.ended().IsZero():
		page.Status, page.StatusColour = "Ended "+longDate(p.ended()), "grey"
	case !p.plan.AuthorisationDate.IsZero():
		page.Status, page.StatusColour = "Signed off", "green"
	default:
		page.Status, page.StatusColour = "Not yet signed off", "yellow"
	}
	if p.ended().IsZero() {
		page.Warnings = planWarnings(p.plan, p.actions)
	}
	editable := v.canRecord && p.closed() == ""
	period := []fact{{Key: "Started", Value: longDate(p.start())}, {Key: "Ended", Value: longDate(p.ended())}}
	if p.cp != nil {
		period = append(period,
			fact{Key: "Category of abuse", Value: protection.CategoriesOfAbuse.Description(p.cp.LatestCategory)},
			fact{Key: "Why it ended", Value: protection.CPPlanEndReasons.Description(p.cp.EndReason)})
	}
	words := section{Title: "What the plan says", Facts: []fact{
		{Key: "Agreed", Value: longDate(p.plan.AgreedDate)},
		{Key: "What we are worried about", Lines: paragraphs(p.plan.Summary)},
		{Key: "Contingency", Lines: paragraphs(p.plan.Contingency)},
		{Key: "The child's own words", Lines: paragraphs(p.plan.ChildWords)},
		{Key: "Signed off", Value: authorisedWords(p.plan.AuthorisationDate, v.names.Worker(p.plan.AuthorisedBy))},
	}}
	if editable {
		words.Links = append(words.Links, link{Text: "Change what the plan says", Href: p.base + "/edit"})
		if v.canSignOff && p.plan.AuthorisationDate.IsZero() {
			words.Links = append(words.Links, link{Text: "Sign off the plan", Href: p.base + "/authorise"})
		}
	}
	actions := section{Title: "Actions", Table: &table{Caption: "Actions of the plan",
		Head:  []string{"What", "Who", "By when", "How we will know it worked", "Where it stands"},
		Empty: "No actions yet."}}
	for _, a := range p.actions {
		status := &tag{protection.PlanActionStatuses.Description(a.Status), actionColour(a, v.today)}
		if a.Status == protection.ActionCompleted {
			status.Text += " " + longDate(a.CompletedDate)
		}
		what := cell{Text: a.Action}
		if editable {
			what.Href = idPath(p.base+"/actions", a.ID, "")
		}
		actions.Table.Rows = append(actions.Table.Rows, []cell{what, {Text: a.Who}, {Text: longDate(a.DueDate)},
			{Text: nameOr(a.SuccessMeasure, "Not said")}, {Tag: status}})
	}
	if editable {
		actions.Links = []link{{Text: "Add an action", Href: p.base + "/actions/new"}}
	}
	page.Sections = []section{{Title: "The plan", Facts: period}, words, actions}
	if p.cp != nil {
		page.Sections = append(page.Sections, s.cpPlanSections(v, p, editable)...)
	}
	if p.cin != nil && editable {
		page.Buttons = append(page.Buttons, link{Text: "End the child in need plan", Href: idPath(v.childBase()+"/cin-plans", p.cin.ID, "/end"), Secondary: true})
	}
	s.renderProtectionRecord(w, r, v, "plans", p.plan.Record, page)
}

// actionColour is the colour of an action's status: red when it is overdue.
func actionColour(a protection.PlanAction, today hearth.Date) string {
	switch a.Status {
	case protection.ActionCompleted:
		return "green"
	case protection.ActionNotCompleted:
		return "red"
	case protection.ActionWithdrawn:
		return "grey"
	}
	if a.DueDate.Before(today) {
		return "red"
	}
	return "blue"
}

// cpPlanSections list a child protection plan's conferences, core groups and visits.
func (s *Server) cpPlanSections(v *protectionView, p planOf, editable bool) []section {
	conf := section{Title: "Conferences", Table: &table{Caption: "Conferences of the plan", Head: []string{"Conference", "Date", "Decision"}, Empty: "None recorded."}}
	for _, c := range store.Rows[protection.Conference](v.rec) {
		if c.CPPlanID != p.cp.ID || !active(c) {
			continue
		}
		kind := "Initial"
		if c.Kind == protection.ConferenceReview {
			kind = "Review"
		}
		conf.Table.Rows = append(conf.Table.Rows, []cell{{Text: kind, Href: idPath(v.childBase()+"/conferences", c.ID, "")},
			{Text: longDate(c.ConferenceDate)}, {Text: protection.ConferenceOutcomes.Description(c.Outcome)}})
	}
	groups := section{Title: "Core groups", Table: &table{Caption: "Core group meetings", Head: []string{"Meeting", "Who attended"}, Empty: "No core group has met yet."}}
	for _, g := range store.Rows[protection.CoreGroup](v.rec) {
		if g.CPPlanID == p.cp.ID && active(g) {
			groups.Table.Rows = append(groups.Table.Rows, []cell{{Text: longDate(g.MeetingDate), Href: idPath(v.childBase()+"/core-groups", g.ID, "")},
				{Text: codeWords(protection.CoreGroupAttendees, g.Attendees)}})
		}
	}
	visits := section{Title: "Visits", Table: &table{Caption: "Child protection visits", Head: []string{"Visit", "Seen"}, Empty: "No visits recorded under the plan."}}
	for _, vi := range store.Rows[protection.Visit](v.rec) {
		if vi.CPPlanID == p.cp.ID && active(vi) {
			visits.Table.Rows = append(visits.Table.Rows, []cell{{Text: longDate(vi.VisitDate), Href: idPath(v.childBase()+"/visits", vi.ID, "")},
				{Text: visitSeenWords(vi)}})
		}
	}
	if editable {
		conf.Links = []link{{Text: "Record a review conference", Href: v.childBase() + "/conferences/new?kind=review"}}
		groups.Links = []link{{Text: "Record a core group meeting", Href: v.childBase() + "/core-groups/new"}}
		visits.Links = []link{{Text: "Record a visit", Href: v.childBase() + "/visits/new"}}
	}
	return []section{conf, groups, visits}
}
