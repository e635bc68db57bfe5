package cin

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"hearth"
	"hearth/returns"
)

// Validate checks the census against every rule of the context's collection year. Rules run one after
// the other over the whole return, so the findings come out grouped by rule; within a rule they are in
// file order. The rules of the year that are not run are listed with the reason.
func Validate(c *Census, ctx *Context) *returns.Report {
	rules := Rules(ctx.Year)
	rep := &returns.Report{Return: "CIN census", Year: ctx.Year, Rules: len(rules) + len(notImplemented), NotRun: NotRunIn(ctx.Year)}
	for _, rule := range rules {
		v := &run{ctx: ctx, rule: rule}
		if rule.census != nil {
			rule.census(v, c)
		} else {
			for i := range c.Children {
				v.child = &c.Children[i]
				rule.child(v, v.child)
			}
		}
		rep.Findings = append(rep.Findings, v.findings...)
	}
	return rep
}

// Errors counts the findings of rules that are errors; the rest are queries, which the authority may
// answer with a reason rather than correct.
func Errors(rep *returns.Report) int {
	n := 0
	for _, f := range rep.Findings {
		if r := find(f.Rule); r != nil && r.Severity == Error {
			n++
		}
	}
	return n
}

// find returns the rule with the code, or nil.
func find(code string) *Rule { return rulesByCode()[code] }

// rulesByCode indexes the registry once, after every package variable has defined its rule.
var rulesByCode = sync.OnceValue(func() map[string]*Rule {
	m := make(map[string]*Rule, len(registry))
	for _, r := range registry {
		m[r.Code] = r
	}
	return m
})

// YearOf works out the collection year of a return from its header when none is given: the year of a
// reference date on 31 March, or else the header's Year. ok is false when the header says neither.
func YearOf(c *Census) (year int, ok bool) {
	h := c.Header
	if d := h.ReferenceDate; !d.IsZero() && d.Month() == time.March && d.Day() == 31 {
		return d.Year(), true
	}
	if y, err := strconv.Atoi(h.Year); err == nil && y > 2000 && y < 3000 {
		return y, true
	}
	return 0, false
}

// CheckYear returns an EINVALID error when Hearth does not know the rules of the collection year.
func CheckYear(year int) error {
	if !SupportedYear(year) {
		return hearth.Errorf(hearth.EINVALID,
			"Hearth has the CIN census rules of the collection years %s and %s; %d is not one of them",
			yearName(firstSupportedYear), yearName(lastSupportedYear), year)
	}
	return nil
}

// yearName names the collection year the way the DfE does: 2026 is 2025/26.
func yearName(year int) string { return fmt.Sprintf("%d/%02d", year-1, year%100) }
