package cin

import (
	"slices"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/returns"
)

// Severity says whether a rule's finding stops the return (an error) or asks the authority to check and
// explain (a query).
type Severity string

const (
	Error Severity = "ERROR"
	Query Severity = "QUERY"
)

// Rule is one DfE validation rule of the CIN census, defined once: its code, whether it is an error or a
// query, the DfE's message, the module (table) the DfE files it under, the items it concerns, the
// collection years it applies to, and the check itself. A check looks at one child at a time (child) or
// at the whole return (census); exactly one of the two is set.
type Rule struct {
	Code      string
	Severity  Severity
	Message   string
	Module    string
	Fields    []string
	FirstYear int // the first collection year the rule applies to, named by the 31 March that ends it
	LastYear  int // the last; 0 means it still applies

	child  func(v *run, c *Child)
	census func(v *run, c *Census)
}

// AppliesTo reports whether the rule is part of the given collection year's rules.
func (r *Rule) AppliesTo(year int) bool {
	return year >= r.FirstYear && (r.LastYear == 0 || year <= r.LastYear)
}

// registry holds every rule defined, in no particular order; Rules sorts them.
var registry []*Rule

// define adds a rule to the registry. Each rule file declares its rules as package variables with it, so a
// rule's definition and its check sit together.
func define(r Rule) *Rule {
	if r.FirstYear == 0 {
		r.FirstYear = firstSupportedYear
	}
	if (r.child == nil) == (r.census == nil) {
		panic("cin: rule " + r.Code + " must have exactly one check")
	}
	p := &r
	registry = append(registry, p)
	return p
}

// The collection years whose rules Hearth knows: 2024/25 and 2025/26.
const (
	firstSupportedYear = 2025
	lastSupportedYear  = 2026
)

// SupportedYear reports whether Hearth knows the CIN census rules of the collection year.
func SupportedYear(year int) bool { return year >= firstSupportedYear && year <= lastSupportedYear }

// Rules returns the rules that apply to the collection year and are implemented, in code order.
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

// Context is what the rules know besides the return: the collection year, its reference date (31 March
// at its end), the census period (1 April to the reference date) and the working-day calendar.
type Context struct {
	Year          int
	ReferenceDate hearth.Date
	Start         hearth.Date
	End           hearth.Date
	Calendar      *calendar.Calendar

	// Dates several rules compare with, worked out once rather than for every child.
	startLess1WorkingDay hearth.Date // 8569Q
	endLess15WorkingDays hearth.Date // 8675Q
	endLess45WorkingDays hearth.Date // 8670Q
	schoolAgeIfBornBy    hearth.Date // 8770Q: 31 August four years before the next school year
	over25IfBornBefore   hearth.Date // 8775Q
	expectedBirthAfter   hearth.Date // 8530Q: the reference date less 30 days
	expectedBirthBefore  hearth.Date // 8530Q: the reference date plus 9 months
}

// NewContext returns the context of a collection year: 2026 is 1 April 2025 to 31 March 2026.
func NewContext(year int) *Context {
	ref := hearth.NewDate(year, time.March, 31)
	x := &Context{
		Year:          year,
		ReferenceDate: ref,
		Start:         hearth.NewDate(year-1, time.April, 1),
		End:           ref,
		Calendar:      calendar.England(),
	}
	x.startLess1WorkingDay = x.workingDaysBefore(x.Start, 1)
	x.endLess15WorkingDays = x.workingDaysBefore(x.End, 15)
	x.endLess45WorkingDays = x.workingDaysBefore(x.End, 45)
	// The DfE's validator takes the school year to start at the reference date plus 4 months and 31
	// days (31 August), and a child born by that day four years earlier to be of school age.
	x.schoolAgeIfBornBy = ref.AddMonths(4).AddDays(31).AddMonths(-48)
	x.over25IfBornBefore = ref.AddMonths(-25 * 12)
	x.expectedBirthAfter = ref.AddDays(-30)
	x.expectedBirthBefore = ref.AddMonths(9)
	return x
}

// workingDaysBefore returns the date n working days before d in England. Outside the calendar's known
// years it falls back to calendar days, which can only differ around a bank holiday.
func (x *Context) workingDaysBefore(d hearth.Date, n int) hearth.Date {
	t, err := x.Calendar.AddWorkingDays(d.Time(), -n)
	if err != nil {
		return d.AddDays(-n)
	}
	return hearth.DateOf(t)
}

// inPeriod reports whether d is recorded and within the census period.
func (x *Context) inPeriod(d hearth.Date) bool {
	return !d.IsZero() && !d.Before(x.Start) && !d.After(x.End)
}

// outsidePeriod reports whether d is recorded and outside the census period.
func (x *Context) outsidePeriod(d hearth.Date) bool {
	return !d.IsZero() && (d.Before(x.Start) || d.After(x.End))
}

// run is one rule being checked over one return: it collects the rule's findings. A finding names the
// CIN census table (ChildIdentifiers, CINdetails, Assessments, CINplanDates, Section47,
// ChildProtectionPlans, Reviews, Disabilities, Header) and the 0-based row of that table in the file, in
// document order; Assessments has one row per assessment and Reviews one row per CPPreviewDate. A finding
// about the return as a whole (a return-level query such as 2887Q) has no table and row -1.
type run struct {
	ctx      *Context
	rule     *Rule
	child    *Child
	findings []returns.Finding
}

// flag records a finding at a row of a table. With no fields given, the rule's own fields are named.
func (v *run) flag(table string, row, line int, fields []string) {
	if len(fields) == 0 {
		fields = v.rule.Fields
	}
	child := ""
	if v.child != nil {
		child = v.child.LAchildID
	}
	v.findings = append(v.findings, returns.Finding{
		Rule: v.rule.Code, Table: table, Row: row, Child: child, Fields: fields,
		Message: v.rule.Message, Line: line,
	})
}

// The tables of the return, as the contract's csv and json name them.
const (
	TableHeader          = "Header"
	TableChild           = "ChildIdentifiers"
	TableDisability      = "Disabilities"
	TableEpisode         = "CINdetails"
	TableAssessment      = "Assessments"
	TablePlan            = "CINplanDates"
	TableSection47       = "Section47"
	TableCPPlan          = "ChildProtectionPlans"
	TableReview          = "Reviews"
	TableCharacteristics = "ChildCharacteristics"
)

func (v *run) onChild(c *Child, fields ...string) { v.flag(TableChild, c.Row, c.Line, fields) }
func (v *run) onEpisode(e *Episode, fields ...string) {
	v.flag(TableEpisode, e.Row, e.Line, fields)
}
func (v *run) onAssessment(a *Assessment, fields ...string) {
	v.flag(TableAssessment, a.Row, a.Line, fields)
}
func (v *run) onPlan(p *CINPlan, fields ...string)     { v.flag(TablePlan, p.Row, p.Line, fields) }
func (v *run) onS47(s *Section47, fields ...string)    { v.flag(TableSection47, s.Row, s.Line, fields) }
func (v *run) onCPP(p *CPPlan, fields ...string)       { v.flag(TableCPPlan, p.Row, p.Line, fields) }
func (v *run) onReview(r *Review, fields ...string)    { v.flag(TableReview, r.Row, r.Line, fields) }
func (v *run) onDisability(d *Disability, f ...string) { v.flag(TableDisability, d.Row, d.Line, f) }

// onReturn records a finding about the return as a whole (a return-level query).
func (v *run) onReturn(fields ...string) { v.flag("", -1, 0, fields) }
