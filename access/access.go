// Package access is the one place Hearth decides who may see and do what. The pages, the API and the
// exports all ask it, so a rule changed here changes everywhere at once and can be read in one file.
//
// It holds rules only: no SQL and no HTTP. The store gathers the facts a decision needs about a child
// (store.DB.ChildFacts) and the web layer turns a signed-in user into a Subject; a function here then
// answers. Every answer is a pure function of its arguments, including the time, so the rules are tested
// as a table of roles and situations without a database.
//
// The rules are DESIGN.md's "Least privilege": people see the children their work needs; the whole
// organisation may search by name, but every view is logged; restricted records are sealed to named
// people, and anyone else whose work would otherwise let them in must give a reason ("break glass"),
// which is logged and shown to managers; panel members see figures only; partner agencies answer MASH
// requests only; inspectors read for a set period; administrators manage accounts without child data.
package access

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"hearth"
	"hearth/workforce"
)

// Subject is whoever is asking: a signed-in user's account as the rules need it.
type Subject struct {
	UserID   hearth.ID
	Role     hearth.Role
	TeamID   hearth.ID // the user's team, for practitioners, personal advisers, managers and front door staff
	WorkerID hearth.ID // the worker the account belongs to, whose allocations it may see
	// Expires is when the account stops working. The zero time means no end date, which every role may
	// have except inspectors: an inspection is for a set period, so an inspector account without an end
	// date is treated as already ended rather than as open for ever.
	Expires time.Time
	// Agency is the partner agency a partner_agency account answers MASH requests for (police, health,
	// education, ...), as the code mash_checks.agency holds.
	Agency string
}

// SubjectOf returns the Subject of a user account, with the agency of a partner agency account.
func SubjectOf(u hearth.User) Subject {
	return Subject{UserID: u.ID, Role: u.Role, TeamID: u.TeamID, WorkerID: u.WorkerID, Expires: u.ExpiresAt, Agency: u.Agency}
}

// Ended reports whether the account has passed its end date at now (see Subject.Expires).
func (s Subject) Ended(now time.Time) bool {
	if s.Role == hearth.RoleInspector && s.Expires.IsZero() {
		return true
	}
	return !s.Expires.IsZero() && !now.Before(s.Expires)
}

// Allocated is one current allocation of a worker to the child.
type Allocated struct {
	WorkerID hearth.ID
	TeamID   hearth.ID
	Role     string // workforce.RoleSocialWorker, RoleReviewingOfficer, ...
}

// ChildFacts is what the rules need to know about one child on one date. The store fills it from the
// record (store.DB.ChildFacts); tests write it by hand.
type ChildFacts struct {
	PersonID hearth.ID
	// Allocations are the child's current allocations: which workers hold the child, in which roles,
	// through which teams.
	Allocations []Allocated
	// TeamIDs are the teams that hold the child: the teams of the current allocations, the team that took
	// an open referral, and, while the child has no social worker or personal adviser, the team of the
	// last one (so an unallocated child stays visible to the team that must allocate them).
	TeamIDs []hearth.ID
	// OpenContact is true while a contact about the child awaits a decision at the front door.
	OpenContact bool
	// Restricted is true when the record is sealed (person.restricted).
	Restricted bool
	// NamedUserIDs are the users named on a restricted record (restricted_access).
	NamedUserIDs []hearth.ID
}

// allocatedTo reports whether worker holds the child in one of roles (any role when roles is empty).
func (f ChildFacts) allocatedTo(worker hearth.ID, roles ...string) bool {
	if worker == 0 {
		return false
	}
	for _, a := range f.Allocations {
		if a.WorkerID == worker && (len(roles) == 0 || slices.Contains(roles, a.Role)) {
			return true
		}
	}
	return false
}

// heldBy reports whether team holds the child.
func (f ChildFacts) heldBy(team hearth.ID) bool {
	return team != 0 && slices.Contains(f.TeamIDs, team)
}

// Outcome is the kind of answer a Decision gives.
type Outcome int

const (
	// Deny: the subject may not open the record. Decision.Reason says why in words that can be shown.
	Deny Outcome = iota
	// Allow: the subject may open the record; the view is logged as every view is.
	Allow
	// BreakGlass: the record is restricted and the subject is not named on it, but their work would
	// otherwise let them in. They may open it only after giving a reason, which the store writes to the
	// audit log as a break_glass entry (store.DB.RecordBreakGlass) and managers see.
	BreakGlass
)

func (o Outcome) String() string {
	switch o {
	case Allow:
		return "allow"
	case BreakGlass:
		return "break glass"
	}
	return "deny"
}

// Decision is the answer to "may this subject open this child's record?".
type Decision struct {
	Outcome Outcome
	// Reason is a sentence safe to show the subject: why they are refused, or why they must give a reason
	// first. It never names the child or the people who hold the record.
	Reason string
	// Basis says why access is allowed (allocated, team, organisation-wide role, named on the restricted
	// record), for the audit detail and for tests.
	Basis string
	// ReadOnly is true for roles that may read the record but not add to or amend it: inspectors,
	// performance analysts, senior leaders and quality assurance.
	ReadOnly bool
}

// Check returns nil when the record may be opened: the decision is Allow, or it is BreakGlass and a reason
// has been given. Otherwise it returns an EFORBIDDEN error (Deny) or an EINVALID error asking for the
// reason (BreakGlass without one), each with a message that can be shown.
func (d Decision) Check(breakGlassReason string) error {
	switch d.Outcome {
	case Allow:
		return nil
	case BreakGlass:
		if utf8.RuneCountInString(strings.TrimSpace(breakGlassReason)) < MinBreakGlassReason {
			return hearth.Errorf(hearth.EINVALID, "%s Say why you need to open it (at least %d characters).", d.Reason, MinBreakGlassReason)
		}
		return nil
	}
	return hearth.Errorf(hearth.EFORBIDDEN, "%s", d.Reason)
}

// MinBreakGlassReason is the fewest characters a break-glass reason may have: enough that "x" or "ok" is
// refused, so that what a manager reads later says something.
const MinBreakGlassReason = 10

// The reasons shown when access is refused or needs a reason.
const (
	reasonNoChildData   = "Your role does not include opening children's records."
	reasonPanel         = "Panel members see figures, not children's records."
	reasonPartner       = "Partner agency accounts see only the MASH requests sent to their agency."
	reasonAdministrator = "Administrator accounts manage users and teams and do not open children's records."
	reasonEnded         = "Your account's access period has ended. Ask an administrator if you still need access."
	reasonNotYours      = "This child is not allocated to you or your team. If your work needs the record, ask the child's team manager."
	reasonRestricted    = "This record is restricted to named people. If you open it, your reason is recorded and shown to managers."
)

// scope is how far a role's view of children reaches, before restriction is considered.
type scope int

const (
	scopeNone          scope = iota
	scopeTeamAllocated       // the team's children and the children allocated to the subject
	scopeFrontDoor           // as scopeTeamAllocated, and any child with a contact awaiting a decision
	scopeReviewing           // the team's children and those allocated to the subject as reviewing officer or chair
	scopeAll                 // every child; each view is logged like any other
)

// scopeOf returns the reach of a role.
//
//   - Practitioners and personal advisers: their team's children and the children allocated to them
//     (DESIGN.md: "a practitioner sees the children of their team and anyone they are allocated").
//   - Team managers: their team's children, and any child allocated to them, since managers hold cases too.
//   - Front door: as a practitioner, and every child with a contact awaiting a decision, because deciding
//     a contact within a working day means reading what is already known about the child.
//   - Reviewing officers and conference chairs: the children allocated to them in those roles, and their
//     team's children (the team a chair belongs to holds its children through them).
//   - Virtual school: every child. The virtual school head's duties cover children in care, children
//     previously looked after and, since 2021, every child with a social worker, which is most of the
//     record; narrowing it to children in care would miss the children the extension was made for.
//   - Quality assurance, performance analysts and senior leaders: every child, because auditing, checking
//     a figure's children and leading the service all need to open any record; every view is logged.
//   - Inspectors: every child, read only, until their account's end date.
//   - Hearth itself (the system role): every child, for imports and scheduled work.
//   - Panel members, partner agencies and administrators: none.
func scopeOf(r hearth.Role) scope {
	switch r {
	case hearth.RolePractitioner, hearth.RolePersonalAdviser, hearth.RoleTeamManager:
		return scopeTeamAllocated
	case hearth.RoleFrontDoor:
		return scopeFrontDoor
	case hearth.RoleReviewingOfficer:
		return scopeReviewing
	case hearth.RoleVirtualSchool, hearth.RoleQuality, hearth.RoleAnalyst, hearth.RoleSeniorLeader,
		hearth.RoleInspector, hearth.RoleSystem:
		return scopeAll
	}
	return scopeNone
}

// readOnly reports whether a role reads children's records without changing them.
func readOnly(r hearth.Role) bool {
	switch r {
	case hearth.RoleInspector, hearth.RoleAnalyst, hearth.RoleSeniorLeader, hearth.RoleQuality:
		return true
	}
	return false
}

// CanSeeChildData reports whether a role ever sees child-level data. Panel members see figures with small
// numbers suppressed, partner agencies see only the MASH requests sent to them, and administrators manage
// accounts and configuration; none of them opens or searches children's records.
func CanSeeChildData(r hearth.Role) bool { return scopeOf(r) != scopeNone }

// deniedFor returns the refusal of a subject who may not see child data at all, or whose account has
// ended, or nil when neither applies.
func deniedFor(s Subject, now time.Time) *Decision {
	if !CanSeeChildData(s.Role) {
		reason := reasonNoChildData
		switch s.Role {
		case hearth.RolePanelMember:
			reason = reasonPanel
		case hearth.RolePartnerAgency:
			reason = reasonPartner
		case hearth.RoleAdministrator:
			reason = reasonAdministrator
		}
		return &Decision{Outcome: Deny, Reason: reason}
	}
	if s.Ended(now) {
		return &Decision{Outcome: Deny, Reason: reasonEnded}
	}
	return nil
}

// CanViewChild decides whether s may open the record of the child described by f at now.
//
// The order of the rules matters and is deliberate:
//
//  1. A role without child data, or an account past its end date, is refused whatever else is true:
//     naming an administrator on a restricted record does not make them a caseworker.
//  2. On a restricted record, the people named on it are allowed, even outside their usual reach (naming
//     someone is an explicit decision to let them in).
//  3. Anyone else whose role and relationship to the child would let them in gets BreakGlass: they may
//     open it only with a logged reason. This includes the child's allocated worker when they have not
//     been named, and inspectors and analysts, whose organisation-wide reach does not extend to sealed
//     records without a reason.
//  4. A restricted record outside the subject's reach is refused, not offered behind a reason: a seal must
//     never open more than the same record unsealed would.
//  5. An unrestricted record is allowed within the subject's reach and refused outside it.
func CanViewChild(s Subject, f ChildFacts, now time.Time) Decision {
	if d := deniedFor(s, now); d != nil {
		return *d
	}
	basis, ok := reach(s, f)
	ro := readOnly(s.Role)
	if f.Restricted {
		switch {
		case slices.Contains(f.NamedUserIDs, s.UserID) && s.UserID != 0:
			return Decision{Outcome: Allow, Basis: "named on the restricted record", ReadOnly: ro}
		case ok:
			return Decision{Outcome: BreakGlass, Reason: reasonRestricted, Basis: basis, ReadOnly: ro}
		}
		return Decision{Outcome: Deny, Reason: reasonNotYours}
	}
	if ok {
		return Decision{Outcome: Allow, Basis: basis, ReadOnly: ro}
	}
	return Decision{Outcome: Deny, Reason: reasonNotYours}
}

// reach reports whether the child is within the subject's role's reach, and on what basis.
func reach(s Subject, f ChildFacts) (string, bool) {
	switch scopeOf(s.Role) {
	case scopeAll:
		return "organisation-wide role", true
	case scopeTeamAllocated:
		if f.allocatedTo(s.WorkerID) {
			return "allocated", true
		}
		if f.heldBy(s.TeamID) {
			return "team", true
		}
	case scopeFrontDoor:
		if f.allocatedTo(s.WorkerID) {
			return "allocated", true
		}
		if f.heldBy(s.TeamID) {
			return "team", true
		}
		if f.OpenContact {
			return "open contact at the front door", true
		}
	case scopeReviewing:
		if f.allocatedTo(s.WorkerID, workforce.RoleReviewingOfficer, workforce.RoleConferenceChair) {
			return "allocated", true
		}
		if f.heldBy(s.TeamID) {
			return "team", true
		}
	}
	return "", false
}

// CanChangeChild decides whether s may add to or amend the child's record: they must be able to open it
// (with a reason given, for a restricted record), and their role must not be read only.
func CanChangeChild(s Subject, f ChildFacts, now time.Time) Decision {
	d := CanViewChild(s, f, now)
	if d.Outcome != Deny && d.ReadOnly {
		return Decision{Outcome: Deny, Reason: "Your role can read this record but not change it.", ReadOnly: true}
	}
	return d
}

// CanSearch decides whether s may search for people by name, date of birth or identifier. The whole
// organisation may search (DESIGN.md), because finding whether a child is already known is the first step
// of most work and of every duplicate check; every search is logged with its terms. The roles without
// child data may not, and neither may an account past its end date.
func CanSearch(s Subject, now time.Time) Decision {
	if d := deniedFor(s, now); d != nil {
		return *d
	}
	return Decision{Outcome: Allow, Basis: "search", ReadOnly: readOnly(s.Role)}
}

// CanManageUsers reports whether s may create and change accounts and teams: administrators only. It
// does not let them see children (CanSeeChildData is false for them).
func CanManageUsers(s Subject, now time.Time) bool {
	return s.Role == hearth.RoleAdministrator && !s.Ended(now)
}

// CanAllocate reports whether s may allocate and reallocate the children held by team: the team's own
// managers, because allocation is a management decision about the team's capacity.
func CanAllocate(s Subject, team hearth.ID, now time.Time) bool {
	return s.Role == hearth.RoleTeamManager && team != 0 && s.TeamID == team && !s.Ended(now)
}

// CanSeeWhoLooked reports whether s may see the audit of a child's record (who opened it, when and why):
// the managers of a team that holds the child, and quality assurance (which includes the data protection
// officer) and senior leaders for every child. The list names staff, not the child's story, so it does
// not need the record itself to be open to them.
func CanSeeWhoLooked(s Subject, f ChildFacts, now time.Time) bool {
	if s.Ended(now) {
		return false
	}
	switch s.Role {
	case hearth.RoleQuality, hearth.RoleSeniorLeader:
		return true
	case hearth.RoleTeamManager:
		return f.heldBy(s.TeamID)
	}
	return false
}

// CanSeeBreakGlassViews reports whether s may see the break-glass views of team (0: of every team):
// a team's managers see their own team's; quality assurance and senior leaders see every team's.
func CanSeeBreakGlassViews(s Subject, team hearth.ID, now time.Time) bool {
	if s.Ended(now) {
		return false
	}
	switch s.Role {
	case hearth.RoleQuality, hearth.RoleSeniorLeader:
		return true
	case hearth.RoleTeamManager:
		return team != 0 && team == s.TeamID
	}
	return false
}

// CanNameOnRestricted reports whether s may name people on (or remove them from) a child's restricted
// record: a manager of a team that holds the child, or a senior leader. Sealing is a management decision,
// and the people named are usually the holding team's.
func CanNameOnRestricted(s Subject, f ChildFacts, now time.Time) bool {
	if s.Ended(now) {
		return false
	}
	switch s.Role {
	case hearth.RoleSeniorLeader:
		return true
	case hearth.RoleTeamManager:
		return f.heldBy(s.TeamID)
	}
	return false
}

// CanExport reports whether s may export child-level returns (SSDA903, CIN census, Annex A): performance
// analysts, whose job it is, and senior leaders, who sign them off. Each export is logged.
func CanExport(s Subject, now time.Time) bool {
	return (s.Role == hearth.RoleAnalyst || s.Role == hearth.RoleSeniorLeader) && !s.Ended(now)
}

// CanAnswerMASHCheck reports whether s may see and answer a MASH request sent to agency: a partner agency
// account of that agency. Front door staff reach MASH requests through the child's record instead.
func CanAnswerMASHCheck(s Subject, agency string, now time.Time) bool {
	return s.Role == hearth.RolePartnerAgency && s.Agency != "" && s.Agency == agency && !s.Ended(now)
}
