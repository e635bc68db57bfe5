package hearth

// ID identifies a row of any table. IDs are 64-bit integers because both engines index them cheaply and
// the national synthetic authority needs more than two billion rows in some tables.
type ID = int64

// Role is what a user does in the organisation; access rules are written in terms of roles.
type Role string

// The roles of DESIGN.md. A user has exactly one role; an organisation that needs a person in two roles
// gives them two accounts, so that every action is recorded under the role it was done in.
const (
	RolePractitioner     Role = "practitioner"
	RolePersonalAdviser  Role = "personal_adviser"
	RoleTeamManager      Role = "team_manager"
	RoleFrontDoor        Role = "front_door"
	RoleReviewingOfficer Role = "reviewing_officer"
	RoleVirtualSchool    Role = "virtual_school"
	RoleQuality          Role = "quality_assurance"
	RoleAnalyst          Role = "performance_analyst"
	RoleSeniorLeader     Role = "senior_leader"
	RolePanelMember      Role = "panel_member"
	RolePartnerAgency    Role = "partner_agency"
	RoleInspector        Role = "inspector"
	RoleAdministrator    Role = "administrator"
	RoleSystem           Role = "system"
)

// Roles lists every role a user account may have, in the order forms show them.
var Roles = []Role{
	RolePractitioner, RolePersonalAdviser, RoleTeamManager, RoleFrontDoor, RoleReviewingOfficer,
	RoleVirtualSchool, RoleQuality, RoleAnalyst, RoleSeniorLeader, RolePanelMember, RolePartnerAgency,
	RoleInspector, RoleAdministrator,
}

// ParseRole returns the role named s, or an EINVALID error listing the roles that exist.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "%q is not a role; the roles are %v", s, Roles)
}

// Actor is whoever is doing something: a signed-in user, a service account or Hearth itself. Every change
// and every read of a child's record is attributed to an Actor in the audit table.
type Actor struct {
	UserID ID
	Name   string
	Role   Role
}

// SystemUserID is the user that migrations create for work Hearth does itself: imports, the synthetic
// authority and scheduled jobs.
const SystemUserID ID = 1

// System is the Actor for work Hearth does itself.
var System = Actor{UserID: SystemUserID, Name: "Hearth", Role: RoleSystem}
