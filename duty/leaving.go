package duty

import (
	"slices"

	"hearth"
	"hearth/care"
	"hearth/leaving"
	"hearth/measure"
)

// leavingCare adds the duties owed to an eligible, relevant or former relevant young person: the needs
// assessment and the pathway plan within 3 months of the 16th birthday (or of becoming eligible after
// it), the plan's reviews every 6 months, contact with the personal adviser at the local standard, and
// the personal adviser's visits to a relevant child's accommodation. Qualifying care leavers are owed
// advice and help on request, not these.
//
// The reviews and contacts run until the 21st birthday (after it the authority supports those who ask,
// which the record does not yet say), and stop when the young person's status says they no longer want
// the service, have returned home for six months or more, or have died. Every duty stops when the last
// of the young person's categories ends.
func (b *builder) leavingCare() {
	var categories []measure.LeaverCategory
	for _, c := range standing(b.rec, func(r leaving.CareLeaver) hearth.RecordStatus { return r.Status }) {
		categories = append(categories, measure.LeaverCategory{ID: c.ID, Person: c.PersonID, Category: c.Category, Start: c.StartDate, End: c.EndDate})
	}
	birth := b.rec.Person.BirthDate
	fromTable := "care_leavers"
	if len(categories) == 0 {
		// Nobody has recorded a category yet: the care history decides, so that turning 16 in care is
		// never missed for want of a form.
		c, ok := b.eligibleFromHistory()
		if !ok {
			return
		}
		categories, fromTable = append(categories, c), CareHistory
	}
	l, ok := measure.LeaverOf(categories, birth)
	if !ok {
		return
	}
	support := l.Support
	statuses := sortedStanding(b.rec, func(r leaving.Status) hearth.RecordStatus { return r.Status },
		func(x, y leaving.Status) int { return x.Date.DaysSince(y.Date) })
	keep := measure.KeepInTouchUntil(birth, support, statuses)
	base := Item{WorkerID: b.pa}
	from := event{table: fromTable, id: l.First.ID, date: l.Start}

	// A former relevant child recorded without an earlier category (history from another system) was owed
	// the assessment and the plan before the record begins.
	if l.OwedPlan {
		na := base
		na.Duty, na.Table, na.RowID, na.Start = NeedsAssessment, from.table, from.id, from.date
		assessments := sortedStanding(b.rec, func(r leaving.NeedsAssessment) hearth.RecordStatus { return r.Status },
			func(x, y leaving.NeedsAssessment) int { return x.StartDate.DaysSince(y.StartDate) })
		if i := slices.IndexFunc(assessments, func(a leaving.NeedsAssessment) bool { return !a.CompletedDate.IsZero() }); i >= 0 {
			a := assessments[i]
			na.Done, na.DoneTable, na.DoneRowID = a.CompletedDate, "leaving_needs_assessments", a.ID
			if a.WorkerID != 0 {
				na.WorkerID = a.WorkerID
			}
		}
		b.add(na, support)
	}
	plans := sortedStanding(b.rec, func(r leaving.PathwayPlan) hearth.RecordStatus { return r.Status },
		func(x, y leaving.PathwayPlan) int { return x.Date.DaysSince(y.Date) })
	if l.OwedPlan {
		pp := base
		pp.Duty, pp.Table, pp.RowID, pp.Start = PathwayPlan, from.table, from.id, from.date
		if len(plans) > 0 {
			pp.Done, pp.DoneTable, pp.DoneRowID = plans[0].Date, "pathway_plans", plans[0].ID
			if plans[0].WorkerID != 0 {
				pp.WorkerID = plans[0].WorkerID
			}
		}
		b.add(pp, support)
	}
	if len(plans) > 0 {
		reviews := datedEvents(b.rec, "pathway_plan_reviews", func(r leaving.PathwayPlanReview) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
			return r.Status, r.ID, r.Date, r.ReviewerID, true
		})
		b.chain(base, PathwayPlanReview, PathwayPlanReview, event{table: "pathway_plans", id: plans[0].ID, date: plans[0].Date}, reviews, keep)
	}
	contacts := datedEvents(b.rec, "leaving_contacts", func(c leaving.Contact) (hearth.RecordStatus, hearth.ID, hearth.Date, hearth.ID, bool) {
		return c.Status, c.ID, londonDate(c.At), c.WorkerID, true
	})
	b.chain(base, PersonalAdviserContact, PersonalAdviserContact, from, contacts, keep)
	b.accommodationVisits(base, statuses, contacts)
}

// CareHistory is the Table of a leaving care item whose clock was started by the care history itself:
// a young person who became an eligible child with no category recorded yet (RowID 0).
const CareHistory = "care_history"

// eligibleFromHistory works out, for a child with no leaving care category recorded, whether their
// episodes of care have made them an eligible child by asAt (leaving.Eligibility) and from which day: the
// first day from their 16th birthday on that they were eligible, found by walking the days (a child is a
// few hundred days past 16 at most while the duty is open). A relevant child (no longer looked after) was
// eligible on the day before they ceased, so the same walk finds it.
func (b *builder) eligibleFromHistory() (measure.LeaverCategory, bool) {
	birth := b.rec.Person.BirthDate
	eps := standing(b.rec, func(r care.Episode) hearth.RecordStatus { return r.Status })
	if birth.IsZero() || b.asAt.IsZero() || len(eps) == 0 {
		return measure.LeaverCategory{}, false
	}
	periods := care.Periods(eps)
	now := leaving.Eligibility(birth, periods, b.asAt).Category
	if now != leaving.Eligible && now != leaving.Relevant {
		return measure.LeaverCategory{}, false
	}
	for d := measure.Birthday(birth, 16); !d.After(b.asAt); d = d.AddDays(1) {
		if leaving.Eligibility(birth, periods, d).Category == leaving.Eligible {
			return measure.LeaverCategory{Person: b.rec.Person.ID, Category: leaving.Eligible, Start: d}, true
		}
	}
	return measure.LeaverCategory{}, false
}

// accommodationVisits: while a young person is a relevant child (16 or 17 and no longer looked after),
// the personal adviser visits each accommodation they are in within 7 days of its start and then at most
// 2 months apart (Care Leavers (England) Regulations 2010, regulation 8). An accommodation starts with the
// first status of the relevant time that records one, or a status whose accommodation type differs from
// the one before, and lasts until the next such change. Only contacts in person count as visits.
// Regulation 8 also asks for a visit before each review of the pathway plan, which the 2-monthly visits
// normally meet; it is not a duty of its own here.
func (b *builder) accommodationVisits(base Item, statuses []leaving.Status, contacts []event) {
	var visits []event
	inPerson := map[hearth.ID]bool{}
	for _, c := range standing(b.rec, func(r leaving.Contact) hearth.RecordStatus { return r.Status }) {
		inPerson[c.ID] = c.InPerson()
	}
	for _, c := range contacts {
		if inPerson[c.id] {
			visits = append(visits, c)
		}
	}
	for _, r := range standing(b.rec, func(r leaving.CareLeaver) hearth.RecordStatus { return r.Status }) {
		if r.Category != leaving.Relevant {
			continue
		}
		var stays []leaving.Status // each the first status of an accommodation
		for _, s := range statuses {
			if s.Date.Before(r.StartDate) || (!r.EndDate.IsZero() && !s.Date.Before(r.EndDate)) {
				continue
			}
			t := s.AccommodationType()
			if len(stays) > 0 && stays[len(stays)-1].AccommodationType() == t {
				continue
			}
			stays = append(stays, s)
		}
		for k, s := range stays {
			until := r.EndDate
			if k+1 < len(stays) {
				until = stays[k+1].Date
			}
			if s.AccommodationType() == "" {
				continue // not known: nothing to visit
			}
			in := during(visits, s.Date, until)
			if k+1 < len(stays) {
				in = during(visits, s.Date, until.AddDays(-1))
			}
			b.chain(base, AccommodationVisit, AccommodationVisitLater, event{table: "care_leaver_status", id: s.ID, date: s.Date}, in, until)
		}
	}
}
