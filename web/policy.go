package web

import (
	"slices"
	"strings"
	"time"

	"hearth"
	"hearth/access"
)

// Policy says who may use a route. It is checked once, by the middleware, before the handler runs; the
// handler then applies record-level rules (which child, which team) through the access package.
type Policy struct {
	// Name describes the policy in the route table's documentation and in test failures.
	Name string
	kind policyKind
	// allow decides for a signed-in user whose account is active and not ended (the middleware has
	// already refused the others). Nil for Public and SignedOut.
	allow func(s access.Subject, now time.Time) bool
}

type policyKind int

const (
	kindPublic    policyKind = iota // anyone, signed in or not, with no session work at all
	kindSignedOut                   // pages for people who are not signed in; a signed-in user is sent home
	kindSignedIn                    // a signed-in user whose role allow accepts
	kindToken                       // an API call with a bearer token whose account's role allow accepts
)

// The policies routes use.
var (
	// Public routes need no session: the health check and the assets. The middleware does not read the
	// session cookie for them, so they stay fast under load.
	Public = Policy{Name: "public", kind: kindPublic}
	// SignedOut is for the sign-in pages. A signed-in user asking for them is sent to the home page.
	SignedOut = Policy{Name: "signed out", kind: kindSignedOut}
	// AnySignedIn allows every signed-in user, whatever their role.
	AnySignedIn = Policy{Name: "any signed-in", kind: kindSignedIn, allow: func(access.Subject, time.Time) bool { return true }}
	// ChildData allows the roles that ever see child-level data (access.CanSeeChildData); which children
	// a user may open is then decided per child by access.CanViewChild.
	ChildData = Policy{Name: "child data", kind: kindSignedIn, allow: func(s access.Subject, _ time.Time) bool { return access.CanSeeChildData(s.Role) }}
	// ManageUsers allows administrators (access.CanManageUsers).
	ManageUsers = Policy{Name: "manage users", kind: kindSignedIn, allow: access.CanManageUsers}
	// Search allows those who may search for people (access.CanSearch).
	Search = Policy{Name: "search", kind: kindSignedIn, allow: func(s access.Subject, now time.Time) bool {
		return access.CanSearch(s, now).Outcome == access.Allow
	}}
	// APIChildData allows API calls (a bearer token from hearth user token, no session) by accounts whose
	// role ever sees child-level data; which children is then decided per child, as for the pages.
	APIChildData = Policy{Name: "API: child data", kind: kindToken, allow: func(s access.Subject, _ time.Time) bool { return access.CanSeeChildData(s.Role) }}
	// Export allows those who may export child-level returns (access.CanExport).
	Export = Policy{Name: "export", kind: kindSignedIn, allow: access.CanExport}
)

// Roles returns a policy allowing exactly the roles listed.
func Roles(roles ...hearth.Role) Policy {
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r)
	}
	return Policy{Name: "roles " + strings.Join(names, ", "), kind: kindSignedIn,
		allow: func(s access.Subject, _ time.Time) bool { return slices.Contains(roles, s.Role) }}
}

// SignedIn reports whether the policy needs a signed-in user.
func (p Policy) SignedIn() bool { return p.kind == kindSignedIn }

// Token reports whether the policy is an API policy, for callers with a bearer token instead of a session.
func (p Policy) Token() bool { return p.kind == kindToken }

// Allows reports whether a signed-in subject may use a route with this policy at now. For Public it is
// always true and for SignedOut always false (a signed-in user is sent home instead). An account past its
// end date is allowed nothing.
func (p Policy) Allows(s access.Subject, now time.Time) bool {
	switch p.kind {
	case kindPublic:
		return true
	case kindSignedOut:
		return false
	}
	return !s.Ended(now) && p.allow(s, now)
}
