package leaving

import "hearth"

// PathwayPlan is a young person's pathway plan: made from 16 (by 16 and 3 months at the latest), written
// with the young person in their own words, and reviewed at least every six months. The plan's content is a
// plan of kind pathway in the plans table, shared with every other kind of plan: its summary, contingency,
// actions, and the young person's own words (plans.child_words, which a pathway plan must have). This row
// says when the pathway plan was first made and by whom, so that the duty to have one by 16 and 3 months
// can be checked, and is what the reviews refer to; the date of the current version is the plan's
// agreed_date.
type PathwayPlan struct {
	hearth.Record
	PersonID hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	Date     hearth.Date `db:"plan_date,notnull" doc:"The date the pathway plan was first made with the young person"`
	PlanID   hearth.ID   `db:"plan_id,notnull" ref:"plans" doc:"The plan's content, including the young person's own words: a plan of kind pathway"`
	WorkerID hearth.ID   `db:"worker_id" ref:"professionals" doc:"The worker who made the plan with the young person"`
}

// Validate checks the plan on its own: the young person, the date and the content.
func (p PathwayPlan) Validate() error {
	c := check{what: "pathway plan (pathway_plans)"}
	c.id("person_id", p.PersonID, "the young person")
	c.date("plan_date", p.Date, "the date the pathway plan was made")
	c.id("plan_id", p.PlanID, "the plan's content (a plan of kind pathway)")
	return c.err()
}

// PathwayPlanReview is a review of a pathway plan: when and by whom. The latest is Annex A's (and the
// SSD's) latest pathway plan review date.
type PathwayPlanReview struct {
	hearth.Record
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	PathwayPlanID hearth.ID   `db:"pathway_plan_id,notnull" ref:"pathway_plans" doc:"The pathway plan reviewed"`
	Date          hearth.Date `db:"review_date,notnull" ssd:"ssd_care_leavers.clea_pathway_plan_review_date (the latest)" doc:"The date of the review"`
	ReviewerID    hearth.ID   `db:"reviewer_id,notnull" ref:"professionals" doc:"Who reviewed the plan"`
}

// Validate checks the review on its own: the young person, the plan, the date and the reviewer.
func (r PathwayPlanReview) Validate() error {
	c := check{what: "pathway plan review (pathway_plan_reviews)"}
	c.id("person_id", r.PersonID, "the young person")
	c.id("pathway_plan_id", r.PathwayPlanID, "the pathway plan reviewed")
	c.date("review_date", r.Date, "the date of the review")
	c.id("reviewer_id", r.ReviewerID, "the reviewer")
	return c.err()
}
