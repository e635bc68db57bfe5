package leaving

import "hearth"

// Panel is a meeting of the multi-agency care leavers panel (leaving care, housing, adult services,
// health, education and employment, the police where needed), which discusses the young people whose
// support needs more than one agency and agrees what each will do.
type Panel struct {
	hearth.Record
	Date      hearth.Date `db:"meeting_date,notnull" doc:"The date of the meeting"`
	ChairID   hearth.ID   `db:"chair_id" ref:"professionals" doc:"Who chaired the meeting"`
	Attending string      `db:"attending" doc:"The agencies and people who attended"`
	Notes     string      `db:"notes" doc:"What the panel discussed beyond the young people: themes, gaps in services"`
}

// Validate checks the meeting on its own: its date.
func (p Panel) Validate() error {
	c := check{what: "care leavers panel meeting (care_leaver_panels)"}
	c.date("meeting_date", p.Date, "the date of the meeting")
	return c.err()
}

// PanelCase is a young person the care leavers panel discussed: why, and the support agreed.
type PanelCase struct {
	hearth.Record
	PanelID  hearth.ID `db:"panel_id,notnull" ref:"care_leaver_panels" doc:"The meeting"`
	PersonID hearth.ID `db:"person_id,notnull" ref:"person" doc:"The young person discussed"`
	Why      string    `db:"reason,notnull" doc:"Why the young person was brought to the panel"`
	Support  string    `db:"support_agreed,notnull" doc:"The support the agencies agreed"`
}

// Validate checks the case on its own: the meeting, the young person, why and the support agreed.
func (p PanelCase) Validate() error {
	c := check{what: "young person discussed at the care leavers panel (care_leaver_panel_cases)"}
	c.id("panel_id", p.PanelID, "the meeting")
	c.id("person_id", p.PersonID, "the young person")
	c.text("reason", p.Why, "why the young person was brought to the panel")
	c.text("support_agreed", p.Support, "the support agreed")
	return c.err()
}

// PanelAction is an action the care leavers panel agreed for a young person: what, who owns it (an
// agency or a person, in words), and by when; done when it has a completion date.
type PanelAction struct {
	hearth.Record
	PanelID       hearth.ID   `db:"panel_id,notnull" ref:"care_leaver_panels" doc:"The meeting that agreed the action"`
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person the action is for"`
	Action        string      `db:"action,notnull" doc:"What will be done"`
	Owner         string      `db:"owner,notnull" doc:"Who will do it: the agency and the person, e.g. Housing Options, Sam Reid"`
	DueDate       hearth.Date `db:"due_date,notnull" doc:"The date by which it will be done"`
	CompletedDate hearth.Date `db:"completed_date" doc:"The date it was done; empty while it is open"`
}

// Validate checks the action on its own: the meeting, the young person, what, who, by when, and done no
// earlier than the meeting could have agreed it (the caller checks against the meeting's date).
func (a PanelAction) Validate() error {
	c := check{what: "care leavers panel action (care_leaver_panel_actions)"}
	c.id("panel_id", a.PanelID, "the meeting")
	c.id("person_id", a.PersonID, "the young person")
	c.text("action", a.Action, "what will be done")
	c.text("owner", a.Owner, "who will do it")
	c.date("due_date", a.DueDate, "the date by which it will be done")
	return c.err()
}
