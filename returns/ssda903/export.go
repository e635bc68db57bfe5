package ssda903

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/workforce"
)

// Export makes the SSDA903 return of a collection year (named by the 31 March that ends it) from the
// record, following the DfE's guidance on who and what each table holds:
//
//   - Header: every child looked after at any time in the year, and every care leaver in the OC3 cohort;
//   - Episodes: each episode open at any time in the year, as it stood on 31 March (an episode that ended
//     after the year is still open in the return);
//   - Reviews, Missing, SocialWorker and (from 2026/27) DoLo: those of the year, of children looked after
//     in it;
//   - UASC: children who were unaccompanied asylum-seeking children at any time in the year;
//   - OC2: children looked after continuously for the 12 months to 31 March, other than in a series of
//     short breaks, with the health, SDQ, conviction and substance misuse items worked out from the
//     events recorded in the year;
//   - OC3: relevant and former relevant care leavers with their 17th to 21st birthday in the year, not
//     looked after on it, as known around the birthday (leaving.AtBirthday);
//   - AD1: children adopted in the year; PlacedAdoption: decisions to place for adoption in force in the
//     year; PrevPerm: children whose latest period of care started in the year.
//
// Every value is the record's as it is: nothing is corrected, so a breach in the record shows in the
// return's validation.
func Export(rec *Record, year int) *Return { return ExportAsAt(rec, year, End(year)) }

// ExportAsAt is Export of the collection year so far: the record as it stood at the end of the day asAt
// (within the year), as if the year ended then. It is the return an authority checks during the year.
func ExportAsAt(rec *Record, year int, asAt hearth.Date) *Return {
	x := newExporter(rec, year)
	if asAt.Before(x.end) {
		x.end = asAt
	}
	ret := &Return{}
	for _, t := range Tables {
		ret.Present[t] = t != DoLo || year >= 2027
	}
	children := slices.Clone(rec.Children)
	slices.SortFunc(children, func(a, b hearth.Person) int {
		return cmp.Or(cmp.Compare(a.LAChildID.String(), b.LAChildID.String()), cmp.Compare(a.ID, b.ID))
	})
	for i := range children {
		x.child(ret, &children[i])
	}
	return ret
}

// exporter holds the record grouped by child and the year being exported.
type exporter struct {
	rec        *Record
	year       int
	start, end hearth.Date

	episodes      map[hearth.ID][]*care.Episode
	reviews       map[hearth.ID][]*care.Review
	uasc          map[hearth.ID][]*care.UASC
	health        map[hearth.ID][]*care.HealthAssessment
	immunisations map[hearth.ID][]*care.Immunisations
	sdqs          map[hearth.ID][]*care.SDQ
	substance     map[hearth.ID][]*care.SubstanceMisuse
	convictions   map[hearth.ID][]*care.Conviction
	prevPerm      map[hearth.ID][]*care.PreviousPermanence
	decisions     map[hearth.ID][]*care.PlacedForAdoption
	adoptions     map[hearth.ID][]*care.Adoption
	dolo          map[hearth.ID][]*care.DeprivationOfLiberty
	missing       map[hearth.ID][]*exploitation.MissingEpisode
	leavers       map[hearth.ID][]*leaving.CareLeaver
	statuses      map[hearth.ID][]*leaving.Status
	workers       map[hearth.ID][]*workforce.Allocation
}

func newExporter(rec *Record, year int) *exporter {
	x := &exporter{rec: rec, year: year, start: Start(year), end: End(year),
		episodes:      byPerson(rec.Episodes, func(r *care.Episode) hearth.ID { return r.PersonID }),
		reviews:       byPerson(rec.Reviews, func(r *care.Review) hearth.ID { return r.PersonID }),
		uasc:          byPerson(rec.UASC, func(r *care.UASC) hearth.ID { return r.PersonID }),
		health:        byPerson(rec.Health, func(r *care.HealthAssessment) hearth.ID { return r.PersonID }),
		immunisations: byPerson(rec.Immunisations, func(r *care.Immunisations) hearth.ID { return r.PersonID }),
		sdqs:          byPerson(rec.SDQs, func(r *care.SDQ) hearth.ID { return r.PersonID }),
		substance:     byPerson(rec.SubstanceMisuse, func(r *care.SubstanceMisuse) hearth.ID { return r.PersonID }),
		convictions:   byPerson(rec.Convictions, func(r *care.Conviction) hearth.ID { return r.PersonID }),
		prevPerm:      byPerson(rec.PreviousPermanence, func(r *care.PreviousPermanence) hearth.ID { return r.PersonID }),
		decisions:     byPerson(rec.PlacedForAdoption, func(r *care.PlacedForAdoption) hearth.ID { return r.PersonID }),
		adoptions:     byPerson(rec.Adoptions, func(r *care.Adoption) hearth.ID { return r.PersonID }),
		dolo:          byPerson(rec.DoLo, func(r *care.DeprivationOfLiberty) hearth.ID { return r.PersonID }),
		missing:       byPerson(rec.Missing, func(r *exploitation.MissingEpisode) hearth.ID { return r.PersonID }),
		leavers:       byPerson(rec.CareLeavers, func(r *leaving.CareLeaver) hearth.ID { return r.PersonID }),
		statuses:      byPerson(rec.CareLeaverStatus, func(r *leaving.Status) hearth.ID { return r.PersonID }),
		workers:       byPerson(rec.SocialWorkers, func(r *workforce.Allocation) hearth.ID { return r.PersonID }),
	}
	for _, eps := range x.episodes {
		slices.SortStableFunc(eps, func(a, b *care.Episode) int { return a.StartDate.DaysSince(b.StartDate) })
	}
	return x
}

// overlaps says whether a stretch from..to (to zero while it continues) touches the collection year.
func (x *exporter) overlaps(from, to hearth.Date) bool {
	return !from.IsZero() && !from.After(x.end) && (to.IsZero() || !to.Before(x.start))
}

// inYear says whether day d falls in the collection year.
func (x *exporter) inYear(d hearth.Date) bool {
	return !d.IsZero() && !d.Before(x.start) && !d.After(x.end)
}

// byYearEnd gives a date as the return sees it on 31 March: blank when it is after the year.
func (x *exporter) byYearEnd(d hearth.Date) string {
	if d.After(x.end) {
		return ""
	}
	return FormatDate(d)
}

// child adds the rows of one child to the return, if the child belongs in it.
func (x *exporter) child(ret *Return, p *hearth.Person) {
	var eps []*care.Episode
	for _, e := range x.episodes[p.ID] {
		if x.overlaps(e.StartDate, e.EndDate) {
			eps = append(eps, e)
		}
	}
	oc3, inOC3 := x.oc3(p)
	if len(eps) == 0 && !inOC3 {
		return
	}
	child, dob := p.LAChildID.String(), FormatDate(p.BirthDate)
	ret.Header = append(ret.Header, x.header(p, len(eps) > 0))
	for _, e := range eps {
		ret.Episodes = append(ret.Episodes, x.episode(child, e))
	}
	if inOC3 {
		oc3.CHILD, oc3.DOB, oc3.DOBDate = child, dob, p.BirthDate
		ret.OC3 = append(ret.OC3, oc3)
	}
	if len(eps) == 0 {
		return // a care leaver only: none of the tables about time in care
	}
	first := len(ret.Reviews)
	for _, r := range x.reviews[p.ID] {
		if x.inYear(r.Date) {
			ret.Reviews = append(ret.Reviews, newReview([]string{child, dob, FormatDate(r.Date), r.Participation}))
		}
	}
	sortRows(ret.Reviews, first, func(r ReviewRow) hearth.Date { return r.REVIEWDate })
	x.uascRow(ret, p)
	if oc2, ok := x.oc2(p); ok {
		oc2.CHILD, oc2.DOB, oc2.DOBDate = child, dob, p.BirthDate
		ret.OC2 = append(ret.OC2, oc2)
	}
	x.adoption(ret, p, eps)
	x.previousPermanence(ret, p)
	x.missingRows(ret, p, eps)
	x.socialWorkers(ret, p)
	if x.year >= 2027 {
		for _, d := range x.dolo[p.ID] {
			if x.overlaps(d.StartDate, d.EndDate) {
				ret.DoLo = append(ret.DoLo, newDoLo([]string{child, dob, FormatDate(d.StartDate), x.byYearEnd(d.EndDate)}))
			}
		}
	}
}

// sortRows sorts the rows from index from by date, stably.
func sortRows[T any](rows []T, from int, date func(T) hearth.Date) {
	slices.SortStableFunc(rows[from:], func(a, b T) int { return date(a).DaysSince(date(b)) })
}

// SexCode is the SSDA903 SEX of the record's sex (1 male, 2 female): M or F from 2024/25, when the
// DfE revised the codes, and the record's own code before. Any other value is returned as it is, so that
// validation reports it rather than the export hiding it.
func SexCode(sex string, year int) string {
	if year < 2025 {
		return sex
	}
	switch sex {
	case "1":
		return "M"
	case "2":
		return "F"
	case "":
		return "U"
	}
	return sex
}

// header is the child's Header row. Motherhood (MOTHER, MC_DOB) is asked of girls looked after in the
// year, not of care leavers who were not (rule 628).
func (x *exporter) header(p *hearth.Person, lookedAfter bool) HeaderRow {
	upn := p.UPN.String()
	if upn == "" {
		upn = unknownUPN(p.UPNUnknown)
	}
	mother, mcDOB := "", ""
	if p.Sex == "2" && lookedAfter {
		mother = "0"
		var first hearth.Date
		for _, d := range x.rec.ChildrenBorn[p.ID] {
			if !d.IsZero() && !d.After(x.end) && (first.IsZero() || d.Before(first)) {
				first = d
			}
		}
		if !first.IsZero() {
			mother, mcDOB = "1", FormatDate(first)
		}
	}
	return newHeader([]string{p.LAChildID.String(), SexCode(p.Sex, x.year), FormatDate(p.BirthDate), p.Ethnicity, upn, mother, mcDOB})
}

// PlacementCode is the SSDA903 PLACE of an episode's placement type in the collection year. The record
// keeps supported accommodation as H5, with the Ofsted URN it has had to have since 28 October 2023; from
// 2024/25 the DfE codes registered supported accommodation K3 (and from 2025/26 no longer has H5), so an
// H5 placement with a URN is K3 in those returns. One without a URN stays H5, which 2025/26's
// validation reports: a placement that must be registered and is not.
func PlacementCode(place, urn string, year int) string {
	if place == "H5" && urn != "" && year >= 2025 {
		return "K3"
	}
	return place
}

// unknownUPN is the SSDA903 code of the reason a UPN is not known. The record keeps the CIN census's
// codes, of which the SSDA903 has UN1 to UN5: a child under six with no UPN yet (CIN UN6) is one whose
// UPN DfE guidelines say should not yet be allocated (UN2), and the CIN's referral with no further action
// (UN7) says only that the sources do not know it (UN5).
func unknownUPN(code string) string {
	switch code {
	case "UN6":
		return "UN2"
	case "UN7":
		return "UN5"
	}
	return code
}

func (x *exporter) episode(child string, e *care.Episode) EpisodeRow {
	dec, rec, rpc := FormatDate(e.EndDate), e.ReasonCeased, e.ReasonPlaceChange
	if e.EndDate.IsZero() || e.EndDate.After(x.end) {
		dec, rec, rpc = "", "", "" // still open on 31 March
	}
	return newEpisode([]string{child, FormatDate(e.StartDate), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed,
		PlacementCode(e.PlacementType, e.URN, x.year), e.PlacementProvider, dec, rec, rpc, e.HomePostcode.String(), e.PlacementPostcode.String(), e.URN})
}

// uascRow lists a child who was an unaccompanied asylum-seeking child at any time in the year, with the
// date the status ceased (their 18th birthday when the record has no earlier date).
func (x *exporter) uascRow(ret *Return, p *hearth.Person) {
	if u := x.uascInYear(p.ID); u != nil {
		duc := u.CeasedDate
		if duc.IsZero() && !p.BirthDate.IsZero() {
			duc = p.BirthDate.AddMonths(18 * 12)
		}
		ret.UASC = append(ret.UASC, newUASC([]string{p.LAChildID.String(), SexCode(p.Sex, x.year), FormatDate(p.BirthDate), FormatDate(duc)}))
	}
}

// uascInYear is the child's first time as an unaccompanied asylum-seeking child that touches the year,
// or nil.
func (x *exporter) uascInYear(pid hearth.ID) *care.UASC {
	for _, u := range x.uasc[pid] {
		if x.overlaps(u.StartDate, u.CeasedDate) {
			return u
		}
	}
	return nil
}

// oc2 works out the outcomes of a child looked after continuously for the 12 months to 31 March (not in
// a series of short breaks), or false when the child is not in that cohort.
func (x *exporter) oc2(p *hearth.Person) (OC2Row, bool) {
	var eps []care.Episode
	for _, e := range x.episodes[p.ID] {
		eps = append(eps, *e)
	}
	in := false
	for _, pd := range care.Periods(eps) {
		if !pd.Start.After(x.start) && (pd.End.IsZero() || pd.End.After(x.end)) && !pd.ShortBreaks {
			in = true
		}
	}
	if !in {
		return OC2Row{}, false
	}
	return x.oc2Items(p), true
}

// oc2Items works out the OC2 items of a child from the events recorded in the year.
func (x *exporter) oc2Items(p *hearth.Person) OC2Row {
	ageEnd := p.BirthDate.AgeOn(x.end)
	var o OC2Row
	if ageStart := p.BirthDate.AgeOn(x.start); ageEnd >= 4 && ageStart < 17 {
		var latest *care.SDQ
		for _, s := range x.sdqs[p.ID] {
			if x.inYear(s.Date) && (latest == nil || !s.Date.Before(latest.Date)) {
				latest = s
			}
		}
		switch {
		case latest != nil && latest.Score != nil:
			o.SDQ_SCORE = strconv.Itoa(*latest.Score)
		case latest != nil:
			o.SDQ_REASON = latest.Reason
		case ageStart < 4 || ageEnd >= 17:
			// No questionnaire in a year the child turned 4 or 17: they were outside its ages (SDQ1).
			o.SDQ_REASON = "SDQ1"
		}
	}
	if ageEnd >= 10 {
		convicted := false
		for _, c := range x.convictions[p.ID] {
			convicted = convicted || x.inYear(c.Date)
		}
		o.CONVICTED = yesNo(convicted)
	}
	var surveillance, dental, assessment, assessmentLate bool
	for _, h := range x.health[p.ID] {
		if h.Outcome != "completed" || !x.inYear(h.Date) {
			continue
		}
		switch h.Kind {
		case care.HealthSurveillance:
			surveillance = true
		case care.HealthDental:
			dental = true
		case care.HealthInitial, care.HealthReview:
			assessment = true
			assessmentLate = assessmentLate || !h.Date.Before(x.end.AddMonths(-6))
		}
	}
	if ageEnd < 5 {
		o.HEALTH_CHECK = yesNo(surveillance)
		assessment = assessment && assessmentLate // six-monthly under five
	}
	var imm *care.Immunisations
	for _, i := range x.immunisations[p.ID] {
		if !i.Date.After(x.end) && (imm == nil || !i.Date.Before(imm.Date)) {
			imm = i
		}
	}
	o.IMMUNISATIONS = yesNo(imm != nil && imm.UpToDate)
	o.TEETH_CHECK = yesNo(dental)
	o.HEALTH_ASSESSMENT = yesNo(assessment)
	var misuse, received, offered bool
	for _, s := range x.substance[p.ID] {
		if !x.inYear(s.Date) {
			continue
		}
		misuse = true
		received = received || (s.InterventionReceived != nil && *s.InterventionReceived)
		offered = offered || (s.InterventionOffered != nil && *s.InterventionOffered)
	}
	o.SUBSTANCE_MISUSE = yesNo(misuse)
	if misuse {
		o.INTERVENTION_RECEIVED = yesNo(received)
		if !received {
			o.INTERVENTION_OFFERED = yesNo(offered)
		}
	}
	return o
}

// yesNo is a yes/no item: 1 or 0.
func yesNo(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// oc3 works out the OC3 row of a care leaver with a 17th to 21st birthday in the year, or false when the
// young person is not in the cohort: they must have been a relevant or former relevant care leaver by the
// birthday and not looked after on it.
func (x *exporter) oc3(p *hearth.Person) (OC3Row, bool) {
	birthday := x.oc3Birthday(p.BirthDate)
	if birthday.IsZero() {
		return OC3Row{}, false
	}
	leaver := false
	for _, l := range x.leavers[p.ID] {
		if (l.Category == leaving.Relevant || l.Category == leaving.FormerRelevant) && !l.StartDate.After(birthday) {
			leaver = true
		}
	}
	if !leaver {
		return OC3Row{}, false
	}
	for _, e := range x.episodes[p.ID] {
		if !e.StartDate.After(birthday) && (e.EndDate.IsZero() || e.EndDate.After(birthday)) {
			return OC3Row{}, false // looked after on the birthday
		}
	}
	statuses := make([]leaving.Status, len(x.statuses[p.ID]))
	for i, s := range x.statuses[p.ID] {
		statuses[i] = *s
	}
	s, ok := leaving.AtBirthday(statuses, birthday)
	if !ok {
		return OC3Row{IN_TOUCH: "NO", ACTIV: "0", ACCOM: "0"}, true
	}
	return OC3Row{IN_TOUCH: s.InTouch, ACTIV: s.Activity, ACCOM: s.Accommodation}, true
}

// oc3Birthday is the 17th to 21st birthday in the year of someone born on dob, or the zero Date.
func (x *exporter) oc3Birthday(dob hearth.Date) hearth.Date {
	var birthday hearth.Date
	for age := 17; age <= 21 && !dob.IsZero(); age++ {
		if d := dob.AddMonths(12 * age); x.inYear(d) {
			birthday = d
		}
	}
	return birthday
}

// adoption adds the AD1 row of a child adopted in the year and the decisions to place the child for
// adoption that were in force in the year.
func (x *exporter) adoption(ret *Return, p *hearth.Person, eps []*care.Episode) {
	child, dob := p.LAChildID.String(), FormatDate(p.BirthDate)
	for _, d := range x.decisions[p.ID] {
		if !x.overlaps(d.DecisionDate, d.CeasedDate) {
			continue
		}
		reason := d.CeasedReason
		if d.CeasedDate.IsZero() || d.CeasedDate.After(x.end) {
			reason = ""
		}
		ret.PlacedAdoption = append(ret.PlacedAdoption, newPlacedAdoption([]string{child, dob, FormatDate(d.DecisionDate), x.byYearEnd(d.CeasedDate), reason}))
	}
	adopted := false
	for _, e := range eps {
		adopted = adopted || (care.AdoptedReasons[e.ReasonCeased] && x.inYear(e.EndDate))
	}
	if !adopted {
		return
	}
	// The adoption that followed the latest decision made before the adoption order.
	var a *care.Adoption
	var decided hearth.Date
	for _, ad := range x.adoptions[p.ID] {
		for _, d := range x.decisions[p.ID] {
			if d.ID == ad.DecisionID && (a == nil || d.DecisionDate.After(decided)) {
				a, decided = ad, d.DecisionDate
			}
		}
	}
	if a == nil {
		ret.AD1 = append(ret.AD1, newAD1([]string{child, dob, "", "", "", "", "", ""}))
		return
	}
	foster := ""
	if a.ByFosterCarers != nil {
		foster = "0"
		if *a.ByFosterCarers {
			foster = "1"
		}
	}
	nb := ""
	if a.NumberOfAdopters != 0 {
		nb = strconv.Itoa(a.NumberOfAdopters)
	}
	ret.AD1 = append(ret.AD1, newAD1([]string{child, dob, FormatDate(decided), FormatDate(a.MatchedDate), foster, nb, a.AdopterSex, a.AdopterLegalStatus}))
}

// previousPermanence adds the PrevPerm row of a child whose latest period of care started in the year.
func (x *exporter) previousPermanence(ret *Return, p *hearth.Person) {
	var latest hearth.Date
	for _, e := range x.episodes[p.ID] {
		if !e.StartDate.After(x.end) && e.PeriodStart.After(latest) {
			latest = e.PeriodStart
		}
	}
	if !x.inYear(latest) {
		return
	}
	for _, pp := range x.prevPerm[p.ID] {
		if pp.PeriodStart == latest {
			ret.PrevPerm = append(ret.PrevPerm, newPrevPerm([]string{p.LAChildID.String(), FormatDate(p.BirthDate), pp.Option, pp.LACode, PermanenceDate(pp.OrderDate, pp.OrderDateKnown)}))
			return
		}
	}
}

// replaced returns the allocation a social worker allocation beginning on start took over from: of those
// begun before it, the one that ended last on or before start, or nil for a child's first social worker.
func replaced(before []*workforce.Allocation, start hearth.Date) *workforce.Allocation {
	var prev *workforce.Allocation
	for _, b := range before {
		if !b.EndDate.IsZero() && !b.EndDate.After(start) && (prev == nil || !b.EndDate.Before(prev.EndDate)) {
			prev = b
		}
	}
	return prev
}

// PermanenceDate writes DATE_PERM: dd/mm/yyyy, with ZZ for the parts of the date that are not known.
func PermanenceDate(d hearth.Date, known string) string {
	s := FormatDate(d)
	switch {
	case s == "":
		return ""
	case known == "month":
		return "ZZ" + s[2:]
	case known == "year":
		return "ZZ/ZZ" + s[5:]
	}
	return s
}

// missingRows adds the missing and absent episodes of the year that began while the child was looked
// after.
func (x *exporter) missingRows(ret *Return, p *hearth.Person, eps []*care.Episode) {
	first := len(ret.Missing)
	for _, m := range x.missing[p.ID] {
		start, end := englandDate(m.StartTime), englandDate(m.EndTime)
		if !x.overlaps(start, end) || !lookedAfterOn(eps, start) {
			continue
		}
		ret.Missing = append(ret.Missing, newMissing([]string{p.LAChildID.String(), FormatDate(p.BirthDate), m.Kind, FormatDate(start), x.byYearEnd(end)}))
	}
	sortRows(ret.Missing, first, func(r MissingRow) hearth.Date { return r.MIS_STARTDate })
}

// lookedAfterOn says whether one of the episodes covers day d.
func lookedAfterOn(eps []*care.Episode, d hearth.Date) bool {
	for _, e := range eps {
		if !d.Before(e.StartDate) && (e.EndDate.IsZero() || d.Before(e.EndDate) || (d == e.EndDate && e.ReasonCeased == care.RECContinues)) {
			return true
		}
	}
	return false
}

// socialWorkers adds the child's social worker episodes that overlap the year: all of them, including
// those while the child was not looked after, as rule SW12STG2 asks. SW_REASON is the reason recorded
// when the allocation it replaced ended (replaced).
func (x *exporter) socialWorkers(ret *Return, p *hearth.Person) {
	allocs := slices.Clone(x.workers[p.ID])
	slices.SortStableFunc(allocs, func(a, b *workforce.Allocation) int { return a.StartDate.DaysSince(b.StartDate) })
	for i, a := range allocs {
		if !x.overlaps(a.StartDate, a.EndDate) {
			continue
		}
		reason := ""
		if prev := replaced(allocs[:i], a.StartDate); prev != nil {
			reason = prev.EndReason
		}
		id := x.rec.Registrations[a.WorkerID]
		if id == "" {
			id = "XX" // a worker the record does not know
		}
		ret.SocialWorker = append(ret.SocialWorker, newSocialWorker([]string{p.LAChildID.String(), FormatDate(p.BirthDate), id,
			FormatDate(a.StartDate), x.byYearEnd(a.EndDate), reason}))
	}
}

// london is England's time zone, in which the moments of the record (a child going missing) fall on the
// days the return gives.
var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("ssda903: the Europe/London time zone is missing: " + err.Error())
	}
	return loc
}()

// englandDate is the day in England of a moment (the zero Date for the zero time).
func englandDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(london))
}
