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

	care careData // children looked after, missing and leaving care (care.go)
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
	byDone  bool // ordered by completion, not by due date (see order)
}

// add adds an item whose clock started on start and which was done on done (zero if not yet); an item
// whose due date cannot be worked out is kept among the unknown.
func (t *timed) add(person hearth.ID, start, done hearth.Date, duty Duty, ts *Timescales) {
	due, err := ts.dueFrom(duty, start)
	if err != nil {
		t.unknown = append(t.unknown, start)
		return
	}
	taken := int32(-1)
	if !done.IsZero() {
		if n, err := ts.workingDaysTaken(start, done); err == nil {
			taken = int32(max(n, 0)) // done before its clock started (a record out of order) took no time
		}
	}
	t.person = append(t.person, person)
	t.due = append(t.due, due)
	t.done = append(t.done, done)
	t.taken = append(t.taken, taken)
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

// New prepares loaded tables for the catalogue with the organisation's child population and its
// timescales (duty.Settings.MeasureTimescales). The tables are not kept: Data holds only what it derived.
func New(t *Tables, pop ChildPopulation, ts *Timescales) (*Data, error) {
	if err := ts.check(); err != nil {
		return nil, err
	}
	d := &Data{ts: ts, pop: pop}
	d.prepareFrontDoor(t)
	d.prepareAssessments(t)
	d.prepareEnquiries(t)
	d.preparePlans(t)
	d.prepareAllocation(t)
	d.prepareCare(t)
	d.order()
	return d, nil
}

// order puts each flow measure's items in order of the date that puts them in a period (see within).
func (d *Data) order() {
	d.contacts.order(false)
	d.assessments.order(true)
	d.icpc.order(true)
	d.reviews.order(false)
	d.visits.order(false)
	sortByDate(d.decided, func(x decision) hearth.Date { return x.date })
	sortByDate(d.mash, func(x mashItem) hearth.Date { return x.due })
	sortByDate(d.referrals, func(x referral) hearth.Date { return x.date })
	sortByDate(d.seen, func(x seenItem) hearth.Date { return x.authorised })
	sortByDate(d.s47Starts, func(x dated) hearth.Date { return x.date })
	sortByDate(d.s47Ended, func(x s47Item) hearth.Date { return x.end })
	sortByDate(d.strategy, func(x stratItem) hearth.Date { return x.held })
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

// prepareAssessments times each referral's assessment as the duty does: the referral's first assessment
// (the earliest started) meets the 45 working days from the referral date; later assessments in the same
// referral are further work, not this duty, and referrals closed with no further action have none. Every
// authorised assessment counts for whether the child was seen.
func (d *Data) prepareAssessments(t *Tables) {
	episodes := make(map[hearth.ID]Referral, len(t.Referrals))
	for _, r := range t.Referrals {
		episodes[r.ID] = r
	}
	first := map[hearth.ID]int{} // episode: index of its first assessment
	for i, a := range t.Assessments {
		if f, ok := first[a.Episode]; !ok || a.Start.Before(t.Assessments[f].Start) {
			first[a.Episode] = i
		}
		if !a.Authorised.IsZero() {
			d.seen = append(d.seen, seenItem{person: a.Person, authorised: a.Authorised, seen: a.Seen, alone: a.SeenAlone})
		}
	}
	for i, a := range t.Assessments {
		e, ok := episodes[a.Episode]
		if !ok || e.NFA || a.Authorised.IsZero() || first[a.Episode] != i {
			continue
		}
		d.assessments.add(a.Person, e.Date, a.Authorised, d.ts.Assessment, d.ts)
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
