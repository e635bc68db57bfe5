package duty

import (
	"time"

	"hearth"
)

// State says where a due item stands on the date it is derived for.
type State string

// The states of an item. An item is open (due, due soon or overdue) until the event that meets it is
// recorded, and then done, on time or late, for good.
const (
	StateDue        State = "due"
	StateDueSoon    State = "due_soon"
	StateOverdue    State = "overdue"
	StateDoneOnTime State = "done_on_time"
	StateDoneLate   State = "done_late"
)

// Open reports whether the item still has to be done.
func (s State) Open() bool { return s == StateDue || s == StateDueSoon || s == StateOverdue }

// Label says the state in words, as a page shows it: the words, not a colour, carry the meaning.
func (s State) Label() string {
	switch s {
	case StateDue:
		return "Due"
	case StateDueSoon:
		return "Due soon"
	case StateOverdue:
		return "Overdue"
	case StateDoneOnTime:
		return "Done on time"
	case StateDoneLate:
		return "Done late"
	}
	return string(s)
}

// Item is one thing due for a child: which duty, the recorded event that started its clock, when it is
// due, and whether and when it was done.
type Item struct {
	Duty  ID
	Title string
	// PersonID is the child.
	PersonID hearth.ID
	// Table and RowID are the recorded event that started the clock, such as the cp_conferences row of
	// the initial conference for the first core group.
	Table string
	RowID hearth.ID
	// Start is the day the clock started; StartAt the moment, for the duties that start at one (contacts
	// and MASH requests), and zero otherwise.
	Start   hearth.Date
	StartAt time.Time
	// Due is the day it is due. DueAt is the moment, for a duty counted in hours (a MASH request), and
	// zero otherwise; Due is then the day of that moment (the day before, when it is due at midnight).
	Due   hearth.Date
	DueAt time.Time
	// Done is the day it was done, zero while open; DoneAt the moment, for a MASH request. DoneTable and
	// DoneRowID are the recorded event that met it.
	Done      hearth.Date
	DoneAt    time.Time
	DoneTable string
	DoneRowID hearth.ID
	State     State
	// Late is how many working days after its due date the item was done, or, while open, how many have
	// passed since; 0 when on time.
	Late int
	// WorkerID is the worker whose work it is, where the record says: the worker named on the event (the
	// assessment's or enquiry's worker, the worker who sent a MASH request), or else the child's social
	// worker on the date. EpisodeID is the referral (CIN episode) and PlanID the child protection plan it
	// belongs to, where there is one.
	WorkerID  hearth.ID
	EpisodeID hearth.ID
	PlanID    hearth.ID
}
