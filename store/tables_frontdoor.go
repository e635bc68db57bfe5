package store

import "hearth/frontdoor"

// frontdoorTables are the front door: contacts and their decisions, MASH requests to partner agencies,
// referrals (CIN episodes) and early help. A contact comes before the referral it may become, which
// names it (cin_episodes.contact_id). The workforce and protection tables refer to cin_episodes.
var frontdoorTables = []Table{
	{Name: "threshold_levels", Doc: "A level of need of the organisation's threshold document, against which contacts are decided.", Row: frontdoor.ThresholdLevel{}, Since: "00008"},
	{Name: "triage_meetings", Doc: "A multi-agency safeguarding hub meeting that considered and decided contacts.", Row: frontdoor.TriageMeeting{}},
	{Name: "contacts", SSD: "ssd_contacts", Doc: "A contact about a child received at the front door, with the decision made on it.", Row: frontdoor.Contact{}},
	{Name: "mash_checks", Doc: "A request to one partner agency for what it knows about a child, and its answer.", Row: frontdoor.MASHCheck{}},
	{Name: "cin_episodes", SSD: "ssd_cin_episodes", Doc: "A referral to children's social care and the child in need episode that follows it, until closure.", Row: frontdoor.CINEpisode{}},
	{Name: "early_help_episodes", SSD: "ssd_early_help_episodes", Doc: "A period of early help for a child, with its early help assessment.", Row: frontdoor.EarlyHelpEpisode{}},
}
