package frontdoor

import "strings"

// Code is one value of a code list with its description, as forms show it and as the DfE defines it.
type Code struct {
	Code        string
	Description string
}

// CodeList is a code list in the order forms and returns show it. The DfE's lists keep the DfE's codes
// and wording; the local lists (decisions, reasons, agencies) use short snake_case codes. Protection and
// workforce use this type too, until the shared codes package exists.
type CodeList []Code

// Has reports whether code is in the list. Codes are matched exactly: "1a" is not "1A".
func (l CodeList) Has(code string) bool {
	for _, c := range l {
		if c.Code == code {
			return true
		}
	}
	return false
}

// Description returns the description of code, or "" when the code is not in the list.
func (l CodeList) Description(code string) string {
	for _, c := range l {
		if c.Code == code {
			return c.Description
		}
	}
	return ""
}

// Codes returns the codes in order.
func (l CodeList) Codes() []string {
	codes := make([]string, len(l))
	for i, c := range l {
		codes[i] = c.Code
	}
	return codes
}

// String returns the codes separated by commas, for messages that say which codes are allowed.
func (l CodeList) String() string { return strings.Join(l.Codes(), ", ") }

// ReferralSources is the CIN census ReferralSource list, also used for the source of a contact (Annex A
// List 1 Contact Source). Descriptions follow the CIN census guide.
var ReferralSources = CodeList{
	{"1A", "Individual: family member, relative or carer"},
	{"1B", "Individual: acquaintance (including neighbours and child minders)"},
	{"1C", "Individual: self"},
	{"1D", "Individual: other (including strangers)"},
	{"2A", "Schools"},
	{"2B", "Education services"},
	{"3A", "Health services: general practitioner (GP)"},
	{"3B", "Health services: health visitor"},
	{"3C", "Health services: school nurse"},
	{"3D", "Health services: other primary health services"},
	{"3E", "Health services: A&E (accident and emergency department)"},
	{"3F", "Health services: other (for example hospice)"},
	{"4", "Housing: local authority housing or housing association"},
	{"5A", "LA services: social care (for example adults' social care services)"},
	{"5B", "LA services: other internal (a department other than social care, for example youth offending, excluding housing)"},
	{"5C", "LA services: external (for example another local authority's adults' social care services)"},
	{"5D", "LA services: early help"},
	{"6", "Police"},
	{"7", "Other legal agency (including courts, probation, immigration, CAFCASS or prison)"},
	{"8", "Other (including children's centres, independent agency providers or voluntary organisations)"},
	{"9", "Anonymous"},
	{"10", "Unknown"},
}

// PrimaryNeeds is the CIN census PrimaryNeedCode list: the main reason the child is in need, recorded at
// the end of the assessment (Annex A List 6 Primary Need Code; SSDA903 CIN category of need).
var PrimaryNeeds = CodeList{
	{"N1", "Abuse or neglect"},
	{"N2", "Child's disability"},
	{"N3", "Parental disability or illness"},
	{"N4", "Family in acute stress"},
	{"N5", "Family dysfunction"},
	{"N6", "Socially unacceptable behaviour"},
	{"N7", "Low income"},
	{"N8", "Absent parenting"},
	{"N9", "Cases other than children in need"},
	{"N0", "Not stated"},
}

// ReasonsForClosure is the CIN census ReasonForClosure list (Annex A List 6 Reason for Closure).
var ReasonsForClosure = CodeList{
	{"RC1", "Adopted"},
	{"RC2", "Died"},
	{"RC3", "Child arrangements order"},
	{"RC4", "Special guardianship order"},
	{"RC5", "Transferred to services of another local authority"},
	{"RC6", "Transferred to adult social care services"},
	{"RC7", "Services ceased for any other reason, including child no longer in need"},
	{"RC8", "Case closed after assessment, no further action"},
	{"RC9", "Case closed after assessment, referred to early help"},
}

// ContactReasons is a local list of what a contact is about, so that the front door's work can be counted
// by concern. A contact may have several. The same list describes why an early help episode began.
var ContactReasons = CodeList{
	{"domestic_abuse", "Domestic abuse"},
	{"neglect", "Neglect"},
	{"physical_abuse", "Physical abuse"},
	{"sexual_abuse", "Sexual abuse"},
	{"emotional_abuse", "Emotional abuse"},
	{"child_sexual_exploitation", "Child sexual exploitation"},
	{"child_criminal_exploitation", "Child criminal exploitation, including county lines"},
	{"trafficking", "Trafficking or modern slavery"},
	{"missing", "Going or being missing"},
	{"parental_mental_health", "Parent's or carer's mental health"},
	{"parental_substance_misuse", "Parent's or carer's alcohol or drug misuse"},
	{"parenting_capacity", "Parenting capacity"},
	{"child_mental_health", "Child's mental health"},
	{"self_harm", "Self-harm"},
	{"child_substance_misuse", "Child's alcohol or drug misuse"},
	{"child_behaviour", "Child's behaviour"},
	{"child_disability", "Child's disability"},
	{"online_harm", "Online harm"},
	{"radicalisation", "Radicalisation or extremism"},
	{"fgm", "Female genital mutilation"},
	{"faith_or_belief", "Abuse linked to faith or belief"},
	{"private_fostering", "Private fostering"},
	{"unaccompanied_asylum_seeker", "Unaccompanied asylum-seeking child"},
	{"housing", "Housing or homelessness"},
	{"financial_hardship", "Financial hardship"},
	{"other", "Other"},
}

// Consent values: whether the family's consent to the contact being shared and checked was considered.
const (
	ConsentGiven             = "given"
	ConsentNotNeeded         = "not_needed"
	ConsentRefusedOverridden = "refused_overridden"
)

// ConsentOptions is the local list of how consent was considered at the front door. Working Together
// 2023 expects consent to be sought unless doing so would place the child at risk of significant harm;
// anything other than "given" needs its reason recorded.
var ConsentOptions = CodeList{
	{ConsentGiven, "Consent given by the parent, carer or young person"},
	{ConsentNotNeeded, "Consent not needed or not sought: seeking it would place the child at risk of significant harm, or the concern is of significant harm"},
	{ConsentRefusedOverridden, "Consent refused, and overridden to protect the child"},
}

// Contact decisions: what the front door decided to do with a contact.
const (
	DecisionNoFurtherAction    = "no_further_action"
	DecisionInformationAdvice  = "information_advice"
	DecisionEarlyHelp          = "early_help"
	DecisionReferral           = "referral"
	DecisionExistingCase       = "existing_case"
	DecisionStrategyDiscussion = "strategy_discussion"
)

// ContactDecisions is the local list of front door decisions. A referral or a strategy discussion opens
// a CIN episode (cin_episodes, linked back through its contact_id); early help opens an early help
// episode.
var ContactDecisions = CodeList{
	{DecisionNoFurtherAction, "No further action"},
	{DecisionInformationAdvice, "Information and advice given, or signposted to universal services"},
	{DecisionEarlyHelp, "Early help"},
	{DecisionReferral, "Referral to children's social care for a child and family assessment"},
	{DecisionExistingCase, "Passed to the worker of an open case"},
	{DecisionStrategyDiscussion, "Referral with an immediate strategy discussion (reasonable cause to suspect significant harm)"},
}

// Agencies is the local list of partner agencies that the multi-agency safeguarding hub asks, and that
// take part in triage meetings and strategy discussions.
var Agencies = CodeList{
	{"police", "Police"},
	{"health", "Health (community and hospital health services)"},
	{"education", "Education (schools and the education service)"},
	{"gp", "General practitioner"},
	{"probation", "Probation"},
	{"housing", "Housing"},
	{"adult_services", "Adult social care, including adult mental health services"},
	{"youth_justice", "Youth justice service"},
	{"other", "Other agency"},
}

// RAG ratings: the urgency a MASH request is given.
const (
	RAGRed   = "red"
	RAGAmber = "amber"
	RAGGreen = "green"
)

// RAGRatings is the urgency given to a request to a partner agency. The local MASH protocol sets how
// quickly each must be answered, which gives each request its due_by time.
var RAGRatings = CodeList{
	{RAGRed, "Red: immediate risk of significant harm; answer within hours"},
	{RAGAmber, "Amber: possible significant harm; answer within one working day"},
	{RAGGreen, "Green: no immediate risk; answer within the protocol's longest timescale"},
}

// EarlyHelpEndReasons is the local list of why an early help episode ended (SSD earl_episode_end_reason).
var EarlyHelpEndReasons = CodeList{
	{"needs_met", "Needs met: outcomes achieved"},
	{"stepped_up", "Stepped up to children's social care"},
	{"declined", "Family declined or withdrew consent"},
	{"disengaged", "Family stopped engaging"},
	{"moved_away", "Moved out of the area"},
	{"universal_services", "Needs can be met by universal services"},
	{"other", "Other"},
}

// CodeLists names each code list this package defines by the name its columns give in their codes tag.
// The threshold_level list is configured by each organisation and so is not here.
var CodeLists = map[string]CodeList{
	"referral_source":       ReferralSources,
	"primary_need":          PrimaryNeeds,
	"reason_for_closure":    ReasonsForClosure,
	"contact_reason":        ContactReasons,
	"contact_consent":       ConsentOptions,
	"contact_decision":      ContactDecisions,
	"agency":                Agencies,
	"rag_rating":            RAGRatings,
	"early_help_end_reason": EarlyHelpEndReasons,
}
