package annexa

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"hearth"
	"hearth/care"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/workforce"
)

// TestHeadingsMatchTheTemplate reads Ofsted's template (a copy of ../shared/reference/annex-a-template.xlsx)
// and checks each list's headings, word for word and in order.
func TestHeadingsMatchTheTemplate(t *testing.T) {
	f, err := excelize.OpenFile("testdata/annex-a-template.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for n := 1; n <= 11; n++ {
		rows, err := f.GetRows(SheetName(n))
		if err != nil {
			t.Fatalf("List %d: %v", n, err)
		}
		if !slices.Equal(rows[0], Headings[n-1]) {
			t.Errorf("List %d headings:\n got %q\nwant %q", n, Headings[n-1], rows[0])
		}
	}
}

func day(s string) hearth.Date {
	d, err := hearth.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func truth(b bool) *bool { return &b }

// handRecord is a small authority as at 30 September 2025: A had a contact in the six months and one
// before; B was referred, assessed, had an enquiry and conference and is on a child protection plan; C is
// looked after and was placed for adoption; D is a care leaver; the Smiths are adopters.
func handRecord() *Record {
	person := func(id hearth.ID, la, gender, eth, born string) hearth.Person {
		l, _ := hearth.ParseLAChildID(la)
		p := hearth.Person{LAChildID: l, IsChild: true, Gender: gender, Ethnicity: eth, BirthDate: day(born), Disabilities: hearth.Codes{"NONE"}}
		p.ID = id
		return p
	}
	adopter := person(10, "", "2", "WIRI", "1985-01-01")
	adopter.IsChild = false
	at := func(s string) time.Time { return day(s).Time().Add(10 * time.Hour) }
	plan := protection.CPPlan{PersonID: 2, StartDate: day("2025-06-01"), InitialCategory: "NEG", LatestCategory: "NEG"}
	plan.ID = 50
	s47 := protection.S47Enquiry{PersonID: 2, StartDate: day("2025-05-10"), ICPCRequired: truth(true)}
	s47.ID = 60
	decision := care.PlacedForAdoption{PersonID: 3, DecisionDate: day("2025-01-15")}
	decision.ID = 70
	house := care.Adopters{FirstAdopterID: 10, EnquiryDate: day("2024-11-01"), ApprovalDate: day("2025-03-01"), ChildrenApproved: 1}
	house.ID = 80
	b := person(2, "B2", "1", "APKN", "2015-03-03")
	b.Disabilities = hearth.Codes{"MOB"}
	return &Record{
		People:      []hearth.Person{person(1, "A1", "2", "WBRI", "2012-05-05"), b, person(3, "C3", "1", "NOBT", "2022-02-02"), person(4, "D4", "2", "WBRI", "2006-04-04"), adopter},
		Teams:       map[hearth.ID]string{5: "Locality 1"},
		Workers:     map[hearth.ID]string{6: "Sam Worker", 7: "Pat Adviser"},
		Allocations: []workforce.Allocation{{PersonID: 2, WorkerID: 6, TeamID: 5, Role: workforce.RoleSocialWorker, StartDate: day("2025-05-01")}, {PersonID: 4, WorkerID: 7, TeamID: 5, Role: workforce.RolePersonalAdviser, StartDate: day("2024-04-04")}},
		Contacts: []frontdoor.Contact{
			{PersonID: 1, ReceivedAt: at("2025-07-01"), Source: "5A"},
			{PersonID: 1, ReceivedAt: at("2025-03-01"), Source: "5A"}, // before the six months
		},
		Referrals:   []frontdoor.CINEpisode{{PersonID: 2, ReferralDate: day("2025-05-01"), ReferralSource: "1A", PrimaryNeed: "N1"}, {PersonID: 2, ReferralDate: day("2024-12-01"), ReferralSource: "1A", ReferralNFA: true, ClosureDate: day("2024-12-01")}},
		Assessments: []protection.Assessment{{PersonID: 2, StartDate: day("2025-05-02"), AuthorisationDate: day("2025-06-10"), ChildSeen: truth(true), Outcome: "cin_plan"}},
		S47:         []protection.S47Enquiry{s47},
		Conferences: []protection.Conference{{PersonID: 2, Kind: protection.ConferenceInitial, S47EnquiryID: 60, CPPlanID: 50, ConferenceDate: day("2025-06-01"), Outcome: protection.ConferencePlanMade}},
		CPPlans:     []protection.CPPlan{plan},
		Visits:      []protection.Visit{{PersonID: 2, Kind: protection.VisitCP, CPPlanID: 50, VisitDate: day("2025-09-01"), ChildSeen: truth(true), SeenAlone: truth(false)}},
		Episodes: []care.Episode{
			{PersonID: 3, PeriodStart: day("2024-06-01"), StartDate: day("2024-06-01"), ReasonNewEpisode: "S", LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1", EndDate: day("2025-04-01"), ReasonCeased: "X1"},
			{PersonID: 3, PeriodStart: day("2024-06-01"), StartDate: day("2025-04-01"), ReasonNewEpisode: "B", LegalStatus: "E1", CategoryOfNeed: "N1", PlacementType: "A6", PlacementProvider: "PR1", URN: "XXXXXXX"},
			{PersonID: 4, PeriodStart: day("2020-01-01"), StartDate: day("2020-01-01"), ReasonNewEpisode: "S", LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1", EndDate: day("2024-04-04"), ReasonCeased: "E8"},
		},
		Reviews:           []care.Review{{PersonID: 3, Date: day("2025-08-01"), Participation: "PN0", PermanencePlan: "adoption"}},
		CareLeavers:       []leaving.CareLeaver{{PersonID: 4, Category: leaving.FormerRelevant, StartDate: day("2024-04-04")}},
		CareLeaverStatus:  []leaving.Status{{PersonID: 4, Date: day("2025-04-01"), InTouch: "YES", Activity: "F2", Accommodation: "U1"}},
		PlacedForAdoption: []care.PlacedForAdoption{decision},
		Adoptions:         []care.Adoption{{PersonID: 3, DecisionID: 70, MatchedDate: day("2025-03-20"), AdoptersID: 80}},
		Adopters:          []care.Adopters{house},
		Families:          map[hearth.ID]hearth.ID{3: 900},
	}
}

// TestBuildHandBuiltRecord checks the rows of each list made from the hand-built record, cell by cell
// where it matters.
func TestBuildHandBuiltRecord(t *testing.T) {
	l := Build(handRecord(), day("2025-09-30"))
	for n, rows := range l.Lists {
		for _, r := range rows {
			if len(r) != len(Headings[n]) {
				t.Errorf("List %d: a row of %d values for %d headings: %q", n+1, len(r), len(Headings[n]), r)
			}
		}
	}
	want := map[int][][]string{
		1: {{"A1", "b) Female", "a) WBRI", "05/05/2012", "13", "01/07/2025", "5A: " + frontdoor.ReferralSources.Description("5A")}},
		3: {{"B2", "a) Male", "k) APKN", "03/03/2015", "10", "01/05/2025", "1A: " + frontdoor.ReferralSources.Description("1A"), "No", "1", "Locality 1", "Sam Worker"}},
		9: {{"D4", "b) Female", "a) WBRI", "04/04/2006", "19", "b) No", "Locality 1", "Pat Adviser", "b) Former relevant child", "a) Yes",
			"U: " + leaving.AccommodationTypes.Description("U"), "a) Suitable", "F2: " + leaving.Activities.Description("F2")}},
		11: {{"10", "80", "b) Female", "b) WIRI", "b) No", "No", "01/11/2024", "", "", "", "", "", "01/03/2025", "20/03/2025", "01/04/2025", "1", "", "", ""}},
	}
	for n, rows := range want {
		if !slices.EqualFunc(l.Lists[n-1], rows, slices.Equal) {
			t.Errorf("List %d:\n got %q\nwant %q", n, l.Lists[n-1], rows)
		}
	}
	// List 5: the enquiry's conference made a plan; List 7: the plan, its last visit; List 8: C looked
	// after, placed for adoption on 1 April 2025; List 10: C's decision, matching and placement.
	cell := func(list int, col string) string {
		i := slices.Index(Headings[list-1], col)
		if i < 0 || len(l.Lists[list-1]) != 1 {
			t.Fatalf("List %d: no column %q or not one row: %q", list, col, l.Lists[list-1])
		}
		return l.Lists[list-1][0][i]
	}
	for _, c := range []struct {
		list      int
		col, want string
	}{
		{4, "Continuous Assessment Date of Authorisation", "10/06/2025"},
		{4, "Does the Child have a Disability", "a) Yes"},
		{5, "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Yes"},
		{5, "Was an Initial Child Protection Conference deemed unnecessary?", "No"},
		{6, "Case Status", "b) Child Protection plan"},
		{6, "Date Child Was Last Seen", "01/09/2025"},
		{7, "Date of the Last Statutory Visit", "01/09/2025"},
		{7, "Was the Child Seen Alone?", "b) No"},
		{7, "Number of Previous Child Protection Plans", "0"},
		{8, "Child Unique ID", "C3"},
		{8, "Date Started to be Looked After", "01/06/2024"},
		{8, "Start date of current legal status", "01/04/2025"},
		{8, "Number of Placements in the Last 12 months", "2"},
		{8, "What is the permanence plan for this child?", "adoption: " + care.PermanencePlans.Description("adoption")},
		{10, "Family identifier", "900"},
		{10, "Date Placed for Adoption", "01/04/2025"},
		{10, "Date of Matching Child and Prospective Adopters", "20/03/2025"},
		{10, "Date of Placement Order", "01/04/2025"},
	} {
		if got := cell(c.list, c.col); got != c.want {
			t.Errorf("List %d %q: %q, want %q", c.list, c.col, got, c.want)
		}
	}
	if len(l.Lists[1]) != 0 {
		t.Errorf("List 2 (early help assessments): %q, want none", l.Lists[1])
	}
}

// TestWorkbookHoldsTheLists writes the workbook and reads it back: a sheet per list with the headings and
// every row.
func TestWorkbookHoldsTheLists(t *testing.T) {
	l := Build(handRecord(), day("2025-09-30"))
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 11 || got[0] != "List 1" || got[10] != "List 11" {
		t.Fatalf("sheets %q", got)
	}
	for n := 1; n <= 11; n++ {
		rows, err := f.GetRows(SheetName(n))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(rows[0], Headings[n-1]) || len(rows)-1 != len(l.Lists[n-1]) {
			t.Errorf("List %d: headings %q and %d rows, want %d rows", n, rows[0], len(rows)-1, len(l.Lists[n-1]))
			continue
		}
		for i, r := range l.Lists[n-1] {
			// Excel drops trailing empty cells of a row.
			if got := rows[i+1]; !slices.Equal(got, r[:len(got)]) {
				t.Errorf("List %d row %d: %q, want %q", n, i, got, r)
			}
		}
	}
}
