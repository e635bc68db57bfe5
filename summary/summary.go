// Package summary works out what the identity bar and the top of a child's record page show: who the child
// is, their legal status, whether they are in need, on a child protection plan, looked after or a care
// leaver, who holds them, what to be careful of, their family, and the dates that matter. A worker opening
// a record under pressure needs these at a glance, and each must be true of the record as it stands, so
// they are derived from the record every time rather than typed into a "front sheet" that falls behind.
//
// It is pure Go over a store.ChildRecord (read and audited by store.DB.LoadChild), the names of the
// workers and teams it refers to (store.DB.NamesFor) and the child's family (store.DB.Family). It holds no
// SQL.
package summary

import (
	"slices"
	"strings"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/duty"
	"hearth/exploitation"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// Summary is the child's record at a glance on one date.
type Summary struct {
	On        hearth.Date
	PersonID  hearth.ID
	Name      string
	Forename  string
	Surname   string
	BirthDate hearth.Date
	// Age is in whole years on the date; Unborn is true for a child not yet born (ExpectedBirthDate).
	Age               int
	Unborn            bool
	ExpectedBirthDate hearth.Date
	Gender            string
	Ethnicity         string
	LAChildID         hearth.LAChildID
	NHSNumber         hearth.NHSNumber
	UPN               hearth.UPN

	// Statuses are the child's current involvements with the service, most serious first, as badges:
	// "Looked after", "Child protection plan", "Child in need", "Care leaver", "Early help".
	Statuses []string
	// LegalStatus is the SSDA903 legal status of a looked-after child, nil otherwise.
	LegalStatus *Code
	InNeed      *InNeed
	CPPlan      *CPPlan
	LookedAfter *LookedAfter
	CareLeaver  *CareLeaver
	// Allocations are the workers who hold the child on the date, social worker or personal adviser first.
	Allocations []Allocation
	Warnings    []Warning
	Family      []store.FamilyMember
	KeyDates    []KeyDate
}

// Code is a DfE or local code with what it means.
type Code struct {
	Code    string
	Meaning string
}

// InNeed is the open child in need episode (the referral and what followed it).
type InNeed struct {
	ReferralDate hearth.Date
	PrimaryNeed  Code
	CINPlanStart hearth.Date // zero when there is no child in need plan
	Team         string
}

// CPPlan is the child protection plan in force.
type CPPlan struct {
	Start      hearth.Date
	Categories []Code // the categories of abuse now (the latest conference's, or the plan's latest category)
	// NextReview is when the next review conference is due, as the duty engine says (three months after
	// the initial conference, then every six months, on a working day); zero when the record cannot say.
	NextReview hearth.Date
}

// LookedAfter is the current episode of care.
type LookedAfter struct {
	PeriodStart    hearth.Date // when the child started to be looked after, this time
	LegalStatus    Code
	Placement      Code
	PlacementStart hearth.Date // when the current placement began
	Provider       string
	// NextReview is when the next looked-after review is due: 20 working days after the period began,
	// then three months after the first review, then every six months.
	NextReview hearth.Date
}

// CareLeaver is the young person's leaving care category and what was last known of them.
type CareLeaver struct {
	Category      Code
	Since         hearth.Date
	InTouch       Code // the latest recorded, with its date in StatusDate
	Activity      Code
	Accommodation Code
	StatusDate    hearth.Date
	LastContact   hearth.Date // the latest contact with their personal adviser
}

// Allocation is a worker holding the child.
type Allocation struct {
	Role     string // workforce role code
	RoleName string
	WorkerID hearth.ID
	Worker   string
	TeamID   hearth.ID
	Team     string
	Since    hearth.Date
}

// Warning is something a person opening the record must see before anything else.
type Warning struct {
	Code string // restricted, deceased, uasc, missing, cp_plan, disabled, exploitation, liberty, unallocated, not_in_touch
	Text string
}

// KeyDate is a date that matters in the child's story, with what it is.
type KeyDate struct {
	Label string
	Date  hearth.Date
	// Due is true for a date that has not come yet (a review due), false for one that has happened.
	Due bool
}

// Of summarises the record on the date, with the duties' default timescales. names and family may be nil.
func Of(rec *store.ChildRecord, names *store.Names, family []store.FamilyMember, on hearth.Date) Summary {
	return OfWith(rec, names, family, on, duty.Defaults())
}

// OfWith summarises the record on the date with the organisation's settings of the duties, which give
// the dates things are due.
func OfWith(rec *store.ChildRecord, names *store.Names, family []store.FamilyMember, on hearth.Date, duties duty.Settings) Summary {
	p := rec.Person
	s := Summary{On: on, PersonID: p.ID, Forename: p.Forename, Surname: p.Surname,
		Name: strings.TrimSpace(p.Forename + " " + p.Surname), BirthDate: p.BirthDate, ExpectedBirthDate: p.ExpectedBirthDate,
		Gender: p.Gender, Ethnicity: p.Ethnicity, LAChildID: p.LAChildID, NHSNumber: p.NHSNumber, UPN: p.UPN, Family: family}
	if p.BirthDate.IsZero() || on.Before(p.BirthDate) {
		s.Unborn = !p.ExpectedBirthDate.IsZero() || !p.BirthDate.IsZero()
	} else {
		s.Age = p.BirthDate.AgeOn(on)
	}

	s.lookedAfter(rec, on)
	s.cpPlan(rec, on, duties)
	s.inNeed(rec, names, on)
	s.careLeaver(rec, on)
	if earlyHelp(rec, on) {
		s.Statuses = append(s.Statuses, "Early help")
	}
	s.allocations(rec, names, on)
	s.warnings(rec, on)
	s.keyDates(rec, on)
	return s
}

// standing returns the rows that stand: rows recorded in error count for nothing here.
func standing[T any](rec *store.ChildRecord, status func(T) hearth.RecordStatus) []T {
	var out []T
	for _, r := range store.Rows[T](rec) {
		if status(r) != hearth.StatusRecordedInError {
			out = append(out, r)
		}
	}
	return out
}

// open reports whether a period from start to end (zero while open) covers on.
func open(start, end, on hearth.Date) bool {
	return !start.IsZero() && !start.After(on) && (end.IsZero() || !end.Before(on))
}

func code(list frontdoor.CodeList, c string) Code { return Code{Code: c, Meaning: list.Description(c)} }

func (s *Summary) lookedAfter(rec *store.ChildRecord, on hearth.Date) {
	eps := standing(rec, func(r care.Episode) hearth.RecordStatus { return r.Status })
	var cur *care.Episode
	for i := range eps {
		e := &eps[i]
		// An episode ending on the date still covers it unless a new one began that day.
		if !e.StartDate.After(on) && (e.EndDate.IsZero() || e.EndDate.After(on)) {
			if cur == nil || e.StartDate.After(cur.StartDate) {
				cur = e
			}
		}
	}
	if cur == nil {
		return
	}
	la := &LookedAfter{PeriodStart: cur.PeriodStart, LegalStatus: code(care.LegalStatuses, cur.LegalStatus),
		Placement: code(care.PlacementTypes, cur.PlacementType), Provider: cur.ProviderName, PlacementStart: cur.StartDate}
	// The placement began at the earliest episode of the period, in an unbroken run of episodes with the
	// same placement (a change of legal status alone starts an episode but not a placement).
	for changed := true; changed; {
		changed = false
		for _, e := range eps {
			if e.PeriodStart == cur.PeriodStart && e.EndDate == la.PlacementStart && e.PlacementType == cur.PlacementType &&
				(cur.ReasonNewEpisode == "L") && e.StartDate.Before(la.PlacementStart) {
				la.PlacementStart, cur, changed = e.StartDate, &e, true
				break
			}
		}
	}
	la.NextReview = nextCLAReview(rec, la.PeriodStart, on)
	s.LookedAfter = la
	s.LegalStatus = &la.LegalStatus
	s.Statuses = append(s.Statuses, "Looked after")
}

// nextCLAReview returns when the next looked-after review is due after the reviews held since the period
// of care began (Care Planning, Placement and Case Review Regulations 2010, regulation 33).
func nextCLAReview(rec *store.ChildRecord, periodStart, on hearth.Date) hearth.Date {
	var held []hearth.Date
	for _, r := range standing(rec, func(r care.Review) hearth.RecordStatus { return r.Status }) {
		if !r.Date.Before(periodStart) && !r.Date.After(on) {
			held = append(held, r.Date)
		}
	}
	slices.SortFunc(held, func(a, b hearth.Date) int { return a.DaysSince(b) })
	switch len(held) {
	case 0:
		t, err := calendar.England().AddWorkingDays(periodStart.Time(), 20)
		if err != nil {
			return hearth.Date{}
		}
		return hearth.DateOf(t)
	case 1:
		return held[0].AddMonths(3)
	}
	return held[len(held)-1].AddMonths(6)
}

// nextCPReview returns when the plan's next review conference is due, from the duty engine, which alone
// defines the timescales (3 months after the initial conference, then every 6 months): the due date of
// the plan's open review item, or zero when there is none (or its date cannot be known).
func nextCPReview(rec *store.ChildRecord, planID hearth.ID, on hearth.Date, duties duty.Settings) hearth.Date {
	items, _ := duty.Derive(rec, on, duties, calendar.England())
	for _, it := range items {
		if it.PlanID == planID && it.State.Open() && (it.Duty == duty.FirstReviewConference || it.Duty == duty.ReviewConference) {
			return it.Due
		}
	}
	return hearth.Date{}
}

func (s *Summary) cpPlan(rec *store.ChildRecord, on hearth.Date, duties duty.Settings) {
	var cur *protection.CPPlan
	for _, p := range standing(rec, func(r protection.CPPlan) hearth.RecordStatus { return r.Status }) {
		if !p.OtherLA && open(p.StartDate, p.EndDate, on) && (cur == nil || p.StartDate.After(cur.StartDate)) {
			cur = &p
		}
	}
	if cur == nil {
		return
	}
	plan := &CPPlan{Start: cur.StartDate}
	var last *protection.Conference
	for _, c := range standing(rec, func(r protection.Conference) hearth.RecordStatus { return r.Status }) {
		if c.CPPlanID == cur.ID && !c.ConferenceDate.After(on) && (last == nil || !c.ConferenceDate.Before(last.ConferenceDate)) {
			last = &c
		}
	}
	cats := hearth.Codes{cur.LatestCategory}
	if last != nil && len(last.Categories) > 0 {
		cats = last.Categories
	}
	for _, c := range cats {
		plan.Categories = append(plan.Categories, code(protection.CategoriesOfAbuse, c))
	}
	plan.NextReview = nextCPReview(rec, cur.ID, on, duties)
	s.CPPlan = plan
	s.Statuses = append(s.Statuses, "Child protection plan")
}

func (s *Summary) inNeed(rec *store.ChildRecord, names *store.Names, on hearth.Date) {
	var cur *frontdoor.CINEpisode
	for _, e := range standing(rec, func(r frontdoor.CINEpisode) hearth.RecordStatus { return r.Status }) {
		if open(e.ReferralDate, e.ClosureDate, on) && (cur == nil || e.ReferralDate.After(cur.ReferralDate)) {
			cur = &e
		}
	}
	if cur == nil {
		return
	}
	n := &InNeed{ReferralDate: cur.ReferralDate, PrimaryNeed: code(frontdoor.PrimaryNeeds, cur.PrimaryNeed), Team: names.Team(cur.TeamID)}
	for _, p := range standing(rec, func(r protection.CINPlan) hearth.RecordStatus { return r.Status }) {
		if p.CINEpisodeID == cur.ID && open(p.StartDate, p.EndDate, on) {
			n.CINPlanStart = p.StartDate
		}
	}
	s.InNeed = n
	if s.LookedAfter == nil && s.CPPlan == nil {
		s.Statuses = append(s.Statuses, "Child in need")
	}
}

func (s *Summary) careLeaver(rec *store.ChildRecord, on hearth.Date) {
	var cur *leaving.CareLeaver
	for _, c := range standing(rec, func(r leaving.CareLeaver) hearth.RecordStatus { return r.Status }) {
		if open(c.StartDate, c.EndDate, on) && (cur == nil || c.StartDate.After(cur.StartDate)) {
			cur = &c
		}
	}
	if cur == nil {
		return
	}
	cl := &CareLeaver{Category: code(leaving.EligibilityCategories, cur.Category), Since: cur.StartDate}
	for _, st := range standing(rec, func(r leaving.Status) hearth.RecordStatus { return r.Status }) {
		if !st.Date.After(on) && !st.Date.Before(cl.StatusDate) {
			cl.StatusDate, cl.InTouch = st.Date, code(leaving.InTouchCodes, st.InTouch)
			cl.Activity, cl.Accommodation = code(leaving.Activities, st.Activity), code(leaving.Accommodations, st.Accommodation)
		}
	}
	for _, c := range standing(rec, func(r leaving.Contact) hearth.RecordStatus { return r.Status }) {
		if d := hearth.DateOf(c.At.UTC()); !d.After(on) && d.After(cl.LastContact) {
			cl.LastContact = d
		}
	}
	s.CareLeaver = cl
	s.Statuses = append(s.Statuses, "Care leaver")
}

func earlyHelp(rec *store.ChildRecord, on hearth.Date) bool {
	for _, e := range standing(rec, func(r frontdoor.EarlyHelpEpisode) hearth.RecordStatus { return r.Status }) {
		if open(e.StartDate, e.EndDate, on) {
			return true
		}
	}
	return false
}

// roleOrder puts the worker who holds the child first.
func roleOrder(role string) int {
	switch role {
	case workforce.RoleSocialWorker, workforce.RolePersonalAdviser:
		return 0
	case workforce.RoleReviewingOfficer, workforce.RoleConferenceChair:
		return 1
	}
	return 2
}

func (s *Summary) allocations(rec *store.ChildRecord, names *store.Names, on hearth.Date) {
	for _, a := range standing(rec, func(r workforce.Allocation) hearth.RecordStatus { return r.Status }) {
		if open(a.StartDate, a.EndDate, on) {
			s.Allocations = append(s.Allocations, Allocation{Role: a.Role, RoleName: workforce.AllocationRoles.Description(a.Role),
				WorkerID: a.WorkerID, Worker: names.Worker(a.WorkerID), TeamID: a.TeamID, Team: names.Team(a.TeamID), Since: a.StartDate})
		}
	}
	slices.SortStableFunc(s.Allocations, func(a, b Allocation) int { return roleOrder(a.Role) - roleOrder(b.Role) })
}

// held reports whether a social worker or personal adviser holds the child.
func (s *Summary) held() bool {
	return len(s.Allocations) > 0 && roleOrder(s.Allocations[0].Role) == 0
}

func (s *Summary) warnings(rec *store.ChildRecord, on hearth.Date) {
	p := rec.Person
	add := func(code, text string) { s.Warnings = append(s.Warnings, Warning{Code: code, Text: text}) }
	if p.Restricted {
		add("restricted", "Restricted record: open only to named people")
	}
	if !p.DeathDate.IsZero() && !p.DeathDate.After(on) {
		add("deceased", "Died on "+p.DeathDate.UK())
	}
	for _, m := range standing(rec, func(r exploitation.MissingEpisode) hearth.RecordStatus { return r.Status }) {
		start := hearth.DateOf(m.StartTime.UTC())
		if !start.After(on) && (m.EndTime.IsZero() || hearth.DateOf(m.EndTime.UTC()).After(on)) {
			what := "Missing"
			if m.Kind == "A" {
				what = "Away from placement without authorisation"
			}
			add("missing", what+" since "+m.StartTime.UTC().Format("15:04 on 2 January 2006"))
		}
	}
	if s.CPPlan != nil {
		var cats []string
		for _, c := range s.CPPlan.Categories {
			cats = append(cats, strings.ToLower(c.Meaning))
		}
		add("cp_plan", "Subject to a child protection plan ("+strings.Join(cats, ", ")+") since "+s.CPPlan.Start.UK())
	}
	for _, u := range standing(rec, func(r care.UASC) hearth.RecordStatus { return r.Status }) {
		if open(u.StartDate, u.CeasedDate, on) {
			add("uasc", "Unaccompanied asylum-seeking child")
			break
		}
	}
	if slices.ContainsFunc(p.Disabilities, func(c string) bool { return c != "NONE" }) {
		add("disabled", "Disabled: "+strings.Join(p.Disabilities, ", "))
	}
	latest := map[string]exploitation.ExploitationRisk{}
	for _, r := range standing(rec, func(r exploitation.ExploitationRisk) hearth.RecordStatus { return r.Status }) {
		if !r.Date.After(on) && !r.Date.Before(latest[r.Kind].Date) {
			latest[r.Kind] = r
		}
	}
	var kinds []string
	for k, r := range latest {
		if r.Level == "high" {
			kinds = append(kinds, strings.ToLower(exploitation.ExploitationKinds.Description(k)))
		}
	}
	if len(kinds) > 0 {
		slices.Sort(kinds)
		add("exploitation", "High risk of exploitation: "+strings.Join(kinds, ", "))
	}
	for _, d := range standing(rec, func(r care.DeprivationOfLiberty) hearth.RecordStatus { return r.Status }) {
		if open(d.StartDate, d.EndDate, on) {
			add("liberty", "Deprived of liberty by court order since "+d.StartDate.UK())
			break
		}
	}
	if s.CareLeaver != nil && s.CareLeaver.InTouch.Code != "" && s.CareLeaver.InTouch.Code != "YES" {
		add("not_in_touch", "Care leaver not in touch: "+s.CareLeaver.InTouch.Meaning)
	}
	if (s.InNeed != nil || s.CPPlan != nil || s.LookedAfter != nil || s.CareLeaver != nil) && !s.held() {
		add("unallocated", "No allocated social worker or personal adviser")
	}
}

func (s *Summary) keyDates(rec *store.ChildRecord, on hearth.Date) {
	add := func(label string, d hearth.Date) {
		if !d.IsZero() && !d.After(on) {
			s.KeyDates = append(s.KeyDates, KeyDate{Label: label, Date: d})
		}
	}
	latest := func(dates ...hearth.Date) hearth.Date {
		var best hearth.Date
		for _, d := range dates {
			if !d.After(on) && d.After(best) {
				best = d
			}
		}
		return best
	}
	var d []hearth.Date
	for _, r := range standing(rec, func(r frontdoor.CINEpisode) hearth.RecordStatus { return r.Status }) {
		d = append(d, r.ReferralDate)
	}
	add("Latest referral", latest(d...))
	d = d[:0]
	var authorised []hearth.Date
	for _, r := range standing(rec, func(r protection.Assessment) hearth.RecordStatus { return r.Status }) {
		d, authorised = append(d, r.StartDate), append(authorised, r.AuthorisationDate)
	}
	add("Latest assessment started", latest(d...))
	add("Latest assessment authorised", latest(authorised...))
	d = d[:0]
	for _, r := range standing(rec, func(r protection.S47Enquiry) hearth.RecordStatus { return r.Status }) {
		d = append(d, r.StartDate)
	}
	add("Latest section 47 enquiry", latest(d...))
	d = d[:0]
	for _, r := range standing(rec, func(r protection.Conference) hearth.RecordStatus { return r.Status }) {
		if r.Kind == protection.ConferenceInitial {
			d = append(d, r.ConferenceDate)
		}
	}
	add("Latest initial child protection conference", latest(d...))
	if s.CPPlan != nil {
		add("Child protection plan started", s.CPPlan.Start)
	}
	if s.InNeed != nil {
		add("Child in need plan started", s.InNeed.CINPlanStart)
	}
	if s.LookedAfter != nil {
		add("Started to be looked after", s.LookedAfter.PeriodStart)
		add("Current placement began", s.LookedAfter.PlacementStart)
	}
	d = d[:0]
	for _, r := range standing(rec, func(r protection.Visit) hearth.RecordStatus { return r.Status }) {
		d = append(d, r.VisitDate)
	}
	add("Last visit", latest(d...))
	due := func(label string, d hearth.Date) {
		if !d.IsZero() {
			s.KeyDates = append(s.KeyDates, KeyDate{Label: label, Date: d, Due: true})
		}
	}
	if s.CPPlan != nil {
		due("Next child protection review conference due", s.CPPlan.NextReview)
	}
	if s.LookedAfter != nil {
		due("Next looked-after review due", s.LookedAfter.NextReview)
	}
	slices.SortStableFunc(s.KeyDates, func(a, b KeyDate) int { return a.Date.DaysSince(b.Date) })
}
