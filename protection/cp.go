package protection

import "hearth"

// CINPlan is the period a child is supported under a child in need plan (section 17 of the Children Act
// 1989): the CIN census CINPlanDates. What the plan says is in plans (kind cin, cin_plan_id).
type CINPlan struct {
	hearth.Record
	PersonID     hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"cinp_person_id" doc:"The child"`
	CINEpisodeID hearth.ID   `db:"cin_episode_id,notnull" ref:"cin_episodes" ssd:"cinp_referral_id" doc:"The CIN episode the plan belongs to"`
	StartDate    hearth.Date `db:"start_date,notnull" ssd:"cinp_cin_plan_start_date" dfe:"CIN CINPlanStartDate; Annex A List 6 Case Status (child in need plan)" doc:"The date the plan started"`
	EndDate      hearth.Date `db:"end_date" ssd:"cinp_cin_plan_end_date" dfe:"CIN CINPlanEndDate" doc:"The date the plan ended; empty while open"`
}

// Validate checks the plan has a start and does not end before it (CIN census rule 4011).
func (r CINPlan) Validate() error {
	c := check{what: "CIN plan"}
	c.id("person_id", r.PersonID, "the child")
	c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	c.date("start_date", r.StartDate, "the date the plan started")
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	return c.err()
}

// CPPlan is the period a child is the subject of a child protection plan, from the initial conference
// that made it to the conference (or event) that ended it: the CIN census ChildProtectionPlans block.
// What the plan says is in plans (kind cp, cp_plan_id); its conferences point at it
// (cp_conferences.cp_plan_id) and its core groups and visits too.
//
// Plans the child had in other local authorities are recorded here as well, with other_la set, so that
// the number of previous plans (CIN NumberOfPreviousCPP, Annex A List 7) is counted from the record
// rather than typed in: it is the number of the child's other active cp_plans rows that started before
// this one. Other authorities' plans are never reported as this authority's plans.
type CPPlan struct {
	hearth.Record
	PersonID        hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"cppl_person_id" doc:"The child"`
	CINEpisodeID    hearth.ID   `db:"cin_episode_id" ref:"cin_episodes" ssd:"cppl_referral_id" doc:"The CIN episode the plan belongs to; required unless other_la"`
	StartDate       hearth.Date `db:"start_date,notnull" ssd:"cppl_cp_plan_start_date" dfe:"CIN CPPstartDate; Annex A List 7 Child Protection Plan Start Date" doc:"The date the plan started: the date of the initial conference (CIN census rule 2885)"`
	EndDate         hearth.Date `db:"end_date" ssd:"cppl_cp_plan_end_date" dfe:"CIN CPPendDate; Annex A List 7 Child Protection Plan End Date" doc:"The date the plan ended; empty while open"`
	InitialCategory string      `db:"initial_category,notnull" codes:"category_of_abuse" ssd:"cppl_cp_plan_initial_category" dfe:"CIN InitialCategoryOfAbuse; Annex A List 7 Initial Category of Abuse" doc:"The category of abuse when the plan started: NEG, PHY, SAB, EMO, or MUL for more than one (DfECategory of the initial conference's categories)"`
	LatestCategory  string      `db:"latest_category,notnull" codes:"category_of_abuse" ssd:"cppl_cp_plan_latest_category" dfe:"CIN LatestCategoryOfAbuse; Annex A List 7 Latest Category of Abuse" doc:"The category of abuse now, updated when a review conference changes the categories"`
	EndReason       string      `db:"end_reason" codes:"cp_plan_end_reason" doc:"Why the plan ended: no_longer_at_risk, looked_after, transferred, turned_18, died, other"`
	OtherLA         bool        `db:"other_la" ssd:"cppl_cp_plan_ola" dfe:"CIN NumberOfPreviousCPP; Annex A List 7 Number of Previous Child Protection Plans (counted)" doc:"The plan was made by another local authority; recorded only so that previous plans are counted"`
	OtherLAName     string      `db:"other_la_name" doc:"The authority that made the plan, when other_la"`
}

// Validate checks the plan against the CIN census rules that can be checked on the row alone: categories
// present and valid (8905, 8910), end after start (8925) and not on the same day (8840).
func (r CPPlan) Validate() error {
	c := check{what: "child protection plan"}
	c.id("person_id", r.PersonID, "the child")
	if !r.OtherLA {
		c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	} else {
		c.text("other_la_name", r.OtherLAName, "the authority that made the plan")
	}
	c.date("start_date", r.StartDate, "the date the plan started")
	c.requiredCode("initial_category", r.InitialCategory, CategoriesOfAbuse, "the category of abuse when the plan started")
	c.requiredCode("latest_category", r.LatestCategory, CategoriesOfAbuse, "the category of abuse now")
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	if !r.OtherLA && !r.EndDate.IsZero() && r.EndDate == r.StartDate {
		c.add("end_date is the same day as start_date (CIN census rule 8840: a plan cannot end the day it starts)")
	}
	c.code("end_reason", r.EndReason, CPPlanEndReasons)
	if !r.OtherLA && !r.EndDate.IsZero() && r.EndReason == "" {
		c.add("end_reason (why the plan ended) is required once end_date is recorded")
	}
	if r.EndDate.IsZero() && r.EndReason != "" {
		c.add("end_date is required once end_reason is recorded")
	}
	return c.err()
}

// Conference is a child protection conference: an initial conference, which decides whether the child
// should be the subject of a child protection plan (15 working days from the strategy discussion), or a
// review conference of a plan (3 months after the initial, then every 6 months). One table serves both
// because they are the same meeting with the same chair and participants; the kind says which.
//
// An initial conference names the section 47 enquiry it followed (s47_enquiry_id; empty for a transfer-in
// conference or one that did not follow an enquiry in this episode) and, when it made a plan, that plan
// (cp_plan_id). A review names the plan it reviewed. Both point at the plan with a real reference because
// cp_plans comes first in the dependency order; a plan's initial conference is found from here.
type Conference struct {
	hearth.Record
	PersonID       hearth.ID    `db:"person_id,notnull" ref:"person" ssd:"icpc_person_id; cppr_person_id" doc:"The child"`
	CINEpisodeID   hearth.ID    `db:"cin_episode_id,notnull" ref:"cin_episodes" ssd:"icpc_referral_id" doc:"The CIN episode the conference belongs to"`
	Kind           string       `db:"kind,notnull" codes:"conference_kind" doc:"initial or review"`
	TransferIn     bool         `db:"transfer_in" ssd:"icpc_icpc_transfer_in" doc:"An initial conference held because the child moved here while subject to another authority's plan"`
	S47EnquiryID   hearth.ID    `db:"s47_enquiry_id" ref:"s47_enquiry" ssd:"icpc_s47_enquiry_id" doc:"The section 47 enquiry an initial conference followed"`
	CPPlanID       hearth.ID    `db:"cp_plan_id" ref:"cp_plans" ssd:"icpc_cp_plan_id; cppr_cp_plan_id" doc:"The plan the initial conference made, or the plan the review reviewed"`
	ConferenceDate hearth.Date  `db:"conference_date,notnull" ssd:"icpc_icpc_date; cppr_cp_review_date" dfe:"CIN DateOfInitialCPC (in Section47 when s47_enquiry_id is set, in CINdetails otherwise); CIN CPPreviewDate; Annex A List 5 Date of Initial Child Protection Conference; Annex A List 7 Date of latest review conference" doc:"The date the conference was held"`
	Outcome        string       `db:"outcome,notnull" codes:"conference_outcome" ssd:"icpc_icpc_outcome_cp_flag; icpc_icpc_outcome_json; cppr_cp_review_outcome_continue_cp" dfe:"Annex A List 5 Did the Initial Child Protection Conference Result in a Child Protection Plan (plan_made)" doc:"What the conference decided: plan_made or no_plan (initial), plan_continues or plan_ends (review)"`
	Categories     hearth.Codes `db:"categories" codes:"category_of_abuse" doc:"The categories of abuse the plan is under after this conference, space separated (NEG PHY SAB EMO); required when a plan is made or continues. The plan's DfE category is DfECategory of these"`
	ChairID        hearth.ID    `db:"chair_id" ref:"professionals" doc:"The independent chair"`
	Quorate        *bool        `db:"quorate" ssd:"cppr_cp_review_quorate" doc:"Children's social care and at least two other agencies with direct contact with the child took part"`
	Participation  string       `db:"participation" codes:"review_participation" ssd:"cppr_cp_review_participation" doc:"How the child took part, as an SSDA903 review participation code PN0 to PN7"`
}

// Validate checks the conference's kind, date and outcome agree, and that it points at the plan it made or
// reviewed, with the plan's categories.
func (r Conference) Validate() error {
	c := check{what: "child protection conference"}
	c.id("person_id", r.PersonID, "the child")
	c.id("cin_episode_id", r.CINEpisodeID, "the CIN episode")
	c.requiredCode("kind", r.Kind, ConferenceKinds, "initial or review")
	c.date("conference_date", r.ConferenceDate, "the date the conference was held")
	c.requiredCode("outcome", r.Outcome, ConferenceOutcomes, "what the conference decided")
	c.codes("categories", r.Categories, CategoriesOfAbuse)
	if r.Categories.Has(CategoryMultiple) {
		c.add("categories lists MUL (list each category instead: the DfE category MUL is worked out from them)")
	}
	c.code("participation", r.Participation, ReviewParticipation)
	switch r.Kind {
	case ConferenceInitial:
		switch r.Outcome {
		case ConferencePlanMade:
			c.id("cp_plan_id", r.CPPlanID, "the plan the conference made")
		case ConferenceNoPlan:
			if r.CPPlanID != 0 {
				c.add("cp_plan_id is recorded but the outcome is no_plan")
			}
		case ConferencePlanContinues, ConferencePlanEnds:
			c.add("outcome %q is for review conferences (an initial conference's outcome is plan_made or no_plan)", r.Outcome)
		}
	case ConferenceReview:
		c.id("cp_plan_id", r.CPPlanID, "the plan reviewed")
		if r.S47EnquiryID != 0 {
			c.add("s47_enquiry_id is recorded on a review conference (only an initial conference follows an enquiry)")
		}
		if r.TransferIn {
			c.add("transfer_in is set on a review conference (a transfer-in conference is an initial conference)")
		}
		if r.Outcome == ConferencePlanMade || r.Outcome == ConferenceNoPlan {
			c.add("outcome %q is for initial conferences (a review's outcome is plan_continues or plan_ends)", r.Outcome)
		}
	}
	if (r.Outcome == ConferencePlanMade || r.Outcome == ConferencePlanContinues) && len(r.Categories) == 0 {
		c.add("categories (the categories of abuse of the plan) are required when the plan is made or continues")
	}
	return c.err()
}

// CoreGroup is a meeting of the core group of a child protection plan: the family and the professionals
// who carry out the plan between conferences. The first is due within 10 working days of the initial
// conference and then at the local interval (often six weeks), so each meeting is a row with its date.
type CoreGroup struct {
	hearth.Record
	PersonID      hearth.ID    `db:"person_id,notnull" ref:"person" doc:"The child"`
	CPPlanID      hearth.ID    `db:"cp_plan_id,notnull" ref:"cp_plans" doc:"The child protection plan"`
	MeetingDate   hearth.Date  `db:"meeting_date,notnull" doc:"The date of the meeting"`
	Attendees     hearth.Codes `db:"attendees" codes:"core_group_attendee" doc:"Who attended, space separated: social_worker, child, parent_carer, police, health, education, gp, probation, housing, adult_services, youth_justice, other"`
	AttendeeNames string       `db:"attendee_names" doc:"The names and roles of those who attended"`
	Notes         string       `db:"notes" doc:"Progress against the plan and what was agreed"`
}

// Validate checks the meeting has a plan, a date and at least one known attendee.
func (r CoreGroup) Validate() error {
	c := check{what: "core group"}
	c.id("person_id", r.PersonID, "the child")
	c.id("cp_plan_id", r.CPPlanID, "the child protection plan")
	c.date("meeting_date", r.MeetingDate, "the date of the meeting")
	if len(r.Attendees) == 0 {
		c.add("attendees (who attended) is required")
	}
	c.codes("attendees", r.Attendees, CoreGroupAttendees)
	return c.err()
}
