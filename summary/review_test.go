package summary_test

import (
	"testing"

	"hearth"
	"hearth/duty"
	"hearth/protection"
	"hearth/store"
	"hearth/summary"
)

// TestNextCPReviewIsTheDuty checks that the key date "next child protection review conference due" is the
// duty engine's: three months after the initial conference, brought back to the Friday when they end on a
// Saturday, then six months after each review, and the organisation's stricter setting when it has one.
func TestNextCPReviewIsTheDuty(t *testing.T) {
	active := func(id hearth.ID) hearth.Record {
		return hearth.Record{ID: id, Version: 1, Status: hearth.StatusActive}
	}
	plan := protection.CPPlan{Record: active(50), PersonID: 1, CINEpisodeID: 10, StartDate: hearth.NewDate(2025, 11, 30),
		InitialCategory: "NEG", LatestCategory: "NEG"}
	icpc := protection.Conference{Record: active(60), PersonID: 1, CINEpisodeID: 10, Kind: "initial", CPPlanID: 50,
		ConferenceDate: hearth.NewDate(2025, 11, 30), Outcome: "plan_made", Categories: hearth.Codes{"NEG"}}
	review := protection.Conference{Record: active(61), PersonID: 1, CINEpisodeID: 10, Kind: "review", CPPlanID: 50,
		ConferenceDate: hearth.NewDate(2026, 2, 20), Outcome: "plan_continues", Categories: hearth.Codes{"NEG"}}
	person := hearth.Person{Record: active(1), Forename: "Ada", Surname: "Test", BirthDate: hearth.NewDate(2015, 1, 1)}

	rec, err := store.NewChildRecord(person, plan, icpc)
	if err != nil {
		t.Fatal(err)
	}
	next := func(s summary.Summary) hearth.Date {
		for _, k := range s.KeyDates {
			if k.Label == "Next child protection review conference due" {
				return k.Date
			}
		}
		return hearth.Date{}
	}
	s := summary.Of(rec, nil, nil, hearth.NewDate(2026, 1, 10))
	if want := hearth.NewDate(2026, 2, 27); s.CPPlan.NextReview != want || next(s) != want {
		t.Errorf("first review due %s (key date %s), want %s: 28 February 2026 is a Saturday", s.CPPlan.NextReview, next(s), want)
	}

	rec, err = store.NewChildRecord(person, plan, icpc, review)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summary.Of(rec, nil, nil, hearth.NewDate(2026, 3, 1)).CPPlan.NextReview, hearth.NewDate(2026, 8, 20); got != want {
		t.Errorf("second review due %s, want %s", got, want)
	}
	stricter := duty.Defaults()
	if err := stricter.Override(duty.ReviewConference, 5, duty.Months); err != nil {
		t.Fatal(err)
	}
	if got, want := summary.OfWith(rec, nil, nil, hearth.NewDate(2026, 3, 1), stricter).CPPlan.NextReview, hearth.NewDate(2026, 7, 20); got != want {
		t.Errorf("with reviews every 5 months, due %s, want %s", got, want)
	}
}
