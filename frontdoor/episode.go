package frontdoor

import "hearth"

// CINEpisode is a referral to children's social care and the child in need episode that follows it, from
// the referral date until the case closes: the CIN census CINdetails block, one row per referral. Every
// assessment, section 47 enquiry, conference and plan of the protection area belongs to one episode
// (cin_episode_id), which is how the census nests them.
//
// A referral that is decided on without further action is still an episode (referral_nfa true), as the
// census requires. The contact that led to the referral is linked here (contact_id) rather than on the
// contact, because the contact comes first in time and in the dependency order.
type CINEpisode struct {
	hearth.Record
	PersonID       hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"cine_person_id" doc:"The child referred"`
	ContactID      hearth.ID   `db:"contact_id" ref:"contacts" doc:"The contact that became this referral; empty for referrals that did not come through the front door, such as history imported from an earlier system"`
	ReferralDate   hearth.Date `db:"referral_date,notnull" ssd:"cine_referral_date" dfe:"CIN CINreferralDate; Annex A List 3 Date of Referral; Annex A List 6 CIN Start Date" doc:"The date of the referral, which starts the episode"`
	ReferralSource string      `db:"referral_source,notnull" codes:"referral_source" ssd:"cine_referral_source_code" dfe:"CIN ReferralSource; Annex A List 3 Referral Source" doc:"Who made the referral, as a CIN referral source code (1A to 10)"`
	PrimaryNeed    string      `db:"primary_need" codes:"primary_need" ssd:"cine_cin_primary_need_code" dfe:"CIN PrimaryNeedCode; Annex A List 6 Primary Need Code" doc:"The main need, N0 to N9: recorded when the referral is accepted and confirmed at the end of the assessment; required unless the referral was no further action"`
	ReferralNFA    bool        `db:"referral_nfa" ssd:"cine_referral_nfa" dfe:"CIN ReferralNFA; Annex A List 3 Referral NFA?" doc:"The referral was closed with no further action, before any assessment"`
	ClosureDate    hearth.Date `db:"closure_date" ssd:"cine_close_date" dfe:"CIN CINclosureDate; Annex A List 6 CIN Closure Date" doc:"The date the episode closed; empty while open"`
	ClosureReason  string      `db:"closure_reason" codes:"reason_for_closure" ssd:"cine_close_reason" dfe:"CIN ReasonForClosure; Annex A List 6 Reason for Closure" doc:"Why the episode closed, RC1 to RC9; recorded with the closure date"`
	TeamID         hearth.ID   `db:"team_id" ref:"department" ssd:"cine_referral_team" doc:"The team that took the referral; the allocated team over the episode is in involvements"`
	WorkerID       hearth.ID   `db:"worker_id" ref:"professionals" ssd:"cine_referral_worker_id" doc:"The worker who took the referral; the allocated worker over the episode is in involvements"`
}

// Validate checks the episode against the CIN census rules that can be checked on the row alone: referral
// date and source (8600, 8866), primary need unless NFA (8610, 8650), closure date and reason together
// (8805, 8810) and closure not before referral (8630).
func (r CINEpisode) Validate() error {
	c := check{what: "CIN episode"}
	c.id("person_id", r.PersonID, "the child referred")
	c.date("referral_date", r.ReferralDate, "the date of the referral")
	c.requiredCode("referral_source", r.ReferralSource, ReferralSources, "who made the referral")
	c.code("primary_need", r.PrimaryNeed, PrimaryNeeds)
	if !r.ReferralNFA && r.PrimaryNeed == "" {
		c.add("primary_need (the child's main need, N0 to N9) is required unless referral_nfa is set")
	}
	c.code("closure_reason", r.ClosureReason, ReasonsForClosure)
	if !r.ClosureDate.IsZero() && r.ClosureReason == "" {
		c.add("closure_reason (why the episode closed, RC1 to RC9) is required once closure_date is recorded")
	}
	if r.ClosureDate.IsZero() && r.ClosureReason != "" {
		c.add("closure_date is required once closure_reason is recorded")
	}
	c.order("referral_date", r.ReferralDate, "closure_date", r.ClosureDate)
	return c.err()
}

// EarlyHelpEpisode is a period of early help for a child and family: support below the threshold for
// children's social care, led by the local authority's early help service or by a partner such as a
// school. Ofsted's Annex A List 2 asks for the early help assessments, so the assessment's start and
// completion are kept apart from the episode's own start and end (support often continues long after the
// assessment). An episode may follow a contact (contact_id) or a CIN episode closed with RC9 (step down,
// cin_episode_id).
type EarlyHelpEpisode struct {
	hearth.Record
	PersonID                hearth.ID    `db:"person_id,notnull" ref:"person" ssd:"earl_person_id" doc:"The child"`
	ContactID               hearth.ID    `db:"contact_id" ref:"contacts" doc:"The contact whose decision was early help, when it began that way"`
	CINEpisodeID            hearth.ID    `db:"cin_episode_id" ref:"cin_episodes" doc:"The CIN episode that stepped down to early help (closed RC9), when it began that way"`
	StartDate               hearth.Date  `db:"start_date,notnull" ssd:"earl_episode_start_date" doc:"The date the episode began"`
	EndDate                 hearth.Date  `db:"end_date" ssd:"earl_episode_end_date" doc:"The date the episode ended; empty while open"`
	Reasons                 hearth.Codes `db:"reasons" codes:"contact_reason" ssd:"earl_episode_reason" doc:"Why early help is involved, as the local contact reason codes, space separated"`
	AssessmentStartDate     hearth.Date  `db:"assessment_start_date" dfe:"Annex A List 2 Assessment start date" doc:"The date the early help assessment started"`
	AssessmentCompletedDate hearth.Date  `db:"assessment_completed_date" dfe:"Annex A List 2 Assessment completion date" doc:"The date the early help assessment was completed"`
	Organisation            string       `db:"organisation,notnull" ssd:"earl_episode_organisation" dfe:"Annex A List 2 Organisation completing assessment" doc:"The organisation leading the early help and completing the assessment, e.g. the council's early help service or a named school"`
	TeamID                  hearth.ID    `db:"team_id" ref:"department" doc:"The early help team, when the local authority leads"`
	WorkerID                hearth.ID    `db:"worker_id" ref:"professionals" ssd:"earl_episode_worker_id" doc:"The lead worker, when a member of the organisation's staff"`
	EndReason               string       `db:"end_reason" codes:"early_help_end_reason" ssd:"earl_episode_end_reason" doc:"Why the episode ended: needs_met, stepped_up, declined, disengaged, moved_away, universal_services, other"`
}

// Validate checks the episode's dates are in order and that an ended episode says why.
func (r EarlyHelpEpisode) Validate() error {
	c := check{what: "early help episode"}
	c.id("person_id", r.PersonID, "the child")
	c.date("start_date", r.StartDate, "the date the episode began")
	c.text("organisation", r.Organisation, "the organisation leading the early help")
	c.codes("reasons", r.Reasons, ContactReasons)
	c.code("end_reason", r.EndReason, EarlyHelpEndReasons)
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	c.order("start_date", r.StartDate, "assessment_start_date", r.AssessmentStartDate)
	c.order("assessment_start_date", r.AssessmentStartDate, "assessment_completed_date", r.AssessmentCompletedDate)
	if r.AssessmentStartDate.IsZero() && !r.AssessmentCompletedDate.IsZero() {
		c.add("assessment_start_date is required once assessment_completed_date is recorded")
	}
	if !r.EndDate.IsZero() && r.EndReason == "" {
		c.add("end_reason (why the episode ended) is required once end_date is recorded")
	}
	if r.EndDate.IsZero() && r.EndReason != "" {
		c.add("end_date is required once end_reason is recorded")
	}
	return c.err()
}
