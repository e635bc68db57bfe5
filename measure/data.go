package measure

import (
	"cmp"
	"slices"
	"time"

	"hearth"
)

// ChildPopulation is the number of children aged 0 to 17 living in the organisation's area: the
// denominator of every rate per 10,000 children. It is not in the record, so the organisation sets it
// (from the ONS mid-year estimates, as the DfE does), with its source and year.
type ChildPopulation struct {
	Count  int    `json:"count"`
	Year   int    `json:"year"`   // the year of the estimate, e.g. 2024 for the mid-2024 estimate
	Source string `json:"source"` // e.g. "ONS mid-year population estimates, mid-2024"
}

// Data is the loaded record prepared for the catalogue: every due date worked out once, every fact a
// measure asks of a row (is this a re-referral? was every household member considered?) decided once,
// so that computing a measure for a period is a scan of flat slices. It is read-only once made, so one
// Data can serve any number of goroutines and requests until it is reloaded.
type Data struct {
	ts  *Timescales
	pop ChildPopulation

	contacts    timed         // due a decision
	decided     []decision    // contacts decided
	mash        []mashItem    // requests to partner agencies
	referrals   []referral    // with whether each was a re-referral
	assessments timed         // authorised assessments, timed from the referral
	seen        []seenItem    // authorised assessments: was the child seen, and alone
	s47Starts   []dated       // enquiries by start date
	s47Ended    []s47Item     // concluded enquiries
	strategy    []stratItem   // strategy discussions
	icpc        timed         // initial conferences, timed from the strategy discussion
	reviews     timed         // review conferences due
	visits      timed         // child protection visits due
	cpPlans     []cpItem      // this authority's child protection plans
	plans       []planItem    // CIN and CP plan periods with whether their content is measurable
	open        []span        // periods of open work (referral, CP plan, care, leaving care), by person index
	allocations []span        // social worker and personal adviser allocations, by person index
	died        []hearth.Date // by person index: the date the child died, or zero
	ids         []hearth.ID   // by person index: the person's id
}

// timed is the items of a timeliness measure, as parallel columns: who, when due, when done (zero if not
// done), and the working days from the start of the clock to when it was done (-1 if not done).
type timed struct {
	person []hearth.ID
	due    []hearth.Date
	done   []hearth.Date
	taken  []int32
	// unknown holds the start dates of items whose due date could not be worked out.
	unknown []hearth.Date
}

func (t *timed) add(person hearth.ID, start, done hearth.Date, clock Clock, ts *Timescales) (hearth.Date, bool) {
	due, err := clock(start)
	if err != nil {
		t.unknown = append(t.unknown, start)
		return hearth.Date{}, false
	}
	taken := int32(-1)
	if !done.IsZero() {
		if n, err := ts.workingDaysTaken(start, done); err == nil {
			taken = int32(n)
		}
	}
	t.person = append(t.person, person)
	t.due = append(t.due, due)
	t.done = append(t.done, done)
	t.taken = append(t.taken, taken)
	return due, true
}

func (t *timed) onTime(i int) bool { return !t.done[i].IsZero() && !t.done[i].After(t.due[i]) }

type decision struct {
	person   hearth.ID
	date     hearth.Date
	referred bool
}

type mashItem struct {
	person hearth.ID
	due    hearth.Date // the date in England the answer was due
	agency int8
	onTime bool
}

type referral struct {
	person hearth.ID
	date   hearth.Date
	re     bool // within 12 months of a previous referral of the same child
}

type seenItem struct {
	person     hearth.ID
	authorised hearth.Date
	seen       Flag
	alone      Flag
}

type dated struct {
	person hearth.ID
	date   hearth.Date
}

type s47Item struct {
	person    hearth.ID
	end       hearth.Date
	gp        bool
	household bool // every household member was considered
}

type stratItem struct {
	person          hearth.ID
	held            hearth.Date
	policeAndHealth bool
}

type cpItem struct {
	person     hearth.ID
	start, end hearth.Date
	second     bool // the child had a plan (here or elsewhere) that started before this one
}

type planItem struct {
	person     hearth.ID
	start, end hearth.Date
	measurable bool // its content has at least one action, every action measurable, and a real contingency
}

// span is a period of something for the person with dense index p.
type span struct {
	p          int32
	start, end hearth.Date // end zero while open
}

// New prepares loaded tables for the catalogue with the organisation's child population and timescales
// (nil for DefaultTimescales). The tables are not kept: Data holds only what it derived from them.
func New(t *Tables, pop ChildPopulation, ts *Timescales) *Data {
	if ts == nil {
		ts = DefaultTimescales()
	}
	d := &Data{ts: ts, pop: pop}
	d.prepareFrontDoor(t)
	d.prepareAssessments(t)
	d.prepareEnquiries(t)
	d.preparePlans(t)
	d.prepareAllocation(t)
	return d
}

// Population returns the child population the rates use.
func (d *Data) Population() ChildPopulation { return d.pop }

// unixTime returns the instant of Unix seconds s; 0 gives the zero time.
func unixTime(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0)
}

func (d *Data) prepareFrontDoor(t *Tables) {
	for _, c := range t.Contacts {
		d.contacts.add(c.Person, c.Received, c.Decided, d.ts.ContactDecision, d.ts)
		if !c.Decided.IsZero() {
			d.decided = append(d.decided, decision{c.Person, c.Decided, c.Referred})
		}
	}
	for _, m := range t.MASHChecks {
		due := EnglandDate(unixTime(m.Due))
		d.mash = append(d.mash, mashItem{person: m.Person, due: due, agency: m.Agency, onTime: m.Answered != 0 && m.Answered <= m.Due})
	}
	refs := slices.Clone(t.Referrals)
	slices.SortFunc(refs, func(a, b Referral) int {
		return cmp.Or(cmp.Compare(a.Person, b.Person), a.Date.DaysSince(b.Date), cmp.Compare(a.ID, b.ID))
	})
	for i, r := range refs {
		re := false
		// The referrals of a child are together and in date order, so the latest earlier one is the
		// nearest before this one on another day.
		for j := i - 1; j >= 0 && refs[j].Person == r.Person; j-- {
			if refs[j].Date.Before(r.Date) {
				re = !refs[j].Date.Before(r.Date.AddMonths(-12))
				break
			}
		}
		d.referrals = append(d.referrals, referral{person: r.Person, date: r.Date, re: re})
	}
}

func (d *Data) prepareAssessments(t *Tables) {
	for _, a := range t.Assessments {
		if a.Authorised.IsZero() {
			continue
		}
		d.assessments.add(a.Person, a.Referral, a.Authorised, d.ts.Assessment, d.ts)
		d.seen = append(d.seen, seenItem{person: a.Person, authorised: a.Authorised, seen: a.Seen, alone: a.SeenAlone})
	}
}

func (d *Data) prepareEnquiries(t *Tables) {
	held := make(map[hearth.ID]hearth.Date, len(t.Strategy))
	for _, s := range t.Strategy {
		held[s.ID] = s.Held
		both := s.Agencies.Has("police") && (s.Agencies.Has("health") || s.Agencies.Has("gp"))
		d.strategy = append(d.strategy, stratItem{person: s.Person, held: s.Held, policeAndHealth: both})
	}
	members := map[hearth.ID][]S47Member{}
	for _, m := range t.S47Household {
		members[m.Enquiry] = append(members[m.Enquiry], m)
	}
	household := map[hearth.ID][]HouseholdMember{}
	for _, h := range t.Household {
		household[h.Person] = append(household[h.Person], h)
	}
	clockStart := make(map[hearth.ID]hearth.Date, len(t.S47))
	for _, s := range t.S47 {
		d.s47Starts = append(d.s47Starts, dated{s.Person, s.Start})
		start := s.Start
		if h, ok := held[s.Strategy]; ok && !h.IsZero() {
			start = h
		}
		clockStart[s.ID] = start
		if s.End.IsZero() {
			continue
		}
		d.s47Ended = append(d.s47Ended, s47Item{person: s.Person, end: s.End, gp: s.GP == Yes,
			household: everyMemberConsidered(s, members[s.ID], household[s.Person])})
	}
	for _, c := range t.Conferences {
		if !c.Initial || c.TransferIn || c.Enquiry == 0 {
			continue
		}
		start, ok := clockStart[c.Enquiry]
		if !ok {
			continue
		}
		d.icpc.add(c.Person, start, c.Date, d.ts.ICPC, d.ts)
	}
}

// everyMemberConsidered reports whether an enquiry considered every member of the child's household:
// each person who lived with the child at any time during the enquiry (to its end) has a row saying they
// were considered, and no member the enquiry found was left unconsidered. An enquiry that records no
// household member at all has not shown that it considered anyone, so it does not count.
func everyMemberConsidered(s S47Enquiry, rows []S47Member, household []HouseholdMember) bool {
	if len(rows) == 0 {
		return false
	}
	considered := make(map[hearth.ID]bool, len(rows))
	for _, r := range rows {
		if !r.Considered {
			return false
		}
		considered[r.Member] = true
	}
	for _, h := range household {
		if h.Member == s.Person {
			continue
		}
		lived := (h.Start.IsZero() || !h.Start.After(s.End)) && (h.End.IsZero() || !h.End.Before(s.Start))
		if lived && !considered[h.Member] {
			return false
		}
	}
	return true
}

func (d *Data) preparePlans(t *Tables) {
	reviews := map[hearth.ID][]hearth.Date{}
	for _, c := range t.Conferences {
		if !c.Initial && c.Plan != 0 {
			reviews[c.Plan] = append(reviews[c.Plan], c.Date)
		}
	}
	visits := map[hearth.ID][]hearth.Date{}
	for _, v := range t.CPVisits {
		if v.Seen == Yes && v.Plan != 0 {
			visits[v.Plan] = append(visits[v.Plan], v.Date)
		}
	}
	earliest := map[hearth.ID]hearth.Date{} // each child's first plan start, here or elsewhere
	for _, p := range t.CPPlans {
		if e, ok := earliest[p.Person]; !ok || p.Start.Before(e) {
			earliest[p.Person] = p.Start
		}
	}
	for _, p := range t.CPPlans {
		if p.OtherLA {
			continue
		}
		d.cpPlans = append(d.cpPlans, cpItem{person: p.Person, start: p.Start, end: p.End, second: earliest[p.Person].Before(p.Start)})
		d.chain(&d.reviews, p, reviews[p.ID], d.ts.FirstReview, d.ts.LaterReview, false)
		d.chain(&d.visits, p, visits[p.ID], d.ts.CPVisit, d.ts.CPVisit, true)
	}

	actions := map[hearth.ID][2]int{} // plan content id: actions, measurable actions
	for _, a := range t.PlanActions {
		n := actions[a.Plan]
		n[0]++
		if a.Measurable {
			n[1]++
		}
		actions[a.Plan] = n
	}
	content := map[[2]hearth.ID]bool{} // {cin plan, cp plan}: measurable
	for _, c := range t.Plans {
		n := actions[c.ID]
		content[[2]hearth.ID{c.CINPlan, c.CPPlan}] = c.Contingency && n[0] > 0 && n[0] == n[1]
	}
	for _, p := range t.CPPlans {
		if !p.OtherLA {
			d.plans = append(d.plans, planItem{p.Person, p.Start, p.End, content[[2]hearth.ID{0, p.ID}]})
		}
	}
	for _, p := range t.CINPlans {
		d.plans = append(d.plans, planItem{p.Person, p.Start, p.End, content[[2]hearth.ID{p.ID, 0}]})
	}
}

// chain adds the due items of a repeating duty over a plan: the first due by first(plan start), each
// later one by next(the date the previous was done), until one is not done or falls due after the plan
// ended. A plan's own first day counts for the first item when sameDay (a visit on the day of the initial
// conference); otherwise only a later date does.
func (d *Data) chain(t *timed, p CPPlan, done []hearth.Date, first, next Clock, sameDay bool) {
	slices.SortFunc(done, func(a, b hearth.Date) int { return a.DaysSince(b) })
	anchor, clock, allowSame := p.Start, first, sameDay
	for {
		due, err := clock(anchor)
		if err != nil {
			t.unknown = append(t.unknown, anchor)
			return
		}
		if !p.End.IsZero() && !due.Before(p.End) {
			return // the plan ended before this was due
		}
		i, _ := slices.BinarySearchFunc(done, anchor, func(a, b hearth.Date) int { return a.DaysSince(b) })
		for i < len(done) && done[i] == anchor && !allowSame {
			i++
		}
		allowSame = false
		var at hearth.Date
		if i < len(done) && (p.End.IsZero() || !done[i].After(p.End)) {
			at = done[i]
		}
		taken := int32(-1)
		if !at.IsZero() {
			if n, err := d.ts.workingDaysTaken(anchor, at); err == nil {
				taken = int32(n)
			}
		}
		t.person = append(t.person, p.Person)
		t.due = append(t.due, due)
		t.done = append(t.done, at)
		t.taken = append(t.taken, taken)
		if at.IsZero() {
			return
		}
		anchor, clock = at, next
	}
}

func (d *Data) prepareAllocation(t *Tables) {
	index := map[hearth.ID]int32{}
	idx := func(id hearth.ID) int32 {
		if i, ok := index[id]; ok {
			return i
		}
		i := int32(len(index))
		index[id] = i
		return i
	}
	for _, r := range t.Referrals {
		d.open = append(d.open, span{idx(r.Person), r.Date, r.Closed})
	}
	for _, p := range t.CPPlans {
		if !p.OtherLA {
			d.open = append(d.open, span{idx(p.Person), p.Start, p.End})
		}
	}
	for _, s := range t.CareEpisodes {
		d.open = append(d.open, span{idx(s.Person), s.Start, s.End})
	}
	for _, s := range t.CareLeavers {
		d.open = append(d.open, span{idx(s.Person), s.Start, s.End})
	}
	for _, a := range t.Allocations {
		if i, ok := index[a.Person]; ok {
			d.allocations = append(d.allocations, span{i, a.Start, a.End})
		}
	}
	d.died = make([]hearth.Date, len(index))
	for _, x := range t.Deaths {
		if i, ok := index[x.Person]; ok {
			d.died[i] = x.Date
		}
	}
	d.ids = make([]hearth.ID, len(index))
	for id, i := range index {
		d.ids[i] = id
	}
}
