package web

import (
	"context"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/store"
)

// errBreakGlass is returned by openChild when the record is restricted, the user's work would let them
// in, and they have not yet given a reason: the page shows the break-glass form and the API asks for the
// Hearth-Break-Glass-Reason header.
type errBreakGlass struct{ decision access.Decision }

func (e errBreakGlass) Error() string { return e.decision.Reason }

// today is the date in England now, the date record-level access is decided on.
func (s *Server) today() hearth.Date { return hearth.DateOf(s.now().In(londonTime)) }

// openChild is the one way the pages and the API open a child's record: it decides whether u may open
// personID's record (access.CanViewChild on the child's facts today), records a break-glass reason when
// one is given for a restricted record, and loads the record, which writes the read to the audit log
// with purpose (such as "record page" or "API"). sessionStart is when u's session began: a reason given
// since then opens the record again without asking (zero for the API, which asks every time).
//
// It also returns the child's access facts, which the pages use again for the links only managers see.
// It returns ENOTFOUND for a person who does not exist, an EFORBIDDEN hearth.Error with a reason that
// can be shown when u may not open the record, and errBreakGlass when a reason is needed.
func (s *Server) openChild(ctx context.Context, u hearth.User, personID hearth.ID, reason, purpose string, sessionStart time.Time) (*store.ChildRecord, access.ChildFacts, error) {
	facts, err := s.db.ChildFacts(ctx, personID, s.today())
	if err != nil {
		return nil, facts, err
	}
	rec, err := s.decideAndLoad(ctx, u, facts, personID, reason, purpose, sessionStart)
	return rec, facts, err
}

// decideAndLoad is openChild once the child's facts are known.
func (s *Server) decideAndLoad(ctx context.Context, u hearth.User, facts access.ChildFacts, personID hearth.ID, reason, purpose string, sessionStart time.Time) (*store.ChildRecord, error) {
	d := access.CanViewChild(subjectOf(u), facts, s.now())
	actor := actorOf(u)
	switch d.Outcome {
	case access.Deny:
		return nil, d.Check("")
	case access.BreakGlass:
		reason = strings.TrimSpace(reason)
		if reason == "" && !sessionStart.IsZero() {
			broke, err := s.db.BrokeGlassSince(ctx, u.ID, personID, sessionStart)
			if err != nil {
				return nil, err
			}
			if broke {
				return s.db.LoadChild(ctx, actor, personID, purpose+" (reason given earlier in the session)")
			}
		}
		if reason == "" {
			return nil, errBreakGlass{d}
		}
		if err := d.Check(reason); err != nil {
			return nil, err
		}
		if err := s.db.RecordBreakGlass(ctx, actor, personID, reason); err != nil {
			return nil, err
		}
		return s.db.LoadChild(ctx, actor, personID, purpose+": "+reason)
	}
	return s.db.LoadChild(ctx, actor, personID, purpose)
}
