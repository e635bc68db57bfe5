package protection

import "hearth"

// Plan is what a plan for a child says: a child in need plan, a child protection plan, a care plan, a
// pathway plan or an exploitation safety plan. The periods a child is under a CIN or CP plan are in
// cin_plans and cp_plans (they are what the returns count); this table holds the content those periods
// share: what we are worried about, what happens if things do not get better (the contingency) and the
// child's own words, with the actions in plan_actions. The care and leaving areas use these same tables
// for care plans and pathway plans (kinds care and pathway), and exploitation for safety plans: those
// link to the child only, because their own tables come later in the dependency order and point here
// (for example a looked-after review can name the plans row it reviewed).
//
// One row is one plan, amended as it is reviewed: each amendment keeps the earlier version in
// record_history, and agreed_date says when the current version was agreed, so a measure can ask whether
// a plan was updated at its last review.
type Plan struct {
	hearth.Record
	PersonID          hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The child or young person the plan is for"`
	Kind              string      `db:"kind,notnull" codes:"plan_kind" doc:"cin, cp, care, pathway or exploitation"`
	CINPlanID         hearth.ID   `db:"cin_plan_id" ref:"cin_plans" doc:"The child in need plan period this is the content of (kind cin)"`
	CPPlanID          hearth.ID   `db:"cp_plan_id" ref:"cp_plans" doc:"The child protection plan period this is the content of (kind cp)"`
	AgreedDate        hearth.Date `db:"agreed_date,notnull" doc:"The date the current version of the plan was agreed (at a conference, review or planning meeting)"`
	Summary           string      `db:"summary,notnull" doc:"What we are worried about and what needs to change, in words the family understand"`
	Contingency       string      `db:"contingency,notnull" doc:"What will happen if the worries do not reduce or the plan does not work"`
	AuthorisationDate hearth.Date `db:"authorisation_date" since:"00009" doc:"The date a manager signed off the current version of the plan as having measurable actions and a contingency; empty until then, and emptied when the plan is changed"`
	AuthorisedBy      hearth.ID   `db:"authorised_by" ref:"professionals" since:"00009" doc:"The manager who signed off the current version of the plan"`
	ChildWords        string      `db:"child_words" doc:"The child's or young person's own words about the plan: what they want and how they feel (a pathway plan is written in the young person's own words)"`
}

// Validate checks the plan's kind and link agree and that it says what it is for and what happens if it
// does not work.
func (r Plan) Validate() error {
	c := check{what: "plan"}
	c.id("person_id", r.PersonID, "the child the plan is for")
	c.requiredCode("kind", r.Kind, PlanKinds, "the kind of plan")
	c.date("agreed_date", r.AgreedDate, "the date the plan was agreed")
	c.text("summary", r.Summary, "what we are worried about and what needs to change")
	c.text("contingency", r.Contingency, "what happens if the worries do not reduce")
	c.order("agreed_date", r.AgreedDate, "authorisation_date", r.AuthorisationDate)
	if !r.AuthorisationDate.IsZero() {
		c.id("authorised_by", r.AuthorisedBy, "the manager who signed off the plan")
	}
	switch r.Kind {
	case PlanCIN:
		c.id("cin_plan_id", r.CINPlanID, "the child in need plan period")
		if r.CPPlanID != 0 {
			c.add("cp_plan_id is recorded on a plan of kind cin")
		}
	case PlanCP:
		c.id("cp_plan_id", r.CPPlanID, "the child protection plan period")
		if r.CINPlanID != 0 {
			c.add("cin_plan_id is recorded on a plan of kind cp")
		}
	case "":
	default:
		if r.CINPlanID != 0 || r.CPPlanID != 0 {
			c.add("cin_plan_id and cp_plan_id are for plans of kind cin and cp, not %s", r.Kind)
		}
	}
	return c.err()
}

// PlanAction is one action of a plan: what will be done, by whom, by when, and how everyone will know it
// worked. Inspectors keep finding plans whose actions cannot be measured, so the measure of success is
// required, and each action keeps its own status and completion date so that a plan's progress can be
// seen at a glance and counted.
type PlanAction struct {
	hearth.Record
	PersonID       hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The child or young person the plan is for"`
	PlanID         hearth.ID   `db:"plan_id,notnull" ref:"plans" doc:"The plan"`
	Action         string      `db:"action,notnull" doc:"What will be done"`
	Who            string      `db:"who,notnull" doc:"Who will do it, in words the family understand, e.g. Mum, the school nurse"`
	WorkerID       hearth.ID   `db:"worker_id" ref:"professionals" doc:"The worker responsible, when it is a member of staff"`
	DueDate        hearth.Date `db:"due_date,notnull" doc:"The date by which it will be done"`
	SuccessMeasure string      `db:"success_measure,notnull" doc:"How we will know it worked: a change that can be seen or counted"`
	Status         string      `db:"status,notnull" codes:"plan_action_status" doc:"open, in_progress, completed, not_completed or withdrawn"`
	CompletedDate  hearth.Date `db:"completed_date" doc:"The date the action was completed; required when status is completed"`
	Progress       string      `db:"progress" doc:"Progress so far, and what happened"`
}

// Validate checks the action says what, who, by when and how success will be known, and that its status
// and completion date agree.
func (r PlanAction) Validate() error {
	c := check{what: "plan action"}
	c.id("person_id", r.PersonID, "the child the plan is for")
	c.id("plan_id", r.PlanID, "the plan")
	c.text("action", r.Action, "what will be done")
	c.text("who", r.Who, "who will do it")
	c.date("due_date", r.DueDate, "the date by which it will be done")
	c.text("success_measure", r.SuccessMeasure, "how we will know it worked")
	c.requiredCode("status", r.Status, PlanActionStatuses, "where the action stands")
	if r.Status == ActionCompleted {
		c.date("completed_date", r.CompletedDate, "the date the action was completed")
	} else if !r.CompletedDate.IsZero() {
		c.add("completed_date is recorded but status is %q, not completed", r.Status)
	}
	return c.err()
}
