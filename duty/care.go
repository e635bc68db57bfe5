package duty

import (
	"cmp"
	"slices"

	"hearth"
	"hearth/care"
	"hearth/measure"
	"hearth/protection"
	"hearth/store"
)

// lookedAfter adds the duties of each period of care: the statutory reviews, the visits to the child in
// each placement, the initial and review health assessments, the personal education plans and the
// Strengths and Difficulties Questionnaires. Each runs from the start of the period (or of the
// placement) and stops when the child ceases to be looked after.
// A period in which every episode was an agreed series of short breaks (legal status V3 or V4) has none
// of these: regulation 48 gives such children reviews and visits of their own.
func (b *builder) lookedAfter() {
	eps := sortedStanding(b.rec, func(r care.Episode) hearth.RecordStatus { return r.Status },
		func(x, y care.Episode) int {
			return cmp.Or(x.PeriodStart.DaysSince(y.PeriodStart), x.StartDate.DaysSince(y.StartDate))
		})
	if len(eps) == 0 {
		return
	}
	reviews := datedEvents(b.rec, "cla_reviews", func(r care.Review) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return r.Status, r.ID, r.Date, 0, true
	})
	visits := datedEvents(b.rec, "visits", func(v protection.Visit) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return v.Status, v.ID, v.VisitDate, v.WorkerID, v.Kind == protection.VisitCLA && v.ChildSeen != nil && *v.ChildSeen
	})
	health := datedEvents(b.rec, "cla_health", func(h care.HealthAssessment) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return h.Status, h.ID, h.Date, 0, (h.Kind == care.HealthInitial || h.Kind == care.HealthReview) && h.Outcome == "completed"
	})
	sdqs := datedEvents(b.rec, "sdq_scores", func(q care.SDQ) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return q.Status, q.ID, q.Date, 0, true
	})
	peps := datedEvents(b.rec, "peps", func(p care.PersonalEducationPlan) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return p.Status, p.ID, p.Date, 0, true
	})
	for _, p := range care.Periods(eps) {
		if p.ShortBreaks || p.Start.After(b.asAt) {
			continue
		}
		var in []care.Episode
		for _, e := range eps {
			if e.PeriodStart == p.Start {
				in = append(in, e)
			}
		}
		start := event{table: "cla_episodes", id: in[0].ID, date: p.Start}
		b.careReviews(start, during(reviews, p.Start, p.End), p.End)
		var firstReview hearth.Date
		if rs := during(reviews, p.Start, p.End); len(rs) > 0 {
			firstReview = rs[0].date
		}
		b.careVisits(in, visits, firstReview, p.End)
		b.healthAssessments(start, during(health, p.Start, p.End), p.End)
		b.educationPlans(start, during(peps, p.Start, p.End), p.End)
		b.questionnaires(start, during(sdqs, p.Start, p.End), p.End)
	}
}

// datedEvents returns the events of a table that stand and count, in date order. fields gives each row's
// status, id, date, the worker who did it (0 when the row does not say) and whether it counts.
func datedEvents[T any](rec *store.ChildRecord, table string, fields func(T) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool)) []event {
	var out []event
	for _, r := range store.Rows[T](rec) {
		status, id, date, worker, ok := fields(r)
		if ok && status != hearth.StatusRecordedInError && !date.IsZero() {
			out = append(out, event{table: table, id: id, date: date, worker: worker})
		}
	}
	slices.SortStableFunc(out, func(x, y event) int { return x.date.DaysSince(y.date) })
	return out
}

// during returns the events from the day from to the day to (inclusive; zero to means open).
func during(events []event, from, to hearth.Date) []event {
	var out []event
	for _, e := range events {
		if !e.date.Before(from) && (to.IsZero() || !e.date.After(to)) {
			out = append(out, e)
		}
	}
	return out
}

// careReviews: the first review within 20 working days of the start of the period of care, the second
// within 3 months of the first, and each later one within 6 months of the one before (regulation 33).
func (b *builder) careReviews(start event, reviews []event, ended hearth.Date) {
	held := 0
	b.chainBy(Item{}, CLAFirstReview, func(event) ID {
		held++
		if held == 1 {
			return CLASecondReview
		}
		return CLAReview
	}, start, reviews, ended)
}

// careVisits: in each placement with new carers, a visit within a week of its start, then visits at the
// intervals of regulation 28 (measure.NextVisit): at most 6 weeks apart in the first year and, after
// that, 3 months apart in a long-term foster placement (U1 or U4, intended to last until the child is 18)
// and 6 weeks apart in any other; weekly to a child placed with parents until the first review, then 4
// weeks apart under an interim care order.
// Only visits at which the child was seen count. A placement ends when the child moves to new carers
// (or leaves care): a visit still open then is no longer due, and the new placement's first visit is.
func (b *builder) careVisits(eps []care.Episode, visits []event, firstReview, ended hearth.Date) {
	var starts []int // the episodes that start a placement with new carers
	for i := range eps {
		if measure.NewCarers(eps, i) {
			starts = append(starts, i)
		}
	}
	for k, i := range starts {
		stay := eps[i]
		// The placement lasts until the next one starts (whose day belongs to the next: its visits are
		// that placement's), or to the end of the period of care, whose last day it includes.
		until, in := ended, during(visits, stay.StartDate, ended)
		if k+1 < len(starts) {
			until = eps[starts[k+1]].StartDate
			in = during(visits, stay.StartDate, until.AddDays(-1))
		}
		b.chainBy(Item{}, CLAFirstVisit, func(from event) ID {
			switch measure.NextVisit(eps, stay, from.date, firstReview) {
			case measure.VisitEvery3Months:
				return CLAVisitLongTerm
			case measure.VisitWeekly:
				return CLAVisitWeekly
			case measure.VisitEvery4Weeks:
				return CLAVisitAtHome
			}
			return CLAVisit
		}, event{table: "cla_episodes", id: stay.ID, date: stay.StartDate}, in, until)
	}
}

// healthAssessments: the initial health assessment within 20 working days of coming into care, then a
// review health assessment within 6 months of the last assessment for a child under 5 on its day, and
// within 12 months for a child of 5 or over. Only assessments that took place count (not those refused
// or missed).
func (b *builder) healthAssessments(start event, done []event, ended hearth.Date) {
	birth := b.rec.Person.BirthDate
	b.chainBy(Item{}, InitialHealth, func(from event) ID {
		if !birth.IsZero() && birth.AgeOn(from.date) < 5 {
			return ReviewHealthUnder5
		}
		return ReviewHealth
	}, start, done, ended)
}

// educationPlans: a personal education plan within 20 school days of coming into care for a child of
// school age (reception to year 11), or of the first day of reception for a child who reaches it while
// looked after, then a review each school term until the end of year 11. A child whose date of birth is
// not recorded is taken to be of school age. Plans for young people in education after 16 are recorded
// but are not a duty here, because whether a young person is in education after 16 is not yet recorded.
func (b *builder) educationPlans(start event, peps []event, ended hearth.Date) {
	birth := b.rec.Person.BirthDate
	if !birth.IsZero() {
		from, until := measure.SchoolYears(birth)
		if start.date.Before(from) {
			start.date = from
		}
		if ended.IsZero() || until.Before(ended) {
			ended = until
		}
		if !start.date.Before(ended) {
			return
		}
		peps = during(peps, start.date, ended)
	}
	b.chainBy(Item{}, PEP, func(event) ID { return PEPReview }, start, peps, ended)
}

// questionnaires: a Strengths and Difficulties Questionnaire for a looked-after child aged 4 to 16, the
// first within 12 months of coming into care (or of their 4th birthday, if later), then within 12 months
// of the one before, until their 17th birthday. A questionnaire recorded with the reason it could not be
// scored (SDQ_REASON) counts: the carer was asked, which is what was due. A child whose date of birth is
// not recorded is taken to be of the age.
func (b *builder) questionnaires(start event, sdqs []event, ended hearth.Date) {
	if birth := b.rec.Person.BirthDate; !birth.IsZero() {
		from, until := measure.Birthday(birth, 4), measure.Birthday(birth, 17)
		if start.date.Before(from) {
			start.date = from
		}
		if ended.IsZero() || until.Before(ended) {
			ended = until
		}
		if !start.date.Before(ended) {
			return
		}
	}
	b.chainBy(Item{}, SDQ, func(event) ID { return SDQ }, start, sdqs, ended)
}
