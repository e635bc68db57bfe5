package web

import (
	"slices"
	"time"

	"hearth"
	"hearth/access"
	"hearth/calendar"
	"hearth/care"
	"hearth/store"
)

// The arrangements beside care on the child's record page (the looked-after part): staying put after 18,
// private fostering with what its regulations make due next, and each time a 16 or 17 year old presented
// as homeless with where the joint assessment stands; and the links to record them for those who may.

// The private fostering timescales of the Children (Private Arrangements for Fostering) Regulations 2005:
// the first visit within 7 working days of notification (regulation 4), later visits at most 6 weeks
// apart in the arrangement's first year and 12 weeks after (regulation 8), and the assessment of the
// arrangement within 42 working days of notification (the national minimum standards' practice).
// shared/reference/timescales.md does not list them yet; when the duty engine has them, these should be
// taken from it (one definition).
const (
	pfFirstVisitWorkingDays = 7
	pfAssessmentWorkingDays = 42
	pfVisitDaysFirstYear    = 42
	pfVisitDaysAfter        = 84
)

// dueNext is one thing due for a private fostering arrangement, and the day it is due by.
type dueNext struct {
	What string
	By   hearth.Date
}

// privateFosteringDue lists what is due next for an arrangement that stands: the first visit, the
// assessment, then the next visit. Nothing is due once the arrangement has ended.
func privateFosteringDue(pf care.PrivateFostering, visits []care.PrivateFosteringVisit, cal *calendar.Calendar) ([]dueNext, error) {
	if !pf.EndDate.IsZero() {
		return nil, nil
	}
	var due []dueNext
	addWD := func(n int) (hearth.Date, error) {
		t, err := cal.AddWorkingDays(pf.NotifiedDate.Time(), n)
		return hearth.DateOf(t), err
	}
	if pf.InitialVisitDate.IsZero() {
		d, err := addWD(pfFirstVisitWorkingDays)
		if err != nil {
			return nil, err
		}
		due = append(due, dueNext{"First visit", d})
	}
	if pf.AssessedDate.IsZero() {
		d, err := addWD(pfAssessmentWorkingDays)
		if err != nil {
			return nil, err
		}
		due = append(due, dueNext{"Assessment", d})
	}
	if last := pf.InitialVisitDate; !last.IsZero() {
		for _, v := range visits {
			if v.Date.After(last) {
				last = v.Date
			}
		}
		began := pf.StartDate
		if began.IsZero() || pf.NotifiedDate.Before(began) {
			began = pf.NotifiedDate
		}
		gap := pfVisitDaysAfter
		if last.Before(began.AddMonths(12)) {
			gap = pfVisitDaysFirstYear
		}
		due = append(due, dueNext{"Next visit", last.AddDays(gap)})
	}
	return due, nil
}

// arrangementsOf works out the arrangements' rows, newest first, and the links for the user to record
// them: staying put for a young person aged 18 to 20 who left care from foster care, private fostering
// for a child under 18 who is not looked after, and presenting as homeless at 16 or 17.
func arrangementsOf(rec *store.ChildRecord, u hearth.User, facts access.ChildFacts, now time.Time, lookedAfter bool) ([]panelRow, []link) {
	base := pathOf(rec.Person.ID)
	today := londonDate(now)
	mayCare, mayLeaving := mayRecordAs(careWriters, u, facts, now), mayRecordAs(leavingWriters, u, facts, now)
	var rows []panelRow
	stayingNow := false
	for _, sp := range store.Rows[care.StayingPut](rec) {
		if !active(sp) {
			continue
		}
		row := panelRow{What: "Staying put with " + sp.Carer, Date: sp.StartDate, Status: "Plan not yet reviewed", Colour: "yellow"}
		switch {
		case !sp.EndDate.IsZero():
			row.Status, row.Colour = "Ended "+longDate(sp.EndDate)+": "+lower(care.StayingPutEndReasons.Description(sp.EndReason)), "grey"
		case !sp.ReviewedDate.IsZero():
			row.Status, row.Colour = "Plan reviewed "+longDate(sp.ReviewedDate), "green"
		}
		stayingNow = stayingNow || sp.Current(today)
		if mayLeaving {
			row.Href = idPath(base+"/care/staying-put", sp.ID, "")
		}
		rows = append(rows, row)
	}
	cal := calendar.England()
	for _, pf := range store.Rows[care.PrivateFostering](rec) {
		if !active(pf) {
			continue
		}
		row := panelRow{What: "Privately fostered by " + pf.Carer, Date: pf.NotifiedDate, Status: "Arrangement in place", Colour: "green"}
		due, err := privateFosteringDue(pf, privateFosteringVisits(rec, pf.ID), cal)
		switch {
		case !pf.EndDate.IsZero():
			row.Status, row.Colour = "Ended "+longDate(pf.EndDate)+": "+lower(care.PrivateFosteringEndReasons.Description(pf.EndReason)), "grey"
		case err != nil:
			row.Status, row.Colour = "What is due cannot be worked out: "+err.Error(), "grey"
		case len(due) > 0:
			row.Status, row.Colour = due[0].What+" due by "+longDate(due[0].By), "blue"
			if due[0].By.Before(today) {
				row.Status, row.Colour = due[0].What+" overdue, due by "+longDate(due[0].By), "red"
			}
			for _, d := range due[1:] {
				row.Status += "; " + lower(d.What) + " by " + longDate(d.By)
			}
		}
		if mayCare {
			row.Href = idPath(base+"/care/private-fostering", pf.ID, "")
		}
		rows = append(rows, row)
	}
	for _, h := range store.Rows[care.HomelessAssessment](rec) {
		if !active(h) {
			continue
		}
		row := panelRow{What: "Presented as homeless to " + lower(care.HomelessPresentedTo.Description(h.PresentedTo)), Date: h.PresentedDate,
			Status: "Joint assessment under way", Colour: "yellow"}
		if !h.AssessedDate.IsZero() {
			row.Status, row.Colour = "Assessed "+longDate(h.AssessedDate)+": "+codeMeaning(care.HomelessOutcomes, h.Outcome), "green"
		}
		if mayCare {
			row.Href = idPath(base+"/care/homeless", h.ID, "")
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(a, b panelRow) int { return b.Date.DaysSince(a.Date) })

	var actions []link
	born := rec.Person.BirthDate
	age := -1
	if !born.IsZero() {
		age = born.AgeOn(today)
	}
	if mayLeaving && !stayingNow && age >= 18 && age < 21 && !lastFosterCareEnd(rec).IsZero() {
		actions = append(actions, link{Text: "Record a staying put arrangement", Href: base + "/care/staying-put/new"})
	}
	if mayCare && !lookedAfter && age < 18 {
		actions = append(actions, link{Text: "Record a private fostering arrangement", Href: base + "/care/private-fostering/new"})
	}
	if mayCare && !lookedAfter && (age == 16 || age == 17) {
		actions = append(actions, link{Text: "Record a young person presenting as homeless", Href: base + "/care/homeless/new"})
	}
	for _, pf := range store.Rows[care.PrivateFostering](rec) {
		if mayCare && active(pf) && pf.EndDate.IsZero() && !pf.InitialVisitDate.IsZero() {
			actions = append(actions, link{Text: "Record a visit to " + pf.Carer + "'s home", Href: idPath(base+"/care/private-fostering", pf.ID, "/visits/new")})
		}
	}
	return rows, actions
}
