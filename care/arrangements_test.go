package care

import (
	"strings"
	"testing"

	"hearth"
)

// TestArrangementsValidate checks each arrangement's rules on rows with a known answer: a valid row passes,
// and each broken rule is named with its column, which is how the forms put it at its field.
func TestArrangementsValidate(t *testing.T) {
	d := hearth.NewDate
	yes, no := true, false
	cases := []struct {
		name string
		row  interface{ Validate() error }
		want string // the column named first in the problem, or "" for a valid row
	}{
		{"staying put", StayingPut{PersonID: 1, StartDate: d(2025, 9, 10), Carer: "Ruth Day", CarerType: "in_house", ReviewedDate: d(2026, 2, 1)}, ""},
		{"staying put without carers", StayingPut{PersonID: 1, StartDate: d(2025, 9, 10), CarerType: "in_house"}, "carer: "},
		{"staying put, unknown carer type", StayingPut{PersonID: 1, StartDate: d(2025, 9, 10), Carer: "R", CarerType: "x"}, "carer_type: "},
		{"staying put ended without a reason", StayingPut{PersonID: 1, StartDate: d(2025, 9, 10), Carer: "R", CarerType: "agency", EndDate: d(2026, 1, 1)}, "end_reason: "},
		{"staying put reviewed before it began", StayingPut{PersonID: 1, StartDate: d(2025, 9, 10), Carer: "R", CarerType: "agency", ReviewedDate: d(2025, 9, 1)}, "reviewed_date: "},
		{"private fostering", PrivateFostering{PersonID: 1, NotifiedDate: d(2026, 2, 16), StartDate: d(2026, 1, 5), Carer: "Grace",
			InitialVisitDate: d(2026, 2, 18), SeenAlone: &yes, AssessedDate: d(2026, 3, 20), Suitable: &no}, ""},
		{"private fostering visited before notification", PrivateFostering{PersonID: 1, NotifiedDate: d(2026, 2, 16), Carer: "Grace",
			InitialVisitDate: d(2026, 2, 10), SeenAlone: &yes}, "initial_visit_date: "},
		{"private fostering visit without seen alone", PrivateFostering{PersonID: 1, NotifiedDate: d(2026, 2, 16), Carer: "Grace",
			InitialVisitDate: d(2026, 2, 18)}, "seen_alone: "},
		{"private fostering assessed without the finding", PrivateFostering{PersonID: 1, NotifiedDate: d(2026, 2, 16), Carer: "Grace",
			AssessedDate: d(2026, 3, 1)}, "suitable: "},
		{"private fostering ended before it began", PrivateFostering{PersonID: 1, NotifiedDate: d(2026, 2, 16), StartDate: d(2026, 1, 5), Carer: "Grace",
			EndDate: d(2026, 1, 1), EndReason: "home"}, "end_date: "},
		{"private fostering visit", PrivateFosteringVisit{PersonID: 1, PrivateFosteringID: 2, Date: d(2026, 3, 1)}, ""},
		{"private fostering visit without its arrangement", PrivateFosteringVisit{PersonID: 1, Date: d(2026, 3, 1)}, "private_fostering_id: "},
		{"homeless", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "housing", AssessedDate: d(2026, 2, 25), Outcome: "s20"}, ""},
		{"homeless, not yet assessed", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "children"}, ""},
		{"homeless assessed before presenting", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "housing",
			AssessedDate: d(2026, 2, 20), Outcome: "s17"}, "assessed_date: "},
		{"homeless outcome without an assessment", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "housing", Outcome: "s17"}, "assessed_date: "},
		{"homeless declined without an advocate", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "housing",
			AssessedDate: d(2026, 2, 25), Outcome: "declined", Advocacy: &no}, "advocacy: "},
		{"homeless declined with an advocate", HomelessAssessment{PersonID: 1, PresentedDate: d(2026, 2, 23), PresentedTo: "housing",
			AssessedDate: d(2026, 2, 25), Outcome: "declined", Advocacy: &yes}, ""},
	}
	for _, tc := range cases {
		err := tc.row.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && err == nil:
			t.Errorf("%s: passed, want a problem with %s", tc.name, tc.want)
		case tc.want != "" && !strings.Contains(hearth.ErrorMessage(err), "): "+tc.want):
			t.Errorf("%s: %v, want the problem named %s first", tc.name, err, tc.want)
		}
	}
}

// TestStayingPutCurrent checks an arrangement stands from its first day to the day before it ended.
func TestStayingPutCurrent(t *testing.T) {
	sp := StayingPut{StartDate: hearth.NewDate(2025, 9, 10), EndDate: hearth.NewDate(2026, 3, 1)}
	for d, want := range map[hearth.Date]bool{hearth.NewDate(2025, 9, 9): false, hearth.NewDate(2025, 9, 10): true,
		hearth.NewDate(2026, 2, 28): true, hearth.NewDate(2026, 3, 1): false} {
		if got := sp.Current(d); got != want {
			t.Errorf("Current(%s) = %v, want %v", d, got, want)
		}
	}
}
