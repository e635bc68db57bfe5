package store

import "hearth/leaving"

// leavingTables are young people leaving care: their leaving care category over time, contacts with
// their personal adviser, what was known of them at each point (the SSDA903 OC3 items), needs assessments
// and pathway plans with their reviews. The personal adviser allocation is a workforce involvement; the
// pathway plan's content is a plan of kind pathway in the protection table plans. leaving_contacts comes
// before care_leaver_status, which may name the contact its information came from.
var leavingTables = []Table{
	{Name: "care_leavers", SSD: "ssd_care_leavers", Doc: "A young person's leaving care category (eligible, relevant, former relevant or qualifying) over a period, and why.", Row: leaving.CareLeaver{}},
	{Name: "leaving_contacts", Doc: "A contact between a care leaver and their personal adviser: when, how, where and by whom.", Row: leaving.Contact{}},
	{Name: "care_leaver_status", SSD: "ssd_care_leavers", Doc: "What was known about a care leaver on a date: in touch, main activity, accommodation and its suitability (SSDA903 OC3 codes).", Row: leaving.Status{}},
	{Name: "leaving_needs_assessments", Doc: "An assessment of the needs of an eligible or relevant child, on which the pathway plan is based.", Row: leaving.NeedsAssessment{}},
	{Name: "pathway_plans", Doc: "A young person's pathway plan: when it was first made and by whom; its content is a plan of kind pathway.", Row: leaving.PathwayPlan{}},
	{Name: "pathway_plan_reviews", Doc: "A review of a pathway plan: when and by whom.", Row: leaving.PathwayPlanReview{}},
	// Added by migration 00011 (branch leaving): the health history written with the young person,
	// semi-independent providers with their visits, the care leavers panel's meetings, young people
	// discussed and actions, and transitions to adult services.
	{Name: "leaving_health_histories", Since: "00011", Doc: "A care leaver's health history, written with the young person and given to them.", Row: leaving.HealthHistory{}},
	{Name: "semi_independent_providers", Since: "00011", Doc: "A provider of semi-independent (supported) accommodation: its registration and whether a contract is in place.", Row: leaving.Provider{}},
	{Name: "provider_visits", Since: "00011", Doc: "A visit to a semi-independent provider, announced or not, and what it found.", Row: leaving.ProviderVisit{}},
	{Name: "care_leaver_panels", Since: "00011", Doc: "A meeting of the multi-agency care leavers panel.", Row: leaving.Panel{}},
	{Name: "care_leaver_panel_cases", Since: "00011", Doc: "A young person the care leavers panel discussed: why, and the support agreed.", Row: leaving.PanelCase{}},
	{Name: "care_leaver_panel_actions", Since: "00011", Doc: "An action the care leavers panel agreed for a young person: what, who owns it and by when.", Row: leaving.PanelAction{}},
	{Name: "adult_transitions", Since: "00011", Doc: "A care leaver's move to an adult service: referred, decided and transferred.", Row: leaving.AdultTransition{}},
}
