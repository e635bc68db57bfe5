package web

import (
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
)

// childFrontDoor is the front door's part of a child's record page (the "child-actions-frontdoor"
// partial): the child's contacts and referrals, and the links to record a contact and close a referral
// for those who may.
type childFrontDoor struct {
	ChildID hearth.ID
	// CanRecordContact offers "Record a contact" (access.CanRecordContact); read-only roles never see it.
	CanRecordContact bool
	// CanClose offers "Close" on open referrals (access.CanRecordReferral).
	CanClose  bool
	Contacts  []childContactRow
	Referrals []childReferralRow
}

// childContactRow is one contact on the child's page, latest first.
type childContactRow struct {
	ID                         hearth.ID
	Received, Source, Decision string
}

// childReferralRow is one referral (CIN episode) on the child's page, latest first.
type childReferralRow struct {
	ID                          hearth.ID
	Referred, Need, Closed, Why string
	Open                        bool
}

// frontDoorOf returns the front door's part of the record page of rec for u.
func frontDoorOf(rec *store.ChildRecord, facts access.ChildFacts, u hearth.User, now time.Time) childFrontDoor {
	subj := subjectOf(u)
	fd := childFrontDoor{ChildID: rec.Person.ID, CanRecordContact: rec.Person.IsChild && access.CanRecordContact(subj, facts, now).Outcome != access.Deny,
		CanClose: access.CanRecordReferral(subj, facts, now).Outcome != access.Deny}
	contacts := store.Rows[frontdoor.Contact](rec)
	for i := len(contacts) - 1; i >= 0; i-- {
		c := contacts[i]
		if c.Status != hearth.StatusActive {
			continue
		}
		row := childContactRow{ID: c.ID, Received: longMoment(c.ReceivedAt), Source: codeMeaning(frontdoor.ReferralSources, c.Source),
			Decision: frontdoor.ContactDecisions.Description(c.Decision)}
		if row.Decision == "" {
			row.Decision = "Awaiting a decision"
		}
		fd.Contacts = append(fd.Contacts, row)
	}
	episodes := store.Rows[frontdoor.CINEpisode](rec)
	for i := len(episodes) - 1; i >= 0; i-- {
		e := episodes[i]
		if e.Status != hearth.StatusActive {
			continue
		}
		fd.Referrals = append(fd.Referrals, childReferralRow{ID: e.ID, Referred: longDate(e.ReferralDate),
			Need: codeMeaning(frontdoor.PrimaryNeeds, e.PrimaryNeed), Closed: longDate(e.ClosureDate),
			Why: frontdoor.ReasonsForClosure.Description(e.ClosureReason), Open: e.ClosureDate.IsZero()})
	}
	return fd
}
