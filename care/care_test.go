package care

import (
	"strings"
	"testing"

	"hearth"
)

// day parses an ISO date for the tests.
func day(t testing.TB, s string) hearth.Date {
	t.Helper()
	d, err := hearth.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func yes() *bool     { b := true; return &b }
func no() *bool      { b := false; return &b }
func num(n int) *int { return &n }

type validator interface{ Validate() error }

// rejects is one wrong row and the column its error must name.
type rejects struct {
	name   string
	row    validator
	column string
}

// testValidate checks that valid passes and that each wrong row fails with an EINVALID error whose message
// names the column (as "column:").
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

func validEpisode(t testing.TB) Episode {
	pc, err := hearth.ParsePostcode("SW1A 1AA")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := hearth.ParsePostcode("M1 1AE")
	if err != nil {
		t.Fatal(err)
	}
	return Episode{
		PersonID: 7, PeriodStart: day(t, "2024-05-01"), StartDate: day(t, "2024-06-10"),
		ReasonNewEpisode: "P", LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U6",
		PlacementProvider: "PR4", ProviderName: "Bright Futures Fostering", URN: "SC123456",
		HomePostcode: pc, PlacementPostcode: pl, PlacementLocation: "OUT", PlacementLA: "E08000003",
		DistanceMiles: 162.5, EndDate: day(t, "2025-01-20"), ReasonCeased: "X1", ReasonPlaceChange: "CARPL",
	}
}

func TestEpisodeValidate(t *testing.T) {
	v := validEpisode(t)
	mod := func(f func(*Episode)) Episode { e := v; f(&e); return e }
	testValidate(t, v, []rejects{
		{"no child", mod(func(e *Episode) { e.PersonID = 0 }), "person_id"},
		{"no period start", mod(func(e *Episode) { e.PeriodStart = hearth.Date{} }), "period_start"},
		{"no start date", mod(func(e *Episode) { e.StartDate = hearth.Date{} }), "start_date"},
		{"no reason for new episode", mod(func(e *Episode) { e.ReasonNewEpisode = "" }), "reason_new_episode"},
		{"an unknown RNE", mod(func(e *Episode) { e.ReasonNewEpisode = "C" }), "reason_new_episode"},
		{"no legal status", mod(func(e *Episode) { e.LegalStatus = "" }), "legal_status"},
		{"an unknown legal status", mod(func(e *Episode) { e.LegalStatus = "C3" }), "legal_status"},
		{"an unknown category of need", mod(func(e *Episode) { e.CategoryOfNeed = "N9" }), "category_of_need"},
		{"no placement type", mod(func(e *Episode) { e.PlacementType = "" }), "placement_type"},
		{"a retired placement type", mod(func(e *Episode) { e.PlacementType = "F1" }), "placement_type"},
		{"an unknown provider", mod(func(e *Episode) { e.PlacementProvider = "PR9" }), "placement_provider"},
		{"no provider for a foster placement", mod(func(e *Episode) { e.PlacementProvider = "" }), "placement_provider"},
		{"a provider for a temporary placement", mod(func(e *Episode) { e.PlacementType = "T1"; e.ReasonPlaceChange = "" }), "placement_provider"},
		{"parents as provider of a foster placement", mod(func(e *Episode) { e.PlacementProvider = "PR0" }), "placement_provider"},
		{"placed with parents by a private provider", mod(func(e *Episode) { e.PlacementType = "P1" }), "placement_provider"},
		{"an unknown placement location", mod(func(e *Episode) { e.PlacementLocation = "in" }), "placement_location"},
		{"an unknown reason ceased", mod(func(e *Episode) { e.ReasonCeased = "E99" }), "reason_ceased"},
		{"an unknown reason for placement change", mod(func(e *Episode) { e.ReasonPlaceChange = "MOVED" }), "reason_place_change"},
		{"an end before the start", mod(func(e *Episode) { e.EndDate = day(t, "2024-06-09") }), "end_date"},
		{"a start before its period of care", mod(func(e *Episode) { e.PeriodStart = day(t, "2024-07-01") }), "start_date"},
		{"an end date without a reason", mod(func(e *Episode) { e.ReasonCeased = "" }), "reason_ceased"},
		{"a reason ceased without an end date", mod(func(e *Episode) { e.EndDate = hearth.Date{}; e.ReasonPlaceChange = "" }), "end_date"},
		{"a reason for placement change on an open episode", mod(func(e *Episode) { e.EndDate = hearth.Date{}; e.ReasonCeased = "" }), "reason_place_change"},
		{"a first episode whose period started earlier", mod(func(e *Episode) { e.ReasonNewEpisode = "S" }), "period_start"},
		{"a continuation episode starting its own period", mod(func(e *Episode) { e.PeriodStart = e.StartDate }), "period_start"},
		{"a URN with spaces", mod(func(e *Episode) { e.URN = "SC 123456" }), "urn"},
		{"a lower-case placement LA", mod(func(e *Episode) { e.PlacementLA = "e08000003" }), "placement_la"},
		{"a negative distance", mod(func(e *Episode) { e.DistanceMiles = -1 }), "distance_miles"},
	})
	t.Run("accepts a first, open episode placed with parents", func(t *testing.T) {
		e := Episode{PersonID: 1, PeriodStart: day(t, "2025-01-01"), StartDate: day(t, "2025-01-01"),
			ReasonNewEpisode: "S", LegalStatus: "C1", CategoryOfNeed: "N4", PlacementType: "P1", PlacementProvider: "PR0"}
		if err := e.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("reports every problem at once", func(t *testing.T) {
		msg := hearth.ErrorMessage(Episode{}.Validate())
		for _, col := range []string{"person_id:", "period_start:", "start_date:", "reason_new_episode:", "legal_status:", "category_of_need:", "placement_type:"} {
			if !strings.Contains(msg, col) {
				t.Errorf("message %q does not name %s", msg, col)
			}
		}
	})
}

func TestReviewValidate(t *testing.T) {
	v := Review{PersonID: 3, Date: day(t, "2025-02-03"), Participation: "PN1", ChairID: 9, PermanencePlan: "long_term_fostering"}
	mod := func(f func(*Review)) Review { r := v; f(&r); return r }
	testValidate(t, v, []rejects{
		{"no child", mod(func(r *Review) { r.PersonID = 0 }), "person_id"},
		{"no date", mod(func(r *Review) { r.Date = hearth.Date{} }), "review_date"},
		{"no participation code", mod(func(r *Review) { r.Participation = "" }), "participation"},
		{"an unknown participation code", mod(func(r *Review) { r.Participation = "PN8" }), "participation"},
		{"an unknown permanence plan", mod(func(r *Review) { r.PermanencePlan = "b) Adoption" }), "permanence_plan"},
	})
}

func TestUASCValidate(t *testing.T) {
	v := UASC{PersonID: 3, StartDate: day(t, "2024-09-01"), CeasedDate: day(t, "2026-03-14"), ImmigrationStatus: "refugee", HomeOfficeReference: "X1234567"}
	mod := func(f func(*UASC)) UASC { u := v; f(&u); return u }
	testValidate(t, v, []rejects{
		{"no child", mod(func(u *UASC) { u.PersonID = 0 }), "person_id"},
		{"no start", mod(func(u *UASC) { u.StartDate = hearth.Date{} }), "start_date"},
		{"ceasing before it began", mod(func(u *UASC) { u.CeasedDate = day(t, "2024-08-31") }), "ceased_date"},
		{"an unknown immigration status", mod(func(u *UASC) { u.ImmigrationStatus = "asylum" }), "immigration_status"},
	})
}

func TestHealthAssessmentValidate(t *testing.T) {
	v := HealthAssessment{PersonID: 3, Kind: HealthReview, Date: day(t, "2025-01-10"), Outcome: "completed", ByWhom: "LAC nurse"}
	mod := func(f func(*HealthAssessment)) HealthAssessment { h := v; f(&h); return h }
	testValidate(t, v, []rejects{
		{"no child", mod(func(h *HealthAssessment) { h.PersonID = 0 }), "person_id"},
		{"no kind", mod(func(h *HealthAssessment) { h.Kind = "" }), "kind"},
		{"an unknown kind", mod(func(h *HealthAssessment) { h.Kind = "annual" }), "kind"},
		{"no date", mod(func(h *HealthAssessment) { h.Date = hearth.Date{} }), "check_date"},
		{"no outcome", mod(func(h *HealthAssessment) { h.Outcome = "" }), "outcome"},
		{"an unknown outcome", mod(func(h *HealthAssessment) { h.Outcome = "done" }), "outcome"},
	})
}

func TestImmunisationsValidate(t *testing.T) {
	v := Immunisations{PersonID: 3, Date: day(t, "2025-03-01"), UpToDate: true}
	testValidate(t, v, []rejects{
		{"no child", Immunisations{Date: v.Date}, "person_id"},
		{"no date", Immunisations{PersonID: 3}, "status_date"},
	})
}

func TestSDQValidate(t *testing.T) {
	v := SDQ{PersonID: 3, Date: day(t, "2025-03-01"), Score: num(0)}
	testValidate(t, v, []rejects{
		{"no child", SDQ{Date: v.Date, Score: num(12)}, "person_id"},
		{"no date", SDQ{PersonID: 3, Score: num(12)}, "sdq_date"},
		{"neither score nor reason", SDQ{PersonID: 3, Date: v.Date}, "score"},
		{"both score and reason", SDQ{PersonID: 3, Date: v.Date, Score: num(12), Reason: "SDQ4"}, "reason"},
		{"a score above 40", SDQ{PersonID: 3, Date: v.Date, Score: num(41)}, "score"},
		{"a negative score", SDQ{PersonID: 3, Date: v.Date, Score: num(-1)}, "score"},
		{"an unknown reason", SDQ{PersonID: 3, Date: v.Date, Reason: "SDQ6"}, "reason"},
	})
	t.Run("accepts a reason without a score", func(t *testing.T) {
		if err := (SDQ{PersonID: 3, Date: v.Date, Reason: "SDQ2"}).Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSubstanceMisuseValidate(t *testing.T) {
	v := SubstanceMisuse{PersonID: 3, Date: day(t, "2025-01-05"), Substance: "cannabis", InterventionOffered: yes(), InterventionReceived: yes()}
	testValidate(t, v, []rejects{
		{"no child", SubstanceMisuse{Date: v.Date}, "person_id"},
		{"no date", SubstanceMisuse{PersonID: 3}, "identified_date"},
		{"received but not offered", SubstanceMisuse{PersonID: 3, Date: v.Date, InterventionOffered: no(), InterventionReceived: yes()}, "intervention_offered"},
		{"received with offer not recorded", SubstanceMisuse{PersonID: 3, Date: v.Date, InterventionReceived: yes()}, "intervention_offered"},
	})
}

func TestConvictionValidate(t *testing.T) {
	v := Conviction{PersonID: 3, Date: day(t, "2025-02-01"), Kind: "youth_caution", Offence: "Criminal damage", OffenceDate: day(t, "2024-12-24")}
	mod := func(f func(*Conviction)) Conviction { c := v; f(&c); return c }
	testValidate(t, v, []rejects{
		{"no child", mod(func(c *Conviction) { c.PersonID = 0 }), "person_id"},
		{"no date", mod(func(c *Conviction) { c.Date = hearth.Date{} }), "conviction_date"},
		{"no kind", mod(func(c *Conviction) { c.Kind = "" }), "kind"},
		{"an unknown kind", mod(func(c *Conviction) { c.Kind = "reprimand" }), "kind"},
		{"no offence", mod(func(c *Conviction) { c.Offence = " " }), "offence"},
		{"a conviction before the offence", mod(func(c *Conviction) { c.OffenceDate = day(t, "2025-02-02") }), "conviction_date"},
	})
}

func TestPlacedForAdoptionValidate(t *testing.T) {
	v := PlacedForAdoption{PersonID: 3, DecisionDate: day(t, "2024-04-01"), DecisionMakerID: 4, CeasedDate: day(t, "2025-01-01"), CeasedReason: "RD3"}
	mod := func(f func(*PlacedForAdoption)) PlacedForAdoption { p := v; f(&p); return p }
	testValidate(t, v, []rejects{
		{"no child", mod(func(p *PlacedForAdoption) { p.PersonID = 0 }), "person_id"},
		{"no decision date", mod(func(p *PlacedForAdoption) { p.DecisionDate = hearth.Date{} }), "decision_date"},
		{"a reversal before the decision", mod(func(p *PlacedForAdoption) { p.CeasedDate = day(t, "2024-03-31") }), "ceased_date"},
		{"a reversal without a reason", mod(func(p *PlacedForAdoption) { p.CeasedReason = "" }), "ceased_reason"},
		{"a reason without a reversal", mod(func(p *PlacedForAdoption) { p.CeasedDate = hearth.Date{} }), "ceased_date"},
		{"an unknown reason", mod(func(p *PlacedForAdoption) { p.CeasedReason = "RD5" }), "ceased_reason"},
	})
}

func TestAdoptersValidate(t *testing.T) {
	v := Adopters{
		FirstAdopterID: 10, SecondAdopterID: 11, WorkerID: 4, FosteringForAdoption: true,
		EnquiryDate: day(t, "2024-01-08"), Stage1Start: day(t, "2024-02-01"), Stage1End: day(t, "2024-04-01"),
		ApplicationDate: day(t, "2024-04-02"), Stage2Start: day(t, "2024-04-02"), Stage2End: day(t, "2024-08-01"),
		ApprovalDate: day(t, "2024-09-01"), ChildrenApproved: 2,
	}
	mod := func(f func(*Adopters)) Adopters { a := v; f(&a); return a }
	testValidate(t, v, []rejects{
		{"no first adopter", mod(func(a *Adopters) { a.FirstAdopterID = 0 }), "first_adopter_id"},
		{"the same adopter twice", mod(func(a *Adopters) { a.SecondAdopterID = 10 }), "second_adopter_id"},
		{"no enquiry date", mod(func(a *Adopters) { a.EnquiryDate = hearth.Date{} }), "enquiry_date"},
		{"stage 1 before the enquiry", mod(func(a *Adopters) { a.Stage1Start = day(t, "2024-01-01") }), "stage1_start"},
		{"stage 1 ending before it starts", mod(func(a *Adopters) { a.Stage1End = day(t, "2024-01-31") }), "stage1_end"},
		{"stage 2 before stage 1 ends", mod(func(a *Adopters) { a.Stage2Start = day(t, "2024-03-01") }), "stage2_start"},
		{"approval before stage 2 ends", mod(func(a *Adopters) { a.ApprovalDate = day(t, "2024-07-01") }), "approval_date"},
		{"an end of stage 2 without its start", mod(func(a *Adopters) { a.Stage2Start = hearth.Date{} }), "stage2_start"},
		{"an application before the enquiry", mod(func(a *Adopters) { a.ApplicationDate = day(t, "2023-12-01") }), "application_date"},
		{"approval for no children", mod(func(a *Adopters) { a.ChildrenApproved = 0 }), "children_approved"},
		{"children approved without approval", mod(func(a *Adopters) { a.ApprovalDate = hearth.Date{} }), "approval_date"},
		{"a negative number of children", mod(func(a *Adopters) { a.ChildrenApproved = -1 }), "children_approved"},
		{"leaving without a reason", mod(func(a *Adopters) { a.LeftDate = day(t, "2024-10-01") }), "left_reason"},
		{"a leaving reason without a date", mod(func(a *Adopters) { a.LeftReason = "withdrew" }), "left_date"},
		{"an unknown leaving reason", mod(func(a *Adopters) { a.LeftDate = day(t, "2024-10-01"); a.LeftReason = "1" }), "left_reason"},
		{"leaving before the enquiry", mod(func(a *Adopters) { a.LeftDate = day(t, "2023-10-01"); a.LeftReason = "on_hold" }), "left_date"},
	})
	t.Run("accepts a fast track without stage 1", func(t *testing.T) {
		a := v
		a.Stage1Start, a.Stage1End = hearth.Date{}, hearth.Date{}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestAdoptionValidate(t *testing.T) {
	v := Adoption{PersonID: 3, DecisionID: 5, MatchedDate: day(t, "2024-10-01"), AdoptersID: 6, ByFosterCarers: no(),
		NumberOfAdopters: 2, AdopterSex: "MF", AdopterLegalStatus: "L11"}
	mod := func(f func(*Adoption)) Adoption { a := v; f(&a); return a }
	testValidate(t, v, []rejects{
		{"no child", mod(func(a *Adoption) { a.PersonID = 0 }), "person_id"},
		{"no decision", mod(func(a *Adoption) { a.DecisionID = 0 }), "decision_id"},
		{"an unknown sex code", mod(func(a *Adoption) { a.AdopterSex = "M2" }), "adopter_sex"},
		{"an unknown legal status", mod(func(a *Adoption) { a.AdopterLegalStatus = "L1" }), "adopter_legal_status"},
		{"three adopters", mod(func(a *Adoption) { a.NumberOfAdopters = 3 }), "number_of_adopters"},
		{"AD1 items partly recorded", mod(func(a *Adoption) { a.ByFosterCarers = nil }), "by_foster_carers"},
		{"a couple coded as a single adopter", mod(func(a *Adoption) { a.AdopterSex = "F1" }), "adopter_sex"},
		{"a single adopter with a couple's legal status", mod(func(a *Adoption) { a.NumberOfAdopters = 1; a.AdopterSex = "F1" }), "adopter_legal_status"},
		{"a married different-sex couple coded as same sex", mod(func(a *Adoption) { a.AdopterSex = "FF" }), "adopter_sex"},
		{"an unmarried same-sex couple coded MF", mod(func(a *Adoption) { a.AdopterLegalStatus = "L4" }), "adopter_sex"},
	})
	t.Run("accepts a match before the AD1 items are known", func(t *testing.T) {
		if err := (Adoption{PersonID: 3, DecisionID: 5, MatchedDate: v.MatchedDate}).Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestPreviousPermanenceValidate(t *testing.T) {
	v := PreviousPermanence{PersonID: 3, PeriodStart: day(t, "2025-01-01"), Option: "P2", LACode: "931", OrderDate: day(t, "2019-06-01"), OrderDateKnown: "month"}
	mod := func(f func(*PreviousPermanence)) PreviousPermanence { p := v; f(&p); return p }
	testValidate(t, v, []rejects{
		{"no child", mod(func(p *PreviousPermanence) { p.PersonID = 0 }), "person_id"},
		{"no period", mod(func(p *PreviousPermanence) { p.PeriodStart = hearth.Date{} }), "period_start"},
		{"no option", mod(func(p *PreviousPermanence) { p.Option = "" }), "permanence_option"},
		{"an unknown option", mod(func(p *PreviousPermanence) { p.Option = "P5" }), "permanence_option"},
		{"an LA for no previous permanence", mod(func(p *PreviousPermanence) { p.Option = "Z1"; p.OrderDate = hearth.Date{}; p.OrderDateKnown = "" }), "la_code"},
		{"an order date for no previous permanence", mod(func(p *PreviousPermanence) { p.Option = "Z1"; p.LACode = "" }), "order_date"},
		{"a malformed LA code", mod(func(p *PreviousPermanence) { p.LACode = "Camden" }), "la_code"},
		{"an order after care began", mod(func(p *PreviousPermanence) { p.OrderDate = day(t, "2025-02-01") }), "period_start"},
		{"an order date of unknown precision", mod(func(p *PreviousPermanence) { p.OrderDateKnown = "" }), "order_date_known"},
		{"a precision without a date", mod(func(p *PreviousPermanence) { p.OrderDate = hearth.Date{} }), "order_date"},
		{"an unknown precision", mod(func(p *PreviousPermanence) { p.OrderDateKnown = "week" }), "order_date_known"},
	})
}

func TestDeprivationOfLibertyValidate(t *testing.T) {
	v := DeprivationOfLiberty{PersonID: 3, StartDate: day(t, "2026-05-01"), EndDate: day(t, "2026-08-01"), Court: "High Court (Family Division)", ReviewDue: day(t, "2026-07-01")}
	mod := func(f func(*DeprivationOfLiberty)) DeprivationOfLiberty { d := v; f(&d); return d }
	testValidate(t, v, []rejects{
		{"no child", mod(func(d *DeprivationOfLiberty) { d.PersonID = 0 }), "person_id"},
		{"no start", mod(func(d *DeprivationOfLiberty) { d.StartDate = hearth.Date{} }), "start_date"},
		{"an end before the start", mod(func(d *DeprivationOfLiberty) { d.EndDate = day(t, "2026-04-30") }), "end_date"},
		{"a review before the start", mod(func(d *DeprivationOfLiberty) { d.ReviewDue = day(t, "2026-04-30") }), "review_due"},
	})
}

func TestPersonalEducationPlanValidate(t *testing.T) {
	v := PersonalEducationPlan{PersonID: 3, Date: day(t, "2025-03-01"), Attendees: hearth.Codes{"child", "carer", "designated_teacher"}, School: "Hill Primary"}
	testValidate(t, v, []rejects{
		{"no child", PersonalEducationPlan{Date: v.Date}, "person_id"},
		{"no date", PersonalEducationPlan{PersonID: 3}, "pep_date"},
		{"an unknown attendee", PersonalEducationPlan{PersonID: 3, Date: v.Date, Attendees: hearth.Codes{"headteacher"}}, "attendees"},
	})
}
