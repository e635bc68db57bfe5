package access

import (
	"fmt"
	"testing"
	"time"

	"hearth"
	"hearth/workforce"
)

var now = time.Date(2025, 6, 2, 10, 0, 0, 0, time.UTC)

// The subject of every case: user 10, worker 5, in team 1. The other team is 2, held through worker 99.
const (
	myUser, myWorker, myTeam = hearth.ID(10), hearth.ID(5), hearth.ID(1)
	otherTeam, otherWorker   = hearth.ID(2), hearth.ID(99)
)

func subject(r hearth.Role) Subject {
	s := Subject{UserID: myUser, Role: r, TeamID: myTeam, WorkerID: myWorker}
	if r == hearth.RoleInspector {
		s.Expires = now.Add(30 * 24 * time.Hour)
	}
	return s
}

// situations are the relationships a subject can have to a child, in the order of the expectations below.
var situations = []struct {
	name  string
	facts ChildFacts
}{
	{"allocated to them as social worker", ChildFacts{
		Allocations: []Allocated{{WorkerID: myWorker, TeamID: otherTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{otherTeam}}},
	{"allocated to them as reviewing officer", ChildFacts{
		Allocations: []Allocated{{WorkerID: myWorker, TeamID: otherTeam, Role: workforce.RoleReviewingOfficer}}, TeamIDs: []hearth.ID{otherTeam}}},
	{"held by their team", ChildFacts{
		Allocations: []Allocated{{WorkerID: otherWorker, TeamID: myTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{myTeam}}},
	{"with a contact awaiting a decision", ChildFacts{OpenContact: true}},
	{"held by another team", ChildFacts{
		Allocations: []Allocated{{WorkerID: otherWorker, TeamID: otherTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{otherTeam}}},
	{"restricted, another team's, naming them", ChildFacts{Restricted: true, NamedUserIDs: []hearth.ID{3, myUser},
		Allocations: []Allocated{{WorkerID: otherWorker, TeamID: otherTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{otherTeam}}},
	{"restricted, their team's, not naming them", ChildFacts{Restricted: true, NamedUserIDs: []hearth.ID{3},
		Allocations: []Allocated{{WorkerID: otherWorker, TeamID: myTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{myTeam}}},
	{"restricted, allocated to them, not naming them", ChildFacts{Restricted: true,
		Allocations: []Allocated{{WorkerID: myWorker, TeamID: otherTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{otherTeam}}},
	{"restricted, another team's, not naming them", ChildFacts{Restricted: true, NamedUserIDs: []hearth.ID{3},
		Allocations: []Allocated{{WorkerID: otherWorker, TeamID: otherTeam, Role: workforce.RoleSocialWorker}}, TeamIDs: []hearth.ID{otherTeam}}},
}

const (
	A = Allow
	D = Deny
	B = BreakGlass
)

// expected holds, for every role, the outcome in each situation above, in order.
var expected = map[hearth.Role][]Outcome{
	hearth.RolePractitioner:     {A, A, A, D, D, A, B, B, D},
	hearth.RolePersonalAdviser:  {A, A, A, D, D, A, B, B, D},
	hearth.RoleTeamManager:      {A, A, A, D, D, A, B, B, D},
	hearth.RoleFrontDoor:        {A, A, A, A, D, A, B, B, D},
	hearth.RoleReviewingOfficer: {D, A, A, D, D, A, B, D, D},
	hearth.RoleVirtualSchool:    {A, A, A, A, A, A, B, B, B},
	hearth.RoleQuality:          {A, A, A, A, A, A, B, B, B},
	hearth.RoleAnalyst:          {A, A, A, A, A, A, B, B, B},
	hearth.RoleSeniorLeader:     {A, A, A, A, A, A, B, B, B},
	hearth.RoleInspector:        {A, A, A, A, A, A, B, B, B},
	hearth.RolePanelMember:      {D, D, D, D, D, D, D, D, D},
	hearth.RolePartnerAgency:    {D, D, D, D, D, D, D, D, D},
	hearth.RoleAdministrator:    {D, D, D, D, D, D, D, D, D},
	hearth.RoleSystem:           {A, A, A, A, A, A, B, B, B},
}

func TestCanViewChildEveryRoleAndSituation(t *testing.T) {
	for _, r := range append(hearth.Roles, hearth.RoleSystem) {
		want, ok := expected[r]
		if !ok {
			t.Errorf("role %s has no expectations: add it to the table", r)
			continue
		}
		for i, sit := range situations {
			t.Run(fmt.Sprintf("%s/%s", r, sit.name), func(t *testing.T) {
				d := CanViewChild(subject(r), sit.facts, now)
				if d.Outcome != want[i] {
					t.Fatalf("outcome = %v (%q), want %v", d.Outcome, d.Reason+d.Basis, want[i])
				}
				if d.Outcome != Allow && d.Reason == "" {
					t.Errorf("a %v decision has no reason to show", d.Outcome)
				}
				if d.Outcome != Deny && d.Basis == "" {
					t.Errorf("a %v decision has no basis", d.Outcome)
				}
			})
		}
	}
}

func TestAccountsThatHaveEnded(t *testing.T) {
	open := situations[2].facts // held by their team
	named := situations[5].facts

	t.Run("an inspector is refused once their period ends", func(t *testing.T) {
		s := subject(hearth.RoleInspector)
		s.Expires = now
		if d := CanViewChild(s, open, now); d.Outcome != Deny || d.Reason != reasonEnded {
			t.Fatalf("at the end date: %+v", d)
		}
		if d := CanViewChild(s, open, now.Add(-time.Second)); d.Outcome != Allow || !d.ReadOnly {
			t.Fatalf("a second before: %+v, want a read-only allow", d)
		}
	})
	t.Run("an inspector without an end date is refused", func(t *testing.T) {
		s := subject(hearth.RoleInspector)
		s.Expires = time.Time{}
		if d := CanViewChild(s, open, now); d.Outcome != Deny {
			t.Fatalf("%+v", d)
		}
		if CanSearch(s, now).Outcome != Deny {
			t.Fatal("an inspector without an end date may search")
		}
	})
	t.Run("any account with a past end date is refused, even where named", func(t *testing.T) {
		s := subject(hearth.RolePractitioner)
		s.Expires = now.Add(-time.Hour)
		for _, f := range []ChildFacts{open, named} {
			if d := CanViewChild(s, f, now); d.Outcome != Deny {
				t.Fatalf("%+v", d)
			}
		}
		if CanSearch(s, now).Outcome != Deny || CanSeeWhoLooked(s, open, now) {
			t.Fatal("an ended account may still search or see who looked")
		}
	})
	t.Run("a practitioner without an end date never expires", func(t *testing.T) {
		if d := CanViewChild(subject(hearth.RolePractitioner), open, now.AddDate(50, 0, 0)); d.Outcome != Allow {
			t.Fatalf("%+v", d)
		}
	})
}

func TestBreakGlassNeedsAReason(t *testing.T) {
	d := CanViewChild(subject(hearth.RolePractitioner), situations[6].facts, now)
	if d.Outcome != BreakGlass {
		t.Fatalf("outcome %v", d.Outcome)
	}
	for _, reason := range []string{"", "   ", "ok", "short\t\n"} {
		if err := d.Check(reason); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("reason %q: error %v, want invalid", reason, err)
		}
	}
	if err := d.Check("Out of hours call from police about the child's safety"); err != nil {
		t.Fatalf("a full reason is refused: %v", err)
	}
	deny := CanViewChild(subject(hearth.RolePractitioner), situations[4].facts, now)
	if err := deny.Check("a perfectly good reason"); hearth.ErrorCode(err) != hearth.EFORBIDDEN || hearth.ErrorMessage(err) != reasonNotYours {
		t.Fatalf("a refusal with a reason: %v", err)
	}
	if err := CanViewChild(subject(hearth.RoleSeniorLeader), situations[4].facts, now).Check(""); err != nil {
		t.Fatalf("an allowed view needs no reason: %v", err)
	}
}

func TestReadOnlyRoles(t *testing.T) {
	f := situations[2].facts
	for _, r := range hearth.Roles {
		view := CanViewChild(subject(r), f, now)
		change := CanChangeChild(subject(r), f, now)
		wantRO := r == hearth.RoleInspector || r == hearth.RoleAnalyst || r == hearth.RoleSeniorLeader || r == hearth.RoleQuality
		if view.Outcome == Allow && view.ReadOnly != wantRO {
			t.Errorf("%s: read only = %v, want %v", r, view.ReadOnly, wantRO)
		}
		if wantRO && change.Outcome != Deny {
			t.Errorf("%s may change a child's record", r)
		}
		if !wantRO && change.Outcome != view.Outcome {
			t.Errorf("%s: change %v but view %v", r, change.Outcome, view.Outcome)
		}
	}
}

func TestRoleWideQuestions(t *testing.T) {
	held := situations[2].facts   // held by team 1
	others := situations[4].facts // held by team 2
	for _, r := range append(hearth.Roles, hearth.RoleSystem) {
		s := subject(r)
		data := r != hearth.RolePanelMember && r != hearth.RolePartnerAgency && r != hearth.RoleAdministrator
		if CanSeeChildData(r) != data {
			t.Errorf("CanSeeChildData(%s) = %v", r, !data)
		}
		if got := CanSearch(s, now).Outcome == Allow; got != data {
			t.Errorf("CanSearch(%s) = %v, want %v", r, got, data)
		}
		if got := CanManageUsers(s, now); got != (r == hearth.RoleAdministrator) {
			t.Errorf("CanManageUsers(%s) = %v", r, got)
		}
		manager := r == hearth.RoleTeamManager
		if CanAllocate(s, myTeam, now) != manager || CanAllocate(s, otherTeam, now) || CanAllocate(s, 0, now) {
			t.Errorf("CanAllocate(%s) is wrong", r)
		}
		orgWide := r == hearth.RoleQuality || r == hearth.RoleSeniorLeader
		if CanSeeWhoLooked(s, held, now) != (manager || orgWide) || CanSeeWhoLooked(s, others, now) != orgWide {
			t.Errorf("CanSeeWhoLooked(%s) is wrong", r)
		}
		if CanSeeBreakGlassViews(s, myTeam, now) != (manager || orgWide) || CanSeeBreakGlassViews(s, 0, now) != orgWide {
			t.Errorf("CanSeeBreakGlassViews(%s) is wrong", r)
		}
		if CanNameOnRestricted(s, held, now) != (manager || r == hearth.RoleSeniorLeader) ||
			CanNameOnRestricted(s, others, now) != (r == hearth.RoleSeniorLeader) {
			t.Errorf("CanNameOnRestricted(%s) is wrong", r)
		}
		if CanExport(s, now) != (r == hearth.RoleAnalyst || r == hearth.RoleSeniorLeader) {
			t.Errorf("CanExport(%s) is wrong", r)
		}
	}
}

func TestPartnerAgenciesAnswerOnlyTheirOwnRequests(t *testing.T) {
	s := subject(hearth.RolePartnerAgency)
	s.Agency = "police"
	if !CanAnswerMASHCheck(s, "police", now) || CanAnswerMASHCheck(s, "health", now) {
		t.Fatal("a police account's MASH access is wrong")
	}
	s.Agency = ""
	if CanAnswerMASHCheck(s, "", now) {
		t.Fatal("an account without an agency may answer requests with none")
	}
	fd := subject(hearth.RoleFrontDoor)
	fd.Agency = "police"
	if CanAnswerMASHCheck(fd, "police", now) {
		t.Fatal("front door answers partner requests")
	}
}

func TestSubjectOf(t *testing.T) {
	u := hearth.User{Record: hearth.Record{ID: 7}, Role: hearth.RoleInspector, TeamID: 3, WorkerID: 4, ExpiresAt: now}
	s := SubjectOf(u)
	if s.UserID != 7 || s.Role != hearth.RoleInspector || s.TeamID != 3 || s.WorkerID != 4 || !s.Expires.Equal(now) {
		t.Fatalf("%+v", s)
	}
}

func TestNothingIsAllowedWithoutIDs(t *testing.T) {
	// A subject with no worker or team must not match a child whose facts have zero ids.
	s := Subject{UserID: 0, Role: hearth.RolePractitioner}
	f := ChildFacts{Allocations: []Allocated{{}}, TeamIDs: []hearth.ID{0}, Restricted: false}
	if d := CanViewChild(s, f, now); d.Outcome != Deny {
		t.Fatalf("%+v", d)
	}
	f.Restricted, f.NamedUserIDs = true, []hearth.ID{0}
	if d := CanViewChild(s, f, now); d.Outcome != Deny {
		t.Fatalf("restricted: %+v", d)
	}
}
