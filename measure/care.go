package measure

import (
	"cmp"
	"slices"
	"time"

	"hearth"
	"hearth/care"
	"hearth/leaving"
)

// Dated is an event of a child on a day: a review, a visit, a plan, a contact.
type Dated struct {
	Person hearth.ID
	Date   hearth.Date
}

// HealthCheck is an initial or review health assessment of a looked-after child that took place.
type HealthCheck struct {
	Person  hearth.ID
	Date    hearth.Date
	Initial bool
}

// MissingEpisode is a missing episode from which the child returned, with its return home interview.
type MissingEpisode struct {
	Person   hearth.ID
	Returned time.Time
	Offered  time.Time // zero when no interview was offered
	Held     time.Time // zero when none was held
}

// LeaverCategory is a young person's leaving care category over a period.
type LeaverCategory struct {
	ID, Person hearth.ID
	Category   string
	Start, End hearth.Date // End zero while it applies
}

// Adviser is a personal adviser allocated to a young person over a period.
type Adviser struct {
	Person, Worker hearth.ID
	Start, End     hearth.Date // End zero while current
}

// Birth is a child's date of birth.
type Birth struct {
	Person hearth.ID
	Date   hearth.Date
}

// CareEpisode is a looked-after episode with the columns the measures and duties read.
type CareEpisode = care.Episode

// --- rules shared with package duty, which imports this one ---

// Birthday returns the day someone born on birth turns years old, 29 February counting as 1 March in
// common years, as hearth.Date.AgeOn counts it.
func Birthday(birth hearth.Date, years int) hearth.Date {
	return hearth.NewDate(birth.Year()+years, birth.Month(), birth.Day())
}

// SchoolYears returns the first day of reception (1 September after the 4th birthday) and the day after
// year 11 ends (1 September after the 16th birthday), for a child born from September to August of one
// school year: the time in which a looked-after child has a personal education plan.
func SchoolYears(birth hearth.Date) (from, until hearth.Date) {
	y := birth.Year()
	if birth.Month() >= time.September {
		y++
	}
	return hearth.NewDate(y+4, time.September, 1), hearth.NewDate(y+16, time.September, 1)
}

// VisitInterval names which of regulation 28's intervals applies to the next statutory visit.
type VisitInterval int

const (
	VisitEvery6Weeks  VisitInterval = iota // in the first year of a placement, or one not meant to last to 18
	VisitEvery3Months                      // after the first year of a long-term foster placement (U1, U4)
	VisitWeekly                            // placed with parents (P1) until the first review
	VisitEvery4Weeks                       // placed with parents under an interim care order (C1) after the first review
)

// NextVisit returns the interval within which the statutory visit after one made on day from is due, in
// the placement that began with episode stay (eps in date order), given the day of the first review of
// the period of care (zero when none has been held): regulation 28 asks for a visit every week to a child
// placed with parents until the first review, then every 4 weeks under an interim care order at home
// and every 6 weeks otherwise; every 3 months after the first year of a long-term foster placement (U1
// or U4, intended to last until the child is 18); and every 6 weeks in any other placement. Regulation
// 28's weekly and 4-weekly visits for connected-person carers with temporary approval are not here: the
// record does not say when an approval is temporary.
func NextVisit(eps []care.Episode, stay care.Episode, from, firstReview hearth.Date) VisitInterval {
	var on care.Episode
	for _, e := range eps {
		if !e.StartDate.After(from) {
			on = e
		}
	}
	switch {
	case on.PlacementType == "P1" && (firstReview.IsZero() || firstReview.After(from)):
		return VisitWeekly
	case on.PlacementType == "P1" && on.LegalStatus == "C1":
		return VisitEvery4Weeks
	case (on.PlacementType == "U1" || on.PlacementType == "U4") && !from.Before(stay.StartDate.AddMonths(12)):
		return VisitEvery3Months
	}
	return VisitEvery6Weeks
}

// NewCarers reports whether episode i of a period of care (its episodes in date order) starts a
// placement with new carers, from which the statutory visits count again: the first placement of the
// period that is not temporary, or a change of placement and carers (reason P or B), but not a return to
// the carers the child had before a temporary placement (a holiday, a stay in hospital), which continues
// that placement.
func NewCarers(eps []care.Episode, i int) bool {
	e := eps[i]
	if care.TemporaryPlacements[e.PlacementType] {
		return false
	}
	before := -1 // the last placement before this one that is not temporary
	for j := i - 1; j >= 0; j-- {
		if !care.TemporaryPlacements[eps[j].PlacementType] {
			before = j
			break
		}
	}
	if before < 0 {
		return true
	}
	if e.ReasonNewEpisode != care.RNEPlacement && e.ReasonNewEpisode != care.RNELegalStatusAndPlacement {
		return false
	}
	back := before < i-1 && eps[before].ProviderName == e.ProviderName && eps[before].PlacementPostcode == e.PlacementPostcode
	return !back
}

// KeepInTouchUntil returns the day on which the leaving care service's keeping in touch with a young
// person ends: their 21st birthday (after it the authority supports those who ask, which the record
// does not yet say), the end of their last leaving care category (support; zero while one is open), or
// the first status saying they no longer want the service, have returned home for six months or more, or
// have died, whichever is first. Zero means it has not ended.
func KeepInTouchUntil(birth, support hearth.Date, statuses []leaving.Status) hearth.Date {
	keep := support
	if !birth.IsZero() {
		keep = earliest(keep, Birthday(birth, 21))
	}
	for _, s := range statuses {
		if s.Record.Status != hearth.StatusRecordedInError && (s.InTouch == "NREQ" || s.InTouch == "RHOM" || s.InTouch == "DIED") {
			keep = earliest(keep, s.Date)
		}
	}
	return keep
}

// Leaver is what the leaving care duties and measures count from for one young person.
type Leaver struct {
	// First is the first of their categories that is owed a personal adviser, a pathway plan and contact
	// (eligible, relevant or former relevant; a qualifying care leaver is owed advice on request).
	First LeaverCategory
	// Start is when the clocks of the needs assessment, the pathway plan and contact start: the 16th
	// birthday, or the start of the first category if later.
	Start hearth.Date
	// Support is when the last of those categories ended; zero while one applies.
	Support hearth.Date
	// OwedPlan is false for a young person whose record begins as a former relevant child (history from
	// another system): the assessment and the plan were owed before the record begins.
	OwedPlan bool
}

// LeaverOf works out a young person's Leaver from their categories (those recorded in error left out)
// and date of birth (zero when not known). ok is false when no category owes them these duties.
func LeaverOf(categories []LeaverCategory, birth hearth.Date) (l Leaver, ok bool) {
	open := false
	for _, c := range categories {
		if c.Category != leaving.Eligible && c.Category != leaving.Relevant && c.Category != leaving.FormerRelevant {
			continue
		}
		if !ok || c.Start.Before(l.First.Start) {
			l.First, ok = c, true
		}
		if c.End.IsZero() {
			open = true
		} else if c.End.After(l.Support) {
			l.Support = c.End
		}
	}
	if !ok {
		return Leaver{}, false
	}
	if open {
		l.Support = hearth.Date{}
	}
	l.OwedPlan = l.First.Category != leaving.FormerRelevant
	l.Start = l.First.Start
	if b16 := Birthday(birth, 16); !birth.IsZero() && l.OwedPlan && b16.After(l.Start) {
		l.Start = b16
	}
	return l, true
}

// earliest returns the earlier of two dates, a zero date counting as never.
func earliest(a, b hearth.Date) hearth.Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero(), a.Before(b):
		return a
	}
	return b
}

// --- prepared items ---

// claPeriod is a period of care (not of short breaks) with what the stock measures read of it.
type claPeriod struct {
	index      int32 // its place in d.care.periods
	person     hearth.ID
	start, end hearth.Date // end zero while looked after
	eps        []care.Episode
	peps       []hearth.Date
	birth      hearth.Date
}

// lookedAfterOn reports whether the child was looked after at the end of day (one who ceased that day
// was not, as the SSDA903 counts).
func (c *claPeriod) lookedAfterOn(day hearth.Date) bool { return onPlan(c.start, c.end, day) }

type rhiItem struct {
	person                hearth.ID
	due                   hearth.Date // the day in England the 72 hours ran out
	offeredOnTime, onTime bool
}

type birthdayItem struct {
	person hearth.ID
	day    hearth.Date
	age    int
	status leaving.Status
	known  bool // a status counts for the birthday (leaving.AtBirthday)
}

type leaverItem struct {
	person          hearth.ID
	start, until    hearth.Date // owed a plan from start; until when the support ends (zero while open)
	due, made       hearth.Date // the plan's due date, and the day the first plan was made (zero if none)
	dueErr          bool
	b21             hearth.Date // zero when the date of birth is not known
	adviserCaseload int
}

type ceasedItem struct {
	person     hearth.ID
	date       hearth.Date
	stayingPut bool
}

// careData is what the measures of children looked after, missing and leaving care read.
type careData struct {
	periods        []claPeriod
	claReviews     timed
	claVisits      timed
	iha, rha       timed
	pepFirst, peps timed
	rhi            []rhiItem
	birthdays      []birthdayItem
	leavers        []leaverItem
	ppReviews      timed
	paContacts     timed
	ceased18       []ceasedItem
	advisers       []Adviser
}

func byPerson[T any](rows []T, person func(T) hearth.ID, date func(T) hearth.Date) map[hearth.ID][]T {
	out := map[hearth.ID][]T{}
	for _, r := range rows {
		out[person(r)] = append(out[person(r)], r)
	}
	for _, rs := range out {
		slices.SortStableFunc(rs, func(a, b T) int { return date(a).DaysSince(date(b)) })
	}
	return out
}

// sortedKeys returns the children of a map in the order of their ids, so that the items of a measure are
// counted, and listed in a drill-down, in the same order every time.
func sortedKeys[T any](m map[hearth.ID]T) []hearth.ID {
	keys := make([]hearth.ID, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func datesOf(rows []Dated) []hearth.Date {
	out := make([]hearth.Date, len(rows))
	for i, r := range rows {
		out[i] = r.Date
	}
	return out
}

func datedPerson(x Dated) hearth.ID     { return x.Person }
func datedDate(x Dated) hearth.Date     { return x.Date }
func eventsOf(ds []hearth.Date) []event { return eventsFrom(ds, nil) }

// eventsFrom returns the dates from..to (inclusive; zero to is open) as events, in date order.
func eventsFrom(ds []hearth.Date, within func(hearth.Date) bool) []event {
	var out []event
	for _, d := range ds {
		if within == nil || within(d) {
			out = append(out, event{date: d})
		}
	}
	return out
}

func between(from, to hearth.Date) func(hearth.Date) bool {
	return func(d hearth.Date) bool { return !d.Before(from) && (to.IsZero() || !d.After(to)) }
}

func (d *Data) prepareCare(t *Tables) {
	births := map[hearth.ID]hearth.Date{}
	for _, b := range t.Births {
		births[b.Person] = b.Date
	}
	eps := byPerson(t.LookedAfter, func(e care.Episode) hearth.ID { return e.PersonID }, func(e care.Episode) hearth.Date { return e.StartDate })
	reviews := byPerson(t.CareReviews, datedPerson, datedDate)
	visits := byPerson(t.CareVisits, datedPerson, datedDate)
	peps := byPerson(t.PEPs, datedPerson, datedDate)
	health := byPerson(t.HealthChecks, func(h HealthCheck) hearth.ID { return h.Person }, func(h HealthCheck) hearth.Date { return h.Date })
	c := &d.care
	for _, person := range sortedKeys(eps) {
		all := eps[person]
		slices.SortStableFunc(all, func(a, b care.Episode) int {
			return cmp.Or(a.PeriodStart.DaysSince(b.PeriodStart), a.StartDate.DaysSince(b.StartDate))
		})
		birth := births[person]
		for _, p := range care.Periods(all) {
			var in []care.Episode
			for _, e := range all {
				if e.PeriodStart == p.Start {
					in = append(in, e)
				}
			}
			last := in[len(in)-1]
			if p.End == Birthday(birth, 18) && !birth.IsZero() && len(last.PlacementType) == 2 && last.PlacementType[0] == 'U' {
				c.ceased18 = append(c.ceased18, ceasedItem{person, p.End, last.ReasonCeased == "E17"})
			}
			if p.ShortBreaks {
				continue
			}
			inPeriod := between(p.Start, p.End)
			period := claPeriod{index: int32(len(c.periods)), person: person, start: p.Start, end: p.End, eps: in, birth: birth}
			for _, x := range peps[person] {
				if inPeriod(x.Date) {
					period.peps = append(period.peps, x.Date)
				}
			}
			c.periods = append(c.periods, period)

			held := 0
			d.chainFor(&c.claReviews, &c.claReviews, person, p.End, p.Start, eventsFrom(datesOf(reviews[person]), inPeriod), d.ts.CLAFirstReview,
				func(hearth.Date) Duty {
					held++
					if held == 1 {
						return d.ts.CLASecondReview
					}
					return d.ts.CLAReview
				})
			var firstReview hearth.Date
			if rs := eventsFrom(datesOf(reviews[person]), inPeriod); len(rs) > 0 {
				firstReview = rs[0].date
			}
			d.placementVisits(person, in, datesOf(visits[person]), firstReview, p.End)
			var checks []hearth.Date
			for _, h := range health[person] {
				if inPeriod(h.Date) {
					checks = append(checks, h.Date)
				}
			}
			d.chainFor(&c.iha, &c.rha, person, p.End, p.Start, eventsOf(checks), d.ts.InitialHealth, func(from hearth.Date) Duty {
				if !birth.IsZero() && birth.AgeOn(from) < 5 {
					return d.ts.ReviewHealthUnder5
				}
				return d.ts.ReviewHealth
			})
			if start, end, ok := pepWindow(birth, p.Start, p.End); ok {
				d.chainFor(&c.pepFirst, &c.peps, person, end, start, eventsFrom(period.peps, between(start, end)), d.ts.PEP,
					func(hearth.Date) Duty { return d.ts.PEPReview })
			}
		}
	}
	for _, m := range t.Missing {
		due, err := d.ts.ReturnInterview.DueAt(d.ts.Calendar, m.Returned)
		if err != nil {
			continue
		}
		in := func(x time.Time) bool { return !x.IsZero() && !x.After(due) }
		c.rhi = append(c.rhi, rhiItem{person: m.Person, due: EnglandDate(due.Add(-time.Nanosecond)), offeredOnTime: in(m.Offered), onTime: in(m.Held)})
	}
	d.prepareLeavers(t, births, eps)
	c.advisers = t.AdviserCaseload
	sortByDate(c.rhi, func(x rhiItem) hearth.Date { return x.due })
	sortByDate(c.birthdays, func(x birthdayItem) hearth.Date { return x.day })
	sortByDate(c.ceased18, func(x ceasedItem) hearth.Date { return x.date })
	for _, x := range []*timed{&c.claReviews, &c.claVisits, &c.iha, &c.rha, &c.pepFirst, &c.peps, &c.ppReviews, &c.paContacts} {
		x.order(false)
	}
}

// pepWindow returns the part of a period of care in which a child of school age is owed a personal
// education plan: from the start of the period, or the first day of reception if later, to the end of the
// period, or of year 11 if sooner. A child whose date of birth is not known is taken to be of school age.
func pepWindow(birth, start, end hearth.Date) (from, until hearth.Date, ok bool) {
	if birth.IsZero() {
		return start, end, true
	}
	first, after := SchoolYears(birth)
	from, until = start, end
	if from.Before(first) {
		from = first
	}
	if until.IsZero() || after.Before(until) {
		until = after
	}
	return from, until, from.Before(until)
}

// placementVisits times the statutory visits of each placement with new carers (NewCarers) as the duty
// does: the first within a week of its start, then at the interval NextVisit gives, until the next
// placement with new carers or the end of care.
func (d *Data) placementVisits(person hearth.ID, eps []care.Episode, visits []hearth.Date, firstReview, ended hearth.Date) {
	var starts []int
	for i := range eps {
		if NewCarers(eps, i) {
			starts = append(starts, i)
		}
	}
	for k, i := range starts {
		stay := eps[i]
		until, last := ended, ended
		if k+1 < len(starts) {
			until = eps[starts[k+1]].StartDate
			last = until.AddDays(-1)
		}
		d.chainFor(&d.care.claVisits, &d.care.claVisits, person, until, stay.StartDate, eventsFrom(visits, between(stay.StartDate, last)), d.ts.CLAFirstVisit,
			func(from hearth.Date) Duty {
				switch NextVisit(eps, stay, from, firstReview) {
				case VisitEvery3Months:
					return d.ts.CLAVisitLongTerm
				case VisitWeekly:
					return d.ts.CLAVisitWeekly
				case VisitEvery4Weeks:
					return d.ts.CLAVisitAtHome
				}
				return d.ts.CLAVisit
			})
	}
}

func (d *Data) prepareLeavers(t *Tables, births map[hearth.ID]hearth.Date, eps map[hearth.ID][]care.Episode) {
	c := &d.care
	cats := byPerson(t.Leavers, func(l LeaverCategory) hearth.ID { return l.Person }, func(l LeaverCategory) hearth.Date { return l.Start })
	statuses := byPerson(t.LeaverStatuses, func(s leaving.Status) hearth.ID { return s.PersonID }, func(s leaving.Status) hearth.Date { return s.Date })
	contacts := byPerson(t.LeaverContacts, datedPerson, datedDate)
	plans := byPerson(t.PathwayPlans, datedPerson, datedDate)
	reviews := byPerson(t.PathwayReviews, datedPerson, datedDate)
	for _, person := range sortedKeys(cats) {
		rows := cats[person]
		birth := births[person]
		l, ok := LeaverOf(rows, birth)
		if !ok {
			continue
		}
		first, start, support := l.First, l.Start, l.Support
		keep := KeepInTouchUntil(birth, support, statuses[person])
		item := leaverItem{person: person, start: start, until: support}
		if !birth.IsZero() {
			item.b21 = Birthday(birth, 21)
		}
		if l.OwedPlan {
			due, err := d.ts.PathwayPlan.DueFrom(d.ts.Calendar, start)
			item.due, item.dueErr = due, err != nil
		} else {
			item.dueErr = true // owed before the record begins: not counted
		}
		if ps := plans[person]; len(ps) > 0 {
			item.made = ps[0].Date
			d.chainFor(&c.ppReviews, &c.ppReviews, person, keep, ps[0].Date, eventsOf(datesOf(reviews[person])), d.ts.PathwayPlanReview,
				func(hearth.Date) Duty { return d.ts.PathwayPlanReview })
		}
		c.leavers = append(c.leavers, item)
		d.chainFor(&c.paContacts, &c.paContacts, person, keep, start, eventsOf(datesOf(contacts[person])), d.ts.PersonalAdviserContact,
			func(hearth.Date) Duty { return d.ts.PersonalAdviserContact })

		// The SSDA903 OC3 items at each birthday from 17 to 21 at which the young person was a care leaver
		// and not looked after (rule 1007), from the status that counts for it.
		if birth.IsZero() {
			continue
		}
		periods := care.Periods(eps[person])
		for age := 17; age <= 21; age++ {
			day := Birthday(birth, age)
			if first.Start.After(day) || slices.ContainsFunc(periods, func(p care.Period) bool { return p.LookedAfterOn(day) }) {
				continue
			}
			s, ok := leaving.AtBirthday(statuses[person], day)
			c.birthdays = append(c.birthdays, birthdayItem{person: person, day: day, age: age, status: s, known: ok})
		}
	}
}

// chainFor adds the items of a recurring duty of a child, as the duty engine chains them (see chain):
// the first item (of duty first, counted in firstT) runs from start and is met by the first event on or
// after it; each event then starts the next item (of the duty next chooses from the event's day, counted
// in nextT). The chain stops at an item not yet met and at an item that would fall due after ended (zero
// while the reason lasts) unless an event met it before then.
func (d *Data) chainFor(firstT, nextT *timed, person hearth.ID, ended, start hearth.Date, events []event, first Duty, next func(from hearth.Date) Duty) {
	slices.SortFunc(events, func(a, b event) int { return a.date.DaysSince(b.date) })
	events = slices.DeleteFunc(events, func(e event) bool { return e.date.Before(start) })
	events = slices.CompactFunc(events, func(a, b event) bool { return a.date == b.date })
	from, duty, t := start, first, firstT
	for i := 0; ; i++ {
		due, err := d.ts.dueFrom(duty, from)
		if err != nil {
			t.unknown = append(t.unknown, from)
			return
		}
		if !ended.IsZero() && !due.Before(ended) && (i >= len(events) || events[i].date.After(ended)) {
			return
		}
		var done hearth.Date
		taken := int32(-1)
		if i < len(events) && (ended.IsZero() || !events[i].date.After(ended)) {
			done = events[i].date
			if n, err := d.ts.workingDaysTaken(from, done); err == nil {
				taken = int32(max(n, 0))
			}
		}
		t.person = append(t.person, person)
		t.due = append(t.due, due)
		t.done = append(t.done, done)
		t.taken = append(t.taken, taken)
		if done.IsZero() || events[i].last {
			return
		}
		from, t = done, nextT
		duty = next(from)
	}
}

// --- the compute functions ---

// lookedAfterAt calls fn for each period of care (not of short breaks) in which a child was looked after
// at the end of day, once per child. A child's periods are next to each other in d.care.periods (see
// prepareCare) and do not overlap in a record that passes validation; should two overlap, the child is
// still counted once, without a set of the children seen, which a 24-month trend would make 24 times per
// measure.
func (d *Data) lookedAfterAt(day hearth.Date, fn func(c *claPeriod)) {
	var last hearth.ID
	for i := range d.care.periods {
		c := &d.care.periods[i]
		if c.person != last && c.lookedAfterOn(day) {
			last = c.person
			fn(c)
		}
	}
}

// periodsOf returns the child's periods of care, which are next to each other and the i-th of which is c.
func (d *Data) periodsOf(c *claPeriod) []claPeriod {
	all := d.care.periods
	i := int(c.index)
	lo, hi := i, i+1
	for lo > 0 && all[lo-1].person == c.person {
		lo--
	}
	for hi < len(all) && all[hi].person == c.person {
		hi++
	}
	return all[lo:hi]
}

func claRate(d *Data, p Period, t *tally) {
	t.population = true
	d.lookedAfterAt(p.To, func(c *claPeriod) { t.hit(c.person) })
}

// episodeOn returns the index of the episode in force at the end of day, or -1.
func (c *claPeriod) episodeOn(day hearth.Date) int {
	k := -1
	for i, e := range c.eps {
		if !e.StartDate.After(day) {
			k = i
		}
	}
	return k
}

// placementStart returns the day the placement in force at the end of day began: the latest start of a
// placement with new carers (NewCarers) on or before it, so that a change of legal status, a change of
// placement type with the same carers (reason T or U, such as foster care becoming long-term fostering
// with the same carers) and a return from a temporary placement do not end a placement. With adoption, the
// adoption placement counts together with the placement before it. k is the episode in force.
func (c *claPeriod) placementStart(k int, adoption bool) hearth.Date {
	for k > 0 && !NewCarers(c.eps, k) {
		k--
	}
	if adoption && k > 0 && care.AdoptionPlacements[c.eps[k].PlacementType] {
		return c.placementStart(k-1, false)
	}
	return c.eps[k].StartDate
}

func threePlacements(d *Data, p Period, t *tally) {
	d.lookedAfterAt(p.To, func(c *claPeriod) {
		n := 0
		for _, q := range d.periodsOf(c) {
			if q.lookedAfterOn(p.From) && q.start.Before(p.From) {
				n++ // the placement the child was in when the year began
			}
			for i, e := range q.eps {
				if p.Has(e.StartDate) && NewCarers(q.eps, i) {
					n++
				}
			}
		}
		t.item(c.person, n >= 3)
	})
}

func longTermStability(d *Data, p Period, t *tally) {
	d.lookedAfterAt(p.To, func(c *claPeriod) {
		if c.birth.IsZero() || c.birth.AgeOn(p.To) >= 16 || c.start.After(p.To.AddMonths(-30)) {
			return
		}
		t.item(c.person, !c.placementStart(c.episodeOn(p.To), true).After(p.To.AddMonths(-24)))
	})
}

func placedOutOfArea(d *Data, p Period, t *tally) {
	d.lookedAfterAt(p.To, func(c *claPeriod) {
		t.item(c.person, c.eps[c.episodeOn(p.To)].PlacementLocation == "OUT")
	})
}

func placedOver20Miles(d *Data, p Period, t *tally) {
	d.lookedAfterAt(p.To, func(c *claPeriod) {
		if miles := c.eps[c.episodeOn(p.To)].DistanceMiles; miles > 0 {
			t.item(c.person, miles > 20)
		}
	})
}

func pepsInPlace(d *Data, p Period, t *tally) {
	d.lookedAfterAt(p.To, func(c *claPeriod) {
		from, until, ok := pepWindow(c.birth, c.start, c.end)
		if !ok || from.After(p.To) || !p.To.Before(until) {
			return
		}
		if due, err := d.ts.dueFrom(d.ts.PEP, from); err != nil || due.After(p.To) {
			return // the first plan is not yet due
		}
		latest := hearth.Date{}
		for _, x := range c.peps {
			if !x.After(p.To) {
				latest = x
			}
		}
		current := false
		if !latest.IsZero() {
			next, err := d.ts.dueFrom(d.ts.PEPReview, latest)
			current = err == nil && !p.To.After(next)
		}
		t.item(c.person, current)
	})
}

func returnInterviews(held bool) func(d *Data, p Period, t *tally) {
	return func(d *Data, p Period, t *tally) {
		for _, x := range within(d.care.rhi, func(x rhiItem) hearth.Date { return x.due }, p) {
			if held {
				t.item(x.person, x.onTime)
			} else {
				t.item(x.person, x.offeredOnTime)
			}
		}
	}
}

// eet are the SSDA903 OC3 activities in education, employment or training.
var eet = map[string]bool{"F1": true, "P1": true, "F2": true, "P2": true, "F4": true, "P4": true, "F5": true, "P5": true}

// atBirthdays counts the care leavers whose birthday from lo to hi years fell in the period (those who
// had died before it are left out), with in saying which count in the numerator.
func atBirthdays(lo, hi int, in func(b birthdayItem) bool) func(d *Data, p Period, t *tally) {
	return func(d *Data, p Period, t *tally) {
		for _, b := range within(d.care.birthdays, func(x birthdayItem) hearth.Date { return x.day }, p) {
			if b.age < lo || b.age > hi || (b.known && b.status.InTouch == "DIED") {
				continue
			}
			t.item(b.person, b.known && in(b))
		}
	}
}

func inTouch(b birthdayItem) bool { return b.status.InTouch == "YES" }
func inEET(b birthdayItem) bool   { return b.status.InTouch == "YES" && eet[b.status.Activity] }
func inBandB(b birthdayItem) bool { return b.status.BedAndBreakfast() }
func suitable(b birthdayItem) bool {
	s, ok := b.status.Suitable()
	return ok && s && !b.status.BedAndBreakfast()
}

func pathwayPlansInPlace(d *Data, p Period, t *tally) {
	for _, l := range d.care.leavers {
		if l.dueErr || l.due.After(p.To) || l.start.After(p.To) || (!l.until.IsZero() && !l.until.After(p.To)) ||
			(!l.b21.IsZero() && !l.b21.After(p.To)) {
			continue
		}
		t.item(l.person, !l.made.IsZero() && !l.made.After(p.To))
	}
}

// AdviserCaseloadLimit is the number of young people above which a personal adviser's caseload counts as
// too many to keep in touch with each at the contact standard.
const AdviserCaseloadLimit = 25

func adviserCaseloads(d *Data, p Period, t *tally) {
	day := p.To
	held := func(a Adviser) bool { return !a.Start.After(day) && (a.End.IsZero() || !a.End.Before(day)) }
	count := map[hearth.ID]int{}
	seen := map[[2]hearth.ID]bool{}
	for _, a := range d.care.advisers {
		if held(a) && !seen[[2]hearth.ID{a.Worker, a.Person}] {
			seen[[2]hearth.ID{a.Worker, a.Person}] = true
			count[a.Worker]++
		}
	}
	counted := map[hearth.ID]bool{}
	for _, a := range d.care.advisers {
		if held(a) && !counted[a.Person] {
			counted[a.Person] = true
			t.item(a.Person, count[a.Worker] > AdviserCaseloadLimit)
		}
	}
}

func stayingPut(d *Data, p Period, t *tally) {
	for _, c := range within(d.care.ceased18, func(x ceasedItem) hearth.Date { return x.date }, p) {
		t.item(c.person, c.stayingPut)
	}
}
