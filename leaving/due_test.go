package leaving

import (
	"reflect"
	"testing"
)

// The young person below was born on 15 June 2008: 16 on 15 June 2024, so a pathway plan made on
// eligibility at 16 is due by 15 September 2024.
func TestDueItems(t *testing.T) {
	born := day(t, "2008-06-15")
	for _, tc := range []struct {
		name  string
		facts DueFacts
		want  []Due
	}{
		{"eligible at 16 with nothing yet: assessment and plan by 16 and 3 months",
			DueFacts{Birth: born, Category: Eligible, CategorySince: day(t, "2024-06-15"), EligibleFrom: day(t, "2024-06-15")},
			[]Due{{"Needs assessment", day(t, "2024-09-15")}, {"Pathway plan", day(t, "2024-09-15")}}},
		{"eligible after 16: three months from becoming eligible",
			DueFacts{Birth: born, Category: Eligible, CategorySince: day(t, "2025-01-10"), EligibleFrom: day(t, "2025-01-10")},
			[]Due{{"Needs assessment", day(t, "2025-04-10")}, {"Pathway plan", day(t, "2025-04-10")}}},
		{"assessed, no plan yet",
			DueFacts{Birth: born, Category: Eligible, EligibleFrom: day(t, "2024-06-15"), AssessmentDone: day(t, "2024-08-01")},
			[]Due{{"Pathway plan", day(t, "2024-09-15")}}},
		{"plan never reviewed: six months after it was made",
			DueFacts{Birth: born, Category: Eligible, EligibleFrom: day(t, "2024-06-15"), AssessmentDone: day(t, "2024-08-01"), PlanMade: day(t, "2024-08-20")},
			[]Due{{"Pathway plan review", day(t, "2025-02-20")}}},
		{"relevant: review six months after the last, contact six weeks after the last, soonest first",
			DueFacts{Birth: born, Category: Relevant, CategorySince: day(t, "2025-01-10"), EligibleFrom: day(t, "2024-06-15"),
				AssessmentDone: day(t, "2024-08-01"), PlanMade: day(t, "2024-08-20"), LastReview: day(t, "2025-02-01"), LastContact: day(t, "2025-03-03")},
			[]Due{{"Contact with personal adviser", day(t, "2025-04-14")}, {"Pathway plan review", day(t, "2025-08-01")}}},
		{"former relevant never contacted: six weeks from the category's start",
			DueFacts{Birth: born, Category: FormerRelevant, CategorySince: day(t, "2026-06-15"), EligibleFrom: day(t, "2024-06-15"), PlanMade: day(t, "2024-08-20"), LastReview: day(t, "2026-05-01")},
			[]Due{{"Contact with personal adviser", day(t, "2026-07-27")}, {"Pathway plan review", day(t, "2026-11-01")}}},
		{"qualifying: advice and assistance, nothing due",
			DueFacts{Birth: born, Category: Qualifying, CategorySince: day(t, "2025-01-10")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.facts.Items()
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Items() = %v, want %v", got, tc.want)
			}
			next, ok := tc.facts.Next()
			if ok != (len(tc.want) > 0) || (ok && next != tc.want[0]) {
				t.Errorf("Next() = %v, %v; want the first of %v", next, ok, tc.want)
			}
		})
	}
}

func TestDueOverdue(t *testing.T) {
	d := Due{"Pathway plan review", day(t, "2025-08-01")}
	if d.Overdue(day(t, "2025-08-01")) {
		t.Error("due today is not overdue")
	}
	if !d.Overdue(day(t, "2025-08-02")) {
		t.Error("the day after is overdue")
	}
}
