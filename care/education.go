package care

import (
	"regexp"

	"hearth"
	"hearth/frontdoor"
)

// The virtual school's register: for every child in care, their school (and each move between schools),
// whether they have an education, health and care plan, whether a young person over compulsory school age
// is not in education, employment or training, and, against each target of their personal education plan,
// the Pupil Premium Plus allocated and spent.

// PEPTargetStatuses is the local code list of where a PEP target stands.
var PEPTargetStatuses = frontdoor.CodeList{
	{Code: "open", Description: "Being worked on"},
	{Code: "achieved", Description: "Achieved"},
	{Code: "not_achieved", Description: "Not achieved"},
}

// PEPTarget is one target of a personal education plan, with the Pupil Premium Plus the virtual school
// allocated to it and what has been spent on it, in whole pounds. Spending is recorded against a target,
// not as a lump per child, so that the virtual school can say what each pound was for.
type PEPTarget struct {
	hearth.Record
	PersonID  hearth.ID `db:"person_id,notnull" ref:"person" doc:"The looked-after child"`
	PEPID     hearth.ID `db:"pep_id,notnull" ref:"peps" doc:"The personal education plan meeting that set the target"`
	Target    string    `db:"target,notnull" doc:"What the child is to achieve, in words the child understands, e.g. read a chapter book on their own by Easter"`
	Allocated int       `db:"ppp_allocated" doc:"Pupil Premium Plus allocated to the target, in whole pounds"`
	Spent     int       `db:"ppp_spent" doc:"Pupil Premium Plus spent on the target so far, in whole pounds"`
	SpentOn   string    `db:"spent_on" doc:"What the money was spent on, e.g. one-to-one tuition, a laptop"`
	Status    string    `db:"status,notnull" codes:"pep_target_status" doc:"open, achieved or not_achieved"`
}

// maxPupilPremiumPlus bounds a target's allocation: the grant is a few thousand pounds a child a year, so
// anything over £100,000 is a typing mistake.
const maxPupilPremiumPlus = 100000

// Validate checks the target on its own: the child and plan, the words, a known status, and amounts from
// nothing to £100,000.
func (t PEPTarget) Validate() error {
	c := check{what: "PEP target (pep_targets)"}
	c.id("person_id", t.PersonID, "the child")
	c.id("pep_id", t.PEPID, "the personal education plan")
	c.text("target", t.Target, "the target")
	c.code("status", t.Status, PEPTargetStatuses, "target status", true)
	if t.Allocated < 0 || t.Allocated > maxPupilPremiumPlus {
		c.add("ppp_allocated", "an allocation is from £0 to £100,000, not £%d", t.Allocated)
	}
	if t.Spent < 0 || t.Spent > maxPupilPremiumPlus {
		c.add("ppp_spent", "spending is from £0 to £100,000, not £%d", t.Spent)
	}
	return c.err()
}

// SchoolPlacement is a time a child was on the roll of a school or other education setting. A child's
// school moves are these rows: a new one begins, usually, on the day the last one ended.
type SchoolPlacement struct {
	hearth.Record
	PersonID  hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The child"`
	School    string      `db:"school,notnull" doc:"The school, college or setting"`
	SchoolURN string      `db:"school_urn" doc:"The Department for Education's unique reference number of the school (six digits), when it has one"`
	StartDate hearth.Date `db:"start_date,notnull" doc:"The date the child joined the school's roll"`
	EndDate   hearth.Date `db:"end_date" doc:"The date the child left the school's roll; empty while they are on it"`
}

// schoolURN is the shape of a school's URN: six digits.
var schoolURN = regexp.MustCompile(`^[0-9]{6}$`)

// Validate checks the placement on its own: the child, the school, a six-digit URN when given, and the
// dates in order.
func (s SchoolPlacement) Validate() error {
	c := check{what: "school placement (school_placements)"}
	c.id("person_id", s.PersonID, "the child")
	c.text("school", s.School, "the school")
	c.date("start_date", s.StartDate, "the date the child joined the school")
	c.order("joining the school", s.StartDate, "end_date", "leaving the school", s.EndDate)
	if s.SchoolURN != "" && !schoolURN.MatchString(s.SchoolURN) {
		c.add("school_urn", "%q is not a school's unique reference number (six digits)", s.SchoolURN)
	}
	return c.err()
}

// EducationStatus is what the virtual school knew of a child's education on a date: whether they had an
// education, health and care plan and, for a young person over compulsory school age, whether they were
// not in education, employment or training. The latest row is the child's status now.
type EducationStatus struct {
	hearth.Record
	PersonID hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The child"`
	Date     hearth.Date `db:"status_date,notnull" doc:"The date the status was known"`
	EHCP     bool        `db:"ehcp" doc:"The child had an education, health and care plan"`
	NEET     *bool       `db:"neet" doc:"A young person over compulsory school age was not in education, employment or training; empty for a child of compulsory school age"`
}

// Validate checks the row on its own: the child and the date.
func (e EducationStatus) Validate() error {
	c := check{what: "education status (education_status)"}
	c.id("person_id", e.PersonID, "the child")
	c.date("status_date", e.Date, "the date of the status")
	return c.err()
}
