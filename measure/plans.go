package measure

import (
	"hearth"
)

// event is a review conference or a visit in a plan's chain.
type event struct {
	date hearth.Date
	last bool // a review that ended the plan: nothing more is due after it
}

func (d *Data) preparePlans(t *Tables) {
	initial := map[hearth.ID]hearth.Date{}
	reviews := map[hearth.ID][]event{}
	for _, c := range t.Conferences {
		switch {
		case c.Initial && c.Plan != 0:
			if _, ok := initial[c.Plan]; !ok {
				initial[c.Plan] = c.Date
			}
		case !c.Initial && c.Plan != 0:
			reviews[c.Plan] = append(reviews[c.Plan], event{c.Date, c.EndsPlan})
		}
	}
	visits := map[hearth.ID][]Visit{} // by plan, and by person for visits that name no plan
	unnamed := map[hearth.ID][]Visit{}
	for _, v := range t.CPVisits {
		if v.Seen != Yes {
			continue // the point of the visit is to see the child
		}
		if v.Plan != 0 {
			visits[v.Plan] = append(visits[v.Plan], v)
		} else {
			unnamed[v.Person] = append(unnamed[v.Person], v)
		}
	}
	earliest := map[hearth.ID]hearth.Date{} // each child's first plan start, here or elsewhere
	for _, p := range t.CPPlans {
		if e, ok := earliest[p.Person]; !ok || p.Start.Before(e) {
			earliest[p.Person] = p.Start
		}
	}
	for _, p := range t.CPPlans {
		if p.OtherLA {
			continue
		}
		d.cpPlans = append(d.cpPlans, cpItem{person: p.Person, start: p.Start, end: p.End, second: earliest[p.Person].Before(p.Start)})
		start := p.Start
		if i, ok := initial[p.ID]; ok {
			start = i
		}
		d.chain(&d.reviews, p, start, reviews[p.ID], d.ts.FirstReview, d.ts.LaterReview)
		var seen []event
		for _, v := range append(visits[p.ID], unnamed[p.Person]...) {
			if !v.Date.Before(p.Start) && (p.End.IsZero() || !v.Date.After(p.End)) {
				seen = append(seen, event{date: v.Date})
			}
		}
		d.chain(&d.visits, p, p.Start, seen, d.ts.CPVisit, d.ts.CPVisit)
	}

	actions := map[hearth.ID][2]int{} // plan content id: actions, measurable actions
	for _, a := range t.PlanActions {
		n := actions[a.Plan]
		n[0]++
		if a.Measurable {
			n[1]++
		}
		actions[a.Plan] = n
	}
	content := map[[2]hearth.ID]bool{} // {cin plan, cp plan}: measurable
	for _, c := range t.Plans {
		n := actions[c.ID]
		content[[2]hearth.ID{c.CINPlan, c.CPPlan}] = c.Contingency && n[0] > 0 && n[0] == n[1]
	}
	for _, p := range t.CPPlans {
		if !p.OtherLA {
			d.plans = append(d.plans, planItem{p.Person, p.Start, p.End, content[[2]hearth.ID{0, p.ID}]})
		}
	}
	for _, p := range t.CINPlans {
		d.plans = append(d.plans, planItem{p.Person, p.Start, p.End, content[[2]hearth.ID{p.ID, 0}]})
	}
}

// chain adds the items of a recurring duty over a plan, as the duty engine chains them: the first item
// runs from start (first) and is met by the first event on or after it; each event then starts the next
// item (next), met by the event after it. Two events on one day are one for the clock. The chain stops at
// an item not yet met, after a review that ended the plan, and at an item that would fall due after the
// plan ended. An item that fell due while the plan lasted and was never met stays counted after the plan
// ends: a missed visit is still missed (the duty engine drops such items from workers' lists once the plan
// has ended, as there is nothing left to do).
func (d *Data) chain(t *timed, p CPPlan, start hearth.Date, events []event, first, next Duty) {
	d.chainFor(t, t, p.Person, p.End, start, events, first, func(hearth.Date) Duty { return next })
}
