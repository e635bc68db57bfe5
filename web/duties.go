package web

import (
	"context"
	"fmt"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/store"
)

// dutySettings returns the organisation's settings of the duties. A stored setting the duty rules refuse
// is logged and left out (its default stands), so a page never fails, nor shows a looser timescale than
// the national one, because of a bad row.
func (s *Server) dutySettings(ctx context.Context) (duty.Settings, error) {
	rows, err := s.db.DutySettings(ctx)
	if err != nil {
		return duty.Defaults(), err
	}
	settings, problems := duty.FromStored(rows)
	if problems != nil {
		s.log.Warn("duty settings refused", "err", problems)
	}
	return settings, nil
}

// dutyRow is one due item as the pages show it: every value already in words.
type dutyRow struct {
	ChildID   hearth.ID
	Child     string
	Masked    bool
	LAChildID string
	What      string
	// From is the event that started the clock and when, such as "Strategy discussion on 3 March 2026".
	From string
	Due  string
	// State is the state in words and Tag the GOV.UK tag's colour class: the words carry the meaning, the
	// colour only repeats it.
	State string
	Tag   string
	// Late says by how much, or how soon, such as "3 working days overdue" or "due in 2 working days".
	Late string
	Done string
	// Worker is the name of the worker whose work it is, on a team's list.
	Worker string
}

// dutyTable is a list of items of many children as the duty-table partial shows it. Team adds the
// worker of each.
type dutyTable struct {
	Caption string
	Team    bool
	Items   []dutyRow
	Pages   pagination
}

// dutyTags are the GOV.UK tag colours of the states.
var dutyTags = map[duty.State]string{
	duty.StateOverdue:    "govuk-tag--red",
	duty.StateDueSoon:    "govuk-tag--yellow",
	duty.StateDue:        "govuk-tag--blue",
	duty.StateDoneOnTime: "govuk-tag--green",
	duty.StateDoneLate:   "govuk-tag--orange",
}

// dutyEvents say in words what kind of recorded event started an item's clock, by its table.
var dutyEvents = map[string]string{
	"contacts":             "Contact",
	"mash_checks":          "Request to a partner agency",
	"cin_episodes":         "Referral",
	"strategy_discussions": "Strategy discussion",
	"cin_assessments":      "Assessment",
	"s47_enquiry":          "Section 47 enquiry",
	"cp_plans":             "Child protection plan started",
	"cp_conferences":       "Conference",
	"core_groups":          "Core group meeting",
	"visits":               "Visit",
	// Children looked after, missing and leaving care (branch duty5).
	"cla_episodes":         "Placement or period of care started",
	"cla_reviews":          "Looked-after review",
	"cla_health":           "Health assessment",
	"peps":                 "Personal education plan",
	"sdq_scores":           "Strengths and Difficulties Questionnaire",
	"missing":              "Return from missing",
	"care_leavers":         "Leaving care eligibility",
	duty.CareHistory:       "Became an eligible child (from the care history; record the category)",
	"pathway_plans":        "Pathway plan",
	"pathway_plan_reviews": "Pathway plan review",
	"leaving_contacts":     "Contact with the personal adviser",
	"care_leaver_status":   "Accommodation recorded",
}

// dutyRowOf puts an item into words as on today.
func dutyRowOf(it duty.Item, today hearth.Date, cal *calendar.Calendar) dutyRow {
	row := dutyRow{ChildID: it.PersonID, What: it.Title, State: it.State.Label(), Tag: dutyTags[it.State],
		From: dutyEvents[it.Table] + " on " + longDate(it.Start), Due: longDate(it.Due), Done: longDate(it.Done)}
	if !it.DueAt.IsZero() {
		row.Due = longMoment(it.DueAt)
		row.Done = longMoment(it.DoneAt)
	}
	if !it.StartAt.IsZero() {
		row.From = dutyEvents[it.Table] + " on " + longMoment(it.StartAt)
	}
	switch it.State {
	case duty.StateOverdue:
		row.Late = workingDays(it.Late) + " overdue"
	case duty.StateDoneLate:
		row.Late = workingDays(it.Late) + " late"
	case duty.StateDue, duty.StateDueSoon:
		if n, err := cal.WorkingDaysBetween(today.Time(), it.Due.Time()); err == nil {
			row.Late = "due in " + workingDays(n)
			if n == 0 {
				row.Late = "due today"
			}
		}
	}
	return row
}

// listedRowOf puts an item of a list of many children into words, with the child as the list shows them.
func listedRowOf(l duty.Listed, today hearth.Date, cal *calendar.Calendar) dutyRow {
	row := dutyRowOf(l.Item, today, cal)
	c := l.Child
	row.Masked, row.LAChildID = c.Masked, c.LAChildID.String()
	if c.Masked {
		row.Child = "Restricted record"
	} else {
		row.Child = c.Forename + " " + c.Surname
	}
	return row
}

// workingDays says a number of working days.
func workingDays(n int) string {
	if n == 1 {
		return "1 working day"
	}
	return fmt.Sprintf("%d working days", n)
}

// childDuties is the part of the child's record page that says what is due.
type childDuties struct {
	// Open are the items still to do, soonest first; Recent those done in the last three months, latest
	// first.
	Open   []dutyRow
	Recent []dutyRow
}

// childDutiesOf derives the child's items on today with the organisation's settings. Items the calendar
// cannot date are logged and left out.
func (s *Server) childDutiesOf(rec *store.ChildRecord, today hearth.Date, settings duty.Settings) childDuties {
	cal := calendar.England()
	items, problems := duty.Derive(rec, today, settings, cal)
	if problems != nil {
		s.log.Warn("due items not dated", "child", rec.Person.ID, "err", problems)
	}
	var d childDuties
	since := today.AddMonths(-3)
	for _, it := range items {
		switch {
		case it.State.Open():
			d.Open = append(d.Open, dutyRowOf(it, today, cal))
		case !it.Done.Before(since):
			d.Recent = append([]dutyRow{dutyRowOf(it, today, cal)}, d.Recent...)
		}
	}
	return d
}
