package leaving

import (
	"strings"
	"testing"
	"time"

	"hearth"
)

func day(t testing.TB, s string) hearth.Date {
	t.Helper()
	d, err := hearth.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

type validator interface{ Validate() error }

type rejects struct {
	name   string
	row    validator
	column string
}

func testValidate(t *testing.T, valid validator, cases []rejects) {
	t.Helper()
	t.Run("accepts a complete row", func(t *testing.T) {
		if err := valid.Validate(); err != nil {
			t.Fatalf("Validate() = %v, want nil", err)
		}
	})
	for _, tc := range cases {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			err := tc.row.Validate()
			if err == nil {
				t.Fatalf("Validate() = nil, want an error naming %s", tc.column)
			}
			if code := hearth.ErrorCode(err); code != hearth.EINVALID {
				t.Errorf("error code = %q, want %q", code, hearth.EINVALID)
			}
			if msg := hearth.ErrorMessage(err); !strings.Contains(msg, tc.column+":") {
				t.Errorf("message %q does not name %s", msg, tc.column)
			}
		})
	}
}

func TestCareLeaverValidate(t *testing.T) {
	v := CareLeaver{PersonID: 4, Category: Relevant, Reason: "Eligible when care ceased", StartDate: day(t, "2025-01-10"), EndDate: day(t, "2026-06-15")}
	mod := func(f func(*CareLeaver)) CareLeaver { l := v; f(&l); return l }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(l *CareLeaver) { l.PersonID = 0 }), "person_id"},
		{"no category", mod(func(l *CareLeaver) { l.Category = "" }), "category"},
		{"an unknown category", mod(func(l *CareLeaver) { l.Category = "former relevant" }), "category"},
		{"no reason", mod(func(l *CareLeaver) { l.Reason = "" }), "reason"},
		{"no start", mod(func(l *CareLeaver) { l.StartDate = hearth.Date{} }), "start_date"},
		{"an end before the start", mod(func(l *CareLeaver) { l.EndDate = day(t, "2025-01-09") }), "end_date"},
	})
}

func TestStatusValidate(t *testing.T) {
	v := Status{PersonID: 4, Date: day(t, "2025-05-01"), InTouch: "YES", Activity: "F5", Accommodation: "U1", ContactID: 8}
	mod := func(f func(*Status)) Status { s := v; f(&s); return s }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(s *Status) { s.PersonID = 0 }), "person_id"},
		{"no date", mod(func(s *Status) { s.Date = hearth.Date{} }), "status_date"},
		{"no in touch code", mod(func(s *Status) { s.InTouch = "" }), "in_touch"},
		{"an unknown in touch code", mod(func(s *Status) { s.InTouch = "Y" }), "in_touch"},
		{"no activity", mod(func(s *Status) { s.Activity = "" }), "activity"},
		{"a retired activity code", mod(func(s *Status) { s.Activity = "F3" }), "activity"},
		{"no accommodation", mod(func(s *Status) { s.Accommodation = "" }), "accommodation"},
		{"an accommodation without its suitability", mod(func(s *Status) { s.Accommodation = "U" }), "accommodation"},
		{"an unknown accommodation type", mod(func(s *Status) { s.Accommodation = "A1" }), "accommodation"},
		{"in touch with activity unknown", mod(func(s *Status) { s.Activity = "0" }), "activity"},
		{"in touch with accommodation unknown", mod(func(s *Status) { s.Accommodation = "0" }), "accommodation"},
		{"died with an activity", mod(func(s *Status) { s.InTouch = "DIED"; s.Accommodation = "0" }), "activity"},
		{"returned home with an accommodation", mod(func(s *Status) { s.InTouch = "RHOM"; s.Activity = "0" }), "accommodation"},
	})
	t.Run("accepts not in touch with nothing known", func(t *testing.T) {
		if err := (Status{PersonID: 4, Date: v.Date, InTouch: "NO", Activity: "0", Accommodation: "0"}).Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("reads the accommodation code", func(t *testing.T) {
		s := Status{Accommodation: "W2"}
		if s.AccommodationType() != "W" || !s.BedAndBreakfast() {
			t.Errorf("W2: type %q, bed and breakfast %v", s.AccommodationType(), s.BedAndBreakfast())
		}
		if suitable, known := s.Suitable(); suitable || !known {
			t.Errorf("W2 Suitable() = %v, %v; want false, true", suitable, known)
		}
		if suitable, known := (Status{Accommodation: "B1"}).Suitable(); !suitable || !known {
			t.Errorf("B1 (with parents or relatives, suitable) Suitable() = %v, %v", suitable, known)
		}
		if (Status{Accommodation: "B1"}).BedAndBreakfast() {
			t.Error("B1 is with parents or relatives, not bed and breakfast")
		}
		if _, known := (Status{Accommodation: "0"}).Suitable(); known {
			t.Error("accommodation 0 is not known")
		}
	})
}

func TestAtBirthday(t *testing.T) {
	birthday := day(t, "2025-06-15")
	from, to := OC3Window(birthday)
	if from != day(t, "2025-03-15") || to != day(t, "2025-07-15") {
		t.Fatalf("OC3Window = %s to %s, want 15/03/2025 to 15/07/2025", from.UK(), to.UK())
	}
	st := func(date, inTouch string, id hearth.ID) Status {
		return Status{Record: hearth.Record{ID: id}, PersonID: 1, Date: day(t, date), InTouch: inTouch, Activity: "G5", Accommodation: "U1"}
	}
	inError := st("2025-07-10", "NO", 9)
	inError.Record.Status = hearth.StatusRecordedInError
	for _, tc := range []struct {
		name     string
		statuses []Status
		wantID   hearth.ID
		ok       bool
	}{
		{"none recorded", nil, 0, false},
		{"only before the window", []Status{st("2025-03-14", "YES", 1)}, 0, false},
		{"only after the window", []Status{st("2025-07-16", "YES", 1)}, 0, false},
		{"the first day of the window", []Status{st("2025-03-15", "YES", 1)}, 1, true},
		{"the last day of the window", []Status{st("2025-07-15", "YES", 1)}, 1, true},
		{"the latest in the window", []Status{st("2025-04-01", "YES", 1), st("2025-06-20", "REFU", 2), st("2025-05-01", "YES", 3), st("2025-08-01", "NO", 4)}, 2, true},
		{"leaving out a row recorded in error", []Status{st("2025-04-01", "YES", 1), inError}, 1, true},
		{"died before the window", []Status{st("2024-12-01", "DIED", 1), st("2025-05-01", "YES", 2)}, 1, true},
	} {
		got, ok := AtBirthday(tc.statuses, birthday)
		if ok != tc.ok || got.ID != tc.wantID {
			t.Errorf("%s: AtBirthday = row %d, %v; want row %d, %v", tc.name, got.ID, ok, tc.wantID, tc.ok)
		}
	}
}

func TestContactValidate(t *testing.T) {
	v := Contact{PersonID: 4, At: time.Date(2025, 5, 1, 14, 0, 0, 0, time.UTC), Method: "face_to_face", Location: "Cafe on the High Street", WorkerID: 3}
	mod := func(f func(*Contact)) Contact { k := v; f(&k); return k }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(k *Contact) { k.PersonID = 0 }), "person_id"},
		{"no time", mod(func(k *Contact) { k.At = time.Time{} }), "contact_at"},
		{"no method", mod(func(k *Contact) { k.Method = "" }), "method"},
		{"an unknown method", mod(func(k *Contact) { k.Method = "letter" }), "method"},
		{"no worker", mod(func(k *Contact) { k.WorkerID = 0 }), "worker_id"},
	})
	if !v.InPerson() || mod(func(k *Contact) { k.Method = "video" }).InPerson() {
		t.Error("InPerson is true for face_to_face only")
	}
}

func TestNeedsAssessmentValidate(t *testing.T) {
	v := NeedsAssessment{PersonID: 4, StartDate: day(t, "2024-06-20"), CompletedDate: day(t, "2024-08-20"), WorkerID: 3}
	testValidate(t, v, []rejects{
		{"no young person", NeedsAssessment{StartDate: v.StartDate}, "person_id"},
		{"no start", NeedsAssessment{PersonID: 4}, "start_date"},
		{"completion before the start", NeedsAssessment{PersonID: 4, StartDate: v.StartDate, CompletedDate: day(t, "2024-06-19")}, "completed_date"},
	})
}

func TestPathwayPlanValidate(t *testing.T) {
	v := PathwayPlan{PersonID: 4, Date: day(t, "2024-09-01"), PlanID: 12, WorkerID: 3}
	mod := func(f func(*PathwayPlan)) PathwayPlan { p := v; f(&p); return p }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(p *PathwayPlan) { p.PersonID = 0 }), "person_id"},
		{"no date", mod(func(p *PathwayPlan) { p.Date = hearth.Date{} }), "plan_date"},
		{"no content", mod(func(p *PathwayPlan) { p.PlanID = 0 }), "plan_id"},
	})
}

func TestPathwayPlanReviewValidate(t *testing.T) {
	v := PathwayPlanReview{PersonID: 4, PathwayPlanID: 2, Date: day(t, "2025-03-01"), ReviewerID: 3}
	mod := func(f func(*PathwayPlanReview)) PathwayPlanReview { r := v; f(&r); return r }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(r *PathwayPlanReview) { r.PersonID = 0 }), "person_id"},
		{"no plan", mod(func(r *PathwayPlanReview) { r.PathwayPlanID = 0 }), "pathway_plan_id"},
		{"no date", mod(func(r *PathwayPlanReview) { r.Date = hearth.Date{} }), "review_date"},
		{"no reviewer", mod(func(r *PathwayPlanReview) { r.ReviewerID = 0 }), "reviewer_id"},
	})
}

func TestHealthHistoryValidate(t *testing.T) {
	v := HealthHistory{PersonID: 4, Date: day(t, "2026-01-10"), Health: "Asthma since 6; broke an arm at 12", SharedDate: day(t, "2026-01-20")}
	mod := func(f func(*HealthHistory)) HealthHistory { h := v; f(&h); return h }
	testValidate(t, v, []rejects{
		{"no young person", mod(func(h *HealthHistory) { h.PersonID = 0 }), "person_id"},
		{"no date", mod(func(h *HealthHistory) { h.Date = hearth.Date{} }), "history_date"},
		{"no health summary", mod(func(h *HealthHistory) { h.Health = "  " }), "health_summary"},
		{"given before it was written", mod(func(h *HealthHistory) { h.SharedDate = day(t, "2026-01-09") }), "shared_date"},
	})
}

func TestAdultTransitionValidate(t *testing.T) {
	yes, no := true, false
	v := AdultTransition{PersonID: 4, Service: "learning_disability", ReferredDate: day(t, "2025-06-01"),
		DecisionDate: day(t, "2025-08-01"), ThresholdMet: &yes, TransferDate: day(t, "2025-09-10")}
	mod := func(f func(*AdultTransition)) AdultTransition { a := v; f(&a); return a }
	testValidate(t, v, []rejects{
		{"an unknown service", mod(func(a *AdultTransition) { a.Service = "housing" }), "service"},
		{"no referral date", mod(func(a *AdultTransition) { a.ReferredDate = hearth.Date{} }), "referred_date"},
		{"a decision without its answer", mod(func(a *AdultTransition) { a.ThresholdMet, a.TransferDate = nil, hearth.Date{} }), "threshold_met"},
		{"an answer without its date", mod(func(a *AdultTransition) { a.DecisionDate = hearth.Date{} }), "decision_date"},
		{"decided before the referral", mod(func(a *AdultTransition) { a.DecisionDate = day(t, "2025-05-01") }), "decision_date"},
		{"transferred though the threshold is not met", mod(func(a *AdultTransition) { a.ThresholdMet = &no }), "transfer_date"},
		{"transferred before the decision", mod(func(a *AdultTransition) { a.TransferDate = day(t, "2025-07-01") }), "transfer_date"},
	})
}

func TestProviderValidate(t *testing.T) {
	v := Provider{Name: "Northside Supported Homes", Contract: true, ContractStart: day(t, "2025-04-01"), ContractEnd: day(t, "2027-03-31")}
	mod := func(f func(*Provider)) Provider { p := v; f(&p); return p }
	testValidate(t, v, []rejects{
		{"no name", mod(func(p *Provider) { p.Name = "" }), "name"},
		{"contract dates without a contract", mod(func(p *Provider) { p.Contract = false }), "contract"},
		{"a contract ending before it began", mod(func(p *Provider) { p.ContractEnd = day(t, "2025-03-01") }), "contract_end"},
	})
}

func TestProviderVisitValidate(t *testing.T) {
	v := ProviderVisit{ProviderID: 3, Date: day(t, "2026-02-10"), Outcome: "improvements", Findings: "Fire door propped open; fixed while we were there."}
	mod := func(f func(*ProviderVisit)) ProviderVisit { p := v; f(&p); return p }
	testValidate(t, v, []rejects{
		{"no provider", mod(func(p *ProviderVisit) { p.ProviderID = 0 }), "provider_id"},
		{"no date", mod(func(p *ProviderVisit) { p.Date = hearth.Date{} }), "visit_date"},
		{"an unknown outcome", mod(func(p *ProviderVisit) { p.Outcome = "ok" }), "outcome"},
		{"no findings", mod(func(p *ProviderVisit) { p.Findings = "" }), "findings"},
	})
}
