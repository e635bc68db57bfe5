package web

import (
	"net/http"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
)

// frontDoorTeam is the policy of the front door's own lists: the contacts awaiting a decision and the
// triage meetings. The children on them are those the front door may open (each has a contact awaiting a
// decision, access.CanViewChild's rule for the front door).
var frontDoorTeam = Roles(hearth.RoleFrontDoor)

// contactQueueData is the front door's list.
type contactQueueData struct {
	Rows  []queueRow
	Pages pagination
}

// queueRow is one contact awaiting a decision.
type queueRow struct {
	ContactID       hearth.ID
	Child, Born     string
	Masked          bool
	Received        string
	Due             string
	Overdue         bool
	Source          string
	DomesticAbuse   bool
	Asked, Answered int
}

// handleContactQueue lists the contacts awaiting a decision, the soonest due first, a page at a time: the
// front door's work. A sealed record's child is shown as restricted, unless the reader is named on it.
func (s *Server) handleContactQueue(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	n, page := pageNumber(r)
	q, err := s.db.AwaitingDecision(r.Context(), actorOf(*u), page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	settings, err := s.dutySettings(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := contactQueueData{Pages: newPagination(r, n, q.Total)}
	today := s.today()
	for _, c := range q.Contacts {
		row := s.queueRowOf(c)
		if due := contactDecisionDue(settings, c.ReceivedAt); !due.IsZero() {
			row.Due, row.Overdue = "End of "+longDate(due), today.After(due)
		}
		data.Rows = append(data.Rows, row)
	}
	p := s.newPage(r, "Contacts awaiting a decision")
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "contact_queue", p)
}

// queueRowOf describes a contact on a list.
func (s *Server) queueRowOf(c store.QueuedContact) queueRow {
	row := queueRow{ContactID: c.ID, Masked: c.Child.Masked, Received: longMoment(c.ReceivedAt),
		Source: codeMeaning(frontdoor.ReferralSources, c.Source), DomesticAbuse: c.DomesticAbuseNotification,
		Asked: c.Asked, Answered: c.Answered}
	row.Child, row.Born = childLabel(c.Child)
	if c.Child.Masked {
		row.Child = "Restricted record"
	}
	return row
}
