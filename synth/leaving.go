package synth

// Leaving care: for a young person whose period of care made them an eligible child (looked after for 13
// weeks since their 14th birthday, some of it after their 16th), their leaving care categories, needs
// assessment, pathway plan and its reviews, contacts with their personal adviser and what was known of them
// around each birthday from 17 to 21 (the SSDA903 OC3 items). The figures are listed with the others at the
// top of care.go.

import (
	"time"

	"hearth"
	"hearth/care"
	"hearth/leaving"
	"hearth/protection"
)

// Activity and accommodation of care leavers the authority is in touch with (CLA 2024, care leavers,
// approximate; see the notes in care.go). Accommodation is the type letter; suitability is added after.
var (
	leavingActivity17 = newDist([]weighted{{"F2", 42}, {"P2", 5}, {"F4", 3}, {"P4", 1}, {"F5", 6}, {"P5", 4},
		{"G4", 5}, {"G5", 30}, {"G6", 4}})
	leavingActivity18 = newDist([]weighted{{"F1", 3}, {"F2", 40}, {"P2", 5}, {"F4", 3}, {"P4", 1}, {"F5", 8},
		{"P5", 4}, {"G4", 5}, {"G5", 27}, {"G6", 4}})
	leavingActivity19 = newDist([]weighted{{"F1", 8}, {"P1", 1}, {"F2", 15}, {"P2", 3}, {"F4", 4}, {"P4", 1},
		{"F5", 23}, {"P5", 8}, {"G4", 8}, {"G5", 21}, {"G6", 6}})
	leavingAccom17 = newDist([]weighted{{"D", 56}, {"B", 15}, {"E", 8}, {"U", 5}, {"C", 6}, {"K", 2}, {"X", 3},
		{"Y", 3}, {"S", 1}, {"V", 1}})
	leavingAccom18 = newDist([]weighted{{"Z", 15}, {"D", 34}, {"U", 15}, {"B", 10}, {"E", 7}, {"T", 3}, {"C", 3},
		{"K", 2}, {"X", 3}, {"Y", 6}, {"S", 1}, {"V", 0.5}, {"W", 0.4}})
	leavingAccom19 = newDist([]weighted{{"U", 44}, {"D", 16}, {"B", 12}, {"Z", 6}, {"E", 4}, {"T", 2}, {"C", 1},
		{"K", 3}, {"X", 3}, {"Y", 7}, {"S", 1}, {"V", 0.5}, {"W", 0.4}, {"G", 0.5}})
	leavingInTouch = newDist([]weighted{{"YES", 95.5}, {"NO", 2}, {"REFU", 1.5}, {"NREQ", 1}})
	leavingMethods = newDist([]weighted{{"face_to_face", 55}, {"phone", 25}, {"video", 5}, {"text", 12}, {"email", 3}})
)

var (
	leavingPlaces    = []string{"Young person's home", "Leaving care office", "Cafe in the town centre", "College"}
	leavingSummaries = []string{
		"Talked about college and money; helped with a bursary form.",
		"Checked in about the flat and bills; no concerns.",
		"Discussed the pathway plan review and what the young person wants from it.",
		"Young person worried about their tenancy; agreed to contact housing together.",
		"Caught up on health: GP registration done, dentist appointment booked.",
		"Talked about work experience and a CV.",
	}
	leavingActions = [...]struct{ action, who, measure string }{
		{"Open a bank account and apply for a provisional driving licence", "Personal adviser and young person", "Bank account open and ID held by the young person"},
		{"Register with a GP and a dentist near the new address", "Young person, supported by the personal adviser", "Registered, with the health history given to the young person"},
		{"Apply for a college course or apprenticeship", "Young person and personal adviser", "Place offered and started"},
		{"Complete the independent living skills programme", "Young person", "Programme completed: budgeting, cooking, tenancy"},
		{"Apply for housing with care leaver priority", "Personal adviser", "Tenancy offered in the area the young person chose"},
	}
	leavingWords = []string{
		"I want to go to college to do mechanics and get my own flat near my friends.",
		"I want to stay with my carers until I finish college, then get a place of my own.",
		"I want to work and save money, and I want help with my driving lessons.",
		"I want to learn English well and study to be a nurse.",
		"I want to live near my sister and have a job in a kitchen.",
	}
)

// leavingBirthday is what is known of a care leaver around one birthday.
type leavingBirthday struct {
	day     hearth.Date
	inTouch string
}

// leaving makes the leaving care record of the period of care and returns the day the young person became
// an eligible child (or zero when this period did not make them one, or not by the reference date).
func (g *careGen) leaving() hearth.Date {
	r := g.r
	// Eligible from the day they are 16 and have been looked after 13 weeks (91 days) since 14.
	from := careMax(g.b16, careMax(g.start, g.b14).AddDays(91))
	if !from.Before(g.end) || !from.Before(g.b18) || from.After(g.ref) {
		return hearth.Date{}
	}
	periods := [1]care.Period{{Start: g.start, End: g.end, ReasonCeased: g.rec}}
	id := g.in.PersonID
	ourLeaver := g.rec != "E2" && g.rec != "E3" && g.rec != "E15" && !care.AdoptedReasons[g.rec] &&
		!care.SpecialGuardianshipReasons[g.rec]
	b21, b25 := careBirthday(g.birth, 21), careBirthday(g.birth, 25)
	// How long the young person is supported: to 21 (or until they go home for good, no longer want it, or
	// die), never after the reference date.
	until := careMin(b21, g.ref)
	if !ourLeaver {
		until = careMin(g.end.AddDays(-1), g.ref)
	}
	wentHome := ourLeaver && g.end.Before(g.b18) && (g.rec == "E4A" || g.rec == "E4B" || g.rec == "E13") && chance(r, 0.2)
	homeFor6 := g.end.AddMonths(6)
	if wentHome {
		until = careMin(until, homeFor6)
	}

	// Categories: eligible while looked after, relevant after leaving care before 18, former relevant from 18.
	g.careLeaverRow(leaving.Eligible, from, g.end, periods[:])
	if ourLeaver {
		if g.end.Before(g.b18) {
			relEnd := g.b18
			if wentHome {
				relEnd = homeFor6
			}
			g.careLeaverRow(leaving.Relevant, g.end, relEnd, periods[:])
		}
		if !wentHome {
			g.careLeaverRow(leaving.FormerRelevant, g.b18, b25, periods[:])
		}
	}

	// What is known around each birthday from 17 to 21 at which they are not looked after.
	var bdays [5]leavingBirthday
	nb := 0
	stopped := "" // NREQ or DIED once it happens
	stopAt := until.AddDays(1)
	for age := 17; age <= 21 && ourLeaver; age++ {
		day := careBirthday(g.birth, age)
		if day.After(g.ref) || day.Before(g.end) {
			continue // not yet, or still looked after (SSDA903 rule 1007)
		}
		if stopped == "DIED" {
			break
		}
		in := stopped
		switch {
		case in != "":
		case wentHome && !day.Before(homeFor6):
			in = "RHOM"
		default:
			in = leavingInTouch.pick(r)
			if in == "NREQ" && age < 19 {
				in = "YES"
			}
			if age >= 19 && chance(r, 0.002) {
				in = "DIED"
			}
			if in == "NREQ" || in == "DIED" {
				stopped = in
				if w := day.AddMonths(-3); w.Before(stopAt) {
					stopAt = careMax(w, from)
				}
			}
		}
		bdays[nb] = leavingBirthday{day, in}
		nb++
	}
	if stopAt.Before(until) {
		until = stopAt
	}

	// Contacts with the personal adviser, about every six weeks, with gaps; none in the window around a
	// birthday at which the young person was not in touch.
	contacts := make([]leaving.Contact, 0, until.DaysSince(from)/35+4)
	for d := from.AddDays(between(r, 1, 14)); !d.After(until); {
		quiet := false
		for _, b := range bdays[:nb] {
			if (b.inTouch == "NO" || b.inTouch == "REFU") && !d.Before(b.day.AddMonths(-3)) && !d.After(b.day.AddMonths(1)) {
				quiet = true
			}
		}
		if !quiet {
			contacts = append(contacts, g.contact(d))
		}
		switch x := r.IntN(100); {
		case x < 70:
			d = d.AddDays(between(r, 10, 42))
		case x < 92:
			d = d.AddDays(between(r, 43, 70))
		default:
			d = d.AddDays(between(r, 71, 150))
		}
	}
	// A young person in touch around a birthday had a contact in its window: make one where the gaps left
	// none.
	for _, b := range bdays[:nb] {
		if b.inTouch != "YES" {
			continue
		}
		lo, hi := leaving.OC3Window(b.day)
		hi = careMin(hi, g.ref)
		if leavingContactIn(contacts, lo, hi) < 0 {
			d := careMax(b.day.AddDays(-between(r, 0, 20)), careMax(lo, from))
			if d.After(hi) {
				continue
			}
			c := g.contact(d)
			c.Method = "phone"
			k := 0
			for k < len(contacts) && contacts[k].At.Before(c.At) {
				k++
			}
			contacts = append(contacts, leaving.Contact{})
			copy(contacts[k+1:], contacts[k:])
			contacts[k] = c
		}
	}
	for k := range contacts {
		contacts[k].Record = g.record("leaving_contacts", hearth.DateOf(contacts[k].At))
		g.rows = append(g.rows, &contacts[k])
	}

	// The status row of each birthday.
	for _, b := range bdays[:nb] {
		lo, hi := leaving.OC3Window(b.day)
		hi = careMin(hi, g.ref)
		s := &leaving.Status{PersonID: id, InTouch: b.inTouch, Activity: "0", Accommodation: "0"}
		switch b.inTouch {
		case "YES":
			k := leavingContactIn(contacts, lo, hi)
			if k < 0 {
				continue
			}
			s.Date, s.ContactID = hearth.DateOf(contacts[k].At), contacts[k].ID
			s.Activity, s.Accommodation = g.leavingActivity(b.day), g.leavingAccommodation(b.day)
		default:
			s.Date = careMin(b.day.AddDays(between(r, 0, 25)), hi)
			if s.Date.Before(lo) {
				s.Date = lo
			}
		}
		s.Record = g.record("care_leaver_status", s.Date)
		g.rows = append(g.rows, s)
	}

	g.pathwayPlan(from, until)
	return from
}

// careLeaverRow records the young person's leaving care category from start to end (left open when end is
// after the reference date), with the reason the eligibility rules give on its first day.
func (g *careGen) careLeaverRow(category string, start, end hearth.Date, periods []care.Period) {
	if start.After(g.ref) || !end.After(start) {
		return
	}
	reason := leaving.Eligibility(g.birth, periods, start).Reason
	row := &leaving.CareLeaver{PersonID: g.in.PersonID, Category: category, Reason: reason, StartDate: start, EndDate: end}
	if end.After(g.ref) {
		row.EndDate = hearth.Date{}
	}
	row.Record = g.record("care_leavers", g.latest(start, row.EndDate))
	g.rows = append(g.rows, row)
}

// contact returns a contact with the personal adviser on day d (its id is given when it is kept).
func (g *careGen) contact(d hearth.Date) leaving.Contact {
	r := g.r
	c := leaving.Contact{PersonID: g.in.PersonID, Method: leavingMethods.pick(r), WorkerID: g.pa,
		At:      d.Time().Add(time.Duration(9*60+r.IntN(9*60)) * time.Minute),
		Summary: leavingSummaries[r.IntN(len(leavingSummaries))]}
	if c.Method == "face_to_face" {
		c.Location = leavingPlaces[r.IntN(len(leavingPlaces))]
	}
	return c
}

// leavingContactIn returns the index of the latest contact dated from lo to hi, or -1.
func leavingContactIn(cs []leaving.Contact, lo, hi hearth.Date) int {
	k := -1
	for i, c := range cs {
		if d := hearth.DateOf(c.At); !d.Before(lo) && !d.After(hi) {
			k = i
		}
	}
	return k
}

// leavingActivity returns the main activity of a care leaver in touch around birthday day.
func (g *careGen) leavingActivity(day hearth.Date) string {
	switch g.birth.AgeOn(day) {
	case 17:
		return leavingActivity17.pick(g.r)
	case 18:
		return leavingActivity18.pick(g.r)
	}
	return leavingActivity19.pick(g.r)
}

// leavingAccommodation returns the accommodation code (type and suitability) of a care leaver in touch
// around birthday day. Nobody lives in a foyer before 18 (SSDA903 rule 347) or with former foster carers
// at 17 (3001); those who stayed put at 18 (E17) mostly still do.
func (g *careGen) leavingAccommodation(day hearth.Date) string {
	r := g.r
	age := g.birth.AgeOn(day)
	var t string
	switch {
	case age == 17:
		t = leavingAccom17.pick(r)
	case age == 18 && g.rec == "E17" && chance(r, 0.9):
		t = "Z"
	case age == 18:
		t = leavingAccom18.pick(r)
		if t == "Z" && !careFoster(g.pl[len(g.pl)-1].typ) {
			t = "D"
		}
	default:
		t = leavingAccom19.pick(r)
		if t == "Z" && (age > 20 || !careFoster(g.pl[len(g.pl)-1].typ)) {
			t = "U"
		}
	}
	suit := byte('1')
	switch t {
	case "S", "V", "W", "X":
		// Bed and breakfast (W) and custody (X) are never suitable: the DfE has no X1 (SSDA903 rule 133).
		suit = '2'
	default:
		if chance(r, 0.02) {
			suit = '2'
		}
	}
	return t + string(suit)
}

// pathwayPlan records the needs assessment, the pathway plan (plans kind pathway, with the young person's
// own words and actions) and its reviews, from the day the young person became eligible to until.
func (g *careGen) pathwayPlan(from, until hearth.Date) {
	r := g.r
	id := g.in.PersonID
	due := from.AddMonths(3) // within 3 months of the 16th birthday or of becoming eligible after it
	aStart := from.AddDays(between(r, 0, 21))
	if aStart.After(g.ref) {
		return
	}
	done := aStart.AddDays(between(r, 20, max(21, due.DaysSince(aStart)-5)))
	if !chance(r, 0.8) {
		done = due.AddDays(between(r, 1, 60))
	}
	na := &leaving.NeedsAssessment{PersonID: id, StartDate: aStart, CompletedDate: done, WorkerID: g.in.SocialWorker}
	if done.After(g.ref) {
		na.CompletedDate = hearth.Date{}
	}
	na.Record = g.record("leaving_needs_assessments", g.latest(aStart, na.CompletedDate))
	g.rows = append(g.rows, na)
	made := done.AddDays(between(r, 0, 10))
	if made.After(g.ref) {
		return
	}
	// The reviews, at most six months apart (mostly), until support ends.
	var reviews [12]hearth.Date
	n := 0
	for d := made; n < len(reviews); {
		if chance(r, 0.85) {
			d = d.AddDays(between(r, 120, 183))
		} else {
			d = d.AddDays(between(r, 184, 260))
		}
		if d.After(until) || d.After(g.ref) {
			break
		}
		reviews[n] = d
		n++
	}
	agreed := made
	if n > 0 {
		agreed = reviews[n-1]
	}
	plan := &protection.Plan{PersonID: id, Kind: protection.PlanPathway, AgreedDate: agreed,
		Summary:     "Support into adult life: education or work, money, a safe home, health and relationships, as the young person wants.",
		Contingency: "If the young person's accommodation ends or they lose touch, the personal adviser finds them at once and arranges supported accommodation; never bed and breakfast.",
		ChildWords:  leavingWords[r.IntN(len(leavingWords))]}
	plan.Record = g.record("plans", agreed)
	g.rows = append(g.rows, plan)
	k := r.IntN(len(leavingActions))
	for i := 0; i < 3; i++ {
		a := leavingActions[(k+i)%len(leavingActions)]
		dueA := made.AddDays(between(r, 60, 240))
		act := &protection.PlanAction{PersonID: id, PlanID: plan.ID, Action: a.action, Who: a.who,
			WorkerID: g.pa, DueDate: dueA, SuccessMeasure: a.measure, Status: protection.ActionInProgress}
		if !dueA.After(g.ref) {
			if chance(r, 0.7) {
				act.Status, act.CompletedDate = protection.ActionCompleted, careMin(dueA.AddDays(between(r, -30, 20)), g.ref)
				if act.CompletedDate.Before(made) {
					act.CompletedDate = made
				}
			} else {
				act.Status = protection.ActionNotCompleted
			}
		}
		act.Record = g.record("plan_actions", g.latest(made, act.CompletedDate))
		g.rows = append(g.rows, act)
	}
	pp := &leaving.PathwayPlan{PersonID: id, Date: made, PlanID: plan.ID, WorkerID: g.in.SocialWorker}
	pp.Record = g.record("pathway_plans", made)
	g.rows = append(g.rows, pp)
	for _, d := range reviews[:n] {
		reviewer := g.pa
		if d.Before(g.end) {
			reviewer = g.in.ReviewingOfficer // while looked after, the pathway plan is reviewed at the statutory review
		}
		g.rows = append(g.rows, &leaving.PathwayPlanReview{Record: g.record("pathway_plan_reviews", d), PersonID: id,
			PathwayPlanID: pp.ID, Date: d, ReviewerID: reviewer})
	}
}
