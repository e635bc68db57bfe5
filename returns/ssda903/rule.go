package ssda903

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"hearth"
	"hearth/returns"
)

// Rule is one DfE validation rule: its code, what it needs beyond the return, and its check. The rest of
// its definition (the DfE's message, tables, fields and the collection years it applies to) is the
// catalogue's entry for the code, filled in when the rule is registered, so it is written once.
type Rule struct {
	Code string
	// Needs is what the rule needs beyond this year's return; without it the rule is reported as not run.
	Needs Need
	// Check looks at the return and flags each row that breaks the rule.
	Check func(c *Check)

	Message  string   // the DfE's message (the catalogue's summary where no message was published)
	Fields   []string // the fields a finding points at
	From, To int      // the first and last collection years the rule applies to
}

// Need is data a rule needs that a return may not come with.
type Need int

// The data a rule may need beyond this year's return.
const (
	NeedsNothing Need = iota
	// NeedsPrevious is the previous year's return (--previous DIR).
	NeedsPrevious
	// NeedsProviders is Ofsted's list of registered providers and their URNs, which Hearth does not have.
	NeedsProviders
	// NeedsPostcodes is the locations of postcodes (to work out distances), which Hearth does not have.
	NeedsPostcodes
)

// Why says why a rule with this need is not run when the run lacks what it needs.
func (n Need) Why() string { return n.why() }

// why says why a rule with this need was not run.
func (n Need) why() string {
	switch n {
	case NeedsPrevious:
		return "needs the previous year's return: give it with --previous DIR"
	case NeedsProviders:
		return "needs Ofsted's list of providers and their URNs, which this run does not have"
	case NeedsPostcodes:
		return "needs the locations of postcodes to work out distances, which this run does not have"
	}
	return ""
}

// AppliesTo says whether the rule is part of the year's validation.
func (r *Rule) AppliesTo(year int) bool { return year >= r.From && year <= r.To }

// Check is one rule being run over a return: the rule's view of the return and where its findings go.
type Check struct {
	R        *Return // this year's return
	Previous *Return // last year's return, when the rule needs it and the run has it
	Year     int     // the collection year
	rule     *Rule
	findings []returns.Finding
}

// Start is the first day of the collection year (1 April).
func (c *Check) Start() hearth.Date { return Start(c.Year) }

// End is the last day of the collection year (31 March).
func (c *Check) End() hearth.Date { return End(c.Year) }

// Flag reports row i of table t as breaking the rule, pointing at the rule's fields.
func (c *Check) Flag(t Table, i int) {
	c.findings = append(c.findings, returns.Finding{Rule: c.rule.Code, Table: t.String(), Row: i,
		Child: c.R.Child(t, i), Fields: c.rule.Fields, Message: c.rule.Message})
}

// FlagTable reports table t as a whole (no one row) as breaking the rule.
func (c *Check) FlagTable(t Table) {
	c.findings = append(c.findings, returns.Finding{Rule: c.rule.Code, Table: t.String(), Row: -1,
		Fields: c.rule.Fields, Message: c.rule.Message})
}

// registry holds every rule; each rules_*.go file adds its rules with register in an init function.
var (
	registry   []*Rule
	registered = map[string]bool{}
)

// register adds rules to the registry with their definitions from the catalogue. A code registered
// twice, or not in the catalogue, is a fault in Hearth, found when it starts.
func register(rules ...*Rule) {
	for _, r := range rules {
		e, ok := catalogueEntry(r.Code)
		switch {
		case !ok:
			panic(fmt.Sprintf("ssda903: rule %s is not in the DfE's catalogue", r.Code))
		case registered[r.Code]:
			panic(fmt.Sprintf("ssda903: rule %s registered twice", r.Code))
		case r.Check == nil:
			panic(fmt.Sprintf("ssda903: rule %s has no check", r.Code))
		}
		r.Message = e.Message
		if r.Message == "" {
			r.Message = e.Summary
		}
		r.Fields = strings.Split(e.Fields, ",")
		r.From, r.To = e.From, e.To
		registered[r.Code] = true
		registry = append(registry, r)
	}
}

// Rules returns the rules that apply to the collection year, by code.
func Rules(year int) []*Rule {
	var out []*Rule
	for _, r := range registry {
		if r.AppliesTo(year) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b *Rule) int { return returns.CompareCodes(a.Code, b.Code) })
	return out
}

// RuleByCode returns the rule with the code, or nil.
func RuleByCode(code string) *Rule {
	for _, r := range registry {
		if r.Code == code {
			return r
		}
	}
	return nil
}

// Options are what a validation run has besides the return.
type Options struct {
	Year     int     // the collection year
	Previous *Return // last year's return, or nil
	// Only, when not empty, limits the run to these rule codes (the child's record runs the rules about
	// one child; tests run one rule).
	Only []string
}

// Validate runs every rule that applies to the year over the return, on all cores, and reports the
// findings in order (by rule, table and row) with the rules that could not run and why.
func Validate(r *Return, o Options) returns.Report {
	rules := Rules(o.Year)
	dfe := Catalogue(o.Year)
	if len(o.Only) > 0 {
		rules = slices.DeleteFunc(rules, func(rule *Rule) bool { return !slices.Contains(o.Only, rule.Code) })
		dfe = slices.DeleteFunc(dfe, func(e CatalogueEntry) bool { return !slices.Contains(o.Only, e.Code) })
	}
	rep := returns.Report{Return: "SSDA903", Year: o.Year, Rules: len(dfe)}
	for _, e := range dfe {
		if !registered[e.Code] {
			rep.NotRun = append(rep.NotRun, returns.NotRun{Rule: e.Code, Why: "not yet implemented in Hearth"})
		}
	}
	var run []*Rule
	for _, rule := range rules {
		switch {
		case rule.Needs == NeedsPrevious && o.Previous == nil, rule.Needs == NeedsProviders, rule.Needs == NeedsPostcodes:
			rep.NotRun = append(rep.NotRun, returns.NotRun{Rule: rule.Code, Why: rule.Needs.why()})
		default:
			run = append(run, rule)
		}
	}
	r.ix() // built once before the rules share it
	if o.Previous != nil {
		o.Previous.ix()
	}
	results := make([][]returns.Finding, len(run))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := &Check{R: r, Previous: o.Previous, Year: o.Year, rule: run[i]}
				run[i].Check(c)
				results[i] = c.findings
			}
		}()
	}
	for i := range run {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, f := range results {
		rep.Findings = append(rep.Findings, f...)
	}
	rep.Sort()
	return rep
}
