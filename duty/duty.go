// Package duty defines the timescales of children's social care as duties, and derives from a child's
// record what is due, by when, and whether it was done in time.
//
// A duty is defined once (DESIGN.md principle 4): what is due, from which recorded event the clock starts,
// how long it runs and in which unit, and the guidance behind it. The same Definition drives the child's
// record, each worker's list of what is due, the team's overdue list and the timeliness measures, so a
// deadline can never be counted one way on a page and another way in a figure. An organisation may change a
// duty's timescale for its own practice (Settings.Override), but a timescale set nationally may only be made
// stricter.
//
// The package is pure Go over plain values: it holds no SQL and no HTTP.
package duty

import (
	"fmt"
	"time"

	"hearth"
	"hearth/calendar"
)

// ID names a duty. The ids are stable: they are stored in the organisation's settings and used by the
// measures, so a duty is never renamed, only added.
type ID string

// The duties of the pathway from the front door to the child protection plan.
const (
	ContactDecision       ID = "contact-decision"
	MASHCheckRed          ID = "mash-check-red"
	MASHCheckAmber        ID = "mash-check-amber"
	MASHCheckGreen        ID = "mash-check-green"
	StrategyDiscussion    ID = "strategy-discussion"
	Assessment            ID = "assessment"
	ICPC                  ID = "icpc"
	FirstCoreGroup        ID = "first-core-group"
	CoreGroup             ID = "core-group"
	FirstReviewConference ID = "first-review-conference"
	ReviewConference      ID = "review-conference"
	CPVisit               ID = "cp-visit"
)

// The duties of children looked after, children who go missing and young people leaving care
// (care.go, missing.go, leaving.go).
const (
	CLAFirstReview         ID = "cla-first-review"
	CLASecondReview        ID = "cla-second-review"
	CLAReview              ID = "cla-review"
	CLAFirstVisit          ID = "cla-first-visit"
	CLAVisit               ID = "cla-visit"
	CLAVisitLongTerm       ID = "cla-visit-long-term"
	CLAVisitWeekly         ID = "cla-visit-weekly"
	CLAVisitAtHome         ID = "cla-visit-at-home"
	InitialHealth          ID = "initial-health-assessment"
	ReviewHealthUnder5     ID = "review-health-assessment-under-5"
	ReviewHealth           ID = "review-health-assessment"
	SDQ                    ID = "sdq"
	PEP                    ID = "pep"
	PEPReview              ID = "pep-review"
	ReturnInterview        ID = "return-home-interview"
	NeedsAssessment        ID = "leaving-needs-assessment"
	PathwayPlan            ID = "pathway-plan"
	PathwayPlanReview      ID = "pathway-plan-review"
	PersonalAdviserContact ID = "personal-adviser-contact"
	AccommodationVisit     ID = "accommodation-visit"
	// AccommodationVisitLater is a visit after the first to a relevant child's accommodation.
	AccommodationVisitLater ID = "accommodation-visit-later"
)

// Unit is what a duty's amount counts.
type Unit int

// The units of a timescale. Working days are Monday to Friday less the bank holidays of England and Wales
// (package calendar). Hours run on the clock, whatever the day; working hours run only on working days, so
// that 24 working hours is one working day, which is how MASH protocols set amber and green requests.
const (
	WorkingDays Unit = iota + 1
	Days
	Weeks
	Months
	Hours
	WorkingHours
	// Terms are school terms (see termEnd): only the review of a personal education plan, which the
	// DfE's guidance sets as once a term rather than as a length of time, is counted in them.
	Terms
)

var unitNames = map[Unit][2]string{
	WorkingDays:  {"working day", "working days"},
	Days:         {"day", "days"},
	Weeks:        {"week", "weeks"},
	Months:       {"month", "months"},
	Hours:        {"hour", "hours"},
	WorkingHours: {"working hour", "working hours"},
	Terms:        {"school term", "school terms"},
}

// Units lists every unit, in the order a settings page offers them.
var Units = []Unit{WorkingDays, Days, Weeks, Months, Hours, WorkingHours, Terms}

// String names the unit in the plural, as in "45 working days".
func (u Unit) String() string {
	if n, ok := unitNames[u]; ok {
		return n[1]
	}
	return fmt.Sprintf("unit %d", int(u))
}

// Code is the unit's stored name: working_days, days, weeks, months, hours or working_hours.
func (u Unit) Code() string {
	switch u {
	case WorkingDays:
		return "working_days"
	case Days:
		return "days"
	case Weeks:
		return "weeks"
	case Months:
		return "months"
	case Hours:
		return "hours"
	case WorkingHours:
		return "working_hours"
	case Terms:
		return "terms"
	}
	return ""
}

// ParseUnit reads a unit's stored name (Code).
func ParseUnit(code string) (Unit, error) {
	for _, u := range Units {
		if u.Code() == code {
			return u, nil
		}
	}
	return 0, hearth.Errorf(hearth.EINVALID, "%q is not a unit of time; the units are working_days, days, weeks, months, hours, working_hours and terms", code)
}

// Timed reports whether the unit counts hours, so that a duty in it falls due at a moment rather than on
// a day.
func (u Unit) Timed() bool { return u == Hours || u == WorkingHours }

// Definition is one duty: what is due, by when, from which recorded event.
type Definition struct {
	ID ID
	// Title says what is due, as a worker's list shows it: "Initial child protection conference".
	Title string
	// Starts says in words which recorded event starts the clock, for the settings page and for anyone
	// checking a figure: "the strategy discussion that started the section 47 enquiry (the latest if several)".
	Starts string
	// Basis is the guidance or local protocol the timescale comes from.
	Basis string
	// Amount and Unit are the timescale: 45 working days.
	Amount int
	Unit   Unit
	// Regulation is true for a timescale set nationally, by regulation or by the statutory guidance Working
	// Together to Safeguard Children, which a local authority must follow: an organisation may make it
	// stricter but never looser. Local timescales (the MASH protocol, core groups after the first, visits)
	// may be changed either way.
	Regulation bool
	// Default is true when the timescale is the national or Hearth default, false once overridden locally.
	Default bool
}

// Timescale says the timescale in words: "45 working days", "1 working day".
func (d Definition) Timescale() string {
	n := unitNames[d.Unit]
	if d.Amount == 1 {
		return "1 " + n[0]
	}
	return fmt.Sprintf("%d %s", d.Amount, n[1])
}

// DueFrom returns the day the duty is due when its clock starts on start. A due date is always a working
// day, because that is when the work can be done:
//
//   - in working days, it is the Amount-th working day after start (start itself never counts, so a
//     contact received on a Saturday and due in 1 working day is due on the Monday);
//
//   - in days, weeks or months, it is the same day that many days, weeks or months later (months keep the
//     day of the month, clamped to the end of a shorter month: 31 August plus 6 months is 28 or 29
//     February), brought back to the last working day on or before it when it falls on a weekend or a
//     bank holiday. Bringing it back, not forward, keeps the due date within the timescale: a review due
//     "within 3 months" is late on the Monday after a Saturday that ends the three months. Only when that
//     would bring it back to the start day or before (1 day from a Friday) is it the next working day.
//
//   - in school terms, it is the last day of the term that many terms after the one start falls in (see
//     termEnd), brought back to a working day in the same way.
//
// A duty counted in hours falls due at a moment, not on a day: use DueAt. Dates outside the calendar's
// known years give a *calendar.OutOfRangeError.
func (d Definition) DueFrom(cal *calendar.Calendar, start hearth.Date) (hearth.Date, error) {
	if start.IsZero() {
		return hearth.Date{}, fmt.Errorf("duty %s: no start date", d.ID)
	}
	if d.Amount < 1 {
		return hearth.Date{}, fmt.Errorf("duty %s: amount %d is not a positive number", d.ID, d.Amount)
	}
	var due hearth.Date
	switch d.Unit {
	case WorkingDays:
		t, err := cal.AddWorkingDays(start.Time(), d.Amount)
		if err != nil {
			return hearth.Date{}, err
		}
		return hearth.DateOf(t), nil
	case Days:
		due = start.AddDays(d.Amount)
	case Weeks:
		due = start.AddDays(7 * d.Amount)
	case Months:
		due = start.AddMonths(d.Amount)
	case Terms:
		due = termEnd(start, d.Amount)
	case Hours, WorkingHours:
		return hearth.Date{}, fmt.Errorf("duty %s is counted in %s and falls due at a moment: use DueAt", d.ID, d.Unit)
	default:
		return hearth.Date{}, fmt.Errorf("duty %s: unknown unit %d", d.ID, int(d.Unit))
	}
	back, err := onOrBefore(cal, due)
	if err != nil || back.After(start) {
		return back, err
	}
	// A short timescale from a day before a weekend ("1 day" from a Friday) would come back to the start
	// itself or before it, when the work cannot yet be due: such a duty is due on the next working day.
	t, err := cal.AddWorkingDays(start.Time(), 1)
	if err != nil {
		return hearth.Date{}, err
	}
	return hearth.DateOf(t), nil
}

// termEnd returns the last day of the school term n terms after the one d falls in. Hearth does not hold
// each school's term dates, so the year is cut into the three terms schools keep, each with the holiday
// after it: autumn (1 September to 31 December), spring (1 January to 31 March) and summer (1 April to 31
// August). A plan made at any time in the autumn term is then reviewed by the end of the spring term, one
// made in the summer term by the end of the autumn term.
func termEnd(d hearth.Date, n int) hearth.Date {
	// Number the terms from autumn 0 of d's school year, then find the term n later.
	y, term := d.Year(), 0
	switch m := d.Month(); {
	case m >= time.September:
	case m <= time.March:
		y, term = y-1, 1
	default:
		y, term = y-1, 2
	}
	t := term + n
	y += t / 3
	switch t % 3 {
	case 0:
		return hearth.NewDate(y, time.December, 31)
	case 1:
		return hearth.NewDate(y+1, time.March, 31)
	}
	return hearth.NewDate(y+1, time.August, 31)
}

// onOrBefore returns the last working day on or before d.
func onOrBefore(cal *calendar.Calendar, d hearth.Date) (hearth.Date, error) {
	for {
		ok, err := cal.IsWorkingDay(d.Time())
		if err != nil {
			return hearth.Date{}, err
		}
		if ok {
			return d, nil
		}
		d = d.AddDays(-1)
	}
}

// London is the time zone in which the clock of a duty counted in hours runs: days, weekends and bank
// holidays are those of England, whatever zone a server or a time value is in.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("duty: " + err.Error())
	}
	return loc
}

// DueAt returns the moment the duty is due when its clock starts at start, for any unit:
//   - hours run on the clock, so 4 hours from Friday 22:00 is Saturday 02:00;
//   - working hours run only on working days (in England's time zone): the clock stops at midnight before
//     a weekend or bank holiday and starts again at midnight after it, so 24 working hours from a Friday
//     at 16:00 is the Monday at 16:00, and a request made on a Saturday starts its clock at midnight on the
//     Monday;
//   - a duty counted in days, weeks, months or working days is due at the end of its due day (DueFrom of
//     the day start falls on), which is midnight at the start of the next day.
func (d Definition) DueAt(cal *calendar.Calendar, start time.Time) (time.Time, error) {
	if start.IsZero() {
		return time.Time{}, fmt.Errorf("duty %s: no start time", d.ID)
	}
	if d.Amount < 1 {
		return time.Time{}, fmt.Errorf("duty %s: amount %d is not a positive number", d.ID, d.Amount)
	}
	start = start.In(London)
	switch d.Unit {
	case Hours:
		return start.Add(time.Duration(d.Amount) * time.Hour), nil
	case WorkingHours:
		return addWorkingHours(cal, start, time.Duration(d.Amount)*time.Hour)
	}
	day, err := d.DueFrom(cal, hearth.DateOf(start))
	if err != nil {
		return time.Time{}, err
	}
	return nextMidnight(day.Time()), nil
}

// nextMidnight returns London midnight at the start of the day after the civil date of day.
func nextMidnight(day time.Time) time.Time {
	y, m, dd := day.Date()
	return time.Date(y, m, dd+1, 0, 0, 0, 0, London)
}

// addWorkingHours adds a duration that runs only on working days. It walks a day at a time, which for
// the few days of a MASH protocol costs nothing, and measures each day by the clock, so that the days on
// which the clocks change are 23 and 25 hours long, as they are.
func addWorkingHours(cal *calendar.Calendar, t time.Time, left time.Duration) (time.Time, error) {
	for {
		end := nextMidnight(t)
		ok, err := cal.IsWorkingDay(t)
		if err != nil {
			return time.Time{}, err
		}
		if ok {
			if rest := end.Sub(t); left <= rest {
				return t.Add(left), nil
			} else {
				left -= rest
			}
		}
		t = end
	}
}
