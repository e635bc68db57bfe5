package ssda903

import (
	"slices"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/workforce"
)

func day(s string) hearth.Date {
	d, err := hearth.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func yes() *bool { b := true; return &b }

func postcode(s string) hearth.Postcode {
	p, err := hearth.ParsePostcode(s)
	if err != nil {
		panic(err)
	}
	return p
}
func no() *bool { b := false; return &b }

// handRecord is a small authority with one child of each kind the export must tell apart, for the
// collection year 2026 (1 April 2025 to 31 March 2026):
//
//   - C1, a girl in care since 2023 (so in OC2), a mother, whose placement changed in the year, with a
//     review, a missing episode, two social workers and health events;
//   - C2, a boy who came into care in the year as an unaccompanied asylum seeker (UASC to his 18th
//     birthday, PrevPerm with a partly known date), on an episode that ends after the year (so open in
//     the return);
//   - C3, adopted in the year (AD1, PlacedAdoption);
//   - C4, a care leaver whose 19th birthday is in the year (OC3), not looked after in it;
//   - C5, who left care before the year and is in no table.
func handRecord() *Record {
	person := func(id hearth.ID, child, sex, born string) hearth.Person {
		id2, _ := hearth.ParseLAChildID(child)
		p := hearth.Person{LAChildID: id2, Sex: sex, BirthDate: day(born), Ethnicity: "WBRI", UPN: hearth.GenerateUPN(100, 1, 10, int(id))}
		if id == 3 {
			p.UPN, p.UPNUnknown = hearth.UPN{}, "UN2" // under school age
		}
		p.ID = id
		return p
	}
	ep := func(pid hearth.ID, period, start, rne, ls, place, prov, end, rec, rpc string) care.Episode {
		e := care.Episode{PersonID: pid, PeriodStart: day(period), StartDate: day(start), ReasonNewEpisode: rne, LegalStatus: ls,
			CategoryOfNeed: "N1", PlacementType: place, PlacementProvider: prov, ReasonCeased: rec, ReasonPlaceChange: rpc,
			HomePostcode: postcode("HE1 7BA"), PlacementPostcode: postcode("HE4 2DE")}
		if end != "" {
			e.EndDate = day(end)
		}
		return e
	}
	score := 14
	at := func(s string) time.Time { return day(s).Time().Add(14 * time.Hour) }
	decision := care.PlacedForAdoption{PersonID: 3, DecisionDate: day("2024-06-01")}
	decision.ID = 900
	return &Record{
		Children: []hearth.Person{person(4, "C4", "1", "2006-07-10"), person(1, "C1", "2", "2010-05-01"), person(2, "C2", "1", "2012-01-20"),
			person(3, "C3", "2", "2022-02-02"), person(5, "C5", "1", "2011-03-03")},
		Episodes: []care.Episode{
			ep(1, "2023-01-10", "2023-01-10", "S", "C2", "U6", "PR4", "2025-09-01", "X1", "CARPL"),
			ep(1, "2023-01-10", "2025-09-01", "P", "C2", "U4", "PR1", "", "", ""),
			ep(2, "2025-06-15", "2025-06-15", "S", "V2", "U6", "PR4", "2026-05-01", "E8", ""),
			ep(3, "2023-03-01", "2023-03-01", "S", "C2", "U6", "PR4", "2024-09-01", "X1", "CARPL"),
			ep(3, "2023-03-01", "2024-09-01", "L", "E1", "A6", "PR1", "2025-12-12", "E11", ""),
			ep(4, "2020-01-01", "2020-01-01", "S", "C2", "U6", "PR4", "2024-07-10", "E8", ""),
			ep(5, "2022-01-01", "2022-01-01", "S", "V2", "U6", "PR4", "2025-02-01", "E13", ""),
		},
		Reviews: []care.Review{
			{PersonID: 1, Date: day("2025-10-01"), Participation: "PN1"},
			{PersonID: 1, Date: day("2025-04-20"), Participation: "PN2"},
			{PersonID: 1, Date: day("2024-10-01"), Participation: "PN1"}, // last year
		},
		UASC:          []care.UASC{{PersonID: 2, StartDate: day("2025-06-15")}},
		Health:        []care.HealthAssessment{{PersonID: 1, Kind: care.HealthDental, Date: day("2025-11-01"), Outcome: "completed"}, {PersonID: 1, Kind: care.HealthReview, Date: day("2025-12-01"), Outcome: "refused"}},
		Immunisations: []care.Immunisations{{PersonID: 1, Date: day("2025-08-01"), UpToDate: true}},
		SDQs:          []care.SDQ{{PersonID: 1, Date: day("2025-07-01"), Score: &score}},
		SubstanceMisuse: []care.SubstanceMisuse{
			{PersonID: 1, Date: day("2025-09-09"), InterventionOffered: yes(), InterventionReceived: no()},
		},
		PreviousPermanence: []care.PreviousPermanence{{PersonID: 2, PeriodStart: day("2025-06-15"), Option: "P2", LACode: "931", OrderDate: day("2019-05-01"), OrderDateKnown: "month"}},
		PlacedForAdoption:  []care.PlacedForAdoption{decision},
		Adoptions: []care.Adoption{{PersonID: 3, DecisionID: 900, MatchedDate: day("2024-08-01"), ByFosterCarers: no(), NumberOfAdopters: 2,
			AdopterSex: "MF", AdopterLegalStatus: "L11"}},
		Missing: []exploitation.MissingEpisode{
			{PersonID: 1, Kind: "M", StartTime: at("2025-05-05"), EndTime: at("2025-05-06")},
			{PersonID: 1, Kind: "A", StartTime: at("2026-03-30"), EndTime: at("2026-04-02")},
			{PersonID: 5, Kind: "M", StartTime: at("2025-05-05")}, // not looked after then
		},
		CareLeavers: []leaving.CareLeaver{{PersonID: 4, Category: leaving.FormerRelevant, StartDate: day("2024-07-10")}},
		CareLeaverStatus: []leaving.Status{
			{PersonID: 4, Date: day("2025-06-01"), InTouch: "YES", Activity: "F2", Accommodation: "U1"},
			{PersonID: 4, Date: day("2025-01-01"), InTouch: "NO", Activity: "0", Accommodation: "0"}, // outside the window
		},
		SocialWorkers: []workforce.Allocation{
			{PersonID: 1, WorkerID: 70, StartDate: day("2023-01-10"), EndDate: day("2025-07-01"), EndReason: "LEFTRL"},
			{PersonID: 1, WorkerID: 71, StartDate: day("2025-07-01")},
			{PersonID: 2, WorkerID: 70, StartDate: day("2022-11-01"), EndDate: day("2025-06-15"), EndReason: "TSPROC"}, // before care
			{PersonID: 2, WorkerID: 71, StartDate: day("2025-06-15")},
			{PersonID: 3, WorkerID: 70, StartDate: day("2023-03-01")},
		},
		Registrations: map[hearth.ID]string{70: "SW000070", 71: "XX0071"},
		ChildrenBorn:  map[hearth.ID][]hearth.Date{1: {day("2026-02-01")}},
	}
}

// TestExportHandBuiltRecord checks every table of the return of a small hand-built record, row by row.
func TestExportHandBuiltRecord(t *testing.T) {
	ret := Export(handRecord(), 2026)
	want := map[Table][]string{
		Header: {"C1,F,01/05/2010,WBRI,K100000110001,1,01/02/2026", "C2,M,20/01/2012,WBRI,Z100000110002,,", "C3,F,02/02/2022,WBRI,UN2,0,", "C4,M,10/07/2006,WBRI,C100000110004,,"},
		Episodes: {
			"C1,10/01/2023,S,C2,N1,U6,PR4,01/09/2025,X1,CARPL,HE1 7BA,HE4 2DE,", "C1,01/09/2025,P,C2,N1,U4,PR1,,,,HE1 7BA,HE4 2DE,",
			"C2,15/06/2025,S,V2,N1,U6,PR4,,,,HE1 7BA,HE4 2DE,", // ends after the year: open on 31 March
			"C3,01/09/2024,L,E1,N1,A6,PR1,12/12/2025,E11,,HE1 7BA,HE4 2DE,",
		},
		Reviews:        {"C1,01/05/2010,20/04/2025,PN2", "C1,01/05/2010,01/10/2025,PN1"},
		UASC:           {"C2,M,20/01/2012,20/01/2030"},
		OC2:            {"C1,01/05/2010,14,,0,,1,1,0,1,0,1"},
		OC3:            {"C4,10/07/2006,YES,F2,U1"},
		AD1:            {"C3,02/02/2022,01/06/2024,01/08/2024,0,2,MF,L11"},
		PlacedAdoption: {"C3,02/02/2022,01/06/2024,,"},
		PrevPerm:       {"C2,20/01/2012,P2,931,ZZ/05/2019"},
		Missing:        {"C1,01/05/2010,M,05/05/2025,06/05/2025", "C1,01/05/2010,A,30/03/2026,"},
		SocialWorker: {"C1,01/05/2010,SW000070,10/01/2023,01/07/2025,", "C1,01/05/2010,XX0071,01/07/2025,,LEFTRL",
			"C2,20/01/2012,SW000070,01/11/2022,15/06/2025,", "C2,20/01/2012,XX0071,15/06/2025,,TSPROC", // before care too
			"C3,02/02/2022,SW000070,01/03/2023,,"},
	}
	for _, tb := range Tables {
		var got []string
		for i := 0; i < ret.Len(tb); i++ {
			got = append(got, strings.Join(ret.Values(tb, i), ","))
		}
		if !slices.Equal(got, want[tb]) {
			t.Errorf("%s:\n got %q\nwant %q", tb, got, want[tb])
		}
	}
	if ret.Present[DoLo] || !ret.Present[SocialWorker] {
		t.Errorf("2025/26 has the SocialWorker table and not yet DoLo: present %v", ret.Present)
	}
	if rep := Validate(ret, Options{Year: 2026}); len(rep.Findings) > 0 {
		t.Errorf("the hand-built return has findings: %+v", rep.Findings)
	}
}

// TestExportAsAtCutsTheYear checks that the year so far treats what happened after the day as not yet
// happened: C1's placement change on 1 September 2025 is not in a return as at 31 August 2025.
func TestExportAsAtCutsTheYear(t *testing.T) {
	ret := ExportAsAt(handRecord(), 2026, day("2025-08-31"))
	var got []string
	for i := range ret.Episodes {
		if ret.Episodes[i].CHILD == "C1" {
			got = append(got, ret.Episodes[i].DECOM+"-"+ret.Episodes[i].DEC)
		}
	}
	if want := []string{"10/01/2023-"}; !slices.Equal(got, want) {
		t.Errorf("C1's episodes as at 31 August 2025: %q, want %q", got, want)
	}
}

// TestExportDoLoFrom2027 checks that the deprivation of liberty table is in the return from 2026/27.
func TestExportDoLoFrom2027(t *testing.T) {
	rec := handRecord()
	rec.DoLo = []care.DeprivationOfLiberty{{PersonID: 1, StartDate: day("2026-05-01"), EndDate: day("2027-06-01")}}
	ret := Export(rec, 2027)
	if !ret.Present[DoLo] || len(ret.DoLo) != 1 || ret.DoLo[0].DOLO_START != "01/05/2026" || ret.DoLo[0].DOLO_END != "" {
		t.Errorf("DoLo in 2026/27: present %v, rows %+v", ret.Present[DoLo], ret.DoLo)
	}
}

func TestSexCode(t *testing.T) {
	for _, c := range []struct {
		sex  string
		year int
		want string
	}{{"1", 2026, "M"}, {"2", 2026, "F"}, {"", 2026, "U"}, {"3", 2026, "3"}, {"1", 2024, "1"}} {
		if got := SexCode(c.sex, c.year); got != c.want {
			t.Errorf("SexCode(%q, %d) = %q, want %q", c.sex, c.year, got, c.want)
		}
	}
}

func TestPlacementCode(t *testing.T) {
	for _, c := range []struct {
		place, urn string
		year       int
		want       string
	}{{"H5", "SC900611", 2026, "K3"}, {"H5", "SC900611", 2025, "K3"}, {"H5", "", 2026, "H5"}, {"H5", "SC900611", 2024, "H5"}, {"U6", "SC1", 2026, "U6"}} {
		if got := PlacementCode(c.place, c.urn, c.year); got != c.want {
			t.Errorf("PlacementCode(%q, %q, %d) = %q, want %q", c.place, c.urn, c.year, got, c.want)
		}
	}
}
