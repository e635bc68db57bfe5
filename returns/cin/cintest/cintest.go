// Package cintest makes valid synthetic CIN census returns of any size, for the validator's benchmarks
// and the command line's tests. Every return it makes breaks no error rule of its collection year, so a
// test can add one breach and see only that found, and a benchmark measures a realistic return rather
// than one full of findings.
//
// The children follow five journeys at rough national proportions: a referral with no further action
// (about a third), an assessment that closes the case (a quarter), an assessment and an open CIN plan, an
// assessment, section 47 enquiry, initial conference and child protection plan with reviews, and an
// unborn child being assessed. A tenth of the born children also had an earlier referral with no further
// action in the year.
package cintest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/returns/cin"
)

// Census returns a valid return of the collection year (2026 is 2025/26) with the given number of
// children, the same for the same seed.
func Census(year, children int, seed uint64) *cin.Census {
	g := &generator{
		r:     rand.New(rand.NewPCG(seed, uint64(year))),
		ref:   hearth.NewDate(year, time.March, 31),
		start: hearth.NewDate(year-1, time.April, 1),
	}
	c := &cin.Census{
		Header: cin.Header{
			Collection: "CIN", Year: fmt.Sprint(year), ReferenceDate: g.ref, LEA: "935",
			SoftwareCode: "Hearth", Release: "1", SerialNo: "001", DateTime: fmt.Sprintf("%d-04-20T09:00:00", year),
		},
		Children: make([]cin.Child, children),
	}
	for i := range c.Children {
		g.child(&c.Children[i], i)
	}
	// Every code of the Disability list is used by someone, so the return-level query about too few
	// codes (2887Q) is quiet on a return of any size.
	for i, code := range disabilityCodes {
		if i < len(c.Children) && !c.Children[i].PersonBirthDate.IsZero() {
			c.Children[i].Disabilities = []cin.Disability{{Code: code}, {Code: disabilityCodes[(i+1)%len(disabilityCodes)]}}
		}
	}
	c.Renumber()
	return c
}

var (
	disabilityCodes = []string{"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"}
	ethnicities     = []string{"WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"}
	sources         = []string{"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"}
	needs           = []string{"N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"}
	factors         = []string{"1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "22A", "23A", "24A"}
	categories      = []string{"NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"}
)

type generator struct {
	r          *rand.Rand
	ref, start hearth.Date
}

func (g *generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

// day returns a date n to n+spread days after d.
func (g *generator) day(d hearth.Date, n, spread int) hearth.Date {
	return d.AddDays(n + g.r.IntN(spread+1))
}

// weekday moves a date on a Saturday or Sunday to the Monday after.
func weekday(d hearth.Date) hearth.Date {
	switch d.Time().Weekday() {
	case time.Saturday:
		return d.AddDays(2)
	case time.Sunday:
		return d.AddDays(1)
	}
	return d
}

func (g *generator) child(c *cin.Child, i int) {
	c.LAchildID = fmt.Sprintf("C%07d", i)
	c.Ethnicity = g.pick(ethnicities)
	journey := g.r.IntN(100)
	if journey >= 98 {
		g.unborn(c)
		return
	}
	// Born between 17 years before the reference date and a month before the year began.
	span := g.start.AddDays(-30).DaysSince(g.ref.AddMonths(-17 * 12))
	c.PersonBirthDate = g.ref.AddMonths(-17 * 12).AddDays(g.r.IntN(span))
	c.Sex = []string{"M", "F"}[g.r.IntN(2)]
	// A child is of school age, and has a UPN, when born on or before 31 August four years before the
	// school year after the census begins.
	if !c.PersonBirthDate.After(g.ref.AddMonths(4).AddDays(31).AddMonths(-48)) {
		c.UPN = hearth.GenerateUPN(935, i/1000%10000, 10+i/10_000_000, i%1000).String()
	} else {
		c.UPNunknown = "UN1"
	}
	c.Disabilities = []cin.Disability{{Code: "NONE"}}
	if g.r.IntN(10) == 0 {
		c.Disabilities = []cin.Disability{{Code: g.pick(disabilityCodes)}}
	}
	// A tenth had an earlier referral in the year that went no further.
	latestStart := g.start
	if g.r.IntN(10) == 0 {
		e := g.nfa(g.start, 60)
		c.Episodes = append(c.Episodes, e)
		latestStart = e.CINreferralDate.AddDays(1)
	}
	switch {
	case journey < 35:
		c.Episodes = append(c.Episodes, g.nfa(latestStart, g.ref.DaysSince(latestStart)))
	case journey < 60:
		c.Episodes = append(c.Episodes, g.assessedAndClosed(latestStart))
	case journey < 80:
		c.Episodes = append(c.Episodes, g.cinPlan(latestStart))
	default:
		c.Episodes = append(c.Episodes, g.protection(latestStart))
	}
}

// nfa is a referral with no further action, closed the day it was made, within spread days of from.
func (g *generator) nfa(from hearth.Date, spread int) cin.Episode {
	r := g.day(from, 0, spread)
	return cin.Episode{
		CINreferralDate: r, ReferralSource: g.pick(sources), ReferralNFA: "true",
		CINclosureDate: r, ReasonForClosure: "RC7",
	}
}

// referral is a referral that went on to further action, early enough in the year for what follows.
func (g *generator) referral(from hearth.Date) cin.Episode {
	room := g.ref.AddDays(-150).DaysSince(from)
	if room < 0 {
		room = 0
	}
	return cin.Episode{
		CINreferralDate: g.day(from, 0, room), ReferralSource: g.pick(sources),
		PrimaryNeedCode: g.pick(needs), ReferralNFA: "false",
	}
}

// assessment is a completed assessment starting within days of the referral, authorised within 35
// days, with one to three different factors, or, when the assessment closes the case (closes), sometimes
// 21: none identified, which the DfE expects to close it (8873Q).
func (g *generator) assessment(e *cin.Episode, closes bool) cin.Assessment {
	start := g.day(e.CINreferralDate, 1, 4)
	a := cin.Assessment{ActualStartDate: start, AuthorisationDate: g.day(start, 10, 25)}
	if closes && g.r.IntN(8) == 0 {
		a.Factors = []string{"21"}
		return a
	}
	n := 1 + g.r.IntN(3)
	for len(a.Factors) < n {
		f := g.pick(factors)
		dup := false
		for _, have := range a.Factors {
			dup = dup || have == f
		}
		if !dup {
			a.Factors = append(a.Factors, f)
		}
	}
	return a
}

func (g *generator) assessedAndClosed(from hearth.Date) cin.Episode {
	e := g.referral(from)
	a := g.assessment(&e, true)
	e.Assessments = []cin.Assessment{a}
	e.CINclosureDate = g.day(a.AuthorisationDate, 0, 10)
	e.ReasonForClosure = "RC8"
	if len(a.Factors) > 1 || a.Factors[0] != "21" {
		e.ReasonForClosure = "RC9"
	}
	return e
}

func (g *generator) cinPlan(from hearth.Date) cin.Episode {
	e := g.referral(from)
	a := g.assessment(&e, false)
	e.Assessments = []cin.Assessment{a}
	e.CINPlans = []cin.CINPlan{{StartDate: a.AuthorisationDate.AddDays(1)}}
	return e
}

// protection is an assessment, then a section 47 enquiry, an initial conference on a weekday within
// about 15 working days and a child protection plan from that day, reviewed at three months and then
// six-monthly while the year lasts.
func (g *generator) protection(from hearth.Date) cin.Episode {
	e := g.referral(from)
	a := g.assessment(&e, false)
	e.Assessments = []cin.Assessment{a}
	s47 := g.day(a.AuthorisationDate, 1, 3)
	icpc := weekday(g.day(s47, 10, 10))
	e.Section47s = []cin.Section47{{
		ActualStartDate: s47, InitialCPCtarget: weekday(s47.AddDays(21)), DateOfInitialCPC: icpc, ICPCnotRequired: "false",
	}}
	p := cin.CPPlan{
		StartDate: icpc, InitialCategoryOfAbuse: g.pick(categories), NumberOfPreviousCPP: fmt.Sprint(1 + g.r.IntN(2)),
	}
	p.LatestCategoryOfAbuse = p.InitialCategoryOfAbuse
	for review := icpc.AddMonths(3); !review.After(g.ref); review = review.AddMonths(6) {
		p.Reviews = append(p.Reviews, cin.Review{Date: review})
	}
	e.CPPlans = []cin.CPPlan{p}
	return e
}

// unborn is an unborn child being assessed, expected within the months after the reference date.
func (g *generator) unborn(c *cin.Child) {
	c.ExpectedPersonBirthDate = g.day(g.ref, 1, 200)
	c.Sex = "U"
	c.UPNunknown = "UN1"
	e := cin.Episode{
		CINreferralDate: g.day(g.ref, -60, 30), ReferralSource: g.pick(sources),
		PrimaryNeedCode: g.pick(needs), ReferralNFA: "false",
	}
	e.Assessments = []cin.Assessment{{ActualStartDate: e.CINreferralDate.AddDays(1)}}
	c.Episodes = []cin.Episode{e}
}
