package chronology_test

import (
	"slices"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/chronology"
	"hearth/store"
)

// TestArrangementsGiveTheirEvents builds a record with a private fostering arrangement (notified, visited,
// assessed, visited again), a homelessness assessment at 16 and a staying put arrangement after 18, and
// checks each step is an event of its day with its kind and what it found in words.
func TestArrangementsGiveTheirEvents(t *testing.T) {
	d := hearth.NewDate
	yes, no := true, false
	rec, err := store.NewChildRecord(hearth.Person{Forename: "Amara", Surname: "Okafor"},
		care.PrivateFostering{Record: hearth.Record{ID: 1}, NotifiedDate: d(2020, 3, 2), Carer: "Grace Bello", CarerRelation: "Family friend",
			InitialVisitDate: d(2020, 3, 5), SeenAlone: &yes, AssessedDate: d(2020, 4, 20), Suitable: &yes},
		care.PrivateFosteringVisit{Record: hearth.Record{ID: 2}, PrivateFosteringID: 1, Date: d(2020, 5, 28), SeenAlone: true, WorkerID: 7},
		care.HomelessAssessment{Record: hearth.Record{ID: 3}, PresentedDate: d(2024, 1, 8), PresentedTo: "housing",
			AssessedDate: d(2024, 1, 10), JointHousing: &yes, Outcome: "s20"},
		care.StayingPut{Record: hearth.Record{ID: 4}, StartDate: d(2026, 2, 1), Carer: "Ruth and Mark Day", CarerType: "in_house",
			ReviewedDate: d(2026, 8, 1), EndDate: d(2027, 1, 31), EndReason: "own_home"},
		care.HomelessAssessment{Record: hearth.Record{ID: 5}, PresentedDate: d(2024, 6, 3), PresentedTo: "children", JointHousing: &no},
	)
	if err != nil {
		t.Fatal(err)
	}
	type ev struct {
		date          hearth.Date
		kind          chronology.Kind
		title, detail string
	}
	var got []ev
	for _, e := range chronology.Of(rec, names{7: "Priya Shah"}) {
		got = append(got, ev{e.Date, e.Kind, e.Title, e.Detail})
	}
	want := []ev{
		{d(2020, 3, 2), chronology.KindCare, "Private fostering arrangement notified", "Grace Bello. Family friend."},
		{d(2020, 3, 5), chronology.KindVisit, "Private fostering: first visit", "Seen alone"},
		{d(2020, 4, 20), chronology.KindAssessment, "Private fostering arrangement assessed", "Suitable"},
		{d(2020, 5, 28), chronology.KindVisit, "Private fostering visit", "Seen alone. By Priya Shah."},
		{d(2024, 1, 8), chronology.KindCare, "Presented as homeless", "To the housing authority"},
		{d(2024, 1, 10), chronology.KindAssessment, "Joint homelessness assessment completed", "Accommodated under section 20: looked after. With housing."},
		{d(2024, 6, 3), chronology.KindCare, "Presented as homeless", "To children's services"},
		{d(2026, 2, 1), chronology.KindCare, "Began staying put with Ruth and Mark Day", "The authority's own foster carers"},
		{d(2026, 8, 1), chronology.KindCare, "Staying put arrangement reviewed", ""},
		{d(2027, 1, 31), chronology.KindCare, "Staying put ended", "The young person moved to a home of their own"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("the events are\n%v\nwant\n%v", got, want)
	}
}
