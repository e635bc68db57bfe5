package access

import (
	"testing"
	"time"

	"hearth"
)

// TestFrontDoorRules checks, for every role, who may record a contact, decide it and record a referral,
// in the situations of the view rules: the front door records a contact about a child it could not yet
// open, read-only roles change nothing, and a sealed record still asks for a name or a reason.
func TestFrontDoorRules(t *testing.T) {
	unknown := ChildFacts{} // a child no one holds and with no contact yet
	sealed := ChildFacts{Restricted: true, NamedUserIDs: []hearth.ID{3}}
	held := situations[2].facts    // held by their team
	contact := situations[3].facts // with a contact awaiting a decision
	cases := []struct {
		rule  string
		fn    func(Subject, ChildFacts, time.Time) Decision
		role  hearth.Role
		facts ChildFacts
		want  Outcome
	}{
		{"record", CanRecordContact, hearth.RoleFrontDoor, unknown, Allow},
		{"record", CanRecordContact, hearth.RoleFrontDoor, sealed, BreakGlass},
		{"record", CanRecordContact, hearth.RolePractitioner, held, Allow},
		{"record", CanRecordContact, hearth.RolePractitioner, unknown, Deny},
		{"record", CanRecordContact, hearth.RoleTeamManager, held, Allow},
		{"record", CanRecordContact, hearth.RoleInspector, held, Deny},
		{"record", CanRecordContact, hearth.RoleAnalyst, held, Deny},
		{"record", CanRecordContact, hearth.RoleVirtualSchool, held, Deny},
		{"record", CanRecordContact, hearth.RolePartnerAgency, held, Deny},
		{"decide", CanDecideContact, hearth.RoleFrontDoor, contact, Allow},
		{"decide", CanDecideContact, hearth.RoleFrontDoor, unknown, Deny},
		{"decide", CanDecideContact, hearth.RoleTeamManager, held, Allow},
		{"decide", CanDecideContact, hearth.RoleTeamManager, contact, Deny},
		{"decide", CanDecideContact, hearth.RolePractitioner, held, Deny},
		{"decide", CanDecideContact, hearth.RoleSeniorLeader, contact, Deny},
		{"referral", CanRecordReferral, hearth.RoleFrontDoor, contact, Allow},
		{"referral", CanRecordReferral, hearth.RolePractitioner, held, Allow},
		{"referral", CanRecordReferral, hearth.RoleQuality, held, Deny},
		{"referral", CanRecordReferral, hearth.RoleReviewingOfficer, held, Deny},
	}
	for _, c := range cases {
		if got := c.fn(subject(c.role), c.facts, now).Outcome; got != c.want {
			t.Errorf("%s as %s (%+v): %s, want %s", c.rule, c.role, c.facts, got, c.want)
		}
	}
}

// TestCanAnswerMASHCheck checks that only a partner agency account of the request's agency may answer it.
func TestCanAnswerMASHCheck(t *testing.T) {
	police := Subject{UserID: 1, Role: hearth.RolePartnerAgency, Agency: "police"}
	if !CanAnswerMASHCheck(police, "police", now) {
		t.Error("the police cannot answer a request to the police")
	}
	if CanAnswerMASHCheck(police, "health", now) {
		t.Error("the police can answer a request to health")
	}
	if CanAnswerMASHCheck(Subject{UserID: 1, Role: hearth.RolePartnerAgency}, "", now) {
		t.Error("an account with no agency can answer a request with none")
	}
	if CanAnswerMASHCheck(Subject{UserID: 1, Role: hearth.RoleFrontDoor, Agency: "police"}, "police", now) {
		t.Error("a front door account answers as a partner agency")
	}
	ended := police
	ended.Expires = now.Add(-time.Hour)
	if CanAnswerMASHCheck(ended, "police", now) {
		t.Error("an ended account can answer")
	}
}
