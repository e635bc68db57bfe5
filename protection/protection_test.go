package protection

import (
	"bufio"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// invalid is one way of getting a row wrong, and the column the message must name.
type invalid[T any] struct {
	name   string
	change func(*T)
	field  string
}

// testValidate checks that Validate accepts the complete row made by valid and each variant, and rejects
// each invalid change with an EINVALID error whose message names the field.
func testValidate[T interface{ Validate() error }](t *testing.T, valid func() T, variants map[string]func(*T), cases []invalid[T]) {
	t.Helper()
	if err := valid().Validate(); err != nil {
		t.Fatalf("a complete valid row was rejected: %v", err)
	}
	for name, change := range variants {
		t.Run("accepts "+name, func(t *testing.T) {
			row := valid()
			change(&row)
			if err := row.Validate(); err != nil {
				t.Fatalf("rejected: %v", err)
			}
		})
	}
	for _, tc := range cases {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			row := valid()
			tc.change(&row)
			err := row.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if code := hearth.ErrorCode(err); code != hearth.EINVALID {
				t.Errorf("error code %q, want %q", code, hearth.EINVALID)
			}
			if msg := hearth.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %s", msg, tc.field)
			}
		})
	}
}

var (
	day = hearth.NewDate(2025, 3, 10)
	yes = func() *bool { b := true; return &b }
	no  = func() *bool { b := false; return &b }
)

func TestAssessmentValidate(t *testing.T) {
	valid := func() Assessment {
		return Assessment{
			PersonID: 10, CINEpisodeID: 30, StartDate: day, InternalReviewDate: day.AddDays(20),
			AuthorisationDate: day.AddDays(40), AuthorisedBy: 4, Factors: hearth.Codes{"3A", "4B"},
			ChildSeen: yes(), SeenAlone: yes(), SeenDate: day.AddDays(2), ChildViews: "I want my dad to stop shouting.",
			GPInformationObtained: yes(), Analysis: "Domestic abuse and mother's low mood affect the children.",
			Outcome: OutcomeCINPlan, TeamID: 2, WorkerID: 5,
		}
	}
	testValidate(t, valid, map[string]func(*Assessment){
		"open, nothing concluded yet": func(r *Assessment) {
			r.AuthorisationDate, r.AuthorisedBy, r.Factors, r.Outcome = hearth.Date{}, 0, nil, ""
			r.ChildSeen, r.SeenAlone, r.SeenDate, r.GPInformationObtained = nil, nil, hearth.Date{}, nil
		},
		"no factors identified": func(r *Assessment) { r.Factors, r.Outcome = hearth.Codes{FactorNone}, OutcomeNoFurtherAction },
		"child not seen, with a reason": func(r *Assessment) {
			r.ChildSeen, r.SeenAlone, r.SeenDate, r.NotSeenReason = no(), nil, hearth.Date{}, "The family moved before the visit"
		},
		"GP information not obtained, with a reason": func(r *Assessment) {
			r.GPInformationObtained, r.GPInformationNotObtainedReason = no(), "Not registered with a GP"
		},
		"seen on the day it was authorised":     func(r *Assessment) { r.SeenDate = r.AuthorisationDate },
		"completed, then authorised":            func(r *Assessment) { r.CompletedDate = day.AddDays(38) },
		"completed and authorised the same day": func(r *Assessment) { r.CompletedDate = r.AuthorisationDate },
	}, []invalid[Assessment]{
		{"completed before it started", func(r *Assessment) { r.CompletedDate = day.AddDays(-1) }, "completed_date"},
		{"authorised before it was completed", func(r *Assessment) { r.CompletedDate = day.AddDays(41) }, "authorisation_date"},
		{"no child", func(r *Assessment) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *Assessment) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"no start date", func(r *Assessment) { r.StartDate = hearth.Date{} }, "start_date"},
		{"authorised before it started (8608)", func(r *Assessment) {
			r.AuthorisationDate, r.InternalReviewDate, r.SeenDate = day.AddDays(-1), hearth.Date{}, hearth.Date{}
			r.ChildSeen = nil
		}, "authorisation_date"},
		{"internal review before the start", func(r *Assessment) { r.InternalReviewDate = day.AddDays(-1) }, "internal_review_date"},
		{"internal review after authorisation", func(r *Assessment) { r.InternalReviewDate = day.AddDays(41) }, "authorisation_date"},
		{"an unknown factor", func(r *Assessment) { r.Factors = hearth.Codes{"3A", "18A"} }, "factors"},
		{"a factor twice (8898)", func(r *Assessment) { r.Factors = hearth.Codes{"3A", "3A"} }, "factors"},
		{"21 with other factors (8869)", func(r *Assessment) { r.Factors = hearth.Codes{"21", "3A"} }, "factors"},
		{"an unknown outcome", func(r *Assessment) { r.Outcome = "s47" }, "outcome"},
		{"authorised without an authoriser", func(r *Assessment) { r.AuthorisedBy = 0 }, "authorised_by"},
		{"authorised without an outcome", func(r *Assessment) { r.Outcome = "" }, "outcome"},
		{"authorised without factors", func(r *Assessment) { r.Factors = nil }, "factors"},
		{"authorised without saying whether the child was seen", func(r *Assessment) {
			r.ChildSeen, r.SeenAlone, r.SeenDate = nil, nil, hearth.Date{}
		}, "child_seen"},
		{"authorised without saying whether the GP was asked", func(r *Assessment) { r.GPInformationObtained = nil }, "gp_information_obtained"},
		{"seen without a date", func(r *Assessment) { r.SeenDate = hearth.Date{} }, "seen_date"},
		{"seen before the assessment started", func(r *Assessment) { r.SeenDate = day.AddDays(-3) }, "seen_date"},
		{"seen after authorisation", func(r *Assessment) { r.SeenDate = day.AddDays(41) }, "seen_date"},
		{"seen alone but not seen", func(r *Assessment) { r.ChildSeen, r.SeenDate, r.NotSeenReason = no(), hearth.Date{}, "x" }, "seen_alone"},
		{"not seen without a reason", func(r *Assessment) { r.ChildSeen, r.SeenAlone, r.SeenDate = no(), nil, hearth.Date{} }, "not_seen_reason"},
		{"a seen date when not seen", func(r *Assessment) { r.ChildSeen, r.SeenAlone, r.NotSeenReason = no(), nil, "x" }, "seen_date"},
		{"GP not asked without a reason", func(r *Assessment) { r.GPInformationObtained = no() }, "gp_information_not_obtained_reason"},
	})
}

func TestHouseholdMemberValidate(t *testing.T) {
	validA := func() AssessmentHouseholdMember {
		return AssessmentHouseholdMember{PersonID: 10, AssessmentID: 40, MemberID: 11, Considered: true, Note: "Mother's partner; police checks clear"}
	}
	testValidate(t, validA, map[string]func(*AssessmentHouseholdMember){
		"not considered, with a reason": func(r *AssessmentHouseholdMember) { r.Considered, r.Note = false, "Could not be traced" },
		"considered, without a note":    func(r *AssessmentHouseholdMember) { r.Note = "" },
	}, []invalid[AssessmentHouseholdMember]{
		{"no child", func(r *AssessmentHouseholdMember) { r.PersonID = 0 }, "person_id"},
		{"no assessment", func(r *AssessmentHouseholdMember) { r.AssessmentID = 0 }, "assessment_id"},
		{"no member", func(r *AssessmentHouseholdMember) { r.MemberID = 0 }, "member_id"},
		{"the child as a member", func(r *AssessmentHouseholdMember) { r.MemberID = r.PersonID }, "member_id"},
		{"not considered without a reason", func(r *AssessmentHouseholdMember) { r.Considered, r.Note = false, "" }, "note"},
	})
	validS := func() S47HouseholdMember {
		return S47HouseholdMember{PersonID: 10, S47EnquiryID: 50, MemberID: 11, Considered: true}
	}
	testValidate(t, validS, nil, []invalid[S47HouseholdMember]{
		{"no child", func(r *S47HouseholdMember) { r.PersonID = 0 }, "person_id"},
		{"no enquiry", func(r *S47HouseholdMember) { r.S47EnquiryID = 0 }, "s47_enquiry_id"},
		{"no member", func(r *S47HouseholdMember) { r.MemberID = 0 }, "member_id"},
		{"not considered without a reason", func(r *S47HouseholdMember) { r.Considered = false }, "note"},
	})
}

func TestStrategyDiscussionValidate(t *testing.T) {
	valid := func() StrategyDiscussion {
		return StrategyDiscussion{
			PersonID: 10, CINEpisodeID: 30, HeldAt: time.Date(2025, 3, 10, 14, 0, 0, 0, time.UTC), ChairID: 4,
			Agencies: hearth.Codes{"police", "health", "education"}, Information: "Police: previous call-outs.",
			Decision: StrategyS47Joint, Actions: "Joint visit today; medical tomorrow.",
		}
	}
	testValidate(t, valid, map[string]func(*StrategyDiscussion){
		"no section 47": func(r *StrategyDiscussion) { r.Decision, r.Actions = StrategyNoS47, "" },
	}, []invalid[StrategyDiscussion]{
		{"no child", func(r *StrategyDiscussion) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *StrategyDiscussion) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"no time", func(r *StrategyDiscussion) { r.HeldAt = time.Time{} }, "held_at"},
		{"no agencies", func(r *StrategyDiscussion) { r.Agencies = nil }, "agencies"},
		{"an unknown agency", func(r *StrategyDiscussion) { r.Agencies = hearth.Codes{"police", "nhs"} }, "agencies"},
		{"no decision", func(r *StrategyDiscussion) { r.Decision = "" }, "decision"},
		{"an unknown decision", func(r *StrategyDiscussion) { r.Decision = "section47" }, "decision"},
	})
}

func TestS47EnquiryValidate(t *testing.T) {
	valid := func() S47Enquiry {
		return S47Enquiry{
			PersonID: 10, CINEpisodeID: 30, StrategyDiscussionID: 60, StartDate: day, EndDate: day.AddDays(8),
			ChildSeen: yes(), SeenAlone: yes(), SeenDate: day, ChildViews: "He hurts me when he is angry.",
			GPInformationObtained: yes(), Analysis: "Injuries consistent with the account.",
			Conclusion: S47SubstantiatedContinuingRisk, ICPCRequired: yes(), ICPCTargetDate: day.AddDays(21), TeamID: 2, WorkerID: 5,
		}
	}
	testValidate(t, valid, map[string]func(*S47Enquiry){
		"open": func(r *S47Enquiry) {
			r.EndDate, r.Conclusion, r.ICPCRequired, r.ICPCTargetDate, r.GPInformationObtained = hearth.Date{}, "", nil, hearth.Date{}, nil
		},
		"no conference needed": func(r *S47Enquiry) {
			r.Conclusion, r.ICPCRequired, r.ICPCTargetDate = S47NotSubstantiated, no(), hearth.Date{}
		},
		"conference decided before the conclusion is written": func(r *S47Enquiry) { r.EndDate, r.Conclusion = hearth.Date{}, "" },
		"imported without a strategy discussion":              func(r *S47Enquiry) { r.StrategyDiscussionID = 0 },
		"conclusion signed off":                               func(r *S47Enquiry) { r.AuthorisationDate, r.AuthorisedBy = r.EndDate.AddDays(1), 4 },
	}, []invalid[S47Enquiry]{
		{"signed off before it concluded", func(r *S47Enquiry) { r.AuthorisationDate, r.AuthorisedBy = r.EndDate.AddDays(-1), 4 }, "authorisation_date"},
		{"signed off by no one", func(r *S47Enquiry) { r.AuthorisationDate = r.EndDate }, "authorised_by"},
		{"signed off while open", func(r *S47Enquiry) {
			r.EndDate, r.AuthorisationDate, r.AuthorisedBy = hearth.Date{}, day.AddDays(3), 4
		}, "end_date"},
		{"no child", func(r *S47Enquiry) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *S47Enquiry) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"no start date", func(r *S47Enquiry) { r.StartDate = hearth.Date{} }, "start_date"},
		{"ended before it started", func(r *S47Enquiry) { r.EndDate, r.SeenDate = day.AddDays(-1), hearth.Date{}; r.ChildSeen = nil }, "end_date"},
		{"conference target before the start", func(r *S47Enquiry) { r.ICPCTargetDate = day.AddDays(-1) }, "icpc_target_date"},
		{"an unknown conclusion", func(r *S47Enquiry) { r.Conclusion = "proven" }, "conclusion"},
		{"ended without a conclusion", func(r *S47Enquiry) { r.Conclusion = "" }, "conclusion"},
		{"ended without deciding on a conference", func(r *S47Enquiry) { r.ICPCRequired, r.ICPCTargetDate = nil, hearth.Date{} }, "icpc_required"},
		{"ended without saying whether the child was seen", func(r *S47Enquiry) {
			r.ChildSeen, r.SeenAlone, r.SeenDate = nil, nil, hearth.Date{}
		}, "child_seen"},
		{"ended without saying whether the GP was asked", func(r *S47Enquiry) { r.GPInformationObtained = nil }, "gp_information_obtained"},
		{"GP not asked without a reason", func(r *S47Enquiry) { r.GPInformationObtained = no() }, "gp_information_not_obtained_reason"},
		{"a conference without a target date", func(r *S47Enquiry) { r.ICPCTargetDate = hearth.Date{} }, "icpc_target_date"},
		{"a conference though not substantiated", func(r *S47Enquiry) { r.Conclusion = S47NotSubstantiated }, "icpc_required"},
		{"seen after it ended", func(r *S47Enquiry) { r.SeenDate = day.AddDays(9) }, "seen_date"},
		{"not seen without a reason", func(r *S47Enquiry) { r.ChildSeen, r.SeenAlone, r.SeenDate = no(), nil, hearth.Date{} }, "not_seen_reason"},
	})
}

func TestCINPlanValidate(t *testing.T) {
	valid := func() CINPlan {
		return CINPlan{PersonID: 10, CINEpisodeID: 30, StartDate: day, EndDate: day.AddDays(200)}
	}
	testValidate(t, valid, map[string]func(*CINPlan){
		"open": func(r *CINPlan) { r.EndDate = hearth.Date{} },
	}, []invalid[CINPlan]{
		{"no child", func(r *CINPlan) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *CINPlan) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"no start date", func(r *CINPlan) { r.StartDate = hearth.Date{} }, "start_date"},
		{"ended before it started (4011)", func(r *CINPlan) { r.EndDate = day.AddDays(-1) }, "end_date"},
	})
}

func TestCPPlanValidate(t *testing.T) {
	valid := func() CPPlan {
		return CPPlan{
			PersonID: 10, CINEpisodeID: 30, StartDate: day, EndDate: day.AddDays(300),
			InitialCategory: "PHY", LatestCategory: "NEG", EndReason: "no_longer_at_risk",
		}
	}
	testValidate(t, valid, map[string]func(*CPPlan){
		"open": func(r *CPPlan) { r.EndDate, r.EndReason = hearth.Date{}, "" },
		"another authority's earlier plan": func(r *CPPlan) {
			r.CINEpisodeID, r.OtherLA, r.OtherLAName, r.EndReason = 0, true, "Northshire County Council", ""
		},
		"multiple categories": func(r *CPPlan) { r.InitialCategory = CategoryMultiple },
	}, []invalid[CPPlan]{
		{"no child", func(r *CPPlan) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *CPPlan) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"another authority's plan without its name", func(r *CPPlan) { r.OtherLA = true }, "other_la_name"},
		{"no start date", func(r *CPPlan) { r.StartDate = hearth.Date{} }, "start_date"},
		{"no initial category (8905)", func(r *CPPlan) { r.InitialCategory = "" }, "initial_category"},
		{"an unknown initial category", func(r *CPPlan) { r.InitialCategory = "DOM" }, "initial_category"},
		{"no latest category (8910)", func(r *CPPlan) { r.LatestCategory = "" }, "latest_category"},
		{"an unknown latest category", func(r *CPPlan) { r.LatestCategory = "neg" }, "latest_category"},
		{"ended before it started (8925)", func(r *CPPlan) { r.EndDate = day.AddDays(-1) }, "end_date"},
		{"ended the day it started (8840)", func(r *CPPlan) { r.EndDate = day }, "end_date"},
		{"ended without a reason", func(r *CPPlan) { r.EndReason = "" }, "end_reason"},
		{"an unknown end reason", func(r *CPPlan) { r.EndReason = "adopted" }, "end_reason"},
		{"an end reason while open", func(r *CPPlan) { r.EndDate = hearth.Date{} }, "end_date"},
	})
}

func TestConferenceValidate(t *testing.T) {
	initial := func() Conference {
		return Conference{
			PersonID: 10, CINEpisodeID: 30, Kind: ConferenceInitial, S47EnquiryID: 50, CPPlanID: 70,
			ConferenceDate: day.AddDays(14), Outcome: ConferencePlanMade, Categories: hearth.Codes{"PHY", "EMO"},
			ChairID: 8, Quorate: yes(), Participation: "PN1",
		}
	}
	testValidate(t, initial, map[string]func(*Conference){
		"no plan":     func(r *Conference) { r.Outcome, r.CPPlanID, r.Categories = ConferenceNoPlan, 0, nil },
		"transfer in": func(r *Conference) { r.TransferIn, r.S47EnquiryID = true, 0 },
		"a review that continues the plan": func(r *Conference) {
			r.Kind, r.S47EnquiryID, r.Outcome = ConferenceReview, 0, ConferencePlanContinues
		},
		"a review that ends the plan": func(r *Conference) {
			r.Kind, r.S47EnquiryID, r.Outcome, r.Categories = ConferenceReview, 0, ConferencePlanEnds, nil
		},
		"quoracy and participation not recorded": func(r *Conference) { r.Quorate, r.Participation = nil, "" },
	}, []invalid[Conference]{
		{"no child", func(r *Conference) { r.PersonID = 0 }, "person_id"},
		{"no CIN episode", func(r *Conference) { r.CINEpisodeID = 0 }, "cin_episode_id"},
		{"no kind", func(r *Conference) { r.Kind = "" }, "kind"},
		{"an unknown kind", func(r *Conference) { r.Kind = "transfer" }, "kind"},
		{"no date", func(r *Conference) { r.ConferenceDate = hearth.Date{} }, "conference_date"},
		{"no outcome", func(r *Conference) { r.Outcome = "" }, "outcome"},
		{"an unknown outcome", func(r *Conference) { r.Outcome = "plan" }, "outcome"},
		{"a plan made without the plan", func(r *Conference) { r.CPPlanID = 0 }, "cp_plan_id"},
		{"no plan but a plan linked", func(r *Conference) { r.Outcome, r.Categories = ConferenceNoPlan, nil }, "cp_plan_id"},
		{"a plan made without categories", func(r *Conference) { r.Categories = nil }, "categories"},
		{"an unknown category", func(r *Conference) { r.Categories = hearth.Codes{"PHY", "DOM"} }, "categories"},
		{"MUL among the categories", func(r *Conference) { r.Categories = hearth.Codes{"MUL"} }, "categories"},
		{"a category twice", func(r *Conference) { r.Categories = hearth.Codes{"PHY", "PHY"} }, "categories"},
		{"a review outcome at an initial conference", func(r *Conference) { r.Outcome = ConferencePlanContinues }, "outcome"},
		{"a review without its plan", func(r *Conference) {
			r.Kind, r.S47EnquiryID, r.Outcome, r.CPPlanID = ConferenceReview, 0, ConferencePlanContinues, 0
		}, "cp_plan_id"},
		{"a review naming an enquiry", func(r *Conference) { r.Kind, r.Outcome = ConferenceReview, ConferencePlanContinues }, "s47_enquiry_id"},
		{"a review marked transfer in", func(r *Conference) {
			r.Kind, r.S47EnquiryID, r.Outcome, r.TransferIn = ConferenceReview, 0, ConferencePlanContinues, true
		}, "transfer_in"},
		{"an initial outcome at a review", func(r *Conference) { r.Kind, r.S47EnquiryID = ConferenceReview, 0 }, "outcome"},
		{"a review continuing the plan without categories", func(r *Conference) {
			r.Kind, r.S47EnquiryID, r.Outcome, r.Categories = ConferenceReview, 0, ConferencePlanContinues, nil
		}, "categories"},
		{"an unknown participation code", func(r *Conference) { r.Participation = "PN8" }, "participation"},
	})
}

func TestCoreGroupValidate(t *testing.T) {
	valid := func() CoreGroup {
		return CoreGroup{
			PersonID: 10, CPPlanID: 70, MeetingDate: day.AddDays(24),
			Attendees: hearth.Codes{"social_worker", "parent_carer", "education", "health"}, Notes: "Attendance improving.",
		}
	}
	testValidate(t, valid, nil, []invalid[CoreGroup]{
		{"no child", func(r *CoreGroup) { r.PersonID = 0 }, "person_id"},
		{"no plan", func(r *CoreGroup) { r.CPPlanID = 0 }, "cp_plan_id"},
		{"no date", func(r *CoreGroup) { r.MeetingDate = hearth.Date{} }, "meeting_date"},
		{"no attendees", func(r *CoreGroup) { r.Attendees = nil }, "attendees"},
		{"an unknown attendee", func(r *CoreGroup) { r.Attendees = hearth.Codes{"social_worker", "neighbour"} }, "attendees"},
	})
}

func TestPlanValidate(t *testing.T) {
	valid := func() Plan {
		return Plan{
			PersonID: 10, Kind: PlanCP, CPPlanID: 70, AgreedDate: day.AddDays(14),
			Summary:     "We are worried that Sam is hurt when his dad is angry.",
			Contingency: "If Sam is hurt again we will seek legal advice about court proceedings.",
			ChildWords:  "I want to feel safe at home.",
		}
	}
	testValidate(t, valid, map[string]func(*Plan){
		"a CIN plan":      func(r *Plan) { r.Kind, r.CPPlanID, r.CINPlanID = PlanCIN, 0, 80 },
		"a care plan":     func(r *Plan) { r.Kind, r.CPPlanID = PlanCare, 0 },
		"a pathway plan":  func(r *Plan) { r.Kind, r.CPPlanID = PlanPathway, 0 },
		"a baby's plan":   func(r *Plan) { r.ChildWords = "" },
		"a safety plan":   func(r *Plan) { r.Kind, r.CPPlanID = PlanExploitation, 0 },
		"agreed recently": func(r *Plan) { r.AgreedDate = day.AddDays(200) },
		"signed off":      func(r *Plan) { r.AuthorisationDate, r.AuthorisedBy = r.AgreedDate.AddDays(2), 4 },
	}, []invalid[Plan]{
		{"signed off before it was agreed", func(r *Plan) { r.AuthorisationDate, r.AuthorisedBy = r.AgreedDate.AddDays(-1), 4 }, "authorisation_date"},
		{"signed off by no one", func(r *Plan) { r.AuthorisationDate = r.AgreedDate }, "authorised_by"},
		{"no child", func(r *Plan) { r.PersonID = 0 }, "person_id"},
		{"no kind", func(r *Plan) { r.Kind = "" }, "kind"},
		{"an unknown kind", func(r *Plan) { r.Kind = "safety" }, "kind"},
		{"no agreed date", func(r *Plan) { r.AgreedDate = hearth.Date{} }, "agreed_date"},
		{"no summary", func(r *Plan) { r.Summary = "" }, "summary"},
		{"no contingency", func(r *Plan) { r.Contingency = " " }, "contingency"},
		{"a CP plan without its period", func(r *Plan) { r.CPPlanID = 0 }, "cp_plan_id"},
		{"a CP plan naming a CIN plan", func(r *Plan) { r.CINPlanID = 80 }, "cin_plan_id"},
		{"a CIN plan without its period", func(r *Plan) { r.Kind, r.CPPlanID = PlanCIN, 0 }, "cin_plan_id"},
		{"a CIN plan naming a CP plan", func(r *Plan) { r.Kind, r.CINPlanID = PlanCIN, 80 }, "cp_plan_id"},
		{"a care plan naming a CP plan", func(r *Plan) { r.Kind = PlanCare }, "cp_plan_id"},
	})
}

func TestPlanActionValidate(t *testing.T) {
	valid := func() PlanAction {
		return PlanAction{
			PersonID: 10, PlanID: 90, Action: "Attend the domestic abuse perpetrator programme", Who: "Dad", WorkerID: 0,
			DueDate: day.AddDays(90), SuccessMeasure: "Completes all 12 sessions; no police call-outs to the home",
			Status: ActionCompleted, CompletedDate: day.AddDays(85), Progress: "Completed.",
		}
	}
	testValidate(t, valid, map[string]func(*PlanAction){
		"open":              func(r *PlanAction) { r.Status, r.CompletedDate = ActionOpen, hearth.Date{} },
		"a worker's action": func(r *PlanAction) { r.Who, r.WorkerID = "The social worker", 5 },
		"completed late":    func(r *PlanAction) { r.CompletedDate = day.AddDays(120) },
		"withdrawn":         func(r *PlanAction) { r.Status, r.CompletedDate = ActionWithdrawn, hearth.Date{} },
		"not completed in time": func(r *PlanAction) {
			r.Status, r.CompletedDate = ActionNotCompleted, hearth.Date{}
		},
	}, []invalid[PlanAction]{
		{"no child", func(r *PlanAction) { r.PersonID = 0 }, "person_id"},
		{"no plan", func(r *PlanAction) { r.PlanID = 0 }, "plan_id"},
		{"no action", func(r *PlanAction) { r.Action = "" }, "action"},
		{"no one responsible", func(r *PlanAction) { r.Who = "" }, "who"},
		{"no date", func(r *PlanAction) { r.DueDate = hearth.Date{} }, "due_date"},
		{"no measure of success", func(r *PlanAction) { r.SuccessMeasure = "" }, "success_measure"},
		{"no status", func(r *PlanAction) { r.Status = "" }, "status"},
		{"an unknown status", func(r *PlanAction) { r.Status = "done" }, "status"},
		{"completed without a date", func(r *PlanAction) { r.CompletedDate = hearth.Date{} }, "completed_date"},
		{"a completion date while open", func(r *PlanAction) { r.Status = ActionInProgress }, "completed_date"},
	})
}

func TestVisitValidate(t *testing.T) {
	valid := func() Visit {
		return Visit{
			PersonID: 10, Kind: VisitCP, CINEpisodeID: 30, CPPlanID: 70, VisitDate: day.AddDays(20), WorkerID: 5,
			Location: "home", ChildSeen: yes(), SeenAlone: yes(), BedroomSeen: yes(),
			ChildViews: "Dad has been calmer.", Observations: "Home warm and tidy.",
		}
	}
	testValidate(t, valid, map[string]func(*Visit){
		"a looked-after child's visit": func(r *Visit) {
			r.Kind, r.CINEpisodeID, r.CPPlanID, r.Location, r.BedroomSeen = VisitCLA, 0, 0, "placement", nil
		},
		"an IRO contact by video": func(r *Visit) { r.Kind, r.CPPlanID, r.Location, r.BedroomSeen = VisitIRO, 0, "virtual", nil },
		"not seen, with a reason": func(r *Visit) {
			r.ChildSeen, r.SeenAlone, r.BedroomSeen, r.NotSeenReason = no(), nil, nil, "No one was home"
		},
		"seen but not alone": func(r *Visit) { r.SeenAlone = no() },
	}, []invalid[Visit]{
		{"no child", func(r *Visit) { r.PersonID = 0 }, "person_id"},
		{"no kind", func(r *Visit) { r.Kind = "" }, "kind"},
		{"an unknown kind", func(r *Visit) { r.Kind = "statutory" }, "kind"},
		{"no date", func(r *Visit) { r.VisitDate = hearth.Date{} }, "visit_date"},
		{"no worker", func(r *Visit) { r.WorkerID = 0 }, "worker_id"},
		{"an unknown location", func(r *Visit) { r.Location = "car" }, "location"},
		{"whether the child was seen not recorded", func(r *Visit) { r.ChildSeen, r.SeenAlone = nil, nil }, "child_seen"},
		{"not seen without a reason", func(r *Visit) { r.ChildSeen, r.SeenAlone = no(), nil }, "not_seen_reason"},
		{"seen alone but not seen", func(r *Visit) { r.ChildSeen, r.NotSeenReason = no(), "x" }, "seen_alone"},
		{"a CP plan on a CIN visit", func(r *Visit) { r.Kind = VisitCIN }, "cp_plan_id"},
	})
}

func TestEmergencyProtectionValidate(t *testing.T) {
	valid := func() EmergencyProtection {
		return EmergencyProtection{
			PersonID: 10, CINEpisodeID: 30, Kind: PolicePowers, StartDate: day, EndDate: day.AddDays(2),
			Note: "Taken to grandmother's home by police",
		}
	}
	testValidate(t, valid, map[string]func(*EmergencyProtection){
		"an order extended to 15 days": func(r *EmergencyProtection) {
			r.Kind, r.EndDate, r.LAAccommodated = EmergencyProtectionOrder, day.AddDays(15), true
		},
		"still in force":        func(r *EmergencyProtection) { r.EndDate = hearth.Date{} },
		"police protection 72h": func(r *EmergencyProtection) { r.EndDate = day.AddDays(3) },
	}, []invalid[EmergencyProtection]{
		{"no child", func(r *EmergencyProtection) { r.PersonID = 0 }, "person_id"},
		{"no kind", func(r *EmergencyProtection) { r.Kind = "" }, "kind"},
		{"an unknown kind", func(r *EmergencyProtection) { r.Kind = "interim_care_order" }, "kind"},
		{"no start date", func(r *EmergencyProtection) { r.StartDate = hearth.Date{} }, "start_date"},
		{"ended before it started", func(r *EmergencyProtection) { r.EndDate = day.AddDays(-1) }, "end_date"},
		{"police protection beyond 72 hours", func(r *EmergencyProtection) { r.EndDate = day.AddDays(4) }, "end_date"},
		{"an order beyond 15 days", func(r *EmergencyProtection) {
			r.Kind, r.EndDate = EmergencyProtectionOrder, day.AddDays(16)
		}, "end_date"},
	})
}

func TestDfECategory(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"NEG"}, "NEG"}, {[]string{"NEG", "EMO"}, "MUL"}} {
		if got := DfECategory(tc.in); got != tc.want {
			t.Errorf("DfECategory(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRequiresSupport(t *testing.T) {
	for _, c := range AssessmentOutcomes {
		want := c.Code != OutcomeNoFurtherAction && c.Code != OutcomeEarlyHelp
		if got := RequiresSupport(c.Code); got != want {
			t.Errorf("RequiresSupport(%s) = %v, want %v", c.Code, got, want)
		}
	}
}

// rows lists a zero value of every table of the package.
var rows = []any{
	Assessment{}, AssessmentHouseholdMember{}, StrategyDiscussion{}, S47Enquiry{}, S47HouseholdMember{},
	CINPlan{}, CPPlan{}, Conference{}, CoreGroup{}, Plan{}, PlanAction{}, Visit{}, EmergencyProtection{},
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestTags checks the tags the store and docs/data-model.md are generated from: hearth.Record first,
// every column documented in snake_case, person_id referring to person, and every codes tag naming a list
// in CodeLists.
func TestTags(t *testing.T) {
	for _, row := range rows {
		typ := reflect.TypeOf(row)
		if typ.Field(0).Type != reflect.TypeOf(hearth.Record{}) {
			t.Errorf("%s: hearth.Record is not the first field", typ.Name())
		}
		hasPerson := false
		for i := 1; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("db"), ",")
			if !snakeCase.MatchString(name) {
				t.Errorf("%s.%s: column %q is missing or not snake_case", typ.Name(), f.Name, name)
			}
			if f.Tag.Get("doc") == "" {
				t.Errorf("%s.%s has no doc tag", typ.Name(), f.Name)
			}
			if name == "person_id" {
				hasPerson = f.Tag.Get("ref") == "person"
			}
			if list := f.Tag.Get("codes"); list != "" {
				if _, ok := CodeLists[list]; !ok {
					t.Errorf("%s.%s: codes:%q is not in CodeLists", typ.Name(), f.Name, list)
				}
			}
		}
		if !hasPerson {
			t.Errorf("%s has no person_id referring to person, so it would not belong to a child's record", typ.Name())
		}
	}
}

// TestCodeLists checks every list has unique codes with descriptions, and that the DfE lists hold exactly
// the codes of the CIN census schema and the SSDA903 (when the shared reference files are present).
func TestCodeLists(t *testing.T) {
	for name, list := range CodeLists {
		seen := map[string]bool{}
		for _, c := range list {
			if c.Code == "" || c.Description == "" {
				t.Errorf("%s: empty code or description in %+v", name, c)
			}
			if seen[c.Code] {
				t.Errorf("%s: %s appears twice", name, c.Code)
			}
			seen[c.Code] = true
		}
	}
	if !reflect.DeepEqual(CodeLists["agency"], frontdoor.Agencies) {
		t.Error("the agency list differs from frontdoor.Agencies")
	}
	census := referenceCodes(t, "cin-census-elements.tsv", 1, 6, "")
	for element, list := range map[string]frontdoor.CodeList{
		"AssessmentFactors": AssessmentFactors, "InitialCategoryOfAbuse": CategoriesOfAbuse,
	} {
		if got, want := strings.Join(list.Codes(), " "), census[element]; got != want {
			t.Errorf("%s codes = %s, the CIN census has %s", element, got, want)
		}
	}
	ssda903 := referenceCodes(t, "ssda903-columns.tsv", 1, 3, "Reviews")
	if got, want := strings.Join(ReviewParticipation.Codes(), " "), ssda903["REVIEW_CODE"]; got != want {
		t.Errorf("review participation codes = %s, the SSDA903 has %s", got, want)
	}
}

// referenceCodes reads the code lists of a shared reference TSV (name column, codes column, and the
// value of the first column when table is not empty), skipping the test when the file is not there (it
// lives outside the module).
func referenceCodes(t *testing.T, file string, nameCol, codesCol int, table string) map[string]string {
	t.Helper()
	f, err := os.Open("../../shared/reference/" + file)
	if err != nil {
		t.Skip("reference file not available:", err)
	}
	defer f.Close()
	codes := map[string]string{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		cols := strings.Split(s.Text(), "\t")
		if len(cols) <= codesCol || cols[codesCol] == "" || (table != "" && cols[0] != table) {
			continue
		}
		codes[cols[nameCol]] = strings.Join(strings.Fields(cols[codesCol]), " ")
	}
	return codes
}
