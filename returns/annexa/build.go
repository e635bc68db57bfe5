package annexa

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"hearth"
	"hearth/care"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/workforce"
)

// Build works out Annex A as at the end of the day asAt. Lists 1 to 7 cover the six months to asAt (the
// contacts, early help assessments, referrals, assessments and enquiries begun in it; the children in
// need and the plans open at any time in it), List 8 the children looked after at any time in it, List 9
// the care leavers (relevant, former relevant and qualifying) on asAt, and Lists 10 and 11 the twelve
// months to asAt (decisions to place for adoption in force in them, adopters in the process in them).
// "In the last 12 months" columns count the twelve months to asAt. Rows are ordered by child.
func Build(rec *Record, asAt hearth.Date) *Lists {
	b := newBuilder(rec, asAt)
	out := &Lists{AsAt: asAt}
	out.Lists[0] = b.list1()
	out.Lists[1] = b.list2()
	out.Lists[2] = b.list3()
	out.Lists[3] = b.list4()
	out.Lists[4] = b.list5()
	out.Lists[5] = b.list6()
	out.Lists[6] = b.list7()
	out.Lists[7] = b.list8()
	out.Lists[8] = b.list9()
	out.Lists[9] = b.list10()
	out.Lists[10] = b.list11()
	for i := range out.Lists[:10] {
		slices.SortStableFunc(out.Lists[i], func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
	}
	return out
}

// builder holds the record grouped by child.
type builder struct {
	rec               *Record
	asAt              hearth.Date
	from6, from12     hearth.Date // the first days of the six and twelve months to asAt
	people            map[hearth.ID]*hearth.Person
	allocations       map[hearth.ID][]*workforce.Allocation
	referrals         map[hearth.ID][]*frontdoor.CINEpisode
	s47               map[hearth.ID][]*protection.S47Enquiry
	conferences       map[hearth.ID][]*protection.Conference
	cinPlans          map[hearth.ID][]*protection.CINPlan
	cpPlans           map[hearth.ID][]*protection.CPPlan
	visits            map[hearth.ID][]*protection.Visit
	emergency         map[hearth.ID][]*protection.EmergencyProtection
	episodes          map[hearth.ID][]*care.Episode
	reviews           map[hearth.ID][]*care.Review
	health            map[hearth.ID][]*care.HealthAssessment
	uasc              map[hearth.ID][]*care.UASC
	statuses          map[hearth.ID][]*leaving.Status
	decisions         map[hearth.ID][]*care.PlacedForAdoption
	adoptions         map[hearth.ID][]*care.Adoption
	missingByChild    map[hearth.ID][]int
	strategyByID      map[hearth.ID]*protection.StrategyDiscussion
	adoptionsByFamily map[hearth.ID][]*care.Adoption
}

func group[T any](rows []T, person func(*T) hearth.ID) map[hearth.ID][]*T {
	m := make(map[hearth.ID][]*T)
	for i := range rows {
		m[person(&rows[i])] = append(m[person(&rows[i])], &rows[i])
	}
	return m
}

func newBuilder(rec *Record, asAt hearth.Date) *builder {
	b := &builder{rec: rec, asAt: asAt, from6: asAt.AddMonths(-6).AddDays(1), from12: asAt.AddMonths(-12).AddDays(1),
		people:         map[hearth.ID]*hearth.Person{},
		allocations:    group(rec.Allocations, func(r *workforce.Allocation) hearth.ID { return r.PersonID }),
		referrals:      group(rec.Referrals, func(r *frontdoor.CINEpisode) hearth.ID { return r.PersonID }),
		s47:            group(rec.S47, func(r *protection.S47Enquiry) hearth.ID { return r.PersonID }),
		conferences:    group(rec.Conferences, func(r *protection.Conference) hearth.ID { return r.PersonID }),
		cinPlans:       group(rec.CINPlans, func(r *protection.CINPlan) hearth.ID { return r.PersonID }),
		cpPlans:        group(rec.CPPlans, func(r *protection.CPPlan) hearth.ID { return r.PersonID }),
		visits:         group(rec.Visits, func(r *protection.Visit) hearth.ID { return r.PersonID }),
		emergency:      group(rec.EmergencyProtection, func(r *protection.EmergencyProtection) hearth.ID { return r.PersonID }),
		episodes:       group(rec.Episodes, func(r *care.Episode) hearth.ID { return r.PersonID }),
		reviews:        group(rec.Reviews, func(r *care.Review) hearth.ID { return r.PersonID }),
		health:         group(rec.Health, func(r *care.HealthAssessment) hearth.ID { return r.PersonID }),
		uasc:           group(rec.UASC, func(r *care.UASC) hearth.ID { return r.PersonID }),
		statuses:       group(rec.CareLeaverStatus, func(r *leaving.Status) hearth.ID { return r.PersonID }),
		decisions:      group(rec.PlacedForAdoption, func(r *care.PlacedForAdoption) hearth.ID { return r.PersonID }),
		adoptions:      group(rec.Adoptions, func(r *care.Adoption) hearth.ID { return r.PersonID }),
		missingByChild: map[hearth.ID][]int{},
		strategyByID:   map[hearth.ID]*protection.StrategyDiscussion{},
		adoptionsByFamily: func() map[hearth.ID][]*care.Adoption {
			m := map[hearth.ID][]*care.Adoption{}
			for i := range rec.Adoptions {
				if a := &rec.Adoptions[i]; a.AdoptersID != 0 {
					m[a.AdoptersID] = append(m[a.AdoptersID], a)
				}
			}
			return m
		}(),
	}
	for i := range rec.People {
		b.people[rec.People[i].ID] = &rec.People[i]
	}
	for i := range rec.Missing {
		b.missingByChild[rec.Missing[i].PersonID] = append(b.missingByChild[rec.Missing[i].PersonID], i)
	}
	for i := range rec.Strategy {
		b.strategyByID[rec.Strategy[i].ID] = &rec.Strategy[i]
	}
	for _, eps := range b.episodes {
		slices.SortStableFunc(eps, func(a, c *care.Episode) int { return a.StartDate.DaysSince(c.StartDate) })
	}
	return b
}

// in6 and in12 say whether a day falls in the six or twelve months to asAt.
func (b *builder) in6(d hearth.Date) bool {
	return !d.IsZero() && !d.Before(b.from6) && !d.After(b.asAt)
}
func (b *builder) in12(d hearth.Date) bool {
	return !d.IsZero() && !d.Before(b.from12) && !d.After(b.asAt)
}

// open says whether a stretch from..to (to zero while open) touches the days from..asAt.
func (b *builder) open(from, to, since hearth.Date) bool {
	return !from.IsZero() && !from.After(b.asAt) && (to.IsZero() || !to.Before(since))
}

// child returns the columns every list of children begins with: id, gender, ethnicity, date of birth
// and age, or false when the person is not in the record.
func (b *builder) child(pid hearth.ID) ([]string, *hearth.Person, bool) {
	p := b.people[pid]
	if p == nil {
		return nil, nil, false
	}
	return []string{p.LAChildID.String(), gender(p.Gender), ethnicity(p.Ethnicity), date(p.BirthDate), age(p.BirthDate, b.asAt)}, p, true
}

// allocated returns the team and worker of the child's allocation in role on asAt (the latest begun).
func (b *builder) allocated(pid hearth.ID, role string) []string {
	var cur *workforce.Allocation
	for _, a := range b.allocations[pid] {
		if a.Role == role && !a.StartDate.After(b.asAt) && (a.EndDate.IsZero() || a.EndDate.After(b.asAt)) &&
			(cur == nil || !a.StartDate.Before(cur.StartDate)) {
			cur = a
		}
	}
	if cur == nil {
		return []string{"", ""}
	}
	return []string{b.rec.Teams[cur.TeamID], b.rec.Workers[cur.WorkerID]}
}

func (b *builder) list1() [][]string {
	var out [][]string
	for i := range b.rec.Contacts {
		c := &b.rec.Contacts[i]
		if d := englandDate(c.ReceivedAt); b.in6(d) {
			if row, _, ok := b.child(c.PersonID); ok {
				out = append(out, append(row, date(d), coded(c.Source, frontdoor.ReferralSources)))
			}
		}
	}
	return out
}

func (b *builder) list2() [][]string {
	var out [][]string
	for i := range b.rec.EarlyHelp {
		e := &b.rec.EarlyHelp[i]
		if b.in6(e.AssessmentStartDate) || b.in6(e.AssessmentCompletedDate) {
			if row, _, ok := b.child(e.PersonID); ok {
				out = append(out, append(row, date(e.AssessmentStartDate), date(e.AssessmentCompletedDate), e.Organisation))
			}
		}
	}
	return out
}

func (b *builder) list3() [][]string {
	var out [][]string
	for i := range b.rec.Referrals {
		r := &b.rec.Referrals[i]
		if !b.in6(r.ReferralDate) {
			continue
		}
		row, _, ok := b.child(r.PersonID)
		if !ok {
			continue
		}
		earlier := 0
		for _, o := range b.referrals[r.PersonID] {
			if o.ReferralDate.Before(r.ReferralDate) && !o.ReferralDate.Before(r.ReferralDate.AddMonths(-12)) {
				earlier++
			}
		}
		row = append(row, date(r.ReferralDate), coded(r.ReferralSource, frontdoor.ReferralSources), yesNoPlain(r.ReferralNFA), strconv.Itoa(earlier))
		out = append(out, append(row, b.allocated(r.PersonID, workforce.RoleSocialWorker)...))
	}
	return out
}

func (b *builder) list4() [][]string {
	var out [][]string
	for i := range b.rec.Assessments {
		a := &b.rec.Assessments[i]
		if !b.in6(a.StartDate) && !b.in6(a.AuthorisationDate) {
			continue
		}
		row, p, ok := b.child(a.PersonID)
		if !ok {
			continue
		}
		row = append(row, disabled(p), date(a.StartDate), yesNoPtr(a.ChildSeen, false), date(a.AuthorisationDate), coded(a.Outcome, protection.AssessmentOutcomes))
		out = append(out, append(row, b.allocated(a.PersonID, workforce.RoleSocialWorker)...))
	}
	return out
}

func (b *builder) list5() [][]string {
	var out [][]string
	for i := range b.rec.S47 {
		s := &b.rec.S47[i]
		started := s.StartDate
		if sd := b.strategyByID[s.StrategyDiscussionID]; sd != nil {
			started = englandDate(sd.HeldAt)
		}
		if !b.in6(started) {
			continue
		}
		row, p, ok := b.child(s.PersonID)
		if !ok {
			continue
		}
		unnecessary := ""
		if s.ICPCRequired != nil {
			unnecessary = yesNoPlain(!*s.ICPCRequired)
		}
		var icpc *protection.Conference
		s47s, icpcs := 0, 0
		for _, e := range b.s47[s.PersonID] {
			if b.in12(e.StartDate) {
				s47s++
			}
		}
		for _, c := range b.conferences[s.PersonID] {
			if c.Kind != protection.ConferenceInitial {
				continue
			}
			if b.in12(c.ConferenceDate) {
				icpcs++
			}
			if c.S47EnquiryID == s.ID {
				icpc = c
			}
		}
		icpcDate, plan := "", ""
		if icpc != nil {
			icpcDate, plan = date(icpc.ConferenceDate), yesNoPlain(icpc.Outcome == protection.ConferencePlanMade)
		}
		row = append(row, disabled(p), date(started), unnecessary, icpcDate, plan, strconv.Itoa(s47s), strconv.Itoa(icpcs))
		out = append(out, append(row, b.allocated(s.PersonID, workforce.RoleSocialWorker)...))
	}
	return out
}

func (b *builder) list6() [][]string {
	var out [][]string
	for i := range b.rec.Referrals {
		r := &b.rec.Referrals[i]
		if r.ReferralNFA || !b.open(r.ReferralDate, r.ClosureDate, b.from6) {
			continue
		}
		row, p, ok := b.child(r.PersonID)
		if !ok {
			continue
		}
		var seen hearth.Date
		for _, v := range b.visits[r.PersonID] {
			if v.ChildSeen != nil && *v.ChildSeen && !v.VisitDate.After(b.asAt) && v.VisitDate.After(seen) {
				seen = v.VisitDate
			}
		}
		closed, reason := "", ""
		if !r.ClosureDate.After(b.asAt) {
			closed, reason = date(r.ClosureDate), coded(r.ClosureReason, frontdoor.ReasonsForClosure)
		}
		row = append(row, disabled(p), date(r.ReferralDate), coded(r.PrimaryNeed, frontdoor.PrimaryNeeds), date(seen), closed, reason, b.caseStatus(r.PersonID))
		out = append(out, append(row, b.allocated(r.PersonID, workforce.RoleSocialWorker)...))
	}
	return out
}

// caseStatus is List 6's Case Status on asAt: looked after, on a child protection plan, on a child in
// need plan, or other.
func (b *builder) caseStatus(pid hearth.ID) string {
	for _, e := range b.episodes[pid] {
		if b.open(e.StartDate, e.EndDate, b.asAt.AddDays(1)) {
			return "a) Looked after child"
		}
	}
	for _, p := range b.cpPlans[pid] {
		if b.open(p.StartDate, p.EndDate, b.asAt.AddDays(1)) {
			return "b) Child Protection plan"
		}
	}
	for _, p := range b.cinPlans[pid] {
		if b.open(p.StartDate, p.EndDate, b.asAt.AddDays(1)) {
			return "c) Child in need plan"
		}
	}
	return "d) Open case (no plan)"
}

func (b *builder) list7() [][]string {
	var out [][]string
	for i := range b.rec.CPPlans {
		pl := &b.rec.CPPlans[i]
		if !b.open(pl.StartDate, pl.EndDate, b.from6) {
			continue
		}
		row, p, ok := b.child(pl.PersonID)
		if !ok {
			continue
		}
		var visit *protection.Visit
		for _, v := range b.visits[pl.PersonID] {
			if v.Kind == protection.VisitCP && !v.VisitDate.After(b.asAt) && (visit == nil || v.VisitDate.After(visit.VisitDate)) {
				visit = v
			}
		}
		var review hearth.Date
		for _, c := range b.conferences[pl.PersonID] {
			if c.Kind == protection.ConferenceReview && c.CPPlanID == pl.ID && !c.ConferenceDate.After(b.asAt) && c.ConferenceDate.After(review) {
				review = c.ConferenceDate
			}
		}
		epo := false
		for _, e := range b.emergency[pl.PersonID] {
			epo = epo || b.open(e.StartDate, e.EndDate, b.from6)
		}
		previous := 0
		for _, o := range b.cpPlans[pl.PersonID] {
			if o.StartDate.Before(pl.StartDate) {
				previous++
			}
		}
		visitDate, alone := "", ""
		if visit != nil {
			visitDate, alone = date(visit.VisitDate), yesNoPtr(visit.SeenAlone, true)
		}
		ended := ""
		if !pl.EndDate.After(b.asAt) {
			ended = date(pl.EndDate)
		}
		row = append(row, disabled(p), date(pl.StartDate), coded(pl.InitialCategory, protection.CategoriesOfAbuse), coded(pl.LatestCategory, protection.CategoriesOfAbuse),
			visitDate, alone, date(review), ended, yesNo(epo), strconv.Itoa(previous))
		out = append(out, append(row, b.allocated(pl.PersonID, workforce.RoleSocialWorker)...))
	}
	return out
}

// englandDate is the day in England of a moment.
func englandDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(london))
}

var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("annexa: the Europe/London time zone is missing: " + err.Error())
	}
	return loc
}()
