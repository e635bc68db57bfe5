package store

import "hearth/protection"

// protectionTables are the work after a referral: assessments, strategy discussions, section 47
// enquiries, conferences, CIN and CP plans, plan content and actions (for every kind of plan, including
// care and pathway plans), core groups, visits (including looked-after visits) and emergency protection.
// cp_plans comes before cp_conferences so that both initial and review conferences can refer to their
// plan.
var protectionTables = []Table{
	{Name: "cin_assessments", SSD: "ssd_cin_assessments, ssd_assessment_factors", Doc: "A child and family assessment, with the factors identified and whether the child was seen.", Row: protection.Assessment{}},
	{Name: "assessment_household", Doc: "Whether one member of the child's household was considered in an assessment.", Row: protection.AssessmentHouseholdMember{}},
	{Name: "strategy_discussions", Doc: "A strategy discussion about suspected significant harm and what it decided.", Row: protection.StrategyDiscussion{}},
	{Name: "s47_enquiry", SSD: "ssd_s47_enquiry", Doc: "A section 47 enquiry and its conclusion.", Row: protection.S47Enquiry{}},
	{Name: "s47_household", Doc: "Whether one member of the child's household was considered in a section 47 enquiry.", Row: protection.S47HouseholdMember{}},
	{Name: "cin_plans", SSD: "ssd_cin_plans", Doc: "A period during which a child was supported under a child in need plan.", Row: protection.CINPlan{}},
	{Name: "cp_plans", SSD: "ssd_cp_plans", Doc: "A period during which a child was the subject of a child protection plan (here or, when other_la, in another authority).", Row: protection.CPPlan{}},
	{Name: "cp_conferences", SSD: "ssd_initial_cp_conference, ssd_cp_reviews", Doc: "An initial or review child protection conference and what it decided.", Row: protection.Conference{}},
	{Name: "core_groups", Doc: "A core group meeting of a child protection plan.", Row: protection.CoreGroup{}},
	{Name: "plans", Doc: "What a plan for a child says (CIN, CP, care, pathway or exploitation plan): the worries, the contingency and the child's words.", Row: protection.Plan{}},
	{Name: "plan_actions", Doc: "One action of a plan: what, who, by when, how success will be known, and its status.", Row: protection.PlanAction{}},
	{Name: "visits", SSD: "ssd_cin_visits, ssd_cp_visits, ssd_cla_visits", Doc: "A visit to a child (CIN, CP, looked-after, IRO, private fostering), and whether the child was seen, and alone.", Row: protection.Visit{}},
	{Name: "emergency_protection_episodes", Doc: "A period of police protection or an emergency protection order.", Row: protection.EmergencyProtection{}},
}
