package web

import (
	"context"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/store"
)

// What is due for a care leaver comes from the duty engine (DESIGN.md principle 4: one definition of
// each timescale): the needs assessment, the pathway plan and its reviews, contact with the personal
// adviser and visits to the accommodation, with the organisation's settings. The care leavers list and
// the pathway plan's page show the soonest open item and the plan's next review.

// leavingDue is a young person's soonest open item and the open review of their pathway plan.
type leavingDue struct {
	Next, Review       duty.Item
	HasNext, HasReview bool
}

// leavingDueOf picks the soonest open item, and the open pathway plan review, from a child's items.
func leavingDueOf(items []duty.Item) leavingDue {
	var d leavingDue
	for _, it := range items {
		if !it.State.Open() {
			continue
		}
		if !d.HasNext || it.Due.Before(d.Next.Due) {
			d.Next, d.HasNext = it, true
		}
		if it.Duty == duty.PathwayPlanReview && (!d.HasReview || it.Due.Before(d.Review.Due)) {
			d.Review, d.HasReview = it, true
		}
	}
	return d
}

// derivedItems derives a record's items on today; items the calendar cannot date are logged and left out.
func (s *Server) derivedItems(rec *store.ChildRecord, today hearth.Date, settings duty.Settings) []duty.Item {
	items, problems := duty.Derive(rec, today, settings, calendar.England())
	if problems != nil {
		s.log.Warn("due items not dated", "child", rec.Person.ID, "err", problems)
	}
	return items
}

// careLeaversDue works out what is due for each young person of a page of the care leavers list, reading
// what the leaving care duties need of their records in one statement per table
// (store.LeavingDutyRecords, audited as one entry). An eligible child's visits and reviews, owed while
// they are looked after, are on their record page's duties, not here.
func (s *Server) careLeaversDue(ctx context.Context, actor hearth.Actor, rows []store.CareLeaverRow, today hearth.Date) (map[hearth.ID]leavingDue, error) {
	out := map[hearth.ID]leavingDue{}
	if len(rows) == 0 {
		return out, nil
	}
	settings, err := s.dutySettings(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]hearth.ID, len(rows))
	for i, r := range rows {
		ids[i] = r.Child.PersonID
	}
	recs, err := s.db.LeavingDutyRecords(ctx, actor, ids, today, "due items of the care leavers list on "+today.String())
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		out[rec.Person.ID] = leavingDueOf(s.derivedItems(rec, today, settings))
	}
	return out, nil
}
