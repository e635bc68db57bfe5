package care

import (
	"hearth"
	"hearth/frontdoor"
)

// Review is a looked-after child's statutory review, chaired by an independent reviewing officer (IRO):
// the first within 20 working days of becoming looked after, the second within three months of the first
// and then at most six months apart. The review is where the child's care plan, and in particular the
// permanence plan, is confirmed, so the permanence plan the review agreed is kept on the review: Annex A
// List 8 reports the one agreed at the latest review. Due dates are not stored; the duty engine derives them
// from the episodes and earlier reviews.
type Review struct {
	hearth.Record
	PersonID       hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The looked-after child"`
	Date           hearth.Date `db:"review_date,notnull" ssd:"clar_cla_review_date" dfe:"SSDA903 Reviews.REVIEW; Annex A List 8 Date of Latest Statutory Review" doc:"The date the review was held"`
	Participation  string      `db:"participation,notnull" codes:"review_participation" ssd:"clar_cla_review_participation" dfe:"SSDA903 Reviews.REVIEW_CODE" doc:"How the child took part: PN0 under 4, PN1 attended and spoke for themselves ... PN7 did not attend and views not conveyed"`
	ChairID        hearth.ID   `db:"chair_id" ref:"professionals" doc:"The independent reviewing officer who chaired the review"`
	PermanencePlan string      `db:"permanence_plan" codes:"permanence_plan" dfe:"Annex A List 8 What is the permanence plan for this child?" doc:"The permanence plan the review confirmed: return_to_family, adoption, sgo_cao, supported_living, long_term_residential, long_term_fostering or other"`
}

// Validate checks the review on its own: the child, the date, and the DfE participation code.
func (r Review) Validate() error {
	c := check{what: "looked-after review (cla_reviews)"}
	c.id("person_id", r.PersonID, "the child")
	c.date("review_date", r.Date, "the review date (REVIEW)")
	c.code("participation", r.Participation, ReviewParticipation, "review participation (REVIEW_CODE)", true)
	c.code("permanence_plan", r.PermanencePlan, PermanencePlans, "Annex A permanence plan", false)
	return c.err()
}

// UASC records that a child is, or was, an unaccompanied asylum-seeking child: a child under 18 who has
// applied for asylum in their own right and is separated from both parents and anyone with parental
// responsibility. The SSDA903 UASC table lists every looked-after child who was UASC during the year, with
// the date that status ceased (DUC), which is at the latest their 18th birthday; the Header's UASC flag and
// Annex A List 8's "UASC within the last 12 months" are derived from these rows. SSD object:
// ssd_immigration_status.
type UASC struct {
	hearth.Record
	PersonID            hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"immi_person_id" doc:"The child"`
	StartDate           hearth.Date `db:"start_date,notnull" ssd:"immi_immigration_status_start_date" doc:"The date the child became (or was first known to the authority as) an unaccompanied asylum-seeking child"`
	CeasedDate          hearth.Date `db:"ceased_date" ssd:"immi_immigration_status_end_date" dfe:"SSDA903 UASC.DUC; SSDA903 Header UASC flag (derived: a uasc row in force during the year); Annex A List 8 Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)) (derived: a uasc row in force at any time in the 12 months)" doc:"The date the child ceased to be an unaccompanied asylum-seeking child (at the latest the 18th birthday); empty while they are one"`
	ImmigrationStatus   string      `db:"immigration_status" codes:"immigration_status" ssd:"immi_immigration_status" doc:"The child's current immigration position: claim_pending, refugee, humanitarian_protection, uasc_leave, discretionary_leave, refused, appeal_rights_exhausted, settled, other"`
	HomeOfficeReference string      `db:"home_office_reference" doc:"The Home Office reference of the asylum claim"`
}

// ImmigrationStatuses is the local code list of an unaccompanied child's immigration position.
var ImmigrationStatuses = frontdoor.CodeList{
	{Code: "claim_pending", Description: "Asylum claim made, decision awaited"},
	{Code: "refugee", Description: "Granted refugee status"},
	{Code: "humanitarian_protection", Description: "Granted humanitarian protection"},
	{Code: "uasc_leave", Description: "Granted limited leave as an unaccompanied asylum-seeking child"},
	{Code: "discretionary_leave", Description: "Granted discretionary leave"},
	{Code: "refused", Description: "Claim refused, appeal possible or under way"},
	{Code: "appeal_rights_exhausted", Description: "Claim refused and appeal rights exhausted"},
	{Code: "settled", Description: "Indefinite leave to remain or British citizenship"},
	{Code: "other", Description: "Other"},
}

// Validate checks the row on its own: the child, the start date, a known immigration status, and that the
// status ceased no earlier than it began.
func (u UASC) Validate() error {
	c := check{what: "unaccompanied asylum-seeking child status (uasc)"}
	c.id("person_id", u.PersonID, "the child")
	c.date("start_date", u.StartDate, "the date the child became an unaccompanied asylum-seeking child")
	c.order("the date it began", u.StartDate, "ceased_date", "the date UASC status ceased (DUC)", u.CeasedDate)
	c.code("immigration_status", u.ImmigrationStatus, ImmigrationStatuses, "immigration status", false)
	return c.err()
}
