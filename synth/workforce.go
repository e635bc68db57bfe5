package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/workforce"
)

// The workforce follows the work. A first pass runs the journeys of a sample of the households without
// writing anything and counts, week by week, how many children each pool of workers (a service's social
// workers, the personal advisers, the reviewing officers, ...) holds. The workforce is then hired to
// that demand, so that a full-time worker holds about targetCaseload children, with turnover (workers
// leave and are replaced) and agency staff at the rates of the workforce statistics. In the second pass,
// which writes the rows, each new piece of work goes to the least loaded of a few workers employed on the
// day it starts. Caseloads then sit in the range good practice asks for (15 to 25 children for a
// full-time social worker). Households are made in a fixed order and the workforce has its own random
// stream, so the workforce is as deterministic as everything else.

// poolKind names a pool of workers.
type poolKind int

const (
	poolFrontDoor  poolKind = iota // front door and MASH: decide contacts, ask partner agencies
	poolAssessment                 // assessment teams: referrals, assessments, section 47 enquiries
	poolProtection                 // child protection and court teams: CP and long-term CIN plans
	poolInCare                     // children in care teams
	poolLeaving                    // leaving care: personal advisers
	poolDisabled                   // disabled children's team
	poolIRO                        // independent reviewing officers
	poolChair                      // child protection conference chairs
	nPools
)

// poolSpec says how a pool's workers are described and how much work each takes.
type poolSpec struct {
	service  string // Team.Service of its teams
	dept     string // the name of the service
	team     string // the name of its teams, numbered
	role     hearth.Role
	titles   dist    // job titles of its workers (not managers)
	cap      int     // children (or, for the front door, contacts a week) a full-time worker takes
	sw       bool    // its workers are registered social workers
	alloc    string  // the involvements role its allocations have
	fteShare float64 // share of part-time workers
}

var pools = [nPools]poolSpec{
	poolFrontDoor:  {"front_door", "Front Door and MASH", "MASH Team", hearth.RoleFrontDoor, newDist([]weighted{{"social_worker", 60}, {"senior_social_worker", 25}, {"family_support_worker", 15}}), 30, true, "", 0.1},
	poolAssessment: {"assessment", "Assessment Service", "Assessment Team", hearth.RolePractitioner, newDist([]weighted{{"social_worker", 60}, {"senior_social_worker", 28}, {"advanced_practitioner", 12}}), caseloadCap, true, workforce.RoleSocialWorker, 0.12},
	poolProtection: {"child_protection", "Child Protection and Court Service", "Child Protection and Court Team", hearth.RolePractitioner, newDist([]weighted{{"social_worker", 55}, {"senior_social_worker", 30}, {"advanced_practitioner", 15}}), caseloadCap, true, workforce.RoleSocialWorker, 0.12},
	poolInCare:     {"looked_after", "Children in Care Service", "Children in Care Team", hearth.RolePractitioner, newDist([]weighted{{"social_worker", 55}, {"senior_social_worker", 30}, {"advanced_practitioner", 15}}), caseloadCap - 4, true, workforce.RoleSocialWorker, 0.12},
	poolLeaving:    {"leaving_care", "Leaving Care Service", "Leaving Care Team", hearth.RolePersonalAdviser, newDist([]weighted{{"personal_adviser", 100}}), paCaseloadCap, false, workforce.RolePersonalAdviser, 0.15},
	poolDisabled:   {"disabled_children", "Children with Disabilities Service", "Disabled Children's Team", hearth.RolePractitioner, newDist([]weighted{{"social_worker", 60}, {"senior_social_worker", 30}, {"advanced_practitioner", 10}}), caseloadCap, true, workforce.RoleSocialWorker, 0.15},
	poolIRO:        {"other", "Safeguarding and Quality Assurance", "Independent Reviewing Team", hearth.RoleReviewingOfficer, newDist([]weighted{{"reviewing_officer", 100}}), iroCaseloadCap, true, workforce.RoleReviewingOfficer, 0.1},
	poolChair:      {"other", "Safeguarding and Quality Assurance", "Child Protection Chairs", hearth.RoleReviewingOfficer, newDist([]weighted{{"conference_chair", 100}}), chairCaseloadCap, true, workforce.RoleConferenceChair, 0.1},
}

// horizonDays is how far ahead a manager looks at a worker's caseload when allocating.
const horizonDays = 28

// worker is one member of staff and the load they carry, week by week.
type worker struct {
	id, user hearth.ID
	pool     poolKind
	team     *team
	agency   bool
	start    hearth.Date
	end      hearth.Date // zero while still employed at the reference date
	cap      int
	load     []int16 // children held in each week, from the workforce's first week
}

// employed reports whether the worker works for the authority on day d.
func (w *worker) employed(d hearth.Date) bool {
	return !d.Before(w.start) && (w.end.IsZero() || d.Before(w.end))
}

// team is one team of a pool, with its manager.
type team struct {
	id      hearth.ID
	manager *worker
	members int
}

// pool is the workers of one kind, with the teams they are in.
type pool struct {
	kind    poolKind
	dept    hearth.ID
	teams   []*team
	workers []*worker
	byMonth [][]int32 // month index -> the workers employed at some point in that month
}

// workforceGen makes and allocates the workforce.
type workforceGen struct {
	g *gen
	// demandOnly makes the first pass: every pool has one stand-in worker, and take counts the children
	// held per pool per week in demand instead of loading workers.
	demandOnly bool
	demand     [nPools][]float64
	stand      [nPools]*worker
	r          *rand.Rand
	base       hearth.Date // Monday of week 0
	weeks      int
	pools      [nPools]*pool
	depts      map[string]hearth.ID
	staffN     int // staff numbers issued
	swe        int // Social Work England registration numbers issued
	hiring     time.Duration
}

func newWorkforce(g *gen) *workforceGen {
	base := hearth.NewDate(2014, time.December, 29) // a Monday before any date the generator uses
	wf := &workforceGen{g: g, r: newRand(g.opts.Seed, streamWorkforce), base: base,
		weeks: g.ref.DaysSince(base)/7 + 2, depts: map[string]hearth.ID{}}
	for k := range wf.pools {
		wf.pools[k] = &pool{kind: poolKind(k)}
	}
	return wf
}

func (wf *workforceGen) week(d hearth.Date) int {
	w := d.DaysSince(wf.base) / 7
	return min(max(w, 0), wf.weeks-1)
}

func (wf *workforceGen) month(d hearth.Date) int {
	m := (d.Year()-2014)*12 + int(d.Month()) - 1
	return max(m, 0)
}

// department returns the service department of a pool, making it the first time.
func (wf *workforceGen) department(name, service string) hearth.ID {
	if id, ok := wf.depts[name]; ok {
		return id
	}
	id := wf.g.ids.next("department")
	wf.g.out.add(&hearth.Team{Record: wf.g.systemRecord(id), Name: name, Service: service})
	wf.depts[name] = id
	return id
}

// newTeam makes a team of pool p with its manager.
func (wf *workforceGen) newTeam(p *pool) *team {
	spec := pools[p.kind]
	if p.dept == 0 {
		p.dept = wf.department(spec.dept, spec.service)
	}
	t := &team{id: wf.g.ids.next("department")}
	wf.g.out.add(&hearth.Team{Record: wf.g.systemRecord(t.id), Name: fmt.Sprintf("%s %d", spec.team, len(p.teams)+1),
		Service: spec.service, ParentID: p.dept})
	p.teams = append(p.teams, t)
	mgr := &worker{team: t, start: wf.g.historyStart().AddDays(-between(wf.r, 200, 2500)), cap: 0}
	wf.emitWorker(mgr, "team_manager", hearth.RoleTeamManager, true)
	t.manager = mgr
	return t
}

// emitWorker gives the worker ids and writes their professionals and users rows.
func (wf *workforceGen) emitWorker(w *worker, title string, role hearth.Role, sw bool) {
	g := wf.g
	wf.staffN++
	w.id = g.ids.next("professionals")
	w.user = g.ids.next("users")
	sex := "2"
	if chance(wf.r, 0.18) { // about 82% of children's social workers are women (WF 2024)
		sex = "1"
	}
	first := pickName(wf.r, womensNames)
	if sex == "1" {
		first = pickName(wf.r, mensNames)
	}
	name := first + " " + pickName(wf.r, surnames)
	reg := ""
	if sw {
		wf.swe++
		reg = fmt.Sprintf("SW%06d", 100000+wf.swe)
	}
	employment := "permanent"
	if w.agency {
		employment = "agency"
	}
	fte := 1.0
	if w.cap > 0 && w.cap < 1000 && chance(wf.r, 0.12) {
		fte = []float64{0.6, 0.8, 0.8, 0.9}[wf.r.IntN(4)]
	}
	staffID := fmt.Sprintf("S%06d", wf.staffN)
	rec := g.systemRecord(w.id)
	rec.RecordedAt = w.start.Time().Add(9 * time.Hour)
	g.out.add(&hearth.Worker{Record: rec, StaffID: staffID, Name: name, SWERegistration: reg, JobTitle: title,
		TeamID: w.team.id, Employment: employment, FTE: fte, StartDate: w.start, EndDate: w.end})
	urec := g.systemRecord(w.user)
	urec.RecordedAt = rec.RecordedAt
	g.out.add(&hearth.User{Record: urec, Name: name, Email: fmt.Sprintf("%s@synthetic.hearth.invalid", lower(staffID)),
		Role: role, TeamID: w.team.id, WorkerID: w.id, Active: w.end.IsZero()})
	if fte < 1 && w.cap > 0 {
		w.cap = max(1, int(float64(w.cap)*fte+0.5))
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// hire makes a new worker of pool p who joined backdate days before day need and is employed on it, in
// the team-th team of the pool (-1: the newest team with room).
func (wf *workforceGen) hire(p *pool, need hearth.Date, backdate, teamIndex int) *worker {
	spec := pools[p.kind]
	var t *team
	switch {
	case teamIndex >= 0:
		for len(p.teams) <= teamIndex {
			wf.newTeam(p)
		}
		t = p.teams[teamIndex]
	case len(p.teams) > 0:
		t = p.teams[len(p.teams)-1]
	default:
		t = wf.newTeam(p)
	}
	t.members++
	w := &worker{pool: p.kind, team: t, agency: chance(wf.r, agencyHireShare), cap: spec.cap}
	mean := permanentMeanYrs
	if w.agency {
		mean = agencyMeanYears
	}
	w.start = need.AddDays(-backdate)
	if first := hearth.NewDate(2010, time.January, 4); w.start.Before(first) {
		w.start = first
	}
	end := w.start.AddDays(60 + expDays(wf.r, mean*365))
	if !end.After(need.AddDays(30)) {
		end = need.AddDays(30 + wf.r.IntN(300))
	}
	if end.After(wf.g.ref) {
		end = hearth.Date{}
	}
	w.end = end
	w.load = make([]int16, wf.weeks)
	wf.emitWorker(w, spec.titles.pick(wf.r), spec.role, spec.sw)
	p.workers = append(p.workers, w)
	idx := int32(len(p.workers) - 1)
	last := wf.month(wf.g.ref)
	if !w.end.IsZero() {
		last = wf.month(w.end)
	}
	for m := wf.month(w.start); m <= last; m++ {
		for len(p.byMonth) <= m {
			p.byMonth = append(p.byMonth, nil)
		}
		p.byMonth[m] = append(p.byMonth[m], idx)
	}
	return w
}

// peak returns the most children the worker holds in any week from from to to.
func (wf *workforceGen) peak(w *worker, from, to hearth.Date) int {
	a, b := wf.week(from), wf.week(to)
	m := int16(0)
	for _, l := range w.load[a : b+1] {
		m = max(m, l)
	}
	return int(m)
}

// take adds a piece of work from from to to (inclusive weeks) to the worker's load.
func (wf *workforceGen) take(w *worker, from, to hearth.Date) {
	a, b := wf.week(from), wf.week(to)
	if wf.demandOnly {
		d := wf.demand[w.pool]
		if d == nil {
			d = make([]float64, wf.weeks)
			wf.demand[w.pool] = d
		}
		for i := a; i <= b; i++ {
			d[i]++
		}
		return
	}
	for i := a; i <= b; i++ {
		w.load[i]++
	}
}

// staff hires the workforce to the demand counted by the first pass (scaled by scale, the inverse of the
// share of households it ran): week by week, each pool has enough workers employed for its children at
// about targetShare of the usual caseload, hiring when it has too few and losing workers as their tenure
// ends.
func (wf *workforceGen) staff(demand [nPools][]float64, scale float64) {
	for k := range nPools {
		d := demand[k]
		if d == nil {
			continue
		}
		p := wf.pools[k]
		target := float64(pools[k].cap) * targetShare
		var active []*worker
		for week := range wf.weeks {
			day := wf.base.AddDays(7 * week)
			if day.After(wf.g.ref) {
				break
			}
			kept := active[:0]
			for _, w := range active {
				if w.employed(day) {
					kept = append(kept, w)
				}
			}
			active = kept
			// Demand is smoothed over a quarter so that a busy week does not hire a worker for years.
			sum, n := 0.0, 0
			for i := max(0, week-6); i <= min(wf.weeks-1, week+6); i++ {
				sum += d[i]
				n++
			}
			need := int(sum/float64(n)*scale/target + 0.5)
			if need == 0 && d[week] > 0 {
				need = 1
			}
			for len(active) < need {
				backdate := 0
				if week < 4 {
					backdate = wf.r.IntN(1500) // the first workers were there before the history began
				}
				active = append(active, wf.hire(p, day, backdate, len(active)/workersPerTeam))
			}
		}
	}
}

// targetShare is the share of the usual caseload that the workforce is hired for, so that most workers
// hold between 15 and 25 children.
const targetShare = 0.92

// pick returns the worker of pool p to take work from from to to (to zero: still open at the reference
// date): the least loaded of a few workers employed on the first day, or a new worker when none of them
// has room even above the usual caseload.
func (wf *workforceGen) pick(k poolKind, from, to hearth.Date) *worker {
	if wf.demandOnly {
		return wf.standIn(k)
	}
	p := wf.pools[k]
	if to.IsZero() || to.After(wf.g.ref) {
		to = wf.g.ref
	}
	var best *worker
	bestLoad := 0.0
	if m := wf.month(from); m < len(p.byMonth) && len(p.byMonth[m]) > 0 {
		list := p.byMonth[m]
		for range 4 {
			w := p.workers[list[wf.r.IntN(len(list))]]
			if !w.employed(from) {
				continue
			}
			// A manager allocates by the caseload the worker holds now and in the weeks ahead.
			end := from.AddDays(horizonDays)
			if end.After(to) {
				end = to
			}
			if !w.end.IsZero() && w.end.Before(end) {
				end = w.end
			}
			load := float64(wf.peak(w, from, end)) / float64(w.cap)
			if best == nil || load < bestLoad {
				best, bestLoad = w, load
			}
		}
	}
	if best == nil || bestLoad >= overloadShare {
		best = wf.hire(p, from, wf.r.IntN(400), -1)
	}
	return best
}

// overloadShare is the share of a worker's usual caseload above which a new worker is hired at once,
// for demand the first pass did not foresee.
const overloadShare = 1.3

// standIn returns the stand-in worker of pool k in the first pass.
func (wf *workforceGen) standIn(k poolKind) *worker {
	if wf.stand[k] == nil {
		t := &team{manager: &worker{}}
		t.manager.team = t
		wf.stand[k] = &worker{pool: k, team: t, start: hearth.NewDate(2000, time.January, 3), cap: 1}
	}
	return wf.stand[k]
}

// any returns a worker of pool p employed on day d, without counting any load: the front door's duty
// workers and managers who decide contacts.
func (wf *workforceGen) frontDoor(d hearth.Date) *worker {
	w := wf.pick(poolFrontDoor, d, d)
	wf.take(w, d, d)
	return w
}

// segment is a worker holding a child in a role over a period.
type segment struct {
	w        *worker
	from, to hearth.Date // to zero: still held at the reference date
}

// at returns the worker who held the child on day d, from the segments of one allocation chain.
func at(segs []segment, d hearth.Date) *worker {
	for i := len(segs) - 1; i >= 0; i-- {
		if !d.Before(segs[i].from) {
			return segs[i].w
		}
	}
	if len(segs) > 0 {
		return segs[0].w
	}
	return nil
}
