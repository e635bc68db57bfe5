package care

import (
	"hearth"
	"hearth/frontdoor"
)

// DeprivationOfLiberty is a court order authorising the deprivation of a looked-after child's liberty
// (a DoLO), usually made by the High Court under its inherent jurisdiction when a child's placement
// restricts their liberty in a way no other order allows. From 2026/27 the SSDA903 has a DoLO table with
// each order's start and end. Secure accommodation orders under section 25 of the Children Act 1989 are not
// recorded here: they show in the episodes as placement type K1.
type DeprivationOfLiberty struct {
	hearth.Record
	PersonID  hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The looked-after child"`
	StartDate hearth.Date `db:"start_date,notnull" dfe:"SSDA903 DoLO.DOLO_START (2026/27 onwards)" doc:"The date the order authorising the deprivation of liberty took effect"`
	EndDate   hearth.Date `db:"end_date" dfe:"SSDA903 DoLO.DOLO_END (2026/27 onwards)" doc:"The date the order ended (expired, discharged or not renewed); empty while it is in force"`
	Court     string      `db:"court" doc:"The court that made the order, e.g. the High Court (Family Division)"`
	ReviewDue hearth.Date `db:"review_due" doc:"The date the court set for reviewing the order, when it set one"`
}

// Validate checks the row on its own: the child, the start, and an end no earlier than the start.
func (d DeprivationOfLiberty) Validate() error {
	c := check{what: "deprivation of liberty order (dolo)"}
	c.id("person_id", d.PersonID, "the child")
	c.date("start_date", d.StartDate, "the date the order started (DOLO_START)")
	c.order("its start (DOLO_START)", d.StartDate, "end_date", "the end of the order (DOLO_END)", d.EndDate)
	c.order("the start of the order", d.StartDate, "review_due", "the court's review date", d.ReviewDue)
	return c.err()
}

// PEPAttendees is the local code list of who took part in a personal education plan meeting.
var PEPAttendees = frontdoor.CodeList{
	{Code: "child", Description: "The child or young person"},
	{Code: "carer", Description: "The carer"},
	{Code: "parent", Description: "A parent"},
	{Code: "social_worker", Description: "The child's social worker"},
	{Code: "designated_teacher", Description: "The school's designated teacher for looked-after children"},
	{Code: "virtual_school", Description: "The virtual school"},
	{Code: "iro", Description: "The independent reviewing officer"},
	{Code: "other", Description: "Someone else"},
}

// PersonalEducationPlan is a personal education plan (PEP) meeting for a looked-after child of school age
// (or in early years or post-16 education): the plan is in place within 20 school days of becoming looked
// after and reviewed each term. Only the meeting and who took part are kept here; the virtual school's
// register (school, targets, Pupil Premium Plus spend) is a later table.
type PersonalEducationPlan struct {
	hearth.Record
	PersonID  hearth.ID    `db:"person_id,notnull" ref:"person" doc:"The looked-after child"`
	Date      hearth.Date  `db:"pep_date,notnull" doc:"The date of the PEP meeting"`
	Attendees hearth.Codes `db:"attendees" codes:"pep_attendee" doc:"Who took part, space separated: child, carer, parent, social_worker, designated_teacher, virtual_school, iro, other"`
	School    string       `db:"school" doc:"The school or setting the plan is with"`
}

// Validate checks the row on its own: the child, the date and known attendee codes.
func (p PersonalEducationPlan) Validate() error {
	c := check{what: "personal education plan (peps)"}
	c.id("person_id", p.PersonID, "the child")
	c.date("pep_date", p.Date, "the date of the PEP meeting")
	c.codes("attendees", p.Attendees, PEPAttendees, "PEP attendee")
	return c.err()
}
