package duty

import (
	"slices"

	"hearth"
	"hearth/protection"
)

// plans: the duties of each child protection plan made here (plans of other authorities are recorded only
// to count previous plans): the first core group 10 working days after the initial conference and then
// one every 6 weeks; the first review conference 3 months after the initial conference and then one every
// 6 months; and a visit at which the child is seen every 10 working days from the start of the plan. Each
// meeting or visit meets the one before's next item and starts the clock of its own, so a plan's history
// reads as a row of items, each done on time or late, with one open at the end while the plan lasts.
func (b *builder) plans() {
	confs := b.conferences()
	groups := sortedStanding(b.rec, func(r protection.CoreGroup) hearth.RecordStatus { return r.Status },
		func(x, y protection.CoreGroup) int { return x.MeetingDate.DaysSince(y.MeetingDate) })
	visits := sortedStanding(b.rec, func(r protection.Visit) hearth.RecordStatus { return r.Status },
		func(x, y protection.Visit) int { return x.VisitDate.DaysSince(y.VisitDate) })

	for _, p := range standing(b.rec, func(r protection.CPPlan) hearth.RecordStatus { return r.Status }) {
		if p.OtherLA || p.StartDate.After(b.asAt) {
			continue
		}
		// The plan's clock starts at the initial conference that made it; a plan recorded without one
		// (a transfer from an earlier system) starts at its own start, which is the conference's date.
		start := event{table: "cp_plans", id: p.ID, date: p.StartDate}
		var reviews []event
		for _, c := range confs {
			if c.CPPlanID != p.ID {
				continue
			}
			switch {
			case c.Kind == protection.ConferenceInitial && start.table == "cp_plans":
				start = event{table: "cp_conferences", id: c.ID, date: c.ConferenceDate}
			case c.Kind == protection.ConferenceReview:
				reviews = append(reviews, event{table: "cp_conferences", id: c.ID, date: c.ConferenceDate, last: c.Outcome == protection.ConferencePlanEnds})
			}
		}
		var meetings []event
		for _, g := range groups {
			if g.CPPlanID == p.ID {
				meetings = append(meetings, event{table: "core_groups", id: g.ID, date: g.MeetingDate})
			}
		}
		var seen []event
		for _, v := range visits {
			if b.planVisit(v, p) {
				seen = append(seen, event{table: "visits", id: v.ID, date: v.VisitDate, worker: v.WorkerID})
			}
		}
		base := Item{EpisodeID: p.CINEpisodeID, PlanID: p.ID}
		b.chain(base, FirstCoreGroup, CoreGroup, start, meetings, p.EndDate)
		b.chain(base, FirstReviewConference, ReviewConference, start, reviews, p.EndDate)
		b.chain(base, CPVisit, CPVisit, event{table: "cp_plans", id: p.ID, date: p.StartDate}, seen, p.EndDate)
	}
}

// planVisit reports whether a visit meets the plan's visiting duty: a visit at which the child was seen,
// during the plan, made as a child protection visit or naming the plan. A visit at which the child was
// not seen is recorded but does not meet the duty, whose point is to see the child.
func (b *builder) planVisit(v protection.Visit, p protection.CPPlan) bool {
	if v.ChildSeen == nil || !*v.ChildSeen {
		return false
	}
	if v.CPPlanID != p.ID && (v.Kind != protection.VisitCP || v.CPPlanID != 0) {
		return false
	}
	return !v.VisitDate.Before(p.StartDate) && (p.EndDate.IsZero() || !v.VisitDate.After(p.EndDate))
}

// event is a dated recorded event of a plan: a conference, a core group or a visit.
type event struct {
	table  string
	id     hearth.ID
	date   hearth.Date
	worker hearth.ID
	last   bool // a review conference that ended the plan, after which nothing more is due
}

// chain adds the items of a recurring duty: the first item runs from start and is met by the first event
// on or after it; each event then starts the next item (of duty next), met by the event after it. The
// chain stops after an event that ends the plan, and any open item stops when the plan ends. events are
// in date order.
func (b *builder) chain(base Item, first, next ID, start event, events []event, ended hearth.Date) {
	b.chainBy(base, first, func(event) ID { return next }, start, events, ended)
}

// chainBy is chain with the duty of each later item chosen by the event that starts its clock, for
// duties whose interval depends on the event: a review health assessment every 6 months for a child under
// 5 on the day of the last one and 12 months from 5, a statutory visit every 6 weeks or 3 months.
func (b *builder) chainBy(base Item, first ID, next func(from event) ID, start event, events []event, ended hearth.Date) {
	events = slices.DeleteFunc(slices.Clone(events), func(e event) bool { return e.date.Before(start.date) || e.date.After(b.asAt) })
	// Two events on one day (a visit recorded twice, a morning and an afternoon meeting) are one for the
	// clock: the second would start and meet an item on the same day.
	events = slices.CompactFunc(events, func(x, y event) bool { return x.date == y.date })
	from, duty := start, first
	for i := 0; ; i++ {
		it := base
		it.Duty, it.Table, it.RowID, it.Start = duty, from.table, from.id, from.date
		if i < len(events) {
			e := events[i]
			it.Done, it.DoneTable, it.DoneRowID = e.date, e.table, e.id
			if e.worker != 0 {
				it.WorkerID = e.worker
			}
		}
		b.add(it, ended)
		if i >= len(events) || events[i].last {
			return
		}
		from = events[i]
		duty = next(from)
	}
}
