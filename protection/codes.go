package protection

import "hearth/frontdoor"

// AssessmentFactors is the CIN census AssessmentFactors list: the factors identified at the end of an
// assessment. Descriptions are the DfE's (CIN census 2024 to 2025). 18A and 19A are no longer used: 18B,
// 18C, 19B and 19C replaced them, saying whether the abuse was by a child or an adult.
var AssessmentFactors = frontdoor.CodeList{
	{Code: "1A", Description: "Alcohol misuse: concerns about alcohol misuse by the child"},
	{Code: "1B", Description: "Alcohol misuse: concerns about alcohol misuse by the parent(s) or carer(s)"},
	{Code: "1C", Description: "Alcohol misuse: concerns about alcohol misuse by another person living in the household"},
	{Code: "2A", Description: "Drug misuse: concerns about drug misuse by the child"},
	{Code: "2B", Description: "Drug misuse: concerns about drug misuse by the parent(s) or carer(s)"},
	{Code: "2C", Description: "Drug misuse: concerns about drug misuse by another person living in the household"},
	{Code: "3A", Description: "Domestic violence: concerns about the child being the subject of domestic violence"},
	{Code: "3B", Description: "Domestic violence: concerns about the child's parent(s) or carer(s) being the subject of domestic violence"},
	{Code: "3C", Description: "Domestic violence: concerns about another person living in the household being the subject of domestic violence"},
	{Code: "4A", Description: "Mental health: concerns about the mental health of the child"},
	{Code: "4B", Description: "Mental health: concerns about the mental health of the parent(s) or carer(s)"},
	{Code: "4C", Description: "Mental health: concerns about the mental health of another person in the family or household"},
	{Code: "5A", Description: "Learning disability: concerns about the child's learning disability"},
	{Code: "5B", Description: "Learning disability: concerns about the parent(s)' or carer(s)' learning disability"},
	{Code: "5C", Description: "Learning disability: concerns about the learning disability of another person in the family or household"},
	{Code: "6A", Description: "Physical disability or illness: concerns about a physical disability or illness of the child"},
	{Code: "6B", Description: "Physical disability or illness: concerns about a physical disability or illness of the parent(s) or carer(s)"},
	{Code: "6C", Description: "Physical disability or illness: concerns about a physical disability or illness of another person in the family or household"},
	{Code: "7A", Description: "Young carer: concerns that services may be required or the child's health or development may be impaired due to their caring responsibilities"},
	{Code: "8B", Description: "Privately fostered: overseas children who intend to return"},
	{Code: "8C", Description: "Privately fostered: overseas children who intend to stay"},
	{Code: "8D", Description: "Privately fostered: UK children in educational placements"},
	{Code: "8E", Description: "Privately fostered: UK children making alternative family arrangements"},
	{Code: "8F", Description: "Privately fostered: other"},
	{Code: "9A", Description: "Unaccompanied asylum-seeking child: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child"},
	{Code: "10A", Description: "Missing: concerns that services may be required or the child may be at risk of harm due to going or being missing"},
	{Code: "11A", Description: "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation"},
	{Code: "12A", Description: "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking"},
	{Code: "13A", Description: "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in or with gangs"},
	{Code: "14A", Description: "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour"},
	{Code: "15A", Description: "Self-harm: concerns that services may be required or the child may be at risk of harm due to suspected or actual self-harming"},
	{Code: "16A", Description: "Abuse or neglect: neglect"},
	{Code: "17A", Description: "Abuse or neglect: emotional abuse"},
	{Code: "18B", Description: "Abuse or neglect: physical abuse (child on child), by another child"},
	{Code: "18C", Description: "Abuse or neglect: physical abuse (adult on child), by an adult"},
	{Code: "19B", Description: "Abuse or neglect: sexual abuse (child on child), by another child"},
	{Code: "19C", Description: "Abuse or neglect: sexual abuse (adult on child), by an adult"},
	{Code: "20", Description: "Other"},
	{Code: "21", Description: "No factors identified: only when there is no evidence of any of the other factors and no further action is being taken"},
	{Code: "22A", Description: "Female genital mutilation: concerns that services may be required or the child may be at risk due to female genital mutilation"},
	{Code: "23A", Description: "Abuse linked to faith or belief: concerns that services may be required or the child may be at risk due to abuse linked to faith or belief"},
	{Code: "24A", Description: "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation"},
}

// FactorNone is the assessment factor that says no factors were identified; it may not be combined with
// any other (CIN census rule 8869).
const FactorNone = "21"

// CategoriesOfAbuse is the CIN census category of abuse list, used for a child protection plan's initial
// and latest category (Annex A List 7) and for the categories a conference decides.
var CategoriesOfAbuse = frontdoor.CodeList{
	{Code: "NEG", Description: "Neglect"},
	{Code: "PHY", Description: "Physical abuse"},
	{Code: "SAB", Description: "Sexual abuse"},
	{Code: "EMO", Description: "Emotional abuse"},
	{Code: "MUL", Description: "Multiple (not recommended: record the main category where possible)"},
}

// CategoryMultiple is the DfE category used when a plan is made under more than one category.
const CategoryMultiple = "MUL"

// DfECategory returns the single CIN census category for the categories a conference decided: the one
// category, or MUL for more than one; "" for none.
func DfECategory(categories []string) string {
	switch len(categories) {
	case 0:
		return ""
	case 1:
		return categories[0]
	}
	return CategoryMultiple
}

// Assessment outcomes.
const (
	OutcomeNoFurtherAction    = "no_further_action"
	OutcomeEarlyHelp          = "early_help"
	OutcomeCINPlan            = "cin_plan"
	OutcomeStrategyDiscussion = "strategy_discussion"
	OutcomeLookedAfter        = "looked_after"
	OutcomeExistingPlan       = "existing_plan"
)

// AssessmentOutcomes is the local list of what a child and family assessment concluded. Annex A List 4's
// "Was the child assessed as requiring LA children's social care support?" is yes for every outcome but
// no_further_action and early_help (see RequiresSupport).
var AssessmentOutcomes = frontdoor.CodeList{
	{Code: OutcomeNoFurtherAction, Description: "No further action by children's social care, including signposting to universal services"},
	{Code: OutcomeEarlyHelp, Description: "Step down to early help"},
	{Code: OutcomeCINPlan, Description: "Child in need: services under a child in need plan"},
	{Code: OutcomeStrategyDiscussion, Description: "Strategy discussion: reasonable cause to suspect significant harm"},
	{Code: OutcomeLookedAfter, Description: "The child needs to be looked after"},
	{Code: OutcomeExistingPlan, Description: "Continue the child's existing child protection, looked-after or pathway plan"},
}

// RequiresSupport reports whether an assessment outcome means the child was assessed as requiring
// children's social care support (Annex A List 4).
func RequiresSupport(outcome string) bool {
	switch outcome {
	case OutcomeCINPlan, OutcomeStrategyDiscussion, OutcomeLookedAfter, OutcomeExistingPlan:
		return true
	}
	return false
}

// Strategy discussion decisions.
const (
	StrategyS47       = "s47"
	StrategyS47Joint  = "s47_joint"
	StrategyNoS47     = "no_s47"
	StrategyReconvene = "reconvene"
)

// StrategyDecisions is the local list of what a strategy discussion decided.
var StrategyDecisions = frontdoor.CodeList{
	{Code: StrategyS47, Description: "Section 47 enquiry by children's social care (single agency)"},
	{Code: StrategyS47Joint, Description: "Section 47 enquiry jointly with a police investigation"},
	{Code: StrategyNoS47, Description: "No section 47 enquiry: continue with assessment or child in need services"},
	{Code: StrategyReconvene, Description: "More information needed: the discussion will reconvene"},
}

// Section 47 conclusions (Working Together to Safeguard Children 2023).
const (
	S47NotSubstantiated              = "not_substantiated"
	S47SubstantiatedNoContinuingRisk = "substantiated_no_continuing_risk"
	S47SubstantiatedContinuingRisk   = "substantiated_continuing_risk"
)

// S47Conclusions is the local list of how a section 47 enquiry concluded, after Working Together to
// Safeguard Children 2023. Only the last leads to an initial child protection conference.
var S47Conclusions = frontdoor.CodeList{
	{Code: S47NotSubstantiated, Description: "Concerns not substantiated"},
	{Code: S47SubstantiatedNoContinuingRisk, Description: "Concerns substantiated, but the child is not judged to be at continuing risk of significant harm"},
	{Code: S47SubstantiatedContinuingRisk, Description: "Concerns substantiated and the child is judged to be at continuing risk of significant harm: an initial child protection conference is needed"},
}

// Conference kinds.
const (
	ConferenceInitial = "initial"
	ConferenceReview  = "review"
)

// ConferenceKinds is the list of child protection conference kinds.
var ConferenceKinds = frontdoor.CodeList{
	{Code: ConferenceInitial, Description: "Initial child protection conference (including a transfer-in conference)"},
	{Code: ConferenceReview, Description: "Review child protection conference"},
}

// Conference outcomes.
const (
	ConferencePlanMade      = "plan_made"
	ConferenceNoPlan        = "no_plan"
	ConferencePlanContinues = "plan_continues"
	ConferencePlanEnds      = "plan_ends"
)

// ConferenceOutcomes is the list of what a conference decided. The first two belong to initial
// conferences, the last two to reviews.
var ConferenceOutcomes = frontdoor.CodeList{
	{Code: ConferencePlanMade, Description: "The child is made the subject of a child protection plan"},
	{Code: ConferenceNoPlan, Description: "No child protection plan"},
	{Code: ConferencePlanContinues, Description: "The child protection plan continues"},
	{Code: ConferencePlanEnds, Description: "The child protection plan ends"},
}

// ReviewParticipation is the SSDA903 REVIEW_CODE list of how the child took part in a review; Hearth uses
// it for child protection conferences too (SSD cppr_cp_review_participation).
var ReviewParticipation = frontdoor.CodeList{
	{Code: "PN0", Description: "Child aged under 4 at the time of the review"},
	{Code: "PN1", Description: "Child physically attends and speaks for themselves"},
	{Code: "PN2", Description: "Child physically attends and an advocate speaks on their behalf"},
	{Code: "PN3", Description: "Child attends and conveys their view symbolically (non-verbally)"},
	{Code: "PN4", Description: "Child physically attends but does not speak for themselves, convey their view symbolically or ask an advocate to speak for them"},
	{Code: "PN5", Description: "Child does not attend physically but briefs an advocate to speak for them"},
	{Code: "PN6", Description: "Child does not attend but conveys their feelings to the review by a facilitative medium"},
	{Code: "PN7", Description: "Child does not attend, nor are their views conveyed to the review"},
}

// CPPlanEndReasons is the local list of why a child protection plan ended.
var CPPlanEndReasons = frontdoor.CodeList{
	{Code: "no_longer_at_risk", Description: "The child is no longer at continuing risk of significant harm (often stepping down to a child in need plan)"},
	{Code: "looked_after", Description: "The child became looked after"},
	{Code: "transferred", Description: "The child moved to another local authority, which holds the plan"},
	{Code: "turned_18", Description: "The young person reached 18"},
	{Code: "died", Description: "The child died"},
	{Code: "other", Description: "Other"},
}

// Plan kinds.
const (
	PlanCIN          = "cin"
	PlanCP           = "cp"
	PlanCare         = "care"
	PlanPathway      = "pathway"
	PlanExploitation = "exploitation"
)

// PlanKinds is the list of kinds of plan whose content the plans table holds.
var PlanKinds = frontdoor.CodeList{
	{Code: PlanCIN, Description: "Child in need plan"},
	{Code: PlanCP, Description: "Child protection plan"},
	{Code: PlanCare, Description: "Care plan of a looked-after child"},
	{Code: PlanPathway, Description: "Pathway plan of a young person leaving care"},
	{Code: PlanExploitation, Description: "Safety plan of a child at risk of exploitation"},
}

// Plan action statuses.
const (
	ActionOpen         = "open"
	ActionInProgress   = "in_progress"
	ActionCompleted    = "completed"
	ActionNotCompleted = "not_completed"
	ActionWithdrawn    = "withdrawn"
)

// PlanActionStatuses is the list of where an action of a plan stands.
var PlanActionStatuses = frontdoor.CodeList{
	{Code: ActionOpen, Description: "Not started"},
	{Code: ActionInProgress, Description: "In progress"},
	{Code: ActionCompleted, Description: "Completed"},
	{Code: ActionNotCompleted, Description: "Not completed: the date passed or the action failed; the plan says what happens instead"},
	{Code: ActionWithdrawn, Description: "Withdrawn: no longer needed"},
}

// CoreGroupAttendees is the local list of who attended a core group meeting: the family and the agencies.
var CoreGroupAttendees = frontdoor.CodeList{
	{Code: "social_worker", Description: "The child's social worker"},
	{Code: "child", Description: "The child"},
	{Code: "parent_carer", Description: "A parent or carer"},
	{Code: "police", Description: "Police"},
	{Code: "health", Description: "Health"},
	{Code: "education", Description: "Education"},
	{Code: "gp", Description: "General practitioner"},
	{Code: "probation", Description: "Probation"},
	{Code: "housing", Description: "Housing"},
	{Code: "adult_services", Description: "Adult social care, including adult mental health services"},
	{Code: "youth_justice", Description: "Youth justice service"},
	{Code: "other", Description: "Other"},
}

// Visit kinds.
const (
	VisitCIN              = "cin"
	VisitCP               = "cp"
	VisitCLA              = "cla"
	VisitIRO              = "iro"
	VisitPrivateFostering = "private_fostering"
	VisitOther            = "other"
)

// VisitKinds is the list of kinds of visit to a child.
var VisitKinds = frontdoor.CodeList{
	{Code: VisitCIN, Description: "Child in need visit"},
	{Code: VisitCP, Description: "Child protection statutory visit"},
	{Code: VisitCLA, Description: "Looked-after child statutory visit (Care Planning Regulations 2010, regulation 28)"},
	{Code: VisitIRO, Description: "Visit or contact by the independent reviewing officer"},
	{Code: VisitPrivateFostering, Description: "Private fostering visit"},
	{Code: VisitOther, Description: "Other visit"},
}

// VisitLocations is the local list of where a visit took place.
var VisitLocations = frontdoor.CodeList{
	{Code: "home", Description: "The child's home"},
	{Code: "placement", Description: "The child's placement"},
	{Code: "school", Description: "School or college"},
	{Code: "office", Description: "An office or family centre"},
	{Code: "community", Description: "Elsewhere in the community"},
	{Code: "virtual", Description: "By video call"},
}

// Emergency protection kinds.
const (
	PolicePowers               = "police_protection"
	EmergencyProtectionOrder   = "emergency_protection_order"
	policeProtectionMaxDays    = 3  // 72 hours, Children Act 1989 s46(6)
	emergencyProtectionMaxDays = 15 // 8 days, extendable once by up to 7, s45
)

// EmergencyProtectionKinds is the list of emergency powers used to protect a child.
var EmergencyProtectionKinds = frontdoor.CodeList{
	{Code: PolicePowers, Description: "Police protection (Children Act 1989 section 46), at most 72 hours"},
	{Code: EmergencyProtectionOrder, Description: "Emergency protection order (Children Act 1989 section 44)"},
}

// CodeLists names each code list this package uses by the name its columns give in their codes tag.
var CodeLists = map[string]frontdoor.CodeList{
	"assessment_factor":         AssessmentFactors,
	"category_of_abuse":         CategoriesOfAbuse,
	"assessment_outcome":        AssessmentOutcomes,
	"agency":                    frontdoor.Agencies,
	"strategy_decision":         StrategyDecisions,
	"s47_conclusion":            S47Conclusions,
	"conference_kind":           ConferenceKinds,
	"conference_outcome":        ConferenceOutcomes,
	"review_participation":      ReviewParticipation,
	"cp_plan_end_reason":        CPPlanEndReasons,
	"plan_kind":                 PlanKinds,
	"plan_action_status":        PlanActionStatuses,
	"core_group_attendee":       CoreGroupAttendees,
	"visit_kind":                VisitKinds,
	"visit_location":            VisitLocations,
	"emergency_protection_kind": EmergencyProtectionKinds,
}
