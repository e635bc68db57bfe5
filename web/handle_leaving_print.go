package web

import (
	"net/http"

	"hearth/store"
	"hearth/workforce"
)

// planPrint is the pathway plan as the young person keeps it (templates/leaving_plan_print.tmpl).
type planPrint struct {
	Back, Name, Born, Made, Agreed, ReviewDue, Adviser, Printed string
	Words, Summary, Contingency                                 []string
	Actions                                                     []printAction
}

// printAction is one action of the plan, in the young person's copy.
type printAction struct{ What, Who, By, Measure string }

// handleLeavingPlanPrint shows the pathway plan on a plain page without the service's header and
// navigation, for the young person to keep: printed, or saved as a PDF from the browser. Opening it is
// audited like any page of the record.
func (s *Server) handleLeavingPlanPrint(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPathwayPlan(w, r, "pathway plan to print", false)
	if !ok {
		return
	}
	data := planPrint{Back: p.base, Name: v.sum.Name, Born: longDate(v.rec.Person.BirthDate), Made: longDate(p.plan.Date),
		Agreed: longDate(p.words.AgreedDate), ReviewDue: p.reviewDue(), Printed: longDate(v.today),
		Words: paragraphs(p.words.ChildWords), Summary: paragraphs(p.words.Summary), Contingency: paragraphs(p.words.Contingency)}
	for _, a := range store.Rows[workforce.Allocation](v.rec) {
		if active(a) && a.Role == workforce.RolePersonalAdviser && !a.StartDate.After(v.today) && (a.EndDate.IsZero() || !a.EndDate.Before(v.today)) {
			data.Adviser = v.names.Worker(a.WorkerID)
		}
	}
	for _, a := range p.actions {
		data.Actions = append(data.Actions, printAction{What: a.Action, Who: a.Who, By: longDate(a.DueDate), Measure: a.SuccessMeasure})
	}
	page := s.newPage(r, childTitle(v.sum.Name, "pathway plan to print"))
	page.Data = data
	s.render(w, r, http.StatusOK, "leaving_plan_print", page)
}
