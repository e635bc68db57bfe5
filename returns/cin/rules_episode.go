package cin

import (
	"hearth"
)

// The rules about a CIN episode as a whole (the DfE's CINdetails module): the referral, its closure and
// what may or may not be recorded against it.

// eachEpisode calls check for every episode of the child.
func eachEpisode(c *Child, check func(e *Episode)) {
	for i := range c.Episodes {
		check(&c.Episodes[i])
	}
}

// episodeRule is a rule that looks at one episode at a time.
func episodeRule(check func(v *run, c *Child, e *Episode)) func(v *run, c *Child) {
	return func(v *run, c *Child) {
		eachEpisode(c, func(e *Episode) { check(v, c, e) })
	}
}

var _ = define(Rule{
	Code: "8555Q", Severity: Query, Module: TableEpisode, Fields: []string{"CINreferralDate", "PersonDeathDate"},
	Message: "Child cannot be referred after its recorded date of death",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if !c.PersonDeathDate.IsZero() && e.CINreferralDate.After(c.PersonDeathDate) {
			v.onEpisode(e, "CINreferralDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8565", Severity: Error, Module: TableCPPlan,
	Fields: []string{"CINclosureDate", "DateOfInitialCPC", "AssessmentActualStartDate", "AssessmentAuthorisationDate",
		"S47ActualStartDate", "CPPendDate", "CINPlanStartDate", "CINPlanEndDate"},
	Message: "Activity shown after a case has been closed",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		closed := e.CINclosureDate
		if closed.IsZero() {
			return
		}
		if e.DateOfInitialCPC.After(closed) {
			v.onEpisode(e, "CINclosureDate", "DateOfInitialCPC")
		}
		for i := range e.Assessments {
			if a := &e.Assessments[i]; a.ActualStartDate.After(closed) || a.AuthorisationDate.After(closed) {
				v.onAssessment(a, "AssessmentActualStartDate", "AssessmentAuthorisationDate")
			}
		}
		for i := range e.Section47s {
			if s := &e.Section47s[i]; s.ActualStartDate.After(closed) || s.DateOfInitialCPC.After(closed) {
				v.onS47(s, "S47ActualStartDate", "DateOfInitialCPC")
			}
		}
		for i := range e.CPPlans {
			if p := &e.CPPlans[i]; p.EndDate.After(closed) {
				v.onCPP(p, "CPPendDate")
			}
		}
		for i := range e.CINPlans {
			if p := &e.CINPlans[i]; p.StartDate.After(closed) || p.EndDate.After(closed) {
				v.onPlan(p, "CINPlanStartDate", "CINPlanEndDate")
			}
		}
	}),
})

var _ = define(Rule{
	Code: "8568", Severity: Error, Module: TableEpisode, Fields: []string{"ReferralNFA"},
	Message: "RNFA flag is missing or invalid",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if _, ok := e.NFA(); !ok {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8569Q", Severity: Query, Module: TableEpisode, Fields: []string{"CINreferralDate", "ReferralNFA"},
	Message: "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if nfa, ok := e.NFA(); ok && nfa && e.CINreferralDate.Before(v.ctx.startLess1WorkingDay) {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8585Q", Severity: Query, Module: TableEpisode, Fields: []string{"ReasonForClosure", "PersonDeathDate"},
	Message: "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.ReasonForClosure == "RC2" && c.PersonDeathDate.IsZero() {
			v.onEpisode(e, "ReasonForClosure")
		}
	}),
})

var _ = define(Rule{
	Code: "8600", Severity: Error, Module: TableEpisode, Fields: []string{"CINreferralDate"},
	Message: "Child referral date missing or after data collection period",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.CINreferralDate.IsZero() || e.CINreferralDate.After(v.ctx.End) {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8606", Severity: Error, Module: TableEpisode, Fields: []string{"CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"},
	Message: "Child referral date is more than 40 weeks before DOB or expected DOB",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		r := e.CINreferralDate
		if r.IsZero() {
			return
		}
		if (!c.PersonBirthDate.IsZero() && r.Before(c.PersonBirthDate.AddDays(-280))) ||
			(!c.ExpectedPersonBirthDate.IsZero() && r.Before(c.ExpectedPersonBirthDate.AddDays(-280))) {
			v.onEpisode(e, "CINreferralDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8610", Severity: Error, Module: TableEpisode, Fields: []string{"ReferralNFA", "PrimaryNeedCode"},
	Message: "Primary Need code is missing for a referral which led to further action",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if nfa, ok := e.NFA(); ok && !nfa && e.PrimaryNeedCode == "" {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8620", Severity: Error, Module: TableEpisode, Fields: []string{"CINclosureDate"},
	Message: "CIN Closure Date present and does not fall within the Census year",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if v.ctx.outsidePeriod(e.CINclosureDate) {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8630", Severity: Error, Module: TableEpisode, Fields: []string{"CINreferralDate", "CINclosureDate"},
	Message: "CIN Closure Date is before CIN Referral Date for the same CIN episode",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if !e.CINclosureDate.IsZero() && e.CINclosureDate.Before(e.CINreferralDate) {
			v.onEpisode(e)
		}
	}),
})

// reasonsForClosure and primaryNeeds are the codes of ReasonForClosure and PrimaryNeedCode.
var (
	reasonsForClosure = codeSet("RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8 RC9")
	primaryNeeds      = codeSet("N1 N2 N3 N4 N5 N6 N7 N8 N9 N0")
	referralSources   = codeSet("1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 5D 6 7 8 9 10")
)

var _ = define(Rule{
	Code: "8640", Severity: Error, Module: TableEpisode, Fields: []string{"ReasonForClosure"},
	Message: "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.ReasonForClosure != "" && !reasonsForClosure[e.ReasonForClosure] {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8650", Severity: Error, Module: TableEpisode, Fields: []string{"PrimaryNeedCode"},
	Message: "Primary Need Code invalid (see Primary Need table in CIN census code set)",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.PrimaryNeedCode != "" && !primaryNeeds[e.PrimaryNeedCode] {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8805", Severity: Error, Module: TableEpisode, Fields: []string{"CINclosureDate", "ReasonForClosure"},
	Message: "A CIN case cannot have a CIN closure date without a Reason for Closure",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if !e.CINclosureDate.IsZero() && e.ReasonForClosure == "" {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8810", Severity: Error, Module: TableEpisode, Fields: []string{"ReasonForClosure", "CINclosureDate"},
	Message: "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.ReasonForClosure != "" && e.CINclosureDate.IsZero() {
			v.onEpisode(e)
		}
	}),
})

// openFurtherAction reports whether the episode is open and its referral went on to further action.
func (e *Episode) openFurtherAction() bool {
	nfa, ok := e.NFA()
	return e.Open() && ok && !nfa
}

var _ = define(Rule{
	Code: "8815", Severity: Error, Module: TableEpisode, Fields: []string{"ReferralNFA", "CINclosureDate"},
	Message: "More than one open CIN Details episode (module) has been provided for this child and neither of them is a referral with no further action",
	child: func(v *run, c *Child) {
		n := 0
		for i := range c.Episodes {
			if c.Episodes[i].openFurtherAction() {
				n++
			}
		}
		if n > 1 {
			eachEpisode(c, func(e *Episode) {
				if e.openFurtherAction() {
					v.onEpisode(e)
				}
			})
		}
	},
})

var _ = define(Rule{
	Code: "8816", Severity: Error, Module: TableEpisode, Fields: []string{"CINreferralDate", "ReferralNFA"},
	Message: "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
	child: func(v *run, c *Child) {
		var latest hearth.Date
		for i := range c.Episodes {
			if r := c.Episodes[i].CINreferralDate; r.After(latest) {
				latest = r
			}
		}
		eachEpisode(c, func(e *Episode) {
			if e.openFurtherAction() && e.CINreferralDate.Before(latest) {
				v.onEpisode(e, "CINreferralDate")
			}
		})
	},
})

var _ = define(Rule{
	Code: "8820", Severity: Error, Module: TableEpisode, Fields: []string{"CINreferralDate", "CINclosureDate"},
	Message: "The dates on the CIN episodes for this child overlap",
	child: func(v *run, c *Child) {
		// An episode's referral must not fall on or after another's referral and before its closure, or,
		// when the other is still open and went on to further action, before the reference date. An
		// episode may start on the day the previous one closed; two episodes with the same referral date
		// overlap each other.
		for j := range c.Episodes {
			b := &c.Episodes[j]
			for i := range c.Episodes {
				a := &c.Episodes[i]
				if i == j || a.CINreferralDate.IsZero() || b.CINreferralDate.IsZero() || b.CINreferralDate.Before(a.CINreferralDate) {
					continue
				}
				if (!a.Open() && b.CINreferralDate.Before(a.CINclosureDate)) ||
					(a.openFurtherAction() && b.CINreferralDate.Before(v.ctx.ReferenceDate)) {
					v.onEpisode(b)
					break
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "8825Q", Severity: Query, Module: TableEpisode, Fields: []string{"ReasonForClosure"},
	Message: "Please check: A CIN case closed with reason RC8 or RC9 (case closed after assessment) has no assessment",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if (e.ReasonForClosure == "RC8" || e.ReasonForClosure == "RC9") && len(e.Assessments) == 0 {
			v.onEpisode(e)
		}
	}),
})

// nfaEpisode reports whether the episode's referral is marked as no further action.
func (e *Episode) nfaEpisode() bool {
	nfa, ok := e.NFA()
	return ok && nfa
}

var _ = define(Rule{
	Code: "8831", Severity: Error, Module: TableEpisode,
	Fields:  []string{"AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate", "DateOfInitialCPC"},
	Message: "Activity is recorded against a case marked as a referral with no further action",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if !e.nfaEpisode() {
			return
		}
		if !e.DateOfInitialCPC.IsZero() {
			v.onEpisode(e, "DateOfInitialCPC")
		}
		for i := range e.Assessments {
			v.onAssessment(&e.Assessments[i], "AssessmentActualStartDate", "AssessmentAuthorisationDate")
		}
		for i := range e.Section47s {
			v.onS47(&e.Section47s[i], "S47ActualStartDate", "DateOfInitialCPC")
		}
	}),
})

var _ = define(Rule{
	Code: "8832", Severity: Error, Module: TableCPPlan, Fields: []string{"CPPstartDate", "ReferralNFA"},
	Message: "Child protection plan details are provided for a referral with no further action",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.nfaEpisode() {
			for i := range e.CPPlans {
				v.onCPP(&e.CPPlans[i], "CPPstartDate")
			}
		}
	}),
})

var _ = define(Rule{
	Code: "8866", Severity: Error, Module: TableEpisode, Fields: []string{"ReferralSource"},
	Message: "Source of Referral is missing or an invalid code",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if !referralSources[e.ReferralSource] {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "8867", Severity: Error, Module: TableEpisode, Fields: []string{"CINclosureDate", "AssessmentAuthorisationDate"},
	Message: "CIN episode is shown as closed, however Assessment is not shown as completed",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.Open() {
			return
		}
		for i := range e.Assessments {
			if a := &e.Assessments[i]; a.AuthorisationDate.IsZero() {
				v.onAssessment(a, "AssessmentAuthorisationDate")
			}
		}
	}),
})

var _ = define(Rule{
	Code: "8868", Severity: Error, Module: TableEpisode, Fields: []string{"ICPCnotRequired", "CINclosureDate", "DateOfInitialCPC"},
	Message: "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.Open() {
			return
		}
		for i := range e.Section47s {
			s := &e.Section47s[i]
			if notRequired, _ := yesNo(s.ICPCnotRequired); s.DateOfInitialCPC.IsZero() && !notRequired {
				v.onS47(s, "DateOfInitialCPC", "ICPCnotRequired")
			}
		}
	}),
})

var _ = define(Rule{
	Code: "2990", Severity: Error, Module: TableEpisode, Fields: []string{"ReasonForClosure"},
	Message: "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’.",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if e.ReasonForClosure == "RC8" &&
			(!e.DateOfInitialCPC.IsZero() || len(e.Section47s) > 0 || len(e.CPPlans) > 0 || len(e.CINPlans) > 0) {
			v.onEpisode(e)
		}
	}),
})

var _ = define(Rule{
	Code: "2991Q", Severity: Query, Module: TableEpisode, Fields: []string{"S47ActualStartDate", "AssessmentActualStartDate"},
	Message: "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
	child: episodeRule(func(v *run, c *Child, e *Episode) {
		if len(e.Section47s) > 0 && len(e.Assessments) == 0 {
			v.onEpisode(e)
		}
	}),
})
