package cin

import (
	"time"

	"hearth"
)

// The rules about section 47 enquiries, initial child protection conferences and child protection plans
// with their reviews (the DfE's Section47, ChildProtectionPlans and Reviews modules).

// s47Rule is a rule that looks at one section 47 enquiry at a time, knowing its episode.
func s47Rule(check func(v *run, c *Child, e *Episode, s *Section47)) func(v *run, c *Child) {
	return func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.Section47s {
				check(v, c, e, &e.Section47s[j])
			}
		}
	}
}

// cppRule is a rule that looks at one child protection plan at a time, knowing its episode.
func cppRule(check func(v *run, c *Child, e *Episode, p *CPPlan)) func(v *run, c *Child) {
	return func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.CPPlans {
				check(v, c, e, &e.CPPlans[j])
			}
		}
	}
}

// concluded reports whether the enquiry has an initial conference date or is marked as not needing one.
func (s *Section47) concluded() bool {
	notRequired, _ := yesNo(s.ICPCnotRequired)
	return !s.DateOfInitialCPC.IsZero() || notRequired
}

// weekend reports whether d is recorded and falls on a Saturday or Sunday.
func weekend(d hearth.Date) bool {
	if d.IsZero() {
		return false
	}
	wd := d.Time().Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

var _ = define(Rule{
	Code: "1104", Severity: Error, Module: TableSection47, Fields: []string{"CINreferralDate", "DateOfInitialCPC"},
	Message: "The date of the initial child protection conference cannot be before the referral date",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		if !s.DateOfInitialCPC.IsZero() && s.DateOfInitialCPC.Before(e.CINreferralDate) {
			v.onS47(s, "DateOfInitialCPC")
		}
	}),
})

var _ = define(Rule{
	Code: "2884", Severity: Error, Module: TableSection47, Fields: []string{"DateOfInitialCPC"},
	Message: "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
	child: func(v *run, c *Child) {
		// The same conference date at the CIN details level of any of the child's episodes and on an
		// enquiry.
		for i := range c.Episodes {
			cpc := c.Episodes[i].DateOfInitialCPC
			if cpc.IsZero() {
				continue
			}
			s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
				if s.DateOfInitialCPC == cpc {
					v.onS47(s)
				}
			})(v, c)
		}
	},
})

var _ = define(Rule{
	Code: "2889", Severity: Error, Module: TableSection47, Fields: []string{"S47ActualStartDate", "CINreferralDate"},
	Message: "The S47 start date cannot be before the referral date.",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		if !s.ActualStartDate.IsZero() && s.ActualStartDate.Before(e.CINreferralDate) {
			v.onS47(s, "S47ActualStartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8615", Severity: Error, Module: TableSection47, Fields: []string{"S47ActualStartDate", "DateOfInitialCPC"},
	Message: "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		// Only an enquiry that has had its initial conference is checked.
		if !s.DateOfInitialCPC.IsZero() && (s.ActualStartDate.IsZero() || s.ActualStartDate.After(s.DateOfInitialCPC)) {
			v.onS47(s)
		}
	}),
})

var _ = define(Rule{
	Code: "8675Q", Severity: Query, Module: TableSection47, Fields: []string{"DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired"},
	Message: "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		if !s.concluded() && !s.ActualStartDate.IsZero() && s.ActualStartDate.Before(v.ctx.endLess15WorkingDays) {
			v.onS47(s)
		}
	}),
})

var _ = define(Rule{
	Code: "8715", Severity: Error, Module: TableSection47, Fields: []string{"DateOfInitialCPC", "ReferenceDate"},
	Message: "Date of Initial Child Protection Conference must fall within the census year",
	child: func(v *run, c *Child) {
		eachEpisode(c, func(e *Episode) {
			if v.ctx.outsidePeriod(e.DateOfInitialCPC) {
				v.onEpisode(e, "DateOfInitialCPC")
			}
		})
		s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
			if v.ctx.outsidePeriod(s.DateOfInitialCPC) {
				v.onS47(s, "DateOfInitialCPC")
			}
		})(v, c)
	},
})

var _ = define(Rule{
	Code: "8740", Severity: Error, Module: TableSection47, Fields: []string{"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"},
	Message: "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		if !s.concluded() && v.ctx.outsidePeriod(s.ActualStartDate) {
			v.onS47(s)
		}
	}),
})

var _ = define(Rule{
	Code: "8839", Severity: Error, Module: TableSection47, Fields: []string{"DateOfInitialCPC", "ICPCnotRequired"},
	Message: "Within one CINDetails group there are 2 or more open S47 Assessments",
	child: func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			open := 0
			for j := range e.Section47s {
				if !e.Section47s[j].concluded() {
					open++
				}
			}
			if open < 2 {
				continue
			}
			for j := range e.Section47s {
				if s := &e.Section47s[j]; !s.concluded() {
					v.onS47(s)
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "8870Q", Severity: Query, Module: TableSection47, Fields: []string{"InitialCPCtarget"},
	Message: "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
	child: s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
		if weekend(s.InitialCPCtarget) {
			v.onS47(s)
		}
	}),
})

var _ = define(Rule{
	Code: "8875", Severity: Error, Module: TableSection47, Fields: []string{"DateOfInitialCPC"},
	Message: "The Date of Initial Child Protection Conference cannot be a weekend",
	child: func(v *run, c *Child) {
		eachEpisode(c, func(e *Episode) {
			if weekend(e.DateOfInitialCPC) {
				v.onEpisode(e)
			}
		})
		s47Rule(func(v *run, c *Child, e *Episode, s *Section47) {
			if weekend(s.DateOfInitialCPC) {
				v.onS47(s)
			}
		})(v, c)
	},
})

var _ = define(Rule{
	Code: "8890", Severity: Error, Module: TableEpisode, Fields: []string{"S47ActualStartDate"},
	Message: "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
	child: func(v *run, c *Child) {
		// Within one episode, an enquiry must not start on or between another's start and its initial
		// conference, or, when the other has had no conference and is not marked as needing none, its
		// start and the reference date. Two enquiries starting the same day are both reported.
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.Section47s {
				b := &e.Section47s[j]
				for k := range e.Section47s {
					a := &e.Section47s[k]
					if j == k || a.ActualStartDate.IsZero() || b.ActualStartDate.Before(a.ActualStartDate) {
						continue
					}
					end := a.DateOfInitialCPC
					if end.IsZero() {
						if notRequired, _ := yesNo(a.ICPCnotRequired); notRequired {
							continue
						}
						end = v.ctx.ReferenceDate
					}
					if !b.ActualStartDate.After(end) {
						v.onS47(b)
						break
					}
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "1105", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "CINreferralDate"},
	Message: "The child protection plan start date cannot be before the referral date",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !p.StartDate.IsZero() && p.StartDate.Before(e.CINreferralDate) {
			v.onCPP(p, "CPPstartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "2883", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "DateOfInitialCPC"},
	Message: "There are more child protection plans starting than initial conferences taking place",
	census: func(v *run, cen *Census) {
		plans, conferences := 0, 0
		for i := range cen.Children {
			for j := range cen.Children[i].Episodes {
				e := &cen.Children[i].Episodes[j]
				if v.ctx.inPeriod(e.DateOfInitialCPC) {
					conferences++
				}
				for k := range e.Section47s {
					if v.ctx.inPeriod(e.Section47s[k].DateOfInitialCPC) {
						conferences++
					}
				}
				for k := range e.CPPlans {
					if v.ctx.inPeriod(e.CPPlans[k].StartDate) {
						plans++
					}
				}
			}
		}
		if plans > conferences {
			v.onReturn()
		}
	},
})

var _ = define(Rule{
	Code: "2885", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "DateOfInitialCPC"},
	Message: "Child protection plan shown as starting a different day to the initial child protection conference.",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		// A plan starting in the year must start on the day of an initial conference of its episode:
		// one of its enquiries', or the CIN details' own.
		if !v.ctx.inPeriod(p.StartDate) || p.StartDate == e.DateOfInitialCPC {
			return
		}
		for i := range e.Section47s {
			if e.Section47s[i].DateOfInitialCPC == p.StartDate {
				return
			}
		}
		v.onCPP(p)
	}),
})

var _ = define(Rule{
	Code: "8720", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "ReferenceDate"},
	Message: "Child Protection Plan Start Date missing or out of data collection period",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if p.StartDate.IsZero() || p.StartDate.After(v.ctx.End) {
			v.onCPP(p, "CPPstartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8730", Severity: Error, Module: TableCPPlan, Fields: []string{"NumberOfPreviousCPP"},
	Message: "Total Number of previous Child Protection Plans missing",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if p.NumberOfPreviousCPP == "" {
			v.onCPP(p)
		}
	}),
})

var _ = define(Rule{
	Code: "8840", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "CPPendDate"},
	Message: "Child Protection Plan cannot start and end on the same day",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !p.EndDate.IsZero() && p.EndDate == p.StartDate {
			v.onCPP(p)
		}
	}),
})

var _ = define(Rule{
	Code: "8841", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "CPPreviewDate"},
	Message: "The review date cannot be on the same day or before the Child protection Plan start date.",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		for i := range p.Reviews {
			if r := &p.Reviews[i]; !r.Date.IsZero() && !r.Date.After(p.StartDate) {
				v.onReview(r, "CPPreviewDate")
			}
		}
	}),
})

var _ = define(Rule{
	Code: "8842Q", Severity: Query, Module: TableReview, Fields: []string{"CPPreviewDate"},
	Message: "Please check and either amend or provide a reason: Review Record has a missing date",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		for i := range p.Reviews {
			if r := &p.Reviews[i]; r.Date.IsZero() {
				v.onReview(r)
			}
		}
	}),
})

// categoriesOfAbuse are the codes of InitialCategoryOfAbuse and LatestCategoryOfAbuse.
var categoriesOfAbuse = codeSet("NEG PHY SAB EMO MUL")

var _ = define(Rule{
	Code: "8905", Severity: Error, Module: TableCPPlan, Fields: []string{"InitialCategoryOfAbuse"},
	Message: "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !categoriesOfAbuse[p.InitialCategoryOfAbuse] {
			v.onCPP(p)
		}
	}),
})

var _ = define(Rule{
	Code: "8910", Severity: Error, Module: TableCPPlan, Fields: []string{"LatestCategoryOfAbuse"},
	Message: "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !categoriesOfAbuse[p.LatestCategoryOfAbuse] {
			v.onCPP(p)
		}
	}),
})

var _ = define(Rule{
	Code: "8915", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "PersonDeathDate"},
	Message: "Child Protection Plan shown as starting after the child’s Date of Death",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !c.PersonDeathDate.IsZero() && p.StartDate.After(c.PersonDeathDate) {
			v.onCPP(p, "CPPstartDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8920", Severity: Error, Module: TableCPPlan, Fields: []string{"PersonDeathDate", "CPPendDate"},
	Message: "Child Protection Plan shown as ending after the child’s Date of Death",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !c.PersonDeathDate.IsZero() && p.EndDate.After(c.PersonDeathDate) {
			v.onCPP(p, "CPPendDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8925", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "CPPendDate"},
	Message: "Child Protection Plan End Date earlier than Start Date",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if !p.EndDate.IsZero() && p.EndDate.Before(p.StartDate) {
			v.onCPP(p)
		}
	}),
})

var _ = define(Rule{
	Code: "8930", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPendDate", "ReferenceDate"},
	Message: "Child Protection Plan End Date must fall within the census year",
	child: cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
		if v.ctx.outsidePeriod(p.EndDate) {
			v.onCPP(p, "CPPendDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8935", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPendDate"},
	Message: "This child is showing more than one open Child Protection plan, i.e. with no End Date",
	child: func(v *run, c *Child) {
		var open []*CPPlan
		cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) {
			if p.EndDate.IsZero() {
				open = append(open, p)
			}
		})(v, c)
		if len(open) > 1 {
			for _, p := range open {
				v.onCPP(p)
			}
		}
	},
})

var _ = define(Rule{
	Code: "8940", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "CPPendDate"},
	Message: "Child Protection Plan data contains overlapping dates",
	child: func(v *run, c *Child) {
		var plans []*CPPlan
		cppRule(func(v *run, c *Child, e *Episode, p *CPPlan) { plans = append(plans, p) })(v, c)
		// A plan's start must not fall on or after another plan's start and before its end (or at all
		// once the other is open); a plan may start on the day the last ended.
		for i, a := range plans {
			for j, b := range plans {
				if i != j && within(a.StartDate, b.StartDate, b.EndDate) {
					v.onCPP(a)
					break
				}
			}
		}
	},
})
