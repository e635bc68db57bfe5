package protection

import (
	"time"

	"hearth"
	"hearth/frontdoor"
)

// StrategyDiscussion is a discussion between children's social care, the police and health (and other
// agencies as needed) held when there is reasonable cause to suspect that a child is suffering, or is
// likely to suffer, significant harm. It decides whether to start a section 47 enquiry. The initial child
// protection conference's 15 working days run from the discussion that started the enquiry, and Annex A
// List 5 reports its date, so it is a row of its own rather than a note on the enquiry.
type StrategyDiscussion struct {
	hearth.Record
	PersonID     hearth.ID    `db:"person_id,notnull" ref:"person" doc:"The child discussed"`
	CINEpisodeID hearth.ID    `db:"cin_episode_id,notnull" ref:"cin_episodes" doc:"The CIN episode (referral) the discussion belongs to"`
	HeldAt       time.Time    `db:"held_at,notnull" dfe:"Annex A List 5 Strategy discussion initiating Section 47 Enquiry Start Date (the date in England of this moment, for the discussion the enquiry names)" doc:"When the discussion took place"`
	ChairID      hearth.ID    `db:"chair_id" ref:"professionals" doc:"The manager who led the discussion"`
	Agencies     hearth.Codes `db:"agencies" codes:"agency" doc:"The partner agencies that took part besides children's social care, space separated: police, health, education, gp, probation, housing, adult_services, youth_justice, other. Working Together expects police and health"`
	Information  string       `db:"information" doc:"What each agency knew and shared"`
	Decision     string       `db:"decision,notnull" codes:"strategy_decision" doc:"What was decided: s47, s47_joint, no_s47, reconvene"`
	Actions      string       `db:"actions" doc:"The actions agreed: who does what, by when"`
}

// Validate checks the discussion says when it was held, who took part and what it decided.
func (r StrategyDiscussion) Validate() error {
	c := check{what: "strategy discussion"}
	c.id("person_id", r.PersonID, "the child discussed")
	c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	c.time("held_at", r.HeldAt, "when the discussion took place")
	if len(r.Agencies) == 0 {
		c.add("agencies (the partner agencies that took part) is required")
	}
	c.codes("agencies", r.Agencies, frontdoor.Agencies)
	c.requiredCode("decision", r.Decision, StrategyDecisions, "what the discussion decided")
	return c.err()
}

// S47Enquiry is a section 47 enquiry (Children Act 1989): the local authority's enquiry, decided at a
// strategy discussion, into whether it should act to safeguard a child. It is a stand-alone record with a
// clear conclusion, covering every member of the household (s47_household) and what the GP knows, because
// those are what inspectors find missing. The decision on an initial conference (icpc_required) is
// *bool: empty while the enquiry is open, then yes or no; the CIN census ICPCnotRequired is its negation.
type S47Enquiry struct {
	hearth.Record
	PersonID                       hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"s47e_person_id" doc:"The child"`
	CINEpisodeID                   hearth.ID   `db:"cin_episode_id,notnull" ref:"cin_episodes" ssd:"s47e_referral_id" doc:"The CIN episode (referral) the enquiry belongs to"`
	StrategyDiscussionID           hearth.ID   `db:"strategy_discussion_id" ref:"strategy_discussions" doc:"The strategy discussion that started the enquiry; empty only for history imported from a system that did not record it"`
	StartDate                      hearth.Date `db:"start_date,notnull" ssd:"s47e_s47_start_date" dfe:"CIN S47ActualStartDate" doc:"The date the enquiry started"`
	EndDate                        hearth.Date `db:"end_date" ssd:"s47e_s47_end_date" doc:"The date the enquiry concluded; empty while open"`
	ChildSeen                      *bool       `db:"child_seen" doc:"The child was seen during the enquiry"`
	SeenAlone                      *bool       `db:"seen_alone" doc:"The child was seen alone during the enquiry"`
	SeenDate                       hearth.Date `db:"seen_date" doc:"The date the child was first seen during the enquiry"`
	NotSeenReason                  string      `db:"not_seen_reason" doc:"Why the child was not seen; required when child_seen is no"`
	ChildViews                     string      `db:"child_views" doc:"The child's wishes and feelings, in their own words where possible"`
	GPInformationObtained          *bool       `db:"gp_information_obtained" doc:"The child's GP was asked and what they know is in the enquiry"`
	GPInformationNotObtainedReason string      `db:"gp_information_not_obtained_reason" doc:"Why the GP's information was not obtained; required when gp_information_obtained is no"`
	Analysis                       string      `db:"analysis" doc:"The analysis of what was found"`
	Conclusion                     string      `db:"conclusion" codes:"s47_conclusion" ssd:"s47e_s47_outcome_json" doc:"How the enquiry concluded: not_substantiated, substantiated_no_continuing_risk, substantiated_continuing_risk; required once ended. SSD s47e_s47_nfa is icpc_required no with conclusion not_substantiated"`
	ICPCRequired                   *bool       `db:"icpc_required" dfe:"CIN ICPCnotRequired (its negation); Annex A List 5 Was an Initial Child Protection Conference deemed unnecessary? (its negation)" doc:"An initial child protection conference is needed; empty until decided"`
	ICPCTargetDate                 hearth.Date `db:"icpc_target_date" ssd:"icpc_icpc_target_date" dfe:"CIN InitialCPCtarget" doc:"The date the initial conference is due, set by Hearth from the duty (15 working days after the strategy discussion) when the conference is decided on, and kept as it was set"`
	AuthorisationDate              hearth.Date `db:"authorisation_date" since:"00009" doc:"The date a manager signed off the enquiry's conclusion and the decision on a conference; empty until then"`
	AuthorisedBy                   hearth.ID   `db:"authorised_by" ref:"professionals" since:"00009" doc:"The manager who signed off the conclusion"`
	TeamID                         hearth.ID   `db:"team_id" ref:"department" ssd:"s47e_s47_completed_by_team" doc:"The team that carried out the enquiry"`
	WorkerID                       hearth.ID   `db:"worker_id" ref:"professionals" ssd:"s47e_s47_completed_by_worker_id" doc:"The worker who carried out the enquiry"`
}

// Validate checks the enquiry's dates are in order, that the decision on a conference agrees with the
// conclusion, and that a concluded enquiry says how it concluded, whether the child was seen and whether
// the GP's information was obtained.
func (r S47Enquiry) Validate() error {
	c := check{what: "section 47 enquiry"}
	c.id("person_id", r.PersonID, "the child")
	c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	c.date("start_date", r.StartDate, "the date the enquiry started")
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	c.order("start_date", r.StartDate, "icpc_target_date", r.ICPCTargetDate)
	c.code("conclusion", r.Conclusion, S47Conclusions)
	checkSeen(&c, r.ChildSeen, r.SeenAlone, r.SeenDate, r.NotSeenReason)
	c.order("start_date", r.StartDate, "seen_date", r.SeenDate)
	c.order("seen_date", r.SeenDate, "end_date", r.EndDate)
	checkGP(&c, r.GPInformationObtained, r.GPInformationNotObtainedReason)
	c.order("end_date", r.EndDate, "authorisation_date", r.AuthorisationDate)
	if !r.AuthorisationDate.IsZero() {
		c.id("authorised_by", r.AuthorisedBy, "the manager who signed off the conclusion")
		c.date("end_date", r.EndDate, "the date the enquiry concluded, which sign-off follows")
	}
	if r.ICPCRequired != nil && *r.ICPCRequired {
		c.date("icpc_target_date", r.ICPCTargetDate, "the date the initial conference is due")
		if r.Conclusion != "" && r.Conclusion != S47SubstantiatedContinuingRisk {
			c.add("icpc_required is yes but conclusion %q does not find a continuing risk of significant harm", r.Conclusion)
		}
	}
	if !r.EndDate.IsZero() {
		if r.Conclusion == "" {
			c.add("conclusion (how the enquiry concluded) is required once end_date is recorded")
		}
		if r.ICPCRequired == nil {
			c.add("icpc_required (whether an initial conference is needed) is required once end_date is recorded")
		}
		if r.ChildSeen == nil {
			c.add("child_seen (whether the child was seen) is required once end_date is recorded")
		}
		if r.GPInformationObtained == nil {
			c.add("gp_information_obtained (whether the GP's information was obtained) is required once end_date is recorded")
		}
	}
	return c.err()
}

// S47HouseholdMember says whether one member of the child's household was considered in a section 47
// enquiry, in the same way as AssessmentHouseholdMember does for assessments: a measure can say that
// every household member current during the enquiry has a row here with considered true.
type S47HouseholdMember struct {
	hearth.Record
	PersonID     hearth.ID `db:"person_id,notnull" ref:"person" doc:"The child the enquiry is about"`
	S47EnquiryID hearth.ID `db:"s47_enquiry_id,notnull" ref:"s47_enquiry" doc:"The section 47 enquiry"`
	MemberID     hearth.ID `db:"member_id,notnull" ref:"person" doc:"The household member"`
	Considered   bool      `db:"considered" doc:"The member was seen or spoken to, checks were made on them, and their part in the risk to the child was assessed"`
	Note         string    `db:"note" doc:"What was learnt about the member, or why they were not considered; required when not considered"`
}

// Validate checks the row names the child, the enquiry and a member other than the child, and says why
// a member was not considered.
func (r S47HouseholdMember) Validate() error {
	c := check{what: "section 47 household member"}
	c.id("person_id", r.PersonID, "the child")
	c.id("s47_enquiry_id", r.S47EnquiryID, "the section 47 enquiry")
	checkMember(&c, r.PersonID, r.MemberID, r.Considered, r.Note)
	return c.err()
}
