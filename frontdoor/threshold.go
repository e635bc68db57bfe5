package frontdoor

import (
	"regexp"

	"hearth"
)

// ThresholdLevel is one level of need of the organisation's threshold document (the "continuum of need"
// a local safeguarding partnership publishes), against which the front door decides every contact. Each
// organisation names and describes its own levels, so they are configuration kept in the database and
// changed by an administrator, not a DfE code list; contacts.threshold_level holds the level's code.
//
// A level is never deleted: one the organisation stops using is marked not in use, so the contacts
// decided at it still say what it meant. Changing a level's words is an amendment, which keeps the
// earlier words in record_history.
type ThresholdLevel struct {
	hearth.Record
	Code        string `db:"code,notnull,unique" doc:"The code contacts.threshold_level holds, e.g. level_3; fixed once made, because decided contacts refer to it"`
	Label       string `db:"label,notnull" doc:"The level as the threshold document names it, e.g. Level 3: complex needs"`
	Description string `db:"description" doc:"What the level means, shown beside it whenever a decision is made"`
	Position    int    `db:"position" doc:"Where the level comes in the list, from the least need to the most"`
	InUse       bool   `db:"in_use" doc:"True while the organisation decides contacts at this level; false for a level it no longer uses"`
}

// thresholdCode is what a level's code may look like: short snake_case, so it reads well in an extract.
var thresholdCode = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// Validate checks the level has a code of the right shape and a label.
func (l ThresholdLevel) Validate() error {
	c := check{what: "threshold level"}
	if !thresholdCode.MatchString(l.Code) {
		c.add("code %q must be lower-case letters, digits and underscores, starting with a letter, at most 40 characters", l.Code)
	}
	c.text("label", l.Label, "the level as the threshold document names it")
	return c.err()
}

// DefaultThresholdLevels are the levels a new organisation starts with: the four levels most English
// threshold documents share, worded after them. The first migration that creates threshold_levels writes
// these rows; an administrator then renames, describes or adds to them to match the local document.
var DefaultThresholdLevels = []ThresholdLevel{
	{Code: "level_1", Position: 1, InUse: true, Label: "Level 1: universal",
		Description: "Needs are met by universal services such as schools, GPs and health visitors."},
	{Code: "level_2", Position: 2, InUse: true, Label: "Level 2: early help",
		Description: "Additional needs that one agency or early help can meet with the family's consent."},
	{Code: "level_3", Position: 3, InUse: true, Label: "Level 3: complex needs (child in need)",
		Description: "Complex needs that need an assessment by children's social care under section 17 of the Children Act 1989."},
	{Code: "level_4", Position: 4, InUse: true, Label: "Level 4: acute (child protection)",
		Description: "Reasonable cause to suspect significant harm: a strategy discussion and section 47 enquiry, or the child needs to be looked after."},
}
