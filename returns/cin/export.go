package cin

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
)

// Record is what the CIN census is made from: the rows that stand (not recorded in error) of every child
// who has had a CIN episode, as store.LoadCIN reads them. Export makes the return of any collection year
// from it without the database.
type Record struct {
	LEA         string // the authority's three-digit DfE number
	Children    []hearth.Person
	Episodes    []frontdoor.CINEpisode
	Assessments []protection.Assessment
	CINPlans    []protection.CINPlan
	S47s        []protection.S47Enquiry
	CPPlans     []protection.CPPlan // including other authorities' plans, which only count as previous plans
	Conferences []protection.Conference
}

// Export makes the CIN census of the collection year (2026 is 1 April 2025 to 31 March 2026) from the
// record, following the DfE's guidance on what each module holds:
//
//   - every child with a CIN episode open at any time in the year, with each such episode;
//   - an episode's assessments completed in the year or not yet completed, CIN plans and child
//     protection plans open at any time in the year (an other authority's plan only counts towards
//     NumberOfPreviousCPP), and section 47 enquiries whose initial conference was in the year or that
//     started in the year or are still open;
//   - the initial conference's date on its enquiry, or on the episode when it followed no enquiry, and
//     a plan's review conferences held in the year.
//
// The return is the record as it stood at the year's end, as it would have been had it been made then:
// whatever happened after the reference date (a closure, an assessment's authorisation, the end of a
// plan, a conference, a death) is left out, so the return of an earlier year made today is the one the
// authority sent. Nothing else is corrected on the way: what the record holds is what the return says,
// so that validating the export shows what needs putting right in the record.
func Export(rec *Record, year int) *Census {
	x := NewContext(year)
	c := &Census{Header: Header{
		Collection: "CIN", Year: fmt.Sprint(year), ReferenceDate: x.ReferenceDate, LEA: rec.LEA,
		SoftwareCode: "Hearth", Release: "1", SerialNo: "001",
		DateTime: time.Date(year, time.April, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02T15:04:05"),
	}}
	ix := indexRows(rec)
	episodes := map[hearth.ID][]*frontdoor.CINEpisode{}
	for i := range rec.Episodes {
		e := &rec.Episodes[i]
		if !e.ReferralDate.After(x.End) && (e.ClosureDate.IsZero() || !e.ClosureDate.Before(x.Start)) {
			episodes[e.PersonID] = append(episodes[e.PersonID], e)
		}
	}
	for i := range rec.Children {
		p := &rec.Children[i]
		eps := episodes[p.ID]
		if len(eps) == 0 {
			continue
		}
		slices.SortFunc(eps, func(a, b *frontdoor.CINEpisode) int {
			return cmp.Or(cmp.Compare(a.ReferralDate.DaysSince(b.ReferralDate), 0), cmp.Compare(a.ID, b.ID))
		})
		child := exportChild(x, p)
		for _, e := range eps {
			child.Episodes = append(child.Episodes, exportEpisode(x, e, ix.episodes[e.ID], ix.childPlans[p.ID]))
		}
		c.Children = append(c.Children, child)
	}
	c.Renumber()
	return c
}

// episodeRows are the rows of one CIN episode.
type episodeRows struct {
	assessments []*protection.Assessment
	cinPlans    []*protection.CINPlan
	s47s        []*protection.S47Enquiry
	cpPlans     []*protection.CPPlan
	conferences []*protection.Conference
}

// rowIndex holds each episode's rows, and every child protection plan of each child (for counting the
// previous ones).
type rowIndex struct {
	episodes   map[hearth.ID]*episodeRows
	childPlans map[hearth.ID][]*protection.CPPlan
}

func (ix rowIndex) rows(episode hearth.ID) *episodeRows {
	r := ix.episodes[episode]
	if r == nil {
		r = &episodeRows{}
		ix.episodes[episode] = r
	}
	return r
}

func indexRows(rec *Record) rowIndex {
	ix := rowIndex{episodes: map[hearth.ID]*episodeRows{}, childPlans: map[hearth.ID][]*protection.CPPlan{}}
	for i := range rec.Assessments {
		r := ix.rows(rec.Assessments[i].CINEpisodeID)
		r.assessments = append(r.assessments, &rec.Assessments[i])
	}
	for i := range rec.CINPlans {
		r := ix.rows(rec.CINPlans[i].CINEpisodeID)
		r.cinPlans = append(r.cinPlans, &rec.CINPlans[i])
	}
	for i := range rec.S47s {
		r := ix.rows(rec.S47s[i].CINEpisodeID)
		r.s47s = append(r.s47s, &rec.S47s[i])
	}
	for i := range rec.CPPlans {
		p := &rec.CPPlans[i]
		ix.childPlans[p.PersonID] = append(ix.childPlans[p.PersonID], p)
		if !p.OtherLA && p.CINEpisodeID != 0 {
			r := ix.rows(p.CINEpisodeID)
			r.cpPlans = append(r.cpPlans, p)
		}
	}
	for i := range rec.Conferences {
		r := ix.rows(rec.Conferences[i].CINEpisodeID)
		r.conferences = append(r.conferences, &rec.Conferences[i])
	}
	return ix
}

// exportChild is the child's identifiers and characteristics. The sex goes out as GenderCurrent, the
// item of the schema Hearth validates exports against; the SSDA903 sex (1 or 2) stands in when no CIN
// gender is recorded.
func exportChild(x *Context, p *hearth.Person) Child {
	c := Child{
		LAchildID: p.LAChildID.String(), UPN: p.UPN.String(), FormerUPN: p.FormerUPN.String(), UPNunknown: p.UPNUnknown,
		PersonBirthDate: p.BirthDate, ExpectedPersonBirthDate: p.ExpectedBirthDate, PersonDeathDate: x.byEnd(p.DeathDate),
		GenderCurrent: cmp.Or(p.Gender, p.Sex), Ethnicity: p.Ethnicity,
	}
	for _, code := range p.Disabilities {
		c.Disabilities = append(c.Disabilities, Disability{Code: code})
	}
	return c
}

func exportEpisode(x *Context, e *frontdoor.CINEpisode, rows *episodeRows, childPlans []*protection.CPPlan) Episode {
	out := Episode{
		CINreferralDate: e.ReferralDate, ReferralSource: e.ReferralSource, PrimaryNeedCode: e.PrimaryNeed,
		ReferralNFA: fmt.Sprint(e.ReferralNFA),
	}
	if closed := x.byEnd(e.ClosureDate); !closed.IsZero() {
		out.CINclosureDate, out.ReasonForClosure = closed, e.ClosureReason
	}
	if rows == nil {
		return out
	}
	initialOf := map[hearth.ID]hearth.Date{} // an enquiry's initial conference
	reviewsOf := map[hearth.ID][]hearth.Date{}
	for _, cf := range rows.conferences {
		switch {
		case cf.Kind == protection.ConferenceInitial && cf.S47EnquiryID != 0:
			initialOf[cf.S47EnquiryID] = cf.ConferenceDate
		case cf.Kind == protection.ConferenceInitial:
			if x.inPeriod(cf.ConferenceDate) {
				out.DateOfInitialCPC = cf.ConferenceDate
			}
		case cf.CPPlanID != 0 && x.inPeriod(cf.ConferenceDate):
			reviewsOf[cf.CPPlanID] = append(reviewsOf[cf.CPPlanID], cf.ConferenceDate)
		}
	}
	for _, a := range rows.assessments {
		if a.StartDate.After(x.End) || (!a.AuthorisationDate.IsZero() && a.AuthorisationDate.Before(x.Start)) {
			continue
		}
		out.Assessments = append(out.Assessments, Assessment{
			ActualStartDate: a.StartDate, InternalReviewDate: x.byEnd(a.InternalReviewDate),
			AuthorisationDate: x.byEnd(a.AuthorisationDate),
		})
		if a.AuthorisationDate.After(x.End) {
			continue // the factors are found when the assessment is completed
		}
		out.Assessments[len(out.Assessments)-1].Factors = append([]string(nil), a.Factors...)
	}
	for _, p := range rows.cinPlans {
		if !p.StartDate.After(x.End) && (p.EndDate.IsZero() || !p.EndDate.Before(x.Start)) {
			out.CINPlans = append(out.CINPlans, CINPlan{StartDate: p.StartDate, EndDate: x.byEnd(p.EndDate)})
		}
	}
	for _, s := range rows.s47s {
		icpc := x.byEnd(initialOf[s.ID])
		// Whether a conference is needed is known when the enquiry concludes.
		notRequired := s.ICPCRequired != nil && !*s.ICPCRequired && !s.EndDate.After(x.End)
		if s.StartDate.After(x.End) || (!icpc.IsZero() && icpc.Before(x.Start)) ||
			(icpc.IsZero() && notRequired && s.StartDate.Before(x.Start)) {
			continue
		}
		out.Section47s = append(out.Section47s, Section47{
			ActualStartDate: s.StartDate, InitialCPCtarget: s.ICPCTargetDate, DateOfInitialCPC: icpc,
			ICPCnotRequired: fmt.Sprint(notRequired),
		})
	}
	for _, p := range rows.cpPlans {
		if p.StartDate.After(x.End) || (!p.EndDate.IsZero() && p.EndDate.Before(x.Start)) {
			continue
		}
		plan := CPPlan{
			StartDate: p.StartDate, EndDate: x.byEnd(p.EndDate), InitialCategoryOfAbuse: p.InitialCategory,
			LatestCategoryOfAbuse: p.LatestCategory, NumberOfPreviousCPP: fmt.Sprint(previous(p, childPlans)),
		}
		reviews := reviewsOf[p.ID]
		slices.SortFunc(reviews, func(a, b hearth.Date) int { return a.DaysSince(b) })
		for _, r := range reviews {
			plan.Reviews = append(plan.Reviews, Review{Date: r})
		}
		out.CPPlans = append(out.CPPlans, plan)
	}
	return out
}

// previous counts the child's other child protection plans, here or elsewhere, that started before p.
func previous(p *protection.CPPlan, all []*protection.CPPlan) int {
	n := 0
	for _, q := range all {
		if q.ID != p.ID && q.StartDate.Before(p.StartDate) {
			n++
		}
	}
	return n
}

// byEnd is d when it is on or before the end of the year, and no date when it is after: what happened
// after the reference date was not known when the return was due.
func (x *Context) byEnd(d hearth.Date) hearth.Date {
	if d.After(x.End) {
		return hearth.Date{}
	}
	return d
}
