package leaving

import (
	"time"

	"hearth"
)

// Contact is a contact between a care leaver and their personal adviser (or another worker of the leaving
// care service): when, how, where and by whom. The authority's local standard is contact at least every
// six weeks, and a visit within seven days of new accommodation; the latest contact is the SSD's "latest
// date of contact". Whether the contact was in person follows from how it was made (InPerson), so it is not
// stored twice.
type Contact struct {
	hearth.Record
	PersonID hearth.ID `db:"person_id,notnull" ref:"person" doc:"The care leaver"`
	At       time.Time `db:"contact_at,notnull" ssd:"ssd_care_leavers.clea_care_leaver_latest_contact (the latest)" doc:"When the contact took place"`
	Method   string    `db:"method,notnull" codes:"contact_method" doc:"How: face_to_face, phone, video, text or email (a message counts only when the young person replied)"`
	Location string    `db:"location" doc:"Where a contact in person took place, e.g. the young person's home, the office, a cafe"`
	WorkerID hearth.ID `db:"worker_id,notnull" ref:"professionals" doc:"The personal adviser or worker who had the contact"`
	Summary  string    `db:"summary" doc:"What was discussed and agreed, in brief"`
}

// Validate checks the contact on its own: the care leaver, the time, a known method and the worker.
func (k Contact) Validate() error {
	c := check{what: "contact with a care leaver (leaving_contacts)"}
	c.id("person_id", k.PersonID, "the care leaver")
	if k.At.IsZero() {
		c.add("contact_at", "the time of the contact is required")
	}
	c.code("method", k.Method, ContactMethods, "contact method", true)
	c.id("worker_id", k.WorkerID, "the worker who had the contact")
	return c.err()
}

// InPerson reports whether the contact was in person (face to face).
func (k Contact) InPerson() bool { return k.Method == "face_to_face" }

// NeedsAssessment is the assessment of an eligible or relevant child's needs that the pathway plan is based
// on, due within three months of their 16th birthday or of becoming eligible after it.
type NeedsAssessment struct {
	hearth.Record
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	StartDate     hearth.Date `db:"start_date,notnull" doc:"The date the assessment started"`
	CompletedDate hearth.Date `db:"completed_date" doc:"The date the assessment was completed; empty while it is under way"`
	WorkerID      hearth.ID   `db:"worker_id" ref:"professionals" doc:"The worker who carried out the assessment"`
}

// Validate checks the assessment on its own: the young person, the start, and completion no earlier.
func (n NeedsAssessment) Validate() error {
	c := check{what: "leaving care needs assessment (leaving_needs_assessments)"}
	c.id("person_id", n.PersonID, "the young person")
	c.date("start_date", n.StartDate, "the date the assessment started")
	c.order("its start", n.StartDate, "completed_date", "the completion of the assessment", n.CompletedDate)
	return c.err()
}
