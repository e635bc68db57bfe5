package cin

import "strings"

// The rules about child and family assessments and the factors they identify (the DfE's Assessments
// module).

// assessmentRule is a rule that looks at one assessment at a time, knowing its episode.
func assessmentRule(check func(v *run, e *Episode, a *Assessment)) func(v *run, c *Child) {
	return func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			for j := range e.Assessments {
				check(v, e, &e.Assessments[j])
			}
		}
	}
}

// assessmentFactors are the codes of AssessmentFactors, with 18A and 19A, which 2024/25 replaced by 18B,
// 18C, 19B and 19C: the queries 8945Q and 8950Q ask about those two, so 8897Q does not report them again.
var assessmentFactors = codeSet("1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A " +
	"12A 13A 14A 15A 16A 17A 18A 18B 18C 19A 19B 19C 20 21 22A 23A 24A")

// completed reports whether the assessment has been authorised.
func (a *Assessment) completed() bool { return !a.AuthorisationDate.IsZero() }

// hasFactor reports whether the assessment lists the factor code.
func (a *Assessment) hasFactor(code string) bool {
	for _, f := range a.Factors {
		if f == code {
			return true
		}
	}
	return false
}

// hasFactorFold reports whether the assessment lists the factor code in either case.
func (a *Assessment) hasFactorFold(code string) bool {
	for _, f := range a.Factors {
		if strings.EqualFold(f, code) {
			return true
		}
	}
	return false
}

var _ = define(Rule{
	Code: "1103", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentActualStartDate", "CINreferralDate"},
	Message: "The assessment start date cannot be before the referral date",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if !a.ActualStartDate.IsZero() && a.ActualStartDate.Before(e.CINreferralDate) {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8608", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentActualStartDate", "AssessmentAuthorisationDate"},
	Message: "Assessment Start Date cannot be later than its End Date",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if a.completed() && a.ActualStartDate.After(a.AuthorisationDate) {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8614", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate", "AssessmentFactors"},
	Message: "Parental or child factors at assessment should only be present for a completed assessment.",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if !a.completed() && len(a.Factors) > 0 {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8670Q", Severity: Query, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate", "AssessmentActualStartDate"},
	Message: "Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if !a.completed() && !a.ActualStartDate.IsZero() && a.ActualStartDate.Before(v.ctx.endLess45WorkingDays) {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8696", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate", "ReferenceDate"},
	Message: "Assessment end date must fall within the census year",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if v.ctx.outsidePeriod(a.AuthorisationDate) {
			v.onAssessment(a, "AssessmentAuthorisationDate")
		}
	}),
})

var _ = define(Rule{
	Code: "8736", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate", "AssessmentActualStartDate"},
	Message: "For an Assessment that has not been completed, the start date must fall within the census year",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if !a.completed() && v.ctx.outsidePeriod(a.ActualStartDate) {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8863Q", Severity: Query, Module: TableAssessment, Fields: []string{"AssessmentActualStartDate", "AssessmentAuthorisationDate"},
	Message: "An Assessment is shown as starting when there is another Assessment ongoing.",
	child: func(v *run, c *Child) {
		// Assessments of any of the child's episodes count: an assessment is ongoing from its start until
		// its authorisation, or for ever when it has none.
		all := make([]*Assessment, 0, 4)
		for i := range c.Episodes {
			for j := range c.Episodes[i].Assessments {
				all = append(all, &c.Episodes[i].Assessments[j])
			}
		}
		for _, b := range all {
			for _, a := range all {
				if a == b || a.ActualStartDate.IsZero() || b.ActualStartDate.IsZero() {
					continue
				}
				if b.ActualStartDate.After(a.ActualStartDate) && (!a.completed() || b.ActualStartDate.Before(a.AuthorisationDate)) {
					v.onAssessment(b)
					break
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "8869", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentFactors"},
	Message: "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if len(a.Factors) > 1 && a.hasFactor("21") {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8873Q", Severity: Query, Module: TableAssessment, Fields: []string{"ReasonForClosure", "AssessmentFactors"},
	Message: "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
	child: func(v *run, c *Child) {
		// An episode still open is queried too: it has no reason for closure, let alone RC8 or RC9.
		for i := range c.Episodes {
			e := &c.Episodes[i]
			if len(e.Assessments) != 1 {
				continue
			}
			a := &e.Assessments[0]
			if a.completed() && len(a.Factors) == 1 && a.Factors[0] == "21" &&
				e.ReasonForClosure != "RC8" && e.ReasonForClosure != "RC9" {
				v.onEpisode(e, "ReasonForClosure")
			}
		}
	},
})

var _ = define(Rule{
	Code: "8896", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate"},
	Message: "Within one CINdetails group there are 2 or more open Assessments groups",
	child: func(v *run, c *Child) {
		for i := range c.Episodes {
			e := &c.Episodes[i]
			open := 0
			for j := range e.Assessments {
				if !e.Assessments[j].completed() {
					open++
				}
			}
			if open < 2 {
				continue
			}
			for j := range e.Assessments {
				if a := &e.Assessments[j]; !a.completed() {
					v.onAssessment(a)
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "8897Q", Severity: Query, Module: TableAssessment, Fields: []string{"AssessmentAuthorisationDate", "AssessmentFactors"},
	Message: "Parental or child factors at assessment information is missing from a completed assessment",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		// An assessment completed in the year needs one or more factors, each a valid code.
		if a.AuthorisationDate.IsZero() || a.AuthorisationDate.Before(v.ctx.Start) {
			return
		}
		ok := len(a.Factors) > 0
		for _, f := range a.Factors {
			ok = ok && assessmentFactors[f]
		}
		if !ok {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8898", Severity: Error, Module: TableAssessment, Fields: []string{"AssessmentFactors"},
	Message: "The assessment has more than one parental or child factors with the same code",
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		for i := 1; i < len(a.Factors); i++ {
			for j := 0; j < i; j++ {
				if a.Factors[i] == a.Factors[j] {
					v.onAssessment(a)
					return
				}
			}
		}
	}),
})

var _ = define(Rule{
	Code: "8945Q", Severity: Query, Module: TableAssessment, Fields: []string{"AssessmentFactors"},
	Message:   "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
	FirstYear: 2025,
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if a.hasFactorFold("18A") {
			v.onAssessment(a)
		}
	}),
})

var _ = define(Rule{
	Code: "8950Q", Severity: Query, Module: TableAssessment, Fields: []string{"AssessmentFactors"},
	Message:   "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
	FirstYear: 2025,
	child: assessmentRule(func(v *run, e *Episode, a *Assessment) {
		if a.hasFactorFold("19A") {
			v.onAssessment(a)
		}
	}),
})
