package duty

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// Derive returns every item due for the child on the date asAt, open or done, soonest due first, with
// its state as on that date. It reads the record as it stood on asAt: events dated after it have not
// happened yet, so an item done after asAt is open. Rows recorded in error count for nothing. A duty stops
// when its reason ends on or before asAt without the work done: the MASH checks of a contact once it is
// decided, the work of a referral once the episode is closed, a conference that a section 47 enquiry
// decided was not needed, and the core groups, reviews and visits of a plan once the plan has ended.
//
// An item whose due date the calendar cannot answer (a start before 2015 or a due date past the last year
// of known bank holidays) is left out, and the error says which; the other items are still returned, so
// that a page can show them and log the error.
func Derive(rec *store.ChildRecord, asAt hearth.Date, s Settings, cal *calendar.Calendar) ([]Item, error) {
	b := &builder{rec: rec, asAt: asAt, s: s, cal: cal, defs: map[ID]Definition{}}
	for _, d := range s.All() {
		b.defs[d.ID] = d
	}
	b.socialWorker()
	b.contacts()
	b.mashChecks()
	b.strategyDiscussions()
	b.assessments()
	b.icpcs()
	b.plans()
	b.lookedAfter()
	b.returnInterviews()
	b.leavingCare()
	slices.SortStableFunc(b.items, func(x, y Item) int {
		return cmp.Or(x.Due.DaysSince(y.Due), x.DueAt.Compare(y.DueAt), cmp.Compare(order(x.Duty), order(y.Duty)))
	})
	return b.items, errors.Join(b.errs...)
}

// order is a duty's place in a child's journey, to sort items due on the same day.
func order(id ID) int { return orders[id] }

var orders = func() map[ID]int {
	m := map[ID]int{}
	for i, d := range defaults {
		m[d.ID] = i
	}
	return m
}()

type builder struct {
	rec   *store.ChildRecord
	asAt  hearth.Date
	s     Settings
	cal   *calendar.Calendar
	defs  map[ID]Definition
	sw    hearth.ID // the child's social worker on asAt
	pa    hearth.ID // the young person's personal adviser on asAt
	items []Item
	errs  []error
}

// standing returns the rows of a table that stand: not recorded in error. When every row stands, which is
// nearly always, it is the record's own slice, not a copy: callers only read it (sortedStanding copies).
func standing[T any](rec *store.ChildRecord, status func(T) hearth.RecordStatus) []T {
	rows := store.Rows[T](rec)
	i := slices.IndexFunc(rows, func(r T) bool { return status(r) == hearth.StatusRecordedInError })
	if i < 0 {
		return rows
	}
	out := slices.Clone(rows[:i])
	for _, r := range rows[i+1:] {
		if status(r) != hearth.StatusRecordedInError {
			out = append(out, r)
		}
	}
	return out
}

// sortedStanding returns a sorted copy of the rows that stand, leaving the record as it was.
func sortedStanding[T any](rec *store.ChildRecord, status func(T) hearth.RecordStatus, cmp func(a, b T) int) []T {
	rows := slices.Clone(standing(rec, status))
	slices.SortStableFunc(rows, cmp)
	return rows
}

// londonDate is the day a moment falls on in England.
func londonDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(London))
}

// happened reports whether a dated event had happened by asAt.
func (b *builder) happened(d hearth.Date) bool { return !d.IsZero() && !d.After(b.asAt) }

// socialWorker finds the child's social worker and personal adviser on asAt (the latest allocated of
// each, when two overlap on a handover day).
func (b *builder) socialWorker() {
	var since, paSince hearth.Date
	for _, a := range standing(b.rec, func(r workforce.Allocation) hearth.RecordStatus { return r.Status }) {
		if a.StartDate.After(b.asAt) || (!a.EndDate.IsZero() && a.EndDate.Before(b.asAt)) {
			continue
		}
		switch {
		case a.Role == workforce.RoleSocialWorker && !a.StartDate.Before(since):
			b.sw, since = a.WorkerID, a.StartDate
		case a.Role == workforce.RolePersonalAdviser && !a.StartDate.Before(paSince):
			b.pa, paSince = a.WorkerID, a.StartDate
		}
	}
}

// add completes an item from its duty's definition and the date, and keeps it unless its reason ended
// (on ended, on or before asAt) before it was done. An item whose start is after asAt had not begun.
func (b *builder) add(it Item, ended hearth.Date) {
	if it.Start.IsZero() || it.Start.After(b.asAt) {
		return
	}
	def := b.defs[it.Duty]
	it.Title, it.PersonID = def.Title, b.rec.Person.ID
	if it.WorkerID == 0 {
		it.WorkerID = b.sw
	}
	if it.Done.After(b.asAt) {
		it.Done, it.DoneAt, it.DoneTable, it.DoneRowID = hearth.Date{}, time.Time{}, "", 0
	}
	if b.happened(ended) && (it.Done.IsZero() || it.Done.After(ended)) {
		return
	}
	if it.Due.IsZero() {
		if err := b.due(&it, def); err != nil {
			b.errs = append(b.errs, fmt.Errorf("%s due from %s %d of child %d: %w", it.Duty, it.Table, it.RowID, it.PersonID, err))
			return
		}
	}
	b.state(&it)
	b.items = append(b.items, it)
}

// due sets the item's due day (and moment, for a duty counted in hours).
func (b *builder) due(it *Item, def Definition) error {
	if !def.Unit.Timed() {
		d, err := def.DueFrom(b.cal, it.Start)
		it.Due = d
		return err
	}
	if it.DueAt.IsZero() {
		at, err := def.DueAt(b.cal, it.StartAt)
		if err != nil {
			return err
		}
		it.DueAt = at
	}
	// Due at midnight is due by the end of the day before.
	it.Due = londonDate(it.DueAt.Add(-time.Nanosecond))
	return nil
}

// state sets the item's state and lateness as on asAt.
func (b *builder) state(it *Item) {
	late := func(to hearth.Date) int {
		n, err := b.cal.WorkingDaysBetween(it.Due.Time(), to.Time())
		if err != nil || n < 0 {
			return max(0, to.DaysSince(it.Due)) // outside the calendar: calendar days rather than nothing
		}
		return n
	}
	switch {
	case !it.Done.IsZero():
		onTime := !it.Done.After(it.Due)
		if !it.DueAt.IsZero() && !it.DoneAt.IsZero() {
			onTime = !it.DoneAt.After(it.DueAt)
		}
		if onTime {
			it.State = StateDoneOnTime
		} else {
			it.State, it.Late = StateDoneLate, max(1, late(it.Done))
		}
	case b.asAt.After(it.Due):
		it.State, it.Late = StateOverdue, max(1, late(b.asAt))
	default:
		it.State = StateDue
		if n, err := b.cal.WorkingDaysBetween(b.asAt.Time(), it.Due.Time()); err == nil && n <= b.s.DueSoon() {
			it.State = StateDueSoon
		}
	}
}

// contacts: a decision on every contact, 1 working day from its receipt.
func (b *builder) contacts() {
	for _, c := range standing(b.rec, func(r frontdoor.Contact) hearth.RecordStatus { return r.Status }) {
		it := Item{Duty: ContactDecision, Table: "contacts", RowID: c.ID, Start: londonDate(c.ReceivedAt), StartAt: c.ReceivedAt}
		if c.Decision != "" && !c.DecidedAt.IsZero() {
			it.Done, it.DoneAt, it.DoneTable, it.DoneRowID, it.WorkerID = londonDate(c.DecidedAt), c.DecidedAt, "contacts", c.ID, c.DecidedBy
		}
		b.add(it, hearth.Date{})
	}
}

// mashChecks: an answer to every request to a partner agency, by the due_by the request was sent with
// (set from the duty of its RAG rating when it was made, and kept, since it is what the agency was told).
// A request still unanswered when its contact is decided is no longer due.
func (b *builder) mashChecks() {
	decided := map[hearth.ID]hearth.Date{}
	for _, c := range standing(b.rec, func(r frontdoor.Contact) hearth.RecordStatus { return r.Status }) {
		if c.Decision != "" {
			decided[c.ID] = londonDate(c.DecidedAt)
		}
	}
	for _, m := range standing(b.rec, func(r frontdoor.MASHCheck) hearth.RecordStatus { return r.Status }) {
		id, err := MASHCheckDuty(m.RAG)
		if err != nil {
			b.errs = append(b.errs, fmt.Errorf("mash_checks %d: %w", m.ID, err))
			continue
		}
		it := Item{Duty: id, Table: "mash_checks", RowID: m.ID, Start: londonDate(m.AskedAt), StartAt: m.AskedAt, DueAt: m.DueBy, WorkerID: m.AskedBy}
		if !m.AnsweredAt.IsZero() {
			it.Done, it.DoneAt, it.DoneTable, it.DoneRowID = londonDate(m.AnsweredAt), m.AnsweredAt, "mash_checks", m.ID
		}
		b.add(it, decided[m.ContactID])
	}
}

// episodes returns the child's standing referrals by id.
func (b *builder) episodes() map[hearth.ID]frontdoor.CINEpisode {
	out := map[hearth.ID]frontdoor.CINEpisode{}
	for _, e := range standing(b.rec, func(r frontdoor.CINEpisode) hearth.RecordStatus { return r.Status }) {
		out[e.ID] = e
	}
	return out
}

func (b *builder) conferences() []protection.Conference {
	return sortedStanding(b.rec, func(r protection.Conference) hearth.RecordStatus { return r.Status },
		func(x, y protection.Conference) int { return x.ConferenceDate.DaysSince(y.ConferenceDate) })
}

func (b *builder) discussions() []protection.StrategyDiscussion {
	return sortedStanding(b.rec, func(r protection.StrategyDiscussion) hearth.RecordStatus { return r.Status },
		func(x, y protection.StrategyDiscussion) int { return x.HeldAt.Compare(y.HeldAt) })
}

// strategyDiscussions: a strategy discussion after a decision that there may be significant harm, at the
// front door (a contact decided for one) or at the end of an assessment (its outcome). It is met by the
// child's first strategy discussion held on or after the contact was received (for an assessment: in its
// referral, on or after the assessment began), since the discussion is sometimes held before the decision
// is written down.
func (b *builder) strategyDiscussions() {
	eps := b.episodes()
	byContact := map[hearth.ID]frontdoor.CINEpisode{}
	for _, e := range eps {
		if e.ContactID != 0 {
			byContact[e.ContactID] = e
		}
	}
	ds := b.discussions()
	first := func(from hearth.Date, episode hearth.ID) (protection.StrategyDiscussion, bool) {
		for _, d := range ds {
			if !londonDate(d.HeldAt).Before(from) && (episode == 0 || d.CINEpisodeID == episode) {
				return d, true
			}
		}
		return protection.StrategyDiscussion{}, false
	}
	meet := func(it *Item, d protection.StrategyDiscussion, ok bool) {
		if ok {
			it.Done, it.DoneTable, it.DoneRowID = londonDate(d.HeldAt), "strategy_discussions", d.ID
		}
	}
	for _, c := range standing(b.rec, func(r frontdoor.Contact) hearth.RecordStatus { return r.Status }) {
		if c.Decision != frontdoor.DecisionStrategyDiscussion || c.DecidedAt.IsZero() {
			continue
		}
		e := byContact[c.ID]
		it := Item{Duty: StrategyDiscussion, Table: "contacts", RowID: c.ID, Start: londonDate(c.DecidedAt), WorkerID: c.DecidedBy, EpisodeID: e.ID}
		d, ok := first(londonDate(c.ReceivedAt), 0)
		meet(&it, d, ok)
		b.add(it, e.ClosureDate)
	}
	for _, a := range standing(b.rec, func(r protection.Assessment) hearth.RecordStatus { return r.Status }) {
		if a.Outcome != protection.OutcomeStrategyDiscussion || a.AuthorisationDate.IsZero() {
			continue
		}
		it := Item{Duty: StrategyDiscussion, Table: "cin_assessments", RowID: a.ID, Start: a.AuthorisationDate, WorkerID: a.WorkerID, EpisodeID: a.CINEpisodeID}
		d, ok := first(a.StartDate, a.CINEpisodeID)
		meet(&it, d, ok)
		b.add(it, eps[a.CINEpisodeID].ClosureDate)
	}
}

// assessments: a child and family assessment completed and authorised within 45 working days of each
// referral that was not closed with no further action. The referral's first assessment is the one that
// meets it; later ones in the same referral are further work, not this duty.
func (b *builder) assessments() {
	firsts := map[hearth.ID]protection.Assessment{}
	for _, a := range standing(b.rec, func(r protection.Assessment) hearth.RecordStatus { return r.Status }) {
		if a.StartDate.After(b.asAt) {
			continue
		}
		if f, ok := firsts[a.CINEpisodeID]; !ok || a.StartDate.Before(f.StartDate) {
			firsts[a.CINEpisodeID] = a
		}
	}
	for _, e := range standing(b.rec, func(r frontdoor.CINEpisode) hearth.RecordStatus { return r.Status }) {
		if e.ReferralNFA {
			continue
		}
		it := Item{Duty: Assessment, Table: "cin_episodes", RowID: e.ID, Start: e.ReferralDate, WorkerID: e.WorkerID, EpisodeID: e.ID}
		if a, ok := firsts[e.ID]; ok {
			if a.WorkerID != 0 {
				it.WorkerID = a.WorkerID
			}
			if !a.AuthorisationDate.IsZero() {
				it.Done, it.DoneTable, it.DoneRowID = a.AuthorisationDate, "cin_assessments", a.ID
			}
		}
		b.add(it, e.ClosureDate)
	}
}

// icpcs: an initial child protection conference within 15 working days of the strategy discussion that
// started each section 47 enquiry. With several discussions in the referral, the clock runs from the
// latest held on or before the enquiry began (or from the one the enquiry names, if that is later); an
// enquiry with no discussion recorded (history from an earlier system) runs from its own start. It is met
// by the initial conference that names the enquiry, or else the referral's first initial conference on or
// after the enquiry began, and stops when the enquiry decides no conference is needed.
func (b *builder) icpcs() {
	eps := b.episodes()
	ds := b.discussions()
	confs := b.conferences()
	for _, s := range standing(b.rec, func(r protection.S47Enquiry) hearth.RecordStatus { return r.Status }) {
		if s.ICPCRequired != nil && !*s.ICPCRequired && (s.EndDate.IsZero() || b.happened(s.EndDate)) {
			continue
		}
		it := Item{Duty: ICPC, Table: "s47_enquiry", RowID: s.ID, Start: s.StartDate, WorkerID: s.WorkerID, EpisodeID: s.CINEpisodeID}
		for _, d := range ds {
			held := londonDate(d.HeldAt)
			if d.ID == s.StrategyDiscussionID || (d.CINEpisodeID == s.CINEpisodeID && !held.After(s.StartDate)) {
				if it.Table == "s47_enquiry" || !held.Before(it.Start) {
					it.Table, it.RowID, it.Start = "strategy_discussions", d.ID, held
				}
			}
		}
		named := func(c protection.Conference) bool { return c.S47EnquiryID == s.ID }
		unnamed := func(c protection.Conference) bool {
			return c.S47EnquiryID == 0 && c.CINEpisodeID == s.CINEpisodeID && !c.ConferenceDate.Before(s.StartDate)
		}
		for _, match := range []func(protection.Conference) bool{named, unnamed} {
			i := slices.IndexFunc(confs, func(c protection.Conference) bool { return c.Kind == protection.ConferenceInitial && match(c) })
			if i >= 0 {
				it.Done, it.DoneTable, it.DoneRowID = confs[i].ConferenceDate, "cp_conferences", confs[i].ID
				break
			}
		}
		b.add(it, eps[s.CINEpisodeID].ClosureDate)
	}
}
