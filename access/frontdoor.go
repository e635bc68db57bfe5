package access

import (
	"slices"
	"time"

	"hearth"
)

// The front door's rules: who may record a contact, decide it and ask partner agencies, and who may open
// and close a referral. Each builds on CanViewChild and CanChangeChild, so restriction, break glass and
// read-only roles work as they do everywhere else.

// contactRecorders are the roles that record contacts: the front door, whose work it is, and the workers
// and managers of a child already known, who are often the first to hear of a new concern.
var contactRecorders = []hearth.Role{hearth.RoleFrontDoor, hearth.RolePractitioner, hearth.RoleTeamManager}

// CanRecordContact decides whether s may record a new contact about the child described by f. The front
// door takes contacts about any child, known or not (a contact is how a child becomes known), so for
// front door staff the child is treated as having a contact awaiting a decision, which is what it will
// have once the contact is saved; a sealed record still needs them to be named or to give a reason.
// Practitioners and managers record contacts about the children they may change.
func CanRecordContact(s Subject, f ChildFacts, now time.Time) Decision {
	if !slices.Contains(contactRecorders, s.Role) {
		return Decision{Outcome: Deny, Reason: "Contacts are recorded by the front door, or by the workers of a child already known."}
	}
	if s.Role == hearth.RoleFrontDoor {
		f.OpenContact = true
	}
	return CanChangeChild(s, f, now)
}

// CanDecideContact decides whether s may decide a contact about the child described by f, and ask partner
// agencies what they know (the MASH requests) on the way: front door staff, whose decision it is, and team
// managers, who decide contacts about the children their teams hold. A practitioner records what they
// hear but the decision is a front door or management one.
func CanDecideContact(s Subject, f ChildFacts, now time.Time) Decision {
	if s.Role != hearth.RoleFrontDoor && s.Role != hearth.RoleTeamManager {
		return Decision{Outcome: Deny, Reason: "Contacts are decided by the front door or a team manager."}
	}
	return CanChangeChild(s, f, now)
}

// CanRecordReferral decides whether s may open a referral (a CIN episode) from a contact, or close one:
// the front door, which accepts referrals, and the practitioners and managers who hold the child.
func CanRecordReferral(s Subject, f ChildFacts, now time.Time) Decision {
	if !slices.Contains(contactRecorders, s.Role) {
		return Decision{Outcome: Deny, Reason: "Referrals are opened by the front door and closed by the child's worker or team manager."}
	}
	return CanChangeChild(s, f, now)
}
