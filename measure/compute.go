package measure

import (
	"hearth"
	"hearth/frontdoor"
)

// tally counts one measure's items as a compute function finds them.
type tally struct {
	ids            bool
	num, den       int
	numIDs, denIDs []hearth.ID
	population     bool    // the denominator is the child population
	taken          []int32 // working days the completed items took, for the spread
	timed          bool
	uncounted      int
	rows           []*tally // a breakdown, when the measure has one
	keys, labels   []string
}

// item counts one item of the denominator, and of the numerator when in is true.
func (t *tally) item(person hearth.ID, in bool) {
	t.den++
	if t.ids {
		t.denIDs = append(t.denIDs, person)
	}
	if in {
		t.hit(person)
	}
}

// hit counts one item of the numerator only (for rates, whose denominator is the population).
func (t *tally) hit(person hearth.ID) {
	t.num++
	if t.ids {
		t.numIDs = append(t.numIDs, person)
	}
}

// breakdown makes one row per key; the compute function counts into both the row and the whole.
func (t *tally) breakdown(keys, labels []string) []*tally {
	t.keys, t.labels = keys, labels
	t.rows = make([]*tally, len(keys))
	for i := range keys {
		t.rows[i] = &tally{ids: t.ids, timed: t.timed}
	}
	return t.rows
}

// result turns the tally into a Result of measure m for period p.
func (t *tally) result(m *Measure, d *Data, p Period) Result {
	r := Result{MeasureID: m.ID, Period: p, Numerator: t.num, Denominator: t.den, Uncounted: t.uncounted,
		NumeratorIDs: t.numIDs, DenominatorIDs: t.denIDs}
	if t.population {
		r.Denominator = d.pop.Count
	}
	if r.Denominator > 0 {
		r.Defined = true
		r.Value = float64(r.Numerator) * m.Unit.Scale() / float64(r.Denominator)
	}
	if t.timed {
		r.Spread = spreadOf(t.taken)
	}
	for i, row := range t.rows {
		sub := row.result(m, d, p)
		sub.Key, sub.Label = t.keys[i], t.labels[i]
		r.Breakdown = append(r.Breakdown, sub)
	}
	return r
}

// spreadOf returns the nearest-rank median and 90th percentile of the working days taken. The days are
// small numbers, so they are counted rather than sorted: a trend asks for tens of thousands of them at
// each of its 24 points.
func spreadOf(taken []int32) *Spread {
	s := &Spread{Count: len(taken)}
	if len(taken) == 0 {
		return s
	}
	top := int32(0)
	for _, v := range taken {
		top = max(top, v)
	}
	counts := make([]int, top+1)
	for _, v := range taken {
		counts[v]++
	}
	rank := func(p int) int {
		want, seen := (p*len(taken)+99)/100, 0 // the nearest rank, from 1
		for v, n := range counts {
			if seen += n; seen >= want {
				return v
			}
		}
		return int(top)
	}
	s.Median, s.P90 = rank(50), rank(90)
	return s
}

// Compute returns measure m for period p: a flow measure counts what happened in the period, a stock
// measure what stood on its last day.
func (d *Data) Compute(m *Measure, p Period, o Options) Result {
	t := &tally{ids: o.IDs, timed: m.Timescale != ""}
	m.compute(d, p, t)
	return t.result(m, d, p)
}

// All returns every measure of the catalogue for the period of the window that ends on the date, in
// catalogue order.
func (d *Data) All(asAt hearth.Date, w Window, o Options) []Result {
	out := make([]Result, len(catalogue))
	for i, m := range catalogue {
		out[i] = d.Compute(m, PeriodEnding(asAt, w), o)
	}
	return out
}

// Trend returns measure m as at each of the months month ends to end (see MonthEnds), oldest first,
// each over the window ending on that day: with TwelveMonths, a rolling year. It reuses the loaded data:
// no point of a trend reads the database.
func (d *Data) Trend(m *Measure, end hearth.Date, months int, w Window) []Result {
	ends := MonthEnds(end, months)
	out := make([]Result, len(ends))
	for i, e := range ends {
		out[i] = d.Compute(m, PeriodEnding(e, w), Options{})
	}
	return out
}

// --- the compute functions, one per way of counting ---

// timely counts the items of a timeliness measure whose due date (or, for those ordered by completion,
// completion date) falls in the period; an item is in the numerator when done by its due date.
func timely(items func(d *Data) *timed) func(d *Data, p Period, t *tally) {
	return func(d *Data, p Period, t *tally) {
		x := items(d)
		lo, hi := x.span(p)
		for i := lo; i < hi; i++ {
			t.item(x.person[i], x.onTime(i))
			if x.taken[i] >= 0 && (x.byDone || !x.done[i].After(p.To)) {
				t.taken = append(t.taken, x.taken[i])
			}
		}
		lo, hi = spanOf(len(x.unknown), func(i int) hearth.Date { return x.unknown[i] }, p)
		t.uncounted += hi - lo
	}
}

func contactsToReferral(d *Data, p Period, t *tally) {
	for _, c := range within(d.decided, func(x decision) hearth.Date { return x.date }, p) {
		t.item(c.person, c.referred)
	}
}

func referralDate(x referral) hearth.Date { return x.date }

func referralRate(d *Data, p Period, t *tally) {
	t.population = true
	for _, r := range within(d.referrals, referralDate, p) {
		t.hit(r.person)
	}
}

func reReferrals(d *Data, p Period, t *tally) {
	for _, r := range within(d.referrals, referralDate, p) {
		t.item(r.person, r.re)
	}
}

func mashInTime(d *Data, p Period, t *tally) {
	keys := make([]string, len(frontdoor.Agencies))
	labels := make([]string, len(frontdoor.Agencies))
	for i, a := range frontdoor.Agencies {
		keys[i], labels[i] = a.Code, a.Description
	}
	rows := t.breakdown(keys, labels)
	for _, m := range within(d.mash, func(x mashItem) hearth.Date { return x.due }, p) {
		t.item(m.person, m.onTime)
		if m.agency >= 0 && int(m.agency) < len(rows) {
			rows[m.agency].item(m.person, m.onTime)
		}
	}
}

func assessmentsSeen(alone bool) func(d *Data, p Period, t *tally) {
	return func(d *Data, p Period, t *tally) {
		for _, a := range within(d.seen, func(x seenItem) hearth.Date { return x.authorised }, p) {
			if alone {
				t.item(a.person, a.alone == Yes)
			} else {
				t.item(a.person, a.seen == Yes)
			}
		}
	}
}

func s47Rate(d *Data, p Period, t *tally) {
	t.population = true
	for _, s := range within(d.s47Starts, func(x dated) hearth.Date { return x.date }, p) {
		t.hit(s.person)
	}
}

func s47Concluded(household bool) func(d *Data, p Period, t *tally) {
	return func(d *Data, p Period, t *tally) {
		for _, s := range within(d.s47Ended, func(x s47Item) hearth.Date { return x.end }, p) {
			if household {
				t.item(s.person, s.household)
			} else {
				t.item(s.person, s.gp)
			}
		}
	}
}

func strategyPoliceHealth(d *Data, p Period, t *tally) {
	for _, s := range within(d.strategy, func(x stratItem) hearth.Date { return x.held }, p) {
		t.item(s.person, s.policeAndHealth)
	}
}

// onPlan reports whether a plan was open at the end of day: it had started, and had not ended on or
// before that day (a plan that ended on 31 March is not a plan at 31 March, as the CIN census counts).
func onPlan(start, end, day hearth.Date) bool {
	return !start.After(day) && (end.IsZero() || end.After(day))
}

func cpPlanRate(d *Data, p Period, t *tally) {
	t.population = true
	seen := map[hearth.ID]bool{}
	for _, c := range d.cpPlans {
		if onPlan(c.start, c.end, p.To) && !seen[c.person] {
			seen[c.person] = true
			t.hit(c.person)
		}
	}
}

func secondPlans(d *Data, p Period, t *tally) {
	for _, c := range d.cpPlans {
		if p.Has(c.start) {
			t.item(c.person, c.second)
		}
	}
}

func plansOpenTwoYears(d *Data, p Period, t *tally) {
	twoYearsAgo := p.To.AddMonths(-24)
	for _, c := range d.cpPlans {
		if onPlan(c.start, c.end, p.To) {
			t.item(c.person, !c.start.After(twoYearsAgo))
		}
	}
}

func plansEndedTwoYears(d *Data, p Period, t *tally) {
	for _, c := range d.cpPlans {
		if p.Has(c.end) {
			t.item(c.person, !c.end.Before(c.start.AddMonths(24)))
		}
	}
}

func plansMeasurable(d *Data, p Period, t *tally) {
	for _, c := range d.plans {
		if onPlan(c.start, c.end, p.To) {
			t.item(c.person, c.measurable)
		}
	}
}

// unallocated counts the children with open work on the day (an open referral, a child protection
// plan, an episode of care or a leaving care category, each open on the day inclusive of its last day, as
// the team's caseload page counts them) and, in the numerator, those with no social worker or personal
// adviser allocated on the day. Children who had died by the day are left out.
func unallocated(d *Data, p Period, t *tally) {
	day := p.To
	open := make([]bool, len(d.ids))
	for _, s := range d.open {
		if !s.start.After(day) && (s.end.IsZero() || !s.end.Before(day)) {
			open[s.p] = true
		}
	}
	held := make([]bool, len(d.ids))
	for _, a := range d.allocations {
		if !a.start.After(day) && (a.end.IsZero() || !a.end.Before(day)) {
			held[a.p] = true
		}
	}
	for i, o := range open {
		if o && (d.died[i].IsZero() || d.died[i].After(day)) {
			t.item(d.ids[i], !held[i])
		}
	}
}
