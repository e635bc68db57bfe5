package ssda903

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/workforce"
)

// Importing a return (a legacy system's, so an authority can move to Hearth with its history) is planned
// here in plain Go and written by the store in one transaction (store.DB.ImportSSDA903): PlanImport
// compares each row of the return with what the record already holds and plans only the inserts and
// amendments that make the record give that row back when the year is exported. Importing the same return
// twice therefore plans nothing the second time, and a row the record cannot take (an invalid date, a
// code the record refuses, a fact the record keeps differently) is reported with its file, table, row,
// child and reason rather than half taken.

// ImportState is what the record already holds that an import must not duplicate.
type ImportState struct {
	Record  *Record                  // the SSDA903 rows of the children in care (store.DB.LoadSSDA903)
	People  map[string]hearth.Person // every person with an LA child id, by it
	Workers map[string]hearth.ID     // workers by staff id and by Social Work England registration (SW_ID)
	TeamID  hearth.ID                // the team new social worker allocations are held by; 0 makes one
}

// ImportStep is one write of a plan: Row is a pointer to a row struct, inserted or (with Amend) amended
// with Reason. Link, when set, is called just before the write to copy in the ids of rows written by
// earlier steps (a new child's id into their episodes).
type ImportStep struct {
	Row    any
	Amend  bool
	Reason string
	Link   func()
}

// ImportProblem is a row of the return that was not imported, or not wholly, and why.
type ImportProblem struct {
	File   string `json:"file"`
	Table  string `json:"table"`
	Row    int    `json:"row"`  // the 0-based data row of the table
	Line   int    `json:"line"` // the line of the file it was on, when known
	Child  string `json:"child"`
	Reason string `json:"reason"`
}

// ImportPlan is the writes an import makes and the rows it could not import.
type ImportPlan struct {
	Year     int
	Steps    []ImportStep
	Problems []ImportProblem
	Children int // children of the return whose rows were looked at
	New      int // children new to the record
}

const importReason = "Imported from the SSDA903 return"

// unnamed is the forename of a person an import makes, since a return has no names.
const unnamed = "Name not known"

// ImportTeamName is the name of the team that holds the social worker allocations an import makes for
// workers the record did not know.
const ImportTeamName = "Imported from the SSDA903 return"

// ImportYear is the collection year a return is about: the one its latest date of an episode, review or
// missing episode falls in.
func ImportYear(ret *Return) int {
	var latest hearth.Date
	note := func(d hearth.Date) {
		if d.After(latest) {
			latest = d
		}
	}
	for i := range ret.Episodes {
		note(ret.Episodes[i].DECOMDate)
		note(ret.Episodes[i].DECDate)
	}
	for i := range ret.Reviews {
		note(ret.Reviews[i].REVIEWDate)
	}
	for i := range ret.Missing {
		note(ret.Missing[i].MIS_STARTDate)
	}
	if latest.IsZero() {
		return 0
	}
	if latest.Month() > time.March {
		return latest.Year() + 1
	}
	return latest.Year()
}

// importer holds a plan being made.
type importer struct {
	ret  *Return
	year int
	st   *ImportState
	x    *exporter // the record as it stands, grouped by child, for the year
	plan *ImportPlan
	team *hearth.Team
	made map[string]*hearth.Worker // workers this import creates, by staff id
}

// PlanImport plans the import of a return of the collection year into the record.
func PlanImport(ret *Return, year int, st *ImportState) *ImportPlan {
	if st.Record == nil {
		st.Record = &Record{}
	}
	im := &importer{ret: ret, year: year, st: st, x: newExporter(st.Record, year), plan: &ImportPlan{Year: year},
		made: map[string]*hearth.Worker{}}
	done := map[string]bool{}
	headed := map[string]bool{}
	for i := range ret.Header {
		headed[ret.Header[i].CHILD] = true
	}
	for _, t := range Tables[1:] {
		for i := 0; i < ret.Len(t); i++ {
			if c := ret.Child(t, i); !headed[c] {
				im.problem(t, i, "the child has no row in the Header table, which the record needs to know who they are")
			}
		}
	}
	for i := range ret.Header {
		c := ret.Header[i].CHILD
		if done[c] {
			im.problem(Header, i, "a second Header row of the child; the first was imported")
			continue
		}
		done[c] = true
		im.plan.Children++
		im.child(i)
	}
	return im.plan
}

func (im *importer) problem(t Table, i int, format string, args ...any) {
	line := 0
	if i < len(im.ret.Lines[t]) {
		line = im.ret.Lines[t][i]
	}
	im.plan.Problems = append(im.plan.Problems, ImportProblem{File: im.ret.Source[t], Table: t.String(), Row: i, Line: line,
		Child: im.ret.Child(t, i), Reason: fmt.Sprintf(format, args...)})
}

func (im *importer) insert(row any, link func()) {
	im.plan.Steps = append(im.plan.Steps, ImportStep{Row: row, Link: link})
}

func (im *importer) amend(row any) {
	im.plan.Steps = append(im.plan.Steps, ImportStep{Row: row, Amend: true, Reason: importReason})
}

// validator is a row with its own checks.
type validator interface{ Validate() error }

// valid checks a row the import would write, as if it belonged to a child already in the record, and
// reports it as a problem of table t row i when the record would refuse it.
func (im *importer) valid(t Table, i int, row validator, setPerson func(hearth.ID)) bool {
	setPerson(1)
	err := row.Validate()
	setPerson(0)
	if err != nil {
		im.problem(t, i, "%s", hearth.ErrorMessage(err))
		return false
	}
	return true
}

// child plans the import of one child: the person, then each table's rows.
func (im *importer) child(h int) {
	hr := &im.ret.Header[h]
	la, err := hearth.ParseLAChildID(hr.CHILD)
	if err != nil {
		im.problem(Header, h, "CHILD: %s; none of the child's rows were imported", hearth.ErrorMessage(err))
		return
	}
	if hr.DOBDate.IsZero() {
		im.problem(Header, h, "DOB %q is not a date; none of the child's rows were imported", hr.DOB)
		return
	}
	p, known := im.st.People[la.String()]
	before := p
	p.LAChildID, p.IsChild, p.BirthDate, p.Ethnicity = la, true, hr.DOBDate, hr.ETHNIC
	switch hr.SEX {
	case "M", "1":
		p.Sex = "1"
	case "F", "2":
		p.Sex = "2"
	case "U", "":
		p.Sex = ""
	default:
		im.problem(Header, h, "SEX %q is not M, F or U; the child's sex was not recorded", hr.SEX)
	}
	p.UPN, p.UPNUnknown = hearth.UPN{}, ""
	if u, err := hearth.ParseUPN(hr.UPN); err == nil {
		p.UPN = u
	} else if r, err2 := hearth.ParseUPNUnknownReason(hr.UPN); err2 == nil && hr.UPN != "" {
		p.UPNUnknown = string(r)
		if unknownUPN(before.UPNUnknown) == p.UPNUnknown {
			p.UPNUnknown = before.UPNUnknown // the CIN's code the record keeps for this one of the SSDA903's
		}
	} else if hr.UPN != "" {
		im.problem(Header, h, "UPN %q is neither a UPN nor an unknown UPN code (%s); it was not recorded", hr.UPN, hearth.ErrorMessage(err))
	}
	if !known {
		// The return has no names; these say so until someone records them.
		p.Forename, p.Surname = unnamed, "Child "+la.String()
	}
	person := &p
	id := func() hearth.ID { return person.ID }
	switch {
	case !known:
		im.plan.New++
		im.insert(person, nil)
	case p.IsChild != before.IsChild || p.BirthDate != before.BirthDate || p.Ethnicity != before.Ethnicity ||
		p.Sex != before.Sex || p.UPN != before.UPN || p.UPNUnknown != before.UPNUnknown:
		im.amend(person)
	}
	im.mother(h, person, id)
	im.episodes(hr.CHILD, p.ID, id)
	im.reviews(hr.CHILD, p.ID, id)
	im.uasc(hr.CHILD, p.ID, id)
	im.adoption(hr.CHILD, p.ID, id)
	im.previousPermanence(hr.CHILD, p.ID, id)
	im.missing(hr.CHILD, p.ID, id)
	im.socialWorkers(hr.CHILD, p.ID, id)
	im.dolo(hr.CHILD, p.ID, id)
	im.oc2(hr.CHILD, person, id)
	im.oc3(hr.CHILD, person, id)
}

// mother records the child's own first child (MOTHER 1, MC_DOB) as a person related to her, unless the
// record already has a child of hers born that day.
func (im *importer) mother(h int, mum *hearth.Person, id func() hearth.ID) {
	hr := &im.ret.Header[h]
	switch {
	case hr.MOTHER != "1":
		return
	case hr.MC_DOBDate.IsZero():
		im.problem(Header, h, "MOTHER is 1 but MC_DOB %q is not a date; the record keeps a mother's child as a person with a date of birth", hr.MC_DOB)
		return
	case slices.Contains(im.st.Record.ChildrenBorn[mum.ID], hr.MC_DOBDate):
		return
	}
	baby := &hearth.Person{BirthDate: hr.MC_DOBDate, Forename: unnamed, Surname: "Child of " + mum.LAChildID.String()}
	rel := &hearth.Relationship{Kind: "parent", ParentalResponsibility: true}
	im.insert(baby, nil)
	im.insert(rel, func() { rel.PersonID, rel.RelatedPersonID = id(), baby.ID })
}

// episodes plans the child's episodes, matched to the record's by their start date (DECOM). The period
// of care an episode belongs to is the last one begun (RNE S) before it, in the return or the record;
// when neither shows it, the earliest episode of the return begins it.
func (im *importer) episodes(child string, pid hearth.ID, id func() hearth.ID) {
	existing := map[hearth.Date]*care.Episode{}
	for _, e := range im.x.episodes[pid] {
		existing[e.StartDate] = e
	}
	var period hearth.Date
	for _, i := range im.ret.EpisodesOf(child) {
		r := &im.ret.Episodes[i]
		if r.DECOMDate.IsZero() {
			im.problem(Episodes, i, "DECOM %q is not a date", r.DECOM)
			continue
		}
		e := care.Episode{StartDate: r.DECOMDate, ReasonNewEpisode: r.RNE, LegalStatus: r.LS, CategoryOfNeed: r.CIN,
			PlacementType: r.PLACE, PlacementProvider: r.PLACE_PROVIDER, URN: r.URN, EndDate: r.DECDate, ReasonCeased: r.REC,
			ReasonPlaceChange: r.REASON_PLACE_CHANGE}
		if r.PLACE == "K3" {
			e.PlacementType = "H5" // registered supported accommodation: H5 with its URN (PlacementCode)
		}
		if r.DEC != "" && r.DECDate.IsZero() {
			im.problem(Episodes, i, "DEC %q is not a date", r.DEC)
			continue
		}
		var perr error
		if e.HomePostcode, perr = parsePostcode(r.HOME_POST); perr != nil {
			im.problem(Episodes, i, "HOME_POST: %s", hearth.ErrorMessage(perr))
			continue
		}
		if e.PlacementPostcode, perr = parsePostcode(r.PL_POST); perr != nil {
			im.problem(Episodes, i, "PL_POST: %s", hearth.ErrorMessage(perr))
			continue
		}
		old := existing[e.StartDate]
		switch {
		case e.ReasonNewEpisode == care.RNEStarted:
			period = e.StartDate
		case period.IsZero() && old != nil:
			period = old.PeriodStart
		case period.IsZero():
			period = im.periodBefore(pid, e.StartDate)
		}
		e.PeriodStart = period
		// A continuing episode whose period began before anything the record or the return shows is
		// checked as if it began the period, which is all that can be known of it.
		check := e
		if check.PeriodStart == check.StartDate {
			check.ReasonNewEpisode = care.RNEStarted
		}
		if !im.valid(Episodes, i, &check, func(p hearth.ID) { check.PersonID = p }) {
			continue
		}
		if old != nil {
			upd := *old
			upd.PeriodStart, upd.ReasonNewEpisode, upd.LegalStatus, upd.CategoryOfNeed = e.PeriodStart, e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed
			upd.PlacementProvider, upd.URN, upd.HomePostcode, upd.PlacementPostcode = e.PlacementProvider, e.URN, e.HomePostcode, e.PlacementPostcode
			if PlacementCode(old.PlacementType, old.URN, im.year) != PlacementCode(e.PlacementType, e.URN, im.year) {
				upd.PlacementType = e.PlacementType
			}
			// The return shows an episode as it stood on 31 March: an open one there may have ended since.
			if !e.EndDate.IsZero() || !old.EndDate.After(End(im.year)) {
				upd.EndDate, upd.ReasonCeased, upd.ReasonPlaceChange = e.EndDate, e.ReasonCeased, e.ReasonPlaceChange
			}
			if upd != *old {
				im.amend(&upd)
			}
			continue
		}
		row := &e
		im.insert(row, func() { row.PersonID = id() })
	}
}

// periodBefore returns the start of the period of care the record shows the child in on day d, or d.
func (im *importer) periodBefore(pid hearth.ID, d hearth.Date) hearth.Date {
	for _, e := range im.x.episodes[pid] {
		if !e.StartDate.After(d) && (e.EndDate.IsZero() || !e.EndDate.Before(d)) {
			return e.PeriodStart
		}
	}
	return d
}

func parsePostcode(s string) (hearth.Postcode, error) {
	if s == "" {
		return hearth.Postcode{}, nil
	}
	return hearth.ParsePostcode(s)
}

func (im *importer) reviews(child string, pid hearth.ID, id func() hearth.ID) {
	existing := map[hearth.Date]*care.Review{}
	for _, r := range im.x.reviews[pid] {
		existing[r.Date] = r
	}
	for _, i := range im.ret.ChildRows(Reviews, child) {
		r := &im.ret.Reviews[i]
		row := &care.Review{Date: r.REVIEWDate, Participation: r.REVIEW_CODE}
		if !im.valid(Reviews, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		if old := existing[row.Date]; old != nil {
			if old.Participation != row.Participation {
				upd := *old
				upd.Participation = row.Participation
				im.amend(&upd)
			}
			continue
		}
		existing[row.Date] = row
		im.insert(row, func() { row.PersonID = id() })
	}
}

// uasc records the child as an unaccompanied asylum-seeking child from their first episode in the
// return (when the authority first knew them as one) to DUC.
func (im *importer) uasc(child string, pid hearth.ID, id func() hearth.ID) {
	for _, i := range im.ret.ChildRows(UASC, child) {
		u := &im.ret.UASC[i]
		if u.DUC != "" && u.DUCDate.IsZero() {
			im.problem(UASC, i, "DUC %q is not a date", u.DUC)
			continue
		}
		if old := im.x.uascInYear(pid); old != nil {
			if old.CeasedDate != u.DUCDate && !(old.CeasedDate.IsZero() && u.DUCDate == im.ret18(pid)) {
				upd := *old
				upd.CeasedDate = u.DUCDate
				im.amend(&upd)
			}
			continue
		}
		eps := im.ret.EpisodesOf(child)
		if len(eps) == 0 || im.ret.Episodes[eps[0]].DECOMDate.IsZero() {
			im.problem(UASC, i, "the child has no episode in the return, so when they became known as an unaccompanied asylum-seeking child is not known")
			continue
		}
		row := &care.UASC{StartDate: im.ret.Episodes[eps[0]].DECOMDate, CeasedDate: u.DUCDate}
		if im.valid(UASC, i, row, func(p hearth.ID) { row.PersonID = p }) {
			im.insert(row, func() { row.PersonID = id() })
		}
	}
}

// ret18 is the 18th birthday of a child of the record, which the export gives as DUC when the record has
// no date UASC status ceased.
func (im *importer) ret18(pid hearth.ID) hearth.Date {
	for _, p := range im.st.Record.Children {
		if p.ID == pid && !p.BirthDate.IsZero() {
			return p.BirthDate.AddMonths(18 * 12)
		}
	}
	return hearth.Date{}
}

// adoption plans the decisions to place for adoption (PlacedAdoption, and AD1's DATE_INT) and the
// adoption that followed (AD1).
func (im *importer) adoption(child string, pid hearth.ID, id func() hearth.ID) {
	decisions := map[hearth.Date]*care.PlacedForAdoption{}
	for _, d := range im.x.decisions[pid] {
		decisions[d.DecisionDate] = d
	}
	decision := func(t Table, i int, placed hearth.Date, ceased hearth.Date, reason string, setCeased bool) *care.PlacedForAdoption {
		if old := decisions[placed]; old != nil {
			if setCeased && (old.CeasedDate != ceased || old.CeasedReason != reason) && !(ceased.IsZero() && old.CeasedDate.After(End(im.year))) {
				upd := *old
				upd.CeasedDate, upd.CeasedReason = ceased, reason
				im.amend(&upd)
			}
			return old
		}
		row := &care.PlacedForAdoption{DecisionDate: placed, CeasedDate: ceased, CeasedReason: reason}
		if !im.valid(t, i, row, func(p hearth.ID) { row.PersonID = p }) {
			return nil
		}
		decisions[placed] = row
		im.insert(row, func() { row.PersonID = id() })
		return row
	}
	for _, i := range im.ret.ChildRows(PlacedAdoption, child) {
		r := &im.ret.PlacedAdoption[i]
		if r.DATE_PLACEDDate.IsZero() || (r.DATE_PLACED_CEASED != "" && r.DATE_PLACED_CEASEDDate.IsZero()) {
			im.problem(PlacedAdoption, i, "DATE_PLACED %q or DATE_PLACED_CEASED %q is not a date", r.DATE_PLACED, r.DATE_PLACED_CEASED)
			continue
		}
		decision(PlacedAdoption, i, r.DATE_PLACEDDate, r.DATE_PLACED_CEASEDDate, r.REASON_PLACED_CEASED, true)
	}
	for _, i := range im.ret.ChildRows(AD1, child) {
		a := &im.ret.AD1[i]
		if a.DATE_INTDate.IsZero() {
			im.problem(AD1, i, "DATE_INT %q is not a date; the record keeps an adoption with the decision it followed", a.DATE_INT)
			continue
		}
		if a.DATE_MATCH != "" && a.DATE_MATCHDate.IsZero() {
			im.problem(AD1, i, "DATE_MATCH %q is not a date", a.DATE_MATCH)
			continue
		}
		d := decision(AD1, i, a.DATE_INTDate, hearth.Date{}, "", false)
		if d == nil {
			continue
		}
		row := &care.Adoption{MatchedDate: a.DATE_MATCHDate, AdopterSex: a.SEX_ADOPTR, AdopterLegalStatus: a.LS_ADOPTR}
		switch a.FOSTER_CARE {
		case "1":
			row.ByFosterCarers = yesPtr(true)
		case "0":
			row.ByFosterCarers = yesPtr(false)
		case "":
		default:
			im.problem(AD1, i, "FOSTER_CARE %q is not 0 or 1", a.FOSTER_CARE)
			continue
		}
		if a.NB_ADOPTR != "" {
			n, err := strconv.Atoi(a.NB_ADOPTR)
			if err != nil {
				im.problem(AD1, i, "NB_ADOPTR %q is not a number", a.NB_ADOPTR)
				continue
			}
			row.NumberOfAdopters = n
		}
		row.DecisionID = 1
		if !im.valid(AD1, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		row.DecisionID = d.ID
		var old *care.Adoption
		for _, ad := range im.x.adoptions[pid] {
			if d.ID != 0 && ad.DecisionID == d.ID {
				old = ad
			}
		}
		if old != nil {
			upd := *old
			upd.MatchedDate, upd.ByFosterCarers, upd.NumberOfAdopters, upd.AdopterSex, upd.AdopterLegalStatus =
				row.MatchedDate, row.ByFosterCarers, row.NumberOfAdopters, row.AdopterSex, row.AdopterLegalStatus
			if !sameAdoption(&upd, old) {
				im.amend(&upd)
			}
			continue
		}
		im.insert(row, func() { row.PersonID, row.DecisionID = id(), d.ID })
	}
}

func sameAdoption(a, b *care.Adoption) bool {
	pa, pb := a.ByFosterCarers, b.ByFosterCarers
	return a.MatchedDate == b.MatchedDate && a.NumberOfAdopters == b.NumberOfAdopters && a.AdopterSex == b.AdopterSex &&
		a.AdopterLegalStatus == b.AdopterLegalStatus && (pa == nil) == (pb == nil) && (pa == nil || *pa == *pb)
}

func yesPtr(b bool) *bool { return &b }

// previousPermanence records the previous permanence option for the child's latest period of care
// begun in the year.
func (im *importer) previousPermanence(child string, pid hearth.ID, id func() hearth.ID) {
	for _, i := range im.ret.ChildRows(PrevPerm, child) {
		r := &im.ret.PrevPerm[i]
		var start hearth.Date
		for _, k := range im.ret.EpisodesOf(child) {
			if e := &im.ret.Episodes[k]; e.RNE == care.RNEStarted && e.DECOMDate.After(start) {
				start = e.DECOMDate
			}
		}
		if start.IsZero() {
			im.problem(PrevPerm, i, "the child began no period of care (RNE S) in the return, so which period of care it is about is not known")
			continue
		}
		date, known, ok := parsePermanenceDate(r.DATE_PERM)
		if !ok {
			im.problem(PrevPerm, i, "DATE_PERM %q is not a date (dd/mm/yyyy, with ZZ for unknown parts)", r.DATE_PERM)
			continue
		}
		row := &care.PreviousPermanence{PeriodStart: start, Option: r.PREV_PERM, LACode: r.LA_PERM, OrderDate: date, OrderDateKnown: known}
		if !im.valid(PrevPerm, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		var old *care.PreviousPermanence
		for _, pp := range im.x.prevPerm[pid] {
			if pp.PeriodStart == start {
				old = pp
			}
		}
		if old != nil {
			upd := *old
			upd.Option, upd.LACode, upd.OrderDate, upd.OrderDateKnown = row.Option, row.LACode, row.OrderDate, row.OrderDateKnown
			if upd != *old {
				im.amend(&upd)
			}
			continue
		}
		im.insert(row, func() { row.PersonID = id() })
	}
}

// parsePermanenceDate reads DATE_PERM: a date with ZZ (or zz) for an unknown day, or day and month.
func parsePermanenceDate(s string) (hearth.Date, string, bool) {
	if s == "" {
		return hearth.Date{}, "", true
	}
	u := strings.ToUpper(s)
	switch {
	case strings.HasPrefix(u, "ZZ/ZZ/"):
		d := ParseDate("01/01/" + u[6:])
		return d, "year", !d.IsZero()
	case strings.HasPrefix(u, "ZZ/"):
		d := ParseDate("01/" + u[3:])
		return d, "month", !d.IsZero()
	}
	d := ParseDate(s)
	return d, "day", !d.IsZero()
}

// missing records the missing and absent episodes, matched by kind and start date. The return gives days,
// so an episode new to the record is timed at noon.
func (im *importer) missing(child string, pid hearth.ID, id func() hearth.ID) {
	type key struct {
		kind  string
		start hearth.Date
	}
	existing := map[key]*exploitation.MissingEpisode{}
	for _, m := range im.x.missing[pid] {
		existing[key{m.Kind, englandDate(m.StartTime)}] = m
	}
	for _, i := range im.ret.ChildRows(Missing, child) {
		r := &im.ret.Missing[i]
		if r.MIS_STARTDate.IsZero() || (r.MIS_END != "" && r.MIS_ENDDate.IsZero()) {
			im.problem(Missing, i, "MIS_START %q or MIS_END %q is not a date", r.MIS_START, r.MIS_END)
			continue
		}
		row := &exploitation.MissingEpisode{Kind: r.MISSING, StartTime: noon(r.MIS_STARTDate), EndTime: noon(r.MIS_ENDDate)}
		if !im.valid(Missing, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		if old := existing[key{r.MISSING, r.MIS_STARTDate}]; old != nil {
			if englandDate(old.EndTime) != r.MIS_ENDDate && !(r.MIS_END == "" && englandDate(old.EndTime).After(End(im.year))) {
				upd := *old
				upd.EndTime = noon(r.MIS_ENDDate)
				im.amend(&upd)
			}
			continue
		}
		im.insert(row, func() { row.PersonID = id() })
	}
}

// noon is midday in England on day d (the zero time for the zero Date).
func noon(d hearth.Date) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	y, m, dd := d.Time().Date()
	return time.Date(y, m, dd, 12, 0, 0, 0, london).UTC()
}

// socialWorkers records the social worker episodes as allocations of workers known by their SW_ID. The
// record keeps why a worker changed on the allocation that ended, so each row's SW_REASON goes on the
// allocation before it: the previous row's, or for the first the record's allocation before it. The
// first row of a child new to the record has no such place, and its reason is reported when given. The
// last allocation of a child, ended with no successor, has no reason in the return, but the record
// requires one when a social worker's allocation ends: it is OTHERS.
func (im *importer) socialWorkers(child string, pid hearth.ID, id func() hearth.ID) {
	var rows []int
	for _, i := range im.ret.ChildRows(SocialWorker, child) {
		r := &im.ret.SocialWorker[i]
		if r.SW_DECOMDate.IsZero() || (r.SW_DEC != "" && r.SW_DECDate.IsZero()) || r.SW_ID == "" {
			im.problem(SocialWorker, i, "SW_ID %q, SW_DECOM %q or SW_DEC %q is missing or not a date", r.SW_ID, r.SW_DECOM, r.SW_DEC)
			continue
		}
		rows = append(rows, i)
	}
	slices.SortStableFunc(rows, func(a, b int) int {
		return im.ret.SocialWorker[a].SW_DECOMDate.DaysSince(im.ret.SocialWorker[b].SW_DECOMDate)
	})
	sorted := slices.Clone(im.x.workers[pid])
	slices.SortStableFunc(sorted, func(a, b *workforce.Allocation) int { return a.StartDate.DaysSince(b.StartDate) })
	type key struct {
		start hearth.Date
		swID  string
	}
	swID := func(worker hearth.ID) string {
		if reg := im.st.Record.Registrations[worker]; reg != "" {
			return reg
		}
		return "XX"
	}

	existing := map[key]*workforce.Allocation{}
	for _, a := range sorted {
		existing[key{a.StartDate, swID(a.WorkerID)}] = a
	}
	amended := map[*workforce.Allocation]*workforce.Allocation{}
	// setReason puts the reason a worker changed on an allocation of the record, once.
	setReason := func(a *workforce.Allocation, reason string) {
		if a.EndReason == reason {
			return
		}
		upd := amended[a]
		if upd == nil {
			c := *a
			upd = &c
			amended[a] = upd
			im.amend(upd)
		}
		upd.EndReason = reason
	}
	for k, i := range rows {
		r := &im.ret.SocialWorker[i]
		endReason := ""
		if k+1 < len(rows) {
			endReason = im.ret.SocialWorker[rows[k+1]].SW_REASON
		}
		switch {
		case r.SW_DEC == "" && endReason != "":
			im.problem(SocialWorker, rows[k+1], "SW_REASON %s was not recorded: the social worker episode before it (from %s) has not ended, so the record has no change of worker to keep it on", endReason, r.SW_DECOM)
			endReason = ""
		case endReason == "" && r.SW_DEC != "":
			endReason = "OTHERS"
		}
		old := existing[key{r.SW_DECOMDate, r.SW_ID}]
		if k == 0 && r.SW_REASON != "" {
			var begun []*workforce.Allocation
			for _, a := range sorted {
				if a.StartDate.Before(r.SW_DECOMDate) {
					begun = append(begun, a)
				}
			}
			before := replaced(begun, r.SW_DECOMDate)
			switch {
			case before != nil:
				setReason(before, r.SW_REASON)
			default:
				im.problem(SocialWorker, i, "SW_REASON %s of the child's first social worker episode was not recorded: the record keeps why a worker changed on the allocation of the worker before", r.SW_REASON)
			}
		}
		worker := im.worker(r.SW_ID)
		if old != nil {
			upd := *old
			if !(r.SW_DEC == "" && old.EndDate.After(End(im.year))) {
				upd.EndDate = r.SW_DECDate
			}
			if k+1 < len(rows) && endReason != "" && !upd.EndDate.IsZero() {
				upd.EndReason = endReason
			}
			if a := amended[old]; a != nil {
				a.EndDate, a.EndReason = upd.EndDate, upd.EndReason
			} else if upd != *old {
				c := upd
				amended[old] = &c
				im.amend(&c)
			}
			continue
		}
		row := &workforce.Allocation{Role: workforce.RoleSocialWorker, StartDate: r.SW_DECOMDate, EndDate: r.SW_DECDate, EndReason: endReason}
		row.WorkerID, row.TeamID = 1, 1
		if !im.valid(SocialWorker, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		team := im.teamRef()
		im.insert(row, func() { row.PersonID, row.WorkerID, row.TeamID = id(), worker(), team() })
	}
}

// worker returns (a function giving) the id of the worker with the SW_ID as staff id, making the worker
// and, once, the team that holds imported allocations.
func (im *importer) worker(swID string) func() hearth.ID {
	if wid, ok := im.st.Workers[swID]; ok {
		return func() hearth.ID { return wid }
	}
	w := im.made[swID]
	if w == nil {
		// A registered worker is known by their registration; XX and a staff id is a worker without one.
		w = &hearth.Worker{StaffID: swID, Name: "Social worker " + swID, Employment: "permanent", JobTitle: "social_worker"}
		switch {
		case strings.HasPrefix(swID, "SW"):
			w.SWERegistration = swID
		case strings.HasPrefix(swID, "XX") && len(swID) > 2:
			w.StaffID = swID[2:]
		}
		im.made[swID] = w
		team := im.teamRef()
		im.insert(w, func() { w.TeamID = team() })
	}
	return func() hearth.ID { return w.ID }
}

// team returns (a function giving) the id of the team imported allocations are held by, planning its
// insert, once, before the first write that names it.
func (im *importer) teamRef() func() hearth.ID {
	if im.st.TeamID != 0 {
		id := im.st.TeamID
		return func() hearth.ID { return id }
	}
	if im.team == nil {
		im.team = &hearth.Team{Name: ImportTeamName, Service: "looked_after"}
		im.insert(im.team, nil)
	}
	team := im.team
	return func() hearth.ID { return team.ID }
}

func (im *importer) dolo(child string, pid hearth.ID, id func() hearth.ID) {
	existing := map[hearth.Date]*care.DeprivationOfLiberty{}
	for _, d := range im.x.dolo[pid] {
		existing[d.StartDate] = d
	}
	for _, i := range im.ret.ChildRows(DoLo, child) {
		r := &im.ret.DoLo[i]
		if r.DOLO_STARTDate.IsZero() || (r.DOLO_END != "" && r.DOLO_ENDDate.IsZero()) {
			im.problem(DoLo, i, "DOLO_START %q or DOLO_END %q is not a date", r.DOLO_START, r.DOLO_END)
			continue
		}
		row := &care.DeprivationOfLiberty{StartDate: r.DOLO_STARTDate, EndDate: r.DOLO_ENDDate}
		if !im.valid(DoLo, i, row, func(p hearth.ID) { row.PersonID = p }) {
			continue
		}
		if old := existing[row.StartDate]; old != nil {
			if old.EndDate != row.EndDate && !(row.EndDate.IsZero() && old.EndDate.After(End(im.year))) {
				upd := *old
				upd.EndDate = row.EndDate
				im.amend(&upd)
			}
			continue
		}
		im.insert(row, func() { row.PersonID = id() })
	}
}
