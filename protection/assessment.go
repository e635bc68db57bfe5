package protection

import "hearth"

// Assessment is a child and family assessment (a single or continuous assessment): the worker's enquiry
// into what the child needs, which should be completed and authorised within 45 working days of the
// referral. It records what the CIN census and Annex A List 4 ask for, and what inspectors look for in
// the work itself: whether the child was seen, and alone; the child's views in their own words; what the
// GP knows; every household member considered (assessment_household); an analysis and a clear outcome.
//
// Seen, seen alone and GP information are *bool because "not recorded" is different from "no", and a
// measure must be able to tell them apart. Once the assessment is authorised they must be recorded.
type Assessment struct {
	hearth.Record
	PersonID                       hearth.ID    `db:"person_id,notnull" ref:"person" ssd:"cina_person_id" doc:"The child assessed"`
	CINEpisodeID                   hearth.ID    `db:"cin_episode_id,notnull" ref:"cin_episodes" ssd:"cina_referral_id" doc:"The CIN episode (referral) the assessment belongs to"`
	StartDate                      hearth.Date  `db:"start_date,notnull" ssd:"cina_assessment_start_date" dfe:"CIN AssessmentActualStartDate; Annex A List 4 Continuous Assessment Start Date" doc:"The date the assessment started"`
	InternalReviewDate             hearth.Date  `db:"internal_review_date" dfe:"CIN AssessmentInternalReviewDate" doc:"The date of the manager's mid-way review of a continuous assessment, when there was one"`
	CompletedDate                  hearth.Date  `db:"completed_date" since:"00009" doc:"The date the worker completed the assessment and put it to their manager for authorisation; empty while it is being done. Authorisation cannot come before it"`
	AuthorisationDate              hearth.Date  `db:"authorisation_date" ssd:"cina_assessment_auth_date" dfe:"CIN AssessmentAuthorisationDate; Annex A List 4 Continuous Assessment Date of Authorisation" doc:"The date a manager authorised the completed assessment; empty while it is open"`
	AuthorisedBy                   hearth.ID    `db:"authorised_by" ref:"professionals" doc:"The manager who authorised the assessment"`
	Factors                        hearth.Codes `db:"factors" codes:"assessment_factor" ssd:"ssd_assessment_factors.cinf_assessment_factors_json" dfe:"CIN AssessmentFactors (FactorsIdentifiedAtAssessment)" doc:"The factors identified, as CIN census codes, space separated (e.g. 3A 4B); 21 alone when none. The census reports them only for authorised assessments (rule 8614)"`
	ChildSeen                      *bool        `db:"child_seen" ssd:"cina_assessment_child_seen" dfe:"Annex A List 4 Child Seen During Continuous Assessment" doc:"The child was seen during the assessment; empty until recorded"`
	SeenAlone                      *bool        `db:"seen_alone" doc:"The child was seen alone during the assessment"`
	SeenDate                       hearth.Date  `db:"seen_date" doc:"The date the child was first seen during the assessment, for the measure of how soon children are seen"`
	NotSeenReason                  string       `db:"not_seen_reason" doc:"Why the child was not seen; required when child_seen is no"`
	ChildViews                     string       `db:"child_views" doc:"The child's wishes and feelings, in their own words where possible"`
	GPInformationObtained          *bool        `db:"gp_information_obtained" doc:"The child's GP was asked and what they know is in the assessment"`
	GPInformationNotObtainedReason string       `db:"gp_information_not_obtained_reason" doc:"Why the GP's information was not obtained; required when gp_information_obtained is no"`
	Analysis                       string       `db:"analysis" doc:"The worker's analysis: what the information means for the child, strengths and risks"`
	Outcome                        string       `db:"outcome" codes:"assessment_outcome" ssd:"cina_assessment_outcome_json; cina_assessment_outcome_nfa" dfe:"Annex A List 4 Was the child assessed as requiring LA children's social care support? (yes unless no_further_action or early_help)" doc:"What the assessment concluded: no_further_action, early_help, cin_plan, strategy_discussion, looked_after, existing_plan; required once authorised"`
	TeamID                         hearth.ID    `db:"team_id" ref:"department" ssd:"cina_assessment_team" doc:"The team that completed the assessment"`
	WorkerID                       hearth.ID    `db:"worker_id" ref:"professionals" ssd:"cina_assessment_worker_id" doc:"The worker who completed the assessment"`
}

// Validate checks the assessment against the CIN census rules that can be checked on the row alone
// (8608 start not after authorisation, 8869 factor 21 alone, 8898 no repeated factor) and, once it is
// authorised, that it says who authorised it, its outcome and factors, whether the child was seen and
// whether the GP's information was obtained.
func (r Assessment) Validate() error {
	c := check{what: "assessment"}
	c.id("person_id", r.PersonID, "the child assessed")
	c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	c.date("start_date", r.StartDate, "the date the assessment started")
	c.order("start_date", r.StartDate, "internal_review_date", r.InternalReviewDate)
	c.order("internal_review_date", r.InternalReviewDate, "authorisation_date", r.AuthorisationDate)
	c.order("start_date", r.StartDate, "authorisation_date", r.AuthorisationDate)
	c.order("start_date", r.StartDate, "completed_date", r.CompletedDate)
	c.order("completed_date", r.CompletedDate, "authorisation_date", r.AuthorisationDate)
	checkFactors(&c, r.Factors)
	c.code("outcome", r.Outcome, AssessmentOutcomes)
	checkSeen(&c, r.ChildSeen, r.SeenAlone, r.SeenDate, r.NotSeenReason)
	c.order("start_date", r.StartDate, "seen_date", r.SeenDate)
	c.order("seen_date", r.SeenDate, "authorisation_date", r.AuthorisationDate)
	checkGP(&c, r.GPInformationObtained, r.GPInformationNotObtainedReason)
	if !r.AuthorisationDate.IsZero() {
		c.id("authorised_by", r.AuthorisedBy, "the manager who authorised the assessment")
		if r.Outcome == "" {
			c.add("outcome (what the assessment concluded) is required once authorisation_date is recorded")
		}
		if len(r.Factors) == 0 {
			c.add("factors (the CIN assessment factors, or 21 when none) are required once authorisation_date is recorded")
		}
		if r.ChildSeen == nil {
			c.add("child_seen (whether the child was seen) is required once authorisation_date is recorded")
		}
		if r.GPInformationObtained == nil {
			c.add("gp_information_obtained (whether the GP's information was obtained) is required once authorisation_date is recorded")
		}
	}
	return c.err()
}

// checkFactors checks assessment factor codes: known, not repeated, and 21 (no factors) alone.
func checkFactors(c *check, factors hearth.Codes) {
	c.codes("factors", factors, AssessmentFactors)
	if factors.Has(FactorNone) && len(factors) > 1 {
		c.add("factors has 21 (no factors identified) with other factors")
	}
}

// checkSeen checks that seen alone, the date seen and the reason for not seeing agree with child seen.
func checkSeen(c *check, seen, alone *bool, date hearth.Date, notSeenReason string) {
	switch {
	case seen == nil:
		if alone != nil && *alone {
			c.add("seen_alone is yes but child_seen is not recorded")
		}
		if !date.IsZero() {
			c.add("seen_date is recorded but child_seen is not")
		}
	case *seen:
		c.date("seen_date", date, "the date the child was seen")
	default:
		if alone != nil && *alone {
			c.add("seen_alone is yes but child_seen is no")
		}
		if !date.IsZero() {
			c.add("seen_date is recorded but child_seen is no")
		}
		c.text("not_seen_reason", notSeenReason, "why the child was not seen")
	}
}

// checkGP checks that a GP's information not obtained says why.
func checkGP(c *check, obtained *bool, reason string) {
	if obtained != nil && !*obtained {
		c.text("gp_information_not_obtained_reason", reason, "why the GP's information was not obtained")
	}
}

// AssessmentHouseholdMember says whether one member of the child's household was considered in an
// assessment. When the assessment starts Hearth adds a row for each person in household_members over the
// assessment's period; the worker adds anyone else found to live there (and records them as household
// members too) and marks each considered, or says why not. A measure can then say "every household member
// was considered": for each authorised assessment, every household_members row of the child current
// between start_date and authorisation_date has a row here with considered true.
type AssessmentHouseholdMember struct {
	hearth.Record
	PersonID     hearth.ID `db:"person_id,notnull" ref:"person" doc:"The child the assessment is about"`
	AssessmentID hearth.ID `db:"assessment_id,notnull" ref:"cin_assessments" doc:"The assessment"`
	MemberID     hearth.ID `db:"member_id,notnull" ref:"person" doc:"The household member"`
	Considered   bool      `db:"considered" doc:"The member's part in the child's life, and any risk or support they bring, was assessed"`
	Note         string    `db:"note" doc:"What was learnt about the member, or why they were not considered; required when not considered"`
}

// Validate checks the row names the child, the assessment and a member other than the child, and says
// why a member was not considered.
func (r AssessmentHouseholdMember) Validate() error {
	c := check{what: "assessment household member"}
	c.id("person_id", r.PersonID, "the child")
	c.id("assessment_id", r.AssessmentID, "the assessment")
	checkMember(&c, r.PersonID, r.MemberID, r.Considered, r.Note)
	return c.err()
}

func checkMember(c *check, child, member hearth.ID, considered bool, note string) {
	c.id("member_id", member, "the household member")
	if member != 0 && member == child {
		c.add("member_id is the child the record is about (list the other members of the household)")
	}
	if !considered {
		c.text("note", note, "why the member was not considered")
	}
}
