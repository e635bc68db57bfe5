package synth

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/protection"
)

// careTestRef is the reference date of the tests: the end of the 2025/26 collection year.
var careTestRef = hearth.NewDate(2026, time.March, 31)

// careTestInput returns the input of a child born on birth who starts to be looked after on start.
func careTestInput(birth, start hearth.Date, need string) careInput {
	home, _ := hearth.ParsePostcode("HE3 4AB")
	return careInput{PersonID: 7, BirthDate: birth, Sex: "1", CategoryOfNeed: need, Start: start,
		Reference: careTestRef, SocialWorker: 11, ReviewingOfficer: 12, PersonalAdviser: 13, RecordedBy: 21,
		HomePostcode: home, CINEpisodeID: 31}
}

// careRun makes the period of care of in with seed.
func careRun(seed uint64, in careInput) careOutcome {
	return makeCare(newRand(seed, 1), newIDCounter(), in)
}

// careSample returns a child of a random age (0 to 17) starting care on a random day of the six years
// before the reference date.
func careSample(r *rand.Rand) careInput {
	start := careTestRef.AddDays(-r.IntN(6 * 365))
	age := r.IntN(18)
	birth := start.AddDays(-age*365 - r.IntN(365))
	need := "N1"
	if age >= 12 && r.IntN(6) == 0 {
		need = "N8"
	}
	in := careTestInput(birth, start, need)
	if r.IntN(2) == 0 {
		in.Sex = "2"
	}
	return in
}

// careRows returns the rows of out of type T.
func careRows[T any](out careOutcome) []*T {
	var list []*T
	for _, row := range out.Rows {
		if x, ok := row.(*T); ok {
			list = append(list, x)
		}
	}
	return list
}

// careCheckEpisodes returns what is wrong with the episodes of a period of care, by the SSDA903 rules that
// read one child's episodes.
func careCheckEpisodes(in careInput, out careOutcome) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	eps := careRows[care.Episode](out)
	if len(eps) == 0 {
		return []string{"no episodes"}
	}
	b10, b18 := careBirthday(in.BirthDate, 10), careBirthday(in.BirthDate, 18)
	for i, e := range eps {
		if err := e.Validate(); err != nil {
			fail("episode %d: %v", i, err)
		}
		age := in.BirthDate.AgeOn(e.StartDate)
		end := e.EndDate
		if end.IsZero() {
			end = careTestRef
			if i != len(eps)-1 {
				fail("episode %d is open but not the last (142)", i)
			}
			if !out.End.IsZero() {
				fail("the last episode is open but the outcome says care ended %s", out.End)
			}
		}
		switch {
		case i == 0 && e.ReasonNewEpisode != "S":
			fail("first episode RNE %s (357)", e.ReasonNewEpisode)
		case i > 0 && e.ReasonNewEpisode == "S":
			fail("episode %d RNE S after a continuing episode (431)", i)
		}
		if !e.EndDate.IsZero() && !e.EndDate.After(e.StartDate) {
			fail("episode %d lasts under a day (355/356)", i)
		}
		if e.EndDate.After(b18) {
			fail("episode %d ends %s after the 18th birthday %s", i, e.EndDate, b18)
		}
		if e.StartDate.After(careTestRef) || e.EndDate.After(careTestRef) {
			fail("episode %d after the reference date", i)
		}
		if e.CategoryOfNeed != eps[0].CategoryOfNeed {
			fail("category of need changed (504)")
		}
		if i+1 < len(eps) {
			n := eps[i+1]
			if e.EndDate != n.StartDate {
				fail("episode %d ends %s, next starts %s (433/501)", i, e.EndDate, n.StartDate)
			}
			if e.ReasonCeased != "X1" {
				fail("episode %d ends %s but has a successor (437)", i, e.ReasonCeased)
			}
			lsCh := e.LegalStatus != n.LegalStatus
			plCh := e.PlacementType != n.PlacementType || e.PlacementPostcode != n.PlacementPostcode || e.URN != n.URN || e.PlacementProvider != n.PlacementProvider
			switch n.ReasonNewEpisode {
			case "L":
				if !lsCh || plCh {
					fail("episode %d RNE L but legal status changed %v, placement changed %v (434)", i+1, lsCh, plCh)
				}
			case "P", "T":
				if lsCh || !plCh {
					fail("episode %d RNE %s but legal status changed %v, placement changed %v (435)", i+1, n.ReasonNewEpisode, lsCh, plCh)
				}
			case "B", "U":
				if !lsCh || !plCh {
					fail("episode %d RNE %s but legal status changed %v, placement changed %v (436)", i+1, n.ReasonNewEpisode, lsCh, plCh)
				}
			}
			temp := care.TemporaryPlacements[e.PlacementType] || care.TemporaryPlacements[n.PlacementType]
			if (n.ReasonNewEpisode == "P" || n.ReasonNewEpisode == "B" || n.ReasonNewEpisode == "T" || n.ReasonNewEpisode == "U") && !temp && e.ReasonPlaceChange == "" {
				fail("episode %d ends with a placement change and no reason (225)", i)
			}
			if care.TemporaryPlacements[e.PlacementType] {
				if i == 0 || n.ReasonNewEpisode != "P" || n.PlacementType != eps[i-1].PlacementType {
					fail("temporary placement %d not followed by a return to the placement before (383)", i)
				}
			}
		} else if care.TemporaryPlacements[e.PlacementType] && !e.EndDate.IsZero() {
			fail("period ends with a temporary placement (381)")
		}
		if i == 0 && care.TemporaryPlacements[e.PlacementType] {
			fail("period starts with a temporary placement (380)")
		}
		switch e.LegalStatus {
		case "J1", "J2", "J3":
			if !e.StartDate.After(b10) {
				fail("legal status %s under 10 (358)", e.LegalStatus)
			}
		}
		if e.LegalStatus == "L1" && end.DaysSince(e.StartDate) > 3 || e.LegalStatus == "L2" && end.DaysSince(e.StartDate) > 15 ||
			e.LegalStatus == "J2" && end.DaysSince(e.StartDate) > 21 {
			if !e.EndDate.IsZero() {
				fail("legal status %s for %d days (361/362/364)", e.LegalStatus, end.DaysSince(e.StartDate))
			}
		}
		switch {
		case e.PlacementType == "P1" && e.LegalStatus == "V2":
			fail("placed with parents under section 20 (378)")
		case (e.PlacementType == "A5" || e.PlacementType == "A6") && e.LegalStatus != "E1":
			fail("placed for adoption with a placement order but legal status %s (408)", e.LegalStatus)
		case (e.PlacementType == "A3" || e.PlacementType == "A5") && !strings.Contains("STU", e.ReasonNewEpisode):
			fail("A3/A5 placement with RNE %s (217)", e.ReasonNewEpisode)
		case e.PlacementType == "H5" && age < 16:
			fail("supported accommodation at %d (371)", age)
		case e.PlacementType == "R5" && age < 10:
			fail("YOI under 10 (372)")
		}
		if e.PlacementType != "P1" && !e.HomePostcode.IsZero() && e.HomePostcode == e.PlacementPostcode {
			fail("home and placement postcodes equal (392d)")
		}
		if e.PlacementProvider == "PR1" && e.PlacementLocation != "IN" {
			fail("own provision outside the authority (1015)")
		}
		needsURN := !slices.Contains([]string{"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"}, e.PlacementType)
		if e.PlacementType == "H5" {
			needsURN = end.After(careH5URNFrom) // rule 230: a DEC on or after 29 October 2023, or none
		}
		if needsURN != (e.URN != "") {
			fail("episode %d placement %s URN %q (218/222)", i, e.PlacementType, e.URN)
		}
		if (e.PlacementProvider == "PR1" || e.PlacementProvider == "PR2") && slices.Contains([]string{"P1", "R2", "R5"}, e.PlacementType) ||
			e.PlacementProvider == "PR3" && (strings.HasPrefix(e.PlacementType, "U") || strings.HasPrefix(e.PlacementType, "A") || e.PlacementType == "K1" || e.PlacementType == "K2") {
			fail("provider %s with placement %s (527-531)", e.PlacementProvider, e.PlacementType)
		}
		if e.ReasonPlaceChange == "CUSTOD" && age < 10 {
			fail("custody placement change under 10 (234)")
		}
		if e.PlacementLocation == "" || e.PlacementLA == "" || e.PlacementPostcode.IsZero() {
			fail("episode %d without placement location, authority or postcode (169/392b)", i)
		}
	}
	last := eps[len(eps)-1]
	if !last.EndDate.IsZero() {
		age := in.BirthDate.AgeOn(last.EndDate)
		switch last.ReasonCeased {
		case "E11", "E12":
			if !care.AdoptionPlacements[last.PlacementType] {
				fail("adopted from placement %s (390)", last.PlacementType)
			}
			if age >= 18 {
				fail("adopted at 18 (386)")
			}
		case "E45", "E46":
			if !strings.HasPrefix(last.PlacementType, "U") {
				fail("%s from placement %s (516)", last.ReasonCeased, last.PlacementType)
			}
		case "E5", "E6":
			if age < 14 {
				fail("independent living at %d (387)", age)
			}
		case "E7":
			if age < 16 {
				fail("adult care at %d (389)", age)
			}
		case "E17":
			if age < 18 {
				fail("staying put at %d (460)", age)
			}
		}
		if care.SpecialGuardianshipReasons[last.ReasonCeased] && age >= 18 {
			fail("special guardianship at 18 (407)")
		}
		if out.End != last.EndDate {
			fail("outcome End %s, last episode ends %s", out.End, last.EndDate)
		}
	}
	return bad
}

func TestCareEpisodesFollowTheSSDA903Rules(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 4000 {
		in := careSample(r)
		out := careRun(uint64(n), in)
		if bad := careCheckEpisodes(in, out); len(bad) > 0 {
			t.Errorf("child %d (born %s, starting %s, need %s): %s", n, in.BirthDate, in.Start, in.CategoryOfNeed, strings.Join(bad, "; "))
			if t.Failed() && n > 50 {
				careDump(t, out)
				return
			}
		}
	}
}

// careDump logs the episodes of out.
func careDump(t *testing.T, out careOutcome) {
	for _, e := range careRows[care.Episode](out) {
		t.Logf("%s %s %s %s %s %s %s %s %s %s %s", e.StartDate, e.EndDate, e.ReasonNewEpisode, e.LegalStatus, e.PlacementType,
			e.PlacementProvider, e.URN, e.PlacementPostcode, e.PlacementLocation, e.ReasonCeased, e.ReasonPlaceChange)
	}
}

func TestCareRowsAreValid(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	tables := map[reflect.Type]string{}
	for n := range 3000 {
		in := careSample(r)
		out := careRun(uint64(n), in)
		for _, row := range out.Rows {
			v, ok := row.(interface{ Validate() error })
			if !ok {
				t.Fatalf("row %T has no Validate", row)
			}
			if err := v.Validate(); err != nil {
				t.Errorf("child %d: %T: %v", n, row, err)
			}
			rec := reflect.ValueOf(row).Elem().Field(0).Interface().(hearth.Record)
			if rec.ID == 0 || rec.RecordedBy != in.RecordedBy || rec.RecordedAt.IsZero() || rec.RecordedAt.After(careTestRef.AddDays(1).Time()) {
				t.Errorf("child %d: %T record %+v", n, row, rec)
			}
			tables[reflect.TypeOf(row)] = ""
		}
		if t.Failed() {
			return
		}
	}
	for _, want := range []any{&care.Episode{}, &care.Review{}, &care.UASC{}, &care.HealthAssessment{}, &care.Immunisations{},
		&care.SDQ{}, &care.SubstanceMisuse{}, &care.Conviction{}, &care.PlacedForAdoption{}, &care.Adoption{},
		&care.PreviousPermanence{}, &care.DeprivationOfLiberty{}, &care.PersonalEducationPlan{}, &protection.Visit{},
		&protection.Plan{}, &protection.PlanAction{}, &protection.EmergencyProtection{}, &exploitation.MissingEpisode{},
		&leaving.CareLeaver{}, &leaving.Status{}, &leaving.Contact{}, &leaving.NeedsAssessment{}, &leaving.PathwayPlan{},
		&leaving.PathwayPlanReview{}} {
		if _, ok := tables[reflect.TypeOf(want)]; !ok {
			t.Errorf("no %T row made in 3,000 periods of care", want)
		}
	}
}

func TestCareIsDeterministic(t *testing.T) {
	in := careTestInput(hearth.NewDate(2008, time.May, 4), hearth.NewDate(2021, time.June, 1), "N1")
	a, b := careRun(42, in), careRun(42, in)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed made different rows")
	}
	if c := careRun(43, in); reflect.DeepEqual(a, c) {
		t.Fatal("a different seed made the same rows")
	}
}

func TestCareEndsByThe18thBirthday(t *testing.T) {
	// A 17-year-old coming into care: whatever happens, care ends by their 18th birthday.
	birth := hearth.NewDate(2007, time.February, 28)
	b18 := careBirthday(birth, 18)
	for seed := range 300 {
		out := careRun(uint64(seed), careTestInput(birth, hearth.NewDate(2024, time.October, 1), "N1"))
		if out.End.IsZero() || out.End.After(b18) {
			t.Fatalf("seed %d: care ended %s, 18th birthday %s", seed, out.End, b18)
		}
	}
	// Born on 29 February: 18 on 1 March in a common year.
	if got := careBirthday(hearth.NewDate(2008, time.February, 29), 18); got != hearth.NewDate(2026, time.March, 1) {
		t.Errorf("18th birthday of a leapling = %s", got)
	}
	// Nobody starts care at 18.
	if out := careRun(1, careTestInput(birth, b18, "N1")); len(out.Rows) != 0 {
		t.Error("care started on the 18th birthday")
	}
	// Nothing after the reference date.
	if out := careRun(1, careTestInput(birth, careTestRef.AddDays(1), "N1")); len(out.Rows) != 0 {
		t.Error("care started after the reference date")
	}
}

func TestCareReviewsAreOnSchedule(t *testing.T) {
	birth := hearth.NewDate(2012, time.July, 9)
	for seed := range 200 {
		in := careTestInput(birth, hearth.NewDate(2020, time.September, 14), "N1")
		out := careRun(uint64(seed), in)
		end := out.End
		if end.IsZero() {
			end = careTestRef.AddDays(1)
		}
		prev := hearth.Date{}
		for k, rv := range careRows[care.Review](out) {
			var due hearth.Date
			switch k {
			case 0:
				due = careAddWD(in.Start, 20)
			case 1:
				due = prev.AddMonths(3)
			default:
				due = prev.AddMonths(6)
			}
			if rv.Date.After(due.AddDays(30)) || !rv.Date.After(careMax(prev, in.Start.AddDays(-1))) {
				t.Fatalf("seed %d: review %d on %s, due %s, previous %s", seed, k, rv.Date, due, prev)
			}
			if !rv.Date.Before(end) {
				t.Fatalf("seed %d: review on %s after care ended %s", seed, rv.Date, end)
			}
			if (birth.AgeOn(rv.Date) < 4) != (rv.Participation == "PN0") {
				t.Fatalf("seed %d: participation %s at %d (440/441)", seed, rv.Participation, birth.AgeOn(rv.Date))
			}
			prev = rv.Date
		}
		// Every review that fell due before care ended and 30 days before the reference date was held.
		if !prev.IsZero() {
			next := prev.AddMonths(6)
			if len(careRows[care.Review](out)) == 1 {
				next = prev.AddMonths(3)
			}
			if next.AddDays(30).Before(end.AddDays(-1)) && next.AddDays(30).Before(careTestRef) {
				t.Fatalf("seed %d: no review after %s although care lasted to %s", seed, prev, end)
			}
		}
	}
}

func TestCareVisitsAreOnSchedule(t *testing.T) {
	birth := hearth.NewDate(2015, time.January, 20)
	for seed := range 100 {
		in := careTestInput(birth, hearth.NewDate(2021, time.March, 1), "N1")
		out := careRun(uint64(seed), in)
		vs := careRows[protection.Visit](out)
		if len(vs) == 0 {
			continue
		}
		if first := vs[0].VisitDate.DaysSince(in.Start); first < 1 || first > 21 {
			t.Fatalf("seed %d: first visit %d days after care began", seed, first)
		}
		for k := 1; k < len(vs); k++ {
			if gap := vs[k].VisitDate.DaysSince(vs[k-1].VisitDate); gap > 120 {
				t.Fatalf("seed %d: %d days between visits on %s and %s", seed, gap, vs[k-1].VisitDate, vs[k].VisitDate)
			}
		}
	}
}

// careCheckLeaving returns what is wrong with the leaving care rows of a period of care.
func careCheckLeaving(in careInput, out careOutcome) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	eps := careRows[care.Episode](out)
	periods := care.Periods(func() []care.Episode {
		l := make([]care.Episode, len(eps))
		for i, e := range eps {
			l[i] = *e
		}
		return l
	}())
	leavers := careRows[leaving.CareLeaver](out)
	if out.CareLeaver != (len(leavers) > 0) {
		fail("CareLeaver %v with %d care_leavers rows", out.CareLeaver, len(leavers))
	}
	if !out.CareLeaver {
		for _, row := range out.Rows {
			switch row.(type) {
			case *leaving.Status, *leaving.Contact, *leaving.NeedsAssessment, *leaving.PathwayPlan, *leaving.PathwayPlanReview:
				fail("%T for a young person who is not a care leaver", row)
			}
		}
		// Someone who was an eligible child on a day up to the reference date must be a care leaver.
		for d := careBirthday(in.BirthDate, 16); !d.After(careTestRef) && d.Before(careBirthday(in.BirthDate, 18)); d = d.AddDays(7) {
			if leaving.Eligibility(in.BirthDate, periods, d).Category == leaving.Eligible {
				fail("eligible on %s but not a care leaver", d)
				break
			}
		}
		return bad
	}
	for _, l := range leavers {
		got := leaving.Eligibility(in.BirthDate, periods, l.StartDate).Category
		if got != l.Category {
			fail("care_leavers %s from %s, but the rules say %q", l.Category, l.StartDate, got)
		}
	}
	if leavers[0].StartDate != out.CareLeaverFrom || leavers[0].Category != leaving.Eligible {
		fail("first category %s from %s, CareLeaverFrom %s", leavers[0].Category, leavers[0].StartDate, out.CareLeaverFrom)
	}
	contacts := careRows[leaving.Contact](out)
	for _, s := range careRows[leaving.Status](out) {
		var bday hearth.Date
		for age := 17; age <= 21; age++ {
			b := careBirthday(in.BirthDate, age)
			if lo, hi := leaving.OC3Window(b); !s.Date.Before(lo) && !s.Date.After(hi) {
				bday = b
			}
		}
		if bday.IsZero() {
			fail("status on %s is not around a birthday from 17 to 21", s.Date)
			continue
		}
		for _, p := range periods {
			if p.LookedAfterOn(bday) {
				fail("status for the birthday %s, when still looked after (1007)", bday)
			}
		}
		if s.InTouch == "YES" {
			found := false
			for _, c := range contacts {
				if c.ID == s.ContactID && hearth.DateOf(c.At) == s.Date {
					found = true
				}
			}
			if !found {
				fail("in touch on %s without that contact", s.Date)
			}
		}
		if in.BirthDate.AgeOn(s.Date) < 18 && (strings.HasPrefix(s.Accommodation, "T") || strings.HasPrefix(s.Accommodation, "Z")) {
			if bday == careBirthday(in.BirthDate, 17) {
				fail("accommodation %s around the 17th birthday (347/3001)", s.Accommodation)
			}
		}
	}
	return bad
}

func TestLeavingCareOnlyForEligibleYoungPeople(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	leavers := 0
	for n := range 3000 {
		in := careSample(r)
		out := careRun(uint64(n), in)
		if bad := careCheckLeaving(in, out); len(bad) > 0 {
			t.Fatalf("child %d (born %s, starting %s): %s", n, in.BirthDate, in.Start, strings.Join(bad, "; "))
		}
		if out.CareLeaver {
			leavers++
		}
	}
	if leavers < 100 {
		t.Errorf("only %d care leavers in 3,000 periods of care", leavers)
	}
	// Hand-chosen: in care from 10 to 15 only is not a care leaver; from 15 to 18 is.
	birth := hearth.NewDate(2006, time.June, 1)
	for seed := range 50 {
		in := careTestInput(birth, careBirthday(birth, 10), "N1")
		out := careRun(uint64(seed), in)
		if out.CareLeaver && !out.End.IsZero() && out.End.Before(careBirthday(birth, 16)) {
			t.Fatalf("seed %d: left care at %s before 16 but a care leaver", seed, out.End)
		}
	}
}

func TestMissingEpisodesDoNotOverlap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	birth := hearth.NewDate(2009, time.April, 2)
	from, to := hearth.NewDate(2023, time.April, 1), hearth.NewDate(2025, time.March, 31)
	n := 0
	for k := range 500 {
		rows := missingRows(r, newIDCounter(), nil, 7, birth, from, to, careTestRef, 21, true)
		var prev hearth.Date
		for _, row := range rows {
			m := row.(*exploitation.MissingEpisode)
			if err := m.Validate(); err != nil {
				t.Fatal(err)
			}
			s, e := hearth.DateOf(m.StartTime), hearth.DateOf(m.EndTime)
			if s.Before(from) || e.After(to) || (!prev.IsZero() && !s.After(prev)) {
				t.Fatalf("run %d: episode %s to %s (window %s to %s, previous ended %s)", k, s, e, from, to, prev)
			}
			prev = e
			n++
		}
	}
	if n == 0 {
		t.Fatal("no missing episodes for 500 teenagers in care")
	}
	if rows := missingHook(r, newIDCounter(), 7, birth, to, from, 21); len(rows) != 0 {
		t.Error("missing episodes in an empty period")
	}
}

// careBreachCheck reports whether the rule named is broken in the rows, by the rule's own check.
func careBreachCheck(rule string, rows []any) bool {
	for _, row := range rows {
		switch x := row.(type) {
		case *care.Review:
			if rule == "167" && !care.ReviewParticipation.Has(x.Participation) {
				return true
			}
		case *care.Episode:
			if rule == "1009" && x.ReasonPlaceChange != "" && !care.ReasonsPlaceChange.Has(x.ReasonPlaceChange) {
				return true
			}
		case *exploitation.MissingEpisode:
			if rule == "567" && !x.EndTime.IsZero() && inEngland(x.EndTime).Before(inEngland(x.StartTime)) { // the return counts days in England
				return true
			}
		case *care.PreviousPermanence:
			if rule == "631" && !care.PreviousPermanenceOptions.Has(x.Option) {
				return true
			}
		case *leaving.Status:
			if rule == "131" && !leaving.InTouchCodes.Has(x.InTouch) {
				return true
			}
		}
	}
	return false
}

func TestEveryBreachIsTheRuleItNames(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	seen := map[string]int{}
	for n := range 3000 {
		in := careSample(r)
		out := careRun(uint64(n), in)
		before := make([]any, len(out.Rows))
		for i, row := range out.Rows {
			v := reflect.New(reflect.TypeOf(row).Elem())
			v.Elem().Set(reflect.ValueOf(row).Elem())
			before[i] = v.Interface()
		}
		b, ok := careBreach(newRand(uint64(n), 903), out.Rows)
		if !ok {
			continue
		}
		seen[b.Rule]++
		if b.Return != "SSDA903" || b.Table == "" || b.Detail == "" {
			t.Fatalf("child %d: breach %+v", n, b)
		}
		if careBreachCheck(b.Rule, before) || !careBreachCheck(b.Rule, out.Rows) {
			t.Fatalf("child %d: breach %+v is not rule %s broken by the change", n, b, b.Rule)
		}
		changed := 0
		for i := range before {
			if !reflect.DeepEqual(before[i], out.Rows[i]) {
				changed++
			}
		}
		if changed != 1 {
			t.Fatalf("child %d: breach %+v changed %d rows", n, b, changed)
		}
		for _, rule := range []string{"167", "1009", "567", "631", "131"} {
			if rule != b.Rule && careBreachCheck(rule, out.Rows) {
				t.Fatalf("child %d: breach %s also breaks %s", n, b.Rule, rule)
			}
		}
	}
	for _, rule := range []string{"167", "1009", "567", "631", "131"} {
		if seen[rule] == 0 {
			t.Errorf("rule %s never chosen in 3,000 children (chosen: %v)", rule, seen)
		}
	}
	if _, ok := careBreach(r, nil); ok {
		t.Error("a breach in no rows")
	}
}

func TestCareWorkingDaysBeforeTheCalendar(t *testing.T) {
	// 20 working days from Friday 2 January 2009 (before the calendar's bank holidays): weekdays only.
	if got, want := careAddWD(hearth.NewDate(2009, time.January, 2), 20), hearth.NewDate(2009, time.January, 30); got != want {
		t.Errorf("careAddWD = %s, want %s", got, want)
	}
	d := hearth.NewDate(2024, time.December, 20)
	want, _ := calendar.England().AddWorkingDays(d.Time(), 20)
	if got := careAddWD(d, 20); got != hearth.DateOf(want) {
		t.Errorf("careAddWD = %s, want %s", got, hearth.DateOf(want))
	}
}

// careNationalStart returns a child starting to be looked after on a random day of the years before the
// reference date, with the ages and unaccompanied share of children starting in CLA 2024 (approximate:
// under 1 19%, 1 to 4 15%, 5 to 9 15%, 10 to 15 30%, 16 and 17 21%; 16% unaccompanied, mostly 16 and 17).
func careNationalStart(r *rand.Rand, years int) careInput {
	start := careTestRef.AddDays(-r.IntN(years * 365))
	var age int
	need := "N1"
	switch x := r.Float64(); {
	case x < 0.16:
		age, need = 16+r.IntN(2), "N8"
		if r.IntN(4) == 0 {
			age = 13 + r.IntN(3)
		}
	case x < 0.16+0.84*0.19:
		age = 0
	case x < 0.16+0.84*0.34:
		age = 1 + r.IntN(4)
	case x < 0.16+0.84*0.49:
		age = 5 + r.IntN(5)
	case x < 0.16+0.84*0.84:
		age = 10 + r.IntN(6)
	default:
		age = 16 + r.IntN(2)
	}
	birth := start.AddDays(-age*365 - r.IntN(365))
	in := careTestInput(birth, start, need)
	if need != "N8" && r.IntN(2) == 0 {
		in.Sex = "2"
	}
	return in
}

// TestCareCalibration makes children starting care at a steady rate over 18 years and compares the
// authority it gives at the reference date with the national statistics the notes in care.go cite. Run
// with -v to see the figures.
func TestCareCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("calibration runs 20,000 periods of care")
	}
	const years, n = 18, 20000
	r := rand.New(rand.NewPCG(11, 12))
	perYear := float64(n) / years
	yearStart := careTestRef.AddDays(-364)
	var stock, ceased, missingChildren, during int
	var durations []int
	ls, place, rec := map[string]int{}, map[string]int{}, map[string]int{}
	var inTouch, eet, suitable, statuses int
	touch := map[string]int{}
	var leavers, at18 int
	for k := range n {
		in := careNationalStart(r, years)
		out := careRun(uint64(k), in)
		eps := careRows[care.Episode](out)
		if len(eps) == 0 {
			continue
		}
		last := eps[len(eps)-1]
		if out.CareLeaver {
			leavers++
		}
		if !out.End.IsZero() && !out.End.Before(yearStart) && in.BirthDate.AgeOn(out.End) >= 18 {
			at18++
		}
		if out.End.IsZero() {
			stock++
			ls[last.LegalStatus[:1]+careLSGroup(last.LegalStatus)]++
			place[carePlaceGroup(last.PlacementType)]++
		} else if !out.End.Before(yearStart) {
			ceased++
			rec[careRECGroup(last.ReasonCeased)]++
			durations = append(durations, out.End.DaysSince(in.Start))
		}
		if out.End.IsZero() || !out.End.Before(yearStart) {
			during++
			for _, m := range careRows[exploitation.MissingEpisode](out) {
				if !hearth.DateOf(m.StartTime).Before(yearStart) {
					missingChildren++
					break
				}
			}
		}
		for _, s := range careRows[leaving.Status](out) {
			if s.Date.Before(yearStart) || in.BirthDate.AgeOn(s.Date) < 19 {
				continue
			}
			statuses++
			touch[s.InTouch]++
			if s.InTouch == "YES" {
				inTouch++
				if s.Activity[0] != 'G' {
					eet++
				}
				if s.Accommodation[1] == '1' && s.Accommodation[0] != 'W' {
					suitable++
				}
			}
		}
	}
	slices.Sort(durations)
	pct := func(m map[string]int, total int) string {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, " %s %.0f%%", k, 100*float64(m[k])/float64(total))
		}
		return b.String()
	}
	ratio := float64(stock) / perYear
	t.Logf("looked after at the reference date: %d, %.2f years of starts (national 83,630 / about 33,000 = 2.5)", stock, ratio)
	t.Logf("legal status:%s", pct(ls, stock))
	t.Logf("placement:%s", pct(place, stock))
	t.Logf("ceased in the last year: %d; reason:%s", ceased, pct(rec, ceased))
	if len(durations) > 0 {
		t.Logf("duration of the period ceased: median %d days, quartiles %d and %d", durations[len(durations)/2], durations[len(durations)/4], durations[3*len(durations)/4])
	}
	t.Logf("care leavers: %.0f%% of periods of care (national about 1 in 3: some 11,000 young people a year join the 17 to 21 year olds); ceased at 18 in the last year: %d (%.0f%% of those ceasing)",
		100*float64(leavers)/float64(n), at18, 100*float64(at18)/float64(ceased))
	t.Logf("missing in the last year: %.1f%% of children looked after during it", 100*float64(missingChildren)/float64(during))
	if statuses > 0 {
		t.Logf("care leavers 19 to 21: in touch %.0f%%, in EET %.0f%%, suitable accommodation %.0f%% (of all %d statuses);%s",
			100*float64(inTouch)/float64(statuses), 100*float64(eet)/float64(statuses), 100*float64(suitable)/float64(statuses), statuses, pct(touch, statuses))
	}
	if ratio < 2.0 || ratio > 3.1 {
		t.Errorf("stock is %.2f years of starts, want about 2.5", ratio)
	}
	if c2 := float64(ls["CC2"]) / float64(stock); c2 < 0.45 {
		t.Errorf("full care orders are %.0f%% of children looked after, want a majority", 100*c2)
	}
	if f := float64(place["foster"]) / float64(stock); f < 0.6 || f > 0.78 {
		t.Errorf("foster placements are %.0f%% of children looked after, want about 68%%", 100*f)
	}
}

// careLSGroup, carePlaceGroup and careRECGroup group codes as the national statistics do.
func careLSGroup(code string) string { return code }

func carePlaceGroup(typ string) string {
	switch {
	case strings.HasPrefix(typ, "U"):
		return "foster"
	case strings.HasPrefix(typ, "A"):
		return "adoption"
	case typ == "K2":
		return "childrens_home"
	case typ == "H5":
		return "supported"
	case typ == "P1":
		return "parents"
	case strings.HasPrefix(typ, "T"):
		return "temporary"
	}
	return "other_residential"
}

func careRECGroup(code string) string {
	switch code {
	case "E4A", "E4B":
		return "home"
	case "E11", "E12":
		return "adopted"
	case "E45", "E46", "E47", "E48":
		return "sgo"
	case "E5", "E6":
		return "independent"
	}
	return code
}

func BenchmarkCare(b *testing.B) {
	r := rand.New(rand.NewPCG(13, 14))
	ins := make([]careInput, 1024)
	for i := range ins {
		ins[i] = careNationalStart(r, 6)
	}
	ids := newIDCounter()
	b.ReportAllocs()
	rows := 0
	for i := 0; b.Loop(); i++ {
		out := makeCare(newRand(uint64(i), 1), ids, ins[i%len(ins)])
		rows += len(out.Rows)
	}
	b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
}

func TestCareAdoptionJourney(t *testing.T) {
	// Babies coming into care: some are adopted, always through a placement order, a decision, matching
	// and a placement for adoption, in that order.
	birth := hearth.NewDate(2020, time.January, 15)
	adopted := 0
	for seed := range 400 {
		in := careTestInput(birth, birth.AddDays(3), "N1")
		out := careRun(uint64(seed), in)
		eps := careRows[care.Episode](out)
		last := eps[len(eps)-1]
		if last.ReasonCeased != "E11" && last.ReasonCeased != "E12" {
			continue
		}
		adopted++
		var po, placed hearth.Date
		for _, e := range eps {
			if e.LegalStatus == "E1" && po.IsZero() {
				po = e.StartDate
			}
			if care.AdoptionPlacements[e.PlacementType] && placed.IsZero() {
				placed = e.StartDate
			}
		}
		pfa := careRows[care.PlacedForAdoption](out)
		perm := careRows[care.Adoption](out)
		if len(pfa) != 1 || len(perm) != 1 {
			t.Fatalf("seed %d: %d decisions and %d permanence rows for an adopted child", seed, len(pfa), len(perm))
		}
		d, a := pfa[0], perm[0]
		switch {
		case po.IsZero() || placed.IsZero():
			t.Fatalf("seed %d: adopted without a placement order (%s) or placement (%s)", seed, po, placed)
		case d.DecisionDate.Before(in.Start) || d.DecisionDate.After(po):
			t.Fatalf("seed %d: decision %s not between the start %s and the placement order %s (554, 1003)", seed, d.DecisionDate, in.Start, po)
		case !d.CeasedDate.IsZero():
			t.Fatalf("seed %d: adopted child with a reversed decision (558)", seed)
		case a.DecisionID != d.ID || a.MatchedDate.Before(po) || a.MatchedDate.After(placed):
			t.Fatalf("seed %d: matched %s, placement order %s, placed %s (331)", seed, a.MatchedDate, po, placed)
		case last.EndDate.DaysSince(placed) < 70:
			t.Fatalf("seed %d: adopted %d days after placement", seed, last.EndDate.DaysSince(placed))
		case a.NumberOfAdopters == 0 || a.ByFosterCarers == nil:
			t.Fatalf("seed %d: adopted without the AD1 items (601)", seed)
		case *a.ByFosterCarers != (last.PlacementType == "A5"):
			t.Fatalf("seed %d: FOSTER_CARE %v with placement %s (335)", seed, *a.ByFosterCarers, last.PlacementType)
		}
	}
	if adopted < 40 {
		t.Errorf("only %d of 400 babies adopted", adopted)
	}
}

func TestCareUnaccompaniedChild(t *testing.T) {
	birth := hearth.NewDate(2007, time.September, 1)
	for seed := range 100 {
		in := careTestInput(birth, hearth.NewDate(2023, time.November, 20), "N8")
		in.HomePostcode = hearth.Postcode{}
		out := careRun(uint64(seed), in)
		us := careRows[care.UASC](out)
		if len(us) != 1 {
			t.Fatalf("seed %d: %d uasc rows", seed, len(us))
		}
		u := us[0]
		last := careRows[care.Episode](out)[len(careRows[care.Episode](out))-1]
		switch {
		case last.ReasonCeased == "E15" && u.CeasedDate != last.EndDate:
			t.Fatalf("seed %d: age assessed as an adult on %s, UASC ceased %s", seed, last.EndDate, u.CeasedDate)
		case last.ReasonCeased != "E15" && u.CeasedDate != careBirthday(birth, 18):
			t.Fatalf("seed %d: UASC ceased %s, 18th birthday %s (304)", seed, u.CeasedDate, careBirthday(birth, 18))
		}
		for _, e := range careRows[care.Episode](out) {
			if e.DistanceMiles != 0 || e.LegalStatus != "V2" {
				t.Fatalf("seed %d: UASC episode with distance %g and legal status %s (406)", seed, e.DistanceMiles, e.LegalStatus)
			}
		}
	}
	// N8 under 12 is not an unaccompanied child.
	if us := careRows[care.UASC](careRun(1, careTestInput(hearth.NewDate(2015, time.May, 5), hearth.NewDate(2024, time.May, 1), "N8"))); len(us) != 0 {
		t.Error("a 9-year-old with need N8 made unaccompanied")
	}
}

func TestMissingHookForChildrenInNeed(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	birth := hearth.NewDate(2009, time.October, 10)
	from, to := hearth.NewDate(2023, time.April, 1), hearth.NewDate(2026, time.March, 31)
	children, episodes := 0, 0
	for range 2000 {
		rows := missingHook(r, newIDCounter(), 9, birth, from, to, 21)
		if len(rows) > 0 {
			children++
		}
		for _, row := range rows {
			m := row.(*exploitation.MissingEpisode)
			if m.RHIHeldAt.After(to.AddDays(1).Time()) || m.RecordedAt.After(to.AddDays(1).Time()) {
				t.Fatalf("interview or record after the end of the period: %+v", m)
			}
			episodes++
		}
	}
	// Three years from 13 to 16: about 1 in 5 goes missing at some point, 2 to 3 times a year.
	if children < 200 || children > 600 || episodes < 2*children {
		t.Errorf("%d of 2,000 children in need went missing, %d episodes", children, episodes)
	}
}
