package cin

import (
	"fmt"
	"strconv"
	"time"

	"hearth"
)

// Report is the outcome of validating one return for one collection year: every finding, grouped by rule
// in code order, the rules that were run, and the rules of the year that were not run with the reason.
type Report struct {
	Year     int
	Children int
	Ran      []*Rule
	NotRun   []NotRun
	Findings []Finding
}

// Errors counts the findings of rules that are errors (the rest are queries).
func (r *Report) Errors() int {
	sev := make(map[string]Severity, len(r.Ran))
	for _, rule := range r.Ran {
		sev[rule.Code] = rule.Severity
	}
	n := 0
	for _, f := range r.Findings {
		if sev[f.Rule] == Error {
			n++
		}
	}
	return n
}

// Validate checks the census against every rule of the context's collection year. Rules run one after
// the other over the whole return, so the findings come out grouped by rule; within a rule they are in
// file order.
func Validate(c *Census, ctx *Context) *Report {
	rep := &Report{Year: ctx.Year, Children: len(c.Children), NotRun: NotRunIn(ctx.Year)}
	for _, rule := range Rules(ctx.Year) {
		rep.Ran = append(rep.Ran, rule)
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
			"Hearth has the CIN census rules of the collection years %d to %d; %d is not one of them", firstSupportedYear, lastSupportedYear, year)
	}
	return nil
}

// String names the collection year the way the DfE does: 2026 is 2025/26.
func yearName(year int) string { return fmt.Sprintf("%d/%02d", year-1, year%100) }
