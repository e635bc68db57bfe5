package synth

// The figures the synthetic authority is built from. Every one is listed, with its source, in
// docs/synthetic-data.md; the sources are the DfE's national statistics for England:
//
//	CIN  Children in need, reporting year 2024 (year ending 31 March 2024), and 2023 where a 2024 figure
//	     was not to hand
//	CLA  Children looked after in England including adoptions, reporting year 2024
//	CHAR Characteristics of children in need (the same collection's breakdowns by age, sex, ethnicity,
//	     source, need and factors)
//	WF   Children's social work workforce, 2024
//
// Rates are per 10,000 children aged 0 to 17, as the DfE publishes them, so each size scales them by its
// child population.

// Flows per 10,000 children per year.
const (
	referralRate = 516.0 // CIN 2024: 621,880 referrals, about 516 per 10,000 children
	// contactsPerReferral: contacts are not in the national statistics; local Annex A returns show roughly
	// two to three contacts for each referral (a third to a half become referrals).
	contactsPerReferral = 2.4
	// ceaRate is the rate at which children start to be looked after: CLA 2024, 33,050 starts in the year,
	// about 27 per 10,000.
	claStartRate = 27.0
	// claStockRate is the rate of children looked after on 31 March (CLA 2024: 83,630, 70 per 10,000); the
	// children already looked after when the history begins are made at this rate.
	claStockRate = 70.0
	// uascShareOfStarts: unaccompanied asylum-seeking children among those starting to be looked after
	// (CLA 2024, approximate).
	uascShareOfStarts = 0.16
)

// Front door.
const (
	// The share of contacts that become referrals (a third to a half, see contactsPerReferral); the rest
	// are split between no further action, information and advice, and early help.
	contactReferralShare = 1 / contactsPerReferral
	contactEarlyHelp     = 0.20
	contactInfoAdvice    = 0.20 // the remainder is no further action
	// immediateStrategyShare: of referrals, those where the front door went straight to a strategy
	// discussion (reasonable cause to suspect significant harm on the contact itself).
	immediateStrategyShare = 0.12
	// mashShare: contacts on which the MASH asked partner agencies what they know.
	mashShare = 0.25
	// contactDecisionInOneDay: decisions made within one working day (local performance is typically 85
	// to 95 per cent).
	contactDecisionInOneDay = 0.88
)

// Referrals and assessments.
const (
	referralNFAShare   = 0.071 // CIN 2023: 7.1% of referrals resulted in no further action
	notInNeedShare     = 0.299 // CIN 2023: 29.9% of referrals led to an assessment that found the child not in need
	assessmentIn45WD   = 0.84  // CIN 2024: about 84% of assessments completed within 45 working days (approximate)
	assessmentMedianWD = 33    // CIN 2023: median duration 33 working days
	// s47PerReferral: CIN 2023: 225,400 section 47 enquiries for 640,430 referrals (35 per 100).
	s47PerReferral = 0.352
	// icpcPerS47: CIN 2023: 74,380 initial conferences for 225,400 enquiries (33 per 100).
	icpcPerS47 = 0.33
	// planPerICPC: CIN 2024 (approximate): about 87 in 100 initial conferences make a plan.
	planPerICPC = 0.87
	// cinPlanShare: of children assessed as in need and not subject to a section 47 enquiry, those who get
	// a child in need plan (approximate: CIN plans are reported only from 2022).
	cinPlanShare = 0.55
	// reReferralHazard tunes how often a family comes back; docs/synthetic-data.md gives the target (CIN
	// 2024: 22% of referrals were re-referrals within 12 months, 139,080 of 621,880).
	nextEventChance     = 0.40
	nextEventMeanDays   = 300.0
	knownEventChance    = 0.66
	knownEventMeanDays  = 100.0
	knownReferralBoost  = 0.75 // a contact about a known family is more likely to become a referral
	repeatStrategyBoost = 1.5  // strategy discussions are this much likelier after a child protection plan
	repeatICPCBoost     = 2.6  // and initial conferences after an enquiry this much likelier
)

// Workforce (WF 2024, approximate; the brief asks for about 20% agency staff and caseloads of 15 to 25).
const (
	caseloadCap       = 22 // a full-time social worker is given new children until they hold this many
	paCaseloadCap     = 25 // personal advisers
	iroCaseloadCap    = 55 // independent reviewing officers (looked-after children)
	chairCaseloadCap  = 60 // child protection conference chairs
	agencyHireShare   = 0.42
	agencyMeanYears   = 1.4
	permanentMeanYrs  = 5.5
	workersPerTeam    = 7
	frontDoorPerK     = 1.5 // front door workers per 1,000 contacts a year
	swChangeEveryDays = 540 // a long-running allocation changes worker, for reasons other than leaving, about this often
)

// Referral sources (CHAR 2024, approximate shares of referrals; CIN ReferralSource codes).
var referralSources = newDist([]weighted{
	{"1A", 3.5}, {"1B", 1.0}, {"1C", 1.4}, {"1D", 0.6},
	{"2A", 19.0}, {"2B", 1.6},
	{"3A", 2.2}, {"3B", 1.6}, {"3C", 0.6}, {"3D", 1.4}, {"3E", 3.6}, {"3F", 5.0},
	{"4", 1.8},
	{"5A", 4.0}, {"5B", 3.4}, {"5C", 4.6}, {"5D", 2.0},
	{"6", 29.0},
	{"7", 3.3},
	{"8", 3.4},
	{"9", 0.7},
	{"10", 1.3},
})

// Ages at referral, in years (CHAR 2024, approximate: under 1 10%, 1 to 4 18%, 5 to 9 24%, 10 to 15 36%,
// 16 and 17 12%).
var referralAge = newBands([]band{{0, 0, 10}, {1, 4, 18}, {5, 9, 24}, {10, 15, 36}, {16, 17, 12}})

// Ethnicity of children in need (CHAR 2024, approximate; DfE ethnicity codes).
var ethnicities = newDist([]weighted{
	{"WBRI", 61.0}, {"WIRI", 0.3}, {"WIRT", 0.4}, {"WROM", 0.6}, {"WOTH", 6.0},
	{"MWBC", 3.4}, {"MWBA", 1.1}, {"MWAS", 1.3}, {"MOTH", 4.0},
	{"AIND", 1.3}, {"APKN", 2.6}, {"ABAN", 1.0}, {"AOTH", 1.9},
	{"BCRB", 1.4}, {"BAFR", 4.4}, {"BOTH", 1.6},
	{"CHNE", 0.2}, {"OOTH", 3.5},
	{"REFU", 0.6}, {"NOBT", 3.4},
})

// Primary need at assessment (CHAR 2024, children in need at 31 March, approximate).
var primaryNeeds = newDist([]weighted{
	{"N1", 56.9}, {"N2", 11.8}, {"N3", 2.9}, {"N4", 8.5}, {"N5", 13.2}, {"N6", 2.1}, {"N7", 0.3},
	{"N8", 3.2}, {"N9", 0.6}, {"N0", 0.5},
})

// Factors identified at the end of assessment: the chance each is recorded on an assessment that found the
// child in need (CHAR 2024, approximate shares of episodes with the factor).
var factorChances = []weighted{
	{"4B", 0.33}, {"3B", 0.31}, {"3A", 0.22}, {"4A", 0.21}, {"17A", 0.20}, {"16A", 0.17}, {"2B", 0.16},
	{"1B", 0.14}, {"18C", 0.11}, {"15A", 0.09}, {"5A", 0.08}, {"14A", 0.08}, {"3C", 0.06}, {"6A", 0.06},
	{"19C", 0.06}, {"10A", 0.06}, {"24A", 0.05}, {"11A", 0.05}, {"5B", 0.04}, {"2A", 0.04}, {"6B", 0.04},
	{"18B", 0.02}, {"19B", 0.02}, {"13A", 0.03}, {"7A", 0.02}, {"1A", 0.02}, {"2C", 0.02}, {"1C", 0.02},
	{"4C", 0.03}, {"12A", 0.01}, {"22A", 0.003}, {"23A", 0.003}, {"20", 0.14},
}

// Initial category of abuse of child protection plans (CHAR 2024, plans starting in the year,
// approximate).
var cpCategories = newDist([]weighted{{"NEG", 50.5}, {"EMO", 36.5}, {"PHY", 6.5}, {"SAB", 3.8}, {"MUL", 2.7}})

// Duration of child protection plans, in days (CHAR 2024, plans ending in the year, approximate: under 3
// months 11%, 3 to 6 months 17%, 6 months to a year 44%, 1 to 2 years 24%, 2 years or more 4%; median
// about 9 months).
var cpDurations = newBands([]band{{30, 90, 11}, {91, 182, 17}, {183, 365, 44}, {366, 730, 24}, {731, 1100, 4}})

// Duration of child in need plans, in days (approximate; most run three months to a year).
var cinPlanDurations = newBands([]band{{60, 120, 30}, {121, 240, 40}, {241, 365, 20}, {366, 730, 10}})

// ICPC timeliness: working days from the strategy discussion to the initial conference (CIN 2023 table
// C4: 0 to 10 days 9%, 11 to 15 days 69%, 16 to 20 days 10%, 21 or more 12%).
var icpcDays = newBands([]band{{5, 10, 9}, {11, 15, 69}, {16, 20, 10}, {21, 40, 12}})

// Assessment duration, working days from the start to authorisation: 84% within 45 (see
// assessmentIn45WD), median about 33.
var assessmentDays = newBands([]band{{5, 20, 16}, {21, 33, 34}, {34, 45, 34}, {46, 65, 11}, {66, 120, 5}})

// Household sizes: children in a household that comes to the front door (approximate, ONS families).
var householdChildren = newBands([]band{{1, 1, 38}, {2, 2, 33}, {3, 3, 18}, {4, 4, 8}, {5, 6, 3}})

// Disability codes of the CIN census (its Disability code list: COMM, not COM, is communication) and their
// weights among disabled children.
var disabilityCodes = newDist([]weighted{
	{"AUT", 30}, {"LD", 18}, {"BEH", 14}, {"COMM", 10}, {"MOB", 6}, {"CON", 5}, {"HAND", 4}, {"PC", 3},
	{"HEAR", 3}, {"VIS", 3}, {"INC", 2}, {"DDA", 2},
})

// Reasons a social worker changed (SSDA903 SW_REASON) other than the worker leaving, which has its own
// codes (LEFTRL for permanent staff, FCONTA for agency staff).
var swChangeReasons = newDist([]weighted{
	{"MANAGE", 35}, {"ORGRST", 10}, {"ABSENC", 20}, {"CHCHAN", 6}, {"PCCHAN", 9}, {"OTHERS", 20},
})

// Contact reasons by the group of the source.
var contactReasons = map[string]dist{
	"police": newDist([]weighted{{"domestic_abuse", 45}, {"child_behaviour", 10}, {"missing", 10},
		{"physical_abuse", 8}, {"child_criminal_exploitation", 7}, {"neglect", 6}, {"parental_substance_misuse", 6},
		{"sexual_abuse", 4}, {"child_sexual_exploitation", 4}}),
	"school": newDist([]weighted{{"neglect", 20}, {"emotional_abuse", 15}, {"physical_abuse", 14},
		{"child_mental_health", 14}, {"domestic_abuse", 10}, {"child_behaviour", 8}, {"self_harm", 7},
		{"sexual_abuse", 5}, {"online_harm", 4}, {"parenting_capacity", 3}}),
	"health": newDist([]weighted{{"parental_mental_health", 20}, {"neglect", 18}, {"self_harm", 15},
		{"child_mental_health", 12}, {"physical_abuse", 10}, {"parental_substance_misuse", 10},
		{"parenting_capacity", 10}, {"child_disability", 5}}),
	"other": newDist([]weighted{{"neglect", 20}, {"domestic_abuse", 15}, {"parenting_capacity", 15},
		{"emotional_abuse", 10}, {"housing", 8}, {"child_disability", 8}, {"parental_mental_health", 8},
		{"financial_hardship", 6}, {"parental_substance_misuse", 6}, {"other", 4}}),
}

// sourceGroup names the group of a referral source, for the contact reasons it usually brings.
func sourceGroup(source string) string {
	switch source[0] {
	case '6':
		return "police"
	case '2':
		return "school"
	case '3':
		return "health"
	}
	return "other"
}

// firstICPCShare scales the chance of an initial conference for children who have not had a plan, so that
// with repeatICPCBoost the total matches icpcPerS47 and about a quarter of plans are second or later
// plans (CHAR 2024: about 24%, approximate).
const firstICPCShare = 0.92
