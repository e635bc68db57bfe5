package cin

import "hearth"

// The rules about CIN plans (the DfE's CINplanDates module) and how they sit beside child protection
// plans.

// planRule is a rule that looks at one CIN plan at a time, knowing its episode.
func planRule(check func(v *run, c *Child, e *Episode, p *CINPlan)) func(v *run, c *Child) {
	return func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.CINPlans {
				check(v, c, e, &e.CINPlans[j])
			}
		}
	}
}

// within reports whether d is recorded and falls in the period from start (inclusive) to end
// (exclusive), where a zero end means the period has not ended.
func within(d, start, end hearth.Date) bool {
	return !d.IsZero() && !start.IsZero() && !d.Before(start) && (end.IsZero() || d.Before(end))
}

var _ = define(Rule{
	Code: "4000", Severity: Error, Module: TablePlan, Fields: []string{"ReferralNFA", "CINPlanStartDate"},
	Message: "CIN Plan details provided for a referral with no further action",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if e.nfaEpisode() {
			v.onPlan(p, "CINPlanStartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "4001", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanEndDate", "CPPendDate"},
	Message: "A CIN Plan cannot run concurrently with a Child Protection Plan",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !p.EndDate.IsZero() {
			return
		}
		for i := range e.CPPlans {
			if e.CPPlans[i].EndDate.IsZero() {
				v.onPlan(p, "CINPlanEndDate")
				return
			}
		}
	}),
})

var _ = define(Rule{
	Code: "4003", Severity: Error, Module: TableReview, Fields: []string{"CINPlanStartDate", "CINPlanEndDate", "CPPreviewDate"},
	Message: "A CPP review date is shown as being held at the same time as an open CIN Plan.",
	child: func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.CPPlans {
				for k := range e.CPPlans[j].Reviews {
					r := &e.CPPlans[j].Reviews[k]
					// A review on the day the plan ended is the review that ended it, and may fall
					// in a CIN plan that starts that day.
					if r.Date == e.CPPlans[j].EndDate {
						continue
					}
					for m := range e.CINPlans {
						if p := &e.CINPlans[m]; within(r.Date, p.StartDate, p.EndDate) {
							v.onReview(r, "CPPreviewDate")
							break
						}
					}
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "4004", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanEndDate"},
	Message: "This child is showing more than one open CIN Plan, i.e. with no End Date",
	child: func(v *run, c *Child) {
		var open []*CINPlan
		planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
			if p.EndDate.IsZero() {
				open = append(open, p)
			}
		})(v, c)
		if len(open) > 1 {
			for _, p := range open {
				v.onPlan(p)
			}
		}
	},
})

var _ = define(Rule{
	Code: "4008", Severity: Error, Module: TableChild, Fields: []string{"PersonDeathDate", "CINPlanStartDate"},
	Message: "CIN Plan shown as starting after the child’s Date of Death.",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !c.PersonDeathDate.IsZero() && p.StartDate.After(c.PersonDeathDate) {
			v.onPlan(p, "CINPlanStartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "4009Q", Severity: Query, Module: TableChild, Fields: []string{"PersonDeathDate", "CINPlanEndDate"},
	Message: "CIN Plan cannot end after the child’s Date of Death",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !c.PersonDeathDate.IsZero() && p.EndDate.After(c.PersonDeathDate) {
			v.onPlan(p, "CINPlanEndDate")
		}
	}),
})

var _ = define(Rule{
	Code: "4010", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanStartDate"},
	Message: "CIN Plan start date is missing or out of data collection period",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if p.StartDate.IsZero() || p.StartDate.After(v.ctx.End) {
			v.onPlan(p)
		}
	}),
})

var _ = define(Rule{
	Code: "4011", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanEndDate", "CINPlanStartDate"},
	Message: "CIN Plan End Date earlier than Start Date",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !p.EndDate.IsZero() && p.EndDate.Before(p.StartDate) {
			v.onPlan(p)
		}
	}),
})

var _ = define(Rule{
	Code: "4012Q", Severity: Query, Module: TablePlan, Fields: []string{"CINPlanStartDate", "CINPlanEndDate"},
	Message: "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !p.EndDate.IsZero() && p.EndDate == p.StartDate {
			v.onPlan(p)
		}
	}),
})

var _ = define(Rule{
	Code: "4013", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanEndDate", "ReferenceDate"},
	Message: "CIN Plan End Date must fall within the census year",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if v.ctx.outsidePeriod(p.EndDate) {
			v.onPlan(p, "CINPlanEndDate")
		}
	}),
})

var _ = define(Rule{
	Code: "4014", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanStartDate", "CINPlanEndDate"},
	Message: "CIN Plan data contains overlapping dates",
	child: func(v *run, c *Child) {
		var plans []*CINPlan
		planRule(func(v *run, c *Child, e *Episode, p *CINPlan) { plans = append(plans, p) })(v, c)
		// As for child protection plans (8940): a plan's start must not fall within another plan.
		for i, a := range plans {
			for j, b := range plans {
				if i != j && within(a.StartDate, b.StartDate, b.EndDate) {
					v.onPlan(a)
					break
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "4015", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanStartDate", "CINreferralDate"},
	Message: "The CIN Plan start date cannot be before the referral date",
	child: planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
		if !p.StartDate.IsZero() && p.StartDate.Before(e.CINreferralDate) {
			v.onPlan(p, "CINPlanStartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "4016", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanStartDate", "CPPstartDate", "CPPendDate"},
	Message: "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
	child: func(v *run, c *Child) {
		// Any of the child's plans, in any episode: a CIN plan may start on the day a child protection
		// plan ends (a step down), not while one is open.
		plans := childCPPlans(c)
		planRule(func(v *run, c *Child, e *Episode, p *CINPlan) {
			for _, cp := range plans {
				if within(p.StartDate, cp.StartDate, cp.EndDate) {
					v.onPlan(p, "CINPlanStartDate")
					return
				}
			}
		})(v, c)
	},
})

var _ = define(Rule{
	Code: "4017", Severity: Error, Module: TablePlan, Fields: []string{"CINPlanStartDate", "CINPlanEndDate", "CPPstartDate"},
	Message: "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
	child: func(v *run, c *Child) {
		// Any of the child's plans, in any episode: a child protection plan may start on the day a CIN
		// plan ends (a step up), not while one is open.
		var cinPlans []*CINPlan
		planRule(func(v *run, c *Child, e *Episode, p *CINPlan) { cinPlans = append(cinPlans, p) })(v, c)
		for _, cp := range childCPPlans(c) {
			for _, p := range cinPlans {
				if within(cp.StartDate, p.StartDate, p.EndDate) {
					v.onCPP(cp, "CPPstartDate")
					break
				}
			}
		}
	},
})

// childCPPlans returns every child protection plan of the child, in file order.
func childCPPlans(c *Child) []*CPPlan {
	var out []*CPPlan
	for i := range c.Episodes {
		for j := range c.Episodes[i].CPPlans {
			out = append(out, &c.Episodes[i].CPPlans[j])
		}
	}
	return out
}
